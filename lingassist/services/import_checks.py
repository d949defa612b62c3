"""The checks a bank import's preview makes: which account, which lines it can take,
which are already in the ledger, which are entries captured earlier, and their categories.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from lingassist.categorize.suggestion import Layer, Suggestion
from lingassist.core.accounts import Account, Category, CategoryDirection
from lingassist.core.bank_lines import BankLine, BankStatement
from lingassist.core.errors import NotFound, UserFacingError
from lingassist.core.periods import check_entry_date
from lingassist.core.phrases import Phrase, phrase
from lingassist.ledger import bank_imports
from lingassist.ledger.repository import account_by_id, find_account
from lingassist.ledger.sessions import Session
from lingassist.services.context import AppContext
from lingassist.services.entries import (
    UNCATEGORIZED_EXPENSE,
    UNCATEGORIZED_INCOME,
    paying_account,
)
from lingassist.services.import_duplicates import Duplicate, find_duplicates
from lingassist.services.import_matching import MATCH_DAYS, Matching, find_matches

REBOOKED_DAYS = 7  # an earlier import may have the same line a few days earlier or later


def target_account(
    context: AppContext, statement: BankStatement, name: str, session: Session
) -> tuple[Account | None, str]:
    """The account the lines go to (None: the named one, to be created) and why it."""
    if name.strip():
        try:
            return find_account(name, session=session), "named"
        except NotFound:
            if name.strip().lower().startswith("category:"):
                raise
            return None, "named"
    account_id = bank_imports.account_with_iban(statement.account_id, session=session)
    if account_id is not None:
        return account_by_id(account_id, session=session), "IBAN"
    return paying_account(context, "", session), "default"


def new_account_currency(context: AppContext, statement: BankStatement) -> str:
    """The currency of an account the import creates: the file's, else the default."""
    return (statement.currency or context.settings.default_currency).upper()


def checked_lines(
    context: AppContext, statement: BankStatement, currency: str
) -> list[tuple[BankLine, Phrase | None]]:
    """Each line with the reason it cannot be imported (None when it can)."""
    today = context.today()
    dates = {day: _date_problem(day, today) for day in {line.booked for line in statement.lines}}
    checked = []
    for line in statement.lines:
        problem = dates[line.booked]
        if line.money.currency != currency:
            problem = phrase(
                "the amount is in {currency}, but the account holds {held}",
                currency=line.money.currency,
                held=currency,
            )
        elif line.money.amount == 0:
            problem = phrase("the amount is zero: nothing to record")
        checked.append((line, problem))
    return checked


def _date_problem(day: date, today: date) -> Phrase | None:
    try:
        check_entry_date(day, today)
    except UserFacingError as error:
        return error.said
    return None


def mark_window(lines: Iterable[BankLine]) -> tuple[date, date]:
    """The booking dates an earlier import of these lines may have stored them under: the
    file's, widened by `REBOOKED_DAYS` (a pending line is booked again a few days later)."""
    days = [line.booked for line in lines]
    margin = timedelta(days=REBOOKED_DAYS)
    return min(days) - margin, max(days) + margin


def duplicates_in(
    account: Account | None, lines: dict[int, BankLine], keys: dict[int, str], session: Session
) -> tuple[dict[int, Duplicate], tuple[int, int, int]]:
    """Position -> `Duplicate` for the lines the account already holds, and the
    fingerprint of the account's imported lines it was decided on (see
    `bank_imports.marks_fingerprint`)."""
    if account is None or not lines:
        return {}, (0, 0, 0)
    positions = sorted(lines)
    first, last = mark_window(lines.values())
    stored = bank_imports.stored_marks(account.id, first, last, session=session)
    found = find_duplicates([lines[p] for p in positions], [keys[p] for p in positions], stored)
    fingerprint = bank_imports.marks_fingerprint(account.id, first, last, session=session)
    return {positions[i]: duplicate for i, duplicate in found.items()}, fingerprint


def matching_for(
    context: AppContext,
    account: Account | None,
    lines: dict[int, BankLine],
    keys: dict[int, str],
    session: Session,
) -> Matching:
    """Which fresh lines are entries captured earlier (see `find_matches`)."""
    names = {context.settings.default_account.strip().lower()}
    if account is not None:
        names.add(account.name.lower())
    if not lines:
        return find_matches({}, [], accounts=names, keys={})
    days = [line.booked for line in lines.values()]
    window = timedelta(days=MATCH_DAYS)
    candidates = bank_imports.match_candidates(
        min(days) - window, max(days) + window, session=session
    )
    return find_matches(lines, candidates, accounts=names, keys=keys)


def categorize(
    context: AppContext, lines: dict[int, BankLine], categories: dict[str, Category]
) -> dict[int, tuple[Category, Suggestion]]:
    """Position -> (category, the advisor's suggestion) for each line to write."""
    suggestions = context.advisor.suggest_many(
        (line.description, line.money.amount) for line in lines.values()
    )
    return {
        position: (_category_for(suggestion, line, categories), suggestion)
        for (position, line), suggestion in zip(lines.items(), suggestions, strict=True)
    }


def _category_for(
    suggestion: Suggestion, line: BankLine, categories: dict[str, Category]
) -> Category:
    """The suggested category, else "Uncategorized" for the line's direction."""
    income = line.money.amount > 0
    fallback = categories[UNCATEGORIZED_INCOME if income else UNCATEGORIZED_EXPENSE]
    if suggestion.layer is Layer.FALLBACK:
        return fallback
    category = categories.get(suggestion.code)
    if category is None or (category.direction is CategoryDirection.INCOME and not income):
        return fallback
    return category
