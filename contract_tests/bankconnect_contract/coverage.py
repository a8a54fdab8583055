"""What a contract run exercised, measured against the spec, with the gates that make "passed" mean something.

From the exchanges of a run (Schemathesis' VCR report and the replayed cassettes):

- operations answered, and documented statuses seen per operation;
- response properties (by JSON path per operation and status): seen present, seen non-null, and — where the
  spec allows null — seen null;
- values seen of each enumeration (by component name);
- links followed: documented OpenAPI links whose target operation the stateful phase called;
- embedded examples that validate against their schemas.

Thresholds (percentages) ship with the package per kind of target (``DEFAULT_GATES``); a team's
``[tool.bankconnect.coverage]`` in the ``pyproject.toml`` of the folder the run is for (``--repo``) replaces
them. A run below any of them fails its coverage stage; a run without gates (live, unless the team sets
``[tool.bankconnect.coverage.live]``) says so in every report.
"""

from __future__ import annotations

import json
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bankconnect_spec import Router, load_spec, local_path, merged, nullable, operations, resolve
from bankconnect_spec import validator as spec_validator

from . import json_body
from .drift import Exchange

MAX_DEPTH = 8


@dataclass
class Coverage:
    operations: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))  # op -> statuses seen
    documented: dict[str, set[int]] = field(default_factory=dict)
    paths: dict[tuple[str, int, str], bool] = field(default_factory=dict)  # (op, status, path) -> nullable
    present: set[tuple[str, int, str]] = field(default_factory=set)
    non_null: set[tuple[str, int, str]] = field(default_factory=set)
    null: set[tuple[str, int, str]] = field(default_factory=set)
    enums: dict[str, list[Any]] = field(default_factory=dict)  # component -> documented values
    enum_seen: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    links: dict[str, str] = field(default_factory=dict)  # link name -> target operationId
    stateful_calls: set[str] = field(default_factory=set)
    examples: tuple[int, int] = (0, 0)  # (valid, total)
    unreachable: frozenset[int] = frozenset()  # statuses this target cannot be asked for (left out unless seen)
    deprecated: dict[tuple[str, int, str], str] = field(default_factory=dict)  # property path -> x-sunset

    def reachable(self, op: str) -> set[int]:
        """The documented statuses of ``op`` this target can be asked for (and any it answered)."""
        seen = self.operations.get(op, set())
        return {s for s in self.documented[op] if s not in self.unreachable or s in seen}

    def never_reached(self) -> list[str]:
        """Each operation and documented status no answer showed (``op status``; unreachable ones marked)."""
        out = []
        for op in sorted(self.documented):
            for status in sorted(self.documented[op] - self.operations.get(op, set())):
                note = " (not reachable on this target: a fault only a faulting sandbox answers)"
                out.append(f"{op} {status}" + (note if status in self.unreachable else ""))
        return out

    def percentages(self) -> dict[str, float]:
        statuses = sum(len(self.reachable(op)) for op in self.documented)
        seen_statuses = sum(len(self.operations.get(op, set()) & self.reachable(op)) for op in self.documented)
        values = sum(len(v) for v in self.enums.values())
        seen_values = sum(
            len(self.enum_seen[name] & {json.dumps(v) for v in vals}) for name, vals in self.enums.items()
        )
        # Properties of a status this target cannot be asked for are left out with the status itself.
        paths = {p: allowed for p, allowed in self.paths.items() if p[1] in self.reachable(p[0])}
        nullable = [p for p, allowed in paths.items() if allowed]
        followed = [name for name, target in self.links.items() if target in self.stateful_calls]
        valid, total = self.examples
        return {
            "operations": _pct(sum(1 for op in self.documented if self.operations.get(op)), len(self.documented)),
            "statuses": _pct(seen_statuses, statuses),
            "properties": _pct(len(self.present & paths.keys()), len(paths)),
            "properties_non_null": _pct(len(self.non_null & paths.keys()), len(paths)),
            "nullable_seen_null": _pct(len(self.null & set(nullable)), len(nullable)),
            "enum_values": _pct(seen_values, values),
            "links": _pct(len(followed), len(self.links)),
            "examples": _pct(valid, total),
        }

    def to_json(self) -> dict[str, Any]:
        per_operation = {
            op: {
                "statuses_documented": sorted(documented),
                "statuses_seen": sorted(self.operations.get(op, set()) & documented),
                "properties": len([p for p in self.paths if p[0] == op]),
                "properties_seen": len([p for p in self.present & self.paths.keys() if p[0] == op]),
            }
            for op, documented in sorted(self.documented.items())
        }
        return {
            "percent": self.percentages(),
            "operations": per_operation,
            "enumerations": {
                name: {
                    "documented": len(values),
                    "seen": sorted(self.enum_seen[name]),
                    "unseen": [v for v in values if json.dumps(v) not in self.enum_seen[name]][:50],
                }
                for name, values in sorted(self.enums.items())
            },
            "properties_never_seen": sorted(
                f"{op} {status} {path}" for op, status, path in self.paths.keys() - self.present
            )[:200],
            "links": {
                name: {"target": t, "followed": t in self.stateful_calls} for name, t in sorted(self.links.items())
            },
            "examples": {"valid": self.examples[0], "total": self.examples[1]},
            "statuses_never_reached": self.never_reached(),
            "statuses_left_out": sorted(self.unreachable),
        }


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 100.0


