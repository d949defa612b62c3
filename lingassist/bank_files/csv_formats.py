"""How a CSV file writes dates and numbers: day or month first for the whole date column,
decimal comma or point per amount column.

The column decides when it can ("13.06.2025", "1.234,56"). When it cannot, the file's order
(statements are sorted by date), its other columns, and then its language or currency
decide, each time with a note saying so; when nothing decides, it is a doubt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lingassist.bank_files import dates as dt
from lingassist.bank_files.amounts import decide_decimal_mark
from lingassist.bank_files.csv_layout import CsvMapping
from lingassist.bank_files.csv_records import Record
from lingassist.core.phrases import Phrase, phrase, quoted

MARK_SAMPLE = 5_000  # values per column looked at for the decimal mark
_MONTH_FIRST = frozenset({"USD"})  # English headers and these currencies: 12/31/2025
_DAY_FIRST = frozenset({"GBP", "EUR", "AUD", "NZD", "INR", "ZAR", "IEP", "SGD", "HKD"})
_NAMES = {  # a bank file's language -> why its dates are read day first
    "de": "as German banks write dates",
    "fr": "as French banks write dates",
    "es": "as Spanish banks write dates",
    "it": "as Italian banks write dates",
    "nl": "as Dutch banks write dates",
    "vi": "as Vietnamese banks write dates",
    "en": "as English banks write dates",
}
_ORDERS = {dt.DMY: "day/month/year", dt.MDY: "month/day/year", dt.YMD: "year-month-day"}


@dataclass
class Formats:
    """The decided formats.

    Attributes:
        date_order: DMY, MDY or YMD ("" when undecided: then `doubts` says why).
        marks: column index -> decimal mark, for every amount-like column.
        notes: what was decided without the column's own evidence.
        doubts: what could not be decided.
    """

    date_order: str = ""
    marks: dict[int, str] = field(default_factory=dict)
    notes: list[Phrase] = field(default_factory=list)
    doubts: list[Phrase] = field(default_factory=list)


def decide_formats(
    data: list[Record], mapping: CsvMapping, *, languages: set[str], currency: str, date_name: str
) -> Formats:
    """The date order and decimal marks to read `data` with under `mapping`."""
    formats = Formats()
    _decide_marks(data, mapping, languages, formats)
    if mapping.date is not None:
        _decide_date_order(data, mapping, languages, currency, date_name, formats)
    return formats


def _decide_date_order(
    data: list[Record],
    mapping: CsvMapping,
    languages: set[str],
    currency: str,
    date_name: str,
    formats: Formats,
) -> None:
    if mapping.date_order:
        formats.date_order = mapping.date_order
        return
    values = _column(data, mapping.date, len(data))  # type: ignore[arg-type]
    if not values:  # a header without lines: nothing to decide
        return
    orders = dt.decide_date_order(values)
    if not orders:
        formats.doubts.append(phrase("The column {name} holds no dates.", name=quoted(date_name)))
        return
    if len(orders) == 1:
        formats.date_order = orders[0]
        return
    by_sequence = dt.order_by_sequence(values[:MARK_SAMPLE])
    if by_sequence:
        formats.date_order = by_sequence
        formats.notes.append(
            phrase(
                "Every date could be day/month or month/day; read as {order} because the "
                "lines are then in date order.",
                order=phrase(_ORDERS[by_sequence]),
            )
        )
        return
    hint, reason = _order_hint(languages, currency, formats.marks)
    if hint:
        formats.date_order = hint
        formats.notes.append(
            phrase(
                "Every date could be day/month or month/day; read as {order} ({reason}).",
                order=phrase(_ORDERS[hint]),
                reason=reason or "",
            )
        )
        return
    formats.doubts.append(
        phrase(
            "Every date in {name} could be day/month or month/day (e.g. {sample}); choose "
            "the order.",
            name=quoted(date_name),
            sample=quoted(values[0]),
        )
    )


def _order_hint(
    languages: set[str], currency: str, marks: dict[int, str]
) -> tuple[str, Phrase | None]:
    others = sorted(languages - {"en"})
    if others and others[0] in _NAMES:
        return dt.DMY, phrase(_NAMES[others[0]])
    if others:
        return dt.DMY, phrase("as {language} banks write dates", language=others[0])
    if "," in marks.values():
        return dt.DMY, phrase("the amounts have a decimal comma")
    if currency in _MONTH_FIRST or currency in _DAY_FIRST:
        order = dt.MDY if currency in _MONTH_FIRST else dt.DMY
        return order, phrase("as usual for {currency} accounts", currency=currency)
    return "", None


def _decide_marks(
    data: list[Record], mapping: CsvMapping, languages: set[str], formats: Formats
) -> None:
    indexes = [
        index
        for index in (
            mapping.amount,
            mapping.debit,
            mapping.credit,
            mapping.balance,
            mapping.original_amount,
        )
        if index is not None
    ]
    if mapping.decimal_mark:
        formats.marks = dict.fromkeys(indexes, mapping.decimal_mark)
        return
    values = {index: _column(data, index, MARK_SAMPLE) for index in indexes}
    decided = {index: decide_decimal_mark(column) for index, column in values.items()}
    known = [mark for mark in decided.values() if mark]
    fallback = max(set(known), key=known.count) if known else None
    if fallback is None and languages:
        fallback = "." if languages <= {"en"} else ","
    for index, mark in decided.items():
        if mark:
            formats.marks[index] = mark
        elif fallback:
            formats.marks[index] = fallback
        elif _has_separators(values[index]):
            formats.doubts.append(
                phrase(
                    "The amounts ({sample}...) do not show whether ',' or '.' is the decimal "
                    "mark; choose it.",
                    sample=quoted(values[index][0]),
                )
            )
        else:
            formats.marks[index] = "."  # whole numbers only: the mark never matters
    if "," in formats.marks.values():
        formats.notes.append(phrase("Amounts with a decimal comma (1.234,56)."))


def _column(data: list[Record], index: int, limit: int) -> list[str]:
    values = []
    for record in data:
        if index < len(record.cells) and (value := record.cells[index].strip()):
            values.append(value)
            if len(values) >= limit:
                break
    return values


def _has_separators(values: list[str]) -> bool:
    return any("," in value or "." in value for value in values)
