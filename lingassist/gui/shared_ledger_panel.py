"""SharedLedgerPanel: the database server a household's ledger lives on (Settings → Shared
ledger): its URL, the password (to the system keyring), a connection check that says
whether the connection is encrypted, and “Use this server” from the next start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.errors import UserFacingError
from lingassist.gui.translation import shown_error, shown_phrase
from lingassist.services.context import AppContext
from lingassist.services.database_choice import check_server, use_database


class SharedLedgerPanel(QWidget):
    """Chooses the server; the password goes to the keyring, never the settings file.

    Signals:
        said: (text, kind) a message for the dialog's feedback line.
    """

    said = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.url = QLineEdit(
            context.settings.database_url,
            placeholderText=self.tr(
                "postgresql+psycopg://USER@HOST/DATABASE (empty: this computer only)"
            ),
        )
        self.password = QLineEdit(
            placeholderText=self.tr("kept in the system keyring"),
            echoMode=QLineEdit.EchoMode.Password,
        )
        self.check_button = QPushButton(
            self.tr("Check connection"), toolTip=self.tr("Connect once and say if it is encrypted")
        )
        self.use_button = QPushButton(
            self.tr("Use this server"), toolTip=self.tr("Open this ledger from the next start")
        )
        self.check_button.clicked.connect(self.check)
        self.use_button.clicked.connect(self.use)
        for button in (self.check_button, self.use_button):
            button.setAutoDefault(False)
        self._build()

    def check(self) -> None:
        """Connect once with the URL and password typed, and say how it went."""
        try:
            said = check_server(self.url.text(), self.password.text())
            self.said.emit(shown_phrase(said), "success")
        except UserFacingError as error:
            self.said.emit(shown_error(error), "error")

    def use(self) -> None:
        """Save the URL (without its password) and the password to the keyring."""
        try:
            use_database(self._context, self.url.text(), self.password.text())
        except UserFacingError as error:
            self.said.emit(shown_error(error), "error")
            return
        self.password.clear()
        self.said.emit(self.tr("Saved. Restart LingAssist to open that ledger."), "success")

    def _build(self) -> None:
        about = QLabel(
            self.tr(
                "Keep the ledger on a PostgreSQL server so that two computers share one set "
                "of books. The password is kept in the system keyring, never in the settings "
                "file. The connection is encrypted (TLS) whenever the server offers it "
                "(sslmode=prefer); add ?sslmode=verify-full&sslrootcert=/path/to/ca.crt to the "
                "URL to insist on it and check the server's certificate. When the server "
                "cannot be reached, LingAssist opens its last local backup, read-only. To "
                "copy this ledger onto an empty server database: lingassist migrate-store "
                "--to URL."
            ),
            wordWrap=True,
        )
        form = QFormLayout()
        form.addRow(self.tr("Server URL"), self.url)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.use_button)
        column = QVBoxLayout(self)
        column.addWidget(about)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch(1)
