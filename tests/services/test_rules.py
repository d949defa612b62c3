"""Rules as use cases: stored in order, previewed, applied, undone, and used by the advisor."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.categorize.categorizer import Layer
from lingassist.categorize.rules import Condition, Field, Operator, Rule
from lingassist.core.errors import NotFound, UserFacingError
from lingassist.core.transactions import TransactionFilter
from lingassist.ledger import rules_repository
from lingassist.services import rules
from lingassist.services.context import AppContext
from lingassist.services.entries import (
    EntryRequest,
    find_entries,
    record_entry,
    redo_next,
    undo_last,
)

COFFEE, GROCERIES = "FOOD_AND_DRINK_COFFEE", "FOOD_AND_DRINK_GROCERIES"


@pytest.fixture
def ledger(context: AppContext) -> AppContext:
    """Two coffees at Blue Bottle, one at Costa, an Uber ride and a salary."""
    for amount, merchant in (("12.50", "Blue Bottle"), ("4.00", "Blue Bottle"), ("3.20", "Costa")):
        record_entry(context, EntryRequest(amount, merchant=merchant, category=COFFEE))
    record_entry(
        context, EntryRequest("18", merchant="Uber", description="UBER *TRIP HELP.UBER.COM")
    )
    record_entry(
        context, EntryRequest("3850", merchant="ACME", category="INCOME_SALARY", income=True)
    )
    return context


def on_merchant(name: str, code: str = GROCERIES, rule_name: str = "Blue Bottle beans") -> Rule:
    return Rule(rule_name, (Condition(Field.MERCHANT, Operator.CONTAINS, name),), code)


def categories_of(context: AppContext) -> dict[str, set[str]]:
    rows, _ = find_entries(context, TransactionFilter())
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row.merchant, set()).add(row.category_code)
    return found


def test_add_list_update_move_delete_each_undoable(ledger: AppContext) -> None:
    first = rules.add_rule(ledger, on_merchant("blue bottle"))
    second = rules.add_rule(
        ledger, rules.build_rule("Rides", "Taxis and ride shares", contains="uber")
    )
    assert second.code == "TRANSPORTATION_TAXIS_AND_RIDE_SHARES"
    assert [r.id for r in rules.list_rules(ledger)] == [first.id, second.id]
    assert rules.move_rule(ledger, second.id or 0, -1)
    assert not rules.move_rule(ledger, second.id or 0, -1)  # already first
    assert [r.name for r in rules.list_rules(ledger)] == ["Rides", "Blue Bottle beans"]
    rules.update_rule(ledger, Rule("Beans", first.conditions, COFFEE, False, first.id))
    assert rules.get_rule(ledger, first.id or 0).enabled is False
    rules.delete_rule(ledger, second.id or 0)
    assert [r.name for r in rules.list_rules(ledger)] == ["Beans"]
    for expected in (
        ["Rides", "Beans"],
        ["Rides", "Blue Bottle beans"],
        ["Blue Bottle beans", "Rides"],
        ["Blue Bottle beans"],
        [],
    ):
        undo_last(ledger)
        assert [r.name for r in rules.list_rules(ledger)] == expected
    redo_next(ledger)
    assert [r.name for r in rules.list_rules(ledger)] == ["Blue Bottle beans"]


def test_a_rule_with_problems_is_refused_with_all_of_them(ledger: AppContext) -> None:
    bad = Rule("", (Condition(Field.DESCRIPTION, Operator.REGEX, "(unclosed"),), "")
    with pytest.raises(UserFacingError) as raised:
        rules.add_rule(ledger, bad)
    message = str(raised.value)
    assert "needs a name" in message and "category" in message and "regular expression" in message
    with pytest.raises(UserFacingError):
        rules.add_rule(ledger, on_merchant("x", code="NOT_A_CATEGORY"))
    assert rules.rule_problems(ledger, on_merchant("x", code="NOT_A_CATEGORY")) == [
        "There is no category NOT_A_CATEGORY."
    ]
    assert rules.list_rules(ledger) == []


def test_amount_bounds_survive_the_round_trip_as_minor_units(ledger: AppContext) -> None:
    rule = rules.build_rule("Small coffee", COFFEE, contains="costa", low="-5", high="-0.50")
    stored = rules.add_rule(ledger, rule)
    assert rules.get_rule(ledger, stored.id or 0).conditions == rule.conditions
    assert rule.conditions[1].low == Decimal("-5")
    text = rules_repository.conditions_json(rule.conditions, "EUR")
    assert '"low_minor":-500' in text and '"high_minor":-50' in text


def test_preview_lists_only_what_would_change_and_apply_moves_it_in_one_step(
    ledger: AppContext,
) -> None:
    rule = rules.add_rule(ledger, on_merchant("blue bottle"))
    preview = rules.preview_rule(ledger, rule)
    assert [(r.merchant, r.amount) for r in preview] == [
        ("Blue Bottle", Decimal("-4.00")),
        ("Blue Bottle", Decimal("-12.50")),
    ]
    assert rules.count_changes(ledger, rule) == 2
    assert rules.apply_rule(ledger, rule.id or 0) == 2
    assert categories_of(ledger)["Blue Bottle"] == {GROCERIES}
    assert rules.preview_rule(ledger, rule) == []
    undo_last(ledger)
    assert categories_of(ledger)["Blue Bottle"] == {COFFEE}


def test_a_spending_rule_never_moves_income(ledger: AppContext) -> None:
    rule = rules.build_rule("Everything", GROCERIES, regex=".")
    assert {r.merchant for r in rules.preview_rule(ledger, rule)} == {
        "Blue Bottle",
        "Costa",
        "Uber",
    }


def test_the_advisor_follows_rule_writes_and_undo(ledger: AppContext) -> None:
    assert ledger.advisor.suggest("SQ *BLUE BOTTLE", Decimal("-3")).layer is Layer.MEMORY
    rules.add_rule(ledger, on_merchant("blue bottle"))
    suggestion = ledger.advisor.suggest("SQ *BLUE BOTTLE", Decimal("-3"))
    assert suggestion.layer is Layer.RULE and "Blue Bottle beans" in suggestion.reason
    assert suggestion.code == GROCERIES
    undo_last(ledger)
    assert ledger.advisor.suggest("SQ *BLUE BOTTLE", Decimal("-3")).layer is Layer.MEMORY
    redo_next(ledger)
    assert ledger.advisor.suggest("SQ *BLUE BOTTLE", Decimal("-3")).layer is Layer.RULE


def test_a_disabled_rule_is_kept_but_not_used(ledger: AppContext) -> None:
    rule = rules.add_rule(ledger, on_merchant("blue bottle"))
    rules.set_rule_enabled(ledger, rule.id or 0, False)
    assert ledger.advisor.suggest("Blue Bottle", Decimal("-3")).layer is not Layer.RULE
    assert len(rules.list_rules(ledger)) == 1


def test_always_for_merchant_adds_the_rule_and_moves_the_past_in_one_change(
    ledger: AppContext,
) -> None:
    rule = rules.always_for_merchant(ledger, "Blue Bottle", "Groceries")
    assert rule.id is not None and rule.code == GROCERIES
    assert categories_of(ledger)["Blue Bottle"] == {GROCERIES}
    assert categories_of(ledger)["Costa"] == {COFFEE}
    assert ledger.advisor.suggest("BLUE BOTTLE COFFEE", Decimal("-5")).layer is Layer.RULE
    undo_last(ledger)
    assert rules.list_rules(ledger) == []
    assert categories_of(ledger)["Blue Bottle"] == {COFFEE}


def test_unknown_rules_are_reported(ledger: AppContext) -> None:
    for call in (
        lambda: rules.delete_rule(ledger, 99),
        lambda: rules.apply_rule(ledger, 99),
        lambda: rules.move_rule(ledger, 99, 1),
    ):
        with pytest.raises(NotFound):
            call()


def test_retraining_learns_from_the_ledger(ledger: AppContext) -> None:
    examples = ledger.advisor.training_examples()
    assert ("Blue Bottle", Decimal("-12.50"), COFFEE) in {
        (e.description, e.amount, e.code) for e in examples
    }
    assert all(e.code not in ("OTHER_OTHER", "INCOME_OTHER") for e in examples)
    assert ledger.advisor.retrain_if_needed() is False  # no corrections yet
    assert ledger.advisor.retrain_if_needed(force=True) is True
    assert ledger.advisor.retrain_needed is False


def test_warm_up_learns_the_persons_own_filing(context: AppContext) -> None:
    """A model trained at start-up on the ledger files a new branch of a merchant the
    seed does not know the way the person filed the others (not only after corrections)."""
    hardware = "HOME_IMPROVEMENT_HARDWARE"
    for amount, branch in (("45", "Greenside"), ("62.10", "Parkhurst"), ("38", "Melville")):
        record_entry(
            context,
            EntryRequest(
                amount,
                merchant=f"Zorblax {branch}",
                description=f"ZORBLAX {branch.upper()}",
                category=hardware,
            ),
        )
    fresh = type(context.advisor)(context.database)  # as after a restart
    before = fresh.suggest("ZORBLAX ROSEBANK", Decimal("-50"))
    fresh.warm_up()
    after = fresh.suggest("ZORBLAX ROSEBANK", Decimal("-50"))
    assert before.code != hardware
    assert (after.code, after.layer) == (hardware, Layer.MODEL)
    assert "zorblax" in after.reason.lower()
