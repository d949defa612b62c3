"""The learned layer: trains fast, predicts, explains itself, learns the person's data."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from lingassist.categorize.model import Example, Model, features, fold_repeats, train_with_seed


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("APOTHEKE AM MARKT", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS"),
        ("FARMACIA CENTRALE", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS"),
        ("LUIGIS PIZZERIA", "FOOD_AND_DRINK_RESTAURANT"),
        ("PARKHAUS ZENTRUM", "TRANSPORTATION_PARKING"),
    ],
)
def test_generalizes_from_word_pieces(seed_model: Model, description: str, code: str) -> None:
    assert seed_model.predict(description, Decimal("-20")).code == code


def test_explains_with_the_features_that_counted(seed_model: Model) -> None:
    prediction = seed_model.predict("APOTHEKE AM MARKT", Decimal("-20"))
    assert prediction.top_features
    assert any("apot" in feature for feature in prediction.top_features)
    assert 0.0 < prediction.confidence <= 1.0


def test_amount_direction_and_size_are_features() -> None:
    assert "sign=out" in features("coffee", Decimal("-3.50"))
    assert "size=0" in features("coffee", Decimal("-3.50"))
    assert "size=3" in features("rent", Decimal("-1500"))
    assert "sign=unknown" in features("coffee", None)


def test_learns_the_persons_own_labels() -> None:
    own = [
        Example(f"POS Purchase Zorblax Trading {n}", Decimal("-50"), "HOME_IMPROVEMENT_HARDWARE")
        for n in range(5)
    ]
    model = train_with_seed(own)
    assert model.predict("Zorblax Trading", Decimal("-80")).code == "HOME_IMPROVEMENT_HARDWARE"


def test_batch_prediction_agrees_with_one_by_one(seed_model: Model) -> None:
    items = [("apotheke am markt", Decimal("-5")), ("zzzz", None), ("", None)]
    batch = seed_model.predict_texts(items)
    single = [seed_model.predict_text(text, amount) for text, amount in items]
    assert [p.code for p in batch] == [p.code for p in single]
    assert [round(p.confidence, 4) for p in batch] == [round(p.confidence, 4) for p in single]


def test_explanation_is_lazy_and_stable(seed_model: Model) -> None:
    prediction = seed_model.predict("APOTHEKE AM MARKT", Decimal("-20"))
    first = prediction.top_features
    assert first == prediction.top_features
    assert prediction == seed_model.predict("APOTHEKE AM MARKT", Decimal("-20"))


def test_word_cache_does_not_change_answers(seed_model: Model) -> None:
    before = seed_model.predict_text("luigis pizzeria", Decimal("-20"))
    seed_model.clear_cache()
    after = seed_model.predict_text("luigis pizzeria", Decimal("-20"))
    assert (before.code, before.confidence) == (after.code, after.confidence)


def test_repeated_features_use_sublinear_counts(seed_model: Model) -> None:
    items = [("pizza pizza pizzeria", Decimal("-20"))]
    (batch,) = seed_model.predict_texts(items)
    single = seed_model.predict_text(*items[0])
    assert batch.code == single.code
    assert round(batch.confidence, 4) == round(single.confidence, 4)


def test_the_persons_lines_carry_the_seeds_code_and_the_seed_phrases_do_not() -> None:
    found = features("shell westwood", Decimal("-48.60"), "TRANSPORTATION_GAS")
    assert "seed=TRANSPORTATION_GAS" in found and "seed=TRANSPORTATION_GAS|size=1" in found
    bare = features("shell", Decimal("-1"), with_size=False)
    assert not any(f.startswith(("seed=", "size=")) for f in bare)


def test_a_model_knows_how_many_of_its_examples_were_the_persons() -> None:
    own = [Example("ZORBLAX TRADING", Decimal("-50"), "HOME_IMPROVEMENT_HARDWARE")]
    assert train_with_seed(own).personal == 1
    assert train_with_seed().personal == 0


def test_repeated_lines_fold_into_one_weighted_example() -> None:
    weekly = [
        Example(f"POS Purchase Zorblax Trading * {day:02d} Aug", Decimal("-50"), "HOME_IMPROVEMENT")
        for day in range(1, 29)
    ]
    bigger = Example("POS Purchase Zorblax Trading * 02 Sep", Decimal("-500"), "HOME_IMPROVEMENT")
    other = Example("POS Purchase Zorblax Trading * 03 Sep", Decimal("-50"), "GENERAL_MERCHANDISE")
    folded = fold_repeats([*weekly, bigger, other])
    assert [(e.amount, e.code, e.count) for e in folded] == [
        (Decimal("-50"), "HOME_IMPROVEMENT", 28),
        (Decimal("-500"), "HOME_IMPROVEMENT", 1),
        (Decimal("-50"), "GENERAL_MERCHANDISE", 1),
    ]
    assert folded[0].weight == pytest.approx(1 + math.log(28))
    assert folded[1].weight == 1.0


def test_folding_keeps_what_the_habits_count() -> None:
    own = [Example("POS Purchase Shell Westwood", Decimal("-48.60"), "GENERAL_MERCHANDISE")] * 5
    model = train_with_seed(own)
    assert model.personal == 1
    assert model.habits.counts[("TRANSPORTATION_GAS", "1")]["GENERAL_MERCHANDISE"] == 5
