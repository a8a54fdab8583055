"""The spec documents what issue #2 and the sources require: operations, security, responses, schemas."""

from __future__ import annotations

import re
from typing import Any

import pytest

from ..conftest import Operation, resolve

SEED_OPERATIONS = {
    "get_net_banking_health",
    "get_pdfs",
    "list_entities",
    "get_entity",
    "get_accounts",
    "get_identity",
    "get_transactions",
    "get_salary",
    "get_recurring_transactions",
    "get_lender_transactions",
    "get_expense_categories",
    "get_top_credits_debits",
    "get_monthly_analysis",
    "get_xlsx_report",
    "get_predictors",
    "get_score",
}
FLOW_OPERATIONS = {
    "create_entity",
    "upload_statement",
    "upload_statement_bankless",
    "upload_statement_base64",
    "upload_statement_bankless_base64",
    "update_webhook",
    "list_webhook_payloads",
}
# Paths the public record shows the service still answers, described as deprecated operations.
RECORD_OPERATIONS = {"get_monthly_analysis_flat"}
API_KEY_ONLY = {
    "get_net_banking_health",
    "upload_statement",
    "upload_statement_bankless",
    "upload_statement_base64",
    "upload_statement_bankless_base64",
}
UPLOADS = {op for op in API_KEY_ONLY if op.startswith("upload_")}


def _security(spec: dict[str, Any], op: Operation) -> list[dict[str, list[str]]]:
    return op.spec.get("security", spec["security"])


def _header_names(spec: dict[str, Any], requirement: dict[str, list[str]]) -> set[str]:
    schemes = spec["components"]["securitySchemes"]
    return {schemes[name]["name"] for name in requirement}


def test_openapi_3_0_3_with_both_hosts(spec):
    assert spec["openapi"] == "3.0.3"
    assert [s["url"] for s in spec["servers"]] == [
        "https://apis.bankconnect.finbox.in/bank-connect/v1",
        "https://portal.finbox.in/bank-connect/v1",
    ]


def test_all_24_operations(operations):
    ids = [op.operation_id for op in operations]
    assert len(ids) == len(set(ids)) == 24
    assert set(ids) == SEED_OPERATIONS | FLOW_OPERATIONS | RECORD_OPERATIONS
    deprecated = {op.operation_id for op in operations if op.spec.get("deprecated")}
    assert deprecated == RECORD_OPERATIONS


def test_operation_ids_read_as_function_names(spec, operations):
    tags = {t["name"] for t in spec["tags"]}
    assert tags == {"management", "enriched_data", "upload", "webhooks"}
    for op in operations:
        assert re.fullmatch(r"[a-z]+(_[a-z0-9]+)*", op.operation_id), op.operation_id
        assert op.operation_id.split("_")[0] in {"get", "list", "create", "update", "upload"}, op.operation_id
        assert len(op.spec["tags"]) == 1 and op.spec["tags"][0] in tags, op.operation_id
        assert op.spec.get("summary") and op.spec.get("description"), op.operation_id


def test_security_per_operation(spec, operations):
    for op in operations:
        requirements = _security(spec, op)
        assert len(requirements) == 1, op.operation_id
        expected = {"x-api-key"} if op.operation_id in API_KEY_ONLY else {"x-api-key", "server-hash"}
        assert _header_names(spec, requirements[0]) == expected, op.operation_id


def _schema_name(response: dict[str, Any]) -> str | None:
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    return schema.get("$ref", "").rsplit("/", 1)[-1] or None


def test_documented_statuses(spec, operations):
    for op in operations:
        responses = {code: resolve(spec, r) for code, r in op.spec["responses"].items()}
        success = "201" if op.operation_id == "create_entity" else "200"
        assert success in responses, op.operation_id
        assert responses[success]["content"]["application/json"]["schema"], op.operation_id
        assert _schema_name(responses["401"]) == "ErrorDetail", op.operation_id
        if "{entity_id}" in op.path:
            assert _schema_name(responses["404"]) == "ErrorDetail", op.operation_id
        if op.operation_id in UPLOADS:
            assert _schema_name(responses["400"]) == "UploadError", op.operation_id
            assert _schema_name(responses["402"]) == "UploadError", op.operation_id
        else:
            assert "402" not in responses, op.operation_id


def test_unauthorized_body_is_the_documented_one(spec):
    example = spec["components"]["responses"]["Unauthorized"]["content"]["application/json"]["example"]
    assert example == {"detail": "Authentication credentials were not provided."}


def test_upload_status_codes_enumerated_with_names(spec):
    code = spec["components"]["schemas"]["UploadStatusCode"]
    assert code["enum"] == [0, 2, 3, 4, 5, 6, 7]
    assert len(code["x-enum-varnames"]) == len(code["enum"]) == len(code["x-enum-descriptions"])
    for value in code["enum"]:
        assert f"`{value}`" in code["description"]


