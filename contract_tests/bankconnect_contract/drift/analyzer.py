"""The analyser: each exchange against the spec, differences aggregated into findings; then, over the answers
of each entity, the semantic invariants."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from bankconnect_spec import Operation, Router, accepts_null, base_path, load_spec, local_path, operations, resolve
from bankconnect_spec import merged as merged_schema

from .. import invariants, json_body, personal
from .exchange import Exchange
from .findings import Difference, Finding, FindingKey
from .problems import BREAKING, PROBLEMS
from .request_checks import documented_fields, request_problems

TYPES = {"object": dict, "array": list, "string": str, "boolean": bool}

# Response headers any HTTP server or proxy may send; others that the spec does not document are reported.
STANDARD_HEADERS = frozenset(
    """accept-ranges age allow alt-svc cache-control connection content-disposition content-encoding
    content-language content-length content-security-policy content-type cross-origin-opener-policy
    cross-origin-resource-policy date etag expires keep-alive last-modified link location pragma referrer-policy
    retry-after server set-cookie strict-transport-security transfer-encoding vary via www-authenticate
    x-content-type-options x-frame-options x-xss-protection""".split()
)


class Counted(NamedTuple):
    """What one exchange counted: (finding key, times) for each finding it showed, and the keys first seen in it."""

    findings: tuple[tuple[FindingKey, int], ...]
    new: tuple[FindingKey, ...]


class Analyzer:
    """Checks exchanges against the spec and aggregates what differs into findings (by code, operation, status
    and path). ``analyze`` one exchange at a time, then ``report``; ``proposals`` feed ``overlay``."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec or load_spec()
        self.base_path = base_path(self.spec)
        self.router = Router(operations(self.spec))
        self.findings: dict[FindingKey, Finding] = {}
        self.proposals: dict[tuple, int] = {}  # additive findings' patches -> exchanges that showed them
        self.proposed_in: dict[tuple, int] = {}  # (action, target, name) -> exchanges, whatever the type seen
        self._current: Exchange | None = None  # the exchange being analysed, for the findings' example request
        self._counting: dict[FindingKey, int] | None = None  # what the exchange being analysed counted
        self.exchanges = 0

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        return resolve(self.spec, node)

    def local(self, path: str) -> str:
        """A request path relative to the base path (a recorded path may carry it or not)."""
        return local_path(self.spec, path) or path

    def _operation(self, method: str, url: str) -> Operation | None:
        """The operation a recorded request was for (its path with or without the base path)."""
        path = urlsplit(url).path
        op, _params, _allowed = self.router.match(method, self.local(path))
        return op

    def add(self, code: str, op: str, status: int, path: str, observed: Any, expected: Any, source: str) -> None:
        problem = PROBLEMS[code]
        key = (code, op, status, path)
        finding = self.findings.get(key)
        if finding is None:
            shown = personal.masked_observation(path, observed)
            finding = self.findings[key] = Finding(
                code, problem.kind, op, status, path, problem.says, shown, expected, request=self._example()
            )
        finding.count += 1
        if len(finding.sources) < 5 and source not in finding.sources:
            finding.sources.append(source)
        if self._counting is not None:
            self._counting[key] = self._counting.get(key, 0) + 1

    def count_again(self, counted: Counted) -> None:
        """Count an exchange identical to one already analysed (the proxy sees polling repeat itself) without
        walking it again: the same findings, once more each."""
        self.exchanges += 1
        for key, times in counted.findings:
            self.findings[key].count += times

    def _example(self) -> dict[str, str] | None:
        """The current exchange's request, for reproducing it (the body only when it is short text)."""
        exchange = self._current
        if exchange is None:
            return None
        parts = urlsplit(exchange.url)
        local = self.local(parts.path)
        op = self._operation(exchange.method, exchange.url)
        documented = documented_fields(op, self.spec) if op else frozenset()
        body = exchange.request_body
        text = body.decode("utf-8", "replace") if body and b"\x00" not in body and len(body) <= 2000 else ""
        # A team's own traffic (proxy, HAR): passwords, personal fields and signed links are masked here, once,
        # before the example reaches any report or log.
        return {
            "method": exchange.method,
            "path": local + (f"?{personal.shareable_query(parts.query, documented)}" if parts.query else ""),
            "content_type": exchange.request_content_type,
            "body": personal.shareable_body(text, exchange.request_content_type, documented) if text else "",
        }

    def analyze(self, exchange: Exchange) -> Counted:
        """Check one exchange; what it counted (findings, and which of them are new) comes back."""
        before = len(self.findings)
        self._counting = {}
        try:
            self._analyze(exchange)
            counted = tuple(self._counting.items())
        finally:
            self._counting = None
        new = tuple(key for key in list(self.findings)[before:])
        return Counted(counted, new)

    def _analyze(self, exchange: Exchange) -> None:
        self.exchanges += 1
        self._current = exchange
        operation = self._operation(exchange.method, exchange.url)
        if operation is None:
            if exchange.status in (404, 405):  # an undocumented call, correctly refused
                return
            self.add(
                "undocumented_operation",
                f"{exchange.method} (undocumented)",
                exchange.status,
                "",
                urlsplit(exchange.url).path,
                "404 or 405",
                exchange.source,
            )
            return
        op, name = operation.spec, operation.operation_id
        if exchange.request_recorded:  # a team's own traffic: what its client sent is checked too
            sent = request_problems(
                operation, exchange.url, exchange.request_content_type, exchange.request_body, self.spec, self.walk
            )
            for found in sent:
                self.add(found.code, name, exchange.status, found.path, found.observed, found.expected, exchange.source)
        response = op["responses"].get(str(exchange.status)) or op["responses"].get(f"{str(exchange.status)[0]}XX")
        if response is None:
            self.add(
                "undocumented_status",
                name,
                exchange.status,
                "",
                exchange.status,
                sorted(op["responses"]),
                exchange.source,
            )
            return
        self._headers(name, exchange, self.resolve(response).get("headers", {}))
        content = self.resolve(response).get("content", {})
        ctype = exchange.content_type.split(";")[0].strip().lower()
        if not content:
            return
        if ctype not in content:
            self.add(
                "undocumented_content_type",
                name,
                exchange.status,
                "",
                ctype or "(none)",
                sorted(content),
                exchange.source,
            )
            return
        try:
            body = json_body.loads(exchange.body)
        except ValueError as exc:
            self.add(
                "invalid_json",
                name,
                exchange.status,
                "",
                str(exc) if isinstance(exc, json_body.TooDeep) else exchange.body[:60].decode("utf-8", "replace"),
                "JSON",
                exchange.source,
            )
            return
        patches: set[tuple] = set()  # each counted once per exchange, not once per item of an array
        for found in _renames(list(self.walk(content[ctype]["schema"], body, ""))):
            self.add(found.code, name, exchange.status, found.path, found.observed, found.expected, exchange.source)
            if found.patch:
                patches.add(found.patch)
        for patch in patches:
            self.proposals[patch] = self.proposals.get(patch, 0) + 1
        for place in {patch[:3] for patch in patches}:
            self.proposed_in[place] = self.proposed_in.get(place, 0) + 1

    def _headers(self, name: str, exchange: Exchange, documented: dict[str, Any]) -> None:
        """Documented headers must be there (when required) and match their schema; undocumented ones beyond the
        standard set are reported as additive."""
        if not exchange.headers:
            return  # a recording without headers says nothing about them
        known = {key.lower(): self.resolve(value) for key, value in documented.items()}
        for key, header in known.items():
            value = exchange.headers.get(key)
            where = f"(header) {key}"
            if value is None:
                if header.get("required"):
                    self.add("header_missing", name, exchange.status, where, "(absent)", "present", exchange.source)
            elif any(PROBLEMS[d.code].kind == BREAKING for d in self.walk(header.get("schema", {}), value, where)):
                pattern = self.resolve(header.get("schema", {})).get("pattern", "its schema")
                self.add("header_changed", name, exchange.status, where, value, pattern, exchange.source)
        for key in exchange.headers.keys() - known.keys() - STANDARD_HEADERS:
            self.add(
                "unknown_header", name, exchange.status, f"(header) {key}", key, "(not documented)", exchange.source
            )

    def walk(self, schema: dict[str, Any], value: Any, path: str, at: str | None = None) -> Iterator[Difference]:
        """Differences under ``value``; ``at`` is the JSONPath of ``schema`` in the spec when known, so that an
        additive finding can carry the patch that would document it (a fifth element: see ``proposals``)."""
        if "$ref" in schema:
            at = _json_path(schema["$ref"])
        schema = self.resolve(schema)
        if value is None:
            if not accepts_null(self.spec, schema):
                yield Difference("null_not_allowed", path, None, _expected(schema))
            return
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if alternatives:
            kind = "oneOf" if schema.get("oneOf") else "anyOf"
            for i, option in enumerate(alternatives):
                found = list(self.walk(option, value, path, f"{at}.{kind}[{i}]" if at else None))
                if not any(PROBLEMS[d.code].kind == BREAKING for d in found):
                    yield from found
                    return
            yield Difference("no_documented_shape", path, _kind(value), "one of its alternatives")
            return
        merged = merged_schema(self.spec, schema)
        expected_type = merged.get("type")
        if expected_type is None and ("properties" in merged or "additionalProperties" in merged):
            expected_type = "object"
        if expected_type and not _is_type(value, expected_type):
            yield Difference(
                "type_changed",
                path,
                value if not isinstance(value, dict | list) else _kind(value),
                expected_type,
            )
            return
        if "enum" in merged and value not in merged["enum"] and all(v is None for v in merged["enum"]):
            # An enumeration of null alone stands for JSON null (NullValue): a value here is a changed type.
            shown = value if not isinstance(value, dict | list) else _kind(value)
            yield Difference("type_changed", path, shown, "null")
            return
        if "enum" in merged and value not in merged["enum"]:
            opened = merged.get("x-open-enum", True)  # whether the vendor may add values (absent: open)
            yield Difference(
                "enum_value_unlisted" if opened else "closed_enum_value",
                path,
                value,
                (merged["enum"] if len(merged["enum"]) <= 8 else f"one of {len(merged['enum'])} documented values"),
                ("enum", f"{at}['enum']", value) if opened and at and "enum" in schema else None,
            )
        if isinstance(value, str):
            if "pattern" in merged and not re.search(merged["pattern"], value):
                yield Difference("format_changed", path, value, f"pattern {merged['pattern']}")
            if merged.get("format") == "uri" and not urlsplit(value).scheme:
                yield Difference("format_changed", path, value, "format uri")
        if isinstance(value, int | float) and not isinstance(value, bool):
            if "minimum" in merged and value < merged["minimum"] or "maximum" in merged and value > merged["maximum"]:
                yield Difference(
                    "out_of_range",
                    path,
                    value,
                    f"{merged.get('minimum', '-inf')}..{merged.get('maximum', 'inf')}",
                )
        if isinstance(value, dict):
            properties = merged.get("properties", {})
            for name in merged.get("required", []):
                if name not in value:
                    yield Difference(
                        "missing_required",
                        _join(path, name),
                        "(absent)",
                        _expected(self.resolve(properties.get(name, {}))),
                    )
            extra = merged.get("additionalProperties")
            for key, item in value.items():
                if key in properties:
                    yield from self.walk(properties[key], item, _join(path, key), self._property_at(schema, at, key))
                elif isinstance(extra, dict):
                    key_pattern = merged.get("x-key-pattern")  # OpenAPI 3.0 cannot constrain keys; we document it
                    if key_pattern and not re.search(key_pattern, key):
                        yield Difference("key_format_changed", _join(path, key), key, f"keys matching {key_pattern}")
                    extra_at = f"{at}['additionalProperties']" if at and "additionalProperties" in schema else None
                    yield from self.walk(extra, item, _join(path, "*"), extra_at)
                else:
                    fix = ("property", f"{at}['properties']", key, _kind(item)) if at else None
                    yield Difference("unknown_field", _join(path, key), _kind(item), "(not documented)", fix)
        if isinstance(value, list) and "items" in merged:
            items_at = f"{at}['items']" if at and "items" in schema else None
            for item in value:
                yield from self.walk(merged["items"], item, path + "[]", items_at)

    def _property_at(self, schema: dict[str, Any], at: str | None, key: str) -> str | None:
        """Where in the spec the property ``key`` of ``schema`` (at ``at``) is declared: its own properties or
        those of an ``allOf`` part."""
        if key in schema.get("properties", {}):
            return f"{at}['properties']['{key}']" if at else None
        for i, part in enumerate(schema.get("allOf", [])):
            part_at = _json_path(part["$ref"]) if "$ref" in part else (f"{at}['allOf'][{i}]" if at else None)
            found = self._property_at(self.resolve(part), part_at, key)
            if found:
                return found
        return None

    def report(self) -> list[Finding]:
        return sorted(self.findings.values(), key=lambda f: (f.kind != BREAKING, f.operation, f.status, f.path))



