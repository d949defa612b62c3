"""The pieces of CSV detection, table-driven: amounts, dates, header words, mappings and
fingerprints, doubts that ask a person, and reasons for rejected lines."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from lingassist.bank_files import (
    CsvMapping,
    CsvMappingNeeded,
    header_fingerprint,
    inspect_bank_csv,
    read_bank_file,
)
from lingassist.bank_files.amounts import NotAnAmount, decide_decimal_mark, read_amount
from lingassist.bank_files.dates import DMY, MDY, YMD, decide_date_order, read_date
from lingassist.bank_files.lexicon import header_word
from tests.bank_files.statement_rows import fixture, rejected, rows


@pytest.mark.parametrize(
    ("text", "mark", "amount", "currency"),
    [
        ("1.234,56", ",", "1234.56", None),
        ("-1,234.56", ".", "-1234.56", None),
        ("1 234,56", ",", "1234.56", None),
        ("1\u00a0234,56", ",", "1234.56", None),
        ("1'234.50", ".", "1234.50", None),
        ("(12.50)", ".", "-12.50", None),
        ("12,50-", ",", "-12.50", None),
        ("12,50 S", ",", "-12.50", None),
        ("12,50 H", ",", "12.50", None),
        ("45.00 CR", ".", "45.00", None),
        ("45.00 DR", ".", "-45.00", None),
        ("\u22125.00", ".", "-5.00", None),
        ("£1,234.56", ".", "1234.56", "GBP"),
        ("-£1,131.77", ".", "-1131.77", "GBP"),
        ("-45,67 EUR", ",", "-45.67", "EUR"),
        ("2.345,67 €", ",", "2345.67", "EUR"),
        ("150.000", ",", "150000", None),
        (".50", ".", "0.50", None),
    ],
)
def test_amounts_as_banks_print_them(text: str, mark: str, amount: str, currency: str | None):
    assert read_amount(text, mark) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("abc", "."),
        ("", ","),
        ("12.50", ","),
        ("1,2,3", "."),
        ("--5", "."),
        ("(-5)", "."),
        ("12.5.2025", ","),
        ("1.23.456", ","),
    ],
)
def test_what_is_not_an_amount(text: str, mark: str) -> None:
    with pytest.raises(NotAnAmount):
        read_amount(text, mark)


@pytest.mark.parametrize(
    ("values", "mark"),
    [
        (["1.234,56", "-3,20"], ","),
        (["12.50", "3.00"], "."),
        (["1,234.56"], "."),
        (["1.234.567"], ","),
        (["1,234", "5,678"], None),  # thousands or decimals: the column does not tell
        (["12", "-3"], None),
        (["12,5", "1,234"], ","),
    ],
)
def test_decimal_mark_decided_per_column(values: list[str], mark: str | None) -> None:
    assert decide_decimal_mark(values) == mark


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("31.12.2025", DMY, "2025-12-31"),
        ("31.12.25", DMY, "2025-12-31"),
        ("12/31/2025", MDY, "2025-12-31"),
        ("2025-12-31", YMD, "2025-12-31"),
        ("31 Dec 2025", YMD, "2025-12-31"),
        ("Dec 31, 2025", YMD, "2025-12-31"),
        ("31-déc.-2025", DMY, "2025-12-31"),
        ("31. Dez. 2025", DMY, "2025-12-31"),
        ("20251231", YMD, "2025-12-31"),
        ("12/31'25", MDY, "2025-12-31"),
        (" 1/ 5'26", MDY, "2026-01-05"),
        ("31.12.2025 10:15", DMY, "2025-12-31"),
        ("12/30/2025 12:34:56 PM", MDY, "2025-12-30"),
        ("2025-12-31T23:00:00+01:00", YMD, "2025-12-31"),
        ("31.02.2025", DMY, None),
        ("13/13/2025", DMY, None),
        ("1.5", DMY, None),
        ("202", DMY, None),
        ("01.01.1850", DMY, None),
    ],
)
def test_dates_as_banks_print_them(text: str, order: str, expected: str | None) -> None:
    read = read_date(text, order)
    assert (read.isoformat() if read else None) == expected


def test_date_order_is_decided_by_the_whole_column() -> None:
    assert decide_date_order(["01/02/2025", "13/02/2025"]) == (DMY,)
    assert decide_date_order(["01/02/2025", "02/13/2025"]) == (MDY,)
    assert decide_date_order(["01/02/2025", "03/04/2025"]) == (DMY, MDY)
    assert decide_date_order(["2025-01-02", "3 Apr 2025"]) == (YMD,)
    assert decide_date_order(["Total", ""]) == ()


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Buchungstag", "date"),
        ("Betrag (€)", "amount"),
        ("Débit euros", "debit"),
        ("Crédit euros", "credit"),
        ("Paid in", "credit"),
        ("Money Out", "debit"),
        ("Zahlungsempfänger*in", "payee"),
        ("Zahlungspflichtige*r", "payer"),
        ("Beguenstigter/Zahlungspflichtiger", "counterparty"),
        ("Running Bal.", "balance"),
        ("Ngày giao dịch", "date"),
        ("Số tiền", "amount"),
        ("Ghi nợ", "debit"),
        ("Fecha valor", "value_date"),
        ("Importe", "amount"),
        ("Data valuta", "value_date"),
        ("Addebiti", "debit"),
        ("Bedrag (EUR)", "amount"),
        ("Af Bij", "direction"),
        ("Soll/Haben", "direction"),
        ("Libellé", "description"),
        ("Verwendungszweck", "description"),
        ("Montant opération en euro", "amount"),
        ("Kundenreferenz (End-to-End)", "ignore"),
    ],
)
def test_header_words_in_many_languages(header: str, role: str) -> None:
    word = header_word(header)
    assert word is not None and word.role == role


def test_header_fingerprint_ignores_spelling_noise_but_not_columns() -> None:
    base = header_fingerprint(["Buchungstag", "Betrag (€)", "Verwendungszweck"])
    assert header_fingerprint([" buchungstag", "BETRAG (€)", "Verwendungszweck", "", ""]) == base
    assert header_fingerprint(["Buchungstag", "Betrag", "Verwendungszweck"]) == base
    assert header_fingerprint(["Buchungstag", "Verwendungszweck", "Betrag (€)"]) != base
    assert header_fingerprint(["Buchungstag", "Betrag (€)"]) != base
    assert base.startswith("csv1-")


def test_mapping_survives_json_and_says_what_is_missing() -> None:
    mapping = CsvMapping(
        date=1,
        debit=3,
        credit=4,
        description=(2, 5),
        date_order="DMY",
        decimal_mark=",",
        header_row=7,
        negate=True,
        delimiter=";",
    )
    stored = json.loads(json.dumps(mapping.to_dict()))
    assert CsvMapping.from_dict({**stored, "from_a_newer_version": 1}) == mapping
    assert CsvMapping().problems() == [
        "Choose the column with the date.",
        "Choose the amount column, or the debit and credit columns.",
    ]
    assert CsvMapping(date=0, amount=1, date_order="DDMM").problems() != []


def write(tmp_path: Path, text: str, name: str = "export.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_two_amount_columns_ask_instead_of_guessing(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Datum;Text;Betrag;Umsatz\n01.12.2025;Bäcker;-3,20;-3,20\n02.12.2025;Kiosk;-1,50;-1,50\n",
    )
    with pytest.raises(CsvMappingNeeded) as raised:
        read_bank_file(path, currency_hint="EUR")
    layout = raised.value.layout
    assert layout.doubts == ("More than one column could be the amount: 'Betrag', 'Umsatz'.",)
    assert [column.shape for column in layout.columns] == ["date", "text", "number", "number"]
    assert layout.fingerprint == header_fingerprint(["Datum", "Text", "Betrag", "Umsatz"])
    chosen = CsvMapping(**{**layout.suggested.to_dict(), "amount": 2, "description": (1,)})
    statement = read_bank_file(path, currency_hint="EUR", mapping=chosen)
    assert rows(statement) == [
        (2, "2025-12-01", "-3.20", "EUR", "Bäcker", "", ""),
        (3, "2025-12-02", "-1.50", "EUR", "Kiosk", "", ""),
    ]


def test_an_unknown_header_asks_and_offers_the_columns_by_their_values(tmp_path: Path) -> None:
    path = write(tmp_path, "Wann|Was|Wieviel\n2025-12-01|Coffee|-3.20\n2025-12-02|Tea|-1.50\n")
    with pytest.raises(CsvMappingNeeded) as raised:
        read_bank_file(path, currency_hint="EUR")
    layout = raised.value.layout
    assert layout.delimiter == "|"
    assert layout.header == ("Wann", "Was", "Wieviel")
    assert (layout.suggested.date, layout.suggested.amount, layout.suggested.description) == (
        0,
        2,
        (1,),
    )
    assert layout.sample_rows == (("2025-12-01", "Coffee", "-3.20"), ("2025-12-02", "Tea", "-1.50"))


def test_a_date_order_nothing_decides_is_asked_for(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Description,Amount\n01/02/2025,A,-1.00\n01/02/2025,B,-2.00\n")
    with pytest.raises(CsvMappingNeeded) as raised:
        read_bank_file(path, currency_hint="CAD")  # Canada writes dates both ways
    assert "choose the order" in raised.value.layout.doubts[0]
    mapping = CsvMapping(**{**raised.value.layout.suggested.to_dict(), "date_order": "MDY"})
    statement = read_bank_file(path, currency_hint="CAD", mapping=mapping)
    assert [line.booked.isoformat() for line in statement.lines] == ["2025-01-02"] * 2


def test_an_ambiguous_date_order_follows_the_lines_order_and_says_so(tmp_path: Path) -> None:
    rows_text = "".join(f"0{m}/0{d}/2025,Shop,-1.00\n" for m, d in ((1, 2), (1, 9), (2, 3)))
    path = write(tmp_path, "Date,Description,Amount\n" + rows_text)
    statement = read_bank_file(path, currency_hint="CAD")
    assert [line.booked.isoformat() for line in statement.lines] == [
        "2025-01-02",
        "2025-01-09",
        "2025-02-03",
    ]
    assert any("in date order" in note for note in statement.notes)


def test_soll_haben_column_signs_unsigned_amounts(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Buchungstag;Buchungstext;Umsatz;Soll/Haben\n"
        "02.12.2025;Bäckerei;3,20;S\n03.12.2025;Gehalt;2.000,00;H\n"
        "04.12.2025;Kiosk;1,00;X\n",
        encoding="cp1252",
    )
    statement = read_bank_file(path, currency_hint="EUR")
    assert [str(line.money.amount) for line in statement.lines] == ["-3.20", "2000.00"]
    assert rejected(statement) == [(4, "line 4: 'X' says neither debit nor credit")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày giao dịch,Nội dung,Ghi nợ,Ghi có,Số dư\n"
            "02/12/2025,Phở Hà Nội,150.000,,1.850.000\n"
            "15/12/2025,Lương tháng 12,,20.000.000,21.850.000\n",
            [("2025-12-02", "-150000", "Phở Hà Nội"), ("2025-12-15", "20000000", "Lương tháng 12")],
        ),
        (
            "Fecha Operación;Concepto;Importe;Saldo\n"
            "02/12/2025;Mercadona;-12,34;987,66\n20/12/2025;Nómina;1.500,00;2.487,66\n",
            [("2025-12-02", "-12.34", "Mercadona"), ("2025-12-20", "1500.00", "Nómina")],
        ),
        (
            "Data contabile;Data valuta;Descrizione;Addebiti;Accrediti\n"
            "02/12/2025;02/12/2025;Esselunga;12,34;\n20/12/2025;20/12/2025;Stipendio;;1.500,00\n",
            [("2025-12-02", "-12.34", "Esselunga"), ("2025-12-20", "1500.00", "Stipendio")],
        ),
    ],
)
def test_vietnamese_spanish_and_italian_headers(
    tmp_path: Path, text: str, expected: list[tuple[str, str, str]]
) -> None:
    currency = "VND" if "Ngày" in text else "EUR"
    statement = read_bank_file(write(tmp_path, text), currency_hint=currency)
    assert [
        (line.booked.isoformat(), str(line.money.amount), line.description)
        for line in statement.lines
    ] == expected


def test_rejected_lines_say_why(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Buchungstag;Text;Soll;Haben;Währung\n"
        "31.02.2025;Falscher Tag;1,00;;EUR\n"
        "01.12.2025;Kein Betrag;;;EUR\n"
        "02.12.2025;Kein Zahl;abc;;EUR\n"
        "03.12.2025;Beides;1,00;2,00;EUR\n"
        "04.12.2025;Fantasie;1,00;;XYZ\n"
        "05.12.2025;Zu genau;1,234;;EUR\n"
        "06.12.2025;Gut;4,00;;EUR\n",
    )
    statement = read_bank_file(path, currency_hint="EUR")
    assert rows(statement) == [(8, "2025-12-06", "-4.00", "EUR", "Gut", "", "")]
    reasons = dict(rejected(statement))
    assert reasons[2] == "line 2: '31.02.2025' is not a date"
    assert reasons[3] == "line 3: no amount"
    assert reasons[4] == "line 4: 'abc' is not an amount"
    assert reasons[5] == "line 5: both money out (1,00) and money in (2,00) are filled"
    assert "'XYZ' is not an ISO 4217 currency code" in reasons[6]
    assert "more decimals than EUR allows" in reasons[7]


def test_inspect_shows_the_columns_of_a_file_the_reader_is_sure_about() -> None:
    layout = inspect_bank_csv(fixture("dkb.csv"), currency_hint="EUR")
    assert layout.doubts == ()
    roles = {column.name: column.role for column in layout.columns}
    assert roles["Buchungsdatum"] == "date" and roles["Betrag (€)"] == "amount"
    assert roles["Zahlungsempfänger*in"] == "payee" and roles["Zahlungspflichtige*r"] == "payer"
    assert layout.header_row == 4 and layout.suggested.header_row == 4
    assert layout.suggested.date_order == "DMY"


def test_a_mapping_that_does_not_fit_the_file_is_refused_with_reasons(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Amount\n2025-12-01,-1.00\n")
    with pytest.raises(Exception, match="The file has 2 columns; not: amount \\(column 8\\)"):
        read_bank_file(path, currency_hint="EUR", mapping=CsvMapping(date=0, amount=7))


def test_an_unclosed_quote_and_a_giant_field_are_rejected_not_swallowed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'Date,Text,Amount\n2025-12-01,Milk,-1.00\n2025-12-02,"Coffee,-3.20\n'
        "2025-12-03,Tea,-1.50\n2025-12-04,Cake,-2.00\n",
    )
    statement = read_bank_file(path, currency_hint="EUR")
    assert rows(statement) == [(2, "2025-12-01", "-1.00", "EUR", "Milk", "", "")]
    assert rejected(statement) == [
        (3, "line 3: a quote opened here is never closed, so lines 3-5 cannot be told apart")
    ]
    path = write(
        tmp_path,
        "Date,Text,Amount\n2025-12-01," + "x" * 200_000 + ",-3.20\n"
        "2025-12-02,Tea,-1.50\n2025-12-03,Cake,-2.00\n",
    )
    statement = read_bank_file(path, currency_hint="EUR")
    assert [line.number for line in statement.lines] == [3, 4]
    assert rejected(statement) == [(2, "line 2: a field longer than 131,072 characters")]


def test_a_file_in_another_currency_than_the_account_says_so() -> None:
    statement = read_bank_file(fixture("nationwide.csv"), currency_hint="EUR")
    assert "The file's amounts are in GBP, not EUR." in statement.notes
