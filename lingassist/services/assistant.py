"""handle_utterance: typed or spoken words in, a reply out (an answer, a question, or a card).

Questions are answered at once from the ledger. Writes come back as a `Proposal` that the
person confirms (`confirm`); payments and transfers never happen without that, and neither
does "undo" (its card shows what it would take back). "Cancel that" only drops the card on
screen: it never touches the ledger. Words read from a receipt or a transcript reach this
function only when the person sends them; the parser reads at most `MAX_UTTERANCE_CHARS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from lingassist.assistant.context import ConversationContext, corrects_a_saved_entry
from lingassist.assistant.intent_model import shipped_model
from lingassist.assistant.intents import reads_as_undo
from lingassist.assistant.languages import ENGLISH, says_english
from lingassist.assistant.numbers import find_amounts
from lingassist.assistant.parse import parse
from lingassist.assistant.spoken import choose_reading, repair_transcript, spoken_price
from lingassist.assistant.types import ENTRY_INTENTS, Intent, ParsedCommand
from lingassist.config import window_language
from lingassist.core.errors import UserFacingError
from lingassist.core.money import Money
from lingassist.core.phrases import Amount, Phrase, PhraseValue, english, phrase
from lingassist.core.transactions import TransactionRow, TransactionSource
from lingassist.ledger.journal import ChangeRef
from lingassist.ledger.repository import money_accounts
from lingassist.ledger.tables import payees
from lingassist.services.actions import Proposal, carry_out, propose, replacing_card
from lingassist.services.answers import (
    Answer,
    balance_answer,
    budget_answer,
    spending_answer,
    transactions_answer,
)
from lingassist.services.breakdowns import breakdown_answer, subscriptions_answer
from lingassist.services.clarify import not_understood
from lingassist.services.context import AppContext
from lingassist.services.entries import newest_change, saved_entry
from lingassist.services.formatting import money_text
from lingassist.services.help_text import help_text
from lingassist.services.merchant_keys import known_merchant_names
from lingassist.services.replies import LOCALES, confirm_line, help_in, question, say
from lingassist.services.utterance import CUT_NOTE, MAX_UTTERANCE_CHARS, cap_utterance

if TYPE_CHECKING:  # the speech engine (NumPy) loads at the first recording
    from lingassist.engines.speech import Transcript

QUESTIONS = {
    "amount": "How much was it?",
    "category": "Which category?",
    "payee": "Who should be paid?",
    "merchant": "Where was it?",
    "account": "Which account?",
    "to_account": "To which account?",
    "split_with": "Who did you split it with?",
    "date": "That day does not exist: which day was it?",
}
# A slot asked in the words of what it is for: the amount of what is still to be done in its
# own tense (no payment, move or budget "was" anything yet: "send some money to Mum": "How
# much should be paid?"), the account a move comes from ("ok then move 300 to savings")
SLOT_QUESTIONS = {
    ("amount", Intent.DRAFT_PAYMENT): "How much should be paid?",
    ("amount", Intent.TRANSFER): "How much should be moved?",
    ("amount", Intent.SET_BUDGET): "How much should the budget be?",
    ("account", Intent.TRANSFER): "Which account should it come from?",
}
__all__ = ["MAX_UTTERANCE_CHARS", "Reply", "confirm", "discarded_text", "handle_utterance"]
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
        changed: True when the reply reports a change made to the ledger.
        change: the change the reply reports, when a later Undo may take it back (and
            only it), else None (nothing changed, or the change was itself an undo).
        discard_card: the person asked to drop the card on screen ("cancel that"): the
            front end discards it and does nothing else.
        said: for a reply to a confirmation, `text` as a phrase, so a window can say it
            in its own language (None: `text` only).
    """

    text: str
    command: ParsedCommand | None = None
    rows: tuple[TransactionRow, ...] = ()
    proposal: Proposal | None = None
    changed: bool = False
    change: ChangeRef | None = None
    discard_card: bool = False
    said: Phrase | None = None

    @property
    def undoable(self) -> bool:
        """True when the reply reports a change that Undo can take back."""
        return self.change is not None


@dataclass(frozen=True)
class _KnownNames:
    """What the ledger knows by name, for the parser."""

    merchants: list[str]
    payees: list[str]
    accounts: list[str]


def _known_names(context: AppContext) -> _KnownNames:
    with context.database.sessions() as session:
        return _KnownNames(
            merchants=known_merchant_names(session=session),
            payees=list(session.scalars(payees.select().with_only_columns(payees.c.name))),
            accounts=[a.name for a in money_accounts(session=session)],
        )


def prepare_understanding() -> None:
    """Load the intent model (about 0.2 s) so the first command does not wait for it; the
    window calls this in a worker at start."""
    shipped_model()


