"""Each drift problem code, produced by the smallest exchange that shows it, and classed as its table says."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from bankconnect_contract.drift import Analyzer, Exchange
from bankconnect_contract.drift_problems import ADDITIVE, BREAKING, PROBLEMS
from bankconnect_spec import load_spec

BASE = "http://sandbox.test/bank-connect/v1"
ENTITY_URL = f"{BASE}/entity/e-1/"
ENTITY = {"entity_id": "e-1", "link_id": None, "meta_data": None}


def exchange(
    url: str = ENTITY_URL, status: int = 200, body: Any = ENTITY, ctype: str = "application/json", method="GET"
):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return Exchange(method, url, status, ctype, raw, "test")


def _progress(status: Any) -> dict[str, Any]:
    return {
        "entity_id": "e-1",
        "progress": [{"statement_id": "s", "status": status, "message": None, "source": "pdf"}],
        "accounts": [],
        "fraud": {"fraudulent_statements": [], "fraud_type": []},
        "identity": [],
    }


def _score(value: Any) -> dict[str, Any]:
    return {"entity_id": "e-1", "progress": [], "score": [{"account_id": "a", "score": value}]}


def _upload_result(identity: Any) -> dict[str, Any]:
    return {"entity_id": "e", "statement_id": "s", "bank_name": "axis", "identity": identity}


def _top(credit: dict[str, Any]) -> dict[str, Any]:
    return {"entity_id": "e-1", "progress": [], "top_5_credit_debit": {"top_5_credit": credit, "top_5_debit": {}}}


def _patched_spec() -> dict[str, Any]:
    """The spec with a pattern on an entity's link_id, so that format drift has a string to show on."""
    spec = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["Entity"]["properties"]["link_id"]["pattern"] = "^user-"
    return spec


CASES: dict[str, tuple[Exchange, str, dict[str, Any] | None]] = {
    # code: (exchange, path of the finding, spec override)
    "undocumented_operation": (exchange(f"{BASE}/entity/e-1/secrets/"), "", None),
    "undocumented_status": (exchange(status=418, body={"detail": "teapot"}), "", None),
    "undocumented_content_type": (exchange(body=b"<html/>", ctype="text/html"), "", None),
    "invalid_json": (exchange(body=b'{"entity_id": '), "", None),
    "null_not_allowed": (exchange(body={**ENTITY, "entity_id": None}), "entity_id", None),
    "no_documented_shape": (
        exchange(f"{BASE}/statement/upload/", body=_upload_result("lots"), method="POST"),
        "identity",
        None,
    ),
    "type_changed": (exchange(body={**ENTITY, "entity_id": 7}), "entity_id", None),
    "format_changed": (exchange(body={**ENTITY, "link_id": "borrower-1"}), "link_id", _patched_spec()),
    "out_of_range": (exchange(f"{BASE}/entity/e-1/score/", body=_score(1200)), "score[].score", None),
    "missing_required": (exchange(body={"link_id": None, "meta_data": None}), "entity_id", None),
    "closed_enum_value": (
        exchange(f"{BASE}/entity/e-1/identity/", body=_progress("done")),
        "progress[].status",
        None,
    ),
    "enum_value_unlisted": (
        exchange(
            f"{BASE}/entity/e-1/identity/",
            body={
                **_progress("completed"),
                "progress": [
                    {"statement_id": "s", "status": "completed", "message": None, "source": "account_aggregator"}
                ],
            },
        ),
        "progress[].source",
        None,
    ),
    "key_format_changed": (
        exchange(f"{BASE}/entity/e-1/top_credits_debits/", body=_top({"Aug-2026": {"NEFT SALARY": 1.0}})),
        "top_5_credit_debit.top_5_credit.Aug-2026",
        None,
    ),
    "unknown_field": (exchange(body={**ENTITY, "nickname": "R"}), "nickname", None),
}


def test_every_problem_code_has_a_case():
    assert set(CASES) == set(PROBLEMS)


@pytest.mark.parametrize("code", sorted(PROBLEMS))
def test_each_code_is_found_and_classed(code):
    sample, path, spec = CASES[code]
    analyzer = Analyzer(spec)
    analyzer.analyze(sample)
    found = analyzer.report()
    assert [(f.code, f.path) for f in found] == [(code, path)], [f.line() for f in found]
    assert found[0].kind == PROBLEMS[code].kind and found[0].problem == PROBLEMS[code].says


def test_a_conforming_exchange_has_no_finding():
    analyzer = Analyzer()
    analyzer.analyze(exchange())
    assert analyzer.report() == []


def test_kinds_are_only_breaking_or_additive():
    assert {p.kind for p in PROBLEMS.values()} == {BREAKING, ADDITIVE}
