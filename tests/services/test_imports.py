"""Importing bank statements: preview, duplicates, matching earlier entries, one change set."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from lingassist.core.accounts import AccountKind, AccountType
from lingassist.core.bank_lines import BankLine, BankStatement, RejectedLine
from lingassist.core.errors import ChangedMeanwhile, UserFacingError
from lingassist.core.money import Money
from lingassist.core.transactions import TransactionFilter, TransactionSource
from lingassist.ledger import journal
from lingassist.ledger.repository import create_account, transaction_count, transaction_postings
from lingassist.ledger.tables import transactions
from lingassist.services import import_writes
from lingassist.services.attachments import StoredFile
from lingassist.services.backups import backups_folder
from lingassist.services.context import AppContext
from lingassist.services.corrections import edit_details
from lingassist.services.entries import EntryRequest, find_entries, record_entry, undo_last
from lingassist.services.imports import LineStatus, apply_import, preview_import

DAY = date(2026, 11, 2)


def line(
    number: int,
    day: int,
    amount: str,
    description: str,
    *,
    reference: str = "",
    original: Money | None = None,
    currency: str = "EUR",
) -> BankLine:
    return BankLine(
        number,
        DAY + timedelta(days=day),
        Money(Decimal(amount), currency),
        description,
        reference=reference,
        original=original,
    )


def statement(*lines: BankLine, rejected: tuple[RejectedLine, ...] = ()) -> BankStatement:
    return BankStatement(lines=lines, rejected=rejected, format="csv", currency="EUR")


def count(context: AppContext) -> int:
    with context.database.sessions() as session:
        return transaction_count(session=session)


def imported(context: AppContext, data: BankStatement, account: str = "Checking"):  # type: ignore[no-untyped-def]
    preview = preview_import(context, data, account, file_name="statement.csv")
    return preview, apply_import(context, preview)


def receipt(context: AppContext, amount: str, merchant: str, day: int, **more: str) -> int:
    """An expense captured from a receipt photo, with the person's category and note."""
    photo = StoredFile("ab" * 32, f"ab/{'ab' * 32}.jpg", "receipt.jpg", "image/jpeg", 1234)
    request = EntryRequest(
        amount,
        merchant=merchant,
        date=(DAY + timedelta(days=day)).isoformat(),
        source=TransactionSource.RECEIPT,
        **more,  # type: ignore[arg-type]
    )
    return record_entry(context, request, attachment=photo).row.id


def head(context: AppContext, transaction_id: int):  # type: ignore[no-untyped-def]
    with context.database.sessions() as session:
        return session.execute(
            select(transactions).where(transactions.c.id == transaction_id)
        ).one()


# --------------------------------------------------------------------------- preview


def test_the_preview_says_what_each_line_becomes_and_why(context: AppContext) -> None:
    data = statement(
        line(2, 0, "-52.10", "REWE SAGT DANKE 44812"),
        line(3, 1, "2500.00", "GEHALT NOVEMBER ACME GMBH"),
        line(5, 2, "-9.99", "NETFLIX.COM"),
        rejected=(RejectedLine(4, "line 4: '31.02.2026' is not a date", "31.02.2026;x"),),
    )
    preview = preview_import(context, data, "Giro", file_name="giro.csv")
    assert (preview.account, preview.account_is_new, preview.currency) == ("Giro", True, "EUR")
    assert preview.counts.new == 3 and preview.counts.rejected == 1
    assert [x.number for x in preview.lines] == [2, 3, 4, 5]
    rewe, salary, bad, netflix = preview.lines
    assert (rewe.category, rewe.why) == (
        "FOOD_AND_DRINK_GROCERIES",
        "Known merchant: Rewe is Groceries",
    )
    assert salary.category.startswith("INCOME_")
    assert netflix.category.startswith("ENTERTAINMENT")
    assert (bad.status, bad.reason) == (LineStatus.REJECTED, "line 4: '31.02.2026' is not a date")
    assert count(context) == 0  # a preview writes nothing


