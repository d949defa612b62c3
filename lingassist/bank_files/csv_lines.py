"""CSV records -> bank lines, under a mapping and decided formats; a bad record becomes a
rejected line with its reason, never an exception and never a made-up amount.

This is the loop that runs once per line of a 100,000-line export: column positions are
looked up once, cells are padded once, and the common cases (a plain amount, printable
text, a date seen before) take the short paths.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from lingassist.bank_files import lexicon as lx
from lingassist.bank_files.amounts import NotAnAmount, exact_money, read_amount
from lingassist.bank_files.csv_layout import CsvMapping
from lingassist.bank_files.csv_records import Record
from lingassist.bank_files.dates import read_date
from lingassist.core.bank_lines import BankLine, RejectedLine
from lingassist.core.currency import currency_for_symbol, is_currency_code
from lingassist.core.errors import UserFacingError
from lingassist.core.money import Money
from lingassist.core.phrases import Phrase, phrase, quoted
from lingassist.core.text import clean_text

_WORDY = re.compile(r"[^\W_]")
TEXT_LIMIT = 200  # characters of a rejected record's text kept for the preview


class Rejected(Exception):
    """Internal: why one record is not a line (`said`: the reason as a phrase)."""

    def __init__(self, said: Phrase) -> None:
        super().__init__(said.text)
        self.said = said


@dataclass(frozen=True)
class CsvFormats:
    """What the reader needs besides the mapping.

    Attributes:
        date_order: DMY, MDY or YMD.
        marks: amount column -> decimal mark.
        currency: the statement's currency (a line's own currency cell or symbol wins).
        delimiter: to show a rejected record as it was written.
    """

    date_order: str
    marks: dict[int, str]
    currency: str
    delimiter: str


def read_records(
    records: list[Record], mapping: CsvMapping, formats: CsvFormats
) -> tuple[list[BankLine], list[RejectedLine]]:
    """Every data record read into a line or rejected with its reason (blank ones skipped)."""
    read_line = _line_reader(mapping, formats)
    lines: list[BankLine] = []
    rejected: list[RejectedLine] = []
    for record in records:
        cells = record.cells
        if record.problem:
            reason = f"line {record.line}: {record.problem}"
            rejected.append(RejectedLine(record.line, reason, said=Phrase(record.problem)))
            continue
        if not any(cell.strip() for cell in cells):
            continue
        try:
            lines.append(read_line(record))
        except Rejected as why:
            text = clean_text(formats.delimiter.join(cells))[:TEXT_LIMIT]
            reason = f"line {record.line}: {why}"
            rejected.append(RejectedLine(record.line, reason, text, said=why.said))
    return lines, rejected


def _line_reader(mapping: CsvMapping, formats: CsvFormats) -> Callable[[Record], BankLine]:
    at = mapping.columns()
    width = 1 + max([*at.values(), *mapping.description])
    blank = width  # cells are cut or padded to width + 1: cells[blank] is always ""

    def column(role: str) -> int:
        return at.get(role, blank)

    date_i, status_i, currency_i = column("date"), column("status"), column("currency")
    reference_i, value_date_i, category_i = (
        column("reference"),
        column("value_date"),
        column("category"),
    )
    text_columns = mapping.description
    order, currency = formats.date_order, formats.currency
    amount_of = _amount_reader(mapping, formats)
    counterparty_of = _counterparty_reader(mapping, blank)
    balance_of = _balance_reader(mapping, formats, blank)
    original_of = _original_reader(mapping, formats, blank)
    kind_i = column("kind")

    def read_line(record: Record) -> BankLine:
        cells = [cell.strip() for cell in record.cells[:width]]
        cells.extend([""] * (width + 1 - len(cells)))  # cells[blank] is "" in every row
        if cells[status_i] and lx.normalize_header(cells[status_i]) in lx.NOT_BOOKED:
            raise Rejected(phrase("not booked ({status})", status=quoted(cells[status_i])))
        date_text = cells[date_i]
        booked = read_date(date_text, order) if date_text else None
        if booked is None:
            raise Rejected(_no_date_reason(record.cells, date_text))
        value, line_currency = amount_of(cells)
        money = _money(value, cells[currency_i] or line_currency or currency)
        counterparty = _text(counterparty_of(cells, value))
        description = _description(counterparty, [cells[i] for i in text_columns])
        if not description:
            description = _text(cells[kind_i])
        elif not counterparty and lx.is_summary_line(description):
            raise Rejected(_summary_row(description))
        value_date = cells[value_date_i]
        return BankLine(
            number=record.line,
            booked=booked,
            money=money,
            description=description,
            counterparty=counterparty,
            reference=_text(cells[reference_i]),
            value_date=read_date(value_date, order) if value_date else None,
            balance=balance_of(cells, money.currency),
            original=original_of(cells, money),
            category=_text(cells[category_i]),
        )

    return read_line


def _amount_reader(
    mapping: CsvMapping, formats: CsvFormats
) -> Callable[[list[str]], tuple[Decimal, str | None]]:
    sign = -1 if mapping.negate else 1
    marks, preferred = formats.marks, formats.currency

    def parse(text: str, index: int) -> tuple[Decimal, str | None]:
        try:
            return read_amount(text, marks.get(index, "."), preferred)
        except NotAnAmount as why:
            raise Rejected(why.said) from None

    amount_i, direction_i = mapping.amount, mapping.direction

    def signed(cells: list[str]) -> tuple[Decimal, str | None]:
        text = cells[amount_i]  # type: ignore[index]
        if not text:
            raise Rejected(_no_amount_reason(cells))
        value, currency = parse(text, amount_i)  # type: ignore[arg-type]
        if direction_i is not None and value >= 0:
            way = lx.direction_sign(cells[direction_i])
            if way is None:
                said = phrase(
                    "{text} says neither debit nor credit", text=quoted(cells[direction_i])
                )
                raise Rejected(said)
            value *= way
        return sign * value, currency

    debit_i, credit_i = mapping.debit, mapping.credit

    def split(cells: list[str]) -> tuple[Decimal, str | None]:
        out_text = cells[debit_i] if debit_i is not None else ""
        in_text = cells[credit_i] if credit_i is not None else ""
        out = parse(out_text, debit_i) if out_text else None  # type: ignore[arg-type]
        came = parse(in_text, credit_i) if in_text else None  # type: ignore[arg-type]
        if out and out[0] and came and came[0]:
            raise Rejected(
                phrase(
                    "both money out ({out}) and money in ({came}) are filled",
                    out=out_text,
                    came=in_text,
                )
            )
        if out and (out[0] or not came):
            return sign * -abs(out[0]), out[1]
        if came:
            return sign * abs(came[0]), came[1]
        raise Rejected(_no_amount_reason(cells))

    return signed if amount_i is not None else split


def _counterparty_reader(mapping: CsvMapping, blank: int) -> Callable[[list[str], Decimal], str]:
    if mapping.counterparty is not None:
        index = mapping.counterparty
        return lambda cells, value: cells[index]
    payee = mapping.payee if mapping.payee is not None else blank
    payer = mapping.payer if mapping.payer is not None else blank
    return lambda cells, value: cells[payee] if value < 0 else cells[payer]


def _balance_reader(
    mapping: CsvMapping, formats: CsvFormats, blank: int
) -> Callable[[list[str], str], Money | None]:
    index = mapping.balance if mapping.balance is not None else blank
    mark = formats.marks.get(index, ".")

    def balance(cells: list[str], currency: str) -> Money | None:
        text = cells[index]
        if not text:
            return None
        try:
            return exact_money(read_amount(text, mark, currency)[0], currency)
        except (NotAnAmount, UserFacingError):  # a bad balance never costs the line
            return None

    return balance


def _original_reader(
    mapping: CsvMapping, formats: CsvFormats, blank: int
) -> Callable[[list[str], Money], Money | None]:
    amount_i = mapping.original_amount if mapping.original_amount is not None else blank
    currency_i = mapping.original_currency if mapping.original_currency is not None else blank
    mark = formats.marks.get(amount_i, ".")

    def original(cells: list[str], money: Money) -> Money | None:
        text = cells[amount_i]
        if not text:
            return None
        try:
            value, named = read_amount(text, mark)
            code = (cells[currency_i] or named or "").upper()
            if not is_currency_code(code) or code == money.currency:
                return None
            return exact_money(abs(value) if money.amount >= 0 else -abs(value), code)
        except (NotAnAmount, UserFacingError):
            return None

    return original


def _text(text: str) -> str:
    if text.isprintable() and "  " not in text:
        return text
    return clean_text(text)


def _money(value: Decimal, currency_text: str) -> Money:
    try:
        return exact_money(value, _currency_code(currency_text))
    except UserFacingError as why:  # unknown currency, more decimals than it has, too large
        raise Rejected(why.said) from None


@lru_cache(maxsize=256)
def _currency_code(text: str) -> str:
    """ "EUR" for "eur", "EUR" or "€"; the text itself when it is neither (Money refuses it)."""
    if is_currency_code(text):
        return text.strip().upper()
    return currency_for_symbol(text.strip()) or text


def _description(counterparty: str, texts: list[str]) -> str:
    """The counterparty and the text columns joined, leaving out a part another contains."""
    if not counterparty and len(texts) == 1:  # one text column: nothing to join or compare
        raw = texts[0]
        return _text(raw) if raw and _WORDY.search(raw) else ""
    parts: list[str] = []
    folded_parts: list[str] = []
    if counterparty:
        parts.append(counterparty)
        folded_parts.append(counterparty.casefold())
    for raw in texts:
        if not raw or not _WORDY.search(raw):  # "", "-", "--": placeholders, not text
            continue
        text = _text(raw)
        folded = text.casefold()
        if _inside(folded, folded_parts):
            continue
        for index in range(len(folded_parts) - 1, -1, -1):  # parts the new text contains
            if folded_parts[index] in folded:
                del parts[index], folded_parts[index]
        parts.append(text)
        folded_parts.append(folded)
    return parts[0] if len(parts) == 1 else " / ".join(parts)


def _inside(folded: str, folded_parts: list[str]) -> bool:
    return any(folded in part for part in folded_parts)


def _no_date_reason(cells: list[str], date_text: str) -> Phrase:
    summary = _summary_cell(cells)
    if summary:
        return _summary_row(summary)
    if not date_text:
        return phrase("no date")
    return phrase("{text} is not a date", text=quoted(date_text[:40]))


def _no_amount_reason(cells: list[str]) -> Phrase:
    summary = _summary_cell(cells)
    if summary:
        return _summary_row(summary)
    return phrase("no amount")


def _summary_row(text: str) -> Phrase:
    return phrase("a summary row ({text}), not a transaction", text=quoted(text[:40]))


def _summary_cell(cells: list[str]) -> str:
    return next((cell for cell in cells if cell and lx.is_summary(cell)), "")
