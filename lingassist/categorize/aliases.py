"""Data: well-known abbreviations of merchants and the payment processors that prefix them.

`ALIASES` maps a lower-case start of a cleaned descriptor to the merchant's display name
("amzn mktp" -> "Amazon Marketplace"). `PROCESSORS` are card-acquirer and wallet prefixes
that stand before the real merchant ("SQ *BLUE BOTTLE", "Yoco *The Bike Shed").
"""

from __future__ import annotations

ALIASES: dict[str, str] = {
    "amzn mktp": "Amazon Marketplace",
    "amazon mktplace": "Amazon Marketplace",
    "amazon marketplace": "Amazon Marketplace",
    "amzn digital": "Amazon Digital",
    "amzn prime": "Amazon Prime",
    "amazon prime": "Amazon Prime",
    "prime video": "Amazon Prime Video",
    "amzn": "Amazon",
    "amz": "Amazon",
    "amazon": "Amazon",
    "www amazon": "Amazon",
    "uber eats": "Uber Eats",
    "ubereats": "Uber Eats",
    "uber trip": "Uber",
    "uber rides": "Uber",
    "uber": "Uber",
    "lyft": "Lyft",
    "bolt eu": "Bolt",
    "sbux": "Starbucks",
    "mcdonald": "McDonald's",
    "mcdonalds": "McDonald's",
    "mcd": "McDonald's",
    "pnp": "Pick n Pay",
    "pick n pay": "Pick n Pay",
    "wal mart": "Walmart",
    "wm supercenter": "Walmart",
    "walmart": "Walmart",
    "dis chem": "Dis-Chem",
    "dischem": "Dis-Chem",
    "netflix": "Netflix",
    "spotify": "Spotify",
    "apple com bill": "Apple",
    "itunes": "Apple",
    "google": "Google",
    "paypal": "PayPal",
    "7 eleven": "7-Eleven",
    "tim hortons": "Tim Hortons",
    "kfc": "KFC",
    "bp": "BP",
    "h m": "H&M",
    "ikea": "IKEA",
    "dstv": "DStv",
    "mtn": "MTN",
    "cvs": "CVS",
    "tfl": "TfL",
    "sncf": "SNCF",
    "ratp": "RATP",
}

PROCESSORS: frozenset[str] = frozenset(
    {
        "sq",
        "squ",
        "square",
        "tst",
        "toast",
        "paypal",
        "pp",
        "sp",
        "sumup",
        "iz",
        "izettle",
        "zettle",
        "ztl",
        "stripe",
        "payfast",
        "yoco",
        "zapper",
        "zapper1",
        "snapscan",
        "ikhokha",
        "payd",
        "clover",
        "lsp",
        "ckd",
        "gglpay",
        "googlepay",
        "apple pay",
        "applepay",
        "pos",
        "bt",
        "dri",
        "fs",
        "pmt",
        "wpy",
        "mollie",
        "adyen",
        "klarna",
        "crv",
        "sqr",
    }
)

# Processors that also appear without a star ("Snapscan Corner Bakery").
BARE_PROCESSORS: frozenset[str] = frozenset(
    {"snapscan", "payfast", "yoco", "zapper", "zapper1", "sumup", "izettle", "zettle", "ikhokha"}
)

# Processor words dropped from the text the seed and the model read: they say how the
# person paid, not what they bought.
PROCESSOR_WORDS: frozenset[str] = BARE_PROCESSORS | {"paypal", "tst", "sq", "squ", "pp", "ztl"}

# Words after a brand that name a different line of business, kept in the display name.
QUALIFIERS: frozenset[str] = frozenset(
    {"online", "express", "eats", "fresh", "mobile", "pharmacy", "food", "market", "prime"}
)

LEGAL_SUFFIXES: frozenset[str] = frozenset(
    {"pty", "ltd", "lt", "inc", "llc", "gmbh", "cc", "plc", "limited", "bv", "sarl", "srl"}
)
