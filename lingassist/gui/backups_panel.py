"""BackupsPanel: the backups listed newest first, with Back up now, Restore… and the second
backup folder (Settings → Backups)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.errors import UserFacingError
from lingassist.core.private_files import private_folder
from lingassist.gui.translation import shown_error
from lingassist.services import backups
from lingassist.services.backups import Backup
from lingassist.services.context import AppContext

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsPanel", "Made"),
    QT_TRANSLATE_NOOP("BackupsPanel", "Why"),
    QT_TRANSLATE_NOOP("BackupsPanel", "Transactions"),
    QT_TRANSLATE_NOOP("BackupsPanel", "Size"),
)
REASONS = (  # Backup.reason's words (services.backups), shown in the window's language
    QT_TRANSLATE_NOOP("BackupsPanel", "by you"),
    QT_TRANSLATE_NOOP("BackupsPanel", "daily"),
    QT_TRANSLATE_NOOP("BackupsPanel", "before migration"),
    QT_TRANSLATE_NOOP("BackupsPanel", "before restore"),
    QT_TRANSLATE_NOOP("BackupsPanel", "before rule"),
    QT_TRANSLATE_NOOP("BackupsPanel", "before import"),
    QT_TRANSLATE_NOOP("BackupsPanel", "automatic"),
)
WHEN = "%Y-%m-%d %H:%M"  # when a backup was made, the same in every language
translate = QCoreApplication.translate
NUMBER_COLUMNS = 2  # from this column on, numbers: right-aligned
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BackupsPanel(QWidget):
    """Lists the home's backups and restores one after asking.

    Signals:
        restored: a backup replaced the ledger (views must reload).
        said: (text, kind) a message for the dialog's feedback line.
    """

    restored = Signal()
    said = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.shown: list[Backup] = []
        self.table = QTableWidget(0, len(COLUMNS), objectName="backupsTable")
        self.back_up_button = QPushButton(
            self.tr("Back up now"),
            toolTip=self.tr("Copy the ledger and the receipt photos into the backups folder"),
        )
        self.restore_button = QPushButton(
            self.tr("Restore…"),
            toolTip=self.tr("Put the chosen backup in place of the ledger (asks first)"),
        )
        self.open_button = QPushButton(
            self.tr("Open folder"), toolTip=self.tr("Show the backups folder")
        )
        self.second_folder = QLineEdit(
            context.settings.second_backup_folder,
            placeholderText=self.tr("none (e.g. a folder on another disk)"),
            toolTip=self.tr("Every automatic backup is also copied here"),
        )
        self.browse_button = QPushButton(
            self.tr("Browse…"), toolTip=self.tr("Choose the second backup folder")
        )
        self._build()
        self.reload()

    def reload(self) -> None:
        """List the backups again, newest first."""
        self.shown = list(reversed(backups.list_backups(self._context)))
        self.table.setRowCount(len(self.shown))
        for row, backup in enumerate(self.shown):
            cells = (
                backup.created.strftime(WHEN),
                self.tr(backup.reason),
                QLocale().toString(backup.transactions),  # the locale's digit grouping
                _size(backup.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                if column >= NUMBER_COLUMNS:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        if self.shown:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.shown))

    def back_up_now(self) -> None:
        """Make a backup and show it at the top of the list."""
        try:
            made = backups.make_backup(self._context)
        except UserFacingError as error:
            self.said.emit(shown_error(error), "error")
            return
        self.reload()
        self.said.emit(self.tr("Backed up to {path}").format(path=made.path), "success")

    def chosen(self) -> Backup | None:
        """The backup selected in the list."""
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def restore_chosen(self) -> None:
        """Ask, then restore the selected backup (the current ledger is backed up first)."""
        backup = self.chosen()
        if backup is None or not self.confirm(backup):
            return
        try:
            _, safety = backups.restore_backup(self._context, backup.path)
        except UserFacingError as error:
            self.said.emit(
                self.tr("Not restored: {error}").format(error=shown_error(error)), "error"
            )
            return
        self.reload()
        self.restored.emit()
        self.said.emit(
            self.tr(
                "Restored the backup of {made} ({count}). The ledger as it was is in the list "
                "as “{reason}”."
            ).format(
                made=backup.created.strftime(WHEN),
                count=_count(backup.transactions),
                reason=self.tr(safety.reason),
            ),
            "success",
        )

    def confirm(self, backup: Backup) -> bool:
        """Ask whether to restore `backup`; the default answer is No."""
        now = backups.current_transactions(self._context)
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace the ledger ({now} now) with the backup made {made} ({count})?\n\n"
                "The ledger as it is now is backed up first, so you can come back to it."
            ).format(
                now=_count(now),
                made=backup.created.strftime(WHEN),
                count=_count(backup.transactions),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def focus_order(self) -> list[QWidget]:
        """The panel's widgets in the order Tab visits them."""
        return [
            self.table,
            self.back_up_button,
            self.restore_button,
            self.open_button,
            self.second_folder,
            self.browse_button,
        ]

    def _build(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.restore_chosen)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.open_button.clicked.connect(self._open_folder)
        self.browse_button.clicked.connect(self._pick_second_folder)
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.open_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Second backup folder")))
        second.addWidget(self.second_folder, 1)
        second.addWidget(self.browse_button)
        self.browse_button.setAutoDefault(False)
        note = QLabel(
            self.tr(
                "LingAssist backs up by itself once a day, before a new version changes the "
                "ledger and before changes to many entries; it keeps every backup of the last "
                "day, then one a day for a week, one a week for a month and one a month for a "
                "year. Backups you make are kept until you delete them."
            ),
            wordWrap=True,
            objectName="summaryCaption",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addLayout(second)

    def _open_folder(self) -> None:
        folder = private_folder(backups.backups_folder(self._context.paths))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _pick_second_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("A folder on another disk for backups")
        )
        if folder:
            self.second_folder.setText(folder)


def _count(transactions: int) -> str:
    return translate("BackupsPanel", "%Ln transaction(s)", "", transactions)


def _size(size: int) -> str:
    """Bytes as a short size in the window's words: "880 KB", "12.4 MB" ("880 Ko",
    "12,4 Mo" in French)."""
    if size >= 1024 * 1024:
        megabytes = QLocale().toString(size / (1024 * 1024), "f", 1)
        return translate("BackupsPanel", "{size} MB").format(size=megabytes)
    kilobytes = QLocale().toString(max(1, round(size / 1024)))
    return translate("BackupsPanel", "{size} KB").format(size=kilobytes)
