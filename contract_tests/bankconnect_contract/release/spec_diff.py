"""The spec against an earlier git revision (the last v* tag by default): oasdiff's changelog, classified by this
API's rules (``release_rules``)."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..stage import ContractError, Options, StageResult
from ..stage import run_tool as _run
from .release_rules import BREAKING, Change, Specs, classify

# v1.39.0: the first we found on the Go module proxy that names the line of every change (baseSource and
# revisionSource: how a change is named once, at its schema) and that checks a renamed apiKey header
# (api-security-component-api-key-name-changed); v1.30 had neither. Built with Go; see oasdiff_binary.
OASDIFF_VERSION = "1.39.0"
OASDIFF_MODULE = f"github.com/oasdiff/oasdiff@v{OASDIFF_VERSION}"
SPEC = Path("spec") / "bankconnect.yaml"


def _version_of(binary: str, repo: Path) -> str | None:
    try:
        code, out = _run([binary, "--version"], repo, timeout=60)
    except OSError:
        return None
    found = re.search(r"(\d+\.\d+\.\d+)", out)
    return found.group(1) if code == 0 and found else None


def oasdiff_binary(repo: Path) -> str:
    """oasdiff at the pinned version: from the virtualenv or PATH, else built once into the virtualenv from the Go
    module proxy (``go install``; about 80 s with a warm module cache, a few minutes without)."""
    bin_dir = Path(sys.executable).parent
    found = _pinned_oasdiff(bin_dir, repo)
    if found:
        return found
    # Parallel test workers (and two release checks) may all find it missing: one builds, the others wait for it.
    with open(bin_dir / ".oasdiff-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _pinned_oasdiff(bin_dir, repo) or _build_oasdiff(bin_dir, repo)


def _pinned_oasdiff(bin_dir: Path, repo: Path) -> str | None:
    for candidate in (str(bin_dir / "oasdiff"), shutil.which("oasdiff")):
        if candidate and Path(candidate).exists() and _version_of(candidate, repo) == OASDIFF_VERSION:
            return candidate
    return None


def _build_oasdiff(bin_dir: Path, repo: Path) -> str:
    if shutil.which("go") is None:
        raise ContractError(
            f"oasdiff {OASDIFF_VERSION} is missing and Go is not installed to build it: install Go, or put oasdiff"
            f" {OASDIFF_VERSION} on PATH (go install {OASDIFF_MODULE})"
        )
    code, out = _run(["go", "install", OASDIFF_MODULE], repo, {**os.environ, "GOBIN": str(bin_dir)}, timeout=900)
    if code:
        raise ContractError(f"building oasdiff {OASDIFF_VERSION} failed (go install {OASDIFF_MODULE}):\n{out[-2000:]}")
    return str(bin_dir / "oasdiff")


BREAKING_LEVEL = 2  # a change's level: 3 breaking, 1 compatible, 0 documentation (release_rules.LEVEL)


def describe_change(change: dict[str, Any]) -> str:
    """One line of ``bankconnect drift --spec-base``: the kind, where, what, and the operations it reaches."""
    kind = {3: "BREAKING", 1: "compatible", 0: "docs"}.get(change.get("level", 1), "compatible")
    operations = change.get("operations") or []
    reach = f" (reaches {', '.join(operations)})" if operations and operations != [change.get("where")] else ""
    why = f" — {change['why']}" if change.get("why") else ""
    return f"{kind:<10} {change.get('where')}: {change.get('text')}{reach}{why}"


def read_spec_at(repo: Path, rev: str) -> str:
    """The spec's text at a git revision; a ContractError naming the revision when it has none."""
    try:
        code, text = _run(["git", "show", f"{rev}:{SPEC.as_posix()}"], repo)
    except OSError as exc:
        raise ContractError(f"cannot run git to read {SPEC} at {rev}: {exc.strerror}; install git") from None
    if code:
        raise ContractError(f"contract: cannot read {SPEC} at {rev}: {text.strip()}")
    return text


def oasdiff_changelog(old_text: str, new_text: str, repo: Path) -> list[dict[str, Any]]:
    """oasdiff's changelog (JSON entries) between two texts of the spec; external $refs are never fetched."""
    with tempfile.TemporaryDirectory(prefix="bankconnect-diff-") as folder:
        old, new = Path(folder) / "base.yaml", Path(folder) / "revision.yaml"
        old.write_text(old_text)
        new.write_text(new_text)
        cmd = [oasdiff_binary(repo), "changelog", str(old), str(new), "-f", "json", "--allow-external-refs=false"]
        code, out = _run(cmd, repo)
    if code:
        raise ContractError(f"contract: oasdiff failed: {out[-1000:]}")
    try:
        return json.loads(out or "[]")
    except json.JSONDecodeError:
        raise ContractError(f"contract: oasdiff answered something that is not JSON: {out[:300]}") from None


def classified_changes(repo: Path, base_rev: str) -> list[Change]:
    """The changes between the spec at ``base_rev`` and the working tree's, by this API's rules."""
    old_text = read_spec_at(repo, base_rev)
    new_text = (repo / SPEC).read_text()
    return classify(Specs(old_text, new_text), oasdiff_changelog(old_text, new_text, repo))


def spec_changes(repo: Path, base_rev: str) -> tuple[list[dict[str, Any]], str]:
    """The classified changes as JSON-ready dicts (``bankconnect drift --spec-base``)."""
    return [change.as_dict() for change in classified_changes(repo, base_rev)], base_rev


def last_release_tag(repo: Path) -> str | None:
    code, out = _run(["git", "describe", "--tags", "--abbrev=0", "--match", "v*"], repo)
    return out.strip() if code == 0 and out.strip() else None


def stage_spec_drift(options: Options) -> StageResult:
    base = options.spec_base or last_release_tag(options.repo)
    if base is None:
        return StageResult("spec drift", "skipped", summary="no release tag (v*) yet; --spec-base REV to compare")
    changes = [c.as_dict() for c in classified_changes(options.repo, base)]
    breaking = [c for c in changes if c["severity"] == BREAKING]
    details = [describe_change(c) for c in changes]
    return StageResult(
        "spec drift",
        "failed" if breaking else "passed",
        summary=f"against {base}: {len(changes)} change(s), {len(breaking)} breaking for existing clients",
        details=details[:60],
        cases=len(changes),
    )


# --------------------------------------------------------------------------------------------- running
