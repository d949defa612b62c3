"""Text for a person kept as an English template and its values, so that a front end can
say it in its own language (the window translates the template, then fills it in) while
the command line, logs and tests read it in English (`Phrase.text`, `str()`).

Code never decides on a phrase's text: the template is the translation's key, the values
are what changes from one occasion to the next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, TypeAlias, Union

if TYPE_CHECKING:
    from lingassist.core.money import Money

PhraseValue: TypeAlias = Union[  # noqa: UP007
    str, date, "Phrase", "CategoryName", "AccountName", "Amount", "MidSentence"
]


@dataclass(frozen=True)
class CategoryName:
    """A category named in a phrase, so a window can show it in its own language.

    Attributes:
        code: the category's code ("FOOD_AND_DRINK_COFFEE").
        name: its English (stored) name ("Coffee").
    """

    code: str
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class AccountName:
    """An account named in a phrase: the accounts LingAssist names itself ("Checking")
    are shown in a window's language, the person's own names as they wrote them.

    Attributes:
        name: the account's stored name.
    """

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Amount:
    """An amount in a phrase: written in English as the message has always written it
    ("12.50 EUR", which the command line prints), and by a window as its locale writes
    money ("12,50 €").

    Attributes:
        value: the amount.
        currency: its currency code.
        english: the English message's writing.
    """

    value: Decimal
    currency: str
    english: str

    def __str__(self) -> str:
        return self.english

    @classmethod
    def of(cls, money: Money) -> Amount:
        """`money` in a phrase, its English as `Money` writes it ("12.50 EUR")."""
        return cls(money.amount, money.currency, str(money))


@dataclass(frozen=True)
class Phrase:
    """A sentence (or part of one) for a person: an English template and its values.

    Attributes:
        template: English with ``{name}`` fields ("There are no {merchant} transactions.");
            a front end looks its translation up by it.
        values: (name, value) pairs; a value is text, a day (written "2 Dec 2026" in
            English, as the window's locale writes days elsewhere), a `CategoryName`, an
            `AccountName`, an `Amount`, or another phrase (translated in its turn, as it
            is or `MidSentence`).
    """

    template: str
    values: tuple[tuple[str, PhraseValue], ...] = ()

    @property
    def text(self) -> str:
        """The phrase in English, filled in (a template without values is taken as it is)."""
        return self.filled(english)

    def filled(self, write: Callable[[PhraseValue], str]) -> str:
        """The template filled in, each value written by `write`, the values of a phrase
        inside it too ("Add expense {amount}, in place of the {old} entry")."""
        if not self.values:
            return self.template
        return self.template.format(
            **{
                key: value.filled(write) if isinstance(value, Phrase) else write(value)
                for key, value in self.values
            }
        )

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class MidSentence:
    """A phrase said inside a sentence, after its start: its first letter small ("Undid:
    add expense 12.50 EUR" from "Add expense 12.50 EUR"), in English and in a window's
    language alike.

    Attributes:
        said: the phrase, written as it starts a sentence.
    """

    said: Phrase

    def __str__(self) -> str:
        return lower_first(self.said.text)


def lower_first(text: str) -> str:
    """`text` with its first letter small."""
    return text[:1].lower() + text[1:]


def phrase(template: str, **values: PhraseValue) -> Phrase:
    """A phrase from its English `template` and its `values`."""
    return Phrase(template, tuple(values.items()))


def quoted(text: str) -> Phrase | str:
    """`text` (what the person typed, a file's cell) quoted: in English exactly as Python's
    repr quotes it ('Lidl', "McDonald's"), in a window as its language quotes (« Lidl » in
    French, “Lidl” in Vietnamese: the quote templates are translated). Text repr would
    escape stays repr's, in every language."""
    shown = repr(text)
    if shown == f"'{text}'":
        return phrase("'{text}'", text=text)
    if shown == f'"{text}"':
        return phrase('"{text}"', text=text)
    return shown


def english(value: PhraseValue) -> str:
    """A phrase's value written in English ("2 Dec 2026" for a day)."""
    if isinstance(value, date):
        return f"{value.day} {value:%b %Y}"
    return str(value)
