"""The ledger's tables (SQLAlchemy Core). They stay inside ``ledger/``; the rest of the app
sees core values.

Money is stored as integer minor units (``amount_minor``) plus an ISO 4217 code; SQLite
has no exact decimal type. A posting repeats its transaction's date so that reports over
a period read one covering index instead of joining every transaction.

Plain ``Table`` objects, not SQLModel classes: every query is written against the tables,
and building fourteen SQLModel classes (with pydantic) cost ~0.2 s of every start.
Alembic's migrations define the schema; ``tests/ledger/test_migrations.py`` checks that
these tables match it. A column's ``default`` is what an insert that leaves it out writes.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

metadata = MetaData()


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _text(name: str, default: str | None = None, **options: object) -> Column[str]:
    """A text column; with `default`, what an insert that leaves it out writes."""
    return Column(name, String, nullable=False, default=default, **options)  # type: ignore[arg-type]


def _code(name: str, **options: object) -> Column[str]:
    """A three-letter currency code."""
    return Column(name, String(3), nullable=False, **options)  # type: ignore[arg-type]


def _flag(name: str, default: bool, **options: object) -> Column[bool]:
    return Column(name, Boolean, nullable=False, default=default, **options)  # type: ignore[arg-type]


def _when(name: str) -> Column[object]:
    return Column(name, DateTime, nullable=False)


def _owned_by(name: str, target: str, *, on_delete: str, nullable: bool = False) -> Column[int]:
    """A reference that goes (CASCADE) or empties (SET NULL) with the row it names."""
    return Column(
        name, Integer, ForeignKey(target, ondelete=on_delete), index=True, nullable=nullable
    )


# An account: money-holding (checking, card, cash), category (income/expense), equity.
# iban, bic, holder_name: the account's own bank details for SEPA files (debtor); "" unset.
accounts = Table(
    "accounts",
    metadata,
    _id(),
    _text("name", unique=True),
    _text("type"),
    _text("kind"),
    _code("currency"),
    _flag("archived", False),
    _when("created_at"),
    _text("iban", ""),
    _text("bic", ""),
    _text("holder_name", ""),
)

# A Plaid PFC v2 or user category, backed by one income or expense account.
categories = Table(
    "categories",
    metadata,
    _id(),
    _text("code", unique=True),
    _text("name"),
    _text("primary_code", index=True),
    _text("direction"),
    _flag("is_transfer", False),
    _flag("is_user", False),
    Column("account_id", Integer, ForeignKey("accounts.id"), unique=True, nullable=False),
)

# A merchant, found by its normalized key; may carry a default category.
merchants = Table(
    "merchants",
    metadata,
    _id(),
    _text("name"),
    _text("key", unique=True),
    Column("default_category_id", Integer, ForeignKey("categories.id"), nullable=True),
)

# The head of a double-entry transaction; its postings carry the money. A transaction
# written or matched by a bank import keeps the bank's reference of the line and its import
# key (date, amount, normalised description), which find the line again when a file is
# imported twice; a card payment abroad keeps the amount in the currency it was made in
# (original_minor, original_currency). entered_by: who added it.
transactions = Table(
    "transactions",
    metadata,
    _id(),
    Column("date", Date, nullable=False),
    _text("description", ""),
    Column("merchant_id", Integer, ForeignKey("merchants.id"), index=True, nullable=True),
    _text("memo", ""),
    _text("status", "cleared"),
    _text("source", "manual"),
    _when("created_at"),
    _when("updated_at"),
    _text("bank_reference", "", index=True, server_default=""),
    _text("import_key", "", index=True, server_default=""),
    Column("original_minor", BigInteger, nullable=True),
    _code("original_currency", default="", server_default=""),
    _text("entered_by", "", server_default=""),
    Index("ix_transactions_date_id", "date", "id"),
)

# One leg of a transaction; all legs of a transaction sum to zero per currency.
postings = Table(
    "postings",
    metadata,
    _id(),
    _owned_by("transaction_id", "transactions.id", on_delete="CASCADE"),
    Column("account_id", Integer, ForeignKey("accounts.id"), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    _code("currency"),
    Column("date", Date, nullable=False),
    Index("ix_postings_date_cover", "date", "account_id", "currency", "amount_minor"),
    Index("ix_postings_account_cover", "account_id", "currency", "amount_minor"),
)

# A file (a receipt photo) attached to a transaction, stored by content hash.
attachments = Table(
    "attachments",
    metadata,
    _id(),
    _owned_by("transaction_id", "transactions.id", on_delete="CASCADE"),
    _text("sha256", index=True),
    _text("original_name"),
    _text("mime"),
    Column("size", Integer, nullable=False),
    _text("stored_name"),
)

# A stored file's bytes, once per content, on a shared ledger (a database server).
attachment_blobs = Table(
    "attachment_blobs",
    metadata,
    Column("sha256", String, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

# A spending limit for a category over a recurring period.
budgets = Table(
    "budgets",
    metadata,
    _id(),
    Column("category_id", Integer, ForeignKey("categories.id"), nullable=False),
    _text("period", "month"),
    Column("amount_minor", BigInteger, nullable=False),
    _code("currency"),
    UniqueConstraint("category_id", "period"),
)

# Someone the person pays by bank transfer: by IBAN, or (bank_bin, account_number) a bank
# account in Vietnam (NAPAS BIN; "" for an IBAN payee).
payees = Table(
    "payees",
    metadata,
    _id(),
    _text("name", unique=True),
    _text("iban", ""),
    _text("bic", ""),
    _text("reference", ""),
    Column("default_category_id", Integer, ForeignKey("categories.id"), nullable=True),
    _text("bank_bin", ""),
    _text("account_number", ""),
)

# A payment drafted by the person and stored until they confirm or discard it (status
# "open", "confirmed" or "discarded"). Once confirmed it points at the pending transaction
# that confirm_payment recorded (NULL again if that payment is cancelled).
payment_drafts = Table(
    "payment_drafts",
    metadata,
    _id(),
    _text("payee"),
    _text("iban", ""),
    _text("bic", ""),
    Column("amount_minor", BigInteger, nullable=False),
    _code("currency"),
    Column("execution_date", Date, nullable=False),
    _text("reference", ""),
    _text("account", ""),
    _text("source", "command"),
    _text("bank_bin", ""),
    _text("account_number", ""),
    _text("status", "open", index=True),
    _owned_by("transaction_id", "transactions.id", on_delete="SET NULL", nullable=True),
    _when("created_at"),
)

# A person's categorization rule; rules are tried in `position` order. `conditions` is
# JSON: a list of {"field", "operator", "value", "low_minor", "high_minor", "currency"};
# amount bounds are integer minor units of `currency`.
categorization_rules = Table(
    "categorization_rules",
    metadata,
    _id(),
    Column("position", Integer, nullable=False, index=True),
    _text("name"),
    _text("category_code"),
    _flag("enabled", True),
    _text("conditions", "[]"),
    _when("created_at"),
)

# One undoable step: a person's action or one batch (an import). entered_by: who made it;
# each person's undo and redo walk their own change sets ("" before 0006).
change_sets = Table(
    "change_sets",
    metadata,
    _id(),
    _text("label"),  # in English: the command line, logs, and rows from before `said`
    _when("created_at"),
    _flag("undone", False, index=True),
    _text("entered_by", "", index=True, server_default=""),
    Column("said", String, nullable=True),  # the label as a phrase (core.phrase_json; 0008)
)

# One row whose `version` goes up with every change set, undo and redo: another window
# (another person's computer) polls it to know when to reload.
ledger_state = Table(
    "ledger_state",
    metadata,
    _id(),
    Column("version", BigInteger, nullable=False, server_default="0"),
)

# What one change set did to one entity, with the images needed to undo and redo it.
journal_entries = Table(
    "journal_entries",
    metadata,
    _id(),
    _owned_by("change_set_id", "change_sets.id", on_delete="CASCADE"),
    Column("seq", Integer, nullable=False),
    _text("entity"),
    Column("entity_id", Integer, nullable=False),
    _text("op"),
    Column("before", String, nullable=True),
    Column("after", String, nullable=True),
)
