"""An answer in French or Vietnamese names the categories and LingAssist's own accounts in
the sentence's language (from the names tables in resources/); English answers keep the
ledger's names. Sentences written for this test."""

from __future__ import annotations

import pytest

from lingassist.assistant import ConversationContext
from lingassist.services.assistant import handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry

pytestmark = pytest.mark.sqlite_only


def _say(context: AppContext, text: str) -> str:
    reply, _ = handle_utterance(context, text, ConversationContext())
    return reply.text


@pytest.fixture
def spent(context: AppContext) -> AppContext:
    record_entry(context, EntryRequest("2000", category="INCOME_SALARY", income=True))
    record_entry(context, EntryRequest("4.20", merchant="Brew Lab", category="coffee"))
    record_entry(context, EntryRequest("61.30", merchant="Lidl", category="groceries"))
    return context


def test_a_ranking_names_the_categories_in_the_sentences_language(spent: AppContext) -> None:
    french = _say(spent, "mes catégories principales ce mois-ci")
    assert "Courses" in french and "Café" in french and "Groceries" not in french
    vietnamese = _say(spent, "tháng này chi nhiều nhất cho danh mục nào")
    assert "Đi chợ" in vietnamese and "Cà phê" in vietnamese
    english = _say(spent, "my top categories this month")
    assert "Groceries" in english and "Coffee" in english


def test_spending_and_balances_name_category_and_accounts_in_the_language(
    spent: AppContext,
) -> None:
    assert "Courses" in _say(spent, "combien j'ai dépensé en courses ce mois-ci")
    balances = _say(spent, "quel est mon solde ?")
    assert "Compte courant" in balances and "Espèces" in balances
    assert "Tiền mặt" in _say(spent, "số dư của tôi là bao nhiêu")
    assert "Checking" in _say(spent, "what is my balance")
