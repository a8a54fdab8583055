"""bankconnect_spec's reading of schemas: the one place for allOf merging, nullability, "at least one of",
base-path stripping and the validator with our extensions (issue 22: they were written up to four times)."""

from __future__ import annotations

import re
from pathlib import Path

import bankconnect_spec as bs

SPEC = {
    "servers": [{"url": "https://example.test/bank-connect/v1"}],
    "components": {
        "schemas": {
            "Base": {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"], "title": "Base"},
            "Nullable": {"type": "string", "nullable": True},
            "Bank": {"type": "string", "enum": ["axis", "hdfc"], "x-open-enum": True},
            "Closed": {"type": "string", "enum": ["x"]},
        }
    },
}
ROOT = Path(__file__).resolve().parents[2]


def test_merged_folds_allof_parts_and_the_schema_own_keys_win():
    schema = {
        "allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"b": {"type": "integer"}}, "required": ["b"]}],
        "title": "Own",
        "properties": {"c": {"type": "boolean"}},
        "required": ["a"],
    }
    whole = bs.merged(SPEC, schema)
    assert list(whole["properties"]) == ["a", "b", "c"]
    assert whole["required"] == ["a", "b"]  # joined, once each
    assert whole["title"] == "Own" and whole["type"] == "object" and "allOf" not in whole


def test_nullable_and_accepts_null():
    assert bs.nullable(SPEC, {"$ref": "#/components/schemas/Nullable"})
    assert bs.nullable(SPEC, {"enum": [None]})
    assert bs.nullable(SPEC, {"oneOf": [{"type": "integer"}, {"anyOf": [{"$ref": "#/components/schemas/Nullable"}]}]})
    assert not bs.nullable(SPEC, {"type": "string"})
    assert bs.accepts_null(SPEC, {"description": "anything"}) and not bs.nullable(SPEC, {"description": "x"})
    assert not bs.accepts_null(SPEC, {"type": "integer"})


def test_at_least_one_of_reads_the_double_negation():
    rule = {"not": {"not": {"anyOf": [{"required": ["link_id"]}, {"required": ["entity_id"]}]}}}
    assert bs.at_least_one_of(SPEC, rule) == ["link_id", "entity_id"]
    assert bs.at_least_one_of(SPEC, {"type": "object"}) == []


def test_local_path_strips_the_base_path_or_says_none():
    assert bs.local_path(SPEC, "/bank-connect/v1/entity/") == "/entity/"
    assert bs.local_path(SPEC, "/entity/") is None
    assert bs.local_path(SPEC, "/bank-connect/v10/entity/") is None


def test_the_validator_knows_key_patterns_and_open_enums_only_when_asked():
    months = {"type": "object", "additionalProperties": {"type": "number"}, "x-key-pattern": "^[A-Z][a-z]{2}-[0-9]{2}$"}
    errors = [e.message for e in bs.validator(SPEC, months).iter_errors({"Jan-20": 1, "2020-01": 2})]
    assert errors == ["key '2020-01' does not match '^[A-Z][a-z]{2}-[0-9]{2}$'"]
    bank = {"$ref": "#/components/schemas/Bank"}
    assert list(bs.validator(SPEC, bank).iter_errors("kotak"))  # requests: closed
    assert not list(bs.validator(SPEC, bank, open_enums=True).iter_errors("kotak"))  # answers: the vendor adds banks
    assert list(bs.validator(SPEC, bank, open_enums=True).iter_errors(5))  # still a string
    assert list(bs.validator(SPEC, {"$ref": "#/components/schemas/Closed"}, open_enums=True).iter_errors("y"))


# What used to be re-implemented outside bankconnect_spec, by the shape it had.
REIMPLEMENTED = {
    "allOf merging": re.compile(r"def _?merge\w*\(|for part in \w+\[\"allOf\"\]"),
    "nullability": re.compile(r"def _?(nullable|allows_null|any_value)\("),
    "the at-least-one-of idiom": re.compile(r"_one_of_names|\.get\(\"not\", \{\}\)\)?\.get\(\"not\"\)"),
    "base-path stripping": re.compile(r"\[len\([\w.]*base_path\)\s*:\]|\[len\(prefix\)\s*:\]"),
}


def test_no_package_reimplements_what_bankconnect_spec_reads():
    found = []
    for package in ("overrides", "sandbox", "contract_tests"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text()
            for what, shape in REIMPLEMENTED.items():
                if shape.search(text):
                    found.append(f"{path.relative_to(ROOT)}: {what}")
    assert found == []
