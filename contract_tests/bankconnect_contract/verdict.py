"""The run's verdict from its stages: passed only with evidence, on a healthy target.

A stage is passed, failed, skipped (with why) or "no evidence" (it ran and checked nothing). The run:

- stops as **unhealthy** (exit 5 for authentication, 4 otherwise) when the target could not be judged;
- **failed** (exit 1) when any stage failed;
- **no evidence** (exit 3) when no stage passed with evidence (every stage skipped, say);
- **passed** (exit 0) otherwise. The verdict line names every stage skipped or without evidence, and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .stage import (
    EXIT_FAILED,
    EXIT_NO_EVIDENCE,
    EXIT_PASSED,
    FAILED,
    NO_EVIDENCE,
    PASSED,
    SKIPPED,
    StageResult,
    Unhealthy,
)

__all__ = ["Verdict", "decide"]


@dataclass(frozen=True)
class Verdict:
    result: str  # passed, failed, no evidence, unhealthy
    exit_code: int
    reason: str
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (stage, why)
    without_evidence: list[tuple[str, str]] = field(default_factory=list)
    unhealthy: Unhealthy | None = None

    @property
    def passed(self) -> bool:
        return self.result == PASSED

    def line(self, seconds: float) -> str:
        """The one-line verdict: result, time, reason, and what was skipped or showed nothing, with why."""
        word = "passed" if self.passed else self.result.upper()
        text = f"contract {word} in {seconds:.1f}s (exit {self.exit_code}): {self.reason}"
        if self.skipped:
            text += "; skipped: " + "; ".join(f"{name} ({why})" for name, why in self.skipped)
        if self.without_evidence:
            text += "; no evidence: " + "; ".join(f"{name} ({why})" for name, why in self.without_evidence)
        return text

    def to_json(self) -> dict[str, object]:
        return {
            "result": self.result,
            "exit_code": self.exit_code,
            "reason": self.reason,
            "skipped": [{"stage": name, "why": why} for name, why in self.skipped],
            "no_evidence": [{"stage": name, "why": why} for name, why in self.without_evidence],
            "unhealthy": None
            if self.unhealthy is None
            else {"kind": self.unhealthy.kind, "message": self.unhealthy.message},
        }


def decide(results: list[StageResult], unhealthy: Unhealthy | None = None) -> Verdict:
    """The verdict of ``results``; ``unhealthy`` when the target failed its health check before any stage."""
    skipped = [(r.name, r.summary) for r in results if r.status == SKIPPED]
    empty = [(r.name, r.summary) for r in results if r.status == NO_EVIDENCE]
    problem = unhealthy or next((r.unhealthy for r in results if r.unhealthy is not None), None)
    if problem is not None:
        return Verdict("unhealthy", problem.exit_code, problem.message, skipped, empty, problem)
    failed = [r.name for r in results if r.status == FAILED]
    if failed:
        return Verdict(FAILED, EXIT_FAILED, f"{len(failed)} stage(s) failed: {', '.join(failed)}", skipped, empty)
    evidential = [r for r in results if r.status == PASSED and r.has_evidence]
    if not evidential:
        return Verdict(
            NO_EVIDENCE, EXIT_NO_EVIDENCE, "no stage passed with evidence: nothing was checked", skipped, empty
        )
    return Verdict(PASSED, EXIT_PASSED, f"{len(evidential)} stage(s) passed with evidence", skipped, empty)
