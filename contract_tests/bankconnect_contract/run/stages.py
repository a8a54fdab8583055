"""The stages of a contract run that check the spec, the client and the target (spec diff: spec_diff.py)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from importlib import resources
from pathlib import Path

import httpx

from bankconnect.tooling import redact

from .. import drift, invariants
from ..stage import (
    FAILED,
    LIVE_BUDGET,
    NO_EVIDENCE,
    PASSED,
    SKIPPED,
    ContractError,
    Options,
    StageResult,
    Target,
    Unhealthy,
    answers_by_class,
    spec_file,
)
from ..stage import run_tool as _run
from ..traffic import cassettes as cassette_tools
from . import health
from .reports import scrub_reports


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


def _toml_tables(tables: dict[str, dict[str, str]]) -> str:
    """TOML tables of string values. Values are written as TOML basic strings (JSON's escaping is TOML's), so an
    entity id or a path with quotes or backslashes cannot change the file's meaning."""
    return "".join(
        f"\n[{name}]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in values.items())
        for name, values in tables.items()
    )


def _schemathesis_config(options: Options, target: Target, directory: Path, cache: Path) -> Path:
    # The configuration ships with this package, so a run from any folder uses the same checks and scrubbing.
    config = resources.files(__package__).joinpath("schemathesis.toml").read_text(encoding="utf-8")
    # Schemathesis keeps failing cases to replay first next time. The default place is `.schemathesis/` in the
    # working directory, i.e. the repository; keep it with the reports, where it is ignored and scrubbed.
    added = {"cache": {"directory": cache.as_posix()}}
    if target.kind == "live":
        added["parameters"] = {"entity_id": target.entity_ids[0]}
    config += _toml_tables(added)
    parsed = tomllib.loads(config)  # what Schemathesis will read: the added values, exactly
    if any(parsed[name].get(key) != value for name, values in added.items() for key, value in values.items()):
        raise ContractError("the Schemathesis configuration cannot take this run's cache folder or entity id")
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
        "bankconnect_contract.run.schemathesis_launcher",
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
        cmd += ["--rate-limit", options.live_rate_limit, "--max-time", str(LIVE_BUDGET["max_time"])]
        if target.read_only:
            cmd += ["--include-method", "GET"]
    env = {**os.environ, "BANKCONNECT_API_KEY": target.api_key, "BANKCONNECT_SERVER_HASH": target.server_hash}
    code, text = _run(cmd, options.repo, env)
    text = redact(text, (target.api_key, target.server_hash))
    (directory / "output.txt").write_text(text)
    for written in (directory, cache):
        scrub_reports(written, (target.api_key, target.server_hash))
    result = schemathesis_result(directory, code)
    vcr = directory / "vcr.yaml"
    if result is not None and vcr.exists():
        result.unhealthy = health.judge_answers(health.vcr_answers(vcr), target.base_url)
    return result


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
    statuses = [answer.status for answer in health.vcr_answers(vcr)] if vcr.exists() else []
    cases = len(statuses)
    status = "passed" if exit_code == 0 and failed_operations == 0 else "failed"
    summary = f"{cases} test cases on {operations} operations; {failed_operations} operation(s) failed"
    return StageResult(
        "schemathesis",
        status,
        summary=summary,
        details=details[:80],
        cases=cases,
        answers=answers_by_class(statuses),
        operations=operations if cases else 0,
    )


def stage_cassettes(options: Options) -> StageResult:
    """The checkout's committed cassettes, replayed."""
    return _replay_cassettes(options.repo / "contract_tests" / "cassettes", "run `make record`")


def stage_scenarios(target: Target, out: Path) -> StageResult:
    """Outside a checkout: every recording scenario (each operation and documented status) recorded from the
    target sandbox into ``<reports>/cassettes``, then replayed like the committed ones. The faults (429, 503)
    come from the run's own fault sandboxes; a sandbox the user started gives none unasked."""
    if target.kind == "live":
        return StageResult(
            "scenarios",
            SKIPPED,
            summary="a live target is not recorded by the contract run (`bankconnect record --base-url` does,"
            " masking personal data); outside a checkout there are no committed cassettes to replay",
        )
    directory = out / "cassettes"
    shutil.rmtree(directory, ignore_errors=True)
    unexpected: list[str] = []

    def note(line: str) -> None:
        if "(ok" not in line:
            unexpected.append(f"recording: {line}")

    cassette_tools.record(
        target.base_url,
        target.api_key,
        target.server_hash,
        directory,
        expired_api_key=target.expired_api_key,
        report=note,
    )
    if target.fault_urls:
        cassette_tools.record_faults(target.fault_urls, target.api_key, target.server_hash, directory, report=note)
    scrub_reports(directory, (target.api_key, target.server_hash))
    result = _replay_cassettes(directory, "the recording wrote none", "scenarios")
    result.details = unexpected + result.details
    if unexpected:
        result.status = FAILED
        result.summary += f"; {len(unexpected)} answer(s) not the status their scenario documents"
    return result


