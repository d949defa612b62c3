"""Kinds of readings met in the thirty-seventh round, each written here in sentences of our own.

- A budget's figure corrected with the casual "no" or judged without being said again:
  "nah 150" after "set 80 a month for takeaways", "too low. 200" (each had been an expense).
- How a budget just set stands, asked in the words people use: "hows it lookin so far",
  "where do I stand on it so far?", "how's it holding up", "hw much left in tht" (each had
  been talk or a balance).
- The transactions behind a total just asked: "ok list them", "show me each one" after what
  was spent at a shop keep its shop and period (they had listed everything).
- A balance narrowed to one account: "just monzo", "only the joint account please" (each had
  been talk).
- Someone of a split who did not stay, in more words: "Dev left early, take him off", "Rob's
  not coming now", "Jo isn't coming, remove her" (each had been talk or an expense named
  after the person).
- A correction's opening with a sound first or spelt short: "ah sorry, it was Sunday" keeps
  the amount (it had been lost, the sound taken for a shop), "ops, it was 46,50" and "Total
  was actually 390" correct a split and keep it shared (each had been an expense of its own).
- Another bill shared as the one before: "taxi home 24, same people", "drinks 30, split the
  same way" (each had been an expense); "same three" alone still adds no bill of 3.
- Money taken off the amount just said: "he knocked fifty off" after a payment of 320 is 270,
  "had a five dollar coupon" after two pizzas at 14.99 is 24.98, "minus 5 for the voucher"
  (each had been the discount itself); more off than the amount is asked.
- Money forgotten and added: "sorry, I forgot the 2 euro tip, please add it", "driver asked
  20 extra at the end, I gave it", "+ the wine, 58, which I forgot" (each had been the tip, or
  an entry of its own).
- The total said with "together": "milk 1,49 and eggs 2,99, together 4,48" is 4.48 (it had
  added the total to its parts).
- A limit, then the figure chosen under it, is no list: "the max is 7'258 a year, so let's do
  605 a month" (it had added them); "so let's do 605 a month instead" is the new figure.
- "cancel the last record" is an undo (it had been talk).
- "net 30" on an invoice is the days to pay it, not money: "payment to Mike's Plumbing for
  $640, net 30 invoice" is 640 (it had been 30).
- Texting's "n" between two priced things: "meal deal 3.90 n a red bull 1.85" is 5.75 (it
  had been 3.90 at a shop named "n").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("budget", "text", "amount"),
    [
        ("set 80 a month for takeaways", "nah 150", "150"),
        ("budget 60 a month for coffee", "too low. 90", "90"),
        ("set a 300 monthly budget for groceries", "that's too much, 250", "250"),
    ],
)
def test_a_budget_corrected_casually_stays_a_budget(budget: str, text: str, amount: str) -> None:
    command = after(budget, text)
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(amount)), text


def test_nah_corrects_an_entry_too() -> None:
    command = after("coffee 4 at Costa", "nah 4.50")
    assert (command.intent, command.amount, command.merchant) == (
        Intent.ADD_EXPENSE,
        Decimal("4.50"),
        "Costa",
    )


@pytest.mark.parametrize(
    "text",
    [
        "hows it lookin so far",
        "Where do I stand on it so far?",
        "how's it holding up with all the driving",
        "hw much left in tht",
    ],
)
def test_how_a_budget_just_set_stands(text: str) -> None:
    command = after("set a budget of 200 a month for fuel", text)
    assert (command.intent, command.category) == (Intent.BUDGET_STATUS, "TRANSPORTATION_GAS")


@pytest.mark.parametrize(
    "text", ["ok list them", "ok now show me each one", "which ones were they?", "show them"]
)
def test_the_transactions_behind_a_total_keep_its_filters(text: str) -> None:
    command = after("what did I spend at Boots last month", text)
    assert command.intent is Intent.SHOW_TRANSACTIONS, text
    assert command.merchant is not None and command.merchant.lower() == "boots"
    assert command.period is not None and command.period.start.month == 10


@pytest.mark.parametrize(
    ("text", "account"), [("just monzo", "monzo"), ("Only the joint account please", "joint")]
)
def test_a_balance_narrowed_to_one_account(text: str, account: str) -> None:
    command = after("what's my balance", text)
    assert command.intent is Intent.BALANCE
    assert command.account is not None and account in command.account


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Dev left early, take him off", ("Ana",)),
        ("Dev's not coming now, take him off", ("Ana",)),
        ("Dev isn't coming, remove him", ("Ana",)),
        ("Ana left early. only Dev", ("Dev",)),
    ],
)
def test_someone_who_did_not_stay_leaves_the_split(text: str, left: tuple[str, ...]) -> None:
    command = after("split the cabin 90 with Ana and Dev", text)
    assert (command.intent, command.split_with, command.amount) == (
        Intent.SPLIT_EXPENSE,
        left,
        Decimal(90),
    )


def test_a_sound_before_the_correction_keeps_the_amount() -> None:
    command = after("Zara 45 last Saturday for a coat", "Ah sorry, it was Sunday")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(45))
    assert command.merchant == "Zara" and command.date is not None
    assert command.date.isoformat() == "2026-11-15"


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Ops, it was 46,50 not 64,50, sorry", "46.50"), ("Total was actually 390", "390")],
)
def test_a_split_corrected_stays_shared(text: str, amount: str) -> None:
    command = after("taxi with Camila and Bruna, 64,50, divide for 3 please", text)
    if amount == "390":
        command = after("split the villa 360 with Camila and Bruna", text)
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal(amount)), text
    assert command.split_with == ("Camila", "Bruna")


@pytest.mark.parametrize(
    "text", ["taxi home 24, same people", "and drinks 30, split the same way", "bar 45, same three"]
)
def test_another_bill_shared_the_same_way(text: str) -> None:
    command = after("split dinner 60 with Tom and Ana", text)
    assert command.intent is Intent.SPLIT_EXPENSE, text
    assert command.split_with == ("Tom", "Ana")
    assert command.amount is not None and command.amount != 60


def test_same_three_alone_adds_no_bill_of_three() -> None:
    command = after("split dinner 60 with Tom and Ana", "taxi, same three")
    assert command.amount != Decimal(3)


@pytest.mark.parametrize(
    ("before", "text", "amount"),
    [
        ("draft a payment to Fix-It Plumbing 320", "he knocked fifty off", "270"),
        ("two large pizzas at 14.99 each from Marco's", "had a five pound coupon", "24.98"),
        ("lunch 20 at Leon", "minus 5 for the voucher", "15"),
        ("lunch 20 at Leon", "got 5 off", "15"),
        ("groceries 62 at Tesco", "oh and I used a 10 off coupon", "52"),
    ],
)
def test_money_taken_off_the_amount_just_said(before: str, text: str, amount: str) -> None:
    command = after(before, text)
    assert command.amount == Decimal(amount), text
    assert command.intent is after(before).intent


def test_more_taken_off_than_the_amount_is_asked() -> None:
    command = after("lunch 20 at Leon", "had a 30 coupon")
    assert (command.intent, command.amount) == (Intent.OTHER, None)


@pytest.mark.parametrize(
    ("before", "text", "amount"),
    [
        ("Café Central, 2 coffees and 2 cakes, 19,60", "Sorry, I forgot the £2 tip.", "21.60"),
        ("auto 148 from the station", "driver asked 20 extra at the end, I gave it", "168"),
        ("fondue 196 with Marc and Anne, splitting it", "+ the wine, 58, which I forgot", "254"),
    ],
)
def test_money_forgotten_then_added(before: str, text: str, amount: str) -> None:
    assert after(before, text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("milk 1,49 and eggs 2,99, together 4,48", "4.48"),
        ("Lidl: bread 1.20 and cheese 3.10, 4.30 together", "4.30"),
    ],
)
def test_the_total_said_with_together(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


def test_a_limit_then_the_figure_chosen_is_no_list() -> None:
    command = after(
        "put 1000 into the pension account this month",
        "Actually the max is 7'258 a year, so let's do 605 a month instead",
    )
    assert command.amount != Decimal(7863)
    command = after("put 1000 into the pension account this month", "so let's do 605 instead")
    assert command.amount == Decimal(605)


@pytest.mark.parametrize(
    "text", ["cancel the last record", "Please cancel the last record, it is a mistake"]
)
def test_cancel_the_last_record_is_an_undo(text: str) -> None:
    assert read(text).intent is Intent.UNDO


def test_net_30_is_the_days_to_pay() -> None:
    command = read("Set up a payment to Mike's Plumbing for $640, net 30 invoice")
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(640))
    assert_read_as("pay Acme 1200, net 30", Intent.DRAFT_PAYMENT, "1200")


def test_texting_n_between_two_priced_things() -> None:
    command = read("meal deal £3.90 n a red bull 1.85")
    assert (command.amount, command.merchant) == (Decimal("5.75"), None)


def test_a_number_read_out_digit_by_digit_is_no_money() -> None:
    text = "draft a payment to mikes plumbing three hundred twenty for invoice four four seven one"
    assert_read_as(text, Intent.DRAFT_PAYMENT, "320")


def test_money_back_that_arrived_after_a_bill_is_a_refund() -> None:
    bill = "Paid the orthodontist $350 yesterday"
    text = "and the insurance is sending back $175 of it, it just showed up in the account today"
    command = after(bill, text)
    assert (command.intent, command.amount) == (Intent.ADD_REFUND, Decimal(175))


def test_money_back_still_to_come_never_changes_the_bill() -> None:
    command = after(
        "Paid the orthodontist $350 yesterday", "and the insurance is sending back $175 next week"
    )
    assert command.amount != Decimal(175) or command.intent is not Intent.ADD_EXPENSE


@pytest.mark.parametrize("text", ["also Boots, shampoo 4.50", "and Boots 4.50"])
def test_another_shop_named_first_is_an_entry_of_its_own(text: str) -> None:
    command = after("lunch 12 at Pret", text)
    assert (command.intent, command.amount, command.merchant) == (
        Intent.ADD_EXPENSE,
        Decimal("4.50"),
        "Boots",
    )


def test_texting_and_before_another_shop() -> None:
    command = after("how much did i spend on deliveroo this month", "nd just eat?")
    assert command.intent is Intent.QUERY_SPENDING
    assert command.merchant is not None and command.merchant.lower() == "just eat"


def test_cancel_with_a_dropped_vowel_drops_the_card() -> None:
    assert after("pay Ravi 1500 for the cricket kit", "cancl tht").intent is Intent.CANCEL


def test_got_it_with_no_one_named_is_the_persons_own_purchase() -> None:
    command = read("got it today at target for 429 couldnt wait")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(429))
    assert read("dinner 60, my dad got it").intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "Colleague's Tesla repair was 62 000 kr. Insurance covered most of it.",
        "colleague's car repair was 600",
        "neighbour's new fence cost 900",
    ],
)
def test_another_persons_thing_priced_is_theirs(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("mum's birthday cake 35", Intent.ADD_EXPENSE),
        ("my brother's phone bill was 80 so I paid it", None),
    ],
)
def test_a_thing_for_someone_or_paid_by_the_person_is_not_vetoed(
    text: str, intent: Intent | None
) -> None:
    from lingassist.assistant.whose import owned_by_someone_else

    assert not owned_by_someone_else(text)
    if intent is not None:
        assert read(text).intent is intent


def test_the_new_figure_said_last_after_its_reason() -> None:
    command = after(
        "set the budget for kids' activities to 350 a month",
        "Hmm, with the swimming it'll be more, say 420",
    )
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(420))


@pytest.mark.parametrize(
    "text", ["oops that was today not yesterday", "that was today not yesterday"]
)
def test_a_day_mended_is_no_move(text: str) -> None:
    command = after("kroger 47.23 groceries yesterday", text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("47.23"))
    assert command.date is not None and command.date.isoformat() == "2026-11-18"


def test_a_move_is_still_a_move() -> None:
    command = after("kroger 47.23 yesterday", "put it under gifts")
    assert command.intent is Intent.RECATEGORIZE


@pytest.mark.parametrize(
    ("question", "text", "check"),
    [
        ("show my transactions this week", "only doordash", "merchant"),
        ("how much did I spend at Lidl this year", "just march", "period"),
    ],
)
def test_a_question_narrowed_with_only(question: str, text: str, check: str) -> None:
    command = after(question, text)
    assert command.intent is after(question).intent
    if check == "merchant":
        assert command.merchant == "doordash"
    else:
        assert command.period is not None and command.period.start.month == 3


@pytest.mark.parametrize(
    ("text", "left"), [("only Tom", ("Tom",)), ("actually just me and Ana", ("Ana",))]
)
def test_a_split_narrowed_to_some_of_its_people(text: str, left: tuple[str, ...]) -> None:
    command = after("split dinner 60 with Tom and Ana", text)
    assert (command.intent, command.split_with, command.amount) == (
        Intent.SPLIT_EXPENSE,
        left,
        Decimal(60),
    )


def test_a_split_narrowed_to_someone_new_is_asked() -> None:
    assert after("split dinner 60 with Tom and Ana", "only Bob").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("before", "text", "payee", "amount"),
    [
        ("pay the dog walker", "it's 25 quid, her name's Bea", "Bea", "25"),
        ("pay the dog walker 25", "her name is Bea Miller", "Bea Miller", "25"),
        ("pay the plumber", "120, he's called Tom Price", "Tom Price", "120"),
    ],
)
def test_the_payee_named_after_the_payment_was_asked(
    before: str, text: str, payee: str, amount: str
) -> None:
    command = after(before, text)
    assert (command.intent, command.payee, command.amount) == (
        Intent.DRAFT_PAYMENT,
        payee,
        Decimal(amount),
    )


def test_a_name_said_after_an_entry_changes_nothing() -> None:
    assert after("coffee 4 at Costa", "her name's Bea").intent is Intent.OTHER


@pytest.mark.parametrize(("text", "limit"), [("top 3 only", 3), ("top five please", 5)])
def test_a_ranking_cut_to_its_first_few(text: str, limit: int) -> None:
    command = after("what did i spend most on last month", text)
    assert (command.intent, command.limit) == (Intent.QUERY_BREAKDOWN, limit)
    assert command.period is not None and command.period.start.month == 10


def test_a_learners_divide_for_three_counts_people() -> None:
    command = read("Uber from the party with Camila and Bruna, 64,50, divide for 3 please")
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal("64.50"))


@pytest.mark.parametrize(
    "text",
    ["Maya also joined, so we are 4 people", "Maya also came at the end, so we are four people"],
)
def test_someone_who_also_came_and_the_people_counted(text: str) -> None:
    command = after("split dinner 60 with Tom and Ana", text)
    assert command.intent is Intent.SPLIT_EXPENSE
    assert command.split_with == ("Tom", "Ana", "Maya")


@pytest.mark.parametrize(
    ("before", "text", "amount"),
    [
        ("pay Anna 40 for the tickets", "she said it's 35 now", "35"),
        (
            "pay the sweep 64,80 for the chimney",
            "He wrote again: it is 64,80 plus 13,00 for the second visit.",
            "77.80",
        ),
    ],
)
def test_the_figure_someone_reported(before: str, text: str, amount: str) -> None:
    command = after(before, text)
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(amount))


def test_something_else_reported_changes_nothing() -> None:
    assert after("coffee 4 at Costa", "she said it's great").intent is Intent.OTHER


def test_money_off_said_with_the_figure_paid_is_not_asked_about() -> None:
    from lingassist.assistant.context import only_money_off

    assert not only_money_off(read("got 20 off the jacket so paid 80"))
    assert only_money_off(read("had a 30 coupon"))


@pytest.mark.parametrize("text", ["nah that shd be groceries", "ops, that was groceries"])
def test_a_casual_no_before_a_category_is_a_move(text: str) -> None:
    command = after("lunch 95 at Tesco", text)
    assert (command.intent, command.amount) == (Intent.RECATEGORIZE, None)
