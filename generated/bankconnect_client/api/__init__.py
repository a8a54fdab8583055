"""Contains methods for accessing the API, and every operation as a typed method (``Calls``, ``AsyncCalls``),
which ``bankconnect.BankConnect`` and ``bankconnect.AsyncBankConnect`` inherit."""

from collections.abc import Awaitable, Callable
from typing import Any, cast

from ..models.accounts_response import AccountsResponse
from ..models.bank_health import BankHealth
from ..models.bankless_base_64_multipart_upload_form import (
    BanklessBase64MultipartUploadForm,
)
from ..models.bankless_base_64_upload_form import BanklessBase64UploadForm
from ..models.bankless_multipart_upload_form import BanklessMultipartUploadForm
from ..models.bankless_url_upload_form import BanklessUrlUploadForm
from ..models.create_entity_form import CreateEntityForm
from ..models.entity import Entity
from ..models.entity_created import EntityCreated
from ..models.entity_page import EntityPage
from ..models.error_detail import ErrorDetail
from ..models.expense_categories_response import ExpenseCategoriesResponse
from ..models.field_errors import FieldErrors
from ..models.identity_response import IdentityResponse
from ..models.monthly_analysis_response import MonthlyAnalysisResponse
from ..models.predictors_response import PredictorsResponse
from ..models.recurring_transactions_response import RecurringTransactionsResponse
from ..models.salary_response import SalaryResponse
from ..models.score_response import ScoreResponse
from ..models.statement_base_64_multipart_upload_form import (
    StatementBase64MultipartUploadForm,
)
from ..models.statement_base_64_upload_form import StatementBase64UploadForm
from ..models.statement_multipart_upload_form import StatementMultipartUploadForm
from ..models.statement_pdf_list import StatementPdfList
from ..models.statement_url_upload_form import StatementUrlUploadForm
from ..models.top_credits_debits_response import TopCreditsDebitsResponse
from ..models.transactions_response import TransactionsResponse
from ..models.upload_error import UploadError
from ..models.upload_result import UploadResult
from ..models.webhook_payload_list import WebhookPayloadList
from ..models.webhook_settings import WebhookSettings
from ..models.xlsx_report_response import XlsxReportResponse
from ..types import UNSET, File, Unset


