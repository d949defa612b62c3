"""The merchant of a terse entry: "aldi 31.08", "groceries 84.20 costco", "Bäckerei Müller
4,30", "nov 2 sephora 42", "walmart 112.40 visa".

In a short message with no "at"/"from", the words around the amount that are not a date,
an account, a repetition, a split or an action word name the shop, unless they only name
a category ("coffee 3.20", "train ticket 29.90"); a brand names both ("amazon 23.99").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lingassist.assistant.categories import category_code, is_brand, is_category_word
from lingassist.assistant.intent_words import PART_OF_WHAT_WAS_SAID, lead_in_end
from lingassist.assistant.sharing import SPLIT_WORDS
from lingassist.assistant.types import Span

MAX_TERSE_WORDS = 9
_WORD = re.compile(r"[^\W\d_][\w'’&.-]*", re.U)
_NOT_NAME_WORDS = frozenset(
    [
        # a card's last digits told: "with card ending in 1234"
        "ending",
        # an insurance's deductible told beside its premium: "62.10 a month, excess 500"
        "excess",
        "deductible",
        "franchise",
        # a price set beside the usual one: "petrol 62 today, normally 55"
        "normally",
        "usually",
        "instead",
        "be",
        "but",
        "some",
        "too",
        "also",
        "well",
        "asked",  # a seller's price ("asked 60 but I paid 50", "seller wanted 900")
        "wanted",
        "need",  # "no need to write it, taxi 20"
        "ignore",  # "ignore the 2.50 one, log the 4.80"
        "one",
        "way",  # "bus 2.50 each way"
        "register",  # "register 35 soles phone credit"
        "halves",
        "want",
        "dont",
        "owes",  # who owes what ("drinks 75, Jess owes me half")
        "owe",
        "owed",
        "money",  # "money back from the airline 140"
        "venmoed",  # how it was paid ("venmo'd maddie 20 for the pizza")
        "venmo'd",
        "zelled",
        "made",  # a payment told done: "made a bank transfer of 200 to my landlord"
        "did",  # "did a pix of 150 to the diarista today"
        "top",  # "ez-link top up 30": what was topped up names the purchase
        "up",
        "topped",
        "topup",
        "expense",  # "add expense 1 500 rubles for taxi": the word for the entry itself
        "expenses",
        "recurring",
        "cheque",  # how it was paid ("paid by cheque 45", "CHQ 000123 175.00")
        "chq",
        "that",
        "this",
        "add",
        "added",
        "log",
        "logged",
        "record",
        "note",
        "jot",
        "write",
        "memo",  # labels before what is told: "memo - spent 31 on a phone case", "fyi: …"
        "fyi",
        "btw",
        "put",
        "down",
        "track",
        "spent",
        "spend",
        "spending",
        "paid",
        "pay",
        "pays",
        "paying",
        "tipped",  # "tipped the barber 5 on a 25 cut": the tip, given to someone
        "tip",
        "bought",
        "buy",
        "buying",
        "got",
        "get",
        "refund",
        "refunded",
        "refunds",
        "reversed",
        "returned",
        "return",
        "back",
        "split",
        "splitting",
        "dividing",
        "divided",
        "another",
        "then",
        "between",
        "splt",
        "shared",
        "share",
        "with",
        "w",
        "me",
        "us",
        "them",
        "him",
        "her",
        "you",
        "my",
        "i",
        "the",
        "a",
        "an",
        "on",
        "at",
        "for",
        "in",
        "of",
        "to",
        "from",
        "by",
        "via",
        "through",
        "thru",
        "and",
        "n",  # texting's "and": "meal deal 3.90 n a red bull 1.85"
        "or",
        "cash",
        "card",
        "visa",
        "amex",
        "mastercard",
        "debit",
        "credit",
        "savings",
        "checking",
        "today",
        "yesterday",
        "tonight",
        "morning",
        "evening",
        "afternoon",
        "night",
        "last",
        "this",
        "lst",
        "yday",
        "monthly",
        "weekly",
        "yearly",
        "daily",
        "annually",
        "every",
        "each",
        "per",
        "month",
        "week",
        "year",
        "day",
        "ways",
        "half",
        "please",
        "pls",
        "thx",
        "thanks",
        "worth",  # "haircut 60. worth it"
        "chipped",  # "I chipped in 20 for the gift"
        "chip",
        "wanna",  # "wanna log 20 for lunch"
        "gonna",
        "due",  # "…, it was due today"
        "thats",  # "…, thats 45": the total said, not a shop
        "that's",
        "that’s",
        "so",
        "which",
        "makes",
        "euro",
        "euros",
        "eur",
        "dollar",
        "dollars",
        "usd",
        "bucks",
        "pound",
        "pounds",
        "quid",
        "cents",
        "tip",
        "tips",
        "total",
        "about",
        "around",
        "approx",
        "ok",
        "okay",
        "so",
        "just",
        "also",
        "um",
        "uh",
        "like",
        "actually",
        "oops",
        "sorry",
        "hey",
        "hi",
        "wait",
        "oh",
        "no",
        "was",
        "is",
        "it",
        "gave",
        "give",
        "gives",
        "sent",
        "came",
        "cost",
        "costs",
        "costed",
        "were",
        "had",
        "has",
        "have",
        "went",
        "took",
        "grabbed",
        "grab",
        "had",
        "ate",
        "drank",
        "picked",
        "ordered",
        # spending said in slang: "dropped 80 on a jacket", "shelled out 40", "blew 60"
        # when, not who: "parking 4 earlier this week", "metro 2.10 this past monday"
        "earlier",
        "later",
        "past",
        "recently",
        "ago",
        "gone",
        "dropped",
        "blew",
        "blown",
        "splurged",
        "shelled",
        "forked",
        "coughed",
        "splashed",
        "wasted",
        "out",
        "up",
        "booked",
        "renewed",
        "took",
        "caught",
        "set",
        "aside",
        "lent",
        "loaned",
        "gave",
        "given",
        "home",
        "work",
        "school",
        "wait",
        "no",
        "yes",
        "just",
    ]
)
# A verb denied ("don't", "didn't", "can’t") names no shop
_NEGATION = re.compile(r"n['’]t$", re.I)
# Words that name nothing when written in lower case ("15 all up"; "All Saints" is a shop)
_NOT_NAME_LOWER = frozenset(
    {"all", "off", "finally", "fae", "tae", "ouch", "ugh", "oof", "yikes", "lol", "lmao", "rip"}
    | {"st", "nd", "rd", "th"}  # an ordinal's ending ("the 2nd instalment")
    # a correction's or an aside's words ("ramen 1100, wait its 1200", "taxi 20, nope 25",
    # "and more 5 of tip", "no change")
    | {"its", "it's", "nope", "nah", "more", "change", "make"}
    # a figure taken back or hesitated over: "taxi 12 - scratch that - 14", "12, correction
    # 14", "12 or rather 14", "12 er 14", "14 not 12", "14 really"
    | {"scratch", "correction", "rather", "er", "erm", "uh", "um", "hmm", "not", "really"}
    | {"claim", "submitted"}  # a claim put in for it: "vet 85, claim submitted"
    | {"keep", "kept"}  # "taxi 18.40, gave 20, keep the change"
    | {"evenly", "equally"}  # how it was shared: "split evenly between the 3 of us"
    | {"now"}  # when: "taxi back now 12"
    # a pronoun run into its verb: "lunch with Sam 34, he'll pay me back his half"
    | {
        f"{who}{verb}"
        for who in ("i", "he", "she", "we", "they", "you")
        for verb in ("'ll", "’ll", "'d", "’d")
    }
    # the person's own note on the entry: "dentist copay 45, forgot to log it", "better late"
    | {"forgot", "forget", "remembered", "better"}
    | {"fee", "fees", "booking", "shipping", "postage"}  # a surcharge: "… plus 18 in fees"
    # the price before a sale: "shoes 39.99, originally 60", "book 8 (RRP 15)"
    | {"originally", "orig", "rrp", "RRP", "msrp", "MSRP", "retail", "marked", "reduced"}
    | {"regular", "regularly", "discounted", "normally", "usually"}
    # a price to compare: "coffee 4, usual 3.50", "taxi 22, quoted 30", "pizza 20, coupon 5"
    | {"usual", "value", "worth", "avg", "average", "estimate", "quoted", "coupon", "voucher"}
    # a place's number beside the price: "bus 2.40, line 46", "ferry 60, cabin 12"
    | {"line", "aisle", "cabin", "deck"}
    # a part said inside the price, or money saved: "taxi 18, tip included 2", "save 2.50"
    | {"including", "included", "incl", "save", "saved"}
    # a price before or after tax: "laptop 1000 ex VAT", "dinner 60 incl. tip"
    | {"ex", "excl", "exc", "excluding", "vat", "VAT", "gst", "GST", "hst", "HST"}
)  # (interjections: "1.2 lakh ouch", "concert tix 180 rip")
# (or a thing taken back: "returned the eggs, they refunded 2.10")
_ITEM_BEFORE = re.compile(
    r"\b(?:a|an|some|two|three|few|couple\s+of)\s+$|"
    r"\b(?:returned|return|took\s+back|sent\s+back|brought\s+back)\s+(?:the\s+|my\s+|those\s+)?$",
    re.I,
)
# A subject pronoun before the words, or a verb denied after them: a clause, not a name
_CLAUSE_BEFORE = re.compile(
    r"\b(?:i|we|he|she|they|it|didn'?t|doesn'?t|don'?t|wasn'?t|isn'?t|won'?t|can'?t)\s+$|"
    # what a part of the price was: "cab 340, 60 of that was surge"
    r"\b" + PART_OF_WHAT_WAS_SAID + r"\s+$",
    re.I,
)
_NEGATED_VERB = re.compile(r"\s+(?:didn'?t|doesn'?t|don'?t|wasn'?t|isn'?t|won'?t|can'?t)\b", re.I)
# "spent 120 on new boots", "45 for concert tickets": what was bought, not where
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "me", "us", "them"})
# Words that open a remark, never a shop's name: "…, coupon already applied", "…, still unpaid"
_REMARK_OPENERS = frozenset(
    {"already", "just", "still", "also", "really", "only", "even", "never", "always", "very"}
)
_BOUGHT_BEFORE = re.compile(r"\b(?:on|for)\s+(?:the\s+|my\s+)?$", re.I)
_SENTENCE_WORDS = re.compile(
    r"\b(?:how|what|why|when|where|which|who|did|does|do|can|could|would|should|will|"
    r"i'm|i've|we|our|you|your)\b",
    re.I,
)


# A judgement right after the words ("barber talk too much", "waiter so slow")
_JUDGED_AFTER = re.compile(r"\s+(?:too|so|very|really|a\s+lot)\b", re.I)


def terse_name(text: str, taken: Sequence[Span]) -> Span | None:
    """The merchant named in a terse entry, or None when there is none or it is unclear."""
    words = _WORD.findall(text)
    if not words or len(words) > MAX_TERSE_WORDS or _SENTENCE_WORDS.search(text):
        return None
    message_start = lead_in_end(text)  # "um, hello? okay. aldi 31.08": not "hello"
    split_said = [m.span() for m in SPLIT_WORDS.finditer(text)]  # "going thirds": no shop
    names = []
    for run in _runs(text, taken):
        name = _trim(text, run)
        if name is not None and name.start < message_start:
            continue
        if name is None or _ITEM_BEFORE.search(text[: name.start]):
            continue  # "a sandwich", "some snacks": a thing bought, not a shop
        if _CLAUSE_BEFORE.search(text[: name.start]) or _NEGATED_VERB.match(text, name.end):
            continue  # "I forgot, coffee 4", "leo didnt come, split it": a clause, not a shop
        lowered = name.source.lower()
        if lowered.split()[0] in _PRONOUNS | _REMARK_OPENERS:
            continue  # "…, they refunded 2.10", "… already applied": a remark, never a shop
        if _in_a_remark(text, name, taken):
            continue  # "taxi 23, driver was lovely": a word of the remark, not the shop
        if name.source.islower() and not is_brand(lowered) and _JUDGED_AFTER.match(text, name.end):
            break  # "…, barber talk too much": someone doing something, judged; no shop
        if (
            name.source.islower()
            and not is_brand(lowered)
            and _BOUGHT_BEFORE.search(text[: name.start])
        ):
            continue  # "on new boots": lower case after "on"/"for" is the thing bought
        if category_code(lowered) and not is_brand(lowered):
            continue
        if _WITH_BEFORE.search(text[: name.start]) and not is_brand(lowered):
            continue  # "coffee with the girls 12": who came along, not the shop
        if any(start <= name.start < end for start, end in split_said):
            continue  # "dinner with Sam and Jo 90, going thirds": how it was paid, no shop
        words = lowered.split()
        if name.source.islower() and any(is_category_word(w) and not is_brand(w) for w in words):
            continue
        names.append(name)
    return _the_shops_name(names)


_CLAUSE_BREAK = re.compile(r"[,;:!?]|\.(?!\d)")
# Words a shop's name may stand with in a clause of its own: "…, at aldi", "…, from the market"
_BESIDE_A_NAME = frozenset({"at", "from", "the", "in", "via", "by", "on"})


def _in_a_remark(text: str, name: Span, taken: Sequence[Span]) -> bool:
    """True when `name`, in lower case and no brand, stands in a clause after the first, with
    no figure, that says more than the name ("coffee 3.80, needed it badly", "gym 35 today,
    first time in weeks"): a remark on the line, where a shop named alone ("groceries 87.40,
    aldi") is still the shop."""
    if not name.source.islower() or is_brand(name.source.lower()):
        return False
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, name.start)]
    if not breaks:
        return False
    following = _CLAUSE_BREAK.search(text, name.end)
    end = following.start() if following else len(text)
    start = breaks[-1]
    if re.search(r"\d", text[start:end]) or any(start <= s.start < end for s in taken):
        return False  # the clause with the figure (or a day) is the line's own
    others = [
        m.group(0).lower()
        for m in _WORD.finditer(text, start, end)
        if not name.start <= m.start() < name.end
    ]
    return any(word not in _BESIDE_A_NAME for word in others)


