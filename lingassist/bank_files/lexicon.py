"""The words banks print in CSV headers and cells, per language: data, not code.

A header cell is normalised (`normalize_header`: lower case, accents and punctuation
removed, "Betrag (€)" -> "betrag") and matched against the phrases below, longest phrase
first, as whole words ("montant operation en euro" contains "montant"). Each phrase names a
column role and the language it comes from; the language only ever serves as a hint (day
before month, decimal comma), never as a fork in the code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Column roles.
DATE = "date"
VALUE_DATE = "value_date"
AMOUNT = "amount"
DEBIT = "debit"
CREDIT = "credit"
DIRECTION = "direction"  # a column of S/H, DR/CR, Af/Bij telling the sign
DESCRIPTION = "description"
KIND = "kind"  # the bank's kind of line: "Lastschrift", "Card payment"
COUNTERPARTY = "counterparty"
PAYEE = "payee"  # who received the money (counterparty of an outgoing line)
PAYER = "payer"  # who paid (counterparty of an incoming line)
REFERENCE = "reference"
BALANCE = "balance"
CURRENCY = "currency"
ORIGINAL_AMOUNT = "original_amount"
ORIGINAL_CURRENCY = "original_currency"
STATUS = "status"  # booked / pending
CATEGORY = "category"
ACCOUNT = "account"  # the statement's own account
IGNORE = "ignore"  # a known column LingAssist does not use (BIC, mandate id, time...)
REFERENCE_OR_TEXT = "reference_or_text"  # "Reference": an id or a payment text, by values
VALUE_DATE_OR_CURRENCY = "value_date_or_currency"  # "Valuta": by values

# fmt: off
_HEADERS: dict[str, dict[str, str]] = {
    "en": {
        DATE: (
            "date|transaction date|booking date|posting date|posted date|post date|trans date"
            "|completed date|started date|entry date"
        ),
        VALUE_DATE: "value date|effective date",
        AMOUNT: "amount|amt|transaction amount|value|net amount",
        DEBIT: (
            "debit|debits|paid out|money out|withdrawal|withdrawals|debit amount|out|spent"
            "|charge|charges"
        ),
        CREDIT: "credit|credits|paid in|money in|deposit|deposits|credit amount|in|received",
        DIRECTION: (
            "debit credit|credit debit|cr dr|dr cr|d c|credit debit indicator"
            "|debit credit indicator"
        ),
        BALANCE: "balance|running balance|running bal|bal|balance after",
        CURRENCY: "currency|ccy|currency code",
        ORIGINAL_AMOUNT: (
            "original amount|local amount|foreign amount|instructed amount"
            "|amount in original currency"
        ),
        ORIGINAL_CURRENCY: "original currency|local currency|foreign currency",
        DESCRIPTION: (
            "description|memo|text|narrative|transaction description|transaction details"
            "|particulars|purpose"
        ),
        KIND: "type|transaction type|subcategory|type of transaction",
        COUNTERPARTY: (
            "payee|beneficiary|counter party|counterparty|name|merchant|merchant name"
            "|payee name|recipient"
        ),
        REFERENCE: (
            "transaction id|fitid|bank reference|transaction reference|transaction number"
            "|id"
        ),
        REFERENCE_OR_TEXT: "reference|ref",
        CATEGORY: "category",
        STATUS: "status|state",
        ACCOUNT: "account|account number|own account",
        IGNORE: (
            "number|time|emoji|receipt|notes and tags|address|category split|check or slip"
            "|check number|product|fee|tags|notes|iban|bic|sort code"
        ),
    },
    "de": {
        DATE: "buchungstag|buchungsdatum|buchung|datum|belegdatum|umsatzdatum|transaktionsdatum",
        VALUE_DATE: "valutadatum|wertstellung|wertstellungsdatum|wertstellungstag|valuta datum",
        VALUE_DATE_OR_CURRENCY: "valuta",
        AMOUNT: "betrag|umsatz|buchungsbetrag|umsatzbetrag|betrag eur",
        DEBIT: "soll|ausgaben|belastung|lastschriften",
        CREDIT: "haben|einnahmen|gutschrift|gutschriften",
        DIRECTION: "soll haben|s h|soll oder haben",
        BALANCE: "saldo|kontostand|saldo nach buchung|neuer saldo",
        CURRENCY: "waehrung|wahrung|wahrungscode",
        ORIGINAL_AMOUNT: (
            "betrag in fremdwahrung|fremdwahrungsbetrag|originalbetrag"
            "|betrag fremdwahrung"
        ),
        ORIGINAL_CURRENCY: "fremdwahrung|originalwahrung",
        DESCRIPTION: (
            "verwendungszweck|buchungsdetails|vorgang verwendungszweck|beschreibung"
            "|buchungsinformation"
        ),
        KIND: "buchungstext|umsatztyp|umsatzart|buchungsart|vorgang",
        COUNTERPARTY: (
            "beguenstigter zahlungspflichtiger|begunstigter zahlungspflichtiger"
            "|auftraggeber empfanger|auftraggeber empfaenger|auftraggeber begunstigter"
            "|auftraggeber beguenstigter|empfanger|empfaenger|auftraggeber"
            "|zahlungsbeteiligter|name zahlungsbeteiligter|gegenpartei|begunstigter"
        ),
        PAYEE: "zahlungsempfanger|zahlungsempfaenger",
        PAYER: "zahlungspflichtige|zahlungspflichtiger",
        REFERENCE: "transaktions id|referenznummer|buchungsreferenz|bankreferenz",
        REFERENCE_OR_TEXT: "referenz",
        CATEGORY: "kategorie",
        STATUS: "status|info|buchungsstatus",
        ACCOUNT: "auftragskonto|iban auftragskonto|konto|eigenes konto",
        IGNORE: (
            "bezeichnung auftragskonto|bic auftragskonto|bankname auftragskonto"
            "|iban zahlungsbeteiligter|"
            "kontonummer|kontonummer iban|bic swift code|blz|glaubiger id|glaeubiger id"
            "|mandatsreferenz|kundenreferenz end to end|kundenreferenz|sammlerreferenz"
            "|lastschrift ursprungsbetrag|auslagenersatz ruecklastschrift"
            "|auslagenersatz rucklastschrift|uhrzeit|notiz|glaubiger"
        ),
    },
    "fr": {
        DATE: (
            "date operation|date de l operation|date d operation|date comptable"
            "|date de comptabilisation|date"
        ),
        VALUE_DATE: "date de valeur|date valeur",
        AMOUNT: "montant|montant operation|montant eur",
        DEBIT: "debit|debits|sortie",
        CREDIT: "credit|credits|entree",
        DIRECTION: "sens|debit credit",
        BALANCE: "solde",
        CURRENCY: "devise|monnaie",
        ORIGINAL_AMOUNT: "montant d origine|montant devise|montant en devise",
        ORIGINAL_CURRENCY: "devise d origine",
        DESCRIPTION: (
            "libelle|libelle operation|libelle de l operation|libelle simplifie|detail"
            "|informations complementaires|libelle complet"
        ),
        KIND: (
            "type operation|type de l operation|type d operation|libelle court"
            "|nature de l operation|nature"
        ),
        COUNTERPARTY: "tiers|beneficiaire|nom du tiers|emetteur",
        REFERENCE: "numero d operation|reference banque|reference de l operation",
        CATEGORY: "categorie|sous categorie",
        STATUS: "etat|statut",
        ACCOUNT: "compte|numero de compte",
        IGNORE: "pointage",
    },
    "es": {
        DATE: "fecha|fecha operacion|fecha contable|f operacion|fecha de la operacion",
        VALUE_DATE: "fecha valor|f valor",
        AMOUNT: "importe|importe eur|cantidad",
        DEBIT: "cargo|cargos|debe",
        CREDIT: "abono|abonos|haber",
        BALANCE: "saldo",
        CURRENCY: "divisa|moneda",
        ORIGINAL_AMOUNT: "importe original|importe en divisa",
        DESCRIPTION: "concepto|descripcion|movimiento|observaciones",
        COUNTERPARTY: "beneficiario|ordenante",
        REFERENCE_OR_TEXT: "referencia",
        CATEGORY: "categoria",
        STATUS: "estado",
        ACCOUNT: "cuenta",
    },
    "it": {
        DATE: "data|data operazione|data contabile|data registrazione",
        VALUE_DATE: "data valuta",
        AMOUNT: "importo|importo eur",
        DEBIT: "addebiti|addebito|dare|uscite",
        CREDIT: "accrediti|accredito|avere|entrate",
        BALANCE: "saldo",
        CURRENCY: "divisa",
        ORIGINAL_AMOUNT: "importo originale|importo in divisa",
        DESCRIPTION: "descrizione|descrizione operazione|dettagli",
        KIND: "causale|tipo operazione",
        REFERENCE_OR_TEXT: "riferimento",
        CATEGORY: "categoria",
        STATUS: "stato",
        ACCOUNT: "conto",
    },
    "nl": {
        DATE: "datum|boekdatum|transactiedatum|boekingsdatum",
        VALUE_DATE: "rentedatum|valutadatum",
        AMOUNT: "bedrag|bedrag eur|transactiebedrag",
        DEBIT: "af|debet",
        CREDIT: "bij",
        DIRECTION: "af bij|bij af",
        BALANCE: "saldo na trn|saldo na boeking",
        CURRENCY: "munt|muntsoort",
        DESCRIPTION: "omschrijving|mededelingen|omschrijving 1|omschrijving 2|omschrijving 3",
        KIND: "mutatiesoort|code|transactiesoort",
        COUNTERPARTY: "naam tegenpartij|naam omschrijving|tegenpartij|naam",
        REFERENCE: "transactiereferentie|volgnr",
        ACCOUNT: "rekening|iban bban|rekeningnummer",
        IGNORE: "tegenrekening|tegenrekening iban bban|bic tegenpartij|tag",
    },
    "vi": {
        DATE: "ngay|ngay giao dich|ngay gd|ngay hach toan|thoi gian",
        VALUE_DATE: "ngay hieu luc|ngay gia tri",
        AMOUNT: "so tien|so tien giao dich",
        DEBIT: "ghi no|so tien ghi no|no|phat sinh no|tien ra",
        CREDIT: "ghi co|so tien ghi co|co|phat sinh co|tien vao",
        BALANCE: "so du|so du cuoi",
        CURRENCY: "loai tien|tien te",
        DESCRIPTION: "noi dung|dien giai|mo ta|noi dung giao dich",
        COUNTERPARTY: "ten doi ung|don vi thu huong|nguoi thu huong|ten tai khoan doi ung",
        REFERENCE: "so tham chieu|ma giao dich|so giao dich|so but toan",
        ACCOUNT: "so tai khoan",
    },
}
# fmt: on

# Values of a direction column (and suffixes of an amount: "12,50 S", "45.00 CR").
# fmt: off
DEBIT_WORDS = frozenset({
    "af", "ausgang", "belastung", "cargo", "d", "dare", "debit", "dr", "ghi no", "lastschrift",
    "no", "out", "s", "soll",
})
# fmt: on
# fmt: off
CREDIT_WORDS = frozenset({
    "abono", "avere", "bij", "c", "co", "cr", "credit", "eingang", "ghi co", "gutschrift", "h",
    "haben", "in",
})
# fmt: on

# Values of a status column that mean the line is not booked (yet).
# fmt: off
NOT_BOOKED = frozenset({
    "abgelehnt", "annule", "ausstehend", "authorised", "authorized", "canceled", "cancelled",
    "declined", "en attente", "failed", "in attesa", "in bearbeitung", "pdng", "pendiente",
    "pending", "rejete", "reverted", "storniert", "umsatz vorgemerkt", "vorgemerkt",
})
# fmt: on

# The start of a row's text that makes it a summary, not a transaction ("Total", "Summe",
# "Beginning balance as of 12/01/2025", "Nouveau solde au 31/12/2025").
SUMMARY = re.compile(
    r"^(?:(?:grand |sub ?)?totals?|summe|gesamt(?:summe|betrag)?|zwischensumme|totaux|"
    r"total des (?:operations|mouvements|debits|credits)|total (?:debits|credits|amount)|"
    r"(?:opening|closing|beginning|ending|starting|available|current|previous|new) balance|"
    r"balance (?:brought|carried) forward|(?:anfangs|end|alter |neuer )?saldo|"
    r"(?:alter |neuer )?kontostand|(?:ancien |nouveau )?solde|"
    r"saldo (?:inicial|final|iniziale|finale)|"
    r"tong cong|so du dau ky|so du cuoi ky)\b"
)

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "jan january januar janvier janv enero ene gennaio gen januari",
        "feb february februar fevrier fevr febrero febbraio februari",
        "mar march marz maerz mars marzo maart mrt",
        "apr april avril avr abril aprile",
        "may mai mayo maggio mag mei",
        "jun june juni juin junio giugno giu",
        "jul july juli juillet juil julio luglio lug",
        "aug august aout agosto ago augustus",
        "sep sept september septembre septiembre settembre set",
        "oct october oktober okt octobre octubre ottobre ott",
        "nov november novembre noviembre",
        "dec december dezember dez decembre diciembre dic dicembre",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

# Words in an amount header that name its currency ("Montant(EUROS)", "Amount (GBP)").
CURRENCY_WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "francs": "FRF",
    "franken": "CHF",
    "dollars": "USD",
    "pounds": "GBP",
    "dong": "VND",
    "vnd": "VND",
}


@dataclass(frozen=True)
class HeaderWord:
    """What a header cell means.

    Attributes:
        role: one of the role constants above.
        language: the language of the matched phrase ("en", "de"...).
        exact: True when the whole cell is the phrase, False when it only contains it.
    """

    role: str
    language: str
    exact: bool


_PHRASES: dict[str, tuple[str, str]] = {}
for _language, _roles in _HEADERS.items():
    for _role, _words in _roles.items():
        for _word in _words.split("|"):
            _PHRASES.setdefault(_word, (_role, _language))
_LONGEST_FIRST = sorted(_PHRASES, key=lambda phrase: (-len(phrase.split()), -len(phrase)))
_SHORTEST_CONTAINED = 4  # "in", "no", "id" only count as the whole cell
_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe"})
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def normalize_header(text: str) -> str:
    """Lower case ASCII words of a header cell: "Betrag (€)" -> "betrag",
    "Zahlungsempfänger*in" -> "zahlungsempfanger in", "Ngày giao dịch" -> "ngay giao dich"."""
    lowered = text.casefold()
    if not lowered.isascii():  # most cells are: no accents to take off
        folded = unicodedata.normalize("NFKD", text.translate(_FOLD).casefold())
        lowered = "".join(char for char in folded if not unicodedata.combining(char))
    return _NOT_WORD.sub(" ", lowered).strip()


def header_word(text: str) -> HeaderWord | None:
    """The role a header cell names, or None when it is not a known header word."""
    words = normalize_header(text)
    if not words:
        return None
    if words in _PHRASES:
        role, language = _PHRASES[words]
        return HeaderWord(role, language, exact=True)
    padded = f" {words} "
    for phrase in _LONGEST_FIRST:
        if len(phrase) >= _SHORTEST_CONTAINED and f" {phrase} " in padded:
            role, language = _PHRASES[phrase]
            return HeaderWord(role, language, exact=False)
    return None


def month_number(word: str) -> int | None:
    """The month a written month name or abbreviation stands for ("Dec", "déc.", "März")."""
    return _MONTHS.get(normalize_header(word).replace(" ", ""))


def direction_sign(text: str) -> int | None:
    """-1 for a debit word ("S", "DR", "Af"), +1 for a credit word, None otherwise."""
    words = normalize_header(text)
    if words in DEBIT_WORDS:
        return -1
    if words in CREDIT_WORDS:
        return 1
    return None


def is_summary(text: str) -> bool:
    """True when a row's text starts like a total or balance line ("Summe", "Total:")."""
    return bool(SUMMARY.match(normalize_header(text)))


