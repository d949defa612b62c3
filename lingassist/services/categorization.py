"""CategoryAdvisor: the categorizer for one ledger, remembering the person's choices.

Its merchant memory (each merchant's categories, with the amounts they were chosen for)
and the person's rules are read from the ledger on first use; every
correction (from the assistant or the ledger table) is learned at once. The rules are read
again after every rule write (`refresh_rules`), and after any other commit to the ledger
(an undo or a redo may bring a rule back or take it away) before the next suggestion. The
model trains in a worker (`warm_up`) on the built-in seed plus the ledger's own categorized
transactions, so what it learned from the person survives a restart; until then, rules,
memory and the seed still answer. When corrections accumulate, a worker calls
`retrain_if_needed`, which trains the same way again.
"""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import event
from sqlalchemy.orm import Session

from lingassist.ledger.database import Database
from lingassist.ledger.repository import merchant_key
from lingassist.ledger.rules_repository import CategorizedLine, list_rules, training_lines

if TYPE_CHECKING:  # the categorizer (NumPy, the seed) loads at the first suggestion
    from lingassist.categorize.categorizer import Categorizer, Suggestion
    from lingassist.categorize.model import Example
    from lingassist.categorize.rules import Rule


class CategoryAdvisor:
    """Suggests categories for one ledger; safe to share between threads."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._categorizer: Categorizer | None = None
        self._lock = threading.Lock()
        self._rules_stale = False
        event.listen(database.sessions, "after_commit", self._ledger_committed)

    def suggest(self, description: str, amount: Decimal | None = None) -> Suggestion:
        """The category for a description (negative amount: money out), and why."""
        return self._ready().categorize(description, amount)

    def learn(
        self, merchant: str, code: str, *, description: str = "", amount: Decimal | None = None
    ) -> None:
        """The person filed `merchant` under `code`: never suggest otherwise for it again."""
        categorizer = self._ready()
        key = categorizer.categorize(merchant).merchant_key or merchant.lower()
        categorizer.learn(key, code, description=description or merchant, amount=amount)

    def warm_up(self) -> None:
        """Train the model on the seed and the ledger's categorized transactions (about
        0.3 s for the seed alone, 3 s with 100,000 transactions): call it from a worker.
        The lines are read once, for the merchant memory and the model both."""
        lines = self._categorized_lines()
        self._ready(lines)
        self._train(lines)

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
        `lines` (read from the ledger when not given)."""
        from lingassist.categorize.categorizer import Categorizer
        from lingassist.categorize.memory import MerchantMemory

        with self._lock:
            if self._categorizer is None:
                choices = merchant_choices(self._categorized_lines() if lines is None else lines)
                self._categorizer = Categorizer(
                    rules=self._stored_rules(),
                    memory=MerchantMemory(choices),
                    train_on_demand=False,
                )
                self._rules_stale = False
            elif self._rules_stale:
                self._rules_stale = False
                rules = self._stored_rules()
                if tuple(rules) != self._categorizer.rules:
                    self._categorizer.set_rules(rules)
            return self._categorizer

    def _stored_rules(self) -> list[Rule]:
        with self._database.sessions() as session:
            return list_rules(session=session)

    def forget_learning(self) -> None:
        """After an undo or redo, what the person chose may be different: read the merchant
        memory from the ledger again (the trained model is kept)."""
        with self._lock:
            if self._categorizer is not None:
                from lingassist.categorize.memory import MerchantMemory

                choices = merchant_choices(self._categorized_lines())
                self._categorizer.replace_memory(MerchantMemory(choices))

    def _ledger_committed(self, _session: Session) -> None:
        """Any commit may have changed the rules (an undo, a redo): re-read them lazily."""
        self._rules_stale = True


def merchant_choices(lines: list[CategorizedLine]) -> list[tuple[str, str, Decimal]]:
    """(merchant key, category code, signed amount) of the categorized transactions that
    name a merchant, oldest first: what the merchant memory is built from."""
    return [
        (merchant_key(line.merchant), line.code, line.amount) for line in lines if line.merchant
    ]


def _examples(lines: list[CategorizedLine]) -> list[Example]:
    """The model's training examples: (description, signed amount, code) of each line."""
    from lingassist.categorize.model import Example

    return [Example(line.description, line.amount, line.code) for line in lines]
