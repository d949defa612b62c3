"""MainWindow: accounts on the left, the ledger in the middle, the month on the right,
and the command line at the bottom."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.errors import UserFacingError
from lingassist.core.periods import parse_period
from lingassist.core.transactions import TransactionFilter
from lingassist.gui.account_list import AccountList
from lingassist.gui.category_summary import CategorySummary
from lingassist.gui.command_bar import CommandBar
from lingassist.gui.errors import show_unexpected
from lingassist.gui.transaction_table_model import TransactionTableModel
from lingassist.services.commands import parse_add_line
from lingassist.services.context import AppContext
from lingassist.services.entries import record_entry, redo_next, undo_last, undo_redo_labels

PERIODS = (
    ("All time", "all"),
    ("This month", "this-month"),
    ("Last month", "last-month"),
    ("This year", "this-year"),
    ("Last year", "last-year"),
)
SEARCH_DELAY_MS = 250


class MainWindow(QMainWindow):
    """The LingAssist window."""

    ledger_changed = Signal()  # no payload: views reload from the ledger

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.setWindowTitle(f"LingAssist — {context.paths.home.name}")
        self.resize(1280, 800)
        self.model = TransactionTableModel(context, self)
        self.table = self._make_table()
        self.accounts = AccountList(context)
        self.summary = CategorySummary(context)
        self.command_bar = CommandBar()
        self.search = QLineEdit(
            placeholderText="Search description, merchant or note  (Ctrl+F)", objectName="search"
        )
        self.search.setClearButtonEnabled(True)
        self.period = QComboBox(toolTip="Period shown in the ledger")
        for label, spec in PERIODS:
            self.period.addItem(label, spec)
        self._filter_label = QLabel(objectName="filterLabel")
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._layout()
        self._menus()
        self._connect()
        self._refresh_status()

    # -- building ---------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView(objectName="ledgerTable")
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in enumerate((108, 260, 160, 92, 108, 72)):
            if column != 1:
                table.setColumnWidth(column, width)
        return table

    def _layout(self) -> None:
        sidebar = _panel("sidebar", QLabel("LingAssist", objectName="brand"), self.accounts)
        sidebar.setFixedWidth(215)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.period)
        center = QWidget(objectName="center")
        center_layout = QVBoxLayout(center)
        center_layout.addLayout(filters)
        center_layout.addWidget(self._filter_label)
        center_layout.addWidget(self.table, 1)
        center_layout.addWidget(self.command_bar)
        right = _panel("rightPanel", self.summary)
        right.setMinimumWidth(290)
        splitter = QSplitter()
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([775, 290])
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        row.addWidget(splitter, 1)
        self.setCentralWidget(body)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction("&Quit", QKeySequence.StandardKey.Quit, self.close)
        edit = self.menuBar().addMenu("&Edit")
        self.undo_action = QAction("&Undo", self, shortcut=QKeySequence.StandardKey.Undo)
        self.redo_action = QAction("&Redo", self, shortcut=QKeySequence("Ctrl+Shift+Z"))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction("&Find", QKeySequence.StandardKey.Find, self.search.setFocus)
        edit.addAction("&Command line", QKeySequence("Ctrl+K"), self.command_bar.input.setFocus)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction("&About LingAssist", self._about)

    def _connect(self) -> None:
        self.command_bar.submitted.connect(self.run_command)
        self.command_bar.undo_requested.connect(self.undo)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.apply_filters)
        self.period.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.accounts.account_clicked.connect(self.filter_account)
        self.summary.category_clicked.connect(self.filter_category)
        self.ledger_changed.connect(self._reload_views)
        self.model.modelReset.connect(self._refresh_status)

    # -- behaviour --------------------------------------------------------------------

    def run_command(self, text: str) -> None:
        """Run a typed command: ``undo``, ``redo`` or an ``add`` line."""
        word = text.strip().lower()
        if word in ("undo", "redo"):
            self.undo() if word == "undo" else self.redo()
            return
        try:
            result = record_entry(self._context, parse_add_line(text))
        except UserFacingError as error:
            self.command_bar.show_error(str(error))
            return
        except Exception as error:  # noqa: BLE001 - shown in one place, logged with traceback
            show_unexpected(self, error)
            return
        self.ledger_changed.emit()
        self.command_bar.show_success(
            f"✓ {result.message} · {result.row.category_name}, {result.row.account}"
        )

    def undo(self) -> None:
        """Undo the last change to the ledger."""
        self._journal_step(undo_last)

    def redo(self) -> None:
        """Redo what undo took back."""
        self._journal_step(redo_next)

    def apply_filters(self) -> None:
        """Show the transactions matching the search box and the period."""
        spec = self.period.currentData()
        period = parse_period(spec, self._context.today())
        whole_time = spec == "all"
        query = replace(
            self.model.current_filter,
            text=self.search.text().strip(),
            start=None if whole_time else period.start,
            end=None if whole_time else period.end,
        )
        self.model.set_filter(query)

    def filter_account(self, name: str) -> None:
        """Show only one account's transactions ("" for all)."""
        self.model.set_filter(replace(self.model.current_filter, account=name or None))

    def filter_category(self, code: str) -> None:
        """Show one category in the month the summary shows."""
        self.period.blockSignals(True)
        self.period.setCurrentIndex(0)
        self.period.blockSignals(False)
        start = self.summary.month
        end = parse_period(start.strftime("%Y-%m"), start).end
        self.model.set_filter(TransactionFilter(start=start, end=end, category=code))

    def _journal_step(self, step) -> None:  # type: ignore[no-untyped-def]
        try:
            message = step(self._context)
        except UserFacingError as error:
            self.command_bar.show_error(str(error))
            return
        self.ledger_changed.emit()
        self.command_bar.show_success(message, undoable=False)

    def _reload_views(self) -> None:
        self.model.reload()
        self.accounts.reload()
        self.summary.reload()

    def _refresh_status(self) -> None:
        query = self.model.current_filter
        shown = f"{self.model.rowCount():,} transactions"
        parts = [p for p in (query.account, query.category, query.text and f"“{query.text}”") if p]
        self._filter_label.setText(
            f"{shown}" + (f" · filtered by {', '.join(parts)}" if parts else "")
        )
        undo_label, redo_label = undo_redo_labels(self._context)
        self.undo_action.setEnabled(undo_label is not None)
        self.undo_action.setText(f"&Undo {undo_label.lower()}" if undo_label else "&Undo")
        self.redo_action.setEnabled(redo_label is not None)
        self.redo_action.setText(f"&Redo {redo_label.lower()}" if redo_label else "&Redo")
        self.statusBar().showMessage(f"{shown} · {self._context.database.url.rsplit('/', 1)[-1]}")

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About LingAssist",
            "LingAssist keeps your money on your own desktop.\nNothing leaves this machine.\n\n"
            f"Data folder: {self._context.paths.home}",
        )


def _panel(name: str, *widgets: QWidget) -> QFrame:
    frame = QFrame(objectName=name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 16, 16, 16)
    for widget in widgets:
        layout.addWidget(widget)
    return frame
