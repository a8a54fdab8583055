"""The management calls (tag ``management``): entities, their statements' PDFs, and the banks' health."""

from __future__ import annotations

import random
import uuid
from typing import Any
from urllib.parse import urlencode

from ..records import Entity
from ._analyses import status
from ._context import NOT_FOUND, PDF_RETENTION_SECONDS, Context, Handler, Reply, Request, utc

__all__ = ["HANDLERS", "PAGE_SIZE"]

PAGE_SIZE = 10
HEALTH_BANKS = ["AXIS", "HDFC", "ICICI", "SBI", "KOTAK", "YESBNK", "IDFC", "INDUSIND", "FEDERAL", "PNBBNK"]


def get_net_banking_health(context: Context, request: Request) -> Reply:
    hour = int(context.now() // 3600)
    down = set(random.Random(hour).sample(HEALTH_BANKS, 2))  # two banks down, the same two all hour
    updated = utc(hour * 3600)
    return Reply(
        200,
        [
            {
                "bank": b,
                "updated_at": updated,
                "health_up": b not in down,
                "issue_details": "Some cases are failing, when users are entering wrong captcha" if b in down else None,
            }
            for b in HEALTH_BANKS
        ],
    )


def list_entities(context: Context, request: Request) -> Reply:
    page, link_id = request.params["page"], request.params.get("link_id")
    total = context.store.count_entities(link_id)
    if page > 1 and (page - 1) * PAGE_SIZE >= total:  # checked first: a huge page must not reach SQLite
        return Reply(404, {"detail": "Invalid page."})
    entities = context.store.list_entities(link_id, (page - 1) * PAGE_SIZE, PAGE_SIZE)

    def link(n: int) -> str | None:
        if n < 1 or (n - 1) * PAGE_SIZE >= total:
            return None
        query = {"page": n, **({"link_id": link_id} if link_id is not None else {})}
        return f"{request.base_url}{context.base_path}/entity/?{urlencode(query)}"

    return Reply(
        200,
        {
            "count": total,
            "next": link(page + 1),
            "previous": link(page - 1),
            "results": [_entity(e) for e in entities],
        },
    )


def _entity(entity: Entity) -> dict[str, Any]:
    return {"entity_id": entity.entity_id, "link_id": entity.link_id, "meta_data": entity.meta_data}


def create_entity(context: Context, request: Request) -> Reply:
    entity_id = str(uuid.uuid4())
    link_id = (request.body or {}).get("link_id") or None
    context.store.create_entity(entity_id, link_id, context.now())
    return Reply(201, {"entity_id": entity_id})


def get_entity(context: Context, request: Request) -> Reply:
    entity = context.store.entity(request.params["entity_id"])
    return Reply(200, _entity(entity)) if entity else NOT_FOUND


def get_pdfs(context: Context, request: Request) -> Reply:
    entity_id = request.params["entity_id"]
    if not context.store.entity(entity_id):
        return NOT_FOUND
    now = context.now()
    out = []
    for s in context.store.statements(entity_id):
        expired = now - s.uploaded_at > PDF_RETENTION_SECONDS
        url = "" if expired else context.links.link(request.base_url, "statement", s.statement_id, ".pdf")
        out.append(
            {
                "statement_id": s.statement_id,
                "bank_name": s.bank_name,
                "pdf_password": s.pdf_password,
                "pdf_url": url,
                "account_id": s.account_id,
                "source": s.source,
                "message": s.fail_message if status(s, "get_transactions", now) == "failed" else None,
            }
        )
    return Reply(200, {"statements": out})


HANDLERS: dict[str, Handler] = {
    "get_net_banking_health": get_net_banking_health,
    "list_entities": list_entities,
    "create_entity": create_entity,
    "get_entity": get_entity,
    "get_pdfs": get_pdfs,
}