class Calls:
    """Every operation as a typed method (sync). The answer is the parsed success body; errors are typed."""

    call: Callable[..., Any]

    def get_net_banking_health(
        self,
    ) -> list[BankHealth]:
        """Net-banking health per bank"""
        return cast(
            "list[BankHealth]",
            self.call(
                "get_net_banking_health",
            ),
        )

    def list_entities(
        self,
        *,
        page: int | Unset = 1,
        link_id: str | Unset = UNSET,
    ) -> EntityPage:
        """List entities"""
        return cast(
            "EntityPage",
            self.call(
                "list_entities",
                page=page,
                link_id=link_id,
            ),
        )

    def create_entity(
        self,
        *,
        body: CreateEntityForm | Unset = UNSET,
    ) -> EntityCreated:
        """Create an entity"""
        return cast(
            "EntityCreated",
            self.call(
                "create_entity",
                body=body,
            ),
        )

    def get_entity(
        self,
        entity_id: str,
    ) -> Entity:
        """Get an entity"""
        return cast(
            "Entity",
            self.call(
                "get_entity",
                entity_id=entity_id,
            ),
        )

    def get_pdfs(
        self,
        entity_id: str,
    ) -> StatementPdfList:
        """Statement PDFs of an entity"""
        return cast(
            "StatementPdfList",
            self.call(
                "get_pdfs",
                entity_id=entity_id,
            ),
        )

    def list_webhook_payloads(
        self,
        *,
        link_id: str,
    ) -> WebhookPayloadList:
        """Stored webhook payloads"""
        return cast(
            "WebhookPayloadList",
            self.call(
                "list_webhook_payloads",
                link_id=link_id,
            ),
        )

    def update_webhook(
        self,
        *,
        body: WebhookSettings,
    ) -> WebhookSettings:
        """Set the webhook"""
        return cast(
            "WebhookSettings",
            self.call(
                "update_webhook",
                body=body,
            ),
        )

    def get_accounts(
        self,
        entity_id: str,
    ) -> AccountsResponse:
        """Accounts of an entity"""
        return cast(
            "AccountsResponse",
            self.call(
                "get_accounts",
                entity_id=entity_id,
            ),
        )

    def get_identity(
        self,
        entity_id: str,
    ) -> IdentityResponse:
        """Identity of an entity"""
        return cast(
            "IdentityResponse",
            self.call(
                "get_identity",
                entity_id=entity_id,
            ),
        )

    def get_transactions(
        self,
        entity_id: str,
        *,
        account_id: str | Unset = UNSET,
    ) -> TransactionsResponse:
        """Transactions of an entity"""
        return cast(
            "TransactionsResponse",
            self.call(
                "get_transactions",
                entity_id=entity_id,
                account_id=account_id,
            ),
        )

    def get_salary(
        self,
        entity_id: str,
        *,
        account_id: str | Unset = UNSET,
    ) -> SalaryResponse:
        """Salary transactions of an entity"""
        return cast(
            "SalaryResponse",
            self.call(
                "get_salary",
                entity_id=entity_id,
                account_id=account_id,
            ),
        )

    def get_recurring_transactions(
        self,
        entity_id: str,
        *,
        account_id: str | Unset = UNSET,
    ) -> RecurringTransactionsResponse:
        """Recurring transactions of an entity"""
        return cast(
            "RecurringTransactionsResponse",
            self.call(
                "get_recurring_transactions",
                entity_id=entity_id,
                account_id=account_id,
            ),
        )

    def get_lender_transactions(
        self,
        entity_id: str,
        *,
        account_id: str | Unset = UNSET,
    ) -> TransactionsResponse:
        """Lender transactions of an entity"""
        return cast(
            "TransactionsResponse",
            self.call(
                "get_lender_transactions",
                entity_id=entity_id,
                account_id=account_id,
            ),
        )

    def get_expense_categories(
        self,
        entity_id: str,
        *,
        account_id: str | Unset = UNSET,
    ) -> ExpenseCategoriesResponse:
        """Expense categories of an entity"""
        return cast(
            "ExpenseCategoriesResponse",
            self.call(
                "get_expense_categories",
                entity_id=entity_id,
                account_id=account_id,
            ),
        )

    def get_top_credits_debits(
        self,
        entity_id: str,
    ) -> TopCreditsDebitsResponse:
        """Top credits and debits per month"""
        return cast(
            "TopCreditsDebitsResponse",
            self.call(
                "get_top_credits_debits",
                entity_id=entity_id,
            ),
        )

    def get_monthly_analysis_flat(
        self,
        entity_id: str,
    ) -> MonthlyAnalysisResponse:
        """Monthly analysis of an entity, older path (deprecated)"""
        return cast(
            "MonthlyAnalysisResponse",
            self.call(
                "get_monthly_analysis_flat",
                entity_id=entity_id,
            ),
        )

    def get_monthly_analysis(
        self,
        entity_id: str,
    ) -> MonthlyAnalysisResponse:
        """Monthly analysis of an entity"""
        return cast(
            "MonthlyAnalysisResponse",
            self.call(
                "get_monthly_analysis",
                entity_id=entity_id,
            ),
        )

    def get_xlsx_report(
        self,
        entity_id: str,
    ) -> XlsxReportResponse:
        """Excel report links of an entity"""
        return cast(
            "XlsxReportResponse",
            self.call(
                "get_xlsx_report",
                entity_id=entity_id,
            ),
        )

    def get_predictors(
        self,
        entity_id: str,
    ) -> PredictorsResponse:
        """Predictors of an entity (beta)"""
        return cast(
            "PredictorsResponse",
            self.call(
                "get_predictors",
                entity_id=entity_id,
            ),
        )

    def get_score(
        self,
        entity_id: str,
    ) -> ScoreResponse:
        """BankConnect score of an entity"""
        return cast(
            "ScoreResponse",
            self.call(
                "get_score",
                entity_id=entity_id,
            ),
        )

    def upload_statement(
        self,
        *,
        body: StatementMultipartUploadForm | StatementUrlUploadForm | Unset = UNSET,
        identity: bool | Unset = False,
    ) -> UploadResult:
        """Upload a statement (bank known)"""
        return cast(
            "UploadResult",
            self.call(
                "upload_statement",
                body=body,
                identity=identity,
            ),
        )

    def upload_statement_bankless(
        self,
        *,
        body: BanklessMultipartUploadForm | BanklessUrlUploadForm | Unset = UNSET,
        identity: bool | Unset = False,
    ) -> UploadResult:
        """Upload a statement (bank detected, beta)"""
        return cast(
            "UploadResult",
            self.call(
                "upload_statement_bankless",
                body=body,
                identity=identity,
            ),
        )

    def upload_statement_base64(
        self,
        *,
        body: StatementBase64UploadForm
        | StatementBase64MultipartUploadForm
        | Unset = UNSET,
        identity: bool | Unset = False,
    ) -> UploadResult:
        """Upload a base64 statement (bank known)"""
        return cast(
            "UploadResult",
            self.call(
                "upload_statement_base64",
                body=body,
                identity=identity,
            ),
        )

    def upload_statement_bankless_base64(
        self,
        *,
        body: BanklessBase64UploadForm
        | BanklessBase64MultipartUploadForm
        | Unset = UNSET,
        identity: bool | Unset = False,
    ) -> UploadResult:
        """Upload a base64 statement (bank detected, beta)"""
        return cast(
            "UploadResult",
            self.call(
                "upload_statement_bankless_base64",
                body=body,
                identity=identity,
            ),
        )


