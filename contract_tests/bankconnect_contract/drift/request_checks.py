"""The request side of an exchange against the spec: what a team's client sent that the spec does not describe.

Checked for traffic a team brings (`bankconnect proxy`, HAR files), never for our own cassettes (their request
bodies are masked) or Schemathesis' report (it sends invalid requests on purpose). Query parameters are checked
by name and value; form bodies (urlencoded, multipart) by field names and required fields; JSON bodies against
their schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from bankconnect_spec import Operation, at_least_one_of, merged, resolve

from .. import json_body
from .findings import Difference

Walk = Callable[[dict[str, Any], Any, str], Iterator[Difference]]

_PART_NAME = re.compile(rb'content-disposition:\s*form-data;\s*name="([^"]+)"(;\s*filename="[^"]*")?', re.IGNORECASE)


def multipart_fields(body: bytes, content_type: str = "") -> dict[str, str]:
    """Field names of a multipart body → their text value ("(file)" for file parts). The body is cut at its
    boundary (a substring search, fast at any size: a 25 MiB upload takes milliseconds, where a regex over all
    of it took 190 ms of the proxy's event loop) and only each part's headers are read."""
    declared = re.search(r'boundary="?([^";]+)"?', content_type)
    if declared:  # a preamble may come before the first boundary
        boundary = b"--" + declared[1].encode("latin-1", "replace")
    else:
        boundary = body[: body.find(b"\r\n")] if body.startswith(b"--") else b""
    if len(boundary) < 3:
        return {}
    fields: dict[str, str] = {}
    start = 0
    while (start := body.find(boundary, start)) >= 0:
        head_end = body.find(b"\r\n\r\n", start, start + 4096)
        following = body.find(b"\r\n" + boundary, start + len(boundary))
        match = _PART_NAME.search(body, start, head_end) if head_end >= 0 else None
        if match:
            name = match[1].decode("utf-8", "replace")
            if match[2]:
                fields[name] = "(file)"
            else:
                end = following if following >= 0 else len(body)
                fields[name] = body[head_end + 4 : min(end, head_end + 4 + 2048)].decode("utf-8", "replace")
        if following < 0:
            break
        start = following + 2
    return fields


FIELDS_CONTENT_TYPE = "multipart/form-data; boundary=b"  # the content type of what fields_as_multipart writes


def fields_as_multipart(fields: dict[str, str]) -> bytes:
    """A small multipart body carrying only these fields ("(file)": an empty file part): how an upload waits in
    the proxy's queue, and how a HAR file's multipart `params` are read."""
    return b"".join(
        f'--b\r\ncontent-disposition: form-data; name="{name}"'.encode()
        + (b'; filename="file"' if value == "(file)" else b"")
        + f"\r\n\r\n{'' if value == '(file)' else value[:2048]}\r\n".encode()
        for name, value in fields.items()
    ) + (b"--b--\r\n" if fields else b"")


def _shape(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[set[str], set[str], list[set[str]]]:
    """(properties, required, alternatives: at least one of these sets must be present) through allOf."""
    whole = merged(spec, schema)
    return set(whole.get("properties", {})), set(whole.get("required", [])), _alternatives(spec, schema)


def _alternatives(spec: dict[str, Any], schema: dict[str, Any]) -> list[set[str]]:
    """Every "at least one of" rule of the schema and of its allOf parts (each part may carry its own)."""
    schema = resolve(spec, schema)
    own = at_least_one_of(spec, schema)
    return [set(own)] * bool(own) + [rule for part in schema.get("allOf", []) for rule in _alternatives(spec, part)]


def documented_fields(op: Operation, spec: dict[str, Any]) -> frozenset[str]:
    """Every name the operation's request may carry: its query parameters and its body's fields, in any of its
    encodings (what a report may show the value of, unless it is personal)."""
    names = {p["name"] for p in op.parameters if p["in"] == "query"}
    for media in resolve(spec, op.spec.get("requestBody") or {}).get("content", {}).values():
        names |= _shape(spec, media.get("schema", {}))[0]
    return frozenset(names)


def request_problems(
    op: Operation, url: str, content_type: str, body: bytes, spec: dict[str, Any], walk: Walk
) -> list[Difference]:
    """Every problem of one request: its query parameters, then its body."""
    return [*_query(op, url, walk), *_body(op, content_type, body, spec, walk)]


def _query(op: Operation, url: str, walk: Walk) -> Iterator[Difference]:
    documented = {p["name"]: p for p in op.parameters if p["in"] == "query"}
    sent = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    for name, value in sent.items():
        parameter = documented.get(name)
        if parameter is None:
            yield Difference(
                "request_unknown_parameter",
                f"(query) {name}",
                _unread(value),
                sorted(documented) or "no query parameters",
            )
            continue
        schema = parameter.get("schema", {})
        if list(walk(schema, _typed(schema, value), f"(query) {name}")):
            yield Difference("request_invalid_parameter", f"(query) {name}", value, _expected(schema))
    for name, parameter in documented.items():
        if parameter.get("required") and name not in sent:
            yield Difference("request_missing_parameter", f"(query) {name}", "(absent)", "required")


def _unread(value: str) -> str:
    """What a report shows of a value sent in a field the spec does not know: its length, never the value (the
    spec cannot say whether it is personal, a password or a token; the name is the finding)."""
    return value if value == "(file)" else f"({len(value)} characters)"


def _typed(schema: dict[str, Any], value: str) -> Any:
    """A query string value as the type its schema names (so that `page=2` is an integer and `page=two` is not)."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value
    if kind == "boolean" and value in {"true", "false"}:
        return value == "true"
    return value


def _expected(schema: dict[str, Any]) -> str:
    return ", ".join(f"{k} {schema[k]}" for k in ("type", "format", "minimum", "enum", "minLength") if k in schema)


def _body(op: Operation, content_type: str, body: bytes, spec: dict[str, Any], walk: Walk) -> Iterator[Difference]:
    request_body = resolve(spec, op.spec.get("requestBody") or {})
    content = request_body.get("content", {})
    media = content_type.split(";")[0].strip().lower()
    if not body and not media:
        if request_body.get("required"):
            yield Difference("request_missing_body", "(body)", "(none)", sorted(content))
        return
    if not content:
        return  # a body the operation does not take: the service ignores it
    if media not in content:
        yield Difference("request_undocumented_content_type", "(body)", media or "(none)", sorted(content))
        return
    schema = content[media].get("schema", {})
    if media == "application/json":
        try:
            sent = json_body.loads(body)
        except ValueError as exc:
            observed = str(exc) if isinstance(exc, json_body.TooDeep) else body[:60].decode("utf-8", "replace")
            yield Difference("request_invalid_field", "(body)", observed, "JSON")
            return
        for found in walk(schema, sent, ""):
            yield Difference(_as_request(found.code), found.path or "(body)", found.observed, found.expected)
        return
    if media == "multipart/form-data":
        fields = multipart_fields(body, content_type)
    else:
        fields = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    properties, required, alternatives = _shape(spec, schema)
    for name in sorted(set(fields) - properties):
        yield Difference("request_unknown_field", name, _unread(fields[name]), sorted(properties))
    for name in sorted(required - set(fields)):
        yield Difference("request_missing_field", name, "(absent)", "required")
    for options in alternatives:
        if options and not options & set(fields):
            yield Difference("request_missing_field", " or ".join(sorted(options)), "(absent)", "one of them")


def _as_request(code: str) -> str:
    if code == "unknown_field":
        return "request_unknown_field"
    if code in {"missing_required", "probably_renamed"}:
        return "request_missing_field"
    return "request_invalid_field"
