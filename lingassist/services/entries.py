"""Use cases on transactions: record an expense or income, list, undo and redo."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_DOWN, Decimal

from lingassist.config import window_language
from lingassist.core.accounts import (
    Account,
    AccountKind,
    AccountType,
    Category,
    CategoryDirection,
)
from lingassist.core.currency import minor_digits
from lingassist.core.errors import ChangedMeanwhile, InvalidAmount, UserFacingError
from lingassist.core.money import Money, format_amount, from_minor, read_money, to_minor
from lingassist.core.periods import check_entry_date, parse_date
from lingassist.core.phrases import (
    AccountName,
    Amount,
    CategoryName,
    MidSentence,
    Phrase,
    phrase,
    quoted,
)
from lingassist.core.shown_names import category_shown
from lingassist.core.text import NOTE_LIMIT, checked_text
from lingassist.core.transactions import (
    NewTransaction,
    Posting,
    TransactionFilter,
    TransactionRow,
    TransactionSource,
)
from lingassist.ledger import journal
from lingassist.ledger.attachments import add_attachment, stored_names
from lingassist.ledger.journal import ChangeRef, ChangeSet
from lingassist.ledger.queries import count_transactions, list_transactions, transaction_rows
from lingassist.ledger.repository import (
    add_transaction,
    all_categories,
    create_account,
    delete_transaction,
    find_account,
    money_accounts,
    resolve_category,
    transaction_postings,
)
from lingassist.ledger.sessions import Session
from lingassist.services.attachments import StoredFile
from lingassist.services.context import AppContext
from lingassist.services.formatting import date_text, money_text
from lingassist.services.photo_store import keep_in_database

OWED_TO_ME = "Owed to me"
UNCATEGORIZED_EXPENSE = "OTHER_OTHER"
UNCATEGORIZED_INCOME = "INCOME_OTHER"
PREVIEW_ROWS = 3  # transactions an undo preview lists one by one
_UNDO_VERBS = {"create": "Removes", "update": "Restores", "delete": "Brings back"}


@dataclass(frozen=True)
class EntryRequest:
    """An expense or income as a person wrote it, before it is checked.

    Attributes:
        amount: the amount as typed ("12.50", "€12,50", "45k").
        merchant: who was paid (or who paid).
        category: taxonomy code or category name; empty for "uncategorized".
        date: ISO date, "today" or "yesterday"; empty for today.
        account: the paying account's name; empty for the default account.
        memo: the person's note.
        description: what to call it; defaults to the merchant.
        income: record money coming in even if the category does not say so.
        refund: money coming back into a spending category (a return or refund): the
            category shrinks and the account grows.
        shared_with: people who owe the person a share ("split with Tom"): the expense is
            the person's own share, the rest is recorded as owed in `OWED_TO_ME`.
        people: how many share the expense, the person included ("split 3 ways"); 1 (or
            0) means as many as `shared_with` names, plus the person.
        source: how the entry came in.
    """

    amount: str
    merchant: str = ""
    category: str = ""
    date: str = ""
    account: str = ""
    memo: str = ""
    description: str = ""
    income: bool = False
    refund: bool = False
    shared_with: tuple[str, ...] = ()
    people: int = 1
    source: TransactionSource = TransactionSource.MANUAL


@dataclass(frozen=True)
class EntryResult:
    """What recording an entry did.

    Attributes:
        row: the new transaction as lists show it.
        message: one sentence for the person ("Added expense 12.50 EUR at Blue Bottle").
        said: the same as a phrase, for a window in another language.
    """

    row: TransactionRow
    message: str
    said: Phrase | None = None


@dataclass(frozen=True)
class SavedEntry:
    """An entry the conversation saved a moment ago, which a correction of it replaces
    ("make it 48" after "dinner 40" was confirmed) rather than counting it twice.

    Attributes:
        change: the change that saved it; replacing refuses once another change is newer.
        transaction_id: the one transaction that change added.
        row: that transaction as lists show it.
        money: the entry's amount as it was said, without its sign (€60.00 for a dinner
            shared three ways, whose row shows the person's €20.00 share).
    """

    change: ChangeRef
    transaction_id: int
    row: TransactionRow
    money: Money

    def line(self, locale: str) -> Phrase:
        """ "7 Dec 2026 · Nando's · −€40.00 · Restaurants", as an undo card lists it."""
        return _row_line(self.row, locale)


def saved_entry(context: AppContext, amount: Decimal) -> SavedEntry | None:
    """The entry the newest change added, when that change added one transaction of
    `amount` with nothing attached to it (what the conversation just saved); else None:
    something else happened since, and replacing would touch the wrong entry."""
    with context.database.sessions() as session:
        change = journal.newest_change(session)
        if change is None:
            return None
        added = journal.created_ids(session, change.id, "transaction", limit=2)
        if len(added) != 1 or stored_names(added[0], session=session):
            return None
        row = transaction_rows(added, session=session)[0]
        posted = transaction_postings(added[0], session=session)
    # (a shared dinner's row shows the person's share; the whole is what left the account)
    moved = [Money(from_minor(abs(units), currency), currency) for _, units, currency in posted]
    said = next((money for money in moved if money.amount == amount), None)
    return SavedEntry(change, added[0], row, said) if said is not None else None


def record_entry(
    context: AppContext,
    request: EntryRequest,
    *,
    attachment: StoredFile | None = None,
    replacing: SavedEntry | None = None,
) -> EntryResult:
    """Check an entry and write it as one undoable change; nothing is written on error.

    An `attachment` (a stored receipt photo) is linked to the new transaction in the same
    change, so undo takes it away and redo brings it back. With `replacing`, the saved
    entry it corrects is removed in that same change (undo brings it back).

    Raises:
        UserFacingError: malformed amount, unknown account or category, impossible date,
            a currency the account does not hold, an income flag on a spending category,
            or a name or memo too long to keep.
        ChangedMeanwhile: `replacing`'s change is no longer the newest; nothing is written.
    """
    request = _cleaned(request)
    with context.database.sessions.begin() as session:
        account = paying_account(context, request.account, session)
        money = _money(request.amount, account)
        category = _category(context, request, money, session)
        day = _entry_date(context, request.date)
        label = _label(category, money, request.merchant, request)
        if replacing is not None:
            _refuse_unless_newest(session, replacing)
            label = _in_place_of(label, replacing)
        change = journal.begin_change(session, label)
        if replacing is not None:
            delete_transaction(replacing.transaction_id, session=session, change=change)
        new = NewTransaction(
            date=day,
            description=request.description.strip()
            or request.merchant.strip()
            or category_shown(category.code, category.name, window_language(context.settings)),
            postings=_entry_postings(request, money, account, category, session, change),
            merchant=request.merchant.strip() or None,
            memo=request.memo.strip(),
            source=request.source,
        )
        transaction_id = add_transaction(new, session=session, change=change)
        if attachment is not None:
            add_attachment(
                transaction_id,
                sha256=attachment.sha256,
                original_name=attachment.original_name,
                mime=attachment.mime,
                size=attachment.size,
                stored_name=attachment.stored_name,
                session=session,
            )
            keep_in_database(context, attachment, session)  # the other computer's copy
        row = transaction_rows([transaction_id], session=session)[0]
    said = _added(category, money, request)
    if replacing is not None:
        said = _in_place_of(said, replacing)
    return EntryResult(row, said.text, said)


def _in_place_of(said: Phrase, replaced: SavedEntry) -> Phrase:
    """ "Added expense 48.00 EUR at Nando's, in place of the 40.00 EUR entry" (and the
    change's label the same way)."""
    return phrase("{entry}, in place of the {old} entry", entry=said, old=Amount.of(replaced.money))


def _refuse_unless_newest(session: Session, saved: SavedEntry) -> None:
    """Raise `ChangedMeanwhile` unless the change that saved `saved` is still the newest
    (the ledger may change while the card waits: then the card would replace blindly)."""
    newest = journal.newest_change(session)
    if newest is None or newest.key != saved.change.key:
        raise ChangedMeanwhile(
            phrase(
                "The ledger changed since this was shown, so the {old} entry was not replaced. "
                "Nothing was changed.",
                old=Amount.of(saved.money),
            )
        )


def _cleaned(request: EntryRequest) -> EntryRequest:
    """The request's names and memo as they are stored and shown: without terminal
    controls (so the confirmation and the undo label print them safely), and refused when
    too long."""
    return replace(
        request,
        merchant=checked_text(request.merchant, "merchant name"),
        description=checked_text(request.description, "description"),
        memo=checked_text(request.memo, "memo", NOTE_LIMIT),
    )


def page_of_entries(
    context: AppContext, query: TransactionFilter, *, limit: int, offset: int
) -> list[TransactionRow]:
    """One page of matching transactions, in the filter's order."""
    with context.database.sessions() as session:
        return list_transactions(query, session=session, limit=limit, offset=offset)


def count_entries(context: AppContext, query: TransactionFilter) -> int:
    """How many transactions match."""
    with context.database.sessions() as session:
        return count_transactions(query, session=session)


def find_entries(
    context: AppContext, query: TransactionFilter, *, limit: int = 200, offset: int = 0
) -> tuple[list[TransactionRow], int]:
    """One page of matching transactions and how many match in all."""
    return (
        page_of_entries(context, query, limit=limit, offset=offset),
        count_entries(context, query),
    )


@dataclass(frozen=True)
class UndoPreview:
    """What undo would take back next, shown before it is done.

    Attributes:
        change: the change; ``undo_last(expected=change)`` refuses any other in its place.
        effects: (verb, what) lines, e.g. ("Removes", "23 Nov 2026 · Lidl · −€4.00 · Groceries")
            or ("Restores", "3 transactions"); the first few transactions are listed.
        said_effects: each line's "what" as a phrase, for a window in another language.
    """

    change: ChangeRef
    effects: tuple[tuple[str, str], ...]
    said_effects: tuple[Phrase, ...] = ()


def undo_last(context: AppContext, *, expected: ChangeRef | None = None) -> str:
    """Undo the newest change; return what was undone ("Undid: add expense ...").

    With `expected` (the change a card showed), only that change is undone.

    Raises:
        NothingToUndo: there is nothing to undo (or `expected` was undone already).
        ChangedMeanwhile: another change is the newest now; nothing was undone.
    """
    return undo_last_said(context, expected=expected).text


def undo_last_said(context: AppContext, *, expected: ChangeRef | None = None) -> Phrase:
    """`undo_last`, saying what was undone as a phrase (its text is what `undo_last`
    returns), for a window in another language.

    Raises:
        NothingToUndo, ChangedMeanwhile: as `undo_last`.
    """
    with context.database.sessions.begin() as session:
        label = journal.undo(session, expected=expected)
    context.advisor.forget_learning()
    return phrase("Undid: {change}", change=MidSentence(label))


def newest_change(context: AppContext) -> ChangeRef | None:
    """The change undo would take back next (None when there is nothing to undo)."""
    with context.database.sessions() as session:
        return journal.newest_change(session)


def undo_preview(context: AppContext) -> UndoPreview | None:
    """What undo would take back next (None when there is nothing to undo)."""
    locale = context.settings.locale
    with context.database.sessions() as session:
        change = journal.newest_change(session)
        if change is None:
            return None
        counts = journal.change_counts(session, change.id)
        created = journal.created_ids(session, change.id, "transaction", limit=PREVIEW_ROWS)
        rows = transaction_rows(created, session=session) if created else []
        deleted = journal.deleted_images(session, change.id, "transaction", limit=PREVIEW_ROWS)
        back = _as_they_were(session, deleted)
    effects = [("Removes", _row_line(row, locale)) for row in rows]
    effects += [("Brings back", _row_line(row, locale)) for row in back]
    listed = {("transaction", "create"): len(rows), ("transaction", "delete"): len(back)}
    for (entity, op), count in sorted(counts.items()):
        shown = listed.get((entity, op), 0)
        if count - shown > 0:
            effects.append(
                (_UNDO_VERBS.get(op, op), _counted(entity, count - shown, more=shown > 0))
            )
    return UndoPreview(
        change, tuple((verb, what.text) for verb, what in effects), tuple(w for _, w in effects)
    )


def _as_they_were(
    session: Session, deleted: list[tuple[int, journal.Image]]
) -> list[TransactionRow]:
    """The transactions a change deleted, as lists showed them ("Brings back 7 Dec 2026 ·
    -€40.00 · Restaurant"): put back inside a savepoint that is rolled back, so nothing is
    written."""
    if not deleted:
        return []
    savepoint = session.begin_nested()
    try:
        for entity_id, image in deleted:
            journal.restore(session, journal.TRANSACTION, entity_id, image)
        return transaction_rows([entity_id for entity_id, _ in deleted], session=session)
    finally:
        savepoint.rollback()


def _counted(entity: str, count: int, *, more: bool) -> Phrase:
    """ "3 transactions", "2 more transactions", "1 budget"."""
    if entity not in _COUNTED:
        return phrase("{count} {name}", count=str(count), name=entity)
    if more:
        return phrase(_MORE_TRANSACTIONS[count != 1], count=str(count))
    return phrase(_COUNTED[entity][count != 1], count=str(count))


_COUNTED = {  # journal entity -> its count in words (one, several)
    "transaction": ("{count} transaction", "{count} transactions"),
    "account": ("{count} account", "{count} accounts"),
    "category": ("{count} category", "{count} categories"),
    "merchant": ("{count} merchant", "{count} merchants"),
    "budget": ("{count} budget", "{count} budgets"),
    "payee": ("{count} payee", "{count} payees"),
    "payment_draft": ("{count} payment draft", "{count} payment drafts"),
    "categorization_rule": ("{count} rule", "{count} rules"),
}
_MORE_TRANSACTIONS = ("{count} more transaction", "{count} more transactions")


def _row_line(row: TransactionRow, locale: str) -> Phrase:
    """ "7 Dec 2026 · Nando's · −€40.00 · Restaurant"; an entry with no merchant, whose
    description is only its category's name, is not named twice ("7 Dec 2026 · −€40.00 ·
    Restaurant")."""
    amount = money_text(row.amount, row.currency, locale, signed=True)
    day, category = date_text(row.date, locale), CategoryName(row.category_code, row.category_name)
    where = row.merchant or row.description
    if not row.merchant and where.casefold() == row.category_name.casefold():
        return phrase("{day} · {amount} · {category}", day=day, amount=amount, category=category)
    return phrase(
        "{day} · {where} · {amount} · {category}",
        day=day,
        where=where,
        amount=amount,
        category=category,
    )


def redo_next(context: AppContext) -> str:
    """Redo the change undone last; return what was redone ("Redid: add expense ...")."""
    return redo_next_said(context).text


def redo_next_said(context: AppContext) -> Phrase:
    """`redo_next`, saying what was redone as a phrase, for a window in another language.

    Raises:
        NothingToUndo: nothing was undone since the last change.
    """
    with context.database.sessions.begin() as session:
        label = journal.redo(session)
    context.advisor.forget_learning()
    return phrase("Redid: {change}", change=MidSentence(label))


def undo_redo_labels(context: AppContext) -> tuple[str | None, str | None]:
    """What undo and redo would do next, in English (None when nothing)."""
    with context.database.sessions() as session:
        return journal.peek_labels(session)


def undo_redo_said(context: AppContext) -> tuple[Phrase | None, Phrase | None]:
    """What undo and redo would do next as phrases, for a window's menu texts and
    tooltips (None when nothing)."""
    with context.database.sessions() as session:
        return journal.peek_phrases(session)


def paying_account(context: AppContext, name: str, session: Session) -> Account:
    """The account called `name`, else the default account, else the first money account.

    Raises:
        NotFound: `name` names no account.
        UserFacingError: the ledger has no money account at all.
    """
    if name.strip():
        return find_account(name, session=session)
    try:
        return find_account(context.settings.default_account, session=session)
    except UserFacingError:
        accounts = money_accounts(session=session)
        if not accounts:
            raise UserFacingError(
                phrase("Create an account first, e.g. Checking or Cash.")
            ) from None
        return accounts[0]


def _entry_date(context: AppContext, text: str) -> date:
    """The day typed (today when empty), refused when it cannot be a transaction's day."""
    today = context.today()
    return check_entry_date(parse_date(text, today) if text.strip() else today, today)


def currency_mismatch(account: Account, currency: str | None) -> Phrase | None:
    """Why an amount in `currency` cannot go on `account` (None when it can): the ledger
    keeps each account in one currency and converts nothing offline."""
    if not currency or currency == account.currency:
        return None
    return phrase(
        "{account} holds {held}, but the amount is in {currency}. Pick an account in "
        "{currency} for it, or give the amount in {held}.",
        account=AccountName(account.name),
        held=account.currency,
        currency=currency,
    )


def _money(text: str, account: Account) -> Money:
    """The positive amount of an entry, in the paying account's currency (the direction
    comes from the category, the income flag or the refund flag, never from a sign)."""
    if not text.strip():
        raise InvalidAmount(phrase("How much was it? Give an amount such as 12.50."))
    amount, currency = read_money(text, preferred_currency=account.currency)
    if amount < 0:
        raise InvalidAmount(
            phrase(
                "{amount} is negative; amounts are recorded as positive numbers. For money "
                "coming in use --income (or say it is income); for money back, record a refund.",
                amount=quoted(text.strip()),
            )
        )
    if (mismatch := currency_mismatch(account, currency)) is not None:
        raise UserFacingError(mismatch)
    if amount == 0:
        raise InvalidAmount(phrase("The amount is zero; nothing to record."))
    to_minor(amount, account.currency)
    return Money(amount, account.currency)


def _category(context: AppContext, request: EntryRequest, money: Money, session) -> Category:  # type: ignore[no-untyped-def]
    """The category named, else the advisor's suggestion, else "Uncategorized"."""
    code = request.category or _suggested(context, request, money)
    fallback = UNCATEGORIZED_INCOME if request.income else UNCATEGORIZED_EXPENSE
    category = resolve_category(code or fallback, session=session)
    if request.income and category.direction is not CategoryDirection.INCOME:
        raise UserFacingError(
            phrase(
                "{category} is a spending category; income needs an income category such as "
                "INCOME_SALARY.",
                category=CategoryName(category.code, category.name),
            )
        )
    return category


def _suggested(context: AppContext, request: EntryRequest, money: Money) -> str:
    """A confident suggestion for an entry typed without a category ("" when there is none)."""
    from lingassist.categorize.suggestion import Layer  # the categorizer's, loaded to suggest

    words = request.merchant or request.description
    if not words.strip():
        return ""
    signed = money.amount if request.income else -money.amount
    suggestion = context.advisor.suggest(words, signed)
    income = suggestion.primary == "INCOME"
    if suggestion.layer is Layer.FALLBACK or income != request.income:
        return ""
    return suggestion.code


def _entry_postings(  # noqa: PLR0913 - the parts of one entry
    request: EntryRequest,
    money: Money,
    account: Account,
    category: Category,
    session: Session,
    change: ChangeSet,
) -> tuple[Posting, ...]:
    """The postings of an expense, income, refund or shared expense."""
    if request.refund:
        return (Posting(account.id, money), Posting(category.account_id, -money))
    if _is_shared(request):
        mine, theirs = split_shares(money, max(request.people, len(request.shared_with) + 1))
        owed = owed_to_me_account(money.currency, session, change)
        return (
            Posting(category.account_id, mine),
            Posting(owed.id, theirs),
            Posting(account.id, -money),
        )
    return _postings(money, account, category)


def _is_shared(request: EntryRequest) -> bool:
    return bool(request.shared_with) or request.people > 1


def split_shares(total: Money, people: int) -> tuple[Money, Money]:
    """(the person's own share, everyone else's together) of `total` split evenly among
    `people`; the person's share is rounded down to the minor unit, so nothing is lost."""
    digits = minor_digits(total.currency)
    unit = Decimal(1).scaleb(-digits)
    mine = (total.amount / people).quantize(unit, rounding=ROUND_DOWN)
    return Money(mine, total.currency), Money(total.amount - mine, total.currency)


def owed_to_me_account(currency: str, session: Session, change: ChangeSet) -> Account:
    """The asset account that holds what others owe the person (created on first use, in
    the same change set as the entry that needs it, so one Undo takes both back)."""
    try:
        return find_account(OWED_TO_ME, session=session)
    except UserFacingError:
        return create_account(
            OWED_TO_ME,
            AccountType.ASSET,
            AccountKind.OTHER,
            currency,
            session=session,
            change=change,
        )


def _postings(money: Money, account: Account, category: Category) -> tuple[Posting, ...]:
    """Expense: the category grows, the account shrinks. Income: the other way round."""
    if category.direction is CategoryDirection.INCOME:
        return (Posting(account.id, money), Posting(category.account_id, -money))
    return (Posting(category.account_id, money), Posting(account.id, -money))


_ADDED = {  # what was recorded, without and with its merchant
    "expense": ("Added expense {amount}", "Added expense {amount} at {where}"),
    "income": ("Added income {amount}", "Added income {amount} from {where}"),
    "refund": ("Added refund {amount}", "Added refund {amount} from {where}"),
    "shared expense": ("Added shared expense {amount}", "Added shared expense {amount} at {where}"),
}


def _added(category: Category, money: Money, request: EntryRequest) -> Phrase:
    """ "Added expense 12.50 EUR at Blue Bottle" (the undo label's words) as a phrase."""
    kind = "income" if category.direction is CategoryDirection.INCOME else "expense"
    if request.refund:
        kind = "refund"
    elif _is_shared(request):
        kind = "shared expense"
    where = request.merchant.strip()
    english = f"{format_amount(money.amount, money.currency)} {money.currency}"
    amount = Amount(money.amount, money.currency, english)
    return phrase(_ADDED[kind][bool(where)], amount=amount, where=where)


def _label(category: Category, money: Money, merchant: str, request: EntryRequest) -> Phrase:
    """The change's label, "Add expense 12.50 EUR at Blue Bottle"."""
    kind = "income" if category.direction is CategoryDirection.INCOME else "expense"
    if request.refund:
        kind = "refund"
    elif _is_shared(request):
        kind = "shared expense"
    where = merchant.strip()
    amount = Amount.of(money)
    return phrase(_ADD_LABELS[kind][bool(where)], amount=amount, where=where)


_ADD_LABELS = {  # kind -> the change's label (without, with a merchant)
    "expense": ("Add expense {amount}", "Add expense {amount} at {where}"),
    "income": ("Add income {amount}", "Add income {amount} from {where}"),
    "refund": ("Add refund {amount}", "Add refund {amount} from {where}"),
    "shared expense": ("Add shared expense {amount}", "Add shared expense {amount} at {where}"),
}


def category_choices(context: AppContext) -> list[tuple[str, str]]:
    """(code, "Primary › Name") of every detailed category, spending first, for pickers."""
    with context.database.sessions() as session:
        found = all_categories(session=session)
    names = {c.code: c.name for c in found if c.is_primary}
    detailed = [c for c in found if not c.is_primary and not c.is_transfer]
    detailed.sort(key=lambda c: (c.direction is CategoryDirection.INCOME, names[c.primary], c.name))
    return [(c.code, f"{names[c.primary]} › {c.name}") for c in detailed]


def account_names(context: AppContext) -> list[str]:
    """Names of the money-holding accounts, the default one first."""
    with context.database.sessions() as session:
        names = [a.name for a in money_accounts(session=session)]
    default = context.settings.default_account
    return sorted(names, key=lambda name: name != default)
