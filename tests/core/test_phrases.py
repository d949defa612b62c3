"""Phrases: text for a person as an English template and its values; `text` fills the
template in English (what the command line and logs print)."""

from __future__ import annotations

from datetime import date

from lingassist.core.phrases import AccountName, CategoryName, Phrase, phrase


def test_a_phrase_fills_its_template_in_english() -> None:
    day = date(2026, 12, 2)
    filed = phrase(
        "You filed {name} under {category} on {day}",
        name="Blue Bottle",
        category=CategoryName("FOOD_AND_DRINK_COFFEE", "Coffee"),
        day=day,
    )
    assert filed.text == str(filed) == "You filed Blue Bottle under Coffee on 2 Dec 2026"
    inside = phrase("{reason} (name starts like it)", reason=filed)
    assert inside.text == "You filed Blue Bottle under Coffee on 2 Dec 2026 (name starts like it)"
    moved = phrase("Moved {amount} to {target}.", amount="€5.00", target=AccountName("Savings"))
    assert moved.text == "Moved €5.00 to Savings."


def test_a_template_without_values_is_taken_as_it_is() -> None:
    assert Phrase("Braces {stay} as typed").text == "Braces {stay} as typed"