# ----------------------------------------------------------------------------------------- documented
def documented_paths(
    spec: dict[str, Any], schema: dict[str, Any], path: str = "", depth: int = 0
) -> Iterator[tuple[str, bool, str | None]]:
    """(JSON path, nullable, x-sunset when deprecated) of every property a response schema describes; arrays as
    ``[]``, map values ``*``."""
    if depth > MAX_DEPTH:
        return
    for option in resolve(spec, schema).get("oneOf", []) + resolve(spec, schema).get("anyOf", []):
        yield from documented_paths(spec, option, path, depth + 1)
    whole = merged(spec, schema)
    for name, prop in whole.get("properties", {}).items():
        child = f"{path}.{name}" if path else name
        sunset = resolve(spec, prop).get("x-sunset") if resolve(spec, prop).get("deprecated") else None
        yield child, nullable(spec, prop), str(sunset) if sunset else None
        yield from documented_paths(spec, prop, child, depth + 1)
    if whole.get("type") == "array" and "items" in whole:
        yield from documented_paths(spec, whole["items"], path + "[]", depth + 1)
    extra = whole.get("additionalProperties")
    if isinstance(extra, dict):
        yield from documented_paths(spec, extra, f"{path}.*" if path else "*", depth + 1)


def _enums(spec: dict[str, Any]) -> dict[str, list[Any]]:
    found = {name: s["enum"] for name, s in spec["components"]["schemas"].items() if "enum" in s}
    for name, s in spec["components"]["schemas"].items():
        for prop, sub in s.get("properties", {}).items():
            if "enum" in sub:
                found[f"{name}.{prop}"] = sub["enum"]
    return {name: [v for v in values if v is not None] for name, values in found.items()}


def _links(spec: dict[str, Any]) -> dict[str, str]:
    return {name: link["operationId"] for name, link in spec.get("components", {}).get("links", {}).items()}


def _examples(spec: dict[str, Any]) -> tuple[int, int]:
    valid = total = 0
    for op in operations(spec).values():
        for response in op.spec["responses"].values():
            for media in resolve(spec, response).get("content", {}).values():
                samples = ([media["example"]] if "example" in media else []) + [
                    resolve(spec, e)["value"] for e in media.get("examples", {}).values()
                ]
                for sample in samples:
                    total += 1
                    validator = spec_validator(spec, media["schema"])
                    valid += not any(True for _ in validator.iter_errors(sample))
    return valid, total


