"""Bank descriptors from several countries -> merchant display name and key."""

from __future__ import annotations

import random
import re

import pytest

from lingassist.categorize import normalize as normalizer
from lingassist.categorize.normalize import key_of, merchant_key, normalize
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
    ("SQ *SIGHTGLASS COFFEE San Francisco CA", "Sightglass Coffee San Francisco"),
    ("POS Purchase Yoco *The Bike Shed  * 14 May", "The Bike Shed"),
    ("POS Purchase Snapscan Corner Bakery  * 04 Jun", "Corner Bakery"),
    ("POS Purchase Zapper1*Kauai Menlyn  * 19 Jul", "Kauai Menlyn"),
    ("SumUp *Gelateria Roma", "Gelateria Roma"),
    ("IZETTLE_*THE RED LION", "The Red Lion"),  # an underscore joins the processor's name
    ("Nordvik AB//Goteborg/SE", "Nordvik"),  # a Swedish company's legal form
    # the Netherlands: a debit card line, its card number after a comma; dotted legal forms
    ("BEA, Betaalpas KRUIDVAT 0412,PAS987 LEIDEN", "Kruidvat"),
    ("Brouwerij de Molen B.V.", "Brouwerij de Molen"),
    # Vietnam: "TT" (thanh toan, payment) before a web shop's name
    ("TT DIENMAYXANH.COM", "Dienmayxanh"),
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
    "name", ["  Café  Blue-Bottle ", "TIM HORTONS", "Dis-Chem", "McDonald's", "Pick n Pay"]
)
def test_merchant_key_agrees_with_the_ledger(name: str) -> None:
    assert merchant_key(name) == ledger_merchant_key(name)


@pytest.mark.parametrize(
    ("name", "key"),
    [("Straße", "strasse"), ("Đà Nẵng", "da nang"), ("Smørrebrød", "smorrebrod"), ("ß", "ss")],
)
def test_letters_without_a_base_letter_are_written_out_not_dropped(name: str, key: str) -> None:
    assert merchant_key(name) == key


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


@pytest.mark.parametrize(
    ("descriptor", "key"),
    [
        # SEPA fields and separators end the name (DE, FR)
        ("Fleischerei Wagner//Leipzig/DE", "fleischerei wagner"),
        ("SEPA-LASTSCHRIFT ZAHNARZTPRAXIS DR BERG EREF+9921 MREF+X1", "zahnarztpraxis dr berg"),
        ("PRLV SEPA MUTUELLE DES LILAS ECH/011224 ID EMETTEUR/FR12ZZZ", "mutuelle des lilas"),
        ("KARTENZAHLUNG NORMA SAGT DANKE 0815", "norma"),
        # payment channel words (VN, NL)
        ("THANH TOAN QR COM TAM BA GHIEN 05/12", "com tam ba ghien"),
        ("BEA NR:XXXX5678 03.12.24/09.41 BAKKERIJ DE ZON 0042 UTRECHT", "bakkerij de zon"),
        # telephone numbers and web addresses
        ("ACME PEST CONTROL 800-555-0199 TX", "acme pest control"),
        ("BLUEHOST.COM 888-401-4678 UT", "bluehost"),
        ("ZENDESK INC help.zendesk.com", "zendesk"),
        # a wallet or processor before the star; a reference after it
        ("GOOGLE *Duolingo g.co/helppay#", "duolingo"),
        ("GRAB*B-7QZ1 JAKARTA", "grab"),
        ("UBER* EATS 8005928996", "uber eats"),
        # legal forms wherever they stand, owners' names after "Inh."
        ("BARNES & KEMP RETAIL LTD READING GB", "barnes kemp retail"),
        ("Friseur Koenig Inh. S. Koenig", "friseur koenig"),
        # a country, state or province code after the city
        ("SQ *RITUAL COFFEE San Francisco CA", "ritual coffee san francisco"),
        ("KEBAB HOUSE MARIENPLATZ MUENCHEN DE", "kebab house marienplatz muenchen"),
        ("Toys R Us", "toys r us"),
        # an article before a known brand
        ("THE HOME DEPOT #0412 ATLANTA GA", "home depot"),
    ],
)
def test_kinds_of_noise_around_a_merchant_name(descriptor: str, key: str) -> None:
    assert normalize(descriptor).key == key


@pytest.mark.parametrize(
    "descriptor",
    [
        "POS 4411 WOOLWORTHS CAPE TOWN",
        "SQ *RITUAL COFFEE San Francisco CA",
        "Friseur Koenig Inh. S. Koenig",
        "BEA NR:XXXX5678 03.12.24/09.41 BAKKERIJ DE ZON 0042 UTRECHT",
        "AMZN Mktp US*2K3",
        "GOOGLE *Duolingo g.co/helppay#",
        "Phở Hòa Pasteur",
    ],
)
def test_the_display_name_has_the_same_key_as_the_line(descriptor: str) -> None:
    """What the ledger may keep as the merchant's name is filed under the line's key."""
    found = normalize(descriptor)
    assert key_of(found.merchant) == found.key == key_of(descriptor)


