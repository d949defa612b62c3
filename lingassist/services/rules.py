"""Use cases on the person's categorization rules: list, add, edit, reorder, delete,
preview and apply them, and "always file <merchant> under <category>".

Every write is one undoable change, and the advisor picks the new rules up at once.
"""

from __future__ import annotations

from dataclasses import replace

from lingassist.categorize.rules import (
    Condition,
    Field,
    Operator,
    Rule,
    RuleInput,
    match,
    merchant_rule,
    problems,
    said_problems,
)
from lingassist.core.accounts import Category, CategoryDirection
from lingassist.core.errors import UserFacingError
from lingassist.core.money import parse_amount
from lingassist.core.phrases import CategoryName, Phrase, phrase, quoted
from lingassist.core.transactions import TransactionRow
from lingassist.ledger import journal
from lingassist.ledger import rules_repository as stored
from lingassist.ledger.queries import transaction_rows
from lingassist.ledger.recategorize import recategorize_transaction
from lingassist.ledger.repository import all_categories, resolve_category
from lingassist.ledger.sessions import Session
from lingassist.services.backups import BEFORE_RULE, before_bulk_change
from lingassist.services.context import AppContext


def list_rules(context: AppContext) -> list[Rule]:
    """The rules in the order they are tried (disabled ones included)."""
    with context.database.sessions() as session:
        return stored.list_rules(session=session)


def get_rule(context: AppContext, rule_id: int) -> Rule:
    """One rule.

    Raises:
        NotFound: there is no rule with that id.
    """
    with context.database.sessions() as session:
        return stored.rule_by_id(rule_id, session=session)


def add_rule(context: AppContext, rule: Rule) -> Rule:
    """Check and store a new rule after the others (one undoable change); return it with
    its id and its category's code.

    Raises:
        UserFacingError: the rule has problems (all listed) or an unknown category.
    """
    return add_rule_and_apply(context, rule, apply=False)[0]


def add_rule_and_apply(context: AppContext, rule: Rule, *, apply: bool) -> tuple[Rule, int]:
    """Store a new rule and, with `apply`, move the past transactions it matches, all in
    one undoable change (an interruption leaves neither, so running it again never makes
    a second rule); return the stored rule and how many transactions moved.

    Raises:
        UserFacingError: the rule has problems (all listed) or an unknown category.
    """
    if apply and _moves_any(context, rule):
        before_bulk_change(context, BEFORE_RULE)
    with context.database.sessions.begin() as session:
        rule = _checked(rule, session)
        label = phrase(
            "Add rule '{rule}' and apply it" if apply else "Add rule '{rule}'", rule=rule.name
        )
        change = journal.begin_change(session, label)
        rule = replace(
            rule, id=stored.add_rule(rule, _currency(context), session=session, change=change)
        )
        ids = _changed_ids(rule, session) if apply else []
        if ids:
            _recategorize(ids, rule.code, session, change)
    context.advisor.refresh_rules()
    return rule, len(ids)


def update_rule(context: AppContext, rule: Rule) -> Rule:
    """Check and save an edited rule (`rule.id` says which; one undoable change).

    Raises:
        UserFacingError: the rule has problems, an unknown category, or is gone.
    """
    with context.database.sessions.begin() as session:
        rule = _checked(rule, session)
        change = journal.begin_change(session, phrase("Edit rule '{rule}'", rule=rule.name))
        stored.update_rule(rule, _currency(context), session=session, change=change)
    context.advisor.refresh_rules()
    return rule


def set_rule_enabled(context: AppContext, rule_id: int, enabled: bool) -> Rule:
    """Switch a rule on or off (one undoable change)."""
    with context.database.sessions.begin() as session:
        rule = replace(stored.rule_by_id(rule_id, session=session), enabled=enabled)
        label = phrase(
            "Enable rule '{rule}'" if enabled else "Disable rule '{rule}'", rule=rule.name
        )
        change = journal.begin_change(session, label)
        stored.update_rule(rule, _currency(context), session=session, change=change)
    context.advisor.refresh_rules()
    return rule


def delete_rule(context: AppContext, rule_id: int) -> str:
    """Delete a rule (one undoable change); return what was done.

    Raises:
        NotFound: there is no rule with that id.
    """
    with context.database.sessions.begin() as session:
        rule = stored.rule_by_id(rule_id, session=session)
        change = journal.begin_change(session, phrase("Delete rule '{rule}'", rule=rule.name))
        stored.delete_rule(rule_id, session=session, change=change)
    context.advisor.refresh_rules()
    return f"Deleted rule '{rule.name}'."


