"""Corrections made in the ledger table: a new category for a transaction, learned at once,
and "Why this category?" for any transaction."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lingassist.categorize.normalize import normalize
from lingassist.core.accounts import CategoryDirection
from lingassist.core.errors import UserFacingError
from lingassist.core.money import Money, format_amount, read_money
from lingassist.core.phrases import Amount, CategoryName, Phrase, PhraseValue, phrase, quoted
from lingassist.core.transactions import Posting
from lingassist.ledger import journal
from lingassist.ledger.attachments import stored_names
from lingassist.ledger.queries import transaction_rows
from lingassist.ledger.recategorize import recategorize_transaction
from lingassist.ledger.repository import edit_transaction, resolve_category, transaction_postings
from lingassist.services.attachments import stored_path
from lingassist.services.context import AppContext
from lingassist.services.photo_store import fetch_photos


def change_category(context: AppContext, transaction_id: int, code: str) -> str:
    """File one transaction under another category (undoable) and teach the advisor its
    merchant (or, without one, its description), so the next one there is filed the same
    way, whatever form its name comes in. Returns what was done.

    Raises:
        UserFacingError: unknown category, a split or a transfer, or income/spending mix-up.
    """
    return said_change_category(context, transaction_id, code).text


def said_change_category(context: AppContext, transaction_id: int, code: str) -> Phrase:
    """`change_category`, saying what was done as a phrase (for a window's language).

    Raises:
        UserFacingError: as `change_category`.
    """
    with context.database.sessions.begin() as session:
        row = transaction_rows([transaction_id], session=session)[0]
        category = resolve_category(code, session=session)
        income = row.amount > 0
        if income != (category.direction is CategoryDirection.INCOME):
            template = (
                "This is an income transaction; {category} does not fit it."
                if income
                else "This is a spending transaction; {category} does not fit it."
            )
            named = CategoryName(category.code, category.name)
            raise UserFacingError(phrase(template, category=named))
        label = phrase(
            "Move {where} to {category}",
            where=row.merchant or row.description,
            category=CategoryName(category.code, category.name),
        )
        change = journal.begin_change(session, label)
        recategorize_transaction(
            transaction_id, category.account_id, session=session, change=change
        )
    who = row.merchant or row.description
    context.advisor.learn(who, category.code, description=row.description, amount=row.amount)
    known = normalize(who).merchant or who  # "POS 4411 WOOLWORTHS CAPE TOWN" -> "Woolworths"
    return phrase(
        "Moved {who} to {category}; {known} will be filed there from now on.",
        who=who,
        category=CategoryName(category.code, category.name),
        known=known,
    )


def explain_category(context: AppContext, transaction_id: int) -> str:
    """Why a transaction is where it is, and what LingAssist would suggest for it now."""
    return said_explanation(context, transaction_id).text


def said_explanation(context: AppContext, transaction_id: int) -> Phrase:
    """`explain_category` as a phrase, for a window to say in its language."""
    with context.database.sessions() as session:
        row = transaction_rows([transaction_id], session=session)[0]
    suggestion = context.advisor.suggest(row.merchant or row.description, row.amount)
    reason = suggestion.said or Phrase(suggestion.reason)
    filed: PhraseValue = phrase("Uncategorized")
    if row.category_name:
        filed = CategoryName(row.category_code, row.category_name)
    if suggestion.code == row.category_code:
        return phrase("Filed under {category}. {reason}.", category=filed, reason=reason)
    return phrase(
        "Filed under {category}. For {who} LingAssist would now suggest: {reason}.",
        category=filed,
        who=row.merchant or row.description,
        reason=reason,
    )


def edit_details(
    context: AppContext,
    transaction_id: int,
    *,
    merchant: str | None = None,
    memo: str | None = None,
) -> Phrase:
    """Change a transaction's merchant and/or note (one undoable change); say what was done."""
    with context.database.sessions.begin() as session:
        change = journal.begin_change(session, phrase("Edit transaction"))
        edit_transaction(
            transaction_id, session=session, change=change, merchant=merchant, memo=memo
        )
    return phrase("Merchant changed.") if merchant is not None else phrase("Note saved.")


def attachment_files(context: AppContext, transaction_id: int) -> list[tuple[Path, str]]:
    """(path on disk, original name) of the files attached to a transaction (on a shared
    ledger, photos another computer attached are fetched from the database first)."""
    fetch_photos(context, transaction_id)
    with context.database.sessions() as session:
        names = stored_names(transaction_id, session=session)
    return [(stored_path(context.paths, stored), original) for stored, original in names]


def split_transaction(
    context: AppContext, transaction_id: int, parts: list[tuple[str, str]]
) -> Phrase:
    """Spread a spending transaction over several categories: `parts` are (category code or
    name, amount text) and must add up exactly to what was paid. One undoable change; says
    what was done.

    Raises:
        UserFacingError: fewer than two parts, an unknown category or amount, parts that do
            not add up, or a transaction that is not a single payment from one account.
    """
    if len(parts) < 2:
        raise UserFacingError(phrase("A split needs at least two parts."))
    with context.database.sessions.begin() as session:
        row = transaction_rows([transaction_id], session=session)[0]
        legs = transaction_postings(transaction_id, session=session)
        money_legs = [leg for leg in legs if leg[1] < 0]
        if row.amount >= 0 or len(money_legs) != 1:
            raise UserFacingError(
                phrase("Only a payment from one account can be split into categories.")
            )
        paid = Money.from_minor(-money_legs[0][1], money_legs[0][2])
        shares = [
            (resolve_category(code, session=session), _share(text, paid.currency))
            for code, text in parts
        ]
        total = sum((share.amount for _category, share in shares), Decimal(0))
        if total != paid.amount:
            raise UserFacingError(
                phrase(
                    "The parts add up to {total}, but {paid} was paid.",
                    total=Amount(total, paid.currency, format_amount(total, paid.currency)),
                    paid=Amount(
                        paid.amount, paid.currency, format_amount(paid.amount, paid.currency)
                    ),
                )
            )
        postings = tuple(Posting(category.account_id, share) for category, share in shares)
        label = phrase("Split {where}", where=row.merchant or row.description)
        change = journal.begin_change(session, label)
        edit_transaction(
            transaction_id,
            session=session,
            change=change,
            new_postings=(*postings, Posting(money_legs[0][0], -paid)),
        )
    return phrase("Split into {count} categories.", count=str(len(parts)))


def _share(text: str, currency: str) -> Money:
    amount, named = read_money(text, preferred_currency=currency)
    if named and named != currency or amount <= 0:
        raise UserFacingError(
            phrase(
                "{text} is not a positive amount in {currency}.",
                text=quoted(text),
                currency=currency,
            )
        )
    return Money(amount, currency)
