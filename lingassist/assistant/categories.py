"""Everyday words -> Plaid PFC v2 detailed category codes."""

from __future__ import annotations

import re
from difflib import get_close_matches

from lingassist.assistant.types import Span
from lingassist.categorize.taxonomy import pfc_code_named

_WORDS: dict[str, str] = {}
_GROUPS = {
    "FOOD_AND_DRINK_COFFEE": "coffee coffees latte lattes cappuccino espresso cafe starbucks "
    "tea teas flat white mocha",
    "FOOD_AND_DRINK_GROCERIES": "groceries grocery grocery store supermarket food shopping "
    "lidl aldi whole foods trader joe's",
    "FOOD_AND_DRINK_RESTAURANT": "restaurant restaurants eating out dining dining out dinner "
    "lunch lunches brunch brunches breakfast breakfasts brekkie going out to eat takeout takeouts "
    "take-out takeaway takeaways meal meals dinners food "
    "pizza sushi kebab ramen pho tacos noodles curry pub pubs gastropub",
    "FOOD_AND_DRINK_FAST_FOOD": "fast food mcdonalds mcdonald's burger king chipotle",
    "FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR": "beer beers pint pints wine liquor alcohol drinks "
    "booze cocktail cocktails bottle-o bottle shop off licence off-licence bars drinking",
    "FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK": "doughnuts donuts snacks snack bakery catering "
    "cake cakes pastry pastries croissant croissants bagel bagels muffin muffins ice cream",
    "TRANSPORTATION_GAS": "gas fuel petrol gas station servo shell bp esso exxon chevron texaco "
    "mobil diesel unleaded gasoline gas pump fill-up",
    "TRANSPORTATION_TAXIS_AND_RIDE_SHARES": "uber ubers lyft lyfts taxi taxis cab cabs ride share "
    # (the motorbike and car rides of South-East Asia's app: "grab bike 32k", never a bike
    # bought; the app's name alone stays its shop)
    "rideshare grab bike grab car",
    "TRANSPORTATION_PUBLIC_TRANSIT": "bus train metro subway transit tram public transport",
    "TRANSPORTATION_PARKING": "parking",
    "TRANSPORTATION_OTHER_TRANSPORTATION": "transport transportation commute car",
    "RENT_AND_UTILITIES_RENT": "rent",
    "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY": "electric electricity power bill electric bill "
    "gas bill utilities utility",
    "RENT_AND_UTILITIES_WATER": "water water bill",
    "RENT_AND_UTILITIES_INTERNET_AND_CABLE": "internet cable wifi broadband",
    "RENT_AND_UTILITIES_TELEPHONE": "phone phone bill mobile telephone",
    "RENT_AND_UTILITIES_SEWAGE_AND_WASTE_MANAGEMENT": "trash garbage",
    "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES": "clothes clothing shoes jeans shirts "
    "shell jacket make up makeup forever 21",
    "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS": "books book bookstore",
    "GENERAL_MERCHANDISE_ELECTRONICS": "electronics laptop headphones charger",
    "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES": "gifts gift christmas gifts presents flowers",
    "GENERAL_MERCHANDISE_CONVENIENCE_STORES": "7-eleven convenience store",
    "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES": "amazon",
    "GENERAL_MERCHANDISE_SUPERSTORES": "walmart target costco",
    "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE": "shopping household homeware baby stuff "
    "baby things nappies diapers toys kids stuff",
    "ENTERTAINMENT_TV_AND_MOVIES": "movies movie cinema netflix",
    "ENTERTAINMENT_MUSIC_AND_AUDIO": "spotify music concert",
    "ENTERTAINMENT_OTHER_ENTERTAINMENT": "entertainment",
    "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS": "gym fitness",
    "PERSONAL_CARE_HAIR_AND_BEAUTY": "haircut haircuts hair salon sephora ulta",
    "MEDICAL_PHARMACIES_AND_SUPPLEMENTS": "pharmacy medicine drugstore chemist cvs walgreens",
    "MEDICAL_PRIMARY_CARE": "doctor medical health",
    "MEDICAL_DENTAL_CARE": "dentist dental",
    "GENERAL_SERVICES_CHILDCARE": "babysitting babysitter childcare daycare nanny",
    "GENERAL_SERVICES_INSURANCE": "insurance auto insurance car insurance",
    "GENERAL_SERVICES_EDUCATION": "tuition school education",
    "TRAVEL_LODGING": "hotel hotels airbnb lodging",
    "TRAVEL_FLIGHTS": "flight flights airline plane tickets",
    "TRAVEL_OTHER_TRAVEL": "travel vacation holiday trip",
    "LOAN_PAYMENTS_STUDENT_LOAN_PAYMENT": "student loan",
    "LOAN_PAYMENTS_CAR_PAYMENT": "car payment car bill auto loan",
    "LOAN_PAYMENTS_MORTGAGE_PAYMENT": "mortgage",
    "GOVERNMENT_AND_NON_PROFIT_DONATIONS": "donation donations charity",
    "GENERAL_MERCHANDISE_PET_SUPPLIES": "pet food pet supplies",
    "MEDICAL_VETERINARY_SERVICES": "vet veterinarian",
    "INCOME_SALARY": "salary paycheck wages",
    "OTHER_OTHER": "other misc miscellaneous",
    # More everyday words, one taxonomy detail each.
    "HOME_IMPROVEMENT_FURNITURE": "furniture sofa couch mattress",
    "HOME_IMPROVEMENT_HARDWARE": "hardware tools diy",
    "HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE": "repairs repair plumber plumbing electrician",
    "GENERAL_MERCHANDISE_SPORTING_GOODS": "sport sports sporting goods sportswear",
    "GENERAL_MERCHANDISE_OFFICE_SUPPLIES": "office supplies stationery",
    "GENERAL_MERCHANDISE_DEPARTMENT_STORES": "department store",
    "GENERAL_MERCHANDISE_TOBACCO_AND_VAPE": "cigarettes tobacco vape",
    "ENTERTAINMENT_VIDEO_GAMES": "games video games gaming",
    "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS": "museum museums zoo "
    "theme park concert tickets",
    "ENTERTAINMENT_CASINOS_AND_GAMBLING": "casino gambling lottery betting pokies",
    "PERSONAL_CARE_LAUNDRY_AND_DRY_CLEANING": "laundry dry cleaning",
    "PERSONAL_CARE_OTHER_PERSONAL_CARE": "toiletries cosmetics",
    "MEDICAL_EYE_CARE": "glasses optician contacts eye doctor",
    "GENERAL_SERVICES_AUTOMOTIVE": "car repair mechanic car wash oil change tow towing towed",
    "GENERAL_SERVICES_POSTAGE_AND_SHIPPING": "postage shipping stamps",
    "GENERAL_SERVICES_OTHER_GENERAL_SERVICES": "software apps app subscription",
    "TRANSPORTATION_TOLLS": "toll tolls",
    "TRANSPORTATION_BIKES_AND_SCOOTERS": "bike scooter",
    "TRAVEL_RENTAL_CARS": "rental car car rental",
    "GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT": "tax taxes",
    # (never "fine" alone: "350 is fine")
    "GOVERNMENT_AND_NON_PROFIT_GOVERNMENT_DEPARTMENTS_AND_AGENCIES": "fines penalties "
    "parking fine parking fines speeding fine speeding ticket",
    "INCOME_DIVIDENDS": "dividends dividend",
    "INCOME_GIG_ECONOMY": "side hustle freelance gig",
    "INCOME_TAX_REFUND": "tax refund",
    "BANK_FEES_ATM_FEES": "atm fee atm fees",
    "BANK_FEES_OVERDRAFT_FEES": "overdraft fee overdraft fees",
    "BANK_FEES_LATE_FEES": "late fee late fees",
    "BANK_FEES_FOREIGN_TRANSACTION_FEES": "foreign transaction fee transaction fee",
    "BANK_FEES_OTHER_BANK_FEES": "bank fee bank fees bank charges",
    "HOME_IMPROVEMENT_OTHER_HOME_IMPROVEMENT": "garden gardening plants garden centre",
}
# Broader words name a primary category or a group (lingassist.core.category_groups):
# a question about "food" covers all of Food and drink, "eating out" three details.
_BROAD = {
    "FOOD_AND_DRINK": "food food and drink",
    "EATING_OUT": "eating out dining out going out to eat eat out",
    "TRANSPORTATION": "transport transportation",
    "GENERAL_MERCHANDISE": "shopping",
    "RENT_AND_UTILITIES": "utilities",
    "ENTERTAINMENT": "entertainment",
    "TRAVEL": "travel",
    "MEDICAL": "medical health healthcare",
    "FUN": "fun fun money fun stuff leisure",
    "BILLS": "bills",
}
_PHRASES = (
    "atm fees",
    "atm fee",
    "overdraft fees",
    "overdraft fee",
    "late fees",
    "late fee",
    "foreign transaction fee",
    "transaction fee",
    "bank fees",
    "bank fee",
    "bank charges",
    "sporting goods",
    "office supplies",
    "department store",
    "video games",
    "theme park",
    "concert tickets",
    "dry cleaning",
    "eye doctor",
    "car repair",
    "car wash",
    "oil change",
    "rental car",
    "car rental",
    "side hustle",
    "tax refund",
    "flat white",
    "ice cream",
    "grocery store",
    "food shopping",
    "whole foods",
    "trader joe's",
    "eating out",
    "dining out",
    "going out to eat",
    "fast food",
    "burger king",
    "gas station",
    "ride share",
    "grab bike",
    "grab car",
    "public transport",
    "power bill",
    "electric bill",
    "gas bill",
    "water bill",
    "phone bill",
    "make up",
    "forever 21",
    "christmas gifts",
    "convenience store",
    "auto insurance",
    "car insurance",
    "student loan",
    "car payment",
    "car bill",
    "auto loan",
    "pet food",
    "pet supplies",
    "plane tickets",
    "bottle shop",
    "off licence",
    "garden centre",
    "baby stuff",
    "baby things",
    "kids stuff",
    "shell jacket",
    "parking fine",
    "parking fines",
    "speeding fine",
    "speeding ticket",
)
for _code, _words in _GROUPS.items():
    _rest = _words
    for _phrase in _PHRASES:
        if _phrase in _rest.split(" ") or f" {_phrase} " in f" {_rest} ":
            _WORDS.setdefault(_phrase, _code)
            _rest = f" {_rest} ".replace(f" {_phrase} ", " ").strip()
    for _word in _rest.split():
        _WORDS.setdefault(_word, _code)
