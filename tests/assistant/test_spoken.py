from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import parse
from lingassist.assistant.spoken import choose_reading, repair_transcript

PAYEES = ("Alice Martin", "John Carter", "Lucas", "Dr. Patel")


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        # the leading verb, heard as a near word, only when there is an amount
        ("And $46 for lunch at Red Lobster.", "Add $46 for lunch at Red Lobster."),
        ("and 7.99 for Netflix", "add 7.99 for Netflix"),
        ("AND €20 for lunch", "ADD €20 for lunch"),
        ("Long 46.75 at Subway today.", "Log 46.75 at Subway today."),
        ("Lot $1,867 at Dunkin last night.", "Log $1,867 at Dunkin last night."),
        ("At $17 for a gift at Target.", "Add $17 for a gift at Target."),
        ("And last month?", "And last month?"),
        ("Coffee and $5 tip", "Coffee and $5 tip"),
        ("I spent $12 at Shell", "I spent $12 at Shell"),
        ("How much did I spend in 2025?", "How much did I spend in 2025?"),
        ("Show $50 transactions", "Show $50 transactions"),
        # a payee after an unknown word, "Add" or "Log" is a payment
        ("And John Carter, $23 for the fuel.", "Pay John Carter, $23 for the fuel."),
        ("The Alice Martin $50 for the tickets.", "Pay Alice Martin $50 for the tickets."),
        ("Send Lucas $20", "Send Lucas $20"),
        # amounts split in two
        ("Paid $4.00 and $35.00 at Uber.", "Paid $435 at Uber."),
        ("Pay Lucas 400 and $75 for supplies.", "Pay Lucas $475 for supplies."),
        ("Pay Dr. Patel, $200, $10 for food.", "Pay Dr. Patel, $200 and $10 for food."),
        ("Paid $56 and $60 at Netflix", "Paid $56.60 at Netflix"),
        ("Paid $40 and $0.60 at Costco", "Paid $40.60 at Costco"),
        ("Add $50, $20 for dinner", "Add $50.20 for dinner"),
        ("Paid $42 and $5.99 at Costco", "Paid $42 and $5.99 at Costco"),
        ("I spent $100 and $60 at Walmart", "I spent $100 and $60 at Walmart"),
        ("Paid $5 and $10 dollars", "Paid $5 and 10 dollars"),  # not cents: "dollars" said
        # a spoken price written as one number; years and long numbers stay
        ("Send Dr. Patel 5975 for food.", "Send Dr. Patel 59.75 for food."),
        ("Log 4875 at Delta", "Log 48.75 at Delta"),
        ("Log 2025 at Delta", "Log 2025 at Delta"),
        ("Add 1205 for lunch", "Add 1205 for lunch"),
        ("Add 12345 for lunch", "Add 12345 for lunch"),
        ("Add $1,867 for rent", "Add $1,867 for rent"),
        # ... also at the end of a sentence or a clause: "." or "," then a space or the end
        ("Sandwich at Deli Barn, 1345.", "Sandwich at Deli Barn, 13.45."),
        ("Car wash 2875, on Sunday", "Car wash 28.75, on Sunday"),
        ("Cinema 1690,", "Cinema 16.90,"),
        # ... but a "." or "," before a digit is a decimal mark or a thousands separator
        ("Paid 1345.50 for the tiles", "Paid 1345.50 for the tiles"),
        ("Paid 1345,50 for the tiles", "Paid 1345,50 for the tiles"),
        ("Paid 13,450. That was the car", "Paid 13,450. That was the car"),
        ("How much did I spend in 2024.", "How much did I spend in 2024."),
        ("Add 1305.", "Add 1305."),
        # "budget" misheard in "Set a budget of ..."
        ("Set a market on 650 pounds for travel.", "Set a budget of 650 pounds for travel."),
        ("set my ticket at $62 for shopping", "Set a budget of $62 for shopping"),
        ("Set a monthly budget on $300 for rent", "Set a monthly budget on $300 for rent"),
        ("Set the rent to 900", "Set the rent to 900"),
        # the currency word said wins over the symbol Whisper wrote
        ("Send Lucas $520 euros for dinner", "Send Lucas 520 euros for dinner"),
        # a payee's abbreviated title said in full (only for a payee the person has)
        ("Pay doctor, Patel, $15 for lunch.", "Pay Dr. Patel, $15 for lunch."),
        ("Send Doctor Patel 58 dollars", "Send Dr. Patel 58 dollars"),
        ("Pay Dr Patel $15", "Pay Dr. Patel $15"),
        ("Pay the doctor $20", "Pay the doctor $20"),
        ("Pay doctor Patelson $20", "Pay doctor Patelson $20"),
        # money told in the past is heard right: never mended to a command verb
        ("Sold my old phone for $110.", "Sold my old phone for $110."),
        ("Had lunch with Tom, $18", "Had lunch with Tom, $18"),
        ("Made $60 babysitting", "Made $60 babysitting"),
    ],
)
def test_repairs_what_whisper_predictably_mishears(heard: str, meant: str) -> None:
    assert repair_transcript(heard, PAYEES) == meant


