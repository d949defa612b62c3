"""The beancount export: a file that ``bean-check`` accepts.

It declares each currency (``commodity``) and opens each account on the file's first day
(money accounts restricted to the currencies they hold), then writes every transaction
with all its postings: cleared ones flagged ``*``, pending and draft ones ``!``; the
merchant is the payee and the description the narration. A period that starts after the
ledger's first transaction begins with an "Opening balances" transaction from
``Equity:OpeningBalances``. The ledger's transactions balance in each currency on their
own, so no prices are needed. Metadata keeps what beancount has no field for: the
LingAssist id, the memo, the source and the receipt's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import TextIO

from lingassist.core.transactions import TransactionStatus
from lingassist.exports.plain_text import (
    OPENING_TITLE,
    OpenAccount,
    names_for,
    opened_accounts,
    period_words,
    plain,
    write_entries,
)
from lingassist.exports.records import ExportTransaction, LedgerSnapshot

ENCODING = "utf-8"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": " ", "\r": " ", "\t": " "})


def write_beancount(
    snapshot: LedgerSnapshot, handle: TextIO, receipts: Mapping[int, str] | None = None
) -> int:
    """Write the snapshot as a beancount file to `handle`; return the transactions
    written (the opening balances count as one)."""
    names = names_for(snapshot)
    first = snapshot.first_day()
    handle.write(_header(snapshot))
    for currency in snapshot.currencies():
        handle.write(f"{first} commodity {currency}\n")
    handle.write("\n")
    for opened in opened_accounts(snapshot, names):
        handle.write(_open(opened, first))
    return write_entries(
        handle,
        snapshot,
        names,
        f'\n{snapshot.period.start} * "{OPENING_TITLE}"\n',
        _leg,
        lambda transaction: _transaction(transaction, names, receipts or {}),
    )


def _header(snapshot: LedgerSnapshot) -> str:
    period = snapshot.period
    return (
        f";; LingAssist export: {period_words(period)}, "
        f"{len(snapshot.transactions)} transactions.\n"
        f'option "title" "{quoted(f"LingAssist: {period.label}")}"\n'
        f'option "operating_currency" "{snapshot.default_currency}"\n\n'
    )


def _open(opened: OpenAccount, day: date) -> str:
    currencies = f" {','.join(opened.currencies)}" if opened.currencies else ""
    line = f"{day} open {opened.name}{currencies}\n"
    account = opened.account
    if account is None:
        return line
    if account.category_code:
        return line + f'  category: "{quoted(account.category_code)}"\n'
    return line + f'  name: "{quoted(account.name)}"\n'


def _transaction(
    transaction: ExportTransaction, names: Mapping[int, str], receipts: Mapping[int, str]
) -> str:
    flag = "*" if transaction.status is TransactionStatus.CLEARED else "!"
    payee = f'"{quoted(transaction.merchant)}" ' if transaction.merchant else ""
    lines = [
        f'\n{transaction.date} {flag} {payee}"{quoted(transaction.description)}"\n',
        f"  lingassist-id: {transaction.id}\n",
        f'  source: "{transaction.source.value}"\n',
    ]
    if transaction.memo:
        lines.append(f'  memo: "{quoted(transaction.memo)}"\n')
    for number, attachment in enumerate(transaction.attachments, start=1):
        name = receipts.get(attachment.id, attachment.original_name)
        key = "receipt" if number == 1 else f"receipt-{number}"
        lines.append(f'  {key}: "{quoted(name)}"\n')
    lines += [_leg(names[p.account_id], p.amount, p.currency) for p in transaction.postings]
    return "".join(lines)


def _leg(name: str, amount: Decimal, currency: str) -> str:
    return f"  {name}  {plain(amount)} {currency}\n"


def quoted(text: str) -> str:
    """`text` as the inside of a beancount string: backslashes and quotes escaped, line
    breaks and tabs as spaces."""
    return text.translate(_ESCAPES)
