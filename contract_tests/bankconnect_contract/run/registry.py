"""The stages of a contract run, in the order they run: the one list the runner, `bankconnect contract --stage`
and `--list-stages` read. The Makefile's stage list and docs/contract-run.md's table are checked against it
(tests/contract/test_stage_registry.py).

A stage's phase says when it runs: ``checkout`` stages check the repository before any target is opened;
``target`` stages call the target inside its health watch (they are not run when it is unhealthy); ``after``
stages read what the run and the repository recorded once the target is closed.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AFTER", "CHECKOUT", "STAGES", "STAGE_NAMES", "TARGET", "StageInfo", "describe_stages"]

CHECKOUT = "checkout"
TARGET = "target"
AFTER = "after"


@dataclass(frozen=True)
class StageInfo:
    name: str  # what `--stage` takes and the reports show
    phase: str  # CHECKOUT, TARGET or AFTER
    checks: str  # one line for `--list-stages`
    needs_healthy_target: bool = False  # reported "not run" when the target is unhealthy
    # Asking for it opens the target. `drift` runs inside the target's watch but only reads what Schemathesis
    # recorded there: on its own it opens nothing.
    calls_target: bool = False
    # A target stage that calls nothing itself: why it is skipped when no other stage opens the target.
    without_target: str = ""


STAGES: tuple[StageInfo, ...] = (
    StageInfo("lint", CHECKOUT, "the spec through openapi-spec-validator, redocly and spectral at 0 problems"),
    StageInfo("check-generated", CHECKOUT, "the committed client is what the spec and codegen/ produce"),
    StageInfo("schemathesis", TARGET, "Schemathesis on every operation against the target", True, True),
    StageInfo(
        "drift",
        TARGET,
        "the drift analyser over every answer Schemathesis recorded in this run",
        True,
        without_target="reads what the schemathesis stage records in the same run: add --stage schemathesis",
    ),
    StageInfo("invariants", TARGET, "the semantic invariants on the target's entities", True, True),
    StageInfo("sunset", TARGET, "deprecated parts served until their x-sunset and not after", True, True),
    StageInfo(
        "scenarios", TARGET, "outside a checkout: the recording scenarios against the target sandbox", calls_target=True
    ),
    StageInfo("cassettes", AFTER, "every committed cassette replayed and checked against the spec"),
    StageInfo("coverage", AFTER, "what the run exercised, against the coverage gates", True),
    StageInfo("spec-drift", AFTER, "the spec against its last release tag, each change classified"),
    StageInfo("release", AFTER, "the version bump the spec's changes since the last release need"),
)

STAGE_NAMES: tuple[str, ...] = tuple(stage.name for stage in STAGES)


def describe_stages() -> str:
    """One line per stage, in run order: its name, then what it checks (`bankconnect contract --list-stages`)."""
    width = max(len(name) for name in STAGE_NAMES)
    return "\n".join(f"{stage.name:<{width}}  {stage.checks}" for stage in STAGES)
