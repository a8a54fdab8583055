"""Drift: what recorded (or live) responses show that the spec does not say.

Each finding is classified for existing clients:

- **breaking**: a required field missing, a type, format, pattern or range that no longer matches, a status
  code, content type or operation the spec does not document;
- **additive**: a field the spec does not know, a value outside a documented (open) enumeration.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from bankconnect_spec import Operation, Router, base_path, load_spec, operations, resolve

from . import invariants, json_body, personal
from .drift_problems import BREAKING, PROBLEMS, SEMANTIC
from .drift_requests import FIELDS_CONTENT_TYPE, documented_fields, fields_as_multipart, request_problems

TYPES = {"object": dict, "array": list, "string": str, "boolean": bool}


class InputError(Exception):
    """A drift input that cannot be read as a cassette (exit status 2)."""


@dataclass(frozen=True)
class Exchange:
    method: str
    url: str
    status: int
    content_type: str
    body: bytes
    source: str
    headers: dict[str, str] = field(default_factory=dict)  # response headers, lower-case names
    request_body: bytes = b""
    request_content_type: str = ""
    # The request above is what the client sent (the proxy, HAR): checked too. Not for our cassettes (masked
    # bodies) nor Schemathesis' report (invalid requests on purpose).
    request_recorded: bool = False


# Response headers any HTTP server or proxy may send; others that the spec does not document are reported.
STANDARD_HEADERS = frozenset(
    """accept-ranges age allow alt-svc cache-control connection content-disposition content-encoding
    content-language content-length content-security-policy content-type cross-origin-opener-policy
    cross-origin-resource-policy date etag expires keep-alive last-modified link location pragma referrer-policy
    retry-after server set-cookie strict-transport-security transfer-encoding vary via www-authenticate
    x-content-type-options x-frame-options x-xss-protection""".split()
)


@dataclass
class Finding:
    code: str  # a key of drift_problems.PROBLEMS
    kind: str
    operation: str
    status: int
    path: str
    problem: str
    observed: Any
    expected: Any
    sources: list[str] = field(default_factory=list)
    count: int = 0
    request: dict[str, str] | None = None  # the first request that showed it: method, path, content type, body

    def line(self) -> str:
        where = f"{self.sources[0]}" + (f", {self.count} times" if self.count > 1 else "")
        return (
            f"{self.kind.upper():<9} {self.operation} {self.status} {self.path or '(body)'}: {self.problem}"
            f" — observed {_show(self.observed)}, expected {_show(self.expected)}  [{where}]"
        )


def _show(value: Any) -> str:
    text = json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


# ------------------------------------------------------------------------------------------ cassettes
def _header(headers: Any, name: str) -> str:
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return value[0] if isinstance(value, list) else str(value)
    return ""


def _headers(headers: Any) -> dict[str, str]:
    return {
        str(key).lower(): str(value[0] if isinstance(value, list) and value else value)
        for key, value in (headers or {}).items()
    }


def _body(body: Any) -> bytes:
    if isinstance(body, dict):
        if "base64_string" in body:
            import base64

            return base64.b64decode(body["base64_string"])
        body = body.get("string", "")
    if body is None:
        return b""
    return body if isinstance(body, bytes) else str(body).encode()


def read_cassette(path: Path) -> list[Exchange]:
    """Exchanges of a vcrpy cassette (``interactions``) or a Schemathesis VCR report (``http_interactions``)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not YAML ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not ({"interactions", "http_interactions"} & set(data)):
        raise InputError(
            f"{path}: not a cassette (expected 'interactions' from vcrpy or 'http_interactions'"
            " from a Schemathesis VCR report)"
        )
    return exchanges_of(data, path.name)


