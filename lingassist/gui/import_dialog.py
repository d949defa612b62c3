"""ImportDialog: what importing a bank file would do, line by line, before anything is written.

It opens at once and reads the file in a worker (a 100k-line file takes seconds), asks for
the CSV columns when the reader is unsure (`CsvMappingDialog`), then shows the account the
lines go to (a new one is created when chosen), the counts of new, duplicate, matched,
unsure and rejected lines (buttons that filter the table), and the lines with the category
each gets and why. "Import N transactions" writes the file as one change in a worker, which
one Undo takes back; Cancel changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.errors import Cancelled, ChangedMeanwhile, UserFacingError
from lingassist.core.phrases import Phrase
from lingassist.gui.csv_mapping_dialog import CsvMappingDialog
from lingassist.gui.errors import show_unexpected
from lingassist.gui.focus import chain_focus
from lingassist.gui.import_choice_delegate import ImportChoiceDelegate
from lingassist.gui.import_table_model import (
    ALL,
    AMOUNT,
    CATEGORY,
    DATE,
    DESCRIPTION,
    DETAILS,
    KINDS,
    LINE,
    STATUS,
    ImportTableModel,
)
from lingassist.gui.style import show_kind
from lingassist.gui.translation import shown_account, shown_error, shown_phrase
from lingassist.gui.worker import Jobs, Worker
from lingassist.services.bank_file_reading import (
    BankFilePreview,
    CsvLayout,
    CsvMapping,
    CsvMappingNeeded,
    account_choices,
    bank_file_layout,
    preview_bank_file,
)
from lingassist.services.context import AppContext
from lingassist.services.csv_mappings import remember_mapping
from lingassist.services.formatting import date_text
from lingassist.services.imports import ImportResult, apply_import

log = logging.getLogger(__name__)
FILTER_LABELS = {
    ALL: (
        QT_TRANSLATE_NOOP("ImportDialog", "All"),
        QT_TRANSLATE_NOOP("ImportDialog", "Every line of the file"),
    ),
    "new": (
        QT_TRANSLATE_NOOP("ImportDialog", "New"),
        QT_TRANSLATE_NOOP("ImportDialog", "Lines written as new transactions"),
    ),
    "duplicate": (
        QT_TRANSLATE_NOOP("ImportDialog", "Already in the ledger"),
        QT_TRANSLATE_NOOP("ImportDialog", "Lines imported before: nothing is written"),
    ),
    "matched": (
        QT_TRANSLATE_NOOP("ImportDialog", "Matched"),
        QT_TRANSLATE_NOOP(
            "ImportDialog", "Lines that are entries you captured (receipt, voice, text)"
        ),
    ),
    "unsure": (
        QT_TRANSLATE_NOOP("ImportDialog", "Unsure"),
        QT_TRANSLATE_NOOP(
            "ImportDialog", "Lines that could be one of several entries: imported as new"
        ),
    ),
    "rejected": (
        QT_TRANSLATE_NOOP("ImportDialog", "Rejected"),
        QT_TRANSLATE_NOOP("ImportDialog", "Lines that cannot be imported, with the reason"),
    ),
}
CATEGORY_SHARE = 0.24  # at most, of the width the short columns leave
DETAILS_SHARE = 0.42  # of what is left then; the description has the rest
ACCOUNT_REASONS = {
    "iban": QT_TRANSLATE_NOOP("ImportDialog", "Chosen by the account number in the file."),
    "default": QT_TRANSLATE_NOOP(
        "ImportDialog", "Your default account; choose another if the file is from a different one."
    ),
    "chosen": "",
}
translate = QCoreApplication.translate


class ImportDialog(QDialog):
    """The preview of one bank file's import, and its confirmation."""

    imported = Signal(object)  # the ImportResult of the import written
    failed = Signal(str)  # why the file could not be read at all (the dialog closes)

    def __init__(
        self, context: AppContext, jobs: Jobs, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {file}").format(file=path.name))
        self.setObjectName("importDialog")
        self._context, self._jobs, self._path = context, jobs, path
        self.loaded: BankFilePreview | None = None  # the preview shown (None: none valid)
        self.result: ImportResult | None = None
        self.mapping_dialog: CsvMappingDialog | None = None
        self._mapping: CsvMapping | None = None  # columns the person chose in this dialog
        self._fingerprint = ""  # the header they were chosen for (remembered on import)
        self._worker: Worker | None = None
        self._generation = 0  # answers of replaced or cancelled jobs are dropped
        self._writing = self._closed = False
        self._shown_once = False
        self.model = ImportTableModel(context.settings.locale, self)
        self.model.decisions_changed.connect(self._update_import_button)
        self._make_widgets()
        self._build()
        self._size_to(parent)
        self._load()

    # -- building ----------------------------------------------------------------------------

    def _make_widgets(self) -> None:
        self.title = QLabel(self._path.name, objectName="summaryTitle")
        self.subtitle = QLabel(objectName="summaryCaption", wordWrap=True)
        self.account_box = QComboBox(toolTip=self.tr("The account these bank lines belong to"))
        self.account_box.setMinimumContentsLength(24)
        self.account_box.currentIndexChanged.connect(self._account_changed)
        self.columns_button = QPushButton(
            self.tr("Change columns…"),
            toolTip=self.tr("Choose which column of the CSV file is what"),
        )
        self.columns_button.setAutoDefault(False)
        self.columns_button.clicked.connect(self._change_columns)
        self.columns_button.hide()
        self.account_note = QLabel(objectName="summaryCaption", wordWrap=True)
        self.filters: dict[str, QPushButton] = {}
        self._filter_group = QButtonGroup(self)
        for kind in (ALL, *KINDS):
            label, tip = FILTER_LABELS[kind]
            button = QPushButton(
                self.tr(label), objectName="filterChip", checkable=True, toolTip=self.tr(tip)
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked, k=kind: self.model.set_filter(k))
            self._filter_group.addButton(button)
            self.filters[kind] = button
        self.filters[ALL].setChecked(True)
        self.table = self._make_table()
        self.notes = QLabel(objectName="cardNote", wordWrap=True)
        self.progress = QProgressBar(objectName="importProgress", textVisible=False)
        self.progress.setRange(0, 0)  # busy: the steps are named beside it
        self.progress.setFixedWidth(120)
        self.progress_label = QLabel(objectName="summaryCaption")
        self.message = QLabel(objectName="feedback", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Close without importing anything (Esc)"))
        self.import_button = QPushButton(self.tr("Import"), objectName="primaryButton")
        self.import_button.setToolTip(
            self.tr("Write these lines to the ledger as one change (one Undo)")
        )
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

    def _make_table(self) -> QTableView:
        table = QTableView(objectName="importTable")
        table.setModel(self.model)
        table.setItemDelegateForColumn(STATUS, ImportChoiceDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 100k rows: never measured
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        widths = {
            LINE: metrics.horizontalAdvance("Line 0000"),
            DATE: max(metrics.horizontalAdvance(day) for day in self._longest_dates()) + 24,
            AMOUNT: metrics.horizontalAdvance("+€12,345.00") + 24,
            STATUS: metrics.horizontalAdvance("Separate ▾") + 44,
            CATEGORY: metrics.horizontalAdvance("Restaurants and bars") + 16,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        self._category_width = widths[CATEGORY]
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Interactive)
        return table

    def _longest_dates(self) -> tuple[str, ...]:
        """Dates as the table writes them in the window's locale, among the widest ("Sep 30,
        2026"; "30 thg 11, 2026" in Vietnamese, whose months have two digits and a word)."""
        locale = self._context.settings.locale
        return tuple(date_text(date(2026, month, 28), locale) for month in (5, 9, 11, 12))

    def _fit_columns(self) -> None:
        """Share the width the short columns leave: the category its natural width (less
        on a small screen), then the description the larger part and the details (why,
        which entry) the rest; full texts are in the tooltips."""
        fixed = sum(self.table.columnWidth(c) for c in (LINE, DATE, AMOUNT, STATUS))
        left = self.table.viewport().width() - fixed
        category = min(self._category_width, int(left * CATEGORY_SHARE))
        self.table.setColumnWidth(CATEGORY, category)
        self.table.setColumnWidth(DETAILS, int((left - category) * DETAILS_SHARE))

    def _build(self) -> None:
        account_row = QHBoxLayout()
        account_row.addWidget(QLabel(self.tr("Into account")))
        account_row.addWidget(self.account_box)
        account_row.addWidget(self.columns_button)
        account_row.addStretch(1)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(6)
        for button in self.filters.values():
            filter_row.addWidget(button)
        filter_row.addStretch(1)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress)
        busy_row.addWidget(self.progress_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(account_row)
        layout.addWidget(self.account_note)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addLayout(busy_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # only once the button is inside the dialog does the dialog remember it as the
        # default that comes back when Cancel, focused while the file was read, lets go
        self.import_button.setDefault(True)
        chain_focus(
            [
                self.account_box,
                self.columns_button,
                *self.filters.values(),
                self.table,
                self.import_button,
                self.cancel_button,
            ]
        )

    def _size_to(self, parent: QWidget | None) -> None:
        """Most of the window it belongs to, and never more than the screen shows."""
        width, height = (parent.width(), parent.height()) if parent else (1280, 800)
        screen = (parent or self).screen().availableGeometry()
        width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(min(1440, int(width * 0.94)), min(900, int(height * 0.92)))

    # -- reading -----------------------------------------------------------------------------

    def _load(self, message: str = "") -> None:
        """Read and preview the file again (for the account and columns chosen) in a worker;
        `message` is shown once the new preview is in."""
        account, mapping = self.account_name(), self._mapping

        def read(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Any:
            try:
                return preview_bank_file(
                    self._context, self._path, account, mapping, progress, cancelled
                )
            except CsvMappingNeeded as needed:  # a question, not a failure: nothing logged
                return needed.layout

        self._start(
            self.tr("Previewing {file}").format(file=self._path.name),
            read,
            lambda answer: self._read(answer, message),
            self._load_failed,
            self.tr("Reading {file}").format(file=self._path.name),
        )

    def _read(self, answer: BankFilePreview | CsvLayout, message: str) -> None:
        if isinstance(answer, BankFilePreview):
            self._shown(answer, message)
        else:
            self._ask_columns(answer)

    def _shown(self, loaded: BankFilePreview, message: str) -> None:
        self.loaded, self._shown_once = loaded, True
        preview = loaded.preview
        self._fill_accounts(loaded)
        self.model.set_lines(preview.lines, preview.currency)
        self._fill_counts()
        self.subtitle.setText(_file_text(loaded))
        self.account_note.setText(_account_text(loaded, self._context))
        said = preview.said_notes or tuple(Phrase(note) for note in preview.notes)
        self.notes.setText(" ".join(shown_phrase(note) for note in said))
        self.notes.setVisible(bool(preview.notes))
        self.columns_button.setVisible(loaded.is_csv)
        self._say(
            message or _nothing_text(self.transactions_to_import()), "error" if message else ""
        )
        self._update_import_button()

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        if not self._shown_once:
            if isinstance(error, UserFacingError):
                self.failed.emit(shown_error(error))
            else:
                show_unexpected(self, error)
            self.reject()
            return
        self.loaded = None
        self.model.set_lines((), "")
        self._fill_counts()
        self._update_import_button()
        if isinstance(error, UserFacingError):
            self._say(shown_error(error), "error")
        else:
            show_unexpected(self, error)

    def _fill_accounts(self, loaded: BankFilePreview) -> None:
        box = self.account_box
        box.blockSignals(True)
        box.clear()
        for name, currency in account_choices(self._context):
            box.addItem(f"{shown_account(name)} ({currency})", name)
        box.addItem(
            self.tr("New account: {name}").format(name=loaded.new_account_name),
            loaded.new_account_name,
        )
        box.setCurrentIndex(max(box.findData(loaded.preview.account), 0))
        box.blockSignals(False)

    def _fill_counts(self) -> None:
        counts = self.model.counts()
        for kind, button in self.filters.items():
            count = sum(counts.values()) if kind == ALL else counts[kind]
            button.setText(f"{self.tr(FILTER_LABELS[kind][0])}  {QLocale().toString(count)}")
            button.setEnabled(kind == ALL or count > 0)
        checked = next(k for k, b in self.filters.items() if b.isChecked())
        if checked != ALL and not counts[checked]:
            self.filters[ALL].setChecked(True)
            self.model.set_filter(ALL)

    # -- the person's choices ----------------------------------------------------------------

    def account_name(self) -> str:
        """The account chosen ("" before the file was read: the file's or the default)."""
        return str(self.account_box.currentData() or "")

    def transactions_to_import(self) -> int:
        """Lines the import writes: new ones and those merged into earlier entries."""
        if self.loaded is None:
            return 0
        counts = self.model.counts()
        return counts["new"] + counts["unsure"] + counts["matched"]

    def _account_changed(self, _index: int) -> None:
        self._load()

    def _change_columns(self) -> None:
        account, mapping = self.account_name(), self._mapping
        self._start(
            self.tr("Reading the columns of {file}").format(file=self._path.name),
            lambda _progress, _cancelled: bank_file_layout(
                self._context, self._path, account, mapping
            ),
            self._ask_columns,
            self._load_failed,
            self.tr("Reading the columns of {file}").format(file=self._path.name),
        )

    def _ask_columns(self, layout: CsvLayout) -> None:
        dialog = CsvMappingDialog(layout, self._path.name, self)
        self.mapping_dialog = dialog
        dialog.finished.connect(lambda code: self._columns_chosen(dialog, layout, code))
        dialog.open()

    def _columns_chosen(self, dialog: CsvMappingDialog, layout: CsvLayout, code: int) -> None:
        self.mapping_dialog = None
        dialog.deleteLater()
        if code != QDialog.DialogCode.Accepted:
            if not self._shown_once:
                self.reject()  # nothing was read: the import is called off
            return
        self._mapping, self._fingerprint = dialog.mapping(), layout.fingerprint
        self._load()

    # -- writing -----------------------------------------------------------------------------

    def confirm(self) -> None:
        """Write the import (as previewed, with the person's match decisions) in a worker."""
        if self.loaded is None or self._worker is not None or not self.transactions_to_import():
            return
        preview = self.loaded.preview
        separate, chosen = self.model.kept_separate, self.model.chosen
        count = self.transactions_to_import()
        self._writing = True
        self._start(
            self.tr("Importing {file}").format(file=self._path.name),
            lambda _progress, _cancelled: apply_import(
                self._context, preview, unmatched=separate, chosen=chosen
            ),
            self._written,
            self._write_failed,
            self.tr("Importing %Ln transaction(s) (after a backup)", "", count),
        )

    def _written(self, result: ImportResult) -> None:
        self.result = result
        self._remember_columns()
        self.imported.emit(result)
        self.accept()

    def _write_failed(self, error: BaseException) -> None:
        if isinstance(error, ChangedMeanwhile):
            self._load(
                self.tr("{error} The preview below is the ledger as it is now.").format(
                    error=shown_error(error)
                )
            )
        elif isinstance(error, UserFacingError):
            self._say(shown_error(error), "error")
        elif not isinstance(error, Cancelled):
            show_unexpected(self, error)

    def _remember_columns(self) -> None:
        """Keep the columns the person chose for this bank's next files."""
        if self._mapping is None or not self._fingerprint:
            return
        try:
            remember_mapping(self._context.paths, self._fingerprint, self._mapping)
        except OSError as error:
            log.warning("could not remember the CSV columns: %s", error)

    # -- jobs and state ----------------------------------------------------------------------

    def _start(
        self,
        label: str,
        function: Callable[[Callable[[float, str], None], Callable[[], bool]], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        busy_text: str,
    ) -> None:
        """Run one job at a time (a newer one replaces the one running); its answers reach
        the dialog only while it is the newest job and the dialog is open."""
        if self._worker is not None:
            self._worker.cancel()
        self._generation += 1
        generation = self._generation

        def current() -> bool:
            return generation == self._generation and not self._closed

        def done(result: object) -> None:
            if current():
                self._finished_job()
                on_done(result)

        def failed(error: BaseException) -> None:
            if current():
                self._finished_job()
                on_error(error)

        def progressed(_fraction: float, text: str) -> None:
            if current():
                self.progress_label.setText(f"{text}…")

        self._worker = self._jobs.start(
            label, function, on_done=done, on_error=failed, on_progress=progressed
        )
        self._set_busy(f"{busy_text}…")

    def _finished_job(self) -> None:
        self._worker = None
        self._writing = False
        self._set_busy("")

    def _set_busy(self, text: str) -> None:
        busy = bool(text)
        self.progress.setVisible(busy)
        self.progress_label.setText(text)
        self.progress_label.setVisible(busy)
        for widget in (self.account_box, self.columns_button, self.table, *self.filters.values()):
            widget.setEnabled(not busy)
        if not busy:
            self._fill_counts()  # the filters of kinds with no line stay off
        self.cancel_button.setEnabled(not self._writing)
        self._update_import_button()
        if not busy:
            self._give_focus_back()

    def _give_focus_back(self) -> None:
        """While the file was read only Cancel could hold the focus, which made it the
        button Enter presses; the preview takes the focus back so Enter imports."""
        if self.focusWidget() in (None, self.cancel_button):
            self.table.setFocus()

    def _update_import_button(self) -> None:
        count = self.transactions_to_import()
        text = (
            self.tr("Import %Ln transaction(s)", "", count)
            if count
            else self.tr("Nothing to import")
        )
        self.import_button.setText(text)
        self.import_button.setMinimumWidth(
            self.import_button.fontMetrics().horizontalAdvance(text) + 48
        )
        self.import_button.setEnabled(bool(count) and self._worker is None)
        self.buttons.layout().activate()  # no frame where the wider button covers Cancel

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        show_kind(self.message, kind)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_columns()

    def reject(self) -> None:
        if not self._writing:  # a write in progress finishes (it is all or nothing)
            super().reject()

    def done(self, code: int) -> None:
        self._closed = True
        if self._worker is not None and not self._writing:
            self._worker.cancel()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._writing:
            event.ignore()
            return
        super().closeEvent(event)


def _file_text(loaded: BankFilePreview) -> str:
    """ "CSV file · 60 lines · read with the columns you chose for this bank"."""
    preview = loaded.preview
    kind = (preview.format or "bank").upper()
    parts = [
        translate("ImportDialog", "{kind} file").format(kind=kind),
        translate("ImportDialog", "%Ln line(s)", "", len(preview.lines)),
    ]
    if loaded.remembered:
        parts.append(
            translate("ImportDialog", "read with the columns you chose for this bank before")
        )
    return " · ".join(parts)


def _account_text(loaded: BankFilePreview, context: AppContext) -> str:
    """Which account the lines go to and why, and whether the import creates it."""
    preview = loaded.preview
    if not preview.account_is_new:
        reason = ACCOUNT_REASONS.get(loaded.account_reason, "")
        return translate("ImportDialog", reason) if reason else ""
    created = translate(
        "ImportDialog", "The import creates the account “{account}” in {currency}."
    ).format(account=preview.account, currency=preview.currency)
    if loaded.account_reason == "currency":
        default = context.settings.default_account
        differs = translate("ImportDialog", "The file is in {currency}; {account} is not.")
        return f"{created} {differs.format(currency=preview.currency, account=default)}"
    return created


def _nothing_text(count: int) -> str:
    if count:
        return ""
    return translate(
        "ImportDialog", "There is nothing new in this file: no line would be imported."
    )
