"""The CSV export: one row per category line of each transaction, as a bank statement
reads, for spreadsheets.

Each transaction is seen from the money account that paid (or was paid): an expense is
one row (Checking, Coffee, -12.50), a split is one row per category, a shared expense has
a row for the person's share and one for what others owe ("Owed to me"), and a transfer is
one row whose category column names the other account. The amounts of a transaction's
rows add up to what its account moved. A transaction in several currencies (a currency
exchange) is read one currency at a time, each from its own account.

The file is UTF-8 *with* a byte order mark: Excel, which many tax advisors use, opens a
CSV without one in the computer's legacy code page, so "Café" and "€" come out garbled;
with the mark it reads UTF-8. LibreOffice, Numbers, Google Sheets and Python's
``utf-8-sig`` read the mark as it is meant. Quoting follows RFC 4180 (CRLF line ends,
fields with a comma, quote or line break quoted, quotes doubled). Amounts are plain
decimal strings with a minus sign and a point ("-1234.50"), never rounded. A text cell that
starts with = + - @ or a tab gets a leading apostrophe, so a spreadsheet shows it as text
instead of running it as a formula (a merchant name from a bank file is data, never a
command).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from typing import TextIO

from lingassist.core.accounts import AccountType
from lingassist.exports.records import (
    ExportAccount,
    ExportPosting,
    ExportTransaction,
    LedgerSnapshot,
)

ENCODING = "utf-8-sig"  # UTF-8 with a byte order mark (see the module's docstring)
HEADER = (
    "Date",
    "Transaction",
    "Account",
    "Payee",
    "Description",
    "Category",
    "Category code",
    "Amount",
    "Currency",
    "Memo",
    "Status",
    "Source",
    "Receipt",
)
RECEIPT_SEPARATOR = "; "
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MONEY = frozenset(t for t in AccountType if t.holds_money)


def write_csv(
    snapshot: LedgerSnapshot,
    handle: TextIO,
    receipts: Mapping[int, str] | None = None,
) -> int:
    """Write the snapshot's transactions as CSV rows to `handle` (opened with
    ``newline=""`` and `ENCODING`); return the number of rows after the header.

    `receipts` names each attachment (by id) as the Receipt column shows it (the file's
    name inside an evidence zip); without it the column holds the original file names.
    """
    writer = csv.writer(handle, dialect="excel", lineterminator="\r\n")
    writer.writerow(HEADER)
    accounts = snapshot.accounts_by_id()
    count = 0
    for transaction in snapshot.transactions:
        rows = transaction_rows(transaction, accounts, receipts)
        writer.writerows(rows)
        count += len(rows)
    return count


def transaction_rows(
    transaction: ExportTransaction,
    accounts: Mapping[int, ExportAccount],
    receipts: Mapping[int, str] | None = None,
) -> list[list[str]]:
    """The CSV rows of one transaction (see the module's docstring): in each currency,
    one row per posting other than the paying one, seen from the paying account."""
    receipt = RECEIPT_SEPARATOR.join(
        (receipts or {}).get(a.id, a.original_name) for a in transaction.attachments
    )
    head = [transaction.date.isoformat(), str(transaction.id)]
    named = [_text(transaction.merchant), _text(transaction.description)]
    tail = [
        _text(transaction.memo),
        transaction.status.value,
        transaction.source.value,
        _text(receipt),
    ]
    rows = []
    for legs in by_currency(transaction.postings):
        anchor = paying_posting(legs, accounts)
        account = _text(accounts[anchor.account_id].display_name)
        for posting in legs:
            if posting is anchor:
                continue
            other = accounts[posting.account_id]
            amount = -posting.amount if posting.amount else posting.amount
            rows.append(
                [
                    *head,
                    account,
                    *named,
                    _text(other.display_name),
                    other.category_code,
                    f"{amount:f}",  # plain and exact: "-1234.50", never "-1.2345E+3"
                    posting.currency,
                    *tail,
                ]
            )
    return rows


def by_currency(postings: tuple[ExportPosting, ...]) -> list[tuple[ExportPosting, ...]]:
    """The postings in groups of one currency (each balances on its own), in the order
    the currencies first appear."""
    first = postings[0].currency
    if all(p.currency == first for p in postings):
        return [postings]
    groups: dict[str, list[ExportPosting]] = {}
    for posting in postings:
        groups.setdefault(posting.currency, []).append(posting)
    return [tuple(group) for group in groups.values()]


def paying_posting(
    postings: tuple[ExportPosting, ...], accounts: Mapping[int, ExportAccount]
) -> ExportPosting:
    """The posting a group is seen from: a money account's, money leaving before money
    coming in, the largest first; else the first posting."""
    money = [p for p in postings if accounts[p.account_id].type in _MONEY]
    if not money:
        return postings[0]
    if len(money) == 1:
        return money[0]
    return max(money, key=lambda p: (p.amount < 0, abs(p.amount)))


def _text(value: str) -> str:
    """A text cell that a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
