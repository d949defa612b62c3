"""Issue 18, the undo history: in a French or Vietnamese window the undo card's title, the
Edit menu's Undo and Redo (and their tooltips), what was undone or redone, and the refusal
when the ledger changed meanwhile name the change in the window's language, its amount as
the window's locale writes money. A change set kept before labels were phrases (said NULL)
keeps its English label."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from lingassist.gui.action_card import ActionCard
from lingassist.gui.conversation_view import ConversationView
from lingassist.gui.main_window import MainWindow
from lingassist.ledger.tables import change_sets
from lingassist.services import payment_drafts, payments
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_payments_view import Approver, funded, make_view  # noqa: F401 - fixture
from tests.gui.test_receipts_view import fake_reader

LOCALES = {"fr": "fr_FR", "vi": "vi_VN"}
EUROS = "12,50\u00a0€"
SAID = {  # language -> (the label as it starts a line, Undo, Redo, undone, redone)
    "fr": (
        f"Ajouter une dépense de {EUROS} chez Blue Bottle",
        f"&Annuler : ajouter une dépense de {EUROS} chez Blue Bottle",
        f"Ré&tablir : ajouter une dépense de {EUROS} chez Blue Bottle",
        f"Annulé : ajouter une dépense de {EUROS} chez Blue Bottle",
        f"Rétabli : ajouter une dépense de {EUROS} chez Blue Bottle",
    ),
    "vi": (
        f"Thêm khoản chi {EUROS} tại Blue Bottle",
        f"&Hoàn tác: thêm khoản chi {EUROS} tại Blue Bottle",
        f"&Làm lại: thêm khoản chi {EUROS} tại Blue Bottle",
        f"Đã hoàn tác: thêm khoản chi {EUROS} tại Blue Bottle",
        f"Đã làm lại: thêm khoản chi {EUROS} tại Blue Bottle",
    ),
}
UNDO_TITLE = {"fr": "Annuler : {change}", "vi": "Hoàn tác: {change}"}
ENGLISH = "Add expense 12.50 EUR at Blue Bottle"
OLD_MENU = {
    "fr": "&Annuler : add expense 12.50 EUR at Blue Bottle",
    "vi": "&Hoàn tác: add expense 12.50 EUR at Blue Bottle",
}


@pytest.fixture
def window_locale(speaking: str) -> Iterator[str]:
    """The window's language with its locale (how it writes money)."""
    QLocale.setDefault(QLocale(LOCALES[speaking]))
    yield speaking
    QLocale.setDefault(QLocale("en_US"))


def _coffee(context: AppContext) -> None:
    record_entry(context, EntryRequest("12.50", merchant="Blue Bottle", category="coffee"))


def _undo_card(qtbot: QtBot, context: AppContext) -> tuple[ConversationView, ActionCard]:
    view = ConversationView(context)
    qtbot.addWidget(view)
    view.send("undo")
    assert view.open_card is not None
    return view, view.open_card


def _title(card: ActionCard) -> str:
    return card.title.text().replace("\u200b", "")


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(window)
    return window


def _forget_phrases(context: AppContext) -> None:
    """Make every change set as one kept before 0008: an English label, no phrase."""
    with context.database.sessions.begin() as session:
        session.execute(update(change_sets).values(said=None))


@pytest.mark.parametrize("speaking", ["fr", "vi"], indirect=True)
def test_the_undo_card_names_the_change_in_the_window_language(
    qtbot: QtBot, context: AppContext, window_locale: str
) -> None:
    label, _, _, undone, _ = SAID[window_locale]
    _coffee(context)
    view, card = _undo_card(qtbot, context)
    assert _title(card) == UNDO_TITLE[window_locale].format(change=label)
    assert view.confirm_open_card()
    assert card.status.text() == f"✓ {undone}"


