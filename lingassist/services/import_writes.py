"""Writing a previewed bank import: new lines and merges in one change set.

The new lines go in through the ledger's bulk path (one ``executemany`` per table); each
merged entry is journaled before it changes, so one Undo takes back the whole file and
restores the merged entries exactly as they were. Before anything is written, the ledger
is checked against what the preview showed: if another change made a line a duplicate or
changed a matched entry meanwhile, nothing is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Set
from dataclasses import dataclass
from decimal import Decimal

from lingassist.core.accounts import Account, AccountKind, AccountType
from lingassist.core.bank_lines import BankLine
from lingassist.core.batches import paused_gc
from lingassist.core.errors import ChangedMeanwhile, NotFound, UserFacingError
from lingassist.core.money import Money, from_minor, round_money
from lingassist.core.phrases import AccountName, Phrase, phrase
from lingassist.core.transactions import (
    NewTransaction,
    Posting,
    TransactionSource,
    TransactionStatus,
)
from lingassist.ledger import bank_imports, journal
from lingassist.ledger.bulk import bulk_add_transactions
from lingassist.ledger.repository import (
    all_categories,
    create_account,
    edit_transaction,
    find_account,
    transaction_postings,
)
from lingassist.ledger.sessions import Session
from lingassist.services.backups import BEFORE_IMPORT, before_bulk_change
from lingassist.services.context import AppContext
from lingassist.services.import_checks import mark_window
from lingassist.services.import_duplicates import import_mark
from lingassist.services.imports import (
    ImportPreview,
    ImportResult,
    LineMatch,
    LineStatus,
    PreviewLine,
)


@dataclass(frozen=True)
class _Plan:
    """The lines to write as new transactions and the (line, entry) pairs to merge."""

    new: tuple[PreviewLine, ...]
    merges: tuple[tuple[PreviewLine, LineMatch], ...]


def write_import(
    context: AppContext,
    preview: ImportPreview,
    *,
    unmatched: Set[int],
    chosen: Mapping[int, int],
) -> ImportResult:
    """Write `preview` as one change set (see `services.imports.apply_import`)."""
    plan = _plan(preview, unmatched, chosen)
    counts = preview.counts
    if not plan.new and not plan.merges:
        return _nothing(preview)
    backup = before_bulk_change(context, BEFORE_IMPORT)
    with paused_gc(), context.database.sessions.begin() as session:
        account = _existing_account(preview, session)
        _check_unchanged(preview, plan, account, session)
        change = journal.begin_change(session, _label(preview, plan))
        if account is None:
            account = create_account(
                preview.account,
                AccountType.ASSET,
                AccountKind.CHECKING,
                preview.currency,
                session=session,
                change=change,
            )
        added = _add_new(plan.new, account, session, change)
        merged = [_merge(line, match, account, session, change) for line, match in plan.merges]
        made = journal.newest_change(session)
    return ImportResult(
        account=account.name,
        account_created=preview.account_is_new,
        added=tuple(added),
        merged=tuple(merged),
        duplicates=counts.duplicate,
        rejected=counts.rejected,
        change=made,
        backup=str(backup.path) if backup is not None else None,
        message=_message(preview, len(added), len(merged)),
    )


def _plan(preview: ImportPreview, unmatched: Set[int], chosen: Mapping[int, int]) -> _Plan:
    """The person's decisions applied to the preview's lines."""
    new: list[PreviewLine] = []
    merges: list[tuple[PreviewLine, LineMatch]] = []
    for line in preview.lines:
        if line.status is LineStatus.MATCHED and line.match and line.number not in unmatched:
            merges.append((line, line.match))
        elif line.number in chosen and line.status is LineStatus.NEW:
            merges.append((line, _chosen_match(line, chosen[line.number])))
        elif line.status in (LineStatus.NEW, LineStatus.MATCHED):
            new.append(line)
    uses = Counter(match.transaction_id for _, match in merges)
    twice = {i for i, count in uses.items() if count > 1}
    if twice:
        raise UserFacingError(
            phrase(
                "#{number} can be merged with one bank line only; choose another entry for the "
                "other line, or import it as new.",
                number=str(min(twice)),
            )
        )
    return _Plan(tuple(new), tuple(merges))


def _chosen_match(line: PreviewLine, transaction_id: int) -> LineMatch:
    for match in line.could_be:
        if match.transaction_id == transaction_id:
            return match
    choices = ", ".join(f"#{m.transaction_id}" for m in line.could_be)
    raise UserFacingError(
        phrase(
            "Line {line} cannot be merged with #{number}: it could only be {choices}.",
            line=str(line.number),
            number=str(transaction_id),
            choices=choices or phrase("none"),
        )
    )


def _existing_account(preview: ImportPreview, session: Session) -> Account | None:
    """The preview's account (None when the import creates it)."""
    try:
        found = find_account(preview.account, session=session)
    except NotFound:
        if preview.account_is_new:
            return None
        raise ChangedMeanwhile(
            phrase(
                "The account {account} is gone since the preview; nothing was imported.",
                account=AccountName(preview.account),
            )
        ) from None
    if preview.account_is_new or found.currency != preview.currency:
        raise ChangedMeanwhile(
            phrase(
                "The account {account} changed since the preview; nothing was imported. Preview "
                "the file again.",
                account=AccountName(preview.account),
            )
        )
    return found


