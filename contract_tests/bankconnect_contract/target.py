"""The target of a contract run: a fresh sandbox (the default), a sandbox the user started (``--target sandbox
--base-url URL``), or the live service, read-only and budgeted. Every target is checked healthy first."""

from __future__ import annotations

import contextlib
import os
import tomllib
from collections.abc import Callable, Iterator

from bankconnect_sandbox import SandboxConfig

from . import health
from .stage import ContractError, Options, Target, TargetUnhealthy

DEFAULT_SANDBOX = SandboxConfig()  # the keys a sandbox accepts unless started with others


# ---------------------------------------------------------------------------------------------- target
@contextlib.contextmanager
def open_target(options: Options, echo: Callable[[str], None]) -> Iterator[Target]:
    """The run's target, checked healthy first (one authenticated read): ``TargetUnhealthy`` when the keys are
    refused, the URL cannot be reached or has no BankConnect API."""
    env = os.environ
    live = options.target == "live" or (
        options.target == "auto" and env.get("BANKCONNECT_BASE_URL") and not options.base_url
    )
    if live:
        base_url = options.base_url or env.get("BANKCONNECT_BASE_URL", "")
        missing = [v for v in ("BANKCONNECT_API_KEY", "BANKCONNECT_SERVER_HASH") if not env.get(v)]
        if not base_url:
            missing.insert(0, "BANKCONNECT_BASE_URL (or --base-url)")
        if missing:
            raise ContractError(f"contract: the live target needs {', '.join(missing)} in the environment")
        target = Target(
            "live",
            _base_url(base_url),
            env["BANKCONNECT_API_KEY"],
            env["BANKCONNECT_SERVER_HASH"],
            [],
            read_only=not options.allow_writes,
        )
        _check(target)  # before the entity ids: a wrong key is the first thing to say
        target.entity_ids = _entity_ids(options)
        if not target.entity_ids:
            raise ContractError(
                "contract: the live target needs entity ids: set BANKCONNECT_CONTRACT_ENTITY_IDS"
                " (comma-separated) or entity_ids in the --config file"
            )
        yield target
        return
    if options.base_url:  # a sandbox the user started: read and write, its seeded entities, nothing started here
        key = env.get("BANKCONNECT_API_KEY") or env.get("BANKCONNECT_SANDBOX_API_KEY") or DEFAULT_SANDBOX.api_key
        hash_ = (
            env.get("BANKCONNECT_SERVER_HASH")
            or env.get("BANKCONNECT_SANDBOX_SERVER_HASH")
            or DEFAULT_SANDBOX.server_hash
        )
        target = Target("sandbox", _base_url(options.base_url), key, hash_, [], read_only=False)
        _check(target)
        target.entity_ids = _seeded_entities(target)
        target.expired_api_key = DEFAULT_SANDBOX.expired_api_key
        yield target
        return
    from bankconnect_sandbox import SandboxConfig
    from bankconnect_sandbox.server import running

    config = options.sandbox or SandboxConfig(processing_seconds=0, seed=options.seed)
    # Two one-entity sandboxes answering every request 429 and 503: the documented faults a healthy sandbox
    # never gives unasked (the cassettes stage reaches them outside a checkout, as `record` does).
    throttling = SandboxConfig(processing_seconds=0, entities=1, rate_limit_share=1.0)
    unavailable = SandboxConfig(processing_seconds=0, entities=1, unavailable_share=1.0)
    with running(config) as (url, _app), running(throttling) as (url_429, _), running(unavailable) as (url_503, _):
        echo(f"  started the sandbox at {url}")
        target = Target("sandbox", url, config.api_key, config.server_hash, [], read_only=False)
        _check(target)
        target.entity_ids = _seeded_entities(target)
        target.fault_urls = {429: url_429, 503: url_503}
        target.expired_api_key = config.expired_api_key
        yield target
    echo("  stopped the sandbox")


def _base_url(url: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise ContractError(f"contract: the base URL must be an http(s) URL, got {url!r}")
    return url.rstrip("/")


def _check(target: Target) -> None:
    with target.client() as client:
        problem = health.check_target(client, target.base_url)
    if problem is not None:
        raise TargetUnhealthy(problem)


def _seeded_entities(target: Target) -> list[str]:
    with target.client() as client:
        return [e["entity_id"] for e in client.get("/entity/").json()["results"]][:8]


def _entity_ids(options: Options) -> list[str]:
    raw = os.environ.get("BANKCONNECT_CONTRACT_ENTITY_IDS", "")
    ids = [i.strip() for i in raw.split(",") if i.strip()]
    if options.config is not None:
        try:
            ids += list(tomllib.loads(options.config.read_text()).get("entity_ids", []))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ContractError(f"contract: cannot read {options.config}: {exc}") from None
    return ids
