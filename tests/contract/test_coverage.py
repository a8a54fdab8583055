"""Coverage of a contract run, and its gates: measured from recorded exchanges against the spec."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bankconnect_contract.drift import Exchange
from bankconnect_contract.run import coverage
from bankconnect_contract.run.stages import stage_coverage
from bankconnect_contract.stage import Options
from bankconnect_spec import operations

from ..conftest import ROOT

BASE = "http://sandbox.test/bank-connect/v1"


def entity_answer(link_id: str | None) -> Exchange:
    body = {"entity_id": "e-1", "link_id": link_id, "meta_data": None}
    return Exchange("GET", f"{BASE}/entity/e-1/", 200, "application/json", json.dumps(body).encode(), "t")


def test_one_answer_covers_what_it_shows():
    measured = coverage.measure([entity_answer(None), entity_answer("user-1")])
    assert measured.operations["get_entity"] == {200}
    percent = measured.percentages()
    assert percent["operations"] == round(100 / len(operations()), 1)  # one operation of all the spec's
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
    assert coverage.gates(repo).thresholds == {"properties": 99.5, "enum_values": 1.0}
    assert coverage.gates(tmp_path).thresholds == coverage.DEFAULT_GATES["sandbox"]  # the package's, not none
    out = tmp_path / "reports"
    out.mkdir()
    result = stage_coverage(Options(repo=repo, report_dir=out), out)
    assert result.status == "failed" and any(line.startswith("below gate: properties") for line in result.details)
    written = json.loads((out / "coverage.json").read_text())
    assert written["percent"]["statuses"] == 100.0 and written["gates"]["properties"] == 99.5
    (repo / "pyproject.toml").write_text("[tool.bankconnect.coverage]\nproperties = 50\nenum_values = 1\n")
    assert stage_coverage(Options(repo=repo, report_dir=out), out).status == "passed"


def test_the_default_gates_are_in_this_repository():
    assert coverage.gates(Path(ROOT)).thresholds == {
        "operations": 100.0,
        "statuses": 100.0,
        "properties": 85.0,
        "enum_values": 12.0,
        "links": 70.0,
        "examples": 100.0,
    }


def test_the_gates_travel_with_the_package_and_a_team_overrides_them(tmp_path):
    """Installed, from a folder without a pyproject.toml, a run is gated by the package (it was not: `gates: {}`)."""
    shipped = coverage.gates(tmp_path, "sandbox")
    assert shipped.thresholds["statuses"] == 100.0 and shipped.thresholds["operations"] == 100.0
    assert shipped.describe() == "gates from the package's defaults for a sandbox target"
    live = coverage.gates(tmp_path, "live")
    assert live.thresholds == {} and live.describe().startswith("no gates: a live target is read-only")
    assert "[tool.bankconnect.coverage.live]" in live.describe()
    (tmp_path / "pyproject.toml").write_text(
        "[tool.bankconnect.coverage]\nstatuses = 90\n[tool.bankconnect.coverage.live]\noperations = 50\n"
    )
    assert coverage.gates(tmp_path, "sandbox-url").thresholds == {"statuses": 90.0}
    assert coverage.gates(tmp_path, "live").thresholds == {"operations": 50.0}
    assert "pyproject.toml [tool.bankconnect.coverage.live]" in coverage.gates(tmp_path, "live").describe()
    (tmp_path / "pyproject.toml").write_text("[tool.bankconnect.coverage]\nstatuses = 'all'\n")
    with pytest.raises(ValueError, match="statuses: a percent 0-100"):
        coverage.gates(tmp_path)


def test_every_operation_and_success_status_never_reached_is_listed():
    measured = coverage.measure([entity_answer(None)], unreachable={429, 503})
    never = measured.never_reached()
    assert "get_entity 200" not in never and "get_transactions 200" in never and "upload_statement_base64 200" in never
    assert "get_entity 429 (not reachable on this target: a fault only a faulting sandbox answers)" in never
    documented = sum(len(s) for s in measured.documented.values())
    faults = sum(len(s & {429, 503}) for s in measured.documented.values())
    assert measured.percentages()["statuses"] == round(100 / (documented - faults), 1)
    assert measured.to_json()["statuses_never_reached"] == never
    # The fault answers' properties go with the faults: the same answer covers more of what can be reached.
    everything = coverage.measure([entity_answer(None)])
    gated = [p for p in measured.paths if p[1] in measured.reachable(p[0])]
    assert measured.percentages()["properties"] >= everything.percentages()["properties"]
    assert len(gated) < len([p for p in everything.paths if p[1] in everything.reachable(p[0])])


def test_a_run_without_gates_says_so(tmp_path):
    out = tmp_path / "reports"
    (out / "cassettes").mkdir(parents=True)
    source = ROOT / "contract_tests" / "cassettes" / "get_entity__ok.yaml"
    (out / "cassettes" / source.name).write_text(source.read_text())
    result = stage_coverage(Options(repo=tmp_path, report_dir=out), out, "live")
    assert result.status == "passed" and "no gates: a live target is read-only" in result.summary
    written = json.loads((out / "coverage.json").read_text())
    assert written["gates"] == {} and written["gates_source"].startswith("no gates: a live target")
    gated = stage_coverage(Options(repo=tmp_path, report_dir=out), out, "sandbox")
    assert gated.status == "failed" and "below gate: operations" in "\n".join(gated.details)
