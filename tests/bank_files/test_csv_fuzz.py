"""Hypothesis against the CSV reader: any text is read or refused with a message, never a
crash; every amount read is the amount written (none invented, none rounded); every line is
either read or rejected with a reason."""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from lingassist.bank_files import CsvMapping, CsvMappingNeeded, read_bank_file
from lingassist.core.errors import UserFacingError

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def read_text(data: bytes, **options: object):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        return read_bank_file(path, currency_hint="EUR", **options)  # type: ignore[arg-type]


CELLS = st.text(
    alphabet=st.sampled_from(list(';,\t|"\n\r -+.,()€£$0123456789/aZéÜ\x00\u202e')), max_size=12
)


@FUZZ
@given(
    st.lists(st.lists(CELLS, min_size=1, max_size=6), max_size=12),
    st.sampled_from([";", ",", "\t", "|"]),
    st.booleans(),
)
def test_any_table_is_read_or_refused_with_a_message(
    table: list[list[str]], delimiter: str, with_header: bool
) -> None:
    head = [["Date", "Text", "Amount"], ["2025-12-01", "Coffee", "-3.20"]] if with_header else []
    text = "\n".join(delimiter.join(row) for row in head + table)
    try:
        statement = read_text(text.encode("utf-8"))
    except UserFacingError as refusal:  # CsvMappingNeeded is one
        assert str(refusal)
        event(type(refusal).__name__)
        return
    event("read")
    for line in statement.rejected:
        assert line.reason.startswith(f"line {line.number}: ") and len(line.reason) > 9
    for line in statement.lines:
        assert abs(line.money.amount) < Decimal(10) ** 12


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_with_a_message(data: bytes) -> None:
    try:
        read_text(data)
    except UserFacingError as refusal:
        assert str(refusal)


@dataclass(frozen=True)
class Written:
    """A data row as written, and what reading it must give."""

    date: str
    amount: str
    description: str
    expected: Decimal | None  # None: the row must be rejected


AMOUNTS = st.decimals(
    min_value=Decimal("-99999.99"),
    max_value=Decimal("99999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)
JUNK = st.sampled_from(["", "abc", "12.3.4", "1,2", "--5", "12.345", "€", "(1", "1e5"])
TEXT = st.text(alphabet=st.sampled_from(list('abc XYZ;,"\n\t-€/')), max_size=20)


@st.composite
def written_rows(draw: st.DrawFn) -> Written:
    good_date = draw(st.booleans()) or draw(st.booleans())
    good_amount = draw(st.booleans()) or draw(st.booleans())
    day = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 700)))
    value = draw(AMOUNTS)
    amount = draw(st.sampled_from([f"{value}", f"{value:,}"])) if good_amount else draw(JUNK)
    date_text = day.isoformat() if good_date else draw(st.sampled_from(["", "2025-02-30", "x"]))
    description = draw(TEXT)
    expected = value if good_date and good_amount else None
    return Written(date_text, amount, description, expected)


@FUZZ
@given(st.lists(written_rows(), min_size=1, max_size=15), st.sampled_from([";", ",", "\t"]))
def test_every_amount_read_is_the_amount_written(written: list[Written], delimiter: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["Date", "Description", "Amount"])
    starts = {}
    for row in written:
        starts[out.getvalue().count("\n") + 1] = row
        writer.writerow([row.date, row.description, row.amount])
    mapping = CsvMapping(date=0, description=(1,), amount=2, date_order="YMD", decimal_mark=".")
    statement = read_text(out.getvalue().encode("utf-8"), mapping=mapping)
    read = {line.number: line.money.amount for line in statement.lines}
    refused = {line.number: line.reason for line in statement.rejected}
    for number, row in starts.items():
        if row.expected is not None:
            assert read.get(number) == row.expected, (number, row, refused.get(number))
        elif not row.date and not row.amount and not row.description.strip():
            assert number not in read and number not in refused  # a blank line is skipped
        else:
            assert number in refused and refused[number].startswith(f"line {number}: ")
    assert len(read) + len(refused) <= len(written)


STYLES = {
    # header words, date format, decimal mark, thousands, currency hint
    "de": (["Buchungstag", "Verwendungszweck", "Betrag"], "%d.%m.%Y", ",", ".", "EUR"),
    "fr": (["Date", "Libellé", "Montant"], "%d/%m/%Y", ",", " ", "EUR"),
    "us": (["Date", "Description", "Amount"], "%m/%d/%Y", ".", ",", "USD"),
    "uk": (["Date", "Description", "Amount"], "%d/%m/%Y", ".", ",", "GBP"),
    "iso": (["Date", "Description", "Amount"], "%Y-%m-%d", ".", "", "EUR"),
}


def formatted(value: Decimal, mark: str, thousands: str) -> str:
    text = f"{abs(value):,.2f}".replace(",", "\x00").replace(".", mark)
    return ("-" if value < 0 else "") + text.replace("\x00", thousands)


@FUZZ
@given(
    st.sampled_from(sorted(STYLES)),
    st.sampled_from([";", ",", "\t"]),
    st.lists(st.tuples(st.integers(0, 900), AMOUNTS, TEXT), min_size=1, max_size=12),
    st.booleans(),
)
def test_detected_files_give_back_exactly_their_dates_and_amounts(
    style: str, delimiter: str, drawn: list[tuple[int, Decimal, str]], descending: bool
) -> None:
    header, date_format, mark, thousands, currency = STYLES[style]
    drawn = sorted(drawn, reverse=descending)  # statements are in date order
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for offset, value, text in drawn:
        day = date(2024, 1, 1) + timedelta(days=offset)
        writer.writerow([day.strftime(date_format), text or "x", formatted(value, mark, thousands)])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "statement.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        try:
            statement = read_bank_file(path, currency_hint=currency)
        except CsvMappingNeeded as asked:  # allowed: it must say why
            assert asked.layout.doubts
            event(f"asked: {asked.layout.doubts[0][:50]}")
            return
    event("read")
    expected = [(date(2024, 1, 1) + timedelta(days=o), v) for o, v, _ in drawn]
    assert [(line.booked, line.money.amount) for line in statement.lines] == expected
    assert statement.rejected == ()
