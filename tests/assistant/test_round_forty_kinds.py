"""Kinds of readings met in the fortieth round, each written here in sentences of our own.

- More people on a split, in more words: "add Sam to that bill too", "and Bo, he had the
  steak", "Kimura join too" (the present for the past), "Tia also joined, split among three",
  "and Noor also enter in the split", "I forgot Pia, she was also there" (each had been talk,
  a recategorization, or a split with no amount); "I forgot my wallet" names no one.
- A split with "her", "him" or "them" after an expense that named who came ("cinema with
  Amy, 24" then "split it with her") shares it with them (it had been a split with no one
  and no amount), the companion no longer taken for the shop.
- A correction after a word on the figure: "too low lol make it 350", "way too high, make it
  150" (each had been an expense, or talk).
- A figure corrected in the scale it was said in: "no 4.5" after "4 million", "make it 8"
  after "5k", "no 2.5" after "2tr4" (each had been the bare figure); "make it 500" after
  "5k" stays 500.
- "/mth" is a month ("budget $600/mth for food": it had had no amount).
- Money taken off with the particle first ("knocked off a fiver", "they took off 20"), and the
  figure said last as what was paid ("…, clubcard knocked off a fiver so 42.82 in the end")
  (each had been the discount, or the price plus it).
- "wait no 53" after a place said between ("Spent 35 at the market, wait no 53") takes back
  the first figure (it had stayed).
- A tip of "a couple quid" with its own verb ("chucked in a couple quid tip", "left a couple
  bucks extra") is added (it had been left out), never when only "for the driver" follows.
- Dozens counted ("2 dozen eggs at 0.30 each": 7.20) and a container of things with a word
  of kind between ("3 bags of frozen dumplings at 4.49": 13.47) (each had been one price, or
  two dozen as two).
- Nothing written for: a flight's number ("flight's BA 2490"), "please not add …" (the "do"
  left out), a refund still days away ("refund come in 14 days"), and what someone else
  might pay ("if they paid me 45k a month I'd move out") (each had been a write).
- Someone else's spending after a laugh typed long ("lmaooo bia spent 700 on ifood") or with
  a hedge and the sum in words ("marcelo spent like three hundred on tools"), and a price
  only looked at ("…, I only looked at the menu", "I did not drink") write nothing (each had
  been an expense); "jsut paid 67.40 at the SAQ" stays the person's.
- Family called in other languages sending money ("bhai sent 2100 for rakhi", "oma gave 50
  for my birthday") is income (it had been an expense); "mama put 8 for lunch" (a Nigerian
  food stall) stays an expense.
- An allowance set a month ("Please set 80 Euro a month for the hairdresser") is a budget,
  and "Make it 90, prices went up again." after it changes the budget (each had been an
  expense).
- A night written short ("hotel usd 289/nt x 2 nites": 578) and the price of one of the
  things counted, named after it ("two hot dogs at the ballpark, $7 a dog": 14) (each had
  been talk, or one price).
- A figure said again in capitals ("came to £16.40. SIXTEEN POUNDS FORTY.") is the same figure
  (the shouted cents had been read as a name, and the two figures asked between), and a
  model's number before who it is for ("the Nintendo Switch 2 for the kids, 1,299.00") is no
  price (it had been asked between).
- Money put into a shared pot ("Chucked a tenner in the pub quiz kitty") is an expense (it had
  been income); "right, stick £300 in the ISA then" moves it to the person's own pot (a word
  of agreement first had made it an expense).
- "Could you put the phone bill under utilities instead?" moves an entry (it had been a
  payment); "scrap that, it's on direct debit anyway" drops the card (a reason beginning
  "it's" had read as a correction), and "…, take it back out" after a reason takes the entry
  back (it had been the entry again).
- Paid by the person's own bank ("paid by ebanking", "by online banking") is their expense
  (it had been income); "…, so I pay 167,45" and "I pay R$ 1.250,00 of rent today" tell what
  was paid (a learner's present had been a payment to draft, or no amount).
- "for going to Koramangala" is the fare of a trip, no plan ("… please add" had been talk);
  the day an order arrives ("arrives tomorrow") is not the day it was bought (it had been an
  entry still ahead, talk).
- A category word's plural ("two espressos at one twenty each": 2.40, coffee) (it had been
  240, no category); "Currys" stays a shop and "subscriptions" the question's kind.
- After a question about spending, one more entry told with its own day and "also"/"too"
  ("oh I forget, last friday karaoke 3,000 yen also") is an entry (it had been the question
  again with a figure); "add the lift ticket too, 58 more" adds to the payment before, and
  "wait it's 2 tickets, so double that" doubles it (each had been an expense, or talk).
- The price just written, judged ("chipotle portions are getting so small for twelve bucks")
  is a remark (it had been a second entry); "coffee 4 again, worth it" is another coffee.
- "at the seven eleven sixty two dollars" names a shop, then the price (it had been 711.62);
  "lunch seven eleven" is still 7.11.
- "paid jake back 20 bucks for the tickets" is the person's part of what was bought (it had
  been a debt settled, talk); "paid Tom back 20" stays one. A freelance job paid for ("freela
  site for a dentist, he paid 3,5k in pix") is income (it had been talk).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("split", "text", "people"),
    [
        ("pizza 48 split with Jordan", "add Sam to that bill too", ("Jordan", "Sam")),
        ("pizza 48 split with Jordan", "put Sam on that one as well", ("Jordan", "Sam")),
        ("pizza 48 split with Jordan", "and Bo, he had the steak lol", ("Jordan", "Bo")),
        ("pizza 48 split with Jordan", "Kimura join too", ("Jordan", "Kimura")),
        ("taxi 60 split with Riya", "Tia also joined, split among three", ("Riya", "Tia")),
        ("taxi 60 split with Riya", "and Noor also enter in the split", ("Riya", "Noor")),
        ("taxi 60 split with Riya", "Noor is in on it too", ("Riya", "Noor")),
        ("taxi 60 split with Riya", "I forgot Pia, she was also there", ("Riya", "Pia")),
    ],
)
def test_more_people_on_a_split(split: str, text: str, people: tuple[str, ...]) -> None:
    command = after(split, text)
    assert command.intent is Intent.SPLIT_EXPENSE, text
    assert command.amount == after(split).amount, text
    assert command.split_with == people, text


@pytest.mark.parametrize(
    "text", ["I forgot my wallet", "Sam was there", "Tia also came, split between five"]
)
def test_no_one_more_on_the_split(text: str) -> None:
    command = after("pizza 48 split with Jordan", text)
    assert command.split_with in ((), ("Jordan",)), text


@pytest.mark.parametrize(
    ("expense", "text", "people"),
    [
        ("cinema with Amy, 24", "split it with her", ("Amy",)),
        ("Kino with Lena, 26 euro", "split with her pls", ("Lena",)),
        ("dinner with Tom and Jo 60", "split it with them", ("Tom", "Jo")),
        ("bowling with Raj 30", "oh he's paying me back half, so split it with him", ("Raj",)),
    ],
)
def test_her_him_or_them_are_who_came(expense: str, text: str, people: tuple[str, ...]) -> None:
    command = after(expense, text)
    assert command.intent is Intent.SPLIT_EXPENSE, text
    assert command.amount == after(expense).amount, text
    assert command.split_with == people, text
    assert command.merchant not in people, text


def test_him_after_two_people_is_asked() -> None:
    assert after("dinner with Tom and Jo 60", "split it with him").split_with == ()


@pytest.mark.parametrize(
    "text", ["too low lol make it 350", "too low make it 350", "way too high, make it 350"]
)
def test_a_word_on_the_figure_then_the_new_one(text: str) -> None:
    command = after("budget £200 a month for groceries", text)
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(350)), text


@pytest.mark.parametrize(
    ("before", "text", "amount"),
    [
        ("grocery budget 4 million a month", "no 4.5", "4500000"),
        ("budget 5k for travel", "make it 8", "8000"),
        ("rent 1.2k", "no 1.35", "1350"),
        ("tết shopping 2tr4", "no 2.5", "2500000"),
        ("budget 5k for travel", "make it 500", "500"),
        ("rent 12,000", "no 13", "13"),
        ("coffee 4", "make it 4.5", "4.5"),
    ],
)
def test_a_figure_corrected_in_its_scale(before: str, text: str, amount: str) -> None:
    assert after(before, text).amount == Decimal(amount), text


def test_per_mth_is_a_month() -> None:
    command = read("budget $600/mth for food")
    assert command.amount == Decimal(600)
    assert command.recurrence == "monthly"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Sainsbury's 47.82, clubcard knocked off a fiver so 42.82 in the end", "42.82"),
        ("Sainsbury's 47.82, the clubcard knocked off a fiver", "42.82"),
        ("jacket 80, they took off 20 because of a stain", "60"),
        ("Spent 35 at the farmers market, wait no 53", "53"),
        ("paid 12 for parking at the station, sorry no 21", "21"),
        ("burger at the Crown, £16.50, chucked in a couple quid tip", "18.50"),
        ("lunch 16.50, left a couple quid extra", "18.50"),
        ("taxi 15, left a couple for the driver", "15"),
        ("2 dozen eggs at 0.30 each", "7.20"),
        ("2 dozen roses at £1.75 a stem", "42.00"),
        ("3 bags of frozen dumplings at 4.49", "13.47"),
        ("2 cups of hot chocolate at 3.20", "6.40"),
    ],
)
def test_amounts_in_more_words(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    "text",
    [
        "flight's BA 2490, lands 22:15 at T5",
        "my flight's LH 1432",
        "please not add 60 for Marek, he gave it back in cash",
        "pls not log the 25 for parking",
        "Asos write that refund come in 14 days, 45 quid",
        "refund from Zara 40, comes in 5 working days",
        "if they paid me 45k every month I'd quit tomorrow",
    ],
)
def test_nothing_to_write(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


def test_a_refund_that_came_is_still_written() -> None:
    assert_read_as("got the refund 40 from asos, it came in 3 days", Intent.ADD_REFUND, "40")


@pytest.mark.parametrize(
    "text",
    [
        "lmaooo bia spent 700 on ifood in one week so im fine",
        "hahaha tyler dropped 400 on a keyboard",
        "marcelo spent like three hundred reais on tools",
        "The cappuccino at the Hotel Sacher was 7,90, I only looked at the menu and left.",
        "mulled wine 5,50 a cup, I didn't drink any",
    ],
)
def test_not_the_persons_money(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("jsut paid 67.40 at the SAQ for the party tonight", Intent.ADD_EXPENSE, "67.40"),
        ("lol just spent 40 on lunch", Intent.ADD_EXPENSE, "40"),
        ("bought a mulled wine 5,50, I didn't drink it", Intent.ADD_EXPENSE, "5.50"),
        ("bhai sent 2100 for rakhi", Intent.ADD_INCOME, "2100"),
        ("oma gave 50 for my birthday", Intent.ADD_INCOME, "50"),
        ("Mama put 8 pounds for lunch today", Intent.ADD_EXPENSE, "8"),
        ("Please set 80 Euro a month for the hairdresser.", Intent.SET_BUDGET, "80"),
        ("hotel usd 289/nt x 2 nites", Intent.ADD_EXPENSE, "578"),
        ("two hot dogs at the ballpark, $7 a dog", Intent.ADD_EXPENSE, "14"),
        ("3 bagels, 2.50 per bagel", Intent.ADD_EXPENSE, "7.50"),
    ],
)
def test_whose_and_how_much(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


def test_a_budget_changed_after_an_allowance() -> None:
    command = after(
        "Please set 80 Euro a month for the hairdresser.", "Make it 90, prices went up."
    )
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(90))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Three pints at The Bell came to £16.40. SIXTEEN POUNDS FORTY. Madness.", "16.40"),
        ("TWENTY FIVE EUROS FIFTY at the market", "25.50"),
        ("got the Nintendo Switch 2 for the kids, 449.00 at Argos", "449.00"),
        ("lunch at Five Guys 12", "12"),
    ],
)
def test_figures_in_capitals_and_models(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    ("earlier", "text", "intent"),
    [
        (
            "pay the council £175 for council tax",
            "scrap that, it's on direct debit anyway",
            Intent.CANCEL,
        ),
        ("pay the council £175 for council tax", "cancel, it's already paid", Intent.CANCEL),
        (
            "log €45 petrol at Circle K",
            "that was on my sister's card, take it back out",
            Intent.UNDO,
        ),
        ("what's my balance", "right, stick £300 in the ISA then", Intent.TRANSFER),
    ],
)
def test_dropped_taken_back_and_moved(earlier: str, text: str, intent: Intent) -> None:
    assert after(earlier, text).intent is intent, text


def test_a_correction_after_no_is_no_cancel() -> None:
    command = after("coffee 4.50 at Lidl", "no, it's Tesco")
    assert (command.intent, command.merchant) == (Intent.ADD_EXPENSE, "Tesco")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("threw a fiver in the office kitty", Intent.ADD_EXPENSE, "5"),
        ("put 20 in the whip-round for Dave's leaving do", Intent.ADD_EXPENSE, "20"),
        ("put 50 in my savings pot", Intent.TRANSFER, "50"),
        ("Would you put the gas bill under utilities?", Intent.RECATEGORIZE, None),
        ("could you pay the phone bill", Intent.DRAFT_PAYMENT, None),
        ("dentist bill 285.50 paid by online banking", Intent.ADD_EXPENSE, "285.50"),
        ("rent paid by the banking app, 1200", Intent.ADD_EXPENSE, "1200"),
        ("shoes 90 but I use a voucher of 15, so I pay 75", Intent.ADD_EXPENSE, "75"),
        ("I pay R$ 1.250,00 of rent today for the apartment", Intent.ADD_EXPENSE, "1250.00"),
        (
            "I gave 300 rupees to the auto driver for going to Indiranagar, please add",
            Intent.ADD_EXPENSE,
            "300",
        ),
        ("going to buy a 400 bike", Intent.OTHER, None),
        ("ordered a phone case on amazon 12.99, arrives tomorrow", Intent.ADD_EXPENSE, "12.99"),
        ("taxi 20 tomorrow", Intent.OTHER, None),
        ("three lattes at one ninety each", Intent.ADD_EXPENSE, "5.70"),
    ],
)
def test_round_forty_late_kinds(text: str, intent: Intent, amount: str | None) -> None:
    assert_read_as(text, intent, amount)


def test_an_order_delivered_today_keeps_its_day() -> None:
    assert read("Tesco order 62.30 delivered today").date == read("coffee 3 today").date


def test_plurals_that_are_no_category() -> None:
    assert read("which subscriptions renew this month").intent is Intent.QUERY_SUBSCRIPTIONS
    assert read("paid 899 for a laptop at currys").merchant == "currys"


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        (
            "how much did I spend on taxis this month?",
            "oh and taxi 20 yesterday too",
            Intent.ADD_EXPENSE,
            "20",
        ),
        ("how much did I spend on taxis this month?", "and last week", Intent.QUERY_SPENDING, None),
        (
            "prepare a payment to Reto for 62.50",
            "add the lift pass too, 58 more",
            Intent.DRAFT_PAYMENT,
            "120.50",
        ),
        ("coffee 4", "add the muffin too, 3 more", Intent.ADD_EXPENSE, "7"),
        (
            "prepare a payment to Lea for the festival ticket, 95",
            "wait it's 2 tickets, so double that",
            Intent.DRAFT_PAYMENT,
            "190",
        ),
        (
            "add twelve bucks for lunch at chipotle",
            "the portions are getting so small for twelve bucks",
            Intent.OTHER,
            None,
        ),
        ("coffee 4", "4 is too much for a coffee, make it 3.50", Intent.ADD_EXPENSE, "3.50"),
        ("coffee 4", "coffee 4 again, worth it", Intent.ADD_EXPENSE, "4"),
    ],
)
def test_after_a_question_or_a_card(
    earlier: str, text: str, intent: Intent, amount: str | None
) -> None:
    command = after(earlier, text)
    want = None if amount is None else Decimal(amount)
    assert (command.intent, command.amount) == (intent, want), text


@pytest.mark.parametrize(
    ("text", "intent", "amount", "home"),
    [
        (
            "petrol friday arvo at the seven eleven sixty two dollars",
            Intent.ADD_EXPENSE,
            "62",
            "AUD",
        ),
        ("coffee at seven eleven 3.50", Intent.ADD_EXPENSE, "3.50", "AUD"),
        ("lunch seven eleven", Intent.ADD_EXPENSE, "7.11", "AUD"),
        ("paid sam back 30 quid for the concert tickets", Intent.ADD_EXPENSE, "30", "GBP"),
        ("paid Tom back 20", Intent.OTHER, None, "GBP"),
        ("freela logo for a bakery, she paid 1,2k in pix", Intent.ADD_INCOME, "1200", "BRL"),
    ],
)
def test_shops_in_words_debts_and_gigs(
    text: str, intent: Intent, amount: str | None, home: str
) -> None:
    assert_read_as(text, intent, amount, home)
