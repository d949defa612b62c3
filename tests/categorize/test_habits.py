"""Habits: how the person files what the seed recognises, per seed code and amount size."""

from __future__ import annotations

from decimal import Decimal

from lingassist.categorize.categorizer import Categorizer, Layer
from lingassist.categorize.habits import Habits
from lingassist.categorize.model import Example, train_with_seed

GAS, SHOP = "TRANSPORTATION_GAS", "GENERAL_MERCHANDISE_CONVENIENCE_STORES"


def test_a_clear_habit_differs_from_the_seed_only_at_its_size() -> None:
    habits = Habits.learn(
        [
            (GAS, Decimal("-30"), SHOP, 1),
            (GAS, Decimal("-45"), SHOP, 1),
            (GAS, Decimal("-400"), GAS, 1),
        ]
    )
    habit = habits.differ(GAS, Decimal("-60"))
    assert habit is not None and (habit.code, habit.count, habit.total) == (SHOP, 2, 2)
    assert habits.differ(GAS, Decimal("-350")) is None  # the person agrees with the seed
    assert habits.differ(GAS, Decimal("-5000")) is None  # never seen at that size


def test_mixed_choices_are_no_habit() -> None:
    habits = Habits.learn([(GAS, Decimal("-30"), SHOP, 1), (GAS, Decimal("-40"), GAS, 1)])
    assert habits.differ(GAS, Decimal("-35")) is None


def test_habits_count_repeated_lines() -> None:
    habits = Habits.learn([(GAS, Decimal("-30"), SHOP, 5), (GAS, Decimal("-40"), GAS, 1)])
    habit = habits.differ(GAS, Decimal("-35"))
    assert habit is not None and (habit.count, habit.total) == (5, 6)


def test_habits_answer_for_merchants_the_person_never_corrected() -> None:
    own = [
        Example("POS Purchase Shell Westwood", Decimal("-48.60"), SHOP),
        Example("POS Purchase Engen Bree Street", Decimal("-35.40"), SHOP),
    ]
    categorizer = Categorizer(model=train_with_seed(own))
    small = categorizer.categorize("POS Purchase Sasol Hillcrest", Decimal("-40"))
    large = categorizer.categorize("POS Purchase Sasol Hillcrest", Decimal("-400"))
    assert (small.code, small.layer) == (SHOP, Layer.MEMORY)
    assert "you filed 2 of 2" in small.reason
    assert (large.code, large.layer) == (GAS, Layer.SEED)


def test_bank_wording_makes_no_habit() -> None:
    own = [Example("Payment To Thandi Mokoena", Decimal("-300"), "ENTERTAINMENT")]
    model = train_with_seed(own)
    assert model.habits.counts.get(("TRANSFER_OUT_ACCOUNT_TRANSFER", "2")) is None
