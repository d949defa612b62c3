"""Everything the slot finders see in one utterance, found once, before the intent is known."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lingassist.assistant.arithmetic import (
    NUMBERED_BEFORE,
    clearly_money,
    combine_arithmetic,
    nickname_amounts,
)
from lingassist.assistant.dates import (
    DateHit,
    LimitHit,
    find_dates,
    find_impossible_dates,
    find_limit,
    find_times,
)
from lingassist.assistant.entities import match_known, phrase_after
from lingassist.assistant.lexicon import DEAL_OF_FEWER, DISTANCE_VERBS
from lingassist.assistant.money_rules import Amount
from lingassist.assistant.numbers import amounts_and_quantities
from lingassist.assistant.types import Span, without_spans

_BOUND = re.compile(
    # ("handed over 30" is no filter)
    r"(?:\b(?P<op>(?<!handed\s)(?<!hand\s)over|above|more\s+than|greater\s+than|at\s+least|"
    r"bigger\s+than|larger\s+than|higher\s+than|exceeding|under|below|less\s+than|at\s+most|smaller\s+than|"
    r"cheaper\s+than|lower\s+than)\s+|(?P<sign>(?<![-=])[<>]=?|[≥≤])\s*)"  # ("->": an arrow)
    r"(?:a\s+|an\s+|like\s+|about\s+|around\s+|roughly\s+)?$",  # "over a $100", "under like 20"
    re.I,
)
# "100 or more", "100 and up", "100+", "20 or less": the bound said after the amount (not
# "pizza 14 + 2 sodas", a sum)
_BOUND_AFTER = re.compile(
    # ("100+" glued, or ending the phrase; "meal 35 + tax" adds to the price)
    r"\s*(?:(?P<plus>(?<=\d)\+|\+(?=\s*(?:$|[.,;!?)])))(?!\s*(?:[$€£]\s*)?\d)|(?:or|and)\s+(?P<word>more|up|above|over|higher|greater|less|under|"
    r"below|lower|fewer))(?!\w)",
    re.I,
)
# "between 20 and 50", "from 20 to 50 euros": a range of two amounts
_RANGE_START = re.compile(r"\b(?:between|from)\s+(?:[$€£]\s*)?$", re.I)
_RANGE_JOIN = re.compile(
    r"\s*(?:[$€£]|euros?|dollars?|pounds?)?\s*(?:and|to|-|–)\s*(?:[$€£]\s*)?", re.I
)
# "ref 88", "no. 12", "invoice no 4", "#5567": a number said to be one, in one piece or in
# groups ("account no 2200 1934 5567")
_IDENTIFIER_BEFORE = re.compile(
    # ("Digitec refund 129.–, RMA 88231": a return's authorisation number)
    r"\b(?:ref|reference|no|number|id|rma|awb|pnr)\.?\s*(?:#|no\.?|number)?\s*(?:\d{2,}[ -]){0,5}$|"
    # "ticket nº 40213", "Rechnung Nr. 5531", "n° 88": the sign for "number" in Europe
    r"(?<![^\W\d_])(?:n[º°˚]|nr|núm|num)\.?\s*$|"
    r"\b(?:invoice|inv|order|receipt|ticket|booking|case)\.?\s*(?:#|no\.?|number)\s*$|#\s*$|"
    # "via paybill 888880 acc 54109876543", "till no 522533": where mobile money is paid to
    r"\b(?:paybill|acc|acct|a/c)\.?\s*(?:#|no\.?|number)?\s*$|\btill\s*(?:#|no\.?|number)\s*$|"
    # "flight BA 2490 to Rome 189", "flight's BA 2490", "my flight is UA 1432"
    r"\bflight(?:['’]s|\s+is|\s+was)?\s+(?:no\.?\s*)?[a-z]{2}\s?$",
    re.I,
)
# "870k, ah no 780k", "860.. no 680": "no" after a pause or an interjection takes back the
# amount before it; it abbreviates "number" only after the thing numbered ("invoice no 2231")
CORRECTING_NO_BEFORE = re.compile(
    r"\d[^\d]{0,12}?(?:[,.;:!?…–—-]|\b(?:ah|oh|uh|um|er|erm|hmm|wait|sorry))\s*no\s*[,:]?\s*\Z|"
    # "Spent 35 at the farmers market, wait no 53": the place said between, the pause marked
    r"\d[^\d]{0,40}?[,;.!…–—-]\s*(?:wait|sorry|oh|ah|hmm|oops)\s*[,.!]?\s*no\s*[,:]?\s*\Z",
    re.I,
)
# "no 45", "oh no 250 a month", opening a message, answers the one before: the figure was
# another. Not when a thing follows the figure: "no 20 tip this time, lunch 14"
_ANSWERING_NO = re.compile(
    r"\A\s*(?:(?:ah|oh|uh|um|er|erm|hmm|wait|sorry|oops|nah)\W*\s+)*no\s*[,:]?\s*\Z", re.I
)
_FIGURE_ANSWERED = re.compile(
    r"\S*\s*(?:[,.;!]|\Z|(?:for|a|an|per|each|every|monthly|weekly|yearly|actually|then|sorry|"
    r"please|not|instead|euros?|dollars?|pounds?|bucks|quid)\b)",
    re.I,
)
# "invoice 2231", "order 5567", "ticket 48": things that have numbers but also a price; a
# bare number names one only when long, or beside another amount that is clearly the money
_THING_BEFORE = re.compile(
    r"\b(?:invoice|inv|order|receipt|ticket|booking|case|chq|cheque)\s*$", re.I
)  # "CHQ 000123 175.00": a cheque's number, long, beside the money
_THING_NUMBER_DIGITS = 4
# "ref. apto 42", "reference flat 3", "memo: unit 12": a payment's reference, words then
# its number, never the money once the money was said before it
_REFERENCE_WORDS_BEFORE = re.compile(
    r"\b(?:ref|reference|memo|concept|concepto)\b[.:]?\s*(?:[^\W\d_]+\.?\s+){1,2}$", re.I
)
# Digits read out one by one, three or more: "invoice four four seven one", "ref two oh nine"
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_DIGIT_BY_DIGIT = re.compile(rf"\b{_DIGIT_WORD}(?:[\s-]+{_DIGIT_WORD}){{2,}}\b", re.I)
# "net 30 invoice", "terms net-60": the days an invoice gives to pay it, never money
_TERMS_BEFORE = re.compile(r"\bnet[\s-]?$", re.I)
_TERMS_DAYS = frozenset({"7", "10", "14", "15", "21", "30", "45", "60", "90", "120"})
_LOWER_OPS = (
    "over", "above", "more", "greater", "at least", "bigger", "larger", "higher", "exceeding",
    ">", "≥",
)  # fmt: skip
_DENIED = re.compile(r"\b(?:no|not)\s+$", re.I)
_LOWER_AFTER = ("+", "more", "up", "above", "over", "higher", "greater")


@dataclass(frozen=True)
class Found:
    """Slots found in an utterance, each with its span.

    Attributes:
        dates: date and period expressions.
        limit: "last 10", if said.
        amounts: amounts that are the subject (not bounds, not inside names).
        bounds: ("min" | "max", amount) pairs from "over 100", "under 20".
        merchant: a known merchant written in the text.
        payee: a known payee written in the text.
        blocked: spans that are not free words (dates, times, amounts, counts of
            things, known names).
        impossible_dates: days said that do not exist ("February 31").
    """

    dates: tuple[DateHit, ...]
    limit: LimitHit | None
    amounts: tuple[Amount, ...]
    bounds: tuple[tuple[str, Amount], ...]
    merchant: tuple[str, Span] | None
    payee: tuple[str, Span] | None
    blocked: tuple[Span, ...]
    impossible_dates: tuple[Span, ...] = ()

    def without_dates(self, text: str) -> str:
        """`text` (the one the slots were found in) with its date words blanked out."""
        return without_spans(text, [hit.span for hit in self.dates])


def find_slots(
    text: str,
    today: date,
    currency: str,
    known_merchants: Iterable[str],
    known_payees: Iterable[str],
) -> Found:
    """Find dates, times, counts, known names and amounts, each outside the others."""
    impossible = tuple(find_impossible_dates(text))
    # "the 31st of april" is no day, not the 31st of this month
    dates = tuple(d for d in find_dates(text, today) if not _inside_any(d.span, impossible))
    limit = find_limit(text)
    merchant = match_known(text, known_merchants)
    payee = match_known(text, known_payees, first_names=True)
    masks = (
        [hit.span for hit in dates] + list(impossible) + find_times(text) + _account_numbers(text)
    )
    masks += [s for s in (limit and limit.span, merchant and merchant[1], payee and payee[1]) if s]
    amounts, quantities = amounts_and_quantities(text, currency, masks)
    amounts = _outside_names(text, amounts, masks)
    amounts = [a for a in amounts if not _is_identifier(text, a, amounts)]
    amounts = [a for a in amounts if not _model_name(text, a, amounts, currency)]
    amounts = [a for a in amounts if not _is_year(text, a, amounts, today)]
    amounts = [a for a in amounts if not _is_numbered_thing_or_hour(text, a)]
    amounts = [a for a in amounts if not _asked_by_another(text, a, amounts)]
    nicknames = nickname_amounts(text, masks)
    amounts = [a for a in amounts if not any(a.span.within(n.span) for n in nicknames)]
    amounts += nicknames
    amounts = combine_arithmetic(text, sorted(amounts, key=lambda a: a.span.start))
    vague = [a for a in amounts if _VAGUE_AFTER.match(text, a.span.end)]
    amounts = [a for a in amounts if a not in vague]
    bounds, subject = _split_bounds(text, amounts)
    blocked = tuple(
        masks + [span for a in (*amounts, *vague) for span in a.own_spans()] + quantities
    )  # "3 hours" names nothing
    return Found(dates, limit, tuple(subject), tuple(bounds), merchant, payee, blocked, impossible)


def _inside_any(span: Span, outers: Iterable[Span]) -> bool:
    return any(span.within(outer) for outer in outers)


# "a hundred and something", "50-odd", "20 and a bit": an amount not known exactly (asked)
# (not "2340 rupees a bit higher than last month": a comparison after the exact amount)
_VAGUE_AFTER = re.compile(
    r"(?:\s*-\s*|\s+)(?:and\s+)?(?:something|summat|odd)\b|\s+and\s+a\s+bit\b|"
    r"\s+a\s+bit\s*(?:$|[,.!?;])",
    re.I,
)


# An IBAN written in groups, however the last group falls ("CH93 0076 2011 6238 5295 7",
# "DE89 3704 0044 0532 0130 00"): the payee's account, never an amount
_IBAN_WRITTEN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8}\b")


def _account_numbers(text: str) -> list[Span]:
    """The spans of the IBANs written in `text`."""
    return [Span(m.start(), m.end(), m.group(0)) for m in _IBAN_WRITTEN.finditer(text)]


def _is_year(text: str, amount: Amount, amounts: list[Amount], today: date) -> bool:
    """ "the 2024 tax bill 300", "2025 season ticket 450": a recent year that names the
    thing after it (only when another amount is there to be the money; "spent 2000 on
    flights" keeps its 2000)."""
    said = amount.span.source
    if not (
        len(amounts) > 1 and not amount.marked and said.isdigit() and len(said) == _YEAR_DIGITS
    ):
        return False
    recent = today.year - _YEARS_BACK <= int(said) <= today.year + 1
    return recent and _NAMES_A_THING_AFTER.match(text, amount.span.end) is not None


# After a year that names a thing: a word that is not a preposition, a currency or a rate
_NAMES_A_THING_AFTER = re.compile(
    r"\s+(?!(?:on|for|at|in|to|from|and|or|euros?|dollars?|pounds?|bucks|quid|total|each|a|"
    r"per|eur|usd|gbp)\b)[a-z]",
    re.I,
)
_YEAR_DIGITS = 4
_YEARS_BACK = 30


def answering_no_before(text: str, amount: Amount) -> bool:
    """True for "no" opening a message right before `amount`, nothing named after it ("no
    45", "oh no 250 a month"): the figure before was another, no "number 45"."""
    return bool(
        _ANSWERING_NO.search(text, 0, amount.span.start)
        and _FIGURE_ANSWERED.match(text, amount.span.end)
    )


def _is_identifier(text: str, amount: Amount, amounts: list[Amount]) -> bool:
    """ "invoice 2231", "order #5567", "ref 88": a number that names a document, not money.
    After a thing people also buy ("train ticket 48", "a case 12") a short bare number is
    its price, unless another amount in the sentence is clearly the money ("order 57 was
    23.50")."""
    if clearly_money(amount):
        return False
    if any(run.start() <= amount.span.start < run.end() for run in _DIGIT_BY_DIGIT.finditer(text)):
        return True  # "invoice four four seven one": a number read out digit by digit
    before = text[: amount.span.start]
    if CORRECTING_NO_BEFORE.search(before):
        return False
    if answering_no_before(text, amount):
        return False
    if _IDENTIFIER_BEFORE.search(before):
        return not _said_again(before, amounts)
    if _TERMS_BEFORE.search(before) and amount.span.source in _TERMS_DAYS:
        return True
    reference = _REFERENCE_WORDS_BEFORE.search(before)
    if reference is not None and amount.span.source.isdigit():
        return any(other.span.end <= reference.start() for other in amounts)  # money said first
    if not _THING_BEFORE.search(before):
        return False
    if any(mark in amount.span.source for mark in ",. "):
        return False  # "invoice 2,300": grouped like money, never like a number on a page
    long_number = sum(c.isdigit() for c in amount.span.source) >= _THING_NUMBER_DIGITS
    return long_number or any(other is not amount and clearly_money(other) for other in amounts)


# A letter glued to a number after a name, read as a currency: "Canon EOS R50 body 679" (the
# R is the model's, for someone who does not count in rand)
_NAME_BEFORE_MODEL = re.compile(r"\b[A-Z][A-Za-z]*\s+\Z")
_LETTER_GLUED = re.compile(r"[A-Za-z]{1,2}\d+")


def _model_name(text: str, amount: Amount, amounts: list[Amount], currency: str) -> bool:
    """True for a model name read as money in another currency ("EOS R50" as 50 rand) when
    another amount is said and the person does not count in that currency."""
    if amount.currency in (None, currency) or len(amounts) < 2:
        return False
    if not _LETTER_GLUED.fullmatch(amount.span.source):
        return False
    return _NAME_BEFORE_MODEL.search(text[: amount.span.start]) is not None


# "12 no 14", "twenty, no, thirty": "no" right after an amount takes it back
_NO_AFTER_AMOUNT = re.compile(r"[,\s]*\bno\b[,\s]*\Z", re.I)


def _said_again(before: str, amounts: list[Amount]) -> bool:
    """True when the "no" before an amount corrects the amount said just before it ("lunch
    12 no 14"), rather than numbering a thing ("invoice no 4", "boots no 7")."""
    taken_back = _NO_AFTER_AMOUNT.search(before)
    return taken_back is not None and any(other.span.end == taken_back.start() for other in amounts)


# "platform 9", "gate 12", "room 4": a number that names a place or a part, not a price
# "my flight is at 11", "the train leaves at 9": an hour, said of an event or a departure
_EVENT_BEFORE_HOUR = re.compile(
    r"\b(?:flight|train|bus|plane|ferry|meeting|appointment|class|lesson|shift|interview|show|"
    r"film|movie|match|game|gig|concert|party|dinner\s+reservation|reservation|booking|"
    r"check-?in|check-?out|pick-?up|leaves?|left|departs?|departed|arrives?|arrived|lands?|"
    r"landed|starts?|started|begins?|opens?|closes?|ends?)\b[^.,;!?\d]*\bat\s+\Z",
    re.I,
)
_LAST_HOUR = 24
# "my son turns 12", "she turned 40", "aged 7", "she's 11 now", "ages 7 and 9": a bare whole
# number after these is an age
_AGE_BEFORE = re.compile(
    r"\b(?:turns?|turned|turning|aged?|ages|(?:he|she)['’]s|(?:he|she)\s+is|they['’]re)\s+\Z", re.I
)
# The person's birthday said, and a bare number opening a clause with "today" or "years old"
# after it: "happy birthday to me, 67 today and finally on the pension", "my birthday, 30
# today" (never a price: "birthday cake 30 today at Greggs")
_OWN_BIRTHDAY = re.compile(
    r"\b(?:happy\s+(?:birthday|bday|b-day)|(?:birthday|bday)\s+to\s+me|my\s+(?:birthday|bday|b-day))\b",
    re.I,
)
_CLAUSE_OPENS = re.compile(r"(?:^|[,.;:!—–-])\s*\Z")
_AGE_AFTER = re.compile(r"\s+(?:today|now|years?\s+old|yrs?\s+old|y/o)\b", re.I)
_AGES = range(1, 111)


def _age_on_a_birthday(text: str, amount: Amount) -> bool:
    """True for a bare whole number of the person's years opening a clause, said with
    "today" or "years old" in a message about their birthday (the caller has already kept
    money marked as such)."""
    if amount.value not in _AGES:
        return False
    if (
        amount.span.source.isdigit()
        and _AFTER_MY_BIRTHDAYS_SIGN.search(text, 0, amount.span.start)
        and _ONLY_CHATTER_AFTER.match(text, amount.span.end)
    ):
        return True  # "mom sent me 350 for my bday 🎂 31 lol": the years, after a cake
    return (
        _CLAUSE_OPENS.search(text, 0, amount.span.start) is not None
        and _AGE_AFTER.match(text, amount.span.end) is not None
        and _OWN_BIRTHDAY.search(text) is not None
    )


# The person's birthday, then an emoji (a cake) before a number: the number is their years
# (and nothing after the years but a laugh or an emoji: "🎉 85 at Nandos" is a price)
_ONLY_CHATTER_AFTER = re.compile(
    r"\s*(?:(?:lol|lmao|haha\w*|today|now|years?(?:\s+old)?|yrs?|y/o)\b|[!?]|[^\x00-\x7f]|\Z)", re.I
)
_AFTER_MY_BIRTHDAYS_SIGN = re.compile(
    r"\bmy\s+(?:birthday|bday|b-day)\s*[^\x00-\x7f\w€£¥₹₫₦₱₩]+\s*\Z", re.I
)


# "shoe size 24.5", "size 10", "ring size 7": a size, even with a half, is never money
_SIZE_BEFORE = re.compile(r"\bsize\s+(?:is\s+|was\s+|of\s+)?\Z", re.I)
# A temperature's sign after the number: "31°", "22 °C", "38℃"
_DEGREES_AFTER = re.compile(
    # ("had 39 of fever", "38.5 degrees fever": a fever said after it)
    r"\s*(?:°|º|℃|℉)|\s*(?:degrees?\s+(?:of\s+)?|of\s+)?(?:fever|temperature)\b",
    re.I,
)
# A size said after another in a list of them: "shoe size 44, jacket 52", "size 9, waist 32"
_SIZES_LISTED_BEFORE = re.compile(
    r"\bsize\s+\d{1,2}(?:[.,]5)?\s*(?:,|and|&)\s*(?:and\s+)?"
    r"(?!(?:paid|spent|cost|costs|was|were|is|for|at|total|came|price|only|just|it|that)\b)"
    r"[^\W\d_]+(?:\s+size)?\s+\Z",
    re.I,
)
# A market index, then its points: "Nikkei 39,800 today", "FTSE at 8,200", "the Dow 39k"
_INDEX_BEFORE = re.compile(
    r"\b(?:nikkei(?:\s+225)?|ftse(?:\s+100)?|dow(?:\s+jones)?|dax|cac(?:\s+40)?|s&p(?:\s+500)?|"
    r"nasdaq|hang\s+seng|sensex|nifty(?:\s+50)?|asx(?:\s+200)?|tsx|ibovespa|bovespa|kospi|"
    r"stoxx(?:\s+600)?|smi|ibex(?:\s+35)?|jse|vn-?index)\s+(?:is\s+|was\s+|at\s+|closed\s+at\s+|"
    r"hit\s+|now\s+|up\s+|down\s+)?\Z",
    re.I,
)
# A card's or an account's last digits: "card ending 4417", "visa ending in 9921", "ends with
# 1234", "card **** 4417", "acct xx1234", "last four 0042"
_CARD_DIGITS_BEFORE = re.compile(
    r"\b(?:ending|ends)\s+(?:in\s+|with\s+)?\Z|\*{2,}\s*\Z|\b[xX]{2,}\s*\Z|"
    r"\blast\s+(?:4|four)(?:\s+digits)?\s+(?:are\s+|is\s+)?\Z",
    re.I,
)
# "ran 10k", "did a 5k", "walked 12k today": a distance covered, not money
_DISTANCE_BEFORE = re.compile(
    r"\b" + DISTANCE_VERBS + r"\s+(?:a\s+|my\s+|the\s+|another\s+)?\Z", re.I
)
# "call me back at 5", "call mom at 5", "meet Sam at 6": a bare hour to call or meet at
_CALL_BEFORE_HOUR = re.compile(
    r"\b(?:call|ring|phone|text|meet)\s+(?:[a-z]+\s+){1,2}(?:back\s+)?at\s+\Z", re.I
)


# A seat's letter after its row's number ("seat 14C"), written in capitals unlike cents ("14c")
_SEAT_LETTERS = frozenset("ABCDEFGHJK")


# Where a numbered seat or bed is said, a car, bed, coach or stop is numbered too ("car 7" of
# a train, "bed 12" of a ward; alone, "car 40" may be a car's cost)
_SEATING_SAID = re.compile(r"\b(?:seat|platform|plat|ward|berth|cabin|gate|coach)\s+\d", re.I)
_NUMBERED_IN_A_SEATING = re.compile(
    r"\b(?:car|coach|carriage|bed|beds|stop|section|deck)\s+(?:\d{1,3}\s+and\s+)?\Z", re.I
)


# A ride, then "2" for "to" and where it went: "uber 2 campus", "taxi 2 the airport"
_TEXTED_TO = re.compile(
    r"\b(?:uber|lyft|taxi|cab|grab|bolt|ola|ride|lift|drive|went|go|going)\s+\Z", re.I
)
_PLACE_AFTER = re.compile(r"\s+(?:the\s+)?[a-z]{3,}\b(?!\s*(?:each|x|×))", re.I)
# A long-distance train's kind, written in capitals before its number: "ICE 1005", "TGV 6201",
# "IC 2013", "AVE 3073", "EC 7"
_TRAIN_NAMED_BEFORE = re.compile(r"\b(?:ICE|TGV|IC|EC|AVE|RJX?|IR|EN|NJ|ÖBB\s+RJ)\s*\Z")
# A bus, tram or train's route, then the time it leaves: "tram 52 at 7:43", "bus 47 at 6:15"
_ROUTE_BEFORE = re.compile(
    r"\b(?:bus|tram|trolley|metro|line|route|train|ferry)\s+(?:no\.?\s*)?\Z", re.I
)
_DEPARTS_AT = re.compile(
    r"\s*,?\s*(?:at|leaves\s+at|departs\s+at|dep\.?|from\s+\w+\s+at)\s+\d{1,2}[:.h]\d\d\b", re.I
)
# A measure of the body or of a day's exercise, never money: "temp 38.5", "steps 14,000",
# "heart rate 72", "blood sugar 6.1"
_MEASURE_OF_THE_BODY_BEFORE = re.compile(
    r"\b(?:temp|temperature|fever|steps|step\s+count|pulse|heart\s+rate|resting\s+hr|bpm|"
    r"blood\s+(?:sugar|pressure)|glucose|bmi|spo2|oxygen)\s*(?:is\s+|was\s+|of\s+|at\s+)?[:=]?\s*\Z",
    re.I,
)


# "first parcel 1.023,45 of 3", "instalment 2 of 6 (85.00)": which of a few parts a payment
# is, counted with "of" in a sentence that names the parts
_PART_WORD = r"(?:install?ment|parcel|parcela|cuota|payment|part)"
_PARTS_NAMED = re.compile(r"\b(?:" + _PART_WORD + r"|month)s?\b", re.I)
_A_NUMBER_THEN_OF_BEFORE = re.compile(r"\d\s*of\s+\Z", re.I)
_OF_A_FEW_AFTER = re.compile(r"\s*of\s+\d{1,2}(?!\d|[.,]\d)", re.I)
_PART_WORD_BEFORE = re.compile(r"\b" + _PART_WORD + r"\s+\Z", re.I)
_MOST_PARTS = 60


def _one_of_the_parts(text: str, amount: Amount) -> bool:
    """True for a bare count of a payment's parts: the 3 of "parcel 1.023,45 of 3", the 2 of
    "instalment 2 of 6", in a sentence that names the parts (not "2 of the 3 shirts")."""
    if amount.marked or not amount.span.source.isdigit() or amount.value > _MOST_PARTS:
        return False
    before = text[: amount.span.start]
    counted_after_money = _A_NUMBER_THEN_OF_BEFORE.search(before) and _PARTS_NAMED.search(text)
    numbered_part = _PART_WORD_BEFORE.search(before) and _OF_A_FEW_AFTER.match(
        text, amount.span.end
    )
    return bool(counted_after_money or numbered_part)


def _is_numbered_thing_or_hour(text: str, amount: Amount) -> bool:
    """ "from platform 9", "my flight is at 11", "turns 12", "shoe size 9.5": a bare whole
    number that names a place, says an hour or an age, or any bare number that is a size,
    is not money."""
    before = text[: amount.span.start]
    if not amount.marked and _SIZE_BEFORE.search(before):
        return True
    if not amount.marked and _DEGREES_AFTER.match(text, amount.span.end):
        return True  # "it's 31° in Lisbon", "had 39 of fever": a temperature
    if not amount.marked and _SIZES_LISTED_BEFORE.search(before):
        return True  # "shoe size 44, jacket 52": a size after a size
    if not amount.marked and _INDEX_BEFORE.search(before):
        return True  # "Nikkei 39,800 today": a market index's points
    if not amount.marked and _CARD_DIGITS_BEFORE.search(before):
        return True  # "on the card ending 4417", "visa **** 9921": a card's last digits
    if not amount.marked and _MEASURE_OF_THE_BODY_BEFORE.search(before):
        return True  # "temp 38.5 all night", "step count 14,000 today", "pulse 72"
    if NUMBERED_BEFORE.search(before) and amount.span.source[-1:] in _SEAT_LETTERS:
        return True  # "seat 14C", "row 3F": a seat's letter, not cents
    if clearly_money(amount):
        return False
    if NUMBERED_BEFORE.search(before) or _AGE_BEFORE.search(before):
        return True
    if _age_on_a_birthday(text, amount):
        return True  # "happy birthday to me, 67 today": an age
    if _NUMBERED_IN_A_SEATING.search(before) and _SEATING_SAID.search(text):
        return True  # "Shinkansen 14:20, car 7, seat 12D", "ward 4, bed 12 and 14"
    if (
        amount.span.source == "2"
        and _TEXTED_TO.search(before)
        and _PLACE_AFTER.match(text, amount.span.end)
    ):
        return True  # "uber 2 campus 8.97", "cab 2 the airport 40": texting's "2" for "to"
    if _TRAIN_NAMED_BEFORE.search(before) and amount.value == amount.value.to_integral_value():
        return True  # "ICE 1005 at 8:28", "TGV 6201": a train's number
    if _ROUTE_BEFORE.search(before) and _DEPARTS_AT.match(text, amount.span.end):
        return True  # "tram 52 at 7:43", "bus 47 at 6:15 from stop 3": a route's number
    if amount.span.source.lower().endswith("k") and _DISTANCE_BEFORE.search(before):
        return True  # "ran 10k in 52 minutes": a distance
    if _one_of_the_parts(text, amount):
        return True  # "first parcel 1.023,45 of 3": the parts counted
    if _in_a_deal(text, amount):
        return True  # "2 for 1 pizza at Dominos, paid 12": the deal's counts
    hour_before = _EVENT_BEFORE_HOUR.search(before) or _CALL_BEFORE_HOUR.search(before)
    return amount.value <= _LAST_HOUR and hour_before is not None


# "2 for 1", "3-for-2": a deal's counts, never its price
_DEAL = re.compile(DEAL_OF_FEWER, re.I)


# What someone else asked or a meter showed, after the price the person paid: "auto 140,
# driver was asking 200 but I bargained", "fare 120, meter was showing 98"
_ASKED_BY_ANOTHER_BEFORE = re.compile(
    r"\b(?:driver|seller|vendor|guy|man|lady|woman|shop|shopkeeper|he|she|they|meter|app|"
    r"taxi|cab|auto|rickshaw)\s+(?:was\s+|were\s+|first\s+|initially\s+|originally\s+)?"
    r"(?:asking(?:\s+for)?|asked(?:\s+for)?|wanted|quoted|showing|showed|demanded|"
    r"charging|tried\s+to\s+charge)\s+(?:me\s+)?(?:like\s+|around\s+|about\s+)?(?:[$€£₹]\s*)?\Z",
    re.I,
)


# More asked on top of the price, not instead of it: "driver asked 20 extra so gave 163"
_MORE_ASKED_AFTER = re.compile(
    r"\s*(?:[^\W\d_]{1,4}\.?\s+)?(?:extra|more|on\s+top|additional)\b", re.I
)


def _asked_by_another(text: str, amount: Amount, amounts: list[Amount]) -> bool:
    """True for a figure someone else asked or a meter showed, said after another amount
    (the one the person paid): "auto from office 140 rs, driver was asking 200"."""
    if not _ASKED_BY_ANOTHER_BEFORE.search(text, 0, amount.span.start):
        return False
    if _MORE_ASKED_AFTER.match(text, amount.span.end):
        return False  # "driver asked 20 extra so gave 163": more on top, asked and given
    return any(other.span.end <= amount.span.start for other in amounts if other is not amount)


def _in_a_deal(text: str, amount: Amount) -> bool:
    """True for a bare number that is one of a deal's counts ("3 for 2 on shampoo")."""
    if amount.marked:
        return False
    return any(
        deal.start() <= amount.span.start and amount.span.end <= deal.end()
        for deal in _DEAL.finditer(text)
    )


# A number with something added to it or multiplied is a price ("at Jay's Barbers 30 plus a 6
# tip"), not the end of a name
_JOINED_AFTER = re.compile(r"\s*(?:\+|plus\b|x\b|×|each\b)", re.I)


def _outside_names(text: str, amounts: list[Amount], masks: list[Span]) -> list[Amount]:
    """Drop bare whole numbers that end a capitalized name after at/from ("at Forever 21";
    "from Staples 47.20" keeps its price)."""
    kept = []
    for amount in amounts:
        whole = amount.value == amount.value.to_integral_value() and "." not in amount.span.source
        whole = whole and amount.span.source[-1:].isdigit()  # "356k" is money, not "Forever 21"
        others = len(amounts) > 1
        named = others or _NUMBERED_NAME.search(text[: amount.span.end]) is not None
        joined = _JOINED_AFTER.match(text, amount.span.end) is not None
        if (
            not amount.marked
            and whole
            and named
            and not joined
            and _ends_name(text, amount, masks, others)
        ):
            continue  # "at Forever 21 for 30": the name's number; "at Aldi 54": a price
        kept.append(amount)
    return kept


# Names that end with a number ("at Forever 21" names the shop; "at Aldi 54" says a price)
NUMBERED_NAMES = (
    "forever 21", "studio 54", "route 66", "pier 1", "channel 4", "motel 6", "super 8",
    "big 5", "hot 97", "club 18", "boots no 7", "no 7", "pret a manger 2", "e4", "sky 1",
    "bbc 1", "bbc 2", "itv 2", "radio 1", "radio 4", "capital 95", "vertical 5",
)  # fmt: skip
_NUMBERED_NAME = re.compile(
    r"\b(?:" + "|".join(n.replace(" ", r"\s+") for n in NUMBERED_NAMES) + r")\Z", re.I
)
# Words that end a name said after "at"/"from": what follows is the sentence again
_NOT_NAME_WORDS = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "cost",
        "costs",
        "came",
        "paid",
        "spent",
        "either",
        "about",
        "around",
        "like",
        "only",
        "just",
        "for",
        "and",
        "it",
        "that",
        "this",
    ]
)


