"""Automatic backups: before a migration, before a bulk change and once a day, rotated
(7 daily, 4 weekly, 12 monthly, all of the last day), copied to a second folder; and a
restore that waits for no one but refuses while another process has the home open."""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lingassist.categorize.rules import Condition, Field, Operator, Rule
from lingassist.config import AppPaths, Settings, save_settings
from lingassist.core.errors import UserFacingError
from lingassist.core.home_lock import LOCK_NAME, HomeInUse, alone_in, release
from lingassist.services import backups, rules
from lingassist.services.backup_rotation import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    to_keep,
)
from lingassist.services.context import AppContext, open_home
from lingassist.services.entries import EntryRequest, record_entry
from tests.conftest import TODAY, make_home

pytestmark = pytest.mark.sqlite_only  # about the SQLite ledger file itself

OLD_LEDGER = Path(__file__).parents[1] / "ledger" / "data" / "ledger-0002.sqlite3"
NOW = datetime(2026, 11, 23, 12, 0)


def automatic(context: AppContext) -> list[backups.Backup]:
    return [backup for backup in backups.list_backups(context) if backup.automatic]


def add(context: AppContext, amount: str = "12.50", merchant: str = "Blue Bottle") -> None:
    record_entry(context, EntryRequest(amount=amount, merchant=merchant, date="2026-11-20"))


# rotation --------------------------------------------------------------------------------


def test_two_years_of_hourly_backups_rotate_down_to_the_promised_set() -> None:
    created = [NOW - timedelta(hours=hours) for hours in range(2 * 365 * 24)]
    kept = sorted(created[index] for index in to_keep(created, NOW))
    last_day = [when for when in kept if NOW - when < timedelta(days=1)]
    older = [when for when in kept if NOW - when >= timedelta(days=1)]
    assert len(last_day) == 24  # every backup younger than a day
    assert len({when.date() for when in older}) == len(older)  # one a day at most
    assert NOW - min(kept) < timedelta(days=KEEP_MONTHLY * 31)  # a year back, no further
    assert NOW - min(kept) > timedelta(days=(KEEP_MONTHLY - 1) * 28)
    assert len(kept) <= 24 + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY


@given(
    st.lists(st.datetimes(min_value=datetime(2024, 1, 1), max_value=NOW), min_size=1, max_size=60)
)
def test_rotation_always_keeps_the_newest_and_one_per_recent_month(
    created: list[datetime],
) -> None:
    kept = to_keep(created, NOW)
    assert max(created) in {created[i] for i in kept}
    months = sorted({(when.year, when.month) for when in created}, reverse=True)
    kept_months = {(created[i].year, created[i].month) for i in kept}
    assert set(months[:KEEP_MONTHLY]) <= kept_months


def test_rotation_removes_only_automatic_backups(context: AppContext) -> None:
    add(context)
    folder = backups.backups_folder(context.paths)
    mine = backups.make_backup(context)
    for days in range(40):  # forty daily backups, made "days" ago
        made = backups.back_up_ledger(context.paths, prefix="auto-daily")
        stamp = (NOW - timedelta(days=days)).strftime(backups.STAMP)
        made.path.rename(folder / f"auto-daily-{stamp}.sqlite3")
    dropped = backups.rotate(folder, NOW)
    remaining = sorted(folder.glob("auto-*.sqlite3"))
    assert mine.path.exists()
    assert len(dropped) == 40 - len(remaining)
    assert len(remaining) <= 1 + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    assert len(remaining) >= KEEP_DAILY + 1


# when LingAssist backs up by itself ---------------------------------------------------------


def test_an_old_ledger_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "home").ensure()
    save_settings(paths, Settings(default_currency="EUR"))
    shutil.copyfile(OLD_LEDGER, paths.database)
    context = open_home(paths.home, today=lambda: TODAY)
    made = automatic(context)
    assert [backup.reason for backup in made] == ["before migration"]
    assert made[0].transactions > 0  # the old ledger's data, as it was before the migration
    open_home(paths.home, today=lambda: TODAY)  # already migrated: no second backup
    assert len(automatic(context)) == 1


