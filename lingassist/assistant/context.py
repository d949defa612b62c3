"""Conversation context: follow-ups complete the previous command.

"and last month?" reuses the previous question with a new period; "make it 15" changes the
amount of the previous write; "no, yesterday" changes its date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from lingassist.assistant.intents import is_out_of_scope
from lingassist.assistant.types import Intent, ParsedCommand

_QUERIES = (Intent.QUERY_SPENDING, Intent.SHOW_TRANSACTIONS, Intent.BALANCE, Intent.BUDGET_STATUS)
_FOLLOW_UP = re.compile(
    r"^(?:and|what\s+about|how\s+about|same\s+for|also|no|nope|actually|sorry|oops|instead|"
    r"make\s+it|change\s+(?:it|that|the\s+\w+)\s+to|it\s+was|not|rather|only|just|then|ok|okay)\b"
    r"|^\W*(?:\d|[$€£])",
    re.I,
)
_SLOTS = (
    "amount",
    "currency",
    "merchant",
    "payee",
    "category",
    "account",
    "to_account",
    "date",
    "period",
    "memo",
    "limit",
    "min_amount",
    "max_amount",
    "comparison",
)


@dataclass(frozen=True)
class ConversationContext:
    """What the conversation so far means for the next utterance.

    Attributes:
        previous: the last command understood (after its own follow-ups were applied).
    """

    previous: ParsedCommand | None = None

    def remember(self, command: ParsedCommand) -> ConversationContext:
        """The context after `command` (what `parse` should get for the next utterance)."""
        return ConversationContext(command)


def is_follow_up(command: ParsedCommand, previous: ParsedCommand) -> bool:
    """True when `command` (parsed on its own) continues `previous` rather than starting anew:
    it has no intent of its own, or starts like a correction ("no,", "make it", "and")."""
    if previous.intent in (Intent.OTHER, Intent.HELP, Intent.UNDO) or is_out_of_scope(command.text):
        return False
    if _FOLLOW_UP.match(command.text):
        return command.intent in (Intent.OTHER, previous.intent) or command.intent.writes is False
    return command.intent == Intent.OTHER and len(command.text.split()) <= 6


def follow_up(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` completed by the slots `command` names (`command` was read with
    `previous`'s intent); None when `command` names no slot ("thanks")."""
    said = {name for name in _SLOTS if getattr(command, name) is not None}
    if not said:
        return None
    if previous.intent in _QUERIES and "date" in said:
        said = (said - {"date"}) | {"period"}
    changes = {name: getattr(command, name) for name in said}
    if "amount" in said and "currency" not in command.spans:
        changes["currency"] = previous.currency or command.currency
    changes["spans"] = {key: span for key, span in command.spans.items() if key in said}
    merged = previous.evolve(text=command.text, **changes)
    missing = tuple(m for m in previous.missing if getattr(merged, m) is None)
    return merged.evolve(missing=missing)


def inherited_slots(command: ParsedCommand) -> tuple[str, ...]:
    """Slots with a value but no span in the command's own text (they came from context)."""
    names = [f.name for f in fields(command) if f.name in _SLOTS]
    return tuple(n for n in names if getattr(command, n) is not None and n not in command.spans)
