"""Writing to the ledger: accounts, categories, merchants and transactions.

Every function takes the session as the keyword-only ``session=`` and, when it writes,
the current ``change=`` set so that the write can be undone. Callers own the database
transaction (``with db.sessions.begin() as session``): a failure leaves nothing behind.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime

from sqlalchemy import func, insert, select, update

from lingassist.core.accounts import Account, AccountKind, AccountType, Category, CategoryDirection
from lingassist.core.errors import Ambiguous, NotFound, UserFacingError
from lingassist.core.phrases import phrase, quoted
from lingassist.core.transactions import NewTransaction, Posting, TransactionStatus
from lingassist.ledger.inserts import insert_one
from lingassist.ledger.journal import TRANSACTION, ChangeSet
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import accounts, categories, merchants, postings, transactions

_NOT_WORD = re.compile(r"[^\w]+")


def create_account(
    name: str,
    type: AccountType,
    kind: AccountKind,
    currency: str,
    *,
    session: Session,
    change: ChangeSet,
) -> Account:
    """Add a money-holding or equity account; names are unique (case-insensitive)."""
    clean = " ".join(name.split())
    if not clean or clean.startswith("category:"):
        raise UserFacingError(phrase("An account needs a name, e.g. Checking or Cash."))
    if _account_row(clean, session):
        raise UserFacingError(
            phrase("There is already an account called {name}.", name=quoted(clean))
        )
    account_id = insert_one(
        session,
        insert(accounts).values(
            name=clean,
            type=type,
            kind=kind,
            currency=currency,
            archived=False,
            created_at=datetime.now(UTC),
        ),
    )
    change.created("account", account_id)
    return Account(account_id, clean, type, kind, currency)


def money_accounts(*, session: Session) -> list[Account]:
    """Accounts a person pays from or into (checking, savings, cash, cards), by name."""
    rows = session.execute(
        select(accounts)
        .where(
            accounts.c.type.in_([AccountType.ASSET, AccountType.LIABILITY]),
            accounts.c.archived.is_(False),
        )
        .order_by(accounts.c.id)
    )
    return [_account(row) for row in rows]


def find_account(name: str, *, session: Session) -> Account:
    """The money-holding account called `name` (any case).

    Raises:
        NotFound: no such account; the message lists the ones that exist.
    """
    row = _account_row(" ".join(name.split()), session) or _only_account_of_its_kind(name, session)
    if row is None or row.kind == AccountKind.CATEGORY:
        names = ", ".join(a.name for a in money_accounts(session=session))
        raise NotFound(
            phrase(
                "There is no account called {name}. Accounts: {names}.",
                name=quoted(name.strip()),
                names=names or phrase("none yet"),
            )
        )
    return _account(row)


def account_by_id(account_id: int, *, session: Session) -> Account:
    """The account with this id."""
    return _account(session.execute(select(accounts).where(accounts.c.id == account_id)).one())


def all_categories(*, session: Session) -> list[Category]:
    """Every category, primaries and detailed, in taxonomy order."""
    rows = session.execute(select(categories).order_by(categories.c.id))
    return [_category(row) for row in rows]


def resolve_category(text: str, *, session: Session) -> Category:
    """A category from its code ("FOOD_AND_DRINK_COFFEE", any case) or its name ("Coffee").

    Raises:
        NotFound: nothing matches; the message suggests close names.
        Ambiguous: the name belongs to several categories; the message lists their codes.
    """
    wanted = text.strip()
    found = [
        c for c in all_categories(session=session) if c.code == wanted.upper().replace(" ", "_")
    ]
    found = found or [
        c for c in all_categories(session=session) if c.name.lower() == wanted.lower()
    ]
    if len(found) == 1:
        return found[0]
    if found:
        codes = ", ".join(c.code for c in found)
        raise Ambiguous(
            phrase(
                "{text} names several categories: {codes}. Use one of the codes.",
                text=quoted(wanted),
                codes=codes,
            )
        )
    close = [c.name for c in all_categories(session=session) if wanted.lower() in c.name.lower()]
    if close:
        said = phrase(
            "There is no category {text}. Did you mean: {names}?",
            text=quoted(wanted),
            names=", ".join(close[:5]),
        )
    else:
        said = phrase(
            "There is no category {text}. Use a code such as FOOD_AND_DRINK_COFFEE.",
            text=quoted(wanted),
        )
    raise NotFound(said)


def merchant_key(name: str) -> str:
    """The key a merchant is found by: accents, case, punctuation and spacing ignored.

    >>> merchant_key("  Café  Blue-Bottle ")
    'cafe blue bottle'
    """
    plain = name  # ASCII text is its own NFKD form: a bank file's lines mostly are
    if not name.isascii():
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    key = " ".join(_NOT_WORD.sub(" ", plain.lower()).split())
    return key or " ".join(name.lower().split())


def merchant_id_for(name: str, *, session: Session, change: ChangeSet) -> int:
    """The id of the merchant called `name`, creating it on first use."""
    key = merchant_key(name)
    existing = session.scalar(select(merchants.c.id).where(merchants.c.key == key))
    if existing is not None:
        return existing
    return create_merchant(name, key, session=session, change=change)


def create_merchant(name: str, key: str, *, session: Session, change: ChangeSet) -> int:
    """Add a merchant under its normalized `key`; return its id."""
    statement = insert(merchants).values(name=" ".join(name.split()), key=key)
    merchant_id = insert_one(session, statement)
    change.created("merchant", merchant_id)
    return merchant_id


def add_transaction(new: NewTransaction, *, session: Session, change: ChangeSet) -> int:
    """Write a balanced transaction and its postings; return its id."""
    now = datetime.now(UTC)
    merchant_id = (
        merchant_id_for(new.merchant, session=session, change=change) if new.merchant else None
    )
    transaction_id = insert_one(
        session,
        insert(transactions).values(
            date=new.date,
            description=new.description,
            merchant_id=merchant_id,
            memo=new.memo,
            status=new.status,
            source=new.source,
            created_at=now,
            updated_at=now,
            entered_by=change.entered_by,
        ),
    )
    _insert_postings(transaction_id, new.date, new.postings, session)
    change.created(TRANSACTION, transaction_id)
    return transaction_id


def edit_transaction(
    transaction_id: int,
    *,
    session: Session,
    change: ChangeSet,
    day: date | None = None,
    description: str | None = None,
    merchant: str | None = None,
    memo: str | None = None,
    status: TransactionStatus | None = None,
    new_postings: tuple[Posting, ...] | None = None,
) -> None:
    """Change the given fields of a transaction (None leaves a field as it is).

    `new_postings` replaces all postings; they must balance (build them with
    `NewTransaction` or `check_balanced`).
    """
    require_transaction(transaction_id, session=session)
    values: dict[str, object] = {"updated_at": datetime.now(UTC)}
    if merchant is not None:  # a new merchant is journaled first, so undo drops it last
        values["merchant_id"] = (
            merchant_id_for(merchant, session=session, change=change) if merchant.strip() else None
        )
    change.will_update(TRANSACTION, transaction_id)
    if day is not None:
        values["date"] = day
    if description is not None:
        values["description"] = description
    if memo is not None:
        values["memo"] = memo
    if status is not None:
        values["status"] = status
    session.execute(update(transactions).where(transactions.c.id == transaction_id).values(values))
    if new_postings is not None:
        session.execute(postings.delete().where(postings.c.transaction_id == transaction_id))
        current_day = session.execute(
            select(transactions.c.date).where(transactions.c.id == transaction_id)
        ).scalar_one()
        _insert_postings(transaction_id, current_day, new_postings, session)
    elif day is not None:
        session.execute(
            update(postings).where(postings.c.transaction_id == transaction_id).values(date=day)
        )


def delete_transaction(transaction_id: int, *, session: Session, change: ChangeSet) -> None:
    """Delete a transaction with its postings (undoable)."""
    require_transaction(transaction_id, session=session)
    change.will_delete(TRANSACTION, transaction_id)
    session.execute(postings.delete().where(postings.c.transaction_id == transaction_id))
    session.execute(transactions.delete().where(transactions.c.id == transaction_id))


def require_transaction(transaction_id: int, *, session: Session) -> None:
    """Raise `NotFound` unless the transaction exists."""
    if session.scalar(select(transactions.c.id).where(transactions.c.id == transaction_id)) is None:
        raise NotFound(phrase("There is no transaction #{number}.", number=str(transaction_id)))


def transaction_postings(transaction_id: int, *, session: Session) -> list[tuple[int, int, str]]:
    """(account id, amount in minor units, currency) of each posting, in order."""
    rows = session.execute(
        select(postings.c.account_id, postings.c.amount_minor, postings.c.currency)
        .where(postings.c.transaction_id == transaction_id)
        .order_by(postings.c.id)
    )
    return [tuple(row) for row in rows]  # type: ignore[misc]


def transaction_count(*, session: Session) -> int:
    """How many transactions the ledger holds."""
    return session.scalar(select(func.count()).select_from(transactions)) or 0


def _insert_postings(
    transaction_id: int, day: date, legs: tuple[Posting, ...], session: Session
) -> None:
    session.execute(
        insert(postings),
        [
            {
                "transaction_id": transaction_id,
                "account_id": leg.account_id,
                "amount_minor": leg.money.minor,
                "currency": leg.money.currency,
                "date": day,
            }
            for leg in legs
        ],
    )


# An account said by its kind rather than its name ("on my card", "paid by card", "from the
# debit card"): the one account of that kind, when there is only one
_KIND_SAID = {
    "card": AccountKind.CARD,
    "credit card": AccountKind.CARD,
    "debit card": AccountKind.CARD,
    "bank card": AccountKind.CARD,
    "credit": AccountKind.CARD,  # "on my credit card", its account said as "credit"
    # as French and Vietnamese people say it: "par carte", "avec la carte bancaire", "bằng thẻ"
    "carte": AccountKind.CARD,
    "carte bancaire": AccountKind.CARD,
    "carte bleue": AccountKind.CARD,
    "cb": AccountKind.CARD,
    "thẻ": AccountKind.CARD,
    "checking account": AccountKind.CHECKING,
    "current account": AccountKind.CHECKING,
    "savings account": AccountKind.SAVINGS,
}


def _only_account_of_its_kind(name: str, session: Session):  # type: ignore[no-untyped-def]
    """The one unarchived money account of the kind `name` says ("card"), or None when there
    are none or several (then which one is asked)."""
    kind = _KIND_SAID.get(" ".join(name.lower().split()))
    if kind is None:
        return None
    rows = session.execute(
        select(accounts).where(accounts.c.kind == kind, accounts.c.archived.is_(False))
    ).all()
    return rows[0] if len(rows) == 1 else None


def _account_row(name: str, session: Session):  # type: ignore[no-untyped-def]
    return session.execute(
        select(accounts).where(func.lower(accounts.c.name) == name.lower())
    ).first()


def _account(row) -> Account:  # type: ignore[no-untyped-def]
    return Account(row.id, row.name, AccountType(row.type), AccountKind(row.kind), row.currency)


def _category(row) -> Category:  # type: ignore[no-untyped-def]
    return Category(
        row.code,
        row.name,
        row.primary_code,
        CategoryDirection(row.direction),
        row.is_transfer,
        row.is_user,
        row.account_id,
    )
