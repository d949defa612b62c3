"""Merchants, payees, accounts and memos: who and what an utterance is about."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lingassist.assistant.categories import category_code, is_brand
from lingassist.assistant.types import Span

_STOP = frozenset(
    [
        "put",  # a request after the name: "the 38 from uber put it in travel"
        "for",
        "on",
        "in",
        "with",
        "using",
        "by",
        "to",
        "from",
        "today",
        "yesterday",
        "last",
        "this",
        "and",
        "at",
        "my",
        "the",
        "a",
        "an",
        "of",
        "via",
        "tonight",
        "tomorrow",
        "now",  # "pay bescom now, 1,860": when, not who
        "every",
        "each",
        "please",
        "next",
        "since",
        "between",
        "into",
        "onto",
        "under",
        "over",
        "about",
        "around",
        "like",  # "uber 18 at like 3am": a hedge before an hour, no shop
        "or",
        "but",
        "so",
        "because",
        "when",
        "while",
        "then",
        "using",
        "yesterday's",
        # a verb after the name ends it: "the 45 at ikea should be groceries not home"
        "should",
        "was",
        "is",
        "were",
        "are",
        "belongs",
        "goes",
        # ("two coffees at costa came to 8.40": Costa, what it came to said after)
        "came",
        "comes",
        "cost",
        "costs",
        "charged",
        "charges",
        "took",
        "wanted",
        "wants",
        # what was added on ends it: "a tenner at the barbers plus a couple of quid tip"
        "plus",
    ]
)
_CONNECTORS = frozenset({"&", "and", "of", "de", "the"})
_WORD = re.compile(r"[A-Za-z0-9][\w'’&.-]*|&")
_ACCOUNT_WORDS = (
    r"visa|mastercard|master\s+card|amex|american\s+express|discover|cash|savings|saving|checking|"
    r"paypal|debit\s+card|credit\s+card|revolut|venmo|wallet"
)
_ACCOUNT = re.compile(
    r"\b(?:with|using|on|from|in|into|to|via|by|through|of|at)\s+(?:my\s+|the\s+|our\s+)?"
    # (an account's name never spans a preposition or "my": "from mum into my bank account")
    r"(?P<acc>(?:(?:(?!(?:into|in|to|from|on|with|for|my|our|the)\s)[a-z&'’]+\s+){0,4}?"
    r"(?:account|acct|card|acc+ounts?))|" + _ACCOUNT_WORDS + r")\b"
    r"|\b(?:my|the)\s+(?P<own>" + _ACCOUNT_WORDS + r")\b",
    re.I,
)
_BARE_ACCOUNT = re.compile(
    r"(?<![\w-])(?P<acc>cash|visa|amex|mastercard|paypal|debit\s+card|credit\s+card|"
    r"(?:[a-z]+\s+)?(?:fund|pot|jar))(?![\w-])(?!\s+(?:withdrawal|machine|back|advance))",
    re.I,
)
# (and the word alone: "560 aud in my account" names none)
_GENERIC_ACCOUNT = frozenset(
    {"bank", "my", "one", "an", "another", "other", "the", "a", "all", "account", "acct"}
)
# Cards that hold no money of one's own to pay from: "won a tenner on the scratch card"
_CARDS_NOT_ACCOUNTS = frozenset(
    {
        "scratch", "birthday", "christmas", "greeting", "greetings", "sim", "memory", "sd",
        "report", "library", "id", "post", "graphics", "loyalty", "thank you",
    }
)  # fmt: skip


def match_known(
    text: str, names: Iterable[str], first_names: bool = False
) -> tuple[str, Span] | None:
    """The longest known name written in `text` (case, spaces, "&"/"and" and hyphens don't
    matter); with `first_names`, a unique first word ("Alice" -> "Alice Martin")."""
    best: tuple[str, Span] | None = None
    for name in sorted(set(names), key=len, reverse=True):
        match = _name_pattern(name).search(text)
        if match and (best is None or len(match.group(0)) > best[1].end - best[1].start):
            best = (name, Span(match.start(), match.end(), match.group(0)))
    if best is not None or not first_names:
        return best
    return _unique_first_name(text, names)


def _name_pattern(name: str) -> re.Pattern[str]:
    tokens = re.findall(r"[a-z0-9]+|&", name.lower())
    parts = [r"(?:&|and)" if t in ("&", "and") else re.escape(t) for t in tokens]
    return re.compile(r"(?<![\w])" + r"[\s\-.'’]*".join(parts) + r"(?![\w])", re.I)


def _unique_first_name(text: str, names: Iterable[str]) -> tuple[str, Span] | None:
    candidates = {}
    for name in names:
        first = name.split()[0] if name.split() else ""
        if len(first) < 3:
            continue
        match = re.search(rf"(?<!\w){re.escape(first)}(?!\w)", text, re.I)
        if match:
            candidates[name] = Span(match.start(), match.end(), match.group(0))
    if len(candidates) == 1:
        return next(iter(candidates.items()))
    return None


def casual_case(text: str) -> bool:
    """True when the text is written without capitals for names: all lower case but for its
    first letter and the pronoun "I" ("I need to pay the plumber 180")."""
    rest = re.sub(r"\bI(?:'m|'ve|'d|'ll|’m|’ve)?\b", "", text[1:])
    return rest == rest.lower()


def phrase_after(text: str, position: int, blocked: Sequence[Span]) -> Span | None:
    """The name that starts at `position`: capitalized words (with "&", "of", a trailing
    number as in "Forever 21") or, in lower-case text, up to three ordinary words."""
    words = [m for m in _WORD.finditer(text, position)]
    lowercase_text = casual_case(text)
    taken: list[re.Match[str]] = []
    for match in words[:6]:
        if taken and text[taken[-1].end() : match.start()].strip():
            break  # punctuation between words ends the name
        if not taken and text[position : match.start()].strip():
            break
        if any(b.start <= match.start() < b.end for b in blocked):
            break
        if not _continues(match.group(0), taken, lowercase_text):
            break
        taken.append(match)
    while taken and taken[-1].group(0).lower() in _CONNECTORS:
        taken.pop()
    if not taken:
        return None
    start, end = taken[0].start(), taken[-1].end()
    return Span(start, end, text[start:end].rstrip(".'’"))


# Words that introduce a payee's bank details, never part of the name before them
_BANK_DETAILS = frozenset({"iban", "bic", "swift", "sort", "routing", "acc", "acct", "ref"})
_SPEAKER = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "we"})


# What the money from a name is doing, said after it: "refund from zara coming next week"
_WHAT_IT_DOES = frozenset(
    {"coming", "arriving", "pending", "processing", "expected", "due", "owing", "sending"}
)


def _continues(word: str, taken: list[re.Match[str]], lowercase_text: bool) -> bool:
    lowered = word.lower()
    if not taken:
        return (
            lowered not in _STOP
            and not lowered.isdigit()
            and (lowercase_text or word[:1].isupper() or word[:1].isdigit())
        )
    if lowered in _SPEAKER:
        return False  # the person, who speaks after the name: "at the Edeka I spent 47,35"
    if lowered in _BANK_DETAILS:
        return False  # "to Landlord Ltd IBAN DE89…": the account's details, after the name
    if lowercase_text:
        return lowered not in _STOP and lowered not in _WHAT_IT_DOES and len(taken) < 3
    if lowered in _CONNECTORS:
        return lowered != "the"
    return word[:1].isupper() or word.isdigit() or word[:1] == "&"


def find_account(text: str) -> tuple[str, Span] | None:
    """The account named as said ("visa", "cash", "savings", "bank of america"); a bare
    payment word ("walmart 112.40 visa", "paid cash") or a fund ("the vacation fund")
    counts too (a typo such as "savngs" was already mended by the parser's typo view)."""
    named = _named_account(text)
    if named is not None:
        return named
    bare = _BARE_ACCOUNT.search(text)
    if bare is not None:
        return bare.group("acc").lower(), Span(
            bare.start("acc"), bare.end("acc"), bare.group("acc")
        )
    return None


def _named_account(text: str) -> tuple[str, Span] | None:
    for match in _ACCOUNT.finditer(text):
        group = "acc" if match.group("acc") else "own"
        raw = match.group(group)
        name = re.sub(r"\s+(?:account|acct|card|acc+ounts?)$", "", raw, flags=re.I).strip()
        said_account = re.search(r"\s(?:account|acct|acc+ounts?)$", raw, re.I) is not None
        if not name or name.lower() in _GENERIC_ACCOUNT:
            continue
        if name.lower() in _CARDS_NOT_ACCOUNTS and re.search(r"\scard$", raw, re.I):
            continue
        if category_code(name) and not said_account:
            continue  # "the holiday account" is one; "holiday" alone is a category
        return name.lower(), Span(match.start(group), match.end(group), raw)
    return None


def find_accounts_pair(text: str) -> tuple[tuple[str, Span] | None, tuple[str, Span] | None]:
    """Source and destination of a transfer ("from savings to checking", "between A and B")."""
    pattern = re.compile(
        r"\b(?P<kw>from|between)\s+(?:my\s+|the\s+)?(?P<a>[a-z][\w' ]*?)"
        r"(?:\s+(?:account|acct|card))?"
        r"\s+(?P<sep>to|and|into|&)\s+(?:my\s+|the\s+)?(?P<b>[a-z][\w' ]*?)(?:\s+(?:accounts?|acct|"
        r"acc+ounts?|card))?(?=[,.!?]|\s+(?:please|account|now|today|tomorrow|for|because|as|"
        r"so|to\s+cover|ahead\s+of|before|on|every|each|monthly|weekly)\b|$)",
        re.I,
    )
    match = pattern.search(text)
    joined = match is not None and match.group("sep") in ("and", "&")
    if match is None or (joined and match.group("kw").lower() == "from"):
        return None, None  # "from checking this morning … and forty": "and" joins only "between"
    pair = []
    for group in ("a", "b"):
        name = match.group(group).strip()
        pair.append((name.lower(), Span(match.start(group), match.end(group), match.group(group))))
    return pair[0], pair[1]


def find_memo(text: str, blocked: Sequence[Span]) -> Span | None:
    """What it was for: "for dinner", "for the babysitting"."""
    for match in re.finditer(r"\bfor\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?", text, re.I):
        words: list[re.Match[str]] = []
        for word in _WORD.finditer(text, match.end()):
            if words and text[words[-1].end() : word.start()].strip():
                break
            if word.group(0).lower() in _STOP or any(
                b.start <= word.start() < b.end for b in blocked
            ):
                break
            words.append(word)
            if len(words) == 4:
                break
        if words:
            start, end = words[0].start(), words[-1].end()
            return Span(start, end, text[start:end])
    return None


# "the IKEA charge", "my Lidl purchases", "uber rides": a name right before what it sold.
_SOLD_NOUN = re.compile(
    r"\s+(?:charges?|purchases?|payments?|orders?|rides?|transactions?|buys|buying|buyings|"
    r"subscriptions?|bills?|trips?|runs?|shop|shopping\s+trip)\b",
    re.I,
)
# "payments to Netflix", "subscribed to Disney+", "paying for spotify", "spent on uber"
_NAME_CUE = re.compile(
    r"\b(?:(?:payments?|charges?)\s+(?:to|from)|subscribed\s+to|pay(?:ing)?\s+for|"
    r"(?:spent|spend|went|go|goes)\s+on|in|on)\s+(?:the\s+)?",
    re.I,
)
_NOT_MERCHANT = frozenset(
    [
        "the",
        "my",
        "a",
        "an",
        "all",
        "any",
        "every",
        "last",
        "this",
        "that",
        "which",
        "what",
        "those",
        "these",
        "of",
        "for",
    ]
)


def merchant_by_noun(text: str, blocked: Sequence[Span]) -> tuple[str, Span] | None:
    """A merchant named before what it sold ("the Shell charge", "my uber rides"): a
    capitalized name or a known brand."""
    for noun in _SOLD_NOUN.finditer(text):
        words = list(_WORD.finditer(text[: noun.start()]))
        taken: list[re.Match[str]] = []
        for word in reversed(words[-3:]):
            if any(b.start <= word.start() < b.end for b in blocked):
                break
            if word.group(0).lower() in _NOT_MERCHANT | _STOP or word.group(0).isdigit():
                break
            if taken and not (word.group(0)[:1].isupper() and taken[-1].group(0)[:1].isupper()):
                break
            taken.append(word)
        if not taken:
            continue
        start, end = taken[-1].start(), taken[0].end()
        name = text[start:end]
        if is_brand(name) or (name[:1].isupper() and start > 0 and not casual_case(text)):
            return name, Span(start, end, name)
    return None


def merchant_after_cue(text: str, blocked: Sequence[Span]) -> tuple[str, Span] | None:
    """A shop named after "payments to", "subscribed to", "pay for", "on": only a
    capitalized name or a known brand ("on uber" yes, "on groceries" no)."""
    for cue in _NAME_CUE.finditer(text):
        span = phrase_after(text, cue.end(), blocked)
        if span is None:
            continue
        name = span.source.rstrip("?!.,")
        capitalized = name[:1].isupper() and not casual_case(text)
        if capitalized or is_brand(name):
            return name, Span(span.start, span.start + len(name), name)
    return None
