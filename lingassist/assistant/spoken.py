"""Repairs for what speech recognition predictably mishears in a spoken command.

Only applied to transcripts, never to typed text. Each repair is a shape Whisper writes
for a command people say, measured on spoken finance commands (`bench/voice.py`):

- the leading command verb heard as a near word: "And $34 for dinner" (Add), "Long 46.75
  at Subway" (Log), "At 1795 for a gift" (Add); an unknown word, "Add" or "Log" before
  one of the person's payees is a payment ("And John Carter, $23" -> "Pay John Carter");
- an amount split in two: "$4.00 and $35.00" (four hundred and thirty five), "500 and
  $20", "$200, $10", and dollars with their cents as a second amount: "$56 and $60"
  (fifty six dollars and sixty cents), "$40 and $0.60", "$50, $20" (fifty twenty);
- a spoken price written as one bare number: "5975" for "fifty nine seventy five", also
  at the end of a sentence or clause ("1185.", "2250,");
- a symbol that contradicts the currency said: "$520 euros" (the said word wins);
- "budget" heard as another word after "Set a": "Set a market on 650 pounds for travel";
- a payee's title said in full: "Pay doctor, Patel, $15" -> "Pay Dr. Patel, $15".

The parser then reads the repaired text as it reads typed text. When Whisper's beam
nearly chose other readings (`Transcript.alternatives`), `choose_reading` prefers one that
says more the person's ledger recognises: "Long 46.75 at Subway today" over "Long 46.75 at
some way today" when Subway is a known merchant; and a four-digit number in the reading
chosen ("$8,740") is written as the price another reading wrote ("$87.40").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from rapidfuzz.distance import Levenshtein

from lingassist.assistant.lexicon import CENT_SCALE_CURRENCIES, TYPICAL_LEAST, TYPICAL_MOST
from lingassist.assistant.money_rules import CENT
from lingassist.assistant.types import Intent, ParsedCommand

COMMAND_VERBS = ("add", "log", "pay", "send", "spent", "paid")
"""Verbs a spoken command starts with, that a misheard first word is mapped back to."""

SENTENCE_STARTS = frozenset(
    {
        "i", "i'm", "we", "my", "how", "what", "why", "when", "where", "which", "who",
        "show", "list", "set", "put", "move", "transfer", "undo", "redo", "help",
        "bought", "got", "received", "record", "track", "note", "budget",
        # money told in the past, as people start telling it ("Sold my old phone for …" was
        # mended to "Send my old phone …", a payment)
        "sold", "made", "won", "lost", "earned", "gave", "lent", "saved", "split", "tipped",
        "returned", "refunded", "took", "had", "owe", "owed",
    }
)  # fmt: skip
"""First words that start a command or question as heard: never 'repaired'."""

_FIRST_WORD = re.compile(r"^(\s*)([A-Za-z']+)")
_HAS_AMOUNT = re.compile(r"[$€£]\s?\d|\d|\b(?:dollars?|euros?|pounds?|cents?)\b", re.I)
_SYMBOL = r"[$€£]"

_HUNDREDS_AS_UNITS = re.compile(rf"({_SYMBOL})([1-9])\.00,? and {_SYMBOL}?([1-9]\d?)(?:\.00)?\b")
_HUNDREDS_UNMARKED = re.compile(rf"(?<![\d$€£.,])([1-9]00),? and ({_SYMBOL})([1-9]\d?)\b(?![.,]\d)")
_HUNDREDS_COMMA = re.compile(rf"({_SYMBOL}[1-9]\d*00), ({_SYMBOL}?[1-9]\d?)\b(?![.,]\d)")
_CENTS_AS_DOLLARS = re.compile(
    rf"({_SYMBOL})([1-9]\d?)(?:,| and) {_SYMBOL}(?:0\.)?([1-9]\d?)(?:\.00)?\b(?![.,]\d)"
    r"(?!\s*(?:hundred|thousand|dollars?|euros?|pounds?))"
)
_BARE_PRICE = re.compile(
    r"(?<![\d$€£.,:/#-])([1-9]\d)(\d{2})(?![\d:/%-]|[.,]\d)(?!\s*(?:st|nd|rd|th)\b)"
)  # a "." or "," after the number ends the sentence or clause ("1185.", "2250,"); before a
# digit it is a decimal mark or a thousands separator, and the number is left alone
_SYMBOL_BEFORE_WORD = re.compile(rf"{_SYMBOL}(\d[\d,.]*) (dollars?|euros?|pounds?)\b", re.I)
_BUDGET_MISHEARD = re.compile(
    r"^(\s*)set\s+(?:a\s+|my\s+|the\s+)?(?:monthly\s+|weekly\s+)?(?!budget\b)[a-z]+\s+"
    r"(?:on|of|to|at)\s+(?=[$€£]?\d.*\bfor\b)",
    re.IGNORECASE,
)
TITLES = {"dr": "doctor", "mr": "mister", "mrs": "missus|misses", "ms": "miz", "prof": "professor"}
"""Abbreviated titles of a payee's name -> the words said for them."""

