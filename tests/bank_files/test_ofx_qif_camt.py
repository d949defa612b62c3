"""OFX 1 (SGML), QFX/OFX 2 (XML), QIF and CAMT.053 files read to the exact lines; OFX checked
against ofxtools, the reference parser; XML refused when it declares entities."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from lingassist.bank_files import read_bank_file
from lingassist.core.errors import UserFacingError
from lingassist.core.money import Money
from tests.bank_files.statement_rows import fixture, rejected, rows


def test_ofx_102_sgml_local_dates_fitids_entities_and_a_bad_amount() -> None:
    statement = read_bank_file(fixture("lakeside_cu_ofx102.ofx"), currency_hint="EUR")
    assert rows(statement) == [
        # 23:00 EST on Dec 2 stays Dec 2 (ofxtools' UTC conversion makes it Dec 3)
        (
            1,
            "2025-12-02",
            "-45.67",
            "USD",
            "WHOLEFDS SEA 10234 / PURCHASE 1201 SEATTLE WA",
            "WHOLEFDS SEA 10234",
            "202512020001",
        ),
        (
            2,
            "2025-12-15",
            "2500.00",
            "USD",
            "ACME CORP PAYROLL",
            "ACME CORP PAYROLL",
            "202512150002",
        ),
        (3, "2025-12-20", "-120.00", "USD", "CHECK 1042", "CHECK 1042", "202512200003"),
        (
            4,
            "2025-12-22",
            "-18.40",
            "USD",
            "BARNES & NOBLE #2211 / CAFÉ & BOOKS",
            "BARNES & NOBLE #2211",
            "202512220004",
        ),
    ]
    assert rejected(statement) == [(5, "entry 5: 'abc' is not an amount (TRNAMT)")]
    assert statement.lines[1].value_date is not None
    assert statement.lines[1].value_date.isoformat() == "2025-12-16"  # DTAVAIL
    assert (statement.format, statement.currency, statement.account_id, statement.bank) == (
        "ofx",
        "USD",
        "000123456789",
        "Lakeside Credit Union",
    )


def test_qfx_220_xml_credit_card_with_an_original_currency() -> None:
    statement = read_bank_file(fixture("harbor_card_qfx220.qfx"), currency_hint="USD")
    assert rows(statement) == [
        (
            1,
            "2025-12-03",
            "-12.50",
            "USD",
            "BLUE BOTTLE COFFEE OAKLAND / Restaurants",
            "BLUE BOTTLE COFFEE OAKLAND",
            "2025120324692163AAA0011",
        ),
        (
            2,
            "2025-12-10",
            "-54.74",
            "USD",
            "HOTEL LE PETIT PARIS / FOREIGN TRANSACTION",
            "HOTEL LE PETIT PARIS",
            "2025121024692163AAA0012",
        ),
        (
            3,
            "2025-12-18",
            "-23.99",
            "USD",
            "JOHNSON & SONS HARDWARE",
            "JOHNSON & SONS HARDWARE",
            "2025121824692163AAA0013",
        ),
        (
            4,
            "2025-12-28",
            "500.00",
            "USD",
            "PAYMENT - THANK YOU",
            "PAYMENT - THANK YOU",
            "2025122824692163AAA0014",
        ),
    ]
    assert statement.lines[1].original == Money(Decimal("-50.00"), "EUR")  # 54.74 / 1.0948
    assert statement.account_id == "4111XXXXXXXX1111"
    assert "OFX 2 (XML) file from Quicken (QFX)." in statement.notes


@pytest.mark.filterwarnings("ignore:Encountered private extension tag")
@pytest.mark.parametrize("name", ["lakeside_cu_ofx102.ofx", "harbor_card_qfx220.qfx"])
def test_ofx_reader_agrees_with_ofxtools(name: str, tmp_path: Path) -> None:
    ofxtools_parser = pytest.importorskip("ofxtools.Parser")
    text = fixture(name).read_bytes().decode("cp1252")
    valid = re.sub(r"<STMTTRN>(?:(?!</STMTTRN>).)*<TRNAMT>abc.*?</STMTTRN>", "", text, flags=re.S)
    path = tmp_path / name
    path.write_bytes(valid.encode("cp1252"))
    tree = ofxtools_parser.OFXTree()
    tree.parse(str(path))
    reference = [
        (t.fitid, t.trnamt, t.name, t.dtposted.date())
        for statement in tree.convert().statements
        for t in statement.transactions
    ]
    ours = [
        (line.reference, line.money.amount, line.counterparty, line.booked)
        for line in read_bank_file(path, currency_hint="USD").lines
    ]
    # ofxtools converts to UTC: only a 23:00 EST booking moves a day
    assert [row[:3] for row in ours] == [row[:3] for row in reference]
    assert sum(1 for a, b in zip(ours, reference, strict=True) if a[3] != b[3]) <= 1


def test_ofx_without_header_in_lower_case_and_without_closing_tags(tmp_path: Path) -> None:
    path = tmp_path / "download.csv"  # a wrong extension: the content decides
    path.write_text(
        "<ofx><bankmsgsrsv1><stmttrnrs><stmtrs><curdef>EUR<bankacctfrom><acctid>42"
        "</bankacctfrom><banktranlist><stmttrn><trntype>CHEQUE<dtposted>20251201"
        "<trnamt>-5,50<fitid>A1<name>Boulangerie<stmttrn><dtposted>20251202<trnamt>7"
        "<fitid>A2<payee><name>Marché</payee></banktranlist></stmtrs></stmttrnrs>"
        "</bankmsgsrsv1></ofx>",
        encoding="utf-8",
    )
    statement = read_bank_file(path, currency_hint="USD")
    assert rows(statement) == [
        (1, "2025-12-01", "-5.50", "EUR", "Boulangerie", "Boulangerie", "A1"),
        (2, "2025-12-02", "7.00", "EUR", "Marché", "Marché", "A2"),
    ]


def test_qif_quicken_dates_splits_addresses_categories_and_bad_records() -> None:
    statement = read_bank_file(fixture("quicken_checking.qif"), currency_hint="USD")
    assert rows(statement) == [
        (
            6,
            "2025-12-31",
            "-45.67",
            "USD",
            "Whole Foods Market / Groceries",
            "Whole Foods Market",
            "",
        ),
        (13, "2025-12-15", "2500.00", "USD", "ACME Corp / Payroll December", "ACME Corp", ""),
        (19, "2025-12-10", "-120.00", "USD", "City Water Dept", "City Water Dept", "1042"),
        (27, "2026-01-02", "-65.98", "USD", "Costco", "Costco", ""),
    ]
    assert [line.category for line in statement.lines] == [
        "Food:Groceries",
        "Income:Salary",
        "Utilities:Water",
        "Household",
    ]
    assert rejected(statement) == [
        (37, 'line 37: "02/30\'26" is not a date'),
        (41, "line 41: no amount (T)"),
    ]
    assert statement.account_id == "Everyday Checking"
    assert statement.format == "qif"


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["31/12/2025", "05/01/2026"], ["2025-12-31", "2026-01-05"]),  # day first
        (["2025-12-31", "2026-01-05"], ["2025-12-31", "2026-01-05"]),  # ISO
        (["12/31/2025", "01/05/2026"], ["2025-12-31", "2026-01-05"]),  # month first
        (["12/31'25", " 1/ 5'26"], ["2025-12-31", "2026-01-05"]),  # Quicken
    ],
)
def test_qif_date_styles(tmp_path: Path, dates: list[str], expected: list[str]) -> None:
    records = "".join(f"D{d}\nT-1.00\nPShop\n^\n" for d in dates)
    path = tmp_path / "styles.qif"
    path.write_text(f"!Type:CCard\n{records}", encoding="utf-8")
    statement = read_bank_file(path, currency_hint="EUR")
    assert [line.booked.isoformat() for line in statement.lines] == expected


def test_qif_investment_records_are_refused_as_not_bank_lines(tmp_path: Path) -> None:
    path = tmp_path / "brokerage.qif"
    path.write_text("!Type:Invst\nD12/31'25\nNBuy\nYACME\nT100.00\n^\n", encoding="utf-8")
    with pytest.raises(UserFacingError, match="no bank, card or cash records"):
        read_bank_file(path, currency_hint="USD")


def test_camt053_card_abroad_batch_pending_and_bad_date() -> None:
    statement = read_bank_file(fixture("camt053_giro.xml"), currency_hint="USD")
    assert rows(statement) == [
        (
            1,
            "2025-12-03",
            "-46.12",
            "EUR",
            "BLUE BOTTLE COFFEE NEW YORK / Kartenzahlung 2025-12-02 USD 50,00 Kurs 0,9224",
            "BLUE BOTTLE COFFEE NEW YORK",
            "2025120300017",
        ),
        (
            2,
            "2025-12-15",
            "3150.00",
            "EUR",
            "Muster Software GmbH / Gehalt Dezember 2025 Personalnr. 0815",
            "Muster Software GmbH",
            "2025121500042",
        ),
        (
            3,
            "2025-12-20",
            "-45.00",
            "EUR",
            "Stadtwerke Musterstadt / Abschlag Strom Dezember",
            "Stadtwerke Musterstadt",
            "2025122000077/1",
        ),
        (
            4,
            "2025-12-20",
            "-25.00",
            "EUR",
            "Gasversorgung Nord / Abschlag Gas Dezember",
            "Gasversorgung Nord",
            "2025122000077/2",
        ),
    ]
    assert statement.lines[0].original == Money(Decimal("-50.00"), "USD")
    assert statement.lines[0].value_date is not None
    assert statement.lines[0].value_date.isoformat() == "2025-12-02"
    assert rejected(statement) == [
        (5, "entry 5: not booked (status PDNG)"),
        (6, "entry 6: '2025-02-30' is not a date (BookgDt)"),
    ]
    assert (statement.format, statement.currency, statement.account_id, statement.bank) == (
        "camt.053",
        "EUR",
        "DE89370400440532013000",
        "COBADEFFXXX",
    )


def test_camt054_version_08_with_party_names_nested_and_end_to_end_reference(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notification.xml"
    path.write_text(
        '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">'
        "<BkToCstmrDbtCdtNtfctn><Ntfctn><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id>"
        '</Acct><Ntry><Amt Ccy="EUR">12.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        "<Sts><Cd>BOOK</Cd></Sts><BookgDt><DtTm>2025-12-05T10:00:00+01:00</DtTm></BookgDt>"
        "<NtryDtls><TxDtls><Refs><EndToEndId>INV-77</EndToEndId></Refs><RltdPties><Dbtr>"
        "<Pty><Nm>Alice Martin</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>Pizza</Ustrd>"
        "</RmtInf></TxDtls></NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>",
        encoding="utf-8",
    )
    statement = read_bank_file(path, currency_hint="EUR")
    assert rows(statement) == [
        (1, "2025-12-05", "12.00", "EUR", "Alice Martin / Pizza", "Alice Martin", "INV-77")
    ]
    assert statement.format == "camt.054"


def test_xml_with_entities_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>'
        "<Stmt><Ntry><AddtlNtryInf>&b;</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>",
        encoding="utf-8",
    )
    with pytest.raises(UserFacingError, match="DTD or entities"):
        read_bank_file(path, currency_hint="EUR")
