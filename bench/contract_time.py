"""Contract benchmark: wall time of the default contract run (`bankconnect contract`), by stage.

Runs the whole contract against the embedded sandbox, as `make contract` does, and reads the per-stage
times and the number of generated test cases from its summary table. Target: at most 120 s on this 2-core
machine. Also reports Schemathesis' generated test cases per second.

    python bench/contract_time.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 120.0


def main() -> int:
    started = time.perf_counter()
    done = subprocess.run(
        [str(Path(sys.executable).parent / "bankconnect"), "contract"], cwd=ROOT, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    rows = re.findall(r"^(\S.{0,17}?)\s+(passed|failed|skipped|no evidence)\s+([\d.]+)s\s+(\d+)\s", done.stderr, re.M)
    if not rows:
        print(done.stderr[-3000:])
        raise SystemExit("bench: the contract run printed no summary table")
    print(f"Contract run (`bankconnect contract`, sandbox target): exit {done.returncode}\n")
    print(f"{'stage':<18} {'result':<11} {'seconds':>8} {'cases':>7} {'cases/s':>8}")
    print("-" * 57)
    cases_per_second = 0.0
    for name, result, seconds, cases in rows:
        rate = int(cases) / float(seconds) if float(seconds) else 0.0
        if name.strip() == "schemathesis":
            cases_per_second = rate
        print(f"{name.strip():<18} {result:<11} {float(seconds):>8.1f} {int(cases):>7} {rate:>8.0f}")
    staged = sum(float(r[2]) for r in rows)
    print("-" * 57)
    print(f"{'stages':<18} {'':<11} {staged:>8.1f}")
    print(f"{'wall (with start-up)':<30} {wall:>8.1f}")
    print(f"\nSchemathesis generated {cases_per_second:.0f} test cases per second.")
    passed = wall <= TARGET_SECONDS and done.returncode == 0
    print(f"RESULT contract_seconds={wall:.1f} target<={TARGET_SECONDS:g} {'pass' if passed else 'fail'}")
    return 0 if passed else 1  # make bench fails when a target is missed


if __name__ == "__main__":
    raise SystemExit(main())
