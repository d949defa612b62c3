"""What an import did is said in the window's language, with its counts' plural forms:
"5 nouvelles opérations importées dans Compte courant ; 1 ligne refusée." In English it is
the command line's sentence."""

from __future__ import annotations

import pytest

from lingassist.gui.import_summary import import_summary
from lingassist.services.imports import ImportResult


def _result(
    added: int, merged: int = 0, duplicates: int = 0, rejected: int = 0, *, new: bool = False
) -> ImportResult:
    return ImportResult(
        account="Checking",
        account_created=new,
        added=tuple(range(1, added + 1)),
        merged=tuple(range(100, 100 + merged)),
        duplicates=duplicates,
        rejected=rejected,
        change=None,
        backup=None,
        message="",
    )


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", ["5 nouvelles opérations importées dans Compte courant ; 1 ligne refusée.",
             "1 nouvelle opération importée dans Compte courant (un nouveau compte) ; 2 lignes "
             "bancaires fusionnées avec des opérations que vous aviez saisies ; 3 ignorées, déjà "
             "dans vos comptes.",
             "Rien à importer : 3 lignes déjà dans vos comptes, 0 refusée."]),
     ("vi", ["Đã nhập 5 giao dịch mới vào Tài khoản chính; 1 dòng bị từ chối.",
             "Đã nhập 1 giao dịch mới vào Tài khoản chính (một tài khoản mới); đã gộp 2 dòng ngân "
             "hàng vào các khoản bạn đã ghi; đã bỏ qua 3 dòng đã có trong sổ.",
             "Không có gì để nhập: 3 dòng đã có trong sổ, 0 dòng bị từ chối."])],
    indirect=["speaking"],
)  # fmt: skip
def test_what_an_import_did_is_said_in_the_window_language(speaking: str, said: list[str]) -> None:
    assert import_summary(_result(5, rejected=1)) == said[0]
    assert import_summary(_result(1, merged=2, duplicates=3, new=True)) == said[1]
    assert import_summary(_result(0, duplicates=3)) == said[2]


def test_in_english_it_is_the_command_lines_sentence() -> None:
    assert import_summary(_result(5, rejected=1)) == (
        "Imported 5 new transactions into Checking; 1 line rejected."
    )
    assert import_summary(_result(1, merged=2, duplicates=3, new=True)) == (
        "Imported 1 new transaction into Checking (a new account); merged 2 bank lines into "
        "entries you captured; skipped 3 already in the ledger."
    )
    assert import_summary(_result(0, duplicates=3, rejected=1)) == (
        "Nothing to import: 3 lines already in the ledger, 1 rejected."
    )
