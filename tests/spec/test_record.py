"""The public record: every answer example the vendor's guides have published since 2019 fits the spec.

`spec/reference/record/examples/` holds each distinct JSON answer example of every version of the vendor's
entity-flow guides (and the predictors and transactions of the 2024-2025 session-flow data samples), with
where it came from; `spec/reference/record/extract.py` wrote them from a mirror of the vendor's repository.
Each example must validate against the schema of the operation (or component) it answers and parse with
the generated client, whose types are checked, or be listed in `exceptions.yaml` with the reason. An
exception must still fail: a listed example that now passes is reported so that the list stays true.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from bankconnect_spec import operations, resolve

from ..conftest import REFERENCE, load_spec

RECORD = REFERENCE / "record"
SPEC = load_spec()
OPERATIONS = operations(SPEC)
# Targets that are parts of an answer rather than whole answers: the guides show them on their own.
COMPONENTS = {
    "#ProgressList": ("ProgressEntry", True),
    "#Fraud": ("Fraud", False),
    "#WebhookPayload": ("WebhookPayload", False),
    "#PredictorValues": ("PredictorValues", False),
    "#TransactionList": ("Transaction", True),
}


@dataclass(frozen=True)
class RecordExample:
    path: Path
    id: str
    answers: str
    body: Any

    @property
    def operation_id(self) -> str | None:
        name = self.answers.split()[0]
        return None if name.startswith(("#", "[")) else name


def _load() -> list[RecordExample]:
    out = []
    for path in sorted((RECORD / "examples").glob("*.json")):
        data = json.loads(path.read_text())
        out.append(RecordExample(path, data["id"], data["answers"], data["body"]))
    return out


EXAMPLES = _load()
EXCEPTIONS: dict[str, str] = {
    example_id: group["reason"]
    for group in yaml.safe_load((RECORD / "exceptions.yaml").read_text())["exceptions"]
    for example_id in group["ids"]
}


def _schema(example: RecordExample) -> dict[str, Any] | None:
    if example.answers in COMPONENTS:
        name, many = COMPONENTS[example.answers]
        ref = {"$ref": f"#/components/schemas/{name}"}
        return {"type": "array", "items": ref} if many else ref
    operation_id, status = example.answers.split()
    op = OPERATIONS.get(operation_id)
    if op is None:
        return None  # an operation the spec does not describe
    response = resolve(SPEC, op.spec["responses"].get(status))
    return None if response is None else response["content"]["application/json"]["schema"]


def _validate(example: RecordExample) -> None:
    schema = _schema(example)
    if schema is None:
        raise LookupError(f"the spec describes no answer for {example.answers}")
    OAS30Validator({**schema, "components": SPEC["components"]}, format_checker=oas30_format_checker).validate(
        example.body
    )


@cache
def _api_module(operation_id: str) -> Any:
    tag = OPERATIONS[operation_id].spec["tags"][0]
    return importlib.import_module(f"bankconnect_client.api.{tag}.{operation_id}")


def _parse(example: RecordExample) -> Any:
    """Parse with the generated client as it parses a real answer (its types are checked: WrongType)."""
    from bankconnect_client import AuthenticatedClient, models

    if example.answers in COMPONENTS:
        name, many = COMPONENTS[example.answers]
        model = getattr(models, name)
        return [model.from_dict(item) for item in example.body] if many else model.from_dict(example.body)
    operation_id, status = example.answers.split()
    client = AuthenticatedClient(base_url="http://127.0.0.1", token="unused", raise_on_unexpected_status=True)
    response = httpx.Response(int(status), json=example.body)
    return _api_module(operation_id).parse_response(client=client, response=response)


def _outcome(example: RecordExample) -> str | None:
    """None when the example validates and parses; otherwise what went wrong."""
    try:
        _validate(example)
    except (ValidationError, LookupError) as exc:
        return f"schema: {getattr(exc, 'message', exc)}"[:300]
    try:
        parsed = _parse(example)
    except Exception as exc:  # any error: any failure of the client is the finding
        return f"client: {type(exc).__name__}: {exc}"[:300]
    if parsed is None:
        return "client: parsed to None"
    return None


OUTCOMES = {e.id: _outcome(e) for e in EXAMPLES}


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.path.stem for e in EXAMPLES])
def test_record_example_fits_the_spec_or_is_a_listed_exception(example):
    failure = OUTCOMES[example.id]
    if example.id in EXCEPTIONS:
        assert failure is not None, f"{example.path.name} is listed as an exception but now passes: unlist it"
    else:
        assert failure is None, f"{example.path.name} ({example.answers}): {failure}"


def test_every_exception_names_a_record_example_and_a_reason():
    ids = {e.id for e in EXAMPLES}
    assert set(EXCEPTIONS) <= ids
    assert all(len(reason) > 20 for reason in EXCEPTIONS.values())


def test_every_example_says_where_it_came_from():
    for example in EXAMPLES:
        data = json.loads(example.path.read_text())
        assert data["sources"], example.path.name
        for source in data["sources"]:
            assert len(source["commit"]) == 40 and source["path"].startswith("docs/"), example.path.name
        assert isinstance(data["normalised"], list)


def test_the_2024_and_2025_predictors_samples_parse_with_the_checked_client():
    samples = [e for e in EXAMPLES if e.answers == "#PredictorValues" and len(e.body) > 1000]
    assert len(samples) >= 2
    for sample in samples:
        assert OUTCOMES[sample.id] is None
        parsed = _parse(sample)
        assert isinstance(sample.body["accountnumber"], str)
        assert parsed.accountnumber == sample.body["accountnumber"]
        assert "month_11" in sample.body and parsed.month_11 == sample.body["month_11"]


def test_record_counts():
    in_spec = [e for e in EXAMPLES if e.operation_id in OPERATIONS]
    counts = {
        "examples": len(EXAMPLES),
        "answers_of_operations": len(in_spec),
        "parts_of_answers": sum(1 for e in EXAMPLES if e.answers in COMPONENTS),
        "operations_not_in_spec": sum(1 for e in EXAMPLES if e.answers.startswith("[")),
        "operations_covered": len({e.operation_id for e in in_spec}),
        "operations_with_a_passing_example": len({e.operation_id for e in in_spec if OUTCOMES[e.id] is None}),
        "passing": sum(1 for e in EXAMPLES if OUTCOMES[e.id] is None),
        "excepted": sum(1 for e in EXAMPLES if e.id in EXCEPTIONS),
    }
    print("record corpus:", counts)
    assert counts["passing"] + counts["excepted"] == counts["examples"]
    assert counts["answers_of_operations"] + counts["parts_of_answers"] + counts["operations_not_in_spec"] == len(
        EXAMPLES
    )
    assert counts == RECORD_COUNTS


# The numbers the README's spec section quotes (regenerate the corpus with extract.py, then update both).
RECORD_COUNTS = {
    "examples": 96,
    "answers_of_operations": 77,
    "parts_of_answers": 16,
    "operations_not_in_spec": 3,
    "operations_covered": 23,
    "operations_with_a_passing_example": 19,
    "passing": 41,
    "excepted": 55,
}
