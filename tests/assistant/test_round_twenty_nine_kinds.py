"""Kinds of readings met in the twenty-ninth round, each written here in sentences of our
own.

- Numbers that are no money: a card's or an account's last digits ("on the card ending
  4417", "visa ending in 9921", "card **** 4417", "last four 0042") are never an amount, nor
  the word "ending" a shop; a car ("Budget car 300 per month", "car 40") is priced, not
  numbered, unless a seat, a platform or a coach is said beside it ("Nozomi 219, car 5,
  seat 8-A").
- Refunds: the price first paid, told beside the money back without "I" ("£12 back for the
  hairdryer, bought it for £34.99", "20 back for the kettle, it cost 45", "Zara refunded 30,
  the dress was 60"), is no second amount; "the refund was 30" still is the refund.
- Payments: the day a bill is due by, said as a bare number ("pay internet 220k before 15",
  "condominium 780,00 until day 10"), is no second amount; "until day 10" is that day.
- Insurance: a deductible told beside a premium or a bill ("412.35 per month, franchise
  2'500", "62.10 a month, excess 500", "dentist 180, my deductible is 1000") is no second
  amount, and "excess" or "deductible" no shop.
- Contracts: a monthly price with the contract's length after a comma ("phone 19,99 per
  month, 24 months") is one month's price; "500 a month for 3 months" and "2k per month x
  3" still multiply.
- Fuel: a price to a tenth of a cent is read so only in currencies a litre costs a few of
  ("41.2 litres at $1.569 per litre"); in naira or won "1,450" a litre is 1,450 ("40 litres
  at ₦1,450" is 58,000).
- Fares: a fare said "each way" of a trip is paid twice ("tram to work 2.80 each way"),
  unless only one way was travelled ("single to Leeds, £14 each way").
- Trains: a long-distance train's number after its kind in capitals ("ICE 1005 at 8:28",
  "TGV 6201") is no amount.
- Counts: a word cut short with a dot before a sign of times ("fondue 2 pers. × CHF 34.50")
  keeps its count; things counted, then the price of one of them ("bought 6 beer, 1 can is
  278 yen", "3 tickets. Each one cost 12") is the count times the price, unless the other
  has its own price ("2 pizzas, one was 14.50 and the other 12") or the number is no price
  ("2 kids, 1 is 7").
- Rates: a sale or discount named before its rate ("399k each, sale 20%", "jeans 80 with
  discount -25%") is taken off, and a service's rate said "of service" ("32,90 plus the 10%
  of service") is added.
- Splits, followed up: someone of the split who did not come ("Gabi didn't come, it was
  only me and Lucas", "Ana dropped out, just Tom and Jo", "the Gabi no came") leaves it; with
  no one left the bill is the person's own; someone else who came ("oh and Ben was there
  too", "Kim came too") joins it; the people counted again ("actually it's 4 of us, Soph had
  some too") share it that many ways, and "it's 3 of us" after an expense makes it a split
  three ways. Someone the split never named ("Bob didn't come") changes nothing.
- Corrections opened by an apology or without their subject ("I'm sorry, that was yesterday,
  not today", "Excuse me, it was yesterday", "Was yesterday, not today") move the entry's
  day.
- Numbers that are no money, told alone: a temperature ("it's 31° in Lisbon", "hôm nay 38
  độ"), a size after a size ("shoe size 44, jacket 52") and a market index's points
  ("Nikkei 39,800 today") write nothing; "shoe size 9, paid 80" still is an expense.
- Products and sums: a count glued to a whole price ("tickets 2x45 + 3.50 booking fee",
  "chai 2x15") is multiplied, never a timber's or a screen's size ("2x4", "2x12",
  "1920x1080") nor a relay; German's "je" before a price is "each" ("3 Brötchen je 0,55 + 1
  Brezel 1,10"), and "a" typed for "à" between things counted and a price ("2 cafés a 18,90
  + leite 5,49") is "at", never French's "has"; "a couple" added for someone or as a tip
  ("fifteen quid plus a couple for the driver", "a tenner plus a couple of quid tip") is 2
  more, and "plus" ends a shop's name ("at the barbers plus …").
- Cards (found on this round's screenshots): after "Gabi didn't come, it was only me and
  Lucas" the people's words are "Lucas", never "Gabi" (the card said the people came from
  "Gabi"); after "Ana dropped out" alone they are the split's own, said earlier; a name after
  lower-case words that are no brand is the shop ("phone contract Vodafone" is Vodafone).
- Transfers: money moved to a savings wrapper or a bank named as other countries name them
  ("to ISK", "vers le CELI", "to my DBS multiplier") is the person's own, never a payment to
  someone called so.
- Splits: the whole bill paid for the others, who "will pay me back" ("I paid all, Mina and
  Jiwoo will pay me back"), is shared with them; "lent Tom 50, he will pay me back" is no
  split.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import TODAY, after, assert_read_as, read


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "Zalando refunded the boots, 79,95 back on the card ending 4417",
            Intent.ADD_REFUND,
            "79.95",
        ),
        ("paid 45 with card ending in 1234", Intent.ADD_EXPENSE, "45"),
        ("coffee 4.50 on the visa ending 9921", Intent.ADD_EXPENSE, "4.50"),
        ("groceries 62.10 card **** 4417", Intent.ADD_EXPENSE, "62.10"),
        ("fuel 58 on my mastercard, last four 0042", Intent.ADD_EXPENSE, "58"),
    ],
)
def test_a_cards_last_digits_are_no_amount(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


def test_a_cards_last_digits_name_no_shop() -> None:
    assert read("paid 45 with card ending in 1234").merchant is None


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("Budget car 300 per month", Intent.SET_BUDGET, "300"),
        ("car 40", Intent.ADD_EXPENSE, "40"),
    ],
)
def test_a_car_is_priced_not_numbered(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text", ["Nozomi 219, car 5, seat 8-A.", "train 14:32 plat 3, car 7", "coach 12, car 4"]
)
def test_a_car_beside_a_seat_or_platform_is_numbered(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Currys have given me £12 back for the broken toaster, bought it for £34.99 in May", "12"),
        ("got 20 back from Argos for the kettle, it cost 45", "20"),
        ("Zara refunded 30, the dress was 60", "30"),
        ("refunded 15 for the headphones I bought for 60", "15"),
        ("Zara refunded 30, the refund was 30", "30"),
        ("Amazon refunded me, it was 25", "25"),
    ],
)
def test_the_price_first_paid_beside_the_money_back_is_no_second_amount(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_REFUND, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("pay internet viettel 220k before 15", "220000"),
        ("pay the condominium 780,00 until day 10", "780.00"),
        ("pay the water bill 45 till 20", "45"),
        ("pay rent 900 by day 5", "900"),
    ],
)
def test_the_day_a_bill_is_due_by_is_no_second_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.DRAFT_PAYMENT, amount)


def test_until_day_ten_is_that_day() -> None:
    command = read("pay the condominium 780,00 until day 10")
    assert command.date is not None and command.date.day == 10


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Health insurance Sanitas, 389.20 per month, franchise 2'500", "389.20"),
        ("car insurance 62.10 per month, excess 500", "62.10"),
        ("dentist 180, my deductible is 1000", "180"),
    ],
)
def test_a_deductible_beside_the_premium_is_no_second_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_deductible_names_no_shop() -> None:
    assert read("car insurance 62.10 per month, excess 500").merchant is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("phone contract Vodafone 19,99 per month, 24 months", "19.99"),
        ("gym membership 30 a month, 12 month contract", "30"),
        ("rent 500 a month for 3 months, paid it all today", "1500"),
        ("2k per month x 3 for the nanny", "6000"),
        ("hotel 80 a night, 3 nights", "240"),
    ],
)
def test_a_contracts_length_is_no_count_of_months_paid(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("Bought diesel for the generator, 40 litres at ₦1,450", "NGN", "58000"),
        ("30 litres at 1,700 won a litre", "KRW", "51000"),
        ("41.2 litres at $1.569 per litre", "USD", "64.64"),
        ("diesel 1.799/l, 45 litres", "EUR", "80.96"),
    ],
)
def test_a_price_to_a_tenth_of_a_cent_only_where_a_litre_costs_a_few(
    text: str, currency: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount, home_currency=currency)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("tram to work 2.80 each way", "5.60"),
        ("Coach into the city, three pound twenty each way", "6.40"),
        ("single to Leeds, £14 each way", "14"),
    ],
)
def test_a_fare_each_way_is_paid_twice(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Bahn ticket Köln–Hamburg, 2 persons à 64,90, ICE 1025 at 9:14", "129.80"),
        ("TGV 6201 at 7:15, 2 tickets at 45", "90"),
    ],
)
def test_a_trains_number_is_no_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Raclette 2 pers. × CHF 29.50", "59.00"),
        ("3 pcs. x 4.50", "13.50"),
        ("yesterday I bought 4 beer, 1 can is 265 yen", "1060"),
        ("bought 4 croissants, one was 1.20", "4.80"),
        ("3 tickets. Each one cost 12", "36"),
        ("got 2 pizzas, one was 14.50 and the other 12", "26.50"),
    ],
)
def test_things_counted_then_the_price_of_one(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount, home_currency="EUR")


def test_a_number_after_one_of_them_that_is_no_price_writes_nothing() -> None:
    assert not read("2 kids, 1 is 7").is_action


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bought 2 shirts at uniqlo 399k each, sale 20%", "638400.00"),
        ("jeans 80 with discount -25%", "60.00"),
        ("lunch in the trattoria 32,90 plus the 10% of service", "36.19"),
    ],
)
def test_a_rate_named_before_its_figure(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("earlier", "text", "people"),
    [
        (
            "dinner with Gabi and Lucas 90, split it",
            "Gabi didn't come, it was only me and Lucas",
            ("Lucas",),
        ),
        ("pizza 60 split with Tom, Ana and Jo", "Ana dropped out, just Tom and Jo", ("Tom", "Jo")),
        ("lunch 40 split with Mia and Leo", "oops Leo didnt come, just the 2 of us", ("Mia",)),
        (
            "dinner with Gabi and Lucas 90, split it",
            "the Gabi no came, was only me and Lucas",
            ("Lucas",),
        ),
        ("dinner 90 split with leo", "actually leo didn't come, split it with nina", ("nina",)),
        (
            "pizza 60 split with Tom, Ana and Jo",
            "oh and Ben was there too",
            ("Tom", "Ana", "Jo", "Ben"),
        ),
        ("taxi 24 split with Sam", "and Kim came too", ("Sam", "Kim")),
    ],
)
def test_the_people_of_a_split_changed_after_it(
    earlier: str, text: str, people: tuple[str, ...]
) -> None:
    command = after(earlier, text)
    assert command.intent is Intent.SPLIT_EXPENSE, text
    assert command.split_with == people, text
    assert command.amount == after(earlier).amount, text


def test_with_no_one_left_the_bill_is_the_persons_own() -> None:
    command = after("pizza 60 split with Tom", "Tom didn't come, it was just me")
    assert (command.intent, command.amount, command.split_with) == (
        Intent.ADD_EXPENSE,
        Decimal("60"),
        (),
    )


def test_the_people_counted_again_share_it_that_many_ways() -> None:
    command = after("lunch 40 split with Mia", "actually it's 3 of us, Leo had some too")
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal("40"))
    assert (command.split_with, command.split_ways) == (("Mia", "Leo"), 3)


def test_counted_after_an_expense_it_is_shared_that_many_ways() -> None:
    command = after("coffee 4", "its 3 of us")
    assert (command.intent, command.amount, command.split_ways) == (
        Intent.SPLIT_EXPENSE,
        Decimal("4"),
        3,
    )


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("pizza 60 split with Tom and Ana", "Bob didn't come"),
        ("coffee 4.50", "Tom didn't come"),
    ],
)
def test_someone_the_split_never_named_changes_nothing(earlier: str, text: str) -> None:
    assert not after(earlier, text).is_action, text


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, that was yesterday, not today.",
        "Excuse me, it was yesterday, not today",
        "Was yesterday, not today",
    ],
)
def test_a_day_corrected_after_an_apology_or_without_its_subject(text: str) -> None:
    command = after("bakery 6.80", text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("6.80")), text
    assert command.date == TODAY - timedelta(days=1), text


@pytest.mark.parametrize(
    "text",
    [
        "it's 31° in Lisbon",
        "hôm nay 36 độ nóng quá",
        "Shoe size 42, jacket 50. For the online order.",
        "shoe size 9, waist 32",
        "Nikkei 38,950 today.",
        "the DAX closed at 18,200",
    ],
)
def test_a_temperature_a_size_or_an_index_writes_nothing(text: str) -> None:
    assert not read(text).is_action, text


def test_a_price_after_a_size_is_still_money() -> None:
    assert_read_as("shoe size 9, paid 80", Intent.ADD_EXPENSE, "80")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("match tickets 2x45 + 3.50 booking fee", "93.50"),
        ("masala chai 2x15", "30"),
        ("3 Brötchen je 0,55 + 1 Brezel 1,10", "2.75"),
        ("2 cafés a 18,90 + leite 5,49", "43.29"),
        ("Cab home, twelve quid plus a couple for the driver", "14"),
        ("A tenner at the hairdresser plus a couple of quid tip", "12"),
    ],
)
def test_products_and_sums_as_people_type_them(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("2x4 studs 3.98 each", "3.98"),
        ("2x12 board 14.50", "14.50"),
        ("monitor 1920x1080 for 129", "129"),
    ],
)
def test_a_size_written_with_x_is_no_product(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_relay_is_no_product() -> None:
    assert not read("4x100 relay").is_action


def test_plus_ends_a_shops_name() -> None:
    assert read("A tenner at the barbers plus a couple of quid tip").merchant == "barbers"


def test_the_people_left_point_at_the_words_that_name_them() -> None:
    command = after(
        "dinner with Gabi and Lucas 90, split it", "Gabi didn't come, it was only me and Lucas"
    )
    assert command.spans["split_with"].source == "Lucas"


def test_the_people_left_without_being_named_point_at_no_new_words() -> None:
    command = after("pizza 60 split with Tom, Ana and Jo", "Ana dropped out")
    assert command.split_with == ("Tom", "Jo")
    assert "split_with" not in command.spans


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("phone contract Vodafone 19,99 per month", "Vodafone"),
        ("bus ticket Flixbus 25", "Flixbus"),
        ("groceries Tesco 40", "Tesco"),
    ],
)
def test_a_name_after_common_words_is_the_shop(text: str, merchant: str) -> None:
    assert read(text).merchant == merchant


@pytest.mark.parametrize(
    "text",
    [
        "Transfer 4 000 kr to ISK",
        "Virement de 250 $ vers le CELI",
        "Transfer 1k to my DBS multiplier",
    ],
)
def test_money_moved_to_a_savings_wrapper_named_abroad_is_a_transfer(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER, text


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Samgyeopsal ₩84,000 for 3 people, I paid all, Minji and Dahye will pay me back",
            ("Minji", "Dahye"),
        ),
        ("dinner 90, I paid for everyone, Tom and Ana will pay me back", ("Tom", "Ana")),
    ],
)
def test_the_whole_bill_paid_for_the_others_who_pay_back_is_shared(
    text: str, people: tuple[str, ...]
) -> None:
    command = read(text)
    assert (command.intent, command.split_with) == (Intent.SPLIT_EXPENSE, people), text


def test_a_loan_paid_back_later_is_no_split() -> None:
    assert read("lent Tom 50, he will pay me back").intent is not Intent.SPLIT_EXPENSE


def test_the_shop_that_has_given_money_back_is_the_refunds_merchant() -> None:
    command = read("Currys have given me £30 back for the kettle, it cost £45")
    assert (command.intent, command.amount, command.merchant) == (
        Intent.ADD_REFUND,
        Decimal("30"),
        "Currys",
    )


def test_by_alone_before_a_number_is_no_due_day() -> None:
    assert_read_as("topped up my oyster by 20", Intent.ADD_EXPENSE, "20")


@pytest.mark.parametrize(
    "text", ["paid 20 with my debit card", "paid 35 with my card", "paid 12 using my visa"]
)
def test_the_card_paid_with_is_no_card_paid_off(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE, text


@pytest.mark.parametrize("text", ["paid 400 off my credit card", "paid 400 euros off my visa"])
def test_a_card_paid_off_is_still_a_transfer(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER, text
