"""CategoryAdvisor: the categorizer for one ledger, remembering the person's filings.

Its merchant memory is the ledger's own: every categorized transaction, filed under the
one merchant key (`categorize.normalize.key_of`) of its merchant (or, without one, of its
description), in the order the person filed them (when each was last written), plus the
categories the person gave merchants themselves ("put Woolworths under clothing"). It is
read on first use, and after any commit to the ledger the transactions written since are
read again before the next suggestion: an entry added with a category, a receipt or voice
card confirmed, a category changed in the ledger table or by the assistant, an import,
each teaches memory the same way, from what was written. An undo or a redo reads it
anew (`forget_learning`).

The rules are read again after every rule write (`refresh_rules`), and after any other
commit (an undo or a redo may bring a rule back or take it away) before the next
suggestion. The model trains in a worker (`warm_up`) on the built-in seed plus the
ledger's own categorized transactions, so what it learned from the person survives a
restart; until then, rules, memory and the seed still answer. When corrections
accumulate, a worker calls `retrain_if_needed`, which trains the same way again.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from lingassist.ledger.database import Database
from lingassist.ledger.recategorize import merchant_categories
from lingassist.ledger.rules_repository import (
    UNCATEGORIZED_CODES,
    CategorizedLine,
    categorized_lines,
    list_rules,
    training_lines,
)

if TYPE_CHECKING:  # the categorizer (NumPy, the seed) loads at the first suggestion
    from lingassist.categorize.categorizer import Categorizer, Suggestion
    from lingassist.categorize.memory import Filing, MerchantMemory
    from lingassist.categorize.model import Example
    from lingassist.categorize.rules import Rule


class CategoryAdvisor:
    """Suggests categories for one ledger; safe to share between threads."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._categorizer: Categorizer | None = None
        self._lock = threading.Lock()
        self._rules_stale = False
        self._memory_stale = False
        self._read_up_to: datetime | None = None  # the latest `filed` memory has read
        database.sessions.on_commit(self._ledger_committed)

    def suggest(self, description: str, amount: Decimal | None = None) -> Suggestion:
        """The category for a description (negative amount: money out), and why."""
        return self._ready().categorize(description, amount)

    def suggest_many(self, items: Iterable[tuple[str, Decimal | None]]) -> list[Suggestion]:
        """`suggest` for many (description, amount) pairs, such as a bank file's lines: the
        categorizer is brought up to date once for all of them, and each line gets the
        answer `suggest` would give it."""
        categorizer = self._ready()
        return [categorizer.categorize(description, amount) for description, amount in items]

    def learn(
        self, merchant: str, code: str, *, description: str = "", amount: Decimal | None = None
    ) -> None:
        """The person filed `merchant` under `code`: it counts towards retraining, and
        memory reads the filing from the ledger (where it is written) before the next
        suggestion."""
        self._ready().note_correction(code, description=description or merchant, amount=amount)
        self._memory_stale = True

    def warm_up(self) -> None:
        """Train the model on the seed and the ledger's categorized transactions (about
        0.3 s for the seed alone, 3 s with 100,000 transactions): call it from a worker.
        The lines are read once, for the merchant memory and the model both."""
        with self._database.sessions() as session:
            lines = categorized_lines(session=session, filing_order=True)
        self._ready(lines)
        self._train([line for line in lines if line.code not in UNCATEGORIZED_CODES])

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The rules in use, in the order they are tried."""
        return self._ready().rules

    def refresh_rules(self) -> None:
        """Read the rules from the ledger again (call after writing one)."""
        with self._lock:
            if self._categorizer is not None:
                self._categorizer.set_rules(self._stored_rules())
                self._rules_stale = False

    @property
    def retrain_needed(self) -> bool:
        """True when enough corrections arrived since the model was last trained."""
        return self._ready().retrain_needed

    def retrain_if_needed(self, *, force: bool = False) -> bool:
        """Retrain the model on the seed and the ledger's categorized transactions when
        corrections have accumulated (or `force`); True when it did. Slow: run it in a
        worker; suggestions keep coming from the old model until the new one is ready."""
        if not (force or self.retrain_needed):
            return False
        self._train(self._categorized_lines())
        return True

    def training_examples(self) -> list[Example]:
        """(description, signed amount, code) of every categorized transaction."""
        return _examples(self._categorized_lines())

    def _train(self, lines: list[CategorizedLine]) -> None:
        """Train on the seed and `lines`, then use the new model (slow: a worker's job)."""
        from lingassist.categorize.model import train_with_seed

        model = train_with_seed(_examples(lines))
        with self._lock:
            assert self._categorizer is not None
            self._categorizer.set_model(model)

    def _categorized_lines(self) -> list[CategorizedLine]:
        with self._database.sessions() as session:
            return training_lines(session=session)

    def _ready(self, lines: list[CategorizedLine] | None = None) -> Categorizer:
        """The categorizer, built on first use from the rules and the merchant memory of
        `lines` (read from the ledger when not given), and brought up to date with what
        was written since."""
        from lingassist.categorize.categorizer import Categorizer

        with self._lock:
            if self._categorizer is None:
                self._memory_stale = self._rules_stale = False
                self._categorizer = Categorizer(
                    rules=self._stored_rules(),
                    memory=self._memory(lines),
                    train_on_demand=False,
                )
            elif self._rules_stale:
                self._rules_stale = False
                rules = self._stored_rules()
                if tuple(rules) != self._categorizer.rules:
                    self._categorizer.set_rules(rules)
            if self._memory_stale:
                self._memory_stale = False
                self._catch_up(self._categorizer)
            return self._categorizer

    def _memory(self, lines: list[CategorizedLine] | None) -> MerchantMemory:
        """A merchant memory of the ledger's filings (of `lines` in filing order, when
        given)."""
        from lingassist.categorize.memory import MerchantMemory

        with self._database.sessions() as session:
            own = merchant_categories(session=session)
            if lines is None:
                lines = categorized_lines(session=session, filing_order=True)
        self._read_up_to = max((line.filed for line in lines if line.filed), default=None)
        filed = filings([line for line in lines if line.code not in UNCATEGORIZED_CODES])
        keys = {filing.key for filing in filed}
        alone = [f for f in _merchant_filings(own) if f.key not in keys]
        return MerchantMemory([*alone, *filed])

    def _catch_up(self, categorizer: Categorizer) -> None:
        """Read the transactions written since memory last looked into memory."""
        with self._database.sessions() as session:
            lines = categorized_lines(session=session, since=self._read_up_to, filing_order=True)
        filed = [line for line in lines if line.code not in UNCATEGORIZED_CODES]
        unfiled = [line.id for line in lines if line.code in UNCATEGORIZED_CODES]
        categorizer.remember(filings(filed), unfiled)
        latest = max((line.filed for line in lines if line.filed), default=None)
        if latest is not None:
            self._read_up_to = max(latest, self._read_up_to or latest)

    def _stored_rules(self) -> list[Rule]:
        with self._database.sessions() as session:
            return list_rules(session=session)

    def forget_learning(self) -> None:
        """After an undo or redo, what the person chose may be different: read the merchant
        memory from the ledger again (the trained model is kept)."""
        with self._lock:
            if self._categorizer is not None:
                self._memory_stale = False
                self._categorizer.replace_memory(self._memory(None))

    def _ledger_committed(self) -> None:
        """Any commit may have changed the rules (an undo, a redo) or filed transactions:
        re-read them lazily."""
        self._rules_stale = True
        self._memory_stale = True


def filings(lines: list[CategorizedLine]) -> list[Filing]:
    """The person's filings in `lines` (given in the order they were made): each
    transaction's category under the merchant key of its merchant (or of its description,
    when it names none), from the form the name was written in ("POS 4411 WOOLWORTHS CAPE
    TOWN" and "Woolworths" are both "woolworths")."""
    from lingassist.categorize.memory import Filing
    from lingassist.categorize.normalize import normalize

    days = _LocalDays()
    found = []
    for line in lines:
        descriptor = normalize(line.merchant or line.description)
        day = days.of(line.filed) or line.date
        found.append(
            Filing(descriptor.key, line.code, line.amount, day, line.id, descriptor.merchant)
        )
    return found


def _merchant_filings(own: list[tuple[int, str, str]]) -> list[Filing]:
    """The categories the person gave merchants themselves ("put Woolworths under
    clothing", kept in the merchants table under the key of the name as first written),
    as filings older than any transaction."""
    from lingassist.categorize.memory import Filing
    from lingassist.categorize.normalize import normalize

    return [
        Filing(normalize(name).key, code, ident=f"merchant {merchant_id}", name=name)
        for merchant_id, name, code in own
    ]


class _LocalDays:
    """The person's day of moments stored in UTC (the offset looked up once an hour)."""

    def __init__(self) -> None:
        self._offsets: dict[tuple[int, int, int, int], timedelta] = {}

    def of(self, moment: datetime | None) -> date | None:
        if moment is None:
            return None
        hour = (moment.year, moment.month, moment.day, moment.hour)
        offset = self._offsets.get(hour)
        if offset is None:
            utc = datetime(*hour, tzinfo=UTC)
            offset = self._offsets[hour] = utc.astimezone().utcoffset() or timedelta()
        return (moment.replace(tzinfo=None) + offset).date()


def _examples(lines: list[CategorizedLine]) -> list[Example]:
    """The model's training examples: (description, signed amount, code) of each line."""
    from lingassist.categorize.model import Example

    return [Example(line.description, line.amount, line.code) for line in lines]
