"""The checks a bank import's preview makes: which account, which lines it can take,
which are already in the ledger, which are entries captured earlier, and their categories.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from lingassist.categorize.suggestion import Layer, Suggestion
from lingassist.core.accounts import Account, Category, CategoryDirection
from lingassist.core.bank_lines import BankLine, BankStatement
from lingassist.core.errors import NotFound, UserFacingError
from lingassist.core.periods import check_entry_date
from lingassist.ledger import bank_imports
from lingassist.ledger.repository import account_by_id, find_account
from lingassist.services.context import AppContext
from lingassist.services.entries import (
    UNCATEGORIZED_EXPENSE,
    UNCATEGORIZED_INCOME,
    paying_account,
)
from lingassist.services.import_duplicates import Duplicate, find_duplicates, import_key
from lingassist.services.import_matching import MATCH_DAYS, Matching, find_matches


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
) -> list[tuple[BankLine, str]]:
    """Each line with the reason it cannot be imported ("" when it can)."""
    today = context.today()
    checked = []
    for line in statement.lines:
        problem = ""
        if line.money.currency != currency:
            problem = f"the amount is in {line.money.currency}, but the account holds {currency}"
        elif line.money.amount == 0:
            problem = "the amount is zero: nothing to record"
        else:
            try:
                check_entry_date(line.booked, today)
            except UserFacingError as error:
                problem = str(error)
        checked.append((line, problem))
    return checked


def duplicates_in(
    account: Account | None, lines: dict[int, BankLine], session: Session
) -> dict[int, Duplicate]:
    """Position -> `Duplicate` for the lines the account already holds."""
    if account is None or not lines:
        return {}
    positions = sorted(lines)
    ordered = [lines[p] for p in positions]
    stored = bank_imports.stored_marks(
        account.id,
        (import_key(line) for line in ordered),
        (line.reference.strip() for line in ordered),
        session=session,
    )
    found = find_duplicates(ordered, stored)
    return {positions[i]: duplicate for i, duplicate in found.items()}


def matching_for(
    context: AppContext, account: Account | None, lines: dict[int, BankLine], session: Session
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
    keys = {p: import_key(line) for p, line in lines.items()}
    return find_matches(lines, candidates, accounts=names, keys=keys)


def categorize(
    context: AppContext, lines: dict[int, BankLine], categories: dict[str, Category]
) -> dict[int, tuple[Category, Suggestion]]:
    """Position -> (category, the advisor's suggestion) for each line to write."""
    found: dict[int, tuple[Category, Suggestion]] = {}
    for position, line in lines.items():
        suggestion = context.advisor.suggest(line.description, line.money.amount)
        found[position] = (_category_for(suggestion, line, categories), suggestion)
    return found


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