def _replay_cassettes(directory: Path, fix: str, name: str = "cassettes") -> StageResult:
    files = sorted(directory.glob("*.yaml"))
    if not files:
        return StageResult(name, FAILED, summary=f"no cassettes in {directory}: {fix}")
    problems = []
    statuses: list[int] = []
    operations: set[str] = set()
    for path in files:
        for result in cassette_tools.replay(path):
            statuses.append(result.status)
            operations.add(result.operation_id)
            problems += [f"{result.cassette}: {p}" for p in result.problems]
    findings, exchanges = drift.analyze(e for f in files for e in drift.read_cassette(f))
    breaking = [f for f in findings if f.kind == drift.BREAKING]
    problems += [f"drift: {f.line()}" for f in breaking]
    summary = (
        f"{len(statuses)} recorded responses in {len(files)} cassettes replayed; "
        f"{len(problems)} problem(s); drift {len(breaking)} breaking, {len(findings) - len(breaking)} additive"
    )
    return StageResult(
        name,
        FAILED if problems else PASSED,
        summary=summary,
        details=problems[:60] + [f"drift: {f.line()}" for f in findings if f.kind != drift.BREAKING][:20],
        cases=len(statuses),
        answers=answers_by_class(statuses),
        operations=len(operations),
    )


def stage_invariants(target: Target) -> StageResult:
    violations, checked = [], 0
    statuses: list[int | None] = []
    calls: set[str] = set()
    with target.client() as client:
        for entity_id in target.entity_ids:

            def fetch(call: str, entity: str = entity_id) -> object:
                path = f"/entity/{entity}/{call}/"
                try:
                    response = client.get(path)
                except httpx.HTTPError as exc:
                    statuses.append(None)
                    raise _Unanswered(health.transport_failure(target.base_url, exc)) from None
                statuses.append(response.status_code)
                calls.add(call)
                if response.status_code in (401, 403):
                    raise _Unanswered(health.auth_failed(target.base_url))
                if not response.is_success:
                    raise _NotServed(f"GET {path} answered HTTP {response.status_code}")
                return response.json()

            try:
                found, ok = invariants.check_entity(entity_id, fetch)
            except _Unanswered as exc:
                return StageResult(
                    "invariants",
                    FAILED,
                    summary=f"not checked: {exc.problem.message}",
                    answers=answers_by_class(statuses),
                    unhealthy=exc.problem,
                )
            except _NotServed as exc:
                found, ok = [invariants.Violation("fetch", entity_id, f"cannot read the entity: {exc}")], True
            violations += found
            checked += ok
    summary = (
        f"{len(invariants.INVARIANTS)} invariants on {checked} of {len(target.entity_ids)} entities; "
        f"{len(violations)} violation(s)"
    )
    status = FAILED if violations or not checked else PASSED
    if not checked and not violations:
        summary += " (no entity has all its statements completed: nothing to check)"
    return StageResult(
        "invariants",
        status,
        summary=summary,
        details=[v.line() for v in violations[:60]],
        cases=checked * len(invariants.INVARIANTS),
        answers=answers_by_class(statuses),
        operations=len(calls),
    )


class _Unanswered(Exception):
    """The target refused the keys or could not be reached: the run's health, not an invariant."""

    def __init__(self, problem: Unhealthy) -> None:
        super().__init__(problem.message)
        self.problem = problem


class _NotServed(Exception):
    """An analysis call answered a status other than success (an unknown entity id, say)."""


