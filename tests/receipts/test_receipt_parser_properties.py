"""Properties of the receipt text parser (`receipts.parse_receipt`) on bad and odd OCR text.

- It never raises, on any text: unicode, control characters, long lines, many lines, and
  receipt-like lines in several languages, notations and OCR misreadings.
- It invents no amount: every total, subtotal, tax and item amount is printed on the
  receipt, i.e. its digits (with two decimals, no leading zeros) appear next to each other
  among the text's digits once ".", "," and spaces are dropped and the letters OCR reads
  for digits ("O", "l", "S", ...) are taken as those digits. The total may also be the
  receipt's own arithmetic: cash minus change, two amounts read from it.
- Every date it returns is a real date from `YEARS_BACK` years ago to `DAYS_AHEAD` days ahead.
- Its time grows linearly with the text, and a megabyte is read in seconds.
"""

from __future__ import annotations

import time
import unicodedata
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lingassist.receipts import ReceiptDraft, TextLine, Word, parse_receipt
from lingassist.receipts.amounts import amounts_in
from lingassist.receipts.dates import DAYS_AHEAD, YEARS_BACK
from lingassist.receipts.merchant import clean_name, shop_name
from lingassist.receipts.parse import MAX_READ_CHARS

TODAY = date(2026, 11, 23)
KNOWN = ("Blue Bottle Coffee", "KEDAI RUNCIT ABC SDN BHD")

WORDS = st.sampled_from(
    [
        # labels, in several languages and as OCR misreads them
        "TOTAL",
        "Total",
        "T0TAL",
        "TOTAI",
        "Tatal",
        "GRAND TOTAL",
        "SUB TOTAL",
        "subtotal",
        "SUMME",
        "Zwischensumme",
        "Tổng cộng",
        "Thành tiền",
        "TOTAL TTC",
        "VAT",
        "TVA",
        "MwSt",
        "GST",
        "6%",
        "19 %",
        "tip",
        "Tip:",
        "change",
        "CHANGE",
        "Rückgeld",
        "cash",
        "CASH",
        "CAgH",
        "VISA",
        "CARD",
        "BALANCE DUE",
        "ROUNDING",
        "QTY",
        "ITEM",
        "DESCRIPTION",
        "PRICE",
        "AMOUNT",
        "GST SUMMARY",
        "x",
        "2 x",
        "@",
        "*",
        ":",
        "=",
        "-",
        "(",
        ")",
        # amounts, in every notation and as OCR breaks them
        "1,234.56",
        "1.234,56",
        "63.000",
        "63.000đ",
        "45.000 đ",
        "12,50",
        "12,50 €",
        "€12,50",
        "$4.20",
        "$ 4.20",
        "£3.99",
        "£",
        "$",
        "€",
        "đ",
        "RM",
        "RM 6.00",
        "RMO. 00",
        "RMS. OO",
        "l2.5O",
        "{2.00",
        "[3.10",
        "68. 87",
        "2,83",
        "-3.20",
        "(3.20)",
        "3.20-",
        "10 00",
        "1000",
        "220860)",
        "0.00",
        "99.99",
        "1234567.89",
        "9999999,99",
        "40.00SR",
        "EUR",
        "USD",
        "MYR",
        # dates and times, valid, invalid and misread
        "12/03/2024",
        "03/12/24",
        "2024-03-12",
        "12.03.2024",
        "12.06.",
        "12 MAR 2024",
        "05-JAN-2017",
        "Mar 12, 2024",
        "OCT 3, 2016",
        "2G NOVEMBER 2017",
        "20240312",
        "3O/O5/2Ol8",
        "S/O2/2017",
        "31/02/2024",
        "29.02.2023",
        "00/00/0000",
        "99/99/9999",
        "1/1/1900",
        "01/01/2999",
        "52/02/2018",
        "DATE:",
        "Date",
        "TARIKH",
        "10:42",
        "10:42:08",
        "AM",
        "6:42pm",
        # merchant lines and the rest of a receipt
        "KEDAI",
        "RUNCIT",
        "SDN BHD",
        "SON BHD",
        "S/B",
        "(123456-X)",
        "GmbH",
        "Blue",
        "Bottle",
        "Coffee",
        "Tel:",
        "07-5521873",
        "No.",
        "Jalan",
        "THANK YOU",
        "INVOICE",
        "Milk",
        "Bread",
        "&",
    ]
)
LINE = st.lists(WORDS, max_size=8).map(" ".join)
RECEIPT = st.lists(LINE, min_size=1, max_size=25).map("\n".join)
ODD_CHARACTERS = st.sampled_from(
    [
        "\x00",
        "\t",
        "\x0b",
        "\x0c",
        "\r",
        "\x1c",
        "\x85",
        "\u00a0",
        "\u200b",
        "\u2028",
        "\u202e",
        "\ufeff",
        "\ufffd",
        "１２.５０",  # fullwidth digits
        "١٢٫٥٠",  # Arabic-Indic digits
        "٣/٤/٢٠٢٤",
        "²",
        "½",
        "Ⅻ",
        "𝟙𝟚.𝟝𝟘",
        "0",
        "O",
        "l",
        "|",
        ".",
        ",",
        " ",
        "  ",
        "(",
        "!",
    ]
)
NOISY_RECEIPT = st.lists(st.one_of(WORDS, ODD_CHARACTERS), max_size=60).map("".join)
LONG_LINE = st.tuples(st.one_of(LINE, ODD_CHARACTERS), st.integers(1, 150)).map(
    lambda pair: " ".join([pair[0]] * pair[1])
)
MANY_LINES = st.tuples(LINE, st.integers(1, 100)).map(lambda pair: "\n".join([pair[0]] * pair[1]))
TEXT = st.one_of(st.text(max_size=300), RECEIPT, NOISY_RECEIPT, LONG_LINE, MANY_LINES)


