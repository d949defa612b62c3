"""Kinds of everyday language, each with made-up sentences of several shapes (none is
taken from a dev set): terse entries in any order, quantities and sums, money nicknames,
refunds, splits, repetition, rankings, subscriptions, categories at any level, filters,
and conversations that must not leak into sentences that stand alone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import ConversationContext, Intent, parse

TODAY = date(2026, 11, 18)  # a Wednesday


def read(text: str, currency: str = "EUR"):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency=currency)


@pytest.mark.parametrize(
    ("text", "amount", "merchant"),
    [
        ("tea 2.90", "2.90", None),
        ("2.90 tea", "2.90", None),
        ("parking 4,50", "4.50", None),
        ("biltong 7.25", "7.25", "biltong"),
        ("penny market 12.40", "12.40", "penny market"),
        ("Fromagerie Laurent 18,90", "18.90", "Fromagerie Laurent"),
        ("groceries 41.10 netto", "41.10", "netto"),
        ("bakery 3.10 yesterday", "3.10", None),
    ],
)
def test_terse_entries_in_any_order_are_expenses(text: str, amount: str, merchant: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.amount == Decimal(amount)
    assert command.merchant == merchant
    assert text[command.spans["amount"].start : command.spans["amount"].end]


@pytest.mark.parametrize(
    ("text", "amount", "said"),
    [
        ("4 croissants at 1.20 each", "4.80", "4 croissants at 1.20 each"),
        ("three beers @ 5.50", "16.50", "three beers @ 5.50"),
        ("6 x 0.99 stickers", "5.94", "6 x 0.99"),
        ("taxi 31 + 4 tip", "35", "31 + 4"),
        ("a fiver for the car wash", "5", "a fiver"),
        ("spent a tenner on snacks", "10", "a tenner"),
        ("paid three grand for the car", "3000", "three grand"),
    ],
)
def test_products_sums_and_nicknames_point_at_every_number(
    text: str, amount: str, said: str
) -> None:
    command = read(text)
    assert command.amount == Decimal(amount)
    assert command.spans["amount"].source == said


def test_a_filter_said_with_a_filler_word_is_still_a_filter() -> None:
    command = read("show me everything over a $100 last month")
    assert (command.amount, command.min_amount) == (None, Decimal("100"))


def test_thousands_dots_are_thousands_in_a_message_but_not_for_three_decimal_currencies() -> None:
    assert read("paid 1.350 € for the new sofa").amount == Decimal("1350")
    assert read("paid 2.500 KWD for the car").amount == Decimal("2.500")


@pytest.mark.parametrize(
    "text",
    [
        "refund of 18 from Zalando",
        "got 12.99 back from the hardware store",
        "decathlon refunded 30",
    ],
)
def test_money_back_is_a_refund(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_REFUND
    assert command.amount is not None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("brunch 72 split with Priya", ("Priya",)),
        ("split the 45 cab with omar and lena", ("omar", "lena")),
        ("pizza 30 split w/ kim", ("kim",)),
    ],
)
def test_splits_name_who_shares(text: str, names: tuple[str, ...]) -> None:
    command = read(text)
    assert command.intent is Intent.SPLIT_EXPENSE
    assert command.split_with == names
    assert command.merchant not in names


@pytest.mark.parametrize(
    ("text", "rhythm"),
    [
        ("gym 29.90 monthly", "monthly"),
        ("disney plus 8.99 every month", "monthly"),
        ("domain renewal 12 per year", "yearly"),
    ],
)
def test_repeating_writes_say_how_often(text: str, rhythm: str) -> None:
    command = read(text)
    assert command.intent.writes
    assert command.recurrence == rhythm


@pytest.mark.parametrize(
    "text",
    [
        "top categories in september",
        "what did I blow the most money on this year",
        "break my spending down by category",
    ],
)
def test_rankings_are_breakdowns(text: str) -> None:
    assert read(text).intent is Intent.QUERY_BREAKDOWN


@pytest.mark.parametrize("text", ["show my subscriptions", "which recurring payments do I have"])
def test_subscription_questions(text: str) -> None:
    assert read(text).intent is Intent.QUERY_SUBSCRIPTIONS


def test_categories_at_any_level_of_the_taxonomy() -> None:
    assert read("how much went on food in october").category == "FOOD_AND_DRINK"
    assert read("how much did we spend eating out this month").category == "EATING_OUT"
    assert read("how much on coffee this week").category == "FOOD_AND_DRINK_COFFEE"


def test_amount_filters_keep_their_currency() -> None:
    command = read("show payments over 250 dollars in september")
    assert command.intent is Intent.SHOW_TRANSACTIONS
    assert (command.min_amount, command.currency) == (Decimal("250"), "USD")
    assert command.period is not None and command.period.start == date(2026, 9, 1)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("pay Landlord Ltd 950 for rent", "tea 3.40 at the station"),
        ("lunch 12 cash", "spotify 10.99 monthly"),
        ("pay Jo Baker 40 reference INV-7", "pay Sam Ortiz 25"),
    ],
)
def test_a_sentence_that_stands_alone_inherits_nothing(earlier: str, text: str) -> None:
    conversation = ConversationContext().remember(read(earlier))
    alone = read(text)
    command = parse(text, today=TODAY, context=conversation, default_currency="EUR")
    for slot in ("payee", "account", "memo", "merchant", "date"):
        assert getattr(command, slot) == getattr(alone, slot), slot
    assert command.intent is alone.intent


@pytest.mark.parametrize(
    ("earlier", "text", "slot", "value"),
    [
        ("coffee 3.80 at Brew Lab", "make it 4.20", "amount", Decimal("4.20")),
        ("coffee 3.80 at Brew Lab", "actually 4.10", "amount", Decimal("4.10")),
        ("coffee 3.80 at Brew Lab", "no, yesterday", "date", date(2026, 11, 17)),
    ],
)
def test_follow_ups_still_complete_the_previous_command(
    earlier: str, text: str, slot: str, value: object
) -> None:
    conversation = ConversationContext().remember(read(earlier))
    command = parse(text, today=TODAY, context=conversation, default_currency="EUR")
    assert getattr(command, slot) == value
    assert command.merchant == "Brew Lab"


@pytest.mark.parametrize(
    "text",
    ["multiply 12 and 30", "change my card pin to 4321", "do I pay the water bill this week"],
)
def test_arithmetic_support_topics_and_questions_never_write(text: str) -> None:
    assert not read(text).is_action


def test_parsing_stays_fast_on_a_long_paste() -> None:
    import time

    text = "coffee 3.20 at Brew Lab yesterday and then " * 2_000  # about 90 KB
    start = time.perf_counter()
    read(text)
    assert time.perf_counter() - start < 2  # a 100 KB paste took 10.8 s before the cap


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("cab 14.20 yesterdya", date(2026, 11, 17)),
        ("sushi 31 lst nite", date(2026, 11, 17)),
        ("haircut 22 satruday", date(2026, 11, 14)),
        ("bakery 4.10 tdoay", date(2026, 11, 18)),
    ],
)
def test_typos_in_date_words_are_forgiven_and_point_at_what_was_typed(text: str, day: date) -> None:
    command = read(text)
    assert command.date == day
    assert command.spans["date"].source in text


@pytest.mark.parametrize(
    ("text", "amount", "rhythm"),
    [
        ("climbing gym 49/month", "49", "monthly"),
        ("cleaner 60 every tuesday", "60", "weekly"),
        ("music app 10.99 montly", "10.99", "monthly"),
    ],
)
def test_rates_are_amounts_with_a_rhythm(text: str, amount: str, rhythm: str) -> None:
    command = read(text)
    assert (command.amount, command.recurrence) == (Decimal(amount), rhythm)


def test_a_spending_cap_said_as_a_limit_is_a_budget_amount() -> None:
    command = read("I want to keep takeaway under 90 a month")
    assert command.intent is Intent.SET_BUDGET
    assert command.amount == Decimal("90")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ana and I split a 52 taxi", ("Ana",)),
        ("concert 110 split, Ben and Ola owe me their part", ("Ben", "Ola")),
        ("split the 75 cabin between me, Ivo and Mei", ("Ivo", "Mei")),
    ],
)
def test_split_names_said_before_or_after(text: str, names: tuple[str, ...]) -> None:
    assert read(text).split_with == names


@pytest.mark.parametrize(
    "text",
    [
        "invoice 2,300 paid by Northwind",
        "my tenant has paid 700 for december",
        "sam venmoed me 15 for the tickets",
    ],
)
def test_money_others_paid_the_person_is_income(text: str) -> None:
    assert read(text).intent is Intent.ADD_INCOME


def test_paying_by_card_is_still_an_expense() -> None:
    assert read("paid 18 by card at the pharmacy").intent is Intent.ADD_EXPENSE


def test_left_to_spend_is_a_budget_but_left_on_a_card_is_a_balance() -> None:
    assert read("how much is left for groceries").intent is Intent.BUDGET_STATUS
    assert read("whats left on my mastercard").intent is Intent.BALANCE


def test_paying_off_ones_own_card_is_a_transfer() -> None:
    assert read("pay off my visa 220 from savings").intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("remove the last transaction, I typed it twice", Intent.UNDO),
        ("no wait, don't pay it", Intent.CANCEL),
        ("hold on, cancel", Intent.CANCEL),
    ],
)
def test_undo_and_cancel_said_with_a_reason_or_a_hesitation(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("got 450 for the translation job", Intent.ADD_INCOME),
        ("the customer finally paid, 230", Intent.ADD_INCOME),
        ("I paid the plumber's invoice 180", Intent.ADD_EXPENSE),
    ],
)
def test_money_earned_from_a_source_is_income(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize("text", ["no, friday", "not 12, 15", "no 14.50"])
def test_a_correction_with_a_value_is_never_a_cancel(text: str) -> None:
    assert read(text).intent is not Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("made 60 dog walking", Intent.ADD_INCOME),
        ("zelle 30 to nina for the concert", Intent.DRAFT_PAYMENT),
        ("put 40 into the car fund", Intent.TRANSFER),
        ("250 savings -> checking", Intent.TRANSFER),
        ("how much do I owe on the amex", Intent.BALANCE),
        ("gonna spend 80 on shoes tomorrow", Intent.OTHER),
        ("can I get a refund for the 25 ticket", Intent.OTHER),
        ("what is 12.5% of 300", Intent.OTHER),
    ],
)
def test_more_kinds_of_saying_it(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


def test_who_the_money_came_from_and_who_a_question_is_about() -> None:
    paid_back = read("Lena paid me back 25")  # a person's money back is income, from Lena
    assert paid_back.intent is Intent.ADD_INCOME and paid_back.payee == "Lena"
    assert read("Omar sent me 40 for the tickets").payee == "Omar"
    question = parse(
        "how much did I pay Rita Gomez in October", today=TODAY, known_payees=["Rita Gomez"]
    )
    assert question.merchant == "Rita Gomez"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("what did we spend on tools in Q2", date(2026, 4, 1), date(2026, 6, 30)),
        ("show payments to the printer this quarter", date(2026, 10, 1), date(2026, 12, 31)),
        ("fuel in the first half of the year", date(2026, 1, 1), date(2026, 6, 30)),
    ],
)
def test_quarters_and_halves(text: str, start: date, end: date) -> None:
    period = read(text).period
    assert period is not None and (period.start, period.end) == (start, end)


def test_a_number_that_names_a_document_is_not_money() -> None:
    assert read("pay invoice 3310 to Brightline, 845.20").amount == Decimal("845.20")


def test_pounds_and_pence_said_without_the_word_pence() -> None:
    assert read("paid the window cleaner 15 pounds 50").amount == Decimal("15.50")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the boat trip was 120 and Kemal is paying me half", ("Kemal",)),
        ("petrol 45, we share it, me and Ines", ("Ines",)),
    ],
)
def test_shared_costs_said_in_other_words(text: str, names: tuple[str, ...]) -> None:
    command = read(text)
    assert (command.intent, command.split_with) == (Intent.SPLIT_EXPENSE, names)


def test_a_split_with_nobody_named_asks_who() -> None:
    assert read("dinner 75 split").missing == ("split_with",)


def test_who_a_split_was_with_can_be_answered_next() -> None:
    asked = read("dinner 75 split")
    answer = parse("with Tom and Ana", today=TODAY, context=ConversationContext().remember(asked))
    assert (answer.intent, answer.amount, answer.split_with, answer.missing) == (
        Intent.SPLIT_EXPENSE,
        Decimal("75"),
        ("Tom", "Ana"),
        (),
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("cab 9 on 3rd", date(2026, 11, 3)),
        ("cab 9 on the 12.", date(2026, 11, 12)),
        ("cab 9 11/4", date(2026, 11, 4)),  # month/day or day/month: the most recent real day
        ("cab 9 4/11", date(2026, 11, 4)),
        ("cab 9 on 14.11.", date(2026, 11, 14)),
        ("cab 9 two days back", date(2026, 11, 16)),
        ("cab 9 on christmas eve", date(2025, 12, 24)),
        ("cab 9 november 2nd", date(2026, 11, 2)),
    ],
)
def test_more_ways_of_saying_the_day(text: str, day: date) -> None:
    command = read(text)
    assert (command.intent, command.amount, command.date) == (
        Intent.ADD_EXPENSE,
        Decimal("9"),
        day,
    )


def test_a_dotted_pair_without_a_closing_dot_is_an_amount_and_halves_are_not() -> None:
    assert read("snacks 14.11").amount == Decimal("14.11")
    assert read("dinner 80 split 50/50 with Ana").amount == Decimal("80")


def test_a_payment_date_said_with_numbers_is_the_next_such_day() -> None:
    assert parse("pay Jo 40 on 25/11", today=TODAY).date == date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("taxi 20, actually 22", "22"),
        ("lunch 12 no sorry 14", "14"),
        ("parking 3 + 1.50 tip, no wait, just 3", "3"),
    ],
)
def test_a_correction_inside_the_sentence_keeps_the_last_amount(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "paid 20 and 30",
        "gas 41 then parking 6.50",
        "paid 15 or 18 for the haircut, can't remember",
        "groceries €52.10 and €7.99 at the bakery",
        "cab 26 at 9",  # a time or a price: never 9 while 26 is dropped as a party
    ],
)
def test_two_different_amounts_in_one_entry_are_asked_about_never_picked(text: str) -> None:
    command = read(text)
    assert command.amount is None
    assert "amount" in command.missing
    assert len(command.amount_choices) == 2


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("the florist was 26, not 62", "26"),
        ("not 45 but 54 for the plumber", "54"),
        ("taxi 30 instead of 13", "30"),
        ("team dinner 96 split 4 ways", "96"),
        ("paid the builder 1,200 for stage two", "1200"),
        ("snacks 5 and 5 again at the kiosk", "5"),
        ("museum $24 for 3 of us", "24"),
        ("brunch 72 for 6", "72"),
        ("curry night 58 for 3, at Spice Hut", "58"),
        ("table for 2 at 46", "46"),
        ("bought 1 lamp 39", "39"),
        ("1 umbrella 16.50", "16.50"),
    ],
)
def test_one_amount_is_meant_when_the_others_are_denied_counts_or_labels(
    text: str, amount: str
) -> None:
    command = read(text)
    assert command.amount == Decimal(amount), command
    assert command.amount_choices == ()


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("garage 5 hours 12.40", "12.40"),
        ("hotel 3 nights 270", "270"),
        ("bike rental 2 days 55", "55"),
        ("dog walker 6 walks 48", "48"),
    ],
)
def test_a_count_of_things_is_neither_the_amount_nor_the_merchant(text: str, amount: str) -> None:
    command = read(text)
    assert command.amount == Decimal(amount)
    counted = text.split()[-2]  # "hours", "nights", "days", "walks"
    assert counted not in (command.merchant or "").split(), command.merchant


@pytest.mark.parametrize(
    "text",
    [
        "split the 56 taxi with Noor and Eli",
        "brunch 48 shared with Kim, Lou and Max",
        "gas 70 split with Ivo and Pia",
    ],
)
def test_the_people_an_expense_is_split_with_are_not_its_merchant(text: str) -> None:
    command = read(text)
    assert command.split_with and command.merchant is None, command


@pytest.mark.parametrize(
    "text",
    ["dropped 120 on new boots", "shelled out 35 for the museum", "forked out 18 for parking"],
)
def test_spending_slang_verbs_are_not_merchants(text: str) -> None:
    command = read(text)
    assert command.amount is not None and command.merchant is None, command.merchant


@pytest.mark.parametrize(
    ("text", "merchant"),
    [("grabbed a sandwich for 5.25", None), ("I lent Mark 50", "Mark"), ("kiosk 2.20", "kiosk")],
)
def test_things_bought_and_verbs_are_not_merchants(text: str, merchant: str | None) -> None:
    assert read(text).merchant == merchant


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("Bank interest $3.18.", Intent.ADD_INCOME, "3.18"),
        ("dividends 22.40", Intent.ADD_INCOME, "22.40"),
        ("taxi 12.06.", Intent.ADD_EXPENSE, "12.06"),  # a price ending a sentence, not 12 June
    ],
)
def test_income_words_and_prices_that_end_a_sentence(
    text: str, intent: Intent, amount: str
) -> None:
    command = read(text)
    assert (command.intent, command.amount, command.date) == (intent, Decimal(amount), None)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("chewing gum 79p", "0.79", "GBP"),
        ("stamp 95c", "0.95", "EUR"),
        ("taxi 25ish", "25", None),
        ("coffee 2 eighty", "2.80", None),
        ("coffee a buck seventy", "1.70", None),
    ],
)
def test_everyday_ways_of_writing_small_amounts(
    text: str, amount: str, currency: str | None
) -> None:
    command = read(text)
    assert command.amount == Decimal(amount)
    assert (command.currency if "currency" in command.spans else None) == currency


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("the shop gave me back the 4.99 for the cable I didn't want", Intent.ADD_REFUND, "4.99"),
        ("refund from Boots 12.40 came through", Intent.ADD_REFUND, "12.40"),
        ("I want my money back for the 25 dollar lamp", Intent.OTHER, None),
    ],
)
def test_refunds_received_and_refunds_asked_for(
    text: str, intent: Intent, amount: str | None
) -> None:
    command = read(text)
    assert command.intent is intent
    assert command.amount == (Decimal(amount) if amount else None)


def test_a_day_that_does_not_exist_is_asked_for_never_replaced_by_today() -> None:
    asked = read("spent 12 on February 31")
    assert (asked.amount, asked.date, asked.missing) == (Decimal("12"), None, ("date",))
    answer = parse("the 28th", today=TODAY, context=ConversationContext().remember(asked))
    assert (answer.amount, answer.date, answer.missing) == (
        Decimal("12"),
        date(2026, 10, 28),
        (),
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bus fare 2.80 x 2", "5.60"),  # the price, then times a count
        ("museum 2 tickets 11.50 each", "23.00"),  # a count, the things, the price each
        ("dinner 48 plus 10 tip", "58"),  # a sum that is an expense, not a question
        ("lunch 20 plus 3.50 delivery", "23.50"),
        ("bought 2 packs for 5", "5"),  # "2 packs" counts; the price is 5
        ("spent 50 on 3 shirts", "50"),
        ("lunch for 2 at 30", "30"),  # a table for two, at 30
        ("45 groceries", "45"),  # the only number stays the amount
        ("loyer 1 200 €", "1200"),  # French: a space groups thousands beside a currency
        ("rent €1 200", "1200"),
        ("rent 1\u00a0200", "1200"),  # a no-break space always groups
    ],
)
def test_counts_products_sums_and_grouped_thousands(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.amount == Decimal(amount)


def test_a_sum_asked_for_is_still_no_expense() -> None:
    assert read("what is 48 plus 10").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("haircut 25 tuesday last week", date(2026, 11, 10)),
        ("haircut 25 on the tuesday of last week", date(2026, 11, 10)),
        ("taxi 14 last week on friday", date(2026, 11, 13)),
        ("gym 30 monday this week", date(2026, 11, 16)),
    ],
)
def test_a_weekday_of_a_named_week(text: str, day: date) -> None:
    assert read(text).date == day


@pytest.mark.parametrize(
    ("text", "day", "merchant"),
    [
        ("vet 120 friday before last", date(2026, 11, 6), None),
        ("cinema 24 the saturday before last", date(2026, 11, 7), None),
        ("drinks 30 sat night at the fox", date(2026, 11, 14), "fox"),
        ("lunch 9 wed lunchtime", date(2026, 11, 18), None),
    ],
)
def test_a_weekday_before_last_and_a_short_weekday_with_its_part_of_day(
    text: str, day: date, merchant: str | None
) -> None:
    command = read(text)
    assert command.date == day and command.merchant == merchant


@pytest.mark.parametrize("text", ["sun cream 12", "i sat down for lunch 14"])
def test_a_short_weekday_alone_is_a_word_not_a_day(text: str) -> None:
    assert read(text).date is None


@pytest.mark.parametrize(
    ("text", "ways", "names"),
    [
        ("dinner 60 split 3 ways", 3, ()),
        ("split the 90 taxi three ways", 3, ()),
        ("pizza 45 split between the 3 of us", 3, ()),
        ("paid 30 for lunch, split evenly with 2 friends", 3, ()),
        ("split 3 ways with tom 90", 3, ("tom",)),
        ("dinner 60 split with tom and anna", None, ("tom", "anna")),
    ],
)
def test_how_many_share_a_split(text: str, ways: int | None, names: tuple[str, ...]) -> None:
    command = read(text)
    assert command.intent is Intent.SPLIT_EXPENSE
    assert (command.split_ways, command.split_with, command.missing) == (ways, names, ())


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("transactions between 20 and 50", "20", "50"),
        ("transactions from 20 to 50 euros", "20", "50"),
        ("show charges > 100", "100", None),
        ("show charges <= 30", None, "30"),
        ("show me purchases of 100 or more", "100", None),
        ("payments of 15 or less last month", None, "15"),
        ("list transactions larger than 1,000", "1000", None),
        ("anything 250+ this year", "250", None),
        ("show me transactions over 100 and under 200", "100", "200"),
    ],
)
def test_amount_filters_said_every_way(text: str, low: str | None, high: str | None) -> None:
    command = read(text)
    assert command.min_amount == (Decimal(low) if low else None)
    assert command.max_amount == (Decimal(high) if high else None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("lunch 12 a fortnight ago", date(2026, 11, 4)),
        ("lunch 12 2 wks ago", date(2026, 11, 4)),
        ("lunch 12 on the last day of last month", date(2026, 10, 31)),
        ("lunch 12 at the end of last month", date(2026, 10, 31)),
        ("lunch 12 on the first day of the month", date(2026, 11, 1)),
        ("lunch 12 on the last day of march", date(2026, 3, 31)),
        ("turkey 45 on thanksgiving", date(2025, 11, 27)),  # the 4th Thursday of November
        ("tv 399 black friday", date(2025, 11, 28)),
    ],
)
def test_more_ways_to_say_a_day(text: str, day: date) -> None:
    assert read(text).date == day


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("paid €7 50 for the car wash", "7.50"),  # speech writes euros and cents apart
        ("lunch £12 99 at the deli", "12.99"),
        ("spent €20 30 minutes ago", "20"),  # a duration, not cents
    ],
)
def test_cents_transcribed_apart_after_a_currency_sign(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "i owe tom 15",
        "sam owes me 20",
        "gave sam 20 back",
        "paid her back 15",
        "I need 200 euros for the weekend",  # money needed, not spent
        "I need a loan of 10000 euros",
        "I want to save 5000 euros by june",
        "a beer costs 6 in this town",  # a price said in the present
        "the tickets are 25 each",
        "my sister earns 3000 a month",  # someone else's money
        "she spent 40 on shoes",
    ],
)
def test_money_that_is_not_the_persons_entry_is_asked_about(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "sam gave me 20 back",
        "returned the shoes, 60 back",
        "paid tom the 15 i owe him",
        "they paid me 200 for the bike",
        "tickets were 25 each",
        "I need to pay the plumber 80 today",
    ],
)
def test_money_given_back_to_the_person_or_a_debt_paid_still_counts(text: str) -> None:
    assert read(text).intent in (
        Intent.ADD_REFUND,
        Intent.ADD_EXPENSE,
        Intent.ADD_INCOME,
        Intent.DRAFT_PAYMENT,
    )


@pytest.mark.parametrize(
    "text",
    ["bowling 32 last weekend", "paid 65 for the boiler check back in october", "gym 40 last week"],
)
def test_a_write_said_to_happen_some_time_in_a_past_period_asks_which_day(text: str) -> None:
    command = read(text)
    assert command.date is None and "date" in command.missing, command
    assert command.period is not None and command.period.end < TODAY


@pytest.mark.parametrize("text", ["wages 2100 for october", "paid the gym 30 for this month"])
def test_what_a_write_pays_for_or_a_running_period_is_not_asked_about(text: str) -> None:
    assert "date" not in read(text).missing


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("sushi 28 a couple of days ago", date(2026, 11, 16)),
        ("cab 14 couple days back", date(2026, 11, 16)),
        ("florist 19 on 11-12", date(2026, 11, 12)),
        ("florist 19 on 12-11", date(2026, 11, 12)),
    ],
)
def test_a_couple_of_days_ago_and_dashed_days(text: str, day: date) -> None:
    assert read(text).date == day


@pytest.mark.parametrize(
    "text",
    ["paid 80 for the concert back in october", "spent 45 on the recital back in june"],
)
def test_back_in_a_month_is_when_not_money_back(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize("text", ["laundry 6 earlier this week", "tram 2.40 this past friday"])
def test_words_of_time_are_not_merchants(text: str) -> None:
    assert read(text).merchant is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3 for 5 at the farmers stall", "5"),  # a deal: the price after "for" is the whole
        ("two for 8 euros", "8"),
        ("gallery tickets 9 each for 3", "27"),  # the count after "each"
        ("cocktails 7.50 each for the four of us", "30.00"),
        ("bus ticket 3", "3"),  # a ticket's bare price is its price, not its number
        ("booking 8812 guesthouse 64.50", "64.50"),  # a long number names the booking
        ("brunch at Rosie's 32", "32"),  # a possessive ends the name: 32 is the price
        ("lunch at Shop 24 for €9,40", "9.40"),  # 24 ends the name, not a count
        ("souvenirs $18 for 2 of us", "18"),  # people, not a deal
    ],
)
def test_deals_counts_after_each_and_numbers_beside_names(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent.writes
    assert command.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    ["bakery 6 a few days ago", "parking 9 the other day", "bike repair 40 a while back"],
)
def test_a_vague_past_day_is_asked_for_not_guessed(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.date is None
    assert "date" in command.missing


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("kebab 8 ystd", date(2026, 11, 17)),
        ("snacks 2.40 yest", date(2026, 11, 17)),
        ("fuel 50 tdy", date(2026, 11, 18)),
        ("laundry 6 3 days back", date(2026, 11, 15)),
    ],
)
def test_short_and_back_day_words(text: str, day: date) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.date == day


@pytest.mark.parametrize(
    "text", ["make it 15", "actually 12.80", "change that to 30", "sorry, I meant 20"]
)
def test_a_correction_with_nothing_before_it_never_adds(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.OTHER
    assert command.amount is None


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("oops, 12 for lunch at Corner Deli", "Corner Deli"),
        ("actually, coffee 3.40 yesterday", None),
    ],
)
def test_a_correction_word_before_a_whole_entry_is_not_a_name(text: str, merchant: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.merchant == merchant


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("three teas 8 total", "8"),  # the amount said to be the total is the one meant
        ("4 muffins, 10 in total", "10"),
        ("brunch for 3 was 57", "57"),  # "for 3 was": a party, then the price
        ("taxi 30 for 4", "30"),  # a party after the price, not "30 items for 4"
    ],
)
def test_the_total_and_the_party_are_told_apart(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "merchant"),
    [("put down 6 for cake this morning", None), ("jot down 3.10 croissant", None)],
)
def test_logging_verbs_and_everyday_food_are_not_merchants(text: str, merchant: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.merchant == merchant


def test_split_with_several_lowercase_names_after_w() -> None:
    command = read("split the 36 sushi w dani and lou")
    assert command.intent is Intent.SPLIT_EXPENSE
    assert command.split_with == ("dani", "lou")
    assert command.merchant is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("what did i spend from oct 3 to oct 9", date(2026, 10, 3), date(2026, 10, 9)),
        ("spending between the 2nd and the 6th", date(2026, 11, 2), date(2026, 11, 6)),
        ("how much since the 10th", date(2026, 11, 10), TODAY),
        ("how much on restaurants since last monday", date(2026, 11, 16), TODAY),
        ("spending month to date", date(2026, 11, 1), TODAY),
        ("groceries the week before last", date(2026, 11, 2), date(2026, 11, 8)),
        ("what went out the second week of october", date(2026, 10, 8), date(2026, 10, 14)),
        ("spending in the last week of september", date(2026, 9, 24), date(2026, 9, 30)),
    ],
)
def test_ranges_open_ranges_and_weeks_of_a_month(text: str, start: date, end: date) -> None:
    command = read(text)
    assert command.period is not None
    assert (command.period.start, command.period.end) == (start, end)


def test_two_months_joined_by_and_stay_apart_for_a_comparison() -> None:
    command = read("compare september and october")
    assert command.period is not None
    assert command.period.end - command.period.start < date(2026, 2, 1) - date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("glass of wine 7€20", "7.20", "EUR"),
        ("chips 1£80", "1.80", "GBP"),
        ("soda 2$25", "2.25", "USD"),
    ],
)
def test_cents_written_after_a_symbol_between_the_whole_and_the_cents(
    text: str, amount: str, currency: str
) -> None:
    command = read(text)
    assert (command.amount, command.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("what did the halloween costumes cost me last month", date(2026, 10, 1)),
        ("christmas gifts spending in october", date(2026, 10, 1)),
        ("eating out sep total", date(2026, 9, 1)),
    ],
)
def test_a_holidays_things_are_not_its_day_and_plain_month_abbreviations_are_months(
    text: str, start: date
) -> None:
    command = read(text)
    assert command.period is not None and command.period.start == start


def test_an_expense_for_a_holidays_things_is_not_dated_on_the_holiday() -> None:
    assert read("spent 35 on christmas decorations").date is None


@pytest.mark.parametrize(
    "text",
    [
        "i didn't spend 25 on the taxi in the end",
        "we never paid the 60 for the tickets",
        "nearly bought a 400 jacket today",
        "i earn 52k a year",
        "i make 2800 a month after tax",
        "my salary is 3100",
    ],
)
def test_money_that_did_not_move_and_earnings_told_as_a_fact_are_never_recorded(
    text: str,
) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    "text",
    ["the ferry departs at 6", "we are at gate 31", "we sat in row 12", "the clinic opens at 9"],
)
def test_hours_and_numbered_places_are_not_money(text: str) -> None:
    command = read(text)
    assert not command.intent.writes
    assert command.amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("paid the electrician's invoice 240", "240"),  # a short bare number is the price
        ("invoice 1,150 settled by Contoso", "1150"),  # grouped like money
        ("pay invoice 40512", None),  # a long number names the invoice
        ("refund for order 77 of 18.40", "18.40"),
    ],
)
def test_an_invoice_or_order_number_is_told_from_its_price(text: str, amount: str | None) -> None:
    command = read(text)
    assert command.amount == (Decimal(amount) if amount else None)


@pytest.mark.parametrize(
    "text",
    ["send 250 to my savings", "transfer 600 into my ISA", "sweep 300 into our savings"],
)
def test_money_sent_to_ones_own_pot_is_a_transfer(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("what went on fuel so far this week", date(2026, 11, 16), TODAY),
        ("spending in the first half of october", date(2026, 10, 1), date(2026, 10, 15)),
        ("groceries the second half of september", date(2026, 9, 16), date(2026, 9, 30)),
    ],
)
def test_week_to_date_and_halves_of_a_month(text: str, start: date, end: date) -> None:
    command = read(text)
    assert command.period is not None
    assert (command.period.start, command.period.end) == (start, end)


def test_asking_to_borrow_is_not_an_entry() -> None:
    assert not read("could you lend me 30").intent.writes


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("haircut twenty pounds this afternoon, plus a three pound tip", "23"),
        ("pizza delivery 26 and a 4 tip", "30"),
        ("3 museum passes at 18", "54"),  # two words, the last a plural thing
        ("dinner for 4 people at 25", "25"),  # people are a party, not things bought
    ],
)
def test_tips_added_and_products_of_two_word_things(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


def test_someone_who_pays_half_shares_the_cost() -> None:
    command = read("gig tickets 70, priya pays half")
    assert command.intent is Intent.SPLIT_EXPENSE
    assert command.split_with == ("priya",)
    assert command.merchant is None


def test_a_pronoun_is_never_a_payee() -> None:
    command = read("pay him 35")
    assert command.payee is None
    assert "payee" in command.missing


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("show payments over 40 this month", "over 90 instead"),
        ("what did i spend on fuel in august", "same question for july"),
    ],
)
def test_a_bound_or_same_question_follow_up_keeps_the_question(earlier: str, text: str) -> None:
    context = ConversationContext().remember(read(earlier))
    command = parse(text, today=TODAY, context=context, default_currency="EUR")
    assert command.intent is read(earlier).intent


@pytest.mark.parametrize(
    ("text", "amount"),
    [("4 bagels each 2.25", "9.00"), ("3 ly trà sữa mỗi ly 35k", "105000")],
)
def test_each_said_before_the_price(text: str, amount: str) -> None:
    assert read(text, "VND" if "ly" in text else "EUR").amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    ["pain 2,40 il y a quelques jours", "bánh mì 25k mấy hôm trước", "taxi 18 l'autre jour"],
)
def test_a_vague_past_day_in_french_and_vietnamese_asks_which_day(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert "date" in command.missing


@pytest.mark.parametrize("text", ["je gagne 2800 par mois", "tôi kiếm 15 triệu một tháng"])
def test_earnings_told_as_a_fact_in_french_and_vietnamese_are_not_recorded(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    "text",
    [
        "j'ai gagné 120 hier",
        "gagné 35 au loto",
        "nous avons gagné 80",
        "tôi kiếm được 3 triệu hôm qua",
    ],
)
def test_money_earned_in_french_and_vietnamese_is_still_income(text: str) -> None:
    assert read(text).intent is Intent.ADD_INCOME


@pytest.mark.parametrize("text", ["75", "€12.40", "30 euros"])
def test_an_amount_said_alone_asks_what_it_was(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.OTHER
    assert command.amount is None


def test_an_amount_said_alone_answers_an_open_question() -> None:
    context = ConversationContext().remember(read("bought a rug at the market"))
    command = parse("75", today=TODAY, context=context, default_currency="EUR")
    assert command.intent is Intent.ADD_EXPENSE
    assert command.amount == Decimal("75")


def test_either_of_two_amounts_asks_which() -> None:
    command = read("brunch at Maxine's was either 38 or 42")
    assert command.amount is None
    assert set(command.amount_choices) == {Decimal("38"), Decimal("42")}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("show me the refunds from last month", Intent.SHOW_TRANSACTIONS),
        ("pull up the payments over 80 in september", Intent.SHOW_TRANSACTIONS),
        ("list transfers", Intent.SHOW_TRANSACTIONS),
    ],
)
def test_asking_to_see_entries_never_writes(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        (
            "Good morning! Could you please record that I spent 14 euros at the bakery today? "
            "Many thanks.",
            "14",
            TODAY,
        ),
        ("Kindly add 90 for the gas bill paid on 4th November", "90", date(2026, 11, 4)),
        (
            "I would like to note a purchase of a lamp for 45, which I made on Monday.",
            "45",
            date(2026, 11, 16),
        ),
    ],
)
def test_polite_requests_to_record_are_recorded(text: str, amount: str, day: date) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert (command.amount, command.date) == (Decimal(amount), day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("aldi 31.20 on thursday, actually it was friday", date(2026, 11, 13)),
        ("gym 30 on the 2nd, sorry the 3rd", date(2026, 11, 3)),
    ],
)
def test_a_corrected_day_replaces_the_first(text: str, day: date) -> None:
    assert read(text).date == day


@pytest.mark.parametrize("text", ["granny gave me 40 for christmas", "my uncle handed me 20"])
def test_money_family_gave_the_person_is_income(text: str) -> None:
    assert read(text).intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    "text",
    ["how do I log an expense", "uh how does this work, i'm new", "what sort of things can i ask"],
)
def test_ways_of_asking_for_help(text: str) -> None:
    assert read(text).intent is Intent.HELP


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("what did the weekend cost me", date(2026, 11, 14), date(2026, 11, 15)),
        ("spending since the 5th of last month", date(2026, 10, 5), TODAY),
        ("taxis over the last fortnight", date(2026, 11, 5), TODAY),
        ("spent since payday on the 12th", date(2026, 11, 12), TODAY),
    ],
)
def test_more_periods(text: str, start: date, end: date) -> None:
    command = read(text)
    assert command.period is not None
    assert (command.period.start, command.period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("pizza w lou n sam 36 split 3 ways", ("lou", "sam")),
        ("petrol 70 half with my brother", ("brother",)),
        ("taxi 48 split between me ravi and jo", ("ravi", "jo")),
    ],
)
def test_more_ways_to_name_who_shares(text: str, names: tuple[str, ...]) -> None:
    command = read(text)
    assert command.intent is Intent.SPLIT_EXPENSE
    assert command.split_with == names


@pytest.mark.parametrize("text", ["gas bill paid 61.20 yesterday", "internet bill paid. 35"])
def test_a_bill_said_paid_is_an_expense_not_a_payment_to_draft(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    "text",
    [
        "transfer 2k from the business account to personal",
        "shift 150 to my pension",
        "can u move 40 to my spending acc",
        "transfer 300 from my current account to the ISA please",
    ],
)
def test_moves_between_ones_own_accounts_said_many_ways(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("i want to keep coffee under 40 this month", "40"),
        ("set a limit of 300 dollars on clothes per month", "300"),
        ("games 25 per month max", "25"),
        ("cap takeaways at 120", "120"),
    ],
)
def test_spending_limits_said_without_the_word_budget(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.SET_BUDGET
    assert command.amount == Decimal(amount)


def test_a_request_after_a_lead_in_is_still_the_request() -> None:
    command = read("sorry if this is the wrong place, but could you log 18 for the cinema")
    assert command.intent is Intent.ADD_EXPENSE
    assert command.amount == Decimal("18")


@pytest.mark.parametrize(
    ("earlier", "text", "slot", "value"),
    [
        ("how much did i spend at lidl this month", "what about netto", "merchant", "netto"),
        ("what's my checking balance", "and the joint account?", "account", "joint account"),
    ],
)
def test_the_same_question_about_another_name(
    earlier: str, text: str, slot: str, value: str
) -> None:
    context = ConversationContext().remember(read(earlier))
    command = parse(text, today=TODAY, context=context, default_currency="EUR")
    assert command.intent is read(earlier).intent
    assert getattr(command, slot) == value


def test_an_expense_shared_afterwards_becomes_a_split() -> None:
    context = ConversationContext().remember(read("groceries 64 at aldi"))
    command = parse("split it with Ines and Bo", today=TODAY, context=context)
    assert command.intent is Intent.SPLIT_EXPENSE
    assert (command.amount, command.split_with) == (Decimal("64"), ("Ines", "Bo"))


def test_a_split_with_its_own_amount_stands_alone() -> None:
    context = ConversationContext().remember(read("coffee 4.50"))
    command = parse("dinner 60 split with Tom", today=TODAY, context=context)
    assert command.amount == Decimal("60")


@pytest.mark.parametrize(
    "text",
    [
        "tutoring money 45 on sunday",
        "cashback 3.20 from the credit card",
        "housing benefit 410",
        "sold my old guitar for 150",
        "paypal from ana 18",
        "my flatmate paid her share of the bills 75",
    ],
)
def test_more_ways_money_comes_in(text: str) -> None:
    assert read(text).intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    "text",
    [
        "compare this month with last month",
        "how does this month compare to last month",
        "compare fuel this month to last month",
        "compare november and october spending",
    ],
)
def test_a_comparison_of_two_periods(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.QUERY_SPENDING
    assert command.period is not None and command.period.start == date(2026, 11, 1)
    assert command.comparison is not None and command.comparison.start == date(2026, 10, 1)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("what did we spend on the kids over the summer", date(2026, 6, 1), date(2026, 8, 31)),
        ("heating costs last winter", date(2025, 12, 1), date(2026, 2, 28)),
        ("how much on plants in the spring of 2025", date(2025, 3, 1), date(2025, 5, 31)),
        ("restaurants in august and september", date(2026, 8, 1), date(2026, 9, 30)),
        ("what went on petrol in the week of the 2nd", date(2026, 11, 2), date(2026, 11, 8)),
        ("bills for the week starting oct 5", date(2026, 10, 5), date(2026, 10, 11)),
        ("takeaways from tuesday to wednesday", date(2026, 11, 17), date(2026, 11, 18)),
        ("clothes the past 2 months", date(2026, 9, 19), date(2026, 11, 18)),
        ("fuel over the last 6 months", date(2026, 5, 19), date(2026, 11, 18)),
        ("spending in h2 2025", date(2025, 7, 1), date(2025, 12, 31)),
        ("how much did i spend on gifts last yr", date(2025, 1, 1), date(2025, 12, 31)),
        ("total this yr", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_seasons_joined_months_weeks_of_a_day_and_rolling_months(
    text: str, start: date, end: date
) -> None:
    command = read(text)
    assert command.period is not None
    assert (command.period.start, command.period.end) == (start, end)


@pytest.mark.parametrize(
    "text", ["compare august and september", "did I spend more in august and september than july"]
)
def test_two_months_compared_are_not_one_period(text: str) -> None:
    command = read(text)
    assert command.period is None or command.period.end - command.period.start < (
        date(2026, 9, 1) - date(2026, 8, 1)
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("rent 900 end of last month", date(2026, 10, 31)),
        ("insurance 40 beginning of last month", date(2026, 10, 1)),
    ],
)
def test_the_edge_of_a_month_said_without_the(text: str, day: date) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.date == day
    assert command.merchant is None


@pytest.mark.parametrize("text", ["summer camp 120", "I had a fall and paid 20 for a taxi"])
def test_a_season_word_that_is_not_a_period(text: str) -> None:
    assert read(text).period is None


def test_a_range_is_labelled_with_days_people_read() -> None:
    command = read("spending since the 3rd")
    assert command.period is not None and command.period.label == "since Nov 3"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3x9.80 museum", "29.40"),
        ("bus 2.40x2", "4.80"),
        ("paid half of 70 for the taxi", "35"),
        ("half of 25 for the cab", "12.50"),
        ("half the 45 pizza", "22.50"),
        ("hundred and forty on a new drill", "140"),
    ],
)
def test_glued_products_halves_and_a_bare_hundred(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)


def test_a_size_written_with_x_is_not_a_product() -> None:
    assert read("2x4 timber 6.50").amount == Decimal("6.50")


def test_two_bare_numbers_after_between_are_not_days() -> None:
    command = read("between 30 and 35 on the plumber")
    assert command.period is None and command.intent is not Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("chemist 6.20 2day", TODAY),
        ("chips 3.10 the now", TODAY),
        ("late bus 2.50 2nite", TODAY),
    ],
)
def test_texting_and_dialect_words_for_today(text: str, day: date) -> None:
    assert read(text).date == day


def test_the_last_calendar_year_and_whole_months() -> None:
    year = read("top merchants during the last calendar year").period
    months = read("spending over the last 2 calendar months").period
    assert year is not None and (year.start, year.end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert months is not None
    assert (months.start, months.end) == (date(2026, 9, 1), date(2026, 10, 31))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I wish to record a purchase of 14.99 at the chemist", Intent.ADD_EXPENSE),
        ("my nan sent 30 for my birthday", Intent.ADD_INCOME),
        ("dad gave 100 towards the car", Intent.ADD_INCOME),
        ("wages landed, 1,612.40", Intent.ADD_INCOME),
        ("my pension's come in 880", Intent.ADD_INCOME),
        ("60 to Priya", Intent.DRAFT_PAYMENT),
        ("£25 to my brother", Intent.DRAFT_PAYMENT),
        ("how much is my bal", Intent.BALANCE),
    ],
)
def test_formal_requests_family_money_pay_arriving_and_money_to_someone(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize("text", ["I wish I had 500", "dad paid the gas bill 80"])
def test_wishes_and_a_relative_paying_a_bill_are_not_income(text: str) -> None:
    assert read(text).intent not in (Intent.ADD_INCOME, Intent.DRAFT_PAYMENT)


def test_a_wish_for_money_is_never_an_entry() -> None:
    assert not read("I wish I had 500 for a holiday").intent.writes


def after(earlier: str, text: str):  # type: ignore[no-untyped-def]
    context = ConversationContext().remember(read(earlier))
    return parse(text, today=TODAY, context=context, default_currency="EUR")


@pytest.mark.parametrize(
    ("earlier", "text", "start", "end"),
    [
        (
            "how much on pizza in august",
            "and the month before?",
            date(2026, 7, 1),
            date(2026, 7, 31),
        ),
        (
            "how much on bus fares last week",
            "what about the week before that",
            date(2026, 11, 2),
            date(2026, 11, 8),
        ),
        (
            "what did I spend on books in 2024",
            "and erm the year before",
            date(2023, 1, 1),
            date(2023, 12, 31),
        ),
        ("petrol in Q2", "how about the previous quarter", date(2026, 1, 1), date(2026, 3, 31)),
    ],
)
def test_the_period_before_the_one_just_asked_about(
    earlier: str, text: str, start: date, end: date
) -> None:
    command = after(earlier, text)
    assert command.intent is read(earlier).intent
    assert command.period is not None and (command.period.start, command.period.end) == (start, end)
    said = command.spans["period"].source
    assert "before" in said or "previous" in said


@pytest.mark.parametrize(
    ("text", "amount", "merchant"),
    [
        ("um the the refund from Zara came through, 19.99", Decimal("19.99"), "Zara"),
        ("so uh I spent erm 40 on petrol", Decimal("40"), None),
    ],
)
def test_spoken_hesitations_are_not_words_of_the_command(
    text: str, amount: Decimal, merchant: str | None
) -> None:
    command = read(text)
    assert command.amount == amount and command.merchant == merchant


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Split the pho 48 with Thanh Hoa and Minh Anh", ("Thanh Hoa", "Minh Anh")),
        ("cab 30 between myself, Orla and Sinead", ("Orla", "Sinead")),
        ("chippy 18, split it wi Callum", ("Callum",)),
        ("splitt the pizza 24 with ben", ("ben",)),
        ("drinks 40 split with Ana Yesterday", ("Ana",)),
    ],
)
def test_full_names_and_more_ways_of_saying_with_whom(text: str, names: tuple[str, ...]) -> None:
    assert read(text).split_with == names


@pytest.mark.parametrize(
    ("text", "source", "destination"),
    [
        ("move 300 from savings to checking for the car insurance", "savings", "checking"),
        ("shift 80 from checking to savings every month", "checking", "savings"),
    ],
)
def test_a_transfers_destination_ends_before_what_it_is_for(
    text: str, source: str, destination: str
) -> None:
    command = read(text)
    assert command.intent is Intent.TRANSFER
    assert (command.account, command.to_account) == (source, destination)


def test_containers_of_things_are_counted() -> None:
    assert read("3 bags of compost at 4.50").amount == Decimal("13.50")


@pytest.mark.parametrize(
    ("text", "day"), [("bowling 14 Sat", date(2026, 11, 14)), ("the Sun 2.50", None)]
)
def test_a_short_day_name_with_a_capital_inside_a_sentence(text: str, day: date | None) -> None:
    assert read(text).date == day


@pytest.mark.parametrize(
    ("text", "amount", "merchant"),
    [
        ("pasta at Marcello 46", Decimal("46"), "Marcello"),
        ("beers at Kelly's Bar 23", Decimal("23"), "Kelly's Bar"),
        ("top at Forever 21 for 18", Decimal("18"), "Forever 21"),
    ],
)
def test_a_whole_number_after_a_shops_name_is_its_price_unless_the_name_has_it(
    text: str, amount: Decimal, merchant: str
) -> None:
    command = read(text)
    assert (command.amount, command.merchant) == (amount, merchant)


def test_a_name_that_ends_with_a_number_is_not_a_price() -> None:
    assert read("a dress at Forever 21").amount is None


@pytest.mark.parametrize(
    "text", ["withdrew 80 from the cashpoint", "took 40 out at the ATM", "atm 60"]
)
def test_cash_taken_out_of_a_machine_moves_money_into_cash(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.TRANSFER and command.to_account == "cash"
    assert command.spans["to_account"].source.lower() in ("cashpoint", "atm")


@pytest.mark.parametrize(
    "text",
    [
        "the atm charged me a 3 fee",
        "took out 50 at the atm but it never gave me the notes",
        "how do I take out 200 at an atm abroad",
    ],
)
def test_a_cash_machines_trouble_or_a_question_is_never_a_transfer(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    ("text", "rhythm"),
    [("rent 750 pcm", "monthly"), ("music 10.99 pm", "monthly"), ("cleaner 45 p/w", "weekly")],
)
def test_british_short_forms_of_a_rhythm(text: str, rhythm: str) -> None:
    command = read(text)
    assert command.recurrence == rhythm and command.amount is not None


def test_pm_after_a_clock_hour_is_a_time_not_a_rhythm() -> None:
    command = read("taxi 18 at 11.30 pm")
    assert command.amount == Decimal("18") and command.recurrence is None


@pytest.mark.parametrize(
    "text", ["spent a hundred and something at the garden centre", "40-odd on drinks"]
)
def test_an_amount_not_known_exactly_is_asked_for(text: str) -> None:
    assert read(text).amount is None


@pytest.mark.parametrize(
    "text",
    ["the electrician charged 95", "the new tyres set me back 320", "shelled out 45 on a kettle"],
)
def test_more_ways_of_saying_it_cost(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("parking 7 9th", date(2026, 11, 9)),
        ("wine 16 the night before last", date(2026, 11, 16)),
        ("bagel 3 this am", TODAY),
        ("cinema 12 thurs", date(2026, 11, 12)),
        ("bus 4 fri", date(2026, 11, 13)),
    ],
)
def test_bare_ordinals_nights_and_short_day_names(text: str, day: date) -> None:
    command = read(text)
    assert command.date == day and command.merchant is None


def test_the_part_of_a_month_is_a_stretch_of_days() -> None:
    command = read("boots 90 late october")
    assert command.period is not None
    assert (command.period.start, command.period.end) == (date(2026, 10, 21), date(2026, 10, 31))


@pytest.mark.parametrize("text", ["what's my income this year", "whats my total income in october"])
def test_income_asked_with_a_contraction_is_a_question(text: str) -> None:
    assert read(text).intent is Intent.QUERY_SPENDING


@pytest.mark.parametrize(
    "text",
    [
        "nvm dont add it",
        "oh wait, scrap that",
        "no no, bin it",
        "actually never mind, don't save it",
        # "hang on" first, "yet" after; the reason first and "stop" last
        "hang on, don't send it yet",
        "oh wait the plumber hasn't finished, stop",
        "she's paying me back in cash instead, hold off",
    ],
)
def test_more_ways_of_dropping_the_card(text: str) -> None:
    assert read(text).intent is Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("got 45 4 babysitting", Intent.ADD_INCOME, "45"),
        ("move 80 2 savings", Intent.TRANSFER, "80"),
        ("dinner 30 4 people", Intent.ADD_EXPENSE, "30"),
        ("chuck 100 in the holiday pot", Intent.TRANSFER, "100"),
        ("the client's invoice cleared, 900 in", Intent.ADD_INCOME, "900"),
        ("60 to Maeve for the gig", Intent.DRAFT_PAYMENT, "60"),
        ("I'm after spending 25 in the butchers", Intent.ADD_EXPENSE, "25"),
        (
            "I should like to record an expenditure of 12.60 at the post office",
            Intent.ADD_EXPENSE,
            "12.60",
        ),
        ("Kindly register a purchase of 75 for garden tools", Intent.ADD_EXPENSE, "75"),
        ("made a couple hundred selling old books", Intent.ADD_INCOME, "200"),
    ],
)
def test_texting_numbers_regional_and_formal_ways_of_saying_it(
    text: str, intent: Intent, amount: str
) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount))


@pytest.mark.parametrize(
    "text", ["income tax 980", "paid council tax 140", "road tax 190", "paid 250 in taxes"]
)
def test_tax_paid_is_money_out(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE


def test_tax_coming_back_is_not_paid() -> None:
    assert read("tax rebate 85 came in").intent is not Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    "text",
    [
        "holiday cottage deposit 250",
        "deposit for the venue 800",
        "paid a 300 deposit on the van",
        "pension contribution 180",
        "insurance premium 42",
    ],
)
def test_a_deposit_paid_for_something_and_other_money_out_are_expenses(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize("text", ["won 40 on the lottery", "found 10 in my old coat"])
def test_money_won_or_found_is_income(text: str) -> None:
    assert read(text).intent is Intent.ADD_INCOME


def test_the_irish_after_is_today() -> None:
    command = read("I'm after paying 15 for the bus")
    assert command.intent is Intent.ADD_EXPENSE and command.date == TODAY


def test_a_follow_up_can_change_the_kind_of_a_listing() -> None:
    command = after("show me my refunds this month", "and transfers?")
    assert command.intent is Intent.SHOW_TRANSACTIONS and command.kind == "transfer"
    assert command.merchant is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("list my earnings", "income"),
        ("list my income for september", "income"),
        ("show me my refunds for this week", "refund"),
        ("show refunds at Shoe Barn", "refund"),
    ],
)
def test_a_listing_of_one_kind_said_plainly(text: str, kind: str) -> None:
    command = read(text)
    assert command.intent is Intent.SHOW_TRANSACTIONS and command.kind == kind


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("budjet 150 for clothes", Intent.SET_BUDGET),
        ("payed 35 for the plumber", Intent.ADD_EXPENSE),
    ],
)
def test_common_misspellings_of_command_words(text: str, intent: Intent) -> None:
    command = read(text)
    assert command.intent is intent and command.merchant is None


def test_a_payment_said_in_the_past_progressive_happened() -> None:
    command = read("yesterday I was paying 65 for the gas bill")
    assert command.intent is Intent.ADD_EXPENSE and command.merchant is None


def test_giving_money_back_to_someone_is_a_payment_to_them_not_a_refund() -> None:
    command = read("give back 30 to Priya")
    assert command.intent is Intent.DRAFT_PAYMENT and command.amount == Decimal("30")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("paid the 2025 car tax 190", "190"),
        ("2026 season pass 320", "320"),
        ("spent 2000 on flights", "2000"),
        ("guesthouse 75 a night for 2 nights", "150"),
        ("bike hire 15/day for 3 days", "45"),
    ],
)
def test_years_that_name_a_thing_and_rates_for_a_count(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        ("car wash near the depot 9 on the 21st", "9", 21),
        ("sandwich from the van at work 6.40 last thursday", "6.40", 12),
        ("bus into the old town 2.80 the day before yesterday", "2.80", 16),
    ],
)
def test_a_terse_entry_stays_one_when_its_date_adds_words(text: str, amount: str, day: int) -> None:
    """A few words, an amount and a date: the date's words do not make it a sentence."""
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)
    assert command.date is not None and command.date.day == day


