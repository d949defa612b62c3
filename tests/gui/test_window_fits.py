"""The window fits every screen from 1024×640 to 1920×1080 and half a 1366 screen: every
page, with the demo ledger and the long things people do (a long name, an IBAN, a 5,000
character paste, a corrupt file), light and dark. Nothing sticks out of the window, no
button's text is cut, a label's text fits or is elided with the whole text in its tooltip,
and nothing ever makes the window wider."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lingassist.gui.elided_label import ElidedLabel
from lingassist.gui.long_words import unbroken
from lingassist.gui.main_window import MINIMUM_SIZE, MainWindow
from lingassist.gui.style import apply_style, is_dark
from lingassist.services.demo import open_demo
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import drop, fake_reader

SIZES = [(1024, 640), (1024, 552), (1366, 768), (1920, 1080)]  # 552: 640 less panel and title
HALF_1366 = 683
LONG_NAME = "Supercalifragilisticexpialidocious-Delicatessen-und-Feinkost-Handelsgesellschaft"
PASTE = "x" * 5000


@pytest.fixture(scope="module")
def demo_window(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[MainWindow]:
    """One window on the demo ledger, with a conversation, receipts and a corrupt file."""
    home = tmp_path_factory.mktemp("demo")
    context = open_demo(home)
    window = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    window.resize(1366, 768)
    window.show()
    window.run_command("dinner 60 split with Tom")  # makes the "Owed to me" account
    window.conversation.confirm_open_card()
    for said in (
        "how much did I spend on groceries last month",
        "coffee 4.5 at Brew Lab",
        "pay Landlord Ltd 950 for rent",
        f"spent 12.40 at {LONG_NAME.replace('-', '')}",
        PASTE,
        "lunch 12.80 at Noodle Bar",
    ):
        window.run_command(said)
    window.command_bar.show_error("Could not read " + LONG_NAME * 3 + ".png: the file is damaged.")
    corrupt = home / f"{LONG_NAME}{LONG_NAME}.txt"
    corrupt.write_text("not a receipt")
    receipt = home / "lidl.png"
    receipt.write_bytes(b"")  # the fake reader makes the photo
    drop(window, receipt, corrupt)
    deadline_ms = 5000
    while deadline_ms > 0 and any(
        e.status.startswith(("Queued", "Reading")) for e in window.receipts.entries
    ):
        QApplication.processEvents()
        window.jobs.wait(50)
        deadline_ms -= 50
    QApplication.processEvents()
    yield window
    window.jobs.wait()
    window.close()
    window.deleteLater()


@pytest.fixture
def scheme(qapp: QApplication) -> Iterator[Callable[[bool], None]]:
    was_dark = is_dark()
    yield lambda dark: apply_style(qapp, dark=dark)
    apply_style(qapp, dark=was_dark)


def pages(window: MainWindow) -> dict[str, Callable[[], None]]:
    def receipts(row: int) -> Callable[[], None]:
        def show() -> None:
            window.show_page(window.receipts)
            window.receipts.inbox.setCurrentRow(row)

        return show

    return {
        "assistant": lambda: window.show_page(window.conversation),
        "ledger": lambda: window.show_page(window.ledger),
        "receipts (read)": receipts(0),
        "receipts (corrupt file)": receipts(1),
        "payments": lambda: window.show_page(window.payments),
        "dashboard": lambda: window.show_page(window.dashboard),
    }


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def cut_off(window: MainWindow) -> list[str]:
    """Every widget, label and button that does not fit, described."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        name = f"{type(widget).__name__}({widget.objectName() or _text(widget)[:30]!r})"
        left = widget.mapTo(window, QPoint(0, 0)).x()
        if left + widget.width() > window.width() + 1:
            found.append(f"{name} reaches x={left + widget.width()} in a {window.width()} window")
        parent = widget.parentWidget()
        if (
            parent is not None
            and not isinstance(parent.parentWidget(), QAbstractScrollArea)
            and widget.x() + widget.width() > parent.width() + 1
        ):
            found.append(f"{name} sticks out of its {type(parent).__name__} on the right")
        top = widget.mapTo(window, QPoint(0, 0)).y()
        if not _scrolled(widget) and top + widget.height() > window.height() + 1:
            found.append(f"{name} reaches y={top + widget.height()} in a {window.height()} window")
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            found.append(f"{name} scrolls sideways by {widget.horizontalScrollBar().maximum()}")
        found += _text_problems(widget, name)
    return found


