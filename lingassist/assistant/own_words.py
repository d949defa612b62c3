"""A command read from a glossed sentence, given back in the person's own words."""

from __future__ import annotations

from dataclasses import replace

from lingassist.assistant.language_pack import fold
from lingassist.assistant.types import ParsedCommand

_NAMED = ("merchant", "payee", "account", "to_account", "memo")


def in_own_words(command: ParsedCommand, language: str) -> ParsedCommand:
    """`command` (parsed from a gloss of its text) with its language set and each name
    (merchant, payee, account) as written ("mẹ", not the gloss "mom"), read from its span."""
    changes: dict[str, object] = {"language": language}
    original = fold(command.text).lower()
    for name in _NAMED:
        value = getattr(command, name)
        span = command.spans.get(name)
        if value is None or span is None or not span.source.strip():
            continue
        if fold(str(value)).lower() not in original:
            changes[name] = span.source.strip()
    split = command.spans.get("split_with")
    if command.split_with and split is not None:
        written = [n for n in command.split_with if fold(n).lower() in original]
        if len(written) != len(command.split_with):
            changes["split_with"] = (split.source.strip(),)
    return replace(command, **changes)  # type: ignore[arg-type]
