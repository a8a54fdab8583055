"""Prepares the spec for oapi-codegen: every object schema that says nothing about `additionalProperties`
gets `additionalProperties: true`, so its Go struct keeps the fields a newer service adds (in
AdditionalProperties) instead of dropping them. The generator's own equivalent elsewhere is
`disallowAdditionalPropertiesIfNotPresent=false`; oapi-codegen has none.

    python open_models.py spec.yaml open-spec.yaml
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml


def opened(node: Any) -> Any:
    """A copy where every schema with `properties` and no `additionalProperties` allows more."""
    if isinstance(node, list):
        return [opened(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: opened(value) for key, value in node.items()}
    if isinstance(out.get("properties"), dict) and "additionalProperties" not in out:
        out["additionalProperties"] = True
    return out


def main(source: str, target: str) -> None:
    spec = yaml.safe_load(Path(source).read_text())
    Path(target).write_text(yaml.safe_dump(opened(spec), sort_keys=False, allow_unicode=True))


if __name__ == "__main__":
    main(*sys.argv[1:3])
