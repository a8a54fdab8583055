"""The parse path's handling of the cyclic garbage collector: paused while models are built, always restored,
and a large result promoted to the oldest generation instead of being traversed by a young collection."""

from __future__ import annotations

import gc

import httpx
import pytest

from bankconnect import BankConnect, UnexpectedResponse
from bankconnect.testing import TEST_ENTITY, transactions_body


def client_answering(body: bytes) -> BankConnect:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )
    return BankConnect("k", "h", "http://parse.invalid/bank-connect/v1", transport=transport)


def transactions_json(count: int) -> bytes:
    body = transactions_body("completed")
    txn = body["transactions"][0]
    body["transactions"] = [dict(txn, hash=f"h{i}") for i in range(count)]
    return httpx.Response(200, json=body).content


@pytest.fixture
def collector_enabled():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_large_result_skips_the_young_collection(collector_enabled):
    client = client_answering(transactions_json(20_000))
    gc.collect()
    result = client.call("get_transactions", entity_id=TEST_ENTITY)
    assert len(result.transactions) == 20_000 and result.transactions[-1].hash_ == "h19999"
    assert gc.isenabled()
    assert gc.get_count()[0] < 1_000, f"{gc.get_count()[0]} young objects left to traverse"
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert all(id(txn) in oldest for txn in result.transactions), "the models were not promoted"


def test_small_result_leaves_young_garbage_to_the_young_collection(collector_enabled):
    client = client_answering(transactions_json(3))
    gc.collect()
    Cycle()  # unreachable, but only the cyclic collector can free it
    client.call("get_transactions", entity_id=TEST_ENTITY)
    assert gc.collect(0) >= 1, "a small parse must not promote the application's young objects"


def test_objects_the_application_froze_stay_frozen(collector_enabled):
    client = client_answering(transactions_json(20_000))
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        client.call("get_transactions", entity_id=TEST_ENTITY)
        assert gc.get_freeze_count() == frozen > 0
    finally:
        gc.unfreeze()


def test_collector_state_is_restored_when_parsing_fails():
    client = client_answering(b'{"entity_id": "e", "progress": [], "accounts": [], "transactions": [{"hash"')
    gc.disable()
    try:
        with pytest.raises(UnexpectedResponse, match="malformed JSON"):
            client.call("get_transactions", entity_id=TEST_ENTITY)
        assert not gc.isenabled(), "a collector the application disabled stays disabled"
    finally:
        gc.enable()
    with pytest.raises(UnexpectedResponse, match="malformed JSON"):
        client.call("get_transactions", entity_id=TEST_ENTITY)
    assert gc.isenabled()
