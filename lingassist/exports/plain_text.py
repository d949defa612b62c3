"""What the beancount and hledger writers share: which accounts a file opens, the
currencies each holds, and the opening balances of a period's export."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TextIO

from lingassist.core.periods import EARLIEST_DATE, Period
from lingassist.exports.names import OPENING_BALANCES, account_names
from lingassist.exports.records import ExportAccount, ExportTransaction, LedgerSnapshot

OPENING_TITLE = "Opening balances"


@dataclass(frozen=True)
class OpenAccount:
    """An account as a plain-text ledger declares it.

    Attributes:
        name: full account name ("Assets:Checking").
        account: the ledger's account, None for the opening balances' equity account.
        currencies: the currencies a money account holds, sorted; () for any.
    """

    name: str
    account: ExportAccount | None
    currencies: tuple[str, ...]


def opened_accounts(snapshot: LedgerSnapshot, names: dict[int, str]) -> list[OpenAccount]:
    """Every money and equity account, and every category account the snapshot posts to
    (the ~120 seeded categories nobody used would only clutter the file), by name."""
    used = {p.account_id for t in snapshot.transactions for p in t.postings}
    seen: dict[int, set[str]] = defaultdict(set)
    for transaction in snapshot.transactions:
        for posting in transaction.postings:
            seen[posting.account_id].add(posting.currency)
    for posting in snapshot.opening:
        seen[posting.account_id].add(posting.currency)
    found = [
        OpenAccount(
            names[a.id],
            a,
            tuple(sorted(seen[a.id] | {a.currency})) if a.type.holds_money else (),
        )
        for a in snapshot.accounts
        if not a.category_code or a.id in used
    ]
    if snapshot.opening:
        found.append(OpenAccount(OPENING_BALANCES, None, ()))
    return sorted(found, key=lambda o: o.name)


def opening_legs(snapshot: LedgerSnapshot, names: dict[int, str]) -> list[tuple[str, Decimal, str]]:
    """(account name, amount, currency) of the opening balances transaction: each money
    account's balance before the period, and per currency the equity leg that balances
    them; [] when there is nothing before the period."""
    legs = [(names[p.account_id], p.amount, p.currency) for p in snapshot.opening]
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for posting in snapshot.opening:
        totals[posting.currency] += posting.amount
    legs += [(OPENING_BALANCES, -total, c) for c, total in sorted(totals.items()) if total]
    return legs


def write_entries(  # noqa: PLR0913 - the file, what goes in it, and the format's three pieces
    handle: TextIO,
    snapshot: LedgerSnapshot,
    names: dict[int, str],
    opening_line: str,
    leg: Callable[[str, Decimal, str], str],
    entry: Callable[[ExportTransaction], str],
) -> int:
    """Write the opening balances (`opening_line`, then a `leg` each, when the period
    starts after the first entry) and every transaction as `entry` formats it; return how
    many were written (the opening balances count as one)."""
    written = 0
    legs = opening_legs(snapshot, names)
    if legs:
        handle.write(opening_line)
        handle.write("".join(leg(name, amount, currency) for name, amount, currency in legs))
        written += 1
    for transaction in snapshot.transactions:
        handle.write(entry(transaction))
        written += 1
    return written


def names_for(snapshot: LedgerSnapshot) -> dict[int, str]:
    """The full account name of every account of the snapshot (see `names.account_names`)."""
    return account_names(snapshot.accounts)


def period_words(period: Period) -> str:
    """ "November 2026 (2026-11-01 to 2026-11-30)", or "All time"."""
    if period.start <= EARLIEST_DATE:
        return period.label
    return f"{period.label} ({period.start} to {period.end})"


def plain(amount: Decimal) -> str:
    """An exact amount as plain text: "-1234.50", never "-1.2345E+3" nor "-0.00"."""
    return f"{amount:f}" if amount else f"{abs(amount):f}"