for _code, _words in _BROAD.items():
    _rest = f" {_words} "
    for _phrase in sorted(
        _PHRASES + ("food and drink", "eat out", "fun money", "fun stuff"), key=len, reverse=True
    ):
        if f" {_phrase} " in _rest:
            _WORDS[_phrase] = _code
            _rest = _rest.replace(f" {_phrase} ", " ")
    for _word in _rest.split():
        _WORDS[_word] = _code
# A word's plural, when the lexicon lists only the singular ("two espressos"); not where
# the plural asks about entries of a kind ("which subscriptions renew this month")
_NO_PLURAL = frozenset({"subscription", "curry"})  # ("Currys", a shop)
for _word, _code in list(_WORDS.items()):
    if " " not in _word and _word[-1:].isalpha() and _word[-1] != "s" and _word not in _NO_PLURAL:
        _WORDS.setdefault(_word + "s", _code)
_PATTERN = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)
_LONG_WORDS = [w for w in _WORDS if len(w) >= 6 and " " not in w]
_BRANDS = frozenset(
    [
        "starbucks",
        "lidl",
        "aldi",
        "whole foods",
        "trader joe's",
        "trader joes",
        "mcdonalds",
        "mcdonald's",
        "burger king",
        "chipotle",
        "uber",
        "lyft",
        "7-eleven",
        "amazon",
        "walmart",
        "target",
        "costco",
        "netflix",
        "spotify",
        "airbnb",
        "forever 21",
        "revolut",
        "shell",
        "bp",
        "esso",
        "exxon",
        "chevron",
        "texaco",
        "mobil",
        "sephora",
        "ulta",
        "cvs",
        "walgreens",
    ]
)


