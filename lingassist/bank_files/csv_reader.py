"""A CSV bank export read into a statement, or a layout for a person to map when the reader
is unsure (`CsvMappingNeeded`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from lingassist.bank_files import lexicon as lx
from lingassist.bank_files.account_ids import find_iban
from lingassist.bank_files.csv_detect import (
    SHAPE_SAMPLE,
    Roles,
    assign_roles,
    describe_columns,
    modal_width,
    suggest_by_shape,
    with_roles,
)
from lingassist.bank_files.csv_formats import Formats, decide_formats
from lingassist.bank_files.csv_layout import (
    CsvColumn,
    CsvLayout,
    CsvMapping,
    CsvMappingNeeded,
    header_fingerprint,
)
from lingassist.bank_files.csv_lines import CsvFormats, read_records
from lingassist.bank_files.csv_records import (
    Record,
    choose_delimiter,
    find_header,
    first_data_record,
    looks_like_header,
    split_records,
)
from lingassist.bank_files.decoding import not_a_bank_file
from lingassist.core.bank_lines import BankStatement
from lingassist.core.currency import is_currency_code
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import Phrase, phrase, quoted

SAMPLE_ROWS = 10
ROLE_COLUMNS = {  # a `CsvMapping` role's column, named in a sentence (its code name is not)
    "date": "date (column {number})",
    "amount": "amount (column {number})",
    "debit": "money out (column {number})",
    "credit": "money in (column {number})",
    "direction": "in or out (column {number})",
    "description": "description (column {number})",
    "kind": "kind of payment (column {number})",
    "counterparty": "counterparty (column {number})",
    "payee": "payee (column {number})",
    "payer": "payer (column {number})",
    "reference": "bank reference (column {number})",
    "balance": "balance (column {number})",
    "currency": "currency (column {number})",
    "value_date": "value date (column {number})",
    "original_amount": "amount in the other currency (column {number})",
    "original_currency": "other currency (column {number})",
    "status": "booked or pending (column {number})",
    "category": "bank's category (column {number})",
    "account": "account number (column {number})",
}
_DELIMITER_NAMES = {  # a delimiter -> how the preview says it
    ";": "Columns separated by semicolons.",
    ",": "Columns separated by commas.",
    "\t": "Columns separated by tabs.",
    "|": "Columns separated by bars.",
}


@dataclass
class _Reading:
    """Everything found on the way from text to lines."""

    layout: CsvLayout
    records: list[Record]
    data: list[Record]
    mapping: CsvMapping
    formats: Formats
    currency: str
    notes: list[Phrase]


def read_csv(
    text: str, *, name: str, encoding: str, currency_hint: str, mapping: CsvMapping | None
) -> BankStatement:
    """The statement in CSV `text`.

    Raises:
        CsvMappingNeeded: the columns or formats are unclear; its layout lets a person
            choose, and the call is repeated with their mapping.
        UserFacingError: the text holds no table of dates and amounts, or `mapping` does
            not fit the file.
    """
    reading = _read_layout(
        text, name=name, encoding=encoding, currency_hint=currency_hint, mapping=mapping
    )
    doubts = reading.layout.doubts
    if doubts:
        said = (*reading.notes, *reading.layout.said_doubts)
        statement = BankStatement(
            lines=(),
            format="csv",
            currency=reading.currency,
            notes=tuple(note.text for note in said),
            said_notes=said,
        )
        raise CsvMappingNeeded(
            f"{name}: LingAssist will not guess which columns to read. {doubts[0]} Choose the "
            "date and amount columns for this bank once; the choice is remembered.",
            reading.layout,
            statement,
        )
    formats = CsvFormats(
        reading.formats.date_order,
        reading.formats.marks,
        reading.currency,
        reading.layout.delimiter,
    )
    lines, rejected = read_records(reading.data, reading.mapping, formats)
    notes = list(reading.notes)
    if not lines and not rejected:
        notes.append(phrase("The file has a header but no lines under it."))
    elif (
        lines
        and reading.mapping.amount is not None
        and all(line.money.amount > 0 for line in lines)
        and len(lines) > 1
    ):
        notes.append(
            phrase(
                "Every amount is positive: if purchases show as positive (some card exports "
                "do), flip the signs in the column choice."
            )
        )
    return BankStatement(
        lines=tuple(lines),
        rejected=tuple(rejected),
        format="csv",
        currency=reading.currency,
        account_id=_account(reading),
        notes=tuple(note.text for note in notes),
        said_notes=tuple(notes),
    )


def inspect_csv(
    text: str, *, name: str, encoding: str, currency_hint: str, mapping: CsvMapping | None = None
) -> CsvLayout:
    """What the reader finds in CSV `text` (columns, roles, samples, doubts), for a dialog
    that shows the columns even when the reader is sure."""
    return _read_layout(
        text, name=name, encoding=encoding, currency_hint=currency_hint, mapping=mapping
    ).layout


def _read_layout(
    text: str, *, name: str, encoding: str, currency_hint: str, mapping: CsvMapping | None
) -> _Reading:
    delimiter = mapping.delimiter if mapping and mapping.delimiter else choose_delimiter(text)
    records = split_records(text, delimiter)
    header_row, data_start, doubts = _header_row(records, mapping, name)
    header = records[header_row].cells if header_row is not None else []
    data = records[data_start:]
    sample = _sample(data)
    width = max(len(header), modal_width(sample))
    columns = describe_columns(header, sample, width)
    roles = _roles(columns, mapping, currency_hint, width)
    doubts.extend(roles.doubts)
    currency = _currency(columns, roles.mapping, sample, currency_hint)
    date_name = columns[roles.mapping.date].name if roles.mapping.date is not None else ""
    formats = decide_formats(
        data, roles.mapping, languages=roles.languages, currency=currency, date_name=date_name
    )
    doubts.extend(formats.doubts)
    chosen = replace(
        roles.mapping,
        date_order=formats.date_order,
        header_row=data_start - 1 if data_start else None,
        delimiter=delimiter,
        encoding=encoding,
    )
    suggested = suggest_by_shape(columns, chosen) if doubts and mapping is None else chosen
    notes = _reading_notes(encoding, delimiter, header_row, records) + roles.notes + formats.notes
    layout = CsvLayout(
        encoding=encoding,
        delimiter=delimiter,
        header_row=header_row,
        header=tuple(header),
        columns=tuple(with_roles(columns, suggested)),
        sample_rows=tuple(tuple(record.cells) for record in sample[:SAMPLE_ROWS]),
        suggested=suggested,
        doubts=tuple(doubt.text for doubt in doubts),
        said_doubts=tuple(doubts),
        notes=tuple(note.text for note in notes),
        fingerprint=header_fingerprint(header) if header else _shape_fingerprint(columns),
    )
    return _Reading(layout, records, data, chosen, formats, currency, notes)


def _sample(data: list[Record]) -> list[Record]:
    """The first data records that are neither blank nor totals, to tell column shapes."""
    sample = []
    for record in data[: SHAPE_SAMPLE * 2]:
        if any(cell.strip() for cell in record.cells) and not any(
            lx.is_summary(cell) for cell in record.cells if cell
        ):
            sample.append(record)
    return sample[:SHAPE_SAMPLE]


def _header_row(
    records: list[Record], mapping: CsvMapping | None, name: str
) -> tuple[int | None, int, list[Phrase]]:
    """The header's record index (None: no header), where the data starts, and doubts."""
    if mapping is not None:
        if mapping.header_row is None:
            return None, 0, []
        if not 0 <= mapping.header_row < len(records):
            raise UserFacingError(
                phrase(
                    "{name} has {count} rows; the chosen header row {row} is not one of them.",
                    name=name,
                    count=str(len(records)),
                    row=str(mapping.header_row + 1),
                )
            )
        return mapping.header_row, mapping.header_row + 1, []
    guess = find_header(records)
    if guess.index is not None:
        return guess.index, guess.index + 1, []
    start = first_data_record(records)
    if start is None:
        raise not_a_bank_file(name, phrase("text with no table of dates and amounts"))
    if start > 0 and looks_like_header(records[start - 1].cells):
        return start - 1, start, [phrase("None of the header's words is one LingAssist knows.")]
    return None, start, [phrase("The file has no header row naming its columns.")]


