from decimal import Decimal

import pytest

from lingassist.core.errors import (
    InvalidAmount,
    InvalidDate,
    NotFound,
    NothingToUndo,
    UserFacingError,
)
from lingassist.core.reports import ReportDimension
from lingassist.core.transactions import TransactionFilter
from lingassist.ledger.repository import transaction_count
from lingassist.services.context import AppContext
from lingassist.services.entries import (
    EntryRequest,
    find_entries,
    record_entry,
    redo_next,
    undo_last,
)
from lingassist.services.reports import balances, build_report


def count(context: AppContext) -> int:
    with context.database.sessions() as session:
        return transaction_count(session=session)


def test_an_expense_moves_money_from_the_account_to_the_category(context: AppContext) -> None:
    result = record_entry(
        context,
        EntryRequest(
            "12,50", merchant="Blue Bottle", category="FOOD_AND_DRINK_COFFEE", date="2026-11-20"
        ),
    )
    assert result.message == "Added expense 12.50 EUR at Blue Bottle"
    assert (result.row.amount, result.row.category_name, result.row.account) == (
        Decimal("-12.50"),
        "Coffee",
        "Checking",
    )
    by_name = {b.name: b.balance for b in balances(context)}
    assert by_name == {"Checking": Decimal("-12.50"), "Cash": Decimal("0")}
    report = build_report(context, "2026-11")
    assert [(r.key, r.amount) for r in report.rows] == [("FOOD_AND_DRINK_COFFEE", Decimal("12.50"))]


def test_income_and_category_names(context: AppContext) -> None:
    record_entry(context, EntryRequest("3850", merchant="ACME", category="Salary"))
    record_entry(context, EntryRequest("20", merchant="Mum", income=True))
    rows, total = find_entries(context, TransactionFilter())
    assert total == 2
    assert {(r.category_code, r.amount) for r in rows} == {
        ("INCOME_SALARY", Decimal("3850.00")),
        ("INCOME_OTHER", Decimal("20.00")),
    }


@pytest.mark.parametrize(
    ("request_", "error", "words"),
    [
        (EntryRequest("12.5.0"), InvalidAmount, "Could not read"),
        (EntryRequest(""), InvalidAmount, "How much"),
        (EntryRequest("0"), InvalidAmount, "zero"),
        (EntryRequest("1.234"), InvalidAmount, "more decimals"),
        (EntryRequest("5", account="Amex"), NotFound, "Accounts: Checking, Cash"),
        (EntryRequest("5", category="Snacks"), NotFound, "no category"),
        (EntryRequest("5", category="Savings"), NotFound, r"Did you mean: Savings \(transfer in\)"),
        (EntryRequest("5", date="2026-02-30"), InvalidDate, "not a date"),
        (EntryRequest("$5"), UserFacingError, "holds EUR"),
        (EntryRequest("5", category="coffee", income=True), UserFacingError, "spending category"),
    ],
)
def test_bad_input_says_what_is_wrong_and_writes_nothing(
    context: AppContext, request_: EntryRequest, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        record_entry(context, request_)
    assert count(context) == 0
    with pytest.raises(NothingToUndo):
        undo_last(context)


def test_undo_and_redo_walk_the_journal(context: AppContext) -> None:
    record_entry(context, EntryRequest("1", merchant="A"))
    record_entry(context, EntryRequest("2", merchant="B"))
    assert undo_last(context) == "Undid: add expense 2.00 EUR at B"
    assert count(context) == 1
    assert redo_next(context) == "Redid: add expense 2.00 EUR at B"
    assert count(context) == 2
    undo_last(context)
    record_entry(context, EntryRequest("3", merchant="C"))
    with pytest.raises(NothingToUndo, match="nothing to redo"):
        redo_next(context)


def test_reports_by_every_dimension(context: AppContext) -> None:
    for amount, merchant, category, day in [
        ("10", "Lidl", "groceries", "2026-10-03"),
        ("30", "Lidl", "groceries", "2026-11-03"),
        ("4", "Blue Bottle", "coffee", "2026-11-04"),
        ("900", "Landlord", "rent", "2026-11-01"),
    ]:
        record_entry(context, EntryRequest(amount, merchant=merchant, category=category, date=day))
    november = build_report(context, "2026-11", ReportDimension.CATEGORY)
    assert [(r.label, r.amount, r.count) for r in november.rows] == [
        ("Rent", Decimal("900.00"), 1),
        ("Groceries", Decimal("30.00"), 1),
        ("Coffee", Decimal("4.00"), 1),
    ]
    assert november.totals() == {"EUR": Decimal("934.00")}
    primary = build_report(context, "2026", ReportDimension.PRIMARY)
    assert [(r.key, r.label, r.amount) for r in primary.rows] == [
        ("RENT_AND_UTILITIES", "Rent and utilities", Decimal("900.00")),
        ("FOOD_AND_DRINK", "Food and drink", Decimal("44.00")),
    ]
    merchants = build_report(context, "2026", ReportDimension.MERCHANT)
    assert [(r.key, r.amount, r.count) for r in merchants.rows][1] == ("Lidl", Decimal("40.00"), 2)
    months = build_report(context, "2026", ReportDimension.MONTH)
    assert [(r.key, r.amount) for r in months.rows] == [
        ("2026-10", Decimal("10.00")),
        ("2026-11", Decimal("934.00")),
    ]


def test_merchant_and_note_edits_are_undoable(context: AppContext) -> None:
    from lingassist.services.corrections import edit_details

    row = record_entry(context, EntryRequest("9", merchant="Corner Shop")).row
    edit_details(context, row.id, merchant="Corner Shop Nord", memo="milk and bread")
    rows, _ = find_entries(context, TransactionFilter())
    assert (rows[0].merchant, rows[0].memo) == ("Corner Shop Nord", "milk and bread")
    undo_last(context)
    rows, _ = find_entries(context, TransactionFilter())
    assert (rows[0].merchant, rows[0].memo) == ("Corner Shop", "")


def test_a_payment_splits_exactly_over_categories(context: AppContext) -> None:
    from lingassist.services.corrections import split_transaction

    row = record_entry(
        context, EntryRequest("50.00", merchant="Superstore", category="groceries")
    ).row
    with pytest.raises(UserFacingError, match="add up to 45.00, but 50.00 was paid"):
        split_transaction(context, row.id, [("groceries", "30"), ("Electronics", "15")])
    split = split_transaction(context, row.id, [("groceries", "30"), ("Electronics", "20,00")])
    assert split.text == "Split into 2 categories."
    rows, _ = find_entries(context, TransactionFilter())
    assert (rows[0].category_name, rows[0].amount) == ("Split (2)", Decimal("-50.00"))
    report = build_report(context, "2026-11")
    assert {r.key: r.amount for r in report.rows} == {
        "FOOD_AND_DRINK_GROCERIES": Decimal("30.00"),
        "GENERAL_MERCHANDISE_ELECTRONICS": Decimal("20.00"),
    }
    undo_last(context)
    assert find_entries(context, TransactionFilter())[0][0].category_name == "Groceries"