def test_a_week_spelt_as_it_sounds_after_a_word_that_says_when() -> None:
    """ "last weak" is last week; "weak" elsewhere is the word it is."""
    assert read("list my purchases from last weak").period is not None
    assert read("bread 3 two weaks ago").date == date(2026, 11, 4)
    assert read("gym 25 every weak").recurrence == "weekly"
    assert read("the euro is weak").intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    ["What is on the Sparbuch account?", "whats in the joint account", "what is in the kids acct"],
)
def test_what_is_in_a_named_account_asks_its_balance(text: str) -> None:
    assert read(text).intent is Intent.BALANCE


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("petrol at the garage R420", "420", "ZAR"),
        ("got paid R18 750 this month", "18750", "ZAR"),
        ("the plumber charged R 1 200", "1200", "ZAR"),
        ("Rs 350 for the rickshaw", "350", "INR"),
        ("RM4.20 nasi lemak", "4.20", "MYR"),
    ],
)
def test_letter_symbols_written_before_the_number(text: str, amount: str, currency: str) -> None:
    command = read(text)
    assert (command.amount, command.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("received 2.5 lakh for the flat deposit", "250000"),
        ("paid 1 crore for the flat", "10000000"),
        ("paid 3,40,000 for the car", "340000"),
        ("sofa 1.5 thousand", "1500"),
    ],
)
def test_lakh_crore_and_indian_grouping(text: str, amount: str) -> None:
    assert str(read(text, currency="INR").amount) == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bus 3 no 4", "4"),
        ("cinema twelve, no, fifteen", "15"),
        ("shoes no 5 polish 6", "6"),  # "no 5" names the thing: the price is 6
        ("the deposit was eight hundred no wait eight forty", "840"),
        ("tea two forty no sorry two sixty", "2.60"),
    ],
)
def test_no_after_an_amount_takes_it_back(text: str, amount: str) -> None:
    """ "12 no 14" says the amount again; a correction in the same hundreds stays there."""
    assert str(read(text).amount) == amount


