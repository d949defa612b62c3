"""Which kind of money movement a listing asks for: "show me my refunds this week", "list
my income for september", "what transfers did I do in august", "show expenses over 65".

The words are the grammar's (English, or French and Vietnamese glossed into it); the
kind is one of `KINDS`, the values of `core.transactions.TransactionKind`, with the span
of the words it came from. Nothing is guessed: a kind said after "not", "except" or
"without" is not asked for, and two different kinds ("income and expenses") are none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lingassist.assistant.date_words import MONTHS
from lingassist.assistant.types import Intent, Span

EXPENSE, INCOME, REFUND, TRANSFER = "expense", "income", "refund", "transfer"
KINDS = (EXPENSE, INCOME, REFUND, TRANSFER)
_INCOME_GROUP = "INCOME"  # the category an income question asks about: all money received

# "payments in", "money in": money received, unless "in" starts a period ("payments in
# october", "payments in this month")
_NOT_A_PERIOD = (
    r"(?!\s+(?:the\s+|this\s+|that\s+|last\s+|next\s+|past\s+|previous\s+|early\s+|late\s+|"
    r"mid\s*-?\s*)?(?:\d|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r"|week|month|year|spring|summer|autumn|fall|winter|weekend|quarter|q[1-4]\b|today|"
    r"yesterday))"
)
_WORDS = {
    REFUND: (
        r"refunds?|refunded|reimbursements?|money\s+back|(?<!tax\s)returns|"
        r"returned\s+(?:items|purchases)"
    ),
    INCOME: (
        r"income|incomes|earnings|(?:payments?|money)\s+(?:coming\s+)?in\b" + _NOT_A_PERIOD
        + r"|incoming\s+(?:payments?|money)|money\s+(?:i\s+)?received"
    ),
    EXPENSE: (
        r"expenses?|outgoings|spending|purchases|(?:payments?|money)\s+(?:going\s+)?out\b"
    ),
    TRANSFER: r"transfers?|transferred",
}  # fmt: skip
_KIND_WORD = re.compile(
    r"\b(?:" + "|".join(f"(?P<{kind}>{words})" for kind, words in _WORDS.items()) + r")\b",
    re.I,
)
# "except transfers", "not the refunds", "without my income": a kind left out, not asked for
_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:not|no|except|excluding|exclude|without|minus|besides|but|"
    r"other\s+than|apart\s+from|aside\s+from|leave\s+out|leaving\s+out)\s+"
    r"(?:the\s+|my\s+|any\s+|all\s+)?\Z",
    re.I,
)


def fill_kind(text: str, intent: Intent, slots: dict[str, object], spans: dict[str, Span]) -> None:
    """The kind a listing asks for, or a total of refunds ("how much did I get back in
    refunds"); other totals keep their own reading (income is an income question already,
    a total is of spending unless said otherwise). Money back is not income: a refund
    total read as an income question ("how much did I receive in refunds") drops the
    income group that reading gave it."""
    if intent not in (Intent.SHOW_TRANSACTIONS, Intent.QUERY_SPENDING):
        return
    found = find_kind(text, [span for name, span in spans.items() if name != "kind"])
    if found is None or (intent is Intent.QUERY_SPENDING and found[0] != REFUND):
        return
    slots["kind"], spans["kind"] = found
    if intent is Intent.QUERY_SPENDING and slots.get("category") == _INCOME_GROUP:
        del slots["category"]
        spans.pop("category", None)


def find_kind(text: str, taken: Iterable[Span] = ()) -> tuple[str, Span] | None:
    """The kind of transaction `text` asks to list, and the span of its words; None when
    it names none, names one only to leave it out, or names two different kinds. Words
    inside `taken` (another slot's span: a merchant "Returns Depot") are not read."""
    taken = tuple(taken)
    found: list[tuple[str, Span]] = []
    for match in _KIND_WORD.finditer(text):
        span = Span(match.start(), match.end(), match.group())
        if any(span.overlaps(other) for other in taken):
            continue
        if _LEFT_OUT_BEFORE.search(text, 0, match.start()):
            continue
        kind = next(name for name in KINDS if match.group(name) is not None)
        found.append((kind, span))
    if not found or len({kind for kind, _ in found}) > 1:
        return None
    return found[0]
