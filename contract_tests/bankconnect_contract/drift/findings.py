"""What the drift engine reports: a difference found in one value (``Difference``), and a finding, the same
difference aggregated over every exchange that showed it (``Finding``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Difference(NamedTuple):
    """One difference under a value: what a walk of a schema and a value yields."""

    code: str  # a key of problems.PROBLEMS
    path: str
    observed: Any
    expected: Any
    patch: tuple[Any, ...] | None = None  # an additive difference's Overlay patch: ("enum"|"property", target, ...)


FindingKey = tuple[str, str, int, str]  # (code, operation, status, path): what findings are aggregated by


@dataclass
class Finding:
    code: str  # a key of problems.PROBLEMS
    kind: str
    operation: str
    status: int
    path: str
    problem: str
    observed: Any
    expected: Any
    sources: list[str] = field(default_factory=list)
    count: int = 0
    request: dict[str, str] | None = None  # the first request that showed it: method, path, content type, body

    def line(self) -> str:
        where = f"{self.sources[0]}" + (f", {self.count} times" if self.count > 1 else "")
        return (
            f"{self.kind.upper():<9} {self.operation} {self.status} {self.path or '(body)'}: {self.problem}"
            f" — observed {_show(self.observed)}, expected {_show(self.expected)}  [{where}]"
        )


def _show(value: Any) -> str:
    text = json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."
