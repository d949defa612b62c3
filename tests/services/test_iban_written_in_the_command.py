"""An IBAN written in a payment command is the draft's IBAN, checked like any other: shown on
the card for a payee not saved yet (who still cannot be paid before being saved), and
against the saved one for a payee who has an IBAN."""

from __future__ import annotations

from datetime import date

from lingassist.assistant import parse
from lingassist.core.transactions import TransactionSource
from lingassist.payments.draft import ProblemCode
from lingassist.services import payments
from lingassist.services.actions import propose
from lingassist.services.context import AppContext

_WRITTEN = "DE89370400440532013000"
_OTHER = "GB29NWBK60161331926819"


def _card(context: AppContext, text: str):  # type: ignore[no-untyped-def]
    command = parse(text, today=date(2026, 12, 6))
    return propose(context, command, TransactionSource.TEXT)


def test_the_written_iban_is_on_the_card_beside_the_name(context: AppContext) -> None:
    card = _card(context, f"pay my rent 950 to Landlord Ltd IBAN {_WRITTEN}")
    values = {field.label: field.value for field in card.fields}
    assert values["Pay"] == "Landlord Ltd"
    assert values["IBAN"].replace(" ", "") == _WRITTEN
    codes = {problem.code for problem in card.payment.problems}
    assert ProblemCode.IBAN_MISSING not in codes
    assert ProblemCode.PAYEE_UNKNOWN in codes  # saved first, never paid on a typed account


def test_a_written_iban_not_the_saved_payees_is_flagged(context: AppContext) -> None:
    payments.save_payee(context, "Alice Martin", _WRITTEN)
    card = _card(context, f"pay Alice Martin 40 IBAN {_OTHER}")
    assert ProblemCode.IBAN_NOT_PAYEES in {problem.code for problem in card.payment.problems}


def test_the_saved_iban_is_used_when_none_is_written(context: AppContext) -> None:
    payments.save_payee(context, "Alice Martin", _WRITTEN)
    card = _card(context, "pay Alice Martin 40")
    values = {field.label: field.value for field in card.fields}
    assert values["IBAN"].replace(" ", "") == _WRITTEN
