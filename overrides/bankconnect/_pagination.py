"""Pagination of list_entities: follow ``next`` one page at a time.

``next`` is read for its ``page`` number and the request goes to the configured base URL, so credentials
are never sent to whatever host a ``next`` link names.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._errors import UnexpectedResponse
from ._redact import redact


def next_page(body: Any, current: int) -> int | None:
    """The page after ``current`` according to ``body.next``, or None on the last page."""
    link = body.next_  # the generator renames `next`, a Python builtin
    if not link:
        return None
    values = parse_qs(urlsplit(link).query).get("page", [])
    if len(values) != 1 or not values[0].isdigit() or int(values[0]) <= current:
        raise UnexpectedResponse(
            f"list_entities: cannot follow next link {redact(link)!r} from page {current}",
            status=200,
            content_type="application/json",
            excerpt=redact(link)[:200],
        )
    return int(values[0])
