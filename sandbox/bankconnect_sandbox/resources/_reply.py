"""What a handler returns: the answer, and the events the ASGI layer is to schedule (handlers never call into it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Reply", "StatementReceived"]


@dataclass(frozen=True)
class StatementReceived:
    """An upload stored a new statement: its webhook payload is due once it has processed, in ``notify_in``
    seconds. Handlers return it; the ASGI layer schedules it (handlers never call into the app)."""

    statement_id: str
    notify_in: float


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    events: tuple[StatementReceived, ...] = field(default=())
