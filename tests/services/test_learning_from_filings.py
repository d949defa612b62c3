"""Every way a person files a transaction teaches the categorizer under one merchant key:
added with a category, a confirmed receipt, a change in the ledger table, "put Woolworths
under clothing" to the assistant; the bank's wording, the receipt header, the spoken and
the typed name all find it, and "Why this category?" says when it was filed."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from PIL import Image
from sqlalchemy import insert, select

from lingassist.assistant.context import ConversationContext
from lingassist.categorize.suggestion import Layer
from lingassist.core.transactions import TransactionFilter
from lingassist.ledger.tables import categories, merchants
from lingassist.receipts import ReceiptDraft
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.corrections import change_category, explain_category
from lingassist.services.entries import EntryRequest, find_entries, record_entry, undo_last
from lingassist.services.receipts import ReceiptEdits, ScannedReceipt, confirm_receipt

CLOTHING = "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES"
GROCERIES = "FOOD_AND_DRINK_GROCERIES"
WOOLWORTHS = (
    "POS 4411 WOOLWORTHS CAPE TOWN",
    "POS Purchase Woolworths Claremont  * 02 Dec",
    "WOOLWORTHS 0789 DURBANVILLE ZA",
    "WOOLWORTHS (PTY) LTD",
    "woolworths",
    "Woolworths",
)


def today_text() -> str:
    """The day a filing made now is shown with ("2 Dec 2026")."""
    now = datetime.now(UTC).astimezone()
    return f"{now.day} {now:%b %Y}"


def suggested(context: AppContext, forms: tuple[str, ...]) -> set[str]:
    return {context.advisor.suggest(form, Decimal("-19.99")).code for form in forms}


def add(context: AppContext, merchant: str, category: str = "") -> int:
    request = EntryRequest(amount="19.99", merchant=merchant, category=category)
    return record_entry(context, request).row.id


def test_a_bank_line_added_with_a_category_is_found_by_every_form_of_the_name(
    context: AppContext,
) -> None:
    assert suggested(context, WOOLWORTHS) == {GROCERIES}  # the seed, before any filing
    add(context, WOOLWORTHS[0], CLOTHING)
    assert suggested(context, WOOLWORTHS) == {CLOTHING}  # the same advisor, at once
    found = context.advisor.suggest("Woolworths", Decimal("-5"))
    assert found.layer is Layer.MEMORY
    assert found.reason == f"You filed Woolworths under Clothing and accessories on {today_text()}"


def test_a_reopened_ledger_reads_the_filings_under_the_one_key(
    context: AppContext, tmp_path: Path
) -> None:
    from tests.conftest import make_home

    add(context, WOOLWORTHS[0], CLOTHING)
    reopened = make_home(tmp_path / "home")
    assert suggested(reopened, WOOLWORTHS) == {CLOTHING}


def test_a_receipt_confirmed_with_a_category_teaches_the_bank_line(
    context: AppContext, tmp_path: Path
) -> None:
    photo = tmp_path / "receipt.png"
    Image.new("RGB", (40, 40), "white").save(photo)
    draft = ReceiptDraft("WOOLWORTHS (PTY) LTD", None, Decimal("19.99"), None, None, "EUR")
    scanned = ScannedReceipt(photo, "0" * 64, draft, GROCERIES, 0.1)
    edits = ReceiptEdits("WOOLWORTHS (PTY) LTD", "2026-11-20", "19.99", "EUR", CLOTHING)
    confirm_receipt(context, scanned, edits)
    assert suggested(context, WOOLWORTHS) == {CLOTHING}


def test_a_change_in_the_ledger_table_teaches_every_form_and_explains_itself(
    context: AppContext,
) -> None:
    first = add(context, WOOLWORTHS[1])  # filed by the seed: Groceries
    assert suggested(context, WOOLWORTHS) == {GROCERIES}
    message = change_category(context, first, CLOTHING)
    assert message == (
        "Moved POS Purchase Woolworths Claremont * 02 Dec to Clothing and accessories;"
        " Woolworths will be filed there from now on."
    )
    assert suggested(context, WOOLWORTHS) == {CLOTHING}
    assert explain_category(context, first) == (
        "Filed under Clothing and accessories. You filed Woolworths under Clothing and"
        f" accessories on {today_text()}."
    )


def test_the_latest_filing_wins_even_for_an_older_transaction(context: AppContext) -> None:
    old = record_entry(
        context, EntryRequest(amount="19.99", merchant=WOOLWORTHS[2], date="2026-10-01")
    ).row.id
    add(context, WOOLWORTHS[0])  # newer, filed by the seed
    change_category(context, old, CLOTHING)  # the person moves the older one
    assert suggested(context, WOOLWORTHS) == {CLOTHING}


def test_put_woolworths_under_clothing_moves_the_bank_lines_and_teaches_memory(
    context: AppContext,
) -> None:
    add(context, WOOLWORTHS[0])
    add(context, WOOLWORTHS[1])
    add(context, "Lidl")
    reply, _ = handle_utterance(context, "put Woolworths under clothing", ConversationContext())
    assert reply.proposal is not None and not reply.proposal.problems
    assert "2 Woolworths transactions" in reply.proposal.title
    confirm(context, reply.proposal)
    rows, _ = find_entries(context, TransactionFilter())
    assert sorted(row.category_code for row in rows) == [GROCERIES, CLOTHING, CLOTHING]
    assert suggested(context, WOOLWORTHS) == {CLOTHING}


def test_undo_takes_the_filing_back_out_of_memory(context: AppContext) -> None:
    add(context, WOOLWORTHS[0], CLOTHING)
    assert suggested(context, WOOLWORTHS) == {CLOTHING}
    undo_last(context)
    assert suggested(context, WOOLWORTHS) == {GROCERIES}


def test_a_line_without_a_merchant_is_remembered_by_its_description(
    context: AppContext,
) -> None:
    request = EntryRequest(
        amount="12",
        description="CARD PAYMENT TO GREEN LEAF YOGA ON 02 DEC",
        category="PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS",
    )
    record_entry(context, request)
    for form in ("SUMUP *GREEN LEAF YOGA", "Green Leaf Yoga", "green leaf yoga"):
        found = context.advisor.suggest(form, Decimal("-12"))
        assert found.code == "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS", form


def test_a_merchant_category_kept_under_the_old_key_still_counts(context: AppContext) -> None:
    """An existing ledger: a merchant stored under the key of its raw bank name, given a
    category of its own before there was one key, with no transaction."""
    with context.database.sessions.begin() as session:
        clothing = session.scalar(select(categories.c.id).where(categories.c.code == CLOTHING))
        session.execute(
            insert(merchants).values(
                name="POS 4411 WOOLWORTHS CAPE TOWN",
                key="pos 4411 woolworths cape town",
                default_category_id=clothing,
            )
        )
    assert suggested(context, WOOLWORTHS) == {CLOTHING}


def test_speech_expects_merchants_by_the_names_people_say(context: AppContext) -> None:
    from lingassist.services.vocabulary import speech_vocabulary

    add(context, WOOLWORTHS[0])
    vocabulary = speech_vocabulary(context)
    assert "Woolworths" in vocabulary and WOOLWORTHS[0] not in vocabulary
