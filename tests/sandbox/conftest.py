from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bankconnect_sandbox import SandboxConfig, create_app
from bankconnect_sandbox.server import running

KEYS = {"x-api-key": "sandbox-api-key", "server-hash": "sandbox-server-hash"}
BASE = "http://sandbox.test/bank-connect/v1"


class Clock:
    """Sandbox time under the test's control."""

    def __init__(self, t: float = 1_790_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@contextlib.contextmanager
def asgi_client(**config: Any) -> Iterator[tuple[httpx.AsyncClient, Any, asyncio.AbstractEventLoop]]:
    """An in-process sandbox and an async client on it, with a loop to run coroutines in."""
    app = create_app(SandboxConfig(**{"processing_seconds": 0, "entities": 12, **config}))
    loop = asyncio.new_event_loop()
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE, headers=KEYS)
    try:
        yield client, app, loop
    finally:
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(app.aclose())
        loop.close()


@pytest.fixture(scope="module")
def live_sandbox() -> Iterator[tuple[str, Any]]:
    """A real sandbox on a free loopback port (processing takes no time)."""
    with running(SandboxConfig(processing_seconds=0, entities=12)) as (url, app):
        yield url, app


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[httpx.Client, list[str]]]:
    """A sync client on a live sandbox, and the ids of every seeded entity."""
    with running(SandboxConfig(processing_seconds=0, entities=36)) as (url, _app):
        with httpx.Client(base_url=url, headers=KEYS, timeout=30) as client:
            ids: list[str] = []
            page = 1
            while True:
                body = client.get("/entity/", params={"page": page}).json()
                ids += [e["entity_id"] for e in body["results"]]
                if not body["next"]:
                    break
                page += 1
            yield client, ids
