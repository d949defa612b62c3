"""Properties: parse never raises, and never yields an amount that isn't in the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lingassist.assistant import find_amounts, parse
from lingassist.assistant.parse import MAX_PARSE_CHARS
from tests.assistant.cases import TODAY

WORDS = st.sampled_from(
    [
        "I",
        "spent",
        "paid",
        "pay",
        "send",
        "at",
        "on",
        "for",
        "the",
        "a",
        "and",
        "to",
        "from",
        "yesterday",
        "last",
        "Friday",
        "twelve",
        "fifty",
        "nine",
        "ninety-nine",
        "hundred",
        "thousand",
        "dollars",
        "euros",
        "cents",
        "$",
        "€",
        "£",
        "12",
        "3.50",
        "1,234.56",
        "7-Eleven",
        "Forever",
        "21",
        "k",
        "one",
        "two",
        "three",
        "coffee",
        "budget",
        "transfer",
        "savings",
        "make",
        "it",
        "no",
        "undo",
        "2pm",
        "3rd",
        "of",
        "March",
        "between",
        "1st",
        "15th",
        "over",
        "under",
        "last",
        "10",
        "transactions",
        "balance",
        ".",
        ",",
        "?",
        "-",
        # the kinds added in the second round: splits, refunds, products, nicknames, rates,
        # typos, numeric dates, pence
        "split",
        "with",
        "Tom",
        "refund",
        "each",
        "x",
        "a",
        "fiver",
        "monthly",
        "/month",
        "yesterady",
        "pya",
        "12.06.",
        "14/11",
        "99p",
        "+",
        "actually",
        "Q3",
    ]
)
SENTENCES = st.lists(WORDS, max_size=14).map(" ".join)
TEXT = st.one_of(st.text(max_size=60), SENTENCES)


def _digits_or_words_of(text: str, source: str) -> bool:
    return source in text and any(ch.isalnum() for ch in source)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_parse_never_raises_and_never_invents_an_amount(text: str) -> None:
    command = parse(text, today=TODAY)
    for name in ("amount", "min_amount", "max_amount"):
        if getattr(command, name) is not None:
            span = command.spans[name]
            assert text[span.start : span.end] == span.source
            assert _digits_or_words_of(text, span.source)
    if command.amount is None:
        assert "amount" not in command.spans


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_every_found_amount_has_its_words_in_the_text(text: str) -> None:
    for amount in find_amounts(text, "EUR"):
        assert text[amount.span.start : amount.span.end] == amount.span.source
        assert amount.value >= 0


@settings(max_examples=30, deadline=None)
@given(SENTENCES)
def test_parse_time_does_not_grow_with_a_long_paste(sentence: str) -> None:
    import time

    parse(sentence, today=TODAY)  # the learned layers load once per process, not per parse
    paste = (sentence + " ") * 2_000
    start = time.perf_counter()
    parse(paste[:MAX_PARSE_CHARS], today=TODAY)
    as_much_as_is_read = time.perf_counter() - start
    start = time.perf_counter()
    parse(paste, today=TODAY)
    whole_paste = time.perf_counter() - start
    # the parser reads at most MAX_PARSE_CHARS characters: 30 times more text costs about
    # the same (a ratio, not a bound in seconds, so a slower or busier machine does not fail)
    assert whole_paste < 2 * as_much_as_is_read + 0.25
