"""The ledger's sessions (Core connections): a begin() block commits whole or not at all,
a reading session keeps nothing, commit listeners hear only commits, and every session
says who works through it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from lingassist.ledger import journal
from lingassist.ledger.sessions import Sessions
from lingassist.ledger.tables import ledger_state
from lingassist.services.context import AppContext, default_person


def _version(context: AppContext) -> int:
    with context.database.sessions() as session:
        return int(session.scalar(select(func.max(ledger_state.c.version))) or 0)


def _bump(session) -> None:  # type: ignore[no-untyped-def]
    session.execute(update(ledger_state).values(version=ledger_state.c.version + 1))


def test_a_begin_block_commits_when_it_ends(context: AppContext) -> None:
    before = _version(context)
    with context.database.sessions.begin() as session:
        _bump(session)
    assert _version(context) == before + 1


def test_a_begin_block_that_raises_keeps_nothing(context: AppContext) -> None:
    before = _version(context)
    with pytest.raises(RuntimeError), context.database.sessions.begin() as session:
        _bump(session)
        raise RuntimeError("the action failed half-way")
    assert _version(context) == before


def test_a_reading_session_keeps_nothing_it_wrote(context: AppContext) -> None:
    before = _version(context)
    with context.database.sessions() as session:
        _bump(session)
    assert _version(context) == before


def test_commit_listeners_hear_commits_only(context: AppContext) -> None:
    heard: list[str] = []
    context.database.sessions.on_commit(lambda: heard.append("commit"))
    with context.database.sessions() as session:
        _bump(session)
    assert heard == []
    with pytest.raises(RuntimeError), context.database.sessions.begin() as session:
        _bump(session)
        raise RuntimeError("rolled back")
    assert heard == []
    with context.database.sessions.begin() as session:
        _bump(session)
    assert heard == ["commit"]


def test_every_session_says_who_works_through_it(context: AppContext) -> None:
    sessions = Sessions(context.database.engine, entered_by="ana@laptop")
    with sessions.begin() as session:
        assert journal.entered_by(session) == "ana@laptop"
    with context.database.sessions() as session:  # the same pooled connection, its own name
        assert journal.entered_by(session) == default_person()
