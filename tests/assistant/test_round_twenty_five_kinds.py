"""Kinds of readings met in the twenty-fifth round, each written here in sentences of our
own.

- Splits: a bill paid in equal parts by the people at it, told the way learners and
  texters say it ("we pay three parts", "we pay the three equal", "we paid in equal
  shares", "we splited", "we splitted it"); a habit of paying a rent in equal parts, with
  no bill, stays talk.
- Money in: pay said to be in with a contraction ("Salary's in, £2,184.56 after tax"), as
  "has come" and "has landed" already were; money sent to the person, then a "please add" to the
  assistant ("my son is send me 300 from Canada today, please add"), is no money asked of
  someone (while "mum send me 20 for the bus pls" still is).
- Amounts: what is left once money went ("only 35 left till payday", "I'll have about 40p
  left", "leaves me 120 for the week") is no amount to write or to add, while a tip "left on
  the table" is still paid; a time told by payday ("the week before payday", "till payday")
  tells no income.
- Amounts: a figure beside the price paid that the person did not pay is no candidate: the
  original's price ("the original one was like 79"), a limit ("15 limit and I went over,
  spent 18.99"), a list or a receipt before savings ("the list was 640 … I only spent 380"),
  a spend planned ("was going to spend 100"), or the part someone else covered ("after
  insurance covered the other 350"); a budget's own limit stays its amount.
- Numbers that are no money: a quantity said in words with decimals ("nineteen point six
  litres") is counted whole, its decimals no count of anything ("twelve point five
  hours").
- Sums that are no arithmetic to work out: a price and a charge in pence or cents on top
  ("£23.40 plus 10p bag"), a price plus a named part ("1.450 plus 180 of condominio"), a
  discount's rate ("with the discount of 15% I paid 102"), money back less a named charge
  ("1,099 minus 99 shipping, so 1,000 came back"), a rate of nothing ("0% interest for 12
  months"); a sum asked ("what's 12 plus 30") is still no entry.
- Money of today set against a time past ("so much higher than last winter", "not in 3x like
  last year", "compared to last year it's double") is told now, while a price paid long ago
  beside one of now stays a memory.
- Budgets asked as something to give the person ("give me a budget of 300 for food", "can you
  give me a limit of 80 a week on coffee"), unlike money asked for ("give me 50").
- Money in: someone the person worked for, paying for the work ("Mrs Kelly paid 90 for the
  callout, cash in hand", "Mr Osei paid 250 for the job today", "client paid 300 deposit on
  the kitchen job"), is the person's income, while someone named paying for their own
  things ("Tom paid 50 for the taxi", "Mrs Kelly paid 90 for her shopping") stays theirs.
- Someone else's words quoted ("My husband wrote me: 'I paid 60 € for the parking fine'",
  "Dave texted 'you owe me a fiver'", "Wife's message: 'Please transfer 2000 to Sunita'",
  "From the newsletter: 'Collections £486.50.'") are no entry nor payment, unless the
  person's own words ask for one after quoting ("… Can you log it?", "… — set that up for
  Sarah").
- Money left alone: no money at all ("my bank charged me 0 fees", "coffee free, 0 yen"); a
  single time once ("I paid 30 for parking once at Heathrow, never again"), unlike "once a
  month", "at once" or "once he finished"; money conceded against a reproach ("I know I spent
  400 on takeaways, don't lecture me"), unless asked to be logged; a seller's price ("Costco
  sells the big pack for 18.99"); a reminder told with "gotta" ("gotta remember to pay the
  council tax 140"); what an account holds, told with no money moved ("just checked, 1,240 in
  my current account"), unlike pay that came into it.
- Memories: the last time told ("the last time I paid 45 for a haircut it was awful", "we
  paid 300 for the hotel last time we went"), unlike an entry "same as last time"; the price
  of the last time beside today's ("paid 60 for the haircut, last time I went it was 50") is
  no candidate.
- Debts: a debt told ("I owe my sister 200 from the holiday") moves nothing, unless a
  payment is asked ("…, send it to her") or money is said moved ("paid off my card with
  1,200 from checking, I still owe the rest").
- Recategorizing told as what an entry should be ("that 38 uber should be under work not
  transport", "the Worten 89€ is work material, not electronics") is never judged by the
  entry gate, which knows only money written or left alone; a request to move an entry
  named by its amount and a thing ("mark the 120 dinner as eating out") moves it, while an
  amount alone ("move the 200 to savings") names no entry.
- Entries: what was paid told as the result once something came off or on ("Tesco 57.83 —
  used the clubcard voucher so it was 52.83 actually", "tix were 89 but w fees it came to
  112.37 smh", "… returned the $15 candle, so honestly just call it 69.37"), whatever the
  mood around it; a price seen with its discount and not bought stays talk.
- Entries: money taken from the person for a service, as learners say it ("the doctor take
  40 from me", "the mechanic took 120 from me for nothing"), is paid, unlike a cash
  machine's trouble ("the atm took 20 from me and gave nothing").
- Requests to write with the amount's sign of any currency ("Would you add ₹499 Jio
  recharge, valid 28 days?", "could you add ₦2,500 for the generator fuel") are asked in
  words, never left to the entry gate.
- Names: a verb after a shop's name ends it ("the 45 at ikea should be groceries" names
  ikea, not "ikea should be"); the amount naming an entry to move is no shop ("the 38 uber":
  uber; "the 120 dinner": no shop, a dinner).
- Splits: a split told in its own words with the people named ("the 120 for the boat trip,
  Dan and Eve each owe me 40") stands when the model reads talk.
- Entries: money handed over to someone for a service or as a gift, with a remark after it
  ("Gave the window cleaner his £18 this morning, he's a lovely lad", "gave my nephew 20 for
  his birthday, he's growing up fast": someone growing up now is no time long past, unlike
  "growing up we paid 2 for a cinema ticket").
- Entries: a thing said to have cost the person ("my round cost me 48 last night, never
  again", "that dinner cost me 95 and it wasn't even good"), unlike a cost still possible
  ("the repair could cost me 300", a false entry before), one asked about, or a memory ("my
  first car cost me 1,500").
- Entries: a count or a weight got for a price ("got 3 shirts for 40", "got 2 kg of
  cherries for 9") is bought, not earned."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import read


@pytest.mark.parametrize(
    ("text", "amount", "names"),
    [
        ("tapas with Inés and Raúl, 84 euros, we pay three parts", "84", {"Inés", "Raúl"}),
        ("the dinner with Kofi and Ama was 120, we pay the three equal", "120", {"Kofi", "Ama"}),
        ("bowling with Jonas 46, we paid in equal shares", "46", {"Jonas"}),
        ("feijoada with Duda and Caio 180 reais, we splited", "180", {"Duda", "Caio"}),
        ("pizza with Leo 30, we splitted it", "30", {"Leo"}),
    ],
)
def test_a_bill_paid_in_equal_parts_is_split(text: str, amount: str, names: set[str]) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.SPLIT_EXPENSE
    assert parsed.amount == Decimal(amount)
    assert set(parsed.split_with) == names


def test_a_habit_of_paying_in_equal_parts_is_no_split() -> None:
    assert read("my brother and I always pay equal parts of the rent").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("the salary has come finally, 84,300 after deductions", "84300"),
        ("paycheck has landed 1,920.40 woo", "1920.40"),
        ("My son is send me 300 dollars from Canada today, please add", "300"),
        ("Salary's in, £2,184.56 after tax, after rent I'll have about 40p left", "2184.56"),
    ],
)
def test_pay_that_came_is_income(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.ADD_INCOME
    assert parsed.amount == Decimal(amount)


def test_money_asked_of_family_is_still_no_income() -> None:
    assert read("mum send me 20 for the bus pls").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("groceries 64.20, only 35 left till payday", Intent.ADD_EXPENSE, "64.20"),
        ("spent 40 on petrol, leaves me 120 for the week", Intent.ADD_EXPENSE, "40"),
        ("got paid 1,800 today, 300 left after bills lol", Intent.ADD_INCOME, "1800"),
        ("school shoes 45 and it's the week before payday", Intent.ADD_EXPENSE, "45"),
    ],
)
def test_money_left_over_is_no_amount(text: str, intent: Intent, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is intent
    assert parsed.amount == Decimal(amount)


def test_a_tip_left_on_the_table_is_still_paid() -> None:
    assert read("dinner 60, left 10 on the table for the waiter").amount != Decimal("60")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bought a new charger on amazon for 64.99, the original one was like 79", "64.99"),
        ("secret santa, 15 limit and I went over, spent 18.99 on a candle", "18.99"),
        ("the list was 640 but I found half at home so I only spent 380", "380"),
        ("spent 45 at the garden centre, was going to spend 100", "45"),
        ("paid the dentist 200 after insurance covered the other 350", "200"),
        ("new tyres 420, the quote was 510 at the dealer", "420"),
    ],
)
def test_a_price_not_paid_beside_the_one_paid_is_no_candidate(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.ADD_EXPENSE
    assert parsed.amount == Decimal(amount)


def test_a_budgets_own_limit_is_its_amount() -> None:
    parsed = read("budget 300 for groceries, the limit was 250 before")
    assert parsed.intent is Intent.SET_BUDGET
    assert parsed.amount == Decimal("300")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("petrol two thousand yesterday nineteen point six litres", "2000"),
        ("diesel seventy euros, forty one point two litres", "70"),
    ],
)
def test_a_quantity_in_words_with_decimals_is_no_money(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


def test_decimals_said_after_point_count_nothing() -> None:
    assert read("twelve point five hours at 20 an hour").amount != Decimal("100")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("sainsbury's £31.20 plus 10p bag", Intent.ADD_EXPENSE, "31.30"),
        ("pay the landlord 900 plus 75 of service charge", Intent.DRAFT_PAYMENT, "975"),
        ("trainers were 80, with the discount of 20% I paid 64", Intent.ADD_EXPENSE, "64"),
        (
            "the refund from Zalando: 120 minus 6 shipping, so 114 came back",
            Intent.ADD_REFUND,
            "114",
        ),
        ("new washing machine 549, 0% interest for 10 months", Intent.ADD_EXPENSE, "549"),
    ],
)
def test_a_sum_told_with_its_parts_is_no_arithmetic_asked(
    text: str, intent: Intent, amount: str
) -> None:
    parsed = read(text)
    assert parsed.intent is intent
    assert parsed.amount == Decimal(amount)


@pytest.mark.parametrize("text", ["what's 12 plus 30", "what is 15% of 80"])
def test_a_sum_asked_is_still_no_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("water bill 64.80 paid today, way higher than last winter", "64.80"),
        ("gas bill 140 paid, compared to last year it's double", "140"),
        ("bought the season ticket 480, paid it all at once, not monthly like last year", "480"),
    ],
)
def test_money_of_today_set_against_the_past_is_an_entry(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.ADD_EXPENSE
    assert parsed.amount == Decimal(amount)


def test_a_price_paid_long_ago_beside_one_of_now_is_a_memory() -> None:
    assert read("I paid 2 for a pint last year, now it's 6").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("give me a budget of 300 for food", "300"),
        ("can you give me a limit of 80 a week on coffee", "80"),
    ],
)
def test_a_budget_asked_to_be_given_is_set(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.SET_BUDGET
    assert parsed.amount == Decimal(amount)


def test_money_asked_to_be_given_is_no_budget() -> None:
    assert read("give me 50").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Mrs Kelly paid 90 for the callout, cash in hand", "90"),
        ("Mr Osei paid 250 for the job today", "250"),
        ("client paid 300 deposit on the kitchen job", "300"),
        ("the Wilsons paid 1,200 for the painting job", "1200"),
    ],
)
def test_paid_for_the_persons_work_is_income(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.ADD_INCOME
    assert parsed.amount == Decimal(amount)


@pytest.mark.parametrize("text", ["Tom paid 50 for the taxi", "Mrs Kelly paid 90 for her shopping"])
def test_someone_named_paying_for_their_own_things_is_no_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "My husband wrote me: 'I paid 60 € for the parking fine, don't be angry'. I am angry.",
        "Dave texted 'you owe me a fiver for the raffle' - I paid him on the night",
        "Wife's message: 'Please transfer 2000 to Sunita for the party'. I'll do it myself.",
        "From the parish newsletter: 'Collections this month £486.50.'",
        'my son messaged "spent 30 on pizza lol"',
    ],
)
def test_someone_elses_words_quoted_are_no_action(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "My wife texted: 'paid 45 for the school trip'. Can you log it?",
            Intent.ADD_EXPENSE,
            "45",
        ),
        (
            'flatmate messaged "can you send me 42.50 for the electric" — set that up for Sarah',
            Intent.DRAFT_PAYMENT,
            "42.50",
        ),
    ],
)
def test_words_quoted_then_acted_on_are_written(text: str, intent: Intent, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is intent
    assert parsed.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "lol my bank charged me 0 fees this month for once",
        "Gate 9, boarding 14:05. Lounge coffee free, 0 yen. Nice.",
        "I paid 30 for parking once at Heathrow, never again",
        "we once spent 200 on a taxi in Rome",
        "I know I spent 400 on takeaways last month, don't lecture me",
        "Costco sells the big pack for 18.99",
        "gotta remember to pay the council tax 140 on the 1st",
        "just checked, 1,240 in my current account",
    ],
)
def test_money_told_to_no_purpose_is_left_alone(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("paid the plumber 120 once he finished", Intent.ADD_EXPENSE, "120"),
        ("gym 30 once a month", Intent.ADD_EXPENSE, "30"),
        ("I know I spent 400 on takeaways, log it anyway", Intent.ADD_EXPENSE, "400"),
        ("spent 45 on fuel, 1,200 left in my current account", Intent.ADD_EXPENSE, "45"),
        ("salary came, 2,400 in my account", Intent.ADD_INCOME, "2400"),
        ("got 3 shirts for 40", Intent.ADD_EXPENSE, "40"),
        ("got 2 kg of cherries for 9", Intent.ADD_EXPENSE, "9"),
        ("sold the sofa, got 200 for it", Intent.ADD_INCOME, "200"),
    ],
)
def test_entries_close_to_money_left_alone_are_written(
    text: str, intent: Intent, amount: str
) -> None:
    parsed = read(text)
    assert parsed.intent is intent
    assert parsed.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "the last time I paid 45 for a haircut it was awful",
        "we paid 300 for the hotel last time we went",
    ],
)
def test_the_last_time_told_is_a_memory(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("haircut 45, same as last time", "45"),
        ("paid 60 for the haircut, last time I went it was 50", "60"),
    ],
)
def test_an_entry_beside_the_last_time_is_written(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.ADD_EXPENSE
    assert parsed.amount == Decimal(amount)


def test_a_debt_told_moves_nothing() -> None:
    assert read("I owe my sister 200 from the holiday").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I owe my sister 200, send it to her", Intent.DRAFT_PAYMENT),
        ("paid off my card with 1,200 from checking, I still owe the rest", Intent.TRANSFER),
    ],
)
def test_a_debt_paid_or_asked_is_acted_on(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("that 38 uber should be under work not transport", "38"),
        ("the 45 at ikea should be business not home", "45"),
        ("the Fnac 89€ is work material, not electronics", "89"),
    ],
)
def test_what_an_entry_should_be_moves_it(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.RECATEGORIZE
    assert parsed.amount == Decimal(amount)


def test_an_entry_named_by_its_amount_and_a_thing_is_moved() -> None:
    parsed = read("mark the 120 dinner as eating out")
    assert parsed.intent is Intent.RECATEGORIZE
    assert parsed.amount == Decimal("120")


def test_an_amount_alone_names_no_entry_to_move() -> None:
    assert read("move the 200 to savings").intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Sainsbury's 61.20 — used the nectar voucher so it was 56.20 actually", "56.20"),
        ("gig tickets were 45 but w fees it came to 52.80 smh", "52.80"),
        ("Asda run was 84.37 but I returned the 15 candle, so just call it 69.37", "69.37"),
    ],
)
def test_the_price_paid_told_as_a_result_is_an_entry(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.ADD_EXPENSE
    assert parsed.amount == Decimal(amount)


def test_a_discounted_price_seen_is_no_entry() -> None:
    assert not read("saw a jacket for 80 with 20% off so 64, might go back").intent.writes


@pytest.mark.parametrize(
    ("text", "amount"),
    [("the doctor take 40 from me", "40"), ("the mechanic took 120 from me for nothing", "120")],
)
def test_money_taken_from_the_person_for_a_service_is_paid(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.ADD_EXPENSE
    assert parsed.amount == Decimal(amount)


def test_a_cash_machine_taking_money_is_no_entry() -> None:
    assert not read("the atm took 20 from me and gave nothing").intent.writes


def test_a_split_told_with_the_people_named_stands() -> None:
    parsed = read("the 120 for the boat trip, Dan and Eve each owe me 40")
    assert parsed.intent is Intent.SPLIT_EXPENSE
    assert parsed.amount == Decimal("120")
    assert set(parsed.split_with) == {"Dan", "Eve"}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Would you add ₹499 Jio recharge, valid 28 days?", "499"),
        ("could you add ₦2,500 for the generator fuel, it ran all night?", "2500"),
    ],
)
def test_a_request_to_add_an_amount_in_any_currency_is_written(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.ADD_EXPENSE
    assert parsed.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("the 45 at ikea should be groceries not home", "ikea"),
        ("can you move the 38 uber to work", "uber"),
        ("put the £12 Boots charge under pharmacy", "Boots"),
    ],
)
def test_the_shop_of_an_entry_to_move_is_its_name_alone(text: str, merchant: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.RECATEGORIZE
    assert parsed.merchant == merchant


def test_an_amount_and_a_kind_name_no_shop() -> None:
    assert read("mark the 120 dinner as eating out").merchant != "120"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Gave the window cleaner his £18 this morning, he's a lovely lad", "18"),
        ("gave my nephew 20 for his birthday, he's growing up fast", "20"),
    ],
)
def test_money_handed_over_with_a_remark_is_an_entry(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.ADD_EXPENSE
    assert parsed.amount == Decimal(amount)


def test_a_price_paid_growing_up_is_a_memory() -> None:
    assert read("growing up we paid 2 for a cinema ticket").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("my round cost me 48 last night, never again lol", "48"),
        ("the taxi cost me 30, the driver got lost", "30"),
        ("that dinner cost me 95 and it wasn't even good", "95"),
    ],
)
def test_a_thing_that_cost_the_person_is_an_entry(text: str, amount: str) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.ADD_EXPENSE
    assert parsed.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "the repair could cost me 300",
        "a new roof would cost us 8,000",
        "my first car cost me 1,500 dollars, a 1994 civic. best car ever",
    ],
)
def test_a_cost_possible_or_long_ago_is_no_entry(text: str) -> None:
    assert not read(text).intent.writes
