"""Spec drift against a git revision, classified by this API's rules over oasdiff: breaking or compatible for
existing clients, each change named once where it happens."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml
from click.testing import CliRunner

from bankconnect import cli
from bankconnect_contract.run.runner import run_contract
from bankconnect_contract.stage import Options

from ..conftest import SPEC_PATH

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(repo, *args):
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, check=True, capture_output=True
    )


@pytest.fixture
def released(tmp_path):
    """A repository whose spec was released as v1.0.0."""
    (tmp_path / "spec").mkdir()
    shutil.copy(SPEC_PATH, tmp_path / "spec" / "bankconnect.yaml")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "release")
    git(tmp_path, "tag", "v1.0.0")
    return tmp_path


def edit(repo, change):
    path = repo / "spec" / "bankconnect.yaml"
    spec = yaml.safe_load(path.read_text())
    change(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False))


def test_unchanged_spec_has_no_drift(released):
    result = CliRunner().invoke(cli.main, ["drift", "--spec-base", "v1.0.0", "--repo", str(released)])
    assert result.exit_code == 0, result.output
    assert "0 change(s), 0 breaking" in result.stdout


def test_changes_are_classified(released):
    def change(spec):
        schemas = spec["components"]["schemas"]
        schemas["Transaction"]["required"].remove("balance")  # clients relied on balance: may break (WARN)
        schemas["Transaction"]["properties"]["upi_reference"] = {"type": "string", "description": "UPI ref."}
        del spec["paths"]["/entity/{entity_id}/score/"]  # an operation gone: breaks clients (ERR)

    edit(released, change)
    result = CliRunner().invoke(cli.main, ["drift", "--spec-base", "v1.0.0", "--repo", str(released)])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    balance = [line for line in lines if "`balance`" in line]
    assert balance == [
        "BREAKING   #/components/schemas/Transaction: property `balance` became optional (reaches"
        " get_lender_transactions, get_recurring_transactions, get_salary, get_transactions)"
    ], lines  # oasdiff alone: one line per operation
    assert "BREAKING   get_score: API path removed without deprecation" in lines, lines
    added = "compatible #/components/schemas/Transaction: property `upi_reference` added"
    assert any(line.startswith(added) for line in lines), lines
    assert lines[-1].startswith("spec drift against v1.0.0:") and not lines[-1].endswith(" 0 breaking")
    report = CliRunner().invoke(
        cli.main, ["drift", "--spec-base", "v1.0.0", "--repo", str(released), "--format", "json"]
    )
    assert report.exit_code == 1 and '"level": 3' in report.stdout and '"level": 1' in report.stdout
    assert '"where": "#/components/schemas/Transaction"' in report.stdout and '"operations": [' in report.stdout

    options = Options(repo=released, stages=("spec-drift",), report_dir=released / "reports")
    assert run_contract(options, echo=lambda line: None) == 1  # make contract compares with the last v* tag
    assert "| spec drift | failed |" in (released / "reports" / "contract.md").read_text()


def test_open_enumeration_values_added_are_compatible_in_the_stage(released):
    def change(spec):
        spec["components"]["schemas"]["TransactionChannel"]["enum"].append("upi_lite")  # x-open-enum: true

    edit(released, change)
    options = Options(repo=released, stages=("spec-drift",), report_dir=released / "reports")
    assert run_contract(options, echo=lambda line: None) == 0  # oasdiff alone: breaking, once per operation
    report = (released / "reports" / "contract.md").read_text()
    assert "| spec drift | passed |" in report and "1 change(s), 0 breaking" in report, report


def test_unknown_revision_is_an_input_error(released):
    result = CliRunner().invoke(cli.main, ["drift", "--spec-base", "v9.9.9", "--repo", str(released)])
    assert result.exit_code == 2 and "cannot read spec/bankconnect.yaml at v9.9.9" in result.stderr


def test_a_line_of_the_spec_is_named_by_its_place():
    """How a change oasdiff reports by line is named at its schema."""
    from bankconnect_contract.release.spec_source import SourceMap, show

    text = SPEC_PATH.read_text()
    lines = text.splitlines()
    key_line = lines.index("      x-key-pattern: '^[A-Z][a-z]{2}-\\d{2}$'") + 1
    bank_line = next(n for n, line in enumerate(lines, 1) if line.strip() == '- "axis"')
    places = SourceMap(text)
    assert show(places.pointer_at(key_line)) == "#/components/schemas/TopByMonth/x-key-pattern"
    assert places.pointer_at(bank_line)[:4] == ("components", "schemas", "BankIdentifier", "enum")
    assert places.pointer_at(1) == ("openapi",)


def test_the_spec_helpers_the_rules_read():
    from bankconnect_spec import is_open_enum, key_pattern, load_spec, operations, schemas_reached

    spec = load_spec()
    schemas = spec["components"]["schemas"]
    assert is_open_enum(schemas["BankIdentifier"]) and not is_open_enum(schemas["TransactionType"])
    assert not is_open_enum(schemas["Entity"])  # not an enumeration at all
    assert key_pattern(schemas["MonthValues"]) == r"^[A-Z][a-z]{2}-\d{4}$" and key_pattern(schemas["Entity"]) is None
    reached = schemas_reached(spec, operations(spec)["get_monthly_analysis"].spec)
    assert {"MonthValues", "MonthlyAnalysis", "BankIdentifier"} <= reached and "WebhookPayload" not in reached