def _scrolled(widget: QWidget) -> bool:
    """True inside a scroll area's content (it may reach below the viewport)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _text_problems(widget: QWidget, name: str) -> list[str]:
    text = _text(widget)
    if not text:
        return []
    metrics = widget.fontMetrics()
    if isinstance(widget, QAbstractButton):
        needed = metrics.horizontalAdvance(text.replace("&", ""))
        room = widget.width() - 8
        if isinstance(widget, QPushButton):  # the room the style (and its padding) leaves
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            contents = QStyle.SubElement.SE_PushButtonContents
            room = widget.style().subElementRect(contents, option, widget).width()
        if room < needed:
            return [f"{name} leaves {room} px for its text, which needs {needed}"]
    if isinstance(widget, QLabel) and not isinstance(widget, ElidedLabel):
        if widget.textFormat() != widget.textFormat().PlainText and "<" in text:
            return []
        room = widget.contentsRect().width() - 2 * widget.margin()
        if widget.wordWrap():
            wanted = widget.heightForWidth(widget.width())
            if wanted > widget.height() + 2:
                return [f"{name} needs {wanted} px of height, has {widget.height()}"]
            return []
        needed = max(metrics.horizontalAdvance(line) for line in text.splitlines())
        if needed > room + 1 and unbroken(text) not in widget.toolTip():
            return [f"{name} needs {needed} px, has {room}, no tooltip with the whole text"]
    return []


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_fits(
    qtbot: QtBot,
    demo_window: MainWindow,
    scheme: Callable[[bool], None],
    size: tuple[int, int],
    dark: bool,
) -> None:
    scheme(dark)
    window = demo_window
    window.resize(*size)
    problems = []
    for page, show in pages(window).items():
        show()
        settle(qtbot)
        assert (window.width(), window.height()) == size, f"{page} resized the window"
        problems += [f"{page}: {problem}" for problem in cut_off(window)]
    assert problems == [], "\n".join(problems)


def test_the_window_narrows_to_half_a_1366_screen(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    assert window.minimumSize().width() <= HALF_1366 and MINIMUM_SIZE[1] <= 600 - 60
    window.resize(HALF_1366, 640)
    problems = []
    for page, show in pages(window).items():
        show()
        settle(qtbot)
        assert window.width() == HALF_1366, f"{page} widened the window"
        assert window.minimumSizeHint().width() <= HALF_1366, page
        problems += [f"{page}: {problem}" for problem in cut_off(window)]
    assert problems == [], "\n".join(problems)
    assert not window.month_panel.isVisible()
    window.show_page(window.ledger)
    settle(qtbot)
    table = window.ledger.table
    assert table.columnWidth(1) >= 120 and not table.isColumnHidden(4)  # description, amount
    assert window.ledger.narrow.hidden  # the account (and more) left out, not scrolled to
    window.resize(1366, 768)
    settle(qtbot)
    assert window.month_panel.isVisible()
    assert window.ledger.narrow.hidden == []


def test_the_first_size_fits_the_screen(qtbot: QtBot, demo_window: MainWindow) -> None:
    from lingassist.gui.main_window import first_size

    free = demo_window.screen().availableGeometry()
    first = first_size(demo_window)
    assert first.width() <= max(free.width(), MINIMUM_SIZE[0])
    assert first.height() <= max(free.height(), MINIMUM_SIZE[1])


def test_a_long_paste_shows_elided_with_show_all(demo_window: MainWindow) -> None:
    from lingassist.gui.message_bubble import MessageBubble

    bubble = next(
        b for b in demo_window.conversation.findChildren(MessageBubble) if b.full_text == PASTE
    )
    assert len(bubble.label.text()) < 400 and bubble.show_all.isVisibleTo(bubble)
    bubble.show_all.click()
    assert unbroken(bubble.label.text()) == PASTE and not bubble.show_all.isVisibleTo(bubble)


def test_the_receipt_photo_fills_its_space_and_opens_zoomable(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.resize(1366, 768)
    window.show_page(window.receipts)
    window.receipts.inbox.setCurrentRow(0)
    settle(qtbot)
    card = window.receipts.card
    shown = card.image.shown_rect()
    assert shown.width() > 260  # it was a fixed 260 px column
    viewer = card.show_photo()
    assert viewer is not None
    qtbot.addWidget(viewer)
    width = viewer.image.pixmap().width()
    viewer.set_zoom(2.0)
    assert viewer.image.pixmap().width() == 2 * width
    viewer.fit()
    room = viewer.scroll.viewport().size()
    pixmap = viewer.image.pixmap()
    assert pixmap.width() <= room.width() and pixmap.height() <= room.height()
