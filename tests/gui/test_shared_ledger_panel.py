"""Settings → Shared ledger with real widgets: the connection check says whether the
connection is encrypted (a server that offers TLS, one that does not) and why a login
failed; “Use this server” keeps the URL without its password and the password in the
keyring only."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lingassist.gui.settings_dialog import SettingsDialog
from lingassist.services.context import AppContext
from tests import pg
from tests.ledger.test_postgresql import MemoryKeyring

LEFT = Qt.MouseButton.LeftButton


def _said(dialog: SettingsDialog) -> str:
    return dialog.message.text()


def test_the_check_says_if_the_connection_is_encrypted_and_use_keeps_the_password_out(
    qtbot: QtBot,
    context: AppContext,
    postgres_server: pg.PostgresServer,
    stoppable_server: pg.PostgresServer,
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    panel = dialog.shared_ledger
    dialog.tabs.setCurrentWidget(panel)
    name = stoppable_server.fresh_password_database()
    url = stoppable_server.tcp_url(name).replace(f":{pg.PASSWORD}@", "@")
    panel.url.setText(url)
    panel.password.setText(pg.PASSWORD)
    qtbot.mouseClick(panel.check_button, LEFT)
    assert "encrypted (TLSv1." in _said(dialog), _said(dialog)

    panel.password.setText("not-the-one")
    qtbot.mouseClick(panel.check_button, LEFT)
    assert "refused the user name or password" in _said(dialog)
    assert "not-the-one" not in _said(dialog)

    plain = postgres_server.url(postgres_server.fresh_password_database(), user=pg.PASSWORD_ROLE)
    panel.url.setText(plain)  # a Unix socket: no TLS offered
    panel.password.setText(pg.PASSWORD)
    qtbot.mouseClick(panel.check_button, LEFT)
    assert "NOT encrypted" in _said(dialog) and "sslmode=verify-full" in _said(dialog)

    previous = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    try:
        panel.url.setText(url)
        qtbot.mouseClick(panel.use_button, LEFT)
    finally:
        keyring.set_keyring(previous)
    assert "Restart LingAssist" in _said(dialog)
    stored = json.loads(Path(context.paths.settings).read_text(encoding="utf-8"))
    assert stored["database_url"].startswith("postgresql+psycopg://lingassist_pw@127.0.0.1")
    assert pg.PASSWORD not in json.dumps(stored)
    assert list(kept.kept.values()) == [pg.PASSWORD]
    assert panel.password.text() == ""
