"""Kinds of readings met in the twenty-second round, each written here in sentences of our
own.

- Cards dropped and entries taken back: "scratch that" said of what was just said; a card
  dropped after a reason told first; a card not needed any more ("wait he already got it",
  "I already logged that one"); "I didn't mean that"; a double entry or an entry made by
  mistake told ("duplicate", "I added it by accident"), an undo.
- Money in: a repayment or a deposit that came in; money from someone (not a move between
  one's own accounts); money named by a word that is no one's name ("Interest paid …");
  someone paying for the person's work; pay that came in beside a plan for it; a direct
  deposit; pay for the person's shift; chores done for others; rent from a lodger; family
  money for the person's day; someone's share of a bill received; a prize won.
- Money left alone: money the person says not to write; money of a time of life or a season
  long past; an amount named and left out; a purchase taken back as a daydream.
- Money written though a remark follows: a price paid beside something turned down; prices
  judged in general; a sum worked out or a saying beside money; an old price set beside
  today's; money told spent after an opener, got for a price, or followed by an exclamation
  ("…, what a day"); the price paid before money back still to come ("…, insurance will
  refund 80% later"); a laugh or a sigh said first ("lol got a haircut for 120").
- Amounts: a coupon named before its value; a rate added with "the"; fares there and back or
  the return; a list with its currency once; an hourly rate after "à" or a currency's short
  name; a unit's price before the measure; a total with the tax it includes; a bill's due
  day, an IBAN, a route's number, a measure of the body and texting's "2" for "to", which are
  no amounts; a price said before a clock time ("2340 yen at 1:30am"); times said before a
  price "each time"; decimals said after "point"; "a ton"; some of a few things at a price
  each; one price for each of several people; a second thing paid "and 300 for the wire";
  which instalment of a few; hundreds after a k ("1k2").
- Payments and conversations: a payment asked politely, with "pls", or with the payee's
  number; a verb after a dash; a share told after an expense, which splits it; a category
  named for what was just said; money added to a payment card; a write of another kind
  after an entry, which inherits nothing; "what of this month?"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("coffee 4.50", "scratch that"),
        ("pay Tom 40", "oh scratch that, he already paid"),
        ("set a budget of 200 for fun", "ok scratch that, not needed"),
        ("split 60 with Tom", "scratch that, Tom paid for himself"),
        ("pay Tom 40", "scratch that payment"),
        ("taxi 23", "scratch that one"),
    ],
)
def test_scratch_that_drops_what_was_just_said(earlier: str, text: str) -> None:
    assert after(earlier, text).intent is Intent.CANCEL


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("taxi 23", "scratch that last one"),
        ("taxi 23", "scratch that last entry"),
        ("taxi 23", "scratch that i added it twice"),
        ("taxi 23", "I put it in twice, scrap that"),
        ("taxi 23", "oops, I added the taxi twice. get rid of it"),
    ],
)
def test_the_last_entry_scratched_or_an_entry_made_twice_is_an_undo(
    earlier: str, text: str
) -> None:
    assert after(earlier, text).intent is Intent.UNDO


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("pay Tom 40", "No wait, first I will check other options. Cancel this one."),
        ("pay Tom 40", "hmm I need to think about it. cancel this one please"),
        ("move 500 to savings", "she already has the money so forget about this one"),
        ("pay Tom 40", "wrong person, scrap that"),
        ("transfer 300 to my ISA", "on reflection I'd rather wait. ditch it"),
    ],
)
def test_a_card_dropped_after_a_reason_told_first(earlier: str, text: str) -> None:
    assert after(earlier, text).intent is Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("already paid the nursery by bank transfer and it syncs anyway so skip it", Intent.OTHER),
        ("taxi 23 ||| scratch that, it was 25", Intent.ADD_EXPENSE),
    ],
)
def test_a_reason_with_no_card_or_a_correction_drops_nothing(text: str, intent: Intent) -> None:
    assert after(*text.split(" ||| ")).intent is intent


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("the repayment from Tom came in 200", "200"),
        ("the loan repayment from my sister came in today 150", "150"),
        ("instalment from the buyer came in 500", "500"),
        ("security deposit came in 1,200", "1200"),
        ("the rent deposit came in to my account, 1,100", "1100"),
        ("received the deposit for the flat 800", "800"),
        ("house deposit came in from the buyers 15,000", "15000"),
    ],
)
def test_a_repayment_or_a_deposit_that_came_in_is_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("income tax 1200", "1200"),
        ("holiday deposit 200", "200"),
        ("paid the deposit from my savings 2,000", "2000"),
        ("council tax demand arrived 1,620", "1620"),
    ],
)
def test_a_deposit_or_tax_paid_or_a_demand_that_arrived_is_an_expense(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("transfer came in from my brother 200 for the tickets", Intent.ADD_INCOME, "200"),
        ("a transfer came in from Dad, 150", Intent.ADD_INCOME, "150"),
        ("1,420 went into my account today from work", Intent.ADD_INCOME, "1420"),
        ("800 went into my account from the client", Intent.ADD_INCOME, "800"),
        ("payment from the client came in at last, 1,200 for March", Intent.ADD_INCOME, "1200"),
        ("500 went into my savings from my current account", Intent.TRANSFER, "500"),
        ("transfer 250 from savings", Intent.TRANSFER, "250"),
        ("the quote for the roof came in at 4,500", Intent.OTHER, None),
    ],
)
def test_money_that_came_in_from_someone_is_income_not_a_move(
    text: str, intent: Intent, amount: str | None
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "paid the nursery 980 through the bank app, that's done so leave it",
        "paid 45 for parking on the work card, nothing for you to do",
        "paid 50 deposit for the vet last week, already in the ledger",
        "paid the 60 out of petty cash, the office logs it",
        "ok I spent 80 at the pub but that's between me and you, not for the books",
    ],
)
def test_money_the_person_says_not_to_write_is_left_alone(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    "text",
    [
        "we spent a fortune, like 400, at the zoo when the kids were little",
        "I think I spent around 200 on gifts last christmas",
        "last summer we paid 1,200 for a villa in Crete, worth it",
        "as a kid I spent 2 a week on sweets",
        "growing up we paid 30 a month for the allotment",
    ],
)
def test_money_spent_at_a_time_of_life_or_a_season_long_past_is_a_memory(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("paid 40 for a haircut and it looks the same, rip", "40"),
        ("spent 60 on the kids' shoes, leave it as shopping", "60"),
        ("bought 2 pizzas for 24 at the summer fair", "24"),
    ],
)
def test_a_purchase_told_with_a_remark_is_still_written(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("food delivery 54,90 but I used a coupon of 15", "39.90"),
        ("groceries 48.20, had a voucher for 10", "38.20"),
        ("dinner £72 plus the 12.5% service", "81.00"),
        ("taxi to the airport 35 and back 35", "70"),
        ("bus there 2.50 and back 2.50", "5.00"),
        ("cheese 14,20 vegetables 9,60 and the fish 21 €", "44.80"),
        ("bread 3.10, eggs 4.20, milk 1.10 €", "8.40"),
        ("parking 2h à Fr. 3.50/h", "7.00"),
        ("babysitter 3 hrs at CHF 18", "54"),
        ("diesel 1.72/l, 45 litres", "77.40"),
        ("fuel 152 yen/L, 30L", "4560"),
        ("apples 2.49/kg, 3kg", "7.47"),
        ("petrol 1.85 a litre, 40 litres", "74"),
        ("plumber 180 € HT so 198 € TTC", "198"),
        ("electrician 250 net so 300 with VAT", "300"),
    ],
)
def test_what_was_paid_in_the_end_is_worked_out(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("school trip 180 - paid", "180"),
        ("₹180 school trip - paid", "180"),
        ("nursery fees 420 – paid", "420"),
        ("staff party ticket: paid 35", "35"),
    ],
)
def test_a_verb_after_a_dash_says_the_person_paid_the_line(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_someone_named_before_a_verb_without_a_dash_still_spent_it() -> None:
    assert_read_as("the school paid 180 for the trip", Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("paid 340 for the auto to work today, driver refused the meter again", "340"),
        ("Paid 60 for the tyres. They wanted 120 for the alignment too, I said no.", "60"),
        ("I paid 45 for the repair but the warranty claim was refused", "45"),
        ("paid 20 for parking then the machine refused my card", "20"),
    ],
)
def test_a_price_paid_stands_beside_something_else_turned_down(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text", ["the shop wanted 80 but I said no", "they wanted 300 for the repair, I said no"]
)
def test_a_price_turned_down_alone_is_no_entry(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    "text",
    [
        "abeg no log that 20k I gave Mama",
        "make you no record the 10k, na my oga money",
        "skip the 30 for the cab, the client paid",
        "leave out the 45 for lunch, it was on the company",
        "ignore the 80 I spent at the pub",
        "not logging the 200 for the bike, it was a gift from dad",
    ],
)
def test_an_amount_named_and_left_out_is_not_written(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


def test_a_ledger_line_after_a_no_is_still_written() -> None:
    assert_read_as("no 20 tip this time, lunch 14", Intent.ADD_EXPENSE, "14")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Could you get a payment ready for my grandson Oliver, £50 for his 21st.", "50"),
        ("could you make a payment of 80 to the gym", "80"),
        ("pls send Sipho R250 for the braai meat, his number is 082 555 0193", "250"),
        ("send Tom 40, his number is 07700 900123", "40"),
        ("send mum 50, her momo number is 024 555 1234", "50"),
        ("plz pay the plumber 120, he's been waiting", "120"),
    ],
)
def test_a_payment_asked_politely_or_with_the_payees_number_is_drafted(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.DRAFT_PAYMENT, amount)


@pytest.mark.parametrize("text", ["would you pay 150 for airpods?", "my number is 07700 900123"])
def test_an_opinion_asked_or_a_number_given_alone_drafts_nothing(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "Weekly shop at Pick n Pay, R980,40. Food prices are insane",
            Intent.ADD_EXPENSE,
            "980.40",
        ),
        ("filled up at Shell, 72 for diesel, the prices are crazy again", Intent.ADD_EXPENSE, "72"),
        ("Interest paid on savings 4.12", Intent.ADD_INCOME, "4.12"),
        ("Bonus is paid. 2,400. Please record.", Intent.ADD_INCOME, "2400"),
        ("HMRC has paid the 310 back today, finally!", Intent.ADD_REFUND, "310"),
        (
            "Wedding shoot in Leeds, invoice 118, they paid £900 by transfer",
            Intent.ADD_INCOME,
            "900",
        ),
        ("Logo job done, they paid USD 350 to my Payoneer", Intent.ADD_INCOME, "350"),
    ],
)
def test_money_that_came_to_the_person_or_prices_judged_in_general_are_written(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "took the kids to swim class, they paid 12 for snacks",
        "the prices at Waitrose are insane, 4.50 for a loaf",
        "Kevin paid 60 for his own haircut",
    ],
)
def test_someone_elses_money_or_a_price_seen_stays_talk(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("tiles 12 boxes x 30, trade discount 10% so total 324", Intent.ADD_EXPENSE, "324"),
        ("beer at the offie 24 bucks minus the 5 buck voucher", Intent.ADD_EXPENSE, "19"),
        ("Minus 20 with the windchill, new car battery $189.99", Intent.ADD_EXPENSE, "189.99"),
        ("move 300 from my USD account to peso account", Intent.TRANSFER, "300"),
        (
            "Dinner with Aoi and Ken. Total is 9,300 yen, we divide by three.",
            Intent.SPLIT_EXPENSE,
            "9300",
        ),
        ("I pay 70 to fill the tank, last year was 55 only", Intent.ADD_EXPENSE, "70"),
        (
            "Sushi and sake 4,000 tonight. The best 4k I've spent all month",
            Intent.ADD_EXPENSE,
            "4000",
        ),
        (
            "put £150 in the holiday pot from current, Spain isn't going to pay for itself",
            Intent.TRANSFER,
            "150",
        ),
    ],
)
def test_a_sum_worked_out_or_a_saying_beside_money_is_no_question(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    ["what's 15% of 80", "convert 200 to yen", "paid 6 quid for a coffee at the airport last year"],
)
def test_a_sum_asked_or_money_long_ago_stays_unwritten(text: str) -> None:
    assert read(text).intent is not Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    "text",
    [
        "bus 47 at 6:15 from stop 3",
        "tram 12 at 7:43, lecture in room 204",
        "route 66 bus at 8:05",
        "temp 38.5 all night",
        "step count 14,000 today",
        "heart rate 72 this morning",
    ],
)
def test_a_routes_number_or_a_measure_of_the_body_is_no_amount(text: str) -> None:
    assert read(text).amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bus 2.50 at 7:30", "2.50"),
        ("train 45 to Leeds at 9:12", "45"),
        ("tram ticket 2.90", "2.90"),
    ],
)
def test_a_fare_with_a_time_is_still_a_fare(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("My salary arrive today, 2.100 €, finally I can pay the things I owe", "2100"),
        ("Got my 13th month pay today ₱28,000, will pay some debts first", "28000"),
        ("Today entered the salary, R$ 3.900,00, I will put some in savings later", "3900.00"),
    ],
)
def test_pay_that_came_in_stands_beside_a_plan_for_it(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    "text",
    [
        "House insurance renewal came in the post, $1,420, due on the 30th. Ouch.",
        "electric bill 120 due friday",
    ],
)
def test_a_bill_that_came_in_the_post_is_still_to_pay(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("direct deposit this morning 2,240.15", "2240.15"),
        ("2,240.15, direct deposit today", "2240.15"),
        ("Locum shift at the Royal, 10 hours at £80/hr, paid today", "800"),
        ("Minijob: 12 hours at 13.50 paid today", "162.00"),
        ("shift at the bar, 6 hours at 11, paid cash", "66"),
    ],
)
def test_pay_for_the_persons_shift_or_a_direct_deposit_is_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how do I set up direct deposit", Intent.OTHER),
        ("cleaner 3 hours at 15, paid today", Intent.ADD_EXPENSE),
        ("parking 3.50 paid today", Intent.ADD_EXPENSE),
    ],
)
def test_a_direct_deposit_asked_about_or_a_service_paid_is_no_income(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("pay the gas bill 84.20, due 15.06", Intent.DRAFT_PAYMENT, "84.20"),
        ("pay the council 120 due 01.07.", Intent.DRAFT_PAYMENT, "120"),
        (
            "vet bill Fr. 240.– , please prepare payment to Dr. Graf, "
            "IBAN CH93 0076 2011 6238 5295 7",
            Intent.DRAFT_PAYMENT,
            "240",
        ),
        ("parking twice today, 4.50 each time", Intent.ADD_EXPENSE, "9.00"),
        ("coffee three point five zero", Intent.ADD_EXPENSE, "3.50"),
        ("taxi twenty point seven five", Intent.ADD_EXPENSE, "20.75"),
        ("lunch 12 point 50", Intent.ADD_EXPENSE, "12.50"),
        ("uber 2 campus 8.97 at like 11pm", Intent.ADD_EXPENSE, "8.97"),
        ("taxi 2 the airport 40", Intent.ADD_EXPENSE, "40"),
    ],
)
def test_a_due_day_an_iban_and_texting_are_no_amounts_and_spoken_decimals_are_read(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


def test_a_bill_due_on_a_dotted_day_is_paid_that_day() -> None:
    assert read("pay the gas bill 84.20, due 15.06").date is not None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("paid 2.5 lakh to the contractor today, 2nd installment out of 3", "250000"),
        ("paid 400 to the dentist, 3rd payment out of 5", "400"),
        ("boda to town 80 bob and back 100 coz of rain", "180"),
    ],
)
def test_which_instalment_of_a_few_and_a_fare_back_in_slang(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("sold the old amp for a ton", Intent.ADD_INCOME, "100"),
        ("stick a ton in the holiday pot", Intent.TRANSFER, "100"),
        ("Zalando refunded 2 of the 3 items, €29,95 each", Intent.ADD_REFUND, "59.90"),
        ("returned two out of the four shirts, 19.99 each", Intent.ADD_REFUND, "39.98"),
        ("museum trip, $12 for Eli and $12 for Nora", Intent.ADD_EXPENSE, "24"),
        ("train to Porto 24,40 € and the return 21,10", Intent.ADD_EXPENSE, "45.50"),
        ("paid 1200 rs to the plumber and 250 for the pipe", Intent.ADD_EXPENSE, "1450"),
        ("passport renewal 75 pound and 15 for the photos", Intent.ADD_EXPENSE, "90"),
    ],
)
def test_slang_some_of_a_few_each_a_price_for_each_one_and_a_second_thing_paid(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("a ton of work today, spent 12 on lunch", "12"),
        ("weighs a ton, paid 40 for it", "40"),
        ("£45 for the shoes but 30 for the boots", "45"),
    ],
)
def test_a_ton_of_something_or_a_price_set_against_another_adds_nothing(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("rent 1k2", "1200"), ("hotel 2k5 for 3 nights", "2500"), ("bike 1k25", "1250")],
)
def test_hundreds_written_after_a_k_belong_to_its_thousand(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "follow_up",
    [
        "actually split that 3 ways",
        "divide it by three",
        "we went dutch with Tom",
        "Mia is paying half",
        "Tom and Ana are paying their share",
        "Jo owes me a third",
    ],
)
def test_a_share_told_after_an_expense_splits_it(follow_up: str) -> None:
    split = after("dinner 60 at Nando's", follow_up)
    assert (split.intent, split.amount) == (Intent.SPLIT_EXPENSE, 60)


def test_the_people_counted_after_a_comma_share_the_bill() -> None:
    split = read("groceries 85 at Tesco, shared with my flatmates, 3 of us")
    assert (split.intent, split.amount, split.split_ways) == (Intent.SPLIT_EXPENSE, 85, 3)


@pytest.mark.parametrize(
    "follow_up",
    ["Tom split up with his girlfriend", "we shared a dessert", "my sister shared a photo"],
)
def test_sharing_of_no_money_after_an_expense_splits_nothing(follow_up: str) -> None:
    assert after("lunch 12", follow_up).intent is not Intent.SPLIT_EXPENSE


def test_a_count_of_who_shares_is_never_the_price() -> None:
    assert read("divide it by three").amount is None


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("pay Tom 40 for the tickets", "wait he already got it"),
        ("pay Tom 40 for the tickets", "oh he says no need"),
        ("pay Tom 40 for the tickets", "nah he paid for himself in the end"),
        ("send Ana 25 for the gift", "Ana already got it from her brother"),
        ("coffee 4.50", "I already logged that one this morning"),
        ("taxi 23", "no wait that was yesterday's, I added it already"),
        ("move 500 to savings", "hold on, not this month"),
    ],
)
def test_a_card_not_needed_any_more_is_dropped(earlier: str, text: str) -> None:
    assert after(earlier, text).intent is Intent.CANCEL


@pytest.mark.parametrize(
    ("earlier", "text", "intent"),
    [
        ("lunch 38.20", "make it yesterday", Intent.ADD_EXPENSE),
        ("coffee 4.50", "he already got one", Intent.OTHER),
        ("move 500 to savings", "not this month, next month", Intent.OTHER),
    ],
)
def test_a_correction_or_someone_elses_news_drops_no_card(
    earlier: str, text: str, intent: Intent
) -> None:
    assert after(earlier, text).intent is intent


@pytest.mark.parametrize(
    "follow_up",
    [
        "category: commute",
        "cat: transport",
        "tag it transport",
        "as transport",
        "should go under travel",
        "class it as entertainment",
    ],
)
def test_a_category_named_for_what_was_just_said_moves_it(follow_up: str) -> None:
    assert after("taxi 23", follow_up).intent is Intent.RECATEGORIZE


@pytest.mark.parametrize(
    "follow_up",
    ["duplicate", "double entry, sorry", "I entered it twice", "it's in there twice now"],
)
def test_a_double_entry_told_is_an_undo(follow_up: str) -> None:
    assert after("coffee 4.50", follow_up).intent is Intent.UNDO


def test_not_meaning_what_was_just_said_drops_the_card() -> None:
    assert after("coffee 4.50", "oops I didn't mean that").intent is Intent.CANCEL


@pytest.mark.parametrize(("text", "amount"), [("double espresso 3.20", "3.20")])
def test_a_double_bought_is_still_bought(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_money_added_to_a_payment_card_raises_it() -> None:
    assert after("pay Tom 40", "and add 5 for the snacks").amount == 45


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        ("coffee 4", "add 12 for lunch", Intent.ADD_EXPENSE, "12"),
        (
            "set a budget of 5000 for shopping",
            "and add 1,899 for the top I bought",
            Intent.ADD_EXPENSE,
            "1899",
        ),
        ("coffee 4", "and add 50 to savings", Intent.TRANSFER, "50"),
        ("coffee 4", "and send Tom 20 for the pizza", Intent.DRAFT_PAYMENT, "20"),
    ],
)
def test_a_write_of_its_own_after_an_entry_inherits_nothing(
    earlier: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount))


def test_what_of_another_period_asks_the_same_question() -> None:
    question = after("how much did I spend on groceries last month", "what of this month?")
    assert question.intent is Intent.QUERY_SPENDING


@pytest.mark.parametrize(
    "text",
    [
        "I think I added that twice",
        "I added it by accident",
        "i accidentally added the coffee twice",
        "I logged the wrong thing",
        "can you reverse the last transaction please",
    ],
)
def test_an_entry_made_by_mistake_told_is_an_undo(text: str) -> None:
    assert after("coffee 4.50", text).intent is Intent.UNDO


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("mowed lawns 60", "60"),
        ("cut 3 lawns today 75", "75"),
        ("cleaned 2 houses, 90", "90"),
        ("airbnb 320 in", "320"),
        ("lodger rent 450", "450"),
        ("nan 30 for my birthday", "30"),
    ],
)
def test_chores_done_for_others_rent_from_a_lodger_and_birthday_money_are_income(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("popped 5 in", "5"), ("mum 50 for her birthday", "50"), ("mowed the lawn, petrol 8", "8")],
)
def test_money_put_in_or_given_for_anothers_day_is_no_income(text: str, amount: str) -> None:
    assert read(text).intent is not Intent.ADD_INCOME


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("just a note: spent £19.50 on petrol, should last a while", "19.50"),
        ("hey, dropped 40 bucks on a new kettle. never again", "40"),
        ("ok so paid 85 for the vet, took forever", "85"),
        ("sigh. spent 12.99 on the kids' swimming, at least it's done", "12.99"),
    ],
)
def test_money_said_spent_after_an_opener_is_an_entry_whatever_the_remark(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("got a haircut for 120, what a day", "120"),
        ("got the kids' school shoes for £45, should last a while", "45"),
        ("paid 40 for parking at the hospital, what a rip-off", "40"),
    ],
)
def test_a_thing_got_for_a_price_or_an_exclamation_after_it_is_told_done(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_money_got_for_a_birthday_is_not_a_thing_bought() -> None:
    assert read("got 50 for my birthday").intent is not Intent.ADD_EXPENSE


def test_a_purchase_taken_back_as_a_daydream_is_not_written() -> None:
    text = "Bought a yacht for 99 euros, what a bargain. Not really, just daydreaming."
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("taxi 2340 yen at 1:30am", Intent.ADD_EXPENSE, "2340"),
        ("received 3,200 from Rohan for his share of the trip", Intent.ADD_INCOME, "3200"),
        ("got 40 from Mia for her half of the tickets", Intent.ADD_INCOME, "40"),
        ("twenty five pounds from the church raffle i won", Intent.ADD_INCOME, "25"),
    ],
)
def test_a_price_before_a_time_a_share_received_and_a_prize_won(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize("text", ["yen at 150 to the dollar", "the euro is at 1.08 today"])
def test_a_currency_quoted_stays_talk(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("pharmacie 23,80 €, the mutuelle will give back 15 € later", "23.80"),
        ("dentist 180, insurance will refund 80% later", "180"),
        ("physio 85, the club will pay me back half next month", "85"),
        ("doctor 60, Medicare will reimburse 40", "60"),
        ("taxi 40, work will reimburse it", "40"),
    ],
)
def test_the_price_paid_before_money_back_still_to_come_is_the_expense(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_person_paying_half_later_still_splits_the_bill() -> None:
    assert read("Shawarma 3,500 with Tolu, she'll pay half").intent is Intent.SPLIT_EXPENSE


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("lol got a haircut for 120, what a day", "120"),
        ("ugh, taxi 30", "30"),
        ("sigh. 40 on parking", "40"),
    ],
)
def test_a_laugh_or_a_sigh_said_first_changes_no_entry(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_laugh_alone_is_no_entry() -> None:
    assert read("lol").intent is Intent.OTHER
