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
        "INCOME",
        "TRANSFER_IN",
        "TRANSFER_OUT",
        "LOAN_DISBURSEMENTS",
        "LOAN_PAYMENTS",
        "BANK_FEES",
        "ENTERTAINMENT",
        "FOOD_AND_DRINK",
        "GENERAL_MERCHANDISE",
        "HOME_IMPROVEMENT",
        "MEDICAL",
        "PERSONAL_CARE",
        "GENERAL_SERVICES",
        "GOVERNMENT_AND_NON_PROFIT",
        "TRANSPORTATION",
        "TRAVEL",
        "RENT_AND_UTILITIES",
        "OTHER",
    }
)


# The detailed category a write files under when the words name a broader one
# ("log 25 eating out" is a restaurant meal; "put Uber under transport").
WRITE_DEFAULTS = {
    "EATING_OUT": "FOOD_AND_DRINK_RESTAURANT",
    "FOOD_AND_DRINK": "FOOD_AND_DRINK_GROCERIES",
    "TRANSPORTATION": "TRANSPORTATION_OTHER_TRANSPORTATION",
    "GENERAL_MERCHANDISE": "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE",
    "RENT_AND_UTILITIES": "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY",
    "ENTERTAINMENT": "ENTERTAINMENT_OTHER_ENTERTAINMENT",
    "FUN": "ENTERTAINMENT_OTHER_ENTERTAINMENT",
    "TRAVEL": "TRAVEL_OTHER_TRAVEL",
    "MEDICAL": "MEDICAL_PRIMARY_CARE",
}


def write_category(code: str) -> str | None:
    """The detailed category to file a write under, for any level the words named (None
    when a broad word has no sensible detail, e.g. "bills")."""
    upper = code.strip().upper()
    if is_detailed(upper):
        return upper
    return WRITE_DEFAULTS.get(upper)


def category_codes(code: str) -> tuple[str, ...]:
    """The codes a category filter matches: a group's members, else the code itself (a
    primary code matches its detailed categories by prefix in the queries)."""
    upper = code.strip().upper()
    return GROUPS.get(upper, (upper,))


def is_detailed(code: str) -> bool:
    """True for a detailed category a transaction can be filed under."""
    upper = code.strip().upper()
    return upper not in GROUPS and upper not in PRIMARY_CODES
