"""The ledger's merchants found by the one merchant key, whatever form a name came in.

The ledger keeps a merchant under the name as it was first written ("POS 4411 WOOLWORTHS
CAPE TOWN"); a person names it as they know it ("Woolworths"). Both go through
`categorize.normalize.key_of`, and names that the merchant memory would take for one
merchant (`categorize.memory.names_match`) are one merchant here too.
"""

from __future__ import annotations

from lingassist.core.errors import NotFound
from lingassist.core.phrases import phrase, quoted
from lingassist.ledger.journal import ChangeSet
from lingassist.ledger.recategorize import (
    merchant_names_by_id,
    set_category_of_merchants,
    transactions_of_merchants,
)
from lingassist.ledger.reports import merchant_names
from lingassist.ledger.sessions import Session


def merchant_ids(name: str, *, session: Session) -> list[int]:
    """Ids of the ledger's merchants that `name` names, in whatever form each was stored."""
    from lingassist.categorize.memory import names_match
    from lingassist.categorize.normalize import normalize

    asked = normalize(name)
    return [
        merchant_id
        for merchant_id, stored in merchant_names_by_id(session=session)
        if names_match(asked.key, normalize(stored).key, loose=not asked.known, brand=asked.known)
    ]


def transactions_at(name: str, *, session: Session) -> list[int]:
    """Ids of every transaction at the merchant `name` names, newest first."""
    return transactions_of_merchants(merchant_ids(name, session=session), session=session)


def file_merchant(name: str, category_id: int, *, session: Session, change: ChangeSet) -> None:
    """Remember the category the person wants for the merchant `name` from now on, on
    every form of its name the ledger holds (undoable).

    Raises:
        NotFound: the ledger has no merchant of that name.
    """
    found = merchant_ids(name, session=session)
    if not found:
        raise NotFound(
            phrase("There is no merchant called {name} in your ledger yet.", name=quoted(name))
        )
    set_category_of_merchants(found, category_id, session=session, change=change)


def known_merchant_names(*, session: Session) -> list[str]:
    """The person's merchants by every name they may say or type: as stored ("POS 4411
    WOOLWORTHS CAPE TOWN") and as known ("Woolworths"), most used first."""
    from lingassist.categorize.normalize import normalize

    stored = merchant_names(session=session)
    names = dict.fromkeys(stored)
    names.update(dict.fromkeys(normalize(name).merchant for name in stored))
    return [name for name in names if name]