# -------------------------------------------------------------------------------------------- observed
def _walk(
    spec: dict[str, Any],
    schema: dict[str, Any],
    value: Any,
    path: str,
    seen: Coverage,
    key: tuple[str, int],
    enums_by_id: dict[int, str],
    depth: int = 0,
) -> None:
    if depth > MAX_DEPTH:
        return
    resolved = resolve(spec, schema)
    enum_name = enums_by_id.get(id(resolved))
    if enum_name is not None and value is not None and not isinstance(value, dict | list):
        seen.enum_seen[enum_name].add(json.dumps(value))
    for option in resolved.get("oneOf", []) + resolved.get("anyOf", []):
        _walk(spec, option, value, path, seen, key, enums_by_id, depth + 1)
    whole = merged(spec, schema)
    if isinstance(value, dict):
        properties = whole.get("properties", {})
        extra = whole.get("additionalProperties")
        for name, item in value.items():
            if name in properties:
                child = f"{path}.{name}" if path else name
                seen.present.add((*key, child))
                (seen.null if item is None else seen.non_null).add((*key, child))
                sub = properties[name]
                sub_resolved = resolve(spec, sub)
                name_of_enum = enums_by_id.get(id(sub)) or enums_by_id.get(id(sub_resolved))
                if name_of_enum and item is not None and not isinstance(item, dict | list):
                    seen.enum_seen[name_of_enum].add(json.dumps(item))
                _walk(spec, sub, item, child, seen, key, enums_by_id, depth + 1)
            elif isinstance(extra, dict):
                _walk(spec, extra, item, f"{path}.*" if path else "*", seen, key, enums_by_id, depth + 1)
    elif isinstance(value, list) and "items" in whole:
        for item in value:
            _walk(spec, whole["items"], item, path + "[]", seen, key, enums_by_id, depth + 1)


def measure(
    exchanges: Iterable[Exchange],
    stateful_operations: Iterable[str] = (),
    spec: dict[str, Any] | None = None,
    unreachable: Iterable[int] = (),
) -> Coverage:
    spec = spec or load_spec()
    ops = operations(spec)
    router = Router(ops)
    cov = Coverage(unreachable=frozenset(unreachable))
    cov.documented = {op_id: set(op.statuses) for op_id, op in ops.items()}
    cov.enums = _enums(spec)
    schemas = spec["components"]["schemas"]
    enums_by_id = {id(schemas[name]): name for name in cov.enums if name in schemas}
    for name in cov.enums:
        if "." in name:
            owner, prop = name.split(".", 1)
            enums_by_id[id(schemas[owner]["properties"][prop])] = name
    for op_id, op in ops.items():
        for status in op.statuses:
            response = resolve(spec, op.spec["responses"][str(status)])
            media = response.get("content", {}).get("application/json")
            if media:
                for path, nullable, sunset in documented_paths(spec, media["schema"]):
                    cov.paths[(op_id, status, path)] = cov.paths.get((op_id, status, path), False) or nullable
                    if sunset:
                        cov.deprecated[(op_id, status, path)] = sunset
    cov.links = _links(spec)
    cov.stateful_calls = set(stateful_operations)
    cov.examples = _examples(spec)
    for exchange in exchanges:
        local = urlsplit(exchange.url).path
        local = local_path(spec, local) or local
        op, _params, _allowed = router.match(exchange.method, local)
        if op is None:
            continue
        cov.operations[op.operation_id].add(exchange.status)
        response = op.spec["responses"].get(str(exchange.status))
        media = resolve(spec, response).get("content", {}).get("application/json") if response else None
        if not media or "json" not in exchange.content_type:
            continue
        try:
            body = json_body.loads(exchange.body)
        except ValueError:
            continue
        _walk(spec, media["schema"], body, "", cov, (op.operation_id, exchange.status), enums_by_id)
    return cov


