"""Each service names the change it makes with a phrase whose English text is the label
the command line has always printed ("Undid: add expense 12.50 EUR at Blue Bottle"); its
amounts, categories and accounts are values a window writes in its own language."""

from __future__ import annotations

from pathlib import Path

import pytest

from lingassist.cli import main
from lingassist.core.phrases import AccountName, Amount, CategoryName, Phrase
from lingassist.ledger import journal
from lingassist.services import payments, rules
from lingassist.services.context import AppContext
from lingassist.services.corrections import change_category
from lingassist.services.entries import (
    EntryRequest,
    record_entry,
    redo_next,
    redo_next_said,
    undo_last,
    undo_last_said,
)
from lingassist.services.settings import add_account
from tests.conftest import make_home


def _newest(context: AppContext) -> Phrase:
    with context.database.sessions() as session:
        found = journal.newest_change(session)
    assert found is not None and found.said is not None
    assert found.said.text == found.label
    return found.said


def _kinds(said: Phrase) -> dict[str, type]:
    return {key: type(value) for key, value in said.values}


def test_each_change_is_named_in_english_as_before_with_values_a_window_can_say(
    context: AppContext,
) -> None:
    record_entry(context, EntryRequest("3850", merchant="ACME", category="INCOME_SALARY"))
    said = _newest(context)
    assert said.text == "Add income 3,850.00 EUR from ACME"
    assert _kinds(said) == {"amount": Amount, "where": str}
    add_account(context, "Savings", "savings")
    said = _newest(context)
    assert (said.text, _kinds(said)) == ("Open account Savings", {"account": AccountName})
    coffee = record_entry(context, EntryRequest("12.50", merchant="Blue Bottle", category="coffee"))
    change_category(context, coffee.row.id, "FOOD_AND_DRINK_GROCERIES")
    said = _newest(context)
    assert said.text == "Move Blue Bottle to Groceries"
    assert _kinds(said) == {"where": str, "category": CategoryName}
    rules.always_for_merchant(context, "Lidl", "FOOD_AND_DRINK_GROCERIES", apply=False)
    assert _newest(context).text == "Always file Lidl under Groceries"
    payments.save_payee(context, "Alice Martin", "DE89370400440532013000")
    assert _newest(context).text == "Add payee Alice Martin"


def test_undo_and_redo_say_the_same_words_as_text_and_as_a_phrase(context: AppContext) -> None:
    record_entry(context, EntryRequest("12.50", merchant="Blue Bottle", category="coffee"))
    record_entry(context, EntryRequest("4", merchant="Lidl", category="groceries"))
    undid = undo_last_said(context)
    assert undid.text == "Undid: add expense 4.00 EUR at Lidl"
    assert undo_last(context) == "Undid: add expense 12.50 EUR at Blue Bottle"
    assert redo_next_said(context).text == "Redid: add expense 12.50 EUR at Blue Bottle"
    assert redo_next(context) == "Redid: add expense 4.00 EUR at Lidl"


def test_the_command_line_still_prints_the_english_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    make_home(home).database.close()
    ledger = ["--home", str(home)]
    assert main([*ledger, "add", "1234.56", "--merchant", "Landlord", "--category", "rent"]) == 0
    assert main([*ledger, "undo"]) == 0
    assert main([*ledger, "redo"]) == 0
    assert main([*ledger, "undo"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [
        "Undid: add expense 1,234.56 EUR at Landlord",
        "Redid: add expense 1,234.56 EUR at Landlord",
        "Undid: add expense 1,234.56 EUR at Landlord",
    ]
