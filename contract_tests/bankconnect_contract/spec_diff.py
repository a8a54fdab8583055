"""The spec against an earlier git revision (the last v* tag by default), classified by oasdiff."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from .stage import ContractError, Options, StageResult
from .stage import run_tool as _run

OASDIFF_MODULE = "github.com/oasdiff/oasdiff@v1.30.0"  # newer releases need a module version the proxy lacks


def oasdiff_binary(repo: Path) -> str:
    """oasdiff from PATH or the virtualenv, else built once into the virtualenv from the Go module proxy."""
    bin_dir = Path(sys.executable).parent
    found = shutil.which("oasdiff") or (str(bin_dir / "oasdiff") if (bin_dir / "oasdiff").exists() else None)
    if found:
        return found
    if shutil.which("go") is None:
        raise ContractError("contract: oasdiff is missing and Go is not installed to build it")
    code, out = _run(["go", "install", OASDIFF_MODULE], repo, {**os.environ, "GOBIN": str(bin_dir)}, timeout=900)
    if code:
        raise ContractError(f"contract: building oasdiff failed:\n{out[-2000:]}")
    return str(bin_dir / "oasdiff")


BREAKING_LEVEL = 2  # oasdiff levels: 3 ERR (breaks clients), 2 WARN (may break them), 1 INFO (compatible)
LEVEL_NAMES = {3: "ERR", 2: "WARN", 1: "INFO"}


def describe_change(change: dict) -> str:
    kind = "BREAKING" if change.get("level", 0) >= BREAKING_LEVEL else "compatible"
    where = change.get("operationId") or change.get("path") or "spec"
    return f"{kind:<10} [{LEVEL_NAMES.get(change.get('level'), '?')}] {where}: {change.get('text')}"


def spec_changes(repo: Path, base_rev: str) -> tuple[list[dict], str]:
    """oasdiff's changelog between the spec at ``base_rev`` and now."""
    import json
    import tempfile

    code, old = _run(["git", "show", f"{base_rev}:spec/bankconnect.yaml"], repo)
    if code:
        raise ContractError(f"contract: cannot read spec/bankconnect.yaml at {base_rev}: {old.strip()}")
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as handle:
        handle.write(old)
    try:
        code, out = _run(
            [oasdiff_binary(repo), "changelog", handle.name, str(repo / "spec/bankconnect.yaml"), "-f", "json"], repo
        )
    finally:
        os.unlink(handle.name)
    if code:
        raise ContractError(f"contract: oasdiff failed: {out[-1000:]}")
    return json.loads(out or "[]"), base_rev


def last_release_tag(repo: Path) -> str | None:
    code, out = _run(["git", "describe", "--tags", "--abbrev=0", "--match", "v*"], repo)
    return out.strip() if code == 0 and out.strip() else None


def stage_spec_drift(options: Options) -> StageResult:
    base = options.spec_base or last_release_tag(options.repo)
    if base is None:
        return StageResult("spec drift", "skipped", summary="no release tag (v*) yet; --spec-base REV to compare")
    changes, _ = spec_changes(options.repo, base)
    breaking = [c for c in changes if c.get("level", 0) >= BREAKING_LEVEL]
    details = [describe_change(c) for c in changes]
    return StageResult(
        "spec drift",
        "failed" if breaking else "passed",
        summary=f"against {base}: {len(changes)} change(s), {len(breaking)} breaking for existing clients",
        details=details[:60],
        cases=len(changes),
    )


# --------------------------------------------------------------------------------------------- running
