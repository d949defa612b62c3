"""Writes the assistant proposes: each becomes a card; only a confirmation carries it out.

A card lists every field with the words it came from ("€12.50 — from 'twelve fifty'").
Expenses, income, budgets, recategorizations and transfers are carried out by `carry_out`
and can be undone. "Undo" is a card too: it shows the change it would take back, and
confirming it takes back that change and no other. A payment card carries a checked
draft: confirming it (in the window, through a dialog whose default button is Cancel)
records a *pending* payment through `services.payments.confirm_payment`, the only
function that does; no money moves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from lingassist.assistant.types import ENTRY_INTENTS, Intent, ParsedCommand
from lingassist.categorize.suggestion import Layer
from lingassist.config import window_language
from lingassist.core.category_groups import is_detailed
from lingassist.core.errors import NotFound, UserFacingError
from lingassist.core.money import Money, to_minor
from lingassist.core.phrases import AccountName, Amount, CategoryName, Phrase, phrase
from lingassist.core.shown_names import account_shown
from lingassist.core.transactions import NewTransaction, Posting, TransactionSource
from lingassist.ledger import journal
from lingassist.ledger.budgets import set_budget
from lingassist.ledger.journal import ChangeRef
from lingassist.ledger.recategorize import (
    category_id_of,
    latest_transaction,
    recategorize_transaction,
    transaction_of_amount,
)
from lingassist.ledger.repository import (
    add_transaction,
    all_categories,
    find_account,
    resolve_category,
)
from lingassist.ledger.sessions import Session
from lingassist.payments.draft import CheckedDraft
from lingassist.payments.epc_qr import find_iban_in_text
from lingassist.services import card_phrases
from lingassist.services.context import AppContext
from lingassist.services.entries import (
    UNCATEGORIZED_INCOME,
    EntryRequest,
    SavedEntry,
    currency_mismatch,
    paying_account,
    record_entry,
    split_shares,
    undo_last_said,
    undo_preview,
)
from lingassist.services.formatting import money_text
from lingassist.services.merchant_keys import file_merchant, transactions_at
from lingassist.services.payments import confirm_payment, draft_payment
from lingassist.services.recurring import REPEATS_MARK
from lingassist.services.replies import say

CARD_INTENTS = (
    Intent.ADD_EXPENSE,
    Intent.ADD_INCOME,
    Intent.ADD_REFUND,
    Intent.SPLIT_EXPENSE,
    Intent.SET_BUDGET,
    Intent.RECATEGORIZE,
    Intent.TRANSFER,
    Intent.DRAFT_PAYMENT,
    Intent.UNDO,
)


@dataclass(frozen=True)
class CardField:
    """One line of an action card.

    Attributes:
        label: what the field is ("Amount").
        value: the value as it will be written ("€12.50").
        source: the person's words it came from ("twelve fifty"), "" when not said.
        note: why a value that was not said was chosen ("suggested: you filed …").
        phrase: the value as a phrase, when LingAssist wrote it in words ("— not saved
            yet", "2 Blue Bottle transactions"), so a window can say it in its language;
            None when the value is a name, an amount or a date, shown as it is.
    """

    label: str
    value: str
    source: str = ""
    note: str = ""
    phrase: Phrase | None = None


@dataclass(frozen=True)
class CardTitle:
    """A card's title as a template and its values, so that a window can say it in its
    own language ("Add expense {amount} at {where}").

    Attributes:
        template: the English template, with ``{name}`` fields.
        values: each field's value, as pairs; "category" holds the English name of the
            command's category, "origin" and "target" name accounts.
    """

    template: str
    values: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        """The title in English, filled in."""
        return self.template.format(**dict(self.values))


def _titled(template: str, **values: str) -> CardTitle:
    return CardTitle(template, tuple(values.items()))


@dataclass(frozen=True)
class Proposal:
    """A write waiting for the person's confirmation.

    Attributes:
        title: one line saying what will happen ("Add expense €12.50 at Blue Bottle").
        fields: the card's lines.
        command: what was understood.
        source: typed or spoken.
        problems: reasons it cannot be carried out as it is (shown; Confirm disabled), as
            phrases (`str()` gives the English).
        warnings: things to check before confirming (shown; Confirm stays enabled).
        payment: the checked payment draft, for a payment card (confirmed in a dialog).
        undoes: for an undo card, the change it shows; confirming refuses to take back
            any other (the ledger may change while the card waits).
        editable: False when there are no words to put back for editing (a bill's
            payment code read from an image).
        heading: the title as a template and values (`title` filled in English).
        replaces: for an entry that corrects one saved a moment ago ("make it 48"), that
            entry: confirming removes it and records this one as one change.
    """

    title: str
    fields: tuple[CardField, ...]
    command: ParsedCommand
    source: TransactionSource
    problems: tuple[Phrase, ...] = ()
    warnings: tuple[Phrase, ...] = ()
    payment: CheckedDraft | None = None
    undoes: ChangeRef | None = None
    editable: bool = True
    heading: CardTitle | None = None
    replaces: SavedEntry | None = None


def propose(context: AppContext, command: ParsedCommand, source: TransactionSource) -> Proposal:
    """The card for a write command; nothing is written."""
    builders = {
        Intent.ADD_EXPENSE: _entry_card,
        Intent.ADD_INCOME: _entry_card,
        Intent.ADD_REFUND: _entry_card,
        Intent.SPLIT_EXPENSE: _entry_card,
        Intent.SET_BUDGET: _budget_card,
        Intent.RECATEGORIZE: _recategorize_card,
        Intent.TRANSFER: _transfer_card,
        Intent.DRAFT_PAYMENT: _payment_card,
        Intent.UNDO: _undo_card,
    }
    return builders[command.intent](context, command, source)


def carry_out(context: AppContext, proposal: Proposal) -> Phrase:
    """Do what a confirmed card says, as one undoable change; return what was done.

    Raises:
        UserFacingError: the card has problems, or the ledger refuses it (message says why);
            `ChangedMeanwhile` for an undo card whose change is no longer the newest.
    """
    if proposal.problems:
        said = proposal.problems[0]
        for problem in proposal.problems[1:]:  # the English text joins them with a space
            said = phrase("{first} {then}", first=said, then=problem)
        raise UserFacingError(said)
    command = proposal.command
    if proposal.undoes is not None:
        return undo_last_said(context, expected=proposal.undoes)
    if proposal.payment is not None:
        row = confirm_payment(context, proposal.payment)
        return phrase(
            "Payment to {payee} is pending: hand it to your bank (QR code or SEPA file).",
            payee=row.merchant or "",
        )
    if command.intent in ENTRY_INTENTS:
        request = _entry_request(context, command, proposal.source)
        entry = record_entry(context, request, replacing=proposal.replaces)
        return entry.said or Phrase(entry.message)
    actions = {
        Intent.SET_BUDGET: _set_budget,
        Intent.RECATEGORIZE: _recategorize,
        Intent.TRANSFER: _transfer,
    }
    return actions[command.intent](context, command)


# -- cards ----------------------------------------------------------------------------


def _entry_card(context: AppContext, command: ParsedCommand, source: TransactionSource) -> Proposal:
    if command.category and not is_detailed(command.category):
        command = replace(command, category=None)  # "food 12": the advisor picks the detail
    command, note = _with_suggested_category(context, command)
    income = command.intent is Intent.ADD_INCOME
    # (income named by no category is filed as "Other income": the card says so)
    filed_as = command.category or (UNCATEGORIZED_INCOME if income else None)
    category = _category_name(context, filed_as) or "Uncategorized"
    amount = _money_text(context, command)
    where = command.merchant or command.payee
    fields = [
        _field(command, "amount", "Amount", amount),
        _field(command, "merchant", "From" if income else "Merchant", where or "—"),
        replace(_field(command, "category", "Category", category), note=note),
        _field(
            command,
            "account",
            "Account",
            _stored_account(context, command.account) or context.settings.default_account,
        ),
        _field(command, "date", "Date", (command.date or context.today()).isoformat()),
    ]
    fields += _share_fields(context, command)
    if command.recurrence:
        repeats = _field(command, "recurrence", "Repeats", command.recurrence)
        fields.append(replace(repeats, phrase=card_phrases.repeats(command.recurrence)))
    if command.memo:
        fields.append(_field(command, "memo", "Note", command.memo))
    title = _entry_heading(_ENTRY_TITLES[command.intent], command, amount)
    problems = _problems(context, command) + _currency_problems(context, command)
    return Proposal(title.text, tuple(fields), command, source, problems, heading=title)


def replacing_card(context: AppContext, proposal: Proposal, saved: SavedEntry) -> Proposal:
    """`proposal`'s entry in place of `saved` ("make it 48" after "dinner 40" was
    confirmed): titled as a change of the saved entry, its first line the entry it
    replaces; confirming records it and removes the saved one as one change."""
    command = proposal.command
    locale = context.settings.locale
    old = money_text(saved.money.amount, saved.money.currency, locale)
    amount = _money_text(context, command)
    if amount == old:  # "no, yesterday", "+ Kim": the same figure, something else changed
        title = _entry_heading("Change the saved", command, amount, suffix=" entry")
    else:
        title = _entry_heading("Change the saved {old} entry to", command, amount, old=old)
    line = saved.line(locale)
    replaced = CardField("Replaces", line.text, phrase=line)
    return replace(
        proposal,
        title=title.text,
        heading=title,
        fields=(replaced, *proposal.fields),
        replaces=saved,
    )


def _entry_heading(
    lead: str, command: ParsedCommand, amount: str, suffix: str = "", **values: str
) -> CardTitle:
    """An entry card's title: `lead`, the amount (then `suffix`: "Change the saved €90.00
    entry"), and where the money went ("at Lidl") or came from ("from ACME", for income and
    refunds) when the entry names it."""
    where = command.merchant or command.payee
    if not where:
        return _titled(f"{lead} {{amount}}{suffix}", amount=amount, **values)
    joined = "from" if command.intent in (Intent.ADD_INCOME, Intent.ADD_REFUND) else "at"
    return _titled(
        f"{lead} {{amount}}{suffix} {joined} {{where}}", amount=amount, where=where, **values
    )


_ENTRY_TITLES = {
    Intent.ADD_EXPENSE: "Add expense",
    Intent.ADD_INCOME: "Add income",
    Intent.ADD_REFUND: "Add refund",
    Intent.SPLIT_EXPENSE: "Add shared expense",
}


def _share_fields(context: AppContext, command: ParsedCommand) -> list[CardField]:
    """ "Your share €30.00" and "Tom owes €30.00" for a split expense."""
    if command.intent is not Intent.SPLIT_EXPENSE or command.amount is None:
        return []
    total = Money(command.amount, command.currency or context.settings.default_currency)
    people = sharing_people(command)
    mine, theirs = split_shares(total, people)
    names = card_phrases.sharers(command.split_with, people, counted=bool(command.split_ways))
    owed = phrase("{amount} by {names}", amount=_shown(context, theirs), names=names)
    return [
        CardField("Your share", _shown(context, mine)),
        replace(_field(command, "split_with", "Owed to you", owed.text), phrase=owed),
    ]


def _with_suggested_category(
    context: AppContext, command: ParsedCommand
) -> tuple[ParsedCommand, str]:
    """Fill an unsaid category from the advisor (with the reason), when it is confident."""
    words = command.merchant or command.payee or command.memo
    if command.category or not words:
        return command, ""
    income = command.intent is Intent.ADD_INCOME
    amount = command.amount if income else -(command.amount or Decimal(0))
    suggestion = context.advisor.suggest(words, amount)
    if suggestion.layer is Layer.FALLBACK or (suggestion.primary == "INCOME") != income:
        return command, ""
    return replace(command, category=suggestion.code), f"suggested: {suggestion.reason}"


def _budget_card(
    context: AppContext, command: ParsedCommand, source: TransactionSource
) -> Proposal:
    name = _category_name(context, command.category) or "?"
    amount = _money_text(context, command)
    fields = (
        _field(command, "category", "Category", name),
        _field(command, "amount", "Each month", amount),
    )
    problems: tuple[Phrase, ...] = (
        ()
        if command.category
        else (phrase("Which category? Say e.g. “budget 200 for groceries”."),)
    )
    if command.recurrence not in (None, "monthly"):  # a budget is a limit per month
        # ("weekly" heard): said on the card, never set silently as that amount a month
        problems += (
            phrase(
                "Budgets are kept by the month only: say how much for a month, "
                "e.g. “budget 500 a month for groceries”."
            ),
        )
    title = _titled("Set a monthly budget of {amount} for {category}", amount=amount, category=name)
    return Proposal(title.text, fields, command, source, problems, heading=title)


def _recategorize_card(
    context: AppContext, command: ParsedCommand, source: TransactionSource
) -> Proposal:
    name = _category_name(context, command.category) or "?"
    problems: tuple[Phrase, ...] = (
        () if command.category else (phrase("Which category should it go to?"),)
    )
    if command.amount is not None:
        return _one_entry_moved_card(context, command, source, name, problems)
    with context.database.sessions() as session:
        ids = transactions_at(command.merchant, session=session) if command.merchant else []
        latest = latest_transaction(session=session)
    if command.merchant:
        counted = (
            "{count} {merchant} transaction" if len(ids) == 1 else "{count} {merchant} transactions"
        )
        target = phrase(counted, count=str(len(ids)), merchant=command.merchant)
        none = phrase("There are no {merchant} transactions.", merchant=command.merchant)
        problems += () if ids else (none,)
        moved = (
            "Move 1 {merchant} transaction"
            if len(ids) == 1
            else "Move {count} {merchant} transactions"
        )
        title = _titled(
            moved + " to {category}", count=str(len(ids)), merchant=command.merchant, category=name
        )
    else:
        target = phrase("your latest transaction")
        problems += () if latest else (phrase("There is no transaction yet."),)
        title = _titled("Move your latest transaction to {category}", category=name)
    what = replace(_field(command, "merchant", "Move", target.text), phrase=target)
    fields = (what, _field(command, "category", "To", name))
    return Proposal(title.text, fields, command, source, problems, heading=title)


def _one_entry_moved_card(
    context: AppContext,
    command: ParsedCommand,
    source: TransactionSource,
    name: str,
    problems: tuple[Phrase, ...],
) -> Proposal:
    """The card of one entry named by its amount ("that 38 uber should be work"): the newest
    of that amount (at the merchant said) moves, and the merchant's other entries stay."""
    amount = _money_text(context, command)
    with context.database.sessions() as session:
        found = _moved_targets(context, command, session)
    merchant = command.merchant or ""
    if merchant:
        target = phrase("the {amount} {merchant} transaction", amount=amount, merchant=merchant)
        title = _titled(
            "Move the {amount} {merchant} transaction to {category}",
            amount=amount,
            merchant=merchant,
            category=name,
        )
    else:
        target = phrase("the {amount} transaction", amount=amount)
        title = _titled("Move the {amount} transaction to {category}", amount=amount, category=name)
    if not found:
        problems += (phrase("There is no transaction of {amount}.", amount=amount),)
    what = replace(_field(command, "amount", "Move", target.text), phrase=target)
    fields = (what, _field(command, "category", "To", name))
    return Proposal(title.text, fields, command, source, problems, heading=title)


