"""Any sequence of add / edit / delete / bulk add / undo / redo keeps the ledger balanced,
balances equal to the sum of postings, and undo/redo land on exactly the earlier states."""

from __future__ import annotations

import shutil
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select

from lingassist.core.errors import NothingToUndo
from lingassist.core.money import Money
from lingassist.core.transactions import NewTransaction, Posting
from lingassist.ledger import journal
from lingassist.ledger.bulk import bulk_add_transactions
from lingassist.ledger.reports import account_balances
from lingassist.ledger.repository import (
    add_transaction,
    delete_transaction,
    edit_transaction,
    money_accounts,
    resolve_category,
)
from lingassist.ledger.tables import accounts, postings, transactions
from lingassist.services.context import open_home
from tests.conftest import TODAY, make_home

amounts = st.integers(min_value=-50_000, max_value=500_000).filter(bool)
days = st.dates(min_value=date(2025, 1, 1), max_value=TODAY)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("template")
    # closed now, so its write-ahead log is folded in before any copy: left open, the log
    # could vanish while a copy was listing the folder (one full run failed that way)
    make_home(home).database.close()
    return home


def ledger_state(session) -> frozenset:  # type: ignore[no-untyped-def]
    """Every transaction with its postings, comparable across undo/redo."""
    legs = defaultdict(list)
    for row in session.execute(select(postings)):
        legs[row.transaction_id].append((row.account_id, row.amount_minor, row.currency, row.date))
    return frozenset(
        (row.id, row.date, row.memo, row.merchant_id, tuple(sorted(legs[row.id])))
        for row in session.execute(select(transactions))
    )


class LedgerMachine(RuleBasedStateMachine):
    home_template: Path
    workdir: Path

    @initialize()
    def open_copy(self) -> None:
        home = self.workdir / f"home{id(self)}"
        shutil.rmtree(home, ignore_errors=True)
        shutil.copytree(self.home_template, home)
        self.context = open_home(home, today=lambda: TODAY)
        with self.context.database.sessions() as session:
            self.money_ids = [a.id for a in money_accounts(session=session)]
            self.category_ids = [
                resolve_category(code, session=session).account_id
                for code in ("FOOD_AND_DRINK_COFFEE", "RENT_AND_UTILITIES_RENT", "INCOME_SALARY")
            ]
            self.history = [ledger_state(session)]
        self.position = 0
        self.ids: list[int] = []

    def teardown(self) -> None:
        context = getattr(self, "context", None)
        if context is not None:  # each example's copy closed, as the template is
            context.database.close()

    def _write(self, label: str, action) -> None:  # type: ignore[no-untyped-def]
        with self.context.database.sessions.begin() as session:
            change = journal.begin_change(session, label)
            action(session, change)
            state = ledger_state(session)
        self.history = [*self.history[: self.position + 1], state]
        self.position += 1

    def _new(self, cents: int, day: date, money_index: int, category_index: int) -> NewTransaction:
        amount = Money.from_minor(cents, "EUR")
        return NewTransaction(
            date=day,
            description="test",
            postings=(
                Posting(self.category_ids[category_index % 3], amount),
                Posting(self.money_ids[money_index % len(self.money_ids)], -amount),
            ),
            merchant=f"Shop {cents % 7}",
        )

    @rule(cents=amounts, day=days, money=st.integers(0, 5), category=st.integers(0, 5))
    def add(self, cents: int, day: date, money: int, category: int) -> None:
        new = self._new(cents, day, money, category)
        self._write("add", lambda s, c: self.ids.append(add_transaction(new, session=s, change=c)))

    @rule(items=st.lists(st.tuples(amounts, days), min_size=1, max_size=4))
    def bulk_add(self, items: list[tuple[int, date]]) -> None:
        batch = [self._new(cents, day, i, i) for i, (cents, day) in enumerate(items)]
        self._write(
            "bulk", lambda s, c: self.ids.extend(bulk_add_transactions(batch, session=s, change=c))
        )

    @precondition(lambda self: self._existing())
    @rule(
        pick=st.integers(0, 1000),
        cents=amounts,
        day=days,
        memo=st.text(max_size=5),
        merchant=st.sampled_from(["", "Shop 1", "Brand new shop", "Another new shop"]),
    )
    def edit(self, pick: int, cents: int, day: date, memo: str, merchant: str) -> None:
        target = self._existing()[pick % len(self._existing())]
        legs = self._new(cents, day, pick, pick).postings
        self._write(
            "edit",
            lambda s, c: edit_transaction(
                target,
                session=s,
                change=c,
                day=day,
                memo=memo,
                merchant=merchant,
                new_postings=legs,
            ),
        )

    @precondition(lambda self: self._existing())
    @rule(pick=st.integers(0, 1000))
    def delete(self, pick: int) -> None:
        target = self._existing()[pick % len(self._existing())]
        self._write("delete", lambda s, c: delete_transaction(target, session=s, change=c))

    @rule()
    def undo(self) -> None:
        with self.context.database.sessions.begin() as session:
            if self.position == 0:
                with pytest.raises(NothingToUndo):
                    journal.undo(session)
                return
            journal.undo(session)
            self.position -= 1
            assert ledger_state(session) == self.history[self.position]

    @rule()
    def redo(self) -> None:
        with self.context.database.sessions.begin() as session:
            if self.position == len(self.history) - 1:
                with pytest.raises(NothingToUndo):
                    journal.redo(session)
                return
            journal.redo(session)
            self.position += 1
            assert ledger_state(session) == self.history[self.position]

    @invariant()
    def matches_history_and_balances(self) -> None:
        if not hasattr(self, "context"):
            return
        with self.context.database.sessions() as session:
            assert ledger_state(session) == self.history[self.position]
            sums: dict[tuple[int, str], int] = defaultdict(int)
            per_transaction: dict[tuple[int, str], int] = defaultdict(int)
            for row in session.execute(select(postings)):
                sums[(row.account_id, row.currency)] += row.amount_minor
                per_transaction[(row.transaction_id, row.currency)] += row.amount_minor
            assert all(total == 0 for total in per_transaction.values())
            names = dict(session.execute(select(accounts.c.name, accounts.c.id)).all())
            for balance in account_balances(session=session):
                raw = Decimal(sums.get((names[balance.name], balance.currency), 0)) / 100
                assert balance.balance == (raw if balance.type.value == "asset" else -raw)

    def _existing(self) -> list[int]:
        with self.context.database.sessions() as session:
            return list(session.scalars(select(transactions.c.id).order_by(transactions.c.id)))


def test_journal_keeps_the_ledger_consistent(template: Path, tmp_path: Path) -> None:
    LedgerMachine.home_template = template
    LedgerMachine.workdir = tmp_path
    runner = LedgerMachine.TestCase
    runner.settings = settings(
        max_examples=25,
        stateful_step_count=20,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    runner().runTest()
