"""The contract run: lint, check-generated, Schemathesis, drift, invariants, sunset, cassettes, coverage, spec diff,
release.

``bankconnect contract`` runs the stages in order against a target (the embedded sandbox by default, the
live service when ``BANKCONNECT_BASE_URL`` and keys are set), prints progress and a summary table, writes
``reports/contract.{html,md,json}`` and ``reports/contract-junit.xml``, and exits with its verdict's code
(verdict.py): passed only when no stage failed, one passed with evidence, and the target was healthy.
The stages and their order are listed once, in ``registry.py``; each lives in ``stages.py`` (or the release
package's ``spec_diff.py`` and ``release.py``); their shared types in the package's ``stage.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bankconnect.tooling import redact

from ..release.release import stage_release
from ..release.spec_diff import stage_spec_drift
from ..stage import (
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
from . import secrets_scan
from .registry import AFTER, CHECKOUT, STAGE_NAMES, STAGES, TARGET
from .reports import render_table, write_html, write_reports
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

ALL_STAGES = STAGE_NAMES  # the run order (registry.py); kept for callers of the old name


@dataclass
class _Run:
    """What a stage needs from the run that calls it."""

    options: Options
    out: Path
    checkout: bool
    target: Target | None = None
    profile: str = "sandbox"

    def skipped(self, name: str, what: str) -> StageResult:
        return StageResult(name, SKIPPED, summary=NOT_A_CHECKOUT.format(what))

    def on_target(self) -> Target:
        if self.target is None:
            raise ContractError("a target stage runs only while the target is open")
        return self.target


def _scenarios(run: _Run) -> StageResult:
    if run.checkout:
        return StageResult(
            "scenarios",
            SKIPPED,
            summary="in a checkout the committed cassettes stand for them (the cassettes stage; `make record`)",
        )
    return stage_scenarios(run.on_target(), run.out)


def _compared_to_release(name: str, stage: Callable[[Options], StageResult]) -> Callable[[_Run], StageResult]:
    def compare(run: _Run) -> StageResult:
        # Both compare the spec with its release tags: they need the spec inside its git history.
        if not (run.options.repo / "spec" / "bankconnect.yaml").is_file():
            return _compared(run.skipped(name, "spec/ with its git history and tags"))
        return _compared(stage(run.options))

    return compare


# How each stage of the registry runs; tests/contract/test_stage_registry.py checks both list the same names.
STAGE_RUNS: dict[str, Callable[[_Run], StageResult]] = {
    "lint": lambda run: (
        stage_lint(run.options) if run.checkout else run.skipped("lint", "the npm linters and their configs")
    ),
    "check-generated": lambda run: (
        stage_check_generated(run.options)
        if run.checkout
        else run.skipped("check-generated", "codegen/ and generated/")
    ),
    "schemathesis": lambda run: stage_schemathesis(run.options, run.on_target(), run.out),
    "drift": lambda run: stage_recorded_drift(run.out),
    "invariants": lambda run: stage_invariants(run.on_target()),
    "sunset": lambda run: stage_sunset(run.on_target(), run.out),
    "scenarios": _scenarios,
    "cassettes": lambda run: (
        stage_cassettes(run.options) if run.checkout else run.skipped("cassettes", "contract_tests/cassettes")
    ),
    "coverage": lambda run: stage_coverage(run.options, run.out, run.profile),
    "spec-drift": _compared_to_release("spec-drift", stage_spec_drift),
    "release": _compared_to_release("release", stage_release),
}


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

    ongoing = _Run(options, out, is_checkout(options.repo))

    def phase(name: str) -> list[str]:
        return [stage.name for stage in STAGES if stage.phase == name]

    for name in phase(CHECKOUT):
        step(name, lambda name=name: STAGE_RUNS[name](ongoing))
    # Outside a checkout (no committed cassettes) the recording scenarios run against the target sandbox instead;
    # in a checkout they are reported skipped after the target's stages.
    on_target = [name for name in phase(TARGET) if name != "scenarios" or not ongoing.checkout]
    target_label = "no target"
    unhealthy: Unhealthy | None = None
    if any(stage.calls_target and stage.name in on_target and stage.name in wanted for stage in STAGES):
        try:
            with open_target(options, echo) as target:
                ongoing.target, ongoing.profile, target_label = target, gate_profile(target), target.describe()
                echo(f"  target: {target_label}")
                for name in on_target:
                    step(name, lambda name=name: STAGE_RUNS[name](ongoing))
        except TargetUnhealthy as exc:
            unhealthy = exc.problem
            target_label = f"{options.target} target (unhealthy)"
            echo(f"error: {unhealthy.message}")
            results.append(StageResult("target health", FAILED, summary=unhealthy.message, unhealthy=unhealthy))
            not_run = [stage.name for stage in STAGES if stage.needs_healthy_target and stage.name in wanted]
            results += [StageResult(n, SKIPPED, summary="not run: the target is unhealthy") for n in not_run]
        ongoing.target = None
    else:
        for stage in STAGES:
            if stage.name in on_target and stage.without_target:
                step(stage.name, lambda stage=stage: StageResult(stage.name, SKIPPED, summary=stage.without_target))
    if ongoing.checkout:
        step("scenarios", lambda: STAGE_RUNS["scenarios"](ongoing))
    for name in phase(AFTER):
        if unhealthy is None or name == "cassettes":  # an unhealthy target: only the committed cassettes still count
            step(name, lambda name=name: STAGE_RUNS[name](ongoing))
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
