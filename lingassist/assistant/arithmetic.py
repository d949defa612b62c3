"""Amounts that are sums or products in the text: "3 coffees at 2.80 each" (8.40),
"2 döner à 7,50" (15.00), "4 x 2.50" (10.00), "2.80 x 2" (5.60), "2 tickets 11.50 each"
(23.00), "dinner 48 + 8 tip" (56), and the money
nicknames "a fiver" (5), "a tenner" (10), "a ton" (100), "a grand" (1000), and one of a
currency said by its name ("plus a pound tip": 1).

The combined amount's span covers every number it was computed from, so the card can
show where it came from.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from lingassist.assistant.lexicon import (
    HUNDREDS_SPOKEN,
    MEASURE_PARTS,
    MEASURE_UNITS,
    MONEY_NICKNAMES,
    NICKNAME_CURRENCIES,
    NUMBERED_PLACES,
    ONE_OF_A_CURRENCY,
    SMALL_COUNTS,
    TAXES_ON_TOP,
    TEENS,
    TENS,
    TIP_WORDS,
    UNITS,
    WAY_BACK,
)
from lingassist.assistant.money_rules import CENT, Amount, as_money
from lingassist.assistant.types import Span

# A currency's short name, as written beside a price: "45 Fr.", "CHF 3.50", "Rs 250"
_SHORT_CURRENCY = r"(?:fr|chf|sfr|kr|zł|lei|rs|eur|usd|gbp|cad|aud)"
# "a tenner", "one fiver", and a note's nickname alone: "tenner for the car wash", "pint at
# the Crown, fiver" (not "down to my last tenner")
_NICKNAME = re.compile(
    # ("pay Morag back the tenner", "his fiver": a note's nickname after any determiner)
    r"(?:\b(?:a|one)\s+|(?<!\d\s)(?<!\blast\s)(?<![\w$€£.,])(?=(?:tenner|fiver)\b)|"
    r"\b(?:the|that|this|his|her|my|your|their)\s+"
    r"(?=(?:tenner|fiver)\b))(?P<word>" + "|".join(MONEY_NICKNAMES) + r")\b"
    r"(?:\s+(?P<cents>" + "|".join(sorted({**TENS, **TEENS}, key=len, reverse=True)) + r")\b)?",
    re.I,
)
# Notes and coins counted by their nickname: "paid 2 toonies for parking", "two fivers"
_NICKNAMES_COUNTED = re.compile(
    r"\b(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|couple\s+of)\s+"
    r"(?P<word>toonie|loonie|fiver|tenner|c-note)s\b",
    re.I,
)
# "a pound tip", "a euro for the toilet": one of a currency, said by its name
_ONE_OF_A_CURRENCY = re.compile(
    r"\ba\s+(?P<word>" + "|".join(ONE_OF_A_CURRENCY) + r")\b"
    r"(?!\s+(?:of|store|shop|tree|general|a|an|per|an?\s+hour|sign|short|fifty|twenty)\b)",
    re.I,
)
# What makes "a pound" a weight or a rate: "3.99 a pound", "lost a pound", "half a pound"
_ONE_NOT_MONEY_BEFORE = re.compile(
    r"(?:\d[\d.,]*\s*[€$£]?\s*|\b(?:lost|gained|gain|lose|weigh\w*|half|than|per|"
    r"the|against)\s+)\Z",
    re.I,
)
# "a ton of work", "weighs a ton": a weight or a lot, not a hundred
_TON_NOT_MONEY = re.compile(
    r"\bweigh\w*\s+a\s+ton\b|\ba\s+ton\s+(?:of|more|less|better|worse|heavier|lighter)\b", re.I
)
_PER_ITEM_AFTER = re.compile(
    r"\s*(?:(?:each(?:\s+one)?|apiece|a\s+piece|ea\.?|ech|"
    r"per\s+(?:item|ticket|person|piece|head|one|unit|kid|child)|a\s+(?:ticket|head|person|go|pop)|"
    # Spanish and Portuguese: "180 cada", "a 1.200 c/u" (cada uno)
    r"cada(?:\s+(?:uno|una|um|uma))?)\b|c/u(?!\w))",
    re.I,
)
# Counts said as words: two to twelve, "a couple (of)", "(half) a dozen" (the longer phrase
# first).
COUNT_WORDS = {
    "half a dozen": 6,
    "a couple of": 2,
    "a couple": 2,
    "a pair of": 2,  # "a pair of tickets, 45 each"
    "a dozen": 12,
    **SMALL_COUNTS,
}


# (not the minutes of "7:30")
_LARGEST_SMALL_COUNT = 12
# Counts past twelve said in words: "seventy eight litres", "twenty-five apples", "fifteen"
_TENS_WORDS = "|".join(TENS)
_ONES_WORDS = "|".join(word for word, value in UNITS.items() if value > 0)
_COMPOUND_COUNT = rf"(?:{_TENS_WORDS})(?:[\s-]+(?:{_ONES_WORDS}))?|" + "|".join(
    word for word, value in TEENS.items() if value > _LARGEST_SMALL_COUNT
)


# A size said right after a number: "2L", "500ml", "20m", "4 pints" ("6 x 2L Coke" is six
# bottles of two litres, never 6 times 2)
_A_SIZE = (
    r"\s*(?:l|ml|cl|dl|g|gr|kg|m|mm|cm|oz|lbs?|pints?|litres?|liters?|gallons?|inch(?:es)?|in|ft|"
    r"pk|pack)\b"
)


def _count_of(digits: int, not_after: str = r"\w.,:") -> str:
    """A count of things: a number of up to `digits` digits, or a count word ("three"), not
    right after a character of `not_after` (by default a word, a decimal point or the
    colon of a clock time) nor a price's sign, nor a day of the month ("on the 24th"); a
    count word is whole ("five", never the start of "fiver"), nor the decimals said after
    "point" ("twelve point five hours")."""
    words = _COMPOUND_COUNT + "|" + "|".join(w.replace(" ", r"\s+") for w in COUNT_WORDS)
    return (
        # (never a price: "a $9 coffee and a $6.50 croissant" counts no coffees; never what
        # follows a count's "x": "2 x 4 pints of milk at £1.65" is two 4-pint jugs)
        rf"(?<![{not_after}])(?<!\bpoint\s)(?<![$€£])(?<![$€£]\s)(?<!\d\s[x×]\s)(?<!\d[x×]\s)"
        rf"(?P<count>\d{{1,{digits}}}(?!\d|st\b|nd\b|rd\b|th\b)|(?:{words})\b)"
    )


_COUNT = _count_of(2)
# "ward 7", "table 14": a number that names a thing, never a count of things nor a price
NUMBERED_BEFORE = re.compile(r"\b(?:" + NUMBERED_PLACES + r")\s+\Z", re.I)
# "3 coffees at 2.80", "three coffees for the team at 3.80", "2 tickets, 12.75", "4 @ 2.50"
# A thing and "for" before a number: its price ("a book for 14 and a pen for 3.50")
_A_THINGS_PRICE_BEFORE = re.compile(
    r"\b(?:a|an|the|some|one)\s+(?:[^\W\d_]{2,}\s+){1,3}for\s+(?:[$€£]\s*)?\Z", re.I
)
_COUNT_BEFORE = re.compile(
    # (a word of the things may be a size: "6 boxes of 16d nails @ 11.25", "2 x 500ml packs")
    _COUNT
    + r"(?!\s*(?:uhr|h|am|pm|o'?clock)\b)"  # ("at 19 Uhr, 24,50 € each": an hour, no count)
    # (or a fraction of an inch: "12 sheets 1/2" drywall @ $14.00")
    # (no clause among the words: "refunded 15 for the headphones I bought for 60")
    # (or a size said apart from its unit: "2 x 4 pints of milk at £1.65")
    # (nor another thing added: "lunch 12 plus a bag of crisps for 1.20", "coffee 3 and a
    # muffin for 2.50" count no lunches)
    + r"\s*(?P<words>(?:(?:(?!(?:i|we|he|she|they|you|plus)\b)(?!and\s+(?:an?|some|one)\b)"
    r"\d*[^\W\d_][^\W_]*|\d/\d{1,2}[\"”]?|" + r"\d{1,4}(?:[.,]\d{1,2})?" + _A_SIZE + r")"
    # (a word may be cut short with a dot before a sign of times: "fondue 2 pers. × CHF 34.50")
    r"(?:(?:\.(?=\s*(?:x|×|\*|@|à)\s))?[\s']+|(?=,))){0,5}?)"
    # (a learner's "at" from their own language: "3 Brötchen a 0,45", "4 passagens de 4,40")
    # (German's "je", "each", before the price: "3 Brötchen je 0,55")
    r"(?:(?P<at>at|for)\s+|(?P<strong>x|×|\*|@|à|je(?=\s))\s*|(?P<comma>,)\s*|(?P<atcent>a|de)\s+)"
    # (the price's sign or short name before it: "2 x Fr. 4.40", "2 x CHF 4.40")
    r"(?:(?:[$€£]|" + _SHORT_CURRENCY + r"\.?)\s*)?$",
    re.I,
)
# "3x bus ticket 2,40": the count glued to "x", the item, then the price
# ("2 x 500ml milk packets 28 each": a word of the things may be a size)
_COUNT_X_BEFORE = re.compile(
    r"(?<![\w.,])(?P<count>\d{1,2})\s*[x×]\s+(?:\d*[^\W\d_][^\W_]*\s+){1,5}(?:[$€£]\s*)?$", re.I
)
# "340 pages at $25 each", "120 shares at 45 each": a count of up to three digits, right
# before the things it counts and "each" after the price
# ("bought 200 heads of cabbage from Karanja at 35 each": what they are and who sold them)
_MANY_BEFORE_EACH = re.compile(
    _count_of(3) + r"\s+[^\W\d]{3,}s(?:\s+(?:of|from)\s+(?:[^\W\d]+\s+){1,3}?)?\s*(?:at|@|for)?\s*"
    r"(?:[$€£]\s*)?$",
    re.I,
)

# "chai x3 @ 15", "meal deal x2 3.85 each", "alfajor x3 a 1.200 c/u": the things, then
# their count after "x", then the price
_COUNT_X_AFTER_THING = re.compile(
    r"(?<=[^\W\d])\s+[x×]\s?(?P<count>\d{1,2})\s*(?:(?P<strong>@|at|a|à)\s*)?(?:[$€£]\s*)?\Z",
    re.I,
)

# "2 tickets 11.50 each": a count and the things, then the price with "each" after it
_COUNT_BARE_BEFORE = re.compile(
    # the words between may hold a clock time or a numbered place ("4 tickets for the 7:30
    # show, 11.50 each", "2 coffees on ward 7, 1.40 each"), or a joined name ("at J-Town")
    _COUNT
    + r"(?!\s*(?:uhr|h|am|pm|o'?clock)\b)"
    # (or a size: "ifood 2 açaí 500ml 22 each"; not "water 2 pack 55 each": packs counted)
    + r"\s+(?:(?:[^\W\d]+(?:[-'’][^\W\d]+)*|\d{1,2}[:.]\d{2}|\d{1,4}(?:[.,]\d{1,2})?"
    + r"\s*(?:ml|cl|dl|l|g|gr|kg|oz)\b"
    + r"|(?:"
    + NUMBERED_PLACES
    + r")\s+\d{1,3}),?\s+){1,8}(?:[$€£]\s*)?$",
    re.I,
)
# "Sold 2 tickets for the gig I can't make anymore, £85 each", "I buy 2 tickets for the
# friendly at the Metropolitano, 35 each one": a count of things named right after it, then
# more words of the same sentence (a date or an hour among them), then the price and "each"
_THINGS_COUNTED_FAR_BEFORE = re.compile(
    _COUNT
    + r"\s+(?:[^\W\d]+\s+){0,2}?[^\W\d]{3,}s\b"
    + r"(?:[\s,]+(?:[^\W\d]+(?:['’-][^\W\d]*)*|\d{1,2}[.:]\d{1,2}\.?|\d{1,2}\s+uhr|"
    + r"\d{1,2}(?:st|nd|rd|th))){1,14}"  # ("…for the party on the 24th, 11.99 each")
    + r"[\s,]+(?:[$€£]\s*)?\Z",
    re.I,
)
# "3 coffees each 3.50", "3 ly cà phê mỗi ly 30k": "each" said just before the price
_EACH_BEFORE = re.compile(
    r"\s(?:each(?:\s+one)?|apiece|per\s+(?:item|piece|person|cup|ticket))\s*(?:[$€£]\s*)?\Z", re.I
)
# "2.80 x 2", "3.50 × 4": the price, then times a small count
# "2.80 x 2", "bus fare 2.75 twice today", "4.20 three times this week": times a small count
_TIMES_SAID = r"(?P<twice>twice)\b|(?P<said>two|three|four|five|2|3|4|5)\s+times\b"
_TIMES_AFTER = re.compile(
    r"\s*(?:(?:x|×|\*)\s*(?P<count>\d{1,2})(?![\d.,])(?!" + _A_SIZE + r")|" + _TIMES_SAID + r")",
    re.I,
)
# "2 of the 3 items, €14,95 each", "returned two out of the four shirts, 19.99 each": some
# of a few things, counted before the price of one
_SOME_OF_THE_FEW_BEFORE = re.compile(
    r"(?<![\d.,])(?P<count>\d{1,2}|two|three|four|five|six)\s+(?:out\s+)?of\s+(?:the|my)\s+"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight)\s+[^\W\d]+[^.!?\d]{0,12}?\s*,?\s*(?:[$€£]\s*)?\Z",
    re.I,
)
# "twice today, 9.87 each time", "3 times this week, 4.20 every time": how many times, said
# before the price of one time
_TIMES_BEFORE = re.compile(r"(?:" + _TIMES_SAID + r")(?P<count>)[^.!?\d]{0,30}\Z", re.I)
_EACH_TIME_AFTER = re.compile(r"\s*(?:each|every|per|a)\s+time\b", re.I)
# A charge taken twice is a mistake to report, not a price times two
_CHARGED_TWICE = re.compile(r"\b(?:charged|billed|debited|taken|took)\b", re.I)
# "15 each for 2", "12 each, 3 of them", "6 each for the three of us": the count after "each"
_COUNT_AFTER_EACH = re.compile(
    r"\s*,?\s*(?:for|x|×|times)?\s*(?:(?:the|all)\s+)?"
    + _COUNT
    # ("each, 10% off"; "for all three, add it": a comma after the count ends it)
    + r"(?!\d|[.,]\d|\s*(?:%|percent|per\s*cent))(?:\s+of\s+(?:us|them))?|"
    # "eighty five each for both of them"
    r"\s*,?\s*for\s+(?P<both>both)(?:\s+of\s+(?:us|them)|\s+(?:kids|boys|girls|children))?\b",
    re.I,
)


# The people or things a price each was paid for, counted after it: "a tenner each for the
# school fair, there's three of them", "12 each, there were 4 of us", "R$150 each and I have
# two kids"
_HOW_MANY_AFTER_EACH = re.compile(
    r"[^.!?\d]{0,40}?\b(?:there['’]?s|there\s+(?:is|are|were|was)|we\s+(?:were|are)|"
    r"(?:and\s+)?i\s+have)\s+(?:the\s+)?"
    + _COUNT
    + r"(?![\d.,])(?:\s+of\s+(?:us|them)|\s+(?:kids|children|boys|girls|sons|daughters|people))\b",
    re.I,
)
# "five dollars apiece and i bought four of them", "12 each and we got three": the count
# told bought after the price of one
_BOUGHT_AFTER_EACH = re.compile(
    r"\s*,?\s*(?:and|so)\s+(?:i|we)\s+(?:(?:just|only)\s+)?(?:bought|got|took|ordered|grabbed|"
    r"picked\s+up|needed)\s+(?:(?:the|all)\s+)?"
    + _COUNT
    # (a comma may end the count: "89 each and I got two, plus 14 for a pie")
    + r"(?!\d|[.,]\d)(?:\s+of\s+(?:them|those))?\b",
    re.I,
)


# "$4 each, 2 packs of hats $3 each": after only a comma, a count that starts the next item,
# its own price said after it
_NEXT_ITEM = re.compile(r"\s*,\s*\w+\s+(?!of\b)(?:[^\W\d]+\s+){1,5}(?:[$€£]\s*)?\d", re.I)


# "fifty each for Chloe and Sam", "20 each to Ana, Ben and Cai": the people counted by name
_NAMES_AFTER_EACH = re.compile(
    r"\s+(?:for|to)\s+(?P<names>(?-i:me|[A-Z][a-z]+)(?:\s*,\s*(?-i:[A-Z][a-z]+))*\s*(?:and|&)\s*"
    r"(?-i:me|[A-Z][a-z]+))\b",
    re.I,
)
# "gave Tom and Ella £5 each", "paid Ana, Bo and Cy 20 each": people named, then one price;
# "tickets for me and Sam, 30 each", "passes for my wife and me, 52 each": the things bought
# for the people named
# One person named or said by who they are to the person: "Sam", "me", "my wife", "dad"
_ONE_PERSON = (
    r"(?:(?-i:me|[A-Z][a-z]+)|(?:(?:my|our)\s+)?(?:wife|husband|son|daughter|mum|mom|dad|mother|"
    r"father|brother|sister|partner|boyfriend|girlfriend|fianc[eé]e?|nan|gran|grandma|grandpa|"
    r"niece|nephew|cousin|mate|friend|colleague|flatmate|roommate))"
)
_NAMES_BEFORE_EACH = re.compile(
    rf"\b(?:gave|give|paid|pay|sent|send|owe)\s+(?P<names>{_ONE_PERSON}(?:\s*,\s*{_ONE_PERSON})*"
    rf"\s*(?:and|&)\s*{_ONE_PERSON})\s+(?:[$€£]\s*)?\Z|"
    rf"\bfor\s+(?P<names2>{_ONE_PERSON}(?:\s*,\s*{_ONE_PERSON})*\s*(?:and|&)\s*"
    rf"{_ONE_PERSON})\s*[,:;-]?\s*(?:[$€£]\s*)?\Z",
    re.I,
)
# "89 a night for 3 nights", "12 per person x 4 people", "40/day for 5 days": a rate times
# a count of the same unit
# ("$120/night x3 nights", "95 a night, 2 nights", "$4/hr x 3 hrs", "12 per child, three
# children")
_RATE_UNITS = (
    # ("hotel usd 289/nt x 2 nites": a night written short)
    r"night|nt|day|person|head|week|month|hour|hr|ticket|child|kid|lesson|session|class|shift"
)
_RATE_FOR_COUNT = re.compile(
    r"\s*(?:a|an|per|/)\s*(?P<unit>" + _RATE_UNITS + r")\s*,?\s*"
    r"(?:(?P<times>for|x|×|times)\s*)?"
    + _count_of(2, not_after=r"\d.,")  # ("x3 nights": glued to the x)
    + r"\s*(?:(?P=unit)s?|people|persons|children)\b|"
    # "$15/day x 3 shifts", "2k per month x 3": times a count, whatever it counts
    r"\s*(?:a|an|per|/)\s*(?:" + _RATE_UNITS + r")\s*(?:x|×)\s*(?P<count2>\d{1,2})(?![\d.,])",
    re.I,
)

# Units a rate is said for, each with the ways it is written: "80/h … did 2h", "0,23 per
# km, 380 km this month", "1,200 one night, we stay 2 night"
_UNIT_FORMS = {
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "hour"),
    **dict.fromkeys(("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"), "km"),
    **dict.fromkeys(("mile", "miles", "mi"), "mile"),
    **dict.fromkeys(("night", "nights"), "night"),
    # "petrol is 1.89 the litre, i put 40 litres", "3.20 a gallon, filled 12 gallons"
    **dict.fromkeys(
        ("l", "ltr", "ltrs", "litre", "litres", "liter", "liters", "litro", "litros", "litri"),
        "litre",
    ),
    **dict.fromkeys(("gal", "gallon", "gallons"), "gallon"),
    **dict.fromkeys(("lesson", "lessons"), "lesson"),
    **dict.fromkeys(("shift", "shifts"), "shift"),
    **dict.fromkeys(("session", "sessions"), "session"),
    # "apples 2.40 a kg, bought 3 kg"
    **dict.fromkeys(("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"), "kg"),
    **dict.fromkeys(("lb", "lbs"), "lb"),
}
_UNIT_WORD = "|".join(sorted(_UNIT_FORMS, key=len, reverse=True))
_RATE_OF_A_UNIT = re.compile(
    r"\s*(?:a|an|per|/|one|the|by\s+the|by)\s*(?P<unit>" + _UNIT_WORD + r")\b", re.I
)  # ("15 by the hour, 3 hours", "25.– by hour")
# "…, did 2h yesterday", "…, 380 km this month": a count of the unit later in the sentence,
# no other price between
_UNITS_COUNTED_LATER = re.compile(
    r"[^.!?\d$€£]{1,30}?(?<![\w.,])(?P<count>\d{1,4}(?:[.,]\d{1,2})?)\s*(?P<unit>"
    + _UNIT_WORD
    + r")\b",
    re.I,
)


def _rate_then_units_counted(text: str, price: Amount) -> tuple[Decimal, int, int] | None:
    """The count, start and end of "80 zł/h, did 2h" or "0,23 per km, 380 km this month": a
    rate for one unit, then later in the sentence how many of that unit; None when not said
    so."""
    rate = _RATE_OF_A_UNIT.match(text, price.span.end)
    if rate is None:
        return None
    counted = _UNITS_COUNTED_LATER.match(text, rate.end())
    if counted is None:
        return None
    unit = _UNIT_FORMS[rate.group("unit").lower()]
    if _UNIT_FORMS[counted.group("unit").lower()] != unit:
        return None
    number = Decimal(counted.group("count").replace(",", "."))
    return (number, price.span.start, counted.end()) if number > 1 else None


# "3 nights at the Ibis, 75 a night", "4 days of car hire, 38 per day": the count of a unit
# said first, then the rate for one of them
_RATE_AFTER = re.compile(
    r"\s*(?:a|an|per|/)\s*(?P<unit>night|day|week|hour|ticket|lesson|session|class)\b", re.I
)


# "1.5 kg of prawns at 24 a kilo", "2 litres of oil at 3.10 per litre": a weight or a volume
# bought, then the price of one of its units
_MEASURE_WORD = "|".join(sorted(MEASURE_UNITS, key=len, reverse=True))
# ("5200 riel one liter", "13.75 the liter": the price of one, as many people say it)
_PER_MEASURE_AFTER = re.compile(
    r"\s*(?:a|per|/|one|the)\s*(?P<unit>" + _MEASURE_WORD + r")\b", re.I
)
_MEASURED_BEFORE = re.compile(
    r"(?<![\w.,])(?P<count>\d{1,3}(?:[.,]\d{1,3})?)\s*(?P<unit>" + _MEASURE_WORD + r")\b", re.I
)


# "…/l, 45 litres", "…/L 30L": the measure bought, said a few words after its unit's price
_MEASURED_LATER = re.compile(
    r"\s*[,;]?\s*(?:(?:and|for|x|i\s+got|got|filled|took)\s+)?" + _MEASURED_BEFORE.pattern, re.I
)
# "1.799" a litre: one digit and three decimals, as fuel is priced (never 1,799 a litre)
_TENTHS_OF_A_CENT = re.compile(r"(?<![\d.,])\d[.,]\d{3}(?![\d.,])")
_THOUSAND = 1000
# Currencies a litre costs hundreds or thousands of ("40 litres at ₦1,450", "1,700 won a
# litre"): there "1,450" is never a price to a tenth of a cent
_PRICED_IN_THOUSANDS = HUNDREDS_SPOKEN | {"NGN", "UGX", "TZS", "MMK", "KHR", "LAK", "IRR", "PYG"}
# "62 litres at 1.89", "45.6L @ 1.799", "3 kg of apples at 2.49": a weight or volume bought
# at a price, which is then the price of one of its units
# (not the size of each of things counted before it: "6 x 2L Coke @ 2.99" is six bottles)
_MEASURED_AT_BEFORE = re.compile(
    r"(?<![x×]\s)(?<![x×])"
    + _MEASURED_BEFORE.pattern
    # (a learner's "at" from their own language: "gasolina 50 liters a 6,29", "40 L à 1,85")
    + r"(?:\s+(?:of\s+)?[^\W\d]+){0,3}\s*(?:at|@|à|\ba(?=\s))\s*(?:[$€£]\s*)?\Z",
    re.I,
)


def _to_a_tenth_of_a_cent(price: Amount) -> bool:
    """True for a unit's price read as thousands that was written to a tenth of a cent
    ("1.799" a litre, read 1,799), in a currency a litre costs a few of."""
    return (
        _TENTHS_OF_A_CENT.search(price.span.source) is not None
        and price.value >= _THOUSAND
        and price.currency not in _PRICED_IN_THOUSANDS
    )


def _weight_then_rate(text: str, price: Amount) -> tuple[Decimal, int, int] | None:
    """The weight, start and end of "1.5 kg of prawns at 24 a kilo" or "62 litres at 1.89":
    a weight or volume said before the price, in the unit the price is for; None when not
    said so."""
    rate = _PER_MEASURE_AFTER.match(text, price.span.end)
    if rate is None:
        bought = _MEASURED_AT_BEFORE.search(text, 0, price.span.start)
        if bought is None:
            return None
        weight = Decimal(bought.group("count").replace(",", "."))
        if _to_a_tenth_of_a_cent(price):
            weight /= _THOUSAND  # "45.6L @ 1.799": read as 1,799, a price to a tenth of a cent
        return weight, bought.start(), price.span.end
    unit = MEASURE_UNITS[rate.group("unit").lower()]
    said = [
        m
        for m in _MEASURED_BEFORE.finditer(text, 0, price.span.start)
        if MEASURE_UNITS[m.group("unit").lower()] == unit
    ]
    later = _MEASURED_LATER.match(text, rate.end())
    if not said and (part := _part_of_the_measure(text, price, unit)) is not None:
        return part[0], part[1], rate.end()  # "500g of coffee at 30/kg": half a kilo
    if not said and later is not None and MEASURE_UNITS[later.group("unit").lower()] == unit:
        # "diesel 1.72/l, 45 litres": the price of one unit, then how many were bought
        start, end, count = price.span.start, later.end(), later.group("count")
    elif said:
        start, end, count = said[-1].start(), rate.end(), said[-1].group("count")
    else:
        return None
    weight = Decimal(count.replace(",", "."))
    if _to_a_tenth_of_a_cent(price):
        weight /= _THOUSAND  # "41.2 litres at $1.569 per litre": read as 1,569
    return weight, start, end


_PART_OF_A_MEASURE_BEFORE = re.compile(
    r"(?<![\w.,])(?P<count>\d{1,4}(?:[.,]\d{1,2})?)\s*(?P<unit>"
    + "|".join(sorted(MEASURE_PARTS, key=len, reverse=True))
    + r")\b|\b(?P<half>half)\s+a\s+(?P<whole>"
    + _MEASURE_WORD
    + r")\b",
    re.I,
)


def _part_of_the_measure(text: str, price: Amount, unit: str) -> tuple[Decimal, int] | None:
    """How much of `unit` and where it was said, when told in its parts before the price of
    one ("250 g ham at 24 per kg": 0.25 kg, "half a kilo of prawns at 28 a kilo": 0.5)."""
    said = list(_PART_OF_A_MEASURE_BEFORE.finditer(text, 0, price.span.start))
    if not said:
        return None
    last = said[-1]
    if last.group("half"):
        whole = MEASURE_UNITS[last.group("whole").lower()]
        return (Decimal("0.5"), last.start()) if whole == unit else None
    measure, share = MEASURE_PARTS[last.group("unit").lower()]
    if measure != unit:
        return None
    return Decimal(last.group("count").replace(",", ".")) * Decimal(share), last.start()


# People counted by a word before one price each: "the twins … 10 each", "both kids … 45 each"
_PAIRS = {"twins": 2, "both": 2, "triplets": 3}
_PAIR_BEFORE = re.compile(
    r"\b(?P<pair>(?:the\s+)?twins|(?:the\s+)?triplets|both)\b(?:\s+(?:of\s+)?(?:them|us|kids|boys|girls|children))?"
    r"(?!.*\b(?:and|with)\s+(?:me|my)\b)[^.!?\d]*\Z",
    re.I,
)


def _people_named(names: str) -> int:
    """How many people "Chloe and Sam" or "Ana, Bo and Cy" name."""
    return len(re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", names.strip()))


def _units_then_rate(text: str, price: Amount) -> tuple[Decimal, int, int] | None:
    """The count, start and end of "3 nights … 75 a night": the last "<count> <unit>s"
    said before the price whose rate is for one of that unit; None when not said so."""
    rate = _RATE_AFTER.match(text, price.span.end) or _RATE_PER_THING_AFTER.match(
        text, price.span.end
    )
    if rate is None:
        return None
    unit = rate.group("unit").lower()
    # "4 lesson, 150 one lesson" (the plural left out, as learners write), "sold 120 lambs,
    # 148 a head" (a head: one of the animals or people counted), "four beers 6 quid a pint"
    # (a serving: one of the drinks or dishes counted)
    things = r"[a-z]+s" if unit in _ONE_OF_THE_COUNTED else re.escape(unit) + r"(?:e?s)?"
    # "<count> <things>" before the price: up to three digits ("340 pages")
    pattern = _count_of(3) + r"\s+" + things + r"\b"
    found = list(re.finditer(pattern, text[: price.span.start], re.I))
    number = _count_value(found[-1].group("count"), _MAX_UNITS) if found else None
    if number is not None:
        return number, found[-1].start(), rate.end()
    if unit in _A_PERSON and (party := _people_counted(text, price.span.start)) is not None:
        return party[0], party[1], rate.end()  # "2 adults and 1 child at 12 per person": 36
    one = _ONE_OF_A_MEASURE.search(text, 0, price.span.start)
    if one is not None and one.group("unit").lower() == unit:
        # "a dozen eggs at 4 a dozen": one dozen, 4
        return Decimal("0.5" if one.group("half") else 1), one.start(), rate.end()
    return None


# "a dozen eggs … 4 a dozen", "a crate of mangoes … 30 a crate": one of the measure bought
# ("half a dozen … 4 a dozen": half of one)
_ONE_OF_A_MEASURE = re.compile(
    r"\b(?P<half>half\s+)?(?:a|an|one)\s+(?P<unit>dozen|crate|box|case|sack|bag)\b", re.I
)


_MAX_UNITS = 999  # "sold 120 lambs, 148 a head": the unit named twice, a large count is sure
_A_PERSON = frozenset({"person", "head", "ticket", "pax", "entry"})
# The people a price per person was paid for, counted by kind: "2 adults and 1 child", "two
# adults, 3 kids and a senior"
_PEOPLE_KIND = (
    r"(?:adults?|kids?|child(?:ren)?|seniors?|students?|teens?|teenagers?|people|persons)"
)
_HOW_MANY = r"(?:\d{1,2}|an?|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r")"
_ONE_KIND = r"(?<![\w.,])" + _HOW_MANY + r"\s+" + _PEOPLE_KIND + r"\b"
_PEOPLE_COUNTED = re.compile(_ONE_KIND + r"(?:\s*(?:,|and|&|\+)\s*" + _ONE_KIND + r")+", re.I)
_ONE_COUNT = re.compile(r"(?<![\w.,])(" + _HOW_MANY + r")\s+" + _PEOPLE_KIND + r"\b", re.I)


def _people_counted(text: str, before: int) -> tuple[Decimal, int] | None:
    """How many people of several kinds were counted before `before`, and where ("2 adults
    and 1 child"); None when no such party is said."""
    found = list(_PEOPLE_COUNTED.finditer(text, 0, before))
    if not found:
        return None
    party = found[-1]
    total = Decimal(0)
    for said in _ONE_COUNT.finditer(party.group(0)):
        word = said.group(1).lower()
        count = Decimal(1) if word in ("a", "an") else _count_value(word, least=1)
        if count is None:
            return None
        total += count
    return total, party.start()


# The units that stand for one of whatever was counted: a head of the animals or people, a
# serving of the drinks or dishes ("four beers 6 quid a pint", "3 lattes at 4.20 a cup")
_ONE_OF_THE_COUNTED = frozenset(
    {"head", "pint", "glass", "bottle", "can", "cup", "slice", "scoop", "plate", "portion",
     "serving", "bowl"}
)  # fmt: skip


# "2 bags of coffee beans, 7.50 a bag", "3 boxes of tiles at 24 per box": the price of one
# of the things counted before it (only when "<count> <thing>s" was said)
_RATE_PER_THING_AFTER = re.compile(r"\s*(?:a|an|per|/|one|the|each)\s*(?P<unit>[a-z]{3,})\b", re.I)

# "parking 2h at 1,80/h", "3 hours at 25 an hour": hours counted, then the price of one
# ("parking 2h à Fr. 3.50/h": the French "à", a currency's short name before the price)
_CURRENCY_BEFORE = r"(?:[$€£]\s*|" + _SHORT_CURRENCY + r"\.?\s+)?\Z"
_HOURS_BEFORE = re.compile(
    r"(?<![\w.,])(?P<count>\d{1,2}(?:[.,]5)?)\s*(?:h|hrs?|hours?)\s+(?:at|@|x|à)\s*"
    + _CURRENCY_BEFORE,
    re.I,
)
# "14 hrs at 27.50", "6h overtime at 22.50", "23 hrs at $50", "3h x 15": hours worked at a
# rate, the rate after "at" or a sign of times with no "an hour"
_HOURS_WORKED_AT_BEFORE = re.compile(
    r"(?<![\w.,])(?P<count>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?)\s+(?:[a-z]+\s+){0,2}"
    r"(?:at|@|à|(?P<times>[x×*]))\s*" + _CURRENCY_BEFORE,
    re.I,
)
_HOURS_IN_A_DAY = 24
_HALF_DAY = 12
# A time worked told as its clock hours, before the rate: "babysat 6pm to 11pm at $15/hr",
# "9:30am-1pm, 20 an hour"
_CLOCK_RANGE_BEFORE = re.compile(
    r"(?<![\w.,:])(?P<start>\d{1,2})(?::(?P<start_min>[0-5]\d))?\s*(?P<start_half>am|pm)?\s*"
    r"(?:to|till|til|until|-|–)\s*(?P<end>\d{1,2})(?::(?P<end_min>[0-5]\d))?\s*(?P<end_half>am|pm)\b"
    r"[^.!?\d]{0,12}?(?:\s(?:at|@|for)\s*|,\s*|\s+)" + _CURRENCY_BEFORE,
    re.I,
)


def _hours_between(clocked: re.Match[str]) -> Decimal | None:
    """The hours from the start to the end of a clock range ("6pm to 11pm": 5), or None when
    it does not read as one stretch of a day."""
    end_half = clocked.group("end_half").lower()
    start_half = (clocked.group("start_half") or end_half).lower()

    def minutes(hour: str, minute: str | None, half: str) -> int:
        return (int(hour) % _HALF_DAY + (_HALF_DAY if half == "pm" else 0)) * 60 + int(minute or 0)

    start = minutes(clocked.group("start"), clocked.group("start_min"), start_half)
    end = minutes(clocked.group("end"), clocked.group("end_min"), end_half)
    if end <= start:
        end += _HOURS_IN_A_DAY * 60  # "10pm to 2am": past midnight
    worked = Decimal(end - start) / 60
    return worked if 0 < worked <= _HALF_DAY else None


def _could_be_a_clock(price: Amount) -> bool:
    """True for a whole number up to 24 said without a currency ("at 9")."""
    return (
        not price.marked
        and price.value == price.value.to_integral_value()
        and price.value <= _HOURS_IN_A_DAY
    )


# ("25.– by hour, 4 hours": a learner's "by the hour")
_PER_HOUR_AFTER = re.compile(
    r"\s*(?:/\s*(?:h|hr|hour)|per\s+hour|an\s+hour|p/?h|by\s+(?:the\s+)?hour)\b", re.I
)

# "48 + 8", "18 for the cinema plus 4.50 for popcorn", "2 pizzas at 18.99 each from Domino's
# plus 4.99 delivery", "chicken rice 5.50 + kopi 1.80", "£55 and lights for another 18": the
# second price added to the first
_PLUS = re.compile(
    r"\s*(?:(?:each\s+)?(?:(?:for|on|from|at)\s+)?(?:[^\W\d]+['’]?[^\W\d]*\s+){1,3})?,?\s*(?:\+|plus)\s*"
    r"(?:a(?:nother)?\s+)?(?:(?!(?:so|that'?s|thats|which|is|was|it|total|makes|came|comes)\b)"
    r"[^\W\d]+\s+){0,3}$|"
    # ("plus a bag of crisps for 1.20": a thing of a few words, its price after "for")
    # ("plus a bottle of wine of 12": a learner's "of" before the price)
    r"\s*,?\s*(?:\+|plus)\s+(?:an?\s+|some\s+)?(?:[^\W\d]+\s+){1,4}(?:for|at|of)\s+(?:[$€£]\s*)?$|"
    r"\s*,?\s*(?:and|then)\s+(?:[^\W\d]+\s+){0,4}?(?:for\s+)?another\s*(?:[$€£]\s*)?$",
    re.I,
)
# "35 pounds this morning, plus a five pound tip", "48 and a 6 tip": a tip added to the price
# ("18 euros and I leave 2 of tip", "5 dollar, and give 1 dollar tip": the tip given; "45
# and more 5 of tip": a learner's "and 5 more")
_TIP_JOIN = re.compile(
    r"(?:\s+(?:this|last|yesterday|today|morning|afternoon|evening|night|tonight))*"
    # ("45 in the barber and more 5 of tip": where it was paid, said between)
    r"(?:\s+(?:at|in)\s+(?:the\s+|a\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?(?=\s*,?\s*(?:and|plus|\+)\b))?"
    r"\s*,?\s*(?:\+|plus|and|with)\s*(?:(?:i|we)\s+)?(?:(?:left|leave|gave|give|added|add)\s+"
    # ("and I gave the delivery guy 30 as a tip": whom it was given to, said between)
    r"(?:(?:him|her|them|the\s+[^\W\d]+(?:\s+[^\W\d]+)?)\s+)?)?"
    r"(?:more\s+)?(?:a\s+)?$",
    re.I,
)
# "car wash 50 pound and tip 10 for the boy", "38 plus tip of 4": the tip named first
_TIP_BEFORE = re.compile(
    r"\s*,?\s*(?:\+|plus|and|with)\s+(?:a\s+)?(?:tip|gratuity)\s*(?:of\s+)?$", re.I
)
# "5.45 and I tipped 1", "24, then tipped him 3": the tip given, said by its verb
_TIPPED_JOIN = re.compile(
    r"\s*(?:(?:for|on|at|from)\s+(?:[^\W\d]+\s+){0,2}[^\W\d]+)?"
    # (or the hour of the ride: "uber 18 at like 3am + tipped 4")
    r"(?:\s+(?:at|around|about)\s+(?:like\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)\b)?\s*,?\s*"
    r"(?:(?:\+|plus|and|then)\s+)?(?:(?:i|we)\s+)?tipped\s+"
    r"(?:(?:him|her|them|(?:the|my|our)\s+[^\W\d]+)\s+)?(?:an?\s+)?$",
    re.I,
)
# "tipped the barber 5 on a 25 cut": the tip said first, then the price it was given on
_TIPPED_FIRST_BEFORE = re.compile(
    r"\btipped\s+(?:(?:him|her|them|(?:the|my|our)\s+[^\W\d]+)\s+)?\Z", re.I
)
_ON_A_PRICE = re.compile(r"\s+on\s+(?:an?|the|my|our)\s+", re.I)
_PLUS_WORDS = re.compile(r"\b(?:plus|and|another|a|each|with)\b", re.I)
# "8 tip", "2 of tip", "5 de gorjeta", "2.50 in the tip jar": the tip, named after its value
_TIP_AFTER = re.compile(
    r"\s*(?:(?:of|de)\s+|as\s+(?:a\s+)?|in(?:to)?\s+(?:the\s+)?(?=tip\s+jar\b))?(?:"
    + TIP_WORDS
    + r")\b",
    re.I,
)
_MAX_COUNT = 50


def nickname_amounts(text: str, taken: list[Span]) -> list[Amount]:
    """ "a fiver", "a tenner", "a grand" as amounts (no currency: the words are shared)."""
    found = []
    for match in _NICKNAME.finditer(text):
        if any(s.start < match.end() and match.start() < s.end for s in taken):
            continue
        word = match.group("word").lower()
        near = (max(0, match.start() - 12), match.end() + 12)  # "weighs a ton", "a ton of"
        if word == "ton" and _TON_NOT_MONEY.search(text, *near):
            continue
        value = Decimal(MONEY_NICKNAMES[word])
        cents = match.group("cents")
        if cents and value == 1:  # "a buck fifty", "a quid twenty"
            value = (value + Decimal({**TENS, **TEENS}[cents.lower()]) / 100).quantize(CENT)
        span = Span(match.start(), match.end(), match.group(0))
        found.append(Amount(value, NICKNAME_CURRENCIES.get(word), span, marked=True))
    found += _nicknames_counted(text, taken)
    return found + _one_of_a_currency(text, taken) + _a_couple_added(text, taken)


def _nicknames_counted(text: str, taken: list[Span]) -> list[Amount]:
    """ "2 toonies", "two fivers", "a couple of tenners": so many of a note or coin."""
    found = []
    for match in _NICKNAMES_COUNTED.finditer(text):
        if any(s.start < match.end() and match.start() < s.end for s in taken):
            continue
        said = match.group("count").lower()
        count = Decimal(2) if "couple" in said else _count_value(said, least=1)
        if count is None:
            continue
        word = match.group("word").lower()
        span = Span(match.start(), match.end(), match.group(0))
        found.append(
            Amount(count * MONEY_NICKNAMES[word], NICKNAME_CURRENCIES.get(word), span, True)
        )
    return found


# "fifteen quid plus a couple for the driver", "a tenner plus a couple of quid tip", "taxi 15
# and a couple bucks tip": two more of the money said, added on
_A_COUPLE = r"a\s+couple(?:\s+(?:of\s+)?(?:quid|bucks|dollars|euros|pounds|francs))?"
_ON_TOP = r"tip|as\s+(?:a\s+)?tip|extra|on\s+top"
_A_COUPLE_ADDED = re.compile(
    # ("then I tipped him a couple of quid on top": the tip's verb before it)
    r"(?:(?<=\bplus\s)|(?<=\band\s)|(?<=\btipped\s)|(?<=\btipped\s(?:him|her)\s)|(?<=\btipped\sthem\s))"
    rf"{_A_COUPLE}(?=\s+(?:for\s+(?:the|him|her|them)|{_ON_TOP})\b)|"
    # ("…, chucked in a couple quid tip", "left a couple bucks extra": another verb, the tip
    # named after)
    r"(?:(?<=\bleft\s)|(?<=\badded\s)|(?<=\bchucked\sin\s)|(?<=\bthrew\sin\s))"
    rf"{_A_COUPLE}(?=\s+(?:{_ON_TOP})\b)",
    re.I,
)


def _a_couple_added(text: str, taken: list[Span]) -> list[Amount]:
    """ "… plus a couple for the driver": 2 of the money said, added on (never "a couple of
    days", nor a couple told without what it was for)."""
    return [
        Amount(Decimal(2), None, Span(m.start(), m.end(), m.group(0)), marked=True)
        for m in _A_COUPLE_ADDED.finditer(text)
        if not any(s.start < m.end() and m.start() < s.end for s in taken)
    ]


def _one_of_a_currency(text: str, taken: list[Span]) -> list[Amount]:
    """ "plus a pound tip", "paid a euro for the toilet": 1 of the currency named; never a
    weight or a rate ("3.99 a pound", "a pound of mince", "lost a pound")."""
    found = []
    for match in _ONE_OF_A_CURRENCY.finditer(text):
        if any(s.start < match.end() and match.start() < s.end for s in taken):
            continue
        if _ONE_NOT_MONEY_BEFORE.search(text, 0, match.start()):
            continue
        span = Span(match.start(), match.end(), match.group(0))
        found.append(Amount(Decimal(1), None, span, marked=True))
    return found


def combine_arithmetic(text: str, amounts: list[Amount]) -> list[Amount]:
    """`amounts` with each count-times-price and each "a + b" replaced by its result."""
    result: list[Amount] = []
    added_to: dict[int, Amount] = {}  # a sum's place in `result` -> the price it began with
    counted: dict[int, Decimal] = {}  # a product's place in `result` -> how many it counts
    for amount in amounts:
        previous = result[-1] if result else None
        if previous is not None and amount.span.end <= previous.span.end:
            continue  # the count of "2.80 x 2", already part of the product
        product = (
            _taxed(text, _product(text, amount))
            or _half(text, amount)
            or _with_percent_tip(text, amount)
            or _percent_paid_now(text, amount)
            or _less_a_rate(text, amount)
        )
        if product is not None and len(result) - 1 in counted and _reads_into(product, previous):
            product = None  # "4 x 12 plus 1 each": its count is the product before's
        elif (
            product is not None
            and previous is not None
            and product.span.start < previous.span.end
            and _written_as_a_price(previous)
        ):
            # "bread two forty and three coffees at two fifty each": the count read is a word
            # of the price before (a price, with its cents, is never a count); counted again
            # without it, when another count is said
            again = _taxed(text, _product(_blanked(text, previous.span), amount))
            if again is not None and again.span.start >= previous.span.end:
                product = again
        if product is not None:
            if previous is not None and previous.span.end > product.span.start:
                result.pop()  # the count itself was read as an amount
                previous = added_to.pop(len(result), None)  # "2.50 + 2 x 3": 2.50 + (2 x 3)
            if previous is not None and (summed := _sum(text, previous, product)):
                product = summed  # "2.19 + 2 x 3.49": a price plus a product
                if result and result[-1] is previous:
                    result.pop()
            result.append(product)
            if (count := _count_in(product, amount)) is not None:
                counted[len(result) - 1] = count
        elif previous is not None and (
            combined := _sum(text, previous, amount) or _less_a_discount(text, previous, amount)
        ):
            count = counted.pop(len(result) - 1, None)  # a sum is no product any more
            if count is not None and _PER_UNIT_AFTER.match(text, amount.span.end):
                combined = _each_added(combined, previous, amount, count)
            result[-1] = combined
            added_to[len(result) - 1] = previous
        else:
            result.append(amount)
    return result


# "2 x 65 plus 18.50 fees each", "+ 9.50 booking fee per ticket": a charge on every one
_PER_UNIT_AFTER = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}?(?:each|apiece|per\s+(?:ticket|person|head|item|piece|seat))\b",
    re.I,
)