@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        ("wine 19.99 nov 28", "19.99", date(2025, 11, 28)),
        ("candles 4.30 jan 3", "4.30", date(2026, 1, 3)),
        ("stamps 6.10 oct 31", "6.10", date(2026, 10, 31)),
    ],
)
def test_a_decimal_amount_beside_a_month_is_not_a_day(text: str, amount: str, day: date) -> None:
    """The digits after a decimal point are cents, never the day of the month next to them."""
    command = read(text)
    assert (command.amount, command.date) == (Decimal(amount), day)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("pay's landed, 3,100", Intent.ADD_INCOME),
        ("wages have landed 1800", Intent.ADD_INCOME),
        ("how much has gone out on my amex this month", Intent.QUERY_SPENDING),
        ("what's the damage at the pub this week", Intent.QUERY_SPENDING),
        ("topped up at the servo this arvo 64", Intent.ADD_EXPENSE),
    ],
)
def test_everyday_and_regional_ways_of_saying_money_came_or_went(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


def test_regional_words_for_places_and_times() -> None:
    command = read("servo 71.20 this arvo")
    assert command.category == "TRANSPORTATION_GAS" and command.date == TODAY
    assert read("bottle shop 38").category == "FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR"
    assert read("chemist 12.60").category == "MEDICAL_PHARMACIES_AND_SUPPLEMENTS"


@pytest.mark.parametrize(
    ("text", "day"),
    [("-38 groceries sat", 14), ("cinema 11 sun", 15), ("bakery 4.20 wed", 18)],
)
def test_a_short_day_name_ending_a_ledger_line(text: str, day: int) -> None:
    assert read(text).date == date(2026, 11, day)


def test_a_short_day_word_that_is_a_verb_stays_one() -> None:
    assert read("15 at the cafe where we sat").date is None


def test_shared_with_names_only_not_money_or_pronouns() -> None:
    command = read("Braai with Sipho and Naledi, R640, we split it")
    assert command.split_with == ("Sipho", "Naledi") and command.currency == "ZAR"
    assert read("gig tickets 90 for me and Kez, we'll go halves").split_with == ("Kez",)


def test_over_a_period_is_when_not_a_lower_bound() -> None:
    command = read("what did i spend over the last three weeks")
    assert command.intent is Intent.QUERY_SPENDING and command.min_amount is None


@pytest.mark.parametrize(
    ("text", "merchant", "category"),
    [
        ("the uh the boots one should be pharmacy", "boots", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS"),
        ("Sorry, that Zalando purchase must go under clothing", "Zalando", None),
        ("The Fnac buy is for gifts", "Fnac", "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES"),
        ("change the category of the esso one to fuel", "esso", "TRANSPORTATION_GAS"),
        ("Do one thing, put the Reliance bill under household", "Reliance", None),
        ("put Kmart under clothing", "Kmart", None),
    ],
)
def test_a_recategorization_names_the_shop_it_moves(
    text: str, merchant: str, category: str | None
) -> None:
    command = read(text)
    assert command.intent is Intent.RECATEGORIZE and command.merchant == merchant
    assert category is None or command.category == category


def test_a_recategorization_of_that_one_names_no_shop() -> None:
    command = read("that one was groceries")
    assert command.intent is Intent.RECATEGORIZE and command.merchant is None


@pytest.mark.parametrize(
    "text",
    ["my daughter turns 9 on saturday", "ring me back at 4", "he turned 30 last week"],
)
def test_ages_and_call_back_hours_are_not_money(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.OTHER and command.amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("top up my savings with 80", "80"),
        ("stick 300 into the tax pot", "300"),
        ("top up the travel jar by 25", "25"),
    ],
)
def test_money_put_into_ones_own_pot_is_a_transfer(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.TRANSFER and command.amount == Decimal(amount)


def test_top_up_of_a_card_stays_a_support_question() -> None:
    assert read("top up my card with 50").intent is Intent.OTHER


def test_the_sum_of_an_amount_is_that_amount_not_arithmetic() -> None:
    command = read("I wish to record the sum of 64.20, paid to the gardener.")
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal("64.20")
    assert read("what is the sum of 14 and 9").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Zalando has paid back 42,50 for the boots", "42.50"),
        ("the shop give back 18 euro to me", "18"),
    ],
)
def test_a_shop_paying_money_back_to_the_person_is_a_refund(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_REFUND and command.amount == Decimal(amount)


def test_money_the_person_gives_back_is_no_refund() -> None:
    assert read("I gave Lena 15 back").intent is not Intent.ADD_REFUND


def test_typed_slips_in_back_and_month() -> None:
    assert read("got 9.99 bakc from spotify").intent is Intent.ADD_REFUND
    assert read("what did i spend on fuel this moth").period is not None
    assert read("tv 250 black friday").intent is Intent.ADD_EXPENSE  # "black" is a word


@pytest.mark.parametrize("text", ["call mom at 5", "meet the builder at 8"])
def test_an_hour_to_call_or_meet_is_not_money(text: str) -> None:
    assert read(text).amount is None


@pytest.mark.parametrize(("text", "amount"), [("+3 200 salary", "3200"), ("-1 150 rent", "1150")])
def test_a_signed_ledger_line_groups_thousands_with_a_space(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


def test_asked_to_put_a_repeating_cost_in_records_it() -> None:
    command = read("so the piano lessons are about forty every week can you put that in")
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal("40")
    assert command.recurrence == "weekly"


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("🍕 18.50", Intent.ADD_EXPENSE, "18.50"),
        ("🚌2.40 yday", Intent.ADD_EXPENSE, "2.40"),
        ("internet ✅ 39.99", Intent.ADD_EXPENSE, "39.99"),
        ("❌ the last one", Intent.UNDO, None),
    ],
)
def test_emoji_stand_for_their_words(text: str, intent: Intent, amount: str | None) -> None:
    command = read(text)
    assert command.intent is intent
    assert command.amount == (Decimal(amount) if amount else None)


