"""Asking how much came in ("how much did I earn this month") is answered from the income
side of the ledger, in English, French and Vietnamese alike, and never carded as an entry.
The sentences are written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from lingassist.assistant import ConversationContext, Intent, parse
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext

pytestmark = pytest.mark.sqlite_only
TODAY = date(2026, 11, 23)

ASKED = [
    ("how much did I earn this month", "en", "2026-11"),
    ("what was my income in october", "en", "2026-10"),
    ("combien ai-je gagné ce mois-ci", "fr", "2026-11"),
    ("combien j'ai touché le mois dernier ?", "fr", "2026-10"),
    ("mes revenus en octobre", "fr", "2026-10"),
    ("quels sont mes revenus ce mois-ci", "fr", "2026-11"),
    ("j'ai gagné combien ce mois", "fr", "2026-11"),
    ("tháng này tôi kiếm được bao nhiêu", "vi", "2026-11"),
    ("thu nhập tháng 10", "vi", "2026-10"),
    ("thu nhập của mình tháng này là bao nhiêu", "vi", "2026-11"),
    ("thang truoc toi nhan duoc bao nhieu tien", "vi", "2026-10"),
]


@pytest.mark.parametrize(("text", "language", "month"), ASKED)
def test_an_income_question_asks_about_money_received(text: str, language: str, month: str) -> None:
    command = parse(text, today=TODAY, default_currency="EUR")
    assert command.intent is Intent.QUERY_SPENDING
    assert command.category == "INCOME" and command.amount is None
    assert command.language == language
    assert command.period is not None and command.period.start.isoformat()[:7] == month


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("j'ai gagné 40 euros en vendant mon vélo", Intent.ADD_INCOME),
        ("tôi kiếm được 2 triệu hôm qua", Intent.ADD_INCOME),  # earned, not spent
        ("thu nhập 5 triệu", Intent.ADD_INCOME),
        ("combien j'ai dépensé ce mois-ci", Intent.QUERY_SPENDING),
    ],
)
def test_money_received_with_an_amount_is_still_an_entry(text: str, intent: Intent) -> None:
    command = parse(text, today=TODAY, default_currency="EUR")
    assert command.intent is intent
    assert command.category != "INCOME"


def _say(context: AppContext, text: str) -> str:
    reply, _ = handle_utterance(context, text, ConversationContext())
    assert reply.proposal is None, text  # a question: nothing to confirm
    return reply.text.replace("\u202f", " ").replace("\xa0", " ")  # Babel's narrow spaces


def _record(context: AppContext, text: str) -> None:
    reply, _ = handle_utterance(context, text, ConversationContext())
    assert reply.proposal is not None, text
    confirm(context, reply.proposal)


def test_the_answer_sums_income_not_spending_in_each_language(context: AppContext) -> None:
    _record(context, "received salary 2400 euros on November 3")
    _record(context, "got paid 150 euros by Acme on November 10")
    _record(context, "spent 30 euros at the bakery on November 12")
    _record(context, "received salary 2300 euros on October 3")
    english = _say(context, "how much did I earn this month")
    assert english.startswith("You received €2,550.00 in November 2026 (2 transactions)")
    assert "€2,300.00" in english  # compared with October
    french = _say(context, "combien ai-je gagné ce mois-ci")
    assert french.startswith("Vous avez reçu 2 550,00 € en novembre 2026 (2 opérations)")
    vietnamese = _say(context, "thu nhập tháng 10")
    assert vietnamese.startswith("Bạn đã nhận 2.300,00 € trong tháng 10 2026 (1 giao dịch)")
    spent = _say(context, "how much did I spend this month")
    assert spent.startswith("You spent €30.00")
