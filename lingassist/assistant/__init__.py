"""The command grammar: text -> `ParsedCommand` (intent + slots with their spans).

Public API: `parse`, `ConversationContext`, `ParsedCommand`, `Intent`, `Span`,
`normalize_transcript`, `find_amounts`.
"""

from lingassist.assistant.context import ConversationContext
from lingassist.assistant.numbers import NormalizedText, find_amounts, normalize_transcript
from lingassist.assistant.parse import parse
from lingassist.assistant.types import WRITE_INTENTS, Intent, ParsedCommand, Span

__all__ = [
    "WRITE_INTENTS",
    "ConversationContext",
    "Intent",
    "NormalizedText",
    "ParsedCommand",
    "Span",
    "find_amounts",
    "normalize_transcript",
    "parse",
]
