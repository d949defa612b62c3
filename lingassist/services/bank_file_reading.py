"""A bank file read and previewed for the window's import.

Whether a dropped file is a bank statement at all is told by its content (a ".txt" CAMT
file is one, a photo is not); the file is then read with the CSV columns chosen for its
bank before (`services.csv_mappings`), aimed at an account (the one with the file's IBAN,
else the default one, else a new one when the file's currency is not the account's), and
previewed with `services.imports.preview_import`. Nothing is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lingassist.bank_files import (
    CsvLayout,
    CsvMapping,
    CsvMappingNeeded,
    detect_format,
    inspect_bank_csv,
    read_bank_file,
)
from lingassist.bank_files.decoding import decode_bank_bytes
from lingassist.core.bank_lines import BankStatement
from lingassist.core.batches import paused_gc
from lingassist.core.errors import Cancelled, NotFound, UserFacingError
from lingassist.core.phrases import AccountName, phrase
from lingassist.ledger import bank_imports
from lingassist.ledger.repository import account_by_id, all_categories, money_accounts
from lingassist.services.context import AppContext
from lingassist.services.csv_mappings import remembered_mapping
from lingassist.services.entries import paying_account
from lingassist.services.imports import ImportPreview, import_currency, preview_import

__all__ = [
    "BankFilePreview",
    "CsvLayout",
    "CsvMapping",
    "CsvMappingNeeded",
    "account_choices",
    "bank_file_layout",
    "is_bank_file",
    "preview_bank_file",
]

TABLES = frozenset({".csv", ".tsv"})
NAMED_STATEMENTS = TABLES | {".ofx", ".qfx", ".qif", ".xml", ".camt", ".sta"}
HEAD_BYTES = 4096  # enough for every reader's format check
NAME_LIMIT = 40
Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class BankFilePreview:
    """A bank file read and previewed for an import; nothing is written yet.

    Attributes:
        path: the file.
        preview: what importing it into `preview.account` would do.
        new_account_name: a name for a new account taken from the file (its bank and
            account number, else the file's name), not used by any account yet.
        account_reason: why the account was chosen: "iban" (the file's account number),
            "default" (the default account), "currency" (a new account: the file's
            currency is not the default account's) or "chosen" (the person chose it).
        is_csv: the file is a CSV (its columns can be chosen).
        mapping: the CSV columns it was read with, when a person chose them (now or for an
            earlier file of the same bank); None when the reader decided alone.
        remembered: `mapping` is the one remembered for this bank's files.
    """

    path: Path
    preview: ImportPreview
    new_account_name: str
    account_reason: str
    is_csv: bool
    mapping: CsvMapping | None = None
    remembered: bool = False


def is_bank_file(path: Path) -> bool:
    """True when `path` belongs to the import rather than to the receipts: its content is
    an OFX, QIF or CAMT statement or a table of text (whatever its name), or it is named
    like a statement (the import then says what is wrong with it). Photos, PDFs and loose
    text ("pay 500 EUR to X" in notes.txt) are not."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
        kind = detect_format(head, path.name)
        text, _ = decode_bank_bytes(head, path.name)
    except (OSError, UserFacingError):
        return path.suffix.lower() in NAMED_STATEMENTS
    return kind != "csv" or path.suffix.lower() in TABLES or _looks_tabular(text)


def _looks_tabular(text: str) -> bool:
    """Two lines or more split by the same delimiter: a CSV export, not a note."""
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    return any(sum(delimiter in line for line in lines) >= 2 for delimiter in ";,\t|")


def preview_bank_file(  # noqa: PLR0913 - the file, the person's choices and the job's callbacks
    context: AppContext,
    path: Path,
    account_name: str = "",
    mapping: CsvMapping | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BankFilePreview:
    """Read `path` and preview its import into `account_name` (chosen as described in the
    module's docstring when empty); `mapping` is a CSV column choice the person just made.

    Raises:
        CsvMappingNeeded: a CSV whose columns the reader will not guess and for whose
            header no mapping is remembered.
        UserFacingError: the file cannot be read, or is in another currency than the
            account chosen.
        Cancelled: `cancelled()` became true.
    """
    report = progress or (lambda _fraction, _message: None)
    with paused_gc():  # the collector walking a big file's objects stalls the window too
        return _previewed(context, path, account_name, mapping, report, cancelled)


def _previewed(  # noqa: PLR0913 - `preview_bank_file`'s arguments
    context: AppContext,
    path: Path,
    account_name: str,
    mapping: CsvMapping | None,
    report: Progress,
    cancelled: Callable[[], bool] | None,
) -> BankFilePreview:
    report(0.05, f"Reading {path.name}")
    statement, used, remembered = read_statement(context, path, account_name, mapping)
    if cancelled and cancelled():
        raise Cancelled(path.name)
    new_name = _new_account_name(context, statement, path)
    account, reason = (
        (account_name, "chosen")
        if account_name.strip()
        else _first_account(context, statement, new_name)
    )
    _check_currency(context, statement, account, path)
    count = len(statement.lines) + len(statement.rejected)
    report(0.4, f"Checking {count:,} lines against the ledger")
    preview = preview_import(context, statement, account, file_name=path.name)
    if cancelled and cancelled():
        raise Cancelled(path.name)
    report(1.0, "Ready")
    return BankFilePreview(
        path, preview, new_name, reason, statement.format == "csv", used, remembered
    )


def bank_file_layout(
    context: AppContext, path: Path, account_name: str = "", mapping: CsvMapping | None = None
) -> CsvLayout:
    """The columns of CSV `path` as read with `mapping` (else the one remembered for its
    bank, else the reader's own choice), for a person to correct.

    Raises:
        UserFacingError: the file is not a CSV bank file.
    """
    hint = import_currency(context, account_name)
    layout = inspect_bank_csv(path, currency_hint=hint, mapping=mapping)
    if mapping is None:
        remembered = remembered_mapping(context.paths, layout.fingerprint)
        if remembered is not None:
            try:
                return inspect_bank_csv(path, currency_hint=hint, mapping=remembered)
            except UserFacingError:
                return layout
    return layout


def account_choices(context: AppContext) -> list[tuple[str, str]]:
    """(name, currency) of every money account, the default account first."""
    with context.database.sessions() as session:
        found = [(a.name, a.currency) for a in money_accounts(session=session)]
    default = context.settings.default_account
    return sorted(found, key=lambda choice: choice[0] != default)


def read_statement(
    context: AppContext, path: Path, account_name: str = "", mapping: CsvMapping | None = None
) -> tuple[BankStatement, CsvMapping | None, bool]:
    """The statement, the mapping it was read with, and whether that was remembered: a CSV
    whose columns the reader will not guess is read with the columns the person chose for
    that bank before, if any.

    Raises:
        CsvMappingNeeded: the columns are unclear and none were chosen for this bank yet.
        UserFacingError: the file cannot be read as a bank statement.
    """
    hint = import_currency(context, account_name)
    if mapping is not None:
        return read_bank_file(path, currency_hint=hint, mapping=mapping), mapping, False
    try:
        return read_bank_file(path, currency_hint=hint), None, False
    except CsvMappingNeeded as needed:
        remembered = remembered_mapping(context.paths, needed.layout.fingerprint)
        if remembered is None:
            raise
        try:
            statement = read_bank_file(path, currency_hint=hint, mapping=remembered)
        except CsvMappingNeeded:
            raise
        except UserFacingError:  # the remembered columns do not fit this file: ask again
            raise needed from None
        return statement, remembered, True


def _first_account(context: AppContext, statement: BankStatement, new_name: str) -> tuple[str, str]:
    """The account a file goes to before the person chooses, and why."""
    with context.database.sessions() as session:
        by_iban = bank_imports.account_with_iban(statement.account_id, session=session)
        if by_iban is not None:
            return account_by_id(by_iban, session=session).name, "iban"
        try:
            account = paying_account(context, "", session)
        except UserFacingError:
            return new_name, "currency"
    if statement.currency and statement.currency.upper() != account.currency:
        return new_name, "currency"
    return account.name, "default"


def _check_currency(
    context: AppContext, statement: BankStatement, account: str, path: Path
) -> None:
    """Refuse an existing account in another currency than the file's (in the window's
    words: the person chooses another account)."""
    if not statement.currency:
        return
    with context.database.sessions() as session:
        try:
            held = paying_account(context, account, session).currency
        except NotFound:
            return  # a new account: it is made in the file's currency
    if held != statement.currency.upper():
        raise UserFacingError(
            phrase(
                "{name} is in {currency}, but {account} holds {held}: choose an account in "
                "{currency}, or a new account.",
                name=path.name,
                currency=statement.currency.upper(),
                account=AccountName(account),
                held=held,
            )
        )


def _new_account_name(context: AppContext, statement: BankStatement, path: Path) -> str:
    """A name for a new account from the file, not used by any account or category yet:
    "DKB ··3000", "Account ··3000", else the file's name ("Umsaetze giro")."""
    number = re.sub(r"\W", "", statement.account_id)
    bank = " ".join(statement.bank.split())[:NAME_LIMIT]
    if number:
        name = f"{bank or 'Account'} ··{number[-4:]}"
    elif bank:
        name = bank
    else:
        words = " ".join(re.sub(r"[_\-.]+", " ", path.stem).split())[:NAME_LIMIT].strip()
        name = words[:1].upper() + words[1:] if words else "Imported account"
    return _unused(context, name)


def _unused(context: AppContext, name: str) -> str:
    """`name`, or `name (2)`, `name (3)`… when an account or category has it."""
    with context.database.sessions() as session:
        taken = {a.name.casefold() for a in money_accounts(session=session)}
        taken |= {c.name.casefold() for c in all_categories(session=session)}
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate
