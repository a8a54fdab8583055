"""The spec's own contract extensions (``x-open-enum``, ``x-key-pattern``) and which schemas a node reaches."""

from __future__ import annotations

from typing import Any

OPEN_ENUM = "x-open-enum"  # true: the vendor adds values over time, clients must keep unlisted ones
KEY_PATTERN = "x-key-pattern"  # the keys of a map (OpenAPI 3.0 cannot constrain them)
SCHEMA_REF_PREFIX = "#/components/schemas/"


def is_open_enum(schema: Any) -> bool:
    """Whether ``schema`` is an enumeration the spec declares open (``x-open-enum: true``); an unmarked one is
    not: the release rules only relax what the spec says outright."""
    return isinstance(schema, dict) and "enum" in schema and schema.get(OPEN_ENUM) is True


def key_pattern(schema: Any) -> str | None:
    """The pattern a map's keys follow (``x-key-pattern``), or None."""
    return schema.get(KEY_PATTERN) if isinstance(schema, dict) else None


def schemas_reached(spec: dict[str, Any], node: Any) -> set[str]:
    """The names of every component schema ``node`` uses, through ``$ref``s to any depth (components too)."""
    found: set[str] = set()
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, list):
            pending.extend(current)
        elif isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                name = ref.removeprefix(SCHEMA_REF_PREFIX) if ref.startswith(SCHEMA_REF_PREFIX) else None
                if name is not None and name in found:
                    continue
                if name is not None:
                    found.add(name)
                target: Any = spec
                for part in ref.removeprefix("#/").split("/"):
                    target = target.get(part) if isinstance(target, dict) else None
                pending.append(target)
            pending.extend(value for key, value in current.items() if key != "$ref")
    return found