@pytest.mark.parametrize("speaking", ["fr", "vi"], indirect=True)
def test_the_edit_menu_undoes_and_redoes_in_the_window_language(
    qtbot: QtBot, context: AppContext, window_locale: str
) -> None:
    _, undo, redo, undone, redone = SAID[window_locale]
    _coffee(context)
    window = _window(qtbot, context)
    assert window.undo_action.text() == undo
    assert window.undo_action.toolTip() == undo.replace("&", "")
    window.undo_action.trigger()
    assert window.command_bar.feedback_text == undone
    assert window.redo_action.text() == redo
    assert window.redo_action.toolTip() == redo.replace("&", "")
    window.redo_action.trigger()
    assert window.command_bar.feedback_text == redone
    assert window.undo_action.text() == undo


@pytest.mark.parametrize(
    ("speaking", "newest", "shown"),
    [("fr", "« Ajouter une dépense de 30,00\u00a0€ chez Esso »",
      f"et non « Ajouter une dépense de {EUROS} chez Blue Bottle ». Rien n’a été annulé."),
     ("vi", "“Thêm khoản chi 30,00\u00a0€ tại Esso”",
      f"không phải “Thêm khoản chi {EUROS} tại Blue Bottle”. Không có gì được hoàn tác.")],
    indirect=["speaking"],
)  # fmt: skip
def test_an_undo_card_refused_names_both_changes_in_the_window_language(
    qtbot: QtBot, context: AppContext, window_locale: str, newest: str, shown: str
) -> None:
    _coffee(context)
    view, card = _undo_card(qtbot, context)
    record_entry(context, EntryRequest("30", merchant="Esso", category="gas"))
    assert view.confirm_open_card()
    assert newest in card.status.text() and card.status.text().endswith(shown), card.status.text()


@pytest.mark.parametrize("speaking", ["fr", "vi"], indirect=True)
def test_a_change_kept_before_labels_were_phrases_keeps_its_english_label(
    qtbot: QtBot, context: AppContext, window_locale: str
) -> None:
    _coffee(context)
    _forget_phrases(context)
    _, card = _undo_card(qtbot, context)
    assert _title(card) == UNDO_TITLE[window_locale].format(change=ENGLISH)
    window = _window(qtbot, context)
    assert window.undo_action.text() == OLD_MENU[window_locale]


@pytest.mark.parametrize(
    ("speaking", "cancelled", "undone", "discarded"),
    [("fr", "Annuler le paiement de 40,50\u00a0€ à Alice Martin.",
      "Annulé : annuler le paiement de 40,50\u00a0€ à Alice Martin",
      "Abandonner le brouillon n° 2 pour Alice Martin."),
     ("vi", "Hủy khoản thanh toán 40,50\u00a0€ cho Alice Martin.",
      "Đã hoàn tác: hủy khoản thanh toán 40,50\u00a0€ cho Alice Martin",
      "Bỏ bản nháp #2 cho Alice Martin.")],
    indirect=["speaking"],
)  # fmt: skip
def test_the_payments_page_says_what_it_did_and_undid_in_the_window_language(
    qtbot: QtBot,
    funded: AppContext,  # noqa: F811 - the fixture imported above
    window_locale: str,
    cancelled: str,
    undone: str,
    discarded: str,
) -> None:
    view = make_view(qtbot, funded, Approver(True), [])
    view.confirm_selected()
    view.cancel_selected()
    assert view.feedback.text() == cancelled
    view.undo()
    assert view.feedback.text() == undone
    payment_drafts.save_draft(
        funded, payments.draft_payment(funded, "Alice Martin", Decimal("9.50"))
    )
    view.reload()
    row = [stored.id for stored in view._shown].index(2)
    view.payments.setCurrentItem(view.payments.topLevelItem(row))
    view.discard_selected()
    assert view.feedback.text() == discarded


def test_the_english_window_writes_the_amount_as_its_locale(
    qtbot: QtBot, context: AppContext, qapp: QApplication
) -> None:
    _coffee(context)
    window = _window(qtbot, context)
    assert window.undo_action.text() == "&Undo add expense €12.50 at Blue Bottle"