def move_rule(context: AppContext, rule_id: int, steps: int) -> bool:
    """Move a rule one place up (`steps` < 0) or down (one undoable change); False when
    it is already first or last.

    Raises:
        NotFound: there is no rule with that id.
    """
    with context.database.sessions.begin() as session:
        rule = stored.rule_by_id(rule_id, session=session)
        order = [r.id for r in stored.list_rules(session=session)]
        there = order.index(rule_id) + (-1 if steps < 0 else 1)
        if steps == 0 or not 0 <= there < len(order):
            return False
        label = phrase(
            "Move rule '{rule}' up" if steps < 0 else "Move rule '{rule}' down", rule=rule.name
        )
        change = journal.begin_change(session, label)
        stored.move_rule(rule_id, steps, session=session, change=change)
    context.advisor.refresh_rules()
    return True


def preview_rule(context: AppContext, rule: Rule) -> list[TransactionRow]:
    """The past transactions `rule` would move to its category, newest first: those it
    matches that are filed elsewhere and whose direction (spending or income) fits."""
    with context.database.sessions() as session:
        ids = _changed_ids(rule, session)
        return transaction_rows(ids[::-1], session=session)


def _moves_any(context: AppContext, rule: Rule) -> bool:
    """Whether applying `rule` would move past transactions (False for a rule with
    problems: storing it says what they are)."""
    try:
        return count_changes(context, rule) > 0
    except UserFacingError:
        return False


def count_changes(context: AppContext, rule: Rule) -> int:
    """How many past transactions `rule` would move (the dialog's live preview)."""
    with context.database.sessions() as session:
        return len(_changed_ids(rule, session))


def apply_rule(context: AppContext, rule_id: int) -> int:
    """File every past transaction the stored rule matches under its category, in one
    undoable change; return how many moved.

    Raises:
        NotFound: there is no rule with that id, or its category is gone.
    """
    with context.database.sessions.begin() as session:
        rule = stored.rule_by_id(rule_id, session=session)
        ids = _changed_ids(rule, session)
        if ids:
            before_bulk_change(context, BEFORE_RULE)  # read-only so far: copies the ledger as is
            change = journal.begin_change(session, phrase("Apply rule '{rule}'", rule=rule.name))
            _recategorize(ids, rule.code, session, change)
    return len(ids)


def always_for_merchant(
    context: AppContext, merchant: str, code: str, *, apply: bool = True
) -> Rule:
    """ "Always file <merchant> under <category>": add a merchant rule and (with `apply`)
    move the merchant's past transactions there too, all in one undoable change.

    Raises:
        UserFacingError: no merchant name, or an unknown category.
    """
    if not merchant.strip():
        raise UserFacingError(phrase("Which merchant should always be filed there?"))
    with context.database.sessions.begin() as session:
        category = resolve_category(code, session=session)
        rule = merchant_rule(
            merchant.strip(), category.code, f"{merchant.strip()} → {category.name}"
        )
        label = phrase(
            "Always file {merchant} under {category}",
            merchant=merchant.strip(),
            category=CategoryName(category.code, category.name),
        )
        change = journal.begin_change(session, label)
        ids = _changed_ids(rule, session) if apply else []
        rule_id = stored.add_rule(rule, _currency(context), session=session, change=change)
        _recategorize(ids, category.code, session, change)
    context.advisor.refresh_rules()
    return replace(rule, id=rule_id)


def rule_problems(context: AppContext, rule: Rule) -> list[str]:
    """Everything wrong with a rule, including an unknown category (empty when valid)."""
    return [found.text for found in said_rule_problems(context, rule)]


def said_rule_problems(context: AppContext, rule: Rule) -> list[Phrase]:
    """`rule_problems` as phrases, for a window to say in its language."""
    found = said_problems(rule)
    if rule.code.strip():
        with context.database.sessions() as session:
            codes = {c.code for c in all_categories(session=session)}
        if rule.code not in codes:
            found.append(phrase("There is no category {code}.", code=rule.code))
    return found