def _moved_targets(context: AppContext, command: ParsedCommand, session: Session) -> list[int]:
    """The transactions a change of category moves: the newest one of the amount said ("that
    38 uber should be work"), at the merchant named when there is one; without an amount,
    every transaction at the merchant named; without either, the latest one."""
    if command.amount is not None:
        at = transactions_at(command.merchant, session=session) if command.merchant else None
        currency = command.currency or context.settings.default_currency
        minor = to_minor(command.amount, currency)
        found = transaction_of_amount(minor, currency, at, session=session)
        return [found] if found is not None else []
    if command.merchant:  # every form of its name: "Woolworths", "POS 4411 WOOLWORTHS"
        return transactions_at(command.merchant, session=session)
    latest = latest_transaction(session=session)
    return [latest] if latest is not None else []


def _source_account(context: AppContext, command: ParsedCommand) -> str | None:
    """Where a transfer's money comes from: the account said, or for cash taken out of a
    machine (nothing said), the account that pays when a command names none."""
    if command.account is None and "account" not in command.missing:
        return context.settings.default_account
    return _stored_account(context, command.account)


def _transfer_card(
    context: AppContext, command: ParsedCommand, source: TransactionSource
) -> Proposal:
    amount = _money_text(context, command)
    origin = _source_account(context, command) or "?"
    target = _stored_account(context, command.to_account) or "?"
    fields = (
        _field(command, "amount", "Amount", amount),
        _field(command, "account", "From", origin),
        _field(command, "to_account", "To", target),
    )
    problems = _problems(context, command) + _account_problems(context, (command.to_account,))
    title = _titled(
        "Move {amount} from {origin} to {target}", amount=amount, origin=origin, target=target
    )
    return Proposal(title.text, fields, command, source, problems, heading=title)


