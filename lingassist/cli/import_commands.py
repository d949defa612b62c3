"""``import``: a bank statement (CSV, OFX/QFX, QIF, CAMT.053) into the ledger, as one change
that ``lingassist undo`` takes back; ``--dry-run`` shows what it would do."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from lingassist.core.bank_lines import BankStatement
from lingassist.core.errors import UserFacingError
from lingassist.services.context import AppContext
from lingassist.services.imports import (
    ImportPreview,
    ImportResult,
    LineMatch,
    LineStatus,
    PreviewLine,
    apply_import,
    describe_rate,
    preview_import,
)

SHOWN = 20  # matches, unsure lines and rejected lines listed one by one in text output


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``import`` to the command line."""
    command = commands.add_parser(
        "import",
        help="import a bank statement (CSV, OFX/QFX, QIF, CAMT.053) as one undoable change",
    )
    command.add_argument("file", type=Path, metavar="FILE")
    command.add_argument(
        "--account",
        default="",
        help="account the lines go to; created if it does not exist (default: the account "
        "with the file's IBAN, else the default account)",
    )
    command.add_argument(
        "--dry-run", action="store_true", help="show what the import would do; change nothing"
    )
    command.add_argument(
        "--json", action="store_true", help="one JSON object per line, then a summary"
    )
    command.add_argument(
        "--keep-separate",
        action="append",
        default=[],
        metavar="LINE",
        help="import this matched line as a new transaction instead of merging it into "
        "the entry it matched (repeat, or give LINE,LINE; the numbers --dry-run shows)",
    )
    command.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar="LINE=ID",
        help="merge a line the import was unsure about into the entry #ID it could be "
        "(one of those --dry-run lists for that line)",
    )
    command.set_defaults(handler=_import)


def _import(context: AppContext, arguments: argparse.Namespace) -> int:
    statement = _read(context, arguments.file, arguments.account)
    preview = preview_import(context, statement, arguments.account, file_name=arguments.file.name)
    unmatched = _separate_lines(preview, arguments.keep_separate)
    chosen = _chosen_entries(preview, arguments.choose)
    result = (
        None
        if arguments.dry_run
        else apply_import(context, preview, unmatched=unmatched, chosen=chosen)
    )
    if arguments.json:
        for line in preview.lines:
            print(json.dumps(_line_record(line), ensure_ascii=False))
        print(json.dumps({"summary": _summary(preview, result)}, ensure_ascii=False))
    else:
        _print_preview(preview)
        print(result.message if result else "Dry run: nothing was changed.")
        if result and result.change:
            print("One 'lingassist undo' takes the whole import back.")
    return 0


def _separate_lines(preview: ImportPreview, given: list[str]) -> frozenset[int]:
    """The line numbers of `--keep-separate`, each a line the preview matched."""
    numbers = {_line_number(word) for text in given for word in text.split(",") if word.strip()}
    matched = {line.number for line in preview.lines if line.match is not None}
    stray = sorted(numbers - matched)
    if stray:
        raise UserFacingError(
            f"Line {stray[0]} of {preview.file_name} was not matched with an entry, so there "
            "is nothing to keep separate. 'lingassist import FILE --dry-run' lists the matches."
        )
    return frozenset(numbers)


def _chosen_entries(preview: ImportPreview, given: list[str]) -> dict[int, int]:
    """`--choose LINE=ID` as line number -> entry id, each an entry the line could be."""
    unsure = {line.number: line for line in preview.lines if line.could_be}
    chosen: dict[int, int] = {}
    for text in given:
        line_text, equals, entry_text = text.partition("=")
        if not equals:
            raise UserFacingError(f"--choose takes LINE=ID (for example 12=345), not {text!r}.")
        number, entry = _line_number(line_text), _line_number(entry_text.lstrip(" #"))
        line = unsure.get(number)
        if line is None:
            raise UserFacingError(
                f"Line {number} of {preview.file_name} has no unsure match to choose from. "
                "'lingassist import FILE --dry-run' lists the lines it was unsure about."
            )
        if entry not in {m.transaction_id for m in line.could_be}:
            raise UserFacingError(
                f"Line {number} could be {_choices(line.could_be)}, not #{entry}."
            )
        chosen[number] = entry
    return chosen


def _line_number(text: str) -> int:
    try:
        number = int(text.strip())
    except ValueError:
        raise UserFacingError(f"{text.strip()!r} is not a line number.") from None
    if number < 1:
        raise UserFacingError(f"{number} is not a line number.")
    return number


def _read(context: AppContext, path: Path, account: str) -> BankStatement:
    """The file read by the bank file readers (in the account's currency when it names
    none), with the columns chosen in the window for the same bank before; a file they
    cannot read is a message (`UserFacingError`)."""
    from lingassist.bank_files import CsvMappingNeeded
    from lingassist.services.bank_file_reading import read_statement

    try:
        return read_statement(context, path, account)[0]
    except CsvMappingNeeded as needed:
        raise UserFacingError(
            f"{needed} Import it once in the window (File → Import bank file…) to choose "
            "the columns: LingAssist remembers them for this bank's files, here too."
        ) from needed


