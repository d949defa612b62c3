"""Settings are checked before saving; a new person is asked two things, or sees the demo."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from lingassist.config import AppPaths, Settings, load_settings
from lingassist.gui.first_start_dialog import FirstStartDialog
from lingassist.gui.settings_dialog import SettingsDialog
from lingassist.services.context import AppContext


def test_settings_refuse_bad_values_and_save_good_ones(qtbot: QtBot, context: AppContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.currency.setText("XYZ")
    dialog.speech_model.setText("/nowhere")
    assert not dialog.save()
    assert (
        "not an ISO 4217" in dialog.message.text()
        and "no faster-whisper model" in dialog.message.text()
    )
    dialog.currency.setText("gbp")
    dialog.speech_model.setText("")
    dialog.locale.setCurrentText("en_GB")
    assert dialog.save()
    stored = load_settings(context.paths)
    assert (stored.default_currency, stored.locale) == ("GBP", "en_GB")


def test_back_up_makes_a_copy_that_opens(qtbot: QtBot, context: AppContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    copies = list((context.paths.home / "backups").glob("ledger-*.sqlite3"))
    assert len(copies) == 1 and copies[0].stat().st_size > 10_000
    assert str(copies[0]) in dialog.message.text()


def test_first_start_asks_currency_and_account(qtbot: QtBot) -> None:
    dialog = FirstStartDialog(Settings(default_currency="USD"))
    qtbot.addWidget(dialog)
    dialog.currency.setText("ZZZ")
    dialog._start()
    assert dialog.choice is None and "not a currency" in dialog.problem.text()
    dialog.currency.setText("chf")
    dialog.account.setText("  Postfinance  ")
    dialog._start()
    assert dialog.choice is not None
    assert (dialog.choice.currency, dialog.choice.account, dialog.choice.demo) == (
        "CHF",
        "Postfinance",
        False,
    )


def test_the_chosen_first_account_is_created(tmp_path: Path) -> None:
    from lingassist.config import save_settings
    from lingassist.services.context import open_home
    from lingassist.services.entries import account_names

    paths = AppPaths(tmp_path / "new").ensure()
    save_settings(paths, Settings(default_currency="CHF", default_account="Postfinance"))
    assert account_names(open_home(paths.home)) == ["Postfinance", "Cash"]


def test_another_account_can_be_opened(qtbot: QtBot, context: AppContext) -> None:
    from lingassist.services.entries import account_names

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.new_account.setText("Amex")
    dialog.new_kind.setCurrentText("card")
    dialog.open_account()
    assert "Opened Amex (card, EUR)" in dialog.message.text()
    assert "Amex" in account_names(context)
    dialog.new_account.setText("amex")
    dialog.open_account()
    assert "already an account" in dialog.message.text()
