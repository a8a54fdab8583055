"""The contract run fails precisely when the API drifts, and drift is classified per field."""

from __future__ import annotations

import ast
import copy
import json
import re
import threading

import pytest
from click.testing import CliRunner

import bankconnect_spec
from bankconnect import cli
from bankconnect_contract.run import schemathesis_launcher, stages
from bankconnect_contract.run.runner import run_contract
from bankconnect_contract.run.secrets_scan import scan_paths
from bankconnect_contract.run.stages import stage_schemathesis
from bankconnect_contract.run.target import open_target
from bankconnect_contract.stage import ContractError, Options
from bankconnect_contract.traffic import cassettes
from bankconnect_sandbox import SandboxConfig
from bankconnect_sandbox.app import SandboxApp
from bankconnect_sandbox.server import running
from bankconnect_sandbox.synth import build_entity

from ..conftest import ROOT


def analysis_hook(mutate):
    """A sandbox hook applying ``mutate`` to every successful analysis answer (they all carry progress)."""

    def hook(operation_id: str, status: int, body):
        if status == 200 and isinstance(body, dict) and "progress" in body and body["progress"]:
            body = copy.deepcopy(body)
            mutate(body)
        return body

    return hook


def drop_entity_id(body):
    del body["entity_id"]


def numeric_source(body):
    for entry in body["progress"]:
        entry["source"] = 5


def new_status(body):
    for entry in body["progress"]:
        entry["status"] = "queued"


@pytest.mark.parametrize(
    ("mutate", "schemathesis_says", "drift_says"),
    [
        (
            drop_entity_id,
            "'entity_id' is a required property",
            r"BREAKING  get_\w+ 200 entity_id: required field missing — observed \"\(absent\)\", expected \"string\"",
        ),
        (
            numeric_source,
            "5 is not of type 'string'",
            r"BREAKING  get_\w+ 200 progress\[\]\.source: type no longer matches — observed 5, expected \"string\"",
        ),
        (
            new_status,
            "'queued' is not valid under any of the schemas listed in the 'anyOf' keyword",
            # progress status is a closed enumeration (x-open-enum: false): a new value stalls every poller
            r"BREAKING  get_\w+ 200 progress\[\]\.status: value outside a closed enumeration — observed"
            r" \"queued\"",
        ),
    ],
    ids=["missing-field", "wrong-type", "extra-enum-value"],
)
@pytest.mark.slow
def test_a_broken_sandbox_fails_the_run_with_precise_messages(tmp_path, mutate, schemathesis_says, drift_says):
    options = Options(
        repo=ROOT,
        stages=("schemathesis", "drift"),
        max_examples=10,
        phases="examples,stateful",
        report_dir=tmp_path,
        sandbox=SandboxConfig(processing_seconds=0, entities=4, response_hook=analysis_hook(mutate)),
    )
    lines: list[str] = []
    assert run_contract(options, echo=lines.append) == 1
    report = (tmp_path / "contract.md").read_text()
    assert "| schemathesis | failed |" in report
    assert schemathesis_says in report.replace('"', "'")
    assert "Response violates schema" in report
    assert re.search(drift_says, report), report[-1500:]
    assert any("contract FAILED" in line for line in lines)
    junit = (tmp_path / "contract-junit.xml").read_text()
    assert "<failure" in junit and "schemathesis" in junit
    # Failing cases are kept for replay beside the reports (ignored, scrubbed), never in the repository.
    kept = list((tmp_path / "schemathesis-cache").rglob("*.json"))
    assert len(kept) > 1 and not scan_paths([tmp_path]), [leak.describe() for leak in scan_paths([tmp_path])]


def long_month_keys(operation_id: str, status: int, body):
    """Top credits and debits keyed `Aug-2026` instead of `Aug-26`: valid JSON Schema, a broken contract."""
    if operation_id == "get_top_credits_debits" and status == 200:
        body = copy.deepcopy(body)
        for side in body["top_5_credit_debit"].values():
            for month in list(side):
                side[month[:4] + "20" + month[4:]] = side.pop(month)
            if not side:  # an entity without statements yet: the drifted key shows all the same
                side["Aug-2026"] = {}
    return body


