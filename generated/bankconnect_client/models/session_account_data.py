from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    NoneType,
    Union,
    Unset,
    WrongType,
    first_wrong,
    first_wrong_item,
    parse_json,
    wire_struct,
    wire_type_of,
)

if TYPE_CHECKING:
    from ..models.field_by_month import FieldByMonth
    from ..models.session_account_data_bounced_or_penal_transactions_item import (
        SessionAccountDataBouncedOrPenalTransactionsItem,
    )
    from ..models.session_account_data_eod_balances import SessionAccountDataEodBalances
    from ..models.session_account_data_expense_categories_item import (
        SessionAccountDataExpenseCategoriesItem,
    )
    from ..models.session_account_data_fraud_details import (
        SessionAccountDataFraudDetails,
    )
    from ..models.session_account_data_fraud_item import SessionAccountDataFraudItem
    from ..models.session_account_data_predictors import SessionAccountDataPredictors
    from ..models.session_account_data_recurring_transactions import (
        SessionAccountDataRecurringTransactions,
    )
    from ..models.session_account_data_statement_stats_item import (
        SessionAccountDataStatementStatsItem,
    )
    from ..models.session_account_data_top_credits_debits_item import (
        SessionAccountDataTopCreditsDebitsItem,
    )
    from ..models.session_account_details import SessionAccountDetails
    from ..models.session_flat_transaction import SessionFlatTransaction
    from ..models.session_salary_transaction import SessionSalaryTransaction
    from ..models.session_transaction import SessionTransaction


T = TypeVar("T", bound="SessionAccountData")