def _check_unchanged(
    preview: ImportPreview, plan: _Plan, account: Account | None, session: Session
) -> None:
    """Refuse (nothing written) when the ledger no longer is as the preview showed it: a
    matched entry changed, or lines of these dates were imported into (or undone from)
    the account since, which may make other lines duplicates."""
    for _, match in plan.merges:
        if not bank_imports.unchanged_since(
            match.transaction_id, match.updated_at, session=session
        ):
            raise ChangedMeanwhile(
                phrase(
                    "#{number} changed since the preview (or a bank line was merged into it); "
                    "nothing was imported. Preview the file again.",
                    number=str(match.transaction_id),
                )
            )
    lines = [x.line for x in preview.lines if x.line is not None and x.import_key]
    if account is None or not lines:
        return
    first, last = mark_window(lines)
    seen = bank_imports.marks_fingerprint(account.id, first, last, session=session)
    if seen != preview.marks_seen:
        raise ChangedMeanwhile(
            phrase(
                "Lines of these dates were imported into {account} (or undone) since the "
                "preview; nothing was imported. Preview the file again.",
                account=AccountName(account.name),
            )
        )


def _add_new(
    lines: tuple[PreviewLine, ...],
    account: Account,
    session: Session,
    change: journal.ChangeSet,
) -> list[int]:
    """Write the new lines in one batch; their ids in file order."""
    if not lines:
        return []
    categories = {c.code: c.account_id for c in all_categories(session=session)}
    items, marks = [], []
    for preview_line in lines:
        line = preview_line.line
        assert line is not None
        items.append(
            NewTransaction(
                date=line.booked,
                description=line.description or line.counterparty or preview_line.category_name,
                postings=(
                    Posting(categories[preview_line.category], -line.money),
                    Posting(account.id, line.money),
                ),
                merchant=preview_line.merchant or None,
                source=TransactionSource.IMPORT,
            )
        )
        marks.append(import_mark(line, preview_line.import_key))
    return bulk_add_transactions(items, session=session, change=change, marks=marks)


