"""Which automatic backups to keep: all of the last day, then one a day, a week, a month.

The newest backup of each of the 7 most recent days that have one is kept, of each of the
4 most recent ISO weeks, and of each of the 12 most recent months (the scheme of
``borg prune --keep-daily 7 --keep-weekly 4 --keep-monthly 12``); so is every backup
younger than a day, so that the copy made before this morning's bulk change survives the
one made before this afternoon's. Backups the person made themselves are never rotated.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import datetime, timedelta

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_ALL_WITHIN = timedelta(days=1)


def to_keep(created: Sequence[datetime], now: datetime) -> set[int]:
    """The indexes in `created` (when each backup was made) of the backups to keep."""
    kept = {index for index, when in enumerate(created) if now - when < KEEP_ALL_WITHIN}
    for period, count in (
        (_day, KEEP_DAILY),
        (_week, KEEP_WEEKLY),
        (_month, KEEP_MONTHLY),
    ):
        kept |= _newest_per_period(created, period, count)
    return kept


def _newest_per_period(
    created: Sequence[datetime], period: Callable[[datetime], Hashable], count: int
) -> set[int]:
    """The newest backup of each of the `count` most recent periods that have one."""
    newest: dict[Hashable, int] = {}
    for index in sorted(range(len(created)), key=lambda i: created[i], reverse=True):
        key = period(created[index])
        if key not in newest:
            if len(newest) == count:
                break
            newest[key] = index
    return set(newest.values())


def _day(when: datetime) -> Hashable:
    return when.date()


def _week(when: datetime) -> Hashable:
    year, week, _ = when.isocalendar()
    return year, week


def _month(when: datetime) -> Hashable:
    return when.year, when.month
