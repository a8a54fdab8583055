"""`bankconnect proxy` in front of a sandbox, over real loopback sockets: a clean flow, a drifting upstream in
observe and strict mode, scrubbed recordings, reports, and the same findings from a HAR export of the traffic."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from bankconnect import BankConnect, ServerError
from bankconnect import cli as bankconnect_cli
from bankconnect_contract import drift
from bankconnect_contract.run.secrets_scan import scan_paths
from bankconnect_contract.traffic.proxy import ProxyConfig, running
from bankconnect_sandbox import SandboxConfig, sample_statement
from bankconnect_sandbox.server import running as sandbox_running
from bankconnect_sandbox.synth import build_entity

from .test_har import har_entry

KEY, HASH = "sandbox-api-key", "sandbox-server-hash"


def config(tmp_path: Path, upstream: str, **kw) -> ProxyConfig:
    lines: list[str] = []
    return ProxyConfig(upstream=upstream, report_dir=tmp_path / "reports", log=lines.append, **kw)


def numeric_source(operation_id: str, status: int, body):
    if status == 200 and isinstance(body, dict) and body.get("progress"):
        body = json.loads(json.dumps(body))
        for entry in body["progress"]:
            entry["source"] = 5
    return body


def test_a_clean_flow_through_the_proxy_is_clean_and_recorded(tmp_path):
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=15)) as (upstream, _app):
        cfg = config(tmp_path, upstream, record=tmp_path / "cassettes")
        with running(cfg) as (url, proxy):
            client = BankConnect(KEY, HASH, url)
            entities = list(client.iter_entities())  # two pages: `next` must lead back to the proxy
            up = client.upload(sample_statement("axis"), bank_name="axis", link_id="via-proxy", identity=True)
            txns = client.wait(up.entity_id, "transactions", timeout=30)
            page = httpx.get(f"{url}/entity/", headers={"x-api-key": KEY, "server-hash": HASH}).json()
        assert len(entities) == 15 and txns.transactions  # listed before the upload made the 16th
        assert page["next"].startswith(url), page["next"]  # rewritten to the proxy
        assert proxy.finish() == 0
    assert proxy.stats.forwarded >= 5 and proxy.analyzer.report() == []
    recorded = sorted((tmp_path / "cassettes").glob("proxy-*.yaml"))
    assert len(recorded) == proxy.stats.forwarded
    assert not scan_paths([tmp_path]), [leak.describe() for leak in scan_paths([tmp_path])]
    text = "".join(p.read_text() for p in recorded)
    assert KEY not in text and HASH not in text and "Rahul Sharma" not in text
    replay = CliRunner().invoke(bankconnect_cli.main, ["drift", str(tmp_path / "cassettes")])
    assert replay.exit_code == 0, replay.output  # the team's traffic, now replayable cassettes
    assert (tmp_path / "reports" / "contract.html").exists() and (tmp_path / "reports" / "drift.json").exists()


def test_a_drifting_upstream_is_reported_in_observe_and_refused_in_strict(tmp_path):
    entity = build_entity("1", 0).entity_id
    hook = SandboxConfig(processing_seconds=0, entities=2, response_hook=numeric_source)
    with sandbox_running(hook) as (upstream, _app):
        observe = config(tmp_path / "o", upstream)
        with running(observe) as (url, proxy):
            answer = httpx.get(f"{url}/entity/{entity}/transactions/", headers={"x-api-key": KEY, "server-hash": HASH})
            assert answer.status_code == 200  # passed through
            for _ in range(100):
                if proxy.stats.analysed:
                    break
                time.sleep(0.05)
        assert proxy.finish() == 1
        codes = {(f.code, f.path) for f in proxy.analyzer.report()}
        assert ("type_changed", "progress[].source") in codes
        strict = config(tmp_path / "s", upstream, mode="strict")
        with running(strict) as (url, proxy):
            client = BankConnect(KEY, HASH, url)
            try:
                client.call("get_transactions", entity_id=entity)
            except ServerError as exc:
                refused = exc
            raw = httpx.get(f"{url}/entity/{entity}/transactions/", headers={"x-api-key": KEY, "server-hash": HASH})
            answer = httpx.get(f"{url}/entity/{entity}/", headers={"x-api-key": KEY, "server-hash": HASH})
        assert refused.status == 502 and "drifted" in refused.excerpt
        assert raw.status_code == 502 and raw.headers["content-type"].startswith("application/json")
        body = raw.json()
        assert body["detail"] == "BankConnect's answer drifted from the contract."
        assert any("progress[].source" in line and "BREAKING" in line for line in body["drift"]), body
        assert answer.status_code == 200  # what conforms still passes
        assert proxy.stats.blocked >= 1 and len(answer.headers.get("sl-violations", "")) == 0


def test_the_same_traffic_as_har_gives_the_same_findings(tmp_path):
    entity = build_entity("1", 0).entity_id
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=2, response_hook=numeric_source)) as (up, _):
        with running(config(tmp_path, up)) as (url, proxy):
            responses = [
                httpx.get(f"{url}/entity/{entity}/{call}/", headers={"x-api-key": KEY, "server-hash": HASH})
                for call in ("transactions", "identity")
            ]
            for _ in range(100):
                if proxy.stats.analysed == 2:
                    break
                time.sleep(0.05)
    har = tmp_path / "traffic.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": [har_entry(r) for r in responses]}}))
    exchanges, ignored = drift.read_har(har)
    from_har = {(f.code, f.operation, f.path) for f in drift.analyze(exchanges)[0]}
    through_proxy = {(f.code, f.operation, f.path) for f in proxy.analyzer.report()}
    assert ignored == 0 and from_har == through_proxy and from_har


def test_what_the_client_sent_is_checked_too_through_the_proxy_and_in_har(tmp_path):
    """Request drift: an undocumented query parameter, a form field the spec does not have, an upload naming
    neither link_id nor entity_id. Reported as `request` findings, the same from the proxy and from HAR."""
    keys = {"x-api-key": KEY, "server-hash": HASH}
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=2)) as (upstream, _app):
        with running(config(tmp_path, upstream)) as (url, proxy):
            responses = [
                httpx.get(f"{url}/entity/?page=1&verbose=yes", headers=keys),
                httpx.post(f"{url}/entity/", data={"link_id": "u-1", "nickname": "R"}, headers=keys),
                httpx.post(
                    f"{url}/statement/upload/",
                    files={"file": ("s.pdf", sample_statement("axis"), "application/pdf")},
                    data={"bank_name": "axis"},
                    headers=keys,
                ),
            ]
            for _ in range(100):
                if proxy.stats.analysed == 3:
                    break
                time.sleep(0.05)
    through_proxy = {(f.kind, f.code, f.operation, f.path) for f in proxy.analyzer.report()}
    assert through_proxy == {
        ("request", "request_unknown_parameter", "list_entities", "(query) verbose"),
        ("request", "request_unknown_field", "create_entity", "nickname"),
        ("request", "request_missing_field", "upload_statement", "entity_id or link_id"),
    }
    assert [r.status_code for r in responses] == [200, 201, 400]  # forwarded unchanged: the service decides
    entries = [har_entry(r) for r in responses]
    form = "application/x-www-form-urlencoded"
    entries[1]["request"]["postData"] = {"mimeType": form, "text": "link_id=u-1&nickname=R"}
    entries[2]["request"]["postData"] = {
        "mimeType": "multipart/form-data",
        "params": [{"name": "file", "fileName": "s.pdf"}, {"name": "bank_name", "value": "axis"}],
    }
    har = tmp_path / "traffic.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    from_har = {(f.kind, f.code, f.operation, f.path) for f in drift.analyze(drift.read_har(har)[0])[0]}
    assert from_har == through_proxy


def test_a_repeated_answer_is_counted_and_a_different_request_for_it_still_checked(tmp_path):
    """Identical answers are counted without being walked again, but the cache is per request: the same answer
    to a call with an undocumented parameter must still report the parameter."""
    keys = {"x-api-key": KEY, "server-hash": HASH}
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=2)) as (upstream, _app):
        with running(config(tmp_path, upstream)) as (url, proxy):
            for query in ("page=1", "page=1", "page=1", "page=1&verbose=yes"):
                assert httpx.get(f"{url}/entity/?{query}", headers=keys).status_code == 200
            for _ in range(100):
                if proxy.stats.analysed == 4:
                    break
                time.sleep(0.05)
    found = proxy.analyzer.report()
    assert [(f.code, f.path, f.count) for f in found] == [("request_unknown_parameter", "(query) verbose", 1)]
    assert proxy.analyzer.exchanges == 4


def test_an_exchange_the_analysis_fails_on_is_counted_and_named_and_the_next_is_still_analysed(tmp_path):
    keys = {"x-api-key": KEY, "server-hash": HASH}
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=2)) as (upstream, _app):
        cfg = config(tmp_path, upstream)
        with running(cfg) as (url, proxy):
            analyze = proxy.analyzer.analyze
            calls = []

            def first_one_fails(exchange):
                calls.append(exchange.url)
                if len(calls) == 1:
                    raise RecursionError("deep")
                return analyze(exchange)

            proxy.analyzer.analyze = first_one_fails
            for page in (1, 2):
                assert httpx.get(f"{url}/entity/?page={page}&verbose=1", headers=keys).status_code in (200, 404)
            for _ in range(100):
                if len(calls) == 2 and proxy.analyzer.findings:
                    break
                time.sleep(0.05)
    assert len(calls) == 2 and proxy.stats.not_analysed == 1
    assert [f.path for f in proxy.analyzer.report()] == ["(query) verbose"]
    logged = [line for line in cfg.log.__self__ if "could not be analysed" in line]
    assert logged == ["GET /bank-connect/v1/entity/: could not be analysed (RecursionError)"]  # no query string


def test_the_command_serves_until_max_requests_and_exits_with_the_verdict(tmp_path):
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=2)) as (upstream, _app):
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bankconnect.cli",
                "proxy",
                "--upstream",
                upstream,
                "--port",
                "0",
                "--max-requests",
                "2",
                "--report-dir",
                str(tmp_path / "reports"),
            ],  # fmt: skip
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stderr is not None
        url = ""
        for _ in range(100):
            line = process.stderr.readline()
            if "drift proxy" in line:
                url = line.split(": ", 1)[1].split(" -> ")[0].strip()
                break
        for _ in range(2):
            httpx.get(f"{url}/net_banking_health/", headers={"x-api-key": KEY})
        assert process.wait(30) == 0
        rest = process.stderr.read()
    assert "2 forwarded" in rest and (tmp_path / "reports" / "proxy.txt").exists()
    counts = json.loads((tmp_path / "reports" / "proxy.json").read_text())
    assert counts == {
        "received": 2,
        "forwarded": 2,
        "upstream_failed": 0,
        "refused": 0,
        "analysed": 2,
        "not_analysed": 0,
        "not_recorded": 0,
        "blocked": 0,
        "findings": 0,
        "breaking": 0,
    }


def test_the_worker_keeps_up_with_a_burst_of_answers(tmp_path):
    """Calls arriving faster than the event loop turns: the worker analyses what waits in slices, not one exchange
    per turn (at 4,600 req/s that analysed a quarter of the answers and dropped the rest as 'not analysed')."""
    import asyncio

    from bankconnect_contract.traffic.proxy import DriftProxy

    proxy = DriftProxy(config(tmp_path, "http://127.0.0.1:9/bank-connect/v1"))
    answer = json.dumps({"is_healthy": True}).encode()
    exchange = drift.Exchange(
        "GET", "http://127.0.0.1:9/bank-connect/v1/net_banking_health/", 200, "application/json", answer, "burst"
    )

    async def burst() -> int:
        proxy._queue = asyncio.Queue()
        worker = asyncio.create_task(proxy._drain())
        for _ in range(300):
            proxy._queue.put_nowait(exchange)
        for _ in range(20):  # twenty turns of the loop, as busy calls would give it
            await asyncio.sleep(0)
        worker.cancel()
        return proxy.stats.analysed

    assert asyncio.run(burst()) == 300 and proxy.stats.not_analysed == 0


def test_strict_mode_passes_on_an_answer_the_analysis_fails_on_and_says_so(tmp_path):
    """An analysis failure is the proxy's problem, not drift: the answer goes through (not a 500 from the server),
    counted as not analysed and logged, in strict mode as in observe mode."""
    keys = {"x-api-key": KEY, "server-hash": HASH}
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=1)) as (upstream, _app):
        cfg = config(tmp_path, upstream, mode="strict")
        with running(cfg) as (url, proxy):

            def fails(exchange):
                raise RecursionError("deep")

            proxy.analyzer.analyze = fails
            answer = httpx.get(f"{url}/entity/?page=1", headers=keys)
    assert answer.status_code == 200 and answer.json()["results"]
    assert proxy.stats.not_analysed == 1 and proxy.stats.blocked == 0
    assert "GET /bank-connect/v1/entity/: could not be analysed (RecursionError)" in cfg.log.__self__


def test_a_proxy_run_in_process_leaves_the_host_collector_alone(tmp_path):
    """`running()` serves in a thread of the caller's process (tests, make clients): freezing the collector there
    would change the host's memory behaviour for good (the client's own gc promotion stood down afterwards)."""
    import gc

    before = gc.get_freeze_count()
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=1)) as (upstream, _app):
        with running(config(tmp_path, upstream)) as (url, _proxy):
            during = gc.get_freeze_count()
            assert httpx.get(f"{url}/net_banking_health/", headers={"x-api-key": KEY}).status_code == 200
    assert during == before and gc.get_freeze_count() == before


@pytest.mark.parametrize(
    "upstream, says",
    [
        ("apis.bankconnect.example/bank-connect/v1", "--upstream must be an http(s) URL"),
        ("ftp://uat.example.in/bank-connect/v1", "--upstream must be an http(s) URL"),
        ("http:///bank-connect/v1", "--upstream names no host"),
        ("http://uat.example.in:99999/bank-connect/v1", "--upstream has an invalid port"),
        ("https://me:s3cret@uat.example.in/bank-connect/v1", "--upstream must not carry credentials or a query"),
        ("https://uat.example.in/bank-connect/v1?key=s3cret", "--upstream must not carry credentials or a query"),
    ],
)
def test_an_upstream_that_is_not_an_http_url_is_a_usage_error(upstream, says):
    result = CliRunner().invoke(bankconnect_cli.main, ["proxy", "--upstream", upstream, "--port", "0"])
    assert result.exit_code == 2 and says in result.output, result.output
    assert "s3cret" not in result.output


def test_the_reports_keep_no_signed_link_or_credential_from_the_team_traffic(tmp_path):
    """A finding's example request is the team's own: a signed `file_url` in its body, a token in its query and the
    credentials must not reach the reports the proxy writes (they are CI artefacts)."""
    signed = "https://bucket.s3.ap-south-1.amazonaws.com/s.pdf?X-Amz-Credential=AKIAABCDEFGHIJKLMNOP&X-Amz-Signature=9f8e7d6c5b4a"
    keys = {"x-api-key": KEY, "server-hash": HASH}
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=1)) as (upstream, _app):
        cfg = config(tmp_path, upstream)
        with running(cfg) as (url, proxy):
            httpx.post(
                f"{url}/statement/upload/?token=abcdef0123456789",
                data={"file_url": signed, "bank_name": "axis", "link_id": "u-1", "nickname": "R"},
                headers=keys,
            )
            httpx.get(f"{url}/entity/?page=1&signature=abcdef0123456789", headers=keys)
            for _ in range(100):
                if proxy.stats.analysed == 2:
                    break
                time.sleep(0.05)
        proxy.finish()
    assert {f.code for f in proxy.analyzer.report()} >= {"request_unknown_field", "request_unknown_parameter"}
    leaks = scan_paths([tmp_path / "reports"])
    assert not leaks, [leak.describe() for leak in leaks]
    text = "".join(p.read_text() for p in (tmp_path / "reports").iterdir())
    assert "9f8e7d6c5b4a" not in text and "abcdef0123456789" not in text and KEY not in text and HASH not in text


def test_an_answer_larger_than_the_proxy_reads_is_streamed_on_whole_and_counted_not_analysed(tmp_path):
    """Memory stays bounded whatever the upstream sends: past `max_answer_bytes` the answer is passed on as it
    comes, byte for byte, not analysed nor recorded, and the proxy says so."""
    from bankconnect.testing import ScriptedBank, serve

    entity = build_entity("1", 0).entity_id
    rows = [{"transaction_note": f"UPI/{i:08d}", "amount": i} for i in range(60_000)]
    huge = json.dumps({"entity_id": entity, "progress": [], "accounts": [], "transactions": rows}).encode()
    answer = httpx.Response(200, content=huge, headers={"content-type": "application/json"})
    bank = ScriptedBank().on("GET", f"/entity/{entity}/transactions/", answer)
    with serve(bank) as upstream:
        cfg = config(tmp_path, upstream, record=tmp_path / "rec", max_answer_bytes=1024 * 1024)
        with running(cfg) as (url, proxy):
            passed = httpx.get(f"{url}/entity/{entity}/transactions/", headers={"x-api-key": KEY, "server-hash": HASH})
    assert len(huge) > 2 * 1024 * 1024
    assert passed.status_code == 200 and passed.content == huge
    assert proxy.stats.forwarded == 1 and proxy.stats.not_analysed == 1 and proxy.stats.analysed == 0
    assert not list((tmp_path / "rec").glob("*.yaml"))
    said = [line for line in cfg.log.__self__ if "not analysed" in line]
    assert said == [f"GET /bank-connect/v1/entity/{entity}/transactions/: answer over 1 MiB, passed on, not analysed"]


def test_an_upstream_breaking_off_a_streamed_answer_cuts_the_client_answer_too(tmp_path):
    """Past `max_answer_bytes` the status is already sent: an upstream that breaks off mid-answer must leave the
    client with a cut answer (an error), not a complete-looking one, and the proxy must go on serving."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))

    def serve_broken() -> None:
        for _ in range(2):
            conn, _addr = listener.accept()
            with conn:
                conn.recv(65536)
                head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n"
                conn.sendall(head + b"[" + b"1," * 1_000_000)  # 2 MB of the 5 promised, then the connection ends

    threading.Thread(target=serve_broken, daemon=True).start()
    upstream = f"http://127.0.0.1:{listener.getsockname()[1]}/bank-connect/v1"
    cfg = config(tmp_path, upstream, max_answer_bytes=1024 * 1024)
    with running(cfg) as (url, proxy):
        for _ in range(2):
            with pytest.raises(httpx.HTTPError):
                httpx.get(f"{url}/entity/", headers={"x-api-key": KEY, "server-hash": HASH}, timeout=10)
    listener.close()
    assert proxy.stats.forwarded == 2 and proxy.stats.not_analysed == 2
    assert sum("broke off" in line for line in cfg.log.__self__) == 2, cfg.log.__self__


