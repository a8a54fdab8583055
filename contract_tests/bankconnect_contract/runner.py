"""The contract run: lint gates, check-generated, Schemathesis, cassette replay, invariants and drift.

``bankconnect contract`` runs the stages in order against a target (the embedded sandbox by default, the
live service when ``BANKCONNECT_BASE_URL`` and keys are set), prints progress and a summary table, writes
``reports/contract-junit.xml`` and ``reports/contract.md``, and exits non-zero when any stage failed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

from bankconnect import redact

from . import cassettes as cassette_tools
from . import drift, invariants, secrets_scan

OASDIFF_MODULE = "github.com/oasdiff/oasdiff@v1.30.0"  # newer releases need a module version the proxy lacks
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
    report_dir: Path = Path("reports")
    stages: tuple[str, ...] = ()  # empty: all
    spec_base: str | None = None
    config: Path | None = None  # optional TOML with entity_ids for live runs
    sandbox: Any = None  # a SandboxConfig to serve instead of the default one (tests)
    phases: str = "examples,coverage,fuzzing,stateful"


@dataclass
class Target:
    kind: str
    base_url: str
    api_key: str
    server_hash: str
    entity_ids: list[str]
    read_only: bool

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


class Stage:
    """A named step; ``run`` returns its result (exceptions become a failed result)."""

    def __init__(self, name: str, run: Callable[[], StageResult], needs_target: bool = False) -> None:
        self.name, self.run, self.needs_target = name, run, needs_target


# ---------------------------------------------------------------------------------------------- target
@contextlib.contextmanager
def open_target(options: Options, echo: Callable[[str], None]) -> Iterator[Target]:
    env = os.environ
    live = options.target == "live" or (options.target == "auto" and env.get("BANKCONNECT_BASE_URL"))
    if live:
        missing = [
            v for v in ("BANKCONNECT_BASE_URL", "BANKCONNECT_API_KEY", "BANKCONNECT_SERVER_HASH") if not env.get(v)
        ]
        if missing:
            raise ContractError(f"contract: the live target needs {', '.join(missing)} in the environment")
        ids = _entity_ids(options)
        if not ids:
            raise ContractError(
                "contract: the live target needs entity ids: set BANKCONNECT_CONTRACT_ENTITY_IDS"
                " (comma-separated) or entity_ids in the --config file"
            )
        yield Target(
            "live",
            env["BANKCONNECT_BASE_URL"].rstrip("/"),
            env["BANKCONNECT_API_KEY"],
            env["BANKCONNECT_SERVER_HASH"],
            ids,
            read_only=not options.allow_writes,
        )
        return
    from bankconnect_sandbox import SandboxConfig
    from bankconnect_sandbox.server import running

    config = options.sandbox or SandboxConfig(processing_seconds=0, seed=options.seed)
    with running(config) as (url, _app):
        echo(f"  started the sandbox at {url}")
        with httpx.Client(base_url=url, headers={"x-api-key": config.api_key, "server-hash": config.server_hash}) as c:
            ids = [e["entity_id"] for e in c.get("/entity/").json()["results"]][:8]
        yield Target("sandbox", url, config.api_key, config.server_hash, ids, read_only=False)
    echo("  stopped the sandbox")


def _entity_ids(options: Options) -> list[str]:
    raw = os.environ.get("BANKCONNECT_CONTRACT_ENTITY_IDS", "")
    ids = [i.strip() for i in raw.split(",") if i.strip()]
    if options.config is not None:
        try:
            ids += list(tomllib.loads(options.config.read_text()).get("entity_ids", []))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ContractError(f"contract: cannot read {options.config}: {exc}") from None
    return ids


# ---------------------------------------------------------------------------------------------- stages
def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 900) -> tuple[int, str]:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    return done.returncode, done.stdout + done.stderr


def lint_commands(repo: Path) -> list[list[str]]:
    """The three spec lint gates (also what `make lint` runs)."""
    node = repo / "node_modules" / ".bin"
    spec = str(repo / "spec" / "bankconnect.yaml")
    return [
        [str(Path(sys.executable).parent / "openapi-spec-validator"), spec],
        [str(node / "redocly"), "lint", spec, "--format=stylish"],
        [str(node / "spectral"), "lint", spec, "--ruleset", str(repo / ".spectral.yaml"), "--fail-severity=warn"],
    ]


def stage_lint(options: Options) -> StageResult:
    details, failed = [], False
    for cmd in lint_commands(options.repo):
        if not Path(cmd[0]).exists():
            return StageResult("lint", "failed", summary=f"{Path(cmd[0]).name} is missing: run `make bootstrap`")
        code, out = _run(cmd, options.repo)
        name = Path(cmd[0]).name
        details.append(f"{name}: {'0 problems' if code == 0 else 'FAILED'}")
        if code:
            failed = True
            details += ["    " + line for line in out.strip().splitlines()[-15:]]
    return StageResult(
        "lint",
        "failed" if failed else "passed",
        summary="; ".join(d for d in details if ":" in d[:40]),
        details=details,
        cases=len(lint_commands(options.repo)),
    )


def stage_check_generated(options: Options) -> StageResult:
    code, out = _run([sys.executable, "codegen/generate.py", "--check"], options.repo)
    lines = out.strip().splitlines()
    return StageResult(
        "check-generated",
        "passed" if code == 0 else "failed",
        summary=lines[-1] if lines else "",
        details=lines[-40:] if code else [],
        cases=1,
    )


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


def _schemathesis_config(options: Options, target: Target, directory: Path, cache: Path) -> Path:
    # The configuration ships with this package, so a run from any folder uses the same checks and scrubbing.
    config = resources.files(__package__).joinpath("schemathesis.toml").read_text(encoding="utf-8")
    # Schemathesis keeps failing cases to replay first next time. The default place is `.schemathesis/` in the
    # working directory, i.e. the repository; keep it with the reports, where it is ignored and scrubbed.
    config += f'\n[cache]\ndirectory = "{cache.as_posix()}"\n'
    if target.kind == "live":
        config += f'\n[parameters]\nentity_id = "{target.entity_ids[0]}"\n'
    path = directory / "schemathesis.toml"
    path.write_text(config)
    return path


def stage_schemathesis(options: Options, target: Target, out: Path) -> StageResult:
    directory = out / "schemathesis"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    cache = out / "schemathesis-cache"
    config = _schemathesis_config(options, target, directory, cache)
    with spec_file(options) as spec:
        return _run_schemathesis(options, target, directory, cache, config, spec)


def _run_schemathesis(
    options: Options, target: Target, directory: Path, cache: Path, config: Path, spec: Path
) -> StageResult:
    examples = min(options.max_examples, LIVE_BUDGET["max_examples"]) if target.kind == "live" else options.max_examples
    cmd = [
        sys.executable,
        "-m",
        "bankconnect_contract.schemathesis_launcher",
        "--config-file",
        str(config),
        "run",
        str(spec),
        "--url",
        target.base_url,
        "--phases",
        options.phases,
        "--checks",
        "all",
        "--max-examples",
        str(examples),
        "--seed",
        str(options.seed),
        "--workers",
        str(options.workers),
        "--no-color",
        "--report",
        "junit,vcr",
        "--report-dir",
        str(directory),
        "--report-junit-path",
        str(directory / "junit.xml"),
        "--report-vcr-path",
        str(directory / "vcr.yaml"),
    ]
    if target.kind == "live":
        cmd += ["--rate-limit", LIVE_BUDGET["rate_limit"], "--max-time", str(LIVE_BUDGET["max_time"])]
        if target.read_only:
            cmd += ["--include-method", "GET"]
    env = {**os.environ, "BANKCONNECT_API_KEY": target.api_key, "BANKCONNECT_SERVER_HASH": target.server_hash}
    code, text = _run(cmd, options.repo, env)
    text = redact(text, (target.api_key, target.server_hash))
    (directory / "output.txt").write_text(text)
    for written in (directory, cache):
        scrub_reports(written, (target.api_key, target.server_hash))
    return schemathesis_result(directory, code)


def schemathesis_result(directory: Path, exit_code: int) -> StageResult:
    """The stage's verdict from the reports Schemathesis wrote: JUnit for what failed where, the VCR report for
    how many test cases ran. Its terminal text is kept for people (output.txt), not read."""
    junit = directory / "junit.xml"
    if not junit.exists():
        output = (directory / "output.txt").read_text() if (directory / "output.txt").exists() else ""
        lines = [line for line in output.strip().splitlines() if line.strip()][-12:]
        return StageResult("schemathesis", "failed", summary="Schemathesis wrote no JUnit report", details=lines)
    suite = ET.parse(junit).getroot()
    details: list[str] = []
    failed_operations = 0
    for case in suite.iter("testcase"):
        problems = [child for child in case if child.tag in ("failure", "error")]
        if problems:
            failed_operations += 1
        for problem in problems:
            details.append(f"{case.get('name')}: {problem.tag}: {(problem.get('message') or '').strip()}")
            details += [f"    {line}" for line in (problem.text or "").strip().splitlines()[:8]]
    operations = sum(1 for _ in suite.iter("testcase"))
    vcr = directory / "vcr.yaml"
    cases = sum(1 for line in vcr.open(encoding="utf-8") if line.startswith("- id: ")) if vcr.exists() else 0
    status = "passed" if exit_code == 0 and failed_operations == 0 else "failed"
    summary = f"{cases} test cases on {operations} operations; {failed_operations} operation(s) failed"
    return StageResult("schemathesis", status, summary=summary, details=details[:80], cases=cases)


def scrub_reports(directory: Path, secrets: tuple[str, ...]) -> None:
    """Schemathesis sanitises headers; response bodies still carry signed links. Remove them everywhere."""
    for path in directory.rglob("*"):
        if path.is_file() and path.suffix in (".yaml", ".xml", ".txt", ".json", ".md"):
            text = path.read_text(encoding="utf-8", errors="replace")
            cleaned = redact(text, secrets)
            if cleaned != text:
                path.write_text(cleaned, encoding="utf-8")


def stage_cassettes(options: Options) -> StageResult:
    directory = options.repo / "contract_tests" / "cassettes"
    files = sorted(directory.glob("*.yaml"))
    if not files:
        return StageResult("cassettes", "failed", summary=f"no cassettes in {directory}: run `make record`")
    problems = []
    replays = 0
    for path in files:
        for result in cassette_tools.replay(path):
            replays += 1
            problems += [f"{result.cassette}: {p}" for p in result.problems]
    findings, exchanges = drift.analyze(e for f in files for e in drift.read_cassette(f))
    breaking = [f for f in findings if f.kind == drift.BREAKING]
    problems += [f"drift: {f.line()}" for f in breaking]
    summary = (
        f"{replays} recorded responses in {len(files)} cassettes replayed; "
        f"{len(problems)} problem(s); drift {len(breaking)} breaking, {len(findings) - len(breaking)} additive"
    )
    return StageResult(
        "cassettes",
        "failed" if problems else "passed",
        summary=summary,
        details=problems[:60] + [f"drift: {f.line()}" for f in findings if f.kind != drift.BREAKING][:20],
        cases=replays,
    )


def stage_invariants(target: Target) -> StageResult:
    violations, checked = [], 0
    headers = {"x-api-key": target.api_key, "server-hash": target.server_hash}
    with httpx.Client(base_url=target.base_url, headers=headers, timeout=60) as client:
        for entity_id in target.entity_ids:

            def fetch(call: str, entity: str = entity_id) -> object:
                response = client.get(f"/entity/{entity}/{call}/")
                response.raise_for_status()
                return response.json()

            try:
                found, ok = invariants.check_entity(entity_id, fetch)
            except httpx.HTTPError as exc:
                found, ok = [invariants.Violation("fetch", entity_id, redact(str(exc)))], True
            violations += found
            checked += ok
    summary = (
        f"{len(invariants.INVARIANTS)} invariants on {checked} of {len(target.entity_ids)} entities; "
        f"{len(violations)} violation(s)"
    )
    status = "failed" if violations or not checked else "passed"
    return StageResult(
        "invariants",
        status,
        summary=summary,
        details=[v.line() for v in violations[:60]],
        cases=checked * len(invariants.INVARIANTS),
    )


def stage_recorded_drift(out: Path) -> StageResult:
    vcr_file = out / "schemathesis" / "vcr.yaml"
    if not vcr_file.exists():
        return StageResult("drift (this run)", "skipped", summary="no Schemathesis recording")
    findings, exchanges = drift.analyze(drift.read_cassette(vcr_file))
    (out / "drift.json").write_text(drift.render_json(findings, exchanges, 1))
    breaking = [f for f in findings if f.kind == drift.BREAKING]
    return StageResult(
        "drift (this run)",
        "failed" if breaking else "passed",
        summary=f"{exchanges} responses: {len(breaking)} breaking, {len(findings) - len(breaking)} additive",
        details=[f.line() for f in findings][:60],
        cases=exchanges,
    )


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
ALL_STAGES = ("lint", "check-generated", "schemathesis", "drift", "cassettes", "invariants", "spec-drift")


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
        except Exception as exc:  # noqa: BLE001 - a stage that crashes is a failed stage, the run goes on
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
    needs_target = {"schemathesis", "invariants"} & set(wanted)
    target_label = "no target"
    if needs_target:
        with open_target(options, echo) as target:
            target_label = target.describe()
            echo(f"  target: {target_label}")
            step("schemathesis", lambda: stage_schemathesis(options, target, out))
            step("drift", lambda: stage_recorded_drift(out))
            step("invariants", lambda: stage_invariants(target))
    step(
        "cassettes", lambda: stage_cassettes(options) if checkout else skipped("cassettes", "contract_tests/cassettes")
    )
    step(
        "spec-drift",
        lambda: (
            stage_spec_drift(options)
            if (options.repo / "spec" / "bankconnect.yaml").is_file()
            else skipped("spec-drift", "spec/ with its git history and release tags")
        ),
    )
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
    echo(render_table(results, total))
    echo(f"reports: {out / 'contract.md'}, {out / 'contract-junit.xml'}")
    return 1 if any(r.status == "failed" for r in results) else 0


def render_table(results: list[StageResult], total: float) -> str:
    rows = [f"{'stage':<18} {'result':<8} {'time':>7} {'cases':>7}  summary", "-" * 100]
    for r in results:
        rows.append(f"{r.name:<18} {r.status:<8} {r.seconds:>6.1f}s {r.cases:>7}  {r.summary[:120]}")
    verdict = "FAILED" if any(r.status == "failed" for r in results) else "passed"
    rows += ["-" * 100, f"contract {verdict} in {total:.1f}s"]
    return "\n".join(rows)


def write_reports(results: list[StageResult], out: Path, target: str, total: float) -> None:
    suite = ET.Element(
        "testsuite",
        name="bankconnect-contract",
        tests=str(len(results)),
        failures=str(sum(r.status == "failed" for r in results)),
        skipped=str(sum(r.status == "skipped" for r in results)),
        time=f"{total:.3f}",
    )
    for r in results:
        case = ET.SubElement(suite, "testcase", classname="contract", name=r.name, time=f"{r.seconds:.3f}")
        if r.status == "failed":
            ET.SubElement(case, "failure", message=r.summary[:500]).text = "\n".join(r.details)
        elif r.status == "skipped":
            ET.SubElement(case, "skipped", message=r.summary)
    ET.ElementTree(suite).write(out / "contract-junit.xml", encoding="utf-8", xml_declaration=True)
    lines = [
        "# BankConnect contract report",
        "",
        f"Target: {target}",
        "",
        "| stage | result | time | cases | summary |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    lines += [
        f"| {r.name} | {r.status} | {r.seconds:.1f}s | {r.cases} | {r.summary.replace('|', '/')} |" for r in results
    ]
    for r in results:
        if r.details:
            lines += ["", f"## {r.name}", "", "```", *r.details, "```"]
    (out / "contract.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
