"""Kinds of misses found on the "implied" rendered receipts (`bench/receipts_rendered.py
--kinds implied`: the currency printed nowhere, a card slip under the receipt, a home
currency other than the receipt's), each on a receipt text written for this test (no line
is taken from a real receipt): the currency from the country's tax names and phone shapes,
a phone number alone never sure, the total with the tip written on the slip, a total
line whose amount was not read, a mall unit, Vietnamese addresses, the company behind the
shop and a name holding the word "TABLE"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.receipts import ReceiptDraft, TextLine, parse_receipt
from lingassist.receipts.header import is_address
from lingassist.receipts.locale import country_scores

TODAY = date(2026, 11, 23)


def parse(text: str, home: str = "GBP") -> ReceiptDraft:
    lines = [TextLine(line) for line in text.splitlines()]
    return parse_receipt(lines, default_currency=home, today=TODAY)


WINNIPEG_NO_DOLLAR_SIGN = """\
Riverbend Books
150 Main Street
(204) 555-0163
PAPERBACK 18.99
CARD 6.50
SUBTOTAL 25.49
GST 5% 1.27
TOTAL 26.76
INTERAC 26.76
2026/06/30 21:36
"""

PHONE_ONLY = """\
Riverbend Books
150 Main Street
(204) 555-0163
PAPERBACK 18.99
TOTAL 18.99
2026-06-30 21:36
"""


@pytest.mark.parametrize("home", ["EUR", "USD", "GBP"])
def test_canadian_gst_and_interac_tell_canadian_dollars(home: str) -> None:
    draft = parse(WINNIPEG_NO_DOLLAR_SIGN, home)
    assert draft.currency == "CAD"
    assert "currency" not in draft.doubtful()


def test_a_phone_number_shared_by_the_us_and_canada_is_no_sure_currency() -> None:
    draft = parse(PHONE_ONLY, "EUR")
    assert draft.currency in ("USD", "CAD", "EUR")
    assert "currency" in draft.doubtful()


def test_a_bare_dollar_with_only_a_phone_number_is_no_sure_dollar() -> None:
    draft = parse(PHONE_ONLY.replace("TOTAL 18.99", "TOTAL $18.99"), "EUR")
    assert draft.total == Decimal("18.99")
    assert "currency" in draft.doubtful()


@pytest.mark.parametrize(
    ("line", "country"),
    [
        ("A MwSt 19% 1,20", "DE"),
        ("B 7% MwSt 0,35", "DE"),
        ("TVA 5,5% 0,21", "FR"),
        ("TVA 20% 2,00", "FR"),
        ("GST 5% 1.27", "CA"),
        ("INTERAC 26.76", "CA"),
        ("GST/HST # 123456789 RT0001", "CA"),
        ("Tel: 011 555 0134", "ZA"),
        ("Tel: 0113 496 0123", "GB"),
        ("SĐT: 0912 345 678", "VN"),
        ("TWINT 24.00", "CH"),
    ],
)
def test_tax_names_and_numbers_of_one_country(line: str, country: str) -> None:
    scores = country_scores([line])
    assert max(scores, key=scores.__getitem__) == country


@pytest.mark.parametrize(
    "line",
    [
        "MWST 8.1% 1.20",  # Swiss
        "USt 20% 2,00",  # Austrian
        "TVA 21% 2,10",  # Belgian
        "GST 10% 1.20",  # Australian
        "Tel. 030 1234567",  # Berlin, no shape of another country
    ],
)
def test_other_countries_rates_are_not_those_countries(line: str) -> None:
    scores = country_scores([line])
    assert not {"DE", "FR", "CA", "GB", "ZA"} & {c for c, s in scores.items() if s >= 1.0}


BRITISH_VAT_ONLY = """\
HOLLIS HARDWARE
22 Church Lane
Tel: 0113 496 0123
Screws 3.49 A
Paint 12.99 A
TOTAL 16.48
VAT @ 20% 2.75
CARD 16.48
14/03/2026 10:12
"""


def test_a_british_receipt_without_a_pound_sign() -> None:
    draft = parse(BRITISH_VAT_ONLY, "EUR")
    assert draft.currency == "GBP"
    assert draft.total == Decimal("16.48")


VIETNAMESE_NO_UNIT = """\
Tạp Hoá Minh Anh
Số 1 Hàng Mành, Q. Hoàn Kiếm, Hà Nội
HÓA ĐƠN BÁN LẺ
Ngày 17/02/2026
Trà đá 172.000
Nem rán 330.000
Tổng tiền 502.000
Tiền mặt 600.000
Trả lại 98.000
Cảm ơn quý khách
"""


def test_a_vietnamese_receipt_without_dong_sign_or_code() -> None:
    draft = parse(VIETNAMESE_NO_UNIT, "CHF")
    assert draft.currency == "VND"
    assert draft.total == Decimal("502000")
    assert draft.merchant == "Tạp Hoá Minh Anh"


@pytest.mark.parametrize(
    "line",
    [
        "Số 1 Hàng Mành, Q. Hoàn Kiếm, Hà Nội",
        "88 Võ Văn Tần, P. 6, Quận 3",
        "Ngõ 5 Láng Hạ, Hà Nội",
        "Shop 4, Sandton City",
        "Unit 12 Riverside Mall",
        "Store #1043",
    ],
)
def test_vietnamese_addresses_and_mall_units_are_addresses(line: str) -> None:
    assert is_address(line)


@pytest.mark.parametrize("line", ["Quán Nhậu Đức", "LẨU DÊ 404", "SHOP AROUND THE CORNER"])
def test_names_are_not_addresses(line: str) -> None:
    assert not is_address(line)


def test_a_name_ending_in_a_number_above_a_street_is_the_name() -> None:
    text = "LẨU DÊ 404\nĐ/c: 45 Lê Lợi, P. Bến Thành, Q.1\nLẩu thái 250.000\nTổng cộng 250.000\n"
    assert parse(text).merchant == "LẨU DÊ 404"


US_SLIP_WITH_TIP = """\
Bayside Pizza
2200 Shore Rd
Tampa, FL 33602
LG PIZZA 22.50
SODA 3.98
SUBTOTAL 26.48
SALES TAX 7% 1.85
TOTAL 28.33
CREDIT CARD 28.33
09/13/2026 7:40 PM
CUSTOMER COPY
MASTERCARD ************4461
AMOUNT USD 28.33
APPROVED
TIP 5.00
TOTAL 33.33
X____________
"""


def test_the_tip_written_on_the_card_slip_is_in_the_total() -> None:
    draft = parse(US_SLIP_WITH_TIP, "EUR")
    assert draft.total == Decimal("33.33")
    assert "total" not in draft.doubtful()
    assert draft.currency == "USD"


def test_without_a_tip_the_slip_repeats_the_total() -> None:
    text = US_SLIP_WITH_TIP.replace("TIP 5.00\nTOTAL 33.33\n", "")
    assert parse(text, "EUR").total == Decimal("28.33")


TOTAL_NOT_READ = """\
PRAIRIE PANTRY
150 Portage Ave
BREAD 25.03
SYRUP 19.86
SUBTOTAL sae
TOTAL as
CASH ice os
2026/07/28 15:16 2.19
"""


def test_an_amount_off_the_total_line_is_doubtful_when_the_total_was_not_read() -> None:
    draft = parse(TOTAL_NOT_READ, "CAD")
    assert "total" in draft.doubtful()


SOUTH_AFRICAN_COMPANY_LINE = """\
Highveld Butchery
81 Smith St
Fynbos Trading (Pty) Ltd
VAT No: 4123456789
Wors 500g 100.51
TOTAL 100.51
VAT 15% 13.11
2026-03-07 12:01
"""


def test_the_company_behind_the_shop_below_its_address_is_not_its_name() -> None:
    draft = parse(SOUTH_AFRICAN_COMPANY_LINE)
    assert draft.merchant == "Highveld Butchery"
    assert draft.currency == "ZAR"


def test_a_mall_unit_is_not_the_shops_name() -> None:
    text = SOUTH_AFRICAN_COMPANY_LINE.replace("81 Smith St\nFynbos Trading (Pty) Ltd\n", "")
    text = text.replace("Highveld Butchery\n", "Protea Books\nShop 4, Sandton City\n")
    assert parse(text).merchant == "Protea Books"


def test_a_name_holding_a_header_word_without_a_number() -> None:
    text = "TABLE BAY SPAR\n14 Long Street, Cape Town, 8001\nRusks 45.00\nTOTAL R 45.00\n"
    assert parse(text).merchant == "TABLE BAY SPAR"
    table = "CAFE ROMA\nTABLE 12\nCoffee 3.50\nTOTAL 3.50\n"
    assert parse(table).merchant == "CAFE ROMA"


@pytest.mark.parametrize("line", ["VISA DEBIT", "TWINT", "Debit Mastercard", "CONTACTLESS"])
def test_a_card_slips_line_is_no_name_when_the_header_was_lost(line: str) -> None:
    text = f"{line}\nCHF 24.50\nTotal 24.50\n12.03.2026\n"
    assert parse(text).merchant is None


@pytest.mark.parametrize("line", ["Quai du Mont-Blanc", "Rue de la Paix", "Piazza del Duomo"])
def test_a_street_without_its_number_opening_with_a_street_word(line: str) -> None:
    assert is_address(line)
    text = f"Papeterie du Lac\n{line}\nStift 3.50\nTotal 3.50\n"
    assert parse(text).merchant == "Papeterie du Lac"


def test_an_article_named_with_a_payment_word_is_no_payment() -> None:
    text = (
        "Bookends of York\nBristol BS1 5TR\nSandwich £0.99 Z\nGreetings card £2.20 S\n"
        "Milk 2pt £3.22 Z\nBalance to pay £5.41\nCONTACTLESS £5.41\n"
        "VAT S 20% Net £1.83 £0.37\n18/10/26 14:41\n"
    )
    draft = parse(text, "USD")
    assert draft.total == Decimal("5.41")
    assert draft.currency == "GBP"


def test_a_date_with_dots_is_day_first_for_a_person_at_home_in_the_us() -> None:
    text = "Confiserie Baumann\nSeestrasse 4\n8002 Zürich\nMineral 7.30\nSumme 7.30\n"
    text += "12.03.2026 11:20\n"
    lines = [TextLine(line) for line in text.splitlines()]
    draft = parse_receipt(lines, default_currency="USD", today=TODAY, day_first=False)
    assert draft.date == date(2026, 3, 12)
    slashes = text.replace("12.03.2026", "03/12/2026")
    lines = [TextLine(line) for line in slashes.splitlines()]
    draft = parse_receipt(lines, default_currency="USD", today=TODAY, day_first=False)
    assert draft.date == date(2026, 3, 12)


def test_payments_read_above_the_total_still_contradict_it() -> None:
    # a receipt turned upside down, read line by line from the bottom: the change and the
    # cash come first, and "Tổng" lost its amount to the article below it
    text = (
        "87.000 Tien thua\n400.000 Tien khach dua\n313.000d cong:\nTong\n105.000 Cha gio\n"
        "113.000 Banh flan\nNgay: 14/07/2026 16:22\nHOA DON THANH TOAN\nTRA SUA MAY\n"
    )
    draft = parse(text, "VND")
    assert "total" in draft.doubtful() or draft.total == Decimal("313000")


US_SLIP_IN_EUROS = """\
SUNSET SURF SHOP
1200 Ocean Ave
Santa Monica, CA 90401
T-SHIRT 24.00
CAP 18.00
SUBTOTAL 42.00
SALES TAX 9.5% 3.99
TOTAL 45.99
VISA 45.99
05/14/2026 3:12 PM
CARDHOLDER COPY
TRANSACTION AMOUNT USD 45.99
AMOUNT EUR 42.25
EXCHANGE RATE 0.9187
TRANSACTION CURRENCY EUR
I ACCEPT THAT I HAVE BEEN OFFERED A CHOICE OF CURRENCIES
"""


@pytest.mark.parametrize("home", ["EUR", "GBP"])
def test_a_card_charged_in_the_holders_currency_is_not_the_receipts_currency(home: str) -> None:
    draft = parse(US_SLIP_IN_EUROS, home)
    assert draft.currency == "USD"
    assert draft.total == Decimal("45.99")


def test_without_other_cues_a_converted_slip_leaves_the_currency_doubtful() -> None:
    text = US_SLIP_IN_EUROS.replace("Santa Monica, CA 90401", "Santa Monica")
    text = text.replace("SALES TAX 9.5%", "TAX").replace("USD ", "")
    draft = parse(text, "EUR")
    assert "currency" in draft.doubtful()


def test_francs_with_their_euro_equivalent_stay_francs() -> None:
    text = "CAFE AM SEE\nKaffee 4.50\nTotal CHF 4.50\nEntspricht EUR 4.80\n14.03.2026\n"
    assert parse(text, "EUR").currency == "CHF"


def test_a_reading_with_a_weak_cue_replaces_one_with_none() -> None:
    from lingassist.receipts.passes import merge_drafts

    shadowed = parse("Main St Deli\nPortland,\nCOFFEE 3.50\nTOTAL DUE 3.50\n", "GBP")
    seen = parse("Main St Deli\nTel 503-555-0199\nCOFFEE 3.50\nTOTAL DUE 3.50\n", "GBP")
    assert shadowed.currency == "GBP" and "currency" in shadowed.doubtful()
    assert seen.currency == "USD" and "currency" in seen.doubtful()
    merged = merge_drafts(shadowed, seen)
    assert merged.currency == "USD"
    assert "currency" in merged.doubtful()


def test_a_malaysian_company_number_is_no_vietnamese_ward() -> None:
    assert not is_address("SOON FATT S/B (81497-P)")
    assert is_address("45 Lê Lợi, P. Bến Thành")


def test_a_malaysian_phone_number_written_without_spaces_is_not_vietnamese() -> None:
    scores = country_scores(["TEL / FAX : 0163307491 / 0378317491", "FAX: 0378317491"])
    assert "VN" not in scores