def _payment_card(
    context: AppContext, command: ParsedCommand, source: TransactionSource
) -> Proposal:
    """A payment draft checked against the ledger; the person confirms it in a dialog. An
    IBAN written in the sentence ("pay 950 to Landlord Ltd IBAN DE89…") is the draft's."""
    name = command.payee or command.merchant or ""
    written = find_iban_in_text(command.text)
    checked = draft_payment(
        context,
        name,
        command.amount or Decimal(0),
        currency=command.currency or "",
        execution_date=command.date,
        reference=command.memo,
        account=command.account or "",
        iban=written[0] if written else "",
    )
    return payment_proposal(context, checked, command, source)


def payment_proposal(
    context: AppContext,
    checked: CheckedDraft,
    command: ParsedCommand,
    source: TransactionSource,
    *,
    read_from: str = "",
) -> Proposal:
    """The card of a checked payment draft (said, or read from a bill's code: `read_from`
    names the image, shown as where the payee, account, amount and reference came from)."""
    draft = checked.draft

    def field(slot: str, label: str, value: str) -> CardField:
        return (
            CardField(label, value, read_from) if read_from else _field(command, slot, label, value)
        )

    amount = money_text(draft.amount, draft.currency, context.settings.locale)
    unsaved = phrase("— not saved yet")
    in_words = phrase("{amount} ({in_words})", amount=amount, in_words=draft.amount_in_words)
    account = field("", "Bank" if draft.is_vietnamese_account else "IBAN", draft.account_text)
    fields = (
        field("payee", "Pay", draft.payee or "?"),
        account if draft.account_text else replace(account, value=unsaved.text, phrase=unsaved),
        replace(field("amount", "Amount", in_words.text), phrase=in_words),
        _field(command, "date", "On", draft.execution_date.isoformat()),
        field("memo", "Reference", draft.reference or "—"),
        _field(command, "account", "From", draft.account),
    )
    blocking = tuple(p.said for p in checked.problems if p.blocking)
    warnings = tuple(p.said for p in checked.problems if not p.blocking)
    title = (
        _titled("Pay {amount} to {payee}", amount=amount, payee=draft.payee)
        if draft.payee
        else _titled("Pay {amount}", amount=amount)
    )
    return Proposal(
        title.text,
        fields,
        command,
        source,
        blocking,
        warnings,
        checked,
        editable=not read_from,
        heading=title,
    )


