"""Fresh answers from the live target, for `bankconnect drift --live`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bankconnect_spec import operations

from .exchange import Exchange, InputError

# A session to read: a read-only run cannot create one, so the user names one they have.
SESSION_ID_VARIABLE = "BANKCONNECT_CONTRACT_SESSION_ID"
NO_SESSION = f"live: session reads skipped: no session id (set {SESSION_ID_VARIABLE})"
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def live_exchanges(entity_ids: list[str], say: Callable[[str], None] = lambda line: None) -> list[Exchange]:
    """Fresh answers of the target in BANKCONNECT_BASE_URL (read-only calls, rate-limited): every analysis and
    entity call for the given entities, net banking health, the bank catalogue, the first and last page of
    entities (and the documented 404 one page past the end), the webhook payloads of an entity's link_id, a 401
    (wrong keys) and a 404 (an unknown entity) — the error and pagination answers drift too.

    With session ids in BANKCONNECT_CONTRACT_SESSION_ID (comma-separated), also every documented GET of each
    session and the documented 404 of an unknown session; without, ``say`` is told that they were skipped."""
    import math
    import os
    import time

    import httpx

    missing = [
        v for v in ("BANKCONNECT_BASE_URL", "BANKCONNECT_API_KEY", "BANKCONNECT_SERVER_HASH") if not os.environ.get(v)
    ]
    if missing:
        raise InputError(f"--live needs {', '.join(missing)} in the environment")
    ids = entity_ids or [
        i.strip() for i in os.environ.get("BANKCONNECT_CONTRACT_ENTITY_IDS", "").split(",") if i.strip()
    ]
    if not ids:
        raise InputError("--live needs --entity-id or BANKCONNECT_CONTRACT_ENTITY_IDS")
    session_ids = [i.strip() for i in os.environ.get(SESSION_ID_VARIABLE, "").split(",") if i.strip()]
    if not session_ids:
        say(NO_SESSION)
    headers = {"x-api-key": os.environ["BANKCONNECT_API_KEY"], "server-hash": os.environ["BANKCONNECT_SERVER_HASH"]}
    out: list[Exchange] = []
    with httpx.Client(base_url=os.environ["BANKCONNECT_BASE_URL"].rstrip("/"), headers=headers, timeout=60) as client:

        def get(path: str, source: str, **kw: Any) -> httpx.Response:
            response = client.get(path, **kw)
            out.append(
                Exchange(
                    "GET",
                    str(response.request.url),
                    response.status_code,
                    response.headers.get("content-type", ""),
                    response.content,
                    f"live {source}",
                    {key.lower(): value for key, value in response.headers.items()},
                )
            )
            time.sleep(0.5)  # a conservative rate against the real service
            return response

        for op in operations().values():
            if op.method != "GET" or op.path in ("/entity/", "/entity/webhook_payloads/"):
                continue
            if "{session_id}" in op.path:  # a session's reads: of the sessions the user named, if any
                for session_id in session_ids:
                    get(op.path.replace("{session_id}", session_id), op.path)
                continue
            for entity_id in ids if "{entity_id}" in op.path else [""]:
                get(op.path.replace("{entity_id}", entity_id), op.path)
        first = get("/entity/", "list_entities page 1", params={"page": 1})
        body = first.json() if first.status_code == 200 else {}
        count, size = body.get("count"), len(body.get("results") or [])
        if isinstance(count, int) and size:
            last = max(1, math.ceil(count / size))
            if last > 1:
                get("/entity/", f"list_entities page {last}", params={"page": last})
            get("/entity/", "list_entities past the last page", params={"page": last + 1})
        entity = get(f"/entity/{ids[0]}/", "get_entity").json() if ids else {}
        if isinstance(entity, dict) and entity.get("link_id"):
            get("/entity/webhook_payloads/", "list_webhook_payloads", params={"link_id": entity["link_id"]})
        get(f"/entity/{ids[0]}/", "get_entity with wrong keys", headers={"x-api-key": "x", "server-hash": "x"})
        get(f"/entity/{UNKNOWN_ID}/", "get_entity of an unknown entity")
        if session_ids:
            get(f"/session_data/{UNKNOWN_ID}/session_status/", "get_session_status of an unknown session")
    return out
