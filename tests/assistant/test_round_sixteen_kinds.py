"""Kinds of amounts and readings met in the sixteenth round (blind sets 129-134 and the tune
halves), each written here in sentences of our own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import assert_read_as, read


@pytest.mark.parametrize(
    ("text", "home", "intent", "amount"),
    [
        ("groceries at Exito 87 mil pesos", "COP", Intent.ADD_EXPENSE, "87000"),
        ("pagué the plumber 120 mil for the boiler", "ARS", Intent.ADD_EXPENSE, "120000"),
        ("send 300 mil to Marcela for the rent", "CLP", Intent.DRAFT_PAYMENT, "300000"),
        ("got 60 lucas for fixing the neighbour's fence", "CLP", Intent.ADD_INCOME, "60000"),
        ("angkot 15rb to the office", "IDR", Intent.ADD_EXPENSE, "15000"),
        ("paid 3 juta for the motorbike service", "IDR", Intent.ADD_EXPENSE, "3000000"),
        ("kos rent 1,5jt this month", "IDR", Intent.ADD_EXPENSE, "1500000"),
        ("the flat sale came through, 1.2 mil in the account", "AUD", Intent.ADD_INCOME, "1200000"),
    ],
)
def test_scale_words_are_read_the_way_the_person_s_country_says_them(
    text: str, home: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount, home)


def test_a_name_that_is_a_scale_word_elsewhere_stays_a_name() -> None:
    command = read("paid Lucas 45 for the meat", "CLP")
    assert command.amount == Decimal("45")


@pytest.mark.parametrize(
    "text",
    [
        "school fees 800, no need record, my husband already did",
        "no need to write it, the bus 2.50 was on the company card",
        "I dont want to add the 30 for the taxi, work pays it back",
        "dont registrate the 45 dinner, it was the office card",
    ],
)
def test_a_write_the_person_declines_is_not_made(text: str) -> None:
    command = read(text)
    assert not command.is_action, text


@pytest.mark.parametrize(
    "text",
    [
        "vou comprar uma moto no ano que vem, uns 15 mil",
        "a Carla ganhou 3 mil num sorteio, que sorte",
    ],
)
def test_a_sentence_in_portuguese_is_not_guessed_at(text: str) -> None:
    command = read(text, "BRL")
    assert command.intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("bought a sofa, the man wanted 300 but took 240", Intent.ADD_EXPENSE, "240"),
        ("stall owner asked 45 for the rug, I haggled and paid 32", Intent.ADD_EXPENSE, "32"),
        ("dealer said 9,000 for the car, we settled at 8,200", Intent.ADD_EXPENSE, "8200"),
        ("sold the pram, asked 150 but she paid 130", Intent.ADD_INCOME, "130"),
    ],
)
def test_the_price_paid_is_kept_over_the_price_asked(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bonus arrived, 2,000 before tax, 1,380 after", "1380"),
        ("salary 3,900 gross, 2,870 net landed today", "2870"),
        ("freelance job: $500 invoice, came in as 412 after conversion", "412"),
    ],
)
def test_the_net_that_arrived_is_kept_over_the_gross(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


def test_gross_alone_beside_a_tax_is_not_taken_for_net() -> None:
    command = read("bonus 4500 gross, tax 1480")
    assert command.amount != Decimal("1480")


@pytest.mark.parametrize(
    "text",
    [
        "Should I put 5,000 into an index fund or keep it in savings? Opinion please.",
        "should we move 300 to the joint account every month?",
        "Flamengo 3 x 1 Vasco, what a game",
        "Celtic 2-0 Rangers!!",
        "the new bakery got 4.6 stars and 210 reviews already",
        "sales report shows 12 400 for the branch - please ignore, wrong window",
        "paid the 55 water bill yesterday and logged it, ignore",
        "collected 300 from the parents for the class trip, not my money",
        "bought a round, 40 — actually no, the boss paid so it wasn't me at all",
    ],
)
def test_money_talk_that_asks_for_nothing_writes_nothing(text: str) -> None:
    command = read(text)
    assert not command.is_action, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("Tesco 2 x 3.50 Coke", Intent.ADD_EXPENSE, "7.00"),
        ("Arsenal shirts 2 x 45 at the club shop", Intent.ADD_EXPENSE, "90"),
        ("rated the plumber 5 stars, paid him 120", Intent.ADD_EXPENSE, "120"),
    ],
)
def test_entries_close_to_those_stay_entries(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("toothpaste 3.20 and shampoo 5.90", "9.10"),
        ("£1.80 for the paper and 95p for a chocolate bar", "2.75"),
        ("pho 65k, iced coffee 25k", "90000"),
        ("new brake pads €120 and labour €45 at the garage", "165"),
    ],
)
def test_two_things_each_named_beside_its_price_are_one_entry(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount, "EUR")


@pytest.mark.parametrize(
    "text",
    [
        "paid 20 and 30",  # nothing named for either
        "spent 15 on lunch and 9 on coffee",  # money put on two kinds of spending
    ],
)
def test_two_prices_not_surely_one_purchase_are_still_asked_about(text: str) -> None:
    command = read(text)
    assert command.amount is None and "amount" in command.missing, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("zomato 356/- lunch", Intent.ADD_EXPENSE, "356"),
        ("paid Rs. 1,200/- to the electrician", Intent.ADD_EXPENSE, "1200"),
        ("consulting fee received from a client, 640", Intent.ADD_INCOME, "640"),
        ("my sister transfer 300 to me for the tickets", Intent.ADD_INCOME, "300"),
        ("pension hit today, 1,240", Intent.ADD_INCOME, "1240"),
        ("record income from the wedding gig, 450 cash", Intent.ADD_INCOME, "450"),
        ("pix to Bruno 60 for the barbecue", Intent.DRAFT_PAYMENT, "60"),
        ("school trip deposit, pay 85 to St Mary's", Intent.DRAFT_PAYMENT, "85"),
    ],
)
def test_money_written_or_asked_for_the_ways_of_more_places(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


def test_money_sent_to_someone_called_me_mum_is_no_income() -> None:
    assert read("sent 200 to me mum for her birthday").intent is not Intent.ADD_INCOME


@pytest.mark.parametrize(
    "text",
    [
        "dad gave priya 500 for her graduation",
        "the committee spent 3,400 on the gala dinner",
        "till took 1,870 on friday, busiest night in months",
        "my brother says I owe him 60 for the tickets but I got the taxi so we're even",
        "customer left me a 20 tip for the kitchen, handed it over",
        "invoice sent to the bakery for 2,400, due in 30 days",
        "ran 21 today, new personal best",
        "table 4 order 2 lattes and a scone",
        "my wife says we spent 4 grand on the kitchen, feels like more",
        "foreman docked 300 from my wages for the broken drill",
        "van insurance 1,100 a year, renewal due in March",
        "euro hit R$ 6,10 today",
        "nimetuma pesa leo 2,000 kwa mama",
    ],
)
def test_money_that_is_not_the_person_s_entry_writes_nothing(text: str) -> None:
    command = read(text)
    assert not command.is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("team lunch 64.30 on the company card", "64.30"),
        ("I gave Priya 50 for her birthday", "50"),
        ("car insurance renewal 640 paid today", "640"),
    ],
)
def test_entries_beside_those_kinds_stay_entries(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("samosa x4 @ 12", "48"),
        ("sandwich x2 4.50 each", "9.00"),
        ("3 entradas 25 cada", "75"),
        ("empanadas x6 a 900 c/u", "5400"),
        ("raffle tickets, bought 5 at 2 a go", "10"),
        ("hostel €28/night x4 nights", "112"),
        ("b&b 80 a night, 3 nights", "240"),
        ("parking $3/hr x 4 hrs", "12"),
        ("swim club 15 per child, two children", "30"),
        ("burger 11 + 2 shakes at 4 each", "19"),
    ],
)
def test_a_count_said_the_ways_people_write_it_multiplies_the_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_plus_between_two_prices_is_no_filter_bound() -> None:
    command = read("show me everything 100+")
    assert command.min_amount == Decimal(100)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("breakfast 6,20 plus 2 teas at 1,10 each", "8.40"),
        ("iced latte 5.4 with 30% sugar", "5.4"),
        ("t-shirt 19.99, 100% cotton", "19.99"),
        ("diesel 70 at the Shell, it was 1.85 a litre", "70"),
    ],
)
def test_a_priced_entry_with_a_count_or_a_rate_beside_it_stays_an_entry(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    ["what's 15 plus 27", "diesel 1.85 a litre today, was 1.79 last week", "25% of 80"],
)
def test_sums_and_rates_seen_stay_no_entry(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("move 400 to savings, leaves me 220 for the week", Intent.TRANSFER, "400"),
        ("send 60 to dad for the petrol, he paid 180 in all", Intent.DRAFT_PAYMENT, "60"),
        (
            "Prepare a payment of CHF 1'180.00 to Swisscom, invoice no. 2026-1102, due 15.12.",
            Intent.DRAFT_PAYMENT,
            "1180.00",
        ),
        ("bus to the market and back, 3 each way", Intent.ADD_EXPENSE, "6"),
        ("parking meter, a toonie", Intent.ADD_EXPENSE, "2"),
        ("lunch 12 no 14", Intent.ADD_EXPENSE, "14"),
    ],
)
def test_the_amount_the_request_names_or_the_fare_both_ways(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("taxi 28 dollars at twenty past six this morning", "28"),
        ("dentist co-pay forty dollars at nine thirty this morning", "40"),
        ("3 paint tins @ 21.00, 8% tax on top", "68.04"),
        ("4 boxes of 8d nails at 6.50 each", "26.00"),
    ],
)
def test_a_time_said_in_words_and_a_tax_after_a_count_are_read(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("2 lamps at 30 each, plus 13% tax", None),
        ("council tax 168 paid", "GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT"),
    ],
)
def test_the_tax_on_a_price_is_no_tax_paid(text: str, category: str | None) -> None:
    assert read(text).category == category, text


@pytest.mark.parametrize(
    "text",
    [
        "appa spent 40,000 on the new scooter",
        "abuela spent 300 on the fiesta",
        "hotel 180 tonight but company card. No record please.",
        "gave the cash to the treasurer already, so nothing to add",
        "put the 23.10 chemist receipt in her folder, not my stuff",
        "collected 220 in subs tonight, club money of course",
        "bowling score 187 tonight!",
        "gpa 3.7 this term",
        "nasdaq down 400 pts",
        "meter reading 12 880 kWh",
    ],
)
def test_money_or_numbers_that_are_no_entry_of_the_person(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("transfer 200 to my christmas club account", Intent.TRANSFER, "200"),
        ("taxi 12 km, 18 euros", Intent.ADD_EXPENSE, "18"),
        ("school uniform from Marks 64.99", Intent.ADD_EXPENSE, "64.99"),
    ],
)
def test_entries_with_those_words_stay_entries(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "diesel 189 yen/L today, ouch",
        "back in primary a samosa was 2 bob",
        "in the eighties we paid 90 a month for the flat",
        "zomato showing 420 for the thali, too much",
        "new price list from june: espresso 1,20, cappuccino 1,80",
        "already put in the 4.20 lunch earlier, ignore if it shows twice",
        "the shop made 960 on saturday, record day",
        "need 12 lengths of pipe at 2.4m for friday",
    ],
)
def test_prices_seen_memories_and_takings_write_nothing(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [("zomato 420 thali", "420"), ("timber 2.4m lengths, paid 36 at the yard", "36")],
)
def test_entries_close_to_them_stay_entries(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount", "home"),
    [
        ("7-Eleven 680円", Intent.ADD_EXPENSE, "680", "JPY"),
        ("noodles 25 元 at the night market", Intent.ADD_EXPENSE, "25", "CNY"),
        (
            "Currys refunded 129 for the headphones that didn't work",
            Intent.ADD_REFUND,
            "129",
            "GBP",
        ),
        ("mum sent the 200 at last", Intent.ADD_INCOME, "200", "GBP"),
        ("Mrs Okafor paid her old debt, 300 cash", Intent.ADD_INCOME, "300", "GBP"),
    ],
)
def test_signs_of_more_scripts_and_money_that_came_to_the_person(
    text: str, intent: Intent, amount: str, home: str
) -> None:
    assert_read_as(text, intent, amount, home)


@pytest.mark.parametrize(
    "text",
    ["the card machine said 14.50 but it didn't work", "Kevin paid 40 for his own lunch"],
)
def test_nothing_moved_or_someone_else_paid_stays_no_entry(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    "text",
    [
        "sold 42 loaves today, rye went first",
        "ordered 30 mugs for the café",
        "got 12 eggs from the hens",
    ],
)
def test_a_count_of_things_alone_is_no_money(text: str) -> None:
    command = read(text)
    assert not command.is_action or command.amount is None, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("phone credit 35 soles", "35"),
        ("taxi 36 halves with ben", "36"),
        ("40 bucks on food", "40"),
    ],
)
def test_money_words_and_shares_are_no_count(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    "text",
    [
        "Eurostar 9:31, coach 12, seat 45",
        "night shift, ward 7, bed 3 and 9",
        "got 92 in me maths mock!!",
    ],
)
def test_numbered_seats_and_beds_and_marks_are_no_money(text: str) -> None:
    assert not read(text).is_action, text


def test_a_car_or_a_bed_alone_keeps_its_price() -> None:
    assert read("new bed 120 at ikea").amount == Decimal(120)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("petrol 54.7o at the Esso", Intent.ADD_EXPENSE, "54.70"),
        ("lunch 12.o5", Intent.ADD_EXPENSE, "12.05"),
        ("car wash 15 buks", Intent.ADD_EXPENSE, "15"),
        (
            "i owe my flatmate sam 42 for the gas bill, can u set up paying him",
            Intent.DRAFT_PAYMENT,
            "42",
        ),
    ],
)
def test_typed_in_a_hurry(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


def test_an_o_typed_for_a_zero_keeps_the_amount_pointing_at_its_words() -> None:
    command = read("petrol 54.7o at the Esso")
    assert command.spans["amount"].source == "54.7o"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Jonas finally paid the 240 he was owing", "240"),
        ("warehouse pay 1,212.40 in the bank", "1212.40"),
    ],
)
def test_money_owed_or_earned_that_reached_the_person(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("printing for the exam, 250 pages at 0.10 each", "25.00"),
        ("3x phone cases for the kids 9.99 ea", "29.97"),
    ],
)
def test_larger_counts_and_longer_names_before_each(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


def test_an_hour_in_german_counts_nothing() -> None:
    assert read("Konzert um 19 Uhr, 24,50 € each").amount == Decimal("24.50")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("water bill 320 baht pay today", Intent.ADD_EXPENSE, "320"),
        ("I pay the school fees this month, 1,200", Intent.ADD_EXPENSE, "1200"),
        ("I pay the landlord 950 today, please prepare it", Intent.DRAFT_PAYMENT, "950"),
        ("transfer 30,000 yen to NISA", Intent.TRANSFER, "30000"),
        ("transfer 5000 to bkash", Intent.TRANSFER, "5000"),
        ("put 200 reais in my caixinha", Intent.TRANSFER, "200"),
        ("transfer 200 to Asbjorn", Intent.DRAFT_PAYMENT, "200"),
    ],
)
def test_a_payment_told_in_the_present_and_moves_to_more_places_own_accounts(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


def test_a_payment_told_as_done_is_never_drafted() -> None:
    assert read("already pay internet 45 at the shop").intent is not Intent.DRAFT_PAYMENT


@pytest.mark.parametrize(
    "text",
    ["sent mum 150 for her birthday", "I give red envelope to my niece 100 for new year"],
)
def test_money_the_person_gave_is_no_income(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE, text


def test_a_red_envelope_received_is_still_income() -> None:
    assert read("got 200 lai see from auntie").intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("the shop was sixty pounds but I used vouchers so I paid forty two fifty", "42.50"),
        ("bought 3 bags of compost at 6.99, had a 10% coupon, came out to 19.87", "19.87"),
        ("the coat was 120, ended up paying 95", "95"),
    ],
)
def test_what_was_paid_in_the_end_is_the_amount(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    "text",
    [
        "my sister received a 2,000 bonus. I have received nothing.",
        "a woman telephoned to say I won 10 000 and must pay a 300 fee first",
    ],
)
def test_nothing_received_and_a_call_to_check_write_nothing(text: str) -> None:
    assert not read(text).is_action, text


def test_a_price_put_up_said_in_scots_writes_nothing() -> None:
    assert not read("the chippy's put a pie supper up tae £9.80, the cheek").is_action