def _undo_card(context: AppContext, command: ParsedCommand, source: TransactionSource) -> Proposal:
    """The newest change and what undoing it removes or puts back; nothing is undone yet."""
    preview = undo_preview(context)
    if preview is None:
        nothing = (phrase("There is nothing to undo."),)
        return Proposal("Undo", (), command, source, nothing, heading=_titled("Undo"))
    said = preview.said_effects or tuple(Phrase(what) for _, what in preview.effects)
    fields = tuple(
        CardField(verb, what, phrase=shown)
        for (verb, what), shown in zip(preview.effects, said, strict=True)
    )
    title = _titled("Undo: {change}", change=preview.change.label)
    return Proposal(title.text, fields, command, source, undoes=preview.change, heading=title)


# -- carrying out ---------------------------------------------------------------------


def _set_budget(context: AppContext, command: ParsedCommand) -> Phrase:
    money = _money(context, command)
    with context.database.sessions.begin() as session:
        category = resolve_category(command.category or "", session=session)
        label = phrase(
            "Set budget {amount} for {category}",
            amount=Amount.of(money),
            category=CategoryName(category.code, category.name),
        )
        change = journal.begin_change(session, label)
        set_budget(
            category_id_of(category.code, session=session), money, session=session, change=change
        )
    return phrase(
        "Budget set: {amount} a month for {category}.",
        amount=_shown(context, money),
        category=CategoryName(category.code, category.name),
    )


