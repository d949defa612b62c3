"""Importing a bank statement: a preview of every line, then the whole file as one change.

`preview_import` reads nothing from disk and writes nothing: for each line of a
`BankStatement` it says whether it is new (with the category it would get and why), a
duplicate of a transaction already imported, the same purchase as an entry the person
captured earlier (a receipt, a spoken or typed expense: it will be merged into it), or
rejected (with its line number and reason). `apply_import` then writes the new lines and
the merges as one change set that one Undo reverts, after an automatic backup.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from lingassist.categorize.suggestion import Suggestion
from lingassist.core.accounts import Category
from lingassist.core.bank_lines import BankLine, BankStatement
from lingassist.core.batches import paused_gc
from lingassist.core.errors import UserFacingError
from lingassist.core.money import Money, from_minor
from lingassist.core.phrases import AccountName, Phrase, phrase
from lingassist.ledger.journal import ChangeRef
from lingassist.ledger.repository import all_categories, find_account
from lingassist.services.context import AppContext
from lingassist.services.entries import paying_account
from lingassist.services.import_checks import (
    categorize,
    checked_lines,
    duplicates_in,
    matching_for,
    new_account_currency,
    target_account,
)
from lingassist.services.import_duplicates import Duplicate, import_key
from lingassist.services.import_matching import Fit, Matching


class LineStatus(StrEnum):
    """What an import does with one line."""

    NEW = "new"
    DUPLICATE = "duplicate"
    MATCHED = "matched"
    REJECTED = "rejected"


@dataclass(frozen=True)
class LineMatch:
    """An entry captured earlier that a bank line is the same purchase as.

    Attributes:
        transaction_id: the entry.
        date: its date.
        name: its merchant (else its description).
        money: what it recorded as paid (signed, in the currency it was recorded in).
        account: the account it was recorded on.
        category: its category's name (kept when merged).
        category_code: its category's code ("SPLIT" for several, "" for none).
        memo: the person's note (kept).
        source: how it came in ("receipt", "voice", "text", "manual").
        attachments: how many photos it holds (kept).
        days_apart: days between its date and the bank's.
        similarity: how alike the merchant names are (0..100).
        rate: for an entry in another currency, what one unit of it cost in the
            account's currency (the rate actually paid); None otherwise.
        paying_account_id: the account of its posting that paid.
        updated_at: when it last changed (the merge is refused if it changed since).
    """

    transaction_id: int
    date: date
    name: str
    money: Money
    account: str
    category: str
    category_code: str
    memo: str
    source: str
    attachments: int
    days_apart: int
    similarity: int
    rate: Decimal | None
    paying_account_id: int
    updated_at: datetime


@dataclass(frozen=True)
class PreviewLine:
    """One line of the file and what the import does with it.

    Attributes:
        number: where it is in the file.
        status: new, duplicate, matched or rejected.
        line: the line as read (None when the reader could not read it).
        category: the category code it gets when written as new.
        category_name: that category's name.
        why: why that category ("Known merchant: Rewe is Groceries").
        merchant: the merchant name it is filed under ("" when none).
        match: the entry it is merged into (status matched).
        duplicate_of: the transaction that already holds it (status duplicate).
        reason: why a line is rejected or a duplicate, or why it was not matched.
        could_be: entries that fit a new line equally well, so none was matched (a person
            may choose one, see `apply_import`).
        import_key: the line's date, amount and normalised description, kept with the
            transaction so that the line is known again ("" for a rejected line).
        said_why: `why` as a phrase, for a window in another language (None: `why` only).
        said_reason: `reason` as a phrase, likewise.
    """

    number: int
    status: LineStatus
    line: BankLine | None
    category: str = ""
    category_name: str = ""
    why: str = ""
    merchant: str = ""
    match: LineMatch | None = None
    duplicate_of: int | None = None
    reason: str = ""
    could_be: tuple[LineMatch, ...] = ()
    import_key: str = ""
    said_why: Phrase | None = None
    said_reason: Phrase | None = None


@dataclass(frozen=True)
class ImportCounts:
    """How many lines of each kind a file holds.

    Attributes:
        new: lines to write as new transactions.
        duplicate: lines already in the ledger (nothing is written).
        matched: lines merged into entries captured earlier.
        rejected: lines that cannot be imported.
    """

    new: int
    duplicate: int
    matched: int
    rejected: int


@dataclass(frozen=True)
class ImportPreview:
    """What importing a bank file would do; nothing is written yet.

    Attributes:
        account: the money account the lines go to.
        currency: its currency.
        account_is_new: the account does not exist yet and is created by the import.
        account_reason: how the account was chosen ("named", "IBAN", "default").
        lines: every line of the file, rejected ones included, in file order.
        file_name: the file's name (for labels and messages; may be "").
        format: the file's format as the reader said ("csv", "ofx", …).
        notes: what the reader had to guess ("decimal comma").
        said_notes: the notes as phrases, for a window in another language.
        marks_seen: the fingerprint of the account's imported lines the duplicates were
            decided on; `apply_import` refuses when it changed since.
    """

    account: str
    currency: str
    account_is_new: bool
    account_reason: str
    lines: tuple[PreviewLine, ...]
    file_name: str = ""
    format: str = ""
    notes: tuple[str, ...] = ()
    marks_seen: tuple[int, int, int] = (0, 0, 0)
    said_notes: tuple[Phrase, ...] = ()

    @property
    def counts(self) -> ImportCounts:
        """How many lines are new, duplicates, matched and rejected."""
        statuses = [line.status for line in self.lines]
        return ImportCounts(*(statuses.count(s) for s in LineStatus))


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote.

    Attributes:
        account: the account the lines went to.
        account_created: the import created it.
        added: ids of the new transactions, in file order.
        merged: ids of the entries that bank lines were merged into.
        duplicates: lines skipped as already in the ledger.
        rejected: lines that could not be imported.
        change: the change set (None when nothing was written): one Undo reverts it.
        backup: the automatic backup made before the import (None when none was made).
        message: one sentence for the person.
    """

    account: str
    account_created: bool
    added: tuple[int, ...]
    merged: tuple[int, ...]
    duplicates: int
    rejected: int
    change: ChangeRef | None
    backup: str | None
    message: str


