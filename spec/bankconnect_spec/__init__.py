"""The BankConnect contract at run time: the packaged OpenAPI document and the facts read from it.

The client (``bankconnect``), the sandbox (``bankconnect_sandbox``) and the contract tools
(``bankconnect_contract``) all read the spec through this package, so that nothing is written down twice:
how ``$ref``s resolve, the base path, how schemas read (``allOf`` merged, nullability, "at least one of",
a validator that knows ``x-open-enum`` and ``x-key-pattern``), each operation with its route, security and
statuses, the server each operation is sent to (``server_for``), the full path it is served under
(``path_prefix``) and the template a request path is for (``local_path``), the upload refusal codes by name,
and which calls are analyses.

from bankconnect_spec import operations, router
router().match("GET", "/entity/5f0c…/transactions/")   # (Operation get_transactions, {"entity_id": …}, …)
"""

from ._document import base_path, load_spec, resolve
from ._extensions import KEY_PATTERN, OPEN_ENUM, is_open_enum, key_pattern, schemas_reached
from ._operations import ANALYSIS_TAG, HTTP_METHODS, UPLOAD_TAG, Operation, Router, operations, router
from ._schemas import accepts_any, accepts_null, at_least_one_of, key_pattern_problems, merged, nullable, validator
from ._servers import local_path, path_prefix, server_for
from ._upload_codes import upload_code, upload_reason_names

__all__ = [
    "ANALYSIS_TAG",
    "HTTP_METHODS",
    "KEY_PATTERN",
    "OPEN_ENUM",
    "UPLOAD_TAG",
    "Operation",
    "Router",
    "accepts_any",
    "accepts_null",
    "at_least_one_of",
    "base_path",
    "is_open_enum",
    "key_pattern",
    "key_pattern_problems",
    "load_spec",
    "local_path",
    "merged",
    "nullable",
    "operations",
    "path_prefix",
    "resolve",
    "router",
    "schemas_reached",
    "server_for",
    "upload_code",
    "upload_reason_names",
    "validator",
]
