"""NarrowColumns: a table too narrow for all its columns leaves some out, in a set order,
instead of squeezing its stretching column to nothing and scrolling sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class NarrowColumns(QObject):
    """Watches `table`'s viewport: while its columns, with `room` pixels left for the
    `stretching` column, are wider than the viewport, the columns of `hidden_first` are
    hidden one after the other (the first named goes first); they come back, with the
    widths they had, when there is room again."""

    def __init__(
        self, table: QTableView, stretching: int, hidden_first: tuple[int, ...], room: int
    ) -> None:
        super().__init__(table)
        self._table = table
        self._stretching = stretching
        self._hidden_first = hidden_first
        self._room = room
        self._widths: dict[int, int] = {}  # a hidden column's width, to come back with
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Show as many columns as fit, leaving out those of `hidden_first` in order."""
        table, header = self._table, self._table.horizontalHeader()
        widths = {}
        for column in range(header.count()):
            if column == self._stretching:
                continue
            if table.isColumnHidden(column):
                widths[column] = self._widths.get(column, header.defaultSectionSize())
            else:
                widths[column] = header.sectionSize(column)
        needed = sum(widths.values()) + self._room
        available = table.viewport().width()
        for column in self._hidden_first:
            hide = needed > available
            if hide:
                needed -= widths[column]
                self._widths[column] = widths[column]
            if table.isColumnHidden(column) != hide:
                table.setColumnHidden(column, hide)
                if not hide:
                    table.setColumnWidth(column, widths[column])

    @property
    def hidden(self) -> list[int]:
        """The columns left out now."""
        return [column for column in self._hidden_first if self._table.isColumnHidden(column)]
