"""Kinds of readings met in the twenty-third round, each written here in sentences of our
own.

- Numbers that are no money: a match's score with "x" or a colon, after "win" or "beat", or
  cheered for a side ("2:0 for arsenal!!"); a cricket score in overs; a seat's letter after
  its row ("seat 14C").
- Money left alone: an idea ("side hustle idea: sell 50 candles at 10 each"); a price of the
  moment beside units bought another day; prices offered to choose from ("she gave me 3 options,
  40 or 60"); pay offered, none received ("got a job offer for 45k"); something had for free, no
  amount said; a bill the person must still pay by a day ("need to pay the council tax 160
  before friday"); money someone else will write down ("she will record it herself"); an entry
  made before, said so with "no need"; a price now against an old one; the price of a thing in a
  country or a town, no word of the person's; a metal's or a coin's price for the day, or per a
  gold weight; what others pay set beside what the person pays; a message from someone else
  quoted.
- Money in: money sent to the person, with its app or the word of a transfer ("mum transferred
  100 to me", "got 15 on venmo from jake", "cash app from mike 20", "transfer received 500");
  the payer told after the work done ("fixed a laptop for a friend, he gave me 40"); a debt paid
  back to the person ("my brother paid back the 100 he owed me"); work on the side or for a
  platform ("side hustle 250", "uber driving 180 today") and a prize won ("lottery win 50").
- Money written: a remark with a number after a ledger line ("100% worth it", "5 stars"); a
  thing got for a price ("got coffee for 4 bucks", never income); a ledger line, then the price
  others asked at the time ("uber 14 to the station, the black cabs wanted 30", "got the sofa
  for 400, they were asking 550"; not a price compared: "gym 45, the new place charges 30"); a
  refund given back said in a learner's tense ("the shop give back 89,90, product never arrive",
  "Magalu devolved the money"); a bet's loss asked to be written beside a score; a savings
  product named as one's own account ("my Premium Bonds"); one's own card cleared or settled, a
  move.
- Payments: a price paid with an app ("paid 30 on revolut for dinner") is an expense, not a
  move to it; a habit of paying told ("I always pay my sister 100 on the first"), a rate of
  pay ("my boss pays me 18 an hour"), a bill someone else pays ("my parents pay my phone
  bill, 30") and a payment taken back after its question ("pay 40 to Tom? nah") are no drafts.
- Undo: the last entry taken back in other words ("nuke that last one", "back that out", "I
  didn't mean to add that", "there's a double entry for groceries, delete one"); an entry
  taken off by its amount ("take off the 4.50 coffee") is never written.
- Conversations: an entry said to be a gift for someone named bare ("that's a gift for mum"), a
  move to gifts; an entry taken off ("take that one off", "that shouldn't be there", "I've put
  that last one in twice, can you take it off again?"); a share told as someone's half ("half of
  it is Sarah's") or owed by each of two; the people counted first ("there were 3 of us, split
  it", "for me and 2 friends").
- Amounts: among amounts nothing else chooses between, the only one a budget's own word governs
  ("budget 85 per week now, it was 70"), unless the person is unsure ("30 or 35, can't
  remember"); for any other entry, an amount a verb of paying governs beside another is still
  asked; the count bought told after the price of one ("five dollars apiece and i bought four of
  them"); a price per litre, gallon or hour said as it is, then the units the person took
  ("petrol is 1.89 the litre, i put 40 litres"); what was paid in the end once cashback, a
  voucher or a returned thing is taken off; a key held down ("tennner"); one part of a price
  paid in instalments said beside it; a letter sign written onto its number ("999kr", "45zł",
  "89Kč", "2500Ft"); texting's "bucs" and "whr"."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    "text",
    [
        "2:0 for arsenal!!",
        "Brazil beat Chile 2 x 0 yesterday",
        "Flamengo win 3 x 1 tonight 😄",
        "we lost 1:4 at home, awful",
        "3-1 to the Reds 🎉",
        "kkr 212/5 in 20 overs, mi need 10.6 an over",
        "india 45 for 2 after 10 overs",
        "seat 14C row 14, terminal 5",
        "row 3F, gate 22",
    ],
)
def test_a_score_or_a_seat_is_no_money(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "My wife bought a new kettle, 60 euros. She will record it herself.",
        "husband paid the plumber 180, he'll log it on his phone",
        "flatmate got the cleaning stuff 22, she logs it herself",
        "already put the bakery 18,50, no need",
        "already did the gas 45 this morning, no need",
        "kebab 9,50 now, was 6 last year",
        "beer 7 now, was 5 before",
        "In Vietnam one bowl of pho only 40 thousand dong",
        "in japan a coffee is 500 yen",
        "in Lisbon a tram ticket costs 3 euros",
        "gold today 9tr2 per chi",
        "btc now 64k lol",
        "silver this morning 31.20",
        "gold 62,000 a tola in the market",
        "Our neighbours pay 3'800 rent for the same flat, we pay 3'200 ha",
        "my friends earn 4k and i earn 3k, unfair",
        "Pedro sent message: 'you forgot your part of the bbq, R$ 120'",
        "need to pay the council tax 160 before friday",
        "gave blood today, got a free biscuit",
        "got a job offer for 45k",
        "they offered me the job at 52k, thinking about it",
        "the coffee was on the house",
        "have to pay the water bill 84 by the 20th",
        "my landlord wrote: 'rent is 950 from next month'",
    ],
)
def test_money_someone_else_writes_or_a_price_in_general_is_left_alone(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("the shop give back 89,90, product never arrive", Intent.ADD_REFUND, "89.90"),
        ("shopee give back 120k, the order never come", Intent.ADD_REFUND, "120000"),
        ("Magalu devolved the money of the blender, R$ 189,00", Intent.ADD_REFUND, "189.00"),
        ("the store devolved me 45 for the broken lamp", Intent.ADD_REFUND, "45"),
        ("lost 50 on the bet w rafa, palmeiras lost 2x0 😤 add it pls", Intent.ADD_EXPENSE, "50"),
        ("put 100 in my emergency fund", Intent.TRANSFER, "100"),
        ("move £200 over to my premium bonds", Intent.TRANSFER, "200"),
        ("move 300 into the money market account", Intent.TRANSFER, "300"),
        ("cleared my credit card, 1,200", Intent.TRANSFER, "1200"),
        ("settled the amex balance 340", Intent.TRANSFER, "340"),
    ],
)
def test_money_back_a_bet_or_a_saving_is_written(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "they never gave me back my 50, parcel never arrived",
        "the seller didnt give back the 30, the item never arrive",
    ],
)
def test_money_not_given_back_is_no_refund(text: str) -> None:
    assert read(text).intent is not Intent.ADD_REFUND


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("stormberg softshell jacket 999kr", "999", "SEK"),
        ("lunch 120kr", "120", "SEK"),
        ("lunch 45zł", "45", "PLN"),
        ("beer 89Kč", "89", "CZK"),
        ("langos 2500Ft", "2500", "HUF"),
    ],
)
def test_a_letter_sign_written_onto_its_number_is_its_currency(
    text: str, amount: str, currency: str
) -> None:
    reading = read(text, home_currency="SEK")
    assert reading.amount == Decimal(amount)
    assert reading.currency == currency


def test_feet_written_onto_a_number_stay_a_length() -> None:
    assert read("shelf 6ft, 45 euros").amount == Decimal("45")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("uber 23 bucs last nite", Intent.ADD_EXPENSE, "23"),
        ("pizza 15 buks", Intent.ADD_EXPENSE, "15"),
        ("whr does all my mony go lol", Intent.QUERY_BREAKDOWN, None),
    ],
)
def test_texting_spellings_are_read(text: str, intent: Intent, amount: str | None) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("coffee 4.50", "take that one off"),
        ("groceries 45", "oops, that shouldn't be there"),
        ("bus 2.80", "that one should not be in there"),
        ("coffee 4.50", "can you take it off again?"),
        ("coffee 4.50", "I think I've put that last one in twice. Can you take it off again?"),
        ("lunch 12", "Oh bother, I put it in twice"),
        ("cinema 24", "oh dear, I've logged that last one twice"),
    ],
)
def test_an_entry_taken_off_after_it_is_an_undo(earlier: str, text: str) -> None:
    assert after(earlier, text).intent is Intent.UNDO


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("taxi 40", "half of it is Sarah's", "40"),
        ("dinner 60", "half of that goes to Ben", "60"),
        ("brunch 48", "Lily and Sam each owe me a third", "48"),
        ("pizza 36", "Tom and Jo both owe me", "36"),
        ("dinner 90", "there were 3 of us, split it", "90"),
        ("dinner 90", "that was for me and 2 friends, split it", "90"),
        ("dinner 90", "we were four, split it", "90"),
    ],
)
def test_a_share_told_after_an_expense_splits_it(earlier: str, text: str, amount: str) -> None:
    reading = after(earlier, text)
    assert (reading.intent, reading.amount) == (Intent.SPLIT_EXPENSE, Decimal(amount))


@pytest.mark.parametrize(
    ("earlier", "text"),
    [("taxi 40", "half of it is mine"), ("taxi 40", "half of that is for the kids")],
)
def test_a_half_that_names_no_one_shares_nothing(earlier: str, text: str) -> None:
    assert after(earlier, text).intent is not Intent.SPLIT_EXPENSE


@pytest.mark.parametrize(
    ("text", "ways"),
    [
        ("there were 3 of us, dinner 90 split", 3),
        ("me and 2 friends had pizza 45, split it", 3),
        ("we were 4 at dinner, 120 split evenly", 4),
    ],
)
def test_the_people_counted_first_are_the_split_not_its_amount(text: str, ways: int) -> None:
    reading = read(text)
    assert reading.intent is Intent.SPLIT_EXPENSE
    assert reading.split_ways == ways


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("dentist 450, in 3 instalments of 150", "450"),
        ("new phone 1200 in 12 payments of 100", "1200"),
        ("sofa 900, paid in 3x of 300", "900"),
    ],
)
def test_a_part_paid_in_instalments_beside_the_price_is_not_added(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("raffle tickets were five dollars apiece and i bought four of them", "20"),
        ("tickets were 12 each and we got three", "36"),
        ("cupcakes 3 each and i got a dozen", "36"),
        ("shirts 20 each and i only bought one", "20"),
        ("petrol is 1.89 the litre, i put 40 litres", "75.60"),
        ("gas 3.20 a gallon, filled 12 gallons", "38.40"),
        ("parking is 2 an hour, stayed 4 hours", "8"),
        ("groceries 312,45 but i used cashback of 12,45 so 300 in the end", "300"),
        ("shoes 90 with a 20 voucher so 70", "70"),
        ("paid a tennner for parking", "10"),
        ("taxi a fiverrr", "5"),
    ],
)
def test_what_was_paid_is_worked_out_from_how_it_was_told(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize("text", ["fuel is 1.75 a litre now", "got 25 cashback from amex"])
def test_a_price_per_litre_alone_or_cashback_received_is_no_expense(text: str) -> None:
    assert read(text).intent is not Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    "text",
    [
        # (beside a limit, "gift swap, 20 limit and i went over, spent 24.50 on a scarf", the
        # amount spent is read since the twenty-fifth round: a limit is never the price paid)
        "the shop refunded the kettle 2,499, they said 3-5 days but it came in 1",
        # (a refund beside the price first paid, "…, i had paid 39,98 for 2", is read since
        # the twenty-fourth round: the price after "I had paid" is never the money back)
        "grandma sent me 80 for my bday, 27 already",
    ],
)
def test_an_amount_a_verb_of_paying_governs_beside_another_is_still_asked(text: str) -> None:
    reading = read(text)
    assert reading.amount is None
    assert len(reading.amount_choices) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "spent 30 or 35 at the market i cant remember",
        "paid 40 for the cab, or was it 45, not sure",
        "spent 12 on lunch and then 8 on coffee, paid 3 for parking",
    ],
)
def test_amounts_the_person_is_unsure_of_or_several_paid_are_asked(text: str) -> None:
    assert read(text).amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bike taxi 89 last night, the auto guys were asking 250", "89"),
        ("uber 14 to the station, the black cabs wanted 30", "14"),
        ("got the sofa for 400, they were asking 550 at first", "400"),
        ("bought the jacket for 60, the other shop wanted 95", "60"),
        ("taxi 18 from the airport, the guy asked 35 but i said no", "18"),
    ],
)
def test_a_line_then_the_price_others_asked_writes_the_line(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "the cabs wanted 30 to the station",
        "the fancy place charges 60 for a haircut",
        "gym 45, the new place charges 30",
        "coffee 4.50 at Pret, Costa charges 3.90",
        "rent 1200, landlord wants 1350 from march",
        "jacket 80, but i said no",
        "lottery jackpot 12 million this week, the office is pooling 2 each. I'm not joining",
    ],
)
def test_a_price_others_ask_alone_is_no_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "sold the old bike for 120, he offered 100 i said 120 he said ok",
        "Sold my old desk on marketplace for 80 €, the buyer first offered only 60.",
        "sold my guitar for 300, she wanted it for 250 lol",
    ],
)
def test_a_sale_told_beside_the_buyers_offer_is_income_at_the_price_sold(text: str) -> None:
    reading = read(text)
    assert reading.intent is Intent.ADD_INCOME
    assert reading.amount == Decimal(re.search(r"for (?:£|€|\$)?(\d+)", text).group(1))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("side hustle 250 this week", "250"),
        ("side gig paid 120 today", "120"),
        ("uber driving 180 today", "180"),
        ("deliveroo shifts 95 this weekend", "95"),
        ("lottery win 50", "50"),
        ("bingo winnings 40", "40"),
    ],
)
def test_work_on_the_side_or_a_prize_won_is_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("paid for uber driving lessons 180", "180"), ("bought a lottery ticket 5", "5")],
)
def test_paying_for_such_things_stays_an_expense(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("my brother paid back the 100 he owed me", "100"),
        ("my sister paid back the 50 she borrowed from me", "50"),
    ],
)
def test_a_debt_paid_back_to_the_person_is_money_in(text: str, amount: str) -> None:
    reading = read(text)
    assert reading.intent in (Intent.ADD_INCOME, Intent.ADD_REFUND)
    assert reading.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("fixed a laptop for a friend, he gave me 40", "40"),
        ("walked the neighbour's dog all week, she paid me 35", "35"),
        ("helped Tom move house and he slipped me 50", "50"),
    ],
)
def test_the_payer_told_after_the_work_done_is_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


def test_a_share_handed_back_after_a_bill_is_not_income() -> None:
    assert read("dinner 60, she gave me 30 for her half").intent is not Intent.ADD_INCOME


def test_something_free_beside_a_price_paid_is_still_written() -> None:
    assert_read_as("got a free upgrade, paid 40 for the room", Intent.ADD_EXPENSE, "40")


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("amazon 35", "that's a gift for mum"),
        ("book 15", "that was a gift for Sam"),
        ("boots 60", "that's a gift for dad"),
    ],
)
def test_a_gift_for_someone_named_bare_moves_the_entry(earlier: str, text: str) -> None:
    reading = after(earlier, text)
    assert reading.intent is Intent.RECATEGORIZE
    assert reading.category == "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES"


@pytest.mark.parametrize(
    "text",
    [
        "nuke that last one",
        "back that out please",
        "i didn't mean to add that",
        "there's a double entry for groceries, delete one",
        "take out the last entry",
    ],
)
def test_the_last_entry_taken_back_in_other_words_is_an_undo(text: str) -> None:
    assert read(text).intent is Intent.UNDO


@pytest.mark.parametrize("text", ["take off the 4.50 coffee", "take out the 12 lunch"])
def test_an_entry_taken_off_by_its_amount_is_never_written(text: str) -> None:
    assert not read(text).intent.writes or read(text).intent is Intent.UNDO


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("mum transferred 100 to me", "100"),
        ("got 15 on venmo from jake for pizza", "15"),
        ("cash app from mike 20", "20"),
        ("transfer received 500", "500"),
        ("received 40 via paypal from a buyer", "40"),
    ],
)
def test_money_sent_to_the_person_is_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("sent 15 on venmo to jake", Intent.ADD_EXPENSE),
        ("i transferred 100 to my savings", Intent.TRANSFER),
    ],
)
def test_money_the_person_sent_is_no_income(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("the vet 19.50, 100% worth it", "19.50"),
        ("haircut 20, 5 stars", "20"),
        ("got coffee for 4 bucks, my 2nd time this week", "4"),
        ("got the bike for 120 on ebay", "120"),
    ],
)
def test_a_remark_with_a_number_after_a_ledger_line_unsays_nothing(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my first car cost 800 in 1989", Intent.OTHER),
        ("rent 1200 since 2019 same price, lucky me", Intent.OTHER),
        ("the cafe got 4.8 stars and 312 reviews", Intent.OTHER),
        ("got 300 for the logo job", Intent.ADD_INCOME),
    ],
)
def test_a_year_long_ago_a_rating_alone_or_money_got_still_read_so(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "I always pay my sister 100 on the first",
        "we always send mum 200 at christmas",
        "my boss pays me 18 an hour",
        "my parents pay my phone bill, 30",
        "mum pays my gym 40",
        "pay 40 to Tom? nah",
        "pay Tom 40? no wait",
        "send Ana 25 for the tickets, maybe not",
    ],
)
def test_a_payment_habit_a_rate_another_pays_or_a_payment_taken_back_is_no_draft(
    text: str,
) -> None:
    assert read(text).intent is Intent.OTHER


def test_a_payment_confirmed_after_its_question_is_drafted() -> None:
    assert_read_as("pay Tom 40? yes please", Intent.DRAFT_PAYMENT, "40")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("kids activities budget 85 per week now, it was 70", "85"),
        ("set a budget of 300 for groceries, I spent 340 last month", "300"),
        ("cap my coffee at 40 a month, I spent 65 in october", "40"),
        ("limit takeaways to 60 a month, was spending 120", "60"),
    ],
)
def test_a_budgets_amount_is_the_one_its_word_governs(text: str, amount: str) -> None:
    assert_read_as(text, Intent.SET_BUDGET, amount)


def test_a_move_never_takes_an_amount_spent_beside_it() -> None:
    assert read("move 300 to savings, I spent 40 already").amount == Decimal("300")


@pytest.mark.parametrize(
    "text",
    [
        "side hustle idea: sell 50 candles at 10 each",
        "petrol is 1.89 the litre at the moment, I put 40 litres in last week",
        "she gave me 3 options, 40 or 60",
    ],
)
def test_an_idea_a_price_of_the_moment_or_options_given_are_no_entries(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("paid 30 on revolut for dinner", Intent.ADD_EXPENSE),
        ("paid 20 via paypal for the ticket", Intent.ADD_EXPENSE),
        ("paid 200 into my revolut", Intent.TRANSFER),
        ("put 200 on revolut for the trip", Intent.TRANSFER),
    ],
)
def test_a_price_paid_with_an_app_is_an_expense_money_put_on_it_a_move(
    text: str, intent: Intent
) -> None:
    assert read(text).intent is intent