def _blanked(text: str, span: Span) -> str:
    """`text` with `span` blanked out to a break between clauses, every other place kept
    where it was."""
    return text[: span.start] + ";".ljust(span.end - span.start) + text[span.end :]


def _reads_into(product: Amount, previous: Amount | None) -> bool:
    """True when `product` starts inside `previous`, not where it starts: the 12 of "4 x 12
    plus 1 each" read again as a count."""
    return previous is not None and previous.span.start < product.span.start < previous.span.end


def _count_in(product: Amount, price: Amount) -> Decimal | None:
    """How many things `product` counts at `price` each, when it is a whole small count; of
    "2 x 45" read from either side, the smaller factor."""
    if price.value <= 0 or product.value <= price.value:
        return None
    factors = [price.value, product.value / price.value]
    whole = [f for f in factors if f == f.to_integral_value() and 1 < f <= _MAX_COUNT]
    return min(whole) if whole else None


def _each_added(combined: Amount, product: Amount, charge: Amount, count: Decimal) -> Amount:
    """ "2 concert tickets at 45 each + 9.50 booking fee per ticket": 109.00, the charge
    added to every one of the things counted, not once."""
    value = product.value + count * charge.value
    return replace(combined, value=value)


def _hours_at_a_rate(text: str, price: Amount) -> tuple[Decimal, int, int] | None:
    """The hours, start and end of "3 hours at 25 an hour", "parking 2h at 1,80/h" or "14
    hrs at 27.50" (worked at a rate, the rate not a clock time); None when not said so."""
    hours = _HOURS_BEFORE.search(text, 0, price.span.start)
    per_hour = _PER_HOUR_AFTER.match(text, price.span.end)
    if hours is None and per_hour is not None:
        clocked = _CLOCK_RANGE_BEFORE.search(text, 0, price.span.start)
        if clocked is not None and (between := _hours_between(clocked)) is not None:
            return between, clocked.start(), per_hour.end()  # "6pm to 11pm at $15/hr": 5 hours
    if hours is not None and per_hour is not None:
        end = per_hour.end()
    else:
        hours = _HOURS_WORKED_AT_BEFORE.search(text, 0, price.span.start)
        if hours is None or (_could_be_a_clock(price) and not hours.group("times")):
            # "8 hours at 9": maybe nine o'clock ("3h x 15" is no clock)
            return None
        end = per_hour.end() if per_hour else price.span.end
    return Decimal(hours.group("count").replace(",", ".")), hours.start(), end


