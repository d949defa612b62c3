"""A phrase (`core.phrases`) kept as JSON text, so that what is stored once (a change
set's label in the ledger) can be said later in any window's language.

Each value is a small list tagged with its kind: ``["text", "Blue Bottle"]``,
``["date", "2026-12-02"]``, ``["category", code, name]``, ``["account", name]``,
``["amount", "12.50", "EUR", "12.50 EUR"]``, ``["phrase", {...}]`` or
``["mid", {...}]``. Amounts are kept as decimal text, never as a float.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from lingassist.core.phrases import (
    AccountName,
    Amount,
    CategoryName,
    MidSentence,
    Phrase,
    PhraseValue,
)


class UnreadablePhrase(ValueError):
    """Stored text that is not a phrase this LingAssist can read."""


def dump_phrase(said: Phrase) -> str:
    """`said` as compact JSON text."""
    return json.dumps(_encoded(said), ensure_ascii=False, separators=(",", ":"))


def load_phrase(text: str) -> Phrase:
    """The phrase `dump_phrase` wrote.

    Raises:
        UnreadablePhrase: `text` is not such a phrase (damaged, or written by a newer
            LingAssist that knows more kinds of values).
    """
    try:
        return _decoded(json.loads(text))
    except (ValueError, TypeError, KeyError, IndexError, InvalidOperation) as error:
        raise UnreadablePhrase(f"not a stored phrase: {error}") from None


def _encoded(said: Phrase) -> dict[str, Any]:
    return {"t": said.template, "v": [[key, _value(value)] for key, value in said.values]}


def _value(value: PhraseValue) -> list[Any]:
    if isinstance(value, Phrase):
        return ["phrase", _encoded(value)]
    if isinstance(value, MidSentence):
        return ["mid", _encoded(value.said)]
    if isinstance(value, CategoryName):
        return ["category", value.code, value.name]
    if isinstance(value, AccountName):
        return ["account", value.name]
    if isinstance(value, Amount):
        return ["amount", str(value.value), value.currency, value.english]
    if isinstance(value, date):
        return ["date", value.isoformat()]
    return ["text", str(value)]


def _decoded(data: Any) -> Phrase:
    template = data["t"]
    if not isinstance(template, str):
        raise TypeError("a template is text")
    values = tuple((str(key), _read(value)) for key, value in data["v"])
    return Phrase(template, values)


def _read(value: list[Any]) -> PhraseValue:  # noqa: PLR0911 - one return per kind
    kind = value[0]
    if kind == "text":
        return str(value[1])
    if kind == "phrase":
        return _decoded(value[1])
    if kind == "mid":
        return MidSentence(_decoded(value[1]))
    if kind == "category":
        return CategoryName(str(value[1]), str(value[2]))
    if kind == "account":
        return AccountName(str(value[1]))
    if kind == "amount":
        return Amount(Decimal(value[1]), str(value[2]), str(value[3]))
    if kind == "date":
        return date.fromisoformat(value[1])
    raise ValueError(f"unknown kind of value {kind!r}")
