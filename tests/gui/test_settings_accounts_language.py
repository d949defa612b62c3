"""Settings → Accounts in a French or Vietnamese window names LingAssist's own accounts in
that language ('Compte courant', not 'Checking'; seen in dialog-settings-accounts-fr/vi),
in its choice, its form's sentence and its saved message, and keeps the stored name."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from lingassist.gui.settings_dialog import SettingsDialog
from lingassist.services import payment_exports as exports
from lingassist.services.context import AppContext

CHECKING = {"en": "Checking", "fr": "Compte courant", "vi": "Tài khoản chính"}


@pytest.mark.parametrize("speaking", ["en", "fr", "vi"], indirect=True)
def test_the_accounts_tab_names_accounts_in_the_windows_language(
    qtbot: QtBot, context: AppContext, speaking: str
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_bank_details("Cash")
    panel, form = dialog.bank_accounts, dialog.bank_accounts.form
    panel.show_account("Checking")
    shown = CHECKING[speaking]
    assert panel.account.currentText() == shown and panel.account.currentData() == "Checking"
    assert form.account == "Checking"  # what the details are saved for
    assert shown in form.intro.text()
    assert speaking == "en" or "Checking" not in form.intro.text()
    form.iban.setText("DE89 3704 0044 0532 0130 00")
    form.holder.setText("Ada Lovelace")
    form.save_button.click()
    assert exports.bank_details(context, "Checking").iban == "DE89370400440532013000"
    assert shown in dialog.message.text()
    assert speaking == "en" or "Checking" not in dialog.message.text()
