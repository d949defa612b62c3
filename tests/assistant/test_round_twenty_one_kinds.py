"""Kinds of readings met in the twenty-first round, each written here in sentences of our
own: measures written singular or in the writer's own letters, shops named with a number
word, a charge added to every one of the things counted, clock times said with someone
coming or going, a card refused in other words, the last entry taken back in other words,
things counted with a word of their kind ("2 new followers"), buying said in the present
with a time still ahead (a plan), what was paid beside such a plan, the note handed over
less its change, shares counted, which one of a few ("1 of 2"), and a price said as a
digit and tens read at the size its kind costs ("car repair one eighty five"), and money put
back or paid into one's own savings, a ledger line said aloud with a remark running on from
it, the past told in the present with no day, and a bill shared in other words ("fifty
fifty", "Mia owes me 20"), a category changed in other words, and a payment named by how it
came in ("wire from Acme 3,500"), money spent by people of one's school or work, and a few
words that name nothing bought ("Friday evening, finally weekend. Prost!"), a score written
with a dash and a cheer, rates (included, told as tipped, put on top, or a deposit's part),
hours said in words, a part said alone beside the total, a purchase told after a sigh or a
giving-in, and people counted in words after a price ("180 for two")."""

from __future__ import annotations

import pytest

from lingassist.assistant import Intent
from lingassist.assistant.slots import find_slots
from tests.assistant.reading import TODAY, after, assert_read_as, read


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("diesel 5 liter at the Shell station 9.40", "9.40"),
        ("olive oil 1 litre 8.90 at the market", "8.90"),
        ("xăng 3.5 lít 70k", "70000"),
        ("potatoes 2 kilograms 3.10", "3.10"),
        ("electricity 320 kwh, paid 96.40", "96.40"),
    ],
)
def test_a_measure_written_singular_or_in_the_writers_letters_is_no_price(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("lunch at Five Guys 14.20", "14.20"),
        ("flat white at Seven Seeds 4.80 this morning", "4.80"),
        ("new shoes from Nine West 79.99", "79.99"),
    ],
)
def test_a_capitalized_number_word_before_a_capitalized_word_names_a_shop(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Coffee Four Fifty", "4.50"),
        ("taxi home Twenty Euros", "20"),
    ],
)
def test_number_words_said_in_title_case_are_still_a_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3 festival passes at 60 each + 4.50 service fee per ticket", "193.50"),
        ("theatre 2 x 38 plus 2.50 booking fee each", "81.00"),
        ("4 x 12 museum entry plus 1 each for the lockers", "52"),
    ],
)
def test_a_charge_said_each_after_a_count_is_added_to_every_one(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_charge_said_once_after_a_count_is_added_once() -> None:
    assert_read_as("theatre 2 x 38 plus 2.50 booking fee", Intent.ADD_EXPENSE, "78.50")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("electrician 180, he came at 8.30 and was done by noon", "180"),
        ("bagel 3.75. been at my desk since 7 and starving", "3.75"),
        ("cleaner 60 today, she arrived at 9 and left at 12", "60"),
    ],
)
def test_a_clock_time_said_with_someone_coming_or_since_is_no_amount(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("pay Dave 45 for the tickets", "oops no"),
        ("move 200 to savings", "hold up, no"),
        ("lunch 12.50 at Pret", "nope"),
        ("split 80 with Sam for dinner", "not needed anymore"),
        ("set a budget of 300 for groceries", "changed my mind"),
        ("send mum 100", "on second thought, no"),
        ("got paid 1,200 today", "second thoughts, leave it"),
        ("refund 30 from Zara", "no need"),
        ("pay Dave 45 for the tickets", "disregard that"),
        ("move 200 to savings", "abort"),
        ("lunch 12.50 at Pret", "no thanks"),
        ("pay the window cleaner 25", "not now"),
        ("pay the window cleaner 25", "maybe later"),
        ("set a budget of 300 for groceries", "cancel the budget"),
        ("split 80 with Sam for dinner", "don't make the payment"),
        ("move 200 to savings", "don't do the transfer"),
        ("send mum 100", "let me think about it first, cancel for now"),
        ("lunch 12.50 at Pret", "throw it away"),
    ],
)
def test_a_card_refused_in_other_words_is_dropped(earlier: str, text: str) -> None:
    assert after(earlier, text).intent is Intent.CANCEL, text


