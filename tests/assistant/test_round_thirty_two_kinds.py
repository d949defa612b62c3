"""Kinds of readings met in the thirty-second round, each written here in sentences of our own.

- More money put on the bill before, however it is said: "+4 tip" and "+15k service" typed
  short; "add 6, the driver wanted extra for the luggage"; "add the 40 for the parking to
  the same payment", "all in one payment"; "and the booking fee was 3, put them together";
  "and the service was eight pounds so put that on too". Money in another currency than the
  bill's, written or the home one, is never added ("and the tip was five dollars" after a
  dinner in pounds); "and add 1,899 for a jacket" after an entry is still an entry of its
  own.
- Things bought together, each with its price, are one entry of their total however the
  first is counted or priced: "half a dozen eggs … for £2.40 and a loaf for £1.90"; "a $4
  muffin and a $3.50 latte" (a price's sign never counts muffins); "stamps £3.20, oh and a
  birthday card for 2.50"; "2 stools for 40 euros the pair and a rug for 25" (the rug's
  price, not a party of 25). "dinner 60 for 4" still counts people.
- A new figure for the write just asked for keeps that write, however it is said: a
  learner's "make am 18k", "2tr5 enough", "On second thought, 550.", after a payment "put
  95, she needs money for the water too"; the figure it lacked, told with its period, its
  bound or what it holds: "60 a month, not more", "48,60 incl. tip". Said first, "300 is
  enough" and "On second thought, 450." record nothing.
- The card dropped, with the reason after: "forget it im going to pay it tomorrow", "cancel
  that I'll pay him cash", "hold on dont send that one just close it"; an English sentence
  with people in it ("cancel that he said he'd rather take cash") is English, whatever
  Spanish's "he" counts for.
- A size said after a count's "x" is the size of each thing, never a second count: "6 x 1.5L
  water @ 0.89" is six bottles, "2 x 6 pints of milk at £2.10, eggs £1.90" two jugs and
  the eggs; "mango 3kg x 35k" is still three kilos at 35k.
- The rand's sign typed small by South Africans ("petrol r450 at engen", "two pies at r25
  each"); for anyone else "r450" is no price, and the naira's "n15,000" is read for
  Nigerians in either case ("N95 masks" are still masks).
- The price on the tag before a sale is not what was paid, nor a second thing bought, nor
  a shop: "boots 49.99, originally 90" (it had been 139.99), "novel 7, retail 12", "$14.99
  for the course, on sale from $94.99", "speaker 35 (RRP 60)", "lamp 25, marked down from
  40".
- A price to compare said after the one paid is never added to it: "coffee 4, usual 3.50",
  "phone 299, value 450", "ticket 45, face value 30", "bike 150, new 600", "tv 499, Amazon
  had it 549", "pizza 20, coupon 5", another day's "lunch 12, yesterday 10": which was paid
  is asked ("pizza 20, delivery 3" is still 23, "£18 for the usual, plus £6 for the roof"
  still 24). A deal said right after a price, with no thing of its own, is the offer on the
  same thing: "jeans 30, 2 for 50" is asked (it had been 80); "jeans 30, socks 2 for 5" is
  still 35. A part said inside the price is no second price ("taxi 18, tip included 2" had
  been 20), money saved is no price ("lunch 12.50, save 2.50 with app" had been 15: asked),
  and a parcel's tracking number none at all ("parcel 12.50, tracking 55821" had been
  55,833.50).
- A thing's number beside the price is no second price: "bus 2.40, line 46" (it had been
  48.40), "cinema 24, screen 5", "ferry 60, cabin 12"; a price written with its cents is
  never a thing's number. Alone, "phone line 25" and "new screen 89" are still paid.
- The deposit paid with the first rent is paid out ("rent 900, deposit 1800" had been
  income of 2,700); money moved to an account is never added to a list of things bought
  ("salary 2000, deposit 500 to savings" had been income of 2,500: now asked).
- Someone added to a split however it is asked: "also include Chloe", "put Chloe in too",
  "oh and Priya came along too actually, add her in", "add marcus too he ate like half of
  it"; "add coffee too" adds no person.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        ("pizza hut 31", "+4 tip", Intent.ADD_EXPENSE, "35"),
        ("massage 250k", "+15k service", Intent.ADD_EXPENSE, "265000"),
        ("send dad 2 triệu", "+300k for the electricity", Intent.DRAFT_PAYMENT, "2300000"),
        (
            "taxi to the airport 45",
            "add 6, the driver wanted extra for the luggage",
            Intent.ADD_EXPENSE,
            "51",
        ),
        (
            "prepare a payment to Marta, 420 for the flat",
            "add the 40 for the parking to the same payment",
            Intent.DRAFT_PAYMENT,
            "460",
        ),
        (
            "pay Olek 75 for the concert tickets",
            "add the 12 for the drinks as well, all in one payment",
            Intent.DRAFT_PAYMENT,
            "87",
        ),
        (
            "swimming course 120 today",
            "and the booking fee was 3, put them together",
            Intent.ADD_EXPENSE,
            "123",
        ),
        (
            "curry house with Priya and Tom 54.60 split three ways",
            "and the service was eight pounds so put that on too",
            Intent.SPLIT_EXPENSE,
            "62.60",
        ),
    ],
)
def test_more_money_put_on_the_bill_before(
    earlier: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


def test_the_bill_keeps_the_currency_it_was_written_in() -> None:
    command = after(
        "rent to Keller AG CHF 1'900 for June, prepare it", "add the 80.– to the same payment"
    )
    assert (command.intent, command.amount, command.currency) == (
        Intent.DRAFT_PAYMENT,
        Decimal("1980"),
        "CHF",
    )


def test_money_in_the_home_currency_is_added_to_a_bill_of_no_currency_said() -> None:
    command = after("dinner 40 split with Jo", "and the tip was five pounds so put that on too")
    assert (command.amount, command.currency) == (Decimal("45"), "GBP")


def test_money_in_another_currency_is_never_added_to_the_home_currencys() -> None:
    command = after("dinner 40 split with Jo", "and the tip was five dollars so put that on too")
    assert command.amount != Decimal("45")


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("coffee 4", "and add 1,899 for a jacket I bought today", "1899"),
        ("taxi 20", "and 6.50 for a car wash there too", "6.50"),
    ],
)
def test_another_purchase_is_still_an_entry_of_its_own(
    earlier: str, text: str, amount: str
) -> None:
    assert after(earlier, text).amount == Decimal(amount), text


def test_money_in_another_currency_is_not_added() -> None:
    assert after("lunch 20 euros", "add 5 USD to it").amount != Decimal("25")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("half a dozen eggs at the corner shop for £2.40 and a loaf for £1.90", "4.30"),
        ("I got a $4 muffin and a $3.50 latte", "7.50"),
        ("stamps £3.20, oh and a birthday card for 2.50", "5.70"),
        ("bought 2 stools for 40 euros the pair and a rug for 25", "65"),
        ("meal deal 3.85 and a sandwich at 12:30, 2.95", "6.80"),
        ("dinner 60 for 4", "60"),
    ],
)
def test_things_bought_together_are_one_entry_of_their_total(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        ("send 15k to my cousin Emeka for transport", "make am 18k", Intent.DRAFT_PAYMENT, "18000"),
        ("budget eating out 3tr/month", "2tr5 enough", Intent.SET_BUDGET, "2500000"),
        (
            "Set the budget for groceries to 500 a month.",
            "On second thought, 550.",
            Intent.SET_BUDGET,
            "550",
        ),
        (
            "Send 80 to my sister Ana for the gas bill",
            "put 95, she needs money for the water too",
            Intent.DRAFT_PAYMENT,
            "95",
        ),
        ("I'd like a budget for books", "60 a month, not more", Intent.SET_BUDGET, "60"),
        (
            "split lunch at Nando's with Kim and Joe",
            "48,60 incl. tip",
            Intent.SPLIT_EXPENSE,
            "48.60",
        ),
    ],
)
def test_a_new_figure_keeps_the_write_just_asked_for(
    earlier: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize("text", ["300 is enough", "On second thought, 450.", "5tr5 enough"])
def test_a_figure_judged_with_nothing_before_records_nothing(text: str) -> None:
    assert not read(text).is_action, text


def test_put_after_an_entry_is_not_a_new_figure_for_it() -> None:
    assert after("pay Tom 20", "put 50 in savings").intent is Intent.TRANSFER


@pytest.mark.parametrize(
    "text",
    [
        "forget it im going to pay it tomorrow",
        "cancel that I'll pay him cash",
        "hold on dont send that one just close it",
        "cancel that he said he'd rather take cash",
        "actually dont bother ill do it myself",
    ],
)
def test_the_card_dropped_with_the_reason_after(text: str) -> None:
    assert after("pay Marco 35 for the football", text).intent is Intent.CANCEL, text


def test_a_correction_after_cancel_is_no_cancel() -> None:
    assert after("pay Marco 35 for the football", "cancel it I meant 45").amount == Decimal("45")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("6 x 1.5L water @ 0.89", "5.34"),
        ("Spar: 4 x 2L juice @ R24.99", "99.96"),
        ("2 x 6 pints of milk at £2.10, eggs £1.90", "6.10"),
        ("mango 3kg x 35k", "105000"),
        ("coffee 2.80 x 2", "5.60"),
    ],
)
def test_a_size_after_a_counts_x_is_the_size_of_each(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "home", "amount"),
    [
        ("petrol r450 at engen", "ZAR", "450"),
        ("two pies at r25 each", "ZAR", "50"),
        ("fuel n15,000 at the total station", "NGN", "15000"),
        ("bought N95 masks for 2000", "NGN", "2000"),
    ],
)
def test_a_home_currencys_letter_typed_small(text: str, home: str, amount: str) -> None:
    command = read(text, home)
    assert (command.amount, command.currency) == (Decimal(amount), home), text


def test_a_small_r_is_no_rand_for_anyone_else() -> None:
    assert read("braai meat r640", "EUR").amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("boots 49.99, originally 90", "49.99"),
        ("novel 7, retail 12", "7"),
        ("$14.99 for the course, on sale from $94.99", "14.99"),
        ("speaker 35 (RRP 60)", "35"),
        ("lamp 25, marked down from 40", "25"),
    ],
)
def test_the_price_before_a_sale_is_not_paid(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text
    assert command.merchant not in ("originally", "retail", "RRP", "marked"), text


@pytest.mark.parametrize(
    "text",
    [
        "coffee 4, usual 3.50",
        "phone 299, value 450",
        "ticket 45, face value 30",
        "bike 150, new 600",
        "tv 499, Amazon had it 549",
        "pizza 20, coupon 5",
        "lunch 12, yesterday 10",
    ],
)
def test_a_price_to_compare_is_never_added(text: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, None), text
    assert command.merchant not in ("usual", "value", "coupon"), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("pizza 20, delivery 3", "23"),
        ("eggs 4.20, milk 1.89, bread 2.10", "8.19"),
        ("window cleaner: £18 for the usual, plus £6 for the roof", "24"),
    ],
)
def test_things_and_charges_listed_are_still_added(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bus 2.40, line 46", "2.40"),
        ("cinema 24, screen 5", "24"),
        ("ferry 60, cabin 12", "60"),
        ("phone line 25", "25"),
        ("new screen 89", "89"),
    ],
)
def test_a_things_number_beside_the_price_is_no_price(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text
    assert command.merchant not in ("line", "cabin"), text


def test_the_deposit_paid_with_the_rent_is_paid_out() -> None:
    assert_read_as("rent 650 + deposit 650", Intent.ADD_EXPENSE, "1300")


def test_money_moved_to_an_account_is_not_added_to_a_list() -> None:
    assert read("salary 2000, deposit 500 to savings").amount is None


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("also include Chloe", "Chloe"),
        ("put Chloe in too", "Chloe"),
        ("oh and Priya came along too actually, add her in", "Priya"),
        ("add marcus too he ate like half of it", "marcus"),
    ],
)
def test_someone_added_to_a_split(text: str, added: str) -> None:
    command = after("pizza 36 split with Tom and Ana", text)
    assert (command.intent, command.amount, command.split_with) == (
        Intent.SPLIT_EXPENSE,
        Decimal("36"),
        ("Tom", "Ana", added),
    ), text


def test_a_thing_added_after_a_split_adds_no_person() -> None:
    assert "coffee" not in after("pizza 36 split with Tom and Ana", "add coffee too").split_with


@pytest.mark.parametrize(
    ("text", "amount"), [("jeans 30, 2 for 50", None), ("jeans 30, socks 2 for 5", "35")]
)
def test_a_deal_right_after_a_price_is_the_same_things_offer(text: str, amount: str | None) -> None:
    assert read(text).amount == (None if amount is None else Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("taxi 18, tip included 2", "18"),
        ("lunch 12.50, save 2.50 with app", None),
        ("parcel 12.50, tracking 55821", "12.50"),
        ("coffee 3.20, card ending 4417", "3.20"),
    ],
)
def test_a_part_inside_money_saved_or_a_number_is_no_second_price(
    text: str, amount: str | None
) -> None:
    command = read(text)
    assert command.amount == (None if amount is None else Decimal(amount)), text
    assert command.merchant not in ("included", "save"), text
