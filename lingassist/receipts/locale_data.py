"""Data: the cues a receipt gives of its country, currency and language.

General knowledge of how receipts are printed in each country (VAT id formats, postcode and
phone shapes, common receipt words); nothing here is taken from a particular receipt.
Patterns are regular expressions over one OCR line; words are matched by `text.has_any`
(accents folded, one misread letter tolerated in longer words).
"""

from __future__ import annotations

_NO_LETTER_BEFORE = r"(?<![A-Za-z])"
_NO_LETTER_AFTER = r"(?![A-Za-z])"


def _code(code: str) -> str:
    return _NO_LETTER_BEFORE + code + _NO_LETTER_AFTER


def _symbol(symbol: str) -> str:
    """A one-character symbol counts next to an amount ("€ 3,00", "3,00€"), not alone (a
    stray "¥" is often OCR's reading of a smudge)."""
    return rf"{symbol}\s?\d|\d\s?{symbol}"


def _vat_rate(words: str, rates: str) -> str:
    """A VAT line's word and rate in either order, at most a few characters apart."""
    rate = rf"(?<![\d.,])(?:{rates})(?:[.,]0{{1,2}})?\s?%"
    return rf"(?i:\b(?:{words})\b.{{0,12}}?{rate}|{rate}.{{0,12}}?\b(?:{words})\b)"


_POSTCODE_FIRST = (
    r"(?:^\W*|,\s*)(?:[A-Z]-)?\d{5}\s+(?:[A-ZÀ-Ý][a-zà-ÿß]+|[A-ZÀ-Ý]{2,})"
    r"(?!.*\b(?:St|Rd|Ave|Street|Road|Avenue|Blvd|Dr|Lane)\b)"
)
"""A five-digit postcode and a town opening a line or after a comma ("33098 Paderborn",
"75002 PARIS", "D-10115 Berlin", "Via Roma 21, 20121 Milano"); not a US street address
("12345 Main St")."""

CURRENCY_MARKS: tuple[tuple[str, str], ...] = (
    ("EUR", _symbol("€") + "|" + _code("EUR") + "|" + _code("EURO") + "|" + _code("Euro")),
    ("GBP", _symbol("£") + "|" + _code("GBP")
     + r"|(?<![A-Za-z0-9.,])E\d{1,4}\.\d{2}(?![\d.,])"),  # "E5.70": £ as OCR often reads it
    ("USD", r"US\$|" + _code("USD")),
    ("CHF", _code("CHF") + "|" + _code("SFr") + r"|(?<![A-Za-z])Fr\.\s?\d|\d\s?Fr\.(?!\w)"),
    ("VND", _symbol("₫") + "|" + _code("VND") + "|" + _code("VNĐ") + "|" + _code("VNÐ")
     + r"|\d\s?đ(?![a-zà-ỹ])|(?<![\w])đ\s?\d|\d\s?[dđ]ồng"
     + r"|(?<![\d.,])\d{1,3}(?:[.,]\d{3})+\s?d(?![\w])"),  # "183.000d": đ read as d
    ("PLN", r"zł|" + _code("PLN") + r"|\d\s?z[lt1](?![a-z])"),  # "73,50 zt": ł read as t
    ("MYR", r"(?<![A-Za-z])(?:RM|MYR)(?![A-Za-z])|(?<![A-Za-z])RM(?=\d)"),
    ("SGD", r"S\$|" + _code("SGD")),
    ("CAD", r"C\$|CA\$|" + _code("CAD")),
    ("AUD", r"A\$|AU\$|" + _code("AUD")),
    ("NZD", r"NZ\$|" + _code("NZD")),
    ("ZAR", _code("ZAR")  # "R 251. 02" as OCR reads it, "R1 250.00", "R 1,250.00"
     + r"|(?<![A-Za-z])R\s?(?:\d{1,3}(?:[ ,]\d{3})+|\d{1,6})\s?[.,]\s?\d{2}(?!\d)"),
    ("COP", _code("COP")),
    ("MXN", r"MX\$|" + _code("MXN")),
    ("JPY", _symbol("[¥￥]") + "|" + _code("JPY")),
    ("CNY", _code("CNY") + "|" + _code("RMB") + "|" + _symbol("元")),
    ("KRW", _symbol("₩") + "|" + _code("KRW")),
    ("INR", _symbol("₹") + "|" + _code("INR")),
    ("IDR", r"(?<![A-Za-z])(?:Rp|IDR)(?![A-Za-z])"),
    ("THB", _symbol("฿") + "|" + _code("THB")),
    ("PHP", _symbol("₱") + "|" + _code("PHP")),
    ("CZK", r"Kč|" + _code("CZK")),
    ("HUF", _code("HUF") + r"|\d\s?Ft(?![A-Za-z])"),
    ("SEK", _code("SEK")),
    ("NOK", _code("NOK")),
    ("DKK", _code("DKK")),
    ("TRY", _symbol("₺") + "|" + _code("TRY")),
    ("BRL", r"R\$|" + _code("BRL")),
)  # fmt: skip
"""(ISO code, pattern of its symbol, code or word on a receipt line)."""