# --------------------------------------------------------------------------- honest counts (issues 19 and 20)
def _start_proxy_process(tmp_path: Path, upstream: str, *extra: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bankconnect.cli",
            "proxy",
            "--upstream",
            upstream,
            "--port",
            "0",
            "--report-dir",
            str(tmp_path / "reports"),
            *extra,
        ],  # fmt: skip
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    for _ in range(200):
        line = process.stderr.readline()
        if "drift proxy" in line:
            return process, line.split(": ", 1)[1].split(" -> ")[0].strip()
    process.kill()
    raise AssertionError("the proxy did not announce itself")


def test_a_dead_upstream_is_counted_logged_and_fails_the_run(tmp_path):
    cfg = config(tmp_path, "http://127.0.0.1:1/bank-connect/v1")
    with running(cfg) as (url, proxy):
        answer = httpx.get(f"{url}/entity/?token=secret-signature", headers={"x-api-key": KEY, "server-hash": HASH})
    assert answer.status_code == 502 and "did not answer" in answer.json()["detail"]
    assert proxy.stats.upstream_failed == 1 and proxy.stats.received == 1
    logged = [line for line in cfg.log.__self__ if "upstream" in line]
    assert logged and logged[0].startswith("GET /bank-connect/v1/entity/: the upstream did not answer"), logged
    assert "secret-signature" not in "\n".join(cfg.log.__self__)
    assert proxy.finish() == 3  # not clean: nothing was checked, and calls failed
    counts = json.loads((tmp_path / "reports" / "proxy.json").read_text())
    assert counts["upstream_failed"] == 1 and counts["forwarded"] == 0 and counts["received"] == 1
    text = (tmp_path / "reports" / "proxy.txt").read_text()
    assert "1 failed upstream" in text and "passed" not in text.lower().split("\n")[0]
    junit = (tmp_path / "reports" / "contract-junit.xml").read_text()
    assert 'failures="1"' in junit and "<failure" in junit


