"""The target of a contract run: a fresh sandbox (the default) or the live service, read-only and budgeted."""

from __future__ import annotations

import contextlib
import os
import tomllib
from collections.abc import Callable, Iterator

import httpx

from .stage import ContractError, Options, Target


# ---------------------------------------------------------------------------------------------- target
@contextlib.contextmanager
def open_target(options: Options, echo: Callable[[str], None]) -> Iterator[Target]:
    env = os.environ
    live = options.target == "live" or (options.target == "auto" and env.get("BANKCONNECT_BASE_URL"))
    if live:
        missing = [
            v for v in ("BANKCONNECT_BASE_URL", "BANKCONNECT_API_KEY", "BANKCONNECT_SERVER_HASH") if not env.get(v)
        ]
        if missing:
            raise ContractError(f"contract: the live target needs {', '.join(missing)} in the environment")
        ids = _entity_ids(options)
        if not ids:
            raise ContractError(
                "contract: the live target needs entity ids: set BANKCONNECT_CONTRACT_ENTITY_IDS"
                " (comma-separated) or entity_ids in the --config file"
            )
        yield Target(
            "live",
            env["BANKCONNECT_BASE_URL"].rstrip("/"),
            env["BANKCONNECT_API_KEY"],
            env["BANKCONNECT_SERVER_HASH"],
            ids,
            read_only=not options.allow_writes,
        )
        return
    from bankconnect_sandbox import SandboxConfig
    from bankconnect_sandbox.server import running

    config = options.sandbox or SandboxConfig(processing_seconds=0, seed=options.seed)
    with running(config) as (url, _app):
        echo(f"  started the sandbox at {url}")
        with httpx.Client(base_url=url, headers={"x-api-key": config.api_key, "server-hash": config.server_hash}) as c:
            ids = [e["entity_id"] for e in c.get("/entity/").json()["results"]][:8]
        yield Target("sandbox", url, config.api_key, config.server_hash, ids, read_only=False)
    echo("  stopped the sandbox")


def _entity_ids(options: Options) -> list[str]:
    raw = os.environ.get("BANKCONNECT_CONTRACT_ENTITY_IDS", "")
    ids = [i.strip() for i in raw.split(",") if i.strip()]
    if options.config is not None:
        try:
            ids += list(tomllib.loads(options.config.read_text()).get("entity_ids", []))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ContractError(f"contract: cannot read {options.config}: {exc}") from None
    return ids