def build_rule(
    name: str,
    code: str,
    *,
    contains: str = "",
    regex: str = "",
    merchant: str = "",
    low: str = "",
    high: str = "",
    account: str = "",
) -> Rule:
    """A rule from the options a person typed (empty ones are left out); amounts are
    signed text ("-50", "12,50"): negative means money out.

    Raises:
        InvalidAmount: a bound is not an amount.
    """
    conditions: list[Condition] = []
    if contains.strip():
        conditions.append(Condition(Field.DESCRIPTION, Operator.CONTAINS, contains.strip()))
    if regex.strip():
        conditions.append(Condition(Field.DESCRIPTION, Operator.REGEX, regex.strip()))
    if merchant.strip():
        conditions.append(Condition(Field.MERCHANT, Operator.EQUALS, merchant.strip()))
    if low.strip() or high.strip():
        bounds = [parse_amount(text) if text.strip() else None for text in (low, high)]
        conditions.append(Condition(Field.AMOUNT, Operator.BETWEEN, "", *bounds))
    if account.strip():
        conditions.append(Condition(Field.ACCOUNT, Operator.EQUALS, account.strip()))
    return Rule(name.strip(), tuple(conditions), code.strip())


def describe_rule(rule: Rule) -> str:
    """The conditions in words: "merchant is Blue Bottle and amount at most -5.00"."""
    return said_rule(rule).text


def said_rule(rule: Rule) -> Phrase:
    """`describe_rule` as a phrase, for a window to say in its language."""
    if not rule.conditions:
        return phrase("no conditions")
    said = said_condition(rule.conditions[0])
    for condition in rule.conditions[1:]:
        said = phrase(
            "{conditions} and {condition}", conditions=said, condition=said_condition(condition)
        )
    return said


def describe_condition(condition: Condition) -> str:
    """One condition in words ("description contains uber")."""
    return said_condition(condition).text


_CONDITIONS = {  # (field, operator) -> the condition in words
    (Field.DESCRIPTION, Operator.CONTAINS): "description contains {value}",
    (Field.DESCRIPTION, Operator.EQUALS): "description is {value}",
    (Field.DESCRIPTION, Operator.REGEX): "description matches {value}",
    (Field.MERCHANT, Operator.CONTAINS): "merchant contains {value}",
    (Field.MERCHANT, Operator.EQUALS): "merchant is {value}",
    (Field.MERCHANT, Operator.REGEX): "merchant matches {value}",
    (Field.ACCOUNT, Operator.CONTAINS): "account contains {value}",
    (Field.ACCOUNT, Operator.EQUALS): "account is {value}",
    (Field.ACCOUNT, Operator.REGEX): "account matches {value}",
    (Field.AMOUNT, Operator.CONTAINS): "amount contains {value}",
    (Field.AMOUNT, Operator.EQUALS): "amount is {value}",
    (Field.AMOUNT, Operator.REGEX): "amount matches {value}",
}


def said_condition(condition: Condition) -> Phrase:
    """One condition in words, as a phrase ("description contains 'uber'")."""
    if condition.operator is Operator.BETWEEN:
        low, high = str(condition.low), str(condition.high)
        if condition.low is not None and condition.high is not None:
            return phrase("amount from {low} to {high}", low=low, high=high)
        if condition.low is not None:
            return phrase("amount at least {low}", low=low)
        return phrase("amount at most {high}", high=high)
    return phrase(
        _CONDITIONS[condition.field, condition.operator], value=quoted(str(condition.value))
    )


def _checked(rule: Rule, session: Session) -> Rule:
    """`rule` with its category resolved to a code; raises with every problem listed."""
    found = said_problems(rule)
    if found:
        said = found[0]
        for problem in found[1:]:  # the English text joins them with a space
            said = phrase("{first} {then}", first=said, then=problem)
        raise UserFacingError(said)
    return replace(
        rule, name=rule.name.strip(), code=resolve_category(rule.code, session=session).code
    )


def _changed_ids(rule: Rule, session: Session) -> list[int]:
    """Ids (oldest first) of the categorized transactions `rule` would move."""
    if problems(rule):
        return []
    by_code = {c.code: c for c in all_categories(session=session)}
    target = by_code.get(rule.code)
    if target is None:
        return []
    live = replace(rule, enabled=True)
    return [
        line.id
        for line in stored.categorized_lines(session=session)
        if line.code != rule.code
        and _fits(target, line.amount > 0)
        and match([live], RuleInput(line.description, line.merchant, line.amount, line.account))
    ]


def _fits(category: Category, income: bool) -> bool:
    """Whether an income (or spending) transaction may be filed under `category`."""
    return income == (category.direction is CategoryDirection.INCOME)


def _recategorize(ids: list[int], code: str, session: Session, change: journal.ChangeSet) -> None:
    """Move each transaction's category leg to `code`."""
    account_id = resolve_category(code, session=session).account_id
    for transaction_id in ids:
        recategorize_transaction(transaction_id, account_id, session=session, change=change)


def _currency(context: AppContext) -> str:
    """The currency amount bounds are stored in."""
    return context.settings.default_currency
