"""Combining a second OCR reading with the first: when to read twice, which value wins."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.receipts.draft import ReceiptDraft
from lingassist.receipts.passes import merge_drafts, needs_second_pass


def draft(
    merchant: str | None = "BINTANG MART",
    day: date | None = date(2018, 2, 14),
    total: str | None = "27.40",
    sure: dict[str, float] | None = None,
) -> ReceiptDraft:
    sure = {"merchant": 0.9, "date": 0.7, "total": 0.8, **(sure or {})}
    values = {"merchant": merchant, "date": day, "total": total}
    return ReceiptDraft(
        merchant=merchant,
        date=day,
        total=None if total is None else Decimal(total),
        subtotal=None,
        tax=None,
        currency="MYR",
        confidence={name: sure[name] for name, value in values.items() if value is not None},
        boxes={name: ((1, 1, 1, 1),) for name, value in values.items() if value is not None},
    )


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (draft(), False),
        (draft(day=None), True),
        (draft(total=None), True),
        (draft(merchant=None), True),
        (draft(sure={"merchant": 0.5}), True),
        (draft(sure={"date": 0.1, "total": 0.2}), False),  # present and not doubtful enough
    ],
)
def test_when_a_second_reading_is_needed(first: ReceiptDraft, expected: bool) -> None:
    assert needs_second_pass(first) is expected


@pytest.mark.parametrize(
    ("first", "second", "merchant", "day", "total"),
    [
        # a missing field is filled in
        (draft(day=None), draft(day=date(2018, 2, 21)), "BINTANG MART", date(2018, 2, 21), "27.40"),
        # a clearly surer value wins
        (
            draft(merchant="MART", sure={"merchant": 0.6}),
            draft(sure={"merchant": 0.95}),
            "BINTANG MART",
            None,
            None,
        ),
        # a slightly surer one does not
        (
            draft(total="26.00", sure={"total": 0.75}),
            draft(total="19.30", sure={"total": 0.8}),
            None,
            None,
            "26.00",
        ),
        # nothing read the second time changes nothing
        (draft(), draft(merchant=None, day=None, total=None), "BINTANG MART", None, "27.40"),
    ],
)
def test_which_reading_wins(
    first: ReceiptDraft,
    second: ReceiptDraft,
    merchant: str | None,
    day: date | None,
    total: str | None,
) -> None:
    merged = merge_drafts(first, second)
    assert merchant is None or merged.merchant == merchant
    assert day is None or merged.date == day
    assert total is None or merged.total == Decimal(total)


def test_the_winning_reading_brings_its_confidence_and_boxes() -> None:
    second = draft(sure={"merchant": 0.95})
    second = ReceiptDraft(**{**second.__dict__, "boxes": {"merchant": ((5, 6, 7, 8),)}})
    merged = merge_drafts(draft(merchant="MART", sure={"merchant": 0.6}), second)
    assert merged.confidence["merchant"] == 0.95
    assert merged.boxes["merchant"] == ((5, 6, 7, 8),)
    assert merged.boxes["date"] == ((1, 1, 1, 1),)


@pytest.mark.parametrize(
    ("first", "second", "merchant"),
    [
        # the second reading read a word the first missed, about as surely: the fuller name
        (
            draft("MART", sure={"merchant": 0.966}),
            draft("BINTANG MART", sure={"merchant": 0.964}),
            "BINTANG MART",
        ),
        (draft("COPY MASTER"), draft("COPY MASTER SDN BHD"), "COPY MASTER SDN BHD"),
        # ... but not when it is clearly less sure
        (draft("MART"), draft("BINTANG MART", sure={"merchant": 0.7}), "MART"),
        # ... nor when the extra words are lower-case noise, single letters or another name
        (draft("SEREMBAN REST AREA"), draft("eeeccs SEREMBAN REST AREA"), "SEREMBAN REST AREA"),
        (draft("BINTANG MART"), draft("BINTANG MART X"), "BINTANG MART"),
        (draft("BINTANG MART"), draft("BINTANG SUPER MART"), "BINTANG MART"),
        # the first reading being the fuller one keeps it
        (draft("BINTANG MART"), draft("MART"), "BINTANG MART"),
    ],
)
def test_a_fuller_reading_of_the_same_name_wins(
    first: ReceiptDraft, second: ReceiptDraft, merchant: str
) -> None:
    assert merge_drafts(first, second).merchant == merchant


def test_readings_that_disagree_make_the_kept_value_less_sure() -> None:
    merged = merge_drafts(
        draft(merchant="BILLION STX ENTERPRISE", total="12.00"),
        draft(merchant="RILLION STIX ENTERPRISE", total="42.00", sure={"total": 0.95}),
    )
    assert merged.total == Decimal("42.00") and merged.confidence["total"] < 0.95
    assert merged.merchant == "BILLION STX ENTERPRISE" and merged.confidence["merchant"] < 0.9
    assert merged.confidence["date"] == 0.7  # both read the same date
    fuller = merge_drafts(draft("MART"), draft("BINTANG MART"))
    assert fuller.merchant == "BINTANG MART" and fuller.confidence["merchant"] == 0.9
