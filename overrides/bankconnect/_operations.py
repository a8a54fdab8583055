"""The generated operation modules, by operationId, with the spec's facts the shims route on.

Which calls are uploads or analyses comes from the spec (``bankconnect_spec``); how to build a request and parse
its answer comes from the generated module. Nothing here is written down a second time.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import bankconnect_client.api
import bankconnect_spec

from ._errors import InvalidCall


@dataclass(frozen=True)
class Operation:
    """One operation of the spec and the generated module that calls it."""

    spec: bankconnect_spec.Operation
    module: ModuleType

    @property
    def operation_id(self) -> str:
        return self.spec.operation_id

    @property
    def is_upload(self) -> bool:
        return self.spec.is_upload

    @property
    def is_analysis(self) -> bool:
        return self.spec.is_analysis

    @property
    def analysis_name(self) -> str:
        return self.spec.analysis_name

    def request(self, **params: Any) -> dict[str, Any]:
        """The httpx request arguments the generated client would send."""
        request: dict[str, Any] = self.module.build_request(**params)
        return request

    def parameters(self) -> dict[str, inspect.Parameter]:
        """The arguments this operation takes (the generated ``sync`` function's, without ``client``)."""
        signature = inspect.signature(self.module.sync)
        return {name: p for name, p in signature.parameters.items() if name != "client"}

    def check_arguments(self, params: dict[str, Any]) -> None:
        """Raise InvalidCall naming the unknown or missing arguments and listing the valid ones."""
        accepted = self.parameters()
        unknown = sorted(set(params) - set(accepted))
        missing = [name for name, p in accepted.items() if p.default is inspect.Parameter.empty and name not in params]
        if not unknown and not missing:
            return
        problems = []
        if unknown:
            problems.append("does not take " + ", ".join(unknown))
        if missing:
            problems.append("needs " + ", ".join(missing))
        valid = ", ".join(_describe_parameter(p) for p in accepted.values()) or "no arguments"
        hint = ""
        if unknown and "body" in accepted:
            hint = " (request fields go inside body=, a model from bankconnect_client.models)"
        raise InvalidCall(f"{self.operation_id} {' and '.join(problems)}; its parameters: {valid}{hint}")


def _describe_parameter(parameter: inspect.Parameter) -> str:
    annotation = parameter.annotation
    kind = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    kind = re.sub(r"[\w.]+\.(\w+)", r"\1", str(kind))  # short class names
    kind = re.sub(r"\s*\|\s*Unset(Type)?\b", "", kind)  # "absent" is what optional says
    required = "" if parameter.default is inspect.Parameter.empty else ", optional"
    return f"{parameter.name} ({kind}{required})"


@functools.cache
def operations() -> dict[str, Operation]:
    """Every operation of the spec with its generated module (``bankconnect_client.api.<tag>.<operationId>``)."""
    package = bankconnect_client.api.__name__
    return {
        op_id: Operation(op, importlib.import_module(f"{package}.{op.tag}.{op_id}"))
        for op_id, op in bankconnect_spec.operations().items()
    }


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
    raise InvalidCall(
        f"unknown operation {name!r}; operations: {', '.join(sorted(ops))}; "
        f"analyses by short name: {', '.join(sorted(analyses()))}"
    )
