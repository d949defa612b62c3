"""The demo ledger: a realistic, balanced, deterministic year that undo cannot remove."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from lingassist.config import AppPaths, Settings, load_settings, save_settings
from lingassist.core.errors import NothingToUndo, UserFacingError
from lingassist.ledger.reports import account_balances
from lingassist.services import demo_catalog
from lingassist.services.context import AppContext, open_home
from lingassist.services.demo import DemoSummary, generate_demo, open_demo
from lingassist.services.entries import undo_last

pytestmark = pytest.mark.sqlite_only  # about the SQLite ledger file itself

TODAY = date(2026, 11, 23)


def _home(folder: Path) -> AppContext:
    """A fresh EUR home whose clock says TODAY."""
    save_settings(AppPaths(folder), Settings(default_currency="EUR"))
    return open_home(folder, today=lambda: TODAY)


def _scalar(context: AppContext, sql: str) -> object:
    with context.database.sessions() as session:
        return session.execute(text(sql)).scalar()


def _fingerprint(context: AppContext) -> list[tuple[object, ...]]:
    """Per account: number of postings and their total, for comparing two ledgers."""
    sql = """
        SELECT a.name, count(*), sum(p.amount_minor), sum(abs(p.amount_minor))
        FROM postings p JOIN accounts a ON a.id = p.account_id
        GROUP BY a.name ORDER BY a.name
    """
    with context.database.sessions() as session:
        return [tuple(row) for row in session.execute(text(sql))]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[AppContext, DemoSummary]:
    context = _home(tmp_path_factory.mktemp("demo"))
    return context, generate_demo(context)


def test_counts_are_realistic(demo: tuple[AppContext, DemoSummary]) -> None:
    context, summary = demo
    assert 1_350 <= summary.transactions <= 1_700
    assert _scalar(context, "SELECT count(*) FROM transactions") == summary.transactions
    assert summary.merchants >= 110
    assert (summary.accounts, summary.budgets, summary.payees) == (
        4,
        len(demo_catalog.BUDGETS),
        len(demo_catalog.PAYEES),
    )
    assert (summary.first_date, summary.last_date) == (date(2025, 11, 23), TODAY)
    assert _scalar(context, "SELECT count(*) FROM budgets") == len(demo_catalog.BUDGETS)
    assert _scalar(context, "SELECT count(*) FROM payees") == len(demo_catalog.PAYEES)


def test_every_transaction_balances(demo: tuple[AppContext, DemoSummary]) -> None:
    context, _ = demo
    unbalanced = """
        SELECT count(*) FROM (
            SELECT transaction_id FROM postings GROUP BY transaction_id, currency
            HAVING sum(amount_minor) != 0
        )
    """
    assert _scalar(context, unbalanced) == 0
    assert _scalar(context, "SELECT count(DISTINCT currency) FROM postings") == 1
    lonely = """
        SELECT count(*) FROM (
            SELECT 1 FROM postings GROUP BY transaction_id HAVING count(*) < 2
        )
    """
    assert _scalar(context, lonely) == 0


def test_checking_and_cash_never_go_negative_at_a_month_end(
    demo: tuple[AppContext, DemoSummary],
) -> None:
    context, _ = demo
    month_ends = [
        date(year, month, monthrange(year, month)[1])
        for year, month in [(2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 11)]
    ]
    with context.database.sessions() as session:
        for day in [*month_ends, TODAY]:
            balances = {b.name: b.balance for b in account_balances(session=session, on=day)}
            assert balances["Checking"] > 0, day
            assert balances["Cash"] >= 0, day


def test_only_the_last_days_card_purchases_are_pending(
    demo: tuple[AppContext, DemoSummary],
) -> None:
    context, _ = demo
    with context.database.sessions() as session:
        pending = session.execute(
            text("SELECT date, status, source FROM transactions WHERE status != 'cleared'")
        ).all()
    assert pending, "the last days should hold some pending card purchases"
    assert {row.status for row in pending} == {"pending"}
    assert min(date.fromisoformat(str(row.date)) for row in pending) > TODAY - timedelta(days=3)
    assert _scalar(context, "SELECT count(*) FROM transactions WHERE source != 'import'") == 0


def test_the_same_seed_gives_the_same_ledger(
    demo: tuple[AppContext, DemoSummary], tmp_path: Path
) -> None:
    context, summary = demo
    again = _home(tmp_path / "again")
    assert generate_demo(again) == summary
    assert _fingerprint(again) == _fingerprint(context)
    other = _home(tmp_path / "other")
    generate_demo(other, seed=8)
    assert _fingerprint(other) != _fingerprint(context)


def test_progress_goes_from_zero_to_one(tmp_path: Path) -> None:
    seen: list[float] = []
    generate_demo(_home(tmp_path), progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_a_ledger_with_transactions_is_refused(demo: tuple[AppContext, DemoSummary]) -> None:
    context, summary = demo
    with pytest.raises(UserFacingError):
        generate_demo(context)
    assert _scalar(context, "SELECT count(*) FROM transactions") == summary.transactions


def test_undo_cannot_remove_the_demo(demo: tuple[AppContext, DemoSummary]) -> None:
    context, _ = demo
    with pytest.raises(NothingToUndo):
        undo_last(context)


def test_open_demo_generates_once_per_month(tmp_path: Path) -> None:
    first = open_demo(tmp_path, today=lambda: TODAY)
    count = _scalar(first, "SELECT count(*) FROM transactions")
    assert 1_350 <= count <= 1_700  # type: ignore[operator]
    assert first.settings.default_currency == "EUR"
    assert first.settings.demo_generated_on == TODAY.isoformat()

    again = open_demo(tmp_path, today=lambda: TODAY + timedelta(days=5))
    assert _scalar(again, "SELECT count(*) FROM transactions") == count
    assert _fingerprint(again) == _fingerprint(first)

    next_month = date(2026, 12, 2)
    renewed = open_demo(tmp_path, today=lambda: next_month)
    assert 1_350 <= _scalar(renewed, "SELECT count(*) FROM transactions") <= 1_700  # type: ignore[operator]
    latest = "SELECT max(date) FROM transactions WHERE source = 'import'"  # not the due payment
    assert _scalar(renewed, latest) == next_month.isoformat()
    stored = load_settings(AppPaths(tmp_path))
    assert (stored.default_currency, stored.default_account, stored.locale) == (
        "EUR",
        "Checking",
        "en_IE",
    )
    assert stored.demo_generated_on == next_month.isoformat()
    with pytest.raises(NothingToUndo):
        undo_last(renewed)


def test_open_demo_refuses_a_home_that_holds_a_real_ledger(tmp_path: Path) -> None:
    home = tmp_path / "real"
    save_settings(AppPaths(home), Settings(default_currency="GBP", locale="en_GB"))
    real = open_home(home, today=lambda: TODAY)
    with real.database.sessions.begin() as session:
        session.execute(text("CREATE TABLE mine (note TEXT)"))
        session.execute(text("INSERT INTO mine VALUES ('my own data')"))
    real.database.close()
    files_before = sorted(p.name for p in home.iterdir())
    settings_before = AppPaths(home).settings.read_bytes()

    with pytest.raises(UserFacingError) as refused:
        open_demo(home, today=lambda: TODAY)

    message = str(refused.value)
    assert str(home) in message and "empty folder" in message and "--home" in message
    assert sorted(p.name for p in home.iterdir()) == files_before
    assert AppPaths(home).settings.read_bytes() == settings_before
    again = open_home(home, today=lambda: TODAY)
    assert again.settings.default_currency == "GBP"
    assert _scalar(again, "SELECT note FROM mine") == "my own data"


def test_open_demo_refuses_a_folder_with_other_files(tmp_path: Path) -> None:
    (tmp_path / "thesis.txt").write_text("not a ledger", encoding="utf-8")
    with pytest.raises(UserFacingError, match="empty folder"):
        open_demo(tmp_path, today=lambda: TODAY)
    assert [p.name for p in tmp_path.iterdir()] == ["thesis.txt"]


def test_open_demo_fills_a_new_or_empty_folder(tmp_path: Path) -> None:
    for folder in (tmp_path / "new" / "demo", tmp_path / "empty"):
        if folder.name == "empty":
            folder.mkdir()
        context = open_demo(folder, today=lambda: TODAY)
        assert context.settings.demo_generated_on == TODAY.isoformat()
        assert _scalar(context, "SELECT count(*) FROM transactions") > 1_000  # type: ignore[operator]
        context.database.close()
