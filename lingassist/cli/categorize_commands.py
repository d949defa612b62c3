"""``categorize``: what category a bank-statement line would get, and why."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal

from lingassist.categorize.categorizer import Suggestion
from lingassist.core.errors import UserFacingError
from lingassist.core.money import parse_amount
from lingassist.services.context import AppContext


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``categorize`` to the command line."""
    categorize = commands.add_parser("categorize", help="suggest a category for a description")
    categorize.add_argument(
        "description",
        help='a statement line, or "-" for JSON objects (description, amount) on stdin',
    )
    categorize.add_argument("--amount", default="", help="signed amount; negative = money out")
    categorize.add_argument("--json", action="store_true", help="one JSON object per line")
    categorize.set_defaults(handler=_categorize)


def _categorize(context: AppContext, arguments: argparse.Namespace) -> int:
    if arguments.description != "-":
        amount = parse_amount(arguments.amount) if arguments.amount else None
        _print(
            arguments.description,
            context.advisor.suggest(arguments.description, amount),
            arguments.json,
        )
        return 0
    failures = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            description, amount = _item(line)
        except UserFacingError as error:
            print(f"line {number}: {error}", file=sys.stderr)
            failures += 1
            continue
        _print(description, context.advisor.suggest(description, amount), True)
    return 2 if failures else 0


def _item(line: str) -> tuple[str, Decimal | None]:
    """(description, amount) from one JSON line."""
    try:
        record = json.loads(line)
        description = str(record["description"])
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise UserFacingError(f"expected a JSON object with a description ({error})") from error
    amount = record.get("amount")
    return description, None if amount in (None, "") else parse_amount(str(amount))


def _print(description: str, suggestion: Suggestion, as_json: bool) -> None:
    record = {
        "description": description,
        "merchant": suggestion.merchant,
        "primary": suggestion.primary,
        "detailed": suggestion.detailed or None,
        "confidence": round(suggestion.confidence, 3),
        "reason": suggestion.reason,
    }
    if as_json:
        print(json.dumps(record, ensure_ascii=False))
    else:
        print(f"{suggestion.code}  ({suggestion.confidence:.0%})  {suggestion.reason}")