# "Trotro to Adum and back, 7 cedis each way", "bus into town, 2.50 each way": a fare paid
# twice
_EACH_WAY_AFTER = re.compile(
    r"\s*(?:each|per|a)\s+way\b|"
    # "2.50 and the same back", "3 there and 3 back": the same fare the other way
    r"\s+and\s+(?:the\s+)?same\s+(?:back|home|on\s+the\s+way\s+(?:back|home)|coming\s+back)\b",
    re.I,
)


# Only one way travelled: "£14 each way, I only went there", "single, 3.20 each way"
_ONE_WAY_ONLY = re.compile(r"\b(?:one[\s-]way|single|only\s+(?:went|there))\b", re.I)


def _there_and_back(text: str, price: Amount) -> Amount | None:
    """The fare both ways, when a price is said "each way" of a trip ("bus into town, 2.50
    each way": there and back), unless only one way was said to be travelled."""
    each_way = _EACH_WAY_AFTER.match(text, price.span.end)
    if each_way is None or _ONE_WAY_ONLY.search(text) is not None:
        return None
    return _joined(text, 2 * price.value, price, price.span.start, each_way.end())


def _a_term_told(rate: re.Match[str]) -> bool:
    """True for a rate by the month followed by a count with nothing that multiplies
    ("19,99 per month, 24 months"): how long a contract runs, not months paid now ("500 a
    month for 3 months" and "2k per month x 3" multiply)."""
    unit = (rate.group("unit") or "").lower()
    return unit == "month" and not rate.group("times") and rate.group("count2") is None


