"""User rules: ordered conditions on description, merchant, amount and account.

A rule matches when all its conditions hold; the first matching rule (in order) wins.
Rules are plain frozen values: the services load and save them, a dialog edits them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from lingassist.categorize.normalize import normalize
from lingassist.core.phrases import Phrase, phrase, quoted
from lingassist.core.text import NAME_LIMIT, clean_text


class Field(StrEnum):
    """What a condition looks at."""

    DESCRIPTION = "description"
    MERCHANT = "merchant"
    ACCOUNT = "account"
    AMOUNT = "amount"


class Operator(StrEnum):
    """How a condition compares: text contains / equals / regex, or an amount range."""

    CONTAINS = "contains"
    EQUALS = "equals"
    REGEX = "regex"
    BETWEEN = "between"


@dataclass(frozen=True)
class Condition:
    """One test of a rule.

    Attributes:
        field: what is tested.
        operator: how it is tested.
        value: the text (contains / equals: case-insensitive; regex: Python syntax,
            searched case-insensitively); unused for BETWEEN.
        low: smallest amount allowed (inclusive), or None for no bound (BETWEEN only).
        high: largest amount allowed (inclusive), or None for no bound (BETWEEN only).
    """

    field: Field
    operator: Operator
    value: str = ""
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass(frozen=True)
class Rule:
    """A person's rule: when every condition holds, file under `code`.

    Attributes:
        name: shown in the reason ("Rule 'Uber rides'"); kept without terminal controls.
        conditions: all must hold; a rule without conditions never matches.
        code: the category code (PFC v2 or user category).
        enabled: a disabled rule is kept but never matches.
        id: the ledger's id of the rule, if stored.
    """

    name: str
    conditions: tuple[Condition, ...]
    code: str
    enabled: bool = True
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name))  # shown in lists and reasons


@dataclass(frozen=True)
class RuleInput:
    """What a rule is tested against.

    Attributes:
        description: the descriptor as written.
        merchant: the merchant display name ("" when unknown).
        amount: signed amount (negative = money out), or None when unknown.
        account: the account's name ("" when unknown).
    """

    description: str
    merchant: str = ""
    amount: Decimal | None = None
    account: str = ""


def match(rules: Sequence[Rule], item: RuleInput) -> Rule | None:
    """The first enabled rule whose conditions all hold for `item`, or None."""
    for rule in rules:
        if rule.enabled and rule.conditions and all(holds(c, item) for c in rule.conditions):
            return rule
    return None


def holds(condition: Condition, item: RuleInput) -> bool:
    """Whether one condition holds for `item`."""
    if condition.operator is Operator.BETWEEN:
        return _in_range(condition, _amount(condition, item))
    text = _text(condition.field, item)
    if condition.operator is Operator.CONTAINS:
        return condition.value.casefold() in text.casefold()
    if condition.operator is Operator.EQUALS:
        return condition.value.casefold().strip() == text.casefold().strip()
    return _compiled(condition.value).search(text) is not None


def problems(rule: Rule) -> list[str]:
    """Everything wrong with a rule, in English (empty when valid)."""
    return [found.text for found in said_problems(rule)]


def said_problems(rule: Rule) -> list[Phrase]:
    """Everything wrong with a rule, for a dialog to show at once in its language."""
    found = [] if rule.name.strip() else [phrase("The rule needs a name.")]
    if len(rule.name) > NAME_LIMIT:
        found.append(
            phrase(
                "The rule's name is {count} characters long; at most {limit} are kept. Shorten it.",
                count=f"{len(rule.name):,}",
                limit=str(NAME_LIMIT),
            )
        )
    found += [] if rule.conditions else [phrase("The rule needs at least one condition.")]
    found += [] if rule.code.strip() else [phrase("The rule needs a category.")]
    for condition in rule.conditions:
        found += _condition_problems(condition)
    return found


def merchant_rule(merchant: str, code: str, name: str | None = None) -> Rule:
    """ "Always do this for <merchant>": a rule on the merchant's normalized name."""
    condition = Condition(Field.MERCHANT, Operator.EQUALS, merchant)
    return Rule(name or f"{merchant} is always {code}", (condition,), code)


def preview(rule: Rule, items: Iterable[RuleInput]) -> list[RuleInput]:
    """The items a rule would change (what the correction dialog lists before saving)."""
    return [item for item in items if match([rule], item) is rule]


def with_merchant(item: RuleInput) -> RuleInput:
    """`item` with its merchant filled from the description when it is missing."""
    if item.merchant:
        return item
    merchant = normalize(item.description).merchant
    return RuleInput(item.description, merchant, item.amount, item.account)


_NEEDS_TEXT = {
    Field.DESCRIPTION: "The description condition needs some text.",
    Field.MERCHANT: "The merchant condition needs some text.",
    Field.ACCOUNT: "The account condition needs some text.",
}


def _condition_problems(condition: Condition) -> list[Phrase]:
    """Problems of one condition."""
    if condition.operator is Operator.BETWEEN:
        if condition.field is not Field.AMOUNT:
            return [phrase("An amount range only applies to the amount.")]
        if condition.low is None and condition.high is None:
            return [phrase("An amount range needs a lowest or a highest amount.")]
        if (
            condition.low is not None
            and condition.high is not None
            and condition.low > condition.high
        ):
            return [phrase("The lowest amount is above the highest.")]
        return []
    if condition.field is Field.AMOUNT:
        return [phrase("The amount can only be tested with a range.")]
    if not condition.value.strip():
        return [phrase(_NEEDS_TEXT[condition.field])]
    if condition.operator is Operator.REGEX:
        try:
            re.compile(condition.value)
        except re.error as error:
            return [
                phrase(
                    "The pattern {pattern} is not a valid regular expression: {error}.",
                    pattern=quoted(condition.value),
                    error=str(error),
                )
            ]
    return []


def _text(field: Field, item: RuleInput) -> str:
    """The text a condition on `field` looks at."""
    if field is Field.MERCHANT:
        return item.merchant or normalize(item.description).merchant
    if field is Field.ACCOUNT:
        return item.account
    return item.description


def _amount(condition: Condition, item: RuleInput) -> Decimal | None:
    """The amount a range condition looks at (only the amount field has one)."""
    return item.amount if condition.field is Field.AMOUNT else None


def _in_range(condition: Condition, amount: Decimal | None) -> bool:
    """Whether `amount` is within the condition's inclusive bounds."""
    if amount is None:
        return False
    if condition.low is not None and amount < condition.low:
        return False
    return condition.high is None or amount <= condition.high


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A case-insensitive compiled pattern; an invalid one never matches."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:
        return re.compile(r"(?!)")
