"""HAR 1.2 input to `bankconnect drift`: the same analysis as cassettes; other APIs' entries are left out, counted."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote

import httpx
import pytest
from click.testing import CliRunner

from bankconnect import cli
from bankconnect_contract import drift
from bankconnect_sandbox import SandboxConfig
from bankconnect_sandbox.server import running
from bankconnect_sandbox.synth import build_entity

KEYS = {"x-api-key": "sandbox-api-key", "server-hash": "sandbox-server-hash"}


def renamed_count(operation_id: str, status: int, body):
    if operation_id == "list_entities" and status == 200:
        body = dict(body)
        body["total"] = body.pop("count")
    return body


URL = "http://uat.example.in/bank-connect/v1/entity/"
RESPONSE = {"status": 201, "headers": [], "content": {"mimeType": "application/json", "text": '{"entity_id": "e"}'}}


def har_entry(response: httpx.Response, encode: bool = False) -> dict:
    text = base64.b64encode(response.content).decode() if encode else response.text
    return {
        "request": {"method": response.request.method, "url": str(response.request.url), "headers": []},
        "response": {
            "status": response.status_code,
            "headers": [{"name": k, "value": v} for k, v in response.headers.items()],
            "content": {
                "mimeType": response.headers.get("content-type", ""),
                "text": text,
                **({"encoding": "base64"} if encode else {}),
            },
        },
    }


def test_a_har_export_gives_the_findings_of_the_same_traffic(tmp_path):
    with running(SandboxConfig(processing_seconds=0, entities=2, response_hook=renamed_count)) as (url, _app):
        entity = build_entity("1", 0).entity_id
        with httpx.Client(headers=KEYS) as http:
            responses = [http.get(f"{url}/entity/"), http.get(f"{url}/entity/{entity}/transactions/")]
    entries = [har_entry(responses[0]), har_entry(responses[1], encode=True)]
    entries.append(  # a browser export carries everything else the page loaded
        {
            "request": {"method": "GET", "url": "https://cdn.example.in/app.js", "headers": []},
            "response": {"status": 200, "headers": [], "content": {"mimeType": "text/javascript", "text": "x"}},
        }
    )
    har = tmp_path / "traffic.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "creator": {"name": "test"}, "entries": entries}}))
    result = CliRunner().invoke(cli.main, ["drift", str(har), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    found = {(f["code"], f["operation"], f["path"]) for f in report["findings"]}
    assert found == {("probably_renamed", "list_entities", "count")}
    assert report["summary"]["responses"] == 2 and "ignored 1 HAR entry" in result.stderr
    direct = [
        drift.Exchange(
            "GET",
            str(r.request.url),
            r.status_code,
            r.headers["content-type"],
            r.content,
            "direct",
            {k.lower(): v for k, v in r.headers.items()},
        )
        for r in responses
    ]
    assert {(f.code, f.path) for f in drift.analyze(direct)[0]} == {(c, p) for c, _, p in found}


def test_a_file_that_is_not_har_is_an_input_error(tmp_path):
    bad = tmp_path / "x.har"
    bad.write_text('{"log": {}}')
    result = CliRunner().invoke(cli.main, ["drift", str(bad)])
    assert result.exit_code == 2 and "not a HAR file (expected log.entries)" in result.stderr


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        ("not an object", "entry 0: not an object"),
        ({"request": "GET /", "response": {}}, "entry 0: request is not an object"),
        ({"request": {"url": URL}, "response": []}, "entry 0: response is not an object"),
        ({"request": {"url": URL, "postData": "link_id=u"}, "response": RESPONSE}, "entry 0: postData is not an"),
        ({"request": {"url": URL, "postData": {"params": {"a": 1}}}, "response": RESPONSE}, "postData.params"),
        ({"request": {"url": URL, "postData": {"params": ["x"]}}, "response": RESPONSE}, "postData.params"),
        ({"request": {"url": URL, "postData": {"text": 5}}, "response": RESPONSE}, "postData.text"),
        ({"request": {"url": URL}, "response": {**RESPONSE, "status": "two hundred"}}, "entry 0: response.status"),
    ],
)
def test_a_malformed_har_entry_is_an_input_error_naming_it(tmp_path, entry, says):
    har = tmp_path / "odd.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": [entry]}}))
    result = CliRunner().invoke(cli.main, ["drift", str(har)])
    assert result.exit_code == 2 and says in result.stderr, (result.output, repr(result.exception))


def test_a_finding_from_a_har_shows_no_password_signed_link_token_or_personal_value(tmp_path):
    """The example request and observed value of a finding come from the team's own traffic: what a report shows
    of them is masked (pdf_password, link_id, names) or cut (signed links, token parameters)."""
    signed = "https://bucket.s3.amazonaws.com/s.pdf?X-Amz-Credential=AKIAABCDEFGHIJKLMNOP&X-Amz-Signature=9f8e7d6c"
    form = (
        f"file_url={quote(signed, safe='')}&bank_name=axis&link_id=rahul.sharma%40mail.in&pdf_password=Rahul1990&x=1"
        "&pan=ABCPS1234K"  # a field the spec does not know: its name is the finding, its value is never shown
    )
    entity = build_entity("1", 0).entity_id
    entries = [
        {
            "request": {
                "method": "POST",
                "url": "http://uat.example.in/bank-connect/v1/statement/upload/?token=abcdef0123456789",
                "headers": [],
                "postData": {"mimeType": "application/x-www-form-urlencoded", "text": form},
            },
            "response": {"status": 200, "headers": [], "content": {"mimeType": "application/json", "text": "{}"}},
        },
        {
            "request": {
                "method": "GET",
                "url": f"http://uat.example.in/bank-connect/v1/entity/{entity}/identity/",
                "headers": [],
            },  # fmt: skip
            "response": {
                "status": 200,
                "headers": [],
                "content": {
                    "mimeType": "application/json",
                    "text": json.dumps(
                        {
                            "entity_id": entity,
                            "progress": [],
                            "identity": {"name": 7, "address": 8},
                            "accounts": [{"account_number": 12345678901234}],
                        }
                    ),  # fmt: skip
                },
            },
        },
    ]
    har = tmp_path / "traffic.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    result = CliRunner().invoke(cli.main, ["drift", str(har), "--format", "json"])
    report = result.stdout
    assert result.exit_code == 1 and json.loads(report)["findings"], result.output
    for secret in (
        "9f8e7d6c",
        "AKIAABCDEFGHIJKLMNOP",
        "abcdef0123456789",
        "ABCPS1234K",
        "Rahul1990",
        "rahul.sharma",
        "12345678901234",
    ):
        assert secret not in report, secret
    upload = next(f for f in json.loads(report)["findings"] if f["operation"] == "upload_statement")
    assert "bank_name=axis" in upload["request"]["body"] and "x=masked-" in upload["request"]["body"]
