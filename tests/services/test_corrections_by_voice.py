"""Correcting through the assistant on a real ledger: "cancel that" drops the card on
screen and nothing else; "undo" shows what it would take back and waits for a confirmation
that takes back exactly that; a long paste is cut before the parser sees it."""

from __future__ import annotations

from decimal import Decimal

from lingassist.assistant.context import ConversationContext
from lingassist.core.transactions import TransactionFilter, TransactionRow
from lingassist.services.actions import Proposal
from lingassist.services.assistant import (
    MAX_UTTERANCE_CHARS,
    Reply,
    confirm,
    handle_utterance,
    understand,
)
from lingassist.services.context import AppContext
from lingassist.services.entries import (
    EntryRequest,
    find_entries,
    newest_change,
    record_entry,
    undo_last,
    undo_redo_labels,
)
from lingassist.services.utterance import CUT_NOTE


def say(context: AppContext, text: str, open_card: Proposal | None = None) -> Reply:
    reply, _ = handle_utterance(context, text, ConversationContext(), open_card=open_card)
    return reply


def card(context: AppContext, text: str) -> Proposal:
    proposal = say(context, text).proposal
    assert proposal is not None, text
    return proposal


def ledger(context: AppContext) -> list[TransactionRow]:
    return find_entries(context, TransactionFilter())[0]


def merchants(context: AppContext) -> list[str]:
    return sorted(row.merchant for row in ledger(context))


def confirmed(context: AppContext, text: str) -> Reply:
    reply = confirm(context, card(context, text))
    assert reply.changed, reply.text
    return reply


# -- cancel ---------------------------------------------------------------------------


def test_cancel_that_with_a_card_open_drops_it_and_keeps_the_confirmed_expense(
    context: AppContext,
) -> None:
    confirmed(context, "spent 12.50 at Blue Bottle")
    waiting = card(context, "spent 4 at Lidl")
    before = undo_redo_labels(context)
    for words in ("cancel that", "never mind", "forget it", "cancel", "no, don't", "scratch that"):
        reply = say(context, words, open_card=waiting)
        assert reply.text == "Cancelled: nothing was recorded."
        assert reply.discard_card and reply.proposal is None and not reply.changed
    assert merchants(context) == ["Blue Bottle"]
    assert undo_redo_labels(context) == before  # the journal was not touched either


def test_cancel_that_without_a_card_touches_nothing(context: AppContext) -> None:
    """The old bug: "cancel that" was read as undo and took back a confirmed expense."""
    confirmed(context, "spent 12.50 at Blue Bottle")
    for words in ("cancel that", "never mind", "Cancel that."):
        reply = say(context, words)
        assert reply.text.startswith("Nothing to cancel: no card is waiting.")
        assert not reply.discard_card and reply.proposal is None
    assert merchants(context) == ["Blue Bottle"]


def test_cancelling_an_undo_card_says_nothing_was_undone(context: AppContext) -> None:
    confirmed(context, "spent 12.50 at Blue Bottle")
    undo = card(context, "undo")
    reply = say(context, "never mind", open_card=undo)
    assert reply.text == "Cancelled: nothing was undone." and reply.discard_card
    assert merchants(context) == ["Blue Bottle"]


# -- undo -----------------------------------------------------------------------------


def test_undo_shows_what_it_removes_and_waits_for_a_confirmation(context: AppContext) -> None:
    confirmed(context, "spent 4 at Lidl")
    confirmed(context, "spent 12.50 at Blue Bottle on Friday")
    for words in ("undo", "delete the last transaction", "undo that", "scratch that"):
        reply = say(context, words)
        assert reply.proposal is not None, words
        assert reply.proposal.title == "Undo: Add expense 12.50 EUR at Blue Bottle"
        assert reply.text.startswith("Undo: Add expense €12.50 at Blue Bottle?")  # as on the card
        assert merchants(context) == ["Blue Bottle", "Lidl"]  # nothing removed yet
    fields = [(f.label, f.value) for f in reply.proposal.fields]
    assert fields[0] == ("Removes", "20 Nov 2026 · Blue Bottle · -€12.50 · Coffee")
    done = confirm(context, reply.proposal)
    assert done.text == "Undid: add expense 12.50 EUR at Blue Bottle"
    assert done.changed and not done.undoable  # Redo brings it back; Undo would go further
    assert merchants(context) == ["Lidl"]


def test_undo_with_nothing_to_undo_says_so(context: AppContext) -> None:
    reply = say(context, "undo")
    assert reply.text == "There is nothing to undo." and reply.proposal is None


def test_an_undo_card_refuses_when_another_change_came_since(context: AppContext) -> None:
    confirmed(context, "spent 12.50 at Blue Bottle")
    undo = card(context, "delete the last transaction")
    record_entry(context, EntryRequest("30", merchant="Esso", category="gas"))  # meanwhile
    reply = confirm(context, undo)
    assert not reply.changed
    assert reply.text == (
        "I could not do that: The ledger changed since this was shown: the newest change is "
        "now “Add expense 30.00 EUR at Esso”, not “Add expense 12.50 EUR at Blue Bottle”. "
        "Nothing was undone."
    )
    assert merchants(context) == ["Blue Bottle", "Esso"]