def _ends_name(text: str, amount: Amount, masks: list[Span], others: bool) -> bool:
    head = text[: amount.span.start]
    match = re.search(r"\b(?:at|from|@)\s+((?:[A-Za-z][\w'&-]*\s+){1,3})$", head)
    if match is None:
        return False
    name = match.group(1).split()
    if name[-1].lower().endswith(("'s", "’s")):
        return False  # "at Luigi's 80": a possessive ends the name, the number is the price
    if any(word.lower() in _NOT_NAME_WORDS for word in name):
        return False  # "at Nando's was either 41 or 46": the words run on past the name
    capitalized = text != text.lower() and all(w[:1].isupper() or w in ("&", "of") for w in name)
    span = phrase_after(text, match.start(1), masks)
    return capitalized or (others and span is not None)


def _split_bounds(
    text: str, amounts: list[Amount]
) -> tuple[list[tuple[str, Amount]], list[Amount]]:
    """Amounts that bound a filter ("over 100", "100 or more", "between 20 and 50") apart
    from the amounts the sentence is about."""
    bounds, subject = [], []
    ranged = _ranges(text, amounts)
    for amount in amounts:
        if amount in ranged:
            bounds.append((ranged[amount], amount))
        elif (side := _bound_side(text, amount)) is not None:
            bounds.append((side, amount))
        else:
            subject.append(amount)
    return bounds, subject


def _bound_side(text: str, amount: Amount) -> str | None:
    """ "min" or "max" when the words around `amount` make it a filter's bound."""
    before = _BOUND.search(text[: amount.span.start])
    if before:
        op = (before.group("op") or before.group("sign")).lower()
        lower = op.startswith(_LOWER_OPS)
        if _DENIED.search(text, 0, before.start()):  # "no more than 600": at most 600
            lower = not lower
        return "min" if lower else "max"
    after = _BOUND_AFTER.match(text, amount.span.end)
    if after:
        word = (after.group("plus") or after.group("word")).lower()
        return "min" if word in _LOWER_AFTER else "max"
    return None


def _ranges(text: str, amounts: list[Amount]) -> dict[Amount, str]:
    """ "between 20 and 50", "from 20 to 50": the first amount is the low bound, the
    second the high one (in whichever order they were said)."""
    sides: dict[Amount, str] = {}
    for first, second in zip(amounts, amounts[1:], strict=False):
        starts = _RANGE_START.search(text[: first.span.start])
        joined = _RANGE_JOIN.fullmatch(text[first.span.end : second.span.start])
        if starts and joined:
            low, high = sorted((first, second), key=lambda amount: amount.value)
            sides[low], sides[high] = "min", "max"
    return sides