def test_lines_the_account_cannot_take_are_rejected_with_their_number(context: AppContext) -> None:
    data = statement(
        line(1, 0, "-5.00", "SHOP"),
        line(2, 0, "0.00", "BALANCE INFO"),
        line(3, 0, "-7.00", "SHOP ABROAD", currency="USD"),
        BankLine(4, date(9999, 1, 1), Money(Decimal("-1.00"), "EUR"), "TYPO YEAR"),
    )
    preview = preview_import(context, data)
    reasons = {x.number: x.reason for x in preview.lines if x.status is LineStatus.REJECTED}
    assert set(reasons) == {2, 3, 4}
    assert "zero" in reasons[2] and "USD" in reasons[3] and "9999" in reasons[4]
    result = apply_import(context, preview)
    assert (len(result.added), result.rejected) == (1, 3)


def test_a_file_in_another_currency_than_the_account_is_refused(context: AppContext) -> None:
    data = BankStatement(lines=(line(1, 0, "-5.00", "SHOP", currency="USD"),), currency="USD")
    with pytest.raises(UserFacingError, match="USD"):
        preview_import(context, data, "Checking")


def test_the_account_is_created_in_the_same_change_set(context: AppContext) -> None:
    _, result = imported(context, statement(line(1, 0, "-5.00", "SHOP")), "Visa")
    assert result.account_created and "a new account" in result.message
    rows, _ = find_entries(context, TransactionFilter(account="Visa"))
    assert [r.amount for r in rows] == [Decimal("-5.00")]
    undo_last(context)
    assert preview_import(context, statement(line(1, 0, "-5.00", "SHOP")), "Visa").account_is_new


def test_the_account_is_found_by_the_files_iban(context: AppContext) -> None:
    from sqlalchemy import update

    from lingassist.ledger.tables import accounts

    with context.database.sessions.begin() as session:
        change = journal.begin_change(session, "Add savings")
        create_account(
            "Savings", AccountType.ASSET, AccountKind.SAVINGS, "EUR", session=session, change=change
        )
        session.execute(
            update(accounts)
            .where(accounts.c.name == "Savings")
            .values(iban="DE89370400440532013000")
        )
    data = BankStatement(
        lines=(line(1, 0, "1.00", "INTEREST"),), account_id="DE89 3704 0044 0532 0130 00"
    )
    preview = preview_import(context, data)
    assert (preview.account, preview.account_reason) == ("Savings", "IBAN")


# --------------------------------------------------------------------------- duplicates


def test_importing_the_same_file_again_adds_nothing(context: AppContext) -> None:
    data = statement(line(1, 0, "-52.10", "REWE 1"), line(2, 1, "-3.20", "BAKERY"))
    _, first = imported(context, data)
    assert len(first.added) == 2
    again, second = imported(context, data)
    assert again.counts.duplicate == 2 and again.counts.new == 0
    assert second.added == () and second.change is None and "Nothing to import" in second.message
    assert {x.duplicate_of for x in again.lines} == set(first.added)
    assert count(context) == 2


def test_an_overlapping_file_adds_only_the_lines_not_seen(context: AppContext) -> None:
    early = [line(n, n, f"-{n}.00", f"SHOP {n}") for n in range(1, 11)]
    late = [line(n, n, f"-{n}.00", f"SHOP {n}") for n in range(6, 16)]
    imported(context, statement(*early))
    preview, result = imported(context, statement(*late))
    assert (preview.counts.duplicate, preview.counts.new) == (5, 5)
    assert len(result.added) == 5 and count(context) == 15


def test_two_identical_purchases_on_one_day_both_import_and_only_once(context: AppContext) -> None:
    coffee = line(1, 0, "-3.50", "CAFE CENTRAL")
    twice = statement(coffee, line(2, 0, "-3.50", "CAFE CENTRAL"))
    preview, result = imported(context, twice)
    assert preview.counts.new == 2 and len(result.added) == 2
    again, _ = imported(context, twice)
    assert again.counts.duplicate == 2
    thrice = statement(
        coffee, line(2, 0, "-3.50", "cafe  central"), line(3, 0, "-3.50", "Café Central")
    )
    more, result = imported(context, thrice)
    assert (more.counts.duplicate, more.counts.new) == (2, 1)
    assert count(context) == 3