@pytest.mark.slow
def test_a_changed_map_key_format_is_breaking_drift(tmp_path):
    """OpenAPI 3.0 cannot constrain keys, so Schemathesis passes; drift reads x-key-pattern and fails the run."""
    options = Options(
        repo=ROOT,
        stages=("schemathesis", "drift"),
        max_examples=10,
        phases="examples,stateful",
        report_dir=tmp_path,
        sandbox=SandboxConfig(processing_seconds=0, entities=4, response_hook=long_month_keys),
        seed=1,
    )
    assert run_contract(options, echo=lambda line: None) == 1
    report = (tmp_path / "contract.md").read_text()
    assert "| schemathesis | passed |" in report and "| drift (this run) | failed |" in report
    assert re.search(
        r"BREAKING  get_top_credits_debits 200 top_5_credit_debit\.top_5_(credit|debit)\.\w{3}-20\d\d: map key no"
        r" longer has the documented format",
        report,
    ), report[-1500:]


def broken_transactions(operation_id: str, status: int, body):
    """get_transactions drifted three ways: a required field gone, a type changed, an enumeration grown."""
    if operation_id != "get_transactions" or status != 200 or not body.get("transactions"):
        return body
    body = copy.deepcopy(body)
    for txn in body["transactions"]:
        txn.pop("hash")
        txn["transaction_channel"] = "upi_lite"
    for account in body["accounts"]:
        account["credit_limit"] = "unlimited"
    return body