def _roles(
    columns: list[CsvColumn], mapping: CsvMapping | None, currency_hint: str, width: int
) -> Roles:
    if mapping is None:
        return assign_roles(columns, currency_hint)
    problems = mapping.said_problems()
    outside = [
        phrase(ROLE_COLUMNS[role], number=str(index + 1))
        for role, index in [
            *mapping.columns().items(),
            *(("description", index) for index in mapping.description),
        ]
        if not 0 <= index < width
    ]
    if outside:
        listed = outside[0]
        for column in outside[1:]:
            listed = phrase("{first}, {then}", first=listed, then=column)
        problems.append(
            phrase(
                "The file has {count} columns; not: {columns}.", count=str(width), columns=listed
            )
        )
    if problems:
        said = problems[0]
        for problem in problems[1:]:  # the English text joins them with a space
            said = phrase("{first} {then}", first=said, then=problem)
        raise UserFacingError(said)
    words = [lx.header_word(column.name) for column in columns]
    return Roles(mapping=mapping, languages={word.language for word in words if word})


def _currency(
    columns: list[CsvColumn], mapping: CsvMapping, sample: list[Record], hint: str
) -> str:
    """The statement's currency: its currency column, its amount header, its amounts'
    symbols, else the hint."""
    if mapping.currency is not None:
        codes = Counter(
            record.cells[mapping.currency].strip().upper()
            for record in sample
            if mapping.currency < len(record.cells)
        )
        for code, _ in codes.most_common():
            if is_currency_code(code):
                return code
    for index in (mapping.amount, mapping.debit, mapping.credit, mapping.balance):
        named = lx.header_currency(columns[index].name) if index is not None else None
        if named and is_currency_code(named):
            return named
    for index in (mapping.amount, mapping.debit, mapping.credit):
        for value in columns[index].samples if index is not None else ():
            for sign, code in (("€", "EUR"), ("£", "GBP")):
                if sign in value:
                    return code
    return hint.upper()


def _account(reading: _Reading) -> str:
    index = reading.mapping.account
    if index is not None:
        for record in reading.data:
            if index < len(record.cells) and record.cells[index].strip():
                return record.cells[index].strip()
    header_row = reading.layout.header_row or 0
    preamble = [cell for record in reading.records[:header_row] for cell in record.cells]
    return find_iban(preamble)


def _reading_notes(
    encoding: str, delimiter: str, header_row: int | None, records: list[Record]
) -> list[Phrase]:
    if delimiter in _DELIMITER_NAMES:
        notes = [phrase(_DELIMITER_NAMES[delimiter])]
    else:
        notes = [phrase("Columns separated by {delimiter}.", delimiter=quoted(delimiter))]
    if encoding not in ("utf-8", "ascii"):
        notes.append(phrase("Read as {encoding} text.", encoding=encoding))
    if header_row:
        skipped = sum(1 for record in records[:header_row] if any(record.cells))
        if skipped:
            notes.append(
                phrase(
                    "{count} lines of account information above the header skipped.",
                    count=str(skipped),
                )
            )
    return notes


def _shape_fingerprint(columns: list[CsvColumn]) -> str:
    return header_fingerprint([f"#{column.shape}" for column in columns])
