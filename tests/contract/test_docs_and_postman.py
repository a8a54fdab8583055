"""The HTML reference renders every operation in a real browser; the Postman collection is complete."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bankconnect_contract.run.secrets_scan import scan_paths

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
        assert request["url"]["host"] == ["{{base_url}}"]
        headers = {h["key"]: h["value"] for h in request["header"]}
        assert headers["x-api-key"] == "{{x_api_key}}"
        if "server-hash" in needs[key]:
            assert headers["server-hash"] == "{{server_hash}}", key
        else:
            assert "server-hash" not in headers, key
    assert set(found) == {(op.method.upper(), op.path) for op in iter_operations(spec)}
    assert {v["key"] for v in collection["variable"]} >= {"base_url", "x_api_key", "server_hash"}
    assert "auth" not in collection


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


def test_postman_sessions_folder_runs_the_flow_in_order(collection):
    (folder,) = [f for f in collection["item"] if f["name"] == "sessions"]
    names = [i["name"] for i in folder["item"]]
    assert names[0] == "Create a session" and names[-1].startswith("After delete")
    scripts = json.dumps(folder)
    assert "pm.collectionVariables.set('session_id'" in scripts and "SESSION_DELETED" in scripts
