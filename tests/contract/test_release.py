"""`bankconnect release-check` / `make release-check` and `make changelog`, on a scratch git repository with tags.

Each rule case is a pair of specs made from ours by ONE edit: the released spec (v1.0.0) and the same document
with that edit and a new `info.version`; the verdict and the changelog are checked (docs/ci-and-releases.md has
the rule table these cases follow).
"""

from __future__ import annotations

import functools
import pickle
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from bankconnect import cli
from bankconnect_contract.release.spec_diff import OASDIFF_VERSION, oasdiff_binary
from bankconnect_contract.stage import ContractError

from ..conftest import SPEC_PATH

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

Edit = Callable[[dict[str, Any]], None]
WEBHOOK_OWNER = "/entity/update_webhook/"


@pytest.fixture(scope="session", autouse=True)
def oasdiff() -> str:
    """oasdiff at the pinned version, found or built the way `make release-check` does (oasdiff_binary)."""
    try:
        return oasdiff_binary(SPEC_PATH.parent.parent)
    except ContractError as exc:
        if shutil.which("go") is None:
            pytest.skip(f"oasdiff {OASDIFF_VERSION} is not installed and Go is not there to build it: {exc}")
        raise


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, check=True, capture_output=True
    )


@functools.lru_cache(maxsize=4)
def _pickled_spec(text: str) -> bytes:
    # Most cases start from the same texts (ours, and ours released as 1.0.0): parse each once, copy it per case.
    return pickle.dumps(yaml.load(text, Loader=yaml.CSafeLoader))


def set_version(repo: Path, version: str, change: Edit | None = None) -> None:
    path = repo / "spec" / "bankconnect.yaml"
    spec = pickle.loads(_pickled_spec(path.read_text()))
    spec["info"]["version"] = version
    if change:
        change(spec)
    path.write_text(yaml.dump(spec, Dumper=yaml.CSafeDumper, sort_keys=False))
    (repo / "pyproject.toml").write_text(f'[project]\nname = "bankconnect"\nversion = "{version}"\n')


def release(tmp_path: Path, before: Edit | None = None) -> Path:
    """A repository whose spec (ours, after ``before``) was released as v1.0.0."""
    (tmp_path / "spec").mkdir()
    shutil.copy(SPEC_PATH, tmp_path / "spec" / "bankconnect.yaml")
    set_version(tmp_path, "1.0.0", before)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "release 1.0.0")
    git(tmp_path, "tag", "v1.0.0")
    return tmp_path


@pytest.fixture
def released(tmp_path: Path) -> Path:
    return release(tmp_path)


def release_check(repo: Path, *args: str):
    return CliRunner().invoke(cli.main, ["release-check", "--repo", str(repo), *args])


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def drop_entity_id(spec: dict) -> None:
    entity = schemas(spec)["Entity"]
    del entity["properties"]["entity_id"]
    entity["required"].remove("entity_id")


# ------------------------------------------------------------------------------------------------ the edits


def add_bank(spec):
    schemas(spec)["BankIdentifier"]["enum"].append("new_small_finance")


def remove_bank(spec):
    schemas(spec)["BankIdentifier"]["enum"].remove("axis")


def add_transaction_type(spec):  # a closed enumeration (x-open-enum: false)
    schemas(spec)["TransactionType"]["enum"].append("reversal")


def rename_webhook_field(spec):
    payload = schemas(spec)["WebhookPayload"]
    payload["properties"]["link_ref"] = payload["properties"].pop("link_id")
    payload["required"][payload["required"].index("link_id")] = "link_ref"


def rename_field_in_the_callback_only(spec):
    """The callback's payload schema inline, with a field renamed: list_webhook_payloads does not see it."""
    post = spec["paths"][WEBHOOK_OWNER]["post"]
    callback = post["callbacks"]["statement_finished"]["{$request.body#/webhook_url}"]["post"]
    payload = yaml.safe_load(yaml.safe_dump(schemas(spec)["WebhookPayload"]))
    payload["properties"]["link_ref"] = payload["properties"].pop("link_id")
    payload["required"][payload["required"].index("link_id")] = "link_ref"
    callback["requestBody"]["content"]["application/json"]["schema"] = payload


