"""Use cases on payments: payees, drafts checked against the ledger, confirmation, exports.

Rule 6 lives here: `confirm_payment` is the only function that turns a payment draft into
a ledger entry, and only a person's confirmation calls it. Every other function reads, or
returns a draft for a card. Drafts are never made from text found in a receipt, a bill or
a transcript on its own: `draft_payment` takes the person's own command or form, and the
bill functions run only when the person asks to pay a dropped bill.

Payments to people are filed under the payee's default category, else the uncategorized
expense OTHER_OTHER: paying someone usually pays for something (rent, a share of dinner),
so it belongs in spending reports; a TRANSFER_OUT category would hide it from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from lingassist.config import window_language
from lingassist.core.accounts import Account
from lingassist.core.errors import NotFound, UserFacingError
from lingassist.core.money import Money, format_amount, from_minor
from lingassist.core.phrases import Amount, Phrase, phrase, quoted
from lingassist.core.text import checked_text
from lingassist.core.transactions import (
    NewTransaction,
    Posting,
    TransactionRow,
    TransactionSource,
    TransactionStatus,
)
from lingassist.ledger import draft_queries as dq
from lingassist.ledger import journal
from lingassist.ledger import payment_queries as pq
from lingassist.ledger.queries import transaction_rows
from lingassist.ledger.repository import (
    add_transaction,
    delete_transaction,
    find_account,
    resolve_category,
)
from lingassist.ledger.sessions import Session
from lingassist.payments.draft import (
    MAX_REFERENCE,
    CheckedDraft,
    DraftSource,
    LedgerFacts,
    PastPayment,
    Payee,
    PaymentDraft,
    Problem,
    ProblemCode,
    check_draft,
)
from lingassist.payments.iban import bic_problems, iban_problems, normalize_bic, normalize_iban
from lingassist.payments.problems import said_problem
from lingassist.payments.vn_banks import normalize_account_number, vn_account_problems
from lingassist.services.context import AppContext
from lingassist.services.entries import paying_account
from lingassist.services.replies import say

UNCATEGORIZED_PAYMENT = "OTHER_OTHER"
_STATUSES = {"draft": "draft", "pending": "pending", "cleared": "cleared"}
Recorded = Callable[[Session, journal.ChangeSet, int], None]
"""What else to write when a payment is recorded: (session, change set, transaction id)."""
_SOURCES = {
    DraftSource.COMMAND: TransactionSource.TEXT,
    DraftSource.FORM: TransactionSource.MANUAL,
    DraftSource.BILL_QR: TransactionSource.MANUAL,
}


class PaymentRefused(UserFacingError):
    """A confirmation that cannot go ahead; `problems` lists why (shown on the card).

    Attributes:
        problems: the blocking problems, or the warnings the person has not seen yet.
    """

    def __init__(self, message: str | Phrase, problems: tuple[Problem, ...]) -> None:
        super().__init__(message)
        self.problems = problems


class InvalidPayee(UserFacingError):
    """A payee that cannot be saved; `problems` lists every problem for the form.

    Attributes:
        problems: the blocking problems (missing name, IBAN or BIC mistakes).
    """

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(" ".join(problem.message for problem in problems))
        self.problems = problems


@dataclass(frozen=True)
class PendingPayment:
    """A confirmed payment waiting for the bank, as the drafts list shows it.

    Attributes:
        id: its ledger transaction.
        draft: the payment (payee, IBAN, amount, date, reference, account).
        status: "pending" (or "cleared" once marked paid).
        problems: what a fresh check finds now (e.g. its date has passed).
    """

    id: int
    draft: PaymentDraft
    status: str
    problems: tuple[Problem, ...]


def save_payee(
    context: AppContext,
    name: str,
    iban: str,
    bic: str = "",
    reference: str = "",
    category: str = "",
    *,
    bank_bin: str = "",
    account_number: str = "",
) -> Payee:
    """Add a payee, or update the one with that name, as one undoable change. The name and
    reference are kept without terminal controls.

    A payee has one account: an IBAN (with a BIC where needed), or a bank account in
    Vietnam (`bank_bin`, the bank's NAPAS BIN, and `account_number`; paid by VietQR).

    Raises:
        InvalidPayee: no name, an invalid IBAN/BIC or Vietnamese account, or both kinds
            given (the messages say what is wrong).
        UserFacingError: the name or the reference is too long.
        NotFound: `category` names no category.
    """
    clean = checked_text(name, "payee's name")
    reference = checked_text(reference, "reference", MAX_REFERENCE)
    found = _account_problems(iban, bic, bank_bin, account_number)
    if not clean:
        found.insert(
            0, said_problem(ProblemCode.PAYEE_MISSING, "A payee needs a name, e.g. Alice Martin.")
        )
    if found:
        raise InvalidPayee(tuple(found))
    with context.database.sessions.begin() as session:
        values: dict[str, object] = {
            "name": clean,
            "iban": normalize_iban(iban),
            "bic": normalize_bic(bic),
            "reference": reference,
            "default_category_id": _category_id(category, session),
            "bank_bin": bank_bin.strip(),
            "account_number": normalize_account_number(account_number),
        }
        existing = pq.find_payee(clean, session=session)
        if existing is None:
            change = journal.begin_change(session, phrase("Add payee {payee}", payee=clean))
            pq.insert_payee(values, session=session, change=change)
        else:
            change = journal.begin_change(
                session, phrase("Update payee {payee}", payee=existing.name)
            )
            values["name"] = existing.name  # the same payee, named as first saved
            pq.update_payee(existing.id, values, session=session, change=change)
        record = pq.find_payee(clean, session=session)
    assert record is not None
    return _payee(record)


def list_payees(context: AppContext) -> list[Payee]:
    """Every saved payee, by name."""
    with context.database.sessions() as session:
        return [_payee(record) for record in pq.all_payees(session=session)]


def find_payee(context: AppContext, name: str) -> Payee | None:
    """The saved payee called `name` (any case), or None."""
    with context.database.sessions() as session:
        record = pq.find_payee(name, session=session)
    return _payee(record) if record else None


def draft_payment(
    context: AppContext,
    payee: str,
    amount: Decimal,
    *,
    currency: str = "",
    execution_date: date | None = None,
    reference: str | None = None,
    account: str = "",
    source: DraftSource = DraftSource.COMMAND,
    iban: str = "",
) -> CheckedDraft:
    """A checked draft from the person's own command or form; nothing is written.

    Missing parts come from the ledger: the funding account's currency, today's date, the
    payee's saved IBAN, BIC and default reference. An IBAN the person wrote (`iban`) is
    kept as written and checked like any other: against the saved payee's, when there is
    one.
    """
    with context.database.sessions() as session:
        funding = paying_account(context, account, session)
        record = pq.find_payee(payee, session=session)
    draft = PaymentDraft(
        payee=record.name if record else " ".join(payee.split()),
        iban=iban or (record.iban if record else ""),
        bic=record.bic if record else "",
        amount=amount,
        currency=currency.strip().upper() or funding.currency,
        execution_date=execution_date or context.today(),
        reference=record.reference if reference is None and record else (reference or ""),
        account=funding.name,
        source=source,
        bank_bin=record.bank_bin if record else "",
        account_number=record.account_number if record else "",
    )
    return prepare_payment(context, draft)


def prepare_payment(context: AppContext, draft: PaymentDraft) -> CheckedDraft:
    """Check `draft` against the ledger; fill its IBAN/BIC from the saved payee if empty.

    Nothing is written: the result is shown on a card for the person to confirm or not.
    """
    with context.database.sessions() as session:
        return _checked(context, draft, session)


def confirm_payment(
    context: AppContext, checked: CheckedDraft, *, also: Recorded | None = None
) -> TransactionRow:
    """Record a confirmed draft as a pending transaction, as one undoable change.

    THE ONLY function that turns a payment draft into a ledger entry; call it only from
    the person's confirmation. The draft is checked again inside the same database
    transaction: a blocking problem, or a warning the person was not shown, refuses it.
    `also(session, change, transaction_id)` runs in the same unit of work and change set
    (a stored draft is marked confirmed there); if it raises, nothing is recorded.

    Raises:
        PaymentRefused: blocking problems, or new warnings since the card was shown.
        UserFacingError: the funding account or the category is unknown.
    """
    with context.database.sessions.begin() as session:
        fresh = _checked(context, checked.draft, session)
        blocking = tuple(p for p in fresh.problems if p.blocking)
        if blocking:
            raise PaymentRefused(
                phrase("This payment cannot be confirmed: {problems}", problems=_joined(blocking)),
                blocking,
            )
        unseen = tuple(
            p for p in fresh.problems if p.code not in {q.code for q in checked.problems}
        )
        if unseen:
            raise PaymentRefused(
                phrase(
                    "Something changed since the draft was checked: {problems}",
                    problems=_joined(unseen),
                ),
                unseen,
            )
        transaction_id, change = _record(context, fresh.draft, session)
        if also is not None:
            also(session, change, transaction_id)
        return transaction_rows([transaction_id], session=session)[0]


def pending_payments(context: AppContext) -> list[PendingPayment]:
    """Confirmed payments waiting for the bank, by date, each re-checked now."""
    with context.database.sessions() as session:
        ids = pq.pending_payment_ids(session=session)
        return [
            _pending(context, record, session)
            for record in pq.payment_records(ids, session=session)
        ]


def paid_payments(context: AppContext, limit: int = 20) -> list[PendingPayment]:
    """The most recent payments to saved payees that the bank has paid (cleared), newest
    first, for reading only (no re-check: `problems` is empty)."""
    sources = {s.value for s in pq.DRAFT_SOURCES}
    with context.database.sessions() as session:
        found = [
            record
            for payee in pq.all_payees(session=session)
            for record in pq.payments_to(payee.name, session=session, limit=limit)
            if record.status == TransactionStatus.CLEARED.value and record.source in sources
        ]
        found.sort(key=lambda record: (record.date, record.transaction_id), reverse=True)
        return [
            PendingPayment(r.transaction_id, draft_of(r, session), r.status, ())
            for r in found[:limit]
        ]


def pending_payment(context: AppContext, transaction_id: int) -> PendingPayment:
    """One payment from the ledger (pending or paid), re-checked now.

    Raises:
        NotFound: no such transaction, or it is not a payment to a payee.
    """
    with context.database.sessions() as session:
        return _pending(context, _require_payment(transaction_id, session), session)


def mark_paid(context: AppContext, transaction_id: int) -> TransactionRow:
    """The bank has paid it: status pending -> cleared, as one undoable change."""
    with context.database.sessions.begin() as session:
        record = require_pending(transaction_id, session)
        label = phrase("Mark payment to {payee} as paid", payee=f"{record.merchant}")
        change = journal.begin_change(session, label)
        pq.set_status(transaction_id, TransactionStatus.CLEARED, session=session, change=change)
        return transaction_rows([transaction_id], session=session)[0]


def cancel_payment(context: AppContext, transaction_id: int) -> str:
    """Remove a pending payment (undoable); return what was done.

    The payment's stored draft stays, without its transaction: the payment history lists
    it as cancelled. A payment confirmed without a stored draft (from a card) gets one, in
    the same change, so that it is listed too.
    """
    with context.database.sessions.begin() as session:
        record = require_pending(transaction_id, session)
        label = phrase(
            "Cancel payment {amount} to {payee}",
            amount=Amount(
                from_minor(record.amount_minor, record.currency),
                record.currency,
                _money_text(record),
            ),
            payee=f"{record.merchant}",
        )
        change = journal.begin_change(session, label)
        linked = dq.drafts_paid_by(transaction_id, session=session)
        for draft_id in linked:
            change.will_update(dq.ENTITY, draft_id)  # the link the deletion clears comes back
        if not linked:
            _keep_as_cancelled(record, session, change)
        delete_transaction(transaction_id, session=session, change=change)
    return label.text


def draft_values(draft: PaymentDraft, amount_minor: int) -> dict[str, object]:
    """A draft as the columns of its stored row (the amount in exact minor units)."""
    return {
        "payee": draft.payee,
        "iban": draft.iban,
        "bic": draft.bic,
        "amount_minor": amount_minor,
        "currency": draft.currency,
        "execution_date": draft.execution_date,
        "reference": draft.reference,
        "account": draft.account,
        "source": draft.source.value,
        "bank_bin": draft.bank_bin,
        "account_number": draft.account_number,
    }


def _keep_as_cancelled(
    record: pq.PaymentRecord, session: Session, change: journal.ChangeSet
) -> None:
    """Store the payment being cancelled as a confirmed draft without a transaction (what
    the history shows as cancelled); nothing is kept when its payee is no longer saved."""
    try:
        draft = draft_of(record, session)
    except NotFound:
        return
    values = draft_values(draft, record.amount_minor)
    dq.insert_draft(values, session=session, change=change, status=dq.CONFIRMED)


def _checked(context: AppContext, draft: PaymentDraft, session: Session) -> CheckedDraft:
    funding = paying_account(context, draft.account, session)
    record = pq.find_payee(draft.payee, session=session) if draft.payee.strip() else None
    if record is not None:
        draft = _with_payee(draft, record)
    draft = _normalized(draft, funding)
    facts = _facts(record, funding, session)
    return CheckedDraft(draft, tuple(check_draft(draft, today=context.today(), facts=facts)))


def _facts(
    record: pq.PayeeRecord | None,
    funding: Account,
    session: Session,
    excluding: int | None = None,
) -> LedgerFacts:
    currency = funding.currency
    balance = pq.balance_without_drafts(funding.id, currency, session=session)
    pending = pq.pending_outflow(funding.id, currency, session=session, excluding=excluding)
    past = pq.payments_to(record.name, session=session, excluding=excluding) if record else []
    return LedgerFacts(
        payee=_payee(record) if record else None,
        account_name=funding.name,
        account_currency=currency,
        balance=from_minor(balance, currency),
        pending_total=from_minor(pending, currency),
        payments=tuple(_past(payment) for payment in past),
    )


def payment_description(payee: str, language: str) -> str:
    """What a confirmed payment is called in the ledger, in the window's language ("Paiement
    à Landlord Ltd"): it is written once, when the person confirms it."""
    return say(language, "ledger.payment_to", payee=payee) or f"Payment to {payee}"


def _record(
    context: AppContext, draft: PaymentDraft, session: Session
) -> tuple[int, journal.ChangeSet]:
    funding = paying_account(context, draft.account, session)
    record = pq.find_payee(draft.payee, session=session)
    if record is None:  # pragma: no cover - a blocking problem stops this earlier
        raise NotFound(phrase("{payee} is not a saved payee.", payee=draft.payee))
    category = resolve_category(record.category_code or UNCATEGORIZED_PAYMENT, session=session)
    money = Money(draft.amount, draft.currency)
    new = NewTransaction(
        date=draft.execution_date,
        description=payment_description(record.name, window_language(context.settings)),
        postings=(Posting(category.account_id, money), Posting(funding.id, -money)),
        merchant=record.name,
        memo=draft.reference.strip(),
        status=TransactionStatus.PENDING,
        source=_SOURCES[draft.source],
    )
    label = phrase(
        "Confirm payment {amount} to {payee}",
        amount=Amount.of(money),
        payee=record.name,
    )
    change = journal.begin_change(session, label)
    return add_transaction(new, session=session, change=change), change


def _pending(context: AppContext, record: pq.PaymentRecord, session: Session) -> PendingPayment:
    draft = draft_of(record, session)
    payee = pq.find_payee(record.merchant, session=session)
    funding = find_account(record.account, session=session)
    facts = _facts(payee, funding, session, excluding=record.transaction_id)
    problems = tuple(check_draft(draft, today=context.today(), facts=facts))
    return PendingPayment(record.transaction_id, draft, record.status, problems)


def draft_of(record: pq.PaymentRecord, session: Session) -> PaymentDraft:
    """The payment a ledger transaction stands for, with its payee's saved IBAN."""
    payee = pq.find_payee(record.merchant, session=session)
    if payee is None:
        raise NotFound(
            phrase(
                "The payee {payee} of payment #{number} is no longer saved; save them again "
                "with their IBAN.",
                payee=quoted(record.merchant),
                number=str(record.transaction_id),
            )
        )
    return PaymentDraft(
        payee=payee.name,
        iban=payee.iban,
        bic=payee.bic,
        amount=from_minor(record.amount_minor, record.currency),
        currency=record.currency,
        execution_date=record.date,
        reference=record.memo,
        account=record.account,
        source=DraftSource.COMMAND if record.source == TransactionSource.TEXT else DraftSource.FORM,
        bank_bin=payee.bank_bin,
        account_number=payee.account_number,
    )


def _require_payment(transaction_id: int, session: Session) -> pq.PaymentRecord:
    found = pq.payment_records([transaction_id], session=session)
    if not found:
        raise NotFound(phrase("There is no payment #{number}.", number=str(transaction_id)))
    return found[0]


def require_pending(transaction_id: int, session: Session) -> pq.PaymentRecord:
    """The payment, if it is a pending payment drafted by the person.

    Raises:
        NotFound: no such payment.
        UserFacingError: it is not pending (already paid, or not a payment draft).
    """
    record = _require_payment(transaction_id, session)
    is_draft_source = record.source in {s.value for s in pq.DRAFT_SOURCES}
    if record.status != TransactionStatus.PENDING or not is_draft_source:
        raise UserFacingError(
            phrase(
                "Payment #{number} to {payee} is not pending (it is {status}); only a pending "
                "payment can be exported, paid or cancelled.",
                number=str(transaction_id),
                payee=record.merchant,
                status=_said_status(record.status),
            )
        )
    return record


def _said_status(status: str) -> Phrase | str:
    """A payment's status as a phrase a window can translate (any other as it is)."""
    return phrase(_STATUSES[status]) if status in _STATUSES else status


def _category_id(category: str, session: Session) -> int | None:
    if not category.strip():
        return None
    return pq.category_id(resolve_category(category, session=session).code, session=session)


def _with_payee(draft: PaymentDraft, record: pq.PayeeRecord) -> PaymentDraft:
    """The saved payee's exact name; its account (IBAN and BIC, or Vietnamese bank and
    account number) when the draft gives none."""
    if draft.iban.strip() or draft.is_vietnamese_account:
        return replace(draft, payee=record.name)
    return replace(
        draft,
        payee=record.name,
        iban=record.iban,
        bic=draft.bic or record.bic,
        bank_bin=record.bank_bin,
        account_number=record.account_number,
    )


def _normalized(draft: PaymentDraft, funding: Account) -> PaymentDraft:
    return replace(
        draft,
        payee=" ".join(draft.payee.split()),
        iban=normalize_iban(draft.iban),
        bic=normalize_bic(draft.bic),
        currency=draft.currency.strip().upper(),
        account=funding.name,
        bank_bin=draft.bank_bin.strip(),
        account_number=normalize_account_number(draft.account_number),
    )


def _payee(record: pq.PayeeRecord) -> Payee:
    return Payee(
        record.id,
        record.name,
        record.iban,
        record.bic,
        record.reference,
        record.category_code,
        record.bank_bin,
        record.account_number,
    )


def _account_problems(iban: str, bic: str, bank_bin: str, account_number: str) -> list[Problem]:
    """The blocking problems of a payee's one account (IBAN or Vietnamese account)."""
    if not (bank_bin.strip() or account_number.strip()):
        return [p for p in iban_problems(iban) + bic_problems(bic, iban) if p.blocking]
    if iban.strip() or bic.strip():
        return [
            said_problem(
                ProblemCode.ACCOUNT_NOT_PAYEES,
                "Give either an IBAN or a bank in Vietnam with an account number, not both: "
                "a payee has one account.",
            )
        ]
    return vn_account_problems(bank_bin, account_number)


def _past(record: pq.PaymentRecord) -> PastPayment:
    return PastPayment(
        record.transaction_id,
        from_minor(record.amount_minor, record.currency),
        record.currency,
        record.date,
        record.status,
    )


def _money_text(record: pq.PaymentRecord) -> str:
    amount = from_minor(record.amount_minor, record.currency)
    return f"{format_amount(amount, record.currency)} {record.currency}"


def _joined(problems: tuple[Problem, ...]) -> Phrase:
    """The problems one after the other (the English text joins them with a space)."""
    said = problems[0].said
    for problem in problems[1:]:
        said = phrase("{first} {then}", first=said, then=problem.said)
    return said
