"""collapse_repeats: Whisper's repetition loops written once; ordinary speech untouched."""

from __future__ import annotations

import pytest

from lingassist.engines.speech_repeats import collapse_repeats, longest_repeat


@pytest.mark.parametrize(
    ("heard", "kept"),
    [
        # loops seen from tiny.en on background talk and silence
        (
            "It's not just that. It's not just that. It's not just that. It's not just that. "
            "It's not. It's not here.",
            "It's not just that. It's not. It's not here.",
        ),
        ("I paid $90 $90 $90 $90 $90 for it.", "I paid $90 for it."),
        ("Thank you. Thank you. Thank you.", "Thank you."),
        ("50 99 in the 50 99 in the 50 99 in the 50 99 in the end", "50 99 in the end"),
        # case and punctuation around words do not hide a loop; the run ends as its last copy
        ("No, no, NO.", "No."),
        ("Yeah. yeah, Yeah yeah!", "Yeah!"),
        # a loop of a loop: the inner run and the outer one both go
        ("a a a b a a a b a a a b", "a b"),
        # a run of several sentences, up to MAX_PHRASE_WORDS words long
        (
            " ".join(["Remind me to set a budget of $300 for restaurants this month."] * 3),
            "Remind me to set a budget of $300 for restaurants this month.",
        ),
    ],
)
def test_a_phrase_repeated_three_times_or_more_is_kept_once(heard: str, kept: str) -> None:
    assert collapse_repeats(heard) == kept


@pytest.mark.parametrize(
    "heard",
    [
        "",
        "Pay Alice Martin $50 for dinner.",
        "bye bye",  # two copies are speech, not a loop
        "$20, $20 each for Sam and Nina.",
        "Coffee $4.50, coffee $4.50 and tea.",
        "one two one two three",
        "Spent  twelve   fifty",  # untouched text keeps its own spacing
    ],
)
def test_ordinary_speech_comes_back_unchanged(heard: str) -> None:
    assert collapse_repeats(heard) == heard


def test_the_number_of_copies_is_adjustable() -> None:
    assert collapse_repeats("bye bye", min_repeats=2) == "bye"
    assert collapse_repeats("go go go", min_repeats=4) == "go go go"


def test_a_phrase_longer_than_the_limit_is_not_looked_for() -> None:
    sentence = "one two three four five"
    assert collapse_repeats(" ".join([sentence] * 3), max_words=4) == " ".join([sentence] * 3)
    assert collapse_repeats(" ".join([sentence] * 3), max_words=5) == sentence


def test_longest_repeat_measures_loops() -> None:
    assert longest_repeat("So I still owe her. I still owe her. I still owe her.") == (
        "I still owe her.",
        3,
    )
    assert longest_repeat("nothing repeats here") == ("", 1)
