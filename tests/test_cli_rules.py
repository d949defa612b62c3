"""``lingassist rule``: add, list, preview, apply, move and remove, in process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lingassist.cli import main
from tests.conftest import make_home


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home with two Blue Bottle coffees and an Uber ride."""
    folder = tmp_path / "home"
    make_home(folder)
    for amount, merchant in (("12.50", "Blue Bottle"), ("4", "Blue Bottle"), ("18", "Uber")):
        category = "FOOD_AND_DRINK_COFFEE" if merchant == "Blue Bottle" else ""
        assert main(["--home", str(folder), "add", amount, "--merchant", merchant,
                     "--category", category, "--date", "2026-11-20"]) == 0  # fmt: skip
    return folder


def run(home: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--home", str(home), *words])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_add_list_preview_remove(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        home, capsys, "rule", "add", "Beans", "--category", "Groceries", "--merchant", "Blue Bottle"
    )
    assert status == 0, err
    assert out.startswith("Added rule #1 'Beans': merchant is 'Blue Bottle' → FOOD_AND_DRINK_GROC")
    status, out, _ = run(
        home, capsys, "rule", "add", "Small rides", "--category",
        "TRANSPORTATION_TAXIS_AND_RIDE_SHARES", "--contains", "uber", "--min", "-30", "--max", "-5",
    )  # fmt: skip
    assert status == 0 and "amount from -30 to -5" in out
    status, out, _ = run(home, capsys, "rule", "list", "--json")
    listed = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["position"], r["name"]) for r in listed] == [
        (1, 1, "Beans"),
        (2, 2, "Small rides"),
    ]
    assert listed[1]["conditions"][1] == {
        "field": "amount", "operator": "between", "value": "", "min": "-30.00", "max": "-5.00"
    }  # fmt: skip
    status, out, _ = run(home, capsys, "rule", "preview", "1")
    assert status == 0 and out.count("Blue Bottle") == 2
    assert out.splitlines()[-1] == "Rule #1 'Beans' would move 2 past transactions to " + (
        "FOOD_AND_DRINK_GROCERIES."
    )
    status, out, _ = run(home, capsys, "rule", "move", "2", "up")
    assert status == 0 and run(home, capsys, "rule", "list")[1].startswith("#2  Small rides")
    status, out, _ = run(home, capsys, "rule", "remove", "1")
    assert status == 0 and out.strip() == "Deleted rule 'Beans'."
    assert "Beans" not in run(home, capsys, "rule", "list")[1]
    run(home, capsys, "undo")
    assert "Beans" in run(home, capsys, "rule", "list")[1]


def test_add_with_apply_moves_the_past(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        home, capsys, "rule", "add", "Uber Eats", "--category", "Groceries",
        "--regex", "^ub(er)?$", "--apply",
    )  # fmt: skip
    assert status == 0 and out.splitlines()[-1].startswith("Moved 1 past transaction to")
    _, out, _ = run(home, capsys, "list", "--merchant", "Uber", "--json")
    assert json.loads(out)["category"] == "FOOD_AND_DRINK_GROCERIES"
    _, out, _ = run(home, capsys, "categorize", "UBER", "--amount", "-9", "--json")
    assert json.loads(out)["reason"] == "Rule 'Uber Eats'"


def test_mistakes_are_reported_not_raised(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(home, capsys, "rule", "add", "Nothing", "--category", "Groceries")
    assert status == 2 and "at least one condition" in err
    status, _, err = run(home, capsys, "rule", "add", "X", "--category", "Groceries",
                         "--regex", "(")  # fmt: skip
    assert status == 2 and "not a valid regular expression" in err
    status, _, err = run(home, capsys, "rule", "add", "X", "--category", "Groceries",
                         "--min", "lots")  # fmt: skip
    assert status == 2
    status, _, err = run(home, capsys, "rule", "remove", "7")
    assert status == 2 and "no rule #7" in err
    status, out, _ = run(home, capsys, "rule", "list")
    assert out.startswith("No rules yet")


def test_add_with_apply_is_one_change_that_one_undo_takes_back(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(
        home, capsys, "rule", "add", "Rides", "--category", "Groceries",
        "--regex", "^ub(er)?$", "--apply",
    )  # fmt: skip
    status, out, _ = run(home, capsys, "undo")
    assert status == 0 and "and apply it" in out
    assert "Rides" not in run(home, capsys, "rule", "list")[1]
    _, out, _ = run(home, capsys, "list", "--merchant", "Uber", "--json")
    assert json.loads(out)["category"] != "FOOD_AND_DRINK_GROCERIES"