def _merge(
    preview_line: PreviewLine,
    match: LineMatch,
    account: Account,
    session: Session,
    change: journal.ChangeSet,
) -> int:
    """Merge a bank line into the entry it is: the entry keeps its photo, category,
    merchant and note, and takes the bank's date, description, account and amount."""
    line = preview_line.line
    assert line is not None
    legs = merged_postings(
        transaction_postings(match.transaction_id, session=session), match, line, account
    )
    status = TransactionStatus.CLEARED  # a pending payment the bank has now made
    edit_transaction(
        match.transaction_id,
        session=session,
        change=change,
        day=line.booked,
        description=line.description or None,
        status=status,
        new_postings=legs,
    )
    foreign = match.money.currency != line.money.currency
    key = preview_line.import_key
    mark = (
        import_mark(line, key, match.money.minor, match.money.currency)
        if foreign
        else import_mark(line, key)
    )
    bank_imports.set_mark(match.transaction_id, mark, session=session)
    return match.transaction_id


def merged_postings(
    legs: list[tuple[int, int, str]], match: LineMatch, line: BankLine, account: Account
) -> tuple[Posting, ...] | None:
    """The entry's postings once the bank line is merged in (None: they stay as they are).

    The paying posting moves to the imported account. An entry recorded in another
    currency takes the bank's amount: each other posting is converted at the rate paid,
    and the rounding difference goes to the largest one so the postings balance.
    """
    paying = (match.paying_account_id, match.money.minor, match.money.currency)
    if paying not in legs:
        raise ChangedMeanwhile(
            phrase(
                "#{number} changed since the preview; nothing was imported.",
                number=str(match.transaction_id),
            )
        )
    index = legs.index(paying)
    same_currency = match.money.currency == line.money.currency
    if same_currency and match.paying_account_id == account.id:
        return None
    rate = Decimal(1) if same_currency else line.money.amount / match.money.amount
    currency = line.money.currency
    others = [
        (i, account_id, round_money(from_minor(minor, cur) * rate, currency))
        for i, (account_id, minor, cur) in enumerate(legs)
        if i != index
    ]
    residual = -line.money.amount - sum(amount for _, _, amount in others)
    if residual and others:
        largest = max(range(len(others)), key=lambda k: abs(others[k][2]))
        i, account_id, amount = others[largest]
        others[largest] = (i, account_id, amount + residual)
    postings = {i: Posting(account_id, Money(amount, currency)) for i, account_id, amount in others}
    postings[index] = Posting(account.id, line.money)
    return tuple(postings[i] for i in range(len(legs)))


def _label(preview: ImportPreview, plan: _Plan) -> Phrase:
    """The change's label, "Import giro.csv into Checking: 12 new, 1 merged"."""
    template = (
        "Import {file} into {account}: {new} new, {merged} merged"
        if preview.file_name
        else "Import a bank file into {account}: {new} new, {merged} merged"
    )
    return phrase(
        template,
        file=preview.file_name,
        account=AccountName(preview.account),
        new=f"{len(plan.new):,}",
        merged=f"{len(plan.merges):,}",
    )


def _message(preview: ImportPreview, added: int, merged: int) -> str:
    counts = preview.counts
    created = " (a new account)" if preview.account_is_new else ""
    parts = [
        f"Imported {added:,} new transaction{'s' * (added != 1)} into {preview.account}{created}"
    ]
    if merged:
        parts.append(f"merged {merged:,} bank line{'s' * (merged != 1)} into entries you captured")
    if counts.duplicate:
        parts.append(f"skipped {counts.duplicate:,} already in the ledger")
    if counts.rejected:
        parts.append(f"{counts.rejected:,} line{'s' * (counts.rejected != 1)} rejected")
    return "; ".join(parts) + "."


def _nothing(preview: ImportPreview) -> ImportResult:
    counts = preview.counts
    message = (
        f"Nothing to import: {counts.duplicate:,} line{'s' * (counts.duplicate != 1)} already "
        f"in the ledger, {counts.rejected:,} rejected."
    )
    return ImportResult(
        account=preview.account,
        account_created=False,
        added=(),
        merged=(),
        duplicates=counts.duplicate,
        rejected=counts.rejected,
        change=None,
        backup=None,
        message=message,
    )
