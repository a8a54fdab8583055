"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_category import AccountCategory
from .account_category_or_null import AccountCategoryOrNull
from .account_monthly_analysis import AccountMonthlyAnalysis
from .account_predictors import AccountPredictors
from .account_score import AccountScore
from .accounts_response import AccountsResponse
from .analysis_base import AnalysisBase
from .bank_catalogue import BankCatalogue
from .bank_health import BankHealth
from .bank_identifier import BankIdentifier
from .bank_name_field import BankNameField
from .bankless_base_64_multipart_upload_form import BanklessBase64MultipartUploadForm
from .bankless_base_64_upload_form import BanklessBase64UploadForm
from .bankless_multipart_upload_form import BanklessMultipartUploadForm
from .bankless_url_upload_form import BanklessUrlUploadForm
from .catalogue_bank import CatalogueBank
from .create_entity_form import CreateEntityForm
from .create_session_request import CreateSessionRequest
from .create_session_request_aa_journey_mode import CreateSessionRequestAaJourneyMode
from .create_session_v2_request import CreateSessionV2Request
from .create_session_v2_request_aa_journey_code import (
    CreateSessionV2RequestAaJourneyCode,
)
from .create_session_v2_request_consents import CreateSessionV2RequestConsents
from .date_range import DateRange
from .entity import Entity
from .entity_created import EntityCreated
from .entity_page import EntityPage
from .error_detail import ErrorDetail
from .expense_categories_response import ExpenseCategoriesResponse
from .expense_category import ExpenseCategory
from .field_by_month import FieldByMonth
from .field_by_month_additional_property import FieldByMonthAdditionalProperty
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
from .session_account_data import SessionAccountData
from .session_account_data_bounced_or_penal_transactions_item import (
    SessionAccountDataBouncedOrPenalTransactionsItem,
)
from .session_account_data_eod_balances import SessionAccountDataEodBalances
from .session_account_data_expense_categories_item import (
    SessionAccountDataExpenseCategoriesItem,
)
from .session_account_data_fraud_details import SessionAccountDataFraudDetails
from .session_account_data_fraud_details_account_item import (
    SessionAccountDataFraudDetailsAccountItem,
)
from .session_account_data_fraud_details_statement_item import (
    SessionAccountDataFraudDetailsStatementItem,
)
from .session_account_data_fraud_item import SessionAccountDataFraudItem
from .session_account_data_predictors import SessionAccountDataPredictors
from .session_account_data_recurring_transactions import (
    SessionAccountDataRecurringTransactions,
)
from .session_account_data_recurring_transactions_credit_transactions_item import (
    SessionAccountDataRecurringTransactionsCreditTransactionsItem,
)
from .session_account_data_recurring_transactions_debit_transactions_item import (
    SessionAccountDataRecurringTransactionsDebitTransactionsItem,
)
from .session_account_data_statement_stats_item import (
    SessionAccountDataStatementStatsItem,
)
from .session_account_data_top_credits_debits_item import (
    SessionAccountDataTopCreditsDebitsItem,
)
from .session_account_data_top_credits_debits_item_data_item import (
    SessionAccountDataTopCreditsDebitsItemDataItem,
)
from .session_account_data_top_credits_debits_item_data_item_data_item import (
    SessionAccountDataTopCreditsDebitsItemDataItemDataItem,
)
from .session_account_data_top_credits_debits_item_type import (
    SessionAccountDataTopCreditsDebitsItemType,
)
from .session_account_details import SessionAccountDetails
from .session_account_details_missing_data_item import (
    SessionAccountDetailsMissingDataItem,
)
from .session_account_insights import SessionAccountInsights
from .session_account_state import SessionAccountState
from .session_account_state_account_status import SessionAccountStateAccountStatus
from .session_account_state_missing_data_item import SessionAccountStateMissingDataItem
from .session_consent import SessionConsent
from .session_create_fields import SessionCreateFields
from .session_create_fields_journey_mode import SessionCreateFieldsJourneyMode
from .session_create_fields_mode import SessionCreateFieldsMode
from .session_created import SessionCreated
from .session_date_range import SessionDateRange
from .session_error import SessionError
from .session_error_body import SessionErrorBody
from .session_error_code import SessionErrorCode
from .session_flat_transaction import SessionFlatTransaction
from .session_insights import SessionInsights
from .session_iso_date_range import SessionIsoDateRange
from .session_message import SessionMessage
from .session_metadata import SessionMetadata
from .session_pdf import SessionPdf
from .session_pdf_list import SessionPdfList
from .session_processing_started import SessionProcessingStarted
from .session_progress_report import SessionProgressReport
from .session_progress_report_session_progress import (
    SessionProgressReportSessionProgress,
)
from .session_salary_transaction import SessionSalaryTransaction
from .session_statement_progress import SessionStatementProgress
from .session_statement_state import SessionStatementState
from .session_statement_state_statement_status import (
    SessionStatementStateStatementStatus,
)
from .session_status import SessionStatus
from .session_step_status_type_1 import SessionStepStatusType1
from .session_step_status_type_2_type_1 import SessionStepStatusType2Type1
from .session_step_status_type_3_type_1 import SessionStepStatusType3Type1
from .session_transaction import SessionTransaction
from .session_transaction_metadata import SessionTransactionMetadata
from .session_upload_error import SessionUploadError
from .session_upload_form import SessionUploadForm
from .session_upload_form_upload_type import SessionUploadFormUploadType
from .session_upload_result import SessionUploadResult
from .session_upload_status import SessionUploadStatus
from .session_upload_status_error import SessionUploadStatusError
from .session_webhook_event import SessionWebhookEvent
from .session_webhook_event_event_name import SessionWebhookEventEventName
from .session_webhook_settings import SessionWebhookSettings
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
from .upload_status_value import UploadStatusValue
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
    "BankCatalogue",
    "BankHealth",
    "BankIdentifier",
    "BankNameField",
    "BanklessBase64MultipartUploadForm",
    "BanklessBase64UploadForm",
    "BanklessMultipartUploadForm",
    "BanklessUrlUploadForm",
    "CatalogueBank",
    "CreateEntityForm",
    "CreateSessionRequest",
    "CreateSessionRequestAaJourneyMode",
    "CreateSessionV2Request",
    "CreateSessionV2RequestAaJourneyCode",
    "CreateSessionV2RequestConsents",
    "DateRange",
    "Entity",
    "EntityCreated",
    "EntityPage",
    "ErrorDetail",
    "ExpenseCategoriesResponse",
    "ExpenseCategory",
    "FieldByMonth",
    "FieldByMonthAdditionalProperty",
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
    "SessionAccountData",
    "SessionAccountDataBouncedOrPenalTransactionsItem",
    "SessionAccountDataEodBalances",
    "SessionAccountDataExpenseCategoriesItem",
    "SessionAccountDataFraudDetails",
    "SessionAccountDataFraudDetailsAccountItem",
    "SessionAccountDataFraudDetailsStatementItem",
    "SessionAccountDataFraudItem",
    "SessionAccountDataPredictors",
    "SessionAccountDataRecurringTransactions",
    "SessionAccountDataRecurringTransactionsCreditTransactionsItem",
    "SessionAccountDataRecurringTransactionsDebitTransactionsItem",
    "SessionAccountDataStatementStatsItem",
    "SessionAccountDataTopCreditsDebitsItem",
    "SessionAccountDataTopCreditsDebitsItemDataItem",
    "SessionAccountDataTopCreditsDebitsItemDataItemDataItem",
    "SessionAccountDataTopCreditsDebitsItemType",
    "SessionAccountDetails",
    "SessionAccountDetailsMissingDataItem",
    "SessionAccountInsights",
    "SessionAccountState",
    "SessionAccountStateAccountStatus",
    "SessionAccountStateMissingDataItem",
    "SessionConsent",
    "SessionCreateFields",
    "SessionCreateFieldsJourneyMode",
    "SessionCreateFieldsMode",
    "SessionCreated",
    "SessionDateRange",
    "SessionError",
    "SessionErrorBody",
    "SessionErrorCode",
    "SessionFlatTransaction",
    "SessionInsights",
    "SessionIsoDateRange",
    "SessionMessage",
    "SessionMetadata",
    "SessionPdf",
    "SessionPdfList",
    "SessionProcessingStarted",
    "SessionProgressReport",
    "SessionProgressReportSessionProgress",
    "SessionSalaryTransaction",
    "SessionStatementProgress",
    "SessionStatementState",
    "SessionStatementStateStatementStatus",
    "SessionStatus",
    "SessionStepStatusType1",
    "SessionStepStatusType2Type1",
    "SessionStepStatusType3Type1",
    "SessionTransaction",
    "SessionTransactionMetadata",
    "SessionUploadError",
    "SessionUploadForm",
    "SessionUploadFormUploadType",
    "SessionUploadResult",
    "SessionUploadStatus",
    "SessionUploadStatusError",
    "SessionWebhookEvent",
    "SessionWebhookEventEventName",
    "SessionWebhookSettings",
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
    "UploadStatusValue",
    "WebhookPayload",
    "WebhookPayloadList",
    "WebhookPayloadProgress",
    "WebhookPayloadRecord",
    "WebhookSettings",
    "WebhookSettingsWebhookMode",
    "XlsxReport",
    "XlsxReportResponse",
)