def _the_shops_name(names: list[Span]) -> Span | None:
    """The first of the names a terse entry may have, unless it is a thing in lower case and
    a later one is written as a name or known as a shop ("milk 1.80 Lidl": Lidl, not milk)."""
    if not names:
        return None
    first = names[0]
    if first.source.islower() and not is_brand(first.source.lower()):
        shop = next((name for name in names[1:] if _written_as_a_shop(name)), None)
        return shop or first
    return first


_LONGEST_ACRONYM = 5


def _written_as_a_shop(name: Span) -> bool:
    """True for a name capitalized as a shop's is ("Lidl", "LIDL", "Harvey Norman") or
    known as one; not a size ("M") nor a shouted word ("EVERYTHING")."""
    said = name.source
    if is_brand(said.lower()):
        return True
    first = said.split()[0]
    if len(first) < 2 or not first[:1].isupper():
        return False
    return not first.isupper() or len(first) <= _LONGEST_ACRONYM


_WITH_BEFORE = re.compile(r"\b(?:with|w/)\s+(?:the\s+|my\s+|our\s+)?$", re.I)


def _is_plain_category(word: str) -> bool:
    return bool(category_code(word)) and not is_brand(word)


def _runs(text: str, taken: Sequence[Span]) -> list[list[re.Match[str]]]:
    """Runs of words not interrupted by a taken span or punctuation."""
    runs: list[list[re.Match[str]]] = [[]]
    for match in _WORD.finditer(text):
        inside = any(s.start <= match.start() < s.end for s in taken)
        gap = text[runs[-1][-1].end() : match.start()] if runs[-1] else ""
        word = match.group(0)
        plain = (
            word.lower() in _NOT_NAME_WORDS
            or word.rstrip(".") in _NOT_NAME_LOWER
            or _unit_glued_to_a_number(text, match)  # "coffee 500g 7.50": no shop "g"
            # an addition's word first: "plus 4.50 for the snag" (not "disney plus 8.99")
            or (word.lower() == "plus" and not runs[-1])
            or _NEGATION.search(word) is not None  # "dinner 80, don't split it"
        )
        if plain and _inside_a_name(runs[-1], word, gap):
            plain = False  # "Best Buy", "Cash Converters": a capitalized word within a name
        if inside or plain or re.search(r"[^\s&'’-]", gap):
            runs.append([])
            if inside or plain:
                continue
        runs[-1].append(match)
    return [run for run in runs if run]


