"""Light and dark: every page stays readable, and a switch at run time recolours what is
painted from Python (charts, table text, budget bars). Measured on rendered pixels."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from lingassist.gui import style
from lingassist.gui.main_window import MainWindow
from lingassist.gui.settings_dialog import SettingsDialog
from lingassist.gui.style import DARK, LIGHT, apply_style, colors, is_dark
from lingassist.gui.transaction_table_model import AMOUNT_COLUMN
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_main_window import no_receipts
from tests.services.test_dashboard import fill_ledger

MINIMUM_CONTRAST = 4.5  # WCAG AA for ordinary text
BRIGHT = 0.55  # relative luminance of a block that would glare in the dark scheme


@pytest.fixture
def scheme(qapp: QApplication) -> Iterator[Callable[[bool], None]]:
    """Apply the light or dark scheme; the application's look is restored afterwards."""
    sheet, palette, name = qapp.styleSheet(), QPalette(qapp.palette()), qapp.style().name()
    yield lambda dark: apply_style(qapp, dark=dark)
    qapp.setStyle(name)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    style.theme_changed().emit(is_dark())


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    fill_ledger(context)  # spending over two months, budgets (one over), a pending payment
    record_entry(context, EntryRequest("3850", category="INCOME_SALARY", income=True))
    shown = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    return shown


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pixels(image: QImage) -> np.ndarray:
    """The image as an (height, width) array of 0xRRGGBB integers."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), np.uint32)
    return raw.reshape(image.height(), image.bytesPerLine() // 4)[:, : image.width()] & 0xFFFFFF


def text_contrast(shot: np.ndarray, rect: QRect) -> float:
    """Contrast between the most common colour in `rect` (the background) and the colour
    farthest from it (the core of the glyphs)."""
    area = shot[rect.top() : rect.bottom() + 1, rect.left() : rect.right() + 1]
    values, counts = np.unique(area, return_counts=True)
    background = QColor(int(values[counts.argmax()]))
    return max(contrast(QColor(int(value)), background) for value in values)


def shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""


def low_contrast(top: QWidget) -> list[str]:
    """Every visible, enabled label, button and line edit whose text is hard to read."""
    shot = pixels(top.grab().toImage())
    bounds = QRect(0, 0, shot.shape[1], shot.shape[0])
    found = []
    for widget in top.findChildren(QWidget):
        text = shown_text(widget).strip()
        words = any(character.isalnum() for character in text)  # not a ● colour key
        if not words or not widget.isVisible() or not widget.isEnabled():
            continue
        shown = widget.visibleRegion().boundingRect()  # a scroll area may hide part of it
        rect = QRect(widget.mapTo(top, shown.topLeft()), shown.size()).intersected(bounds)
        if rect.width() < 4 or rect.height() < 4:
            continue
        ratio = text_contrast(shot, rect)
        if ratio < MINIMUM_CONTRAST:
            name = widget.objectName() or type(widget).__name__
            found.append(f"{name} {text[:30]!r}: {ratio:.1f}")
    return found


def glaring_blocks(
    top: QWidget, exempt: tuple[QWidget, ...] = (), size: int = 24
) -> list[tuple[int, int]]:
    """Blocks of the window whose average is bright: light panels left in a dark window.
    `exempt` widgets (a QR code, a receipt photo) are meant to be light."""
    shot = pixels(top.grab().toImage())
    for widget in exempt:
        if widget.isVisible():
            corner = widget.mapTo(top, QPoint(0, 0))
            x, y = corner.x(), corner.y()
            shot[y : y + widget.height(), x : x + widget.width()] = 0
    rgb = np.stack([(shot >> 16) & 255, (shot >> 8) & 255, shot & 255], axis=-1) / 255.0
    linear = np.where(rgb <= 0.03928, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    lum = linear @ np.array([0.2126, 0.7152, 0.0722])
    height, width = lum.shape
    return [
        (x, y)
        for y in range(0, height - size + 1, size)
        for x in range(0, width - size + 1, size)
        if lum[y : y + size, x : x + size].mean() > BRIGHT
    ]


def pages(window: MainWindow) -> dict[str, Callable[[], None]]:
    def assistant() -> None:
        window.run_command("I spent 4.20 at Blue Bottle this morning")

    return {
        "assistant": assistant,
        "ledger": lambda: window.show_page(window.ledger),
        "receipts": lambda: window.show_page(window.receipts),
        "payments": lambda: window.show_page(window.payments),
        "dashboard": lambda: window.show_page(window.dashboard),
    }


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_page_is_readable(
    qtbot: QtBot, window: MainWindow, scheme: Callable[[bool], None], dark: bool
) -> None:
    scheme(dark)
    assert is_dark() is dark
    problems = {}
    for name, show in pages(window).items():
        show()
        qtbot.wait(20)
        found = low_contrast(window)
        if found:
            problems[name] = found
        if dark:
            exempt = (window.payments.qr,) if name == "payments" else ()
            assert not glaring_blocks(window, exempt), f"light areas left on the {name} page"
    assert not problems


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_dialogs_are_readable(
    qtbot: QtBot, context: AppContext, scheme: Callable[[bool], None], dark: bool
) -> None:
    scheme(dark)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # shows its feedback line
    assert not low_contrast(dialog)
    if dark:
        assert not glaring_blocks(dialog)


def test_switching_at_run_time_recolours_what_python_paints(
    qtbot: QtBot, window: MainWindow, scheme: Callable[[bool], None]
) -> None:
    scheme(False)
    dashboard = window.dashboard
    model = window.ledger.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).amount > 0)
    income = model.index(row, AMOUNT_COLUMN)
    assert window.ledger.model.data(income, Qt.ItemDataRole.ForegroundRole) == QColor(
        LIGHT.positive
    )
    assert dashboard.trend.bars.color() == QColor(LIGHT.chart_trend)
    scheme(True)
    assert window.ledger.model.data(income, Qt.ItemDataRole.ForegroundRole) == QColor(DARK.positive)
    assert dashboard.trend.bars.color() == QColor(DARK.chart_trend)
    assert dashboard.comparison.this_month.color() == QColor(DARK.chart_current)
    over = next(row for row in dashboard.budgets.rows if row.line.state == "over")
    assert DARK.budget["over"] in over.bar.styleSheet() and DARK.track in over.bar.styleSheet()
    assert DARK.negative in over.amounts.styleSheet()
    assert DARK.chart_previous in dashboard.cards["comparison"].caption.text()


def test_the_system_switching_scheme_is_followed(
    qapp: QApplication, window: MainWindow, scheme: Callable[[bool], None]
) -> None:
    scheme(False)
    style.follow_scheme(qapp, Qt.ColorScheme.Dark)
    assert is_dark() and colors() is DARK
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 80
    style.follow_scheme(qapp, Qt.ColorScheme.Light)
    assert not is_dark() and colors() is LIGHT


def test_the_environment_can_force_a_scheme(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, scheme: Callable[[bool], None]
) -> None:
    scheme(False)
    monkeypatch.setenv(style.THEME_VARIABLE, "dark")
    apply_style(qapp)
    assert is_dark()
    style.follow_scheme(qapp, Qt.ColorScheme.Light)  # forced: the system is not followed
    assert is_dark()


def test_no_hard_coded_colours_outside_the_style() -> None:
    """Colours live in style.py (one set per scheme); views ask `colors()` for them."""
    from pathlib import Path

    import lingassist.gui as gui

    allowed = {"style.py", "drop_overlay.py", "receipt_card.py"}  # the overlay and photo boxes
    offenders = []
    for path in Path(gui.__file__).parent.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name not in allowed and ("#" in text and _has_hex_colour(text)):
            offenders.append(path.name)
    assert not offenders


def _has_hex_colour(text: str) -> bool:
    import re

    return re.search(r"[\"'](#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})[\"';]", text) is not None


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_fields_in_a_card_are_outlined(
    qtbot: QtBot, context: AppContext, scheme: Callable[[bool], None], dark: bool
) -> None:
    """A field on a card's background (the account's bank details) shows its box: in the
    dark scheme the field's base and the card's base are the same colour."""
    from lingassist.gui.account_details_form import AccountDetailsForm

    scheme(dark)
    form = AccountDetailsForm(context, for_export=False)
    qtbot.addWidget(form)
    form.resize(500, 220)
    form.show()
    form.setFocus()  # no field focused: the box is the plain one
    qtbot.wait(10)
    shot = pixels(form.grab().toImage())
    field = form.iban.geometry()
    inside = QColor(int(shot[field.center().y(), field.left() + field.width() // 2]))
    edge = max(
        (QColor(int(shot[field.center().y(), x])) for x in range(field.left(), field.left() + 3)),
        key=lambda colour: contrast(colour, inside),
    )
    assert contrast(edge, inside) > 1.3, f"the IBAN field's box is invisible ({edge.name()})"