@_attrs_define
class SessionAccountData:
    """The insights of one account. Parts whose shape the pages do not fix are open.

    Attributes:
        account_details (SessionAccountDetails | Unset): What was read about an account.
        fraud (list[SessionAccountDataFraudItem] | Unset): Fraud found (shape differs between page versions).
        fraud_details (SessionAccountDataFraudDetails | Unset): Fraud by statement and by account.
        transactions (list[SessionTransaction] | Unset): Every transaction.
        salary_transactions (list[SessionSalaryTransaction] | Unset): Salary credits, with `employer_name` and
            `salary_month`.
        recurring_transactions (SessionAccountDataRecurringTransactions | Unset): Recurring debits and credits.
        lender_transactions (list[SessionFlatTransaction] | Unset): Transactions with lenders.
        top_credits_debits (list[SessionAccountDataTopCreditsDebitsItem] | Unset): The five largest credits and debits
            by month.
        statement_stats (list[SessionAccountDataStatementStatsItem] | Unset): Per statement counts.
        expense_categories (list[SessionAccountDataExpenseCategoriesItem] | Unset): Spending by category, as a
            percentage.
        self_and_sister_transactions (list[SessionFlatTransaction] | Unset): Transfers between the borrower's own
            accounts.
        bounced_or_penal_transactions (list[SessionAccountDataBouncedOrPenalTransactionsItem] | Unset): Bounces and
            penalties (shape not documented).
        monthly_analysis (FieldByMonth | Unset): Monthly analysis: each field (about 400) maps months (`Mmm-YYYY`) to a
            value. Values are mostly
            numbers; some fields carry text (dates) or null.
        predictors (SessionAccountDataPredictors | Unset): About 2000 predictors (`month_0`…`month_11` and series
            `_0`…`_11`); values number, text or null.
        eod_balances (SessionAccountDataEodBalances | Unset): End-of-day balances by month; each `Mmm-YY` key lists a
            balance or null per day.
        score (float | None | Unset): The account's score.
        xlsx_report_url (str | Unset): A signed link to the account's workbook (one hour).
    """

    account_details: SessionAccountDetails | Unset = UNSET
    fraud: list[SessionAccountDataFraudItem] | Unset = UNSET
    fraud_details: SessionAccountDataFraudDetails | Unset = UNSET
    transactions: list[SessionTransaction] | Unset = UNSET
    salary_transactions: list[SessionSalaryTransaction] | Unset = UNSET
    recurring_transactions: SessionAccountDataRecurringTransactions | Unset = UNSET
    lender_transactions: list[SessionFlatTransaction] | Unset = UNSET
    top_credits_debits: list[SessionAccountDataTopCreditsDebitsItem] | Unset = UNSET
    statement_stats: list[SessionAccountDataStatementStatsItem] | Unset = UNSET
    expense_categories: list[SessionAccountDataExpenseCategoriesItem] | Unset = UNSET
    self_and_sister_transactions: list[SessionFlatTransaction] | Unset = UNSET
    bounced_or_penal_transactions: (
        list[SessionAccountDataBouncedOrPenalTransactionsItem] | Unset
    ) = UNSET
    monthly_analysis: FieldByMonth | Unset = UNSET
    predictors: SessionAccountDataPredictors | Unset = UNSET
    eod_balances: SessionAccountDataEodBalances | Unset = UNSET
    score: float | None | Unset = UNSET
    xlsx_report_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_details, Unset):
            account_details = self.account_details.to_dict()

        fraud: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fraud, Unset):
            fraud = []
            for fraud_item_data in self.fraud:
                fraud_item = fraud_item_data.to_dict()
                fraud.append(fraud_item)

        fraud_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fraud_details, Unset):
            fraud_details = self.fraud_details.to_dict()

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        salary_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.salary_transactions, Unset):
            salary_transactions = []
            for salary_transactions_item_data in self.salary_transactions:
                salary_transactions_item = salary_transactions_item_data.to_dict()
                salary_transactions.append(salary_transactions_item)

        recurring_transactions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring_transactions, Unset):
            recurring_transactions = self.recurring_transactions.to_dict()

        lender_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lender_transactions, Unset):
            lender_transactions = []
            for lender_transactions_item_data in self.lender_transactions:
                lender_transactions_item = lender_transactions_item_data.to_dict()
                lender_transactions.append(lender_transactions_item)

        top_credits_debits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_credits_debits, Unset):
            top_credits_debits = []
            for top_credits_debits_item_data in self.top_credits_debits:
                top_credits_debits_item = top_credits_debits_item_data.to_dict()
                top_credits_debits.append(top_credits_debits_item)

        statement_stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statement_stats, Unset):
            statement_stats = []
            for statement_stats_item_data in self.statement_stats:
                statement_stats_item = statement_stats_item_data.to_dict()
                statement_stats.append(statement_stats_item)

        expense_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expense_categories, Unset):
            expense_categories = []
            for expense_categories_item_data in self.expense_categories:
                expense_categories_item = expense_categories_item_data.to_dict()
                expense_categories.append(expense_categories_item)

        self_and_sister_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.self_and_sister_transactions, Unset):
            self_and_sister_transactions = []
            for (
                self_and_sister_transactions_item_data
            ) in self.self_and_sister_transactions:
                self_and_sister_transactions_item = (
                    self_and_sister_transactions_item_data.to_dict()
                )
                self_and_sister_transactions.append(self_and_sister_transactions_item)

        bounced_or_penal_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bounced_or_penal_transactions, Unset):
            bounced_or_penal_transactions = []
            for (
                bounced_or_penal_transactions_item_data
            ) in self.bounced_or_penal_transactions:
                bounced_or_penal_transactions_item = (
                    bounced_or_penal_transactions_item_data.to_dict()
                )
                bounced_or_penal_transactions.append(bounced_or_penal_transactions_item)

        monthly_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly_analysis, Unset):
            monthly_analysis = self.monthly_analysis.to_dict()

        predictors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.predictors, Unset):
            predictors = self.predictors.to_dict()

        eod_balances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eod_balances, Unset):
            eod_balances = self.eod_balances.to_dict()

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        xlsx_report_url = self.xlsx_report_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_details is not UNSET:
            field_dict["account_details"] = account_details
        if fraud is not UNSET:
            field_dict["fraud"] = fraud
        if fraud_details is not UNSET:
            field_dict["fraud_details"] = fraud_details
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if salary_transactions is not UNSET:
            field_dict["salary_transactions"] = salary_transactions
        if recurring_transactions is not UNSET:
            field_dict["recurring_transactions"] = recurring_transactions
        if lender_transactions is not UNSET:
            field_dict["lender_transactions"] = lender_transactions
        if top_credits_debits is not UNSET:
            field_dict["top_credits_debits"] = top_credits_debits
        if statement_stats is not UNSET:
            field_dict["statement_stats"] = statement_stats
        if expense_categories is not UNSET:
            field_dict["expense_categories"] = expense_categories
        if self_and_sister_transactions is not UNSET:
            field_dict["self_and_sister_transactions"] = self_and_sister_transactions
        if bounced_or_penal_transactions is not UNSET:
            field_dict["bounced_or_penal_transactions"] = bounced_or_penal_transactions
        if monthly_analysis is not UNSET:
            field_dict["monthly_analysis"] = monthly_analysis
        if predictors is not UNSET:
            field_dict["predictors"] = predictors
        if eod_balances is not UNSET:
            field_dict["eod_balances"] = eod_balances
        if score is not UNSET:
            field_dict["score"] = score
        if xlsx_report_url is not UNSET:
            field_dict["xlsx_report_url"] = xlsx_report_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_by_month import FieldByMonth
        from ..models.session_account_data_bounced_or_penal_transactions_item import (
            SessionAccountDataBouncedOrPenalTransactionsItem,
        )
        from ..models.session_account_data_eod_balances import (
            SessionAccountDataEodBalances,
        )
        from ..models.session_account_data_expense_categories_item import (
            SessionAccountDataExpenseCategoriesItem,
        )
        from ..models.session_account_data_fraud_details import (
            SessionAccountDataFraudDetails,
        )
        from ..models.session_account_data_fraud_item import SessionAccountDataFraudItem
        from ..models.session_account_data_predictors import (
            SessionAccountDataPredictors,
        )
        from ..models.session_account_data_recurring_transactions import (
            SessionAccountDataRecurringTransactions,
        )
        from ..models.session_account_data_statement_stats_item import (
            SessionAccountDataStatementStatsItem,
        )
        from ..models.session_account_data_top_credits_debits_item import (
            SessionAccountDataTopCreditsDebitsItem,
        )
        from ..models.session_account_details import SessionAccountDetails
        from ..models.session_flat_transaction import SessionFlatTransaction
        from ..models.session_salary_transaction import SessionSalaryTransaction
        from ..models.session_transaction import SessionTransaction

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "account_details"
            _account_details = d.get("account_details", UNSET)
            account_details: SessionAccountDetails | Unset
            if isinstance(_account_details, Unset):
                account_details = UNSET
            else:
                account_details = SessionAccountDetails.from_dict(_account_details)

            _at = "fraud"
            _fraud = d.get("fraud", UNSET)
            _fraud_from_dict = (
                SessionAccountDataFraudItem.from_dict
            )  # bound once, not per item
            fraud: list[SessionAccountDataFraudItem] | Unset = UNSET
            if _fraud is not UNSET:
                if type(_fraud) is not list:
                    raise WrongType("array", _fraud)
                try:
                    fraud = [_fraud_from_dict(item) for item in _fraud]
                except WrongType as wrong:
                    raise first_wrong_item(wrong, _fraud, _fraud_from_dict) from None

            _at = "fraud_details"
            _fraud_details = d.get("fraud_details", UNSET)
            fraud_details: SessionAccountDataFraudDetails | Unset
            if isinstance(_fraud_details, Unset):
                fraud_details = UNSET
            else:
                fraud_details = SessionAccountDataFraudDetails.from_dict(_fraud_details)

            _at = "transactions"
            _transactions = d.get("transactions", UNSET)
            _transactions_from_dict = (
                SessionTransaction.from_dict
            )  # bound once, not per item
            transactions: list[SessionTransaction] | Unset = UNSET
            if _transactions is not UNSET:
                if type(_transactions) is not list:
                    raise WrongType("array", _transactions)
                try:
                    transactions = [
                        _transactions_from_dict(item) for item in _transactions
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _transactions, _transactions_from_dict
                    ) from None

            _at = "salary_transactions"
            _salary_transactions = d.get("salary_transactions", UNSET)
            _salary_transactions_from_dict = (
                SessionSalaryTransaction.from_dict
            )  # bound once, not per item
            salary_transactions: list[SessionSalaryTransaction] | Unset = UNSET
            if _salary_transactions is not UNSET:
                if type(_salary_transactions) is not list:
                    raise WrongType("array", _salary_transactions)
                try:
                    salary_transactions = [
                        _salary_transactions_from_dict(item)
                        for item in _salary_transactions
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _salary_transactions, _salary_transactions_from_dict
                    ) from None

            _at = "recurring_transactions"
            _recurring_transactions = d.get("recurring_transactions", UNSET)
            recurring_transactions: SessionAccountDataRecurringTransactions | Unset
            if isinstance(_recurring_transactions, Unset):
                recurring_transactions = UNSET
            else:
                recurring_transactions = (
                    SessionAccountDataRecurringTransactions.from_dict(
                        _recurring_transactions
                    )
                )

            _at = "lender_transactions"
            _lender_transactions = d.get("lender_transactions", UNSET)
            _lender_transactions_from_dict = (
                SessionFlatTransaction.from_dict
            )  # bound once, not per item
            lender_transactions: list[SessionFlatTransaction] | Unset = UNSET
            if _lender_transactions is not UNSET:
                if type(_lender_transactions) is not list:
                    raise WrongType("array", _lender_transactions)
                try:
                    lender_transactions = [
                        _lender_transactions_from_dict(item)
                        for item in _lender_transactions
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _lender_transactions, _lender_transactions_from_dict
                    ) from None

            _at = "top_credits_debits"
            _top_credits_debits = d.get("top_credits_debits", UNSET)
            _top_credits_debits_from_dict = (
                SessionAccountDataTopCreditsDebitsItem.from_dict
            )  # bound once, not per item
            top_credits_debits: list[SessionAccountDataTopCreditsDebitsItem] | Unset = (
                UNSET
            )
            if _top_credits_debits is not UNSET:
                if type(_top_credits_debits) is not list:
                    raise WrongType("array", _top_credits_debits)
                try:
                    top_credits_debits = [
                        _top_credits_debits_from_dict(item)
                        for item in _top_credits_debits
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _top_credits_debits, _top_credits_debits_from_dict
                    ) from None

            _at = "statement_stats"
            _statement_stats = d.get("statement_stats", UNSET)
            _statement_stats_from_dict = (
                SessionAccountDataStatementStatsItem.from_dict
            )  # bound once, not per item
            statement_stats: list[SessionAccountDataStatementStatsItem] | Unset = UNSET
            if _statement_stats is not UNSET:
                if type(_statement_stats) is not list:
                    raise WrongType("array", _statement_stats)
                try:
                    statement_stats = [
                        _statement_stats_from_dict(item) for item in _statement_stats
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _statement_stats, _statement_stats_from_dict
                    ) from None

            _at = "expense_categories"
            _expense_categories = d.get("expense_categories", UNSET)
            _expense_categories_from_dict = (
                SessionAccountDataExpenseCategoriesItem.from_dict
            )  # bound once, not per item
            expense_categories: (
                list[SessionAccountDataExpenseCategoriesItem] | Unset
            ) = UNSET
            if _expense_categories is not UNSET:
                if type(_expense_categories) is not list:
                    raise WrongType("array", _expense_categories)
                try:
                    expense_categories = [
                        _expense_categories_from_dict(item)
                        for item in _expense_categories
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong, _expense_categories, _expense_categories_from_dict
                    ) from None

            _at = "self_and_sister_transactions"
            _self_and_sister_transactions = d.get("self_and_sister_transactions", UNSET)
            _self_and_sister_transactions_from_dict = (
                SessionFlatTransaction.from_dict
            )  # bound once, not per item
            self_and_sister_transactions: list[SessionFlatTransaction] | Unset = UNSET
            if _self_and_sister_transactions is not UNSET:
                if type(_self_and_sister_transactions) is not list:
                    raise WrongType("array", _self_and_sister_transactions)
                try:
                    self_and_sister_transactions = [
                        _self_and_sister_transactions_from_dict(item)
                        for item in _self_and_sister_transactions
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong,
                        _self_and_sister_transactions,
                        _self_and_sister_transactions_from_dict,
                    ) from None

            _at = "bounced_or_penal_transactions"
            _bounced_or_penal_transactions = d.get(
                "bounced_or_penal_transactions", UNSET
            )
            _bounced_or_penal_transactions_from_dict = (
                SessionAccountDataBouncedOrPenalTransactionsItem.from_dict
            )  # bound once, not per item
            bounced_or_penal_transactions: (
                list[SessionAccountDataBouncedOrPenalTransactionsItem] | Unset
            ) = UNSET
            if _bounced_or_penal_transactions is not UNSET:
                if type(_bounced_or_penal_transactions) is not list:
                    raise WrongType("array", _bounced_or_penal_transactions)
                try:
                    bounced_or_penal_transactions = [
                        _bounced_or_penal_transactions_from_dict(item)
                        for item in _bounced_or_penal_transactions
                    ]
                except WrongType as wrong:
                    raise first_wrong_item(
                        wrong,
                        _bounced_or_penal_transactions,
                        _bounced_or_penal_transactions_from_dict,
                    ) from None

            _at = "monthly_analysis"
            _monthly_analysis = d.get("monthly_analysis", UNSET)
            monthly_analysis: FieldByMonth | Unset
            if isinstance(_monthly_analysis, Unset):
                monthly_analysis = UNSET
            else:
                monthly_analysis = FieldByMonth.from_dict(_monthly_analysis)

            _at = "predictors"
            _predictors = d.get("predictors", UNSET)
            predictors: SessionAccountDataPredictors | Unset
            if isinstance(_predictors, Unset):
                predictors = UNSET
            else:
                predictors = SessionAccountDataPredictors.from_dict(_predictors)

            _at = "eod_balances"
            _eod_balances = d.get("eod_balances", UNSET)
            eod_balances: SessionAccountDataEodBalances | Unset
            if isinstance(_eod_balances, Unset):
                eod_balances = UNSET
            else:
                eod_balances = SessionAccountDataEodBalances.from_dict(_eod_balances)

            _at = "score"

            def _parse_score(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            score = _parse_score(d.get("score", UNSET))

            xlsx_report_url = d.get("xlsx_report_url", UNSET)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            (score is UNSET or type(score) in (float, int, NoneType))
            and (xlsx_report_url is UNSET or type(xlsx_report_url) is str)
        ):
            raise first_wrong(
                (
                    ("score", score, (float, int, NoneType, Unset), None),
                    ("xlsx_report_url", xlsx_report_url, (str, Unset), None),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        session_account_data = object.__new__(cls)
        cls.__init__(
            session_account_data,
            account_details,
            fraud,
            fraud_details,
            transactions,
            salary_transactions,
            recurring_transactions,
            lender_transactions,
            top_credits_debits,
            statement_stats,
            expense_categories,
            self_and_sister_transactions,
            bounced_or_penal_transactions,
            monthly_analysis,
            predictors,
            eod_balances,
            score,
            xlsx_report_url,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            0
            + (account_details is not UNSET)
            + (fraud is not UNSET)
            + (fraud_details is not UNSET)
            + (transactions is not UNSET)
            + (salary_transactions is not UNSET)
            + (recurring_transactions is not UNSET)
            + (lender_transactions is not UNSET)
            + (top_credits_debits is not UNSET)
            + (statement_stats is not UNSET)
            + (expense_categories is not UNSET)
            + (self_and_sister_transactions is not UNSET)
            + (bounced_or_penal_transactions is not UNSET)
            + (monthly_analysis is not UNSET)
            + (predictors is not UNSET)
            + (eod_balances is not UNSET)
            + (score is not UNSET)
            + (xlsx_report_url is not UNSET)
        )
        if len(d) != _known:
            session_account_data.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "account_details",
                    "fraud",
                    "fraud_details",
                    "transactions",
                    "salary_transactions",
                    "recurring_transactions",
                    "lender_transactions",
                    "top_credits_debits",
                    "statement_stats",
                    "expense_categories",
                    "self_and_sister_transactions",
                    "bounced_or_penal_transactions",
                    "monthly_analysis",
                    "predictors",
                    "eod_balances",
                    "score",
                    "xlsx_report_url",
                }
            }
        return session_account_data

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """This model from a JSON body, checked as from_dict checks it.

        Decoded straight into typed wire structs when the body is what the contract says; otherwise (an unknown
        field or enumeration value, a wrong type) through from_dict, which keeps what it does not know and names
        the path of a wrong type. The result is the same either way.
        """
        return parse_json(cls, content)

    @classmethod
    def _wire_type(cls) -> type:
        """The msgspec Struct (or dict type) a conforming body decodes into (cached by types.wire_type_of)."""
        from ..models.field_by_month import FieldByMonth
        from ..models.session_account_data_bounced_or_penal_transactions_item import (
            SessionAccountDataBouncedOrPenalTransactionsItem,
        )
        from ..models.session_account_data_eod_balances import (
            SessionAccountDataEodBalances,
        )
        from ..models.session_account_data_expense_categories_item import (
            SessionAccountDataExpenseCategoriesItem,
        )
        from ..models.session_account_data_fraud_details import (
            SessionAccountDataFraudDetails,
        )
        from ..models.session_account_data_fraud_item import SessionAccountDataFraudItem
        from ..models.session_account_data_predictors import (
            SessionAccountDataPredictors,
        )
        from ..models.session_account_data_recurring_transactions import (
            SessionAccountDataRecurringTransactions,
        )
        from ..models.session_account_data_statement_stats_item import (
            SessionAccountDataStatementStatsItem,
        )
        from ..models.session_account_data_top_credits_debits_item import (
            SessionAccountDataTopCreditsDebitsItem,
        )
        from ..models.session_account_details import SessionAccountDetails
        from ..models.session_flat_transaction import SessionFlatTransaction
        from ..models.session_salary_transaction import SessionSalaryTransaction
        from ..models.session_transaction import SessionTransaction

        return wire_struct(
            "SessionAccountData",
            (
                (
                    "account_details",
                    Union[wire_type_of(SessionAccountDetails), Unset],
                    UNSET,
                ),
                (
                    "fraud",
                    Union[list[wire_type_of(SessionAccountDataFraudItem)], Unset],
                    UNSET,
                ),
                (
                    "fraud_details",
                    Union[wire_type_of(SessionAccountDataFraudDetails), Unset],
                    UNSET,
                ),
                (
                    "transactions",
                    Union[list[wire_type_of(SessionTransaction)], Unset],
                    UNSET,
                ),
                (
                    "salary_transactions",
                    Union[list[wire_type_of(SessionSalaryTransaction)], Unset],
                    UNSET,
                ),
                (
                    "recurring_transactions",
                    Union[wire_type_of(SessionAccountDataRecurringTransactions), Unset],
                    UNSET,
                ),
                (
                    "lender_transactions",
                    Union[list[wire_type_of(SessionFlatTransaction)], Unset],
                    UNSET,
                ),
                (
                    "top_credits_debits",
                    Union[
                        list[wire_type_of(SessionAccountDataTopCreditsDebitsItem)],
                        Unset,
                    ],
                    UNSET,
                ),
                (
                    "statement_stats",
                    Union[
                        list[wire_type_of(SessionAccountDataStatementStatsItem)], Unset
                    ],
                    UNSET,
                ),
                (
                    "expense_categories",
                    Union[
                        list[wire_type_of(SessionAccountDataExpenseCategoriesItem)],
                        Unset,
                    ],
                    UNSET,
                ),
                (
                    "self_and_sister_transactions",
                    Union[list[wire_type_of(SessionFlatTransaction)], Unset],
                    UNSET,
                ),
                (
                    "bounced_or_penal_transactions",
                    Union[
                        list[
                            wire_type_of(
                                SessionAccountDataBouncedOrPenalTransactionsItem
                            )
                        ],
                        Unset,
                    ],
                    UNSET,
                ),
                ("monthly_analysis", Union[wire_type_of(FieldByMonth), Unset], UNSET),
                (
                    "predictors",
                    Union[wire_type_of(SessionAccountDataPredictors), Unset],
                    UNSET,
                ),
                (
                    "eod_balances",
                    Union[wire_type_of(SessionAccountDataEodBalances), Unset],
                    UNSET,
                ),
                ("score", Union[Union[int | float, None], Unset], UNSET),
                ("xlsx_report_url", Union[str, Unset], UNSET),
            ),
            rename={},
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, session_account_data_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        from ..models.field_by_month import FieldByMonth
        from ..models.session_account_data_bounced_or_penal_transactions_item import (
            SessionAccountDataBouncedOrPenalTransactionsItem,
        )
        from ..models.session_account_data_eod_balances import (
            SessionAccountDataEodBalances,
        )
        from ..models.session_account_data_expense_categories_item import (
            SessionAccountDataExpenseCategoriesItem,
        )
        from ..models.session_account_data_fraud_details import (
            SessionAccountDataFraudDetails,
        )
        from ..models.session_account_data_fraud_item import SessionAccountDataFraudItem
        from ..models.session_account_data_predictors import (
            SessionAccountDataPredictors,
        )
        from ..models.session_account_data_recurring_transactions import (
            SessionAccountDataRecurringTransactions,
        )
        from ..models.session_account_data_statement_stats_item import (
            SessionAccountDataStatementStatsItem,
        )
        from ..models.session_account_data_top_credits_debits_item import (
            SessionAccountDataTopCreditsDebitsItem,
        )
        from ..models.session_account_details import SessionAccountDetails
        from ..models.session_flat_transaction import SessionFlatTransaction
        from ..models.session_salary_transaction import SessionSalaryTransaction
        from ..models.session_transaction import SessionTransaction

        account_details = session_account_data_wire.account_details
        if account_details is not UNSET:
            account_details = SessionAccountDetails._from_wire(account_details)
        _fraud_from_wire = SessionAccountDataFraudItem._from_wire
        fraud = session_account_data_wire.fraud
        if fraud is not UNSET:
            fraud = [_fraud_from_wire(item) for item in fraud]
        fraud_details = session_account_data_wire.fraud_details
        if fraud_details is not UNSET:
            fraud_details = SessionAccountDataFraudDetails._from_wire(fraud_details)
        _transactions_from_wire = SessionTransaction._from_wire
        transactions = session_account_data_wire.transactions
        if transactions is not UNSET:
            transactions = [_transactions_from_wire(item) for item in transactions]
        _salary_transactions_from_wire = SessionSalaryTransaction._from_wire
        salary_transactions = session_account_data_wire.salary_transactions
        if salary_transactions is not UNSET:
            salary_transactions = [
                _salary_transactions_from_wire(item) for item in salary_transactions
            ]
        recurring_transactions = session_account_data_wire.recurring_transactions
        if recurring_transactions is not UNSET:
            recurring_transactions = SessionAccountDataRecurringTransactions._from_wire(
                recurring_transactions
            )
        _lender_transactions_from_wire = SessionFlatTransaction._from_wire
        lender_transactions = session_account_data_wire.lender_transactions
        if lender_transactions is not UNSET:
            lender_transactions = [
                _lender_transactions_from_wire(item) for item in lender_transactions
            ]
        _top_credits_debits_from_wire = (
            SessionAccountDataTopCreditsDebitsItem._from_wire
        )
        top_credits_debits = session_account_data_wire.top_credits_debits
        if top_credits_debits is not UNSET:
            top_credits_debits = [
                _top_credits_debits_from_wire(item) for item in top_credits_debits
            ]
        _statement_stats_from_wire = SessionAccountDataStatementStatsItem._from_wire
        statement_stats = session_account_data_wire.statement_stats
        if statement_stats is not UNSET:
            statement_stats = [
                _statement_stats_from_wire(item) for item in statement_stats
            ]
        _expense_categories_from_wire = (
            SessionAccountDataExpenseCategoriesItem._from_wire
        )
        expense_categories = session_account_data_wire.expense_categories
        if expense_categories is not UNSET:
            expense_categories = [
                _expense_categories_from_wire(item) for item in expense_categories
            ]
        _self_and_sister_transactions_from_wire = SessionFlatTransaction._from_wire
        self_and_sister_transactions = (
            session_account_data_wire.self_and_sister_transactions
        )
        if self_and_sister_transactions is not UNSET:
            self_and_sister_transactions = [
                _self_and_sister_transactions_from_wire(item)
                for item in self_and_sister_transactions
            ]
        _bounced_or_penal_transactions_from_wire = (
            SessionAccountDataBouncedOrPenalTransactionsItem._from_wire
        )
        bounced_or_penal_transactions = (
            session_account_data_wire.bounced_or_penal_transactions
        )
        if bounced_or_penal_transactions is not UNSET:
            bounced_or_penal_transactions = [
                _bounced_or_penal_transactions_from_wire(item)
                for item in bounced_or_penal_transactions
            ]
        monthly_analysis = session_account_data_wire.monthly_analysis
        if monthly_analysis is not UNSET:
            monthly_analysis = FieldByMonth._from_wire(monthly_analysis)
        predictors = session_account_data_wire.predictors
        if predictors is not UNSET:
            predictors = SessionAccountDataPredictors._from_wire(predictors)
        eod_balances = session_account_data_wire.eod_balances
        if eod_balances is not UNSET:
            eod_balances = SessionAccountDataEodBalances._from_wire(eod_balances)
        session_account_data = object.__new__(cls)
        cls.__init__(
            session_account_data,
            account_details,
            fraud,
            fraud_details,
            transactions,
            salary_transactions,
            recurring_transactions,
            lender_transactions,
            top_credits_debits,
            statement_stats,
            expense_categories,
            self_and_sister_transactions,
            bounced_or_penal_transactions,
            monthly_analysis,
            predictors,
            eod_balances,
            session_account_data_wire.score,
            session_account_data_wire.xlsx_report_url,
        )
        return session_account_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
