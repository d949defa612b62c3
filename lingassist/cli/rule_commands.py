"""``rule``: the person's categorization rules from a terminal (add, list, remove, move,
preview)."""

from __future__ import annotations

import argparse
import json

from lingassist.categorize.rules import Rule
from lingassist.core.money import format_amount
from lingassist.core.transactions import TransactionRow
from lingassist.services import rules
from lingassist.services.context import AppContext


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``rule add|list|remove|move|preview`` to the command line."""
    rule = commands.add_parser("rule", help="categorization rules: add, list, remove, preview")
    actions = rule.add_subparsers(dest="rule_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a rule (all given conditions must hold)")
    add.add_argument("name", help="what the rule is called, shown as the reason")
    add.add_argument("--category", required=True, help="category code or name")
    add.add_argument("--contains", default="", help="the description contains this text")
    add.add_argument("--regex", default="", help="the description matches this pattern")
    add.add_argument("--merchant", default="", help="the merchant is this one")
    add.add_argument("--min", default="", help="signed amount at least (negative = money out)")
    add.add_argument("--max", default="", help="signed amount at most (negative = money out)")
    add.add_argument("--account", default="", help="paid from (or into) this account")
    add.add_argument(
        "--apply", action="store_true", help="also move the past transactions it matches"
    )
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="the rules, in the order they are tried")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_list)

    remove = actions.add_parser("remove", help="delete a rule (undo brings it back)")
    remove.add_argument("id", type=int)
    remove.set_defaults(handler=_remove)

    move = actions.add_parser("move", help="try a rule earlier (up) or later (down)")
    move.add_argument("id", type=int)
    move.add_argument("direction", choices=("up", "down"))
    move.set_defaults(handler=_move)

    preview = actions.add_parser("preview", help="past transactions a rule would move")
    preview.add_argument("id", type=int)
    preview.set_defaults(handler=_preview)


def _add(context: AppContext, arguments: argparse.Namespace) -> int:
    rule = rules.build_rule(
        arguments.name,
        arguments.category,
        contains=arguments.contains,
        regex=arguments.regex,
        merchant=arguments.merchant,
        low=arguments.min,
        high=arguments.max,
        account=arguments.account,
    )
    added, moved = rules.add_rule_and_apply(context, rule, apply=arguments.apply)
    print(f"Added rule #{added.id} '{added.name}': {rules.describe_rule(added)} → {added.code}")
    if arguments.apply:
        print(f"Moved {_transactions(moved)} to {added.code}.")
    return 0


def _list(context: AppContext, arguments: argparse.Namespace) -> int:
    found = rules.list_rules(context)
    for position, rule in enumerate(found, start=1):
        if arguments.json:
            print(json.dumps(_rule_json(rule, position), ensure_ascii=False))
        else:
            state = "" if rule.enabled else " (off)"
            when = rules.describe_rule(rule)
            print(f"#{rule.id}  {rule.name}{state}: {when} → {rule.code}")
    if not found and not arguments.json:
        print(
            "No rules yet. Add one with: lingassist rule add NAME --category CODE --contains TEXT"
        )
    return 0


def _remove(context: AppContext, arguments: argparse.Namespace) -> int:
    print(rules.delete_rule(context, arguments.id))
    return 0


def _move(context: AppContext, arguments: argparse.Namespace) -> int:
    steps = -1 if arguments.direction == "up" else 1
    moved = rules.move_rule(context, arguments.id, steps)
    print(f"Moved rule #{arguments.id} {arguments.direction}." if moved else "Nothing to move.")
    return 0


def _preview(context: AppContext, arguments: argparse.Namespace) -> int:
    rule = rules.get_rule(context, arguments.id)
    rows = rules.preview_rule(context, rule)
    for row in rows:
        print(_row_line(row))
    print(f"Rule #{rule.id} '{rule.name}' would move {_transactions(len(rows))} to {rule.code}.")
    return 0


def _rule_json(rule: Rule, position: int) -> dict[str, object]:
    return {
        "id": rule.id,
        "position": position,
        "name": rule.name,
        "category": rule.code,
        "enabled": rule.enabled,
        "conditions": [
            {
                "field": c.field.value,
                "operator": c.operator.value,
                "value": c.value,
                "min": None if c.low is None else str(c.low),
                "max": None if c.high is None else str(c.high),
            }
            for c in rule.conditions
        ],
    }


def _row_line(row: TransactionRow) -> str:
    amount = format_amount(row.amount, row.currency)
    who = row.merchant or row.description
    return f"#{row.id}  {row.date}  {who:<24} {amount:>16} {row.currency}  {row.category_name}"


def _transactions(count: int) -> str:
    return f"{count} past transaction" + ("" if count == 1 else "s")
