"""The contract run: lint, check-generated, Schemathesis, drift, invariants, sunset, cassettes, coverage, spec diff,
release.

``bankconnect contract`` runs the stages in order against a target (the embedded sandbox by default, the
live service when ``BANKCONNECT_BASE_URL`` and keys are set), prints progress and a summary table, writes
``reports/contract.{html,md,json}`` and ``reports/contract-junit.xml``, and exits with its verdict's code
(verdict.py): passed only when no stage failed, one passed with evidence, and the target was healthy.
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
from .stage import (
    FAILED,
    NO_EVIDENCE,
    NOT_A_CHECKOUT,
    PASSED,
    SKIPPED,
    ContractError,
    Options,
    StageResult,
    Target,
    TargetUnhealthy,
    Unhealthy,
    is_checkout,
)
from .stages import (
    stage_cassettes,
    stage_check_generated,
    stage_coverage,
    stage_invariants,
    stage_lint,
    stage_recorded_drift,
    stage_scenarios,
    stage_schemathesis,
    stage_sunset,
)
from .target import open_target
from .verdict import decide

ALL_STAGES = (
    "lint",
    "check-generated",
    "schemathesis",
    "drift",
    "scenarios",
    "cassettes",
    "invariants",
    "sunset",
    "coverage",
    "spec-drift",
    "release",
)


def run_contract(options: Options, echo: Callable[[str], None] = print) -> int:
    """Run the stages; returns the exit code of the verdict (verdict.py: 0 passed, 1 failed, 3 no evidence,
    4 target unhealthy, 5 authentication failed)."""
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
            result = StageResult(name, FAILED, summary=str(exc))
        except Exception as exc:  # any error: a stage that crashes is a failed stage, the run goes on
            result = StageResult(name, FAILED, summary=f"{type(exc).__name__}: {redact(str(exc))}")
        result.seconds = time.monotonic() - began
        if result.status == PASSED and not result.has_evidence:
            # A stage that checked nothing has not passed anything: say so, and do not count it.
            result.status = NO_EVIDENCE
        mark = {PASSED: "✔", FAILED: "✘", SKIPPED: "–", NO_EVIDENCE: "∅"}[result.status]
        evidence = result.evidence()
        echo(f"  {mark} {result.status} in {result.seconds:.1f}s: {result.summary}")
        if evidence and result.status != SKIPPED:
            echo(f"    checked: {evidence}")
        if result.unhealthy is not None:
            echo(f"    target unhealthy: {result.unhealthy.message}")
        for line in result.details[:12] if result.status == FAILED else []:
            echo(f"    {line}")
        results.append(result)

    checkout = is_checkout(options.repo)

    def skipped(name: str, what: str) -> StageResult:
        return StageResult(name, SKIPPED, summary=NOT_A_CHECKOUT.format(what))

    step("lint", lambda: stage_lint(options) if checkout else skipped("lint", "the npm linters and their configs"))
    step(
        "check-generated",
        lambda: stage_check_generated(options) if checkout else skipped("check-generated", "codegen/ and generated/"),
    )
    # Outside a checkout (no committed cassettes) the recording scenarios run against the target sandbox instead.
    scenarios = "scenarios" in wanted and not checkout
    needs_target = bool({"schemathesis", "invariants", "sunset"} & set(wanted)) or scenarios
    target_label, profile = "no target", "sandbox"
    unhealthy: Unhealthy | None = None
    if needs_target:
        try:
            with open_target(options, echo) as target:
                target_label, profile = target.describe(), gate_profile(target)
                echo(f"  target: {target_label}")
                step("schemathesis", lambda: stage_schemathesis(options, target, out))
                step("drift", lambda: stage_recorded_drift(out))
                step("invariants", lambda: stage_invariants(target))
                step("sunset", lambda: stage_sunset(target, out))
                if scenarios:
                    step("scenarios", lambda: stage_scenarios(target, out))
        except TargetUnhealthy as exc:
            unhealthy = exc.problem
            target_label = f"{options.target} target (unhealthy)"
            echo(f"error: {unhealthy.message}")
            results.append(StageResult("target health", FAILED, summary=unhealthy.message, unhealthy=unhealthy))
            not_run = [n for n in ("schemathesis", "drift", "invariants", "sunset", "coverage") if n in wanted]
            results += [StageResult(n, SKIPPED, summary="not run: the target is unhealthy") for n in not_run]
    if checkout:
        step(
            "scenarios",
            lambda: StageResult(
                "scenarios",
                SKIPPED,
                summary="in a checkout the committed cassettes stand for them (the cassettes stage; `make record`)",
            ),
        )
    step(
        "cassettes", lambda: stage_cassettes(options) if checkout else skipped("cassettes", "contract_tests/cassettes")
    )
    if unhealthy is None:
        step("coverage", lambda: stage_coverage(options, out, profile))
        # Both compare the spec with its release tags: they need the spec inside its git history.
        has_spec_history = (options.repo / "spec" / "bankconnect.yaml").is_file()
        for name, stage in (("spec-drift", stage_spec_drift), ("release", stage_release)):
            step(
                name,
                lambda stage=stage, name=name: _compared(
                    stage(options) if has_spec_history else skipped(name, "spec/ with its git history and tags")
                ),
            )
    verdict = decide(results, unhealthy)
    write_html(results, out, target_label, time.monotonic() - started, verdict)  # first, so the scan reads it too
    leaks = secrets_scan.scan_paths([out])
    if leaks:
        results.append(
            StageResult(
                "secret scan",
                FAILED,
                summary=f"{len(leaks)} possible credential(s) in reports",
                details=[leak.describe() for leak in leaks[:20]],
            )
        )
        verdict = decide(results, unhealthy)
    total = time.monotonic() - started
    write_reports(results, out, target_label, total, verdict)
    write_html(results, out, target_label, total, verdict)
    echo(render_table(results, total, verdict))
    written = ("contract.html", "contract.md", "contract.json", "contract-junit.xml")
    echo("reports: " + ", ".join(str(out / name) for name in written))
    return verdict.exit_code


def _compared(result: StageResult) -> StageResult:
    """spec-drift and release check the spec against its release history: a check that passed is evidence, even
    when it found no change."""
    if result.status == PASSED and not result.has_evidence:
        what = {"release": "the package version against the spec's and its release rules"}
        result.checked = what.get(result.name, "the spec compared with its last release")
    return result


def gate_profile(target: Target) -> str:
    """Which coverage gates apply (coverage.py): ``live``; ``sandbox`` when this run started the sandbox (it can
    ask for every documented answer, faults included); ``sandbox-url`` for a sandbox the user started."""
    if target.kind == "live":
        return "live"
    return "sandbox" if target.fault_urls else "sandbox-url"
