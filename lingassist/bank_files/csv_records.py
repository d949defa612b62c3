"""CSV text -> records (cells with the line each starts on), and the delimiter to split by.

Quoted fields may hold delimiters and line breaks (Crédit Agricole's multi-line "Libellé"),
line endings may be mixed (\\r\\n, \\n, \\r). The delimiter is the one of ; , tab | that
turns the file into a table with a recognisable header and dates and amounts under it;
`csv.Sniffer` proposes, the table decides.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from lingassist.bank_files.amounts import looks_like_amount
from lingassist.bank_files.dates import looks_like_date
from lingassist.bank_files.lexicon import HeaderWord, header_word

DELIMITERS = (";", ",", "\t", "|")
SAMPLE_CHARS = 64_000
HEADER_SEARCH = 40  # records: German banks put up to a dozen lines of account data first
_LONGEST_CELL = 80  # a header cell is short


class Record(NamedTuple):
    """One CSV record (a named tuple: a file makes one per line).

    Attributes:
        line: the 1-based physical line it starts on.
        cells: its fields, as written (quotes removed).
        lines: how many physical lines it spans (more than 1 with quoted line breaks).
        problem: why it cannot be read at all ("" when it can): an unclosed quote that
            swallowed the rest of the file, a field over the size limit.
    """

    line: int
    cells: list[str]
    lines: int = 1
    problem: str = ""


@dataclass(frozen=True)
class HeaderGuess:
    """Where the header seems to be.

    Attributes:
        index: its record index; None when no record looks like a header.
        hits: how many of its cells are known header words.
        data_rows: how many of the records right after it look like bank lines.
    """

    index: int | None
    hits: int
    data_rows: int


def split_records(text: str, delimiter: str) -> list[Record]:
    """Every CSV record of `text`, blank lines included (as records with no cells)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[Record] = []
    previous = 0
    while True:
        problem = ""
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:  # a field over the size limit: its record is lost, the rest is not
            if reader.line_num == previous:
                break
            cells, problem = [], f"a field longer than {csv.field_size_limit():,} characters"
        records.append(Record(previous + 1, cells, max(1, reader.line_num - previous), problem))
        previous = reader.line_num
    if records and records[-1].lines > 1 and text.count('"') % 2:
        last = records[-1]
        records[-1] = last._replace(
            problem=f"a quote opened here is never closed, so lines {last.line}-"
            f"{last.line + last.lines - 1} cannot be told apart"
        )
    return records


def choose_delimiter(text: str) -> str:
    """The delimiter that makes the start of `text` the best bank table."""
    sample = _sample(text)
    candidates = list(DELIMITERS)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
        candidates.sort(key=lambda delimiter: delimiter != sniffed)
    except csv.Error:
        pass
    scores = {delimiter: _table_score(split_records(sample, delimiter)) for delimiter in candidates}
    return max(candidates, key=lambda delimiter: scores[delimiter])  # first wins a tie


def find_header(records: list[Record]) -> HeaderGuess:
    """The record that heads the table: most known header words, bank lines right after.

    A header with no lines after it counts only when nothing better exists (a file that
    holds just its header).
    """
    best = HeaderGuess(None, 0, 0)
    for index, record in enumerate(records[:HEADER_SEARCH]):
        hits = sum(1 for cell in record.cells if cell_header_word(cell) is not None)
        if hits == 0 or not looks_like_header(record.cells):
            continue
        data_rows = _data_rows_after(records, index)
        guess = HeaderGuess(index, hits, data_rows)
        if (data_rows > 0, hits) > (best.data_rows > 0, best.hits):
            best = guess
    if best.index is not None and best.data_rows == 0 and best.hits < 2:
        return HeaderGuess(None, 0, 0)
    return best


def looks_like_header(cells: list[str]) -> bool:
    """At least two filled cells, none of them a date or an amount."""
    filled = [cell for cell in cells if cell.strip()]
    return len(filled) >= 2 and not any(
        looks_like_date(cell) or looks_like_amount(cell) for cell in filled
    )


def first_data_record(records: list[Record]) -> int | None:
    """The index of the first record that looks like a bank line (date and amount)."""
    for index, record in enumerate(records[: HEADER_SEARCH + 20]):
        if looks_like_bank_line(record.cells):
            return index
    return None


def looks_like_bank_line(cells: list[str]) -> bool:
    """True when the cells hold a date and an amount in other cells."""
    date_at = next((i for i, cell in enumerate(cells) if looks_like_date(cell)), None)
    if date_at is None:
        return False
    return any(looks_like_amount(cell) for i, cell in enumerate(cells) if i != date_at and cell)


@lru_cache(maxsize=4096)
def cell_header_word(cell: str) -> HeaderWord | None:
    """The header word a cell is, ignoring long cells and cells that are data."""
    if not cell.strip() or len(cell) > _LONGEST_CELL:
        return None
    if looks_like_date(cell) or looks_like_amount(cell):
        return None
    return header_word(cell)


def _data_rows_after(records: list[Record], index: int) -> int:
    following = [record for record in records[index + 1 : index + 6] if any(record.cells)]
    return sum(1 for record in following[:3] if looks_like_bank_line(record.cells))


def _table_score(records: list[Record]) -> tuple[int, int, int, int]:
    """(header words of a header with lines under it, bank-looking lines, header words,
    width): a file of only a header still prefers the delimiter that splits its header."""
    header = find_header(records)
    start = header.index + 1 if header.index is not None else 0
    lines = sum(1 for record in records[start : start + 50] if looks_like_bank_line(record.cells))
    width = max((len(record.cells) for record in records[start : start + 50]), default=0)
    found = header.hits if header.data_rows > 0 else 0
    return (found, lines, header.hits, min(width, 3))


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    cut = max(text.rfind("\n", 0, SAMPLE_CHARS), text.rfind("\r", 0, SAMPLE_CHARS))
    return text[: cut if cut > 0 else SAMPLE_CHARS]
