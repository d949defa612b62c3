"""The assistant answers in the language of the sentence: a French or Vietnamese entry
gets its card line, its question and its "didn't get that" in that language."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import ConversationContext, Intent, ParsedCommand, parse
from lingassist.assistant.langs import PACKS
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.clarify import not_understood
from lingassist.services.context import AppContext

# About the words of the replies, not the ledger's storage: SQLite is enough.
pytestmark = pytest.mark.sqlite_only


def _reply(context: AppContext, text: str):  # type: ignore[no-untyped-def]
    reply, _ = handle_utterance(context, text, ConversationContext())
    return reply


def test_a_french_expense_is_an_expense_card_said_in_french(context: AppContext) -> None:
    reply = _reply(context, "j'ai dépensé 12 euros au café")
    assert reply.proposal is not None
    assert reply.command.intent is Intent.ADD_EXPENSE
    assert "Ajouter une dépense de 12,00" in reply.text and "Appuyez sur Entrée" in reply.text


def test_a_vietnamese_expense_without_marks_is_said_in_vietnamese(context: AppContext) -> None:
    reply = _reply(context, "toi da chi 50k cho ca phe")
    assert reply.proposal is not None and reply.command.amount == 50000
    assert reply.text.startswith("Thêm khoản chi") and "Nhấn Enter" in reply.text


def test_what_is_missing_is_asked_in_the_sentence_language(context: AppContext) -> None:
    # (a payment is still to make: its amount is asked in the tense of what is to come)
    assert _reply(context, "paie Nicolas").text == "Combien faut-il payer ?"
    assert _reply(context, "chuyển cho Quân").text == "Cần chuyển bao nhiêu?"
    assert _reply(context, "j'ai pris un café chez Paul").text == "C’était combien ?"


def test_two_amounts_are_asked_about_in_the_sentence_language_and_the_answer_completes_it(
    context: AppContext,
) -> None:
    # (two things each named beside its price are one entry for their total: "bagel 2.80
    # and juice 3.40"; one thing after another is asked about)
    english, conversation = handle_utterance(
        context, "gas 41.20 then parking 6.50", ConversationContext()
    )
    assert english.proposal is None
    assert english.text.startswith("Which amount was it:") and "41.20" in english.text
    assert "6.50" in english.text
    answered, _ = handle_utterance(context, "6.50", conversation)
    assert answered.proposal is not None and answered.command.amount == Decimal("6.50")
    french = _reply(context, "essence 41,20 puis parking 6,50")
    assert french.proposal is None and french.text.startswith("C’était quel montant :")
    assert "41,20" in french.text and " ou " in french.text
    vietnamese = _reply(context, "xăng 41k rồi gửi xe 6k")
    assert vietnamese.proposal is None and vietnamese.text.startswith("Số tiền nào đúng:")


def test_a_day_in_a_past_period_is_asked_for_and_the_answer_completes_it(
    context: AppContext,
) -> None:
    asked, conversation = handle_utterance(
        context, "bowling 32 last weekend", ConversationContext()
    )
    assert asked.proposal is None and asked.text == "Which day was it?"
    answered, _ = handle_utterance(context, "saturday", conversation)
    assert answered.proposal is not None and answered.command.date is not None
    assert answered.command.date.weekday() == 5
    assert _reply(context, "ciné 24 euros le week-end dernier").text == "C’était quel jour ?"
    assert _reply(context, "xem phim 100k tuần trước").text == "Vào ngày nào?"


def test_cancel_and_not_understood_in_french(context: AppContext) -> None:
    assert _reply(context, "laisse tomber").text.startswith("Rien à annuler : aucune carte")
    unclear = _reply(context, "raconte-moi une blague")
    assert unclear.proposal is None and unclear.text.startswith("Désolé")


@pytest.mark.parametrize(("asked", "language"), [("aide", "fr"), ("trợ giúp", "vi")])
def test_help_is_in_the_language_and_every_example_is_understood(
    context: AppContext, asked: str, language: str
) -> None:
    reply = _reply(context, asked)
    examples = re.findall(r"[«“]\s*([^»”]+?)\s*[»”]", reply.text)
    assert len(examples) >= 8
    for example in examples:
        command = parse(example, today=date(2026, 11, 18), default_currency="EUR")
        assert command.language == language and command.intent is not Intent.OTHER, example


def test_answers_to_questions_come_in_the_sentence_language(context: AppContext) -> None:
    card = _reply(context, "j'ai dépensé 12 euros au café")
    assert card.proposal is not None
    confirm(context, card.proposal)
    spent = _reply(context, "combien j'ai dépensé ce mois-ci ?").text
    assert spent.startswith("Vous avez dépensé 12,00") and "(1 opération)" in spent
    listed = _reply(context, "montre mes transactions de ce mois").text
    assert listed.startswith("Voici 1 opération")
    asked = _reply(context, "tháng này tôi đã tiêu bao nhiêu?").text
    assert asked.startswith("Bạn đã chi") and "(1 giao dịch)" in asked
    assert _reply(context, "số dư tài khoản của tôi").text.startswith("Số dư hôm nay")
    assert _reply(context, "où en est mon budget resto").text.startswith("Vous n’avez pas encore")


@pytest.mark.parametrize("language", ["fr", "vi"])
def test_each_suggested_example_is_understood_as_what_it_shows(language: str) -> None:
    pack = PACKS[language]
    for key, value in pack.messages.items():
        if not key.startswith("example."):
            continue
        _, example = value.split("|")
        command = parse(example, today=date(2026, 11, 18), default_currency="EUR")
        assert (command.language, command.intent.value) == (language, key[8:]), example


def test_an_unclear_french_sentence_gets_the_closest_example() -> None:
    unclear = ParsedCommand(
        "truc 12 euros", Intent.OTHER, language="fr", closest=Intent.ADD_EXPENSE
    )
    reply = not_understood(unclear, "12,00 €")
    assert "Je vois 12,00 €" in reply and "enregistrer une dépense" in reply


def test_rankings_and_subscriptions_in_the_sentence_language(context: AppContext) -> None:
    card = _reply(context, "tôi đã chi 50k cho cà phê")
    assert card.proposal is not None
    confirm(context, card.proposal)
    ranked = _reply(context, "tôi tiêu nhiều nhất vào cái gì tháng này").text
    assert ranked.startswith("Các danh mục chi nhiều nhất") and "1 giao dịch" in ranked
    assert _reply(context, "quels sont mes abonnements ?").text.startswith("Je n’ai trouvé aucun")
