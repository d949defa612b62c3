"""The change journal: every write belongs to a change set that undo() and redo() replay.

A change set is one person's action or one batch (an import). For each entity it touches
it records one entry: ``create`` (nothing to keep yet), ``update`` or ``delete`` (the image
*before* the change). The image *after* a change is captured lazily, when the change is
undone, because that is the first moment it could be lost. Undo walks the newest change
set backwards; redo replays the oldest undone one forwards; a new change set discards
whatever could still be redone.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import DateTime, Table, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from lingassist.core.errors import ChangedMeanwhile, NothingToUndo
from lingassist.core.phrase_json import UnreadablePhrase, dump_phrase, load_phrase
from lingassist.core.phrases import Phrase, phrase
from lingassist.ledger.inserts import insert_one, insert_rows
from lingassist.ledger.sessions import ENTERED_BY, Session
from lingassist.ledger.tables import (
    accounts,
    attachments,
    budgets,
    categories,
    categorization_rules,
    change_sets,
    journal_entries,
    ledger_state,
    merchants,
    payees,
    payment_drafts,
    postings,
    transactions,
)

ROW_ENTITIES: dict[str, Table] = {
    "account": accounts,
    "category": categories,
    "merchant": merchants,
    "budget": budgets,
    "payee": payees,
    "payment_draft": payment_drafts,
    "categorization_rule": categorization_rules,
}
TRANSACTION = "transaction"
Image = dict[str, Any]


@dataclass(frozen=True)
class ChangeRef:
    """One change set, named for good: a card that shows it can insist on it later.

    Attributes:
        id: its row in ``change_sets`` (SQLite may give a deleted row's id to a new one).
        created_at: when it was made; together with `id` it names one change set only.
        label: what it did, in English ("Add expense 12.50 EUR at Blue Bottle").
        said: the same as a phrase, for a window in another language (None for change
            sets from before labels were kept as phrases: `phrase` is then the English).
    """

    id: int
    created_at: datetime
    label: str
    said: Phrase | None = None

    @property
    def phrase(self) -> Phrase:
        """What it did as a phrase (the English label as it is for an old change set)."""
        return self.said or Phrase(self.label)

    @property
    def key(self) -> tuple[int, datetime]:
        """What names this change set and no other (SQLite may give a deleted row's id to a
        new one, so the id alone does not)."""
        return (self.id, self.created_at)


class ChangeSet:
    """Records what one action does, inside the caller's database transaction."""

    def __init__(
        self, session: Session, change_set_id: int, label: Phrase | str, entered_by: str = ""
    ) -> None:
        self.session = session
        self.id = change_set_id
        self.label = str(label)  # in English
        self.entered_by = entered_by  # who makes it (written on the transactions it adds)
        self._seq = 0

    def created(self, entity: str, entity_id: int) -> None:
        """`entity_id` was just inserted."""
        self._record(entity, entity_id, "create", None)

    def created_many(self, entity: str, entity_ids: list[int]) -> None:
        """A batch of inserted rows, recorded with one statement."""
        first = self._seq
        self._seq += len(entity_ids)
        rows = [(self.id, first + n, entity, i, "create") for n, i in enumerate(entity_ids)]
        insert_rows(
            self.session,
            journal_entries,
            ("change_set_id", "seq", "entity", "entity_id", "op"),
            rows,
        )

    def will_update(self, entity: str, entity_id: int) -> None:
        """`entity_id` is about to change: keep its current image."""
        self._record(entity, entity_id, "update", snapshot(self.session, entity, entity_id))

    def will_delete(self, entity: str, entity_id: int) -> None:
        """`entity_id` is about to be deleted: keep its current image."""
        self._record(entity, entity_id, "delete", snapshot(self.session, entity, entity_id))

    def _record(self, entity: str, entity_id: int, op: str, before: Image | None) -> None:
        self.session.execute(
            insert(journal_entries).values(
                change_set_id=self.id,
                seq=self._seq,
                entity=entity,
                entity_id=entity_id,
                op=op,
                before=_dump(before),
                after=None,
            )
        )
        self._seq += 1


def entered_by(session: Session) -> str:
    """Who works through this session: the database's sessions carry it in ``info``
    ("" on a ledger opened without a name: then every change set is everyone's)."""
    return str(session.info.get(ENTERED_BY, ""))


def begin_change(session: Session, label: Phrase | str) -> ChangeSet:
    """Start a change set named `label` (a phrase, so a window can say it in its own
    language; its English text is the label the command line prints); whatever this
    person could still redo is discarded (another person's undone changes stay theirs to
    redo). A label given as plain text is kept as English only.

    The ledger's version goes up first: on PostgreSQL that row lock makes writers take
    turns for the length of one action, so two people's actions never interleave."""
    bump_version(session)
    who = entered_by(session)
    session.execute(delete(change_sets).where(change_sets.c.undone.is_(True), _mine(who)))
    change_set_id = insert_one(
        session,
        insert(change_sets).values(
            label=str(label),
            said=dump_phrase(label) if isinstance(label, Phrase) else None,
            created_at=datetime.now(UTC),
            undone=False,
            entered_by=who,
        ),
    )
    return ChangeSet(session, change_set_id, label, who)


def _mine(who: str) -> Any:
    """Change sets `who` may undo: their own, and those from before names were kept."""
    return change_sets.c.entered_by.in_((who, ""))


def bump_version(session: Session) -> None:
    """Count one more change in ``ledger_state`` (what other windows poll)."""
    session.execute(update(ledger_state).values(version=ledger_state.c.version + 1))


def ledger_version(session: Session) -> int:
    """The ledger's change counter: it differs whenever anyone changed the ledger."""
    return int(session.scalar(select(ledger_state.c.version)) or 0)


def make_permanent(change: ChangeSet) -> None:
    """Drop a change set from the journal: its changes stay but can no longer be undone
    (used for a new ledger's set-up, which undo should never take away)."""
    change.session.execute(delete(change_sets).where(change_sets.c.id == change.id))


def forget_history(session: Session) -> None:
    """Make the ledger as it is the starting point: nothing before now can be undone."""
    session.execute(delete(change_sets))


def said_label(label: str, said: str | None) -> Phrase:
    """A stored change set's label as a phrase: its `said` column read back, or the
    English `label` as it is (change sets from before 0008, or a phrase this LingAssist
    cannot read)."""
    if said:
        try:
            return load_phrase(said)
        except UnreadablePhrase:
            pass
    return Phrase(label)


def undo(session: Session, *, expected: ChangeRef | None = None) -> Phrase:
    """Revert the newest change set and return its label (a phrase: its ``text`` is the
    English label); with `expected`, only if that change set is still the newest one.

    Raises:
        NothingToUndo: the journal holds no change that is not undone yet.
        ChangedMeanwhile: the newest change set is not `expected` (nothing is reverted).
    """
    if expected is not None:
        newest = newest_change(session)
        if newest is None:
            raise NothingToUndo(
                phrase(
                    "“{label}” was already undone; nothing else was undone.",
                    label=expected.phrase,
                )
            )
        if newest.key != expected.key:
            raise ChangedMeanwhile(
                phrase(
                    "The ledger changed since this was shown: the newest change is now "
                    "“{newest}”, not “{label}”. Nothing was undone.",
                    newest=newest.phrase,
                    label=expected.phrase,
                )
            )
        return _step(session, forward=False, change_set=newest)
    return _step(session, forward=False)


def newest_change(session: Session) -> ChangeRef | None:
    """The change set undo would revert next, or None when there is none."""
    found = session.execute(
        select(change_sets.c.id, change_sets.c.created_at, change_sets.c.label, change_sets.c.said)
        .where(change_sets.c.undone.is_(False), _mine(entered_by(session)))
        .order_by(change_sets.c.id.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    said = said_label(found.label, found.said) if found.said else None
    return ChangeRef(found.id, found.created_at, str(found.label), said)


def change_counts(session: Session, change_set_id: int) -> dict[tuple[str, str], int]:
    """(entity, op) -> how many entries of that kind the change set holds."""
    rows = session.execute(
        select(journal_entries.c.entity, journal_entries.c.op, func.count())
        .where(journal_entries.c.change_set_id == change_set_id)
        .group_by(journal_entries.c.entity, journal_entries.c.op)
    )
    return {(entity, op): count for entity, op, count in rows}


def created_ids(session: Session, change_set_id: int, entity: str, *, limit: int) -> list[int]:
    """Ids of the first `limit` `entity` rows the change set created (undo removes them)."""
    rows = _first_entries(session, change_set_id, entity, "create", limit)
    return [entity_id for entity_id, _ in rows]


def deleted_images(
    session: Session, change_set_id: int, entity: str, *, limit: int
) -> list[tuple[int, Image]]:
    """(id, image before) of the first `limit` `entity` rows the change set deleted (undo
    brings them back)."""
    rows = _first_entries(session, change_set_id, entity, "delete", limit)
    return [(entity_id, json.loads(before)) for entity_id, before in rows if before is not None]


def _first_entries(
    session: Session, change_set_id: int, entity: str, op: str, limit: int
) -> list[tuple[int, str | None]]:
    """(entity id, image before) of the first `limit` entries of `op` on `entity` rows."""
    rows = session.execute(
        select(journal_entries.c.entity_id, journal_entries.c.before)
        .where(
            journal_entries.c.change_set_id == change_set_id,
            journal_entries.c.entity == entity,
            journal_entries.c.op == op,
        )
        .order_by(journal_entries.c.seq)
        .limit(limit)
    )
    return [(entity_id, before) for entity_id, before in rows]


def redo(session: Session) -> Phrase:
    """Re-apply the oldest undone change set and return its label (a phrase: its
    ``text`` is the English label).

    Raises:
        NothingToUndo: nothing has been undone since the last change.
    """
    return _step(session, forward=True)


def peek_labels(session: Session) -> tuple[str | None, str | None]:
    """Labels of what undo and redo would do next, in English (None when nothing)."""
    undoes, redoes = peek_phrases(session)
    return (None if undoes is None else undoes.text), (None if redoes is None else redoes.text)


def peek_phrases(session: Session) -> tuple[Phrase | None, Phrase | None]:
    """Labels of what undo and redo would do next as phrases (None when nothing)."""
    undoes, redoes = (_next_change_set(session, forward=f) for f in (False, True))
    return (
        None if undoes is None else said_label(undoes.label, undoes.said),
        None if redoes is None else said_label(redoes.label, redoes.said),
    )


def _step(session: Session, *, forward: bool, change_set: Any = None) -> Phrase:
    """Undo the newest done change set, or (forward) redo the oldest undone one (or the
    `change_set` given, already found to be that one)."""
    change_set = change_set or _next_change_set(session, forward=forward)
    if change_set is None:
        raise NothingToUndo(
            phrase("There is nothing to redo." if forward else "There is nothing to undo.")
        )
    bump_version(session)  # first: takes the writers' turn on PostgreSQL
    _refuse_if_changed_since(session, change_set, forward=forward)
    from lingassist.ledger import journal_batch  # it builds on this module

    entries = _entries(session, change_set.id, newest_first=not forward)
    for run in journal_batch.runs(entries):
        if len(run) > 1:  # many created transactions (an import): a few statements
            (journal_batch.replay_created if forward else journal_batch.revert_created)(
                session, run
            )
        else:
            (_replay if forward else _revert)(session, run[0])
    session.execute(
        update(change_sets).where(change_sets.c.id == change_set.id).values(undone=not forward)
    )
    return _said_of(change_set)


def _said_of(change_set: Any) -> Phrase:
    """The label phrase of a `ChangeRef` or of a ``change_sets`` row."""
    if isinstance(change_set, ChangeRef):
        return change_set.phrase
    return said_label(change_set.label, change_set.said)


def _next_change_set(session: Session, *, forward: bool) -> Any:
    """(id, label, said) of this person's change set redo (forward) or undo would take
    next."""
    order = change_sets.c.id if forward else change_sets.c.id.desc()
    return session.execute(
        select(change_sets.c.id, change_sets.c.label, change_sets.c.said)
        .where(change_sets.c.undone.is_(forward), _mine(entered_by(session)))
        .order_by(order)
        .limit(1)
    ).first()


def _refuse_if_changed_since(session: Session, change_set: Any, *, forward: bool) -> None:
    """Undoing (or redoing) a change set must not overwrite what someone else did later to
    the same rows: then nothing is done and the message names their change.

    Raises:
        ChangedMeanwhile: a later change set (not undone) touched one of its rows.
    """
    mine, later = journal_entries.alias("mine"), journal_entries.alias("later")
    clash = session.execute(
        select(change_sets.c.label, change_sets.c.said, change_sets.c.entered_by)
        .select_from(
            later.join(change_sets, change_sets.c.id == later.c.change_set_id).join(
                mine,
                (mine.c.entity == later.c.entity) & (mine.c.entity_id == later.c.entity_id),
            )
        )
        .where(
            mine.c.change_set_id == change_set.id,
            change_sets.c.id > change_set.id,
            change_sets.c.undone.is_(False),
        )
        .limit(1)
    ).first()
    if clash is not None:
        if clash.entered_by:
            template = (
                "“{clash}” by {who} changed the same entries since “{label}”; nothing was redone."
                if forward
                else "“{clash}” by {who} changed the same entries since “{label}”; nothing "
                "was undone."
            )
        else:
            template = (
                "“{clash}” changed the same entries since “{label}”; nothing was redone."
                if forward
                else "“{clash}” changed the same entries since “{label}”; nothing was undone."
            )
        raise ChangedMeanwhile(
            phrase(
                template,
                clash=said_label(clash.label, clash.said),
                who=clash.entered_by or "",
                label=_said_of(change_set),
            )
        )


def _entries(session: Session, change_set_id: int, *, newest_first: bool) -> list[Any]:
    order = journal_entries.c.seq.desc() if newest_first else journal_entries.c.seq
    return list(
        session.execute(
            select(journal_entries)
            .where(journal_entries.c.change_set_id == change_set_id)
            .order_by(order)
        )
    )


def _revert(connection: Connection, entry: Any) -> None:
    """Undo one entry; keep the image a redo will need."""
    if entry.op in ("create", "update") and entry.after is None:
        image = snapshot(connection, entry.entity, entry.entity_id)
        connection.execute(
            update(journal_entries)
            .where(journal_entries.c.id == entry.id)
            .values(after=_dump(image))
        )
    if entry.op == "create":
        remove(connection, entry.entity, entry.entity_id)
    else:
        restore(connection, entry.entity, entry.entity_id, json.loads(entry.before))


def _replay(connection: Connection, entry: Any) -> None:
    """Redo one entry from the image kept when it was undone."""
    if entry.op == "delete":
        remove(connection, entry.entity, entry.entity_id)
    else:
        restore(connection, entry.entity, entry.entity_id, json.loads(entry.after))


def snapshot(connection: Connection, entity: str, entity_id: int) -> Image:
    """The current image of an entity; a transaction includes postings and attachments."""
    if entity == TRANSACTION:
        return {
            "row": _row_image(connection, transactions, transactions.c.id == entity_id)[0],
            "postings": _row_image(connection, postings, postings.c.transaction_id == entity_id),
            "attachments": _row_image(
                connection, attachments, attachments.c.transaction_id == entity_id
            ),
        }
    table = ROW_ENTITIES[entity]
    return _row_image(connection, table, table.c.id == entity_id)[0]


def restore(connection: Connection, entity: str, entity_id: int, image: Image) -> None:
    """Make the entity exactly as in `image`, inserting it if it is gone."""
    if entity != TRANSACTION:
        _upsert(connection, ROW_ENTITIES[entity], entity_id, image)
        return
    _upsert(connection, transactions, entity_id, image["row"])
    for table, rows in ((postings, image["postings"]), (attachments, image["attachments"])):
        connection.execute(delete(table).where(table.c.transaction_id == entity_id))
        if rows:
            connection.execute(insert(table), [decode(table, row) for row in rows])


def remove(connection: Connection, entity: str, entity_id: int) -> None:
    """Delete the entity (a transaction with its postings and attachment rows)."""
    if entity == TRANSACTION:
        connection.execute(delete(postings).where(postings.c.transaction_id == entity_id))
        connection.execute(delete(attachments).where(attachments.c.transaction_id == entity_id))
        connection.execute(delete(transactions).where(transactions.c.id == entity_id))
        return
    table = ROW_ENTITIES[entity]
    connection.execute(delete(table).where(table.c.id == entity_id))


def _upsert(connection: Connection, table: Table, entity_id: int, image: Image) -> None:
    values = decode(table, image)
    exists = connection.execute(select(table.c.id).where(table.c.id == entity_id)).first()
    if exists:
        connection.execute(update(table).where(table.c.id == entity_id).values(values))
    else:
        connection.execute(insert(table).values(values))


def _row_image(connection: Connection, table: Table, condition: Any) -> list[Image]:
    rows = connection.execute(select(table).where(condition).order_by(table.c.id))
    return [{key: encode(value) for key, value in row._mapping.items()} for row in rows]


def encode(value: Any) -> Any:
    """A column value as an image keeps it in JSON (dates and datetimes as ISO text)."""
    return value.isoformat() if isinstance(value, date) else value


def decode(table: Table, image: Image) -> Image:
    """JSON image -> column values (ISO strings back to dates and datetimes)."""
    decoded = dict(image)
    for name, parse in _date_parsers(table):
        value = decoded.get(name)
        if isinstance(value, str):
            decoded[name] = parse(value)
    return decoded


@cache
def _date_parsers(table: Table) -> tuple[tuple[str, Callable[[str], Any]], ...]:
    """(column, parser) for each date or datetime column of a table (found once)."""
    found: list[tuple[str, Callable[[str], Any]]] = []
    for column in table.columns:
        if _is_datetime(column.type):
            found.append((column.name, datetime.fromisoformat))
        elif _python_type(column.type) is date:
            found.append((column.name, date.fromisoformat))
    return tuple(found)


def _python_type(column_type: Any) -> Any:
    try:
        return column_type.python_type
    except NotImplementedError:
        return None


def _is_datetime(column_type: Any) -> bool:
    return isinstance(column_type, DateTime) or isinstance(
        getattr(column_type, "impl", None), DateTime
    )


def _dump(image: Image | None) -> str | None:
    return None if image is None else json.dumps(image, separators=(",", ":"))
