"""SQLModel tables. They stay inside ``ledger/``; the rest of the app sees core values.

Money is stored as integer minor units (``amount_minor``) plus an ISO 4217 code; SQLite
has no exact decimal type. A posting repeats its transaction's date so that reports over
a period read one covering index instead of joining every transaction.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel


class AccountTable(SQLModel, table=True):
    """An account: money-holding (checking, card, cash), category (income/expense), equity."""

    __tablename__ = "accounts"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    type: str
    kind: str
    currency: str = Field(max_length=3)
    archived: bool = False
    created_at: datetime
    iban: str = ""  # the account's own IBAN, for SEPA files (debtor); "" when not set
    bic: str = ""
    holder_name: str = ""  # the account holder's name as the bank knows it


class CategoryTable(SQLModel, table=True):
    """A Plaid PFC v2 or user category, backed by one income or expense account."""

    __tablename__ = "categories"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    name: str
    primary_code: str = Field(index=True)
    direction: str
    is_transfer: bool = False
    is_user: bool = False
    account_id: int = Field(
        sa_column=Column(Integer, ForeignKey("accounts.id"), unique=True, nullable=False)
    )


class MerchantTable(SQLModel, table=True):
    """A merchant, found by its normalized key; may carry a default category."""

    __tablename__ = "merchants"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(unique=True)
    default_category_id: int | None = Field(default=None, foreign_key="categories.id")


class TransactionTable(SQLModel, table=True):
    """The head of a double-entry transaction; its postings carry the money.

    A transaction written or matched by a bank import keeps the bank's reference of the
    line and its import key (date, amount, normalised description), which find the line
    again when a file is imported twice; a card payment abroad keeps the amount in the
    currency it was made in (`original_minor`, `original_currency`).
    """

    __tablename__ = "transactions"
    __table_args__ = (Index("ix_transactions_date_id", "date", "id"),)
    id: int | None = Field(default=None, primary_key=True)
    date: date
    description: str = ""
    merchant_id: int | None = Field(default=None, foreign_key="merchants.id", index=True)
    memo: str = ""
    status: str = "cleared"
    source: str = "manual"
    created_at: datetime
    updated_at: datetime
    # a bank import's marks ("" / NULL when the transaction never met a bank file):
    bank_reference: str = Field(default="", index=True, sa_column_kwargs={"server_default": ""})
    import_key: str = Field(default="", index=True, sa_column_kwargs={"server_default": ""})
    original_minor: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    original_currency: str = Field(
        default="", max_length=3, sa_column_kwargs={"server_default": ""}
    )
    entered_by: str = Field(default="", sa_column_kwargs={"server_default": ""})  # who added it


class PostingTable(SQLModel, table=True):
    """One leg of a transaction; all legs of a transaction sum to zero per currency."""

    __tablename__ = "postings"
    __table_args__ = (
        Index("ix_postings_date_cover", "date", "account_id", "currency", "amount_minor"),
        Index("ix_postings_account_cover", "account_id", "currency", "amount_minor"),
    )
    id: int | None = Field(default=None, primary_key=True)
    transaction_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("transactions.id", ondelete="CASCADE"), index=True, nullable=False
        )
    )
    account_id: int = Field(foreign_key="accounts.id")
    amount_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    currency: str = Field(max_length=3)
    date: date


class AttachmentTable(SQLModel, table=True):
    """A file (a receipt photo) attached to a transaction, stored by content hash."""

    __tablename__ = "attachments"
    id: int | None = Field(default=None, primary_key=True)
    transaction_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("transactions.id", ondelete="CASCADE"), index=True, nullable=False
        )
    )
    sha256: str = Field(index=True)
    original_name: str
    mime: str
    size: int
    stored_name: str


class AttachmentBlobTable(SQLModel, table=True):
    """A stored file's bytes, once per content, on a shared ledger (a database server)."""

    __tablename__ = "attachment_blobs"
    sha256: str = Field(primary_key=True)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class BudgetTable(SQLModel, table=True):
    """A spending limit for a category over a recurring period."""

    __tablename__ = "budgets"
    __table_args__ = (UniqueConstraint("category_id", "period"),)
    id: int | None = Field(default=None, primary_key=True)
    category_id: int = Field(foreign_key="categories.id")
    period: str = "month"
    amount_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    currency: str = Field(max_length=3)


