"""A small ledger with everything an export must get right: several accounts and
currencies (EUR, USD, JPY with no decimals, BHD with three), refunds, splits, a shared
expense, transfers, a currency exchange, a pending payment, receipt photos (one of them
missing from the home), names with quotes, backslashes, semicolons, pipes, unicode and
emoji, and names that would clash as account names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PIL import Image

from lingassist.core.accounts import Account, AccountKind, AccountType
from lingassist.core.money import Money
from lingassist.core.transactions import NewTransaction, Posting, TransactionStatus
from lingassist.ledger import journal
from lingassist.ledger.attachments import add_attachment
from lingassist.ledger.repository import (
    add_transaction,
    create_account,
    find_account,
    resolve_category,
)
from lingassist.services.attachments import store_file
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry

QUOTED_MERCHANT = 'Blue "Bottle" \\ Café ☕'
TRICKY_MEMO = 'with Tom; "latte" | big \\o/'
TRANSACTIONS = 14  # how many `build` writes
OCTOBER = 2  # of which in October 2026 (the rest in November)


def build(context: AppContext, tmp_path: Path) -> None:
    """Fill the (EUR, Checking + Cash) ledger of `context`."""
    accounts = _accounts(context)
    photo = tmp_path / "receipt.png"
    Image.new("RGB", (8, 8), "white").save(photo)
    entry(context, "3000", "ACME; Corp|Payroll", "INCOME_SALARY", "2026-10-01", income=True)
    entry(context, "40", "Corner Shop", "FOOD_AND_DRINK_GROCERIES", "2026-10-15")
    stored = store_file(context.paths, photo)
    record_entry(
        context,
        EntryRequest(
            "12.50",
            merchant=QUOTED_MERCHANT,
            category="FOOD_AND_DRINK_COFFEE",
            date="2026-11-03",
            memo=TRICKY_MEMO,
        ),
        attachment=stored,
    )
    entry(context, "5", "(Untitled) =SUM(A1)", "FOOD_AND_DRINK_COFFEE", "2026-11-04", refund=True)
    record_entry(
        context,
        EntryRequest(
            "30",
            merchant="日本食堂 🍜",
            category="FOOD_AND_DRINK_RESTAURANT",
            date="2026-11-05",
            shared_with=("Tom",),
        ),
    )
    _write(context, _custom(context, accounts), tmp_path)


def entry(
    context: AppContext,
    amount: str,
    merchant: str,
    category: str,
    day: str,
    *,
    income: bool = False,
    refund: bool = False,
) -> None:
    record_entry(
        context,
        EntryRequest(
            amount, merchant=merchant, category=category, date=day, income=income, refund=refund
        ),
    )


def _accounts(context: AppContext) -> dict[str, Account]:
    wanted = [
        ("Visa", AccountType.LIABILITY, AccountKind.CARD, "EUR"),
        ("US Dollars 💵", AccountType.ASSET, AccountKind.CHECKING, "USD"),
        ("日本 口座", AccountType.ASSET, AccountKind.CASH, "JPY"),
        ("Bahrain", AccountType.ASSET, AccountKind.CHECKING, "BHD"),
        ("Blue Bottle", AccountType.ASSET, AccountKind.OTHER, "EUR"),
        ("Blue-Bottle", AccountType.ASSET, AccountKind.OTHER, "EUR"),
        ("🐷", AccountType.ASSET, AccountKind.SAVINGS, "EUR"),
        ("Exchange", AccountType.EQUITY, AccountKind.OTHER, "EUR"),
    ]
    with context.database.sessions.begin() as session:
        change = journal.begin_change(session, "accounts")
        made = {
            name: create_account(name, kind_type, kind, currency, session=session, change=change)
            for name, kind_type, kind, currency in wanted
        }
    return made


def _custom(context: AppContext, accounts: dict[str, Account]) -> list[NewTransaction]:
    """Splits, transfers, foreign currencies, an exchange and a pending payment."""
    with context.database.sessions() as session:
        category = {
            code: resolve_category(code, session=session).account_id
            for code in (
                "FOOD_AND_DRINK_GROCERIES",
                "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES",
                "TRAVEL_LODGING",
                "FOOD_AND_DRINK_COFFEE",
                "RENT_AND_UTILITIES_RENT",
            )
        }
        checking = _checking(context)
    a = accounts

    def eur(value: str) -> Money:
        return Money(Decimal(value), "EUR")

    return [
        NewTransaction(  # a split: groceries and clothes in one receipt
            date(2026, 11, 6),
            "Weekly shop",
            (
                Posting(category["FOOD_AND_DRINK_GROCERIES"], eur("23.40")),
                Posting(category["GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES"], eur("19.99")),
                Posting(checking, eur("-43.39")),
            ),
            merchant="Supermarché Ünïcode",
        ),
        NewTransaction(  # paying the card off
            date(2026, 11, 7),
            "Card payment",
            (Posting(a["Visa"].id, eur("200")), Posting(checking, eur("-200"))),
        ),
        NewTransaction(  # a foreign hotel from the dollar account
            date(2026, 11, 8),
            "Hotel",
            (
                Posting(category["TRAVEL_LODGING"], Money(Decimal("180.00"), "USD")),
                Posting(a["US Dollars 💵"].id, Money(Decimal("-180.00"), "USD")),
            ),
            merchant='Hotel "Zum Löwen"',
        ),
        NewTransaction(  # yen have no decimals
            date(2026, 11, 9),
            "Ramen",
            (
                Posting(category["FOOD_AND_DRINK_COFFEE"], Money(Decimal("1200"), "JPY")),
                Posting(a["日本 口座"].id, Money(Decimal("-1200"), "JPY")),
            ),
            merchant="ラーメン屋",
        ),
        NewTransaction(  # dinars have three
            date(2026, 11, 10),
            "Coffee in Manama",
            (
                Posting(category["FOOD_AND_DRINK_COFFEE"], Money(Decimal("1.250"), "BHD")),
                Posting(a["Bahrain"].id, Money(Decimal("-1.250"), "BHD")),
            ),
        ),
        NewTransaction(  # 100 EUR bought 110 USD: balanced per currency through Exchange
            date(2026, 11, 11),
            "Currency exchange",
            (
                Posting(checking, eur("-100")),
                Posting(a["Exchange"].id, eur("100")),
                Posting(a["Exchange"].id, Money(Decimal("-110.00"), "USD")),
                Posting(a["US Dollars 💵"].id, Money(Decimal("110.00"), "USD")),
            ),
        ),
        NewTransaction(  # a confirmed payment the bank has not done yet
            date(2026, 11, 12),
            "Rent November",
            (
                Posting(category["RENT_AND_UTILITIES_RENT"], eur("900")),
                Posting(checking, eur("-900")),
            ),
            merchant="Landlord",
            status=TransactionStatus.PENDING,
        ),
        NewTransaction(  # its photo is lost from the home
            date(2026, 11, 13),
            "Socks",
            (
                Posting(category["GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES"], eur("9.99")),
                Posting(checking, eur("-9.99")),
            ),
            merchant="-Sock Shop",
        ),
        NewTransaction(  # money moved to a savings account named with an emoji only
            date(2026, 11, 14),
            "Savings",
            (Posting(a["🐷"].id, eur("50")), Posting(checking, eur("-50"))),
        ),
    ]


def _checking(context: AppContext) -> int:
    with context.database.sessions() as session:
        return find_account("Checking", session=session).id


def _write(context: AppContext, items: list[NewTransaction], tmp_path: Path) -> None:
    lost = tmp_path / "lost.jpg"
    Image.new("RGB", (8, 8), "red").save(lost)
    with context.database.sessions.begin() as session:
        change = journal.begin_change(session, "custom transactions")
        ids = [add_transaction(t, session=session, change=change) for t in items]
        stored = store_file(context.paths, lost)
        add_attachment(
            ids[-2],
            sha256=stored.sha256,
            original_name="socks receipt.JPG",
            mime=stored.mime,
            size=stored.size,
            stored_name=stored.stored_name,
            session=session,
        )
    (context.paths.attachments / stored.stored_name).unlink()