def is_summary_line(text: str) -> bool:
    """True when a line's whole description is a total or balance ("Summe", "Closing
    balance 31.12.2025"), strict enough for lines that have a date and an amount: a bare
    "Total" may be the TotalEnergies petrol station."""
    words = normalize_header(text)
    match = SUMMARY.match(words)
    if not match or match.group(0) in ("total", "totals"):
        return False
    return all(word.isdigit() or word in _SUMMARY_FILLER for word in words[match.end() :].split())


# fmt: off
_SUMMARY_FILLER = frozenset({
    "al", "am", "as", "at", "au", "bis", "del", "der", "des", "du", "el", "eur", "for", "from",
    "gbp", "la", "le", "of", "on", "per", "to", "usd", "vom", "zum",
})
# fmt: on


def header_currency(text: str) -> str | None:
    """The currency a header names: "Betrag (€)" -> "EUR", "Paid out (GBP)" -> "GBP"."""
    for symbol, code in (("€", "EUR"), ("£", "GBP"), ("$", "USD"), ("₫", "VND")):
        if symbol in text:
            return code
    for word in normalize_header(text).split():
        if word in CURRENCY_WORDS:
            return CURRENCY_WORDS[word]
        if len(word) == 3 and word.upper() in _CODES_SEEN_IN_HEADERS:
            return word.upper()
    return None


# fmt: off
_CODES_SEEN_IN_HEADERS = frozenset({
    "AUD", "BRL", "CAD", "CHF", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF", "INR", "JPY", "MXN",
    "NOK", "NZD", "PLN", "SEK", "SGD", "USD", "VND", "ZAR",
})
# fmt: on