# Things counted, then the price of one of them: "bought 6 beer, 1 can is 278 yen", "4
# croissants, one was 1.20", "3 tickets. Each one cost 12"
_ONE_OF_THEM_IS_BEFORE = re.compile(
    _COUNT + r"\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+\s*[,.;]\s*(?:and\s+)?(?:1|one|each)(?:\s+one)?"
    r"(?:\s+[^\W\d_]+)?\s+(?:is|was|(?P<cost>costs?|cost))\s+(?:me\s+)?(?:[$€£]\s*)?\Z",
    re.I,
)


def clearly_money(amount: Amount) -> bool:
    """True for an amount written as money: with its currency or its cents ("23.50", "€12",
    "12 euros")."""
    return amount.marked or amount.value != amount.value.to_integral_value()


_THE_OTHER_AFTER = re.compile(r"[^.!?\d]{0,20}\b(?:the\s+)?others?\b", re.I)


def _price_of_one_of_them(text: str, price: Amount) -> re.Match[str] | None:
    """The things counted before `price` when it is said to be the price of one of them
    ("bought 6 beer, 1 can is 278 yen"); None when the others have their own price ("2
    pizzas, one was 14.50 and the other 12") or the number is no price ("2 kids, 1 is 7")."""
    said = _ONE_OF_THEM_IS_BEFORE.search(text, 0, price.span.start)
    if said is None or _THE_OTHER_AFTER.match(text, price.span.end):
        return None
    return said if said.group("cost") or clearly_money(price) else None


