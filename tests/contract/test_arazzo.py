"""spec/workflows.arazzo.yaml: Redocly lints it, and `redocly respect` runs every workflow against a fresh
sandbox (what `make workflows` does); with a wrong key the same run fails, so the run can tell."""

from __future__ import annotations

import json
import re
import sys

import pytest
import yaml

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "publish"))
import arazzo_run  # noqa: E402

FLOWS = {
    "upload-by-link-id",
    "upload-into-existing-entity",
    "transactions-of-one-account",
    "every-page-of-a-link-id",
    "webhook-payloads",
    "session-flow",
}


def test_the_workflows_describe_the_integration_flows_against_our_spec():
    document = yaml.safe_load(arazzo_run.WORKFLOWS.read_text())
    assert document["arazzo"].startswith("1.0")
    assert document["sourceDescriptions"] == [{"name": "bankconnect", "url": "./bankconnect.yaml", "type": "openapi"}]
    assert {w["workflowId"] for w in document["workflows"]} == FLOWS
    steps = [step for workflow in document["workflows"] for step in workflow["steps"]]
    used = {step["operationId"].rsplit(".", 1)[1] for step in steps if "operationId" in step}
    assert {"upload_statement", "create_entity", "get_transactions", "get_identity", "list_entities"} <= used
    assert {"update_webhook", "list_webhook_payloads", "get_accounts"} <= used
    assert {"create_session", "upload_session_statement", "initiate_session_processing"} <= used
    assert {"get_session_progress", "get_session_insights"} <= used


def test_redocly_lints_the_workflows():
    linted = arazzo_run.lint()
    assert linted.returncode == 0, linted.stdout + linted.stderr
    said = linted.stdout + linted.stderr
    assert "is valid" in said and not re.search(r"You have \d+ warning", said), said


@pytest.mark.slow
def test_every_workflow_passes_against_a_fresh_sandbox(tmp_path):
    results = arazzo_run.run(tmp_path)
    assert {r.workflow_id: r.passed for r in results} == dict.fromkeys(FLOWS, True), results
    by_id = {r.workflow_id: r for r in results}
    assert by_id["upload-by-link-id"].steps >= 3  # the statement took a second: the wait was retried
    summary = (tmp_path / "summary.json").read_text()
    assert json.loads(summary)[0]["passed"] is True


def test_a_wrong_key_fails_every_workflow_and_stays_out_of_the_summary(tmp_path):
    results = arazzo_run.run(tmp_path, api_key="wrong-key-4242", processing_seconds=0)
    assert results and not any(r.passed for r in results)
    assert any("$statusCode == 200" in check for r in results for check in r.failed_checks)
    assert "wrong-key-4242" not in (tmp_path / "summary.json").read_text()
