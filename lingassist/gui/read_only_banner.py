"""ReadOnlyBanner: the strip above the pages saying that the ledger's server could not be
used and that its local backup is shown, read-only, and what to do about it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from lingassist.gui.long_words import breakable
from lingassist.gui.translation import shown_phrase
from lingassist.services.server_backups import ReadOnlyBackup


class ReadOnlyBanner(QFrame):
    """“Server unreachable — showing your backup of 2026-12-02 14:00, read-only”, with the
    server's problem and the way back underneath."""

    def __init__(self, shown: ReadOnlyBackup, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="readOnlyBanner")
        self.headline = QLabel(
            shown_phrase(shown.said_headline), objectName="readOnlyHeadline", wordWrap=True
        )
        self.detail = QLabel(
            self.tr(
                "{problem}\nYou can look at everything; changes are turned off. Restart "
                "LingAssist once the server can be used again."
            ).format(problem=breakable(shown_phrase(shown.problem))),
            wordWrap=True,
        )
        self.detail.setToolTip(str(shown.backup.path))
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.addWidget(self.headline)
        column.addWidget(self.detail)
