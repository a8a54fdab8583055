"""What every handler shares: the request it gets, the reply it returns (with the events the ASGI layer
schedules), and the state it works on (store, analysis cache, signed links, clock)."""

from __future__ import annotations

import ipaddress
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..config import SandboxConfig
from ..pdf import Inspection
from ..store import Store
from ._cache import AnalysisCache
from ._links import SignedLinks
from ._reply import Reply, StatementReceived

__all__ = [
    "NOT_FOUND",
    "PDF_RETENTION_SECONDS",
    "Context",
    "Fetched",
    "Handler",
    "Reply",
    "Request",
    "StatementReceived",
    "is_loopback",
    "open_context",
    "utc",
]

PDF_RETENTION_SECONDS = 30 * 86400


@dataclass(frozen=True)
class Fetched:
    """What fetching a loopback ``file_url`` gave: the file, or why there is none (said in the 400)."""

    data: bytes | None
    problem: str | None = None


@dataclass
class Request:
    """A validated request, as handlers see it. An upload also carries what the ASGI layer did before the handler,
    off the event loop: its loopback ``file_url`` fetched, and its file read (``pdf.inspect``)."""

    params: dict[str, Any]
    body: dict[str, Any] | None
    base_url: str  # the sandbox's public base URL (--public-url, else its own address), for links; never Host
    api_key: str | None
    fetched: Fetched | None = None
    read: Inspection | None = None


NOT_FOUND = Reply(404, {"detail": "Not found."})


class Context:
    """The state handlers work on; one per sandbox."""

    def __init__(self, config: SandboxConfig, base_path: str, store: Store, links: SignedLinks) -> None:
        self.config = config
        self.base_path = base_path
        self.store = store
        self.links = links
        self.cache = AnalysisCache(int(config.analysis_cache_mb * 1024 * 1024))
        # A write to an entity drops its cached analyses: no version in the cache key.
        store.on_entity_change = self.cache.drop_entity

    def now(self) -> float:
        return self.config.clock()


Handler = Callable[[Context, Request], Reply]


def open_context(config: SandboxConfig, base_path: str) -> Context:
    """Open (and seed, once) the database, and the signing key its links are signed with (kept in it)."""
    store = Store(config.db)
    store.seed(str(config.seed), config.entities, now=config.clock())
    secret = store.meta("signing_secret")
    if secret is None:
        secret = secrets.token_hex(32)
        store.set_meta("signing_secret", secret)
    return Context(config, base_path, store, SignedLinks(bytes.fromhex(secret), config.clock))


def utc(ts: float, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return time.strftime(fmt, time.gmtime(ts))


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
