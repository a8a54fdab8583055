"""Schemathesis hooks of the contract run, loaded by the ``hooks`` key of its configuration (schemathesis.toml).

Schemathesis needs ``--url`` for a spec read from a file, and with a URL configured it sends every operation
under it: path and operation ``servers`` are read only without one (4.32,
``schemathesis/specs/openapi/operations.py``, ``_build_operation``). The v2 session create has a server of its
own and lives at ``/bank-connect/v2/session/``, not under the run's ``…/bank-connect/v1``. Schemathesis'
``before_init_operation`` hook, which customises each operation as it is built, gives it the base URL
``bankconnect_spec.server_for`` says for the run's URL; every other operation keeps the run's URL.
"""

from __future__ import annotations

import schemathesis
from schemathesis import APIOperation, HookContext

from bankconnect_spec import server_for

__all__ = ["before_init_operation"]


@schemathesis.hook
def before_init_operation(context: HookContext, operation: APIOperation) -> None:
    operation_id = operation.definition.raw.get("operationId")
    if operation_id is None:  # the spec gives every operation one (Spectral checks it); nothing to rebase by
        return
    # The spec Schemathesis loaded, which is the one being checked (a run outside a checkout ships its own).
    operation.base_url = server_for(operation_id, operation.schema.get_base_url(), operation.schema.raw_schema)
