"""The contract run's stages are listed once (run/registry.py): the runner, `--stage`, `--list-stages`, the
Makefile and docs/contract-run.md follow that list."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from bankconnect import cli
from bankconnect_contract.run import runner
from bankconnect_contract.run.registry import STAGE_NAMES, STAGES

from ..conftest import ROOT


def makefile_stages(text: str) -> list[str]:
    """Every stage a `bankconnect contract --stage NAME` line of a Makefile names."""
    return re.findall(r"--stage[ =]([\w-]+)", text)


def documented_stages(text: str) -> list[str]:
    """The first column of the stage table in docs/contract-run.md, in order."""
    return re.findall(r"^\| `([\w-]+)` \|", text, flags=re.MULTILINE)


def test_list_stages_prints_the_registry_in_run_order():
    result = CliRunner().invoke(cli.main, ["contract", "--list-stages"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == list(STAGE_NAMES)
    assert lines[0].startswith("lint ") and "0 problems" in lines[0]
    assert STAGE_NAMES[-2:] == ("spec-drift", "release")


def test_stage_help_names_every_stage():
    result = CliRunner().invoke(cli.main, ["contract", "--help"], terminal_width=400)
    assert result.exit_code == 0
    assert ("Run only these stages (repeatable): " + ", ".join(STAGE_NAMES) + ".") in result.output


def test_the_runner_runs_exactly_the_registry_stages():
    assert list(runner.STAGE_RUNS) == list(STAGE_NAMES)
    assert runner.ALL_STAGES == STAGE_NAMES
    assert {stage.phase for stage in STAGES} == {"checkout", "target", "after"}


def test_the_makefile_names_only_registry_stages():
    named = makefile_stages((ROOT / "Makefile").read_text())
    assert "lint" in named and "release" in named
    assert [name for name in named if name not in STAGE_NAMES] == []


def test_the_makefile_check_finds_an_unknown_stage():
    planted = "\tbankconnect contract --stage lint --stage nope \\\n\t\t--stage=release\n"
    assert makefile_stages(planted) == ["lint", "nope", "release"]
    assert [name for name in makefile_stages(planted) if name not in STAGE_NAMES] == ["nope"]


def test_the_docs_table_lists_the_registry_stages_in_run_order():
    assert documented_stages((ROOT / "docs" / "contract-run.md").read_text()) == list(STAGE_NAMES)


def test_drift_without_schemathesis_says_why_it_did_not_run(tmp_path):
    """`drift` reads what Schemathesis recorded in the same run: asked for alone it opens no target, and the run
    says so (it used to leave the stage out of every report without a word)."""
    result = CliRunner().invoke(cli.main, ["contract", "--stage", "drift", "--report-dir", str(tmp_path)])
    assert result.exit_code == 3, result.output
    assert "skipped: drift (reads what the schemathesis stage records in the same run" in result.stderr
    report = json.loads((tmp_path / "contract.json").read_text())
    assert report["verdict"]["skipped"][0]["stage"] == "drift"
    assert "add --stage schemathesis" in report["verdict"]["skipped"][0]["why"]
