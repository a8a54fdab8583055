"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_category import AccountCategory
from .account_category_or_null import AccountCategoryOrNull
from .account_monthly_analysis import AccountMonthlyAnalysis
from .account_predictors import AccountPredictors
from .account_score import AccountScore
from .accounts_response import AccountsResponse
from .analysis_base import AnalysisBase
from .bank_health import BankHealth
from .bank_identifier import BankIdentifier
from .bank_name_field import BankNameField
from .bankless_base_64_multipart_upload_form import BanklessBase64MultipartUploadForm
from .bankless_base_64_upload_form import BanklessBase64UploadForm
from .bankless_multipart_upload_form import BanklessMultipartUploadForm
from .bankless_url_upload_form import BanklessUrlUploadForm
from .create_entity_form import CreateEntityForm
from .date_range import DateRange
from .entity import Entity
from .entity_created import EntityCreated
from .entity_page import EntityPage
from .error_detail import ErrorDetail
from .expense_categories_response import ExpenseCategoriesResponse
from .expense_category import ExpenseCategory
from .field_errors import FieldErrors
from .fraud import Fraud
from .fraud_record import FraudRecord
from .identity import Identity
from .identity_metadata_analysis import IdentityMetadataAnalysis
from .identity_metadata_analysis_name_matches_item import (
    IdentityMetadataAnalysisNameMatchesItem,
)
from .identity_response import IdentityResponse
from .merchant_category import MerchantCategory
from .missing_period import MissingPeriod
from .month_values import MonthValues
from .monthly_analysis import MonthlyAnalysis
from .monthly_analysis_by_account import MonthlyAnalysisByAccount
from .monthly_analysis_by_account_account_id_item import (
    MonthlyAnalysisByAccountAccountIdItem,
)
from .monthly_analysis_response import MonthlyAnalysisResponse
from .note_amounts import NoteAmounts
from .pdf_base_64_field import PdfBase64Field
from .pdf_file_or_url_fields import PdfFileOrUrlFields
from .pdf_url_field import PdfUrlField
from .predictor_values import PredictorValues
from .predictors_response import PredictorsResponse
from .progress_entry import ProgressEntry
from .progress_status import ProgressStatus
from .recurring_set import RecurringSet
from .recurring_transaction_channel import RecurringTransactionChannel
from .recurring_transactions import RecurringTransactions
from .recurring_transactions_response import RecurringTransactionsResponse
from .salary_response import SalaryResponse
from .salary_transaction import SalaryTransaction
from .score_response import ScoreResponse
from .statement_base_64_multipart_upload_form import StatementBase64MultipartUploadForm
from .statement_base_64_upload_form import StatementBase64UploadForm
from .statement_multipart_upload_form import StatementMultipartUploadForm
from .statement_pdf import StatementPdf
from .statement_pdf_list import StatementPdfList
from .statement_source import StatementSource
from .statement_url_upload_form import StatementUrlUploadForm
from .top_by_month import TopByMonth
from .top_credits_debits import TopCreditsDebits
from .top_credits_debits_response import TopCreditsDebitsResponse
from .transaction import Transaction
from .transaction_channel import TransactionChannel
from .transaction_description import TransactionDescription
from .transaction_type import TransactionType
from .transactions_response import TransactionsResponse
from .upload_error import UploadError
from .upload_fields import UploadFields
from .upload_result import UploadResult
from .upload_result_status import UploadResultStatus
from .upload_status_code import UploadStatusCode
from .webhook_payload import WebhookPayload
from .webhook_payload_list import WebhookPayloadList
from .webhook_payload_progress import WebhookPayloadProgress
from .webhook_payload_record import WebhookPayloadRecord
from .webhook_settings import WebhookSettings
from .webhook_settings_webhook_mode import WebhookSettingsWebhookMode
from .xlsx_report import XlsxReport
from .xlsx_report_response import XlsxReportResponse

__all__ = (
    "Account",
    "AccountCategory",
    "AccountCategoryOrNull",
    "AccountMonthlyAnalysis",
    "AccountPredictors",
    "AccountScore",
    "AccountsResponse",
    "AnalysisBase",
    "BankHealth",
    "BankIdentifier",
    "BankNameField",
    "BanklessBase64MultipartUploadForm",
    "BanklessBase64UploadForm",
    "BanklessMultipartUploadForm",
    "BanklessUrlUploadForm",
    "CreateEntityForm",
    "DateRange",
    "Entity",
    "EntityCreated",
    "EntityPage",
    "ErrorDetail",
    "ExpenseCategoriesResponse",
    "ExpenseCategory",
    "FieldErrors",
    "Fraud",
    "FraudRecord",
    "Identity",
    "IdentityMetadataAnalysis",
    "IdentityMetadataAnalysisNameMatchesItem",
    "IdentityResponse",
    "MerchantCategory",
    "MissingPeriod",
    "MonthValues",
    "MonthlyAnalysis",
    "MonthlyAnalysisByAccount",
    "MonthlyAnalysisByAccountAccountIdItem",
    "MonthlyAnalysisResponse",
    "NoteAmounts",
    "PdfBase64Field",
    "PdfFileOrUrlFields",
    "PdfUrlField",
    "PredictorValues",
    "PredictorsResponse",
    "ProgressEntry",
    "ProgressStatus",
    "RecurringSet",
    "RecurringTransactionChannel",
    "RecurringTransactions",
    "RecurringTransactionsResponse",
    "SalaryResponse",
    "SalaryTransaction",
    "ScoreResponse",
    "StatementBase64MultipartUploadForm",
    "StatementBase64UploadForm",
    "StatementMultipartUploadForm",
    "StatementPdf",
    "StatementPdfList",
    "StatementSource",
    "StatementUrlUploadForm",
    "TopByMonth",
    "TopCreditsDebits",
    "TopCreditsDebitsResponse",
    "Transaction",
    "TransactionChannel",
    "TransactionDescription",
    "TransactionType",
    "TransactionsResponse",
    "UploadError",
    "UploadFields",
    "UploadResult",
    "UploadResultStatus",
    "UploadStatusCode",
    "WebhookPayload",
    "WebhookPayloadList",
    "WebhookPayloadProgress",
    "WebhookPayloadRecord",
    "WebhookSettings",
    "WebhookSettingsWebhookMode",
    "XlsxReport",
    "XlsxReportResponse",
)
