"""Payment use cases on a real temporary ledger (the `context` fixture: EUR, 2026-11-23)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import xmlschema
from PIL import Image

from lingassist.core.accounts import AccountKind, AccountType
from lingassist.core.errors import NotFound, UserFacingError
from lingassist.core.transactions import TransactionFilter, TransactionSource, TransactionStatus
from lingassist.ledger import journal
from lingassist.ledger.reports import account_balances
from lingassist.ledger.repository import create_account
from lingassist.payments.draft import CheckedDraft, DraftSource, PaymentDraft, ProblemCode
from lingassist.payments.epc_qr import decode_payment_qr
from lingassist.services import payment_exports, payments
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, find_entries, record_entry, undo_last
from lingassist.services.payments import PaymentRefused

IBAN = "DE89370400440532013000"
XSD = Path(__file__).parent / "data" / "pain.001.001.03.xsd"
TODAY = date(2026, 11, 23)


@pytest.fixture
def funded(context: AppContext) -> AppContext:
    """Checking holds 100.00 EUR; Alice Martin is a saved payee."""
    record_entry(context, EntryRequest(amount="100", category="INCOME_SALARY", income=True))
    payments.save_payee(context, "Alice Martin", "de89 3704 0044 0532 0130 00", reference="Dinner")
    return context


def codes(checked: CheckedDraft) -> list[ProblemCode]:
    return [p.code for p in checked.problems]


def transaction_count(context: AppContext) -> int:
    return find_entries(context, TransactionFilter())[1]


def confirm(context: AppContext, amount: str, **kwargs: object) -> int:
    checked = payments.draft_payment(context, "Alice Martin", Decimal(amount), **kwargs)  # type: ignore[arg-type]
    return payments.confirm_payment(context, checked).id


# payees ------------------------------------------------------------------------------------


def test_save_payee_validates_normalizes_and_is_undoable(context: AppContext) -> None:
    payee = payments.save_payee(
        context, " Alice  Martin ", "de89 3704 0044 0532 0130 00", "cobadeffxxx"
    )
    assert (payee.name, payee.iban, payee.bic) == ("Alice Martin", IBAN, "COBADEFFXXX")
    assert payee.grouped_iban == "DE89 3704 0044 0532 0130 00"
    assert [p.name for p in payments.list_payees(context)] == ["Alice Martin"]
    assert undo_last(context) == "Undid: add payee Alice Martin"
    assert payments.list_payees(context) == []


@pytest.mark.parametrize(
    ("name", "iban", "bic", "words"),
    [
        ("", IBAN, "", "needs a name"),
        ("Bob", "DE88370400440532013000", "", "check digits"),
        ("Bob", "DE8937040044053201300", "", "has 22 characters"),
        ("Bob", IBAN, "ABNANL2A", "from NL"),
    ],
)
def test_save_payee_refuses_what_is_wrong(
    context: AppContext, name: str, iban: str, bic: str, words: str
) -> None:
    with pytest.raises(UserFacingError, match=words):
        payments.save_payee(context, name, iban, bic)
    assert payments.list_payees(context) == []


def test_saving_again_updates_the_payee_undoably(funded: AppContext) -> None:
    payments.save_payee(funded, "alice martin", "NL91ABNA0417164300", category="Rent")
    (payee,) = payments.list_payees(funded)
    assert (payee.name, payee.iban, payee.default_category) == (
        "Alice Martin",
        "NL91ABNA0417164300",
        "RENT_AND_UTILITIES_RENT",
    )
    undo_last(funded)
    assert payments.find_payee(funded, "ALICE MARTIN").iban == IBAN  # type: ignore[union-attr]


# drafts and confirmation -------------------------------------------------------------------


def test_a_command_draft_is_filled_from_the_ledger_and_writes_nothing(funded: AppContext) -> None:
    before = transaction_count(funded)
    checked = payments.draft_payment(funded, "alice martin", Decimal("40.50"))
    draft = checked.draft
    assert (draft.payee, draft.iban, draft.currency, draft.execution_date) == (
        "Alice Martin",
        IBAN,
        "EUR",
        TODAY,
    )
    assert (draft.reference, draft.account, draft.source) == ("Dinner", "Checking", "command")
    assert codes(checked) == [ProblemCode.FIRST_PAYMENT]
    assert not checked.blocked
    assert transaction_count(funded) == before


def test_confirm_records_a_pending_transaction_in_one_change(funded: AppContext) -> None:
    checked = payments.draft_payment(funded, "Alice Martin", Decimal("40.50"))
    row = payments.confirm_payment(funded, checked)
    assert row.status is TransactionStatus.PENDING
    assert row.source is TransactionSource.TEXT
    assert (row.amount, row.currency, row.account) == (Decimal("-40.50"), "EUR", "Checking")
    assert (row.merchant, row.memo, row.category_code) == ("Alice Martin", "Dinner", "OTHER_OTHER")
    (pending,) = payments.pending_payments(funded)
    assert pending.id == row.id and pending.draft.iban == IBAN and pending.status == "pending"


def test_payee_default_category_is_used(funded: AppContext) -> None:
    payments.save_payee(funded, "Alice Martin", IBAN, category="RENT_AND_UTILITIES_RENT")
    row = payments.confirm_payment(
        funded, payments.draft_payment(funded, "Alice Martin", Decimal(5))
    )
    assert row.category_code == "RENT_AND_UTILITIES_RENT"


def test_confirm_refuses_blocking_problems(funded: AppContext) -> None:
    before = transaction_count(funded)
    checked = payments.draft_payment(funded, "Alice Martin", Decimal("500"))
    assert codes(checked)[0] is ProblemCode.INSUFFICIENT_FUNDS and checked.blocked
    with pytest.raises(PaymentRefused) as refused:
        payments.confirm_payment(funded, checked)
    assert [p.code for p in refused.value.problems] == [ProblemCode.INSUFFICIENT_FUNDS]
    assert transaction_count(funded) == before


def test_confirm_rechecks_and_does_not_trust_the_problems_it_is_given(funded: AppContext) -> None:
    unknown = PaymentDraft("Mallory", "NL91ABNA0417164300", Decimal(50), "EUR", TODAY)
    with pytest.raises(PaymentRefused) as refused:
        payments.confirm_payment(funded, CheckedDraft(unknown, problems=()))
    assert ProblemCode.PAYEE_UNKNOWN in [p.code for p in refused.value.problems]
    other_iban = replace(
        payments.draft_payment(funded, "Alice Martin", Decimal(5)).draft, iban="NL91ABNA0417164300"
    )
    with pytest.raises(PaymentRefused):
        payments.confirm_payment(funded, CheckedDraft(other_iban, problems=()))
    assert payments.pending_payments(funded) == []


def test_confirm_refuses_warnings_the_person_was_not_shown(funded: AppContext) -> None:
    checked = payments.draft_payment(funded, "Alice Martin", Decimal("20"))
    payments.confirm_payment(funded, checked)
    # the same card confirmed twice: the second time it is a possible duplicate
    with pytest.raises(PaymentRefused) as refused:
        payments.confirm_payment(funded, checked)
    assert [p.code for p in refused.value.problems] == [ProblemCode.POSSIBLE_DUPLICATE]
    again = payments.draft_payment(funded, "Alice Martin", Decimal("20"))
    assert codes(again) == [ProblemCode.POSSIBLE_DUPLICATE]
    payments.confirm_payment(funded, again)  # seen, and confirmed anyway
    assert len(payments.pending_payments(funded)) == 2


def test_pending_drafts_reduce_the_available_balance(funded: AppContext) -> None:
    confirm(funded, "60")
    checked = payments.draft_payment(funded, "Alice Martin", Decimal("40.01"))
    assert ProblemCode.INSUFFICIENT_FUNDS in codes(checked)
    assert "60.00 EUR of other pending payments" in checked.problems[0].message
    assert not payments.draft_payment(funded, "Alice Martin", Decimal("40.00")).blocked


def test_duplicates_are_flagged_pending_or_paid(funded: AppContext) -> None:
    first = confirm(funded, "10", execution_date=date(2026, 11, 25))
    near = payments.draft_payment(
        funded, "Alice Martin", Decimal(10), execution_date=date(2026, 12, 2)
    )
    far = payments.draft_payment(
        funded, "Alice Martin", Decimal(10), execution_date=date(2026, 12, 3)
    )
    assert ProblemCode.POSSIBLE_DUPLICATE in codes(near)
    assert ProblemCode.POSSIBLE_DUPLICATE not in codes(far)
    payments.mark_paid(funded, first)
    paid = payments.draft_payment(funded, "Alice Martin", Decimal(10))
    assert ProblemCode.POSSIBLE_DUPLICATE in codes(paid)
    assert "was paid" in paid.problems[0].message


def test_unusually_large_compares_with_past_payments(funded: AppContext) -> None:
    confirm(funded, "10")
    assert ProblemCode.AMOUNT_UNUSUALLY_LARGE in codes(
        payments.draft_payment(funded, "Alice Martin", Decimal("30.01"))
    )
    assert ProblemCode.AMOUNT_UNUSUALLY_LARGE not in codes(
        payments.draft_payment(funded, "Alice Martin", Decimal("30"))
    )


def test_currency_the_account_does_not_hold(funded: AppContext) -> None:
    checked = payments.draft_payment(funded, "Alice Martin", Decimal(5), currency="usd")
    assert codes(checked) == [ProblemCode.CURRENCY_NOT_HELD, ProblemCode.FIRST_PAYMENT]
    with funded.database.sessions.begin() as session:
        change = journal.begin_change(session, "Add account")
        create_account(
            "Dollars",
            AccountType.ASSET,
            AccountKind.CHECKING,
            "USD",
            session=session,
            change=change,
        )
    dollars = payments.draft_payment(
        funded, "Alice Martin", Decimal(5), currency="USD", account="Dollars"
    )
    assert ProblemCode.CURRENCY_NOT_HELD not in codes(dollars)
    assert ProblemCode.INSUFFICIENT_FUNDS in codes(dollars)  # nothing in it yet


def test_past_date_and_unknown_payee_block(funded: AppContext) -> None:
    past = payments.draft_payment(
        funded, "Alice Martin", Decimal(5), execution_date=date(2026, 11, 1)
    )
    assert ProblemCode.DATE_IN_PAST in codes(past)
    unknown = payments.draft_payment(funded, "Bob", Decimal(5))
    assert codes(unknown)[:2] == [ProblemCode.PAYEE_UNKNOWN, ProblemCode.IBAN_MISSING]


def test_unknown_funding_account(funded: AppContext) -> None:
    with pytest.raises(NotFound):
        payments.draft_payment(funded, "Alice Martin", Decimal(5), account="Nope")


# after confirmation ------------------------------------------------------------------------


def test_undo_of_confirm_removes_the_pending_transaction(funded: AppContext) -> None:
    before = transaction_count(funded)
    confirm(funded, "40.50")
    assert undo_last(funded) == "Undid: confirm payment 40.50 EUR to Alice Martin"
    assert payments.pending_payments(funded) == []
    assert transaction_count(funded) == before
    with funded.database.sessions() as session:
        balances = {b.name: b.balance for b in account_balances(session=session)}
    assert balances["Checking"] == Decimal("100.00")


def test_mark_paid_clears_it_and_is_undoable(funded: AppContext) -> None:
    transaction_id = confirm(funded, "40.50")
    row = payments.mark_paid(funded, transaction_id)
    assert row.status is TransactionStatus.CLEARED
    assert payments.pending_payments(funded) == []
    with pytest.raises(UserFacingError, match="not pending"):
        payments.mark_paid(funded, transaction_id)
    undo_last(funded)
    assert [p.id for p in payments.pending_payments(funded)] == [transaction_id]


def test_cancel_removes_it_undoably(funded: AppContext) -> None:
    transaction_id = confirm(funded, "40.50")
    assert payments.cancel_payment(funded, transaction_id) == (
        "Cancel payment 40.50 EUR to Alice Martin"
    )
    assert payments.pending_payments(funded) == []
    undo_last(funded)
    assert [p.id for p in payments.pending_payments(funded)] == [transaction_id]


def test_only_pending_payments_can_be_paid_cancelled_or_exported(funded: AppContext) -> None:
    expense = record_entry(funded, EntryRequest(amount="3", merchant="Cafe")).row.id
    for action in (payments.mark_paid, payments.cancel_payment):
        with pytest.raises(UserFacingError, match="not pending"):
            action(funded, expense)
    with pytest.raises(NotFound):
        payments.cancel_payment(funded, 9999)


def test_export_epc_qr_decodes_to_the_payment(funded: AppContext, tmp_path: Path) -> None:
    transaction_id = confirm(funded, "40.50")
    path = payment_exports.export_epc_qr(funded, transaction_id, tmp_path / "alice.png")
    bill = decode_payment_qr(Image.open(path))
    assert bill is not None
    assert (bill.name, bill.iban, bill.amount, bill.reference) == (
        "Alice Martin",
        IBAN,
        Decimal("40.50"),
        "Dinner",
    )
    payments.mark_paid(funded, transaction_id)
    with pytest.raises(UserFacingError, match="not pending"):
        payment_exports.export_epc_qr(funded, transaction_id, tmp_path / "again.png")


def test_export_pain001_validates(funded: AppContext, tmp_path: Path) -> None:
    payments.save_payee(funded, "Bob", "NL91ABNA0417164300", "ABNANL2A")
    first = confirm(funded, "40.50")
    second = payments.confirm_payment(
        funded,
        payments.draft_payment(funded, "Bob", Decimal(12), execution_date=date(2026, 11, 30)),
    ).id
    path = payment_exports.export_pain001(
        funded,
        [first, second],
        tmp_path / "sepa.xml",
        debtor_name="Jane Doe",
        debtor_iban="FR14 2004 1010 0505 0001 3M02 606",
    )
    xmlschema.XMLSchema(str(XSD)).validate(path.read_text(encoding="utf-8"))
    root = ET.parse(path).getroot()
    ns = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
    assert root.findtext(".//p:GrpHdr/p:CtrlSum", namespaces=ns) == "52.50"
    ids = sorted(e.text or "" for e in root.findall(".//p:EndToEndId", namespaces=ns))
    assert ids == [f"LINGASSIST-{first}", f"LINGASSIST-{second}"]


def test_bill_qr_draft_needs_the_payee_saved_first(funded: AppContext, tmp_path: Path) -> None:
    transaction_id = confirm(funded, "40.50")
    qr = payment_exports.export_epc_qr(funded, transaction_id, tmp_path / "bill.png")
    payments.cancel_payment(funded, transaction_id)
    checked = payment_exports.draft_from_bill_image(funded, Image.open(qr))
    assert checked is not None and checked.draft.source is DraftSource.BILL_QR
    assert not checked.blocked  # Alice is saved with this IBAN
    assert checked.draft.amount == Decimal("40.50")
    stranger = replace(checked.draft, payee="Stadtwerke Nord")
    assert ProblemCode.PAYEE_UNKNOWN in codes(payments.prepare_payment(funded, stranger))


def test_bill_text_draft_takes_only_the_iban(funded: AppContext) -> None:
    text = "Rechnung 42\nBitte zahlen Sie 99,00 EUR auf DE89 3704 0044 0532 0130 00"
    checked = payment_exports.draft_from_bill_text(funded, text)
    assert checked is not None
    assert (checked.draft.payee, checked.draft.iban, checked.draft.amount) == (
        "Alice Martin",
        IBAN,
        Decimal(0),
    )
    assert ProblemCode.AMOUNT_NOT_POSITIVE in codes(checked)
    assert payment_exports.draft_from_bill_text(funded, "no iban here") is None


def test_invalid_payee_lists_every_problem(context: AppContext) -> None:
    with pytest.raises(payments.InvalidPayee) as invalid:
        payments.save_payee(context, " ", "DE88370400440532013000", "COBA")
    assert [p.code for p in invalid.value.problems] == [
        ProblemCode.PAYEE_MISSING,
        ProblemCode.IBAN_CHECKSUM,
        ProblemCode.BIC_INVALID,
    ]
