"""A change set keeps its label in English (`label`, what the command line prints) and as
a phrase (`said`, JSON), so a window can say it in its own language; undo, redo and the
refusals hand the phrase on. A change set without a readable phrase is said in English."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from lingassist.core.errors import ChangedMeanwhile
from lingassist.core.phrase_json import UnreadablePhrase, dump_phrase, load_phrase
from lingassist.core.phrases import (
    AccountName,
    Amount,
    CategoryName,
    MidSentence,
    Phrase,
    phrase,
)
from lingassist.ledger import journal
from lingassist.ledger.tables import change_sets
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry

EVERY_KIND = phrase(
    "{amount} {category} {account} {day} {text} {inner} {mid}",
    amount=Amount(Decimal("1234.50"), "EUR", "1,234.50 EUR"),
    category=CategoryName("FOOD_AND_DRINK_COFFEE", "Coffee"),
    account=AccountName("Checking"),
    day=date(2026, 12, 3),
    text="Blue Bottle {not a field}",
    inner=phrase("Move to {category}", category=CategoryName("RENT", "Rent")),
    mid=MidSentence(Phrase("Edit transaction")),
)


def test_a_phrase_of_every_kind_of_value_reads_back_as_it_was_written() -> None:
    stored = dump_phrase(EVERY_KIND)
    assert load_phrase(stored) == EVERY_KIND
    assert "1234.50" in stored and "1234.5," not in stored  # the amount as decimal text
    assert load_phrase(stored).text == EVERY_KIND.text


@pytest.mark.parametrize(
    "stored", ["", "not json", "[]", '{"t": 3, "v": []}', '{"t": "x", "v": [["a", ["new"]]]}']
)
def test_what_is_not_a_stored_phrase_is_refused(stored: str) -> None:
    with pytest.raises(UnreadablePhrase):
        load_phrase(stored)


def _newest(context: AppContext) -> journal.ChangeRef:
    with context.database.sessions() as session:
        found = journal.newest_change(session)
    assert found is not None
    return found


def test_a_change_set_keeps_its_english_label_and_its_phrase(context: AppContext) -> None:
    record_entry(context, EntryRequest("3850", category="INCOME_SALARY", income=True))
    record_entry(context, EntryRequest("12.50", merchant="Blue Bottle", category="coffee"))
    newest = _newest(context)
    assert newest.label == "Add expense 12.50 EUR at Blue Bottle"
    assert newest.said == phrase(
        "Add expense {amount} at {where}",
        amount=Amount(Decimal("12.50"), "EUR", "12.50 EUR"),
        where="Blue Bottle",
    )
    with context.database.sessions.begin() as session:
        assert journal.undo(session) == newest.said
        undo_next, redo_next = journal.peek_phrases(session)
        assert undo_next is not None and undo_next.text == "Add income 3,850.00 EUR"
        assert redo_next == newest.said
        assert journal.redo(session) == newest.said


def test_a_change_set_without_a_readable_phrase_is_said_in_english(context: AppContext) -> None:
    record_entry(context, EntryRequest("12.50", merchant="Blue Bottle", category="coffee"))
    english = Phrase("Add expense 12.50 EUR at Blue Bottle")
    for said in (None, '{"t": "Add expense {amount}", "v": [["amount", ["newer kind"]]]}'):
        with context.database.sessions.begin() as session:
            session.execute(update(change_sets).values(said=said))
        assert _newest(context).phrase == english
        with context.database.sessions() as session:
            assert journal.peek_phrases(session) == (english, None)


def test_the_refusal_when_the_ledger_changed_names_both_changes_as_phrases(
    context: AppContext,
) -> None:
    record_entry(context, EntryRequest("12.50", merchant="Blue Bottle", category="coffee"))
    shown = _newest(context)
    record_entry(context, EntryRequest("30", merchant="Esso", category="gas"))
    with pytest.raises(ChangedMeanwhile) as refused, context.database.sessions.begin() as session:
        journal.undo(session, expected=shown)
    values = dict(refused.value.said.values)
    assert values["label"] == shown.said
    assert isinstance(values["newest"], Phrase) and values["newest"].template.startswith(
        "Add expense {amount} at"
    )
    assert str(refused.value) == (
        "The ledger changed since this was shown: the newest change is now “Add expense "
        "30.00 EUR at Esso”, not “Add expense 12.50 EUR at Blue Bottle”. Nothing was undone."
    )


def test_a_label_given_as_text_is_kept_in_english_only(context: AppContext) -> None:
    with context.database.sessions.begin() as session:
        journal.begin_change(session, "Import")
    with context.database.sessions() as session:
        assert session.execute(select(change_sets.c.label, change_sets.c.said)).all() == [
            ("Import", None)
        ]
