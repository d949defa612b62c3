"""Kinds of readings met in the eighteenth round, each written here in sentences of our
own: amounts set beside the one that moved (a price it was, the whole a part came from)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import assert_read_as


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("trainers 54.99, they were 90 before", Intent.ADD_EXPENSE, "54.99"),
        (
            "paid 17,80 at the optician, was 22 but they gave me the student rate",
            Intent.ADD_EXPENSE,
            "17.80",
        ),
        ("winter coat 85 (was 140)", Intent.ADD_EXPENSE, "85"),
        ("kettle 24 down from 39 at Argos", Intent.ADD_EXPENSE, "24"),
        ("the client paid 900 of the 1,500 so far, log what came in", Intent.ADD_INCOME, "900"),
        ("airline refunded 210.40 of the 260.40 fare", Intent.ADD_REFUND, "210.40"),
        ("got 35 back on the 300 blender, price match", Intent.ADD_REFUND, "35"),
    ],
)
def test_a_price_it_was_or_the_whole_it_came_from_is_not_the_amount(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "lunch 12 and the drinks were 8",
        "taxi 20 and the bus was 3",
    ],
)
def test_two_prices_of_two_things_still_ask_which(text: str) -> None:
    from tests.assistant.reading import read

    reading = read(text)
    assert reading.amount is None


@pytest.mark.parametrize(
    "text",
    [
        "tour tomorrow is 9 pax, meet at the hotel lobby",
        "busy night, 48 covers and the kitchen held up",
        "the new charger is 65 watts and the cable 3 amps",
        "site needs 3 phase power, 63 amp supply",
        "swell was 2 metres this morning, glassy",
        "my shoe size is 8.5 in that brand",
        "cgpa 3.9 after the resits!!",
        "City by 2 at half time, get in",
        "we won three nil on saturday",
        "meter says 340 units this month",
    ],
)
def test_numbers_that_measure_count_or_score_are_not_money(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("size 12 jeans from Uniqlo 39.90", "39.90"),
        ("dinner for 6 pax at the hotel 240", "240"),
    ],
)
def test_a_size_or_a_count_beside_a_price_leaves_the_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("shop deposit 1.2L paid to the landlord", Intent.ADD_EXPENSE, "120000"),
        ("diwali bonus 2.5L credited today", Intent.ADD_INCOME, "250000"),
        ("bought 2L milk for 64", Intent.ADD_EXPENSE, "64"),
        ("petrol 30L at 104 a litre", Intent.ADD_EXPENSE, "3120"),
    ],
)
def test_lakh_glued_as_a_capital_is_read_where_rupees_are_home(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount, home_currency="INR")


def test_a_capital_l_elsewhere_stays_litres() -> None:
    assert_read_as("2L milk 1.89 at Tesco", Intent.ADD_EXPENSE, "1.89", home_currency="GBP")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("uber home twenty seven forty at three in the morning", "27.40"),
        ("night bus home at 2 in the morning, 4.50", "4.50"),
        ("Shoppers Drug Mart twenty one oh five", "21.05"),
        ("paid sixty oh nine at the garage for the wipers", "60.09"),
        ("coffee and a muffin seven oh five", "7.05"),
    ],
)
def test_spoken_prices_beside_an_hour_or_with_oh_cents(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_oh_cents_of_rent_are_hundreds() -> None:
    assert_read_as("rent eight oh five paid today", Intent.ADD_EXPENSE, "805")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("cab back from the station 18.20", Intent.ADD_EXPENSE, "18.20"),
        ("train back to Leeds 32.10 yesterday", Intent.ADD_EXPENSE, "32.10"),
        ("ferry back 14", Intent.ADD_EXPENSE, "14"),
        ("got 15 back from Zalando", Intent.ADD_REFUND, "15"),
        ("Trainline refunded the cancelled ticket, 8 back on my card", Intent.ADD_REFUND, "8"),
    ],
)
def test_the_trip_back_is_travel_not_money_back(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "got 3 tickets for the panto on Saturday, it's the kids' favourite, 18.50 each",
            Intent.ADD_EXPENSE,
            "55.50",
        ),
        ("sold 4 chairs from the old flat to a neighbour, 25 each", Intent.ADD_INCOME, "100"),
        ("school photos twelve pounds each for both of them", Intent.ADD_EXPENSE, "24"),
    ],
)
def test_a_count_said_far_before_each_multiplies_the_price(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("Pay the builder his 25% deposit, 25% of 8,000 = 2,000", Intent.DRAFT_PAYMENT, "2000"),
        (
            "prepare a payment to Studio Lind for the second half, 50% of 3,600",
            Intent.DRAFT_PAYMENT,
            "1800",
        ),
    ],
)
def test_arithmetic_inside_a_request_to_pay_is_how_the_amount_came(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text", ["pay what is 15% of 80", "log how much is 20% of 300", "what's 12% of 450"]
)
def test_arithmetic_asked_stays_a_question(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("market: a cushion for 12 € and three mugs for 4,50 each", "25.50"),
        ("smoothie 6 dollars + 2 extra shots at 1.25 each", "8.50"),
        ("4 bottles of beer at 60 baht and a pad thai 80", "320"),
    ],
)
def test_a_list_with_a_count_times_a_price_is_one_purchase_even_with_one_currency_written(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_price_said_twice_beside_its_working_is_not_summed() -> None:
    assert_read_as("diesel 40 litres at 1.75, paid 70.00 €", Intent.ADD_EXPENSE, "70.00")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("2 Flat White at 3.90 at the station kiosk", "7.80"),
        ("3 pain au chocolat at 1.35 and a baguette 1.10", "5.15"),
    ],
)
def test_things_named_in_any_language_at_a_price_to_the_cent_are_counted(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "Paid 4,000 for my first car. That was 2003, it had no radio.",
        "spent 900 on a sofa, this was back in 2011 mind you",
        "before 2015 a pint here was 2.50",
        "bought a jetski for 9k. joking, I get seasick",
    ],
)
def test_money_told_of_a_year_long_gone_or_as_a_joke_is_not_written(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


def test_an_amount_that_looks_like_a_year_is_still_paid_today() -> None:
    assert_read_as("paid 2019 for the car service today", Intent.ADD_EXPENSE, "2019")


@pytest.mark.parametrize(
    "text",
    [
        "order of 30 cupcakes for the christening, 450, she pay next week",
        "the client will pay the 1,200 balance when the site is live",
        "tenant a go pay di 900 rent Friday",
    ],
)
def test_money_someone_else_is_to_pay_later_is_not_written(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


def test_money_asked_to_be_paid_later_by_the_person_is_still_drafted() -> None:
    assert_read_as("pay the electrician 180 tomorrow", Intent.DRAFT_PAYMENT, "180")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("ramen 40 before tip, I left 15%", Intent.ADD_EXPENSE, "46.00"),
        ("Barber Tomas 30 Fr. + 10% tip", Intent.ADD_EXPENSE, "33.00"),
        ("taxi 25 before the tip, we did 20%, split with Noor", Intent.SPLIT_EXPENSE, "30.00"),
    ],
)
def test_a_tip_rate_said_about_a_price_adds_to_it(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


def test_a_tip_rate_asked_is_still_a_question() -> None:
    assert_read_as("what's 86.40 plus 18%", Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("christmas bonus 2k, after tax about 1,430 in my account", "1430"),
        ("overtime 900 gross, 655 actually hit my account", "655"),
        ("shift pay was 8 hrs at 21.50 but after tax it's 140 in my account", "140"),
    ],
)
def test_what_arrived_after_tax_is_the_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


def test_an_invoice_net_with_tax_on_top_is_not_what_arrived() -> None:
    assert_read_as(
        "client paid the invoice: 1 230,00 zł gross (1 000 net + 23% VAT)",
        Intent.ADD_INCOME,
        "1230",
    )


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("corner shop, nine euros with forty cents", Intent.ADD_EXPENSE, "9.40"),
        ("sold the old bike for 1 500, he paid in R100 notes", Intent.ADD_INCOME, "1500"),
        ("cab home 17, paid with a $20 bill", Intent.ADD_EXPENSE, "17"),
    ],
)
def test_cents_joined_by_with_and_notes_handed_over(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount, home_currency="ZAR" if "R100" in text else "EUR")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("limes were 3 for 4 so I got 6", "8"),
        ("mangoes 2 for 5 at the night market, got 6", "15"),
        ("motorbike taxi to district 3, 45k", "45000"),
        ("gardener for plot 14, 300", "300"),
    ],
)
def test_deals_taken_several_times_and_numbered_places(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_deal_taken_a_number_of_times_it_does_not_divide_is_asked() -> None:
    from tests.assistant.reading import read

    assert read("3 for 10 and I got 4").amount is None


@pytest.mark.parametrize(
    "text",
    [
        "sent Halden Builders the invoice for 4,200, they pay in 14 days",
        "invoice #207 for $1,150 sent to the agency, net 30",
        "invoice for the Lisbon shoot: 3 days x 400 = 1,200, send tomorrow",
    ],
)
def test_an_invoice_the_person_sent_is_money_owed_not_written(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


def test_an_invoice_said_paid_is_income() -> None:
    assert_read_as("the invoice I sent to Halden got paid, 4,200", Intent.ADD_INCOME, "4200")


@pytest.mark.parametrize(
    "text",
    [
        "silver today 0.92 per gram, might sell grandma's spoons",
        "garlic 220 rs kg today at the mandi, crazy",
        "euro at 1.17 today, good time to change money",
    ],
)
def test_a_price_by_weight_or_a_rate_said_for_the_day_is_not_written(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("prawns 2 kg 48 today at the market", "48"),
        ("bought 3 kg apples at 2.10 a kilo today", "6.30"),
    ],
)
def test_a_weight_bought_today_is_still_an_entry(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_full_date_ending_a_sentence_keeps_its_year() -> None:
    from datetime import date

    from lingassist.assistant import parse

    command = parse(
        "You have paid PHP 980.00 to PLDT on May 30, 2026. Ref No. 5521",
        today=date(2026, 6, 2),
        default_currency="PHP",
    )
    assert (command.intent, command.date) == (Intent.ADD_EXPENSE, date(2026, 5, 30))


@pytest.mark.parametrize(
    ("text", "days_from_today"),
    [
        ("split yesterdays takeaway 36 with Priya", -1),
        ("coffee 3.20 this morn", 0),
        ("pay the window cleaner 25 tomoro", 1),
    ],
)
def test_day_words_typed_short_or_without_apostrophe(text: str, days_from_today: int) -> None:
    from datetime import timedelta

    from tests.assistant.reading import TODAY, read

    assert read(text).date == TODAY + timedelta(days=days_from_today)


def test_a_weekday_naming_a_thing_is_not_when_it_was_paid() -> None:
    from datetime import date

    from tests.assistant.reading import read

    command = read("paid 45 for a pitch at the Sunday car boot on november 2")
    assert (command.amount, command.date) == (Decimal("45"), date(2026, 11, 2))


def test_no_as_a_negation_corrects_nothing() -> None:
    from tests.assistant.reading import TODAY, read

    command = read("bought gas for the generator 12,000 today, power no come since Monday")
    assert (command.amount, command.date) == (Decimal("12000"), TODAY)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("parking 4 no hang on 6 at the station", "6"),
        ("cab 280 to the airport, driver no change so I give 300", "300"),
        ("plumber 60 no, 65", "65"),
    ],
)
def test_no_that_corrects_and_what_was_handed_over(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_day_n_after_a_word_of_paying_is_the_day_of_the_month() -> None:
    from datetime import date

    from lingassist.assistant import parse

    command = parse(
        "record salary 18 million dong received day 5",
        today=date(2026, 8, 22),
        default_currency="VND",
    )
    assert (command.intent, command.date) == (Intent.ADD_INCOME, date(2026, 8, 5))


@pytest.mark.parametrize(
    "text",
    [
        "back in '97 a pint was 1.80 and we got paid 3 quid an hour",
        "auntie paid 60 for the cake order, write it in the shop book not here",
    ],
)
def test_a_year_said_with_an_apostrophe_and_another_book_are_not_written(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("paid 40 for the '98 Corolla's service", Intent.ADD_EXPENSE, "40"),
        ("got 30 back on the '24 tax return, log it", Intent.ADD_REFUND, "30"),
    ],
)
def test_a_year_said_with_an_apostrophe_is_no_amount(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)
