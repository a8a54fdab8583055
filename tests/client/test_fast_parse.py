"""The fast parse path (msgspec into closed wire structs, then the models) against the checked path it falls back
to (``from_dict`` over the decoded JSON): the same models, value for value and type for type, on a conforming
body, a drifted one and every documented example; non-JSON numbers refused on both, naming the path; duplicate
keys read the same way on both (the last one wins)."""

from __future__ import annotations

import json
from typing import Any

import attrs
import httpx
import msgspec
import pytest

from bankconnect import BankConnect, MalformedResponse
from bankconnect.testing import TEST_ENTITY
from bankconnect_client import models
from bankconnect_client.models import TransactionsResponse
from bankconnect_client.types import UNSET, NoFastPath, NotJsonNumber, wire_type_of

from ..conftest import iter_examples, load_spec

CHANNELS = ["upi", "debit_card", "net_banking_transfer", "salary", "bank_charge"]


def transaction(i: int) -> dict[str, Any]:
    txn: dict[str, Any] = {
        "transaction_note": f'UPI/CRED/{i:012d} "quoted" \\ back',
        "hash": f"{i:032x}",
        "description": "" if i % 3 else "lender_transaction",
        "account_id": "acc-1",
        "transaction_type": "debit" if i % 2 else "credit",
        # A JSON integer stays an int on both paths; a float stays a float.
        "amount": 120 + i if i % 4 == 0 else 120.5 + i,
        "date": "2026-10-05 00:00:00",
        "balance": 880.25 - i,
        "transaction_channel": CHANNELS[i % len(CHANNELS)],
    }
    if i % 5:
        txn["merchant_category"] = "" if i % 2 else "groceries"
    if i % 7 == 0:
        txn["clean_transaction_note"] = "CRED"
    return txn


def body(count: int, *, drift: bool = False) -> dict[str, Any]:
    """A transactions answer; ``drift``: every 20th transaction (5 %) has an unknown field or an unlisted value."""
    txns = [transaction(i) for i in range(count)]
    if drift:
        for i in range(3, count, 20):
            if (i // 20) % 2:
                txns[i]["transaction_channel"] = "upi_lite"
            else:
                txns[i]["settlement"] = {"utr": f"UTR{i}", "delay_days": [1, 2.5, None]}
    return {
        "entity_id": TEST_ENTITY,
        "progress": [
            {"statement_id": "s1", "status": "completed", "message": None, "source": "pdf"},
            {"statement_id": "s2", "status": None, "message": "queued", "source": "pdf", "transaction_status": None},
        ],
        "accounts": [
            {
                "months": ["2026-09", "2026-10"],
                "statements": ["s1", "s2"],
                "account_id": "acc-1",
                "bank": "axis",
                "ifsc": None,
                "micr": "400211002",
                "account_category": "individual",
                "account_number": "917010045678321",
                "credit_limit": 50000,
            }
        ],
        "transactions": txns,
    }


def encode(value: Any) -> bytes:
    return json.dumps(value).encode()


def assert_same(fast: Any, checked: Any, where: str = "body") -> None:
    """Equal values of the same types all the way down (``==`` alone would take 1 for 1.0)."""
    assert type(fast) is type(checked), f"{where}: {type(fast).__name__} != {type(checked).__name__}"
    if attrs.has(type(fast)):
        for field in attrs.fields(type(fast)):
            assert_same(getattr(fast, field.name), getattr(checked, field.name), f"{where}.{field.name}")
    elif isinstance(fast, dict):
        assert list(fast) == list(checked), f"{where}: keys differ"
        for key in fast:
            assert_same(fast[key], checked[key], f"{where}[{key!r}]")
    elif isinstance(fast, list):
        assert len(fast) == len(checked), f"{where}: lengths differ"
        for index, (a, b) in enumerate(zip(fast, checked, strict=True)):
            assert_same(a, b, f"{where}[{index}]")
    else:
        assert fast == checked, f"{where}: {fast!r} != {checked!r}"


def takes_fast_path(model: type, raw: bytes) -> bool:
    """Whether the wire types accept ``raw`` (from_json then never calls from_dict)."""
    try:
        msgspec.json.decode(raw, type=wire_type_of(model))
    except (msgspec.ValidationError, NoFastPath):
        return False
    return True


@pytest.mark.parametrize("drift", [False, True], ids=["conforming", "drifted"])
def test_fast_and_checked_paths_give_the_same_models(drift):
    raw = encode(body(400, drift=drift))
    assert takes_fast_path(TransactionsResponse, raw) is not drift
    fast = TransactionsResponse.from_json(raw)
    checked = TransactionsResponse.from_dict(json.loads(raw))
    assert_same(fast, checked)
    txns = fast.transactions
    assert type(txns[0].amount) is int and type(txns[1].amount) is float
    assert txns[0].clean_transaction_note == "CRED" and txns[1].clean_transaction_note is UNSET
    assert txns[0].merchant_category is UNSET and fast.accounts[0].ifsc is None
    assert fast.progress[1].transaction_status is None and fast.progress[0].transaction_status is UNSET
    if drift:
        assert txns[3].additional_properties == {"settlement": {"utr": "UTR3", "delay_days": [1, 2.5, None]}}
        assert txns[23].transaction_channel == "upi_lite" and txns[23].additional_properties == {}
    else:
        assert all(t.additional_properties == {} for t in txns)


def test_unknown_field_named_like_the_extras_attribute_is_kept_as_an_extra():
    data = body(2)
    data["transactions"][1]["additional_properties"] = {"x": 1}
    raw = encode(data)
    assert not takes_fast_path(TransactionsResponse, raw)
    parsed = TransactionsResponse.from_json(raw)
    assert parsed.transactions[1].additional_properties == {"additional_properties": {"x": 1}}


def _documented_models() -> list[tuple[str, type, Any]]:
    found = []
    for example in iter_examples(load_spec()):
        ref = example.schema.get("$ref", "") if example.status is not None else ""
        model = getattr(models, ref.rsplit("/", 1)[-1], None) if ref else None
        if isinstance(model, type) and attrs.has(model):
            found.append((example.where, model, example.value))
    return found


DOCUMENTED = _documented_models()


@pytest.mark.parametrize(("model", "value"), [d[1:] for d in DOCUMENTED], ids=[d[0] for d in DOCUMENTED])
def test_every_documented_example_parses_the_same_on_both_paths(model, value):
    raw = encode(value)
    assert_same(model.from_json(raw), model.from_dict(json.loads(raw)))


def test_most_documented_examples_take_the_fast_path():
    fast = [where for where, model, value in DOCUMENTED if takes_fast_path(model, encode(value))]
    # The others are models with typed extras beside their fields (UploadError, MonthlyAnalysis), left to from_dict.
    assert len(DOCUMENTED) >= 20 and len(fast) >= 0.75 * len(DOCUMENTED), f"fast path for {len(fast)} only"


def client_answering(raw: bytes) -> BankConnect:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=raw, headers={"content-type": "application/json"})
    )
    return BankConnect("key-1", "hash-1", "http://parse.invalid/bank-connect/v1", transport=transport)


