"""The Payments page on real widgets: payees, draft -> dialog -> pending with its QR code,
paid, cancel and undo; and the page inside the main window."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from lingassist.core.transactions import TransactionFilter, TransactionStatus
from lingassist.gui.main_window import MainWindow
from lingassist.gui.payment_dialog import PaymentDialog
from lingassist.gui.payments_view import QR_SIZE, PaymentsView
from lingassist.payments.draft import CheckedDraft
from lingassist.payments.epc_qr import decode_payment_qr
from lingassist.services import payment_drafts, payments
from lingassist.services import payment_exports as exports
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, find_entries, record_entry
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_main_window import no_receipts


@pytest.fixture
def funded(context: AppContext) -> AppContext:
    """Checking holds 500.00 EUR; Alice Martin is saved; one open draft to her (#1)."""
    record_entry(context, EntryRequest("500", category="INCOME_SALARY", income=True))
    payments.save_payee(context, "Alice Martin", "DE89370400440532013000", reference="Dinner")
    checked = payments.draft_payment(context, "Alice Martin", Decimal("40.50"))
    payment_drafts.save_draft(context, checked)
    return context


class Approver:
    """Stands in for the dialog: records what it was shown, answers as told."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.shown: list[CheckedDraft] = []

    def __call__(self, checked: CheckedDraft) -> bool:
        self.shown.append(checked)
        return self.answer


def make_view(qtbot: QtBot, context: AppContext, approver: Approver, saved: list[Path]):
    def choose(name: str, _filter: str) -> Path:
        saved.append(Path(str(context.paths.home)) / name)
        return saved[-1]

    view = PaymentsView(context, approve_payment=approver, choose_path=choose)
    qtbot.addWidget(view)
    view.show()
    return view


def pending_rows(context: AppContext) -> list:
    rows = find_entries(context, TransactionFilter())[0]
    return [r for r in rows if r.status is TransactionStatus.PENDING]


def test_a_bad_iban_is_shown_inline_and_nothing_is_saved(qtbot: QtBot, funded: AppContext) -> None:
    view = make_view(qtbot, funded, Approver(False), [])
    form = view.payee_form
    qtbot.keyClicks(form.name, "Bob")
    qtbot.keyClicks(form.iban, "DE88 3704 0044 0532 0130 00")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible() and "check digits" in form.error.text()
    assert [p.name for p in payments.list_payees(funded)] == ["Alice Martin"]
    form.iban.setText("NL91ABNA0417164300")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible() and form.name.text() == ""
    assert view.payees.count() == 2 and "Bob" in view.payees.item(1).text()


def test_confirm_goes_through_the_dialog_then_shows_the_qr(
    qtbot: QtBot, funded: AppContext
) -> None:
    approver = Approver(False)
    view = make_view(qtbot, funded, approver, [])
    assert view.selected is not None and view.selected.status == "open"
    assert view.confirm_button.isVisible() and not view.qr.isVisible()
    assert "first payment" in view.problems.text()
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    assert len(approver.shown) == 1 and "cancelled" in view.feedback.text()
    assert pending_rows(funded) == []

    approver.answer = True
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    [row] = pending_rows(funded)
    assert row.amount == Decimal("-40.50") and row.merchant == "Alice Martin"
    selected = view.selected
    assert selected is not None and (selected.id, selected.status) == (1, "pending")
    assert selected.transaction_id == row.id
    assert view.qr.isVisible() and not view.qr.pixmap().isNull()
    assert view.paid_button.isVisible() and not view.confirm_button.isVisible()


def test_the_dialog_for_a_stored_draft_defaults_to_cancel(qtbot: QtBot, funded: AppContext) -> None:
    stored = payment_drafts.list_drafts(funded)[0]
    dialog = PaymentDialog(CheckedDraft(stored.draft, stored.problems), "en_IE")
    qtbot.addWidget(dialog)
    assert dialog.default_button_text == "Cancel" and dialog.record_button.isEnabled()


def test_save_qr_mark_paid_cancel_and_undo(qtbot: QtBot, funded: AppContext) -> None:
    saved: list[Path] = []
    view = make_view(qtbot, funded, Approver(True), saved)
    view.confirm_selected()
    view.save_qr()
    bill = decode_payment_qr(Image.open(saved[0]))
    assert bill is not None and (bill.iban, bill.amount) == (
        "DE89370400440532013000",
        Decimal("40.50"),
    )
    view.save_sepa()  # Checking has no IBAN or holder name yet: the page asks for them
    assert view.account_form.isVisible() and len(saved) == 1
    qtbot.mouseClick(view.account_form.cancel_button, Qt.MouseButton.LeftButton)
    assert not view.account_form.isVisible() and len(saved) == 1

    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert pending_rows(funded) == [] and view.payments.topLevelItemCount() == 1
    assert view.selected is not None and view.selected.status == "cancelled"  # in the history
    assert not view.paid_button.isVisible() and not view.qr.isVisible()
    assert view.undo_button.isVisible()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert len(pending_rows(funded)) == 1
    assert view.selected is not None and (view.selected.id, view.selected.status) == (1, "pending")

    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.paid_button, Qt.MouseButton.LeftButton)
    assert pending_rows(funded) == [] and view.payments.topLevelItemCount() == 1
    assert "Marked the payment of" in view.feedback.text()
    assert "Alice Martin as paid" in view.feedback.text()
    assert view.selected is not None and view.selected.status == "paid"  # stays, read-only
    assert not view.qr.isVisible() and not view.paid_button.isVisible()
    assert not view.cancel_button.isVisible() and not view.save_sepa_button.isVisible()


def test_a_paid_payment_confirmed_without_a_draft_can_be_shown(
    qtbot: QtBot, funded: AppContext
) -> None:
    checked = payments.draft_payment(funded, "Alice Martin", Decimal("12"))
    row = payments.confirm_payment(funded, checked)
    view = make_view(qtbot, funded, Approver(True), [])
    view.show_history.setChecked(False)  # the person hid the history
    view.select_payment(row.id)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.paid_button, Qt.MouseButton.LeftButton)
    assert "€12.00 to Alice Martin as paid" in view.feedback.text()
    assert "Show history" in view.feedback.text()
    assert all(s.transaction_id != row.id for s in view._shown)
    view.show_history.setChecked(True)
    view.select_payment(row.id)
    assert view.selected is not None and view.selected.status == "paid"
    assert f"Payment T{row.id}" in view.facts.text()


def test_a_failed_sepa_save_leaves_the_qr_where_it_was(qtbot: QtBot, funded: AppContext) -> None:
    exports.set_bank_details(funded, "Checking", iban="NL91ABNA0417164300", holder="Me")
    saved: list[Path] = []
    view = make_view(qtbot, funded, Approver(True), saved)
    page = QScrollArea(widgetResizable=True)  # as the window hosts it, at 1024x640
    page.setWidget(view)
    qtbot.addWidget(page)
    page.resize(1024, 560)
    page.show()
    view.confirm_selected()
    (Path(str(funded.paths.home)) / "payment-sepa.xml").mkdir()  # saving there fails
    qtbot.wait(10)
    geometry, size = view.qr.geometry(), view.qr.pixmap().size()
    view.save_sepa()
    qtbot.wait(10)
    assert "is a folder" in view.feedback.text() and view.feedback.isVisible()
    assert view.qr.isVisible() and view.qr.geometry() == geometry
    assert view.qr.pixmap().size() == size and size.width() >= 150
    qr = view.qr.geometry().translated(view.qr.parentWidget().mapTo(view, QPoint()))
    for button in view.focus_chain()[1:9]:
        if button.isVisible():
            place = button.geometry().translated(button.parentWidget().mapTo(view, QPoint()))
            assert not place.intersects(qr), button.text()


def test_the_page_asks_for_the_paying_accounts_details_then_saves_the_sepa_file(
    qtbot: QtBot, funded: AppContext
) -> None:
    saved: list[Path] = []
    view = make_view(qtbot, funded, Approver(True), saved)
    view.confirm_selected()
    view.save_sepa()
    form = view.account_form
    assert form.isVisible() and saved == [] and "Checking" in form.intro.text()
    qtbot.keyClicks(form.holder, "Ada Lovelace")
    qtbot.keyClicks(form.iban, "DE88 3704 0044 0532 0130 00")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible() and "check digits" in form.error.text() and saved == []
    assert exports.bank_details(funded, "Checking").iban == ""
    form.iban.setText("NL91 ABNA 0417 1643 00")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    details = exports.bank_details(funded, "Checking")
    assert (details.holder_name, details.iban) == ("Ada Lovelace", "NL91ABNA0417164300")
    assert not form.isVisible() and [p.name for p in saved] == ["payment-sepa.xml"]
    assert saved[0].is_file() and b"NL91ABNA0417164300" in saved[0].read_bytes()
    assert "Saved the SEPA file" in view.feedback.text()


def test_the_page_in_the_window_reloads_with_the_ledger(qtbot: QtBot, funded: AppContext) -> None:
    window = MainWindow(funded, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.payments)
    view = window.payments
    view._approve = Approver(True)  # the dialog's answer
    view.confirm_selected()
    assert "confirm payment €40.50" in window.undo_action.text()
    window.undo()  # Edit > Undo in the window: the payments page follows
    assert view.selected is not None and view.selected.status == "open"


def test_history_lists_paid_and_cancelled_payments_with_their_status(
    qtbot: QtBot, funded: AppContext
) -> None:
    """A payment confirmed from a card (no stored draft) and cancelled stays listed too."""
    paid = payments.confirm_payment(
        funded, payments.draft_payment(funded, "Alice Martin", Decimal("12"))
    )
    payments.mark_paid(funded, paid.id)
    card = payments.confirm_payment(
        funded, payments.draft_payment(funded, "Alice Martin", Decimal("7.25"))
    )
    view = make_view(qtbot, funded, Approver(True), [])
    view.select_payment(card.id)
    view.cancel_button.setFocus()
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(view.cancel_button, Qt.Key.Key_Space)  # a real key press
    statuses = [
        (view.payments.topLevelItem(i).text(0), view.payments.topLevelItem(i).text(3))
        for i in range(view.payments.topLevelItemCount())
    ]
    assert ("Open", "€40.50") in statuses  # the open draft first
    assert ("Paid", "€12.00") in statuses and ("Cancelled", "€7.25") in statuses
    assert statuses.index(("Open", "€40.50")) == 0
    cancelled = next(s for s in view._shown if s.status == "cancelled")
    view.payments.setCurrentItem(view.payments.topLevelItem(view._shown.index(cancelled)))
    assert "cancelled" in view.facts.text() and "€7.25 to Alice Martin" in view.heading.text()
    assert not any(b.isVisible() for b in view.focus_chain()[2:9])  # read-only
    qtbot.mouseClick(view.show_history, Qt.MouseButton.LeftButton)  # hide the history
    assert [s.status for s in view._shown] == ["open"]
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)  # the cancel, undone
    assert [s.status for s in view._shown] == ["open", "pending"]


def test_the_sepa_error_asks_for_holder_iban_and_bic_typed_with_the_keyboard(
    qtbot: QtBot, funded: AppContext
) -> None:
    saved: list[Path] = []
    view = make_view(qtbot, funded, Approver(True), saved)
    view.confirm_selected()
    view.save_sepa_button.setFocus()
    qtbot.keyClick(view.save_sepa_button, Qt.Key.Key_Space)
    form = view.account_form
    assert form.isVisible() and view.focusWidget() is form.holder and saved == []
    assert "holder name and IBAN" in view.feedback.text()
    qtbot.keyClicks(form.holder, "Ada Lovelace")
    qtbot.keyClick(form.holder, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.iban, "DE89 3704 0044 0532 0130 00")
    qtbot.keyClick(form.iban, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.bic, "BNPAFRPP")  # a French bank's BIC for a German IBAN
    qtbot.keyClick(form.bic, Qt.Key.Key_Return)
    assert form.isVisible() and form.error.isVisible() and saved == []
    assert "BNPAFRPP is from FR but the IBAN is from DE" in form.error.text()
    assert exports.bank_details(funded, "Checking").iban == ""
    form.bic.clear()
    qtbot.keyClicks(form.bic, "cobadeffxxx")
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(form.bic, Qt.Key.Key_Return)
    details = exports.bank_details(funded, "Checking")
    assert (details.holder_name, details.iban, details.bic) == (
        "Ada Lovelace",
        "DE89370400440532013000",
        "COBADEFFXXX",
    )
    assert not form.isVisible() and [p.name for p in saved] == ["payment-sepa.xml"]
    assert b"COBADEFFXXX" in saved[0].read_bytes()


def test_the_smaller_code_on_screen_still_scans(
    qtbot: QtBot, funded: AppContext, tmp_path: Path
) -> None:
    """The code is drawn at most QR_SIZE (160 px, so the payee form fits a 768-high window:
    resources/screenshots/payments.png) and a phone, or zxing, still reads it."""
    view = make_view(qtbot, funded, Approver(True), [])
    view.confirm_selected()
    qtbot.waitUntil(lambda: view.qr.isVisible())
    pixmap = view.qr.pixmap()
    assert 0.9 * QR_SIZE <= pixmap.width() <= QR_SIZE
    shown = tmp_path / "qr-on-screen.png"
    assert pixmap.toImage().save(str(shown))
    payment = decode_payment_qr(Image.open(shown))
    assert payment is not None and payment.amount == Decimal("40.50")
