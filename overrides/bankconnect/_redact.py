"""Keeping credentials and signed URLs out of everything shown to people or written to logs and reports."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Signed links (pdf_url, xlsx reports, S3) carry credentials in their query string; such a query string is
# dropped from anything we show or record. Plain links (a next page) are left alone. Backslashes end a match
# so that JSON escaped inside YAML or logs stays intact.
_SIGNED_QUERY = re.compile(
    r"(https?://[^\s\"'?#<>\\]+)\?(?=[^\s\"'<>\\]*(?:signature|sig|x-amz-|token|credential|expires)=)"
    r"[^\s\"'<>\\]*",
    re.IGNORECASE,
)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Remove credentials and signed-URL query strings from text meant for people or logs."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return _SIGNED_QUERY.sub(r"\1?<redacted>", text)