YEARS = range(1950, 2100)
"""Four-digit numbers read as years, never as a spoken price ("in 2025")."""


def repair_transcript(text: str, payees: Iterable[str] = ()) -> str:
    """A command as it was most likely said (see the module docstring for each shape)."""
    names = tuple(payees)
    repaired = _BUDGET_MISHEARD.sub(r"\1Set a budget of ", _repair_amounts(text))
    return _repair_verb(_repair_titles(repaired, names), names)


def _repair_titles(text: str, payees: tuple[str, ...]) -> str:
    """A payee written with an abbreviated title ("Dr. Patel") heard with the title said
    in full, maybe with a comma after it ("doctor, Patel"): written as the payee is."""
    for payee in payees:
        title, _, rest = payee.partition(" ")
        spoken = TITLES.get(title.rstrip(".").casefold())
        if spoken is None or not rest:
            continue
        heard = rf"\b(?:{spoken}|{re.escape(title.rstrip('.'))}\.?),?\s+{re.escape(rest)}\b"
        text = re.compile(heard, re.IGNORECASE).sub(payee.replace("\\", r"\\"), text)
    return text


def _repair_amounts(text: str) -> str:
    text = _HUNDREDS_AS_UNITS.sub(lambda m: f"{m[1]}{int(m[2]) * 100 + int(m[3])}", text)
    text = _HUNDREDS_UNMARKED.sub(lambda m: f"{m[2]}{int(m[1]) + int(m[3])}", text)
    text = _HUNDREDS_COMMA.sub(r"\1 and \2", text)
    text = _CENTS_AS_DOLLARS.sub(lambda m: f"{m[1]}{m[2]}.{int(m[3]):02d}", text)
    text = _BARE_PRICE.sub(_bare_price, text)
    return _SYMBOL_BEFORE_WORD.sub(r"\1 \2", text)


def _bare_price(match: re.Match[str]) -> str:
    """ "5975" -> "59.75": Whisper writes real thousands with a separator ("$1,867")."""
    if int(match[0]) in YEARS or int(match[2]) < 10:
        return match[0]
    return f"{match[1]}.{match[2]}"


def _repair_verb(text: str, payees: tuple[str, ...]) -> str:
    """Map a misheard first word back to the command verb, when there is an amount."""
    match = _FIRST_WORD.match(text)
    if match is None or not _HAS_AMOUNT.search(text):
        return text
    heard, rest = match[2].lower(), text[match.end() :]
    verb = heard if heard in COMMAND_VERBS else _nearest_verb(heard)
    to_payee = heard not in SENTENCE_STARTS and _starts_with_name(rest, payees)
    if to_payee and verb in (None, "add", "log"):
        verb = "pay"  # "And John Carter, $23", "The Alice Martin 500": a payment
    if verb is None:
        return text
    if verb == heard:
        return text
    return match[1] + _same_case(match[2], verb) + rest


def _nearest_verb(heard: str) -> str | None:
    """The command verb `heard` most likely was: one edit away, or two with the same
    first letter ("at" -> "add"); None for words that really start a sentence."""
    if heard in SENTENCE_STARTS:
        return None
    best = min(COMMAND_VERBS, key=lambda verb: Levenshtein.distance(heard, verb))
    distance = Levenshtein.distance(heard, best)
    if distance <= 1 or (distance == 2 and heard[0] == best[0] and len(heard) <= 4):
        return best
    return None


def _starts_with_name(rest: str, names: tuple[str, ...]) -> bool:
    words = rest.strip(" ,").casefold()
    return any(words.startswith(name.casefold()) for name in names if name)


def _same_case(heard: str, word: str) -> str:
    if heard.isupper() and len(heard) > 1:
        return word.upper()
    return word.capitalize() if heard[0].isupper() else word


