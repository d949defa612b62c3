"""Kinds of readings met in the thirty-fifth round, each written here in sentences of our own.

- More people on a split just made, with why or how many said after them: "also add Ines,
  she joined late", "and Marta too, she had the dessert", "add Jo too, 4 ways", "Bea came
  as well, so three people", "add Kim to that split" (each had been talk, or a new split
  at a shop "Kim"); a count that does not match the names asks ("add Jo too, 6 ways"), and
  what they paid is another story ("and Tom too, he paid the tip").
- A new figure after the old one judged: "better make it 90" (it had been an expense, or
  talk with a reason after it), "40,000 is not enough. Please 60,000." (it had been an
  expense at a shop "enough"), "better 320. 300 isn't realistic" (it had kept 300).
- The whole said first, then its parts adding up to it: "paid the gardener 95, that's 80
  for the hedge and 15 for the tip", "need to pay Lena the electrician 230 – she said 200
  for the work and 30 for the parts", "120 for the cleaning, 100 + 20 for the bus" (each
  had been a sum of all, or talk); a list whose first price happens to equal the rest is
  still a list ("tea 6, cake 4 and juice 2" is 12).
- Money of one's own come back: "got the 400 deposit back from the campsite, minus 60 for
  the cleaning, so 340 in the end", "got my 150 deposit back minus 20" (each had been talk).
- A tip left beside the bill: "lunch 26, left a 4 euro tip" is 30 (it had been 4), "dinner
  31.50 and I left 3 on the table" 34.50 (it had asked).
- Money added at another shop after an entry is an entry of its own: "plus 23 at Boots"
  after Sainsbury's 58.20 is 23 at Boots (it had been 81.20 at Sainsbury's); "plus 3 for a
  bag" is still added.
- A ledger line whose figure is mended at once, an explanation after: "lidl 28.. no wait
  82.40 the ink ran", "chemist 19,90 – nein, 91,90 €, I mixed up the digits", "fish
  market 560, ah no 650 — prawns and squid" (each had been talk).
- A count with a sign of times and who the others were for: "x3 actually, got one for each
  of the kids" (it had asked), "times two, one for my sister".
- A thing and its price added after an entry: "+ a brownie 2.80", "plus a scone for 3";
  "also the wine 30, add it to the total", "also dessert 1,200 yen. Please make total."
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, read


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("also add Ines, she joined late", ("Ruth", "Omar", "Ines")),
        ("and Marta too, she had the dessert", ("Ruth", "Omar", "Marta")),
        ("add Jo too, 4 ways", ("Ruth", "Omar", "Jo")),
        ("Bea came as well, so four people", ("Ruth", "Omar", "Bea")),
        ("add Kim to that split", ("Ruth", "Omar", "Kim")),
        ("oh and Sam joined us", ("Ruth", "Omar", "Sam")),
    ],
)
def test_more_people_on_the_split_just_made(text: str, people: tuple[str, ...]) -> None:
    command = after("split dinner 84 with Ruth and Omar", text)
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal(84)), text
    assert command.split_with == people, text


@pytest.mark.parametrize(
    "text", ["add Jo too, 6 ways", "and Tom too, he paid the tip", "Sam was there"]
)
def test_more_people_counted_otherwise_or_paying_are_not_added(text: str) -> None:
    command = after("split dinner 84 with Ruth and Omar", text)
    assert command.intent is Intent.OTHER or command.split_with == ("Ruth", "Omar"), text


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        ("move 60 to the holiday pot", "better make it 90, flights went up", Intent.TRANSFER, "90"),
        ("coffee 3", "better make it 5", Intent.ADD_EXPENSE, "5"),
        (
            "move 40,000 yen to savings",
            "Sorry, 40,000 is not enough. Please 60,000.",
            Intent.TRANSFER,
            "60000",
        ),
        (
            "set a groceries budget of 300 a month",
            "hmm, better 320. 300 isn't realistic with the kids home",
            Intent.SET_BUDGET,
            "320",
        ),
    ],
)
def test_a_new_figure_after_the_old_one_judged(
    earlier: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text
    assert command.merchant is None or command.merchant.lower() != "enough", text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "paid the gardener 95, that's 80 for the hedge and 15 for the tip",
            Intent.ADD_EXPENSE,
            "95",
        ),
        (
            "need to pay Lena the electrician 230 – she said 200 for the work and 30 for the parts",
            Intent.DRAFT_PAYMENT,
            "230",
        ),
        (
            "pay the cleaner Rosa 120 for the cleaning, 100 + 20 for the bus",
            Intent.DRAFT_PAYMENT,
            "120",
        ),
        ("tea 6, cake 4 and juice 2", Intent.ADD_EXPENSE, "12"),
    ],
)
def test_the_whole_said_first_then_its_parts(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "got the 400 deposit back from the campsite, minus 60 for the cleaning, "
            "so 340 in the end",
            "340",
        ),
        ("got my 150 deposit back minus 20", "130"),
    ],
)
def test_money_of_ones_own_come_back(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_REFUND, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [("lunch 26, left a 4 euro tip", "30"), ("dinner 31.50 and I left 3 on the table", "34.50")],
)
def test_a_tip_left_beside_the_bill(text: str, amount: str) -> None:
    command = read(text, "EUR")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount", "merchant"),
    [
        ("plus 23 at Boots", "23", "Boots"),
        ("+ 9.50 at the bakery on Hill Street", "9.50", None),
        ("plus 3 for a bag", "61.20", "Sainsbury's"),
    ],
)
def test_money_added_at_another_shop_is_an_entry_of_its_own(
    text: str, amount: str, merchant: str | None
) -> None:
    command = after("Sainsbury's 58.20", text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text
    if merchant is not None:
        assert command.merchant == merchant, text
    assert command.merchant != "Sainsbury's" or amount == "61.20", text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("lidl 28.. no wait 82.40 the ink ran", "82.40"),
        ("chemist 19,90 – nein, 91,90 €, I mixed up the digits", "91.90"),
        ("fish market 560, ah no 650 — prawns and squid", "650"),
        ("noodles 900, wait its 950 with the extra egg", "950"),
    ],
)
def test_a_ledger_line_mended_at_once(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        "bus 12 no wait 14 is the one to town",
        "gate 12, no 14, boarding now",
        "my score 80 no wait 85",
    ],
)
def test_numbers_mended_that_are_no_money_stay_talk(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("x3 actually, got one for each of the kids", "7.50"),
        ("times two, one for my sister", "5.00"),
    ],
)
def test_a_count_with_who_the_others_were_for(text: str, amount: str) -> None:
    command = after("croissant 2.50", text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("costa flat white 3.40", "+ a brownie 2.80", "6.20"),
        ("costa flat white 3.40", "plus a scone for 3", "6.40"),
        ("dinner at Nando's 64", "also the wine 30, add it to the total", "94"),
        ("dinner at Ichiran 2,400 yen", "also dessert 1,200 yen. Please make total.", "3600"),
    ],
)
def test_a_thing_and_its_price_added_after_an_entry(earlier: str, text: str, amount: str) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text