def test_a_category_word_before_a_shop_name_is_not_part_of_it() -> None:
    assert read("groceries Coles 61.20").merchant == "Coles"
    assert read("🛒 Coles 61.20").merchant == "Coles"


@pytest.mark.parametrize(
    "text",
    [
        "Dear assistant, please record that I paid the roofer 240 dollars on the 2nd of November.",
        "Quiet afternoon at the stall. Sold two paintings for 150.",
    ],
)
def test_letters_and_chatter_before_the_entry(text: str) -> None:
    command = read(text)
    assert command.intent in (Intent.ADD_EXPENSE, Intent.ADD_INCOME) and command.amount


def test_a_recategorization_said_as_a_letter() -> None:
    command = read(
        "Dear assistant, the Argos charge ought to be filed under gifts rather than home."
    )
    assert command.intent is Intent.RECATEGORIZE and command.merchant == "Argos"


@pytest.mark.parametrize(
    "text", ["fuel between April and June", "how much on gifts from June to August"]
)
def test_a_range_of_months(text: str) -> None:
    period = read(text).period
    assert (
        period is not None
        and period.start.day == 1
        and (period.end.month - period.start.month) == 2
    )


def test_what_have_i_spent_asks_a_total() -> None:
    assert read("what have I spent at Ikea this year so far").intent is Intent.QUERY_SPENDING


