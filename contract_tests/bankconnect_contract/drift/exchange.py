"""What the drift engine reads: one exchange (a request and its answer), from a cassette, a HAR file, the proxy or
a live call; and the error an unreadable input raises."""

from __future__ import annotations

from dataclasses import dataclass, field


class InputError(Exception):
    """A drift input that cannot be read as a cassette (exit status 2)."""


@dataclass(frozen=True)
class Exchange:
    method: str
    url: str
    status: int
    content_type: str
    body: bytes
    source: str
    headers: dict[str, str] = field(default_factory=dict)  # response headers, lower-case names
    request_body: bytes = b""
    request_content_type: str = ""
    # The request above is what the client sent (the proxy, HAR): checked too. Not for our cassettes (masked
    # bodies) nor Schemathesis' report (invalid requests on purpose).
    request_recorded: bool = False
