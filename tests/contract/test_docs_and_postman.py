"""The HTML reference renders every operation in a real browser; the Postman collection is complete."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bankconnect_contract.run.secrets_scan import scan_paths
from bankconnect_spec import base_path, path_prefix

from ..conftest import ROOT, SPEC_PATH, iter_operations, load_spec, rendered_dom

sys.path.insert(0, str(ROOT / "publish"))
import postman  # noqa: E402
import postman_run  # noqa: E402


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "index.html"
    subprocess.run(
        [
            str(ROOT / "node_modules" / ".bin" / "redocly"),
            "build-docs",
            str(SPEC_PATH),
            "--inlineBundle",
            "--title",
            "BankConnect API",
            "-o",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


def test_docs_are_self_contained(docs):
    html = docs.read_text()
    assert '<script src="http' not in html and "<script" in html


def test_every_operation_title_renders_in_headless_chromium(docs, tmp_path):
    dom = rendered_dom(docs, tmp_path / "profile")
    assert "BankConnect REST API" in dom
    operations = list(iter_operations(load_spec()))
    missing = [op.spec["summary"] for op in operations if op.spec["summary"] not in dom]
    assert len(operations) == 36 and not missing, missing
    # The navigation is built by Redoc's script in the browser: its tags are there too.
    for tag in ("management", "enriched_data", "upload", "webhooks", "sessions"):
        assert f">{tag}<" in dom, tag


@pytest.fixture(scope="module")
def collection(tmp_path_factory) -> dict:
    return postman.build(tmp_path_factory.mktemp("postman") / "collection.json")


def test_postman_has_every_operation_with_the_right_headers(collection):
    spec = load_spec()
    needs = postman.security_headers(spec)
    found = {}
    for item in postman.requests(collection["item"]):
        request = item["request"]
        key = (request["method"], postman.template_of(request["url"]["path"]))
        found.setdefault(key, []).append(item)
        # Each request is addressed where the spec serves it: under base_url, or (the v2 create) under its own
        # server, a variable derived from base_url by the collection's pre-request script.
        operation_id = next(op.operation_id for op in iter_operations(spec) if (op.method.upper(), op.path) == key)
        host = "{{base_url}}" if path_prefix(operation_id) == base_path() else "{{bank_connect_url}}"
        assert request["url"]["host"] == [host], key
        assert request["url"]["raw"].startswith(host + "/" + "/".join(request["url"]["path"])), key
        headers = {h["key"]: h["value"] for h in request["header"]}
        assert headers["x-api-key"] == "{{x_api_key}}"
        if "server-hash" in needs[key]:
            assert headers["server-hash"] == "{{server_hash}}", key
        else:
            assert "server-hash" not in headers, key
    assert set(found) == {(op.method.upper(), op.path) for op in iter_operations(spec)}
    assert {v["key"] for v in collection["variable"]} >= {"base_url", "x_api_key", "server_hash", "bank_connect_url"}
    assert "auth" not in collection


def test_postman_addresses_the_v2_create_on_its_own_server(collection):
    """base_url ends /bank-connect/v1; the v2 create is /bank-connect/v2/session/ on the service (its server in
    the spec), never {{base_url}}/v2/session/. Its variable's default is that server, and the collection's
    pre-request script derives it from whatever base_url is set to, as bankconnect_spec.server_for does."""
    variables = {v["key"]: v["value"] for v in collection["variable"]}
    assert variables["base_url"] == "https://apis.bankconnect.finbox.in/bank-connect/v1"
    assert variables["bank_connect_url"] == "https://apis.bankconnect.finbox.in/bank-connect"
    (v2,) = [i for i in postman.requests(collection["item"]) if i["request"]["url"]["path"][:2] == ["v2", "session"]]
    assert v2["request"]["url"]["raw"] == "{{bank_connect_url}}/v2/session/"
    (script,) = [e["script"]["exec"] for e in collection["event"] if e["listen"] == "prerequest"]
    text = "\n".join(script)
    assert "pm.variables.set('bank_connect_url'" in text and "'/bank-connect/v1'" in text


def test_postman_is_a_superset_of_the_2019_collection(collection):
    items = list(postman.requests(collection["item"]))
    uploads = [
        (
            i["request"]["url"]["path"][1],
            i["request"]["body"]["mode"],
            {f["key"] for f in i["request"]["body"].get(i["request"]["body"]["mode"], [])},
        )
        for i in items
        if i["request"]["url"]["path"][0] == "statement" and i["request"]["url"]["path"][1] != "upload_session"
    ]
    modes = {(path, mode) for path, mode, _ in uploads}
    assert modes == {  # every upload path in both encodings the service takes
        (path, mode)
        for path in ("upload", "bankless_upload", "upload_base64", "bankless_upload_base64")
        for mode in ("formdata", "urlencoded")
    }
    assert any("file_url" in fields and "bank_name" in fields for path, _, fields in uploads if path == "upload")
    paths = {"/".join(i["request"]["url"]["path"]) for i in items}
    for analysis in (
        "accounts",
        "identity",
        "transactions",
        "salary",
        "recurring_transactions",
        "lender_transactions",
        "monthly_analysis_updated",
        "predictors",
        "score",
        "xlsx_report",
    ):
        assert f"entity/:entity_id/{analysis}/" in paths, analysis
    # The older path is in the spec as a deprecated operation (docs/spec.md), so the collection calls it too.
    assert "entity/:entity_id/monthly_analysis/" in paths
    assert "entity/update_webhook/" in paths


def test_postman_holds_no_secret(tmp_path, collection):
    (tmp_path / "collection.json").write_text(json.dumps(collection))
    assert not scan_paths([tmp_path])
    assert all(v["value"] == "" for v in collection["variable"] if v["key"] in ("x_api_key", "server_hash"))


def test_postman_sends_no_placeholder_and_fills_ids_from_the_run(collection):
    defined = {v["key"] for v in collection["variable"]}
    for item in postman.requests(collection["item"]):
        request = item["request"]
        url = request["url"]
        values = [v["value"] for v in url.get("variable", [])]
        values += [q["value"] for q in url.get("query", []) if not q.get("disabled")]
        body = request.get("body", {})
        values += [f.get("value", f.get("src", "")) for f in body.get(body.get("mode", ""), []) if isinstance(f, dict)]
        for value in values:
            assert "<" not in value and value != "", (item["name"], value)
            for name in re.findall(r"\{\{(\w+)\}\}", value):
                assert name in defined, (item["name"], name)
        for v in url.get("variable", []):
            assert v["value"] == "{{" + v["key"] + "}}", item["name"]
    setup = collection["item"][0]
    scripts = json.dumps(setup)
    for name in ("entity_id", "statement_id", "account_id"):
        assert f"pm.collectionVariables.set('{name}'" in scripts


def test_the_shipped_sample_statement_is_made_by_our_code():
    from bankconnect_sandbox import sample_statement

    made = sample_statement("hdfc", "50100123456789", holder="Rahul Sharma", layout="hdfc")
    assert postman.SAMPLE.read_bytes() == made


@pytest.mark.slow
def test_newman_runs_the_collection_against_a_fresh_sandbox(tmp_path):
    """The collection, run top to bottom by newman (what `make postman-test` does): no failed assertion."""
    total, failed, problems = postman_run.run(tmp_path)
    assert failed == 0 and problems == []
    assert total >= 60
    # base_url was the sandbox's …/bank-connect/v1: the v2 create went to …/bank-connect/v2/session/, the rest under it.
    executions = json.loads((tmp_path / "newman-report.json").read_text())["run"]["executions"]
    paths = {"/" + "/".join(e["request"]["url"]["path"]) for e in executions}
    assert "/bank-connect/v2/session/" in paths and "/bank-connect/v1/v2/session/" not in paths
    assert all(p.startswith("/bank-connect/v1/") for p in paths - {"/bank-connect/v2/session/"}), paths


def test_postman_sessions_folder_runs_the_flow_in_order(collection):
    (folder,) = [f for f in collection["item"] if f["name"] == "sessions"]
    names = [i["name"] for i in folder["item"]]
    assert names[0] == "Create a session" and names[-1].startswith("After delete")
    scripts = json.dumps(folder)
    assert "pm.collectionVariables.set('session_id'" in scripts and "SESSION_DELETED" in scripts
