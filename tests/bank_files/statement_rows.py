"""Helpers for the bank file tests: fixture paths and statements flattened to plain tuples."""

from __future__ import annotations

from pathlib import Path

from lingassist.core.bank_lines import BankStatement

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> Path:
    """The path of a fixture file."""
    return FIXTURES / name


def rows(statement: BankStatement) -> list[tuple[object, ...]]:
    """Each line as (number, date, signed amount, currency, description, counterparty,
    reference), for exact comparisons."""
    return [
        (
            line.number,
            line.booked.isoformat(),
            str(line.money.amount),
            line.money.currency,
            line.description,
            line.counterparty,
            line.reference,
        )
        for line in statement.lines
    ]


def rejected(statement: BankStatement) -> list[tuple[int, str]]:
    """Each rejected line as (number, reason)."""
    return [(line.number, line.reason) for line in statement.rejected]