@pytest.mark.parametrize(
    ("earlier", "text", "intent"),
    [
        ("lunch 12.50 at Pret", "no, yesterday", Intent.ADD_EXPENSE),
        ("lunch 12.50 at Pret", "no, at Tesco", Intent.ADD_EXPENSE),
        ("lunch 12.50 at Pret", "nope, 15.50", Intent.ADD_EXPENSE),
        ("lunch 12.50 at Pret", "no, make it 15", Intent.ADD_EXPENSE),
        ("how much did I spend on food", "not now, last month", Intent.QUERY_SPENDING),
    ],
)
def test_a_refusal_followed_by_a_correction_corrects(
    earlier: str, text: str, intent: Intent
) -> None:
    assert after(earlier, text).intent is intent, text


@pytest.mark.parametrize(
    "text",
    ["cancel my netflix subscription", "how do I cancel my gym membership?", "not today satan"],
)
def test_cancelling_something_else_drops_no_card(text: str) -> None:
    assert read(text).intent is not Intent.CANCEL


@pytest.mark.parametrize(
    "text",
    [
        "roll that back",
        "roll back the last entry",
        "unlog the last one",
        "un-add the last one",
        "i logged the coffee twice, take one off",
        "scrap the entry I just made",
    ],
)
def test_the_last_entry_taken_back_in_other_words_is_an_undo(text: str) -> None:
    assert read(text).intent is Intent.UNDO, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("got 3 new plants", Intent.OTHER, None),
        ("got 5 free spins", Intent.OTHER, None),
        ("bought 2 new shirts for 40", Intent.ADD_EXPENSE, "40"),
        ("4 big boxes of nappies 36", Intent.ADD_EXPENSE, "36"),
    ],
)
def test_a_count_before_a_word_of_kind_and_a_plural_is_no_price(
    text: str, intent: Intent, amount: str | None
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "later today I'm buying a new phone for 800",
        "I'm buying a new kettle for 40 after work",
        "after work I'm picking up groceries, about 60",
        "we're booking the cottage tonight, 450 for the week",
        "on my way to buy shoes, 90",
    ],
)
def test_buying_said_in_the_present_with_a_time_still_ahead_is_a_plan(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("later on I paid 20 for parking", Intent.ADD_EXPENSE, "20"),
        ("I'm buying lunch for the team today, 85", Intent.ADD_EXPENSE, "85"),
        ("paid the plumber 120, I'm paying the electrician tomorrow", Intent.ADD_EXPENSE, "120"),
        ("paid rent 900, paying the water bill next week", Intent.ADD_EXPENSE, "900"),
        ("pay day! 2100", Intent.ADD_INCOME, "2100"),
    ],
)
def test_what_was_paid_or_came_in_stands_beside_a_plan(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("paid with a 20 and got 4.50 back", "15.50"),
        ("gave the driver a 50, got 8 change", "42"),
        ("I paid with 50 and got 12 change", "38"),
        ("coffee 3.50, paid with a 10", "3.50"),
        ("lunch 8.20, paid with a 20, got 11.80 change", "8.20"),
    ],
)
def test_the_note_handed_over_less_its_change_is_the_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_shares_bought_name_no_price() -> None:
    assert read("I bought 100 shares of Apple").amount is None


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("paycheck 2 of 2 this month: 1,804.33", Intent.ADD_INCOME, "1804.33"),
        ("paid 1,500 to the builder, installment 2 of 3", Intent.ADD_EXPENSE, "1500"),
        ("pay the invoice nr 20931 to Kaminski Bau, 840", Intent.DRAFT_PAYMENT, "840"),
    ],
)
def test_which_one_of_a_few_and_a_numbered_invoice_are_no_amounts(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount, home_currency="EUR")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("car repair one eighty five", "185"),
        ("tow truck one sixty five", "165"),
        ("dentist one forty five", "145"),
        ("coffee one eighty five", "1.85"),
    ],
)
def test_a_digit_and_tens_price_is_read_at_the_size_its_kind_costs(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount, home_currency="USD")