def retype_webhook_field(spec):
    schemas(spec)["WebhookPayload"]["properties"]["statement_id"]["type"] = "integer"


def require_new_webhook_field(spec):
    payload = schemas(spec)["WebhookPayload"]
    payload["properties"]["bank_name"] = {"type": "string", "description": "The bank of the statement."}
    payload["required"].append("bank_name")


def remove_webhook_field(spec):
    payload = schemas(spec)["WebhookPayload"]
    del payload["properties"]["reason"]
    payload["required"].remove("reason")


def change_month_keys(spec):
    schemas(spec)["MonthValues"]["x-key-pattern"] = r"^\d{4}-\d{2}$"  # Aug-2020 → 2020-08


def drop_month_keys(spec):
    del schemas(spec)["TopByMonth"]["x-key-pattern"]


def drop_server(spec):
    spec["servers"].pop()


def change_server(spec):
    spec["servers"][0]["url"] = "https://api.bankconnect.finbox.in/bank-connect/v1"


def rename_credential_header(spec):
    spec["components"]["securitySchemes"]["server_hash"]["name"] = "x-server-hash"


def describe_entity_anew(spec):
    schemas(spec)["Entity"]["description"] = "A borrower's entity: the statements of one applicant."


def remove_optional_response_field(spec):
    del schemas(spec)["Transaction"]["properties"]["clean_transaction_note"]


def change_default(spec):
    schemas(spec)["WebhookSettings"]["properties"]["webhook_mode"]["default"] = 1


def hal_json(spec):
    content = spec["paths"]["/entity/{entity_id}/"]["get"]["responses"]["200"]["content"]
    content["application/hal+json"] = content.pop("application/json")


def rename_response_field(spec):
    entity = schemas(spec)["Entity"]["properties"]
    entity["metadata"] = entity.pop("meta_data")
    required = schemas(spec)["Entity"]["required"]
    required[required.index("meta_data")] = "metadata"


def add_optional_response_field(spec):
    schemas(spec)["Entity"]["properties"]["nickname"] = {"type": "string", "description": "New."}


def deprecate_score(spec):
    spec["paths"]["/entity/{entity_id}/score/"]["get"].update({"deprecated": True, "x-sunset": "2026-01-31"})


def remove_score(spec):
    del spec["paths"]["/entity/{entity_id}/score/"]


def deprecate_clean_note(spec):
    schemas(spec)["Transaction"]["properties"]["clean_transaction_note"].update(
        {"deprecated": True, "x-sunset": "2026-01-31"}
    )


@dataclass(frozen=True)
class Case:
    """One rule: the edit, the version it comes with, and whether the check passes (and what it names)."""

    rule: str
    edit: Edit
    version: str
    passes: bool
    names: tuple[str, ...] = ()
    before: Edit | None = None  # an edit of the released spec, for the cases that need one

    def __str__(self) -> str:
        return self.rule


