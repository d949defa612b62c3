"""ConversationView: what the person said, what the assistant answered, and action cards."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.errors import UserFacingError
from lingassist.core.transactions import TransactionRow, TransactionSource
from lingassist.gui.focus import chain_focus
from lingassist.gui.long_words import breakable
from lingassist.gui.message_bubble import MessageBubble
from lingassist.gui.translation import shown_category, shown_error, shown_language, shown_phrase
from lingassist.services.context import AppContext
from lingassist.services.entries import undo_last_said
from lingassist.services.formatting import date_text, money_text
from lingassist.services.help_text import help_text
from lingassist.services.utterance import CUT_NOTE

ROWS_SHOWN = 10
if TYPE_CHECKING:  # the assistant and its cards load with the first message, not at start
    from lingassist.assistant.types import ParsedCommand
    from lingassist.gui.action_card import ActionCard
    from lingassist.services.actions import Proposal
    from lingassist.services.bill_codes import BillReading
    from lingassist.services.entries import ChangeRef

HELLO = QT_TRANSLATE_NOOP(
    "ConversationView", "Hi! Tell me what you spent, ask about your money, or drop a receipt."
)


class ConversationView(QWidget):
    """The assistant page: a scrolling conversation."""

    ledger_changed = Signal()  # no payload
    edit_requested = Signal(str)  # the words to put back into the input line
    list_requested = Signal(object)  # a TransactionFilter: an answer's list in the ledger

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        approve_payment: Callable[[Proposal], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._approve_payment = approve_payment or self._ask_in_dialog
        self._conversation: Any = None  # the assistant's ConversationContext, made at first use
        self.cards: list[ActionCard] = []
        # a correction's change -> the card of the entry it replaced (undoing it brings
        # that entry back, and its card says so)
        self._replaced_by: dict[tuple[int, object], ActionCard] = {}  # by ChangeRef.key
        self._column = QVBoxLayout()
        self._column.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        self._column.addStretch(1)
        holder = QWidget(objectName="conversation")
        holder.setLayout(self._column)
        self._scroll = QScrollArea(widgetResizable=True, objectName="conversationScroll")
        self._scroll.setWidget(holder)
        self._following = True  # at the newest message: stay there while the column grows
        bar = self._scroll.verticalScrollBar()
        bar.rangeChanged.connect(self._follow_end)
        bar.valueChanged.connect(self._moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self._add(MessageBubble(greeting(context), mine=False))

    def focus_chain(self) -> list[QWidget]:
        """Every card's buttons, oldest card first (focus scrolls the card into view)."""
        return [widget for card in self.cards for widget in card.focus_chain()]

    @property
    def open_card(self) -> ActionCard | None:
        """The card waiting for a decision, if any."""
        return next((card for card in reversed(self.cards) if card.open), None)

    def send(self, text: str, *, spoken: bool = False) -> None:
        """The person said or typed `text`: show it (a long paste shortened) and the
        assistant's reply. "Cancel that" discards the waiting card and a new card replaces
        it; an answer, a question back or a sentence not understood leaves it waiting (the
        last one says so: "should I cancel Netflix?" must not drop the lunch on screen)."""
        card = self.open_card
        self._add(MessageBubble(text, mine=True, spoken=spoken))
        source = TransactionSource.VOICE if spoken else TransactionSource.TEXT
        from lingassist.assistant.context import ConversationContext
        from lingassist.gui.action_card import ActionCard
        from lingassist.services.assistant import handle_utterance

        if self._conversation is None:
            self._conversation = ConversationContext()
        before = self._conversation
        reply, self._conversation = handle_utterance(
            self._context,
            text,
            self._conversation,
            source,
            open_card=card.proposal if card is not None else None,
        )
        said = reply.text
        if card is not None and (reply.proposal is not None or reply.discard_card):
            replaced = self.tr("Not recorded: replaced by your next message.")
            if card.failure:  # why its confirm failed stays readable
                replaced += "\n" + card.failure
            card.mark_closed(reply.text if reply.discard_card else replaced)
        elif card is not None and _not_understood(reply):
            self._conversation = before  # "in pounds" next still changes the waiting card
            said += "\n\n" + self._still_waiting(card)
        shown = ActionCard(reply.proposal) if reply.proposal is not None else None
        if shown is not None and shown.proposal.problems:  # Enter cannot confirm it yet
            cut = CUT_NOTE + "\n" if reply.text.startswith(CUT_NOTE) else ""
            said = cut + shown.title_text + "\n\n" + self._fix_first(shown.proposal)
        self._add(MessageBubble(said, mine=False))
        if reply.rows:
            rows = QLabel(breakable(self._rows_text(reply.rows)), objectName="rowsList")
            rows.setWordWrap(True)
            self._add(rows)
            if reply.command is not None and reply.command.intent.value == "show_transactions":
                self._add(self._ledger_button(reply.command))
        if shown is not None:
            self._add_card(shown)

    def _ledger_button(self, command: ParsedCommand) -> QWidget:
        """ "Show in the ledger" under a listing: the ledger, filtered as the question was
        (its period, kind, amounts, category, merchant, account)."""
        from lingassist.services.answers import transaction_filter

        query = transaction_filter(self._context, command, command.period)
        button = QPushButton(self.tr("Show in the ledger"), objectName="showInLedger")
        button.setToolTip(self.tr("Open these transactions in the ledger, filtered as you asked"))
        button.clicked.connect(lambda: self.list_requested.emit(query))
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(button)
        line.addStretch(1)
        return holder

    def show_bill(self, reading: BillReading) -> None:
        """A dropped bill's payment code: its payment card, to confirm like any payment
        (it replaces a waiting card), or why its code cannot be used."""
        from lingassist.gui.action_card import ActionCard

        name = reading.path.name
        if reading.proposal is None:
            text = self.tr("The payment code in {name} cannot be used: {problem}")
            said = reading.said_problem
            problem = shown_phrase(said) if said is not None else reading.problem
            self._add(MessageBubble(text.format(name=name, problem=problem), mine=False))
            return
        card = self.open_card
        if card is not None:
            card.mark_closed(self.tr("Replaced by the bill you dropped."))
        said = self.tr("I read the payment code of {name}. Check it, then confirm to record it.")
        self._add(MessageBubble(said.format(name=name), mine=False))
        self._add_card(ActionCard(reading.proposal))

    def confirm_open_card(self) -> bool:
        """Confirm the waiting card (Enter on an empty input line); False if none."""
        card = self.open_card
        if card is None:
            return False
        if card.proposal.problems:  # (its ⚠ lines stay on the card, whatever comes next)
            card.mark_failed(self._fix_first(card.proposal), lasting=False)
            return True
        if card.proposal.payment is not None and not self._approve_payment(card.proposal):
            card.mark_note(self.tr("Not recorded: you cancelled."))
            return True
        from lingassist.services.assistant import confirm

        reply = confirm(self._context, card.proposal)
        said = shown_phrase(reply.said) if reply.said is not None else reply.text
        if reply.changed:
            if self._conversation is not None:  # "make it 48" next must not count it twice
                self._conversation = self._conversation.after_saving(card.proposal.command)
            if card.proposal.replaces is not None:
                self._mark_replaced(card.proposal.replaces.change, reply.change)
            if card.proposal.undoes is not None:
                self._bring_back(card.proposal.undoes)
            card.mark_done(said, change=reply.change)
            self.ledger_changed.emit()
        else:
            card.mark_failed(said)
        return True

    def _mark_replaced(self, change: ChangeRef, by: ChangeRef | None) -> None:
        """The card that saved `change` says its entry was replaced by a correction (its
        Undo, which would now refuse, is gone); undoing the correction `by` brings it back."""
        for earlier in self.cards:
            if earlier.change is not None and earlier.change.key == change.key:
                earlier.mark_closed(self.tr("Replaced by the correction below."))
                if by is not None:
                    self._replaced_by[by.key] = earlier

    def _bring_back(self, undone: ChangeRef) -> None:
        """`undone` (a correction) was taken back: the card of the entry it had replaced says
        the entry is back, and offers its Undo again (its change is the newest once more)."""
        earlier = self._replaced_by.pop(undone.key, None)
        if earlier is not None:
            earlier.mark_done(
                self.tr("Back in the ledger: the correction was undone."), change=earlier.change
            )

    def discard_open_card(self) -> bool:
        """Drop the waiting card, writing nothing (Esc, Cancel); False if there is none."""
        card = self.open_card
        if card is None:
            return False
        from lingassist.services.assistant import discarded_text

        card.mark_closed(discarded_text(card.proposal))
        return True

    def edit_open_card(self) -> bool:
        """Put the waiting card's words back into the input line (Edit); False if none."""
        card = self.open_card
        if card is None:
            return False
        card.mark_closed(self.tr("Editing…"))
        self.edit_requested.emit(card.proposal.command.text)
        return True

    def _still_waiting(self, card: ActionCard) -> str:
        """What the waiting card still asks, said after a message not understood: a card
        with problems cannot be confirmed with Enter."""
        if card.proposal.problems:
            return self.tr(
                "Your card above is still waiting and cannot be confirmed yet: Edit puts its "
                "words back to change them, Esc discards it."
            )
        return self.tr("Your card above is still waiting: Enter confirms it, Esc discards it.")

    def _fix_first(self, proposal: Proposal) -> str:
        """What to do about a card's problems: for a payment, where its payee and IBAN are
        saved (words cannot add them); else Edit to change the words."""
        if proposal.payment is not None:
            return self.tr(
                "Fix the problems first: save the payee with their IBAN under Payments, then "
                "say the payment again; Edit puts the words back to change them; Esc discards."
            )
        return self.tr(
            "Fix the problems first: Edit puts the words back to change them; Esc discards."
        )

    def _ask_in_dialog(self, proposal: Proposal) -> bool:
        from lingassist.gui.payment_dialog import PaymentDialog

        dialog = PaymentDialog(proposal, self._context.settings.locale, self)
        return dialog.exec() == PaymentDialog.DialogCode.Accepted

    def _add_card(self, card: ActionCard) -> None:
        card.confirm_clicked.connect(self.confirm_open_card)
        card.edit_clicked.connect(self.edit_open_card)
        card.cancel_clicked.connect(self.discard_open_card)
        card.undo_clicked.connect(lambda: self._undo(card))
        self.cards.append(card)
        self._add(card)
        chain_focus(self.focus_chain()[-5:])  # this card's buttons after the last card's

    def _undo(self, card: ActionCard) -> None:
        """Take back the card's own change, and only it (later changes come first)."""
        if card.change is None:
            return
        try:
            undid = undo_last_said(self._context, expected=card.change)
        except UserFacingError as error:
            card.mark_failed(shown_error(error))
            return
        card.mark_closed(shown_phrase(undid))
        self._bring_back(card.change)
        self.ledger_changed.emit()

    def _add(self, widget: QWidget) -> None:
        self._following = True
        self._column.insertWidget(self._column.count() - 1, widget)
        QTimer.singleShot(0, self._scroll_to_end)

    def _scroll_to_end(self) -> None:
        bar = self._scroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _follow_end(self, _minimum: int, maximum: int) -> None:
        """The column grew (wrapped text settles over several layout passes, a card gains
        its status line): keep the newest message in view unless the person scrolled up."""
        if self._following:
            self._scroll.verticalScrollBar().setValue(maximum)

    def _moved(self, value: int) -> None:
        self._following = value >= self._scroll.verticalScrollBar().maximum()

    def _rows_text(self, rows: tuple[TransactionRow, ...]) -> str:
        locale = self._context.settings.locale
        lines = [
            f"{date_text(r.date, locale)}   {r.merchant or r.description}   "
            f"{money_text(r.amount, r.currency, locale, signed=True)}   "
            f"{shown_category(r.category_code, r.category_name)}"
            for r in rows[:ROWS_SHOWN]
        ]
        return "\n".join(lines)


def _not_understood(reply: Any) -> bool:
    """True for a reply to a sentence read as "other" (a refusal, a question not about
    money): the person may think it was about the card on screen."""
    return reply.command is not None and reply.command.intent.value == "other"


def greeting(context: AppContext) -> str:
    """The first message, its examples in the home's currency (never "200 euro" to a
    person who counts in dollars)."""
    settings = context.settings
    hello = QCoreApplication.translate("ConversationView", HELLO)
    examples = help_text(settings.default_currency, settings.locale, shown_language())
    return hello + "\n\n" + examples
