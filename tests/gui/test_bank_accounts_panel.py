"""Settings → Accounts: each money account's holder name, IBAN and BIC, typed with real key
presses, checked by the project's IBAN and BIC checks, and used by the SEPA file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lingassist.gui.settings_dialog import SettingsDialog
from lingassist.services import payment_exports as exports
from lingassist.services import payments
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry


def type_into(qtbot: QtBot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def test_accounts_tab_sets_holder_iban_and_bic_with_enter(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_bank_details("Cash")
    panel, form = dialog.bank_accounts, dialog.bank_accounts.form
    assert dialog.tabs.currentWidget() is panel and form.account == "Cash"
    panel.show_account("Checking")
    assert (
        form.account == "Checking" and form.iban.text() == "" and not form.cancel_button.isVisible()
    )

    type_into(qtbot, form.holder, "Ada Lovelace")
    type_into(qtbot, form.iban, "DE88 3704 0044 0532 0130 00")  # a wrong check digit
    qtbot.keyClick(form.iban, Qt.Key.Key_Return)
    assert dialog.isVisible() and form.error.isVisible() and "check digits" in form.error.text()
    assert exports.bank_details(context, "Checking").iban == ""

    type_into(qtbot, form.iban, "DE89 3704 0044 0532 0130 00")
    type_into(qtbot, form.bic, "cobadeff")
    qtbot.keyClick(form.bic, Qt.Key.Key_Enter)  # saves the details, not the dialog: it stays
    assert dialog.isVisible() and not form.error.isVisible()
    assert "Saved Checking's bank details" in dialog.message.text()
    details = exports.bank_details(context, "Checking")
    assert (details.holder_name, details.iban, details.bic) == (
        "Ada Lovelace",
        "DE89370400440532013000",
        "COBADEFF",
    )
    panel.show_account("Cash")
    assert form.holder.text() == "" and form.iban.text() == ""
    panel.show_account("Checking")  # read back from the ledger
    assert (form.holder.text(), form.iban.text(), form.bic.text()) == (
        "Ada Lovelace",
        "DE89370400440532013000",
        "COBADEFF",
    )


def test_details_set_in_settings_make_the_sepa_file(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    record_entry(context, EntryRequest("500", category="INCOME_SALARY", income=True))
    payments.save_payee(context, "Alice Martin", "NL91ABNA0417164300")
    row = payments.confirm_payment(
        context, payments.draft_payment(context, "Alice Martin", Decimal("40.50"))
    )
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show_bank_details("Checking")
    form = dialog.bank_accounts.form
    type_into(qtbot, form.holder, "Ada Lovelace")
    type_into(qtbot, form.iban, "DE89370400440532013000")
    qtbot.keyClick(form.iban, Qt.Key.Key_Return)
    path = exports.export_pain001_from_account(context, [row.id], tmp_path / "sepa.xml")
    xml = path.read_text()
    assert "Ada Lovelace" in xml and "DE89370400440532013000" in xml
