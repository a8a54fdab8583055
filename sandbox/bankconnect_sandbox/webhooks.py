"""One webhook delivery attempt, shared by the entity outbox and the session outbox: one deadline for the whole
attempt (not one per read), at most a few KiB of the receiver's reply read as sent (never inflated), then hang up.
A receiver that trickles, or answers with a gzip bomb or a gigabyte, costs one deadline and no memory."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

REPLY_BYTES = 4096  # of a receiver's reply, the most read: only its status matters


async def post_once(
    client: httpx.AsyncClient, url: str, body: Any, deadline: float, headers: dict[str, str] | None = None
) -> str | None:
    """POST ``body`` as JSON; None when the receiver answered 2xx, else what went wrong (kept as the outbox's
    last error)."""
    try:
        async with asyncio.timeout(deadline):
            async with client.stream("POST", url, json=body, headers=headers, timeout=deadline) as response:
                status = response.status_code
                read = 0
                async for chunk in response.aiter_raw():
                    read += len(chunk)
                    if read >= REPLY_BYTES:
                        break
    except TimeoutError:
        return f"Timeout: no answer within {deadline:g} s"
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"
    return None if 200 <= status < 300 else f"receiver answered {status}"
