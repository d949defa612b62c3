"""In a French or Vietnamese window, the rarer refusals of the services are said in the
window's language too: the command line's 'add' words (an unknown option, no amount,
unbalanced quotes) and what it added, a name or note too long, a category, merchant or
payment draft that does not exist, a CAMT file refused for safety or damaged, a header row
the file does not have, a SEPA file from an account without its IBAN or holder name,
bank details without anything to set, the demo's refusals, and the settings' problems.
The command line keeps the English text."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lingassist.bank_files import read_bank_file
from lingassist.bank_files.csv_layout import CsvMapping
from lingassist.bank_files.csv_reader import _header_row
from lingassist.config import AppPaths, load_settings
from lingassist.core.errors import UserFacingError
from lingassist.gui.main_window import MainWindow
from lingassist.gui.translation import shown_error
from lingassist.ledger.draft_queries import draft_record
from lingassist.ledger.recategorize import category_id_of
from lingassist.services import payments
from lingassist.services.commands import parse_add_line
from lingassist.services.context import AppContext
from lingassist.services.demo import _refuse_other_data, generate_demo
from lingassist.services.entries import EntryRequest, record_entry
from lingassist.services.merchant_keys import file_merchant
from lingassist.services.payment_exports import account_debtor, set_bank_details
from lingassist.services.settings import update_settings
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import fake_reader


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    shown = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _typed(qtbot: QtBot, window: MainWindow, text: str) -> str:
    window.command_bar.input.setFocus()
    window.command_bar.input.setText(text)
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Return)
    return window.command_bar.feedback_text


@pytest.mark.parametrize(
    ("speaking", "unknown", "no_amount", "quotes", "added"),
    [("fr", "arguments non reconnus : --fast. Utilisation : add AMOUNT",
      "Tapez un montant à ajouter, p. ex. add AMOUNT",
      "Guillemets non refermés dans « add 5 'Bob ».",
      "· Café, Compte courant"),
     ("vi", "tham số không nhận ra: --fast. Cách dùng: add AMOUNT",
      "Hãy gõ số tiền cần thêm, ví dụ add AMOUNT", "Dấu ngoặc kép không khớp trong “add 5 'Bob”.",
      "· Cà phê, Tài khoản chính")],
    indirect=["speaking"],
)  # fmt: skip
def test_the_command_lines_add_words_are_answered_in_the_window_language(
    qtbot: QtBot,
    window: MainWindow,
    speaking: str,
    unknown: str,
    no_amount: str,
    quotes: str,
    added: str,
) -> None:
    assert _typed(qtbot, window, "add 5 --fast").startswith(unknown)
    assert _typed(qtbot, window, "add").startswith(no_amount)
    assert _typed(qtbot, window, "add 5 'Bob") == quotes
    done = _typed(qtbot, window, "add 4.20 --merchant 'Brew Lab' --category coffee")
    assert done.endswith(added) and "Added expense" not in done, done


def test_the_add_words_keep_their_english_text() -> None:
    refusals = []
    for line in ("add 5 --fast", "add", "5 'Bob"):
        with pytest.raises(UserFacingError) as raised:
            parse_add_line(line)
        refusals.append(str(raised.value))
    usage = (
        "add AMOUNT [--merchant NAME] [--category CODE|NAME] [--date YYYY-MM-DD] "
        "[--account NAME] [--memo TEXT] [--income]"
    )
    assert refusals[0] == f"unrecognized arguments: --fast. Usage: {usage}"
    assert refusals[1] == f"Type an amount to add, e.g. {usage}"
    assert refusals[2] == 'Unbalanced quotes in "5 \'Bob".'


def _refusal(refused: Callable[[], object]) -> UserFacingError:
    with pytest.raises(UserFacingError) as raised:
        refused()
    return raised.value


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", ("Le nom du commerçant fait 201 caractères ; 200 au plus sont gardés.",
             "Il n’existe aucune catégorie NO_SUCH_CODE.",
             "Il n’y a encore aucun commerçant nommé « Nobody & Co » dans vos comptes.",
             "Il n’y a pas de brouillon de paiement n° 99 ; `lingassist drafts` les liste.")),
     ("vi", ("Tên cửa hàng dài 201 ký tự; chỉ giữ tối đa 200.",
             "Không có danh mục NO_SUCH_CODE.",
             "Chưa có cửa hàng nào tên “Nobody & Co” trong sổ của bạn.",
             "Không có bản nháp thanh toán #99; `lingassist drafts` liệt kê chúng."))],
    indirect=["speaking"],
)  # fmt: skip
def test_a_long_name_and_what_does_not_exist_are_said_in_the_window_language(
    context: AppContext, speaking: str, said: tuple[str, str, str, str]
) -> None:
    long_name = _refusal(lambda: record_entry(context, EntryRequest("4.20", merchant="x" * 201)))
    with context.database.sessions() as session:
        no_code = _refusal(lambda: category_id_of("NO_SUCH_CODE", session=session))
        no_merchant = _refusal(
            lambda: file_merchant("Nobody & Co", 1, session=session, change=None)  # type: ignore[arg-type]
        )
        no_draft = _refusal(lambda: draft_record(99, session=session))
    shown = [shown_error(e) for e in (long_name, no_code, no_merchant, no_draft)]
    assert shown[0].startswith(said[0]) and shown[1:] == list(said[1:]), shown
    assert [str(e) for e in (long_name, no_code, no_merchant, no_draft)] == [
        "The merchant name is 201 characters long; at most 200 are kept. Shorten it.",
        "There is no category NO_SUCH_CODE.",
        "There is no merchant called 'Nobody & Co' in your ledger yet.",
        "There is no payment draft #99; `lingassist drafts` lists them.",
    ]


@pytest.mark.parametrize(
    ("speaking", "unsafe", "damaged", "header"),
    [("fr", "statement.xml déclare une DTD ou des entités, ce que ne fait jamais un relevé "
            "bancaire ; par sécurité, il n’est pas lu.",
      "broken.xml est du XML endommagé (", "giro.csv a 2 lignes ; la ligne d’en-tête choisie (5)"),
     ("vi", "statement.xml khai báo DTD hoặc thực thể, điều mà sao kê ngân hàng không bao giờ "
            "làm; vì an toàn, tệp không được đọc.",
      "broken.xml là XML bị hỏng (", "giro.csv có 2 dòng; dòng tiêu đề đã chọn (5)")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_bank_file_refused_for_safety_or_damaged_is_said_in_the_window_language(
    speaking: str, unsafe: str, damaged: str, header: str, tmp_path: Path
) -> None:
    dtd = tmp_path / "statement.xml"
    dtd.write_text(
        '<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY x "y">]>'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&x;</Document>'
    )
    broken = tmp_path / "broken.xml"
    broken.write_text(
        '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">'
        "<BkToCstmrStmt><Stmt>"
    )
    unsafe_error = _refusal(lambda: read_bank_file(dtd, currency_hint="EUR"))
    damaged_error = _refusal(lambda: read_bank_file(broken, currency_hint="EUR"))
    mapping = CsvMapping(header_row=4)
    header_error = _refusal(lambda: _header_row([(), ()], mapping, "giro.csv"))  # type: ignore[list-item]
    assert shown_error(unsafe_error) == unsafe
    assert shown_error(damaged_error).startswith(damaged)
    assert shown_error(header_error).startswith(header)
    assert str(unsafe_error) == (
        "statement.xml declares a DTD or entities, which a bank statement never does; it is "
        "not read, for safety."
    )
    assert str(damaged_error).startswith("broken.xml is damaged XML (")
    assert str(header_error) == ("giro.csv has 2 rows; the chosen header row 5 is not one of them.")


@pytest.mark.parametrize(
    ("speaking", "no_iban", "nothing"),
    [("fr", "Un fichier SEPA nomme le compte d’où part l’argent, et Compte courant n’a pas "
            "encore de nom de titulaire.",
      "Donnez --iban, --holder ou --bic à renseigner."),
     ("vi", "Tệp SEPA ghi tên tài khoản chuyển tiền đi, mà Tài khoản chính chưa có tên chủ "
            "tài khoản.",
      "Hãy cho --iban, --holder hoặc --bic để đặt.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_sepa_file_from_an_account_without_bank_details_in_the_window_language(
    context: AppContext, speaking: str, no_iban: str, nothing: str
) -> None:
    record_entry(context, EntryRequest("500", category="INCOME_SALARY", income=True))
    payments.save_payee(context, "Alice Martin", "NL91ABNA0417164300")
    row = payments.confirm_payment(
        context, payments.draft_payment(context, "Alice Martin", Decimal("40.50"))
    )
    debtor = _refusal(lambda: account_debtor(context, row.id))
    empty = _refusal(lambda: set_bank_details(context, "Checking"))
    assert shown_error(debtor).startswith(no_iban)
    assert shown_error(empty) == nothing
    assert str(debtor) == (
        "A SEPA file names the account the money comes from, and Checking has no holder name "
        "yet. Set them with: lingassist account set 'Checking' --iban IBAN --holder "
        '"Your Name".'
    )
    assert str(empty) == "Give --iban, --holder or --bic to set."


@pytest.mark.parametrize(
    ("speaking", "filled", "a_file", "not_empty"),
    [("fr", "La démo ne peut remplir que des comptes vides.",
      "La démo a besoin d’un dossier, et {home} est un fichier. Utilisez un dossier vide",
      "{home} n’est pas vide et n’est pas un dossier de démo."),
     ("vi", "Bản demo chỉ có thể điền vào một sổ trống.",
      "Bản demo cần một thư mục, mà {home} là một tệp. Hãy dùng một thư mục trống",
      "{home} không trống và không phải thư mục demo.")],
    indirect=["speaking"],
)  # fmt: skip
def test_the_demos_refusals_are_said_in_the_window_language(
    context: AppContext, speaking: str, filled: str, a_file: str, not_empty: str, tmp_path: Path
) -> None:
    record_entry(context, EntryRequest("4.20", merchant="Brew Lab", category="coffee"))
    not_a_folder = tmp_path / "home-file"
    not_a_folder.write_text("")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    refusals = [
        _refusal(lambda: generate_demo(context)),
        _refusal(lambda: _refuse_other_data(AppPaths(not_a_folder))),
        _refusal(lambda: _refuse_other_data(AppPaths(busy))),
    ]
    assert shown_error(refusals[0]) == filled
    assert shown_error(refusals[1]).startswith(a_file.format(home=not_a_folder))
    assert shown_error(refusals[2]).startswith(not_empty.format(home=busy))
    assert [str(e) for e in refusals] == [
        "The demo can only fill an empty ledger.",
        f"The demo needs a folder, and {not_a_folder} is a file. Use an empty folder for "
        "--home, or no --home to use the separate demo folder.",
        f"{busy} is not empty and not a demo's folder. Use an empty folder for --home, or no "
        "--home to use the separate demo folder.",
    ]


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", "« xx_QQ » n’est pas un format régional ; utilisez-en un comme en_US ou de_DE. "
            "La fenêtre parle en, fr, vi, pas « de ». Le second dossier de sauvegarde "
            "« backups » doit être un chemin complet (/media/disk/backups)."),
     ("vi", "“xx_QQ” không phải là định dạng vùng; hãy dùng một mã như en_US hoặc de_DE. "
            "Cửa sổ dùng en, fr, vi, không dùng “de”. Thư mục sao lưu thứ hai “backups” phải "
            "là đường dẫn đầy đủ (/media/disk/backups).")],
    indirect=["speaking"],
)  # fmt: skip
def test_the_settings_problems_are_said_in_the_window_language(
    context: AppContext, speaking: str, said: str
) -> None:
    error = _refusal(
        lambda: update_settings(
            context, locale="xx_QQ", language="de", second_backup_folder="backups"
        )
    )
    assert shown_error(error) == said
    assert str(error) == (
        "'xx_QQ' is not a locale; use one like en_US or de_DE. The window speaks en, fr, vi, "
        "not 'de'. The second backup folder 'backups' must be a full path (/media/disk/backups)."
    )


@pytest.mark.parametrize(
    ("speaking", "damaged", "currency"),
    [("fr", "Le fichier de paramètres {path} est endommagé (",
      "Le fichier de paramètres {path} indique la devise « XX1 », qui n’est pas un code ISO 4217."),
     ("vi", "Tệp cài đặt {path} bị hỏng (",
      "Tệp cài đặt {path} ghi loại tiền “XX1”, không phải mã ISO 4217.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_damaged_settings_file_is_said_in_the_window_language(
    context: AppContext, speaking: str, damaged: str, currency: str
) -> None:
    path = context.paths.settings
    path.write_text("{not json")
    broken = _refusal(lambda: load_settings(context.paths))
    path.write_text('{"default_currency": "XX1"}')
    unknown = _refusal(lambda: load_settings(context.paths))
    assert shown_error(broken).startswith(damaged.format(path=path))
    assert shown_error(unknown).startswith(currency.format(path=path))
    assert str(broken).startswith(f"The settings file {path} is damaged (")
    assert str(unknown) == (
        f"The settings file {path} names the currency 'XX1', which is not an ISO 4217 code. "
        'Change default_currency (e.g. to "EUR") or delete the file.'
    )
