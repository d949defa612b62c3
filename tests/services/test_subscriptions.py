"""Subscriptions found in the ledger: the next charge, the cost a month and a year, a change
of price, a missed charge; and `lingassist subscriptions` on the command line."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from lingassist.cli import main
from lingassist.core.periods import add_months
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from lingassist.services.recurring import (
    PriceChange,
    Repeating,
    monthly_cost,
    repeating_charges,
    yearly_cost,
)
from tests.conftest import TODAY


def charge(context: AppContext, merchant: str, amount: str, day: date) -> None:
    record_entry(context, EntryRequest(amount, merchant=merchant, date=day.isoformat()))


def monthly(context: AppContext, merchant: str, amounts: list[str], last: date) -> None:
    """Charges a month apart, the last one on `last`."""
    for months_back, amount in enumerate(reversed(amounts)):
        charge(context, merchant, amount, add_months(last, -months_back))


def found(context: AppContext, merchant: str) -> Repeating:
    return next(c for c in repeating_charges(context) if c.merchant == merchant)


def test_a_steady_monthly_charge_says_when_the_next_one_comes_and_what_it_costs(
    context: AppContext,
) -> None:
    monthly(context, "Cloud Drive", ["9.99"] * 4, date(2026, 11, 5))
    drive = found(context, "Cloud Drive")
    assert (drive.rhythm, drive.next_due, drive.missed) == ("monthly", date(2026, 12, 5), False)
    assert monthly_cost(drive) == Decimal("9.99") and yearly_cost(drive) == Decimal("119.88")
    assert drive.price_change is None and drive.charges == 4


def test_a_price_rise_is_shown_with_the_old_price_and_since_when(context: AppContext) -> None:
    monthly(
        context, "StreamFlix", ["15.49", "15.49", "15.49", "17.99", "17.99"], date(2026, 11, 10)
    )
    flix = found(context, "StreamFlix")
    assert flix.amount == Decimal("17.99")
    assert flix.price_change == PriceChange(Decimal("15.49"), Decimal("17.99"), date(2026, 10, 10))


def test_a_charge_that_stopped_coming_is_flagged_as_missed(context: AppContext) -> None:
    monthly(context, "Gym Club", ["29.00"] * 4, add_months(TODAY, -3))
    gym = found(context, "Gym Club")
    assert gym.missed and gym.next_due == add_months(TODAY, -2)


def test_shopping_at_a_monthly_rhythm_with_wandering_amounts_is_no_subscription(
    context: AppContext,
) -> None:
    monthly(context, "Grocer", ["52.10", "18.40", "96.75", "33.00"], date(2026, 11, 14))
    assert [c.merchant for c in repeating_charges(context)] == []


def test_weekly_and_yearly_rhythms(context: AppContext) -> None:
    for weeks in range(5):
        charge(context, "Veg Box", "12.00", date(2026, 11, 20) - timedelta(weeks=weeks))
    for years in range(2):  # a yearly charge, seen twice
        charge(context, "Domain Host", "24.00", date(2026 - years, 3, 1))
    charge(context, "Hotel Lido", "240.00", date(2026, 8, 1))  # once: a holiday, not a plan
    charge(context, "Hotel Lido", "310.00", date(2025, 8, 3))  # a year apart, another price
    assert found(context, "Veg Box").rhythm == "weekly"
    assert found(context, "Veg Box").next_due == date(2026, 11, 27)
    host = found(context, "Domain Host")
    assert host.rhythm == "yearly" and host.next_due == date(2027, 3, 1)
    assert monthly_cost(host) == Decimal(2)
    assert "Hotel Lido" not in {c.merchant for c in repeating_charges(context)}


def test_the_command_lists_them_with_totals_and_as_json(
    context: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    today = date.today()  # the command line runs on the real clock
    drive_last, flix_last = today - timedelta(days=3), today - timedelta(days=10)
    monthly(context, "Cloud Drive", ["9.99"] * 4, drive_last)
    monthly(context, "StreamFlix", ["15.49", "15.49", "17.99"], flix_last)
    home = str(context.paths.home)
    assert main(["--home", home, "subscriptions"]) == 0
    text = capsys.readouterr().out
    assert (
        f"StreamFlix: €17.99 monthly, next about {add_months(flix_last, 1).isoformat()}, "
        f"up from €15.49 since {flix_last.isoformat()}"
    ) in text
    assert "Total: 27.98 EUR a month, 335.76 EUR a year" in text
    assert main(["--home", home, "subscriptions", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["merchant"] == "StreamFlix" and rows[0]["yearly"] == "215.88"
    assert rows[0]["price_change"] == {
        "before": "15.49",
        "after": "17.99",
        "since": flix_last.isoformat(),
    }
    assert rows[1]["next_due"] == add_months(drive_last, 1).isoformat()
    assert rows[1]["missed"] is False
