"""The merchant: the business name printed near the top, cleaned of OCR noise.

The top lines are scored: business suffixes (SDN BHD, S/B, ENTERPRISE, TRADING, GMBH ...),
upper case, real words and good OCR confidence raise a line; headers (TAX INVOICE,
RECEIPT), addresses, phone and registration numbers, and handwritten or stamped names in
lower case lower it. A name continued on the next line ("HARDWARE &" / "ELECTRICAL") is
joined, a trailing registration number "(123456-X)" is dropped, and suffixes misread by
OCR ("SON BHD") are repaired. A name of business words only ("MART") is less sure: the
shop's own word was probably missed. A close match among `known` merchants wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from lingassist.receipts.brand_match import BrandHit, find_brands
from lingassist.receipts.dates import dates_in
from lingassist.receipts.draft import Found, TextLine
from lingassist.receipts.header import (
    FUNCTION_WORDS,
    is_address,
    is_postcode_town,
    not_a_name,
    towns,
)
from lingassist.receipts.text import has_any, letter_share, letter_tokens

TOP_LINES = 12
HEADER_LINES = 30
"""Postcodes and towns are looked for in this many lines from the top."""
KNOWN_MATCH = 88.0
BRAND_SURE = 0.95
BRAND_LIKELY = 0.85
"""Confidence of a brand read exactly near the top or twice, and of one read once lower
down or one letter away (its name is then written as the lexicon spells it). Spelled
exactly as a known brand, the name was read right, however unsure OCR was of its letters."""
BELOW_SALE = 3.0
"""Score lost by a line below the sale's first date or amount: names are printed above."""
BELOW_ADDRESS = 2.0
"""Score lost by a line below the shop's address (its town, a phone, a slogan): the name is
printed above the address."""
COMPANY_BELOW_ADDRESS = 4.0
"""Score lost besides `BELOW_ADDRESS` by a line with a legal form below the address
("Fynbos Trading (Pty) Ltd" under "Highveld Butchery" / "81 Smith St"): the company that
runs the shop, its business words no sign of the shop's name."""
HEADER_ONLY_CAP = 0.85
"""A name read from the header's shape alone, without a known brand, is never surer."""
_LEGAL_FORM_AT_END = re.compile(
    r"(?<![\s,])(?:[\s,]+(?:GmbH|mbH|AG|KG|OHG|e\.\s?K\.?|SE|UG|SARL|SAS|S\.A\.?|SA|SNC|S\.p\.A\.?|SpA"
    r"|\(?Pty\)?(?:\s*Ltd\.?)?"
    r"|S\.r\.l\.?|SRL|B\.V\.?|BV|N\.V\.?|NV|Ltd\.?|Limited|PLC|Inc\.?|LLC|Corp\.?)"
    r"(?:\s*&\s*Co\.?)?\.?)+\s*$",
    re.IGNORECASE,
)
ONLY_BUSINESS_WORDS = 0.6
"""Confidence factor for a name made of business words only ("MART", "SDN BHD"): the
shop's own word was probably missed, so another reading is worth asking for."""
SUFFIXES = (
    "SDN BHD", "SDN", "BHD", "S/B", "ENTERPRISE", "ENTERPRISES", "TRADING", "LTD", "LIMITED",
    "INC", "LLC", "GMBH", "CORP", "CO", "PLC", "RESTAURANT", "RESTORAN", "CAFE", "STORE",
    "STORES", "MART", "MARKET", "SUPERMARKET", "HARDWARE", "STATIONERY", "PHARMACY",
    "BAKERY", "FLORIST", "GALLERY", "BISTRO", "KITCHEN", "MOTOR", "ELECTRICAL", "SHOP",
    "SERVICES", "PETROL", "STATION", "HOTEL", "MINI", "FOOD", "KEDAI", "PERNIAGAAN",
    "MARKETING", "REALTIES", "SAS", "SARL", "AG", "KG", "BV", "SPA", "SRL",
)  # fmt: skip
SHOP_KINDS = (
    "DELI", "DINER", "GRILL", "PUB", "TAVERN", "PIZZERIA", "BRASSERIE", "BOULANGERIE",
    "PATISSERIE", "PHARMACIE", "EPICERIE", "FROMAGERIE", "LIBRAIRIE", "BACKEREI",
    "KONDITOREI", "METZGEREI", "APOTHEKE", "DROGERIE", "HOFLADEN", "GETRANKE", "TRATTORIA",
    "RISTORANTE", "CONFISERIE", "NHA HANG", "CUA HANG", "TIEM",
)  # fmt: skip
"""Kinds of shop in the languages of the receipts read (one misread letter tolerated): they
help choose the name's line, as `SUFFIXES` do, but add nothing to how sure the name is
(`_score`'s `strict`)."""
NAME_WORDS = SUFFIXES + SHOP_KINDS
NOT_A_NAME = (
    "TAX INVOICE", "INVOICE", "RECEIPT", "GST", "REG NO", "TEL", "FAX", "PHONE", "CO REG",
    "COMPANY REG", "ROC NO", "WELCOME", "CASHIER", "DATE", "TABLE", "EMAIL", "WEBSITE",
    "THANK YOU", "CREDIT NOTE", "GUEST CHECK", "TAX REG", "COMPANY NO", "JALAN", "JLN",
    "TAMAN", "LOT", "FLOOR", "LEVEL", "STREET", "ROAD", "SELANGOR", "KUALA LUMPUR",
    "STRASSE", "AVENUE", "NOT A RECEIPT", "PREPAY", "QTY", "PRICE", "DESCRIPTION", "AMOUNT",
    "TOTAL", "CASH", "CHANGE", "SUBTOTAL",
    # a card slip's lines, left when the header was lost (a shadow, a torn top)
    "VISA", "MASTERCARD", "MAESTRO", "DEBIT", "CREDIT", "TWINT", "GIROCARD", "INTERAC",
    "EFTPOS", "AMEX", "CONTACTLESS", "APPROVED",
)  # fmt: skip
NUMBERED = ("TABLE", "LOT", "LEVEL", "FLOOR")
"""Words of `NOT_A_NAME` that veto a line only with a number ("TABLE 12", "LOT 1851"): a
name may hold them ("TABLE BAY SPAR")."""
STREET_NAMES = ("STREET", "ROAD", "STRASSE", "AVENUE")
"""Words of `NOT_A_NAME` that a shop's name may hold ("PINE STREET PHARMACY") when the line
has a business word and no number."""
# The patterns that strip a run of spaces or symbols start only where the run starts (the
# look-behinds): tried from every character of a long run, each rescanned the rest of it,
# and a line of 8,000 spaces took 1.5 s (quadratic time).
_REGISTRATION = re.compile(
    r"(?<!\s)(?:\s*[({\[]\s*(?:CO\.?\s*NO\W*)?[0-9A-Z]{0,4}\d{4,}.*$"
    r"|\s+\d{5,}[-\s]?[A-Z]?\W*$)",
    re.IGNORECASE,
)
_LEADING_NOISE = re.compile(r"^(?:[^\w(]|_)+")
# letters of any script stay; the run starts right after the name's last character (never
# after an underscore: inside a long run of them every start was tried, quadratic time)
_TRAILING_NOISE = re.compile(r"(?<![^\w).])(?<!_)(?:[^\w).]|_)+$")
_AMOUNT = re.compile(
    r"\d[.,]\s?\d{2}(?:\b|(?=[A-Z]\b))|(?<![\w.,-])\d{1,3}(?:[.,]\d{3})+(?![\d.,])"
)
"""A price, also with its VAT class glued on ("2,49A" on German receipts), or a whole
amount in thousands ("35.000 Tiền thừa")."""
_ENDS_IN_NUMBER = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}\.?\s+\d{1,4}\s?[a-zA-Z]?\s*$")
"""A street's house number closing a line ("Am Markt 3", "Lindenweg 27a")."""
_LEADING_CODE = re.compile(r"^(?:#?\d{3,}\s+|[a-z]\W*\s+)")
_ENDS_AT_LEGAL_FORM = re.compile(
    r"^(.*\b(?:SDN\.?\s*BHD|S/B|GMBH|LTD|LIMITED|INC|LLC|PLC|CORP)\b\.?)", re.IGNORECASE
)
_SDN_MISREAD = re.compile(r"\b(S[A-Z0-9]{0,2})(?=\.?\s*(?:,\s*)?BH)", re.IGNORECASE)
_FIXES = (
    (re.compile(r"\b(SDN\.?\s*)BH[O0]?\b(?!\.?D)", re.IGNORECASE), r"\1BHD"),
    (re.compile(r"(?<![A-Za-z0-9])[S5$]/[BE8](?![A-Za-z0-9])"), "S/B"),
    (re.compile(r"(?<![A-Za-z0-9(])[iIl1|\[{]M\)"), "(M)"),  # "SERIMAS iM) SDN BHD"
    (re.compile(r"(?<=[a-z]{2})[\]|](?=\s|$)"), "l"),  # "BHPetro] Palekbang"
    (re.compile(r"(?<=[A-Z]{2})[\]|](?=\s|$)"), "L"),
)


