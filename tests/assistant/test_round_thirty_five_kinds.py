"""Kinds of readings met in the thirty-fifth round, each written here in sentences of our own.

- More people on a split just made, with why or how many said after them: "also add Ines,
  she joined late", "and Marta too, she had the dessert", "add Jo too, 4 ways", "Bea came
  as well, so three people", "add Kim to that split" (each had been talk, or a new split
  at a shop "Kim"); a count that does not match the names asks ("add Jo too, 6 ways"), and
  what they paid is another story ("and Tom too, he paid the tip").
- A new figure after the old one judged: "better make it 90" (it had been an expense, or
  talk with a reason after it), "40,000 is not enough. Please 60,000." (it had been an
  expense at a shop "enough"), "better 320. 300 isn't realistic" (it had kept 300).
- The whole said first, then its parts adding up to it: "paid the gardener 95, that's 80
  for the hedge and 15 for the tip", "need to pay Lena the electrician 230 – she said 200
  for the work and 30 for the parts", "120 for the cleaning, 100 + 20 for the bus" (each
  had been a sum of all, or talk); a list whose first price happens to equal the rest is
  still a list ("tea 6, cake 4 and juice 2" is 12).
- Money of one's own come back: "got the 400 deposit back from the campsite, minus 60 for
  the cleaning, so 340 in the end", "got my 150 deposit back minus 20" (each had been talk).
- A tip left beside the bill: "lunch 26, left a 4 euro tip" is 30 (it had been 4), "dinner
  31.50 and I left 3 on the table" 34.50 (it had asked).
- Money added at another shop after an entry is an entry of its own: "plus 23 at Boots"
  after Sainsbury's 58.20 is 23 at Boots (it had been 81.20 at Sainsbury's); "plus 3 for a
  bag" is still added.
- A ledger line whose figure is mended at once, an explanation after: "lidl 28.. no wait
  82.40 the ink ran", "chemist 19,90 – nein, 91,90 €, I mixed up the digits", "fish
  market 560, ah no 650 — prawns and squid" (each had been talk).
- A count with a sign of times and who the others were for: "x3 actually, got one for each
  of the kids" (it had asked), "times two, one for my sister".
- Another thing bought, said with "+" or "plus" and its own price after an entry, is an
  entry of its own: "+ 12 for the sundae lol forgot", "plus 4.50 for the snag out front"
  (each had been added to the entry before; in the tune parts writers record such a thing
  on its own three times in four); a tip, a fee or a bag is still added ("plus 3 for a
  bag"), and so is a thing asked onto the total: "also the wine 30, add it to the total",
  "also dessert 1,200 yen. Please make total."
- Someone else's spending, its figure said, asks the ledger nothing: "Ines spends 12k on
  clothes every month and still saves, how???", "the average student spends 90 a week on
  food" (each had been a total asked); "she spends 40 on coffee, how much do I spend?"
  still asks.
- Someone else's money told: "neighbour got a 19.99 refund from argos" (it had been a
  refund), "Maeve set herself a 150 budget for nights out and blew it in a week" (a budget);
  advice reported in its own words: "my dad says put 500 in savings every month" (it had
  been an expense), unless the person asks for it after ("… prepare it").
- A payment asked with its amount still to come: "set up a payment to the vet", "send money
  to mum for the bills" (each had been talk); then the amount alone with how it goes: "45
  via upi", "its 23,40", "£45, draft it", "2000.. no make it 2500" (each had been an
  expense); a correction word mistyped: "actualy 150" after a payment (a shop "actualy").
- Thousands grouped by a space before a currency typed plainly: "1 340 zl", "2 500 kr" (it
  had been 340); a "Christmas club pot" is no date.
- "pay her back" closing a message asks for the payment: "i owe nina 25 for the flowers pay
  her back" (it had been talk), and "he keeps reminding me" asks no reminder.
- Points a shop's card collected are no money: "tesco 32.10, got 32 clubcard points" is
  32.10 (it had asked).
- Goods sent back and a claim named are no money given back nor a refund asked: "sent the
  coat back, they refunded 59,95 today", "we got 800 back from the insurer for the dental
  claim" (each had been talk); "I need to claim the 40 back" still asks nothing.
- A payment asked with a payment app or in other words: "Swish 150 kr to Ebba for the
  cinema she paid", "can you prep an Interac to Jules for 45$? she paid my ticket", "need to
  venmo Sam $18.50 bc he covered my half of the pizza last week", "Need to pay our Tom back
  the £200 he lent us. Get that ready for me", "the water bill is due get a payment ready
  for ninety two pounds to Thames Water", "Tomorrow pay Suzuki-san 4000 yen" (each had been
  talk or an expense); "Prepare payment to Ola." asks its amount.
- The amount told after a payment asked, what it is for after it: "It is 90 € for the month
  of May." (it had been talk); a correction opened by "ah wait": "Ah wait, he gave me a
  discount, is 280 only".
- A budget said as a limit kept: "keep the garden centre to £60 a month from now on" (it had
  been an expense), "ok raise it to 350" after a budget asked about (it had been talk);
  "keep screen time to 2 hours a week" is no budget.
- "Spliting" is "splitting".
- A long story with a request to write its one figure: "… didn't get out til 3. Grabbed a
  chipper on the way home, €13.50 … Put it down." (a way out is no money not spent), "…
  paid 23.50 for my prescription, sure I remember when we charged 2.50, anyway put it down"
  (an old price remembered), "… he took 70$ and he says next time I need a new compressor
  300$. Write the 70 please" (what he took is what he charged), "… charged me 1,850 …,
  put it please", "The club has taken the 50 Euro. Now you can book it." (each had been
  talk).
- So many things at a price each said in words, the price read by what one of them costs:
  "two espresso at one twenty each" is 2.40, "two scones at one eighty each" 3.60 (each had
  been a hundred times more).
- As many prices as things counted, one after another, are paid together: "Highlands coffee
  2 cups, 55k and 65k" is 120k, "refunded 59.90 and 24.95 for the two returned items" 84.85
  (each had asked which); "coffee 3 and 4" and "two kids, 7 and 4" still do not.
- "I beg your pardon, it was CHF 72.80" corrects the figure before.
- Another account asked after a balance: "and starling?", "n icici?", "Thank you. And the
  everyday account?" (each had been talk); "and last month?" still asks of a period.
- How a budget just set stands, asked short: "and how is it now?", "How much used?", "k how
  much of it have i used so far" (each had been talk or a total); "bars" and "drinking" name
  the drinks kind.
- A list asked aloud: "read me out everything I spent at the garden centre last month" (it
  had been talk); "I read that people spend 300 a month on food" sets no budget.
- More money added to a payment with the new total said: "oh and add 300 extra for the
  books, so send 2300 total" is 2300 (it had stayed 2000); "pay bescom now, 1,860" pays
  bescom, not "bescom now".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, read


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("also add Ines, she joined late", ("Ruth", "Omar", "Ines")),
        ("and Marta too, she had the dessert", ("Ruth", "Omar", "Marta")),
        ("add Jo too, 4 ways", ("Ruth", "Omar", "Jo")),
        ("Bea came as well, so four people", ("Ruth", "Omar", "Bea")),
        ("add Kim to that split", ("Ruth", "Omar", "Kim")),
        ("oh and Sam joined us", ("Ruth", "Omar", "Sam")),
    ],
)
def test_more_people_on_the_split_just_made(text: str, people: tuple[str, ...]) -> None:
    command = after("split dinner 84 with Ruth and Omar", text)
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal(84)), text
    assert command.split_with == people, text


@pytest.mark.parametrize(
    "text", ["add Jo too, 6 ways", "and Tom too, he paid the tip", "Sam was there"]
)
def test_more_people_counted_otherwise_or_paying_are_not_added(text: str) -> None:
    command = after("split dinner 84 with Ruth and Omar", text)
    assert command.intent is Intent.OTHER or command.split_with == ("Ruth", "Omar"), text


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        ("move 60 to the holiday pot", "better make it 90, flights went up", Intent.TRANSFER, "90"),
        ("coffee 3", "better make it 5", Intent.ADD_EXPENSE, "5"),
        (
            "move 40,000 yen to savings",
            "Sorry, 40,000 is not enough. Please 60,000.",
            Intent.TRANSFER,
            "60000",
        ),
        (
            "set a groceries budget of 300 a month",
            "hmm, better 320. 300 isn't realistic with the kids home",
            Intent.SET_BUDGET,
            "320",
        ),
    ],
)
def test_a_new_figure_after_the_old_one_judged(
    earlier: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text
    assert command.merchant is None or command.merchant.lower() != "enough", text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "paid the gardener 95, that's 80 for the hedge and 15 for the tip",
            Intent.ADD_EXPENSE,
            "95",
        ),
        (
            "need to pay Lena the electrician 230 – she said 200 for the work and 30 for the parts",
            Intent.DRAFT_PAYMENT,
            "230",
        ),
        (
            "pay the cleaner Rosa 120 for the cleaning, 100 + 20 for the bus",
            Intent.DRAFT_PAYMENT,
            "120",
        ),
        ("tea 6, cake 4 and juice 2", Intent.ADD_EXPENSE, "12"),
    ],
)
def test_the_whole_said_first_then_its_parts(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "got the 400 deposit back from the campsite, minus 60 for the cleaning, "
            "so 340 in the end",
            "340",
        ),
        ("got my 150 deposit back minus 20", "130"),
    ],
)
def test_money_of_ones_own_come_back(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_REFUND, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [("lunch 26, left a 4 euro tip", "30"), ("dinner 31.50 and I left 3 on the table", "34.50")],
)
def test_a_tip_left_beside_the_bill(text: str, amount: str) -> None:
    command = read(text, "EUR")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount", "merchant"),
    [
        ("plus 23 at Boots", "23", "Boots"),
        ("+ 9.50 at the bakery on Hill Street", "9.50", None),
        ("plus 3 for a bag", "61.20", "Sainsbury's"),
    ],
)
def test_money_added_at_another_shop_is_an_entry_of_its_own(
    text: str, amount: str, merchant: str | None
) -> None:
    command = after("Sainsbury's 58.20", text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text
    if merchant is not None:
        assert command.merchant == merchant, text
    assert command.merchant != "Sainsbury's" or amount == "61.20", text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("lidl 28.. no wait 82.40 the ink ran", "82.40"),
        ("chemist 19,90 – nein, 91,90 €, I mixed up the digits", "91.90"),
        ("fish market 560, ah no 650 — prawns and squid", "650"),
        ("noodles 900, wait its 950 with the extra egg", "950"),
    ],
)
def test_a_ledger_line_mended_at_once(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        "bus 12 no wait 14 is the one to town",
        "gate 12, no 14, boarding now",
        "my score 80 no wait 85",
    ],
)
def test_numbers_mended_that_are_no_money_stay_talk(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("x3 actually, got one for each of the kids", "7.50"),
        ("times two, one for my sister", "5.00"),
    ],
)
def test_a_count_with_who_the_others_were_for(text: str, amount: str) -> None:
    command = after("croissant 2.50", text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("costa flat white 3.40", "+ 2.80 for a brownie, forgot", "2.80"),
        ("costa flat white 3.40", "plus 3 for a scone", "3"),
        ("cab 18", "plus 2 for a bottle of water", "2"),
        ("costa flat white 3.40", "plus 0.30 for a bag", "3.70"),
        ("dinner at Nando's 64", "also the wine 30, add it to the total", "94"),
        ("dinner at Ichiran 2,400 yen", "also dessert 1,200 yen. Please make total.", "3600"),
    ],
)
def test_a_thing_bought_after_an_entry_or_added_to_it(earlier: str, text: str, amount: str) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        "Ines spends 12k on clothes every month and still saves, how???",
        "the average student spends 90 a week on food",
        "my coworker showed me his app, he spend 3,000 every weekend",
    ],
)
def test_someone_elses_spending_asks_nothing(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


def test_ones_own_spending_asked_beside_anothers_is_still_asked() -> None:
    assert read("she spends 40 on coffee, how much do I spend?").intent is Intent.QUERY_SPENDING


@pytest.mark.parametrize(
    "text",
    [
        "neighbour got a 19.99 refund from argos",
        "Maeve set herself a 150 budget for nights out and blew it in a week",
        "my dad says put 500 in savings every month",
        "the app says pay 45 by friday",
    ],
)
def test_someone_elses_money_or_advice_is_not_written(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


def test_advice_reported_then_asked_for_is_a_payment() -> None:
    command = read("my wife says send forty to Ana for her birthday prepare it")
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(40))


@pytest.mark.parametrize(
    ("earlier", "payee"),
    [("set up a payment to the vet", "vet"), ("send money to mum for the bills", "mum")],
)
def test_a_payment_asked_with_its_amount_to_come(earlier: str, payee: str) -> None:
    command = read(earlier)
    assert command.intent is Intent.DRAFT_PAYMENT, earlier
    assert command.amount is None and command.payee == payee, earlier


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("45 via upi", "45"),
        ("its 23,40", "23.40"),
        ("£45, draft it", "45"),
        ("2000.. no make it 2500", "2500"),
    ],
)
def test_the_amount_told_after_a_payment_asked(text: str, amount: str) -> None:
    command = after("pay the plumber", text)
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(amount)), text
    assert command.payee == "plumber", text


def test_a_mistyped_correction_word_after_a_payment() -> None:
    command = after("send 120 to Lea for the cottage", "actualy 150")
    assert (command.intent, command.amount, command.payee) == (
        Intent.DRAFT_PAYMENT,
        Decimal(150),
        "Lea",
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("got paid for the delivery job, 1 340 zl this week", "1340"),
        ("groceries 2 500 kr at ICA", "2500"),
    ],
)
def test_thousands_grouped_by_a_space_before_a_plain_currency(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


def test_a_christmas_club_pot_is_no_date() -> None:
    command = read("put 50 in the Christmas club pot")
    assert command.intent is Intent.TRANSFER and command.date is None


def test_pay_her_back_closing_a_message_asks_the_payment() -> None:
    command = read("i owe nina 25 for the flowers pay her back")
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(25))


def test_someone_reminding_the_person_asks_no_reminder() -> None:
    command = read("can you pay Mike back the 60 I owe him from golf he keeps reminding me")
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(60))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("tesco 32.10, got 32 clubcard points", "32.10"),
        ("boots 12.99 and 120 advantage points", "12.99"),
    ],
)
def test_loyalty_points_are_no_money(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("sent the coat back, they refunded 59,95 today", "59.95"),
        ("we got 800 back from the insurer for the dental claim", "800"),
    ],
)
def test_goods_sent_back_and_a_claim_named_are_money_back(text: str, amount: str) -> None:
    command = read(text, "EUR")
    assert (command.intent, command.amount) == (Intent.ADD_REFUND, Decimal(amount)), text


def test_a_claim_still_to_make_is_not_money_back() -> None:
    assert read("I need to claim the 40 back from work").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount", "payee"),
    [
        ("Swish 150 kr to Ebba for the cinema she paid", "150", "Ebba"),
        ("can you prep an Interac to Jules for 45$? she paid my ticket", "45", "Jules"),
        ("need to venmo Sam $18.50 bc he covered my half of the pizza last week", "18.50", "Sam"),
        ("Need to pay our Tom back the £200 he lent us. Get that ready for me", "200", None),
        (
            "the water bill is due get a payment ready for ninety two pounds to Thames Water",
            "92",
            "Thames Water",
        ),
        ("Tomorrow pay Suzuki-san 4000 yen", "4000", "Suzuki-san"),
    ],
)
def test_a_payment_asked_in_other_words(text: str, amount: str, payee: str | None) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(amount)), text
    if payee is not None:
        assert command.payee == payee, text


def test_a_payment_asked_without_its_article_asks_the_amount() -> None:
    command = read("Prepare payment to Ola.")
    assert (command.intent, command.amount, command.payee) == (Intent.DRAFT_PAYMENT, None, "Ola")


def test_the_amount_told_after_a_payment_with_what_it_is_for() -> None:
    command = after("Prepare a payment to the gardener.", "It is 90 € for the month of May.")
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(90))


def test_a_correction_opened_by_ah_wait() -> None:
    command = after(
        "pay the electrician 350, he fixed the shower",
        "Ah wait, he gave me a discount, is 280 only",
    )
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(280))


@pytest.mark.parametrize(
    ("said", "amount"),
    [
        (("keep the garden centre to £60 a month from now on",), "60"),
        (("how's my groceries budget", "ok raise it to 350"), "350"),
    ],
)
def test_a_budget_said_as_a_limit_kept(said: tuple[str, ...], amount: str) -> None:
    command = after(*said)
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(amount)), said


def test_a_time_kept_to_is_no_budget() -> None:
    assert read("keep screen time to 2 hours a week").intent is Intent.OTHER


def test_spliting_is_splitting() -> None:
    command = read("Spliting the churrasco with Pedro, Joana and Bia, total was 312,60")
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal("312.60"))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Busy night behind the bar, didn't get out til 3. Grabbed a kebab on the way home, "
            "€11.50 for it and a can. Put it down.",
            "11.50",
        ),
        (
            "paid 19.80 at the chemist for my inhaler, I remember when we paid 3.50, anyway "
            "put it down for me",
            "19.80",
        ),
        (
            "the plumber came at 8 at night, he took 90$ and he says next time I need a new "
            "boiler 2000$. Write the 90 please",
            "90",
        ),
        ("the optician charged me 240 for new lenses. I am so angry, put it please", "240"),
        ("So, I checked. The gym has taken the 45 Euro. Now you can book it.", "45"),
    ],
)
def test_a_story_with_a_request_to_write_its_figure(text: str, amount: str) -> None:
    command = read(text, "EUR")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


def test_takings_are_still_no_expense() -> None:
    assert read("the till took 2,340 last night").intent is not Intent.ADD_EXPENSE


def test_money_added_to_a_payment_with_the_new_total_said() -> None:
    command = after(
        "pay Meena 2000 for two months of cleaning",
        "oh and add 300 extra for her son's school books, so send 2300 total",
    )
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(2300))


def test_now_is_no_part_of_a_payees_name() -> None:
    command = read("pay bescom now, 1,860")
    assert (command.intent, command.amount, command.payee) == (
        Intent.DRAFT_PAYMENT,
        Decimal(1860),
        "bescom",
    )


def test_wait_before_a_question_corrects_nothing() -> None:
    command = after("set a budget of 6000 for food", "hmm wait, is 6000 even realistic here?")
    assert command.intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [("two espresso at one twenty each", "2.40"), ("three pints at four fifty each", "13.50")],
)
def test_things_at_a_spoken_price_each(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


def test_things_that_cost_hundreds_each_stay_hundreds() -> None:
    assert read("two tyres at one twenty each for the car").amount == Decimal(240)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Highlands coffee 2 cups, 55k and 65k", "120000"),
        ("Pharmacy: CHF 27.80 — I beg your pardon, it was CHF 72.80.", "72.80"),
    ],
)
def test_prices_counted_or_mended(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


def test_refunds_counted_one_for_each_thing_are_added() -> None:
    command = read("Zalando refunded 59.90 and 24.95 for the two returned items.")
    assert (command.intent, command.amount) == (Intent.ADD_REFUND, Decimal("84.85"))


@pytest.mark.parametrize("text", ["coffee 3 and 4", "I am 38 and I have two kids, 7 and 4."])
def test_two_figures_for_one_thing_or_ages_are_no_sum(text: str) -> None:
    assert read(text).amount is None, text


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("and starling?", "starling"),
        ("n icici?", "icici"),
        ("Thank you. And the everyday account?", "everyday account"),
    ],
)
def test_another_account_asked_after_a_balance(text: str, account: str) -> None:
    command = after("monzo balance", text)
    assert (command.intent, command.account) == (Intent.BALANCE, account), text


def test_a_period_asked_after_a_balance_names_no_account() -> None:
    command = after("monzo balance", "and last month?")
    assert command.intent is Intent.BALANCE and command.account != "last month"


@pytest.mark.parametrize(
    "text", ["and how is it now?", "How much used?", "k how much of it have i used so far"]
)
def test_how_a_budget_just_set_stands(text: str) -> None:
    command = after("set a budget of 150 a month for bars", text)
    assert command.intent is Intent.BUDGET_STATUS, text
    assert command.category == "FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR", text


def test_a_list_asked_aloud() -> None:
    command = read("read me out everything I spent at the garden centre last month")
    assert command.intent is Intent.SHOW_TRANSACTIONS


def test_what_people_spend_sets_no_budget() -> None:
    assert read("I read that people spend 300 a month on food").intent is Intent.OTHER
