"""Parse benchmark: 50,000 transactions (17 MB of JSON) through the client's checked parse, side by side with
`json.loads` alone and the limits msgspec sets.

Rows, each timed in alternation with the others over many rounds (all see the same machine noise); a ratio is
the median of the rounds' own ratios to `json.loads` of the same body:
- `json.loads` alone: the raw dicts, the baseline of every ratio (of the conforming and of the drifted body).
- `BankConnect.call(get_transactions)` on the conforming body: what a user calls, over a transport that answers
  a prepared body (no network time): status and content-type checks, then the generated models, typed and
  checked. The fast path: msgspec decodes the body into closed wire structs, the models are built from them.
- the same on the drifted body (5 % of transactions with an unknown field or an unlisted enumeration value): the
  fast path refuses it, so the checked path (msgspec's untyped decode, then `from_dict`) decides.
- `TransactionsResponse.from_json` alone on the conforming body: the same parse without the shims, so with the
  cyclic collector left running, to see what the shims' pause buys.
- the checked path alone on the conforming body (`from_dict` over `json.loads`, the parse before the fast path,
  without the shims' collector pause).
- the limits: msgspec decoding into the wire structs alone, and into attrs classes of the same fields (named as
  in the JSON, without the models' extras dict), and pydantic v2 (strict, extras allowed) for comparison.

Peak memory (tracemalloc) of the client's parse is compared with that of the raw dicts.
Targets: the conforming body at most 1.0x `json.loads`, the drifted body at most 1.8x, memory at most 1.0x.
pydantic is a dev dependency of the bench, never of the client.

    python bench/parse.py [--transactions N] [--rounds R]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
import tracemalloc
import typing
from collections.abc import Callable
from typing import Any, Union

import attrs
import httpx
import msgspec
from pydantic import BaseModel, ConfigDict, create_model

from bankconnect import BankConnect
from bankconnect_client.models import TransactionsResponse
from bankconnect_client.types import wire_type_of
from bankconnect_sandbox.analytics import public_transaction
from bankconnect_sandbox.store import Store
from bankconnect_spec import load_spec, resolve

TIME_TARGET, DRIFT_TARGET, MEMORY_TARGET = 1.0, 1.8, 1.0


def realistic_body(count: int) -> bytes:
    """A transactions response of ``count`` transactions cycled from a seeded sandbox entity."""
    store = Store()
    store.seed("1", 1, now=0)
    entity = store.list_entities(None, 0, 1)[0].entity_id
    statements = store.statements(entity)
    rows = [public_transaction(t) for t in store.transactions(entity, [s.statement_id for s in statements])]
    txns = [
        dict(rows[i % len(rows)], hash=f"{i:032x}", balance=round(rows[i % len(rows)]["balance"] + i, 2))
        for i in range(count)
    ]
    progress = [
        {"statement_id": s.statement_id, "status": "completed", "message": None, "source": "pdf"} for s in statements
    ]
    accounts = [
        {
            "months": ["2026-04"],
            "statements": [s.statement_id for s in statements],
            "account_id": rows[0]["account_id"],
            "bank": "axis",
            "ifsc": None,
            "micr": None,
            "account_category": "individual",
            "account_number": "917010045678321",
        }
    ]
    return json.dumps({"entity_id": entity, "progress": progress, "accounts": accounts, "transactions": txns}).encode()


def drifted(raw: bytes) -> bytes:
    """The same body with 5 % of transactions drifted: every 20th gets an unknown field, alternating with an
    unlisted enumeration value (what BankConnect does when it adds a field or a channel)."""
    body = json.loads(raw)
    for index in range(7, len(body["transactions"]), 20):
        txn = body["transactions"][index]
        if (index // 20) % 2:
            txn["transaction_channel"] = "upi_lite"
        else:
            txn["settlement_utr"] = f"UTR{index:010d}"
    return json.dumps(body).encode()


def attrs_twin(wire: Any, made: dict[Any, Any]) -> Any:
    """An attrs class with the fields of a wire struct under their JSON names (msgspec does not rename attrs
    fields, so the generated models themselves cannot be its target), nested likewise: the msgspec-into-attrs
    limit."""
    if isinstance(wire, type) and issubclass(wire, msgspec.Struct):
        if wire not in made:
            fields = {
                f.encode_name: attrs.field(
                    type=attrs_twin(f.type, made), default=attrs.NOTHING if f.required else f.default
                )
                for f in msgspec.structs.fields(wire)
            }
            made[wire] = attrs.make_class(wire.__name__.replace("Wire", "Twin"), fields, slots=True)
        return made[wire]
    origin, args = typing.get_origin(wire), typing.get_args(wire)
    if origin is list:
        return list[attrs_twin(args[0], made)]  # type: ignore[misc]
    if origin is not None and args and origin not in (typing.Literal,):
        return Union[tuple(attrs_twin(a, made) for a in args)]  # noqa: UP007
    return wire


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


def _median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transactions", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=25)
    args = parser.parse_args()
    raw = realistic_body(args.transactions)
    drift = drifted(raw)

    def client_for(body: bytes) -> BankConnect:
        transport = httpx.MockTransport(
            lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
        )
        return BankConnect("bench-key", "bench-hash", "http://bench.invalid/bank-connect/v1", transport=transport)

    conforming_client, drifted_client = client_for(raw), client_for(drift)

    spec = load_spec()
    response_schema = spec["paths"]["/entity/{entity_id}/transactions/"]["get"]["responses"]["200"]
    content = resolve(spec, response_schema)["content"]["application/json"]["schema"]
    pydantic_response: type[BaseModel] = pydantic_model(spec, content, "TransactionsResponse")
    wire = msgspec.json.Decoder(wire_type_of(TransactionsResponse))
    twins = msgspec.json.Decoder(attrs_twin(wire_type_of(TransactionsResponse), {}))
    rows: dict[str, tuple[str, Callable[[], object]]] = {
        "loads": ("json.loads alone (raw dicts)", lambda: json.loads(raw)),
        "full": (
            "BankConnect.call, conforming body",
            lambda: conforming_client.call("get_transactions", entity_id="e"),
        ),
        "loads_drift": ("json.loads alone, drifted body", lambda: json.loads(drift)),
        "drift": ("BankConnect.call, drifted body", lambda: drifted_client.call("get_transactions", entity_id="e")),
        "gc_on": ("from_json alone, collector not paused", lambda: TransactionsResponse.from_json(raw)),
        "checked": (
            "from_dict(json.loads), collector running",
            lambda: TransactionsResponse.from_dict(json.loads(raw)),
        ),
        "structs": ("msgspec into the wire structs", lambda: wire.decode(raw)),
        "attrs": ("msgspec into attrs, same fields", lambda: twins.decode(raw)),
        "pydantic": ("pydantic model_validate_json", lambda: pydantic_response.model_validate_json(raw)),
    }

    for body, client in ((raw, conforming_client), (drift, drifted_client)):
        result = client.call("get_transactions", entity_id="e")
        assert len(result.transactions) == args.transactions
        assert result.transactions[-1].hash_ == f"{args.transactions - 1:032x}"
        assert result.transactions[-1] == TransactionsResponse.from_dict(json.loads(body)).transactions[-1]
    assert drifted_client.call("get_transactions", entity_id="e").transactions[7].additional_properties
    assert len(twins.decode(raw).transactions) == len(wire.decode(raw).transactions) == args.transactions

    timings: dict[str, list[float]] = {name: [] for name in rows}
    for _ in range(args.rounds):  # interleaved, so that every row sees the same machine noise
        for name, (_, fn) in rows.items():
            gc.collect()
            started = time.perf_counter()
            fn()
            timings[name].append(time.perf_counter() - started)
    median = {name: _median(values) for name, values in timings.items()}

    # Ratios are medians of each round's own ratio: the two timings of a round are seconds apart, so they share
    # the machine's load far better than two medians do (this machine is shared; see docs/benchmarks.md).
    def base_of(name: str) -> list[float]:
        return timings["loads_drift" if name in ("drift", "loads_drift") else "loads"]

    ratio = {
        name: _median([t / b for t, b in zip(values, base_of(name), strict=True)]) for name, values in timings.items()
    }

    def peak(fn: Callable[[], object]) -> int:
        gc.collect()
        tracemalloc.start()
        kept = fn()
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del kept
        return top

    peaks = {name: peak(rows[name][1]) for name in ("loads", "full", "drift", "checked", "structs", "attrs")}
    time_ratio, drift_ratio = ratio["full"], ratio["drift"]
    memory_ratio = peaks["full"] / peaks["loads"]
    print(
        f"Parse of {args.transactions:,} transactions ({len(raw) / 1e6:.1f} MB of JSON), medians of {args.rounds} "
        "interleaved rounds\n"
    )
    print(f"{'path':<40} {'median ms':>10} {'min ms':>8} {'x loads':>8} {'peak MB':>8}")
    print("-" * 78)
    for name, (label, _) in rows.items():
        memory = f"{peaks[name] / 1e6:>8.1f}" if name in peaks else f"{'':>8}"
        print(f"{label:<40} {median[name] * 1e3:>10.1f} {min(timings[name]) * 1e3:>8.1f} {ratio[name]:>8.2f} {memory}")
    print("-" * 78)
    print(
        f"conforming {time_ratio:.2f}x json.loads (target <= {TIME_TARGET}); drifted {drift_ratio:.2f}x "
        f"(target <= {DRIFT_TARGET}); memory {memory_ratio:.2f}x the raw dicts (target <= {MEMORY_TARGET}); "
        f"the collector pause saves {1 - ratio['full'] / ratio['gc_on']:.0%} of the conforming parse"
    )
    passed = time_ratio <= TIME_TARGET and drift_ratio <= DRIFT_TARGET and memory_ratio <= MEMORY_TARGET
    print(f"RESULT parse_ratio={time_ratio:.2f} target<={TIME_TARGET} {'pass' if passed else 'fail'}")
    return 0 if passed else 1  # make bench fails when a target is missed


if __name__ == "__main__":
    raise SystemExit(main())
