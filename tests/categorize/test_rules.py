"""User rules: conditions, order, validation and preview."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.categorize.rules import (
    Condition,
    Field,
    Operator,
    Rule,
    RuleInput,
    holds,
    match,
    merchant_rule,
    preview,
    problems,
)

UBER = RuleInput("UBER *TRIP HELP.UBER.COM", amount=Decimal("-12.40"), account="Visa")


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (Condition(Field.DESCRIPTION, Operator.CONTAINS, "uber"), True),
        (Condition(Field.DESCRIPTION, Operator.CONTAINS, "lyft"), False),
        (Condition(Field.DESCRIPTION, Operator.REGEX, r"^uber\s*\*"), True),
        (Condition(Field.DESCRIPTION, Operator.REGEX, r"eats"), False),
        (Condition(Field.MERCHANT, Operator.EQUALS, "uber"), True),
        (Condition(Field.MERCHANT, Operator.EQUALS, "Uber Eats"), False),
        (Condition(Field.ACCOUNT, Operator.EQUALS, "visa"), True),
        (Condition(Field.ACCOUNT, Operator.CONTAINS, "Amex"), False),
        (Condition(Field.AMOUNT, Operator.BETWEEN, low=Decimal("-20"), high=Decimal("0")), True),
        (Condition(Field.AMOUNT, Operator.BETWEEN, low=Decimal("-12.40")), True),
        (Condition(Field.AMOUNT, Operator.BETWEEN, high=Decimal("-12.41")), False),
        (Condition(Field.AMOUNT, Operator.BETWEEN, low=Decimal("0")), False),
        (Condition(Field.DESCRIPTION, Operator.REGEX, "(unclosed"), False),
    ],
)
def test_condition(condition: Condition, expected: bool) -> None:
    assert holds(condition, UBER) is expected


def test_a_range_never_holds_without_an_amount() -> None:
    condition = Condition(Field.AMOUNT, Operator.BETWEEN, low=Decimal("-100"))
    assert not holds(condition, RuleInput("UBER"))


def test_first_matching_rule_wins_and_disabled_rules_are_skipped() -> None:
    contains = Condition(Field.DESCRIPTION, Operator.CONTAINS, "uber")
    small = Condition(Field.AMOUNT, Operator.BETWEEN, low=Decimal("-10"))
    rules = [
        Rule("Disabled", (contains,), "OTHER_OTHER", enabled=False),
        Rule("Small Uber", (contains, small), "FOOD_AND_DRINK_FAST_FOOD"),
        Rule("Uber rides", (contains,), "TRANSPORTATION_TAXIS_AND_RIDE_SHARES"),
        Rule("Also Uber", (contains,), "TRAVEL_OTHER_TRAVEL"),
    ]
    found = match(rules, UBER)
    assert found is not None and found.name == "Uber rides"


def test_a_rule_without_conditions_never_matches() -> None:
    assert match([Rule("Empty", (), "OTHER_OTHER")], UBER) is None


@pytest.mark.parametrize(
    ("rule", "count"),
    [
        (merchant_rule("Uber", "TRANSPORTATION_TAXIS_AND_RIDE_SHARES"), 0),
        (Rule("", (), ""), 3),
        (Rule("Bad regex", (Condition(Field.DESCRIPTION, Operator.REGEX, "(x"),), "A"), 1),
        (Rule("Amount text", (Condition(Field.AMOUNT, Operator.CONTAINS, "1"),), "A"), 1),
        (Rule("No bounds", (Condition(Field.AMOUNT, Operator.BETWEEN),), "A"), 1),
        (
            Rule(
                "Upside down",
                (Condition(Field.AMOUNT, Operator.BETWEEN, low=Decimal(5), high=Decimal(1)),),
                "A",
            ),
            1,
        ),
        (Rule("Blank text", (Condition(Field.MERCHANT, Operator.CONTAINS, " "),), "A"), 1),
    ],
)
def test_problems_are_listed_together(rule: Rule, count: int) -> None:
    assert len(problems(rule)) == count


def test_always_do_this_for_a_merchant_previews_what_it_would_change() -> None:
    rule = merchant_rule("Blue Bottle", "FOOD_AND_DRINK_COFFEE")
    past = [
        RuleInput("SQ *BLUE BOTTLE", amount=Decimal("-4.50")),
        RuleInput("SQ *BLUEBIRD BAKERY", amount=Decimal("-6.00")),
        RuleInput("TST* BLUE BOTTLE", amount=Decimal("-5.25")),
    ]
    changed = preview(rule, past)
    assert [item.description for item in changed] == ["SQ *BLUE BOTTLE", "TST* BLUE BOTTLE"]
