"""ImportTableModel: the lines of a bank file's import preview as a Qt table.

A 100k-line file stays fast: the model keeps the preview's lines as they are and formats
only the cells the view asks for (the rows on screen). The person's decisions live here
too: matched lines to keep separate (a check box in the Status cell) and, for a line that
could be one of several entries, the entry chosen (a combo box in that cell).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from lingassist.gui.style import colors
from lingassist.gui.translation import shown_category, shown_phrase
from lingassist.services.formatting import date_text, money_text
from lingassist.services.imports import LineMatch, LineStatus, PreviewLine, describe_rate

COLUMNS = (
    QT_TRANSLATE_NOOP("ImportTableModel", "Line"),
    QT_TRANSLATE_NOOP("ImportTableModel", "Date"),
    QT_TRANSLATE_NOOP("ImportTableModel", "Description"),
    QT_TRANSLATE_NOOP("ImportTableModel", "Amount"),
    QT_TRANSLATE_NOOP("ImportTableModel", "Status"),
    QT_TRANSLATE_NOOP("ImportTableModel", "Category"),
    QT_TRANSLATE_NOOP("ImportTableModel", "Details"),
)
LINE, DATE, DESCRIPTION, AMOUNT, STATUS, CATEGORY, DETAILS = range(len(COLUMNS))
KINDS = ("new", "duplicate", "matched", "unsure", "rejected")  # what a line is, in the counts
ALL = "all"
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # (label, entry id or 0) for an unsure line
RowIndex = QModelIndex | QPersistentModelIndex
KIND_NAMES = {  # a line's kind (a state in code) as the Status column shows it
    "new": QT_TRANSLATE_NOOP("ImportTableModel", "New"),
    "duplicate": QT_TRANSLATE_NOOP("ImportTableModel", "Duplicate"),
    "rejected": QT_TRANSLATE_NOOP("ImportTableModel", "Rejected"),
}
translate = QCoreApplication.translate


def line_kind(line: PreviewLine) -> str:
    """ "new", "duplicate", "matched", "unsure" (new, but it could be an earlier entry) or
    "rejected"."""
    if line.status is LineStatus.NEW and line.could_be:
        return "unsure"
    return line.status.value


class ImportTableModel(QAbstractTableModel):
    """The preview's lines, filtered by kind, with the person's match decisions."""

    decisions_changed = Signal()  # no payload: a match was unticked or an entry chosen

    def __init__(self, locale: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._locale = locale
        self._currency = ""
        self._lines: Sequence[PreviewLine] = ()
        self._rows: Sequence[int] = range(0)
        self._kinds: list[str] = []
        self._filter = ALL
        self._separate: set[int] = set()
        self._chosen: dict[int, int] = {}

    # -- what the dialog reads and sets ----------------------------------------------------

    def set_lines(self, lines: Sequence[PreviewLine], currency: str) -> None:
        """Show these lines (the decisions made on earlier lines are dropped)."""
        self.beginResetModel()
        self._lines, self._currency = lines, currency
        self._kinds = [line_kind(line) for line in lines]
        self._separate.clear()
        self._chosen.clear()
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, kind: str) -> None:
        """Show only lines of one kind (`KINDS`), or `ALL`."""
        self.beginResetModel()
        self._filter = kind
        self._rows = self._filtered()
        self.endResetModel()

    def counts(self) -> Counter[str]:
        """How many lines of each kind."""
        return Counter(self._kinds)

    @property
    def kept_separate(self) -> frozenset[int]:
        """Numbers of matched lines the person does not want merged."""
        return frozenset(self._separate)

    @property
    def chosen(self) -> dict[int, int]:
        """Line number -> entry id, for unsure lines the person said are that entry."""
        return dict(self._chosen)

    def line_at(self, row: int) -> PreviewLine:
        """The preview line shown in `row`."""
        return self._lines[self._rows[row]]

    def set_separate(self, number: int, separate: bool) -> None:
        """Keep the matched line `number` apart from its entry (or merge it again)."""
        if separate:
            self._separate.add(number)
        else:
            self._separate.discard(number)
        self._changed(number)

    def choose(self, number: int, entry: int) -> None:
        """Merge the unsure line `number` into `entry` (0: import it as new)."""
        if entry:
            self._chosen[number] = entry
        else:
            self._chosen.pop(number, None)
        self._changed(number)

    # -- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent: RowIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: RowIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[no-untyped-def]  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def data(self, index: RowIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        line, column = self.line_at(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == STATUS and line.match:
            merged = line.number not in self._separate
            return Qt.CheckState.Checked if merged else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column == STATUS and line.could_be:
            return self._chosen.get(line.number, 0)
        if role == CHOICES_ROLE and line.could_be:
            return [(self.tr("Import as new"), 0)] + [
                (_entry_text(m, self._locale), m.transaction_id) for m in line.could_be
            ]
        return None

    def flags(self, index: RowIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or index.column() != STATUS:
            return base
        line = self.line_at(index.row())
        if line.match is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if line.could_be:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: RowIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != STATUS:
            return False
        line = self.line_at(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and line.match is not None:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked  # type: ignore[call-overload]
            self.set_separate(line.number, not checked)
            return True
        if role == Qt.ItemDataRole.EditRole and line.could_be:
            self.choose(line.number, int(value or 0))  # type: ignore[call-overload]
            return True
        return False

    # -- cells -------------------------------------------------------------------------------

    def _display(self, line: PreviewLine, column: int) -> str:
        bank = line.line
        if column == LINE:
            return str(line.number)
        if column == DATE:
            return date_text(bank.booked, self._locale) if bank else ""
        if column == DESCRIPTION:
            return bank.description if bank else self.tr("(the line could not be read)")
        if column == AMOUNT:
            return (
                money_text(bank.money.amount, bank.money.currency, self._locale, signed=True)
                if bank
                else ""
            )
        if column == STATUS:
            return self._status(line)
        if column == CATEGORY:
            return self._category(line)
        return self._details(line)

    def _status(self, line: PreviewLine) -> str:
        kind = line_kind(line)
        if kind == "matched":
            return self.tr("Separate") if line.number in self._separate else self.tr("Matched")
        if kind == "unsure":
            chosen = self._chosen.get(line.number)
            return self.tr("Same as #{id}").format(id=chosen) if chosen else self.tr("Unsure ▾")
        return self.tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind.capitalize()

    def _merged_into(self, line: PreviewLine) -> LineMatch | None:
        """The entry this line will be merged into, as the person left it (None: none)."""
        if line.match is not None and line.number not in self._separate:
            return line.match
        chosen = self._chosen.get(line.number)
        return next((m for m in line.could_be if m.transaction_id == chosen), None)

    def _category(self, line: PreviewLine) -> str:
        if line.status in (LineStatus.DUPLICATE, LineStatus.REJECTED):
            return ""
        merged = self._merged_into(line)
        if merged is not None and merged.category_code and merged.category:
            return shown_category(merged.category_code, merged.category)
        if merged is not None:
            return merged.category or self.tr("No category")
        return shown_category(line.category, line.category_name)

    def _details(self, line: PreviewLine) -> str:
        merged = self._merged_into(line)
        if merged is not None:
            return self.tr("Merges into {entry}").format(entry=_entry_text(merged, self._locale))
        if line.match is not None:
            return self.tr("Kept apart from {entry}: imported as new").format(
                entry=_entry_text(line.match, self._locale)
            )
        if line.could_be:
            ids = self.tr(" or ").join(f"#{m.transaction_id}" for m in line.could_be)
            return self.tr(
                "Could be {entries}: double-click Status to choose; else imported as new"
            ).format(entries=ids)
        if line.status in (LineStatus.DUPLICATE, LineStatus.REJECTED):
            said = line.said_reason
            reason = (
                shown_phrase(said) if said else line.reason.removeprefix(f"line {line.number}: ")
            )
            return reason[:1].upper() + reason[1:]
        return _why(line)

    def _tooltip(self, line: PreviewLine, column: int) -> str:
        if column == STATUS and line.match is not None:
            untick = self.tr("Untick to keep the bank line and that entry apart (both stay).")
            return f"{_match_tooltip(line.match, self._currency)}\n{untick}"
        if column == STATUS and line.could_be:
            return self.tr(
                "Double-click (or F2) to say which entry this line is, or import it as new."
            )
        merged = self._merged_into(line)
        if column in (CATEGORY, DETAILS) and merged is not None:
            return _match_tooltip(merged, self._currency)
        if column in (CATEGORY, DETAILS) and line.why and line.status is not LineStatus.REJECTED:
            return f"{shown_category(line.category, line.category_name)}: {_why(line)}"
        if line.status in (LineStatus.DUPLICATE, LineStatus.REJECTED):
            return self._details(line)
        return line.line.description if line.line and column == DESCRIPTION else ""

    def _foreground(self, line: PreviewLine, column: int) -> QColor | None:
        scheme = colors()
        if column == AMOUNT and line.line is not None and line.line.money.amount > 0:
            return QColor(scheme.positive)
        if column not in (STATUS, DETAILS):
            return None
        kind = line_kind(line)
        if kind == "rejected":
            return QColor(scheme.negative)
        if kind == "unsure":
            return QColor(scheme.warning)
        if kind == "duplicate":
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if kind == "matched" and column == STATUS:
            return QColor(scheme.link)
        return None

    def _filtered(self) -> Sequence[int]:
        if self._filter == ALL:
            return range(len(self._lines))
        return [i for i, kind in enumerate(self._kinds) if kind == self._filter]

    def _changed(self, number: int) -> None:
        """Repaint the row of line `number` (if shown) and tell the dialog."""
        for row, position in enumerate(self._rows):
            if self._lines[position].number == number:
                self.dataChanged.emit(self.index(row, STATUS), self.index(row, DETAILS))
                break
        self.decisions_changed.emit()


def _alignment(column: int) -> Qt.AlignmentFlag:
    horizontal = (
        Qt.AlignmentFlag.AlignRight if column in (LINE, AMOUNT) else Qt.AlignmentFlag.AlignLeft
    )
    return horizontal | Qt.AlignmentFlag.AlignVCenter


def _entry_text(match: LineMatch, locale: str) -> str:
    """ "#12 Blue Bottle, 2 Nov 2026 (receipt, 1 photo)"."""
    count = match.attachments
    photos = ", " + translate("ImportTableModel", "%n photo(s)", "", count) if count else ""
    day = date_text(match.date, locale)
    return f"#{match.transaction_id} {match.name}, {day} ({match.source}{photos})"


def _match_tooltip(match: LineMatch, currency: str) -> str:
    """Everything about the entry a line merges into, and what the merge keeps."""
    amount = f"{match.money.amount} {match.money.currency}"
    same = translate(
        "ImportTableModel", "Same purchase as #{id}: {name}, {amount} on {date} ({source}, {apart})"
    )
    stays = translate(
        "ImportTableModel",
        "Its category ({category}), note and photos stay; it takes the bank's date and text.",
    )
    parts = [
        same.format(
            id=match.transaction_id,
            name=match.name,
            amount=amount,
            date=match.date.isoformat(),
            source=match.source,
            apart=_apart(match.days_apart),
        ),
        stays.format(category=match.category or translate("ImportTableModel", "none")),
    ]
    if match.memo:
        parts.append(translate("ImportTableModel", "Note: {note}").format(note=match.memo))
    rate = describe_rate(match, currency)
    if rate:
        parts.append(translate("ImportTableModel", "Rate paid: {rate}").format(rate=rate))
    return "\n".join(parts)


def _apart(days: int) -> str:
    """ "the same day", "1 day apart", "3 days apart"."""
    if days == 0:
        return translate("ImportTableModel", "the same day")
    return translate("ImportTableModel", "%n day(s) apart", "", days)


def _why(line: PreviewLine) -> str:
    """Why the line gets its category, in the window's language."""
    return shown_phrase(line.said_why) if line.said_why is not None else line.why
