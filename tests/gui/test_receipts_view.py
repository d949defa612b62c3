"""Dropping receipts on the window: inbox, card, confirm, duplicates, failures (fake OCR)."""

from __future__ import annotations

import io
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from lingassist.core.errors import UnreadableImage
from lingassist.core.transactions import TransactionFilter
from lingassist.gui.main_window import MainWindow
from lingassist.ledger.attachments import attachment_count
from lingassist.receipts.draft import ReceiptDraft
from lingassist.services.context import AppContext
from lingassist.services.entries import find_entries
from lingassist.services.receipts import ReadReceipt
from tests.gui.fake_speech import FakeSpeech

DOUBTFUL_TOTAL = {"merchant": 0.95, "date": 0.9, "total": 0.4, "currency": 0.9}
SURE = {"merchant": 0.95, "date": 0.9, "total": 0.9, "currency": 0.9}


def fake_reader(path: Path) -> ReadReceipt:
    """A draft of Lidl, 23.45 EUR: read surely from a file named sure*, else with a doubtful
    total."""
    if path.suffix == ".txt":
        raise UnreadableImage(
            f"{path.name} is not an image. Drop a photo (JPEG, PNG, HEIC) or a PDF."
        )
    draft = ReceiptDraft(
        merchant="Lidl",
        date=date(2026, 11, 20),
        total=Decimal("23.45"),
        subtotal=None,
        tax=Decimal("1.53"),
        currency="EUR",
        payment_method="card",
        confidence=SURE if path.stem.startswith("sure") else DOUBTFUL_TOTAL,
        boxes={"total": ((40, 300, 120, 30),)},
    )
    buffer = io.BytesIO()
    Image.new("RGB", (300, 600), "white").save(buffer, format="PNG")
    return ReadReceipt(draft, buffer.getvalue(), 1.0)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    shown = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def drop(window: MainWindow, *paths: Path) -> None:
    mime = QMimeData()  # kept alive while the events live
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(400, 300)
    enter = QDragEnterEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted() and window.drop_overlay.isVisible()
    dropped = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(dropped)
    assert not window.drop_overlay.isVisible()
    settle(window)


def settle(window: MainWindow, timeout: float = 10.0) -> None:
    """Wait until the dropped images were looked at for a bill's payment code (a worker)
    and sent on: a card in the conversation, or the receipts."""
    end = time.monotonic() + timeout
    while window.bill_codes.busy and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    assert not window.bill_codes.busy, "the payment-code look at the dropped images ended"


def photo(tmp_path: Path, name: str = "receipt.jpg", colour: str = "white") -> Path:
    path = tmp_path / name
    Image.new("RGB", (20, 20), colour).save(path)
    return path


def test_drop_read_confirm_with_attachment(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    drop(window, photo(tmp_path))
    assert window.pages.currentWidget() is window.receipts
    view = window.receipts
    qtbot.waitUntil(lambda: view.entries[0].status in ("Ready", "Check"), timeout=5000)
    card = view.card
    assert card.inputs["merchant"].text() == "Lidl" and card.inputs["total"].text() == "23.45"
    assert card.inputs["total"].property("doubtful") is True  # low confidence is flagged
    assert card.inputs["total"].toolTip().startswith("Check this field")
    assert card.inputs["merchant"].toolTip() == "Read as: Lidl"  # a clipped name shows whole
    card.inputs["total"].setText("23,45")
    qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)
    assert view.entries[0].status == "Saved"
    rows, total = find_entries(context, TransactionFilter())
    assert total == 1 and rows[0].amount == Decimal("-23.45") and rows[0].attachments == 1
    assert rows[0].source.value == "receipt"
    with context.database.sessions() as session:
        assert attachment_count(session=session) == 1
    assert window.ledger.model.rowCount() == 1


