"""What a receipt line says about the amounts on it: total, subtotal, tax, cash, change..."""

from __future__ import annotations

from enum import Enum

from lingassist.receipts.text import has_any, has_phrase, letter_tokens


class Label(Enum):
    """The role of a line's amounts, judged from its keywords."""

    STRONG_TOTAL = "strong_total"  # GRAND TOTAL, NETT TOTAL, TOTAL ... INCL GST, AMOUNT DUE
    TOTAL = "total"  # a plain TOTAL
    WEAK_TOTAL = "weak_total"  # AMOUNT, NETT, SALES on their own
    SUBTOTAL = "subtotal"
    TAX = "tax"
    TENDERED = "tendered"  # CASH, CARD, VISA, PAYMENT, RECEIVED
    CHANGE = "change"
    TIP = "tip"  # TIP, GRATUITY: the total printed after it includes it
    ROUNDING = "rounding"
    OTHER = "other"  # quantities, discounts, points, summaries: never the total


STRONG_TOTAL = (
    "GRAND TOTAL", "NETT TOTAL", "NET TOTAL", "ROUNDED TOTAL", "TOTAL ROUNDED",
    "AMT ROUNDED", "FINAL TOTAL", "TOTAL AMOUNT", "AMOUNT DUE", "TOTAL DUE", "BALANCE DUE",
    "BALANCE TO PAY", "TO PAY",
    "TOTAL PAYABLE", "AMOUNT PAYABLE", "PAYABLE", "TO BE PAID", "TOTAL TO PAY",
    "INCLUSIVE", "INCL GST", "INC GST", "INCL OF GST", "INCL. TAX", "INCL VAT",
    "AMOUNT INCL", "TOTAL INCL", "TOTAL SALES", "JUMLAH",
    # de
    "SUMME", "GESAMT", "GESAMTBETRAG", "ENDBETRAG", "ZU ZAHLEN", "ZAHLBETRAG", "ZU BEZAHLEN",
    "BEZAHLEN",
    # fr
    "TOTAL TTC", "MONTANT TTC", "MONTANT", "A PAYER", "NET A PAYER", "MONTANT DU",
    # vi
    "TONG CONG", "TONG TIEN", "TONG THANH TOAN", "THANH TOAN", "KHACH CAN TRA",
    "CAN THANH TOAN", "TONG", "KHACH PHAI TRA", "PHAI TRA", "PHAI THANH TOAN",
    # it, es, nl ("TOTALE" and "TOTAAL" are read as a plain TOTAL, one letter away)
    "TOTALE COMPLESSIVO", "IMPORTO", "IMPORTE", "TOTAL A PAGAR", "TE BETALEN",
    # pl
    "SUMA PLN", "SUMA", "DO ZAPLATY", "RAZEM",
)  # fmt: skip
"""Keywords of the amount to pay, in each language (accents folded: "À PAYER" is "A PAYER")."""
GENERIC_TOTAL = (
    "SUMME", "MONTANT", "IMPORTO", "IMPORTE", "TONG", "THANH TOAN", "GESAMT", "SUMA", "RAZEM",
)  # fmt: skip
"""Total keywords that also head tax lines ("MONTANT TVA", "MwSt-Summe"): with a tax word
on the line they name the tax."""
SUBTOTAL = (
    "SUBTOTAL", "SUB TOTAL", "SUB-TOTAL", "SUBTOTL", "ZWISCHENSUMME", "SOUS TOTAL",
    "SOUS-TOTAL", "TAM TINH", "CONG TIEN HANG", "TONG TIEN HANG", "SUBTOTALE", "SUBTOTAAL",
)  # fmt: skip
EXCLUDING = (
    "EXCL", "EXCLUDING", "BEFORE", "NETT OF TAX", "NET OF TAX", "TAXABLE", "NET AMT",
    "TOTAL HT", "MONTANT HT", "OHNE MWST", "NETTO", "IMPONIBILE",
)  # fmt: skip
TAX = (
    "GST",
    "TAX",
    "VAT",
    "SST",
    "MWST",
    "MWST BETRAG",
    "TVA",
    "IVA",
    "BTW",
    "USt",
    "GTGT",
    "THUE",
    "PTU",  # pl
    "HST",  # ca: harmonized, provincial, Quebec's sales taxes (TPS/TVQ in French)
    "PST",
    "QST",
    "TPS",
    "TVQ",
)
INCLUDED = ("INCL", "INKL", "INC", "INCLUDED", "INCLUS", "INKLUSIVE", "DONT", "BAO GOM")
TENDERED = (
    "CASH", "TENDERED", "TENDER", "RECEIVED", "PAYMENT", "PAID", "VISA", "MASTER",
    "MASTERCARD", "CARD", "CREDIT", "DEBIT", "AMEX", "BAR", "EC", "KARTE", "GIRO",
    "GIROCARD", "BARGELD", "GEGEBEN", "KARTENZAHLUNG", "EC KARTE", "MAESTRO", "ESPECES",
    "CARTE", "CB", "CARTE BANCAIRE", "CONTANTI", "CARTA", "EFECTIVO", "TARJETA", "ENTREGADO",
    "CONTANT", "PIN", "PINNEN", "TIEN MAT", "KHACH DUA", "TIEN KHACH DUA", "KHACH TRA",
    "BETRAG", "GOTOWKA", "KARTA", "KARTA PLATNICZA", "CONTACTLESS", "INTERAC", "TWINT",
    "EFTPOS",
)  # fmt: skip
EXPLICIT_TENDER = (
    "ACCEPTED", "TENDERED", "RECEIVED", "PAYMENT", "PAID BY", "GEGEBEN", "KHACH DUA",
    "TIEN KHACH DUA", "ENTREGADO",
)  # fmt: skip
CHANGE = (
    "CHANGE", "BALANCE", "RETURN", "RUCKGELD", "KEMBALI", "WECHSELGELD", "ZURUCK",
    "RUECKGELD", "RIICKGELD", "RUICKGELD",  # "ü" written "ue", or read by OCR as "ii"/"ui"
    "RENDU", "MONNAIE", "A RENDRE", "RESTO", "CAMBIO", "VUELTO", "WISSELGELD", "TERUG",
    "TIEN THUA", "TIEN TRA LAI", "TRA LAI", "TRA KHACH", "TIEN THOI", "THOI LAI", "RESZTA",
)  # fmt: skip
TIP = ("TIP", "TIPS", "GRATUITY", "TRINKGELD", "POURBOIRE", "MANCIA", "PROPINA", "FOOI")
SUGGESTION = ("SUGGESTED", "SUGGESTION", "GUIDE", "VORSCHLAG")
ROUNDING = (
    "ROUNDING", "ROUND ADJ", "ROUNDING ADJ", "ADJUSTMENT", "RND ADJ", "RUNDUNG", "ARRONDI",
    "AFRONDING", "ARROTONDAMENTO", "REDONDEO",
)  # fmt: skip
OTHER = (
    "QTY", "QUANTITY", "ITEMS", "ITEM", "DISCOUNT", "DISC", "SAVING", "SAVINGS", "POINTS",
    "DEPOSIT", "SERVICE CHARGE", "VOUCHER", "COUNT", "TOTAL SV", "TOTAL GV",
)  # fmt: skip
NEVER_TOTAL = (
    # deposits, loyalty, currency conversions, counts and discounts in other languages
    "PFAND", "LEERGUT", "EINWEG", "MEHRWEG", "CONSIGNE", "STATIEGELD", "VUOTO", "PUNKTE",
    "PAYBACK", "UMSATZ", "ENTSPRICHT", "EQUIVALENT", "POSTEN", "ANZAHL", "ARTIKEL", "RABATT",
    "REMISE", "SCONTO", "DESCUENTO", "KORTING", "GIAM GIA", "CHIET KHAU", "SO LUONG", "NOMBRE",
)  # fmt: skip
TITLES = ("HOA DON", "PHIEU")
"""A document's title ("HÓA ĐƠN THANH TOÁN", the bill): its words are no total."""
_COUNTS = ("QTY", "ITEMS", "ITEM", "COUNT", "ANZAHL", "POSTEN", "SO LUONG", "NOMBRE", "ARTIKEL")
_SPECIFIC_TOTAL = tuple(phrase for phrase in STRONG_TOTAL if phrase not in GENERIC_TOTAL)
"""`STRONG_TOTAL` keywords that never head a tax line (made once, not for every line)."""


