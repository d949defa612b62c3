"""SettingsDialog: currency, the window's language, locale, default account, speech model, OCR
languages (General), each money account's holder name, IBAN and BIC for SEPA files
(Accounts), and the backups with Restore and the second backup folder (Backups)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lingassist.config import Settings
from lingassist.core.errors import UserFacingError
from lingassist.gui.backups_panel import BackupsPanel
from lingassist.gui.bank_accounts_panel import BankAccountsPanel
from lingassist.gui.focus import chain_focus
from lingassist.gui.shared_ledger_panel import SharedLedgerPanel
from lingassist.gui.style import show_kind
from lingassist.gui.translation import LANGUAGE_NAMES, shown_account, shown_error
from lingassist.services.context import AppContext
from lingassist.services.entries import account_names
from lingassist.services.settings import ACCOUNT_KINDS, add_account, update_settings

KIND_NAMES = {  # services.settings.ACCOUNT_KINDS as the window names them
    "checking": QT_TRANSLATE_NOOP("SettingsDialog", "checking"),
    "savings": QT_TRANSLATE_NOOP("SettingsDialog", "savings"),
    "cash": QT_TRANSLATE_NOOP("SettingsDialog", "cash"),
    "card": QT_TRANSLATE_NOOP("SettingsDialog", "card"),
}
LOCALES = ("en_US", "en_GB", "en_IE", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "ms_MY", "vi_VN")


class SettingsDialog(QDialog):
    """Edits the settings; they are checked, saved, and apply from the next start.

    Signals:
        restored: a backup replaced the ledger (the window's views must reload).
    """

    restored = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._context = context
        self.saved: Settings | None = None
        current = context.settings
        self.currency = QLineEdit(
            current.default_currency, maxLength=3, toolTip=self.tr("ISO code, e.g. EUR, USD, GBP")
        )
        self.language = QComboBox(
            toolTip=self.tr("The window's language; it applies from the next start")
        )
        self.language.addItem(self.tr("Automatic (the locale's language)"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.locale = QComboBox(editable=True)
        self.locale.addItems(LOCALES)
        self.locale.setCurrentText(current.locale)
        self.account = QComboBox()
        for name in account_names(context):  # shown in the window's language, kept as stored
            self.account.addItem(shown_account(name), name)
        self.account.setCurrentIndex(max(self.account.findData(current.default_account), 0))
        self.speech_model = QLineEdit(
            current.speech_model, placeholderText=self.tr("bundled Whisper tiny.en")
        )
        self.ocr_languages = QLineEdit(
            current.ocr_languages,
            placeholderText="eng",
            toolTip=self.tr("Tesseract languages joined by +, e.g. eng+deu"),
        )
        self.new_account = QLineEdit(placeholderText=self.tr("e.g. Savings, Amex"))
        self.new_kind = QComboBox()
        for kind in ACCOUNT_KINDS:
            self.new_kind.addItem(self.tr(KIND_NAMES.get(kind, kind)), kind)
        self.message = QLabel(objectName="feedback", wordWrap=True)
        self.backups = BackupsPanel(context)
        self.backups.said.connect(self._say)
        self.backups.restored.connect(self.restored)
        self.bank_accounts = BankAccountsPanel(context)
        self.bank_accounts.said.connect(self._say)
        self.tabs = QTabWidget()
        self._build()

    def save(self) -> bool:
        """Check and save; False (and the problems shown) when something is wrong."""
        try:
            self.saved = update_settings(
                self._context,
                default_currency=self.currency.text(),
                language=self.language.currentData() or "",
                locale=self.locale.currentText(),
                default_account=self.account.currentData() or self.account.currentText(),
                speech_model=self.speech_model.text(),
                ocr_languages=self.ocr_languages.text() or "eng",
                second_backup_folder=self.backups.second_folder.text(),
            )
        except UserFacingError as error:
            self._say(shown_error(error), "error")
            return False
        self._say(self.tr("Saved. Restart LingAssist for the changes to apply."), "success")
        return True

    def open_account(self) -> None:
        """Open the account typed in "New account"."""
        try:
            message = add_account(
                self._context, self.new_account.text(), self.new_kind.currentData()
            )
        except UserFacingError as error:
            self._say(shown_error(error), "error")
            return
        self.account.addItem(self.new_account.text().strip(), self.new_account.text().strip())
        self.new_account.clear()
        self._say(message, "success")

    def show_bank_details(self, account: str) -> None:
        """Open on Accounts, showing `account`'s holder name, IBAN and BIC."""
        self.tabs.setCurrentWidget(self.bank_accounts)
        self.bank_accounts.show_account(account)

    def back_up_now(self) -> None:
        """Copy the ledger into the backups folder and say where."""
        self.backups.back_up_now()

    def _build(self) -> None:
        browse = QPushButton(
            self.tr("Browse…"), toolTip=self.tr("Choose a faster-whisper model folder")
        )
        browse.clicked.connect(self._pick_model)
        model_row = QHBoxLayout()
        model_row.addWidget(self.speech_model, 1)
        model_row.addWidget(browse)
        open_button = QPushButton(
            self.tr("Open"), toolTip=self.tr("Open the new account now (it starts empty)")
        )
        open_button.clicked.connect(self.open_account)
        self.new_account.returnPressed.connect(self.open_account)
        account_row = QHBoxLayout()
        account_row.addWidget(self.new_account, 1)
        account_row.addWidget(self.new_kind)
        account_row.addWidget(open_button)
        form = QFormLayout()
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Locale (numbers, dates)"), self.locale)
        form.addRow(self.tr("Default account"), self.account)
        form.addRow(self.tr("New account"), account_row)
        form.addRow(self.tr("Speech model"), model_row)
        form.addRow(self.tr("OCR languages"), self.ocr_languages)
        form.addRow(self.tr("Data folder"), QLabel(str(self._context.paths.home), wordWrap=True))
        general = QWidget()
        general.setLayout(form)
        self.tabs.addTab(general, self.tr("&General"))
        self.tabs.addTab(self.bank_accounts, self.tr("&Accounts"))
        self.tabs.addTab(self.backups, self.tr("&Backups"))
        self.shared_ledger = SharedLedgerPanel(self._context)
        self.shared_ledger.said.connect(self._say)
        self.tabs.addTab(self.shared_ledger, self.tr("S&hared ledger"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(lambda: self.save() and self.accept())
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # Enter saves (and Esc closes)
        for button in (browse, open_button):
            button.setAutoDefault(False)
        chain_focus(
            [
                self.currency,
                self.language,
                self.locale,
                self.account,
                self.new_account,
                self.new_kind,
                open_button,
                self.speech_model,
                browse,
                self.ocr_languages,
                *self.bank_accounts.focus_order(),
                *self.backups.focus_order(),
                self.save_button,
                buttons.button(QDialogButtonBox.StandardButton.Close),
            ]
        )

    def _pick_model(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("A faster-whisper model folder"))
        if folder:
            self.speech_model.setText(folder)

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        show_kind(self.message, kind)
