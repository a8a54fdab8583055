"""This API's release rules on top of oasdiff's changelog: what a change between two versions of the spec means
for the clients built from the older one (docs/ci-and-releases.md has the table and the reasons).

oasdiff compares operations; it does not know our contract extensions (``x-open-enum``, ``x-key-pattern``), does
not compare callbacks or servers, and says nothing about a description edit or a removal after a sunset. The
rules here add those, and name each change once, at the schema where it happens, with the operations it reaches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bankconnect_spec import HTTP_METHODS, is_open_enum, key_pattern, schemas_reached

from .spec_source import Pointer, node_at, parsed, show, source_map

__all__ = ["BREAKING", "COMPATIBLE", "DOCS", "Change", "Specs", "classify", "required_bump"]

BREAKING, COMPATIBLE, DOCS = "breaking", "compatible", "docs"
BUMP = {BREAKING: "major", COMPATIBLE: "minor", DOCS: "patch"}  # the least new version each kind needs
LEVEL = {BREAKING: 3, COMPATIBLE: 1, DOCS: 0}  # oasdiff's numbers, so JSON readers of the old output still sort

# oasdiff's own notes about versions: this module's version policy replaces them.
IGNORED_OASDIFF = {"api-version-not-bumped", "api-version-changed"}
# Borderline cases oasdiff calls compatible (INFO) and this API does not (the table in docs/ci-and-releases.md).
BREAKING_HERE = {
    "response-optional-property-removed": "clients read it when the vendor sends it: removing it loses their data",
    "request-property-default-value-changed": "a request that omits the field now asks for something else",
    "request-parameter-default-value-changed": "a request that omits the parameter now asks for something else",
    "response-property-default-value-changed": "readers that apply the default to an absent field now read another",
    "response-media-type-name-specialized": "clients ask for and dispatch on the media type they were built with",
    "response-media-type-name-generalized": "clients ask for and dispatch on the media type they were built with",
    "response-media-type-removed": "clients ask for and dispatch on the media type they were built with",
}
RESPONSE_ENUM_ADDED = re.compile(r"^response-.*enum-value-added$")
PROPERTY_CHANGE = re.compile(r"-property-(removed|added|type-changed|became-optional|became-nullable)$")
ENUM_CHANGE = re.compile(r"-enum-value-(added|removed)$")
OPERATION_REMOVED = re.compile(r"^api-(path-)?removed-")
DOCUMENTATION_KEYS = {"description", "summary", "example", "examples", "x-enum-descriptions", "externalDocs"}


@dataclass
class Change:
    """One change, named once: where it happens, what it is, whom it reaches, and what it means here."""

    rule: str  # oasdiff's id, or one of ours (callback-…, key-pattern-…, server-…, operation-removed-…, text-…)
    severity: str  # breaking, compatible or docs
    where: str  # the schema (#/components/schemas/X), operation, server list or security scheme
    text: str
    operations: list[str] = field(default_factory=list)
    section: str = "changed"  # removed, deprecated, added, changed or docs: the changelog's headings
    why: str = ""  # the rule of this API that decided the severity, when it is not oasdiff's
    pointer: Pointer = ()  # the node it is about (old spec for a removal, new spec otherwise)
    sources: list[dict[str, Any]] = field(default_factory=list, repr=False)  # oasdiff's entries folded in

    @property
    def breaking(self) -> bool:
        return self.severity == BREAKING

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.rule,
            "level": LEVEL[self.severity],
            "severity": self.severity,
            "where": self.where,
            "text": self.text,
            "operations": self.operations,
            "section": self.section,
            "why": self.why,
        }

    def describe(self) -> str:
        reach = (
            f" (reaches {', '.join(self.operations)})" if self.operations and self.operations != [self.where] else ""
        )
        why = f" — {self.why}" if self.why else ""
        return f"{self.where}: {self.text}{reach}{why}"


@dataclass
class Specs:
    """Both versions, as text, parsed, and with their line maps."""

    old_text: str
    new_text: str
    old: dict[str, Any] = field(init=False)
    new: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.old, self.new = parsed(self.old_text), parsed(self.new_text)
        self.old_lines, self.new_lines = source_map(self.old_text), source_map(self.new_text)


def classify(specs: Specs, oasdiff: list[dict[str, Any]], today: date | None = None) -> list[Change]:
    """Every change between the two specs, by this API's rules, breaking ones first."""
    changes = _group([_from_oasdiff(specs, entry) for entry in oasdiff if entry.get("id") not in IGNORED_OASDIFF])
    changes = _combine_changes(_renames(specs, changes), _callbacks(specs))
    _name_sunset_removals(specs, changes)
    changes += _key_patterns(specs)
    changes += _servers(specs)
    changes += _credential_headers(specs, changes)
    changes += _operations_removed(specs, changes, today or date.today())
    changes += _text_only(specs, changes)
    order = {BREAKING: 0, COMPATIBLE: 1, DOCS: 2}
    return sorted(changes, key=lambda c: order[c.severity])


