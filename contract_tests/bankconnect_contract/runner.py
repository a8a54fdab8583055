"""The contract run: lint, check-generated, Schemathesis, drift, invariants, sunset, cassettes, coverage, spec diff,
release.

``bankconnect contract`` runs the stages in order against a target (the embedded sandbox by default, the
live service when ``BANKCONNECT_BASE_URL`` and keys are set), prints progress and a summary table, writes
``reports/contract-junit.xml`` and ``reports/contract.md``, and exits non-zero when any stage failed.
Each stage lives in ``stages.py`` (or ``spec_diff.py``); their shared types in ``stage.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from bankconnect.tooling import redact

from . import secrets_scan
from .release import stage_release
from .reports import render_table, write_html, write_reports
from .spec_diff import stage_spec_drift
from .stage import NOT_A_CHECKOUT, ContractError, Options, StageResult, is_checkout
from .stages import (
    stage_cassettes,
    stage_check_generated,
    stage_coverage,
    stage_invariants,
    stage_lint,
    stage_recorded_drift,
    stage_schemathesis,
    stage_sunset,
)
from .target import open_target

ALL_STAGES = (
    "lint",
    "check-generated",
    "schemathesis",
    "drift",
    "cassettes",
    "invariants",
    "sunset",
    "coverage",
    "spec-drift",
    "release",
)


def run_contract(options: Options, echo: Callable[[str], None] = print) -> int:
    out = options.repo / options.report_dir
    out.mkdir(parents=True, exist_ok=True)
    wanted = options.stages or ALL_STAGES
    unknown = set(wanted) - set(ALL_STAGES)
    if unknown:
        raise ContractError(f"contract: unknown stage(s) {', '.join(sorted(unknown))}; stages: {', '.join(ALL_STAGES)}")
    results: list[StageResult] = []
    started = time.monotonic()

    def step(name: str, run: Callable[[], StageResult]) -> None:
        if name not in wanted:
            return
        echo(f"▶ [{len(results) + 1}] {name} …")
        began = time.monotonic()
        try:
            result = run()
        except ContractError as exc:
            result = StageResult(name, "failed", summary=str(exc))
        except Exception as exc:  # any error: a stage that crashes is a failed stage, the run goes on
            result = StageResult(name, "failed", summary=f"{type(exc).__name__}: {redact(str(exc))}")
        result.seconds = time.monotonic() - began
        mark = {"passed": "✔", "failed": "✘", "skipped": "–"}[result.status]
        echo(f"  {mark} {result.status} in {result.seconds:.1f}s: {result.summary}")
        for line in result.details[:12] if result.status == "failed" else []:
            echo(f"    {line}")
        results.append(result)

    checkout = is_checkout(options.repo)

    def skipped(name: str, what: str) -> StageResult:
        return StageResult(name, "skipped", summary=NOT_A_CHECKOUT.format(what))

    step("lint", lambda: stage_lint(options) if checkout else skipped("lint", "the npm linters and their configs"))
    step(
        "check-generated",
        lambda: stage_check_generated(options) if checkout else skipped("check-generated", "codegen/ and generated/"),
    )
    needs_target = {"schemathesis", "invariants", "sunset"} & set(wanted)
    target_label = "no target"
    if needs_target:
        with open_target(options, echo) as target:
            target_label = target.describe()
            echo(f"  target: {target_label}")
            step("schemathesis", lambda: stage_schemathesis(options, target, out))
            step("drift", lambda: stage_recorded_drift(out))
            step("invariants", lambda: stage_invariants(target))
            step("sunset", lambda: stage_sunset(target, out))
    step(
        "cassettes", lambda: stage_cassettes(options) if checkout else skipped("cassettes", "contract_tests/cassettes")
    )
    step("coverage", lambda: stage_coverage(options, out))
    # Both compare the spec with its release tags: they need the spec inside its git history.
    has_spec_history = (options.repo / "spec" / "bankconnect.yaml").is_file()
    for name, stage in (("spec-drift", stage_spec_drift), ("release", stage_release)):
        step(
            name,
            lambda stage=stage, name=name: (
                stage(options) if has_spec_history else skipped(name, "spec/ with its git history and release tags")
            ),
        )
    write_html(results, out, target_label, time.monotonic() - started)  # written first, so the scan reads it too
    leaks = secrets_scan.scan_paths([out])
    if leaks:
        results.append(
            StageResult(
                "secret scan",
                "failed",
                summary=f"{len(leaks)} possible credential(s) in reports",
                details=[leak.describe() for leak in leaks[:20]],
            )
        )
    total = time.monotonic() - started
    write_reports(results, out, target_label, total)
    write_html(results, out, target_label, total)
    echo(render_table(results, total))
    echo(f"reports: {out / 'contract.html'}, {out / 'contract.md'}, {out / 'contract-junit.xml'}")
    return 1 if any(r.status == "failed" for r in results) else 0