def _renames(found: list[Difference]) -> list[Difference]:
    """Pair a missing required field with an unknown field beside it whose value has the missing field's type:
    one "probably renamed" finding (old name, new name) instead of the two."""
    unknown = [d for d in found if d.code == "unknown_field"]
    paired: list[Difference] = []
    out = []
    for missing in found:
        if missing.code == "missing_required":
            parent = missing.path.rpartition(".")[0]
            match = next(
                (
                    u
                    for u in unknown
                    if u not in paired and u.path.rpartition(".")[0] == parent and u.observed == missing.expected
                ),
                None,
            )
            if match is not None:
                paired.append(match)
                new_name = match.path.rpartition(".")[2]
                out.append(
                    Difference(
                        "probably_renamed",
                        missing.path,
                        f"{new_name!r} ({match.observed})",
                        f"{missing.path} ({missing.expected})",
                    )
                )
                continue
        out.append(missing)
    return [d for d in out if d not in paired]


def _json_path(ref: str) -> str:
    """``#/components/schemas/Transaction`` → ``$['components']['schemas']['Transaction']`` (Overlay targets)."""
    return "$" + "".join(f"['{part}']" for part in ref.removeprefix("#/").split("/"))



def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    return {
        dict: "object",
        list: "array",
        str: "string",
        bool: "boolean",
        int: "integer",
        float: "number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _expected(schema: dict[str, Any]) -> str:
    return schema.get("type") or ("object" if "properties" in schema else "a documented value")


def _is_type(value: Any, expected: str) -> bool:
    if expected == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, TYPES.get(expected, object))



