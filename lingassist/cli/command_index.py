"""Which module registers each ``lingassist`` command, and its one-line help.

The command line imports only the module of the command it runs (a command module pulls in
its services: the categorizer with NumPy, the assistant, receipts, payments), so that
``lingassist list`` does not pay for ``lingassist scan``. ``lingassist --help`` lists every
command from this table without importing any of them. ``tests/test_startup_imports.py``
checks that each module registers exactly the commands named here, with this help.
"""

from __future__ import annotations

from typing import NamedTuple


class Command(NamedTuple):
    """A command of the command line.

    Attributes:
        module: the module in ``lingassist.cli`` whose ``register`` adds it.
        help: the line shown for it by ``lingassist --help``.
    """

    module: str
    help: str


COMMANDS: dict[str, Command] = {
    "add": Command("ledger_commands", "record an expense (or income with --income)"),
    "list": Command("ledger_commands", "list transactions"),
    "report": Command("ledger_commands", "spending by category, merchant or month"),
    "subscriptions": Command(
        "ledger_commands",
        "repeating charges found in the ledger: next date, cost a month and a year",
    ),
    "undo": Command("ledger_commands", "undo the last change"),
    "redo": Command("ledger_commands", "redo what undo took back"),
    "scan": Command(
        "receipt_commands", "read receipt photos or PDFs (nothing is saved without --add)"
    ),
    "ask": Command("assistant_commands", "show how a sentence is understood (writes nothing)"),
    "say": Command(
        "assistant_commands",
        "talk to the assistant (writes only with --yes; a payment is kept as a draft that "
        "`draft confirm ID` records)",
    ),
    "payee": Command("payment_commands", "saved payees (name and IBAN or bank account)"),
    "drafts": Command("payment_commands", "payment drafts, pending and paid payments"),
    "draft": Command("payment_commands", "confirm, export, mark paid or cancel a payment"),
    "account": Command("payment_commands", "an account's own bank details"),
    "categorize": Command("categorize_commands", "suggest a category for a description"),
    "rule": Command("rule_commands", "categorization rules: add, list, remove, preview"),
    "transcribe": Command("voice_commands", "turn recordings into text (WAV, FLAC, MP3, OGG, M4A)"),
    "backup": Command(
        "backup_commands", "copy the ledger and the receipt photos into the backups folder"
    ),
    "backups": Command("backup_commands", "the backups: path, created, size, transactions"),
    "restore": Command(
        "backup_commands",
        "put a backup back in place of the ledger (backs up the current one first)",
    ),
    "export": Command(
        "export_commands", "write the ledger as CSV, beancount, hledger or an evidence zip"
    ),
    "import": Command(
        "import_commands",
        "import a bank statement (CSV, OFX/QFX, QIF, CAMT.053) as one undoable change",
    ),
    "migrate-store": Command(
        "store_commands",
        "copy the whole ledger to another (empty) database, compare every balance and "
        "report, and use it from then on",
    ),
    "database": Command(
        "store_commands",
        "show or set the database this home uses (password to the keyring)",
    ),
}


def command_modules() -> tuple[str, ...]:
    """Every command module, each once, in the order of the table."""
    return tuple(dict.fromkeys(command.module for command in COMMANDS.values()))