NOT_NUMBERS = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"]


@pytest.mark.parametrize("drift", [False, True], ids=["conforming", "drifted"])
@pytest.mark.parametrize("number", NOT_NUMBERS)
def test_non_json_numbers_are_refused_naming_the_path(number, drift):
    data = body(40, drift=drift)
    data["transactions"][1]["amount"] = 424242.5
    raw = encode(data).replace(b"424242.5", number.encode())
    with pytest.raises(MalformedResponse) as refused:
        client_answering(raw).call("get_transactions", entity_id=TEST_ENTITY)
    assert refused.value.path == "transactions[1].amount"
    expected = "NaN" if number == "NaN" else "-Infinity" if number.startswith("-") else "Infinity"
    assert f"transactions[1].amount: expected a finite number, got {expected}" in str(refused.value)
    with pytest.raises(NotJsonNumber) as direct:
        TransactionsResponse.from_json(raw)
    assert direct.value.where == "transactions[1].amount"


@pytest.mark.parametrize("number", NOT_NUMBERS)
def test_non_json_numbers_are_refused_where_the_contract_leaves_the_type_open(number):
    data = body(3)
    data["transactions"][2]["settlement"] = {"rates": [1.5, 424242.5]}
    raw = encode(data).replace(b"424242.5", number.encode())
    with pytest.raises(MalformedResponse) as refused:
        client_answering(raw).call("get_transactions", entity_id=TEST_ENTITY)
    assert refused.value.path == "transactions[2].settlement.rates[1]"


@pytest.mark.parametrize("drift", [False, True], ids=["conforming", "drifted"])
def test_duplicate_keys_the_last_one_wins_on_both_paths(drift):
    data = body(40, drift=drift)
    data["transactions"][5]["amount"] = 424242.5
    raw = encode(data).replace(b'"amount": 424242.5', b'"amount": 1.25, "amount": 99.75')
    assert raw.count(b'"amount": 1.25, "amount": 99.75') == 1
    assert takes_fast_path(TransactionsResponse, raw) is not drift
    parsed = client_answering(raw).call("get_transactions", entity_id=TEST_ENTITY)
    assert parsed.transactions[5].amount == 99.75
    assert parsed.transactions[5].additional_properties == {}
    assert_same(TransactionsResponse.from_json(raw), TransactionsResponse.from_dict(json.loads(raw)))