@pytest.mark.parametrize(
    "text",
    [
        "moved 80 back to checking",
        "move 80 back to my current account",
        "pay 200 into my savings",
        "deposited 400 into my brokerage",
        "paid 300 into my pension",
    ],
)
def test_money_put_back_or_paid_into_ones_own_savings_is_a_transfer(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER, text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("pay 200 to my landlord", Intent.DRAFT_PAYMENT),
        ("pay the gym 40 into their account", Intent.DRAFT_PAYMENT),
        ("deposited 1,830 into my account", Intent.ADD_INCOME),
        ("Zara put 45 back on my card", Intent.ADD_REFUND),
    ],
)
def test_money_paid_to_others_or_coming_in_is_no_transfer(text: str, intent: Intent) -> None:
    assert read(text).intent is intent, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "mechanic four hundred thirty two for the brakes ugh and he says the tyres are next",
            "432",
        ),
        ("um costco run two eighty seven sixty three and somehow we still have nothing", "287.63"),
        (
            "so ikea three hundred nine ninety nine for a wardrobe and assembly took four hours",
            "309.99",
        ),
        ("plumber two hundred and ten honestly he was only here twenty minutes", "210"),
    ],
)
def test_a_ledger_line_said_aloud_then_a_remark_is_an_entry(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount, home_currency="USD")


@pytest.mark.parametrize(
    "text",
    [
        "my sister paid forty for a haircut ugh",
        "saturday takings 3,400 but that goes thru the business account not my personal, skip it",
    ],
)
def test_someone_elses_money_or_a_line_unsaid_after_it_stays_talk(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("In Vancouver now. I buy ginseng for friends, 88 Canada dollar.", "88"),
        ("I spend 1,500 dirhams on new phone for my wife, her old one fall in the pool", "1500"),
        ("I buy new shoes for my son, 45 euro, he grow so fast", "45"),
    ],
)
def test_the_past_told_in_the_present_without_a_day_is_an_entry(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_habit_told_in_the_present_is_no_entry() -> None:
    assert not read("I pay 60 for my phone every month").is_action


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("gas 40 fifty fifty with my gf", "40"),
        ("we went fifty fifty on the 60 taxi", "60"),
        ("taxi 40, Mia owes me 20", "40"),
        ("dinner was 120, Kate and Lee each owe me 40", "120"),
    ],
)
def test_an_even_split_in_words_or_a_share_owed_after_the_bill_is_a_split(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.SPLIT_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("spent fifty fifty on the shoes", Intent.ADD_EXPENSE, "50.50"),
        ("Tom owes me 20", Intent.OTHER, None),
        ("lent Tom 50, he owes me 50", Intent.OTHER, None),
    ],
)
def test_a_price_said_fifty_fifty_or_a_debt_alone_is_no_split(
    text: str, intent: Intent, amount: str | None
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "categorise it as eating out",
        "it belongs in bills",
        "label it as groceries",
        "that goes under gifts",
    ],
)
def test_a_category_changed_in_other_words_is_a_recategorization(text: str) -> None:
    assert after("lunch 12.50 at Pret", text).intent is Intent.RECATEGORIZE, text


@pytest.mark.parametrize(
    "text",
    [
        "transfer in 250 from dad",
        "wire from Acme 3,500 for the project",
        "Paypal payment from ebay buyer 45",
    ],
)
def test_a_payment_named_by_how_it_came_from_someone_is_income(text: str) -> None:
    assert read(text).intent is Intent.ADD_INCOME, text


def test_a_transfer_from_ones_own_savings_stays_a_transfer() -> None:
    assert read("transfer 250 from savings to checking").intent is Intent.TRANSFER


