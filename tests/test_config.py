from pathlib import Path

import pytest

from lingassist.config import (
    AppPaths,
    Settings,
    default_home,
    load_settings,
    save_settings,
    system_defaults,
)
from lingassist.core.errors import NothingToUndo, UserFacingError
from lingassist.services.context import open_home
from lingassist.services.entries import undo_last


def test_settings_round_trip_and_ignore_unknown_keys(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path)
    save_settings(paths, Settings(default_currency="GBP", locale="en_GB"))
    paths.settings.write_text(paths.settings.read_text().replace("{", '{"future_option": 1, ', 1))
    assert load_settings(paths) == Settings(default_currency="GBP", locale="en_GB")


def test_a_damaged_settings_file_is_named_in_the_error(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path)
    paths.settings.write_text("{not json")
    with pytest.raises(UserFacingError, match="settings.json is damaged"):
        load_settings(paths)


@pytest.mark.parametrize(
    ("language", "currency"), [("de_DE.UTF-8", "EUR"), ("en_GB.UTF-8", "GBP"), ("C", "EUR")]
)
def test_first_use_guesses_the_currency_from_the_locale(
    monkeypatch: pytest.MonkeyPatch, language: str, currency: str
) -> None:
    monkeypatch.setattr("locale.getlocale", lambda: (None, None))
    monkeypatch.setenv("LANG", language)
    assert system_defaults().default_currency == currency


def test_home_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LINGASSIST_HOME", str(tmp_path / "portable"))
    assert default_home() == tmp_path / "portable"


def test_a_new_home_has_starter_accounts_that_undo_cannot_remove(tmp_path: Path) -> None:
    context = open_home(tmp_path / "new")
    assert context.paths.database.exists() and context.paths.settings.exists()
    with pytest.raises(NothingToUndo):
        undo_last(context)
