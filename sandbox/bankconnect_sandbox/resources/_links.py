"""Signed links to the files the sandbox serves under ``/sandbox/files/`` (statement PDFs, xlsx reports): valid
for an hour, signed with the sandbox's key (kept in its database, so links survive a restart)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from urllib.parse import urlencode

__all__ = ["LINK_SECONDS", "SignedLinks"]

LINK_SECONDS = 3600


class SignedLinks:
    def __init__(self, key: bytes, clock: Callable[[], float]) -> None:
        self._key = key
        self._clock = clock

    def mac(self, message: str) -> str:
        """The key's HMAC-SHA256 of ``message``, in hex (also the v2 session redirect's token)."""
        return hmac.new(self._key, message.encode(), hashlib.sha256).hexdigest()

    def sign(self, kind: str, ident: str, expires: int) -> str:
        return self.mac(f"{kind}:{ident}:{expires}")[:40]

    def link(self, base_url: str, kind: str, ident: str, suffix: str) -> str:
        expires = int(self._clock()) + LINK_SECONDS
        query = urlencode({"expires": expires, "signature": self.sign(kind, ident, expires)})
        return f"{base_url}/sandbox/files/{kind}/{ident}{suffix}?{query}"

    def valid(self, kind: str, ident: str, expires: str, signature: str) -> bool:
        # ASCII digits only ("²" is a digit to str.isdigit, not to int) and no longer than a timestamp: int()
        # refuses over 4,300 digits.
        if not (expires.isascii() and expires.isdigit() and len(expires) <= 12) or int(expires) < self._clock():
            return False
        return hmac.compare_digest(self.sign(kind, ident, int(expires)), signature)
