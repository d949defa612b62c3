"""CSV column choices remembered per bank in the home, and built from a dialog's roles."""

from __future__ import annotations

import stat

from lingassist.bank_files import CsvMapping
from lingassist.services.context import AppContext
from lingassist.services.csv_mappings import (
    mapping_from_roles,
    mappings_file,
    remember_mapping,
    remembered_mapping,
)

MAPPING = CsvMapping(date=0, amount=2, description=(1,), delimiter=";", date_order="DMY")


def test_a_mapping_is_remembered_by_fingerprint_in_a_private_file(context: AppContext) -> None:
    assert remembered_mapping(context.paths, "csv1-abc") is None
    remember_mapping(context.paths, "csv1-abc", MAPPING)
    remember_mapping(context.paths, "csv1-def", CsvMapping(date=1, debit=2, credit=3))
    assert remembered_mapping(context.paths, "csv1-abc") == MAPPING
    assert remembered_mapping(context.paths, "csv1-def") == CsvMapping(date=1, debit=2, credit=3)
    path = mappings_file(context.paths)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not path.with_suffix(".json.tmp").exists()


def test_a_damaged_file_asks_again_instead_of_failing(context: AppContext) -> None:
    mappings_file(context.paths).write_text("{not json", encoding="utf-8")
    assert remembered_mapping(context.paths, "csv1-abc") is None
    remember_mapping(context.paths, "csv1-abc", MAPPING)  # writes a good file again
    assert remembered_mapping(context.paths, "csv1-abc") == MAPPING
    mappings_file(context.paths).write_text('{"csv1-abc": {"date": "x", "amount": 1}}')
    assert remembered_mapping(context.paths, "csv1-abc") is None


def test_roles_from_a_dialog_replace_the_suggested_columns() -> None:
    suggested = CsvMapping(date=0, amount=3, description=(2,), value_date=1, delimiter=";")
    chosen = mapping_from_roles(
        suggested,
        {0: "date", 1: "value_date", 2: "description", 3: "debit", 4: "credit", 5: "description"},
        date_order="DMY",
        decimal_mark=",",
        negate=False,
    )
    assert chosen == CsvMapping(
        date=0,
        debit=3,
        credit=4,
        value_date=1,
        description=(2, 5),
        delimiter=";",
        date_order="DMY",
        decimal_mark=",",
    )
    assert chosen.problems() == []


def test_a_column_set_to_ignore_loses_its_role() -> None:
    suggested = CsvMapping(date=0, amount=1, balance=2, description=(3,))
    chosen = mapping_from_roles(suggested, {0: "date", 1: "amount", 2: "ignore", 3: "ignore"})
    assert (chosen.balance, chosen.description) == (None, ())
    assert mapping_from_roles(suggested, {0: "ignore", 1: "ignore"}).problems() == [
        "Choose the column with the date.",
        "Choose the amount column, or the debit and credit columns.",
    ]
