"""Which server an operation is sent to, for a client configured with one base URL."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ._document import base_path
from ._operations import operations

__all__ = ["server_for"]


def server_for(operation_id: str, base_url: str, spec: dict[str, Any] | None = None) -> str:
    """The base URL ``operation_id``'s path is relative to, for a client configured with ``base_url``.

    Most operations use the document's server, so the answer is ``base_url`` itself. An operation (or its
    path) that declares servers of its own (the v2 session create: ``…/bank-connect``) is rebased: the end of
    the client's base URL that is the document's server path (``/bank-connect/v1``) is replaced by the
    operation server's path. The client's scheme, host, port and any prefix before it are kept, so the
    sandbox, a proxy or a gateway in front of the service keep working. A base URL that does not end in the
    document's server path is a gateway of the user's own that routes every call itself: it is left as it is.

    Raises KeyError for an operationId the spec does not have.
    """
    op = operations(spec)[operation_id]
    if not op.servers:
        return base_url
    parts = urlsplit(base_url)
    path = parts.path.rstrip("/")
    documented = base_path(spec)
    if not path.endswith(documented):
        return base_url
    own = urlsplit(op.servers[0]).path.rstrip("/")
    return urlunsplit(parts._replace(path=path[: len(path) - len(documented)] + own))
