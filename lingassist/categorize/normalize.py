"""Bank-statement descriptor -> clean merchant display name and key.

"POS Purchase Woolworths Online  * 23 Aug" -> "Woolworths Online";
"TIM HORTONS #0770   CAMBRIDGE  ON  (APPLE PAY)" -> "Tim Hortons";
"SQ *BLUE BOTTLE" -> "Blue Bottle"; "AMZN Mktp US*2K4" -> "Amazon Marketplace".

The rules are generic (channel words, processor prefixes, dates, store and card numbers,
fixed-width location columns, legal suffixes); the only merchant-specific knowledge is
the alias table in `aliases.py` and the brand names of the seed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from lingassist.categorize.aliases import (
    ALIASES,
    BARE_PROCESSORS,
    LEGAL_SUFFIXES,
    PROCESSOR_WORDS,
    PROCESSORS,
    QUALIFIERS,
)

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_PARENTHESES = re.compile(r"\([^()]*\)")
_DATES = re.compile(
    rf"(?:\bon\s+)?\*?\s*\b\d{{1,2}}\s*{_MONTHS}\b(?:\s*\d{{2,4}})?"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b",
    re.IGNORECASE,
)
_CARD_NUMBERS = re.compile(
    r"\bcard\s*(?:no|nr|number)?\.?\s*[x*#\d]*\s*$|\b(?:x{2,}|\*{2,})\d{2,}\b|\bcard\s+n\s*$",
    re.IGNORECASE,
)
_CHANNEL = re.compile(
    r"^(?:(?:recurring payment|purchase return|purchase|payment) authorized on"
    r"|atm cash withdrawal|atm withdrawal|cash withdrawal|atm|recurring card purchase"
    r"|card purchase|overseas purchase|international online purchase"
    r"|online purchase|pos purchase|pos debit|pos|fuel purchase|point of sale|purchase"
    r"|eft debit order payment|debit order payment|internal debit order|debit order"
    r"|magtape debit|magtape credit|digital payment dt|digital payment|internet pmt to"
    r"|[a-z]{2,5} app payment to|card payment to|payment to|payment from|ach debit|ach credit|ach"
    r"|checkcard(?: \d+)?|debit card purchase|visa debit|visa"
    r"|mastercard|contactless payment|contactless|paiement par carte|paiement cb|carte"
    r"|cb|prlv sepa|vir sepa|sepa lastschrift|lastschrift|kartenzahlung|girocard|ec"
    r"|compra|pago|card payment|card|dd|bgc|fpo|fpi|so|tfr|effec)\b[\s:*./-]*",
    re.IGNORECASE,
)
_STORE_NUMBER = re.compile(r"^(?:#\s*\d+|no\.?\d+|[a-z]{0,2}-?\d{2,})$", re.IGNORECASE)
_HAS_DIGIT = re.compile(r"\d")
_NOT_WORD = re.compile(r"[^\w]+")
_COLUMNS = re.compile(r"\s{2,}")
_TOKEN_BREAKS = re.compile(r"[\s*]+")


@dataclass(frozen=True)
class Descriptor:
    """A bank descriptor, cleaned.

    Attributes:
        raw: the text as the bank wrote it.
        text: lower-case words of the whole descriptor, channel words included, without
            dates, numbers and punctuation ("fuel purchase engen riverside park"); what
            the seed and the model read.
        merchant: the merchant's display name ("Tim Hortons"); may be "" when the line
            names no merchant.
        key: the merchant key (`merchant_key(merchant)`), the same normalization as the
            ledger's merchants table; falls back to `text` when there is no merchant.
    """

    raw: str
    text: str
    merchant: str
    key: str


def merchant_key(name: str) -> str:
    """The key a merchant is found by: accents, case, punctuation and spacing ignored.

    The same function as ``ledger.repository.merchant_key`` so that keys agree.

    >>> merchant_key("  Café  Blue-Bottle ")
    'cafe blue bottle'
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    key = " ".join(_NOT_WORD.sub(" ", plain.lower()).split())
    return key or " ".join(name.lower().split())


@lru_cache(maxsize=65536)
def normalize(description: str) -> Descriptor:
    """Clean a bank descriptor into words, a merchant display name and its key."""
    ascii_text = unicodedata.normalize("NFKD", description).encode("ascii", "ignore").decode()
    without_noise = _strip_noise(ascii_text)
    text = " ".join(w for w in _words(without_noise).split() if w not in PROCESSOR_WORDS)
    merchant = _merchant_name(_strip_channels(without_noise))
    key = merchant_key(merchant) if merchant else text
    return Descriptor(raw=description, text=text, merchant=merchant, key=key)


def _strip_noise(text: str) -> str:
    """Remove parentheses, dates and card numbers; keep the column spacing."""
    if "(" in text or ")" in text:
        text = _PARENTHESES.sub("  ", text).replace("(", " ").replace(")", " ")
    digits = _HAS_DIGIT.search(text) is not None
    if digits:  # every date pattern has a digit
        text = _DATES.sub("  ", text)
    text = text.rstrip()
    if digits or "card" in text.lower():  # a card number has digits or says "card"
        text = _CARD_NUMBERS.sub("", text)
    return text.replace("#", " #").strip(" #*:-")


