"""The bad-input catalogue (``tests/bad_input_catalogue.py``), case by case: each run of the
real command line ends with its exit status and a message that says what happened and what
to do, prints no traceback and no terminal controls, stores none, and leaves the home as it
was (but for the one undoable change that accepted input makes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bad_input_catalogue import CASES, UNSAFE, Case, prepare_home, run_case


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One home with data, copied for each case."""
    return prepare_home(tmp_path_factory.mktemp("prepared") / "home")


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.label, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_bad_input(case: Case, prepared: Path, tmp_path: Path) -> None:
    run = run_case(case, prepared, tmp_path)
    outcome = run.outcome

    assert "Traceback" not in outcome.text and "unexpected error" not in outcome.text, outcome
    assert outcome.exit == case.exit, outcome
    for fragment in case.says:
        assert fragment in outcome.text, outcome
    assert not UNSAFE.search(outcome.text), f"terminal controls printed: {outcome.text!r}"
    assert " None" not in outcome.text, f"'None' shown to a person: {outcome.text!r}"
    assert run.unsafe == [], "terminal controls stored in the ledger"
    assert run.differences() == [], "the home changed"
    if case.changes:  # accepted: one undoable change, in the tables the case names
        changes = run.after.tables["change_sets"][0] - run.before.tables["change_sets"][0]
        assert changes == 1
        assert run.after.tables[case.changes[0]] != run.before.tables[case.changes[0]]


def test_every_case_has_a_label_of_its_own_and_says_something() -> None:
    labels = [case.label for case in CASES]
    assert len(labels) == len(set(labels))
    assert all(case.says and all(case.says) for case in CASES)