def _recategorize(context: AppContext, command: ParsedCommand) -> Phrase:
    # a merchant's entries move and it is filed there from now on, unless one entry is named
    # by its amount ("that 38 uber should be work": an exception, not a rule)
    filed = command.merchant or "" if command.amount is None else ""
    with context.database.sessions.begin() as session:
        category = resolve_category(command.category or "", session=session)
        change = journal.begin_change(
            session,
            phrase("Move to {category}", category=CategoryName(category.code, category.name)),
        )
        targets = _moved_targets(context, command, session)
        for transaction_id in targets:
            recategorize_transaction(
                transaction_id, category.account_id, session=session, change=change
            )
        if filed:
            file_merchant(
                filed,
                category_id_of(category.code, session=session),
                session=session,
                change=change,
            )
    if filed:
        context.advisor.learn(filed, category.code)
    return card_phrases.moved(len(targets), category.code, category.name, filed)


def transfer_description(account: str, language: str) -> str:
    """What a transfer is called in the ledger, in the window's language ("Virement vers
    Épargne"), written once when the person confirms it."""
    shown = account_shown(account, language)
    return say(language, "ledger.transfer_to", account=shown) or f"Transfer to {account}"


def _transfer(context: AppContext, command: ParsedCommand) -> Phrase:
    with context.database.sessions.begin() as session:
        origin = find_account(_source_account(context, command) or "", session=session)
        target = find_account(command.to_account or "", session=session)
        money = _money(context, command, origin.currency)
        new = NewTransaction(
            date=command.date or context.today(),
            description=transfer_description(target.name, window_language(context.settings)),
            postings=(Posting(target.id, money), Posting(origin.id, -money)),
            memo=command.memo or "",
            source=TransactionSource.TEXT,
        )
        label = phrase(
            "Move {amount} from {origin} to {target}",
            amount=Amount.of(money),
            origin=AccountName(origin.name),
            target=AccountName(target.name),
        )
        change = journal.begin_change(session, label)
        add_transaction(new, session=session, change=change)
    return phrase(
        "Moved {amount} from {origin} to {target}.",
        amount=_shown(context, money),
        origin=AccountName(origin.name),
        target=AccountName(target.name),
    )


