"""What a CSV bank file's columns mean: the mapping a person confirms, and the layout the
reader found, which a dialog shows when it is unsure.

A mapping names columns by their 0-based index in the header row. It is remembered per bank
by `header_fingerprint` of that header (storing it is the import's job), so the next file
from the same bank is read without asking.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from lingassist.bank_files.lexicon import normalize_header
from lingassist.core.bank_lines import BankStatement
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import Phrase, phrase, quoted

DATE_ORDERS = ("", "DMY", "MDY", "YMD")
DECIMAL_MARKS = ("", ".", ",")


@dataclass(frozen=True)
class CsvMapping:
    """Which column of a CSV bank file holds what (0-based column indexes; None = absent).

    Attributes:
        date: the booking date.
        amount: a signed amount; or leave it None and give `debit` and/or `credit`.
        debit: money out (its sign is ignored: always taken as outgoing).
        credit: money in (always taken as incoming).
        direction: a column of S/H, DR/CR, Af/Bij that signs an unsigned `amount`.
        description: the text columns joined into the line's description, in order.
        kind: the bank's kind of line ("Lastschrift"), used when there is no description.
        counterparty: the other side's name.
        payee, payer: two name columns, as DKB prints them: the payee is the counterparty of
            money going out, the payer of money coming in.
        reference: the bank's own unique id of a line.
        balance: the running balance after the line.
        currency: the currency of each line's amount.
        value_date: the value date.
        original_amount, original_currency: the amount in another currency (card abroad).
        status: booked/pending; pending lines are rejected.
        category: the bank's category of the line.
        account: the statement's own account number.
        date_order: "DMY", "MDY" or "YMD"; "" = decide from the column.
        decimal_mark: "." or ","; "" = decide per column.
        header_row: index of the header among the file's CSV records (0 = first): the data
            starts on the next record. For a file without a header it is the last record of
            the bank's account information above the lines; None = the data starts at the
            first record.
        negate: flip every amount's sign (card files that print purchases as positive).
        delimiter: "" = detect.
        encoding: "" = detect.
    """

    date: int | None = None
    amount: int | None = None
    debit: int | None = None
    credit: int | None = None
    direction: int | None = None
    description: tuple[int, ...] = ()
    kind: int | None = None
    counterparty: int | None = None
    payee: int | None = None
    payer: int | None = None
    reference: int | None = None
    balance: int | None = None
    currency: int | None = None
    value_date: int | None = None
    original_amount: int | None = None
    original_currency: int | None = None
    status: int | None = None
    category: int | None = None
    account: int | None = None
    date_order: str = ""
    decimal_mark: str = ""
    header_row: int | None = 0
    negate: bool = False
    delimiter: str = ""
    encoding: str = ""

    def problems(self) -> list[str]:
        """What keeps this mapping from reading a file (empty when it can)."""
        return [problem.text for problem in self.said_problems()]

    def said_problems(self) -> list[Phrase]:
        """`problems` as phrases, for a window to say in its language."""
        found = []
        if self.date is None:
            found.append(phrase("Choose the column with the date."))
        if self.amount is None and self.debit is None and self.credit is None:
            found.append(phrase("Choose the amount column, or the debit and credit columns."))
        if self.date_order not in DATE_ORDERS:
            found.append(
                phrase(
                    "The date order {order} is not DMY, MDY or YMD.", order=quoted(self.date_order)
                )
            )
        if self.decimal_mark not in DECIMAL_MARKS:
            found.append(
                phrase("The decimal mark {mark} is not '.' or ','.", mark=quoted(self.decimal_mark))
            )
        if len(self.delimiter) > 1:
            found.append(
                phrase(
                    "The delimiter {delimiter} is not one character.",
                    delimiter=quoted(self.delimiter),
                )
            )
        return found

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values, to store the mapping with the bank's fingerprint."""
        values = {item.name: getattr(self, item.name) for item in fields(self)}
        values["description"] = list(self.description)
        return values

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> CsvMapping:
        """A mapping from `to_dict`'s values; unknown keys (from a newer version) are ignored."""
        known = {item.name for item in fields(cls)}
        kept = {key: value for key, value in values.items() if key in known}
        if "description" in kept:
            kept["description"] = tuple(int(index) for index in kept["description"])
        return cls(**kept)

    def columns(self) -> dict[str, int]:
        """Role -> column index for every column this mapping uses (description excepted)."""
        return {
            item.name: value
            for item in fields(self)
            if isinstance(value := getattr(self, item.name), int)
            and not isinstance(value, bool)
            and item.name != "header_row"
        }


@dataclass(frozen=True)
class CsvColumn:
    """One column as the reader saw it.

    Attributes:
        index: 0-based column index.
        name: the header cell ("" when there is no header).
        role: the role the reader gave it ("" when none; see `lexicon` for the names).
        shape: what its values look like: "date", "number", "currency", "direction",
            "text" or "empty".
        samples: up to five of its non-empty values.
    """

    index: int
    name: str
    role: str
    shape: str
    samples: tuple[str, ...]


@dataclass(frozen=True)
class CsvLayout:
    """What the reader found in a CSV file, for a dialog to show and correct.

    Attributes:
        encoding, delimiter: how the text was read.
        header_row: the header's record index (None: no header found).
        header: the header cells ("" per column when there is none).
        columns: each column with its detected role and sample values.
        sample_rows: the first data rows as cells, for a preview table.
        suggested: the mapping the reader would use; missing roles are None.
        doubts: why the reader will not go on alone (empty when it is sure).
        said_doubts: the doubts as phrases, for a window in another language.
        notes: what it decided on its own (decimal comma, day before month...).
        fingerprint: `header_fingerprint(header)`, the key to remember a mapping by.
    """

    encoding: str
    delimiter: str
    header_row: int | None
    header: tuple[str, ...]
    columns: tuple[CsvColumn, ...]
    sample_rows: tuple[tuple[str, ...], ...]
    suggested: CsvMapping
    doubts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    fingerprint: str = ""
    said_doubts: tuple[Phrase, ...] = ()


class CsvMappingNeeded(UserFacingError):
    """A CSV file whose columns the reader will not guess: the person chooses them.

    Attributes:
        layout: the columns, samples and a suggested mapping for a mapping dialog.
        statement: an empty statement whose notes say what is unclear.
    """

    def __init__(self, message: str, layout: CsvLayout, statement: BankStatement) -> None:
        super().__init__(message)
        self.layout = layout
        self.statement = statement


def header_fingerprint(header: Sequence[str]) -> str:
    """A short stable key of a header row: the same bank's files share it.

    Case, accents, punctuation, spacing and trailing empty cells do not change it; a
    renamed, added or moved column does.
    """
    cells = [normalize_header(cell) for cell in header]
    while cells and not cells[-1]:
        cells.pop()
    digest = hashlib.sha256("\x1f".join(cells).encode("utf-8")).hexdigest()
    return f"csv1-{digest[:16]}"