@pytest.mark.parametrize(
    "text",
    [
        "My student Camille spent 400 euros on shoes in one afternoon jaja",
        "my teacher paid 20 for my lunch",
        "our intern bought a 300 chair for the office lol",
    ],
)
def test_money_spent_by_a_student_teacher_or_intern_is_not_the_persons(text: str) -> None:
    assert not read(text).is_action, text


def test_a_patient_paying_is_still_income() -> None:
    assert_read_as("Patient paid 4500 cash for the implant consultation", Intent.ADD_INCOME, "4500")


def test_a_card_dropped_with_a_word_to_the_listener_after_it_is_cancelled() -> None:
    said = after("Bunnings $86.40 for the Midland job", "nah scrap that card mate, wrong job")
    assert said.intent is Intent.CANCEL


@pytest.mark.parametrize(
    "text",
    ["Friday evening, finally weekend. Prost!", "cancel spotify", "call the dentist tomorrow"],
)
def test_a_few_words_naming_nothing_bought_are_no_entry(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    "text", ["coffee this morning", "uber home last night", "the bus pass", "haircut yesterday"]
)
def test_a_purchase_named_without_its_price_still_asks_how_much(text: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, None), text


@pytest.mark.parametrize(
    "text", ["Boca 2 - River 1!!! vamooos", "Celtic 3 – Rangers 2 🎉", "al ahly win 3 nil"]
)
def test_a_score_with_a_dash_and_a_cheer_is_no_money(text: str) -> None:
    assert not read(text).is_action, text


def test_two_shops_with_a_dash_and_no_cheer_are_still_money() -> None:
    assert read("Tesco 45 - Boots 12").intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bill 200, 10% service charge included", "200"),
        ("bill 200 and 12.5% service charge on top", "225.00"),
        ("500 net plus 20% VAT", "600.00"),
        ("phone 600, paid 20% deposit today", "120.00"),
        ("sofa 900, paid a 10% deposit", "90.00"),
    ],
)
def test_a_rate_included_adds_nothing_and_a_deposit_rate_is_the_part_paid(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("dinner 80 and I tipped 15%", "92.00"), ("rent 1200, 5% late fee added", "1260.00")],
)
def test_a_tip_told_or_a_fee_put_on_top_is_added(text: str, amount: str) -> None:
    found = find_slots(text, TODAY, "GBP", (), ())
    assert [str(a.value) for a in found.amounts] == [amount]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("haircut thirty five at two pm", "35"),
        ("paid sixty five for the plumber who came at nine", "65"),
        ("picked up the kids at three and got them ice cream nine fifty", "9.50"),
        ("dinner for four at eight thirty, two hundred and ten", "210"),
        ("farmers market thirty one for honey eggs and bread the honey alone was twelve", "31"),
        ("Rewe 63,47 €, the butter alone was almost 3 euro", "63.47"),
    ],
)
def test_an_hour_in_words_or_a_part_alone_is_not_the_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_price_after_at_with_no_event_is_still_a_price() -> None:
    assert_read_as("coffee at ten fifty", Intent.ADD_EXPENSE, "10.50")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Ugh, just dropped 140 on new running shoes at Decathlon, they better be worth it", "140"),
        ("so I went ahead and booked the flights, 640 return", "640"),
        ("welp, bought the concert tickets, 180 for two, no regrets", "180"),
        ("dinner 60 for two", "60"),
    ],
)
def test_a_purchase_after_a_sigh_or_for_two_people_is_its_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "Caved and bought the leather briefcase after all, 880, at the mall.",
            Intent.ADD_EXPENSE,
            "880",
        ),
        ("Went and bought the new iPad, 499", Intent.ADD_EXPENSE, "499"),
        ("Ted and Fred bought a 300 speaker lol", Intent.OTHER, None),
        ("Kevin went and bought a PS5 for 549", Intent.OTHER, None),
    ],
)
def test_a_giving_in_said_without_i_is_no_name(
    text: str, intent: Intent, amount: str | None
) -> None:
    assert_read_as(text, intent, amount)
