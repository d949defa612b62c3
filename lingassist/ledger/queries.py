"""Reading the ledger: transaction lists and reports, computed in SQL.

Lists are paged in two steps: first the ids of one page, in the requested order (cheap,
from indexes), then the details of just those transactions. Reports aggregate postings in
the database; no ORM objects are loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import String, and_, case, cast, exists, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from lingassist.core.accounts import AccountKind, AccountType, CategoryDirection
from lingassist.core.money import Money, from_minor
from lingassist.core.periods import Period
from lingassist.core.reports import AccountBalance, ReportDimension, ReportRow
from lingassist.core.transactions import (
    SortKey,
    TransactionFilter,
    TransactionRow,
    TransactionSource,
    TransactionStatus,
)
from lingassist.ledger.repository import merchant_key
from lingassist.ledger.tables import (
    accounts,
    attachments,
    categories,
    merchants,
    postings,
    transactions,
)

MONEY_TYPES = (AccountType.ASSET.value, AccountType.LIABILITY.value)
_t, _p, _a, _c, _m = transactions, postings, accounts, categories, merchants


def count_transactions(query: TransactionFilter, *, session: Session) -> int:
    """How many transactions match the filter."""
    statement = select(func.count()).select_from(_listed(query))
    return session.scalar(statement.where(*_conditions(query))) or 0


def list_transactions(
    query: TransactionFilter, *, session: Session, limit: int = 200, offset: int = 0
) -> list[TransactionRow]:
    """One page of matching transactions, in the filter's order."""
    ids = page_ids(query, session=session, limit=limit, offset=offset)
    return transaction_rows(ids, session=session)


def page_ids(query: TransactionFilter, *, session: Session, limit: int, offset: int) -> list[int]:
    """Ids of one page of matching transactions, sorted as the filter asks."""
    key = _sort_expression(query.sort)
    order = (key.desc(), _t.c.id.desc()) if query.descending else (key.asc(), _t.c.id.asc())
    statement = (
        select(_t.c.id)
        .select_from(_listed(query))
        .where(*_conditions(query))
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(statement))


def transaction_rows(ids: Sequence[int], *, session: Session) -> list[TransactionRow]:
    """Display rows for the given transactions, in the order of `ids`."""
    if not ids:
        return []
    is_money = _a.c.type.in_(MONEY_TYPES)
    statement = (
        select(
            _t.c.id,
            _t.c.date,
            _t.c.description,
            _t.c.status,
            _t.c.source,
            _t.c.memo,
            func.coalesce(func.max(_m.c.name), "").label("merchant"),
            func.sum(case((is_money, _p.c.amount_minor), else_=0)).label("money_minor"),
            func.min(_p.c.amount_minor).label("smallest_minor"),
            func.max(case((is_money, _p.c.currency))).label("money_currency"),
            func.max(_p.c.currency).label("any_currency"),
            func.max(case((is_money, _a.c.name))).label("account"),
            func.max(case((and_(is_money, _p.c.amount_minor < 0), _a.c.name))).label("paid_from"),
            func.max(case((and_(is_money, _p.c.amount_minor > 0), _a.c.name))).label("paid_to"),
            func.count(_c.c.id).label("category_count"),
            func.max(_c.c.code).label("category_code"),
            func.max(_c.c.name).label("category_name"),
            _attachment_count().label("attachments"),
        )
        .select_from(
            _t.join(_p, _p.c.transaction_id == _t.c.id)
            .join(_a, _a.c.id == _p.c.account_id)
            .outerjoin(_c, _c.c.account_id == _p.c.account_id)
            .outerjoin(_m, _m.c.id == _t.c.merchant_id)
        )
        .where(_t.c.id.in_(list(ids)))
        .group_by(_t.c.id)
    )
    by_id = {row.id: _row(row) for row in session.execute(statement)}
    return [by_id[i] for i in ids if i in by_id]


