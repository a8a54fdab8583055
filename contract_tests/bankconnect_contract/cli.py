"""``bankconnect contract``, ``record`` and ``drift``: the contract tools' commands, attached to ``bankconnect``.

Imported only when one of them runs (``bankconnect.cli`` attaches them lazily), so the client never loads them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import click

# What the commands need beyond the client: imported here so that a missing extra is found when a command is
# attached, and named in one line (bankconnect.cli catches the ImportError).
import schemathesis  # noqa: F401
import vcr  # noqa: F401

from bankconnect_sandbox import SandboxConfig  # noqa: F401  (the default target)

from .run.registry import STAGE_NAMES, describe_stages
from .stage import PHASES


def _list_stages(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        click.echo(describe_stages())
        ctx.exit(0)


def _phases(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    chosen = [p.strip() for p in value.split(",") if p.strip()]
    unknown = [p for p in chosen if p not in PHASES]
    if unknown or not chosen:
        raise click.BadParameter(f"{', '.join(unknown) or 'none'}: phases are {', '.join(PHASES)}")
    return ",".join(chosen)


def _rate_limit(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    if not re.fullmatch(r"[1-9]\d*/[smh]", value):
        raise click.BadParameter(f"{value!r} is not N/s, N/m or N/h (e.g. 2/s)")
    return value


@click.command()
@click.option(
    "--target",
    type=click.Choice(["auto", "sandbox", "live"]),
    default="auto",
    show_default=True,
    help="auto: live when BANKCONNECT_BASE_URL is set, else a sandbox started for the run; sandbox with"
    " --base-url: a sandbox you started (reads and writes, keys from BANKCONNECT_API_KEY/SERVER_HASH).",
)
@click.option(
    "--base-url",
    help="The target's base URL (ending in /bank-connect/v1): a sandbox you started (--target sandbox), or the live"
    " service instead of BANKCONNECT_BASE_URL.",
)
@click.option("--allow-writes", is_flag=True, help="Live target: also send POST requests (uploads, webhooks).")
@click.option(
    "--max-examples",
    type=click.IntRange(1),
    default=25,
    show_default=True,
    help="Schemathesis test cases per operation and phase (live runs use at most 5).",
)
@click.option("--seed", type=int, default=1, show_default=True, help="Seed for Schemathesis and the sandbox.")
@click.option("--workers", type=click.IntRange(1, 16), default=2, show_default=True)
@click.option(
    "--live-rate-limit",
    default="2/s",
    show_default=True,
    callback=_rate_limit,
    help="Live target: at most this many requests per second, minute or hour (N/s, N/m, N/h).",
)
@click.option(
    "--phases",
    default=",".join(PHASES),
    show_default=True,
    callback=_phases,
    help="Schemathesis phases, comma-separated. Against a live target the stateful phase runs until the time"
    " budget (300 s).",
)
@click.option(
    "--stage",
    "stages",
    multiple=True,
    help=f"Run only these stages (repeatable): {', '.join(STAGE_NAMES)}.",
)
@click.option(
    "--list-stages",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_list_stages,
    help="Print the stages in run order, each with what it checks, and exit.",
)
@click.option("--spec-base", help="Compare the spec with the one at this git revision (default: the last v* tag).")
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TOML file with entity_ids = [...] for live runs.",
)
@click.option(
    "--report-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"), show_default=True
)
@click.option(
    "--repo",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The contract repository (spec/, codegen/, schemathesis.toml).",
)
def contract(
    target: str,
    base_url: str | None,
    allow_writes: bool,
    max_examples: int,
    seed: int,
    workers: int,
    live_rate_limit: str,
    phases: str,
    stages: tuple[str, ...],
    spec_base: str | None,
    config: Path | None,
    report_dir: Path,
    repo: Path,
) -> None:
    """Run the contract's stages in order (`--list-stages` names them): the spec's lint gates and generated
    client, Schemathesis, drift and invariants against the target, cassettes, coverage, spec drift, release.

    \b
    Exit codes: 0 passed (no stage failed, at least one passed with evidence, the target healthy);
    1 a stage failed; 2 usage error; 3 no evidence (every stage skipped or checked nothing);
    4 target unhealthy (cannot reach it, no API at the URL, too many calls unanswered);
    5 authentication failed (the keys were refused).
    """
    from .run.runner import run_contract
    from .stage import ContractError, Options

    options = Options(
        repo=repo.resolve(),
        target=target,
        base_url=base_url,
        allow_writes=allow_writes,
        max_examples=max_examples,
        seed=seed,
        workers=workers,
        live_rate_limit=live_rate_limit,
        phases=phases,
        report_dir=report_dir,
        stages=stages,
        spec_base=spec_base,
        config=config,
    )
    if base_url and target == "auto":
        options.target = "sandbox"  # a URL given on the command line without --target: a sandbox the user started
    try:
        code = run_contract(options, echo=lambda line: click.echo(line, err=True))
    except ContractError as exc:
        _fail(2, str(exc))
    sys.exit(code)


@click.command()
@click.option("--base-url", envvar="BANKCONNECT_BASE_URL", help="Record from this API (default: a fresh sandbox).")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Cassette folder (default: contract_tests/cassettes under the current folder).",
)
@click.option("--entity-id", help="Entity to record analysis calls for (default: the smallest seeded one).")
@click.option("--allow-writes", is_flag=True, help="Live: also record uploads and webhook calls.")
def record(base_url: str | None, out: Path | None, entity_id: str | None, allow_writes: bool) -> None:
    """Record one cassette per operation and scenario through the generated client.

    Credentials and signed-URL query strings are always scrubbed; live recordings also mask personal data.
    """
    import os

    from .traffic import cassettes

    # Under the current folder (the checkout's contract_tests/cassettes when run from it), never the installation.
    directory = (out or Path("contract_tests") / "cassettes").resolve()
    report = lambda line: click.echo(line, err=True)  # noqa: E731
    if base_url:
        key, hash_ = os.environ.get("BANKCONNECT_API_KEY"), os.environ.get("BANKCONNECT_SERVER_HASH")
        if not key or not hash_:
            _fail(1, "recording from live needs BANKCONNECT_API_KEY and BANKCONNECT_SERVER_HASH")
        written = cassettes.record(
            base_url, key, hash_, directory, live=True, allow_writes=allow_writes, entity_id=entity_id, report=report
        )
    else:
        from bankconnect_sandbox import SandboxConfig
        from bankconnect_sandbox.server import running

        config = SandboxConfig(processing_seconds=0)
        throttling = SandboxConfig(processing_seconds=0, entities=1, rate_limit_share=1.0)
        unavailable = SandboxConfig(processing_seconds=0, entities=1, unavailable_share=1.0)
        with running(config) as (url, _app), running(throttling) as (url_429, _), running(unavailable) as (url_503, _):
            written = cassettes.record(
                url,
                config.api_key,
                config.server_hash,
                directory,
                entity_id=entity_id,
                expired_api_key=config.expired_api_key,
                report=report,
            )
            written += cassettes.record_faults(
                {429: url_429, 503: url_503}, config.api_key, config.server_hash, directory, report=report
            )
    click.echo(f"recorded {len(written)} cassettes into {directory}", err=True)


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--live", is_flag=True, help="Also analyse fresh answers of the live target (read-only calls).")
@click.option("--entity-id", "entity_ids", multiple=True, help="Entities to read with --live (repeatable).")
@click.option("--spec-base", help="Instead: compare the spec with the one at this git revision (oasdiff).")
@click.option("--repo", type=click.Path(file_okay=False, exists=True, path_type=Path), default=Path("."))
@click.option(
    "--spec",
    "spec_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Check against this OpenAPI file instead of the packaged spec (a patched copy, say).",
)
@click.option(
    "--propose",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write an OpenAPI Overlay 1.0 that would document the additive drift found (never the breaking).",
)
def drift(
    paths: tuple[str, ...],
    fmt: str,
    live: bool,
    entity_ids: tuple[str, ...],
    spec_base: str | None,
    repo: Path,
    spec_path: Path | None,
    propose: Path | None,
) -> None:
    """Report what recorded responses (cassettes, Schemathesis VCR reports, HAR files) show that the spec does not say.

    Exit codes: 0 no drift, 1 drift found, 2 usage or input error.
    """
    from . import drift as drift_tools

    if spec_base:
        from .release.spec_diff import BREAKING_LEVEL, describe_change, spec_changes
        from .stage import ContractError

        try:
            changes, _ = spec_changes(repo.resolve(), spec_base)
        except ContractError as exc:
            _fail(2, str(exc))
        if fmt == "json":
            click.echo(json.dumps(changes, indent=2))
        else:
            for change in changes:
                click.echo(describe_change(change))
            breaking = sum(c.get("level", 0) >= BREAKING_LEVEL for c in changes)
            click.echo(f"spec drift against {spec_base}: {len(changes)} change(s), {breaking} breaking")
        sys.exit(1 if changes else 0)
    if not paths and not live:
        _fail(2, "give cassette files or folders, --live, or --spec-base REV")
    try:
        files = drift_tools.cassette_files(paths) if paths else []
        exchanges, ignored = [], 0
        for file in files:
            found, left_out = drift_tools.read_input(file)
            exchanges += found
            ignored += left_out
        if live:
            exchanges += drift_tools.live_exchanges(list(entity_ids), say=lambda line: click.echo(line, err=True))
    except drift_tools.InputError as exc:
        _fail(2, str(exc))
    import yaml

    spec = yaml.safe_load(spec_path.read_text()) if spec_path else None
    analyzer = drift_tools.Analyzer(spec)
    findings, count = drift_tools.analyze(exchanges, analyzer=analyzer)
    if propose:
        document = drift_tools.overlay(analyzer)
        propose.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
        click.echo(f"proposed {len(document['actions'])} overlay action(s) in {propose}", err=True)
    render = drift_tools.render_json if fmt == "json" else drift_tools.render_text
    click.echo(render(findings, count, len(files) + (1 if live else 0)))
    if ignored:
        entries = f"{ignored} HAR entr{'y' if ignored == 1 else 'ies'}"
        click.echo(f"ignored {entries} of other APIs or hosts, or never answered", err=True)
    sys.exit(1 if findings else 0)


@click.command()
@click.option("--upstream", required=True, envvar="BANKCONNECT_BASE_URL", help="The API base URL to forward to.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8081, show_default=True, help="0 picks a free port.")
@click.option(
    "--mode",
    type=click.Choice(["observe", "strict"]),
    default="observe",
    show_default=True,
    help="observe: pass everything through and report; strict: answer breaking drift with a 502.",
)
@click.option("--record", type=click.Path(file_okay=False, path_type=Path), help="Write scrubbed cassettes here.")
@click.option(
    "--report-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"), show_default=True
)
@click.option(
    "--max-requests",
    type=click.IntRange(1),
    help="Stop after this many requests (every one: forwarded, blocked, refused or failed upstream).",
)
@click.option("--max-seconds", type=click.FloatRange(min=0), help="Stop after this many seconds.")
def proxy(
    upstream: str,
    host: str,
    port: int,
    mode: str,
    record: Path | None,
    report_dir: Path,
    max_requests: int | None,
    max_seconds: float | None,
) -> None:
    """Forward to BankConnect and check every answer against the spec (drift), as a reverse proxy.

    Exit codes: 0 clean, 1 drift seen, 2 usage error, 3 not clean (the upstream failed requests, or nothing
    was checked). Ctrl-C and SIGTERM stop it with the reports written.
    """
    from .traffic.proxy import ProxyConfig, serve

    if not upstream.startswith(("http://", "https://")):
        _fail(2, f"--upstream must be an http(s) URL, got {upstream!r}")
    parts = urlsplit(upstream)
    if "@" in parts.netloc or parts.query:  # never echoed: it is what must not be shown
        _fail(2, "--upstream must not carry credentials or a query: the keys go in headers, which are forwarded")
    if not parts.hostname:
        _fail(2, f"--upstream names no host: {upstream!r}")
    try:
        parts.port  # noqa: B018 - reading it is the check: urllib raises on a port out of range
    except ValueError:
        _fail(2, f"--upstream has an invalid port: {upstream!r}")
    config = ProxyConfig(
        upstream=upstream,
        mode=mode,
        record=record,
        report_dir=report_dir,
        max_requests=max_requests,
        max_seconds=max_seconds,
        log=lambda line: click.echo(line, err=True),
    )

    def announce(url: str) -> None:
        click.echo(f"BankConnect drift proxy ({mode}): {url} -> {upstream}", err=True)
        click.echo(f"  export BANKCONNECT_BASE_URL={url}", err=True)

    try:
        code = serve(config, host, port, announce)
    except OSError as exc:
        _fail(1, f"cannot listen on {host}:{port}: {exc.strerror}")
    sys.exit(code)


@click.command("release-check")
@click.option("--repo", type=click.Path(file_okay=False, exists=True, path_type=Path), default=Path("."))
@click.option("--base", help="Compare with this git revision (default: the last v* tag).")
@click.option("--changelog", type=click.Path(dir_okay=False, path_type=Path), help="Prepend the next section here.")
@click.option("--comment", type=click.Path(dir_okay=False, path_type=Path), help="Write a PR comment body here.")
def release_check(repo: Path, base: str | None, changelog: Path | None, comment: Path | None) -> None:
    """Check that the spec's version says what changed since the last release (semver), and write the changelog.

    Exit codes: 0 the version fits the changes, 1 it does not (each reason listed), 2 usage error.
    """
    from .release import release
    from .stage import ContractError

    try:
        verdict = release.check(repo.resolve(), base)
    except ContractError as exc:
        _fail(2, str(exc))
    breaking = len(verdict.breaking)
    click.echo(
        f"release {verdict.old_version or '(first)'} -> {verdict.new_version} against {verdict.base or 'no tag'}:"
        f" {len(verdict.changes)} change(s), {breaking} breaking"
    )
    for problem in verdict.problems:
        click.echo(problem)
    if changelog:
        previous = changelog.read_text() if changelog.exists() else "# Changelog\n"
        head, _, rest = previous.partition("\n")
        changelog.write_text(f"{head}\n\n{release.changelog_section(verdict)}{rest}")
    if comment:
        comment.parent.mkdir(parents=True, exist_ok=True)
        comment.write_text(release.pull_request_comment(verdict))
    sys.exit(0 if verdict.ok else 1)


def _fail(code: int, message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)
