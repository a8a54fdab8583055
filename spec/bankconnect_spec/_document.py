"""Loading the packaged document and following its references."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

SPEC_RESOURCE = "bankconnect.yaml"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document shipped with this package (a link to spec/bankconnect.yaml in a checkout).

    Cached and shared: treat it as read-only.
    """
    import yaml  # deferred: importing the package should cost nothing until the spec is needed

    text = resources.files(__package__).joinpath(SPEC_RESOURCE).read_text(encoding="utf-8")
    document: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return document


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until ``node`` is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def base_path(spec: dict[str, Any] | None = None) -> str:
    """The path every operation's path is relative to (``/bank-connect/v1``), from the first server; both
    servers of the spec share it."""
    spec = spec or load_spec()
    url: str = spec["servers"][0]["url"]
    return urlsplit(url).path.rstrip("/")
