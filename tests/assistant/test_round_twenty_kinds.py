"""Kinds of readings met in the twentieth round, each written here in sentences of our
own: East Asian scales, rates times units counted later, scores, bills paid later, requests
said before a comment, cancels and undos in other words, transfers to one's own places,
shares of money won, prices seen and not taken, discounts already taken, refunds named in
the writer's own language, budgets wished for, follow-ups after thanks or a reaction, and
bills shared in other words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("text", "intent", "amount", "currency"),
    [
        ("bonus 30万 came in today", Intent.ADD_INCOME, "300000", None),
        ("hotel in Kyoto 2.4万円", Intent.ADD_EXPENSE, "24000", "JPY"),
        ("pay my landlord 70만원 for rent", Intent.DRAFT_PAYMENT, "700000", "KRW"),
        ("dinner with the team 12만 5천원", Intent.ADD_EXPENSE, "125000", "KRW"),
        ("taxi 3千円", Intent.ADD_EXPENSE, "3000", "JPY"),
    ],
)
def test_an_east_asian_scale_after_the_digits_multiplies_them(
    text: str, intent: Intent, amount: str, currency: str | None
) -> None:
    assert_read_as(text, intent, amount)
    if currency is not None:
        assert read(text).currency == currency


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("got paid for dog walking, 15/h, did 3h on saturday", Intent.ADD_INCOME, "45"),
        ("mileage claim paid out: 0,30 per km, 250 km in March", Intent.ADD_INCOME, "75.00"),
        ("campsite 28 one night, we stayed 3 nights", Intent.ADD_EXPENSE, "84"),
        ("van hire 40 plus .50 a mile, drove 120 miles", Intent.ADD_EXPENSE, "100.00"),
        ("guitar tutor 35 per lesson, 4 lessons this month, paid him", Intent.ADD_EXPENSE, "140"),
    ],
)
def test_a_rate_for_one_unit_then_how_many_of_that_unit_is_their_product(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "Chiefs 27 Eagles 24 🏈",
        "United 0 Spurs 2 ugh",
        "Lakers 110 Celtics 0",
        "Celtic won 4:2 on saturday, great match",
        "back in seventy five I paid twenty cents for a loaf",
        "back in eighty one i bought my first car for nine hundred",
        "The water receipt from the council came for 845, I pay it next week at the post office",
        "the internet bill arrive, 45 €, I pay it on monday next week",
    ],
)
def test_a_match_score_a_year_long_past_or_a_bill_paid_later_is_not_written(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("lunch 12 dinner 30, log the 30", "30"),
        ("the gas bill came, 63, I paid it", "63"),
        ("salary came in 2,400 today, I pay the rent next week", "2400"),
    ],
)
def test_a_line_with_two_items_a_bill_paid_and_income_before_a_plan_still_write(
    text: str, amount: str
) -> None:
    command = read(text)
    assert command.intent.writes and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3 pizzas at 12 each, 25% off with the student card", "27.00"),
        ("4 candles, 8.50 each, 10% off", "30.60"),
        ("paid for 5 yoga classes at 18, minus the 10% member discount", "81.00"),
        ("bought 4 tickets for the gig on the 21st, 30 each", "120"),
        ("8 boards 3/4 plywood @ 42.00, plus 5% tax", "352.80"),
    ],
)
def test_a_rate_off_a_count_times_a_price_and_what_a_count_is_not(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "move 250 to the car fund please, that old clutch isn't going to pay for itself",
            Intent.TRANSFER,
            "250",
        ),
        (
            "transfer 400 to my savings, I want to start putting money aside this year",
            Intent.TRANSFER,
            "400",
        ),
        (
            "set a 300 budget for birthday presents, last year i went way over",
            Intent.SET_BUDGET,
            "300",
        ),
    ],
)
def test_a_request_said_first_stands_whatever_the_comment_after_it(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "Put 20,000 into gold today. Kidding, I have 40 quid to my name.",
        "put the 35.20 receipt in Mia's folder, it's not my stuff",
    ],
)
def test_a_request_taken_back_in_the_comment_after_it_is_not_written(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Payout from work was deposited. 1,250 euros.", "1250"),
        ("Refund from school was credited, 85.", "85"),
    ],
)
def test_money_from_a_payer_after_from_is_the_person_s(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent.writes and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("massage 60k, oh no sorry is 75k with oil", "75000"),
        ("netflix 13.99, they raised it again this month", "13.99"),
        ("yoga pass 90, no sorry 95, they raised it in january", "95"),
    ],
)
def test_a_price_corrected_or_put_up_by_the_shop_is_still_the_person_s(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "nah scrap that my brother already paid for it",
        "hold off, she said not to worry about it",
        "never mind, he says it's his treat",
        "no, leave it, I'll pay her in cash instead",
        "cancel that, not recording it",
        "nvm close that, they paid it already",
    ],
)
def test_the_card_dropped_with_a_reason_after_it_is_a_cancel(text: str) -> None:
    assert read(text).intent is Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("cancel my gym membership", Intent.OTHER),
        ("cancel that, it was logged twice", Intent.UNDO),
    ],
)
def test_a_subscription_to_cancel_or_an_entry_made_twice_is_no_cancel(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "no that's wrong, take that last one off",
        "oups efface the last entry",
        "drop the last entry please",
        "take the last one back out",
    ],
)
def test_the_last_entry_taken_off_in_other_words_is_an_undo(text: str) -> None:
    assert read(text).intent is Intent.UNDO


@pytest.mark.parametrize(
    "text",
    [
        "Transfer 1,200.00 from checking to the high-interest savings.",
        "move 800 from chequing to the tax-free savings",
        "transfer 300 to scalable capital",
        "Transfer 2 000 kr to my buffertkonto",
        "transfer 5k to m-shwari",
        "Transfer 400 € to the Festgeldkonto please",
    ],
)
def test_money_moved_to_a_savings_account_broker_or_wallet_of_one_s_own_is_a_transfer(
    text: str,
) -> None:
    assert read(text).intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("we won the raffle and my share was sixty", "60"),
        ("My share of the sales bonus, $1,200, was deposited today.", "1200"),
        ("tip jar split between 4 of us, my share 55", "55"),
        ("paid myself 900 from the business account today", "900"),
        ("PayPal: Lena sent you €30.00", "30.00"),
        ("got 250 for the wedding cake i baked", "250"),
    ],
)
def test_a_share_of_money_won_a_draw_a_notice_or_pay_for_work_done_is_income(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    "text",
    [
        "The 24,90 € at Rossmann is health, not shopping",
        "the 18 at superdrug should be categorised as medical, not beauty",
        "that taxi put in transport, not in other",
        "that 1,200 plumber change to repairs",
        "That 15 to Oxfam, mark it as charity",
    ],
)
def test_an_entry_named_by_its_amount_or_shop_then_its_new_category_is_recategorized(
    text: str,
) -> None:
    assert read(text).intent is Intent.RECATEGORIZE


def test_a_sale_told_then_marked_as_income_is_income_not_a_category_change() -> None:
    command = read("Sold 2 bags of mangoes to Mr Osei, 2 x 40. Mark it as income")
    assert (command.intent, command.amount) == (Intent.ADD_INCOME, Decimal("80"))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("rickshaw to the station 120, driver wanted 150 but I gave 120 only", "120"),
        ("auto to the market 90, he asked 120 but I gave 90", "90"),
    ],
)
def test_money_the_person_handed_over_is_their_expense(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("went through 4 tolls today, each one 2,30", "9.20"),
        ("3 x 250g butter packs 2.10 each", "6.30"),
        ("bought 150 bags of cement from Otieno at 12 each", "1800"),
    ],
)
def test_a_price_each_with_its_count_said_in_other_ways_is_their_product(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "pizza 12 at luigi's, 15 at domino's",
        "croissant 3.20 here, 1.10 in Lyon lol",
        "nasi lemak at the stall now RM6, last time RM4 only",
        "air fryer £129 → £89",
        "new trainers dropping at 180 on friday",
        "festival tickets 320 each this year, absolutely not",
        "butter: Lidl 1.99 for 250g, Tesco 2.60 for 250g",
        "in Hanoi the same pho only 40k, here $14",
    ],
)
def test_a_price_compared_cut_released_or_refused_is_not_written(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("new console drops friday at 549, pre-ordered it", "549"),
        ("spent 12 at Pret, then 3 at Costa, log the 12", "12"),
    ],
)
def test_a_price_seen_then_bought_is_still_written(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "clocked 41.5 hrs this week, 6 of them overtime",
        "weight 76.8 kg this morning, down 2 from last week",
        "weighed in at 190 lbs, up 4 since christmas",
    ],
)
def test_hours_clocked_and_a_body_weight_are_no_money(text: str) -> None:
    assert not read(text).intent.writes


def test_hours_still_count_a_price_beside_them() -> None:
    command = read("parking 2 hrs 4.50")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("4.50"))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("dinner for 4 ppl 86", "86"),
        ("parking 45 min 3.20", "3.20"),
        ("gym 6 mos 240", "240"),
        ("paint 2 gal 58", "58"),
        ("vitamin d 1000 mcg 12.99", "12.99"),
        ("cable 3 pcs 15", "15"),
    ],
)
def test_a_short_unit_after_a_number_makes_it_no_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("lunch at the canteen 2 890 ft yesterday", Intent.ADD_EXPENSE, "2890"),
        ("got 312 night shift differential on this payslip", Intent.ADD_INCOME, "312"),
    ],
)
def test_a_forint_sign_and_a_night_shift_are_not_units(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


def test_money_already_paid_and_logged_by_the_person_is_not_written_again() -> None:
    assert not read("already sent 60 to Ana on revolut and we recorded it, fine").intent.writes


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("deliveroo curry 24,50 with the 5 off voucher already", "24.50"),
        ("Zalando 89,95, the 10 € code was applied at checkout", "89.95"),
        ("Spar groceries 212.40 rand, that is after the 5% loyalty discount", "212.40"),
        ("yoga studio on Rua Augusta 274, monthly pass 180", "180"),
        ("dentist at Calle Mayor 12, 60 euros", "60"),
    ],
)
def test_a_discount_already_taken_and_a_house_number_leave_the_price_said(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("groceries at Lidl, 54 euros and 20", "54.20"),
        ("taxi to the airport thirty two dollars and forty", "32.40"),
    ],
)
def test_cents_said_after_the_currency_word_end_the_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_number_after_and_that_goes_on_is_no_cents() -> None:
    command = read("bought 2 shirts, 40 euros and 3 socks")
    assert command.amount == Decimal("40")


@pytest.mark.parametrize(
    ("text", "amount"),
    [("manicure 35 €, with tip 40 €", "40"), ("taxi 18, with tip 5", "23")],
)
def test_a_tip_more_than_the_price_is_the_total_with_the_tip(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Zalando zwrot 129,00 zł", "129.00"),
        ("remboursement from Air France 88€ for the lost bag", "88"),
        ("a Amazon me devolveu R$ 74,90", "74.90"),
        ("reembolso from Iberia 120 euros", "120"),
    ],
)
def test_a_refund_named_in_the_writer_s_own_language_is_a_refund(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_REFUND, amount)


@pytest.mark.parametrize(
    "text",
    [
        "etransfer sam 25 for the hockey jersey",
        "transfer dad 80 for the bbq",
        "e-transfer Priya 45",
    ],
)
def test_someone_named_right_after_transfer_is_paid(text: str) -> None:
    assert read(text).intent is Intent.DRAFT_PAYMENT


@pytest.mark.parametrize(
    "text",
    [
        "transfer CHF 2'000.– to my pillar 3a",
        "I want to make a transfer of 150 € to my Livret A",
        "transfer revolut 200 to monzo",
    ],
)
def test_money_moved_between_one_s_own_places_stays_a_transfer(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Chipped in £10 for Dave's retirement present", "10"),
        ("team curry at Dishoom, my share was £32, paid on card", "32"),
        ("paid my chama share 2000 this month", "2000"),
    ],
)
def test_the_person_s_own_part_paid_is_their_expense_not_a_split(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_share_with_someone_owing_the_rest_is_still_a_split() -> None:
    assert (
        read("dinner 90 with Tom, my share was 30, Tom owes me 60").intent is Intent.SPLIT_EXPENSE
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Bought diesel N42,000 at the NNPC station", "42000"), ("N3500 for suya", "3500")],
)
def test_a_nigerian_s_n_before_the_amount_is_the_naira(text: str, amount: str) -> None:
    command = read(text, "NGN")
    assert (command.intent, command.amount, command.currency) == (
        Intent.ADD_EXPENSE,
        Decimal(amount),
        "NGN",
    )


def test_an_n_before_a_small_number_or_for_others_is_a_name() -> None:
    assert read("bought N95 masks 12.99", "USD").amount == Decimal("12.99")
    assert read("bought N95 masks 2000", "NGN").amount == Decimal("2000")


def test_same_time_last_year_asks_the_same_span_a_year_earlier() -> None:
    command = after("how much did I spend on coffee in October", "same time last year?")
    assert command.intent is Intent.QUERY_SPENDING
    assert command.period is not None
    assert (command.period.start, command.period.end) == (date(2025, 10, 1), date(2025, 10, 31))


def test_vs_last_year_follows_the_question_before() -> None:
    command = after("how much did i make from tutoring this year so far", "vs last year same time?")
    assert command.intent is Intent.QUERY_SPENDING
    assert command.period is not None and command.period.start == date(2025, 1, 1)


@pytest.mark.parametrize(
    "said",
    [
        ("Total spent on taxis in October?", "wow so much", "How about Uber?"),
        ("How much did I spend on takeaway in October?", "Thank you. And in September?"),
    ],
)
def test_a_follow_up_after_a_reaction_or_thanks_follows_the_question(said: tuple[str, ...]) -> None:
    assert after(*said).intent is Intent.QUERY_SPENDING


def test_same_filter_for_another_month_lists_again() -> None:
    command = after("Show me all transactions over 500 in May.", "Same filter for April.")
    assert (command.intent, command.min_amount) == (Intent.SHOW_TRANSACTIONS, Decimal("500"))


def test_an_entry_told_after_thanks_stands_on_its_own() -> None:
    command = after("what's my balance", "Thank you. Also I paid the hairdresser 38 on Saturday")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("38"))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bowling with Sam, 48 for both, I paid and he gives me half", "48"),
        ("deliveroo 31.60, half w Priya", "31.60"),
        ("hotpot 120 for 3 of us: me, Lan and Minh", "120"),
        ("boodschappen 54,20 delen met Joris", "54.20"),
    ],
)
def test_a_bill_shared_in_other_words_is_split(text: str, amount: str) -> None:
    assert_read_as(text, Intent.SPLIT_EXPENSE, amount)


@pytest.mark.parametrize(
    ("said", "amount"),
    [
        (("Set a budget of 200 for eating out.", "Please make it 250."), "250"),
        (("set budget clothes 1,000 baht per month", "hmm make it 1.5k, sales are coming"), "1500"),
        (("Set a budget of 100 € for taxis", "Better 120 € per month."), "120"),
    ],
)
def test_a_new_figure_said_with_please_hmm_or_better_changes_the_budget(
    said: tuple[str, ...], amount: str
) -> None:
    command = after(*said)
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(amount))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("I want a 40 a week limit on scratch cards. Don't judge.", "40"),
        ("I wish to fix a budget of 250 € per month for the car", "250"),
        ("I want a 150 monthly budget for books", "150"),
    ],
)
def test_a_limit_wished_for_is_set(text: str, amount: str) -> None:
    assert_read_as(text, Intent.SET_BUDGET, amount)


def test_a_thing_wished_for_is_still_no_budget() -> None:
    assert not read("I want a new phone, 800").intent.writes


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("I'd like to keep my spending on tennis to sixty pounds a month, if you would.", "60"),
        ("Ok I need a gaming budget or my wife will kill me. 100 a month max for games", "100"),
    ],
)
def test_a_limit_wished_in_longer_words_is_set(text: str, amount: str) -> None:
    assert_read_as(text, Intent.SET_BUDGET, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Easyjet finally give refund for the flight, 64,20 pounds. I will never fly them",
            "64.20",
        ),
        (
            "Zara finally gave me back the 39.90 for the coat, I will shop there again maybe",
            "39.90",
        ),
    ],
)
def test_a_refund_given_in_the_learner_s_present_is_received(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_REFUND, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Send 20,000 naira to my tailor for the agbada, she said she won't start until I pay",
            "20000",
        ),
        (
            "prepare 80,000 naira to my brother for school fees. i'll confirm on payday",
            "80000",
        ),
    ],
)
def test_a_payment_asked_first_stands_whatever_the_comment_after_it(text: str, amount: str) -> None:
    assert_read_as(text, Intent.DRAFT_PAYMENT, amount, "NGN")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("so I paid 240 for the kids guitar lessons, they better be on stage by summer", "240"),
        ("Bought airtime from Safaricom, 1,000, paid by M-Pesa this morning", "1000"),
    ],
)
def test_paid_by_a_way_to_pay_or_by_a_time_is_the_person_s_expense(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_paid_by_someone_else_is_still_income() -> None:
    assert read("the deposit was paid by the tenant, 900").intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("Gave 1100 shagun at my friend's wedding, put it in gifts", Intent.ADD_EXPENSE, "1100"),
        ("got 501 shagun from my nani", Intent.ADD_INCOME, "501"),
    ],
)
def test_a_gift_of_money_given_is_an_expense_and_received_is_income(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "send money to my sister",
        "pay back my brother",
        "pay the electrician",
        "send dad some money",
    ],
)
def test_a_payment_asked_to_a_person_without_its_amount_asks_how_much(text: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, None)
    assert "amount" in command.missing


@pytest.mark.parametrize("text", ["pay attention", "send it", "pay it"])
def test_words_that_name_no_person_ask_no_payment(text: str) -> None:
    assert read(text).intent is not Intent.DRAFT_PAYMENT
