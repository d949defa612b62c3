"""The seed: valid codes, a few hundred facts, precedence of bank wording and merchants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.categorize.normalize import normalize
from lingassist.categorize.seed import lookup, seed_entries
from lingassist.categorize.taxonomy import is_detailed


def test_every_seed_code_is_a_detailed_pfc_code() -> None:
    assert {e.code for e in seed_entries() if not is_detailed(e.code)} == set()


def test_the_seed_is_a_few_hundred_facts_or_more() -> None:
    assert len(seed_entries()) > 500


@pytest.mark.parametrize(
    ("descriptor", "amount", "code"),
    [
        ("SHELL OIL 57444 SAN JOSE CA", "-40", "TRANSPORTATION_GAS"),
        ("UBER *TRIP", "-12", "TRANSPORTATION_TAXIS_AND_RIDE_SHARES"),
        ("NETFLIX.COM", "-15.99", "ENTERTAINMENT_TV_AND_MOVIES"),
        ("ACME CORP PAYROLL", "2500", "INCOME_SALARY"),
        ("INTEREST PAID", "1.20", "INCOME_INTEREST_EARNED"),
        ("DEBIT INTEREST", "-6.37", "BANK_FEES_INTEREST_CHARGE"),
        (
            "Offshore Handling Online Purchase Fee: Spotify.com",
            "-1.15",
            "BANK_FEES_OTHER_BANK_FEES",
        ),
        ("Card Payment Insufficient Funds Fee", "-0.45", "BANK_FEES_INSUFFICIENT_FUNDS"),
        ("ATM Cash Withdrawal Main Street", "-50", "TRANSFER_OUT_WITHDRAWAL"),
        ("KARTENZAHLUNG REWE SAGT DANKE", "-23", "FOOD_AND_DRINK_GROCERIES"),
        ("TESCO STORES 3142", "-23", "FOOD_AND_DRINK_GROCERIES"),
        ("BOOTS THE CHEMIST", "-9", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS"),
        ("RYANAIR DUBLIN", "-89", "TRAVEL_FLIGHTS"),
        ("Debit Order Payment (): Vodacomairtime ()", "-230", "RENT_AND_UTILITIES_TELEPHONE"),
        ("POS Purchase Marula Cafe", "-70", "FOOD_AND_DRINK_RESTAURANT"),
    ],
)
def test_lookup(descriptor: str, amount: str, code: str) -> None:
    sign = 1 if Decimal(amount) > 0 else -1
    found = lookup(normalize(descriptor), sign)
    assert found is not None and found.entry.code == code


def test_ordinary_words_only_count_at_the_start_of_the_merchant() -> None:
    assert lookup(normalize("TARGET 00012345 MINNEAPOLIS"), -1) is not None
    found = lookup(normalize("ON TARGET ARCHERY CLUB"), -1)
    assert found is None or found.entry.code != "GENERAL_MERCHANDISE_SUPERSTORES"


def test_signed_phrases_respect_the_direction_of_money() -> None:
    assert (
        lookup(normalize("SALARY"), -1) is None
        or lookup(normalize("SALARY"), -1).entry.code != "INCOME_SALARY"
    )


@pytest.mark.parametrize(
    ("descriptor", "code"),
    [
        ("POS Purchase Zapper *Philz Cof  * 15 Mar", "FOOD_AND_DRINK_COFFEE"),
        ("BURGER KIN 0042", "FOOD_AND_DRINK_FAST_FOOD"),
        ("Internal Debit Order Absahomeloan", "LOAN_PAYMENTS_PERSONAL_LOAN_PAYMENT"),
    ],
)
def test_names_cut_short_and_joined_words_are_recognised(descriptor: str, code: str) -> None:
    found = lookup(normalize(descriptor), -1)
    assert found is not None and found.entry.code == code and found.prefix


def test_cut_names_only_count_at_the_end_and_joined_words_need_a_long_start() -> None:
    assert lookup(normalize("PHILZ COF ROASTERS LTD"), -1) is None
    assert lookup(normalize("COFFEES AND MORE"), -1) is None


def test_a_name_that_lost_its_number_only_counts_at_the_start() -> None:
    found = lookup(normalize("POS Purchase Smith Trading"), -1)
    assert found is None or found.entry.code != "TRANSFER_OUT_INVESTMENT_AND_RETIREMENT_FUNDS"


def test_a_trade_word_beats_a_weak_word_before_it() -> None:
    found = lookup(normalize("ZAPPER*RECHARGE PIZZA CORNER"), -1)
    assert found is not None and found.entry.code == "FOOD_AND_DRINK_RESTAURANT"
    assert not found.entry.weak


@pytest.mark.parametrize(
    ("descriptor", "code"),
    [
        (
            "App Payment To Riverside Golf Club",
            "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS",
        ),
        ("EFT to Discovery Insure 0042", "GENERAL_SERVICES_INSURANCE"),
        ("Internet pmt to Shell garage", "TRANSPORTATION_GAS"),
    ],
)
def test_a_payment_to_a_trade_or_merchant_is_what_was_paid_for(descriptor: str, code: str) -> None:
    found = lookup(normalize(descriptor), -1)
    assert found is not None and found.entry.code == code


@pytest.mark.parametrize(
    "descriptor",
    ["Payment To John Smith", "Payment To Thandi Services", "Transfer to savings"],
)
def test_a_payment_to_a_person_or_a_weak_word_stays_a_transfer(descriptor: str) -> None:
    found = lookup(normalize(descriptor), -1)
    assert found is not None and found.entry.code.startswith("TRANSFER_OUT")


def test_transfer_wording_beside_other_bank_wording_keeps_its_bank_meaning() -> None:
    found = lookup(normalize("Payment to savings pocket golf"), -1)
    assert found is not None and found.entry.code.startswith("TRANSFER_OUT")


def test_common_abbreviations_of_a_trade() -> None:
    found = lookup(normalize("PROGRESSIVE INS 8001234567"), -1)
    assert found is not None and found.entry.code == "GENERAL_SERVICES_INSURANCE"
    found = lookup(normalize("CARD PURCHASE L12 ZOLA CANAL WALK MALL"), -1)
    assert found is not None and found.entry.code.startswith("GENERAL_MERCHANDISE")
    assert found.entry.weak


@pytest.mark.parametrize(
    ("descriptor", "amount", "brand_code"),
    [
        ("JOES PIZZA BURLINGTON VT", "-18", "GENERAL_MERCHANDISE_DISCOUNT_STORES"),
        ("PIZZERIA ZURICH", "-30", "GENERAL_SERVICES_INSURANCE"),
        ("MAKE A WISH FOUNDATION", "-50", "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES"),
        ("TAX AMNESTY PAYMENT", "-900", "GOVERNMENT_AND_NON_PROFIT_DONATIONS"),
        ("START UPS HUB", "-29", "GENERAL_SERVICES_POSTAGE_AND_SHIPPING"),
        ("UNIVERSAL CREDIT BENEFIT", "400", "PERSONAL_CARE_HAIR_AND_BEAUTY"),
        ("ECHEANCE PRET 0123", "-310", "FOOD_AND_DRINK_COFFEE"),
    ],
)
def test_brands_that_are_ordinary_words_do_not_fire_inside_other_lines(
    descriptor: str, amount: str, brand_code: str
) -> None:
    sign = 1 if Decimal(amount) > 0 else -1
    found = lookup(normalize(descriptor), sign)
    assert found is None or found.entry.code != brand_code


@pytest.mark.parametrize(
    "descriptor",
    ["STANDARD CHARTERED CARD", "INTUITIVE HEALTH", "ULTRAMARINOS LOLA"],
)
def test_a_brand_that_starts_ordinary_words_is_not_found_inside_them(descriptor: str) -> None:
    found = lookup(normalize(descriptor), -1)
    assert found is None or not found.prefix


@pytest.mark.parametrize(
    ("descriptor", "code"),
    [
        ("BOOTS 1234 LONDON", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS"),
        ("COSTA 43012 LONDON", "FOOD_AND_DRINK_COFFEE"),
        ("PRET A MANGER KINGS CROSS", "FOOD_AND_DRINK_COFFEE"),
        ("POS Purchase Hertz Rent A Car", "TRAVEL_RENTAL_CARS"),
        ("UPS*1Z999AA10", "GENERAL_SERVICES_POSTAGE_AND_SHIPPING"),
        ("THE UPS STORE 1234", "GENERAL_SERVICES_POSTAGE_AND_SHIPPING"),
        ("PEACOCKTV.COM", "ENTERTAINMENT_TV_AND_MOVIES"),
        ("DOUBLETREE BY HILTON", "TRAVEL_LODGING"),
        ("ZURICH INSURANCE", "GENERAL_SERVICES_INSURANCE"),
    ],
)
def test_anchored_brands_are_still_found_at_the_start(descriptor: str, code: str) -> None:
    found = lookup(normalize(descriptor), -1)
    assert found is not None and found.entry.code == code
