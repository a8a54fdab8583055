"""What the stages of a contract run share: its options, its target, a stage's result, and running tools."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

PHASES = ("examples", "coverage", "fuzzing", "stateful")  # Schemathesis' phases, all run by default
LIVE_BUDGET = {"max_examples": 5, "rate_limit": "2/s", "max_time": 300}


class ContractError(Exception):
    """The run cannot be made as asked (missing live keys, an unknown stage, a tool that cannot be built)."""


@dataclass
class Options:
    repo: Path
    target: str = "auto"  # auto, sandbox or live
    base_url: str | None = None  # sandbox: a sandbox the user started; live: instead of BANKCONNECT_BASE_URL
    allow_writes: bool = False
    max_examples: int = 25
    seed: int = 1
    workers: int = 2
    live_rate_limit: str = LIVE_BUDGET["rate_limit"]  # requests per s, m or h against a live target
    report_dir: Path = Path("reports")
    stages: tuple[str, ...] = ()  # empty: all
    spec_base: str | None = None
    config: Path | None = None  # optional TOML with entity_ids for live runs
    sandbox: Any = None  # a SandboxConfig to serve instead of the default one (tests)
    phases: str = ",".join(PHASES)


@dataclass
class Target:
    kind: str
    base_url: str
    api_key: str
    server_hash: str
    entity_ids: list[str]
    read_only: bool
    # The sandbox this run started itself can be asked for its faults (429, 503) and its expired key (402): the
    # answers a healthy target never gives unasked. Empty for a sandbox the user started and for live.
    fault_urls: dict[int, str] = field(default_factory=dict)
    expired_api_key: str | None = None

    def client(self) -> httpx.Client:
        """An HTTP client on the target with both credentials (the stages that call it directly)."""
        return httpx.Client(
            base_url=self.base_url, headers={"x-api-key": self.api_key, "server-hash": self.server_hash}, timeout=60
        )

    def describe(self) -> str:
        mode = "read-only" if self.read_only else "reads and writes"
        return f"{self.kind} at {self.base_url} ({mode})"


PASSED, FAILED, SKIPPED, NO_EVIDENCE = "passed", "failed", "skipped", "no evidence"


@dataclass
class StageResult:
    """One stage's result (passed, failed, skipped or no evidence) with what it checked: ``cases`` (test cases,
    answers, tools run), ``answers`` (answers validated, by status class: ``{"2xx": 120, "4xx": 30}``),
    ``operations`` (operations reached) and ``checked`` (in words, for checks that are not answers)."""

    name: str
    status: str  # PASSED, FAILED, SKIPPED or NO_EVIDENCE
    seconds: float = 0.0
    summary: str = ""
    details: list[str] = field(default_factory=list)
    cases: int = 0
    answers: dict[str, int] = field(default_factory=dict)
    operations: int = 0
    checked: str = ""
    unhealthy: Unhealthy | None = None  # the target was not fit to judge (auth, transport errors): not drift

    @property
    def has_evidence(self) -> bool:
        return bool(self.cases or any(self.answers.values()) or self.operations or self.checked)

    def evidence(self) -> str:
        """What the stage checked, in one phrase ("" when nothing)."""
        parts = []
        if any(self.answers.values()):
            classes = ", ".join(f"{k} {v}" for k, v in sorted(self.answers.items()) if v)
            parts.append(f"{sum(self.answers.values())} answers ({classes})")
        if self.operations:
            parts.append(f"{self.operations} operations")
        if self.checked:
            parts.append(self.checked)
        if not parts and self.cases:
            parts.append(f"{self.cases} checks")
        return "; ".join(parts)


def answers_by_class(statuses: Iterable[int | None]) -> dict[str, int]:
    """Answers counted by status class (``2xx`` … ``5xx``; ``none`` for a call that got no answer)."""
    counts: dict[str, int] = {}
    for status in statuses:
        key = f"{status // 100}xx" if status else "none"
        counts[key] = counts.get(key, 0) + 1
    return counts


@dataclass(frozen=True)
class Unhealthy:
    """Why a target could not be judged. ``kind``: auth (exit 5), unreachable, no_api or unhealthy (exit 4)."""

    kind: str
    message: str

    @property
    def exit_code(self) -> int:
        return EXIT_AUTH if self.kind == "auth" else EXIT_UNHEALTHY


# The contract run's exit codes (docs/contract-run.md, "Verdicts").
EXIT_PASSED, EXIT_FAILED, EXIT_USAGE, EXIT_NO_EVIDENCE, EXIT_UNHEALTHY, EXIT_AUTH = 0, 1, 2, 3, 4, 5


class TargetUnhealthy(ContractError):
    """The target cannot be judged (wrong keys, not reachable, no API at the URL): the run stops."""

    def __init__(self, problem: Unhealthy) -> None:
        super().__init__(problem.message)
        self.problem = problem


def run_tool(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 900) -> tuple[int, str]:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    return done.returncode, done.stdout + done.stderr


def is_checkout(repo: Path) -> bool:
    """Whether ``repo`` is a checkout of the contract repository (what lint, check-generated, cassettes and the
    spec diff need); an installed package runs the other stages from anywhere."""
    return (repo / "spec" / "bankconnect.yaml").is_file() and (repo / "codegen" / "generate.py").is_file()


NOT_A_CHECKOUT = "needs a checkout of the contract repository ({}); run from one, or with --repo"


@contextlib.contextmanager
def spec_file(options: Options) -> Iterator[Path]:
    """The spec as a file: the checkout's, else the one shipped in bankconnect_spec."""
    if is_checkout(options.repo):
        yield options.repo / "spec" / "bankconnect.yaml"
        return
    with resources.as_file(resources.files("bankconnect_spec") / "bankconnect.yaml") as path:
        yield path
