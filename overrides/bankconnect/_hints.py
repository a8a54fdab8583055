"""Where a failed call went, in words that point at the fix (a base URL without the API's base path)."""

from __future__ import annotations

import httpx

from bankconnect_spec import base_path, path_prefix, upload_code

from ._errors import InvalidField, MissingField, UploadRejected

# How the service (Django REST framework) says a field is absent, as opposed to present but wrong.
_MISSING = ("This field is required", "This field may not be blank.", "This field may not be null.", "No file was")


def called(response: httpx.Response, operation_id: str | None = None) -> str:
    """`` at GET http://host/path`` for a response whose request is known (query strings left out: they can
    carry ids and signed parameters), with a hint when the path lacks the API's base path (the operation's own,
    for one with a server of its own: ``/bank-connect`` for the v2 session create); else ``""``."""
    try:
        request = response.request
    except RuntimeError:  # a response read back from a recording has no request
        return ""
    url = request.url
    shown = f" at {request.method} {url.scheme}://{url.netloc.decode('ascii', 'replace')}{url.path}"
    prefix = path_prefix(operation_id) if operation_id else base_path()
    if not url.path.startswith(prefix + "/"):
        shown += f" (the URL has no {prefix}: does the base URL lack that suffix?)"
    return shown


def field_refusal(code: int, reason: str, fields: dict[str, list[str]]) -> tuple[type[UploadRejected], str]:
    """The error class and reason of a refused upload. The service has one code (0, MISSING_FIELD in the spec)
    for a missing field and an invalid one; a bank name it does not know, or an unknown entity_id, is not
    missing: told apart by the field messages."""
    if code != upload_code("MISSING_FIELD"):
        return UploadRejected, reason
    messages = [message for problems in fields.values() for message in problems]
    if any(message.startswith(_MISSING) for message in messages):
        return MissingField, "MISSING_FIELD"
    return InvalidField, "INVALID_FIELD"
