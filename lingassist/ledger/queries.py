"""Reading the ledger: transaction lists and reports, computed in SQL.

Lists are paged in two steps: first the ids of one page, in the requested order (cheap,
from indexes), then the details of just those transactions. Reports aggregate postings in
the database; no ORM objects are loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.sql import ColumnElement

from lingassist.core.accounts import AccountType, CategoryDirection
from lingassist.core.category_groups import category_codes
from lingassist.core.money import Money, from_minor
from lingassist.core.transactions import (
    SortKey,
    TransactionFilter,
    TransactionKind,
    TransactionRow,
    TransactionSource,
    TransactionStatus,
)
from lingassist.ledger.repository import merchant_key
from lingassist.ledger.sessions import Session
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
            _t.c.original_minor,
            _t.c.original_currency,
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
        found.append(_has_posting_to(account_ids, query))
    if query.category:
        codes = category_codes(query.category)
        account_ids = select(_c.c.account_id).where(
            or_(_c.c.code.in_(codes), _c.c.primary_code.in_(codes))
        )
        found.append(_has_posting_to(account_ids, query))
    if query.merchant:
        found.append(_m.c.key == merchant_key(query.merchant))
    if query.min_amount is not None or query.max_amount is not None:
        found.append(_moves_between(query.min_amount, query.max_amount))
    if query.kind is not None:
        found.append(_of_kind(query.kind, query))
    for word in query.text.split():
        pattern = f"%{_like_literal(word)}%"  # "%" and "_" are searched for as typed
        found.append(
            or_(
                _t.c.description.ilike(pattern, escape="\\"),
                _m.c.name.ilike(pattern, escape="\\"),
                _t.c.memo.ilike(pattern, escape="\\"),
            )
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


def _of_kind(kind: TransactionKind, query: TransactionFilter) -> ColumnElement[bool]:
    """The transactions that move money in the way `kind` says, from their postings:
    an expense posts a positive amount to a spending category (its account grows), a
    refund a negative one (money back into a money account), income posts to an income
    category; a transfer posts to a transfer category or only to money accounts (no
    category, no opening balance). Transfer categories are neither spending nor income,
    as in the reports."""
    dates = _posting_dates(query)
    per_transaction = _p.c.transaction_id == _t.c.id
    if kind is TransactionKind.TRANSFER:
        transfer_categories = select(_c.c.account_id).where(_c.c.is_transfer.is_(True))
        not_money = select(_a.c.id).where(_a.c.type.not_in(MONEY_TYPES))
        return or_(
            exists().where(per_transaction, _p.c.account_id.in_(transfer_categories), *dates),
            ~exists().where(per_transaction, _p.c.account_id.in_(not_money), *dates),
        )
    income = kind is TransactionKind.INCOME
    direction = CategoryDirection.INCOME if income else CategoryDirection.EXPENSE
    category_accounts = select(_c.c.account_id).where(
        _c.c.direction == direction.value, _c.c.is_transfer.is_(False)
    )
    signs = {
        TransactionKind.EXPENSE: _p.c.amount_minor > 0,
        TransactionKind.REFUND: _p.c.amount_minor < 0,
    }
    sign = [signs[kind]] if kind in signs else []
    return exists().where(per_transaction, _p.c.account_id.in_(category_accounts), *sign, *dates)


def _posting_dates(query: TransactionFilter) -> list[ColumnElement[bool]]:
    """The filter's dates as bounds on postings (a posting repeats its transaction's date)."""
    dates = [_p.c.date >= query.start] if query.start else []
    dates += [_p.c.date <= query.end] if query.end else []
    return dates


def _has_posting_to(account_ids: Any, query: TransactionFilter) -> ColumnElement[bool]:
    """A posting of the transaction to one of the accounts. The filter's dates bound the
    postings too (a posting repeats its transaction's date): PostgreSQL then reads a year's
    postings through their date index instead of every posting (a 100k ledger's filtered
    list page and count, EXPLAIN ANALYZE: a sequential scan of 200k postings each)."""
    dates = _posting_dates(query)
    return exists().where(_p.c.transaction_id == _t.c.id, _p.c.account_id.in_(account_ids), *dates)


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


def _like_literal(word: str) -> str:
    """`word` with LIKE's wildcards escaped, so "%" finds a percent sign, not everything."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _row(row: Any) -> TransactionRow:
    """A grouped SQL row -> TransactionRow, naming splits and transfers.

    A transfer between the person's own accounts has no category: it shows the amount that
    left the first account, and "Checking → Visa" as its account. An expense shared with
    others shows the account it was paid from (not the "Owed to me" account that holds the
    others' shares) and the person's own share.
    """
    code, name = row.category_code or "", row.category_name or ""
    account = row.account or ""
    amount, currency = from_minor(row.money_minor or 0, row.money_currency), row.money_currency
    if row.category_count and amount < 0 and row.paid_from:
        account = row.paid_from  # a bill shared: the account it was paid from, not "Owed to me"
    elif row.category_count and amount > 0 and row.paid_to:
        account = row.paid_to
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
        **_original(row, amount),
    )


def _original(row: Any, amount: Decimal) -> dict[str, Any]:
    """The amount in the currency a payment abroad was made in, signed like `amount`."""
    if row.original_minor is None or not row.original_currency:
        return {}
    size = abs(from_minor(row.original_minor, row.original_currency))
    return {
        "original_amount": -size if amount < 0 else size,
        "original_currency": row.original_currency,
    }
