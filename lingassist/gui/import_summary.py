"""What an import did, said in the window's language: "Imported 5 new transactions into
Checking; 1 line rejected." The services' `ImportResult.message` is the command line's
English; its counts need plural forms, which the window's translations have."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lingassist.gui.translation import shown_account

if TYPE_CHECKING:
    from lingassist.services.imports import ImportResult

translate = QCoreApplication.translate


def import_summary(result: ImportResult) -> str:
    """The sentence the command bar shows after an import (or after nothing to import)."""
    if not result.added and not result.merged:
        return translate("ImportSummary", "Nothing to import: {duplicates}, {rejected}.").format(
            duplicates=translate(
                "ImportSummary", "%Ln line(s) already in the ledger", "", result.duplicates
            ),
            rejected=translate("ImportSummary", "%Ln rejected", "", result.rejected),
        )
    added = len(result.added)
    first = (
        translate(
            "ImportSummary",
            "Imported %Ln new transaction(s) into {account} (a new account)",
            "",
            added,
        )
        if result.account_created
        else translate("ImportSummary", "Imported %Ln new transaction(s) into {account}", "", added)
    ).format(account=shown_account(result.account))
    parts = [first]
    if result.merged:
        parts.append(
            translate(
                "ImportSummary",
                "merged %Ln bank line(s) into entries you captured",
                "",
                len(result.merged),
            )
        )
    if result.duplicates:
        parts.append(
            translate("ImportSummary", "skipped %Ln already in the ledger", "", result.duplicates)
        )
    if result.rejected:
        parts.append(translate("ImportSummary", "%Ln line(s) rejected", "", result.rejected))
    said = parts[0]
    for part in parts[1:]:
        said = translate("ImportSummary", "{first}; {then}").format(first=said, then=part)
    return translate("ImportSummary", "{summary}.").format(summary=said)