def test_a_bank_reference_decides_when_there_is_one(context: AppContext) -> None:
    imported(context, statement(line(1, 0, "-8.00", "TICKET", reference="FIT-1")))
    # the same reference is the same line even when the bank rewords it
    preview = preview_import(
        context, statement(line(1, 0, "-8.00", "TICKET BERLIN", reference="FIT-1")), "Checking"
    )
    assert preview.counts.duplicate == 1
    # a second identical purchase with its own reference is new
    preview = preview_import(
        context,
        statement(
            line(1, 0, "-8.00", "TICKET", reference="FIT-1"),
            line(2, 0, "-8.00", "TICKET", reference="FIT-2"),
        ),
        "Checking",
    )
    assert [x.status for x in preview.lines] == [LineStatus.DUPLICATE, LineStatus.NEW]


def test_a_file_with_references_after_one_without_adds_nothing(context: AppContext) -> None:
    imported(context, statement(line(1, 0, "-8.00", "TICKET"), line(2, 1, "-9.00", "FOOD")))
    with_references = statement(
        line(1, 0, "-8.00", "TICKET", reference="A1"), line(2, 1, "-9.00", "FOOD", reference="A2")
    )
    preview, _ = imported(context, with_references)
    assert preview.counts.duplicate == 2
    without = statement(line(1, 0, "-8.00", "TICKET"), line(2, 1, "-9.00", "FOOD"))
    assert preview_import(context, without, "Checking").counts.duplicate == 2


def test_duplicates_are_per_account(context: AppContext) -> None:
    data = statement(line(1, 0, "-8.00", "TICKET", reference="FIT-1"))
    imported(context, data, "Checking")
    assert preview_import(context, data, "Cash").counts.new == 1


# --------------------------------------------------------------------------- matching


def test_a_bank_line_is_merged_into_the_receipt_captured_earlier(context: AppContext) -> None:
    entry = receipt(
        context, "12.50", "Blue Bottle", 0, category="FOOD_AND_DRINK_COFFEE", memo="with Sam"
    )
    data = statement(line(7, 2, "-12.50", "CARD PAYMENT SQ *BLUE BOTTLE 0417", reference="R7"))
    preview = preview_import(context, data, "Checking")
    (matched,) = preview.lines
    assert matched.status is LineStatus.MATCHED and preview.counts.matched == 1
    assert matched.match is not None
    assert (matched.match.transaction_id, matched.match.days_apart) == (entry, 2)
    assert (matched.match.attachments, matched.match.memo, matched.match.category) == (
        1,
        "with Sam",
        "Coffee",
    )
    result = apply_import(context, preview)
    assert result.merged == (entry,) and result.added == ()
    rows, total = find_entries(context, TransactionFilter())
    assert total == 1
    row = rows[0]
    assert (row.id, row.date, row.description) == (
        entry,
        DAY + timedelta(days=2),
        data.lines[0].description,
    )
    assert (row.category_code, row.memo, row.attachments, row.merchant) == (
        "FOOD_AND_DRINK_COFFEE",
        "with Sam",
        1,
        "Blue Bottle",
    )
    assert head(context, entry).bank_reference == "R7"
    assert preview_import(context, data, "Checking").lines[0].duplicate_of == entry


def test_a_match_moves_the_entry_to_the_imported_account(context: AppContext) -> None:
    entry = receipt(context, "20.00", "Shell", 0)  # recorded on the default account
    _, result = imported(context, statement(line(1, 1, "-20.00", "SHELL 1234 HAMBURG")), "Visa")
    assert result.merged == (entry,)
    rows, _ = find_entries(context, TransactionFilter(account="Visa"))
    assert [r.id for r in rows] == [entry]


