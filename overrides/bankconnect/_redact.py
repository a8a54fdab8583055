"""Keeping credentials and signed URLs out of everything shown to people or written to logs and reports."""

from __future__ import annotations

import re
from collections.abc import Iterable

import httpx

# How the query parameters that prove a signed link (pdf_url, xlsx reports, S3's X-Amz-Signature) end.
SIGNED_PARAMETER_ENDINGS = ("signature", "sig", "token", "credential", "expires")

# A signed link's query string is dropped from anything we show or record. Plain links (a next page) are left
# alone. Backslashes end a match so that JSON escaped inside YAML or logs stays intact.
_SIGNED_QUERY = re.compile(
    r"(https?://[^\s\"'?#<>\\]+)\?(?=[^\s\"'<>\\]*(?:" + "|".join(SIGNED_PARAMETER_ENDINGS) + r")=)"
    r"[^\s\"'<>\\]*",
    re.IGNORECASE,
)


def is_signed_parameter(name: str) -> bool:
    """Whether a query parameter of this name carries a signed link's proof (its value is never shown)."""
    return name.lower().endswith(SIGNED_PARAMETER_ENDINGS)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Remove credentials and signed-URL query strings from text meant for people or logs."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return _SIGNED_QUERY.sub(r"\1?<redacted>", text)


# The headers that carry BankConnect's credentials (besides the ones httpx already hides).
CREDENTIAL_HEADERS = frozenset({"x-api-key", "server-hash", "authorization", "proxy-authorization"})


class GuardedHeaders(httpx.Headers):
    """Headers whose repr shows ``[secure]`` for the credential headers (httpx hides only Authorization)."""

    def __repr__(self) -> str:
        shown = [(k, "[secure]" if k.lower() in CREDENTIAL_HEADERS else v) for k, v in self.multi_items()]
        as_dict = dict(shown)
        return f"Headers({as_dict!r})" if len(as_dict) == len(shown) else f"Headers({shown!r})"


def guard_headers(request: httpx.Request) -> None:
    """Make ``repr(request.headers)`` (and so a traceback's locals, or a logged request) free of credentials."""
    if not isinstance(request.headers, GuardedHeaders):
        request.headers = GuardedHeaders(request.headers)
