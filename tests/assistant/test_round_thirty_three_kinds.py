"""Kinds of readings met in the thirty-third round, each written here in sentences of our own.

- An expense shared after all, said with its own figure or thing again: "split the 35 with
  him" after a taxi of 35, "actually split that 120 with my brother, it was for dad's
  present" after the present. A figure of its own is still an entry of its own.
  The one a pronoun shares it with is the one named there too: "split the 35 with him, Marek
  was in the car too" is with Marek (it had asked who).
- People counted after someone who came too: "oh Priya came too, so 4 of us", "Leo was in
  the cab as well, that makes 3 of us", "so 5 of us": the bill before, shared that many
  ways. "N of us" is never money, alone or not.
- A change of mind before the new figure: "On reflection, make it 900", "come to think of
  it, 150", "who am I kidding, 400"; the figure just said judged too small or too big,
  then the new one: "hmm 200 is too little for me. 300", "500 is way too much, 350".
- Money talk never written: hours the person worked with no pay said ("worked 30 hrs this
  week at 12.40/hr, knackered"; "worked 6 hours at 15 an hour, got paid today" is pay, "the
  painter worked 5 hours, 200" paid to him); a price someone else said, nothing paid ("the
  man at the stall said the scarf was ten euros, I said six"; "the cashier said it was
  9.80 so I paid" is paid); "leave it" said last ("ah it's the gym, 29.99. fine, leave
  it"; "send 40 to Rosa, leave it ready" is still prepared).
- A budget's limit is never a sum of the figures said: "petrol budget 180 a month, been
  doing 240" is 180 (it had been 420).
- A deal after how many were taken, however the offer is named: "grabbed 8 yogurts, promo
  4 for 5" is 10, "bought 6 beers (on offer 3 for 7)" 14.
- The price of a measure after so many of that measure: "3 dozen eggs at 2.80 a dozen" is
  8.40 (it had been talk), "a dozen rolls at 3 a dozen" 3, "half a dozen eggs at 3 a
  dozen" 1.50; "eggs are 4 a dozen" is still a price seen. Its parts too: "750g of
  cheese at 18/kg" is 13.50, "200 g salami at 30 per kg" 6, "half a kilo of cherries at 12
  a kilo" 6 (each had been talk); "cherries are 12 a kilo" is still a price seen.
- "+" between a price and a word adds to the price, never bounds a filter: "dinner 42 +
  tip" is an expense (it had been a list of transactions over 42); "show me transactions
  100+" is still one. A sum said last after a price with its sign is what was paid or
  given back: "$18 + tip so 21" is 21.
- The shop of a terse entry when a thing is named first: "yoghurt 1.20 Aldi" is at Aldi (it
  had been at "yoghurt"), "returned the lamp to Argos, 25 back" at Argos; never a size
  ("ordered M") nor a shouted word, never a unit ("olive oil 500ml 6.40" is at no "ml"),
  nor a price's tax ("desk 240 ex VAT", "lunch 14 incl. tip").
- A payee's bank details are never part of the name: "pay 640 to Berg Properties IBAN
  DE89…" is to Berg Properties (it had been "Berg Properties IBAN").
- Money moved to one's own savings, however it is said: to a plural's own ("to the
  kids' RESP", it had been a payment), with how the figure was worked out after it
  ("moved 400 to savings, that's 15% of my pay", it had been talk); pay that came in
  with what was taken off ("Salary came today, 2.310,40 € after the taxes", it had been
  an expense). A payment asked for after a transfer is a payment of its own ("also get a
  payment ready for the gas board, 88.10").
- People or things counted before a price for each: "a pair of tickets, 45 each" is 90,
  "tickets for me and Sam, 30 each" 60 (each had been one price).
- The card dropped by a refusal without its object, or with the reason run on: "please do
  not record", "Ah, work will pay this one. Please do not record.", "no wait dont do it
  the landlord hasnt paid yet" (each had been left on screen as talk).
- More money put on the payment just prepared, what it is said before the money: "Please
  add the late fee of Fr. 15.– to that payment" (it had been talk), "add the reminder fee
  of 20 to that payment" (it had been an expense of 20).
- Entries of a kind asked to be seen with an opener: "okay list the dining ones".
- The Swiss franc's sign as the Swiss write it, "Fr. 15.–" or "SFr. 20", is francs for
  anyone (it had been the home currency); money in another currency put on the payment
  before in so many words is asked, never added nor taken as the payment's new amount
  ("add 15 dollars to that payment" after a payment in euros).
- Money raised for a cause is nobody's income ("we raised 2,400 for the school at the bake
  sale"); a bill shared or a thing bought in a coming season, nothing paid yet, is a plan
  ("splitting rent 1800 three ways next year"; "train ticket 49 for my trip next week" is
  still bought).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from lingassist.assistant.intent_words import HOURS_WORKED_UNPAID
from tests.assistant.reading import after, read


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("taxi to the station 35", "split the 35 with him, Marek was in the car too", "35"),
        (
            "present for dad 120",
            "actually split that 120 with my brother, it was for dad's present",
            "120",
        ),
        ("cab home 28", "oh Leo was in the cab too, split it with Leo would ya", "28"),
    ],
)
def test_an_expense_shared_after_all_with_its_own_figure_again(
    earlier: str, text: str, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal(amount)), text


def test_the_one_a_pronoun_shares_with_is_the_one_named_there_too() -> None:
    command = after("taxi to the station 35", "split the 35 with him, Marek was in the car too")
    assert command.split_with == ("Marek",)


def test_a_figure_of_its_own_is_still_an_entry_of_its_own() -> None:
    command = after("taxi to the station 35", "lunch 18 split with Marek")
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal("18"))
    assert command.category != read("taxi to the station 35").category


@pytest.mark.parametrize(
    ("earlier", "text", "ways"),
    [
        ("pizza 48 split with Ana and Ben", "oh Priya came too, so 4 of us", 4),
        ("cab 36 with Jo, splitting two ways", "Leo was in the cab as well, that makes 3 of us", 3),
        ("dinner 150 split with Sam", "so 5 of us", 5),
    ],
)
def test_people_counted_after_someone_who_came_too(earlier: str, text: str, ways: int) -> None:
    command = after(earlier, text)
    assert command.intent is Intent.SPLIT_EXPENSE
    assert command.amount == read(earlier).amount
    assert command.split_ways == ways


@pytest.mark.parametrize("text", ["so 4 of us", "it was the 3 of us"])
def test_people_counted_are_never_money(text: str) -> None:
    assert read(text).amount is None


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("set a budget of 800 for travel this year", "On reflection, make it 900", "900"),
        ("groceries budget 120 a month", "come to think of it, 150", "150"),
        ("budget 300 a month for eating out", "who am I kidding, 400", "400"),
        ("budget for coffee 200 every month", "hmm 200 is too little for me. 300", "300"),
        ("send Jonas 500 for the rent", "500 is way too much, 350", "350"),
    ],
)
def test_a_change_of_mind_before_the_new_figure(earlier: str, text: str, amount: str) -> None:
    first = read(earlier)
    command = after(earlier, text)
    assert (command.intent, command.amount) == (first.intent, Decimal(amount)), text


@pytest.mark.parametrize("text", ["On reflection, 900", "who am I kidding, 400"])
def test_a_change_of_mind_with_nothing_before_records_nothing(text: str) -> None:
    assert not read(text).is_action


@pytest.mark.parametrize(
    "text",
    [
        "worked 30 hrs this week at 12.40/hr, knackered",
        "I did 9 hours at 13 an hour today",
        "the man at the stall said the scarf was ten euros, I said six and he walked off",
        "taxi driver said it's 30 to the airport",
        "ah it's the gym, 29.99. fine, leave it",
        "spotify 10.99, leave it",
    ],
)
def test_money_talk_is_never_written(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("worked 6 hours at 15 an hour, got paid today", Intent.ADD_INCOME, "90"),
        ("the painter worked 5 hours, 200", Intent.ADD_EXPENSE, "200"),
        ("the cashier said it was 9.80 so I paid", Intent.ADD_EXPENSE, "9.80"),
        ("send 40 to Rosa for the tickets, leave it ready", Intent.DRAFT_PAYMENT, "40"),
    ],
)
def test_money_paid_beside_the_same_words_is_still_written(
    text: str, intent: Intent, amount: str
) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("petrol budget 180 a month, been doing 240", "180"),
        ("set my eating out budget to 150, last month was 260", "150"),
    ],
)
def test_a_budgets_limit_is_never_a_sum(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("grabbed 8 yogurts, promo 4 for 5", "10"),
        ("bought 6 beers (on offer 3 for 7)", "14"),
        ("3 dozen eggs at 2.80 a dozen", "8.40"),
        ("a dozen rolls at 3 a dozen", "3"),
        ("half a dozen eggs at 3 a dozen", "1.50"),
        ("750g of cheese at 18/kg", "13.50"),
        ("200 g salami at 30 per kg", "6"),
        ("half a kilo of cherries at 12 a kilo", "6"),
    ],
)
def test_so_many_at_the_price_of_some(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize("text", ["eggs are 4 a dozen", "cherries are 12 a kilo"])
def test_a_price_of_a_measure_alone_is_still_a_price_seen(text: str) -> None:
    assert not read(text).is_action


@pytest.mark.parametrize("text", ["dinner 42 + tip", "taxi 30 + toll"])
def test_a_plus_before_a_word_adds_to_the_price(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE, text
    assert command.min_amount is None


def test_a_plus_after_a_number_alone_still_bounds_a_filter() -> None:
    command = read("show me transactions 100+")
    assert (command.intent, command.min_amount) == (Intent.SHOW_TRANSACTIONS, Decimal("100"))


def test_a_sum_said_last_after_a_price_with_its_sign() -> None:
    assert read("lunch $18 + tip so 21").amount == Decimal("21")


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("yoghurt 1.20 Aldi", "Aldi"),
        ("returned the lamp to Argos, 25 back", "Argos"),
        ("socks 9 Primark", "Primark"),
        ("uniqlo refund 29.90 wrong size (ordered M, need L)", "uniqlo"),
        ("tesco 64.10 big shop, the kids ate EVERYTHING again", "tesco"),
    ],
)
def test_the_shop_of_a_terse_entry(text: str, merchant: str) -> None:
    assert read(text).merchant == merchant, text


@pytest.mark.parametrize(
    ("text", "not_a_shop"),
    [("olive oil 500ml 6.40", "ml"), ("desk 240 ex VAT", "VAT"), ("lunch 14 incl. tip", "incl")],
)
def test_a_unit_or_a_tax_is_no_shop(text: str, not_a_shop: str) -> None:
    assert not_a_shop not in (read(text).merchant or ""), text


def test_a_payees_bank_details_are_not_the_name() -> None:
    command = read("pay 640 to Berg Properties IBAN DE89370400440532013000")
    assert (command.intent, command.payee) == (Intent.DRAFT_PAYMENT, "Berg Properties")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("transfer 300 to the kids' RESP", Intent.TRANSFER, "300"),
        ("moved 400 to savings, that's 15% of my pay", Intent.TRANSFER, "400"),
        ("Salary came today, 2.310,40 € after the taxes", Intent.ADD_INCOME, "2310.40"),
    ],
)
def test_money_moved_or_received_however_it_is_said(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


def test_a_payment_asked_after_a_transfer_is_its_own() -> None:
    command = after(
        "transfer 300 to the kids' RESP", "also get a payment ready for the gas board, 88.10"
    )
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal("88.10"))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("a pair of tickets, 45 each", "90"),
        ("tickets for me and Sam, 30 each", "60"),
        ("lunch for Ana, Bo and me: 12 each", "36"),
    ],
)
def test_counted_before_a_price_for_each(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


def test_a_pair_bought_for_a_price_is_that_price() -> None:
    assert read("a pair of jeans 45").amount == Decimal("45")


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("dinner 64 at Nando's", "please do not record"),
        ("taxi 30 split with Ana", "Ah, work will pay this one. Please do not record."),
        ("move 400 to savings", "no wait dont do it the landlord hasnt paid yet"),
    ],
)
def test_the_card_dropped_by_a_refusal(earlier: str, text: str) -> None:
    assert after(earlier, text).intent is Intent.CANCEL, text


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("pay the garage Fr. 240", "Please add the late fee of Fr. 15.– to that payment", "255"),
        ("pay the garage 240", "add the reminder fee of 20 to that payment", "260"),
    ],
)
def test_more_money_on_the_payment_just_prepared(earlier: str, text: str, amount: str) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(amount)), text


def test_entries_of_a_kind_asked_with_an_opener() -> None:
    command = after("which category did I spend the most on in May", "okay list the dining ones")
    assert command.intent is Intent.SHOW_TRANSACTIONS
    assert command.category is not None


@pytest.mark.parametrize(
    ("text", "amount"), [("late fee Fr. 15.–", "15"), ("SFr. 20 parking", "20")]
)
def test_the_swiss_francs_sign(text: str, amount: str) -> None:
    command = read(text)
    assert (command.amount, command.currency) == (Decimal(amount), "CHF"), text


@pytest.mark.parametrize(
    "text",
    ["add 15 dollars to that payment", "Please add the late fee of Fr. 15.– to that payment"],
)
def test_money_in_another_currency_on_the_payment_before_is_asked(text: str) -> None:
    command = after("pay the garage 240", text)
    assert not command.is_action, text


@pytest.mark.parametrize(
    "text",
    [
        "we raised 2,400 for the school at the bake sale",
        "I raised 300 for cancer research",
        "splitting rent 1800 three ways next year",
        "new phone 800 next month",
    ],
)
def test_money_not_the_persons_or_not_yet_paid(text: str) -> None:
    assert not read(text).is_action, text


def test_more_money_to_the_bill_before_that_had_no_amount_fills_it() -> None:
    command = after("lunch", "add 5 to that bill")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("5"))


def test_hours_done_are_work_only_at_an_hourly_rate() -> None:
    assert HOURS_WORKED_UNPAID.search("did 8 hours at 14 an hour today")
    assert not HOURS_WORKED_UNPAID.search("did 2 hours of climbing, class 15")


def test_a_thing_bought_now_for_later_is_still_bought() -> None:
    command = read("train ticket 49 for my trip next week")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("49"))
