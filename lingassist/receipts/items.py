"""Purchased articles: the lines above the subtotal/total that end in an amount."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from lingassist.receipts.amounts import amounts_in, fix_digits
from lingassist.receipts.draft import LineItem, TextLine
from lingassist.receipts.labels import Label, line_label
from lingassist.receipts.text import has_any, letter_tokens

_QUANTITY = re.compile(
    r"(?<![\d.,])(\d{1,3})\s?[xX*@×](?=\s?[\dA-Za-z])|(?<![\d.\w])[xX×]\s?(\d{1,3})\b"
)
_CODE_OR_NUMBER = re.compile(r"\b[\dA-Z]*\d[\dA-Z]*\b|[^\w\s&'/()%-]")
ENDS_ITEMS = (Label.SUBTOTAL, Label.TOTAL, Label.STRONG_TOTAL, Label.TAX, Label.TENDERED)
HEADER = ("DESCRIPTION", "QTY", "PRICE", "ITEM", "AMOUNT", "DESC", "ARTIKEL")
MAX_ITEMS = 60


def read_items(lines: Sequence[TextLine], whole: bool = False) -> tuple[LineItem, ...]:
    """The articles printed between the header and the first total-like line (`whole`:
    amounts are printed without a minor unit)."""
    start, end = _item_region(lines)
    items: list[LineItem] = []
    for index in range(start, end):
        item = _item(lines, index, start, whole)
        if item is not None:
            items.append(item)
    return tuple(items[:MAX_ITEMS])


def items_sum(items: Sequence[LineItem]) -> Decimal | None:
    """The sum of the items' amounts, or None without items."""
    return sum((item.amount for item in items), Decimal(0)) if items else None


def _item_region(lines: Sequence[TextLine]) -> tuple[int, int]:
    """Index of the first item line and one past the last one."""
    headers = [i for i in range(len(lines) * 2 // 3) if _is_header(lines[i].text)]
    start = headers[-1] + 1 if headers else 0
    end = next(
        (i for i in range(start, len(lines)) if line_label(lines[i].text) in ENDS_ITEMS),
        len(lines),
    )
    return start, end


def _is_header(text: str) -> bool:
    return sum(1 for word in HEADER if has_any(text, (word,))) >= 2 and not amounts_in(
        TextLine(text), 0
    )


def _item(lines: Sequence[TextLine], index: int, start: int, whole: bool) -> LineItem | None:
    """The article on line `index`, its name taken from a neighbour when it has none."""
    line = lines[index]
    hits = amounts_in(line, index, whole)
    if not hits or line_label(line.text) is not Label.OTHER or hits[-1].value <= 0:
        return None
    description = _description(line.text[: hits[0].start])
    if len(description) < 3:
        description = _neighbour_description(lines, index, start)
    if len(description) < 3:
        return None
    return LineItem(description, _quantity(line.text), hits[-1].value)


def _description(text: str) -> str:
    """The words of a line without codes, numbers and stray symbols."""
    words = _CODE_OR_NUMBER.sub(" ", fix_digits(text)).split()
    words = [word for word in words if sum(c.isalpha() for c in word) >= 2 or word == "&"]
    return " ".join(words)


def _neighbour_description(lines: Sequence[TextLine], index: int, start: int) -> str:
    """The name printed on its own line next to an amount-only line (below, else above)."""
    for other in (index + 1, index - 1):
        if start <= other < len(lines) and not amounts_in(lines[other], other):
            text = _description(lines[other].text)
            if len(letter_tokens(text)) >= 1 and len(text) >= 3:
                return text
    return ""


def _quantity(text: str) -> Decimal | None:
    match = _QUANTITY.search(fix_digits(text))
    if not match:
        return None
    value = Decimal(match.group(1) or match.group(2))
    return value if value > 0 else None
