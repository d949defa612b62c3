"""Kinds of readings met in the seventeenth round, each written here in sentences of our
own: vetoes that had refused money the person told as paid or received."""

from __future__ import annotations

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import assert_read_as, read


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("Vinted payout came through, 52.00 minus fees came to 48.90", Intent.ADD_INCOME, "48.90"),
        (
            "paid the gym membership, 480 minus the 60 student discount, so 420 out of pocket",
            Intent.ADD_EXPENSE,
            "420",
        ),
        (
            "tenant paid the rent, 950 less the 5% agency commission, so 902.50 actually landed",
            Intent.ADD_INCOME,
            "902.50",
        ),
        (
            "got paid for the mural, 2,000 but after the gallery's 20% cut I received 1,600",
            Intent.ADD_INCOME,
            "1600",
        ),
        ("bought the bike, 640 with 10% off = 576", Intent.ADD_EXPENSE, "576"),
    ],
)
def test_arithmetic_told_about_money_that_moved_is_an_entry_for_its_result(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "what's 20% of 640",
        "if I pay 950 less 5% how much is that",
        "convert 200 euros to pounds",
        "is 10% off a 640 bike a good deal?",
    ],
)
def test_arithmetic_asked_is_still_not_an_entry(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("EE top-up 15 for mum's phone", Intent.ADD_EXPENSE, "15"),
        ("Lebara top up 10 yesterday", Intent.ADD_EXPENSE, "10"),
        ("cash machine fee 3.50 at the airport", Intent.ADD_EXPENSE, "3.50"),
        ("the ATM at the station charged me a 2.95 fee", Intent.ADD_EXPENSE, "2.95"),
        ("Sky 42.50 autopay went through this morning", Intent.ADD_EXPENSE, "42.50"),
        ("taxi from the station 18, he overcharged me for sure", Intent.ADD_EXPENSE, "18"),
        ("the garage gave back the 25 they overcharged me", Intent.ADD_REFUND, "25"),
    ],
)
def test_an_everyday_support_topic_told_with_money_paid_is_an_entry(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "how do I top up my Oyster card with 20",
        "why did the ATM charge me 3 for a withdrawal?",
        "top-ups on Giffgaff are 10 minimum now",
        "my autopay of 42.50 failed, what do I do",
        "I was charged 12 twice at the cinema",
        "lost my card after I paid 30 at the bar",
    ],
)
def test_a_support_question_or_problem_with_an_amount_is_still_not_an_entry(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("barber 18 and 2 tip", "20"),
        ("Paid 42,00 € for dinner at Chez Anne and 4 € pourboire", "46"),
        ("B&Q 80 before tax, tax was 16", "96"),
        ("paid the cleaner 60, plus 5 of tip", "65"),
    ],
)
def test_a_tip_or_tax_said_beside_the_price_is_added_to_it(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_tip_said_to_be_inside_the_total_is_not_added_again() -> None:
    assert_read_as("Deliveroo 36.50 incl 4 tip", Intent.ADD_EXPENSE, "36.50")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "INR 1,250.00 debited from A/c XX4471 at BIGBAZAAR. Avl Bal INR 9,804.20",
            Intent.ADD_EXPENSE,
            "1250.00",
        ),
        (
            "Confirmed. You have received Ksh2,000.00 from MARY WANJIKU. New M-PESA balance is "
            "Ksh7,150.00.",
            Intent.ADD_INCOME,
            "2000.00",
        ),
    ],
)
def test_the_balance_a_bank_message_shows_is_not_the_amount(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount, "KES" if "Ksh" in text else "INR")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("etsy payout for the week: 420 minus the 5% platform fee", Intent.ADD_INCOME, "399.00"),
        ("paid the window cleaner 60 minus the 10 I lent him", Intent.ADD_EXPENSE, "50"),
        ("carpet cleaning 180 less 20 for the voucher", Intent.ADD_EXPENSE, "160"),
    ],
)
def test_something_taken_off_a_price_told_is_an_entry_for_what_is_left(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("the electric bill came forty eight twenty paid it on friday", "48.20"),
        (
            "school shoes for Ben 54.99 at Clarks last saturday, shoes are so dear now",
            "54.99",
        ),
        ("on holiday in Cork with the kids – spent 38 at the zoo", "38"),
        ("into town with my mum spent 22 on lunch", "22"),
    ],
)
def test_money_told_as_paid_on_a_day_gone_by_or_beside_the_people_with_the_person_is_theirs(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "the water bill came to 48.20, haven't paid it yet",
        "my mum spent 22 on lunch",
        "the kids – they spent 38 at the zoo with their dad",
    ],
)
def test_a_bill_not_paid_or_others_spending_is_still_no_entry(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("pancit for the barkada 1,200, hati with Ana and Ben", "1200"),
        ("grocery run 850 pesos hatian kami ni Liza", "850"),
        ("lẩu with Lan and Hoa 900k, chia 3", "900000"),
        ("cab home from the game with Rob and Deano, 48, we're splittin it", "48"),
        ("nasi padang with Dewi and Rina 150rb bagi tiga", "150000"),
    ],
)
def test_sharing_said_with_a_word_from_another_language_is_a_split(text: str, amount: str) -> None:
    home = "PHP" if "peso" in text or "hati" in text else "VND" if "chia" in text else "GBP"
    home = "IDR" if "rb" in text else home
    assert_read_as(text, Intent.SPLIT_EXPENSE, amount, home)