COUNTRY_PATTERNS: tuple[tuple[str, str, float], ...] = (
    # VAT and tax ids
    ("DE", r"(?i:\bust\.?[\s-]*id|\bust\.?[\s-]*ident|steuer[\s-]*n(?:r|ummer)|\bst\.?\s?nr)", 2.0),
    ("DE", r"(?<![A-Z0-9])DE\s?\d{3}\s?\d{3}\s?\d{3}(?!\d)", 2.0),
    ("AT", r"(?<![A-Z0-9])ATU\s?\d{8}(?!\d)", 3.0),
    ("CH", r"CHE[\s-]?\d{3}[.\s]?\d{3}[.\s]?\d{3}", 3.0),
    ("FR", r"(?i:\bsiret\b|\bsiren\b|\bn°\s?tva\b|\btva\s?intra)", 2.0),
    ("FR", r"(?<![A-Z0-9])FR\s?[0-9A-Z]{2}\s?\d{3}\s?\d{3}\s?\d{3}(?!\d)", 2.0),
    ("GB", r"(?i:vat\s?(?:reg(?:istration)?\.?\s?)?(?:no|number)\.?:?)"
     r"\s?(?:GB)?\s?\d{3}\s?\d{4}\s?\d{2}", 2.0),
    ("GB", r"(?<![A-Z0-9])GB\s?\d{3}\s?\d{4}\s?\d{2}(?!\d)", 2.0),
    ("NL", r"(?<![A-Z0-9])NL\d{9}B\d{2}|(?i:\bbtw[\s-]?(?:nr|nummer)\b)", 2.0),
    ("BE", r"(?<![A-Z0-9])BE\s?0\d{3}[.\s]?\d{3}[.\s]?\d{3}", 2.0),
    ("IT", r"(?i:p\.?\s?iva|partita\s+iva)", 2.0),
    ("ES", r"(?i:\bC\.?I\.?F\.?:?\s?[A-Z]\d{7,8})", 2.0),
    ("VN", r"(?i:m[aã]\s?s[oố]\s?thu[eế]|\bMST\s?:?\s?\d{10})", 2.0),
    ("MY", r"(?i:\bgst\s?(?:reg|id)|\bsdn\.?\s?bhd)", 1.5),
    ("AU", r"(?i:\bABN:?\s?\d{2}\s?\d{3}\s?\d{3}\s?\d{3})", 2.0),
    ("CA", r"(?i:\bGST/HST\b|\bHST\b|\bPST\b|\bQST\b)|\bTPS\b|\bTVQ\b", 2.0),  # HST, QC's TPS/TVQ
    ("PL", r"(?i:\bNIP\b:?\s?\d{3}-?\d{2,3}-?\d{2}-?\d{2,3}(?!\d))", 2.0),
    ("ZA", r"(?i:\(pty\)\s?ltd)|(?i:vat\s?(?:reg\.?\s?)?(?:no|nr)\.?:?\s?)4\d{9}(?!\d)", 3.0),
    # VAT rates only one country charges, on a VAT line ("MWST 8.1% inkl.", "VAT 15%")
    ("CH", _vat_rate(r"mwst|mw\.?st|tva|iva", r"8[.,]1|2[.,]6|3[.,]8|7[.,]7|2[.,]5|3[.,]7"), 2.5),
    ("ZA", _vat_rate(r"vat", r"15"), 1.5),
    ("AU", _vat_rate(r"gst", r"10"), 1.5),
    ("CA", _vat_rate(r"gst", r"5"), 1.5),  # federal GST (India's GST prints CGST/SGST halves)
    ("DE", _vat_rate(r"mwst|mw\.?-?st|ust", r"19|7"), 1.5),  # Austria 20/10/13, Swiss 8.1/2.6
    ("FR", _vat_rate(r"tva", r"20|10|5[.,]5|2[.,]1"), 1.5),  # Belgium 21/12/6, Swiss 8.1/2.6
    ("GB", _vat_rate(r"vat", r"20"), 1.0),  # in English: South Africa 15, Ireland 23/13.5
    # postcodes
    ("US", r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO"
     r"|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)"
     r",?\s+\d{5}(?:-\d{4})?\b", 2.5),
    ("GB", r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b", 1.5),
    ("CA", r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b", 1.5),
    ("AU", r"\b(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)\s\d{4}\s*$", 2.0),  # "Bondi NSW 2026"
    ("PL", r"(?<![\d-])\d{2}-\d{3}\s+[A-Z][a-z]", 1.5),  # "00-238 Warszawa"
    # a five-digit postcode before the town: Germany, France and Italy among the countries
    # of their languages (Swiss, Austrian, Belgian and Luxembourg postcodes have four digits);
    # weak alone (Malaysia, Mexico, the US print five digits too), it tells the country of a
    # receipt whose words are German, French or Italian
    ("DE", _POSTCODE_FIRST, 0.5),
    ("FR", _POSTCODE_FIRST, 0.5),
    ("IT", _POSTCODE_FIRST, 0.5),
    ("NL", r"(?<![\d-])[1-9]\d{3}\s?[A-Z]{2}\s+[A-Z][a-z]", 1.5),  # "1012 NX Amsterdam"
    # the country's name closing an address line ("9 Jasper Ave, Edmonton, Canada"; not
    # "CANADA DRY 1.99")
    ("CA", r"(?i:(?:^|,)\s*Canada\s*$)", 2.0),
    ("AU", r"(?i:(?:^|,)\s*Australia\s*$)", 2.0),
    ("ZA", r"(?i:(?:^|,)\s*(?:South\s+Africa|Suid[\s-]Afrika)\s*$)", 2.0),
    ("CH", r"(?i:(?:^|,)\s*(?:Schweiz|Suisse|Svizzera|Switzerland)\s*$)", 2.0),
    ("PL", r"(?i:(?:^|,)\s*(?:Polska|Poland)\s*$)", 2.0),
    ("VN", r"(?i:(?:^|,)\s*(?:Vi[eệ]t\s?Nam|Vietnam)\s*$)", 2.0),
    ("US", r"(?:^|,)\s*(?:USA|U\.S\.A\.)\s*$", 2.0),
    # phone numbers
    ("DE", r"\+\s?49[\s(]", 2.0),
    ("FR", r"\+\s?33[\s(]|(?<!\d)0[1-9](?:[\s.]\d{2}){4}(?!\d)", 1.5),
    ("CH", r"\+\s?41[\s(]", 2.0),
    ("GB", r"\+\s?44[\s(]", 2.0),
    ("VN", r"\+\s?84[\s(]", 2.0),
    ("ZA", r"\+\s?27[\s(]", 2.0),
    ("CA", r"(?i:\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b)", 2.5),
    # a province after the city, its postcode misread ("Toronto, ON M5V 276", "AB TS) ON3")
    # or left out
    ("CA", r",\s?(?:ON|QC|BC|AB|MB|SK|NS|NB|PE)(?:\s+\S{3}\s?\S{3})?\s*$", 2.0),
    ("CA", r"(?i:\b(?:Ontario|Qu[eé]bec|British\s+Columbia|Alberta|Manitoba|Saskatchewan"
     r"|Nova\s+Scotia|New\s+Brunswick|Newfoundland)\b)", 2.0),
    ("US", r"(?<![\d+])\(?[2-9]\d{2}\)?[\s.-]\d{3}-\d{4}(?!\d)", 1.0),  # Canada's too
    # national numbers of a shape other countries print too (Berlin "030 123 4567", a German
    # mobile "0151 234 5678"): weak alone, they add to the receipt's other cues
    ("ZA", r"(?<![\d+])0[1-8]\d\s\d{3}\s\d{4}(?!\d)", 1.0),  # "011 555 0134"
    ("GB", r"(?<![\d+])0[12]\d{2}\s\d{3}\s\d{4}(?!\d)"  # "0113 496 0123"
     r"|(?<![\d+])01\d{3}\s\d{3}\s?\d{3}(?!\d)", 1.0),  # "01273 555 012"
    # "0912 345 678" (written with its spaces: Malaysia's "0378317491" has ten digits too)
    ("VN", r"(?<![\d+])0[35789]\d{2}[\s.]\d{3}[\s.]\d{3}(?!\d)", 1.0),
    ("VN", r"(?<![A-Za-z])S?[ĐD]T\s?:\s?0\d", 1.5),  # "ĐT: 028 …", "SĐT: 09…"
    ("CH", r"(?<![\d+])0\d{2}\s\d{3}\s\d{2}\s\d{2}(?!\d)", 1.5),
    # web addresses
    ("DE", r"(?i:\.\s?de\b)", 1.5),
    ("AT", r"(?i:\.\s?at\b)", 1.5),
    ("CH", r"(?i:\.\s?ch\b)", 1.5),
    ("FR", r"(?i:\.\s?fr\b)", 1.5),
    ("GB", r"(?i:\.\s?co\.uk\b)", 1.5),
    ("VN", r"(?i:\.\s?vn\b)", 1.5),
    ("IT", r"(?i:\.\s?it\b)", 1.5),
    ("ES", r"(?i:\.\s?es\b)", 1.5),
    ("NL", r"(?i:\.\s?nl\b)", 1.5),
    # US tax wording
    ("US", r"(?i:\bsales\s+tax\b|\bstate\s+tax\b|\btip\b|\bgratuity\b)", 1.0),
    ("AU", r"(?i:\beftpos\b)", 1.0),
    ("CH", r"(?i:\btwint\b|\bpostfinance\b)", 2.0),  # Swiss payment apps and cards
    ("CA", r"(?i:\binterac\b)|(?<![A-Z0-9])\d{9}\s?RT\s?0\d{3}(?!\d)", 1.5),  # "… RT0001"
)  # fmt: skip
"""(country, pattern, weight): a line matching the pattern is evidence for the country."""

CONVERSION_WORDS = ("ENTSPRICHT", "EQUIVALENT", "UMGERECHNET", "EXCHANGE RATE", "WECHSELKURS")
"""Words of a line converting the total into another currency: its marks are not the
receipt's currency."""

CARD_CONVERSION_WORDS = (
    "TRANSACTION CURRENCY", "EXCHANGE RATE", "EXCH RATE", "CURRENCY CONVERSION", "DCC",
    "CHOICE OF CURRENCY", "CHOICE OF CURRENCIES", "MARK UP", "MARKUP", "TAUX DE CHANGE",
    "DEVISE DE TRANSACTION", "WECHSELKURS", "UMRECHNUNGSKURS", "TRANSAKTIONSWAHRUNG",
)  # fmt: skip
"""Words of a card slip that charged the card in its holder's own currency (dynamic
currency conversion): the slip's amounts in that currency, from a few lines above these
words to the end, are not the receipt's currency."""
CARD_CONVERSION_REACH = 2
"""Lines above the first conversion word that belong to the conversion block ("AMOUNT EUR
42.25" printed before "EXCHANGE RATE")."""

LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("SUMME", "ZU ZAHLEN", "ZU BEZAHLEN", "GESAMT", "RUCKGELD", "WECHSELGELD", "GEGEBEN",
           "MWST", "BARGELD", "KARTENZAHLUNG", "VIELEN DANK", "IHREN EINKAUF", "UHR", "KASSE",
           "NETTO", "BRUTTO", "KUNDENBELEG", "ZAHLUNG", "STRASSE", "PFAND", "ENTSPRICHT"),
    "fr": ("MONTANT", "A PAYER", "TOTAL TTC", "TTC", "ESPECES", "RENDU", "MONNAIE", "MERCI",
           "TVA", "CAISSE", "TICKET", "CARTE BANCAIRE", "REGLEMENT", "RUE"),
    "vi": ("TONG CONG", "THANH TOAN", "TIEN MAT", "HOA DON", "CAM ON", "TIEN THUA",
           "KHACH DUA", "SO LUONG", "THANH TIEN", "DON GIA", "NGAY", "QUAN", "PHUONG",
           "TONG TIEN", "TIEN HANG", "PHAI TRA", "TRA LAI", "BAN LE", "QUY KHACH"),
    "es": ("IMPORTE", "EFECTIVO", "CAMBIO", "GRACIAS", "FACTURA", "IVA INCLUIDO", "TOTAL A PAGAR",
           "FECHA", "ENTREGADO"),
    "it": ("TOTALE", "CONTANTI", "RESTO", "GRAZIE", "SCONTRINO", "CORRISPETTIVO", "IMPORTO",
           "PAGAMENTO"),
    "nl": ("TOTAAL", "BEDANKT", "WISSELGELD", "CONTANT", "PINNEN", "BTW", "BETAALD", "TE BETALEN",
           "STATIEGELD", "PINBETALING"),
    "pl": ("PARAGON FISKALNY", "SUMA PLN", "SUMA PTU", "PTU", "GOTOWKA", "RESZTA", "SPRZEDAZ",
           "DO ZAPLATY", "RAZEM", "KARTA PLATNICZA"),
}  # fmt: skip
"""Receipt words of each language (accents folded: "TỔNG CỘNG" is written "TONG CONG")."""

LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "de": ("DE",),
    "fr": ("FR",),
    "vi": ("VN",),
    "es": ("ES",),
    "it": ("IT",),
    "nl": ("NL",),
    "pl": ("PL",),
}
"""The country a language's receipt words point to when nothing else does (a German
receipt in francs is told apart by its "CHF"/"Fr." marks and Swiss cues)."""

