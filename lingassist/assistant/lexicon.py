"""Word lists shared by the assistant's rules: number words and currency words."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
# Counts said as one word, two to twelve ("two coffees 7", "3 tickets at 12")
SMALL_COUNTS = {word: value for word, value in {**UNITS, **TEENS}.items() if 1 < value <= 12}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "grand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | frozenset(SCALES)
# A number said in words ("nine", "ninety", "hundred"), the longest first, for patterns
NUMBER_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"

# currency word -> ISO code; "$" means the shared dollar sign, resolved with the default.
MAJOR_CURRENCY_WORDS = {
    "dollar": "$",
    "dollars": "$",
    "buck": "$",
    "bucks": "$",
    "buks": "$",  # as typed in a hurry: "shower at loves 20 buks"
    "bux": "$",
    # as typed in a hurry or by learners: "copay 45 dolars", "20 dollers"
    "dolar": "$",
    "dolars": "$",
    "dollers": "$",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "usd": "USD",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "quid": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "franc": "CHF",
    "francs": "CHF",
    "chf": "CHF",
    "rupee": "INR",
    "rupees": "INR",
    "rs": "INR",  # "chai at canteen 60 rs"
    "peso": "PESO",
    "pesos": "PESO",
    "dong": "VND",
    "vnd": "VND",
    "zloty": "PLN",
    "zlotys": "PLN",
    "złotys": "PLN",
    "złoty": "PLN",
    "złotych": "PLN",  # Polish plural, as Poles write it in English too: "45 złotych"
    "zlotych": "PLN",
    "yuan": "CNY",
    "kronor": "SEK",
    "kroner": "NOK",
    "cad": "CAD",
    "aud": "AUD",
    "jpy": "JPY",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "reais": "BRL",
    "soles": "PEN",  # Peru's sol: "register 35 soles phone credit"
    "rand": "ZAR",
    "naira": "NGN",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "lira": "TRY",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "shekel": "ILS",
    "shekels": "ILS",
    "forint": "HUF",
    "koruna": "CZK",
    "hryvnia": "UAH",
    "cedis": "GHS",
    "cedi": "GHS",
    "shillings": "KES",
    # as people in these countries write them after a number: "15 000 rub", "total Ksh 7,450",
    # "shwapno 2130tk", "312 lei"
    "rub": "RUB",
    "ksh": "KES",
    "tsh": "TZS",
    "ush": "UGX",
    "tk": "BDT",
    "taka": "BDT",
    "lei": "RON",
    "leva": "BGN",
    "kwacha": "ZMW",
    "birr": "ETB",
    "riel": "KHR",
    "riels": "KHR",
    "kip": "LAK",
    "kyat": "MMK",
}
# Currency words that are other words too, a currency only right after digits: "Korean BBQ
# 68,000 won" (never "won 50 at bingo")
CURRENCY_WORDS_AFTER_DIGITS = {
    "won": "KRW",
    # the złoty and the koruna typed without their marks: "120 zl for internet", "89 kc"
    "zl": "PLN",
    "kc": "CZK",
}
# "pesos" are the person's own pesos when their currency is one, Mexico's otherwise
PESO_CURRENCIES = frozenset({"MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP", "CUP", "BOB"})
DEFAULT_PESO = "MXN"
MINOR_CURRENCY_WORDS = {
    "cent": None, "cents": None, "penny": "GBP", "pence": "GBP", "p": "GBP",
    # other currencies' hundredths: "214 zł and 30 groszy", "12 reais e 50 centavos"
    "centavo": None, "centavos": None, "centimes": None, "céntimos": None, "centimos": None,
    "grosz": "PLN", "grosze": "PLN", "groszy": "PLN", "paise": "INR", "kobo": "NGN",
}  # fmt: skip
DOLLAR_ADJECTIVES = {
    "us": "USD",
    "american": "USD",
    "canadian": "CAD",
    "australian": "AUD",
    "singapore": "SGD",
    "hong": "HKD",
    "new": "NZD",
}
# Lower-case ISO codes people type; upper-case codes are accepted whatever they are.
COMMON_CODES = frozenset(
    [
        "eur",
        "usd",
        "gbp",
        "chf",
        "jpy",
        "cad",
        "aud",
        "nzd",
        "sek",
        "nok",
        "dkk",
        "pln",
        "czk",
        "huf",
        "inr",
        "cny",
        "vnd",
        "mxn",
        "brl",
        "sgd",
        "hkd",
        # more of the codes people type in lower case: "kes 450", "ngn 3,000", "php 250"
        "kes",
        "ngn",
        "ghs",
        "zar",
        "php",
        "thb",
        "myr",
        "idr",
        "bdt",
        "pkr",
        "lkr",
        "aed",
        "sar",
        "rub",
        "ron",
        "uah",
        "ils",
        "egp",
        "tzs",
        "ugx",
    ]
)
# The currency words and codes as one regex alternation, longest first ("euros" before
# "euro"): for patterns that ask whether money is named beside a number
CURRENCY_NAMES = "|".join(sorted({*MAJOR_CURRENCY_WORDS, *COMMON_CODES}, key=len, reverse=True))
# Money's nicknames and what each is worth: "a fiver", "a tenner", "a grand"
MONEY_NICKNAMES = {
    "fiver": 5,
    "tenner": 10,
    "grand": 1000,
    "buck": 1,
    "quid": 1,
    # Canada's coins and the American hundred-dollar bill: "a toonie each", "a C-note"
    "toonie": 2,
    "loonie": 1,
    "c-note": 100,
    # British slang for a hundred: "sold the old bike for a ton" (never "a ton of work")
    "ton": 100,
}
# "Not" before the figure that is not the one, in the languages people mix into a short line:
# "31.20, not 13.20", "Coop 31.20, pas 13.20", "120k chứ không phải 210k"
NOT_WORDS = r"not|pas|nicht|không\s+phải"
# The second leg of a journey: "the return", "the return trip", "back home", "the ride
# back", "cab back again" (read in one message, "taxi 35 and back 35", and after a fare,
# "back home too 29k")
WAY_BACK = (
    r"(?:the\s+)?return(?:\s+(?:trip|ticket|fare|leg|journey))?|"
    r"(?:the\s+)?(?:(?:way|ride|trip|journey|cab|taxi|uber|grab|bus|train)\s+)?back"
    r"(?:\s+(?:home|again))?"
)
# The nicknames only one currency has: "paid 2 toonies for parking" is 4 Canadian dollars,
# whatever the home currency (a "fiver" or a "buck" is any pound or dollar)
NICKNAME_CURRENCIES = {"toonie": "CAD", "loonie": "CAD"}

# A currency's own name said once, as one of it: "plus a pound tip", "paid a euro for the
# toilet" (never "3.99 a pound", "a pound of mince", "lost a pound"); like "a quid", it
# names no currency of its own: the price it is added to, or the home currency, says which
ONE_OF_A_CURRENCY = frozenset({"dollar", "pound", "euro", "franc"})

# Symbols made of letters that are safe to read next to a number.
LETTER_SYMBOLS = frozenset(
    {"kr", "zł", "Kč", "Ft", "RM", "Rp", "Rs", "Rs.", "R$", "R"}
    | {"Ksh", "KSh", "Tsh", "TSh", "USh", "Tk", "GH₵"}  # "total Ksh 7,450", "GH₵ 2,300"
)
# A letter written glued before the amount for a currency whose sign is hard to type, in
# either case, read so only for people of that currency ("Bought fuel N15,000 at the Total
# station" in Lagos, "braai meat r640" in Joburg; elsewhere "N95 masks" are masks), with the
# fewest digits a price so written has ("N95" is no price in naira, "r18 each" is in rand)
HOME_LETTER_SYMBOLS = {"NGN": ("N", 3), "ZAR": ("R", 2)}
# Symbols people write that Babel's locale data (lingassist.core.currency) does not list
# or lists for other countries first: the South African rand ("R180", "R24 300") and the
# rupee as India writes it ("Rs 500", "Rs. 1,200").
WRITTEN_SYMBOLS = {
    "R": ("ZAR",),
    "Rs": ("INR", "PKR", "MUR"),
    "Rs.": ("INR", "LKR"),
    # East Africa's shillings, Bangladesh's taka, Ghana's cedi as written there
    "Ksh": ("KES",),
    "KSh": ("KES",),
    "Tsh": ("TZS",),
    "TSh": ("TZS",),
    "USh": ("UGX",),
    "Tk": ("BDT",),
    "GH₵": ("GHS",),
    # dollars with their country's letters that Babel's symbols leave out
    "S$": ("SGD",),
    "SG$": ("SGD",),
    "AU$": ("AUD",),
    "C$": ("CAD", "NIO"),  # the córdoba's sign too, read so where it is home
    # the Swiss franc as the Swiss write it: "Fr. 15.–", "SFr. 20"
    "Fr.": ("CHF",),
    "SFr.": ("CHF",),
}
# Currency signs written after the number in East Asian scripts: "Family Mart 432円", "8 块",
# "15,000원" (Babel's symbols have only "¥" and "￥")
SIGNS_AFTER = {"円": "JPY", "元": "CNY", "块": "CNY", "塊": "CNY", "원": "KRW"}
# East Asian scales written after the digits: "42万" (420,000 yen), "50만원" (500,000 won),
# "3千円", "1.2億"; a larger scale may be followed by a smaller one ("8만 5천원": 85,000)
EAST_ASIAN_SCALES = {
    "万": 10_000,
    "萬": 10_000,
    "만": 10_000,
    "千": 1_000,
    "천": 1_000,
    "億": 100_000_000,
    "亿": 100_000_000,
    "억": 100_000_000,
}
# Verbs of covering a distance on foot, wheels or water: "ran 10k", "did a 5k", "rode 20 miles"
DISTANCE_VERBS = (
    r"(?:ran|run|running|jogged|jog|walked|walk|cycled|cycle|biked|rode|ride|swam|swim|hiked|"
    r"hike|rowed|did|doing|finished)"
)
# Scale words said after a number beyond "thousand" and "million": "billion", South Asian
# lakh and crore
LARGE_SCALE_WORDS = {
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "lac": 100_000,
    "lacs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
# Scale words whose worth depends on where the person lives, known by their home currency
# (None: anywhere else). "43 mil pesos" is 43,000 in Bogotá or São Paulo, "1.35 mil" 1.35
# million in Sydney; Chileans and Argentines count thousands of pesos in "lucas"; Indonesians
# write thousands and millions of rupiah as "rb"/"ribu" and "jt"/"juta" ("gojek 25rb").
_MIL_IS_THOUSAND = frozenset(
    {"ARS", "BOB", "BRL", "CLP", "COP", "CRC", "DOP", "GTQ", "HNL", "MXN", "NIO", "PEN", "PYG"}
    | {"UYU", "VES"}
)
REGIONAL_SCALE_WORDS: dict[str, dict[str | None, int]] = {
    "mil": {**dict.fromkeys(_MIL_IS_THOUSAND, 1000), None: 1_000_000},
    "lucas": {"CLP": 1000, "ARS": 1000},
    "luca": {"CLP": 1000, "ARS": 1000},
    "rb": {None: 1000},
    "ribu": {None: 1000},
    "juta": {None: 1_000_000},
    "jt": {"IDR": 1_000_000},
}


# South Asia writes lakh and crore glued to the number as a capital: "salary 1.4L credited",
# "5Cr flat" (for anyone else "2L" is litres)
_LAKH_CURRENCIES = frozenset({"INR", "PKR", "NPR", "BDT", "LKR"})
GLUED_SOUTH_ASIAN_SCALES = {"L": 100_000, "Cr": 10_000_000}


def glued_south_asian_scale(word: str, home_currency: str | None) -> int | None:
    """What a capital glued after a number multiplies by for a person whose home currency
    is South Asian ("1.4L" is 1.4 lakh in Pune), else None."""
    if home_currency not in _LAKH_CURRENCIES:
        return None
    return GLUED_SOUTH_ASIAN_SCALES.get(word)


def regional_scale(word: str, home_currency: str | None) -> int | None:
    """What scale word `word` multiplies by for a person whose home currency is
    `home_currency` ("mil": 1,000 for "COP", a million for "AUD"), or None when it is no
    scale word there ("lucas" in Madrid is a name)."""
    worth = REGIONAL_SCALE_WORDS.get(word.lower())
    if worth is None:
        return None
    return worth.get(home_currency, worth.get(None)) if home_currency else worth.get(None)


# Words of kind or size between a count and what it counts: "2 new followers", "5 free
# spins", "3 more plants", "4 big boxes"
COUNTED_KINDS = frozenset(
    [
        "new",
        "more",
        "extra",
        "free",
        "fresh",
        "big",
        "small",
        "little",
        "large",
        "old",
        "whole",
        "different",
        "other",
        "spare",
        "young",
        "baby",
        "tiny",
        "huge",
    ]
)

# Nouns that make a bare number a count, not money ("for 4 people", "5 hours ago").
QUANTITY_NOUNS = frozenset(
    [
        "pack",  # "24 pack of Coke Zero 16.99"
        "packs",
        "litres",  # "52.3 litres, 91.40"
        "liters",
        "gallons",
        "people",
        "ways",  # "split 3 ways": how many share it, not money
        "persons",
        "person",
        "guests",
        "hours",
        "hour",
        "hrs",  # "clocked 38.5 hrs this week"
        "hr",
        # short forms of time, people and measures: "15 min walk", "6 mos", "4 ppl", "120 sqm",
        # "2 lb", "3 ltrs", "12 kms", "5 gal", "500 mg", "3 pcs", "2 nights" (not "ft", the
        # forint's sign, "mi", "my" in Jamaican, nor "night": "312 night shift differential")
        "min",
        "sec",
        "secs",
        "wk",
        "wks",
        "mos",
        "ppl",
        "sqm",
        "m2",
        "yd",
        "yds",
        "lb",
        "ltr",
        "ltrs",
        "litre",  # "bensin 4 liter at Pertamina 40rb", "full tank 4.2 lít"
        "liter",
        "lít",
        "lt",
        "kilogram",
        "kilograms",
        "kwh",
        "kms",
        "gal",
        "gals",
        "cl",
        "dl",
        "mg",
        "mcg",
        "pc",
        "pcs",
        "nights",
        "minutes",
        "minute",
        "mins",
        "days",
        "day",
        "weeks",
        "week",
        "months",
        "month",
        "years",
        "year",
        "yr",
        "yrs",
        "times",
        "time",
        "items",
        "item",
        "points",
        "point",
        "percent",
        "miles",
        "mile",
        "feet",
        "foot",
        "km",
        "kg",
        "lbs",
        "pounds_weight",
        "shares",  # "bought 100 shares of Apple": how many, the price not said
        "units",
        "transactions",
        "transaction",
        "purchases",
        "purchase",
        "charges",
        "payments",
        "ones",
        "pm",
        "am",
        "o'clock",
        "oclock",
        "seats",
        "tickets",
        "kids",
        "children",
        "year-old",
        "steps",
        "degrees",  # "its 38 degrees in perth today"
        "kilos",  # "lamb weighed in at 22 kilos"
        "kilo",
        "kgs",
        "grams",
        "tonnes",
        "notes",  # "the ticket machine only takes 5 notes": a note's kind, not a price
        "coins",
        "degree",
        "độ",  # "hôm nay 38 độ hot quá": degrees, as Vietnamese say it
        "gb",
        "mb",
        "stars",
        # counts of a feed or a workout: "112 followers on the bakery instagram now"
        "followers",
        "subscribers",
        "likes",
        "views",
        "comments",
        "reps",
        # a recipe's measures and a match's counts: "150 gram sugar, 3 egg", "82 off 53 balls"
        "g",
        "gram",
        "oz",
        "cup",
        "cups",
        "tbsp",
        "tsp",
        "eggs",
        "egg",
        "pieces",
        "slices",
        "balls",
        "goals",
        "runs",
        "wickets",
        "laps",
        "calories",
        "kcal",
        # sizes: "55 inch TV from JB Hi-Fi 1,049", "a 2 TB drive"
        "inch",
        "inches",
        "cm",
        "mm",
        "ml",
        "tb",
        "mp",
        "hz",
        "watt",
        "watts",
        # people a place serves, electrical and other measures, things a job counts: "group
        # of 12 pax", "32 covers tonight", "32 amp", "waves 3 meters", "212 units consumed"
        "pax",
        "covers",
        "amp",
        "amps",
        "phase",  # "3 phase, 415V": an electrical supply
        "volts",
        "meters",
        "metres",
        "kmh",
        "mph",
        "floors",
        "pages",
        "words",
        "sets",
        "games",
        "matches",
        "votes",
        "marks",
        "students",
        "pupils",
        "patients",
        "members",
        "units",
        "sqft",
        "acres",
        "hectares",
        "bpm",
        "psi",
        "rpm",
    ]
)

# A price a speech recogniser wrote as a clock time: "Spent 12:50 at the pharmacy" (said
# "twelve fifty"); only right after a word of paying, never with am/pm
CLOCK_PRICE = re.compile(
    "(?:"
    + "|".join(rf"(?<=\b(?i:{word})\s)" for word in ("spent", "paid", "cost", "costs"))
    + r")\d{1,3}:\d{2}(?!\d)(?!\s*(?i:[ap]\.?m\b|o'?clock))"
)


# People and bodies whose own spending or earning is not the person's entry when they are the
# subject ("my roommate spent 60 on doordash", "work bought everyone lunch"). Payers whose
# money comes to the person (a client, a tenant, a buyer) are not among them.
def word_set(words: str) -> frozenset[str]:
    """The words of a whitespace-separated list written as one string."""
    return frozenset(words.split())


# The family called by the words of other languages ("bhai", "oma", "abuela")
FAMILY_IN_OTHER_LANGUAGES = word_set(
    """
    amma appa ammi abba ammu baba mama mami papa papi abuela abuelo abuelita lola lolo tita
    tito nanay tatay kuya bhai bhaiya didi dadi nani chacha chachi mausi oma opa tante
    onkel mamie nonna nonno yaya babcia dziadek
    """
)
OTHER_SPENDERS = (
    word_set(
        """
    mum mom mam mother dad father parents folks nan nana nanna gran granny grandma grandmother
    grandad granddad grandpa grandfather auntie aunty aunt uncle brother sister bro sis cousin
    wife husband partner hubby wifey son daughter kid kids child children nephew niece
    stepdad stepmum stepmom stepbrother stepsister in-law in-laws
    friend friends mate mates bestie buddy pal bf gf boyfriend girlfriend fiance fiancee ex
    roommate roomate roomie flatmate housemate neighbour neighbor neighbours neighbors
    boss manager colleague colleagues coworker coworkers co-worker workmate officemate classmate
    company employer work office team firm everyone everybody somebody someone people guy lady
    he she they
    person adults students tourists americans brits canadians australians aussies anyone nobody
    student pupil pupils teacher coach trainer intern interns employee
    employees assistant secretary neighbour's teammate teammates
    charity school club church
    partners directors staff members association group committee
    till takings shop
    lass lasses lad lads missus bae bruv gaffer oga
    """
    )
    | FAMILY_IN_OTHER_LANGUAGES
)
# Who pays the person for their work or their goods: "my customer finally paid 1,250 for the
# bags she took on credit", "tourist pay 20 dollar for 4 mango sticky rice" (plurals that
# also spend on their own, "tourists", "students", stay among OTHER_SPENDERS)
PAYERS_OF_THE_PERSON = word_set(
    """
    customer customers client clients tenant tenants lodger lodgers employer buyer buyers
    student patient patients boss tourist passenger passengers rider guest punter
    """
)
# People paid for their work, never an account of one's own: "to my landlord", "to my cleaner"
PAID_PEOPLE = word_set(
    """
    landlord landlady babysitter nanny cleaner plumber tutor teacher coach doctor dentist
    accountant lawyer builder gardener driver maid helper carer tenant lodger
    """
)
# Words for a person, never a shop's nor an account's name ("my brother", "the landlord")
PERSON_WORDS = OTHER_SPENDERS | PAID_PEOPLE
# The most one purchase of an everyday kind costs, in a currency counted in units worth about
# a euro (`CENT_SCALE_CURRENCIES`): "Starbucks 625" is 6.25 (Whisper writes "six twenty five"
# as 625), "bus fare 275" is 2.75; kinds where a bill of hundreds is ordinary are not listed
TYPICAL_MOST = {
    "FOOD_AND_DRINK_COFFEE": 40,
    "FOOD_AND_DRINK_FAST_FOOD": 80,
    "FOOD_AND_DRINK_VENDING_MACHINES": 15,
    "FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK": 150,
    "TRANSPORTATION_PUBLIC_TRANSIT": 250,
    "TRANSPORTATION_TAXIS_AND_RIDE_SHARES": 300,
    "TRANSPORTATION_PARKING": 100,
    "ENTERTAINMENT_MUSIC_AND_AUDIO": 60,
    "ENTERTAINMENT_TV_AND_MOVIES": 100,
    "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS": 150,
    "GENERAL_SERVICES_POSTAGE_AND_SHIPPING": 100,
    "GENERAL_MERCHANDISE_CONVENIENCE_STORES": 100,
    "GENERAL_MERCHANDISE_TOBACCO_AND_VAPE": 150,
    "PERSONAL_CARE_HAIR_AND_BEAUTY": 400,
    "PERSONAL_CARE_LAUNDRY_AND_DRY_CLEANING": 80,
    "TRANSPORTATION_GAS": 200,
    "MEDICAL_PHARMACIES_AND_SUPPLEMENTS": 200,
    "FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR": 300,
}
CENT_SCALE_CURRENCIES = frozenset({"EUR", "USD", "GBP", "CAD", "AUD", "NZD", "CHF", "SGD", "IEP"})
# Currencies whose prices are said without cents: "three twenty" is 320 rupees, "twelve
# fifty" 1,250 yen
# The least one purchase of a kind costs, in currencies counted in cents: "car repair one
# eighty five" is 185, never 1.85; "dentist one twenty" is 120
TYPICAL_LEAST = {
    "GENERAL_SERVICES_AUTOMOTIVE": 10,
    "RENT_AND_UTILITIES_RENT": 50,
    "TRAVEL_FLIGHTS": 20,
    "TRAVEL_LODGING": 20,
    "MEDICAL_DENTAL_CARE": 10,
    "MEDICAL_VETERINARY_SERVICES": 10,
    "HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE": 10,
    "HOME_IMPROVEMENT_FURNITURE": 10,
    "GENERAL_MERCHANDISE_ELECTRONICS": 10,
    "GENERAL_SERVICES_INSURANCE": 10,
    "LOAN_PAYMENTS_CAR_PAYMENT": 20,
}
# How often, written short after a price as the UK does: "950pcm", "40pw", "30k pa" ("pm"
# after a price is read apart, as "5pm" is a clock's hour)
PERIODS_WRITTEN_SHORT = {"pcm": "monthly", "pw": "weekly", "pa": "yearly"}
HUNDREDS_SPOKEN = frozenset(
    {"INR", "PKR", "LKR", "NPR", "BDT", "JPY", "KRW", "VND", "IDR", "HUF", "ISK", "CLP", "COP"}
)
# What one pays to see: "saw a film at the Odeon for 12" is a purchase, not a price seen
SEEN_BY_PAYING = word_set(
    """
    movie movies film films show shows play musical concert gig match game exhibition
    doctor dentist gp physio osteo chiropractor vet optician therapist specialist nurse
    consultant hairdresser barber
    """
)
# Words said between a subject and its verb ("my sister *just* dropped 300")
SUBJECT_FILLERS = word_set(
    """
    just already finally again also only literally apparently still always never actually
    really totally once then probably seriously basically somehow casually even has had have
    would went and lol lmao btw fyi omg
    """
)
# ("ah" is "I" as Scots write it: "right ah bought four panto tickets")
FIRST_PERSON = frozenset({"i", "we", "i've", "we've", "i'd", "we'd", "me", "myself", "ah"})
# Plural words that name a kind of spending, never things counted ("Lidl 45 groceries and
# 3.20 coffee": 45 is a price, not 45 groceries)
NEVER_COUNTED = word_set(
    """
    groceries clothes toiletries supplies utilities bills fees taxes expenses
    essentials basics takings earnings wages
    sounds feels seems works
    """
)
# Units a weight or a volume is bought in, by the unit they stand for ("1.5 kg … at 24 a
# kilo": kg and kilo are one unit)
MEASURE_UNITS = {
    **dict.fromkeys(("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"), "kg"),
    **dict.fromkeys(("lb", "lbs"), "lb"),
    # ("45 litros a 6,10", "40 litri": the word in the languages people mix into English)
    **dict.fromkeys(
        ("l", "litre", "litres", "liter", "liters", "ltr", "ltrs", "litro", "litros", "litri"), "l"
    ),
}

# Parts of those measures, each with its measure and how much of it one is: "500g of coffee
# at 30/kg" is half a kilo
MEASURE_PARTS = {
    **dict.fromkeys(("g", "gr", "grs", "gram", "grams", "gramme", "grammes"), ("kg", "0.001")),
    **dict.fromkeys(
        ("ml", "millilitre", "millilitres", "milliliter", "milliliters"), ("l", "0.001")
    ),
    **dict.fromkeys(("cl", "centilitre", "centilitres"), ("l", "0.01")),
}


def words_naming(unit: str) -> tuple[str, ...]:
    """Every word for the measure `unit` ("kg": "kg", "kilo", …) and for its parts ("g",
    "gram", …)."""
    whole = [word for word, named in MEASURE_UNITS.items() if named == unit]
    parts = [word for word, (named, _) in MEASURE_PARTS.items() if named == unit]
    return tuple(whole + parts)


# Words that number the thing after them ("gate 12", "ward 7", "table 14"): that number is
# neither a price nor a count
NUMBERED_PLACES = (
    "phase|step|stage|chapter|terminal|gate|platform|room|floor|seat|row|lane|route|suite|apt|"
    "apartment|building|zone|episode|level|pump|till|checkout|locker|bay|stall|code|pin|password|"
    "passcode|extension|ext|issue|volume|vol|edition|ward|table|"
    # a loyalty scheme's points counted after its name: "Cumulus points 47", "avios 1200"
    "points|pts|avios|stamps|"
    # a train's places: "coach 12, seat 45" (a car only beside a seat or platform: "car 300"
    # alone is money, `slots._NUMBERED_IN_A_SEATING`)
    "plat|coach|carriage|berth|track|stop|"
    # where a town or an estate is numbered: "grab bike to district 7", "plot 14", "Wohnung 3"
    "district|block|plot|sector|precinct|arrondissement|wohnung|"
    # roads numbered: "toll road 73 twice today, 9.87 each time"
    "road|highway|junction"
)

# The parts of a school's or a course's calendar, numbered ("term 2", "grade 5", "module 3")
PARTS_OF_A_COURSE = r"term|semester|trimester|grade|class|module|lesson"

# Taxes a price is given before ("380 + 21% VAT", "1000 plus 8% sales tax")
TAXES_ON_TOP = r"vat|tax|gst|hst|iva|mwst|tva|sales\s+tax"
# A tip, in the words of the places people write from ("2 € Trinkgeld", "5 de propina")
TIP_WORDS = r"tips?|trinkgeld|pourboire|propina|gorjeta|gratuity"
# The person's own account, said after "my": "to my account", "into my savings account",
# "to my wallet", "to my card"
OWN_ACCOUNT = r"(?:bank\s+|savings\s+|current\s+|checking\s+)?(?:account|acc|a/c|card|wallet|bank)"
# A deal of so many for the price of fewer: "2 for 1 pints", "3-for-2 on shampoo"
DEAL_OF_FEWER = (
    r"\b(?:2[\s-]+for[\s-]+1|3[\s-]+for[\s-]+2|4[\s-]+for[\s-]+3|5[\s-]+for[\s-]+4)\b(?![.,]?\d)"
)

# Words for sharing a bill that people mix into English from their own languages, each with
# what must follow it so a homonym stays itself ("chia 4" divides, "chia pudding" is food):
# Tagalog "hati", Vietnamese "chia", Malay and Indonesian "bagi", Spanish "dividir", Polish
# "na pół"; and "splittin" with its g dropped
SPLIT_LOANWORDS = (
    r"splittin'?|hati(?:an)?\s+(?:with|kami|tayo|sa|namin)|"
    r"chia\s+(?:\d|đôi|đều|ra|hai|ba|bốn|năm)|bagi\s+(?:\d|dua|tiga|empat|rata)|"
    r"divid(?:ir|imos|ido)\s+(?:con|entre|with)|na\s+p[oó][lł]|"
    # Dutch "delen met", German "teilen mit", Portuguese "dividir com"
    r"delen\s+met|teilen\s+mit|dividir\s+com"
)
# Words for money given back that people mix into English from their own languages:
# "remboursement from SNCF 45€", "Allegro zwrot 59,99 zł", "a Latam me devolveu R$ 312,50"
REFUND_LOANWORDS = {
    **dict.fromkeys(
        ("remboursement", "reembolso", "rimborso", "zwrot", "rückerstattung", "erstattung")
        + ("terugbetaling", "devolução", "devolucao", "devolución", "devolucion", "devolution"),
        "refund",
    ),
    **dict.fromkeys(
        ("remboursé", "rembourse", "devolveu", "devolvió", "devolvio", "reembolsou", "erstattet")
        # learners' English from "devolver": "Magalu devolved the money of the blender"
        + ("devolved", "devolvido", "devuelto", "devolveram", "devolvieron"),
        "refunded",
    ),
}
# Counts said after those words: "bagi tiga" (Indonesian, three), "chia đôi" (Vietnamese, in two)
SPLIT_COUNT_LOANWORDS = {
    "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "đôi": 2, "hai": 2, "ba": 3, "bốn": 4, "năm": 5,
}  # fmt: skip

# Shops named in number words, written apart: "petrol at the seven eleven sixty two dollars"
SHOPS_NAMED_IN_NUMBERS = (("seven", "eleven"),)
