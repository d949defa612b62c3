"""The kinds of language of the tenth round (each sentence written for these tests, none
from a dev set), each beside the same words said of the person's own money:

- money talk that is not the person's entry: money asked of someone for the person, idioms
  of paying, a habit still to start, "budget" said of a cheap kind of thing, an account or
  card shut by its bank, someone else's pay, a price someone said, a year long ago said in
  words, a note to self, someone else's payment to come, counts of followers or likes, the
  future told in the present, a cash machine that gave too little;
- entries: a clause that starts with its verb, a term deposit, a currency sign after its
  number, a wallet topped up, the past told in the present, a split said not to be one,
  cash taken out with its reason;
- amounts: "billion", a figure like a year said as money, thousands grouped by a space, the
  amount said to be written among several."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse
from lingassist.assistant.numbers import find_amounts

TODAY = date(2026, 11, 18)  # a Wednesday


def read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency="USD")


@pytest.mark.parametrize(
    "text",
    [
        # money asked of someone for the person
        "send me 5 million pounds right now",
        "can someone lend me 50 quid lol",
        "dad send me 20 for the bus pls",
        "pls venmo me 15 for the pizza",
        # idioms of paying
        "paid attention in the meeting for once",
        "I paid a visit to my gran yesterday",
        # a habit still to start
        "need to start putting 100 a week aside",
        "gotta start moving 50 a week into savings",
        # "budget" said of a cheap kind of thing
        "budget airlines always want 30 for a bag",
        "the budget supermarkets have milk at 1.10",
        # an account or card shut by its bank or app
        "paypal froze my account after i sent 300",
        "my card got blocked after I paid 80 at the airport",
        # someone else's pay, or money given to someone else by someone else
        "Sam's bonus was 2k this year",
        "my husband's salary went up to 45k",
        "her boss gave her 200 for Christmas",
    ],
)
def test_money_talk_that_is_not_the_persons_entry(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # the household's pay arrived, a budget set, a move asked, money the person was sent
        ("my wife's salary went in today, 2,310", Intent.ADD_INCOME, "2310"),
        ("set a travel budget of 2000 for the trip", Intent.SET_BUDGET, "2000"),
        ("move 200 into savings", Intent.TRANSFER, "200"),
        ("my brother send me 50 yesterday for the tickets", Intent.ADD_INCOME, "50"),
        ("I gave her 20 for the babysitting", Intent.ADD_EXPENSE, "20"),
    ],
)
def test_the_same_words_in_the_persons_own_entries(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.5 billion", "1500000000"),
        ("2 billion dollars", "2000000000"),
        ("3 billions", "3000000000"),
    ],
)
def test_billion_is_a_scale(text: str, value: str) -> None:
    assert [a.value for a in find_amounts(text)] == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # a figure like a year, where money is said
        ("set a budget of 2000 for travel", Intent.SET_BUDGET, "2000"),
        ("sold my old car for 2000 yesterday", Intent.ADD_INCOME, "2000"),
        ("bought a used bike for 1950", Intent.ADD_EXPENSE, "1950"),
    ],
)
def test_a_figure_like_a_year_said_as_money(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    ["show me what I bought for 2025", "spending breakdown of 2025", "what did I spend in 2024"],
)
def test_a_year_asked_about_stays_a_year(text: str) -> None:
    command = read(text)
    assert command.amount is None and command.period is not None, text
    assert command.period.start.month == 1 and command.period.end.month == 12, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # a clause that starts with its verb is the person's, whoever it names after
        ("drove dad to the hospital and paid 12 for parking", Intent.ADD_EXPENSE, "12"),
        ("took my nan to the garden centre and paid 38 for a rose bush", Intent.ADD_EXPENSE, "38"),
        # a term or fixed deposit is an account of the person's
        ("move 5,000 into the term deposit", Intent.TRANSFER, "5000"),
        ("put 2000 in the fixed deposit", Intent.TRANSFER, "2000"),
    ],
)
def test_the_persons_own_clause_and_own_account(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    ["my brother came over and paid 40 for the pizza", "the kids went to the fair and spent 30"],
)
def test_a_clause_with_someone_elses_subject_stays_theirs(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # a currency sign after its number, as much of Europe writes it
        ("took out 50 € cash at the ATM", Intent.TRANSFER, "50"),
        ("withdrew 40€ at the cash machine", Intent.TRANSFER, "40"),
        # topping up one's own wallet with the amount said straight after
        ("top up Revolut 80 € from my Sparkasse account", Intent.TRANSFER, "80"),
        ("top up my Monzo 25", Intent.TRANSFER, "25"),
    ],
)
def test_a_sign_after_the_number_and_a_wallet_topped_up(
    text: str, intent: Intent, amount: str
) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


def test_topping_up_asked_about_stays_a_question() -> None:
    assert not read("how do I top up my revolut").intent.writes


@pytest.mark.parametrize(
    "text",
    [
        # a price someone said, with no job to fix named
        "the woman at the salon said it's forty for a trim on weekdays",
        "the guy at the market says it's only 3 for a dozen eggs",
        # a year said in words, long ago
        "we bought our first car back in nineteen ninety eight for about four grand",
        "I paid 200 for that guitar in two thousand and ten",
        # a note to self for later
        "note to self pick up the dry cleaning tomorrow it's about 14 quid",
        # someone else will pay
        "the insurance company will pay the 800 for the bumper",
        "work's going to cover the 300 for the hotel",
        # counts that are not money
        "a hundred and twelve followers on the shop page now",
        "got 540 likes on my post",
    ],
)
def test_spoken_look_alikes_are_not_entries(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("my paycheck came in two thousand one hundred and eighty", Intent.ADD_INCOME, "2180"),
        ("note to self: spent 12 on cat litter", Intent.ADD_EXPENSE, "12"),
        ("she said it's 20 so I paid it", Intent.ADD_EXPENSE, "20"),
        ("pay Tom 20, he'll cover the rest", Intent.DRAFT_PAYMENT, "20"),
    ],
)
def test_the_same_words_said_of_the_persons_own_money(
    text: str, intent: Intent, amount: str
) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # thousands grouped by a space after a currency sign, or after the day said
        ("boerewors and chops R1 200, splitting with Sipho", "1200"),
        ("€1 350 for the new boiler", "1350"),
        ("paid the builder yesterday 2 400", "2400"),
        # not a group: two digits after the sign are cents said
        ("€7 50 for lunch", "7.50"),
    ],
)
def test_thousands_grouped_by_a_space(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the past told in the present, as many learners of English tell it
        ("This morning I buy bread and milk in Lidl, the total is 6,40", "6.40"),
        ("I buy shoes for my son yesterday in Clarks, is 42 pounds", "42"),
        ("Today I eat in the canteen, the menu is 7,50 €", "7.50"),
    ],
)
def test_the_past_told_in_the_present_is_an_entry(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        "Tomorrow I buy the train ticket, is 35 euro",
        "I pay the rent next week, is 650",
        "The menu is 7,50 € today",
        "Today the price of petrol is 1,89",
    ],
)
def test_the_future_told_in_the_present_or_a_price_is_not(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # a split said not to be one
        ("dinner for the two of us 84.50, I'm not splitting it", Intent.ADD_EXPENSE, "84.50"),
        ("pizzas for the team 62, not splitting, my shout", Intent.ADD_EXPENSE, "62"),
        ("I paid the whole bill 90, Tom owes me half", Intent.SPLIT_EXPENSE, "90"),
        # cash from a machine, told with a reason
        (
            "Withdrew 300 cash from the ATM near work, the plumber wants cash only",
            Intent.TRANSFER,
            "300",
        ),
        # thousands grouped by a space before "cash" or "after"
        ("sold the old fridge for R1 800 cash", Intent.ADD_INCOME, "1800"),
    ],
)
def test_splits_denied_cash_told_and_grouped_thousands(
    text: str, intent: Intent, amount: str
) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


def test_a_cash_machine_that_gave_too_little_is_no_withdrawal() -> None:
    assert not read("took 60 out at the atm but it only gave me 40").intent.writes


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Won 75 on a scratch card, spent 5 on the cards, log the 75", "75"),
        ("taxi 30 and 12 for the tip, record 42", "42"),
        ("paid for parking, the sign said 4 but it was 3.60", "3.60"),
    ],
)
def test_the_amount_said_to_be_written_among_several(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    "text",
    ["Renewed my Adobe subscription, $59.99 a month", "signed up to Disney+ 7.99/mo today"],
)
def test_a_subscription_taken_with_its_price_is_an_entry_that_repeats(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.recurrence == "monthly", text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # amounts said in words read as they would typed in digits
        ("took out two hundred dollars cash at the atm", Intent.TRANSFER, "200"),
        ("withdrew eighty quid from the cash machine for the market", Intent.TRANSFER, "80"),
        ("sold my old bike on ebay for a hundred and thirty", Intent.ADD_INCOME, "130"),
    ],
)
def test_amounts_in_words_read_like_digits(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        "we paid six hundred for our honeymoon in nineteen seventy nine",
        "I bought a house in two thousand and four for a hundred and ninety thousand",
    ],
)
def test_a_year_in_words_is_not_turned_into_money(text: str) -> None:
    assert not read(text).intent.writes, text
