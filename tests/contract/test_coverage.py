"""Coverage of a contract run, and its gates: measured from recorded exchanges against the spec."""

from __future__ import annotations

import json
from pathlib import Path

from bankconnect_contract import coverage
from bankconnect_contract.drift import Exchange
from bankconnect_contract.stage import Options
from bankconnect_contract.stages import stage_coverage

from ..conftest import ROOT

BASE = "http://sandbox.test/bank-connect/v1"


def entity_answer(link_id: str | None) -> Exchange:
    body = {"entity_id": "e-1", "link_id": link_id, "meta_data": None}
    return Exchange("GET", f"{BASE}/entity/e-1/", 200, "application/json", json.dumps(body).encode(), "t")


def test_one_answer_covers_what_it_shows():
    measured = coverage.measure([entity_answer(None), entity_answer("user-1")])
    assert measured.operations["get_entity"] == {200}
    percent = measured.percentages()
    assert percent["operations"] == round(100 / 35, 1)  # one of the 35 operations
    present = {path for op, status, path in measured.present if op == "get_entity"}
    assert present == {"entity_id", "link_id", "meta_data"}
    assert ("get_entity", 200, "link_id") in measured.null and ("get_entity", 200, "link_id") in measured.non_null
    assert ("get_entity", 200, "meta_data") not in measured.non_null


def test_enumeration_values_are_counted_per_enumeration():
    body = {
        "entity_id": "e-1",
        "progress": [{"statement_id": "s", "status": "completed", "message": None, "source": "pdf"}],
        "accounts": [],
        "fraud": {"fraudulent_statements": [], "fraud_type": []},
        "identity": [],
    }
    exchange = Exchange("GET", f"{BASE}/entity/e-1/identity/", 200, "application/json", json.dumps(body).encode(), "t")
    measured = coverage.measure([exchange])
    assert measured.enum_seen["ProgressStatus"] == {'"completed"'}
    assert measured.enum_seen["StatementSource"] == {'"pdf"'}
    report = measured.to_json()["enumerations"]["ProgressStatus"]
    assert report["seen"] == ['"completed"'] and set(report["unseen"]) == {"processing", "failed"}


def test_the_gates_come_from_pyproject_and_fail_the_stage(tmp_path):
    repo = tmp_path / "repo"
    (repo / "contract_tests").mkdir(parents=True)
    (repo / "contract_tests" / "cassettes").symlink_to(ROOT / "contract_tests" / "cassettes")
    (repo / "pyproject.toml").write_text("[tool.bankconnect.coverage]\nproperties = 99.5\nenum_values = 1\n")
    assert coverage.gates(repo) == {"properties": 99.5, "enum_values": 1.0}
    assert coverage.gates(tmp_path) == {}  # no configuration: measured, not gated
    out = tmp_path / "reports"
    out.mkdir()
    result = stage_coverage(Options(repo=repo, report_dir=out), out)
    assert result.status == "failed" and any(line.startswith("below gate: properties") for line in result.details)
    written = json.loads((out / "coverage.json").read_text())
    assert written["percent"]["statuses"] == 100.0 and written["gates"]["properties"] == 99.5
    (repo / "pyproject.toml").write_text("[tool.bankconnect.coverage]\nproperties = 50\nenum_values = 1\n")
    assert stage_coverage(Options(repo=repo, report_dir=out), out).status == "passed"


def test_the_default_gates_are_in_this_repository():
    assert coverage.gates(Path(ROOT)) == {
        "operations": 100.0,
        "statuses": 100.0,
        "properties": 85.0,
        "enum_values": 12.0,
        "links": 70.0,
        "examples": 100.0,
    }
