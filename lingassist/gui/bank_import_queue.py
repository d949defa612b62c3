"""BankImportQueue: bank files dropped on the window or chosen with File → Import, each
previewed in its own `ImportDialog`, one after the other (the second file's duplicates are
only known once the first one is in)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from lingassist.gui.import_dialog import ImportDialog
from lingassist.gui.worker import Jobs
from lingassist.services.context import AppContext

BANK_PATTERNS = "*.csv *.tsv *.txt *.ofx *.qfx *.qif *.xml *.camt *.sta"


class BankImportQueue(QObject):
    """Opens an ImportDialog for each waiting bank file, one at a time."""

    imported = Signal(object)  # the ImportResult of a file imported
    failed = Signal(str)  # why a file could not be read

    def __init__(self, context: AppContext, jobs: Jobs, window: QWidget) -> None:
        super().__init__(window)
        self._context, self._jobs, self._window = context, jobs, window
        self._waiting: list[Path] = []
        self.dialog: ImportDialog | None = None  # the dialog open now

    def add(self, paths: list[Path]) -> None:
        """Queue files; the first one's dialog opens at once when none is open."""
        self._waiting.extend(paths)
        self._next()

    def choose(self) -> None:
        """Ask for bank files and queue them."""
        names, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import bank statements"),
            str(Path.home()),
            self.tr("Bank statements ({patterns});;All files (*)").format(patterns=BANK_PATTERNS),
        )
        self.add([Path(name) for name in names])

    def _next(self) -> None:
        if self.dialog is not None or not self._waiting:
            return
        dialog = ImportDialog(self._context, self._jobs, self._waiting.pop(0), self._window)
        dialog.imported.connect(self.imported)
        dialog.failed.connect(self.failed)
        dialog.finished.connect(lambda _code: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: ImportDialog) -> None:
        self.dialog = None
        dialog.deleteLater()
        QTimer.singleShot(0, self._next)
