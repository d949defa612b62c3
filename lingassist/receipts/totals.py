"""The total actually paid, the subtotal and the tax, chosen by weighing the evidence.

Each amount on the receipt is a candidate. It earns points from the keywords of the lines
it is printed on (GRAND TOTAL beats TOTAL beats AMOUNT; SUBTOTAL, TAX, CHANGE, QTY lines
earn nothing), from being printed again (TOTAL and CASH lines), and from the receipt's
arithmetic: cash - change, subtotal + tax (+ rounding), the sum of the items. It loses
points when it is larger than the cash handed over.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from rapidfuzz.distance import Levenshtein

from lingassist.receipts.amounts import (
    AmountHit,
    all_amounts,
    amounts_in,
    implied_amounts_in,
)
from lingassist.receipts.draft import Found, TextLine
from lingassist.receipts.labels import TAX, Label, is_column_heading, line_label, never_total
from lingassist.receipts.text import has_any

LABEL_POINTS = {
    Label.STRONG_TOTAL: 6.0,
    Label.TOTAL: 5.0,
    Label.WEAK_TOTAL: 2.0,
    Label.TENDERED: 1.5,
    Label.SUBTOTAL: 1.0,
}
VAT_RATE_AGREES = 3.5
_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)\s?%")
AFTER_TIP = 1.5
BEFORE_TIP = -2.0
PLUS_TIP = 3.0
CASH_MINUS_CHANGE = 5.5
SUBTOTAL_PLUS_TAX = 3.0
ITEMS_SUM = 2.0
MORE_THAN_CASH = -4.0
IMPLIED_POINT = -2.0
REPEAT = 1.0
DERIVED = -2.0
DIGITS_AGREE = 3.0
TOLERANCE = Decimal("0.05")
CONTRADICTED = 0.65
"""At most this confidence (below the card's 0.7 for a total) for a total that cash - change
does not give (one of them was misread), or not rounded as the printed rounding line says."""
ROUNDED_TO = Decimal("0.05")
_TOTALS = (Label.TOTAL, Label.STRONG_TOTAL)
SUMMARY = ("GST SUMMARY", "TAX SUMMARY", "VAT SUMMARY", "SUMMARY")
TAX_TABLE_COLUMNS = ("NETTO", "BRUTTO", "NET", "GROSS", "HT", "TTC", "EXCL", "INCL", "UMSATZ")


@dataclass(frozen=True)
class LabelledAmount:
    """The amount that a labelled line stands for (its right-most amount).

    Attributes:
        label: the role the line's keywords give it.
        hit: the amount read.
    """

    label: Label
    hit: AmountHit


@dataclass(frozen=True)
class Totals:
    """The money fields of a receipt.

    Attributes:
        total: the amount paid.
        subtotal: the amount before tax.
        tax: the tax amount.
        tendered: the cash or card amount handed over.
        change: the change given back.
    """

    total: Found[Decimal] | None
    subtotal: Found[Decimal] | None
    tax: Found[Decimal] | None
    tendered: Decimal | None
    change: Decimal | None


def labelled_amounts(lines: Sequence[TextLine], whole: bool = False) -> list[LabelledAmount]:
    """One amount per labelled line: its right-most amount, or the next line's."""
    found: list[LabelledAmount] = []
    in_summary = below_total = False
    for index, line in enumerate(lines):
        label = line_label(line.text)
        in_summary = in_summary or has_any(line.text, SUMMARY) or _tax_table_head(line, whole)
        if in_summary and label in (Label.TOTAL, Label.STRONG_TOTAL):
            label = Label.WEAK_TOTAL  # the total column of a tax summary table
        if label is Label.OTHER and below_total and _looks_like_cash(line.text):
            label = Label.TENDERED  # "CAgH 50.00" below a total line
        below_total = below_total or label in _TOTALS
        if label is Label.OTHER:
            continue
        hit = _right_most(line, index, label, whole)
        if hit is None and _amount_on_next_line(lines, index, label):
            hit = _right_most(lines[index + 1], index + 1, label, whole)
        if hit is not None:
            found.append(LabelledAmount(label, hit))
    return found


def _amount_on_next_line(lines: Sequence[TextLine], index: int, label: Label) -> bool:
    """Whether a labelled line without an amount takes the next line's: only when it prints
    no digits at all ("TOTAL AMOUNT" / "RM 6.00"); "TOTAL 22 6 GU" printed an unreadable
    amount, and the CASH line below it is not the total; nor is a line with a role of its
    own below a payment word."""
    if index + 1 >= len(lines) or label not in LABEL_POINTS:
        return False
    if line_label(lines[index + 1].text) not in (Label.OTHER, Label.WEAK_TOTAL):
        return False  # "Kartenzahlung" above "incl. 19% MwSt 180,26": that is the tax
    if is_column_heading(lines[index].text):
        return False  # "Tên món SL Thành tiền" heads the articles' amounts
    if never_total(lines[index + 1].text):
        return False  # "Total:" left blank above "Suggested tip: 18% 7.57"
    return not any(char.isdigit() for char in lines[index].text)


def _tax_table_head(line: TextLine, whole: bool) -> bool:
    """The header of a VAT table ("MwSt Netto Brutto", "TVA HT TTC"): its SUMME/TOTAL
    lines below sum the tax table, not the receipt."""
    if amounts_in(line, 0, whole):
        return False
    return has_any(line.text, TAX) and has_any(line.text, TAX_TABLE_COLUMNS)


def read_totals(
    lines: Sequence[TextLine], items_sum: Decimal | None = None, whole: bool = False
) -> Totals:
    """Total, subtotal, tax, tendered and change of a receipt (`whole`: amounts are
    printed without a minor unit, as in VND)."""
    labelled = labelled_amounts(lines, whole)
    tendered = _first_value(_paid_after_total(labelled), Label.TENDERED, largest=True)
    change = _change(labelled)
    subtotal = _first(labelled, Label.SUBTOTAL)
    tax = _first(labelled, Label.TAX)
    rounding = _first_value(labelled, Label.ROUNDING)
    tip = _first(labelled, Label.TIP)
    grosses = _grosses_from_vat(lines, labelled)
    evidence = _Evidence(
        tendered, change, subtotal, tax, rounding, items_sum, tip, whole, grosses,
        tip.line if tip is not None else _tip_line(lines, labelled),
    )  # fmt: skip
    total = _best_total(lines, labelled, evidence)
    return Totals(total, _found(subtotal), _found(tax), tendered, change)


@dataclass(frozen=True)
class _Evidence:
    tendered: Decimal | None
    change: Decimal | None
    subtotal: AmountHit | None
    tax: AmountHit | None
    rounding: Decimal | None
    items_sum: Decimal | None
    tip: AmountHit | None = None
    whole: bool = False
    grosses: tuple[tuple[Decimal, Decimal], ...] = ()
    tip_line: int | None = None


def _best_total(
    lines: Sequence[TextLine], labelled: list[LabelledAmount], evidence: _Evidence
) -> Found[Decimal] | None:
    """The best-scoring candidate, with a confidence from its lead over the runner-up."""
    scores: dict[Decimal, float] = defaultdict(float)
    where: dict[Decimal, AmountHit] = {}
    for candidate in labelled:
        value = candidate.hit.value
        if value <= 0 or candidate.label not in LABEL_POINTS:
            continue
        points = LABEL_POINTS[candidate.label] + (IMPLIED_POINT if candidate.hit.implied else 0)
        points += _tip_points(candidate, evidence.tip_line)
        if value not in scores or points > scores[value]:
            scores[value] = points
            where[value] = candidate.hit
    for hit in all_amounts(lines, evidence.whole):
        if hit.value > 0 and hit.value not in scores and not never_total(lines[hit.line].text):
            scores[hit.value], where[hit.value] = 0.0, hit
    _add_paid_minus_change(lines, labelled, evidence, scores, where)
    _add_repeats(lines, scores, evidence.whole)
    arithmetic: dict[Decimal, float] = {}
    for value in list(scores):
        arithmetic[value] = _arithmetic_points(value, evidence, labelled)
        scores[value] += arithmetic[value]
    if not scores:
        return None
    ranked = sorted(scores, key=lambda value: (scores[value], where[value].line), reverse=True)
    best = ranked[0]
    lead = scores[best] - (scores[ranked[1]] if len(ranked) > 1 else 0.0)
    confidence = min(1.0, 0.5 + 0.08 * lead) * where[best].confidence
    if _paid_minus_change_disagrees(best, evidence) or _not_rounded(best, evidence):
        confidence = min(confidence, CONTRADICTED)
    if arithmetic.get(best, 0.0) <= 0 and _total_unread(lines, labelled, best):
        confidence = min(confidence, CONTRADICTED)
    return Found(best, round(confidence, 3), where[best].boxes)


def _total_unread(
    lines: Sequence[TextLine], labelled: Sequence[LabelledAmount], value: Decimal
) -> bool:
    """A total line is printed but `value` is on none: its amount was not read ("TOTAL as"),
    and `value`, without sums to back it, is another line's (a payment, a stray amount
    beside the date)."""
    if any(item.label in _TOTALS and item.hit.value == value for item in labelled):
        return False
    return any(line_label(line.text) in _TOTALS for line in lines)


def _not_rounded(value: Decimal, evidence: _Evidence) -> bool:
    """A rounding line is printed (Swiss, Malaysian, Canadian, Dutch cash rounding, all to
    multiples of 0.05) and `value` is no such multiple: a digit was misread, or `value` is
    the amount before rounding."""
    if not evidence.rounding or evidence.whole:
        return False
    return value % ROUNDED_TO != 0


def _paid_minus_change_disagrees(value: Decimal, evidence: _Evidence) -> bool:
    """Cash handed over and change given are printed, and they do not leave `value`: one of
    the three amounts was misread ("SUMME 26,18" read for 20,18, "Bar 100,00", "Zurück
    79,82")."""
    tendered, change = evidence.tendered, evidence.change
    if tendered is None or not change or change <= 0 or tendered <= value:
        return False
    return abs(tendered - change - value) > TOLERANCE


def _add_paid_minus_change(
    lines: Sequence[TextLine],
    labelled: list[LabelledAmount],
    evidence: _Evidence,
    scores: dict[Decimal, float],
    where: dict[Decimal, AmountHit],
) -> None:
    """Cash - change as a candidate of its own, supported when a TOTAL line's digits are
    consistent with it (OCR lost or broke its decimal point: "220860)" for 22.60)."""
    if evidence.tendered is None or not evidence.change or evidence.change <= 0:
        return
    value = evidence.tendered - evidence.change
    if value <= 0 or value in scores:
        return
    totals = [item for item in labelled if item.label in (Label.TOTAL, Label.STRONG_TOTAL)]
    digits = str(value).replace(".", "").rstrip("0")
    support = [item for item in totals if _contains_in_order(lines[item.hit.line].text, digits)]
    scores[value] = DERIVED + (DIGITS_AGREE if support else 0.0)
    source = support[0].hit if support else next(iter(where.values()), None)
    if source is not None:
        where[value] = AmountHit(value, source.line, source.start, source.end, source.boxes, 0.5)


def _looks_like_cash(text: str) -> bool:
    """A word one misread letter away from CASH ("CASI", "CAgH", "CAS!")."""
    return any(
        len(word) in (3, 4) and Levenshtein.distance(word.upper(), "CASH", score_cutoff=1) <= 1
        for word in re.findall(r"[A-Za-z]+", text)
    )


def _contains_in_order(text: str, digits: str) -> bool:
    """True when `digits` appear in this order among the digits of `text`."""
    remaining = iter(char for char in text if char.isdigit())
    return all(digit in remaining for digit in digits)


def _tip_points(candidate: LabelledAmount, tip_line: int | None) -> float:
    """With a tip printed, the total below it is the one paid; a total above it is not."""
    if tip_line is None or candidate.label not in _TOTALS:
        return 0.0
    return AFTER_TIP if candidate.hit.line > tip_line else BEFORE_TIP


def _tipped_above(value: Decimal, evidence: _Evidence, labelled: Sequence[LabelledAmount]) -> bool:
    """True when a larger total is printed below the tip line: subtotal + tax is then the
    amount before the tip, no evidence of the amount paid."""
    line = evidence.tip_line
    if line is None:
        return False
    return any(
        item.label in _TOTALS and item.hit.line > line and item.hit.value > value
        for item in labelled
    )


def _tip_line(lines: Sequence[TextLine], labelled: Sequence[LabelledAmount]) -> int | None:
    """A tip line whose amount OCR could not read ("+ Tip: §.66"), when a total is printed
    below it (the card slip's total with the tip written in); a blank tip line to fill in
    ("TIP: ______") with no total below it is no tip."""
    for index, line in enumerate(lines):
        if line_label(line.text) is Label.TIP and any(c.isdigit() for c in line.text):
            below = any(item.label in _TOTALS and item.hit.line > index for item in labelled)
            return index if below else None
    return None


def _add_repeats(lines: Sequence[TextLine], scores: dict[Decimal, float], whole: bool) -> None:
    """A point per extra line where the candidate is printed again (at most 3)."""
    counts: dict[Decimal, int] = defaultdict(int)
    for index, line in enumerate(lines):
        for value in {hit.value for hit in amounts_in(line, index, whole)}:
            counts[value] += 1
    for value in scores:
        scores[value] += REPEAT * min(3, max(0, counts[value] - 1))


def _arithmetic_points(
    value: Decimal, evidence: _Evidence, labelled: Sequence[LabelledAmount] = ()
) -> float:
    """Points for agreeing with cash - change, subtotal + tax, the items' sum, and a total
    above the tip plus the tip."""
    points = 0.0
    tip = evidence.tip
    plus_tip = False
    if tip is not None and tip.value > 0:
        before = [item.hit.value for item in labelled if item.hit.line < tip.line]
        plus_tip = any(base + tip.value == value for base in before if base != tip.value)
        points += PLUS_TIP if plus_tip else 0.0
    tendered, change = evidence.tendered, evidence.change
    if tendered is not None and change is not None and change > 0:
        points += CASH_MINUS_CHANGE if _close(tendered - change, value) else 0.0
    if evidence.tendered is not None and value > evidence.tendered + TOLERANCE and not plus_tip:
        points += MORE_THAN_CASH  # a card charged before the tip was written in is no cash
    tipped_above = _tipped_above(value, evidence, labelled)
    if evidence.subtotal is not None and evidence.tax is not None:
        base = evidence.subtotal.value + evidence.tax.value
        if value != evidence.subtotal.value and _close(base, value, evidence.rounding):
            points += 0.0 if tipped_above else SUBTOTAL_PLUS_TAX
    if evidence.items_sum is not None and _close(evidence.items_sum, value):
        points += ITEMS_SUM
    if not tipped_above and any(abs(gross - value) <= slack for gross, slack in evidence.grosses):
        points += VAT_RATE_AGREES  # (the amount before a tip agrees with its tax, too)
    return points


def _grosses_from_vat(
    lines: Sequence[TextLine], labelled: Sequence[LabelledAmount]
) -> tuple[tuple[Decimal, Decimal], ...]:
    """The totals that the printed VAT implies, each with the slack of the tax's rounding:
    a tax T at rate R% belongs to a total T * (100 + R) / R ("incl. 19% MwSt 180,26" ->
    1129.00), whether the tax was included or added; with several rates, their sum too."""
    found: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for item in labelled:
        rate = _rate(lines[item.hit.line].text) if item.label is Label.TAX else None
        if rate is not None and item.hit.value > 0 and rate not in found:
            factor = (100 + rate) / rate
            found[rate] = (item.hit.value * factor, Decimal("0.006") * factor)
    grosses = list(found.values())
    if len(grosses) > 1:
        grosses.append(
            (sum((g for g, _ in grosses), Decimal(0)), sum((s for _, s in grosses), Decimal(0)))
        )
    return tuple((gross.quantize(Decimal("0.01")), slack) for gross, slack in grosses)


def _rate(text: str) -> Decimal | None:
    """The one VAT or sales tax rate printed on a line ("19,00%", "7.6 %"), if plausible."""
    rates = _RATE.findall(text)
    if len(rates) != 1:
        return None
    rate = Decimal(rates[0].replace(",", "."))
    return rate if Decimal("2") <= rate <= Decimal("30") else None


def _close(expected: Decimal, value: Decimal, rounding: Decimal | None = None) -> bool:
    """Equal, or equal after the printed rounding adjustment."""
    if expected == value:
        return True
    return rounding is not None and rounding != 0 and expected + rounding == value


def _right_most(line: TextLine, index: int, label: Label, whole: bool) -> AmountHit | None:
    hits = amounts_in(line, index, whole)
    if not hits and label in (Label.STRONG_TOTAL, Label.TOTAL) and not whole:
        hits = implied_amounts_in(line, index)
    if not hits:
        return None
    hit = hits[-1]
    if label is Label.ROUNDING or hit.value >= 0:
        return hit
    return AmountHit(**{**hit.__dict__, "value": -hit.value})


def _change(labelled: list[LabelledAmount]) -> Decimal | None:
    """The change given back: the first CHANGE line after a payment line (else the first)."""
    paid = [item.hit.line for item in labelled if item.label is Label.TENDERED]
    changes = [item.hit for item in labelled if item.label is Label.CHANGE]
    after = [hit for hit in changes if paid and hit.line > paid[0]]
    return (after or changes)[0].value if changes else None


def _first(labelled: list[LabelledAmount], label: Label) -> AmountHit | None:
    return next((item.hit for item in labelled if item.label is label), None)


def _paid_after_total(labelled: list[LabelledAmount]) -> list[LabelledAmount]:
    """Without the payment lines printed above the first total line when a payment follows
    it: an article named with a payment word ("Greetings card £2.20", "Gift card") is no
    money handed over. (With no payment below the total, the lines may have been read out
    of order, as RapidOCR reads some receipts turned upside down: kept.)"""
    first = min((item.hit.line for item in labelled if item.label in _TOTALS), default=None)
    if first is None or not any(
        item.label is Label.TENDERED and item.hit.line > first for item in labelled
    ):
        return labelled
    return [item for item in labelled if item.label is not Label.TENDERED or item.hit.line > first]


def _first_value(
    labelled: list[LabelledAmount], label: Label, *, largest: bool = False
) -> Decimal | None:
    values = [item.hit.value for item in labelled if item.label is label]
    if not values:
        return None
    return max(values) if largest else values[0]


def _found(hit: AmountHit | None) -> Found[Decimal] | None:
    if hit is None:
        return None
    return Found(hit.value, round(hit.confidence, 3), hit.boxes)