def read_merchant(lines: Sequence[TextLine], known: Sequence[str] = ()) -> Found[str] | None:
    """The business name: a known brand printed anywhere on the receipt, else the
    best-scoring top line that has the shape of a name (or a known merchant it matches)."""
    places = frozenset(towns([line.text for line in lines[:HEADER_LINES]]))
    brands = find_brands(lines, places)
    found = _from_brand(lines, brands, places) if brands else _from_header(lines, places)
    if found is None:
        return None
    match = match_known(found.value, known)
    if match is not None:
        return Found(match, round(max(found.confidence, 0.9), 3), found.boxes)
    return found


def _from_header(lines: Sequence[TextLine], places: frozenset[str]) -> Found[str] | None:
    """The best-scoring top line above the first article's price, joined with its
    continuation."""
    top = list(lines[:TOP_LINES])
    sale = _first_sale_line(top)
    articles = next((i for i, line in enumerate(top) if _AMOUNT.search(line.text)), len(top))
    address = _first_address(top[:articles])

    def lowered(index: int) -> float:
        below = BELOW_ADDRESS if index > address else 0.0
        if index > address and _LEGAL_FORM_AT_END.search(clean_name(top[index].text)):
            below += COMPANY_BELOW_ADDRESS
        return (BELOW_SALE if index > sale else 0.0) + below

    scored = [
        (_score(line.text, index) - lowered(index), index)
        for index, line in enumerate(top[:articles])
        if not _street_above_town(top, index)
    ]
    scored = [(score, index) for score, index in scored if score > 0]
    if not scored:
        return None
    index = max(scored)[1]
    score = _score(top[index].text, index, strict=True) - lowered(index)
    name, used = _with_continuation(top, index)
    name = shop_name(name)
    if len(name) < 3:
        return None
    boxes = tuple(box for line in used if (box := line.box) is not None)
    confidence = min(1.0, max(0.1, 0.3 + 0.08 * score)) * _least_sure_word(used[0])
    if _only_suffix(name):
        confidence *= ONLY_BUSINESS_WORDS
    return Found(name, round(min(confidence, HEADER_ONLY_CAP), 3), boxes)


