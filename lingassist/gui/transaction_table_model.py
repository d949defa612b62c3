"""TransactionTableModel: the ledger as a Qt table, fetched a page at a time from SQL."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from decimal import Decimal
from functools import cache

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from lingassist.core.errors import UserFacingError
from lingassist.core.transactions import (
    SortKey,
    TransactionFilter,
    TransactionRow,
    TransactionSource,
    TransactionStatus,
)
from lingassist.gui.style import colors
from lingassist.gui.translation import (
    ARROW,
    shown_account,
    shown_category,
    shown_error,
    shown_phrase,
)
from lingassist.services.context import AppContext
from lingassist.services.corrections import said_change_category
from lingassist.services.entries import count_entries, page_of_entries
from lingassist.services.formatting import date_text, money_text

PAGE_SIZE = 200
CACHED_PAGES = 24
COLUMNS = (
    (QT_TRANSLATE_NOOP("TransactionTableModel", "Date"), SortKey.DATE),
    (QT_TRANSLATE_NOOP("TransactionTableModel", "Description"), SortKey.DESCRIPTION),
    (QT_TRANSLATE_NOOP("TransactionTableModel", "Category"), SortKey.CATEGORY),
    (QT_TRANSLATE_NOOP("TransactionTableModel", "Account"), SortKey.ACCOUNT),
    (QT_TRANSLATE_NOOP("TransactionTableModel", "Amount"), SortKey.AMOUNT),
    (QT_TRANSLATE_NOOP("TransactionTableModel", "Status"), SortKey.STATUS),
)
STATUSES = {
    TransactionStatus.DRAFT: QT_TRANSLATE_NOOP("TransactionTableModel", "Draft"),
    TransactionStatus.PENDING: QT_TRANSLATE_NOOP("TransactionTableModel", "Pending"),
    TransactionStatus.CLEARED: QT_TRANSLATE_NOOP("TransactionTableModel", "Cleared"),
}
SOURCES = {
    TransactionSource.MANUAL: QT_TRANSLATE_NOOP("TransactionTableModel", "Added by hand; #{id}"),
    TransactionSource.TEXT: QT_TRANSLATE_NOOP("TransactionTableModel", "Added by text; #{id}"),
    TransactionSource.VOICE: QT_TRANSLATE_NOOP("TransactionTableModel", "Added by voice; #{id}"),
    TransactionSource.RECEIPT: QT_TRANSLATE_NOOP(
        "TransactionTableModel", "Added from a receipt; #{id}"
    ),
    TransactionSource.IMPORT: QT_TRANSLATE_NOOP(
        "TransactionTableModel", "Added from a bank file; #{id}"
    ),
}
DESCRIPTION_COLUMN = 1
CATEGORY_COLUMN = 2
AMOUNT_COLUMN = 4
RowIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class TransactionTableModel(QAbstractTableModel):
    """All transactions matching a filter; only the pages on screen are read from SQL.

    Sorting is done by the database on raw values (dates, minor units), so it stays exact
    and fast with 100k rows. The category column is editable: a change is written at once
    (undoable) and reported through `corrected`.
    """

    corrected = Signal(str, str, str)  # what the correction did, merchant, new category code
    correction_failed = Signal(str)  # why a correction was refused

    def __init__(self, context: AppContext, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._context = context
        self._filter = TransactionFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[TransactionRow]] = OrderedDict()
        self.reload()

    @property
    def current_filter(self) -> TransactionFilter:
        """The filter the table shows."""
        return self._filter

    def set_filter(self, query: TransactionFilter) -> None:
        """Show the transactions matching `query` (keeps the current sort order)."""
        self._filter = replace(query, sort=self._filter.sort, descending=self._filter.descending)
        self.reload()

    def reload(self) -> None:
        """Re-read the count and drop cached pages (after any ledger change)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = count_entries(self._context, self._filter)
        self.endResetModel()

    def row_at(self, row: int) -> TransactionRow | None:
        """The transaction shown in `row`, fetching its page if needed."""
        if not 0 <= row < self._count:
            return None
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._page(page_number)
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: RowIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: RowIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[no-untyped-def]  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def data(self, index: RowIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        transaction = self.row_at(index.row()) if index.isValid() else None
        if transaction is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(transaction, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return _foreground(transaction, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(transaction, self._context.settings.locale)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.column() == DESCRIPTION_COLUMN
            and transaction.attachments
        ):
            return _attachment_icon()
        if role == Qt.ItemDataRole.UserRole:
            return transaction
        if role == Qt.ItemDataRole.EditRole and index.column() == CATEGORY_COLUMN:
            return transaction.category_code
        return None

    def flags(self, index: RowIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        row = self.row_at(index.row()) if index.isValid() else None
        editable = (
            row is not None and index.column() == CATEGORY_COLUMN and row.category_code != "SPLIT"
        )
        return (
            base | Qt.ItemFlag.ItemIsEditable
            if editable and row.category_name != "Transfer"
            else base
        )

    def setData(self, index: RowIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.EditRole or index.column() != CATEGORY_COLUMN:
            return False
        try:
            message = shown_phrase(said_change_category(self._context, row.id, str(value)))
        except UserFacingError as error:
            self.correction_failed.emit(shown_error(error))
            return False
        self.corrected.emit(message, row.merchant, str(value))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self._filter = replace(self._filter, sort=COLUMNS[column][1], descending=descending)
        self.reload()

    def _page(self, number: int) -> list[TransactionRow]:
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        rows = page_of_entries(
            self._context, self._filter, limit=PAGE_SIZE, offset=number * PAGE_SIZE
        )
        self._pages[number] = rows
        if len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _display(self, row: TransactionRow, column: int) -> str:
        locale = self._context.settings.locale
        if column == 0:
            return date_text(row.date, locale)
        if column == 1:
            return row.merchant or row.description
        if column == 2:
            if not row.category_name:
                return self.tr("Uncategorized")
            return shown_category(row.category_code, row.category_name)
        if column == 3:
            return shown_account(row.account)
        if column == AMOUNT_COLUMN:
            return money_text(row.amount, row.currency, locale, signed=True)
        return "" if row.status is TransactionStatus.CLEARED else self.tr(STATUSES[row.status])


def _alignment(column: int) -> Qt.AlignmentFlag:
    horizontal = (
        Qt.AlignmentFlag.AlignRight if column == AMOUNT_COLUMN else Qt.AlignmentFlag.AlignLeft
    )
    return horizontal | Qt.AlignmentFlag.AlignVCenter


def _foreground(row: TransactionRow, column: int) -> QColor | None:
    if column == AMOUNT_COLUMN and row.amount > Decimal(0):
        return QColor(colors().positive)
    if column == len(COLUMNS) - 1 and row.status is not TransactionStatus.CLEARED:
        return QColor(colors().warning)
    return None


def _tooltip(row: TransactionRow, locale: str) -> str:
    parts = [row.description]
    if ARROW in row.account:  # a transfer's two accounts, often elided in their column
        parts.append(shown_account(row.account))
    if row.original_amount is not None:
        original = money_text(abs(row.original_amount), row.original_currency, locale)
        parts.append(
            translate("TransactionTableModel", "Paid {original} abroad").format(original=original)
        )
    if row.memo:
        parts.append(translate("TransactionTableModel", "Note: {note}").format(note=row.memo))
    if row.attachments:
        parts.append(
            translate("TransactionTableModel", "Receipt attached (right-click → Show receipt)")
        )
    parts.append(translate("TransactionTableModel", SOURCES[row.source]).format(id=row.id))
    return "\n".join(parts)


@cache
def _attachment_icon() -> QIcon:
    """The paper-clip column's icon, made once (`data` runs on every repaint)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
