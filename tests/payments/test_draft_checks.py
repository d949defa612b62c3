"""`check_draft`: each rule, against hand-made ledger facts (no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from lingassist.payments.draft import (
    CheckedDraft,
    DraftSource,
    LedgerFacts,
    PastPayment,
    Payee,
    PaymentDraft,
    ProblemCode,
    check_draft,
)

TODAY = date(2026, 11, 23)
IBAN = "DE89370400440532013000"
ALICE = Payee(1, "Alice Martin", IBAN)
DRAFT = PaymentDraft("Alice Martin", IBAN, Decimal("40.50"), "EUR", date(2026, 11, 27))
PAID = PastPayment(7, Decimal("30.00"), "EUR", date(2026, 10, 1), "cleared")
FACTS = LedgerFacts(ALICE, "Checking", "EUR", Decimal("1000.00"), Decimal(0), (PAID,))


def codes(draft: PaymentDraft = DRAFT, facts: LedgerFacts = FACTS) -> list[ProblemCode]:
    return [p.code for p in check_draft(draft, today=TODAY, facts=facts)]


def blocking(draft: PaymentDraft = DRAFT, facts: LedgerFacts = FACTS) -> list[ProblemCode]:
    return [p.code for p in check_draft(draft, today=TODAY, facts=facts) if p.blocking]


def test_a_good_draft_has_no_problems() -> None:
    assert codes() == []


def test_unknown_payee_is_blocking_and_asks_for_the_iban() -> None:
    problems = check_draft(replace(DRAFT, iban=""), today=TODAY, facts=replace(FACTS, payee=None))
    assert [(p.code, p.blocking) for p in problems] == [
        (ProblemCode.PAYEE_UNKNOWN, True),
        (ProblemCode.IBAN_MISSING, True),
    ]
    assert "never guesses" in problems[0].message


def test_no_payee_name_is_blocking() -> None:
    assert blocking(replace(DRAFT, payee="  ")) == [ProblemCode.PAYEE_MISSING]


def test_missing_iban_is_blocking() -> None:
    assert blocking(replace(DRAFT, iban=""), replace(FACTS, payee=replace(ALICE, iban=""))) == [
        ProblemCode.IBAN_MISSING
    ]


@pytest.mark.parametrize(
    ("iban", "code"),
    [
        ("DE88370400440532013000", ProblemCode.IBAN_CHECKSUM),
        ("DE8937040044053201300", ProblemCode.IBAN_LENGTH),
        ("ZZ89370400440532013000", ProblemCode.IBAN_COUNTRY),
    ],
)
def test_invalid_iban_is_blocking(iban: str, code: ProblemCode) -> None:
    facts = replace(FACTS, payee=replace(ALICE, iban=iban))
    assert blocking(replace(DRAFT, iban=iban), facts) == [code]


def test_bic_from_another_country_is_blocking() -> None:
    assert blocking(replace(DRAFT, bic="ABNANL2A")) == [ProblemCode.BIC_COUNTRY]


def test_an_iban_that_is_not_the_payees_is_blocking() -> None:
    other = "NL91ABNA0417164300"
    problems = check_draft(replace(DRAFT, iban=other), today=TODAY, facts=FACTS)
    assert [p.code for p in problems if p.blocking] == [ProblemCode.IBAN_NOT_PAYEES]
    assert "NL91 ABNA 0417 1643 00" in problems[0].message
    assert "DE89 3704 0044 0532 0130 00" in problems[0].message


def test_first_payment_to_a_payee_is_a_warning() -> None:
    problems = check_draft(DRAFT, today=TODAY, facts=replace(FACTS, payments=()))
    assert [(p.code, p.blocking) for p in problems] == [(ProblemCode.FIRST_PAYMENT, False)]


@pytest.mark.parametrize("amount", ["0", "-5", "0.00"])
def test_amount_must_be_positive(amount: str) -> None:
    assert blocking(replace(DRAFT, amount=Decimal(amount))) == [ProblemCode.AMOUNT_NOT_POSITIVE]


def test_amount_with_too_many_decimals_is_blocking() -> None:
    assert blocking(replace(DRAFT, amount=Decimal("40.505"))) == [ProblemCode.AMOUNT_PRECISION]


@pytest.mark.parametrize(("amount", "warned"), [("90.00", False), ("90.01", True), ("500", True)])
def test_more_than_three_times_the_largest_payment_is_a_warning(amount: str, warned: bool) -> None:
    problems = check_draft(replace(DRAFT, amount=Decimal(amount)), today=TODAY, facts=FACTS)
    large = [p for p in problems if p.code is ProblemCode.AMOUNT_UNUSUALLY_LARGE]
    assert bool(large) is warned
    assert all(not p.blocking for p in large)
    if large:
        assert "30.00 EUR" in large[0].message


def test_largest_past_payment_counts_only_the_accounts_currency() -> None:
    facts = replace(FACTS, payments=(PAID, replace(PAID, amount=Decimal(9999), currency="USD")))
    assert facts.largest_past_payment == Decimal("30.00")
    assert replace(FACTS, payments=()).largest_past_payment is None


def test_currency_the_account_does_not_hold_is_blocking() -> None:
    problems = check_draft(replace(DRAFT, currency="USD"), today=TODAY, facts=FACTS)
    assert [p.code for p in problems] == [ProblemCode.CURRENCY_NOT_HELD]
    assert "Checking holds EUR, not USD" in problems[0].message


def test_unknown_currency_is_blocking() -> None:
    assert blocking(replace(DRAFT, currency="XYZ")) == [ProblemCode.CURRENCY_UNKNOWN]


@pytest.mark.parametrize(
    ("balance", "pending", "blocked"),
    [
        ("40.50", "0", False),
        ("40.49", "0", True),
        ("100.00", "59.50", False),
        ("100.00", "59.51", True),
        ("-10.00", "0", True),
    ],
)
def test_balance_after_all_pending_drafts_must_not_go_below_zero(
    balance: str, pending: str, blocked: bool
) -> None:
    facts = replace(FACTS, balance=Decimal(balance), pending_total=Decimal(pending))
    assert (ProblemCode.INSUFFICIENT_FUNDS in blocking(facts=facts)) is blocked


def test_insufficient_funds_message_names_the_pending_drafts() -> None:
    facts = replace(FACTS, balance=Decimal("100"), pending_total=Decimal("80"))
    (problem,) = check_draft(DRAFT, today=TODAY, facts=facts)
    assert "80.00 EUR of other pending payments" in problem.message
    assert "-20.50 EUR" in problem.message


@pytest.mark.parametrize(
    ("day", "status", "amount", "flagged"),
    [
        (date(2026, 11, 20), "cleared", "40.50", True),  # 7 days before: within the window
        (date(2026, 12, 4), "pending", "40.50", True),  # 7 days after
        (date(2026, 11, 19), "cleared", "40.50", False),  # 8 days before
        (date(2026, 11, 27), "pending", "40.51", False),  # another amount
    ],
)
def test_same_payee_and_amount_within_seven_days_is_a_possible_duplicate(
    day: date, status: str, amount: str, flagged: bool
) -> None:
    earlier = PastPayment(9, Decimal(amount), "EUR", day, status)
    problems = check_draft(DRAFT, today=TODAY, facts=replace(FACTS, payments=(earlier, PAID)))
    duplicates = [p for p in problems if p.code is ProblemCode.POSSIBLE_DUPLICATE]
    assert bool(duplicates) is flagged
    if duplicates:
        assert not duplicates[0].blocking
        assert ("still pending" if status == "pending" else "was paid") in duplicates[0].message


def test_execution_date_in_the_past_is_blocking_today_is_fine() -> None:
    assert blocking(replace(DRAFT, execution_date=date(2026, 11, 22))) == [ProblemCode.DATE_IN_PAST]
    assert codes(replace(DRAFT, execution_date=TODAY)) == []


def test_reference_longer_than_sepa_allows_is_blocking() -> None:
    assert blocking(replace(DRAFT, reference="x" * 141)) == [ProblemCode.REFERENCE_TOO_LONG]
    assert codes(replace(DRAFT, reference="x" * 140)) == []


def test_every_problem_is_listed_at_once_blocking_first() -> None:
    draft = replace(DRAFT, amount=Decimal("2000"), execution_date=date(2026, 1, 1))
    problems = check_draft(draft, today=TODAY, facts=FACTS)
    assert [p.code for p in problems] == [
        ProblemCode.INSUFFICIENT_FUNDS,
        ProblemCode.DATE_IN_PAST,
        ProblemCode.AMOUNT_UNUSUALLY_LARGE,
    ]
    checked = CheckedDraft(draft, tuple(problems))
    assert checked.blocked
    assert not CheckedDraft(DRAFT, ()).blocked


def test_draft_reads_its_amount_in_words() -> None:
    assert DRAFT.amount_in_words == "forty euros and fifty cents"
    assert DRAFT.source is DraftSource.FORM