def understand(
    context: AppContext,
    text: str,
    conversation: ConversationContext | None = None,
    *,
    spoken: bool = False,
) -> ParsedCommand:
    """Parse an utterance with what the ledger knows (merchants, payees, accounts); a
    `spoken` one is first repaired for what speech recognition predictably mishears.
    Only the first `MAX_UTTERANCE_CHARS` characters are read."""
    text, _ = cap_utterance(text)
    return _understand(context, _known_names(context), text, conversation, spoken=spoken)


def _understand(
    context: AppContext,
    known: _KnownNames,
    text: str,
    conversation: ConversationContext | None = None,
    *,
    spoken: bool = False,
) -> ParsedCommand:
    command = parse(
        repair_transcript(text, known.payees) if spoken else text,
        today=context.today(),
        context=conversation,
        known_merchants=known.merchants,
        known_payees=known.payees,
        known_accounts=known.accounts,
        default_currency=context.settings.default_currency,
    )
    command = _in_the_windows_language(context, command)
    return spoken_price(command) if spoken else command


def _in_the_windows_language(context: AppContext, command: ParsedCommand) -> ParsedCommand:
    """`command` answered in the window's language when its own words tell none ("café 4.80"
    in a French window is answered in French; "coffee and a muffin 4.80" stays English)."""
    window = window_language(context.settings)
    if command.language != ENGLISH or window == ENGLISH or window not in LOCALES:
        return command
    return command if says_english(command.text) else replace(command, language=window)


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
    *,
    open_card: Proposal | None = None,
) -> tuple[Reply, ConversationContext]:
    """Answer, ask back, or propose; return the reply and the conversation after it.

    `open_card` is the card the person sees waiting (the front end knows it, this function
    cannot): "cancel that" drops it and nothing else. Only the first `MAX_UTTERANCE_CHARS`
    characters are read, and the reply says so when there were more.
    """
    spoken = source is TransactionSource.VOICE
    text, cut = cap_utterance(text)
    command = _onto_open_card(understand(context, text, conversation, spoken=spoken), open_card)
    reply = _reply(context, command, source, open_card)
    if reply.proposal is not None and corrects_a_saved_entry(command, conversation):
        reply = _in_place_of_the_saved(context, reply, conversation)
    if cut:
        reply = replace(reply, text=f"{CUT_NOTE}\n{reply.text}")
    return reply, conversation.remember(command)


def _in_place_of_the_saved(
    context: AppContext, reply: Reply, conversation: ConversationContext
) -> Reply:
    """`reply`'s card as a change of the entry just saved ("make it 48" after "dinner 40"
    was confirmed): confirming replaces that entry instead of adding a second dinner.
    When that entry is no longer the newest change, the card is refused (`_not_twice`)."""
    saved = conversation.previous
    if reply.proposal is None or reply.command is None or saved is None or saved.amount is None:
        return reply
    entry = saved_entry(context, saved.amount)
    if entry is None:
        money = Money(saved.amount, saved.currency or context.settings.default_currency)
        return _not_twice(reply, money)
    proposal = replacing_card(context, reply.proposal, entry)
    line = confirm_line(reply.command, proposal.title, review=False, replacing=entry.money)
    return replace(reply, text=line, proposal=proposal)


def _not_twice(reply: Reply, money: Money) -> Reply:
    """`reply`'s card refused for now: it changes the saved `money` entry, something else
    was saved since, and confirming it would count that entry twice. The card says so,
    and how to put it right; nothing in the ledger is touched."""
    if reply.proposal is None:
        return reply
    problem = phrase(
        "The {amount} entry is already saved and is no longer the newest change, so this "
        "would count it twice. Undo back to it, then say the entry again as it should be.",
        amount=Amount.of(money),
    )
    proposal = replace(reply.proposal, problems=(*reply.proposal.problems, problem))
    return replace(reply, proposal=proposal)


def _onto_open_card(command: ParsedCommand, open_card: Proposal | None) -> ParsedCommand:
    """ "put it under gifts" said while an entry's card waits: that card again, filed there
    (nothing is in the ledger yet to move); with no card waiting, the move it says. "scratch
    that" with no card waiting takes back the last entry (shown, and confirmed first)."""
    if command.intent is Intent.CANCEL and open_card is None and reads_as_undo(command.text):
        return replace(command, intent=Intent.UNDO)
    waiting = open_card.command if open_card is not None else None
    if (
        waiting is None
        or waiting.intent not in ENTRY_INTENTS
        or command.intent is not Intent.RECATEGORIZE
        or command.merchant is not None
        or command.category is None
    ):
        return command
    category = {"category": command.spans["category"]} if "category" in command.spans else {}
    return waiting.evolve(text=command.text, category=command.category, spans=category)


def confirm(context: AppContext, proposal: Proposal) -> Reply:
    """Carry out a confirmed card; an undo card takes back only the change it showed."""
    try:
        done = carry_out(context, proposal)
    except UserFacingError as error:
        refused = phrase("I could not do that: {error}", error=error.said)
        return Reply(refused.text, said=refused)
    if proposal.undoes is not None:  # Redo brings it back; an Undo here would go further
        return Reply(done.text, changed=True, said=done)
    return Reply(done.text, changed=True, change=newest_change(context), said=done)