def analyze(
    exchanges: Iterable[Exchange], spec: dict[str, Any] | None = None, analyzer: Analyzer | None = None
) -> tuple[list[Finding], int]:
    """Findings of every exchange; then, for each entity whose analysis answers were all seen, the semantic
    invariants over them (classed ``semantic``, with the evidence each invariant gives). Pass ``analyzer`` to
    keep it (its ``proposals`` make an overlay: ``overlay(analyzer)``)."""
    analyzer = analyzer or Analyzer(spec)
    answers: dict[str, dict[str, tuple[Any, str]]] = defaultdict(dict)  # entity -> call -> (last JSON, source)
    for exchange in exchanges:
        analyzer.analyze(exchange)
        url = urlsplit(exchange.url)
        found = _ANALYSIS_URL.search(url.path)
        # Only whole answers: a filtered or paged one (?account_id=, ?page=) leaves out what the others count.
        if found and not url.query and exchange.status == 200 and found.group("call") in invariants.CALLS:
            try:
                answers[found.group("entity")][found.group("call")] = (json_body.loads(exchange.body), exchange.source)
            except ValueError:
                pass
    analyzer._current = None  # semantic findings come from several answers, not one request
    for entity_id, calls in answers.items():
        if not set(invariants.CALLS) <= set(calls) or not _one_moment(body for body, _ in calls.values()):
            continue  # partial, or answers from before and after a statement was added: nothing to compare
        violations, _checked = invariants.check_entity(entity_id, lambda call, calls=calls: calls[call][0])
        source = calls["transactions"][1]
        for violation in violations:
            if violation.detail.startswith("cannot check"):
                continue  # a field the invariant reads is missing or mistyped: a breaking finding says so already
            rationale = (invariants.INVARIANTS[violation.invariant].__doc__ or "").strip().splitlines()[0]
            analyzer.add(
                "invariant_broken", f"entity {entity_id}", 200, violation.invariant, violation.detail, rationale, source
            )
    return analyzer.report(), analyzer.exchanges


_ANALYSIS_URL = re.compile(r"/entity/(?P<entity>[^/]+)/(?P<call>[a-z_]+)/$")


def _one_moment(bodies: Iterable[Any]) -> bool:
    """Whether the answers show the same statements in the same states (taken at one moment, as it were)."""
    seen = {
        tuple(sorted((str(p.get("statement_id")), str(p.get("status"))) for p in body.get("progress", [])))
        for body in bodies
        if isinstance(body, dict) and isinstance(body.get("progress"), list)
    }
    return len(seen) == 1
