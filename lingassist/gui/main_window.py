"""MainWindow: navigation and accounts on the left, the current page in the middle, the
month on the right, and the command line at the bottom."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lingassist.config import window_language
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import lower_first
from lingassist.core.transactions import TransactionFilter
from lingassist.gui.account_list import AccountList
from lingassist.gui.always_rule_prompt import AlwaysRulePrompt
from lingassist.gui.bill_code_reader import BillCodeReader
from lingassist.gui.category_summary import CategorySummary
from lingassist.gui.command_bar import CommandBar
from lingassist.gui.conversation_view import ConversationView
from lingassist.gui.drop_overlay import DropOverlay
from lingassist.gui.errors import show_unexpected
from lingassist.gui.focus import chain_focus
from lingassist.gui.job_status import JobStatus
from lingassist.gui.lazy_page import LazyPage
from lingassist.gui.ledger_view import LedgerView
from lingassist.gui.ledger_watcher import LedgerWatcher
from lingassist.gui.push_to_talk import PushToTalk
from lingassist.gui.receipts_view import ReceiptsView
from lingassist.gui.recorder import AudioSource, QtMicrophone
from lingassist.gui.translation import (
    LANGUAGE_NAMES,
    shown_account,
    shown_category,
    shown_error,
    shown_language,
    shown_phrase,
)
from lingassist.gui.window_keys import WindowKeys
from lingassist.gui.worker import Jobs
from lingassist.services.backups import daily_backup_if_due
from lingassist.services.commands import parse_add_line
from lingassist.services.context import AppContext
from lingassist.services.entries import (
    account_names,
    category_choices,
    record_entry,
    redo_next_said,
    undo_last_said,
    undo_redo_said,
)
from lingassist.services.receipts import ReceiptReader
from lingassist.services.utterance import MAX_UTTERANCE_CHARS
from lingassist.services.vocabulary import speech_vocabulary

if TYPE_CHECKING:
    from lingassist.engines.speech import SpeechEngine, Transcript
    from lingassist.gui.bank_import_queue import BankImportQueue
    from lingassist.gui.dashboard_view import DashboardView
    from lingassist.gui.payments_view import PaymentsView
    from lingassist.services.bill_codes import BillReading
    from lingassist.services.imports import ImportResult

log = logging.getLogger(__name__)
TALK_KEY = Qt.Key.Key_F8
BACKUP_CHECK_MS = 60 * 60 * 1000  # is the day's backup due? checked hourly
MINIMUM_SIZE = (660, 460)  # fits half a 1366×768 screen; pages reflow down to it
MONTH_PANEL_FROM = 1180  # the month panel on the right shows from this window width
NARROW_SIDEBAR_BELOW = 900  # below this width the sidebar narrows
SIDEBAR_WIDTHS = (206, 215)  # narrow, normal
WIDEST_SIDEBAR = 245  # the normal sidebar grows to this for long account names
SIDEBAR_MARGIN = 16
FIRST_SIZE = (1400, 900)  # the largest first size; smaller screens get what they have


class MainWindow(QMainWindow):
    """The LingAssist window."""

    ledger_changed = Signal()  # no payload: views reload from the ledger

    def __init__(
        self,
        context: AppContext,
        *,
        receipt_reader: ReceiptReader,
        speech: SpeechEngine,
        audio_source: Callable[[], AudioSource] = QtMicrophone,
    ) -> None:
        super().__init__()
        self._context = context
        self.setWindowTitle(self.tr("LingAssist — {folder}").format(folder=context.paths.home.name))
        self.setMinimumSize(*MINIMUM_SIZE)  # the layout's own minimum follows the reflow
        self.resize(first_size(self))
        self.jobs = Jobs(self)
        self._bank_imports: BankImportQueue | None = None  # made at the first bank file
        self._retraining = False
        self.switch_requested = False  # closed to be built again in another language
        self._daily_backups = QTimer(self, interval=BACKUP_CHECK_MS)
        self._daily_backups.timeout.connect(self.back_up_if_due)
        self.ledger = LedgerView(context)
        self.accounts = AccountList(context)
        self.summary = CategorySummary(context)
        self.command_bar = CommandBar()
        self.talk = PushToTalk(
            speech,
            self.jobs,
            lambda: speech_vocabulary(context),
            audio_source,
            choose=self._spoken_reading,
        )
        self.command_bar.add_to_input_row(self.talk)
        self.pages = QStackedWidget()
        self.page_actions: list[QAction] = []  # Ctrl+1… for the pages, in the View menu
        self._navigation = QButtonGroup(self)
        self._navigation_bar = QVBoxLayout()
        self.receipts = ReceiptsView(
            context, receipt_reader, self.jobs, category_choices(context), account_names(context)
        )
        self.conversation = ConversationView(context)
        self.add_page(self.tr("Assistant"), self.conversation, self.tr("Talk to the assistant"))
        self.add_page(
            self.tr("Ledger"),
            self.ledger,
            self.tr("Every transaction: search, sort, correct categories"),
        )
        self.add_page(
            self.tr("Receipts"),
            self.receipts,
            self.tr("Receipts being read and waiting for you to check them"),
        )
        self._payments_page = LazyPage(
            lambda: _payments_view(context), self._wire_payments, scrolling=True
        )
        self.add_page(
            self.tr("Payments"),
            self._payments_page,
            self.tr("Payment drafts, pending payments and payees"),
        )
        self._dashboard_page = LazyPage(lambda: _dashboard_view(context), self._wire_dashboard)
        self.add_page(
            self.tr("Dashboard"),
            self._dashboard_page,
            self.tr("This month at a glance: charts, budgets, merchants"),
        )
        self._lazy_pages = (self._payments_page, self._dashboard_page)
        self.pages.currentChanged.connect(self._size_to_current_page)
        self._size_to_current_page(0)
        self._layout()
        self.job_status = JobStatus(self.jobs)
        self.statusBar().addPermanentWidget(self.job_status)
        self.drop_overlay = DropOverlay(self.centralWidget())
        self.setAcceptDrops(True)
        self.bill_codes = BillCodeReader(context, self.jobs, self)
        self._menus()
        self._connect()
        self._refresh_status()
        self.chain_focus()
        self.command_bar.input.setFocus()

    def warm_up(self) -> None:
        """Load what the first command needs in workers, shortly after start: the speech
        model, the category model, the assistant's rules and intent model (compiling a
        few hundred patterns and reading its weights), and the receipt reader's image steps
        and patterns (compiled once in a worker, the first dropped photo no longer holds
        the interpreter while the window waits)."""
        self.talk.warm_up()
        self.jobs.start(
            self.tr("Preparing category suggestions"),
            lambda _p, _c: self._context.advisor.warm_up(),
        )
        self.jobs.start(self.tr("Preparing the assistant"), lambda _p, _c: _import_assistant())
        self.jobs.start(
            self.tr("Preparing receipt reading"), lambda _p, _c: _prepare_receipt_reading()
        )
        self.back_up_if_due()
        self._daily_backups.start()

    def back_up_if_due(self) -> None:
        """The day's automatic backup, in a worker, when the newest backup is a day old
        (checked at start and every hour while the window is open)."""
        self.jobs.start(
            self.tr("Daily backup"),
            lambda _p, _c: daily_backup_if_due(self._context),
            on_error=self._backup_failed,
        )

    def _backup_failed(self, error: BaseException) -> None:
        log.warning("the daily backup failed: %s", error)
        self.command_bar.show_error(
            self.tr(
                "The daily backup could not be made: {error} Your ledger itself is fine; "
                "free some space or check the data folder, then use Settings → Backups."
            ).format(error=shown_error(error))
        )

    def add_page(self, title: str, page: QWidget, tip: str = "") -> None:
        """Add a page to the stack with its button in the sidebar; Ctrl+1… show the pages."""
        index = self.pages.count()
        keys = QKeySequence(f"Ctrl+{index + 1}")
        shortcut = keys.toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip or title} ({shortcut})"
        button = QPushButton(title, checkable=True, objectName="navButton", toolTip=tip)
        self.pages.addWidget(page)
        action = QAction(title, self, shortcut=keys)
        action.triggered.connect(button.click)
        self.addAction(action)
        self.page_actions.append(action)
        self._navigation.addButton(button, index)
        self._navigation_bar.addWidget(button)
        button.clicked.connect(lambda: self.pages.setCurrentIndex(index))
        if index == 0:
            button.setChecked(True)

    # -- building ---------------------------------------------------------------------

    def _layout(self) -> None:
        self._sidebar = sidebar = QFrame(objectName="sidebar")
        sidebar.setFixedWidth(self._sidebar_width(narrow=False))
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(*(SIDEBAR_MARGIN,) * 4)
        side.addWidget(QLabel("LingAssist", objectName="brand"))  # a name, not translated
        side.addLayout(self._navigation_bar)
        side.addSpacing(18)
        accounts = QScrollArea(widgetResizable=True, objectName="accountsScroll")
        accounts.setFrameShape(QFrame.Shape.NoFrame)  # scrolls when the window is short
        accounts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        accounts.setWidget(self.accounts)
        accounts.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the account buttons
        accounts.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        side.addWidget(accounts, 1)
        center = QWidget(objectName="center")
        center_layout = QVBoxLayout(center)
        if self._context.read_only is not None:  # the server's backup, shown read-only
            from lingassist.gui.read_only_banner import ReadOnlyBanner

            self.read_only_banner = ReadOnlyBanner(self._context.read_only)
            center_layout.addWidget(self.read_only_banner)
        center_layout.addWidget(self.pages, 1)
        center_layout.addWidget(self.command_bar)
        self.month_panel = right = QFrame(objectName="rightPanel")
        right.setMinimumWidth(290)
        QVBoxLayout(right).addWidget(self.summary)
        splitter = QSplitter()
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([775, 290])
        self._reflow(self.width())
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        row.addWidget(splitter, 1)
        self.setCentralWidget(body)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(
            self.tr("&Open bill or receipt…"), QKeySequence.StandardKey.Open, self.choose_images
        )
        file_menu.addAction(
            self.tr("&Import bank file…"), QKeySequence("Ctrl+I"), self.choose_bank_files
        )
        file_menu.addAction(
            self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self._settings
        )
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self, shortcut=QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.tr("&Find"), QKeySequence.StandardKey.Find, self._find)
        edit.addAction(
            self.tr("&Command line"), QKeySequence("Ctrl+K"), self.command_bar.input.setFocus
        )
        edit.addSeparator()
        edit.addAction(self.tr("Categorization &rules…"), self._edit_rules)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addActions(self.page_actions)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About LingAssist"), self._about)
        own = [QKeySequence("Ctrl+K"), QKeySequence("Ctrl+I"), QKeySequence("Ctrl+F")]
        own += [action.shortcut() for action in self.page_actions]
        self._keys = WindowKeys(self, own)
        self._keys.watch(self)

    def _connect(self) -> None:
        self.command_bar.submitted.connect(self.run_command)
        self.command_bar.undo_requested.connect(self.undo)
        self.accounts.account_clicked.connect(self._show_account)
        self.summary.category_clicked.connect(self._show_category)
        self.ledger_changed.connect(self._reload_views)
        self.ledger_changed.connect(self._retrain_if_needed)
        self.ledger.filter_changed.connect(lambda _text: self._refresh_status())
        self.ledger.model.corrected.connect(self._corrected)
        self.ledger.model.correction_failed.connect(self.command_bar.show_error)
        self.receipts.saved.connect(self.ledger_changed)
        self.conversation.ledger_changed.connect(self.ledger_changed)
        self.watcher = LedgerWatcher(self._context, self)  # another person's changes
        self.watcher.changed.connect(self.ledger_changed)
        self.conversation.edit_requested.connect(self._edit_words)
        self.conversation.list_requested.connect(self._show_listed)
        self.command_bar.confirm_requested.connect(self.conversation.confirm_open_card)
        self.command_bar.escape_pressed.connect(self._escape)
        self.talk.heard.connect(self.spoken_command)
        self.talk.problem.connect(self.command_bar.show_error)
        self.talk.busy.connect(
            lambda text: self.statusBar().showMessage(text) if text else self._refresh_status()
        )
        self.receipts.count_changed.connect(self._receipt_count)
        self.bill_codes.bill_read.connect(self._bill_read)
        self.bill_codes.receipts.connect(self._receipts_arrived)

    @property
    def payments(self) -> PaymentsView:
        """The Payments page (built on first use)."""
        return self._payments_page.page

    @property
    def dashboard(self) -> DashboardView:
        """The Dashboard page (built on first use)."""
        return self._dashboard_page.page

    def show_page(self, page: QWidget) -> None:
        """Bring a page (or the lazy holder of a built page) to the front and mark its button."""
        target = next((h for h in self._lazy_pages if h.built and h.page is page), page)
        index = self.pages.indexOf(target)
        self.pages.setCurrentIndex(index)
        self._navigation.button(index).setChecked(True)

    def _wire_payments(self, page: PaymentsView) -> None:
        self.ledger_changed.connect(page.reload)
        page.changed.connect(self.ledger_changed)
        self.chain_focus()

    def _wire_dashboard(self, page: DashboardView) -> None:
        self.ledger_changed.connect(page.reload)
        page.category_clicked.connect(self._show_dashboard_category)
        page.month_clicked.connect(self._show_month)
        self.chain_focus()

    def chain_focus(self) -> None:
        """Tab goes down the sidebar's page buttons, through the page shown, to the command
        line and its buttons, then the accounts and the month on the right."""
        pages = [self.conversation, self.ledger, self.receipts]
        pages += [h.page for h in self._lazy_pages if h.built]
        chain: list[QWidget] = list(self._navigation.buttons())
        for page in pages:
            chain += page.focus_chain()
        chain += self.command_bar.focus_chain() + self.accounts.focus_chain()
        chain += self.summary.focus_chain()
        chain_focus(chain)
        if hasattr(self, "_keys"):
            self._keys.watch(self)  # the line edits of pages built since

    # -- size -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def _size_to_current_page(self, current: int) -> None:
        """Only the page shown counts for the window's minimum size (a hidden page keeps the
        layout of the width it last had, wider than a narrow window may allow)."""
        for index in range(self.pages.count()):
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            self.pages.widget(index).setSizePolicy(policy, policy)

    def _reflow(self, width: int) -> None:
        """Narrow windows drop the month panel (the Dashboard shows the month too), then
        narrow the sidebar; the window's minimum is set once, so nothing here widens it."""
        self.month_panel.setVisible(width >= MONTH_PANEL_FROM)
        self._sidebar.setFixedWidth(self._sidebar_width(narrow=width < NARROW_SIDEBAR_BELOW))

    def _sidebar_width(self, *, narrow: bool) -> int:
        """`SIDEBAR_WIDTHS`; the normal one widens, up to `WIDEST_SIDEBAR`, for account names
        a language writes longer ("Compte courant"), so the balances stay whole."""
        if narrow:
            return SIDEBAR_WIDTHS[0]
        wanted = self.accounts.wanted_width() + 2 * SIDEBAR_MARGIN
        return max(SIDEBAR_WIDTHS[1], min(wanted, WIDEST_SIDEBAR))

    # -- keys -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == TALK_KEY and not event.isAutoRepeat():
            self.talk.start()
            return
        if event.key() == Qt.Key.Key_Escape:
            self._escape()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == TALK_KEY and not event.isAutoRepeat():
            self.talk.stop()
            return
        super().keyReleaseEvent(event)

    def _escape(self) -> None:
        """Esc cancels a recording, else discards the waiting card (nothing is recorded)."""
        if not self.talk.cancel():
            self.conversation.discard_open_card()

    # -- dropping files ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
            self.drop_overlay.show_over_parent()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self.drop_overlay.hide()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.drop_overlay.hide()
        files = _local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            bank_files, images = _split_bank_files(files)
            if bank_files:
                self.bank_imports.add(bank_files)
            self.bill_codes.add(images)  # a bill's payment code, else a receipt

    def choose_images(self) -> None:
        """File → Open bill or receipt…: a bill's payment code becomes a payment card, any
        other image is read as a receipt."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open a bill or a receipt"),
            str(Path.home()),
            self.tr(
                "Images and PDF (*.png *.jpg *.jpeg *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif *.pdf)"  # noqa: E501 - one string for lupdate
            ),
        )
        self.bill_codes.add([Path(name) for name in names])

    def _bill_read(self, reading: BillReading) -> None:
        self.show_page(self.conversation)
        self.conversation.show_bill(reading)
        self.chain_focus()

    def _receipts_arrived(self, paths: list[Path]) -> None:
        self.receipts.add_files(paths)
        self.show_page(self.receipts)

    # -- bank files -------------------------------------------------------------------

    @property
    def bank_imports(self) -> BankImportQueue:
        """The bank files being imported, one ImportDialog at a time (made on first use)."""
        if self._bank_imports is None:
            from lingassist.gui.bank_import_queue import BankImportQueue

            self._bank_imports = BankImportQueue(self._context, self.jobs, self)
            self._bank_imports.imported.connect(self._bank_file_imported)
            self._bank_imports.failed.connect(self.command_bar.show_error)
        return self._bank_imports

    def choose_bank_files(self) -> None:
        """File → Import bank file…: choose statements to preview and import."""
        self.bank_imports.choose()

    def _bank_file_imported(self, result: ImportResult) -> None:
        self.ledger_changed.emit()
        self.show_page(self.ledger)
        from lingassist.gui.import_summary import import_summary

        said = import_summary(result)
        self.command_bar.show_success(f"✓ {said}", undoable=result.change is not None)

    # -- behaviour --------------------------------------------------------------------

    def _spoken_reading(self, transcript: Transcript) -> str:
        """The words of a spoken command to show and send (runs in the worker)."""
        from lingassist.services.assistant import spoken_reading  # the parser loads late

        return spoken_reading(self._context, transcript)

    def run_command(self, text: str, *, spoken: bool = False) -> None:
        """Send words to the assistant; an ``add … --merchant …`` line (the CLI's syntax) and
        ``redo`` are carried out directly. A long paste always goes to the assistant, which
        reads only its first `MAX_UTTERANCE_CHARS` characters and says so."""
        if text.strip().lower() == "redo":
            self.redo()
            return
        if len(text) > MAX_UTTERANCE_CHARS or not _is_add_syntax(text):
            self.show_page(self.conversation)
            self.conversation.send(text, spoken=spoken)
            self.command_bar.input.clear()
            self.chain_focus()  # a new card's buttons come before the command line
            return
        try:
            result = record_entry(self._context, parse_add_line(text))
        except UserFacingError as error:
            self.command_bar.show_error(shown_error(error))
            return
        except Exception as error:  # noqa: BLE001 - shown in one place, logged with traceback
            show_unexpected(self, error)
            return
        self.ledger_changed.emit()
        said = result.message  # in English, what the command line prints ("12.50 EUR")
        if result.said is not None and shown_language() != "en":
            said = shown_phrase(result.said)
        row = result.row
        self.command_bar.show_success(
            f"✓ {said} · {shown_category(row.category_code, row.category_name)}, "
            f"{shown_account(row.account)}"
        )

    def undo(self) -> None:
        """Undo the last change to the ledger."""
        self._journal_step(undo_last_said)

    def redo(self) -> None:
        """Redo what undo took back."""
        self._journal_step(redo_next_said)

    def _journal_step(self, step) -> None:  # type: ignore[no-untyped-def]
        try:
            said = step(self._context)
        except UserFacingError as error:
            self.command_bar.show_error(shown_error(error))
            return
        self.ledger_changed.emit()
        self.command_bar.show_success(shown_phrase(said), undoable=False)

    def _show_account(self, name: str) -> None:
        self.ledger.filter_account(name)
        self.show_page(self.ledger)

    def _show_listed(self, query: TransactionFilter) -> None:
        """The ledger, filtered as a listing in the conversation was."""
        self.ledger.show_filter(query)
        self.show_page(self.ledger)

    def _show_category(self, code: str) -> None:
        self.ledger.filter_category(code, self.summary.month)
        self.show_page(self.ledger)

    def _corrected(self, message: str, merchant: str, code: str) -> None:
        self.ledger_changed.emit()
        offer = (
            (
                self.tr("Always file {merchant} there…").format(merchant=merchant),
                lambda: self._always(merchant, code),
            )
            if merchant
            else None
        )
        self.command_bar.show_success(f"✓ {message}", follow_up=offer)

    def _always(self, merchant: str, code: str) -> None:
        if AlwaysRulePrompt.ask(self._context, merchant, code, self) is not None:
            self.ledger_changed.emit()

    def _settings(self) -> None:
        from lingassist.gui.settings_dialog import SettingsDialog  # its panels load when opened

        dialog = SettingsDialog(self._context, self)
        dialog.restored.connect(self.ledger_changed)
        if dialog.exec() and dialog.saved is not None:
            now = window_language(dialog.saved)
            offer = None
            if (now, dialog.saved.locale) != (
                window_language(self._context.settings),
                self._context.settings.locale,
            ):
                label = self.tr("Switch the window to {language} now").format(
                    language=LANGUAGE_NAMES.get(now, now)
                )
                offer = (label, self.switch_language_now)
            self.command_bar.show_success(
                self.tr("Settings saved; they apply from the next start."),
                undoable=False,
                follow_up=offer,
                follow_up_tip=self.tr(
                    "Build the window again in that language now; the ledger stays open"
                ),
            )

    def switch_language_now(self) -> None:
        """Close this window and have a new one built in the saved language and locale
        (run_app does it; the ledger stays open, the conversation starts anew)."""
        self.switch_requested = True
        self.close()
        QGuiApplication.quit()  # ends app.exec() even with a receipt viewer still open

    def _edit_rules(self) -> None:
        from lingassist.gui.rules_dialog import RulesDialog

        dialog = RulesDialog(self._context, self)
        dialog.changed.connect(self.ledger_changed)
        dialog.exec()

    def _retrain_if_needed(self) -> None:
        """After enough corrections, retrain the category model in a worker."""
        if self._retraining or not self._context.advisor.retrain_needed:
            return
        self._retraining = True

        def done(_result: object) -> None:
            self._retraining = False

        self.jobs.start(
            self.tr("Retraining category suggestions"),
            lambda _progress, _cancelled: self._context.advisor.retrain_if_needed(),
            on_done=done,
            on_error=done,
        )

    def spoken_command(self, words: str) -> None:
        """Act on a push-to-talk transcript as on typed words, in a language whose voice
        was measured good enough (`speech_languages.voice_acts_on`); in any other, put it
        in the command line unsent, for the person to check, and say why."""
        from lingassist.engines.speech_languages import voice_acts_on

        if voice_acts_on(window_language(self._context.settings)):
            self.run_command(words, spoken=True)
            return
        self._edit_words(words)
        self.command_bar.show_error(
            self.tr(
                "Voice in this language is transcribed for you to check before it is used: "
                "correct it if needed, then press Enter."
            )
        )

    def _edit_words(self, words: str) -> None:
        self.command_bar.input.setText(words)
        self.command_bar.input.setFocus()

    def _receipt_count(self, waiting: int) -> None:
        button = self._navigation.button(self.pages.indexOf(self.receipts))
        button.setText(
            self.tr("Receipts ({count})").format(count=waiting) if waiting else self.tr("Receipts")
        )

    def _show_dashboard_category(self, code: str) -> None:
        self.ledger.filter_category(code, self.dashboard.month)
        self.show_page(self.ledger)

    def _show_month(self, first_day: date) -> None:
        self.ledger.filter_category("", first_day)  # every category, that month
        self.show_page(self.ledger)

    def _find(self) -> None:
        self.show_page(self.ledger)
        self.ledger.search.setFocus()

    def _reload_views(self) -> None:
        self.ledger.reload()
        self.accounts.reload()
        self.summary.reload()
        self._refresh_status()
        self.chain_focus()  # the account buttons were made anew

    def _refresh_status(self) -> None:
        undo_said, redo_said = undo_redo_said(self._context)  # in the window's language
        self.undo_action.setEnabled(undo_said is not None)
        self.undo_action.setText(
            self.tr("&Undo {change}").format(change=lower_first(shown_phrase(undo_said)))
            if undo_said
            else self.tr("&Undo")
        )
        self.redo_action.setEnabled(redo_said is not None)
        self.redo_action.setText(
            self.tr("&Redo {change}").format(change=lower_first(shown_phrase(redo_said)))
            if redo_said
            else self.tr("&Redo")
        )
        shown = self.tr("%Ln transaction(s)", "", self.ledger.model.rowCount())
        self.statusBar().showMessage(f"{shown} · {self._context.database.url.rsplit('/', 1)[-1]}")

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About LingAssist"),
            self.tr(
                "LingAssist keeps your money on your own desktop.\nNothing leaves this machine."
                "\n\nData folder: {folder}"
            ).format(folder=self._context.paths.home),
        )


def first_size(window: QWidget) -> QSize:
    """The first size: `FIRST_SIZE`, or the screen's free area (less a margin for the
    frame) when that is smaller; never below the window's minimum."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else QRect(0, 0, *FIRST_SIZE)
    width = min(FIRST_SIZE[0], free.width() - 16)
    height = min(FIRST_SIZE[1], free.height() - 48)
    return QSize(max(width, MINIMUM_SIZE[0]), max(height, MINIMUM_SIZE[1]))


