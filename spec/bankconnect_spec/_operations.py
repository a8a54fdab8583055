"""Every operation of the spec with the facts callers route on, and a router from (method, path) to them."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from ._document import load_spec, resolve

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
UPLOAD_TAG = "upload"
ANALYSIS_TAG = "enriched_data"  # analysis calls: they carry per-statement `progress`


@dataclass(frozen=True)
class Operation:
    """One operation: where it is, what it needs and what it documents."""

    operation_id: str
    method: str  # upper case
    path: str  # the template, relative to the base path: "/entity/{entity_id}/"
    tag: str
    spec: dict[str, Any] = field(repr=False, compare=False)
    parameters: tuple[dict[str, Any], ...] = field(repr=False, compare=False)  # resolved; path-level first
    security_schemes: tuple[str, ...] = ()  # names of the schemes the first security requirement needs
    security_headers: tuple[str, ...] = ()  # their lower-case header names, in the same order
    statuses: frozenset[int] = frozenset()  # documented numeric statuses
    # URLs of the operation's own servers (path or operation level), which replace the document's: the v2
    # session create lives under /bank-connect/v2. Empty for every other operation.
    servers: tuple[str, ...] = ()

    @property
    def is_upload(self) -> bool:
        return self.tag == UPLOAD_TAG

    @property
    def is_analysis(self) -> bool:
        return self.tag == ANALYSIS_TAG

    @property
    def analysis_name(self) -> str:
        """``get_transactions`` → ``transactions``: the short name the waiter and the CLI accept."""
        return self.operation_id.removeprefix("get_")

    @functools.cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """A regex with one named group per path parameter; None for a literal path."""
        return template_pattern(self.path)


def template_pattern(template: str) -> re.Pattern[str] | None:
    """A regex with one named group per parameter of a path template; None for a literal path."""
    if "{" not in template:
        return None
    regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    return re.compile(f"^{regex}$")


def _operation(spec: dict[str, Any], template: str, method: str, item: dict[str, Any]) -> Operation:
    op = item[method]
    shared = [resolve(spec, p) for p in item.get("parameters", [])]
    schemes = spec["components"]["securitySchemes"]
    requirement = op.get("security", spec.get("security", []))
    names = tuple(requirement[0]) if requirement else ()
    return Operation(
        operation_id=op["operationId"],
        method=method.upper(),
        path=template,
        tag=op["tags"][0],
        spec=op,
        parameters=tuple(shared + [resolve(spec, p) for p in op.get("parameters", [])]),
        security_schemes=names,
        security_headers=tuple(schemes[name]["name"].lower() for name in names),
        statuses=frozenset(int(code) for code in op["responses"] if code.isdigit()),
        servers=tuple(s["url"] for s in op.get("servers", item.get("servers", []))),
    )


def operations(spec: dict[str, Any] | None = None) -> dict[str, Operation]:
    """Every operation by operationId, in the spec's order (literal paths come before templated ones)."""
    if spec is None:
        return _packaged_operations()
    return {
        op.operation_id: op
        for template, item in spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
        for op in (_operation(spec, template, method, item),)
    }


@functools.cache
def _packaged_operations() -> dict[str, Operation]:
    return operations(load_spec())


class Router:
    """(method, path relative to the base path) → the operation, its path parameters and the allowed methods.

    A literal path wins over a template (``/entity/webhook_payloads/`` is not ``/entity/{entity_id}/``).
    """

    def __init__(self, ops: dict[str, Operation]) -> None:
        self._literal = {(op.method, op.path): op for op in ops.values() if op.pattern is None}
        self._templated = [op for op in ops.values() if op.pattern is not None]
        self._methods: dict[str, set[str]] = {}
        for op in ops.values():
            self._methods.setdefault(op.path, set()).add(op.method)

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], set[str]]:
        """(operation, path parameters, methods allowed on the path); the operation is None when no route
        matches, and the allowed methods are empty when no path does."""
        method = method.upper()
        found = self._literal.get((method, path))
        if found is not None:
            return found, {}, self._methods[path]
        if path in self._methods:
            return None, {}, self._methods[path]
        for op in self._templated:
            groups = op.pattern.match(path)  # type: ignore[union-attr]
            if groups:
                allowed = self._methods[op.path]
                same = (
                    op
                    if op.method == method
                    else next((o for o in self._templated if o.path == op.path and o.method == method), None)
                )
                return same, groups.groupdict() if same else {}, allowed
        return None, {}, set()


@functools.cache
def router() -> Router:
    """The router of the packaged spec."""
    return Router(operations())
