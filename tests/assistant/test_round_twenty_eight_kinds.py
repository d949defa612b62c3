"""Kinds of readings met in the twenty-eighth round, each written here in sentences of our
own.

- Amounts: one of a currency said by its name ("plus a pound tip", "paid a euro for the
  toilet", "tipped a dollar") is 1 of it, never a weight or a rate ("beef mince 3.99 a
  pound", "a pound of mince 4.50", "lost a pound this week").
- Tips: a tip given by its verb after the price ("5.45 and I tipped 1", "paid 40 for the
  haircut, tipped 5"), a tip said first on the price it was given on ("tipped the barber 5
  on a 25 cut"), a tip put in the tip jar ("12.50 and I left 2.50 in the tip jar") and a tip
  named in the writer's own language ("23,90 + 5 de gorjeta") are added to the price.
- Vietnamese money as it is typed: "d" for đồng after digits grouped by thousands
  ("45.000d", "4.500.000d"), and millions with their thousands and a "k" ("1tr235k"); "16d
  nails" and "3d print" stay what they were.
- Totals: what was paid in the end, said after "so" with what it includes or "in the end"
  and a request to write it ("… 180 € HT so 198 € TTC with the tva 10%", "… had 30% off,
  got a coat that was 60 so 42 in the end. Add it under clothes"), is the amount written.
- Corrections: "no, wait" as Portuguese and Spanish say it ("34,50 nao pera 43,50", "no
  espera") and Nigerian Pidgin's "no be" before the right figure ("34,750.50 no be
  34,570.50 sorry") correct the figure before.
- Parts: a part of what was said before ("cab 340, 60 of that was surge", "taxi 45, 10 of
  it was the tip") is no second amount.
- Refunds: money paid back less what the one paying it kept ("Darty has refunded 149,99 €
  for the toaster, but they keep 10 € of fees", "… refunded 200 but kept 25 as a fee") is a
  refund of the difference, never a fee the person paid; "so really I got 79" is the result.
- Dates: the day of the month as Portuguese and Spanish speakers say it in English ("in the
  day 5", "it vence day 10") and a European date with its ordinal dot after "received"
  ("Salary 9'870.40 received 25.03.") are days, never amounts; "I received 12.50" stays
  money.
- Whose money: a thing of the person's that someone bought ("someone bought my old sofa for
  60", "Tom bought my old ps4 for 90") is money in from a sale, while "Tom bought a ps4 for
  300" and "mum bought my school shoes for 40" are still someone else's spending; "made"
  said of a thing done ("She made it very nice this time") is no money someone made, while
  "my sister made 300 at the market" is hers; "ah", "I" as Scots write it ("right ah
  bought four panto tickets …"), is the person.
- Entries: a quantity bought at a price of its unit in pence or cents ("Heating oil came
  this morning, 400 litres at 72p a litre") is a purchase of the product, not a price seen.
- Requests: "put it as income" asks to write money in, as "put it under" and "put it in as"
  already did.
- Splits: a bill "going thirds" or "quarters" (as British and Australian people say it), and
  a party counted with the person first ("Sushi in 4: me, Kai, Lea and Tom, …") share the
  bill; "going halves" names no shop ("cab with Tom 30, going halves" had the merchant
  "going").
- Money left alone: the same thing's price in another shop after a comma ("Edeka have eggs
  3,29 this week, in Penny 2,79."), two prices and their difference remarked on ("Water at
  the station 3 francs, Migros 0.90. Huge difference."), and a price list by who pays it
  ("zoo entry 15 euro for adults, 8 for kids") are prices seen, unless paid after all
  ("… 50 for locals… paid it anyway"); a letter asked for about money ("can you write a
  polite email to my landlord about the 950 deposit") is no entry; the second half of a
  score or a ratio ("real madrid 2:1 tonight") is no amount, while "spent 12:50 on lunch"
  is still money.
- Cancel: a service named alone after "cancel" ("cancel spotify", "cancel Showmax") is an
  errand elsewhere the app cannot do (its reply says so and points to "list
  subscriptions"), not the card on screen dropped; right after a card that names it
  ("spotify 9.99 monthly", then "cancel spotify") it drops that card, and "cancel",
  "cancel it", "cancel transfer" still drop the card.
- Cards (found on this round's screenshots): a thing sold is filed under no spending
  category ("a guy bought my old bike for 120" was income under "Bikes and scooters", which
  the ledger then refused at Confirm), nor an expense under an income one; a name ends
  before what it came to ("two coffees at costa came to 8.40" named "costa came"); "tipped"
  and what a part of the price was ("… 60 of that was surge") name no shop.
- Amounts: a price with what is added on top, said to have come to a figure ("$79.99 plus
  tax came to 85.59") is that figure; a price each for a party counted after it keeps its
  count when a comma follows ("5 francs each for all three, add it"); an addition to the
  card before that says its new total ("Add another 40 for the books, so total 160") is
  that total, never the total added again.
- Counts: a small count after a group's name ("won 50 at the quiz, team of 4", "a family of
  5") is how many people, never a second amount; one part said "alone" with its verb
  ("tips tonight 63 cash, table 9 alone left 20") is a part of the takings.
- What was paid in the end: what left the card ("… so the card only got charged £104.36"),
  the note handed over when the change was left, said without whom it went to ("I gave
  10.– and they keep the change"), and the one named whole in the request to write ("Can
  you log the whole deposit of 2,980.50 as salary?").
- Ages: a bare number right after the person's birthday and an emoji, with only a laugh
  after it ("mom sent me 350 for my bday 🎂 31 lol") is their years; "dinner for my
  birthday 🎉 85 at Nandos" and "gift for my bday! 40 at Zara" are still prices.
- Whose money: a bill said to be a relative's the way learners say whose ("the electricity
  bill of my parents came 230 euros this month, poor them") is theirs, unless the person
  paid it ("paid the electricity bill of my parents, 230").
- Refunds: the shop said first, refunding without "me" ("Darty has refunded 149,99 € for the
  toaster", "The SNCF has reimbursed 45 €", "Yesterday Fjord1 refunded my ferry ticket …"),
  is the refund's merchant (a card left it blank)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("coffee 2.40 plus a pound tip", "3.40"),
        ("paid a euro for the toilet at the station", "1"),
        ("cold brew 5.45 and i tipped a dollar", "6.45"),
        ("two teas at the kiosk came to three pounds twenty plus a pound tip", "4.20"),
    ],
)
def test_one_of_a_currency_said_by_its_name_is_one(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("beef mince 3.99 a pound", "3.99"),
        ("a pound of mince 4.50", "4.50"),
        ("mince 3.99 € a pound at the butcher", "3.99"),
    ],
)
def test_a_pound_as_a_weight_or_a_rate_is_no_money(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize("text", ["lost a pound this week", "the euro is at 1.08 a dollar"])
def test_a_pound_lost_or_a_rate_of_exchange_writes_nothing(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("coffee 2.40 and i tipped him 1", "3.40"),
        ("paid 40 for the haircut, tipped 5", "45"),
        ("dinner 48, I tipped 8", "56"),
        ("tipped the barber 5 on a 25 cut", "30"),
        ("hairdresser 12.50 and I left 2.50 in the tip jar", "15.00"),
        ("uber 23,90 + 5 de gorjeta", "28.90"),
    ],
)
def test_a_tip_given_is_added_to_the_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("coffee 45.000d", "45000"),
        ("tution 4.500.000d for sem 2", "4500000"),
        ("phone bill 350.000d", "350000"),
    ],
)
def test_dong_typed_as_d_after_grouped_thousands_is_money(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_millions_with_their_thousands_and_a_k_are_one_amount() -> None:
    assert_read_as("electric bill 1tr235k this month, pay it", Intent.DRAFT_PAYMENT, "1235000")


@pytest.mark.parametrize(
    ("text", "amount"), [("nails 16d 11.25", "11.25"), ("3d print at the library 25", "25")]
)
def test_a_d_after_a_small_number_is_no_dong(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Paid the electrician, 200 € HT so 240 € TTC with the tva 20%", "240"),
        ("Zara had 30% off, got a jacket that was 80 so 56 in the end. Add it under clothes", "56"),
        ("taxi 20 and tip 3, so 23. log it", "23"),
    ],
)
def test_what_was_paid_in_the_end_is_written(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("farmacia 28,40 nao pera 24,80", "24.80"),
        ("padaria 12,50 não, pera, 15,20", "15.20"),
        ("super 45 no espera 54", "54"),
        ("Shoprite 12,450 no be 12,540 sorry", "12540"),
    ],
)
def test_a_correction_in_the_writers_own_words_takes_the_later_figure(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("cab 340, 60 of that was surge", "340"), ("taxi 45, 10 of it was the tip", "45")],
)
def test_a_part_of_what_was_said_before_is_no_second_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Fnac has refunded 89,99 € for the kettle, but they keep 5 € of fees", "84.99"),
        ("Lufthansa refunded 200 but kept 25 as a fee", "175"),
        ("the shop refunded me 60, they kept 5 for postage", "55"),
        ("vinted refund arrived, 45,00 but they kept 4,00 of frete so really i got 41", "41"),
    ],
)
def test_a_refund_less_what_was_kept_is_the_difference(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_REFUND, amount)


def test_a_fee_taken_is_still_an_expense() -> None:
    assert_read_as("Etsy took 12 in fees today", Intent.ADD_EXPENSE, "12")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("I paid the condominium, 650, in the day 5", Intent.ADD_EXPENSE, "650"),
        (
            "pay the condomínio 640,20 to Administradora Silva, it vence day 10",
            Intent.DRAFT_PAYMENT,
            "640.20",
        ),
        ("Salary 4'120.50 received 25.03.", Intent.ADD_INCOME, "4120.50"),
        ("I received 12.50 from Tom", Intent.ADD_INCOME, "12.50"),
    ],
)
def test_a_day_said_the_way_learners_and_europeans_write_it_is_no_amount(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("someone bought my old sofa for 60", "60"), ("Tom bought my old ps4 for 90", "90")],
)
def test_a_thing_of_the_persons_bought_by_someone_is_a_sale(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    "text",
    [
        "Tom bought a ps4 for 300",
        "mum bought my school shoes for 40",
        "my sister made 300 at the market",
    ],
)
def test_someone_elses_purchase_or_earnings_stay_theirs(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Yesterday I was at the hairdresser, 40 euros. She made it very nice this time", "40"),
        ("ah bought two tickets for his school concert, fifteen pound each", "30"),
        ("Heating oil came this morning, 400 litres at 72p a litre", "288"),
    ],
)
def test_the_persons_own_spending_told_with_others_words_is_an_expense(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_put_it_as_income_asks_for_money_in() -> None:
    text = "the company paid the travel allowance 1,200 pesos put it as income"
    assert_read_as(text, Intent.ADD_INCOME, "1200")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Lunch at the cafe with Joan and Beryl, $84 all up, and we're going thirds.", "84"),
        ("Sushi in 4: me, Kai, Lea and Tom, was R$ 180 with the delivery", "180"),
        ("cab home 48, went quarters with Sam, Jo and Kev", "48"),
    ],
)
def test_a_bill_going_thirds_or_counted_with_the_person_is_split(text: str, amount: str) -> None:
    assert_read_as(text, Intent.SPLIT_EXPENSE, amount)


def test_going_halves_names_no_shop() -> None:
    command = read("cab with Tom 30, going halves")
    assert (command.intent, command.merchant) == (Intent.SPLIT_EXPENSE, None)


@pytest.mark.parametrize(
    "text",
    [
        "Edeka have eggs 3,29 this week, in Penny 2,79.",
        "Water at the station 3 francs, Migros 0.90. Huge difference.",
        "zoo entry 15 euro for adults, 8 for kids",
        "can you write a polite email to my landlord about the 950 deposit",
        "real madrid 2:1 tonight",
    ],
)
def test_prices_compared_a_letter_asked_or_a_score_write_nothing(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("temple entry 300 baht for foreigners, 50 for locals… paid it anyway", "300"),
        ("spent 12:50 on lunch", "12.50"),
    ],
)
def test_a_price_paid_after_all_or_a_price_written_as_a_time_is_an_expense(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize("text", ["cancel spotify", "cancel Showmax"])
def test_a_service_named_after_cancel_is_an_errand_elsewhere(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


def test_cancel_naming_the_card_just_shown_drops_it() -> None:
    assert after("spotify 9.99 monthly", "cancel spotify").intent is Intent.CANCEL


@pytest.mark.parametrize("text", ["cancel", "cancel it", "cancel transfer", "cancel pls"])
def test_cancel_with_no_service_named_drops_the_card(text: str) -> None:
    assert read(text).intent is Intent.CANCEL, text


@pytest.mark.parametrize(
    ("text", "intent", "category"),
    [
        ("a guy bought my old bike for 120", Intent.ADD_INCOME, None),
        ("sold my old bike for 120", Intent.ADD_INCOME, None),
        ("got paid for the gig 200", Intent.ADD_INCOME, "INCOME_GIG_ECONOMY"),
        ("bought two tickets for his band's gig, 30", Intent.ADD_EXPENSE, None),
    ],
)
def test_an_entry_is_filed_only_under_a_category_of_its_direction(
    text: str, intent: Intent, category: str | None
) -> None:
    command = read(text)
    assert (command.intent, command.category) == (intent, category), text


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("two coffees at costa came to 8.40", "costa"),
        ("tipped the barber 5 on a 25 cut", "barber"),
        ("cab 340, 60 of that was surge", None),
    ],
)
def test_a_verb_or_a_part_of_the_price_names_no_shop(text: str, merchant: str | None) -> None:
    assert read(text).merchant == merchant, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("new charger from the shop, $49.99 plus tax came to 53.49", "53.49"),
        ("jacket 60 plus shipping came to 66.50", "66.50"),
        ("Pocket money: 4 francs each for all three, add it", "12"),
    ],
)
def test_what_it_came_to_and_a_party_after_each_are_read(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_an_addition_that_says_its_new_total_is_that_total() -> None:
    command = after("pay Tom 120 for the bike", "Add another 40 for the books, so total 160")
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal("160"))


def test_an_addition_without_a_total_is_added() -> None:
    command = after("pay Tom 120 for the bike", "and add 40 for the books")
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal("160"))


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("won 80 at the quiz night, team of 4, and i kept the prize", Intent.ADD_INCOME, "80"),
        ("dinner for a family of 5, 120 at the steakhouse", Intent.ADD_EXPENSE, "120"),
        ("tips tonight 71 cash, table 6 alone left 25", Intent.ADD_INCOME, "71"),
    ],
)
def test_a_group_counted_or_a_part_alone_is_no_second_amount(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "Back from the weekly shop at Asda, receipt says £96.20 but I used £6 of vouchers "
            "so the card only got charged £90.20",
            Intent.ADD_EXPENSE,
            "90.20",
        ),
        (
            "Tea at the kiosk 3.20 and a pretzel 2.90, I gave 10.– and they keep the change",
            Intent.ADD_EXPENSE,
            "10",
        ),
        (
            "Bonus came with my pay, 450 extra! Can you log the whole deposit of 3,120.40 "
            "as salary?",
            Intent.ADD_INCOME,
            "3120.40",
        ),
    ],
)
def test_what_was_paid_in_the_end_or_named_whole_is_written(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("mum sent me 200 for my bday 🎂 27 lol", Intent.ADD_INCOME, "200"),
        ("dinner for my birthday 🎉 85 at Nandos", Intent.ADD_EXPENSE, "85"),
        ("gift for my bday! 40 at Zara", Intent.ADD_EXPENSE, "40"),
    ],
)
def test_the_years_after_a_birthday_emoji_are_no_money(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


def test_a_bill_of_a_relative_said_as_learners_say_it_is_theirs() -> None:
    text = "Uff, the electricity bill of my grandma came 140 euros this month"
    assert not read(text).is_action


def test_a_relatives_bill_the_person_paid_is_an_expense() -> None:
    assert_read_as("paid the water bill of my parents, 95", Intent.ADD_EXPENSE, "95")


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("Darty has refunded 89,99 € for the kettle, but they keep 5 € of fees", "Darty"),
        ("Zalando has refunded the 45 for the shoes I sent back last week", "Zalando"),
        ("The SNCF has reimbursed 38 € for the train that was late", "SNCF"),
        ("Yesterday Fjord1 refunded my ferry ticket of 96 kroner", "Fjord1"),
        ("Ryanair FINALLY refunded my cancelled flight, €143.60", "Ryanair"),
    ],
)
def test_the_shop_said_first_is_the_refunds_merchant(text: str, merchant: str) -> None:
    command = read(text)
    assert (command.intent, command.merchant) == (Intent.ADD_REFUND, merchant), text


def test_a_shop_in_lower_case_after_the_is_not_a_name() -> None:
    assert read("The shop refunded 20").merchant != "The"
