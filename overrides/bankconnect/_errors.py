"""The error hierarchy of the client. Imports nothing from the package, so every module can raise these.

    BankConnectError
    ├── ConfigurationError (also ValueError)   the client cannot be set up as asked
    ├── InvalidCall (also ValueError)          ``call()`` with an unknown operation or wrong arguments
    ├── ConnectionFailed                       BankConnect could not be reached
    ├── CallDeadlineExceeded (also TimeoutError)  no whole answer within the call's deadline
    ├── ApiError                               BankConnect answered, not with the documented success
    │   ├── AuthenticationError                401
    │   ├── NotFoundError                      404
    │   ├── InvalidRequestError                400 on a non-upload call
    │   ├── UploadRejected                     400/402 on an upload
    │   │   ├── MissingField                   status 0, a required field is missing
    │   │   └── InvalidField                   status 0, a field is present but invalid
    │   ├── RateLimitedError                   429
    │   ├── ServerError                        5xx
    │   └── UnexpectedResponse                 anything the spec does not describe
    │       ├── MalformedResponse              not readable JSON
    │       ├── ResponseTooLarge               a body over the size cap
    │       └── UploadOutcomeUnknown           an upload that may have been stored
    └── PollingError                           ends a wait
        ├── StatementFailed
        ├── DeadlineExceeded (also TimeoutError)
        └── PollingCancelled

Callers never see a bare KeyError, ValueError or JSONDecodeError: anything the spec does not describe
becomes an ``UnexpectedResponse`` carrying the status, the content type and a short, secret-free excerpt
(``_responses`` does the mapping).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


class BankConnectError(Exception):
    """Base of every error raised by this package."""


class ConfigurationError(BankConnectError, ValueError):
    """The client cannot be set up as asked (a missing credential, a bad base URL)."""


class InvalidCall(BankConnectError, ValueError):
    """``call()`` was asked for an operation that does not exist, or given arguments it does not take; the
    message lists the valid operation names or parameters. Nothing was sent."""


class ConnectionFailed(BankConnectError):
    """BankConnect could not be reached (after the allowed retries).

    ``refused`` is True when no connection was made, so the request cannot have been acted on; ``where`` is
    the URL and ``reason`` the transport's error, redacted. The transport's own exception is not chained: its
    text is not ours to keep free of secrets.
    """

    def __init__(self, message: str, *, refused: bool, where: str = "", reason: str = "") -> None:
        super().__init__(message)
        self.refused = refused
        self.where = where
        self.reason = reason


class CallDeadlineExceeded(BankConnectError, TimeoutError):
    """No whole answer arrived within the call's deadline (``RetryPolicy.max_elapsed``, or a wait's own): the
    time to connect, send, wait and read every byte of the body counts. ``seconds`` is that deadline;
    ``sent`` is False when the request cannot have reached BankConnect (it was still connecting)."""

    def __init__(self, message: str, *, seconds: float, sent: bool) -> None:
        super().__init__(message)
        self.seconds = seconds
        self.sent = sent


class ApiError(BankConnectError):
    """BankConnect answered, but not with the success the call documents.

    ``code`` and ``detail`` are the service's own reason when its answer gives one: a session call's error
    envelope (``{"error": {"code": "SESSION_DELETED", "message": …}}``) gives the code and its message, on every
    status and whatever the error's class; an upload refusal gives its numeric status (``UploadRejected``).
    Both are None when the answer names no reason (the entity flow's ``{"detail": …}`` bodies).
    """

    code: str | int | None
    detail: str | None

    def __init__(
        self,
        message: str,
        *,
        status: int,
        content_type: str,
        excerpt: str,
        code: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.content_type = content_type
        self.excerpt = excerpt
        self.code = code
        self.detail = detail


class AuthenticationError(ApiError):
    """401: the x-api-key or server-hash header is missing or wrong."""


class NotFoundError(ApiError):
    """404: no such entity (or page) under these credentials."""


class InvalidRequestError(ApiError):
    """400 on a non-upload call: fields were missing or invalid."""

    def __init__(self, message: str, *, field_errors: Mapping[str, list[str]], **kw: Any) -> None:
        super().__init__(message, **kw)
        self.field_errors = dict(field_errors)


class UploadRejected(ApiError):
    """400 or 402 on an upload, with BankConnect's numeric ``code`` and its name from the spec as ``reason``.

    Reasons: MISSING_FIELD or INVALID_FIELD (0: raised as ``MissingField`` / ``InvalidField``), TRIAL_EXPIRED
    (2), WRONG_PASSWORD (3), BANK_MISMATCH (4), BANK_NOT_DETECTABLE (5), NOT_PARSABLE (6), UNSUPPORTED_FORMAT (7);
    an undocumented code is ``UNKNOWN_<n>``.
    """

    code: int

    def __init__(
        self,
        message: str,
        *,
        code: int,
        reason: str,
        detail: str | None,
        entity_id: str | None,
        field_errors: Mapping[str, list[str]],
        **kw: Any,
    ) -> None:
        super().__init__(message, detail=detail, **kw)
        self.code = code
        self.reason = reason
        self.entity_id = entity_id
        self.field_errors = dict(field_errors)


class MissingField(UploadRejected):
    """Status 0 where a required field is missing (``This field is required.``); ``reason`` is MISSING_FIELD."""


class InvalidField(UploadRejected):
    """Status 0 where every field was given but one is invalid (a bank name the service does not know, an
    unknown ``entity_id``, a file that is not base64); ``reason`` is INVALID_FIELD. The service uses one code
    for both cases; the client tells them apart by the field messages."""


class RateLimitedError(ApiError):
    """429: too many requests; ``retry_after`` seconds when the server said."""

    def __init__(self, message: str, *, retry_after: float | None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: BankConnect (or a proxy in front of it) failed; ``retry_after`` when a 503 said."""

    def __init__(self, message: str, *, retry_after: float | None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class UnexpectedResponse(ApiError):
    """Anything the spec does not describe: an undocumented status, a non-JSON body, malformed or truncated
    JSON, or JSON whose shape no longer matches the contract (a missing field, or a value of the wrong JSON
    type: ``path`` names it, as in ``transactions[17].amount``)."""

    def __init__(self, message: str, *, path: str | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.path = path


class MalformedResponse(UnexpectedResponse):
    """A body that is not readable JSON at all (cut short, not JSON, nested too deeply). Reads that get one
    are retried like a transient failure: the next answer is usually whole."""


class ResponseTooLarge(UnexpectedResponse):
    """A body larger than the client's cap (``max_response_bytes``, counted after gzip is inflated). Reading
    stopped at the cap; nothing larger was held in memory. ``limit`` is the cap in bytes."""

    def __init__(self, message: str, *, limit: int, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.limit = limit


class UploadOutcomeUnknown(UnexpectedResponse):
    """An upload reached BankConnect but no readable answer came back (a success whose body could not be read,
    or the connection broke or timed out after the request was sent): the statement may have been
    accepted. ``status`` is None when no answer arrived at all. Not retried (it could be stored twice).
    Reconcile with ``link_id`` / ``entity_id``: list the entity's statements (``get_pdfs`` or any analysis
    call's ``progress``) or read ``webhook_payloads``."""

    def __init__(self, message: str, *, link_id: str | None, entity_id: str | None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.link_id = link_id
        self.entity_id = entity_id


@dataclass(frozen=True)
class StatementFailure:
    statement_id: str
    message: str | None


class PollingError(BankConnectError):
    """Base of the errors that end a wait."""


class StatementFailed(PollingError):
    """At least one statement failed; ``failures`` names each, ``response`` is the last parsed answer."""

    def __init__(self, failures: Iterable[StatementFailure], response: Any) -> None:
        self.failures = tuple(failures)
        self.response = response
        listed = "; ".join(f"{f.statement_id}: {f.message or 'no message'}" for f in self.failures)
        super().__init__(f"{len(self.failures)} statement(s) failed: {listed}")


class DeadlineExceeded(PollingError, TimeoutError):
    """The deadline passed before every statement finished; ``status`` is the last known progress."""

    def __init__(self, message: str, status: Any) -> None:
        super().__init__(message)
        self.status = status


class PollingCancelled(PollingError):
    """The wait was cancelled with ``Poller.cancel()``."""
