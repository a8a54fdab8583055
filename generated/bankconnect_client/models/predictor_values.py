from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NoneType,
    Union,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="PredictorValues")


@_attrs_define
class PredictorValues:
    """Underwriting features of one account over the last six months (month 0 is the latest).

    Attributes:
        customer_name (None | str): Account holder name as printed on the statement.
        bank_name (None | str): Bank the statement belongs to.
        account_type (None | str): Kind of account as the predictor engine names it (for example current or savings);
            unlike account_category elsewhere, not individual/corporate.
        accountnumber (int | None): Account number as an integer, following the vendor table. Numbers with leading zeros
            or masking characters cannot be represented; treat as best effort.
        ifsc_code (None | str): IFSC code of the branch.
        month_0 (None | str): Name of month 0 (the latest), as Mmm-yy (for example Dec-24). Null when that month has no
            data.
        month_1 (None | str): Name of month 1, as Mmm-yy (for example Dec-24). Null when that month has no data.
        month_2 (None | str): Name of month 2, as Mmm-yy (for example Dec-24). Null when that month has no data.
        month_3 (None | str): Name of month 3, as Mmm-yy (for example Dec-24). Null when that month has no data.
        month_4 (None | str): Name of month 4, as Mmm-yy (for example Dec-24). Null when that month has no data.
        month_5 (None | str): Name of month 5 (the oldest of six), as Mmm-yy (for example Dec-24). Null when that month
            has no data.
        end_date (None | str): Date of the last transaction in the six-month window, as dd-Mmm-yy (for example
            15-Apr-20).
        start_date (None | str): Date of the first transaction in the six-month window, as dd-Mmm-yy (for example
            29-Sep-19).
        month_duration (int): Number of months the statements cover.
        annualised_credit (float): Credits scaled to a year: total credits divided by the days covered, times 365.
        cash_withdrawals (int): Count of cash withdrawals in the last six months.
        chq_deposits (int): Count of cheque credits in the last six months.
        chq_issues (int): Count of cheque debits in the last six months.
        credits_ (float): Sum of credits in the last six months.
        credits_0 (float | None): Sum of credits in month 0 (the latest). Null when that month has no data.
        credits_1 (float | None): Sum of credits in month 1. Null when that month has no data.
        credits_2 (float | None): Sum of credits in month 2. Null when that month has no data.
        credits_3 (float | None): Sum of credits in month 3. Null when that month has no data.
        credits_4 (float | None): Sum of credits in month 4. Null when that month has no data.
        credits_5 (float | None): Sum of credits in month 5 (the oldest of six). Null when that month has no data.
        debitless_charges (float): Sum of bank charges in the last six months.
        debitless_charges_0 (float | None): Sum of bank charges in month 0 (the latest). Null when that month has no
            data.
        debitless_charges_1 (float | None): Sum of bank charges in month 1. Null when that month has no data.
        debitless_charges_2 (float | None): Sum of bank charges in month 2. Null when that month has no data.
        debitless_charges_3 (float | None): Sum of bank charges in month 3. Null when that month has no data.
        debitless_charges_4 (float | None): Sum of bank charges in month 4. Null when that month has no data.
        debitless_charges_5 (float | None): Sum of bank charges in month 5 (the oldest of six). Null when that month has
            no data.
        debits (float): Sum of debits in the last six months.
        debits_0 (float | None): Sum of debits in month 0 (the latest). Null when that month has no data.
        debits_1 (float | None): Sum of debits in month 1. Null when that month has no data.
        debits_2 (float | None): Sum of debits in month 2. Null when that month has no data.
        debits_3 (float | None): Sum of debits in month 3. Null when that month has no data.
        debits_4 (float | None): Sum of debits in month 4. Null when that month has no data.
        debits_5 (float | None): Sum of debits in month 5 (the oldest of six). Null when that month has no data.
        expense_0 (float | None): Sum of debits in month 0 (the latest), leaving out outward cheque bounces. Null when
            that month has no data.
        expense_1 (float | None): Sum of debits in month 1, leaving out outward cheque bounces. Null when that month has
            no data.
        expense_2 (float | None): Sum of debits in month 2, leaving out outward cheque bounces. Null when that month has
            no data.
        expense_3 (float | None): Sum of debits in month 3, leaving out outward cheque bounces. Null when that month has
            no data.
        expense_4 (float | None): Sum of debits in month 4, leaving out outward cheque bounces. Null when that month has
            no data.
        expense_5 (float | None): Sum of debits in month 5 (the oldest of six), leaving out outward cheque bounces. Null
            when that month has no data.
        avg_monthly_expense (float): Total expense divided by the number of months.
        income_0 (float | None): Sum of credits in month 0 (the latest), leaving out inward cheque and auto-debit
            bounces, international arbitrage, loan credits and self transfers. Null when that month has no data.
        income_1 (float | None): Sum of credits in month 1, leaving out inward cheque and auto-debit bounces,
            international arbitrage, loan credits and self transfers. Null when that month has no data.
        income_2 (float | None): Sum of credits in month 2, leaving out inward cheque and auto-debit bounces,
            international arbitrage, loan credits and self transfers. Null when that month has no data.
        income_3 (float | None): Sum of credits in month 3, leaving out inward cheque and auto-debit bounces,
            international arbitrage, loan credits and self transfers. Null when that month has no data.
        income_4 (float | None): Sum of credits in month 4, leaving out inward cheque and auto-debit bounces,
            international arbitrage, loan credits and self transfers. Null when that month has no data.
        income_5 (float | None): Sum of credits in month 5 (the oldest of six), leaving out inward cheque and auto-debit
            bounces, international arbitrage, loan credits and self transfers. Null when that month has no data.
        avg_monthly_income (float): Total income divided by the number of months.
        avg_expense_to_income_perc (float): Total expense as a percentage of total income.
        expense_to_income_ratio_0 (float | None): Expense divided by income in month 0 (the latest). Null when that
            month has no data.
        expense_to_income_ratio_1 (float | None): Expense divided by income in month 1. Null when that month has no
            data.
        expense_to_income_ratio_2 (float | None): Expense divided by income in month 2. Null when that month has no
            data.
        expense_to_income_ratio_3 (float | None): Expense divided by income in month 3. Null when that month has no
            data.
        expense_to_income_ratio_4 (float | None): Expense divided by income in month 4. Null when that month has no
            data.
        expense_to_income_ratio_5 (float | None): Expense divided by income in month 5 (the oldest of six). Null when
            that month has no data.
        inward_chq_bounces (float): Sum credited back for deposited cheques that bounced, last six months.
        net_banking_credits (float): Sum of IMPS/NEFT/RTGS credits.
        net_banking_debits (float): Sum of IMPS/NEFT/RTGS debits.
        number_of_transactions_0 (int | None): Count of transactions in month 0 (the latest). Null when that month has
            no data.
        number_of_transactions_1 (int | None): Count of transactions in month 1. Null when that month has no data.
        number_of_transactions_2 (int | None): Count of transactions in month 2. Null when that month has no data.
        number_of_transactions_3 (int | None): Count of transactions in month 3. Null when that month has no data.
        number_of_transactions_4 (int | None): Count of transactions in month 4. Null when that month has no data.
        number_of_transactions_5 (int | None): Count of transactions in month 5 (the oldest of six). Null when that
            month has no data.
        outward_chq_bounces (float): Sum debited for issued cheques that bounced, last six months.
        pos_expenses (float): Sum spent by debit card at points of sale, last six months.
        reversals (float): Sum of refunds and reversals.
        total_bounce_or_penal_charge (float): Sum of bounce and penal charges, last six months.
        total_cash_withdrawal (float): Sum of cash withdrawals, last six months.
        total_chq_deposit (float): Sum of cheque credits, last six months.
        total_chq_issue (float): Sum of cheque debits, last six months.
        total_creditcard_payment (float): Sum of credit-card bill payments, last six months.
        total_creditcard_payment_0 (float | None): Sum of credit-card bill payments in month 0 (the latest). Null when
            that month has no data.
        total_creditcard_payment_1 (float | None): Sum of credit-card bill payments in month 1. Null when that month has
            no data.
        total_creditcard_payment_2 (float | None): Sum of credit-card bill payments in month 2. Null when that month has
            no data.
        total_creditcard_payment_3 (float | None): Sum of credit-card bill payments in month 3. Null when that month has
            no data.
        total_creditcard_payment_4 (float | None): Sum of credit-card bill payments in month 4. Null when that month has
            no data.
        total_creditcard_payment_5 (float | None): Sum of credit-card bill payments in month 5 (the oldest of six). Null
            when that month has no data.
        total_emi_ecs_loan (float): Sum of loan EMI debits, last six months.
        total_expense (float): Sum of expenses, last six months.
        total_income (float): Sum of income credits, last six months.
        total_inward_payment_bounce_0 (float | None): Sum of inward payment bounces in month 0 (the latest). Null when
            that month has no data.
        total_inward_payment_bounce_1 (float | None): Sum of inward payment bounces in month 1. Null when that month has
            no data.
        total_inward_payment_bounce_2 (float | None): Sum of inward payment bounces in month 2. Null when that month has
            no data.
        total_inward_payment_bounce_3 (float | None): Sum of inward payment bounces in month 3. Null when that month has
            no data.
        total_inward_payment_bounce_4 (float | None): Sum of inward payment bounces in month 4. Null when that month has
            no data.
        total_inward_payment_bounce_5 (float | None): Sum of inward payment bounces in month 5 (the oldest of six). Null
            when that month has no data.
        total_salary_0 (float | None): Sum of salary credits in month 0 (the latest). Null when that month has no data.
        total_salary_1 (float | None): Sum of salary credits in month 1. Null when that month has no data.
        total_salary_2 (float | None): Sum of salary credits in month 2. Null when that month has no data.
        total_salary_3 (float | None): Sum of salary credits in month 3. Null when that month has no data.
        total_salary_4 (float | None): Sum of salary credits in month 4. Null when that month has no data.
        total_salary_5 (float | None): Sum of salary credits in month 5 (the oldest of six). Null when that month has no
            data.
        max_balance_0 (float | None): Highest balance in month 0 (the latest). Null when that month has no data.
        max_balance_1 (float | None): Highest balance in month 1. Null when that month has no data.
        max_balance_2 (float | None): Highest balance in month 2. Null when that month has no data.
        max_balance_3 (float | None): Highest balance in month 3. Null when that month has no data.
        max_balance_4 (float | None): Highest balance in month 4. Null when that month has no data.
        max_balance_5 (float | None): Highest balance in month 5 (the oldest of six). Null when that month has no data.
        min_balance_0 (float | None): Lowest balance in month 0 (the latest). Null when that month has no data.
        min_balance_1 (float | None): Lowest balance in month 1. Null when that month has no data.
        min_balance_2 (float | None): Lowest balance in month 2. Null when that month has no data.
        min_balance_3 (float | None): Lowest balance in month 3. Null when that month has no data.
        min_balance_4 (float | None): Lowest balance in month 4. Null when that month has no data.
        min_balance_5 (float | None): Lowest balance in month 5 (the oldest of six). Null when that month has no data.
        avg_balance_0 (float | None): Mean end-of-day balance of month 0 (the latest), missing days filled from the
            previous known balance. Null when that month has no data.
        avg_balance_1 (float | None): Mean end-of-day balance of month 1, missing days filled from the previous known
            balance. Null when that month has no data.
        avg_balance_2 (float | None): Mean end-of-day balance of month 2, missing days filled from the previous known
            balance. Null when that month has no data.
        avg_balance_3 (float | None): Mean end-of-day balance of month 3, missing days filled from the previous known
            balance. Null when that month has no data.
        avg_balance_4 (float | None): Mean end-of-day balance of month 4, missing days filled from the previous known
            balance. Null when that month has no data.
        avg_balance_5 (float | None): Mean end-of-day balance of month 5 (the oldest of six), missing days filled from
            the previous known balance. Null when that month has no data.
        avg_daily_closing_balance (float): Mean end-of-day balance over all days covered.
        avg_monthly_closing_balance (float): Mean month-end balance over all months covered.
        bal_last_0 (float | None): End-of-day balance on the last day of month 0 (the latest), missing days filled. Null
            when that month has no data.
        bal_last_1 (float | None): End-of-day balance on the last day of month 1, missing days filled. Null when that
            month has no data.
        bal_last_2 (float | None): End-of-day balance on the last day of month 2, missing days filled. Null when that
            month has no data.
        bal_last_3 (float | None): End-of-day balance on the last day of month 3, missing days filled. Null when that
            month has no data.
        bal_last_4 (float | None): End-of-day balance on the last day of month 4, missing days filled. Null when that
            month has no data.
        bal_last_5 (float | None): End-of-day balance on the last day of month 5 (the oldest of six), missing days
            filled. Null when that month has no data.
        balance_on_10th_0 (float | None): End-of-day balance on day 10 of month 0 (the latest), missing days filled.
            Null when that month has no data.
        balance_on_10th_1 (float | None): End-of-day balance on day 10 of month 1, missing days filled. Null when that
            month has no data.
        balance_on_10th_2 (float | None): End-of-day balance on day 10 of month 2, missing days filled. Null when that
            month has no data.
        balance_on_10th_3 (float | None): End-of-day balance on day 10 of month 3, missing days filled. Null when that
            month has no data.
        balance_on_10th_4 (float | None): End-of-day balance on day 10 of month 4, missing days filled. Null when that
            month has no data.
        balance_on_10th_5 (float | None): End-of-day balance on day 10 of month 5 (the oldest of six), missing days
            filled. Null when that month has no data.
        balance_on_15th_0 (float | None): End-of-day balance on day 15 of month 0 (the latest), missing days filled.
            Null when that month has no data.
        balance_on_15th_1 (float | None): End-of-day balance on day 15 of month 1, missing days filled. Null when that
            month has no data.
        balance_on_15th_2 (float | None): End-of-day balance on day 15 of month 2, missing days filled. Null when that
            month has no data.
        balance_on_15th_3 (float | None): End-of-day balance on day 15 of month 3, missing days filled. Null when that
            month has no data.
        balance_on_15th_4 (float | None): End-of-day balance on day 15 of month 4, missing days filled. Null when that
            month has no data.
        balance_on_15th_5 (float | None): End-of-day balance on day 15 of month 5 (the oldest of six), missing days
            filled. Null when that month has no data.
        balance_on_1st_0 (float | None): End-of-day balance on day 1 of month 0 (the latest), missing days filled. Null
            when that month has no data.
        balance_on_1st_1 (float | None): End-of-day balance on day 1 of month 1, missing days filled. Null when that
            month has no data.
        balance_on_1st_2 (float | None): End-of-day balance on day 1 of month 2, missing days filled. Null when that
            month has no data.
        balance_on_1st_3 (float | None): End-of-day balance on day 1 of month 3, missing days filled. Null when that
            month has no data.
        balance_on_1st_4 (float | None): End-of-day balance on day 1 of month 4, missing days filled. Null when that
            month has no data.
        balance_on_1st_5 (float | None): End-of-day balance on day 1 of month 5 (the oldest of six), missing days
            filled. Null when that month has no data.
        balance_on_20th_0 (float | None): End-of-day balance on day 20 of month 0 (the latest), missing days filled.
            Null when that month has no data.
        balance_on_20th_1 (float | None): End-of-day balance on day 20 of month 1, missing days filled. Null when that
            month has no data.
        balance_on_20th_2 (float | None): End-of-day balance on day 20 of month 2, missing days filled. Null when that
            month has no data.
        balance_on_20th_3 (float | None): End-of-day balance on day 20 of month 3, missing days filled. Null when that
            month has no data.
        balance_on_20th_4 (float | None): End-of-day balance on day 20 of month 4, missing days filled. Null when that
            month has no data.
        balance_on_20th_5 (float | None): End-of-day balance on day 20 of month 5 (the oldest of six), missing days
            filled. Null when that month has no data.
        balance_on_25th_0 (float | None): End-of-day balance on day 25 of month 0 (the latest), missing days filled.
            Null when that month has no data.
        balance_on_25th_1 (float | None): End-of-day balance on day 25 of month 1, missing days filled. Null when that
            month has no data.
        balance_on_25th_2 (float | None): End-of-day balance on day 25 of month 2, missing days filled. Null when that
            month has no data.
        balance_on_25th_3 (float | None): End-of-day balance on day 25 of month 3, missing days filled. Null when that
            month has no data.
        balance_on_25th_4 (float | None): End-of-day balance on day 25 of month 4, missing days filled. Null when that
            month has no data.
        balance_on_25th_5 (float | None): End-of-day balance on day 25 of month 5 (the oldest of six), missing days
            filled. Null when that month has no data.
        balance_on_30th_0 (float | None): End-of-day balance on day 30 of month 0 (the latest), missing days filled.
            Null when that month has no data.
        balance_on_30th_1 (float | None): End-of-day balance on day 30 of month 1, missing days filled. Null when that
            month has no data.
        balance_on_30th_2 (float | None): End-of-day balance on day 30 of month 2, missing days filled. Null when that
            month has no data.
        balance_on_30th_3 (float | None): End-of-day balance on day 30 of month 3, missing days filled. Null when that
            month has no data.
        balance_on_30th_4 (float | None): End-of-day balance on day 30 of month 4, missing days filled. Null when that
            month has no data.
        balance_on_30th_5 (float | None): End-of-day balance on day 30 of month 5 (the oldest of six), missing days
            filled. Null when that month has no data.
        balance_on_5th_0 (float | None): End-of-day balance on day 5 of month 0 (the latest), missing days filled. Null
            when that month has no data.
        balance_on_5th_1 (float | None): End-of-day balance on day 5 of month 1, missing days filled. Null when that
            month has no data.
        balance_on_5th_2 (float | None): End-of-day balance on day 5 of month 2, missing days filled. Null when that
            month has no data.
        balance_on_5th_3 (float | None): End-of-day balance on day 5 of month 3, missing days filled. Null when that
            month has no data.
        balance_on_5th_4 (float | None): End-of-day balance on day 5 of month 4, missing days filled. Null when that
            month has no data.
        balance_on_5th_5 (float | None): End-of-day balance on day 5 of month 5 (the oldest of six), missing days
            filled. Null when that month has no data.
        bal_avgof_6dates_0 (float | None): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of month 0 (the
            latest) (the vendor says six dates and lists seven), missing days filled. Null when that month has no data.
        bal_avgof_6dates_1 (float | None): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of month 1 (the
            vendor says six dates and lists seven), missing days filled. Null when that month has no data.
        bal_avgof_6dates_2 (float | None): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of month 2 (the
            vendor says six dates and lists seven), missing days filled. Null when that month has no data.
        bal_avgof_6dates_3 (float | None): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of month 3 (the
            vendor says six dates and lists seven), missing days filled. Null when that month has no data.
        bal_avgof_6dates_4 (float | None): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of month 4 (the
            vendor says six dates and lists seven), missing days filled. Null when that month has no data.
        bal_avgof_6dates_5 (float | None): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of month 5 (the
            oldest of six) (the vendor says six dates and lists seven), missing days filled. Null when that month has no
            data.
        balance_net_off_on_1st_0 (float | None): End-of-day balance on day 1 of month 0 (the latest), leaving out loan
            credits. Null when that month has no data.
        balance_net_off_on_1st_1 (float | None): End-of-day balance on day 1 of month 1, leaving out loan credits. Null
            when that month has no data.
        balance_net_off_on_1st_2 (float | None): End-of-day balance on day 1 of month 2, leaving out loan credits. Null
            when that month has no data.
        balance_net_off_on_1st_3 (float | None): End-of-day balance on day 1 of month 3, leaving out loan credits. Null
            when that month has no data.
        balance_net_off_on_1st_4 (float | None): End-of-day balance on day 1 of month 4, leaving out loan credits. Null
            when that month has no data.
        balance_net_off_on_1st_5 (float | None): End-of-day balance on day 1 of month 5 (the oldest of six), leaving out
            loan credits. Null when that month has no data.
        balance_net_off_on_5th_0 (float | None): End-of-day balance on day 5 of month 0 (the latest), leaving out loan
            credits. Null when that month has no data.
        balance_net_off_on_5th_1 (float | None): End-of-day balance on day 5 of month 1, leaving out loan credits. Null
            when that month has no data.
        balance_net_off_on_5th_2 (float | None): End-of-day balance on day 5 of month 2, leaving out loan credits. Null
            when that month has no data.
        balance_net_off_on_5th_3 (float | None): End-of-day balance on day 5 of month 3, leaving out loan credits. Null
            when that month has no data.
        balance_net_off_on_5th_4 (float | None): End-of-day balance on day 5 of month 4, leaving out loan credits. Null
            when that month has no data.
        balance_net_off_on_5th_5 (float | None): End-of-day balance on day 5 of month 5 (the oldest of six), leaving out
            loan credits. Null when that month has no data.
        balance_net_off_on_10th_0 (float | None): End-of-day balance on day 10 of month 0 (the latest), leaving out loan
            credits. Null when that month has no data.
        balance_net_off_on_10th_1 (float | None): End-of-day balance on day 10 of month 1, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_10th_2 (float | None): End-of-day balance on day 10 of month 2, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_10th_3 (float | None): End-of-day balance on day 10 of month 3, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_10th_4 (float | None): End-of-day balance on day 10 of month 4, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_10th_5 (float | None): End-of-day balance on day 10 of month 5 (the oldest of six), leaving
            out loan credits. Null when that month has no data.
        balance_net_off_on_15th_0 (float | None): End-of-day balance on day 15 of month 0 (the latest), leaving out loan
            credits. Null when that month has no data.
        balance_net_off_on_15th_1 (float | None): End-of-day balance on day 15 of month 1, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_15th_2 (float | None): End-of-day balance on day 15 of month 2, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_15th_3 (float | None): End-of-day balance on day 15 of month 3, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_15th_4 (float | None): End-of-day balance on day 15 of month 4, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_15th_5 (float | None): End-of-day balance on day 15 of month 5 (the oldest of six), leaving
            out loan credits. Null when that month has no data.
        balance_net_off_on_20th_0 (float | None): End-of-day balance on day 20 of month 0 (the latest), leaving out loan
            credits. Null when that month has no data.
        balance_net_off_on_20th_1 (float | None): End-of-day balance on day 20 of month 1, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_20th_2 (float | None): End-of-day balance on day 20 of month 2, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_20th_3 (float | None): End-of-day balance on day 20 of month 3, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_20th_4 (float | None): End-of-day balance on day 20 of month 4, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_20th_5 (float | None): End-of-day balance on day 20 of month 5 (the oldest of six), leaving
            out loan credits. Null when that month has no data.
        balance_net_off_on_25th_0 (float | None): End-of-day balance on day 25 of month 0 (the latest), leaving out loan
            credits. Null when that month has no data.
        balance_net_off_on_25th_1 (float | None): End-of-day balance on day 25 of month 1, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_25th_2 (float | None): End-of-day balance on day 25 of month 2, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_25th_3 (float | None): End-of-day balance on day 25 of month 3, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_25th_4 (float | None): End-of-day balance on day 25 of month 4, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_25th_5 (float | None): End-of-day balance on day 25 of month 5 (the oldest of six), leaving
            out loan credits. Null when that month has no data.
        balance_net_off_on_30th_0 (float | None): End-of-day balance on day 30 of month 0 (the latest), leaving out loan
            credits. Null when that month has no data.
        balance_net_off_on_30th_1 (float | None): End-of-day balance on day 30 of month 1, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_30th_2 (float | None): End-of-day balance on day 30 of month 2, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_30th_3 (float | None): End-of-day balance on day 30 of month 3, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_30th_4 (float | None): End-of-day balance on day 30 of month 4, leaving out loan credits.
            Null when that month has no data.
        balance_net_off_on_30th_5 (float | None): End-of-day balance on day 30 of month 5 (the oldest of six), leaving
            out loan credits. Null when that month has no data.
    """

    customer_name: None | str
    bank_name: None | str
    account_type: None | str
    accountnumber: int | None
    ifsc_code: None | str
    month_0: None | str
    month_1: None | str
    month_2: None | str
    month_3: None | str
    month_4: None | str
    month_5: None | str
    end_date: None | str
    start_date: None | str
    month_duration: int
    annualised_credit: float
    cash_withdrawals: int
    chq_deposits: int
    chq_issues: int
    credits_: float
    credits_0: float | None
    credits_1: float | None
    credits_2: float | None
    credits_3: float | None
    credits_4: float | None
    credits_5: float | None
    debitless_charges: float
    debitless_charges_0: float | None
    debitless_charges_1: float | None
    debitless_charges_2: float | None
    debitless_charges_3: float | None
    debitless_charges_4: float | None
    debitless_charges_5: float | None
    debits: float
    debits_0: float | None
    debits_1: float | None
    debits_2: float | None
    debits_3: float | None
    debits_4: float | None
    debits_5: float | None
    expense_0: float | None
    expense_1: float | None
    expense_2: float | None
    expense_3: float | None
    expense_4: float | None
    expense_5: float | None
    avg_monthly_expense: float
    income_0: float | None
    income_1: float | None
    income_2: float | None
    income_3: float | None
    income_4: float | None
    income_5: float | None
    avg_monthly_income: float
    avg_expense_to_income_perc: float
    expense_to_income_ratio_0: float | None
    expense_to_income_ratio_1: float | None
    expense_to_income_ratio_2: float | None
    expense_to_income_ratio_3: float | None
    expense_to_income_ratio_4: float | None
    expense_to_income_ratio_5: float | None
    inward_chq_bounces: float
    net_banking_credits: float
    net_banking_debits: float
    number_of_transactions_0: int | None
    number_of_transactions_1: int | None
    number_of_transactions_2: int | None
    number_of_transactions_3: int | None
    number_of_transactions_4: int | None
    number_of_transactions_5: int | None
    outward_chq_bounces: float
    pos_expenses: float
    reversals: float
    total_bounce_or_penal_charge: float
    total_cash_withdrawal: float
    total_chq_deposit: float
    total_chq_issue: float
    total_creditcard_payment: float
    total_creditcard_payment_0: float | None
    total_creditcard_payment_1: float | None
    total_creditcard_payment_2: float | None
    total_creditcard_payment_3: float | None
    total_creditcard_payment_4: float | None
    total_creditcard_payment_5: float | None
    total_emi_ecs_loan: float
    total_expense: float
    total_income: float
    total_inward_payment_bounce_0: float | None
    total_inward_payment_bounce_1: float | None
    total_inward_payment_bounce_2: float | None
    total_inward_payment_bounce_3: float | None
    total_inward_payment_bounce_4: float | None
    total_inward_payment_bounce_5: float | None
    total_salary_0: float | None
    total_salary_1: float | None
    total_salary_2: float | None
    total_salary_3: float | None
    total_salary_4: float | None
    total_salary_5: float | None
    max_balance_0: float | None
    max_balance_1: float | None
    max_balance_2: float | None
    max_balance_3: float | None
    max_balance_4: float | None
    max_balance_5: float | None
    min_balance_0: float | None
    min_balance_1: float | None
    min_balance_2: float | None
    min_balance_3: float | None
    min_balance_4: float | None
    min_balance_5: float | None
    avg_balance_0: float | None
    avg_balance_1: float | None
    avg_balance_2: float | None
    avg_balance_3: float | None
    avg_balance_4: float | None
    avg_balance_5: float | None
    avg_daily_closing_balance: float
    avg_monthly_closing_balance: float
    bal_last_0: float | None
    bal_last_1: float | None
    bal_last_2: float | None
    bal_last_3: float | None
    bal_last_4: float | None
    bal_last_5: float | None
    balance_on_10th_0: float | None
    balance_on_10th_1: float | None
    balance_on_10th_2: float | None
    balance_on_10th_3: float | None
    balance_on_10th_4: float | None
    balance_on_10th_5: float | None
    balance_on_15th_0: float | None
    balance_on_15th_1: float | None
    balance_on_15th_2: float | None
    balance_on_15th_3: float | None
    balance_on_15th_4: float | None
    balance_on_15th_5: float | None
    balance_on_1st_0: float | None
    balance_on_1st_1: float | None
    balance_on_1st_2: float | None
    balance_on_1st_3: float | None
    balance_on_1st_4: float | None
    balance_on_1st_5: float | None
    balance_on_20th_0: float | None
    balance_on_20th_1: float | None
    balance_on_20th_2: float | None
    balance_on_20th_3: float | None
    balance_on_20th_4: float | None
    balance_on_20th_5: float | None
    balance_on_25th_0: float | None
    balance_on_25th_1: float | None
    balance_on_25th_2: float | None
    balance_on_25th_3: float | None
    balance_on_25th_4: float | None
    balance_on_25th_5: float | None
    balance_on_30th_0: float | None
    balance_on_30th_1: float | None
    balance_on_30th_2: float | None
    balance_on_30th_3: float | None
    balance_on_30th_4: float | None
    balance_on_30th_5: float | None
    balance_on_5th_0: float | None
    balance_on_5th_1: float | None
    balance_on_5th_2: float | None
    balance_on_5th_3: float | None
    balance_on_5th_4: float | None
    balance_on_5th_5: float | None
    bal_avgof_6dates_0: float | None
    bal_avgof_6dates_1: float | None
    bal_avgof_6dates_2: float | None
    bal_avgof_6dates_3: float | None
    bal_avgof_6dates_4: float | None
    bal_avgof_6dates_5: float | None
    balance_net_off_on_1st_0: float | None
    balance_net_off_on_1st_1: float | None
    balance_net_off_on_1st_2: float | None
    balance_net_off_on_1st_3: float | None
    balance_net_off_on_1st_4: float | None
    balance_net_off_on_1st_5: float | None
    balance_net_off_on_5th_0: float | None
    balance_net_off_on_5th_1: float | None
    balance_net_off_on_5th_2: float | None
    balance_net_off_on_5th_3: float | None
    balance_net_off_on_5th_4: float | None
    balance_net_off_on_5th_5: float | None
    balance_net_off_on_10th_0: float | None
    balance_net_off_on_10th_1: float | None
    balance_net_off_on_10th_2: float | None
    balance_net_off_on_10th_3: float | None
    balance_net_off_on_10th_4: float | None
    balance_net_off_on_10th_5: float | None
    balance_net_off_on_15th_0: float | None
    balance_net_off_on_15th_1: float | None
    balance_net_off_on_15th_2: float | None
    balance_net_off_on_15th_3: float | None
    balance_net_off_on_15th_4: float | None
    balance_net_off_on_15th_5: float | None
    balance_net_off_on_20th_0: float | None
    balance_net_off_on_20th_1: float | None
    balance_net_off_on_20th_2: float | None
    balance_net_off_on_20th_3: float | None
    balance_net_off_on_20th_4: float | None
    balance_net_off_on_20th_5: float | None
    balance_net_off_on_25th_0: float | None
    balance_net_off_on_25th_1: float | None
    balance_net_off_on_25th_2: float | None
    balance_net_off_on_25th_3: float | None
    balance_net_off_on_25th_4: float | None
    balance_net_off_on_25th_5: float | None
    balance_net_off_on_30th_0: float | None
    balance_net_off_on_30th_1: float | None
    balance_net_off_on_30th_2: float | None
    balance_net_off_on_30th_3: float | None
    balance_net_off_on_30th_4: float | None
    balance_net_off_on_30th_5: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_name: None | str
        customer_name = self.customer_name

        bank_name: None | str
        bank_name = self.bank_name

        account_type: None | str
        account_type = self.account_type

        accountnumber: int | None
        accountnumber = self.accountnumber

        ifsc_code: None | str
        ifsc_code = self.ifsc_code

        month_0: None | str
        month_0 = self.month_0

        month_1: None | str
        month_1 = self.month_1

        month_2: None | str
        month_2 = self.month_2

        month_3: None | str
        month_3 = self.month_3

        month_4: None | str
        month_4 = self.month_4

        month_5: None | str
        month_5 = self.month_5

        end_date: None | str
        end_date = self.end_date

        start_date: None | str
        start_date = self.start_date

        month_duration = self.month_duration

        annualised_credit = self.annualised_credit

        cash_withdrawals = self.cash_withdrawals

        chq_deposits = self.chq_deposits

        chq_issues = self.chq_issues

        credits_ = self.credits_

        credits_0: float | None
        credits_0 = self.credits_0

        credits_1: float | None
        credits_1 = self.credits_1

        credits_2: float | None
        credits_2 = self.credits_2

        credits_3: float | None
        credits_3 = self.credits_3

        credits_4: float | None
        credits_4 = self.credits_4

        credits_5: float | None
        credits_5 = self.credits_5

        debitless_charges = self.debitless_charges

        debitless_charges_0: float | None
        debitless_charges_0 = self.debitless_charges_0

        debitless_charges_1: float | None
        debitless_charges_1 = self.debitless_charges_1

        debitless_charges_2: float | None
        debitless_charges_2 = self.debitless_charges_2

        debitless_charges_3: float | None
        debitless_charges_3 = self.debitless_charges_3

        debitless_charges_4: float | None
        debitless_charges_4 = self.debitless_charges_4

        debitless_charges_5: float | None
        debitless_charges_5 = self.debitless_charges_5

        debits = self.debits

        debits_0: float | None
        debits_0 = self.debits_0

        debits_1: float | None
        debits_1 = self.debits_1

        debits_2: float | None
        debits_2 = self.debits_2

        debits_3: float | None
        debits_3 = self.debits_3

        debits_4: float | None
        debits_4 = self.debits_4

        debits_5: float | None
        debits_5 = self.debits_5

        expense_0: float | None
        expense_0 = self.expense_0

        expense_1: float | None
        expense_1 = self.expense_1

        expense_2: float | None
        expense_2 = self.expense_2

        expense_3: float | None
        expense_3 = self.expense_3

        expense_4: float | None
        expense_4 = self.expense_4

        expense_5: float | None
        expense_5 = self.expense_5

        avg_monthly_expense = self.avg_monthly_expense

        income_0: float | None
        income_0 = self.income_0

        income_1: float | None
        income_1 = self.income_1

        income_2: float | None
        income_2 = self.income_2

        income_3: float | None
        income_3 = self.income_3

        income_4: float | None
        income_4 = self.income_4

        income_5: float | None
        income_5 = self.income_5

        avg_monthly_income = self.avg_monthly_income

        avg_expense_to_income_perc = self.avg_expense_to_income_perc

        expense_to_income_ratio_0: float | None
        expense_to_income_ratio_0 = self.expense_to_income_ratio_0

        expense_to_income_ratio_1: float | None
        expense_to_income_ratio_1 = self.expense_to_income_ratio_1

        expense_to_income_ratio_2: float | None
        expense_to_income_ratio_2 = self.expense_to_income_ratio_2

        expense_to_income_ratio_3: float | None
        expense_to_income_ratio_3 = self.expense_to_income_ratio_3

        expense_to_income_ratio_4: float | None
        expense_to_income_ratio_4 = self.expense_to_income_ratio_4

        expense_to_income_ratio_5: float | None
        expense_to_income_ratio_5 = self.expense_to_income_ratio_5

        inward_chq_bounces = self.inward_chq_bounces

        net_banking_credits = self.net_banking_credits

        net_banking_debits = self.net_banking_debits

        number_of_transactions_0: int | None
        number_of_transactions_0 = self.number_of_transactions_0

        number_of_transactions_1: int | None
        number_of_transactions_1 = self.number_of_transactions_1

        number_of_transactions_2: int | None
        number_of_transactions_2 = self.number_of_transactions_2

        number_of_transactions_3: int | None
        number_of_transactions_3 = self.number_of_transactions_3

        number_of_transactions_4: int | None
        number_of_transactions_4 = self.number_of_transactions_4

        number_of_transactions_5: int | None
        number_of_transactions_5 = self.number_of_transactions_5

        outward_chq_bounces = self.outward_chq_bounces

        pos_expenses = self.pos_expenses

        reversals = self.reversals

        total_bounce_or_penal_charge = self.total_bounce_or_penal_charge

        total_cash_withdrawal = self.total_cash_withdrawal

        total_chq_deposit = self.total_chq_deposit

        total_chq_issue = self.total_chq_issue

        total_creditcard_payment = self.total_creditcard_payment

        total_creditcard_payment_0: float | None
        total_creditcard_payment_0 = self.total_creditcard_payment_0

        total_creditcard_payment_1: float | None
        total_creditcard_payment_1 = self.total_creditcard_payment_1

        total_creditcard_payment_2: float | None
        total_creditcard_payment_2 = self.total_creditcard_payment_2

        total_creditcard_payment_3: float | None
        total_creditcard_payment_3 = self.total_creditcard_payment_3

        total_creditcard_payment_4: float | None
        total_creditcard_payment_4 = self.total_creditcard_payment_4

        total_creditcard_payment_5: float | None
        total_creditcard_payment_5 = self.total_creditcard_payment_5

        total_emi_ecs_loan = self.total_emi_ecs_loan

        total_expense = self.total_expense

        total_income = self.total_income

        total_inward_payment_bounce_0: float | None
        total_inward_payment_bounce_0 = self.total_inward_payment_bounce_0

        total_inward_payment_bounce_1: float | None
        total_inward_payment_bounce_1 = self.total_inward_payment_bounce_1

        total_inward_payment_bounce_2: float | None
        total_inward_payment_bounce_2 = self.total_inward_payment_bounce_2

        total_inward_payment_bounce_3: float | None
        total_inward_payment_bounce_3 = self.total_inward_payment_bounce_3

        total_inward_payment_bounce_4: float | None
        total_inward_payment_bounce_4 = self.total_inward_payment_bounce_4

        total_inward_payment_bounce_5: float | None
        total_inward_payment_bounce_5 = self.total_inward_payment_bounce_5

        total_salary_0: float | None
        total_salary_0 = self.total_salary_0

        total_salary_1: float | None
        total_salary_1 = self.total_salary_1

        total_salary_2: float | None
        total_salary_2 = self.total_salary_2

        total_salary_3: float | None
        total_salary_3 = self.total_salary_3

        total_salary_4: float | None
        total_salary_4 = self.total_salary_4

        total_salary_5: float | None
        total_salary_5 = self.total_salary_5

        max_balance_0: float | None
        max_balance_0 = self.max_balance_0

        max_balance_1: float | None
        max_balance_1 = self.max_balance_1

        max_balance_2: float | None
        max_balance_2 = self.max_balance_2

        max_balance_3: float | None
        max_balance_3 = self.max_balance_3

        max_balance_4: float | None
        max_balance_4 = self.max_balance_4

        max_balance_5: float | None
        max_balance_5 = self.max_balance_5

        min_balance_0: float | None
        min_balance_0 = self.min_balance_0

        min_balance_1: float | None
        min_balance_1 = self.min_balance_1

        min_balance_2: float | None
        min_balance_2 = self.min_balance_2

        min_balance_3: float | None
        min_balance_3 = self.min_balance_3

        min_balance_4: float | None
        min_balance_4 = self.min_balance_4

        min_balance_5: float | None
        min_balance_5 = self.min_balance_5

        avg_balance_0: float | None
        avg_balance_0 = self.avg_balance_0

        avg_balance_1: float | None
        avg_balance_1 = self.avg_balance_1

        avg_balance_2: float | None
        avg_balance_2 = self.avg_balance_2

        avg_balance_3: float | None
        avg_balance_3 = self.avg_balance_3

        avg_balance_4: float | None
        avg_balance_4 = self.avg_balance_4

        avg_balance_5: float | None
        avg_balance_5 = self.avg_balance_5

        avg_daily_closing_balance = self.avg_daily_closing_balance

        avg_monthly_closing_balance = self.avg_monthly_closing_balance

        bal_last_0: float | None
        bal_last_0 = self.bal_last_0

        bal_last_1: float | None
        bal_last_1 = self.bal_last_1

        bal_last_2: float | None
        bal_last_2 = self.bal_last_2

        bal_last_3: float | None
        bal_last_3 = self.bal_last_3

        bal_last_4: float | None
        bal_last_4 = self.bal_last_4

        bal_last_5: float | None
        bal_last_5 = self.bal_last_5

        balance_on_10th_0: float | None
        balance_on_10th_0 = self.balance_on_10th_0

        balance_on_10th_1: float | None
        balance_on_10th_1 = self.balance_on_10th_1

        balance_on_10th_2: float | None
        balance_on_10th_2 = self.balance_on_10th_2

        balance_on_10th_3: float | None
        balance_on_10th_3 = self.balance_on_10th_3

        balance_on_10th_4: float | None
        balance_on_10th_4 = self.balance_on_10th_4

        balance_on_10th_5: float | None
        balance_on_10th_5 = self.balance_on_10th_5

        balance_on_15th_0: float | None
        balance_on_15th_0 = self.balance_on_15th_0

        balance_on_15th_1: float | None
        balance_on_15th_1 = self.balance_on_15th_1

        balance_on_15th_2: float | None
        balance_on_15th_2 = self.balance_on_15th_2

        balance_on_15th_3: float | None
        balance_on_15th_3 = self.balance_on_15th_3

        balance_on_15th_4: float | None
        balance_on_15th_4 = self.balance_on_15th_4

        balance_on_15th_5: float | None
        balance_on_15th_5 = self.balance_on_15th_5

        balance_on_1st_0: float | None
        balance_on_1st_0 = self.balance_on_1st_0

        balance_on_1st_1: float | None
        balance_on_1st_1 = self.balance_on_1st_1

        balance_on_1st_2: float | None
        balance_on_1st_2 = self.balance_on_1st_2

        balance_on_1st_3: float | None
        balance_on_1st_3 = self.balance_on_1st_3

        balance_on_1st_4: float | None
        balance_on_1st_4 = self.balance_on_1st_4

        balance_on_1st_5: float | None
        balance_on_1st_5 = self.balance_on_1st_5

        balance_on_20th_0: float | None
        balance_on_20th_0 = self.balance_on_20th_0

        balance_on_20th_1: float | None
        balance_on_20th_1 = self.balance_on_20th_1

        balance_on_20th_2: float | None
        balance_on_20th_2 = self.balance_on_20th_2

        balance_on_20th_3: float | None
        balance_on_20th_3 = self.balance_on_20th_3

        balance_on_20th_4: float | None
        balance_on_20th_4 = self.balance_on_20th_4

        balance_on_20th_5: float | None
        balance_on_20th_5 = self.balance_on_20th_5

        balance_on_25th_0: float | None
        balance_on_25th_0 = self.balance_on_25th_0

        balance_on_25th_1: float | None
        balance_on_25th_1 = self.balance_on_25th_1

        balance_on_25th_2: float | None
        balance_on_25th_2 = self.balance_on_25th_2

        balance_on_25th_3: float | None
        balance_on_25th_3 = self.balance_on_25th_3

        balance_on_25th_4: float | None
        balance_on_25th_4 = self.balance_on_25th_4

        balance_on_25th_5: float | None
        balance_on_25th_5 = self.balance_on_25th_5

        balance_on_30th_0: float | None
        balance_on_30th_0 = self.balance_on_30th_0

        balance_on_30th_1: float | None
        balance_on_30th_1 = self.balance_on_30th_1

        balance_on_30th_2: float | None
        balance_on_30th_2 = self.balance_on_30th_2

        balance_on_30th_3: float | None
        balance_on_30th_3 = self.balance_on_30th_3

        balance_on_30th_4: float | None
        balance_on_30th_4 = self.balance_on_30th_4

        balance_on_30th_5: float | None
        balance_on_30th_5 = self.balance_on_30th_5

        balance_on_5th_0: float | None
        balance_on_5th_0 = self.balance_on_5th_0

        balance_on_5th_1: float | None
        balance_on_5th_1 = self.balance_on_5th_1

        balance_on_5th_2: float | None
        balance_on_5th_2 = self.balance_on_5th_2

        balance_on_5th_3: float | None
        balance_on_5th_3 = self.balance_on_5th_3

        balance_on_5th_4: float | None
        balance_on_5th_4 = self.balance_on_5th_4

        balance_on_5th_5: float | None
        balance_on_5th_5 = self.balance_on_5th_5

        bal_avgof_6dates_0: float | None
        bal_avgof_6dates_0 = self.bal_avgof_6dates_0

        bal_avgof_6dates_1: float | None
        bal_avgof_6dates_1 = self.bal_avgof_6dates_1

        bal_avgof_6dates_2: float | None
        bal_avgof_6dates_2 = self.bal_avgof_6dates_2

        bal_avgof_6dates_3: float | None
        bal_avgof_6dates_3 = self.bal_avgof_6dates_3

        bal_avgof_6dates_4: float | None
        bal_avgof_6dates_4 = self.bal_avgof_6dates_4

        bal_avgof_6dates_5: float | None
        bal_avgof_6dates_5 = self.bal_avgof_6dates_5

        balance_net_off_on_1st_0: float | None
        balance_net_off_on_1st_0 = self.balance_net_off_on_1st_0

        balance_net_off_on_1st_1: float | None
        balance_net_off_on_1st_1 = self.balance_net_off_on_1st_1

        balance_net_off_on_1st_2: float | None
        balance_net_off_on_1st_2 = self.balance_net_off_on_1st_2

        balance_net_off_on_1st_3: float | None
        balance_net_off_on_1st_3 = self.balance_net_off_on_1st_3

        balance_net_off_on_1st_4: float | None
        balance_net_off_on_1st_4 = self.balance_net_off_on_1st_4

        balance_net_off_on_1st_5: float | None
        balance_net_off_on_1st_5 = self.balance_net_off_on_1st_5

        balance_net_off_on_5th_0: float | None
        balance_net_off_on_5th_0 = self.balance_net_off_on_5th_0

        balance_net_off_on_5th_1: float | None
        balance_net_off_on_5th_1 = self.balance_net_off_on_5th_1

        balance_net_off_on_5th_2: float | None
        balance_net_off_on_5th_2 = self.balance_net_off_on_5th_2

        balance_net_off_on_5th_3: float | None
        balance_net_off_on_5th_3 = self.balance_net_off_on_5th_3

        balance_net_off_on_5th_4: float | None
        balance_net_off_on_5th_4 = self.balance_net_off_on_5th_4

        balance_net_off_on_5th_5: float | None
        balance_net_off_on_5th_5 = self.balance_net_off_on_5th_5

        balance_net_off_on_10th_0: float | None
        balance_net_off_on_10th_0 = self.balance_net_off_on_10th_0

        balance_net_off_on_10th_1: float | None
        balance_net_off_on_10th_1 = self.balance_net_off_on_10th_1

        balance_net_off_on_10th_2: float | None
        balance_net_off_on_10th_2 = self.balance_net_off_on_10th_2

        balance_net_off_on_10th_3: float | None
        balance_net_off_on_10th_3 = self.balance_net_off_on_10th_3

        balance_net_off_on_10th_4: float | None
        balance_net_off_on_10th_4 = self.balance_net_off_on_10th_4

        balance_net_off_on_10th_5: float | None
        balance_net_off_on_10th_5 = self.balance_net_off_on_10th_5

        balance_net_off_on_15th_0: float | None
        balance_net_off_on_15th_0 = self.balance_net_off_on_15th_0

        balance_net_off_on_15th_1: float | None
        balance_net_off_on_15th_1 = self.balance_net_off_on_15th_1

        balance_net_off_on_15th_2: float | None
        balance_net_off_on_15th_2 = self.balance_net_off_on_15th_2

        balance_net_off_on_15th_3: float | None
        balance_net_off_on_15th_3 = self.balance_net_off_on_15th_3

        balance_net_off_on_15th_4: float | None
        balance_net_off_on_15th_4 = self.balance_net_off_on_15th_4

        balance_net_off_on_15th_5: float | None
        balance_net_off_on_15th_5 = self.balance_net_off_on_15th_5

        balance_net_off_on_20th_0: float | None
        balance_net_off_on_20th_0 = self.balance_net_off_on_20th_0

        balance_net_off_on_20th_1: float | None
        balance_net_off_on_20th_1 = self.balance_net_off_on_20th_1

        balance_net_off_on_20th_2: float | None
        balance_net_off_on_20th_2 = self.balance_net_off_on_20th_2

        balance_net_off_on_20th_3: float | None
        balance_net_off_on_20th_3 = self.balance_net_off_on_20th_3

        balance_net_off_on_20th_4: float | None
        balance_net_off_on_20th_4 = self.balance_net_off_on_20th_4

        balance_net_off_on_20th_5: float | None
        balance_net_off_on_20th_5 = self.balance_net_off_on_20th_5

        balance_net_off_on_25th_0: float | None
        balance_net_off_on_25th_0 = self.balance_net_off_on_25th_0

        balance_net_off_on_25th_1: float | None
        balance_net_off_on_25th_1 = self.balance_net_off_on_25th_1

        balance_net_off_on_25th_2: float | None
        balance_net_off_on_25th_2 = self.balance_net_off_on_25th_2

        balance_net_off_on_25th_3: float | None
        balance_net_off_on_25th_3 = self.balance_net_off_on_25th_3

        balance_net_off_on_25th_4: float | None
        balance_net_off_on_25th_4 = self.balance_net_off_on_25th_4

        balance_net_off_on_25th_5: float | None
        balance_net_off_on_25th_5 = self.balance_net_off_on_25th_5

        balance_net_off_on_30th_0: float | None
        balance_net_off_on_30th_0 = self.balance_net_off_on_30th_0

        balance_net_off_on_30th_1: float | None
        balance_net_off_on_30th_1 = self.balance_net_off_on_30th_1

        balance_net_off_on_30th_2: float | None
        balance_net_off_on_30th_2 = self.balance_net_off_on_30th_2

        balance_net_off_on_30th_3: float | None
        balance_net_off_on_30th_3 = self.balance_net_off_on_30th_3

        balance_net_off_on_30th_4: float | None
        balance_net_off_on_30th_4 = self.balance_net_off_on_30th_4

        balance_net_off_on_30th_5: float | None
        balance_net_off_on_30th_5 = self.balance_net_off_on_30th_5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_name": customer_name,
                "bank_name": bank_name,
                "account_type": account_type,
                "accountnumber": accountnumber,
                "ifsc_code": ifsc_code,
                "month_0": month_0,
                "month_1": month_1,
                "month_2": month_2,
                "month_3": month_3,
                "month_4": month_4,
                "month_5": month_5,
                "end_date": end_date,
                "start_date": start_date,
                "month_duration": month_duration,
                "annualised_credit": annualised_credit,
                "cash_withdrawals": cash_withdrawals,
                "chq_deposits": chq_deposits,
                "chq_issues": chq_issues,
                "credits": credits_,
                "credits_0": credits_0,
                "credits_1": credits_1,
                "credits_2": credits_2,
                "credits_3": credits_3,
                "credits_4": credits_4,
                "credits_5": credits_5,
                "debitless_charges": debitless_charges,
                "debitless_charges_0": debitless_charges_0,
                "debitless_charges_1": debitless_charges_1,
                "debitless_charges_2": debitless_charges_2,
                "debitless_charges_3": debitless_charges_3,
                "debitless_charges_4": debitless_charges_4,
                "debitless_charges_5": debitless_charges_5,
                "debits": debits,
                "debits_0": debits_0,
                "debits_1": debits_1,
                "debits_2": debits_2,
                "debits_3": debits_3,
                "debits_4": debits_4,
                "debits_5": debits_5,
                "expense_0": expense_0,
                "expense_1": expense_1,
                "expense_2": expense_2,
                "expense_3": expense_3,
                "expense_4": expense_4,
                "expense_5": expense_5,
                "avg_monthly_expense": avg_monthly_expense,
                "income_0": income_0,
                "income_1": income_1,
                "income_2": income_2,
                "income_3": income_3,
                "income_4": income_4,
                "income_5": income_5,
                "avg_monthly_income": avg_monthly_income,
                "avg_expense_to_income_perc": avg_expense_to_income_perc,
                "expense_to_income_ratio_0": expense_to_income_ratio_0,
                "expense_to_income_ratio_1": expense_to_income_ratio_1,
                "expense_to_income_ratio_2": expense_to_income_ratio_2,
                "expense_to_income_ratio_3": expense_to_income_ratio_3,
                "expense_to_income_ratio_4": expense_to_income_ratio_4,
                "expense_to_income_ratio_5": expense_to_income_ratio_5,
                "inward_chq_bounces": inward_chq_bounces,
                "net_banking_credits": net_banking_credits,
                "net_banking_debits": net_banking_debits,
                "number_of_transactions_0": number_of_transactions_0,
                "number_of_transactions_1": number_of_transactions_1,
                "number_of_transactions_2": number_of_transactions_2,
                "number_of_transactions_3": number_of_transactions_3,
                "number_of_transactions_4": number_of_transactions_4,
                "number_of_transactions_5": number_of_transactions_5,
                "outward_chq_bounces": outward_chq_bounces,
                "pos_expenses": pos_expenses,
                "reversals": reversals,
                "total_bounce_or_penal_charge": total_bounce_or_penal_charge,
                "total_cash_withdrawal": total_cash_withdrawal,
                "total_chq_deposit": total_chq_deposit,
                "total_chq_issue": total_chq_issue,
                "total_creditcard_payment": total_creditcard_payment,
                "total_creditcard_payment_0": total_creditcard_payment_0,
                "total_creditcard_payment_1": total_creditcard_payment_1,
                "total_creditcard_payment_2": total_creditcard_payment_2,
                "total_creditcard_payment_3": total_creditcard_payment_3,
                "total_creditcard_payment_4": total_creditcard_payment_4,
                "total_creditcard_payment_5": total_creditcard_payment_5,
                "total_emi_ecs_loan": total_emi_ecs_loan,
                "total_expense": total_expense,
                "total_income": total_income,
                "total_inward_payment_bounce_0": total_inward_payment_bounce_0,
                "total_inward_payment_bounce_1": total_inward_payment_bounce_1,
                "total_inward_payment_bounce_2": total_inward_payment_bounce_2,
                "total_inward_payment_bounce_3": total_inward_payment_bounce_3,
                "total_inward_payment_bounce_4": total_inward_payment_bounce_4,
                "total_inward_payment_bounce_5": total_inward_payment_bounce_5,
                "total_salary_0": total_salary_0,
                "total_salary_1": total_salary_1,
                "total_salary_2": total_salary_2,
                "total_salary_3": total_salary_3,
                "total_salary_4": total_salary_4,
                "total_salary_5": total_salary_5,
                "max_balance_0": max_balance_0,
                "max_balance_1": max_balance_1,
                "max_balance_2": max_balance_2,
                "max_balance_3": max_balance_3,
                "max_balance_4": max_balance_4,
                "max_balance_5": max_balance_5,
                "min_balance_0": min_balance_0,
                "min_balance_1": min_balance_1,
                "min_balance_2": min_balance_2,
                "min_balance_3": min_balance_3,
                "min_balance_4": min_balance_4,
                "min_balance_5": min_balance_5,
                "avg_balance_0": avg_balance_0,
                "avg_balance_1": avg_balance_1,
                "avg_balance_2": avg_balance_2,
                "avg_balance_3": avg_balance_3,
                "avg_balance_4": avg_balance_4,
                "avg_balance_5": avg_balance_5,
                "avg_daily_closing_balance": avg_daily_closing_balance,
                "avg_monthly_closing_balance": avg_monthly_closing_balance,
                "bal_last_0": bal_last_0,
                "bal_last_1": bal_last_1,
                "bal_last_2": bal_last_2,
                "bal_last_3": bal_last_3,
                "bal_last_4": bal_last_4,
                "bal_last_5": bal_last_5,
                "balance_on_10th_0": balance_on_10th_0,
                "balance_on_10th_1": balance_on_10th_1,
                "balance_on_10th_2": balance_on_10th_2,
                "balance_on_10th_3": balance_on_10th_3,
                "balance_on_10th_4": balance_on_10th_4,
                "balance_on_10th_5": balance_on_10th_5,
                "balance_on_15th_0": balance_on_15th_0,
                "balance_on_15th_1": balance_on_15th_1,
                "balance_on_15th_2": balance_on_15th_2,
                "balance_on_15th_3": balance_on_15th_3,
                "balance_on_15th_4": balance_on_15th_4,
                "balance_on_15th_5": balance_on_15th_5,
                "balance_on_1st_0": balance_on_1st_0,
                "balance_on_1st_1": balance_on_1st_1,
                "balance_on_1st_2": balance_on_1st_2,
                "balance_on_1st_3": balance_on_1st_3,
                "balance_on_1st_4": balance_on_1st_4,
                "balance_on_1st_5": balance_on_1st_5,
                "balance_on_20th_0": balance_on_20th_0,
                "balance_on_20th_1": balance_on_20th_1,
                "balance_on_20th_2": balance_on_20th_2,
                "balance_on_20th_3": balance_on_20th_3,
                "balance_on_20th_4": balance_on_20th_4,
                "balance_on_20th_5": balance_on_20th_5,
                "balance_on_25th_0": balance_on_25th_0,
                "balance_on_25th_1": balance_on_25th_1,
                "balance_on_25th_2": balance_on_25th_2,
                "balance_on_25th_3": balance_on_25th_3,
                "balance_on_25th_4": balance_on_25th_4,
                "balance_on_25th_5": balance_on_25th_5,
                "balance_on_30th_0": balance_on_30th_0,
                "balance_on_30th_1": balance_on_30th_1,
                "balance_on_30th_2": balance_on_30th_2,
                "balance_on_30th_3": balance_on_30th_3,
                "balance_on_30th_4": balance_on_30th_4,
                "balance_on_30th_5": balance_on_30th_5,
                "balance_on_5th_0": balance_on_5th_0,
                "balance_on_5th_1": balance_on_5th_1,
                "balance_on_5th_2": balance_on_5th_2,
                "balance_on_5th_3": balance_on_5th_3,
                "balance_on_5th_4": balance_on_5th_4,
                "balance_on_5th_5": balance_on_5th_5,
                "bal_avgof_6dates_0": bal_avgof_6dates_0,
                "bal_avgof_6dates_1": bal_avgof_6dates_1,
                "bal_avgof_6dates_2": bal_avgof_6dates_2,
                "bal_avgof_6dates_3": bal_avgof_6dates_3,
                "bal_avgof_6dates_4": bal_avgof_6dates_4,
                "bal_avgof_6dates_5": bal_avgof_6dates_5,
                "balance_net_off_on_1st_0": balance_net_off_on_1st_0,
                "balance_net_off_on_1st_1": balance_net_off_on_1st_1,
                "balance_net_off_on_1st_2": balance_net_off_on_1st_2,
                "balance_net_off_on_1st_3": balance_net_off_on_1st_3,
                "balance_net_off_on_1st_4": balance_net_off_on_1st_4,
                "balance_net_off_on_1st_5": balance_net_off_on_1st_5,
                "balance_net_off_on_5th_0": balance_net_off_on_5th_0,
                "balance_net_off_on_5th_1": balance_net_off_on_5th_1,
                "balance_net_off_on_5th_2": balance_net_off_on_5th_2,
                "balance_net_off_on_5th_3": balance_net_off_on_5th_3,
                "balance_net_off_on_5th_4": balance_net_off_on_5th_4,
                "balance_net_off_on_5th_5": balance_net_off_on_5th_5,
                "balance_net_off_on_10th_0": balance_net_off_on_10th_0,
                "balance_net_off_on_10th_1": balance_net_off_on_10th_1,
                "balance_net_off_on_10th_2": balance_net_off_on_10th_2,
                "balance_net_off_on_10th_3": balance_net_off_on_10th_3,
                "balance_net_off_on_10th_4": balance_net_off_on_10th_4,
                "balance_net_off_on_10th_5": balance_net_off_on_10th_5,
                "balance_net_off_on_15th_0": balance_net_off_on_15th_0,
                "balance_net_off_on_15th_1": balance_net_off_on_15th_1,
                "balance_net_off_on_15th_2": balance_net_off_on_15th_2,
                "balance_net_off_on_15th_3": balance_net_off_on_15th_3,
                "balance_net_off_on_15th_4": balance_net_off_on_15th_4,
                "balance_net_off_on_15th_5": balance_net_off_on_15th_5,
                "balance_net_off_on_20th_0": balance_net_off_on_20th_0,
                "balance_net_off_on_20th_1": balance_net_off_on_20th_1,
                "balance_net_off_on_20th_2": balance_net_off_on_20th_2,
                "balance_net_off_on_20th_3": balance_net_off_on_20th_3,
                "balance_net_off_on_20th_4": balance_net_off_on_20th_4,
                "balance_net_off_on_20th_5": balance_net_off_on_20th_5,
                "balance_net_off_on_25th_0": balance_net_off_on_25th_0,
                "balance_net_off_on_25th_1": balance_net_off_on_25th_1,
                "balance_net_off_on_25th_2": balance_net_off_on_25th_2,
                "balance_net_off_on_25th_3": balance_net_off_on_25th_3,
                "balance_net_off_on_25th_4": balance_net_off_on_25th_4,
                "balance_net_off_on_25th_5": balance_net_off_on_25th_5,
                "balance_net_off_on_30th_0": balance_net_off_on_30th_0,
                "balance_net_off_on_30th_1": balance_net_off_on_30th_1,
                "balance_net_off_on_30th_2": balance_net_off_on_30th_2,
                "balance_net_off_on_30th_3": balance_net_off_on_30th_3,
                "balance_net_off_on_30th_4": balance_net_off_on_30th_4,
                "balance_net_off_on_30th_5": balance_net_off_on_30th_5,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise WrongType("object", d)
        _at = ""
        try:
            _at = "customer_name"

            def _parse_customer_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            customer_name = _parse_customer_name(d["customer_name"])

            _at = "bank_name"

            def _parse_bank_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            bank_name = _parse_bank_name(d["bank_name"])

            _at = "account_type"

            def _parse_account_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            account_type = _parse_account_type(d["account_type"])

            _at = "accountnumber"

            def _parse_accountnumber(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            accountnumber = _parse_accountnumber(d["accountnumber"])

            _at = "ifsc_code"

            def _parse_ifsc_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            ifsc_code = _parse_ifsc_code(d["ifsc_code"])

            _at = "month_0"

            def _parse_month_0(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            month_0 = _parse_month_0(d["month_0"])

            _at = "month_1"

            def _parse_month_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            month_1 = _parse_month_1(d["month_1"])

            _at = "month_2"

            def _parse_month_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            month_2 = _parse_month_2(d["month_2"])

            _at = "month_3"

            def _parse_month_3(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            month_3 = _parse_month_3(d["month_3"])

            _at = "month_4"

            def _parse_month_4(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            month_4 = _parse_month_4(d["month_4"])

            _at = "month_5"

            def _parse_month_5(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            month_5 = _parse_month_5(d["month_5"])

            _at = "end_date"

            def _parse_end_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            end_date = _parse_end_date(d["end_date"])

            _at = "start_date"

            def _parse_start_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            start_date = _parse_start_date(d["start_date"])

            month_duration = d["month_duration"]

            annualised_credit = d["annualised_credit"]

            cash_withdrawals = d["cash_withdrawals"]

            chq_deposits = d["chq_deposits"]

            chq_issues = d["chq_issues"]

            credits_ = d["credits"]

            _at = "credits_0"

            def _parse_credits_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            credits_0 = _parse_credits_0(d["credits_0"])

            _at = "credits_1"

            def _parse_credits_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            credits_1 = _parse_credits_1(d["credits_1"])

            _at = "credits_2"

            def _parse_credits_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            credits_2 = _parse_credits_2(d["credits_2"])

            _at = "credits_3"

            def _parse_credits_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            credits_3 = _parse_credits_3(d["credits_3"])

            _at = "credits_4"

            def _parse_credits_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            credits_4 = _parse_credits_4(d["credits_4"])

            _at = "credits_5"

            def _parse_credits_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            credits_5 = _parse_credits_5(d["credits_5"])

            debitless_charges = d["debitless_charges"]

            _at = "debitless_charges_0"

            def _parse_debitless_charges_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debitless_charges_0 = _parse_debitless_charges_0(d["debitless_charges_0"])

            _at = "debitless_charges_1"

            def _parse_debitless_charges_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debitless_charges_1 = _parse_debitless_charges_1(d["debitless_charges_1"])

            _at = "debitless_charges_2"

            def _parse_debitless_charges_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debitless_charges_2 = _parse_debitless_charges_2(d["debitless_charges_2"])

            _at = "debitless_charges_3"

            def _parse_debitless_charges_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debitless_charges_3 = _parse_debitless_charges_3(d["debitless_charges_3"])

            _at = "debitless_charges_4"

            def _parse_debitless_charges_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debitless_charges_4 = _parse_debitless_charges_4(d["debitless_charges_4"])

            _at = "debitless_charges_5"

            def _parse_debitless_charges_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debitless_charges_5 = _parse_debitless_charges_5(d["debitless_charges_5"])

            debits = d["debits"]

            _at = "debits_0"

            def _parse_debits_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debits_0 = _parse_debits_0(d["debits_0"])

            _at = "debits_1"

            def _parse_debits_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debits_1 = _parse_debits_1(d["debits_1"])

            _at = "debits_2"

            def _parse_debits_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debits_2 = _parse_debits_2(d["debits_2"])

            _at = "debits_3"

            def _parse_debits_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debits_3 = _parse_debits_3(d["debits_3"])

            _at = "debits_4"

            def _parse_debits_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debits_4 = _parse_debits_4(d["debits_4"])

            _at = "debits_5"

            def _parse_debits_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            debits_5 = _parse_debits_5(d["debits_5"])

            _at = "expense_0"

            def _parse_expense_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_0 = _parse_expense_0(d["expense_0"])

            _at = "expense_1"

            def _parse_expense_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_1 = _parse_expense_1(d["expense_1"])

            _at = "expense_2"

            def _parse_expense_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_2 = _parse_expense_2(d["expense_2"])

            _at = "expense_3"

            def _parse_expense_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_3 = _parse_expense_3(d["expense_3"])

            _at = "expense_4"

            def _parse_expense_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_4 = _parse_expense_4(d["expense_4"])

            _at = "expense_5"

            def _parse_expense_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_5 = _parse_expense_5(d["expense_5"])

            avg_monthly_expense = d["avg_monthly_expense"]

            _at = "income_0"

            def _parse_income_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            income_0 = _parse_income_0(d["income_0"])

            _at = "income_1"

            def _parse_income_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            income_1 = _parse_income_1(d["income_1"])

            _at = "income_2"

            def _parse_income_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            income_2 = _parse_income_2(d["income_2"])

            _at = "income_3"

            def _parse_income_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            income_3 = _parse_income_3(d["income_3"])

            _at = "income_4"

            def _parse_income_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            income_4 = _parse_income_4(d["income_4"])

            _at = "income_5"

            def _parse_income_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            income_5 = _parse_income_5(d["income_5"])

            avg_monthly_income = d["avg_monthly_income"]

            avg_expense_to_income_perc = d["avg_expense_to_income_perc"]

            _at = "expense_to_income_ratio_0"

            def _parse_expense_to_income_ratio_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_to_income_ratio_0 = _parse_expense_to_income_ratio_0(
                d["expense_to_income_ratio_0"]
            )

            _at = "expense_to_income_ratio_1"

            def _parse_expense_to_income_ratio_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_to_income_ratio_1 = _parse_expense_to_income_ratio_1(
                d["expense_to_income_ratio_1"]
            )

            _at = "expense_to_income_ratio_2"

            def _parse_expense_to_income_ratio_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_to_income_ratio_2 = _parse_expense_to_income_ratio_2(
                d["expense_to_income_ratio_2"]
            )

            _at = "expense_to_income_ratio_3"

            def _parse_expense_to_income_ratio_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_to_income_ratio_3 = _parse_expense_to_income_ratio_3(
                d["expense_to_income_ratio_3"]
            )

            _at = "expense_to_income_ratio_4"

            def _parse_expense_to_income_ratio_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_to_income_ratio_4 = _parse_expense_to_income_ratio_4(
                d["expense_to_income_ratio_4"]
            )

            _at = "expense_to_income_ratio_5"

            def _parse_expense_to_income_ratio_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            expense_to_income_ratio_5 = _parse_expense_to_income_ratio_5(
                d["expense_to_income_ratio_5"]
            )

            inward_chq_bounces = d["inward_chq_bounces"]

            net_banking_credits = d["net_banking_credits"]

            net_banking_debits = d["net_banking_debits"]

            _at = "number_of_transactions_0"

            def _parse_number_of_transactions_0(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            number_of_transactions_0 = _parse_number_of_transactions_0(
                d["number_of_transactions_0"]
            )

            _at = "number_of_transactions_1"

            def _parse_number_of_transactions_1(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            number_of_transactions_1 = _parse_number_of_transactions_1(
                d["number_of_transactions_1"]
            )

            _at = "number_of_transactions_2"

            def _parse_number_of_transactions_2(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            number_of_transactions_2 = _parse_number_of_transactions_2(
                d["number_of_transactions_2"]
            )

            _at = "number_of_transactions_3"

            def _parse_number_of_transactions_3(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            number_of_transactions_3 = _parse_number_of_transactions_3(
                d["number_of_transactions_3"]
            )

            _at = "number_of_transactions_4"

            def _parse_number_of_transactions_4(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            number_of_transactions_4 = _parse_number_of_transactions_4(
                d["number_of_transactions_4"]
            )

            _at = "number_of_transactions_5"

            def _parse_number_of_transactions_5(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            number_of_transactions_5 = _parse_number_of_transactions_5(
                d["number_of_transactions_5"]
            )

            outward_chq_bounces = d["outward_chq_bounces"]

            pos_expenses = d["pos_expenses"]

            reversals = d["reversals"]

            total_bounce_or_penal_charge = d["total_bounce_or_penal_charge"]

            total_cash_withdrawal = d["total_cash_withdrawal"]

            total_chq_deposit = d["total_chq_deposit"]

            total_chq_issue = d["total_chq_issue"]

            total_creditcard_payment = d["total_creditcard_payment"]

            _at = "total_creditcard_payment_0"

            def _parse_total_creditcard_payment_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_creditcard_payment_0 = _parse_total_creditcard_payment_0(
                d["total_creditcard_payment_0"]
            )

            _at = "total_creditcard_payment_1"

            def _parse_total_creditcard_payment_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_creditcard_payment_1 = _parse_total_creditcard_payment_1(
                d["total_creditcard_payment_1"]
            )

            _at = "total_creditcard_payment_2"

            def _parse_total_creditcard_payment_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_creditcard_payment_2 = _parse_total_creditcard_payment_2(
                d["total_creditcard_payment_2"]
            )

            _at = "total_creditcard_payment_3"

            def _parse_total_creditcard_payment_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_creditcard_payment_3 = _parse_total_creditcard_payment_3(
                d["total_creditcard_payment_3"]
            )

            _at = "total_creditcard_payment_4"

            def _parse_total_creditcard_payment_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_creditcard_payment_4 = _parse_total_creditcard_payment_4(
                d["total_creditcard_payment_4"]
            )

            _at = "total_creditcard_payment_5"

            def _parse_total_creditcard_payment_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_creditcard_payment_5 = _parse_total_creditcard_payment_5(
                d["total_creditcard_payment_5"]
            )

            total_emi_ecs_loan = d["total_emi_ecs_loan"]

            total_expense = d["total_expense"]

            total_income = d["total_income"]

            _at = "total_inward_payment_bounce_0"

            def _parse_total_inward_payment_bounce_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_inward_payment_bounce_0 = _parse_total_inward_payment_bounce_0(
                d["total_inward_payment_bounce_0"]
            )

            _at = "total_inward_payment_bounce_1"

            def _parse_total_inward_payment_bounce_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_inward_payment_bounce_1 = _parse_total_inward_payment_bounce_1(
                d["total_inward_payment_bounce_1"]
            )

            _at = "total_inward_payment_bounce_2"

            def _parse_total_inward_payment_bounce_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_inward_payment_bounce_2 = _parse_total_inward_payment_bounce_2(
                d["total_inward_payment_bounce_2"]
            )

            _at = "total_inward_payment_bounce_3"

            def _parse_total_inward_payment_bounce_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_inward_payment_bounce_3 = _parse_total_inward_payment_bounce_3(
                d["total_inward_payment_bounce_3"]
            )

            _at = "total_inward_payment_bounce_4"

            def _parse_total_inward_payment_bounce_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_inward_payment_bounce_4 = _parse_total_inward_payment_bounce_4(
                d["total_inward_payment_bounce_4"]
            )

            _at = "total_inward_payment_bounce_5"

            def _parse_total_inward_payment_bounce_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_inward_payment_bounce_5 = _parse_total_inward_payment_bounce_5(
                d["total_inward_payment_bounce_5"]
            )

            _at = "total_salary_0"

            def _parse_total_salary_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_salary_0 = _parse_total_salary_0(d["total_salary_0"])

            _at = "total_salary_1"

            def _parse_total_salary_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_salary_1 = _parse_total_salary_1(d["total_salary_1"])

            _at = "total_salary_2"

            def _parse_total_salary_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_salary_2 = _parse_total_salary_2(d["total_salary_2"])

            _at = "total_salary_3"

            def _parse_total_salary_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_salary_3 = _parse_total_salary_3(d["total_salary_3"])

            _at = "total_salary_4"

            def _parse_total_salary_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_salary_4 = _parse_total_salary_4(d["total_salary_4"])

            _at = "total_salary_5"

            def _parse_total_salary_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_salary_5 = _parse_total_salary_5(d["total_salary_5"])

            _at = "max_balance_0"

            def _parse_max_balance_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            max_balance_0 = _parse_max_balance_0(d["max_balance_0"])

            _at = "max_balance_1"

            def _parse_max_balance_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            max_balance_1 = _parse_max_balance_1(d["max_balance_1"])

            _at = "max_balance_2"

            def _parse_max_balance_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            max_balance_2 = _parse_max_balance_2(d["max_balance_2"])

            _at = "max_balance_3"

            def _parse_max_balance_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            max_balance_3 = _parse_max_balance_3(d["max_balance_3"])

            _at = "max_balance_4"

            def _parse_max_balance_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            max_balance_4 = _parse_max_balance_4(d["max_balance_4"])

            _at = "max_balance_5"

            def _parse_max_balance_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            max_balance_5 = _parse_max_balance_5(d["max_balance_5"])

            _at = "min_balance_0"

            def _parse_min_balance_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            min_balance_0 = _parse_min_balance_0(d["min_balance_0"])

            _at = "min_balance_1"

            def _parse_min_balance_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            min_balance_1 = _parse_min_balance_1(d["min_balance_1"])

            _at = "min_balance_2"

            def _parse_min_balance_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            min_balance_2 = _parse_min_balance_2(d["min_balance_2"])

            _at = "min_balance_3"

            def _parse_min_balance_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            min_balance_3 = _parse_min_balance_3(d["min_balance_3"])

            _at = "min_balance_4"

            def _parse_min_balance_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            min_balance_4 = _parse_min_balance_4(d["min_balance_4"])

            _at = "min_balance_5"

            def _parse_min_balance_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            min_balance_5 = _parse_min_balance_5(d["min_balance_5"])

            _at = "avg_balance_0"

            def _parse_avg_balance_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            avg_balance_0 = _parse_avg_balance_0(d["avg_balance_0"])

            _at = "avg_balance_1"

            def _parse_avg_balance_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            avg_balance_1 = _parse_avg_balance_1(d["avg_balance_1"])

            _at = "avg_balance_2"

            def _parse_avg_balance_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            avg_balance_2 = _parse_avg_balance_2(d["avg_balance_2"])

            _at = "avg_balance_3"

            def _parse_avg_balance_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            avg_balance_3 = _parse_avg_balance_3(d["avg_balance_3"])

            _at = "avg_balance_4"

            def _parse_avg_balance_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            avg_balance_4 = _parse_avg_balance_4(d["avg_balance_4"])

            _at = "avg_balance_5"

            def _parse_avg_balance_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            avg_balance_5 = _parse_avg_balance_5(d["avg_balance_5"])

            avg_daily_closing_balance = d["avg_daily_closing_balance"]

            avg_monthly_closing_balance = d["avg_monthly_closing_balance"]

            _at = "bal_last_0"

            def _parse_bal_last_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_last_0 = _parse_bal_last_0(d["bal_last_0"])

            _at = "bal_last_1"

            def _parse_bal_last_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_last_1 = _parse_bal_last_1(d["bal_last_1"])

            _at = "bal_last_2"

            def _parse_bal_last_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_last_2 = _parse_bal_last_2(d["bal_last_2"])

            _at = "bal_last_3"

            def _parse_bal_last_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_last_3 = _parse_bal_last_3(d["bal_last_3"])

            _at = "bal_last_4"

            def _parse_bal_last_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_last_4 = _parse_bal_last_4(d["bal_last_4"])

            _at = "bal_last_5"

            def _parse_bal_last_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_last_5 = _parse_bal_last_5(d["bal_last_5"])

            _at = "balance_on_10th_0"

            def _parse_balance_on_10th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_10th_0 = _parse_balance_on_10th_0(d["balance_on_10th_0"])

            _at = "balance_on_10th_1"

            def _parse_balance_on_10th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_10th_1 = _parse_balance_on_10th_1(d["balance_on_10th_1"])

            _at = "balance_on_10th_2"

            def _parse_balance_on_10th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_10th_2 = _parse_balance_on_10th_2(d["balance_on_10th_2"])

            _at = "balance_on_10th_3"

            def _parse_balance_on_10th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_10th_3 = _parse_balance_on_10th_3(d["balance_on_10th_3"])

            _at = "balance_on_10th_4"

            def _parse_balance_on_10th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_10th_4 = _parse_balance_on_10th_4(d["balance_on_10th_4"])

            _at = "balance_on_10th_5"

            def _parse_balance_on_10th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_10th_5 = _parse_balance_on_10th_5(d["balance_on_10th_5"])

            _at = "balance_on_15th_0"

            def _parse_balance_on_15th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_15th_0 = _parse_balance_on_15th_0(d["balance_on_15th_0"])

            _at = "balance_on_15th_1"

            def _parse_balance_on_15th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_15th_1 = _parse_balance_on_15th_1(d["balance_on_15th_1"])

            _at = "balance_on_15th_2"

            def _parse_balance_on_15th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_15th_2 = _parse_balance_on_15th_2(d["balance_on_15th_2"])

            _at = "balance_on_15th_3"

            def _parse_balance_on_15th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_15th_3 = _parse_balance_on_15th_3(d["balance_on_15th_3"])

            _at = "balance_on_15th_4"

            def _parse_balance_on_15th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_15th_4 = _parse_balance_on_15th_4(d["balance_on_15th_4"])

            _at = "balance_on_15th_5"

            def _parse_balance_on_15th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_15th_5 = _parse_balance_on_15th_5(d["balance_on_15th_5"])

            _at = "balance_on_1st_0"

            def _parse_balance_on_1st_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_1st_0 = _parse_balance_on_1st_0(d["balance_on_1st_0"])

            _at = "balance_on_1st_1"

            def _parse_balance_on_1st_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_1st_1 = _parse_balance_on_1st_1(d["balance_on_1st_1"])

            _at = "balance_on_1st_2"

            def _parse_balance_on_1st_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_1st_2 = _parse_balance_on_1st_2(d["balance_on_1st_2"])

            _at = "balance_on_1st_3"

            def _parse_balance_on_1st_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_1st_3 = _parse_balance_on_1st_3(d["balance_on_1st_3"])

            _at = "balance_on_1st_4"

            def _parse_balance_on_1st_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_1st_4 = _parse_balance_on_1st_4(d["balance_on_1st_4"])

            _at = "balance_on_1st_5"

            def _parse_balance_on_1st_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_1st_5 = _parse_balance_on_1st_5(d["balance_on_1st_5"])

            _at = "balance_on_20th_0"

            def _parse_balance_on_20th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_20th_0 = _parse_balance_on_20th_0(d["balance_on_20th_0"])

            _at = "balance_on_20th_1"

            def _parse_balance_on_20th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_20th_1 = _parse_balance_on_20th_1(d["balance_on_20th_1"])

            _at = "balance_on_20th_2"

            def _parse_balance_on_20th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_20th_2 = _parse_balance_on_20th_2(d["balance_on_20th_2"])

            _at = "balance_on_20th_3"

            def _parse_balance_on_20th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_20th_3 = _parse_balance_on_20th_3(d["balance_on_20th_3"])

            _at = "balance_on_20th_4"

            def _parse_balance_on_20th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_20th_4 = _parse_balance_on_20th_4(d["balance_on_20th_4"])

            _at = "balance_on_20th_5"

            def _parse_balance_on_20th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_20th_5 = _parse_balance_on_20th_5(d["balance_on_20th_5"])

            _at = "balance_on_25th_0"

            def _parse_balance_on_25th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_25th_0 = _parse_balance_on_25th_0(d["balance_on_25th_0"])

            _at = "balance_on_25th_1"

            def _parse_balance_on_25th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_25th_1 = _parse_balance_on_25th_1(d["balance_on_25th_1"])

            _at = "balance_on_25th_2"

            def _parse_balance_on_25th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_25th_2 = _parse_balance_on_25th_2(d["balance_on_25th_2"])

            _at = "balance_on_25th_3"

            def _parse_balance_on_25th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_25th_3 = _parse_balance_on_25th_3(d["balance_on_25th_3"])

            _at = "balance_on_25th_4"

            def _parse_balance_on_25th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_25th_4 = _parse_balance_on_25th_4(d["balance_on_25th_4"])

            _at = "balance_on_25th_5"

            def _parse_balance_on_25th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_25th_5 = _parse_balance_on_25th_5(d["balance_on_25th_5"])

            _at = "balance_on_30th_0"

            def _parse_balance_on_30th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_30th_0 = _parse_balance_on_30th_0(d["balance_on_30th_0"])

            _at = "balance_on_30th_1"

            def _parse_balance_on_30th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_30th_1 = _parse_balance_on_30th_1(d["balance_on_30th_1"])

            _at = "balance_on_30th_2"

            def _parse_balance_on_30th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_30th_2 = _parse_balance_on_30th_2(d["balance_on_30th_2"])

            _at = "balance_on_30th_3"

            def _parse_balance_on_30th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_30th_3 = _parse_balance_on_30th_3(d["balance_on_30th_3"])

            _at = "balance_on_30th_4"

            def _parse_balance_on_30th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_30th_4 = _parse_balance_on_30th_4(d["balance_on_30th_4"])

            _at = "balance_on_30th_5"

            def _parse_balance_on_30th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_30th_5 = _parse_balance_on_30th_5(d["balance_on_30th_5"])

            _at = "balance_on_5th_0"

            def _parse_balance_on_5th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_5th_0 = _parse_balance_on_5th_0(d["balance_on_5th_0"])

            _at = "balance_on_5th_1"

            def _parse_balance_on_5th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_5th_1 = _parse_balance_on_5th_1(d["balance_on_5th_1"])

            _at = "balance_on_5th_2"

            def _parse_balance_on_5th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_5th_2 = _parse_balance_on_5th_2(d["balance_on_5th_2"])

            _at = "balance_on_5th_3"

            def _parse_balance_on_5th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_5th_3 = _parse_balance_on_5th_3(d["balance_on_5th_3"])

            _at = "balance_on_5th_4"

            def _parse_balance_on_5th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_5th_4 = _parse_balance_on_5th_4(d["balance_on_5th_4"])

            _at = "balance_on_5th_5"

            def _parse_balance_on_5th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_on_5th_5 = _parse_balance_on_5th_5(d["balance_on_5th_5"])

            _at = "bal_avgof_6dates_0"

            def _parse_bal_avgof_6dates_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_avgof_6dates_0 = _parse_bal_avgof_6dates_0(d["bal_avgof_6dates_0"])

            _at = "bal_avgof_6dates_1"

            def _parse_bal_avgof_6dates_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_avgof_6dates_1 = _parse_bal_avgof_6dates_1(d["bal_avgof_6dates_1"])

            _at = "bal_avgof_6dates_2"

            def _parse_bal_avgof_6dates_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_avgof_6dates_2 = _parse_bal_avgof_6dates_2(d["bal_avgof_6dates_2"])

            _at = "bal_avgof_6dates_3"

            def _parse_bal_avgof_6dates_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_avgof_6dates_3 = _parse_bal_avgof_6dates_3(d["bal_avgof_6dates_3"])

            _at = "bal_avgof_6dates_4"

            def _parse_bal_avgof_6dates_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_avgof_6dates_4 = _parse_bal_avgof_6dates_4(d["bal_avgof_6dates_4"])

            _at = "bal_avgof_6dates_5"

            def _parse_bal_avgof_6dates_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            bal_avgof_6dates_5 = _parse_bal_avgof_6dates_5(d["bal_avgof_6dates_5"])

            _at = "balance_net_off_on_1st_0"

            def _parse_balance_net_off_on_1st_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_1st_0 = _parse_balance_net_off_on_1st_0(
                d["balance_net_off_on_1st_0"]
            )

            _at = "balance_net_off_on_1st_1"

            def _parse_balance_net_off_on_1st_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_1st_1 = _parse_balance_net_off_on_1st_1(
                d["balance_net_off_on_1st_1"]
            )

            _at = "balance_net_off_on_1st_2"

            def _parse_balance_net_off_on_1st_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_1st_2 = _parse_balance_net_off_on_1st_2(
                d["balance_net_off_on_1st_2"]
            )

            _at = "balance_net_off_on_1st_3"

            def _parse_balance_net_off_on_1st_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_1st_3 = _parse_balance_net_off_on_1st_3(
                d["balance_net_off_on_1st_3"]
            )

            _at = "balance_net_off_on_1st_4"

            def _parse_balance_net_off_on_1st_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_1st_4 = _parse_balance_net_off_on_1st_4(
                d["balance_net_off_on_1st_4"]
            )

            _at = "balance_net_off_on_1st_5"

            def _parse_balance_net_off_on_1st_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_1st_5 = _parse_balance_net_off_on_1st_5(
                d["balance_net_off_on_1st_5"]
            )

            _at = "balance_net_off_on_5th_0"

            def _parse_balance_net_off_on_5th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_5th_0 = _parse_balance_net_off_on_5th_0(
                d["balance_net_off_on_5th_0"]
            )

            _at = "balance_net_off_on_5th_1"

            def _parse_balance_net_off_on_5th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_5th_1 = _parse_balance_net_off_on_5th_1(
                d["balance_net_off_on_5th_1"]
            )

            _at = "balance_net_off_on_5th_2"

            def _parse_balance_net_off_on_5th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_5th_2 = _parse_balance_net_off_on_5th_2(
                d["balance_net_off_on_5th_2"]
            )

            _at = "balance_net_off_on_5th_3"

            def _parse_balance_net_off_on_5th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_5th_3 = _parse_balance_net_off_on_5th_3(
                d["balance_net_off_on_5th_3"]
            )

            _at = "balance_net_off_on_5th_4"

            def _parse_balance_net_off_on_5th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_5th_4 = _parse_balance_net_off_on_5th_4(
                d["balance_net_off_on_5th_4"]
            )

            _at = "balance_net_off_on_5th_5"

            def _parse_balance_net_off_on_5th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_5th_5 = _parse_balance_net_off_on_5th_5(
                d["balance_net_off_on_5th_5"]
            )

            _at = "balance_net_off_on_10th_0"

            def _parse_balance_net_off_on_10th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_10th_0 = _parse_balance_net_off_on_10th_0(
                d["balance_net_off_on_10th_0"]
            )

            _at = "balance_net_off_on_10th_1"

            def _parse_balance_net_off_on_10th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_10th_1 = _parse_balance_net_off_on_10th_1(
                d["balance_net_off_on_10th_1"]
            )

            _at = "balance_net_off_on_10th_2"

            def _parse_balance_net_off_on_10th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_10th_2 = _parse_balance_net_off_on_10th_2(
                d["balance_net_off_on_10th_2"]
            )

            _at = "balance_net_off_on_10th_3"

            def _parse_balance_net_off_on_10th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_10th_3 = _parse_balance_net_off_on_10th_3(
                d["balance_net_off_on_10th_3"]
            )

            _at = "balance_net_off_on_10th_4"

            def _parse_balance_net_off_on_10th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_10th_4 = _parse_balance_net_off_on_10th_4(
                d["balance_net_off_on_10th_4"]
            )

            _at = "balance_net_off_on_10th_5"

            def _parse_balance_net_off_on_10th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_10th_5 = _parse_balance_net_off_on_10th_5(
                d["balance_net_off_on_10th_5"]
            )

            _at = "balance_net_off_on_15th_0"

            def _parse_balance_net_off_on_15th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_15th_0 = _parse_balance_net_off_on_15th_0(
                d["balance_net_off_on_15th_0"]
            )

            _at = "balance_net_off_on_15th_1"

            def _parse_balance_net_off_on_15th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_15th_1 = _parse_balance_net_off_on_15th_1(
                d["balance_net_off_on_15th_1"]
            )

            _at = "balance_net_off_on_15th_2"

            def _parse_balance_net_off_on_15th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_15th_2 = _parse_balance_net_off_on_15th_2(
                d["balance_net_off_on_15th_2"]
            )

            _at = "balance_net_off_on_15th_3"

            def _parse_balance_net_off_on_15th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_15th_3 = _parse_balance_net_off_on_15th_3(
                d["balance_net_off_on_15th_3"]
            )

            _at = "balance_net_off_on_15th_4"

            def _parse_balance_net_off_on_15th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_15th_4 = _parse_balance_net_off_on_15th_4(
                d["balance_net_off_on_15th_4"]
            )

            _at = "balance_net_off_on_15th_5"

            def _parse_balance_net_off_on_15th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_15th_5 = _parse_balance_net_off_on_15th_5(
                d["balance_net_off_on_15th_5"]
            )

            _at = "balance_net_off_on_20th_0"

            def _parse_balance_net_off_on_20th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_20th_0 = _parse_balance_net_off_on_20th_0(
                d["balance_net_off_on_20th_0"]
            )

            _at = "balance_net_off_on_20th_1"

            def _parse_balance_net_off_on_20th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_20th_1 = _parse_balance_net_off_on_20th_1(
                d["balance_net_off_on_20th_1"]
            )

            _at = "balance_net_off_on_20th_2"

            def _parse_balance_net_off_on_20th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_20th_2 = _parse_balance_net_off_on_20th_2(
                d["balance_net_off_on_20th_2"]
            )

            _at = "balance_net_off_on_20th_3"

            def _parse_balance_net_off_on_20th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_20th_3 = _parse_balance_net_off_on_20th_3(
                d["balance_net_off_on_20th_3"]
            )

            _at = "balance_net_off_on_20th_4"

            def _parse_balance_net_off_on_20th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_20th_4 = _parse_balance_net_off_on_20th_4(
                d["balance_net_off_on_20th_4"]
            )

            _at = "balance_net_off_on_20th_5"

            def _parse_balance_net_off_on_20th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_20th_5 = _parse_balance_net_off_on_20th_5(
                d["balance_net_off_on_20th_5"]
            )

            _at = "balance_net_off_on_25th_0"

            def _parse_balance_net_off_on_25th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_25th_0 = _parse_balance_net_off_on_25th_0(
                d["balance_net_off_on_25th_0"]
            )

            _at = "balance_net_off_on_25th_1"

            def _parse_balance_net_off_on_25th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_25th_1 = _parse_balance_net_off_on_25th_1(
                d["balance_net_off_on_25th_1"]
            )

            _at = "balance_net_off_on_25th_2"

            def _parse_balance_net_off_on_25th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_25th_2 = _parse_balance_net_off_on_25th_2(
                d["balance_net_off_on_25th_2"]
            )

            _at = "balance_net_off_on_25th_3"

            def _parse_balance_net_off_on_25th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_25th_3 = _parse_balance_net_off_on_25th_3(
                d["balance_net_off_on_25th_3"]
            )

            _at = "balance_net_off_on_25th_4"

            def _parse_balance_net_off_on_25th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_25th_4 = _parse_balance_net_off_on_25th_4(
                d["balance_net_off_on_25th_4"]
            )

            _at = "balance_net_off_on_25th_5"

            def _parse_balance_net_off_on_25th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_25th_5 = _parse_balance_net_off_on_25th_5(
                d["balance_net_off_on_25th_5"]
            )

            _at = "balance_net_off_on_30th_0"

            def _parse_balance_net_off_on_30th_0(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_30th_0 = _parse_balance_net_off_on_30th_0(
                d["balance_net_off_on_30th_0"]
            )

            _at = "balance_net_off_on_30th_1"

            def _parse_balance_net_off_on_30th_1(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_30th_1 = _parse_balance_net_off_on_30th_1(
                d["balance_net_off_on_30th_1"]
            )

            _at = "balance_net_off_on_30th_2"

            def _parse_balance_net_off_on_30th_2(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_30th_2 = _parse_balance_net_off_on_30th_2(
                d["balance_net_off_on_30th_2"]
            )

            _at = "balance_net_off_on_30th_3"

            def _parse_balance_net_off_on_30th_3(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_30th_3 = _parse_balance_net_off_on_30th_3(
                d["balance_net_off_on_30th_3"]
            )

            _at = "balance_net_off_on_30th_4"

            def _parse_balance_net_off_on_30th_4(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_30th_4 = _parse_balance_net_off_on_30th_4(
                d["balance_net_off_on_30th_4"]
            )

            _at = "balance_net_off_on_30th_5"

            def _parse_balance_net_off_on_30th_5(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            balance_net_off_on_30th_5 = _parse_balance_net_off_on_30th_5(
                d["balance_net_off_on_30th_5"]
            )

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(customer_name) in (str, NoneType)
            and type(bank_name) in (str, NoneType)
            and type(account_type) in (str, NoneType)
            and type(accountnumber) in (int, NoneType)
            and type(ifsc_code) in (str, NoneType)
            and type(month_0) in (str, NoneType)
            and type(month_1) in (str, NoneType)
            and type(month_2) in (str, NoneType)
            and type(month_3) in (str, NoneType)
            and type(month_4) in (str, NoneType)
            and type(month_5) in (str, NoneType)
            and type(end_date) in (str, NoneType)
            and type(start_date) in (str, NoneType)
            and type(month_duration) is int
            and type(annualised_credit) in (float, int)
            and type(cash_withdrawals) is int
            and type(chq_deposits) is int
            and type(chq_issues) is int
            and type(credits_) in (float, int)
            and type(credits_0) in (float, int, NoneType)
            and type(credits_1) in (float, int, NoneType)
            and type(credits_2) in (float, int, NoneType)
            and type(credits_3) in (float, int, NoneType)
            and type(credits_4) in (float, int, NoneType)
            and type(credits_5) in (float, int, NoneType)
            and type(debitless_charges) in (float, int)
            and type(debitless_charges_0) in (float, int, NoneType)
            and type(debitless_charges_1) in (float, int, NoneType)
            and type(debitless_charges_2) in (float, int, NoneType)
            and type(debitless_charges_3) in (float, int, NoneType)
            and type(debitless_charges_4) in (float, int, NoneType)
            and type(debitless_charges_5) in (float, int, NoneType)
            and type(debits) in (float, int)
            and type(debits_0) in (float, int, NoneType)
            and type(debits_1) in (float, int, NoneType)
            and type(debits_2) in (float, int, NoneType)
            and type(debits_3) in (float, int, NoneType)
            and type(debits_4) in (float, int, NoneType)
            and type(debits_5) in (float, int, NoneType)
            and type(expense_0) in (float, int, NoneType)
            and type(expense_1) in (float, int, NoneType)
            and type(expense_2) in (float, int, NoneType)
            and type(expense_3) in (float, int, NoneType)
            and type(expense_4) in (float, int, NoneType)
            and type(expense_5) in (float, int, NoneType)
            and type(avg_monthly_expense) in (float, int)
            and type(income_0) in (float, int, NoneType)
            and type(income_1) in (float, int, NoneType)
            and type(income_2) in (float, int, NoneType)
            and type(income_3) in (float, int, NoneType)
            and type(income_4) in (float, int, NoneType)
            and type(income_5) in (float, int, NoneType)
            and type(avg_monthly_income) in (float, int)
            and type(avg_expense_to_income_perc) in (float, int)
            and type(expense_to_income_ratio_0) in (float, int, NoneType)
            and type(expense_to_income_ratio_1) in (float, int, NoneType)
            and type(expense_to_income_ratio_2) in (float, int, NoneType)
            and type(expense_to_income_ratio_3) in (float, int, NoneType)
            and type(expense_to_income_ratio_4) in (float, int, NoneType)
            and type(expense_to_income_ratio_5) in (float, int, NoneType)
            and type(inward_chq_bounces) in (float, int)
            and type(net_banking_credits) in (float, int)
            and type(net_banking_debits) in (float, int)
            and type(number_of_transactions_0) in (int, NoneType)
            and type(number_of_transactions_1) in (int, NoneType)
            and type(number_of_transactions_2) in (int, NoneType)
            and type(number_of_transactions_3) in (int, NoneType)
            and type(number_of_transactions_4) in (int, NoneType)
            and type(number_of_transactions_5) in (int, NoneType)
            and type(outward_chq_bounces) in (float, int)
            and type(pos_expenses) in (float, int)
            and type(reversals) in (float, int)
            and type(total_bounce_or_penal_charge) in (float, int)
            and type(total_cash_withdrawal) in (float, int)
            and type(total_chq_deposit) in (float, int)
            and type(total_chq_issue) in (float, int)
            and type(total_creditcard_payment) in (float, int)
            and type(total_creditcard_payment_0) in (float, int, NoneType)
            and type(total_creditcard_payment_1) in (float, int, NoneType)
            and type(total_creditcard_payment_2) in (float, int, NoneType)
            and type(total_creditcard_payment_3) in (float, int, NoneType)
            and type(total_creditcard_payment_4) in (float, int, NoneType)
            and type(total_creditcard_payment_5) in (float, int, NoneType)
            and type(total_emi_ecs_loan) in (float, int)
            and type(total_expense) in (float, int)
            and type(total_income) in (float, int)
            and type(total_inward_payment_bounce_0) in (float, int, NoneType)
            and type(total_inward_payment_bounce_1) in (float, int, NoneType)
            and type(total_inward_payment_bounce_2) in (float, int, NoneType)
            and type(total_inward_payment_bounce_3) in (float, int, NoneType)
            and type(total_inward_payment_bounce_4) in (float, int, NoneType)
            and type(total_inward_payment_bounce_5) in (float, int, NoneType)
            and type(total_salary_0) in (float, int, NoneType)
            and type(total_salary_1) in (float, int, NoneType)
            and type(total_salary_2) in (float, int, NoneType)
            and type(total_salary_3) in (float, int, NoneType)
            and type(total_salary_4) in (float, int, NoneType)
            and type(total_salary_5) in (float, int, NoneType)
            and type(max_balance_0) in (float, int, NoneType)
            and type(max_balance_1) in (float, int, NoneType)
            and type(max_balance_2) in (float, int, NoneType)
            and type(max_balance_3) in (float, int, NoneType)
            and type(max_balance_4) in (float, int, NoneType)
            and type(max_balance_5) in (float, int, NoneType)
            and type(min_balance_0) in (float, int, NoneType)
            and type(min_balance_1) in (float, int, NoneType)
            and type(min_balance_2) in (float, int, NoneType)
            and type(min_balance_3) in (float, int, NoneType)
            and type(min_balance_4) in (float, int, NoneType)
            and type(min_balance_5) in (float, int, NoneType)
            and type(avg_balance_0) in (float, int, NoneType)
            and type(avg_balance_1) in (float, int, NoneType)
            and type(avg_balance_2) in (float, int, NoneType)
            and type(avg_balance_3) in (float, int, NoneType)
            and type(avg_balance_4) in (float, int, NoneType)
            and type(avg_balance_5) in (float, int, NoneType)
            and type(avg_daily_closing_balance) in (float, int)
            and type(avg_monthly_closing_balance) in (float, int)
            and type(bal_last_0) in (float, int, NoneType)
            and type(bal_last_1) in (float, int, NoneType)
            and type(bal_last_2) in (float, int, NoneType)
            and type(bal_last_3) in (float, int, NoneType)
            and type(bal_last_4) in (float, int, NoneType)
            and type(bal_last_5) in (float, int, NoneType)
            and type(balance_on_10th_0) in (float, int, NoneType)
            and type(balance_on_10th_1) in (float, int, NoneType)
            and type(balance_on_10th_2) in (float, int, NoneType)
            and type(balance_on_10th_3) in (float, int, NoneType)
            and type(balance_on_10th_4) in (float, int, NoneType)
            and type(balance_on_10th_5) in (float, int, NoneType)
            and type(balance_on_15th_0) in (float, int, NoneType)
            and type(balance_on_15th_1) in (float, int, NoneType)
            and type(balance_on_15th_2) in (float, int, NoneType)
            and type(balance_on_15th_3) in (float, int, NoneType)
            and type(balance_on_15th_4) in (float, int, NoneType)
            and type(balance_on_15th_5) in (float, int, NoneType)
            and type(balance_on_1st_0) in (float, int, NoneType)
            and type(balance_on_1st_1) in (float, int, NoneType)
            and type(balance_on_1st_2) in (float, int, NoneType)
            and type(balance_on_1st_3) in (float, int, NoneType)
            and type(balance_on_1st_4) in (float, int, NoneType)
            and type(balance_on_1st_5) in (float, int, NoneType)
            and type(balance_on_20th_0) in (float, int, NoneType)
            and type(balance_on_20th_1) in (float, int, NoneType)
            and type(balance_on_20th_2) in (float, int, NoneType)
            and type(balance_on_20th_3) in (float, int, NoneType)
            and type(balance_on_20th_4) in (float, int, NoneType)
            and type(balance_on_20th_5) in (float, int, NoneType)
            and type(balance_on_25th_0) in (float, int, NoneType)
            and type(balance_on_25th_1) in (float, int, NoneType)
            and type(balance_on_25th_2) in (float, int, NoneType)
            and type(balance_on_25th_3) in (float, int, NoneType)
            and type(balance_on_25th_4) in (float, int, NoneType)
            and type(balance_on_25th_5) in (float, int, NoneType)
            and type(balance_on_30th_0) in (float, int, NoneType)
            and type(balance_on_30th_1) in (float, int, NoneType)
            and type(balance_on_30th_2) in (float, int, NoneType)
            and type(balance_on_30th_3) in (float, int, NoneType)
            and type(balance_on_30th_4) in (float, int, NoneType)
            and type(balance_on_30th_5) in (float, int, NoneType)
            and type(balance_on_5th_0) in (float, int, NoneType)
            and type(balance_on_5th_1) in (float, int, NoneType)
            and type(balance_on_5th_2) in (float, int, NoneType)
            and type(balance_on_5th_3) in (float, int, NoneType)
            and type(balance_on_5th_4) in (float, int, NoneType)
            and type(balance_on_5th_5) in (float, int, NoneType)
            and type(bal_avgof_6dates_0) in (float, int, NoneType)
            and type(bal_avgof_6dates_1) in (float, int, NoneType)
            and type(bal_avgof_6dates_2) in (float, int, NoneType)
            and type(bal_avgof_6dates_3) in (float, int, NoneType)
            and type(bal_avgof_6dates_4) in (float, int, NoneType)
            and type(bal_avgof_6dates_5) in (float, int, NoneType)
            and type(balance_net_off_on_1st_0) in (float, int, NoneType)
            and type(balance_net_off_on_1st_1) in (float, int, NoneType)
            and type(balance_net_off_on_1st_2) in (float, int, NoneType)
            and type(balance_net_off_on_1st_3) in (float, int, NoneType)
            and type(balance_net_off_on_1st_4) in (float, int, NoneType)
            and type(balance_net_off_on_1st_5) in (float, int, NoneType)
            and type(balance_net_off_on_5th_0) in (float, int, NoneType)
            and type(balance_net_off_on_5th_1) in (float, int, NoneType)
            and type(balance_net_off_on_5th_2) in (float, int, NoneType)
            and type(balance_net_off_on_5th_3) in (float, int, NoneType)
            and type(balance_net_off_on_5th_4) in (float, int, NoneType)
            and type(balance_net_off_on_5th_5) in (float, int, NoneType)
            and type(balance_net_off_on_10th_0) in (float, int, NoneType)
            and type(balance_net_off_on_10th_1) in (float, int, NoneType)
            and type(balance_net_off_on_10th_2) in (float, int, NoneType)
            and type(balance_net_off_on_10th_3) in (float, int, NoneType)
            and type(balance_net_off_on_10th_4) in (float, int, NoneType)
            and type(balance_net_off_on_10th_5) in (float, int, NoneType)
            and type(balance_net_off_on_15th_0) in (float, int, NoneType)
            and type(balance_net_off_on_15th_1) in (float, int, NoneType)
            and type(balance_net_off_on_15th_2) in (float, int, NoneType)
            and type(balance_net_off_on_15th_3) in (float, int, NoneType)
            and type(balance_net_off_on_15th_4) in (float, int, NoneType)
            and type(balance_net_off_on_15th_5) in (float, int, NoneType)
            and type(balance_net_off_on_20th_0) in (float, int, NoneType)
            and type(balance_net_off_on_20th_1) in (float, int, NoneType)
            and type(balance_net_off_on_20th_2) in (float, int, NoneType)
            and type(balance_net_off_on_20th_3) in (float, int, NoneType)
            and type(balance_net_off_on_20th_4) in (float, int, NoneType)
            and type(balance_net_off_on_20th_5) in (float, int, NoneType)
            and type(balance_net_off_on_25th_0) in (float, int, NoneType)
            and type(balance_net_off_on_25th_1) in (float, int, NoneType)
            and type(balance_net_off_on_25th_2) in (float, int, NoneType)
            and type(balance_net_off_on_25th_3) in (float, int, NoneType)
            and type(balance_net_off_on_25th_4) in (float, int, NoneType)
            and type(balance_net_off_on_25th_5) in (float, int, NoneType)
            and type(balance_net_off_on_30th_0) in (float, int, NoneType)
            and type(balance_net_off_on_30th_1) in (float, int, NoneType)
            and type(balance_net_off_on_30th_2) in (float, int, NoneType)
            and type(balance_net_off_on_30th_3) in (float, int, NoneType)
            and type(balance_net_off_on_30th_4) in (float, int, NoneType)
            and type(balance_net_off_on_30th_5) in (float, int, NoneType)
        ):
            raise first_wrong(
                (
                    ("customer_name", customer_name, (str, NoneType), None),
                    ("bank_name", bank_name, (str, NoneType), None),
                    ("account_type", account_type, (str, NoneType), None),
                    ("accountnumber", accountnumber, (int, NoneType), None),
                    ("ifsc_code", ifsc_code, (str, NoneType), None),
                    ("month_0", month_0, (str, NoneType), None),
                    ("month_1", month_1, (str, NoneType), None),
                    ("month_2", month_2, (str, NoneType), None),
                    ("month_3", month_3, (str, NoneType), None),
                    ("month_4", month_4, (str, NoneType), None),
                    ("month_5", month_5, (str, NoneType), None),
                    ("end_date", end_date, (str, NoneType), None),
                    ("start_date", start_date, (str, NoneType), None),
                    ("month_duration", month_duration, (int,), None),
                    ("annualised_credit", annualised_credit, (float, int), None),
                    ("cash_withdrawals", cash_withdrawals, (int,), None),
                    ("chq_deposits", chq_deposits, (int,), None),
                    ("chq_issues", chq_issues, (int,), None),
                    ("credits", credits_, (float, int), None),
                    ("credits_0", credits_0, (float, int, NoneType), None),
                    ("credits_1", credits_1, (float, int, NoneType), None),
                    ("credits_2", credits_2, (float, int, NoneType), None),
                    ("credits_3", credits_3, (float, int, NoneType), None),
                    ("credits_4", credits_4, (float, int, NoneType), None),
                    ("credits_5", credits_5, (float, int, NoneType), None),
                    ("debitless_charges", debitless_charges, (float, int), None),
                    (
                        "debitless_charges_0",
                        debitless_charges_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "debitless_charges_1",
                        debitless_charges_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "debitless_charges_2",
                        debitless_charges_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "debitless_charges_3",
                        debitless_charges_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "debitless_charges_4",
                        debitless_charges_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "debitless_charges_5",
                        debitless_charges_5,
                        (float, int, NoneType),
                        None,
                    ),
                    ("debits", debits, (float, int), None),
                    ("debits_0", debits_0, (float, int, NoneType), None),
                    ("debits_1", debits_1, (float, int, NoneType), None),
                    ("debits_2", debits_2, (float, int, NoneType), None),
                    ("debits_3", debits_3, (float, int, NoneType), None),
                    ("debits_4", debits_4, (float, int, NoneType), None),
                    ("debits_5", debits_5, (float, int, NoneType), None),
                    ("expense_0", expense_0, (float, int, NoneType), None),
                    ("expense_1", expense_1, (float, int, NoneType), None),
                    ("expense_2", expense_2, (float, int, NoneType), None),
                    ("expense_3", expense_3, (float, int, NoneType), None),
                    ("expense_4", expense_4, (float, int, NoneType), None),
                    ("expense_5", expense_5, (float, int, NoneType), None),
                    ("avg_monthly_expense", avg_monthly_expense, (float, int), None),
                    ("income_0", income_0, (float, int, NoneType), None),
                    ("income_1", income_1, (float, int, NoneType), None),
                    ("income_2", income_2, (float, int, NoneType), None),
                    ("income_3", income_3, (float, int, NoneType), None),
                    ("income_4", income_4, (float, int, NoneType), None),
                    ("income_5", income_5, (float, int, NoneType), None),
                    ("avg_monthly_income", avg_monthly_income, (float, int), None),
                    (
                        "avg_expense_to_income_perc",
                        avg_expense_to_income_perc,
                        (float, int),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_0",
                        expense_to_income_ratio_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_1",
                        expense_to_income_ratio_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_2",
                        expense_to_income_ratio_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_3",
                        expense_to_income_ratio_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_4",
                        expense_to_income_ratio_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_5",
                        expense_to_income_ratio_5,
                        (float, int, NoneType),
                        None,
                    ),
                    ("inward_chq_bounces", inward_chq_bounces, (float, int), None),
                    ("net_banking_credits", net_banking_credits, (float, int), None),
                    ("net_banking_debits", net_banking_debits, (float, int), None),
                    (
                        "number_of_transactions_0",
                        number_of_transactions_0,
                        (int, NoneType),
                        None,
                    ),
                    (
                        "number_of_transactions_1",
                        number_of_transactions_1,
                        (int, NoneType),
                        None,
                    ),
                    (
                        "number_of_transactions_2",
                        number_of_transactions_2,
                        (int, NoneType),
                        None,
                    ),
                    (
                        "number_of_transactions_3",
                        number_of_transactions_3,
                        (int, NoneType),
                        None,
                    ),
                    (
                        "number_of_transactions_4",
                        number_of_transactions_4,
                        (int, NoneType),
                        None,
                    ),
                    (
                        "number_of_transactions_5",
                        number_of_transactions_5,
                        (int, NoneType),
                        None,
                    ),
                    ("outward_chq_bounces", outward_chq_bounces, (float, int), None),
                    ("pos_expenses", pos_expenses, (float, int), None),
                    ("reversals", reversals, (float, int), None),
                    (
                        "total_bounce_or_penal_charge",
                        total_bounce_or_penal_charge,
                        (float, int),
                        None,
                    ),
                    (
                        "total_cash_withdrawal",
                        total_cash_withdrawal,
                        (float, int),
                        None,
                    ),
                    ("total_chq_deposit", total_chq_deposit, (float, int), None),
                    ("total_chq_issue", total_chq_issue, (float, int), None),
                    (
                        "total_creditcard_payment",
                        total_creditcard_payment,
                        (float, int),
                        None,
                    ),
                    (
                        "total_creditcard_payment_0",
                        total_creditcard_payment_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "total_creditcard_payment_1",
                        total_creditcard_payment_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "total_creditcard_payment_2",
                        total_creditcard_payment_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "total_creditcard_payment_3",
                        total_creditcard_payment_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "total_creditcard_payment_4",
                        total_creditcard_payment_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "total_creditcard_payment_5",
                        total_creditcard_payment_5,
                        (float, int, NoneType),
                        None,
                    ),
                    ("total_emi_ecs_loan", total_emi_ecs_loan, (float, int), None),
                    ("total_expense", total_expense, (float, int), None),
                    ("total_income", total_income, (float, int), None),
                    (
                        "total_inward_payment_bounce_0",
                        total_inward_payment_bounce_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_1",
                        total_inward_payment_bounce_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_2",
                        total_inward_payment_bounce_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_3",
                        total_inward_payment_bounce_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_4",
                        total_inward_payment_bounce_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_5",
                        total_inward_payment_bounce_5,
                        (float, int, NoneType),
                        None,
                    ),
                    ("total_salary_0", total_salary_0, (float, int, NoneType), None),
                    ("total_salary_1", total_salary_1, (float, int, NoneType), None),
                    ("total_salary_2", total_salary_2, (float, int, NoneType), None),
                    ("total_salary_3", total_salary_3, (float, int, NoneType), None),
                    ("total_salary_4", total_salary_4, (float, int, NoneType), None),
                    ("total_salary_5", total_salary_5, (float, int, NoneType), None),
                    ("max_balance_0", max_balance_0, (float, int, NoneType), None),
                    ("max_balance_1", max_balance_1, (float, int, NoneType), None),
                    ("max_balance_2", max_balance_2, (float, int, NoneType), None),
                    ("max_balance_3", max_balance_3, (float, int, NoneType), None),
                    ("max_balance_4", max_balance_4, (float, int, NoneType), None),
                    ("max_balance_5", max_balance_5, (float, int, NoneType), None),
                    ("min_balance_0", min_balance_0, (float, int, NoneType), None),
                    ("min_balance_1", min_balance_1, (float, int, NoneType), None),
                    ("min_balance_2", min_balance_2, (float, int, NoneType), None),
                    ("min_balance_3", min_balance_3, (float, int, NoneType), None),
                    ("min_balance_4", min_balance_4, (float, int, NoneType), None),
                    ("min_balance_5", min_balance_5, (float, int, NoneType), None),
                    ("avg_balance_0", avg_balance_0, (float, int, NoneType), None),
                    ("avg_balance_1", avg_balance_1, (float, int, NoneType), None),
                    ("avg_balance_2", avg_balance_2, (float, int, NoneType), None),
                    ("avg_balance_3", avg_balance_3, (float, int, NoneType), None),
                    ("avg_balance_4", avg_balance_4, (float, int, NoneType), None),
                    ("avg_balance_5", avg_balance_5, (float, int, NoneType), None),
                    (
                        "avg_daily_closing_balance",
                        avg_daily_closing_balance,
                        (float, int),
                        None,
                    ),
                    (
                        "avg_monthly_closing_balance",
                        avg_monthly_closing_balance,
                        (float, int),
                        None,
                    ),
                    ("bal_last_0", bal_last_0, (float, int, NoneType), None),
                    ("bal_last_1", bal_last_1, (float, int, NoneType), None),
                    ("bal_last_2", bal_last_2, (float, int, NoneType), None),
                    ("bal_last_3", bal_last_3, (float, int, NoneType), None),
                    ("bal_last_4", bal_last_4, (float, int, NoneType), None),
                    ("bal_last_5", bal_last_5, (float, int, NoneType), None),
                    (
                        "balance_on_10th_0",
                        balance_on_10th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_10th_1",
                        balance_on_10th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_10th_2",
                        balance_on_10th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_10th_3",
                        balance_on_10th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_10th_4",
                        balance_on_10th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_10th_5",
                        balance_on_10th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_15th_0",
                        balance_on_15th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_15th_1",
                        balance_on_15th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_15th_2",
                        balance_on_15th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_15th_3",
                        balance_on_15th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_15th_4",
                        balance_on_15th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_15th_5",
                        balance_on_15th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_1st_0",
                        balance_on_1st_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_1st_1",
                        balance_on_1st_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_1st_2",
                        balance_on_1st_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_1st_3",
                        balance_on_1st_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_1st_4",
                        balance_on_1st_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_1st_5",
                        balance_on_1st_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_20th_0",
                        balance_on_20th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_20th_1",
                        balance_on_20th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_20th_2",
                        balance_on_20th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_20th_3",
                        balance_on_20th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_20th_4",
                        balance_on_20th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_20th_5",
                        balance_on_20th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_25th_0",
                        balance_on_25th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_25th_1",
                        balance_on_25th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_25th_2",
                        balance_on_25th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_25th_3",
                        balance_on_25th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_25th_4",
                        balance_on_25th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_25th_5",
                        balance_on_25th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_30th_0",
                        balance_on_30th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_30th_1",
                        balance_on_30th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_30th_2",
                        balance_on_30th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_30th_3",
                        balance_on_30th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_30th_4",
                        balance_on_30th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_30th_5",
                        balance_on_30th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_5th_0",
                        balance_on_5th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_5th_1",
                        balance_on_5th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_5th_2",
                        balance_on_5th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_5th_3",
                        balance_on_5th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_5th_4",
                        balance_on_5th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_on_5th_5",
                        balance_on_5th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_0",
                        bal_avgof_6dates_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_1",
                        bal_avgof_6dates_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_2",
                        bal_avgof_6dates_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_3",
                        bal_avgof_6dates_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_4",
                        bal_avgof_6dates_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_5",
                        bal_avgof_6dates_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_0",
                        balance_net_off_on_1st_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_1",
                        balance_net_off_on_1st_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_2",
                        balance_net_off_on_1st_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_3",
                        balance_net_off_on_1st_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_4",
                        balance_net_off_on_1st_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_5",
                        balance_net_off_on_1st_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_0",
                        balance_net_off_on_5th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_1",
                        balance_net_off_on_5th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_2",
                        balance_net_off_on_5th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_3",
                        balance_net_off_on_5th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_4",
                        balance_net_off_on_5th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_5",
                        balance_net_off_on_5th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_0",
                        balance_net_off_on_10th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_1",
                        balance_net_off_on_10th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_2",
                        balance_net_off_on_10th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_3",
                        balance_net_off_on_10th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_4",
                        balance_net_off_on_10th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_5",
                        balance_net_off_on_10th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_0",
                        balance_net_off_on_15th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_1",
                        balance_net_off_on_15th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_2",
                        balance_net_off_on_15th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_3",
                        balance_net_off_on_15th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_4",
                        balance_net_off_on_15th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_5",
                        balance_net_off_on_15th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_0",
                        balance_net_off_on_20th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_1",
                        balance_net_off_on_20th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_2",
                        balance_net_off_on_20th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_3",
                        balance_net_off_on_20th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_4",
                        balance_net_off_on_20th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_5",
                        balance_net_off_on_20th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_0",
                        balance_net_off_on_25th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_1",
                        balance_net_off_on_25th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_2",
                        balance_net_off_on_25th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_3",
                        balance_net_off_on_25th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_4",
                        balance_net_off_on_25th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_5",
                        balance_net_off_on_25th_5,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_0",
                        balance_net_off_on_30th_0,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_1",
                        balance_net_off_on_30th_1,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_2",
                        balance_net_off_on_30th_2,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_3",
                        balance_net_off_on_30th_3,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_4",
                        balance_net_off_on_30th_4,
                        (float, int, NoneType),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_5",
                        balance_net_off_on_30th_5,
                        (float, int, NoneType),
                        None,
                    ),
                )
            ) from None
        # Positional: the attributes are declared in this same order (required, then optional), and a
        # positional call costs about a third of a keyword call. Allocating and then calling __init__ directly
        # skips type.__call__'s slot wrapper: about 15 % of building a large list of models.
        predictor_values = object.__new__(cls)
        cls.__init__(
            predictor_values,
            customer_name,
            bank_name,
            account_type,
            accountnumber,
            ifsc_code,
            month_0,
            month_1,
            month_2,
            month_3,
            month_4,
            month_5,
            end_date,
            start_date,
            month_duration,
            annualised_credit,
            cash_withdrawals,
            chq_deposits,
            chq_issues,
            credits_,
            credits_0,
            credits_1,
            credits_2,
            credits_3,
            credits_4,
            credits_5,
            debitless_charges,
            debitless_charges_0,
            debitless_charges_1,
            debitless_charges_2,
            debitless_charges_3,
            debitless_charges_4,
            debitless_charges_5,
            debits,
            debits_0,
            debits_1,
            debits_2,
            debits_3,
            debits_4,
            debits_5,
            expense_0,
            expense_1,
            expense_2,
            expense_3,
            expense_4,
            expense_5,
            avg_monthly_expense,
            income_0,
            income_1,
            income_2,
            income_3,
            income_4,
            income_5,
            avg_monthly_income,
            avg_expense_to_income_perc,
            expense_to_income_ratio_0,
            expense_to_income_ratio_1,
            expense_to_income_ratio_2,
            expense_to_income_ratio_3,
            expense_to_income_ratio_4,
            expense_to_income_ratio_5,
            inward_chq_bounces,
            net_banking_credits,
            net_banking_debits,
            number_of_transactions_0,
            number_of_transactions_1,
            number_of_transactions_2,
            number_of_transactions_3,
            number_of_transactions_4,
            number_of_transactions_5,
            outward_chq_bounces,
            pos_expenses,
            reversals,
            total_bounce_or_penal_charge,
            total_cash_withdrawal,
            total_chq_deposit,
            total_chq_issue,
            total_creditcard_payment,
            total_creditcard_payment_0,
            total_creditcard_payment_1,
            total_creditcard_payment_2,
            total_creditcard_payment_3,
            total_creditcard_payment_4,
            total_creditcard_payment_5,
            total_emi_ecs_loan,
            total_expense,
            total_income,
            total_inward_payment_bounce_0,
            total_inward_payment_bounce_1,
            total_inward_payment_bounce_2,
            total_inward_payment_bounce_3,
            total_inward_payment_bounce_4,
            total_inward_payment_bounce_5,
            total_salary_0,
            total_salary_1,
            total_salary_2,
            total_salary_3,
            total_salary_4,
            total_salary_5,
            max_balance_0,
            max_balance_1,
            max_balance_2,
            max_balance_3,
            max_balance_4,
            max_balance_5,
            min_balance_0,
            min_balance_1,
            min_balance_2,
            min_balance_3,
            min_balance_4,
            min_balance_5,
            avg_balance_0,
            avg_balance_1,
            avg_balance_2,
            avg_balance_3,
            avg_balance_4,
            avg_balance_5,
            avg_daily_closing_balance,
            avg_monthly_closing_balance,
            bal_last_0,
            bal_last_1,
            bal_last_2,
            bal_last_3,
            bal_last_4,
            bal_last_5,
            balance_on_10th_0,
            balance_on_10th_1,
            balance_on_10th_2,
            balance_on_10th_3,
            balance_on_10th_4,
            balance_on_10th_5,
            balance_on_15th_0,
            balance_on_15th_1,
            balance_on_15th_2,
            balance_on_15th_3,
            balance_on_15th_4,
            balance_on_15th_5,
            balance_on_1st_0,
            balance_on_1st_1,
            balance_on_1st_2,
            balance_on_1st_3,
            balance_on_1st_4,
            balance_on_1st_5,
            balance_on_20th_0,
            balance_on_20th_1,
            balance_on_20th_2,
            balance_on_20th_3,
            balance_on_20th_4,
            balance_on_20th_5,
            balance_on_25th_0,
            balance_on_25th_1,
            balance_on_25th_2,
            balance_on_25th_3,
            balance_on_25th_4,
            balance_on_25th_5,
            balance_on_30th_0,
            balance_on_30th_1,
            balance_on_30th_2,
            balance_on_30th_3,
            balance_on_30th_4,
            balance_on_30th_5,
            balance_on_5th_0,
            balance_on_5th_1,
            balance_on_5th_2,
            balance_on_5th_3,
            balance_on_5th_4,
            balance_on_5th_5,
            bal_avgof_6dates_0,
            bal_avgof_6dates_1,
            bal_avgof_6dates_2,
            bal_avgof_6dates_3,
            bal_avgof_6dates_4,
            bal_avgof_6dates_5,
            balance_net_off_on_1st_0,
            balance_net_off_on_1st_1,
            balance_net_off_on_1st_2,
            balance_net_off_on_1st_3,
            balance_net_off_on_1st_4,
            balance_net_off_on_1st_5,
            balance_net_off_on_5th_0,
            balance_net_off_on_5th_1,
            balance_net_off_on_5th_2,
            balance_net_off_on_5th_3,
            balance_net_off_on_5th_4,
            balance_net_off_on_5th_5,
            balance_net_off_on_10th_0,
            balance_net_off_on_10th_1,
            balance_net_off_on_10th_2,
            balance_net_off_on_10th_3,
            balance_net_off_on_10th_4,
            balance_net_off_on_10th_5,
            balance_net_off_on_15th_0,
            balance_net_off_on_15th_1,
            balance_net_off_on_15th_2,
            balance_net_off_on_15th_3,
            balance_net_off_on_15th_4,
            balance_net_off_on_15th_5,
            balance_net_off_on_20th_0,
            balance_net_off_on_20th_1,
            balance_net_off_on_20th_2,
            balance_net_off_on_20th_3,
            balance_net_off_on_20th_4,
            balance_net_off_on_20th_5,
            balance_net_off_on_25th_0,
            balance_net_off_on_25th_1,
            balance_net_off_on_25th_2,
            balance_net_off_on_25th_3,
            balance_net_off_on_25th_4,
            balance_net_off_on_25th_5,
            balance_net_off_on_30th_0,
            balance_net_off_on_30th_1,
            balance_net_off_on_30th_2,
            balance_net_off_on_30th_3,
            balance_net_off_on_30th_4,
            balance_net_off_on_30th_5,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = 214
        if len(d) != _known:
            predictor_values.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "customer_name",
                    "bank_name",
                    "account_type",
                    "accountnumber",
                    "ifsc_code",
                    "month_0",
                    "month_1",
                    "month_2",
                    "month_3",
                    "month_4",
                    "month_5",
                    "end_date",
                    "start_date",
                    "month_duration",
                    "annualised_credit",
                    "cash_withdrawals",
                    "chq_deposits",
                    "chq_issues",
                    "credits",
                    "credits_0",
                    "credits_1",
                    "credits_2",
                    "credits_3",
                    "credits_4",
                    "credits_5",
                    "debitless_charges",
                    "debitless_charges_0",
                    "debitless_charges_1",
                    "debitless_charges_2",
                    "debitless_charges_3",
                    "debitless_charges_4",
                    "debitless_charges_5",
                    "debits",
                    "debits_0",
                    "debits_1",
                    "debits_2",
                    "debits_3",
                    "debits_4",
                    "debits_5",
                    "expense_0",
                    "expense_1",
                    "expense_2",
                    "expense_3",
                    "expense_4",
                    "expense_5",
                    "avg_monthly_expense",
                    "income_0",
                    "income_1",
                    "income_2",
                    "income_3",
                    "income_4",
                    "income_5",
                    "avg_monthly_income",
                    "avg_expense_to_income_perc",
                    "expense_to_income_ratio_0",
                    "expense_to_income_ratio_1",
                    "expense_to_income_ratio_2",
                    "expense_to_income_ratio_3",
                    "expense_to_income_ratio_4",
                    "expense_to_income_ratio_5",
                    "inward_chq_bounces",
                    "net_banking_credits",
                    "net_banking_debits",
                    "number_of_transactions_0",
                    "number_of_transactions_1",
                    "number_of_transactions_2",
                    "number_of_transactions_3",
                    "number_of_transactions_4",
                    "number_of_transactions_5",
                    "outward_chq_bounces",
                    "pos_expenses",
                    "reversals",
                    "total_bounce_or_penal_charge",
                    "total_cash_withdrawal",
                    "total_chq_deposit",
                    "total_chq_issue",
                    "total_creditcard_payment",
                    "total_creditcard_payment_0",
                    "total_creditcard_payment_1",
                    "total_creditcard_payment_2",
                    "total_creditcard_payment_3",
                    "total_creditcard_payment_4",
                    "total_creditcard_payment_5",
                    "total_emi_ecs_loan",
                    "total_expense",
                    "total_income",
                    "total_inward_payment_bounce_0",
                    "total_inward_payment_bounce_1",
                    "total_inward_payment_bounce_2",
                    "total_inward_payment_bounce_3",
                    "total_inward_payment_bounce_4",
                    "total_inward_payment_bounce_5",
                    "total_salary_0",
                    "total_salary_1",
                    "total_salary_2",
                    "total_salary_3",
                    "total_salary_4",
                    "total_salary_5",
                    "max_balance_0",
                    "max_balance_1",
                    "max_balance_2",
                    "max_balance_3",
                    "max_balance_4",
                    "max_balance_5",
                    "min_balance_0",
                    "min_balance_1",
                    "min_balance_2",
                    "min_balance_3",
                    "min_balance_4",
                    "min_balance_5",
                    "avg_balance_0",
                    "avg_balance_1",
                    "avg_balance_2",
                    "avg_balance_3",
                    "avg_balance_4",
                    "avg_balance_5",
                    "avg_daily_closing_balance",
                    "avg_monthly_closing_balance",
                    "bal_last_0",
                    "bal_last_1",
                    "bal_last_2",
                    "bal_last_3",
                    "bal_last_4",
                    "bal_last_5",
                    "balance_on_10th_0",
                    "balance_on_10th_1",
                    "balance_on_10th_2",
                    "balance_on_10th_3",
                    "balance_on_10th_4",
                    "balance_on_10th_5",
                    "balance_on_15th_0",
                    "balance_on_15th_1",
                    "balance_on_15th_2",
                    "balance_on_15th_3",
                    "balance_on_15th_4",
                    "balance_on_15th_5",
                    "balance_on_1st_0",
                    "balance_on_1st_1",
                    "balance_on_1st_2",
                    "balance_on_1st_3",
                    "balance_on_1st_4",
                    "balance_on_1st_5",
                    "balance_on_20th_0",
                    "balance_on_20th_1",
                    "balance_on_20th_2",
                    "balance_on_20th_3",
                    "balance_on_20th_4",
                    "balance_on_20th_5",
                    "balance_on_25th_0",
                    "balance_on_25th_1",
                    "balance_on_25th_2",
                    "balance_on_25th_3",
                    "balance_on_25th_4",
                    "balance_on_25th_5",
                    "balance_on_30th_0",
                    "balance_on_30th_1",
                    "balance_on_30th_2",
                    "balance_on_30th_3",
                    "balance_on_30th_4",
                    "balance_on_30th_5",
                    "balance_on_5th_0",
                    "balance_on_5th_1",
                    "balance_on_5th_2",
                    "balance_on_5th_3",
                    "balance_on_5th_4",
                    "balance_on_5th_5",
                    "bal_avgof_6dates_0",
                    "bal_avgof_6dates_1",
                    "bal_avgof_6dates_2",
                    "bal_avgof_6dates_3",
                    "bal_avgof_6dates_4",
                    "bal_avgof_6dates_5",
                    "balance_net_off_on_1st_0",
                    "balance_net_off_on_1st_1",
                    "balance_net_off_on_1st_2",
                    "balance_net_off_on_1st_3",
                    "balance_net_off_on_1st_4",
                    "balance_net_off_on_1st_5",
                    "balance_net_off_on_5th_0",
                    "balance_net_off_on_5th_1",
                    "balance_net_off_on_5th_2",
                    "balance_net_off_on_5th_3",
                    "balance_net_off_on_5th_4",
                    "balance_net_off_on_5th_5",
                    "balance_net_off_on_10th_0",
                    "balance_net_off_on_10th_1",
                    "balance_net_off_on_10th_2",
                    "balance_net_off_on_10th_3",
                    "balance_net_off_on_10th_4",
                    "balance_net_off_on_10th_5",
                    "balance_net_off_on_15th_0",
                    "balance_net_off_on_15th_1",
                    "balance_net_off_on_15th_2",
                    "balance_net_off_on_15th_3",
                    "balance_net_off_on_15th_4",
                    "balance_net_off_on_15th_5",
                    "balance_net_off_on_20th_0",
                    "balance_net_off_on_20th_1",
                    "balance_net_off_on_20th_2",
                    "balance_net_off_on_20th_3",
                    "balance_net_off_on_20th_4",
                    "balance_net_off_on_20th_5",
                    "balance_net_off_on_25th_0",
                    "balance_net_off_on_25th_1",
                    "balance_net_off_on_25th_2",
                    "balance_net_off_on_25th_3",
                    "balance_net_off_on_25th_4",
                    "balance_net_off_on_25th_5",
                    "balance_net_off_on_30th_0",
                    "balance_net_off_on_30th_1",
                    "balance_net_off_on_30th_2",
                    "balance_net_off_on_30th_3",
                    "balance_net_off_on_30th_4",
                    "balance_net_off_on_30th_5",
                }
            }
        return predictor_values

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
        return wire_struct(
            "PredictorValues",
            (
                ("customer_name", Union[str, None]),
                ("bank_name", Union[str, None]),
                ("account_type", Union[str, None]),
                ("accountnumber", Union[int, None]),
                ("ifsc_code", Union[str, None]),
                ("month_0", Union[str, None]),
                ("month_1", Union[str, None]),
                ("month_2", Union[str, None]),
                ("month_3", Union[str, None]),
                ("month_4", Union[str, None]),
                ("month_5", Union[str, None]),
                ("end_date", Union[str, None]),
                ("start_date", Union[str, None]),
                ("month_duration", int),
                ("annualised_credit", int | float),
                ("cash_withdrawals", int),
                ("chq_deposits", int),
                ("chq_issues", int),
                ("credits_", int | float),
                ("credits_0", Union[int | float, None]),
                ("credits_1", Union[int | float, None]),
                ("credits_2", Union[int | float, None]),
                ("credits_3", Union[int | float, None]),
                ("credits_4", Union[int | float, None]),
                ("credits_5", Union[int | float, None]),
                ("debitless_charges", int | float),
                ("debitless_charges_0", Union[int | float, None]),
                ("debitless_charges_1", Union[int | float, None]),
                ("debitless_charges_2", Union[int | float, None]),
                ("debitless_charges_3", Union[int | float, None]),
                ("debitless_charges_4", Union[int | float, None]),
                ("debitless_charges_5", Union[int | float, None]),
                ("debits", int | float),
                ("debits_0", Union[int | float, None]),
                ("debits_1", Union[int | float, None]),
                ("debits_2", Union[int | float, None]),
                ("debits_3", Union[int | float, None]),
                ("debits_4", Union[int | float, None]),
                ("debits_5", Union[int | float, None]),
                ("expense_0", Union[int | float, None]),
                ("expense_1", Union[int | float, None]),
                ("expense_2", Union[int | float, None]),
                ("expense_3", Union[int | float, None]),
                ("expense_4", Union[int | float, None]),
                ("expense_5", Union[int | float, None]),
                ("avg_monthly_expense", int | float),
                ("income_0", Union[int | float, None]),
                ("income_1", Union[int | float, None]),
                ("income_2", Union[int | float, None]),
                ("income_3", Union[int | float, None]),
                ("income_4", Union[int | float, None]),
                ("income_5", Union[int | float, None]),
                ("avg_monthly_income", int | float),
                ("avg_expense_to_income_perc", int | float),
                ("expense_to_income_ratio_0", Union[int | float, None]),
                ("expense_to_income_ratio_1", Union[int | float, None]),
                ("expense_to_income_ratio_2", Union[int | float, None]),
                ("expense_to_income_ratio_3", Union[int | float, None]),
                ("expense_to_income_ratio_4", Union[int | float, None]),
                ("expense_to_income_ratio_5", Union[int | float, None]),
                ("inward_chq_bounces", int | float),
                ("net_banking_credits", int | float),
                ("net_banking_debits", int | float),
                ("number_of_transactions_0", Union[int, None]),
                ("number_of_transactions_1", Union[int, None]),
                ("number_of_transactions_2", Union[int, None]),
                ("number_of_transactions_3", Union[int, None]),
                ("number_of_transactions_4", Union[int, None]),
                ("number_of_transactions_5", Union[int, None]),
                ("outward_chq_bounces", int | float),
                ("pos_expenses", int | float),
                ("reversals", int | float),
                ("total_bounce_or_penal_charge", int | float),
                ("total_cash_withdrawal", int | float),
                ("total_chq_deposit", int | float),
                ("total_chq_issue", int | float),
                ("total_creditcard_payment", int | float),
                ("total_creditcard_payment_0", Union[int | float, None]),
                ("total_creditcard_payment_1", Union[int | float, None]),
                ("total_creditcard_payment_2", Union[int | float, None]),
                ("total_creditcard_payment_3", Union[int | float, None]),
                ("total_creditcard_payment_4", Union[int | float, None]),
                ("total_creditcard_payment_5", Union[int | float, None]),
                ("total_emi_ecs_loan", int | float),
                ("total_expense", int | float),
                ("total_income", int | float),
                ("total_inward_payment_bounce_0", Union[int | float, None]),
                ("total_inward_payment_bounce_1", Union[int | float, None]),
                ("total_inward_payment_bounce_2", Union[int | float, None]),
                ("total_inward_payment_bounce_3", Union[int | float, None]),
                ("total_inward_payment_bounce_4", Union[int | float, None]),
                ("total_inward_payment_bounce_5", Union[int | float, None]),
                ("total_salary_0", Union[int | float, None]),
                ("total_salary_1", Union[int | float, None]),
                ("total_salary_2", Union[int | float, None]),
                ("total_salary_3", Union[int | float, None]),
                ("total_salary_4", Union[int | float, None]),
                ("total_salary_5", Union[int | float, None]),
                ("max_balance_0", Union[int | float, None]),
                ("max_balance_1", Union[int | float, None]),
                ("max_balance_2", Union[int | float, None]),
                ("max_balance_3", Union[int | float, None]),
                ("max_balance_4", Union[int | float, None]),
                ("max_balance_5", Union[int | float, None]),
                ("min_balance_0", Union[int | float, None]),
                ("min_balance_1", Union[int | float, None]),
                ("min_balance_2", Union[int | float, None]),
                ("min_balance_3", Union[int | float, None]),
                ("min_balance_4", Union[int | float, None]),
                ("min_balance_5", Union[int | float, None]),
                ("avg_balance_0", Union[int | float, None]),
                ("avg_balance_1", Union[int | float, None]),
                ("avg_balance_2", Union[int | float, None]),
                ("avg_balance_3", Union[int | float, None]),
                ("avg_balance_4", Union[int | float, None]),
                ("avg_balance_5", Union[int | float, None]),
                ("avg_daily_closing_balance", int | float),
                ("avg_monthly_closing_balance", int | float),
                ("bal_last_0", Union[int | float, None]),
                ("bal_last_1", Union[int | float, None]),
                ("bal_last_2", Union[int | float, None]),
                ("bal_last_3", Union[int | float, None]),
                ("bal_last_4", Union[int | float, None]),
                ("bal_last_5", Union[int | float, None]),
                ("balance_on_10th_0", Union[int | float, None]),
                ("balance_on_10th_1", Union[int | float, None]),
                ("balance_on_10th_2", Union[int | float, None]),
                ("balance_on_10th_3", Union[int | float, None]),
                ("balance_on_10th_4", Union[int | float, None]),
                ("balance_on_10th_5", Union[int | float, None]),
                ("balance_on_15th_0", Union[int | float, None]),
                ("balance_on_15th_1", Union[int | float, None]),
                ("balance_on_15th_2", Union[int | float, None]),
                ("balance_on_15th_3", Union[int | float, None]),
                ("balance_on_15th_4", Union[int | float, None]),
                ("balance_on_15th_5", Union[int | float, None]),
                ("balance_on_1st_0", Union[int | float, None]),
                ("balance_on_1st_1", Union[int | float, None]),
                ("balance_on_1st_2", Union[int | float, None]),
                ("balance_on_1st_3", Union[int | float, None]),
                ("balance_on_1st_4", Union[int | float, None]),
                ("balance_on_1st_5", Union[int | float, None]),
                ("balance_on_20th_0", Union[int | float, None]),
                ("balance_on_20th_1", Union[int | float, None]),
                ("balance_on_20th_2", Union[int | float, None]),
                ("balance_on_20th_3", Union[int | float, None]),
                ("balance_on_20th_4", Union[int | float, None]),
                ("balance_on_20th_5", Union[int | float, None]),
                ("balance_on_25th_0", Union[int | float, None]),
                ("balance_on_25th_1", Union[int | float, None]),
                ("balance_on_25th_2", Union[int | float, None]),
                ("balance_on_25th_3", Union[int | float, None]),
                ("balance_on_25th_4", Union[int | float, None]),
                ("balance_on_25th_5", Union[int | float, None]),
                ("balance_on_30th_0", Union[int | float, None]),
                ("balance_on_30th_1", Union[int | float, None]),
                ("balance_on_30th_2", Union[int | float, None]),
                ("balance_on_30th_3", Union[int | float, None]),
                ("balance_on_30th_4", Union[int | float, None]),
                ("balance_on_30th_5", Union[int | float, None]),
                ("balance_on_5th_0", Union[int | float, None]),
                ("balance_on_5th_1", Union[int | float, None]),
                ("balance_on_5th_2", Union[int | float, None]),
                ("balance_on_5th_3", Union[int | float, None]),
                ("balance_on_5th_4", Union[int | float, None]),
                ("balance_on_5th_5", Union[int | float, None]),
                ("bal_avgof_6dates_0", Union[int | float, None]),
                ("bal_avgof_6dates_1", Union[int | float, None]),
                ("bal_avgof_6dates_2", Union[int | float, None]),
                ("bal_avgof_6dates_3", Union[int | float, None]),
                ("bal_avgof_6dates_4", Union[int | float, None]),
                ("bal_avgof_6dates_5", Union[int | float, None]),
                ("balance_net_off_on_1st_0", Union[int | float, None]),
                ("balance_net_off_on_1st_1", Union[int | float, None]),
                ("balance_net_off_on_1st_2", Union[int | float, None]),
                ("balance_net_off_on_1st_3", Union[int | float, None]),
                ("balance_net_off_on_1st_4", Union[int | float, None]),
                ("balance_net_off_on_1st_5", Union[int | float, None]),
                ("balance_net_off_on_5th_0", Union[int | float, None]),
                ("balance_net_off_on_5th_1", Union[int | float, None]),
                ("balance_net_off_on_5th_2", Union[int | float, None]),
                ("balance_net_off_on_5th_3", Union[int | float, None]),
                ("balance_net_off_on_5th_4", Union[int | float, None]),
                ("balance_net_off_on_5th_5", Union[int | float, None]),
                ("balance_net_off_on_10th_0", Union[int | float, None]),
                ("balance_net_off_on_10th_1", Union[int | float, None]),
                ("balance_net_off_on_10th_2", Union[int | float, None]),
                ("balance_net_off_on_10th_3", Union[int | float, None]),
                ("balance_net_off_on_10th_4", Union[int | float, None]),
                ("balance_net_off_on_10th_5", Union[int | float, None]),
                ("balance_net_off_on_15th_0", Union[int | float, None]),
                ("balance_net_off_on_15th_1", Union[int | float, None]),
                ("balance_net_off_on_15th_2", Union[int | float, None]),
                ("balance_net_off_on_15th_3", Union[int | float, None]),
                ("balance_net_off_on_15th_4", Union[int | float, None]),
                ("balance_net_off_on_15th_5", Union[int | float, None]),
                ("balance_net_off_on_20th_0", Union[int | float, None]),
                ("balance_net_off_on_20th_1", Union[int | float, None]),
                ("balance_net_off_on_20th_2", Union[int | float, None]),
                ("balance_net_off_on_20th_3", Union[int | float, None]),
                ("balance_net_off_on_20th_4", Union[int | float, None]),
                ("balance_net_off_on_20th_5", Union[int | float, None]),
                ("balance_net_off_on_25th_0", Union[int | float, None]),
                ("balance_net_off_on_25th_1", Union[int | float, None]),
                ("balance_net_off_on_25th_2", Union[int | float, None]),
                ("balance_net_off_on_25th_3", Union[int | float, None]),
                ("balance_net_off_on_25th_4", Union[int | float, None]),
                ("balance_net_off_on_25th_5", Union[int | float, None]),
                ("balance_net_off_on_30th_0", Union[int | float, None]),
                ("balance_net_off_on_30th_1", Union[int | float, None]),
                ("balance_net_off_on_30th_2", Union[int | float, None]),
                ("balance_net_off_on_30th_3", Union[int | float, None]),
                ("balance_net_off_on_30th_4", Union[int | float, None]),
                ("balance_net_off_on_30th_5", Union[int | float, None]),
            ),
            rename={
                "credits_": "credits",
            },
            forbid_unknown_fields=True,
        )

    @classmethod
    def _from_wire(cls, predictor_values_wire: Any) -> Self:
        """The model from a decoded wire value; only called with what _wire_type decodes."""
        predictor_values = object.__new__(cls)
        cls.__init__(predictor_values, *astuple(predictor_values_wire))
        return predictor_values

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
