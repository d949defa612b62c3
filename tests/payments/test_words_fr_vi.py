"""Amounts in French and Vietnamese words, as a window in that language shows them next
to the figures of a payment."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.payments.words import amount_in_words_in
from lingassist.payments.words_fr import number_in_words_fr
from lingassist.payments.words_vi import number_in_words_vi

NUMBERS = [  # (number, French, Vietnamese)
    (0, "zéro", "không"),
    (1, "un", "một"),
    (15, "quinze", "mười lăm"),
    (17, "dix-sept", "mười bảy"),
    (21, "vingt et un", "hai mươi mốt"),
    (24, "vingt-quatre", "hai mươi tư"),
    (25, "vingt-cinq", "hai mươi lăm"),
    (71, "soixante et onze", "bảy mươi mốt"),
    (80, "quatre-vingts", "tám mươi"),
    (81, "quatre-vingt-un", "tám mươi mốt"),
    (99, "quatre-vingt-dix-neuf", "chín mươi chín"),
    (100, "cent", "một trăm"),
    (105, "cent cinq", "một trăm linh năm"),
    (200, "deux cents", "hai trăm"),
    (280, "deux cent quatre-vingts", "hai trăm tám mươi"),
    (1000, "mille", "một nghìn"),
    (2005, "deux mille cinq", "hai nghìn không trăm linh năm"),
    (80_000, "quatre-vingt mille", "tám mươi nghìn"),
    (200_000, "deux cent mille", "hai trăm nghìn"),
    (1_000_000, "un million", "một triệu"),
    (1_050_000, "un million cinquante mille", "một triệu không trăm năm mươi nghìn"),
    (2_000_000_000, "deux milliards", "hai tỷ"),
]

AMOUNTS = [  # (amount, currency, language, words)
    ("40.50", "EUR", "fr", "quarante euros et cinquante centimes"),
    ("1", "EUR", "fr", "un euro"),
    ("1.01", "EUR", "fr", "un euro et un centime"),
    ("0.05", "EUR", "fr", "cinq centimes"),
    ("1000000", "EUR", "fr", "un million d’euros"),
    ("2000000", "USD", "fr", "deux millions de dollars américains"),
    ("2.50", "GBP", "fr", "deux livres sterling et cinquante pence"),
    ("12.50", "BRL", "fr", "douze et 50/100 BRL"),
    ("1250000", "VND", "vi", "một triệu hai trăm năm mươi nghìn đồng"),
    ("50000", "VND", "vi", "năm mươi nghìn đồng"),
    ("40.50", "EUR", "vi", "bốn mươi euro năm mươi xu"),
    ("12.50", "BRL", "vi", "mười hai và 50/100 BRL"),
    ("40.50", "EUR", "en", "forty euros and fifty cents"),
    ("40.50", "EUR", "de", "forty euros and fifty cents"),  # no words of its own: English
]


@pytest.mark.parametrize(("number", "french", "vietnamese"), NUMBERS)
def test_numbers_in_french_and_vietnamese(number: int, french: str, vietnamese: str) -> None:
    assert number_in_words_fr(number) == french
    assert number_in_words_vi(number) == vietnamese


@pytest.mark.parametrize(("amount", "currency", "language", "words"), AMOUNTS)
def test_amounts_in_the_words_of_a_language(
    amount: str, currency: str, language: str, words: str
) -> None:
    assert amount_in_words_in(Decimal(amount), currency, language) == words
