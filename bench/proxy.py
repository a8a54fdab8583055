"""Proxy benchmark: what `bankconnect proxy` (observe mode) adds to every call, measured against direct calls.

A sandbox runs in its own process; a proxy in front of it in another. wrk (Debian's `wrk`) loads get_transactions
of the ~200-transaction entity (62 KB answers) directly and then through the proxy, with the same connections and
duration, in one run. Reported: requests/s, p50 and p99 latency of each, the proxy's added p50/p99, and how many
answers the proxy analysed. Target: p99 overhead under 5 ms at 32 connections, with every answer analysed.

    python bench/proxy.py [--seconds 8] [--connections 32]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sandbox_vs_prism import free_port, process, sandbox, wait_until_up, wrk  # noqa: E402

from bankconnect_sandbox.synth import build_entity  # noqa: E402

TARGET_MS = 5.0


@contextlib.contextmanager
def proxy(upstream: str, report_dir: Path) -> Iterator[str]:
    port = free_port()
    cmd = [str(Path(sys.executable).parent / "bankconnect"), "proxy", "--upstream", upstream, "--port", str(port),
           "--report-dir", str(report_dir)]  # fmt: skip
    with process(cmd):
        url = f"http://127.0.0.1:{port}/bank-connect/v1"
        wait_until_up(f"{url}/entity/")
        yield url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: `make bench` installs it (apt-get install wrk)")
    path = f"/entity/{build_entity('1', 0).entity_id}/transactions/"
    reports = Path(tempfile.mkdtemp(prefix="bankconnect-proxy-bench-"))
    with sandbox() as upstream, proxy(upstream, reports) as through:
        direct = wrk(upstream + path, args.seconds, args.connections)
        proxied = wrk(through + path, args.seconds, args.connections)
    counts = json.loads((reports / "proxy.json").read_text())  # written when the proxy stopped
    print(f"Proxy overhead: get_transactions (~200 transactions), wrk -t2 -c{args.connections} -d{args.seconds}s\n")
    print(f"{'path':<10} {'body bytes':>10} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
    print("-" * 58)
    for name, r in (("direct", direct), ("proxy", proxied)):
        print(f"{name:<10} {r['bytes']:>10.0f} {r['rps']:>9.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} {r['non2xx']:>8.0f}")
    print("-" * 58)
    p50, p99 = proxied["p50"] - direct["p50"], proxied["p99"] - direct["p99"]
    print(f"added latency: p50 {p50:.2f} ms, p99 {p99:.2f} ms; throughput {proxied['rps'] / direct['rps']:.2f}x direct")
    # An overhead bought by leaving answers unchecked is no overhead: every forwarded answer must be analysed.
    print(
        f"proxy: {counts['forwarded']} forwarded, {counts['analysed']} analysed, {counts['not_analysed']} not analysed"
    )
    passed = p99 < TARGET_MS and proxied["non2xx"] == 0 and counts["not_analysed"] == 0
    print(f"RESULT proxy_overhead_p99_ms={p99:.2f} target<{TARGET_MS} {'pass' if passed else 'fail'}")
    return 0 if passed else 1  # make bench fails when a target is missed


if __name__ == "__main__":
    raise SystemExit(main())