@pytest.mark.parametrize("text", ["chia seeds 4.99", "chia pudding at Pret 3.75"])
def test_an_english_entry_with_a_word_that_is_also_vietnamese_stays_english(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE, text


def test_prices_of_one_list_never_differ_by_ten_thousand_times() -> None:
    assert read("dinner 900k, dessert 3", "VND").amount is None  # asked, never 900,003


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Got my choir honorarium today, 150", "150"),
        ("cleaned three offices today, cash in hand 120", "120"),
        ("Bonus 2,000 gross, 1,430 net into my account", "1430"),
        ("side gig money from the car boot sale 65", "65"),
    ],
)
def test_earnings_named_the_ways_people_name_them_are_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


def test_a_fairly_sure_model_reads_money_moved_over_the_rules_bare_amount_expense() -> None:
    assert_read_as("€40 → Christmas club", Intent.TRANSFER, "40", "EUR")


@pytest.mark.parametrize(
    "text", ["nix the last one", "kill the last entry", "wipe the last entry please"]
)
def test_the_last_entry_removed_in_other_words_is_an_undo(text: str) -> None:
    assert read(text).intent is Intent.UNDO, text


@pytest.mark.parametrize(
    "text",
    [
        "scrap the 4.50 coffee",
        "remove the entry for 45 from yesterday",
        "please delete the 12.99 netflix from last month",
    ],
)
def test_a_removal_asked_of_a_named_entry_never_writes_one(text: str) -> None:
    command = read(text)
    assert command.intent in (Intent.UNDO, Intent.OTHER), text
    assert command.amount is None or command.intent is Intent.UNDO, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("the Okafors' 380 finally came through, log it", Intent.ADD_INCOME, "380"),
        ("cash from the car boot sale 65, add it", Intent.ADD_INCOME, "65"),
    ],
)
def test_a_request_to_log_says_nothing_of_which_way_the_money_went(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


def test_a_request_to_log_money_paid_out_stays_an_expense() -> None:
    assert_read_as("record a payment of 230 to British Gas", Intent.ADD_EXPENSE, "230")


@pytest.mark.parametrize(
    "text",
    [
        "work life balance is gone this week lol",
        "the lotto is 40 million tonight, if I win I am buying a boat",
    ],
)
def test_talk_the_model_is_all_but_sure_of_is_no_question_for_the_ledger(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text