def test_dividing_a_bill_between_people_is_a_split_not_a_bill_to_pay() -> None:
    command = read(
        "Dear assistant, please divide the hotel bill of £210 between myself, Ann and Bo."
    )
    assert command.intent is Intent.SPLIT_EXPENSE and command.split_with == ("Ann", "Bo")


def test_words_after_the_names_of_a_split_are_not_names() -> None:
    assert read("dumplings with Mei and Jun, total 84, we split").split_with == ("Mei", "Jun")


def test_an_account_named_by_a_category_word() -> None:
    command = read("move 120 into the holiday account")
    assert command.intent is Intent.TRANSFER and command.to_account == "holiday"


def test_a_recategorization_after_a_sentence_and_with_please() -> None:
    command = read("Long week. Put the Esso fuel charge under travel please.")
    assert command.intent is Intent.RECATEGORIZE and command.merchant == "Esso"


@pytest.mark.parametrize(
    "text", ["move my latest transaction to groceries", "put the last one under clothing"]
)
def test_a_recategorization_of_the_latest_names_no_shop(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.RECATEGORIZE and command.merchant is None


@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        ("tea3.10", "3.10", None),
        ("pharmacy8.40yesterday", "8.40", 17),
        ("sandwich 5today", "5", 18),
    ],
)
def test_a_number_typed_onto_a_word(text: str, amount: str, day: int | None) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)
    assert command.date == (date(2026, 11, day) if day else None)