def test_a_name_that_begins_the_banks_is_the_same_merchant(context: AppContext) -> None:
    entry = receipt(context, "19.00", "dm", 0)
    data = statement(line(1, 1, "-19.00", "KARTENZAHLUNG DM DROGERIE MARKT 0417 BERLIN"))
    preview = preview_import(context, data, "Checking")
    assert preview.lines[0].match is not None and preview.lines[0].match.transaction_id == entry


def test_no_match_for_another_merchant_or_too_far_apart(context: AppContext) -> None:
    receipt(context, "12.50", "Blue Bottle", 0)
    data = statement(
        line(1, 0, "-12.50", "LIDL DIENSTL 1234"),
        line(2, 5, "-12.50", "BLUE BOTTLE"),
        line(3, 0, "-12.51", "BLUE BOTTLE"),
    )
    preview = preview_import(context, data, "Checking")
    assert preview.counts.matched == 0 and preview.counts.new == 3


def test_two_receipts_that_fit_equally_are_not_guessed(context: AppContext) -> None:
    first = receipt(context, "4.50", "Blue Bottle", 0)
    second = receipt(context, "4.50", "Blue Bottle", 2)
    preview = preview_import(context, statement(line(1, 1, "-4.50", "BLUE BOTTLE")), "Checking")
    (unsure,) = preview.lines
    assert unsure.status is LineStatus.NEW and unsure.match is None
    assert {m.transaction_id for m in unsure.could_be} == {first, second}
    assert "unsure" in unsure.reason
    result = apply_import(context, preview)  # asked nothing: written as new
    assert len(result.added) == 1 and count(context) == 3
    undo_last(context)
    chosen = apply_import(context, preview, chosen={1: second})  # the person chose
    assert chosen.merged == (second,) and count(context) == 2
    with pytest.raises(UserFacingError, match="could only be"):
        apply_import(context, preview, chosen={1: 999})


def test_two_different_lines_never_compete_for_one_entry(context: AppContext) -> None:
    entry = receipt(context, "30.00", "Amazon", 1)
    data = statement(
        line(1, 0, "-30.00", "AMAZON MKTP DE 1"), line(2, 2, "-30.00", "AMZN MKTP DE 2")
    )
    preview = preview_import(context, data, "Checking")
    assert preview.counts.matched == 0
    assert all(entry in {m.transaction_id for m in x.could_be} for x in preview.lines)


def test_the_closer_entry_is_matched_when_one_is_clearly_closer(context: AppContext) -> None:
    receipt(context, "4.50", "Blue Bottle", 0)
    near = receipt(context, "4.50", "Blue Bottle", 3)
    preview = preview_import(context, statement(line(1, 3, "-4.50", "BLUE BOTTLE")), "Checking")
    assert preview.lines[0].match is not None and preview.lines[0].match.transaction_id == near


def test_identical_lines_share_out_identical_receipts(context: AppContext) -> None:
    one = receipt(context, "3.00", "Bakery Krause", 0)
    data = statement(
        line(1, 0, "-3.00", "BAECKEREI KRAUSE"), line(2, 0, "-3.00", "BAECKEREI KRAUSE")
    )
    preview = preview_import(context, data, "Checking")
    assert [x.status for x in preview.lines] == [LineStatus.MATCHED, LineStatus.NEW]
    assert preview.lines[0].match is not None and preview.lines[0].match.transaction_id == one


def test_a_refused_match_imports_the_line_as_new(context: AppContext) -> None:
    entry = receipt(context, "12.50", "Blue Bottle", 0)
    before = head(context, entry)
    preview = preview_import(context, statement(line(4, 0, "-12.50", "BLUE BOTTLE")), "Checking")
    result = apply_import(context, preview, unmatched={4})
    assert result.merged == () and len(result.added) == 1
    assert head(context, entry) == before