def required_bump(changes: Iterable[Change]) -> str | None:
    """major, minor or patch: the least new version these changes need; None when nothing changed."""
    severities = {c.severity for c in changes}
    return next((BUMP[s] for s in (BREAKING, COMPATIBLE, DOCS) if s in severities), None)


# ------------------------------------------------------------------------------------------------ oasdiff's


def _from_oasdiff(specs: Specs, entry: dict[str, Any]) -> Change:
    rule = str(entry.get("id", ""))
    pointer, in_new = _locate(specs, entry)
    severity = BREAKING if entry.get("level", 0) >= 2 else COMPATIBLE
    why = ""
    if RESPONSE_ENUM_ADDED.match(rule) and is_open_enum(_enclosing_enum(specs.new, pointer)):
        severity, why = COMPATIBLE, "an open enumeration (x-open-enum: true): clients keep values not listed"
    elif rule in BREAKING_HERE:
        severity, why = BREAKING, BREAKING_HERE[rule]
    operation = entry.get("operationId") or " ".join(filter(None, (entry.get("operation"), entry.get("path"))))
    section = "changed"
    if OPERATION_REMOVED.match(rule):
        section = "removed"
    elif "deprecated" in rule:
        section = "deprecated"
    elif rule.endswith("-added"):
        section = "added"
    return Change(
        rule=rule,
        severity=severity,
        where=_anchor(pointer, operation, in_new, specs),
        text=_canonical_text(rule, str(entry.get("text", ""))),
        operations=[operation] if operation else [],
        section=section,
        why=why,
        pointer=pointer,
        sources=[entry],
    )


def _locate(specs: Specs, entry: dict[str, Any]) -> tuple[Pointer, bool]:
    """The pointer of the node oasdiff names (by line), in the new spec if it has one there, else in the old."""
    for key, lines, in_new in (("revisionSource", specs.new_lines, True), ("baseSource", specs.old_lines, False)):
        source = entry.get(key) or {}
        if source.get("line"):
            return lines.pointer_at(int(source["line"])), in_new
    return (), True


def _enclosing_enum(document: dict[str, Any], pointer: Pointer) -> Any:
    for end in range(len(pointer), 0, -1):
        node = node_at(document, pointer[:end])
        if isinstance(node, dict) and "enum" in node:
            return node
    return None


def _anchor(pointer: Pointer, operation: str, in_new: bool, specs: Specs) -> str:
    """Where a change is named: its component (schema, security scheme), else its operation."""
    if len(pointer) >= 3 and pointer[0] == "components":
        return show(pointer[:3])
    if pointer[:1] == ("servers",):
        return "#/servers"
    if len(pointer) >= 3 and pointer[0] == "paths":
        op = node_at(specs.new if in_new else specs.old, pointer[:3])
        if isinstance(op, dict) and op.get("operationId"):
            return str(op["operationId"])
    return operation or (show(pointer) if pointer else "spec")


def _ticks(text: str) -> list[str]:
    return re.findall(r"`([^`]*)`", text)


