"""The window's look: Fusion style, a light or dark palette, and a stylesheet on top.

The scheme follows the system: Qt's colour scheme (Qt >= 6.5) when the platform reports
one, else the lightness of the system palette; `LINGASSIST_THEME=dark|light` overrides it
(screenshots, tests, a desktop that reports nothing). The stylesheet and every colour drawn
from Python (charts, table text, budget bars) come from one `Colors` set per scheme, and
widgets that paint with them listen to `theme_changed()` so a runtime switch recolours them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEME_VARIABLE = "LINGASSIST_THEME"  # "dark" or "light" forces a scheme
LIGHT_PLACEHOLDER = "#646a73"  # captions and placeholders: 4.7:1 on the light window


@dataclass(frozen=True)
class Colors:
    """The colours of one scheme, as "#rrggbb" strings.

    Attributes:
        accent: filled primary buttons, my message bubbles, the selected chart bar.
        accent_hover: a primary button under the mouse.
        on_accent: text on `accent`.
        link: accent-coloured text on the window or base (brand, links, sources).
        soft: selected rows and the checked page button.
        on_soft: text on `soft`.
        card_border: the frame of action cards.
        positive: income, success messages, "paid".
        negative: spending over a limit, errors, problems.
        warning: "check this" text, pending entries.
        warning_background: behind a warning banner and doubtful receipt fields.
        on_warning_background: text on `warning_background`.
        chart_current: this month's bars.
        chart_previous: last month's bars.
        chart_trend: the year's bars (the latest month uses `chart_current`).
        axis_text: chart axis labels.
        grid: chart grid lines.
        track: the empty part of small progress bars.
        budget: bar colour per budget state ("ok", "warning", "over").
        slices: the category donut's colours, in order.
        slice_others: the donut's "everything else".
    """

    accent: str
    accent_hover: str
    on_accent: str
    link: str
    soft: str
    on_soft: str
    card_border: str
    positive: str
    negative: str
    warning: str
    warning_background: str
    on_warning_background: str
    chart_current: str
    chart_previous: str
    chart_trend: str
    axis_text: str
    grid: str
    track: str
    budget: dict[str, str]
    slices: tuple[str, ...]
    slice_others: str


LIGHT = Colors(
    accent="#2f6fde",
    accent_hover="#2559b5",
    on_accent="#ffffff",
    link="#2360c9",
    soft="#dbe7fb",
    on_soft="#1d4fa8",
    card_border="#9db8ef",
    positive="#176b3f",
    negative="#b3261e",
    warning="#8a5d00",
    warning_background="#fff4d6",
    on_warning_background="#7a5200",
    chart_current="#2f6fde",
    chart_previous="#b9c8e8",
    chart_trend="#9db8ef",
    axis_text="#5f6673",
    grid="#e6e8ec",
    track="#e8eaee",
    budget={"ok": "#2a9d8f", "warning": "#e39b2d", "over": "#d1495b"},
    slices=(
        "#2f6fde",
        "#e0773a",
        "#2a9d8f",
        "#c44569",
        "#8e6cd1",
        "#e9b949",
        "#5b8c5a",
        "#d1495b",
        "#4aa3c9",
        "#9c7a5b",
    ),
    slice_others="#b8bcc4",
)

DARK = Colors(
    accent="#2f6fde",
    accent_hover="#4a84ea",
    on_accent="#ffffff",
    link="#7eabf7",
    soft="#27416d",
    on_soft="#d6e4ff",
    card_border="#3d5a8f",
    positive="#5fd08f",
    negative="#ff8a80",
    warning="#f0c060",
    warning_background="#4a3a12",
    on_warning_background="#f6d88a",
    chart_current="#5b93f0",
    chart_previous="#4b5d80",
    chart_trend="#3f5f99",
    axis_text="#a9aeb8",
    grid="#3a3d43",
    track="#3a3d43",
    budget={"ok": "#35b5a5", "warning": "#f0a83c", "over": "#ef5f73"},
    slices=(
        "#5b93f0",
        "#ef8a4f",
        "#35b5a5",
        "#e0648a",
        "#a58be6",
        "#f0c85a",
        "#7bb37a",
        "#ef5f73",
        "#62b8de",
        "#b99575",
    ),
    slice_others="#80858f",
)

STYLESHEET = """
QFrame#sidebar {{ background: palette(alternate-base); border-right: 1px solid palette(mid); }}
QFrame#rightPanel {{ background: palette(base); border-left: 1px solid palette(midlight); }}
QLabel#brand {{ font-size: 20px; font-weight: 600; color: {c.link}; padding-bottom: 14px; }}
QLabel#sectionLabel {{ color: palette(placeholder-text); font-size: 11px; font-weight: 600;
    letter-spacing: 1px; }}