def spending_report(
    period: Period,
    by: ReportDimension,
    *,
    session: Session,
    direction: CategoryDirection = CategoryDirection.EXPENSE,
) -> list[ReportRow]:
    """Totals of spending (or income) in the period, grouped by category, primary category,
    merchant or month; largest first (months in calendar order). Transfers are left out."""
    key, label = _report_key(by)
    total = func.sum(_p.c.amount_minor)
    statement = (
        select(
            key.label("key"),
            label.label("label"),
            _p.c.currency,
            total.label("minor"),
            func.count().label("count"),
        )
        .select_from(_report_from(by))
        .where(*_report_conditions(period, direction))
        .group_by(key, _p.c.currency)
    )
    sign = -1 if direction is CategoryDirection.INCOME else 1
    rows = [_report_row(row, sign) for row in session.execute(statement)]
    if by is ReportDimension.MONTH:
        return sorted(rows, key=lambda r: r.key)
    return sorted(rows, key=lambda r: (-r.amount, r.label))


def monthly_category_report(
    period: Period,
    *,
    session: Session,
    direction: CategoryDirection = CategoryDirection.EXPENSE,
) -> list[tuple[str, ReportRow]]:
    """(month "YYYY-MM", row per category) for every month of the period."""
    month = _month_of(_p.c.date)
    statement = (
        select(
            month.label("month"),
            _c.c.code.label("key"),
            _c.c.name.label("label"),
            _p.c.currency,
            func.sum(_p.c.amount_minor).label("minor"),
            func.count().label("count"),
        )
        .select_from(_p.join(_c, _c.c.account_id == _p.c.account_id))
        .where(*_report_conditions(period, direction))
        .group_by(month, _c.c.code, _p.c.currency)
        .order_by(month, _c.c.code)
    )
    sign = -1 if direction is CategoryDirection.INCOME else 1
    return [(row.month, _report_row(row, sign)) for row in session.execute(statement)]


def account_balances(*, session: Session, on: date | None = None) -> list[AccountBalance]:
    """Balance of every money-holding account (liabilities shown as amounts owed)."""
    joined = _a.outerjoin(
        _p, and_(_p.c.account_id == _a.c.id, _p.c.date <= on) if on else _p.c.account_id == _a.c.id
    )
    statement = (
        select(
            _a.c.name,
            _a.c.type,
            _a.c.kind,
            _a.c.currency.label("account_currency"),
            _p.c.currency,
            func.coalesce(func.sum(_p.c.amount_minor), 0).label("minor"),
        )
        .select_from(joined)
        .where(_a.c.type.in_(MONEY_TYPES), _a.c.archived.is_(False))
        .group_by(_a.c.id, _p.c.currency)
        .order_by(_a.c.id)
    )
    return [_balance(row) for row in session.execute(statement)]


def _listed(query: TransactionFilter) -> Any:
    """The transactions table, joined to merchants only when the filter or sort needs them
    (the join keeps SQLite from answering from the covering date index)."""
    if query.merchant or query.text.strip() or query.sort is SortKey.MERCHANT:
        return _t.outerjoin(_m, _m.c.id == _t.c.merchant_id)
    return _t


def _conditions(query: TransactionFilter) -> list[ColumnElement[bool]]:
    """WHERE clauses for a transaction filter (merchants are outer-joined as _m)."""
    found: list[ColumnElement[bool]] = []
    if query.start:
        found.append(_t.c.date >= query.start)
    if query.end:
        found.append(_t.c.date <= query.end)
    if query.status:
        found.append(_t.c.status == query.status)
    if query.account:
        account_ids = select(_a.c.id).where(func.lower(_a.c.name) == query.account.strip().lower())
        found.append(_has_posting_to(account_ids))
    if query.category:
        code = query.category.strip().upper()
        account_ids = select(_c.c.account_id).where(
            or_(_c.c.code == code, _c.c.primary_code == code)
        )
        found.append(_has_posting_to(account_ids))
    if query.merchant:
        found.append(_m.c.key == merchant_key(query.merchant))
    if query.min_amount is not None or query.max_amount is not None:
        found.append(_moves_between(query.min_amount, query.max_amount))
    for word in query.text.split():
        pattern = f"%{word}%"
        found.append(
            or_(_t.c.description.ilike(pattern), _m.c.name.ilike(pattern), _t.c.memo.ilike(pattern))
        )
    return found


