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
    # a store number with a letter in front ends the name; so do the US bank's channel words
    ("TARGET T-1234 SPRINGFIELD IL", "Target"),
    ("PURCHASE AUTHORIZED ON 03/14 TARGET T1234 DULUTH MN S301234567890 CARD 4321", "Target"),
    ("RECURRING PAYMENT AUTHORIZED ON 02/01 SPOTIFY.COM STOCKHOLM", "Spotify"),
    # payment processors
    ("TST* SHAKE SHACK 1234 NEW YORK NY", "Shake Shack"),
    ("PAYPAL *NETFLIX", "Netflix"),
    ("PP*SPOTIFY P1A2B3C4D5", "Spotify"),
    ("SQ *SIGHTGLASS COFFEE San Francisco CA", "Sightglass Coffee San Francisco CA"),
    ("POS Purchase Yoco *The Bike Shed  * 14 May", "The Bike Shed"),
    ("POS Purchase Snapscan Corner Bakery  * 04 Jun", "Corner Bakery"),
    ("POS Purchase Zapper1*Kauai Menlyn  * 19 Jul", "Kauai Menlyn"),
    ("SumUp *Gelateria Roma", "Gelateria Roma"),
    # US / Canada fixed-width statements with store numbers and regions
    ("STARBUCKS STORE 12345 SEATTLE WA", "Starbucks"),
    ("SHELL OIL 57444 SAN JOSE CA", "Shell"),
    ("SOBEYS S GUELPH #218     GUELPH       ON  (APPLE PAY)", "Sobeys"),
    ("WAL-MART #1234 BENTONVILLE AR", "Walmart"),
    ("UBER *TRIP HELP.UBER.COM CA", "Uber"),
    ("UBER EATS   help.uber.com", "Uber Eats"),
    ("CHECKCARD 0812 CHIPOTLE 1234 AUSTIN TX", "Chipotle"),
    ("TRADER JOE S #552  QPS   PORTLAND OR", "Trader Joes"),
    # South Africa
    ("POS Purchase Engen Riverside Park  * 11 Mar", "Engen"),
    ("Fuel Purchase Sasol Hillcrest  * 16 Apr", "Sasol"),
    ("POS PURCHASE (EFFEC ) PnP Fam Rosebank JHB CARD NO.", "Pick n Pay"),
    ("Magtape Debit Telkom  K7731054", "Telkom"),
    ("Debit Order Payment (): Vodacomairtime ()", "Vodacomairtime"),
    ("Recurring Card Purchase: Spotify.com Stockholm (Card )", "Spotify"),
    ("POS Purchase KFC Bluff Road 27  * 09 Feb", "KFC"),
    ("POS Purchase Mcdonald  S Westvill  * 21 Jun", "McDonald's"),
    # Europe
    ("CB CARREFOUR 12/03 PARIS", "Carrefour"),
    ("KARTENZAHLUNG REWE SAGT DANKE 12345", "Rewe"),
    ("Tesco Stores 3142 London GB", "Tesco"),
    ("CARD PAYMENT TO SAINSBURYS S/MKTS ON 12 MAR", "Sainsburys"),
    ("PRLV SEPA FREE MOBILE", "Free Mobile"),
    ("Contactless Payment PRET A MANGER 23/05/24", "Pret A Manger"),
    ("Compra MERCADONA 2231 VALENCIA", "Mercadona"),
    # legal suffixes
    ("POS PURCHASE (EFFEC ) NKOSI TRADERS PTY LT  CARD NO.", "Nkosi Traders"),
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
        ("POS Purchase Engen Riverside Park  * 11 Mar", "pos purchase engen riverside park"),
        ("#Admin Fees #Ext Pymt Fee-318.75 Svc", "admin fees ext pymt fee svc"),
        ("Fuel Purchase BP Kloof Street  * 22 Jan", "fuel purchase bp kloof street"),
        ("POS Purchase Yoco *The Potting Shed  * 30 Apr", "pos purchase the potting shed"),
        ("Magtape Debit Hollard Za 481 7702K51290", "magtape debit hollard za"),
    ],
)
def test_text_keeps_channel_words_and_drops_numbers_dates_and_processors(
    descriptor: str, text: str
) -> None:
    assert normalize(descriptor).text == text


def test_branches_of_a_known_chain_share_one_key() -> None:
    keys = {
        normalize(d).key
        for d in ("POS Purchase Engen Umgeni  * 02 Jun", "POS Purchase Engen Bree St  * 19 Sep")
    }
    assert keys == {"engen"}


def test_a_line_without_a_merchant_keeps_its_words_as_key() -> None:
    found = normalize("Monthly Account Admin Fee")
    assert found.merchant == "Monthly Account Admin Fee"
    assert found.key == "monthly account admin fee"


def test_empty_descriptor() -> None:
    found = normalize("   ")
    assert (found.merchant, found.text) == ("", "")
