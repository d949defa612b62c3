"""The values the command parser produces: intents, slot spans and the parsed command."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from lingassist.core.periods import Period


class Intent(StrEnum):
    """What a person asked for."""

    ADD_EXPENSE = "add_expense"
    ADD_INCOME = "add_income"
    ADD_REFUND = "add_refund"
    SPLIT_EXPENSE = "split_expense"
    QUERY_SPENDING = "query_spending"
    QUERY_BREAKDOWN = "query_breakdown"
    QUERY_SUBSCRIPTIONS = "query_subscriptions"
    SHOW_TRANSACTIONS = "show_transactions"
    BALANCE = "balance"
    SET_BUDGET = "set_budget"
    BUDGET_STATUS = "budget_status"
    DRAFT_PAYMENT = "draft_payment"
    TRANSFER = "transfer"
    RECATEGORIZE = "recategorize"
    UNDO = "undo"
    CANCEL = "cancel"
    HELP = "help"
    OTHER = "other"

    @property
    def writes(self) -> bool:
        """True for intents that change the ledger (or draft a payment)."""
        return self in WRITE_INTENTS


WRITE_INTENTS = frozenset(
    {
        Intent.ADD_EXPENSE,
        Intent.ADD_INCOME,
        Intent.ADD_REFUND,
        Intent.SPLIT_EXPENSE,
        Intent.SET_BUDGET,
        Intent.DRAFT_PAYMENT,
        Intent.TRANSFER,
        Intent.RECATEGORIZE,
        Intent.UNDO,
    }
)

# Entries of money that moved: what a ledger row records (an expense, income, money back, a
# shared cost)
ENTRY_INTENTS = frozenset(
    {Intent.ADD_EXPENSE, Intent.ADD_INCOME, Intent.ADD_REFUND, Intent.SPLIT_EXPENSE}
)

# The questions about the ledger: answered, never written
QUESTION_INTENTS = frozenset(
    {
        Intent.QUERY_SPENDING,
        Intent.QUERY_BREAKDOWN,
        Intent.SHOW_TRANSACTIONS,
        Intent.BALANCE,
        Intent.BUDGET_STATUS,
        Intent.QUERY_SUBSCRIPTIONS,
    }
)


@dataclass(frozen=True)
class Span:
    """Where in the person's text a slot came from.

    Attributes:
        start: index of the first character in the original text.
        end: index just after the last character (``text[start:end] == source``).
        source: the words exactly as written or transcribed ("twelve fifty").
    """

    start: int
    end: int
    source: str

    def within(self, outer: Span) -> bool:
        """True when this span lies inside `outer` (or is it)."""
        return outer.start <= self.start and self.end <= outer.end

    def overlaps(self, other: Span) -> bool:
        """True when this span and `other` share at least one character."""
        return self.start < other.end and other.start < self.end


def without_spans(text: str, spans: Iterable[Span]) -> str:
    """`text` with the words of `spans` blanked out (each run of them replaced by one space),
    to read what else a sentence says besides its slots. Spans may overlap or repeat (an
    amount's span is also its currency's)."""
    covered = [False] * len(text)
    for span in spans:
        covered[span.start : span.end] = [True] * (min(span.end, len(text)) - span.start)
    kept: list[str] = []
    for index, char in enumerate(text):
        if not covered[index]:
            kept.append(char)
        elif index == 0 or not covered[index - 1]:
            kept.append(" ")
    return "".join(kept)


@dataclass(frozen=True)
class ParsedCommand:
    """One utterance understood as an intent with slots; nothing here is guessed.

    Attributes:
        text: the utterance as given (typed or transcribed), unchanged.
        intent: what the person asked for.
        amount: the amount the text names, or None (never invented).
        currency: ISO code named in the text, else the default currency when there is an
            amount, else None. ``"currency" in spans`` tells whether it was said.
        merchant: shop or company ("Blue Bottle", "7-Eleven"), as written or as known.
        payee: person or biller to pay ("Alice Martin").
        category: Plaid PFC v2 detailed code ("FOOD_AND_DRINK_COFFEE") or None.
        account: account named as said ("visa", "cash", "savings"); for a transfer the
            source account.
        to_account: destination account of a transfer.
        date: the day of a write (expense, income, payment), or None (means today).
        period: the period a query or filter covers, or None.
        memo: what it was for ("dinner").
        limit: how many rows were asked for ("last 10").
        min_amount: lower bound of a filter ("over 100 dollars").
        max_amount: upper bound of a filter ("under 20").
        comparison: the period to compare with ("compared to last month").
        threshold: the figure a total is asked against in a yes/no question ("did I go
            over 200 on takeaway this month": 200), never a filter on the transactions.
        split_with: the people an expense is shared with ("split with Tom and Ana"), in
            the order said; the person's own share is the expense, theirs is owed back.
        split_ways: how many people share it, the person included, when the text counts
            them ("split 3 ways", "with 2 friends": 3), else None.
        recurrence: how often a write repeats ("weekly", "monthly", "yearly"), when said.
        kind: the kind of transactions a listing asks for ("expense", "income", "refund",
            "transfer": "show me my refunds this week"), or None for every kind; for a
            total, "refund" ("how much came back in refunds") or None.
        amount_choices: the amounts a write names when they differ and nothing says which
            one it is ("coffee 4.50 and cake 3.20"): the amount is left unset (missing) and
            these are offered in the question, never one picked.
        closest: for an "other" reading, the intent the sentence came closest to (to
            suggest it, never to act on it), or None.
        language: the language the sentence seems to be in ("en", "fr", "vi"...); the
            assistant reads only English so far, so another language means "other".
        missing: slots the intent needs but the text does not give, e.g. ("amount",).
        spans: slot name -> where in `text` it came from.
    """

    text: str
    intent: Intent
    amount: Decimal | None = None
    currency: str | None = None
    merchant: str | None = None
    payee: str | None = None
    category: str | None = None
    account: str | None = None
    to_account: str | None = None
    date: date | None = None
    period: Period | None = None
    memo: str | None = None
    limit: int | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    comparison: Period | None = None
    threshold: Decimal | None = None
    split_with: tuple[str, ...] = ()
    split_ways: int | None = None
    recurrence: str | None = None
    kind: str | None = None
    amount_choices: tuple[Decimal, ...] = ()
    closest: Intent | None = None
    language: str = "en"
    missing: tuple[str, ...] = ()
    spans: Mapping[str, Span] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        object.__setattr__(self, "spans", MappingProxyType(dict(self.spans)))

    @property
    def is_action(self) -> bool:
        """True when executing this command would write (or draft a payment)."""
        return self.intent.writes

    def evolve(self, **changes: object) -> ParsedCommand:
        """A copy with some fields changed (spans are merged, not replaced)."""
        spans = dict(self.spans)
        new_spans = changes.pop("spans", None)
        if isinstance(new_spans, Mapping):
            spans.update(new_spans)
        return replace(self, spans=spans, **changes)  # type: ignore[arg-type]