# -- helpers --------------------------------------------------------------------------


def _entry_request(
    context: AppContext, command: ParsedCommand, source: TransactionSource
) -> EntryRequest:
    return EntryRequest(
        amount=f"{command.amount} {command.currency or context.settings.default_currency}",
        merchant=command.merchant or command.payee or "",
        category=command.category or "",
        date=(command.date or context.today()).isoformat(),
        account=command.account or "",
        memo=_entry_memo(command),
        income=command.intent is Intent.ADD_INCOME,
        refund=command.intent is Intent.ADD_REFUND,
        shared_with=command.split_with if command.intent is Intent.SPLIT_EXPENSE else (),
        people=sharing_people(command) if command.intent is Intent.SPLIT_EXPENSE else 1,
        source=source,
    )


def sharing_people(command: ParsedCommand) -> int:
    """How many people share a split expense, the person included: as counted ("3 ways"),
    else the person and everyone named."""
    return command.split_ways or len(command.split_with) + 1


def _entry_memo(command: ParsedCommand) -> str:
    """The note kept with an entry: what it was for, who shares it, how often it repeats
    (the subscription finder reads the last as a known repeat)."""
    parts = [command.memo or ""]
    if command.intent is Intent.SPLIT_EXPENSE and command.split_with:
        parts.append(f"split with {', '.join(command.split_with)}")
    elif command.intent is Intent.SPLIT_EXPENSE and command.split_ways:
        parts.append(f"split {command.split_ways} ways")
    if command.recurrence:
        parts.append(f"{REPEATS_MARK} {command.recurrence}")
    return "; ".join(p for p in parts if p)