def _product(text: str, price: Amount) -> Amount | None:
    """ "3 coffees at 2.80 each" -> 8.40: a small count before the price, and "each" after
    it, or a connector that means times ("x", "@", "à"), or "<count> <things> at <price>"."""
    if (both_ways := _there_and_back(text, price)) is not None:
        return both_ways
    hours_at_rate = _hours_at_a_rate(text, price)
    if hours_at_rate is not None:
        hours_said, start, end = hours_at_rate
        return _joined(text, as_money(hours_said * price.value), price, start, end)
    rate = _RATE_FOR_COUNT.match(text, price.span.end)
    if rate is not None and _a_term_told(rate):
        rate = None  # "19,99 per month, 24 months": the contract's length, one month paid
    if rate is not None and (number := _count_value(rate.group("count") or rate.group("count2"))):
        return _joined(text, number * price.value, price, price.span.start, rate.end())
    one_is = _price_of_one_of_them(text, price)
    if one_is is not None and (number := _count_value(one_is.group("count"))) is not None:
        # "bought 6 beer, 1 can is 278 yen": the things counted, then the price of one
        return _joined(text, number * price.value, price, one_is.start("count"), price.span.end)
    counted_first = (
        _units_then_rate(text, price)
        or _weight_then_rate(text, price)
        or _rate_then_units_counted(text, price)
    )
    if counted_first is not None:
        number, start, end = counted_first
        return _joined(text, as_money(number * price.value), price, start, end)
    times = _TIMES_AFTER.match(text, price.span.end)
    if times is not None and (number := _times_said(text, times)) is not None:
        return _joined(text, number * price.value, price, price.span.start, times.end())
    if (each_time := _EACH_TIME_AFTER.match(text, price.span.end)) is not None:
        before = _TIMES_BEFORE.search(text, 0, price.span.start)
        if before is not None and (number := _times_said(text, before)) is not None:
            # "toll road 73 twice today, 9.87 each time": the price of one, times said before
            return _joined(text, number * price.value, price, before.start(), each_time.end())
    each = _PER_ITEM_AFTER.match(text, price.span.end)
    some = each and _SOME_OF_THE_FEW_BEFORE.search(text, 0, price.span.start)
    if each and some and (number := _count_value(some.group("count"))) is not None:
        # "refunded 2 of the 3 items, €14,95 each": the ones counted first, at the price of one
        return _joined(text, number * price.value, price, some.start(), each.end())
    counted_after = each and (
        _COUNT_AFTER_EACH.match(text, each.end())
        or _BOUGHT_AFTER_EACH.match(text, each.end())
        or _HOW_MANY_AFTER_EACH.match(text, each.end())
    )
    if counted_after and _NEXT_ITEM.match(text, counted_after.start()):
        counted_after = None  # "$4 each, 2 packs of hats $3 each": the next item's count
    if counted_after and counted_after.groupdict().get("both"):
        return _joined(text, 2 * price.value, price, price.span.start, counted_after.end())
    if counted_after and (number := _count_value(counted_after.group("count"))) is not None:
        return _joined(text, number * price.value, price, price.span.start, counted_after.end())
    named = each and _NAMES_AFTER_EACH.match(text, each.end())
    if named:  # "fifty each for Chloe and Sam": one price for each person named
        people = _people_named(named.group("names"))
        return _joined(text, people * price.value, price, price.span.start, named.end())
    given = _NAMES_BEFORE_EACH.search(text, 0, price.span.start) if each else None
    if each and given:  # "gave Tom and Ella £5 each": one price for each person named before
        group = "names" if given.group("names") else "names2"
        people = _people_named(given.group(group))
        return _joined(text, people * price.value, price, given.start(group), each.end())
    pair = _PAIR_BEFORE.search(text, 0, price.span.start) if each else None
    if each and pair:  # "gave the twins their pocket money, 10 each": one price for each
        people = _PAIRS[pair.group("pair").split()[-1].lower()]
        return _joined(text, people * price.value, price, pair.start(), each.end())
    each_before = _EACH_BEFORE.search(text, 0, price.span.start)
    counted = each_before and _COUNT_BARE_BEFORE.search(text, 0, each_before.start() + 1)
    if counted and NUMBERED_BEFORE.search(text, 0, counted.start()):
        counted = None  # "table 4 … each 12": the table's number counts nothing
    if counted and (number := _count_value(counted.group("count"))) is not None:
        return _joined(text, number * price.value, price, counted.start(), price.span.end)
    after_thing = _COUNT_X_AFTER_THING.search(text, 0, price.span.start)
    if after_thing and (each or after_thing.group("strong")):
        number = _count_value(after_thing.group("count"))
        if number is not None:  # "chai x3 @ 15": 45
            end = each.end() if each else price.span.end
            return _joined(text, number * price.value, price, after_thing.start("count"), end)
    glued = _COUNT_X_BEFORE.search(text, 0, price.span.start)
    count = glued or _COUNT_BEFORE.search(text, 0, price.span.start)
    if count is not None and NUMBERED_BEFORE.search(text, 0, count.start()):
        count = None  # "on ward 7, 1.40 each": the ward's number, the count said before it
    if count is not None and _A_THINGS_PRICE_BEFORE.search(text, 0, count.start("count")):
        count = None  # "a book for 14 and a pen for 3.50": the book's price, no count
    if count is not None and not each and (per_thing := _priced_per_thing(text, price, count)):
        each = per_thing  # "two hot dogs at the ballpark, $7 a dog"
    if count is None and each:
        count = _COUNT_BARE_BEFORE.search(text, 0, price.span.start)
    if count is None and each:
        count = _THINGS_COUNTED_FAR_BEFORE.search(text, 0, price.span.start)
    many = _MANY_BEFORE_EACH.search(text, 0, price.span.start) if each and count is None else None
    if each and many and (number := _count_value(many.group("count"), _MAX_UNITS)):
        return _joined(text, number * price.value, price, many.start(), each.end())
    if count is None:
        return None
    number = _count_value(count.group("count"))
    if number is None:
        return None
    if not (each or glued) and _deal_price(text, count, number, price):
        bought = _BOUGHT_AFTER_A_DEAL.match(text, price.span.end)
        taken = _count_value(bought.group("count")) if bought else None
        if bought and taken and taken % number == 0:  # "avocados 2 for 5, got 4": two deals
            return _joined(text, taken / number * price.value, price, count.start(), bought.end())
        before = _BOUGHT_BEFORE_A_DEAL.search(text, 0, count.start())
        taken = _count_value(before.group("count")) if before else None
        if before and taken and taken > number and taken % number == 0:
            # "bought 4 packs Milo at NTUC, 2 for $5.90": two deals
            return _joined(
                text, taken / number * price.value, price, before.start(), price.span.end
            )
        return _joined(text, price.value, price, count.start(), price.span.end)
    if not (each or glued or _times_without_each(count) or _things_at_a_cent_price(count, price)):
        return None
    end = each.end() if each else price.span.end
    start = count.start()
    if "words" in count.re.groupindex and _DOZENS.match(count.group("words") or ""):
        number *= 12  # "2 dozen eggs at 0.30 each", "2 dozen roses at £1.75 a stem"
    if each:  # "2 coffees and 2 croissants, 1.60 each": every thing counted at that price
        more, start = _counted_too_before(text, start)
        number += more
    return _joined(text, number * price.value, price, start, end)


