"""The dashboard's figures on a small fixed ledger (today is 2026-11-23, EUR)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.core.money import Money
from lingassist.core.reports import ReportRow
from lingassist.ledger import journal
from lingassist.ledger.budgets import set_budget
from lingassist.ledger.recategorize import category_id_of
from lingassist.ledger.repository import resolve_category
from lingassist.services import payments
from lingassist.services.context import AppContext
from lingassist.services.dashboard import (
    CategoryComparison,
    budget_state,
    compare_categories,
    dashboard,
)
from lingassist.services.entries import EntryRequest, record_entry

NOVEMBER = date(2026, 11, 1)
ENTRIES = (
    # (date, amount, merchant, category)
    ("2025-11-30", "99.99", "Lidl", "groceries"),  # before the trend's first month
    ("2025-12-01", "11.11", "Lidl", "groceries"),
    ("2026-09-14", "70.00", "Lidl", "groceries"),
    ("2026-10-02", "900", "Landlord", "rent"),
    ("2026-10-05", "50.00", "Lidl", "groceries"),
    ("2026-10-10", "4.20", "Blue Bottle", "coffee"),
    ("2026-10-12", "60.00", "Shell", "TRANSPORTATION_GAS"),
    ("2026-10-20", "35.00", "Pharmacy", "MEDICAL"),
    ("2026-11-02", "900", "Landlord", "rent"),
    ("2026-11-03", "30.50", "Lidl", "groceries"),
    ("2026-11-15", "12.25", "Lidl", "groceries"),
    ("2026-11-04", "4.20", "Blue Bottle", "coffee"),
    ("2026-11-18", "4.20", "Blue Bottle", "coffee"),
    ("2026-11-07", "25.00", "Cinema", "ENTERTAINMENT_TV_AND_MOVIES"),
    ("2026-11-09", "120.00", "MediaMarkt", "GENERAL_MERCHANDISE_ELECTRONICS"),
    ("2026-11-10", "45.00", "Shell", "TRANSPORTATION_GAS"),
    ("2026-11-12", "15.00", "Barber", "PERSONAL_CARE"),
    ("2026-11-21", "10.00", "", "TRAVEL"),  # no merchant: not among the merchants
)
BUDGETS = (
    ("FOOD_AND_DRINK_COFFEE", "8.00"),  # 8.40 spent: over
    ("FOOD_AND_DRINK_GROCERIES", "50.00"),  # 42.75 spent: 85.5 %, warning
    ("ENTERTAINMENT", "25.00"),  # 25.00 spent: exactly the limit, warning
    ("TRANSPORTATION", "100.00"),  # 45.00 spent: ok
)


def fill_ledger(context: AppContext) -> None:
    """The fixed ledger the service and GUI tests read: entries, budgets, payments."""
    record_entry(
        context, EntryRequest("3850", merchant="ACME", category="INCOME_SALARY", date="2026-10-01")
    )
    for day, amount, merchant, category in ENTRIES:
        request = EntryRequest(
            amount, merchant=merchant, category=category, date=day, description=merchant or "Train"
        )
        record_entry(context, request)
    with context.database.sessions.begin() as session:
        change = journal.begin_change(session, "Budgets")
        for code, amount in BUDGETS:
            category = category_id_of(resolve_category(code, session=session).code, session=session)
            set_budget(category, Money(Decimal(amount), "EUR"), session=session, change=change)
    payments.save_payee(context, "Alice Martin", "DE89370400440532013000")
    payments.save_payee(context, "Stadtwerke Nordstadt", "DE65100700000123456789")
    for payee, amount, day in (
        ("Stadtwerke Nordstadt", "86.50", date(2026, 12, 9)),
        ("Alice Martin", "40.00", date(2026, 12, 2)),
        ("Alice Martin", "12.00", date(2026, 12, 3)),
    ):
        checked = payments.draft_payment(context, payee, Decimal(amount), execution_date=day)
        row = payments.confirm_payment(context, checked)
    payments.mark_paid(context, row.id)  # the 12.00 one is paid: no longer upcoming


@pytest.fixture
def filled(context: AppContext) -> AppContext:
    fill_ledger(context)
    return context


def test_totals_of_the_month_and_the_month_before(filled: AppContext) -> None:
    board = dashboard(filled, date(2026, 11, 23))
    assert (board.month, board.label, board.previous_label) == (
        NOVEMBER,
        "November 2026",
        "October 2026",
    )
    assert board.currency == "EUR"
    assert board.spent == Decimal("1166.15")
    assert board.previous_spent == Decimal("1049.20")


def test_this_month_vs_last_keeps_the_six_largest_and_sums_the_rest(filled: AppContext) -> None:
    board = dashboard(filled, NOVEMBER)
    assert [(c.code, c.this_month, c.last_month) for c in board.categories] == [
        ("RENT_AND_UTILITIES", Decimal("900.00"), Decimal("900.00")),
        ("GENERAL_MERCHANDISE", Decimal("120.00"), Decimal("0")),
        ("FOOD_AND_DRINK", Decimal("51.15"), Decimal("54.20")),
        ("TRANSPORTATION", Decimal("45.00"), Decimal("60.00")),
        ("ENTERTAINMENT", Decimal("25.00"), Decimal("0")),
        ("PERSONAL_CARE", Decimal("15.00"), Decimal("0")),
        ("", Decimal("10.00"), Decimal("35.00")),  # travel now, medical last month
    ]
    assert board.categories[0].name == "Rent and utilities"
    assert board.categories[-1].name == "Everything else"
    assert sum(c.this_month for c in board.categories) == board.spent
    assert sum(c.last_month for c in board.categories) == board.previous_spent


def test_trend_covers_twelve_months_ending_with_the_month(filled: AppContext) -> None:
    trend = dashboard(filled, NOVEMBER).trend
    assert len(trend) == 12
    assert (trend[0].month, trend[0].key, trend[0].label) == (date(2025, 12, 1), "2025-12", "Dec")
    assert (trend[-1].month, trend[-1].key, trend[-1].label) == (NOVEMBER, "2026-11", "Nov")
    amounts = {p.key: p.amount for p in trend if p.amount}
    assert amounts == {
        "2025-12": Decimal("11.11"),
        "2026-09": Decimal("70.00"),
        "2026-10": Decimal("1049.20"),
        "2026-11": Decimal("1166.15"),
    }
    assert dashboard(filled, NOVEMBER).monthly_average == Decimal("191.37")  # 2296.46 / 12


def test_budgets_with_their_state(filled: AppContext) -> None:
    budgets = {b.code: b for b in dashboard(filled, NOVEMBER).budgets}
    assert {code: (b.spent, b.limit, b.state) for code, b in budgets.items()} == {
        "FOOD_AND_DRINK_COFFEE": (Decimal("8.40"), Decimal("8.00"), "over"),
        "FOOD_AND_DRINK_GROCERIES": (Decimal("42.75"), Decimal("50.00"), "warning"),
        "ENTERTAINMENT": (Decimal("25.00"), Decimal("25.00"), "warning"),
        "TRANSPORTATION": (Decimal("45.00"), Decimal("100.00"), "ok"),
    }
    assert budgets["FOOD_AND_DRINK_GROCERIES"].share == pytest.approx(0.855)
    assert budgets["FOOD_AND_DRINK_COFFEE"].currency == "EUR"


def test_october_budgets_count_october_spending(filled: AppContext) -> None:
    budgets = {b.code: b for b in dashboard(filled, date(2026, 10, 1)).budgets}
    assert budgets["FOOD_AND_DRINK_GROCERIES"].spent == Decimal("50.00")
    assert budgets["FOOD_AND_DRINK_GROCERIES"].state == "warning"  # exactly 100 %
    assert (budgets["FOOD_AND_DRINK_COFFEE"].spent, budgets["FOOD_AND_DRINK_COFFEE"].state) == (
        Decimal("4.20"),
        "ok",
    )


@pytest.mark.parametrize(
    ("spent", "limit", "state"),
    [
        ("0", "80", "ok"),
        ("63.99", "80", "ok"),
        ("64.00", "80", "warning"),
        ("80.00", "80", "warning"),
        ("80.01", "80", "over"),
        ("0", "0", "ok"),
        ("0.01", "0", "over"),
    ],
)
def test_budget_state(spent: str, limit: str, state: str) -> None:
    assert budget_state(Decimal(spent), Decimal(limit)) == state


def test_top_merchants_of_the_month(filled: AppContext) -> None:
    merchants = dashboard(filled, NOVEMBER).merchants
    assert [(m.name, m.amount, m.count) for m in merchants] == [
        ("Landlord", Decimal("900.00"), 1),
        ("MediaMarkt", Decimal("120.00"), 1),
        ("Shell", Decimal("45.00"), 1),
        ("Lidl", Decimal("42.75"), 2),
        ("Cinema", Decimal("25.00"), 1),
    ]


def test_upcoming_payments_are_the_pending_ones_soonest_first(filled: AppContext) -> None:
    upcoming = dashboard(filled, NOVEMBER).payments
    assert [(p.payee, p.amount, p.currency, p.date) for p in upcoming] == [
        ("Alice Martin", Decimal("40.00"), "EUR", date(2026, 12, 2)),
        ("Stadtwerke Nordstadt", Decimal("86.50"), "EUR", date(2026, 12, 9)),
    ]


def test_an_empty_ledger(context: AppContext) -> None:
    board = dashboard(context, NOVEMBER)
    assert (board.spent, board.previous_spent, board.monthly_average) == (0, 0, 0)
    assert board.categories == () and board.budgets == () and board.merchants == ()
    assert board.payments == ()
    assert [p.amount for p in board.trend] == [Decimal(0)] * 12


def test_compare_categories_without_a_rest() -> None:
    now = [ReportRow("A", "Apples", Decimal("5"), "EUR", 1)]
    before = [ReportRow("B", "Bread", Decimal("7"), "EUR", 2)]
    assert compare_categories(now, before) == (
        CategoryComparison("A", "Apples", Decimal("5"), Decimal("0")),
        CategoryComparison("B", "Bread", Decimal("0"), Decimal("7")),
    )


def test_a_month_with_only_a_refund_has_spent_nothing_of_its_budget(filled: AppContext) -> None:
    """A refund in December of a November purchase: December's coffee budget shows 0 spent
    and the whole limit left, not a negative spending."""
    record_entry(
        filled,
        EntryRequest(
            "4.20", merchant="Blue Bottle", category="coffee", date="2026-12-02", refund=True
        ),
    )
    budgets = {b.code: b for b in dashboard(filled, date(2026, 12, 1)).budgets}
    coffee = budgets["FOOD_AND_DRINK_COFFEE"]
    assert (coffee.spent, coffee.share, coffee.state) == (Decimal("0.00"), 0.0, "ok")