def test_known_brands_are_marked() -> None:
    assert normalize("POS 4411 WOOLWORTHS CAPE TOWN").known
    assert not normalize("SQ *RITUAL COFFEE").known


@pytest.mark.parametrize(
    ("longer", "shorter"),
    [("PANERA BREAD #4412 BOSTON MA", "Panera"), ("XBOX LIVE 425-681-9258 WA", "Xbox")],
)
def test_a_known_name_that_only_adds_words_in_the_same_category_is_one_merchant(
    longer: str, shorter: str
) -> None:
    assert normalize(longer).key == normalize(shorter).key


def test_a_known_name_in_another_category_stays_its_own_merchant() -> None:
    assert normalize("UBER EATS help.uber.com").key == "uber eats"
    assert normalize("UBER *TRIP").key == "uber"


@pytest.mark.parametrize(
    ("descriptor", "merchant"),
    [
        ("WALMART PHARMACY 1234", "Walmart Pharmacy"),  # another line of its business
        ("WOOLWORTHS FOOD 0412", "Woolworths Food"),
        ("AMAZON PRIME*2K3", "Amazon Prime"),
        ("CARREFOUR MARKET LYON", "Carrefour"),  # a market's "Market" repeats what it is
        ("TELKOM MOBILE 0412", "Telkom"),
    ],
)
def test_a_word_after_a_brand_names_another_business_only_when_it_does(
    descriptor: str, merchant: str
) -> None:
    assert normalize(descriptor).merchant == merchant


# Pieces of bank text that start, end or nearly make a date, a card number or a SEPA tail
# (and letters that case-fold unusually: the Kelvin sign is a "k", the long s an "s").
_PIECES = (
    "on ", "ON", "*", "**", " ", "  ", "\t", "12", "3", "2026-11-20", "01.12", "1/2/24", "10:30",
    "7 aug", "Sept", "dec", "card", "CARD no", " n", "xx1234", "XX", "**99", "nr:", "PAS: x",
    "x*", "#", "eref+", "EREF", "//", "/", "+", "ECH/", "id emetteur/", "sagt danke", "SAGT",
    "DANKE", "rum/", "ref/", "bic+", "svwz+", "Rewe", "\u212a", "\u017f", "é", "_", ".", "-",
    "n", "o", "N", "mdt/", "Kref+", "abwa", "x", "p", "c",
)  # fmt: skip


def _plain(guarded: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without its look-ahead guard (`normalize._guarded`)."""
    found = re.fullmatch(r"\(\?=\[[^\]]*\]\)\(\?:(.*)\)", guarded.pattern, re.DOTALL)
    assert found is not None
    return re.compile(found.group(1), guarded.flags)


@pytest.mark.parametrize("name", ["_DATES", "_CARD_NUMBERS", "_SEPA_TAIL"])
def test_a_guarded_pattern_finds_what_it_found_unguarded(name: str) -> None:
    guarded = getattr(normalizer, name)
    plain = _plain(guarded)
    rng = random.Random(16)
    for _ in range(20_000):
        text = "".join(rng.choices(_PIECES, k=rng.randint(1, 9)))
        assert guarded.sub("~", text) == plain.sub("~", text), text
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


# Pieces of bank text with digits in every role: store, card and telephone numbers, dates,
# times, a processor whose name holds a digit, digits inside words and web addresses, and
# letters that become ASCII digits or letters only after `ascii_letters`.
_DIGIT_PIECES = (
    "ZAPPER1", "zapper1 ", "Zapper 1", "Zapper1*", "SQ *", "*", "12", "1", "9", "03.12",
    "2021-01-05", "#12 ", " ", "  ", "POS ", "card ", "xx1234", ",PAS123", "Rewe ", "ALDI ",
    "7 ELEVEN", "7-Eleven", "TRADING 212", "Ü", "é", "ß", "\uff11", "\u00b9", "B.V.",
    "www.a1b.com", "HELP.UBER.COM", "No.5", "T-1234", "+27 11 555 1234", "(APPLE PAY)",
    "CHECKCARD 0812 ", "ON ", "12 Aug", "23:59", "//", "EREF+", "LTD ", "Gmbh", "uber ",
    "eats", "S ", "The ", "KFC", "2K4", "A0B", "KARTENZAHLUNG ", "BERLIN ", "LONDON GB",
)  # fmt: skip


def test_lines_that_differ_only_in_their_digits_are_cleaned_as_each_on_its_own() -> None:
    rng = random.Random(16)
    for _ in range(20_000):
        text = "".join(rng.choices(_DIGIT_PIECES, k=rng.randint(1, 8)))
        alone = normalizer._cleaned(normalizer.ascii_letters(text))  # without the shape
        found = normalize(text)
        assert found.raw == text
        assert (found.text, found.merchant, found.key, found.known) == (
            alone.text,
            alone.merchant,
            alone.key,
            alone.known,
        ), text


def test_a_processor_whose_name_holds_a_digit_keeps_it() -> None:
    assert normalize("ZAPPER1 KAUAI MENLYN 0412").merchant == "Kauai Menlyn"
