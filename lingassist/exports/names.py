"""Names other programs accept: ledger account names and receipt file names.

Account names follow beancount's rules, which are the stricter of beancount's and
hledger's: a root (Assets, Liabilities, Income, Expenses, Equity) and components that start
with an upper-case letter or a digit and go on with letters, digits and hyphens only.
Names keep their letters in any script ("Café Lumière" -> "CaféLumière"); a component whose
first letter has no upper case (Chinese, Japanese...) gets an "X" in front, and one with no
letter or digit at all (an emoji) is named after its account's id. Every name is unique.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from lingassist.core.accounts import AccountType
from lingassist.exports.records import ExportAccount, ExportTransaction

ROOTS = {
    AccountType.ASSET: "Assets",
    AccountType.LIABILITY: "Liabilities",
    AccountType.INCOME: "Income",
    AccountType.EXPENSE: "Expenses",
    AccountType.EQUITY: "Equity",
}
OPENING_BALANCES = "Equity:OpeningBalances"
_CATEGORY_PREFIX = "category:"
_NOT_FILE_WORD = re.compile(r"[^a-z0-9]+")
FILE_WORDS = 40  # characters of the merchant kept in a receipt's file name
RECEIPTS_FOLDER = "receipts"


def component(text: str) -> str:
    """One account-name component from a person's name for something ("" when nothing in
    it can be kept): words joined in CamelCase, letters and digits only.

    >>> component("Food and drink"), component("Café Lumière"), component("🍕")
    ('FoodAndDrink', 'CaféLumière', '')
    """
    words = "".join(ch if _kept(ch) else " " for ch in unicodedata.normalize("NFC", text)).split()
    joined = "".join(word[:1].upper() + word[1:] for word in words)
    if joined and unicodedata.category(joined[0]) not in ("Lu", "Nd"):
        joined = "X" + joined  # 日本 -> X日本: a component must start upper case or a digit
    return joined


def _kept(ch: str) -> bool:
    """Letters and decimal digits (any script) are kept; marks, symbols and spaces are not."""
    return unicodedata.category(ch)[0] == "L" or unicodedata.category(ch) == "Nd"


def account_names(accounts: Iterable[ExportAccount]) -> dict[int, str]:
    """A unique full name for every account (by id): "Assets:Checking",
    "Expenses:FoodAndDrink:Coffee", "Income:Salary"; clashes get "-2", "-3"... in id order.
    `OPENING_BALANCES` is kept free for the opening balances of a period's export."""
    taken = {OPENING_BALANCES.lower()}
    names: dict[int, str] = {}
    for account in sorted(accounts, key=lambda a: a.id):
        wanted = _wanted_name(account)
        name, number = wanted, 1
        while name.lower() in taken:
            number += 1
            name = f"{wanted}-{number}"
        taken.add(name.lower())
        names[account.id] = name
    return names


def _wanted_name(account: ExportAccount) -> str:
    """The name an account would have if no other account had it."""
    root = ROOTS[account.type]
    if account.category_code:
        parts = [account.primary_name, account.category_name]
        fallback = account.category_code
    else:
        parts = [account.name.removeprefix(_CATEGORY_PREFIX)]
        fallback = ""
    components = [c for c in (component(part) for part in parts if part) if c]
    if len(components) > 1 and components[0] == root:  # Income:Income:Salary -> Income:Salary
        components = components[1:]
    if not components:
        components = [component(fallback) or f"Account{account.id}"]
    return ":".join([root, *components])


def receipt_names(transactions: Iterable[ExportTransaction]) -> dict[int, str]:
    """A file name inside an evidence zip for every attachment (by attachment id), that
    sorts by date and names the transaction:
    "receipts/2026-11-03_tx123_blue-bottle.jpg" (a second photo: "..._blue-bottle_2.jpg")."""
    names: dict[int, str] = {}
    for transaction in transactions:
        if not transaction.attachments:
            continue
        words = file_words(transaction.merchant or transaction.description)
        stem = f"{transaction.date.isoformat()}_tx{transaction.id}" + (f"_{words}" if words else "")
        for number, attachment in enumerate(transaction.attachments, start=1):
            suffix = _suffix(attachment.stored_name or attachment.original_name)
            extra = f"_{number}" if number > 1 else ""
            names[attachment.id] = f"{RECEIPTS_FOLDER}/{stem}{extra}{suffix}"
    return names


def file_words(text: str) -> str:
    """A short, plain ASCII slug of a name for a file name ("Café Lumière" -> "cafe-lumiere")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NOT_FILE_WORD.sub("-", plain).strip("-")[:FILE_WORDS].strip("-")


def _suffix(name: str) -> str:
    """The file's extension, lower case, if it is a plain short one (".jpg")."""
    dot = name.rfind(".")
    suffix = name[dot:].lower() if dot > name.rfind("/") and dot >= 0 else ""
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""