_LONGEST_UNIT = 3


def _unit_glued_to_a_number(text: str, word: re.Match[str]) -> bool:
    """True for a short word written onto the number before it ("500g", "2kg", "330ml"): a
    measure, never a name."""
    start = word.start()
    return start > 0 and text[start - 1].isdigit() and len(word.group(0)) <= _LONGEST_UNIT


def _inside_a_name(run: list[re.Match[str]], word: str, gap: str) -> bool:
    """True for a capitalized word right after a capitalized one ("Best Buy")."""
    return bool(run) and word[:1].isupper() and run[-1].group(0)[:1].isupper() and not gap.strip()


def _capitalized_after_common_words(run: list[re.Match[str]]) -> int:
    """Where a capitalized name starts after lower-case words that are no brand ("phone
    contract Vodafone", "mobile plan Telia"); 0 when the run is not so."""
    for index, match in enumerate(run):
        word = match.group(0)
        if word[:1].isupper():
            return index if index >= _COMMON_WORDS_BEFORE_A_NAME else 0
        if not word.islower() or is_brand(word.lower()):
            return 0
    return 0


_COMMON_WORDS_BEFORE_A_NAME = 2  # one lower-case word before a name is `_trim`'s own case


def _trim(text: str, run: list[re.Match[str]]) -> Span | None:
    """The run as a name, without a lower-case category word said before a capitalized name
    ("groceries Tesco" names Tesco; "pizza hut" stays whole); None when too long for one."""
    while (
        len(run) > 1
        and run[0].group(0).islower()
        and run[1].group(0)[:1].isupper()
        and _is_plain_category(run[0].group(0))
    ):
        run = run[1:]
    named_at = _capitalized_after_common_words(run)
    if named_at:  # "phone contract Vodafone": the name, without what was bought from it
        run = run[named_at:]
    if len(run) > 4:
        return None
    start, end = run[0].start(), run[-1].end()
    return Span(start, end, text[start:end].rstrip(".'’"))
