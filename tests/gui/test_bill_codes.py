"""A bill's payment code dropped on the window (or opened with File → Open): the EPC QR or
VietQR code in the image becomes a payment card in the conversation, with the checks of
`lingassist draft from-bill`; nothing is recorded until the person confirms through the
payment dialog. The bills are PNGs the project renders itself."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import segno
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lingassist.core.transactions import TransactionFilter, TransactionStatus
from lingassist.gui.main_window import MainWindow
from lingassist.payments.draft import PaymentDraft
from lingassist.payments.epc_qr import epc_qr_png
from lingassist.payments.vietqr import vietqr_payload, vietqr_png
from lingassist.services import payments
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, find_entries, record_entry
from tests.conftest import make_home
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import drop, fake_reader, photo

IBAN = "DE89 3704 0044 0532 0130 00"
BIN, ACCOUNT = "970436", "0011001932418"


def _bill(tmp_path: Path, name: str, png: bytes) -> Path:
    """A bill: white paper with the code printed in its lower right corner."""
    code = Image.open(io.BytesIO(png)).convert("RGB")
    paper = Image.new("RGB", (code.width * 3, code.height * 2), "white")
    paper.paste(code, (paper.width - code.width - 20, paper.height - code.height - 20))
    path = tmp_path / name
    paper.save(path)
    return path


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    shown = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _pending(context: AppContext) -> list:  # type: ignore[type-arg]
    rows, _ = find_entries(context, TransactionFilter())
    return [row for row in rows if row.status is TransactionStatus.PENDING]


def _epc_bill(tmp_path: Path, payee: str = "Stadtwerke Nord") -> Path:
    draft = PaymentDraft(
        payee=payee,
        iban=IBAN.replace(" ", ""),
        amount=Decimal("84.20"),
        currency="EUR",
        execution_date=date(2026, 11, 23),
        reference="Rechnung 2026-11",
    )
    return _bill(tmp_path, "stadtwerke.png", epc_qr_png(draft))


def test_a_dropped_epc_bill_is_a_payment_card_confirmed_through_the_dialog(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    record_entry(context, EntryRequest("500", category="INCOME_SALARY", date="2026-11-01"))
    payments.save_payee(context, "Stadtwerke Nord", IBAN)
    window = _window(qtbot, context)
    asked: list[object] = []
    window.conversation._approve_payment = lambda proposal: asked.append(proposal) or False
    drop(window, _epc_bill(tmp_path))
    assert window.pages.currentWidget() is window.conversation
    assert window.receipts.entries == []  # a bill with a code is no receipt
    card = window.conversation.open_card
    assert card is not None and card.proposal.payment is not None
    assert card.title.text().startswith("Pay €84.20 to Stadtwerke Nord")
    draft = card.proposal.payment.draft
    assert (draft.payee, draft.amount, draft.reference) == (
        "Stadtwerke Nord",
        Decimal("84.20"),
        "Rechnung 2026-11",
    )
    assert card.confirm_button.isEnabled() and not card.edit_button.isVisible()
    qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)
    assert asked and "Not recorded" in card.status.text()
    assert _pending(context) == []  # the dialog was cancelled: nothing is recorded
    window.conversation._approve_payment = lambda proposal: True
    qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)
    pending = _pending(context)
    assert len(pending) == 1 and pending[0].amount == Decimal("-84.20")
    assert pending[0].merchant == "Stadtwerke Nord"
    assert not card.open  # done; it is never paid, only pending


def test_an_unknown_payee_on_a_bill_is_shown_with_its_problem_and_cannot_be_confirmed(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    record_entry(context, EntryRequest("500", category="INCOME_SALARY", date="2026-11-01"))
    window = _window(qtbot, context)
    drop(window, _epc_bill(tmp_path, payee="Someone Unsaved"))
    card = window.conversation.open_card
    assert card is not None and card.proposal.problems
    assert not card.confirm_button.isEnabled()  # the same checks as the command line


def test_a_photo_without_a_code_still_goes_to_the_receipts(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    window = _window(qtbot, context)
    drop(window, photo(tmp_path), _epc_bill(tmp_path))
    assert [entry.path.name for entry in window.receipts.entries] == ["receipt.jpg"]
    assert window.conversation.open_card is not None  # and the bill is a payment card


@pytest.fixture
def vnd(tmp_path: Path) -> AppContext:
    """A VND ledger holding 45,000,000 ₫ with An saved at Vietcombank."""
    context = make_home(tmp_path / "home", currency="VND", locale="vi_VN")
    record_entry(context, EntryRequest("45tr", category="INCOME_SALARY", income=True))
    payments.save_payee(context, "Nguyễn Văn An", "", bank_bin=BIN, account_number=ACCOUNT)
    return context


VIET_BILL = PaymentDraft(
    payee="AN NGUYEN",
    iban="",
    amount=Decimal(1_250_000),
    currency="VND",
    execution_date=date(2026, 11, 23),
    reference="HD 2026-11",
    bank_bin=BIN,
    account_number=ACCOUNT,
)


def test_a_bills_vietqr_code_opened_from_the_file_menu_is_a_card_for_the_saved_payee(
    qtbot: QtBot, vnd: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, vnd)
    bill = _bill(tmp_path, "hoa-don.png", vietqr_png(VIET_BILL))
    monkeypatch.setattr(
        "lingassist.gui.main_window.QFileDialog.getOpenFileNames",
        lambda *_args, **_kwargs: ([str(bill)], ""),
    )
    window.choose_images()
    qtbot.waitUntil(lambda: window.conversation.open_card is not None, timeout=10_000)
    card = window.conversation.open_card
    assert card is not None and card.proposal.payment is not None
    draft = card.proposal.payment.draft
    assert (draft.payee, draft.bank_bin, draft.account_number) == ("Nguyễn Văn An", BIN, ACCOUNT)
    assert (draft.amount, draft.currency) == (Decimal(1_250_000), "VND")
    window.conversation._approve_payment = lambda proposal: True
    qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)
    pending = _pending(vnd)
    assert len(pending) == 1 and pending[0].amount == Decimal(-1_250_000)


def test_a_damaged_vietqr_code_is_explained_never_carded(
    qtbot: QtBot, vnd: AppContext, tmp_path: Path
) -> None:
    payload = vietqr_payload(VIET_BILL)
    broken = payload[:-4] + ("0000" if payload[-4:] != "0000" else "FFFF")  # a wrong CRC
    out = io.BytesIO()
    segno.make_qr(broken).save(out, kind="png", scale=8)
    window = _window(qtbot, vnd)
    drop(window, _bill(tmp_path, "damaged.png", out.getvalue()))
    assert window.conversation.open_card is None and window.receipts.entries == []
    texts = [label.text() for label in window.conversation.findChildren(QLabel)]
    assert any("damaged.png cannot be used" in text for text in texts)
    assert _pending(vnd) == []
