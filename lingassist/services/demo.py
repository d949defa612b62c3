"""The demo ledger: a realistic year of example data in a separate home.

`generate_demo` turns `demo_catalog` into accounts, about 1,500 balanced transactions
(purchases, bills, salary, card payments, ATM withdrawals, a savings transfer), budgets
and payees, written as one permanent change (undo never removes the demo). The catalog's
amounts are euros with cents, so the demo runs in EUR: `open_demo` forces it.
"""

from __future__ import annotations

import math
import random
from calendar import monthrange
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Insert, insert, select

from lingassist.config import (
    AppPaths,
    Settings,
    demo_home,
    load_settings,
    save_settings,
    window_language,
)
from lingassist.core.accounts import AccountKind, AccountType
from lingassist.core.currency import minor_digits
from lingassist.core.errors import NotFound, UserFacingError
from lingassist.core.money import Money, to_minor
from lingassist.core.phrases import phrase
from lingassist.core.shown_names import demo_text
from lingassist.core.transactions import NewTransaction, Posting, TransactionSource
from lingassist.core.transactions import TransactionStatus as Status
from lingassist.ledger.bulk import bulk_add_transactions
from lingassist.ledger.inserts import insert_one
from lingassist.ledger.journal import ChangeSet, begin_change, forget_history, make_permanent
from lingassist.ledger.repository import (
    create_account,
    find_account,
    resolve_category,
    transaction_count,
)
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import budgets, categories, payees
from lingassist.services import demo_catalog as catalog
from lingassist.services.context import AppContext, open_home

DEMO_CURRENCY = "EUR"
DEMO_LOCALES = {"en": "en_IE", "fr": "fr_FR", "vi": "vi_VN"}  # the demo's locale per language
DEMO_PENDING = "pending"  # marks a demo home whose data is not generated yet
OPENING = "Opening balances"
ACCOUNT_SHAPES = {
    "Checking": (AccountType.ASSET, AccountKind.CHECKING),
    "Savings": (AccountType.ASSET, AccountKind.SAVINGS),
    "Visa": (AccountType.LIABILITY, AccountKind.CARD),
    "Cash": (AccountType.ASSET, AccountKind.CASH),
    OPENING: (AccountType.EQUITY, AccountKind.OPENING),
}
OPENING_CENTS = {"Checking": 340_000, "Savings": 850_000}
TRANSFER_TARGETS = {"TRANSFER_OUT_SAVINGS": "Savings"}  # booked as transfers, not spending
SOURCE = TransactionSource.IMPORT
CARD_PAYMENT_DAY = 3  # Checking pays last month's Visa statement on this day
PENDING_DAYS = 3  # card purchases this recent are still pending
CASH_BUFFER_CENTS = 4_000
ATM_STEP_CENTS = 5_000


@dataclass(frozen=True)
class DemoSummary:
    """What `generate_demo` wrote.

    Attributes:
        transactions: transactions written (opening balances included).
        merchants: distinct merchants the transactions name.
        accounts: money-holding accounts the demo uses (Checking, Savings, Visa, Cash).
        budgets: monthly budgets added.
        payees: transfer payees added.
        first_date: date of the earliest transaction (the opening balances).
        last_date: date of the latest transaction (at most today).
    """

    transactions: int
    merchants: int
    accounts: int
    budgets: int
    payees: int
    first_date: date
    last_date: date


@dataclass(frozen=True)
class _Book:
    """Ids and dates the generators share: account name or category code -> account id."""

    accounts: dict[str, int]
    category_accounts: dict[str, int]
    currency: str
    start: date
    today: date
    language: str = "en"

    def said(self, text: str) -> str:
        """A description the demo writes itself ("Visa card payment"), not a merchant's
        name, in the demo's language ("Règlement de la carte Visa")."""
        return demo_text(text, self.language)

    def entry(self, day: date, text: str, cents: int, *legs: str | None) -> NewTransaction:
        """A transaction of two legs, `debit` account +cents and `credit` account -cents,
        given as `legs` = (debit, credit) or (debit, credit, merchant).

        Visa purchases of the last `PENDING_DAYS` days are pending, the rest cleared.
        """
        debit, credit, merchant = (*legs, None)[:3]
        money = Money.from_minor(cents, self.currency)
        postings = (Posting(self._id(debit), money), Posting(self._id(credit), -money))
        recent = day > self.today - timedelta(days=PENDING_DAYS)
        pending = recent and merchant is not None and credit == "Visa"
        status = Status.PENDING if pending else Status.CLEARED
        return NewTransaction(day, text, postings, merchant, status=status, source=SOURCE)

    def _id(self, name: str | None) -> int:
        return self.accounts.get(name or "") or self.category_accounts[name or ""]