def _line_record(line: PreviewLine) -> dict[str, object]:
    """The JSON object for one line of the file."""
    bank = line.line
    match = line.match
    record: dict[str, object] = {
        "line": line.number,
        "status": line.status.value,
        "date": bank.booked.isoformat() if bank else None,
        "amount": str(bank.money.amount) if bank else None,
        "currency": bank.money.currency if bank else None,
        "description": bank.description if bank else None,
        "reference": bank.reference if bank else None,
        "category": None,
        "category_name": None,
        "why": None,
        "match": match.transaction_id if match else None,
        "duplicate_of": line.duplicate_of,
        "could_be": [m.transaction_id for m in line.could_be],
        "reason": line.reason or None,
        "rate": None,
    }
    if match is not None:
        record.update(
            category=match.category_code or None,
            category_name=match.category or None,
            why=f"kept from #{match.transaction_id} ({match.source}), which this line is",
            rate=str(match.rate) if match.rate is not None else None,
        )
    elif line.status is LineStatus.NEW:
        record.update(category=line.category, category_name=line.category_name, why=line.why)
    return record


def _summary(preview: ImportPreview, result: ImportResult | None) -> dict[str, object]:
    counts = preview.counts
    summary: dict[str, object] = {
        "file": preview.file_name,
        "format": preview.format,
        "account": preview.account,
        "account_currency": preview.currency,
        "account_is_new": preview.account_is_new,
        "new": counts.new,
        "duplicate": counts.duplicate,
        "matched": counts.matched,
        "rejected": counts.rejected,
        "notes": list(preview.notes),
        "dry_run": result is None,
    }
    if result is not None:
        summary.update(
            added=len(result.added),
            merged=len(result.merged),
            account_created=result.account_created,
            backup=result.backup,
            message=result.message,
        )
    return summary


def _print_preview(preview: ImportPreview) -> None:
    counts = preview.counts
    new_account = " (a new account: the import creates it)" if preview.account_is_new else ""
    kind = f" ({preview.format})" if preview.format else ""
    print(f"{preview.file_name}{kind} → {preview.account}, {preview.currency}{new_account}")
    print(
        f"  {counts.new:,} new · {counts.duplicate:,} already in the ledger · "
        f"{counts.matched:,} matched · {counts.rejected:,} rejected"
    )
    matched = [x for x in preview.lines if x.match is not None]
    unsure = [x for x in preview.lines if x.could_be]
    rejected = [x for x in preview.lines if x.status is LineStatus.REJECTED]
    _section(
        "Matched with entries you captured (merged: the photo, category and note stay; "
        "--keep-separate LINE imports a line as new instead)",
        [_matched_text(x, preview.currency) for x in matched],
    )
    _section(
        "Not matched, unsure which entry it is (imported as new; --choose LINE=ID merges it)",
        [f"{_bank_text(x)}: could be {_choices(x.could_be)}" for x in unsure],
    )
    _section("Rejected", [_rejected_text(x) for x in rejected])
    if preview.notes:
        print(f"  The reader noted: {' '.join(preview.notes)}")


def _section(title: str, items: list[str]) -> None:
    if not items:
        return
    print(f"  {title}:")
    for item in items[:SHOWN]:
        print(f"    {item}")
    if len(items) > SHOWN:
        print(f"    … and {len(items) - SHOWN:,} more (--json lists every line)")


def _bank_text(line: PreviewLine) -> str:
    bank = line.line
    assert bank is not None
    money, day = bank.money, bank.booked.isoformat()
    return f"line {line.number}: {day} {money.amount} {money.currency} {bank.description}"


def _matched_text(line: PreviewLine, currency: str) -> str:
    match = line.match
    assert match is not None
    return f"{_bank_text(line)} → {_entry_text(match)}" + (
        f", rate paid {describe_rate(match, currency)}" if match.rate is not None else ""
    )


def _entry_text(match: LineMatch) -> str:
    photos = (
        f", {match.attachments} photo{'s' * (match.attachments != 1)}" if match.attachments else ""
    )
    days = (
        f", {match.days_apart} day{'s' * (match.days_apart != 1)} apart" if match.days_apart else ""
    )
    return (
        f"#{match.transaction_id} {match.name} {match.date.isoformat()} "
        f"{match.money.amount} {match.money.currency} on {match.account} "
        f"({match.source}, {match.category or 'no category'}{photos}{days})"
    )


def _choices(matches: tuple[LineMatch, ...]) -> str:
    return " or ".join(f"#{m.transaction_id} ({m.name}, {m.date.isoformat()})" for m in matches)


def _rejected_text(line: PreviewLine) -> str:
    prefix = f"line {line.number}"
    return line.reason if line.reason.startswith(prefix) else f"{prefix}: {line.reason}"