def test_upload_paths_take_identity_flag_and_forms(spec, operations):
    for op in operations:
        if op.operation_id not in UPLOADS:
            continue
        params = [resolve(spec, p) for p in op.spec["parameters"]]
        assert [(p["name"], p["in"], p["schema"]["type"]) for p in params] == [("identity", "query", "boolean")]
        content = op.spec["requestBody"]["content"]
        # Either encoding on every upload path (the upload guide); a binary file only in multipart.
        assert set(content) == {"multipart/form-data", "application/x-www-form-urlencoded"}
        urlencoded = resolve(spec, content["application/x-www-form-urlencoded"]["schema"])
        assert "PdfFileField" not in str(urlencoded) and "format: binary" not in str(urlencoded)


def test_uploads_take_link_id_or_entity_id(spec):
    fields = spec["components"]["schemas"]["UploadFields"]
    assert "required" not in fields
    assert fields["not"]["not"]["anyOf"] == [{"required": ["link_id"]}, {"required": ["entity_id"]}]


def test_account_id_filter_where_the_seed_documents_it(spec, operations):
    filtered = {
        "get_transactions",
        "get_salary",
        "get_recurring_transactions",
        "get_lender_transactions",
        "get_expense_categories",
    }
    for op in operations:
        item = spec["paths"][op.path]
        names = {resolve(spec, p)["name"] for p in item.get("parameters", []) + op.spec.get("parameters", [])}
        assert ("account_id" in names) == (op.operation_id in filtered), op.operation_id


def test_list_entities_paginates_ten_per_page(spec, operations):
    op = next(o for o in operations if o.operation_id == "list_entities")
    assert {p["name"] for p in op.spec["parameters"]} == {"page", "link_id"}
    page = spec["components"]["schemas"]["EntityPage"]
    assert set(page["required"]) == {"count", "next", "previous", "results"}
    assert page["properties"]["results"]["maxItems"] == 10
    assert page["properties"]["next"]["nullable"] and page["properties"]["previous"]["nullable"]
    linked = {link["$ref"].rsplit("/", 1)[-1] for link in op.spec["responses"]["200"]["links"].values()}
    assert "listed_get_entity" in linked and "listed_get_transactions" in linked


def test_webhook_callback_and_literal_path_first(spec, operations):
    op = next(o for o in operations if o.operation_id == "update_webhook")
    ((expression, item),) = op.spec["callbacks"]["statement_finished"].items()
    assert expression == "{$request.body#/webhook_url}"
    assert item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/WebhookPayload")
    paths = list(spec["paths"])
    assert paths.index("/entity/webhook_payloads/") < paths.index("/entity/{entity_id}/")


def test_maps_are_maps(spec):
    schemas = spec["components"]["schemas"]
    # A month can be null (a captured answer has avg_bal_multipleof5 null for one month).
    assert schemas["MonthValues"]["additionalProperties"] == {"type": "number", "nullable": True}
    assert "properties" not in schemas["MonthValues"]
    assert schemas["TopByMonth"]["additionalProperties"]["$ref"].endswith("/NoteAmounts")
    assert schemas["NoteAmounts"]["additionalProperties"] == {"type": "number"}
    assert schemas["NoteAmounts"]["maxProperties"] == 5


def test_shared_components_are_reused(spec):
    text = str(spec["paths"]) + str(spec["components"])
    for name in (
        "ProgressEntry",
        "Fraud",
        "Account",
        "Transaction",
        "Identity",
        "MonthValues",
        "PredictorValues",
        "ErrorDetail",
        "UploadError",
    ):
        assert text.count(f"#/components/schemas/{name}'") >= 1, name
    assert text.count("#/components/schemas/ProgressEntry'") == 1  # once, in AnalysisBase
    assert text.count("#/components/schemas/Transaction'") >= 3


def _walk_properties(spec, schema, where):
    schema = schema if "$ref" not in schema else resolve(spec, schema)
    for part in schema.get("allOf", []) + schema.get("oneOf", []):
        if "$ref" not in part:
            yield from _walk_properties(spec, part, where)
    for name, prop in schema.get("properties", {}).items():
        yield f"{where}.{name}", prop
        if "$ref" not in prop:
            yield from _walk_properties(spec, prop, f"{where}.{name}")
    items = schema.get("items")
    if isinstance(items, dict) and "$ref" not in items:
        yield from _walk_properties(spec, items, f"{where}[]")


def test_every_field_and_schema_is_described(spec):
    schemas = spec["components"]["schemas"]
    for name, schema in schemas.items():
        assert schema.get("description"), f"schema {name} has no description"
        for where, prop in _walk_properties(spec, schema, name):
            described = prop.get("description") or ("$ref" in prop and resolve(spec, prop).get("description"))
            assert described, f"{where} has no description"


