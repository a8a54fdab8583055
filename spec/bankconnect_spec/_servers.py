"""Which server an operation is sent to, for a client configured with one base URL; the full path it is served
under; and, the other way round, which template a request path is for. The one place that reads servers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ._document import base_path, load_spec
from ._operations import HTTP_METHODS, operations, template_pattern

__all__ = ["local_path", "path_prefix", "server_for"]


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
    return _rebased(base_url, operations(spec)[operation_id].servers, spec)


def path_prefix(operation_id: str, spec: dict[str, Any] | None = None) -> str:
    """The full path ``operation_id``'s template is appended to on the service: the base path
    (``/bank-connect/v1``), or its own server's path (``/bank-connect`` for the v2 session create, served at
    ``/bank-connect/v2/session/``). Raises KeyError for an operationId the spec does not have."""
    return server_for(operation_id, base_path(spec), spec)


def local_path(spec: dict[str, Any], path: str) -> str | None:
    """``/bank-connect/v1/entity/`` → ``/entity/``: a request path relative to the base path, as the
    operations' templates are written; None when the path is not under the base path. A path with a server of
    its own is read at its full path only (``/bank-connect/v2/session/`` → ``/v2/session/``): under the base path
    (``/bank-connect/v1/v2/session/``) it is no URL of the service, and None."""
    prefix = base_path(spec)
    own_templates = []
    for template, item in spec.get("paths", {}).items():
        own = _own_servers(item)
        if own:
            rebased = _rebased(prefix, own, spec)
            rest = path[len(rebased) :] if path.startswith(rebased + "/") else ""
            if _matches(template, rest):
                return rest
            own_templates.append(template)
    if path.startswith(prefix + "/"):
        rest = path[len(prefix) :]
        return None if any(_matches(template, rest) for template in own_templates) else rest
    return None


def _matches(template: str, path: str) -> bool:
    pattern = template_pattern(template)
    return bool(path) and (path == template or (pattern is not None and pattern.match(path) is not None))


def _own_servers(item: dict[str, Any]) -> tuple[str, ...]:
    """The server URLs a path item, or an operation of it, declares for itself (empty for most)."""
    found: list[dict[str, Any]] = item.get("servers") or next(
        (item[m]["servers"] for m in HTTP_METHODS if "servers" in item.get(m, {})), []
    )
    return tuple(s["url"] for s in found)


def _rebased(base_url: str, servers: Sequence[str], spec: dict[str, Any] | None) -> str:
    if not servers:
        return base_url
    parts = urlsplit(base_url)
    path = parts.path.rstrip("/")
    documented = base_path(spec or load_spec())
    if not path.endswith(documented):
        return base_url
    own = urlsplit(servers[0]).path.rstrip("/")
    return urlunsplit(parts._replace(path=path[: len(path) - len(documented)] + own))
