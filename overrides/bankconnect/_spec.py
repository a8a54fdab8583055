"""The contract at run time: the packaged spec and the generated operation modules.

Facts the shims need (upload refusal names, which calls are analyses) are read from these two sources
instead of being written down again here.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from dataclasses import dataclass
from importlib import resources
from types import ModuleType
from typing import Any

import bankconnect_client.api

SPEC_RESOURCE = "bankconnect.yaml"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document shipped with this package (a link to spec/bankconnect.yaml in a checkout)."""
    import yaml  # deferred: only some code paths need the spec itself

    text = resources.files("bankconnect").joinpath(SPEC_RESOURCE).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until ``node`` is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@functools.cache
def upload_reason_names() -> dict[int, str]:
    """Upload refusal codes mapped to the names the spec gives them (``x-enum-varnames``)."""
    code = load_spec()["components"]["schemas"]["UploadStatusCode"]
    return dict(zip(code["enum"], code["x-enum-varnames"], strict=True))


@dataclass(frozen=True)
class Operation:
    """One generated operation module, with the facts the shims route on."""

    operation_id: str
    tag: str
    module: ModuleType

    @property
    def is_upload(self) -> bool:
        return self.tag == "upload"

    @property
    def is_analysis(self) -> bool:
        return self.tag == "enriched_data"

    @property
    def analysis_name(self) -> str:
        """``get_transactions`` → ``transactions``; the name the CLI and the waiter accept."""
        return self.operation_id.removeprefix("get_")

    def request(self, **params: Any) -> dict[str, Any]:
        """The httpx request arguments the generated client would send."""
        return self.module._get_kwargs(**params)


@functools.cache
def operations() -> dict[str, Operation]:
    """Every generated operation, by operationId."""
    found: dict[str, Operation] = {}
    package = bankconnect_client.api
    for tag_info in pkgutil.iter_modules(package.__path__):
        tag_package = importlib.import_module(f"{package.__name__}.{tag_info.name}")
        for op_info in pkgutil.iter_modules(tag_package.__path__):
            module = importlib.import_module(f"{tag_package.__name__}.{op_info.name}")
            found[op_info.name] = Operation(op_info.name, tag_info.name, module)
    return found


def analyses() -> dict[str, Operation]:
    """The analysis calls that carry ``progress``, by short name (``transactions``, ``identity``, …)."""
    return {op.analysis_name: op for op in operations().values() if op.is_analysis}


def operation(name_or_module: str | ModuleType | Operation) -> Operation:
    """Resolve an operationId, an analysis short name or a generated module to its Operation."""
    if isinstance(name_or_module, Operation):
        return name_or_module
    if isinstance(name_or_module, ModuleType):
        name = name_or_module.__name__.rsplit(".", 1)[-1]
    else:
        name = name_or_module
    ops = operations()
    if name in ops:
        return ops[name]
    if name in analyses():
        return analyses()[name]
    known = ", ".join(sorted(analyses()))
    raise ValueError(f"unknown operation {name!r}; analyses are: {known}")
