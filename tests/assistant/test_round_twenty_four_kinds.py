"""Kinds of readings met in the twenty-fourth round, each written here in sentences of our
own.

- Amounts: a "no" said after a pause or an interjection takes back the amount before it
  ("gas bill 640k, oh no 460k", "pay the roofer 930.. no 390"), while "no" after the thing
  it numbers stays a number's abbreviation ("invoice no 4471"); a number before "of us"
  counts people wherever it stands ("the boat trip, 2,400, same five of us"); "for the day
  5" names the day a payment is for, as Spanish and Portuguese speakers say it; a count of
  things at a price to the cent, joined by a learner's "at" from their own language ("5
  Semmeln a 0,39", "2 bilhetes de 4,40") is their product; a count word is whole ("a fiver"
  holds no "five" to count with).
- Someone else's money told in a learner's bare verb ("my cousin buy new laptop 1200",
  "neighbour spend 90 on fireworks") is theirs, as with "bought" and "spent"; the person
  among the buyers, a verb to the person ("my boss pay me 150 bonus") or a plan ("my
  company should pay for this") keeps the reading as it was.
- Conversations: a correction whose amount comes right after its opening keeps the card it
  corrects, whatever reason follows ("Make it twenty, forgot the parking", "Actually it's 65,
  I forgot the booking fees", "Oh sorry, it is 38,000 yen, the deposit too", "On second
  thoughts make it 200"); a note's nickname after any determiner is its amount ("pay Ewan
  back the tenner"); a year said after an entry ("that was 2019.") is no new amount, while
  "make it 2025" still is; more people on a split told with texting's "n" or with when
  they came ("n Rosa too", "add Mika too, she came later"); a split asked after an entry
  with a clause before it ("I forgot, split with Ana and Leo", "actually Ben didn't come,
  split it with Kim") shares that entry, the clause's words no shop's name; taking the last
  entry off asked with a tail ("take that last one off would you").
- Amounts: a price each, then how many it was for told after ("a fiver each for the
  trip, there's four of them", "R$80 each and I have two kids"); a time worked told by its
  clock hours before a rate per hour ("dog-sat 5pm to 9pm at $12/hr", "10pm to 2am, 14 an
  hour");
- Amounts: a bill rounded up is the sum paid ("taxi 18.40, rounded it up to 20", "lunch Fr.
  27.50, rounded up to 30 with the tip"), no price gone up and no two prices added; South
  Asia's scales in words, then smaller ones ("one lakh eighty two thousand four hundred",
  "one crore twenty lakh").
- Money left alone: a wish with a past verb ("if only I earned a grand a month", "I wish I'd
  got 200 for it") tells nothing earned; money said not to be the person's ("…, they pay
  it directly. Not my expense.") or not needed again in a learner's words ("not need to add
  it again"); a goal told ("new year goal: put 150 into savings every paycheck"); a debit
  still to come ("phone bill 64 comes out on the 15th"), unlike one that came out or one told
  to repeat; a fuel's price per litre seen ("diesel at 1,69 at the Shell near me"), unless the
  litres taken or the total are told.
- Conversations: the amount a split without one was waiting for, told with a few words
  around it ("it came to 52.40", "total was 318,60", "$96.20 all up"), completes the split;
  an amount whose span is also its currency's no longer hides the words beside it.
- Payments: money asked to be sent to someone named, no amount said ("send some money to
  Ruth", "I want to send some money to my son Theo for his books"), is a payment whose amount
  is asked for, and the amount said next completes it ("let us say 250", "make it 80 for the
  bus pass"); what the app can do, asked ("can u send money to my mate in Spain"), is not.
- Conversations: a new count of things just priced each, told as a correction ("nah change
  to 4 pints", "no, 3 cups, my brother had one too"), is that many of the price; a remark
  with a count ("3 pints tonight was too many") changes nothing.
- Money in: a trader's or a driver's day told ("market stall collection today 860", "taxi
  collection 5,200", "cash fares today 240"); a bus fare seen ("bus fares today are 2.50")
  and a collection by someone else for a cause stay as they were; a payment the person got
  ("got my bursary payment in 2,400", "uh I got my uh consulting payment today 900") or a
  payout told by its app ("stripe: shop payout 148.20") is income, never a payment to draft;
  a sale told first stays income whatever the buyer's way of paying ("sold my car for
  9,500, the buyer pay all in cash"); money from the person's own work, named after "from"
  ("log 240 from today's tuition with Maya's dad", "80 from the gig last night"), is income,
  while money spent from a fund stays spent ("spent 20 from the class fund on snacks").
- Splits: the people paying counted ("we divide by three", "we pay in three") after a bill
  with them, no sum to work out; a part of the bill coming back ("she gives me the half
  tomorrow") splits it with whoever came, and its day is the part's, not the bill's; "we pay
  in 3 instalments" and a plan ("we pay in three next month") are no split; "we share 3 way"
  (the singular after a verb of sharing; not "the 3 way junction").
- Refunds: the price first paid, told beside the money back ("Currys refunded 25 on the
  kettle I bought for 80", "gave me back 19,99, i had paid 39,98 for 2"), is not the refund;
  a count before a clause ("15 for the headphones I bought for 60") is no deal of 15 for 60.
- Numbers that are no money: a journey's line with no money on it ("ICE 577, platform 7 track
  2, 09:14", "Nozomi 219, car 5, seat 8-A."), unlike a ride priced first ("taxi 38 to gate 3,
  14:35 flight"); a road's number ("toll road 73 twice today, 9.87 each time").
- Names: words after a subject pronoun or a denied verb are a clause, not a shop ("i
  forgot, tea 3")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("gas bill 640k, oh no 460k, I mixed them up", "460000"),
        ("pay the roofer 930.. no 390, always flip those", "390"),
        ("groceries 57, ah no 75", "75"),
        ("dentist 120... no 210 sorry", "210"),
        ("invoice no 4471 for the scaffolding, 380", "380"),
        ("paid 45 for order no 8812", "45"),
    ],
)
def test_a_no_after_a_pause_takes_the_amount_back(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("and the boat trip, 2,400, same five of us", "2400"),
        ("pizza night 64, all four of us", "64"),
        ("museum 36, same three of us again", "36"),
    ],
)
def test_a_number_before_of_us_counts_people(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


def test_for_the_day_names_the_day_of_the_month() -> None:
    parsed = read("prepare the payment to Doña Rosa for the rent, 7,200, for the day 3")
    assert parsed.intent is Intent.DRAFT_PAYMENT
    assert parsed.amount == Decimal("7200")
    assert parsed.date is not None and parsed.date.day == 3


def test_a_day_of_a_trip_is_no_date() -> None:
    parsed = read("hotel 90 for the day 2 of the trip")
    assert parsed.date != date(2026, 11, 2)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("5 Semmeln a 0,39 from the bakery", "1.95"),
        ("2 bilhetes de 4,40 for the metro", "8.80"),
        ("4 cornetti a 1,20 this morning", "4.80"),
        ("handed the valet a fiver for a 3.80 wash", "5"),
    ],
)
def test_a_count_at_a_learners_word_for_at_multiplies(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "my cousin buy new laptop 1200, so lucky",
        "neighbour spend 90 on fireworks last night",
        "my colleague pay 45 for the parking every day",
    ],
)
def test_someone_elses_money_in_a_bare_verb_is_theirs(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("my boss pay me 150 bonus today", Intent.ADD_INCOME, "150"),
        ("the kids buy ice cream 6, I pay", Intent.ADD_EXPENSE, "6"),
        ("me and my brother buy pizza 22", Intent.ADD_EXPENSE, "22"),
    ],
)
def test_a_bare_verb_with_the_person_in_it_stays_theirs(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("pay Ewan back the tenner", "Make it twenty, forgot the parking", "20"),
        (
            "send 60 to Priya for the gig tickets",
            "Actually it's 65, I forgot the booking fees",
            "65",
        ),
        (
            "prepare a payment to Mrs Sato, 36,000 yen for the room",
            "Oh sorry, it is 38,000 yen, the deposit too.",
            "38000",
        ),
        (
            "get a payment ready for my nephew, 120 for his graduation",
            "On second thoughts make it 200, he did well",
            "200",
        ),
    ],
)
def test_a_correction_with_a_reason_keeps_the_payment(earlier: str, text: str, amount: str) -> None:
    parsed = after(earlier, text)
    assert parsed.intent is Intent.DRAFT_PAYMENT
    assert parsed.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("taxi 20", "it's 5 stars."),
        ("pay Tom 40", "it's 40 degrees."),
        ("coffee 4", "it's 9am, too early"),
        ("send mum 50", "it's 2026, nobody uses cheques"),
        ("rent 900", "that was 2019."),
    ],
)
def test_a_remark_after_its_is_no_new_amount(earlier: str, text: str) -> None:
    assert after(earlier, text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"), [("pay Ewan back the tenner", "10"), ("give Jo her fiver back", "5")]
)
def test_a_notes_nickname_after_a_determiner_is_its_amount(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


def test_make_it_with_a_year_like_sum_is_still_a_new_amount() -> None:
    assert after("rent 1900", "make it 2025").amount == Decimal(2025)


@pytest.mark.parametrize(
    ("earlier", "text", "people"),
    [
        ("drinks w rosa n ben 48 split 3 ways", "oh n Mia too", ("Mia",)),
        ("karaoke with Sol and Ines 120 split 3 ways", "add Mika too, she came later", ("Mika",)),
    ],
)
def test_more_people_on_a_split(earlier: str, text: str, people: tuple[str, ...]) -> None:
    parsed = after(earlier, text)
    assert parsed.intent is Intent.SPLIT_EXPENSE
    assert set(people) <= set(parsed.split_with)


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("dinner 84", "I forgot, split with Ana and Leo", "84"),
        ("bowling 60 split with Ben and Kim", "actually ben didn't come, split it with Kim", "60"),
    ],
)
def test_a_split_asked_after_a_clause_shares_the_entry(
    earlier: str, text: str, amount: str
) -> None:
    parsed = after(earlier, text)
    assert parsed.intent is Intent.SPLIT_EXPENSE
    assert parsed.amount == Decimal(amount)


def test_a_clause_names_no_shop() -> None:
    parsed = read("i forgot, tea 3")
    assert (parsed.intent, parsed.amount, parsed.merchant) == (Intent.ADD_EXPENSE, Decimal(3), None)


@pytest.mark.parametrize(
    "text", ["take that last one off would you", "delete the last entry would you, it's wrong"]
)
def test_taking_the_last_entry_off_with_a_tail_is_an_undo(text: str) -> None:
    assert after("groceries 61.20", text).intent is Intent.UNDO


def test_taking_off_something_else_is_no_undo() -> None:
    assert read("take that last one off your list of jobs").intent is not Intent.UNDO


@pytest.mark.parametrize("text", ["it came to 52.40", "total was 52,40", "$52.40 all up"])
def test_the_amount_a_split_waited_for_completes_it(text: str) -> None:
    parsed = after("brunch with Ines, split it please", text)
    assert parsed.intent is Intent.SPLIT_EXPENSE
    assert parsed.amount == Decimal("52.40")
    assert parsed.split_with == ("Ines",)


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("send some money to Ruth", "make it 80 for the bus pass", "80"),
        ("I want to send some money to my son Theo for his books", "Let us say 250.", "250"),
    ],
)
def test_money_to_send_to_someone_asks_its_amount(earlier: str, text: str, amount: str) -> None:
    first = read(earlier)
    assert (first.intent, first.amount) == (Intent.DRAFT_PAYMENT, None)
    parsed = after(earlier, text)
    assert (parsed.intent, parsed.amount) == (Intent.DRAFT_PAYMENT, Decimal(amount))


def test_what_the_app_can_do_is_no_payment() -> None:
    assert read("can u send money to my mate in Spain from here").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("2 pints at the Crown 6 each", "nah change to 4 pints", "24"),
        ("2 cups of tea 35k each", "no, 3 cups, my brother had one too", "105000"),
        ("three tickets at 12.50 each", "sorry it was 2 tickets", "25.00"),
    ],
)
def test_a_new_count_of_things_priced_each(earlier: str, text: str, amount: str) -> None:
    parsed = after(earlier, text)
    assert (parsed.intent, parsed.amount) == (Intent.ADD_EXPENSE, Decimal(amount))


def test_a_remark_with_a_count_changes_nothing() -> None:
    assert (
        after("2 pints at the Crown 6 each", "3 pints tonight was too many").intent is Intent.OTHER
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("market stall collection today 860", "860"),
        ("taxi collection 5,200 from the driver", "5200"),
        ("cash fares today 240", "240"),
    ],
)
def test_a_traders_or_drivers_day_is_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    "text", ["bus fares today are 2.50, up again", "the shop collected 50 for the charity box"]
)
def test_fares_seen_or_a_collection_for_a_cause_is_no_income(text: str) -> None:
    assert read(text).intent is not Intent.ADD_INCOME


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("got my bursary payment in 2,400", "2400"),
        ("uh I got my uh consulting payment from the client today 900", "900"),
        ("paypal: Etsy payout 148.20 (9 orders)", "148.20"),
    ],
)
def test_a_payment_got_is_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


def test_a_payment_reminder_got_is_no_income() -> None:
    assert read("got the electricity bill payment reminder, 84 due friday").intent is Intent.OTHER


def test_a_sale_told_first_stays_income_whatever_the_buyers_way_of_paying() -> None:
    parsed = read("Sold my car for 9,500, the buyer pay all in cash")
    assert (parsed.intent, parsed.amount) == (Intent.ADD_INCOME, Decimal(9500))


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("ok and log 240 from today's tuition with Maya's dad", Intent.ADD_INCOME, "240"),
        ("80 from the gig last night", Intent.ADD_INCOME, "80"),
        ("spent 20 from the class fund on snacks", Intent.ADD_EXPENSE, "20"),
    ],
)
def test_money_from_the_persons_own_work_is_income(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("taxi 18.40, rounded it up to 20", "20"),
        ("Lunch at Tibits Fr. 27.50, rounded up to 30 with the tip", "30"),
    ],
)
def test_a_bill_rounded_up_is_the_sum_paid(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_price_gone_up_is_still_no_entry() -> None:
    assert read("tesco meal deal up to 3.85 smh").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("salary credited one lakh sixty four thousand two hundred", "164200"),
        ("flat deposit one crore twenty lakh", "12000000"),
        ("two lakh fifty thousand for the car", "250000"),
    ],
)
def test_south_asian_scales_in_words(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "if only I earned a grand a month",
        "I wish I earned 5000 a month",
        "I wish I'd got 200 for it",
    ],
)
def test_a_wish_with_a_past_verb_earned_nothing(text: str) -> None:
    assert read(text).intent is Intent.OTHER


def test_money_earned_then_a_wish_is_still_income() -> None:
    assert read("earned 300 today, if only it was every day").intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    "text", ["I refuse to send money to my ex", "never send some money to Kai, he never pays back"]
)
def test_money_refused_to_someone_is_no_payment(text: str) -> None:
    assert read(text).intent is Intent.OTHER


def test_a_collection_for_a_cause_is_no_income() -> None:
    assert (
        read("the market stall collection for the church raised 300").intent
        is not Intent.ADD_INCOME
    )


def test_a_count_in_a_hypothetical_changes_nothing() -> None:
    parsed = after("2 beers at 6 each", "no, 3 beers would have been too many")
    assert parsed.amount != Decimal(18)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Ramen with Kenji and Aiko, 6,300 total, we divide by three.", "6300"),
        ("pizza with Leo and Sara after work, 54 all, we pay in three", "54"),
        ("cab home with Ines, 24, she gives me the half tomorrow.", "24"),
    ],
)
def test_a_bill_shared_by_a_count_or_a_part_coming_back_is_a_split(text: str, amount: str) -> None:
    parsed = read(text)
    assert (parsed.intent, parsed.amount, parsed.date) == (
        Intent.SPLIT_EXPENSE,
        Decimal(amount),
        None,
    )


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("dentist 450, we pay in 3 instalments", Intent.ADD_EXPENSE),
        ("we pay in three next month, 900 total", Intent.OTHER),
        ("what's 300 divided by 3, we need to know", Intent.OTHER),
    ],
)
def test_instalments_a_plan_or_a_sum_is_no_split(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Gave the kids a fiver each for the trip, there's four of them", "20"),
        ("the school photos were R$80 each and I have two kids", "160"),
    ],
)
def test_how_many_a_price_each_was_for_told_after_it(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("dog-sat sunday 5pm to 9pm at $12/hr", "48"),
        ("bar shift 10pm to 2am, 14 an hour", "56"),
        ("paid the cleaner 9:30am to 11am at 20 an hour", "30"),
    ],
)
def test_clock_hours_at_a_rate(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


def test_a_share_counted_in_the_singular_after_its_verb() -> None:
    parsed = read("dim sum with Wei and Ling, bill 96, we share 3 way")
    assert (parsed.intent, parsed.amount, parsed.split_ways) == (
        Intent.SPLIT_EXPENSE,
        Decimal(96),
        3,
    )


def test_a_three_way_junction_is_no_split() -> None:
    assert read("the 3 way junction was closed, taxi 20").intent is not Intent.SPLIT_EXPENSE


def test_a_roads_number_is_no_price() -> None:
    assert read("toll road 42 twice today, 6.30 each time").amount == Decimal("12.60")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Currys refunded 25 on the kettle I bought for 80", "25"),
        ("Amazon refunded 15 for the headphones I bought for 60", "15"),
        ("mango gave me back 19,99 for the skirt, i had paid 39,98 for 2", "19.99"),
    ],
)
def test_the_price_first_paid_is_not_the_refund(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_REFUND, amount)


@pytest.mark.parametrize(
    "text",
    [
        "Paid 2,400 yen for lunch on my card, the company pays the card directly. Not my expense.",
        "the bus pass is 49 now, it goes automatic every month, not need to add it again",
        "new year goal: put 150 into savings every paycheck",
    ],
)
def test_money_said_not_theirs_not_needed_or_a_goal_is_no_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("phone bill 64 comes out on the 15th", Intent.OTHER),
        ("council tax 160 comes out tomorrow", Intent.OTHER),
        ("spotify 11.99 came out today", Intent.ADD_EXPENSE),
        ("netflix 15.99, comes out on the 3rd every month", Intent.ADD_EXPENSE),
    ],
)
def test_a_debit_still_to_come_is_no_entry_yet(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("diesel at 1,69 at the Shell near me", Intent.OTHER),
        ("petrol is 5,89 the litre, i put 40 litres", Intent.ADD_EXPENSE),
        ("Orlen, 40 l of petrol at 6,19 zł/l, total 247,60 zł.", Intent.ADD_EXPENSE),
    ],
)
def test_a_fuels_price_per_litre_seen_is_no_entry(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ICE 577, platform 7 track 2, 09:14", Intent.OTHER),
        ("Nozomi 219, car 5, seat 8-A.", Intent.OTHER),
        ("taxi 38 to gate 3, 14:35 flight", Intent.ADD_EXPENSE),
    ],
)
def test_a_journeys_line_is_no_money(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


def test_a_refund_that_names_only_the_price_first_paid_is_asked() -> None:
    parsed = read("Amazon refunded me, I bought it for 60")
    assert (parsed.intent, parsed.amount) == (Intent.ADD_REFUND, None)
