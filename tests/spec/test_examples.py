"""Every example embedded in the spec is valid against the schema it illustrates."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from ..conftest import iter_examples, load_spec
from .test_spec_shape import SEED_OPERATIONS

EXAMPLES = list(iter_examples(load_spec()))


def validate(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> None:
    # The schema is given the spec's components so that local "#/components/..." references resolve.
    root = {**schema, "components": spec["components"]}
    OAS30Validator(root, format_checker=oas30_format_checker).validate(value)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_example_is_valid(spec, example):
    validate(spec, example.schema, example.value)


def test_every_seed_response_example_is_embedded():
    with_200_example = {e.operation_id for e in EXAMPLES if e.status == "200"}
    assert SEED_OPERATIONS <= with_200_example


def test_every_upload_refusal_code_has_an_example(spec):
    codes = {e.value["status"] for e in EXAMPLES if e.operation_id == "upload_statement" and e.status in {"400", "402"}}
    assert codes == set(spec["components"]["schemas"]["UploadStatusCode"]["enum"])


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda body: body["transactions"][0].pop("hash"), "'hash' is a required property"),
        (lambda body: body["transactions"][0].update(amount="5188.0"), "is not of type 'number'"),
        (lambda body: body["transactions"][0].update(date="2019-01-08T00:00:00Z"), "does not match"),
        (lambda body: body["accounts"][0].update(ifsc=5), "is not of type 'string'"),
        (lambda body: body["progress"][0].update(status="queued"), "is not one of"),
    ],
    ids=["missing-field", "wrong-type", "wrong-date-format", "wrong-nullable-type", "unlisted-enum"],
)
def test_validation_catches_a_broken_example(spec, mutate, message):
    example = next(e for e in EXAMPLES if e.operation_id == "get_transactions" and e.status == "200")
    body = copy.deepcopy(example.value)
    mutate(body)
    with pytest.raises(ValidationError, match=message):
        validate(spec, example.schema, body)