def generate_demo(
    context: AppContext, *, seed: int = 7, progress: Callable[[float], None] | None = None
) -> DemoSummary:
    """Fill the empty ledger of `context` with a year of data ending at `context.today()`,
    its own descriptions ("ATM withdrawal") in the settings' window language.

    Raises:
        UserFacingError: the ledger already holds transactions, or its currency has no
            cents (the catalog's amounts are in cents; use `open_demo`, which forces EUR).
    """
    report = progress or (lambda _fraction: None)
    report(0.0)
    currency = context.settings.default_currency
    if minor_digits(currency) != 2:
        raise UserFacingError(
            phrase("The demo needs a currency with cents, not {currency}.", currency=currency)
        )
    with context.database.sessions.begin() as session:
        if transaction_count(session=session):
            raise UserFacingError(phrase("The demo can only fill an empty ledger."))
        change = begin_change(session, phrase("Generate demo data"))
        book = _open_book(currency, context.today(), session, change)
        book = replace(book, language=window_language(context.settings))
        batch = _transactions(book, random.Random(seed))
        report(0.4)
        bulk_add_transactions(batch, session=session, change=change)
        report(0.8)
        extras = _add_budgets(currency, session, change), _add_payees(session, change)
        make_permanent(change)
    report(1.0)
    merchants = len({t.merchant for t in batch if t.merchant})
    money_accounts = len(book.accounts) - 1  # the opening-balance account holds no money
    return DemoSummary(
        len(batch), merchants, money_accounts, *extras, batch[0].date, batch[-1].date
    )


def open_demo(
    home: Path | None = None,
    *,
    today: Callable[[], date] = date.today,
    language: str | None = None,
) -> AppContext:
    """Open the demo home, (re)generating its data when it is empty, from an earlier month
    or in another language.

    `home` (``--home``) must be a new or empty folder or an earlier demo's; without it the
    separate `demo_home`. `language` ("en", "fr", "vi") is the window's, and the language of
    the descriptions the demo writes itself; None keeps the demo's earlier one (English at
    first). Settings are forced to EUR, Checking and the language's locale (`DEMO_LOCALES`),
    and the folder marked as a demo's, before the ledger is created.

    Raises:
        UserFacingError: `home` holds a person's ledger or other files (nothing is touched).
    """
    paths = AppPaths(home or demo_home())
    if home is not None and not _same_folder(home, demo_home()):
        _refuse_other_data(paths)
    paths.ensure()
    stored = _stored_settings(paths)
    settings = _demo_settings(stored, language)
    save_settings(paths, settings)
    context = open_home(paths.home, today=today)
    with context.database.sessions() as session:
        has_data = transaction_count(session=session) > 0
    same_language = window_language(stored) == window_language(settings)
    if has_data and same_language and _made_this_month(settings.demo_generated_on, today()):
        return context
    context.database.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    context = open_home(paths.home, today=today)
    generate_demo(context)
    _add_pending_payment(context)
    settings = settings.with_changes(demo_generated_on=today().isoformat())
    save_settings(paths, settings)
    return replace(context, settings=settings)


def _add_pending_payment(context: AppContext) -> None:
    """One confirmed payment waiting for the bank, so the Payments view has something to show."""
    from lingassist.services.payments import confirm_payment, draft_payment

    payee, _iban, _bic, reference = catalog.PAYEES[-1]
    checked = draft_payment(
        context,
        payee,
        Decimal("68.00"),
        execution_date=context.today() + timedelta(days=5),
        reference=reference,
    )
    if not checked.blocked:
        confirm_payment(context, checked)
    with context.database.sessions.begin() as session:
        forget_history(session)  # the demo is where the story starts: undo cannot remove it


def _same_folder(one: Path, other: Path) -> bool:
    return one.expanduser().resolve() == other.expanduser().resolve()


