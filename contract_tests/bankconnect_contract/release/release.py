"""Releases that say what changed: ``make release-check`` and ``make changelog``.

Against the last ``v*`` tag, the spec's changes classified by this API's rules (``release_rules``, on top of
oasdiff): a breaking change needs a new major version, any other change to the API a new minor one, a change of
documentation or formatting only a new patch; the package version is the spec's version; removing something that
was not deprecated first is refused unless ``spec/release-acknowledgements.yaml`` records why (vendors do remove
things abruptly), and the changelog shows that acknowledgement.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..stage import ContractError, Options, StageResult
from ..stage import run_tool as _run
from .release_rules import BREAKING, COMPATIBLE, DOCS, Change, required_bump
from .spec_diff import SPEC, classified_changes, last_release_tag, read_spec_at
from .spec_source import parsed

ACKNOWLEDGEMENTS = Path("spec") / "release-acknowledgements.yaml"
# oasdiff change ids that remove something without the deprecation period the spec's lifecycle asks for.
UNANNOUNCED_REMOVAL = re.compile(r"removed-(without-deprecation|before-sunset)$")
RANK = {None: 0, "patch": 1, "minor": 2, "major": 3}
NOT_A_CHECKOUT = (
    "release-check: {what} not found in {repo}: run it in a git checkout of the contract repository (with its v*"
    " tags), or pass --repo PATH"
)


@dataclass
class Verdict:
    base: str | None
    old_version: str | None
    new_version: str
    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    acknowledged: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.severity == BREAKING]

    @property
    def needs(self) -> str | None:
        """major, minor or patch: the least version bump the changes need (None: nothing changed)."""
        return required_bump(self.changes)


def _semver(version: str) -> tuple[int, int, int]:
    found = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)(?:[-+].*)?", version.strip())
    if not found:
        raise ContractError(f"release: version {version!r} is not semantic (MAJOR.MINOR.PATCH)")
    return int(found.group(1)), int(found.group(2)), int(found.group(3))


def _bump(old: str, new: str) -> str | None:
    """The bump from ``old`` to ``new`` (None: the same version); a ContractError when it goes backwards."""
    a, b = _semver(old), _semver(new)
    if b < a:
        raise ContractError(f"release: info.version {new} is lower than the released {old}")
    return next((name for name, i in (("major", 0), ("minor", 1), ("patch", 2)) if b[i] > a[i]), None)


def _next(old: str, bump: str) -> str:
    major, minor, patch = _semver(old)
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[
        bump
    ]


def _require_checkout(repo: Path) -> None:
    """One clear error (exit 2) instead of a traceback when run outside a checkout."""
    if not (repo / SPEC).is_file():
        raise ContractError(NOT_A_CHECKOUT.format(what=SPEC, repo=repo))
    if not (repo / "pyproject.toml").is_file():
        raise ContractError(NOT_A_CHECKOUT.format(what="pyproject.toml", repo=repo))
    try:
        code, _ = _run(["git", "rev-parse", "--is-inside-work-tree"], repo, timeout=60)
    except OSError:
        raise ContractError("release-check: git is not installed; it reads the last release from the v* tags") from None
    if code:
        raise ContractError(NOT_A_CHECKOUT.format(what="a git repository", repo=repo))


def check(repo: Path, base: str | None = None) -> Verdict:
    """The release verdict of the working tree's spec against ``base`` (default: the last v* tag)."""
    _require_checkout(repo)
    spec = parsed((repo / SPEC).read_text())
    new_version = str(spec["info"]["version"])
    verdict = Verdict(base or last_release_tag(repo), None, new_version)
    package = tomllib.loads((repo / "pyproject.toml").read_text()).get("project", {}).get("version")
    if package != new_version:
        verdict.problems.append(f"the package version {package} is not the spec's info.version {new_version}")
    if verdict.base is None:
        return verdict  # a first release: nothing to compare with
    verdict.old_version = str(parsed(read_spec_at(repo, verdict.base))["info"]["version"])
    verdict.changes = classified_changes(repo, verdict.base)
    _check_bump(verdict)
    _check_removals(repo, verdict)
    return verdict


def _check_bump(verdict: Verdict) -> None:
    old = str(verdict.old_version)
    needs, given = verdict.needs, _bump(old, verdict.new_version)
    if needs is None or RANK[given] >= RANK[needs]:
        return
    if given is None:
        verdict.problems.append(
            f"the spec changed since {verdict.base} ({len(verdict.changes)} change(s)) but info.version is still"
            f" {verdict.new_version}: it needs a new {needs} version ({_next(old, needs)})"
        )
    severity = {"major": BREAKING, "minor": COMPATIBLE, "patch": DOCS}[needs]
    deciding = [c for c in verdict.changes if c.severity == severity]
    if needs == "major":
        head = f"{len(deciding)} breaking change(s) need a new major version"
    elif needs == "minor":
        head = f"{len(deciding)} change(s) to the API need a new minor version"
    else:
        head = f"{len(deciding)} change(s) of documentation or formatting need a new patch version"
    verdict.problems.append(f"{head} ({old} → {_next(old, needs)}), not {verdict.new_version}:")
    verdict.problems += [f"  - {c.describe()}" for c in deciding]


def _check_removals(repo: Path, verdict: Verdict) -> None:
    acknowledgements = _acknowledgements(repo)
    for change in verdict.changes:
        for entry in change.sources:
            if not UNANNOUNCED_REMOVAL.search(str(entry.get("id", ""))):
                continue
            where = entry.get("operationId") or change.where
            found = next(
                (a for a in acknowledgements if a.get("id") == entry.get("id") and a.get("where") == where), None
            )
            if found is None:
                verdict.problems.append(
                    f"{where}: {entry.get('text')} — removed without being deprecated first; deprecate it"
                    f" (deprecated: true, x-sunset) or record why in {ACKNOWLEDGEMENTS} (id {entry.get('id')},"
                    f" where {where!r})"
                )
            else:
                verdict.acknowledged.append({"where": where, "why": str(found.get("why", ""))})


def _acknowledgements(repo: Path) -> list[dict[str, Any]]:
    path = repo / ACKNOWLEDGEMENTS
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text()) or {}
    return list(data.get("removals", []))


def changelog_section(verdict: Verdict) -> str:
    """The next CHANGELOG.md section: each change once, where it happens, under what it means for clients."""
    groups: dict[str, list[str]] = {
        "Breaking": [],
        "Removed": [],
        "Deprecated": [],
        "Added and changed": [],
        "Documentation": [],
    }
    for change in verdict.changes:
        reach = (
            f" (reaches {', '.join(f'`{op}`' for op in change.operations)})"
            if change.operations and change.operations != [change.where]
            else ""
        )
        line = f"- `{change.where}`: {change.text}{reach}"
        if change.section == "removed":
            groups["Removed"].append(line + (" — breaking" if change.breaking else ""))
        elif change.breaking:
            groups["Breaking"].append(line)
        elif change.section == "deprecated":
            groups["Deprecated"].append(line)
        elif change.severity == DOCS:
            groups["Documentation"].append(line)
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
        + (f"needs a {verdict.needs} version; " if verdict.needs else "")
        + ("the version fits" if verdict.ok else f"{len(verdict.problems)} problem(s)")
    )
    return StageResult(
        "release",
        "passed" if verdict.ok else "failed",
        summary=summary,
        # a passing release still says what changed (the report shows it; the console only on failure)
        details=(verdict.problems or [f"{c.severity}: {c.describe()}" for c in verdict.changes])[:60],
        cases=len(verdict.changes),
    )
