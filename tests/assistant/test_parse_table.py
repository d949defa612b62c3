"""Table-driven tests of `parse`: amounts exact, slots right, out-of-scope never an action."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse
from lingassist.core.periods import Period
from tests.assistant.cases import AMOUNTS, COMMANDS, OUT_OF_SCOPE, TODAY


@pytest.mark.parametrize(("text", "amount", "currency"), AMOUNTS, ids=[a[0] for a in AMOUNTS])
def test_amounts_are_exact(text: str, amount: str, currency: str | None) -> None:
    command = parse(text, today=TODAY, default_currency="EUR")
    assert command.amount == Decimal(amount)
    assert str(command.amount) == amount  # exact digits, not just the same value
    assert command.currency == (currency or "EUR")
    assert ("currency" in command.spans) == (currency is not None)
    span = command.spans["amount"]
    assert text[span.start : span.end] == span.source


def _shown(value: object) -> object:
    if isinstance(value, Period):
        return f"{value.start}..{value.end}"
    if isinstance(value, date | Decimal):
        return str(value)
    if isinstance(value, Intent):
        return value.value
    return value


@pytest.mark.parametrize(("text", "expected"), COMMANDS, ids=[c[0] for c in COMMANDS])
def test_commands(text: str, expected: dict[str, object]) -> None:
    command = parse(text, today=TODAY)
    got = {name: _shown(getattr(command, name)) for name in expected}
    assert got == expected


@pytest.mark.parametrize("text", OUT_OF_SCOPE)
def test_out_of_scope_is_never_an_action(text: str) -> None:
    command = parse(text, today=TODAY)
    assert not command.is_action, command.intent
