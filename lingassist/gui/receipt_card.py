"""ReceiptCard: the receipt image beside its fields, editable, with Confirm and Discard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lingassist.gui.category_picker import CategoryPicker
from lingassist.gui.focus import chain_focus
from lingassist.gui.receipt_photo import ReceiptPhoto
from lingassist.services.receipts import ReceiptEdits, ScannedReceipt, edits_from_draft

if TYPE_CHECKING:
    from lingassist.gui.receipt_viewer import ReceiptViewer

DOUBTFUL = 0.6
FIELDS = ("merchant", "date", "total", "currency")


class ReceiptCard(QWidget):
    """One scanned receipt: focus a field to see where on the photo it was read."""

    confirmed = Signal(object)  # ReceiptEdits
    discarded = Signal()  # no payload

    def __init__(
        self, categories: list[tuple[str, str]], accounts: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._scanned: ScannedReceipt | None = None
        self._photo = QPixmap()
        self.image = ReceiptPhoto()
        self.image.clicked.connect(self.show_photo)
        self.inputs = {name: QLineEdit(objectName=f"receipt_{name}") for name in FIELDS}
        self.inputs["currency"].setMaxLength(3)
        self.memo = QLineEdit(placeholderText="A note of your own")
        self.category = CategoryPicker(categories, none_label="Uncategorized")
        self.category.setObjectName("receiptCategory")
        self.account = QComboBox(objectName="receiptAccount")
        self.account.addItems(accounts)
        self.details = QLabel(objectName="receiptDetails", wordWrap=True)
        self.warning = QLabel(objectName="receiptWarning", wordWrap=True)
        self.confirm_button = QPushButton(
            "Confirm",
            objectName="primaryButton",
            default=True,
            toolTip="Save it as an expense with the photo attached (Ctrl+Enter)",
        )
        self.confirm_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.discard_button = QPushButton(
            "Discard",
            objectName="secondaryButton",
            toolTip="Take it out of the inbox; nothing is saved",
        )
        self._build()
        for name, field in self.inputs.items():
            field.installEventFilter(self)
            field.setProperty("field", name)
        self.confirm_button.clicked.connect(lambda: self.confirmed.emit(self.edits()))
        self.discard_button.clicked.connect(self.discarded)
        chain_focus(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """The fields top to bottom, then Discard and Confirm."""
        fields = [self.inputs[name] for name in FIELDS]
        return [*fields, self.category, self.account, self.memo] + [
            self.discard_button,
            self.confirm_button,
        ]

    def show_receipt(self, scanned: ScannedReceipt) -> None:
        """Fill the card with a scanned receipt."""
        self._scanned = scanned
        self._photo = QPixmap()
        self._photo.loadFromData(scanned.preview_png)
        edits = edits_from_draft(scanned)
        values = {
            "merchant": edits.merchant,
            "date": edits.date,
            "total": edits.total,
            "currency": edits.currency,
        }
        for name, field in self.inputs.items():
            field.setText(values[name])
            field.setCursorPosition(0)
            doubtful = scanned.draft.confidence.get(name, 1.0) < DOUBTFUL or not values[name]
            field.setProperty("doubtful", doubtful)
            check = "Check this field: it was hard to read.\n" if doubtful else ""
            field.setToolTip(f"{check}Read as: {values[name]}" if values[name] else check.strip())
            field.style().unpolish(field)
            field.style().polish(field)
        self.category.select_code(edits.category or "")
        self.details.setText(_details(scanned))
        self.warning.setText(
            f"Already in the ledger (#{scanned.duplicate_of}): {scanned.duplicate_reason}."
            if scanned.duplicate_of is not None
            else ""
        )
        self.warning.setVisible(scanned.duplicate_of is not None)
        self.confirm_button.setEnabled(scanned.duplicate_of is None)
        self.highlight(None)

    def edits(self) -> ReceiptEdits:
        """The fields as they are now."""
        return ReceiptEdits(
            merchant=self.inputs["merchant"].text().strip(),
            date=self.inputs["date"].text().strip(),
            total=self.inputs["total"].text().strip(),
            currency=self.inputs["currency"].text().strip().upper(),
            category=self.category.currentData() or "",
            account=self.account.currentText(),
            memo=self.memo.text().strip(),
        )

    def highlight(self, field: str | None) -> None:
        """Draw the photo with the boxes the field was read from."""
        boxes = self._scanned.draft.boxes.get(field, ()) if self._scanned and field else ()
        scale = self._scanned.preview_scale if self._scanned else 1.0
        self.image.set_photo(self._photo, boxes, scale)

    def show_photo(self) -> ReceiptViewer | None:
        """The photo in a window of its own, zoomable (a click on the photo)."""
        if self._photo.isNull():
            return None
        from lingassist.gui.receipt_viewer import ReceiptViewer

        title = self.inputs["merchant"].text() or "Receipt"
        viewer = ReceiptViewer.of_picture(self._photo, f"Receipt: {title}", self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == event.Type.FocusIn:
            self.highlight(watched.property("field"))
        return super().eventFilter(watched, event)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow("Merchant", self.inputs["merchant"])
        form.addRow("Date", self.inputs["date"])
        form.addRow("Total", self.inputs["total"])
        form.addRow("Currency", self.inputs["currency"])
        form.addRow("Category", self.category)
        form.addRow("Paid from", self.account)
        form.addRow("Note", self.memo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.confirm_button)
        fields = QVBoxLayout()
        fields.addWidget(self.warning)
        fields.addLayout(form)
        fields.addWidget(self.details)
        fields.addStretch(1)
        fields.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addWidget(self.image, 1)
        row.addLayout(fields, 1)


def _details(scanned: ScannedReceipt) -> str:
    draft = scanned.draft
    parts = []
    if draft.tax is not None:
        parts.append(f"Tax {draft.tax}")
    if draft.payment_method:
        parts.append(f"Paid by {draft.payment_method}")
    parts.append(f"Read in {scanned.seconds:.1f} s")
    items = "\n".join(f"  {i.description}  {i.amount}" for i in draft.items[:8])
    more = f"\n  … and {len(draft.items) - 8} more" if len(draft.items) > 8 else ""
    return " · ".join(parts) + (f"\n\nItems:\n{items}{more}" if items else "")