def test_a_card_payment_abroad_records_the_rate_paid(context: AppContext) -> None:
    with context.database.sessions.begin() as session:
        change = journal.begin_change(session, "Add a dollar account")
        create_account(
            "Dollars", AccountType.ASSET, AccountKind.CASH, "USD", session=session, change=change
        )
    entry = receipt(
        context,
        "49.99",
        "Books Inc",
        0,
        account="Dollars",
        category="GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS",
    )
    paid = line(
        1, 2, "-45.20", "CARD PAYMENT BOOKS INC NEW YORK", original=Money(Decimal("-49.99"), "USD")
    )
    preview = preview_import(context, statement(paid), "Checking")
    match = preview.lines[0].match
    assert match is not None and match.transaction_id == entry
    assert match.money == Money(Decimal("-49.99"), "USD")
    assert match.rate == Decimal("45.20") / Decimal("49.99")
    apply_import(context, preview)
    with context.database.sessions() as session:
        legs = sorted(transaction_postings(entry, session=session), key=lambda x: x[1])
    assert [(minor, currency) for _, minor, currency in legs] == [(-4520, "EUR"), (4520, "EUR")]
    stored = head(context, entry)
    assert (stored.original_minor, stored.original_currency) == (-4999, "USD")
    rows, _ = find_entries(context, TransactionFilter(account="Checking"))
    assert [(r.id, r.amount, r.category_code) for r in rows] == [
        (entry, Decimal("-45.20"), "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS")
    ]
    assert (rows[0].original_amount, rows[0].original_currency) == (Decimal("-49.99"), "USD")


# --------------------------------------------------------------------------- one change


def test_one_undo_takes_back_the_whole_file_and_restores_the_merged_entries(
    context: AppContext,
) -> None:
    entry = receipt(context, "12.50", "Blue Bottle", 0, memo="with Sam")
    before = head(context, entry)
    with context.database.sessions() as session:
        legs_before = transaction_postings(entry, session=session)
    data = statement(
        line(1, 1, "-12.50", "BLUE BOTTLE", reference="X1"),
        *[line(n, 2, f"-{n}.00", f"SHOP {n}", reference=f"X{n}") for n in range(2, 50)],
    )
    _, result = imported(context, data, "Visa")
    assert len(result.added) == 48 and result.merged == (entry,)
    assert result.change is not None and result.change.label.startswith("Import statement.csv")
    assert undo_last(context).startswith("Undid: import statement.csv")
    assert count(context) == 1
    assert head(context, entry) == before
    with context.database.sessions() as session:
        assert transaction_postings(entry, session=session) == legs_before
    assert preview_import(context, data, "Visa").account_is_new


def test_a_failure_half_way_leaves_nothing_behind(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = receipt(context, "12.50", "Blue Bottle", 0)
    before = head(context, entry)
    data = statement(line(1, 0, "-3.00", "SHOP"), line(2, 1, "-12.50", "BLUE BOTTLE"))
    preview = preview_import(context, data, "Visa")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(import_writes.bank_imports, "set_mark", broken)
    with pytest.raises(RuntimeError):
        apply_import(context, preview)
    assert count(context) == 1 and head(context, entry) == before
    assert preview_import(context, data, "Visa").account_is_new


def test_an_entry_changed_since_the_preview_is_not_merged(context: AppContext) -> None:
    entry = receipt(context, "12.50", "Blue Bottle", 0)
    preview = preview_import(context, statement(line(1, 0, "-12.50", "BLUE BOTTLE")), "Checking")
    edit_details(context, entry, memo="changed my mind")
    with pytest.raises(ChangedMeanwhile):
        apply_import(context, preview)
    assert count(context) == 1


def test_lines_imported_since_the_preview_are_not_imported_twice(context: AppContext) -> None:
    data = statement(line(1, 0, "-3.00", "SHOP"))
    preview = preview_import(context, data, "Checking")
    apply_import(context, preview)
    with pytest.raises(ChangedMeanwhile):
        apply_import(context, preview)
    assert count(context) == 1


def test_a_backup_is_made_before_the_import(context: AppContext) -> None:
    _, result = imported(context, statement(line(1, 0, "-3.00", "SHOP")))
    backups = [str(b) for b in backups_folder(context.paths).glob("*before-import*")]
    if context.settings.database_url:  # a database server is backed up by its own tools
        assert result.backup is None and backups == []
    else:
        assert result.backup is not None and backups == [result.backup]
