"""Accounts by name, for commands that narrow to one."""

from __future__ import annotations

from lingassist.core.accounts import Account
from lingassist.ledger.repository import find_account
from lingassist.services.context import AppContext


def account_named(context: AppContext, name: str) -> Account:
    """The account called `name` (any case).

    Raises:
        NotFound: no account has that name; the message lists the accounts there are.
    """
    with context.database.sessions() as session:
        return find_account(name, session=session)