class PayeeTable(SQLModel, table=True):
    """Someone the person pays by bank transfer."""

    __tablename__ = "payees"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    iban: str = ""
    bic: str = ""
    reference: str = ""
    default_category_id: int | None = Field(default=None, foreign_key="categories.id")
    bank_bin: str = ""  # a bank in Vietnam (NAPAS BIN), "" for an IBAN payee
    account_number: str = ""  # the account at that bank


class PaymentDraftTable(SQLModel, table=True):
    """A payment drafted by the person and stored until they confirm or discard it.

    Once confirmed it points at the pending transaction that `confirm_payment` recorded
    (NULL again if that payment is cancelled).
    """

    __tablename__ = "payment_drafts"
    id: int | None = Field(default=None, primary_key=True)
    payee: str
    iban: str = ""
    bic: str = ""
    amount_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    currency: str = Field(max_length=3)
    execution_date: date
    reference: str = ""
    account: str = ""
    source: str = "command"
    bank_bin: str = ""
    account_number: str = ""
    status: str = Field(default="open", index=True)  # "open", "confirmed" or "discarded"
    transaction_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("transactions.id", ondelete="SET NULL"), index=True, nullable=True
        ),
    )
    created_at: datetime


class CategorizationRuleTable(SQLModel, table=True):
    """A person's categorization rule; rules are tried in `position` order.

    `conditions` is JSON: a list of {"field", "operator", "value", "low_minor",
    "high_minor", "currency"}; amount bounds are integer minor units of `currency`.
    """

    __tablename__ = "categorization_rules"
    id: int | None = Field(default=None, primary_key=True)
    position: int = Field(index=True)
    name: str
    category_code: str
    enabled: bool = True
    conditions: str = "[]"
    created_at: datetime


class ChangeSetTable(SQLModel, table=True):
    """One undoable step: a person's action or one batch (an import)."""

    __tablename__ = "change_sets"
    id: int | None = Field(default=None, primary_key=True)
    label: str
    created_at: datetime
    undone: bool = Field(default=False, index=True)
    # who made it: each person's undo and redo walk their own change sets ("" before 0006)
    entered_by: str = Field(default="", index=True, sa_column_kwargs={"server_default": ""})


class LedgerStateTable(SQLModel, table=True):
    """One row whose `version` goes up with every change set, undo and redo: another
    window (another person's computer) polls it to know when to reload."""

    __tablename__ = "ledger_state"
    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(
        default=0, sa_column=Column(BigInteger, nullable=False, server_default="0")
    )


class JournalEntryTable(SQLModel, table=True):
    """What one change set did to one entity, with the images needed to undo and redo it."""

    __tablename__ = "journal_entries"
    id: int | None = Field(default=None, primary_key=True)
    change_set_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("change_sets.id", ondelete="CASCADE"), index=True, nullable=False
        )
    )
    seq: int
    entity: str
    entity_id: int
    op: str
    before: str | None = None
    after: str | None = None


accounts = SQLModel.metadata.tables["accounts"]
categories = SQLModel.metadata.tables["categories"]
merchants = SQLModel.metadata.tables["merchants"]
transactions = SQLModel.metadata.tables["transactions"]
postings = SQLModel.metadata.tables["postings"]
attachments = SQLModel.metadata.tables["attachments"]
budgets = SQLModel.metadata.tables["budgets"]
payees = SQLModel.metadata.tables["payees"]
payment_drafts = SQLModel.metadata.tables["payment_drafts"]
change_sets = SQLModel.metadata.tables["change_sets"]
journal_entries = SQLModel.metadata.tables["journal_entries"]
categorization_rules = SQLModel.metadata.tables["categorization_rules"]
ledger_state = SQLModel.metadata.tables["ledger_state"]
attachment_blobs = SQLModel.metadata.tables["attachment_blobs"]