QLabel#netWorth {{ font-size: 22px; font-weight: 600; }}
QPushButton#navButton {{ text-align: left; padding: 8px 10px; border: none; border-radius: 6px;
    font-size: 14px; }}
QPushButton#navButton:hover {{ background: palette(midlight); }}
QPushButton#navButton:checked {{ background: {c.soft}; color: {c.on_soft}; font-weight: 600; }}
QPushButton#navButton:focus, QPushButton#accountButton:focus {{
    border: 1px solid {c.accent}; }}
QPushButton#accountButton {{ text-align: left; padding: 6px 4px; border: none; }}
QPushButton#accountButton:hover {{ background: palette(midlight); border-radius: 4px; }}
QLabel#negativeAmount {{ color: {c.negative}; }}
QLabel#summaryTitle {{ font-size: 15px; font-weight: 600; }}
QLabel#summaryTotal {{ font-size: 28px; font-weight: 600; }}
QLabel#summaryCaption, QLabel#filterLabel {{ color: palette(placeholder-text); }}
QToolButton#monthArrow {{ font-size: 18px; padding: 0 8px; }}
QProgressBar#shareBar {{ border: none; background: {c.track}; border-radius: 2px; }}
QProgressBar#shareBar::chunk {{ background: {c.accent}; border-radius: 2px; }}
QLineEdit#commandInput, QLineEdit#search {{ padding: 7px 10px; border: 1px solid palette(mid);
    border-radius: 6px; background: palette(base); }}
QLineEdit#commandInput:focus, QLineEdit#search:focus {{ border: 1px solid {c.accent}; }}
QPushButton#primaryButton {{ background: {c.accent}; color: {c.on_accent}; border: none;
    border-radius: 6px; padding: 7px 16px; font-weight: 600; }}
QPushButton#primaryButton:hover {{ background: {c.accent_hover}; }}
QPushButton#primaryButton:focus {{ border: 2px solid {c.on_soft}; padding: 5px 14px; }}
QPushButton#primaryButton:disabled {{ background: palette(midlight);
    color: palette(placeholder-text); }}
QPushButton#secondaryButton, QPushButton#talkButton {{ background: palette(button);
    color: palette(button-text); border: 1px solid palette(mid); border-radius: 6px;
    padding: 6px 12px; }}
QPushButton#talkButton {{ padding: 6px 8px; }}
QPushButton#secondaryButton:hover, QPushButton#talkButton:hover {{ background: palette(midlight); }}
QPushButton#secondaryButton:focus, QPushButton#talkButton:focus {{ border: 1px solid {c.accent}; }}
QPushButton#talkButton:pressed {{ background: {c.soft}; color: {c.on_soft}; }}
QPushButton#linkButton, QPushButton#followUpButton {{ color: {c.link}; border: none;
    font-weight: 600; }}
QPushButton#linkButton:focus, QPushButton#followUpButton:focus {{ text-decoration: underline; }}
QLabel#feedback[kind="success"] {{ color: {c.positive}; }}
QLabel#feedback[kind="error"] {{ color: {c.negative}; }}
QTableView#ledgerTable, QTreeView#ledgerTable {{ border: 1px solid palette(midlight);
    border-radius: 6px; selection-background-color: {c.soft}; selection-color: {c.on_soft}; }}
QLabel#dropOverlay {{ background: rgba(47, 111, 222, 200); color: white; font-size: 22px;
    font-weight: 600; border: 3px dashed white; border-radius: 12px; }}
QLabel#pageTitle {{ font-size: 18px; font-weight: 600; }}
QLabel#emptyState {{ color: palette(placeholder-text); font-size: 14px; }}
QLabel#receiptWarning {{ color: {c.on_warning_background}; background: {c.warning_background};
    border-radius: 6px; padding: 6px; }}