def test_month_typed_without_its_vowel_or_with_another() -> None:
    assert read("what did i spend on fuel this munth").period is not None
    assert read("groceries last mnth").period is not None


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("what were my 3 biggest purchases last month", 3),
        ("the 10 largest transactions this year", 10),
        ("biggest purchases in the past 30 days", None),
    ],
)
def test_the_biggest_purchases_are_a_ranking(text: str, limit: int | None) -> None:
    command = read(text)
    assert command.intent is Intent.QUERY_BREAKDOWN and command.amount is None
    assert command.limit == limit and command.period is not None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("transfer three fifty to savings", "350"),
        ("rent eight seventy five", "875"),
        ("coffee three fifty", "3.50"),
        ("transfer 2.50 to savings", "2.50"),
    ],
)
def test_a_spoken_price_for_what_is_never_that_cheap_is_hundreds(text: str, amount: str) -> None:
    assert str(read(text).amount) == amount


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("just eat paid out 188.20 today", Intent.ADD_INCOME),
        ("the insurer paid out 640", Intent.ADD_INCOME),
        ("I paid out 35 for the cab", Intent.ADD_EXPENSE),
        ("paid out 20 for snacks", Intent.ADD_EXPENSE),
    ],
)
def test_paid_out_by_someone_else_is_income(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text", ["Priya spent 30 on petrol", "Jonas got paid 900 today", "Mum bought 40 of groceries"]
)
def test_someone_named_spending_is_not_the_persons_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize("text", ["Just spent 12 at Lidl", "Tom paid me 25", "Uber paid out 80"])
def test_the_person_or_money_to_them_still_counts(text: str) -> None:
    assert read(text).intent in (Intent.ADD_EXPENSE, Intent.ADD_INCOME)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("€15 (about £13) for the museum", "15", "EUR"),
        ("ferry ¥3000 (approx 20 dollars)", "3000", "JPY"),
    ],
)
def test_an_amount_in_brackets_is_what_it_came_to_elsewhere(
    text: str, amount: str, currency: str
) -> None:
    command = read(text)
    assert (command.amount, command.currency) == (Decimal(amount), currency)