def exchanges_of(data: dict[str, Any], name: str) -> list[Exchange]:
    """Exchanges of an already loaded cassette or VCR report (``name`` for the findings' sources)."""
    exchanges = []
    for i, item in enumerate(data.get("interactions") or data.get("http_interactions") or []):
        request, response = item.get("request") or {}, item.get("response")
        if response is None:  # Schemathesis records requests that got no response (network errors)
            continue
        status = response.get("status", {})
        exchanges.append(
            Exchange(
                method=str(request.get("method", "GET")).upper(),
                url=str(request.get("uri", "")),
                status=int(status.get("code", 0) if isinstance(status, dict) else status),
                content_type=_header(response.get("headers"), "content-type"),
                body=_body(response.get("body")),
                source=f"{name}#{i}",
                headers=_headers(response.get("headers")),
                request_body=_body(request.get("body")),
                request_content_type=_header(request.get("headers"), "content-type"),
            )
        )
    return exchanges


def read_har(path: Path, spec: dict[str, Any] | None = None) -> tuple[list[Exchange], int]:
    """Exchanges of a HAR 1.2 file (browsers, Charles, mitmproxy, Postman export it), and how many of its entries
    were left out as unrelated: another API's path (not under the spec's base path) on whatever host, or a
    request that never got an answer."""
    try:
        data = json_body.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        why = exc if isinstance(exc, json_body.TooDeep) else type(exc).__name__
        raise InputError(f"{path}: not a HAR file (not JSON: {why})") from None
    entries = data.get("log", {}).get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError(f"{path}: not a HAR file (expected log.entries)")
    prefix = base_path(spec or load_spec())
    exchanges, ignored = [], 0
    for i, entry in enumerate(entries):
        try:
            exchange = _har_exchange(entry, prefix, f"{path.name}#{i}")
        except _BadEntry as exc:
            raise InputError(f"{path}: entry {i}: {exc}") from None
        if exchange is None:
            ignored += 1
        else:
            exchanges.append(exchange)
    return exchanges, ignored


class _BadEntry(Exception):
    pass