def _plain_lines(text: str) -> list[TextLine]:
    return [TextLine(line) for line in text.splitlines()]


def _worded_lines(text: str) -> list[TextLine]:
    """Lines as the OCR engine hands them over: words with boxes and confidences."""
    return [
        TextLine.of_words(
            [
                Word(word, 0.3 + 0.7 * ((i * 7) % 10) / 10, (i * 40, row * 20, 35, 18))
                for i, word in enumerate(line.split())
            ]
        )
        for row, line in enumerate(text.splitlines())
    ]


def _parse(lines: list[TextLine], currency: str = "EUR") -> ReceiptDraft:
    return parse_receipt(lines, default_currency=currency, known_merchants=KNOWN, today=TODAY)


# The characters OCR reads where a digit was printed, as the amount reader mends them
# ("l2.5O" -> 12.50, "RMS. OO" -> RM5.00, "{2.00" -> 12.00).
_LOOKALIKES = {"O": "0", "o": "0", "S": "5", "I": "1", "l": "1", "|": "1", "{": "1", "[": "1"}


def _digit_skeleton(text: str) -> str:
    """The text's digits (any script's, and their look-alike letters) with the separators
    between them dropped (".", "," and spaces), every other character as a "|" that no
    number crosses: "TOTAL 1,234.56 / 12 50" -> "|||||123456|1250"."""
    out = []
    for char in text:
        digit = unicodedata.decimal(char, None)
        if digit is not None:
            out.append(str(digit))
        elif char in _LOOKALIKES:
            out.append(_LOOKALIKES[char])
        elif char in ".," or (char.isspace() and char != "\n"):
            continue
        else:
            out.append("|")
    return "".join(out)


def _printed(amount: Decimal, skeleton: str) -> bool:
    """True when `amount`'s digits, as printed with two decimals and without leading zeros,
    appear next to each other in the text's digit skeleton: 12.50 from "12,50", "l2.5O",
    "1250" or "12 50"; a whole amount also as printed without a minor unit (63000 from
    "63.000" on a receipt in dong)."""
    digits = format(abs(amount).quantize(Decimal("0.01")), "f").replace(".", "").lstrip("0")
    whole = amount == amount.to_integral_value() and str(abs(int(amount))) in skeleton
    return digits in skeleton or whole


def _read_amounts(lines: list[TextLine]) -> set[Decimal]:
    """Every amount on the lines, read with two decimals and as whole amounts (VND)."""
    return {
        abs(hit.value)
        for index, line in enumerate(lines)
        for whole in (False, True)
        for hit in amounts_in(line, index, whole)
    }