def line_label(text: str) -> Label:
    """The role of the amounts on a line with this text."""
    for test, label in _RULES:
        if test(text):
            return label
    return Label.OTHER if has_any(text, OTHER) else _weak_or_none(text)


def _is_change(text: str) -> bool:
    if has_any(text, ("BALANCE DUE", "BALANCE TO PAY", "SERVICE")) or "CHARGE" in letter_tokens(
        text
    ):
        return False
    return has_any(text, CHANGE)


def _is_rounding(text: str) -> bool:
    return has_any(text, ROUNDING) and not has_any(text, ("ROUNDED TOTAL", "TOTAL ROUNDED"))


LINE_AMOUNT = (("THANH", "TIEN"), ("T", "TIEN"))
"""Vietnamese "Thành tiền" ("T.Tiền"), the amount before discounts, fees and VAT, spelled
exactly: one letter more and it is "THANH TOAN", the amount to pay."""


def _is_subtotal(text: str) -> bool:
    if has_any(text, SUBTOTAL) or has_any(text, EXCLUDING):
        return True
    return _has_words(text, LINE_AMOUNT) and not is_column_heading(text)


def _has_words(text: str, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """True when one of `phrases` is among the line's words, spelled exactly."""
    tokens = letter_tokens(text)
    return any(
        tuple(tokens[start : start + len(words)]) == words
        for words in phrases
        for start in range(len(tokens) - len(words) + 1)
    )


def _is_strong_total(text: str) -> bool:
    if has_any(text, EXCLUDING) or has_any(text, _COUNTS) or has_any(text, TITLES):
        return False
    if has_any(text, _SPECIFIC_TOTAL):
        return True
    return has_any(text, GENERIC_TOTAL) and not has_any(text, TAX)


def _is_tax(text: str) -> bool:
    """A tax word, or "incl." with a rate ("incl, 19,00% Mast 18,36": OCR misread "MwSt")."""
    if has_phrase(text, "TOTAL"):
        return False
    return has_any(text, TAX) or ("%" in text and has_any(text, INCLUDED))


def _is_plain_total(text: str) -> bool:
    return has_phrase(text, "TOTAL") and not has_any(text, _COUNTS)


def _is_tendered(text: str) -> bool:
    return has_any(text, TENDERED) and not has_any(text, ("CASHIER", "CASHTER", "CASHLER"))


def _is_explicit_tender(text: str) -> bool:
    return has_any(text, EXPLICIT_TENDER)


def _is_tip(text: str) -> bool:
    """A tip line; not one that also reads as change ("Rickgeld": Rückgeld misread is two
    letters from TRINKGELD but one from RUCKGELD)."""
    if has_phrase(text, "TOTAL") or has_any(text, SUGGESTION) or "%" in text:
        return False
    return has_any(text, TIP) and not _is_change(text)


def _is_never_total(text: str) -> bool:
    """Deposits, loyalty points, conversions, counts, and suggested tips."""
    if has_any(text, NEVER_TOTAL):
        return True
    return has_any(text, TIP) and not _is_tip(text) and not _is_change(text)


COLUMN_HEADINGS = (
    "QTY", "QUANTITY", "DESCRIPTION", "PRICE", "UNIT PRICE", "ITEM", "MENGE", "BEZEICHNUNG",
    "EINZELPREIS", "ARTIKEL", "DESIGNATION", "QTE", "PRIX", "TEN MON", "TEN HANG", "DON GIA",
    "SO LUONG", "MAT HANG", "DESCRIPCION", "CANTIDAD", "DESCRIZIONE", "QUANTITA",
)  # fmt: skip
COLUMN_WORDS = (("SL",), ("DG",), ("TT",), ("ST",), ("PCS",))
"""Short column headings, spelled exactly ("SL", số lượng)."""


def is_column_heading(text: str) -> bool:
    """The heading of the articles' columns ("Tên món  SL  Thành tiền", "QTY DESCRIPTION
    PRICE"): the amounts below it are the articles', not its own."""
    return has_any(text, COLUMN_HEADINGS) or _has_words(text, COLUMN_WORDS)


def never_total(text: str) -> bool:
    """True for a line whose amounts are never the total paid: a deposit, loyalty points,
    a conversion, a count, a discount, a suggested tip ("Suggested tip: 18% 7.57")."""
    return _is_never_total(text)


def _weak_or_none(text: str) -> Label:
    return Label.WEAK_TOTAL if has_any(text, ("AMOUNT", "NETT", "AMT")) else Label.OTHER


def _is_tax_total(text: str) -> bool:
    return has_any(text, ("TOTAL GST", "TOTAL TAX", "TOTAL VAT", "GST AMT", "TAX AMT"))


_RULES = (
    (_is_never_total, Label.OTHER),
    (_is_tip, Label.TIP),
    (_is_change, Label.CHANGE),
    (_is_tax_total, Label.TAX),
    (_is_rounding, Label.ROUNDING),
    (_is_subtotal, Label.SUBTOTAL),
    (_is_strong_total, Label.STRONG_TOTAL),
    (_is_tax, Label.TAX),
    (_is_explicit_tender, Label.TENDERED),
    (_is_plain_total, Label.TOTAL),
    (_is_tendered, Label.TENDERED),
)
