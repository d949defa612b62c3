"""What the assistant says it can do, in each language it understands (kept apart from
the language packs so the window greets in its language without loading the assistant),
with its money examples in the person's own currency."""

from __future__ import annotations

from decimal import Decimal

# a monthly restaurant budget that reads as one where a unit is worth little
BUDGET_EXAMPLES = {"VND": 5_000_000, "IDR": 3_000_000, "KRW": 300_000, "JPY": 30_000}
DEFAULT_BUDGET_EXAMPLE = 200


# What to say, per language, each example in that language; {budget} is the only amount
# with a currency, the home's (the others are plain numbers, read in the home's currency).
EXAMPLES = {
    "en": (
        "You can say or type things like:\n"
        "• “I spent 12.50 at Blue Bottle this morning”\n"
        "• “How much did I spend on groceries last month?”\n"
        "• “Show my last 10 transactions” · “What's my balance?”\n"
        "• “Set a {budget} budget for restaurants” · “How are my budgets?”\n"
        "• “Put Uber under transport” · “Move 200 from savings to checking”\n"
        "• “Undo”"
    ),
    "fr": (
        "Vous pouvez dire ou écrire par exemple :\n"
        "• « j'ai dépensé 12,50 au café ce matin »\n"
        "• « combien j'ai dépensé en courses le mois dernier ? »\n"
        "• « montre mes 10 dernières transactions » · « quel est mon solde ? »\n"
        "• « budget de {budget} par mois pour les restos » · « où en est mon budget resto ? »\n"
        "• « envoie 20 à Paul » · « vire 200 sur mon livret A »\n"
        "• « supprime la dernière dépense »"
    ),
    "vi": (
        "Bạn có thể nói hoặc gõ, ví dụ:\n"
        "• “hôm qua ăn phở 45k” · “toi da chi 50k cho ca phe”\n"
        "• “tháng trước tôi tiêu bao nhiêu tiền ăn uống?”\n"
        "• “xem các giao dịch tuần này” · “số dư tài khoản của tôi”\n"
        "• “đặt ngân sách ăn uống {budget} một tháng” · “ngân sách ăn uống còn bao nhiêu?”\n"
        "• “chuyển 500k cho Lan” · “chuyển 2 triệu vào tiết kiệm”\n"
        "• “xóa giao dịch vừa rồi”"
    ),
}


def help_text(currency: str = "EUR", locale: str = "en_IE", language: str = "en") -> str:
    """The examples of what to say in `language` (English when it has none), the budget
    in `currency` ("Set a $200 budget…" for a USD home, "Set a €200 budget…" for EUR): the
    greeting never names another currency."""
    amount = Decimal(BUDGET_EXAMPLES.get(currency, DEFAULT_BUDGET_EXAMPLE))
    budget = whole_money(amount, currency, locale)
    text = EXAMPLES.get(language, EXAMPLES["en"]).format(budget=budget)
    return _kept_together(text) if language == "fr" else text


def _kept_together(text: str) -> str:
    """French spaces inside guillemets and before "?" and ":" as no-break spaces, so a
    wrapped line never starts with "»"."""
    for spaced, joined in (
        ("« ", "«\u00a0"),
        (" »", "\u00a0»"),
        (" ?", "\u00a0?"),
        (" :", "\u00a0:"),
    ):
        text = text.replace(spaced, joined)
    return text


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