def _moves_between(low: Money | None, high: Money | None) -> ColumnElement[bool]:
    """A money-account posting whose size (ignoring its sign) lies within the bounds."""
    size = func.abs(_p.c.amount_minor)
    bounds = [size >= low.minor] if low else []
    bounds += [size <= high.minor] if high else []
    currency = (low or high).currency  # type: ignore[union-attr]
    money_accounts = select(_a.c.id).where(_a.c.type.in_(MONEY_TYPES))
    return exists().where(
        _p.c.transaction_id == _t.c.id,
        _p.c.account_id.in_(money_accounts),
        _p.c.currency == currency,
        *bounds,
    )


def _has_posting_to(account_ids: Any) -> ColumnElement[bool]:
    return exists().where(_p.c.transaction_id == _t.c.id, _p.c.account_id.in_(account_ids))


def _sort_expression(key: SortKey) -> Any:
    """A column or correlated subquery to ORDER BY for each sortable column."""
    per_transaction = _p.c.transaction_id == _t.c.id
    if key is SortKey.AMOUNT:
        return (
            select(func.sum(_p.c.amount_minor))
            .join(_a, _a.c.id == _p.c.account_id)
            .where(per_transaction, _a.c.type.in_(MONEY_TYPES))
            .scalar_subquery()
        )
    if key is SortKey.CATEGORY:
        return (
            select(func.max(_c.c.name))
            .join(_p, _p.c.account_id == _c.c.account_id)
            .where(per_transaction)
            .scalar_subquery()
        )
    if key is SortKey.ACCOUNT:
        return (
            select(func.max(_a.c.name))
            .join(_p, _p.c.account_id == _a.c.id)
            .where(per_transaction, _a.c.type.in_(MONEY_TYPES))
            .scalar_subquery()
        )
    columns = {
        SortKey.DATE: _t.c.date,
        SortKey.DESCRIPTION: func.lower(_t.c.description),
        SortKey.MERCHANT: func.lower(func.coalesce(_m.c.name, "")),
        SortKey.STATUS: _t.c.status,
    }
    return columns[key]


def _attachment_count() -> Any:
    return (
        select(func.count())
        .select_from(attachments)
        .where(attachments.c.transaction_id == _t.c.id)
        .scalar_subquery()
    )


def _report_key(by: ReportDimension) -> tuple[Any, Any]:
    if by is ReportDimension.CATEGORY:
        return _c.c.code, _c.c.name
    if by is ReportDimension.PRIMARY:
        primary = categories.alias("primary_category")
        label = select(primary.c.name).where(primary.c.code == _c.c.primary_code).scalar_subquery()
        return _c.c.primary_code, label
    if by is ReportDimension.MERCHANT:
        name = func.coalesce(_m.c.name, "(no merchant)")
        return name, name
    month = _month_of(_p.c.date)
    return month, month


def _report_from(by: ReportDimension) -> Any:
    joined = _p.join(_c, _c.c.account_id == _p.c.account_id)
    if by is ReportDimension.MERCHANT:
        joined = joined.join(_t, _t.c.id == _p.c.transaction_id).outerjoin(
            _m, _m.c.id == _t.c.merchant_id
        )
    return joined


def _report_conditions(period: Period, direction: CategoryDirection) -> list[ColumnElement[bool]]:
    return [
        _p.c.date >= period.start,
        _p.c.date <= period.end,
        _c.c.direction == direction,
        _c.c.is_transfer.is_(False),
    ]


def _month_of(column: Any) -> Any:
    """ "YYYY-MM" of a date column, on SQLite (ISO text) and PostgreSQL alike."""
    return func.substr(cast(column, String), 1, 7)


def _report_row(row: Any, sign: int) -> ReportRow:
    """(…, key, label, currency, minor, count) -> ReportRow (tuple access: rows are many)."""
    key, label, currency, minor, count = tuple(row)[-5:]
    return ReportRow(key, label or key, from_minor(sign * minor, currency), currency, count)


