"""Sandbox benchmark: our sandbox against `prism mock` on the same spec, same machine, same load generator.

Both servers run as their own process on a free loopback port; wrk (Debian's `wrk`) loads each in turn on
the same two endpoints: get_entity (small) and get_transactions of an entity with about 200 transactions
(Prism answers its example, the sandbox its real data). Target: at least 3x Prism's requests/s on both
endpoints, with a lower p99 latency.

    python bench/sandbox_vs_prism.py [--seconds S] [--connections N]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from bankconnect_sandbox.synth import build_entity

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "bankconnect.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
KEYS = {"x-api-key": "sandbox-api-key", "server-hash": "sandbox-server-hash"}
TARGET = 3.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, headers=KEYS, timeout=2).status_code < 500:
                return
        time.sleep(0.2)
    raise SystemExit(f"server at {url} did not come up")


@contextlib.contextmanager
def process(cmd: list[str]) -> Iterator[subprocess.Popen]:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


@contextlib.contextmanager
def sandbox() -> Iterator[str]:
    port = free_port()
    cmd = [
        str(Path(sys.executable).parent / "bankconnect"),
        "sandbox",
        "--port",
        str(port),
        "--processing-seconds",
        "0",
    ]
    with process(cmd):
        url = f"http://127.0.0.1:{port}/bank-connect/v1"
        wait_until_up(f"{url}/entity/")
        yield url


@contextlib.contextmanager
def prism() -> Iterator[str]:
    if not PRISM.exists():
        raise SystemExit(f"{PRISM} is missing: run `make bootstrap` (npm ci)")
    port = free_port()
    with process([str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(SPEC)]):
        url = f"http://127.0.0.1:{port}"
        wait_until_up(f"{url}/entity/")
        yield url


def wrk(url: str, seconds: int, connections: int) -> dict[str, float]:
    headers = [arg for k, v in KEYS.items() for arg in ("-H", f"{k}: {v}")]
    subprocess.run(["wrk", "-t2", f"-c{connections}", "-d2s", *headers, url], capture_output=True, check=True)
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *headers, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def latency(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": latency("50"),
        "p99": latency("99"),
        "non2xx": float(errors.group(1)) if errors else 0.0,
        "bytes": float(len(httpx.get(url, headers=KEYS).content)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: `make bench` installs it (apt-get install wrk)")
    entity = build_entity("1", 0).entity_id  # the seeded entity with about 200 transactions
    endpoints = {"get_entity": f"/entity/{entity}/", "get_transactions": f"/entity/{entity}/transactions/"}
    results: dict[tuple[str, str], dict[str, float]] = {}
    for name, server in (("sandbox", sandbox), ("prism", prism)):
        with server() as base:
            for endpoint, path in endpoints.items():
                results[(name, endpoint)] = wrk(base + path, args.seconds, args.connections)
    print(f"Sandbox vs Prism: wrk -t2 -c{args.connections} -d{args.seconds}s, loopback, 2 cores\n")
    print(f"{'server':<8} {'endpoint':<17} {'body bytes':>10} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
    print("-" * 74)
    for (name, endpoint), r in results.items():
        print(
            f"{name:<8} {endpoint:<17} {r['bytes']:>10.0f} {r['rps']:>9.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} "
            f"{r['non2xx']:>8.0f}"
        )
    print("-" * 74)
    ratios, p99_lower = [], True
    for endpoint in endpoints:
        ours, theirs = results[("sandbox", endpoint)], results[("prism", endpoint)]
        ratio = ours["rps"] / theirs["rps"]
        ratios.append(ratio)
        lower = ours["p99"] < theirs["p99"]
        p99_lower &= lower
        print(
            f"{endpoint:<17} throughput {ratio:.2f}x Prism; p99 {ours['p99']:.2f} vs {theirs['p99']:.2f} ms "
            f"({'lower' if lower else 'NOT lower'})"
        )
    worst = min(ratios)
    passed = worst >= TARGET and p99_lower and all(r["non2xx"] == 0 for k, r in results.items() if k[0] == "sandbox")
    print(f"RESULT throughput_ratio={worst:.2f} target>={TARGET} {'pass' if passed else 'fail'}")
    return 0 if passed else 1  # make bench fails when a target is missed


if __name__ == "__main__":
    raise SystemExit(main())