class AsyncCalls:
    """Every operation as a typed method (async). The answer is the parsed success body; errors are typed."""

    call: Callable[..., Awaitable[Any]]

    async def get_net_banking_health(
        self,
    ) -> list[BankHealth]:
        """Net-banking health per bank"""
        return cast(
            "list[BankHealth]",
            await self.call(
                "get_net_banking_health",
            ),
        )

    async def list_entities(
        self,
        *,
        page: int | Unset = 1,
        link_id: str | Unset = UNSET,
    ) -> EntityPage:
        """List entities"""
        return cast(
            "EntityPage",
            await self.call(
                "list_entities",
                page=page,
                link_id=link_id,
            ),
        )

    async def create_entity(
        self,
        *,
        body: CreateEntityForm | Unset = UNSET,
    ) -> EntityCreated:
        """Create an entity"""
        return cast(
            "EntityCreated",
            await self.call(
                "create_entity",
                body=body,
            ),
        )

    async def get_entity(
        self,
        entity_id: str,
    ) -> Entity:
        """Get an entity"""
        return cast(
            "Entity",
            await self.call(
                "get_entity",
                entity_id=entity_id,
            ),
        )

    async def get_pdfs(
        self,
        entity_id: str,
    ) -> StatementPdfList:
        """Statement PDFs of an entity"""
        return cast(
            "StatementPdfList",
            await self.call(
                "get_pdfs",
                entity_id=entity_id,
            ),
        )

    async def list_webhook_payloads(
        self,
        *,
        link_id: str,
    ) -> WebhookPayloadList:
        """Stored webhook payloads"""
        return cast(
            "WebhookPayloadList",
            await self.call(
                "list_webhook_payloads",
                link_id=link_id,
            ),
        )

    async def update_webhook(
        self,
        *,
        body: WebhookSettings,
    ) -> WebhookSettings:
        """Set the webhook"""
        return cast(
            "WebhookSettings",
            await self.call(
                "update_webhook",
                body=body,
            ),
        )

    async def get_accounts(
        self,
        entity_id: str,
    ) -> AccountsResponse:
        """Accounts of an entity"""
        return cast(
            "AccountsResponse",
            await self.call(
                "get_accounts",
                entity_id=entity_id,
            ),
        )

    async def get_identity(
        self,
        entity_id: str,
    ) -> IdentityResponse:
        """Identity of an entity"""
        return cast(
            "IdentityResponse",
            await self.call(
                "get_identity",
                entity_id=entity_id,
            ),
        )

    async def get_transactions(
        self,
        entity_id: str,
        *,
        account_id: str | Unset = UNSET,
    ) -> TransactionsResponse:
        """Transactions of an entity"""
        return cast(
            "TransactionsResponse",
            await self.call(
                "get_transactions",
                entity_id=entity_id,
                account_id=account_id,
            ),
        )

    async def get_salary(
        self,
        entity_id: str,
        *,
        account_id: str | Unset = UNSET,
    ) -> SalaryResponse:
        """Salary transactions of an entity"""
        return cast(
            "SalaryResponse",
            await self.call(
                "get_salary",
                entity_id=entity_id,
                account_id=account_id,
            ),
        )

    async def get_recurring_transactions(
        self,
        entity_id: str,
        *,
        account_id: str | Unset = UNSET,
    ) -> RecurringTransactionsResponse:
        """Recurring transactions of an entity"""
        return cast(
            "RecurringTransactionsResponse",
            await self.call(
                "get_recurring_transactions",
                entity_id=entity_id,
                account_id=account_id,
            ),
        )

    async def get_lender_transactions(
        self,
        entity_id: str,
        *,
        account_id: str | Unset = UNSET,
    ) -> TransactionsResponse:
        """Lender transactions of an entity"""
        return cast(
            "TransactionsResponse",
            await self.call(
                "get_lender_transactions",
                entity_id=entity_id,
                account_id=account_id,
            ),
        )

    async def get_expense_categories(
        self,
        entity_id: str,
        *,
        account_id: str | Unset = UNSET,
    ) -> ExpenseCategoriesResponse:
        """Expense categories of an entity"""
        return cast(
            "ExpenseCategoriesResponse",
            await self.call(
                "get_expense_categories",
                entity_id=entity_id,
                account_id=account_id,
            ),
        )

    async def get_top_credits_debits(
        self,
        entity_id: str,
    ) -> TopCreditsDebitsResponse:
        """Top credits and debits per month"""
        return cast(
            "TopCreditsDebitsResponse",
            await self.call(
                "get_top_credits_debits",
                entity_id=entity_id,
            ),
        )

    async def get_monthly_analysis_flat(
        self,
        entity_id: str,
    ) -> MonthlyAnalysisResponse:
        """Monthly analysis of an entity, older path (deprecated)"""
        return cast(
            "MonthlyAnalysisResponse",
            await self.call(
                "get_monthly_analysis_flat",
                entity_id=entity_id,
            ),
        )

    async def get_monthly_analysis(
        self,
        entity_id: str,
    ) -> MonthlyAnalysisResponse:
        """Monthly analysis of an entity"""
        return cast(
            "MonthlyAnalysisResponse",
            await self.call(
                "get_monthly_analysis",
                entity_id=entity_id,
            ),
        )

    async def get_xlsx_report(
        self,
        entity_id: str,
    ) -> XlsxReportResponse:
        """Excel report links of an entity"""
        return cast(
            "XlsxReportResponse",
            await self.call(
                "get_xlsx_report",
                entity_id=entity_id,
            ),
        )

    async def get_predictors(
        self,
        entity_id: str,
    ) -> PredictorsResponse:
        """Predictors of an entity (beta)"""
        return cast(
            "PredictorsResponse",
            await self.call(
                "get_predictors",
                entity_id=entity_id,
            ),
        )

    async def get_score(
        self,
        entity_id: str,
    ) -> ScoreResponse:
        """BankConnect score of an entity"""
        return cast(
            "ScoreResponse",
            await self.call(
                "get_score",
                entity_id=entity_id,
            ),
        )

    async def upload_statement(
        self,
        *,
        body: StatementMultipartUploadForm | StatementUrlUploadForm | Unset = UNSET,
        identity: bool | Unset = False,
    ) -> UploadResult:
        """Upload a statement (bank known)"""
        return cast(
            "UploadResult",
            await self.call(
                "upload_statement",
                body=body,
                identity=identity,
            ),
        )

    async def upload_statement_bankless(
        self,
        *,
        body: BanklessMultipartUploadForm | BanklessUrlUploadForm | Unset = UNSET,
        identity: bool | Unset = False,
    ) -> UploadResult:
        """Upload a statement (bank detected, beta)"""
        return cast(
            "UploadResult",
            await self.call(
                "upload_statement_bankless",
                body=body,
                identity=identity,
            ),
        )

    async def upload_statement_base64(
        self,
        *,
        body: StatementBase64UploadForm
        | StatementBase64MultipartUploadForm
        | Unset = UNSET,
        identity: bool | Unset = False,
    ) -> UploadResult:
        """Upload a base64 statement (bank known)"""
        return cast(
            "UploadResult",
            await self.call(
                "upload_statement_base64",
                body=body,
                identity=identity,
            ),
        )

    async def upload_statement_bankless_base64(
        self,
        *,
        body: BanklessBase64UploadForm
        | BanklessBase64MultipartUploadForm
        | Unset = UNSET,
        identity: bool | Unset = False,
    ) -> UploadResult:
        """Upload a base64 statement (bank detected, beta)"""
        return cast(
            "UploadResult",
            await self.call(
                "upload_statement_bankless_base64",
                body=body,
                identity=identity,
            ),
        )


__all__ = ["UNSET", "AsyncCalls", "Calls", "File", "Unset"]
