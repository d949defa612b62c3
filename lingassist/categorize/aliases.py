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
        "google",
        "grab",
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
    {"pty", "ltd", "lt", "inc", "llc", "gmbh", "cc", "plc", "limited", "bv", "sarl", "srl",
     "ab", "oy", "oyj", "aps", "asa"}
)  # fmt: skip

# Legal forms that end a merchant's name wherever they stand ("MUELLER HANDELS GMBH & CO.
# KG", "PUREGYM LTD LEEDS GB"), with the owner marker of German shop names ("Inh.").
LEGAL_FORMS: frozenset[str] = frozenset(
    {"pty", "ltd", "limited", "plc", "inc", "llc", "gmbh", "sarl", "sas", "corp", "corporation",
     "bv", "nv", "ag", "kg", "ohg", "jsc", "inh"}
)  # fmt: skip

# Legal forms a bank may run into the name before them ("SPOTIFYAB", "ACMEGMBH"), longest
# first so that "gmbh" is taken off before a shorter form it ends with.
GLUED_LEGAL_FORMS: tuple[str, ...] = tuple(
    sorted({"ab", "gmbh", "ltd", "llc", "inc", "plc", "ag", "bv", "sarl", "srl"}, key=len,
           reverse=True)
)  # fmt: skip

# Articles a merchant's name may be written with or without ("THE HOME DEPOT").
ARTICLES: frozenset[str] = frozenset({"the", "le", "la", "les", "der", "die", "das", "el"})

# Country codes (ISO 3166 two and three letters, and "UK"), US states and Canadian
# provinces: what statements print after the city at the end of a card line.
PLACE_CODES: frozenset[str] = frozenset(
    """ad ae af ag ai al am ao ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo br bs
    bt bw by bz ca cd cf cg ch ci ck cl cm cn co cr cu cv cw cy cz de dj dk dm do dz ec ee eg er
    es et fi fj fk fm fo fr ga gb gd ge gg gh gi gl gm gn gp gq gr gt gu gw gy hk hn hr ht hu id
    ie il im in iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt
    lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne ng ni nl
    no np nr nz om pa pe pf pg ph pk pl pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg si sk
    sl sm sn so sr ss st sv sy sz tc td tg th tj tl tm tn to tr tt tv tw tz ua ug uk us uy uz va
    vc ve vg vi vn vu ws ye za zm zw usa gbr deu fra zaf vnm nld can aus irl esp ita bel che aut
    al ak az ar ca co ct dc de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj
    nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy ab bc mb nb nl ns nt nu on pe qc
    sk yt""".split()  # noqa: SIM905 - a table of codes reads better as words
)
