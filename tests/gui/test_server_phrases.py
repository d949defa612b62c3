"""In a French or Vietnamese window, a ledger on a database server that cannot be used is
said in the window's language: the server unreachable or refusing the login, a lost
connection, the banner over its read-only backup and the refusal of a change, a URL that
is none, a connection checked, no keyring for the password, and a server database that
already holds a ledger. The command line keeps the English text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from lingassist.core.errors import UserFacingError
from lingassist.gui.read_only_banner import ReadOnlyBanner
from lingassist.gui.shared_ledger_panel import SharedLedgerPanel
from lingassist.gui.translation import shown_error, shown_phrase
from lingassist.ledger import server
from lingassist.services import database_password, store_migration
from lingassist.services.backups import Backup
from lingassist.services.context import AppContext
from lingassist.services.database_choice import check_server
from lingassist.services.server_backups import ReadOnlyBackup

URL = "postgresql://anna:secret@nas:5433/household"


def _failed(words: str) -> OperationalError:
    return OperationalError("connect", {}, Exception(words))


@pytest.mark.parametrize(
    ("speaking", "unreachable", "refused"),
    [("fr", "Impossible d’ouvrir les comptes sur nas:5433/household (en tant que anna) : le "
            "serveur est injoignable. Vérifiez qu’il fonctionne",
      "le serveur a refusé le nom d’utilisateur ou le mot de passe."),
     ("vi", "Không mở được sổ trên nas:5433/household (với người dùng anna): không kết nối được "
            "máy chủ. Hãy kiểm tra máy chủ đang chạy",
      "máy chủ đã từ chối tên người dùng hoặc mật khẩu.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_server_that_cannot_be_used_says_why_in_the_window_language(
    speaking: str, unreachable: str, refused: str
) -> None:
    away = server.connection_problem(_failed("connection refused"), URL)
    login = server.connection_problem(_failed("password authentication failed for anna"), URL)
    assert shown_error(away).startswith(unreachable)
    assert refused in shown_error(login) and login.login_refused
    assert "secret" not in shown_error(away) + shown_error(login)


def test_a_server_that_cannot_be_used_keeps_its_english_text() -> None:
    away = server.connection_problem(_failed("connection refused"), URL)
    other = server.connection_problem(_failed("FATAL:  too many clients\nDETAIL: x"), "bad")
    lost = server.lost_connection(_failed("server closed the connection unexpectedly"), URL)
    assert str(away) == (
        "Cannot open the ledger on nas:5433/household (as anna): the server cannot be reached. "
        "Check that it is running and that this computer can reach it (address, port, network)."
    )
    assert str(other) == "Cannot open the ledger on the database server: FATAL:  too many clients"
    assert str(lost).startswith(
        "Lost the connection to the ledger on nas:5433/household (as anna): server closed the "
        "connection unexpectedly. What you just did was not saved"
    )


@pytest.mark.parametrize(
    ("speaking", "lost"),
    [("fr", "La connexion aux comptes sur nas:5433/household (en tant que anna) a été perdue : "
            "le serveur est injoignable. Vérifiez"),
     ("vi", "Mất kết nối tới sổ trên nas:5433/household (với người dùng anna): không kết nối "
            "được máy chủ. Hãy kiểm tra")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_lost_connection_is_said_in_the_window_language(speaking: str, lost: str) -> None:
    error = server.lost_connection(_failed("could not connect to server"), URL)
    assert shown_error(error).startswith(lost)
    assert str(error).startswith(
        "Lost the connection to the ledger on nas:5433/household (as anna): the server cannot "
        "be reached. Check that it is running"
    )


def _shown(login_refused: bool) -> ReadOnlyBackup:
    problem = server.connection_problem(_failed("connection refused"), URL)
    backup = Backup(Path("auto-server.sqlite3"), datetime(2026, 12, 2, 14, 0), 4096, 1)
    return ReadOnlyBackup(backup, problem.said, login_refused)


@pytest.mark.parametrize(
    ("speaking", "headline", "detail", "refusal"),
    [("fr", "Serveur injoignable — affichage de votre sauvegarde du 2026-12-02 14:00, en "
            "lecture seule",
      "Impossible d’ouvrir les comptes sur", "Rien n’a été modifié : ceci est votre sauvegarde"),
     ("vi", "Không kết nối được máy chủ — đang hiển thị bản sao lưu lúc 2026-12-02 14:00, chỉ "
            "đọc",
      "Không mở được sổ trên", "Không có gì bị thay đổi: đây là bản sao lưu")],
    indirect=["speaking"],
)  # fmt: skip
def test_the_read_only_banner_and_refusal_are_in_the_window_language(
    qtbot: QtBot, speaking: str, headline: str, detail: str, refusal: str
) -> None:
    shown = _shown(login_refused=False)
    banner = ReadOnlyBanner(shown)
    qtbot.addWidget(banner)
    assert banner.headline.text() == headline
    assert banner.detail.text().replace("\u200b", "").startswith(detail)
    assert "cannot be reached" not in banner.detail.text()
    assert shown_phrase(shown.said_refusal).startswith(refusal)
    assert (
        shown.headline == "Server unreachable — showing your backup of 2026-12-02 14:00, read-only"
    )
    assert shown.refusal.startswith("Nothing was changed: this is your backup of 2026-12-02 14:00")
    assert _shown(login_refused=True).headline.startswith("Server refused the login — showing")


@pytest.mark.parametrize(
    ("speaking", "not_server", "not_url", "no_keyring"),
    [("fr", "Donnez l’URL d’un serveur, p. ex. postgresql+psycopg://USER@HOST/DATABASE.",
      "ledger.sqlite3 n’est pas une URL de base de données : donnez-en une comme ",
      "Aucun trousseau du système n’est disponible ici"),
     ("vi", "Hãy nhập URL của máy chủ, ví dụ postgresql+psycopg://USER@HOST/DATABASE.",
      "ledger.sqlite3 không phải là URL cơ sở dữ liệu: hãy nhập một URL như ",
      "Ở đây không có kho khóa của hệ thống")],
    indirect=["speaking"],
)  # fmt: skip
def test_the_shared_ledger_panel_says_its_refusals_in_the_window_language(
    qtbot: QtBot,
    context: AppContext,
    speaking: str,
    not_server: str,
    not_url: str,
    no_keyring: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = SharedLedgerPanel(context)
    qtbot.addWidget(panel)
    said: list[tuple[str, str]] = []
    panel.said.connect(lambda text, kind: said.append((text, kind)))
    panel.url.setText("sqlite:///ledger.sqlite3")
    panel.check()
    panel.url.setText("ledger.sqlite3")
    panel.check()

    def no_backend(*_args: object) -> None:
        raise RuntimeError("no recommended backend")

    monkeypatch.setattr("keyring.set_password", no_backend)
    panel.url.setText("postgresql://anna@nas/household")
    panel.password.setText("secret")
    panel.use()
    assert said[0] == (not_server, "error")
    assert said[1][0].startswith(not_url) and said[1][1] == "error"
    assert said[2][0].startswith(no_keyring) and said[2][1] == "error"
    with pytest.raises(UserFacingError) as raised:
        database_password.store_password("postgresql://anna@nas/household", "secret")
    assert str(raised.value).startswith(
        "No system keyring is available here (e.g. no Secret Service on a headless machine: "
        "RuntimeError), so the password was not stored anywhere;"
    )


@pytest.mark.parametrize(
    ("speaking", "plain", "encrypted"),
    [("fr", "Connecté à postgresql+psycopg://anna@nas/household, SANS chiffrement : le serveur "
            "ne propose pas TLS. Ajoutez ?sslmode=verify-full",
      "Connecté à postgresql+psycopg://anna@nas/household, chiffré (TLSv1.3)."),
     ("vi", "Đã kết nối tới postgresql+psycopg://anna@nas/household, KHÔNG mã hóa: máy chủ "
            "không hỗ trợ TLS. Thêm ?sslmode=verify-full",
      "Đã kết nối tới postgresql+psycopg://anna@nas/household, có mã hóa (TLSv1.3).")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_connection_checked_is_said_in_the_window_language(
    speaking: str, plain: str, encrypted: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = iter([None, "TLSv1.3"])
    monkeypatch.setattr(server, "encryption", lambda _url, _password: next(versions))
    unencrypted = check_server("postgresql://anna@nas/household")
    assert shown_phrase(unencrypted).startswith(plain)
    assert shown_phrase(check_server("postgresql://anna@nas/household")) == encrypted
    assert unencrypted.text == (
        "Connected to postgresql+psycopg://anna@nas/household, NOT encrypted: the server offers "
        "no TLS. Add ?sslmode=verify-full&sslrootcert=/path/to/ca.crt to the URL to insist on "
        "TLS and check the server's certificate."
    )


@pytest.mark.parametrize(
    ("speaking", "used"),
    [("fr", "postgresql://nas/household contient déjà des comptes ("),
     ("vi", "postgresql://nas/household đã chứa một sổ (")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_server_database_already_used_is_refused_in_the_window_language(
    context: AppContext, speaking: str, used: str
) -> None:
    with context.database.sessions() as session, pytest.raises(UserFacingError) as raised:
        store_migration._refuse_if_used(session, "postgresql://nas/household")
    assert shown_error(raised.value).startswith(used)
    assert str(raised.value).startswith("postgresql://nas/household already holds a ledger (")
    assert str(raised.value).endswith(
        "has rows); nothing was copied. Give an empty database (createdb a new one) so nothing "
        "is mixed."
    )