def _strip_channels(text: str) -> str:
    """Drop leading channel words ("POS Purchase", "Debit Order Payment ():") repeatedly."""
    previous = None
    while previous != text:
        previous = text
        text = _CHANNEL.sub("", text).strip(" #*:-")
    return text


def _words(text: str) -> str:
    """Lower-case words without digits or punctuation."""
    cleaned = _NOT_WORD.sub(" ", text.lower().replace("'", ""))
    if _HAS_DIGIT.search(cleaned) is None:
        return " ".join(cleaned.split())
    return " ".join(token for token in cleaned.split() if not _HAS_DIGIT.search(token))


def _merchant_name(cleaned: str) -> str:
    """The display name of the merchant a cleaned descriptor names."""
    first_column = _first_column(cleaned)
    part = _after_processor(first_column)
    tokens = _significant_tokens(part)
    if not tokens:
        return ""
    brand = _brand(tokens)
    return brand or _display(" ".join(tokens))


def _first_column(text: str) -> str:
    """Fixed-width statements put city and region in later columns: keep the first one."""
    columns = [column for column in _COLUMNS.split(text.strip()) if column.strip(" *")]
    if not columns:
        return ""
    first = columns[0]
    letters = sum(map(str.isalpha, first))
    return first if letters >= 3 or len(columns) == 1 else " ".join(columns[:2])


def _after_processor(text: str) -> str:
    """ "SQ *BLUE BOTTLE" -> "BLUE BOTTLE"; "Web-Host.Com* Qzt" -> "Web-Host.Com"."""
    if "*" in text:
        left, right = _split_star(text)
        prefix = _words(left)
        if prefix in PROCESSORS or len(prefix.replace(" ", "")) <= 2:
            return right if _words(right) else left
        if _alias_for(prefix.split()):
            return left
        return left if len(prefix) >= 3 else right
    head, _, tail = text.partition(" ")
    if head.lower() in BARE_PROCESSORS and tail.strip():
        return tail
    return text


def _split_star(text: str) -> tuple[str, str]:
    """Split at the first star; the right side loses any further star-separated reference."""
    left, _, right = text.partition("*")
    right = right.split("*")[0]
    return left.strip(), right.strip()


def _significant_tokens(text: str) -> list[str]:
    """Words of a merchant name: cut at a store number, without refs, legal suffixes, 's'."""
    tokens = [token for token in _TOKEN_BREAKS.split(text.replace("'", "")) if token]
    if _HAS_DIGIT.search(text) is None:  # no store number or reference to cut
        words = [t if t.isalnum() else _NOT_WORD.sub(" ", t).strip() for t in tokens]
    else:
        for index, token in enumerate(tokens):
            if index > 0 and _STORE_NUMBER.match(token):
                tokens = tokens[:index]
                break
        words = [_NOT_WORD.sub(" ", t).strip() for t in tokens if not _HAS_DIGIT.search(t)]
    words = [w for w in " ".join(words).split() if w]
    words = _join_possessives(words)
    while words and words[-1].lower() in LEGAL_SUFFIXES and len(words) > 1:
        words.pop()
    return words


def _join_possessives(words: list[str]) -> list[str]:
    """A lone "s" is a lost apostrophe: "JOE S" -> "JOES", "SOBEYS S" -> "SOBEYS"."""
    joined: list[str] = []
    for word in words:
        if word.lower() == "s" and joined:
            if not joined[-1].lower().endswith("s"):
                joined[-1] += word
            continue
        joined.append(word)
    return joined


def _brand(tokens: list[str]) -> str:
    """The display name of a well-known brand the tokens start with, plus a qualifier."""
    lowered = [token.lower() for token in tokens]
    found = _alias_for(lowered)
    if not found:
        return ""
    display, length = found
    if length < len(lowered) and lowered[length] in QUALIFIERS:
        return f"{display} {tokens[length].capitalize()}"
    return display


def _alias_for(lowered: list[str]) -> tuple[str, int] | None:
    """(display, number of tokens) of the longest known brand at the start of `lowered`."""
    index = _brand_index()
    for size in range(min(4, len(lowered)), 0, -1):
        display = index.get(" ".join(lowered[:size]))
        if display:
            return display, size
    if lowered and lowered[0].endswith(".com"):
        return _alias_for([lowered[0][:-4], *lowered[1:]])
    return None


@cache
def _brand_index() -> dict[str, str]:
    """Brand words -> display name, from the alias table and the seed's merchants."""
    from lingassist.categorize.seed import merchant_brands

    index = dict(merchant_brands())
    index.update(ALIASES)
    return index


def _display(name: str) -> str:
    """Title-case a name that the bank wrote all in capitals or all in lower case."""
    if name.isupper() or name.islower():
        return " ".join(word if len(word) <= 1 else word.capitalize() for word in name.split())
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in name.split())