QFrame#readOnlyBanner {{ background: {c.warning_background}; border-radius: 6px; }}
QFrame#readOnlyBanner QLabel {{ color: {c.on_warning_background}; background: transparent; }}
QLabel#readOnlyHeadline {{ font-weight: 600; font-size: 14px; }}
QLineEdit[doubtful="true"] {{ background: {c.warning_background};
    color: {c.on_warning_background}; }}
QListWidget#receiptInbox::item, QListWidget#payeeList::item {{ padding: 6px;
    border-bottom: 1px solid palette(midlight); }}
QListWidget#receiptInbox::item:selected, QListWidget#payeeList::item:selected {{
    background: {c.soft}; color: {c.on_soft}; }}
QLabel#myMessage {{ background: {c.accent}; color: {c.on_accent}; border-radius: 12px;
    padding: 8px 12px; }}
QLabel#assistantMessage {{ background: palette(alternate-base);
    border: 1px solid palette(midlight); border-radius: 12px; padding: 8px 12px; }}
QLabel#rowsList {{ color: palette(text); font-family: "DejaVu Sans Mono"; font-size: 12px;
    padding: 4px 12px; }}
QFrame#actionCard {{ background: palette(base); border: 1px solid {c.card_border};
    border-radius: 10px; }}
QFrame#actionCard QLineEdit {{ border: 1px solid palette(mid); border-radius: 4px;
    padding: 3px 5px; }}
QFrame#actionCard QLineEdit:focus {{ border: 1px solid {c.accent}; }}
QLabel#cardTitle {{ font-size: 15px; font-weight: 600; }}
QLabel#cardLabel {{ color: palette(placeholder-text); }}
QLabel#cardValue {{ font-weight: 600; }}
QLabel#cardSource {{ color: {c.link}; font-style: italic; }}
QLabel#cardProblem {{ color: {c.negative}; }}
QLabel#cardNote {{ color: palette(placeholder-text); font-size: 12px; }}
QLabel#cardWarning {{ color: {c.warning}; }}
QLabel#cardStatus {{ color: {c.positive}; }}
QLabel#cardStatus[kind="closed"] {{ color: palette(placeholder-text); }}
QLabel#cardStatus[kind="error"] {{ color: {c.negative}; }}
QScrollArea#conversationScroll {{ border: none; }}
QHeaderView::section {{ background: palette(base); color: palette(text); border: none;
    border-bottom: 1px solid palette(mid); padding: 6px 4px; font-weight: 600; }}
QScrollArea#dashboardScroll, QWidget#dashboardContent {{ background: transparent; }}
QLabel#dashboardTitle {{ font-size: 18px; font-weight: 600; }}
QLabel#dashboardTotal {{ font-size: 22px; font-weight: 600; }}
QLabel#dashboardChange {{ color: palette(placeholder-text); font-size: 12px; }}
QFrame#dashboardCard {{ background: palette(base); border: 1px solid palette(midlight);
    border-radius: 10px; }}
QLabel#dashboardCardTitle {{ font-size: 13px; font-weight: 600; }}
QLabel#dashboardCardCaption, QLabel#listDetail {{ color: palette(placeholder-text);
    font-size: 12px; }}
QLabel#listAmount {{ font-size: 12px; font-weight: 600; }}
QLabel#budgetAmounts {{ font-size: 11px; }}
QTableView#importTable, QTableWidget#mappingTable {{ border: 1px solid palette(midlight);
    border-radius: 6px; selection-background-color: {c.soft}; selection-color: {c.on_soft}; }}
QPushButton#filterChip {{ background: palette(base); color: palette(text); border-radius: 12px;
    border: 1px solid palette(mid); padding: 4px 12px; }}
QPushButton#filterChip:hover {{ background: palette(midlight); }}
QPushButton#filterChip:checked {{ background: {c.soft}; color: {c.on_soft};
    border: 1px solid {c.card_border}; }}
QPushButton#filterChip:focus {{ border: 1px solid {c.accent}; }}
QPushButton#filterChip:disabled {{ color: palette(placeholder-text); }}
QProgressBar#importProgress {{ border: none; background: {c.track}; border-radius: 3px;
    max-height: 6px; }}
