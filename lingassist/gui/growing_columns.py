"""GrowingColumns: a table's name columns widen to show their longest names whole when the
window has room for it, and narrow back when it has not, instead of keeping one width
chosen for the smallest window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QTableView

from lingassist.gui.narrow_columns import NarrowColumns


class GrowingColumns(QObject):
    """Watches `table`'s viewport. Every column keeps its base width (`set_widths`); the
    room the `stretching` column has beyond `keep` pixels goes to the growing columns, in
    the order given, each up to the width its longest text needs and at most `most` of the
    viewport's width. The stretching column is never squeezed below `keep` by them (nor
    below what it had with the base widths alone). A column the person resized by hand
    keeps their width. `narrow` first leaves out the columns that do not fit at all."""

    def __init__(
        self,
        table: QTableView,
        stretching: int,
        keep: int,
        *,
        narrow: NarrowColumns | None = None,
        most: float = 0.3,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._stretching = stretching
        self._keep = keep
        self._narrow = narrow
        self._most = most
        self._base: dict[int, int] = {}
        self._wanted: dict[int, int] = {}  # growing column -> the width it needs, in order
        self._by_hand: set[int] = set()
        self._fitting = False
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)  # runs before NarrowColumns' (added later)

    def set_widths(self, base: dict[int, int], wanted: dict[int, int]) -> None:
        """Each column's `base` width, and the width each growing column needs (in the
        order they get the room); then fit them."""
        self._base, self._wanted = dict(base), dict(wanted)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Base widths, then the columns that fit at all, then the room shared out."""
        table = self._table
        self._fitting = True
        try:
            for column, width in self._base.items():
                if column not in self._by_hand and not table.isColumnHidden(column):
                    table.setColumnWidth(column, width)
            if self._narrow is not None:
                self._narrow.fit()
            available = table.viewport().width()
            header = table.horizontalHeader()
            used = sum(
                header.sectionSize(column)
                for column in range(header.count())
                if column != self._stretching and not table.isColumnHidden(column)
            )
            room = available - used - self._keep
            for column, needed in self._wanted.items():
                if room <= 0 or column in self._by_hand or table.isColumnHidden(column):
                    continue
                base = self._base.get(column, header.sectionSize(column))
                grow = min(max(min(needed, int(available * self._most)) - base, 0), room)
                if grow:
                    table.setColumnWidth(column, base + grow)
                    room -= grow
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, new: int) -> None:
        """A width changed outside `fit`: by the person when they drag its edge."""
        dragging = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if not self._fitting and dragging and column != self._stretching and new > 0:
            self._by_hand.add(column)
