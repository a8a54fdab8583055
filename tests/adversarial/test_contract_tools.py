"""Hostile traffic against the contract tools: JSON nested deeper than a parser can follow, in answers, in the
requests a team's client sent, in HAR files and in what the proxy records. Each is a finding or an input error
that names the problem, never a RecursionError reaching the caller, and nothing unmasked is written."""

from __future__ import annotations

import time

import httpx
import pytest
from click.testing import CliRunner

from bankconnect import cli
from bankconnect.testing import ScriptedBank, serve
from bankconnect_contract import cassettes, coverage, drift
from bankconnect_contract.proxy import ProxyConfig, running
from bankconnect_sandbox.synth import build_entity

BASE = "http://uat.example.in/bank-connect/v1"
KEYS = {"x-api-key": "sandbox-api-key", "server-hash": "sandbox-server-hash"}
DEEP = b"[" * 100_000 + b"]" * 100_000
# Deep enough that json.loads manages it but a recursive walk over it does not.
NEARLY_TOO_DEEP = b'{"name": "Rahul Sharma", "x": ' + b"[" * 990 + b"]" * 990 + b"}"


def transactions_exchange(body: bytes, **request) -> drift.Exchange:
    entity = build_entity("1", 0).entity_id
    return drift.Exchange("GET", f"{BASE}/entity/{entity}/transactions/", 200, "application/json", body, "deep",
                          {}, **request)  # fmt: skip


@pytest.mark.parametrize("body", [DEEP, NEARLY_TOO_DEEP], ids=["deep", "nearly-too-deep"])
def test_an_answer_nested_too_deep_is_a_finding_and_the_next_answer_is_still_analysed(body):
    analyzer = drift.Analyzer()
    analyzer.analyze(transactions_exchange(body))
    analyzer.analyze(transactions_exchange(b'{"transactions": [], "accounts": [], "progress": [], "extra": 1}'))
    codes = {(f.code, f.path) for f in analyzer.report()}
    if body is DEEP:
        assert ("invalid_json", "") in codes
        [finding] = [f for f in analyzer.report() if f.code == "invalid_json"]
        assert "nested too deep" in str(finding.observed)
    assert ("unknown_field", "extra") in codes  # the second answer was analysed


def test_a_request_body_nested_too_deep_is_a_request_finding():
    analyzer = drift.Analyzer()
    analyzer.analyze(
        drift.Exchange(
            "POST",
            f"{BASE}/entity/update_webhook/",
            200,
            "application/json",
            b'{"message": "ok"}',
            "deep",
            {},
            DEEP,
            "application/json",
            request_recorded=True,
        )  # fmt: skip
    )
    found = [(f.kind, f.code, f.path) for f in analyzer.report() if f.kind == "request"]
    assert found == [("request", "request_invalid_field", "(body)")]


def test_a_har_file_nested_too_deep_is_an_input_error(tmp_path):
    har = tmp_path / "deep.har"
    har.write_bytes(b'{"log": {"entries": ' + DEEP + b"}}")
    result = CliRunner().invoke(cli.main, ["drift", str(har)])
    assert result.exit_code == 2 and "deep.har: not a HAR file" in result.output
    assert "nested too deep" in result.output and "Traceback" not in result.output


def test_coverage_counts_the_call_and_skips_the_answer_it_cannot_read():
    found = coverage.measure([transactions_exchange(DEEP), transactions_exchange(NEARLY_TOO_DEEP)])
    assert found.operations["get_transactions"] == {200}


@pytest.mark.parametrize("body", [DEEP, NEARLY_TOO_DEEP], ids=["deep", "nearly-too-deep"])
def test_a_recording_of_an_answer_too_deep_to_mask_keeps_no_part_of_it(body):
    interaction = cassettes.scrubbed_interaction("GET", f"{BASE}/entity/", dict(KEYS), 200, {}, body)
    recorded = interaction["response"]["body"]["string"]
    assert "Rahul" not in recorded and len(recorded) < 200
    assert "nested too deep" in recorded


def test_the_proxy_passes_a_deep_answer_on_records_it_masked_and_reports_it(tmp_path):
    entity = build_entity("1", 0).entity_id
    deep = httpx.Response(200, content=DEEP, headers={"content-type": "application/json"})
    with serve(ScriptedBank().on("GET", f"/entity/{entity}/", deep)) as upstream:
        observe = ProxyConfig(upstream=upstream, report_dir=tmp_path / "o", record=tmp_path / "rec", log=lambda _: None)
        with running(observe) as (url, proxy):
            passed = httpx.get(f"{url}/entity/{entity}/", headers=KEYS)
            for _ in range(100):
                if proxy.analyzer.exchanges:
                    break
                time.sleep(0.05)
        assert proxy.finish() == 1
        strict = ProxyConfig(upstream=upstream, report_dir=tmp_path / "s", mode="strict", log=lambda _: None)
        with running(strict) as (url, _proxy):
            refused = httpx.get(f"{url}/entity/{entity}/", headers=KEYS)
    assert passed.status_code == 200 and passed.content == DEEP  # observe: forwarded unchanged
    assert [(f.code, f.observed) for f in proxy.analyzer.report()] == [("invalid_json", "JSON nested too deep to read")]
    assert proxy.stats.not_analysed == 0
    [recorded] = (tmp_path / "rec").glob("*.yaml")
    assert "[[[" not in recorded.read_text() and "nested too deep" in recorded.read_text()
    assert refused.status_code == 502 and any("invalid_json" in line or "not valid JSON" in line
                                              for line in refused.json()["drift"])  # fmt: skip


def test_scrubbed_xml_reports_stay_xml(tmp_path):
    """Schemathesis' junit.xml carries response excerpts; a signed link in one is cut to `?<redacted>`, which
    must not break the XML (the stage read it back and failed with `mismatched tag`)."""
    import xml.etree.ElementTree as ET

    from bankconnect_contract.reports import scrub_reports

    report = tmp_path / "junit.xml"
    link = "https://files.example.test/r.xlsx?X-Amz-Signature=abc123&amp;X-Amz-Expires=60"
    failure = f'<failure message="see {link}">{link}</failure>'
    report.write_text(f'<testsuite><testcase name="x">{failure}</testcase></testsuite>')
    scrub_reports(tmp_path, ("sandbox-api-key",))
    text = report.read_text()
    assert "abc123" not in text
    root = ET.fromstring(text)
    assert "redacted" in root.find("testcase/failure").text
