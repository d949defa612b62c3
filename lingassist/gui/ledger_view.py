"""LedgerView: the transaction table with its search box and period filter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.periods import month_period, parse_period
from lingassist.core.transactions import TransactionFilter, TransactionKind
from lingassist.gui.category_delegate import CategoryDelegate
from lingassist.gui.clearable import make_clearable
from lingassist.gui.focus import chain_focus
from lingassist.gui.growing_columns import GrowingColumns
from lingassist.gui.narrow_columns import NarrowColumns
from lingassist.gui.receipt_viewer import ReceiptViewer
from lingassist.gui.split_dialog import SplitDialog, splittable
from lingassist.gui.transaction_table_model import (
    CATEGORY_COLUMN,
    STATUSES,
    TransactionTableModel,
)
from lingassist.gui.translation import (
    ARROW,
    SEPARATOR,
    shown_account,
    shown_category,
    shown_choices,
    shown_phrase,
)
from lingassist.services.context import AppContext
from lingassist.services.corrections import attachment_files, edit_details, said_explanation
from lingassist.services.entries import account_names, category_choices
from lingassist.services.formatting import date_text

PERIODS = (
    (QT_TRANSLATE_NOOP("LedgerView", "All time"), "all"),
    (QT_TRANSLATE_NOOP("LedgerView", "This month"), "this-month"),
    (QT_TRANSLATE_NOOP("LedgerView", "Last month"), "last-month"),
    (QT_TRANSLATE_NOOP("LedgerView", "This year"), "this-year"),
    (QT_TRANSLATE_NOOP("LedgerView", "Last year"), "last-year"),
)
SEARCH_DELAY_MS = 250
DETAIL_LABELS = {
    "merchant": (
        QT_TRANSLATE_NOOP("LedgerView", "Edit merchant"),
        QT_TRANSLATE_NOOP("LedgerView", "Merchant"),
    ),
    "memo": (QT_TRANSLATE_NOOP("LedgerView", "Edit note"), QT_TRANSLATE_NOOP("LedgerView", "Note")),
}
KINDS = {  # a list narrowed to one kind of transaction, as the filter line names it
    TransactionKind.EXPENSE: QT_TRANSLATE_NOOP("LedgerView", "expenses"),
    TransactionKind.INCOME: QT_TRANSLATE_NOOP("LedgerView", "income"),
    TransactionKind.REFUND: QT_TRANSLATE_NOOP("LedgerView", "refunds"),
    TransactionKind.TRANSFER: QT_TRANSLATE_NOOP("LedgerView", "transfers"),
}
COLUMN_WIDTHS = (108, 260, 160, 92, 108, 72)
CELL_PADDING = 16  # a cell's margins around its text
WIDEST_NAMES = (200, 130)  # the category and account columns' first widths, at most
DESCRIPTION_KEEPS = 240  # the description's width that the name columns never take from
# (at 1024x640 the description has less: the names then grow only with a wider window)
NAMES_AT_MOST = 0.3  # a name column's share of the table's width, at most
HEADER_PADDING = 34  # a header's margins and its sort arrow
# the categories' English and shown names, and the accounts' (shown, stored) names
ShownNames = tuple[list[str], list[str], list[tuple[str, str]]]


class LedgerView(QWidget):
    """Every transaction, paged from SQL; search, period, account and category filters."""

    filter_changed = Signal(str)  # a sentence describing what is shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = TransactionTableModel(context, self)
        names = _shown_names(context)
        self.table = _table(self.model, context.settings.locale, names)
        self.table.setItemDelegateForColumn(
            CATEGORY_COLUMN, CategoryDelegate(category_choices(context), self.table)
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # too narrow for every column (half a 1366 screen): the account goes first, then the
        # status, then the category, rather than a description squeezed to nothing
        self.narrow = NarrowColumns(self.table, 1, hidden_first=(3, 5, CATEGORY_COLUMN), room=140)
        # with room to spare beside the description (1920 wide; from about 1550 in French
        # and Vietnamese, the month panel taking its part at 1366) the account and category
        # columns show their longest names whole ("Compte courant → Épargne"); they narrow
        # back with the window, and at 1024 the description keeps its width
        self.growing = GrowingColumns(
            self.table, 1, DESCRIPTION_KEEPS, narrow=self.narrow, most=NAMES_AT_MOST
        )
        self._base_widths = {  # as `_table` set them
            column: self.table.columnWidth(column)
            for column in range(self.model.columnCount())
            if column != 1
        }
        self._category_names = names[1]
        self.model.modelReset.connect(self._fit_names)
        self._fit_names()
        self.search = QLineEdit(
            placeholderText=self.tr("Search description, merchant or note  (Ctrl+F)"),
            objectName="search",
            toolTip=self.tr(
                "Show only transactions whose description, merchant or note contains "
                "these words (Ctrl+F)"
            ),
        )
        make_clearable(self.search, self.tr("Clear the search"))
        self.period = QComboBox(toolTip=self.tr("Period shown in the ledger"))
        for label, spec in PERIODS:
            self.period.addItem(self.tr(label), spec)
        self._filter_label = QLabel(objectName="filterLabel")
        self.every_kind = QPushButton(
            self.tr("Show every kind"),
            objectName="everyKind",
            toolTip=self.tr("Show expenses, income, refunds and transfers again"),
        )
        self.every_kind.clicked.connect(self._every_kind)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.period)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        described = QHBoxLayout()
        described.addWidget(self._filter_label)
        described.addWidget(self.every_kind)
        described.addStretch(1)
        layout.addLayout(described)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.apply_filters)
        self.period.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.model.modelReset.connect(self._describe)
        self._describe()
        chain_focus(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """Search, period, then the table (arrows move in it; Tab leaves it)."""
        return [self.search, self.period, self.table]

    def reload(self) -> None:
        """Re-read the ledger (after any change)."""
        self.model.reload()

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

    def filter_category(self, code: str, month: date) -> None:
        """Show one category (a primary code includes its details; "" for all) in one month."""
        self.period.blockSignals(True)
        self.period.setCurrentIndex(0)
        self.period.blockSignals(False)
        span = month_period(month)
        self.model.set_filter(TransactionFilter(start=span.start, end=span.end, category=code))

    def show_filter(self, query: TransactionFilter) -> None:
        """Show what an answer in the conversation listed: its filter as it is (its
        period, kind, amounts...), the period menu on "All time" as for a category."""
        self.period.blockSignals(True)
        self.period.setCurrentIndex(0)
        self.period.blockSignals(False)
        self.model.set_filter(query)

    def _every_kind(self) -> None:
        self.model.set_filter(replace(self.model.current_filter, kind=None))

    def explain(self, row: int) -> str:
        """ "Why this category?" for the transaction in `row`."""
        transaction = self.model.row_at(row)
        if transaction is None:
            return ""
        return shown_phrase(said_explanation(self._context, transaction.id))

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        transaction = self.model.row_at(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Why this category?"), lambda: self._show_why(index.row()))
        menu.addAction(
            self.tr("Edit merchant…"), lambda: self._edit_detail(index.row(), "merchant")
        )
        menu.addAction(self.tr("Edit note…"), lambda: self._edit_detail(index.row(), "memo"))
        split = menu.addAction(self.tr("Split…"), lambda: self._split(index.row()))
        split.setEnabled(splittable(transaction))
        receipt = menu.addAction(self.tr("Show receipt"), lambda: self.show_receipt(index.row()))
        receipt.setEnabled(bool(transaction and transaction.attachments))
        change = menu.addAction(
            self.tr("Change category…"),
            lambda: self.table.edit(index.siblingAtColumn(CATEGORY_COLUMN)),
        )
        change.setEnabled(
            bool(
                self.model.flags(index.siblingAtColumn(CATEGORY_COLUMN))
                & Qt.ItemFlag.ItemIsEditable
            )
        )
        menu.exec(self.table.viewport().mapToGlobal(position))

    def show_receipt(self, row: int) -> ReceiptViewer | None:
        """Open the first file attached to the transaction in `row`."""
        transaction = self.model.row_at(row)
        files = attachment_files(self._context, transaction.id) if transaction else []
        if not files:
            return None
        title = self.tr("Receipt: {file}").format(file=files[0][1])
        viewer = ReceiptViewer(files[0][0], title, self)
        viewer.show()
        return viewer

    def _edit_detail(self, row: int, field: str) -> None:
        """Ask for a new merchant or memo (`field`) of the transaction in `row` and save it."""
        transaction = self.model.row_at(row)
        if transaction is None:
            return
        title, label = DETAIL_LABELS[field]
        text, ok = QInputDialog.getText(
            self, self.tr(title), self.tr(label), text=getattr(transaction, field)
        )
        if ok:
            changes = {field: text.strip()}
            said = edit_details(self._context, transaction.id, **changes)
            self._details_changed(shown_phrase(said))

    def _split(self, row: int) -> None:
        transaction = self.model.row_at(row)
        if transaction is None:
            return
        dialog = SplitDialog(self._context, transaction, category_choices(self._context), self)
        if dialog.exec():
            self._details_changed(dialog.result_message)

    def _details_changed(self, message: str) -> None:
        self.model.corrected.emit(message, "", "")

    def _show_why(self, row: int) -> None:
        QMessageBox.information(self, self.tr("Why this category?"), self.explain(row))

    def _describe(self) -> None:
        query = self.model.current_filter
        shown = self.tr("%Ln transaction(s)", "", self.model.rowCount())
        kind = self.tr(KINDS[query.kind]) if query.kind is not None else ""
        account = shown_account(query.account) if query.account else ""
        category = self._category_name(query.category) if query.category else ""
        text = query.text and f"“{query.text}”"
        parts = [p for p in (kind, account, category, text) if p]
        self.every_kind.setVisible(query.kind is not None)
        filtered = self.tr("filtered by {filters}").format(filters=", ".join(parts))
        span = self._span(query)
        text = shown + (f" · {span}" if span else "") + (f" · {filtered}" if parts else "")
        self._filter_label.setText(text)
        self.filter_changed.emit(text)

    def _fit_names(self) -> None:
        """The width the account and category columns need for their longest names
        (accounts again after each change: a new account may be the longest)."""
        cells = self.table.fontMetrics()
        accounts = [shown_account(name) for name in account_names(self._context)]
        categories = [
            *self._category_names,
            QCoreApplication.translate("TransactionTableModel", "Uncategorized"),
            shown_category("", "Transfer"),
        ]
        wanted = {
            3: _widest(cells, [*accounts, *_transfers(cells, accounts)]) + CELL_PADDING,
            CATEGORY_COLUMN: _widest(cells, categories) + CELL_PADDING,
        }
        self.growing.set_widths(self._base_widths, wanted)

    def _category_name(self, code: str) -> str:
        """Category `code`'s name as the window shows it ("Courses" for
        FOOD_AND_DRINK_GROCERIES in French; the ledger's English name in English)."""
        english = code
        for choice, name in category_choices(self._context):  # "Primary › Name"
            primary, _, detailed = name.partition(SEPARATOR)
            if choice == code:
                english = detailed
                break
            if choice.startswith(f"{code}_"):  # a primary category ("Food and drink")
                english = primary
        return shown_category(code, english)

    def _span(self, query: TransactionFilter) -> str:
        """The dates an answer's or a category's list covers while the period menu says
        "All time" ("1 nov. 2026 – 30 nov. 2026"); "" when the menu tells the period."""
        if self.period.currentData() != "all" or (query.start is None and query.end is None):
            return ""
        locale = self._context.settings.locale
        start = date_text(query.start, locale) if query.start else ""
        end = date_text(query.end, locale) if query.end else ""
        return f"{start} – {end}".strip()