def _canonical_text(rule: str, text: str) -> str:
    """One wording per kind of change, whichever operation or direction oasdiff saw it from, so that the same
    change reached by several operations (and our own callback comparison) folds into one."""
    ticks = _ticks(text)
    found = PROPERTY_CHANGE.search(rule)
    if found and ticks:
        name = ticks[0].rsplit("/", 1)[-1]
        verb = found.group(1).replace("-", " ")
        if verb == "type changed" and len(ticks) >= 4:
            return f"property `{name}` type changed from `{ticks[2]}` to `{ticks[3]}`"
        required = " (required)" if "-required-property-added" in rule else ""
        return f"property `{name}` {verb}{required}"
    if rule.endswith("-default-value-changed") and len(ticks) >= 3:
        return f"property `{ticks[0].rsplit('/', 1)[-1]}` default changed from `{ticks[1]}` to `{ticks[2]}`"
    found = ENUM_CHANGE.search(rule)
    if found and ticks:
        return f"enumeration value `{ticks[0]}` {found.group(1)}"
    return text


def _group(changes: list[Change]) -> list[Change]:
    """One change per (where, text): the operations that reach it listed, the gravest severity kept."""
    return _combine_changes([], changes)


def _combine_changes(into: list[Change], more: Iterable[Change]) -> list[Change]:
    by_key = {(c.where, c.text): c for c in into}
    for change in more:
        same = by_key.get((change.where, change.text))
        if same is None:
            by_key[(change.where, change.text)] = change
            continue
        same.operations += [op for op in change.operations if op not in same.operations]
        same.sources += change.sources
        if LEVEL[change.severity] > LEVEL[same.severity]:
            same.severity, same.why = change.severity, change.why or same.why
    return list(by_key.values())


# ------------------------------------------------------------------------------------------------ callbacks


def _callback_operations(spec: dict[str, Any]) -> dict[tuple[str, ...], tuple[str, Any, str]]:
    """(callback's place) → (its operationId, its payload schema, the operation that registers it)."""
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            for name, callback in ((op or {}).get("callbacks") or {}).items():
                for expression, target in (callback or {}).items():
                    for cb_method in HTTP_METHODS:
                        cb_op = (target or {}).get(cb_method)
                        if not isinstance(cb_op, dict):
                            continue
                        content = ((cb_op.get("requestBody") or {}).get("content") or {}).get("application/json", {})
                        place = ("paths", path, method, "callbacks", name, expression, cb_method)
                        found[place] = (cb_op.get("operationId", name), content.get("schema"), op.get("operationId"))
    return found


def _callbacks(specs: Specs) -> list[Change]:
    """A callback's payload is what a client receives: compared like a response."""
    old, new = _callback_operations(specs.old), _callback_operations(specs.new)
    changes = []
    for place, (op_id, old_schema, owner) in old.items():
        reach = [op_id] + ([owner] if owner else [])
        if place not in new:
            changes.append(
                Change("callback-removed", BREAKING, owner or op_id, f"callback `{op_id}` removed", reach, "removed")
            )
            continue
        new_schema = new[place][1]
        where = _schema_place(old_schema, place)
        for rule, severity, text, why in _payload_changes(specs, old_schema, new_schema):
            changes.append(Change(rule, severity, where, text, list(reach), why=why))
    return changes


def _schema_place(schema: Any, place: tuple[str, ...]) -> str:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return show(tuple(ref.removeprefix("#/").split("/"))) if ref else show(place)


