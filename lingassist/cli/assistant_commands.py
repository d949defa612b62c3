"""``ask`` (understand without side effects) and ``say`` (the assistant, as in the window)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date

from lingassist.assistant.context import ConversationContext
from lingassist.assistant.types import Intent, ParsedCommand
from lingassist.cli.payment_commands import keep_draft
from lingassist.core.errors import UserFacingError
from lingassist.core.money import format_amount
from lingassist.core.periods import check_entry_date, parse_date
from lingassist.services.assistant import confirm, handle_utterance, understand
from lingassist.services.context import AppContext
from lingassist.services.utterance import CUT_NOTE, cap_utterance


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``ask`` and ``say`` to the command line."""
    ask = commands.add_parser("ask", help="show how a sentence is understood (writes nothing)")
    ask.add_argument("text", help='the sentence, or "-" to read one per line from stdin')
    ask.add_argument("--json", action="store_true", help="one JSON object per sentence")
    ask.add_argument("--today", default="", help="YYYY-MM-DD that relative dates resolve against")
    ask.set_defaults(handler=_ask)
    say = commands.add_parser(
        "say",
        help="talk to the assistant (writes only with --yes; a payment is kept as a draft "
        "that `draft confirm ID` records)",
    )
    say.add_argument("text")
    say.add_argument("--yes", action="store_true", help="confirm the proposed change")
    say.set_defaults(handler=_say)


def _ask(context: AppContext, arguments: argparse.Namespace) -> int:
    if arguments.today:
        fixed = _fixed_today(arguments.today)
        context = replace(context, today=lambda: fixed)
    if not arguments.text.strip():
        raise UserFacingError(
            'Nothing to understand: give a sentence, e.g. lingassist ask "coffee 3.50 '
            'yesterday", or "-" to read one per line from stdin.'
        )
    lines = sys.stdin if arguments.text == "-" else [arguments.text]
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            command = _understand_line(context, line.rstrip("\n"))
        except UserFacingError as error:
            print(
                json.dumps({"line": number, "error": str(error)})
                if arguments.json
                else f"line {number}: {error}",
                flush=True,
            )
            continue
        record = command_json(command)
        if not arguments.json and cap_utterance(line)[1]:
            print(CUT_NOTE)
        print(
            json.dumps(record, ensure_ascii=False) if arguments.json else _readable(record),
            flush=True,
        )
    return 0


def _fixed_today(text: str) -> date:
    """The day relative dates resolve against (``--today``, a JSON line's "today"): a date
    an entry could have, so "last month" or "tomorrow" stays a real day.

    Raises:
        InvalidDate: not a date, before 1900 or more than 10 years ahead.
    """
    return check_entry_date(parse_date(text, date.today()), date.today())


def _understand_line(context: AppContext, line: str) -> ParsedCommand:
    """One input line: a sentence, or a JSON object ``{"text": …, "today": "YYYY-MM-DD",
    "currency": "EUR", "context": ["earlier sentence", …]}`` read with its own day,
    currency and conversation."""
    if not line.lstrip().startswith("{"):
        return understand(context, line)
    try:
        request = json.loads(line)
        text = str(request["text"])
    except (ValueError, KeyError, TypeError) as error:
        raise UserFacingError(
            'Each JSON line needs at least {"text": "..."}; this one could not be read '
            f"({error})."
        ) from error
    if request.get("today"):
        fixed = _fixed_today(str(request["today"]))
        context = replace(context, today=lambda: fixed)
    currency = request.get("currency") or request.get("default_currency")
    if currency:
        settings = replace(context.settings, default_currency=str(currency).upper())
        context = replace(context, settings=settings)
    conversation = ConversationContext()
    for earlier in request.get("context") or ():
        conversation = conversation.remember(understand(context, str(earlier), conversation))
    return understand(context, text, conversation)


def _say(context: AppContext, arguments: argparse.Namespace) -> int:
    reply, _ = handle_utterance(context, arguments.text, ConversationContext())
    if reply.proposal is None:
        print(reply.text)
        for row in reply.rows:
            amount = format_amount(row.amount, row.currency)
            print(f"  {row.date}  {amount:>16} {row.currency}  {row.merchant or row.description}")
        return 0
    if cap_utterance(arguments.text)[1]:
        print(CUT_NOTE)
    for field in reply.proposal.fields:
        said = f"   — from “{field.source}”" if field.source else ""
        print(f"  {field.label:<10} {field.value}{said}")
    if reply.proposal.payment is not None:  # never confirmed here, not even with --yes
        return keep_draft(context, reply.proposal.payment)
    for problem in reply.proposal.problems:
        print(f"  ! {problem}")
    if not arguments.yes:
        print(f"{reply.proposal.title}: not done. Add --yes to confirm.")
        return 0
    done = confirm(context, reply.proposal)
    if not done.changed:  # refused when carried out: nothing was written
        print(f"lingassist: {done.text}", file=sys.stderr)
        return 2
    print(done.text)
    return 0


def command_json(command: ParsedCommand) -> dict[str, object]:
    """A parsed command as the JSON ``ask`` prints.

    ``account`` is the one account a command names, as in the data sets' vocabulary: the
    account paid from or into, and for a transfer the account the money goes to
    (``from_account`` is where it leaves, ``to_account`` repeats the destination)."""
    period = command.period
    moving = command.intent == Intent.TRANSFER
    return {
        "text": command.text,
        "intent": command.intent.value,
        "amount": None if command.amount is None else str(command.amount),
        "currency": command.currency,
        "merchant": command.merchant,
        "payee": command.payee,
        "category": command.category,
        "account": command.to_account if moving else command.account,
        "from_account": command.account if moving else None,
        "to_account": command.to_account,
        "date": command.date.isoformat() if command.date else None,
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()}
        if period
        else None,
        "amount_min": None if command.min_amount is None else str(command.min_amount),
        "amount_max": None if command.max_amount is None else str(command.max_amount),
        "threshold": None if command.threshold is None else str(command.threshold),
        "split_with": list(command.split_with) or None,
        "split_ways": command.split_ways,
        "recurrence": command.recurrence,
        "kind": command.kind,
        "memo": command.memo,
        "language": command.language,
        "missing": list(command.missing),
    }


def _readable(record: dict[str, object]) -> str:
    shown = {k: v for k, v in record.items() if v not in (None, [], "") and k != "text"}
    return f"{record['text']}\n  " + "  ".join(f"{k}={v}" for k, v in shown.items())