def _first_address(top: Sequence[TextLine]) -> int:
    """The first address line below the first line (a name is never below it)."""
    return next(
        (index for index, line in enumerate(top) if index > 0 and is_address(line.text)),
        len(top),
    )


def _street_above_town(top: Sequence[TextLine], index: int) -> bool:
    """A short line ending in a house number right above a postcode and town: the street
    ("Am Markt 3" / "80331 München"), whatever its words."""
    if index + 1 >= len(top) or not _ENDS_IN_NUMBER.search(top[index].text):
        return False
    following = top[index + 1].text
    return is_postcode_town(following) and not _ENDS_IN_NUMBER.search(following)


def _first_sale_line(top: Sequence[TextLine]) -> int:
    """The first line with a date or an amount: the sale starts there, below the name."""
    for index, line in enumerate(top):
        if dates_in(line.text) or _AMOUNT.search(line.text):
            return index
    return len(top)


def _least_sure_word(line: TextLine) -> float:
    """OCR's confidence in the least sure word of a name's line: one misread letter makes a
    wrong name ("HOME RASTER HARDWARE", RASTER read at 0.59), however sure the rest is."""
    sure = [word.confidence for word in line.words if sum(c.isalnum() for c in word.text) >= 2]
    return min(sure) if sure else line.confidence


