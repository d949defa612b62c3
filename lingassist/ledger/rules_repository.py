"""Stored categorization rules, and the categorized transactions rules and the model read.

Rows are mapped to `categorize.rules.Rule` here, at the ledger's boundary: on disk a
rule's conditions are JSON with amount bounds in integer minor units plus a currency; in
memory they are Decimals. Rules are kept in `position` order (1, 2, 3 …); every write
goes through the caller's change set, so undo takes it back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, delete, func, insert, select, update

from lingassist.categorize.rules import Condition, Field, Operator, Rule
from lingassist.core.errors import NotFound
from lingassist.core.money import from_minor, to_minor
from lingassist.core.phrases import phrase
from lingassist.ledger.inserts import insert_one
from lingassist.ledger.journal import ChangeSet
from lingassist.ledger.queries import MONEY_TYPES
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import (
    accounts,
    categories,
    categorization_rules,
    merchants,
    postings,
    transactions,
)

RULE = "categorization_rule"
UNCATEGORIZED_CODES = ("OTHER_OTHER", "INCOME_OTHER")
_r = categorization_rules


@dataclass(frozen=True)
class CategorizedLine:
    """A transaction filed under exactly one category, as rules and the model see it.

    Attributes:
        id: the transaction's id.
        description: what it was called.
        merchant: the merchant's display name, "" when none.
        amount: signed effect on the paying account (-12.50 for an expense).
        currency: ISO 4217 code of `amount`.
        account: the paying account's name.
        code: its category code.
        date: the day of the transaction.
        filed: when it was last written (added, moved to another category, edited): when
            the person filed it where it is.
    """

    id: int
    description: str
    merchant: str
    amount: Decimal
    currency: str
    account: str
    code: str
    date: date | None = None
    filed: datetime | None = None


def list_rules(*, session: Session) -> list[Rule]:
    """Every rule, in the order they are tried."""
    rows = session.execute(select(_r).order_by(_r.c.position, _r.c.id))
    return [_rule(row) for row in rows]


def rule_by_id(rule_id: int, *, session: Session) -> Rule:
    """One stored rule.

    Raises:
        NotFound: there is no rule with that id.
    """
    row = session.execute(select(_r).where(_r.c.id == rule_id)).first()
    if row is None:
        raise NotFound(phrase("There is no rule #{number}.", number=str(rule_id)))
    return _rule(row)


def add_rule(rule: Rule, currency: str, *, session: Session, change: ChangeSet) -> int:
    """Store `rule` after the others (amounts in `currency`); return its id."""
    last = session.scalar(select(func.max(_r.c.position))) or 0
    statement = insert(_r).values(
        position=last + 1,
        name=rule.name.strip(),
        category_code=rule.code,
        enabled=rule.enabled,
        conditions=conditions_json(rule.conditions, currency),
        created_at=datetime.now(UTC),
    )
    rule_id = insert_one(session, statement)
    change.created(RULE, rule_id)
    return rule_id


def update_rule(rule: Rule, currency: str, *, session: Session, change: ChangeSet) -> None:
    """Overwrite the stored rule `rule.id` with `rule` (its position stays).

    Raises:
        NotFound: the rule has no id or is gone.
    """
    rule_id = _require(rule.id, session)
    change.will_update(RULE, rule_id)
    session.execute(
        update(_r)
        .where(_r.c.id == rule_id)
        .values(
            name=rule.name.strip(),
            category_code=rule.code,
            enabled=rule.enabled,
            conditions=conditions_json(rule.conditions, currency),
        )
    )


def delete_rule(rule_id: int, *, session: Session, change: ChangeSet) -> None:
    """Remove a rule (the others keep their order).

    Raises:
        NotFound: there is no rule with that id.
    """
    _require(rule_id, session)
    change.will_delete(RULE, rule_id)
    session.execute(delete(_r).where(_r.c.id == rule_id))


def move_rule(rule_id: int, steps: int, *, session: Session, change: ChangeSet) -> bool:
    """Swap a rule with its neighbour above (`steps` < 0) or below; False at either end.

    Raises:
        NotFound: there is no rule with that id.
    """
    _require(rule_id, session)
    order = [rule.id for rule in list_rules(session=session)]
    here = order.index(rule_id)
    there = here + (1 if steps > 0 else -1)
    if steps == 0 or not 0 <= there < len(order):
        return False
    order[here], order[there] = order[there], order[here]
    for position, moved in enumerate(order, start=1):
        assert moved is not None
        current = session.scalar(select(_r.c.position).where(_r.c.id == moved))
        if current != position:
            change.will_update(RULE, moved)
            session.execute(update(_r).where(_r.c.id == moved).values(position=position))
    return True


def categorized_lines(
    *, session: Session, since: datetime | None = None, filing_order: bool = False
) -> list[CategorizedLine]:
    """Every transaction filed under exactly one category (no splits, no transfers),
    oldest first: what a rule's preview looks through. With `since`, only those written
    after that time; with `filing_order`, in the order they were written
    (`CategorizedLine.filed`), as the merchant memory reads them."""
    is_money = accounts.c.type.in_(MONEY_TYPES)
    statement = (
        select(
            transactions.c.id,
            transactions.c.date,
            transactions.c.updated_at,
            transactions.c.description,
            func.coalesce(func.max(merchants.c.name), "").label("merchant"),
            func.sum(case((is_money, postings.c.amount_minor), else_=0)).label("minor"),
            func.max(case((is_money, postings.c.currency))).label("currency"),
            func.max(case((is_money, accounts.c.name))).label("account"),
            func.max(categories.c.code).label("code"),
        )
        .select_from(
            transactions.join(postings, postings.c.transaction_id == transactions.c.id)
            .join(accounts, accounts.c.id == postings.c.account_id)
            .outerjoin(categories, categories.c.account_id == postings.c.account_id)
            .outerjoin(merchants, merchants.c.id == transactions.c.merchant_id)
        )
        .group_by(transactions.c.id)
        .having(and_(func.count(categories.c.id) == 1, func.max(case((is_money, 1))) == 1))
    )
    if filing_order:
        statement = statement.order_by(transactions.c.updated_at)
    statement = statement.order_by(transactions.c.date, transactions.c.id)
    if since is not None:
        statement = statement.where(transactions.c.updated_at > since)
    return [_line(row) for row in session.execute(statement)]


def training_lines(*, session: Session) -> list[CategorizedLine]:
    """The categorized transactions a model learns from: everything filed somewhere other
    than "Uncategorized"."""
    return [
        line for line in categorized_lines(session=session) if line.code not in UNCATEGORIZED_CODES
    ]


def conditions_json(conditions: tuple[Condition, ...], currency: str) -> str:
    """Conditions as stored: JSON with amount bounds in minor units of `currency`."""
    return json.dumps([_condition_image(c, currency) for c in conditions], separators=(",", ":"))


def conditions_from_json(text: str) -> tuple[Condition, ...]:
    """The conditions stored as `text` (see `conditions_json`)."""
    return tuple(_condition(image) for image in json.loads(text or "[]"))


def _condition_image(condition: Condition, currency: str) -> dict[str, Any]:
    image: dict[str, Any] = {
        "field": condition.field.value,
        "operator": condition.operator.value,
        "value": condition.value,
    }
    if condition.operator is Operator.BETWEEN:
        image["currency"] = currency
        image["low_minor"] = None if condition.low is None else to_minor(condition.low, currency)
        image["high_minor"] = None if condition.high is None else to_minor(condition.high, currency)
    return image


def _condition(image: dict[str, Any]) -> Condition:
    currency = image.get("currency") or "EUR"
    low, high = image.get("low_minor"), image.get("high_minor")
    return Condition(
        field=Field(image["field"]),
        operator=Operator(image["operator"]),
        value=str(image.get("value", "")),
        low=None if low is None else from_minor(int(low), currency),
        high=None if high is None else from_minor(int(high), currency),
    )


def _rule(row: Any) -> Rule:
    return Rule(
        name=row.name,
        conditions=conditions_from_json(row.conditions),
        code=row.category_code,
        enabled=bool(row.enabled),
        id=row.id,
    )


def _line(row: Any) -> CategorizedLine:
    return CategorizedLine(
        id=row.id,
        description=row.description,
        merchant=row.merchant,
        amount=from_minor(row.minor or 0, row.currency),
        currency=row.currency,
        account=row.account or "",
        code=row.code,
        date=row.date,
        filed=row.updated_at,
    )


def _require(rule_id: int | None, session: Session) -> int:
    if rule_id is None or session.scalar(select(_r.c.id).where(_r.c.id == rule_id)) is None:
        raise NotFound(phrase("There is no rule #{number}.", number=str(rule_id)))
    return rule_id
