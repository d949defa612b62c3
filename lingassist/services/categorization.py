"""CategoryAdvisor: the categorizer for one ledger, remembering the person's choices.

Its merchant memory is read from the ledger on first use; every correction (from the
assistant or the ledger table) is learned at once. The model trains on the built-in seed
in a worker (`warm_up`); until then, rules, memory and the seed still answer.
"""

from __future__ import annotations

import threading
from decimal import Decimal

from lingassist.categorize.categorizer import Categorizer, Suggestion
from lingassist.categorize.memory import MerchantMemory
from lingassist.ledger.database import Database
from lingassist.ledger.queries import merchant_category_pairs


class CategoryAdvisor:
    """Suggests categories for one ledger; safe to share between threads."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._categorizer: Categorizer | None = None
        self._lock = threading.Lock()

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
        """Train the model on the seed (about half a second): call it from a worker."""
        self._ready().warm_up()

    def _ready(self) -> Categorizer:
        with self._lock:
            if self._categorizer is None:
                with self._database.sessions() as session:
                    pairs = merchant_category_pairs(session=session)
                self._categorizer = Categorizer(memory=MerchantMemory(pairs))
            return self._categorizer
