"""Bank descriptors from several countries -> merchant display name and key."""

from __future__ import annotations

import pytest

from lingassist.categorize.normalize import merchant_key, normalize
from lingassist.ledger.repository import merchant_key as ledger_merchant_key

CASES = [
    # the examples
    ("POS Purchase Woolworths Online  * 23 Aug", "Woolworths Online"),
    ("TIM HORTONS #0770        CAMBRIDGE    ON  (APPLE PAY)", "Tim Hortons"),
    ("SQ *BLUE BOTTLE", "Blue Bottle"),
    ("AMZN Mktp US*2K4AB1CD2", "Amazon Marketplace"),
    # payment processors
    ("TST* SHAKE SHACK 1234 NEW YORK NY", "Shake Shack"),
    ("PAYPAL *NETFLIX", "Netflix"),
    ("PP*SPOTIFY P1A2B3C4D5", "Spotify"),
    ("SQ *SIGHTGLASS COFFEE San Francisco CA", "Sightglass Coffee San Francisco CA"),
    ("POS Purchase Yoco *The Laundromat  * 20 Aug", "The Laundromat"),
    ("POS Purchase Snapscan Corner Bakery  * 29 Aug", "Corner Bakery"),
    ("POS Purchase Zapper1*Kauai Menlyn  * 03 Sep", "Kauai Menlyn"),
    ("SumUp *Gelateria Roma", "Gelateria Roma"),
    # US / Canada fixed-width statements with store numbers and regions
    ("STARBUCKS STORE 12345 SEATTLE WA", "Starbucks"),
    ("SHELL OIL 57444 SAN JOSE CA", "Shell"),
    ("ZEHRS S CAMBRIDGE #576   CAMBRIDGE    ON  (APPLE PAY)", "Zehrs"),
    ("WAL-MART #1234 BENTONVILLE AR", "Walmart"),
    ("UBER *TRIP HELP.UBER.COM CA", "Uber"),
    ("UBER EATS   help.uber.com", "Uber Eats"),
    ("CHECKCARD 0812 CHIPOTLE 1234 AUSTIN TX", "Chipotle"),
    ("TRADER JOE S #552  QPS   PORTLAND OR", "Trader Joes"),
    # South Africa
    ("POS Purchase Engen Mitchell Park  * 07 Oct", "Engen"),
    ("Fuel Purchase Sasol Melmoth  * 02 Oct", "Sasol"),
    ("POS PURCHASE (EFFEC ) PnP Fam Elgin KEMPT CARD NO.", "Pick n Pay"),
    ("Magtape Debit Vodacom  I6522327", "Vodacom"),
    ("Debit Order Payment (): Telkommobi ()", "Telkommobi"),
    ("Recurring Card Purchase: Netflix.com Amsterdam (Card )", "Netflix"),
    ("POS Purchase KFC Grayston 15  * 12 Oct", "KFC"),
    ("POS Purchase Mcdonald  S Craigh  * 27 Oct", "McDonald's"),
    # Europe
    ("CB CARREFOUR 12/03 PARIS", "Carrefour"),
    ("KARTENZAHLUNG REWE SAGT DANKE 12345", "Rewe"),
    ("Tesco Stores 3142 London GB", "Tesco"),
    ("CARD PAYMENT TO SAINSBURYS S/MKTS ON 12 MAR", "Sainsburys"),
    ("PRLV SEPA FREE MOBILE", "Free Mobile"),
    ("Contactless Payment PRET A MANGER 23/05/24", "Pret A Manger"),
    ("Compra MERCADONA 2231 VALENCIA", "Mercadona"),
    # legal suffixes
    ("POS PURCHASE (EFFEC ) SHAMSUN TRADERS PTY LT  CARD NO.", "Shamsun Traders"),
    ("ACME WIDGETS LLC", "Acme Widgets"),
]


@pytest.mark.parametrize(("descriptor", "merchant"), CASES)
def test_merchant_display_name(descriptor: str, merchant: str) -> None:
    assert normalize(descriptor).merchant == merchant


@pytest.mark.parametrize(("descriptor", "merchant"), CASES)
def test_key_is_the_ledgers_key_of_the_display_name(descriptor: str, merchant: str) -> None:
    assert normalize(descriptor).key == ledger_merchant_key(merchant)


@pytest.mark.parametrize(
    "name", ["  Café  Blue-Bottle ", "TIM HORTONS", "Dis-Chem", "McDonald's", "Pick n Pay", "ß"]
)
def test_merchant_key_agrees_with_the_ledger(name: str) -> None:
    assert merchant_key(name) == ledger_merchant_key(name)


@pytest.mark.parametrize(
    ("descriptor", "text"),
    [
        ("POS Purchase Engen Mitchell Park  * 07 Oct", "pos purchase engen mitchell park"),
        ("#Service Fees #Int Pymt Fee-639.99 Appl", "service fees int pymt fee appl"),
        ("Fuel Purchase BP Stegen  * 05 Sep", "fuel purchase bp stegen"),
        ("POS Purchase Yoco *The Drum  * 07 Sep", "pos purchase the drum"),
        ("Magtape Debit Aon Sa 293 2309T34834", "magtape debit aon sa"),
    ],
)
def test_text_keeps_channel_words_and_drops_numbers_dates_and_processors(
    descriptor: str, text: str
) -> None:
    assert normalize(descriptor).text == text


def test_branches_of_a_known_chain_share_one_key() -> None:
    keys = {
        normalize(d).key
        for d in ("POS Purchase Engen Nkandla  * 05 Oct", "POS Purchase Engen Kathrada  * 13 Sep")
    }
    assert keys == {"engen"}


def test_a_line_without_a_merchant_keeps_its_words_as_key() -> None:
    found = normalize("Monthly Account Admin Fee")
    assert found.merchant == "Monthly Account Admin Fee"
    assert found.key == "monthly account admin fee"


def test_empty_descriptor() -> None:
    found = normalize("   ")
    assert (found.merchant, found.text) == ("", "")
