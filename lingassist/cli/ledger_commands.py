"""``add``, ``list``, ``report``, ``subscriptions``, ``undo`` and ``redo``: the ledger from a
terminal."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from typing import TYPE_CHECKING

from lingassist.core.accounts import CategoryDirection
from lingassist.core.money import format_amount, round_money
from lingassist.core.periods import PERIOD_HELP, parse_period
from lingassist.core.reports import ReportDimension
from lingassist.core.transactions import TransactionFilter, TransactionRow, TransactionSource
from lingassist.services.accounts import account_named, category_filter
from lingassist.services.commands import add_entry_arguments, entry_request
from lingassist.services.context import AppContext
from lingassist.services.entries import find_entries, record_entry, redo_next, undo_last

if TYPE_CHECKING:  # the reports and the subscriptions are imported by their commands only
    from lingassist.services.recurring import Repeating
    from lingassist.services.reports import Report


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ledger commands to the command line."""
    add = commands.add_parser("add", help="record an expense (or income with --income)")
    add_entry_arguments(add)
    add.set_defaults(handler=_add)

    listing = commands.add_parser("list", help="list transactions")
    listing.add_argument("--period", default="", help=PERIOD_HELP)
    listing.add_argument("--account", default=None)
    listing.add_argument(
        "--category", default=None, help="code or name; a primary code includes its details"
    )
    listing.add_argument("--merchant", default=None)
    listing.add_argument("--search", default="", help="words in description, merchant or memo")
    listing.add_argument("--limit", type=int, default=50, help="at most this many (0: all)")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_list)

    report = commands.add_parser("report", help="spending by category, merchant or month")
    report.add_argument("--period", default="this-month", help=PERIOD_HELP)
    report.add_argument("--by", choices=[d.value for d in ReportDimension], default="category")
    report.add_argument("--income", action="store_true", help="report income instead of spending")
    report.add_argument("--json", action="store_true", help="one JSON object per line")
    report.set_defaults(handler=_report)

    subscriptions = commands.add_parser(
        "subscriptions",
        help="repeating charges found in the ledger: next date, cost a month and a year",
    )
    subscriptions.add_argument("--json", action="store_true", help="one JSON object per line")
    subscriptions.set_defaults(handler=_subscriptions)

    commands.add_parser("undo", help="undo the last change").set_defaults(handler=_undo)
    commands.add_parser("redo", help="redo what undo took back").set_defaults(handler=_redo)


def _add(context: AppContext, arguments: argparse.Namespace) -> int:
    result = record_entry(context, entry_request(arguments, TransactionSource.MANUAL))
    row = result.row
    print(f"{result.message} (#{row.id}, {row.date}, {row.category_name}, {row.account})")
    return 0


def _list(context: AppContext, arguments: argparse.Namespace) -> int:
    period = parse_period(arguments.period, context.today()) if arguments.period else None
    if arguments.account:
        account_named(context, arguments.account)  # an unknown name is refused, as by `add`
    category = category_filter(context, arguments.category) if arguments.category else None
    query = TransactionFilter(
        start=period.start if period else None,
        end=period.end if period else None,
        account=arguments.account,
        category=category,
        merchant=arguments.merchant,
        text=arguments.search,
    )
    limit = arguments.limit if arguments.limit > 0 else 10**9
    rows, total = find_entries(context, query, limit=limit)
    if arguments.json:
        for row in rows:
            print(json.dumps(transaction_json(row), ensure_ascii=False))
        return 0
    for row in rows:
        print(_transaction_line(row))
    print(f"{len(rows)} of {total} transactions", file=sys.stderr)
    return 0