def _from_brand(
    lines: Sequence[TextLine], brands: list[BrandHit], places: frozenset[str]
) -> Found[str]:
    """The first brand found: as printed when that is a header line of name shape
    ("Marktkauf Lehr", "toom Baumarkt GmbH" -> "toom Baumarkt"), else as the lexicon writes
    it (a logo not read, the brand found in "Aldi GmbH & Co. KG" at the bottom)."""
    first = next((hit for hit in brands if hit.exact), brands[0])
    line = lines[first.line]
    printed = shop_name(line.text, places)
    in_header = first.exact and first.line < TOP_LINES and not not_a_name(line.text)
    name = printed if in_header and len(printed) >= 2 else first.brand
    again = sum(1 for hit in brands if hit.brand == first.brand) > 1
    confidence = BRAND_SURE if first.exact and (first.line < TOP_LINES or again) else BRAND_LIKELY
    if letter_tokens(name) != letter_tokens(first.brand):  # words beside the brand: as read
        confidence *= _least_sure_word(line)
    box = line.box
    return Found(name, round(confidence, 3), (box,) if box else ())


def shop_name(text: str, places: frozenset[str] = frozenset()) -> str:
    """The name as a person would file it: `clean_name`, without a European or US legal
    form ("real GmbH" -> "real"), a town among `places` ("Saturn Paderborn" -> "Saturn",
    given for a brand's branch) or a logo's echo ("dm dm-drogerie markt" ->
    "dm-drogerie markt"). Malaysian "SDN BHD" stays, as those receipts name the company."""
    name = clean_name(text)
    if _LEGAL_FORM_AT_END.search(name):
        stripped = _LEGAL_FORM_AT_END.sub("", name).strip(" ,.-&")
        name = stripped if len(stripped) >= 2 else name
    words = name.split()
    while (
        len(words) > 1 and letter_tokens(words[-1]) and "".join(letter_tokens(words[-1])) in places
    ):
        words.pop()
    if len(words) > 1 and _echoes(words[0], words[1]):
        words.pop(0)
    return " ".join(words)


def _echoes(first: str, second: str) -> bool:
    """A one-word logo read again at the start of the printed name ("dm" "dm-drogerie")."""
    head, following = letter_tokens(first), letter_tokens(second)
    return len(head) == 1 and bool(following) and following[0] == head[0]


def clean_name(text: str) -> str:
    """The name without a registration number, stray symbols or misread suffixes."""
    name = _REGISTRATION.sub("", text.strip())
    name = _LEADING_CODE.sub("", _strip_edge_noise(name))
    name = _SDN_MISREAD.sub(_sdn, name)
    for pattern, replacement in _FIXES:
        name = pattern.sub(replacement, name)
    legal = _ENDS_AT_LEGAL_FORM.match(name)
    return _strip_edge_noise(" ".join((legal.group(1) if legal else name).split()))


def _strip_edge_noise(text: str) -> str:
    """`text` without the stray symbols before its first and after its last character
    of a name ("** SHOP (M) **" -> "SHOP (M)")."""
    return _TRAILING_NOISE.sub("", _LEADING_NOISE.sub("", text))


def _sdn(match: re.Match[str]) -> str:
    """ "SON", "SBN", "SDI" or "SD" right before BHD is a misread "SDN"."""
    word = match.group(1)
    close = Levenshtein.distance(word.upper(), "SDN", score_cutoff=1) <= 1
    return "SDN" if close and word.upper() != "SDN" else word