CASES = [
    Case("open enum: a value added, minor", add_bank, "1.1.0", True),
    Case("open enum: a value a request could send removed", remove_bank, "1.1.0", False, ("BankIdentifier", "`axis`")),
    Case("closed enum: a response value added", add_transaction_type, "1.1.0", False, ("TransactionType", "reversal")),
    Case("webhook: field renamed", rename_webhook_field, "1.1.0", False, ("link_id` renamed to `link_ref", "receive")),
    Case(
        "webhook: field renamed in the callback only",
        rename_field_in_the_callback_only,
        "1.1.0",
        False,
        ("link_id` renamed to `link_ref", "receive_statement_webhook"),
    ),
    Case("webhook: field retyped", retype_webhook_field, "1.1.0", False, ("statement_id` type changed",)),
    Case("webhook: field newly required", require_new_webhook_field, "1.1.0", False, ("bank_name` added (required)",)),
    Case(
        "webhook: field removed", remove_webhook_field, "1.1.0", False, ("reason` removed", "receive_statement_webhook")
    ),
    Case("x-key-pattern changed", change_month_keys, "1.1.0", False, ("MonthValues", r"^\d{4}-\d{2}$")),
    Case("x-key-pattern dropped", drop_month_keys, "1.1.0", False, ("TopByMonth", "no longer documented")),
    Case("server removed", drop_server, "1.1.0", False, ("server `https://portal.finbox.in/bank-connect/v1` removed",)),
    Case("server URL changed", change_server, "1.1.0", False, ("https://api.bankconnect.finbox.in",)),
    Case("credential header renamed", rename_credential_header, "1.1.0", False, ("server_hash", "x-server-hash")),
    Case("description only: a patch", describe_entity_anew, "1.0.1", True),
    Case(
        "description only: same version", describe_entity_anew, "1.0.0", False, ("needs a new patch version (1.0.1)",)
    ),
    Case(
        "borderline: optional response field removed",
        remove_optional_response_field,
        "1.1.0",
        False,
        ("clean_transaction_note` removed",),
    ),
    Case("borderline: default changed", change_default, "1.1.0", False, ("webhook_mode` default changed",)),
    Case("borderline: application/json → application/hal+json", hal_json, "1.1.0", False, ("application/hal+json",)),
    Case(
        "a compatible addition needs a minor, not a patch",
        add_optional_response_field,
        "1.0.1",
        False,
        ("need a new minor version (1.0.0 → 1.1.0)",),
    ),
    Case(
        "removal after sunset, same version",
        remove_score,
        "1.0.0",
        False,
        ("get_score", "removed after its sunset 2026-01-31"),
        deprecate_score,
    ),
    Case("removal after sunset, minor", remove_score, "1.1.0", False, ("need a new major version",), deprecate_score),
    Case("removal after sunset, major", remove_score, "2.0.0", True, (), deprecate_score),
    Case(
        "a deprecated field removed after its sunset, minor",
        remove_optional_response_field,
        "1.1.0",
        False,
        ("clean_transaction_note` removed after its sunset 2026-01-31",),
        deprecate_clean_note,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_rule(case: Case, tmp_path: Path):
    repo = release(tmp_path, case.before)
    set_version(repo, case.version, case.edit)
    changelog = repo / "CHANGELOG.md"
    result = release_check(repo, "--changelog", str(changelog))
    assert result.exit_code == (0 if case.passes else 1), result.output
    for name in case.names:
        assert name in result.output, result.output
    assert "0 change(s)" not in result.output  # one edit is always a change


def test_a_new_bank_is_named_once_as_compatible(released):
    set_version(released, "1.1.0", add_bank)
    changelog = released / "CHANGELOG.md"
    assert release_check(released, "--changelog", str(changelog)).exit_code == 0
    text = changelog.read_text()
    lines = [line for line in text.splitlines() if "new_small_finance" in line]
    assert len(lines) == 1, text  # oasdiff alone: 17 entries, 13 of them breaking
    assert lines[0].startswith("- `#/components/schemas/BankIdentifier`: enumeration value `new_small_finance` added")
    assert "`get_transactions`" in lines[0] and "`upload_statement`" in lines[0]
    assert "### Breaking" not in text and "### Added and changed" in text


def test_a_breaking_change_to_a_shared_schema_is_named_once_with_its_operations(released):
    set_version(released, "1.1.0", remove_bank)
    result = release_check(released)
    listed = [line for line in result.output.splitlines() if line.startswith("  - ")]
    assert listed == [line for line in listed if "`axis` removed" in line] and len(listed) == 1, result.output
    assert "BankIdentifier" in listed[0] and "upload_statement" in listed[0] and "get_pdfs" in listed[0]


def test_a_rename_is_shown_as_a_rename(released):
    set_version(released, "1.1.0", rename_response_field)
    result = release_check(released)
    assert result.exit_code == 1
    assert "#/components/schemas/Entity: property `meta_data` renamed to `metadata` (likely)" in result.output
    assert "`metadata` added" not in result.output


def test_a_removal_after_sunset_is_named_in_the_changelog(tmp_path: Path):
    repo = release(tmp_path, deprecate_score)
    set_version(repo, "1.0.0", remove_score)
    same = release_check(repo)
    assert same.exit_code == 1 and "but info.version is still 1.0.0" in same.output, same.output
    set_version(repo, "2.0.0")
    changelog = repo / "CHANGELOG.md"
    assert release_check(repo, "--changelog", str(changelog)).exit_code == 0
    section = changelog.read_text().split("### Removed\n", 1)[1]
    assert "operation `get_score` (GET /entity/{entity_id}/score/) removed after its sunset 2026-01-31" in section


def test_a_deprecated_field_removed_after_its_sunset_is_listed_as_removed(tmp_path: Path):
    repo = release(tmp_path, deprecate_clean_note)
    set_version(repo, "2.0.0", remove_optional_response_field)
    changelog = repo / "CHANGELOG.md"
    assert release_check(repo, "--changelog", str(changelog)).exit_code == 0
    section = changelog.read_text().split("### Removed\n", 1)[1]
    assert "`#/components/schemas/Transaction`: property `clean_transaction_note` removed after its sunset" in section


def test_a_change_of_formatting_only_needs_a_patch(released):
    path = released / "spec" / "bankconnect.yaml"
    path.write_text(path.read_text() + "# the servers' order is the vendor's\n")
    same = release_check(released)
    assert same.exit_code == 1 and "needs a new patch version (1.0.1)" in same.output, same.output
    set_version(released, "1.0.1")
    path.write_text(path.read_text() + "# the servers' order is the vendor's\n")
    assert release_check(released).exit_code == 0


def test_a_description_edit_is_documentation_in_the_changelog(released):
    set_version(released, "1.0.1", describe_entity_anew)
    changelog = released / "CHANGELOG.md"
    result = release_check(released, "--changelog", str(changelog))
    assert result.exit_code == 0, result.output
    text = changelog.read_text()
    assert "### Documentation" in text and "#/components/schemas/Entity/description" in text
    assert "### Breaking" not in text and "### Added and changed" not in text


def test_outside_a_checkout_one_line_and_exit_2(tmp_path: Path):
    result = CliRunner().invoke(cli.main, ["release-check", "--repo", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        f"error: release-check: spec/bankconnect.yaml not found in {tmp_path.resolve()}: run it in a git checkout"
        " of the contract repository (with its v* tags), or pass --repo PATH"
    ]
    assert "Traceback" not in result.output


def test_a_spec_outside_git_is_named_too(tmp_path: Path):
    (tmp_path / "spec").mkdir()
    shutil.copy(SPEC_PATH, tmp_path / "spec" / "bankconnect.yaml")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "bankconnect"\nversion = "1.0.0"\n')
    result = CliRunner().invoke(cli.main, ["release-check", "--repo", str(tmp_path)])
    assert result.exit_code == 2 and "a git repository not found in" in result.stderr, result.output


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


@pytest.mark.slow
def test_any_change_needs_a_new_version_and_the_package_follows_the_spec(released):
    set_version(released, "1.0.0", add_optional_response_field)
    same = release_check(released)
    assert same.exit_code == 1 and "but info.version is still 1.0.0" in same.output
    set_version(released, "1.1.0", add_optional_response_field)
    assert release_check(released).exit_code == 0
    (released / "pyproject.toml").write_text('[project]\nname = "bankconnect"\nversion = "1.0.9"\n')
    out_of_step = release_check(released)
    assert (
        out_of_step.exit_code == 1
        and "package version 1.0.9 is not the spec's info.version 1.1.0" in out_of_step.output
    )


def test_removing_what_was_not_deprecated_needs_an_acknowledgement(released):
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
    from bankconnect_contract.run.runner import run_contract
    from bankconnect_contract.stage import Options

    options = Options(repo=released, stages=("release",), report_dir=released / "reports")
    set_version(released, "1.1.0", drop_entity_id)
    assert run_contract(options, echo=lambda line: None) == 1
    report = (released / "reports" / "contract.md").read_text()
    assert "| release | failed |" in report and "1.0.0 → 1.1.0 against v1.0.0" in report, report
    set_version(released, "2.0.0")
    assert run_contract(options, echo=lambda line: None) == 0
    report = (released / "reports" / "contract.md").read_text()
    assert "| release | passed |" in report and "needs a major version; the version fits" in report, report
    assert "property `entity_id` removed" in report, report  # what changed, named in the report too
