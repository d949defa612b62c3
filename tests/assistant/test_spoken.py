from datetime import date

import pytest

from lingassist.assistant import parse
from lingassist.assistant.spoken import repair_transcript


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("And $34 for dinner at Olive Garden.", "Add $34 for dinner at Olive Garden."),
        ("and 5.99 for Spotify", "add 5.99 for Spotify"),
        ("AND €20 for lunch", "ADD €20 for lunch"),
        ("And last month?", "And last month?"),
        ("Coffee and $5 tip", "Coffee and $5 tip"),
    ],
)
def test_repairs_only_a_leading_and_before_an_amount(heard: str, meant: str) -> None:
    assert repair_transcript(heard) == meant
    assert len(repair_transcript(heard)) == len(heard)


def test_the_repaired_command_is_an_expense() -> None:
    command = parse(
        repair_transcript("And $34 for dinner at Olive Garden."), today=date(2026, 11, 23)
    )
    assert command.intent.value == "add_expense" and command.amount == 34
