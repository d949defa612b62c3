"""The window's look: Fusion style, the system palette, and a light stylesheet on top."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

STYLESHEET = """
QFrame#sidebar { background: palette(alternate-base); border-right: 1px solid palette(mid); }
QFrame#rightPanel { background: palette(base); border-left: 1px solid palette(midlight); }
QLabel#brand { font-size: 20px; font-weight: 600; color: #2f6fde; padding-bottom: 14px; }
QLabel#sectionLabel { color: palette(placeholder-text); font-size: 11px; font-weight: 600;
    letter-spacing: 1px; }
QLabel#netWorth { font-size: 22px; font-weight: 600; }
QPushButton#navButton { text-align: left; padding: 8px 10px; border: none; border-radius: 6px;
    font-size: 14px; }
QPushButton#navButton:hover { background: palette(midlight); }
QPushButton#navButton:checked { background: #dbe7fb; color: #1d4fa8; font-weight: 600; }
QPushButton#accountButton { text-align: left; padding: 6px 4px; border: none; }
QPushButton#accountButton:hover { background: palette(midlight); border-radius: 4px; }
QLabel#negativeAmount { color: #b3261e; }
QLabel#summaryTitle { font-size: 15px; font-weight: 600; }
QLabel#summaryTotal { font-size: 28px; font-weight: 600; }
QLabel#summaryCaption, QLabel#filterLabel { color: palette(placeholder-text); }
QToolButton#monthArrow { font-size: 18px; padding: 0 8px; }
QProgressBar#shareBar { border: none; background: palette(midlight); border-radius: 2px; }
QProgressBar#shareBar::chunk { background: #2f6fde; border-radius: 2px; }
QLineEdit#commandInput, QLineEdit#search { padding: 7px 10px; border: 1px solid palette(mid);
    border-radius: 6px; background: palette(base); }
QLineEdit#commandInput:focus, QLineEdit#search:focus { border: 1px solid #2f6fde; }
QPushButton#primaryButton { background: #2f6fde; color: white; border: none; border-radius: 6px;
    padding: 7px 18px; font-weight: 600; }
QPushButton#primaryButton:hover { background: #2559b5; }
QPushButton#linkButton, QPushButton#followUpButton { color: #2f6fde; border: none;
    font-weight: 600; }
QLabel#feedback[kind="success"] { color: #1b7f4b; }
QLabel#feedback[kind="error"] { color: #b3261e; }
QTableView#ledgerTable { border: 1px solid palette(midlight); border-radius: 6px;
    selection-background-color: #dbe7fb; selection-color: palette(text); }
QLabel#dropOverlay { background: rgba(47, 111, 222, 200); color: white; font-size: 22px;
    font-weight: 600; border: 3px dashed white; border-radius: 12px; }
QLabel#pageTitle { font-size: 18px; font-weight: 600; }
QLabel#emptyState { color: palette(placeholder-text); font-size: 14px; }
QLabel#receiptWarning { color: #9a6700; background: #fff4d6; border-radius: 6px; padding: 6px; }
QLineEdit[doubtful="true"] { background: #fff4d6; }
QListWidget#receiptInbox::item { padding: 6px; border-bottom: 1px solid palette(midlight); }
QListWidget#receiptInbox::item:selected { background: #dbe7fb; color: palette(text); }
QLabel#myMessage { background: #2f6fde; color: white; border-radius: 12px; padding: 8px 12px; }
QLabel#assistantMessage { background: palette(alternate-base); border: 1px solid palette(midlight);
    border-radius: 12px; padding: 8px 12px; }
QLabel#rowsList { color: palette(text); font-family: "DejaVu Sans Mono"; font-size: 12px;
    padding: 4px 12px; }
QFrame#actionCard { background: palette(base); border: 1px solid #9db8ef; border-radius: 10px; }
QLabel#cardTitle { font-size: 15px; font-weight: 600; }
QLabel#cardLabel { color: palette(placeholder-text); }
QLabel#cardValue { font-weight: 600; }
QLabel#cardSource { color: #2f6fde; font-style: italic; }
QLabel#cardProblem { color: #b3261e; }
QLabel#cardNote { color: palette(placeholder-text); font-size: 12px; }
QLabel#cardWarning { color: #9a6700; }
QLabel#cardStatus { color: #1b7f4b; }
QScrollArea#conversationScroll { border: none; }
QHeaderView::section { background: palette(base); border: none;
    border-bottom: 1px solid palette(mid); padding: 6px 4px; font-weight: 600; }
QScrollArea#dashboardScroll, QWidget#dashboardContent { background: transparent; }
QLabel#dashboardTitle { font-size: 18px; font-weight: 600; }
QLabel#dashboardTotal { font-size: 22px; font-weight: 600; }
QLabel#dashboardChange { color: palette(placeholder-text); font-size: 12px; }
QFrame#dashboardCard { background: palette(base); border: 1px solid palette(midlight);
    border-radius: 10px; }
QLabel#dashboardCardTitle { font-size: 13px; font-weight: 600; }
QLabel#dashboardCardCaption, QLabel#listDetail { color: palette(placeholder-text);
    font-size: 12px; }
QLabel#listAmount { font-size: 12px; }
QLabel#budgetAmounts { font-size: 11px; }
QLabel#listAmount { font-weight: 600; }
"""


def apply_style(app: QApplication) -> None:
    """Fusion keeps the look the same on every desktop; the palette follows light/dark."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
    app.setPalette(app.style().standardPalette() if _is_light(app.palette()) else app.palette())


def _is_light(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() >= 128