@pytest.mark.parametrize(
    ("heard", "intent", "amount", "currency", "name"),
    [
        ("And $46 for lunch at Red Lobster.", "add_expense", "46", "USD", "Red Lobster"),
        ("Long 4875 at Delta yesterday.", "add_expense", "48.75", "USD", "Delta"),
        ("Paid $4.00 and $35.00 at Uber for fuel.", "add_expense", "435", "USD", "Uber"),
        ("Paid $56 and $60 spent at Netflix.", "add_expense", "56.60", "USD", "Netflix"),
        ("And John Carter, $23 for the fuel.", "draft_payment", "23", "USD", "John Carter"),
        ("Send Lucas 500 and $20 euros for dinner.", "draft_payment", "520", "EUR", "Lucas"),
        ("Set a market on 650 pounds for travel.", "set_budget", "650", "GBP", None),
    ],
)
def test_the_repaired_command_parses_as_said(
    heard: str, intent: str, amount: str, currency: str, name: str | None
) -> None:
    command = parse(
        repair_transcript(heard, PAYEES),
        today=date(2026, 11, 23),
        known_merchants=["Olive Garden", "Delta", "Uber", "Netflix"],
        known_payees=PAYEES,
        default_currency="USD",
    )
    assert command.intent.value == intent
    assert command.amount == Decimal(amount) and command.currency == currency
    assert (command.merchant or command.payee) == name


KNOWN_MERCHANTS, KNOWN_PAYEES = ["Subway", "Best Buy"], ["Emma", "Dr. Patel"]


def _understand(reading: str):  # type: ignore[no-untyped-def]
    return parse(
        repair_transcript(reading, KNOWN_PAYEES),
        today=date(2026, 11, 23),
        known_merchants=KNOWN_MERCHANTS,
        known_payees=KNOWN_PAYEES,
        default_currency="USD",
    )


@pytest.mark.parametrize(
    ("readings", "chosen"),
    [
        # a runner-up names a known merchant the best reading garbled
        (("Long 46.75 at some way today.", "Long 46.75 at Subway today."), 1),
        # ... or a known payee
        (("Pay him a $50 for babysitting.", "Pay Emma $50 for babysitting."), 1),
        # a runner-up with an amount where the best has none
        (("And Emma made the year-old.", "Send Emma 80 euros for the hotel."), 1),
        # no runner-up says more: the best reading stands
        (("Log 12 at Subway today.", "Log 12 at Subway to day."), 0),
        # the first of two equally better runners-up wins
        (("Pay him a $15.", "Pay Emma $15.", "Pay Emma $50."), 1),
        # a runner-up that only names an unknown place is no better
        (("Log 30 at some way.", "Log 30 at Some Day."), 0),
    ],
)
def test_choose_reading_prefers_what_the_ledger_knows(
    readings: tuple[str, ...], chosen: int
) -> None:
    assert (
        choose_reading(readings, _understand, [*KNOWN_MERCHANTS, *KNOWN_PAYEES]) == readings[chosen]
    )


@pytest.mark.parametrize(
    ("readings", "chosen"),
    [
        # a four-digit number that a runner-up wrote as a price with cents: a price
        (("Subway, $1,645 today.", "Subway 16.45 today."), "Subway, $16.45 today."),
        (("Log 2390 at Subway.", "Log $23.90 at Subway."), "Log 23.90 at Subway."),
        (("Best Buy, 1985.", "Best Buy in 1985.", "Best Buy 19.85."), "Best Buy, 19.85."),
        # ... kept when the runner-up is the one chosen, and fine when it already has cents
        (("Pay him a $3,120.", "Pay Emma $31.20."), "Pay Emma $31.20."),
        # no runner-up wrote those digits as a price: left as heard
        (("Subway $1,645 today.", "Subway $1,645 to day."), "Subway $1,645 today."),
        (("Best Buy $1,645.", "Best Buy $16.40."), "Best Buy $1,645."),
        # three digits, a tail of 00, five digits, a number with its own decimals: left
        (("Subway $345 today.", "Subway $3.45 today."), "Subway $345 today."),
        (("Best Buy $1,200.", "Best Buy $12.00."), "Best Buy $1,200."),
        (("Best Buy $16,450.", "Best Buy $16.45."), "Best Buy $16,450."),
        (("Best Buy $1,645.50", "Best Buy $16.45"), "Best Buy $1,645.50"),
    ],
)
def test_choose_reading_writes_a_price_as_a_runner_up_heard_it(
    readings: tuple[str, ...], chosen: str
) -> None:
    assert choose_reading(readings, _understand, [*KNOWN_MERCHANTS, *KNOWN_PAYEES]) == chosen


def test_choose_reading_with_one_or_no_reading() -> None:
    assert choose_reading(("Log 12 at Subway",), _understand, KNOWN_MERCHANTS) == "Log 12 at Subway"
    assert choose_reading((), _understand, KNOWN_MERCHANTS) == ""


def test_a_transcripts_joined_price_is_its_cents() -> None:
    from datetime import date
    from decimal import Decimal

    from lingassist.assistant import parse
    from lingassist.assistant.spoken import spoken_price

    asked = parse("Starbucks, 625 this morning.", today=date(2026, 11, 18), default_currency="USD")
    assert asked.amount is None and asked.amount_choices == (Decimal("6.25"), Decimal("625"))
    heard = spoken_price(asked)
    assert heard.amount == Decimal("6.25") and "amount" not in heard.missing
    typed_two = parse("gas 41 then parking 6.50", today=date(2026, 11, 18), default_currency="USD")
    assert spoken_price(typed_two).amount is None  # two prices said: still asked