def _refuse_other_data(paths: AppPaths) -> None:
    """Raise unless `paths.home` is missing, an empty folder or a demo home: the demo
    replaces the ledger and settings of its home, so it must never run in a person's."""
    home = paths.home
    if not home.exists() or (home.is_dir() and not any(home.iterdir())):
        return
    if _is_demo_home(paths):
        return
    advice = phrase("Use an empty folder for --home, or no --home to use the separate demo folder.")
    if not home.is_dir():
        raise UserFacingError(
            phrase(
                "The demo needs a folder, and {home} is a file. {advice}",
                home=str(home),
                advice=advice,
            )
        )
    if paths.settings.exists() or paths.database.exists():
        raise UserFacingError(
            phrase(
                "{home} holds a LingAssist ledger that is not a demo; the demo never replaces "
                "it. {advice}",
                home=str(home),
                advice=advice,
            )
        )
    raise UserFacingError(
        phrase(
            "{home} is not empty and not a demo's folder. {advice}", home=str(home), advice=advice
        )
    )


def _is_demo_home(paths: AppPaths) -> bool:
    """Whether the settings in the home carry the demo's mark (a damaged file does not)."""
    try:
        return paths.settings.is_file() and bool(load_settings(paths).demo_generated_on)
    except UserFacingError:
        return False


def _stored_settings(paths: AppPaths) -> Settings:
    """The demo home's stored settings (the defaults for a missing or damaged file)."""
    try:
        return load_settings(paths) if paths.settings.exists() else Settings()
    except UserFacingError:
        return Settings()


def _demo_settings(stored: Settings, language: str | None) -> Settings:
    """The `stored` settings with the demo's values forced, in `language` (None: the
    stored one, "en" for a new demo), and the demo's mark set (`DEMO_PENDING` until data
    has been generated)."""
    earlier = stored.language if stored.demo_generated_on else ""
    chosen = language if language is not None else earlier
    chosen = chosen if chosen in DEMO_LOCALES else "en"
    return stored.with_changes(
        default_currency=DEMO_CURRENCY,
        default_account="Checking",
        locale=DEMO_LOCALES[chosen],
        language=chosen,
        database_url="",
        demo_generated_on=stored.demo_generated_on or DEMO_PENDING,
    )


def _made_this_month(generated_on: str, today: date) -> bool:
    try:
        made = date.fromisoformat(generated_on)
    except ValueError:
        return False
    return (made.year, made.month) >= (today.year, today.month)


def _one_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _open_book(currency: str, today: date, session: Session, change: ChangeSet) -> _Book:
    """The accounts and categories the demo posts to, and its year ending `today`."""
    accounts = _demo_accounts(currency, session, change)
    return _Book(accounts, _category_accounts(session), currency, _one_year_before(today), today)


def _demo_accounts(currency: str, session: Session, change: ChangeSet) -> dict[str, int]:
    """Name -> id of the demo's money accounts and the opening-balance account, creating
    the missing ones."""
    ids = {}
    for name in dict.fromkeys((*catalog.ACCOUNTS, *ACCOUNT_SHAPES)):
        kind = ACCOUNT_SHAPES.get(name, (AccountType.ASSET, AccountKind.OTHER))
        try:
            ids[name] = find_account(name, session=session).id
        except NotFound:
            ids[name] = create_account(name, *kind, currency, session=session, change=change).id
    return ids


def _category_accounts(session: Session) -> dict[str, int]:
    """Category code -> its account id, for every code the catalog names."""
    codes = {m.category for m in catalog.MERCHANTS} | {r.category for r in catalog.RECURRING}
    return {code: resolve_category(code, session=session).account_id for code in codes}


def _transactions(book: _Book, rng: random.Random) -> list[NewTransaction]:
    """Every demo transaction, sorted by date."""
    months = list(_months(book.start + timedelta(days=1), book.today))
    batch = [
        book.entry(book.start, book.said("Opening balance"), cents, name, OPENING)
        for name, cents in OPENING_CENTS.items()
    ]
    batch += _purchases(book, rng, months) + _recurring(book, months)
    batch += _card_payments(book, batch, months) + _cash_withdrawals(book, batch, months)
    return sorted(batch, key=lambda t: t.date)


def _months(first: date, last: date) -> Iterator[list[date]]:
    """The days from `first` to `last`, one list per calendar month."""
    day = first
    while day <= last:
        end = min(last, day.replace(day=monthrange(day.year, day.month)[1]))
        yield [day + timedelta(days=n) for n in range((end - day).days + 1)]
        day = end + timedelta(days=1)


