"""Stored payment drafts and the funding accounts' bank details, read and written in SQL.

A stored draft is "open" until the person confirms it (then "confirmed", pointing at the
pending transaction `confirm_payment` recorded) or discards it ("discarded"). Every write
goes through the change journal (entity "payment_draft"), so undo takes it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import insert, select, update

from lingassist.core.errors import NotFound
from lingassist.core.phrases import phrase
from lingassist.ledger.inserts import insert_one
from lingassist.ledger.journal import ChangeSet
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import accounts, payment_drafts

ENTITY = "payment_draft"
OPEN, CONFIRMED, DISCARDED = "open", "confirmed", "discarded"
_d = payment_drafts


@dataclass(frozen=True)
class DraftRecord:
    """A payment_drafts row.

    Attributes:
        id: database id (the number the person types: ``draft confirm 3``).
        payee: the payee's name.
        iban: compact IBAN ("" when unknown).
        bic: compact BIC or "".
        amount_minor: the amount in minor units.
        currency: ISO 4217 code.
        execution_date: the day the bank should pay it.
        reference: the reference the payee sees.
        account: name of the funding account.
        source: where the draft came from (a `DraftSource` value).
        status: "open", "confirmed" or "discarded".
        transaction_id: the pending transaction once confirmed (None if cancelled since).
        created_at: when it was stored (UTC).
        bank_bin: NAPAS BIN of a bank in Vietnam ("" when paying an IBAN).
        account_number: the account at that bank ("" when paying an IBAN).
    """

    id: int
    payee: str
    iban: str
    bic: str
    amount_minor: int
    currency: str
    execution_date: date
    reference: str
    account: str
    source: str
    status: str
    transaction_id: int | None
    created_at: datetime
    bank_bin: str = ""
    account_number: str = ""


@dataclass(frozen=True)
class BankDetails:
    """A money account's own bank details, as a SEPA file names the debtor.

    Attributes:
        account: the account's name.
        iban: its IBAN, "" when not set.
        bic: its BIC, "" when not set.
        holder_name: the account holder's name, "" when not set.
    """

    account: str
    iban: str
    bic: str
    holder_name: str


def insert_draft(
    values: dict[str, object], *, session: Session, change: ChangeSet, status: str = OPEN
) -> int:
    """Store a draft (payee, iban, bic, amount_minor, currency, execution_date, reference,
    account, source, bank_bin, account_number), open unless `status` says otherwise (a
    cancelled payment is kept as "confirmed" with no transaction); return its id."""
    row = {**values, "status": status, "created_at": datetime.now(UTC)}
    draft_id = insert_one(session, insert(_d).values(row))
    change.created(ENTITY, draft_id)
    return draft_id


def draft_record(draft_id: int, *, session: Session) -> DraftRecord:
    """The stored draft with this id.

    Raises:
        NotFound: there is no such draft.
    """
    row = session.execute(select(_d).where(_d.c.id == draft_id)).first()
    if row is None:
        raise NotFound(
            phrase(
                "There is no payment draft #{number}; {command} lists them.",
                number=str(draft_id),
                command="`lingassist drafts`",
            )
        )
    return _record(row)


def draft_records(statuses: tuple[str, ...], *, session: Session) -> list[DraftRecord]:
    """Stored drafts with one of these statuses, oldest first."""
    rows = session.execute(select(_d).where(_d.c.status.in_(statuses)).order_by(_d.c.id))
    return [_record(row) for row in rows]


def set_draft(
    draft_id: int, values: dict[str, object], *, session: Session, change: ChangeSet
) -> None:
    """Change a stored draft's fields (undoable)."""
    change.will_update(ENTITY, draft_id)
    session.execute(update(_d).where(_d.c.id == draft_id).values(values))


def drafts_paid_by(transaction_id: int, *, session: Session) -> list[int]:
    """Ids of the stored drafts whose confirmation recorded this transaction."""
    return list(session.scalars(select(_d.c.id).where(_d.c.transaction_id == transaction_id)))


def bank_details(account_id: int, *, session: Session) -> BankDetails:
    """The account's own IBAN, BIC and holder name ("" where not set)."""
    row = session.execute(
        select(accounts.c.name, accounts.c.iban, accounts.c.bic, accounts.c.holder_name).where(
            accounts.c.id == account_id
        )
    ).one()
    return BankDetails(row.name, row.iban, row.bic, row.holder_name)


def set_bank_details(
    account_id: int, details: dict[str, str], *, session: Session, change: ChangeSet
) -> None:
    """Set some of an account's iban, bic and holder_name (undoable)."""
    change.will_update("account", account_id)
    session.execute(update(accounts).where(accounts.c.id == account_id).values(details))


def _record(row) -> DraftRecord:  # type: ignore[no-untyped-def]
    return DraftRecord(
        id=row.id,
        payee=row.payee,
        iban=row.iban,
        bic=row.bic,
        amount_minor=int(row.amount_minor),
        currency=row.currency,
        execution_date=row.execution_date,
        reference=row.reference,
        account=row.account,
        source=row.source,
        status=row.status,
        transaction_id=row.transaction_id,
        created_at=row.created_at,
        bank_bin=row.bank_bin,
        account_number=row.account_number,
    )