def _shown_names(context: AppContext) -> ShownNames:
    """The category names in English and in the window's language, and the accounts'
    names as the window shows them."""
    choices = category_choices(context)
    english = [name.partition(SEPARATOR)[2] for _, name in choices]
    shown = [name.partition(SEPARATOR)[2] for _, name in shown_choices(choices)]
    return english, shown, [(shown_account(name), name) for name in account_names(context)]


def _table(model: TransactionTableModel, locale: str, names: ShownNames) -> QTableView:
    table = QTableView(objectName="ledgerTable")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move, F2 edits
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    for column, width in enumerate(_column_widths(table, model, locale, names)):
        if column != 1:
            table.setColumnWidth(column, width)
    return table


def _column_widths(
    table: QTableView, model: TransactionTableModel, locale: str, names: ShownNames
) -> list[int]:
    """`COLUMN_WIDTHS`, widened where the language or the locale writes longer: the date
    column for the longest date of the year ("28 sept. 2026", "28 thg 12, 2026"), the
    status column for its header and its longest status ("En attente", "Trạng thái"), the
    category column so that as many of the language's category names fit as English ones
    do, and the account column as much as its accounts' shown names are longer than their
    stored ones ("Compte courant" for "Checking"), each up to
    `WIDEST_NAMES` (a longer name is elided, whole in its tooltip)."""
    cells, header = table.fontMetrics(), table.horizontalHeader().fontMetrics()
    widths = list(COLUMN_WIDTHS)
    dates = [date_text(date(2026, month, 28), locale) for month in range(1, 13)]
    widths[0] = max(widths[0], max(cells.horizontalAdvance(d) for d in dates) + CELL_PADDING)
    english, shown, accounts = names
    widths[2] = max(widths[2], min(_as_many_fit(cells, english, shown, widths[2]), WIDEST_NAMES[0]))
    longer = _widest(cells, [shown for shown, _ in accounts]) - _widest(
        cells, [n for _, n in accounts]
    )
    widths[3] = max(widths[3], min(widths[3] + longer, WIDEST_NAMES[1]))
    last = len(widths) - 1
    statuses = [model.tr(name) for name in STATUSES.values()]
    widths[last] = max(widths[last], max(map(cells.horizontalAdvance, statuses)) + CELL_PADDING)
    for column in (0, last):  # the header's title beside the sort arrow
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widths[column] = max(widths[column], header.horizontalAdvance(title) + HEADER_PADDING)
    return widths


def _transfers(metrics: QFontMetrics, accounts: list[str]) -> list[str]:
    """The longest a transfer between two of `accounts` can be named ("Compte courant →
    Épargne"): the two widest names, each way."""
    longest = sorted(accounts, key=metrics.horizontalAdvance, reverse=True)[:2]
    if len(longest) < 2:  # a transfer has two accounts
        return []
    return [ARROW.join(longest), ARROW.join(reversed(longest))]


def _widest(metrics: QFontMetrics, names: list[str]) -> int:
    return max(map(metrics.horizontalAdvance, names), default=0)


def _as_many_fit(metrics: QFontMetrics, english: list[str], shown: list[str], width: int) -> int:
    """The column width that shows as large a share of the `shown` names whole as `width`
    shows of the `english` ones."""
    if not english or not shown:
        return width
    fitting = sum(metrics.horizontalAdvance(n) + CELL_PADDING <= width for n in english)
    needed = sorted(metrics.horizontalAdvance(n) + CELL_PADDING for n in shown)
    return needed[max(round(fitting / len(english) * len(shown)) - 1, 0)]