def choose_reading(
    readings: Sequence[str],
    understand: Callable[[str], ParsedCommand],
    known_names: Iterable[str],
) -> str:
    """The reading of a spoken command to act on, from Whisper's best reading first and
    its close runners-up after.

    A reading counts a point for an amount and a point for naming a merchant or payee the
    person knows (as `understand`, the parser with the ledger's names, reads it). The best
    reading stands unless a runner-up scores more; the first of those wins. Only the
    reading chosen is shown and acted on, editable like typed text.
    """
    if len(readings) < 2:
        return readings[0] if readings else ""
    names = {name.casefold() for name in known_names}

    def points(reading: str) -> int:
        command = understand(reading)
        name = command.merchant or command.payee
        return (command.amount is not None) + (name is not None and name.casefold() in names)

    best, best_points = readings[0], points(readings[0])
    for reading in readings[1:]:
        found = points(reading)
        if found > best_points:
            best, best_points = reading, found
    return _prices_as_the_beam_wrote_them(best, readings)


_FOUR_DIGITS = re.compile(r"(?<![\d.,])[1-9],?\d{3}(?![\d%]|[.,]\d)")
_PRICE_WITH_CENTS = re.compile(r"(?<![\d.,])(\d{2})\.(\d{2})(?!\d)")


def _prices_as_the_beam_wrote_them(chosen: str, readings: Sequence[str]) -> str:
    """`chosen` with a four-digit number ("1185", "$8,740", "1970") written as a price
    ("11.85", "$87.40", "19.70") when another of Whisper's readings wrote those digits
    with cents: the beam itself heard a price said in two parts there.

    Three digits are left alone: a runner-up wrote "$1.50" for "one hundred and fifty
    dollars" and "$2.51" for "two hundred and fifty one dollars" on espeak speech as
    surely as "6.25" for "six twenty five" (bench/README.md). So are tails of "00", and
    numbers with more digits or with decimals of their own.
    """
    prices = {whole + cents for r in readings for whole, cents in _PRICE_WITH_CENTS.findall(r)}

    def with_cents(match: re.Match[str]) -> str:
        digits = match[0].replace(",", "")
        if digits not in prices or digits.endswith("00"):
            return match[0]
        return f"{digits[:2]}.{digits[2:]}"

    return _FOUR_DIGITS.sub(with_cents, chosen) if prices else chosen


def cents_may_be_meant(intent: Intent, amount: Decimal, category: str, currency: str) -> bool:
    """True when a whole number of 3 or 4 digits is far above what one purchase of its kind
    costs and its hundredth is not ("Starbucks 625", "Sephora 6240"): a price said in two
    parts ("six twenty five") that speech may have written as one number, in a currency
    counted in cents. A round hundred ("season ticket 1200") is said as hundreds."""
    most = TYPICAL_MOST.get(category)
    if intent not in _PRICED or most is None or currency not in CENT_SCALE_CURRENCIES:
        return False
    whole = amount == amount.to_integral_value() and 100 <= amount < 10_000
    return whole and bool(amount % 100) and amount > _FAR_ABOVE * most and amount / 100 <= most


_PRICED = (Intent.ADD_EXPENSE, Intent.ADD_REFUND, Intent.SPLIT_EXPENSE)  # a thing's price
_PAID_FOR = (*_PRICED, Intent.DRAFT_PAYMENT)  # a thing's price, or a payment for it
_FAR_ABOVE = 4  # "parking fine 120", "concert merch 130": above the usual, not absurd


_DIGITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# A price said as a digit (or a teen) and tens, no currency word: "one forty", "four fifty",
# "one forty two", "eighteen fifty"
_DIGIT_AND_TENS = re.compile(
    rf"(?P<digit>{'|'.join(_DIGITS + _TEENS)})[\s-]+"
    rf"(?:(?P<tens>{'|'.join(_TENS)}|oh|o)(?:[\s-]+(?P<unit>{'|'.join(_DIGITS)}))?|"
    rf"(?P<teen>{'|'.join(_TEENS)}))",
    re.I,
)
# Money received that is often small: "interest one twenty" may be 1.20
_SMALL_INCOME = frozenset({"INCOME_INTEREST_EARNED", "INCOME_DIVIDENDS"})


def digit_and_tens_readings(said: str) -> tuple[Decimal, Decimal] | None:
    """The two prices words like "one forty two" can mean, units and hundreds (1.42, 142;
    "eighteen fifty": 18.50, 1,850), or None when `said` is not a digit and tens alone."""
    match = _DIGIT_AND_TENS.fullmatch(said.strip())
    if match is None:
        return None
    digit = (_DIGITS + _TEENS).index(match["digit"].lower()) + 1  # "eighteen" is 18
    if match["teen"]:
        tens, unit = 10 + _TEENS.index(match["teen"].lower()), 0
    else:
        said_tens = match["tens"].lower()  # "nine oh five": no tens
        if said_tens in ("oh", "o") and not match["unit"]:
            return None
        tens = 0 if said_tens in ("oh", "o") else (_TENS.index(said_tens) + 2) * 10
        unit = _DIGITS.index(match["unit"].lower()) + 1 if match["unit"] else 0
    units = (Decimal(digit) + Decimal(tens + unit) / 100).quantize(CENT)
    return units, Decimal(digit * 100 + tens + unit)


