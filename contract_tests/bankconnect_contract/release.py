"""Releases that say what changed: ``make release-check`` and ``make changelog``.

Against the last ``v*`` tag, with oasdiff's changelog: any change to the spec needs a new ``info.version``; a
breaking change (oasdiff ERR or WARN) needs a new major version; the package version is the spec's version;
removing something that was not deprecated first is refused unless ``spec/release-acknowledgements.yaml``
records why (vendors do remove things abruptly), and the changelog shows that acknowledgement.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .spec_diff import BREAKING_LEVEL, last_release_tag, spec_changes
from .stage import ContractError, Options, StageResult
from .stage import run_tool as _run

ACKNOWLEDGEMENTS = Path("spec") / "release-acknowledgements.yaml"
# oasdiff change ids that remove something without the deprecation period the spec's lifecycle asks for.
UNANNOUNCED_REMOVAL = re.compile(r"removed-(without-deprecation|before-sunset)$")


@dataclass
class Verdict:
    base: str | None
    old_version: str | None
    new_version: str
    changes: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    acknowledged: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def breaking(self) -> list[dict[str, Any]]:
        return [c for c in self.changes if c.get("level", 0) >= BREAKING_LEVEL]


def _semver(version: str) -> tuple[int, int, int]:
    found = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)(?:[-+].*)?", version.strip())
    if not found:
        raise ContractError(f"release: version {version!r} is not semantic (MAJOR.MINOR.PATCH)")
    return int(found.group(1)), int(found.group(2)), int(found.group(3))


def _where(change: dict[str, Any]) -> str:
    return change.get("operationId") or f"{change.get('operation', '')} {change.get('path', '')}".strip() or "spec"


def check(repo: Path, base: str | None = None) -> Verdict:
    """The release verdict of the working tree's spec against ``base`` (default: the last v* tag)."""
    spec = yaml.safe_load((repo / "spec" / "bankconnect.yaml").read_text())
    new_version = str(spec["info"]["version"])
    verdict = Verdict(base or last_release_tag(repo), None, new_version)
    package = tomllib.loads((repo / "pyproject.toml").read_text()).get("project", {}).get("version")
    if package != new_version:
        verdict.problems.append(f"the package version {package} is not the spec's info.version {new_version}")
    if verdict.base is None:
        return verdict  # a first release: nothing to compare with
    code, old_text = _run(["git", "show", f"{verdict.base}:spec/bankconnect.yaml"], repo)
    if code:
        raise ContractError(f"release: cannot read spec/bankconnect.yaml at {verdict.base}")
    verdict.old_version = str(yaml.safe_load(old_text)["info"]["version"])
    verdict.changes, _ = spec_changes(repo, verdict.base)
    if verdict.changes and new_version == verdict.old_version:
        verdict.problems.append(
            f"the spec changed since {verdict.base} ({len(verdict.changes)} change(s)) but info.version is still"
            f" {new_version}"
        )
    old_major, new_major = _semver(verdict.old_version)[0], _semver(new_version)[0]
    if verdict.breaking and new_major <= old_major:
        verdict.problems.append(
            f"{len(verdict.breaking)} breaking change(s) need a new major version ({verdict.old_version} →"
            f" {old_major + 1}.0.0), not {new_version}:"
        )
        verdict.problems += [f"  - {_where(c)}: {c.get('text')}" for c in verdict.breaking]
    acknowledgements = _acknowledgements(repo)
    for change in verdict.changes:
        if not UNANNOUNCED_REMOVAL.search(str(change.get("id", ""))):
            continue
        found = next(
            (a for a in acknowledgements if a.get("id") == change.get("id") and a.get("where") == _where(change)), None
        )
        if found is None:
            verdict.problems.append(
                f"{_where(change)}: {change.get('text')} — removed without being deprecated first; deprecate it"
                f" (deprecated: true, x-sunset) or record why in {ACKNOWLEDGEMENTS} (id {change.get('id')},"
                f" where {_where(change)!r})"
            )
        else:
            verdict.acknowledged.append({"where": _where(change), "why": str(found.get("why", ""))})
    return verdict


def _acknowledgements(repo: Path) -> list[dict[str, Any]]:
    path = repo / ACKNOWLEDGEMENTS
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text()) or {}
    return list(data.get("removals", []))


def changelog_section(verdict: Verdict) -> str:
    """The next CHANGELOG.md section: breaking changes, deprecations and additions, each naming where."""
    groups: dict[str, list[str]] = {"Breaking": [], "Deprecated": [], "Added and changed": []}
    for change in verdict.changes:
        line = f"- `{_where(change)}`: {change.get('text')}"
        if change.get("level", 0) >= BREAKING_LEVEL:
            groups["Breaking"].append(line)
        elif "deprecat" in str(change.get("id", "")):
            groups["Deprecated"].append(line)
        else:
            groups["Added and changed"].append(line)
    lines = [f"## {verdict.new_version}", "", f"Compared with {verdict.base or 'nothing (first release)'}."]
    for title, items in groups.items():
        if items:
            lines += ["", f"### {title}", "", *items]
    if verdict.acknowledged:
        lines += ["", "### Removed by the vendor without deprecation (acknowledged)", ""]
        lines += [f"- `{a['where']}`: {a['why']}" for a in verdict.acknowledged]
    if not verdict.changes:
        lines += ["", "No change to the API description."]
    return "\n".join(lines) + "\n"


def pull_request_comment(verdict: Verdict) -> str:
    head = (
        f"**BankConnect spec {verdict.old_version or '(new)'} → {verdict.new_version}**: {len(verdict.changes)}"
        f" change(s), {len(verdict.breaking)} breaking for existing clients."
    )
    problems = "\n".join(f"> {p}" for p in verdict.problems)
    return head + ("\n\n" + problems if problems else "") + "\n\n" + changelog_section(verdict)


def stage_release(options: Options) -> StageResult:
    """The release check as a stage of the contract run (on pull requests): the version bump the spec's
    changes since the last v* tag need."""
    if not (options.repo / "pyproject.toml").is_file():
        return StageResult("release", "skipped", summary="no pyproject.toml: the package version cannot be checked")
    verdict = check(options.repo, options.spec_base)
    if verdict.base is None:
        summary = "no release tag (v*) yet: a first release" + ("" if verdict.ok else f"; {verdict.problems[0]}")
        return StageResult("release", "passed" if verdict.ok else "failed", summary=summary, details=verdict.problems)
    summary = (
        f"{verdict.old_version} → {verdict.new_version} against {verdict.base}: {len(verdict.changes)} change(s),"
        f" {len(verdict.breaking)} breaking; "
        + ("the version fits" if verdict.ok else f"{len(verdict.problems)} problem(s)")
    )
    return StageResult(
        "release",
        "passed" if verdict.ok else "failed",
        summary=summary,
        details=verdict.problems[:60],
        cases=len(verdict.changes),
    )
