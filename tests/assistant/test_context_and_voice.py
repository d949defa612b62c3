"""Follow-ups through `ConversationContext`, transcript normalization, the voice-dev
phrasings, known names, and dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import ConversationContext, Intent, normalize_transcript, parse
from lingassist.assistant.context import inherited_slots
from lingassist.core.periods import Period
from tests.assistant.cases import TODAY


def _after(first: str, second: str, **kwargs: object):  # type: ignore[no-untyped-def]
    previous = parse(first, today=TODAY, **kwargs)  # type: ignore[arg-type]
    return parse(second, today=TODAY, context=ConversationContext().remember(previous), **kwargs)  # type: ignore[arg-type]


def test_and_last_month_reuses_the_question() -> None:
    command = _after("how much did I spend on coffee this month", "and last month?")
    assert command.intent == Intent.QUERY_SPENDING
    assert command.category == "FOOD_AND_DRINK_COFFEE"
    assert command.period == Period(date(2026, 10, 1), date(2026, 10, 31), "October 2026")


def test_what_about_groceries_changes_the_category() -> None:
    command = _after("how much did I spend on coffee last month", "what about groceries?")
    assert command.intent == Intent.QUERY_SPENDING
    assert command.category == "FOOD_AND_DRINK_GROCERIES"
    assert command.period is not None and command.period.start == date(2026, 10, 1)


def test_make_it_15_changes_the_amount() -> None:
    command = _after("I spent twelve fifty at Blue Bottle", "make it 15")
    assert command.intent == Intent.ADD_EXPENSE
    assert command.amount == Decimal(15)
    assert command.merchant == "Blue Bottle"
    assert command.spans["amount"].source == "15"
    assert (
        "merchant" in inherited_slots(command) or command.spans["merchant"].source == "Blue Bottle"
    )


def test_no_yesterday_changes_the_date() -> None:
    command = _after("I spent 12 at Lidl", "no, yesterday")
    assert command.intent == Intent.ADD_EXPENSE
    assert command.date == date(2026, 11, 22)
    assert command.amount == Decimal(12)


def test_answering_how_much_fills_the_missing_amount() -> None:
    first = parse("I bought coffee", today=TODAY)
    assert first.missing == ("amount",)
    command = parse("3.20", today=TODAY, context=ConversationContext(first))
    assert command.intent == Intent.ADD_EXPENSE and command.amount == Decimal("3.20")
    assert command.missing == ()


def test_payment_follow_up_amount() -> None:
    command = _after("pay Alice Martin 40 euros for dinner", "actually make it 45")
    assert command.intent == Intent.DRAFT_PAYMENT
    assert command.amount == Decimal(45) and command.currency == "EUR"
    assert command.payee == "Alice Martin"


def test_a_new_command_is_not_a_follow_up() -> None:
    command = _after("how much did I spend on coffee", "pay Bob 20")
    assert command.intent == Intent.DRAFT_PAYMENT and command.category is None


def test_out_of_scope_after_a_write_stays_out_of_scope() -> None:
    command = _after("I spent 12 at Lidl", "how do I reset my card PIN")
    assert command.intent == Intent.OTHER


NORMALIZED = [
    ("I spent $300 and $20 on rent", "I spent 320 USD on rent"),
    ("I spent $56 and 12 cents at Target", "I spent 56.12 USD at Target"),
    ("Spent thirty two fifty on paint", "Spent 32.50 on paint"),
    ("Pay Sophie forty dollars", "Pay Sophie 40 USD"),
    ("Add seven ninety nine for Netflix", "Add 7.99 for Netflix"),
    ("I spent 12 at 7-Eleven", "I spent 12 at 7-Eleven"),
]


@pytest.mark.parametrize(("spoken", "written"), NORMALIZED)
def test_normalize_transcript(spoken: str, written: str) -> None:
    normalized = normalize_transcript(spoken, "USD")
    assert normalized.text == written
    assert normalized.original == spoken


VOICE = [
    ("I spent seven dollars and forty cents at Panera today", "7.40", "USD", "Panera", None),
    ("Add forty six dollars for lunch at Red Lobster", "46", "USD", "Red Lobster", None),
    ("Pay Sophie forty five dollars for the dog walking", "45", "USD", None, "Sophie"),
    ("Log a seventeen dollar taxi ride with Uber last night", "17", "USD", "Uber", None),
    ("How much did I spend on snacks this month", None, None, None, None),
    ("Set a weekly budget of four hundred dollars for groceries", "400", "USD", None, None),
    ("I spent one hundred and forty dollars at Costco on Saturday", "140", "USD", "Costco", None),
    ("Send Anna Kowalski ninety euros for the flat", "90", "EUR", None, "Anna Kowalski"),
    ("Add seven ninety nine for Netflix", "7.99", None, "Netflix", None),
    ("How much is left in my travel budget", None, None, None, None),
    (
        "I paid one thousand eight hundred dollars in rent to Maple Court Apartments",
        "1800",
        "USD",
        None,
        "Maple Court Apartments",
    ),
    (
        "Spent eighteen forty on books at Marks and Spencer yesterday",
        "18.40",
        None,
        "Marks and Spencer",
        None,
    ),
    ("I spent $300 and $20 at Costco", "320", "USD", "Costco", None),
    ("I spent $56 and 12 cents at Target", "56.12", "USD", "Target", None),
]


@pytest.mark.parametrize(("text", "amount", "currency", "merchant", "payee"), VOICE)
def test_voice_phrasings(
    text: str, amount: str | None, currency: str | None, merchant: str | None, payee: str | None
) -> None:
    command = parse(text, today=TODAY, default_currency="USD")
    assert (str(command.amount) if command.amount is not None else None) == amount
    if currency:
        assert command.currency == currency and "currency" in command.spans
    assert command.merchant == merchant
    assert command.payee == payee


def test_known_names_are_matched_loosely() -> None:
    command = parse("spent 4 at blue bottle", today=TODAY, known_merchants=["Blue Bottle"])
    assert command.merchant == "Blue Bottle"
    command = parse("spent 9 at 7 eleven", today=TODAY, known_merchants=["7-Eleven"])
    assert command.merchant == "7-Eleven" and command.amount == Decimal(9)
    command = parse("pay alice 20", today=TODAY, known_payees=["Alice Martin", "Bob Stone"])
    assert command.payee == "Alice Martin"
    command = parse("spent 30 at forever 21", today=TODAY, known_merchants=["Forever 21"])
    assert command.merchant == "Forever 21" and command.amount == Decimal(30)


def test_known_accounts() -> None:
    command = parse("spent 30 at Lidl with my joint account", today=TODAY, known_accounts=["Joint"])
    assert command.account == "Joint"


DATES = [
    ("how much did I spend today", "2026-11-23", "2026-11-23"),
    ("how much did I spend this week", "2026-11-23", "2026-11-29"),
    ("how much did I spend last week", "2026-11-16", "2026-11-22"),
    ("how much did I spend this month", "2026-11-01", "2026-11-30"),
    ("how much did I spend last month", "2026-10-01", "2026-10-31"),
    ("how much did I spend in October", "2026-10-01", "2026-10-31"),
    ("how much did I spend in December", "2025-12-01", "2025-12-31"),
    ("how much did I spend year to date", "2026-01-01", "2026-11-23"),
    ("how much did I spend this year", "2026-01-01", "2026-12-31"),
    ("how much did I spend last year", "2025-01-01", "2025-12-31"),
    ("how much did I spend between the 1st and the 15th", "2026-11-01", "2026-11-15"),
    ("how much did I spend in the past two weeks", "2026-11-10", "2026-11-23"),
    ("how much did I spend in the last 30 days", "2026-10-25", "2026-11-23"),
    ("how much did I spend since the beginning of 2019", "2019-01-01", "2026-11-23"),
    ("how much did I spend on Friday", "2026-11-20", "2026-11-20"),
    ("how much did I spend last Monday", "2026-11-16", "2026-11-16"),
    ("how much did I spend on the 3rd", "2026-11-03", "2026-11-03"),
    ("how much did I spend on 3 March", "2026-03-03", "2026-03-03"),
    ("how much did I spend in March 2025", "2025-03-01", "2025-03-31"),
    ("how much did I spend in 2024", "2024-01-01", "2024-12-31"),
    ("how much did I spend last weekend", "2026-11-21", "2026-11-22"),
    ("how much did I spend on 2026-11-02", "2026-11-02", "2026-11-02"),
]


@pytest.mark.parametrize(("text", "start", "end"), DATES)
def test_periods(text: str, start: str, end: str) -> None:
    command = parse(text, today=TODAY)
    assert command.period is not None
    assert (str(command.period.start), str(command.period.end)) == (start, end)


@pytest.mark.parametrize("second", ["thanks", "hello", "ok", "my card was declined for 40 dollars"])
def test_chit_chat_after_a_write_is_not_an_action(second: str) -> None:
    command = _after("I spent 12 at Lidl", second)
    assert not command.is_action


@pytest.mark.parametrize("more", ["and Priya too", "oh, add Sam as well", "plus Kai"])
def test_more_people_join_the_split_just_made(more: str) -> None:
    command = _after("pizza 48 split with Jo", more)
    assert command.intent is Intent.SPLIT_EXPENSE and command.amount == Decimal("48")
    assert command.split_with[0] == "Jo" and len(command.split_with) == 2


def test_more_people_need_a_split_before_them() -> None:
    assert _after("lunch 20", "and Priya too").intent is not Intent.SPLIT_EXPENSE


def test_the_day_before_or_after_moves_the_entry_just_made() -> None:
    earlier = _after("cinema 14 yesterday", "make that the day before")
    assert earlier.date is not None and (TODAY - earlier.date).days == 2
    later = _after("cinema 14", "no, the day after")
    assert later.date is not None and (later.date - TODAY).days == 1


def test_an_amount_answers_an_entry_that_asked_for_it() -> None:
    command = _after("the client paid me for the logo", "for 350")
    assert command.intent is Intent.ADD_INCOME and command.amount == Decimal("350")


def test_set_it_to_changes_the_budget_just_set() -> None:
    command = _after("budget 150 for groceries", "set it to 200")
    assert command.intent is Intent.SET_BUDGET and command.amount == Decimal("200")


def test_break_it_down_keeps_the_period_just_asked_about() -> None:
    asked = _after("what did I spend in september", "break it down by shop")
    assert asked.intent is Intent.QUERY_BREAKDOWN and asked.period is not None
    assert asked.period.start.month == 9 and asked.period.end.month == 9


@pytest.mark.parametrize("more", ["Kai too", "with Kai too", "also Kai as well"])
def test_a_name_said_with_too_joins_the_split_just_made(more: str) -> None:
    command = _after("pizza 48 split with Jo", more)
    assert command.intent is Intent.SPLIT_EXPENSE and command.split_with == ("Jo", "Kai")


@pytest.mark.parametrize("second", ["add coffee", "and wine too", "lunch too"])
def test_something_bought_after_a_split_is_nobody_to_share_with(second: str) -> None:
    assert set(_after("pizza 48 split with Jo", second).split_with) <= {"Jo"}


def test_a_ranking_asked_in_a_few_words_keeps_the_period() -> None:
    asked = _after("what did I spend in september", "and by shop?")
    assert asked.intent is Intent.QUERY_BREAKDOWN and asked.period is not None
    assert asked.period.start.month == 9


def test_the_unit_said_is_the_period_before() -> None:
    week = _after("how much did I spend in october", "and the week before?").period
    assert week is not None and (week.start, week.end) == (date(2026, 9, 24), date(2026, 9, 30))
    month = _after("how much did I spend this week", "and the month before?").period
    assert month is not None and month.start.day == 1 and month.end.day in (30, 31)
    year = _after("how much did I spend in october", "and the year before?").period
    assert year is not None and (year.start, year.end) == (date(2025, 10, 1), date(2025, 10, 31))
