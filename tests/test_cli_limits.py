"""Limits on what `add` records: amounts that fit the ledger's integers, no negative or
double-signed expenses, and dates a transaction can have. Each refusal exits 2 with a
message and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lingassist.cli import main
from tests.conftest import make_home


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    make_home(folder).database.engine.dispose()
    return folder


def run(home: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    status = main(["--home", str(home), *words])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def listed(home: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    status, out, _ = run(home, capsys, "list", "--period", "all", "--json")
    assert status == 0
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (
            ("92233720368547758.07",),
            "too large: LingAssist records amounts up to 1,000,000,000,000",
        ),
        (("99999999999999999999",), "too large"),
        (("1000000000000.01",), "too large"),
        (("--", "--5"), "'--5' has more than one sign"),
        (("--", "-5-"), "more than one sign"),
        (("--", "-5"), "'-5' is negative; amounts are recorded as positive numbers"),
        (("--income", "--category", "INCOME_SALARY", "--", "-5"), "use --income"),
        (("5", "--date", "0001-01-01"), "0001-01-01 is before 1900-01-01"),
        (("5", "--date", "1899-12-31"), "is before 1900-01-01"),
        (("5", "--date", "9999-12-31"), "9999-12-31 is more than 10 years ahead"),
    ],
)
def test_add_refuses_what_the_ledger_cannot_hold(
    home: Path, capsys: pytest.CaptureFixture[str], words: tuple[str, ...], message: str
) -> None:
    run(home, capsys, "add", "7.25", "--merchant", "Kiosk")
    before = listed(home, capsys)
    status, out, err = run(home, capsys, "add", *words)
    assert (status, out) == (2, "")
    assert message in err
    assert listed(home, capsys) == before and len(before) == 1


def test_the_largest_amount_and_the_edges_of_the_date_range_are_recorded(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(home, capsys, "add", "1000000000000")[0] == 0
    assert (
        run(home, capsys, "add", "1000000000000", "--income", "--category", "INCOME_SALARY")[0] == 0
    )
    assert run(home, capsys, "add", "5", "--date", "1900-01-01")[0] == 0
    assert run(home, capsys, "add", "+5")[0] == 0
    status, out, _ = run(home, capsys, "report", "--period", "all", "--json")
    assert status == 0 and out
    assert sorted(str(row["amount"]) for row in listed(home, capsys)) == [
        "-1000000000000.00",
        "-5.00",
        "-5.00",
        "1000000000000.00",
    ]
