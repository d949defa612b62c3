"""The person's own words — payees, merchants, accounts — for speech recognition."""

from __future__ import annotations

from lingassist.ledger.reports import merchant_names
from lingassist.ledger.repository import money_accounts
from lingassist.ledger.tables import payees
from lingassist.services.context import AppContext

VOCABULARY_SIZE = 60


def speech_vocabulary(context: AppContext) -> list[str]:
    """Names Whisper should expect: payees, the most used merchants (as a person says
    them: "Woolworths", not the bank's "POS 4411 WOOLWORTHS CAPE TOWN"), account names."""
    from lingassist.categorize.normalize import normalize

    with context.database.sessions() as session:
        known_payees = list(session.scalars(payees.select().with_only_columns(payees.c.name)))
        stored = merchant_names(session=session, limit=VOCABULARY_SIZE)
        accounts = [account.name for account in money_accounts(session=session)]
    merchants = [normalize(name).merchant or name for name in stored]
    return list(dict.fromkeys([*known_payees, *merchants, *accounts]))[:VOCABULARY_SIZE]
