"""A correction of an entry already saved never counts it twice: once the card of "dinner
40" is confirmed, "make it 48" or "sorry it was 48, split it with Odile" shows a card that
changes the saved entry (its first line the entry it replaces); confirming removes the 40 and
records the 48 as one change, which one undo takes back whole. When something else was saved
in between, the card cannot be confirmed and says why. A card still waiting is changed as
before, and another entry said next ("and 12 for drinks") stands."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant.context import ConversationContext
from lingassist.core.errors import ChangedMeanwhile, UserFacingError
from lingassist.core.transactions import TransactionFilter
from lingassist.services.actions import carry_out
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.attachments import store_file
from lingassist.services.context import AppContext
from lingassist.services.entries import (
    EntryRequest,
    find_entries,
    record_entry,
    undo_last,
    undo_preview,
)

TWICE = "is no longer the newest change, so this would count it twice"


def _saved_dinner(context: AppContext) -> ConversationContext:
    return _saved(context, "dinner 40")


def _saved(context: AppContext, said: str) -> ConversationContext:
    """The conversation after `said` was shown as a card and confirmed."""
    reply, conversation = handle_utterance(context, said, ConversationContext())
    assert reply.proposal is not None
    assert confirm(context, reply.proposal).changed
    return conversation.after_saving(reply.proposal.command)


def _amounts(context: AppContext) -> list[Decimal]:
    return sorted(row.amount for row in find_entries(context, TransactionFilter())[0])


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("make it 48", "Change the saved €40.00 entry to €48.00"),
        ("sorry it was 48, split it with Odile", "Change the saved €40.00 entry to €48.00"),
        ("no, yesterday", "Change the saved €40.00 entry"),
    ],
)
def test_a_correction_of_a_saved_entry_shows_what_it_replaces(
    context: AppContext, text: str, shown: str
) -> None:
    reply, _ = handle_utterance(context, text, _saved_dinner(context))
    assert reply.proposal is not None and not reply.proposal.problems
    assert reply.proposal.title.startswith(shown), reply.proposal.title
    first = reply.proposal.fields[0]
    assert (first.label, "-€40.00" in first.value) == ("Replaces", True), first
    assert reply.text.startswith(shown) and reply.text.endswith("Press Enter to confirm.")
    assert _amounts(context) == [Decimal("-40.00")]  # nothing changed before confirming


def test_confirming_replaces_the_saved_entry_and_one_undo_brings_it_back(
    context: AppContext,
) -> None:
    reply, conversation = handle_utterance(context, "make it 48", _saved_dinner(context))
    assert reply.proposal is not None
    done = confirm(context, reply.proposal)
    assert done.changed and done.change is not None
    assert done.text == "Added expense 48.00 EUR, in place of the 40.00 EUR entry", done.text
    assert _amounts(context) == [Decimal("-48.00")]
    preview = undo_preview(context)
    assert preview is not None
    assert [verb for verb, _ in preview.effects] == ["Removes", "Brings back"], preview.effects
    assert preview.effects[1][1].endswith("· -€40.00 · Restaurant"), preview.effects
    assert _amounts(context) == [Decimal("-48.00")]  # the preview wrote nothing
    undo_last(context, expected=done.change)
    assert _amounts(context) == [Decimal("-40.00")]


def test_a_second_correction_replaces_the_first(context: AppContext) -> None:
    reply, conversation = handle_utterance(context, "make it 48", _saved_dinner(context))
    assert reply.proposal is not None and confirm(context, reply.proposal).changed
    conversation = conversation.after_saving(reply.proposal.command)
    again, _ = handle_utterance(context, "actually 45", conversation)
    assert again.proposal is not None and not again.proposal.problems
    assert again.proposal.title.startswith("Change the saved €48.00 entry to €45.00")
    assert confirm(context, again.proposal).changed
    assert _amounts(context) == [Decimal("-45.00")]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("non, 48 euros", "Remplacer l’entrée de 40,00 € déjà enregistrée par 48,00 €"),
        # the same figure, the day changed: the figure said once
        ("non, hier", "Modifier l’entrée de 40,00 € déjà enregistrée"),
    ],
)
def test_a_correction_in_french_says_what_it_replaces(
    context: AppContext, text: str, shown: str
) -> None:
    conversation = _saved(context, "j'ai dépensé 40 euros au restaurant")
    again, _ = handle_utterance(context, text, conversation)
    assert again.proposal is not None and again.proposal.replaces is not None, again.text
    assert again.text.replace("\xa0", " ").startswith(shown), again.text


def test_a_correction_after_something_else_was_saved_cannot_be_confirmed(
    context: AppContext,
) -> None:
    conversation = _saved_dinner(context)
    taxi, _ = handle_utterance(context, "taxi 12", ConversationContext())
    assert taxi.proposal is not None and confirm(context, taxi.proposal).changed
    reply, _ = handle_utterance(context, "make it 48", conversation)
    assert reply.proposal is not None and reply.proposal.replaces is None
    problems = [str(problem) for problem in reply.proposal.problems]
    assert any(TWICE in problem and "40.00 EUR" in problem for problem in problems), problems
    with pytest.raises(UserFacingError):
        carry_out(context, reply.proposal)
    assert _amounts(context) == [Decimal("-40.00"), Decimal("-12.00")]


def test_a_change_while_the_card_waits_refuses_the_replacement(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "make it 48", _saved_dinner(context))
    assert reply.proposal is not None
    taxi, _ = handle_utterance(context, "taxi 12", ConversationContext())
    assert taxi.proposal is not None and confirm(context, taxi.proposal).changed
    with pytest.raises(ChangedMeanwhile, match="the 40.00 EUR entry was not replaced"):
        carry_out(context, reply.proposal)
    assert _amounts(context) == [Decimal("-40.00"), Decimal("-12.00")]


def test_an_entry_with_a_receipt_attached_is_not_replaced(context: AppContext) -> None:
    reply, conversation = handle_utterance(context, "dinner 40", ConversationContext())
    assert reply.proposal is not None
    conversation = conversation.after_saving(reply.proposal.command)
    photo = context.paths.home / "receipt.png"  # the entry saved from a receipt
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    stored = store_file(context.paths, photo)
    record_entry(context, EntryRequest(amount="40 EUR", merchant="Nando's"), attachment=stored)
    again, _ = handle_utterance(context, "make it 48", conversation)
    assert again.proposal is not None and again.proposal.replaces is None
    assert again.proposal.problems


@pytest.mark.parametrize("text", ["and 12 for drinks", "coffee 3", "and 6.50 for a car wash too"])
def test_another_entry_after_a_saved_one_stands(context: AppContext, text: str) -> None:
    reply, _ = handle_utterance(context, text, _saved_dinner(context))
    assert reply.proposal is not None and not reply.proposal.problems, text


def test_a_card_still_waiting_is_corrected_as_before(context: AppContext) -> None:
    _, conversation = handle_utterance(context, "dinner 40", ConversationContext())
    reply, _ = handle_utterance(context, "make it 48", conversation)
    assert reply.proposal is not None and not reply.proposal.problems


def test_saving_another_card_marks_nothing(context: AppContext) -> None:
    _, conversation = handle_utterance(context, "dinner 40", ConversationContext())
    other, _ = handle_utterance(context, "coffee 3", ConversationContext())
    assert other.proposal is not None
    assert not conversation.after_saving(other.proposal.command).saved


def test_money_back_after_a_saved_shopping_is_its_own_refund(context: AppContext) -> None:
    conversation = _saved(context, "groceries 40 at Lidl")
    text = "returned the eggs, they refunded 2.10"
    refund, _ = handle_utterance(context, text, conversation)
    assert refund.proposal is not None and not refund.proposal.problems
    fields = {field.label: field.value for field in refund.proposal.fields}
    assert (fields["Merchant"], fields["Category"]) == ("Lidl", "Groceries")
    assert confirm(context, refund.proposal).changed
    assert len(find_entries(context, TransactionFilter())[0]) == 2


def test_the_undo_card_after_a_replacement_writes_both_amounts_alike(
    context: AppContext,
) -> None:
    reply, conversation = handle_utterance(context, "make it 48", _saved_dinner(context))
    assert reply.proposal is not None and confirm(context, reply.proposal).changed
    undo, _ = handle_utterance(context, "undo", conversation)
    assert undo.text.startswith("Undo: Add expense €48.00, in place of the €40.00 entry"), undo.text


def test_a_saved_split_narrowed_to_one_person_replaces_it(context: AppContext) -> None:
    conversation = _saved(context, "split dinner 60 with Tom and Ana")
    again, _ = handle_utterance(context, "only Tom", conversation)
    assert again.proposal is not None and not again.proposal.problems, again.proposal.problems
    assert again.proposal.title == "Change the saved €60.00 entry"  # the same figure
    assert confirm(context, again.proposal).changed
    assert _amounts(context) == [Decimal("-30.00")]  # the person's share of 60 with Tom


def test_one_more_person_on_a_saved_split_says_the_figure_once(context: AppContext) -> None:
    conversation = _saved(context, "split dinner 90 with Sam and Lee")
    again, _ = handle_utterance(context, "+ Kim", conversation)
    assert again.proposal is not None
    # the figure stays: the card says what changes, not "€90.00 entry to €90.00"
    assert again.proposal.title == "Change the saved €90.00 entry"
    assert confirm(context, again.proposal).changed
    assert _amounts(context) == [Decimal("-22.50")]  # the person's quarter of 90
