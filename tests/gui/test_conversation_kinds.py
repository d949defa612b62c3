"""The assistant page with the kinds of sentences the parser learned, typed key by key into
the real window over a made-up ledger: what each reply and card says, that a card needing
more waits for it, that a sentence the assistant cannot act on leaves the card on screen,
and that what cannot be done is said plainly with nothing drafted."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lingassist.core.periods import parse_period
from lingassist.gui.action_card import ActionCard
from lingassist.gui.main_window import MainWindow
from lingassist.gui.style import LIGHT, stylesheet
from lingassist.ledger.budgets import budget_statuses
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_conversation import ledger, say
from tests.gui.test_main_window import no_receipts

LEDGER = (  # a made-up household: pay, groceries and coffee in October, a streaming bill
    EntryRequest("2000", merchant="Northwind Ltd", category="INCOME_SALARY", date="2026-10-01"),
    EntryRequest(
        "61.40", merchant="Corner Market", category="FOOD_AND_DRINK_GROCERIES", date="2026-10-04"
    ),
    EntryRequest(
        "2.80", merchant="Bean There", category="FOOD_AND_DRINK_COFFEE", date="2026-10-09"
    ),
    EntryRequest(
        "3.60", merchant="Bean There", category="FOOD_AND_DRINK_COFFEE", date="2026-10-21"
    ),
    EntryRequest(
        "27.15", merchant="Corner Market", category="FOOD_AND_DRINK_GROCERIES", date="2026-10-25"
    ),
    EntryRequest(
        "11.99", merchant="StreamFlix", category="ENTERTAINMENT_TV_AND_MOVIES", date="2026-11-05"
    ),
)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    for entry in LEDGER:
        record_entry(context, entry)
    shown = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def enter(qtbot: QtBot, window: MainWindow) -> None:
    """Enter on the empty input line: confirms the waiting card."""
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Return)


def last_reply(window: MainWindow) -> str:
    return window.conversation.findChildren(QLabel, "assistantMessage")[-1].text()


def card_values(card: ActionCard) -> dict[str, str]:
    return {f.label: card._value(f) for f in card.proposal.fields}


def test_a_purchase_without_its_price_asks_for_it_and_the_price_completes_it(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "coffee this morning")
    assert last_reply(window) == "How much was it?"
    assert window.conversation.open_card is None  # nothing to confirm without a price
    say(qtbot, window, "4.20")
    card = window.conversation.open_card
    assert card is not None and card.title.text() == "Add expense €4.20"
    values = card_values(card)
    assert values["Amount"] == "€4.20" and values["Category"] == "Coffee"
    enter(qtbot, window)
    newest = max(ledger(context), key=lambda r: r.id)
    assert newest.amount == Decimal("-4.20") and newest.category_code == "FOOD_AND_DRINK_COFFEE"


def test_a_currency_said_next_changes_the_same_card(qtbot: QtBot, window: MainWindow) -> None:
    say(qtbot, window, "lunch 12 at pret")
    first = window.conversation.open_card
    assert first is not None and first.title.text() == "Add expense €12.00 at pret"
    say(qtbot, window, "in pounds")
    card = window.conversation.open_card
    assert card is not None and card is not first
    assert card.title.text() == "Add expense £12.00 at pret"
    assert card_values(card)["Amount"] == "£12.00"
    assert first.status.text() == "Not recorded: replaced by your next message."


def test_a_card_replaced_unwritten_is_not_shown_as_done(qtbot: QtBot, window: MainWindow) -> None:
    say(qtbot, window, "lunch 12 at pret")
    first = window.conversation.open_card
    say(qtbot, window, "coffee 3.20")
    card = window.conversation.open_card
    assert first is not None and card is not None and card is not first
    enter(qtbot, window)
    assert card.status.text().startswith("✓")
    assert first.status.text() == "Not recorded: replaced by your next message."
    # nothing was written by the first card: its note is not in the colour of a success
    window.conversation.setStyleSheet(stylesheet(LIGHT))  # the app's rules, on this page only
    for label in (first.status, card.status):
        label.style().unpolish(label)
        label.style().polish(label)
    closed = first.status.palette().color(first.status.foregroundRole())
    done = card.status.palette().color(card.status.foregroundRole())
    assert closed != done


def test_a_bank_fee_is_an_expense_card(qtbot: QtBot, window: MainWindow) -> None:
    say(qtbot, window, "ATM fee 3.50 ugh")
    card = window.conversation.open_card
    assert card is not None and card.proposal.command.intent.value == "add_expense"
    assert card.title.text().startswith("Add expense €3.50")
    assert card_values(card)["Category"] == "ATM fees"


def test_a_weekly_budget_is_not_set_as_a_monthly_one(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "set a petrol budget of 120")
    card = window.conversation.open_card
    assert card is not None and card.title.text() == "Set a monthly budget of €120.00 for Gas"
    assert not card.proposal.problems
    say(qtbot, window, "weekly")
    card = window.conversation.open_card
    assert card is not None and card.proposal.command.recurrence == "weekly"
    problems = [label.text() for label in card.findChildren(QLabel, "cardProblem")]
    assert problems == [
        "⚠ Budgets are kept by the month only: say how much for a month, "
        "e.g. “budget 500 a month for groceries”."
    ]
    assert not card.confirm_button.isEnabled()
    assert last_reply(window) == (  # not "Press Enter to confirm": Enter cannot, yet
        "Set a monthly budget of €120.00 for Gas\n\n"
        "Fix the problems first: Edit puts the words back to change them; Esc discards."
    )
    enter(qtbot, window)
    assert card.open and card.status.text().startswith("Fix the problems first")
    with context.database.sessions() as session:
        assert budget_statuses(parse_period("this month", context.today()), session=session) == []


def test_scrapping_the_last_entry_shows_it_and_waits_for_a_confirmation(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "bus ticket 2.40")
    enter(qtbot, window)
    count = len(ledger(context))
    say(qtbot, window, "scrap that last entry")
    card = window.conversation.open_card
    assert card is not None and card.proposal.undoes is not None
    assert card.title.text() == "Undo: Add expense €2.40"
    assert last_reply(window) == "Undo: Add expense €2.40? Press Enter to confirm."
    removes = [f for f in card.proposal.fields if f.label == "Removes"]
    assert removes and "-€2.40" in card._value(removes[0])
    assert len(ledger(context)) == count  # nothing removed before Enter
    enter(qtbot, window)
    assert len(ledger(context)) == count - 1
    assert all(r.amount != Decimal("-2.40") for r in ledger(context))


def test_a_question_the_assistant_cannot_act_on_leaves_the_card_waiting(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "lunch 9 at Subway")
    card = window.conversation.open_card
    assert card is not None
    say(qtbot, window, "should I cancel StreamFlix?")
    assert window.conversation.open_card is card and card.open
    assert card.status.text() == ""
    reply = last_reply(window)
    assert reply.startswith("I can't cancel a subscription")
    assert reply.endswith("Your card above is still waiting: Enter confirms it, Esc discards it.")
    enter(qtbot, window)  # the lunch is still the card Enter confirms
    assert any(r.merchant == "Subway" and r.amount == Decimal("-9.00") for r in ledger(context))


def test_a_card_that_cannot_be_confirmed_is_never_said_to_confirm_with_enter(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "the 38 from uber put it in travel, not transport")
    card = window.conversation.open_card
    assert card is not None and card.proposal.problems  # no such transaction
    say(qtbot, window, "should I cancel StreamFlix?")
    assert window.conversation.open_card is card
    reply = last_reply(window)
    assert "Enter confirms it" not in reply
    assert reply.endswith(
        "Your card above is still waiting and cannot be confirmed yet: Edit puts its words back "
        "to change them, Esc discards it."
    )


def test_a_follow_up_after_a_sentence_not_acted_on_still_changes_the_waiting_card(
    qtbot: QtBot, window: MainWindow
) -> None:
    say(qtbot, window, "lunch 9 at Subway")
    first = window.conversation.open_card
    say(qtbot, window, "should I cancel StreamFlix?")
    say(qtbot, window, "in pounds")
    card = window.conversation.open_card
    assert card is not None and card is not first
    assert card.title.text() == "Add expense £9.00 at Subway"
    assert (
        first is not None and first.status.text() == "Not recorded: replaced by your next message."
    )


def test_an_answer_leaves_the_card_waiting_without_a_note(qtbot: QtBot, window: MainWindow) -> None:
    say(qtbot, window, "lunch 9 at Subway")
    card = window.conversation.open_card
    say(qtbot, window, "what's my balance")
    assert window.conversation.open_card is card
    assert "still waiting" not in last_reply(window)


@pytest.mark.parametrize(
    ("said", "starts"),
    [
        (
            "send 0.05 btc to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "I can't send, buy or sell crypto-assets",
        ),
        ("pay everyone in my contacts 10", "I can't draft that: a payment goes to one saved payee"),
    ],
)
def test_a_payment_no_one_should_draft_is_refused_plainly(
    qtbot: QtBot, window: MainWindow, context: AppContext, said: str, starts: str
) -> None:
    say(qtbot, window, said)
    assert window.conversation.open_card is None
    reply = last_reply(window)
    assert reply.startswith(starts) and reply.endswith("Nothing was drafted.")
    assert "didn't get that" not in reply
    assert len(ledger(context)) == len(LEDGER)


def test_a_word_after_a_question_asks_the_same_question_about_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    say(qtbot, window, "how much did I spend on groceries in october")
    assert last_reply(window).startswith("You spent €88.55 on Groceries in October 2026")
    say(qtbot, window, "coffee")
    assert last_reply(window).startswith("You spent €6.40 on Coffee in October 2026")
    assert window.conversation.open_card is None


def test_a_tip_in_percent_is_added_to_the_amount(qtbot: QtBot, window: MainWindow) -> None:
    say(qtbot, window, "dinner 80 plus 15% tip")
    card = window.conversation.open_card
    assert card is not None and card.title.text() == "Add expense €92.00"
    assert card_values(card)["Amount"] == "€92.00"


@pytest.mark.parametrize("speaking", ["fr", "vi"], indirect=True)
def test_the_waiting_card_note_and_the_monthly_budget_problem_are_translated(
    qtbot: QtBot, window: MainWindow, speaking: str
) -> None:
    say(qtbot, window, "lunch 9 at Subway")
    say(qtbot, window, "should I cancel StreamFlix?")
    note = last_reply(window).rsplit("\n\n", 1)[-1]
    assert (
        note
        == {
            "fr": "Votre carte ci-dessus attend toujours : Entrée la confirme, Échap l’abandonne.",
            "vi": "Thẻ ở trên vẫn đang chờ: nhấn Enter để xác nhận, Esc để bỏ.",
        }[speaking]
    )
    say(qtbot, window, "set a petrol budget of 120 weekly")
    card = window.conversation.open_card
    assert card is not None
    problem = card.findChildren(QLabel, "cardProblem")[0].text()
    assert problem.startswith({"fr": "⚠ Les budgets sont", "vi": "⚠ Ngân sách chỉ"}[speaking])


def test_a_payment_card_with_problems_does_not_ask_to_press_enter(
    qtbot: QtBot, window: MainWindow
) -> None:
    say(qtbot, window, "pay Harbour Lettings 950 for rent")
    card = window.conversation.open_card
    assert card is not None and card.proposal.problems  # not a saved payee: no IBAN
    reply = last_reply(window)
    assert "Press Enter" not in reply
    assert reply.startswith(card.title_text) and reply.endswith("Esc discards.")


def test_wiping_everything_is_refused_plainly_and_removes_nothing(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "delete all my data")
    assert window.conversation.open_card is None
    assert last_reply(window).startswith("I can't delete all your data")
    assert len(ledger(context)) == len(LEDGER)


def test_a_card_in_a_currency_its_account_does_not_hold_says_so_before_enter(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    window.conversation.setStyleSheet(stylesheet(LIGHT))  # the app's rules, on this page only
    before = len(ledger(context))
    say(qtbot, window, "lunch £12 at pret")
    first = window.conversation.open_card
    assert first is not None and not first.confirm_button.isEnabled()
    warned = [w.text() for w in first.findChildren(QLabel, "cardProblem")]
    assert warned == [
        "⚠ Checking holds EUR, but the amount is in GBP. Pick an account in GBP "
        "for it, or give the amount in EUR."
    ]
    assert "Press Enter" not in last_reply(window)
    enter(qtbot, window)  # nothing is written, and the card says why, as an error
    reason = first.status.text()
    assert reason.startswith("Fix the problems first")
    assert len(ledger(context)) == before and window.conversation.open_card is first
    failed = _colour(first.status)
    say(qtbot, window, "coffee 3.20")
    card = window.conversation.open_card
    assert card is not None and card is not first
    enter(qtbot, window)
    assert card.status.text().startswith("✓")
    assert failed != _colour(card.status)  # never the colour of something written
    # the advice on what to press goes with the card's buttons; its ⚠ line stays above
    assert first.status.text() == "Not recorded: replaced by your next message."
    assert warned == [w.text() for w in first.findChildren(QLabel, "cardProblem")]


def _colour(label: QLabel) -> object:
    label.style().unpolish(label)
    label.style().polish(label)
    return label.palette().color(label.foregroundRole())


def test_why_a_confirm_failed_stays_readable_once_the_card_is_replaced(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    import lingassist.services.assistant as assistant

    refused = "I could not do that: the ledger is open read-only in another window."
    say(qtbot, window, "lunch 12 at pret")
    first = window.conversation.open_card
    assert first is not None
    with monkeypatch.context() as patched:  # the ledger refuses this one write
        patched.setattr(
            assistant,
            "confirm",
            lambda _context, _proposal: SimpleNamespace(
                said=None, text=refused, changed=False, change=None
            ),
        )
        enter(qtbot, window)
    assert first.status.text() == refused and window.conversation.open_card is first
    say(qtbot, window, "coffee 3.20")
    assert first.status.text() == "Not recorded: replaced by your next message.\n" + refused


def test_a_sentence_that_starts_with_add_is_the_assistants(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "Add 4,80 for the bakery please")
    card = window.conversation.open_card
    assert card is not None and card.title.text().startswith("Add expense €4.80")
    assert window.command_bar.feedback_text == ""  # no command-line error above the input
    say(qtbot, window, "Prepare a payment to Marta Lind: 420 for the flat")
    say(qtbot, window, "Add the 40 for the parking to the same payment.")
    card = window.conversation.open_card
    assert card is not None and card_values(card)["Amount"].startswith("€460.00")
    assert len(ledger(context)) == len(LEDGER)  # nothing written before a confirmation


def test_a_correction_after_confirming_replaces_the_saved_entry(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    before = len(ledger(context))
    say(qtbot, window, "dinner 40")
    enter(qtbot, window)
    assert len(ledger(context)) == before + 1
    say(qtbot, window, "sorry it was 48, split it with Odile")
    card = window.conversation.open_card
    assert card is not None and not card.proposal.problems
    assert card.title_text.startswith("Change the saved €40.00 entry to €48.00")
    assert card_values(card)["Replaces"].endswith("· -€40.00 · Restaurant")
    enter(qtbot, window)
    rows = ledger(context)
    assert len(rows) == before + 1  # the 48 in place of the 40, not beside it
    assert Decimal("-40.00") not in [row.amount for row in rows]
    say(qtbot, window, "and 12 for drinks")
    card = window.conversation.open_card
    assert card is not None and not card.proposal.problems


def test_the_card_of_a_replaced_entry_says_so_and_offers_no_undo(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "dinner 40")
    enter(qtbot, window)
    first = window.conversation.cards[-1]
    assert first.undo_button.isVisibleTo(first)
    say(qtbot, window, "make it 48")
    replacing = window.conversation.open_card
    assert replacing is not None and replacing is not first
    enter(qtbot, window)
    assert not first.undo_button.isVisibleTo(first)
    assert first.status.text() == "Replaced by the correction below."
    assert replacing.undo_button.isVisibleTo(replacing)


def test_a_payment_to_an_unsaved_payee_says_where_to_save_them(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "pay Bea Miller 25 for the dog walking")
    card = window.conversation.open_card
    assert card is not None and card.proposal.payment is not None and card.proposal.problems
    assert "save the payee with their IBAN under Payments" in last_reply(window)
    enter(qtbot, window)  # Enter cannot confirm it; the card says the same
    assert "under Payments" in card.status.text()


def test_undoing_a_correction_brings_the_replaced_entry_and_its_undo_back(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    before = len(ledger(context))
    say(qtbot, window, "dinner 40")
    enter(qtbot, window)
    first = window.conversation.cards[-1]
    say(qtbot, window, "make it 48")
    replacing = window.conversation.open_card
    assert replacing is not None
    enter(qtbot, window)
    qtbot.mouseClick(replacing.undo_button, Qt.MouseButton.LeftButton)
    amounts = [row.amount for row in ledger(context)]
    assert len(amounts) == before + 1 and Decimal("-40.00") in amounts
    assert Decimal("-48.00") not in amounts
    assert first.status.text() == "✓ Back in the ledger: the correction was undone."
    assert first.undo_button.isVisibleTo(first)
    qtbot.mouseClick(first.undo_button, Qt.MouseButton.LeftButton)  # its own undo works again
    assert len(ledger(context)) == before


def test_undo_said_after_a_correction_brings_the_replaced_entry_back(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "dinner 40")
    enter(qtbot, window)
    first = window.conversation.cards[-1]
    say(qtbot, window, "make it 48")
    enter(qtbot, window)
    say(qtbot, window, "undo")
    enter(qtbot, window)  # the undo card, confirmed
    assert first.status.text() == "✓ Back in the ledger: the correction was undone."
    assert first.undo_button.isVisibleTo(first)
