"""The webhook calls (tag ``webhooks``), and the payload every finished statement leaves: stored once, and put
in the sandbox's outbox (outbox.py) for the receiver when one is set (delivered at least once, with retries)."""

from __future__ import annotations

from typing import Any

from ..store import PAYLOAD_EVENT, PAYLOAD_FLOW
from ._context import Context, Handler, Reply, Request, is_loopback, utc

__all__ = ["HANDLERS", "record_finished"]


def update_webhook(context: Context, request: Request) -> Reply:
    body = request.body or {}
    mode = body.get("webhook_mode", 0)
    context.store.set_webhook(body["webhook_url"], mode)
    return Reply(200, {"webhook_url": body["webhook_url"], "webhook_mode": mode})


def list_webhook_payloads(context: Context, request: Request) -> Reply:
    return Reply(200, {"payloads": context.store.payloads(request.params["link_id"])})


def _finished_payload(context: Context, statement_id: str) -> tuple[dict[str, Any], str | None] | None:
    """The webhook payload for a finished statement, and the URL to POST it to (None: do not POST)."""
    statement = context.store.statement(statement_id)
    if statement is None or statement.notified:
        return None
    entity = context.store.entity(statement.entity_id)
    payload = {
        "entity_id": statement.entity_id,
        "statement_id": statement_id,
        "link_id": entity.link_id if entity is not None else None,
        "progress": "failed" if statement.fail_message else "completed",
        "reason": statement.fail_message,
    }
    hook = context.store.webhook()
    url = hook.url if hook is not None and hook.mode == 1 else None
    return payload, url


def record_finished(context: Context, statement_id: str) -> int | None:
    """Store the payload of a statement that finished (once), and put it in the outbox; the outbox id to deliver
    when a receiver is due it."""
    found = _finished_payload(context, statement_id)
    if found is None:
        return None
    payload, url = found
    note = None
    if url is not None and not is_loopback(url):
        url, note = None, "not sent: the sandbox only calls loopback webhook URLs"
    store = context.store
    with store.transaction():  # a crash leaves the payload, its outbox row and the notified mark, or none of them
        store.record_finished(statement_id, payload, utc(context.now()))
        return store.outbox.enqueue(PAYLOAD_FLOW, statement_id, PAYLOAD_EVENT, payload, url, note)


HANDLERS: dict[str, Handler] = {"update_webhook": update_webhook, "list_webhook_payloads": list_webhook_payloads}