def test_drift_cli_classifies_recorded_mutations(tmp_path):
    with running(SandboxConfig(processing_seconds=0, entities=4, response_hook=broken_transactions)) as (url, _app):
        cassettes.record(url, "sandbox-api-key", "sandbox-server-hash", tmp_path)
    result = CliRunner().invoke(cli.main, ["drift", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    found = {(f["kind"], f["operation"], f["path"], f["problem"]) for f in report["findings"]}
    assert found == {
        ("breaking", "get_transactions", "transactions[].hash", "required field missing"),
        ("breaking", "get_transactions", "accounts[].credit_limit", "type no longer matches"),
        (
            "additive",
            "get_transactions",
            "transactions[].transaction_channel",
            "value outside the documented enumeration",
        ),
    }
    channel = next(f for f in report["findings"] if f["path"].endswith("transaction_channel"))
    assert channel["observed"] == "upi_lite" and channel["expected"] == "one of 24 documented values"
    assert channel["sources"] == ["get_transactions__ok.yaml#0"] and channel["count"] > 10
    assert report["summary"]["breaking"] == 2 and report["summary"]["additive"] == 1
    text = CliRunner().invoke(cli.main, ["drift", str(tmp_path)])
    assert text.exit_code == 1 and text.stdout.startswith("drift: 3 finding(s), 2 breaking, 1 additive and 0 semantic")


def test_drift_exit_codes_and_input_errors(tmp_path):
    clean = CliRunner().invoke(cli.main, ["drift", str(ROOT / "contract_tests" / "cassettes")])
    assert clean.exit_code == 0 and clean.stdout.startswith("drift: no drift in 286 recorded response(s)")
    missing = CliRunner().invoke(cli.main, ["drift", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2 and "nope.yaml: no such file or directory" in missing.stderr
    (tmp_path / "other.yaml").write_text("just: some yaml\n")
    other = CliRunner().invoke(cli.main, ["drift", str(tmp_path / "other.yaml")])
    assert other.exit_code == 2 and "not a cassette (expected 'interactions'" in other.stderr
    (tmp_path / "bin.yaml").write_bytes(b"\xff\xfe\x00garbage: [")
    garbage = CliRunner().invoke(cli.main, ["drift", str(tmp_path / "bin.yaml")])
    assert garbage.exit_code == 2 and "not YAML" in garbage.stderr
    empty = CliRunner().invoke(cli.main, ["drift"])
    assert empty.exit_code == 2 and "give cassette files" in empty.stderr


def test_live_target_is_read_only_and_budgeted(tmp_path, monkeypatch):
    with running(SandboxConfig(processing_seconds=0, entities=2)) as (url, _app):
        monkeypatch.setenv("BANKCONNECT_BASE_URL", url)
        monkeypatch.setenv("BANKCONNECT_API_KEY", "sandbox-api-key")
        monkeypatch.setenv("BANKCONNECT_SERVER_HASH", "sandbox-server-hash")
        monkeypatch.delenv("BANKCONNECT_CONTRACT_ENTITY_IDS", raising=False)
        options = Options(repo=ROOT, report_dir=tmp_path)
        with pytest.raises(ContractError, match="needs entity ids"), open_target(options, print):
            pass
        monkeypatch.setenv("BANKCONNECT_CONTRACT_ENTITY_IDS", "e-1, e-2")
        seen: list[list[str]] = []
        monkeypatch.setattr(stages, "_run", lambda cmd, cwd, env=None, timeout=900: (seen.append(cmd), (0, ""))[1])
        with open_target(options, print) as target:
            assert (target.kind, target.entity_ids, target.read_only) == ("live", ["e-1", "e-2"], True)
            stage_schemathesis(options, target, tmp_path)
        cmd = seen[-1]
        assert cmd[1:3] == ["-m", "bankconnect_contract.run.schemathesis_launcher"]
        assert cmd[cmd.index("--include-method") + 1] == "GET"
        assert cmd[cmd.index("--rate-limit") + 1] == "2/s" and cmd[cmd.index("--max-examples") + 1] == "5"
        assert 'entity_id = "e-1"' in (tmp_path / "schemathesis" / "schemathesis.toml").read_text()
        writes = Options(repo=ROOT, report_dir=tmp_path, allow_writes=True)
        with open_target(writes, print) as target:
            stage_schemathesis(writes, target, tmp_path)
        assert "--include-method" not in seen[-1]


def test_drift_live_reads_the_target_from_the_environment(monkeypatch):
    monkeypatch.delenv("BANKCONNECT_CONTRACT_SESSION_ID", raising=False)
    with running(SandboxConfig(processing_seconds=0, entities=2)) as (url, _app):
        monkeypatch.setenv("BANKCONNECT_BASE_URL", url)
        monkeypatch.setenv("BANKCONNECT_API_KEY", "sandbox-api-key")
        monkeypatch.setenv("BANKCONNECT_SERVER_HASH", "sandbox-server-hash")
        monkeypatch.setattr("time.sleep", lambda seconds: None)  # the live pause between calls
        entity = build_entity("1", 0).entity_id
        clean = CliRunner().invoke(cli.main, ["drift", "--live", "--entity-id", entity, "--format", "json"])
        assert clean.exit_code == 0, clean.output
        report = json.loads(clean.stdout)
        # 15 entity calls, net-banking health, the bank catalogue, pages 1 and 1 of 1 (past the end: the
        # documented 404), the entity again, its webhook payloads, a 401 with wrong keys and a 404 for an unknown
        # entity.
        assert report["summary"]["responses"] == 23 and report["findings"] == [], report
        monkeypatch.delenv("BANKCONNECT_SERVER_HASH")
        missing = CliRunner().invoke(cli.main, ["drift", "--live", "--entity-id", entity])
        assert missing.exit_code == 2 and "needs BANKCONNECT_SERVER_HASH" in missing.stderr


def test_drift_live_sees_pagination_and_error_answers_drift(monkeypatch):
    def hook(operation_id: str, status: int, body):
        if operation_id == "list_entities" and status == 200:
            body = dict(body)
            body["total"] = body.pop("count")  # a renamed pagination field
            return body
        if status == 401:
            return {"error": "unauthorised"}  # a changed error body
        return body

    with running(SandboxConfig(processing_seconds=0, entities=2, response_hook=hook)) as (url, _app):
        monkeypatch.setenv("BANKCONNECT_BASE_URL", url)
        monkeypatch.setenv("BANKCONNECT_API_KEY", "sandbox-api-key")
        monkeypatch.setenv("BANKCONNECT_SERVER_HASH", "sandbox-server-hash")
        monkeypatch.setattr("time.sleep", lambda seconds: None)
        entity = build_entity("1", 0).entity_id
        result = CliRunner().invoke(cli.main, ["drift", "--live", "--entity-id", entity, "--format", "json"])
    assert result.exit_code == 1, result.output
    found = {(f["code"], f["operation"], f["status"], f["path"]) for f in json.loads(result.stdout)["findings"]}
    assert ("probably_renamed", "list_entities", 200, "count") in found, found
    assert ("probably_renamed", "get_entity", 401, "detail") in found, found  # detail -> error, both strings


def _processed_session(url: str) -> str:
    """A session of the running sandbox, with the sample statement uploaded and processed."""
    import time

    import httpx

    from bankconnect_sandbox import sample_statement

    keys = {"x-api-key": "sandbox-api-key", "server-hash": "sandbox-server-hash"}
    with httpx.Client(base_url=url, headers=keys) as client:
        body = {
            "link_id": "live-drift",
            "api_key": keys["x-api-key"],
            "from_date": "01/05/2026",
            "to_date": "31/07/2026",
        }
        session_id = client.post("/session/", json=body).json()["session_id"]
        pdf = ("statement.pdf", sample_statement("axis"), "application/pdf")
        uploaded = client.post(
            "/statement/upload_session/", data={"session_id": session_id, "upload_type": "PDF"}, files={"file": pdf}
        )
        assert uploaded.status_code == 200, uploaded.text
        assert client.post(f"/session_data/{session_id}/initiate_processing/").status_code == 202
        for _ in range(200):
            if client.get(f"/session_data/{session_id}/progress/").json()["session_progress"] == "completed":
                return session_id
            time.sleep(0.05)
    raise AssertionError("the sandbox did not process the session")


def _live_env(monkeypatch, url: str) -> None:
    monkeypatch.setenv("BANKCONNECT_BASE_URL", url)
    monkeypatch.setenv("BANKCONNECT_API_KEY", "sandbox-api-key")
    monkeypatch.setenv("BANKCONNECT_SERVER_HASH", "sandbox-server-hash")
    monkeypatch.delenv("BANKCONNECT_CONTRACT_SESSION_ID", raising=False)


def test_drift_live_reads_a_sessions_calls_when_given_its_id(monkeypatch):
    with running(SandboxConfig(processing_seconds=0, entities=2)) as (url, _app):
        _live_env(monkeypatch, url)
        session_id = _processed_session(url)
        monkeypatch.setattr("time.sleep", lambda seconds: None)  # the live pause between calls
        entity = build_entity("1", 0).entity_id
        without = CliRunner().invoke(cli.main, ["drift", "--live", "--entity-id", entity, "--format", "json"])
        monkeypatch.setenv("BANKCONNECT_CONTRACT_SESSION_ID", session_id)
        given = CliRunner().invoke(cli.main, ["drift", "--live", "--entity-id", entity, "--format", "json"])
    assert without.exit_code == 0, without.output
    assert "live: session reads skipped: no session id (set BANKCONNECT_CONTRACT_SESSION_ID)" in without.stderr
    assert json.loads(without.stdout)["summary"]["responses"] == 23
    assert given.exit_code == 0, given.output
    assert "skipped" not in given.stderr
    report = json.loads(given.stdout)
    # The 23 reads without a session, plus the session's five documented reads (upload status, progress,
    # status, insights, PDFs) and the documented 404 of an unknown session.
    assert report["summary"]["responses"] == 29 and report["findings"] == [], report


def test_drift_live_sees_a_session_answer_drift(monkeypatch):
    def hook(operation_id: str, status: int, body):
        if operation_id == "get_session_insights" and status == 200:
            return {
                **body,
                "accounts": [{**a, "accountId": a.pop("account_id")} for a in copy.deepcopy(body["accounts"])],
            }
        return body

    with running(SandboxConfig(processing_seconds=0, entities=2, response_hook=hook)) as (url, _app):
        _live_env(monkeypatch, url)
        session_id = _processed_session(url)
        monkeypatch.setenv("BANKCONNECT_CONTRACT_SESSION_ID", session_id)
        monkeypatch.setattr("time.sleep", lambda seconds: None)
        entity = build_entity("1", 0).entity_id
        result = CliRunner().invoke(cli.main, ["drift", "--live", "--entity-id", entity, "--format", "json"])
    assert result.exit_code == 1, result.output
    found = {(f["code"], f["operation"], f["status"], f["path"]) for f in json.loads(result.stdout)["findings"]}
    assert ("unknown_field", "get_session_insights", 200, "accounts[].accountId") in found, found


def test_schemathesis_runs_with_ast_parsing_serialised(monkeypatch):
    """CPython 3.11 can fail concurrent ast.parse calls (python/cpython#106905); the launcher serialises them."""
    monkeypatch.setattr(ast, "parse", ast.parse)
    schemathesis_launcher.install()
    parsed = threading.Event()
    with schemathesis_launcher.parse_lock:
        worker = threading.Thread(target=lambda: (ast.parse("f = lambda x: x"), parsed.set()))
        worker.start()
        assert not parsed.wait(0.3), "a second parse went ahead while the first held the lock"
    assert parsed.wait(10)
    worker.join()
    assert isinstance(ast.parse("x = 1"), ast.Module)


def test_schemathesis_sends_the_v2_create_to_its_own_server(tmp_path, monkeypatch):
    """The v2 session create is served at /bank-connect/v2/session/ (a path-level server of its own), the other
    calls under the run's URL. Schemathesis, given one URL, would send it to /bank-connect/v1/v2/session/; the
    contract run's hook gives each operation the base URL bankconnect_spec.server_for says. What the sandbox
    received is recorded on its side, not read from Schemathesis' report."""
    received: list[tuple[str, str]] = []
    serve = SandboxApp.__call__

    async def recording(self, scope, receive, send):
        if scope["type"] == "http":
            received.append((scope["method"], scope["path"]))
        await serve(self, scope, receive, send)

    monkeypatch.setattr(SandboxApp, "__call__", recording)
    run = stages._run
    both = ["--include-operation-id", "create_session_v2", "--include-operation-id", "create_session"]
    monkeypatch.setattr(stages, "_run", lambda cmd, cwd, env=None, timeout=900: run(cmd + both, cwd, env, timeout))
    options = Options(repo=ROOT, report_dir=tmp_path, phases="examples,fuzzing", max_examples=3, workers=1)
    with running(SandboxConfig(processing_seconds=0, entities=1)) as (url, _app):
        user_started = Options(repo=ROOT, target="sandbox", base_url=url, report_dir=tmp_path)
        with open_target(user_started, lambda line: None) as target:
            result = stage_schemathesis(options, target, tmp_path)
    posted = {path for method, path in received if method == "POST"}
    assert posted == {"/bank-connect/v1/session/", "/bank-connect/v2/session/"}, posted
    assert result.status == "passed" and result.operations == 2, result.details
    vcr = (tmp_path / "schemathesis" / "vcr.yaml").read_text()
    assert f"{url.removesuffix('/v1')}/v2/session/" in vcr and "/v1/v2/session/" not in vcr


def test_an_unknown_stage_is_a_usage_error_not_a_crash(tmp_path):
    result = CliRunner().invoke(cli.main, ["contract", "--stage", "nope", "--report-dir", str(tmp_path)])
    assert result.exit_code == 2 and "unknown stage(s) nope" in result.stderr


@pytest.mark.parametrize("value", ["fast", "0/s", "2/d", "2"])
def test_a_live_rate_limit_that_is_not_n_per_unit_is_a_usage_error(tmp_path, value):
    result = CliRunner().invoke(cli.main, ["contract", "--live-rate-limit", value, "--report-dir", str(tmp_path)])
    assert result.exit_code == 2 and "--live-rate-limit" in result.stderr and "is not N/s, N/m or N/h" in result.stderr


def test_the_live_rate_limit_reaches_schemathesis(tmp_path, monkeypatch):
    from bankconnect_contract.run import stages
    from bankconnect_contract.stage import Options, Target

    seen: list[list[str]] = []
    monkeypatch.setattr(stages, "_run", lambda cmd, cwd, env=None: (seen.append(cmd), (0, ""))[1])
    monkeypatch.setattr(stages, "schemathesis_result", lambda directory, code: None)
    target = Target("live", "http://127.0.0.1:9", "k", "h", ["e"], read_only=True)
    options = Options(repo=tmp_path, live_rate_limit="30/m")
    stages._run_schemathesis(options, target, tmp_path, tmp_path, tmp_path / "c.toml", tmp_path / "s.yaml")
    cmd = seen[0]
    assert cmd[cmd.index("--rate-limit") + 1] == "30/m" and cmd[cmd.index("--include-method") + 1] == "GET"


@pytest.mark.parametrize("value", ["fuzz", "", "examples,nope"])
def test_an_unknown_phase_is_a_usage_error(tmp_path, value):
    result = CliRunner().invoke(cli.main, ["contract", "--phases", value, "--report-dir", str(tmp_path)])
    assert result.exit_code == 2 and "--phases" in result.stderr and "phases are examples" in result.stderr


# ------------------------------------------------------------------------------------------- verdicts
def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _report(folder) -> dict:
    return json.loads((folder / "contract.json").read_text())


def test_a_run_where_every_stage_is_skipped_does_not_pass(tmp_path):
    """From an empty folder (no checkout), `--stage cassettes` checks nothing: exit 3, and every report says why."""
    result = CliRunner().invoke(cli.main, ["contract", "--repo", str(tmp_path), "--stage", "cassettes"])
    assert result.exit_code == 3, result.output
    assert "contract NO EVIDENCE" in result.stderr and "contract passed" not in result.stderr
    assert "skipped: cassettes (needs a checkout of the contract repository" in result.stderr
    out = tmp_path / "reports"
    verdict = _report(out)["verdict"]
    assert (verdict["result"], verdict["exit_code"]) == ("no evidence", 3)
    assert verdict["skipped"][0]["stage"] == "cassettes" and "needs a checkout" in verdict["skipped"][0]["why"]
    assert "contract NO EVIDENCE" in (out / "contract.md").read_text()
    assert (
        "no evidence" in (out / "contract.html").read_text()
        and "skipped: cassettes" in (out / "contract.html").read_text()
    )
    junit = (out / "contract-junit.xml").read_text()
    assert 'failures="1"' in junit and 'name="verdict"' in junit


def test_the_verdict_table():
    from bankconnect_contract.run.verdict import decide
    from bankconnect_contract.stage import Unhealthy

    def stage(name, status, cases=0):
        return stages.StageResult(name, status, summary=f"{name} said so", cases=cases)

    evidential = stage("schemathesis", "passed", cases=40)
    assert decide([evidential, stage("lint", "skipped")]).exit_code == 0
    assert decide([stage("lint", "skipped"), stage("release", "skipped")]).result == "no evidence"
    assert decide([stage("sunset", "no evidence"), stage("lint", "skipped")]).exit_code == 3
    assert decide([stage("sunset", "passed")]).exit_code == 3  # passed without evidence is not a pass
    failed = decide([evidential, stage("drift", "failed", cases=40)])
    assert (failed.result, failed.exit_code, failed.reason) == ("failed", 1, "1 stage(s) failed: drift")
    auth = Unhealthy("auth", "authentication failed for http://x: check BANKCONNECT_API_KEY / BANKCONNECT_SERVER_HASH")
    assert decide([evidential], auth).exit_code == 5
    assert decide([evidential], Unhealthy("unreachable", "cannot reach http://x: refused")).exit_code == 4
    line = decide([evidential, stage("lint", "skipped"), stage("sunset", "no evidence")]).line(2.0)
    assert line == (
        "contract passed in 2.0s (exit 0): 1 stage(s) passed with evidence; skipped: lint (lint said so);"
        " no evidence: sunset (sunset said so)"
    )


def test_a_wrong_key_stops_the_run_with_its_own_exit_code(tmp_path, monkeypatch):
    """The issue's case: a wrong key against a live-style target was `✔ passed … 41 test cases`, exit 0."""
    with running(SandboxConfig(processing_seconds=0, entities=2)) as (url, _app):
        monkeypatch.setenv("BANKCONNECT_BASE_URL", url)
        monkeypatch.setenv("BANKCONNECT_API_KEY", "wrong")
        monkeypatch.setenv("BANKCONNECT_SERVER_HASH", "sandbox-server-hash")
        monkeypatch.setenv("BANKCONNECT_CONTRACT_ENTITY_IDS", "e-1")
        args = ["contract", "--target", "live", "--phases", "examples", "--stage", "schemathesis", "--stage", "drift"]
        result = CliRunner().invoke(cli.main, [*args, "--repo", str(tmp_path)])
    assert result.exit_code == 5, result.output
    expected = f"authentication failed for {url}: check BANKCONNECT_API_KEY / BANKCONNECT_SERVER_HASH"
    assert f"error: {expected}" in result.stderr and "contract UNHEALTHY" in result.stderr
    assert "passed" not in result.stderr.split("error:")[1]
    verdict = _report(tmp_path / "reports")["verdict"]
    assert verdict["unhealthy"] == {"kind": "auth", "message": expected}


@pytest.mark.parametrize("case", ["unreachable", "wrong-suffix"])
def test_a_target_that_is_not_there_is_named_with_its_url(tmp_path, case):
    with running(SandboxConfig(processing_seconds=0, entities=1)) as (url, _app):
        if case == "unreachable":
            base = f"http://127.0.0.1:{_free_port()}/bank-connect/v1"
        else:
            base = url.removesuffix("/bank-connect/v1")
        args = ["contract", "--target", "sandbox", "--base-url", base, "--stage", "schemathesis"]
        result = CliRunner().invoke(cli.main, [*args, "--repo", str(tmp_path)])
    assert result.exit_code == 4, result.output
    if case == "unreachable":
        assert f"error: cannot reach {base}: " in result.stderr and "Connection refused" in result.stderr
    else:
        assert f"error: no BankConnect API at {base} (is the /bank-connect/v1 suffix missing?)" in result.stderr


def test_401s_during_the_run_make_it_unhealthy_not_passed(tmp_path):
    """The keys are refused half-way (rotated): the share of 401s on calls with valid credentials is above the
    threshold; mangled-header cases answered 401 are expected and do not count."""
    from bankconnect_contract.run import health

    def interaction(code, header_mode):
        return (
            f"- id: 'x'\n  generation:\n    mode: positive\n  components:\n    header:\n      mode: '{header_mode}'\n"
            f"  request:\n    uri: 'http://h/bank-connect/v1/entity/'\n  response:\n    status:\n      code: '{code}'\n"
        )

    vcr = tmp_path / "vcr.yaml"
    vcr.write_text("http_interactions:\n" + interaction(200, "positive") * 8 + interaction(401, "negative") * 30)
    answers = list(health.vcr_answers(vcr))
    assert [a.status for a in answers[:1]] == [200] and sum(not a.valid_credentials for a in answers) == 30
    assert health.judge_answers(answers, "http://h/bank-connect/v1") is None  # the 401s were asked for
    vcr.write_text("http_interactions:\n" + interaction(200, "positive") * 8 + interaction(401, "positive") * 2)
    problem = health.judge_answers(health.vcr_answers(vcr), "http://h/bank-connect/v1")
    assert problem is not None and problem.kind == "auth" and problem.exit_code == 5
    assert problem.message.startswith("authentication failed for http://h/bank-connect/v1: check BANKCONNECT_API_KEY")
    assert "2 of 10 calls with the configured keys got 401/403, above the 10%" in problem.message


def test_the_invariants_stage_reports_a_refused_key_as_health_not_as_a_violation():
    from bankconnect_contract.stage import Target

    with running(SandboxConfig(processing_seconds=0, entities=1)) as (url, _app):
        entity = build_entity("1", 0).entity_id
        target = Target("live", url, "wrong", "sandbox-server-hash", [entity], read_only=True)
        result = stages.stage_invariants(target)
    assert result.status == "failed" and result.unhealthy is not None and result.unhealthy.kind == "auth"
    assert (
        result.summary == f"not checked: authentication failed for {url}: check BANKCONNECT_API_KEY /"
        " BANKCONNECT_SERVER_HASH"
    )
    assert "violation" not in result.summary and not result.details and result.answers == {"4xx": 1}


@pytest.mark.slow
def test_a_run_outside_a_checkout_meets_the_shipped_gates(tmp_path):
    """What an installed run does from an empty folder: no committed cassettes, so the scenarios stage reaches every
    documented status (429 and 503 from the run's own fault sandboxes), and the package's gates hold."""
    options = Options(repo=tmp_path, stages=("schemathesis", "scenarios", "coverage"), max_examples=10)
    lines: list[str] = []
    assert run_contract(options, echo=lines.append) == 0, "\n".join(lines[-40:])
    coverage = json.loads((tmp_path / "reports" / "coverage.json").read_text())
    assert coverage["gates_source"] == "gates from the package's defaults for a sandbox target"
    assert coverage["percent"]["statuses"] == 100.0 and coverage["statuses_never_reached"] == []
    assert all(coverage["percent"][name] >= gate for name, gate in coverage["gates"].items())
    scenarios = next(s for s in _report(tmp_path / "reports")["stages"] if s["stage"] == "scenarios")
    every = len(bankconnect_spec.operations())  # a 503 recorded from the faulting sandbox for each operation
    assert scenarios["result"] == "passed" and scenarios["answers"]["5xx"] == every and scenarios["operations"] == every
