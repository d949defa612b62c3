"""Account names that beancount and hledger accept, and receipt names that pair with rows."""

from __future__ import annotations

import ast
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lingassist.core.accounts import AccountKind, AccountType
from lingassist.core.transactions import TransactionSource, TransactionStatus
from lingassist.exports.names import (
    OPENING_BALANCES,
    account_names,
    component,
    file_words,
    receipt_names,
)
from lingassist.exports.records import (
    ExportAccount,
    ExportAttachment,
    ExportPosting,
    ExportTransaction,
)

EXPORTS = Path(__file__).resolve().parents[2] / "lingassist" / "exports"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Food and drink", "FoodAndDrink"),
        ("Café Lumière", "CaféLumière"),
        ("US Dollars 💵", "USDollars"),
        ("日本 口座", "X日本口座"),
        ("7-Eleven", "7Eleven"),
        ("Savings (transfer in)", "SavingsTransferIn"),
        ("Ölkonto", "Ölkonto"),
        ("🐷", ""),
        ('"quoted" \\ name; | x', "QuotedNameX"),
    ],
)
def test_a_component_starts_upper_case_and_keeps_letters(text: str, expected: str) -> None:
    assert component(text) == expected


def account(
    id: int, name: str, type: AccountType = AccountType.ASSET, **category: str
) -> ExportAccount:
    kind = AccountKind.CATEGORY if category else AccountKind.CHECKING
    return ExportAccount(id, name, type, kind, "EUR", **category)


def test_account_names_are_unique_and_rooted() -> None:
    names = account_names(
        [
            account(1, "Checking"),
            account(2, "Blue Bottle"),
            account(3, "Blue-Bottle"),
            account(4, "blue bottle!"),
            account(5, "🐷"),
            account(6, "Visa", AccountType.LIABILITY),
            account(7, "Opening balances", AccountType.EQUITY),
            account(
                8,
                "category:FOOD_AND_DRINK_COFFEE",
                AccountType.EXPENSE,
                category_code="FOOD_AND_DRINK_COFFEE",
                category_name="Coffee",
                primary_name="Food and drink",
            ),
            account(
                9,
                "category:INCOME_SALARY",
                AccountType.INCOME,
                category_code="INCOME_SALARY",
                category_name="Salary",
                primary_name="Income",
            ),
            account(
                10,
                "category:FOOD_AND_DRINK",
                AccountType.EXPENSE,
                category_code="FOOD_AND_DRINK",
                category_name="Food and drink",
            ),
            account(
                11,
                "category:USER_X",
                AccountType.EXPENSE,
                category_code="USER_X",
                category_name="🎁",
            ),
            account(
                12,
                "category:INCOME",
                AccountType.INCOME,
                category_code="INCOME",
                category_name="Income",
            ),
        ]
    )
    assert names == {
        1: "Assets:Checking",
        2: "Assets:BlueBottle",
        3: "Assets:BlueBottle-2",
        4: "Assets:BlueBottle-3",
        5: "Assets:Account5",
        6: "Liabilities:Visa",
        7: "Equity:OpeningBalances-2",  # the plain name is kept for a period's opening
        8: "Expenses:FoodAndDrink:Coffee",
        9: "Income:Salary",
        10: "Expenses:FoodAndDrink",
        11: "Expenses:USERX",
        12: "Income:Income",  # a primary named as its root keeps its one component
    }
    assert OPENING_BALANCES not in names.values()


def test_names_pass_beancounts_own_rules() -> None:
    from beancount.core import account as beancount_account

    names = account_names(
        [account(n, text) for n, text in enumerate(["日本 口座", "Ölkonto", "7-Eleven", "💵"])]
    )
    assert all(beancount_account.is_valid(name) for name in names.values()), names


def test_receipt_names_sort_by_day_and_name_the_transaction() -> None:
    def transaction(id: int, merchant: str, *files: str) -> ExportTransaction:
        return ExportTransaction(
            id,
            date(2026, 11, 3),
            "desc",
            merchant,
            "",
            TransactionStatus.CLEARED,
            TransactionSource.RECEIPT,
            (ExportPosting(1, Decimal("1.00"), "EUR"), ExportPosting(2, Decimal("-1.00"), "EUR")),
            tuple(ExportAttachment(id * 10 + n, f, f) for n, f in enumerate(files)),
        )

    names = receipt_names(
        [
            transaction(7, "Café Lumière", "ab/abc.JPG", "cd/cde.pdf"),
            transaction(8, "", "ef/efg"),
            transaction(9, "No photo"),
        ]
    )
    assert names == {
        70: "receipts/2026-11-03_tx7_cafe-lumiere.jpg",
        71: "receipts/2026-11-03_tx7_cafe-lumiere_2.pdf",
        80: "receipts/2026-11-03_tx8_desc",
    }
    assert file_words("日本食堂") == "" and file_words("A" * 60) == "a" * 40


def test_the_writers_import_only_core_and_the_standard_library() -> None:
    found = set()
    for path in EXPORTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
    outside = {
        module
        for module in found
        if module.split(".")[0] not in sys.stdlib_module_names
        and not module.startswith(("lingassist.core", "lingassist.exports"))
        and module != "__future__"
    }
    assert outside == set()