def _report(context: AppContext, arguments: argparse.Namespace) -> int:
    from lingassist.services.reports import build_report

    direction = CategoryDirection.INCOME if arguments.income else CategoryDirection.EXPENSE
    report = build_report(
        context, arguments.period, ReportDimension(arguments.by), direction=direction
    )
    if arguments.json:
        for line in report_json(report):
            print(json.dumps(line, ensure_ascii=False))
        return 0
    print(
        f"{'Income' if arguments.income else 'Spending'} by {arguments.by}, {report.period.label}"
    )
    for row in report.rows:
        print(
            f"  {row.label[:34]:<34} {format_amount(row.amount, row.currency):>16} "
            f"{row.currency}  ({row.count})"
        )
    for currency, total in report.totals().items():
        print(f"  {'Total':<34} {format_amount(total, currency):>16} {currency}")
    return 0


def _subscriptions(context: AppContext, arguments: argparse.Namespace) -> int:
    from lingassist.services.breakdowns import subscription_line
    from lingassist.services.recurring import monthly_cost, repeating_charges

    charges = repeating_charges(context)
    if arguments.json:
        for charge in charges:
            print(json.dumps(_subscription_json(charge), ensure_ascii=False))
        return 0
    if not charges:
        print("No repeating charges found yet (three charges at a steady rhythm, or an entry")
        print("logged as repeating: 'netflix 15.99 monthly').")
        return 0
    for charge in charges:
        print(f"  {subscription_line(context, charge)}")
    for currency in sorted({charge.currency for charge in charges}):
        same = [charge for charge in charges if charge.currency == currency]
        month = sum((monthly_cost(charge) for charge in same), Decimal(0))
        print(
            f"  Total: {format_amount(month, currency)} {currency} a month, "
            f"{format_amount(month * 12, currency)} {currency} a year"
        )
    return 0


def _subscription_json(charge: Repeating) -> dict[str, object]:
    from lingassist.services.recurring import monthly_cost, yearly_cost

    change = charge.price_change
    return {
        "merchant": charge.merchant,
        "rhythm": charge.rhythm,
        "amount": str(charge.amount),
        "currency": charge.currency,
        "last": charge.last.date.isoformat(),
        "next_due": charge.next_due.isoformat(),
        "monthly": str(round_money(monthly_cost(charge), charge.currency)),
        "yearly": str(round_money(yearly_cost(charge), charge.currency)),
        "charges": charge.charges,
        "said": charge.said,
        "missed": charge.missed,
        "price_change": (
            None
            if change is None
            else {
                "before": str(change.before),
                "after": str(change.after),
                "since": change.since.isoformat(),
            }
        ),
    }


def _undo(context: AppContext, _arguments: argparse.Namespace) -> int:
    print(undo_last(context))
    return 0


def _redo(context: AppContext, _arguments: argparse.Namespace) -> int:
    print(redo_next(context))
    return 0


def transaction_json(row: TransactionRow) -> dict[str, object]:
    """A listed transaction as JSON (amounts as exact decimal strings)."""
    return {
        "id": row.id,
        "date": row.date.isoformat(),
        "amount": str(row.amount),
        "currency": row.currency,
        "merchant": row.merchant,
        "description": row.description,
        "category": row.category_code,
        "category_name": row.category_name,
        "account": row.account,
        "status": row.status.value,
        "source": row.source.value,
        "memo": row.memo,
        "attachments": row.attachments,
        "original_amount": None if row.original_amount is None else str(row.original_amount),
        "original_currency": row.original_currency or None,
    }


def report_json(report: Report) -> list[dict[str, object]]:
    """Report rows as JSON objects."""
    return [
        {
            "period": report.period.label,
            "start": report.period.start.isoformat(),
            "end": report.period.end.isoformat(),
            "by": report.dimension.value,
            "key": row.key,
            "label": row.label,
            "amount": str(row.amount),
            "currency": row.currency,
            "count": row.count,
        }
        for row in report.rows
    ]


def _transaction_line(row: TransactionRow) -> str:
    who = (row.merchant or row.description)[:28]
    amount = format_amount(row.amount, row.currency)
    category = row.category_name[:24]
    line = f"{row.date}  {amount:>16} {row.currency}  {who:<28}  {category:<24}  {row.account}"
    if row.original_amount is None:
        return line
    original = format_amount(row.original_amount, row.original_currency)
    return f"{line}  (paid {original} {row.original_currency})"
