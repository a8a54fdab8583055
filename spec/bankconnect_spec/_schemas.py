"""How this spec's schemas read: ``allOf`` folded, what accepts ``null``, the "at least one of" idiom, and a
validator that knows our extensions. Every package asks here instead of deciding for itself (they used to
disagree: one merge let ``allOf`` parts win over the schema's own keys, another forgot ``required``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ._document import resolve
from ._extensions import KEY_PATTERN, is_open_enum, key_pattern

# Keywords that constrain a value: a schema with none of them (``{}``, or a description alone) accepts anything.
_CONSTRAINING = frozenset({"type", "enum", "properties", "additionalProperties", "items", "oneOf", "anyOf", "not"})


def merged(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` resolved, with its ``allOf`` parts folded in: properties combined, ``required`` lists joined
    (in order, once each), and for any other keyword the schema's own value first, then the earliest part's."""
    schema = resolve(spec, schema)
    if "allOf" not in schema:
        return schema
    out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in schema["allOf"]:
        part = merged(spec, part)
        properties.update(part.get("properties", {}))
        required += [name for name in part.get("required", []) if name not in required]
        for key, value in part.items():
            if key not in ("properties", "required"):
                out.setdefault(key, value)
    properties.update(schema.get("properties", {}))
    required += [name for name in schema.get("required", []) if name not in required]
    out["properties"], out["required"] = properties, required
    return out


def nullable(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    """Whether the spec documents ``null`` here: ``nullable: true``, ``null`` among the ``enum`` values (how a
    generated ``NullValue`` is written), or an alternative of a ``oneOf``/``anyOf`` that is nullable."""
    schema = resolve(spec, schema)
    if schema.get("nullable") or None in schema.get("enum", ()):
        return True
    return any(nullable(spec, option) for option in [*schema.get("oneOf", ()), *schema.get("anyOf", ())])


def accepts_any(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    """A schema that constrains nothing accepts any value, ``null`` included (in OpenAPI 3.0.3 ``nullable``
    only matters beside a ``type``)."""
    return not merged(spec, schema).keys() & _CONSTRAINING


def accepts_null(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    """Whether ``null`` is a valid value here: documented as nullable, or not constrained at all."""
    return nullable(spec, schema) or accepts_any(spec, schema)


def at_least_one_of(spec: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    """The fields of an "at least one of these" rule, which OpenAPI 3.0 can only write as
    ``not: {not: {anyOf: [{required: [a]}, {required: [b]}]}}``; [] when the schema has none."""
    outer = resolve(spec, resolve(spec, schema).get("not", {}))
    inner = resolve(spec, outer.get("not", {})) if isinstance(outer, dict) else {}
    return [name for option in inner.get("anyOf", ()) for name in resolve(spec, option).get("required", ())]


def key_pattern_problems(schema: dict[str, Any], value: Any) -> Iterator[str]:
    """Keys of a map that break its ``x-key-pattern`` (our extension: OpenAPI 3.0 cannot constrain the keys of
    ``additionalProperties``; month-keyed maps say their key format this way)."""
    pattern = key_pattern(schema)
    if pattern and isinstance(value, dict):
        for key in value:
            if not re.search(pattern, key):
                yield key


def validator(
    spec: dict[str, Any],
    schema: dict[str, Any],
    *,
    format_checker: Any = None,
    open_enums: bool = False,
) -> Any:
    """A JSON Schema validator for ``schema`` (OpenAPI 3.0 dialect, ``$ref``s into ``spec``'s components) that
    also checks our extensions: ``x-key-pattern`` on map keys always; with ``open_enums`` an ``enum`` marked
    ``x-open-enum: true`` accepts an unlisted value (answers: the vendor adds banks and channels), without it every
    enumeration is closed (requests: the service refuses what it does not list)."""
    # Deferred: only the sandbox and the contract tools validate (they install openapi-schema-validator).
    from jsonschema import ValidationError, validators  # type: ignore[import-untyped]
    from openapi_schema_validator import OAS30Validator

    base_enum = OAS30Validator.VALIDATORS["enum"]

    def enum(checker: Any, enums: Any, instance: Any, schema_: dict[str, Any]) -> Iterator[Any]:
        if open_enums and is_open_enum(schema_) and instance is not None:
            return
        yield from base_enum(checker, enums, instance, schema_)

    def check_keys(checker: Any, pattern: str, instance: Any, schema_: dict[str, Any]) -> Iterator[Any]:
        for key in key_pattern_problems(schema_, instance):
            yield ValidationError(f"key {key!r} does not match {pattern!r}")

    extended = validators.extend(OAS30Validator, {"enum": enum, KEY_PATTERN: check_keys})
    return extended({**schema, "components": spec.get("components", {})}, format_checker=format_checker)