def is_brand(words: str) -> bool:
    """True for a shop or company name that also implies a category ("Costco")."""
    return " ".join(words.lower().split()) in _BRANDS


def is_category_word(word: str) -> bool:
    """True when `word` names a category, allowing a typo in a long word ("grocereis")."""
    lowered = word.lower()
    if lowered in _WORDS:
        return True
    return len(lowered) >= 6 and bool(get_close_matches(lowered, _LONG_WORDS, n=1, cutoff=0.8))


# "… at 14.50 each, plus 13% tax", "120 before tax", "tax on top": the tax on a price said,
# not a tax paid
_TAX_OF_A_PRICE_BEFORE = re.compile(
    r"(?:%|percent|\b(?:plus|before|after|incl\w*|inc|excl\w*|ex|with|w/|pre|and))\s*\Z", re.I
)
_TAX_OF_A_PRICE_AFTER = re.compile(r"\s*(?:on\s+top|incl\w*|included|extra)\b", re.I)
_TAX_WORDS = frozenset({"tax", "taxes"})


def find_category(text: str, start: int = 0) -> tuple[str, Span] | None:
    """The first everyday category word at or after `start`, as a PFC code and a span (not
    the tax said on a price: "2 bento at 14.50 each, plus 13% tax")."""
    for match in _PATTERN.finditer(text, start):
        word = match.group(1)
        if word.lower() in _TAX_WORDS and (
            _TAX_OF_A_PRICE_BEFORE.search(text, 0, match.start(1))
            or _TAX_OF_A_PRICE_AFTER.match(text, match.end(1))
        ):
            continue
        return _WORDS[word.lower()], Span(match.start(1), match.end(1), word)
    return None