def _is_add_syntax(text: str) -> bool:
    """``add 12.50 --merchant …``, ``12.50 --merchant …``, ``add 12.50``, ``add`` alone or
    with a quoted word (``add 5 'Bob``): the command-line form of an expense, told by its
    options, its quoting or its bareness. A sentence that starts with "add" ("Add 4,80 for
    bakery please", "add the 35 for the water to the same payment") is the assistant's, with
    its card to confirm."""
    words = text.split()
    if any(word.startswith("--") for word in words):
        return True
    if not words or words[0].lower() != "add":
        return False
    bare = len(words) == 1 or (len(words) == 2 and _AMOUNT_WORD.fullmatch(words[1]) is not None)
    return bare or any(word[0] in "'\"" for word in words[1:])


_AMOUNT_WORD = re.compile(r"[$€£]?\d[\d.,]*")


def _local_files(mime: QMimeData) -> list[Path]:
    """The local files (not folders or web links) being dragged."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


def _split_bank_files(files: list[Path]) -> tuple[list[Path], list[Path]]:
    """The dropped files split into bank statements (told by content) and receipts."""
    from lingassist.services.bank_file_reading import is_bank_file

    bank = [path for path in files if is_bank_file(path)]
    return bank, [path for path in files if path not in bank]


def _payments_view(context: AppContext) -> PaymentsView:
    from lingassist.gui.payments_view import PaymentsView

    return PaymentsView(context)


def _dashboard_view(context: AppContext) -> DashboardView:
    from lingassist.gui.dashboard_view import DashboardView

    return DashboardView(context)


def _prepare_receipt_reading() -> None:
    import lingassist.engines.ocr_languages  # noqa: F401
    import lingassist.engines.straighten  # noqa: F401
    from lingassist.receipts import TextLine, parse_receipt

    lines = [TextLine("SHOP"), TextLine("TOTAL 1.00"), TextLine("01/02/2026")]
    parse_receipt(lines, default_currency="EUR", today=date(2026, 1, 2))


def _import_assistant() -> None:
    import lingassist.gui.action_card  # noqa: F401
    from lingassist.services.assistant import prepare_understanding

    prepare_understanding()
