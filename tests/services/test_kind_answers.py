"""A listing of one kind of transaction is answered with that kind only, and says it:
"Your refunds in November 2026 (1 transaction):", "No transfers in October 2026.", in the
sentence's language."""

from __future__ import annotations

from lingassist.assistant import ConversationContext
from lingassist.services.answers import Answer
from lingassist.services.assistant import handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry


def _book(context: AppContext) -> None:
    """Today is 2026-11-23: an expense and a refund this month, income in October."""
    for entry in (
        EntryRequest("18.40", merchant="Noodle Bar", category="FOOD_AND_DRINK_RESTAURANT",
                     date="2026-11-04"),
        EntryRequest("64.00", merchant="Hardware Hut", category="HOME_IMPROVEMENT_HARDWARE",
                     date="2026-11-12"),
        EntryRequest("12.00", merchant="Hardware Hut", category="HOME_IMPROVEMENT_HARDWARE",
                     date="2026-11-14", refund=True),
        EntryRequest("2100", merchant="Tern Studio", category="INCOME_SALARY", date="2026-10-30",
                     income=True),
    ):  # fmt: skip
        record_entry(context, entry)


def _answer(context: AppContext, text: str) -> Answer:
    reply, _ = handle_utterance(context, text, ConversationContext())
    return Answer(reply.text, reply.rows)


def test_a_listing_of_refunds_shows_only_the_refunds_and_says_so(context: AppContext) -> None:
    _book(context)
    answer = _answer(context, "show me my refunds this month")
    assert answer.text == "Your refunds in November 2026 (1 transaction):"
    assert [(row.merchant, row.amount) for row in answer.rows] == [("Hardware Hut", 12)]


def test_income_expenses_and_transfers_are_listed_by_kind(context: AppContext) -> None:
    _book(context)
    income = _answer(context, "show me my income transactions for october")
    assert income.text == "Your income in October 2026 (1 transaction):"
    assert [row.merchant for row in income.rows] == ["Tern Studio"]
    spent = _answer(context, "show expenses over 30 this month")
    assert spent.text == "Your expenses in November 2026 (1 transaction):"
    assert [row.amount for row in spent.rows] == [-64]
    assert _answer(context, "list my income this month").text == "No income in November 2026."
    nothing = _answer(context, "what transfers did I do last month")
    assert (nothing.text, nothing.rows) == ("No transfers in October 2026.", ())
    assert _answer(context, "list my transfers").text == "No transfers found."


def test_a_listing_without_a_kind_is_answered_as_before(context: AppContext) -> None:
    _book(context)
    answer = _answer(context, "show transactions this month")
    assert answer.text == "Here are 3 transactions in November 2026:"


def test_kinds_are_said_in_french_and_vietnamese(context: AppContext) -> None:
    _book(context)
    refunds = _answer(context, "montre mes remboursements ce mois-ci")
    assert refunds.text == "Vos remboursements en novembre 2026 (1 opération) :"
    assert [row.merchant for row in refunds.rows] == ["Hardware Hut"]
    assert _answer(context, "liste mes virements du mois dernier").text == (
        "Aucun virement en octobre 2026."
    )
    spent = _answer(context, "xem chi tiêu tháng này")
    assert spent.text == "Các khoản chi của bạn trong tháng 11 2026 (2 giao dịch):"
    assert _answer(context, "xem các khoản hoàn tiền tháng trước").text == (
        "Không có khoản hoàn tiền nào trong tháng 10 2026."
    )


def test_a_total_of_refunds_says_the_money_back(context: AppContext) -> None:
    _book(context)
    back = _answer(context, "how much did I receive in refunds this month")
    said = "You got €12.00 back in refunds in November 2026 (1 transaction), nothing in October"
    assert back.text == said + " 2026."
    assert [row.merchant for row in back.rows] == ["Hardware Hut"]
    french = _answer(context, "combien de remboursements ce mois-ci")
    assert french.text.startswith("Vous avez été remboursé de 12,00\u00a0€ en novembre 2026")
    spent = _answer(context, "how much did I spend this month")  # net of the refund, as before
    assert spent.text.startswith("You spent €70.40 in November 2026 (3 transactions)")
