"""An account said by its kind rather than its name ("on my card", "paid by card"): the one
account of that kind when there is only one, and a question naming the accounts otherwise."""

from __future__ import annotations

import pytest

from lingassist.core.accounts import AccountKind, AccountType
from lingassist.core.errors import NotFound
from lingassist.ledger import journal
from lingassist.ledger.repository import create_account, find_account
from lingassist.services.context import AppContext


def _add_card(context: AppContext, name: str) -> None:
    with context.database.sessions.begin() as session:
        change = journal.begin_change(session, f"add {name}")
        create_account(
            name, AccountType.LIABILITY, AccountKind.CARD, "EUR", session=session, change=change
        )


@pytest.mark.parametrize(
    "said",
    ["card", "Card", "credit card", "debit  card", "credit", "carte", "carte bancaire", "thẻ"],
)
def test_the_only_card_is_the_card_said(context: AppContext, said: str) -> None:
    _add_card(context, "Visa")
    with context.database.sessions() as session:
        assert find_account(said, session=session).name == "Visa"


def test_with_two_cards_which_one_is_asked(context: AppContext) -> None:
    _add_card(context, "Visa")
    _add_card(context, "Amex")
    with context.database.sessions() as session, pytest.raises(NotFound) as raised:
        find_account("card", session=session)
    assert "Visa" in str(raised.value) and "Amex" in str(raised.value)


def test_with_no_card_none_is_made_up(context: AppContext) -> None:
    with context.database.sessions() as session, pytest.raises(NotFound):
        find_account("card", session=session)


def test_an_account_called_card_is_still_found_by_its_name(context: AppContext) -> None:
    _add_card(context, "Visa")
    _add_card(context, "Card")
    with context.database.sessions() as session:
        assert find_account("card", session=session).name == "Card"