def test_a_proxy_that_forwarded_nothing_does_not_pass(tmp_path):
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=2)) as (upstream, _app):
        with running(config(tmp_path, upstream)) as (_url, proxy):
            pass
    assert proxy.finish() == 3
    assert "nothing was checked" in (tmp_path / "reports" / "proxy.txt").read_text()


def test_max_requests_counts_requests_that_failed_upstream(tmp_path):
    process, url = _start_proxy_process(tmp_path, "http://127.0.0.1:1/bank-connect/v1", "--max-requests", "2")
    try:
        for _ in range(2):
            assert httpx.get(f"{url}/entity/", headers={"x-api-key": KEY}).status_code == 502
        code = process.wait(30)
    finally:
        process.kill()
    assert code == 3
    assert "2 failed upstream" in process.stderr.read()


def test_max_requests_counts_requests_blocked_in_strict_mode(tmp_path):
    entity = build_entity("1", 0).entity_id
    hook = SandboxConfig(processing_seconds=0, entities=2, response_hook=numeric_source)
    with sandbox_running(hook) as (upstream, _app):
        process, url = _start_proxy_process(tmp_path, upstream, "--mode", "strict", "--max-requests", "1")
        try:
            answer = httpx.get(f"{url}/entity/{entity}/transactions/", headers={"x-api-key": KEY, "server-hash": HASH})
            code = process.wait(30)
        finally:
            process.kill()
    assert answer.status_code == 502 and code == 1
    assert "1 blocked" in process.stderr.read()