def _row(row: Any) -> TransactionRow:
    """A grouped SQL row -> TransactionRow, naming splits and transfers.

    A transfer between the person's own accounts has no category: it shows the amount that
    left the first account, and "Checking → Visa" as its account.
    """
    code, name = row.category_code or "", row.category_name or ""
    account = row.account or ""
    amount, currency = from_minor(row.money_minor or 0, row.money_currency), row.money_currency
    if row.category_count > 1:
        code, name = "SPLIT", f"Split ({row.category_count})"
    elif row.category_count == 0:
        name = "Transfer"
        amount, currency = from_minor(row.smallest_minor, row.any_currency), row.any_currency
        account = f"{row.paid_from} → {row.paid_to}" if row.paid_from and row.paid_to else account
    return TransactionRow(
        id=row.id,
        date=row.date,
        description=row.description,
        merchant=row.merchant,
        category_code=code,
        category_name=name,
        account=account,
        amount=amount,
        currency=currency,
        status=TransactionStatus(row.status),
        source=TransactionSource(row.source),
        memo=row.memo,
        attachments=row.attachments,
    )


def _balance(row: Any) -> AccountBalance:
    currency = row.currency or row.account_currency
    amount = from_minor(row.minor, currency) if row.minor else Decimal(0)
    if row.type == AccountType.LIABILITY:
        amount = -amount
    return AccountBalance(row.name, AccountType(row.type), AccountKind(row.kind), amount, currency)


def merchant_names(*, session: Session, limit: int = 500) -> list[str]:
    """The person's merchants, most used first (for OCR matching and speech vocabulary)."""
    statement = (
        select(_m.c.name)
        .join(_t, _t.c.merchant_id == _m.c.id)
        .group_by(_m.c.id)
        .order_by(func.count().desc(), _m.c.name)
        .limit(limit)
    )
    return list(session.scalars(statement))


def last_category_of_merchant(name: str, *, session: Session) -> str | None:
    """The category of the person's latest transaction at this merchant, if any."""
    statement = (
        select(_c.c.code)
        .select_from(
            _t.join(_m, _m.c.id == _t.c.merchant_id)
            .join(_p, _p.c.transaction_id == _t.c.id)
            .join(_c, _c.c.account_id == _p.c.account_id)
        )
        .where(_m.c.key == merchant_key(name))
        .order_by(_t.c.date.desc(), _t.c.id.desc())
        .limit(1)
    )
    return session.scalar(statement)


def spending_total(
    period: Period,
    *,
    session: Session,
    category: str | None = None,
    merchant: str | None = None,
    account: str | None = None,
    direction: CategoryDirection = CategoryDirection.EXPENSE,
) -> list[ReportRow]:
    """Total spent (or received) in a period, per currency, narrowed by a category (a
    primary code includes its details), a merchant and/or the paying account."""
    conditions = _report_conditions(period, direction)
    joined = _p.join(_c, _c.c.account_id == _p.c.account_id)
    if category:
        code = category.strip().upper()
        conditions.append(or_(_c.c.code == code, _c.c.primary_code == code))
    if merchant or account:
        joined = joined.join(_t, _t.c.id == _p.c.transaction_id)
    if merchant:
        joined = joined.join(_m, _m.c.id == _t.c.merchant_id)
        conditions.append(_m.c.key == merchant_key(merchant))
    if account:
        leg = postings.alias("paying_leg")
        paying = select(_a.c.id).where(func.lower(_a.c.name) == account.strip().lower())
        conditions.append(
            exists().where(leg.c.transaction_id == _t.c.id, leg.c.account_id.in_(paying))
        )
    statement = (
        select(
            literal("total").label("key"),
            literal("Total").label("label"),
            _p.c.currency,
            func.sum(_p.c.amount_minor).label("minor"),
            func.count().label("count"),
        )
        .select_from(joined)
        .where(*conditions)
        .group_by(_p.c.currency)
    )
    sign = -1 if direction is CategoryDirection.INCOME else 1
    return [_report_row(row, sign) for row in session.execute(statement)]


def merchant_category_pairs(*, session: Session) -> list[tuple[str, str]]:
    """(merchant key, category code) of every categorized transaction, oldest first: the
    person's own choices, from which the categorizer's merchant memory is built."""
    statement = (
        select(_m.c.key, _c.c.code)
        .select_from(
            _t.join(_m, _m.c.id == _t.c.merchant_id)
            .join(_p, _p.c.transaction_id == _t.c.id)
            .join(_c, _c.c.account_id == _p.c.account_id)
        )
        .where(_c.c.code.not_in(("OTHER_OTHER", "INCOME_OTHER")))
        .order_by(_t.c.date, _t.c.id)
    )
    return [(key, code) for key, code in session.execute(statement)]
