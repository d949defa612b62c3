"""A command read from a glossed sentence, given back in the person's own words."""

from __future__ import annotations

import re
from dataclasses import replace

from lingassist.assistant.intent_words import CASH_ACCOUNT
from lingassist.assistant.language_pack import LanguagePack, fold
from lingassist.assistant.types import ENTRY_INTENTS, Intent, ParsedCommand

_NAMED = ("merchant", "payee", "account", "to_account", "memo")


def unless_vetoed(command: ParsedCommand, pack: LanguagePack) -> ParsedCommand:
    """`command`, or "other" (which asks) when the language's vetoes say the sentence can
    be no such write: a plan, a price, someone else's money, a negation, a loan."""
    if not command.intent.writes or command.intent is Intent.UNDO:
        return command
    if not pack.vetoes(command.text, logged=command.intent in ENTRY_INTENTS):
        return command
    return ParsedCommand(command.text, Intent.OTHER, language=pack.code, closest=command.intent)


def in_own_words(command: ParsedCommand, pack: LanguagePack) -> ParsedCommand:
    """`command` (parsed from a gloss of its text) with its language set and each name
    (merchant, payee, account) as written ("mẹ", not the gloss "mom"), read from its span."""
    changes: dict[str, object] = {"language": pack.code}
    original = fold(command.text).lower()
    for name in _NAMED:
        value = getattr(command, name)
        span = command.spans.get(name)
        if value is None or span is None or not span.source.strip():
            continue
        if name == "to_account" and value == CASH_ACCOUNT and command.intent is Intent.TRANSFER:
            continue  # cash taken out goes to the cash account, whatever the words said
        if fold(str(value)).lower() not in original:
            written = _written_tail(str(value), original) or span.source.strip()
            changes[name] = _without_nouns(written, pack) if "account" in name else written
    split = command.spans.get("split_with")
    # names none of which is written were glossed ("a friend" for "bạn"); one written
    # beside them came from before ("Ben" when "et Chloé aussi" adds Chloé to the split)
    said = any(fold(n).lower() in original for n in command.split_with)
    if command.split_with and split is not None and not said:
        changes["split_with"] = (split.source.strip(),)
    return replace(command, **changes)  # type: ignore[arg-type]


def _written_tail(value: str, original: str) -> str | None:
    """The longest end of `value` written as such in the sentence: "supermarket
    Co.opmart" (glossed from "siêu thị Co.opmart") is the merchant "Co.opmart"."""
    words = value.split()
    for first in range(1, len(words)):
        tail = " ".join(words[first:])
        if fold(tail).lower() in original and any(ch.isupper() for ch in tail):
            return tail
    return None


def _without_nouns(name: str, pack: LanguagePack) -> str:
    """ "compte épargne" -> "épargne": the account's name without the word "account"."""
    for noun in pack.account_nouns:
        head = re.match(
            r"(?:(?:mon|ma|le|la|du|de|của)\s+)?" + re.escape(fold(noun)) + r"\s+", fold(name), re.I
        )
        if head is not None:
            return name[head.end() :].strip()
    return name
