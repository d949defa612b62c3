"""The Payments page for dong: a payee at a bank in Vietnam from the form, a VND draft
confirmed only through the dialog, its VietQR code shown and saved (decoded back), and
the EPC/SEPA buttons hidden for it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lingassist.gui.payee_form import IBAN_KIND, VIETNAM_KIND, PayeeForm
from lingassist.gui.payment_dialog import PaymentDialog
from lingassist.payments.draft import CheckedDraft
from lingassist.payments.epc_qr import decode_payment_qr
from lingassist.services import payment_drafts, payments
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.conftest import make_home
from tests.gui.test_payments_view import Approver, make_view


@pytest.fixture
def vnd(tmp_path: Path) -> AppContext:
    """A VND ledger (45,000,000 ₫) with An at Vietcombank and one open draft to him (#1)."""
    context = make_home(tmp_path / "home", currency="VND", locale="vi_VN")
    record_entry(context, EntryRequest("45tr", category="INCOME_SALARY", income=True))
    payments.save_payee(
        context, "Nguyễn Văn An", "", reference="Tien nha", bank_bin="970436",
        account_number="0011001932418",
    )  # fmt: skip
    checked = payments.draft_payment(context, "Nguyễn Văn An", Decimal(12_500_000))
    payment_drafts.save_draft(context, checked)
    return context


def test_the_payee_form_saves_a_bank_in_vietnam(qtbot: QtBot, vnd: AppContext) -> None:
    form = PayeeForm(vnd)
    qtbot.addWidget(form)
    form.show()
    assert form.kind.currentIndex() == VIETNAM_KIND  # a VND home starts there
    assert form.bank.isVisible() and not form.iban.isVisible()
    form.name.setText("Trần Thị Bình")
    form.bank.setCurrentIndex(form.bank.findData("970415"))
    form.account_number.setText("1048 7033 1122")
    with qtbot.waitSignal(form.saved):
        assert form.submit()
    saved = payments.find_payee(vnd, "Trần Thị Bình")
    assert saved is not None and (saved.bank_bin, saved.account_number) == (
        "970415",
        "104870331122",
    )
    form.name.setText("Nobody")
    form.account_number.setText("12")
    assert not form.submit() and "not an account number" in form.error.text()
    form.kind.setCurrentIndex(IBAN_KIND)
    assert form.iban.isVisible() and not form.bank.isVisible()


def test_a_vnd_payment_shows_and_saves_its_vietqr_code(qtbot: QtBot, vnd: AppContext) -> None:
    saved: list[Path] = []
    approver = Approver(True)
    view = make_view(qtbot, vnd, approver, saved)
    assert "Vietcombank 0011001932418" in view.facts.text()
    assert not view.save_vietqr_button.isVisible()  # a draft: a person confirms first
    view.confirm_selected()
    assert len(approver.shown) == 1
    assert view.selected is not None and view.selected.status == payment_drafts.PENDING
    assert view.qr.isVisible() and not view.qr.pixmap().isNull()
    assert view.save_vietqr_button.isVisible()
    assert not view.save_qr_button.isVisible() and not view.save_sepa_button.isVisible()
    view.save_vietqr()
    bill = decode_payment_qr(Image.open(saved[0]))
    assert bill is not None
    assert (bill.bank_bin, bill.account_number, bill.amount, bill.reference) == (
        "970436",
        "0011001932418",
        Decimal(12_500_000),
        "Tien nha",
    )
    assert "VietQR" in view.feedback.text()


def test_the_dialog_names_the_bank_and_the_amount_in_dong(qtbot: QtBot, vnd: AppContext) -> None:
    stored = payment_drafts.list_drafts(vnd)[0]
    dialog = PaymentDialog(CheckedDraft(stored.draft, stored.problems), "vi_VN")
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Vietcombank 0011001932418" in shown and "12.500.000" in shown
    assert dialog.default_button_text == "Cancel"
