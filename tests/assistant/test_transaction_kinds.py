"""A listing narrowed to one kind of transaction: "show me my refunds this week" asks
for refunds, "list my income in september" for income; the kind points at its words, in
English, French and Vietnamese."""

from __future__ import annotations

from datetime import date

import pytest

from lingassist.assistant import Intent, parse
from lingassist.assistant.kinds import fill_kind, find_kind
from lingassist.assistant.types import ParsedCommand

TODAY = date(2026, 11, 18)


def _parsed(text: str) -> ParsedCommand:
    return parse(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("show me my refunds this week", "refund", "refunds"),
        ("show money back this month", "refund", "money back"),
        ("show my returns this week", "refund", "returns"),
        ("list my income in september", "income", "income"),
        ("show payments in from Harbor Labs", "income", "payments in"),
        ("show expenses over 65 this week", "expense", "expenses"),
        ("list my outgoings for october", "expense", "outgoings"),
        ("show my spending last week", "expense", "spending"),
        ("what transfers did I do in august", "transfer", "transfers"),
        ("list all my transfers from last month", "transfer", "transfers"),
    ],
)
def test_a_listing_names_the_kind_of_transaction(text: str, kind: str, words: str) -> None:
    command = _parsed(text)
    assert command.intent is Intent.SHOW_TRANSACTIONS
    assert command.kind == kind
    span = command.spans["kind"]
    assert text[span.start : span.end] == span.source == words


def test_the_kind_comes_with_the_other_slots() -> None:
    command = _parsed("show expenses over 65 this week")
    assert command.min_amount == 65 and command.period is not None
    assert command.period.start == date(2026, 11, 16)
    command = _parsed("list my income in september")
    assert command.period is not None and command.period.start == date(2026, 9, 1)


@pytest.mark.parametrize(
    "text",
    [
        "list payments in this month",  # "in" starts the period: payments of any kind
        "show payments in october",
        "show everything except transfers",  # left out, not asked for
        "show transactions without the refunds",
        "show income and expenses for october",  # two kinds: every kind
        "show transactions at Returns Depot",  # a shop's name
        "show transactions this month",
    ],
)
def test_no_kind_is_guessed(text: str) -> None:
    command = _parsed(text)
    assert command.kind is None and "kind" not in command.spans


def test_a_total_gets_a_kind_only_for_refunds() -> None:
    income = _parsed("how much income did I get last month")  # answered as before
    assert income.intent is Intent.QUERY_SPENDING and income.category == "INCOME"
    assert income.kind is None
    for text in ("how much were my expenses in august", "how much did I transfer in august"):
        assert _parsed(text).kind is None, text
    back = _parsed("how much did I receive in refunds this week")
    assert back.intent is Intent.QUERY_SPENDING and back.kind == "refund"
    assert back.category is None  # money back is not income
    assert back.spans["kind"].source == "refunds"
    refund = _parsed("got a refund of 20 from the bike shop")
    assert refund.intent is Intent.ADD_REFUND and refund.kind is None


def test_find_kind_skips_the_words_of_other_slots() -> None:
    text = "list refunds"
    found = find_kind(text)
    assert found is not None and found[0] == "refund"
    assert find_kind(text, [found[1]]) is None
    slots: dict[str, object] = {}
    spans = {"merchant": found[1]}
    fill_kind(text, Intent.SHOW_TRANSACTIONS, slots, spans)
    assert "kind" not in slots


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("montre mes remboursements ce mois-ci", "refund", "remboursements"),
        ("liste mes virements du mois dernier", "transfer", "virements"),
        ("montre mes dépenses de la semaine dernière", "expense", "dépenses"),
        ("montre mes dépenses de plus de 40 euros", "expense", "dépenses"),
        ("liste mes revenus d'octobre", "income", "mes revenus"),
        ("xem các khoản hoàn tiền tháng này", "refund", "các khoản hoàn tiền"),
        ("xem chi tiêu tuần trước", "expense", "chi tiêu"),
        ("liệt kê các lần chuyển khoản tháng này", "transfer", "các lần chuyển khoản"),
        ("xem các giao dịch chuyển khoản tháng trước", "transfer", "chuyển khoản"),
    ],
)
def test_french_and_vietnamese_listings_name_the_kind(text: str, kind: str, words: str) -> None:
    command = _parsed(text)
    assert command.language in ("fr", "vi")
    assert command.intent is Intent.SHOW_TRANSACTIONS
    assert command.kind == kind
    span = command.spans["kind"]
    assert text[span.start : span.end] == span.source == words


def test_a_french_amount_bound_stays_with_the_kind() -> None:
    command = _parsed("montre mes dépenses de plus de 40 euros")
    assert command.min_amount == 40 and command.kind == "expense"
