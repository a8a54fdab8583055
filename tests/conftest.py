from __future__ import annotations

import random
from typing import Any

import pytest

from bankconnect import AsyncBankConnect, BankConnect

from .stub import API_KEY, BASE_URL, SERVER_HASH, FakeClock, StubBank


def client_for(stub: StubBank, clock: FakeClock | None = None, cls: type = BankConnect, **kw: Any) -> Any:
    return cls(
        API_KEY, SERVER_HASH, BASE_URL, transport=stub.transport, clock=clock or FakeClock(), rng=random.Random(7), **kw
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def stub(clock: FakeClock) -> StubBank:
    return StubBank(clock)


@pytest.fixture(params=["sync", "async"])
def twin(request: pytest.FixtureRequest) -> type:
    """Run a test against both clients; async calls are awaited by the ``run`` helper."""
    return BankConnect if request.param == "sync" else AsyncBankConnect


async def _await(value: Any) -> Any:
    return await value


def run(value: Any) -> Any:
    """Return a sync result as is, or run a coroutine to completion."""
    import asyncio
    import inspect

    return asyncio.run(_await(value)) if inspect.isawaitable(value) else value
