"""OCR lines -> `ReceiptDraft`: each field read by its own module, then put together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from lingassist.receipts.dates import read_date
from lingassist.receipts.draft import Box, Found, ReceiptDraft, TextLine
from lingassist.receipts.items import items_sum, read_items
from lingassist.receipts.locale import GUESSED, ReceiptLocale, read_locale
from lingassist.receipts.merchant import read_merchant
from lingassist.receipts.payment import read_payment_method
from lingassist.receipts.totals import read_totals

ORDER_UNTOLD = 0.55
"""At most this confidence (below the card's 0.6) for a numeric date that reads as another
date in the other order (08/11/2026: 8 November or 11 August) when the receipt does not
tell its order: no country cue, no currency it names (the order is then the person's own,
or a guessed dollar's)."""
MAX_READ_CHARS = 20_000
"""The parser reads at most this many characters of a page (a 150-line supermarket receipt
has about 6,000). Every field reader takes time linear in the text, but tens of
microseconds a character: a megabyte from a runaway OCR line would take minutes."""


def parse_receipt(
    page_lines: Sequence[TextLine],
    *,
    default_currency: str,
    known_merchants: Sequence[str] = (),
    today: date,
    day_first: bool | None = None,
) -> ReceiptDraft:
    """Read merchant, date, total, subtotal, tax, currency, items and payment method.

    `page_lines` are the receipt's text lines in reading order (see `TextLine`);
    `known_merchants` are names the person already confirmed (a close OCR spelling is
    replaced by the known name); `today` bounds the plausible dates. The receipt's own
    locale (`read_locale`: its currency marks, country cues and language) decides its
    currency (`default_currency` only when the receipt says nothing), whether amounts have
    a minor unit, and the date order: numeric dates are read day-first, or month-first on US
    receipts; `day_first` is the person's own order, used only for a receipt that shows no
    country (day-first when not given); the other order only when a date is impossible.
    The text is only data, and only its first `MAX_READ_CHARS` characters are read.
    """
    lines = _first_chars([line for line in page_lines if line.text.strip()], MAX_READ_CHARS)
    locale = read_locale(lines, default_currency)
    whole = locale.whole_amounts
    items = read_items(lines, whole)
    totals = read_totals(lines, items_sum(items), whole)
    order = _first_known(locale.day_first, day_first, True)
    fields: dict[str, Found[Any] | None] = {
        "merchant": read_merchant(lines, known_merchants),
        "date": _date_in_order(lines, today, order, _order_told(locale)),
        "total": totals.total,
        "subtotal": totals.subtotal,
        "tax": totals.tax,
        "currency": locale.currency,
        "payment_method": read_payment_method(lines),
    }
    return ReceiptDraft(
        merchant=_value(fields["merchant"]),
        date=_value(fields["date"]),
        total=_value(fields["total"]),
        subtotal=_value(fields["subtotal"]),
        tax=_value(fields["tax"]),
        currency=_value(fields["currency"]) or default_currency,
        items=items,
        payment_method=_value(fields["payment_method"]),
        confidence={name: found.confidence for name, found in fields.items() if found},
        boxes=_boxes(fields),
    )


def _order_told(locale: ReceiptLocale) -> bool:
    """True when the receipt itself tells its date order: a country cue, or a currency it
    names (not the home one, not a bare "$" no country names)."""
    return locale.country is not None or locale.currency.confidence > GUESSED


def _date_in_order(
    lines: Sequence[TextLine], today: date, day_first: bool, told: bool
) -> Found[date] | None:
    """The date read day-first or month-first; when the order is not `told` and the other
    order reads another date, at most `ORDER_UNTOLD` sure."""
    found = read_date(lines, today=today, day_first=day_first)
    if found is None or told:
        return found
    swapped = read_date(lines, today=today, day_first=not day_first)
    if swapped is None or swapped.value == found.value:
        return found
    return replace(found, confidence=min(found.confidence, ORDER_UNTOLD))


def _first_known(*choices: bool | None) -> bool:
    return next(choice for choice in choices if choice is not None)


def _first_chars(lines: Sequence[TextLine], limit: int) -> list[TextLine]:
    """The lines holding the first `limit` characters, the last one cut if need be."""
    kept: list[TextLine] = []
    room = limit
    for line in lines:
        if room <= 0:
            break
        if len(line.text) > room:
            line = replace(line, text=line.text[:room])
        kept.append(line)
        room -= len(line.text) + 1
    return kept


def _value(found: Found[Any] | None) -> Any:
    return None if found is None else found.value


def _boxes(fields: dict[str, Found[Any] | None]) -> dict[str, tuple[Box, ...]]:
    return {name: found.boxes for name, found in fields.items() if found and found.boxes}
