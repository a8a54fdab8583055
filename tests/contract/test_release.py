"""`bankconnect release-check` / `make release-check` and `make changelog`, on a scratch git repository with tags."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bankconnect import cli

from ..conftest import SPEC_PATH

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, check=True, capture_output=True
    )


def set_version(repo: Path, version: str, change=None) -> None:
    path = repo / "spec" / "bankconnect.yaml"
    spec = yaml.safe_load(path.read_text())
    spec["info"]["version"] = version
    if change:
        change(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    (repo / "pyproject.toml").write_text(f'[project]\nname = "bankconnect"\nversion = "{version}"\n')


@pytest.fixture
def released(tmp_path: Path) -> Path:
    (tmp_path / "spec").mkdir()
    shutil.copy(SPEC_PATH, tmp_path / "spec" / "bankconnect.yaml")
    set_version(tmp_path, "1.0.0")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "release 1.0.0")
    git(tmp_path, "tag", "v1.0.0")
    return tmp_path


def release_check(repo: Path, *args: str):
    return CliRunner().invoke(cli.main, ["release-check", "--repo", str(repo), *args])


def drop_entity_id(spec: dict) -> None:
    entity = spec["components"]["schemas"]["Entity"]
    del entity["properties"]["entity_id"]
    entity["required"].remove("entity_id")


def test_a_breaking_change_needs_a_major_version(released):
    set_version(released, "1.1.0", drop_entity_id)
    minor = release_check(released)
    assert minor.exit_code == 1, minor.output
    assert "breaking change(s) need a new major version (1.0.0 → 2.0.0), not 1.1.0" in minor.output
    assert "entity_id" in minor.output
    set_version(released, "2.0.0")  # the same change, with the major bump
    changelog = released / "CHANGELOG.md"
    major = release_check(released, "--changelog", str(changelog), "--comment", str(released / "comment.md"))
    assert major.exit_code == 0, major.output
    text = changelog.read_text()
    assert text.startswith("# Changelog\n\n## 2.0.0") and "### Breaking" in text and "entity_id" in text
    assert "1.0.0 → 2.0.0" in (released / "comment.md").read_text()


def test_any_change_needs_a_new_version_and_the_package_follows_the_spec(released):
    def describe(spec: dict) -> None:
        spec["components"]["schemas"]["Entity"]["properties"]["nickname"] = {"type": "string", "description": "New."}

    set_version(released, "1.0.0", describe)
    same = release_check(released)
    assert same.exit_code == 1 and "but info.version is still 1.0.0" in same.output
    set_version(released, "1.1.0", describe)
    assert release_check(released).exit_code == 0
    (released / "pyproject.toml").write_text('[project]\nname = "bankconnect"\nversion = "1.0.9"\n')
    out_of_step = release_check(released)
    assert (
        out_of_step.exit_code == 1
        and "package version 1.0.9 is not the spec's info.version 1.1.0" in out_of_step.output
    )


def test_removing_what_was_not_deprecated_needs_an_acknowledgement(released):
    def remove_score(spec: dict) -> None:
        del spec["paths"]["/entity/{entity_id}/score/"]

    set_version(released, "2.0.0", remove_score)
    refused = release_check(released)
    assert refused.exit_code == 1 and "removed without being deprecated first" in refused.output
    (released / "spec" / "release-acknowledgements.yaml").write_text(
        yaml.safe_dump(
            {
                "removals": [
                    {
                        "id": "api-path-removed-without-deprecation",
                        "where": "get_score",
                        "why": "FinBox removed the score call on 2026-11-01 without notice.",
                    }
                ]
            }
        )
    )
    changelog = released / "CHANGELOG.md"
    accepted = release_check(released, "--changelog", str(changelog))
    assert accepted.exit_code == 0, accepted.output
    assert "Removed by the vendor without deprecation (acknowledged)" in changelog.read_text()
    assert "FinBox removed the score call" in changelog.read_text()


def test_the_contract_run_has_the_release_check_as_a_stage(released):
    from bankconnect_contract.runner import run_contract
    from bankconnect_contract.stage import Options

    options = Options(repo=released, stages=("release",), report_dir=released / "reports")
    set_version(released, "1.1.0", drop_entity_id)
    assert run_contract(options, echo=lambda line: None) == 1
    report = (released / "reports" / "contract.md").read_text()
    assert "| release | failed |" in report and "1.0.0 → 1.1.0 against v1.0.0" in report, report
    set_version(released, "2.0.0")
    assert run_contract(options, echo=lambda line: None) == 0
    assert "| release | passed |" in (released / "reports" / "contract.md").read_text()
