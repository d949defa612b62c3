"""The assistant's replies in the language of the sentence: each language pack
(`lingassist.assistant.langs`) carries a message catalogue; English is the fallback for any
text a catalogue does not have."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date

from lingassist.assistant.langs import language_pack
from lingassist.assistant.types import Intent, ParsedCommand
from lingassist.core.money import Money
from lingassist.core.periods import Period, month_period
from lingassist.services.formatting import money_text
from lingassist.services.help_text import help_text

# The locale amounts are written in, per language ("12,00 €", "50.000 ₫").
LOCALES = {"fr": "fr_FR", "vi": "vi_VN"}
_FROM = (Intent.ADD_INCOME, Intent.ADD_REFUND)
_TO = (Intent.DRAFT_PAYMENT, Intent.TRANSFER)


def say(language: str, key: str, **values: str) -> str | None:
    """The message `key` in `language` with `values` filled in, or None (say it in English)."""
    pack = language_pack(language)
    if pack is None or key not in pack.messages:
        return None
    text = pack.messages[key].format(**values)
    for pattern, joined in pack.elisions:
        text = re.sub(pattern, joined, text)
    return text


def help_in(language: str, currency: str) -> str | None:
    """The examples of what to say, in `language` (None: say them in English); the budget
    example is in the home's `currency`, written as the language writes money."""
    if language not in LOCALES:
        return None
    return help_text(currency, LOCALES[language], language)


def question(command: ParsedCommand, missing: str, english: str, **values: str) -> str:
    """What to ask for the slot `missing` ("How much was it?"), in the sentence's language,
    with `values` filled in (`english` has them already)."""
    return say(command.language, f"ask.{missing}", **values) or english


def confirm_line(
    command: ParsedCommand, english_title: str, *, review: bool, replacing: Money | None = None
) -> str:
    """The line under a card: what will happen and how to confirm it, in the sentence's
    language ("Ajouter une dépense de 12,00 € ? Appuyez sur Entrée pour confirmer.");
    `replacing`: the saved entry the card corrects, whose amount the line names."""
    ask_key = "confirm.review" if review else "confirm"
    english_ask = "Press Enter to review and confirm." if review else "Press Enter to confirm."
    ask = say(command.language, ask_key) or english_ask
    title = card_title(command, replacing) or english_title
    return f"{title} ? {ask}".replace(" ? ", _mark(command))


def card_title(command: ParsedCommand, replacing: Money | None = None) -> str | None:
    """One line saying what the card will do, in the sentence's language, or None;
    `replacing`: the saved entry it corrects ("Remplacer l’entrée de 40,00 € …")."""
    language = command.language
    if command.intent is Intent.UNDO:
        return say(language, "card.undo")
    if command.amount is None or command.currency is None:
        return None
    locale = LOCALES.get(language, "en_US")
    amount = money_text(command.amount, command.currency, locale)
    name = command.payee or command.to_account or command.merchant
    where = to = ""
    if name and command.intent in _TO:
        to = say(language, "to", name=name) or ""
    elif name:
        key = "where.from" if command.intent in _FROM else "where.at"
        where = say(language, key, name=name) or ""
    if replacing is not None:
        old = money_text(replacing.amount, replacing.currency, locale)
        if old == amount:  # the same figure, something else changed ("+ Kim", "no, yesterday")
            return say(language, "card.replace_same", amount=amount, where=where)
        return say(language, "card.replace", old=old, amount=amount, where=where)
    return say(language, f"card.{command.intent.value}", amount=amount, where=where, to=to)


def _mark(command: ParsedCommand) -> str:
    """French sets a space before "?", Vietnamese and English do not."""
    return " ? " if command.language == "fr" else "? "


def period_text(period: Period, language: str) -> str | None:
    """ "en novembre 2026", "le 17 novembre 2026", "du 9 au 15 nov. 2026" (or in
    Vietnamese): a period said in `language`, or None (say it in English)."""
    locale = LOCALES.get(language)
    if locale is None:
        return None
    if period.start == period.end:
        return say(language, "period.day", label=_day(period.start, "d MMMM y", locale))
    if period == month_period(period.start) and period.start.day == 1:
        return say(language, "period.month", label=_day(period.start, "MMMM y", locale))
    start = _day(period.start, "d MMM", locale)
    return say(language, "period.range", start=start, end=_day(period.end, "d MMM y", locale))


def _day(day: date, pattern: str, locale: str) -> str:
    return format_date(day, pattern, locale=locale)
