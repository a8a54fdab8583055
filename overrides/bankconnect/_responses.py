"""From an HTTP response to a parsed body or the typed error it stands for.

The status decides the error class; a success is parsed by the generated module, whose type checks and
decoding failures become ``UnexpectedResponse`` / ``MalformedResponse`` naming what went wrong.
"""

from __future__ import annotations

import contextlib
import gc
import json
import math
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

import httpx

from bankconnect_client.types import NotJsonNumber, WrongType
from bankconnect_spec import upload_reason_names

from ._errors import (
    ApiError,
    AuthenticationError,
    InvalidRequestError,
    MalformedResponse,
    NotFoundError,
    RateLimitedError,
    ServerError,
    UnexpectedResponse,
    UploadRejected,
)
from ._hints import called, field_refusal
from ._redact import redact

if TYPE_CHECKING:
    from ._operations import Operation

EXCERPT_CHARS = 200


def _http_date(value: str | None) -> datetime | None:
    """An HTTP date as an aware datetime (one without a zone is GMT, as HTTP dates are), or None."""
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date), or None when absent or unusable.

    Unusable: not a number or a date, negative, infinite or NaN. A date in the past is 0. How long a client
    actually waits is capped by ``RetryPolicy.max_retry_after``.
    """
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    when = _http_date(value)
    if when is None:
        return None
    now = _http_date(response.headers.get("date")) or datetime.now(UTC)
    try:
        return max(0.0, (when - now).total_seconds())
    except OverflowError:
        return None


def _describe(response: httpx.Response, secrets: Iterable[str]) -> dict[str, Any]:
    text = response.content[: EXCERPT_CHARS * 4].decode("utf-8", errors="replace")
    excerpt = redact(" ".join(text.split()), secrets)[:EXCERPT_CHARS]
    return {
        "status": response.status_code,
        "content_type": response.headers.get("content-type", ""),
        "excerpt": excerpt,
    }


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        body = response.json()
    except (ValueError, RecursionError):
        return None
    return body if isinstance(body, dict) else None


def error_for(op: Operation, response: httpx.Response, secrets: Iterable[str]) -> ApiError | None:
    """The typed error a non-success response stands for, or None for a success status."""
    status = response.status_code
    if 200 <= status < 300:
        return None
    info = _describe(response, secrets)
    name = op.operation_id
    body = _json_object(response)
    code, detail = _session_reason(body, secrets)
    said = f": {code}: {detail}" if code is not None else ""
    if status == 401:
        return AuthenticationError(f"{name}: authentication failed (HTTP 401){said}", code=code, detail=detail, **info)
    if status == 404:
        return NotFoundError(
            f"{name}: not found (HTTP 404){said}{called(response, name)}", code=code, detail=detail, **info
        )
    if status == 429:
        wait = retry_after_seconds(response)
        return RateLimitedError(
            f"{name}: rate limited (HTTP 429){said}", retry_after=wait, code=code, detail=detail, **info
        )
    if status >= 500:
        wait = retry_after_seconds(response)
        return ServerError(
            f"{name}: server error (HTTP {status}, {info['content_type'] or 'no content type'}){said}",
            retry_after=wait,
            code=code,
            detail=detail,
            **info,
        )
    upload_refusal = body is not None and op.is_upload and status in (400, 402) and isinstance(body.get("status"), int)
    if upload_refusal and body is not None and code is None:
        return _upload_rejected(name, body, info, secrets)
    if body is not None and status == 400:
        fields = {k: [redact(str(m), secrets) for m in v] for k, v in body.items() if isinstance(v, list)}
        what = (
            "refused (HTTP 400)" + said
            if code is not None
            else "invalid request: " + (", ".join(sorted(fields)) or "no field named")
        )
        return InvalidRequestError(f"{name}: {what}", field_errors=fields, code=code, detail=detail, **info)
    if status in op.spec.statuses:  # documented (the session flow's 403, 409, 410…): an ApiError with the reason
        return ApiError(
            f"{name}: refused (HTTP {status}){said or ': ' + info['excerpt']}", code=code, detail=detail, **info
        )
    return UnexpectedResponse(f"{name}: undocumented answer (HTTP {status}, {info['content_type']})", **info)


def _session_reason(body: dict[str, Any] | None, secrets: Iterable[str]) -> tuple[str | None, str | None]:
    """(code, message) from the session flow's error envelope (``{"error": {"code", "message"}}``, the spec's
    ``SessionError``), or (None, None) when the body is not one. Recognised by its shape, not by the call: the
    same envelope on any call means the same thing, and no other refusal of the API has an ``error`` object."""
    envelope = body.get("error") if body is not None else None
    if not isinstance(envelope, dict) or not isinstance(envelope.get("code"), str):
        return None, None
    message = envelope.get("message")
    return redact(envelope["code"], secrets), redact(message, secrets) if isinstance(message, str) else ""


def _upload_rejected(name: str, body: dict[str, Any], info: dict[str, Any], secrets: Iterable[str]) -> UploadRejected:
    code = body["status"]
    reason = upload_reason_names().get(code, f"UNKNOWN_{code}")
    fields = {k: [redact(str(m), secrets) for m in v] for k, v in body.items() if isinstance(v, list)}
    message = body.get("message")
    detail = redact(message, secrets) if isinstance(message, str) else None
    entity_id = body.get("entity_id") if isinstance(body.get("entity_id"), str) else None
    what = detail or ", ".join(f"{k}: {' '.join(v)}" for k, v in fields.items()) or "no detail"
    kind, reason = field_refusal(code, reason, fields)
    return kind(
        f"{name}: upload rejected, {reason} (status {code}): {what}",
        code=code,
        reason=reason,
        detail=detail,
        entity_id=entity_id,
        field_errors=fields,
        **info,
    )


# Past this many new container objects, a parse is large enough that promoting them beats traversing them.
_PROMOTE_AFTER = 10_000


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large body becomes models (only for that call).

    Parsing allocates tens of thousands of acyclic objects the collector tracks (each model and its extras
    dict; the fast path's wire structs are untracked); each allocation burst would otherwise start
    generational collections that re-traverse all of them. With the fast path the pause still halves the
    parse of 50,000 transactions (bench/parse.py, "collector not paused"). Nothing cyclic is created, so
    nothing is left for the collector to find.

    On the way out, after a large parse, the new objects go straight to the oldest generation
    (``gc.freeze()`` then ``gc.unfreeze()``: two list splices) instead of being traversed by the young
    collection the next allocation would start (a tenth of the parse time for 50,000 transactions). They are the
    result the caller keeps, so that collection would find nothing. Skipped when the application freezes
    objects itself (``gc.freeze()`` before fork), as unfreezing would undo that.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_count()[0] > _PROMOTE_AFTER and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def parse_success(op: Operation, response: httpx.Response, client: Any, secrets: Iterable[str]) -> Any:
    """Parse a 2xx response with the generated client, or raise UnexpectedResponse saying why not."""
    content_type = response.headers.get("content-type", "")
    if "json" not in content_type.lower():
        raise MalformedResponse(
            f"{op.operation_id}: expected JSON, got {content_type or 'no content type'}", **_describe(response, secrets)
        )
    try:
        with _collector_paused():
            parsed = op.module.parse_response(client=client, response=response)
    except NotJsonNumber as wrong:
        raise MalformedResponse(
            f"{op.operation_id}: {redact(str(wrong), secrets)}",
            path=wrong.where or None,
            **_describe(response, secrets),
        ) from None
    except WrongType as wrong:
        raise UnexpectedResponse(
            f"{op.operation_id}: response no longer matches the contract: {redact(str(wrong), secrets)}",
            path=wrong.where or None,
            **_describe(response, secrets),
        ) from None
    except json.JSONDecodeError:
        raise MalformedResponse(f"{op.operation_id}: malformed JSON", **_describe(response, secrets)) from None
    except RecursionError:
        raise MalformedResponse(
            f"{op.operation_id}: JSON nested too deeply to read", **_describe(response, secrets)
        ) from None
    except UnicodeDecodeError:
        raise MalformedResponse(f"{op.operation_id}: body is not UTF-8 text", **_describe(response, secrets)) from None
    except ValueError as exc:
        raise UnexpectedResponse(
            f"{op.operation_id}: {redact(f'invalid value ({exc})', secrets)}", **_describe(response, secrets)
        ) from None
    except (KeyError, TypeError, AttributeError, IndexError) as exc:
        what = f"missing field {exc}" if isinstance(exc, KeyError) else f"wrong shape ({type(exc).__name__})"
        raise UnexpectedResponse(
            f"{op.operation_id}: response no longer matches the contract: {what}", **_describe(response, secrets)
        ) from None
    if parsed is None:
        raise UnexpectedResponse(
            f"{op.operation_id}: undocumented status {response.status_code}", **_describe(response, secrets)
        )
    return parsed


def read_response(operation_id: str, response: httpx.Response, secrets: Iterable[str] = ()) -> Any:
    """What the client makes of ``response`` to ``operation_id``: the parsed model, or the typed error it
    raises. For reading recorded traffic (cassettes, HAR files) exactly as a live call would be read."""
    from bankconnect_client import AuthenticatedClient

    from ._operations import operation

    op = operation(operation_id)
    error = error_for(op, response, secrets)
    if error is not None:
        raise error
    return parse_success(op, response, AuthenticatedClient(base_url="http://recorded.invalid", token=""), secrets)
