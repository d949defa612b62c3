"""A bill shared with others, listed in the ledger: the account it was paid from and the
person's own share, never the "Owed to me" account the others' shares are kept in."""

from __future__ import annotations

from decimal import Decimal

from lingassist.core.transactions import TransactionFilter
from lingassist.ledger.queries import list_transactions
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry


def test_a_shared_bill_is_listed_under_the_account_that_paid_it(context: AppContext) -> None:
    record_entry(
        context,
        EntryRequest(
            "90.00",
            merchant="Trattoria Sole",
            category="FOOD_AND_DRINK_RESTAURANT",
            date="2026-11-20",
            shared_with=("Gabi", "Lucas"),
        ),
    )
    record_entry(
        context,
        EntryRequest("4.50", merchant="Kiosk", category="FOOD_AND_DRINK_COFFEE", date="2026-11-21"),
    )
    with context.database.sessions() as session:
        rows = {
            row.merchant: row for row in list_transactions(TransactionFilter(), session=session)
        }
    shared, coffee = rows["Trattoria Sole"], rows["Kiosk"]
    assert (shared.account, shared.amount) == ("Checking", Decimal("-30.00"))
    assert (coffee.account, coffee.amount) == ("Checking", Decimal("-4.50"))
