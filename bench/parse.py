"""Parse benchmark: 50,000 transactions through `json.loads` alone, the full (type-checked) client parse path,
and pydantic v2 validating the same body into equivalent models.

The full path is what a user calls: `BankConnect.call("get_transactions", ...)` over a transport that
answers a prepared body (so no network time is measured): status and content-type checks, JSON decoding,
and the generated models built and type-checked. The pydantic models are built from the same spec schema at
run time (strict mode, extra fields allowed, nothing declared twice); pydantic is a dev dependency of the
bench, never of the client. All three are timed in alternation over several rounds (medians), and peak
memory (tracemalloc) of the full path is compared with that of the raw dicts from `json.loads`.
Targets: full parse at most 1.6x `json.loads` alone and no slower than pydantic; memory at most 1.5x the raw
dicts.

    python bench/parse.py [--transactions N] [--rounds R]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
import tracemalloc
from typing import Any, Union

import httpx
from pydantic import BaseModel, ConfigDict, create_model

from bankconnect import BankConnect
from bankconnect_sandbox.analytics import public_transaction
from bankconnect_sandbox.store import Store
from bankconnect_spec import load_spec, resolve

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


def pydantic_model(spec: dict[str, Any], schema: dict[str, Any], name: str) -> Any:
    """A pydantic type for an OpenAPI 3.0 schema: what the generated client checks, in pydantic's terms."""
    schema = resolve(spec, schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolve(spec, part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        schema = merged
    if "oneOf" in schema:
        return Union[tuple(pydantic_model(spec, s, name) for s in schema["oneOf"])]  # noqa: UP007
    kind = schema.get("type", "object")
    if kind == "array":
        python: Any = list[pydantic_model(spec, schema["items"], name + "Item")]
    elif kind == "object" and "properties" in schema:
        required = set(schema.get("required", []))
        fields = {
            key: (pydantic_model(spec, prop, name + key.title()), ... if key in required else None)
            for key, prop in schema["properties"].items()
        }
        python = create_model(name, __config__=ConfigDict(extra="allow", strict=True), **fields)  # type: ignore[call-overload]
    elif kind == "object":
        python = dict[str, Any]
    else:
        python = {"string": str, "number": float, "integer": int, "boolean": bool}[kind]
    return python | None if schema.get("nullable") else python


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

    spec = load_spec()
    response_schema = spec["paths"]["/entity/{entity_id}/transactions/"]["get"]["responses"]["200"]
    content = resolve(spec, response_schema)["content"]["application/json"]["schema"]
    pydantic_response: type[BaseModel] = pydantic_model(spec, content, "TransactionsResponse")

    def loads_alone() -> object:
        return json.loads(raw)

    def pydantic_parse() -> object:
        return pydantic_response.model_validate_json(raw)

    def full_parse() -> object:
        return client.call("get_transactions", entity_id="e")

    result = full_parse()
    assert (
        len(result.transactions) == args.transactions
        and result.transactions[-1].hash_ == f"{args.transactions - 1:032x}"
    )
    assert len(pydantic_parse().transactions) == args.transactions  # type: ignore[attr-defined]
    timings: dict[str, list[float]] = {"loads": [], "full": [], "pydantic": []}
    for _ in range(args.rounds):  # alternate, so all see the same machine noise
        for name, fn in (("loads", loads_alone), ("full", full_parse), ("pydantic", pydantic_parse)):
            gc.collect()
            started = time.perf_counter()
            fn()
            timings[name].append(time.perf_counter() - started)
    loads, full = statistics.median(timings["loads"]), statistics.median(timings["full"])
    pydantic = statistics.median(timings["pydantic"])

    def peak(fn) -> int:
        gc.collect()
        tracemalloc.start()
        kept = fn()
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del kept
        return top

    raw_peak, full_peak, pydantic_peak = peak(loads_alone), peak(full_parse), peak(pydantic_parse)
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
    print(
        f"{'pydantic model_validate_json':<36} {pydantic * 1e3:>10.1f} {min(timings['pydantic']) * 1e3:>8.1f} "
        f"{pydantic_peak / 1e6:>8.1f}"
    )
    print("-" * 66)
    print(
        f"time ratio {time_ratio:.2f} (target <= {TIME_TARGET}); memory ratio {memory_ratio:.2f} "
        f"(target <= {MEMORY_TARGET}); versus pydantic {full / pydantic:.2f} (target <= 1.0)"
    )
    passed = time_ratio <= TIME_TARGET and memory_ratio <= MEMORY_TARGET and full <= pydantic
    print(f"RESULT parse_ratio={time_ratio:.2f} target<={TIME_TARGET} {'pass' if passed else 'fail'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
