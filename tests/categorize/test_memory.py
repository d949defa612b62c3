"""Merchant memory: counts per category, the latest choice wins at once."""

from __future__ import annotations

from decimal import Decimal

from lingassist.categorize.memory import MerchantMemory


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
