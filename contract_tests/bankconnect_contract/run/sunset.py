"""The deprecation lifecycle, seen from the target: what is deprecated (``deprecated: true``) says when it goes
(``x-sunset: YYYY-MM-DD``, a Spectral rule keeps it so); a contract run warns when the API still serves
something past its sunset, or stopped serving something before it.

Warnings, not failures: the vendor decides when things go; the team needs to know before its clients do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from bankconnect_spec import operations


def deprecated_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, str, date]]:
    """(operationId, method, path, sunset) of every deprecated operation."""
    for op_id, op in operations(spec).items():
        if op.spec.get("deprecated") and op.spec.get("x-sunset"):
            yield op_id, op.method, op.path, date.fromisoformat(str(op.spec["x-sunset"]))


def warnings(
    spec: dict[str, Any],
    status_of: Callable[[str, str], int | None],
    present: Iterable[tuple[str, int, str]],
    deprecated: dict[tuple[str, int, str], str],
    today: date,
) -> list[str]:
    """Lifecycle warnings. ``status_of(method, path)`` answers a probe's status (None: not probed, e.g. a write
    on a read-only target); ``present`` are the (operation, status, property path) seen in answers and
    ``deprecated`` the deprecated ones with their sunset (both from ``coverage.measure``)."""
    out = []
    for op_id, method, path, sunset in deprecated_operations(spec):
        status = status_of(method, path)
        if status is None:
            continue
        gone = status in (404, 410)
        if today > sunset and not gone:
            out.append(f"{op_id}: still served (HTTP {status}) after its sunset {sunset}")
        elif today <= sunset and gone:
            out.append(f"{op_id}: no longer served (HTTP {status}) before its sunset {sunset}")
    seen = set(present)
    for (op_id, status, path), sunset in sorted(deprecated.items()):
        if today > date.fromisoformat(sunset) and (op_id, status, path) in seen:
            out.append(f"{op_id} {status} {path}: still sent after its sunset {sunset}")
    return out
