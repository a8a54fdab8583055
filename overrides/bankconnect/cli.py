"""The ``bankconnect`` command line: ``wait`` is the client's; ``sandbox``, ``contract``, ``record``, ``drift``, …
are declared by their own packages as ``bankconnect.commands`` entry points and loaded only when used, so the
client imports none of them."""

from __future__ import annotations

import json
import sys
from importlib import metadata
from typing import Any

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

# Exit codes of `bankconnect wait`, documented in docs/client.md; 2 is also every usage error (click's), 130 Ctrl-C.
EXIT_OK, EXIT_ERROR, EXIT_FAILED, EXIT_DEADLINE, EXIT_AUTH, EXIT_NOT_FOUND = 0, 1, 2, 3, 4, 5
EXIT_USAGE, EXIT_INTERRUPTED = 2, 130


def make_client(base_url: str | None) -> BankConnect:
    """Build the client from the environment; tests replace this to inject a transport."""
    return BankConnect(base_url=base_url)


def _report(status: PollStatus) -> None:
    click.echo(status.describe(), err=True)


# The entry-point group where other packages declare their subcommands ("module:attribute [extra]").
COMMANDS_GROUP = "bankconnect.commands"


def contributed_commands() -> dict[str, metadata.EntryPoint]:
    """The subcommands other packages declare (pyproject.toml's ``bankconnect.commands``), by name."""
    return {entry.name: entry for entry in metadata.entry_points(group=COMMANDS_GROUP)}


class _OneLineUsageError(click.ClickException):
    """A usage error said in one line (click prints the usage, a hint and the error on three)."""

    exit_code = EXIT_USAGE

    def __init__(self, error: click.UsageError) -> None:
        super().__init__(error.format_message())
        self.command_path = error.ctx.command_path if error.ctx is not None else "bankconnect"

    def show(self, file: object = None) -> None:
        click.echo(f"error: {self.format_message()} (see: {self.command_path} --help)", err=True)


class _LazyGroup(click.Group):
    """A group whose other packages' commands are imported only when used (or listed in --help), and whose
    usage errors, its subcommands' included, are one line with exit code 2."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            raise _OneLineUsageError(exc) from None

    def invoke(self, ctx: click.Context) -> Any:  # whatever the subcommand returns (click types it Any)
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise _OneLineUsageError(exc) from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *contributed_commands()})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        entry = contributed_commands().get(name)
        if entry is None:
            return super().get_command(ctx, name)
        extra = entry.extras[0] if entry.extras else name
        try:
            command = entry.load()
        except ImportError as exc:
            return _missing_extra(name, extra, exc.name or str(exc))
        if not isinstance(command, click.Command):
            raise click.ClickException(f"{COMMANDS_GROUP} entry point {name} = {entry.value} is not a click command")
        return command


def _missing_extra(name: str, extra: str, missing: str) -> click.Command:
    message = (
        f"`bankconnect {name}` needs an extra: pip install 'bankconnect[{extra}]' from where bankconnect came "
        f"(a checkout: pip install 'CHECKOUT[{extra}]'; a wheel: pip install 'WHEEL[{extra}]') "
        f"({missing} is not installed)"
    )

    @click.command(name=name, help=message, context_settings={"ignore_unknown_options": True})
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def unavailable(args: tuple[str, ...]) -> None:
        _fail(EXIT_ERROR, message)

    return unavailable


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="bankconnect")
def main() -> None:
    """BankConnect contract tools. Credentials come from BANKCONNECT_API_KEY and BANKCONNECT_SERVER_HASH."""


@main.command()
@click.argument("entity_id", required=False)
@click.option("--session", "session_id", help="Wait for this session's processing instead (the session flow).")
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
def wait(
    entity_id: str | None,
    session_id: str | None,
    analysis: str,
    timeout: float,
    base_url: str | None,
    accept_partial: bool,
) -> None:
    """Wait for ENTITY_ID's analysis (or, with --session, a session's processing), print the final JSON on
    stdout and progress on stderr.

    Exit codes: 0 completed, 2 a statement failed (or a usage error), 3 deadline reached, 4 authentication
    failed, 5 entity not found, 130 interrupted (Ctrl-C), 1 anything else.
    """
    if (entity_id is None) == (session_id is None):
        raise click.UsageError("Give an ENTITY_ID or --session SESSION_ID, one of the two.")
    try:
        with make_client(base_url) as client:
            if session_id is not None:
                result = client.wait_for_session(
                    session_id, timeout=timeout, accept_partial=accept_partial, on_progress=_report
                )
            else:
                assert entity_id is not None  # one of the two, checked above
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
        if session_id is not None:
            _fail(EXIT_NOT_FOUND, f"{exc}: no session")
        # With the base path missing from the URL the message already says so; "no entity" would mislead.
        _fail(EXIT_NOT_FOUND, str(exc) if "lack that suffix" in str(exc) else f"{exc}: no entity {entity_id!r}")
    except BankConnectError as exc:
        _fail(EXIT_ERROR, str(exc))
    except KeyboardInterrupt:
        _fail(EXIT_INTERRUPTED, "cancelled (Ctrl-C)")
    click.echo(json.dumps(result.to_dict(), indent=2))


def _fail(code: int, message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
