"""`make postman-test`: run the Postman collection with newman against a fresh sandbox, top to bottom.

Builds the collection (publish/postman.py), starts a sandbox on a free loopback port, runs newman with the
sandbox's URL and keys as environment overrides, and fails unless every assertion passed and no request
carried a placeholder, an empty path segment or an unresolved variable.

    python publish/postman_run.py [--out build/postman]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NEWMAN = ROOT / "node_modules" / ".bin" / "newman"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import postman  # noqa: E402

# Signs that a request went out with something a person was meant to fill in.
PLACEHOLDER = re.compile(r"<[a-z_ ]+>|\{\{[^}]*\}\}|/entity//")


def sent_problems(report: dict[str, Any]) -> list[str]:
    """Requests that carried a placeholder, an unresolved variable or an empty path segment."""
    problems = []
    for execution in report["run"]["executions"]:
        request = execution["request"]
        url = request["url"]
        path = "/" + "/".join(url.get("path", []))
        query = "&".join(f"{q['key']}={q.get('value', '')}" for q in url.get("query", []) if not q.get("disabled"))
        body = request.get("body") or {}
        fields = body.get(body.get("mode", ""), [])
        values = [str(f.get("value", "")) for f in fields] if isinstance(fields, list) else [str(fields)]
        for text in (path, query, *values):
            if PLACEHOLDER.search(text):
                problems.append(f"{execution['item']['name']}: sent {text[:80]!r}")
    return problems


def run(out: Path) -> tuple[int, int, list[str]]:
    """(assertions, failed assertions, problems) of one newman run against a fresh sandbox."""
    from bankconnect_sandbox import SandboxConfig
    from bankconnect_sandbox.server import running

    collection_path = out / "bankconnect.postman_collection.json"
    postman.build(collection_path)
    report_path = out / "newman-report.json"
    config = SandboxConfig(processing_seconds=2, entities=12)
    with running(config) as (url, _app):
        done = subprocess.run(
            [
                str(NEWMAN),
                "run",
                str(collection_path),
                "--working-dir",
                str(out),
                "--env-var",
                f"base_url={url}",
                "--env-var",
                f"x_api_key={config.api_key}",
                "--env-var",
                f"server_hash={config.server_hash}",
                "--reporters",
                "cli,json",
                "--reporter-json-export",
                str(report_path),
                "--timeout-request",
                "30000",
                "--disable-unicode",
            ],
            capture_output=True,
            text=True,
        )
    print(done.stdout[-4000:])
    if not report_path.exists():
        raise SystemExit(f"newman did not run:\n{done.stderr}")
    report = json.loads(report_path.read_text())
    stats = report["run"]["stats"]["assertions"]
    return stats["total"], stats["failed"], sent_problems(report)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "postman")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    total, failed, problems = run(args.out)
    for problem in problems:
        print(f"placeholder sent: {problem}")
    print(f"newman: {total - failed} passed, {failed} failed assertions; {len(problems)} placeholder(s) sent")
    return 0 if failed == 0 and not problems and total > 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
