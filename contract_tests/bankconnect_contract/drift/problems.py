"""Every kind of drift the analyser reports, by code: what a finding says and how it is classed.

To add a drift check: give it a code here, yield that code from ``Analyzer.walk`` (or ``_analyze``) in
``analyzer.py``, and add a case to ``tests/contract/test_drift_problems.py`` (a test fails while a code has none).
"""

from __future__ import annotations

from dataclasses import dataclass

BREAKING, ADDITIVE, SEMANTIC, REQUEST = "breaking", "additive", "semantic", "request"


@dataclass(frozen=True)
class Problem:
    code: str
    kind: str  # BREAKING: an existing client can fail on it; ADDITIVE: existing clients keep working;
    # SEMANTIC: every answer conforms, but a relation between them (an invariant) no longer holds;
    # REQUEST: the team's client sent what the spec does not describe (its client, or the spec, is wrong)
    says: str  # what a finding of this code says, after the operation, status and path


PROBLEMS: dict[str, Problem] = {
    p.code: p
    for p in (
        Problem("undocumented_operation", BREAKING, "undocumented operation answered"),
        Problem("undocumented_status", BREAKING, "status code not documented"),
        Problem("undocumented_content_type", BREAKING, "content type not documented"),
        Problem("invalid_json", BREAKING, "body is not valid JSON"),
        Problem("header_missing", BREAKING, "documented header missing"),
        Problem("header_changed", BREAKING, "documented header no longer matches"),
        Problem("null_not_allowed", BREAKING, "null where the spec does not allow it"),
        Problem("no_documented_shape", BREAKING, "matches none of the documented shapes"),
        Problem("type_changed", BREAKING, "type no longer matches"),
        Problem("format_changed", BREAKING, "format no longer matches"),
        Problem("out_of_range", BREAKING, "value out of the documented range"),
        Problem("missing_required", BREAKING, "required field missing"),
        Problem("probably_renamed", BREAKING, "required field missing, probably renamed"),
        Problem("closed_enum_value", BREAKING, "value outside a closed enumeration"),
        Problem("key_format_changed", BREAKING, "map key no longer has the documented format"),
        Problem("enum_value_unlisted", ADDITIVE, "value outside the documented enumeration"),
        Problem("unknown_field", ADDITIVE, "field not in the spec"),
        Problem("unknown_header", ADDITIVE, "header not in the spec"),
        Problem("invariant_broken", SEMANTIC, "a relation between the answers no longer holds"),
        Problem("request_unknown_parameter", REQUEST, "query parameter not in the spec"),
        Problem("request_invalid_parameter", REQUEST, "query parameter value does not match its schema"),
        Problem("request_missing_parameter", REQUEST, "required query parameter not sent"),
        Problem("request_missing_body", REQUEST, "required request body not sent"),
        Problem("request_undocumented_content_type", REQUEST, "request content type not documented"),
        Problem("request_unknown_field", REQUEST, "request field not in the spec"),
        Problem("request_missing_field", REQUEST, "required request field not sent"),
        Problem("request_invalid_field", REQUEST, "request field does not match its schema"),
    )
}
