"""What the stages of a contract run share: its options, its target, a stage's result, and running tools."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
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

    def client(self) -> httpx.Client:
        """An HTTP client on the target with both credentials (the stages that call it directly)."""
        return httpx.Client(
            base_url=self.base_url, headers={"x-api-key": self.api_key, "server-hash": self.server_hash}, timeout=60
        )

    def describe(self) -> str:
        mode = "read-only" if self.read_only else "reads and writes"
        return f"{self.kind} at {self.base_url} ({mode})"


@dataclass
class StageResult:
    name: str
    status: str  # passed, failed, skipped
    seconds: float = 0.0
    summary: str = ""
    details: list[str] = field(default_factory=list)
    cases: int = 0


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