def _har_object(value: Any, what: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _BadEntry(f"{what} is not an object")
    return value


def _har_text(value: Any, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _BadEntry(f"{what} is not a string")
    return value


def _har_exchange(entry: Any, prefix: str, source: str) -> Exchange | None:
    """One HAR entry as an exchange; None for another API's path. Anything malformed is named (_BadEntry)."""
    import base64
    import binascii

    if not isinstance(entry, dict):
        raise _BadEntry("not an object")
    request = _har_object(entry.get("request"), "request")
    response = _har_object(entry.get("response"), "response")
    url = _har_text(request.get("url"), "request.url")
    if not urlsplit(url).path.startswith(prefix + "/"):
        return None
    status = response.get("status")
    if not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 599:
        if not status:
            return None  # a request the browser never got an answer to (HAR writes 0)
        raise _BadEntry(f"response.status is not an HTTP status: {str(status)[:40]!r}")
    content = _har_object(response.get("content"), "response.content")
    text = _har_text(content.get("text"), "response.content.text")
    try:
        body = base64.b64decode(text, validate=True) if content.get("encoding") == "base64" else text.encode()
    except binascii.Error:
        raise _BadEntry("response.content.text is not valid base64") from None
    listed = response.get("headers") or []
    if not isinstance(listed, list) or not all(isinstance(h, dict) for h in listed):
        raise _BadEntry("response.headers is not a list of objects")
    headers = {str(h.get("name", "")).lower(): str(h.get("value", "")) for h in listed}
    posted = _har_object(request.get("postData"), "postData")
    sent = _har_text(posted.get("text"), "postData.text").encode()
    params = posted.get("params") or []
    if not isinstance(params, list) or not all(isinstance(p, dict) for p in params):
        raise _BadEntry("postData.params is not a list of objects")
    from_params = not sent and bool(params)
    if from_params:  # multipart as HAR writes it: fields by name, no body
        sent = fields_as_multipart(
            {str(p.get("name", "")): "(file)" if p.get("fileName") else str(p.get("value", "")) for p in params}
        )
    return Exchange(
        method=_har_text(request.get("method"), "request.method").upper() or "GET",
        url=url,
        status=status,
        content_type=headers.get("content-type") or _har_text(content.get("mimeType"), "response.content.mimeType"),
        body=body,
        source=source,
        headers=headers,
        request_body=sent,
        request_content_type=FIELDS_CONTENT_TYPE if from_params else _har_text(posted.get("mimeType"), "mimeType"),
        request_recorded=True,
    )


def read_input(path: Path) -> tuple[list[Exchange], int]:
    """(exchanges, entries left out as unrelated) of a cassette, a Schemathesis VCR report or a HAR file."""
    if path.suffix == ".har":
        return read_har(path)
    return read_cassette(path), 0


def cassette_files(paths: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml", ".har"))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    if not files:
        raise InputError("no cassette files found in " + ", ".join(paths))
    return files


# ----------------------------------------------------------------------------------------- the walker
class Analyzer:
    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec or load_spec()
        self.base_path = base_path(self.spec)
        self.router = Router(operations(self.spec))
        self.findings: dict[tuple, Finding] = {}
        self.proposals: dict[tuple, int] = {}  # additive findings' patches -> exchanges that showed them
        self.proposed_in: dict[tuple, int] = {}  # (action, target, name) -> exchanges, whatever the type seen
        self._current: Exchange | None = None  # the exchange being analysed, for the findings' example request
        self.exchanges = 0

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        return resolve(self.spec, node)

    def _operation(self, method: str, url: str) -> Operation | None:
        """The operation a recorded request was for (its path with or without the base path)."""
        path = urlsplit(url).path
        local = path[len(self.base_path) :] if path.startswith(self.base_path + "/") else path
        op, _params, _allowed = self.router.match(method, local)
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

    def _example(self) -> dict[str, str] | None:
        """The current exchange's request, for reproducing it (the body only when it is short text)."""
        exchange = self._current
        if exchange is None:
            return None
        parts = urlsplit(exchange.url)
        local = parts.path[len(self.base_path) :] if parts.path.startswith(self.base_path + "/") else parts.path
        op = self._operation(exchange.method, exchange.url)
        documented = documented_fields(op, self.resolve) if op else frozenset()
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

    def analyze(self, exchange: Exchange) -> None:
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
                operation, exchange.url, exchange.request_content_type, exchange.request_body, self.resolve, self.walk
            )
            for code, path, observed, expected in sent:
                self.add(code, name, exchange.status, path, observed, expected, exchange.source)
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
        for code, path, observed, expected, *fix in _renames(list(self.walk(content[ctype]["schema"], body, ""))):
            self.add(code, name, exchange.status, path, observed, expected, exchange.source)
            patches.update(fix)
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
            elif any(PROBLEMS[f[0]].kind == BREAKING for f in self.walk(header.get("schema", {}), value, where)):
                pattern = self.resolve(header.get("schema", {})).get("pattern", "its schema")
                self.add("header_changed", name, exchange.status, where, value, pattern, exchange.source)
        for key in exchange.headers.keys() - known.keys() - STANDARD_HEADERS:
            self.add(
                "unknown_header", name, exchange.status, f"(header) {key}", key, "(not documented)", exchange.source
            )

    # A walk yields (problem code, path, observed, expected) for every difference under a value.
    def walk(self, schema: dict[str, Any], value: Any, path: str, at: str | None = None) -> Iterator[tuple]:
        """Differences under ``value``; ``at`` is the JSONPath of ``schema`` in the spec when known, so that an
        additive finding can carry the patch that would document it (a fifth element: see ``proposals``)."""
        if "$ref" in schema:
            at = _json_path(schema["$ref"])
        schema = self.resolve(schema)
        if value is None:
            if not (schema.get("nullable") or _allows_null(self, schema) or _any_value(self.merge(schema))):
                yield "null_not_allowed", path, None, _expected(schema)
            return
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if alternatives:
            kind = "oneOf" if schema.get("oneOf") else "anyOf"
            for i, option in enumerate(alternatives):
                found = list(self.walk(option, value, path, f"{at}.{kind}[{i}]" if at else None))
                if not any(PROBLEMS[f[0]].kind == BREAKING for f in found):
                    yield from found
                    return
            yield "no_documented_shape", path, _kind(value), "one of its alternatives"
            return
        merged = self.merge(schema)
        expected_type = merged.get("type")
        if expected_type is None and ("properties" in merged or "additionalProperties" in merged):
            expected_type = "object"
        if expected_type and not _is_type(value, expected_type):
            yield (
                "type_changed",
                path,
                value if not isinstance(value, dict | list) else _kind(value),
                expected_type,
            )
            return
        if "enum" in merged and value not in merged["enum"] and all(v is None for v in merged["enum"]):
            # An enumeration of null alone stands for JSON null (NullValue): a value here is a changed type.
            yield "type_changed", path, value if not isinstance(value, dict | list) else _kind(value), "null"
            return
        if "enum" in merged and value not in merged["enum"]:
            opened = merged.get("x-open-enum", True)  # whether the vendor may add values (absent: open)
            yield (
                "enum_value_unlisted" if opened else "closed_enum_value",
                path,
                value,
                (merged["enum"] if len(merged["enum"]) <= 8 else f"one of {len(merged['enum'])} documented values"),
                *([("enum", f"{at}['enum']", value)] if opened and at and "enum" in schema else []),
            )
        if isinstance(value, str):
            if "pattern" in merged and not re.search(merged["pattern"], value):
                yield "format_changed", path, value, f"pattern {merged['pattern']}"
            if merged.get("format") == "uri" and not urlsplit(value).scheme:
                yield "format_changed", path, value, "format uri"
        if isinstance(value, int | float) and not isinstance(value, bool):
            if "minimum" in merged and value < merged["minimum"] or "maximum" in merged and value > merged["maximum"]:
                yield (
                    "out_of_range",
                    path,
                    value,
                    f"{merged.get('minimum', '-inf')}..{merged.get('maximum', 'inf')}",
                )
        if isinstance(value, dict):
            properties = merged.get("properties", {})
            for name in merged.get("required", []):
                if name not in value:
                    yield (
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
                        yield "key_format_changed", _join(path, key), key, f"keys matching {key_pattern}"
                    extra_at = f"{at}['additionalProperties']" if at and "additionalProperties" in schema else None
                    yield from self.walk(extra, item, _join(path, "*"), extra_at)
                else:
                    fix = [("property", f"{at}['properties']", key, _kind(item))] if at else []
                    yield ("unknown_field", _join(path, key), _kind(item), "(not documented)", *fix)
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

    def merge(self, schema: dict[str, Any]) -> dict[str, Any]:
        """A schema with its allOf parts folded in (properties and required lists combined)."""
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        merged.setdefault("properties", {})
        merged.setdefault("required", [])
        for part in schema["allOf"]:
            part = self.merge(self.resolve(part))
            merged["properties"] = {**merged["properties"], **part.get("properties", {})}
            merged["required"] = merged["required"] + [
                r for r in part.get("required", []) if r not in merged["required"]
            ]
            for key, value in part.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        return merged

    def report(self) -> list[Finding]:
        return sorted(self.findings.values(), key=lambda f: (f.kind != BREAKING, f.operation, f.status, f.path))


def _allows_null(analyzer: Analyzer, schema: dict[str, Any]) -> bool:
    if None in schema.get("enum", []):
        return True
    return any(analyzer.resolve(p).get("nullable") for p in schema.get("oneOf", []) + schema.get("anyOf", []))


def _renames(found: list[tuple[str, str, Any, Any]]) -> list[tuple[str, str, Any, Any]]:
    """Pair a missing required field with an unknown field beside it whose value has the missing field's type:
    one "probably renamed" finding (old name, new name) instead of the two."""
    unknown = [f for f in found if f[0] == "unknown_field"]
    paired: list[tuple[str, str, Any, Any]] = []
    out = []
    for finding in found:
        if finding[0] == "missing_required":
            parent = finding[1].rpartition(".")[0]
            match = next(
                (u for u in unknown if u not in paired and u[1].rpartition(".")[0] == parent and u[2] == finding[3]),
                None,
            )
            if match is not None:
                paired.append(match)
                new_name = match[1].rpartition(".")[2]
                out.append(
                    ("probably_renamed", finding[1], f"{new_name!r} ({match[2]})", f"{finding[1]} ({finding[3]})")
                )
                continue
        out.append(finding)
    return [f for f in out if f not in paired]


def _any_value(schema: dict[str, Any]) -> bool:
    """A schema that constrains nothing (`{}`, or a description alone) accepts any value, null included: in
    OpenAPI 3.0.3 `nullable` only matters beside a `type`."""
    return not schema.keys() & {"type", "enum", "properties", "additionalProperties", "items", "oneOf", "anyOf", "not"}


def _json_path(ref: str) -> str:
    """``#/components/schemas/Transaction`` → ``$['components']['schemas']['Transaction']`` (Overlay targets)."""
    return "$" + "".join(f"['{part}']" for part in ref.removeprefix("#/").split("/"))


def overlay(analyzer: Analyzer, title: str = "Document the additive drift observed") -> dict[str, Any]:
    """An OpenAPI Overlay 1.0 document that would document the additive drift an analysis saw: new values of open
    enumerations, new optional properties with the type observed. Breaking drift is never patched away."""
    actions: list[dict[str, Any]] = []
    enum_values: dict[str, list[tuple[Any, int]]] = defaultdict(list)
    # schema -> new property -> JSON type seen -> exchanges that showed it so
    properties: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for patch, count in sorted(analyzer.proposals.items(), key=lambda item: str(item[0])):
        if patch[0] == "enum":
            enum_values[patch[1]].append((patch[2], count))
        else:
            properties[patch[1]][patch[2]][patch[3]] = count
    for target, values in enum_values.items():
        listed = ", ".join(f"{v!r} ({n}×)" for v, n in values)
        actions.append(
            {
                "target": target,
                "description": f"Values seen outside this open enumeration: {listed}.",
                "update": [v for v, _ in values],
            }
        )
    for target, found in properties.items():
        seen_in = {key: analyzer.proposed_in[("property", target, key)] for key in found}
        update = {key: _observed_schema(kinds, seen_in[key]) for key, kinds in found.items()}
        listed = ", ".join(f"{key} ({times}×)" for key, times in seen_in.items())
        actions.append({"target": target, "description": f"Optional properties seen: {listed}.", "update": update})
    return {"overlay": "1.0.0", "info": {"title": title, "version": "1.0.0"}, "actions": actions}


def _observed_schema(kinds: dict[str, int], exchanges: int) -> dict[str, Any]:
    """The schema of a new property from the JSON types it was seen with: one type (integers within numbers) is
    declared, nullable when null was seen too; several types, or null alone, are left undeclared (OpenAPI 3.0 has
    no type lists, and `nullable` needs a type) and named in the description. Anything narrower would turn the
    same traffic into breaking drift once patched."""
    types = sorted(kinds.keys() - {"null"})
    if set(types) == {"integer", "number"}:
        types = ["number"]
    schema: dict[str, Any] = {}
    if len(types) == 1:  # several types, or null alone: no type, which OpenAPI 3.0 reads as any value, null too
        schema["type"] = types[0]
        schema.update({"items": {}} if types == ["array"] else {})
        schema.update({"nullable": True} if "null" in kinds else {})
    seen = f"Not documented yet: seen in {exchanges} exchange(s)"
    if len(kinds) == 1:
        schema["description"] = seen + (", only as null: its type is not known yet." if "null" in kinds else ".")
    else:
        by_type = sorted(kinds.items(), key=lambda item: (-item[1], item[0]))
        schema["description"] = seen + ": " + ", ".join(f"{kind} in {n}" for kind, n in by_type) + "."
    return schema


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


def render_text(findings: list[Finding], exchanges: int, files: int) -> str:
    breaking = sum(1 for f in findings if f.kind == BREAKING)
    semantic = sum(1 for f in findings if f.kind == SEMANTIC)
    head = (
        f"drift: {len(findings)} finding(s), {breaking} breaking, {len(findings) - breaking - semantic} additive and"
        f" {semantic} semantic, in {exchanges} recorded response(s) from {files} file(s)"
    )
    if not findings:
        return f"drift: no drift in {exchanges} recorded response(s) from {files} file(s)"
    return "\n".join([head, *(f.line() for f in findings)])


def render_json(findings: list[Finding], exchanges: int, files: int) -> str:
    breaking = sum(1 for f in findings if f.kind == BREAKING)
    semantic = sum(1 for f in findings if f.kind == SEMANTIC)
    return json.dumps(
        {
            "summary": {
                "findings": len(findings),
                "breaking": breaking,
                "additive": len(findings) - breaking - semantic,
                "semantic": semantic,
                "responses": exchanges,
                "files": files,
            },
            "findings": [asdict(f) for f in findings],
        },
        indent=2,
        default=str,
    )


def live_exchanges(entity_ids: list[str]) -> list[Exchange]:
    """Fresh answers of the target in BANKCONNECT_BASE_URL (read-only calls, rate-limited): every analysis and
    entity call for the given entities, net banking health, the first and last page of entities (and the
    documented 404 one page past the end), the webhook payloads of an entity's link_id, a 401 (wrong keys) and
    a 404 (an unknown entity) — the error and pagination answers drift too."""
    import math
    import os
    import time

    import httpx

    missing = [
        v for v in ("BANKCONNECT_BASE_URL", "BANKCONNECT_API_KEY", "BANKCONNECT_SERVER_HASH") if not os.environ.get(v)
    ]
    if missing:
        raise InputError(f"--live needs {', '.join(missing)} in the environment")
    ids = entity_ids or [
        i.strip() for i in os.environ.get("BANKCONNECT_CONTRACT_ENTITY_IDS", "").split(",") if i.strip()
    ]
    if not ids:
        raise InputError("--live needs --entity-id or BANKCONNECT_CONTRACT_ENTITY_IDS")
    headers = {"x-api-key": os.environ["BANKCONNECT_API_KEY"], "server-hash": os.environ["BANKCONNECT_SERVER_HASH"]}
    out: list[Exchange] = []
    with httpx.Client(base_url=os.environ["BANKCONNECT_BASE_URL"].rstrip("/"), headers=headers, timeout=60) as client:

        def get(path: str, source: str, **kw: Any) -> httpx.Response:
            response = client.get(path, **kw)
            out.append(
                Exchange(
                    "GET",
                    str(response.request.url),
                    response.status_code,
                    response.headers.get("content-type", ""),
                    response.content,
                    f"live {source}",
                    {key.lower(): value for key, value in response.headers.items()},
                )
            )
            time.sleep(0.5)  # a conservative rate against the real service
            return response

        for op in operations().values():
            if op.method != "GET" or op.path in ("/entity/", "/entity/webhook_payloads/"):
                continue
            if op.tag == "sessions":  # reads of a session need one, which a read-only live run does not create
                continue
            for entity_id in ids if "{entity_id}" in op.path else [""]:
                get(op.path.replace("{entity_id}", entity_id), op.path)
        first = get("/entity/", "list_entities page 1", params={"page": 1})
        body = first.json() if first.status_code == 200 else {}
        count, size = body.get("count"), len(body.get("results") or [])
        if isinstance(count, int) and size:
            last = max(1, math.ceil(count / size))
            if last > 1:
                get("/entity/", f"list_entities page {last}", params={"page": last})
            get("/entity/", "list_entities past the last page", params={"page": last + 1})
        entity = get(f"/entity/{ids[0]}/", "get_entity").json() if ids else {}
        if isinstance(entity, dict) and entity.get("link_id"):
            get("/entity/webhook_payloads/", "list_webhook_payloads", params={"link_id": entity["link_id"]})
        get(f"/entity/{ids[0]}/", "get_entity with wrong keys", headers={"x-api-key": "x", "server-hash": "x"})
        get("/entity/00000000-0000-4000-8000-000000000000/", "get_entity of an unknown entity")
    return out
