"""The client people use: ``BankConnect`` (sync) and ``AsyncBankConnect`` (async).

Both build the generated client from ``Settings`` and run the same flows from ``_core``; each method here
only picks a flow and a driver.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import Any, Literal, Self, TypedDict, Unpack, overload

import httpx

from bankconnect_client.api import AsyncCalls, Calls
from bankconnect_client.models import (
    AccountsResponse,
    Entity,
    ExpenseCategoriesResponse,
    IdentityResponse,
    MonthlyAnalysisResponse,
    PredictorsResponse,
    RecurringTransactionsResponse,
    SalaryResponse,
    ScoreResponse,
    SessionProgressReport,
    TopCreditsDebitsResponse,
    TransactionsResponse,
    UploadResult,
    XlsxReportResponse,
)
from bankconnect_client.types import UNSET

from ._core import CallContext, Clock, Flow, RetryPolicy, SystemClock, call_flow, run_async, run_sync
from ._errors import InvalidCall
from ._operations import Operation, analyses, operation
from ._pagination import next_page
from ._polling import AsyncPoller, Backoff, Poller, PollJob, PollStatus, WaitOptions, evaluate_session
from ._settings import Settings, secret
from ._uploads import Source, plan_upload, upload_flow

OperationRef = str | ModuleType | Operation


class WaitArguments(TypedDict, total=False):
    """``wait``'s keyword arguments, for its overloads (one per analysis response type)."""

    account_id: str | None
    timeout: float
    accept_partial: bool
    backoff: Backoff | None
    on_progress: Callable[[PollStatus], None] | None