# Other things counted before, joined to the next: "2 cappuccini and 2 cornetti, …"
# (things, not a price: "smoothie 6 dollars and 2 extra shots at 1.25 each")
_THING_WORD = (
    r"(?!(?:each|at|for|per|a|dollars?|euros?|pounds?|bucks|quid|[a-z]{3})\b)[^\W\d_][^\W_]*"
)
_COUNTED_TOO_BEFORE = re.compile(
    r"(?<!\bat\s)(?<!\bfor\s)(?<!@\s)(?<!\bthe\s)"
    + _COUNT
    + r"\s+(?:"
    + _THING_WORD
    + r"\s+){1,3}?(?:and|&)\s+\Z",
    re.I,
)


# The price of one of the things, named after it: "$7 a dog", "2.50 per bagel"
_PER_THING_NAMED = re.compile(r"\s*(?:a|per)\s+(?P<thing>[^\W\d_]{2,})\b", re.I)


def _priced_per_thing(text: str, price: Amount, count: re.Match[str]) -> re.Match[str] | None:
    """The words after `price` naming one of the things `count` counts ("two hot dogs at the
    ballpark, $7 a dog"), or None when they name something else or nothing."""
    per = _PER_THING_NAMED.match(text, price.span.end)
    if per is None or "words" not in count.re.groupindex:
        return None
    things = {word.lower() for word in (count.group("words") or "").split()}
    thing = per.group("thing").lower()
    return per if {thing + "s", thing + "es"} & things else None


# Dozens counted, the things after: "2 dozen eggs", "three dozen roses"
_DOZENS = re.compile(r"dozen\s+(?:of\s+)?[^\W\d_]", re.I)


def _counted_too_before(text: str, start: int) -> tuple[Decimal, int]:
    """How many more things are counted in a list just before `start` ("2 cappuccini and 2
    cornetti at bar Gino, 1,60 each one": the cappuccini too), and where that list begins."""
    more = Decimal(0)
    while (counted := _COUNTED_TOO_BEFORE.search(text, 0, start)) is not None:
        value = _count_value(counted.group("count"), least=1)
        if value is None:
            break
        more += value
        start = counted.start()
    return more, start


# "paid half of 80", "half the 64 bill", "three quarters of the 80 dinner bill": a share
# of the amount said
_SHARES = {
    "half": Decimal(1) / 2,
    "a quarter": Decimal(1) / 4,
    "one quarter": Decimal(1) / 4,
    "a third": Decimal(1) / 3,
    "one third": Decimal(1) / 3,
    "two thirds": Decimal(2) / 3,
    "three quarters": Decimal(3) / 4,
}
_SHARE = r"(?P<share>" + "|".join(w.replace(" ", r"\s+") for w in _SHARES) + r")"
_HALF_BEFORE = re.compile(
    r"(?<!first\s)(?<!second\s)\b" + _SHARE + r"\s+(?:of\s+)?(?:the|that|a)?\s*(?:[$€£]\s*)?\Z|"
    r"(?<!first\s)(?<!second\s)\b" + _SHARE.replace("share", "share2") + r"\s+of\s+(?:[$€£]\s*)?\Z",
    re.I,
)


def _half(text: str, amount: Amount) -> Amount | None:
    """ "half of 80" -> 40.00, "three quarters of the 80" -> 60.00, its span covering the
    share's words."""
    said = _HALF_BEFORE.search(text, 0, amount.span.start)
    if said is None:
        return None
    share = " ".join((said.group("share") or said.group("share2")).lower().split())
    return _joined(
        text, as_money(amount.value * _SHARES[share]), amount, said.start(), amount.span.end
    )


def _times_without_each(count: re.Match[str]) -> bool:
    """ "4 @ 2.50", "4 beers at 5.50" and "2 concert tickets at 65" multiply without "each";
    "lunch for 2 at 30", "2 people at 30" and
    "2 tickets, 12.75" need it."""
    if "strong" not in count.re.groupindex:
        return False
    if count.group("strong"):
        return True
    things = count.group("words").split()
    if things and things[0].lower() in ("x", "×"):
        return True  # "2 x 4 pints of milk at £1.65": the count's own "x" multiplies
    if not things and count.group("at") == "at":
        return _THINGS_SAID_BEFORE.search(count.string, 0, count.start()) is not None
    if len(things) in _CONTAINER_OF and things[1].lower() == "of":
        things = things[:1]  # "4 boxes of screws at 7.49", "3 bags of frozen dumplings at 4.49"
    return bool(
        count.group("at") == "at"
        and 1 <= len(things) <= _MAX_THING_WORDS
        and (_is_plural(things[-1]) or _one_thing_word_counted(things))
        and things[-1].lower() not in _PEOPLE
    )


def _one_thing_word_counted(things: list[str]) -> bool:
    """ "12 chai at 15", "8 samosa at 20", "2 coffee at 3": a word for the things left in
    the singular (a learner's plural, or a word that takes none), counted all the same;
    never a person ("2 adult at 15" is a party's price, told with "each")."""
    word = things[0].lower() if len(things) == 1 else ""
    return word.isalpha() and len(word) >= _SHORTEST_THING and word not in _PERSON


# How many were taken at a deal, said after it: "2 for 5 so I got 4", "2 for 5 avocados, got
# 4", "on sale 2 for 15 and I got 2"
_BOUGHT_AFTER_A_DEAL = re.compile(
    r"[^.!?\d]{0,40}?\b(?:got|bought|took|grabbed|had)\s+" + _COUNT + r"\b(?![.,]\d)",
    re.I,
)
# How many were taken, said before the deal: "bought 4 packs Milo at NTUC, 2 for $5.90"
_BOUGHT_BEFORE_A_DEAL = re.compile(
    r"\b(?:got|bought|took|grabbed)\s+" + _COUNT + r"\b(?![.,]\d)[^.!?\d]{1,40}?[,;:(]\s*"
    # ("took 6 beers at the mercado, promo 3 for 10": the offer named)
    r"(?:(?:(?:it\s+)?(?:was|were)\s+)?(?:a\s+|the\s+)?(?:promo|promotion|offer|deal|special|sale|"
    r"on\s+(?:offer|sale|special|promo))\s*[:,]?\s*)?\Z",
    re.I,
)
# After "for <number>": the number counts people, not money ("$24 for 3 of us").
_PEOPLE_AFTER = re.compile(r"\s*(?:of\s+us|people|persons|ppl|pax|guests|ways)\b", re.I)
_MONEY_BEFORE = re.compile(r"[$€£]\s*$")
# "at Forever 21 for 7.80": the number ends a capitalized name (not a sentence's first word,
# after its start or after a full stop: "Nice day. Sold two paintings for 150")
_NAME_BEFORE = re.compile(r"(?<=[^\s.!?])\s+[A-Z][\w'&-]*\s+$")


def _deal_price(text: str, count: re.Match[str], counted: Decimal, price: Amount) -> bool:
    """ "2 for 10", "3 avocados for 5": the price after "for" is what the count cost in all
    (the count is how many, not money); not "$24 for 3 of us", where the first is money,
    nor "at Forever 21 for 7.80", where it ends a name."""
    if "at" not in count.re.groupindex or count.group("at") != "for":
        return False
    if _MONEY_BEFORE.search(text, 0, count.start()) or _NAME_BEFORE.search(text, 0, count.start()):
        return False
    if price.marked:
        return True
    # "taxi 20 for 3": a party, not a deal ("2 for 1.50": a price to the cent is one)
    dearer = price.value > counted or price.value != price.value.to_integral_value()
    return dearer and not _PEOPLE_AFTER.match(text, price.span.end)


# "Train tickets Lyon-Marseille, 2 at 38,90", "beers: 4 at 5.50": the things were named
# before the count, which ends a clause (not "lunch for 2 at 30" nor "table for 2 at 8")
# "books: 3 at 7.99", "books 3 at 7.99": the things named before their count (a plural, not
# "bus" or "glass")
_THINGS_SAID_BEFORE = re.compile(
    r"(?:[^\W\d_]{2,}[^\w\s]?\s*[,:;-]|[^\W\d_]{2,}s(?<!ss)(?<!us)(?<!is))\s*\Z"
)
# "2 concert tickets at 65" multiplies; "lunch for 2 people at 30" counts a party
_MAX_THING_WORDS = 2
_CONTAINER_OF = (3, 4)  # "boxes of screws", "bags of compost", "bags of frozen dumplings"
_PEOPLE = frozenset({"people", "persons", "guests", "adults", "kids", "children", "friends"})
_PERSON = frozenset(
    {"person", "guest", "adult", "kid", "child", "friend", "pax", "people", "of", "us", "them"}
)
_SHORTEST_THING = 3


def _times_said(text: str, times: re.Match[str]) -> Decimal | None:
    """How many times a price was paid, said after it ("x 2", "twice", "three times"); none
    for a charge taken twice ("they charged me 20 twice"): a mistake, not two purchases."""
    if times.group("count"):
        return _count_value(times.group("count"))
    if _CHARGED_TWICE.search(text):
        return None
    return Decimal(2) if times.group("twice") else _count_value(times.group("said"))


_MOST_COUNTED_AT_A_CENT_PRICE = 9  # "2 Kaffee Crème at 4.80"; a larger number may be a name
_MOST_NAMED_THING_WORDS = 3  # "3 pain au chocolat at 1.35"


