"""Real-looking CSV exports of German, French, Dutch, UK and US banks, each read to the exact
lines: signs, dates, descriptions, counterparties, references and rejected lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.bank_files import CsvMapping, CsvMappingNeeded, read_bank_file
from lingassist.core.money import Money
from tests.bank_files.statement_rows import fixture, rejected, rows

SPARKASSE_IBAN = "DE89370400440532013000"


def read(name: str, currency: str = "EUR"):
    return read_bank_file(fixture(name), currency_hint=currency)


def test_sparkasse_csv_camt_v2_cp1252_semicolons_two_digit_years_pending_rejected() -> None:
    statement = read("sparkasse_csv_camt_v2.csv")
    assert rows(statement) == [
        (
            3,
            "2025-12-30",
            "-45.67",
            "EUR",
            "REWE Markt GmbH Köln / 2025-12-29T18:04 Debitk.1 2028-12",
            "REWE Markt GmbH Köln",
            "",
        ),
        (
            4,
            "2025-12-29",
            "-25.00",
            "EUR",
            "Turnverein Grünwald e.V. / Mitgliedsbeitrag Dezember 2025",
            "Turnverein Grünwald e.V.",
            "",
        ),
        (
            5,
            "2025-12-27",
            "3150.00",
            "EUR",
            "Muster Software GmbH / Gehalt Dezember 2025",
            "Muster Software GmbH",
            "",
        ),
        (
            6,
            "2025-12-23",
            "-1240.00",
            "EUR",
            "Hausverwaltung Sonnenhof / Miete Januar 2026 Whg. 3 OG links",
            "Hausverwaltung Sonnenhof",
            "",
        ),
    ]
    assert rejected(statement) == [(2, "line 2: not booked ('Umsatz vorgemerkt')")]
    assert statement.format == "csv"
    assert statement.currency == "EUR"
    assert statement.account_id == SPARKASSE_IBAN
    assert [line.value_date for line in statement.lines][0] == date(2025, 12, 30)
    assert "Read as cp1252 text." in statement.notes


def test_dkb_header_block_euro_sign_header_payer_and_payee_columns() -> None:
    statement = read("dkb.csv")
    assert rows(statement) == [
        (
            7,
            "2025-12-30",
            "-23.45",
            "EUR",
            "EDEKA Center Hamburg / VISA Debitkartenumsatz",
            "EDEKA Center Hamburg",
            "",
        ),
        (
            8,
            "2025-12-29",
            "3150.00",
            "EUR",
            "Muster Software GmbH / Gehalt 12/2025",
            "Muster Software GmbH",
            "",
        ),
        (
            9,
            "2025-12-28",
            "-1089.10",
            "EUR",
            "Stadtwerke Musterstadt / Abschlag Strom Dezember",
            "Stadtwerke Musterstadt",
            "",
        ),
    ]
    assert rejected(statement) == [(6, "line 6: not booked ('Vorgemerkt')")]
    assert statement.account_id == "DE45120300001234567890"  # from the lines above the table
    assert "2 lines of account information above the header skipped." in statement.notes


def test_ing_de_long_preamble_two_currency_columns_and_balances() -> None:
    statement = read("ing_de.csv")
    assert rows(statement) == [
        (
            16,
            "2025-12-30",
            "-45.67",
            "EUR",
            "REWE Markt GmbH / REWE SAGT DANKE 12345678",
            "REWE Markt GmbH",
            "",
        ),
        (
            17,
            "2025-12-15",
            "3150.00",
            "EUR",
            "Muster Software GmbH / Gehalt Dezember 2025",
            "Muster Software GmbH",
            "",
        ),
        (
            18,
            "2025-12-03",
            "-129.90",
            "EUR",
            "Deutsche Bahn Fernverkehr AG / Ticket 1234 Berlin - Hamburg, 2x BahnCard",
            "Deutsche Bahn Fernverkehr AG",
            "",
        ),
        (19, "2025-12-01", "-4.90", "EUR", "Kontoführungsentgelt 11/2025", "", ""),
    ]
    assert [line.balance for line in statement.lines] == [
        Money(Decimal(text), "EUR") for text in ("2345.67", "2391.34", "-758.66", "-628.76")
    ]
    assert statement.account_id == "DE70500105171234567890"
    assert statement.rejected == ()


def test_credit_agricole_debit_credit_columns_with_multiline_quoted_labels() -> None:
    statement = read("credit_agricole.csv")
    assert rows(statement) == [
        (
            9,
            "2025-12-30",
            "-45.67",
            "EUR",
            "PAIEMENT PAR CARTE X1234 CARREFOUR CITY PARIS 29/12",
            "",
            "",
        ),
        (
            12,
            "2025-12-22",
            "2850.00",
            "EUR",
            "VIREMENT EN VOTRE FAVEUR EMPLOYEUR SARL SALAIRE DECEMBRE",
            "",
            "",
        ),
        (
            15,
            "2025-12-05",
            "-1234.56",
            "EUR",
            "PRELEVEMENT EDF clients particuliers ECH/051225",
            "",
            "",
        ),
    ]
    assert statement.rejected == ()


def test_la_banque_postale_takes_the_euro_column_of_euros_and_francs() -> None:
    statement = read("la_banque_postale.csv")
    assert rows(statement) == [
        (
            9,
            "2025-12-30",
            "-45.67",
            "EUR",
            "ACHAT CB CARREFOUR MARKET 28.12.25 CARTE NUMERO 123",
            "",
            "",
        ),
        (10, "2025-12-22", "150.00", "EUR", "VIREMENT DE M DUPONT JEAN", "", ""),
        (11, "2025-12-05", "-1234.56", "EUR", "PRELEVEMENT DE EDF SA REF 1234567", "", ""),
    ]
    assert any("Montant(FRANCS)" in note for note in statement.notes)


def test_la_banque_postale_asks_when_neither_amount_column_is_in_the_account_currency() -> None:
    with pytest.raises(CsvMappingNeeded) as raised:
        read("la_banque_postale.csv", currency="GBP")
    assert any("More than one column could be the amount" in d for d in raised.value.layout.doubts)


def test_bnp_without_a_header_asks_for_a_mapping_then_reads_with_it() -> None:
    with pytest.raises(CsvMappingNeeded) as raised:
        read("bnp_paribas.csv")
    layout = raised.value.layout
    assert layout.header_row is None
    assert layout.suggested.date == 0 and layout.suggested.amount == 3
    assert layout.suggested.header_row == 0  # the account line above the data
    assert layout.sample_rows[0][0] == "30/12/2025"
    assert raised.value.statement.lines == ()
    assert "The file has no header row naming its columns." in raised.value.statement.notes

    mapping = CsvMapping(date=0, kind=1, description=(2,), amount=3, header_row=0)
    statement = read_bank_file(fixture("bnp_paribas.csv"), currency_hint="EUR", mapping=mapping)
    assert rows(statement) == [
        (
            2,
            "2025-12-30",
            "-45.67",
            "EUR",
            "FACTURE CARTE DU 28/12/25 FNAC PARIS CARTE 4974XXXXXXXX1234",
            "",
            "",
        ),
        (
            3,
            "2025-12-29",
            "2850.00",
            "EUR",
            "VIR SEPA RECU /DE EMPLOYEUR SARL /MOTIF SALAIRE DECEMBRE",
            "",
            "",
        ),
        (4, "2025-12-15", "-19.99", "EUR", "PRLV SEPA FREE MOBILE /MOTIF FACTURE 12/2025", "", ""),
        (5, "2025-12-02", "-1200.00", "EUR", "RETRAIT DAB 02/12/25 PARIS 11E", "", ""),
    ]


def test_barclays_signed_amounts_and_the_own_account_column() -> None:
    statement = read("barclays.csv", currency="GBP")
    assert rows(statement) == [
        (2, "2025-12-30", "-45.67", "GBP", "TESCO STORES 3021 ON 29 DEC BCC", "", ""),
        (3, "2025-12-24", "-1200.00", "GBP", "LANDLORD LTD RENT DEC DDR", "", ""),
        (4, "2025-12-15", "2450.00", "GBP", "ACME UK LTD SALARY BGC", "", ""),
        (5, "2025-12-02", "-9.99", "GBP", "SPOTIFY UK ON 01 DEC BCC", "", ""),
    ]
    assert statement.account_id == "20-32-06 13152170"


def test_nationwide_paid_out_paid_in_with_pound_signs_in_cp1252() -> None:
    statement = read("nationwide.csv")  # the hint says EUR; the £ signs say GBP
    assert rows(statement) == [
        (6, "2025-12-30", "-45.67", "GBP", "TESCO STORES 3021 LONDON", "", ""),
        (7, "2025-12-24", "-38.00", "GBP", "THAMES WATER", "", ""),
        (8, "2025-12-15", "2450.00", "GBP", "ACME UK LTD SALARY", "", ""),
        (9, "2025-12-01", "-1131.77", "GBP", "AMAZON.CO.UK*AB12C3DE4 AMAZON.CO.UK", "", ""),
    ]
    assert statement.currency == "GBP"
    assert statement.lines[-1].balance == Money(Decimal("-1131.77"), "GBP")


def test_monzo_ids_categories_and_the_local_amount_of_a_payment_abroad() -> None:
    statement = read("monzo.csv", currency="GBP")
    assert rows(statement) == [
        (
            2,
            "2025-12-30",
            "-4.50",
            "GBP",
            "PRET A MANGER LONDON GBR",
            "Pret A Manger",
            "tx_0000AbCdEf123456789012",
        ),
        (
            3,
            "2025-12-28",
            "-8.62",
            "GBP",
            "Café de Flore / CAFE DE FLORE PARIS FRA",
            "Café de Flore",
            "tx_0000AbCdEf123456789013",
        ),
        (
            4,
            "2025-12-25",
            "50.00",
            "GBP",
            "Alice Martin",
            "Alice Martin",
            "tx_0000AbCdEf123456789014",
        ),
    ]
    assert [line.original for line in statement.lines] == [
        None,
        Money(Decimal("-10.00"), "EUR"),
        None,
    ]
    assert [line.category for line in statement.lines] == ["Eating out", "Eating out", "Transfers"]


def test_chase_month_first_dates_signed_amounts_and_a_trailing_comma() -> None:
    statement = read("chase_checking.csv", currency="USD")
    assert rows(statement) == [
        (2, "2025-12-30", "-5.75", "USD", "STARBUCKS STORE 12345 SEATTLE WA", "", ""),
        (3, "2025-12-15", "2500.00", "USD", "ACME CORP PAYROLL PPD ID: 1234567890", "", ""),
        (4, "2025-12-10", "-120.00", "USD", "CHECK 1042", "", ""),
        (5, "2025-12-01", "-89.99", "USD", "COMCAST CABLE COMM 800-COMCAST CO", "", ""),
    ]
    assert statement.lines[2].balance == Money(Decimal("-1259.69"), "USD")


def test_bank_of_america_summary_block_and_beginning_balance_row() -> None:
    statement = read("bank_of_america.csv", currency="USD")
    assert rows(statement) == [
        (9, "2025-12-02", "-45.67", "USD", "WHOLEFDS SEA 10234 12/01 PURCHASE SEATTLE WA", "", ""),
        (
            10,
            "2025-12-15",
            "2500.00",
            "USD",
            "ACME CORP DES:PAYROLL ID:XXXXX12345 INDN:DOE,JANE CO ID:XXXXX12345 PPD",
            "",
            "",
        ),
        (
            11,
            "2025-12-20",
            "-1290.07",
            "USD",
            "Online Banking transfer to SAV 1234 Confirmation# 1234567890",
            "",
            "",
        ),
    ]
    assert rejected(statement) == [
        (8, "line 8: a summary row ('Beginning balance as of 12/01/2025'), not a transaction")
    ]


def test_ing_nl_with_bom_compact_dates_and_unsigned_amounts_signed_by_af_bij() -> None:
    statement = read("ing_nl_bom.csv")
    assert rows(statement) == [
        (
            2,
            "2025-12-30",
            "-12.34",
            "EUR",
            "Albert Heijn 1234 / Pasvolgnr: 001 30-12-2025 17:45",
            "Albert Heijn 1234",
            "",
        ),
        (
            3,
            "2025-12-25",
            "50.00",
            "EUR",
            "Naam: J. de Vries Omschrijving: Kerstcadeau",
            "J. de Vries",
            "",
        ),
        (
            4,
            "2025-12-01",
            "-1250.00",
            "EUR",
            "Naam: Belastingdienst Omschrijving: Aanslag 2025",
            "Belastingdienst",
            "",
        ),
    ]
    assert statement.account_id == "NL91ABNA0417164300"


def test_summary_rows_are_rejected_but_a_petrol_station_called_total_is_not() -> None:
    statement = read("summary_rows.csv")
    assert rows(statement) == [
        (3, "2025-12-02", "-3.20", "EUR", "Bäckerei Schmidt", "", ""),
        (4, "2025-12-03", "-50.00", "EUR", "TOTAL Tankstelle Berlin", "", ""),
    ]
    assert rejected(statement) == [
        (2, "line 2: a summary row ('Anfangssaldo'), not a transaction"),
        (5, "line 5: a summary row ('Summe'), not a transaction"),
        (6, "line 6: a summary row ('Endsaldo'), not a transaction"),
    ]
    # 01.12. 02.12. 03.12. read either way; the German headers decide, and say so
    assert any("German" in note for note in statement.notes)


def test_quoted_fields_with_delimiters_quotes_tabs_and_line_breaks() -> None:
    statement = read("quoted_fields.csv", currency="USD")
    assert rows(statement) == [
        (2, "2025-12-01", "-84.50", "USD", 'Dinner, drinks; and "tips"', "", ""),
        (3, "2025-12-02", "-12.00", "USD", "Line one Line two, with comma", "", ""),
        (5, "2025-12-03", "1234.56", "USD", "Tab inside", "", ""),
    ]


def test_a_trailing_total_line_is_rejected_with_its_reason() -> None:
    statement = read("trailing_total.csv", currency="USD")
    assert rows(statement) == [
        (2, "2025-12-01", "-4.50", "USD", "COFFEE SHOP", "", ""),
        (3, "2025-12-13", "-62.10", "USD", "GROCERY STORE", "", ""),
    ]
    assert rejected(statement) == [(4, "line 4: a summary row ('Total'), not a transaction")]


def test_mixed_line_endings() -> None:
    statement = read("mixed_line_endings.csv")
    assert rows(statement) == [
        (2, "2025-12-01", "-3.20", "EUR", "Bakery", "", ""),
        (3, "2025-12-02", "-1.50", "EUR", "Kiosk", "", ""),
        (4, "2025-12-03", "2000.00", "EUR", "Salary", "", ""),
    ]


def test_a_file_of_only_a_header_is_an_empty_statement_that_says_so() -> None:
    statement = read("only_header.csv")
    assert statement.lines == () and statement.rejected == ()
    assert "The file has a header but no lines under it." in statement.notes


@pytest.mark.parametrize(
    ("name", "currency", "expected", "reasons"),
    [
        (
            "comdirect.csv",
            "EUR",
            [
                (
                    6,
                    "2025-12-30",
                    "-45.67",
                    "EUR",
                    "Auftraggeber: REWE Buchungstext: REWE SAGT DANKE Ref. 1234",
                    "",
                    "",
                ),
                (
                    7,
                    "2025-12-15",
                    "3150.00",
                    "EUR",
                    "Auftraggeber: Muster Software GmbH Buchungstext: Gehalt Ref. 5678",
                    "",
                    "",
                ),
            ],
            [(8, "line 8: a summary row ('Alter Kontostand'), not a transaction")],
        ),
        (
            "commerzbank.csv",
            "EUR",
            [  # "Umsatzart" is the kind, "Buchungstext" the text
                (2, "2025-12-30", "-45.67", "EUR", "REWE Markt GmbH Köln", "", ""),
                (3, "2025-12-15", "3150.00", "EUR", "Muster Software GmbH Gehalt", "", ""),
            ],
            [],
        ),
        (
            "n26.csv",
            "EUR",
            [  # "-" is a placeholder, not a payment reference
                (2, "2025-12-01", "-9.99", "EUR", "Spotify AB", "Spotify AB", ""),
                (3, "2025-12-03", "-4.36", "EUR", "Café Central Wien", "Café Central Wien", ""),
                (4, "2025-12-15", "2500.00", "EUR", "Muster GmbH / Gehalt", "Muster GmbH", ""),
            ],
            [],
        ),
        (
            "revolut.csv",
            "GBP",
            [
                (2, "2025-12-01", "-12.40", "GBP", "Tesco", "", ""),
                (3, "2025-12-03", "100.00", "GBP", "Top-Up by *1234", "", ""),
            ],
            [(4, "line 4: not booked ('PENDING')")],
        ),
        (
            "starling.csv",
            "GBP",
            [  # its "Reference" is payment text, not a unique id
                (
                    2,
                    "2025-12-01",
                    "-950.00",
                    "GBP",
                    "Landlord Ltd / MONTHLY RENT",
                    "Landlord Ltd",
                    "",
                ),
                (3, "2025-12-05", "-23.10", "GBP", "TESCO STORES 3021", "Tesco", ""),
                (4, "2025-12-28", "2450.00", "GBP", "Acme UK / SALARY DEC", "Acme UK", ""),
            ],
            [],
        ),
        (
            "volksbank.csv",
            "EUR",
            [  # the counterparty's IBAN column is not a name
                (
                    2,
                    "2025-12-30",
                    "-45.67",
                    "EUR",
                    "REWE Markt GmbH / REWE SAGT DANKE",
                    "REWE Markt GmbH",
                    "",
                ),
            ],
            [],
        ),
    ],
)
def test_more_banks(
    name: str, currency: str, expected: list[tuple[object, ...]], reasons: list[tuple[int, str]]
) -> None:
    statement = read(name, currency)
    assert rows(statement) == expected
    assert rejected(statement) == reasons


def test_n26_original_amount_and_volksbank_own_iban() -> None:
    assert read("n26.csv").lines[1].original == Money(Decimal("-5.00"), "CHF")
    assert read("volksbank.csv").account_id == SPARKASSE_IBAN