QProgressBar#importProgress::chunk {{ background: {c.accent}; border-radius: 3px; }}
"""


class _ThemeNotifier(QObject):
    changed = Signal(bool)  # True when the new scheme is dark


_notifier: _ThemeNotifier | None = None
_system_palette: QPalette | None = None


def theme_changed() -> Signal:
    """The signal emitted (with `dark`) after the scheme was applied; connect bound methods
    of widgets that paint with `colors()` so they recolour themselves."""
    global _notifier
    if _notifier is None:
        _notifier = _ThemeNotifier()
    return _notifier.changed


def colors() -> Colors:
    """The colours of the scheme the application shows now."""
    return DARK if is_dark() else LIGHT


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette (the application's by default) has a dark window."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def show_kind(widget: QWidget, kind: str) -> None:
    """Give `widget` the look the stylesheet has for `kind` ("success", "error", "closed" …):
    its ``kind`` property set, then its style worked out again."""
    widget.setProperty("kind", kind)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def stylesheet(scheme: Colors) -> str:
    """The application stylesheet in one scheme's colours."""
    return STYLESHEET.format(c=scheme)


def apply_style(app: QApplication, dark: bool | None = None) -> None:
    """Fusion keeps the look the same on every desktop; the palette follows light/dark.

    `dark` forces a scheme; None follows `LINGASSIST_THEME`, then the system. The first
    call also starts following the system's colour scheme when it changes.
    """
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        app.setStyle("Fusion")
        font = QFont(app.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        app.setFont(font)
        app.styleHints().colorSchemeChanged.connect(lambda scheme: follow_scheme(app, scheme))
    if dark is None:
        dark = _wanted_dark(app.styleHints().colorScheme())
    app.setPalette(_palette(app, dark))
    app.setStyleSheet(stylesheet(DARK if dark else LIGHT))
    theme_changed().emit(dark)


def follow_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """The system switched between light and dark: show the new scheme (unless forced)."""
    if _forced() is None and scheme != Qt.ColorScheme.Unknown:
        apply_style(app, scheme == Qt.ColorScheme.Dark)


def dark_palette() -> QPalette:
    """A calm dark palette for Fusion, used when the system asks for dark but gives no
    dark palette (Fusion's own standard palette is light)."""
    roles = QPalette.ColorRole
    palette = QPalette()
    for role, color in (
        (roles.Window, "#25272b"),
        (roles.WindowText, "#e6e7ea"),
        (roles.Base, "#1c1d20"),
        (roles.AlternateBase, "#2b2d32"),
        (roles.ToolTipBase, "#33363b"),
        (roles.ToolTipText, "#e6e7ea"),
        (roles.PlaceholderText, "#a4a9b2"),
        (roles.Text, "#e6e7ea"),
        (roles.Button, "#33363b"),
        (roles.ButtonText, "#e6e7ea"),
        (roles.BrightText, "#ffffff"),
        (roles.Light, "#4b4f56"),
        (roles.Midlight, "#3a3d43"),
        (roles.Mid, "#4f535a"),
        (roles.Dark, "#16171a"),
        (roles.Shadow, "#000000"),
        (roles.Highlight, "#3d6fd1"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#7eabf7"),
        (roles.LinkVisited, "#b39ddb"),
    ):
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7e86"))
    palette.setColor(disabled, roles.Button, QColor("#2b2d32"))
    return palette


def _palette(app: QApplication, dark: bool) -> QPalette:
    system = _system_palette or app.palette()
    if dark:
        return QPalette(system) if is_dark(system) else dark_palette()
    palette = app.style().standardPalette()
    # Fusion's placeholder is half-transparent black: too faint for captions (4.0:1)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(LIGHT_PLACEHOLDER))
    return palette


def _wanted_dark(scheme: Qt.ColorScheme) -> bool:
    forced = _forced()
    if forced is not None:
        return forced
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return _system_palette is not None and is_dark(_system_palette)


def _forced() -> bool | None:
    value = os.environ.get(THEME_VARIABLE, "").strip().lower()
    return {"dark": True, "light": False}.get(value)