LANGUAGES_OF_SEVERAL_CURRENCIES = frozenset({"de", "fr", "es", "it"})
"""Languages whose receipt words are printed in countries of different currencies (German
and Italian in Switzerland, French in Switzerland and Canada, Spanish across Latin America):
their words alone do not tell the currency."""

COUNTRY_CURRENCY: dict[str, str] = {
    "DE": "EUR", "AT": "EUR", "FR": "EUR", "IT": "EUR", "ES": "EUR", "NL": "EUR", "BE": "EUR",
    "IE": "EUR", "PT": "EUR", "FI": "EUR", "CH": "CHF", "GB": "GBP", "US": "USD", "CA": "CAD",
    "AU": "AUD", "VN": "VND", "MY": "MYR", "SG": "SGD", "ZA": "ZAR", "CO": "COP", "MX": "MXN",
    "PL": "PLN", "JP": "JPY",
}  # fmt: skip

DOLLAR_COUNTRIES: dict[str, str] = {
    "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD",
    "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "TW": "TWD",
}  # fmt: skip
"""Countries whose receipts print their own currency as a bare "$"."""

MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW"})
"""Countries whose numeric dates are month/day/year (Canada prints both; day-first kept)."""

WHOLE_AMOUNT_CURRENCIES = frozenset(
    {"VND", "JPY", "KRW", "IDR", "CLP", "COP", "ISK", "PYG", "UGX", "HUF", "KHR", "LAK", "IRR",
     "MNT", "UZS", "LBP", "IQD"}
)  # fmt: skip
"""Currencies whose receipts print amounts without a minor unit ("63.000" is 63,000)."""
