"""Personal data and secrets in traffic: what is masked before anything is written for people (cassettes,
reports, logs). The same value masks the same way everywhere, so relations between answers survive."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode

from bankconnect.tooling import is_signed_parameter, redact

from . import json_body

REDACTED = "<redacted>"
PERSONAL_KEYS = {
    "name",
    "address",
    "account_number",
    "customer_name",
    "accountnumber",
    "transaction_note",
    "clean_transaction_note",
    "ifsc",
    "ifsc_code",
    "micr",
    "pdf_password",
    "link_id",
    "meta_data",
}


def mask(value: Any) -> Any:
    """A stable stand-in for a personal value (same input, same mask, in every file)."""
    if value is None or value == "":
        return value
    digest = hashlib.sha256(f"bankconnect-contract:{value}".encode()).hexdigest()[:12]
    return int(digest[:12], 16) % 10**12 if isinstance(value, int) else f"masked-{digest}"


def mask_personal(node: Any) -> Any:
    """Mask personal fields; narration-keyed maps (top credits/debits) have their keys masked too."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in ("top_5_credit", "top_5_debit") and isinstance(value, dict):
                # {month: {narration: amount}}: the narrations are keys. Any other shape (a month mapped straight to
                # a number, a list) is walked like the rest: masking never assumes the documented shape.
                out[key] = {
                    month: {mask(note): mask_personal(amount) for note, amount in notes.items()}
                    if isinstance(notes, dict)
                    else mask_personal(notes)
                    for month, notes in value.items()
                }
            elif key in PERSONAL_KEYS and not isinstance(value, dict | list):
                out[key] = mask(value)
            else:
                out[key] = mask_personal(value)
        return out
    if isinstance(node, list):
        return [mask_personal(item) for item in node]
    return node


def masked_field(name: str, value: str, documented: frozenset[str]) -> str:
    """A form field or query parameter's value as it may be shown: a documented, impersonal field's as it is
    (signed links cut); any other's masked (the spec cannot say what an unknown field holds)."""
    if is_signed_parameter(name):
        return REDACTED
    if name.lower() in PERSONAL_KEYS or name not in documented:
        return str(mask(value))
    return redact(value)


def shareable_query(query: str, documented: frozenset[str]) -> str:
    pairs = parse_qsl(query, keep_blank_values=True)
    return urlencode([(name, masked_field(name, value, documented)) for name, value in pairs], safe="<>@")


def shareable_body(body: str, content_type: str, documented: frozenset[str]) -> str:
    """A request body as a report may show it: form fields and JSON masked as above; any other body (multipart: a
    file upload) not shown at all."""
    media = content_type.split(";")[0].strip().lower()
    if media == "application/x-www-form-urlencoded":
        return shareable_query(body, documented)
    if media == "application/json":
        try:
            sent = mask_personal(json_body.loads(body))
        except (ValueError, RecursionError):
            return ""
        if isinstance(sent, dict):
            sent = {key: value if key in documented else mask(json.dumps(value)) for key, value in sent.items()}
        return redact(json.dumps(sent))
    return ""


def masked_observation(path: str, observed: Any) -> Any:
    """A drift finding's observed value, masked when the field it was seen in is personal."""
    last = re.split(r"[.\s]", path.replace("[]", ""))[-1] if path else ""
    if isinstance(observed, dict | list):
        return observed
    if last.lower() in PERSONAL_KEYS:
        return mask(observed)
    if is_signed_parameter(last):
        return REDACTED
    return redact(observed) if isinstance(observed, str) else observed