def preview_import(
    context: AppContext, statement: BankStatement, account_name: str = "", *, file_name: str = ""
) -> ImportPreview:
    """What importing `statement` into the account called `account_name` would do (the
    account named by the file's IBAN, else the default account, when no name is given;
    a named account that does not exist is created by the import).

    Raises:
        UserFacingError: the file's currency is not the account's.
    """
    with paused_gc(), context.database.sessions() as session:
        account, reason = target_account(context, statement, account_name, session)
        currency = account.currency if account else new_account_currency(context, statement)
        if statement.currency and statement.currency.upper() != currency:
            raise UserFacingError(
                phrase(
                    "The file is in {currency}, but {account} holds {held}: import it into an "
                    "account in {currency} with --account (a new name creates one).",
                    currency=statement.currency.upper(),
                    account=AccountName(account_name) if account_name else phrase("the account"),
                    held=currency,
                )
            )
        lines = checked_lines(context, statement, currency)
        readable = {p: line for p, (line, problem) in enumerate(lines) if not problem}
        keys = {p: import_key(line) for p, line in readable.items()}
        duplicates, marks_seen = duplicates_in(account, readable, keys, session)
        fresh = {p: line for p, line in readable.items() if p not in duplicates}
        matching = matching_for(context, account, fresh, keys, session)
        categories = {c.code: c for c in all_categories(session=session)}
        suggestions = categorize(context, fresh, categories)
        preview_lines = [
            _preview_line(
                line, problem, duplicates.get(p), suggestions.get(p), matching, p, keys.get(p, "")
            )
            for p, (line, problem) in enumerate(lines)
        ]
    rejected_by_reader = [
        PreviewLine(r.number, LineStatus.REJECTED, None, reason=r.reason, said_reason=r.said)
        for r in statement.rejected
    ]
    ordered = sorted([*preview_lines, *rejected_by_reader], key=lambda x: x.number)
    return ImportPreview(
        account=account.name if account else " ".join(account_name.split()),
        currency=currency,
        account_is_new=account is None,
        account_reason=reason,
        lines=tuple(ordered),
        file_name=file_name,
        format=statement.format,
        notes=statement.notes,
        marks_seen=marks_seen,
        said_notes=statement.said_notes or tuple(Phrase(note) for note in statement.notes),
    )


