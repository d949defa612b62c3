"""Categories at any level of the taxonomy, as people name them.

A question may name a detailed category ("coffee": FOOD_AND_DRINK_COFFEE), a primary one
("food": every FOOD_AND_DRINK_* category) or a group that crosses details ("eating out":
restaurants, fast food and coffee). `category_codes` turns any of them into the detailed
codes or primary prefixes a query matches; a write always needs one detailed category.
"""

from __future__ import annotations

GROUPS: dict[str, tuple[str, ...]] = {
    "EATING_OUT": (
        "FOOD_AND_DRINK_RESTAURANT",
        "FOOD_AND_DRINK_FAST_FOOD",
        "FOOD_AND_DRINK_COFFEE",
    ),
    "BILLS": ("RENT_AND_UTILITIES", "LOAN_PAYMENTS", "GENERAL_SERVICES_INSURANCE"),
    "FUN": ("ENTERTAINMENT", "FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR"),
}
GROUP_NAMES = {"EATING_OUT": "Eating out", "BILLS": "Bills", "FUN": "Fun"}
PRIMARY_CODES = frozenset(
    {
        "INCOME", "TRANSFER_IN", "TRANSFER_OUT", "LOAN_DISBURSEMENTS", "LOAN_PAYMENTS",
        "BANK_FEES", "ENTERTAINMENT", "FOOD_AND_DRINK", "GENERAL_MERCHANDISE",
        "HOME_IMPROVEMENT", "MEDICAL", "PERSONAL_CARE", "GENERAL_SERVICES",
        "GOVERNMENT_AND_NON_PROFIT", "TRANSPORTATION", "TRAVEL", "RENT_AND_UTILITIES", "OTHER",
    }
)


def category_codes(code: str) -> tuple[str, ...]:
    """The codes a category filter matches: a group's members, else the code itself (a
    primary code matches its detailed categories by prefix in the queries)."""
    upper = code.strip().upper()
    return GROUPS.get(upper, (upper,))


def is_detailed(code: str) -> bool:
    """True for a detailed category a transaction can be filed under."""
    upper = code.strip().upper()
    return upper not in GROUPS and upper not in PRIMARY_CODES
