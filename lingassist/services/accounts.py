"""Accounts and categories by name, for commands that narrow to one."""

from __future__ import annotations

from lingassist.core.accounts import Account
from lingassist.core.category_groups import GROUPS, PRIMARY_CODES
from lingassist.ledger.repository import find_account, resolve_category
from lingassist.services.context import AppContext


def account_named(context: AppContext, name: str) -> Account:
    """The account called `name` (any case).

    Raises:
        NotFound: no account has that name; the message lists the accounts there are.
    """
    with context.database.sessions() as session:
        return find_account(name, session=session)


def category_filter(context: AppContext, text: str) -> str:
    """The code a ``--category`` filter uses for `text`: a group ("EATING_OUT"), a primary
    code (all its details), a detailed code, or a category's name ("Coffee").

    Raises:
        NotFound: nothing is called that; the message suggests close names.
        Ambiguous: the name belongs to several categories; the message lists their codes.
    """
    code = text.strip().upper().replace(" ", "_")
    if code in GROUPS or code in PRIMARY_CODES:
        return code
    with context.database.sessions() as session:
        return resolve_category(text, session=session).code
