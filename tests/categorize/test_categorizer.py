"""The layered categorizer: precedence, reasons, learning at once, the fallback."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.categorize.categorizer import Categorizer, Layer, Thresholds
from lingassist.categorize.memory import MerchantMemory
from lingassist.categorize.model import Example, Model, train_with_seed
from lingassist.categorize.rules import Condition, Field, Operator, Rule

UBER_RULE = Rule(
    "Uber rides",
    (Condition(Field.MERCHANT, Operator.EQUALS, "Uber"),),
    "TRAVEL_OTHER_TRAVEL",
)


@pytest.fixture
def categorizer(seed_model: Model) -> Categorizer:
    return Categorizer(model=seed_model)


def test_suggestion_carries_merchant_codes_confidence_reason_and_layer(
    categorizer: Categorizer,
) -> None:
    found = categorizer.categorize("SQ *BLUE BOTTLE", Decimal("-4.50"))
    assert (found.merchant, found.merchant_key) == ("Blue Bottle", "blue bottle")
    assert (found.primary, found.detailed) == ("FOOD_AND_DRINK", "FOOD_AND_DRINK_COFFEE")
    assert found.layer is Layer.SEED
    assert found.reason == "Known merchant: Blue Bottle is Coffee"
    assert 0.8 <= found.confidence <= 1.0


@pytest.mark.parametrize(
    ("rules", "memory", "layer", "code"),
    [
        ([UBER_RULE], [("uber", "FOOD_AND_DRINK_FAST_FOOD")], Layer.RULE, "TRAVEL_OTHER_TRAVEL"),
        ([], [("uber", "FOOD_AND_DRINK_FAST_FOOD")], Layer.MEMORY, "FOOD_AND_DRINK_FAST_FOOD"),
        ([], [], Layer.SEED, "TRANSPORTATION_TAXIS_AND_RIDE_SHARES"),
    ],
)
def test_layers_in_order_rule_memory_seed(
    seed_model: Model, rules: list[Rule], memory: list[tuple[str, str]], layer: Layer, code: str
) -> None:
    categorizer = Categorizer(rules=rules, memory=MerchantMemory(memory), model=seed_model)
    found = categorizer.categorize("UBER *TRIP HELP.UBER.COM", Decimal("-12"))
    assert (found.layer, found.code) == (layer, code)


def test_rule_reason_names_the_rule(seed_model: Model) -> None:
    categorizer = Categorizer(rules=[UBER_RULE], model=seed_model)
    assert categorizer.categorize("UBER *TRIP", Decimal("-9")).reason == "Rule 'Uber rides'"


def test_memory_reason_counts_earlier_transactions(seed_model: Model) -> None:
    memory = MerchantMemory([("blue bottle", "FOOD_AND_DRINK_COFFEE")] * 12)
    found = Categorizer(memory=memory, model=seed_model).categorize("SQ *BLUE BOTTLE")
    assert found.reason == "You filed 12 earlier Blue Bottle transactions under Coffee"


def test_model_answers_an_unknown_merchant_and_explains(categorizer: Categorizer) -> None:
    found = categorizer.categorize("APOTHEKENSHOP NORD 12", Decimal("-14.20"))
    assert found.layer is Layer.MODEL
    assert found.code == "MEDICAL_PHARMACIES_AND_SUPPLEMENTS"
    assert found.reason.startswith("Model (") and "apot" in found.reason


@pytest.mark.parametrize(
    ("amount", "code"), [(Decimal("-19.99"), "OTHER_OTHER"), (Decimal("250"), "INCOME_OTHER")]
)
def test_falls_back_to_uncategorized_rather_than_guess(
    categorizer: Categorizer, amount: Decimal, code: str
) -> None:
    found = categorizer.categorize("XQZV 88 KLMPT", amount)
    assert (found.layer, found.code) == (Layer.FALLBACK, code)
    assert found.confidence < 0.3
    assert found.reason.startswith("Not sure")


def test_never_makes_the_same_mistake_again_for_that_merchant(categorizer: Categorizer) -> None:
    wrong = categorizer.categorize("POS Purchase Shell Westwood  * 14 Mar", Decimal("-48.60"))
    assert wrong.code == "TRANSPORTATION_GAS"
    categorizer.learn(wrong.merchant_key, "GENERAL_MERCHANDISE_CONVENIENCE_STORES")
    for line in (
        "POS Purchase Shell Westwood  * 14 Mar",
        "POS Purchase Shell Westwood  * 02 Apr",
        "POS Purchase Shell Berea  * 19 Apr",
    ):
        again = categorizer.categorize(line, Decimal("-30"))
        assert again.code == "GENERAL_MERCHANDISE_CONVENIENCE_STORES"
        assert again.layer is Layer.MEMORY


def test_a_second_correction_overrides_the_first_at_once(categorizer: Categorizer) -> None:
    key = categorizer.categorize("SQ *BLUE BOTTLE").merchant_key
    categorizer.learn(key, "FOOD_AND_DRINK_RESTAURANT")
    categorizer.learn(key, "FOOD_AND_DRINK_COFFEE")
    assert categorizer.categorize("SQ *BLUE BOTTLE").code == "FOOD_AND_DRINK_COFFEE"


def test_retrain_needed_after_enough_corrections(seed_model: Model) -> None:
    categorizer = Categorizer(model=seed_model, thresholds=Thresholds(retrain_after=2))
    categorizer.learn("a", "OTHER_OTHER", description="ZORBLAX WIDGETS", amount=Decimal("-5"))
    assert not categorizer.retrain_needed
    categorizer.learn("b", "OTHER_OTHER")
    assert categorizer.retrain_needed
    categorizer.retrain()
    assert not categorizer.retrain_needed


def test_rules_can_be_replaced(categorizer: Categorizer) -> None:
    assert categorizer.categorize("UBER *TRIP").layer is Layer.SEED
    categorizer.set_rules([UBER_RULE])
    assert categorizer.categorize("UBER *TRIP").layer is Layer.RULE


def test_categorize_many_matches_one_by_one(seed_model: Model) -> None:
    items = [
        ("SQ *BLUE BOTTLE", Decimal("-4")),
        ("APOTHEKE AM MARKT", Decimal("-9")),
        ("XQZV 88 KLMPT", None),
        ("Monthly Account Admin Fee", Decimal("-6.50")),
    ]
    many = Categorizer(model=seed_model).categorize_many(items)
    single = [Categorizer(model=seed_model).categorize(text, amount) for text, amount in items]
    assert many == single


def test_without_the_model_the_seed_and_fallback_still_answer() -> None:
    categorizer = Categorizer(use_model=False)
    assert categorizer.categorize("SHELL OIL 57444").code == "TRANSPORTATION_GAS"
    assert categorizer.categorize("XQZV KLMPT").layer is Layer.FALLBACK


def test_categorize_many_with_repeats_memory_and_rules_matches_one_by_one(
    seed_model: Model,
) -> None:
    items = [
        ("SQ *BLUE BOTTLE", Decimal("-4")),
        ("UBER *TRIP", Decimal("-9")),
        ("ZORBLAX TRADING 7", Decimal("-30")),
        ("SQ *BLUE BOTTLE", Decimal("-4")),
        ("APOTHEKE AM MARKT", Decimal("-9")),
        ("XQZV 88 KLMPT", Decimal("12")),
        ("XQZV 88 KLMPT", Decimal("12")),
    ]
    memory = [("zorblax trading", "HOME_IMPROVEMENT_HARDWARE")]

    def fresh() -> Categorizer:
        return Categorizer(rules=[UBER_RULE], memory=MerchantMemory(memory), model=seed_model)

    many = fresh().categorize_many(items)
    single = [fresh().categorize(text, amount) for text, amount in items]
    assert many == single
    assert [s.layer for s in many[:3]] == [Layer.SEED, Layer.RULE, Layer.MEMORY]


def test_a_correction_with_an_amount_is_right_again_for_that_amount(
    categorizer: Categorizer,
) -> None:
    line, big = "POS Purchase Engen Sea View  * 14 Apr", Decimal("-412.35")
    key = categorizer.categorize(line, big).merchant_key
    categorizer.learn(key, "TRANSPORTATION_GAS", description=line, amount=big)
    small = Decimal("-31.40")
    categorizer.learn(key, "GENERAL_MERCHANDISE_CONVENIENCE_STORES", description=line, amount=small)
    assert categorizer.categorize(line, small).code == "GENERAL_MERCHANDISE_CONVENIENCE_STORES"
    again = categorizer.categorize(line, Decimal("-350"))
    assert again.code == "TRANSPORTATION_GAS"
    assert again.reason.startswith("For amounts like this")


def test_a_personal_model_overrules_the_seed_only_with_the_persons_evidence(
    seed_model: Model,
) -> None:
    fee = "Prepaid Mobile Purchase Fee"
    own = [Example("Vodacom Prepaid", Decimal("-20"), "RENT_AND_UTILITIES_TELEPHONE")] * 3
    categorizer = Categorizer(model=train_with_seed(own))
    assert categorizer.categorize(fee, Decimal("-0.65")).code == "BANK_FEES_OTHER_BANK_FEES"
    assert Categorizer(model=seed_model).categorize(fee, Decimal("-0.65")).layer is Layer.SEED


def test_categorize_many_matches_one_by_one_with_a_personal_model() -> None:
    own = [
        Example("POS Purchase Shell Westwood", Decimal("-48.60"), "GENERAL_MERCHANDISE"),
        Example("POS Purchase Engen Bree Street", Decimal("-35.40"), "GENERAL_MERCHANDISE"),
        Example("POS Purchase Zorblax Trading", Decimal("-50"), "HOME_IMPROVEMENT_HARDWARE"),
    ]
    model = train_with_seed(own)
    items = [
        ("POS Purchase Sasol Hillcrest", Decimal("-40")),
        ("POS Purchase Sasol Hillcrest", Decimal("-400")),
        ("Zorblax Trading Durban", Decimal("-75")),
        ("Monthly Account Admin Fee", Decimal("-6.50")),
        ("XQZV 88 KLMPT", None),
    ]
    many = Categorizer(model=model).categorize_many(items)
    single = [Categorizer(model=model).categorize(text, amount) for text, amount in items]
    assert many == single
    assert many[0].code == "GENERAL_MERCHANDISE" and many[1].code == "TRANSPORTATION_GAS"


def test_a_filing_beats_the_seed_for_every_form_of_the_name_and_says_when(
    categorizer: Categorizer,
) -> None:
    clothing = "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES"
    filed = categorizer.categorize("POS 4411 WOOLWORTHS CAPE TOWN", Decimal("-19.99"))
    assert filed.code == "FOOD_AND_DRINK_GROCERIES" and filed.layer is Layer.SEED
    categorizer.learn(filed.merchant_key, clothing, day=date(2026, 12, 2), ident=1)
    for form in ("WOOLWORTHS (PTY) LTD", "woolworths", "POS Purchase Woolworths Cavendish"):
        found = categorizer.categorize(form, Decimal("-25"))
        assert (found.code, found.layer) == (clothing, Layer.MEMORY), form
        assert found.reason == "You filed Woolworths under Clothing and accessories on 2 Dec 2026"


def test_a_known_brand_is_its_own_merchant_not_a_branch_of_another(
    categorizer: Categorizer,
) -> None:
    """Uber and Uber Eats share a first word but are two businesses: the seed knows both."""
    uber = categorizer.categorize("UBER *TRIP HELP.UBER.COM").merchant_key
    categorizer.learn(uber, "TRAVEL_OTHER_TRAVEL")
    eats = categorizer.categorize("UBER EATS help.uber.com", Decimal("-20"))
    assert eats.layer is Layer.SEED and eats.primary == "FOOD_AND_DRINK"
    assert categorizer.categorize("Uber").code == "TRAVEL_OTHER_TRAVEL"


def test_a_branch_of_a_remembered_merchant_is_found_and_the_reason_names_it(
    categorizer: Categorizer,
) -> None:
    key = categorizer.categorize("TST* ZUNI CAFE SAN FRANCISCO CA").merchant_key
    categorizer.learn(key, "FOOD_AND_DRINK_RESTAURANT")
    found = categorizer.categorize("Zuni Cafe")
    assert (found.code, found.layer) == ("FOOD_AND_DRINK_RESTAURANT", Layer.MEMORY)
    assert "as 'zuni cafe san francisco'" in found.reason


def test_a_brand_the_person_typed_short_is_their_filing_for_the_brands_lines(
    categorizer: Categorizer,
) -> None:
    """Filed as "Caribou" (the seed knows only "Caribou Coffee"): the bank's line of the
    brand is theirs too; "Uber" typed still leaves "Uber Eats" (a brand of its own) apart."""
    typed = categorizer.categorize("Caribou")
    assert typed.layer is not Layer.MEMORY
    categorizer.learn(typed.merchant_key, "FOOD_AND_DRINK_RESTAURANT")
    found = categorizer.categorize("CARIBOU COFFEE #0412 MINNEAPOLIS MN", Decimal("-6.50"))
    assert (found.code, found.layer) == ("FOOD_AND_DRINK_RESTAURANT", Layer.MEMORY)
    categorizer.learn(categorizer.categorize("Uber").merchant_key, "TRAVEL_OTHER_TRAVEL")
    eats = categorizer.categorize("UBER EATS help.uber.com", Decimal("-20"))
    assert eats.layer is Layer.SEED and eats.primary == "FOOD_AND_DRINK"
