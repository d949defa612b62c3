"""Polish, Canadian (Quebec too) and Australian receipts, composed as an English OCR reads
them: the total by its own words and the currency by the country's own cues.

The texts are written for these tests in each country's usual layout (no line is taken from
a real receipt); they carry the misreadings an English Tesseract makes ("zł" read "zt", "ł"
read "t", a postcode's "T" read "7"). These kinds were found on the rendered receipts of
`bench/receipts_rendered.py`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.receipts import ReceiptDraft, TextLine, parse_receipt
from lingassist.receipts.locale import country_scores

TODAY = date(2026, 11, 23)

POLISH_ZLOTY_SIGN = """\
SKLEP POD LIPAMI
ul. Dtuga 9, 31-147 Krakow
PARAGON FISKALNY
Chleb 1 x6,50 6,50 A
Masto 1 x12,67 12,67 A
Kawa 1 x31,99 31,99 A
SPRZEDAZ OPODATK. A 51,16
PTU A 23% 9,57
SUMA PTU 9,57
SUMA 51,16 zt
Gotowka 100,00
Reszta 48,84
2026-02-18 11:31
"""

POLISH_SUMA_PLN = """\
APTEKA POD ORLEM
ul. Polna 3, 60-101 Poznan
NIP 781-100-20-30
PARAGON FISKALNY
Witamina C 1 x14,99 14,99 B
Plastry 1 x8,50 8,50 A
SPRZEDAZ OPODATK. A 8,50
SPRZEDAZ OPODATK. B 14,99
PTU A 23% 1,59
PTU B 8% 1,11
SUMA PTU 2,70
SUMA PLN 23,49
Karta 23,49
12.03.2026
"""

TORONTO_MISREAD_POSTCODE = """\
NORTH STAR BAGELS
77 Queen St E, Toronto, ON M5C 276
Bagel 3.50
Coffee 2.75
SUBTOTAL 6.25
HST 13% 0.81
TOTAL $7.06
DEBIT $7.06
2026-11-04 08:55
"""

CALGARY_NO_POSTCODE = """\
PRAIRIE NOODLE HOUSE
50 Stephen Ave, Calgary, Alberta
Ramen 16.00
Green tea 3.00
SUBTOTAL 19.00
GST 5% 0.95
TOTAL $19.95
CASH $40.00
CHANGE $20.05
04/09/2026 19:05
"""

QUEBEC_TPS_TVQ = """\
EPICERIE DU COIN
4321 rue St-Denis, Montreal
Lait 2L 5,49 $
Pain 4,25 $
SOUS-TOTAL 9,74 $
TPS 5% 0,49 $
TVQ 9,975% 0,97 $
TOTAL 11,20 $
INTERAC 11,20 $
2026-07-18 14:45
Merci et a bientot!
"""

SYDNEY_NO_ABN = """\
HARBOUR NEWSAGENCY
12 Campbell Pde, Bondi NSW 2026
TAX INVOICE
Newspaper $4.00
Magazine $9.95
TOTAL $13.95
GST included $1.27
EFTPOS $13.95
08/11/2026 7:25
"""


def parse(text: str, home: str = "GBP") -> ReceiptDraft:
    lines = [TextLine(line) for line in text.splitlines()]
    return parse_receipt(lines, default_currency=home, today=TODAY)


@pytest.mark.parametrize(
    ("text", "total", "day"),
    [
        (POLISH_ZLOTY_SIGN, "51.16", date(2026, 2, 18)),
        (POLISH_SUMA_PLN, "23.49", date(2026, 3, 12)),
    ],
)
def test_a_polish_receipt_totals_its_suma_in_zloty(text: str, total: str, day: date) -> None:
    draft = parse(text)
    assert draft.total == Decimal(total)  # not the PTU (VAT) line
    assert draft.tax == Decimal({"51.16": "9.57", "23.49": "1.59"}[total])
    assert draft.currency == "PLN"
    assert draft.date == day
    assert draft.is_confident("currency")


@pytest.mark.parametrize(
    ("text", "total", "day"),
    [
        (TORONTO_MISREAD_POSTCODE, "7.06", date(2026, 11, 4)),
        (CALGARY_NO_POSTCODE, "19.95", date(2026, 9, 4)),
        (QUEBEC_TPS_TVQ, "11.20", date(2026, 7, 18)),
    ],
)
def test_a_canadian_receipt_is_in_canadian_dollars_by_its_province_and_taxes(
    text: str, total: str, day: date
) -> None:
    draft = parse(text)
    assert draft.currency == "CAD"  # a bare "$", not USD; Quebec's French not EUR
    assert draft.total == Decimal(total)
    assert draft.date == day  # day-first as a Canadian receipt, not month-first as a US one
    assert draft.is_confident("currency")


def test_a_province_with_a_postcode_misread_beyond_letters_and_digits() -> None:
    text = TORONTO_MISREAD_POSTCODE.replace("Toronto, ON M5C 276", "Edmonton, AB TS) ON3")
    assert parse(text).currency == "CAD"


def test_an_australian_receipt_is_in_australian_dollars_by_its_state_and_postcode() -> None:
    draft = parse(SYDNEY_NO_ABN)
    assert draft.currency == "AUD"
    assert draft.is_confident("currency")
    assert draft.total == Decimal("13.95")
    assert draft.date == date(2026, 11, 8)  # day-first, not 11 August


@pytest.mark.parametrize(
    "address",
    [
        "Kalverstraat 10, Amsterdam, NL",  # the Netherlands, not Newfoundland
        "Avenue de la Gare 5, SA 1003 Lausanne",  # a société anonyme, not South Australia
        "250 Main St, Austin, TX 78701",
    ],
)
def test_addresses_like_a_province_or_a_state_are_not_canadian_or_australian(
    address: str,
) -> None:
    draft = parse(f"CORNER SHOP\n{address}\nTea $3.00\nTOTAL $3.00\n")
    assert draft.currency not in ("CAD", "AUD")


VIETNAMESE_AFTER_DISCOUNT = """\
BÚN CHẢ HÀNG MÀNH
Số 1 Hàng Mành, Hoàn Kiếm
Ngày: 31/10/2026 8:57
Tên món Thành tiền
Bún chả 61.000
Nem rán 48.000
Trà đá 10.000
Tổng tiền hàng 119.000
Giảm giá -5.000
Khach phai tra 114.000đ
Tiền khách đưa 200.000
Tiền thừa 86.000
"""

SWISS_RATE_ONLY = """\
CONDITOREI AM PLATZ
Marktgasse 7, 3011 Bern
Gipfeli 2.40
Milch 1L 1.95
Summe 4.35
Bar 10.00
Rückgeld 5.65
MWST 2.6% inkl. 0.11
02.11.2026 13:29
"""

SOUTH_AFRICAN_NO_ID = """\
BRAAI MASTERS
14 Long Street, Cape Town, 8001
Boerewors 1kg 116.30
Rusks 38.97
TOTAL R 155. 27
VAT 15% incl 20. 25
CASH R 200. 00
CHANGE R 44. 73
2026/09/25 17:43
"""


def test_a_vietnamese_total_after_a_discount_is_what_the_customer_pays() -> None:
    draft = parse(VIETNAMESE_AFTER_DISCOUNT)
    assert draft.total == Decimal(114000)  # "Khách phải trả", not the goods' sum before it
    assert draft.currency == "VND"


def test_a_swiss_vat_rate_tells_francs_on_a_receipt_in_german() -> None:
    draft = parse(SWISS_RATE_ONLY)
    assert draft.currency == "CHF"  # not EUR from the German words
    assert draft.is_confident("currency")
    assert draft.total == Decimal("4.35")


@pytest.mark.parametrize(
    "text",
    [
        SOUTH_AFRICAN_NO_ID,  # OCR's space after the decimal mark in "R 155. 27"
        SOUTH_AFRICAN_NO_ID.replace("R ", ""),  # no rand sign at all: VAT at 15%
    ],
)
def test_a_south_african_receipt_is_in_rand(text: str) -> None:
    draft = parse(text)
    assert draft.currency == "ZAR"
    assert draft.total == Decimal("155.27")


@pytest.mark.parametrize(
    ("line", "country"),
    [
        ("MWST 19% 1.20", None),  # German VAT
        ("TVA 20% 2.00", None),  # French VAT
        ("GST 6% 0.60", None),  # Malaysian GST
        ("VAT 20% incl 1.00", "GB"),  # VAT in English at 20%: British (weak alone)
        ("8.1% MwSt 1.23", "CH"),
        ("GST 10% 1.20", "AU"),
    ],
)
def test_only_vat_rates_of_one_country_tell_the_country(line: str, country: str | None) -> None:
    assert set(country_scores([line])) - {"DE", "FR"} == ({country} if country else set())


def test_francs_written_after_the_amount() -> None:
    draft = parse("CAFE AM SEE\nKaffee 4.50\nTotal 4.50 Fr.\n14.03.2026\n")
    assert draft.currency == "CHF"


def test_the_countrys_name_closing_the_address_tells_the_dollar() -> None:
    text = "MAPLE DINER\n9 Jasper Ave, Edmonton, Canada\nSoup 9.00\nTOTAL $9.45\n2026-04-27\n"
    assert parse(text).currency == "CAD"
    assert parse("CORNER SHOP\nCANADA DRY 1.99\nTOTAL $1.99\n").currency != "CAD"


def test_a_brand_that_is_an_ordinary_word_among_the_articles_is_not_the_shop() -> None:
    # "Depot" (a shop brand, and the Swiss bottle deposit) alone on an article line whose
    # price was misread or lost in a photo
    text = """\
