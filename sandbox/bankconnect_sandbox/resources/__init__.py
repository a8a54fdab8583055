"""What each entity-flow operation does, one module per resource (the spec's tags): ``_management`` (entities,
PDFs, bank health), ``_analyses`` (the ``ANALYSES`` table: one row and one builder per analysis call),
``_uploads``, ``_webhooks``; ``_files`` serves what signed links point to.

Every module lists its handlers in ``HANDLERS`` (operationId → handler); ``OPERATIONS`` joins them, so adding an
operation family is adding a module. A handler takes the shared ``Context`` and a validated ``Request`` and
returns a ``Reply``: status, body, and the events the ASGI layer schedules (it never calls back into it).
"""

from __future__ import annotations

from ..config import SandboxConfig
from ..store import Store
from . import _analyses, _management, _uploads, _webhooks
from ._analyses import ANALYSES, Analysis, status
from ._context import (
    PDF_RETENTION_SECONDS,
    Context,
    Fetched,
    Handler,
    Reply,
    Request,
    StatementReceived,
    is_loopback,
    open_context,
)
from ._files import signed_file
from ._uploads import store_upload, to_fetch, upload_file

__all__ = [
    "ANALYSES",
    "OPERATIONS",
    "PDF_RETENTION_SECONDS",
    "Analysis",
    "Context",
    "Fetched",
    "Handler",
    "Reply",
    "Request",
    "Resources",
    "StatementReceived",
    "is_loopback",
    "status",
    "store_upload",
    "to_fetch",
    "upload_file",
]

OPERATIONS: dict[str, Handler] = {
    **_management.HANDLERS,
    **_webhooks.HANDLERS,
    **_analyses.HANDLERS,
    **_uploads.HANDLERS,
}


class Resources:
    """The entity flow for the ASGI layer: its state (``context``) and the handler of each operationId."""

    def __init__(self, config: SandboxConfig, base_path: str) -> None:
        self.context = open_context(config, base_path)

    @property
    def store(self) -> Store:
        return self.context.store

    def now(self) -> float:
        return self.context.now()

    def answer(self, operation_id: str, request: Request) -> Reply:
        return OPERATIONS[operation_id](self.context, request)

    def link_valid(self, kind: str, ident: str, expires: str, signature: str) -> bool:
        return self.context.links.valid(kind, ident, expires, signature)

    def signed_file(self, kind: str, ident: str) -> tuple[bytes, bytes] | None:
        """(the file, its content type) a signed link names; None when there is none."""
        return signed_file(self.context, kind, ident)

    def record_finished(self, statement_id: str) -> int | None:
        """Store a finished statement's webhook payload (once); its outbox id when a receiver is due it."""
        return _webhooks.record_finished(self.context, statement_id)