def import_currency(context: AppContext, account_name: str = "") -> str:
    """The currency a bank file for `account_name` is read in when it names none: the
    named account's, else the default account's, else (a new account) the default one."""
    with context.database.sessions() as session:
        try:
            if account_name.strip():
                return find_account(account_name, session=session).currency
            return paying_account(context, "", session).currency
        except UserFacingError:
            return context.settings.default_currency.upper()


def apply_import(
    context: AppContext,
    preview: ImportPreview,
    *,
    unmatched: Set[int] = frozenset(),
    chosen: Mapping[int, int] | None = None,
) -> ImportResult:
    """Write the preview as one change set (see `services.import_writes.write_import`).

    Args:
        unmatched: numbers of matched lines the person does not want merged: they are
            written as new transactions instead.
        chosen: line number -> entry id, for lines whose match was unsure (`could_be`):
            the entry the person says the line is.

    Raises:
        ChangedMeanwhile: the ledger changed since the preview in a way that changes what
            the import would do (nothing is written; preview the file again).
        UserFacingError: a chosen entry is not one the line could be.
    """
    from lingassist.services.import_writes import write_import

    return write_import(context, preview, unmatched=unmatched, chosen=chosen or {})


def _preview_line(  # noqa: PLR0913 - what the preview knows of one line
    line: BankLine,
    problem: Phrase | None,
    duplicate: Duplicate | None,
    filed: tuple[Category, Suggestion] | None,
    matching: Matching,
    position: int,
    key: str,
) -> PreviewLine:
    """What the import does with one line that was read (`key`: its import key)."""
    if problem is not None:
        rejected = LineStatus.REJECTED
        return PreviewLine(line.number, rejected, line, reason=problem.text, said_reason=problem)
    if duplicate is not None:
        held = phrase(
            "already in the ledger as #{id} ({how})",
            id=str(duplicate.transaction_id),
            how=duplicate.said or duplicate.reason,
        )
        return PreviewLine(
            line.number,
            LineStatus.DUPLICATE,
            line,
            duplicate_of=duplicate.transaction_id,
            reason=held.text,
            import_key=key,
            said_reason=held,
        )
    assert filed is not None
    return _fresh_line(line, filed, matching, position, key)


def _fresh_line(
    line: BankLine,
    filed: tuple[Category, Suggestion],
    matching: Matching,
    position: int,
    key: str,
) -> PreviewLine:
    """A line the ledger does not hold yet: matched, or new (perhaps with unsure fits)."""
    category, suggestion = filed
    base = PreviewLine(
        line.number,
        LineStatus.NEW,
        line,
        category=category.code,
        category_name=category.name,
        why=suggestion.reason,
        merchant=suggestion.merchant,
        import_key=key,
        said_why=suggestion.said,
    )
    if position in matching.matched:
        fit = matching.matched[position]
        return replace(base, status=LineStatus.MATCHED, match=line_match(fit, line))
    if position in matching.unsure:
        fits = matching.unsure[position]
        ids = " or ".join(f"#{f.candidate.transaction_id}" for f in fits)
        return replace(
            base,
            could_be=tuple(line_match(f, line) for f in fits),
            reason=f"could be the same purchase as {ids}; not matched (unsure: choose one)",
        )
    return base


def line_match(fit: Fit, line: BankLine) -> LineMatch:
    """What the preview shows of an entry a line fits."""
    candidate, leg = fit.candidate, fit.leg
    recorded = Money(from_minor(leg.minor, leg.currency), leg.currency)
    rate = None
    if fit.foreign:
        rate = line.money.amount / recorded.amount
    return LineMatch(
        transaction_id=candidate.transaction_id,
        date=candidate.date,
        name=candidate.merchant or candidate.description,
        money=recorded,
        account=leg.account_name,
        category=candidate.category_name,
        category_code=candidate.category_code,
        memo=candidate.memo,
        source=candidate.source,
        attachments=candidate.attachments,
        days_apart=fit.days,
        similarity=fit.similarity,
        rate=rate,
        paying_account_id=leg.account_id,
        updated_at=candidate.updated_at,
    )


def describe_rate(match: LineMatch, currency: str) -> str:
    """ "1 USD = 0.9042 EUR" for a match in another currency ("" otherwise)."""
    if match.rate is None:
        return ""
    return f"1 {match.money.currency} = {match.rate:.4f} {currency}"