# So many things at a price each said in words: "two espresso at one twenty each", "two
# gipfeli at one eighty each"
_COUNTED_AT_SPOKEN_PRICE = re.compile(
    r"(?P<count>[2-9]|two|three|four|five|six|seven|eight|nine)\s+[^\d]{1,40}?\s+(?:at|@)\s+"
    r"(?P<price>.+?)\s+(?:each|apiece|a\s+piece|a\s+go)",
    re.I,
)


def _each_said_magnitude(amount: Decimal, said: str, most: int | None) -> Decimal:
    """`amount` of so many things at a digit-and-tens price each (`_COUNTED_AT_SPOKEN_PRICE`),
    each read as units when one of them never costs the hundreds ("two espresso at one
    twenty each" is 2.40, not 240); otherwise as read."""
    counted = _COUNTED_AT_SPOKEN_PRICE.fullmatch(said.strip())
    readings = digit_and_tens_readings(counted["price"]) if counted else None
    if counted is None or readings is None or most is None:
        return amount
    word = counted["count"].lower()
    count = int(word) if word.isdigit() else _DIGITS.index(word) + 1
    units, hundreds = readings
    if amount == count * hundreds and hundreds > most >= units:
        return count * units
    return amount


_LEAST_SHARED = 10  # a bill shared between people: never a few coins


def said_magnitude(intent: Intent, amount: Decimal, said: str, category: str) -> Decimal:
    """Which of a digit-and-tens price's two readings (`digit_and_tens_readings`) is meant,
    from what it was for: one purchase of a kind that never costs the hundreds is the units
    ("coffee one fifty" is 1.50, "parking one forty" 1.40), one that never costs so little
    is the hundreds ("car repair one eighty five" is 185); a budget, money received that is
    no interest or dividend, or a bill shared with others is the hundreds ("cap groceries at
    six fifty per month" 650, "client paid me four fifty" 450, "split the bowling with dave
    one twenty six" 126). Otherwise `amount` as read."""
    readings = digit_and_tens_readings(said)
    most, least = TYPICAL_MOST.get(category), TYPICAL_LEAST.get(category)
    if readings is None and intent in _PRICED:
        return _each_said_magnitude(amount, said, most)
    if readings is None or amount not in readings:
        return amount
    units, hundreds = readings
    if intent in _PRICED and most is not None and hundreds > most >= units:
        return units
    teen_first = said.strip().split()[0].lower() in _TEENS
    if intent in _PAID_FOR and least is not None and units < least <= hundreds:
        # "car repair one eighty five": 185, no repair costs 1.85; "eighteen fifty for may"
        # after "send rent to my landlord": 1,850
        return hundreds
    if teen_first:
        return amount  # "twelve eighty" is read by what it paid for only
    if intent is Intent.SET_BUDGET or (
        intent is Intent.ADD_INCOME and category not in _SMALL_INCOME
    ):
        return hundreds
    if intent is Intent.SPLIT_EXPENSE and units < _LEAST_SHARED <= hundreds:
        return hundreds  # "split the bowling night with dave and rick one twenty six": 126
    return amount


def spoken_price(command: ParsedCommand) -> ParsedCommand:
    """A transcript's price asked between its cents and its whole number ("Starbucks, 625":
    $6.25 or $625?) is the cents one: Whisper writes "six twenty five" as "625" (measured on
    Piper speech, `bench/voice_piper.py`), and nobody says "six hundred and twenty five"
    for a coffee. Typed text keeps the question."""
    choices = command.amount_choices
    if command.amount is not None and cents_may_be_meant(
        command.intent, command.amount, str(command.category), str(command.currency)
    ):
        # "Sephora, $6,240": Whisper puts a separator into "sixty two forty" too
        return command.evolve(amount=(command.amount / 100).quantize(CENT))
    if command.amount is not None or len(choices) != 2 or choices[0] * 100 != choices[1]:
        return command
    missing = tuple(name for name in command.missing if name != "amount")
    return command.evolve(amount=choices[0], amount_choices=(), missing=missing)
