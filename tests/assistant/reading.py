"""How the round-by-round kind tests read a sentence: alone, or after earlier ones, on
Wednesday 2026-11-18 with pounds as the home currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lingassist.assistant import ConversationContext, Intent, ParsedCommand, parse

TODAY = date(2026, 11, 18)
HOME_CURRENCY = "GBP"


def read(text: str, home_currency: str = HOME_CURRENCY) -> ParsedCommand:
    """`text` read on its own, by a person whose home currency is `home_currency`."""
    return parse(text, today=TODAY, default_currency=home_currency)


def after(*said: str) -> ParsedCommand:
    """The last of `said` read after the ones before it, as the window reads a conversation."""
    context = ConversationContext()
    for earlier in said[:-1]:
        context = context.remember(read_in(earlier, context))
    return read_in(said[-1], context)


def read_in(text: str, context: ConversationContext) -> ParsedCommand:
    """`text` read with the conversation so far."""
    return parse(text, today=TODAY, context=context, default_currency=HOME_CURRENCY)


def assert_read_as(
    text: str, intent: Intent, amount: str | None, home_currency: str = HOME_CURRENCY
) -> None:
    """`text` alone is `intent` with `amount` (None: no amount)."""
    command = read(text, home_currency)
    want = None if amount is None else Decimal(amount)
    assert (command.intent, command.amount) == (intent, want), text
