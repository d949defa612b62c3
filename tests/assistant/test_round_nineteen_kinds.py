"""Kinds of readings met in the nineteenth round, each written here in sentences of our
own: a price added to a product, money written with a country's dollar sign, numbers that
identify an account."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import assert_read_as, read


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bakery 2.40 + 3 x 1.10", "5.70"),
        ("snacks for the kids 1.99 + 2 x 0.89", "3.77"),
        ("parking 4 + 2 x 1.50", "7.00"),
    ],
)
def test_a_price_plus_a_count_times_a_price_is_their_sum(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("ferry across the harbour 2 x NZ$9.50", "19.00", "NZD"),
        ("kaya toast set S$5.80", "5.80", "SGD"),
        ("dim sum HK$176 with the team", "176", "HKD"),
        ("3 x A$4.20 flat whites", "12.60", "AUD"),
        ("ski rental C$45 for the day", "45", "CAD"),
    ],
)
def test_a_dollar_with_its_country_letters_is_that_country_s(
    text: str, amount: str, currency: str
) -> None:
    command = read(text)
    assert (command.intent, command.amount, command.currency) == (
        Intent.ADD_EXPENSE,
        Decimal(amount),
        currency,
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("electricity 92.15 paid, account no 4410 2087 3391", "92.15"),
        ("rent 950 paid, account number 12 3456 7890", "950"),
        ("phone bill 25.50 paid, ref no 88 1290 4471", "25.50"),
    ],
)
def test_a_number_written_in_groups_after_no_or_ref_is_no_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Sainsbury's 58.20, used 1500 Nectar points so paid 50.70", "50.70"),
        ("groceries 71.35, redeemed 2000 points", "71.35"),
    ],
)
def test_loyalty_points_beside_a_price_are_no_money(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        # written before, told again
        "settled up with Priya for the gig tickets, 42.50, already paid her and logged it",
        "paid the window cleaner 25 on friday, it's in here already",
        "Olu asked me for 18 for the cab but I already sent it and record it",
        # a label denied
        "Note to self, not a budget: 400 a month for food from January",
        # declined to join
        "the lads are all putting 10 quid into the lottery syndicate, I'm not joining",
        "Secret Santa at work is 15 each, we're not joining this year",
        # nothing paid in the end
        "parking fine 60, council cancelled it before I paid anything",
        # a rate for one unit
        "the naira rate today 1,950 for one pound, madness",
        "rate at the bureau 0.86 for one euro",
        # money received and handed back
        "a customer gave me 20 as a tip but we can't accept tips, so I gave it back",
    ],
)
def test_money_already_written_declined_or_handed_back_is_not_written(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("school trip 85 paid on the parent app just now", "85"),
        ("kids' swimming club £36 paid this morning", "36"),
        ("scout camp 120 paid by bank transfer", "120"),
    ],
)
def test_an_amount_said_paid_without_a_subject_is_the_person_s(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("church offering this morning 25", "25"),
        ("the Sunday offering at St Mary's £15", "15"),
        ("petrol was 1.49 a litre, filled up 62.30", "62.30"),
        ("diesel at 1.65 a litre, filled the tank, 71.90", "71.90"),
    ],
)
def test_an_offering_given_and_a_tank_filled_at_a_price_are_written(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "counted the collection after mass with Bernie, 612.40 in the bag",
        "counting the takings at the school fair, 1,318 so far",
    ],
)
def test_money_counted_for_others_is_not_written(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Dad send me 150 for the train home, please add income", "150"),
        ("my aunty send me 5,000 for my exam fees, log it as income", "5000"),
        (
            "Did the wedding photos for my cousin on Saturday, he paid me 450. Add as freelance "
            "income",
            "450",
        ),
    ],
)
def test_money_received_and_asked_to_be_written_as_income_is_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("hospital parking $12/day x 4 visits this week", "48"),
        ("music school 1.2k per month x 3 months, paid upfront", "3600"),
        ("tennis coaching 25 per lesson x 6", "150"),
    ],
)
def test_a_rate_times_a_count_is_their_product(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("got 3 sushi at Wok-to-Walk, 6.50 each", "19.50"),
        ("2 kebab from Abu's, 7 each", "14"),
        ("4 tickets for the Jean-Michel Jarre gig, 55 each", "220"),
    ],
)
def test_a_count_before_a_joined_name_still_multiplies_each(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("tune-up at Cycles Roux 120 minus 10 % member discount", "108.00"),
        ("service at Velo 85.– minus 10 % discount", "76.50"),
    ],
)
def test_a_rate_written_with_a_space_before_its_sign_is_no_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("Paid water bill 2,300 via paybill 444400 acc 7731209", Intent.ADD_EXPENSE, "2300"),
        ("send 4,500 to paybill 522522 a/c 0110293 for school fees", Intent.DRAFT_PAYMENT, "4500"),
        ("tokens 800 paid, acct 37110042211", Intent.ADD_EXPENSE, "800"),
    ],
)
def test_a_paybill_or_account_number_is_no_amount(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("Side income 1,500: bookkeeping for the tax office", Intent.ADD_INCOME, "1500"),
        ("Groceries 84.20: Aldi and the butcher", Intent.ADD_EXPENSE, "84.20"),
        ("income tax 1,200 paid", Intent.ADD_EXPENSE, "1200"),
    ],
)
def test_an_amount_before_a_colon_is_money_and_an_income_label_first_is_income(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


def test_a_version_number_before_a_colon_is_no_amount() -> None:
    assert read("patch 2.6: new skins 1350 gems").amount is None


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("payslip came, 2,640.15 (gross 3,900)", Intent.ADD_INCOME, "2640.15"),
        ("wages 1,980 in (2,600 before tax)", Intent.ADD_INCOME, "1980"),
        (
            "hoodie was $55 at the mall, same one on eBay for 31.20 so got that, log the 31.20",
            Intent.ADD_EXPENSE,
            "31.20",
        ),
        (
            "the shop wanted 45 for the charger, found one at the market for 18, log the 18",
            Intent.ADD_EXPENSE,
            "18",
        ),
        ("data bundle 500, I paid 575 with the tax", Intent.ADD_EXPENSE, "575"),
        ("sofa 640, we paid 699 including delivery", Intent.ADD_EXPENSE, "699"),
    ],
)
def test_the_amount_paid_received_or_chosen_wins_over_the_one_beside_it(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "bought my gran's prescription 9.90 with her card",
        "bought the team pizzas 64 with his card, he's the captain",
        "payrise of 150 a month from January, HR confirmed, nothing's been paid yet",
        "the freelance invoice 600 still not paid yet, chasing them monday",
    ],
)
def test_money_paid_with_another_s_card_or_not_paid_yet_is_not_written(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("lunch 40, tip 15%", "46.00"),
        ("dinner at Gino's 120 plus service 12.5%", "135.00"),
        ("haircut 30 + tip 10%", "33.00"),
    ],
)
def test_a_tip_named_before_its_rate_is_added(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "council fee for pavement tables just went up to 900 a year, unreal",
        "the toll for the new bridge went up to 4.80, robbery",
        "my brother forwarded: 'received KES 3,000 from JOHN MWANGI'. who is this John",
        "mum forwarded 'Ksh 1,500 received from MARY W' who is this",
    ],
)
def test_a_price_that_went_up_or_a_question_about_a_quote_is_not_written(text: str) -> None:
    assert read(text).intent is Intent.OTHER


def test_a_word_searched_for_in_a_spoken_entry_is_no_question() -> None:
    assert_read_as(
        "spent 9 dollars on, uh, what was it, on nachos at the game", Intent.ADD_EXPENSE, "9"
    )


def test_the_day_of_a_purchase_is_the_one_in_its_sentence() -> None:
    command = read(
        "Today was endless, meetings from 9 to 5... oh and yesterday I bought a kettle at "
        "Argos, 24.99, please record"
    )
    assert (command.intent, command.amount, command.date) == (
        Intent.ADD_EXPENSE,
        Decimal("24.99"),
        date(2026, 11, 17),
    )


@pytest.mark.parametrize("text", ["cash tips tonite 212", "tips tonyt 85"])
def test_tonight_typed_short_is_today(text: str) -> None:
    assert read(text).date == date(2026, 11, 18)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bought 6 yoghurts at Tesco, 3 for £2", "4"),
        ("bought 4 bags of crisps at the Spar, 2 for 1.50", "3.00"),
        ("bought 9 limes at the market, 3 for 1.20", "3.60"),
    ],
)
def test_a_deal_taken_several_times_counts_each_time(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("grab to the clinic RM 18, then going home another 15", "33"),
        ("bus into town 3.20, then back another 3.20", "6.40"),
    ],
)
def test_another_amount_said_after_then_adds_to_the_first(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("taxi was 18, gave him 20, keep the change", "20"),
        ("haircut 25, gave her 30 and said keep the change", "30"),
    ],
)
def test_the_note_handed_over_is_paid_when_the_change_is_kept(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text", ["paye reçue 2 146,80 $ ce matin", "ma paie est tombée, 2 300 €", "paie reçue 1 980 €"]
)
def test_french_pay_received_is_income(text: str) -> None:
    assert read(text, "EUR").intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    "text",
    [
        "pasá 200€ a la cuenta de ahorro",
        "anota doce euros de taxi anoche",
        "presupuesto de 300 al mes para la compra",
    ],
)
def test_spanish_is_told_from_french_and_not_guessed(text: str) -> None:
    command = read(text, "EUR")
    assert (command.language, command.intent) == ("es", Intent.OTHER)


@pytest.mark.parametrize(
    "text",
    [
        "plan pour Noël : chalet avec la famille, environ 900 € la semaine, on verra",
        "on a prévu de mettre 300 € pour les vacances, on verra bien",
    ],
)
def test_a_french_plan_with_its_hedge_is_not_written(text: str) -> None:
    assert read(text, "EUR").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3 empanadas 1.200 c/u", "3600"),
        ("Café Tortoni: 2 cortados at 3.500 c/u and 2 alfajores 900 c/u", "8800"),
    ],
)
def test_each_written_c_slash_u_multiplies(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount, "ARS")


@pytest.mark.parametrize(
    "text",
    [
        "the tip jar had 86.40 tonight, we share it out on sunday",
        "tips box at the salon is 120 this week, split between the four of us on friday",
        "train 09:12 plat 4, coach 6",
    ],
)
def test_a_tip_jar_shared_or_a_train_s_places_are_not_written(text: str) -> None:
    assert read(text).intent is Intent.OTHER


def test_a_share_of_the_tip_jar_said_received_keeps_its_amount() -> None:
    assert read("Christmas tip jar split between 6 of us, my share 85").amount == Decimal("85")


@pytest.mark.parametrize(
    "text",
    [
        "mrs patel's pension came in today, 1,120, I only do her banking",
        "letter from the gym: membership 34.99 from next month",
        "landlord says rent 1,250 starting next month, great",
    ],
)
def test_another_s_pension_or_a_price_from_next_month_is_not_written(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "the bakery gave me 2 euros less change, not worth going back",
        "my nephew asked for 50 for his school trip, cheeky",
        "put 20 in the collection plate but church money doesn't go in the app",
    ],
)
def test_money_short_changed_asked_of_me_or_kept_out_of_the_book_is_not_income(
    text: str,
) -> None:
    assert read(text).intent is Intent.OTHER


def test_money_asked_for_and_then_paid_is_income() -> None:
    assert read("client asked for 300 deposit and paid it today").intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    "text",
    [
        "deliveroo gave me a 10 pound voucher, not used it yet",
        "my husband's bonus came in, 1,800, but he keeps that in his own spreadsheet",
        "my sister spent 600 on the flights too, but that's her money",
        "a 20 euro Gutschein from Rossmann came in the post, not money yet",
    ],
)
def test_a_voucher_or_money_kept_elsewhere_is_not_written(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "transfer window shuts friday, villa better spend 60m",
        "latest transfer rumours say 45m for the keeper",
    ],
)
def test_a_football_club_s_transfers_are_not_the_person_s(text: str) -> None:
    assert read(text).intent is Intent.OTHER