class _ClientBase:
    def __init__(
        self,
        api_key: str | None = None,
        server_hash: str | None = None,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        max_response_bytes: int | None = None,
        allow_insecure_http: bool | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        # Rebound at once: a traceback captured with locals (what error trackers do) shows this frame.
        api_key, server_hash = secret(api_key), secret(server_hash)
        self.settings = Settings.resolve(
            api_key,
            server_hash,
            base_url,
            timeout=timeout,
            max_response_bytes=max_response_bytes,
            allow_insecure_http=allow_insecure_http,
            offline=isinstance(transport, httpx.MockTransport),
        )
        self.api = self.settings.build_client(transport=transport)
        """The generated ``AuthenticatedClient``, for calling ``bankconnect_client.api`` functions directly."""
        self.retry = retry or RetryPolicy()
        self._ctx = CallContext(
            self.api,
            self.settings.secrets,
            clock or SystemClock(),
            rng or random.Random(),
            request_timeout=self.settings.timeout.read,
            base_url=self.settings.base_url,
            max_response_bytes=self.settings.max_response_bytes,
        )

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """Credentials and base URL from BANKCONNECT_API_KEY, BANKCONNECT_SERVER_HASH, BANKCONNECT_BASE_URL."""
        return cls(**kwargs)

    def __repr__(self) -> str:
        settings = getattr(self, "settings", None)  # absent while __init__ fails (a traceback's locals show it)
        return f"{type(self).__name__}(base_url={settings.base_url if settings else None!r})"

    def _call(self, ref: OperationRef, params: dict[str, Any]) -> Flow[Any]:
        op = operation(ref)
        op.check_arguments(params)
        return call_flow(op, lambda: op.request(**params), self._ctx, self.retry)

    def _upload(self, source: Source, **kwargs: Any) -> Flow[UploadResult]:
        plan = plan_upload(source, **kwargs)
        return upload_flow(plan, self._ctx, self.retry)

    def _poll_job(
        self,
        entity_id: str,
        analysis: OperationRef,
        *,
        account_id: str | None,
        timeout: float,
        accept_partial: bool,
        backoff: Backoff | None,
        on_progress: Callable[[PollStatus], None] | None,
    ) -> PollJob:
        op = operation(analysis)
        if not op.is_analysis:
            raise InvalidCall(
                f"{op.operation_id} has no progress to wait for; pick an analysis call: {', '.join(sorted(analyses()))}"
            )
        params: dict[str, Any] = {"entity_id": entity_id}
        if account_id is not None:
            params["account_id"] = account_id
        options = WaitOptions(
            timeout=timeout,
            accept_partial=accept_partial,
            backoff=backoff or Backoff(),
            on_progress=on_progress,
            max_retry_after=self.retry.max_retry_after,
        )
        return PollJob(op, lambda: op.request(**params), self._ctx, options)

    def _session_job(
        self,
        session_id: str,
        *,
        timeout: float = 600.0,
        accept_partial: bool = False,
        backoff: Backoff | None = None,
        on_progress: Callable[[PollStatus], None] | None = None,
    ) -> PollJob:
        """Poll a session's progress call until ``session_progress`` is ``completed``, with wait's rules."""
        op = operation("get_session_progress")
        wait_options = WaitOptions(
            timeout=timeout,
            accept_partial=accept_partial,
            backoff=backoff or Backoff(),
            on_progress=on_progress,
            max_retry_after=self.retry.max_retry_after,
        )
        return PollJob(op, lambda: op.request(session_id=session_id), self._ctx, wait_options, evaluate_session)


class BankConnect(_ClientBase, Calls):
    """Synchronous BankConnect client: typed results, typed errors, polling, pagination and uploads.

    Every operation of the spec is a typed method (``bc.get_transactions(entity_id)``, generated into
    ``bankconnect_client.api.Calls``); ``call("get_transactions", entity_id=…)`` is the same call by name."""

    @property
    def _http(self) -> httpx.Client:
        return self.api.get_httpx_client()

    def call(self, operation: OperationRef, **params: Any) -> Any:
        """Call any operation by operationId (or generated module); retries what is safe to retry."""
        return run_sync(self._call(operation, params), self._http, self._ctx.clock.sleep)

    def upload(
        self,
        source: Source,
        *,
        link_id: str | None = None,
        bank_name: str | None = None,
        entity_id: str | None = None,
        password: str | None = None,
        identity: bool = False,
    ) -> UploadResult:
        """Upload one statement from a path, bytes, a file object, base64 text or a URL."""
        flow = self._upload(
            source, link_id=link_id, bank_name=bank_name, entity_id=entity_id, password=password, identity=identity
        )
        return run_sync(flow, self._http, self._ctx.clock.sleep)

    def poller(
        self,
        entity_id: str,
        analysis: OperationRef = "transactions",
        *,
        account_id: str | None = None,
        timeout: float = 600.0,
        accept_partial: bool = False,
        backoff: Backoff | None = None,
        on_progress: Callable[[PollStatus], None] | None = None,
    ) -> Poller[Any]:
        """A poller for one analysis call; nothing is sent until ``poll()`` or ``result()``."""
        return Poller(
            self._http,
            self._poll_job(
                entity_id,
                analysis,
                account_id=account_id,
                timeout=timeout,
                accept_partial=accept_partial,
                backoff=backoff,
                on_progress=on_progress,
            ),
        )

    @overload
    def wait(
        self, entity_id: str, analysis: Literal["accounts", "get_accounts"], **options: Unpack[WaitArguments]
    ) -> AccountsResponse: ...

    @overload
    def wait(
        self, entity_id: str, analysis: Literal["identity", "get_identity"], **options: Unpack[WaitArguments]
    ) -> IdentityResponse: ...

    @overload
    def wait(
        self,
        entity_id: str,
        analysis: Literal["transactions", "get_transactions", "lender_transactions", "get_lender_transactions"] = ...,
        **options: Unpack[WaitArguments],
    ) -> TransactionsResponse: ...

    @overload
    def wait(
        self, entity_id: str, analysis: Literal["salary", "get_salary"], **options: Unpack[WaitArguments]
    ) -> SalaryResponse: ...

    @overload
    def wait(
        self,
        entity_id: str,
        analysis: Literal["recurring_transactions", "get_recurring_transactions"],
        **options: Unpack[WaitArguments],
    ) -> RecurringTransactionsResponse: ...

    @overload
    def wait(
        self,
        entity_id: str,
        analysis: Literal["expense_categories", "get_expense_categories"],
        **options: Unpack[WaitArguments],
    ) -> ExpenseCategoriesResponse: ...

    @overload
    def wait(
        self,
        entity_id: str,
        analysis: Literal["top_credits_debits", "get_top_credits_debits"],
        **options: Unpack[WaitArguments],
    ) -> TopCreditsDebitsResponse: ...

    @overload
    def wait(
        self,
        entity_id: str,
        analysis: Literal[
            "monthly_analysis", "get_monthly_analysis", "monthly_analysis_flat", "get_monthly_analysis_flat"
        ],
        **options: Unpack[WaitArguments],
    ) -> MonthlyAnalysisResponse: ...

    @overload
    def wait(
        self, entity_id: str, analysis: Literal["xlsx_report", "get_xlsx_report"], **options: Unpack[WaitArguments]
    ) -> XlsxReportResponse: ...

    @overload
    def wait(
        self, entity_id: str, analysis: Literal["predictors", "get_predictors"], **options: Unpack[WaitArguments]
    ) -> PredictorsResponse: ...

    @overload
    def wait(
        self, entity_id: str, analysis: Literal["score", "get_score"], **options: Unpack[WaitArguments]
    ) -> ScoreResponse: ...

    @overload
    def wait(self, entity_id: str, analysis: OperationRef, **options: Unpack[WaitArguments]) -> Any: ...

    def wait(
        self,
        entity_id: str,
        analysis: OperationRef = "transactions",
        *,
        account_id: str | None = None,
        timeout: float = 600.0,
        accept_partial: bool = False,
        backoff: Backoff | None = None,
        on_progress: Callable[[PollStatus], None] | None = None,
    ) -> Any:
        """Wait until every statement of ``analysis`` is finished and return that call's response (typed by the
        analysis named: ``wait(e, "salary")`` is a ``SalaryResponse``)."""
        poller = self.poller(
            entity_id,
            analysis,
            account_id=account_id,
            timeout=timeout,
            accept_partial=accept_partial,
            backoff=backoff,
            on_progress=on_progress,
        )
        return poller.result()

    def wait_for_session(
        self,
        session_id: str,
        *,
        timeout: float = 600.0,
        accept_partial: bool = False,
        backoff: Backoff | None = None,
        on_progress: Callable[[PollStatus], None] | None = None,
    ) -> SessionProgressReport:
        """Wait until a session's processing is completed (after ``initiate_session_processing``) and return its
        last progress answer. Takes ``wait``'s options but ``account_id`` (progress is per session)."""
        job = self._session_job(
            session_id, timeout=timeout, accept_partial=accept_partial, backoff=backoff, on_progress=on_progress
        )
        return Poller[SessionProgressReport](self._http, job).result()

    def iter_entities(self, link_id: str | None = None) -> Iterator[Entity]:
        """Every entity, page after page, fetched lazily."""
        page: int | None = 1
        while page is not None:
            body = self.list_entities(page=page, link_id=link_id or UNSET)
            yield from body.results
            page = next_page(body, page)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> BankConnect:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncBankConnect(_ClientBase, AsyncCalls):
    """Asynchronous twin of ``BankConnect``; same methods, awaited."""

    @property
    def _http(self) -> httpx.AsyncClient:
        return self.api.get_async_httpx_client()

    async def call(self, operation: OperationRef, **params: Any) -> Any:
        """Call any operation by operationId (or generated module); retries what is safe to retry."""
        return await run_async(self._call(operation, params), self._http, self._ctx.clock.asleep)

    async def upload(
        self,
        source: Source,
        *,
        link_id: str | None = None,
        bank_name: str | None = None,
        entity_id: str | None = None,
        password: str | None = None,
        identity: bool = False,
    ) -> UploadResult:
        """Upload one statement from a path, bytes, a file object, base64 text or a URL."""
        flow = self._upload(
            source, link_id=link_id, bank_name=bank_name, entity_id=entity_id, password=password, identity=identity
        )
        return await run_async(flow, self._http, self._ctx.clock.asleep)

    def poller(
        self,
        entity_id: str,
        analysis: OperationRef = "transactions",
        *,
        account_id: str | None = None,
        timeout: float = 600.0,
        accept_partial: bool = False,
        backoff: Backoff | None = None,
        on_progress: Callable[[PollStatus], None] | None = None,
    ) -> AsyncPoller[Any]:
        """A poller for one analysis call; nothing is sent until ``poll()`` or ``result()``."""
        return AsyncPoller(
            self._http,
            self._poll_job(
                entity_id,
                analysis,
                account_id=account_id,
                timeout=timeout,
                accept_partial=accept_partial,
                backoff=backoff,
                on_progress=on_progress,
            ),
        )

    @overload
    async def wait(
        self, entity_id: str, analysis: Literal["accounts", "get_accounts"], **options: Unpack[WaitArguments]
    ) -> AccountsResponse: ...

    @overload
    async def wait(
        self, entity_id: str, analysis: Literal["identity", "get_identity"], **options: Unpack[WaitArguments]
    ) -> IdentityResponse: ...

    @overload
    async def wait(
        self,
        entity_id: str,
        analysis: Literal["transactions", "get_transactions", "lender_transactions", "get_lender_transactions"] = ...,
        **options: Unpack[WaitArguments],
    ) -> TransactionsResponse: ...

    @overload
    async def wait(
        self, entity_id: str, analysis: Literal["salary", "get_salary"], **options: Unpack[WaitArguments]
    ) -> SalaryResponse: ...

    @overload
    async def wait(
        self,
        entity_id: str,
        analysis: Literal["recurring_transactions", "get_recurring_transactions"],
        **options: Unpack[WaitArguments],
    ) -> RecurringTransactionsResponse: ...

    @overload
    async def wait(
        self,
        entity_id: str,
        analysis: Literal["expense_categories", "get_expense_categories"],
        **options: Unpack[WaitArguments],
    ) -> ExpenseCategoriesResponse: ...

    @overload
    async def wait(
        self,
        entity_id: str,
        analysis: Literal["top_credits_debits", "get_top_credits_debits"],
        **options: Unpack[WaitArguments],
    ) -> TopCreditsDebitsResponse: ...

    @overload
    async def wait(
        self,
        entity_id: str,
        analysis: Literal[
            "monthly_analysis", "get_monthly_analysis", "monthly_analysis_flat", "get_monthly_analysis_flat"
        ],
        **options: Unpack[WaitArguments],
    ) -> MonthlyAnalysisResponse: ...

    @overload
    async def wait(
        self, entity_id: str, analysis: Literal["xlsx_report", "get_xlsx_report"], **options: Unpack[WaitArguments]
    ) -> XlsxReportResponse: ...

    @overload
    async def wait(
        self, entity_id: str, analysis: Literal["predictors", "get_predictors"], **options: Unpack[WaitArguments]
    ) -> PredictorsResponse: ...

    @overload
    async def wait(
        self, entity_id: str, analysis: Literal["score", "get_score"], **options: Unpack[WaitArguments]
    ) -> ScoreResponse: ...

    @overload
    async def wait(self, entity_id: str, analysis: OperationRef, **options: Unpack[WaitArguments]) -> Any: ...

    async def wait(
        self,
        entity_id: str,
        analysis: OperationRef = "transactions",
        *,
        account_id: str | None = None,
        timeout: float = 600.0,
        accept_partial: bool = False,
        backoff: Backoff | None = None,
        on_progress: Callable[[PollStatus], None] | None = None,
    ) -> Any:
        """Wait until every statement of ``analysis`` is finished and return that call's response (typed by the
        analysis named: ``wait(e, "salary")`` is a ``SalaryResponse``)."""
        poller = self.poller(
            entity_id,
            analysis,
            account_id=account_id,
            timeout=timeout,
            accept_partial=accept_partial,
            backoff=backoff,
            on_progress=on_progress,
        )
        return await poller.result()

    async def wait_for_session(
        self,
        session_id: str,
        *,
        timeout: float = 600.0,
        accept_partial: bool = False,
        backoff: Backoff | None = None,
        on_progress: Callable[[PollStatus], None] | None = None,
    ) -> SessionProgressReport:
        """Wait until a session's processing is completed and return its last progress answer (see the sync one)."""
        job = self._session_job(
            session_id, timeout=timeout, accept_partial=accept_partial, backoff=backoff, on_progress=on_progress
        )
        return await AsyncPoller[SessionProgressReport](self._http, job).result()

    async def iter_entities(self, link_id: str | None = None) -> AsyncIterator[Entity]:
        """Every entity, page after page, fetched lazily."""
        page: int | None = 1
        while page is not None:
            body = await self.list_entities(page=page, link_id=link_id or UNSET)
            for entity in body.results:
                yield entity
            page = next_page(body, page)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncBankConnect:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