def test_a_new_or_current_ledger_gets_no_migration_backup(context: AppContext) -> None:
    add(context)
    open_home(context.paths.home, today=lambda: TODAY)
    assert automatic(context) == []


def test_the_daily_backup_is_made_once_a_day_and_only_for_a_ledger_with_data(
    context: AppContext,
) -> None:
    assert backups.daily_backup_if_due(context, NOW) is None  # nothing to keep yet
    add(context)
    first = backups.daily_backup_if_due(context, datetime.now())
    assert first is not None and first.reason == "daily" and first.transactions == 1
    assert backups.daily_backup_if_due(context, datetime.now() + timedelta(hours=23)) is None
    later = backups.daily_backup_if_due(context, datetime.now() + timedelta(hours=25))
    assert later is not None


def test_applying_a_rule_to_past_entries_backs_up_first(context: AppContext) -> None:
    add(context)
    rule = Rule(
        "Beans",
        (Condition(Field.MERCHANT, Operator.CONTAINS, "Blue Bottle"),),
        "FOOD_AND_DRINK_GROCERIES",
    )
    rules.add_rule(context, rule)  # stored, not applied: no bulk change
    assert automatic(context) == []
    rules.add_rule_and_apply(context, replace(rule, name="Beans 2"), apply=True)
    made = automatic(context)
    assert [backup.reason for backup in made] == ["before rule"]
    assert made[0].transactions == 1


def test_every_automatic_backup_is_copied_to_the_second_folder(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    second = tmp_path / "usb-disk" / "lingassist"
    context = make_home(tmp_path / "home")
    settings = context.settings.with_changes(second_backup_folder=str(second))
    add(context)
    made = backups.automatic_backup(context.paths, settings, backups.DAILY)
    copy = second / made.path.name
    assert copy.read_bytes() == made.path.read_bytes()
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    assert not list(second.glob("*.part"))

    unplugged = settings.with_changes(second_backup_folder=str(tmp_path / "a-file"))
    (tmp_path / "a-file").write_text("not a folder")
    with caplog.at_level(logging.WARNING):
        again = backups.automatic_backup(context.paths, unplugged, backups.DAILY)
    assert again.path.exists()  # the backup itself is made all the same
    assert "second backup folder" in caplog.text


# restore and the other processes ------------------------------------------------------------


def test_a_restore_backs_up_the_current_state_automatically(context: AppContext) -> None:
    add(context)
    mine = backups.make_backup(context)
    add(context, "3.20", "Costa")
    restored, safety = backups.restore_backup(context, mine.path)
    assert safety.reason == "before restore" and safety.transactions == 2
    assert backups.current_transactions(context) == 1
    release(context.paths.home)


def test_a_restore_is_refused_while_another_process_has_the_home_open(
    context: AppContext,
) -> None:
    add(context)
    mine = backups.make_backup(context)
    add(context, "3.20", "Costa")
    other = os.open(context.paths.home / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(other, fcntl.LOCK_SH)  # what an open window (another process) holds
    try:
        with pytest.raises(HomeInUse, match="open on .* in another window"):
            backups.restore_backup(context, mine.path)
        assert backups.current_transactions(context) == 2  # nothing changed
        assert [backup for backup in backups.list_backups(context) if backup.automatic] == []
    finally:
        os.close(other)
        release(context.paths.home)
    backups.restore_backup(context, mine.path)  # the window closed: now it may
    assert backups.current_transactions(context) == 1
    release(context.paths.home)


def test_a_home_held_alone_makes_others_wait_and_is_shared_again_after(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    with alone_in(home):
        other = os.open(home / LOCK_NAME, os.O_RDWR)
        with pytest.raises(BlockingIOError):
            fcntl.flock(other, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.flock(other, fcntl.LOCK_SH | fcntl.LOCK_NB)  # shared again: others may open it
    os.close(other)
    release(home)
    assert isinstance(HomeInUse("x"), UserFacingError)
