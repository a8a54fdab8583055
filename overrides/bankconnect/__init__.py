"""BankConnect client shims around the generated ``bankconnect_client``.

from bankconnect import BankConnect
bc = BankConnect.from_env()
upload = bc.upload("statement.pdf", bank_name="axis", link_id="user-8842")
transactions = bc.wait(upload.entity_id, "transactions", timeout=300)

Helpers the project's own tools share (``redact``, ``read_response``, …) are in ``bankconnect.tooling``.
"""

from ._client import AsyncBankConnect, BankConnect
from ._core import Clock, RetryPolicy, SystemClock
from ._errors import (
    ApiError,
    AuthenticationError,
    BankConnectError,
    CallDeadlineExceeded,
    ConfigurationError,
    ConnectionFailed,
    DeadlineExceeded,
    InvalidCall,
    InvalidField,
    InvalidRequestError,
    MalformedResponse,
    MissingField,
    NotFoundError,
    PollingCancelled,
    PollingError,
    RateLimitedError,
    ResponseTooLarge,
    ServerError,
    StatementFailed,
    StatementFailure,
    UnexpectedResponse,
    UploadOutcomeUnknown,
    UploadRejected,
)
from ._operations import Operation, analyses, operation
from ._polling import AsyncPoller, Backoff, Poller, PollStatus
from ._settings import DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES, Settings
from ._uploads import InvalidUpload

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "ApiError",
    "AsyncBankConnect",
    "AsyncPoller",
    "AuthenticationError",
    "Backoff",
    "BankConnect",
    "BankConnectError",
    "CallDeadlineExceeded",
    "Clock",
    "ConfigurationError",
    "ConnectionFailed",
    "DeadlineExceeded",
    "InvalidCall",
    "InvalidField",
    "InvalidRequestError",
    "InvalidUpload",
    "MalformedResponse",
    "MissingField",
    "NotFoundError",
    "Operation",
    "PollStatus",
    "Poller",
    "PollingCancelled",
    "PollingError",
    "RateLimitedError",
    "ResponseTooLarge",
    "RetryPolicy",
    "ServerError",
    "Settings",
    "StatementFailed",
    "StatementFailure",
    "SystemClock",
    "UnexpectedResponse",
    "UploadOutcomeUnknown",
    "UploadRejected",
    "analyses",
    "operation",
]
