"""Score the parser on messages people write, in the `commands_natural_dev.jsonl` format.

Each row has `text`, `today`, `default_currency`, optional `context` (earlier sentences)
and `expected` (intent and slots; null = the text does not say it). The checks follow
the targets of the understanding issue:

- intent: exact;
- amount (rows whose expected intent writes and that name an amount): exact, and
  "invented" when an action carries an amount the text does not give;
- date of a write, period of a question, amount filters, split names, recurrence,
  merchant, payee and account: exact where expected (names without case);
- false actions: an `other` row read as a writing intent.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from lingassist.assistant import ConversationContext, ParsedCommand, parse
from lingassist.assistant.types import WRITE_INTENTS

Row = Mapping[str, object]
SLOT_CHECKS = (
    "date",
    "period",
    "amount_min",
    "amount_max",
    "split_with",
    "recurrence",
    "merchant",
    "payee",
    "account",
    "currency",
)
WRITE_NAMES = {intent.value for intent in WRITE_INTENTS}


def parse_row(row: Row) -> ParsedCommand:
    """The row's text parsed as the app would, after its earlier sentences (`context`)."""
    today = date.fromisoformat(str(row.get("today") or "2026-11-18"))
    currency = str(row.get("default_currency") or "EUR")
    conversation = ConversationContext()
    for earlier in row.get("context") or ():  # type: ignore[union-attr]
        command = parse(str(earlier), today=today, context=conversation, default_currency=currency)
        conversation = conversation.remember(command)
    return parse(str(row["text"]), today=today, context=conversation, default_currency=currency)


def _same_name(got: object, want: object) -> bool:
    def norm(value: object) -> str:
        return " ".join(str(value or "").lower().replace("’", "'").split())

    return norm(got) == norm(want)


def _same_account(got: object, want: object) -> bool:
    """ "joint" and "joint account", "credit" and "credit card" name the same account."""

    def core(value: object) -> str:
        words = str(value or "").lower().replace("my ", "").split()
        return " ".join(w for w in words if w not in ("account", "card", "acct", "the"))

    return bool(core(got)) and core(got) == core(want)


def _slot_verdicts(expected: Mapping[str, object], command: ParsedCommand) -> dict[str, bool]:
    verdicts: dict[str, bool] = {}
    if expected.get("date"):
        verdicts["date"] = command.date is not None and command.date.isoformat() == expected["date"]
    if expected.get("period_start"):
        period = command.period
        verdicts["period"] = period is not None and (
            period.start.isoformat(),
            period.end.isoformat(),
        ) == (expected["period_start"], expected["period_end"])
    for bound in ("amount_min", "amount_max"):
        want = expected.get(bound)
        if want is not None:
            got = getattr(command, bound.replace("amount_", "") + "_amount")
            verdicts[bound] = got is not None and got == Decimal(str(want))
    if expected.get("split_with"):
        want_names = [str(n).lower() for n in expected["split_with"]]  # type: ignore[union-attr]
        verdicts["split_with"] = [n.lower() for n in command.split_with] == want_names
    if expected.get("recurrence"):
        verdicts["recurrence"] = command.recurrence == expected["recurrence"]
    for name in ("merchant", "payee", "currency"):
        if expected.get(name):
            verdicts[name] = _same_name(getattr(command, name), expected[name])
    if expected.get("account"):
        said = command.to_account if expected.get("intent") == "transfer" else command.account
        verdicts["account"] = _same_account(said or command.account, expected["account"])
    return verdicts


def score_natural(rows: list[Row]) -> tuple[dict[str, object], list[str]]:
    """Intent, amounts in actions, slots and false actions over `rows`."""
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    confusion: Counter[str] = Counter()
    errors: list[str] = []
    times: list[float] = []
    invented = false_actions = other_rows = 0
    for row in rows:
        expected: Mapping[str, object] = row["expected"]  # type: ignore[assignment]
        start = time.perf_counter()
        command = parse_row(row)
        times.append(time.perf_counter() - start)
        want = str(expected["intent"])
        tag = f"[{row.get('id')} {row.get('style')}] {row['text']!r}"

        verdicts = {"intent": (command.intent.value == want, f"{want} -> {command.intent.value}")}
        if command.intent.value != want:
            confusion[f"{want}->{command.intent.value}"] += 1
        if want in WRITE_NAMES and expected.get("amount") is not None:
            verdicts["amount"] = (
                command.amount == Decimal(str(expected["amount"])),
                f"{expected['amount']} -> {command.amount}",
            )
        for name, ok in _slot_verdicts(expected, command).items():
            want_slot = expected.get(name) or expected.get("period_start")
            verdicts[name] = (ok, f"{want_slot} -> {getattr(command, name, None)!r}")
        for name, (ok, detail) in verdicts.items():
            seen[name] += 1
            right[name] += ok
            if not ok:
                errors.append(f"{name:<11} {detail}  {tag}")
        if command.is_action and command.amount is not None and expected.get("amount") is None:
            invented += 1
            errors.append(f"INVENTED    {command.intent.value} {command.amount}  {tag}")
        if want == "other":
            other_rows += 1
            if command.is_action:
                false_actions += 1
                errors.append(f"FALSE       other -> {command.intent.value}  {tag}")
    result = {
        "rows": len(rows),
        "accuracy": {k: f"{right[k]}/{seen[k]} = {right[k] / seen[k]:.1%}" for k in sorted(seen)},
        "amounts_invented": invented,
        "false_actions_on_other": f"{false_actions}/{other_rows}",
        "confusions": dict(confusion.most_common()),
        "median_parse_ms": round(statistics.median(times) * 1000, 3) if times else None,
    }
    return result, errors