def test_nullability_follows_the_sources(spec):
    s = spec["components"]["schemas"]
    assert s["ProgressStatus"]["nullable"] and None in s["ProgressStatus"]["enum"]
    assert s["ProgressEntry"]["properties"]["message"]["nullable"]
    for field in ("statement_id", "transaction_hash"):
        assert s["FraudRecord"]["properties"][field]["nullable"], field
    for field in ("ifsc", "micr"):
        assert s["Account"]["properties"][field]["nullable"], field
    assert s["BankHealth"]["properties"]["issue_details"]["nullable"]
    # The table says integer or null; the vendor's 2024 and 2025 samples send a string of digits: all three.
    variants = s["PredictorValues"]["properties"]["accountnumber"]["oneOf"]
    assert [v.get("type") or v["$ref"].rsplit("/", 1)[1] for v in variants] == ["string", "integer", "NullValue"]
    assert not s["PredictorValues"]["properties"]["month_duration"].get("nullable")
    # Not every account object carries these two (seed-quirks 4).
    assert not {"last_updated", "credit_limit"} & set(s["Account"]["required"])
    # The transaction date is not RFC 3339 (seed-quirks 2).
    assert "format" not in s["TransactionDateTime"]


def test_predictor_table_is_complete(spec, field_tables):
    predictors = spec["components"]["schemas"]["PredictorValues"]
    table = field_tables["predictor_fields"]
    assert len(table) == 214
    # Every six-month series of the table goes on to month 11, as the 2024 and 2025 samples do; the table's
    # fields stay required, the later months optional.
    months = field_tables["predictor_months_in_samples"]
    expected = []
    for name in table:
        expected.append(name)
        series = name.removesuffix("_5")
        if series != name and f"{series}_0" in table:
            expected.extend(f"{series}_{n}" for n in range(6, months))
    assert list(predictors["properties"]) == expected
    assert len(expected) == 214 + 30 * 6
    assert predictors["required"] == table


def test_monthly_analysis_fields_complete(spec, field_tables):
    props = spec["components"]["schemas"]["MonthlyAnalysis"]["properties"]
    assert len(field_tables["monthly_analysis_fields"]) == 95
    assert list(props) == field_tables["monthly_analysis_fields"]


@pytest.mark.parametrize(
    ("schema_name", "section", "extra"),
    [
        ("TransactionChannel", "transaction_channel", set()),
        ("TransactionDescription", "description", {""}),
        ("MerchantCategory", "merchant_category", {""}),
    ],
)
def test_enumerations_match_the_reference(spec, enumerations, schema_name, section, extra):
    documented = {v["value"] if isinstance(v, dict) else v for v in enumerations[section]}
    assert set(spec["components"]["schemas"][schema_name]["enum"]) == documented | extra


def test_bank_identifiers_cover_both_appendixes(spec, enumerations):
    listed = set(spec["components"]["schemas"]["BankIdentifier"]["enum"])
    assert set(enumerations["bank_identifiers_2019_lowercase"]) <= listed
    assert {b["id"] for b in enumerations["bank_identifiers_2023"]} <= listed
    recurring = spec["components"]["schemas"]["RecurringTransactionChannel"]["enum"]
    assert recurring == [v.upper() for v in spec["components"]["schemas"]["TransactionChannel"]["enum"]]


def test_enumerations_say_whether_the_vendor_may_add_values(spec):
    schemas = spec["components"]["schemas"]
    opened = {name for name, schema in schemas.items() if schema.get("x-open-enum") is True}
    closed = {name for name, schema in schemas.items() if schema.get("x-open-enum") is False}
    # The lists the vendor grows stay open; what clients branch on (a poller's progress, debit/credit) is closed.
    assert {"TransactionChannel", "MerchantCategory", "BankIdentifier", "UploadStatusCode"} <= opened
    assert {"ProgressStatus", "TransactionType", "NullValue", "AccountCategory"} <= closed


def _map_examples(node, key_pattern_of):
    """(pattern, key) for every key of a month-keyed map in the spec's examples."""
    if isinstance(node, dict):
        for name, value in node.items():
            if name in key_pattern_of and isinstance(value, dict):
                yield from ((key_pattern_of[name], key) for key in value)
            yield from _map_examples(value, key_pattern_of)
    elif isinstance(node, list):
        for item in node:
            yield from _map_examples(item, key_pattern_of)


def test_month_keyed_maps_document_their_key_format_and_examples_follow_it(spec):
    schemas = spec["components"]["schemas"]
    assert schemas["TopByMonth"]["x-key-pattern"] == r"^[A-Z][a-z]{2}-\d{2}$"
    assert schemas["MonthValues"]["x-key-pattern"] == r"^[A-Z][a-z]{2}-\d{4}$"
    top = {
        "top_5_credit": schemas["TopByMonth"]["x-key-pattern"],
        "top_5_debit": schemas["TopByMonth"]["x-key-pattern"],
    }
    keys = list(_map_examples(spec["paths"], top))
    assert keys and all(re.search(pattern, key) for pattern, key in keys), keys
