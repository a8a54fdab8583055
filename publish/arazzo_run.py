"""`make workflows`: lint spec/workflows.arazzo.yaml and run every workflow in it against a fresh sandbox with
`redocly respect` (pinned with @redocly/cli in package.json).

    python publish/arazzo_run.py [--out build/workflows]

Respect's own JSON report carries the request headers (the API key) and the answers (personal data on a real
host), so it is read from a temporary folder and only a summary is kept: workflow → passed or failed, step
count, and each failed check's step and condition (build/workflows/summary.json).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / "spec" / "workflows.arazzo.yaml"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
# A receiver nobody listens on: the payload must still be readable from list_webhook_payloads.
UNREACHABLE_RECEIVER = "http://127.0.0.1:9/bankconnect-webhook"


@dataclass
class WorkflowResult:
    workflow_id: str
    passed: bool
    steps: int
    failed_checks: list[str] = field(default_factory=list)


def lint() -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(REDOCLY), "lint", str(WORKFLOWS)], cwd=ROOT, capture_output=True, text=True, timeout=120)


def summarise(report: dict) -> list[WorkflowResult]:
    results = []
    for file_report in report["files"].values():
        for workflow in file_report["executedWorkflows"]:
            failed = [
                f"{step.get('stepId') or step['workflowId']}: {check.get('condition') or check['name']}"
                for step in workflow["executedSteps"]
                for check in step.get("checks", [])
                if not check["passed"]
            ]
            # A retried step appears once per try, a goto back as a nested entry: the last of each decides.
            final = {step.get("stepId") or step["workflowId"]: step["status"] for step in workflow["executedSteps"]}
            results.append(
                WorkflowResult(
                    workflow_id=workflow["workflowId"],
                    passed=all(status == "success" for status in final.values()),
                    steps=len(workflow["executedSteps"]),
                    failed_checks=[] if all(s == "success" for s in final.values()) else failed,
                )
            )
    return results


def run(out: Path, *, api_key: str | None = None, processing_seconds: float = 1.0) -> list[WorkflowResult]:
    """Every workflow's result against a fresh sandbox (a wrong `api_key` makes them fail: the test of the test)."""
    from bankconnect_sandbox import SandboxConfig
    from bankconnect_sandbox.server import running

    config = SandboxConfig(processing_seconds=processing_seconds)
    inputs = {
        "api_key": api_key or config.api_key,
        "server_hash": config.server_hash,
        "link_id": "arazzo-uploads",
        "paging_link_id": "arazzo-paging",
        "webhook_link_id": "arazzo-webhook",
        "webhook_url": UNREACHABLE_RECEIVER,
    }
    with running(config) as (url, _app), tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch) / "respect.json"
        command = [str(REDOCLY), "respect", WORKFLOWS.name, "--server", f"bankconnect={url}", "-J", str(raw)]
        for name, value in inputs.items():
            command += ["--input", f"{name}={value}"]
        done = subprocess.run(command, cwd=WORKFLOWS.parent, capture_output=True, text=True, timeout=600)
        if not raw.exists():
            raise RuntimeError(f"redocly respect wrote no report (exit {done.returncode}):\n{done.stderr[-2000:]}")
        results = summarise(json.loads(raw.read_text()))
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.json").write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "workflows")
    args = parser.parse_args()
    linted = lint()
    if linted.returncode:
        print(linted.stdout + linted.stderr, file=sys.stderr)
        return 1
    results = run(args.out)
    print(f"{'workflow':<32} {'result':<7} {'steps':>5}")
    for result in results:
        print(f"{result.workflow_id:<32} {'passed' if result.passed else 'FAILED':<7} {result.steps:>5}")
        for check in result.failed_checks:
            print(f"    ✗ {check}")
    passed = sum(r.passed for r in results)
    print(f"\n{passed} of {len(results)} workflows passed; summary in {args.out / 'summary.json'}")
    return 0 if results and passed == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
