"""Which lines of a bank file are already in the ledger.

A line is the same as a stored one when the bank's reference (OFX FITID, CAMT
AcctSvcrRef…) is the same; a file without references compares the line's import key:
its date, amount and normalised description. Occurrences are counted, so that two real
identical purchases on one day both import: the n-th identical line of a file is the same
as the n-th such line already imported, and only the lines beyond those are new.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from lingassist.core.bank_lines import BankLine
from lingassist.core.phrases import Phrase, phrase
from lingassist.ledger.bank_imports import ImportMark, StoredMark
from lingassist.ledger.repository import merchant_key


@dataclass(frozen=True)
class Duplicate:
    """A line of the file that the ledger already holds.

    Attributes:
        transaction_id: the transaction that holds it.
        reason: how it was recognised ("same bank reference 2026112001").
        said: `reason` as a phrase, for a window in another language.
    """

    transaction_id: int
    reason: str
    said: Phrase | None = None


def import_key(line: BankLine) -> str:
    """The line's date, signed amount and normalised description (accents, case,
    punctuation and spacing ignored): "2026-11-20|EUR|-1250|card payment blue bottle"."""
    money = line.money
    return (
        f"{line.booked.isoformat()}|{money.currency}|{money.minor}|{merchant_key(line.description)}"
    )


def import_mark(
    line: BankLine, key: str, original_minor: int | None = None, currency: str = ""
) -> ImportMark:
    """What a transaction written from `line` (whose import key is `key`) keeps of it; the
    amount in another currency is the one given, else the line's own `original`."""
    if original_minor is None and line.original is not None:
        original_minor, currency = line.original.minor, line.original.currency
    return ImportMark(key, line.reference.strip(), original_minor, currency)


def find_duplicates(
    lines: Sequence[BankLine], keys: Sequence[str], stored: Sequence[StoredMark]
) -> dict[int, Duplicate]:
    """Position in `lines` -> the stored transaction that line is, for the lines already in
    the ledger; `keys` are the lines' import keys, `stored` the account's imported
    transactions, oldest first.

    A line with a reference is looked up by it; when the ledger does not know the
    reference, the line is compared by its import key with the transactions imported
    without a reference (an earlier CSV export of the same account).
    """
    by_reference: dict[str, list[int]] = defaultdict(list)
    by_key: dict[str, list[int]] = defaultdict(list)
    by_key_unreferenced: dict[str, list[int]] = defaultdict(list)
    for mark in stored:
        if mark.bank_reference:
            by_reference[mark.bank_reference].append(mark.transaction_id)
        else:
            by_key_unreferenced[mark.import_key].append(mark.transaction_id)
        if mark.import_key:
            by_key[mark.import_key].append(mark.transaction_id)
    seen: Counter[tuple[str, str]] = Counter()  # (kind, value) -> lines met so far
    found: dict[int, Duplicate] = {}
    for position, (line, key) in enumerate(zip(lines, keys, strict=True)):
        reference = line.reference.strip()
        if reference:
            hit = _nth(seen, ("reference", reference), by_reference)
            if hit is not None:
                said = phrase("same bank reference {reference}", reference=reference)
                found[position] = Duplicate(hit, said.text, said)
                continue
            pool, kind = by_key_unreferenced, "key of a referenced line"
        else:
            pool, kind = by_key, "key"
        hit = _nth(seen, (kind, key), pool)
        if hit is not None:
            said = phrase("same date, amount and description")
            found[position] = Duplicate(hit, said.text, said)
    return found


def _nth(
    seen: Counter[tuple[str, str]], what: tuple[str, str], pool: dict[str, list[int]]
) -> int | None:
    """The stored transaction that this occurrence of `what` is (the n-th line with the same
    value is the n-th stored one), or None when the file holds more of them than the ledger."""
    index = seen[what]
    seen[what] += 1
    stored = pool.get(what[1], [])
    return stored[index] if index < len(stored) else None
