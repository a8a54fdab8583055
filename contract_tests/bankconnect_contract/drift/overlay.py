"""Overlay proposals: the additive drift an analysis saw, as an OpenAPI Overlay 1.0 document that would document
it. Breaking drift is never patched away."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .analyzer import Analyzer


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
