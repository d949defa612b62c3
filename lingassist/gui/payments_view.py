"""PaymentsView: drafts, pending and paid payments with their problems and QR code; payees.

Selecting a payment shows what a fresh check finds and, for a pending payment, the QR code
a banking app scans: EPC for euros, VietQR for dong paid into a bank in Vietnam. A draft
is recorded only through `PaymentDialog` (Cancel is its default button) and
`confirm_draft`; every write emits `changed`. Messages go to a page-level status line (never
over the QR code); the history (on unless "Show history" is unticked) lists paid and
cancelled payments after the others, read-only, with their status; a SEPA file for an
account without a holder name or IBAN asks for them inline (`AccountDetailsForm`, the form
of Settings → Accounts).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.errors import UserFacingError
from lingassist.gui.account_details_form import AccountDetailsForm
from lingassist.gui.focus import chain_focus
from lingassist.gui.payee_form import PayeeForm
from lingassist.gui.payment_dialog import PaymentDialog
from lingassist.gui.style import Colors, colors, show_kind, theme_changed
from lingassist.gui.translation import shown_account, shown_error, shown_language, shown_phrase
from lingassist.payments.draft import CheckedDraft
from lingassist.services import payment_drafts as drafts
from lingassist.services import payment_exports as exports
from lingassist.services import payments
from lingassist.services.context import AppContext
from lingassist.services.entries import newest_change, undo_last_said
from lingassist.services.formatting import date_text, money_text

QR_SIZE = 160  # a phone reads it from the screen; the payee form below fits a 768-high screen
CARD_WIDTH = 330  # the payment's card beside (or below) the list
SIDE_BY_SIDE_FROM = 700  # page width from which the list and the payees have a column of
# their own beside the card and the form (below it each stands above the other)
STACKED_LIST_HEIGHT = 140  # the payment list's least height when it stands above the card
STATUS_NAMES = {  # a payment's status (a state in code) as the list and card show it
    "open": QT_TRANSLATE_NOOP("PaymentsView", "Open"),
    "pending": QT_TRANSLATE_NOOP("PaymentsView", "Pending"),
    "paid": QT_TRANSLATE_NOOP("PaymentsView", "Paid"),
    "cancelled": QT_TRANSLATE_NOOP("PaymentsView", "Cancelled"),
    "blocked": QT_TRANSLATE_NOOP("PaymentsView", "Blocked"),
}
Approve = Callable[[CheckedDraft], bool]
ChoosePath = Callable[[str, str], Path | None]  # (suggested file name, filter) -> path


class PaymentsView(QWidget):
    """The Payments page."""

    changed = Signal()  # no payload: something was written; the window reloads its views

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        approve_payment: Approve | None = None,
        choose_path: ChoosePath | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._approve = approve_payment or self._ask_in_dialog
        self._choose_path = choose_path or self._ask_for_path
        self._shown: list[drafts.StoredDraft] = []
        self.payments = self._payment_tree()
        self.payees = QListWidget(objectName="payeeList", toolTip=self.tr("Your saved payees"))
        self.payees.setWordWrap(True)  # two-line items get their full height
        self.payee_form = PayeeForm(context)
        self.payee_form.saved.connect(self._payee_saved)
        self.show_history = QCheckBox(
            self.tr("Show history"),
            checked=True,
            toolTip=self.tr("Also list paid and cancelled payments, newest first (read-only)"),
        )
        self.show_history.toggled.connect(lambda _on: self.reload())
        self.account_form = AccountDetailsForm(context)
        self.account_form.hide()
        self.account_form.saved.connect(self._account_saved)
        self._sepa_payment: int | None = None
        self._build_detail()
        self._layout()
        self.reload()
        theme_changed().connect(self._recolor)
        chain_focus(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """The list, the selected payment's buttons, then payees and the payee form."""
        buttons = [
            self.confirm_button,
            self.discard_button,
            self.save_qr_button,
            self.save_vietqr_button,
            self.save_sepa_button,
            self.paid_button,
            self.cancel_button,
            self.undo_button,
        ]
        form = self.account_form
        return [
            self.show_history,
            self.payments,
            *buttons,
            form.holder,
            form.iban,
            form.bic,
            form.cancel_button,
            form.save_button,
            self.payees,
            *self.payee_form.focus_chain(),
        ]

    # -- public ---------------------------------------------------------------------

    @property
    def selected(self) -> drafts.StoredDraft | None:
        """The payment or draft selected in the list, if any."""
        item = self.payments.currentItem()
        return None if item is None else self._shown[self.payments.indexOfTopLevelItem(item)]

    def reload(self) -> None:
        """Read drafts, payments and payees again; keep the selection where possible."""
        keep, listed = self.selected, self._listed()
        self.payments.blockSignals(True)  # the rows and `_shown` change together
        self.payments.clear()
        self._shown = listed
        for stored in listed:
            self.payments.addTopLevelItem(self._item(stored))
        self.payments.blockSignals(False)
        self.payees.clear()
        for payee in payments.list_payees(self._context):
            self.payees.addItem(f"{payee.name}\n{payee.account_text}")
        self.empty.setVisible(not self._shown)
        index = self._index_of(keep) if keep else -1
        if index < 0 and self._shown:
            index = 0
        if index >= 0:
            self.payments.setCurrentItem(self.payments.topLevelItem(index))
        self._show_selected()

    def select_payment(self, transaction_id: int) -> None:
        """Select the payment recorded as this transaction."""
        for index, stored in enumerate(self._shown):
            if stored.transaction_id == transaction_id:
                self.payments.setCurrentItem(self.payments.topLevelItem(index))

    def confirm_selected(self) -> None:
        """Confirm the selected open draft through the dialog (Cancel is its default)."""
        stored = self.selected
        if stored is None or stored.id is None or stored.status != drafts.OPEN:
            return
        checked = CheckedDraft(stored.draft, stored.problems)
        if not self._approve(checked):
            self._say(self.tr("Not recorded: you cancelled."), error=False)
            return
        row = self._write(lambda: drafts.confirm_draft(self._context, stored.id or 0, checked))
        if row is not None:
            self.select_payment(row.id)
            self._say(
                self.tr(
                    "Payment to {payee} is pending: pay it with the QR code or SEPA file."
                ).format(payee=row.merchant)
            )

    def mark_paid_selected(self) -> None:
        """The bank has paid the selected pending payment."""
        stored, transaction_id = self.selected, self._pending_id()
        if stored is None or transaction_id is None:
            return
        if self._write(lambda: payments.mark_paid(self._context, transaction_id)):
            hint = (
                ""
                if self.show_history.isChecked()
                else " " + self.tr("Tick “Show history” to see it.")
            )
            marked = self.tr("Marked {payment} as paid.").format(
                payment=_payment_text(stored, self._context)
            )
            self._say(marked + hint, undoable=True)

    def cancel_selected(self) -> None:
        """Remove the selected pending payment (undoable)."""
        transaction_id = self._pending_id()
        if transaction_id is None:
            return
        if self._write(lambda: payments.cancel_payment(self._context, transaction_id)):
            self._say_done()

    def discard_selected(self) -> None:
        """Drop the selected open draft (undoable)."""
        stored = self.selected
        if stored is None or stored.id is None or stored.status != drafts.OPEN:
            return
        if self._write(lambda: drafts.discard_draft(self._context, stored.id or 0)):
            self._say_done()

    def _say_done(self) -> None:
        """Say what was just done as the change's label, in the window's language."""
        done = newest_change(self._context)
        self._say(f"{shown_phrase(done.phrase)}." if done else "", undoable=done is not None)

    def undo(self) -> None:
        """Undo the last change to the ledger."""
        undid = self._write(lambda: undo_last_said(self._context))
        if undid:
            self._say(shown_phrase(undid))

    def save_qr(self) -> None:
        """Save the selected pending payment's EPC QR code as a PNG."""
        transaction_id = self._pending_id()
        if transaction_id is None:
            return
        path = self._choose_path("payment-qr.png", self.tr("PNG image (*.png)"))
        if path is not None and self._run(
            lambda: exports.export_epc_qr(self._context, transaction_id, path)
        ):
            self._say(self.tr("Saved the QR code to {path}.").format(path=path))

    def save_vietqr(self) -> None:
        """Save the selected pending payment's VietQR code (VND, bank in Vietnam) as a PNG."""
        transaction_id = self._pending_id()
        if transaction_id is None:
            return
        path = self._choose_path("payment-vietqr.png", self.tr("PNG image (*.png)"))
        if path is not None and self._run(
            lambda: exports.export_vietqr(self._context, transaction_id, path)
        ):
            self._say(self.tr("Saved the VietQR code to {path}.").format(path=path))

    def save_sepa(self) -> None:
        """Save the selected pending payment as a SEPA file (pain.001)."""
        stored, transaction_id = self.selected, self._pending_id()
        if stored is None or transaction_id is None:
            return
        details = self._run(lambda: exports.bank_details(self._context, stored.draft.account))
        if details and not (details.holder_name and details.iban):
            self._sepa_payment = transaction_id
            self.account_form.ask(stored.draft.account)
            self._say(self.tr("A SEPA file needs the paying account's holder name and IBAN."))
            return
        path = self._choose_path("payment-sepa.xml", self.tr("SEPA credit transfer (*.xml)"))
        if path is not None and self._run(
            lambda: exports.export_pain001_from_account(self._context, [transaction_id], path)
        ):
            self._say(
                self.tr("Saved the SEPA file to {path}: upload it in your online banking.").format(
                    path=path
                )
            )

    # -- building -------------------------------------------------------------------

    def _payment_tree(self) -> QTreeWidget:
        tree = QTreeWidget(
            objectName="ledgerTable",
            toolTip=self.tr("Drafts, pending and paid payments; pick one"),
        )
        tree.setHeaderLabels(
            [self.tr("Status"), self.tr("Date"), self.tr("Payee"), self.tr("Amount")]
        )
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        header = tree.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        tree.currentItemChanged.connect(lambda *_: self._show_selected())
        return tree

    def _build_detail(self) -> None:
        self.heading = QLabel(objectName="cardTitle", wordWrap=True)
        self.facts = QLabel(
            wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.problems = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.qr = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.qr.setFixedSize(QR_SIZE, QR_SIZE)
        self.qr_caption = QLabel(
            self.tr("Scan with your banking app"),
            objectName="summaryCaption",
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self.confirm_button = QPushButton(
            self.tr("Confirm draft…"),
            objectName="primaryButton",
            toolTip=self.tr("Look it over once more, then record it as a pending payment"),
        )
        self.discard_button = QPushButton(
            self.tr("Discard draft"), toolTip=self.tr("Drop this draft (Undo brings it back)")
        )
        self.save_qr_button = QPushButton(
            self.tr("Save QR…"),
            toolTip=self.tr("Save the EPC QR code as a PNG for your banking app"),
        )
        self.save_vietqr_button = QPushButton(
            self.tr("Save VietQR…"),
            toolTip=self.tr("Save the VietQR code as a PNG for your banking app"),
        )
        self.save_sepa_button = QPushButton(
            self.tr("Save SEPA file…"),
            toolTip=self.tr("Save a pain.001 file to upload in your online banking"),
        )
        self.paid_button = QPushButton(
            self.tr("Mark as paid"),
            toolTip=self.tr("Your bank has paid it: post it to the ledger"),
        )
        self.cancel_button = QPushButton(
            self.tr("Cancel payment"),
            toolTip=self.tr("Remove this pending payment (Undo brings it back)"),
        )
        for button, slot in (
            (self.confirm_button, self.confirm_selected),
            (self.discard_button, self.discard_selected),
            (self.save_qr_button, self.save_qr),
            (self.save_vietqr_button, self.save_vietqr),
            (self.save_sepa_button, self.save_sepa),
            (self.paid_button, self.mark_paid_selected),
            (self.cancel_button, self.cancel_selected),
        ):
            button.clicked.connect(slot)
        self.feedback = QLabel(objectName="feedback", wordWrap=True)
        self.feedback.hide()  # shown with its first message
        self.undo_button = QPushButton(
            self.tr("Undo"),
            objectName="linkButton",
            toolTip=self.tr("Take the last change back (Ctrl+Z)"),
        )
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.empty = QLabel(
            self.tr("No payments yet. Type “pay Alice Martin 40 euros for dinner” below."),
            objectName="emptyState",
            wordWrap=True,
        )

    def _layout(self) -> None:
        detail = QFrame(objectName="actionCard")
        detail.setFixedWidth(CARD_WIDTH)
        column = QVBoxLayout(detail)
        column.setContentsMargins(14, 12, 14, 12)
        column.addWidget(self.heading)
        column.addWidget(self.facts)
        column.addWidget(self.problems)
        column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.qr_caption)
        buttons = QGridLayout()
        buttons.addWidget(self.confirm_button, 0, 0)
        buttons.addWidget(self.discard_button, 0, 1)
        buttons.addWidget(self.save_qr_button, 1, 0)
        buttons.addWidget(self.save_vietqr_button, 1, 0)  # shown instead of the EPC one
        buttons.addWidget(self.save_sepa_button, 1, 1)
        buttons.addWidget(self.paid_button, 2, 0)
        buttons.addWidget(self.cancel_button, 2, 1)
        column.addLayout(buttons)
        column.addStretch(1)
        self._top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addWidget(self.payments, 1)
        top.addWidget(detail, 0, Qt.AlignmentFlag.AlignLeft)
        status = QHBoxLayout()  # page-level: a long message wraps here, never over the QR
        status.addWidget(self.feedback, 1)
        status.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        self._payees_row = payees = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        payees.addWidget(self.payees, 1)
        payees.addWidget(self.payee_form, 1)
        layout = QVBoxLayout(self)
        title = QHBoxLayout()
        title.addWidget(QLabel(self.tr("Payments"), objectName="pageTitle"), 1)
        title.addWidget(self.show_history, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(title)
        layout.addWidget(self.empty)
        layout.addLayout(top, 3)
        layout.addLayout(status)
        layout.addWidget(self.account_form)
        layout.addWidget(QLabel(self.tr("PAYEES"), objectName="sectionLabel"))
        layout.addLayout(payees, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """In a narrow page (half a 1366 screen) the payment list stands above its card and
        the payees above their form, each the page's width, instead of a squeezed column
        that scrolls sideways."""
        side_by_side = event.size().width() >= SIDE_BY_SIDE_FROM
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        self._top.setDirection(direction)
        self._payees_row.setDirection(direction)
        self.payments.setMinimumHeight(0 if side_by_side else STACKED_LIST_HEIGHT)
        super().resizeEvent(event)

    # -- showing ----------------------------------------------------------------------

    def _item(self, stored: drafts.StoredDraft) -> QTreeWidgetItem:
        draft, locale = stored.draft, self._context.settings.locale
        status = "blocked" if stored.status == drafts.OPEN and stored.blocked else stored.status
        item = QTreeWidgetItem(
            [
                self.tr(STATUS_NAMES.get(status, status)),
                date_text(draft.execution_date, locale),
                draft.payee or "?",
                money_text(draft.amount, draft.currency, locale),
            ]
        )
        item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(0, Qt.ItemDataRole.UserRole, status)
        _color_status(item)
        return item

    def _recolor(self) -> None:
        for index in range(self.payments.topLevelItemCount()):
            _color_status(self.payments.topLevelItem(index))
        self._show_selected()

    def _show_selected(self) -> None:
        stored = self.selected
        is_open = stored is not None and stored.status == drafts.OPEN and stored.id is not None
        is_pending = stored is not None and stored.status == drafts.PENDING
        self.confirm_button.setVisible(is_open)
        self.discard_button.setVisible(is_open)
        vietnamese = stored is not None and stored.draft.is_vietnamese_account
        for button in (self.save_qr_button, self.save_sepa_button):
            button.setVisible(is_pending and not vietnamese)
        self.save_vietqr_button.setVisible(is_pending and vietnamese)
        self.paid_button.setVisible(is_pending)
        self.cancel_button.setVisible(is_pending)
        self.confirm_button.setEnabled(stored is not None and not stored.blocked)
        if stored is None:
            self.heading.setText(self.tr("Select a payment"))
            self.facts.clear()
            self.problems.clear()
            self._show_qr(None)
            return
        self._show_facts(stored)
        has_code = stored.draft.currency in ("EUR", "VND")
        self._show_qr(stored if is_pending and has_code else None)

    def _show_facts(self, stored: drafts.StoredDraft) -> None:
        draft, locale = stored.draft, self._context.settings.locale
        amount = money_text(draft.amount, draft.currency, locale)
        number = (
            self.tr("Draft #{id}").format(id=stored.id)
            if stored.id is not None
            else self.tr("Payment T{id}").format(id=stored.transaction_id)
        )
        self.heading.setText(
            self.tr("{amount} to {payee}").format(amount=amount, payee=draft.payee or "?")
        )
        status = self.tr(STATUS_NAMES.get(stored.status, stored.status)).lower()
        self.facts.setText(
            self.tr(
                "{number} · {status}\n{account_kind}  {account}\nOn  {date}  ·  from {paid_from}\n"
                "Reference  {reference}\n{in_words}"
            ).format(
                number=number,
                status=status,
                account_kind=self.tr("Bank") if draft.is_vietnamese_account else "IBAN",
                account=draft.account_text or self.tr("— not saved"),
                date=date_text(draft.execution_date, locale),
                paid_from=shown_account(draft.account),
                reference=draft.reference or "—",
                in_words=draft.words_in(shown_language()),
            )
        )
        scheme = colors()
        lines = [
            f"<p style='color:{scheme.negative if p.blocking else scheme.warning}; margin:2px 0'>"
            f"{'⚠' if p.blocking else self.tr('Check:')} {_html(shown_phrase(p.said))}</p>"
            for p in stored.problems
        ]
        self.problems.setText("".join(lines))
        self.problems.setVisible(bool(lines))

    def _show_qr(self, stored: drafts.StoredDraft | None) -> None:
        pixmap = QPixmap()
        if stored is not None and stored.transaction_id is not None:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "qr.png"
                try:
                    export = (
                        exports.export_vietqr
                        if stored.draft.is_vietnamese_account
                        else exports.export_epc_qr
                    )
                    export(self._context, stored.transaction_id, path)
                    pixmap.load(str(path))
                except UserFacingError as error:
                    self._say(shown_error(error), error=True)
        shown = not pixmap.isNull()
        if shown:
            self.qr.setPixmap(_fit(pixmap, QR_SIZE))
        self.qr.setVisible(shown)
        self.qr_caption.setVisible(shown)

    # -- doing ------------------------------------------------------------------------

    def _write(self, action):  # type: ignore[no-untyped-def]
        """Run a write; on success reload and emit `changed`; show a refusal."""
        result = self._run(action)
        if result:
            self.reload()
            self.changed.emit()
        return result

    def _run(self, action):  # type: ignore[no-untyped-def]
        try:
            return action() or True
        except UserFacingError as error:
            self._say(shown_error(error), error=True)
            return None

    def _listed(self) -> list[drafts.StoredDraft]:
        """Open drafts and pending payments; then, with "Show history", paid and cancelled
        payments, newest first."""
        listed = [s for s in drafts.list_drafts(self._context) if s.status != drafts.PAID]
        if self.show_history.isChecked():
            listed += drafts.payment_history(self._context)
        return listed

    def _account_saved(self, account: str) -> None:
        """The paying account's details are set: on to the SEPA file it was asked for."""
        self._say(self.tr("Saved {account}'s bank details.").format(account=account))
        self.changed.emit()
        if self._sepa_payment is not None:
            self.select_payment(self._sepa_payment)
            self._sepa_payment = None
            self.save_sepa()

    def _pending_id(self) -> int | None:
        stored = self.selected
        if stored is None or stored.status != drafts.PENDING:
            return None
        return stored.transaction_id

    def _index_of(self, wanted: drafts.StoredDraft) -> int:
        for index, stored in enumerate(self._shown):
            same_draft = wanted.id is not None and stored.id == wanted.id
            same_payment = wanted.transaction_id is not None and (
                stored.transaction_id == wanted.transaction_id
            )
            if same_draft or same_payment:
                return index
        return -1

    def _say(self, text: str, *, error: bool = False, undoable: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))
        show_kind(self.feedback, "error" if error else "success")
        self.undo_button.setVisible(undoable)

    def _payee_saved(self, name: str) -> None:
        self.reload()
        self._say(self.tr("Saved payee {name}.").format(name=name), undoable=True)
        self.changed.emit()

    def _ask_in_dialog(self, checked: CheckedDraft) -> bool:
        dialog = PaymentDialog(checked, self._context.settings.locale, self)
        return dialog.exec() == PaymentDialog.DialogCode.Accepted

    def _ask_for_path(self, name: str, filter_text: str) -> Path | None:
        start = str(Path.home() / name)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), start, filter_text)
        return Path(chosen) if chosen else None