def test_cancel_the_previous_entry_is_an_undo_that_asks_first() -> None:
    assert read("Please cancel the previous entry; it was a duplicate.").intent is Intent.UNDO
    assert read("cancel that").intent is Intent.CANCEL


def test_punctuation_said_to_a_dictation_keyboard() -> None:
    assert read("tea three twenty period").amount == Decimal("3.20")
    assert read("parking comma six euros").amount == Decimal("6")


def test_paid_by_direct_debit_is_an_expense() -> None:
    assert read("Water, £38, paid by direct debit.").intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "amount"), [("CHQ 004417 260.00 - the roofer", "260.00"), ("paid by cheque 45", "45")]
)
def test_a_cheque_number_beside_the_money_is_no_amount(text: str, amount: str) -> None:
    command = read(text)
    assert command.amount == Decimal(amount) and command.merchant not in ("CHQ", "cheque")


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("POS PURCHASE ESSO 2231 £40.00", "Esso"),
        ("CONTACTLESS PRET A MANGER 5.20", "Pret A Manger"),
        ("DD THAMES WATER 38.00", "Thames Water"),
        ("CARD PAYMENT TO TESCO STORES 3297 ON 12-11 £31.40", "Tesco"),
    ],
)
def test_a_line_pasted_from_a_bank_statement_names_its_shop(text: str, merchant: str) -> None:
    command = read(text, currency="GBP")
    assert command.intent is Intent.ADD_EXPENSE and command.merchant == merchant


def test_a_currency_sign_between_two_numbers_belongs_to_the_second() -> None:
    command = read("VIS STORE 0455 £211.09", currency="GBP")
    assert (command.amount, command.currency) == (Decimal("211.09"), "GBP")
    assert read("6€50 coffee").amount == Decimal("6.50")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("ATM fee 3.50 ugh", "3.50"),
        ("INT'L TRANSACTION FEE 1.25", "1.25"),
        ("2.50 late fee", "2.50"),
        ("card replacement fee 5 on Monday", "5"),
    ],
)
def test_a_bank_charge_written_as_a_ledger_line_is_an_expense(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    ["why was I charged a 3 pound ATM fee", "ATM fee refunded 3.50", "ATM fee 3 is that normal"],
)
def test_a_question_or_a_refund_about_a_fee_records_no_charge(text: str) -> None:
    assert read(text).intent is not Intent.ADD_EXPENSE


def test_on_a_weekday_said_that_very_weekday_is_a_week_ago() -> None:
    # the tests' today, 2026-11-18, is a Wednesday
    assert read("window cleaner 20 on Wednesday").date == date(2026, 11, 11)
    assert read("window cleaner 20 this Wednesday").date == date(2026, 11, 18)
    assert read("bakery 4.20 wed").date == date(2026, 11, 18)  # a ledger line's day label


@pytest.mark.parametrize(
    "text",
    [
        "send 0.05 btc to bc1qa9f3k2m8x7d2493p81zz0wq",
        "buy 200 of bitcoin",
        "transfer 0.5 eth to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    ],
)
def test_crypto_is_never_drafted_or_recorded(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.OTHER and command.amount is None


def test_the_digits_of_a_code_glued_to_letters_are_no_amount() -> None:
    # a wallet address or a reference switches between letters and digits many times;
    # "coffee4.50" is still a word and a price
    assert read("ref ab12cd2493p83ef 40").amount == Decimal("40")
    assert read("coffee4.50 at the kiosk").amount == Decimal("4.50")


@pytest.mark.parametrize("text", ["test test 1 2 3", "testing one two three", "mic check"])
def test_a_microphone_check_is_not_an_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("should I cancel Netflix or Disney+?", Intent.OTHER),
        ("cancel my gym membership", Intent.OTHER),
        ("can you cancel that", Intent.CANCEL),
        ("scrap that last entry", Intent.UNDO),
        ("get rid of the sandwich i just logged", Intent.UNDO),
    ],
)
def test_cancelling_a_subscription_is_not_dropping_the_card(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent", "day"),
    [
        ("tea this morning", Intent.ADD_EXPENSE, date(2026, 11, 18)),
        ("bought bread at the bakery yesterday", Intent.ADD_EXPENSE, date(2026, 11, 17)),
        ("bonus came in today", Intent.ADD_INCOME, date(2026, 11, 18)),
    ],
)
def test_a_purchase_told_without_its_price_asks_for_it(
    text: str, intent: Intent, day: date
) -> None:
    command = read(text)
    assert command.intent is intent and command.date == day and "amount" in command.missing


@pytest.mark.parametrize(
    "text",
    [
        "my son turns 7 on friday",
        "the stuff from yesterday",
        "petrol last week",
        "petrol yesterday?",
    ],
)
def test_a_sentence_or_a_period_without_a_price_is_no_entry(text: str) -> None:
    assert read(text).intent is not Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    "text", ["last month's water bill?", "school uniform stuff past 3 weeks?", "petrol in october"]
)
def test_a_category_and_a_period_in_a_few_words_ask_a_total(text: str) -> None:
    assert read(text).intent is Intent.QUERY_SPENDING
    assert read("petrol money left this week?").intent is Intent.BUDGET_STATUS


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I would like to record a refund of $7.40 from Boots", Intent.ADD_REFUND),
        ("optician co-pay twenty five", Intent.ADD_EXPENSE),
        ("Client paid invoice 2207, $1,240", Intent.ADD_INCOME),
        ("bake sale takings 85", Intent.ADD_INCOME),
        ("shift 3000 from my salary account to FD", Intent.TRANSFER),
        ("phone bill 39 came out of the joint account", Intent.ADD_EXPENSE),
        ("How much has gone out of the business account since the 1st?", Intent.QUERY_SPENDING),
        ("show my Aldi shopping", Intent.SHOW_TRANSACTIONS),
    ],
)
def test_money_words_read_by_who_pays_whom(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("earlier", "text", "currency"),
    [
        ("sandwich 6.40 at the station", "in pounds", "GBP"),
        ("hotel 210", "make it euros", "EUR"),
        ("taxi 30", "no, that was dollars", "USD"),
    ],
)
def test_a_currency_said_after_an_amount_changes_its_currency(
    earlier: str, text: str, currency: str
) -> None:
    command = after(earlier, text)
    assert command.currency == currency and command.amount == read(earlier).amount
    assert command.intent is read(earlier).intent


def test_a_currency_alone_continues_nothing_without_an_amount_before() -> None:
    assert after("how much on coffee this month", "in pounds").intent is Intent.OTHER
    assert read("in pounds").intent is Intent.OTHER


def test_a_repeat_said_after_a_budget_makes_it_repeat() -> None:
    command = after("set a petrol budget of 120", "weekly")
    assert command.intent is Intent.SET_BUDGET and command.recurrence == "weekly"
    assert command.amount == Decimal("120")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("hardware store 31.40 and 12.75", "44.15"),
        ("£2.80 & £3.10 on teas", "5.90"),
        ("dinner 60 plus 15% tip", "69.00"),
        ("lunch 40 with a 12.5% service charge", "45.00"),
        ("curry 45 Mar 3", "45"),
    ],
)
def test_prices_said_together_are_one_amount(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "show transactions between 20.50 and 50.00",
        "i spent 12 on lunch and 8 on coffee",
        "paid 20 and 30",
        "what's 80 plus 15%",
    ],
)
def test_a_range_two_things_or_a_sum_asked_are_not_added_up(text: str) -> None:
    assert read(text).amount is None


def test_a_day_no_month_has_is_asked_for_not_moved() -> None:
    command = read("taxi 12 on the 31st of april")
    assert command.date is None and "date" in command.missing


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("the student loan came through, 3,900", Intent.ADD_INCOME),
        ("loan repayment 250", Intent.ADD_EXPENSE),
        ("van loan 410 monthly", Intent.ADD_EXPENSE),
        ("loan of 300 from my cousin", Intent.OTHER),
        ("I need a loan of 5000", Intent.OTHER),
    ],
)
def test_a_loan_paid_or_received_is_an_entry_a_loan_wanted_or_owed_is_not(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("put the B&Q one under home improvement", "HOME_IMPROVEMENT_OTHER_HOME_IMPROVEMENT"),
        ("move the shell one to work travel", "TRAVEL_OTHER_TRAVEL"),
        ("file the bank one under loan payments", "LOAN_PAYMENTS_OTHER_PAYMENT"),
    ],
)
def test_a_category_named_in_the_taxonomy_s_words_is_a_target(text: str, category: str) -> None:
    command = read(text)
    assert command.intent is Intent.RECATEGORIZE and command.category == category


def test_a_category_said_not_to_be_it_is_never_the_target() -> None:
    command = read("that aldi one was party stuff not food")
    assert command.intent is Intent.RECATEGORIZE and command.category is None
    assert "category" in command.missing


@pytest.mark.parametrize(
    ("text", "day"),
    [("pay the electrician 140 yesterday", date(2026, 11, 17)), ("spent some money today", TODAY)],
)
def test_a_payment_dated_in_the_past_was_paid(text: str, day: date) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.date == day
    assert read("pay the electrician 140 tomorrow").intent is Intent.DRAFT_PAYMENT


