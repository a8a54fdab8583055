"""`bankconnect wait`: final JSON on stdout, progress on stderr, and the documented exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from bankconnect import cli
from bankconnect.testing import (
    TEST_API_KEY,
    TEST_ENTITY,
    TEST_SERVER_HASH,
    FakeClock,
    ScriptedBank,
    json_response,
    serve,
    transactions_body,
)

from ..conftest import client_for

PATH = f"/entity/{TEST_ENTITY}/transactions/"


def invoke(monkeypatch, *answers, args=()):
    clock = FakeClock()
    stub = ScriptedBank(clock).on("GET", PATH, *answers)
    monkeypatch.setattr(cli, "make_client", lambda base_url: client_for(stub, clock))
    result = CliRunner().invoke(cli.main, ["wait", TEST_ENTITY, "--analysis", "transactions", *args])
    return result, stub


def test_completed_prints_json_and_progress(monkeypatch):
    result, stub = invoke(
        monkeypatch,
        json_response(200, transactions_body("processing")),
        json_response(200, transactions_body("completed")),
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["entity_id"] == TEST_ENTITY and body["transactions"][0]["hash"] == "h1"
    assert "transactions: 0/1 completed, 1 processing" in result.stderr
    assert "transactions: 1/1 completed" in result.stderr
    assert "processing" not in result.stdout.split('"progress"')[0]


@pytest.mark.parametrize(
    ("answer", "args", "code", "message"),
    [
        (
            json_response(200, transactions_body("failed", messages={0: "PDF is not parsable"})),
            (),
            2,
            "stmt-0: PDF is not parsable",
        ),
        (json_response(200, transactions_body("processing")), ("--timeout", "30"), 3, "not finished after 30s"),
        (
            json_response(401, {"detail": "Authentication credentials were not provided."}),
            (),
            4,
            "check BANKCONNECT_API_KEY",
        ),
        (json_response(404, {"detail": "Not found."}), (), 5, f"no entity '{TEST_ENTITY}'"),
        (httpx.Response(200, content=b"{", headers={"content-type": "application/json"}), (), 1, "malformed JSON"),
    ],
    ids=["failed", "deadline", "auth", "not-found", "other"],
)
def test_exit_codes(monkeypatch, answer, args, code, message):
    result, _ = invoke(monkeypatch, answer, args=args)
    assert result.exit_code == code, result.output
    assert message in result.stderr and result.stdout == ""


def test_accept_partial_exits_zero(monkeypatch):
    result, _ = invoke(
        monkeypatch, json_response(200, transactions_body("completed", "failed")), args=("--accept-partial",)
    )
    assert result.exit_code == 0 and json.loads(result.stdout)["progress"][1]["status"] == "failed"


def test_unknown_analysis_is_a_usage_error():
    result = CliRunner().invoke(cli.main, ["wait", TEST_ENTITY, "--analysis", "transactionz"])
    assert result.exit_code == 2 and "Invalid value for '--analysis'" in result.stderr


def test_missing_credentials_exit_one(monkeypatch):
    monkeypatch.delenv("BANKCONNECT_API_KEY", raising=False)
    monkeypatch.delenv("BANKCONNECT_SERVER_HASH", raising=False)
    result = CliRunner().invoke(cli.main, ["wait", TEST_ENTITY])
    assert result.exit_code == 1 and "missing BankConnect credentials" in result.stderr


def test_console_script_against_a_loopback_server():
    stub = ScriptedBank().on("GET", PATH, json_response(200, transactions_body("completed")))
    script = Path(sys.executable).parent / "bankconnect"
    with serve(stub) as base_url:
        env = {**os.environ, "BANKCONNECT_API_KEY": TEST_API_KEY, "BANKCONNECT_SERVER_HASH": TEST_SERVER_HASH}
        done = subprocess.run(
            [str(script), "wait", TEST_ENTITY, "--base-url", base_url, "--timeout", "20"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["transactions"][0]["transaction_channel"] == "upi"
    assert stub.requests[0].headers["server-hash"] == TEST_SERVER_HASH
    assert TEST_API_KEY not in done.stderr


def console(*args: str, timeout: float = 60, **popen) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "bankconnect"
    env = {**os.environ, "BANKCONNECT_API_KEY": TEST_API_KEY, "BANKCONNECT_SERVER_HASH": TEST_SERVER_HASH}
    return subprocess.run([str(script), *args], env=env, capture_output=True, text=True, timeout=timeout)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_base_url_without_the_suffix_is_named_with_a_hint():
    stub = ScriptedBank().on("GET", PATH, json_response(200, transactions_body("completed")))
    with serve(stub) as base_url:
        bare = base_url.removesuffix("/bank-connect/v1")
        done = console("wait", TEST_ENTITY, "--base-url", bare, "--timeout", "20")
    assert done.returncode == 5, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        f"error: get_transactions: not found (HTTP 404) at GET {bare}/entity/{TEST_ENTITY}/transactions/ "
        "(the URL has no /bank-connect/v1: does the base URL lack that suffix?)"
    )


def test_wait_with_the_server_down_says_connection_refused():
    base_url = f"http://127.0.0.1:{free_port()}/bank-connect/v1"
    done = console("wait", TEST_ENTITY, "--base-url", base_url, "--timeout", "5")
    assert done.returncode == 1, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: get_transactions: cannot reach BankConnect at {base_url}/entity/"), last
    assert ": connection refused (ConnectError" in last and "not finished" not in last


def test_ctrl_c_in_wait_exits_130():
    import signal
    import time

    stub = ScriptedBank().on("GET", PATH, json_response(200, transactions_body("processing")))
    script = Path(sys.executable).parent / "bankconnect"
    env = {**os.environ, "BANKCONNECT_API_KEY": TEST_API_KEY, "BANKCONNECT_SERVER_HASH": TEST_SERVER_HASH}
    with serve(stub) as base_url:
        process = subprocess.Popen(
            [str(script), "wait", TEST_ENTITY, "--base-url", base_url, "--timeout", "60"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        while not stub.requests and time.monotonic() < deadline:
            time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == "error: cancelled (Ctrl-C)"


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["wait"], "error: Give an ENTITY_ID or --session SESSION_ID, one of the two. (see: bankconnect wait --help)"),
        (["wait", TEST_ENTITY, "--bogus"], "error: No such option '--bogus'. (see: bankconnect wait --help)"),
        (["frob"], "error: No such command 'frob'. (see: bankconnect --help)"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args, line):
    result = CliRunner().invoke(cli.main, args, prog_name="bankconnect")
    assert result.exit_code == 2 and result.stderr == line + "\n" and result.stdout == ""


def test_contributed_commands_come_from_the_entry_points_and_each_names_its_extra():
    commands = cli.contributed_commands()
    assert {name: entry.extras for name, entry in commands.items()} == {
        "sandbox": ["sandbox"],
        "contract": ["contract"],
        "record": ["contract"],
        "drift": ["contract"],
        "proxy": ["contract"],
        "release-check": ["contract"],
    }
    listed = CliRunner().invoke(cli.main, ["--help"]).output
    assert all(f"  {name} " in listed for name in [*commands, "wait"]), listed


def test_a_command_whose_extra_is_missing_says_which_extra_in_one_line(monkeypatch):
    from importlib import metadata

    absent = metadata.EntryPoint("sandbox", "bankconnect_no_such_package.cli:sandbox [sandbox]", cli.COMMANDS_GROUP)
    monkeypatch.setattr(cli, "contributed_commands", lambda: {"sandbox": absent})
    result = CliRunner().invoke(cli.main, ["sandbox", "--port", "0"])
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1, result.output
    assert "pip install 'bankconnect[sandbox]'" in lines[0], lines[0]
    assert "bankconnect_no_such_package is not installed" in lines[0], lines[0]