CAFE AM SEE
Seestrasse 7, 8002 Zurich
CHE-123.456.789 MWST
Kaffee 4.50
Gipfeli 2.40
Mineral 3.80
Depot @.50
Total Fr. 11.20
09.11.2026 17:12
"""
    assert parse(text).merchant == "CAFE AM SEE"
    assert parse("SPAR\nMain Street 5\nMilk 1.00\nTOTAL 1.00\n").merchant.upper() == "SPAR"


def test_a_pound_sign_read_as_e_is_still_pounds() -> None:
    text = """\
THE RED LION
3 High Street, London
Pint 4.50
Crisps 1.20
BALANCE DUE E5.70
VAT 20% incl E0.95
CARD PAYMENT E5.70
14/03/2026
"""
    draft = parse(text, home="EUR")
    assert draft.currency == "GBP"
    assert draft.total == Decimal("5.70")


def test_a_dutch_postcode_tells_euros() -> None:
    text = """\
TOKO SARI
Kalverstraat 10, 1012 NX Amsterdam
Cola 1,99
Statiegeld 0,25
TOTAAL 2,24
PIN 2,24
14-03-2026
"""
    draft = parse(text)
    assert draft.currency == "EUR"
    assert draft.is_confident("currency")
    assert draft.total == Decimal("2.24")
