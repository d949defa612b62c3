"""More kinds of everyday language, each with made-up sentences of several shapes (none is
taken from a dev set): amounts written as sums, rates and regional shorthands, standing
orders, refunds for goods sent back, bookings and trades that are never written, cancels
with a reason, and short corrections of the day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import ConversationContext, Intent, parse

TODAY = date(2026, 11, 18)  # a Wednesday


def read(text: str, currency: str = "EUR"):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency=currency)


def after(earlier: str, text: str):  # type: ignore[no-untyped-def]
    context = ConversationContext().remember(read(earlier))
    return parse(text, today=TODAY, default_currency="EUR", context=context)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Gino's 42.10 plus 8 tip", "50.10"),
        ("cab 19 + 3 tip", "22"),
    ],
)
def test_a_tip_added_to_a_price_is_one_entry(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("ferry tickets Dover-Calais, 3 at 41,50", "124.50"),
        ("beers: 4 at 5.50", "22.00"),
        ("bought 3 packs of nappies at Boots, 9.99 each", "29.97"),
        ("parking 3h at 2,40/h", "7.20"),
        ("babysitter 4 hours at 15 an hour", "60"),
    ],
)
def test_counts_and_hours_at_a_unit_price_multiply(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("lunch for 2 at 30", "30"), ("table for 2 at 8pm, dinner 64", "64")],
)
def test_a_party_or_a_time_after_at_is_no_count(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bánh mì with Lan and Bảo 1tr5, split three", "1500000"),
        ("sửa xe 2 triệu for the motorbike", "2000000"),
    ],
)
def test_vietnamese_shorthand_amounts_inside_english(text: str, amount: str) -> None:
    assert read(text, "VND").amount == Decimal(amount)


def test_a_count_of_ways_after_split_is_no_amount() -> None:
    command = read("pizza 36, split three")
    assert command.intent is Intent.SPLIT_EXPENSE and command.amount == Decimal(36)


def test_a_possessive_name_with_a_digit_is_no_pence() -> None:
    command = read("lunch at Cafe 9P's 24.50")
    assert command.amount == Decimal("24.50")


def test_a_regional_currency_letter_is_no_word_of_an_entry() -> None:
    command = read("nappies from Checkers R1 250 for the month", "ZAR")
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(1250)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("set up rent, 980 monthly to Harcourts Lettings", "980"),
        ("schedule 30 to the swim club every month", "30"),
    ],
)
def test_a_payment_set_up_to_someone_is_a_draft(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.DRAFT_PAYMENT and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text", ["set up 150 a month to my savings", "set up a transfer of 80 to savings weekly"]
)
def test_a_standing_order_to_one_s_own_savings_is_a_transfer(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER


@pytest.mark.parametrize(
    "text",
    [
        "Currys refunded 199.99 for the kettle I sent back",
        "sent it back, refund 45 from Zalando",
    ],
)
def test_goods_sent_back_and_refunded_are_a_refund(text: str) -> None:
    assert read(text).intent is Intent.ADD_REFUND


def test_money_the_person_sent_back_is_no_refund_to_them() -> None:
    assert read("I sent Tom 20 back").intent is not Intent.ADD_REFUND


@pytest.mark.parametrize(
    "text",
    [
        "book a table for 6 at 8:15 on friday",
        "reserve two seats for the 7pm show",
        "sell 20 shares of Nvidia at 140",
        "buy 3 units of the world ETF",
    ],
)
def test_bookings_and_trades_are_never_written(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.OTHER and command.amount is None


@pytest.mark.parametrize(
    "text",
    [
        "cancel, I'll add it tonight",
        "forget it, wrong shop",
        "never mind, don't save that 35",
    ],
)
def test_a_cancel_with_its_reason_drops_the_card(text: str) -> None:
    assert read(text).intent is Intent.CANCEL


@pytest.mark.parametrize("text", ["cancel that, I meant 45", "no, it was yesterday"])
def test_a_correction_is_no_cancel(text: str) -> None:
    assert read(text).intent is not Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "day"),
    [("no, sat", date(2026, 11, 14)), ("actually weds", date(2026, 11, 18))],
)
def test_a_short_day_name_corrects_the_day_just_said(text: str, day: date) -> None:
    command = after("bakery 6.20 yesterday", text)
    assert command.intent is Intent.ADD_EXPENSE and command.date == day
    assert command.amount == Decimal("6.20")


@pytest.mark.parametrize("text", ["we sat down at last", "sun cream 12"])
def test_short_day_names_that_are_words_stay_words(text: str) -> None:
    assert read(text).date is None


@pytest.mark.parametrize(
    "text",
    [
        "I might spend 300 on a new phone, what do you think?",
        "should I spend 90 on running shoes",
    ],
)
def test_asking_an_opinion_about_spending_is_out_of_scope(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("rent from the flat on Mill Road, 875", Intent.ADD_INCOME),
        ("got the rent from my lodger 450", Intent.ADD_INCOME),
        ("paid rent 875", Intent.ADD_EXPENSE),
    ],
)
def test_rent_received_is_income_and_rent_paid_an_expense(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "send 250 from Commerzbank to my own Revolut",
        "top up my Monzo with 60 from the joint account",
    ],
)
def test_money_moved_into_one_s_own_bank_is_a_transfer(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER


@pytest.mark.parametrize(
    "text",
    [
        "next week I will pay 300 to the builder, don't enter it yet",
        "I'll send 60 to Maria on friday, don't add anything for now",
        "got an email from 'PayPal' saying I must pay 49.99 to unlock my account, is it real?",
        "had a text asking me to pay a £2.99 parcel fee, scam?",
    ],
)
def test_money_said_not_to_be_written_or_a_message_to_check_is_never_written(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.OTHER and command.amount is None


@pytest.mark.parametrize(
    "text",
    [
        "what's the silver price this week",
        "exchange rate for yen today?",
        "any budgeting tips for students?",
        "can you recommend a budgeting app",
    ],
)
def test_market_prices_and_budgeting_advice_are_out_of_scope(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "I'm thinking of getting a 900 bike, would that be a bad idea?",
        "maybe I'll buy the 1,200 sofa, is that too much?",
    ],
)
def test_an_opinion_asked_about_a_purchase_not_made_is_out_of_scope(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.OTHER and command.amount is None


@pytest.mark.parametrize(
    "text", ["on what did I spend more money in March?", "where did we spend the most last year"]
)
def test_where_the_most_money_went_is_a_ranking(text: str) -> None:
    assert read(text).intent is Intent.QUERY_BREAKDOWN


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("list everything from ikea last month", Intent.SHOW_TRANSACTIONS),
        ("groceries in october?", Intent.QUERY_SPENDING),
    ],
)
def test_asking_to_list_a_fragment_lists_it(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


def test_a_cap_on_a_category_sets_a_budget() -> None:
    command = read("put a 150 quid cap on takeaways")
    assert command.intent is Intent.SET_BUDGET and command.amount == Decimal(150)


@pytest.mark.parametrize("text", ["add my overtime pay 312", "holiday pay 640 came today"])
def test_kinds_of_pay_received_are_income(text: str) -> None:
    assert read(text).intent is Intent.ADD_INCOME


def test_a_transfer_from_one_s_account_to_one_s_livret_is_a_transfer() -> None:
    command = read("I'd like to transfer 150 € from my current account to my Livret A")
    assert command.intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("spent on Aldi since the month start?", date(2026, 11, 1)),
        ("spent since the year began", date(2026, 1, 1)),
    ],
)
def test_since_the_month_or_year_began_runs_to_today(text: str, start: date) -> None:
    period = read(text).period
    assert period is not None and (period.start, period.end) == (start, TODAY)


def test_a_follow_up_asked_twice_over_still_follows() -> None:
    command = after("how much did I spend at Deliveroo in september", "and ubereats??")
    assert command.intent is Intent.QUERY_SPENDING and command.merchant == "ubereats"


@pytest.mark.parametrize(
    "text", ["put it under gifts", "actually file it under groceries", "that was a gift"]
)
def test_filing_the_last_entry_elsewhere_is_a_move_never_a_second_entry(text: str) -> None:
    command = after("spent 38 at Target", text)
    assert command.intent is Intent.RECATEGORIZE and command.amount is None
    assert command.category is not None


def test_a_filter_after_a_list_is_no_move() -> None:
    command = after("show me what I bought in october", "only the ones at Amazon")
    assert command.intent is Intent.SHOW_TRANSACTIONS


@pytest.mark.parametrize(
    "text",
    [
        "RM45 at the mamak for dinner with the team last night",
        "R2 300 at Game for a new microwave and a kettle",
    ],
)
def test_a_line_that_starts_with_its_amount_and_currency_letters_is_an_expense(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("tip from the tour group today 300k", Intent.ADD_INCOME),
        ("tips from saturday came to 74 quid", Intent.ADD_INCOME),
        ("got the cheque from the council for the fence, 640.00", Intent.ADD_INCOME),
        ("£40 from the car boot, put it down as income", Intent.ADD_INCOME),
        ("stick 250 into my super", Intent.TRANSFER),
        ("move 100 to the Roth IRA", Intent.TRANSFER),
    ],
)
def test_money_received_or_kept_in_other_words(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


def test_back_as_a_place_is_no_money_back() -> None:
    command = read("IKEA trip this morning $212.40 - shelves for the back room")
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal("212.40")


@pytest.mark.parametrize(
    "text", ["what's the damage at Tesco this week", "whats the damage on takeaways this month"]
)
def test_what_s_the_damage_asks_a_total(text: str) -> None:
    assert read(text).intent is Intent.QUERY_SPENDING


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("pull up last week's coffee", Intent.SHOW_TRANSACTIONS),
        ("find me a cheaper phone plan", Intent.OTHER),
    ],
)
def test_seeing_one_s_own_category_lists_it_and_a_search_of_the_world_does_not(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent


def test_an_entry_said_to_repeat_with_set_recurring_is_an_entry() -> None:
    command = read("allotment rent 35 every month, set recurring")
    assert command.intent is Intent.ADD_EXPENSE and command.recurrence == "monthly"


@pytest.mark.parametrize("text", ["take that last one off, typo", "take the last entry out"])
def test_taking_the_last_one_off_is_an_undo(text: str) -> None:
    assert read(text).intent is Intent.UNDO


def test_since_the_new_year_runs_from_january() -> None:
    period = read("how much on petrol since the new year?").period
    assert period is not None and (period.start, period.end) == (date(2026, 1, 1), TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "what did the dentist set me back in March?",
        "the amex, how much went on it in june",
        "Black Friday damage?",
    ],
)
def test_more_ways_of_asking_what_something_cost(text: str) -> None:
    assert read(text).intent is Intent.QUERY_SPENDING


@pytest.mark.parametrize(
    "text", ["so where did it all go in october", "where has all my money gone this year"]
)
def test_where_it_all_went_is_a_ranking(text: str) -> None:
    assert read(text).intent is Intent.QUERY_BREAKDOWN


@pytest.mark.parametrize(
    "text",
    [
        "how much should a couple spend on groceries a week",
        "which bank has the best savings rate at the moment",
        "how much is 50 pounds in euros",
        "current mortgage rates?",
    ],
)
def test_money_questions_about_the_world_are_out_of_scope(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.OTHER and command.amount is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("my total spend on gas for the year?", date(2026, 1, 1), date(2026, 12, 31)),
        ("show me the petrol receipts from the summer", date(2026, 6, 1), date(2026, 8, 31)),
    ],
)
def test_more_period_phrases(text: str, start: date, end: date) -> None:
    period = read(text).period
    assert period is not None and (period.start, period.end) == (start, end)


def test_a_follow_up_filter_keeps_the_question_s_period() -> None:
    command = after("show me my coffee purchases in october", "any over a fiver?")
    assert command.intent is Intent.SHOW_TRANSACTIONS and command.min_amount == Decimal(5)
    assert command.period is not None and command.period.start == date(2026, 10, 1)


def test_a_follow_up_bound_that_contradicts_the_old_one_replaces_it() -> None:
    command = after("show transactions over 100 in September", "now under 20")
    assert (command.min_amount, command.max_amount) == (None, Decimal(20))
    narrowed = after("show transactions over 20 in September", "and under 50")
    assert (narrowed.min_amount, narrowed.max_amount) == (Decimal(20), Decimal(50))


def test_another_person_who_came_too_joins_the_split() -> None:
    command = after("pho last night 42.60, split with Linh", "and Bao, he came too")
    assert command.intent is Intent.SPLIT_EXPENSE and command.split_with == ("Linh", "Bao")
    assert command.amount == Decimal("42.60")


def test_a_new_amount_with_its_reason_corrects_the_entry_and_keeps_its_day() -> None:
    command = after("swim lessons 40 on the 3rd", "make it 48 there was a booking fee")
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(48)
    assert command.date == date(2026, 11, 3)


@pytest.mark.parametrize(
    "text",
    [
        "my brother is paying for our cinema tickets on friday, sweet",
        "we are going to the coast at easter",
    ],
)
def test_a_statement_about_someone_is_no_question(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("three quarters of the 120 hotel bill was mine", "90"),
        ("a third of the 45 taxi was mine", "15"),
        ("paid half of 63", "31.50"),
    ],
)
def test_a_share_of_a_bill_is_the_amount(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("the garage took 240 quid off me for the brakes", Intent.ADD_EXPENSE),
        ("the customer paid cash 380 for the mural", Intent.ADD_INCOME),
        ("bank transfer from client 9,500 for the logo", Intent.ADD_INCOME),
        ("what ate my budget in october", Intent.QUERY_BREAKDOWN),
        ("what share of my spending went on rent this year?", Intent.QUERY_BREAKDOWN),
        ("did my water bill go up last quarter", Intent.QUERY_SPENDING),
        ("translate this receipt into French", Intent.OTHER),
        ("my sister always says I spend too much on shoes lol", Intent.OTHER),
        ("I was wondering how much I spent on shoes", Intent.QUERY_SPENDING),
    ],
)
def test_more_everyday_kinds(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


def test_a_refund_for_a_scam_charge_is_no_message_to_check() -> None:
    assert read("I got a text saying I owe 30 for a parcel, scam?").intent is Intent.OTHER
    assert read("the bank refunded 75 for the scam charge").intent is Intent.ADD_REFUND


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("how much for the month of March", date(2026, 3, 1)),
        ("total for the week of the 9th", date(2026, 11, 9)),
    ],
)
def test_for_the_month_of_a_named_one_is_that_one(text: str, start: date) -> None:
    period = read(text).period
    assert period is not None and period.start == start


def test_a_party_counted_as_the_n_of_us_is_no_amount() -> None:
    assert read("Wagamama for the 5 of us, 84.30").amount == Decimal("84.30")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("swimming lessons for Leo, 42.50 a month", Intent.ADD_EXPENSE),
        ("60 to the ISA this payday", Intent.TRANSFER),
        ("put 15k in the FD", Intent.TRANSFER),
        ("Dan's pay 2,104.55", Intent.ADD_INCOME),
        ("nanny salary 1200 for october", Intent.ADD_EXPENSE),
        ("gpay Ravi 300 for the cylinder", Intent.DRAFT_PAYMENT),
        ("can you do a transfer of 25 to Priya for the flowers", Intent.DRAFT_PAYMENT),
        ("timber 2.4m lengths from Mitre 10 $212.60 for the deck job", Intent.ADD_EXPENSE),
        ("Sam owes me half of the pizza from friday, it was 38 in total", Intent.SPLIT_EXPENSE),
    ],
)
def test_household_kinds(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "oh wait, Jo already paid her in cash. Don't send it",
        "hang on, the shop gave it to us free. cancel that",
    ],
)
def test_a_cancel_said_after_its_reason_drops_the_card(text: str) -> None:
    assert read(text).intent is Intent.CANCEL


def test_a_caller_asking_for_gift_cards_is_never_a_payment() -> None:
    command = read(
        "someone called saying we owe $2000 in tax, to be paid in gift cards, should we?"
    )
    assert command.intent is Intent.OTHER and command.amount is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the B&Q one was for the garden, not hardware", "HOME_IMPROVEMENT_OTHER_HOME_IMPROVEMENT"),
        (
            "file the boots nappies under baby stuff pls",
            "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE",
        ),
    ],
)
def test_filing_under_garden_or_baby_things(text: str, category: str) -> None:
    command = read(text)
    assert command.intent is Intent.RECATEGORIZE and command.category == category


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Groceries at Trader Joe's, 63 18.", "63.18"),
        ("I got the flowers at the market, 14 50.", "14.50"),
        ("Uber refund for the late ride, 6 75.", "6.75"),
        ("Pret, a flat white and a croissant, 7 45.", "7.45"),
    ],
)
def test_a_spoken_price_written_as_two_numbers_after_a_pause(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(("text", "hour"), [("meeting at 12 15.", None), ("tickets 2 25", None)])
def test_two_numbers_that_may_be_a_time_or_a_count_are_not_joined(text: str, hour: None) -> None:
    command = read(text)
    assert command.amount not in (Decimal("12.15"), Decimal("2.25"))


def test_what_a_budget_still_allows_is_a_budget_question() -> None:
    assert read("how much can I still spend on takeaways this week?").intent is Intent.BUDGET_STATUS


def test_someone_else_s_spending_told_is_out_of_scope() -> None:
    command = read("my cousin spent 2 grand on a phone, can you believe it?")
    assert command.intent is Intent.OTHER and command.amount is None


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("it was 23 dollars, uh, 23 60", "23.60", "USD"),
        ("taxi 18, 18.40 with the toll", "18.40", None),
    ],
)
def test_an_amount_said_again_to_the_cent_is_the_one_meant(
    text: str, amount: str, currency: str | None
) -> None:
    command = read(text, "EUR")
    assert command.amount == Decimal(amount)
    assert currency is None or command.currency == currency


@pytest.mark.parametrize(
    "text",
    [
        "Argos took back the broken kettle, £24.99 back on my card",
        "32.50 back on my debit card from H&M",
    ],
)
def test_money_back_on_the_card_is_a_refund(text: str) -> None:
    assert read(text).intent is Intent.ADD_REFUND


def test_money_back_asked_for_is_no_refund() -> None:
    assert read("can I get 20 back on my card").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("birthday money for the twins, forty each for Ella and Max", "80"),
        ("concert tickets 35 each for me and Jo", "70"),
        ("gift cards 20 each to Ana, Ben and Cai", "60"),
    ],
)
def test_a_price_each_for_people_named_counts_them(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "merchant", "category"),
    [
        (
            "that vinted thing wasnt clothes it was a gift for my sister",
            "vinted",
            "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES",
        ),
        (
            "the amazon order wasn't electronics, it was a gift",
            "amazon",
            "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES",
        ),
    ],
)
def test_what_it_was_not_and_what_it_was_moves_it(text: str, merchant: str, category: str) -> None:
    command = read(text)
    assert command.intent is Intent.RECATEGORIZE
    assert (command.merchant, command.category) == (merchant, category)


@pytest.mark.parametrize(
    "text",
    ["petrol 58 earlier this week not sure which day", "cab 30 last week, can't remember what day"],
)
def test_not_knowing_the_day_is_no_question(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount is not None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how much do my subs come to", Intent.QUERY_SUBSCRIPTIONS),
        ("subway subs 12", Intent.ADD_EXPENSE),
        ("cash in my wallet?", Intent.BALANCE),
        ("How much I can still spend for shoes this month?", Intent.BUDGET_STATUS),
        ("finally paid the vet, it was 340 which is way more than they said", Intent.ADD_EXPENSE),
    ],
)
def test_first_week_kinds(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "petrol in this month until now?",
        "spent on food this year to date",
        "coffee this week till now",
    ],
)
def test_a_period_said_until_now_ends_today(text: str) -> None:
    period = read(text).period
    assert period is not None and period.end == TODAY


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Aye, bin that", Intent.CANCEL),
        ("Transfer 2k from my DBS to my OCBC savings, can?", Intent.TRANSFER),
        ("Got my tutoring money 4500 from the parents today", Intent.ADD_INCOME),
        ("Friday hotpot with classmates, 480 yuan, we go AA", Intent.SPLIT_EXPENSE),
        ("Gave the window cleaner 25 in cash, lovely job", Intent.ADD_EXPENSE),
        ("Boss pay me 20k for the delivery work today", Intent.ADD_INCOME),
        ("Did phone recharge 300 taka by Nagad", Intent.ADD_EXPENSE),
        ("Topup RM50 into my GrabPay eWallet from CIMB", Intent.TRANSFER),
        ("did the builder get paid?", Intent.OTHER),
    ],
)
def test_world_english_kinds(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "what if we spent 50 less on takeaways each week",
        "if I put 200 a month into savings how long until I have 5k",
        "my sister owes the bank 5k",
        "the estimate for the roof is 4,200",
        "diesel is 1.61 per litre at Tesco today",
        "Spotify wants 12.99 now",
        "order a large pepperoni from papa johns",
        "text Tom that I'll pay him 20 tomorrow",
        "I could easily drop 500 at ikea",
        "hey can you hear me, testing 1 2 3",
        "they won't need the 80 for the trip after all",
        "my friends paid 200 for the cabin, not me",
        "i was charged 5.99 twice for one subscription",
        "I'd love 5k for a holiday",
        "the ticket machine said 14.50 but it didn't work",
    ],
)
def test_money_talk_that_is_no_entry_is_never_written(text: str) -> None:
    command = read(text)
    assert not command.intent.writes, command.intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("paid the quote for the boiler, 2,800", Intent.ADD_EXPENSE),
        ("got the estimate and paid 450 for the roof repair", Intent.ADD_EXPENSE),
        ("ordered pizza 24.50", Intent.ADD_EXPENSE),
        ("my sister paid me back 40", Intent.ADD_INCOME),
        ("Amazon paid me back 40", Intent.ADD_REFUND),
        ("if you could log 20 for lunch please", Intent.ADD_EXPENSE),
        ("Eir refunded me 19.99, they'd double charged me", Intent.ADD_REFUND),
    ],
)
def test_entries_said_in_the_same_words_are_still_written(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "would it be cheaper to pay 12 a week for the bus or 45 for the month",
        "Mum just got her pension bump, she's on 1,900 a month now",
        "Chidi said he made 300k off his side hustle",
        "Kevin owes everyone money and still bought a new phone for 899",
        "Aldi has the salmon for 3.49 this week",
        "petrol at the Esso is 1.48 today",
        "shud i buy tesla before earnings",
        "any tips for spending less on groceries",
        "cancel my Netflix subscription",
        "call me back on 0412 555 019",
        "tracking number 1Z 999 AA1 01 2345 6784",
        "check one two, 1 2 3 4 5",
    ],
)
def test_more_money_talk_that_is_no_entry(text: str) -> None:
    command = read(text)
    assert not command.intent.writes, command.intent
    assert command.amount is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Spent ₦12,000 on diesel at Total this morning", Intent.ADD_EXPENSE),
        ("dropped 40 on gifts for the team", Intent.ADD_EXPENSE),
        ("Had to pay 980 to the roofer today", Intent.ADD_EXPENSE),
        ("the ATM 100 was put back into my account", Intent.ADD_REFUND),
        ("the failed card payment of 3,500 has been reversed", Intent.ADD_REFUND),
        ("me and Jess halved the 72 gas bill", Intent.SPLIT_EXPENSE),
        ("won 20 quid on the lottery", Intent.ADD_INCOME),
        ("Gas bill paid. 96.40.", Intent.ADD_EXPENSE),
    ],
)
def test_entries_near_those_are_written(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


def test_money_moved_back_between_one_s_accounts_is_no_refund() -> None:
    command = read("could you transfer 80 from my savings back to my current account?")
    assert command.intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("had dosa and coffee at the canteen 80 rs", Intent.ADD_EXPENSE, "80"),
        ("diesel KSh 4,100 at Total Kilimani", Intent.ADD_EXPENSE, "4100"),
        ("pay Suresh bhaiya 1,500 for the driver salary", Intent.DRAFT_PAYMENT, "1500"),
        ("invoice paid by client, 2 300", Intent.ADD_INCOME, "2300"),
        ("rent was 1 150", Intent.ADD_EXPENSE, "1150"),
    ],
)
def test_regional_forms_of_an_entry(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert command.intent is intent and command.amount == Decimal(amount)


def test_had_i_asks_and_had_a_thing_tells() -> None:
    assert read("had I spent much on food").intent is Intent.QUERY_SPENDING


def test_a_number_after_a_gate_is_no_grouped_thousands() -> None:
    assert read("gate 1 200").amount != Decimal(1200)


def test_a_move_said_after_wait_is_still_a_move() -> None:
    assert read("wait put the chipotle under eating out pls").intent is Intent.RECATEGORIZE


@pytest.mark.parametrize(
    "text",
    [
        "flights to Lisbon are 79 return right now",
        "the council wants 1,750 for the year, unbelievable",
        "I think my husband spent 150 at Next yesterday",
        "don't log this but I spent 40 on scratch cards",
        "tesla stock is at 410 today",
        "he sent 300 to his parents in Lagos",
        "they offered me 31k for the job",
        "the flat's 1,250 a month if we take it",
        "transfer 900 to a safe account the bank told me about",
        "put 20 on black",
        "my grandad gave my brother 50 for his birthday",
        "the car needs 2 new tyres, about 180",
    ],
)
def test_a_third_set_of_money_talk_that_is_no_entry(text: str) -> None:
    command = read(text)
    assert not command.intent.writes, command.intent


def test_money_family_sent_to_me_is_still_income() -> None:
    assert read("my nan sent 30 for my birthday").intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    ("text", "amount"),
    [("the bill was 96.40 split between 4", "96.40"), ("split 60 between 3", "60")],
)
def test_a_count_of_people_after_between_is_no_amount(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.SPLIT_EXPENSE and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can you tell me what I paid for insurance", Intent.QUERY_SPENDING),
        ("can my parents see what i buy on my card", Intent.OTHER),
    ],
)
def test_what_i_paid_for_asks_a_total(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


def test_a_filter_after_a_payment_inherits_nothing() -> None:
    command = after("pay Anna 40 for the tickets", "any over 50?")
    assert command.intent is Intent.SHOW_TRANSACTIONS and command.amount is None
    assert command.payee is None


@pytest.mark.parametrize("text", ["max 150 a month on takeaways", "limit 80 per week for coffee"])
def test_a_maximum_on_a_category_sets_a_budget(text: str) -> None:
    assert read(text).intent is Intent.SET_BUDGET


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "so i just got back from the shops and spent about sixty two pounds on food",
            Intent.ADD_EXPENSE,
        ),
        ("got 20 back from zara", Intent.ADD_REFUND),
        ("take that last one back i made a mistake", Intent.UNDO),
    ],
)
def test_back_home_is_no_money_back_and_a_spoken_reason_follows_an_undo(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("took in 480 today from cuts and colours", Intent.ADD_INCOME, "480"),
        ("xfer 1.5k biz to tax account", Intent.TRANSFER, "1500"),
        ("today I make 84 pounds with deliveroo", Intent.ADD_INCOME, "84"),
        ("fertiliser 3,460 put it on the farm card", Intent.ADD_EXPENSE, "3460"),
        ("+2300 invoice smith ltd nov", Intent.ADD_INCOME, "2300"),
        ("my papa don send me 40k for school fees", Intent.ADD_INCOME, "40000"),
        ("paynow my sister 200 lah", Intent.DRAFT_PAYMENT, "200"),
        ("taco bell 22.60 kids dinner", Intent.ADD_EXPENSE, "22.60"),
    ],
)
def test_daily_users_shorthand(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert command.intent is intent and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "intent"), [("rm last", Intent.UNDO), ("I make 3000 a month", Intent.OTHER)]
)
def test_shorthand_undo_and_earnings_told_as_a_fact(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("pay day! 1,980.20 landed", Intent.ADD_INCOME),
        ("pay day loan 500", Intent.DRAFT_PAYMENT),
        ("I was paid a hundred and twenty for dog walking on Sunday", Intent.ADD_INCOME),
        ("I paid 40 for babysitting", Intent.ADD_EXPENSE),
        ("I paid 120 for the cabin, splitting with Jess and Ollie", Intent.SPLIT_EXPENSE),
        ("I'm thinking of buying a 900 bike next month", Intent.OTHER),
        ("Sam says he'll pay me back 40 next week", Intent.OTHER),
        ("book a table for 6 at 8pm, budget about 150", Intent.OTHER),
        ("example: taxi 20", Intent.OTHER),
        ("Abeg, I don pay 12k for the fuel", Intent.ADD_EXPENSE),
    ],
)
def test_tricky_pay_words(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("12 pack of Pepsi Max 9.49 Tesco", "9.49"),
        ("Coke Zero 1.99", "1.99"),
        ("BP, pump 4, 41.8 litres, 72.60", "72.60"),
        ("Coffee Four Fifty", "4.50"),
    ],
)
def test_numbers_in_names_pumps_and_packs_are_no_price(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Gran paid me back the 300", Intent.ADD_INCOME),
        ("got reimbursed 86.20 by work for the train tickets", Intent.ADD_INCOME),
        ("bond back from the landlord, 1,400", Intent.ADD_INCOME),
        ("Amazon paid me back 20", Intent.ADD_REFUND),
        ("Currys have reimbursed me 49.99 for the kettle", Intent.ADD_REFUND),
    ],
)
def test_money_paid_back_by_a_person_is_income_and_by_a_shop_a_refund(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent


def test_a_cost_between_the_n_of_us_is_a_split() -> None:
    command = read("Kevin's leaving gift, 60 between the four of us")
    assert command.intent is Intent.SPLIT_EXPENSE and command.amount == Decimal(60)


@pytest.mark.parametrize(
    "text",
    [
        "the electrician reckons it'll be around 300 to fix",
        "the kids want 15 each for the cinema on saturday",
        "my mortgage is 1,240 a month",
        "gas went up to 12p per kWh",
        "the fine could be up to 500",
        "my pension pot is at 52k",
        "our flat is worth about 280k now",
        "I spent 3 hours on hold with the council today",
        "I have 2 tickets for the match at 3",
        "my rent was 900 last year",
    ],
)
def test_a_fourth_set_of_money_talk_that_is_no_entry(text: str) -> None:
    command = read(text)
    assert not command.intent.writes, command.intent


@pytest.mark.parametrize(
    "text",
    [
        "tell my husband the water bill is 42",
        "aldi had strawberries for 1.99 a punnet, bargain",
        "he tipped the driver 15, bit much",
        "we're saving 40 a week for christmas",
        "my sister's new car cost 22k",
        "the bank sent a letter saying I owe 35 but I already paid",
        "I need to remember to pay 25 for the swimming club",
        "our gas direct debit is 85 a month",
        "the concert ticket was 60 but my brother bought it for me",
        "the council tax is due on the 1st, 160",
        "I was overcharged 12 at the car wash",
    ],
)
def test_a_fifth_set_of_money_talk_that_is_no_entry(text: str) -> None:
    command = read(text)
    assert not command.intent.writes, command.intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("we went bowling on sunday, I covered it, 42 total", Intent.ADD_EXPENSE),
        ("the gas company refunded the 60 they overcharged me", Intent.ADD_REFUND),
    ],
)
def test_the_person_covering_it_or_a_refund_of_an_overcharge_is_written(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent


def test_money_back_for_an_overcharge_is_a_refund() -> None:
    assert read("got 20 back from the garage, they overcharged me").intent is Intent.ADD_REFUND


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("flight BA 2490 to Rome 189", "189"),
        ("order #4471 arrived, paid 62.99", "62.99"),
        ("10% off, paid 45", "45"),
        ("called 0800 123 456 and paid 15", "15"),
        ("CHQ 000123 175.00 - that was the piano teacher", "175.00"),
    ],
)
def test_flight_numbers_order_numbers_discounts_and_phone_numbers_are_no_price(
    text: str, amount: str
) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "if the flight is cancelled I get 120 back",
        "the kids' club wants 25 for the trip by friday",
        "dad reckons I should put 50 a month away",
        "the home insurance renewal came in at 540, shopping around",
        "got a speeding fine for 100, appealing it",
        "I'd pay 80 for front row seats",
        "the food bank asked for 5 a week",
    ],
)
def test_a_sixth_set_of_money_talk_that_is_no_entry(text: str) -> None:
    command = read(text)
    assert not command.intent.writes, command.intent


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Dinner was 86 40 with the tip.", "86.40"),
        ("Um, 49 99 for the boots.", "49.99"),
        ("Netflix, 17 99 a month.", "17.99"),
        ("Bus fare 2 80.", "2.80"),
        ("The haircut was 28, 30 with tip.", "30"),
    ],
)
def test_more_spoken_prices_and_the_total_with_the_tip(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize("text", ["lunch 12 30 minutes ago", "meeting at 12 15."])
def test_a_time_or_a_duration_is_still_no_spoken_price(text: str) -> None:
    assert read(text).amount not in (Decimal("12.30"), Decimal("12.15"))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("sent 100 to Anna", Intent.ADD_EXPENSE),
        ("send 100 to Anna", Intent.DRAFT_PAYMENT),
        ("sent 200 to my savings", Intent.TRANSFER),
        ("Tom owes me 20 for the tickets", Intent.OTHER),
        ("uber paid out 180 this week", Intent.ADD_INCOME),
    ],
)
def test_contrasting_pairs_of_money_verbs(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "amount"),
    [("two coffees 7", "7"), ("three beers 15", "15"), ("Two coffees, 9 20.", "9.20")],
)
def test_a_count_said_in_a_word_before_things_is_no_amount(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("how much went on Boots in the last month", "Boots"),
        ("what have I spent in Primark this year", "Primark"),
        ("picked up the weekly shop in Morrisons, 71.25", "Morrisons"),
    ],
)
def test_a_shop_named_after_in_or_on_mid_sentence(text: str, merchant: str) -> None:
    assert read(text).merchant == merchant


@pytest.mark.parametrize(
    "text",
    [
        "how much is on the Visa this month",
        "total spent on the Revolut card in May",
        "what's left in the Nationwide account",
    ],
)
def test_the_account_asked_about_is_no_shop(text: str) -> None:
    command = read(text)
    assert command.account is not None and command.merchant is None


def test_a_balance_names_no_shop_but_the_account() -> None:
    command = read("how much is on the Barclaycard this month")
    assert command.merchant is None and command.account == "barclaycard"


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("Sound Buy Electronics refunded the charger 19.99", "Sound Buy Electronics"),
        ("got my money back off Currys 59", "Currys"),
        ("easyjet finally paid back 140 for the delay", "easyjet"),
        ("the shopping fae Asda came tae 54.10", "Asda"),
    ],
)
def test_a_name_read_without_the_words_around_it(text: str, merchant: str) -> None:
    assert read(text).merchant == merchant


@pytest.mark.parametrize(
    "text", ["2 grand for the new roof ouch", "parking fine 70 ugh", "taxi 45 lol"]
)
def test_a_cry_after_the_price_names_no_shop(text: str) -> None:
    command = read(text)
    assert command.amount is not None and command.merchant is None


@pytest.mark.parametrize(
    "text",
    ["paid the 2nd instalment of the sofa, 150", "the 3rd time this month I paid 5 for parking"],
)
def test_an_ordinal_before_a_thing_is_no_day(text: str) -> None:
    command = read(text)
    assert command.date is None and command.merchant not in ("nd", "rd")


def test_an_order_number_is_no_errand() -> None:
    command = read("order 48813 from Zalando refunded 22")
    assert command.intent is Intent.ADD_REFUND


def test_an_issue_number_is_no_price() -> None:
    assert read("comic shop 7 for issue 3").amount == Decimal("7")