def _status_color(scheme: Colors, status: str) -> str:
    """The colour of a status word: open amber, pending accent, paid green, blocked red."""
    return {
        "open": scheme.warning,
        "pending": scheme.link,
        "paid": scheme.positive,
        "blocked": scheme.negative,
    }.get(status, "")


def _color_status(item: QTreeWidgetItem) -> None:
    color = _status_color(colors(), str(item.data(0, Qt.ItemDataRole.UserRole)))
    item.setForeground(0, QBrush(QColor(color)) if color else QBrush())


def _payment_text(stored: drafts.StoredDraft, context: AppContext) -> str:
    """'the payment of €40.50 to Alice Martin'."""
    draft = stored.draft
    amount = money_text(draft.amount, draft.currency, context.settings.locale)
    return QCoreApplication.translate("PaymentsView", "the payment of {amount} to {payee}").format(
        amount=amount, payee=draft.payee or "?"
    )


def _fit(pixmap: QPixmap, side: int) -> QPixmap:
    """Shrink a QR code to about `side` pixels: by a whole divisor when that is exact and
    keeps it at least nine tenths of `side` (crisp, even modules), else smoothly to `side`
    (even modules, softer edges)."""
    divisor = -(-pixmap.width() // side)  # ceiling
    if pixmap.width() % divisor == 0 and pixmap.width() // divisor * 10 >= side * 9:
        target, mode = pixmap.width() // divisor, Qt.TransformationMode.FastTransformation
    else:
        target, mode = side, Qt.TransformationMode.SmoothTransformation
    return pixmap.scaled(target, target, Qt.AspectRatioMode.KeepAspectRatio, mode)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
