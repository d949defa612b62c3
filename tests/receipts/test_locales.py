"""Receipts from several countries, composed as OCR reads them: each field, its confidence.

The texts are written for these tests in each country's usual layout (no line is taken from
a real receipt); some carry the misreadings Tesseract makes (lost accents, "0" for "O").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.receipts import ReceiptDraft, TextLine, parse_receipt
from lingassist.receipts.locale import day_first_at_home, read_locale

TODAY = date(2026, 11, 23)

GERMAN = """\
Respekt, wer's selber macht.
UNSERE ÖFFNUNGSZEITEN
Mo.-Sa. 8.00 - 20.00 Uhr
Lindenstraße 12
33100 Paderborn
Tel. 05251 / 123456
EUR
VOLLMILCH 3,5% 1,19 B
PFAND 0,25 A
BROT DINKEL 2,49 B
LEERGUT -0,25 A
KAFFEE 500G 5,99 B
SUMME EUR 9,67
BAR EUR 20,00
RÜCKGELD EUR 10,33
MwSt Netto MwSt Brutto
B 7% 9,04 0,63 9,67
Summe 9,04 0,63 9,67
USt-IdNr.: DE 123 456 789
12.05.2021 16:12 Uhr
Vielen Dank für Ihren Einkauf!
Aldi GmbH & Co. KG
"""

GERMAN_CARD_SLIP = """\
MEDIA MARKT
TV-Hifi-Elektro GmbH Paderborn
Pohlweg 110
33100 PADERBORN
KOPFHÖRER BT 1.129,00 b
Total EUR 1.129,00
* * Kundenbeleg * *
Kartenzahlung
girocard
Datum 19.05.2020 16:04 Uhr
Betrag EUR 1.129,00
Zahlung erfolgt
incl. 19,00% MwSt 180,26
"""

FRENCH = """\
Boulangerie du Marché
12 rue de la République
69002 Lyon
Tél. 04 78 12 34 56
SIRET 123 456 789 00012
Le 05/03/2025 à 08:42
BAGUETTE TRADITION 1,30
CROISSANT X2 2,40
TARTE AUX POMMES 12,50
TOTAL TTC 16,20 €
ESPÈCES 20,00
RENDU 3,80
TVA 5,5% 0,84
Merci de votre visite !
"""

US_TIP = """\
BLUE HERON GRILL
1450 Market St
San Francisco, CA 94103
(415) 555-0142
Server: Dana Table 12
11/08/2026 7:42 PM
2 Fish Tacos 27.00
1 Iced Tea 3.50
Subtotal $30.50
Sales Tax $2.75
Total $33.25
Tip 6.00
TOTAL $39.25
VISA XXXXXXXX1234
Thank you!
"""

VIETNAMESE = """\
NHÀ HÀNG PHỐ CỔ
12 Hàng Bạc, Quận Hoàn Kiếm, Hà Nội
ĐT: 024 3826 1234
MST: 0101234567
HÓA ĐƠN THANH TOÁN
Ngày: 14/10/2025 12:31
Phở bò 2 x 55.000 110.000
Trà đá 2 x 5.000 10.000
Nem rán 1 x 63.000 63.000
TỔNG CỘNG 183.000 đ
Tiền khách đưa 200.000
Tiền thừa 17.000
Cảm ơn quý khách!
"""

VIETNAMESE_NO_ACCENTS = """\
CUA HANG TIEN LOI AN KHANG
Ngay 02/09/2025 21:05
Mi goi 3 x 7.000 21.000
Sua tuoi 1 x 32.000 32.000
Tong cong: 1.250.000 VND
Tien mat 1.300.000
Tien thua 50.000
"""

VIETNAMESE_SUPERMARKET = """\
SIÊU THỊ MINH PHÁT
HÓA ĐƠN THANH TOÁN
Ngày: 03-11-2025 18:07
Gạo ST25 5kg 1 x 185,000 185,000
Dầu ăn 1L 2 x 52,000 104,000
Tổng tiền hàng 289,000
Chiết khấu -9,000
Tổng thanh toán 280,000
Tiền khách đưa 300,000
Tiền thối lại 20,000
"""

BRITISH = """\
THE RED LION
23 High Street
Oxford OX1 4AH
VAT Reg No. GB 123 4567 89
03/04/2025 13:15
2 x Ploughmans £17.00
1 x Cider £4.80
TOTAL £21.80
CARD £21.80
Thank you, see you again!
"""

SWISS = """\
Berghotel Alpenblick
Familie R. Meier
3818 Grindelwald
Rech. Nr. 4711 30.07.2024/13:29
2x Kaffee a 4.50 CHF 9.00
1x Rösti a 18.50 CHF 18.50
Total : CHF 27.50
Incl. 8.1% MwSt 27.50 CHF: 2.06
Entspricht in Euro 28.90 EUR
MwSt Nr.: CHE-123.456.789 MWST
"""


US_STORE = """\
Walgreens
#04517 1100 EL CAMINO REAL
SAN MATEO, CA 94402
650-555-0199
SALE 3217 0021 03/07/22 5:41 PM
VITAMIN C 500MG 9.99
TOOTHPASTE 2PK 6.49
SUBTOTAL 16.48
SALES TAX A=9.625% 1.59
TOTAL 18.07
CASH 20.00
CHANGE DUE 1.93
THANK YOU FOR SHOPPING AT WALGREENS
"""

CANADIAN = """\
MAPLE LEAF HARDWARE
225 King St W
Toronto ON M5V 3M2
HST # 123456789 RT0001
2025-06-14 10:22
DECK SCREWS 12.99
WOOD STAIN 24.50
SUBTOTAL 37.49
HST 13% 4.87
TOTAL $42.36
DEBIT $42.36
"""

SOUTH_AFRICAN = """\
Checkers Hyper
Canal Walk, Century City
Shoprite Checkers (Pty) Ltd
VAT No. 4150102345
2025/01/18 11:05
BREAD WHITE 600G R 18.99
MILK 2L R 32.99
TOTAL DUE R 51.98
CARD R 51.98
VAT 15% INCL R 6.78
"""


def parse(text: str, home: str = "EUR") -> ReceiptDraft:
    lines = [TextLine(line) for line in text.splitlines()]
    return parse_receipt(lines, default_currency=home, today=TODAY)


def sure(draft: ReceiptDraft, *names: str) -> bool:
    return all(draft.is_confident(name) for name in names)


def test_german_receipt_total_is_summe_not_the_deposit_or_the_vat_table() -> None:
    draft = parse(GERMAN, home="USD")
    assert draft.total == Decimal("9.67") and draft.currency == "EUR"
    assert draft.date == date(2021, 5, 12)
    assert draft.merchant == "ALDI"  # the brand at the bottom, not the slogan or the hours
    assert sure(draft, "total", "date", "merchant", "currency")


def test_german_card_slip_with_thousands() -> None:
    draft = parse(GERMAN_CARD_SLIP)
    assert draft.total == Decimal("1129.00") and draft.currency == "EUR"
    assert draft.date == date(2020, 5, 19)
    assert draft.merchant == "MEDIA MARKT"
    assert sure(draft, "total", "date", "merchant")


def test_french_receipt() -> None:
    draft = parse(FRENCH, home="GBP")
    assert draft.total == Decimal("16.20") and draft.currency == "EUR"
    assert draft.date == date(2025, 3, 5)  # day first
    assert draft.merchant == "Boulangerie du Marché"
    assert sure(draft, "total", "date", "currency")
    assert not draft.is_confident("merchant")  # no known brand: the header's shape alone


def test_us_receipt_month_first_total_after_the_tip_in_dollars() -> None:
    draft = parse(US_TIP, home="EUR")  # the receipt's "$" wins over the home currency
    assert draft.currency == "USD"
    assert draft.date == date(2026, 11, 8)  # 11/08 is November 8 on a US receipt
    assert draft.total == Decimal("39.25")  # after the tip, not the 33.25 above it
    assert draft.merchant == "BLUE HERON GRILL"
    assert sure(draft, "total", "date", "currency")


@pytest.mark.parametrize(
    ("text", "total", "day", "merchant"),
    [
        (VIETNAMESE, "183000", date(2025, 10, 14), "NHÀ HÀNG PHỐ CỔ"),
        (VIETNAMESE_NO_ACCENTS, "1250000", date(2025, 9, 2), "CUA HANG TIEN LOI AN KHANG"),
        (VIETNAMESE_SUPERMARKET, "280000", date(2025, 11, 3), "SIÊU THỊ MINH PHÁT"),
    ],
)
def test_vietnamese_receipt_in_dong(text: str, total: str, day: date, merchant: str) -> None:
    draft = parse(text, home="EUR")
    assert draft.currency == "VND"
    assert draft.total == Decimal(total)  # "183.000" is 183,000 dong, not 183 euros
    assert str(draft.total) == total  # a whole amount: dong have no minor unit
    assert draft.date == day
    assert draft.merchant == merchant
    assert sure(draft, "total", "date", "currency")


@pytest.mark.parametrize(
    ("text", "currency", "total", "day", "merchant"),
    [
        (US_STORE, "USD", "18.07", date(2022, 3, 7), "Walgreens"),  # 03/07/22: March 7
        (CANADIAN, "CAD", "42.36", date(2025, 6, 14), "MAPLE LEAF HARDWARE"),
        (SOUTH_AFRICAN, "ZAR", "51.98", date(2025, 1, 18), "Checkers Hyper"),
    ],
)
def test_dollars_and_rand_by_the_receipts_country(
    text: str, currency: str, total: str, day: date, merchant: str
) -> None:
    draft = parse(text, home="GBP")
    assert (draft.currency, draft.total, draft.date) == (currency, Decimal(total), day)
    assert draft.merchant == merchant
    assert sure(draft, "total", "date", "currency")


def test_british_receipt() -> None:
    draft = parse(BRITISH, home="EUR")
    assert draft.currency == "GBP" and draft.total == Decimal("21.80")
    assert draft.date == date(2025, 4, 3)  # day first in the UK
    assert draft.merchant == "THE RED LION"
    assert sure(draft, "total", "date", "currency")


def test_swiss_receipt_in_francs_with_a_euro_conversion_line() -> None:
    draft = parse(SWISS, home="EUR")
    assert draft.currency == "CHF" and draft.total == Decimal("27.50")
    assert draft.date == date(2024, 7, 30)
    assert draft.merchant == "Berghotel Alpenblick"
    assert sure(draft, "total", "date", "currency")


def test_a_receipt_without_any_cue_is_doubtful_about_its_currency() -> None:
    draft = parse("CORNER SHOP\n12/05/2025\nMILK 1.20\nTOTAL 1.20", home="EUR")
    assert draft.currency == "EUR" and not draft.is_confident("currency")
    assert draft.total == Decimal("1.20")


@pytest.mark.parametrize(
    ("text", "country", "currency", "day_first"),
    [
        (GERMAN, "DE", "EUR", True),
        (FRENCH, "FR", "EUR", True),
        (US_TIP, "US", "USD", False),
        (VIETNAMESE, "VN", "VND", True),
        (BRITISH, "GB", "GBP", True),
        (SWISS, "CH", "CHF", True),
        ("Summe 3,00\nBar 5,00\nRückgeld 2,00", "DE", "EUR", True),  # the language alone
        ("PIZZA 12.00\nTotal 12.00\nFr. 12.00", None, "CHF", True),
        ("PHO BO 55.000d\nTONG CONG 110.000d", None, "VND", True),  # "đ" read as "d"
    ],
)
def test_the_locale_from_the_receipts_own_cues(
    text: str, country: str | None, currency: str, day_first: bool
) -> None:
    locale = read_locale([TextLine(line) for line in text.splitlines()], "JPY")
    assert (locale.country, locale.currency.value, locale.day_first) == (
        country,
        currency,
        day_first,
    )
    assert locale.whole_amounts == (currency == "VND")


def test_the_home_date_order_serves_only_a_receipt_that_shows_no_country() -> None:
    plain = [TextLine(text) for text in ("CORNER SHOP", "03/04/2026", "TOTAL 1.00")]
    assert parse_receipt(plain, default_currency="EUR", today=TODAY, day_first=False).date == (
        date(2026, 3, 4)
    )
    german = [TextLine(text) for text in ("SUMME 3,00", "RÜCKGELD 2,00", "03/04/2026")]
    draft = parse_receipt(german, default_currency="USD", today=TODAY, day_first=False)
    assert draft.date == date(2026, 4, 3)  # the receipt's own order wins
    assert day_first_at_home("en_US") is False and day_first_at_home("en_GB.UTF-8") is True


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Le 5 mars 2025 à 08:42", date(2025, 3, 5)),
        ("1er décembre 2024", date(2024, 12, 1)),
        ("Datum: 12. Mai 2021", date(2021, 5, 12)),
        ("5 de marzo de 2025", date(2025, 3, 5)),
        ("3 febbraio 2024", date(2024, 2, 3)),
        ("14 maart 2025", date(2025, 3, 14)),
        ("Ngày 14 tháng 10 năm 2025", date(2025, 10, 14)),
    ],
)
def test_month_names_in_the_receipts_language(text: str, day: date) -> None:
    assert parse(f"SHOP\n{text}\nTOTAL 3,00").date == day


def test_a_lone_stray_symbol_does_not_outvote_the_country() -> None:
    text = "KEDAI MAJU SDN BHD\nGST REG NO: 000123456789\nTOTAL 12.00\nThank you ¥x"
    assert parse(text, home="EUR").currency == "MYR"


def test_the_printed_vat_and_its_rate_outvote_a_misread_total() -> None:
    text = (
        "Saturn\nDROHNE 1.129,00 b\nTotal EUR 129,00\nKartenzahlung\n"
        "incl. 19,00% MwSt (b) 180,26\n08.09.2017 15:21"
    )
    draft = parse(text)
    assert draft.total == Decimal("1129.00")  # 180.26 * 119 / 19, and the article's price
    assert not draft.is_confident("total")  # the TOTAL line disagrees: check it


def test_cash_minus_change_with_ocr_spellings_of_rueckgeld_and_mwst() -> None:
    text = (
        "SATURN\nWLAN ADAPTER 105,99 b\nTP-LINK 8,99 b\nTotal EUR 114, 9g\nBar EUR 120,00\n"
        "Riickgeld EUR -5,02\nincl, 19,00% Mast (b) 18,36\n11.02.2020 15:56"
    )
    draft = parse(text)
    assert draft.total == Decimal("114.98")  # 120.00 - 5.02, and 18.36 at 19% VAT
    assert draft.tax == Decimal("18.36")
