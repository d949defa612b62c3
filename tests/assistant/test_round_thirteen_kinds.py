"""Kinds found in the thirteenth round's sets written to be tuned on (fresh_105 to fresh_108,
and the tune halves before them) and own probes; each sentence written for these tests, none
from a data set."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, read


@pytest.mark.parametrize(
    ("earlier", "text", "amount", "merchant"),
    [
        ("coffee 3.40 at Gail's", "and 4.10 for a croissant", "4.10", None),
        ("fuel 52 at Esso", "and 7 for the car wash there too", "7", "Esso"),
        ("lunch 14 at Nando's", "and 6 for parking", "6", None),
        ("groceries 38 at Tesco", "and 12 at the same shop for a plant", "12", "Tesco"),
        ("dinner 60 at Rosa's", "and 9 for the taxi home from there", "9", None),
        ("got paid 400 for the logo job", "and 150 for the poster", "150", None),
    ],
)
def test_a_second_purchase_after_an_entry_is_an_entry_of_its_own(
    earlier: str, text: str, amount: str, merchant: str | None
) -> None:
    command = after(earlier, text)
    assert command.intent is read(earlier).intent
    assert (command.amount, command.merchant) == (Decimal(amount), merchant)


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("lunch 14 at Nando's", "and 2 for the tip", "16"),
        ("takeaway 22", "and 3.50 delivery fee", "25.50"),
        ("concert ticket 45", "and a booking fee of 4", "49"),
        ("cab 18", "and 5 more", "23"),
        # ("plus 2 for a bottle of water" is another thing bought, as "and 4.10 for a
        # croissant" above: an entry of its own since the thirty-fifth round)
        ("cab 18", "plus 2 for the service", "20"),
        ("cab 18", "and 2", "20"),
    ],
)
def test_a_charge_on_the_same_bill_still_adds_to_it(earlier: str, text: str, amount: str) -> None:
    assert after(earlier, text).amount == Decimal(amount)


@pytest.mark.parametrize(
    "text", ["paid 20 there", "taxi 9 from there", "coffee 3 at the same cafe as yesterday"]
)
def test_a_place_pointed_at_is_no_merchant_name(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.merchant is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("moved 3 000 kr to my savings", "3000"),
        ("paid 2 000 zł for the new sofa", "2000"),
        ("rent 14 000 SEK", "14000"),
        ("laptop 1 050 Kč", "1050"),
    ],
)
def test_thousands_grouped_by_a_space_before_a_letter_currency(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("hawker lunch: laksa 6.50 + iced tea 1.80", "8.30"),
        ("vet: 2 jabs x 30 + checkup 40", "100"),
        ("rent 950 plus bills 120 for November", "1070"),
        ("tenner for the window cleaner + 2 quid tip", "12"),
        ("fiver on the bus", "5"),
    ],
)
def test_a_price_plus_another_named_item_is_their_sum(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("paid 60 for the boots after the 15 off coupon", "60"),
        ("train ticket 32 after a 8 discount", "32"),
        ("headphones 79.99 but I had a 20 off voucher", "59.99"),
    ],
)
def test_a_price_said_after_its_discount_is_what_was_paid(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("diesel 50 litres at 1.72", "86.00"),
        ("bought 2 kg of cherries at 6.50", "13.00"),
        ("petrol 40L @ 1.849", "73.96"),
        ("unleaded 30 L @ 1.80 = 54", "54"),
        ("water bill 48 but I had 8 credit so it was 40", "40"),
    ],
)
def test_a_measure_bought_at_a_price_and_a_result_said_after_it(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)
    assert command.merchant is None


@pytest.mark.parametrize(
    "text",
    [
        "new number: 07700 900123",
        "my new mobile is 07911 123456, save it",
        "butter 1.89 at Lidl vs 2.35 at Tesco, Lidl wins again",
        "bread 2.49 here versus 2.99 at the corner shop",
        "airport kiosk: 1 USD = 17.2 MXN, in town 18.4",
    ],
)
def test_a_phone_number_compared_prices_or_a_rate_of_exchange_act_on_nothing(text: str) -> None:
    command = read(text)
    assert not command.intent.writes and command.amount is None, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("move 10% of my 2,400 paycheck to savings", Intent.TRANSFER, "240.00"),
        ("transfer 15% of the 3,000 bonus to my ISA", Intent.TRANSFER, "450.00"),
        ("paid 30% of the 600 deposit today", Intent.ADD_EXPENSE, "180.00"),
        ("what's 15% of 80", Intent.OTHER, None),
    ],
)
def test_a_share_of_an_amount_moved_or_paid_is_that_share(
    text: str, intent: Intent, amount: str | None
) -> None:
    command = read(text)
    want = None if amount is None else Decimal(amount)
    assert (command.intent, command.amount) == (intent, want)


@pytest.mark.parametrize(
    ("text", "amount", "people"),
    [
        ("airport taxi 120, dividing with Lucas and Bia", "120", ("Lucas", "Bia")),
        ("dinner 80, dividing it with Sam", "80", ("Sam",)),
    ],
)
def test_dividing_a_cost_with_people_is_a_split(text: str, amount: str, people: tuple) -> None:
    command = read(text)
    assert command.intent is Intent.SPLIT_EXPENSE and command.amount == Decimal(amount)
    assert command.split_with == people and command.merchant is None


@pytest.mark.parametrize(
    "text",
    [
        "my dad received 300 from the council for the boiler",
        "Gran received her 250 winter payment today",
        "my sister received 40 from me for the tickets",
    ],
)
def test_money_someone_else_received_is_not_the_persons_income(text: str) -> None:
    assert read(text).intent is Intent.OTHER


def test_money_the_person_received_stays_income() -> None:
    command = read("received 300 from the council for the boiler")
    assert command.intent is Intent.ADD_INCOME and command.amount == Decimal(300)


@pytest.mark.parametrize(
    "text",
    [
        "would splitting a 90 taxi 3 ways come to 30 each",
        "would paying 40 a month for the gym be worth it",
        "does putting 100 a month into savings make a difference",
    ],
)
def test_a_sum_asked_about_is_not_done(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "I swore I'd said no more takeout, but: pho 13.50 at Saigon Kitchen, put it under food",
            "13.50",
        ),
        ("Seminar fee 240, paid it myself since my boss said no. Log under training.", "240"),
        ("taxi to the client 34, I'll claim it later but log it for now", "34"),
        ("app charges 45 today, log as fees", "45"),
    ],
)
def test_a_request_to_log_said_in_its_own_clause_is_heard(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "if Tom sends the 40 I'll log it then",
        "the garage wanted 300 for new brakes but I said no",
        "gonna log the 50 once it clears",
    ],
)
def test_a_write_put_off_or_turned_down_is_not_done(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    "text",
    [
        "gave the dog walker 25 from the cash jar, so nothing to log",
        "not logging it yet, I think the pharmacy was about 18 but I want the receipt first",
        "that 60 gas bill I added last week is right, leave it",
        "Note to self: do not pay Ana the 45 until she sends the photos",
    ],
)
def test_told_there_is_nothing_to_write_yet(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "merchant", "payee"),
    [
        ("note to self: paid 12 for parking", None, None),
        ("paid the electrician 140, nothing to add", None, None),
    ],
)
def test_words_about_the_note_name_no_one(
    text: str, merchant: str | None, payee: str | None
) -> None:
    command = read(text)
    assert command.intent.writes and (command.merchant, command.payee) == (merchant, payee)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3 tickets for the 8:15 film, 12.50 each", "37.50"),
        ("2 teas from the machine on ward 9, 1.20 each", "2.40"),
        ("table 6, 2 pizzas at 13 each", "26"),
        ("gate 22, 3 coffees at 2.90", "8.70"),
    ],
)
def test_a_clock_time_or_a_numbered_place_counts_nothing(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("museum ticket 14", "wait it was 2 of them, so double it", "28"),
        ("coffee 3.20", "make it three of those", "9.60"),
        ("bagel 2.40", "triple that", "7.20"),
    ],
)
def test_an_entry_bought_more_than_once_is_multiplied(earlier: str, text: str, amount: str) -> None:
    assert after(earlier, text).amount == Decimal(amount)


def test_some_of_them_being_mine_multiplies_nothing() -> None:
    assert after("lunch 12", "two of them were mine").amount != Decimal(24)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("gas bill 90 + 5% VAT", "94.50"),
        ("pay the roofer 500 plus 20% VAT", "600.00"),
        ("monitor 200 plus 8% sales tax", "216.00"),
    ],
)
def test_a_tax_given_as_a_rate_is_added_to_the_price(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent.writes and command.amount == Decimal(amount)


def test_a_tax_rate_asked_about_is_arithmetic() -> None:
    assert read("what's 1000 plus 8% sales tax").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("question", "text", "amount"),
    [
        ("how much did I spend on diesel in March?", "ok add another 55 for diesel today", "55"),
        ("how much on coffee this month", "then put 3.80 for today's", "3.80"),
    ],
)
def test_an_entry_asked_after_a_question_is_an_entry(question: str, text: str, amount: str) -> None:
    command = after(question, text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)
    assert command.merchant is None


def test_a_question_s_follow_up_stays_a_question() -> None:
    command = after("how much did I spend on diesel in March?", "and in April?")
    assert command.intent is Intent.QUERY_SPENDING


@pytest.mark.parametrize(
    "text",
    [
        "Payday!! Moving 300 into the emergency pot before I spend it",
        "Paid today. Shifting 500 into my savings account",
    ],
)
def test_money_moved_to_ones_own_pot_on_payday_is_a_transfer(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("my wages came in, 1,940 after tax", "1940"),
        ("annual bonus hit the account today, 3,100 after taxes", "3100"),
        ("child tax benefit came in, 212.40", "212.40"),
        ("the eBay buyer has paid the 85 for the old guitar, put it in", "85"),
    ],
)
def test_money_that_came_in_said_net_of_tax_or_paid_by_a_buyer_is_income(
    text: str, amount: str
) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_INCOME and command.amount == Decimal(amount)


@pytest.mark.parametrize("text", ["income tax 1200", "paid 300 in tax", "council tax 168"])
def test_tax_paid_stays_an_expense(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    "text",
    [
        "Oops, undo that last one, I typed 90 instead of 9",
        "argh that should have been 14.50 not 145, undo it",
        "I made a mistake, that entry is there twice. Please take it away",
        "remove it, I had already added it this morning",
    ],
)
def test_an_undo_with_its_reason_around_it_is_an_undo(text: str) -> None:
    assert after("lunch 12", text).intent is Intent.UNDO


@pytest.mark.parametrize(
    "text", ["Scrap that payment, I didn't mean to send it.", "ditch this card please"]
)
def test_dropping_the_card_by_its_name_is_a_cancel(text: str) -> None:
    assert after("pay Tom 40", text).intent is Intent.CANCEL


def test_a_correction_after_dropping_the_card_is_still_a_correction() -> None:
    assert after("lunch 12", "cancel that, I meant 45").amount == Decimal(45)


@pytest.mark.parametrize(
    "text",
    [
        "transfer 420 dollars to my t f s a",
        "send 1,000 from my credit union checking over to my HSA",
        "Transfer 800 from the current account to the PEL",
        "move 100 from my revolut to my HSA",
    ],
)
def test_money_moved_to_ones_own_savings_wrapper_is_a_transfer(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER


@pytest.mark.parametrize("text", ["send 50 to Tom from my revolut", "send 50 to Tom from my HSA"])
def test_money_sent_to_someone_from_ones_own_account_is_a_payment(text: str) -> None:
    assert read(text).intent is Intent.DRAFT_PAYMENT


@pytest.mark.parametrize(
    ("text", "amount"),
    [("water bill 48.20 paid at 9:40 this morning", "48.20"), ("gas bill 64 paid today", "64")],
)
def test_a_bill_said_paid_after_its_amount_is_an_entry(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)


def test_a_price_paid_in_instalments_is_no_entry() -> None:
    assert not read("the new phone is 999 paid by installments").intent.writes


@pytest.mark.parametrize(
    "text",
    [
        "vinted says the 32 payout will arrive in 3 business days",
        "Salary credit of 2,950.00 expected on 28/11",
        "expecting 1,800 from the client on friday, fingers crossed",
    ],
)
def test_money_still_on_its_way_is_not_income_yet(text: str) -> None:
    assert not read(text).intent.writes


def test_money_that_arrived_despite_an_expectation_is_income() -> None:
    assert read("salary 2,400 arrived today, expected it on friday").intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    "text",
    [
        "delete this card",
        "cancel the payment",
        "no, don't pay him",
        "dismiss",
        "don't want it anymore",
        "let's not",
        "ignore that",
    ],
)
def test_the_card_dropped_in_other_words_is_a_cancel(text: str) -> None:
    assert after("pay Tom 40", text).intent is Intent.CANCEL


def test_ignore_that_then_a_figure_still_corrects() -> None:
    assert after("pay Tom 120", "ignore that, 12 not 120").amount == Decimal(12)