def _folded(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """A schema with its $ref followed and its allOf parts merged (bankconnect_spec.merged), for comparing."""
    from bankconnect_spec import merged, resolve

    if not isinstance(resolve(spec, schema), dict):
        return {}
    whole = merged(spec, schema)
    return {**whole, "properties": dict(whole.get("properties") or {}), "required": list(whole.get("required") or [])}


def _payload_changes(specs: Specs, old: Any, new: Any, at: str = "") -> Iterator[tuple[str, str, str, str]]:
    """(rule, severity, text, why) for each difference a receiver of the payload notices."""
    a, b = _folded(specs.old, old), _folded(specs.new, new)
    label = f"property `{at.rsplit('/', 1)[-1]}`" if at else "the payload"
    if a.get("type") != b.get("type"):
        yield "callback-type-changed", BREAKING, f"{label} type changed from `{a.get('type')}` to `{b.get('type')}`", ""
        return
    if b.get("nullable") and not a.get("nullable"):
        yield "callback-became-nullable", BREAKING, f"{label} became nullable", "receivers relied on a value"
    if "enum" in b:
        added = [v for v in b["enum"] if v not in (a.get("enum") or [])]
        if added and "enum" in a and not is_open_enum(b):
            for value in added:
                yield "callback-enum-value-added", BREAKING, f"enumeration value `{value}` added", ""
    gone = [n for n in a["properties"] if n not in b["properties"]]
    new = [n for n in b["properties"] if n not in a["properties"]]
    if len(gone) == len(new) == 1 and _shape(specs.old, a["properties"][gone[0]]) == _shape(
        specs.new, b["properties"][new[0]]
    ):
        yield "property-renamed", BREAKING, f"property `{gone[0]}` renamed to `{new[0]}` (likely)", ""
        gone, new = [], []
    for name, schema in a["properties"].items():
        if name in gone:
            yield "callback-property-removed", BREAKING, f"property `{name}` removed", ""
        elif name in b["properties"]:
            if name in a["required"] and name not in b["required"]:
                yield "callback-property-became-optional", BREAKING, f"property `{name}` became optional", ""
            yield from _payload_changes(specs, schema, b["properties"][name], f"{at}/{name}")
    for name in new:
        if name in b["required"]:
            yield (
                "callback-required-property-added",
                BREAKING,
                f"property `{name}` added (required)",
                "payloads queued, retried or stored before the change lack it: a receiver that requires it rejects"
                " them",
            )
        else:
            yield "callback-property-added", COMPATIBLE, f"property `{name}` added", ""
    if a.get("type") == "array":
        yield from _payload_changes(specs, a.get("items"), b.get("items"), f"{at}/items")


# ------------------------------------------------------------------------------------- our own extensions


def _walk(node: Any, pointer: Pointer = ()) -> Iterator[tuple[Pointer, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*pointer, index))


def _reaching(spec: dict[str, Any], pointer: Pointer) -> list[str]:
    """The operations (callbacks included) whose requests or answers use the component schema at ``pointer``."""
    if pointer[:2] != ("components", "schemas") or len(pointer) < 3:
        return []
    name, found = pointer[2], []
    for op_pointer, node in _walk(spec.get("paths") or {}, ("paths",)):
        if isinstance(node, dict) and op_pointer[-1] in HTTP_METHODS and "operationId" in node:
            body = {k: v for k, v in node.items() if k != "callbacks"}
            if name in schemas_reached(spec, body):
                found.append(str(node["operationId"]))
    return found


def _key_patterns(specs: Specs) -> list[Change]:
    """A map's key pattern (x-key-pattern) changed or dropped: every parser of those keys breaks."""
    old = {p: key_pattern(n) for p, n in _walk(specs.old) if isinstance(n, dict) and key_pattern(n)}
    new = {p: key_pattern(n) for p, n in _walk(specs.new) if isinstance(n, dict) and key_pattern(n)}
    changes = []
    for pointer, pattern in old.items():
        if new.get(pointer) == pattern:
            continue
        text = (
            f"map keys (x-key-pattern) changed from `{pattern}` to `{new[pointer]}`"
            if pointer in new
            else f"map keys (x-key-pattern `{pattern}`) no longer documented"
        )
        rule = "key-pattern-changed" if pointer in new else "key-pattern-removed"
        why = "clients parse the keys by this pattern"
        changes.append(Change(rule, BREAKING, show(pointer[:3]), text, _reaching(specs.old, pointer), why=why))
    for pointer, pattern in new.items():
        if pointer not in old:
            text = f"map keys now documented (x-key-pattern `{pattern}`)"
            changes.append(
                Change("key-pattern-added", COMPATIBLE, show(pointer[:3]), text, _reaching(specs.new, pointer))
            )
    return changes


def _servers(specs: Specs) -> list[Change]:
    """A server URL removed or changed: clients configured with it stop reaching the API."""
    old = [str(s.get("url")) for s in specs.old.get("servers") or []]
    new = [str(s.get("url")) for s in specs.new.get("servers") or []]
    gone, added = [u for u in old if u not in new], [u for u in new if u not in old]
    changes = []
    why = "clients are configured with the server URL"
    for index, url in enumerate(gone):
        if index < len(added):  # in its place, another: a change of URL
            text = f"server URL changed from `{url}` to `{added[index]}`"
            changes.append(Change("server-url-changed", BREAKING, "#/servers", text, why=why))
        else:
            changes.append(Change("server-removed", BREAKING, "#/servers", f"server `{url}` removed", why=why))
    for url in added[len(gone) :]:
        changes.append(Change("server-added", COMPATIBLE, "#/servers", f"server `{url}` added", section="added"))
    return changes


def _credential_headers(specs: Specs, found: list[Change]) -> list[Change]:
    """A credential's header renamed (or moved) in securitySchemes; oasdiff ≥ 1.39 says so too, then it is
    not repeated."""
    old = (specs.old.get("components") or {}).get("securitySchemes") or {}
    new = (specs.new.get("components") or {}).get("securitySchemes") or {}
    changes = []
    for name, scheme in old.items():
        where = show(("components", "securitySchemes", name))
        if any(c.where == where and c.breaking for c in found):
            continue
        after = new.get(name)
        if isinstance(after, dict) and (scheme.get("name"), scheme.get("in")) != (after.get("name"), after.get("in")):
            text = f"credential `{name}` sent as {scheme.get('in')} `{scheme.get('name')}`, now as {after.get('in')}"
            text += f" `{after.get('name')}`"
            changes.append(
                Change("credential-header-changed", BREAKING, where, text, why="clients send the old header")
            )
    return changes


def _operations_removed(specs: Specs, found: list[Change], today: date) -> list[Change]:
    """An operation gone that oasdiff did not name (it says nothing of a removal after the sunset): named in the
    changelog as a removal, and a removal needs a new major version like any other."""
    from bankconnect_spec import operations

    named = {op for c in found if c.section == "removed" for op in c.operations}
    new_places = {(op.method, op.path) for op in operations(specs.new).values()}
    changes = []
    for op_id, op in operations(specs.old).items():
        if (op.method, op.path) in new_places or op_id in named:
            continue
        sunset = op.spec.get("x-sunset")
        if op.spec.get("deprecated") and sunset and _day(sunset) < today:
            rule, how = "operation-removed-after-sunset", f"removed after its sunset {sunset}"
        elif op.spec.get("deprecated"):
            rule, how = (
                "operation-removed-after-deprecation",
                "removed (deprecated" + (f", sunset {sunset})" if sunset else ")"),
            )
        else:
            rule, how = "operation-removed", "removed"
        text = f"operation `{op_id}` ({op.method} {op.path}) {how}"
        why = "clients built from the earlier spec still call it"
        changes.append(Change(rule, BREAKING, op_id, text, [op_id], "removed", why=why))
    return changes


def _day(value: Any) -> date:
    """An x-sunset as a date; one that is not a date counts as not yet passed (the lint gate names it)."""
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return date.max


# ------------------------------------------------------------------------------------------------ renames


def _property_pointer(specs: Specs, change: Change, document: dict[str, Any]) -> Pointer | None:
    """The pointer of the property a removed/added change names, found under its schema by name."""
    name = re.match(r"property `([^`]*)` (removed|added)", change.text)
    if not name or not change.where.startswith("#/components/schemas/"):
        return None
    schema = tuple(change.where.removeprefix("#/").split("/"))
    for pointer, _ in _walk(node_at(document, schema), schema):
        if pointer[-2:] == ("properties", name.group(1)):
            return pointer
    return None


def _type_of(document: dict[str, Any], pointer: Pointer) -> tuple[Any, Any]:
    return _shape(document, node_at(document, pointer))


def _shape(document: dict[str, Any], schema: Any) -> tuple[Any, Any]:
    """What a rename keeps: the type and format (after $ref)."""
    from bankconnect_spec import resolve

    node = resolve(document, schema)
    return (node.get("type"), node.get("format")) if isinstance(node, dict) else (None, None)


def _renames(specs: Specs, changes: list[Change]) -> list[Change]:
    """One property removed and one added in the same place with the same type: shown as a likely rename."""
    removed = [c for c in changes if re.match(r"property `[^`]*` removed$", c.text)]
    added = [c for c in changes if re.match(r"property `[^`]*` added", c.text)]
    for gone in removed:
        old_pointer = _property_pointer(specs, gone, specs.old)
        if old_pointer is None:
            continue
        same_place = [
            c
            for c in added
            if c.where == gone.where
            and (p := _property_pointer(specs, c, specs.new)) is not None
            and p[:-1] == old_pointer[:-1]
            and _type_of(specs.new, p) == _type_of(specs.old, old_pointer)
        ]
        if len(same_place) != 1 or sum(1 for r in removed if r.where == gone.where) != 1:
            continue
        new = same_place[0]
        old_name, new_name = old_pointer[-1], re.match(r"property `([^`]*)`", new.text).group(1)  # type: ignore[union-attr]
        gone.rule, gone.text = "property-renamed", f"property `{old_name}` renamed to `{new_name}` (likely)"
        gone.operations += [op for op in new.operations if op not in gone.operations]
        gone.sources += new.sources
        changes = [c for c in changes if c is not new]
    return changes


def _name_sunset_removals(specs: Specs, changes: list[Change]) -> None:
    """A deprecated property removed is named as a removal, with its sunset (breaking like any removal)."""
    for change in changes:
        pointer = _property_pointer(specs, change, specs.old) if change.text.endswith("removed") else None
        node = node_at(specs.old, pointer) if pointer else None
        if isinstance(node, dict) and node.get("deprecated"):
            sunset = node.get("x-sunset")
            change.section = "removed"
            change.text += f" after its sunset {sunset}" if sunset else " (deprecated)"


# ------------------------------------------------------------------------------------------------ the text


def _without(node: Any, keys: set[str], parent: Any = None) -> Any:
    """``node`` without documentation keys (a property named ``description`` is not one)."""
    if isinstance(node, dict):
        return {k: _without(v, keys, k) for k, v in node.items() if parent == "properties" or k not in keys}
    if isinstance(node, list):
        return [_without(v, keys) for v in node]
    return node


def _unversioned(spec: dict[str, Any]) -> dict[str, Any]:
    return {**spec, "info": {k: v for k, v in (spec.get("info") or {}).items() if k != "version"}}


def _text_only(specs: Specs, found: list[Change]) -> list[Change]:
    """Any textual difference is a change that needs a new version, even where no rule above sees one: the
    documentation (a patch), a change of structure no rule knows (a minor), or only formatting (a patch)."""
    old, new = _unversioned(specs.old), _unversioned(specs.new)
    version_line = re.compile(r"^(\s*version:).*$", re.MULTILINE)
    if found or version_line.sub(r"\1", specs.old_text, 1) == version_line.sub(r"\1", specs.new_text, 1):
        return []
    if old == new:
        return [Change("text-changed", DOCS, "spec", "the text changed (formatting or comments only)", section="docs")]
    if _without(old, DOCUMENTATION_KEYS) != _without(new, DOCUMENTATION_KEYS):
        places = _differences(old, new)
        text = "the document changed where no rule looks: " + ", ".join(show(p) for p in places[:5])
        return [Change("structure-changed", COMPATIBLE, "spec", text)]
    return [
        Change(
            "documentation-changed", DOCS, show(p[:3]) if p else "spec", f"{p[-1]} changed at {show(p)}", section="docs"
        )
        for p in _differences(old, new)
    ]


def _differences(old: Any, new: Any, pointer: Pointer = ()) -> list[Pointer]:
    """The deepest pointers where two documents differ (a documentation key counts as a leaf)."""
    is_documentation = len(pointer) >= 2 and pointer[-1] in DOCUMENTATION_KEYS and pointer[-2] != "properties"
    if isinstance(old, dict) and isinstance(new, dict) and not is_documentation:
        out: list[Pointer] = []
        for key in [*old, *(k for k in new if k not in old)]:
            if old.get(key) != new.get(key):
                out += _differences(old.get(key), new.get(key), (*pointer, key))
        return out
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        pairs = enumerate(zip(old, new, strict=True))
        return [p for i, (a, b) in pairs if a != b for p in _differences(a, b, (*pointer, i))]
    return [pointer]
