"""The ``bankconnect`` command line. Subcommands are added as the project grows (sandbox, record, drift…)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ._client import BankConnect
from ._errors import (
    AuthenticationError,
    BankConnectError,
    DeadlineExceeded,
    NotFoundError,
    StatementFailed,
)
from ._operations import analyses
from ._polling import PollStatus

# Exit codes of `bankconnect wait`, documented in the README.
EXIT_OK, EXIT_ERROR, EXIT_FAILED, EXIT_DEADLINE, EXIT_AUTH, EXIT_NOT_FOUND = 0, 1, 2, 3, 4, 5
EXIT_BAD_INPUT = 2  # `bankconnect sandbox`: a database or an option it cannot use


def make_client(base_url: str | None) -> BankConnect:
    """Build the client from the environment; tests replace this to inject a transport."""
    return BankConnect(base_url=base_url)


def _report(status: PollStatus) -> None:
    click.echo(status.describe(), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="bankconnect")
def main() -> None:
    """BankConnect contract tools. Credentials come from BANKCONNECT_API_KEY and BANKCONNECT_SERVER_HASH."""


@main.command()
@click.argument("entity_id")
@click.option(
    "--analysis",
    type=click.Choice(sorted(analyses())),
    default="transactions",
    show_default=True,
    help="The analysis call to wait for.",
)
@click.option(
    "--timeout", type=click.FloatRange(min=0), default=600.0, show_default=True, help="Give up after this many seconds."
)
@click.option("--base-url", envvar="BANKCONNECT_BASE_URL", help="API base URL (default: the enriched-data host).")
@click.option("--accept-partial", is_flag=True, help="Return once every statement finished, even if some failed.")
def wait(entity_id: str, analysis: str, timeout: float, base_url: str | None, accept_partial: bool) -> None:
    """Wait for ENTITY_ID's analysis, print its final JSON on stdout and progress on stderr.

    Exit codes: 0 completed, 2 a statement failed, 3 deadline reached, 4 authentication failed,
    5 entity not found, 1 anything else.
    """
    try:
        with make_client(base_url) as client:
            result = client.wait(
                entity_id, analysis, timeout=timeout, accept_partial=accept_partial, on_progress=_report
            )
    except StatementFailed as exc:
        _fail(EXIT_FAILED, str(exc))
    except DeadlineExceeded as exc:
        _fail(EXIT_DEADLINE, str(exc))
    except AuthenticationError as exc:
        _fail(EXIT_AUTH, f"{exc}: check BANKCONNECT_API_KEY and BANKCONNECT_SERVER_HASH")
    except NotFoundError as exc:
        _fail(EXIT_NOT_FOUND, f"{exc}: no entity {entity_id!r}")
    except BankConnectError as exc:
        _fail(EXIT_ERROR, str(exc))
    except KeyboardInterrupt:
        _fail(EXIT_ERROR, "cancelled")
    click.echo(json.dumps(result.to_dict(), indent=2))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="0 picks a free port.")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed of the generated population.")
@click.option(
    "--entities",
    type=click.IntRange(0, 10_000),
    default=36,
    show_default=True,
    help="How many entities to generate into a new database.",
)
@click.option("--db", default=":memory:", show_default=True, help="SQLite file (kept across restarts) or :memory:.")
@click.option(
    "--processing-seconds",
    type=click.FloatRange(min=0),
    default=3.0,
    show_default=True,
    help="How long an uploaded statement takes to process (identity first).",
)
@click.option(
    "--fail-share",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Share of uploaded statements that fail.",
)
@click.option("--api-key", envvar="BANKCONNECT_SANDBOX_API_KEY", default="sandbox-api-key", show_default=True)
@click.option(
    "--server-hash", envvar="BANKCONNECT_SANDBOX_SERVER_HASH", default="sandbox-server-hash", show_default=True
)
@click.option("--latency-ms", type=click.FloatRange(min=0), default=0.0, help="Fault: added latency per request.")
@click.option("--error-share", type=click.FloatRange(0, 1), default=0.0, help="Fault: share of 5xx answers.")
@click.option(
    "--rate-limit-share", type=click.FloatRange(0, 1), default=0.0, help="Fault: share of 429 answers (Retry-After: 1)."
)
@click.option(
    "--malformed-share", type=click.FloatRange(0, 1), default=0.0, help="Fault: share of truncated JSON bodies."
)
@click.option(
    "--webhook-attempts", type=click.IntRange(1), default=8, show_default=True, help="Delivery attempts per payload."
)
@click.option(
    "--webhook-retry-seconds",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Wait after a failed delivery; doubles up to 60 s.",
)
def sandbox(host: str, port: int, **options: object) -> None:
    """Run the embedded BankConnect sandbox until Ctrl-C."""
    try:
        from bankconnect_sandbox.server import serve
        from bankconnect_sandbox.service import SandboxConfig
        from bankconnect_sandbox.store import StateError
    except ImportError as exc:  # the sandbox extra is not installed
        _fail(EXIT_ERROR, f"the sandbox needs its extra: pip install 'bankconnect[sandbox]' ({exc.name} is missing)")

    def announce(url: str, app: object) -> None:
        click.echo(f"BankConnect sandbox: {url}", err=True)
        click.echo(f"  x-api-key:   {options['api_key']}", err=True)
        click.echo(f"  server-hash: {options['server_hash']}", err=True)
        click.echo(f"  export BANKCONNECT_BASE_URL={url}", err=True)
        click.echo("Press Ctrl-C to stop.", err=True)

    try:
        serve(SandboxConfig(**options), host, port, announce)  # type: ignore[arg-type]
    except StateError as exc:
        _fail(EXIT_BAD_INPUT, str(exc))
    except OSError as exc:
        _fail(EXIT_ERROR, f"cannot listen on {host}:{port}: {exc.strerror}")
    except KeyboardInterrupt:  # uvicorn shut down gracefully, then re-raised the signal
        pass
    click.echo("sandbox stopped", err=True)


def _contract_tools() -> None:
    try:
        import bankconnect_contract  # noqa: F401
    except ImportError as exc:
        _fail(EXIT_ERROR, f"the contract tools need the dev extra: pip install 'bankconnect[dev]' ({exc.name} missing)")


@main.command()
@click.option(
    "--target",
    type=click.Choice(["auto", "sandbox", "live"]),
    default="auto",
    show_default=True,
    help="auto: live when BANKCONNECT_BASE_URL is set, else the embedded sandbox.",
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
    "--stage",
    "stages",
    multiple=True,
    help="Run only these stages (repeatable): lint, check-generated,"
    " schemathesis, drift, cassettes, invariants, spec-drift.",
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
    allow_writes: bool,
    max_examples: int,
    seed: int,
    workers: int,
    stages: tuple[str, ...],
    spec_base: str | None,
    config: Path | None,
    report_dir: Path,
    repo: Path,
) -> None:
    """Run the contract: lint gates, check-generated, Schemathesis, drift, cassettes, invariants, spec drift."""
    _contract_tools()
    from bankconnect_contract.runner import Options, run_contract

    options = Options(
        repo=repo.resolve(),
        target=target,
        allow_writes=allow_writes,
        max_examples=max_examples,
        seed=seed,
        workers=workers,
        report_dir=report_dir,
        stages=stages,
        spec_base=spec_base,
        config=config,
    )
    sys.exit(run_contract(options, echo=lambda line: click.echo(line, err=True)))


@main.command()
@click.option("--base-url", envvar="BANKCONNECT_BASE_URL", help="Record from this API (default: a fresh sandbox).")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Cassette folder (default: contract_tests/cassettes).",
)
@click.option("--entity-id", help="Entity to record analysis calls for (default: the smallest seeded one).")
@click.option("--allow-writes", is_flag=True, help="Live: also record uploads and webhook calls.")
def record(base_url: str | None, out: Path | None, entity_id: str | None, allow_writes: bool) -> None:
    """Record one cassette per operation and scenario through the generated client.

    Credentials and signed-URL query strings are always scrubbed; live recordings also mask personal data.
    """
    _contract_tools()
    import os

    from bankconnect_contract import cassettes

    directory = out or cassettes.CASSETTES
    report = lambda line: click.echo(line, err=True)  # noqa: E731
    if base_url:
        key, hash_ = os.environ.get("BANKCONNECT_API_KEY"), os.environ.get("BANKCONNECT_SERVER_HASH")
        if not key or not hash_:
            _fail(EXIT_ERROR, "recording from live needs BANKCONNECT_API_KEY and BANKCONNECT_SERVER_HASH")
        written = cassettes.record(
            base_url, key, hash_, directory, live=True, allow_writes=allow_writes, entity_id=entity_id, report=report
        )
    else:
        from bankconnect_sandbox import SandboxConfig
        from bankconnect_sandbox.server import running

        config = SandboxConfig(processing_seconds=0)
        with running(config) as (url, _app):
            written = cassettes.record(
                url,
                config.api_key,
                config.server_hash,
                directory,
                entity_id=entity_id,
                expired_api_key=config.expired_api_key,
                report=report,
            )
    click.echo(f"recorded {len(written)} cassettes into {directory}", err=True)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--live", is_flag=True, help="Also analyse fresh answers of the live target (read-only calls).")
@click.option("--entity-id", "entity_ids", multiple=True, help="Entities to read with --live (repeatable).")
@click.option("--spec-base", help="Instead: compare the spec with the one at this git revision (oasdiff).")
@click.option("--repo", type=click.Path(file_okay=False, exists=True, path_type=Path), default=Path("."))
def drift(
    paths: tuple[str, ...], fmt: str, live: bool, entity_ids: tuple[str, ...], spec_base: str | None, repo: Path
) -> None:
    """Report what recorded responses show that the spec does not say.

    Exit codes: 0 no drift, 1 drift found, 2 usage or input error.
    """
    _contract_tools()
    from bankconnect_contract import drift as drift_tools

    if spec_base:
        from bankconnect_contract.runner import BREAKING_LEVEL, describe_change, spec_changes

        try:
            changes, _ = spec_changes(repo.resolve(), spec_base)
        except SystemExit as exc:
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
        exchanges = [e for f in files for e in drift_tools.read_cassette(f)]
        if live:
            exchanges += drift_tools.live_exchanges(list(entity_ids))
    except drift_tools.InputError as exc:
        _fail(2, str(exc))
    findings, count = drift_tools.analyze(exchanges)
    render = drift_tools.render_json if fmt == "json" else drift_tools.render_text
    click.echo(render(findings, count, len(files) + (1 if live else 0)))
    sys.exit(1 if findings else 0)


def _fail(code: int, message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
