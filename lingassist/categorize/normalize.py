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
    ARTICLES,
    BARE_PROCESSORS,
    LEGAL_FORMS,
    LEGAL_SUFFIXES,
    PLACE_CODES,
    PROCESSOR_WORDS,
    PROCESSORS,
    QUALIFIERS,
)

# Letters that Unicode does not take apart into a base letter and an accent ("ß", "đ", "ø"):
# written out as the banks print them, instead of being dropped.
_LETTERS = str.maketrans(
    {"ß": "ss", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe",
     "Œ": "OE", "ł": "l", "Ł": "L", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i"}
)  # fmt: skip


def _guarded(starts: str, pattern: str, flags: re.RegexFlag = re.IGNORECASE) -> re.Pattern[str]:
    """`pattern`, tried only where one of its matches can start: `starts` is a character
    class holding the first character of every match. The look-ahead changes nothing that
    is found (a place it turns down holds no match) but skips such places at once, where
    the whole alternation was tried before: the normaliser runs once per distinct line of
    a bank file. `tests/categorize/test_normalize.py` compares both on generated text."""
    return re.compile(rf"(?={starts})(?:{pattern})", flags)


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_PARENTHESES = re.compile(r"\([^()]*\)")
_DATES = _guarded(  # a match starts with "on", a star, a space or a digit
    r"[\so*\d]",
    rf"(?:\bon\s+)?\*?\s*\b\d{{1,2}}\s*{_MONTHS}\b(?:\s*\d{{2,4}})?"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b",
)
_CARD_NUMBERS = _guarded(  # "card", "xx", "**", "nr:" or "pas:"
    r"[cx*np]",
    r"\bcard\s*(?:no|nr|number)?\.?\s*[x*#\d]*\s*$|\b(?:x{2,}|\*{2,})\d{2,}\b|\bcard\s+n\s*$"
    r"|\b(?:nr|pas):\s*[x*]*\d+",
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
    r"|cb|prlv sepa|vir sepa|sepa[ -](?:basis|folge|erst)?lastschrift|(?:basis|folge)?lastschrift"
    r"|kartenzahlung|girocard|ec|bea|gea|betaalautomaat|betaalpas|thanh toan(?: qr)?|tt|qr"
    r"|compra|pago|card payment|card|dd|bgc|fpo|fpi|so|tfr|effec)\b[\s:*./,-]*",
    re.IGNORECASE,
)
# What ends a statement's merchant name: SEPA field separators and tags ("//Berlin/DE",
# "EREF+...", "ECH/121124"), and the German "<shop> sagt danke" ("says thank you").
_SEPA_TAIL = _guarded(  # "//", a tag's first letter, or "sagt danke"
    r"[/emcskaibr]",
    r"//|\b(?:eref|mref|cred|svwz|kref|abwa|abwe|iban|bic)\+|\b(?:ech|id emetteur|mdt|rum|ref)/"
    r"|\bsagt danke\b",
)
# A store number, or a telephone number ("877-778-1161"): the name ends before it.
_STORE_NUMBER = re.compile(
    r"^(?:#\s*\d+|no\.?\d+|[a-z]{0,2}-?\d{2,}|\+?\d[\d-]{6,}\d)$", re.IGNORECASE
)
# A web address as a word ("HOMEDEPOT.COM", "help.uber.com", "AMZN.COM/BILL", "g.co/x"):
# the name at the start of a line, the end of the name after it.
_WEB_ADDRESS = re.compile(
    r"^(?:www\.)?(?P<name>[a-z0-9-]+)(?:\.[a-z0-9-]+)*\.(?:com|net|org|co|io|uk|de|fr|nl|za|vn"
    r"|ca|au|us|eu|info|biz|app|tv)(?:\.[a-z]{2})?(?:[/#]\S*)?$",
    re.IGNORECASE,
)
_HAS_DIGIT = re.compile(r"\d")
_NOT_WORD = re.compile(r"[\W_]+")  # an underscore joins nothing ("ZETTLE_*")
_COLUMNS = re.compile(r"\s{2,}")
_TOKEN_BREAKS = re.compile(r"[\s*,]+")  # "HEMA BV,PAS123": a comma ends a word too
# Legal forms written with dots ("B.V.", "S.A.", "N.V."): one word, so a legal form.
_DOTTED_FORM = re.compile(r"(?<![\w.])(?:[a-z]\.){2,3}(?![\w.])", re.IGNORECASE)


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
        key: the merchant key (`merchant_key(merchant)`): the one key everything that
            learns and everything that suggests files a merchant under, whatever form
            its name came in; falls back to `text` when there is no merchant.
        known: the merchant is a well-known brand (the seed's or the alias table's), so
            `key` is the brand's own and never only part of a longer name.
    """

    raw: str
    text: str
    merchant: str
    key: str
    known: bool = False


def merchant_key(name: str) -> str:
    """The key of a merchant's name: accents, case, punctuation and spacing ignored.

    Like ``ledger.repository.merchant_key``, but letters without a base letter are
    written out ("ß" -> "ss") instead of dropped.

    >>> merchant_key("  Café  Blue-Bottle ")
    'cafe blue bottle'
    """
    key = " ".join(_NOT_WORD.sub(" ", ascii_letters(name).lower()).split())
    return key or " ".join(name.lower().split())


def key_of(name: str) -> str:
    """The merchant key of any form of a merchant's name: a bank line ("POS 4411
    WOOLWORTHS CAPE TOWN"), a receipt header ("WOOLWORTHS (PTY) LTD"), a spoken or a typed
    name ("woolworths", "Woolworths") -> "woolworths"."""
    return normalize(name).key


def ascii_letters(text: str) -> str:
    """`text` in plain ASCII letters: accents dropped ("Café" -> "Cafe"), letters without a
    base letter written out ("Straße" -> "Strasse", "Đà Nẵng" -> "Da Nang")."""
    if text.isascii():
        return text
    plain = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return plain.encode("ascii", "ignore").decode()


@lru_cache(maxsize=65536)
def normalize(description: str) -> Descriptor:
    """Clean a bank descriptor into words, a merchant display name and its key.

    Lines that differ only in their digits (a store number, the day, a card number:
    "KARTENZAHLUNG REWE 2174 BERLIN 01.12") are cleaned once: see `_shape`.
    """
    ascii_text = ascii_letters(description)
    shape = _shape(ascii_text)
    found = _cleaned(shape)
    if shape == description:
        return found
    return Descriptor(description, found.text, found.merchant, found.key, found.known)


_ZEROS = bytes.maketrans(b"123456789", b"000000000")
# Words of the processor tables that hold a digit ("zapper1"): `_after_processor` compares
# a whole word of the line with them, so a line holding one keeps its digits.
_DIGIT_WORDS = tuple(
    sorted(word for word in PROCESSORS | BARE_PROCESSORS if any(map(str.isdigit, word)))
)
_HAS_DIGIT_WORD = re.compile("|".join(map(re.escape, _DIGIT_WORDS)) or "(?!)", re.IGNORECASE)


def _shape(ascii_text: str) -> str:
    r"""The line with every digit written as 0, which cleans to the same text, merchant and
    key: after `ascii_letters` every step reads digits only as digits (patterns with `\d`,
    `isalnum`, `isalpha`, `isupper`), drops each word that holds one from the text and the
    merchant's name, and compares words with the tables only after that, except the
    processor words of `_DIGIT_WORDS` (kept as they are). A bank file repeats its
    merchants with a new store number and day on each line: the 84,493 distinct lines of
    the 100k import benchmark have 185 shapes."""
    if not _HAS_DIGIT.search(ascii_text):
        return ascii_text
    if _HAS_DIGIT_WORD.search(ascii_text):  # ASCII text: ignoring case is lower()
        return ascii_text
    return ascii_text.encode().translate(_ZEROS).decode()


@lru_cache(maxsize=65536)
def _cleaned(ascii_text: str) -> Descriptor:
    """`normalize` of a line already in ASCII letters (`raw` is that line)."""
    without_noise = _strip_noise(ascii_text)
    text = " ".join(w for w in _words(without_noise).split() if w not in PROCESSOR_WORDS)
    merchant, known = _merchant_name(_strip_channels(without_noise))
    key = merchant_key(merchant) if merchant else text
    return Descriptor(raw=ascii_text, text=text, merchant=merchant, key=key, known=known)


def _strip_noise(text: str) -> str:
    """Remove parentheses, SEPA fields, dates and card numbers; keep the column spacing."""
    if "(" in text or ")" in text:
        text = _PARENTHESES.sub("  ", text).replace("(", " ").replace(")", " ")
    tail = _SEPA_TAIL.search(text)
    if tail is not None and tail.start() > 0:
        text = text[: tail.start()]
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


def _merchant_name(cleaned: str) -> tuple[str, bool]:
    """The display name of the merchant a cleaned descriptor names, and whether it is a
    well-known brand."""
    first_column = _first_column(cleaned)
    part = _after_processor(first_column)
    tokens = _significant_tokens(part)
    if not tokens:
        return "", False
    brand = _brand(tokens)
    return (brand, True) if brand else (_display(" ".join(tokens)), False)


def _first_column(text: str) -> str:
    """Fixed-width statements put city and region in later columns: keep the first one."""
    columns = [column for column in _COLUMNS.split(text.strip()) if column.strip(" *")]
    if not columns:
        return ""
    first = columns[0]
    letters = sum(map(str.isalpha, first))
    return first if letters >= 3 or len(columns) == 1 else " ".join(columns[:2])


def _after_processor(text: str) -> str:
    """ "SQ *BLUE BOTTLE" -> "BLUE BOTTLE"; "Web-Host.Com* Qzt" -> "Web-Host.Com";
    "UBER *EATS" -> "UBER EATS"; "GRAB*A-5XK2" (a reference after the star) -> "GRAB"."""
    if "*" in text:
        left, right = _split_star(text)
        prefix = _words(left)
        if prefix in PROCESSORS or len(prefix.replace(" ", "")) <= 2:
            return right if _names_something(right) else left
        if _alias_for(prefix.split()):
            qualifier = right.split()[0].lower() if right.split() else ""
            brand = _alias_for(prefix.split())
            named = brand is not None and _qualifies(brand[0], qualifier)
            return f"{left} {qualifier}" if named else left
        return left if len(prefix) >= 3 else right
    head, _, tail = text.partition(" ")
    if head.lower() in BARE_PROCESSORS and tail.strip():
        return tail
    return text


def _names_something(text: str) -> bool:
    """Whether the text after a processor's star names a merchant, rather than being a
    reference ("2K3", "A-5XK2 SINGAPORE") or empty."""
    words = text.split()
    return bool(words) and _HAS_DIGIT.search(words[0]) is None and len(_words(text)) >= 2


def _split_star(text: str) -> tuple[str, str]:
    """Split at the first star; the right side loses any further star-separated reference."""
    left, _, right = text.partition("*")
    right = right.split("*")[0]
    return left.strip(), right.strip()


def _significant_tokens(text: str) -> list[str]:
    """Words of a merchant name: cut at a store number, a web address after the name or a
    legal form; without refs, legal suffixes, a trailing country or state code, 's'."""
    text = text.replace("'", "")
    if "." in text:  # every dotted form and web address has a dot
        text = _DOTTED_FORM.sub(lambda form: form.group(0).replace(".", ""), text)
    tokens = [token for token in _TOKEN_BREAKS.split(text) if token]
    if "." in text:
        tokens = _web_names(tokens)
    if _HAS_DIGIT.search(text) is not None:  # cut at a store number, drop references
        for index, token in enumerate(tokens):
            if index > 0 and _STORE_NUMBER.match(token):
                tokens = tokens[:index]
                break
        tokens = [t for t in tokens if not _HAS_DIGIT.search(t)]
    words = [t if t.isalnum() else _NOT_WORD.sub(" ", t).strip() for t in tokens]
    words = _join_possessives(_cut_at_legal_form([w for w in " ".join(words).split() if w]))
    while len(words) > 1 and (
        words[-1].lower() in LEGAL_SUFFIXES or _place_code(words[-1], words[:-1])
    ):
        words.pop()
    return words


def _web_names(tokens: list[str]) -> list[str]:
    """A web address names the merchant at the start ("HOMEDEPOT.COM" -> "HOMEDEPOT") and
    ends the name anywhere else ("UBER EATS help.uber.com")."""
    for index, token in enumerate(tokens):
        address = _WEB_ADDRESS.match(token)
        if address is None:
            continue
        if index > 0:
            return tokens[:index]
        tokens = [address.group("name"), *tokens[1:]]
    return tokens


def _cut_at_legal_form(words: list[str]) -> list[str]:
    """A legal form after the name ends it: "MUELLER HANDELS GMBH & CO. KG" -> "MUELLER
    HANDELS", "PUREGYM LTD LEEDS" -> "PUREGYM", "Baeckerei Schmidt Inh. K. Schmidt"."""
    for index, word in enumerate(words):
        if index > 0 and word.lower() in LEGAL_FORMS:
            return words[:index]
    return words


def _place_code(word: str, before: list[str]) -> bool:
    """A country, state or province code at the end of a line, after a city ("LONDON GB",
    "OAKLAND CA", "HA NOI VN"): in capitals, after two words, the last of three letters or
    more (so "Toys R Us" keeps its "Us")."""
    return (
        word.isupper()
        and word.lower() in PLACE_CODES
        and len(before) >= 2
        and len(before[-1]) >= 3
        and before[-1].isalpha()
    )


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
    """The display name of a well-known brand the tokens start with (also after an
    article: "THE HOME DEPOT"), plus a qualifier."""
    lowered = [token.lower() for token in tokens]
    found = _alias_for(lowered)
    if found is None and len(lowered) > 1 and lowered[0] in ARTICLES:
        tokens, lowered = tokens[1:], lowered[1:]
        found = _alias_for(lowered)
    if found is None:
        return ""
    display, length = found
    if length < len(lowered) and _qualifies(display, lowered[length]):
        return f"{display} {tokens[length].capitalize()}"
    return display


def _qualifies(brand: str, word: str) -> bool:
    """Whether `word` after a brand names another line of its business ("Woolworths
    Food", "Uber Eats", "Walmart Pharmacy"), rather than repeating what the brand is
    ("Whole Foods Market", "Dis-Chem Pharmacy": the word is a trade keyword of the
    brand's own category)."""
    from lingassist.categorize.seed import category_of

    if word not in QUALIFIERS:
        return False
    said = category_of(word)
    return said is None or said != category_of(merchant_key(brand))


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