def _purchases(book: _Book, rng: random.Random, months: list[list[date]]) -> list[NewTransaction]:
    """Merchant purchases: a Poisson number per month, on weekend-weighted random days."""
    found = []
    for days in months:
        share = len(days) / monthrange(days[0].year, days[0].month)[1]
        for shop in catalog.MERCHANTS:
            bias = getattr(shop, "weekend_bias", 1.0)
            weights = [bias if day.weekday() >= 5 else 1.0 for day in days]
            if not any(weights):
                continue
            for _ in range(_poisson(rng, shop.visits_per_month * share)):
                day = rng.choices(days, weights)[0]
                cents = rng.randint(to_minor(shop.low, "EUR"), to_minor(shop.high, "EUR"))
                legs = (shop.category, shop.account, shop.name)
                found.append(book.entry(day, shop.name, cents, *legs))
    return found


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson-distributed count (Knuth's method; the means here are small)."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _recurring(book: _Book, months: list[list[date]]) -> list[NewTransaction]:
    """Salary, interest, bills and the savings transfer on their day of each month."""
    found = []
    for days in months:
        for item in catalog.RECURRING:
            day = days[0].replace(day=item.day_of_month)
            if not days[0] <= day <= days[-1]:
                continue
            text = book.said(item.name) if item.category in TRANSFER_TARGETS else item.name
            found.append(book.entry(day, text, to_minor(item.amount, "EUR"), *_legs(item)))
    return found


def _legs(item: catalog.RecurringItem) -> tuple[str, ...]:
    """(debit, credit[, merchant]) of a recurring item; a savings transfer has no category."""
    if item.category in TRANSFER_TARGETS:
        return TRANSFER_TARGETS[item.category], item.account
    if item.is_income:
        return item.account, item.category, item.name
    return item.category, item.account, item.name


def _spent(batch: list[NewTransaction], account_id: int, days: list[date]) -> int:
    """Cents that left `account_id` (net) on `days`."""
    inside = (t for t in batch if days[0] <= t.date <= days[-1])
    return -sum(p.money.minor for t in inside for p in t.postings if p.account_id == account_id)


def _card_payments(
    book: _Book, batch: list[NewTransaction], months: list[list[date]]
) -> list[NewTransaction]:
    """Each month Checking pays the whole of last month's Visa statement."""
    visa = book.accounts["Visa"]
    found = []
    for previous, days in zip(months, months[1:], strict=False):
        day = days[0].replace(day=CARD_PAYMENT_DAY)
        spent = _spent(batch, visa, previous)
        if day <= days[-1] and spent > 0:
            found.append(book.entry(day, book.said("Visa card payment"), spent, "Visa", "Checking"))
    return found


def _cash_withdrawals(
    book: _Book, batch: list[NewTransaction], months: list[list[date]]
) -> list[NewTransaction]:
    """ATM withdrawals on the 1st and the 15th, in round amounts, so Cash never runs dry."""
    cash, balance, found = book.accounts["Cash"], 0, []
    cuts = [(days, max(0, 15 - days[0].day)) for days in months]
    for half in filter(None, (h for days, cut in cuts for h in (days[:cut], days[cut:]))):
        spent = _spent(batch, cash, half)
        needed = spent + CASH_BUFFER_CENTS - balance
        if needed > 0:
            cents = -(-needed // ATM_STEP_CENTS) * ATM_STEP_CENTS
            found.append(
                book.entry(half[0], book.said("ATM withdrawal"), cents, "Cash", "Checking")
            )
            balance += cents
        balance -= spent
    return found


def _category_id(code: str, session: Session) -> int:
    """The categories row id of a code (primary or detailed), resolved like a person's."""
    account_id = resolve_category(code, session=session).account_id
    statement = select(categories.c.id).where(categories.c.account_id == account_id)
    return int(session.execute(statement).scalar_one())


def _add_budgets(currency: str, session: Session, change: ChangeSet) -> int:
    """Monthly budgets from the catalog; returns how many."""
    for code, amount in catalog.BUDGETS:
        row = insert(budgets).values(
            category_id=_category_id(code, session), amount_minor=to_minor(amount, currency)
        )
        _insert(row.values(period="month", currency=currency), "budget", session, change)
    return len(catalog.BUDGETS)


def _add_payees(session: Session, change: ChangeSet) -> int:
    """Saved transfer payees; a payee that is also a monthly bill gets its category."""
    bills = {item.name: item.category for item in catalog.RECURRING}
    for name, iban, bic, reference in catalog.PAYEES:
        row = insert(payees).values(name=name, iban=iban, bic=bic, reference=reference)
        if name in bills:
            row = row.values(default_category_id=_category_id(bills[name], session))
        _insert(row, "payee", session, change)
    return len(catalog.PAYEES)


def _insert(statement: Insert, entity: str, session: Session, change: ChangeSet) -> None:
    """Run an insert of one row and record the row in the change set."""
    change.created(entity, insert_one(session, statement))
