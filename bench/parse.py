"""Parse benchmark: 50,000 transactions through `json.loads` alone versus the full client parse path.

The full path is what a user calls: `BankConnect.call("get_transactions", ...)` over a transport that
answers a prepared body (so no network time is measured): status and content-type checks, JSON decoding,
and the generated models built by the shims. Both are timed in alternation over several rounds (medians),
and peak memory (tracemalloc) of the full path is compared with that of the raw dicts from `json.loads`.
Targets: full parse at most 1.6x `json.loads` alone; memory at most 1.5x the raw dicts.

    python bench/parse.py [--transactions N] [--rounds R]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
import tracemalloc

import httpx

from bankconnect import BankConnect
from bankconnect_sandbox.analytics import public_transaction
from bankconnect_sandbox.store import Store

TIME_TARGET, MEMORY_TARGET = 1.6, 1.5


def realistic_body(count: int) -> bytes:
    """A transactions response of ``count`` transactions cycled from a seeded sandbox entity."""
    store = Store()
    store.seed("1", 1, now=0)
    entity = store.list_entities(None, 0, 1)[0]["entity_id"]
    statements = store.statements(entity)
    rows = [public_transaction(t) for t in store.transactions(entity, [s["statement_id"] for s in statements])]
    txns = [
        dict(rows[i % len(rows)], hash=f"{i:032x}", balance=round(rows[i % len(rows)]["balance"] + i, 2))
        for i in range(count)
    ]
    progress = [
        {"statement_id": s["statement_id"], "status": "completed", "message": None, "source": "pdf"} for s in statements
    ]
    accounts = [
        {
            "months": ["2026-04"],
            "statements": [s["statement_id"] for s in statements],
            "account_id": rows[0]["account_id"],
            "bank": "axis",
            "ifsc": None,
            "micr": None,
            "account_category": "individual",
            "account_number": "917010045678321",
        }
    ]
    return json.dumps({"entity_id": entity, "progress": progress, "accounts": accounts, "transactions": txns}).encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transactions", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    raw = realistic_body(args.transactions)
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=raw, headers={"content-type": "application/json"})
    )
    client = BankConnect("bench-key", "bench-hash", "http://bench.invalid/bank-connect/v1", transport=transport)

    def loads_alone() -> object:
        return json.loads(raw)

    def full_parse() -> object:
        return client.call("get_transactions", entity_id="e")

    result = full_parse()
    assert (
        len(result.transactions) == args.transactions
        and result.transactions[-1].hash_ == f"{args.transactions - 1:032x}"
    )
    timings: dict[str, list[float]] = {"loads": [], "full": []}
    for _ in range(args.rounds):  # alternate, so both see the same machine noise
        for name, fn in (("loads", loads_alone), ("full", full_parse)):
            gc.collect()
            started = time.perf_counter()
            fn()
            timings[name].append(time.perf_counter() - started)
    loads, full = statistics.median(timings["loads"]), statistics.median(timings["full"])

    def peak(fn) -> int:
        gc.collect()
        tracemalloc.start()
        kept = fn()
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del kept
        return top

    raw_peak, full_peak = peak(loads_alone), peak(full_parse)
    time_ratio, memory_ratio = full / loads, full_peak / raw_peak
    print(
        f"Parse of {args.transactions:,} transactions ({len(raw) / 1e6:.1f} MB of JSON), medians of {args.rounds} "
        "alternating rounds\n"
    )
    print(f"{'path':<36} {'median ms':>10} {'min ms':>8} {'peak MB':>8}")
    print("-" * 66)
    print(
        f"{'json.loads alone (raw dicts)':<36} {loads * 1e3:>10.1f} {min(timings['loads']) * 1e3:>8.1f} "
        f"{raw_peak / 1e6:>8.1f}"
    )
    print(
        f"{'BankConnect.call(get_transactions)':<36} {full * 1e3:>10.1f} {min(timings['full']) * 1e3:>8.1f} "
        f"{full_peak / 1e6:>8.1f}"
    )
    print("-" * 66)
    print(
        f"time ratio {time_ratio:.2f} (target <= {TIME_TARGET}); memory ratio {memory_ratio:.2f} "
        f"(target <= {MEMORY_TARGET})"
    )
    passed = time_ratio <= TIME_TARGET and memory_ratio <= MEMORY_TARGET
    print(f"RESULT parse_ratio={time_ratio:.2f} target<={TIME_TARGET} {'pass' if passed else 'fail'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