def _check_draft(draft: ReceiptDraft, lines: list[TextLine]) -> None:
    text = "\n".join(line.text for line in lines)
    assert len(text) <= MAX_READ_CHARS  # so the parser read all of it, as `read` below does
    skeleton = _digit_skeleton(text)
    read = _read_amounts(lines)
    assert all(_printed(value, skeleton) for value in read), (read, skeleton)
    if draft.total is not None:
        assert draft.total > 0
        # printed on the receipt, or the receipt's own arithmetic: cash minus change
        assert _printed(draft.total, skeleton) or any(
            paid - change == draft.total for paid in read for change in read
        ), (draft.total, text)
    for amount in (draft.subtotal, draft.tax, *(item.amount for item in draft.items)):
        if amount is not None:
            assert _printed(amount, skeleton), (amount, text)
    if draft.date is not None:
        assert isinstance(draft.date, date)
        earliest = TODAY.replace(year=TODAY.year - YEARS_BACK)
        assert earliest <= draft.date <= TODAY + timedelta(days=DAYS_AHEAD)
    if draft.merchant is not None:
        assert draft.merchant == draft.merchant.strip() and len(draft.merchant) >= 3
    assert len(draft.currency) == 3 and draft.currency.isascii() and draft.currency.isupper()
    assert all(0.0 <= value <= 1.0 for value in draft.confidence.values()), draft.confidence


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_parse_never_raises_invents_no_amount_and_keeps_dates_plausible(text: str) -> None:
    lines = _plain_lines(text)
    _check_draft(_parse(lines), lines)


@settings(max_examples=100, deadline=None)
@given(st.one_of(RECEIPT, NOISY_RECEIPT), st.sampled_from(["EUR", "USD", "MYR", "VND", "GBP"]))
def test_ocr_words_with_boxes_follow_the_same_rules(text: str, currency: str) -> None:
    lines = _worded_lines(text)
    draft = _parse(lines, currency)
    _check_draft(draft, lines)
    for boxes in draft.boxes.values():
        assert all(len(box) == 4 for box in boxes)


def _cpu_seconds(lines: list[TextLine]) -> float:
    # CPU time of this thread, not wall-clock time: other jobs on a busy machine, and other
    # threads of this process (a receipt still read in process by an earlier test's worker),
    # don't count
    start = time.thread_time()
    _parse(lines)
    return time.thread_time() - start


@settings(max_examples=6, deadline=None)
@given(st.lists(LINE, min_size=3, max_size=6).map("\n".join))
def test_parse_time_grows_linearly_with_a_repeated_receipt(receipt: str) -> None:
    # The receipt printed 50 times, as 50x the lines and as one 50x longer line, against the
    # best of three readings of it. Linear time takes about 50x as long; the bound allows 10x
    # more than that and 0.25 s, far below the 2,500x of quadratic time.
    flat = receipt.replace("\n", " ")
    lines = min(_cpu_seconds(_plain_lines(receipt)) for _ in range(3))
    line = min(_cpu_seconds([TextLine(flat)]) for _ in range(3))
    many_lines = _cpu_seconds(_plain_lines("\n".join([receipt] * 50)))
    long_line = _cpu_seconds([TextLine(" ".join([flat] * 50))])
    assert many_lines < 10 * 50 * lines + 0.25, (many_lines, lines)
    assert long_line < 10 * 50 * line + 0.25, (long_line, line)


RUN_UNITS = st.one_of(
    st.sampled_from([" ", "  ", "\t", "(", "!", "*", ".", "1,", "12/", "0", "l", "A ", "SDN "]),
    ODD_CHARACTERS,
    st.text(min_size=1, max_size=3),
)


@settings(max_examples=10, deadline=None)
@given(WORDS, RUN_UNITS, WORDS)
def test_parse_time_grows_linearly_with_a_long_run_of_one_pattern(
    before: str, unit: str, after: str
) -> None:
    # A repeated receipt never grows a single run of spaces or symbols; a runaway OCR line
    # does. 20x the run takes about 20x as long; quadratic time would take 400x.
    def line(repeats: int, tag: str = "") -> list[TextLine]:
        # a different last word each time: the parser keeps what it learnt of a line's words
        return [TextLine(f"{before} {unit * repeats}{after} {tag}")]

    short = min(_cpu_seconds(line(200, tag)) for tag in ("QX", "QY", "QZ"))
    # the best of two: a garbage collection or a busy machine once is no quadratic time
    long = min(_cpu_seconds(line(4_000, tag)) for tag in ("QV", "QW"))
    assert long < 60 * short + 0.02, (long, short)