def _problems(context: AppContext, command: ParsedCommand) -> tuple[Phrase, ...]:
    problems = [card_phrases.missing(name) for name in command.missing]
    if command.amount is not None and command.amount <= 0:
        problems.append(phrase("The amount must be more than zero."))
    return tuple(problems) + _account_problems(context, (command.account,))


def _currency_problems(context: AppContext, command: ParsedCommand) -> tuple[Phrase, ...]:
    """An entry in a currency its account does not hold, said on the card before Enter is
    offered (Confirm would refuse it: "Checking holds EUR, but the amount is in KRW")."""
    if not command.currency:
        return ()
    with context.database.sessions() as session:
        try:
            account = paying_account(context, command.account or "", session)
        except UserFacingError:
            return ()  # no such account: `_account_problems` says so
        mismatch = currency_mismatch(account, command.currency)
    return () if mismatch is None else (mismatch,)


def _account_problems(context: AppContext, names: tuple[str | None, ...]) -> tuple[Phrase, ...]:
    problems = []
    with context.database.sessions() as session:
        for name in names:
            if name:
                try:
                    find_account(name, session=session)
                except NotFound:
                    problems.append(card_phrases.no_account(name, session=session))
    return tuple(problems)


def _stored_account(context: AppContext, name: str | None) -> str:
    with context.database.sessions() as session:
        return card_phrases.stored_account(name, session=session)


def _field(command: ParsedCommand, slot: str, label: str, value: str) -> CardField:
    span = command.spans.get(slot)
    return CardField(label, value, span.source if span else "")


def _money(context: AppContext, command: ParsedCommand, currency: str | None = None) -> Money:
    if command.amount is None:
        raise UserFacingError(phrase("How much? Say or type the amount."))
    return Money(command.amount, command.currency or currency or context.settings.default_currency)


def _shown(context: AppContext, money: Money) -> str:
    return money_text(money.amount, money.currency, context.settings.locale)


def _money_text(context: AppContext, command: ParsedCommand) -> str:
    if command.amount is None:
        return "?"
    currency = command.currency or context.settings.default_currency
    return money_text(Decimal(command.amount), currency, context.settings.locale)


def _category_name(context: AppContext, code: str | None) -> str:
    if not code:
        return ""
    with context.database.sessions() as session:
        names = {c.code: c.name for c in all_categories(session=session)}
    return names.get(code, code)