def category_code(words: str) -> str | None:
    """The PFC code for a short category phrase ("eating out"), or None."""
    cleaned = words.strip().lower()
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    upper = cleaned.upper().replace(" ", "_")
    return upper if upper in set(_GROUPS) | set(_BROAD) else None


_HEAD_NOUN_WORDS = 3
_ACCOUNT_WORDS = re.compile(
    r"\b(?:savings?|checking|current|account|accounts|card|wallet|pot|isa|pension)\b"
)


_FOR_SOMEONE = re.compile(r"\s+for\s+(?:(?:my|the|a|our|his|her|their)\s+)?\w+$")


def target_category_code(words: str) -> str | None:
    """The PFC code of a category a person names to file something under: a short phrase
    (`category_code`), a PFC category's own name ("home improvement", "loan payments"), or
    else the phrase's last word ("work travel" is travel). Broader than `category_code`,
    which also decides whether a word is a shop's name ("Thames Water")."""
    cleaned = " ".join(words.strip().lower().split())
    cleaned = _FOR_SOMEONE.sub("", cleaned)  # "a gift for my bf": a gift
    if _ACCOUNT_WORDS.search(cleaned):
        return None  # "move some money to savings": an account, not a category
    code = category_code(cleaned) or pfc_code_named(cleaned)
    if code is not None:
        return code
    head = cleaned.rsplit(" ", 1)
    if len(head) == 2 and len(cleaned.split()) <= _HEAD_NOUN_WORDS:
        return category_code(head[1])
    return None
