"""ReceiptCard: the receipt image beside its fields, editable, with Confirm and Discard."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
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
from lingassist.gui.translation import shown_account, shown_phrase
from lingassist.services.formatting import money_text
from lingassist.services.receipts import ReceiptEdits, ScannedReceipt, edits_from_draft

if TYPE_CHECKING:
    from lingassist.gui.receipt_viewer import ReceiptViewer

FIELDS = ("merchant", "date", "total", "currency")
translate = QCoreApplication.translate


class ReceiptCard(QWidget):
    """One scanned receipt: focus a field to see where on the photo it was read."""

    confirmed = Signal(object)  # ReceiptEdits
    discarded = Signal()  # no payload

    def __init__(
        self, categories: list[tuple[str, str]], accounts: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._scanned: ScannedReceipt | None = None
        self.image = ReceiptPhoto()
        self.image.clicked.connect(self.show_photo)
        self.inputs = {name: QLineEdit(objectName=f"receipt_{name}") for name in FIELDS}
        self.inputs["currency"].setMaxLength(3)
        self.memo = QLineEdit(placeholderText=self.tr("A note of your own"))
        self.category = CategoryPicker(categories, none_label=self.tr("Uncategorized"))
        self.category.setObjectName("receiptCategory")
        self.account = QComboBox(objectName="receiptAccount")
        for name in accounts:  # shown in the window's language, stored as the ledger names it
            self.account.addItem(shown_account(name), name)
        self.details = QLabel(objectName="receiptDetails", wordWrap=True)
        self.warning = QLabel(objectName="receiptWarning", wordWrap=True)
        self.confirm_button = QPushButton(
            self.tr("Confirm"),
            objectName="primaryButton",
            default=True,
            toolTip=self.tr("Save it as an expense with the photo attached (Ctrl+Enter)"),
        )
        self.confirm_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.discard_button = QPushButton(
            self.tr("Discard"),
            objectName="secondaryButton",
            toolTip=self.tr("Take it out of the inbox; nothing is saved"),
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
        photo = QPixmap()
        photo.loadFromData(scanned.preview_png)
        self.image.set_photo(photo)
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
            doubtful = not scanned.draft.is_confident(name) or not values[name]
            field.setProperty("doubtful", doubtful)
            check = self.tr("Check this field: it was hard to read.") + "\n" if doubtful else ""
            read_as = self.tr("Read as: {value}").format(value=values[name])
            field.setToolTip(check + read_as if values[name] else check.strip())
            field.style().unpolish(field)
            field.style().polish(field)
        self.category.select_code(edits.category or "")
        self.details.setText(_details(scanned))
        self.warning.setText(
            self.tr("Already in the ledger (#{id}): {reason}.").format(
                id=scanned.duplicate_of,
                reason=shown_phrase(scanned.said_duplicate)
                if scanned.said_duplicate
                else scanned.duplicate_reason,
            )
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
            account=self.account.currentData(),
            memo=self.memo.text().strip(),
        )

    def highlight(self, field: str | None) -> None:
        """Draw the photo with the boxes the field was read from."""
        boxes = self._scanned.draft.boxes.get(field, ()) if self._scanned and field else ()
        scale = self._scanned.preview_scale if self._scanned else 1.0
        self.image.set_photo(self.image.photo, boxes, scale)

    def show_photo(self) -> ReceiptViewer | None:
        """The photo in a window of its own, zoomable (a click on the photo)."""
        if self.image.photo.isNull():
            return None
        from lingassist.gui.receipt_viewer import ReceiptViewer

        title = self.inputs["merchant"].text() or self.tr("Receipt")
        viewer = ReceiptViewer.of_picture(
            self.image.photo, self.tr("Receipt: {merchant}").format(merchant=title), self
        )
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == event.Type.FocusIn:
            self.highlight(watched.property("field"))
        return super().eventFilter(watched, event)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Merchant"), self.inputs["merchant"])
        form.addRow(self.tr("Date"), self.inputs["date"])
        form.addRow(self.tr("Total"), self.inputs["total"])
        form.addRow(self.tr("Currency"), self.inputs["currency"])
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Paid from"), self.account)
        form.addRow(self.tr("Note"), self.memo)
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
    """The tax, payment, reading time and articles, numbers as the window's locale writes
    them ("TVA 1,23 €", "Lu en 0,7 s"; they showed "1.23" and "0.7" in a French window)."""
    draft = scanned.draft
    locale = QLocale()

    def shown(amount: Decimal) -> str:
        return money_text(amount, draft.currency, locale.name()) if draft.currency else str(amount)

    parts = []
    if draft.tax is not None:
        parts.append(translate("ReceiptCard", "Tax {amount}").format(amount=shown(draft.tax)))
    if draft.payment_method:
        paid_by = translate("ReceiptCard", "Paid by {method}")
        parts.append(paid_by.format(method=draft.payment_method))
    seconds = locale.toString(scanned.seconds, "f", 1)
    parts.append(translate("ReceiptCard", "Read in {seconds} s").format(seconds=seconds))
    items = "\n".join(f"  {i.description}  {shown(i.amount)}" for i in draft.items[:8])
    hidden = len(draft.items) - 8
    more = "\n  " + translate("ReceiptCard", "… and %n more", "", hidden) if hidden > 0 else ""
    heading = translate("ReceiptCard", "Items:")
    return " · ".join(parts) + (f"\n\n{heading}\n{items}{more}" if items else "")
