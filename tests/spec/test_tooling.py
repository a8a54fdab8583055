"""The lint gates and the generated-client check pass on the repo and fail when something is wrong."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bankconnect_contract.run.stages import lint_commands

from ..conftest import ROOT, SPEC_PATH

NODE_BIN = ROOT / "node_modules" / ".bin"


def linters(spec: Path) -> dict[str, list[str]]:
    """The runner's lint gates (what `make lint` runs), pointed at ``spec``."""
    for tool in ("redocly", "spectral"):
        if not (NODE_BIN / tool).exists():
            pytest.fail(f"{NODE_BIN / tool} is missing: run `make bootstrap` (npm ci) first")
    names = ("openapi-spec-validator", "redocly", "spectral")
    default = str(SPEC_PATH)
    return {
        name: [str(spec) if arg == default else arg for arg in cmd]
        for name, cmd in zip(names, lint_commands(ROOT), strict=True)
    }


def run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("tool", ["openapi-spec-validator", "redocly", "spectral"])
def test_lint_gate_passes(tool):
    result = run(linters(SPEC_PATH)[tool])
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("tool", ["openapi-spec-validator", "redocly", "spectral"])
def test_lint_gate_fails_on_a_broken_spec(tool, tmp_path):
    spec = yaml.safe_load(SPEC_PATH.read_text())
    # A response without its required description, and a parameter reference that points nowhere.
    del spec["paths"]["/entity/{entity_id}/score/"]["get"]["responses"]["200"]["description"]
    spec["paths"]["/entity/{entity_id}/score/"]["parameters"][0]["$ref"] = "#/components/parameters/Nope"
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = run(linters(broken)[tool])
    assert result.returncode != 0, f"{tool} accepted a broken spec:\n{result.stdout}"


def test_spectral_requires_every_enumeration_to_say_whether_it_is_open(tmp_path):
    spec = yaml.safe_load(SPEC_PATH.read_text())
    del spec["components"]["schemas"]["ProgressStatus"]["x-open-enum"]
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = run(linters(broken)["spectral"])
    assert result.returncode != 0 and "enum-openness-declared" in result.stdout, result.stdout
    assert "ProgressStatus" in result.stdout


def test_check_generated_reports_hand_edits(tmp_path):
    copy = tmp_path / "bankconnect_client"
    shutil.copytree(ROOT / "generated" / "bankconnect_client", copy, ignore=shutil.ignore_patterns("__pycache__"))
    edited = copy / "models" / "transaction.py"
    edited.write_text(edited.read_text().replace("class Transaction:", "class Transaction:  # hand edit"))
    (copy / "models" / "stray.py").write_text("x = 1\n")
    result = run([sys.executable, "codegen/generate.py", "--check", "--target", str(copy)])
    assert result.returncode == 1
    assert "committed/models/transaction.py" in result.stdout and "# hand edit" in result.stdout
    assert "only in committed client: models/stray.py" in result.stdout
    assert "run `make generate`" in result.stderr


@pytest.mark.parametrize("sunset", [None, "next spring"])
def test_spectral_requires_a_sunset_date_on_what_is_deprecated(tmp_path, sunset):
    spec = yaml.safe_load(SPEC_PATH.read_text())
    operation = spec["paths"]["/entity/{entity_id}/score/"]["get"]
    operation["deprecated"] = True
    if sunset:
        operation["x-sunset"] = sunset
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = run(linters(broken)["spectral"])
    assert result.returncode != 0 and "deprecation-has-sunset" in result.stdout, result.stdout


def test_spectral_accepts_a_deprecation_with_its_sunset(tmp_path):
    spec = yaml.safe_load(SPEC_PATH.read_text())
    operation = spec["paths"]["/entity/{entity_id}/score/"]["get"]
    operation.update({"deprecated": True, "x-sunset": "2027-06-30"})
    dated = tmp_path / "dated.yaml"
    dated.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = run(linters(dated)["spectral"])
    assert "deprecation-has-sunset" not in result.stdout, result.stdout
