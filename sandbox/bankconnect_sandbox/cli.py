"""``bankconnect sandbox``: serve a sandbox until Ctrl-C (its flags are SandboxConfig's fields, declared there);
``bankconnect sandbox sample-statement``: print a statement PDF the sandbox reads."""

from __future__ import annotations

import dataclasses
import shlex
import sys
from collections.abc import Callable
from typing import Any

import click

from .config import SandboxConfig
from .pdf import LAYOUTS, sample_statement
from .server import serve
from .store import StateError

EXIT_BAD_INPUT, EXIT_ERROR = 2, 1


def _param_type(kind: str, low: float | None, high: float | None) -> Any:
    bounded = low is not None or high is not None
    if kind == "int":
        return click.IntRange(low, high) if bounded else click.INT  # type: ignore[arg-type]
    if kind == "float":
        return click.FloatRange(low, high) if bounded else click.FLOAT
    return click.STRING


def config_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """One flag per SandboxConfig field that has help (``processing_seconds`` → ``--processing-seconds``)."""
    for item in reversed(dataclasses.fields(SandboxConfig)):
        meta = item.metadata
        if "help" not in meta:
            continue
        command = click.option(
            "--" + item.name.replace("_", "-"),
            item.name,
            type=_param_type(str(item.type), meta["low"], meta["high"]),
            default=item.default,
            show_default=True,
            envvar=meta["env"],
            help=meta["help"],
        )(command)
    return command


@click.group(invoke_without_command=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="0 picks a free port.")
@config_options
@click.pass_context
def sandbox(ctx: click.Context, host: str, port: int, **settings: Any) -> None:
    """Run the embedded BankConnect sandbox until Ctrl-C; `sample-statement` prints a statement it reads."""
    if ctx.invoked_subcommand is not None:
        return
    config = SandboxConfig(**settings)

    def announce(url: str, app: object) -> None:
        click.echo(f"BankConnect sandbox: {url}", err=True)
        click.echo(f"  x-api-key:   {config.api_key}", err=True)
        click.echo(f"  server-hash: {config.server_hash}", err=True)
        click.echo("In another shell, for the client and `bankconnect wait`:", err=True)
        click.echo(f"  export BANKCONNECT_BASE_URL={shlex.quote(url)}", err=True)
        click.echo(f"  export BANKCONNECT_API_KEY={shlex.quote(config.api_key)}", err=True)
        click.echo(f"  export BANKCONNECT_SERVER_HASH={shlex.quote(config.server_hash)}", err=True)
        click.echo("Press Ctrl-C to stop.", err=True)

    try:
        serve(config, host, port, announce)
    except StateError as exc:
        _fail(EXIT_BAD_INPUT, str(exc))
    except OSError as exc:
        _fail(EXIT_ERROR, f"cannot listen on {host}:{port}: {exc.strerror}")
    except KeyboardInterrupt:  # uvicorn shut down gracefully, then re-raised the signal
        pass
    click.echo("sandbox stopped", err=True)


@sandbox.command("sample-statement")
@click.option("--layout", type=click.Choice(LAYOUTS), default="contract", show_default=True, help="How it is printed.")
@click.option("--bank", default=None, help="Bank identifier to name in it (default: the layout's bank, else axis).")
@click.option("--password", default=None, help="Encrypt the PDF with this password (upload it with the same).")
def sample_statement_command(layout: str, bank: str | None, password: str | None) -> None:
    """Write a statement PDF the sandbox reads to stdout: `bankconnect sandbox sample-statement > statement.pdf`."""
    out = sys.stdout.buffer
    if out.isatty():
        _fail(EXIT_BAD_INPUT, "a PDF is not for a terminal: redirect it, e.g. `> statement.pdf`")
    out.write(sample_statement(bank or (layout if layout != "contract" else "axis"), layout=layout, password=password))
    out.flush()


def _fail(code: int, message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)