def _things_at_a_cent_price(count: re.Match[str], price: Amount) -> bool:
    """ "2 Kaffee Crème at 4.80", "3 Brötchen a 0,45", "4 passagens de 4,40", "3 spritz a 8
    euro": a small count, a thing or two named in any language (no English plural needed),
    "at" (or a learner's word for it) and a price to the cent or with its currency: the price
    of one."""
    if "strong" not in count.re.groupindex or not (count.group("at") == "at" or count["atcent"]):
        return False
    things = count.group("words").split()
    number = _count_value(count.group("count"))
    return (
        number is not None
        and number <= _MOST_COUNTED_AT_A_CENT_PRICE
        and 1 <= len(things) <= _MOST_NAMED_THING_WORDS
        and things[-1].lower() not in _PEOPLE
        and (price.value != price.value.to_integral_value() or price.marked)
    )


def _is_plural(word: str) -> bool:
    lowered = word.lower()
    return len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith("ss")


def _compound_count(words: str) -> int | None:
    """ "seventy eight" -> 78, "twenty-five" -> 25, "fifteen" -> 15; None for other words."""
    parts = re.split(r"[\s-]+", words)
    if len(parts) == 1:
        return TENS.get(parts[0], TEENS.get(parts[0]))
    if len(parts) == _TENS_AND_ONES and parts[0] in TENS and UNITS.get(parts[1], 0) > 0:
        return TENS[parts[0]] + UNITS[parts[1]]
    return None


_TENS_AND_ONES = 2


def _count_value(word: str, most: int = _MAX_COUNT, least: int = 2) -> Decimal | None:
    lowered = word.lower()
    value = Decimal(lowered) if lowered.isdigit() else COUNT_WORDS.get(lowered)
    if value is None:
        value = _compound_count(lowered)
    if value is None or not least <= value <= most:
        return None
    return Decimal(value)


# "80 plus 15% tip", "62 with a 10% service charge": a tip given as a share of the price
# ("6 boxes @ 11.25, 7.5% tax on top": the joiner left out)
_PERCENT_TIP = re.compile(
    # ("45 Fr. + 10% tip": a currency's short name may stand between)
    r"(?:\s*" + _SHORT_CURRENCY + r"\.?(?=\s*(?:\+|plus)))?(?:\s+net\b)?"
    r"\s*,?\s*(?:(?:\+|plus|and|with)\s*)?(?:a\s+|the\s+)?(?P<rate>\d{1,2}(?:[.,]\d{1,2})?)\s*"
    # ("32,90 plus the 10% of service": the service's rate, as Romance languages say it)
    # ("… plus the 10% for the waiter": who it is for, said instead of "tip")
    r"(?:%|percent|per\s*cent)\s*(?:of\s+(?:the\s+)?)?(?:tip|gratuity|service|"
    r"for\s+(?:the\s+)?(?:waiter|waitress|waiters|server|servers|staff|service)|"
    + TAXES_ON_TOP
    + r"|"
    # "rent 1200, 5% late fee added": a charge put on top
    r"(?:late\s+)?(?:fee|surcharge)(?=\s+(?:added|on\s+top|extra)))\b|"
    # "dinner 80 and I tipped 15%": the person's tip told after the price
    r"\s*,?\s*(?:and\s+)?(?:i|we)\s+(?:tipped|left|added)\s+(?:a\s+)?"
    r"(?P<told>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|percent|per\s*cent)(?!\s+(?:off|discount))|"
    # "64 before tip, we did 20%", "86.40 before tip, I tipped 18%": the rate said after
    r"\s*before\s+(?:the\s+)?(?:" + TIP_WORDS + r"|service)\b[^.!?%\d]{0,30}?"
    r"(?P<later>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|percent|per\s*cent)|"
    # "lunch 40, tip 15%", "dinner 120 plus service 12.5%": the tip named, then its rate
    r"\s*,?\s*(?:(?:\+|plus|and|with)\s*)?(?:a\s+)?(?:"
    + TIP_WORDS
    + r"|service|"
    + TAXES_ON_TOP
    + r")"
    r"\s*(?:of\s+)?(?P<named>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|percent|per\s*cent)",
    re.I,
)


def _rate_of(said: re.Match[str]) -> Decimal:
    """The percentage a match's "rate" (or "later", "named" or "told") group says ("15",
    "12,5")."""
    found = said.groupdict()
    rate = found.get("rate") or found.get("later") or found.get("named") or found.get("told") or ""
    return Decimal(rate.replace(",", "."))


def _less_a_rate(text: str, price: Amount) -> Amount | None:
    """ "jacket at Zara, was 120 but I got 30% off": 84.00, the price less the rate off; "640
    minus the 3% host fee": 620.80."""
    said = _PERCENT_OFF_AFTER.match(text, price.span.end)
    if said is not None and _NET_OF_A_RATE.search(said.group("gap")):
        return None  # "386.40 cedis, that is after the 10% loyalty discount": already net
    if said is not None and (net := _ALREADY_TAKEN_AFTER.match(text, said.end())) is not None:
        # "80, 20% off already included": the price said is what was paid, its rate told
        return _joined(text, price.value, price, price.span.start, net.end())
    if said is None or re.search(r"\d", said.group("gap")):
        said = _PERCENT_LESS_AFTER.match(text, price.span.end)
    if said is None:
        return None
    rate = _rate_of(said)
    value = (price.value * (1 - rate / 100)).quantize(CENT)
    return _joined(text, value, price, price.span.start, said.end())


def _taxed(text: str, product: Amount | None) -> Amount | None:
    """A count times a price with the tax or tip said after it ("2 bento at 14.50 each, plus
    13% tax"), or a rate taken off it ("2 large at 15 each but got 20% off": 24.00), or the
    product alone."""
    if product is None:
        return None
    return _with_percent_tip(text, product) or _less_a_rate(text, product) or product


def _with_percent_tip(text: str, price: Amount) -> Amount | None:
    """ "dinner 80 plus 15% tip": the price with its tip, 92.00; "pay the plumber €380 + 21%
    VAT": with the tax added, 459.80."""
    said = _PERCENT_TIP.match(text, price.span.end)
    if said is None:
        return None
    if (included := _INCLUDED_AFTER.match(text, said.end())) is not None:
        # "bill 200, 10% service charge included": the price said is the total
        return _joined(text, price.value, price, price.span.start, included.end())
    if _WITH_A_RATE.match(said.group(0)) and _A_TOTAL_BEFORE.search(text, 0, price.span.start):
        # "total was 386 with the 10% of service", "the bill came to 62 with a 12% service":
        # a total told with the charge it holds
        return _joined(text, price.value, price, price.span.start, said.end())
    rate = _rate_of(said)
    value = (price.value * (1 + rate / 100)).quantize(CENT)
    return _joined(text, value, price, price.span.start, said.end())


_WITH_A_RATE = re.compile(r"\s*,?\s*with\b", re.I)
# the words that make the price after them a total ("total was", "the bill came to")
_A_TOTAL_BEFORE = re.compile(
    r"\b(?:total|bill|came\s+to|comes\s+to|in\s+all|altogether)\b[^\d]{0,20}\Z", re.I
)
_INCLUDED_AFTER = re.compile(
    r"\s*(?:charge\s+)?(?:already\s+)?(?:included|incl\.?|inclusive)\b", re.I
)


# "gave 20 percent deposit on the 2,400 sofa", "paid a 10% deposit on the 900 bike": the part
# of a price paid now
_PERCENT_PART_BEFORE = re.compile(
    r"(?<![\d.,])(?P<rate>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|percent|per\s*cent)\s+"
    r"(?:(?:deposit|down(?:\s*payment)?|upfront|up\s+front)\s+(?:on|of|for)|of)\s+"
    r"(?:the\s+|a\s+|my\s+|our\s+)?(?:[$€£]\s*)?\Z",
    re.I,
)


# "sofa 900, paid a 10% deposit": the part of the price said before, paid now
_PERCENT_PART_AFTER = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:i\s+|we\s+)?(?:paid|put\s+down|gave|left)\s+(?:a\s+|the\s+)?"
    r"(?P<rate>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|percent|per\s*cent)\s+"
    r"(?:deposit|down(?:\s*payment)?|upfront|up\s+front)\b",
    re.I,
)


def _percent_paid_now(text: str, price: Amount) -> Amount | None:
    """ "gave 20 percent deposit on the 2,400 sofa" or "sofa 2,400, paid a 20% deposit":
    480.00, the part paid now; "move 10% of my 2,400 paycheck to savings": 240.00, the part
    moved."""
    if (before := _PERCENT_PART_BEFORE.search(text, 0, price.span.start)) is not None:
        return _joined(text, _part(price, before), price, before.start(), price.span.end)
    if (after := _PERCENT_PART_AFTER.match(text, price.span.end)) is not None:
        return _joined(text, _part(price, after), price, price.span.start, after.end())
    return None


def _part(price: Amount, said: re.Match[str]) -> Decimal:
    """The part of `price` the rate `said` names, to the cent."""
    return (price.value * _rate_of(said) / 100).quantize(CENT)


# "64.20 and 18.90", "£3.20 & £4.10": two prices of one kind of thing, said one after the
# other (not "between 20 and 50", a range, nor "12 on lunch and 8 on coffee", two things)
_AND = re.compile(r"\s*(?:and|&)\s*$", re.I)
_RANGE_BEFORE = re.compile(r"\b(?:between|from|of|either)\s+(?:[$€£]\s*)?$", re.I)


_SPENDING_WORDS = re.compile(r"\b(?:i|we|just|spent|paid|bought|got|had|for)\b", re.I)
_WHEN_WORDS = re.compile(
    r"\b(?:today|yesterday|tonight|this|last|morning|afternoon|evening|night|earlier)\b", re.I
)


def _written_as_a_price(amount: Amount) -> bool:
    """True for an amount with a currency, or cents written ("7.99") or said ("four twenty")."""
    source = amount.span.source
    return amount.marked or "." in source or "," in source or amount.value % 1 != 0


def _two_prices(text: str, first: Amount, second: Amount, gap: str) -> bool:
    """True for two prices written as prices (with cents or a currency) joined by "and",
    of one thing: named before them or after them, not both ("groceries €52.10 and €7.99 at
    the bakery" are two things)."""
    if not _AND.fullmatch(gap) or _RANGE_BEFORE.search(text, 0, first.span.start):
        return False
    if not all(_written_as_a_price(a) for a in (first, second)):
        return False
    before = re.findall(r"[^\W\d_]+", _SPENDING_WORDS.sub(" ", text[: first.span.start]))
    after = re.findall(r"[^\W\d_]+", _WHEN_WORDS.sub(" ", text[second.span.end :]))
    return not (before and after)


# "taxi to the airport 35 and back 35", "bus there 2.50, and back home 2.50", "matatu to town
# 80 bob and back 100": the way there and the way back, each with its fare
_AND_BACK = re.compile(
    # ("auto to office 120 rs, then back 140 rs": "then" for "and")
    r"\s*(?:[a-z]{1,6}\s*)?,?\s*(?:and(?:\s+then)?|&|then)\s+(?:" + WAY_BACK + r")\s*"
    r"(?:another\s+|was\s+|is\s+)?(?:[$€£]\s*)?",
    re.I,
)


# "coffee 3 and a muffin for 2.50", "2 pints for 10, and a packet of crisps at 1.20": one
# more thing bought, with its own price (the second of only two: a longer list is summed whole)
_AND_A_THING_FOR = re.compile(
    r"\s*,?\s*(?:and|&)\s+(?:also\s+)?(?:an?|some|one)\s+(?:[^\W\d]+\s+){1,4}(?:for|at)\s+"
    r"(?:[$€£]\s*)?",
    re.I,
)
_CENTS_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|&)?\s*", re.I)


def _cents_of_the_price_before(first: Amount, second: Amount, gap: str) -> bool:
    """True for cents said on their own right after a whole price ("199 and ninety cents"):
    the cents of that price."""
    return (
        second.cents_only
        and not first.cents_only
        and first.value == first.value.to_integral_value()
        and _CENTS_JOIN.fullmatch(gap) is not None
    )


