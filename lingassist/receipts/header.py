"""The shape of a receipt's header lines: which of them cannot be the shop's name.

Above the articles a receipt prints the shop's name among its address, opening hours, VAT
and tax ids, phone numbers, web address and slogan. Each of those has a shape that holds
in many languages (a street word and a house number, a postcode before a town, "Mo-Sa
9.00-20.00 Uhr", "USt-IdNr.", "www.…", a sentence ending in "."); the words are data.
"""

from __future__ import annotations

import re

from lingassist.receipts.text import fold_accents, has_any, letter_tokens

CURRENCY_CODES = frozenset({
    "EUR", "EURO", "USD", "GBP", "CHF", "VND", "MYR", "RM", "SGD", "CAD", "AUD", "ZAR", "JPY",
    "CNY", "PLN", "CZK", "SEK", "NOK", "DKK", "HUF", "INR", "IDR", "THB", "PHP", "KRW", "BRL",
    "MXN", "COP",
})  # fmt: skip
STREET_WORDS = (
    "STR", "STRASSE", "STRABE", "WEG", "PLATZ", "ALLEE", "GASSE", "RING", "DAMM", "UFER",
    "CHAUSSEE", "RUE", "AVENUE", "AV", "BD", "BOULEVARD", "CHEMIN", "ROUTE", "PLACE", "QUAI",
    "VIA", "VIALE", "PIAZZA", "CORSO", "CALLE", "AVENIDA", "PLAZA", "CARRER", "STRAAT", "LAAN",
    "PLEIN", "GRACHT", "DUONG", "PHO", "QUAN", "PHUONG", "ST", "RD", "AVE", "BLVD", "DR",
    "LN", "HWY", "STREET", "ROAD", "DRIVE", "LANE", "HIGHWAY", "SUITE", "STE", "WAY", "PKWY",
    "JALAN", "JLN", "TAMAN", "LOT", "FLOOR", "LEVEL", "UNIT", "SQUARE", "SQ", "WALK", "PARADE",
    "PDE", "CRESCENT", "TERRACE", "MEWS", "CNR",
    # Vietnamese: thành phố written short ("TP.HCM"), an alley ("Ngõ 5", "Hẻm 12"); quận and
    # phường ("Q.1", "P. Bến Thành") are `_VN_DISTRICT`
    "TP", "HCM", "NGO", "HEM",
)  # fmt: skip
"""Street words; a line with one of them and a number is an address."""
STREET_ENDINGS = ("STR", "STRASSE", "STRABE", "WEG", "PLATZ", "ALLEE", "GASSE", "DAMM")
STREET_LAST_WORDS = (
    "ST", "RD", "AVE", "STREET", "ROAD", "AVENUE", "LANE", "BLVD", "HWY", "PDE", "SQUARE",
    "STRASSE", "GASSE", "STRAAT",
)  # fmt: skip
"""A line of several words ending in one of these is a street, even without its number
("Cnr Main & Voortrekker Rd")."""
STREET_FIRST_WORDS = (
    "RUE", "QUAI", "BOULEVARD", "CHEMIN", "IMPASSE", "VIALE", "PIAZZA", "CORSO", "CALLE",
    "AVENIDA", "CARRER",
)  # fmt: skip
"""Street words that open a street's name in French, Italian, Spanish and Catalan, written
without the house number on some receipts ("Quai du Mont-Blanc", "Rue de la Paix")."""
CORNER_WORDS = (("CNR",), ("ECKE",), ("CORNER", "OF"), ("CRN",))
"""A corner of two streets, printed instead of a house number ("Cnr Main & Long St")."""
GREETING_WORDS = (
    "WELCOME", "WILLKOMMEN", "BIENVENUE", "BENVENUTI", "BIENVENIDOS", "BIENVENIDO", "WELKOM",
    "CHAO MUNG", "XIN CHAO",
)  # fmt: skip
"""A greeting printed above the shop's name ("Willkommen bei")."""
FUNCTION_WORDS = frozenset({
    "of", "the", "and", "at", "on", "in", "by", "de", "du", "des", "la", "le", "les", "et",
    "am", "an", "im", "zum", "zur", "der", "die", "das", "und", "von", "bei", "di", "del",
    "della", "da", "y", "e", "van", "het", "en", "op", "aan",
})  # fmt: skip
"""Short words a printed name writes in lower case ("Bookends of York", "Drogerie am
Markt")."""
"""German street names are one word ending in these ("Pohlweg 110", "Husener Str. 121")."""
ID_WORDS = (
    "UST", "UST ID", "USTID", "UST IDNR", "STNR", "ST NR", "STEUER", "STEUERNUMMER", "UID",
    "SIRET", "SIREN", "TVA", "VAT", "MST", "MA SO THUE", "IVA", "P IVA", "NIF", "CIF", "BTW",
    "KVK", "ABN", "GST", "HST", "TAX ID", "EIN", "WEEE", "HRB", "RCS", "NAF", "APE",
)  # fmt: skip
CONTACT_WORDS = (
    "TEL", "FAX", "PHONE", "TELEFON", "TELEPHONE", "DT", "HOTLINE", "EMAIL", "MAIL", "WWW",
    "HTTP", "HTTPS", "INTERNET", "WEB",
)  # fmt: skip
HOURS_WORDS = (
    "OFFNUNGSZEITEN", "OEFFNUNGSZEITEN", "OPENING", "HOURS", "UHR", "HORAIRES", "OUVERT",
    "ORARI", "ORARIO", "HORARIO", "OPENINGSTIJDEN", "GIO MO CUA", "OPEN",
)  # fmt: skip
DOCUMENT_WORDS = (
    "KUNDENBELEG", "KASSENBON", "BELEG", "RECHNUNG", "QUITTUNG", "BON", "RECU", "FACTURE",
    "TICKET", "HOA DON", "PHIEU", "SCONTRINO", "FACTURA", "KASSABON", "BEWIRTUNGSBELEG",
    "DUPLICATA", "COPY", "KOPIE", "FILIALE", "KASSE",
    # the till and the staff
    "SELF CHECK OUT", "SELF CHECKOUT", "CHECKOUT", "REGISTER", "TERMINAL", "MANAGER",
    "STORE MANAGER", "SERVER", "CASHIER", "KASSIERER", "BEDIENER", "ORDER", "GUEST",
)  # fmt: skip
_DAYS = r"(?:MO|DI|MI|DO|FR|SA|SO|MON|TUE|WED|THU|FRI|SAT|SUN|LUN|MAR|MER|JEU|VEN|SAM|DIM)"
_DAY_RANGE = re.compile(rf"(?<![A-Z]){_DAYS}\.?\s?[-–~]+\s?{_DAYS}\b", re.IGNORECASE)
_TIME_RANGE = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:UHR|H|AM|PM)?\s?[-–~]\s?\d{1,2}[:.]\d{2}", re.I)
_POSTCODE_TOWN = re.compile(
    r"^\W*(?:[A-Z]{1,2}[- ])?\d{4,5}\s+[^\W\d]{2,}"  # 33100 Paderborn, D-33100, 3818 Grindelwald
    r"|\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b"  # SAN MATEO, CA 94401
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"  # UK postcode
)
_WEB = re.compile(
    r"www\.|https?://|\w@\w|\.\s?(?:de|com|fr|ch|at|it|es|nl|vn|uk|ca|us|eu|net|org)\b"
)
_PHONE = re.compile(r"(?:\+\s?\d{1,3}[\s./-]?)?\(?\d{2,5}\)?(?:[\s./-]\d{2,8}){1,4}")
_PHONE_NUMBER = re.compile(
    r"(?<![\d-])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\d-])"  # (719) 471-0054, 719-471-0054
    r"|\+\s?\d{1,3}[\s(]+\d[\d\s()/.-]{5,}"  # +49 (5251) 123456, +84 24 3826 1234
    r"|(?<![\d.,])0\d{2,5}\s?[/-]\s?\d{3,}(?![\d.,])"  # 05251 / 180420, 05251-871871
)
"""A phone number anywhere on the line makes it a contact line, however long the rest."""
_QUANTITY = re.compile(
    r"(?<![A-Za-z\d])\d+(?:[.,]\d+)?(?:KG|GR?|GM|ML|CL|L|LTR)(?![A-Za-z])"  # 3KG, 1,5L, 500G
    r"|(?<![A-Za-z\d])\d+(?:[.,]\d+)?\s(?:KG|GM|ML|CL|LTR|PCS)(?![A-Za-z])",  # 330 ML, 6 PCS
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s*[\"”’']?\s*$")
_UNIT = re.compile(r"^\W*(?:shop|unit|suite|ste|stand|kiosk|store)\s?(?:no\.?|#)?\s?\d", re.I)
"""A shop's unit in a mall or a store's number opening a line ("Shop 4, Sandton City",
"Unit 12 Riverside", "Store #1043")."""
_VN_DISTRICT = re.compile(r"(?<![\w-])[QP]\.\s?(?:\d|[^\W\d_])")
"""A Vietnamese district or ward written short, with its dot ("Q.1", "P. Bến Thành"; not
the "-P" of a Malaysian company number "(81497-P)")."""
_HOUSE_NUMBER = re.compile(r"(?<![\d.,])\d{1,5}[a-zA-Z]?(?![\d.,]\d)")
_TOWN_AFTER_POSTCODE = re.compile(r"(?:^|\s)(?:[A-Z]{1,2}[- ])?\d{4,5}\s+([^\W\d][^\W\d-]+)")


def not_a_name(text: str) -> bool:
    """True when a header line is an address, opening hours, an id, a contact, the
    document's own title, a slogan, or a column's currency ("EUR"), rather than a shop's
    name."""
    return (
        is_currency_heading(text)
        or is_address(text)
        or is_opening_hours(text)
        or has_any(text, ID_WORDS)
        or is_contact(text)
        or has_any(text, DOCUMENT_WORDS)
        or has_any(text, GREETING_WORDS)
        or is_slogan(text)
        or is_article(text)
    )


def is_currency_heading(text: str) -> bool:
    """A line holding nothing but currency codes or symbols ("EUR", "€", "VND")."""
    tokens = letter_tokens(text)
    return bool(tokens) and all(token in CURRENCY_CODES for token in tokens)


def is_address(text: str) -> bool:
    """A street and house number, a shop's unit, or a postcode and town."""
    if _POSTCODE_TOWN.search(fold_accents(text)) or _UNIT.search(text):
        return True
    tokens = letter_tokens(text)
    corner = any(tuple(tokens[: len(words)]) == words for words in CORNER_WORDS)
    if len(tokens) >= 2 and (tokens[-1] in STREET_LAST_WORDS or corner):
        return True
    if len(tokens) >= 2 and tokens[0] in STREET_FIRST_WORDS:
        return True
    if not _HOUSE_NUMBER.search(text):
        return False
    if _VN_DISTRICT.search(text):
        return True
    words = [word.upper() for word in re.findall(r"[^\W\d_]+", fold_accents(text))]
    return any(token in STREET_WORDS for token in letter_tokens(text)) or any(
        word.endswith(STREET_ENDINGS) and len(word) > 4 for word in words
    )


def is_postcode_town(text: str) -> bool:
    """A postcode and town ("80331 München", "SAN MATEO, CA 94401", "LS1 4DY")."""
    return bool(_POSTCODE_TOWN.search(fold_accents(text)))


def is_article(text: str) -> bool:
    """An article line: a quantity with its unit ("BIHUN ISTIMEWA 3KG", "Milch 1,5L",
    "COLA 330 ML")."""
    return bool(_QUANTITY.search(text))


def is_opening_hours(text: str) -> bool:
    """Opening hours: "UNSERE ÖFFNUNGSZEITEN", "Mo.-Sa. 9.00 - 20.00 Uhr"."""
    folded = fold_accents(text)
    return bool(
        has_any(text, HOURS_WORDS) or _DAY_RANGE.search(folded) or _TIME_RANGE.search(folded)
    )


def is_contact(text: str) -> bool:
    """A phone or fax number, a web or mail address."""
    if _WEB.search(text.lower()) or has_any(text, CONTACT_WORDS):
        return True
    if _PHONE_NUMBER.search(text):
        return True
    digits = sum(char.isdigit() for char in text)
    return digits >= 7 and bool(_PHONE.search(text)) and digits / max(1, len(text)) > 0.4


def is_slogan(text: str) -> bool:
    """A sentence rather than a name: several words ending in "!" or "?", or in "." with
    a word in lower case ("Respekt, wer's selber macht.", "More saving."); "ABC SDN. BHD."
    stays a name."""
    words = text.split()
    if len(words) < 2:
        return False
    if text.strip().endswith(("!", "?")):
        return True
    lower_words = [word for word in words if re.fullmatch(r"[^\W\d_A-Z]{2,}[.,!?]?", word)]
    if len(words) >= 3 and sum(len(word) >= 4 for word in lower_words) >= 2:
        return True  # "Your neighborhood store", "Votre commerce de proximité"
    return bool(_SENTENCE_END.search(text) and lower_words)


def towns(lines_text: list[str]) -> set[str]:
    """Town names printed after a postcode ("33100 Paderborn" -> PADERBORN), upper case."""
    found = set()
    for text in lines_text:
        for match in _TOWN_AFTER_POSTCODE.finditer(fold_accents(text)):
            found.add(match.group(1).upper())
    return found
