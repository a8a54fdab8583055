"""Request validation compiled from the spec at start-up, behind the spec package's router.

Nothing here names an operation's parameters or fields: paths, parameters, their types and constraints,
request bodies and security all come from ``spec/bankconnect.yaml`` (through ``bankconnect_spec``).
Validators are built once so that a request costs a dictionary lookup and a few schema checks.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from jsonschema import FormatChecker
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from bankconnect_spec import Operation, Router, at_least_one_of, base_path, operations, resolve, validator

# The OpenAPI format checker, plus "uri", which jsonschema only checks with an optional package installed.
FORMATS = FormatChecker(formats=())
FORMATS.checkers = dict(oas30_format_checker.checkers)


@FORMATS.checks("byte", raises=ValueError)
def _is_base64(value: object) -> bool:
    # The stock checker lets a non-ASCII string's ValueError escape, which would be a 500.
    if isinstance(value, str):
        try:
            base64.b64decode(value.encode("ascii"), validate=True)
        except (UnicodeEncodeError, binascii.Error) as exc:
            raise ValueError(f"{value[:20]!r} is not base64") from exc
    return True


@FORMATS.checks("uri", raises=ValueError)
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    if not (parts.scheme and parts.netloc) or any(c.isspace() for c in value):
        raise ValueError(f"{value!r} is not an absolute URI")
    return True


REQUIRED = "This field is required."
# The longest text the sandbox stores from a parameter or form field (an upload's `file` is bounded by the
# body size instead): a million-character link_id is refused, not kept.
MAX_TEXT_FIELD = 2048
TOO_LONG = f"Ensure this field has no more than {MAX_TEXT_FIELD} characters."


class BinaryPart(str):
    """A file part of a multipart body, as the validator sees it (a string), carrying the bytes."""

    data: bytes
    filename: str | None
    content_type: str | None

    def __new__(cls, data: bytes, filename: str | None, content_type: str | None) -> BinaryPart:
        part = super().__new__(cls, "<binary>")
        part.data, part.filename, part.content_type = data, filename, content_type
        return part


@dataclass(frozen=True)
class Param:
    name: str
    location: str
    required: bool
    kind: str  # the schema's type: string, integer, boolean, number
    default: Any
    validator: OAS30Validator


@dataclass(frozen=True)
class Body:
    content_type: str
    validator: OAS30Validator


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    template: str
    params: tuple[Param, ...]
    bodies: dict[str, Body]
    body_required: bool
    security: tuple[tuple[str, str], ...]  # (scheme name, header name) the operation needs
    statuses: frozenset[int]
    tag: str


@dataclass
class Validated:
    params: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    errors: dict[str, list[str]] = field(default_factory=dict)


class Contract:
    """The spec, compiled for serving: each operation's validators, behind the spec package's router."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.base_path = base_path(spec)
        ops = operations(spec)
        self._router = Router(ops)
        self.routes: dict[str, Route] = {op_id: self._compile(op) for op_id, op in ops.items()}

    def _validator(self, schema: dict[str, Any]) -> Any:
        return validator(self.spec, schema, format_checker=FORMATS)

    def _compile(self, op: Operation) -> Route:
        params = []
        for p in op.parameters:
            schema = resolve(self.spec, p["schema"])
            params.append(
                Param(
                    p["name"],
                    p["in"],
                    p.get("required", False),
                    schema.get("type", "string"),
                    schema.get("default"),
                    self._validator(p["schema"]),
                )
            )
        bodies: dict[str, Body] = {}
        body_required = False
        if "requestBody" in op.spec:
            request_body = resolve(self.spec, op.spec["requestBody"])
            body_required = request_body.get("required", False)
            for ctype, media in request_body["content"].items():
                bodies[ctype] = Body(ctype, self._validator(media["schema"]))
        return Route(
            op.operation_id,
            op.method,
            op.path,
            tuple(params),
            bodies,
            body_required,
            tuple(zip(op.security_schemes, op.security_headers, strict=True)),
            op.statuses,
            op.tag,
        )

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str], set[str]]:
        """(route, path parameters, methods allowed on the path). The route is None when nothing matches."""
        op, path_params, allowed = self._router.match(method, path)
        return (self.routes[op.operation_id] if op else None), path_params, allowed

    # ------------------------------------------------------------------------------------ validation
    def validate(
        self,
        route: Route,
        path_params: dict[str, str],
        query: dict[str, str],
        content_type: str | None,
        body: dict[str, Any] | None,
    ) -> Validated:
        result = Validated()
        for param in route.params:
            raw = path_params.get(param.name) if param.location == "path" else query.get(param.name)
            if raw is None:
                if param.required:
                    result.errors[param.name] = [REQUIRED]
                elif param.default is not None:
                    result.params[param.name] = param.default
                continue
            value, problem = _coerce(raw, param.kind) if len(raw) <= MAX_TEXT_FIELD else (raw, TOO_LONG)
            if problem is None:
                problem = next((_message(e) for e in param.validator.iter_errors(value)), None)
            if problem is None:
                result.params[param.name] = value
            else:
                result.errors[param.name] = [problem]
        if route.bodies:
            self._validate_body(route, content_type, body, result)
        return result

    def _validate_body(
        self, route: Route, content_type: str | None, body: dict[str, Any] | None, result: Validated
    ) -> None:
        if content_type is None or body is None:
            if route.body_required:
                accepted = " or ".join(route.bodies)
                result.errors.setdefault("non_field_errors", []).append(f"Send the body as {accepted}.")
            return
        schema = route.bodies.get(content_type)
        if schema is None:
            accepted = " or ".join(route.bodies)
            result.errors.setdefault("non_field_errors", []).append(
                f"Unsupported media type {content_type!r}; send {accepted}."
            )
            return
        for name, value in body.items():
            if name != "file" and isinstance(value, str) and len(value) > MAX_TEXT_FIELD:
                result.errors.setdefault(name, []).append(TOO_LONG)
        if result.errors:
            result.body = body
            return
        for error in schema.validator.iter_errors(body):
            # "not: {not: {anyOf: [{required: [a]}, {required: [b]}]}}": send a or b
            one_of = at_least_one_of(self.spec, {"not": error.validator_value}) if error.validator == "not" else []
            if one_of:
                # Keyed by the first field only: in an upload refusal "entity_id" is the refused upload's entity,
                # not a field error.
                first, *others = one_of
                message = f"This field is required when {' or '.join(others)} is not sent."
                result.errors.setdefault(first, []).append(message)
            elif error.validator == "required":
                name = re.search(r"'([^']+)' is a required property", error.message)
                key = name.group(1) if name else "non_field_errors"
                result.errors.setdefault(key, []).append(REQUIRED)
            else:
                key = str(error.absolute_path[0]) if error.absolute_path else "non_field_errors"
                result.errors.setdefault(key, []).append(_message(error))
        result.body = body


def _coerce(raw: str, kind: str) -> tuple[Any, str | None]:
    """A query or path string as the schema's type, or why it is not one."""
    if kind == "integer":
        if re.fullmatch(r"-?\d+", raw.strip()):
            return int(raw), None
        return raw, "A valid integer is required."
    if kind == "number":
        try:
            return float(raw), None
        except ValueError:
            return raw, "A valid number is required."
    if kind == "boolean":
        lowered = raw.lower()
        if lowered in ("true", "1"):
            return True, None
        if lowered in ("false", "0"):
            return False, None
        return raw, "Must be a valid boolean."
    return raw, None


def _message(error: Any) -> str:
    if error.validator == "enum":  # the bank list alone has 417 entries: do not echo it
        return f"{error.instance!r} is not a valid choice."
    return error.message
