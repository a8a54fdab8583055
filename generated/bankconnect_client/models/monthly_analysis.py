from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    WrongType,
    parse_json,
)

if TYPE_CHECKING:
    from ..models.month_values import MonthValues


T = TypeVar("T", bound="MonthlyAnalysis")


@_attrs_define
class MonthlyAnalysis:
    """The monthly statistics of one account, each a MonthValues map. The documented names are listed;
    any other key carries a statistic added after this contract was written, in the same shape.

        Attributes:
            amt_auto_debit_payment_bounce_credit (MonthValues | Unset): One statistic month by month: keys are months as
                `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_auto_debit_payment_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY`
                (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_bank_charge_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_bank_interest_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_bill_payment_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_cash_deposit_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_cash_withdrawl_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_chq_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_chq_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_income_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_debit_card_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_international_transaction_arbitrage_credit (MonthValues | Unset): One statistic month by month: keys are
                months as `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_international_transaction_arbitrage_debit (MonthValues | Unset): One statistic month by month: keys are
                months as `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_investment_cashin_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY`
                (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_net_banking_transfer_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_net_banking_transfer_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_outward_cheque_bounce_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_inward_cheque_bounce_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_outward_cheque_bounce_insuff_funds_debit (MonthValues | Unset): One statistic month by month: keys are
                months as `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_inward_cheque_bounce_insuff_funds_credit (MonthValues | Unset): One statistic month by month: keys are
                months as `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_ach_bounce_charge (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_chq_bounce_charge (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_bounce_charge (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_payment_gateway_purchase_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_refund_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_upi_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_upi_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_emi_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_emi_bounce_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_credit_card_bill_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY`
                (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_investment (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_loan_credits (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_business_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_self_transfer_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            amt_self_transfer_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            avg_bal (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            avg_credit_transaction_size (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY`
                (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            avg_debit_transaction_size (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY`
                (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            avg_emi (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            closing_balance (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_auto_debit_payment_bounce_credit (MonthValues | Unset): One statistic month by month: keys are months as
                `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_auto_debit_payment_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY`
                (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_bank_charge_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_bank_interest_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_bill_payment_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_cash_deposit_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_cash_withdrawl_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_chq_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_chq_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_income_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_debit_card_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_international_transaction_arbitrage_credit (MonthValues | Unset): One statistic month by month: keys are
                months as `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_international_transaction_arbitrage_debit (MonthValues | Unset): One statistic month by month: keys are
                months as `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_investment_cashin_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY`
                (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_net_banking_transfer_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_net_banking_transfer_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_outward_cheque_bounce_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_inward_cheque_bounce_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_inward_cheque_bounce_insuff_funds_credit (MonthValues | Unset): One statistic month by month: keys are
                months as `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_outward_cheque_bounce_insuff_funds_debit (MonthValues | Unset): One statistic month by month: keys are
                months as `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_ach_bounce_charge (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_chq_bounce_charge (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_bounce_charge (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_payment_gateway_purchase_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_emi_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_emi_bounce_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_refund_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_transactions (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_upi_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_upi_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_investment (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_credit_card_bill_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY`
                (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_loan_credits (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_business_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_self_transfer_debit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            cnt_self_transfer_credit (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            max_bal (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            max_eod_balance (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            median_balance (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            min_bal (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            min_eod_balance (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            mode_balance (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            net_cash_inflow (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            opening_balance (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for example
                `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            number_of_salary_transactions (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY`
                (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            total_amount_of_salary (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            perc_salary_spend_bill_payment (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            perc_salary_spend_cash_withdrawl (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-
                YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            perc_salary_spend_debit_card (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY`
                (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            perc_salary_spend_net_banking_transfer (MonthValues | Unset): One statistic month by month: keys are months as
                `Mmm-YYYY` (for example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
            perc_salary_spend_upi (MonthValues | Unset): One statistic month by month: keys are months as `Mmm-YYYY` (for
                example `Aug-2020`), values numbers
                (counts come as numbers too, sometimes without a fraction), or null for a month the statistic could not
                be computed for (a captured answer has `avg_bal_multipleof5` null for a month; the guides show numbers
                only).
    """

    amt_auto_debit_payment_bounce_credit: MonthValues | Unset = UNSET
    amt_auto_debit_payment_debit: MonthValues | Unset = UNSET
    amt_bank_charge_debit: MonthValues | Unset = UNSET
    amt_bank_interest_credit: MonthValues | Unset = UNSET
    amt_bill_payment_debit: MonthValues | Unset = UNSET
    amt_cash_deposit_credit: MonthValues | Unset = UNSET
    amt_cash_withdrawl_debit: MonthValues | Unset = UNSET
    amt_chq_credit: MonthValues | Unset = UNSET
    amt_chq_debit: MonthValues | Unset = UNSET
    amt_income_credit: MonthValues | Unset = UNSET
    amt_credit: MonthValues | Unset = UNSET
    amt_debit: MonthValues | Unset = UNSET
    amt_debit_card_debit: MonthValues | Unset = UNSET
    amt_international_transaction_arbitrage_credit: MonthValues | Unset = UNSET
    amt_international_transaction_arbitrage_debit: MonthValues | Unset = UNSET
    amt_investment_cashin_credit: MonthValues | Unset = UNSET
    amt_net_banking_transfer_credit: MonthValues | Unset = UNSET
    amt_net_banking_transfer_debit: MonthValues | Unset = UNSET
    amt_outward_cheque_bounce_debit: MonthValues | Unset = UNSET
    amt_inward_cheque_bounce_credit: MonthValues | Unset = UNSET
    amt_outward_cheque_bounce_insuff_funds_debit: MonthValues | Unset = UNSET
    amt_inward_cheque_bounce_insuff_funds_credit: MonthValues | Unset = UNSET
    amt_ach_bounce_charge: MonthValues | Unset = UNSET
    amt_chq_bounce_charge: MonthValues | Unset = UNSET
    amt_bounce_charge: MonthValues | Unset = UNSET
    amt_payment_gateway_purchase_debit: MonthValues | Unset = UNSET
    amt_refund_credit: MonthValues | Unset = UNSET
    amt_upi_credit: MonthValues | Unset = UNSET
    amt_upi_debit: MonthValues | Unset = UNSET
    amt_emi_debit: MonthValues | Unset = UNSET
    amt_emi_bounce_credit: MonthValues | Unset = UNSET
    amt_credit_card_bill_debit: MonthValues | Unset = UNSET
    amt_investment: MonthValues | Unset = UNSET
    amt_loan_credits: MonthValues | Unset = UNSET
    amt_business_credit: MonthValues | Unset = UNSET
    amt_self_transfer_credit: MonthValues | Unset = UNSET
    amt_self_transfer_debit: MonthValues | Unset = UNSET
    avg_bal: MonthValues | Unset = UNSET
    avg_credit_transaction_size: MonthValues | Unset = UNSET
    avg_debit_transaction_size: MonthValues | Unset = UNSET
    avg_emi: MonthValues | Unset = UNSET
    closing_balance: MonthValues | Unset = UNSET
    cnt_auto_debit_payment_bounce_credit: MonthValues | Unset = UNSET
    cnt_auto_debit_payment_debit: MonthValues | Unset = UNSET
    cnt_bank_charge_debit: MonthValues | Unset = UNSET
    cnt_bank_interest_credit: MonthValues | Unset = UNSET
    cnt_bill_payment_debit: MonthValues | Unset = UNSET
    cnt_cash_deposit_credit: MonthValues | Unset = UNSET
    cnt_cash_withdrawl_debit: MonthValues | Unset = UNSET
    cnt_chq_credit: MonthValues | Unset = UNSET
    cnt_chq_debit: MonthValues | Unset = UNSET
    cnt_income_credit: MonthValues | Unset = UNSET
    cnt_credit: MonthValues | Unset = UNSET
    cnt_debit: MonthValues | Unset = UNSET
    cnt_debit_card_debit: MonthValues | Unset = UNSET
    cnt_international_transaction_arbitrage_credit: MonthValues | Unset = UNSET
    cnt_international_transaction_arbitrage_debit: MonthValues | Unset = UNSET
    cnt_investment_cashin_credit: MonthValues | Unset = UNSET
    cnt_net_banking_transfer_credit: MonthValues | Unset = UNSET
    cnt_net_banking_transfer_debit: MonthValues | Unset = UNSET
    cnt_outward_cheque_bounce_debit: MonthValues | Unset = UNSET
    cnt_inward_cheque_bounce_credit: MonthValues | Unset = UNSET
    cnt_inward_cheque_bounce_insuff_funds_credit: MonthValues | Unset = UNSET
    cnt_outward_cheque_bounce_insuff_funds_debit: MonthValues | Unset = UNSET
    cnt_ach_bounce_charge: MonthValues | Unset = UNSET
    cnt_chq_bounce_charge: MonthValues | Unset = UNSET
    cnt_bounce_charge: MonthValues | Unset = UNSET
    cnt_payment_gateway_purchase_debit: MonthValues | Unset = UNSET
    cnt_emi_debit: MonthValues | Unset = UNSET
    cnt_emi_bounce_credit: MonthValues | Unset = UNSET
    cnt_refund_credit: MonthValues | Unset = UNSET
    cnt_transactions: MonthValues | Unset = UNSET
    cnt_upi_credit: MonthValues | Unset = UNSET
    cnt_upi_debit: MonthValues | Unset = UNSET
    cnt_investment: MonthValues | Unset = UNSET
    cnt_credit_card_bill_debit: MonthValues | Unset = UNSET
    cnt_loan_credits: MonthValues | Unset = UNSET
    cnt_business_credit: MonthValues | Unset = UNSET
    cnt_self_transfer_debit: MonthValues | Unset = UNSET
    cnt_self_transfer_credit: MonthValues | Unset = UNSET
    max_bal: MonthValues | Unset = UNSET
    max_eod_balance: MonthValues | Unset = UNSET
    median_balance: MonthValues | Unset = UNSET
    min_bal: MonthValues | Unset = UNSET
    min_eod_balance: MonthValues | Unset = UNSET
    mode_balance: MonthValues | Unset = UNSET
    net_cash_inflow: MonthValues | Unset = UNSET
    opening_balance: MonthValues | Unset = UNSET
    number_of_salary_transactions: MonthValues | Unset = UNSET
    total_amount_of_salary: MonthValues | Unset = UNSET
    perc_salary_spend_bill_payment: MonthValues | Unset = UNSET
    perc_salary_spend_cash_withdrawl: MonthValues | Unset = UNSET
    perc_salary_spend_debit_card: MonthValues | Unset = UNSET
    perc_salary_spend_net_banking_transfer: MonthValues | Unset = UNSET
    perc_salary_spend_upi: MonthValues | Unset = UNSET
    additional_properties: dict[str, MonthValues] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        amt_auto_debit_payment_bounce_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_auto_debit_payment_bounce_credit, Unset):
            amt_auto_debit_payment_bounce_credit = (
                self.amt_auto_debit_payment_bounce_credit.to_dict()
            )

        amt_auto_debit_payment_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_auto_debit_payment_debit, Unset):
            amt_auto_debit_payment_debit = self.amt_auto_debit_payment_debit.to_dict()

        amt_bank_charge_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_bank_charge_debit, Unset):
            amt_bank_charge_debit = self.amt_bank_charge_debit.to_dict()

        amt_bank_interest_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_bank_interest_credit, Unset):
            amt_bank_interest_credit = self.amt_bank_interest_credit.to_dict()

        amt_bill_payment_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_bill_payment_debit, Unset):
            amt_bill_payment_debit = self.amt_bill_payment_debit.to_dict()

        amt_cash_deposit_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_cash_deposit_credit, Unset):
            amt_cash_deposit_credit = self.amt_cash_deposit_credit.to_dict()

        amt_cash_withdrawl_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_cash_withdrawl_debit, Unset):
            amt_cash_withdrawl_debit = self.amt_cash_withdrawl_debit.to_dict()

        amt_chq_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_chq_credit, Unset):
            amt_chq_credit = self.amt_chq_credit.to_dict()

        amt_chq_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_chq_debit, Unset):
            amt_chq_debit = self.amt_chq_debit.to_dict()

        amt_income_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_income_credit, Unset):
            amt_income_credit = self.amt_income_credit.to_dict()

        amt_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_credit, Unset):
            amt_credit = self.amt_credit.to_dict()

        amt_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_debit, Unset):
            amt_debit = self.amt_debit.to_dict()

        amt_debit_card_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_debit_card_debit, Unset):
            amt_debit_card_debit = self.amt_debit_card_debit.to_dict()

        amt_international_transaction_arbitrage_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_international_transaction_arbitrage_credit, Unset):
            amt_international_transaction_arbitrage_credit = (
                self.amt_international_transaction_arbitrage_credit.to_dict()
            )

        amt_international_transaction_arbitrage_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_international_transaction_arbitrage_debit, Unset):
            amt_international_transaction_arbitrage_debit = (
                self.amt_international_transaction_arbitrage_debit.to_dict()
            )

        amt_investment_cashin_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_investment_cashin_credit, Unset):
            amt_investment_cashin_credit = self.amt_investment_cashin_credit.to_dict()

        amt_net_banking_transfer_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_net_banking_transfer_credit, Unset):
            amt_net_banking_transfer_credit = (
                self.amt_net_banking_transfer_credit.to_dict()
            )

        amt_net_banking_transfer_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_net_banking_transfer_debit, Unset):
            amt_net_banking_transfer_debit = (
                self.amt_net_banking_transfer_debit.to_dict()
            )

        amt_outward_cheque_bounce_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_outward_cheque_bounce_debit, Unset):
            amt_outward_cheque_bounce_debit = (
                self.amt_outward_cheque_bounce_debit.to_dict()
            )

        amt_inward_cheque_bounce_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_inward_cheque_bounce_credit, Unset):
            amt_inward_cheque_bounce_credit = (
                self.amt_inward_cheque_bounce_credit.to_dict()
            )

        amt_outward_cheque_bounce_insuff_funds_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_outward_cheque_bounce_insuff_funds_debit, Unset):
            amt_outward_cheque_bounce_insuff_funds_debit = (
                self.amt_outward_cheque_bounce_insuff_funds_debit.to_dict()
            )

        amt_inward_cheque_bounce_insuff_funds_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_inward_cheque_bounce_insuff_funds_credit, Unset):
            amt_inward_cheque_bounce_insuff_funds_credit = (
                self.amt_inward_cheque_bounce_insuff_funds_credit.to_dict()
            )

        amt_ach_bounce_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_ach_bounce_charge, Unset):
            amt_ach_bounce_charge = self.amt_ach_bounce_charge.to_dict()

        amt_chq_bounce_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_chq_bounce_charge, Unset):
            amt_chq_bounce_charge = self.amt_chq_bounce_charge.to_dict()

        amt_bounce_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_bounce_charge, Unset):
            amt_bounce_charge = self.amt_bounce_charge.to_dict()

        amt_payment_gateway_purchase_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_payment_gateway_purchase_debit, Unset):
            amt_payment_gateway_purchase_debit = (
                self.amt_payment_gateway_purchase_debit.to_dict()
            )

        amt_refund_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_refund_credit, Unset):
            amt_refund_credit = self.amt_refund_credit.to_dict()

        amt_upi_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_upi_credit, Unset):
            amt_upi_credit = self.amt_upi_credit.to_dict()

        amt_upi_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_upi_debit, Unset):
            amt_upi_debit = self.amt_upi_debit.to_dict()

        amt_emi_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_emi_debit, Unset):
            amt_emi_debit = self.amt_emi_debit.to_dict()

        amt_emi_bounce_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_emi_bounce_credit, Unset):
            amt_emi_bounce_credit = self.amt_emi_bounce_credit.to_dict()

        amt_credit_card_bill_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_credit_card_bill_debit, Unset):
            amt_credit_card_bill_debit = self.amt_credit_card_bill_debit.to_dict()

        amt_investment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_investment, Unset):
            amt_investment = self.amt_investment.to_dict()

        amt_loan_credits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_loan_credits, Unset):
            amt_loan_credits = self.amt_loan_credits.to_dict()

        amt_business_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_business_credit, Unset):
            amt_business_credit = self.amt_business_credit.to_dict()

        amt_self_transfer_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_self_transfer_credit, Unset):
            amt_self_transfer_credit = self.amt_self_transfer_credit.to_dict()

        amt_self_transfer_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amt_self_transfer_debit, Unset):
            amt_self_transfer_debit = self.amt_self_transfer_debit.to_dict()

        avg_bal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avg_bal, Unset):
            avg_bal = self.avg_bal.to_dict()

        avg_credit_transaction_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avg_credit_transaction_size, Unset):
            avg_credit_transaction_size = self.avg_credit_transaction_size.to_dict()

        avg_debit_transaction_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avg_debit_transaction_size, Unset):
            avg_debit_transaction_size = self.avg_debit_transaction_size.to_dict()

        avg_emi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avg_emi, Unset):
            avg_emi = self.avg_emi.to_dict()

        closing_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closing_balance, Unset):
            closing_balance = self.closing_balance.to_dict()

        cnt_auto_debit_payment_bounce_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_auto_debit_payment_bounce_credit, Unset):
            cnt_auto_debit_payment_bounce_credit = (
                self.cnt_auto_debit_payment_bounce_credit.to_dict()
            )

        cnt_auto_debit_payment_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_auto_debit_payment_debit, Unset):
            cnt_auto_debit_payment_debit = self.cnt_auto_debit_payment_debit.to_dict()

        cnt_bank_charge_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_bank_charge_debit, Unset):
            cnt_bank_charge_debit = self.cnt_bank_charge_debit.to_dict()

        cnt_bank_interest_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_bank_interest_credit, Unset):
            cnt_bank_interest_credit = self.cnt_bank_interest_credit.to_dict()

        cnt_bill_payment_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_bill_payment_debit, Unset):
            cnt_bill_payment_debit = self.cnt_bill_payment_debit.to_dict()

        cnt_cash_deposit_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_cash_deposit_credit, Unset):
            cnt_cash_deposit_credit = self.cnt_cash_deposit_credit.to_dict()

        cnt_cash_withdrawl_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_cash_withdrawl_debit, Unset):
            cnt_cash_withdrawl_debit = self.cnt_cash_withdrawl_debit.to_dict()

        cnt_chq_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_chq_credit, Unset):
            cnt_chq_credit = self.cnt_chq_credit.to_dict()

        cnt_chq_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_chq_debit, Unset):
            cnt_chq_debit = self.cnt_chq_debit.to_dict()

        cnt_income_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_income_credit, Unset):
            cnt_income_credit = self.cnt_income_credit.to_dict()

        cnt_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_credit, Unset):
            cnt_credit = self.cnt_credit.to_dict()

        cnt_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_debit, Unset):
            cnt_debit = self.cnt_debit.to_dict()

        cnt_debit_card_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_debit_card_debit, Unset):
            cnt_debit_card_debit = self.cnt_debit_card_debit.to_dict()

        cnt_international_transaction_arbitrage_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_international_transaction_arbitrage_credit, Unset):
            cnt_international_transaction_arbitrage_credit = (
                self.cnt_international_transaction_arbitrage_credit.to_dict()
            )

        cnt_international_transaction_arbitrage_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_international_transaction_arbitrage_debit, Unset):
            cnt_international_transaction_arbitrage_debit = (
                self.cnt_international_transaction_arbitrage_debit.to_dict()
            )

        cnt_investment_cashin_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_investment_cashin_credit, Unset):
            cnt_investment_cashin_credit = self.cnt_investment_cashin_credit.to_dict()

        cnt_net_banking_transfer_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_net_banking_transfer_credit, Unset):
            cnt_net_banking_transfer_credit = (
                self.cnt_net_banking_transfer_credit.to_dict()
            )

        cnt_net_banking_transfer_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_net_banking_transfer_debit, Unset):
            cnt_net_banking_transfer_debit = (
                self.cnt_net_banking_transfer_debit.to_dict()
            )

        cnt_outward_cheque_bounce_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_outward_cheque_bounce_debit, Unset):
            cnt_outward_cheque_bounce_debit = (
                self.cnt_outward_cheque_bounce_debit.to_dict()
            )

        cnt_inward_cheque_bounce_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_inward_cheque_bounce_credit, Unset):
            cnt_inward_cheque_bounce_credit = (
                self.cnt_inward_cheque_bounce_credit.to_dict()
            )

        cnt_inward_cheque_bounce_insuff_funds_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_inward_cheque_bounce_insuff_funds_credit, Unset):
            cnt_inward_cheque_bounce_insuff_funds_credit = (
                self.cnt_inward_cheque_bounce_insuff_funds_credit.to_dict()
            )

        cnt_outward_cheque_bounce_insuff_funds_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_outward_cheque_bounce_insuff_funds_debit, Unset):
            cnt_outward_cheque_bounce_insuff_funds_debit = (
                self.cnt_outward_cheque_bounce_insuff_funds_debit.to_dict()
            )

        cnt_ach_bounce_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_ach_bounce_charge, Unset):
            cnt_ach_bounce_charge = self.cnt_ach_bounce_charge.to_dict()

        cnt_chq_bounce_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_chq_bounce_charge, Unset):
            cnt_chq_bounce_charge = self.cnt_chq_bounce_charge.to_dict()

        cnt_bounce_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_bounce_charge, Unset):
            cnt_bounce_charge = self.cnt_bounce_charge.to_dict()

        cnt_payment_gateway_purchase_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_payment_gateway_purchase_debit, Unset):
            cnt_payment_gateway_purchase_debit = (
                self.cnt_payment_gateway_purchase_debit.to_dict()
            )

        cnt_emi_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_emi_debit, Unset):
            cnt_emi_debit = self.cnt_emi_debit.to_dict()

        cnt_emi_bounce_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_emi_bounce_credit, Unset):
            cnt_emi_bounce_credit = self.cnt_emi_bounce_credit.to_dict()

        cnt_refund_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_refund_credit, Unset):
            cnt_refund_credit = self.cnt_refund_credit.to_dict()

        cnt_transactions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_transactions, Unset):
            cnt_transactions = self.cnt_transactions.to_dict()

        cnt_upi_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_upi_credit, Unset):
            cnt_upi_credit = self.cnt_upi_credit.to_dict()

        cnt_upi_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_upi_debit, Unset):
            cnt_upi_debit = self.cnt_upi_debit.to_dict()

        cnt_investment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_investment, Unset):
            cnt_investment = self.cnt_investment.to_dict()

        cnt_credit_card_bill_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_credit_card_bill_debit, Unset):
            cnt_credit_card_bill_debit = self.cnt_credit_card_bill_debit.to_dict()

        cnt_loan_credits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_loan_credits, Unset):
            cnt_loan_credits = self.cnt_loan_credits.to_dict()

        cnt_business_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_business_credit, Unset):
            cnt_business_credit = self.cnt_business_credit.to_dict()

        cnt_self_transfer_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_self_transfer_debit, Unset):
            cnt_self_transfer_debit = self.cnt_self_transfer_debit.to_dict()

        cnt_self_transfer_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cnt_self_transfer_credit, Unset):
            cnt_self_transfer_credit = self.cnt_self_transfer_credit.to_dict()

        max_bal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_bal, Unset):
            max_bal = self.max_bal.to_dict()

        max_eod_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_eod_balance, Unset):
            max_eod_balance = self.max_eod_balance.to_dict()

        median_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.median_balance, Unset):
            median_balance = self.median_balance.to_dict()

        min_bal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_bal, Unset):
            min_bal = self.min_bal.to_dict()

        min_eod_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_eod_balance, Unset):
            min_eod_balance = self.min_eod_balance.to_dict()

        mode_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mode_balance, Unset):
            mode_balance = self.mode_balance.to_dict()

        net_cash_inflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_cash_inflow, Unset):
            net_cash_inflow = self.net_cash_inflow.to_dict()

        opening_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opening_balance, Unset):
            opening_balance = self.opening_balance.to_dict()

        number_of_salary_transactions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number_of_salary_transactions, Unset):
            number_of_salary_transactions = self.number_of_salary_transactions.to_dict()

        total_amount_of_salary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount_of_salary, Unset):
            total_amount_of_salary = self.total_amount_of_salary.to_dict()

        perc_salary_spend_bill_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perc_salary_spend_bill_payment, Unset):
            perc_salary_spend_bill_payment = (
                self.perc_salary_spend_bill_payment.to_dict()
            )

        perc_salary_spend_cash_withdrawl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perc_salary_spend_cash_withdrawl, Unset):
            perc_salary_spend_cash_withdrawl = (
                self.perc_salary_spend_cash_withdrawl.to_dict()
            )

        perc_salary_spend_debit_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perc_salary_spend_debit_card, Unset):
            perc_salary_spend_debit_card = self.perc_salary_spend_debit_card.to_dict()

        perc_salary_spend_net_banking_transfer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perc_salary_spend_net_banking_transfer, Unset):
            perc_salary_spend_net_banking_transfer = (
                self.perc_salary_spend_net_banking_transfer.to_dict()
            )

        perc_salary_spend_upi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perc_salary_spend_upi, Unset):
            perc_salary_spend_upi = self.perc_salary_spend_upi.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if amt_auto_debit_payment_bounce_credit is not UNSET:
            field_dict["amt_auto_debit_payment_bounce_credit"] = (
                amt_auto_debit_payment_bounce_credit
            )
        if amt_auto_debit_payment_debit is not UNSET:
            field_dict["amt_auto_debit_payment_debit"] = amt_auto_debit_payment_debit
        if amt_bank_charge_debit is not UNSET:
            field_dict["amt_bank_charge_debit"] = amt_bank_charge_debit
        if amt_bank_interest_credit is not UNSET:
            field_dict["amt_bank_interest_credit"] = amt_bank_interest_credit
        if amt_bill_payment_debit is not UNSET:
            field_dict["amt_bill_payment_debit"] = amt_bill_payment_debit
        if amt_cash_deposit_credit is not UNSET:
            field_dict["amt_cash_deposit_credit"] = amt_cash_deposit_credit
        if amt_cash_withdrawl_debit is not UNSET:
            field_dict["amt_cash_withdrawl_debit"] = amt_cash_withdrawl_debit
        if amt_chq_credit is not UNSET:
            field_dict["amt_chq_credit"] = amt_chq_credit
        if amt_chq_debit is not UNSET:
            field_dict["amt_chq_debit"] = amt_chq_debit
        if amt_income_credit is not UNSET:
            field_dict["amt_income_credit"] = amt_income_credit
        if amt_credit is not UNSET:
            field_dict["amt_credit"] = amt_credit
        if amt_debit is not UNSET:
            field_dict["amt_debit"] = amt_debit
        if amt_debit_card_debit is not UNSET:
            field_dict["amt_debit_card_debit"] = amt_debit_card_debit
        if amt_international_transaction_arbitrage_credit is not UNSET:
            field_dict["amt_international_transaction_arbitrage_credit"] = (
                amt_international_transaction_arbitrage_credit
            )
        if amt_international_transaction_arbitrage_debit is not UNSET:
            field_dict["amt_international_transaction_arbitrage_debit"] = (
                amt_international_transaction_arbitrage_debit
            )
        if amt_investment_cashin_credit is not UNSET:
            field_dict["amt_investment_cashin_credit"] = amt_investment_cashin_credit
        if amt_net_banking_transfer_credit is not UNSET:
            field_dict["amt_net_banking_transfer_credit"] = (
                amt_net_banking_transfer_credit
            )
        if amt_net_banking_transfer_debit is not UNSET:
            field_dict["amt_net_banking_transfer_debit"] = (
                amt_net_banking_transfer_debit
            )
        if amt_outward_cheque_bounce_debit is not UNSET:
            field_dict["amt_outward_cheque_bounce_debit"] = (
                amt_outward_cheque_bounce_debit
            )
        if amt_inward_cheque_bounce_credit is not UNSET:
            field_dict["amt_inward_cheque_bounce_credit"] = (
                amt_inward_cheque_bounce_credit
            )
        if amt_outward_cheque_bounce_insuff_funds_debit is not UNSET:
            field_dict["amt_outward_cheque_bounce_insuff_funds_debit"] = (
                amt_outward_cheque_bounce_insuff_funds_debit
            )
        if amt_inward_cheque_bounce_insuff_funds_credit is not UNSET:
            field_dict["amt_inward_cheque_bounce_insuff_funds_credit"] = (
                amt_inward_cheque_bounce_insuff_funds_credit
            )
        if amt_ach_bounce_charge is not UNSET:
            field_dict["amt_ach_bounce_charge"] = amt_ach_bounce_charge
        if amt_chq_bounce_charge is not UNSET:
            field_dict["amt_chq_bounce_charge"] = amt_chq_bounce_charge
        if amt_bounce_charge is not UNSET:
            field_dict["amt_bounce_charge"] = amt_bounce_charge
        if amt_payment_gateway_purchase_debit is not UNSET:
            field_dict["amt_payment_gateway_purchase_debit"] = (
                amt_payment_gateway_purchase_debit
            )
        if amt_refund_credit is not UNSET:
            field_dict["amt_refund_credit"] = amt_refund_credit
        if amt_upi_credit is not UNSET:
            field_dict["amt_upi_credit"] = amt_upi_credit
        if amt_upi_debit is not UNSET:
            field_dict["amt_upi_debit"] = amt_upi_debit
        if amt_emi_debit is not UNSET:
            field_dict["amt_emi_debit"] = amt_emi_debit
        if amt_emi_bounce_credit is not UNSET:
            field_dict["amt_emi_bounce_credit"] = amt_emi_bounce_credit
        if amt_credit_card_bill_debit is not UNSET:
            field_dict["amt_credit_card_bill_debit"] = amt_credit_card_bill_debit
        if amt_investment is not UNSET:
            field_dict["amt_investment"] = amt_investment
        if amt_loan_credits is not UNSET:
            field_dict["amt_loan_credits"] = amt_loan_credits
        if amt_business_credit is not UNSET:
            field_dict["amt_business_credit"] = amt_business_credit
        if amt_self_transfer_credit is not UNSET:
            field_dict["amt_self_transfer_credit"] = amt_self_transfer_credit
        if amt_self_transfer_debit is not UNSET:
            field_dict["amt_self_transfer_debit"] = amt_self_transfer_debit
        if avg_bal is not UNSET:
            field_dict["avg_bal"] = avg_bal
        if avg_credit_transaction_size is not UNSET:
            field_dict["avg_credit_transaction_size"] = avg_credit_transaction_size
        if avg_debit_transaction_size is not UNSET:
            field_dict["avg_debit_transaction_size"] = avg_debit_transaction_size
        if avg_emi is not UNSET:
            field_dict["avg_emi"] = avg_emi
        if closing_balance is not UNSET:
            field_dict["closing_balance"] = closing_balance
        if cnt_auto_debit_payment_bounce_credit is not UNSET:
            field_dict["cnt_auto_debit_payment_bounce_credit"] = (
                cnt_auto_debit_payment_bounce_credit
            )
        if cnt_auto_debit_payment_debit is not UNSET:
            field_dict["cnt_auto_debit_payment_debit"] = cnt_auto_debit_payment_debit
        if cnt_bank_charge_debit is not UNSET:
            field_dict["cnt_bank_charge_debit"] = cnt_bank_charge_debit
        if cnt_bank_interest_credit is not UNSET:
            field_dict["cnt_bank_interest_credit"] = cnt_bank_interest_credit
        if cnt_bill_payment_debit is not UNSET:
            field_dict["cnt_bill_payment_debit"] = cnt_bill_payment_debit
        if cnt_cash_deposit_credit is not UNSET:
            field_dict["cnt_cash_deposit_credit"] = cnt_cash_deposit_credit
        if cnt_cash_withdrawl_debit is not UNSET:
            field_dict["cnt_cash_withdrawl_debit"] = cnt_cash_withdrawl_debit
        if cnt_chq_credit is not UNSET:
            field_dict["cnt_chq_credit"] = cnt_chq_credit
        if cnt_chq_debit is not UNSET:
            field_dict["cnt_chq_debit"] = cnt_chq_debit
        if cnt_income_credit is not UNSET:
            field_dict["cnt_income_credit"] = cnt_income_credit
        if cnt_credit is not UNSET:
            field_dict["cnt_credit"] = cnt_credit
        if cnt_debit is not UNSET:
            field_dict["cnt_debit"] = cnt_debit
        if cnt_debit_card_debit is not UNSET:
            field_dict["cnt_debit_card_debit"] = cnt_debit_card_debit
        if cnt_international_transaction_arbitrage_credit is not UNSET:
            field_dict["cnt_international_transaction_arbitrage_credit"] = (
                cnt_international_transaction_arbitrage_credit
            )
        if cnt_international_transaction_arbitrage_debit is not UNSET:
            field_dict["cnt_international_transaction_arbitrage_debit"] = (
                cnt_international_transaction_arbitrage_debit
            )
        if cnt_investment_cashin_credit is not UNSET:
            field_dict["cnt_investment_cashin_credit"] = cnt_investment_cashin_credit
        if cnt_net_banking_transfer_credit is not UNSET:
            field_dict["cnt_net_banking_transfer_credit"] = (
                cnt_net_banking_transfer_credit
            )
        if cnt_net_banking_transfer_debit is not UNSET:
            field_dict["cnt_net_banking_transfer_debit"] = (
                cnt_net_banking_transfer_debit
            )
        if cnt_outward_cheque_bounce_debit is not UNSET:
            field_dict["cnt_outward_cheque_bounce_debit"] = (
                cnt_outward_cheque_bounce_debit
            )
        if cnt_inward_cheque_bounce_credit is not UNSET:
            field_dict["cnt_inward_cheque_bounce_credit"] = (
                cnt_inward_cheque_bounce_credit
            )
        if cnt_inward_cheque_bounce_insuff_funds_credit is not UNSET:
            field_dict["cnt_inward_cheque_bounce_insuff_funds_credit"] = (
                cnt_inward_cheque_bounce_insuff_funds_credit
            )
        if cnt_outward_cheque_bounce_insuff_funds_debit is not UNSET:
            field_dict["cnt_outward_cheque_bounce_insuff_funds_debit"] = (
                cnt_outward_cheque_bounce_insuff_funds_debit
            )
        if cnt_ach_bounce_charge is not UNSET:
            field_dict["cnt_ach_bounce_charge"] = cnt_ach_bounce_charge
        if cnt_chq_bounce_charge is not UNSET:
            field_dict["cnt_chq_bounce_charge"] = cnt_chq_bounce_charge
        if cnt_bounce_charge is not UNSET:
            field_dict["cnt_bounce_charge"] = cnt_bounce_charge
        if cnt_payment_gateway_purchase_debit is not UNSET:
            field_dict["cnt_payment_gateway_purchase_debit"] = (
                cnt_payment_gateway_purchase_debit
            )
        if cnt_emi_debit is not UNSET:
            field_dict["cnt_emi_debit"] = cnt_emi_debit
        if cnt_emi_bounce_credit is not UNSET:
            field_dict["cnt_emi_bounce_credit"] = cnt_emi_bounce_credit
        if cnt_refund_credit is not UNSET:
            field_dict["cnt_refund_credit"] = cnt_refund_credit
        if cnt_transactions is not UNSET:
            field_dict["cnt_transactions"] = cnt_transactions
        if cnt_upi_credit is not UNSET:
            field_dict["cnt_upi_credit"] = cnt_upi_credit
        if cnt_upi_debit is not UNSET:
            field_dict["cnt_upi_debit"] = cnt_upi_debit
        if cnt_investment is not UNSET:
            field_dict["cnt_investment"] = cnt_investment
        if cnt_credit_card_bill_debit is not UNSET:
            field_dict["cnt_credit_card_bill_debit"] = cnt_credit_card_bill_debit
        if cnt_loan_credits is not UNSET:
            field_dict["cnt_loan_credits"] = cnt_loan_credits
        if cnt_business_credit is not UNSET:
            field_dict["cnt_business_credit"] = cnt_business_credit
        if cnt_self_transfer_debit is not UNSET:
            field_dict["cnt_self_transfer_debit"] = cnt_self_transfer_debit
        if cnt_self_transfer_credit is not UNSET:
            field_dict["cnt_self_transfer_credit"] = cnt_self_transfer_credit
        if max_bal is not UNSET:
            field_dict["max_bal"] = max_bal
        if max_eod_balance is not UNSET:
            field_dict["max_eod_balance"] = max_eod_balance
        if median_balance is not UNSET:
            field_dict["median_balance"] = median_balance
        if min_bal is not UNSET:
            field_dict["min_bal"] = min_bal
        if min_eod_balance is not UNSET:
            field_dict["min_eod_balance"] = min_eod_balance
        if mode_balance is not UNSET:
            field_dict["mode_balance"] = mode_balance
        if net_cash_inflow is not UNSET:
            field_dict["net_cash_inflow"] = net_cash_inflow
        if opening_balance is not UNSET:
            field_dict["opening_balance"] = opening_balance
        if number_of_salary_transactions is not UNSET:
            field_dict["number_of_salary_transactions"] = number_of_salary_transactions
        if total_amount_of_salary is not UNSET:
            field_dict["total_amount_of_salary"] = total_amount_of_salary
        if perc_salary_spend_bill_payment is not UNSET:
            field_dict["perc_salary_spend_bill_payment"] = (
                perc_salary_spend_bill_payment
            )
        if perc_salary_spend_cash_withdrawl is not UNSET:
            field_dict["perc_salary_spend_cash_withdrawl"] = (
                perc_salary_spend_cash_withdrawl
            )
        if perc_salary_spend_debit_card is not UNSET:
            field_dict["perc_salary_spend_debit_card"] = perc_salary_spend_debit_card
        if perc_salary_spend_net_banking_transfer is not UNSET:
            field_dict["perc_salary_spend_net_banking_transfer"] = (
                perc_salary_spend_net_banking_transfer
            )
        if perc_salary_spend_upi is not UNSET:
            field_dict["perc_salary_spend_upi"] = perc_salary_spend_upi

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.month_values import MonthValues

        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "amt_auto_debit_payment_bounce_credit"
            _amt_auto_debit_payment_bounce_credit = d.get(
                "amt_auto_debit_payment_bounce_credit", UNSET
            )
            amt_auto_debit_payment_bounce_credit: MonthValues | Unset
            if isinstance(_amt_auto_debit_payment_bounce_credit, Unset):
                amt_auto_debit_payment_bounce_credit = UNSET
            else:
                amt_auto_debit_payment_bounce_credit = MonthValues.from_dict(
                    _amt_auto_debit_payment_bounce_credit
                )

            _at = "amt_auto_debit_payment_debit"
            _amt_auto_debit_payment_debit = d.get("amt_auto_debit_payment_debit", UNSET)
            amt_auto_debit_payment_debit: MonthValues | Unset
            if isinstance(_amt_auto_debit_payment_debit, Unset):
                amt_auto_debit_payment_debit = UNSET
            else:
                amt_auto_debit_payment_debit = MonthValues.from_dict(
                    _amt_auto_debit_payment_debit
                )

            _at = "amt_bank_charge_debit"
            _amt_bank_charge_debit = d.get("amt_bank_charge_debit", UNSET)
            amt_bank_charge_debit: MonthValues | Unset
            if isinstance(_amt_bank_charge_debit, Unset):
                amt_bank_charge_debit = UNSET
            else:
                amt_bank_charge_debit = MonthValues.from_dict(_amt_bank_charge_debit)

            _at = "amt_bank_interest_credit"
            _amt_bank_interest_credit = d.get("amt_bank_interest_credit", UNSET)
            amt_bank_interest_credit: MonthValues | Unset
            if isinstance(_amt_bank_interest_credit, Unset):
                amt_bank_interest_credit = UNSET
            else:
                amt_bank_interest_credit = MonthValues.from_dict(
                    _amt_bank_interest_credit
                )

            _at = "amt_bill_payment_debit"
            _amt_bill_payment_debit = d.get("amt_bill_payment_debit", UNSET)
            amt_bill_payment_debit: MonthValues | Unset
            if isinstance(_amt_bill_payment_debit, Unset):
                amt_bill_payment_debit = UNSET
            else:
                amt_bill_payment_debit = MonthValues.from_dict(_amt_bill_payment_debit)

            _at = "amt_cash_deposit_credit"
            _amt_cash_deposit_credit = d.get("amt_cash_deposit_credit", UNSET)
            amt_cash_deposit_credit: MonthValues | Unset
            if isinstance(_amt_cash_deposit_credit, Unset):
                amt_cash_deposit_credit = UNSET
            else:
                amt_cash_deposit_credit = MonthValues.from_dict(
                    _amt_cash_deposit_credit
                )

            _at = "amt_cash_withdrawl_debit"
            _amt_cash_withdrawl_debit = d.get("amt_cash_withdrawl_debit", UNSET)
            amt_cash_withdrawl_debit: MonthValues | Unset
            if isinstance(_amt_cash_withdrawl_debit, Unset):
                amt_cash_withdrawl_debit = UNSET
            else:
                amt_cash_withdrawl_debit = MonthValues.from_dict(
                    _amt_cash_withdrawl_debit
                )

            _at = "amt_chq_credit"
            _amt_chq_credit = d.get("amt_chq_credit", UNSET)
            amt_chq_credit: MonthValues | Unset
            if isinstance(_amt_chq_credit, Unset):
                amt_chq_credit = UNSET
            else:
                amt_chq_credit = MonthValues.from_dict(_amt_chq_credit)

            _at = "amt_chq_debit"
            _amt_chq_debit = d.get("amt_chq_debit", UNSET)
            amt_chq_debit: MonthValues | Unset
            if isinstance(_amt_chq_debit, Unset):
                amt_chq_debit = UNSET
            else:
                amt_chq_debit = MonthValues.from_dict(_amt_chq_debit)

            _at = "amt_income_credit"
            _amt_income_credit = d.get("amt_income_credit", UNSET)
            amt_income_credit: MonthValues | Unset
            if isinstance(_amt_income_credit, Unset):
                amt_income_credit = UNSET
            else:
                amt_income_credit = MonthValues.from_dict(_amt_income_credit)

            _at = "amt_credit"
            _amt_credit = d.get("amt_credit", UNSET)
            amt_credit: MonthValues | Unset
            if isinstance(_amt_credit, Unset):
                amt_credit = UNSET
            else:
                amt_credit = MonthValues.from_dict(_amt_credit)

            _at = "amt_debit"
            _amt_debit = d.get("amt_debit", UNSET)
            amt_debit: MonthValues | Unset
            if isinstance(_amt_debit, Unset):
                amt_debit = UNSET
            else:
                amt_debit = MonthValues.from_dict(_amt_debit)

            _at = "amt_debit_card_debit"
            _amt_debit_card_debit = d.get("amt_debit_card_debit", UNSET)
            amt_debit_card_debit: MonthValues | Unset
            if isinstance(_amt_debit_card_debit, Unset):
                amt_debit_card_debit = UNSET
            else:
                amt_debit_card_debit = MonthValues.from_dict(_amt_debit_card_debit)

            _at = "amt_international_transaction_arbitrage_credit"
            _amt_international_transaction_arbitrage_credit = d.get(
                "amt_international_transaction_arbitrage_credit", UNSET
            )
            amt_international_transaction_arbitrage_credit: MonthValues | Unset
            if isinstance(_amt_international_transaction_arbitrage_credit, Unset):
                amt_international_transaction_arbitrage_credit = UNSET
            else:
                amt_international_transaction_arbitrage_credit = MonthValues.from_dict(
                    _amt_international_transaction_arbitrage_credit
                )

            _at = "amt_international_transaction_arbitrage_debit"
            _amt_international_transaction_arbitrage_debit = d.get(
                "amt_international_transaction_arbitrage_debit", UNSET
            )
            amt_international_transaction_arbitrage_debit: MonthValues | Unset
            if isinstance(_amt_international_transaction_arbitrage_debit, Unset):
                amt_international_transaction_arbitrage_debit = UNSET
            else:
                amt_international_transaction_arbitrage_debit = MonthValues.from_dict(
                    _amt_international_transaction_arbitrage_debit
                )

            _at = "amt_investment_cashin_credit"
            _amt_investment_cashin_credit = d.get("amt_investment_cashin_credit", UNSET)
            amt_investment_cashin_credit: MonthValues | Unset
            if isinstance(_amt_investment_cashin_credit, Unset):
                amt_investment_cashin_credit = UNSET
            else:
                amt_investment_cashin_credit = MonthValues.from_dict(
                    _amt_investment_cashin_credit
                )

            _at = "amt_net_banking_transfer_credit"
            _amt_net_banking_transfer_credit = d.get(
                "amt_net_banking_transfer_credit", UNSET
            )
            amt_net_banking_transfer_credit: MonthValues | Unset
            if isinstance(_amt_net_banking_transfer_credit, Unset):
                amt_net_banking_transfer_credit = UNSET
            else:
                amt_net_banking_transfer_credit = MonthValues.from_dict(
                    _amt_net_banking_transfer_credit
                )

            _at = "amt_net_banking_transfer_debit"
            _amt_net_banking_transfer_debit = d.get(
                "amt_net_banking_transfer_debit", UNSET
            )
            amt_net_banking_transfer_debit: MonthValues | Unset
            if isinstance(_amt_net_banking_transfer_debit, Unset):
                amt_net_banking_transfer_debit = UNSET
            else:
                amt_net_banking_transfer_debit = MonthValues.from_dict(
                    _amt_net_banking_transfer_debit
                )

            _at = "amt_outward_cheque_bounce_debit"
            _amt_outward_cheque_bounce_debit = d.get(
                "amt_outward_cheque_bounce_debit", UNSET
            )
            amt_outward_cheque_bounce_debit: MonthValues | Unset
            if isinstance(_amt_outward_cheque_bounce_debit, Unset):
                amt_outward_cheque_bounce_debit = UNSET
            else:
                amt_outward_cheque_bounce_debit = MonthValues.from_dict(
                    _amt_outward_cheque_bounce_debit
                )

            _at = "amt_inward_cheque_bounce_credit"
            _amt_inward_cheque_bounce_credit = d.get(
                "amt_inward_cheque_bounce_credit", UNSET
            )
            amt_inward_cheque_bounce_credit: MonthValues | Unset
            if isinstance(_amt_inward_cheque_bounce_credit, Unset):
                amt_inward_cheque_bounce_credit = UNSET
            else:
                amt_inward_cheque_bounce_credit = MonthValues.from_dict(
                    _amt_inward_cheque_bounce_credit
                )

            _at = "amt_outward_cheque_bounce_insuff_funds_debit"
            _amt_outward_cheque_bounce_insuff_funds_debit = d.get(
                "amt_outward_cheque_bounce_insuff_funds_debit", UNSET
            )
            amt_outward_cheque_bounce_insuff_funds_debit: MonthValues | Unset
            if isinstance(_amt_outward_cheque_bounce_insuff_funds_debit, Unset):
                amt_outward_cheque_bounce_insuff_funds_debit = UNSET
            else:
                amt_outward_cheque_bounce_insuff_funds_debit = MonthValues.from_dict(
                    _amt_outward_cheque_bounce_insuff_funds_debit
                )

            _at = "amt_inward_cheque_bounce_insuff_funds_credit"
            _amt_inward_cheque_bounce_insuff_funds_credit = d.get(
                "amt_inward_cheque_bounce_insuff_funds_credit", UNSET
            )
            amt_inward_cheque_bounce_insuff_funds_credit: MonthValues | Unset
            if isinstance(_amt_inward_cheque_bounce_insuff_funds_credit, Unset):
                amt_inward_cheque_bounce_insuff_funds_credit = UNSET
            else:
                amt_inward_cheque_bounce_insuff_funds_credit = MonthValues.from_dict(
                    _amt_inward_cheque_bounce_insuff_funds_credit
                )

            _at = "amt_ach_bounce_charge"
            _amt_ach_bounce_charge = d.get("amt_ach_bounce_charge", UNSET)
            amt_ach_bounce_charge: MonthValues | Unset
            if isinstance(_amt_ach_bounce_charge, Unset):
                amt_ach_bounce_charge = UNSET
            else:
                amt_ach_bounce_charge = MonthValues.from_dict(_amt_ach_bounce_charge)

            _at = "amt_chq_bounce_charge"
            _amt_chq_bounce_charge = d.get("amt_chq_bounce_charge", UNSET)
            amt_chq_bounce_charge: MonthValues | Unset
            if isinstance(_amt_chq_bounce_charge, Unset):
                amt_chq_bounce_charge = UNSET
            else:
                amt_chq_bounce_charge = MonthValues.from_dict(_amt_chq_bounce_charge)

            _at = "amt_bounce_charge"
            _amt_bounce_charge = d.get("amt_bounce_charge", UNSET)
            amt_bounce_charge: MonthValues | Unset
            if isinstance(_amt_bounce_charge, Unset):
                amt_bounce_charge = UNSET
            else:
                amt_bounce_charge = MonthValues.from_dict(_amt_bounce_charge)

            _at = "amt_payment_gateway_purchase_debit"
            _amt_payment_gateway_purchase_debit = d.get(
                "amt_payment_gateway_purchase_debit", UNSET
            )
            amt_payment_gateway_purchase_debit: MonthValues | Unset
            if isinstance(_amt_payment_gateway_purchase_debit, Unset):
                amt_payment_gateway_purchase_debit = UNSET
            else:
                amt_payment_gateway_purchase_debit = MonthValues.from_dict(
                    _amt_payment_gateway_purchase_debit
                )

            _at = "amt_refund_credit"
            _amt_refund_credit = d.get("amt_refund_credit", UNSET)
            amt_refund_credit: MonthValues | Unset
            if isinstance(_amt_refund_credit, Unset):
                amt_refund_credit = UNSET
            else:
                amt_refund_credit = MonthValues.from_dict(_amt_refund_credit)

            _at = "amt_upi_credit"
            _amt_upi_credit = d.get("amt_upi_credit", UNSET)
            amt_upi_credit: MonthValues | Unset
            if isinstance(_amt_upi_credit, Unset):
                amt_upi_credit = UNSET
            else:
                amt_upi_credit = MonthValues.from_dict(_amt_upi_credit)

            _at = "amt_upi_debit"
            _amt_upi_debit = d.get("amt_upi_debit", UNSET)
            amt_upi_debit: MonthValues | Unset
            if isinstance(_amt_upi_debit, Unset):
                amt_upi_debit = UNSET
            else:
                amt_upi_debit = MonthValues.from_dict(_amt_upi_debit)

            _at = "amt_emi_debit"
            _amt_emi_debit = d.get("amt_emi_debit", UNSET)
            amt_emi_debit: MonthValues | Unset
            if isinstance(_amt_emi_debit, Unset):
                amt_emi_debit = UNSET
            else:
                amt_emi_debit = MonthValues.from_dict(_amt_emi_debit)

            _at = "amt_emi_bounce_credit"
            _amt_emi_bounce_credit = d.get("amt_emi_bounce_credit", UNSET)
            amt_emi_bounce_credit: MonthValues | Unset
            if isinstance(_amt_emi_bounce_credit, Unset):
                amt_emi_bounce_credit = UNSET
            else:
                amt_emi_bounce_credit = MonthValues.from_dict(_amt_emi_bounce_credit)

            _at = "amt_credit_card_bill_debit"
            _amt_credit_card_bill_debit = d.get("amt_credit_card_bill_debit", UNSET)
            amt_credit_card_bill_debit: MonthValues | Unset
            if isinstance(_amt_credit_card_bill_debit, Unset):
                amt_credit_card_bill_debit = UNSET
            else:
                amt_credit_card_bill_debit = MonthValues.from_dict(
                    _amt_credit_card_bill_debit
                )

            _at = "amt_investment"
            _amt_investment = d.get("amt_investment", UNSET)
            amt_investment: MonthValues | Unset
            if isinstance(_amt_investment, Unset):
                amt_investment = UNSET
            else:
                amt_investment = MonthValues.from_dict(_amt_investment)

            _at = "amt_loan_credits"
            _amt_loan_credits = d.get("amt_loan_credits", UNSET)
            amt_loan_credits: MonthValues | Unset
            if isinstance(_amt_loan_credits, Unset):
                amt_loan_credits = UNSET
            else:
                amt_loan_credits = MonthValues.from_dict(_amt_loan_credits)

            _at = "amt_business_credit"
            _amt_business_credit = d.get("amt_business_credit", UNSET)
            amt_business_credit: MonthValues | Unset
            if isinstance(_amt_business_credit, Unset):
                amt_business_credit = UNSET
            else:
                amt_business_credit = MonthValues.from_dict(_amt_business_credit)

            _at = "amt_self_transfer_credit"
            _amt_self_transfer_credit = d.get("amt_self_transfer_credit", UNSET)
            amt_self_transfer_credit: MonthValues | Unset
            if isinstance(_amt_self_transfer_credit, Unset):
                amt_self_transfer_credit = UNSET
            else:
                amt_self_transfer_credit = MonthValues.from_dict(
                    _amt_self_transfer_credit
                )

            _at = "amt_self_transfer_debit"
            _amt_self_transfer_debit = d.get("amt_self_transfer_debit", UNSET)
            amt_self_transfer_debit: MonthValues | Unset
            if isinstance(_amt_self_transfer_debit, Unset):
                amt_self_transfer_debit = UNSET
            else:
                amt_self_transfer_debit = MonthValues.from_dict(
                    _amt_self_transfer_debit
                )

            _at = "avg_bal"
            _avg_bal = d.get("avg_bal", UNSET)
            avg_bal: MonthValues | Unset
            if isinstance(_avg_bal, Unset):
                avg_bal = UNSET
            else:
                avg_bal = MonthValues.from_dict(_avg_bal)

            _at = "avg_credit_transaction_size"
            _avg_credit_transaction_size = d.get("avg_credit_transaction_size", UNSET)
            avg_credit_transaction_size: MonthValues | Unset
            if isinstance(_avg_credit_transaction_size, Unset):
                avg_credit_transaction_size = UNSET
            else:
                avg_credit_transaction_size = MonthValues.from_dict(
                    _avg_credit_transaction_size
                )

            _at = "avg_debit_transaction_size"
            _avg_debit_transaction_size = d.get("avg_debit_transaction_size", UNSET)
            avg_debit_transaction_size: MonthValues | Unset
            if isinstance(_avg_debit_transaction_size, Unset):
                avg_debit_transaction_size = UNSET
            else:
                avg_debit_transaction_size = MonthValues.from_dict(
                    _avg_debit_transaction_size
                )

            _at = "avg_emi"
            _avg_emi = d.get("avg_emi", UNSET)
            avg_emi: MonthValues | Unset
            if isinstance(_avg_emi, Unset):
                avg_emi = UNSET
            else:
                avg_emi = MonthValues.from_dict(_avg_emi)

            _at = "closing_balance"
            _closing_balance = d.get("closing_balance", UNSET)
            closing_balance: MonthValues | Unset
            if isinstance(_closing_balance, Unset):
                closing_balance = UNSET
            else:
                closing_balance = MonthValues.from_dict(_closing_balance)

            _at = "cnt_auto_debit_payment_bounce_credit"
            _cnt_auto_debit_payment_bounce_credit = d.get(
                "cnt_auto_debit_payment_bounce_credit", UNSET
            )
            cnt_auto_debit_payment_bounce_credit: MonthValues | Unset
            if isinstance(_cnt_auto_debit_payment_bounce_credit, Unset):
                cnt_auto_debit_payment_bounce_credit = UNSET
            else:
                cnt_auto_debit_payment_bounce_credit = MonthValues.from_dict(
                    _cnt_auto_debit_payment_bounce_credit
                )

            _at = "cnt_auto_debit_payment_debit"
            _cnt_auto_debit_payment_debit = d.get("cnt_auto_debit_payment_debit", UNSET)
            cnt_auto_debit_payment_debit: MonthValues | Unset
            if isinstance(_cnt_auto_debit_payment_debit, Unset):
                cnt_auto_debit_payment_debit = UNSET
            else:
                cnt_auto_debit_payment_debit = MonthValues.from_dict(
                    _cnt_auto_debit_payment_debit
                )

            _at = "cnt_bank_charge_debit"
            _cnt_bank_charge_debit = d.get("cnt_bank_charge_debit", UNSET)
            cnt_bank_charge_debit: MonthValues | Unset
            if isinstance(_cnt_bank_charge_debit, Unset):
                cnt_bank_charge_debit = UNSET
            else:
                cnt_bank_charge_debit = MonthValues.from_dict(_cnt_bank_charge_debit)

            _at = "cnt_bank_interest_credit"
            _cnt_bank_interest_credit = d.get("cnt_bank_interest_credit", UNSET)
            cnt_bank_interest_credit: MonthValues | Unset
            if isinstance(_cnt_bank_interest_credit, Unset):
                cnt_bank_interest_credit = UNSET
            else:
                cnt_bank_interest_credit = MonthValues.from_dict(
                    _cnt_bank_interest_credit
                )

            _at = "cnt_bill_payment_debit"
            _cnt_bill_payment_debit = d.get("cnt_bill_payment_debit", UNSET)
            cnt_bill_payment_debit: MonthValues | Unset
            if isinstance(_cnt_bill_payment_debit, Unset):
                cnt_bill_payment_debit = UNSET
            else:
                cnt_bill_payment_debit = MonthValues.from_dict(_cnt_bill_payment_debit)

            _at = "cnt_cash_deposit_credit"
            _cnt_cash_deposit_credit = d.get("cnt_cash_deposit_credit", UNSET)
            cnt_cash_deposit_credit: MonthValues | Unset
            if isinstance(_cnt_cash_deposit_credit, Unset):
                cnt_cash_deposit_credit = UNSET
            else:
                cnt_cash_deposit_credit = MonthValues.from_dict(
                    _cnt_cash_deposit_credit
                )

            _at = "cnt_cash_withdrawl_debit"
            _cnt_cash_withdrawl_debit = d.get("cnt_cash_withdrawl_debit", UNSET)
            cnt_cash_withdrawl_debit: MonthValues | Unset
            if isinstance(_cnt_cash_withdrawl_debit, Unset):
                cnt_cash_withdrawl_debit = UNSET
            else:
                cnt_cash_withdrawl_debit = MonthValues.from_dict(
                    _cnt_cash_withdrawl_debit
                )

            _at = "cnt_chq_credit"
            _cnt_chq_credit = d.get("cnt_chq_credit", UNSET)
            cnt_chq_credit: MonthValues | Unset
            if isinstance(_cnt_chq_credit, Unset):
                cnt_chq_credit = UNSET
            else:
                cnt_chq_credit = MonthValues.from_dict(_cnt_chq_credit)

            _at = "cnt_chq_debit"
            _cnt_chq_debit = d.get("cnt_chq_debit", UNSET)
            cnt_chq_debit: MonthValues | Unset
            if isinstance(_cnt_chq_debit, Unset):
                cnt_chq_debit = UNSET
            else:
                cnt_chq_debit = MonthValues.from_dict(_cnt_chq_debit)

            _at = "cnt_income_credit"
            _cnt_income_credit = d.get("cnt_income_credit", UNSET)
            cnt_income_credit: MonthValues | Unset
            if isinstance(_cnt_income_credit, Unset):
                cnt_income_credit = UNSET
            else:
                cnt_income_credit = MonthValues.from_dict(_cnt_income_credit)

            _at = "cnt_credit"
            _cnt_credit = d.get("cnt_credit", UNSET)
            cnt_credit: MonthValues | Unset
            if isinstance(_cnt_credit, Unset):
                cnt_credit = UNSET
            else:
                cnt_credit = MonthValues.from_dict(_cnt_credit)

            _at = "cnt_debit"
            _cnt_debit = d.get("cnt_debit", UNSET)
            cnt_debit: MonthValues | Unset
            if isinstance(_cnt_debit, Unset):
                cnt_debit = UNSET
            else:
                cnt_debit = MonthValues.from_dict(_cnt_debit)

            _at = "cnt_debit_card_debit"
            _cnt_debit_card_debit = d.get("cnt_debit_card_debit", UNSET)
            cnt_debit_card_debit: MonthValues | Unset
            if isinstance(_cnt_debit_card_debit, Unset):
                cnt_debit_card_debit = UNSET
            else:
                cnt_debit_card_debit = MonthValues.from_dict(_cnt_debit_card_debit)

            _at = "cnt_international_transaction_arbitrage_credit"
            _cnt_international_transaction_arbitrage_credit = d.get(
                "cnt_international_transaction_arbitrage_credit", UNSET
            )
            cnt_international_transaction_arbitrage_credit: MonthValues | Unset
            if isinstance(_cnt_international_transaction_arbitrage_credit, Unset):
                cnt_international_transaction_arbitrage_credit = UNSET
            else:
                cnt_international_transaction_arbitrage_credit = MonthValues.from_dict(
                    _cnt_international_transaction_arbitrage_credit
                )

            _at = "cnt_international_transaction_arbitrage_debit"
            _cnt_international_transaction_arbitrage_debit = d.get(
                "cnt_international_transaction_arbitrage_debit", UNSET
            )
            cnt_international_transaction_arbitrage_debit: MonthValues | Unset
            if isinstance(_cnt_international_transaction_arbitrage_debit, Unset):
                cnt_international_transaction_arbitrage_debit = UNSET
            else:
                cnt_international_transaction_arbitrage_debit = MonthValues.from_dict(
                    _cnt_international_transaction_arbitrage_debit
                )

            _at = "cnt_investment_cashin_credit"
            _cnt_investment_cashin_credit = d.get("cnt_investment_cashin_credit", UNSET)
            cnt_investment_cashin_credit: MonthValues | Unset
            if isinstance(_cnt_investment_cashin_credit, Unset):
                cnt_investment_cashin_credit = UNSET
            else:
                cnt_investment_cashin_credit = MonthValues.from_dict(
                    _cnt_investment_cashin_credit
                )

            _at = "cnt_net_banking_transfer_credit"
            _cnt_net_banking_transfer_credit = d.get(
                "cnt_net_banking_transfer_credit", UNSET
            )
            cnt_net_banking_transfer_credit: MonthValues | Unset
            if isinstance(_cnt_net_banking_transfer_credit, Unset):
                cnt_net_banking_transfer_credit = UNSET
            else:
                cnt_net_banking_transfer_credit = MonthValues.from_dict(
                    _cnt_net_banking_transfer_credit
                )

            _at = "cnt_net_banking_transfer_debit"
            _cnt_net_banking_transfer_debit = d.get(
                "cnt_net_banking_transfer_debit", UNSET
            )
            cnt_net_banking_transfer_debit: MonthValues | Unset
            if isinstance(_cnt_net_banking_transfer_debit, Unset):
                cnt_net_banking_transfer_debit = UNSET
            else:
                cnt_net_banking_transfer_debit = MonthValues.from_dict(
                    _cnt_net_banking_transfer_debit
                )

            _at = "cnt_outward_cheque_bounce_debit"
            _cnt_outward_cheque_bounce_debit = d.get(
                "cnt_outward_cheque_bounce_debit", UNSET
            )
            cnt_outward_cheque_bounce_debit: MonthValues | Unset
            if isinstance(_cnt_outward_cheque_bounce_debit, Unset):
                cnt_outward_cheque_bounce_debit = UNSET
            else:
                cnt_outward_cheque_bounce_debit = MonthValues.from_dict(
                    _cnt_outward_cheque_bounce_debit
                )

            _at = "cnt_inward_cheque_bounce_credit"
            _cnt_inward_cheque_bounce_credit = d.get(
                "cnt_inward_cheque_bounce_credit", UNSET
            )
            cnt_inward_cheque_bounce_credit: MonthValues | Unset
            if isinstance(_cnt_inward_cheque_bounce_credit, Unset):
                cnt_inward_cheque_bounce_credit = UNSET
            else:
                cnt_inward_cheque_bounce_credit = MonthValues.from_dict(
                    _cnt_inward_cheque_bounce_credit
                )

            _at = "cnt_inward_cheque_bounce_insuff_funds_credit"
            _cnt_inward_cheque_bounce_insuff_funds_credit = d.get(
                "cnt_inward_cheque_bounce_insuff_funds_credit", UNSET
            )
            cnt_inward_cheque_bounce_insuff_funds_credit: MonthValues | Unset
            if isinstance(_cnt_inward_cheque_bounce_insuff_funds_credit, Unset):
                cnt_inward_cheque_bounce_insuff_funds_credit = UNSET
            else:
                cnt_inward_cheque_bounce_insuff_funds_credit = MonthValues.from_dict(
                    _cnt_inward_cheque_bounce_insuff_funds_credit
                )

            _at = "cnt_outward_cheque_bounce_insuff_funds_debit"
            _cnt_outward_cheque_bounce_insuff_funds_debit = d.get(
                "cnt_outward_cheque_bounce_insuff_funds_debit", UNSET
            )
            cnt_outward_cheque_bounce_insuff_funds_debit: MonthValues | Unset
            if isinstance(_cnt_outward_cheque_bounce_insuff_funds_debit, Unset):
                cnt_outward_cheque_bounce_insuff_funds_debit = UNSET
            else:
                cnt_outward_cheque_bounce_insuff_funds_debit = MonthValues.from_dict(
                    _cnt_outward_cheque_bounce_insuff_funds_debit
                )

            _at = "cnt_ach_bounce_charge"
            _cnt_ach_bounce_charge = d.get("cnt_ach_bounce_charge", UNSET)
            cnt_ach_bounce_charge: MonthValues | Unset
            if isinstance(_cnt_ach_bounce_charge, Unset):
                cnt_ach_bounce_charge = UNSET
            else:
                cnt_ach_bounce_charge = MonthValues.from_dict(_cnt_ach_bounce_charge)

            _at = "cnt_chq_bounce_charge"
            _cnt_chq_bounce_charge = d.get("cnt_chq_bounce_charge", UNSET)
            cnt_chq_bounce_charge: MonthValues | Unset
            if isinstance(_cnt_chq_bounce_charge, Unset):
                cnt_chq_bounce_charge = UNSET
            else:
                cnt_chq_bounce_charge = MonthValues.from_dict(_cnt_chq_bounce_charge)

            _at = "cnt_bounce_charge"
            _cnt_bounce_charge = d.get("cnt_bounce_charge", UNSET)
            cnt_bounce_charge: MonthValues | Unset
            if isinstance(_cnt_bounce_charge, Unset):
                cnt_bounce_charge = UNSET
            else:
                cnt_bounce_charge = MonthValues.from_dict(_cnt_bounce_charge)

            _at = "cnt_payment_gateway_purchase_debit"
            _cnt_payment_gateway_purchase_debit = d.get(
                "cnt_payment_gateway_purchase_debit", UNSET
            )
            cnt_payment_gateway_purchase_debit: MonthValues | Unset
            if isinstance(_cnt_payment_gateway_purchase_debit, Unset):
                cnt_payment_gateway_purchase_debit = UNSET
            else:
                cnt_payment_gateway_purchase_debit = MonthValues.from_dict(
                    _cnt_payment_gateway_purchase_debit
                )

            _at = "cnt_emi_debit"
            _cnt_emi_debit = d.get("cnt_emi_debit", UNSET)
            cnt_emi_debit: MonthValues | Unset
            if isinstance(_cnt_emi_debit, Unset):
                cnt_emi_debit = UNSET
            else:
                cnt_emi_debit = MonthValues.from_dict(_cnt_emi_debit)

            _at = "cnt_emi_bounce_credit"
            _cnt_emi_bounce_credit = d.get("cnt_emi_bounce_credit", UNSET)
            cnt_emi_bounce_credit: MonthValues | Unset
            if isinstance(_cnt_emi_bounce_credit, Unset):
                cnt_emi_bounce_credit = UNSET
            else:
                cnt_emi_bounce_credit = MonthValues.from_dict(_cnt_emi_bounce_credit)

            _at = "cnt_refund_credit"
            _cnt_refund_credit = d.get("cnt_refund_credit", UNSET)
            cnt_refund_credit: MonthValues | Unset
            if isinstance(_cnt_refund_credit, Unset):
                cnt_refund_credit = UNSET
            else:
                cnt_refund_credit = MonthValues.from_dict(_cnt_refund_credit)

            _at = "cnt_transactions"
            _cnt_transactions = d.get("cnt_transactions", UNSET)
            cnt_transactions: MonthValues | Unset
            if isinstance(_cnt_transactions, Unset):
                cnt_transactions = UNSET
            else:
                cnt_transactions = MonthValues.from_dict(_cnt_transactions)

            _at = "cnt_upi_credit"
            _cnt_upi_credit = d.get("cnt_upi_credit", UNSET)
            cnt_upi_credit: MonthValues | Unset
            if isinstance(_cnt_upi_credit, Unset):
                cnt_upi_credit = UNSET
            else:
                cnt_upi_credit = MonthValues.from_dict(_cnt_upi_credit)

            _at = "cnt_upi_debit"
            _cnt_upi_debit = d.get("cnt_upi_debit", UNSET)
            cnt_upi_debit: MonthValues | Unset
            if isinstance(_cnt_upi_debit, Unset):
                cnt_upi_debit = UNSET
            else:
                cnt_upi_debit = MonthValues.from_dict(_cnt_upi_debit)

            _at = "cnt_investment"
            _cnt_investment = d.get("cnt_investment", UNSET)
            cnt_investment: MonthValues | Unset
            if isinstance(_cnt_investment, Unset):
                cnt_investment = UNSET
            else:
                cnt_investment = MonthValues.from_dict(_cnt_investment)

            _at = "cnt_credit_card_bill_debit"
            _cnt_credit_card_bill_debit = d.get("cnt_credit_card_bill_debit", UNSET)
            cnt_credit_card_bill_debit: MonthValues | Unset
            if isinstance(_cnt_credit_card_bill_debit, Unset):
                cnt_credit_card_bill_debit = UNSET
            else:
                cnt_credit_card_bill_debit = MonthValues.from_dict(
                    _cnt_credit_card_bill_debit
                )

            _at = "cnt_loan_credits"
            _cnt_loan_credits = d.get("cnt_loan_credits", UNSET)
            cnt_loan_credits: MonthValues | Unset
            if isinstance(_cnt_loan_credits, Unset):
                cnt_loan_credits = UNSET
            else:
                cnt_loan_credits = MonthValues.from_dict(_cnt_loan_credits)

            _at = "cnt_business_credit"
            _cnt_business_credit = d.get("cnt_business_credit", UNSET)
            cnt_business_credit: MonthValues | Unset
            if isinstance(_cnt_business_credit, Unset):
                cnt_business_credit = UNSET
            else:
                cnt_business_credit = MonthValues.from_dict(_cnt_business_credit)

            _at = "cnt_self_transfer_debit"
            _cnt_self_transfer_debit = d.get("cnt_self_transfer_debit", UNSET)
            cnt_self_transfer_debit: MonthValues | Unset
            if isinstance(_cnt_self_transfer_debit, Unset):
                cnt_self_transfer_debit = UNSET
            else:
                cnt_self_transfer_debit = MonthValues.from_dict(
                    _cnt_self_transfer_debit
                )

            _at = "cnt_self_transfer_credit"
            _cnt_self_transfer_credit = d.get("cnt_self_transfer_credit", UNSET)
            cnt_self_transfer_credit: MonthValues | Unset
            if isinstance(_cnt_self_transfer_credit, Unset):
                cnt_self_transfer_credit = UNSET
            else:
                cnt_self_transfer_credit = MonthValues.from_dict(
                    _cnt_self_transfer_credit
                )

            _at = "max_bal"
            _max_bal = d.get("max_bal", UNSET)
            max_bal: MonthValues | Unset
            if isinstance(_max_bal, Unset):
                max_bal = UNSET
            else:
                max_bal = MonthValues.from_dict(_max_bal)

            _at = "max_eod_balance"
            _max_eod_balance = d.get("max_eod_balance", UNSET)
            max_eod_balance: MonthValues | Unset
            if isinstance(_max_eod_balance, Unset):
                max_eod_balance = UNSET
            else:
                max_eod_balance = MonthValues.from_dict(_max_eod_balance)

            _at = "median_balance"
            _median_balance = d.get("median_balance", UNSET)
            median_balance: MonthValues | Unset
            if isinstance(_median_balance, Unset):
                median_balance = UNSET
            else:
                median_balance = MonthValues.from_dict(_median_balance)

            _at = "min_bal"
            _min_bal = d.get("min_bal", UNSET)
            min_bal: MonthValues | Unset
            if isinstance(_min_bal, Unset):
                min_bal = UNSET
            else:
                min_bal = MonthValues.from_dict(_min_bal)

            _at = "min_eod_balance"
            _min_eod_balance = d.get("min_eod_balance", UNSET)
            min_eod_balance: MonthValues | Unset
            if isinstance(_min_eod_balance, Unset):
                min_eod_balance = UNSET
            else:
                min_eod_balance = MonthValues.from_dict(_min_eod_balance)

            _at = "mode_balance"
            _mode_balance = d.get("mode_balance", UNSET)
            mode_balance: MonthValues | Unset
            if isinstance(_mode_balance, Unset):
                mode_balance = UNSET
            else:
                mode_balance = MonthValues.from_dict(_mode_balance)

            _at = "net_cash_inflow"
            _net_cash_inflow = d.get("net_cash_inflow", UNSET)
            net_cash_inflow: MonthValues | Unset
            if isinstance(_net_cash_inflow, Unset):
                net_cash_inflow = UNSET
            else:
                net_cash_inflow = MonthValues.from_dict(_net_cash_inflow)

            _at = "opening_balance"
            _opening_balance = d.get("opening_balance", UNSET)
            opening_balance: MonthValues | Unset
            if isinstance(_opening_balance, Unset):
                opening_balance = UNSET
            else:
                opening_balance = MonthValues.from_dict(_opening_balance)

            _at = "number_of_salary_transactions"
            _number_of_salary_transactions = d.get(
                "number_of_salary_transactions", UNSET
            )
            number_of_salary_transactions: MonthValues | Unset
            if isinstance(_number_of_salary_transactions, Unset):
                number_of_salary_transactions = UNSET
            else:
                number_of_salary_transactions = MonthValues.from_dict(
                    _number_of_salary_transactions
                )

            _at = "total_amount_of_salary"
            _total_amount_of_salary = d.get("total_amount_of_salary", UNSET)
            total_amount_of_salary: MonthValues | Unset
            if isinstance(_total_amount_of_salary, Unset):
                total_amount_of_salary = UNSET
            else:
                total_amount_of_salary = MonthValues.from_dict(_total_amount_of_salary)

            _at = "perc_salary_spend_bill_payment"
            _perc_salary_spend_bill_payment = d.get(
                "perc_salary_spend_bill_payment", UNSET
            )
            perc_salary_spend_bill_payment: MonthValues | Unset
            if isinstance(_perc_salary_spend_bill_payment, Unset):
                perc_salary_spend_bill_payment = UNSET
            else:
                perc_salary_spend_bill_payment = MonthValues.from_dict(
                    _perc_salary_spend_bill_payment
                )

            _at = "perc_salary_spend_cash_withdrawl"
            _perc_salary_spend_cash_withdrawl = d.get(
                "perc_salary_spend_cash_withdrawl", UNSET
            )
            perc_salary_spend_cash_withdrawl: MonthValues | Unset
            if isinstance(_perc_salary_spend_cash_withdrawl, Unset):
                perc_salary_spend_cash_withdrawl = UNSET
            else:
                perc_salary_spend_cash_withdrawl = MonthValues.from_dict(
                    _perc_salary_spend_cash_withdrawl
                )

            _at = "perc_salary_spend_debit_card"
            _perc_salary_spend_debit_card = d.get("perc_salary_spend_debit_card", UNSET)
            perc_salary_spend_debit_card: MonthValues | Unset
            if isinstance(_perc_salary_spend_debit_card, Unset):
                perc_salary_spend_debit_card = UNSET
            else:
                perc_salary_spend_debit_card = MonthValues.from_dict(
                    _perc_salary_spend_debit_card
                )

            _at = "perc_salary_spend_net_banking_transfer"
            _perc_salary_spend_net_banking_transfer = d.get(
                "perc_salary_spend_net_banking_transfer", UNSET
            )
            perc_salary_spend_net_banking_transfer: MonthValues | Unset
            if isinstance(_perc_salary_spend_net_banking_transfer, Unset):
                perc_salary_spend_net_banking_transfer = UNSET
            else:
                perc_salary_spend_net_banking_transfer = MonthValues.from_dict(
                    _perc_salary_spend_net_banking_transfer
                )

            _at = "perc_salary_spend_upi"
            _perc_salary_spend_upi = d.get("perc_salary_spend_upi", UNSET)
            perc_salary_spend_upi: MonthValues | Unset
            if isinstance(_perc_salary_spend_upi, Unset):
                perc_salary_spend_upi = UNSET
            else:
                perc_salary_spend_upi = MonthValues.from_dict(_perc_salary_spend_upi)

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        monthly_analysis = object.__new__(cls)
        cls.__init__(
            monthly_analysis,
            amt_auto_debit_payment_bounce_credit,
            amt_auto_debit_payment_debit,
            amt_bank_charge_debit,
            amt_bank_interest_credit,
            amt_bill_payment_debit,
            amt_cash_deposit_credit,
            amt_cash_withdrawl_debit,
            amt_chq_credit,
            amt_chq_debit,
            amt_income_credit,
            amt_credit,
            amt_debit,
            amt_debit_card_debit,
            amt_international_transaction_arbitrage_credit,
            amt_international_transaction_arbitrage_debit,
            amt_investment_cashin_credit,
            amt_net_banking_transfer_credit,
            amt_net_banking_transfer_debit,
            amt_outward_cheque_bounce_debit,
            amt_inward_cheque_bounce_credit,
            amt_outward_cheque_bounce_insuff_funds_debit,
            amt_inward_cheque_bounce_insuff_funds_credit,
            amt_ach_bounce_charge,
            amt_chq_bounce_charge,
            amt_bounce_charge,
            amt_payment_gateway_purchase_debit,
            amt_refund_credit,
            amt_upi_credit,
            amt_upi_debit,
            amt_emi_debit,
            amt_emi_bounce_credit,
            amt_credit_card_bill_debit,
            amt_investment,
            amt_loan_credits,
            amt_business_credit,
            amt_self_transfer_credit,
            amt_self_transfer_debit,
            avg_bal,
            avg_credit_transaction_size,
            avg_debit_transaction_size,
            avg_emi,
            closing_balance,
            cnt_auto_debit_payment_bounce_credit,
            cnt_auto_debit_payment_debit,
            cnt_bank_charge_debit,
            cnt_bank_interest_credit,
            cnt_bill_payment_debit,
            cnt_cash_deposit_credit,
            cnt_cash_withdrawl_debit,
            cnt_chq_credit,
            cnt_chq_debit,
            cnt_income_credit,
            cnt_credit,
            cnt_debit,
            cnt_debit_card_debit,
            cnt_international_transaction_arbitrage_credit,
            cnt_international_transaction_arbitrage_debit,
            cnt_investment_cashin_credit,
            cnt_net_banking_transfer_credit,
            cnt_net_banking_transfer_debit,
            cnt_outward_cheque_bounce_debit,
            cnt_inward_cheque_bounce_credit,
            cnt_inward_cheque_bounce_insuff_funds_credit,
            cnt_outward_cheque_bounce_insuff_funds_debit,
            cnt_ach_bounce_charge,
            cnt_chq_bounce_charge,
            cnt_bounce_charge,
            cnt_payment_gateway_purchase_debit,
            cnt_emi_debit,
            cnt_emi_bounce_credit,
            cnt_refund_credit,
            cnt_transactions,
            cnt_upi_credit,
            cnt_upi_debit,
            cnt_investment,
            cnt_credit_card_bill_debit,
            cnt_loan_credits,
            cnt_business_credit,
            cnt_self_transfer_debit,
            cnt_self_transfer_credit,
            max_bal,
            max_eod_balance,
            median_balance,
            min_bal,
            min_eod_balance,
            mode_balance,
            net_cash_inflow,
            opening_balance,
            number_of_salary_transactions,
            total_amount_of_salary,
            perc_salary_spend_bill_payment,
            perc_salary_spend_cash_withdrawl,
            perc_salary_spend_debit_card,
            perc_salary_spend_net_banking_transfer,
            perc_salary_spend_upi,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in {
                "amt_auto_debit_payment_bounce_credit",
                "amt_auto_debit_payment_debit",
                "amt_bank_charge_debit",
                "amt_bank_interest_credit",
                "amt_bill_payment_debit",
                "amt_cash_deposit_credit",
                "amt_cash_withdrawl_debit",
                "amt_chq_credit",
                "amt_chq_debit",
                "amt_income_credit",
                "amt_credit",
                "amt_debit",
                "amt_debit_card_debit",
                "amt_international_transaction_arbitrage_credit",
                "amt_international_transaction_arbitrage_debit",
                "amt_investment_cashin_credit",
                "amt_net_banking_transfer_credit",
                "amt_net_banking_transfer_debit",
                "amt_outward_cheque_bounce_debit",
                "amt_inward_cheque_bounce_credit",
                "amt_outward_cheque_bounce_insuff_funds_debit",
                "amt_inward_cheque_bounce_insuff_funds_credit",
                "amt_ach_bounce_charge",
                "amt_chq_bounce_charge",
                "amt_bounce_charge",
                "amt_payment_gateway_purchase_debit",
                "amt_refund_credit",
                "amt_upi_credit",
                "amt_upi_debit",
                "amt_emi_debit",
                "amt_emi_bounce_credit",
                "amt_credit_card_bill_debit",
                "amt_investment",
                "amt_loan_credits",
                "amt_business_credit",
                "amt_self_transfer_credit",
                "amt_self_transfer_debit",
                "avg_bal",
                "avg_credit_transaction_size",
                "avg_debit_transaction_size",
                "avg_emi",
                "closing_balance",
                "cnt_auto_debit_payment_bounce_credit",
                "cnt_auto_debit_payment_debit",
                "cnt_bank_charge_debit",
                "cnt_bank_interest_credit",
                "cnt_bill_payment_debit",
                "cnt_cash_deposit_credit",
                "cnt_cash_withdrawl_debit",
                "cnt_chq_credit",
                "cnt_chq_debit",
                "cnt_income_credit",
                "cnt_credit",
                "cnt_debit",
                "cnt_debit_card_debit",
                "cnt_international_transaction_arbitrage_credit",
                "cnt_international_transaction_arbitrage_debit",
                "cnt_investment_cashin_credit",
                "cnt_net_banking_transfer_credit",
                "cnt_net_banking_transfer_debit",
                "cnt_outward_cheque_bounce_debit",
                "cnt_inward_cheque_bounce_credit",
                "cnt_inward_cheque_bounce_insuff_funds_credit",
                "cnt_outward_cheque_bounce_insuff_funds_debit",
                "cnt_ach_bounce_charge",
                "cnt_chq_bounce_charge",
                "cnt_bounce_charge",
                "cnt_payment_gateway_purchase_debit",
                "cnt_emi_debit",
                "cnt_emi_bounce_credit",
                "cnt_refund_credit",
                "cnt_transactions",
                "cnt_upi_credit",
                "cnt_upi_debit",
                "cnt_investment",
                "cnt_credit_card_bill_debit",
                "cnt_loan_credits",
                "cnt_business_credit",
                "cnt_self_transfer_debit",
                "cnt_self_transfer_credit",
                "max_bal",
                "max_eod_balance",
                "median_balance",
                "min_bal",
                "min_eod_balance",
                "mode_balance",
                "net_cash_inflow",
                "opening_balance",
                "number_of_salary_transactions",
                "total_amount_of_salary",
                "perc_salary_spend_bill_payment",
                "perc_salary_spend_cash_withdrawl",
                "perc_salary_spend_debit_card",
                "perc_salary_spend_net_banking_transfer",
                "perc_salary_spend_upi",
            }:
                continue
            try:
                additional_property = MonthValues.from_dict(prop_dict)

            except WrongType as wrong:
                raise wrong.inside(prop_name) from None
            additional_properties[prop_name] = additional_property

        monthly_analysis.additional_properties = additional_properties
        return monthly_analysis

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
        raise NotImplementedError(
            "MonthlyAnalysis: no fast path, typed additional properties beside declared ones"
        )

    @classmethod
    def _from_wire(cls, monthly_analysis_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        raise NotImplementedError("MonthlyAnalysis has no fast path")

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MonthValues:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MonthValues) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
