"""The hledger export: a journal that ``hledger check --strict ordereddates`` accepts.

It sets the decimal mark, declares each currency with its number of decimals and every
account it uses (strict mode checks both), then writes the transactions in date order:
``*`` for cleared, ``!`` for pending and draft, "merchant | description" as hledger's
payee and note. hledger ends a description at ";" and a payee at "|", and reads a leading
"(" as a transaction code, so those characters become "," "/" and "[" there. Tags keep
the LingAssist id, the source and the receipt's name; the memo is a comment.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TextIO

from lingassist.core.currency import minor_digits
from lingassist.core.transactions import TransactionStatus
from lingassist.exports.plain_text import (
    OPENING_TITLE,
    names_for,
    opened_accounts,
    period_words,
    plain,
    write_entries,
)
from lingassist.exports.records import ExportTransaction, LedgerSnapshot

ENCODING = "utf-8"
_IN_TEXT = str.maketrans({";": ",", "\n": " ", "\r": " ", "\t": " "})
_IN_PAYEE = str.maketrans({";": ",", "|": "/", "\n": " ", "\r": " ", "\t": " "})
_IN_TAG = str.maketrans({",": " ", "\n": " ", "\r": " ", "\t": " "})


def write_hledger(
    snapshot: LedgerSnapshot, handle: TextIO, receipts: Mapping[int, str] | None = None
) -> int:
    """Write the snapshot as an hledger journal to `handle`; return the transactions
    written (the opening balances count as one)."""
    names = names_for(snapshot)
    period = snapshot.period
    handle.write(
        f"; LingAssist export: {period_words(period)}, "
        f"{len(snapshot.transactions)} transactions.\n\ndecimal-mark .\n\n"
    )
    for currency in snapshot.currencies():
        handle.write(f"commodity {_style(currency)} {currency}\n")
    handle.write("\n")
    for opened in opened_accounts(snapshot, names):
        handle.write(f"account {opened.name}\n")
    return write_entries(
        handle,
        snapshot,
        names,
        f"\n{period.start} * {OPENING_TITLE}\n",
        _leg,
        lambda transaction: _transaction(transaction, names, receipts or {}),
    )


def _style(currency: str) -> str:
    """The amount style hledger shows a currency in: no thousands mark, a decimal point
    and the currency's decimals ("1000.00"; "1000." for JPY: the point must be there)."""
    return "1000." + "0" * minor_digits(currency)


def _transaction(
    transaction: ExportTransaction, names: Mapping[int, str], receipts: Mapping[int, str]
) -> str:
    flag = "*" if transaction.status is TransactionStatus.CLEARED else "!"
    tags = [f"lingassist-id:{transaction.id}", f"source:{transaction.source.value}"]
    tags += [
        f"receipt:{tag_value(receipts.get(a.id, a.original_name))}" for a in transaction.attachments
    ]
    lines = [
        f"\n{transaction.date} {flag} {description(transaction)}  ; {', '.join(tags)}\n",
    ]
    if transaction.memo:
        lines.append(f"    ; {transaction.memo.translate(_IN_TEXT)}\n")
    lines += [_leg(names[p.account_id], p.amount, p.currency) for p in transaction.postings]
    return "".join(lines)


def description(transaction: ExportTransaction) -> str:
    """hledger's description: "payee | note", or the note alone when there is no payee."""
    note = transaction.description.translate(_IN_TEXT).strip()
    payee = transaction.merchant.translate(_IN_PAYEE).strip()
    if payee and note and transaction.description != transaction.merchant:
        text = f"{payee} | {note}"
    else:
        text = (note or payee).replace("|", "/")
    return "[" + text[1:] if text.startswith("(") else text


def tag_value(text: str) -> str:
    """A tag's value: hledger ends it at a comma."""
    return text.translate(_IN_TAG).strip()


def _leg(name: str, amount: Decimal, currency: str) -> str:
    return f"    {name}  {plain(amount)} {currency}\n"
