"""The ``bankconnect`` command line. Subcommands are added as the project grows (sandbox, record, drift…)."""

from __future__ import annotations

import json
import sys

import click

from ._client import BankConnect
from ._errors import (
    AuthenticationError,
    BankConnectError,
    DeadlineExceeded,
    NotFoundError,
    StatementFailed,
)
from ._polling import PollStatus
from ._spec import analyses

# Exit codes of `bankconnect wait`, documented in the README.
EXIT_OK, EXIT_ERROR, EXIT_FAILED, EXIT_DEADLINE, EXIT_AUTH, EXIT_NOT_FOUND = 0, 1, 2, 3, 4, 5


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
def sandbox(host: str, port: int, **options: object) -> None:
    """Run the embedded BankConnect sandbox until Ctrl-C."""
    try:
        from bankconnect_sandbox.server import serve
        from bankconnect_sandbox.service import SandboxConfig
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
    except OSError as exc:
        _fail(EXIT_ERROR, f"cannot listen on {host}:{port}: {exc.strerror}")
    except KeyboardInterrupt:  # uvicorn shut down gracefully, then re-raised the signal
        pass
    click.echo("sandbox stopped", err=True)


def _fail(code: int, message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)