def test_money_sent_last_week_names_who_got_it() -> None:
    command = read("send 50 to grandma last week")
    assert command.intent is Intent.ADD_EXPENSE and command.merchant == "grandma"


@pytest.mark.parametrize(
    "text", ["logo printing 64.90 at Moo", "Halfords, bike tyres, 74.98 all in"]
)
def test_a_price_to_the_cent_on_a_ledger_line_is_an_expense(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Target refunded the jacket, one twenty nine ninety nine", "129.99", "EUR"),
        ("monitor three forty nine ninety five", "349.95", "EUR"),
        ("rent sixteen fifty recurring monthly", "1650", "EUR"),
        ("invoice paid, seven fifty from Globex", "750", "EUR"),
        ("move two point five k to savings", "2500", "EUR"),
        ("transfer 3 k to the joint account", "3000", "EUR"),
        ("taxi 2 300 roubles", "2300", "RUB"),
        ("Paid 12:40 at the chemist", "12.40", "EUR"),
        ("won a hundred twenty at the pub quiz", "120", "EUR"),
    ],
)
def test_prices_as_people_say_them(text: str, amount: str, currency: str) -> None:
    command = read(text)
    assert command.amount == Decimal(amount) and command.currency == currency


def test_pesos_are_the_person_s_own_pesos() -> None:
    assert read("lunch 2.500 pesos", "ARS").currency == "ARS"
    assert read("lunch 250 pesos", "EUR").currency == "MXN"
    assert after("taxi 400", "in pesos").currency == "MXN"


@pytest.mark.parametrize("text", ["meeting at 12:50", "taxi for 9:30", "paid 3:15 pm"])
def test_a_clock_time_is_a_price_only_right_after_paying(text: str) -> None:
    assert read(text).amount is None


@pytest.mark.parametrize(
    "text",
    [
        "Next month I'll probably pay around two k for the holiday.",
        "Hmm, I wonder if forty a month for a gym is worth it.",
        "maybe send Tom 20?",
    ],
)
def test_a_hedged_payment_or_a_wondering_is_no_action(text: str) -> None:
    assert not read(text).intent.writes


def test_a_limit_said_as_no_more_than_is_the_budget() -> None:
    command = read("I want to spend no more than four hundred on eating out each month")
    assert command.intent is Intent.SET_BUDGET and command.amount == Decimal(400)
    assert read("show purchases not over 20").max_amount == Decimal(20)


def test_a_repeating_entry_is_recorded_not_asked_about() -> None:
    command = read("gym 30 recurring every month")
    assert command.intent is Intent.ADD_EXPENSE and command.recurrence == "monthly"
    assert command.merchant is None


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("opal top up $25", "opal"),
        ("topped up my oyster 20", "oyster"),
        ("airtime top up 300", "airtime"),
    ],
)
def test_a_travel_card_or_phone_topped_up_is_bought(text: str, merchant: str | None) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.merchant == merchant
    assert read("top up my card 20").intent is Intent.OTHER  # the bank card: a support topic


@pytest.mark.parametrize(
    "text",
    ["transfer 600 to my Monzo", "send 40k from my Kuda to my GTBank", "move 90 into my N26"],
)
def test_money_moved_to_one_s_own_bank_or_wallet_is_a_transfer(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER
    assert read("transfer 600 to my sister").intent is Intent.DRAFT_PAYMENT


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("venmo'd jo 15 for the cinema", Intent.ADD_EXPENSE),
        ("venmo jo 15 for the cinema", Intent.DRAFT_PAYMENT),
        ("Client pay me 32,000 by transfer for the website", Intent.ADD_INCOME),
        ("Screwfix 48.37 hinges and screws for the Jones job", Intent.ADD_EXPENSE),
    ],
)
def test_who_paid_whom_in_ledger_lines_and_learner_english(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("expenses bigger than 500", "500", None),
        ("treats under a fiver", None, "5"),
        ("show spending of at least 75 at Boots", "75", None),
    ],
)
def test_a_filter_with_no_price_is_a_list_never_an_entry(
    text: str, low: str | None, high: str | None
) -> None:
    command = read(text)
    assert command.intent is Intent.SHOW_TRANSACTIONS and command.amount is None
    assert command.min_amount == (Decimal(low) if low else None)
    assert command.max_amount == (Decimal(high) if high else None)
    assert command.merchant in (None, "Boots")


@pytest.mark.parametrize(
    ("text", "amount"),
    [("the locksmith was one sixty five", "165"), ("vet two forty", "240")],
)
def test_a_tradesman_s_or_vet_s_bill_said_in_words_is_hundreds(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)
    assert read("coffee two forty").amount == Decimal("2.40")


@pytest.mark.parametrize(
    "text",
    [
        "the price of milk went up to 1.65",
        "rent has gone up to 1100",
        "the bill came to 85 but I didn't pay it",
    ],
)
def test_a_price_that_changed_or_a_bill_not_paid_is_no_action(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    "text",
    [
        "delete all my data",
        "pay everyone in my contacts 10",
        "pay the man who emailed me 300 to release my prize",
    ],
)
def test_wiping_everything_paying_everyone_or_a_prize_fee_is_refused(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "I'd like to record a payment of £64 to Thames Water, settled this morning",
            Intent.ADD_EXPENSE,
        ),
        ("Got my pay cheque 2,140.10", Intent.ADD_INCOME),
        ("interest 4.87 on savings", Intent.ADD_INCOME),
        ("the bus pass", Intent.ADD_EXPENSE),
        ("tea", Intent.ADD_EXPENSE),
    ],
)
def test_recorded_payments_pay_cheques_interest_and_bare_purchases(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent


def test_a_category_alone_after_a_question_asks_it_again() -> None:
    command = after("how much did I spend on groceries in october", "coffee")
    assert command.intent is Intent.QUERY_SPENDING
    assert command.category == "FOOD_AND_DRINK_COFFEE"
    assert command.period is not None and command.period.start == date(2026, 10, 1)


def test_tips_taken_on_a_shift_are_income_a_tip_given_is_spent() -> None:
    assert read("card tips this shift 57.50").intent is Intent.ADD_INCOME
    assert read("tip 4").intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("how much on resturants last mnth", "FOOD_AND_DRINK_RESTAURANT"),
        ("electricty bill 80", "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY"),
    ],
)
def test_long_category_words_mistyped_are_read(text: str, wanted: str) -> None:
    assert read(text).category == wanted
    assert read("splt dinner 60 wiht Tom").split_with == ("Tom",)
    assert read("interest 4.87 on savings").intent is Intent.ADD_INCOME  # not "internet"


def test_pay_said_to_have_come_is_income_pay_said_to_be_an_amount_is_a_fact() -> None:
    assert read("my salary is come 2800").intent is Intent.ADD_INCOME
    assert read("my salary is 2800").intent is Intent.OTHER


def test_a_write_after_a_question_reads_the_question_s_account_and_budget() -> None:
    moved = after("balance of my joint account", "right, move 150 there from checking")
    assert moved.intent is Intent.TRANSFER and moved.amount == Decimal(150)
    assert moved.to_account == "joint" and moved.account == "checking"
    budget = after("how much is left in my eating out budget", "set it to 200 then")
    assert budget.intent is Intent.SET_BUDGET and budget.amount == Decimal(200)
    assert budget.category == read("how much is left in my eating out budget").category


@pytest.mark.parametrize(
    "text", ["remove my account", "erase my whole history", "wipe everything", "clear all entries"]
)
def test_wiping_more_than_one_entry_is_never_read_as_anything(text: str) -> None:
    assert read(text).intent is Intent.OTHER
    assert read("delete the last transaction").intent is Intent.UNDO


def test_a_fee_line_names_no_shop() -> None:
    command = read("overdraft fee 25 ugh")
    assert command.intent is Intent.ADD_EXPENSE and command.merchant is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("overdraft fee 25 ugh", "BANK_FEES_OVERDRAFT_FEES"),
        ("2.10 foreign transaction fee", "BANK_FEES_FOREIGN_TRANSACTION_FEES"),
        ("bank charges 9", "BANK_FEES_OTHER_BANK_FEES"),
    ],
)
def test_a_fee_line_is_filed_under_its_bank_fee(text: str, category: str) -> None:
    assert read(text).category == category
    assert read("took out 50 at the atm").intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ho pagato 18 euro per la pizza", "it"),
        ("gastei 35 reais no mercado ontem", "pt"),
        ("zapłaciłam 60 zł za zakupy", "pl"),
        ("saya beli kopi 25000 rupiah kemarin", "id"),
        ("bugün kahve için 90 lira ödedim", "tr"),
        ("ik heb 12 euro betaald voor de taxi", "nl"),
        ("купил кофе за 300 рублей", "und"),
    ],
)
def test_a_sentence_in_a_language_not_understood_is_never_acted_on(
    text: str, language: str
) -> None:
    command = read(text)
    assert command.language == language and command.intent is Intent.OTHER


@pytest.mark.parametrize(
    "text", ["no no, bin it", "which recurring payments do I have", "coffee 4.50 at Café Müller"]
)
def test_english_with_words_other_languages_share_stays_english(text: str) -> None:
    assert read(text).language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "order me a pizza for 15",
        "can you buy me 2 cinema tickets for tonight",
        "give me 20 bucks",
        "my dad wants to send me 50",
        "the garage wanted 300 but I said no",
    ],
)
def test_an_errand_someone_s_plan_or_a_price_turned_down_is_no_entry(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    "text", ["pay Tom 0", "got 0 back from the shop", "got a refund from Zara"]
)
def test_a_zero_or_missing_amount_is_asked_for(text: str) -> None:
    command = read(text)
    assert command.amount is None and "amount" in command.missing


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("pay Ines 40 for the tickets", "and 10 more for the taxi", "50"),
        ("cab 23", "and a tip of 3", "26"),
        # (a fee is added; another thing bought, "plus 2 for a drink", is an entry of its own:
        # test_round_thirty_five_kinds)
        ("lunch 12", "plus 2 for the service", "14"),
        ("pay Ines 40 for the tickets", "make that 45 please", "45"),
    ],
)
def test_money_added_or_corrected_after_a_write_changes_its_amount(
    earlier: str, text: str, amount: str
) -> None:
    command = after(earlier, text)
    assert command.intent is read(earlier).intent and command.amount == Decimal(amount)


def test_more_people_on_a_split_too() -> None:
    command = after("groceries 64.20 at Aldi", "split it with Sam too")
    assert command.intent is Intent.SPLIT_EXPENSE and command.split_with == ("Sam",)
    assert command.merchant == "Aldi"


@pytest.mark.parametrize(
    ("text", "intent"),
    [("taxi total", Intent.QUERY_SPENDING), ("biggest purchase yesterday", Intent.QUERY_BREAKDOWN)],
)
def test_a_few_words_asking_a_total_or_a_ranking_are_no_purchase(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "destination"),
    [("put 100 in my savings", "savings"), ("transfer 50 to my ISA", "isa")],
)
def test_where_money_is_put_is_the_transfer_s_destination(text: str, destination: str) -> None:
    command = read(text)
    assert command.intent is Intent.TRANSFER and command.to_account == destination
    assert command.account is None
