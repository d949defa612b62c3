"""Header lines that cannot be the shop's name, and brands found anywhere on a receipt."""

from __future__ import annotations

import pytest

from lingassist.receipts import TextLine
from lingassist.receipts.brand_match import find_brands
from lingassist.receipts.header import not_a_name, towns
from lingassist.receipts.merchant import shop_name


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("UNSERE ÖFFNUNGSZEITEN", False),
        ("Mo.-Sa. 8.00 - 20.00 Uhr", False),
        ("Lindenstraße 12", False),
        ("Warburger StraBe 130", False),  # ß read as B
        ("33100 Paderborn", False),
        ("2250 SOUTHGATE RD, COLORADO SPRINGS, CO", False),
        ("SAN MATEO, CA 94402", False),
        ("USt-IdNr.: DE 123 456 789", False),
        ("Tel. 05251 / 123456", False),
        ("BECKY NATION STORE MANAGER 719-471-0054", False),
        ("Grand Café 05251 / 123456", False),
        ("www.example.de", False),
        ("Respekt, wer's selber macht.", False),
        ("More saving.", False),
        ("* * Kundenbeleg * *", False),
        ("EUR", False),  # the column's currency
        ("real GmbH", True),
        ("Berghotel Alpenblick", True),
        ("S.H.H. MOTOR (SUNGAI RENGIT) SDN. BHD.", True),
        ("HOME MASTER HARDWARE & ELECTRICAL", True),
        ("NHÀ HÀNG PHỐ CỔ", True),
    ],
)
def test_lines_that_are_not_a_name(line: str, named: bool) -> None:
    assert not_a_name(line) is not named


@pytest.mark.parametrize(
    ("lines", "brand"),
    [
        (["Vielen Dank", "Aldi GmbH & Co. KG, Schloß Holte"], "ALDI"),  # the company line
        (["www. harktkauf .de"], "Marktkauf"),  # one letter misread in a long name
        (["Offnungszeiten auf dm.de"], "dm-drogerie markt"),  # a web address
        (["Checkers Hyper"], "Checkers"),  # an ordinary word starting a short first line
        (["KAFFEE", "real Treuemarken sammeln"], None),  # an ordinary word in a sentence
        (["TARGET PRICE 3,99"], None),  # a line with a price is an article
    ],
)
def test_brands_found_anywhere(lines: list[str], brand: str | None) -> None:
    found = find_brands([TextLine(line) for line in lines])
    assert (found[0].brand if found else None) == brand


def test_shop_name_drops_legal_form_town_and_logo_echo() -> None:
    places = frozenset(towns(["33098 Paderborn"]))
    assert shop_name("Saturn Paderborn", places) == "Saturn"
    assert shop_name("toom Baumarkt GmbH") == "toom Baumarkt"
    assert shop_name("dm dm-drogerie markt") == "dm-drogerie markt"
    assert shop_name("Shoprite Checkers (Pty) Ltd") == "Shoprite Checkers"
    assert shop_name("BOOK TA .K (TAMAN DAYA) SDN BHD") == "BOOK TA .K (TAMAN DAYA) SDN BHD"
