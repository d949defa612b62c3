"""handle_utterance: typed or spoken words in, a reply out (an answer, a question, or a card).

Questions are answered at once from the ledger. Writes come back as a `Proposal` that the
person confirms (`confirm`); payments and transfers never happen without that. Words read
from a receipt or a transcript reach this function only when the person sends them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lingassist.assistant.context import ConversationContext
from lingassist.assistant.parse import parse
from lingassist.assistant.spoken import choose_reading, repair_transcript
from lingassist.assistant.types import Intent, ParsedCommand
from lingassist.core.errors import UserFacingError
from lingassist.core.transactions import TransactionRow, TransactionSource
from lingassist.ledger.reports import merchant_names
from lingassist.ledger.repository import money_accounts
from lingassist.ledger.tables import payees
from lingassist.services.actions import Proposal, carry_out, propose
from lingassist.services.answers import (
    Answer,
    balance_answer,
    budget_answer,
    spending_answer,
    transactions_answer,
)
from lingassist.services.breakdowns import breakdown_answer, subscriptions_answer
from lingassist.services.context import AppContext
from lingassist.services.entries import undo_last
from lingassist.services.help_text import HELP

if TYPE_CHECKING:  # the speech engine (NumPy) loads at the first recording
    from lingassist.engines.speech import Transcript

QUESTIONS = {
    "amount": "How much was it?",
    "category": "Which category?",
    "payee": "Who should be paid?",
    "merchant": "Where was it?",
    "account": "Which account?",
    "to_account": "To which account?",
}
ANSWERS: dict[Intent, Callable[[AppContext, ParsedCommand], Answer]] = {
    Intent.QUERY_SPENDING: spending_answer,
    Intent.SHOW_TRANSACTIONS: transactions_answer,
    Intent.BALANCE: balance_answer,
    Intent.BUDGET_STATUS: budget_answer,
    Intent.QUERY_BREAKDOWN: breakdown_answer,
    Intent.QUERY_SUBSCRIPTIONS: subscriptions_answer,
}


@dataclass(frozen=True)
class Reply:
    """What the assistant says back.

    Attributes:
        text: the reply for the person.
        command: what was understood (None for a reply to a confirmation).
        rows: transactions behind an answer.
        proposal: a write waiting for confirmation, or None.
        undoable: True when the reply reports a change that Undo can take back.
    """

    text: str
    command: ParsedCommand | None = None
    rows: tuple[TransactionRow, ...] = ()
    proposal: Proposal | None = None
    undoable: bool = False


@dataclass(frozen=True)
class _KnownNames:
    """What the ledger knows by name, for the parser."""

    merchants: list[str]
    payees: list[str]
    accounts: list[str]


def _known_names(context: AppContext) -> _KnownNames:
    with context.database.sessions() as session:
        return _KnownNames(
            merchants=merchant_names(session=session),
            payees=list(session.scalars(payees.select().with_only_columns(payees.c.name))),
            accounts=[a.name for a in money_accounts(session=session)],
        )


def understand(
    context: AppContext,
    text: str,
    conversation: ConversationContext | None = None,
    *,
    spoken: bool = False,
) -> ParsedCommand:
    """Parse an utterance with what the ledger knows (merchants, payees, accounts); a
    `spoken` one is first repaired for what speech recognition predictably mishears."""
    return _understand(context, _known_names(context), text, conversation, spoken=spoken)


def _understand(
    context: AppContext,
    known: _KnownNames,
    text: str,
    conversation: ConversationContext | None = None,
    *,
    spoken: bool = False,
) -> ParsedCommand:
    return parse(
        repair_transcript(text, known.payees) if spoken else text,
        today=context.today(),
        context=conversation,
        known_merchants=known.merchants,
        known_payees=known.payees,
        known_accounts=known.accounts,
        default_currency=context.settings.default_currency,
    )


def spoken_command_words(context: AppContext, transcript: Transcript) -> str:
    """What the assistant reads for a spoken command: the chosen reading
    (`spoken_reading`) with its predictable mishearings repaired (`repair_transcript`)."""
    known = _known_names(context)
    return repair_transcript(_chosen_reading(context, known, transcript), known.payees)


def spoken_reading(context: AppContext, transcript: Transcript) -> str:
    """The words of a spoken command to show and send: Whisper's best reading, or a close
    runner-up that names more of what the ledger knows (`choose_reading`)."""
    if not transcript.alternatives:
        return transcript.text
    return _chosen_reading(context, _known_names(context), transcript)


def _chosen_reading(context: AppContext, known: _KnownNames, transcript: Transcript) -> str:
    return choose_reading(
        (transcript.text, *transcript.alternatives),
        lambda reading: _understand(context, known, reading, spoken=True),
        [*known.merchants, *known.payees],
    )


def handle_utterance(
    context: AppContext,
    text: str,
    conversation: ConversationContext,
    source: TransactionSource = TransactionSource.TEXT,
) -> tuple[Reply, ConversationContext]:
    """Answer, ask back, or propose; return the reply and the conversation after it."""
    spoken = source is TransactionSource.VOICE
    command = understand(context, text, conversation, spoken=spoken)
    return _reply(context, command, source), conversation.remember(command)


def confirm(context: AppContext, proposal: Proposal) -> Reply:
    """Carry out a confirmed card."""
    try:
        return Reply(carry_out(context, proposal), undoable=True)
    except UserFacingError as error:
        return Reply(f"I could not do that: {error}")


def _reply(context: AppContext, command: ParsedCommand, source: TransactionSource) -> Reply:
    intent = command.intent
    if intent in ANSWERS:
        answer = ANSWERS[intent](context, command)
        return Reply(answer.text, command, answer.rows)
    if intent is Intent.UNDO:
        return _undo(context, command)
    if intent is Intent.HELP:
        return Reply(HELP, command)
    if intent is Intent.OTHER:
        return Reply(
            "Sorry, I didn't get that: I can record spending and income, answer "
            "questions about your money, set budgets and draft payments. Type “help” "
            "for examples.",
            command,
        )
    missing = [m for m in command.missing if m in QUESTIONS]
    if missing:
        return Reply(QUESTIONS[missing[0]], command)
    proposal = propose(context, command, source)
    ask = "Press Enter to review and confirm." if proposal.payment else "Press Enter to confirm."
    return Reply(f"{proposal.title}? {ask}", command, proposal=proposal)


def _undo(context: AppContext, command: ParsedCommand) -> Reply:
    try:
        return Reply(undo_last(context), command)
    except UserFacingError as error:
        return Reply(str(error), command)