def _clean_seconds(text: str) -> float:
    start = time.thread_time()
    clean_name(text)
    return time.thread_time() - start


def test_merchant_cleaning_is_linear_in_a_run_of_spaces_or_symbols() -> None:
    # Found fuzzing: a top line of 8,000 spaces took 1.5 s and 1 MB of them hours, as the
    # registration, edge-noise and "SDN BHD" patterns rescanned the run from each of its
    # characters.
    for before, unit, after in [
        ("A", " ", "B"),
        ("SHOP", " ", "(123456-X)"),
        ("S", " ", "BHD"),
        ("", "(", "x"),
        ("x", "!", "("),
    ]:
        short = min(_clean_seconds(before + unit * 1_000 + after) for _ in range(3))
        long = _clean_seconds(before + unit * 20_000 + after)
        assert long < 60 * short + 0.01, (repr(unit), long, short)
    assert clean_name("A" + " " * 20_000 + "B") == "A B"
    assert clean_name("SHOP" + " " * 20_000 + "(123456-X)") == "SHOP"
    assert clean_name("x" + "!" * 20_000 + "(") == "x"


def test_a_megabyte_of_text_is_read_in_seconds() -> None:
    # Repeated receipts, a runaway OCR line, a line of spaces or brackets: all finish in
    # seconds (a megabyte of receipt lines took 30 s before the parser read at most
    # MAX_READ_CHARS; a megabyte of spaces, hours).
    receipt = "KEDAI RUNCIT ABC SDN BHD\n12/03/2024 10:42\nMilk 2 x 3.50 7.00\nTOTAL RM 7.00\n"
    megabyte = 1_000_000
    texts = [
        receipt * (megabyte // len(receipt)),
        (receipt.replace("\n", " ")) * (megabyte // len(receipt)),
        "A" + " " * megabyte + "B",
        "S" + " " * megabyte + "BHD 1.00",
        "(" * megabyte + "x",
        "!" * megabyte + "x",
        "1," * (megabyte // 2) + "00",
        "12/" * (megabyte // 3),
        "l" * megabyte,
    ]
    for text in texts:
        assert _cpu_seconds(_plain_lines(text)) < 10, text[:40]
    # only the first MAX_READ_CHARS characters are read: the first receipts of the megabyte
    draft = _parse(_plain_lines(texts[0]))
    assert (draft.merchant, draft.date, draft.total) == (
        "KEDAI RUNCIT ABC SDN BHD",
        date(2024, 3, 12),
        Decimal("7.00"),
    )


@pytest.mark.parametrize(
    ("before", "unit", "after"),
    [("TOTAL", "12/", "Total"), ("TOTAL", "0", "TOTAL"), ("TOTAL", "l", "TOTAL"), ("A", " ,", "B")],
)
def test_runs_found_by_fuzzing_are_read_in_linear_time(before: str, unit: str, after: str) -> None:
    # Found by the property test above: every date candidate was checked against every one
    # taken before it ("12/12/12/…"), a quantity ("3KG") was tried from each digit of a long
    # number, a legal form ("GmbH") after each ", " of a run, a house number after each letter.
    def seconds(repeats: int, tag: str) -> float:
        line = f"{before} {unit * repeats}{after} {tag}"
        start = time.thread_time()
        _parse([TextLine(line)])
        shop_name(line)
        return time.thread_time() - start

    short = min(seconds(400, tag) for tag in ("QX", "QY"))
    long = min(seconds(8_000, tag) for tag in ("QV", "QW"))
    assert long < 60 * short + 0.05, (long, short)


def test_a_run_of_digits_beyond_what_the_ledger_records_is_no_amount() -> None:
    line = TextLine("100.000.000.000.000.000.000.000.000")
    assert amounts_in(line, 0, whole=True) == []
    assert amounts_in(line, 0) == []
