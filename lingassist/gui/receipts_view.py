"""ReceiptsView: the receipt inbox (each file's status) and the card of the one selected."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.errors import Cancelled, UserFacingError
from lingassist.gui.focus import chain_focus
from lingassist.gui.job_status import READING
from lingassist.gui.long_words import breakable
from lingassist.gui.receipt_card import ReceiptCard
from lingassist.gui.translation import shown_error
from lingassist.gui.worker import Jobs
from lingassist.services.context import AppContext
from lingassist.services.formatting import money_text
from lingassist.services.receipts import (
    ReceiptEdits,
    ReceiptReader,
    ScannedReceipt,
    confirm_receipt,
    edits_from_draft,
    scan_receipt,
    sure_to_save,
)

INBOX_WIDTH = 190
ITEM_PADDING = 6  # an inbox item's padding on each side (QListWidget#receiptInbox, style.py)
INBOX_HEIGHT_ABOVE = 96  # the inbox's height when it stands above the card
SIDE_BY_SIDE_FROM = 640  # page width from which the inbox stands beside the card
QWIDGETSIZE_MAX = (1 << 24) - 1
IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.heic *.heif *.pdf"
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "ReceiptsView",
    "Drop receipt photos or PDFs anywhere on the window,\nor add them with “Add files…”.\n\n"
    "They are read on this computer; nothing is saved until you confirm.",
)
STATUS_NAMES = {  # an entry's status (a state, compared in code) as the inbox shows it
    "Queued": QT_TRANSLATE_NOOP("ReceiptsView", "Queued"),
    "Ready": QT_TRANSLATE_NOOP("ReceiptsView", "Ready"),
    "Check": QT_TRANSLATE_NOOP("ReceiptsView", "Check the marked fields"),
    "Duplicate": QT_TRANSLATE_NOOP("ReceiptsView", "Duplicate"),
    "Cancelled": QT_TRANSLATE_NOOP("ReceiptsView", "Cancelled"),
    "Failed": QT_TRANSLATE_NOOP("ReceiptsView", "Failed"),
    "Saved": QT_TRANSLATE_NOOP("ReceiptsView", "Saved"),
}
translate = QCoreApplication.translate


@dataclass
class InboxEntry:
    """One dropped file and where it is in its life (GUI state, changes as it is read)."""

    path: Path
    status: str = "Queued"
    scanned: ScannedReceipt | None = None
    error: str = ""
    saved_as: int | None = None

    @property
    def ready(self) -> bool:
        """Read, not a duplicate, not saved yet."""
        return (
            self.scanned is not None and self.saved_as is None and self.scanned.duplicate_of is None
        )

    @property
    def sure(self) -> bool:
        """Ready, and its total, date and merchant were all read surely (`sure_to_save`):
        "Confirm all ready" saves it without a look."""
        return self.ready and self.scanned is not None and sure_to_save(self.scanned)


class ReceiptsView(QWidget):
    """Receipts being read, ready to check, or saved."""

    saved = Signal()  # no payload: the ledger changed
    count_changed = Signal(int)  # receipts read and waiting for the person to check

    def __init__(
        self,
        context: AppContext,
        reader: ReceiptReader,
        jobs: Jobs,
        categories: list[tuple[str, str]],
        accounts: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._reader = reader
        self._jobs = jobs
        self.entries: list[InboxEntry] = []
        self.inbox = QListWidget(
            objectName="receiptInbox",
            toolTip=self.tr("Receipts dropped or added; pick one to check it"),
        )
        self.inbox.setMinimumWidth(INBOX_WIDTH)
        self.inbox.setWordWrap(True)  # a long line wraps (whole in the tooltip), never scrolls
        self.inbox.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inbox.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.inbox.setItemDelegate(_WrapInsidePadding(self.inbox))
        self.card = ReceiptCard(categories, accounts)
        self._empty = QLabel(
            self.tr(EMPTY_TEXT),
            alignment=Qt.AlignmentFlag.AlignCenter,
            objectName="emptyState",
            wordWrap=True,
        )
        self._stack = QStackedWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self.card)
        self.add_button = QPushButton(
            self.tr("Add files…"),
            toolTip=self.tr("Choose receipt photos or PDFs (or drop them on the window)"),
        )
        self.confirm_all_button = QPushButton(
            self.tr("Confirm all ready"),
            toolTip=self.tr(
                "Save the receipts read with a sure total, date and shop; the rest wait for you"
            ),
        )
        self._build()
        self.inbox.currentRowChanged.connect(self._show_entry)
        self.add_button.clicked.connect(self._pick_files)
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self.card.confirmed.connect(self._confirm_current)
        self.card.discarded.connect(self._discard_current)
        chain_focus(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """The buttons at the top, the inbox, then the card's fields and buttons."""
        return [self.add_button, self.confirm_all_button, self.inbox, *self.card.focus_chain()]

    def add_files(self, paths: list[Path]) -> None:
        """Queue files and start reading each in the background."""
        for path in paths:
            entry = InboxEntry(path)
            self.entries.append(entry)
            self.inbox.addItem(QListWidgetItem())
            self._refresh(entry)
            self._jobs.start(
                f"Reading {path.name}",
                lambda progress, cancelled, p=path: scan_receipt(
                    self._context, p, self._reader, progress, cancelled
                ),
                on_done=lambda scanned, e=entry: self._read(e, scanned),
                on_error=lambda error, e=entry: self._failed(e, error),
                on_progress=lambda fraction, _message, e=entry: self._progress(e, fraction),
            )
        if self.inbox.currentRow() < 0 and self.entries:
            self.inbox.setCurrentRow(0)
        self._count()

    def confirm_all(self) -> None:
        """Confirm every ready receipt whose total, date and merchant were all read surely,
        as read (with the default account); a receipt with a doubtful field waits for the
        person to check it on its card."""
        for entry in [e for e in self.entries if e.sure]:
            assert entry.scanned is not None
            self._confirm(entry, edits_from_draft(entry.scanned))

    # -- reading ----------------------------------------------------------------------

    def _read(self, entry: InboxEntry, scanned: ScannedReceipt) -> None:
        entry.scanned = scanned
        if scanned.duplicate_of is not None:
            entry.status = "Duplicate"
        else:  # a doubtful field: "Confirm all ready" leaves it for the person to check
            entry.status = "Ready" if entry.sure else "Check"
        self._refresh(entry)
        if self._current() is entry:
            self._show_entry(self.inbox.currentRow())
        self._count()

    def _failed(self, entry: InboxEntry, error: BaseException) -> None:
        entry.status = "Cancelled" if isinstance(error, Cancelled) else "Failed"
        entry.error = (
            shown_error(error)
            if isinstance(error, UserFacingError)
            else self.tr("Could not read it ({error}).").format(error=error)
        )
        self._refresh(entry)
        if self._current() is entry:
            self._show_entry(self.inbox.currentRow())
        self._count()

    def _progress(self, entry: InboxEntry, fraction: float) -> None:
        if entry.scanned is None and not entry.error:
            entry.status = f"Reading {int(fraction * 100)}%"
            self._refresh(entry)

    # -- the card ---------------------------------------------------------------------

    def _show_entry(self, row: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        if entry is None or entry.scanned is None:
            self._empty.setText(breakable(_waiting_text(entry)) if entry else self.tr(EMPTY_TEXT))
            self._stack.setCurrentWidget(self._empty)
            return
        self.card.show_receipt(entry.scanned)
        if entry.saved_as is not None:
            self.card.warning.setText(
                self.tr("Saved as transaction #{id}.").format(id=entry.saved_as)
            )
            self.card.warning.show()
            self.card.confirm_button.setEnabled(False)
        self._stack.setCurrentWidget(self.card)

    def _confirm_current(self, edits: ReceiptEdits) -> None:
        entry = self._current()
        if entry is not None and entry.scanned is not None:
            self._confirm(entry, edits)
            self._show_entry(self.inbox.currentRow())

    def _confirm(self, entry: InboxEntry, edits: ReceiptEdits) -> None:
        assert entry.scanned is not None
        try:
            result = confirm_receipt(self._context, entry.scanned, edits)
        except UserFacingError as error:
            entry.error = shown_error(error)
            self.card.warning.setText(entry.error)
            self.card.warning.show()
            return
        entry.saved_as, entry.status, entry.error = result.row.id, "Saved", ""
        self._refresh(entry)
        self._count()
        self.saved.emit()

    def _discard_current(self) -> None:
        row = self.inbox.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self.inbox.takeItem(row)
            self._show_entry(self.inbox.currentRow())
            self._count()

    # -- helpers ----------------------------------------------------------------------

    def _current(self) -> InboxEntry | None:
        row = self.inbox.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _refresh(self, entry: InboxEntry) -> None:
        item = self.inbox.item(self.entries.index(entry))
        summary = _summary(entry.scanned) if entry.scanned else ""
        text = f"{entry.path.name}\n{status_text(entry.status)}{summary}"
        item.setText(text)
        item.setToolTip(f"{text}\n\n{entry.error or entry.path}")

    def _count(self) -> None:
        """The badge counts what waits for the person: read, not saved, not a duplicate
        (a failed or duplicate file stays in the inbox, but nothing is asked of anyone)."""
        self.count_changed.emit(sum(1 for e in self.entries if e.ready))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """The inbox beside the card, or above it (a few lines high) in a narrow window."""
        side_by_side = event.size().width() >= SIDE_BY_SIDE_FROM
        self._body.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        self.inbox.setMaximumHeight(QWIDGETSIZE_MAX if side_by_side else INBOX_HEIGHT_ABOVE)
        self.inbox.setMinimumWidth(INBOX_WIDTH if side_by_side else 0)
        self.inbox.setMaximumWidth(INBOX_WIDTH + 40 if side_by_side else QWIDGETSIZE_MAX)
        super().resizeEvent(event)

    def _pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add receipts"),
            str(Path.home()),
            self.tr("Receipts ({patterns})").format(patterns=IMAGE_PATTERNS),
        )
        self.add_files([Path(name) for name in names])

    def _build(self) -> None:
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Receipts"), objectName="pageTitle"))
        header.addStretch(1)
        header.addWidget(self.add_button)
        header.addWidget(self.confirm_all_button)
        self._body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addWidget(self.inbox)
        body.addWidget(self._stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(body, 1)


class _WrapInsidePadding(QStyledItemDelegate):
    """Wraps an item's text at the width left inside its padding: Qt measured it at the
    item's whole width and added the padding after, so a line that fitted the item but not
    its inside was elided ("GREEN LEAF MARKET · 18.78 …") instead of wrapped."""

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        inside = QStyleOptionViewItem(option)
        inside.rect.setWidth(max(option.rect.width() - 2 * ITEM_PADDING, 1))
        return super().sizeHint(inside, index)


def _waiting_text(entry: InboxEntry) -> str:
    if entry.error:
        return f"{entry.path.name}\n\n{entry.error}"
    return f"{entry.path.name}\n\n{status_text(entry.status)}…"


def status_text(status: str) -> str:
    """An entry's status in the window's language ("Reading 40%" -> "Lecture 40 %")."""
    if status.startswith(READING):
        percent = status.removeprefix(READING)
        return translate("ReceiptsView", "Reading {percent}").format(percent=percent)
    return translate("ReceiptsView", STATUS_NAMES[status]) if status in STATUS_NAMES else status


def _summary(scanned: ScannedReceipt) -> str:
    """The shop and its total, as the window's locale writes money ("GREEN LEAF MARKET ·
    18,78 €" in French; it showed "18.78 EUR" in every language)."""
    draft = scanned.draft
    if draft.total is None or not draft.currency:
        total = f"{'?' if draft.total is None else draft.total} {draft.currency}".strip()
    else:
        total = money_text(draft.total, draft.currency, QLocale().name())
    return f"\n{draft.merchant or '?'} · {total}"
