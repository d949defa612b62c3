"""Merchant memory: counts per category, the latest choice wins at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.categorize.memory import Filing, MerchantMemory, names_match


def test_counts_and_confidence_grow_with_agreeing_choices() -> None:
    memory = MerchantMemory([("blue bottle", "FOOD_AND_DRINK_COFFEE")])
    once = memory.recall("blue bottle")
    memory.record("blue bottle", "FOOD_AND_DRINK_COFFEE")
    memory.record("blue bottle", "FOOD_AND_DRINK_COFFEE")
    thrice = memory.recall("blue bottle")
    assert once is not None and thrice is not None
    assert (thrice.count, thrice.total) == (3, 3)
    assert thrice.confidence > once.confidence >= 0.8


def test_the_latest_correction_wins_even_against_a_majority() -> None:
    memory = MerchantMemory([("engen", "TRANSPORTATION_GAS")] * 12)
    memory.record("engen", "GENERAL_MERCHANDISE_CONVENIENCE_STORES")
    found = memory.recall("engen")
    assert found is not None
    assert found.code == "GENERAL_MERCHANDISE_CONVENIENCE_STORES"
    assert (found.count, found.total) == (1, 13)


def test_unknown_and_empty_keys() -> None:
    memory = MerchantMemory([("", "OTHER_OTHER")])
    assert len(memory) == 0
    assert memory.recall("anything") is None


def test_near_identical_keys_are_found_but_with_less_confidence() -> None:
    memory = MerchantMemory([("harbour cafe bar", "FOOD_AND_DRINK_RESTAURANT")])
    found = memory.recall("harbour cafe bars")
    assert found is not None and found.fuzzy and found.key == "harbour cafe bar"
    assert memory.recall("harbour cafe bars", fuzzy=False) is None
    assert memory.recall("marula cafe") is None


def test_forget() -> None:
    memory = MerchantMemory([("uber", "TRANSPORTATION_TAXIS_AND_RIDE_SHARES")])
    memory.forget("uber")
    assert memory.recall("uber") is None


def test_a_mixed_history_answers_with_the_choice_for_the_nearest_amount() -> None:
    memory = MerchantMemory(
        [
            ("engen", "TRANSPORTATION_GAS", Decimal("-400")),
            ("engen", "GENERAL_MERCHANDISE_CONVENIENCE_STORES", Decimal("-25")),
        ]
    )
    small = memory.recall("engen", amount=Decimal("-30"))
    large = memory.recall("engen", amount=Decimal("-350"))
    assert small is not None and small.code == "GENERAL_MERCHANDISE_CONVENIENCE_STORES"
    assert large is not None and large.code == "TRANSPORTATION_GAS" and large.by_amount
    latest = memory.recall("engen")
    assert latest is not None and latest.code == "GENERAL_MERCHANDISE_CONVENIENCE_STORES"


def test_the_latest_choice_wins_for_its_own_amount() -> None:
    memory = MerchantMemory([("engen", "TRANSPORTATION_GAS", Decimal("-48.60"))])
    memory.record("engen", "GENERAL_MERCHANDISE_CONVENIENCE_STORES", Decimal("-48.60"))
    found = memory.recall("engen", amount=Decimal("-48.60"))
    assert found is not None and found.code == "GENERAL_MERCHANDISE_CONVENIENCE_STORES"


def test_a_choice_without_an_amount_makes_the_latest_choice_rule_again() -> None:
    memory = MerchantMemory([("engen", "TRANSPORTATION_GAS", Decimal("-400"))])
    memory.record("engen", "GENERAL_MERCHANDISE_CONVENIENCE_STORES")
    found = memory.recall("engen", amount=Decimal("-400"))
    assert found is not None and found.code == "GENERAL_MERCHANDISE_CONVENIENCE_STORES"


def test_filing_a_transaction_again_replaces_its_earlier_filing() -> None:
    memory = MerchantMemory()
    memory.add(Filing("engen", "TRANSPORTATION_GAS", ident=7))
    memory.add(Filing("engen", "TRANSPORTATION_GAS", ident=8))
    memory.add(Filing("engen", "GENERAL_MERCHANDISE_CONVENIENCE_STORES", ident=7))
    found = memory.recall("engen")
    assert found is not None and found.code == "GENERAL_MERCHANDISE_CONVENIENCE_STORES"
    assert (found.count, found.total) == (1, 2)
    memory.unfile(7)
    again = memory.recall("engen")
    assert again is not None and (again.code, again.total) == ("TRANSPORTATION_GAS", 1)
    memory.unfile(8)
    assert memory.recall("engen") is None and len(memory) == 0


def test_a_recollection_carries_the_day_and_name_of_the_latest_filing() -> None:
    memory = MerchantMemory(
        [
            Filing("woolworths", "FOOD_AND_DRINK_GROCERIES", day=date(2026, 11, 2), ident=1),
            Filing("woolworths", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", None,
                   date(2026, 12, 2), 2, "Woolworths"),
        ]
    )  # fmt: skip
    found = memory.recall("woolworths")
    assert found is not None and (found.day, found.name) == (date(2026, 12, 2), "Woolworths")


@pytest.mark.parametrize(
    ("remembered", "asked"),
    [
        ("the black dog", "black dog"),  # an article, or none
        ("mugg bean", "mugg and bean"),  # "&" is gone from the key, "and" is said
        ("baeckerei schmidt", "backerei schmidt"),  # "ä" written "ae" by the bank
        ("puregym", "pure gym"),  # spaced otherwise
        ("youtubepremium", "youtube premium"),
    ],
)
def test_the_same_name_written_otherwise_is_the_same_merchant(remembered: str, asked: str) -> None:
    memory = MerchantMemory([(remembered, "FOOD_AND_DRINK_COFFEE")])
    found = memory.recall(asked, fuzzy=False)
    assert found is not None and not found.fuzzy and found.key == remembered
    assert names_match(remembered, asked)


@pytest.mark.parametrize(
    ("remembered", "asked"),
    [
        ("zuni cafe", "zuni cafe san francisco"),  # a city after the name
        ("zuni cafe san francisco", "zuni cafe"),  # typed short, filed from the bank line
        ("marias taqueria oakland", "marias taqueria berkeley"),  # two shared words
        ("dm drogerie markt", "dm drogerie m"),  # the bank cut the last word short
        ("pho hoa", "pho hoa pasteur hcmc"),  # two words, however common
        ("mueller handels", "muller"),
    ],
)
def test_a_name_with_more_or_fewer_trailing_words_is_found_loosely(
    remembered: str, asked: str
) -> None:
    memory = MerchantMemory([(remembered, "FOOD_AND_DRINK_RESTAURANT")])
    found = memory.recall(asked)
    assert found is not None and found.fuzzy and found.key == remembered
    assert memory.recall(asked, loose=False, fuzzy=False) is None


@pytest.mark.parametrize(
    ("remembered", "asked"),
    [
        ("cafe de flore", "cafe de paris"),  # only trade and small words shared
        ("kauai menlyn", "kauai rosebank"),  # one word shared by two longer names
        ("green leaf yoga", "green door cafe"),
        ("cafe", "cafe bloom"),  # a trade word alone names no merchant
    ],
)
def test_names_that_only_start_alike_are_other_merchants(remembered: str, asked: str) -> None:
    memory = MerchantMemory([(remembered, "FOOD_AND_DRINK_RESTAURANT")])
    assert memory.recall(asked) is None
    assert not names_match(remembered, asked)


def test_the_most_shared_words_win_then_the_latest_filed() -> None:
    memory = MerchantMemory(
        [
            ("zuni", "FOOD_AND_DRINK_COFFEE"),
            ("zuni cafe", "FOOD_AND_DRINK_RESTAURANT"),
            ("zuni bar", "FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR"),
        ]
    )
    found = memory.recall("zuni cafe oakland")
    assert found is not None and found.code == "FOOD_AND_DRINK_RESTAURANT"


@pytest.mark.parametrize(
    ("remembered", "asked"),
    [
        ("lotte mart", "lottemart da nang"),  # run together, and a city after it
        ("lotte mart hcmc", "lottemart da nang"),  # two branches, spelled two ways
    ],
)
def test_words_run_together_still_share_their_start(remembered: str, asked: str) -> None:
    memory = MerchantMemory([(remembered, "GENERAL_MERCHANDISE_SUPERSTORES")])
    found = memory.recall(asked)
    assert found is not None and found.key == remembered


@pytest.mark.parametrize(
    ("remembered", "asked"), [("shell", "shellharbour"), ("sunglass hut", "sun")]
)
def test_a_word_that_only_starts_another_is_another_merchant(remembered: str, asked: str) -> None:
    assert MerchantMemory([(remembered, "OTHER_OTHER")]).recall(asked) is None


@pytest.mark.parametrize(
    ("remembered", "asked"),
    [
        ("nordvik", "nordvikab"),  # a Swedish company's "AB" run into the name
        ("brauwerk", "brauwerkgmbh"),
        ("kessler", "johann kessler"),  # a founder's name before the brand
        ("blue heron", "cafe blue heron"),  # a trade word before a two-word name
    ],
)
def test_a_name_inside_a_longer_one_or_glued_to_its_legal_form_is_found(
    remembered: str, asked: str
) -> None:
    memory = MerchantMemory([(remembered, "FOOD_AND_DRINK_COFFEE")])
    found = memory.recall(asked)
    assert found is not None and found.fuzzy and found.key == remembered
    assert memory.recall(asked, loose=False) is None


@pytest.mark.parametrize(
    ("remembered", "asked"),
    [
        ("mira", "casa mira"),  # too short to be recognised after other words
        ("cafe", "bloom cafe"),  # a trade word names no merchant
        ("kessler", "kesslerstrasse"),  # glued to a word that is not a legal form
        ("keb", "kebab"),  # what is left after "ab" is too short to be a name
    ],
)
def test_a_short_or_generic_name_is_not_found_inside_another(remembered: str, asked: str) -> None:
    assert MerchantMemory([(remembered, "OTHER_OTHER")]).recall(asked) is None


def test_a_short_name_asked_is_found_inside_a_longer_remembered_one() -> None:
    memory = MerchantMemory([("backstube nordmann", "FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK")])
    found = memory.recall("nordmann")
    assert found is not None and found.fuzzy and found.key == "backstube nordmann"


def test_a_name_in_the_middle_of_another_is_not_the_same_merchant() -> None:
    memory = MerchantMemory([("hyde park", "TRANSPORTATION_PARKING")])
    assert memory.recall("tashas hyde park corner") is None


def test_where_a_key_is_found_is_looked_for_again_after_memory_changes() -> None:
    memory = MerchantMemory([("zuni cafe", "FOOD_AND_DRINK_RESTAURANT")], generic=frozenset())
    asked = "zuni cafe san francisco"
    assert memory.recall(asked, amount=Decimal("-20")).key == "zuni cafe"
    memory.record("zuni cafe san francisco", "FOOD_AND_DRINK_COFFEE")  # now remembered itself
    found = memory.recall(asked, amount=Decimal("-35"))
    assert (found.key, found.code, found.fuzzy) == (asked, "FOOD_AND_DRINK_COFFEE", False)
    memory.forget(asked)
    assert memory.recall(asked).key == "zuni cafe"
    memory.forget("zuni cafe")
    assert memory.recall(asked) is None
    memory.record("zuni cafe sf", "FOOD_AND_DRINK_BAR", ident=7)
    assert memory.recall(asked).code == "FOOD_AND_DRINK_BAR"
    memory.unfile(7)
    assert memory.recall(asked) is None


def test_the_amount_still_picks_among_a_merchants_choices_of_a_key_found_before() -> None:
    memory = MerchantMemory(
        [
            ("engen", "TRANSPORTATION_GAS", Decimal("-400")),
            ("engen", "GENERAL_MERCHANDISE_CONVENIENCE_STORES", Decimal("-30")),
        ]
    )
    big = memory.recall("engen sea view", amount=Decimal("-380"))
    small = memory.recall("engen sea view", amount=Decimal("-25"))
    assert big is not None and small is not None
    assert (big.code, small.code) == (
        "TRANSPORTATION_GAS",
        "GENERAL_MERCHANDISE_CONVENIENCE_STORES",
    )


def test_a_place_found_while_memory_changed_is_looked_for_again() -> None:
    class FiledMeanwhile(MerchantMemory):
        """Another thread files the asked name while memory looks for it."""

        def _place(self, key: str, *, fuzzy: bool, loose: bool) -> tuple[str, bool] | None:
            found = super()._place(key, fuzzy=fuzzy, loose=loose)
            if key not in self._filings:
                self.record(key, "FOOD_AND_DRINK_COFFEE")
            return found

    memory = FiledMeanwhile([("zuni cafe", "FOOD_AND_DRINK_RESTAURANT")], generic=frozenset())
    first = memory.recall("zuni cafe sf")
    assert first is not None and first.key == "zuni cafe"
    again = memory.recall("zuni cafe sf")
    assert again is not None and (again.key, again.fuzzy) == ("zuni cafe sf", False)


@pytest.mark.parametrize(
    ("remembered", "asked"),
    [
        ("muller", "muller drogerie"),  # the person typed the brand short
        ("mueller", "muller drogerie"),  # German vowels written either way
        ("pick", "pick n pay"),  # "n" is a filler: one telling word is shared
    ],
)
def test_a_brand_typed_short_is_found_for_the_brand(remembered: str, asked: str) -> None:
    memory = MerchantMemory([(remembered, "FOOD_AND_DRINK_GROCERIES")])
    assert memory.recall(asked, loose=False) is None
    found = memory.recall(asked, loose=False, brand=True)
    assert found is not None and found.fuzzy and found.key == remembered
    assert names_match(asked, remembered, loose=False, brand=True)
    assert not names_match(asked, remembered, loose=False)


@pytest.mark.parametrize(
    ("remembered", "asked"),
    [
        ("uber", "uber eats"),  # a brand of its own: another business of the brand
        ("woolworths", "woolworths food"),
        ("muller drogerie ulm", "muller drogerie"),  # longer, not the brand's start
        ("mull", "muller drogerie"),  # not in whole words
        ("de", "de bijenkorf"),  # a word that tells no merchant apart
    ],
)
def test_a_brand_is_not_found_from_another_brand_or_a_longer_name(
    remembered: str, asked: str
) -> None:
    memory = MerchantMemory([(remembered, "FOOD_AND_DRINK_GROCERIES")])
    assert memory.recall(asked, loose=False, brand=True) is None
    assert not names_match(asked, remembered, loose=False, brand=True)


@pytest.mark.parametrize(
    ("remembered", "asked", "found"),
    [
        ("spar", "superspar", True),  # a shop format glued in front, one category
        ("spar", "kwikspar", True),
        ("adt", "karstadt", False),  # a department store is no security firm
        ("esso", "nespresso", False),  # coffee is no petrol station
        ("spar", "spar rondebosch", False),  # two words: not glued
    ],
)
def test_a_shop_format_glued_before_a_remembered_brand_of_its_category(
    remembered: str, asked: str, found: bool
) -> None:
    memory = MerchantMemory([(remembered, "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES")])
    recollection = memory.recall(asked, loose=False, brand=True)
    assert (recollection is not None and recollection.key == remembered) is found
    assert memory.recall(asked, loose=False) is None
