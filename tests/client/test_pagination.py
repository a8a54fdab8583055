"""Pagination: every entity across pages, lazily, following ``next`` without leaving the base URL."""

from __future__ import annotations

import asyncio

import pytest

from bankconnect import AsyncBankConnect, UnexpectedResponse
from bankconnect.testing import ScriptedBank, json_response

from ..conftest import client_for


def page(number: int, last: int, link_id: str | None = None, host: str = "https://portal.finbox.in") -> dict:
    def url(n: int) -> str | None:
        if n < 1 or n > last:
            return None
        query = f"page={n}" + (f"&link_id={link_id}" if link_id else "")
        return f"{host}/bank-connect/v1/entity/?{query}"

    results = [{"entity_id": f"e{number}-{i}", "link_id": link_id, "meta_data": None} for i in range(10)]
    return {"count": 10 * last, "next": url(number + 1), "previous": url(number - 1), "results": results}


def three_pages(link_id: str | None = None, host: str = "https://evil.example") -> ScriptedBank:
    stub = ScriptedBank()

    def answer(request):
        number = int(request.url.params.get("page", "1"))
        return json_response(200, page(number, 3, request.url.params.get("link_id"), host))

    return stub.on("GET", "/entity/", answer)


def test_iterates_three_pages_lazily_with_filter():
    stub = three_pages(link_id="user-7")
    entities = client_for(stub).iter_entities(link_id="user-7")
    first = next(entities)
    assert first.entity_id == "e1-0" and len(stub.requests) == 1  # nothing fetched ahead
    rest = list(entities)
    assert len(rest) == 29 and rest[-1].entity_id == "e3-9"
    assert [(r.url.params["page"], r.url.params["link_id"]) for r in stub.requests] == [
        ("1", "user-7"),
        ("2", "user-7"),
        ("3", "user-7"),
    ]
    # next pointed at another host; requests stayed on the configured base URL.
    assert {r.url.host for r in stub.requests} == {"bankconnect.test"}


def test_async_iteration():
    stub = three_pages()
    client = client_for(stub, cls=AsyncBankConnect)

    async def collect():
        return [e.entity_id async for e in client.iter_entities()]

    ids = asyncio.run(collect())
    assert len(ids) == 30 and ids[10] == "e2-0" and len(stub.requests) == 3
    assert all("link_id" not in r.url.params for r in stub.requests)


def test_a_next_link_that_goes_backwards_is_refused():
    body = page(1, 3)
    body["next"] = "https://portal.finbox.in/bank-connect/v1/entity/?page=1"
    stub = ScriptedBank().on("GET", "/entity/", json_response(200, body))
    with pytest.raises(UnexpectedResponse, match="cannot follow next link"):
        list(client_for(stub).iter_entities())
    assert len(stub.requests) == 1
