"""Kinds of readings met in the twenty-sixth round, each written here in sentences of our
own.

- Follow-ups: a new figure told with "change to" ("change to 12000" after a budget was set)
  replaces the one before and keeps its intent, as "change it to" already did; a question
  asked again for another period with "too", "also" or "as well" ("last month too") keeps
  the question's category, while "tea 3 too" after an entry is an entry of its own; a
  learner's correction without its "it" ("is 32,50 sorry", "was 14.") tells the amount
  again, while a question opening with "is" ("Is 18.000 a good salary …?") does not.
- Budgets: how a budget just set stands, asked without naming it again ("how am i doing on
  that this month", "and now, how much is left?", "am I over?"), is that budget's status,
  unless the question names a category, a shop or an account of its own.
- Money in: pay told with "I've been paid" ("I've been paid £75 for the tutoring with the
  Hughes boy"), as "I was paid" and "got paid" already were.
- Payments: a payment app's name said as the verb ("pix to my brother Thiago 150 …, i owe
  half") asks for the payment even beside a debt told; a bill to set up "as a payment to"
  someone ("council tax 168 …, can you set that up as a payment to Leeds City Council") is a
  payment to draft, not an expense.
- Transfers: everyday and brokerage accounts named in the person's own language ("from
  Girokonto to Depot", "from conta corrente to poupança") are their own accounts, while
  "Home Depot" stays a shop.
- Amounts: a count of things with their word left in the singular ("12 chai at 15 and 8
  samosa at 20", "2 coffee at 3"), as learners write and as some words are, multiplies
  like the plural; a person counted so does not ("2 adult at 15").
- Amounts: a small number after a part of a school's or a course's calendar ("swimming
  lessons term 2, 10 weeks @ $18.50", "year 2 school trip") names it and is no money, while
  "last year 500 on holidays" still is.
- Amounts: a count past twelve said in words ("seventy eight litres at 1.99 a litre",
  "twenty-five apples at 0.40 each", "fifteen tickets at 12 each") is counted whole, and a
  quantity said in words is bought, not a price per litre seen.
- Amounts: a part said to be inside the price before it ("taxi from airport 320k include
  toll 25k", "650k, change oil 120k already included") is no second price.
- Entries asked for in words after a story: filed under a kind ("…, 8.50, stick it under
  going out"), a sentence of its own that asks ("… €82.45 in the end. Put that in for
  me?"), or beside an everyday bank topic ("… said the gas needs a top-up next time 🙄 log
  it under home maintenance"); never a problem with the card ("card declined for 50 at
  tesco, log it") nor a write refused ("don't stick it under food").
- Typos: a long word one letter off a grammar word, by a letter no finger slips to
  ("consert" for "concert", never "convert"), is another word spelled by ear and left as
  written, while slips of a neighbouring key ("yesterdat"), a vowel for a vowel
  ("octobur") and swapped letters ("trasnfer") are still mended.
- Requests: a move of money asked politely ("Would you move £200 over to my Premium Bonds
  for me?") is a transfer; advice asked ("would you move 500 to savings if you were me?") is
  not; a figure chosen with "let's say" ("…, let's say $120 a month max") is no
  hypothetical, while "lets say i spent two thousand" still is.
- Undo: the last entry asked off after the reason ("… I've put that salmon shopping in
  twice, can you take the last one off?"), what was added just now ("Delete what I added
  just now, was wrong"), and "undo" said after "nvm" or "never mind" are undos, not the
  card dropped; "cancel that, don't undo anything" still drops the card.
- Money in: a savings club's pot taken in turn ("mi pardna hand come through, $1,200",
  "i took my gam'eya today, 10,000 LE"), unlike a share paid into it ("paid my gam'eya share
  1000"); money "dashed" to the person ("uncle Obi dash me 20k after church"); pay said to
  be "in" a month to come ("bonus is in next week") has not arrived.
- Talk about spending: spending judged or resolved in a sentence that asks nothing ("i
  think i spend wayyy too much on greggs lmao", "this week i need to spend less", "Today I
  have no spending", "my husband spend too much with football tickets, I don't know what
  to do") asks for no total, while "I want to know if I spent too much on coffee" and "i
  think i spent too much this week whats the total" do.
- Languages: "w/" is English for "with" ("pizza w/ ola and kuba 96 zł split 3", "supper w/
  jess and matt 138 w tip, splitin 3 ways"), never the Polish "w" that made such a message
  read as Polish and left alone.
- Payments: a payment asked for with the day of what it pays for ("pay Lukas 12,50 for
  lunch yesterdy", "e-transfer Ava 72 dollars for babysitting last night", "pay the
  contractor dave 2400 for the deck he finished it yesterday") is drafted, the day being the
  service's; "prepare a $120 payment to Dale" asks with its amount inside; "pay the plumber
  120 yesterday" and a learner's "I pay JPS $8,500 for the light bill yesterday" were paid.
- Entries: "Pay <amount> for <thing>" with nobody to pay it to, and a shop, a day or a time
  of today said ("Pay 45.5 for haircut this afternoon, barber talk too much", "Pay for
  jollof and chicken at Chicken Republic 4500 naira"), is what a learner paid; with a payee
  ("Pay 40 francs to my granddaughter Léa") or alone ("pay 50 for the electricity bill") it
  is still a payment to draft; what a learner paid, told in the present with its amount
  and a story ("I pay mechanic 25,000 naira for my car, the guy no even finish the work
  well"), is an expense, not a payment to draft.
- Money left alone: a price judged out of the person's reach ("apartment in district 7 rent
  12tr/month, too expensive for me", "the jacket was 240, too expensive for me so I left
  it"), unless paid all the same ("paid 50 for the ticket, too expensive for me honestly");
  a thing seen with its price, said first without "a" or "the" ("saw PS5 at argos £479.99"),
  while "saw the dentist at Bupa 80" was paid for.
- Money left alone: a year's or a season's giving told as a total ("wedding season, last
  year I give total 6tr for envelopes, crazy", "last year I gave 600 in wedding
  envelopes"), as spending and earning over a year already were.
- Advice: a budget's figure asked about ("how much should I budget for a wedding?", "Should
  my restaurant budget be 400 or 600 francs?") sets nothing and asks for no status.
- Payees: the name said after a word for who the person is ("send 150 to my brother
  Thiago", "pay my landlord Mr Cohen 900") is whom to pay; the card asked "Who should be
  paid?" before, as the screenshot of this round showed.
- Shops: someone doing something, judged after a terse entry ("Pay 45.5 for haircut this
  afternoon, barber talk too much"), names no shop; the card showed "barber talk" as one.
- Money in: a learner's "sell" for what was sold, on a day said ("I sell my car to my
  cousin for 3.5k pounds, he pay today", "today sell pad thai 84 plate"), unlike a habit
  ("I sell cakes for 3 each at the market"), a plan ("I sell my bike tomorrow for 200") or
  a question ("should I sell my car today for 3k?").
- Rates: "by the hour" is a rate, never who paid ("Paid the Tatiana for the cleaning, 25.– by
  hour, 4 hours yesterday" read 25 of income, now 100 paid), and its hours multiply it
  ("cleaner 15 by the hour, 3 hours"), while "the invoice was paid by Acme" is still money
  in."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, read


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("set a transport budget of 15000 yen a month", "change to 12000", "12000"),
        ("Budget for shoes 90 pounds per month", "Change to 110 please", "110"),
        ("limit takeaways to 60 a week", "ok change to 50", "50"),
    ],
)
def test_a_budget_changed_to_a_new_figure_stays_a_budget(
    earlier: str, text: str, amount: str
) -> None:
    parsed = after(earlier, text)
    assert parsed.intent is Intent.SET_BUDGET
    assert parsed.amount == Decimal(amount)
    assert parsed.category == after(earlier).category


def test_an_entry_changed_to_a_new_figure_keeps_its_category() -> None:
    parsed = after("bakery 6.40", "change to 7.40")
    assert (parsed.intent, parsed.amount) == (Intent.ADD_EXPENSE, Decimal("7.40"))
    assert parsed.category == after("bakery 6.40").category


@pytest.mark.parametrize(
    "text",
    ["last month too", "last month also please", "and in May as well?", "September too pls"],
)
def test_a_question_asked_again_for_another_period_keeps_its_category(text: str) -> None:
    earlier = "how much did I spend on groceries this month"
    parsed = after(earlier, text)
    assert parsed.intent is Intent.QUERY_SPENDING
    assert parsed.category == after(earlier).category
    assert parsed.period is not None and parsed.period != after(earlier).period


def test_another_thing_too_after_an_entry_is_an_entry_of_its_own() -> None:
    parsed = after("coffee 4.50", "as well as a sandwich 5")
    assert (parsed.intent, parsed.amount) == (Intent.ADD_EXPENSE, Decimal("5"))


@pytest.mark.parametrize(
    ("text", "amount"),
    [("is 32,50 sorry", "32.50"), ("was 14.", "14"), ("no, is 23 not 32", "23")],
)
def test_a_learners_correction_without_it_tells_the_amount_again(text: str, amount: str) -> None:
    parsed = after("butcher 32", text)
    assert (parsed.intent, parsed.amount) == (Intent.ADD_EXPENSE, Decimal(amount))


@pytest.mark.parametrize(
    "text",
    [
        "Is 18.000 a good salary for a nurse in Porto?",
        "is 2 of us",
        "was 5 too much for that?",
    ],
)
def test_a_question_opening_with_is_tells_no_amount_again(text: str) -> None:
    assert after("pay Rui 18.000 for March", text).intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "how am i doing on that this month",
        "and now, how much is left?",
        "am I over?",
        "how's it looking",
        "what's left?",
    ],
)
def test_how_a_budget_just_set_stands_is_its_status(text: str) -> None:
    earlier = "set a budget of 400 a month for fuel"
    parsed = after(earlier, text)
    assert parsed.intent is Intent.BUDGET_STATUS
    assert parsed.category == after(earlier).category


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how much did I spend on taxis", Intent.QUERY_SPENDING),
        ("how much do i have left in savings", Intent.BALANCE),
    ],
)
def test_a_question_naming_its_own_subject_after_a_budget_stands_alone(
    text: str, intent: Intent
) -> None:
    parsed = after("set a budget of 400 a month for fuel", text)
    assert parsed.intent is intent
    assert parsed.category != after("set a budget of 400 a month for fuel").category


@pytest.mark.parametrize(
    "text",
    [
        "I've been paid £75 for the tutoring with the Hughes boy",
        "i've been paid 120 for the shift with Emma",
        "I have been paid 300 for the mural",
    ],
)
def test_pay_told_with_ive_been_paid_is_income(text: str) -> None:
    assert read(text).intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("pix to my brother Thiago 150 for the gas bill, he pay it and i owe half", "150"),
        ("venmo jake 20 for the tickets, i owe him", "20"),
    ],
)
def test_a_payment_app_said_as_the_verb_asks_for_a_payment(text: str, amount: str) -> None:
    parsed = read(text)
    assert (parsed.intent, parsed.amount) == (Intent.DRAFT_PAYMENT, Decimal(amount))


def test_money_from_a_payment_app_with_a_debt_is_no_payment() -> None:
    assert read("my sister pix me 150 and i owe her").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Council tax, 168 quid, goes out on the 1st every month. Can you set that up as a "
            "payment to Leeds City Council",
            "168",
        ),
        ("water bill 45, set it up as a payment to Thames Water", "45"),
    ],
)
def test_a_bill_set_up_as_a_payment_is_drafted(text: str, amount: str) -> None:
    parsed = read(text)
    assert (parsed.intent, parsed.amount) == (Intent.DRAFT_PAYMENT, Decimal(amount))


@pytest.mark.parametrize(
    "text",
    [
        "Transfer 1.000,00 EUR from Girokonto to Depot for the ETF savings plan",
        "transfer 300 from conta corrente to poupança",
        "move 250 from the compte courant to my livret A",
    ],
)
def test_accounts_named_in_the_persons_language_are_their_own(text: str) -> None:
    assert read(text).intent is Intent.TRANSFER


def test_home_depot_stays_a_shop() -> None:
    assert read("paid 50 to Home Depot").intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("chai and samosa for the team, 12 chai at 15 and 8 samosa at 20", "340"),
        ("2 coffee at 3", "6"),
        ("bought 6 croissant at 1.20 for the office", "7.20"),
    ],
)
def test_things_counted_in_the_singular_multiply(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


def test_people_counted_in_the_singular_do_not_multiply() -> None:
    assert read("zoo 2 adult at 15").amount != Decimal("30")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Kids swimming lessons term 2, 10 weeks @ $18.50", "185"),
        ("year 2 school trip, 3 days @ 40", "120"),
        ("year 10 uniform 45", "45"),
        ("paid for term 2 350", "350"),
        ("last year 500 on holidays", "500"),
    ],
)
def test_a_number_naming_a_part_of_a_course_is_no_money(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("fuel at the servo seventy eight litres at one ninety nine a litre", "155.22"),
        ("fuel seventy eight litres at 1.99 a litre", "155.22"),
        ("bought twenty-five apples at 0.40 each", "10.00"),
        ("fifteen tickets at 12 each", "180"),
    ],
)
def test_a_count_past_twelve_in_words_is_counted_whole(text: str, amount: str) -> None:
    parsed = read(text)
    assert (parsed.intent, parsed.amount) == (Intent.ADD_EXPENSE, Decimal(amount))


def test_a_price_per_litre_seen_in_words_is_still_no_entry() -> None:
    assert read("petrol is one eighty a litre").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Yesterday taxi from airport 320k include toll 25k", "320000"),
        ("repair motorbike at Honda Head 650k, change oil 120k already included", "650000"),
        ("hotel 240, breakfast 30 was included", "240"),
    ],
)
def test_a_part_said_to_be_inside_the_price_is_no_second_price(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("ok I caved, had a pint in the Crown last night, 6.20, stick it under going out", "6.20"),
        (
            "Big shop at Aldi this morning, came to €64.10 but the coupon took €4 off so €60.10 "
            "in the end. Put that in for me?",
            "60.10",
        ),
        (
            "finally got the AC serviced, the man from CoolFix charged 1,200 and then said the "
            "gas needs a top-up next time 🙄 log it under home maintenance",
            "1200",
        ),
        (
            "the mechanic charged 180 and said the battery needs a top-up soon, log it under car",
            "180",
        ),
    ],
)
def test_an_entry_asked_for_after_a_story_is_written(text: str, amount: str) -> None:
    parsed = read(text)
    assert (parsed.intent, parsed.amount) == (Intent.ADD_EXPENSE, Decimal(amount))


@pytest.mark.parametrize(
    "text",
    [
        "card declined for 50 at tesco, log it",
        "my card got declined at the atm for 50, log it",
        "don't stick it under food, the 12 was a gift card",
        "I'll stick it under groceries later, the 45 from Aldi",
    ],
)
def test_a_problem_or_a_refused_write_is_not_written(text: str) -> None:
    assert not read(text).intent.writes or read(text).intent is Intent.RECATEGORIZE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("venmo jake 30 for the consert tix", Intent.DRAFT_PAYMENT),
        ("yesterdat lunch 12", Intent.ADD_EXPENSE),
        ("trasnfer 50 to savings", Intent.TRANSFER),
        ("how much did i spend on groceries in octobur", Intent.QUERY_SPENDING),
    ],
)
def test_only_slips_of_a_finger_are_mended(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Would you move £200 over to my Premium Bonds for me? Thank you ever so much.",
            Intent.TRANSFER,
        ),
        ("would you transfer 300 to my ISA please", Intent.TRANSFER),
        ("would you move 500 to savings if you were me?", Intent.OTHER),
        ("would you put 500 in savings if you were me?", Intent.OTHER),
        ("I want to stop overspending on shoes, let's say $80 a month max", Intent.SET_BUDGET),
        ("lets say i spent two thousand on furniture", Intent.OTHER),
    ],
)
def test_a_move_asked_politely_is_done_and_advice_asked_is_not(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "Oh dear, I think I've put the fish shopping in twice, can you take the last one off?",
        "Delete what I added just now, was wrong",
        "nvm undo that",
        "never mind, undo that",
    ],
)
def test_the_last_entry_asked_off_is_undone(text: str) -> None:
    assert read(text).intent is Intent.UNDO


def test_an_undo_refused_drops_the_card() -> None:
    assert read("cancel that, don't undo anything").intent is Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("mi pardna hand come through, $1,200", Intent.ADD_INCOME, "1200"),
        ("i took my gam'eya today, 10,000 LE, alhamdulillah", Intent.ADD_INCOME, "10000"),
        ("stokvel payout came in, R8 000", Intent.ADD_INCOME, "8000"),
        ("uncle Obi dash me 20k after church on sunday", Intent.ADD_INCOME, "20000"),
        ("paid my gam'eya share 1000", Intent.ADD_EXPENSE, "1000"),
    ],
)
def test_a_savings_clubs_pot_taken_is_income(text: str, intent: Intent, amount: str) -> None:
    parsed = read(text)
    assert (parsed.intent, parsed.amount) == (intent, Decimal(amount))


def test_pay_in_a_time_to_come_has_not_arrived() -> None:
    assert read("bonus is in next week, about 500").intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "i think i spend wayyy too much on pasties lmao",
        "this week i need to spend less, thats the goal",
        "Today I have no spending, only gardening. 9,000 steps!",
        "my wife spend too much with concert tickets, I don't know what to do",
        "ths month i wil not spend in takeaway, promisse",
    ],
)
def test_spending_judged_or_resolved_asks_no_total(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "I want to know if I spent too much on coffee",
        "i think i spent too much this week whats the total",
        "did I spend too much on takeaways this month?",
    ],
)
def test_spending_judged_with_a_total_asked_is_a_question(text: str) -> None:
    assert read(text).intent is Intent.QUERY_SPENDING


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("pizza w/ ola and kuba 96 zł split 3", "96"),
        ("supper w/ jess and matt 138 w tip, splitin 3 ways", "138"),
        ("drinks w/sam and leo 45, split 3", "45"),
    ],
)
def test_with_written_w_slash_is_english(text: str, amount: str) -> None:
    parsed = read(text)
    assert (parsed.intent, parsed.amount) == (Intent.SPLIT_EXPENSE, Decimal(amount))


def test_a_polish_sentence_stays_polish() -> None:
    assert read("zapłaciłem 50 zł w Biedronce").language == "pl"


@pytest.mark.parametrize(
    "text",
    [
        "pay Lukas 12,50 for lunch yesterdy",
        "e-transfer Ava 72 dollars for babysitting last night",
        "um pay the roofer dave two thousand for the gutters he finished them yesterday",
        "Please prepare a $120 payment to Dale Kowalchuk for the snow clearing this past winter.",
    ],
)
def test_a_payment_asked_with_the_services_day_is_drafted(text: str) -> None:
    assert read(text).intent is Intent.DRAFT_PAYMENT


@pytest.mark.parametrize(
    "text",
    ["pay the plumber 120 yesterday", "I pay JPS $8,500 for the light bill yesterday"],
)
def test_a_payment_told_on_a_past_day_was_paid(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Pay 45.5 for haircut this afternoon, barber talk too much", Intent.ADD_EXPENSE),
        ("Pay for rice and stew at Mama Put Kitchen 3500 naira", Intent.ADD_EXPENSE),
        ("Pay 280k for yoga one month at Zen Studio, this time I go every day", Intent.ADD_EXPENSE),
        ("Pay 40 francs to my granddaughter Léa for her school trip.", Intent.DRAFT_PAYMENT),
        ("pay 50 for the electricity bill", Intent.DRAFT_PAYMENT),
    ],
)
def test_pay_with_nobody_to_pay_and_a_shop_or_a_time_was_paid(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "I pay mechanic 25,000 naira for my car, the guy no even finish the work well",
        "I pay electrician 18,000 naira for the wiring, the man no even come on time",
    ],
)
def test_what_a_learner_paid_told_in_the_present_is_an_expense(text: str) -> None:
    assert read(text).intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("flat near the river rent 1,400/month, too expensive for me", Intent.OTHER),
        ("studio in district 3 rent 9tr/month, too expensive for me", Intent.OTHER),
        ("apartment by the beach rent 2,000/month, too much for my budget", Intent.OTHER),
        ("the coat was 240, too pricey for us so we left it", Intent.OTHER),
        ("paid 50 for the ticket, too expensive for me honestly", Intent.ADD_EXPENSE),
    ],
)
def test_a_price_out_of_reach_is_no_entry(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("saw PS5 at argos £479.99", Intent.OTHER),
        ("spotted Switch 2 in Currys £395", Intent.OTHER),
        ("saw the dentist at Bupa 80", Intent.ADD_EXPENSE),
    ],
)
def test_a_thing_seen_with_its_price_is_no_entry(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "wedding season again, last year I give total 5tr for envelopes, crazy",
        "last year I gave 600 in wedding envelopes",
        "we gave about 300 to charity last year",
    ],
)
def test_a_years_giving_told_as_a_total_is_no_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "how much should I budget for a wedding?",
        "how much should we set aside for the holidays",
        "Should my grocery budget be 300 or 400? We're a family of four.",
    ],
)
def test_a_budgets_figure_asked_about_is_advice(text: str) -> None:
    assert read(text).intent is Intent.OTHER


def test_a_budget_set_is_still_set() -> None:
    assert read("set my restaurant budget to 400").intent is Intent.SET_BUDGET


@pytest.mark.parametrize(
    ("text", "payee"),
    [
        ("pix to my brother Thiago 150 for the gas bill", "Thiago"),
        ("send 150 to my sister Ana", "Ana"),
        ("pay my landlord Mr Cohen 900", "Mr Cohen"),
        ("send 150 to my mum", "mum"),
    ],
)
def test_the_name_after_who_they_are_is_the_payee(text: str, payee: str) -> None:
    parsed = read(text)
    assert (parsed.intent, parsed.payee) == (Intent.DRAFT_PAYMENT, payee)


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("Pay 45.5 for haircut this afternoon, barber talk too much", None),
        ("lunch 12, waiter talk too much", None),
        ("tesco 45 so expensive", "tesco"),
    ],
)
def test_someone_judged_after_an_entry_names_no_shop(text: str, merchant: str | None) -> None:
    assert read(text).merchant == merchant


def test_a_month_misspelled_by_a_vowel_is_still_read() -> None:
    parsed = read("how much did i spend on groceries in octobur")
    assert parsed.period is not None and parsed.period.start.month == 10


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "I sell my car to my cousin for 3.5k pounds, he pay today by bank transfer",
            Intent.ADD_INCOME,
        ),
        ("I sell my old phone yesterday for 120", Intent.ADD_INCOME),
        ("I sell cakes for 3 each at the market", Intent.OTHER),
        ("I sell my bike tomorrow for 200", Intent.OTHER),
        ("should I sell my car today for 3k?", Intent.OTHER),
    ],
)
def test_a_learners_sell_on_a_day_said_is_income(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "Paid the Maria for the ironing, 20.– by hour, 3 hours yesterday",
            Intent.ADD_EXPENSE,
            "60",
        ),
        ("cleaner 15 by the hour, 3 hours", Intent.ADD_EXPENSE, "45"),
        ("the invoice was paid by Acme, 1,800", Intent.ADD_INCOME, "1800"),
    ],
)
def test_by_the_hour_is_a_rate(text: str, intent: Intent, amount: str) -> None:
    parsed = read(text)
    assert (parsed.intent, parsed.amount) == (intent, Decimal(amount))
