"""Kinds of readings met in the thirty-fourth round, each written here in sentences of our own.

- "no 45" opening a message answers the one before: the figure was another (it had been
  read as "number 45", and the card was dropped as a refusal). "invoice no 4471" and "shoe
  size no 9" still number a thing.
- A figure told again with a correction's word after it: "350 actually", "90 sorry", "12
  not 10" after a write are its new amount (they had been new expenses, at a shop "not").
- A tip told after the bill is added to it: "with a 6 tip", "plus a tip of 4", "I tipped 3
  too", "left a 5 tip", "the tip was 2 extra" (each had been an expense of the tip alone).
- The count alone with a sign of times after an entry: "x3", "×2", "times 2" (they had been
  talk or an expense of 2).
- A number word glued to digits is part of a name: "7eleven 4.50" is 4.50 (it had asked
  between 11 and 4.50).
- Per month, week or year written short and glued: "gym 42pm", "room rent 600pcm", "cleaner 55pw"
  (they had been talk or no repetition); "meet at 5pm" is still an hour.
- A shopping trip said in teens and tens is never thousands: "groceries sixteen ninety-nine"
  is 16.99 (it had been 1,699); "rent thirteen fifty" is still 1,350.
- A hesitation between two figures, or the second settled on after a pause: "cab eighteen,
  er, twenty" is 20 and "cab 18, well 20 really" 20 (each had been 38), "cab 18.. 20
  actually" 20 (it had asked). A figure wondered about after the first and then settled:
  "lunch 32 or was it 23, 23 I think" is 23 (it had been talk).
- The words of a correction are no shop: "cab 18 - scratch that - 20", "18, correction
  20", "18 or rather 20", "20 not 18"; nor a pronoun run into its verb ("drinks with Ola
  40, she'll pay me back half").
- Hours at a rate with a sign of times: "paid the gardener 4h x 13" is 52 (it had been 13).
- A budget's limit changed with an arrow: "eating out budget 150 → 180", "-> 180", "=> 180"
  set 180 (it had been talk, and "->" a filter "over 180"); a price with an arrow is still
  news ("spotify 10.99 → 11.99 ugh").
- Money talk never written: one person paid for a whole group ("jo paid 96 for pizza for
  everyone"; "paid 96 for pizza for everyone" is the person's own); a game's score or a
  test's mark ("bowled a 165 last night", "got 7.5 on my IELTS"); a claim or an expense
  report put in, nothing paid out yet ("expense report submitted, 212.40"; "vet 60, claim
  submitted" still records the 60).
- People said by who they are before a price for each: "passes for my wife and me, 52
  each" is 104, "lunch for my mum and dad, 18 each" 36, "gave my son and daughter 10 each"
  20 (each had been one price).
- So many things "a" a whole price with its currency, as a learner writes "at": "3 spritz
  a 8 euro" is 24 (it had been 8); without the currency, a whole price is still not read so.
- The sum handed over when the rest was left: "taxi 18.40 on the meter, gave him 20 and told
  him to keep the rest" is 20 (it had asked); "handed over 30" is no filter "over 30".
- Paid now beside what it could have bought long ago, or a later errand: "… £185 for a new
  valve, paid him by card. I could've bought a whole boiler for that in 1995 lol" is 185, "I
  pay 386,20 € this morning for the brakes. He say also the tyres soon but not today" is
  386.20 (each had been talk).
- The same fare the other way: "bus into town 2.50 and the same back" is 5 (it had been
  talk).
- Money still to come in is no income: "the 13th salary will be paid in december, 1800",
  "our savings club payout is in december, about 6000", "the lodger pays 500 monthly from
  april" (each had been income); "the bonus was paid today, 500" is income.
- The price a thing is now or still sold at, nothing bought: "flat white now 4.20 at the
  station", "canteen soup still 2.10" (each had been an expense); "tea just now 2.80" is
  bought, and so is a trip made now ("cab home now 16"). A fuel's price by the litre or
  the gallon: "diesel 1.69 at the Esso", "gas was 3.19 at the Shell today" (each had been
  an expense); "diesel 48 at the Esso" is a fill.
- The people sharing said first, aloud without commas: "me jo and sam split lunch 45" is
  shared with Jo and Sam (it had been at a shop "jo"); how it was shared is no shop ("split
  evenly between the 3 of us").
- A kind's word in the plural names the kind: "how much on takeaways in october", "ubers
  last month", "haircuts this year", "lunches" (each had asked about all spending).
- Two things each with its price after "for": "got a mug for 9 and a card for 3" is 12 (it
  had been 3: the 9 was read as counting people, and "9 and a card for 3.50" as a deal).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, read


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        ("parking 4", "no 6", Intent.ADD_EXPENSE, "6"),
        ("put 300 in savings", "no 350", Intent.TRANSFER, "350"),
        ("send 60 to Jonas for the concert", "oh no 65", Intent.DRAFT_PAYMENT, "65"),
        ("eating out budget 250", "no 280 a month", Intent.SET_BUDGET, "280"),
        ("got my pay 2100", "no 2150", Intent.ADD_INCOME, "2150"),
    ],
)
def test_no_and_a_figure_answers_the_message_before(
    earlier: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [("paid invoice no 4471, 120 total", "120"), ("boots size no 9 for 60", "60")],
)
def test_no_after_a_thing_still_numbers_it(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        ("eating out budget 250", "280 actually", Intent.SET_BUDGET, "280"),
        ("taxi 10", "12 not 10", Intent.ADD_EXPENSE, "12"),
        ("moved 80 to savings", "90 sorry", Intent.TRANSFER, "90"),
    ],
)
def test_a_figure_then_a_correction_word(
    earlier: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text
    assert command.merchant is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("with a 6 tip", "46"),
        ("plus a tip of 4", "44"),
        ("I tipped 3 too", "43"),
        ("left a 5 tip", "45"),
        ("the tip was 2 extra", "42"),
    ],
)
def test_a_tip_told_after_the_bill_is_added(text: str, amount: str) -> None:
    command = after("dinner at Luigi's 40", text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


def test_a_tip_alone_is_still_its_own_expense() -> None:
    assert read("tipped the driver 5").amount == Decimal(5)


@pytest.mark.parametrize(("text", "amount"), [("x3", "7.50"), ("×2", "5.00"), ("times 2", "5.00")])
def test_the_count_with_a_sign_of_times(text: str, amount: str) -> None:
    command = after("croissant 2.50", text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


def test_a_number_word_glued_to_digits_is_a_name() -> None:
    command = read("7eleven 4.50")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("4.50"))


@pytest.mark.parametrize(
    ("text", "amount", "recurrence"),
    [
        ("gym 42pm", "42", "monthly"),
        ("room rent 600pcm", "600", "monthly"),
        ("cleaner 55pw", "55", "weekly"),
    ],
)
def test_per_period_written_short_and_glued(text: str, amount: str, recurrence: str) -> None:
    command = read(text)
    assert (command.amount, command.recurrence) == (Decimal(amount), recurrence), text


def test_an_hour_before_pm_is_still_an_hour() -> None:
    assert read("meet Ana at 5pm").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [("groceries sixteen ninety-nine", "16.99"), ("rent thirteen fifty", "1350")],
)
def test_teens_and_tens_are_thousands_only_for_big_tickets(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("cab eighteen, er, twenty", "20"),
        ("cab 18, well 20 really", "20"),
        ("cab 18.. 20 actually", "20"),
        ("lunch 32 or was it 23, 23 I think", "23"),
    ],
)
def test_the_figure_settled_on_after_a_hesitation(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        "cab 18 - scratch that - 20",
        "cab 18, correction 20",
        "cab 18 or rather 20",
        "cab 20 not 18",
        "drinks with Ola 40, she'll pay me back half",
    ],
)
def test_the_words_of_a_correction_are_no_shop(text: str) -> None:
    assert read(text).merchant is None, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [("got a mug for 9 and a card for 3", "12"), ("got a mug for 9 and a card for 3.50", "12.50")],
)
def test_two_things_each_with_its_price_after_for(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


def test_two_figures_wondered_between_and_none_settled_are_asked() -> None:
    command = read("paid the electrician, 70 or was it 75 i think")
    assert command.amount is None
    assert set(command.amount_choices) == {Decimal(70), Decimal(75)}


def test_no_and_a_figure_after_a_thing_answered() -> None:
    command = after("parking 4", "no forty five not four hundred fifty")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(45))


@pytest.mark.parametrize(
    ("text", "amount"), [("paid the gardener 4h x 13", "52"), ("sitter 3 hrs x 12", "36")]
)
def test_hours_at_a_rate_with_a_sign_of_times(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    "text",
    [
        "eating out budget 150 → 180",
        "eating out budget 150 -> 180",
        "budget for eating out 150=>180",
    ],
)
def test_a_budgets_limit_changed_with_an_arrow(text: str) -> None:
    command = read(text)
    assert (command.intent, command.amount, command.min_amount) == (
        Intent.SET_BUDGET,
        Decimal(180),
        None,
    ), text


def test_a_price_with_an_arrow_is_still_news() -> None:
    assert read("spotify 10.99 → 11.99 ugh").intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "jo paid 96 for pizza for everyone",
        "bowled a 165 last night",
        "got 7.5 on my IELTS",
        "got 88 on the chemistry test",
        "expense report submitted, 212.40",
        "put in a claim for 60 with the insurance",
    ],
)
def test_money_talk_of_others_scores_and_claims_is_never_written(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("paid 96 for pizza for everyone", "96"),
        ("vet 60, claim submitted", "60"),
        ("paid the vet 60, put in a claim with the insurance", "60"),
    ],
)
def test_the_persons_own_beside_the_same_words_is_still_written(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text
    assert command.merchant is None, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("day passes for my wife and me, 52 each", "104"),
        ("tickets for me and my son, 30 each", "60"),
        ("lunch for my mum and dad, 18 each", "36"),
        ("gave my son and daughter 10 each", "20"),
    ],
)
def test_people_said_by_who_they_are_before_a_price_for_each(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


def test_so_many_a_whole_price_with_its_currency() -> None:
    assert read("3 spritz a 8 euro").amount == Decimal(24)


def test_the_sum_handed_over_when_the_rest_was_left() -> None:
    command = read("taxi 18.40 on the meter, gave him 20 and told him to keep the rest")
    assert (command.amount, command.merchant) == (Decimal(20), None)


def test_handed_over_is_no_filter() -> None:
    assert read("cab was 27, handed over 30 told him keep the change").min_amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "the plumber finally came, 140 for a new tap, paid him by card. "
            "I could've bought a whole sink for that in 1998 lol",
            "140",
        ),
        (
            "The dentist is done, I pay 95 € this morning for the filling. "
            "She say the other tooth soon but not today",
            "95",
        ),
        ("tram into town 1.80 and the same back", "3.60"),
    ],
)
def test_paid_now_beside_the_past_a_later_errand_or_the_way_back(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


def test_what_it_could_have_bought_long_ago_alone_is_talk() -> None:
    assert read("I could have bought a house for 20k in 1995").intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "the 13th salary will be paid in december, 1800",
        "our savings club payout is in december, about 6000",
        "the lodger pays 500 monthly from april",
    ],
)
def test_money_still_to_come_in_is_no_income(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


def test_money_paid_in_is_still_income() -> None:
    command = read("the bonus was paid today, 500")
    assert (command.intent, command.amount) == (Intent.ADD_INCOME, Decimal(500))


@pytest.mark.parametrize(
    "text",
    [
        "flat white now 4.20 at the station",
        "canteen soup still 2.10",
        "diesel 1.69 at the Esso",
        "gas was 3.19 at the Shell today",
    ],
)
def test_a_price_now_or_by_the_litre_is_no_purchase(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [("tea just now 2.80", "2.80"), ("diesel 48 at the Esso", "48"), ("cab home now 16", "16")],
)
def test_a_purchase_beside_the_same_words_is_still_written(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


def test_the_people_sharing_said_first_without_commas() -> None:
    command = read("me jo and sam split lunch 45")
    assert (command.intent, command.split_with, command.merchant) == (
        Intent.SPLIT_EXPENSE,
        ("jo", "sam"),
        None,
    )


def test_how_it_was_shared_is_no_shop() -> None:
    assert read("paid 60 for lunch, split evenly between the 3 of us").merchant is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how much did i spend on takeaways in october", "FOOD_AND_DRINK_RESTAURANT"),
        ("how much on ubers last month", "TRANSPORTATION_TAXIS_AND_RIDE_SHARES"),
        ("what did haircuts cost me this year", "PERSONAL_CARE_HAIR_AND_BEAUTY"),
        ("total on lunches this week", "FOOD_AND_DRINK_RESTAURANT"),
    ],
)
def test_a_kinds_word_in_the_plural_names_the_kind(text: str, category: str) -> None:
    command = read(text)
    assert (command.intent, command.category) == (Intent.QUERY_SPENDING, category), text
