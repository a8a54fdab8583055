from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    NoneType,
    Union,
    Unset,
    WrongType,
    astuple,
    first_wrong,
    parse_json,
    wire_struct,
)

T = TypeVar("T", bound="PredictorValues")


@_attrs_define
class PredictorValues:
    """Underwriting features of one account, month by month (month 0 is the latest). The vendor table lists six months (0
    to 5, all sent, null when a month has no data); the samples of 2024 and 2025 carry twelve (6 to 11 as well),
    documented here as optional. Any further feature the service sends is kept as an additional property.

        Attributes:
            customer_name (None | str): Account holder name as printed on the statement.
            bank_name (None | str): Bank the statement belongs to.
            account_type (None | str): Kind of account as the predictor engine names it (for example current or savings);
                unlike account_category elsewhere, not individual/corporate.
            accountnumber (int | None | str): Account number. The vendor table (2023, 2025) says "Integer or null"; the
                vendor's own samples of 2024
                and 2025 send a JSON string of digits (possibly masked, for example `XXXXXXXX009335`). Both are
                accepted: a string keeps leading zeros and masking, an integer is what older answers sent; null when
                not extracted.
            ifsc_code (None | str): IFSC code of the branch.
            month_0 (None | str): Name of month 0 (the latest), as Mmm-yy (for example Dec-24). Null when that month has no
                data.
            month_1 (None | str): Name of month 1, as Mmm-yy (for example Dec-24). Null when that month has no data.
            month_2 (None | str): Name of month 2, as Mmm-yy (for example Dec-24). Null when that month has no data.
            month_3 (None | str): Name of month 3, as Mmm-yy (for example Dec-24). Null when that month has no data.
            month_4 (None | str): Name of month 4, as Mmm-yy (for example Dec-24). Null when that month has no data.
            month_5 (None | str): Name of month 5 (the oldest of a six-month answer), as Mmm-yy (for example Dec-24). Null
                when that month has no data.
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
            credits_5 (float | None): Sum of credits in month 5 (the oldest of a six-month answer). Null when that month has
                no data.
            debitless_charges (float): Sum of bank charges in the last six months.
            debitless_charges_0 (float | None): Sum of bank charges in month 0 (the latest). Null when that month has no
                data.
            debitless_charges_1 (float | None): Sum of bank charges in month 1. Null when that month has no data.
            debitless_charges_2 (float | None): Sum of bank charges in month 2. Null when that month has no data.
            debitless_charges_3 (float | None): Sum of bank charges in month 3. Null when that month has no data.
            debitless_charges_4 (float | None): Sum of bank charges in month 4. Null when that month has no data.
            debitless_charges_5 (float | None): Sum of bank charges in month 5 (the oldest of a six-month answer). Null when
                that month has no data.
            debits (float): Sum of debits in the last six months.
            debits_0 (float | None): Sum of debits in month 0 (the latest). Null when that month has no data.
            debits_1 (float | None): Sum of debits in month 1. Null when that month has no data.
            debits_2 (float | None): Sum of debits in month 2. Null when that month has no data.
            debits_3 (float | None): Sum of debits in month 3. Null when that month has no data.
            debits_4 (float | None): Sum of debits in month 4. Null when that month has no data.
            debits_5 (float | None): Sum of debits in month 5 (the oldest of a six-month answer). Null when that month has
                no data.
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
            expense_5 (float | None): Sum of debits in month 5 (the oldest of a six-month answer), leaving out outward
                cheque bounces. Null when that month has no data.
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
            income_5 (float | None): Sum of credits in month 5 (the oldest of a six-month answer), leaving out inward cheque
                and auto-debit bounces, international arbitrage, loan credits and self transfers. Null when that month has no
                data.
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
            expense_to_income_ratio_5 (float | None): Expense divided by income in month 5 (the oldest of a six-month
                answer). Null when that month has no data.
            inward_chq_bounces (float): Sum credited back for deposited cheques that bounced, last six months.
            net_banking_credits (float): Sum of IMPS/NEFT/RTGS credits.
            net_banking_debits (float): Sum of IMPS/NEFT/RTGS debits.
            number_of_transactions_0 (int | None): Count of transactions in month 0 (the latest). Null when that month has
                no data.
            number_of_transactions_1 (int | None): Count of transactions in month 1. Null when that month has no data.
            number_of_transactions_2 (int | None): Count of transactions in month 2. Null when that month has no data.
            number_of_transactions_3 (int | None): Count of transactions in month 3. Null when that month has no data.
            number_of_transactions_4 (int | None): Count of transactions in month 4. Null when that month has no data.
            number_of_transactions_5 (int | None): Count of transactions in month 5 (the oldest of a six-month answer). Null
                when that month has no data.
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
            total_creditcard_payment_5 (float | None): Sum of credit-card bill payments in month 5 (the oldest of a six-
                month answer). Null when that month has no data.
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
            total_inward_payment_bounce_5 (float | None): Sum of inward payment bounces in month 5 (the oldest of a six-
                month answer). Null when that month has no data.
            total_salary_0 (float | None): Sum of salary credits in month 0 (the latest). Null when that month has no data.
            total_salary_1 (float | None): Sum of salary credits in month 1. Null when that month has no data.
            total_salary_2 (float | None): Sum of salary credits in month 2. Null when that month has no data.
            total_salary_3 (float | None): Sum of salary credits in month 3. Null when that month has no data.
            total_salary_4 (float | None): Sum of salary credits in month 4. Null when that month has no data.
            total_salary_5 (float | None): Sum of salary credits in month 5 (the oldest of a six-month answer). Null when
                that month has no data.
            max_balance_0 (float | None): Highest balance in month 0 (the latest). Null when that month has no data.
            max_balance_1 (float | None): Highest balance in month 1. Null when that month has no data.
            max_balance_2 (float | None): Highest balance in month 2. Null when that month has no data.
            max_balance_3 (float | None): Highest balance in month 3. Null when that month has no data.
            max_balance_4 (float | None): Highest balance in month 4. Null when that month has no data.
            max_balance_5 (float | None): Highest balance in month 5 (the oldest of a six-month answer). Null when that
                month has no data.
            min_balance_0 (float | None): Lowest balance in month 0 (the latest). Null when that month has no data.
            min_balance_1 (float | None): Lowest balance in month 1. Null when that month has no data.
            min_balance_2 (float | None): Lowest balance in month 2. Null when that month has no data.
            min_balance_3 (float | None): Lowest balance in month 3. Null when that month has no data.
            min_balance_4 (float | None): Lowest balance in month 4. Null when that month has no data.
            min_balance_5 (float | None): Lowest balance in month 5 (the oldest of a six-month answer). Null when that month
                has no data.
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
            avg_balance_5 (float | None): Mean end-of-day balance of month 5 (the oldest of a six-month answer), missing
                days filled from the previous known balance. Null when that month has no data.
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
            bal_last_5 (float | None): End-of-day balance on the last day of month 5 (the oldest of a six-month answer),
                missing days filled. Null when that month has no data.
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
            balance_on_10th_5 (float | None): End-of-day balance on day 10 of month 5 (the oldest of a six-month answer),
                missing days filled. Null when that month has no data.
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
            balance_on_15th_5 (float | None): End-of-day balance on day 15 of month 5 (the oldest of a six-month answer),
                missing days filled. Null when that month has no data.
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
            balance_on_1st_5 (float | None): End-of-day balance on day 1 of month 5 (the oldest of a six-month answer),
                missing days filled. Null when that month has no data.
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
            balance_on_20th_5 (float | None): End-of-day balance on day 20 of month 5 (the oldest of a six-month answer),
                missing days filled. Null when that month has no data.
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
            balance_on_25th_5 (float | None): End-of-day balance on day 25 of month 5 (the oldest of a six-month answer),
                missing days filled. Null when that month has no data.
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
            balance_on_30th_5 (float | None): End-of-day balance on day 30 of month 5 (the oldest of a six-month answer),
                missing days filled. Null when that month has no data.
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
            balance_on_5th_5 (float | None): End-of-day balance on day 5 of month 5 (the oldest of a six-month answer),
                missing days filled. Null when that month has no data.
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
                oldest of a six-month answer) (the vendor says six dates and lists seven), missing days filled. Null when that
                month has no data.
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
            balance_net_off_on_1st_5 (float | None): End-of-day balance on day 1 of month 5 (the oldest of a six-month
                answer), leaving out loan credits. Null when that month has no data.
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
            balance_net_off_on_5th_5 (float | None): End-of-day balance on day 5 of month 5 (the oldest of a six-month
                answer), leaving out loan credits. Null when that month has no data.
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
            balance_net_off_on_10th_5 (float | None): End-of-day balance on day 10 of month 5 (the oldest of a six-month
                answer), leaving out loan credits. Null when that month has no data.
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
            balance_net_off_on_15th_5 (float | None): End-of-day balance on day 15 of month 5 (the oldest of a six-month
                answer), leaving out loan credits. Null when that month has no data.
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
            balance_net_off_on_20th_5 (float | None): End-of-day balance on day 20 of month 5 (the oldest of a six-month
                answer), leaving out loan credits. Null when that month has no data.
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
            balance_net_off_on_25th_5 (float | None): End-of-day balance on day 25 of month 5 (the oldest of a six-month
                answer), leaving out loan credits. Null when that month has no data.
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
            balance_net_off_on_30th_5 (float | None): End-of-day balance on day 30 of month 5 (the oldest of a six-month
                answer), leaving out loan credits. Null when that month has no data.
            month_6 (None | str | Unset): Name of month 6, as Mmm-yy (for example Dec-24). Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            month_7 (None | str | Unset): Name of month 7, as Mmm-yy (for example Dec-24). Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            month_8 (None | str | Unset): Name of month 8, as Mmm-yy (for example Dec-24). Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            month_9 (None | str | Unset): Name of month 9, as Mmm-yy (for example Dec-24). Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            month_10 (None | str | Unset): Name of month 10, as Mmm-yy (for example Dec-24). Null when that month has no
                data. Sent by twelve-month answers only (2024 on).
            month_11 (None | str | Unset): Name of month 11 (the oldest of twelve), as Mmm-yy (for example Dec-24). Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            credits_6 (float | None | Unset): Sum of credits in month 6. Null when that month has no data. Sent by twelve-
                month answers only (2024 on).
            credits_7 (float | None | Unset): Sum of credits in month 7. Null when that month has no data. Sent by twelve-
                month answers only (2024 on).
            credits_8 (float | None | Unset): Sum of credits in month 8. Null when that month has no data. Sent by twelve-
                month answers only (2024 on).
            credits_9 (float | None | Unset): Sum of credits in month 9. Null when that month has no data. Sent by twelve-
                month answers only (2024 on).
            credits_10 (float | None | Unset): Sum of credits in month 10. Null when that month has no data. Sent by twelve-
                month answers only (2024 on).
            credits_11 (float | None | Unset): Sum of credits in month 11 (the oldest of twelve). Null when that month has
                no data. Sent by twelve-month answers only (2024 on).
            debitless_charges_6 (float | None | Unset): Sum of bank charges in month 6. Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            debitless_charges_7 (float | None | Unset): Sum of bank charges in month 7. Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            debitless_charges_8 (float | None | Unset): Sum of bank charges in month 8. Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            debitless_charges_9 (float | None | Unset): Sum of bank charges in month 9. Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            debitless_charges_10 (float | None | Unset): Sum of bank charges in month 10. Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            debitless_charges_11 (float | None | Unset): Sum of bank charges in month 11 (the oldest of twelve). Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            debits_6 (float | None | Unset): Sum of debits in month 6. Null when that month has no data. Sent by twelve-
                month answers only (2024 on).
            debits_7 (float | None | Unset): Sum of debits in month 7. Null when that month has no data. Sent by twelve-
                month answers only (2024 on).
            debits_8 (float | None | Unset): Sum of debits in month 8. Null when that month has no data. Sent by twelve-
                month answers only (2024 on).
            debits_9 (float | None | Unset): Sum of debits in month 9. Null when that month has no data. Sent by twelve-
                month answers only (2024 on).
            debits_10 (float | None | Unset): Sum of debits in month 10. Null when that month has no data. Sent by twelve-
                month answers only (2024 on).
            debits_11 (float | None | Unset): Sum of debits in month 11 (the oldest of twelve). Null when that month has no
                data. Sent by twelve-month answers only (2024 on).
            expense_6 (float | None | Unset): Sum of debits in month 6, leaving out outward cheque bounces. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            expense_7 (float | None | Unset): Sum of debits in month 7, leaving out outward cheque bounces. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            expense_8 (float | None | Unset): Sum of debits in month 8, leaving out outward cheque bounces. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            expense_9 (float | None | Unset): Sum of debits in month 9, leaving out outward cheque bounces. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            expense_10 (float | None | Unset): Sum of debits in month 10, leaving out outward cheque bounces. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            expense_11 (float | None | Unset): Sum of debits in month 11 (the oldest of twelve), leaving out outward cheque
                bounces. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            income_6 (float | None | Unset): Sum of credits in month 6, leaving out inward cheque and auto-debit bounces,
                international arbitrage, loan credits and self transfers. Null when that month has no data. Sent by twelve-month
                answers only (2024 on).
            income_7 (float | None | Unset): Sum of credits in month 7, leaving out inward cheque and auto-debit bounces,
                international arbitrage, loan credits and self transfers. Null when that month has no data. Sent by twelve-month
                answers only (2024 on).
            income_8 (float | None | Unset): Sum of credits in month 8, leaving out inward cheque and auto-debit bounces,
                international arbitrage, loan credits and self transfers. Null when that month has no data. Sent by twelve-month
                answers only (2024 on).
            income_9 (float | None | Unset): Sum of credits in month 9, leaving out inward cheque and auto-debit bounces,
                international arbitrage, loan credits and self transfers. Null when that month has no data. Sent by twelve-month
                answers only (2024 on).
            income_10 (float | None | Unset): Sum of credits in month 10, leaving out inward cheque and auto-debit bounces,
                international arbitrage, loan credits and self transfers. Null when that month has no data. Sent by twelve-month
                answers only (2024 on).
            income_11 (float | None | Unset): Sum of credits in month 11 (the oldest of twelve), leaving out inward cheque
                and auto-debit bounces, international arbitrage, loan credits and self transfers. Null when that month has no
                data. Sent by twelve-month answers only (2024 on).
            expense_to_income_ratio_6 (float | None | Unset): Expense divided by income in month 6. Null when that month has
                no data. Sent by twelve-month answers only (2024 on).
            expense_to_income_ratio_7 (float | None | Unset): Expense divided by income in month 7. Null when that month has
                no data. Sent by twelve-month answers only (2024 on).
            expense_to_income_ratio_8 (float | None | Unset): Expense divided by income in month 8. Null when that month has
                no data. Sent by twelve-month answers only (2024 on).
            expense_to_income_ratio_9 (float | None | Unset): Expense divided by income in month 9. Null when that month has
                no data. Sent by twelve-month answers only (2024 on).
            expense_to_income_ratio_10 (float | None | Unset): Expense divided by income in month 10. Null when that month
                has no data. Sent by twelve-month answers only (2024 on).
            expense_to_income_ratio_11 (float | None | Unset): Expense divided by income in month 11 (the oldest of twelve).
                Null when that month has no data. Sent by twelve-month answers only (2024 on).
            number_of_transactions_6 (int | None | Unset): Count of transactions in month 6. Null when that month has no
                data. Sent by twelve-month answers only (2024 on).
            number_of_transactions_7 (int | None | Unset): Count of transactions in month 7. Null when that month has no
                data. Sent by twelve-month answers only (2024 on).
            number_of_transactions_8 (int | None | Unset): Count of transactions in month 8. Null when that month has no
                data. Sent by twelve-month answers only (2024 on).
            number_of_transactions_9 (int | None | Unset): Count of transactions in month 9. Null when that month has no
                data. Sent by twelve-month answers only (2024 on).
            number_of_transactions_10 (int | None | Unset): Count of transactions in month 10. Null when that month has no
                data. Sent by twelve-month answers only (2024 on).
            number_of_transactions_11 (int | None | Unset): Count of transactions in month 11 (the oldest of twelve). Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            total_creditcard_payment_6 (float | None | Unset): Sum of credit-card bill payments in month 6. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            total_creditcard_payment_7 (float | None | Unset): Sum of credit-card bill payments in month 7. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            total_creditcard_payment_8 (float | None | Unset): Sum of credit-card bill payments in month 8. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            total_creditcard_payment_9 (float | None | Unset): Sum of credit-card bill payments in month 9. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            total_creditcard_payment_10 (float | None | Unset): Sum of credit-card bill payments in month 10. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            total_creditcard_payment_11 (float | None | Unset): Sum of credit-card bill payments in month 11 (the oldest of
                twelve). Null when that month has no data. Sent by twelve-month answers only (2024 on).
            total_inward_payment_bounce_6 (float | None | Unset): Sum of inward payment bounces in month 6. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            total_inward_payment_bounce_7 (float | None | Unset): Sum of inward payment bounces in month 7. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            total_inward_payment_bounce_8 (float | None | Unset): Sum of inward payment bounces in month 8. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            total_inward_payment_bounce_9 (float | None | Unset): Sum of inward payment bounces in month 9. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            total_inward_payment_bounce_10 (float | None | Unset): Sum of inward payment bounces in month 10. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            total_inward_payment_bounce_11 (float | None | Unset): Sum of inward payment bounces in month 11 (the oldest of
                twelve). Null when that month has no data. Sent by twelve-month answers only (2024 on).
            total_salary_6 (float | None | Unset): Sum of salary credits in month 6. Null when that month has no data. Sent
                by twelve-month answers only (2024 on).
            total_salary_7 (float | None | Unset): Sum of salary credits in month 7. Null when that month has no data. Sent
                by twelve-month answers only (2024 on).
            total_salary_8 (float | None | Unset): Sum of salary credits in month 8. Null when that month has no data. Sent
                by twelve-month answers only (2024 on).
            total_salary_9 (float | None | Unset): Sum of salary credits in month 9. Null when that month has no data. Sent
                by twelve-month answers only (2024 on).
            total_salary_10 (float | None | Unset): Sum of salary credits in month 10. Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            total_salary_11 (float | None | Unset): Sum of salary credits in month 11 (the oldest of twelve). Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            max_balance_6 (float | None | Unset): Highest balance in month 6. Null when that month has no data. Sent by
                twelve-month answers only (2024 on).
            max_balance_7 (float | None | Unset): Highest balance in month 7. Null when that month has no data. Sent by
                twelve-month answers only (2024 on).
            max_balance_8 (float | None | Unset): Highest balance in month 8. Null when that month has no data. Sent by
                twelve-month answers only (2024 on).
            max_balance_9 (float | None | Unset): Highest balance in month 9. Null when that month has no data. Sent by
                twelve-month answers only (2024 on).
            max_balance_10 (float | None | Unset): Highest balance in month 10. Null when that month has no data. Sent by
                twelve-month answers only (2024 on).
            max_balance_11 (float | None | Unset): Highest balance in month 11 (the oldest of twelve). Null when that month
                has no data. Sent by twelve-month answers only (2024 on).
            min_balance_6 (float | None | Unset): Lowest balance in month 6. Null when that month has no data. Sent by
                twelve-month answers only (2024 on).
            min_balance_7 (float | None | Unset): Lowest balance in month 7. Null when that month has no data. Sent by
                twelve-month answers only (2024 on).
            min_balance_8 (float | None | Unset): Lowest balance in month 8. Null when that month has no data. Sent by
                twelve-month answers only (2024 on).
            min_balance_9 (float | None | Unset): Lowest balance in month 9. Null when that month has no data. Sent by
                twelve-month answers only (2024 on).
            min_balance_10 (float | None | Unset): Lowest balance in month 10. Null when that month has no data. Sent by
                twelve-month answers only (2024 on).
            min_balance_11 (float | None | Unset): Lowest balance in month 11 (the oldest of twelve). Null when that month
                has no data. Sent by twelve-month answers only (2024 on).
            avg_balance_6 (float | None | Unset): Mean end-of-day balance of month 6, missing days filled from the previous
                known balance. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            avg_balance_7 (float | None | Unset): Mean end-of-day balance of month 7, missing days filled from the previous
                known balance. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            avg_balance_8 (float | None | Unset): Mean end-of-day balance of month 8, missing days filled from the previous
                known balance. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            avg_balance_9 (float | None | Unset): Mean end-of-day balance of month 9, missing days filled from the previous
                known balance. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            avg_balance_10 (float | None | Unset): Mean end-of-day balance of month 10, missing days filled from the
                previous known balance. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            avg_balance_11 (float | None | Unset): Mean end-of-day balance of month 11 (the oldest of twelve), missing days
                filled from the previous known balance. Null when that month has no data. Sent by twelve-month answers only
                (2024 on).
            bal_last_6 (float | None | Unset): End-of-day balance on the last day of month 6, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            bal_last_7 (float | None | Unset): End-of-day balance on the last day of month 7, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            bal_last_8 (float | None | Unset): End-of-day balance on the last day of month 8, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            bal_last_9 (float | None | Unset): End-of-day balance on the last day of month 9, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            bal_last_10 (float | None | Unset): End-of-day balance on the last day of month 10, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            bal_last_11 (float | None | Unset): End-of-day balance on the last day of month 11 (the oldest of twelve),
                missing days filled. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_10th_6 (float | None | Unset): End-of-day balance on day 10 of month 6, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_10th_7 (float | None | Unset): End-of-day balance on day 10 of month 7, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_10th_8 (float | None | Unset): End-of-day balance on day 10 of month 8, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_10th_9 (float | None | Unset): End-of-day balance on day 10 of month 9, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_10th_10 (float | None | Unset): End-of-day balance on day 10 of month 10, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_10th_11 (float | None | Unset): End-of-day balance on day 10 of month 11 (the oldest of twelve),
                missing days filled. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_15th_6 (float | None | Unset): End-of-day balance on day 15 of month 6, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_15th_7 (float | None | Unset): End-of-day balance on day 15 of month 7, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_15th_8 (float | None | Unset): End-of-day balance on day 15 of month 8, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_15th_9 (float | None | Unset): End-of-day balance on day 15 of month 9, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_15th_10 (float | None | Unset): End-of-day balance on day 15 of month 10, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_15th_11 (float | None | Unset): End-of-day balance on day 15 of month 11 (the oldest of twelve),
                missing days filled. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_1st_6 (float | None | Unset): End-of-day balance on day 1 of month 6, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_1st_7 (float | None | Unset): End-of-day balance on day 1 of month 7, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_1st_8 (float | None | Unset): End-of-day balance on day 1 of month 8, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_1st_9 (float | None | Unset): End-of-day balance on day 1 of month 9, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_1st_10 (float | None | Unset): End-of-day balance on day 1 of month 10, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_1st_11 (float | None | Unset): End-of-day balance on day 1 of month 11 (the oldest of twelve),
                missing days filled. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_20th_6 (float | None | Unset): End-of-day balance on day 20 of month 6, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_20th_7 (float | None | Unset): End-of-day balance on day 20 of month 7, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_20th_8 (float | None | Unset): End-of-day balance on day 20 of month 8, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_20th_9 (float | None | Unset): End-of-day balance on day 20 of month 9, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_20th_10 (float | None | Unset): End-of-day balance on day 20 of month 10, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_20th_11 (float | None | Unset): End-of-day balance on day 20 of month 11 (the oldest of twelve),
                missing days filled. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_25th_6 (float | None | Unset): End-of-day balance on day 25 of month 6, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_25th_7 (float | None | Unset): End-of-day balance on day 25 of month 7, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_25th_8 (float | None | Unset): End-of-day balance on day 25 of month 8, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_25th_9 (float | None | Unset): End-of-day balance on day 25 of month 9, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_25th_10 (float | None | Unset): End-of-day balance on day 25 of month 10, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_25th_11 (float | None | Unset): End-of-day balance on day 25 of month 11 (the oldest of twelve),
                missing days filled. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_30th_6 (float | None | Unset): End-of-day balance on day 30 of month 6, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_30th_7 (float | None | Unset): End-of-day balance on day 30 of month 7, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_30th_8 (float | None | Unset): End-of-day balance on day 30 of month 8, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_30th_9 (float | None | Unset): End-of-day balance on day 30 of month 9, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_30th_10 (float | None | Unset): End-of-day balance on day 30 of month 10, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_30th_11 (float | None | Unset): End-of-day balance on day 30 of month 11 (the oldest of twelve),
                missing days filled. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_5th_6 (float | None | Unset): End-of-day balance on day 5 of month 6, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_5th_7 (float | None | Unset): End-of-day balance on day 5 of month 7, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_5th_8 (float | None | Unset): End-of-day balance on day 5 of month 8, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_5th_9 (float | None | Unset): End-of-day balance on day 5 of month 9, missing days filled. Null when
                that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_5th_10 (float | None | Unset): End-of-day balance on day 5 of month 10, missing days filled. Null
                when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_on_5th_11 (float | None | Unset): End-of-day balance on day 5 of month 11 (the oldest of twelve),
                missing days filled. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            bal_avgof_6dates_6 (float | None | Unset): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of
                month 6 (the vendor says six dates and lists seven), missing days filled. Null when that month has no data. Sent
                by twelve-month answers only (2024 on).
            bal_avgof_6dates_7 (float | None | Unset): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of
                month 7 (the vendor says six dates and lists seven), missing days filled. Null when that month has no data. Sent
                by twelve-month answers only (2024 on).
            bal_avgof_6dates_8 (float | None | Unset): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of
                month 8 (the vendor says six dates and lists seven), missing days filled. Null when that month has no data. Sent
                by twelve-month answers only (2024 on).
            bal_avgof_6dates_9 (float | None | Unset): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of
                month 9 (the vendor says six dates and lists seven), missing days filled. Null when that month has no data. Sent
                by twelve-month answers only (2024 on).
            bal_avgof_6dates_10 (float | None | Unset): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of
                month 10 (the vendor says six dates and lists seven), missing days filled. Null when that month has no data.
                Sent by twelve-month answers only (2024 on).
            bal_avgof_6dates_11 (float | None | Unset): Mean end-of-day balance over days 1, 5, 10, 15, 20, 25 and 30 of
                month 11 (the oldest of twelve) (the vendor says six dates and lists seven), missing days filled. Null when that
                month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_1st_6 (float | None | Unset): End-of-day balance on day 1 of month 6, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_1st_7 (float | None | Unset): End-of-day balance on day 1 of month 7, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_1st_8 (float | None | Unset): End-of-day balance on day 1 of month 8, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_1st_9 (float | None | Unset): End-of-day balance on day 1 of month 9, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_1st_10 (float | None | Unset): End-of-day balance on day 1 of month 10, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_1st_11 (float | None | Unset): End-of-day balance on day 1 of month 11 (the oldest of
                twelve), leaving out loan credits. Null when that month has no data. Sent by twelve-month answers only (2024
                on).
            balance_net_off_on_5th_6 (float | None | Unset): End-of-day balance on day 5 of month 6, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_5th_7 (float | None | Unset): End-of-day balance on day 5 of month 7, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_5th_8 (float | None | Unset): End-of-day balance on day 5 of month 8, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_5th_9 (float | None | Unset): End-of-day balance on day 5 of month 9, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_5th_10 (float | None | Unset): End-of-day balance on day 5 of month 10, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_5th_11 (float | None | Unset): End-of-day balance on day 5 of month 11 (the oldest of
                twelve), leaving out loan credits. Null when that month has no data. Sent by twelve-month answers only (2024
                on).
            balance_net_off_on_10th_6 (float | None | Unset): End-of-day balance on day 10 of month 6, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_10th_7 (float | None | Unset): End-of-day balance on day 10 of month 7, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_10th_8 (float | None | Unset): End-of-day balance on day 10 of month 8, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_10th_9 (float | None | Unset): End-of-day balance on day 10 of month 9, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_10th_10 (float | None | Unset): End-of-day balance on day 10 of month 10, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_10th_11 (float | None | Unset): End-of-day balance on day 10 of month 11 (the oldest of
                twelve), leaving out loan credits. Null when that month has no data. Sent by twelve-month answers only (2024
                on).
            balance_net_off_on_15th_6 (float | None | Unset): End-of-day balance on day 15 of month 6, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_15th_7 (float | None | Unset): End-of-day balance on day 15 of month 7, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_15th_8 (float | None | Unset): End-of-day balance on day 15 of month 8, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_15th_9 (float | None | Unset): End-of-day balance on day 15 of month 9, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_15th_10 (float | None | Unset): End-of-day balance on day 15 of month 10, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_15th_11 (float | None | Unset): End-of-day balance on day 15 of month 11 (the oldest of
                twelve), leaving out loan credits. Null when that month has no data. Sent by twelve-month answers only (2024
                on).
            balance_net_off_on_20th_6 (float | None | Unset): End-of-day balance on day 20 of month 6, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_20th_7 (float | None | Unset): End-of-day balance on day 20 of month 7, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_20th_8 (float | None | Unset): End-of-day balance on day 20 of month 8, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_20th_9 (float | None | Unset): End-of-day balance on day 20 of month 9, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_20th_10 (float | None | Unset): End-of-day balance on day 20 of month 10, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_20th_11 (float | None | Unset): End-of-day balance on day 20 of month 11 (the oldest of
                twelve), leaving out loan credits. Null when that month has no data. Sent by twelve-month answers only (2024
                on).
            balance_net_off_on_25th_6 (float | None | Unset): End-of-day balance on day 25 of month 6, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_25th_7 (float | None | Unset): End-of-day balance on day 25 of month 7, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_25th_8 (float | None | Unset): End-of-day balance on day 25 of month 8, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_25th_9 (float | None | Unset): End-of-day balance on day 25 of month 9, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_25th_10 (float | None | Unset): End-of-day balance on day 25 of month 10, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_25th_11 (float | None | Unset): End-of-day balance on day 25 of month 11 (the oldest of
                twelve), leaving out loan credits. Null when that month has no data. Sent by twelve-month answers only (2024
                on).
            balance_net_off_on_30th_6 (float | None | Unset): End-of-day balance on day 30 of month 6, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_30th_7 (float | None | Unset): End-of-day balance on day 30 of month 7, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_30th_8 (float | None | Unset): End-of-day balance on day 30 of month 8, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_30th_9 (float | None | Unset): End-of-day balance on day 30 of month 9, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_30th_10 (float | None | Unset): End-of-day balance on day 30 of month 10, leaving out loan
                credits. Null when that month has no data. Sent by twelve-month answers only (2024 on).
            balance_net_off_on_30th_11 (float | None | Unset): End-of-day balance on day 30 of month 11 (the oldest of
                twelve), leaving out loan credits. Null when that month has no data. Sent by twelve-month answers only (2024
                on).
    """

    customer_name: None | str
    bank_name: None | str
    account_type: None | str
    accountnumber: int | None | str
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
    month_6: None | str | Unset = UNSET
    month_7: None | str | Unset = UNSET
    month_8: None | str | Unset = UNSET
    month_9: None | str | Unset = UNSET
    month_10: None | str | Unset = UNSET
    month_11: None | str | Unset = UNSET
    credits_6: float | None | Unset = UNSET
    credits_7: float | None | Unset = UNSET
    credits_8: float | None | Unset = UNSET
    credits_9: float | None | Unset = UNSET
    credits_10: float | None | Unset = UNSET
    credits_11: float | None | Unset = UNSET
    debitless_charges_6: float | None | Unset = UNSET
    debitless_charges_7: float | None | Unset = UNSET
    debitless_charges_8: float | None | Unset = UNSET
    debitless_charges_9: float | None | Unset = UNSET
    debitless_charges_10: float | None | Unset = UNSET
    debitless_charges_11: float | None | Unset = UNSET
    debits_6: float | None | Unset = UNSET
    debits_7: float | None | Unset = UNSET
    debits_8: float | None | Unset = UNSET
    debits_9: float | None | Unset = UNSET
    debits_10: float | None | Unset = UNSET
    debits_11: float | None | Unset = UNSET
    expense_6: float | None | Unset = UNSET
    expense_7: float | None | Unset = UNSET
    expense_8: float | None | Unset = UNSET
    expense_9: float | None | Unset = UNSET
    expense_10: float | None | Unset = UNSET
    expense_11: float | None | Unset = UNSET
    income_6: float | None | Unset = UNSET
    income_7: float | None | Unset = UNSET
    income_8: float | None | Unset = UNSET
    income_9: float | None | Unset = UNSET
    income_10: float | None | Unset = UNSET
    income_11: float | None | Unset = UNSET
    expense_to_income_ratio_6: float | None | Unset = UNSET
    expense_to_income_ratio_7: float | None | Unset = UNSET
    expense_to_income_ratio_8: float | None | Unset = UNSET
    expense_to_income_ratio_9: float | None | Unset = UNSET
    expense_to_income_ratio_10: float | None | Unset = UNSET
    expense_to_income_ratio_11: float | None | Unset = UNSET
    number_of_transactions_6: int | None | Unset = UNSET
    number_of_transactions_7: int | None | Unset = UNSET
    number_of_transactions_8: int | None | Unset = UNSET
    number_of_transactions_9: int | None | Unset = UNSET
    number_of_transactions_10: int | None | Unset = UNSET
    number_of_transactions_11: int | None | Unset = UNSET
    total_creditcard_payment_6: float | None | Unset = UNSET
    total_creditcard_payment_7: float | None | Unset = UNSET
    total_creditcard_payment_8: float | None | Unset = UNSET
    total_creditcard_payment_9: float | None | Unset = UNSET
    total_creditcard_payment_10: float | None | Unset = UNSET
    total_creditcard_payment_11: float | None | Unset = UNSET
    total_inward_payment_bounce_6: float | None | Unset = UNSET
    total_inward_payment_bounce_7: float | None | Unset = UNSET
    total_inward_payment_bounce_8: float | None | Unset = UNSET
    total_inward_payment_bounce_9: float | None | Unset = UNSET
    total_inward_payment_bounce_10: float | None | Unset = UNSET
    total_inward_payment_bounce_11: float | None | Unset = UNSET
    total_salary_6: float | None | Unset = UNSET
    total_salary_7: float | None | Unset = UNSET
    total_salary_8: float | None | Unset = UNSET
    total_salary_9: float | None | Unset = UNSET
    total_salary_10: float | None | Unset = UNSET
    total_salary_11: float | None | Unset = UNSET
    max_balance_6: float | None | Unset = UNSET
    max_balance_7: float | None | Unset = UNSET
    max_balance_8: float | None | Unset = UNSET
    max_balance_9: float | None | Unset = UNSET
    max_balance_10: float | None | Unset = UNSET
    max_balance_11: float | None | Unset = UNSET
    min_balance_6: float | None | Unset = UNSET
    min_balance_7: float | None | Unset = UNSET
    min_balance_8: float | None | Unset = UNSET
    min_balance_9: float | None | Unset = UNSET
    min_balance_10: float | None | Unset = UNSET
    min_balance_11: float | None | Unset = UNSET
    avg_balance_6: float | None | Unset = UNSET
    avg_balance_7: float | None | Unset = UNSET
    avg_balance_8: float | None | Unset = UNSET
    avg_balance_9: float | None | Unset = UNSET
    avg_balance_10: float | None | Unset = UNSET
    avg_balance_11: float | None | Unset = UNSET
    bal_last_6: float | None | Unset = UNSET
    bal_last_7: float | None | Unset = UNSET
    bal_last_8: float | None | Unset = UNSET
    bal_last_9: float | None | Unset = UNSET
    bal_last_10: float | None | Unset = UNSET
    bal_last_11: float | None | Unset = UNSET
    balance_on_10th_6: float | None | Unset = UNSET
    balance_on_10th_7: float | None | Unset = UNSET
    balance_on_10th_8: float | None | Unset = UNSET
    balance_on_10th_9: float | None | Unset = UNSET
    balance_on_10th_10: float | None | Unset = UNSET
    balance_on_10th_11: float | None | Unset = UNSET
    balance_on_15th_6: float | None | Unset = UNSET
    balance_on_15th_7: float | None | Unset = UNSET
    balance_on_15th_8: float | None | Unset = UNSET
    balance_on_15th_9: float | None | Unset = UNSET
    balance_on_15th_10: float | None | Unset = UNSET
    balance_on_15th_11: float | None | Unset = UNSET
    balance_on_1st_6: float | None | Unset = UNSET
    balance_on_1st_7: float | None | Unset = UNSET
    balance_on_1st_8: float | None | Unset = UNSET
    balance_on_1st_9: float | None | Unset = UNSET
    balance_on_1st_10: float | None | Unset = UNSET
    balance_on_1st_11: float | None | Unset = UNSET
    balance_on_20th_6: float | None | Unset = UNSET
    balance_on_20th_7: float | None | Unset = UNSET
    balance_on_20th_8: float | None | Unset = UNSET
    balance_on_20th_9: float | None | Unset = UNSET
    balance_on_20th_10: float | None | Unset = UNSET
    balance_on_20th_11: float | None | Unset = UNSET
    balance_on_25th_6: float | None | Unset = UNSET
    balance_on_25th_7: float | None | Unset = UNSET
    balance_on_25th_8: float | None | Unset = UNSET
    balance_on_25th_9: float | None | Unset = UNSET
    balance_on_25th_10: float | None | Unset = UNSET
    balance_on_25th_11: float | None | Unset = UNSET
    balance_on_30th_6: float | None | Unset = UNSET
    balance_on_30th_7: float | None | Unset = UNSET
    balance_on_30th_8: float | None | Unset = UNSET
    balance_on_30th_9: float | None | Unset = UNSET
    balance_on_30th_10: float | None | Unset = UNSET
    balance_on_30th_11: float | None | Unset = UNSET
    balance_on_5th_6: float | None | Unset = UNSET
    balance_on_5th_7: float | None | Unset = UNSET
    balance_on_5th_8: float | None | Unset = UNSET
    balance_on_5th_9: float | None | Unset = UNSET
    balance_on_5th_10: float | None | Unset = UNSET
    balance_on_5th_11: float | None | Unset = UNSET
    bal_avgof_6dates_6: float | None | Unset = UNSET
    bal_avgof_6dates_7: float | None | Unset = UNSET
    bal_avgof_6dates_8: float | None | Unset = UNSET
    bal_avgof_6dates_9: float | None | Unset = UNSET
    bal_avgof_6dates_10: float | None | Unset = UNSET
    bal_avgof_6dates_11: float | None | Unset = UNSET
    balance_net_off_on_1st_6: float | None | Unset = UNSET
    balance_net_off_on_1st_7: float | None | Unset = UNSET
    balance_net_off_on_1st_8: float | None | Unset = UNSET
    balance_net_off_on_1st_9: float | None | Unset = UNSET
    balance_net_off_on_1st_10: float | None | Unset = UNSET
    balance_net_off_on_1st_11: float | None | Unset = UNSET
    balance_net_off_on_5th_6: float | None | Unset = UNSET
    balance_net_off_on_5th_7: float | None | Unset = UNSET
    balance_net_off_on_5th_8: float | None | Unset = UNSET
    balance_net_off_on_5th_9: float | None | Unset = UNSET
    balance_net_off_on_5th_10: float | None | Unset = UNSET
    balance_net_off_on_5th_11: float | None | Unset = UNSET
    balance_net_off_on_10th_6: float | None | Unset = UNSET
    balance_net_off_on_10th_7: float | None | Unset = UNSET
    balance_net_off_on_10th_8: float | None | Unset = UNSET
    balance_net_off_on_10th_9: float | None | Unset = UNSET
    balance_net_off_on_10th_10: float | None | Unset = UNSET
    balance_net_off_on_10th_11: float | None | Unset = UNSET
    balance_net_off_on_15th_6: float | None | Unset = UNSET
    balance_net_off_on_15th_7: float | None | Unset = UNSET
    balance_net_off_on_15th_8: float | None | Unset = UNSET
    balance_net_off_on_15th_9: float | None | Unset = UNSET
    balance_net_off_on_15th_10: float | None | Unset = UNSET
    balance_net_off_on_15th_11: float | None | Unset = UNSET
    balance_net_off_on_20th_6: float | None | Unset = UNSET
    balance_net_off_on_20th_7: float | None | Unset = UNSET
    balance_net_off_on_20th_8: float | None | Unset = UNSET
    balance_net_off_on_20th_9: float | None | Unset = UNSET
    balance_net_off_on_20th_10: float | None | Unset = UNSET
    balance_net_off_on_20th_11: float | None | Unset = UNSET
    balance_net_off_on_25th_6: float | None | Unset = UNSET
    balance_net_off_on_25th_7: float | None | Unset = UNSET
    balance_net_off_on_25th_8: float | None | Unset = UNSET
    balance_net_off_on_25th_9: float | None | Unset = UNSET
    balance_net_off_on_25th_10: float | None | Unset = UNSET
    balance_net_off_on_25th_11: float | None | Unset = UNSET
    balance_net_off_on_30th_6: float | None | Unset = UNSET
    balance_net_off_on_30th_7: float | None | Unset = UNSET
    balance_net_off_on_30th_8: float | None | Unset = UNSET
    balance_net_off_on_30th_9: float | None | Unset = UNSET
    balance_net_off_on_30th_10: float | None | Unset = UNSET
    balance_net_off_on_30th_11: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_name: None | str
        customer_name = self.customer_name

        bank_name: None | str
        bank_name = self.bank_name

        account_type: None | str
        account_type = self.account_type

        accountnumber: int | None | str
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

        month_6: None | str | Unset
        if isinstance(self.month_6, Unset):
            month_6 = UNSET
        else:
            month_6 = self.month_6

        month_7: None | str | Unset
        if isinstance(self.month_7, Unset):
            month_7 = UNSET
        else:
            month_7 = self.month_7

        month_8: None | str | Unset
        if isinstance(self.month_8, Unset):
            month_8 = UNSET
        else:
            month_8 = self.month_8

        month_9: None | str | Unset
        if isinstance(self.month_9, Unset):
            month_9 = UNSET
        else:
            month_9 = self.month_9

        month_10: None | str | Unset
        if isinstance(self.month_10, Unset):
            month_10 = UNSET
        else:
            month_10 = self.month_10

        month_11: None | str | Unset
        if isinstance(self.month_11, Unset):
            month_11 = UNSET
        else:
            month_11 = self.month_11

        credits_6: float | None | Unset
        if isinstance(self.credits_6, Unset):
            credits_6 = UNSET
        else:
            credits_6 = self.credits_6

        credits_7: float | None | Unset
        if isinstance(self.credits_7, Unset):
            credits_7 = UNSET
        else:
            credits_7 = self.credits_7

        credits_8: float | None | Unset
        if isinstance(self.credits_8, Unset):
            credits_8 = UNSET
        else:
            credits_8 = self.credits_8

        credits_9: float | None | Unset
        if isinstance(self.credits_9, Unset):
            credits_9 = UNSET
        else:
            credits_9 = self.credits_9

        credits_10: float | None | Unset
        if isinstance(self.credits_10, Unset):
            credits_10 = UNSET
        else:
            credits_10 = self.credits_10

        credits_11: float | None | Unset
        if isinstance(self.credits_11, Unset):
            credits_11 = UNSET
        else:
            credits_11 = self.credits_11

        debitless_charges_6: float | None | Unset
        if isinstance(self.debitless_charges_6, Unset):
            debitless_charges_6 = UNSET
        else:
            debitless_charges_6 = self.debitless_charges_6

        debitless_charges_7: float | None | Unset
        if isinstance(self.debitless_charges_7, Unset):
            debitless_charges_7 = UNSET
        else:
            debitless_charges_7 = self.debitless_charges_7

        debitless_charges_8: float | None | Unset
        if isinstance(self.debitless_charges_8, Unset):
            debitless_charges_8 = UNSET
        else:
            debitless_charges_8 = self.debitless_charges_8

        debitless_charges_9: float | None | Unset
        if isinstance(self.debitless_charges_9, Unset):
            debitless_charges_9 = UNSET
        else:
            debitless_charges_9 = self.debitless_charges_9

        debitless_charges_10: float | None | Unset
        if isinstance(self.debitless_charges_10, Unset):
            debitless_charges_10 = UNSET
        else:
            debitless_charges_10 = self.debitless_charges_10

        debitless_charges_11: float | None | Unset
        if isinstance(self.debitless_charges_11, Unset):
            debitless_charges_11 = UNSET
        else:
            debitless_charges_11 = self.debitless_charges_11

        debits_6: float | None | Unset
        if isinstance(self.debits_6, Unset):
            debits_6 = UNSET
        else:
            debits_6 = self.debits_6

        debits_7: float | None | Unset
        if isinstance(self.debits_7, Unset):
            debits_7 = UNSET
        else:
            debits_7 = self.debits_7

        debits_8: float | None | Unset
        if isinstance(self.debits_8, Unset):
            debits_8 = UNSET
        else:
            debits_8 = self.debits_8

        debits_9: float | None | Unset
        if isinstance(self.debits_9, Unset):
            debits_9 = UNSET
        else:
            debits_9 = self.debits_9

        debits_10: float | None | Unset
        if isinstance(self.debits_10, Unset):
            debits_10 = UNSET
        else:
            debits_10 = self.debits_10

        debits_11: float | None | Unset
        if isinstance(self.debits_11, Unset):
            debits_11 = UNSET
        else:
            debits_11 = self.debits_11

        expense_6: float | None | Unset
        if isinstance(self.expense_6, Unset):
            expense_6 = UNSET
        else:
            expense_6 = self.expense_6

        expense_7: float | None | Unset
        if isinstance(self.expense_7, Unset):
            expense_7 = UNSET
        else:
            expense_7 = self.expense_7

        expense_8: float | None | Unset
        if isinstance(self.expense_8, Unset):
            expense_8 = UNSET
        else:
            expense_8 = self.expense_8

        expense_9: float | None | Unset
        if isinstance(self.expense_9, Unset):
            expense_9 = UNSET
        else:
            expense_9 = self.expense_9

        expense_10: float | None | Unset
        if isinstance(self.expense_10, Unset):
            expense_10 = UNSET
        else:
            expense_10 = self.expense_10

        expense_11: float | None | Unset
        if isinstance(self.expense_11, Unset):
            expense_11 = UNSET
        else:
            expense_11 = self.expense_11

        income_6: float | None | Unset
        if isinstance(self.income_6, Unset):
            income_6 = UNSET
        else:
            income_6 = self.income_6

        income_7: float | None | Unset
        if isinstance(self.income_7, Unset):
            income_7 = UNSET
        else:
            income_7 = self.income_7

        income_8: float | None | Unset
        if isinstance(self.income_8, Unset):
            income_8 = UNSET
        else:
            income_8 = self.income_8

        income_9: float | None | Unset
        if isinstance(self.income_9, Unset):
            income_9 = UNSET
        else:
            income_9 = self.income_9

        income_10: float | None | Unset
        if isinstance(self.income_10, Unset):
            income_10 = UNSET
        else:
            income_10 = self.income_10

        income_11: float | None | Unset
        if isinstance(self.income_11, Unset):
            income_11 = UNSET
        else:
            income_11 = self.income_11

        expense_to_income_ratio_6: float | None | Unset
        if isinstance(self.expense_to_income_ratio_6, Unset):
            expense_to_income_ratio_6 = UNSET
        else:
            expense_to_income_ratio_6 = self.expense_to_income_ratio_6

        expense_to_income_ratio_7: float | None | Unset
        if isinstance(self.expense_to_income_ratio_7, Unset):
            expense_to_income_ratio_7 = UNSET
        else:
            expense_to_income_ratio_7 = self.expense_to_income_ratio_7

        expense_to_income_ratio_8: float | None | Unset
        if isinstance(self.expense_to_income_ratio_8, Unset):
            expense_to_income_ratio_8 = UNSET
        else:
            expense_to_income_ratio_8 = self.expense_to_income_ratio_8

        expense_to_income_ratio_9: float | None | Unset
        if isinstance(self.expense_to_income_ratio_9, Unset):
            expense_to_income_ratio_9 = UNSET
        else:
            expense_to_income_ratio_9 = self.expense_to_income_ratio_9

        expense_to_income_ratio_10: float | None | Unset
        if isinstance(self.expense_to_income_ratio_10, Unset):
            expense_to_income_ratio_10 = UNSET
        else:
            expense_to_income_ratio_10 = self.expense_to_income_ratio_10

        expense_to_income_ratio_11: float | None | Unset
        if isinstance(self.expense_to_income_ratio_11, Unset):
            expense_to_income_ratio_11 = UNSET
        else:
            expense_to_income_ratio_11 = self.expense_to_income_ratio_11

        number_of_transactions_6: int | None | Unset
        if isinstance(self.number_of_transactions_6, Unset):
            number_of_transactions_6 = UNSET
        else:
            number_of_transactions_6 = self.number_of_transactions_6

        number_of_transactions_7: int | None | Unset
        if isinstance(self.number_of_transactions_7, Unset):
            number_of_transactions_7 = UNSET
        else:
            number_of_transactions_7 = self.number_of_transactions_7

        number_of_transactions_8: int | None | Unset
        if isinstance(self.number_of_transactions_8, Unset):
            number_of_transactions_8 = UNSET
        else:
            number_of_transactions_8 = self.number_of_transactions_8

        number_of_transactions_9: int | None | Unset
        if isinstance(self.number_of_transactions_9, Unset):
            number_of_transactions_9 = UNSET
        else:
            number_of_transactions_9 = self.number_of_transactions_9

        number_of_transactions_10: int | None | Unset
        if isinstance(self.number_of_transactions_10, Unset):
            number_of_transactions_10 = UNSET
        else:
            number_of_transactions_10 = self.number_of_transactions_10

        number_of_transactions_11: int | None | Unset
        if isinstance(self.number_of_transactions_11, Unset):
            number_of_transactions_11 = UNSET
        else:
            number_of_transactions_11 = self.number_of_transactions_11

        total_creditcard_payment_6: float | None | Unset
        if isinstance(self.total_creditcard_payment_6, Unset):
            total_creditcard_payment_6 = UNSET
        else:
            total_creditcard_payment_6 = self.total_creditcard_payment_6

        total_creditcard_payment_7: float | None | Unset
        if isinstance(self.total_creditcard_payment_7, Unset):
            total_creditcard_payment_7 = UNSET
        else:
            total_creditcard_payment_7 = self.total_creditcard_payment_7

        total_creditcard_payment_8: float | None | Unset
        if isinstance(self.total_creditcard_payment_8, Unset):
            total_creditcard_payment_8 = UNSET
        else:
            total_creditcard_payment_8 = self.total_creditcard_payment_8

        total_creditcard_payment_9: float | None | Unset
        if isinstance(self.total_creditcard_payment_9, Unset):
            total_creditcard_payment_9 = UNSET
        else:
            total_creditcard_payment_9 = self.total_creditcard_payment_9

        total_creditcard_payment_10: float | None | Unset
        if isinstance(self.total_creditcard_payment_10, Unset):
            total_creditcard_payment_10 = UNSET
        else:
            total_creditcard_payment_10 = self.total_creditcard_payment_10

        total_creditcard_payment_11: float | None | Unset
        if isinstance(self.total_creditcard_payment_11, Unset):
            total_creditcard_payment_11 = UNSET
        else:
            total_creditcard_payment_11 = self.total_creditcard_payment_11

        total_inward_payment_bounce_6: float | None | Unset
        if isinstance(self.total_inward_payment_bounce_6, Unset):
            total_inward_payment_bounce_6 = UNSET
        else:
            total_inward_payment_bounce_6 = self.total_inward_payment_bounce_6

        total_inward_payment_bounce_7: float | None | Unset
        if isinstance(self.total_inward_payment_bounce_7, Unset):
            total_inward_payment_bounce_7 = UNSET
        else:
            total_inward_payment_bounce_7 = self.total_inward_payment_bounce_7

        total_inward_payment_bounce_8: float | None | Unset
        if isinstance(self.total_inward_payment_bounce_8, Unset):
            total_inward_payment_bounce_8 = UNSET
        else:
            total_inward_payment_bounce_8 = self.total_inward_payment_bounce_8

        total_inward_payment_bounce_9: float | None | Unset
        if isinstance(self.total_inward_payment_bounce_9, Unset):
            total_inward_payment_bounce_9 = UNSET
        else:
            total_inward_payment_bounce_9 = self.total_inward_payment_bounce_9

        total_inward_payment_bounce_10: float | None | Unset
        if isinstance(self.total_inward_payment_bounce_10, Unset):
            total_inward_payment_bounce_10 = UNSET
        else:
            total_inward_payment_bounce_10 = self.total_inward_payment_bounce_10

        total_inward_payment_bounce_11: float | None | Unset
        if isinstance(self.total_inward_payment_bounce_11, Unset):
            total_inward_payment_bounce_11 = UNSET
        else:
            total_inward_payment_bounce_11 = self.total_inward_payment_bounce_11

        total_salary_6: float | None | Unset
        if isinstance(self.total_salary_6, Unset):
            total_salary_6 = UNSET
        else:
            total_salary_6 = self.total_salary_6

        total_salary_7: float | None | Unset
        if isinstance(self.total_salary_7, Unset):
            total_salary_7 = UNSET
        else:
            total_salary_7 = self.total_salary_7

        total_salary_8: float | None | Unset
        if isinstance(self.total_salary_8, Unset):
            total_salary_8 = UNSET
        else:
            total_salary_8 = self.total_salary_8

        total_salary_9: float | None | Unset
        if isinstance(self.total_salary_9, Unset):
            total_salary_9 = UNSET
        else:
            total_salary_9 = self.total_salary_9

        total_salary_10: float | None | Unset
        if isinstance(self.total_salary_10, Unset):
            total_salary_10 = UNSET
        else:
            total_salary_10 = self.total_salary_10

        total_salary_11: float | None | Unset
        if isinstance(self.total_salary_11, Unset):
            total_salary_11 = UNSET
        else:
            total_salary_11 = self.total_salary_11

        max_balance_6: float | None | Unset
        if isinstance(self.max_balance_6, Unset):
            max_balance_6 = UNSET
        else:
            max_balance_6 = self.max_balance_6

        max_balance_7: float | None | Unset
        if isinstance(self.max_balance_7, Unset):
            max_balance_7 = UNSET
        else:
            max_balance_7 = self.max_balance_7

        max_balance_8: float | None | Unset
        if isinstance(self.max_balance_8, Unset):
            max_balance_8 = UNSET
        else:
            max_balance_8 = self.max_balance_8

        max_balance_9: float | None | Unset
        if isinstance(self.max_balance_9, Unset):
            max_balance_9 = UNSET
        else:
            max_balance_9 = self.max_balance_9

        max_balance_10: float | None | Unset
        if isinstance(self.max_balance_10, Unset):
            max_balance_10 = UNSET
        else:
            max_balance_10 = self.max_balance_10

        max_balance_11: float | None | Unset
        if isinstance(self.max_balance_11, Unset):
            max_balance_11 = UNSET
        else:
            max_balance_11 = self.max_balance_11

        min_balance_6: float | None | Unset
        if isinstance(self.min_balance_6, Unset):
            min_balance_6 = UNSET
        else:
            min_balance_6 = self.min_balance_6

        min_balance_7: float | None | Unset
        if isinstance(self.min_balance_7, Unset):
            min_balance_7 = UNSET
        else:
            min_balance_7 = self.min_balance_7

        min_balance_8: float | None | Unset
        if isinstance(self.min_balance_8, Unset):
            min_balance_8 = UNSET
        else:
            min_balance_8 = self.min_balance_8

        min_balance_9: float | None | Unset
        if isinstance(self.min_balance_9, Unset):
            min_balance_9 = UNSET
        else:
            min_balance_9 = self.min_balance_9

        min_balance_10: float | None | Unset
        if isinstance(self.min_balance_10, Unset):
            min_balance_10 = UNSET
        else:
            min_balance_10 = self.min_balance_10

        min_balance_11: float | None | Unset
        if isinstance(self.min_balance_11, Unset):
            min_balance_11 = UNSET
        else:
            min_balance_11 = self.min_balance_11

        avg_balance_6: float | None | Unset
        if isinstance(self.avg_balance_6, Unset):
            avg_balance_6 = UNSET
        else:
            avg_balance_6 = self.avg_balance_6

        avg_balance_7: float | None | Unset
        if isinstance(self.avg_balance_7, Unset):
            avg_balance_7 = UNSET
        else:
            avg_balance_7 = self.avg_balance_7

        avg_balance_8: float | None | Unset
        if isinstance(self.avg_balance_8, Unset):
            avg_balance_8 = UNSET
        else:
            avg_balance_8 = self.avg_balance_8

        avg_balance_9: float | None | Unset
        if isinstance(self.avg_balance_9, Unset):
            avg_balance_9 = UNSET
        else:
            avg_balance_9 = self.avg_balance_9

        avg_balance_10: float | None | Unset
        if isinstance(self.avg_balance_10, Unset):
            avg_balance_10 = UNSET
        else:
            avg_balance_10 = self.avg_balance_10

        avg_balance_11: float | None | Unset
        if isinstance(self.avg_balance_11, Unset):
            avg_balance_11 = UNSET
        else:
            avg_balance_11 = self.avg_balance_11

        bal_last_6: float | None | Unset
        if isinstance(self.bal_last_6, Unset):
            bal_last_6 = UNSET
        else:
            bal_last_6 = self.bal_last_6

        bal_last_7: float | None | Unset
        if isinstance(self.bal_last_7, Unset):
            bal_last_7 = UNSET
        else:
            bal_last_7 = self.bal_last_7

        bal_last_8: float | None | Unset
        if isinstance(self.bal_last_8, Unset):
            bal_last_8 = UNSET
        else:
            bal_last_8 = self.bal_last_8

        bal_last_9: float | None | Unset
        if isinstance(self.bal_last_9, Unset):
            bal_last_9 = UNSET
        else:
            bal_last_9 = self.bal_last_9

        bal_last_10: float | None | Unset
        if isinstance(self.bal_last_10, Unset):
            bal_last_10 = UNSET
        else:
            bal_last_10 = self.bal_last_10

        bal_last_11: float | None | Unset
        if isinstance(self.bal_last_11, Unset):
            bal_last_11 = UNSET
        else:
            bal_last_11 = self.bal_last_11

        balance_on_10th_6: float | None | Unset
        if isinstance(self.balance_on_10th_6, Unset):
            balance_on_10th_6 = UNSET
        else:
            balance_on_10th_6 = self.balance_on_10th_6

        balance_on_10th_7: float | None | Unset
        if isinstance(self.balance_on_10th_7, Unset):
            balance_on_10th_7 = UNSET
        else:
            balance_on_10th_7 = self.balance_on_10th_7

        balance_on_10th_8: float | None | Unset
        if isinstance(self.balance_on_10th_8, Unset):
            balance_on_10th_8 = UNSET
        else:
            balance_on_10th_8 = self.balance_on_10th_8

        balance_on_10th_9: float | None | Unset
        if isinstance(self.balance_on_10th_9, Unset):
            balance_on_10th_9 = UNSET
        else:
            balance_on_10th_9 = self.balance_on_10th_9

        balance_on_10th_10: float | None | Unset
        if isinstance(self.balance_on_10th_10, Unset):
            balance_on_10th_10 = UNSET
        else:
            balance_on_10th_10 = self.balance_on_10th_10

        balance_on_10th_11: float | None | Unset
        if isinstance(self.balance_on_10th_11, Unset):
            balance_on_10th_11 = UNSET
        else:
            balance_on_10th_11 = self.balance_on_10th_11

        balance_on_15th_6: float | None | Unset
        if isinstance(self.balance_on_15th_6, Unset):
            balance_on_15th_6 = UNSET
        else:
            balance_on_15th_6 = self.balance_on_15th_6

        balance_on_15th_7: float | None | Unset
        if isinstance(self.balance_on_15th_7, Unset):
            balance_on_15th_7 = UNSET
        else:
            balance_on_15th_7 = self.balance_on_15th_7

        balance_on_15th_8: float | None | Unset
        if isinstance(self.balance_on_15th_8, Unset):
            balance_on_15th_8 = UNSET
        else:
            balance_on_15th_8 = self.balance_on_15th_8

        balance_on_15th_9: float | None | Unset
        if isinstance(self.balance_on_15th_9, Unset):
            balance_on_15th_9 = UNSET
        else:
            balance_on_15th_9 = self.balance_on_15th_9

        balance_on_15th_10: float | None | Unset
        if isinstance(self.balance_on_15th_10, Unset):
            balance_on_15th_10 = UNSET
        else:
            balance_on_15th_10 = self.balance_on_15th_10

        balance_on_15th_11: float | None | Unset
        if isinstance(self.balance_on_15th_11, Unset):
            balance_on_15th_11 = UNSET
        else:
            balance_on_15th_11 = self.balance_on_15th_11

        balance_on_1st_6: float | None | Unset
        if isinstance(self.balance_on_1st_6, Unset):
            balance_on_1st_6 = UNSET
        else:
            balance_on_1st_6 = self.balance_on_1st_6

        balance_on_1st_7: float | None | Unset
        if isinstance(self.balance_on_1st_7, Unset):
            balance_on_1st_7 = UNSET
        else:
            balance_on_1st_7 = self.balance_on_1st_7

        balance_on_1st_8: float | None | Unset
        if isinstance(self.balance_on_1st_8, Unset):
            balance_on_1st_8 = UNSET
        else:
            balance_on_1st_8 = self.balance_on_1st_8

        balance_on_1st_9: float | None | Unset
        if isinstance(self.balance_on_1st_9, Unset):
            balance_on_1st_9 = UNSET
        else:
            balance_on_1st_9 = self.balance_on_1st_9

        balance_on_1st_10: float | None | Unset
        if isinstance(self.balance_on_1st_10, Unset):
            balance_on_1st_10 = UNSET
        else:
            balance_on_1st_10 = self.balance_on_1st_10

        balance_on_1st_11: float | None | Unset
        if isinstance(self.balance_on_1st_11, Unset):
            balance_on_1st_11 = UNSET
        else:
            balance_on_1st_11 = self.balance_on_1st_11

        balance_on_20th_6: float | None | Unset
        if isinstance(self.balance_on_20th_6, Unset):
            balance_on_20th_6 = UNSET
        else:
            balance_on_20th_6 = self.balance_on_20th_6

        balance_on_20th_7: float | None | Unset
        if isinstance(self.balance_on_20th_7, Unset):
            balance_on_20th_7 = UNSET
        else:
            balance_on_20th_7 = self.balance_on_20th_7

        balance_on_20th_8: float | None | Unset
        if isinstance(self.balance_on_20th_8, Unset):
            balance_on_20th_8 = UNSET
        else:
            balance_on_20th_8 = self.balance_on_20th_8

        balance_on_20th_9: float | None | Unset
        if isinstance(self.balance_on_20th_9, Unset):
            balance_on_20th_9 = UNSET
        else:
            balance_on_20th_9 = self.balance_on_20th_9

        balance_on_20th_10: float | None | Unset
        if isinstance(self.balance_on_20th_10, Unset):
            balance_on_20th_10 = UNSET
        else:
            balance_on_20th_10 = self.balance_on_20th_10

        balance_on_20th_11: float | None | Unset
        if isinstance(self.balance_on_20th_11, Unset):
            balance_on_20th_11 = UNSET
        else:
            balance_on_20th_11 = self.balance_on_20th_11

        balance_on_25th_6: float | None | Unset
        if isinstance(self.balance_on_25th_6, Unset):
            balance_on_25th_6 = UNSET
        else:
            balance_on_25th_6 = self.balance_on_25th_6

        balance_on_25th_7: float | None | Unset
        if isinstance(self.balance_on_25th_7, Unset):
            balance_on_25th_7 = UNSET
        else:
            balance_on_25th_7 = self.balance_on_25th_7

        balance_on_25th_8: float | None | Unset
        if isinstance(self.balance_on_25th_8, Unset):
            balance_on_25th_8 = UNSET
        else:
            balance_on_25th_8 = self.balance_on_25th_8

        balance_on_25th_9: float | None | Unset
        if isinstance(self.balance_on_25th_9, Unset):
            balance_on_25th_9 = UNSET
        else:
            balance_on_25th_9 = self.balance_on_25th_9

        balance_on_25th_10: float | None | Unset
        if isinstance(self.balance_on_25th_10, Unset):
            balance_on_25th_10 = UNSET
        else:
            balance_on_25th_10 = self.balance_on_25th_10

        balance_on_25th_11: float | None | Unset
        if isinstance(self.balance_on_25th_11, Unset):
            balance_on_25th_11 = UNSET
        else:
            balance_on_25th_11 = self.balance_on_25th_11

        balance_on_30th_6: float | None | Unset
        if isinstance(self.balance_on_30th_6, Unset):
            balance_on_30th_6 = UNSET
        else:
            balance_on_30th_6 = self.balance_on_30th_6

        balance_on_30th_7: float | None | Unset
        if isinstance(self.balance_on_30th_7, Unset):
            balance_on_30th_7 = UNSET
        else:
            balance_on_30th_7 = self.balance_on_30th_7

        balance_on_30th_8: float | None | Unset
        if isinstance(self.balance_on_30th_8, Unset):
            balance_on_30th_8 = UNSET
        else:
            balance_on_30th_8 = self.balance_on_30th_8

        balance_on_30th_9: float | None | Unset
        if isinstance(self.balance_on_30th_9, Unset):
            balance_on_30th_9 = UNSET
        else:
            balance_on_30th_9 = self.balance_on_30th_9

        balance_on_30th_10: float | None | Unset
        if isinstance(self.balance_on_30th_10, Unset):
            balance_on_30th_10 = UNSET
        else:
            balance_on_30th_10 = self.balance_on_30th_10

        balance_on_30th_11: float | None | Unset
        if isinstance(self.balance_on_30th_11, Unset):
            balance_on_30th_11 = UNSET
        else:
            balance_on_30th_11 = self.balance_on_30th_11

        balance_on_5th_6: float | None | Unset
        if isinstance(self.balance_on_5th_6, Unset):
            balance_on_5th_6 = UNSET
        else:
            balance_on_5th_6 = self.balance_on_5th_6

        balance_on_5th_7: float | None | Unset
        if isinstance(self.balance_on_5th_7, Unset):
            balance_on_5th_7 = UNSET
        else:
            balance_on_5th_7 = self.balance_on_5th_7

        balance_on_5th_8: float | None | Unset
        if isinstance(self.balance_on_5th_8, Unset):
            balance_on_5th_8 = UNSET
        else:
            balance_on_5th_8 = self.balance_on_5th_8

        balance_on_5th_9: float | None | Unset
        if isinstance(self.balance_on_5th_9, Unset):
            balance_on_5th_9 = UNSET
        else:
            balance_on_5th_9 = self.balance_on_5th_9

        balance_on_5th_10: float | None | Unset
        if isinstance(self.balance_on_5th_10, Unset):
            balance_on_5th_10 = UNSET
        else:
            balance_on_5th_10 = self.balance_on_5th_10

        balance_on_5th_11: float | None | Unset
        if isinstance(self.balance_on_5th_11, Unset):
            balance_on_5th_11 = UNSET
        else:
            balance_on_5th_11 = self.balance_on_5th_11

        bal_avgof_6dates_6: float | None | Unset
        if isinstance(self.bal_avgof_6dates_6, Unset):
            bal_avgof_6dates_6 = UNSET
        else:
            bal_avgof_6dates_6 = self.bal_avgof_6dates_6

        bal_avgof_6dates_7: float | None | Unset
        if isinstance(self.bal_avgof_6dates_7, Unset):
            bal_avgof_6dates_7 = UNSET
        else:
            bal_avgof_6dates_7 = self.bal_avgof_6dates_7

        bal_avgof_6dates_8: float | None | Unset
        if isinstance(self.bal_avgof_6dates_8, Unset):
            bal_avgof_6dates_8 = UNSET
        else:
            bal_avgof_6dates_8 = self.bal_avgof_6dates_8

        bal_avgof_6dates_9: float | None | Unset
        if isinstance(self.bal_avgof_6dates_9, Unset):
            bal_avgof_6dates_9 = UNSET
        else:
            bal_avgof_6dates_9 = self.bal_avgof_6dates_9

        bal_avgof_6dates_10: float | None | Unset
        if isinstance(self.bal_avgof_6dates_10, Unset):
            bal_avgof_6dates_10 = UNSET
        else:
            bal_avgof_6dates_10 = self.bal_avgof_6dates_10

        bal_avgof_6dates_11: float | None | Unset
        if isinstance(self.bal_avgof_6dates_11, Unset):
            bal_avgof_6dates_11 = UNSET
        else:
            bal_avgof_6dates_11 = self.bal_avgof_6dates_11

        balance_net_off_on_1st_6: float | None | Unset
        if isinstance(self.balance_net_off_on_1st_6, Unset):
            balance_net_off_on_1st_6 = UNSET
        else:
            balance_net_off_on_1st_6 = self.balance_net_off_on_1st_6

        balance_net_off_on_1st_7: float | None | Unset
        if isinstance(self.balance_net_off_on_1st_7, Unset):
            balance_net_off_on_1st_7 = UNSET
        else:
            balance_net_off_on_1st_7 = self.balance_net_off_on_1st_7

        balance_net_off_on_1st_8: float | None | Unset
        if isinstance(self.balance_net_off_on_1st_8, Unset):
            balance_net_off_on_1st_8 = UNSET
        else:
            balance_net_off_on_1st_8 = self.balance_net_off_on_1st_8

        balance_net_off_on_1st_9: float | None | Unset
        if isinstance(self.balance_net_off_on_1st_9, Unset):
            balance_net_off_on_1st_9 = UNSET
        else:
            balance_net_off_on_1st_9 = self.balance_net_off_on_1st_9

        balance_net_off_on_1st_10: float | None | Unset
        if isinstance(self.balance_net_off_on_1st_10, Unset):
            balance_net_off_on_1st_10 = UNSET
        else:
            balance_net_off_on_1st_10 = self.balance_net_off_on_1st_10

        balance_net_off_on_1st_11: float | None | Unset
        if isinstance(self.balance_net_off_on_1st_11, Unset):
            balance_net_off_on_1st_11 = UNSET
        else:
            balance_net_off_on_1st_11 = self.balance_net_off_on_1st_11

        balance_net_off_on_5th_6: float | None | Unset
        if isinstance(self.balance_net_off_on_5th_6, Unset):
            balance_net_off_on_5th_6 = UNSET
        else:
            balance_net_off_on_5th_6 = self.balance_net_off_on_5th_6

        balance_net_off_on_5th_7: float | None | Unset
        if isinstance(self.balance_net_off_on_5th_7, Unset):
            balance_net_off_on_5th_7 = UNSET
        else:
            balance_net_off_on_5th_7 = self.balance_net_off_on_5th_7

        balance_net_off_on_5th_8: float | None | Unset
        if isinstance(self.balance_net_off_on_5th_8, Unset):
            balance_net_off_on_5th_8 = UNSET
        else:
            balance_net_off_on_5th_8 = self.balance_net_off_on_5th_8

        balance_net_off_on_5th_9: float | None | Unset
        if isinstance(self.balance_net_off_on_5th_9, Unset):
            balance_net_off_on_5th_9 = UNSET
        else:
            balance_net_off_on_5th_9 = self.balance_net_off_on_5th_9

        balance_net_off_on_5th_10: float | None | Unset
        if isinstance(self.balance_net_off_on_5th_10, Unset):
            balance_net_off_on_5th_10 = UNSET
        else:
            balance_net_off_on_5th_10 = self.balance_net_off_on_5th_10

        balance_net_off_on_5th_11: float | None | Unset
        if isinstance(self.balance_net_off_on_5th_11, Unset):
            balance_net_off_on_5th_11 = UNSET
        else:
            balance_net_off_on_5th_11 = self.balance_net_off_on_5th_11

        balance_net_off_on_10th_6: float | None | Unset
        if isinstance(self.balance_net_off_on_10th_6, Unset):
            balance_net_off_on_10th_6 = UNSET
        else:
            balance_net_off_on_10th_6 = self.balance_net_off_on_10th_6

        balance_net_off_on_10th_7: float | None | Unset
        if isinstance(self.balance_net_off_on_10th_7, Unset):
            balance_net_off_on_10th_7 = UNSET
        else:
            balance_net_off_on_10th_7 = self.balance_net_off_on_10th_7

        balance_net_off_on_10th_8: float | None | Unset
        if isinstance(self.balance_net_off_on_10th_8, Unset):
            balance_net_off_on_10th_8 = UNSET
        else:
            balance_net_off_on_10th_8 = self.balance_net_off_on_10th_8

        balance_net_off_on_10th_9: float | None | Unset
        if isinstance(self.balance_net_off_on_10th_9, Unset):
            balance_net_off_on_10th_9 = UNSET
        else:
            balance_net_off_on_10th_9 = self.balance_net_off_on_10th_9

        balance_net_off_on_10th_10: float | None | Unset
        if isinstance(self.balance_net_off_on_10th_10, Unset):
            balance_net_off_on_10th_10 = UNSET
        else:
            balance_net_off_on_10th_10 = self.balance_net_off_on_10th_10

        balance_net_off_on_10th_11: float | None | Unset
        if isinstance(self.balance_net_off_on_10th_11, Unset):
            balance_net_off_on_10th_11 = UNSET
        else:
            balance_net_off_on_10th_11 = self.balance_net_off_on_10th_11

        balance_net_off_on_15th_6: float | None | Unset
        if isinstance(self.balance_net_off_on_15th_6, Unset):
            balance_net_off_on_15th_6 = UNSET
        else:
            balance_net_off_on_15th_6 = self.balance_net_off_on_15th_6

        balance_net_off_on_15th_7: float | None | Unset
        if isinstance(self.balance_net_off_on_15th_7, Unset):
            balance_net_off_on_15th_7 = UNSET
        else:
            balance_net_off_on_15th_7 = self.balance_net_off_on_15th_7

        balance_net_off_on_15th_8: float | None | Unset
        if isinstance(self.balance_net_off_on_15th_8, Unset):
            balance_net_off_on_15th_8 = UNSET
        else:
            balance_net_off_on_15th_8 = self.balance_net_off_on_15th_8

        balance_net_off_on_15th_9: float | None | Unset
        if isinstance(self.balance_net_off_on_15th_9, Unset):
            balance_net_off_on_15th_9 = UNSET
        else:
            balance_net_off_on_15th_9 = self.balance_net_off_on_15th_9

        balance_net_off_on_15th_10: float | None | Unset
        if isinstance(self.balance_net_off_on_15th_10, Unset):
            balance_net_off_on_15th_10 = UNSET
        else:
            balance_net_off_on_15th_10 = self.balance_net_off_on_15th_10

        balance_net_off_on_15th_11: float | None | Unset
        if isinstance(self.balance_net_off_on_15th_11, Unset):
            balance_net_off_on_15th_11 = UNSET
        else:
            balance_net_off_on_15th_11 = self.balance_net_off_on_15th_11

        balance_net_off_on_20th_6: float | None | Unset
        if isinstance(self.balance_net_off_on_20th_6, Unset):
            balance_net_off_on_20th_6 = UNSET
        else:
            balance_net_off_on_20th_6 = self.balance_net_off_on_20th_6

        balance_net_off_on_20th_7: float | None | Unset
        if isinstance(self.balance_net_off_on_20th_7, Unset):
            balance_net_off_on_20th_7 = UNSET
        else:
            balance_net_off_on_20th_7 = self.balance_net_off_on_20th_7

        balance_net_off_on_20th_8: float | None | Unset
        if isinstance(self.balance_net_off_on_20th_8, Unset):
            balance_net_off_on_20th_8 = UNSET
        else:
            balance_net_off_on_20th_8 = self.balance_net_off_on_20th_8

        balance_net_off_on_20th_9: float | None | Unset
        if isinstance(self.balance_net_off_on_20th_9, Unset):
            balance_net_off_on_20th_9 = UNSET
        else:
            balance_net_off_on_20th_9 = self.balance_net_off_on_20th_9

        balance_net_off_on_20th_10: float | None | Unset
        if isinstance(self.balance_net_off_on_20th_10, Unset):
            balance_net_off_on_20th_10 = UNSET
        else:
            balance_net_off_on_20th_10 = self.balance_net_off_on_20th_10

        balance_net_off_on_20th_11: float | None | Unset
        if isinstance(self.balance_net_off_on_20th_11, Unset):
            balance_net_off_on_20th_11 = UNSET
        else:
            balance_net_off_on_20th_11 = self.balance_net_off_on_20th_11

        balance_net_off_on_25th_6: float | None | Unset
        if isinstance(self.balance_net_off_on_25th_6, Unset):
            balance_net_off_on_25th_6 = UNSET
        else:
            balance_net_off_on_25th_6 = self.balance_net_off_on_25th_6

        balance_net_off_on_25th_7: float | None | Unset
        if isinstance(self.balance_net_off_on_25th_7, Unset):
            balance_net_off_on_25th_7 = UNSET
        else:
            balance_net_off_on_25th_7 = self.balance_net_off_on_25th_7

        balance_net_off_on_25th_8: float | None | Unset
        if isinstance(self.balance_net_off_on_25th_8, Unset):
            balance_net_off_on_25th_8 = UNSET
        else:
            balance_net_off_on_25th_8 = self.balance_net_off_on_25th_8

        balance_net_off_on_25th_9: float | None | Unset
        if isinstance(self.balance_net_off_on_25th_9, Unset):
            balance_net_off_on_25th_9 = UNSET
        else:
            balance_net_off_on_25th_9 = self.balance_net_off_on_25th_9

        balance_net_off_on_25th_10: float | None | Unset
        if isinstance(self.balance_net_off_on_25th_10, Unset):
            balance_net_off_on_25th_10 = UNSET
        else:
            balance_net_off_on_25th_10 = self.balance_net_off_on_25th_10

        balance_net_off_on_25th_11: float | None | Unset
        if isinstance(self.balance_net_off_on_25th_11, Unset):
            balance_net_off_on_25th_11 = UNSET
        else:
            balance_net_off_on_25th_11 = self.balance_net_off_on_25th_11

        balance_net_off_on_30th_6: float | None | Unset
        if isinstance(self.balance_net_off_on_30th_6, Unset):
            balance_net_off_on_30th_6 = UNSET
        else:
            balance_net_off_on_30th_6 = self.balance_net_off_on_30th_6

        balance_net_off_on_30th_7: float | None | Unset
        if isinstance(self.balance_net_off_on_30th_7, Unset):
            balance_net_off_on_30th_7 = UNSET
        else:
            balance_net_off_on_30th_7 = self.balance_net_off_on_30th_7

        balance_net_off_on_30th_8: float | None | Unset
        if isinstance(self.balance_net_off_on_30th_8, Unset):
            balance_net_off_on_30th_8 = UNSET
        else:
            balance_net_off_on_30th_8 = self.balance_net_off_on_30th_8

        balance_net_off_on_30th_9: float | None | Unset
        if isinstance(self.balance_net_off_on_30th_9, Unset):
            balance_net_off_on_30th_9 = UNSET
        else:
            balance_net_off_on_30th_9 = self.balance_net_off_on_30th_9

        balance_net_off_on_30th_10: float | None | Unset
        if isinstance(self.balance_net_off_on_30th_10, Unset):
            balance_net_off_on_30th_10 = UNSET
        else:
            balance_net_off_on_30th_10 = self.balance_net_off_on_30th_10

        balance_net_off_on_30th_11: float | None | Unset
        if isinstance(self.balance_net_off_on_30th_11, Unset):
            balance_net_off_on_30th_11 = UNSET
        else:
            balance_net_off_on_30th_11 = self.balance_net_off_on_30th_11

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
        if month_6 is not UNSET:
            field_dict["month_6"] = month_6
        if month_7 is not UNSET:
            field_dict["month_7"] = month_7
        if month_8 is not UNSET:
            field_dict["month_8"] = month_8
        if month_9 is not UNSET:
            field_dict["month_9"] = month_9
        if month_10 is not UNSET:
            field_dict["month_10"] = month_10
        if month_11 is not UNSET:
            field_dict["month_11"] = month_11
        if credits_6 is not UNSET:
            field_dict["credits_6"] = credits_6
        if credits_7 is not UNSET:
            field_dict["credits_7"] = credits_7
        if credits_8 is not UNSET:
            field_dict["credits_8"] = credits_8
        if credits_9 is not UNSET:
            field_dict["credits_9"] = credits_9
        if credits_10 is not UNSET:
            field_dict["credits_10"] = credits_10
        if credits_11 is not UNSET:
            field_dict["credits_11"] = credits_11
        if debitless_charges_6 is not UNSET:
            field_dict["debitless_charges_6"] = debitless_charges_6
        if debitless_charges_7 is not UNSET:
            field_dict["debitless_charges_7"] = debitless_charges_7
        if debitless_charges_8 is not UNSET:
            field_dict["debitless_charges_8"] = debitless_charges_8
        if debitless_charges_9 is not UNSET:
            field_dict["debitless_charges_9"] = debitless_charges_9
        if debitless_charges_10 is not UNSET:
            field_dict["debitless_charges_10"] = debitless_charges_10
        if debitless_charges_11 is not UNSET:
            field_dict["debitless_charges_11"] = debitless_charges_11
        if debits_6 is not UNSET:
            field_dict["debits_6"] = debits_6
        if debits_7 is not UNSET:
            field_dict["debits_7"] = debits_7
        if debits_8 is not UNSET:
            field_dict["debits_8"] = debits_8
        if debits_9 is not UNSET:
            field_dict["debits_9"] = debits_9
        if debits_10 is not UNSET:
            field_dict["debits_10"] = debits_10
        if debits_11 is not UNSET:
            field_dict["debits_11"] = debits_11
        if expense_6 is not UNSET:
            field_dict["expense_6"] = expense_6
        if expense_7 is not UNSET:
            field_dict["expense_7"] = expense_7
        if expense_8 is not UNSET:
            field_dict["expense_8"] = expense_8
        if expense_9 is not UNSET:
            field_dict["expense_9"] = expense_9
        if expense_10 is not UNSET:
            field_dict["expense_10"] = expense_10
        if expense_11 is not UNSET:
            field_dict["expense_11"] = expense_11
        if income_6 is not UNSET:
            field_dict["income_6"] = income_6
        if income_7 is not UNSET:
            field_dict["income_7"] = income_7
        if income_8 is not UNSET:
            field_dict["income_8"] = income_8
        if income_9 is not UNSET:
            field_dict["income_9"] = income_9
        if income_10 is not UNSET:
            field_dict["income_10"] = income_10
        if income_11 is not UNSET:
            field_dict["income_11"] = income_11
        if expense_to_income_ratio_6 is not UNSET:
            field_dict["expense_to_income_ratio_6"] = expense_to_income_ratio_6
        if expense_to_income_ratio_7 is not UNSET:
            field_dict["expense_to_income_ratio_7"] = expense_to_income_ratio_7
        if expense_to_income_ratio_8 is not UNSET:
            field_dict["expense_to_income_ratio_8"] = expense_to_income_ratio_8
        if expense_to_income_ratio_9 is not UNSET:
            field_dict["expense_to_income_ratio_9"] = expense_to_income_ratio_9
        if expense_to_income_ratio_10 is not UNSET:
            field_dict["expense_to_income_ratio_10"] = expense_to_income_ratio_10
        if expense_to_income_ratio_11 is not UNSET:
            field_dict["expense_to_income_ratio_11"] = expense_to_income_ratio_11
        if number_of_transactions_6 is not UNSET:
            field_dict["number_of_transactions_6"] = number_of_transactions_6
        if number_of_transactions_7 is not UNSET:
            field_dict["number_of_transactions_7"] = number_of_transactions_7
        if number_of_transactions_8 is not UNSET:
            field_dict["number_of_transactions_8"] = number_of_transactions_8
        if number_of_transactions_9 is not UNSET:
            field_dict["number_of_transactions_9"] = number_of_transactions_9
        if number_of_transactions_10 is not UNSET:
            field_dict["number_of_transactions_10"] = number_of_transactions_10
        if number_of_transactions_11 is not UNSET:
            field_dict["number_of_transactions_11"] = number_of_transactions_11
        if total_creditcard_payment_6 is not UNSET:
            field_dict["total_creditcard_payment_6"] = total_creditcard_payment_6
        if total_creditcard_payment_7 is not UNSET:
            field_dict["total_creditcard_payment_7"] = total_creditcard_payment_7
        if total_creditcard_payment_8 is not UNSET:
            field_dict["total_creditcard_payment_8"] = total_creditcard_payment_8
        if total_creditcard_payment_9 is not UNSET:
            field_dict["total_creditcard_payment_9"] = total_creditcard_payment_9
        if total_creditcard_payment_10 is not UNSET:
            field_dict["total_creditcard_payment_10"] = total_creditcard_payment_10
        if total_creditcard_payment_11 is not UNSET:
            field_dict["total_creditcard_payment_11"] = total_creditcard_payment_11
        if total_inward_payment_bounce_6 is not UNSET:
            field_dict["total_inward_payment_bounce_6"] = total_inward_payment_bounce_6
        if total_inward_payment_bounce_7 is not UNSET:
            field_dict["total_inward_payment_bounce_7"] = total_inward_payment_bounce_7
        if total_inward_payment_bounce_8 is not UNSET:
            field_dict["total_inward_payment_bounce_8"] = total_inward_payment_bounce_8
        if total_inward_payment_bounce_9 is not UNSET:
            field_dict["total_inward_payment_bounce_9"] = total_inward_payment_bounce_9
        if total_inward_payment_bounce_10 is not UNSET:
            field_dict["total_inward_payment_bounce_10"] = (
                total_inward_payment_bounce_10
            )
        if total_inward_payment_bounce_11 is not UNSET:
            field_dict["total_inward_payment_bounce_11"] = (
                total_inward_payment_bounce_11
            )
        if total_salary_6 is not UNSET:
            field_dict["total_salary_6"] = total_salary_6
        if total_salary_7 is not UNSET:
            field_dict["total_salary_7"] = total_salary_7
        if total_salary_8 is not UNSET:
            field_dict["total_salary_8"] = total_salary_8
        if total_salary_9 is not UNSET:
            field_dict["total_salary_9"] = total_salary_9
        if total_salary_10 is not UNSET:
            field_dict["total_salary_10"] = total_salary_10
        if total_salary_11 is not UNSET:
            field_dict["total_salary_11"] = total_salary_11
        if max_balance_6 is not UNSET:
            field_dict["max_balance_6"] = max_balance_6
        if max_balance_7 is not UNSET:
            field_dict["max_balance_7"] = max_balance_7
        if max_balance_8 is not UNSET:
            field_dict["max_balance_8"] = max_balance_8
        if max_balance_9 is not UNSET:
            field_dict["max_balance_9"] = max_balance_9
        if max_balance_10 is not UNSET:
            field_dict["max_balance_10"] = max_balance_10
        if max_balance_11 is not UNSET:
            field_dict["max_balance_11"] = max_balance_11
        if min_balance_6 is not UNSET:
            field_dict["min_balance_6"] = min_balance_6
        if min_balance_7 is not UNSET:
            field_dict["min_balance_7"] = min_balance_7
        if min_balance_8 is not UNSET:
            field_dict["min_balance_8"] = min_balance_8
        if min_balance_9 is not UNSET:
            field_dict["min_balance_9"] = min_balance_9
        if min_balance_10 is not UNSET:
            field_dict["min_balance_10"] = min_balance_10
        if min_balance_11 is not UNSET:
            field_dict["min_balance_11"] = min_balance_11
        if avg_balance_6 is not UNSET:
            field_dict["avg_balance_6"] = avg_balance_6
        if avg_balance_7 is not UNSET:
            field_dict["avg_balance_7"] = avg_balance_7
        if avg_balance_8 is not UNSET:
            field_dict["avg_balance_8"] = avg_balance_8
        if avg_balance_9 is not UNSET:
            field_dict["avg_balance_9"] = avg_balance_9
        if avg_balance_10 is not UNSET:
            field_dict["avg_balance_10"] = avg_balance_10
        if avg_balance_11 is not UNSET:
            field_dict["avg_balance_11"] = avg_balance_11
        if bal_last_6 is not UNSET:
            field_dict["bal_last_6"] = bal_last_6
        if bal_last_7 is not UNSET:
            field_dict["bal_last_7"] = bal_last_7
        if bal_last_8 is not UNSET:
            field_dict["bal_last_8"] = bal_last_8
        if bal_last_9 is not UNSET:
            field_dict["bal_last_9"] = bal_last_9
        if bal_last_10 is not UNSET:
            field_dict["bal_last_10"] = bal_last_10
        if bal_last_11 is not UNSET:
            field_dict["bal_last_11"] = bal_last_11
        if balance_on_10th_6 is not UNSET:
            field_dict["balance_on_10th_6"] = balance_on_10th_6
        if balance_on_10th_7 is not UNSET:
            field_dict["balance_on_10th_7"] = balance_on_10th_7
        if balance_on_10th_8 is not UNSET:
            field_dict["balance_on_10th_8"] = balance_on_10th_8
        if balance_on_10th_9 is not UNSET:
            field_dict["balance_on_10th_9"] = balance_on_10th_9
        if balance_on_10th_10 is not UNSET:
            field_dict["balance_on_10th_10"] = balance_on_10th_10
        if balance_on_10th_11 is not UNSET:
            field_dict["balance_on_10th_11"] = balance_on_10th_11
        if balance_on_15th_6 is not UNSET:
            field_dict["balance_on_15th_6"] = balance_on_15th_6
        if balance_on_15th_7 is not UNSET:
            field_dict["balance_on_15th_7"] = balance_on_15th_7
        if balance_on_15th_8 is not UNSET:
            field_dict["balance_on_15th_8"] = balance_on_15th_8
        if balance_on_15th_9 is not UNSET:
            field_dict["balance_on_15th_9"] = balance_on_15th_9
        if balance_on_15th_10 is not UNSET:
            field_dict["balance_on_15th_10"] = balance_on_15th_10
        if balance_on_15th_11 is not UNSET:
            field_dict["balance_on_15th_11"] = balance_on_15th_11
        if balance_on_1st_6 is not UNSET:
            field_dict["balance_on_1st_6"] = balance_on_1st_6
        if balance_on_1st_7 is not UNSET:
            field_dict["balance_on_1st_7"] = balance_on_1st_7
        if balance_on_1st_8 is not UNSET:
            field_dict["balance_on_1st_8"] = balance_on_1st_8
        if balance_on_1st_9 is not UNSET:
            field_dict["balance_on_1st_9"] = balance_on_1st_9
        if balance_on_1st_10 is not UNSET:
            field_dict["balance_on_1st_10"] = balance_on_1st_10
        if balance_on_1st_11 is not UNSET:
            field_dict["balance_on_1st_11"] = balance_on_1st_11
        if balance_on_20th_6 is not UNSET:
            field_dict["balance_on_20th_6"] = balance_on_20th_6
        if balance_on_20th_7 is not UNSET:
            field_dict["balance_on_20th_7"] = balance_on_20th_7
        if balance_on_20th_8 is not UNSET:
            field_dict["balance_on_20th_8"] = balance_on_20th_8
        if balance_on_20th_9 is not UNSET:
            field_dict["balance_on_20th_9"] = balance_on_20th_9
        if balance_on_20th_10 is not UNSET:
            field_dict["balance_on_20th_10"] = balance_on_20th_10
        if balance_on_20th_11 is not UNSET:
            field_dict["balance_on_20th_11"] = balance_on_20th_11
        if balance_on_25th_6 is not UNSET:
            field_dict["balance_on_25th_6"] = balance_on_25th_6
        if balance_on_25th_7 is not UNSET:
            field_dict["balance_on_25th_7"] = balance_on_25th_7
        if balance_on_25th_8 is not UNSET:
            field_dict["balance_on_25th_8"] = balance_on_25th_8
        if balance_on_25th_9 is not UNSET:
            field_dict["balance_on_25th_9"] = balance_on_25th_9
        if balance_on_25th_10 is not UNSET:
            field_dict["balance_on_25th_10"] = balance_on_25th_10
        if balance_on_25th_11 is not UNSET:
            field_dict["balance_on_25th_11"] = balance_on_25th_11
        if balance_on_30th_6 is not UNSET:
            field_dict["balance_on_30th_6"] = balance_on_30th_6
        if balance_on_30th_7 is not UNSET:
            field_dict["balance_on_30th_7"] = balance_on_30th_7
        if balance_on_30th_8 is not UNSET:
            field_dict["balance_on_30th_8"] = balance_on_30th_8
        if balance_on_30th_9 is not UNSET:
            field_dict["balance_on_30th_9"] = balance_on_30th_9
        if balance_on_30th_10 is not UNSET:
            field_dict["balance_on_30th_10"] = balance_on_30th_10
        if balance_on_30th_11 is not UNSET:
            field_dict["balance_on_30th_11"] = balance_on_30th_11
        if balance_on_5th_6 is not UNSET:
            field_dict["balance_on_5th_6"] = balance_on_5th_6
        if balance_on_5th_7 is not UNSET:
            field_dict["balance_on_5th_7"] = balance_on_5th_7
        if balance_on_5th_8 is not UNSET:
            field_dict["balance_on_5th_8"] = balance_on_5th_8
        if balance_on_5th_9 is not UNSET:
            field_dict["balance_on_5th_9"] = balance_on_5th_9
        if balance_on_5th_10 is not UNSET:
            field_dict["balance_on_5th_10"] = balance_on_5th_10
        if balance_on_5th_11 is not UNSET:
            field_dict["balance_on_5th_11"] = balance_on_5th_11
        if bal_avgof_6dates_6 is not UNSET:
            field_dict["bal_avgof_6dates_6"] = bal_avgof_6dates_6
        if bal_avgof_6dates_7 is not UNSET:
            field_dict["bal_avgof_6dates_7"] = bal_avgof_6dates_7
        if bal_avgof_6dates_8 is not UNSET:
            field_dict["bal_avgof_6dates_8"] = bal_avgof_6dates_8
        if bal_avgof_6dates_9 is not UNSET:
            field_dict["bal_avgof_6dates_9"] = bal_avgof_6dates_9
        if bal_avgof_6dates_10 is not UNSET:
            field_dict["bal_avgof_6dates_10"] = bal_avgof_6dates_10
        if bal_avgof_6dates_11 is not UNSET:
            field_dict["bal_avgof_6dates_11"] = bal_avgof_6dates_11
        if balance_net_off_on_1st_6 is not UNSET:
            field_dict["balance_net_off_on_1st_6"] = balance_net_off_on_1st_6
        if balance_net_off_on_1st_7 is not UNSET:
            field_dict["balance_net_off_on_1st_7"] = balance_net_off_on_1st_7
        if balance_net_off_on_1st_8 is not UNSET:
            field_dict["balance_net_off_on_1st_8"] = balance_net_off_on_1st_8
        if balance_net_off_on_1st_9 is not UNSET:
            field_dict["balance_net_off_on_1st_9"] = balance_net_off_on_1st_9
        if balance_net_off_on_1st_10 is not UNSET:
            field_dict["balance_net_off_on_1st_10"] = balance_net_off_on_1st_10
        if balance_net_off_on_1st_11 is not UNSET:
            field_dict["balance_net_off_on_1st_11"] = balance_net_off_on_1st_11
        if balance_net_off_on_5th_6 is not UNSET:
            field_dict["balance_net_off_on_5th_6"] = balance_net_off_on_5th_6
        if balance_net_off_on_5th_7 is not UNSET:
            field_dict["balance_net_off_on_5th_7"] = balance_net_off_on_5th_7
        if balance_net_off_on_5th_8 is not UNSET:
            field_dict["balance_net_off_on_5th_8"] = balance_net_off_on_5th_8
        if balance_net_off_on_5th_9 is not UNSET:
            field_dict["balance_net_off_on_5th_9"] = balance_net_off_on_5th_9
        if balance_net_off_on_5th_10 is not UNSET:
            field_dict["balance_net_off_on_5th_10"] = balance_net_off_on_5th_10
        if balance_net_off_on_5th_11 is not UNSET:
            field_dict["balance_net_off_on_5th_11"] = balance_net_off_on_5th_11
        if balance_net_off_on_10th_6 is not UNSET:
            field_dict["balance_net_off_on_10th_6"] = balance_net_off_on_10th_6
        if balance_net_off_on_10th_7 is not UNSET:
            field_dict["balance_net_off_on_10th_7"] = balance_net_off_on_10th_7
        if balance_net_off_on_10th_8 is not UNSET:
            field_dict["balance_net_off_on_10th_8"] = balance_net_off_on_10th_8
        if balance_net_off_on_10th_9 is not UNSET:
            field_dict["balance_net_off_on_10th_9"] = balance_net_off_on_10th_9
        if balance_net_off_on_10th_10 is not UNSET:
            field_dict["balance_net_off_on_10th_10"] = balance_net_off_on_10th_10
        if balance_net_off_on_10th_11 is not UNSET:
            field_dict["balance_net_off_on_10th_11"] = balance_net_off_on_10th_11
        if balance_net_off_on_15th_6 is not UNSET:
            field_dict["balance_net_off_on_15th_6"] = balance_net_off_on_15th_6
        if balance_net_off_on_15th_7 is not UNSET:
            field_dict["balance_net_off_on_15th_7"] = balance_net_off_on_15th_7
        if balance_net_off_on_15th_8 is not UNSET:
            field_dict["balance_net_off_on_15th_8"] = balance_net_off_on_15th_8
        if balance_net_off_on_15th_9 is not UNSET:
            field_dict["balance_net_off_on_15th_9"] = balance_net_off_on_15th_9
        if balance_net_off_on_15th_10 is not UNSET:
            field_dict["balance_net_off_on_15th_10"] = balance_net_off_on_15th_10
        if balance_net_off_on_15th_11 is not UNSET:
            field_dict["balance_net_off_on_15th_11"] = balance_net_off_on_15th_11
        if balance_net_off_on_20th_6 is not UNSET:
            field_dict["balance_net_off_on_20th_6"] = balance_net_off_on_20th_6
        if balance_net_off_on_20th_7 is not UNSET:
            field_dict["balance_net_off_on_20th_7"] = balance_net_off_on_20th_7
        if balance_net_off_on_20th_8 is not UNSET:
            field_dict["balance_net_off_on_20th_8"] = balance_net_off_on_20th_8
        if balance_net_off_on_20th_9 is not UNSET:
            field_dict["balance_net_off_on_20th_9"] = balance_net_off_on_20th_9
        if balance_net_off_on_20th_10 is not UNSET:
            field_dict["balance_net_off_on_20th_10"] = balance_net_off_on_20th_10
        if balance_net_off_on_20th_11 is not UNSET:
            field_dict["balance_net_off_on_20th_11"] = balance_net_off_on_20th_11
        if balance_net_off_on_25th_6 is not UNSET:
            field_dict["balance_net_off_on_25th_6"] = balance_net_off_on_25th_6
        if balance_net_off_on_25th_7 is not UNSET:
            field_dict["balance_net_off_on_25th_7"] = balance_net_off_on_25th_7
        if balance_net_off_on_25th_8 is not UNSET:
            field_dict["balance_net_off_on_25th_8"] = balance_net_off_on_25th_8
        if balance_net_off_on_25th_9 is not UNSET:
            field_dict["balance_net_off_on_25th_9"] = balance_net_off_on_25th_9
        if balance_net_off_on_25th_10 is not UNSET:
            field_dict["balance_net_off_on_25th_10"] = balance_net_off_on_25th_10
        if balance_net_off_on_25th_11 is not UNSET:
            field_dict["balance_net_off_on_25th_11"] = balance_net_off_on_25th_11
        if balance_net_off_on_30th_6 is not UNSET:
            field_dict["balance_net_off_on_30th_6"] = balance_net_off_on_30th_6
        if balance_net_off_on_30th_7 is not UNSET:
            field_dict["balance_net_off_on_30th_7"] = balance_net_off_on_30th_7
        if balance_net_off_on_30th_8 is not UNSET:
            field_dict["balance_net_off_on_30th_8"] = balance_net_off_on_30th_8
        if balance_net_off_on_30th_9 is not UNSET:
            field_dict["balance_net_off_on_30th_9"] = balance_net_off_on_30th_9
        if balance_net_off_on_30th_10 is not UNSET:
            field_dict["balance_net_off_on_30th_10"] = balance_net_off_on_30th_10
        if balance_net_off_on_30th_11 is not UNSET:
            field_dict["balance_net_off_on_30th_11"] = balance_net_off_on_30th_11

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

            def _parse_accountnumber(data: object) -> int | None | str:
                if data is None:
                    return data
                return cast(int | None | str, data)

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

            _at = "month_6"

            def _parse_month_6(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            month_6 = _parse_month_6(d.get("month_6", UNSET))

            _at = "month_7"

            def _parse_month_7(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            month_7 = _parse_month_7(d.get("month_7", UNSET))

            _at = "month_8"

            def _parse_month_8(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            month_8 = _parse_month_8(d.get("month_8", UNSET))

            _at = "month_9"

            def _parse_month_9(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            month_9 = _parse_month_9(d.get("month_9", UNSET))

            _at = "month_10"

            def _parse_month_10(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            month_10 = _parse_month_10(d.get("month_10", UNSET))

            _at = "month_11"

            def _parse_month_11(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            month_11 = _parse_month_11(d.get("month_11", UNSET))

            _at = "credits_6"

            def _parse_credits_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            credits_6 = _parse_credits_6(d.get("credits_6", UNSET))

            _at = "credits_7"

            def _parse_credits_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            credits_7 = _parse_credits_7(d.get("credits_7", UNSET))

            _at = "credits_8"

            def _parse_credits_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            credits_8 = _parse_credits_8(d.get("credits_8", UNSET))

            _at = "credits_9"

            def _parse_credits_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            credits_9 = _parse_credits_9(d.get("credits_9", UNSET))

            _at = "credits_10"

            def _parse_credits_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            credits_10 = _parse_credits_10(d.get("credits_10", UNSET))

            _at = "credits_11"

            def _parse_credits_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            credits_11 = _parse_credits_11(d.get("credits_11", UNSET))

            _at = "debitless_charges_6"

            def _parse_debitless_charges_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debitless_charges_6 = _parse_debitless_charges_6(
                d.get("debitless_charges_6", UNSET)
            )

            _at = "debitless_charges_7"

            def _parse_debitless_charges_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debitless_charges_7 = _parse_debitless_charges_7(
                d.get("debitless_charges_7", UNSET)
            )

            _at = "debitless_charges_8"

            def _parse_debitless_charges_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debitless_charges_8 = _parse_debitless_charges_8(
                d.get("debitless_charges_8", UNSET)
            )

            _at = "debitless_charges_9"

            def _parse_debitless_charges_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debitless_charges_9 = _parse_debitless_charges_9(
                d.get("debitless_charges_9", UNSET)
            )

            _at = "debitless_charges_10"

            def _parse_debitless_charges_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debitless_charges_10 = _parse_debitless_charges_10(
                d.get("debitless_charges_10", UNSET)
            )

            _at = "debitless_charges_11"

            def _parse_debitless_charges_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debitless_charges_11 = _parse_debitless_charges_11(
                d.get("debitless_charges_11", UNSET)
            )

            _at = "debits_6"

            def _parse_debits_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debits_6 = _parse_debits_6(d.get("debits_6", UNSET))

            _at = "debits_7"

            def _parse_debits_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debits_7 = _parse_debits_7(d.get("debits_7", UNSET))

            _at = "debits_8"

            def _parse_debits_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debits_8 = _parse_debits_8(d.get("debits_8", UNSET))

            _at = "debits_9"

            def _parse_debits_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debits_9 = _parse_debits_9(d.get("debits_9", UNSET))

            _at = "debits_10"

            def _parse_debits_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debits_10 = _parse_debits_10(d.get("debits_10", UNSET))

            _at = "debits_11"

            def _parse_debits_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            debits_11 = _parse_debits_11(d.get("debits_11", UNSET))

            _at = "expense_6"

            def _parse_expense_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_6 = _parse_expense_6(d.get("expense_6", UNSET))

            _at = "expense_7"

            def _parse_expense_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_7 = _parse_expense_7(d.get("expense_7", UNSET))

            _at = "expense_8"

            def _parse_expense_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_8 = _parse_expense_8(d.get("expense_8", UNSET))

            _at = "expense_9"

            def _parse_expense_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_9 = _parse_expense_9(d.get("expense_9", UNSET))

            _at = "expense_10"

            def _parse_expense_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_10 = _parse_expense_10(d.get("expense_10", UNSET))

            _at = "expense_11"

            def _parse_expense_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_11 = _parse_expense_11(d.get("expense_11", UNSET))

            _at = "income_6"

            def _parse_income_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            income_6 = _parse_income_6(d.get("income_6", UNSET))

            _at = "income_7"

            def _parse_income_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            income_7 = _parse_income_7(d.get("income_7", UNSET))

            _at = "income_8"

            def _parse_income_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            income_8 = _parse_income_8(d.get("income_8", UNSET))

            _at = "income_9"

            def _parse_income_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            income_9 = _parse_income_9(d.get("income_9", UNSET))

            _at = "income_10"

            def _parse_income_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            income_10 = _parse_income_10(d.get("income_10", UNSET))

            _at = "income_11"

            def _parse_income_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            income_11 = _parse_income_11(d.get("income_11", UNSET))

            _at = "expense_to_income_ratio_6"

            def _parse_expense_to_income_ratio_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_to_income_ratio_6 = _parse_expense_to_income_ratio_6(
                d.get("expense_to_income_ratio_6", UNSET)
            )

            _at = "expense_to_income_ratio_7"

            def _parse_expense_to_income_ratio_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_to_income_ratio_7 = _parse_expense_to_income_ratio_7(
                d.get("expense_to_income_ratio_7", UNSET)
            )

            _at = "expense_to_income_ratio_8"

            def _parse_expense_to_income_ratio_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_to_income_ratio_8 = _parse_expense_to_income_ratio_8(
                d.get("expense_to_income_ratio_8", UNSET)
            )

            _at = "expense_to_income_ratio_9"

            def _parse_expense_to_income_ratio_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_to_income_ratio_9 = _parse_expense_to_income_ratio_9(
                d.get("expense_to_income_ratio_9", UNSET)
            )

            _at = "expense_to_income_ratio_10"

            def _parse_expense_to_income_ratio_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_to_income_ratio_10 = _parse_expense_to_income_ratio_10(
                d.get("expense_to_income_ratio_10", UNSET)
            )

            _at = "expense_to_income_ratio_11"

            def _parse_expense_to_income_ratio_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            expense_to_income_ratio_11 = _parse_expense_to_income_ratio_11(
                d.get("expense_to_income_ratio_11", UNSET)
            )

            _at = "number_of_transactions_6"

            def _parse_number_of_transactions_6(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            number_of_transactions_6 = _parse_number_of_transactions_6(
                d.get("number_of_transactions_6", UNSET)
            )

            _at = "number_of_transactions_7"

            def _parse_number_of_transactions_7(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            number_of_transactions_7 = _parse_number_of_transactions_7(
                d.get("number_of_transactions_7", UNSET)
            )

            _at = "number_of_transactions_8"

            def _parse_number_of_transactions_8(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            number_of_transactions_8 = _parse_number_of_transactions_8(
                d.get("number_of_transactions_8", UNSET)
            )

            _at = "number_of_transactions_9"

            def _parse_number_of_transactions_9(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            number_of_transactions_9 = _parse_number_of_transactions_9(
                d.get("number_of_transactions_9", UNSET)
            )

            _at = "number_of_transactions_10"

            def _parse_number_of_transactions_10(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            number_of_transactions_10 = _parse_number_of_transactions_10(
                d.get("number_of_transactions_10", UNSET)
            )

            _at = "number_of_transactions_11"

            def _parse_number_of_transactions_11(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            number_of_transactions_11 = _parse_number_of_transactions_11(
                d.get("number_of_transactions_11", UNSET)
            )

            _at = "total_creditcard_payment_6"

            def _parse_total_creditcard_payment_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_creditcard_payment_6 = _parse_total_creditcard_payment_6(
                d.get("total_creditcard_payment_6", UNSET)
            )

            _at = "total_creditcard_payment_7"

            def _parse_total_creditcard_payment_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_creditcard_payment_7 = _parse_total_creditcard_payment_7(
                d.get("total_creditcard_payment_7", UNSET)
            )

            _at = "total_creditcard_payment_8"

            def _parse_total_creditcard_payment_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_creditcard_payment_8 = _parse_total_creditcard_payment_8(
                d.get("total_creditcard_payment_8", UNSET)
            )

            _at = "total_creditcard_payment_9"

            def _parse_total_creditcard_payment_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_creditcard_payment_9 = _parse_total_creditcard_payment_9(
                d.get("total_creditcard_payment_9", UNSET)
            )

            _at = "total_creditcard_payment_10"

            def _parse_total_creditcard_payment_10(
                data: object,
            ) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_creditcard_payment_10 = _parse_total_creditcard_payment_10(
                d.get("total_creditcard_payment_10", UNSET)
            )

            _at = "total_creditcard_payment_11"

            def _parse_total_creditcard_payment_11(
                data: object,
            ) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_creditcard_payment_11 = _parse_total_creditcard_payment_11(
                d.get("total_creditcard_payment_11", UNSET)
            )

            _at = "total_inward_payment_bounce_6"

            def _parse_total_inward_payment_bounce_6(
                data: object,
            ) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_inward_payment_bounce_6 = _parse_total_inward_payment_bounce_6(
                d.get("total_inward_payment_bounce_6", UNSET)
            )

            _at = "total_inward_payment_bounce_7"

            def _parse_total_inward_payment_bounce_7(
                data: object,
            ) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_inward_payment_bounce_7 = _parse_total_inward_payment_bounce_7(
                d.get("total_inward_payment_bounce_7", UNSET)
            )

            _at = "total_inward_payment_bounce_8"

            def _parse_total_inward_payment_bounce_8(
                data: object,
            ) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_inward_payment_bounce_8 = _parse_total_inward_payment_bounce_8(
                d.get("total_inward_payment_bounce_8", UNSET)
            )

            _at = "total_inward_payment_bounce_9"

            def _parse_total_inward_payment_bounce_9(
                data: object,
            ) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_inward_payment_bounce_9 = _parse_total_inward_payment_bounce_9(
                d.get("total_inward_payment_bounce_9", UNSET)
            )

            _at = "total_inward_payment_bounce_10"

            def _parse_total_inward_payment_bounce_10(
                data: object,
            ) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_inward_payment_bounce_10 = _parse_total_inward_payment_bounce_10(
                d.get("total_inward_payment_bounce_10", UNSET)
            )

            _at = "total_inward_payment_bounce_11"

            def _parse_total_inward_payment_bounce_11(
                data: object,
            ) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_inward_payment_bounce_11 = _parse_total_inward_payment_bounce_11(
                d.get("total_inward_payment_bounce_11", UNSET)
            )

            _at = "total_salary_6"

            def _parse_total_salary_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_salary_6 = _parse_total_salary_6(d.get("total_salary_6", UNSET))

            _at = "total_salary_7"

            def _parse_total_salary_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_salary_7 = _parse_total_salary_7(d.get("total_salary_7", UNSET))

            _at = "total_salary_8"

            def _parse_total_salary_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_salary_8 = _parse_total_salary_8(d.get("total_salary_8", UNSET))

            _at = "total_salary_9"

            def _parse_total_salary_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_salary_9 = _parse_total_salary_9(d.get("total_salary_9", UNSET))

            _at = "total_salary_10"

            def _parse_total_salary_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_salary_10 = _parse_total_salary_10(d.get("total_salary_10", UNSET))

            _at = "total_salary_11"

            def _parse_total_salary_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total_salary_11 = _parse_total_salary_11(d.get("total_salary_11", UNSET))

            _at = "max_balance_6"

            def _parse_max_balance_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            max_balance_6 = _parse_max_balance_6(d.get("max_balance_6", UNSET))

            _at = "max_balance_7"

            def _parse_max_balance_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            max_balance_7 = _parse_max_balance_7(d.get("max_balance_7", UNSET))

            _at = "max_balance_8"

            def _parse_max_balance_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            max_balance_8 = _parse_max_balance_8(d.get("max_balance_8", UNSET))

            _at = "max_balance_9"

            def _parse_max_balance_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            max_balance_9 = _parse_max_balance_9(d.get("max_balance_9", UNSET))

            _at = "max_balance_10"

            def _parse_max_balance_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            max_balance_10 = _parse_max_balance_10(d.get("max_balance_10", UNSET))

            _at = "max_balance_11"

            def _parse_max_balance_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            max_balance_11 = _parse_max_balance_11(d.get("max_balance_11", UNSET))

            _at = "min_balance_6"

            def _parse_min_balance_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            min_balance_6 = _parse_min_balance_6(d.get("min_balance_6", UNSET))

            _at = "min_balance_7"

            def _parse_min_balance_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            min_balance_7 = _parse_min_balance_7(d.get("min_balance_7", UNSET))

            _at = "min_balance_8"

            def _parse_min_balance_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            min_balance_8 = _parse_min_balance_8(d.get("min_balance_8", UNSET))

            _at = "min_balance_9"

            def _parse_min_balance_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            min_balance_9 = _parse_min_balance_9(d.get("min_balance_9", UNSET))

            _at = "min_balance_10"

            def _parse_min_balance_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            min_balance_10 = _parse_min_balance_10(d.get("min_balance_10", UNSET))

            _at = "min_balance_11"

            def _parse_min_balance_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            min_balance_11 = _parse_min_balance_11(d.get("min_balance_11", UNSET))

            _at = "avg_balance_6"

            def _parse_avg_balance_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            avg_balance_6 = _parse_avg_balance_6(d.get("avg_balance_6", UNSET))

            _at = "avg_balance_7"

            def _parse_avg_balance_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            avg_balance_7 = _parse_avg_balance_7(d.get("avg_balance_7", UNSET))

            _at = "avg_balance_8"

            def _parse_avg_balance_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            avg_balance_8 = _parse_avg_balance_8(d.get("avg_balance_8", UNSET))

            _at = "avg_balance_9"

            def _parse_avg_balance_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            avg_balance_9 = _parse_avg_balance_9(d.get("avg_balance_9", UNSET))

            _at = "avg_balance_10"

            def _parse_avg_balance_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            avg_balance_10 = _parse_avg_balance_10(d.get("avg_balance_10", UNSET))

            _at = "avg_balance_11"

            def _parse_avg_balance_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            avg_balance_11 = _parse_avg_balance_11(d.get("avg_balance_11", UNSET))

            _at = "bal_last_6"

            def _parse_bal_last_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_last_6 = _parse_bal_last_6(d.get("bal_last_6", UNSET))

            _at = "bal_last_7"

            def _parse_bal_last_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_last_7 = _parse_bal_last_7(d.get("bal_last_7", UNSET))

            _at = "bal_last_8"

            def _parse_bal_last_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_last_8 = _parse_bal_last_8(d.get("bal_last_8", UNSET))

            _at = "bal_last_9"

            def _parse_bal_last_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_last_9 = _parse_bal_last_9(d.get("bal_last_9", UNSET))

            _at = "bal_last_10"

            def _parse_bal_last_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_last_10 = _parse_bal_last_10(d.get("bal_last_10", UNSET))

            _at = "bal_last_11"

            def _parse_bal_last_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_last_11 = _parse_bal_last_11(d.get("bal_last_11", UNSET))

            _at = "balance_on_10th_6"

            def _parse_balance_on_10th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_10th_6 = _parse_balance_on_10th_6(
                d.get("balance_on_10th_6", UNSET)
            )

            _at = "balance_on_10th_7"

            def _parse_balance_on_10th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_10th_7 = _parse_balance_on_10th_7(
                d.get("balance_on_10th_7", UNSET)
            )

            _at = "balance_on_10th_8"

            def _parse_balance_on_10th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_10th_8 = _parse_balance_on_10th_8(
                d.get("balance_on_10th_8", UNSET)
            )

            _at = "balance_on_10th_9"

            def _parse_balance_on_10th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_10th_9 = _parse_balance_on_10th_9(
                d.get("balance_on_10th_9", UNSET)
            )

            _at = "balance_on_10th_10"

            def _parse_balance_on_10th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_10th_10 = _parse_balance_on_10th_10(
                d.get("balance_on_10th_10", UNSET)
            )

            _at = "balance_on_10th_11"

            def _parse_balance_on_10th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_10th_11 = _parse_balance_on_10th_11(
                d.get("balance_on_10th_11", UNSET)
            )

            _at = "balance_on_15th_6"

            def _parse_balance_on_15th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_15th_6 = _parse_balance_on_15th_6(
                d.get("balance_on_15th_6", UNSET)
            )

            _at = "balance_on_15th_7"

            def _parse_balance_on_15th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_15th_7 = _parse_balance_on_15th_7(
                d.get("balance_on_15th_7", UNSET)
            )

            _at = "balance_on_15th_8"

            def _parse_balance_on_15th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_15th_8 = _parse_balance_on_15th_8(
                d.get("balance_on_15th_8", UNSET)
            )

            _at = "balance_on_15th_9"

            def _parse_balance_on_15th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_15th_9 = _parse_balance_on_15th_9(
                d.get("balance_on_15th_9", UNSET)
            )

            _at = "balance_on_15th_10"

            def _parse_balance_on_15th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_15th_10 = _parse_balance_on_15th_10(
                d.get("balance_on_15th_10", UNSET)
            )

            _at = "balance_on_15th_11"

            def _parse_balance_on_15th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_15th_11 = _parse_balance_on_15th_11(
                d.get("balance_on_15th_11", UNSET)
            )

            _at = "balance_on_1st_6"

            def _parse_balance_on_1st_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_1st_6 = _parse_balance_on_1st_6(d.get("balance_on_1st_6", UNSET))

            _at = "balance_on_1st_7"

            def _parse_balance_on_1st_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_1st_7 = _parse_balance_on_1st_7(d.get("balance_on_1st_7", UNSET))

            _at = "balance_on_1st_8"

            def _parse_balance_on_1st_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_1st_8 = _parse_balance_on_1st_8(d.get("balance_on_1st_8", UNSET))

            _at = "balance_on_1st_9"

            def _parse_balance_on_1st_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_1st_9 = _parse_balance_on_1st_9(d.get("balance_on_1st_9", UNSET))

            _at = "balance_on_1st_10"

            def _parse_balance_on_1st_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_1st_10 = _parse_balance_on_1st_10(
                d.get("balance_on_1st_10", UNSET)
            )

            _at = "balance_on_1st_11"

            def _parse_balance_on_1st_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_1st_11 = _parse_balance_on_1st_11(
                d.get("balance_on_1st_11", UNSET)
            )

            _at = "balance_on_20th_6"

            def _parse_balance_on_20th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_20th_6 = _parse_balance_on_20th_6(
                d.get("balance_on_20th_6", UNSET)
            )

            _at = "balance_on_20th_7"

            def _parse_balance_on_20th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_20th_7 = _parse_balance_on_20th_7(
                d.get("balance_on_20th_7", UNSET)
            )

            _at = "balance_on_20th_8"

            def _parse_balance_on_20th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_20th_8 = _parse_balance_on_20th_8(
                d.get("balance_on_20th_8", UNSET)
            )

            _at = "balance_on_20th_9"

            def _parse_balance_on_20th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_20th_9 = _parse_balance_on_20th_9(
                d.get("balance_on_20th_9", UNSET)
            )

            _at = "balance_on_20th_10"

            def _parse_balance_on_20th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_20th_10 = _parse_balance_on_20th_10(
                d.get("balance_on_20th_10", UNSET)
            )

            _at = "balance_on_20th_11"

            def _parse_balance_on_20th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_20th_11 = _parse_balance_on_20th_11(
                d.get("balance_on_20th_11", UNSET)
            )

            _at = "balance_on_25th_6"

            def _parse_balance_on_25th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_25th_6 = _parse_balance_on_25th_6(
                d.get("balance_on_25th_6", UNSET)
            )

            _at = "balance_on_25th_7"

            def _parse_balance_on_25th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_25th_7 = _parse_balance_on_25th_7(
                d.get("balance_on_25th_7", UNSET)
            )

            _at = "balance_on_25th_8"

            def _parse_balance_on_25th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_25th_8 = _parse_balance_on_25th_8(
                d.get("balance_on_25th_8", UNSET)
            )

            _at = "balance_on_25th_9"

            def _parse_balance_on_25th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_25th_9 = _parse_balance_on_25th_9(
                d.get("balance_on_25th_9", UNSET)
            )

            _at = "balance_on_25th_10"

            def _parse_balance_on_25th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_25th_10 = _parse_balance_on_25th_10(
                d.get("balance_on_25th_10", UNSET)
            )

            _at = "balance_on_25th_11"

            def _parse_balance_on_25th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_25th_11 = _parse_balance_on_25th_11(
                d.get("balance_on_25th_11", UNSET)
            )

            _at = "balance_on_30th_6"

            def _parse_balance_on_30th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_30th_6 = _parse_balance_on_30th_6(
                d.get("balance_on_30th_6", UNSET)
            )

            _at = "balance_on_30th_7"

            def _parse_balance_on_30th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_30th_7 = _parse_balance_on_30th_7(
                d.get("balance_on_30th_7", UNSET)
            )

            _at = "balance_on_30th_8"

            def _parse_balance_on_30th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_30th_8 = _parse_balance_on_30th_8(
                d.get("balance_on_30th_8", UNSET)
            )

            _at = "balance_on_30th_9"

            def _parse_balance_on_30th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_30th_9 = _parse_balance_on_30th_9(
                d.get("balance_on_30th_9", UNSET)
            )

            _at = "balance_on_30th_10"

            def _parse_balance_on_30th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_30th_10 = _parse_balance_on_30th_10(
                d.get("balance_on_30th_10", UNSET)
            )

            _at = "balance_on_30th_11"

            def _parse_balance_on_30th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_30th_11 = _parse_balance_on_30th_11(
                d.get("balance_on_30th_11", UNSET)
            )

            _at = "balance_on_5th_6"

            def _parse_balance_on_5th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_5th_6 = _parse_balance_on_5th_6(d.get("balance_on_5th_6", UNSET))

            _at = "balance_on_5th_7"

            def _parse_balance_on_5th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_5th_7 = _parse_balance_on_5th_7(d.get("balance_on_5th_7", UNSET))

            _at = "balance_on_5th_8"

            def _parse_balance_on_5th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_5th_8 = _parse_balance_on_5th_8(d.get("balance_on_5th_8", UNSET))

            _at = "balance_on_5th_9"

            def _parse_balance_on_5th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_5th_9 = _parse_balance_on_5th_9(d.get("balance_on_5th_9", UNSET))

            _at = "balance_on_5th_10"

            def _parse_balance_on_5th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_5th_10 = _parse_balance_on_5th_10(
                d.get("balance_on_5th_10", UNSET)
            )

            _at = "balance_on_5th_11"

            def _parse_balance_on_5th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_on_5th_11 = _parse_balance_on_5th_11(
                d.get("balance_on_5th_11", UNSET)
            )

            _at = "bal_avgof_6dates_6"

            def _parse_bal_avgof_6dates_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_avgof_6dates_6 = _parse_bal_avgof_6dates_6(
                d.get("bal_avgof_6dates_6", UNSET)
            )

            _at = "bal_avgof_6dates_7"

            def _parse_bal_avgof_6dates_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_avgof_6dates_7 = _parse_bal_avgof_6dates_7(
                d.get("bal_avgof_6dates_7", UNSET)
            )

            _at = "bal_avgof_6dates_8"

            def _parse_bal_avgof_6dates_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_avgof_6dates_8 = _parse_bal_avgof_6dates_8(
                d.get("bal_avgof_6dates_8", UNSET)
            )

            _at = "bal_avgof_6dates_9"

            def _parse_bal_avgof_6dates_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_avgof_6dates_9 = _parse_bal_avgof_6dates_9(
                d.get("bal_avgof_6dates_9", UNSET)
            )

            _at = "bal_avgof_6dates_10"

            def _parse_bal_avgof_6dates_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_avgof_6dates_10 = _parse_bal_avgof_6dates_10(
                d.get("bal_avgof_6dates_10", UNSET)
            )

            _at = "bal_avgof_6dates_11"

            def _parse_bal_avgof_6dates_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            bal_avgof_6dates_11 = _parse_bal_avgof_6dates_11(
                d.get("bal_avgof_6dates_11", UNSET)
            )

            _at = "balance_net_off_on_1st_6"

            def _parse_balance_net_off_on_1st_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_1st_6 = _parse_balance_net_off_on_1st_6(
                d.get("balance_net_off_on_1st_6", UNSET)
            )

            _at = "balance_net_off_on_1st_7"

            def _parse_balance_net_off_on_1st_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_1st_7 = _parse_balance_net_off_on_1st_7(
                d.get("balance_net_off_on_1st_7", UNSET)
            )

            _at = "balance_net_off_on_1st_8"

            def _parse_balance_net_off_on_1st_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_1st_8 = _parse_balance_net_off_on_1st_8(
                d.get("balance_net_off_on_1st_8", UNSET)
            )

            _at = "balance_net_off_on_1st_9"

            def _parse_balance_net_off_on_1st_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_1st_9 = _parse_balance_net_off_on_1st_9(
                d.get("balance_net_off_on_1st_9", UNSET)
            )

            _at = "balance_net_off_on_1st_10"

            def _parse_balance_net_off_on_1st_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_1st_10 = _parse_balance_net_off_on_1st_10(
                d.get("balance_net_off_on_1st_10", UNSET)
            )

            _at = "balance_net_off_on_1st_11"

            def _parse_balance_net_off_on_1st_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_1st_11 = _parse_balance_net_off_on_1st_11(
                d.get("balance_net_off_on_1st_11", UNSET)
            )

            _at = "balance_net_off_on_5th_6"

            def _parse_balance_net_off_on_5th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_5th_6 = _parse_balance_net_off_on_5th_6(
                d.get("balance_net_off_on_5th_6", UNSET)
            )

            _at = "balance_net_off_on_5th_7"

            def _parse_balance_net_off_on_5th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_5th_7 = _parse_balance_net_off_on_5th_7(
                d.get("balance_net_off_on_5th_7", UNSET)
            )

            _at = "balance_net_off_on_5th_8"

            def _parse_balance_net_off_on_5th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_5th_8 = _parse_balance_net_off_on_5th_8(
                d.get("balance_net_off_on_5th_8", UNSET)
            )

            _at = "balance_net_off_on_5th_9"

            def _parse_balance_net_off_on_5th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_5th_9 = _parse_balance_net_off_on_5th_9(
                d.get("balance_net_off_on_5th_9", UNSET)
            )

            _at = "balance_net_off_on_5th_10"

            def _parse_balance_net_off_on_5th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_5th_10 = _parse_balance_net_off_on_5th_10(
                d.get("balance_net_off_on_5th_10", UNSET)
            )

            _at = "balance_net_off_on_5th_11"

            def _parse_balance_net_off_on_5th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_5th_11 = _parse_balance_net_off_on_5th_11(
                d.get("balance_net_off_on_5th_11", UNSET)
            )

            _at = "balance_net_off_on_10th_6"

            def _parse_balance_net_off_on_10th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_10th_6 = _parse_balance_net_off_on_10th_6(
                d.get("balance_net_off_on_10th_6", UNSET)
            )

            _at = "balance_net_off_on_10th_7"

            def _parse_balance_net_off_on_10th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_10th_7 = _parse_balance_net_off_on_10th_7(
                d.get("balance_net_off_on_10th_7", UNSET)
            )

            _at = "balance_net_off_on_10th_8"

            def _parse_balance_net_off_on_10th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_10th_8 = _parse_balance_net_off_on_10th_8(
                d.get("balance_net_off_on_10th_8", UNSET)
            )

            _at = "balance_net_off_on_10th_9"

            def _parse_balance_net_off_on_10th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_10th_9 = _parse_balance_net_off_on_10th_9(
                d.get("balance_net_off_on_10th_9", UNSET)
            )

            _at = "balance_net_off_on_10th_10"

            def _parse_balance_net_off_on_10th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_10th_10 = _parse_balance_net_off_on_10th_10(
                d.get("balance_net_off_on_10th_10", UNSET)
            )

            _at = "balance_net_off_on_10th_11"

            def _parse_balance_net_off_on_10th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_10th_11 = _parse_balance_net_off_on_10th_11(
                d.get("balance_net_off_on_10th_11", UNSET)
            )

            _at = "balance_net_off_on_15th_6"

            def _parse_balance_net_off_on_15th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_15th_6 = _parse_balance_net_off_on_15th_6(
                d.get("balance_net_off_on_15th_6", UNSET)
            )

            _at = "balance_net_off_on_15th_7"

            def _parse_balance_net_off_on_15th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_15th_7 = _parse_balance_net_off_on_15th_7(
                d.get("balance_net_off_on_15th_7", UNSET)
            )

            _at = "balance_net_off_on_15th_8"

            def _parse_balance_net_off_on_15th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_15th_8 = _parse_balance_net_off_on_15th_8(
                d.get("balance_net_off_on_15th_8", UNSET)
            )

            _at = "balance_net_off_on_15th_9"

            def _parse_balance_net_off_on_15th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_15th_9 = _parse_balance_net_off_on_15th_9(
                d.get("balance_net_off_on_15th_9", UNSET)
            )

            _at = "balance_net_off_on_15th_10"

            def _parse_balance_net_off_on_15th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_15th_10 = _parse_balance_net_off_on_15th_10(
                d.get("balance_net_off_on_15th_10", UNSET)
            )

            _at = "balance_net_off_on_15th_11"

            def _parse_balance_net_off_on_15th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_15th_11 = _parse_balance_net_off_on_15th_11(
                d.get("balance_net_off_on_15th_11", UNSET)
            )

            _at = "balance_net_off_on_20th_6"

            def _parse_balance_net_off_on_20th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_20th_6 = _parse_balance_net_off_on_20th_6(
                d.get("balance_net_off_on_20th_6", UNSET)
            )

            _at = "balance_net_off_on_20th_7"

            def _parse_balance_net_off_on_20th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_20th_7 = _parse_balance_net_off_on_20th_7(
                d.get("balance_net_off_on_20th_7", UNSET)
            )

            _at = "balance_net_off_on_20th_8"

            def _parse_balance_net_off_on_20th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_20th_8 = _parse_balance_net_off_on_20th_8(
                d.get("balance_net_off_on_20th_8", UNSET)
            )

            _at = "balance_net_off_on_20th_9"

            def _parse_balance_net_off_on_20th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_20th_9 = _parse_balance_net_off_on_20th_9(
                d.get("balance_net_off_on_20th_9", UNSET)
            )

            _at = "balance_net_off_on_20th_10"

            def _parse_balance_net_off_on_20th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_20th_10 = _parse_balance_net_off_on_20th_10(
                d.get("balance_net_off_on_20th_10", UNSET)
            )

            _at = "balance_net_off_on_20th_11"

            def _parse_balance_net_off_on_20th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_20th_11 = _parse_balance_net_off_on_20th_11(
                d.get("balance_net_off_on_20th_11", UNSET)
            )

            _at = "balance_net_off_on_25th_6"

            def _parse_balance_net_off_on_25th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_25th_6 = _parse_balance_net_off_on_25th_6(
                d.get("balance_net_off_on_25th_6", UNSET)
            )

            _at = "balance_net_off_on_25th_7"

            def _parse_balance_net_off_on_25th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_25th_7 = _parse_balance_net_off_on_25th_7(
                d.get("balance_net_off_on_25th_7", UNSET)
            )

            _at = "balance_net_off_on_25th_8"

            def _parse_balance_net_off_on_25th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_25th_8 = _parse_balance_net_off_on_25th_8(
                d.get("balance_net_off_on_25th_8", UNSET)
            )

            _at = "balance_net_off_on_25th_9"

            def _parse_balance_net_off_on_25th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_25th_9 = _parse_balance_net_off_on_25th_9(
                d.get("balance_net_off_on_25th_9", UNSET)
            )

            _at = "balance_net_off_on_25th_10"

            def _parse_balance_net_off_on_25th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_25th_10 = _parse_balance_net_off_on_25th_10(
                d.get("balance_net_off_on_25th_10", UNSET)
            )

            _at = "balance_net_off_on_25th_11"

            def _parse_balance_net_off_on_25th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_25th_11 = _parse_balance_net_off_on_25th_11(
                d.get("balance_net_off_on_25th_11", UNSET)
            )

            _at = "balance_net_off_on_30th_6"

            def _parse_balance_net_off_on_30th_6(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_30th_6 = _parse_balance_net_off_on_30th_6(
                d.get("balance_net_off_on_30th_6", UNSET)
            )

            _at = "balance_net_off_on_30th_7"

            def _parse_balance_net_off_on_30th_7(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_30th_7 = _parse_balance_net_off_on_30th_7(
                d.get("balance_net_off_on_30th_7", UNSET)
            )

            _at = "balance_net_off_on_30th_8"

            def _parse_balance_net_off_on_30th_8(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_30th_8 = _parse_balance_net_off_on_30th_8(
                d.get("balance_net_off_on_30th_8", UNSET)
            )

            _at = "balance_net_off_on_30th_9"

            def _parse_balance_net_off_on_30th_9(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_30th_9 = _parse_balance_net_off_on_30th_9(
                d.get("balance_net_off_on_30th_9", UNSET)
            )

            _at = "balance_net_off_on_30th_10"

            def _parse_balance_net_off_on_30th_10(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_30th_10 = _parse_balance_net_off_on_30th_10(
                d.get("balance_net_off_on_30th_10", UNSET)
            )

            _at = "balance_net_off_on_30th_11"

            def _parse_balance_net_off_on_30th_11(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance_net_off_on_30th_11 = _parse_balance_net_off_on_30th_11(
                d.get("balance_net_off_on_30th_11", UNSET)
            )

        except WrongType as wrong:
            raise wrong.inside(_at) from None
        if not (
            type(customer_name) in (str, NoneType)
            and type(bank_name) in (str, NoneType)
            and type(account_type) in (str, NoneType)
            and type(accountnumber) in (str, int, NoneType)
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
            and (month_6 is UNSET or type(month_6) in (str, NoneType))
            and (month_7 is UNSET or type(month_7) in (str, NoneType))
            and (month_8 is UNSET or type(month_8) in (str, NoneType))
            and (month_9 is UNSET or type(month_9) in (str, NoneType))
            and (month_10 is UNSET or type(month_10) in (str, NoneType))
            and (month_11 is UNSET or type(month_11) in (str, NoneType))
            and (credits_6 is UNSET or type(credits_6) in (float, int, NoneType))
            and (credits_7 is UNSET or type(credits_7) in (float, int, NoneType))
            and (credits_8 is UNSET or type(credits_8) in (float, int, NoneType))
            and (credits_9 is UNSET or type(credits_9) in (float, int, NoneType))
            and (credits_10 is UNSET or type(credits_10) in (float, int, NoneType))
            and (credits_11 is UNSET or type(credits_11) in (float, int, NoneType))
            and (
                debitless_charges_6 is UNSET
                or type(debitless_charges_6) in (float, int, NoneType)
            )
            and (
                debitless_charges_7 is UNSET
                or type(debitless_charges_7) in (float, int, NoneType)
            )
            and (
                debitless_charges_8 is UNSET
                or type(debitless_charges_8) in (float, int, NoneType)
            )
            and (
                debitless_charges_9 is UNSET
                or type(debitless_charges_9) in (float, int, NoneType)
            )
            and (
                debitless_charges_10 is UNSET
                or type(debitless_charges_10) in (float, int, NoneType)
            )
            and (
                debitless_charges_11 is UNSET
                or type(debitless_charges_11) in (float, int, NoneType)
            )
            and (debits_6 is UNSET or type(debits_6) in (float, int, NoneType))
            and (debits_7 is UNSET or type(debits_7) in (float, int, NoneType))
            and (debits_8 is UNSET or type(debits_8) in (float, int, NoneType))
            and (debits_9 is UNSET or type(debits_9) in (float, int, NoneType))
            and (debits_10 is UNSET or type(debits_10) in (float, int, NoneType))
            and (debits_11 is UNSET or type(debits_11) in (float, int, NoneType))
            and (expense_6 is UNSET or type(expense_6) in (float, int, NoneType))
            and (expense_7 is UNSET or type(expense_7) in (float, int, NoneType))
            and (expense_8 is UNSET or type(expense_8) in (float, int, NoneType))
            and (expense_9 is UNSET or type(expense_9) in (float, int, NoneType))
            and (expense_10 is UNSET or type(expense_10) in (float, int, NoneType))
            and (expense_11 is UNSET or type(expense_11) in (float, int, NoneType))
            and (income_6 is UNSET or type(income_6) in (float, int, NoneType))
            and (income_7 is UNSET or type(income_7) in (float, int, NoneType))
            and (income_8 is UNSET or type(income_8) in (float, int, NoneType))
            and (income_9 is UNSET or type(income_9) in (float, int, NoneType))
            and (income_10 is UNSET or type(income_10) in (float, int, NoneType))
            and (income_11 is UNSET or type(income_11) in (float, int, NoneType))
            and (
                expense_to_income_ratio_6 is UNSET
                or type(expense_to_income_ratio_6) in (float, int, NoneType)
            )
            and (
                expense_to_income_ratio_7 is UNSET
                or type(expense_to_income_ratio_7) in (float, int, NoneType)
            )
            and (
                expense_to_income_ratio_8 is UNSET
                or type(expense_to_income_ratio_8) in (float, int, NoneType)
            )
            and (
                expense_to_income_ratio_9 is UNSET
                or type(expense_to_income_ratio_9) in (float, int, NoneType)
            )
            and (
                expense_to_income_ratio_10 is UNSET
                or type(expense_to_income_ratio_10) in (float, int, NoneType)
            )
            and (
                expense_to_income_ratio_11 is UNSET
                or type(expense_to_income_ratio_11) in (float, int, NoneType)
            )
            and (
                number_of_transactions_6 is UNSET
                or type(number_of_transactions_6) in (int, NoneType)
            )
            and (
                number_of_transactions_7 is UNSET
                or type(number_of_transactions_7) in (int, NoneType)
            )
            and (
                number_of_transactions_8 is UNSET
                or type(number_of_transactions_8) in (int, NoneType)
            )
            and (
                number_of_transactions_9 is UNSET
                or type(number_of_transactions_9) in (int, NoneType)
            )
            and (
                number_of_transactions_10 is UNSET
                or type(number_of_transactions_10) in (int, NoneType)
            )
            and (
                number_of_transactions_11 is UNSET
                or type(number_of_transactions_11) in (int, NoneType)
            )
            and (
                total_creditcard_payment_6 is UNSET
                or type(total_creditcard_payment_6) in (float, int, NoneType)
            )
            and (
                total_creditcard_payment_7 is UNSET
                or type(total_creditcard_payment_7) in (float, int, NoneType)
            )
            and (
                total_creditcard_payment_8 is UNSET
                or type(total_creditcard_payment_8) in (float, int, NoneType)
            )
            and (
                total_creditcard_payment_9 is UNSET
                or type(total_creditcard_payment_9) in (float, int, NoneType)
            )
            and (
                total_creditcard_payment_10 is UNSET
                or type(total_creditcard_payment_10) in (float, int, NoneType)
            )
            and (
                total_creditcard_payment_11 is UNSET
                or type(total_creditcard_payment_11) in (float, int, NoneType)
            )
            and (
                total_inward_payment_bounce_6 is UNSET
                or type(total_inward_payment_bounce_6) in (float, int, NoneType)
            )
            and (
                total_inward_payment_bounce_7 is UNSET
                or type(total_inward_payment_bounce_7) in (float, int, NoneType)
            )
            and (
                total_inward_payment_bounce_8 is UNSET
                or type(total_inward_payment_bounce_8) in (float, int, NoneType)
            )
            and (
                total_inward_payment_bounce_9 is UNSET
                or type(total_inward_payment_bounce_9) in (float, int, NoneType)
            )
            and (
                total_inward_payment_bounce_10 is UNSET
                or type(total_inward_payment_bounce_10) in (float, int, NoneType)
            )
            and (
                total_inward_payment_bounce_11 is UNSET
                or type(total_inward_payment_bounce_11) in (float, int, NoneType)
            )
            and (
                total_salary_6 is UNSET
                or type(total_salary_6) in (float, int, NoneType)
            )
            and (
                total_salary_7 is UNSET
                or type(total_salary_7) in (float, int, NoneType)
            )
            and (
                total_salary_8 is UNSET
                or type(total_salary_8) in (float, int, NoneType)
            )
            and (
                total_salary_9 is UNSET
                or type(total_salary_9) in (float, int, NoneType)
            )
            and (
                total_salary_10 is UNSET
                or type(total_salary_10) in (float, int, NoneType)
            )
            and (
                total_salary_11 is UNSET
                or type(total_salary_11) in (float, int, NoneType)
            )
            and (
                max_balance_6 is UNSET or type(max_balance_6) in (float, int, NoneType)
            )
            and (
                max_balance_7 is UNSET or type(max_balance_7) in (float, int, NoneType)
            )
            and (
                max_balance_8 is UNSET or type(max_balance_8) in (float, int, NoneType)
            )
            and (
                max_balance_9 is UNSET or type(max_balance_9) in (float, int, NoneType)
            )
            and (
                max_balance_10 is UNSET
                or type(max_balance_10) in (float, int, NoneType)
            )
            and (
                max_balance_11 is UNSET
                or type(max_balance_11) in (float, int, NoneType)
            )
            and (
                min_balance_6 is UNSET or type(min_balance_6) in (float, int, NoneType)
            )
            and (
                min_balance_7 is UNSET or type(min_balance_7) in (float, int, NoneType)
            )
            and (
                min_balance_8 is UNSET or type(min_balance_8) in (float, int, NoneType)
            )
            and (
                min_balance_9 is UNSET or type(min_balance_9) in (float, int, NoneType)
            )
            and (
                min_balance_10 is UNSET
                or type(min_balance_10) in (float, int, NoneType)
            )
            and (
                min_balance_11 is UNSET
                or type(min_balance_11) in (float, int, NoneType)
            )
            and (
                avg_balance_6 is UNSET or type(avg_balance_6) in (float, int, NoneType)
            )
            and (
                avg_balance_7 is UNSET or type(avg_balance_7) in (float, int, NoneType)
            )
            and (
                avg_balance_8 is UNSET or type(avg_balance_8) in (float, int, NoneType)
            )
            and (
                avg_balance_9 is UNSET or type(avg_balance_9) in (float, int, NoneType)
            )
            and (
                avg_balance_10 is UNSET
                or type(avg_balance_10) in (float, int, NoneType)
            )
            and (
                avg_balance_11 is UNSET
                or type(avg_balance_11) in (float, int, NoneType)
            )
            and (bal_last_6 is UNSET or type(bal_last_6) in (float, int, NoneType))
            and (bal_last_7 is UNSET or type(bal_last_7) in (float, int, NoneType))
            and (bal_last_8 is UNSET or type(bal_last_8) in (float, int, NoneType))
            and (bal_last_9 is UNSET or type(bal_last_9) in (float, int, NoneType))
            and (bal_last_10 is UNSET or type(bal_last_10) in (float, int, NoneType))
            and (bal_last_11 is UNSET or type(bal_last_11) in (float, int, NoneType))
            and (
                balance_on_10th_6 is UNSET
                or type(balance_on_10th_6) in (float, int, NoneType)
            )
            and (
                balance_on_10th_7 is UNSET
                or type(balance_on_10th_7) in (float, int, NoneType)
            )
            and (
                balance_on_10th_8 is UNSET
                or type(balance_on_10th_8) in (float, int, NoneType)
            )
            and (
                balance_on_10th_9 is UNSET
                or type(balance_on_10th_9) in (float, int, NoneType)
            )
            and (
                balance_on_10th_10 is UNSET
                or type(balance_on_10th_10) in (float, int, NoneType)
            )
            and (
                balance_on_10th_11 is UNSET
                or type(balance_on_10th_11) in (float, int, NoneType)
            )
            and (
                balance_on_15th_6 is UNSET
                or type(balance_on_15th_6) in (float, int, NoneType)
            )
            and (
                balance_on_15th_7 is UNSET
                or type(balance_on_15th_7) in (float, int, NoneType)
            )
            and (
                balance_on_15th_8 is UNSET
                or type(balance_on_15th_8) in (float, int, NoneType)
            )
            and (
                balance_on_15th_9 is UNSET
                or type(balance_on_15th_9) in (float, int, NoneType)
            )
            and (
                balance_on_15th_10 is UNSET
                or type(balance_on_15th_10) in (float, int, NoneType)
            )
            and (
                balance_on_15th_11 is UNSET
                or type(balance_on_15th_11) in (float, int, NoneType)
            )
            and (
                balance_on_1st_6 is UNSET
                or type(balance_on_1st_6) in (float, int, NoneType)
            )
            and (
                balance_on_1st_7 is UNSET
                or type(balance_on_1st_7) in (float, int, NoneType)
            )
            and (
                balance_on_1st_8 is UNSET
                or type(balance_on_1st_8) in (float, int, NoneType)
            )
            and (
                balance_on_1st_9 is UNSET
                or type(balance_on_1st_9) in (float, int, NoneType)
            )
            and (
                balance_on_1st_10 is UNSET
                or type(balance_on_1st_10) in (float, int, NoneType)
            )
            and (
                balance_on_1st_11 is UNSET
                or type(balance_on_1st_11) in (float, int, NoneType)
            )
            and (
                balance_on_20th_6 is UNSET
                or type(balance_on_20th_6) in (float, int, NoneType)
            )
            and (
                balance_on_20th_7 is UNSET
                or type(balance_on_20th_7) in (float, int, NoneType)
            )
            and (
                balance_on_20th_8 is UNSET
                or type(balance_on_20th_8) in (float, int, NoneType)
            )
            and (
                balance_on_20th_9 is UNSET
                or type(balance_on_20th_9) in (float, int, NoneType)
            )
            and (
                balance_on_20th_10 is UNSET
                or type(balance_on_20th_10) in (float, int, NoneType)
            )
            and (
                balance_on_20th_11 is UNSET
                or type(balance_on_20th_11) in (float, int, NoneType)
            )
            and (
                balance_on_25th_6 is UNSET
                or type(balance_on_25th_6) in (float, int, NoneType)
            )
            and (
                balance_on_25th_7 is UNSET
                or type(balance_on_25th_7) in (float, int, NoneType)
            )
            and (
                balance_on_25th_8 is UNSET
                or type(balance_on_25th_8) in (float, int, NoneType)
            )
            and (
                balance_on_25th_9 is UNSET
                or type(balance_on_25th_9) in (float, int, NoneType)
            )
            and (
                balance_on_25th_10 is UNSET
                or type(balance_on_25th_10) in (float, int, NoneType)
            )
            and (
                balance_on_25th_11 is UNSET
                or type(balance_on_25th_11) in (float, int, NoneType)
            )
            and (
                balance_on_30th_6 is UNSET
                or type(balance_on_30th_6) in (float, int, NoneType)
            )
            and (
                balance_on_30th_7 is UNSET
                or type(balance_on_30th_7) in (float, int, NoneType)
            )
            and (
                balance_on_30th_8 is UNSET
                or type(balance_on_30th_8) in (float, int, NoneType)
            )
            and (
                balance_on_30th_9 is UNSET
                or type(balance_on_30th_9) in (float, int, NoneType)
            )
            and (
                balance_on_30th_10 is UNSET
                or type(balance_on_30th_10) in (float, int, NoneType)
            )
            and (
                balance_on_30th_11 is UNSET
                or type(balance_on_30th_11) in (float, int, NoneType)
            )
            and (
                balance_on_5th_6 is UNSET
                or type(balance_on_5th_6) in (float, int, NoneType)
            )
            and (
                balance_on_5th_7 is UNSET
                or type(balance_on_5th_7) in (float, int, NoneType)
            )
            and (
                balance_on_5th_8 is UNSET
                or type(balance_on_5th_8) in (float, int, NoneType)
            )
            and (
                balance_on_5th_9 is UNSET
                or type(balance_on_5th_9) in (float, int, NoneType)
            )
            and (
                balance_on_5th_10 is UNSET
                or type(balance_on_5th_10) in (float, int, NoneType)
            )
            and (
                balance_on_5th_11 is UNSET
                or type(balance_on_5th_11) in (float, int, NoneType)
            )
            and (
                bal_avgof_6dates_6 is UNSET
                or type(bal_avgof_6dates_6) in (float, int, NoneType)
            )
            and (
                bal_avgof_6dates_7 is UNSET
                or type(bal_avgof_6dates_7) in (float, int, NoneType)
            )
            and (
                bal_avgof_6dates_8 is UNSET
                or type(bal_avgof_6dates_8) in (float, int, NoneType)
            )
            and (
                bal_avgof_6dates_9 is UNSET
                or type(bal_avgof_6dates_9) in (float, int, NoneType)
            )
            and (
                bal_avgof_6dates_10 is UNSET
                or type(bal_avgof_6dates_10) in (float, int, NoneType)
            )
            and (
                bal_avgof_6dates_11 is UNSET
                or type(bal_avgof_6dates_11) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_1st_6 is UNSET
                or type(balance_net_off_on_1st_6) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_1st_7 is UNSET
                or type(balance_net_off_on_1st_7) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_1st_8 is UNSET
                or type(balance_net_off_on_1st_8) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_1st_9 is UNSET
                or type(balance_net_off_on_1st_9) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_1st_10 is UNSET
                or type(balance_net_off_on_1st_10) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_1st_11 is UNSET
                or type(balance_net_off_on_1st_11) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_5th_6 is UNSET
                or type(balance_net_off_on_5th_6) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_5th_7 is UNSET
                or type(balance_net_off_on_5th_7) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_5th_8 is UNSET
                or type(balance_net_off_on_5th_8) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_5th_9 is UNSET
                or type(balance_net_off_on_5th_9) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_5th_10 is UNSET
                or type(balance_net_off_on_5th_10) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_5th_11 is UNSET
                or type(balance_net_off_on_5th_11) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_10th_6 is UNSET
                or type(balance_net_off_on_10th_6) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_10th_7 is UNSET
                or type(balance_net_off_on_10th_7) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_10th_8 is UNSET
                or type(balance_net_off_on_10th_8) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_10th_9 is UNSET
                or type(balance_net_off_on_10th_9) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_10th_10 is UNSET
                or type(balance_net_off_on_10th_10) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_10th_11 is UNSET
                or type(balance_net_off_on_10th_11) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_15th_6 is UNSET
                or type(balance_net_off_on_15th_6) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_15th_7 is UNSET
                or type(balance_net_off_on_15th_7) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_15th_8 is UNSET
                or type(balance_net_off_on_15th_8) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_15th_9 is UNSET
                or type(balance_net_off_on_15th_9) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_15th_10 is UNSET
                or type(balance_net_off_on_15th_10) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_15th_11 is UNSET
                or type(balance_net_off_on_15th_11) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_20th_6 is UNSET
                or type(balance_net_off_on_20th_6) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_20th_7 is UNSET
                or type(balance_net_off_on_20th_7) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_20th_8 is UNSET
                or type(balance_net_off_on_20th_8) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_20th_9 is UNSET
                or type(balance_net_off_on_20th_9) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_20th_10 is UNSET
                or type(balance_net_off_on_20th_10) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_20th_11 is UNSET
                or type(balance_net_off_on_20th_11) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_25th_6 is UNSET
                or type(balance_net_off_on_25th_6) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_25th_7 is UNSET
                or type(balance_net_off_on_25th_7) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_25th_8 is UNSET
                or type(balance_net_off_on_25th_8) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_25th_9 is UNSET
                or type(balance_net_off_on_25th_9) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_25th_10 is UNSET
                or type(balance_net_off_on_25th_10) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_25th_11 is UNSET
                or type(balance_net_off_on_25th_11) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_30th_6 is UNSET
                or type(balance_net_off_on_30th_6) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_30th_7 is UNSET
                or type(balance_net_off_on_30th_7) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_30th_8 is UNSET
                or type(balance_net_off_on_30th_8) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_30th_9 is UNSET
                or type(balance_net_off_on_30th_9) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_30th_10 is UNSET
                or type(balance_net_off_on_30th_10) in (float, int, NoneType)
            )
            and (
                balance_net_off_on_30th_11 is UNSET
                or type(balance_net_off_on_30th_11) in (float, int, NoneType)
            )
        ):
            raise first_wrong(
                (
                    ("customer_name", customer_name, (str, NoneType), None),
                    ("bank_name", bank_name, (str, NoneType), None),
                    ("account_type", account_type, (str, NoneType), None),
                    ("accountnumber", accountnumber, (str, int, NoneType), None),
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
                    ("month_6", month_6, (str, NoneType, Unset), None),
                    ("month_7", month_7, (str, NoneType, Unset), None),
                    ("month_8", month_8, (str, NoneType, Unset), None),
                    ("month_9", month_9, (str, NoneType, Unset), None),
                    ("month_10", month_10, (str, NoneType, Unset), None),
                    ("month_11", month_11, (str, NoneType, Unset), None),
                    ("credits_6", credits_6, (float, int, NoneType, Unset), None),
                    ("credits_7", credits_7, (float, int, NoneType, Unset), None),
                    ("credits_8", credits_8, (float, int, NoneType, Unset), None),
                    ("credits_9", credits_9, (float, int, NoneType, Unset), None),
                    ("credits_10", credits_10, (float, int, NoneType, Unset), None),
                    ("credits_11", credits_11, (float, int, NoneType, Unset), None),
                    (
                        "debitless_charges_6",
                        debitless_charges_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "debitless_charges_7",
                        debitless_charges_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "debitless_charges_8",
                        debitless_charges_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "debitless_charges_9",
                        debitless_charges_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "debitless_charges_10",
                        debitless_charges_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "debitless_charges_11",
                        debitless_charges_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    ("debits_6", debits_6, (float, int, NoneType, Unset), None),
                    ("debits_7", debits_7, (float, int, NoneType, Unset), None),
                    ("debits_8", debits_8, (float, int, NoneType, Unset), None),
                    ("debits_9", debits_9, (float, int, NoneType, Unset), None),
                    ("debits_10", debits_10, (float, int, NoneType, Unset), None),
                    ("debits_11", debits_11, (float, int, NoneType, Unset), None),
                    ("expense_6", expense_6, (float, int, NoneType, Unset), None),
                    ("expense_7", expense_7, (float, int, NoneType, Unset), None),
                    ("expense_8", expense_8, (float, int, NoneType, Unset), None),
                    ("expense_9", expense_9, (float, int, NoneType, Unset), None),
                    ("expense_10", expense_10, (float, int, NoneType, Unset), None),
                    ("expense_11", expense_11, (float, int, NoneType, Unset), None),
                    ("income_6", income_6, (float, int, NoneType, Unset), None),
                    ("income_7", income_7, (float, int, NoneType, Unset), None),
                    ("income_8", income_8, (float, int, NoneType, Unset), None),
                    ("income_9", income_9, (float, int, NoneType, Unset), None),
                    ("income_10", income_10, (float, int, NoneType, Unset), None),
                    ("income_11", income_11, (float, int, NoneType, Unset), None),
                    (
                        "expense_to_income_ratio_6",
                        expense_to_income_ratio_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_7",
                        expense_to_income_ratio_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_8",
                        expense_to_income_ratio_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_9",
                        expense_to_income_ratio_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_10",
                        expense_to_income_ratio_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "expense_to_income_ratio_11",
                        expense_to_income_ratio_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "number_of_transactions_6",
                        number_of_transactions_6,
                        (int, NoneType, Unset),
                        None,
                    ),
                    (
                        "number_of_transactions_7",
                        number_of_transactions_7,
                        (int, NoneType, Unset),
                        None,
                    ),
                    (
                        "number_of_transactions_8",
                        number_of_transactions_8,
                        (int, NoneType, Unset),
                        None,
                    ),
                    (
                        "number_of_transactions_9",
                        number_of_transactions_9,
                        (int, NoneType, Unset),
                        None,
                    ),
                    (
                        "number_of_transactions_10",
                        number_of_transactions_10,
                        (int, NoneType, Unset),
                        None,
                    ),
                    (
                        "number_of_transactions_11",
                        number_of_transactions_11,
                        (int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_creditcard_payment_6",
                        total_creditcard_payment_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_creditcard_payment_7",
                        total_creditcard_payment_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_creditcard_payment_8",
                        total_creditcard_payment_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_creditcard_payment_9",
                        total_creditcard_payment_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_creditcard_payment_10",
                        total_creditcard_payment_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_creditcard_payment_11",
                        total_creditcard_payment_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_6",
                        total_inward_payment_bounce_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_7",
                        total_inward_payment_bounce_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_8",
                        total_inward_payment_bounce_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_9",
                        total_inward_payment_bounce_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_10",
                        total_inward_payment_bounce_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_inward_payment_bounce_11",
                        total_inward_payment_bounce_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_salary_6",
                        total_salary_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_salary_7",
                        total_salary_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_salary_8",
                        total_salary_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_salary_9",
                        total_salary_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_salary_10",
                        total_salary_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "total_salary_11",
                        total_salary_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "max_balance_6",
                        max_balance_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "max_balance_7",
                        max_balance_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "max_balance_8",
                        max_balance_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "max_balance_9",
                        max_balance_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "max_balance_10",
                        max_balance_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "max_balance_11",
                        max_balance_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "min_balance_6",
                        min_balance_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "min_balance_7",
                        min_balance_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "min_balance_8",
                        min_balance_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "min_balance_9",
                        min_balance_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "min_balance_10",
                        min_balance_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "min_balance_11",
                        min_balance_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "avg_balance_6",
                        avg_balance_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "avg_balance_7",
                        avg_balance_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "avg_balance_8",
                        avg_balance_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "avg_balance_9",
                        avg_balance_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "avg_balance_10",
                        avg_balance_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "avg_balance_11",
                        avg_balance_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    ("bal_last_6", bal_last_6, (float, int, NoneType, Unset), None),
                    ("bal_last_7", bal_last_7, (float, int, NoneType, Unset), None),
                    ("bal_last_8", bal_last_8, (float, int, NoneType, Unset), None),
                    ("bal_last_9", bal_last_9, (float, int, NoneType, Unset), None),
                    ("bal_last_10", bal_last_10, (float, int, NoneType, Unset), None),
                    ("bal_last_11", bal_last_11, (float, int, NoneType, Unset), None),
                    (
                        "balance_on_10th_6",
                        balance_on_10th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_10th_7",
                        balance_on_10th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_10th_8",
                        balance_on_10th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_10th_9",
                        balance_on_10th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_10th_10",
                        balance_on_10th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_10th_11",
                        balance_on_10th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_15th_6",
                        balance_on_15th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_15th_7",
                        balance_on_15th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_15th_8",
                        balance_on_15th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_15th_9",
                        balance_on_15th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_15th_10",
                        balance_on_15th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_15th_11",
                        balance_on_15th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_1st_6",
                        balance_on_1st_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_1st_7",
                        balance_on_1st_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_1st_8",
                        balance_on_1st_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_1st_9",
                        balance_on_1st_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_1st_10",
                        balance_on_1st_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_1st_11",
                        balance_on_1st_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_20th_6",
                        balance_on_20th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_20th_7",
                        balance_on_20th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_20th_8",
                        balance_on_20th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_20th_9",
                        balance_on_20th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_20th_10",
                        balance_on_20th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_20th_11",
                        balance_on_20th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_25th_6",
                        balance_on_25th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_25th_7",
                        balance_on_25th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_25th_8",
                        balance_on_25th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_25th_9",
                        balance_on_25th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_25th_10",
                        balance_on_25th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_25th_11",
                        balance_on_25th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_30th_6",
                        balance_on_30th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_30th_7",
                        balance_on_30th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_30th_8",
                        balance_on_30th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_30th_9",
                        balance_on_30th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_30th_10",
                        balance_on_30th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_30th_11",
                        balance_on_30th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_5th_6",
                        balance_on_5th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_5th_7",
                        balance_on_5th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_5th_8",
                        balance_on_5th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_5th_9",
                        balance_on_5th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_5th_10",
                        balance_on_5th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_on_5th_11",
                        balance_on_5th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_6",
                        bal_avgof_6dates_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_7",
                        bal_avgof_6dates_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_8",
                        bal_avgof_6dates_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_9",
                        bal_avgof_6dates_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_10",
                        bal_avgof_6dates_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "bal_avgof_6dates_11",
                        bal_avgof_6dates_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_6",
                        balance_net_off_on_1st_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_7",
                        balance_net_off_on_1st_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_8",
                        balance_net_off_on_1st_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_9",
                        balance_net_off_on_1st_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_10",
                        balance_net_off_on_1st_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_1st_11",
                        balance_net_off_on_1st_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_6",
                        balance_net_off_on_5th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_7",
                        balance_net_off_on_5th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_8",
                        balance_net_off_on_5th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_9",
                        balance_net_off_on_5th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_10",
                        balance_net_off_on_5th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_5th_11",
                        balance_net_off_on_5th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_6",
                        balance_net_off_on_10th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_7",
                        balance_net_off_on_10th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_8",
                        balance_net_off_on_10th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_9",
                        balance_net_off_on_10th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_10",
                        balance_net_off_on_10th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_10th_11",
                        balance_net_off_on_10th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_6",
                        balance_net_off_on_15th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_7",
                        balance_net_off_on_15th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_8",
                        balance_net_off_on_15th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_9",
                        balance_net_off_on_15th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_10",
                        balance_net_off_on_15th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_15th_11",
                        balance_net_off_on_15th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_6",
                        balance_net_off_on_20th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_7",
                        balance_net_off_on_20th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_8",
                        balance_net_off_on_20th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_9",
                        balance_net_off_on_20th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_10",
                        balance_net_off_on_20th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_20th_11",
                        balance_net_off_on_20th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_6",
                        balance_net_off_on_25th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_7",
                        balance_net_off_on_25th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_8",
                        balance_net_off_on_25th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_9",
                        balance_net_off_on_25th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_10",
                        balance_net_off_on_25th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_25th_11",
                        balance_net_off_on_25th_11,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_6",
                        balance_net_off_on_30th_6,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_7",
                        balance_net_off_on_30th_7,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_8",
                        balance_net_off_on_30th_8,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_9",
                        balance_net_off_on_30th_9,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_10",
                        balance_net_off_on_30th_10,
                        (float, int, NoneType, Unset),
                        None,
                    ),
                    (
                        "balance_net_off_on_30th_11",
                        balance_net_off_on_30th_11,
                        (float, int, NoneType, Unset),
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
            month_6,
            month_7,
            month_8,
            month_9,
            month_10,
            month_11,
            credits_6,
            credits_7,
            credits_8,
            credits_9,
            credits_10,
            credits_11,
            debitless_charges_6,
            debitless_charges_7,
            debitless_charges_8,
            debitless_charges_9,
            debitless_charges_10,
            debitless_charges_11,
            debits_6,
            debits_7,
            debits_8,
            debits_9,
            debits_10,
            debits_11,
            expense_6,
            expense_7,
            expense_8,
            expense_9,
            expense_10,
            expense_11,
            income_6,
            income_7,
            income_8,
            income_9,
            income_10,
            income_11,
            expense_to_income_ratio_6,
            expense_to_income_ratio_7,
            expense_to_income_ratio_8,
            expense_to_income_ratio_9,
            expense_to_income_ratio_10,
            expense_to_income_ratio_11,
            number_of_transactions_6,
            number_of_transactions_7,
            number_of_transactions_8,
            number_of_transactions_9,
            number_of_transactions_10,
            number_of_transactions_11,
            total_creditcard_payment_6,
            total_creditcard_payment_7,
            total_creditcard_payment_8,
            total_creditcard_payment_9,
            total_creditcard_payment_10,
            total_creditcard_payment_11,
            total_inward_payment_bounce_6,
            total_inward_payment_bounce_7,
            total_inward_payment_bounce_8,
            total_inward_payment_bounce_9,
            total_inward_payment_bounce_10,
            total_inward_payment_bounce_11,
            total_salary_6,
            total_salary_7,
            total_salary_8,
            total_salary_9,
            total_salary_10,
            total_salary_11,
            max_balance_6,
            max_balance_7,
            max_balance_8,
            max_balance_9,
            max_balance_10,
            max_balance_11,
            min_balance_6,
            min_balance_7,
            min_balance_8,
            min_balance_9,
            min_balance_10,
            min_balance_11,
            avg_balance_6,
            avg_balance_7,
            avg_balance_8,
            avg_balance_9,
            avg_balance_10,
            avg_balance_11,
            bal_last_6,
            bal_last_7,
            bal_last_8,
            bal_last_9,
            bal_last_10,
            bal_last_11,
            balance_on_10th_6,
            balance_on_10th_7,
            balance_on_10th_8,
            balance_on_10th_9,
            balance_on_10th_10,
            balance_on_10th_11,
            balance_on_15th_6,
            balance_on_15th_7,
            balance_on_15th_8,
            balance_on_15th_9,
            balance_on_15th_10,
            balance_on_15th_11,
            balance_on_1st_6,
            balance_on_1st_7,
            balance_on_1st_8,
            balance_on_1st_9,
            balance_on_1st_10,
            balance_on_1st_11,
            balance_on_20th_6,
            balance_on_20th_7,
            balance_on_20th_8,
            balance_on_20th_9,
            balance_on_20th_10,
            balance_on_20th_11,
            balance_on_25th_6,
            balance_on_25th_7,
            balance_on_25th_8,
            balance_on_25th_9,
            balance_on_25th_10,
            balance_on_25th_11,
            balance_on_30th_6,
            balance_on_30th_7,
            balance_on_30th_8,
            balance_on_30th_9,
            balance_on_30th_10,
            balance_on_30th_11,
            balance_on_5th_6,
            balance_on_5th_7,
            balance_on_5th_8,
            balance_on_5th_9,
            balance_on_5th_10,
            balance_on_5th_11,
            bal_avgof_6dates_6,
            bal_avgof_6dates_7,
            bal_avgof_6dates_8,
            bal_avgof_6dates_9,
            bal_avgof_6dates_10,
            bal_avgof_6dates_11,
            balance_net_off_on_1st_6,
            balance_net_off_on_1st_7,
            balance_net_off_on_1st_8,
            balance_net_off_on_1st_9,
            balance_net_off_on_1st_10,
            balance_net_off_on_1st_11,
            balance_net_off_on_5th_6,
            balance_net_off_on_5th_7,
            balance_net_off_on_5th_8,
            balance_net_off_on_5th_9,
            balance_net_off_on_5th_10,
            balance_net_off_on_5th_11,
            balance_net_off_on_10th_6,
            balance_net_off_on_10th_7,
            balance_net_off_on_10th_8,
            balance_net_off_on_10th_9,
            balance_net_off_on_10th_10,
            balance_net_off_on_10th_11,
            balance_net_off_on_15th_6,
            balance_net_off_on_15th_7,
            balance_net_off_on_15th_8,
            balance_net_off_on_15th_9,
            balance_net_off_on_15th_10,
            balance_net_off_on_15th_11,
            balance_net_off_on_20th_6,
            balance_net_off_on_20th_7,
            balance_net_off_on_20th_8,
            balance_net_off_on_20th_9,
            balance_net_off_on_20th_10,
            balance_net_off_on_20th_11,
            balance_net_off_on_25th_6,
            balance_net_off_on_25th_7,
            balance_net_off_on_25th_8,
            balance_net_off_on_25th_9,
            balance_net_off_on_25th_10,
            balance_net_off_on_25th_11,
            balance_net_off_on_30th_6,
            balance_net_off_on_30th_7,
            balance_net_off_on_30th_8,
            balance_net_off_on_30th_9,
            balance_net_off_on_30th_10,
            balance_net_off_on_30th_11,
        )

        # Unknown keys are kept; the common case (none) costs one length check.
        _known = (
            214
            + (month_6 is not UNSET)
            + (month_7 is not UNSET)
            + (month_8 is not UNSET)
            + (month_9 is not UNSET)
            + (month_10 is not UNSET)
            + (month_11 is not UNSET)
            + (credits_6 is not UNSET)
            + (credits_7 is not UNSET)
            + (credits_8 is not UNSET)
            + (credits_9 is not UNSET)
            + (credits_10 is not UNSET)
            + (credits_11 is not UNSET)
            + (debitless_charges_6 is not UNSET)
            + (debitless_charges_7 is not UNSET)
            + (debitless_charges_8 is not UNSET)
            + (debitless_charges_9 is not UNSET)
            + (debitless_charges_10 is not UNSET)
            + (debitless_charges_11 is not UNSET)
            + (debits_6 is not UNSET)
            + (debits_7 is not UNSET)
            + (debits_8 is not UNSET)
            + (debits_9 is not UNSET)
            + (debits_10 is not UNSET)
            + (debits_11 is not UNSET)
            + (expense_6 is not UNSET)
            + (expense_7 is not UNSET)
            + (expense_8 is not UNSET)
            + (expense_9 is not UNSET)
            + (expense_10 is not UNSET)
            + (expense_11 is not UNSET)
            + (income_6 is not UNSET)
            + (income_7 is not UNSET)
            + (income_8 is not UNSET)
            + (income_9 is not UNSET)
            + (income_10 is not UNSET)
            + (income_11 is not UNSET)
            + (expense_to_income_ratio_6 is not UNSET)
            + (expense_to_income_ratio_7 is not UNSET)
            + (expense_to_income_ratio_8 is not UNSET)
            + (expense_to_income_ratio_9 is not UNSET)
            + (expense_to_income_ratio_10 is not UNSET)
            + (expense_to_income_ratio_11 is not UNSET)
            + (number_of_transactions_6 is not UNSET)
            + (number_of_transactions_7 is not UNSET)
            + (number_of_transactions_8 is not UNSET)
            + (number_of_transactions_9 is not UNSET)
            + (number_of_transactions_10 is not UNSET)
            + (number_of_transactions_11 is not UNSET)
            + (total_creditcard_payment_6 is not UNSET)
            + (total_creditcard_payment_7 is not UNSET)
            + (total_creditcard_payment_8 is not UNSET)
            + (total_creditcard_payment_9 is not UNSET)
            + (total_creditcard_payment_10 is not UNSET)
            + (total_creditcard_payment_11 is not UNSET)
            + (total_inward_payment_bounce_6 is not UNSET)
            + (total_inward_payment_bounce_7 is not UNSET)
            + (total_inward_payment_bounce_8 is not UNSET)
            + (total_inward_payment_bounce_9 is not UNSET)
            + (total_inward_payment_bounce_10 is not UNSET)
            + (total_inward_payment_bounce_11 is not UNSET)
            + (total_salary_6 is not UNSET)
            + (total_salary_7 is not UNSET)
            + (total_salary_8 is not UNSET)
            + (total_salary_9 is not UNSET)
            + (total_salary_10 is not UNSET)
            + (total_salary_11 is not UNSET)
            + (max_balance_6 is not UNSET)
            + (max_balance_7 is not UNSET)
            + (max_balance_8 is not UNSET)
            + (max_balance_9 is not UNSET)
            + (max_balance_10 is not UNSET)
            + (max_balance_11 is not UNSET)
            + (min_balance_6 is not UNSET)
            + (min_balance_7 is not UNSET)
            + (min_balance_8 is not UNSET)
            + (min_balance_9 is not UNSET)
            + (min_balance_10 is not UNSET)
            + (min_balance_11 is not UNSET)
            + (avg_balance_6 is not UNSET)
            + (avg_balance_7 is not UNSET)
            + (avg_balance_8 is not UNSET)
            + (avg_balance_9 is not UNSET)
            + (avg_balance_10 is not UNSET)
            + (avg_balance_11 is not UNSET)
            + (bal_last_6 is not UNSET)
            + (bal_last_7 is not UNSET)
            + (bal_last_8 is not UNSET)
            + (bal_last_9 is not UNSET)
            + (bal_last_10 is not UNSET)
            + (bal_last_11 is not UNSET)
            + (balance_on_10th_6 is not UNSET)
            + (balance_on_10th_7 is not UNSET)
            + (balance_on_10th_8 is not UNSET)
            + (balance_on_10th_9 is not UNSET)
            + (balance_on_10th_10 is not UNSET)
            + (balance_on_10th_11 is not UNSET)
            + (balance_on_15th_6 is not UNSET)
            + (balance_on_15th_7 is not UNSET)
            + (balance_on_15th_8 is not UNSET)
            + (balance_on_15th_9 is not UNSET)
            + (balance_on_15th_10 is not UNSET)
            + (balance_on_15th_11 is not UNSET)
            + (balance_on_1st_6 is not UNSET)
            + (balance_on_1st_7 is not UNSET)
            + (balance_on_1st_8 is not UNSET)
            + (balance_on_1st_9 is not UNSET)
            + (balance_on_1st_10 is not UNSET)
            + (balance_on_1st_11 is not UNSET)
            + (balance_on_20th_6 is not UNSET)
            + (balance_on_20th_7 is not UNSET)
            + (balance_on_20th_8 is not UNSET)
            + (balance_on_20th_9 is not UNSET)
            + (balance_on_20th_10 is not UNSET)
            + (balance_on_20th_11 is not UNSET)
            + (balance_on_25th_6 is not UNSET)
            + (balance_on_25th_7 is not UNSET)
            + (balance_on_25th_8 is not UNSET)
            + (balance_on_25th_9 is not UNSET)
            + (balance_on_25th_10 is not UNSET)
            + (balance_on_25th_11 is not UNSET)
            + (balance_on_30th_6 is not UNSET)
            + (balance_on_30th_7 is not UNSET)
            + (balance_on_30th_8 is not UNSET)
            + (balance_on_30th_9 is not UNSET)
            + (balance_on_30th_10 is not UNSET)
            + (balance_on_30th_11 is not UNSET)
            + (balance_on_5th_6 is not UNSET)
            + (balance_on_5th_7 is not UNSET)
            + (balance_on_5th_8 is not UNSET)
            + (balance_on_5th_9 is not UNSET)
            + (balance_on_5th_10 is not UNSET)
            + (balance_on_5th_11 is not UNSET)
            + (bal_avgof_6dates_6 is not UNSET)
            + (bal_avgof_6dates_7 is not UNSET)
            + (bal_avgof_6dates_8 is not UNSET)
            + (bal_avgof_6dates_9 is not UNSET)
            + (bal_avgof_6dates_10 is not UNSET)
            + (bal_avgof_6dates_11 is not UNSET)
            + (balance_net_off_on_1st_6 is not UNSET)
            + (balance_net_off_on_1st_7 is not UNSET)
            + (balance_net_off_on_1st_8 is not UNSET)
            + (balance_net_off_on_1st_9 is not UNSET)
            + (balance_net_off_on_1st_10 is not UNSET)
            + (balance_net_off_on_1st_11 is not UNSET)
            + (balance_net_off_on_5th_6 is not UNSET)
            + (balance_net_off_on_5th_7 is not UNSET)
            + (balance_net_off_on_5th_8 is not UNSET)
            + (balance_net_off_on_5th_9 is not UNSET)
            + (balance_net_off_on_5th_10 is not UNSET)
            + (balance_net_off_on_5th_11 is not UNSET)
            + (balance_net_off_on_10th_6 is not UNSET)
            + (balance_net_off_on_10th_7 is not UNSET)
            + (balance_net_off_on_10th_8 is not UNSET)
            + (balance_net_off_on_10th_9 is not UNSET)
            + (balance_net_off_on_10th_10 is not UNSET)
            + (balance_net_off_on_10th_11 is not UNSET)
            + (balance_net_off_on_15th_6 is not UNSET)
            + (balance_net_off_on_15th_7 is not UNSET)
            + (balance_net_off_on_15th_8 is not UNSET)
            + (balance_net_off_on_15th_9 is not UNSET)
            + (balance_net_off_on_15th_10 is not UNSET)
            + (balance_net_off_on_15th_11 is not UNSET)
            + (balance_net_off_on_20th_6 is not UNSET)
            + (balance_net_off_on_20th_7 is not UNSET)
            + (balance_net_off_on_20th_8 is not UNSET)
            + (balance_net_off_on_20th_9 is not UNSET)
            + (balance_net_off_on_20th_10 is not UNSET)
            + (balance_net_off_on_20th_11 is not UNSET)
            + (balance_net_off_on_25th_6 is not UNSET)
            + (balance_net_off_on_25th_7 is not UNSET)
            + (balance_net_off_on_25th_8 is not UNSET)
            + (balance_net_off_on_25th_9 is not UNSET)
            + (balance_net_off_on_25th_10 is not UNSET)
            + (balance_net_off_on_25th_11 is not UNSET)
            + (balance_net_off_on_30th_6 is not UNSET)
            + (balance_net_off_on_30th_7 is not UNSET)
            + (balance_net_off_on_30th_8 is not UNSET)
            + (balance_net_off_on_30th_9 is not UNSET)
            + (balance_net_off_on_30th_10 is not UNSET)
            + (balance_net_off_on_30th_11 is not UNSET)
        )
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
                    "month_6",
                    "month_7",
                    "month_8",
                    "month_9",
                    "month_10",
                    "month_11",
                    "credits_6",
                    "credits_7",
                    "credits_8",
                    "credits_9",
                    "credits_10",
                    "credits_11",
                    "debitless_charges_6",
                    "debitless_charges_7",
                    "debitless_charges_8",
                    "debitless_charges_9",
                    "debitless_charges_10",
                    "debitless_charges_11",
                    "debits_6",
                    "debits_7",
                    "debits_8",
                    "debits_9",
                    "debits_10",
                    "debits_11",
                    "expense_6",
                    "expense_7",
                    "expense_8",
                    "expense_9",
                    "expense_10",
                    "expense_11",
                    "income_6",
                    "income_7",
                    "income_8",
                    "income_9",
                    "income_10",
                    "income_11",
                    "expense_to_income_ratio_6",
                    "expense_to_income_ratio_7",
                    "expense_to_income_ratio_8",
                    "expense_to_income_ratio_9",
                    "expense_to_income_ratio_10",
                    "expense_to_income_ratio_11",
                    "number_of_transactions_6",
                    "number_of_transactions_7",
                    "number_of_transactions_8",
                    "number_of_transactions_9",
                    "number_of_transactions_10",
                    "number_of_transactions_11",
                    "total_creditcard_payment_6",
                    "total_creditcard_payment_7",
                    "total_creditcard_payment_8",
                    "total_creditcard_payment_9",
                    "total_creditcard_payment_10",
                    "total_creditcard_payment_11",
                    "total_inward_payment_bounce_6",
                    "total_inward_payment_bounce_7",
                    "total_inward_payment_bounce_8",
                    "total_inward_payment_bounce_9",
                    "total_inward_payment_bounce_10",
                    "total_inward_payment_bounce_11",
                    "total_salary_6",
                    "total_salary_7",
                    "total_salary_8",
                    "total_salary_9",
                    "total_salary_10",
                    "total_salary_11",
                    "max_balance_6",
                    "max_balance_7",
                    "max_balance_8",
                    "max_balance_9",
                    "max_balance_10",
                    "max_balance_11",
                    "min_balance_6",
                    "min_balance_7",
                    "min_balance_8",
                    "min_balance_9",
                    "min_balance_10",
                    "min_balance_11",
                    "avg_balance_6",
                    "avg_balance_7",
                    "avg_balance_8",
                    "avg_balance_9",
                    "avg_balance_10",
                    "avg_balance_11",
                    "bal_last_6",
                    "bal_last_7",
                    "bal_last_8",
                    "bal_last_9",
                    "bal_last_10",
                    "bal_last_11",
                    "balance_on_10th_6",
                    "balance_on_10th_7",
                    "balance_on_10th_8",
                    "balance_on_10th_9",
                    "balance_on_10th_10",
                    "balance_on_10th_11",
                    "balance_on_15th_6",
                    "balance_on_15th_7",
                    "balance_on_15th_8",
                    "balance_on_15th_9",
                    "balance_on_15th_10",
                    "balance_on_15th_11",
                    "balance_on_1st_6",
                    "balance_on_1st_7",
                    "balance_on_1st_8",
                    "balance_on_1st_9",
                    "balance_on_1st_10",
                    "balance_on_1st_11",
                    "balance_on_20th_6",
                    "balance_on_20th_7",
                    "balance_on_20th_8",
                    "balance_on_20th_9",
                    "balance_on_20th_10",
                    "balance_on_20th_11",
                    "balance_on_25th_6",
                    "balance_on_25th_7",
                    "balance_on_25th_8",
                    "balance_on_25th_9",
                    "balance_on_25th_10",
                    "balance_on_25th_11",
                    "balance_on_30th_6",
                    "balance_on_30th_7",
                    "balance_on_30th_8",
                    "balance_on_30th_9",
                    "balance_on_30th_10",
                    "balance_on_30th_11",
                    "balance_on_5th_6",
                    "balance_on_5th_7",
                    "balance_on_5th_8",
                    "balance_on_5th_9",
                    "balance_on_5th_10",
                    "balance_on_5th_11",
                    "bal_avgof_6dates_6",
                    "bal_avgof_6dates_7",
                    "bal_avgof_6dates_8",
                    "bal_avgof_6dates_9",
                    "bal_avgof_6dates_10",
                    "bal_avgof_6dates_11",
                    "balance_net_off_on_1st_6",
                    "balance_net_off_on_1st_7",
                    "balance_net_off_on_1st_8",
                    "balance_net_off_on_1st_9",
                    "balance_net_off_on_1st_10",
                    "balance_net_off_on_1st_11",
                    "balance_net_off_on_5th_6",
                    "balance_net_off_on_5th_7",
                    "balance_net_off_on_5th_8",
                    "balance_net_off_on_5th_9",
                    "balance_net_off_on_5th_10",
                    "balance_net_off_on_5th_11",
                    "balance_net_off_on_10th_6",
                    "balance_net_off_on_10th_7",
                    "balance_net_off_on_10th_8",
                    "balance_net_off_on_10th_9",
                    "balance_net_off_on_10th_10",
                    "balance_net_off_on_10th_11",
                    "balance_net_off_on_15th_6",
                    "balance_net_off_on_15th_7",
                    "balance_net_off_on_15th_8",
                    "balance_net_off_on_15th_9",
                    "balance_net_off_on_15th_10",
                    "balance_net_off_on_15th_11",
                    "balance_net_off_on_20th_6",
                    "balance_net_off_on_20th_7",
                    "balance_net_off_on_20th_8",
                    "balance_net_off_on_20th_9",
                    "balance_net_off_on_20th_10",
                    "balance_net_off_on_20th_11",
                    "balance_net_off_on_25th_6",
                    "balance_net_off_on_25th_7",
                    "balance_net_off_on_25th_8",
                    "balance_net_off_on_25th_9",
                    "balance_net_off_on_25th_10",
                    "balance_net_off_on_25th_11",
                    "balance_net_off_on_30th_6",
                    "balance_net_off_on_30th_7",
                    "balance_net_off_on_30th_8",
                    "balance_net_off_on_30th_9",
                    "balance_net_off_on_30th_10",
                    "balance_net_off_on_30th_11",
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
                ("accountnumber", Union[str, int, None]),
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
                ("month_6", Union[Union[str, None], Unset], UNSET),
                ("month_7", Union[Union[str, None], Unset], UNSET),
                ("month_8", Union[Union[str, None], Unset], UNSET),
                ("month_9", Union[Union[str, None], Unset], UNSET),
                ("month_10", Union[Union[str, None], Unset], UNSET),
                ("month_11", Union[Union[str, None], Unset], UNSET),
                ("credits_6", Union[Union[int | float, None], Unset], UNSET),
                ("credits_7", Union[Union[int | float, None], Unset], UNSET),
                ("credits_8", Union[Union[int | float, None], Unset], UNSET),
                ("credits_9", Union[Union[int | float, None], Unset], UNSET),
                ("credits_10", Union[Union[int | float, None], Unset], UNSET),
                ("credits_11", Union[Union[int | float, None], Unset], UNSET),
                ("debitless_charges_6", Union[Union[int | float, None], Unset], UNSET),
                ("debitless_charges_7", Union[Union[int | float, None], Unset], UNSET),
                ("debitless_charges_8", Union[Union[int | float, None], Unset], UNSET),
                ("debitless_charges_9", Union[Union[int | float, None], Unset], UNSET),
                ("debitless_charges_10", Union[Union[int | float, None], Unset], UNSET),
                ("debitless_charges_11", Union[Union[int | float, None], Unset], UNSET),
                ("debits_6", Union[Union[int | float, None], Unset], UNSET),
                ("debits_7", Union[Union[int | float, None], Unset], UNSET),
                ("debits_8", Union[Union[int | float, None], Unset], UNSET),
                ("debits_9", Union[Union[int | float, None], Unset], UNSET),
                ("debits_10", Union[Union[int | float, None], Unset], UNSET),
                ("debits_11", Union[Union[int | float, None], Unset], UNSET),
                ("expense_6", Union[Union[int | float, None], Unset], UNSET),
                ("expense_7", Union[Union[int | float, None], Unset], UNSET),
                ("expense_8", Union[Union[int | float, None], Unset], UNSET),
                ("expense_9", Union[Union[int | float, None], Unset], UNSET),
                ("expense_10", Union[Union[int | float, None], Unset], UNSET),
                ("expense_11", Union[Union[int | float, None], Unset], UNSET),
                ("income_6", Union[Union[int | float, None], Unset], UNSET),
                ("income_7", Union[Union[int | float, None], Unset], UNSET),
                ("income_8", Union[Union[int | float, None], Unset], UNSET),
                ("income_9", Union[Union[int | float, None], Unset], UNSET),
                ("income_10", Union[Union[int | float, None], Unset], UNSET),
                ("income_11", Union[Union[int | float, None], Unset], UNSET),
                (
                    "expense_to_income_ratio_6",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "expense_to_income_ratio_7",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "expense_to_income_ratio_8",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "expense_to_income_ratio_9",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "expense_to_income_ratio_10",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "expense_to_income_ratio_11",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                ("number_of_transactions_6", Union[Union[int, None], Unset], UNSET),
                ("number_of_transactions_7", Union[Union[int, None], Unset], UNSET),
                ("number_of_transactions_8", Union[Union[int, None], Unset], UNSET),
                ("number_of_transactions_9", Union[Union[int, None], Unset], UNSET),
                ("number_of_transactions_10", Union[Union[int, None], Unset], UNSET),
                ("number_of_transactions_11", Union[Union[int, None], Unset], UNSET),
                (
                    "total_creditcard_payment_6",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_creditcard_payment_7",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_creditcard_payment_8",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_creditcard_payment_9",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_creditcard_payment_10",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_creditcard_payment_11",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_inward_payment_bounce_6",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_inward_payment_bounce_7",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_inward_payment_bounce_8",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_inward_payment_bounce_9",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_inward_payment_bounce_10",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "total_inward_payment_bounce_11",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                ("total_salary_6", Union[Union[int | float, None], Unset], UNSET),
                ("total_salary_7", Union[Union[int | float, None], Unset], UNSET),
                ("total_salary_8", Union[Union[int | float, None], Unset], UNSET),
                ("total_salary_9", Union[Union[int | float, None], Unset], UNSET),
                ("total_salary_10", Union[Union[int | float, None], Unset], UNSET),
                ("total_salary_11", Union[Union[int | float, None], Unset], UNSET),
                ("max_balance_6", Union[Union[int | float, None], Unset], UNSET),
                ("max_balance_7", Union[Union[int | float, None], Unset], UNSET),
                ("max_balance_8", Union[Union[int | float, None], Unset], UNSET),
                ("max_balance_9", Union[Union[int | float, None], Unset], UNSET),
                ("max_balance_10", Union[Union[int | float, None], Unset], UNSET),
                ("max_balance_11", Union[Union[int | float, None], Unset], UNSET),
                ("min_balance_6", Union[Union[int | float, None], Unset], UNSET),
                ("min_balance_7", Union[Union[int | float, None], Unset], UNSET),
                ("min_balance_8", Union[Union[int | float, None], Unset], UNSET),
                ("min_balance_9", Union[Union[int | float, None], Unset], UNSET),
                ("min_balance_10", Union[Union[int | float, None], Unset], UNSET),
                ("min_balance_11", Union[Union[int | float, None], Unset], UNSET),
                ("avg_balance_6", Union[Union[int | float, None], Unset], UNSET),
                ("avg_balance_7", Union[Union[int | float, None], Unset], UNSET),
                ("avg_balance_8", Union[Union[int | float, None], Unset], UNSET),
                ("avg_balance_9", Union[Union[int | float, None], Unset], UNSET),
                ("avg_balance_10", Union[Union[int | float, None], Unset], UNSET),
                ("avg_balance_11", Union[Union[int | float, None], Unset], UNSET),
                ("bal_last_6", Union[Union[int | float, None], Unset], UNSET),
                ("bal_last_7", Union[Union[int | float, None], Unset], UNSET),
                ("bal_last_8", Union[Union[int | float, None], Unset], UNSET),
                ("bal_last_9", Union[Union[int | float, None], Unset], UNSET),
                ("bal_last_10", Union[Union[int | float, None], Unset], UNSET),
                ("bal_last_11", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_10th_6", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_10th_7", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_10th_8", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_10th_9", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_10th_10", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_10th_11", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_15th_6", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_15th_7", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_15th_8", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_15th_9", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_15th_10", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_15th_11", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_1st_6", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_1st_7", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_1st_8", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_1st_9", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_1st_10", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_1st_11", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_20th_6", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_20th_7", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_20th_8", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_20th_9", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_20th_10", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_20th_11", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_25th_6", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_25th_7", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_25th_8", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_25th_9", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_25th_10", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_25th_11", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_30th_6", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_30th_7", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_30th_8", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_30th_9", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_30th_10", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_30th_11", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_5th_6", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_5th_7", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_5th_8", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_5th_9", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_5th_10", Union[Union[int | float, None], Unset], UNSET),
                ("balance_on_5th_11", Union[Union[int | float, None], Unset], UNSET),
                ("bal_avgof_6dates_6", Union[Union[int | float, None], Unset], UNSET),
                ("bal_avgof_6dates_7", Union[Union[int | float, None], Unset], UNSET),
                ("bal_avgof_6dates_8", Union[Union[int | float, None], Unset], UNSET),
                ("bal_avgof_6dates_9", Union[Union[int | float, None], Unset], UNSET),
                ("bal_avgof_6dates_10", Union[Union[int | float, None], Unset], UNSET),
                ("bal_avgof_6dates_11", Union[Union[int | float, None], Unset], UNSET),
                (
                    "balance_net_off_on_1st_6",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_1st_7",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_1st_8",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_1st_9",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_1st_10",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_1st_11",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_5th_6",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_5th_7",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_5th_8",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_5th_9",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_5th_10",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_5th_11",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_10th_6",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_10th_7",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_10th_8",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_10th_9",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_10th_10",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_10th_11",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_15th_6",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_15th_7",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_15th_8",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_15th_9",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_15th_10",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_15th_11",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_20th_6",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_20th_7",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_20th_8",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_20th_9",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_20th_10",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_20th_11",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_25th_6",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_25th_7",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_25th_8",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_25th_9",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_25th_10",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_25th_11",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_30th_6",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_30th_7",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_30th_8",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_30th_9",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_30th_10",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
                (
                    "balance_net_off_on_30th_11",
                    Union[Union[int | float, None], Unset],
                    UNSET,
                ),
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