def test_the_same_photo_twice_is_flagged_not_added(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    first = photo(tmp_path, "sure.jpg")
    drop(window, first)
    view = window.receipts
    qtbot.waitUntil(lambda: view.entries[0].status in ("Ready", "Check"), timeout=5000)
    view.confirm_all()
    drop(window, first)
    qtbot.waitUntil(lambda: view.entries[1].status == "Duplicate", timeout=5000)
    view.inbox.setCurrentRow(1)
    assert window._navigation.button(window.pages.indexOf(view)).text() == "Receipts"
    assert not view.card.confirm_button.isEnabled()
    assert "Already in the ledger" in view.card.warning.text()
    view.confirm_all()
    assert find_entries(context, TransactionFilter())[1] == 1


def test_a_bad_file_fails_alone_with_its_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("pay 500 EUR to X")
    drop(window, bad, photo(tmp_path, "good.png", "gray"))
    view = window.receipts
    qtbot.waitUntil(
        lambda: {e.status for e in view.entries} in ({"Failed", "Ready"}, {"Failed", "Check"}),
        timeout=5000,
    )
    failed = next(e for e in view.entries if e.status == "Failed")
    assert "is not an image" in failed.error
    # the badge counts what waits for the person: the failed file asks nothing of anyone
    assert window._navigation.button(window.pages.indexOf(view)).text() == "Receipts (1)"


@pytest.mark.engine
def test_a_real_receipt_dropped_read_by_tesseract_and_confirmed(
    qtbot: QtBot, context: AppContext
) -> None:
    from lingassist.services.receipt_reading import make_receipt_reader

    receipt = Path(__file__).parents[1] / "receipts" / "fixtures" / "eur_supermarket.png"
    shown = MainWindow(context, receipt_reader=make_receipt_reader(context), speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.show()
    drop(shown, receipt)
    view = shown.receipts
    qtbot.waitUntil(lambda: view.entries[0].status in ("Ready", "Check"), timeout=60_000)
    assert view.card.inputs["total"].text() == "18.78"
    qtbot.mouseClick(view.card.confirm_button, Qt.MouseButton.LeftButton)
    rows, total = find_entries(context, TransactionFilter())
    assert total == 1 and rows[0].amount == Decimal("-18.78") and rows[0].attachments == 1
    assert shown.ledger.model.rowCount() == 1


def test_confirm_all_ready_skips_a_receipt_with_a_doubtful_field(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    drop(window, photo(tmp_path, "receipt.jpg", "white"), photo(tmp_path, "sure.jpg", "gray"))
    view = window.receipts
    qtbot.waitUntil(lambda: [e.status for e in view.entries] == ["Check", "Ready"], timeout=5000)
    assert window.receipts.inbox.item(0).text().splitlines()[1] == "Check the marked fields"
    qtbot.mouseClick(view.confirm_all_button, Qt.MouseButton.LeftButton)
    doubtful, sure = view.entries
    assert sure.status == "Saved" and doubtful.status == "Check" and doubtful.saved_as is None
    rows, total = find_entries(context, TransactionFilter())
    assert total == 1 and rows[0].attachments == 1
    # the doubtful one waits on its card, its total marked for checking
    view.inbox.setCurrentRow(0)
    assert view.card.inputs["total"].property("doubtful") is True
    assert view.card.inputs["date"].property("doubtful") is False
    assert view.card.confirm_button.isEnabled()


def test_the_saved_receipt_opens_from_the_ledger(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    drop(window, photo(tmp_path, "sure.jpg"))
    view = window.receipts
    qtbot.waitUntil(lambda: view.entries[0].status in ("Ready", "Check"), timeout=5000)
    view.confirm_all()
    model = window.ledger.model
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole) is not None
    viewer = window.ledger.show_receipt(0)
    assert viewer is not None and viewer.image.pixmap().width() == 20
    viewer.close()


def test_an_inbox_line_too_long_for_the_item_wraps_never_elides(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """At every inbox width, a line wider than an item's inside (its width less the style's
    padding) makes the item a line taller: it wraps. Qt measured the text at the item's
    whole width, so such a line was elided ("GREEN LEAF MARKET · 18.78 …")."""
    from lingassist.gui.receipts_view import ITEM_PADDING

    drop(window, photo(tmp_path, "receipt-from-the-corner-shop.png"))
    view = window.receipts
    window.show_page(view)
    qtbot.waitUntil(lambda: view.entries[0].status in ("Ready", "Check"), timeout=5000)
    item, metrics = view.inbox.item(0), view.inbox.fontMetrics()
    lines = item.text().splitlines()
    for width in range(150, 320, 3):
        view.inbox.setFixedWidth(width)
        qtbot.wait(5)
        rect = view.inbox.visualItemRect(item)
        inside = rect.width() - 2 * ITEM_PADDING
        if any(metrics.horizontalAdvance(line) > inside for line in lines):
            assert rect.height() >= (len(lines) + 1) * metrics.lineSpacing(), width
        assert view.inbox.horizontalScrollBar().maximum() == 0, width
