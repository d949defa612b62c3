"""A transaction list narrowed to one kind of money movement: expenses, income, refunds or
transfers (`TransactionFilter.kind`), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.core.accounts import AccountKind, AccountType
from lingassist.core.money import Money
from lingassist.core.periods import Period
from lingassist.core.transactions import (
    NewTransaction,
    Posting,
    TransactionFilter,
    TransactionKind,
)
from lingassist.ledger import journal
from lingassist.ledger.queries import count_transactions, list_transactions
from lingassist.ledger.reports import spending_total
from lingassist.ledger.repository import add_transaction, create_account, find_account
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry


def _book(context: AppContext) -> None:
    """One of each kind in November 2026, and one expense in October."""
    restaurant, coffee = "FOOD_AND_DRINK_RESTAURANT", "FOOD_AND_DRINK_COFFEE"
    entries = [
        EntryRequest("14.00", merchant="Pasta Palace", category=restaurant, date="2026-11-03"),
        EntryRequest("9.90", merchant="Kiosk", category=coffee, date="2026-10-12"),
        EntryRequest(
            "60.00", merchant="Pasta Palace", category=restaurant, date="2026-11-05",
            shared_with=("Ilse",),
        ),
        EntryRequest(
            "1500", merchant="Acme Works", category="INCOME_SALARY", date="2026-11-01",
            income=True,
        ),
        EntryRequest(
            "25.00", merchant="Shoe Barn", category="GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE",
            date="2026-11-07", refund=True,
        ),
        EntryRequest("80.00", merchant="Bank", category="TRANSFER_OUT_SAVINGS", date="2026-11-09"),
    ]  # fmt: skip
    for entry in entries:
        record_entry(context, entry)
    with context.database.sessions.begin() as session:
        change = journal.begin_change(session, "test transactions")
        checking = find_account("Checking", session=session)
        cash = find_account("Cash", session=session)
        opening = create_account(
            "Opening balances",
            AccountType.EQUITY,
            AccountKind.OPENING,
            "EUR",
            session=session,
            change=change,
        )
        money = Money(Decimal("200.00"), "EUR")
        for day, description, target, source in (
            (date(2026, 11, 10), "Cash withdrawal", cash, checking),
            (date(2026, 11, 1), "Opening balance", checking, opening),
        ):
            new = NewTransaction(
                date=day,
                description=description,
                postings=(Posting(target.id, money), Posting(source.id, -money)),
            )
            add_transaction(new, session=session, change=change)


def _listed(context: AppContext, kind: TransactionKind | None, **bounds: date) -> list[str]:
    query = TransactionFilter(kind=kind, **bounds)
    with context.database.sessions() as session:
        rows = list_transactions(query, session=session)
        assert count_transactions(query, session=session) == len(rows)
    return sorted(row.merchant or row.description for row in rows)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (TransactionKind.EXPENSE, ["Kiosk", "Pasta Palace", "Pasta Palace"]),
        (TransactionKind.INCOME, ["Acme Works"]),
        (TransactionKind.REFUND, ["Shoe Barn"]),
        (TransactionKind.TRANSFER, ["Bank", "Cash withdrawal"]),
    ],
)
def test_a_list_shows_only_the_kind_asked_for(
    context: AppContext, kind: TransactionKind, expected: list[str]
) -> None:
    _book(context)
    assert _listed(context, kind) == expected


def test_the_kind_combines_with_the_period_and_other_filters(context: AppContext) -> None:
    _book(context)
    november = {"start": date(2026, 11, 1), "end": date(2026, 11, 30)}
    assert _listed(context, TransactionKind.EXPENSE, **november) == ["Pasta Palace"] * 2
    assert _listed(context, TransactionKind.EXPENSE, start=date(2026, 10, 1),
                   end=date(2026, 10, 31)) == ["Kiosk"]  # fmt: skip
    assert _listed(context, TransactionKind.REFUND, start=date(2026, 11, 8)) == []
    query = TransactionFilter(kind=TransactionKind.EXPENSE, min_amount=Money(Decimal(50), "EUR"))
    with context.database.sessions() as session:
        rows = list_transactions(query, session=session)
    assert [(row.merchant, row.date) for row in rows] == [("Pasta Palace", date(2026, 11, 5))]
    # without a kind, everything is listed, the opening balance included
    assert len(_listed(context, None)) == 8


def test_a_total_of_refunds_counts_only_the_money_back(context: AppContext) -> None:
    _book(context)
    november = Period(date(2026, 11, 1), date(2026, 11, 30), "November 2026")
    with context.database.sessions() as session:
        back = spending_total(november, session=session, refunds=True)
        spent = spending_total(november, session=session)
    assert [(row.amount, row.currency, row.count) for row in back] == [(Decimal("25.00"), "EUR", 1)]
    assert [row.amount for row in spent] == [Decimal("19.00")]  # 14 + 30 (own share) - 25
