"""ActionCard: a proposed change with each field and the words it came from."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lingassist.gui.line_first_label import LineFirstLabel
from lingassist.gui.long_words import breakable
from lingassist.gui.style import show_kind
from lingassist.gui.translation import shown_account, shown_category, shown_language, shown_phrase
from lingassist.services.actions import CardField, Proposal
from lingassist.services.formatting import date_text

SHORT_VALUE = 26  # characters of a field's value that stay on one line
MIN_LABEL_CHARACTERS = 8  # a card's texts wrap down to about this many characters a line

if TYPE_CHECKING:
    from lingassist.services.entries import ChangeRef

FIELD_LABELS = (  # the labels services.actions gives a card's fields, shown translated
    QT_TRANSLATE_NOOP("ActionCard", "Amount"),
    QT_TRANSLATE_NOOP("ActionCard", "From"),
    QT_TRANSLATE_NOOP("ActionCard", "Merchant"),
    QT_TRANSLATE_NOOP("ActionCard", "Category"),
    QT_TRANSLATE_NOOP("ActionCard", "Account"),
    QT_TRANSLATE_NOOP("ActionCard", "Date"),
    QT_TRANSLATE_NOOP("ActionCard", "Repeats"),
    QT_TRANSLATE_NOOP("ActionCard", "Note"),
    QT_TRANSLATE_NOOP("ActionCard", "Your share"),
    QT_TRANSLATE_NOOP("ActionCard", "Owed to you"),
    QT_TRANSLATE_NOOP("ActionCard", "Each month"),
    QT_TRANSLATE_NOOP("ActionCard", "Move"),
    QT_TRANSLATE_NOOP("ActionCard", "To"),
    QT_TRANSLATE_NOOP("ActionCard", "Pay"),
    QT_TRANSLATE_NOOP("ActionCard", "Bank"),
    QT_TRANSLATE_NOOP("ActionCard", "IBAN"),
    QT_TRANSLATE_NOOP("ActionCard", "On"),
    QT_TRANSLATE_NOOP("ActionCard", "Reference"),
    QT_TRANSLATE_NOOP("ActionCard", "Removes"),  # an undo card's lines (services.entries)
    QT_TRANSLATE_NOOP("ActionCard", "Restores"),
    QT_TRANSLATE_NOOP("ActionCard", "Brings back"),
    QT_TRANSLATE_NOOP("ActionCard", "Replaces"),  # a correction of a saved entry
)
CARD_TITLES = (  # the titles services.actions gives a card (CardTitle.template), translated
    QT_TRANSLATE_NOOP("ActionCard", "Add expense {amount}"),
    QT_TRANSLATE_NOOP("ActionCard", "Add expense {amount} at {where}"),
    QT_TRANSLATE_NOOP("ActionCard", "Add income {amount}"),
    QT_TRANSLATE_NOOP("ActionCard", "Add income {amount} from {where}"),
    QT_TRANSLATE_NOOP("ActionCard", "Add refund {amount}"),
    QT_TRANSLATE_NOOP("ActionCard", "Add refund {amount} from {where}"),
    QT_TRANSLATE_NOOP("ActionCard", "Add shared expense {amount}"),
    QT_TRANSLATE_NOOP("ActionCard", "Add shared expense {amount} at {where}"),
    QT_TRANSLATE_NOOP("ActionCard", "Set a monthly budget of {amount} for {category}"),
    QT_TRANSLATE_NOOP("ActionCard", "Move 1 {merchant} transaction to {category}"),
    QT_TRANSLATE_NOOP("ActionCard", "Move {count} {merchant} transactions to {category}"),
    QT_TRANSLATE_NOOP("ActionCard", "Move your latest transaction to {category}"),
    QT_TRANSLATE_NOOP("ActionCard", "Move the {amount} {merchant} transaction to {category}"),
    QT_TRANSLATE_NOOP("ActionCard", "Move the {amount} transaction to {category}"),
    QT_TRANSLATE_NOOP("ActionCard", "Move {amount} from {origin} to {target}"),
    QT_TRANSLATE_NOOP("ActionCard", "Pay {amount} to {payee}"),
    QT_TRANSLATE_NOOP("ActionCard", "Pay {amount}"),
    QT_TRANSLATE_NOOP("ActionCard", "Undo"),
    QT_TRANSLATE_NOOP("ActionCard", "Undo: {change}"),
    QT_TRANSLATE_NOOP("ActionCard", "Change the saved {old} entry to {amount}"),
    QT_TRANSLATE_NOOP("ActionCard", "Change the saved {old} entry to {amount} at {where}"),
    QT_TRANSLATE_NOOP("ActionCard", "Change the saved {old} entry to {amount} from {where}"),
    # the same figure, something else changed ("no, yesterday", "+ Kim")
    QT_TRANSLATE_NOOP("ActionCard", "Change the saved {amount} entry"),
    QT_TRANSLATE_NOOP("ActionCard", "Change the saved {amount} entry at {where}"),
    QT_TRANSLATE_NOOP("ActionCard", "Change the saved {amount} entry from {where}"),
)
UNCATEGORIZED = QT_TRANSLATE_NOOP("ActionCard", "Uncategorized")


class ActionCard(QFrame):
    """Confirm (Enter) carries it out; Cancel (Esc) discards it, writing nothing; Edit puts
    the words back in the input line."""

    confirm_clicked = Signal()  # no payload
    edit_clicked = Signal()  # no payload
    cancel_clicked = Signal()  # no payload: Cancel, or Esc on the card
    undo_clicked = Signal()  # no payload

    def __init__(self, proposal: Proposal, parent: QFrame | None = None) -> None:
        super().__init__(parent, objectName="actionCard")
        self.proposal = proposal
        self.change: ChangeRef | None = None  # what the Undo button may take back, once done
        self._decided = False
        self.failure: str | None = None  # why the last confirm did not write, while it shows
        self.title = _wrapping(self._title(), "cardTitle")
        self.status = QLabel(objectName="cardStatus", wordWrap=True)
        self.confirm_button = QPushButton(
            self.tr("Confirm  ⏎"),
            objectName="primaryButton",
            toolTip=self.tr("Carry it out (Enter in the empty command line)"),
        )
        self.edit_button = QPushButton(
            self.tr("Edit"),
            objectName="secondaryButton",
            toolTip=self.tr("Put the words back in the command line to change them"),
        )
        self.cancel_button = QPushButton(
            self.tr("Cancel  Esc"),
            objectName="secondaryButton",
            toolTip=self.tr("Discard this card; nothing is recorded (Esc, or say “cancel that”)"),
        )
        self.undo_button = QPushButton(
            self.tr("Undo"),
            objectName="linkButton",
            flat=True,
            toolTip=self.tr("Take it back (Ctrl+Z)"),
        )
        self.undo_button.hide()
        if not proposal.editable:  # no words to put back: a bill's payment code
            self.edit_button.hide()
        grid = QGridLayout()
        for row, field in enumerate(proposal.fields):
            grid.addWidget(QLabel(self.tr(field.label), objectName="cardLabel"), row, 0)
            shown = self._value(field)
            value = _wrapping(shown, "cardValue")
            value.setWordWrap(len(shown) > SHORT_VALUE)  # "Landlord Ltd" stays whole
            grid.addWidget(value, row, 1)
            source = self.tr("from “{words}”").format(words=field.source) if field.source else ""
            where = _wrapping(source, "cardSource")
            where.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(where, row, 2)  # the values get their width first
        grid.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        for problem in proposal.problems:
            layout.addWidget(_wrapping(f"⚠ {shown_phrase(problem)}", "cardProblem"))
        for warning in proposal.warnings:
            checked = self.tr("Check: {warning}").format(warning=shown_phrase(warning))
            layout.addWidget(_wrapping(checked, "cardWarning"))
        layout.addLayout(buttons)
        self.confirm_button.setEnabled(not proposal.problems)
        self.confirm_button.clicked.connect(self.confirm_clicked)
        self.edit_button.clicked.connect(self.edit_clicked)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.undo_button.clicked.connect(self.undo_clicked)

    @property
    def title_text(self) -> str:
        """The card's title as the window says it (unbroken)."""
        return self._title()

    def _title(self) -> str:
        """The card's title in the window's language, its category and accounts too."""
        heading, command = self.proposal.heading, self.proposal.command
        if heading is None:
            return self.proposal.title
        values = dict(heading.values)
        if "category" in values and command.category:
            values["category"] = shown_category(command.category, values["category"])
        for key in ("origin", "target"):
            if key in values:
                values[key] = shown_account(values[key])
        if "change" in values and self.proposal.undoes is not None:  # an undo card's change
            values["change"] = shown_phrase(self.proposal.undoes.phrase)
        return self.tr(heading.template).format(**values)

    def _value(self, field: CardField) -> str:
        """A field's value as the window shows it: a category or an account LingAssist
        named in the window's language; what LingAssist wrote in words, in that language
        too (a payment's amount in words included); other values as written."""
        command = self.proposal.command
        if field.phrase is not None:
            payment = self.proposal.payment
            words = {"in_words": payment.draft.words_in(shown_language())} if payment else {}
            return shown_phrase(field.phrase, **words)
        names_category = field.label == "Category" or (
            field.label == "To" and command.intent.value == "recategorize"
        )
        if names_category:
            if command.category:
                return shown_category(command.category, field.value)
            return self.tr(UNCATEGORIZED) if field.value == UNCATEGORIZED else field.value
        moves = command.intent.value in ("transfer", "draft_payment")
        if field.label == "Account" or (field.label in ("From", "To") and moves):
            return shown_account(field.value)
        if field.label in DATED:
            return _shown_date(field.value)
        return field.value

    def focus_chain(self) -> list[QWidget]:
        """Its buttons in Tab order, as they stand left to right."""
        return [self.undo_button, self.edit_button, self.cancel_button, self.confirm_button]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:  # from a focused button, which ignores Esc
            self.cancel_clicked.emit()
            return
        super().keyPressEvent(event)

    @property
    def open(self) -> bool:
        """True while it waits for a decision (even one it cannot take: it has problems)."""
        return not self._decided

    def mark_done(self, message: str, *, change: ChangeRef | None = None) -> None:
        """Show what happened; offer Undo when there is a `change` to take back."""
        self._decided = True
        self.change = change
        self.failure = None
        show_kind(self.status, "")
        self.status.setText(f"✓ {message}")
        self._hide_choices()
        self.undo_button.setVisible(change is not None)

    def mark_failed(self, message: str, *, lasting: bool = True) -> None:
        """Say why the card could not do what was asked, in the colour of an error; the card
        keeps its choices (Edit puts the words back, Esc discards). A `lasting` reason is
        still shown once the card is replaced; advice on what to press is not."""
        self.failure = message if lasting else None
        show_kind(self.status, "error")
        self.status.setText(message)

    def mark_note(self, message: str) -> None:
        """A quiet note under a card still waiting ("Not recorded: you cancelled.")."""
        show_kind(self.status, "closed")
        self.status.setText(message)

    def mark_closed(self, message: str) -> None:
        """The card was cancelled, edited away, undone or replaced: said in a quiet colour,
        never the colour of something written."""
        self._decided = True
        show_kind(self.status, "closed")
        self.status.setText(message)
        self._hide_choices()
        self.undo_button.hide()

    def _hide_choices(self) -> None:
        for button in (self.confirm_button, self.edit_button, self.cancel_button):
            button.hide()


def _wrapping(text: str, name: str) -> QLabel:
    """A label that wraps, even inside a long name or IBAN, so a card never widens the
    conversation; the exact text is its tooltip when it had to be broken."""
    shown = breakable(text)
    label = LineFirstLabel(shown, objectName=name, wordWrap=True)
    label.setToolTip(text if shown != text else "")
    label.setMinimumWidth(label.fontMetrics().averageCharWidth() * MIN_LABEL_CHARACTERS)
    return label


DATED = ("Date", "On")  # the fields whose value is a day ("2026-12-03")


def _shown_date(value: str) -> str:
    """A card's ISO day as the window's locale writes it ("3 déc. 2026", "3 Dec 2026");
    anything else as written."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return value
    return date_text(day, QLocale().name())
