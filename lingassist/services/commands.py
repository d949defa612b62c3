"""The ``add`` command's words, shared by the CLI and the window's input line.

``add 12.50 --merchant "Blue Bottle" --category FOOD_AND_DRINK_COFFEE --date 2026-11-20``
reads the same on a terminal and typed into the app.
"""

from __future__ import annotations

import argparse
import re
import shlex
from typing import NoReturn

from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import Phrase, phrase, quoted
from lingassist.core.transactions import TransactionSource
from lingassist.services.entries import EntryRequest

ADD_USAGE = (
    "add AMOUNT [--merchant NAME] [--category CODE|NAME] [--date YYYY-MM-DD] "
    "[--account NAME] [--memo TEXT] [--income]"
)


class _RaisingParser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing and exiting (for the window)."""

    def error(self, message: str) -> NoReturn:
        raise UserFacingError(
            phrase("{problem}. Usage: {usage}", problem=_argparse_said(message), usage=ADD_USAGE)
        )

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise UserFacingError(message or phrase("Usage: {usage}", usage=ADD_USAGE))


_ARGPARSE = {  # argparse's own English (it is not translated) -> the same as a phrase
    r"unrecognized arguments: (?P<words>.+)": "unrecognized arguments: {words}",
    r"the following arguments are required: (?P<words>.+)": (
        "the following arguments are required: {words}"
    ),
    r"argument (?P<words>\S+): expected one argument": "argument {words}: expected one argument",
}


def _argparse_said(message: str) -> Phrase:
    """argparse's complaint about the ``add`` words, as a phrase when it is a usual one."""
    for pattern in _ARGPARSE:
        found = re.fullmatch(pattern, message)
        if found:
            return phrase(_ARGPARSE[pattern], words=found["words"])
    return Phrase(message)


def add_entry_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the ``add`` arguments on a parser (the CLI's subcommand or the input line's)."""
    parser.add_argument("amount", help='amount as written: 12.50, "12,50", "€12.50", 45k, -3.20')
    parser.add_argument("--merchant", "-m", default="", help="who was paid (or who paid)")
    parser.add_argument(
        "--category",
        "-c",
        default="",
        help="taxonomy code (FOOD_AND_DRINK_COFFEE) or name (Coffee)",
    )
    parser.add_argument(
        "--date", "-d", default="", help="YYYY-MM-DD, today or yesterday (default today)"
    )
    parser.add_argument(
        "--account", "-a", default="", help="paying account (default from settings)"
    )
    parser.add_argument("--memo", default="", help="a note of your own")
    parser.add_argument("--description", default="", help="what to call it (default: the merchant)")
    parser.add_argument("--income", action="store_true", help="money coming in")


def entry_request(arguments: argparse.Namespace, source: TransactionSource) -> EntryRequest:
    """The EntryRequest that parsed ``add`` arguments describe."""
    return EntryRequest(
        amount=arguments.amount,
        merchant=arguments.merchant,
        category=arguments.category,
        date=arguments.date,
        account=arguments.account,
        memo=arguments.memo,
        description=arguments.description,
        income=arguments.income,
        source=source,
    )


def parse_add_line(line: str) -> EntryRequest:
    """Read an ``add`` command typed into the app ("add" itself may be left out).

    Raises:
        UserFacingError: the line is not an add command; the message shows the usage.
    """
    try:
        words = shlex.split(line)
    except ValueError as exc:
        raise UserFacingError(phrase("Unbalanced quotes in {line}.", line=quoted(line))) from exc
    if words and words[0].lower() == "add":
        words = words[1:]
    if not words:
        raise UserFacingError(phrase("Type an amount to add, e.g. {usage}", usage=ADD_USAGE))
    parser = _RaisingParser(prog="add", add_help=False, allow_abbrev=False)
    add_entry_arguments(parser)
    return entry_request(parser.parse_args(words), TransactionSource.TEXT)
