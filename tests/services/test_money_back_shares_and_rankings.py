"""Refunds, shared expenses, repeating entries, rankings and subscriptions, end to end on
a real ledger: a sentence in, a card, a confirmation, and the questions that read it."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

from lingassist.assistant import ConversationContext
from lingassist.ledger.reports import account_balances
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry


def say(context: AppContext, text: str) -> str:
    """Send `text`; confirm the card it proposes, if any; return the last reply."""
    reply, _ = handle_utterance(context, text, ConversationContext())
    if reply.proposal is not None:
        return confirm(context, reply.proposal).text
    return reply.text


def balance(context: AppContext, name: str) -> Decimal:
    with context.database.sessions() as session:
        return next(b.balance for b in account_balances(session=session) if b.name == name)


def test_a_refund_puts_money_back_into_the_category_it_left(context: AppContext) -> None:
    say(context, "shoes 80 at Zalando")
    assert say(context, "refund of 80 from Zalando").startswith("Added refund")
    assert balance(context, "Checking") == Decimal("0.00")
    assert "You spent €0.00 at Zalando" in say(
        context, "how much did I spend at Zalando this month"
    )


def test_a_split_records_my_share_and_what_is_owed_to_me(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "dinner 60 split with Ana", ConversationContext())
    assert reply.proposal is not None
    labels = {f.label: f.value for f in reply.proposal.fields}
    assert labels["Your share"] == "€30.00" and labels["Owed to you"] == "€30.00 by Ana"
    confirm(context, reply.proposal)
    assert balance(context, "Checking") == Decimal("-60.00")
    assert balance(context, "Owed to me") == Decimal("30.00")
    assert "€30.00" in say(context, "how much did I spend on restaurants this month")


def test_three_sharers_are_listed_with_commas(context: AppContext) -> None:
    reply, _ = handle_utterance(
        context, "dinner 84 split with Ruth, Omar and Jo", ConversationContext()
    )
    assert reply.proposal is not None
    labels = {f.label: f.value for f in reply.proposal.fields}
    assert labels["Owed to you"] == "€63.00 by Ruth, Omar and Jo"


def test_an_odd_split_loses_no_cent(context: AppContext) -> None:
    say(context, "taxi 10 split with Ana and Ben")
    assert balance(context, "Owed to me") == Decimal("6.67")  # my share 3.33, theirs 6.67


def test_a_split_counted_in_ways_needs_no_names(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "dinner 90 split 3 ways", ConversationContext())
    assert reply.proposal is not None and not reply.proposal.problems
    labels = {f.label: f.value for f in reply.proposal.fields}
    assert labels["Your share"] == "€30.00" and labels["Owed to you"] == "€60.00 by 2 others"
    confirm(context, reply.proposal)
    assert balance(context, "Checking") == Decimal("-90.00")
    assert balance(context, "Owed to me") == Decimal("60.00")
    say(context, "lunch 30, split evenly with 2 friends")
    assert balance(context, "Owed to me") == Decimal("80.00")


def test_rankings_list_the_largest_categories_first(context: AppContext) -> None:
    for text in ("groceries 50.20", "coffee 3.10", "coffee 4.00", "rent 900"):
        say(context, text)
    answer = say(context, "top categories this month")
    lines = answer.splitlines()
    assert lines[1].startswith("1. Rent: €900.00") and "Groceries" in lines[2]


def test_subscriptions_said_or_found_from_their_rhythm(context: AppContext) -> None:
    say(context, "netflix 15.99 monthly")
    for months_back in range(4):
        day = context.today() - timedelta(days=30 * months_back + 3)
        record_entry(context, EntryRequest("9.99", merchant="Cloud Drive", date=day.isoformat()))
    answer = say(context, "list subscriptions")
    assert "Netflix: €15.99 monthly" in answer  # typed "netflix", named with its capital
    assert "Cloud Drive: €9.99 monthly" in answer and "found from its rhythm" in answer
    assert answer.startswith("2 repeating charges")
    assert not re.search(r"\d{4}-\d{2}-\d{2}", answer)  # days as people read them


def test_subscriptions_answered_in_french(context: AppContext) -> None:
    say(context, "netflix 15.99 monthly")
    answer = say(context, "quels sont mes abonnements ?")
    assert answer.startswith("1 paiement régulier, environ"), answer
    assert "Netflix : 15,99\u00a0€ par mois, prochain vers le" in answer, answer
    assert "monthly" not in answer and not re.search(r"\d{4}-\d{2}-\d{2}", answer)


def test_food_means_all_of_food_and_drink(context: AppContext) -> None:
    for text in ("groceries 20", "coffee 5", "taxi 12"):
        say(context, text)
    assert "€25.00 on Food and drink" in say(context, "how much did I spend on food this month")


def test_rankings_leave_out_money_moved_between_own_accounts(context: AppContext) -> None:
    say(context, "groceries 40")
    assert say(context, "move 300 from checking to cash").startswith("Moved")
    answer = say(context, "top categories this month")
    assert "Transfer" not in answer and "1. Groceries: €40.00 (100%" in answer


def test_one_undo_takes_back_a_shared_expense_and_the_owed_account_it_made(
    context: AppContext,
) -> None:
    from lingassist.services.entries import undo_last

    say(context, "dinner 60 split with Ana")
    undo_last(context)
    with context.database.sessions() as session:
        names = {b.name for b in account_balances(session=session)}
    assert "Owed to me" not in names
    assert balance(context, "Checking") == Decimal("0.00")