def discarded_text(card: Proposal | None, language: str = "en") -> str:
    """What to say when the person drops `card` ("cancel that", Esc); None: no card."""
    if card is None:
        return say(language, "nothing_to_cancel") or (
            "Nothing to cancel: no card is waiting. To remove the last entry, say “undo”."
        )
    if card.undoes is not None:
        return say(language, "cancelled.undo") or "Cancelled: nothing was undone."
    return say(language, "cancelled") or "Cancelled: nothing was recorded."


def _reply(
    context: AppContext,
    command: ParsedCommand,
    source: TransactionSource,
    open_card: Proposal | None = None,
) -> Reply:
    intent = command.intent
    if intent in ANSWERS:
        answer = ANSWERS[intent](context, command)
        return Reply(answer.text, command, answer.rows)
    if intent is Intent.CANCEL:
        said = discarded_text(open_card, command.language)
        return Reply(said, command, discard_card=open_card is not None)
    if intent is Intent.UNDO and newest_change(context) is None:
        nothing = say(command.language, "nothing_to_undo") or "There is nothing to undo."
        return Reply(nothing, command)
    if intent is Intent.HELP:
        settings = context.settings
        examples = help_in(command.language, settings.default_currency)
        return Reply(examples or help_text(settings.default_currency, settings.locale), command)
    if intent is Intent.OTHER:
        return Reply(not_understood(command, _amount_seen(context, command)), command)
    missing = [m for m in command.missing if m in QUESTIONS]
    if missing and missing[0] == "amount" and command.amount_choices:
        return Reply(_which_amount(context, command), command)
    if missing and missing[0] == "date" and command.period is not None:  # "last weekend"
        return Reply(question(command, "day", "Which day was it?"), command)
    if missing and missing[0] == "amount" and _budget_by_another_rhythm(command):
        # "set a weekly budget for coffee": the month's figure asked for, the only one kept
        english = "Budgets are kept by the month: how much a month should it be?"
        return Reply(question(command, "amount.set_budget.monthly", english), command)
    if missing and (missing[0], intent) in SLOT_QUESTIONS:
        key = f"{missing[0]}.{intent.value}"  # "ask.amount.draft_payment", "ask.account.transfer"
        return Reply(question(command, key, SLOT_QUESTIONS[missing[0], intent]), command)
    if missing:
        return Reply(question(command, missing[0], QUESTIONS[missing[0]]), command)
    proposal = propose(context, command, source)
    line = confirm_line(
        command, _said_title(context, proposal), review=proposal.payment is not None
    )
    return Reply(line, command, proposal=proposal)


def _budget_by_another_rhythm(command: ParsedCommand) -> bool:
    """True for a budget asked by the week or the year, which the ledger keeps by the month."""
    return command.intent is Intent.SET_BUDGET and command.recurrence not in (None, "monthly")


def _said_title(context: AppContext, proposal: Proposal) -> str:
    """The card's title for the line under it: an undo card's change with its amounts as
    the home's locale writes money ("Undo: Add expense €12.50 at Blue Bottle", as the card
    and its "Removes" line say), not as the change's stored label ("12.50 EUR")."""
    said = proposal.undoes.said if proposal.undoes is not None else None
    heading = proposal.heading
    if said is None or not said.values or heading is None:
        return proposal.title
    change = _amounts_in_locale(said, context.settings.locale)
    return heading.template.format(**{**dict(heading.values), "change": change})


def _amounts_in_locale(said: Phrase, locale: str) -> str:
    """`said` in English with every amount in it, however deep ("Add expense {amount}, in
    place of the {old} entry"), written as `locale` writes money."""

    def written(value: PhraseValue) -> str:
        if isinstance(value, Amount):
            return money_text(value.value, value.currency, locale)
        return english(value)

    return said.filled(written)


def _which_amount(context: AppContext, command: ParsedCommand) -> str:
    """ "Which amount was it: €4.50 or €3.20?": the amounts a sentence named, to choose from."""
    locale = LOCALES.get(command.language, context.settings.locale)
    currency = command.currency or context.settings.default_currency
    shown = [money_text(value, currency, locale) for value in command.amount_choices]
    choices = ", ".join(shown[:-1]) + (say(command.language, "or") or " or ") + shown[-1]
    english = f"Which amount was it: {choices}?"
    return question(command, "amount_choice", english, choices=choices)


def _amount_seen(context: AppContext, command: ParsedCommand) -> str | None:
    """The amount an unclear sentence named, as money ("€12.00"), or None."""
    amounts = find_amounts(command.text, context.settings.default_currency)
    if not amounts:
        return None
    first = amounts[0]
    currency = first.currency or context.settings.default_currency
    return money_text(first.value, currency, context.settings.locale)
