"""What an action card (services.actions) says in words LingAssist writes itself, as
phrases a window shows in its language: missing slots, how often an entry repeats, who
shares an expense, what a recategorization did, and an account the ledger does not have."""

from __future__ import annotations

from lingassist.core.errors import NotFound
from lingassist.core.phrases import AccountName, CategoryName, Phrase, phrase, quoted
from lingassist.ledger.repository import find_account, money_accounts
from lingassist.ledger.sessions import Session

_REPEATS = {  # how often an entry repeats (assistant.recurrence's words), in words
    "daily": "daily",
    "weekly": "weekly",
    "monthly": "monthly",
    "yearly": "yearly",
}
_MISSING = {  # the slots a card can lack, each said in words
    "amount": "The amount is missing.",
    "merchant": "The merchant is missing.",
    "payee": "The payee is missing.",
    "category": "The category is missing.",
    "account": "The account is missing.",
    "to_account": "The account to move it to is missing.",
    "split_with": "Who shares it is missing.",
    "date": "The date is missing.",
}
_MOVED = {  # (one transaction, merchant remembered) -> what was done
    (True, False): "Moved {count} transaction to {category}.",
    (False, False): "Moved {count} transactions to {category}.",
    (True, True): (
        "Moved {count} transaction to {category} and {merchant} will go there from now on."
    ),
    (False, True): (
        "Moved {count} transactions to {category} and {merchant} will go there from now on."
    ),
}


def repeats(recurrence: str) -> Phrase | None:
    """ "monthly" in words (None for a repetition without words here)."""
    return phrase(_REPEATS[recurrence]) if recurrence in _REPEATS else None


def missing(slot: str) -> Phrase:
    """ "The amount is missing." for a slot a card lacks."""
    if slot in _MISSING:
        return phrase(_MISSING[slot])
    return phrase("The {name} is missing.", name=slot)


def moved(count: int, code: str, name: str, merchant: str) -> Phrase:
    """What a recategorization did: "Moved 2 transactions to Groceries" (and, with a
    `merchant`, that it will go there from now on)."""
    return phrase(
        _MOVED[count == 1, bool(merchant)],
        count=str(count),
        category=CategoryName(code, name),
        merchant=merchant,
    )


def sharers(names: tuple[str, ...], people: int, *, counted: bool) -> str | Phrase:
    """Who shares an expense besides the person: "Tom and Ana", or "2 others" when only
    counted ("3 ways"); "?" when neither."""
    if names:
        return and_list(names)
    others = "{count} others" if people > 2 else "{count} other"
    return phrase(others, count=str(people - 1)) if counted else "?"


def and_list(names: tuple[str, ...]) -> str | Phrase:
    """ "Tom", "Tom and Ana", "Tom, Ana and Léa" ("" for none): commas between the first
    ones, as English, French and Vietnamese all write them."""
    if len(names) < 2:
        return names[0] if names else ""
    return phrase("{names} and {last}", names=", ".join(names[:-1]), last=names[-1])


def stored_account(name: str | None, *, session: Session) -> str:
    """The account as the ledger names it ("Checking" for "checking"), so a window can
    show LingAssist's own accounts in its language; the words as said when there is no
    such account ("" for none said)."""
    if not name:
        return ""
    try:
        return find_account(name, session=session).name
    except NotFound:
        return name


def no_account(name: str, *, session: Session) -> Phrase:
    """ "There is no account called 'Savngs'. Accounts: Checking, Savings." """
    held = [AccountName(account.name) for account in money_accounts(session=session)]
    listed: Phrase | AccountName | str = held[0] if held else phrase("none yet")
    for account in held[1:]:
        listed = phrase("{names}, {name}", names=listed, name=account)
    return phrase(
        "There is no account called {name}. Accounts: {names}.",
        name=quoted(name.strip()),
        names=listed,
    )