def test_sigterm_writes_the_reports_like_ctrl_c(tmp_path):
    import signal

    with sandbox_running(SandboxConfig(processing_seconds=0, entities=2)) as (upstream, _app):
        process, url = _start_proxy_process(tmp_path, upstream)
        try:
            assert httpx.get(f"{url}/net_banking_health/", headers={"x-api-key": KEY}).status_code == 200
            process.send_signal(signal.SIGTERM)
            code = process.wait(30)
        finally:
            process.kill()
    assert code == 0, process.stderr.read()
    counts = json.loads((tmp_path / "reports" / "proxy.json").read_text())
    assert counts["forwarded"] == 1 and (tmp_path / "reports" / "contract.html").exists()


def month_keyed_top_credits(operation_id: str, status: int, body):
    if operation_id == "get_transactions" and status == 200 and isinstance(body, dict):
        body = dict(body, top_5_credit={"2026-01": 5}, top_5_debit=[{"note": "x"}])
    return body


def test_recording_an_odd_but_valid_answer_never_turns_it_into_a_proxy_error(tmp_path):
    entity = build_entity("1", 0).entity_id
    hook = SandboxConfig(processing_seconds=0, entities=2, response_hook=month_keyed_top_credits)
    with sandbox_running(hook) as (upstream, _app):
        cfg = config(tmp_path, upstream, record=tmp_path / "cassettes")
        with running(cfg) as (url, proxy):
            answer = httpx.get(f"{url}/entity/{entity}/transactions/", headers={"x-api-key": KEY, "server-hash": HASH})
    assert answer.status_code == 200 and answer.json()["top_5_credit"] == {"2026-01": 5}
    recorded = list((tmp_path / "cassettes").glob("proxy-*.yaml"))
    assert len(recorded) == 1 and "2026-01" in recorded[0].read_text()


def test_a_json_answer_cut_in_half_is_recorded_as_a_placeholder_never_as_it_came(tmp_path):
    with sandbox_running(SandboxConfig(processing_seconds=0, entities=3, malformed_share=1)) as (upstream, _app):
        cfg = config(tmp_path, upstream, record=tmp_path / "cassettes")
        with running(cfg) as (url, _proxy):
            answer = httpx.get(f"{url}/entity/", headers={"x-api-key": KEY, "server-hash": HASH})
    assert answer.status_code == 200 and b"link_id" in answer.content  # passed on as it came
    text = "".join(p.read_text() for p in (tmp_path / "cassettes").glob("proxy-*.yaml"))
    assert "link_id" not in text and "not_recorded" in text
