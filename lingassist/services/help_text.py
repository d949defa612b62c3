"""What the assistant says it can do (kept apart so the window shows it without loading
the assistant), with its money examples in the person's own currency."""

from __future__ import annotations

from decimal import Decimal

# a monthly restaurant budget that reads as one where a unit is worth little
BUDGET_EXAMPLES = {"VND": 5_000_000, "IDR": 3_000_000, "KRW": 300_000, "JPY": 30_000}
DEFAULT_BUDGET_EXAMPLE = 200


def help_text(currency: str = "EUR", locale: str = "en_IE") -> str:
    """The examples of what to say, the budget in `currency` ("Set a $200 budget…" for a
    USD home, "Set a €200 budget…" for EUR): the greeting never names another currency."""
    amount = Decimal(BUDGET_EXAMPLES.get(currency, DEFAULT_BUDGET_EXAMPLE))
    budget = whole_money(amount, currency, locale)
    return (
        "You can say or type things like:\n"
        "• “I spent 12.50 at Blue Bottle this morning”\n"
        "• “How much did I spend on groceries last month?”\n"
        "• “Show my last 10 transactions” · “What's my balance?”\n"
        f"• “Set a {budget} budget for restaurants” · “How are my budgets?”\n"
        "• “Put Uber under transport” · “Move 200 from savings to checking”\n"
        "• “Undo”"
    )


def whole_money(amount: Decimal, currency: str, locale: str) -> str:
    """ "$200" / "200 €" / "5.000.000 ₫": a whole amount in the locale's currency pattern,
    without decimals."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import format_currency

    try:
        where = Locale.parse(locale or "en")
    except (UnknownLocaleError, ValueError):
        where = Locale.parse("en")
    pattern = where.currency_formats["standard"].pattern.split(";")[0].replace(".00", "")
    text = format_currency(amount, currency, format=pattern, locale=where, currency_digits=False)
    return text.replace("\xa0", " ").replace("\u202f", " ")