def _sum(text: str, first: Amount, second: Amount) -> Amount | None:
    """ "dinner 48 + 8 tip", "35 pounds, plus a five pound tip", "64.20 and 18.90", "taxi
    there 35 and back 35": the price and what was added to it."""
    gap = text[first.span.end : second.span.start]
    tipped = (
        (_TIP_JOIN.fullmatch(gap) and _TIP_AFTER.match(text, second.span.end))
        or _TIP_BEFORE.fullmatch(gap)
        or _TIPPED_JOIN.fullmatch(gap)
        or (_TIPPED_FIRST_BEFORE.search(text, 0, first.span.start) and _ON_A_PRICE.fullmatch(gap))
    )
    if _cents_of_the_price_before(first, second, gap):  # "shoes 199 and ninety cents"
        return _joined(
            text, first.value + second.value, first, first.span.start, second.span.end, second
        )
    if not (
        _PLUS.fullmatch(gap)
        or tipped
        or _AND_BACK.fullmatch(gap)
        or _two_prices(text, first, second, gap)
        or (_AND_A_THING_FOR.fullmatch(gap) and not re.search(r"\d", text[: first.span.start]))
    ):
        return None
    if first.currency and second.currency and first.currency != second.currency:
        return None
    if _TIP_BEFORE.fullmatch(gap) and second.value > first.value:
        # "Haircut 28 €, with tip 30 €": no tip is more than the price, so 30 is the total
        return _joined(text, second.value, second, first.span.start, second.span.end, first)
    summed = _joined(
        text, first.value + second.value, first, first.span.start, second.span.end, second
    )
    return _keeping_the_words_between(text, summed, first, second)


def _keeping_the_words_between(
    text: str, combined: Amount, first: Amount, second: Amount, end: int | None = None
) -> Amount:
    """`combined` reading only its prices' own words (up to `end`, the last word read with
    the second price) when others stand between them ("18.99 each from Domino's plus 4.99",
    "86.40 at Coles, used a $10 off voucher"): those are free for the other slots."""
    gap = text[first.span.end : second.span.start]
    if not re.search(r"[^\W\d_]{2,}", _PLUS_WORDS.sub(" ", gap)):
        return combined
    *head, last = second.own_spans()
    last_end = max(last.end, end or 0)
    tail = Span(last.start, last_end, text[last.start : last_end])
    return replace(combined, parts=(*first.own_spans(), *head, tail))


# "89.99 but had a 15 off coupon", "86.40 at Coles, used a $10 off voucher": a discount
# taken off the price said before it; "left 14 on top": a tip added to it
_OFF_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:off|discount|coupon|voucher|(?:promo\s+)?code)\b"
    r"(?!\s+(?:on|for)\s+(?:the\s+)?next)",
    re.I,
)
# "67,80 € minus a 5 € coupon", "less a 10 voucher", "60 minus the 10 I lent him": taken off
# the price before
_MINUS_BEFORE = re.compile(
    r"\s*,?\s*(?:minus|less|-)\s+(?:an?\s+|the\s+|my\s+|his\s+|her\s+|their\s+)?$|"
    # "Tesco 47.82, clubcard knocked off a fiver", "they took off 5": the particle first
    r"\b(?:knock(?:ed|s)?|took|take[ns]?|shaved|chopped)\s+off\s+(?:an?\s+|the\s+)?$",
    re.I,
)
# "was 120 but I got 30% off", "49,95 € with 20% student discount": a rate off the price
_PERCENT_OFF_AFTER = re.compile(
    r"(?P<gap>(?:\s*,?\s*(?:[^\W\d]+['’]?[^\W\d]*\s+){0,5}?)(?:an?\s+)?)(?:"
    r"(?P<rate>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|percent|per\s*cent)\s+(?:[a-z]+\s+)?"
    r"(?:off|discount|sale)\b|"
    # "399k each, sale 20%", "80 with discount -25%": the sale named, then its rate
    r"(?:sale|discount|promo)\s*(?:of\s+)?-?\s*(?P<named>\d{1,2}(?:[.,]\d{1,2})?)\s*"
    r"(?:%|percent|per\s*cent))",
    re.I,
)
# "640 minus the 3% host fee", "85.– minus 10 % member discount": a rate taken off the price
_PERCENT_LESS_AFTER = re.compile(
    r"(?:\.[–-])?\s*,?\s*(?:minus|less)\s+(?:the\s+|a\s+|an\s+|my\s+|their\s+|his\s+|her\s+)?"
    r"(?P<rate>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|percent|per\s*cent)",
    re.I,
)
# "54,90 but I used a coupon of 15", "62, had a voucher for 10": a discount named, then its
# value (a voucher got for later takes nothing off: "got a voucher for 10")
_OFF_NAMED_BEFORE = re.compile(
    r"\b(?:used|had|with|applied|redeemed)\s+(?:an?\s+|the\s+|my\s+)?(?:\w+\s+)?"
    r"(?:coupon|cupom|cup[oó]n|voucher|discount|promo(?:\s+code)?|code)\s+(?:of|for|worth)\s+"
    r"(?:[$€£]\s*)?$",
    re.I,
)
# "45 after the 10 off coupon", "30 once the 5 discount was taken": the price said is net
# ("399 because of the 30 € coupon", "45 thanks to a 10 euro voucher": the discount is why)
_ALREADY_TAKEN_OFF = re.compile(
    r"\b(?:after|once|incl(?:uding)?|because\s+of|thanks\s+to|due\s+to)\s+"
    r"(?:the\s+|a\s+|an\s+|my\s+)?$",
    re.I,
)
# "with the 15 off cupom already", "the 10 € coupon was applied at checkout", "20% off
# already included", "10% off applied": taken off before the price was said
_ALREADY_TAKEN_AFTER = re.compile(
    r"\s*,?\s*(?:[^\W\d]+\s+)?(?:already|(?:was|were|is|are|been)\s+(?:already\s+)?(?:applied|"
    r"taken\s+off|deducted|subtracted|included|used)|applied|included|incl\.?|taken\s+off|"
    r"accounted\s+for)\b",
    re.I,
)
# "386.40, that is after the 10% loyalty discount": the price said is net
_NET_OF_A_RATE = re.compile(r"\b(?:after|incl(?:uding)?|already)\b", re.I)
_ON_TOP_AFTER = re.compile(r"\s*(?:on\s+top|extra|as\s+(?:a\s+)?tip)\b", re.I)
_MAX_GAP_WORDS = 6


def _less_a_discount(text: str, first: Amount, second: Amount) -> Amount | None:
    """ "Amazon order 89.99 but had a 15 off coupon": 74.99, the price less the discount;
    "Bill at Olive Garden was $72.40, left 14 on top": 86.40, the price and the tip. Only
    when a few words part them and no percentage is said."""
    gap = text[first.span.end : second.span.start]
    if len(gap.split()) > _MAX_GAP_WORDS or "%" in text[second.span.end : second.span.end + 2]:
        return None
    if first.currency and second.currency and first.currency != second.currency:
        return None
    if (change := _less_the_change(text, first, second, gap)) is not None:
        return change
    if (kept := _refund_less_what_was_kept(text, first, second, gap)) is not None:
        return kept
    off = _OFF_AFTER.match(text, second.span.end)
    if off is None and _OFF_NAMED_BEFORE.search(gap) and second.value < first.value:
        # "iFood 54,90 but I used a coupon of 15": the discount named before its value
        less = _joined(
            text, first.value - second.value, first, first.span.start, second.span.end, second
        )
        return _keeping_the_words_between(text, less, first, second)
    if off is None and _MINUS_BEFORE.search(gap) and second.value < first.value:
        return _joined(
            text, first.value - second.value, first, first.span.start, second.span.end, second
        )
    on_top = _ON_TOP_AFTER.match(text, second.span.end)
    if off is not None and (
        _ALREADY_TAKEN_OFF.search(gap) or _ALREADY_TAKEN_AFTER.match(text, off.end())
    ):
        # "paid 45 for the jacket after the 10 off coupon": 45 is what was paid
        paid = _joined(text, first.value, first, first.span.start, off.end(), second)
        return _keeping_the_words_between(text, paid, first, second, off.end())
    if off is not None and second.value < first.value:
        less = _joined(text, first.value - second.value, first, first.span.start, off.end(), second)
        return _keeping_the_words_between(text, less, first, second, off.end())
    if on_top is not None:
        value = first.value + second.value
        tipped = _joined(text, value, first, first.span.start, on_top.end(), second)
        return _keeping_the_words_between(text, tipped, first, second, on_top.end())
    return None


# "paid with 50 and got 12 change", "gave him a 20, got 4.50 back": the note handed over,
# then the change given back
_HANDED_OVER_BEFORE = re.compile(
    r"\b(?:paid\s+with|gave\s+(?:him|her|them|the\s+\w+)|handed\s+(?:over|him|her|them))"
    r"\s+(?:a|an)?\s*[$€£]?\s*\Z",
    re.I,
)
_CHANGE_GAP = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:note|bill)?\s*[,;]?\s*(?:and\s+)?(?:got|get|received|he\s+gave\s+me|"
    r"she\s+gave\s+me|they\s+gave\s+me)\s+(?:back\s+)?[$€£]?\s*\Z",
    re.I,
)
_CHANGE_AFTER = re.compile(r"\s*(?:back|(?:in\s+|as\s+)?change)\b", re.I)


# "refunded 149,99 € for the toaster, but they keep 10 € of fees": money paid back, less
# what the one paying it back held on to
_REFUND_SAID = re.compile(
    r"\b(?:refund\w*|reimburs\w*|paid\s+(?:me\s+)?back|gave\s+me\s+back)", re.I
)
_KEPT_BEFORE = re.compile(
    r"\b(?:kept|keep|keeps|retained|withheld|deducted|took)\s+(?:back\s+)?(?:an?\s+|the\s+)?\Z",
    re.I,
)
_AS_A_FEE_AFTER = re.compile(
    r"\s*(?:(?:of|as|in)\s+(?:an?\s+)?)?(?:[^\W\d]+\s+)?(?:fees?|charges?|commission|"
    r"shipping|postage|frete|restocking)\b",
    re.I,
)


def _refund_less_what_was_kept(text: str, first: Amount, second: Amount, gap: str) -> Amount | None:
    """ "Darty has refunded 149,99 € for the toaster, but they keep 10 € of fees": 139.99,
    the money paid back less the fee kept."""
    if second.value >= first.value or not _REFUND_SAID.search(text, 0, first.span.start):
        return None
    if not _KEPT_BEFORE.search(gap) or not (fee := _AS_A_FEE_AFTER.match(text, second.span.end)):
        return None
    less = _joined(text, first.value - second.value, first, first.span.start, fee.end(), second)
    return _keeping_the_words_between(text, less, first, second, fee.end())


def _less_the_change(text: str, first: Amount, second: Amount, gap: str) -> Amount | None:
    """ "paid with 50 and got 12 change": 38, the note handed over less the change."""
    if not _HANDED_OVER_BEFORE.search(text, 0, first.span.start) or second.value >= first.value:
        return None
    change = _CHANGE_AFTER.match(text, second.span.end)
    if change is None or not _CHANGE_GAP.fullmatch(gap):
        return None
    return _joined(text, first.value - second.value, first, first.span.start, change.end(), second)


def _joined(
    text: str, value: Decimal, main: Amount, start: int, end: int, other: Amount | None = None
) -> Amount:
    currency = main.currency or (other.currency if other else None)
    marked = main.marked or bool(other and other.marked)
    return Amount(value, currency, Span(start, end, text[start:end]), marked)
