"""The GitHub workflows teams copy: actionlint accepts them (and refuses a broken one), and they run the same
Makefile targets CI runs here."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from ..conftest import ROOT

ACTIONLINT = ROOT / ".venv" / "bin" / "actionlint"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint(*paths: str) -> subprocess.CompletedProcess[str]:
    if not ACTIONLINT.exists():
        pytest.fail("actionlint is missing: `make lint` builds it from the Go module proxy")
    return subprocess.run([str(ACTIONLINT), *paths], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_actionlint_accepts_the_workflows():
    result = actionlint(*map(str, WORKFLOWS))
    assert len(WORKFLOWS) == 2 and result.returncode == 0, result.stdout + result.stderr


def test_actionlint_refuses_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ nope.value }}\n"
    )
    result = actionlint(str(broken))
    assert result.returncode != 0 and "nope" in result.stdout


def test_the_workflows_run_the_makefile_targets_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci
    runs = {
        path.name: [
            step.get("run", "") for job in yaml.safe_load(path.read_text())["jobs"].values() for step in job["steps"]
        ]
        for path in WORKFLOWS
    }
    assert "make test" in runs["contract.yml"]
    assert 'make contract CONTRACT_ARGS="--target live"' in runs["live.yml"]
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert {h["entry"] for h in hooks} == {"make lint", "make check-generated"}
