"""When the window cannot start (a damaged ledger, a ledger from a newer LingAssist, a server
that cannot be reached with no backup to show, a damaged settings file), a person who
started LingAssist from a launcher sees why in a message box in their language: the home's
settings language, else the system's. The terminal still gets the English message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from lingassist.cli import EXIT_USER_ERROR, main
from lingassist.config import AppPaths, Settings, save_settings
from lingassist.gui.first_start_dialog import FirstStartChoice
from lingassist.services.context import open_home

Shown = list[tuple[str, str, str]]  # each box's title, text and advice


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """The boxes shown, instead of waiting for someone to close them."""
    shown: Shown = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def _home(tmp_path: Path, language: str, **settings: str) -> Path:
    home = tmp_path / "home"
    locale = {"en": "en_IE", "fr": "fr_FR", "vi": "vi_VN"}[language]
    save_settings(AppPaths(home).ensure(), Settings(locale=locale, language=language, **settings))
    return home


TITLE = {"fr": "LingAssist ne peut pas démarrer", "vi": "LingAssist không khởi động được"}
ADVICE = {
    "fr": "Relancez LingAssist une fois ce problème réglé.",
    "vi": "Hãy mở lại LingAssist sau khi đã khắc phục việc này.",
}
DAMAGED = {"fr": "Le fichier de comptes ", "vi": "Sổ "}
NEWER = {
    "fr": "a été écrit par une version plus récente de LingAssist (schéma 9999",
    "vi": "được ghi bởi phiên bản LingAssist mới hơn (lược đồ 9999",
}
UNREACHABLE = {"fr": "Impossible d’ouvrir les comptes sur", "vi": "Không mở được sổ trên"}


@pytest.mark.parametrize("language", ["fr", "vi"])
def test_a_damaged_ledger_is_said_in_a_box_in_the_settings_language(
    tmp_path: Path, language: str, boxes: Shown, capsys: pytest.CaptureFixture[str]
) -> None:
    home = _home(tmp_path, language)
    AppPaths(home).database.write_bytes(b"this is not a ledger\n" * 200)
    assert main(["--home", str(home)]) == EXIT_USER_ERROR
    assert "is damaged (file is not a database); nothing was changed" in capsys.readouterr().err
    [(title, text, advice)] = boxes
    assert (title, advice) == (TITLE[language], ADVICE[language])
    assert text.startswith(DAMAGED[language]) and "nothing was changed" not in text, text
    assert str(AppPaths(home).database) in text


@pytest.mark.parametrize("language", ["fr", "vi"])
def test_a_ledger_from_a_newer_lingassist_is_said_in_a_box(
    tmp_path: Path, language: str, boxes: Shown, capsys: pytest.CaptureFixture[str]
) -> None:
    home = _home(tmp_path, language)
    open_home(home).database.close()
    with sqlite3.connect(AppPaths(home).database) as ledger:
        ledger.execute("UPDATE alembic_version SET version_num = '9999'")
    ledger.close()
    assert main(["--home", str(home)]) == EXIT_USER_ERROR
    assert "was written by a newer LingAssist (schema 9999" in capsys.readouterr().err
    [(title, text, _)] = boxes
    assert title == TITLE[language] and NEWER[language] in text, text


@pytest.mark.parametrize("language", ["fr", "vi"])
def test_an_unreachable_server_without_a_backup_is_said_in_a_box(
    tmp_path: Path, language: str, boxes: Shown, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://someone:secret@127.0.0.1:1/ledger?connect_timeout=3"
    home = _home(tmp_path, language, database_url=url)
    assert main(["--home", str(home)]) == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "There is no local backup" in err
    [(title, text, _)] = boxes
    assert title == TITLE[language] and text.startswith(UNREACHABLE[language]), text
    assert "secret" not in text


def test_a_damaged_settings_file_is_said_in_the_systems_language(
    tmp_path: Path, boxes: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("locale.getlocale", lambda: ("vi_VN", "UTF-8"))
    home = _home(tmp_path, "fr")
    AppPaths(home).settings.write_text("{ not json", encoding="utf-8")
    assert main(["--home", str(home)]) == EXIT_USER_ERROR
    [(title, text, _)] = boxes
    assert title == TITLE["vi"] and text.startswith("Tệp cài đặt"), text


def test_an_unexpected_problem_is_said_in_a_box_too(
    tmp_path: Path, boxes: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _home(tmp_path, "fr")

    def broken(_arguments: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("lingassist.cli._open_home", broken)
    assert main(["--home", str(home)]) == 1
    [(title, text, advice)] = boxes
    assert title == TITLE["fr"] and "problème inattendu : boom" in text and not advice


def test_a_command_says_it_on_the_terminal_only(
    tmp_path: Path, boxes: Shown, capsys: pytest.CaptureFixture[str]
) -> None:
    home = _home(tmp_path, "fr")
    AppPaths(home).database.write_bytes(b"this is not a ledger\n" * 200)
    assert main(["--home", str(home), "list"]) == EXIT_USER_ERROR
    assert "is damaged" in capsys.readouterr().err and boxes == []


@pytest.mark.parametrize(
    ("home", "said"),
    [("file", "--home {home} est un fichier, pas un dossier"),
     ("file/home", "Impossible d’utiliser {home} comme dossier de LingAssist")],
)  # fmt: skip
def test_a_home_that_cannot_be_used_is_said_in_the_systems_language(
    tmp_path: Path, home: str, said: str, boxes: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("locale.getlocale", lambda: ("fr_FR", "UTF-8"))
    chosen = FirstStartChoice("EUR", "Checking")  # a new home asks first, then is made
    monkeypatch.setattr("lingassist.gui.app.first_start", lambda _guess: chosen)
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    given = tmp_path / home
    assert main(["--home", str(given)]) == EXIT_USER_ERROR
    [(title, text, _)] = boxes
    assert title == TITLE["fr"] and text.startswith(said.format(home=given)), text