def test_an_undo_card_refuses_a_new_change_that_took_the_same_journal_id(
    context: AppContext,
) -> None:
    """SQLite gives a deleted row's id to the next row: the card also checks when the
    change was made, so a new expense in the old change's place is not taken back."""
    confirmed(context, "spent 12.50 at Blue Bottle")
    undo = card(context, "undo")
    undo_last(context)  # Ctrl+Z in the menu, while the card waits
    record_entry(context, EntryRequest("12.50", merchant="Blue Bottle", category="coffee"))
    newest = newest_change(context)
    assert undo.undoes is not None and newest is not None
    if not context.settings.database_url:  # PostgreSQL never gives an id twice
        assert (newest.id, newest.label) == (undo.undoes.id, undo.undoes.label)  # same words
    reply = confirm(context, undo)
    assert not reply.changed and "Nothing was undone." in reply.text
    assert [r.amount for r in ledger(context)] == [Decimal("-12.50")]


def test_an_undo_card_already_carried_out_is_not_carried_out_twice(
    context: AppContext,
) -> None:
    confirmed(context, "spent 4 at Lidl")
    confirmed(context, "spent 12.50 at Blue Bottle")
    undo = card(context, "undo")
    assert confirm(context, undo).changed
    again = confirm(context, undo)
    assert not again.changed and "Nothing was undone." in again.text
    assert merchants(context) == ["Lidl"]


def test_the_undo_card_lists_other_kinds_of_change(context: AppContext) -> None:
    confirmed(context, "set a budget of 200 for groceries")
    undo = card(context, "undo")
    assert undo.title.startswith("Undo: Set budget")
    assert ("Removes", "1 budget") in [(f.label, f.value) for f in undo.fields]


def test_a_confirmed_card_reports_the_change_its_undo_may_take_back(
    context: AppContext,
) -> None:
    first = confirmed(context, "spent 4 at Lidl")
    assert first.undoable and first.change is not None
    confirmed(context, "spent 12.50 at Blue Bottle")
    reply = say(context, "undo")
    assert reply.proposal is not None and reply.proposal.undoes != first.change


# -- filing it elsewhere ---------------------------------------------------------------


def test_put_it_under_a_category_while_its_card_waits_files_that_card(
    context: AppContext,
) -> None:
    confirmed(context, "spent 12.50 at Blue Bottle")
    waiting = card(context, "spent 38 at Target")
    reply = say(context, "put it under gifts", open_card=waiting)
    assert reply.proposal is not None and reply.proposal.command.amount == Decimal(38)
    assert reply.proposal.command.category == "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES"
    confirm(context, reply.proposal)
    rows = {row.merchant: row.category_name for row in ledger(context)}
    assert rows["Target"] == "Gifts and novelties" and rows["Blue Bottle"] != rows["Target"]
    assert len(ledger(context)) == 2  # one Target entry, not a second one


def test_put_it_under_a_category_after_confirming_moves_that_entry(context: AppContext) -> None:
    confirmed(context, "spent 38 at Target")
    history = ConversationContext().remember(understand(context, "spent 38 at Target"))
    reply, _ = handle_utterance(context, "put it under gifts", history)
    assert reply.proposal is not None and reply.proposal.command.amount is None
    confirm(context, reply.proposal)
    assert [(row.merchant, row.category_name) for row in ledger(context)] == [
        ("Target", "Gifts and novelties")
    ]


def test_a_category_only_correction_after_confirming_moves_and_adds_nothing(
    context: AppContext,
) -> None:
    confirmed(context, "Starbucks 14.20")
    history = ConversationContext().remember(understand(context, "Starbucks 14.20"))
    reply, _ = handle_utterance(context, "that shd be groceries not eating out", history)
    assert reply.proposal is not None and reply.proposal.command.amount is None
    confirm(context, reply.proposal)
    assert [(row.merchant, row.category_name) for row in ledger(context)] == [
        ("Starbucks", "Groceries")
    ]


def test_a_category_only_correction_while_the_card_waits_files_that_card(
    context: AppContext,
) -> None:
    waiting = card(context, "coles 38.20")
    history = ConversationContext().remember(waiting.command)
    reply, _ = handle_utterance(context, "make that groceries", history, open_card=waiting)
    assert reply.proposal is not None and reply.proposal.command.amount == Decimal("38.20")
    confirm(context, reply.proposal)
    assert [(row.amount, row.category_name) for row in ledger(context)] == [
        (Decimal("-38.20"), "Groceries")
    ]


# -- long pastes ----------------------------------------------------------------------


def test_a_long_paste_is_cut_and_the_reply_says_so(context: AppContext) -> None:
    pasted = "spent 4 at Lidl " + "blah " * 1000
    reply, after = handle_utterance(context, pasted, ConversationContext())
    assert len(pasted) > 5000
    assert reply.text.startswith("That message was long: I read only the first 500 characters.\n")
    assert reply.text.startswith(CUT_NOTE)
    assert reply.command is not None and len(reply.command.text) == MAX_UTTERANCE_CHARS
    assert after.previous is not None and len(after.previous.text) == MAX_UTTERANCE_CHARS


def test_understand_reads_at_most_the_cap(context: AppContext) -> None:
    assert MAX_UTTERANCE_CHARS == 500
    assert len(understand(context, "x" * 5000).text) == MAX_UTTERANCE_CHARS
    short = say(context, "what's my balance")
    assert not short.text.startswith(CUT_NOTE)


def test_a_joined_price_is_asked_when_typed_and_read_in_cents_when_spoken(
    context: AppContext,
) -> None:
    typed = say(context, "Starbucks, 625 this morning.")
    assert typed.proposal is None and "625" in typed.text and "6.25" in typed.text
    heard = understand(context, "Starbucks, 625 this morning.", spoken=True)
    assert heard.amount == Decimal("6.25")