def stateful_operations(vcr: dict[str, Any]) -> set[str]:
    """The operations Schemathesis' stateful phase called (following the spec's links), from its VCR report."""
    spec = load_spec()
    router = Router(operations(spec))
    called = set()
    for item in vcr.get("http_interactions") or []:
        if (item.get("phase") or {}).get("name") != "stateful":
            continue
        request = item.get("request") or {}
        local = urlsplit(str(request.get("uri", ""))).path
        local = local_path(spec, local) or local
        op, _params, _allowed = router.match(str(request.get("method", "GET")), local)
        if op is not None:
            called.add(op.operation_id)
    return called


# The gates that ship with the package, per kind of target (percent). A run the contract starts against its own
# sandbox can ask for every documented answer (the fault sandboxes give 429 and 503, the expired key 402), so
# it is held to all of them; a sandbox the user started gives no faults unasked, so 429 and 503 are left out of
# its statuses (and listed as not reachable); a live target is read-only and budgeted: no gates unless a
# team sets them in [tool.bankconnect.coverage.live].
_EVERY_ANSWER = {"operations": 100, "statuses": 100, "properties": 85, "enum_values": 12, "links": 70, "examples": 100}
DEFAULT_GATES: dict[str, dict[str, float]] = {"sandbox": _EVERY_ANSWER, "sandbox-url": _EVERY_ANSWER, "live": {}}
# Documented statuses only a faulting target answers: not reachable on a sandbox the user started, nor live.
FAULT_STATUSES = frozenset({429, 503})
UNREACHABLE = {"sandbox": frozenset(), "sandbox-url": FAULT_STATUSES, "live": FAULT_STATUSES}


@dataclass(frozen=True)
class Gates:
    thresholds: dict[str, float]
    source: str  # where they come from, or why there are none: said in every report

    def describe(self) -> str:
        return f"gates from {self.source}" if self.thresholds else f"no gates: {self.source}"


def gates(repo: Path, profile: str = "sandbox") -> Gates:
    """The thresholds in percent for a target ``profile`` (sandbox, sandbox-url or live): the package's
    defaults, replaced by ``[tool.bankconnect.coverage]`` (sandbox targets) or ``[tool.bankconnect.coverage.live]``
    in the pyproject.toml of ``repo`` (the folder the run is for) when the team sets them."""
    pyproject = repo / "pyproject.toml"
    table: dict[str, Any] = {}
    if pyproject.is_file():
        try:
            table = tomllib.loads(pyproject.read_text()).get("tool", {}).get("bankconnect", {}).get("coverage", {})
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{pyproject}: not TOML ({exc}): fix [tool.bankconnect.coverage]") from None
    configured = table.get("live", {}) if profile == "live" else {k: v for k, v in table.items() if k != "live"}
    if configured:
        wrong = [k for k, v in configured.items() if not isinstance(v, int | float) or not 0 <= v <= 100]
        if wrong:
            raise ValueError(f"{pyproject}: [tool.bankconnect.coverage] {', '.join(wrong)}: a percent 0-100")
        where = "[tool.bankconnect.coverage.live]" if profile == "live" else "[tool.bankconnect.coverage]"
        return Gates({k: float(v) for k, v in configured.items()}, f"{pyproject} {where}")
    defaults = DEFAULT_GATES.get(profile, {})
    if not defaults:
        return Gates(
            {},
            "a live target is read-only and budgeted, so the package sets none; set them in"
            " [tool.bankconnect.coverage.live] of pyproject.toml",
        )
    return Gates({k: float(v) for k, v in defaults.items()}, f"the package's defaults for a {profile} target")


def below(percent: dict[str, float], thresholds: dict[str, float]) -> list[str]:
    return [
        f"{name} {percent.get(name, 0.0):g} % < {limit:g} %"
        for name, limit in thresholds.items()
        if percent.get(name, 0.0) < limit
    ]