def match_known(name: str, known: Sequence[str]) -> str | None:
    """The known merchant `name` is a (possibly misread) spelling of, if any."""
    if not known:
        return None
    best = process.extractOne(name.upper(), [k.upper() for k in known], scorer=fuzz.ratio)
    if best is None or best[1] < KNOWN_MATCH:
        return None
    return known[best[2]]


def _score(text: str, index: int, strict: bool = False) -> float:
    """How much a top line looks like a business name (`strict`: by the cues that the
    name's confidence was measured with, without `SHOP_KINDS` and lower-case small words)."""
    if not has_any(text, ("SDN BHD", "S/B", "BHD")) and not_a_name(text):
        return 0.0
    text = clean_name(text)
    words = letter_tokens(text)
    real = [word for word in words if len(word) >= 2]
    if not real or letter_share(text) < 0.5 or _AMOUNT.search(text):
        return 0.0
    business = has_any(text, SUFFIXES if strict else NAME_WORDS)
    vetoes: tuple[str, ...] = NOT_A_NAME
    if not any(char.isdigit() for char in text):
        vetoes = tuple(word for word in NOT_A_NAME if word not in NUMBERED)
        if business:
            vetoes = tuple(word for word in vetoes if word not in STREET_NAMES)
    if not has_any(text, ("SDN BHD", "S/B", "BHD")) and (has_any(text, vetoes) or not_a_name(text)):
        return 0.0
    score = 3.0 - 0.25 * index
    score += 4.0 if business else 0.0
    upper = sum(c.isupper() for c in text) / max(1, sum(c.isalpha() for c in text))
    score += 2.0 * upper - (2.0 if upper < 0.2 and not _title_case(text, strict) else 0.0)
    score += min(len(real), 4) * 0.4 - (1.5 if len(real) == 1 and len(real[0]) < 4 else 0.0)
    score -= 2.0 * sum(1 for word in words if len(word) == 1) / max(1, len(words))
    return score


def _title_case(text: str, strict: bool = False) -> bool:
    """Every word starts with a capital, as printed names do ("Berghotel Alpenblick"; but
    for small `FUNCTION_WORDS`, "Bookends of York", unless `strict`); a name handwritten or
    stamped on the paper is mostly lower case."""
    small = frozenset() if strict else FUNCTION_WORDS
    words = [w for w in re.findall(r"[^\W\d_]{2,}", text) if w not in small]
    return bool(words) and all(word[:1].isupper() for word in words)


def _with_continuation(top: list[TextLine], index: int) -> tuple[str, list[TextLine]]:
    """The chosen line, joined with the next one when the name obviously continues."""
    line = top[index]
    text = line.text.strip()
    if index > 0 and _needs_previous(text, top[index - 1].text, index - 1):
        return f"{top[index - 1].text.strip()} {text}", [top[index - 1], line]
    if index + 1 < len(top):
        following = top[index + 1].text.strip()
        if text.endswith("&") or following.startswith("&") or _only_suffix(following):
            return f"{text} {following}", [line, top[index + 1]]
    return text, [line]


def _needs_previous(text: str, previous: str, index: int) -> bool:
    """The chosen line starts with a business word ("STATIONERY SDN BHD") or is only
    business words, and the line above is a short upper-case name part."""
    words = letter_tokens(clean_name(text))
    if not words or not (_only_suffix(text) or has_any(words[0], SUFFIXES)):
        return False
    above = letter_tokens(previous)
    plain = previous.strip().upper() == previous.strip() and not any(c.isdigit() for c in previous)
    return plain and 1 <= len(above) <= 4 and _score(previous, index) > 0


def _only_suffix(text: str) -> bool:
    """A line holding nothing but business words ("ELECTRICAL", "SDN BHD")."""
    words = letter_tokens(text)
    return bool(words) and len(words) <= 3 and all(has_any(word, SUFFIXES) for word in words)
