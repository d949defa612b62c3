"""Kinds of misses found on the varied rendered receipts (`bench/receipts_rendered.py`,
the "varied" layouts of the countries of the real receipts), each on a receipt text
written for this test (no line is taken from a real receipt): streets and slogans taken
for the shop's name, "Balance to pay" taken for change, a tip line whose amount OCR could
not read, a misread "Rückgeld" taken for a tip, "§" read for a 5, and totals that the
receipt's own arithmetic contradicts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lingassist.receipts import ReceiptDraft, TextLine, parse_receipt
from lingassist.receipts.amounts import fix_digits
from lingassist.receipts.header import is_address, is_slogan, not_a_name
from lingassist.receipts.labels import Label, line_label

TODAY = date(2026, 11, 23)


def parse(text: str, home: str = "GBP") -> ReceiptDraft:
    return parse_receipt([TextLine(line) for line in text.splitlines()], default_currency=home,
                         today=TODAY)  # fmt: skip


GERMAN_STREET_WITHOUT_STREET_WORD = """\
Willkommen bei
Gärtnerei Sonnenhof
Am Anger 7
12345 Musterstadt
Tel. 030 / 9876543
Tomaten 2,49 B
Erde 20L 6,99 A
SUMME EUR 9,48
Bar 20,00
Rückgeld 10,52
05.06.26 10:14
"""


def test_a_street_above_its_postcode_and_a_greeting_are_not_the_name() -> None:
    draft = parse(GERMAN_STREET_WITHOUT_STREET_WORD)
    assert draft.merchant == "Gärtnerei Sonnenhof"
    assert draft.total == Decimal("9.48") and draft.currency == "EUR"
    assert draft.date == date(2026, 6, 5)
    assert not_a_name("Willkommen bei")


US_NAME_WITH_A_STREET_WORD = """\
ELM STREET PHARMACY
Your friendly local store
77 W Lake St
Springfield, IL 62704
VITAMINS 9.99 T
SUBTOTAL 9.99
TAX 6.25% 0.62
TOTAL $10.61
VISA TEND 10.61
CHANGE DUE 0.00
03/12/2026 2:35 PM
"""


def test_a_shop_named_after_its_street_and_a_lower_case_slogan() -> None:
    draft = parse(US_NAME_WITH_A_STREET_WORD)
    assert draft.merchant == "ELM STREET PHARMACY"
    assert draft.total == Decimal("10.61") and draft.currency == "USD"
    assert draft.date == date(2026, 3, 12)  # month first in the US
    assert is_slogan("Your friendly local store")
    assert not is_slogan("Bäckerei am Markt")


def test_a_corner_or_a_street_without_a_number_is_an_address() -> None:
    assert is_address("Cnr Main & Voortrekker Rd")
    assert is_address("Corner of Long and Bree")
    assert is_address("Voortrekker Rd")
    assert not is_address("CORNER NEWS LTD")
    assert not is_address("MAIN ST DELI")


BRITISH_BALANCE_TO_PAY = """\
Potters of Whitby
4 Harbour Row
Whitby
Mug £8.50
Teapot £21.00
2 items
Balance to pay £29.50
Cash £40.00
Change £10.50
12 Mar 2026 11:02
"""


def test_a_name_with_small_words_and_balance_to_pay() -> None:
    draft = parse(BRITISH_BALANCE_TO_PAY)
    assert draft.merchant == "Potters of Whitby"  # not the town below the address
    assert draft.total == Decimal("29.50") and draft.currency == "GBP"
    assert line_label("Balance to pay £29.50") is not Label.CHANGE
    assert draft.is_confident("total")


DINER_TIP_UNREADABLE = """\
BLUE HERON GRILL
12 Bay Street
Subtotal 40.00
Tax 3.40
Total 43.40
VISA XXXXXXXXXXXX9876
Amount: 43.40
+ Tip: §.?0
= Total: 51.40
x___________
Suggested tip: 18% 7.20
09/14/2026 7:41 PM
"""


def test_the_total_below_a_tip_line_whose_amount_was_not_read() -> None:
    draft = parse(DINER_TIP_UNREADABLE)
    assert draft.total == Decimal("51.40")


def test_a_suggested_tip_is_never_the_total() -> None:
    draft = parse("CAFE ROSA\nSuggested tip: 18% 7.20\n09/14/2026")
    assert draft.total is None


SWISS_MISREAD_CHANGE = """\
METZGEREI BEISPIEL
Dorfstrasse 1, 3000 Bern
Total CHF §5,65
Bar 100.00
Rickgeld 44.35
01.06.2026 09:18
"""


def test_a_misread_rueckgeld_is_change_and_a_section_sign_a_five() -> None:
    assert line_label("Rickgeld 44.35") is Label.CHANGE
    assert fix_digits("Total CHF §5,65") == "Total CHF 55,65"
    assert fix_digits("gem. § 25a UStG 12,00") == "gem. § 25a UStG 12,00"
    draft = parse(SWISS_MISREAD_CHANGE)
    assert draft.total == Decimal("55.65") and draft.currency == "CHF"
    assert draft.is_confident("total")  # cash - change agrees


def test_a_total_that_cash_minus_change_contradicts_stays_doubtful() -> None:
    text = SWISS_MISREAD_CHANGE.replace("§5,65", "56,65")  # one digit misread
    draft = parse(text)
    assert not draft.is_confident("total")


VIETNAMESE_SPACED_THOUSANDS = """\
QUÁN CƠM NHÀ LÀM
Ngày: 11/04/2026 16:19
Chả giò 43.000
Cơm tấm 62.000
Tổng cộng: 105 .000đ
Tiền khách đưa 200 .000
Tiền thừa 95.000
"""


def test_dong_with_a_space_before_the_thousands_mark() -> None:
    draft = parse(VIETNAMESE_SPACED_THOUSANDS)
    assert draft.total == Decimal("105000") and draft.currency == "VND"


def test_a_day_misread_next_to_a_time_is_repaired_and_stays_doubtful() -> None:
    for line, day in (
        ("89/11/2026 18:02", date(2026, 11, 9)),
        ("62. Jan 2026 16:13", date(2026, 1, 2)),
    ):
        draft = parse(f"FROMAGERIE EXEMPLE\nTOTAL 12,00 €\n{line}")
        assert draft.date == day
        assert not draft.is_confident("date")
    assert parse("FROMAGERIE EXEMPLE\nTOTAL 12,00 €\nRef 89/11/2026").date is None


def test_zu_bezahlen_is_the_total_even_with_its_z_read_as_2() -> None:
    text = "DROGERIE MUSTER\nMarktgasse 7\nCHE-123.456.789 MWST\nSeife 4.20\nRundung 0.00\n"
    draft = parse(text + "2u bezahlen CHF 65,70\n1 MWST 8.1% 46.31 3.47\n20.10.2026 13:19")
    assert draft.total == Decimal("65.70") and draft.currency == "CHF"


def test_a_five_digit_postcode_tells_a_german_or_french_receipt_from_a_swiss_one() -> None:
    german = parse("HOFLADEN MUSTER\nDorfweg 2\n33098 Paderborn\nSumme 12,00\nRückgeld 3,00")
    assert german.currency == "EUR" and german.is_confident("currency")
    french = parse("EPICERIE EXEMPLE\n75002 PARIS\nTOTAL TTC 12,00\nESPECES 20,00\nRENDU 8,00")
    assert french.currency == "EUR" and french.is_confident("currency")
    swiss = parse("HOFLADEN MUSTER\nDorfweg 2\n8001 Zürich\nSumme 12.00\nRückgeld 3.00")
    assert not swiss.is_confident("currency")  # German words alone: euros or francs
    malaysian = parse("KEDAI CONTOH\n47100 PUCHONG\nTOTAL 12.00", home="MYR")
    assert malaysian.currency == "MYR"


def test_a_french_time_of_day_marks_the_purchase_date() -> None:
    draft = parse("LIBRAIRIE EXEMPLE\n75002 PARIS\nTOTAL TTC 12,00 €\nLe 12/10/26 à 21h58")
    assert draft.date == date(2026, 10, 12) and draft.is_confident("date")


def test_thanh_tien_is_the_amount_before_fees_not_the_total() -> None:
    assert line_label("Thành tiền 1.000.000") is Label.SUBTOTAL
    assert line_label("Thanh toán 1.050.000") is Label.STRONG_TOTAL
    text = "NHÀ HÀNG VÍ DỤ\n28/08/2026 14:08\nThành tiền 1.000.000\nPhí phục vụ 5% 50.000\n"
    draft = parse(text + "Tổng tiền 1.050.000 đ")
    assert draft.total == Decimal("1050000") and draft.is_confident("total")


def test_a_total_not_rounded_as_its_rounding_line_says_stays_doubtful() -> None:
    text = "CONFISERIE EXEMPLE\nRue du Lac 8, 1003 Lausanne\nCHE-123.456.789 TVA\n"
    rounded = parse(text + "Arrondi -0.01\nA payer CHF 81.20\n06.04.2026 16:30")
    assert rounded.total == Decimal("81.20") and rounded.is_confident("total")
    misread = parse(text + "Arrondi -0.01\nA payer CHF 81.26\n06.04.2026 16:30")
    assert misread.total == Decimal("81.26") and not misread.is_confident("total")


def test_a_line_with_an_amount_in_thousands_is_no_name() -> None:
    draft = parse("35.000 Tiền thừa\nQUÁN VÍ DỤ\nTổng cộng 65.000đ\n11/04/2026")
    assert draft.merchant is None  # the page read upside down: no name above the amounts


def test_the_column_heading_is_no_subtotal_and_lends_no_amount() -> None:
    text = "TIỆM VÍ DỤ\nTên món SL T.Tiền\nMì xào 1 319.000\nLẩu 1 520.000\n"
    draft = parse(text + "Thành tiền 839.000\nTỔNG CỘNG 839.000đ\n30/04/2026 21:57")
    assert line_label("Tên món SL T.Tiền") is Label.OTHER
    assert draft.total == Decimal("839000") and draft.subtotal == Decimal("839000")


def test_thousands_grouped_with_a_space_or_an_apostrophe() -> None:
    south_african = parse("BRAAI HOUSE\nVAT 15% incl 163.04\nTOTAL R1 250.00\nCARD R1 250.00")
    assert south_african.total == Decimal("1250.00") and south_african.currency == "ZAR"
    assert parse("BRAAI HOUSE\nTOTAL DUE R 1,250.00").currency == "ZAR"
    swiss = parse("MÖBEL BEISPIEL AG\nCHE-123.456.789 MWST\nTotal CHF 1'250.50")
    assert swiss.total == Decimal("1250.50") and swiss.currency == "CHF"
    french = parse("MEUBLES EXEMPLE\nSIRET 123 456 789 00012\nTOTAL TTC 1 250,00 €")
    assert french.total == Decimal("1250.00") and french.currency == "EUR"
    quantity = parse("KEDAI CONTOH\nQTY 2 250.00\nTOTAL 250.00", home="MYR")
    assert quantity.total == Decimal("250.00")  # no mark: a quantity and a price


def test_a_blank_total_line_does_not_take_the_suggested_tip_below_it() -> None:
    draft = parse("BLUE HERON GRILL\nAmount:\nTip:\nTotal:\nSuggested tip: 18% 7.57\n07/10/2026")
    assert draft.total is None