def stage_sunset(target: Target, out: Path, today: date | None = None) -> StageResult:
    """The deprecation lifecycle: deprecated GETs probed on the target's first entity, deprecated fields looked
    for in this run's recording. Warnings only: the stage passes and lists them."""
    from bankconnect_spec import load_spec

    from . import coverage, sunset

    spec = load_spec()
    if '"x-sunset"' not in json.dumps(spec):  # the common case, without reading the recording again
        return StageResult("sunset", "passed", summary="nothing deprecated in the spec")
    listed = list(sunset.deprecated_operations(spec))
    measured = coverage.measure(_recorded_exchanges(None, out)[0], (), spec)
    entity = target.entity_ids[0] if target.entity_ids else None
    with target.client() as client:

        def status_of(method: str, path: str) -> int | None:
            if method.upper() != "GET" or entity is None or "{" in path.replace("{entity_id}", ""):
                return None  # a write is never probed; nor a path whose other ids the run does not know
            return client.get(path.replace("{entity_id}", entity)).status_code

        found = sunset.warnings(spec, status_of, measured.present, measured.deprecated, today or date.today())
    summary = f"{len(listed)} deprecated operation(s), {len(measured.deprecated)} deprecated field(s); "
    return StageResult("sunset", "passed", summary=summary + f"{len(found)} warning(s)", details=found)


def stage_recorded_drift(out: Path) -> StageResult:
    vcr_file = out / "schemathesis" / "vcr.yaml"
    if not vcr_file.exists():
        return StageResult("drift (this run)", "skipped", summary="no Schemathesis recording")
    findings, exchanges = drift.analyze(drift.read_cassette(vcr_file))
    (out / "drift.json").write_text(drift.render_json(findings, exchanges, 1))
    breaking = [f for f in findings if f.kind == drift.BREAKING]
    semantic = [f for f in findings if f.kind == drift.SEMANTIC]
    additive = len(findings) - len(breaking) - len(semantic)
    return StageResult(
        "drift (this run)",
        "failed" if breaking or semantic else "passed",
        summary=f"{exchanges} responses: {len(breaking)} breaking, {additive} additive, {len(semantic)} semantic",
        details=[f.line() for f in findings][:60],
        cases=exchanges,
        checked=f"{exchanges} recorded responses analysed" if exchanges else "",
    )


def _recorded_exchanges(repo: Path | None, out: Path) -> tuple[list[drift.Exchange], set[str]]:
    """This run's Schemathesis recording and the cassettes it recorded (outside a checkout), and the checkout's
    cassettes when ``repo`` is given; with the operations Schemathesis called through links."""
    from . import coverage

    exchanges: list[drift.Exchange] = []
    stateful: set[str] = set()
    vcr_file = out / "schemathesis" / "vcr.yaml"
    if vcr_file.exists():
        vcr = drift.load_recording(vcr_file)  # read once per run (the drift stage read it first)
        exchanges += drift.exchanges_of(vcr, vcr_file.name)
        stateful = coverage.stateful_operations(vcr)
    folders = [out / "cassettes"] + ([repo / "contract_tests" / "cassettes"] if repo else [])
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.glob("*.yaml")):
                exchanges += drift.read_cassette(path)
    return exchanges, stateful


def stage_coverage(options: Options, out: Path, profile: str = "sandbox") -> StageResult:
    """What the run exercised (Schemathesis' recording and the cassettes), against the gates for this kind of
    target (the package's, or the team's pyproject.toml)."""

    from . import coverage

    exchanges, stateful = _recorded_exchanges(options.repo, out)
    try:
        gates = coverage.gates(options.repo, profile)
    except ValueError as exc:
        raise ContractError(str(exc)) from None
    if not exchanges:
        return StageResult(
            "coverage", NO_EVIDENCE, summary="nothing recorded to measure (no Schemathesis run, no cassettes)"
        )
    measured = coverage.measure(exchanges, stateful, unreachable=coverage.UNREACHABLE.get(profile, ()))
    percent = measured.percentages()
    thresholds = gates.thresholds
    report = {**measured.to_json(), "gates": thresholds, "gates_source": gates.describe(), "profile": profile}
    (out / "coverage.json").write_text(json.dumps(report, indent=2, default=str))
    failing = coverage.below(percent, thresholds)
    shown = ", ".join(f"{name} {value:g} %" for name, value in percent.items())
    details = [gates.describe()]
    details += [
        f"{name:<22} {value:6.1f} %" + (f"   gate {thresholds[name]:g} %" if name in thresholds else "")
        for name, value in percent.items()
    ]
    details += [f"below gate: {line}" for line in failing]
    details += [f"never reached: {line}" for line in measured.never_reached()]
    return StageResult(
        "coverage",
        FAILED if failing else PASSED,
        summary=f"{shown}; {gates.describe()}",
        details=details,
        cases=len(exchanges),
        checked=f"{len(exchanges)} answers measured",
    )
