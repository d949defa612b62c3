"""In a French or Vietnamese window, a problem the person can fix is said in the window's
language where the window shows it: a receipt confirmed without its total, nothing to undo
from the Edit menu, a category that does not fit a transaction in the ledger, a split whose
parts do not add up, and the assistant's 'I could not do that: …'."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from lingassist.core.errors import UnreadableAudio, UnreadableImage, UserFacingError
from lingassist.engines.audio import clip_from_pcm16, decode_audio
from lingassist.engines.images import load_image
from lingassist.gui.main_window import MainWindow
from lingassist.gui.transaction_table_model import CATEGORY_COLUMN
from lingassist.gui.translation import (
    shown_error,
    shown_phrase,
)
from lingassist.services.assistant import confirm
from lingassist.services.backups import read_backup
from lingassist.services.context import AppContext
from lingassist.services.corrections import split_transaction
from lingassist.services.entries import EntryRequest, record_entry
from lingassist.services.payments import pending_payment
from lingassist.services.rules import always_for_merchant
from lingassist.services.settings import add_account
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import drop, fake_reader, photo


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    shown = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.mark.parametrize(
    ("speaking", "missing"),
    [("fr", "La date manque : tapez le jour de l’achat."),
     ("vi", "Thiếu ngày: hãy gõ ngày mua hàng.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_receipt_confirmed_without_its_date_says_so_in_the_window_language(
    qtbot: QtBot, window: MainWindow, speaking: str, missing: str, tmp_path: Path
) -> None:
    drop(window, photo(tmp_path, "sure.jpg"))
    view = window.receipts
    qtbot.waitUntil(lambda: view.entries[0].status in ("Ready", "Check"), timeout=5000)
    view.card.inputs["date"].setText("")
    qtbot.mouseClick(view.card.confirm_button, Qt.MouseButton.LeftButton)
    assert view.entries[0].error == missing
    assert view.entries[0].status != "Saved"


@pytest.mark.parametrize(
    ("speaking", "nothing"),
    [("fr", "Il n’y a rien à annuler."), ("vi", "Không có gì để hoàn tác.")],
    indirect=["speaking"],
)  # fmt: skip
def test_nothing_to_undo_is_said_in_the_window_language(
    window: MainWindow, speaking: str, nothing: str
) -> None:
    window.undo()
    assert window.command_bar.feedback_text == nothing


@pytest.mark.parametrize(
    ("speaking", "refused"),
    [("fr", "C’est une dépense ; Salaire ne lui convient pas."),
     ("vi", "Đây là giao dịch chi tiêu; Lương không phù hợp.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_category_that_does_not_fit_is_refused_in_the_window_language(
    qtbot: QtBot, window: MainWindow, context: AppContext, speaking: str, refused: str
) -> None:
    record_entry(context, EntryRequest("4.20", merchant="Brew Lab", category="coffee"))
    window.ledger.reload()
    model = window.ledger.model
    with qtbot.waitSignal(model.correction_failed) as failed:
        assert not model.setData(model.index(0, CATEGORY_COLUMN), "INCOME_SALARY")
    assert failed.args == [refused]


@pytest.mark.parametrize(
    ("speaking", "refused"),
    [("fr", "Les parts font 3,00\u00a0€ au total, mais 4,20\u00a0€ a été payé."),
     ("vi", "Các phần cộng lại là 3,00\u00a0€, nhưng số đã trả là 4,20\u00a0€.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_split_that_does_not_add_up_is_refused_in_the_window_language(
    context: AppContext, speaking: str, refused: str
) -> None:
    QLocale.setDefault(QLocale("fr_FR" if speaking == "fr" else "vi_VN"))
    try:
        row = record_entry(context, EntryRequest("4.20", merchant="Brew Lab", category="coffee"))
        with pytest.raises(UserFacingError) as error:
            split_transaction(context, row.row.id, [("coffee", "1.00"), ("groceries", "2.00")])
        assert shown_error(error.value) == refused
        assert str(error.value) == "The parts add up to 3.00, but 4.20 was paid."
    finally:
        QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize(
    ("speaking", "refused"),
    [("fr", "Je n’ai pas pu le faire : Max Mustermann n’est pas un bénéficiaire enregistré."),
     ("vi", "Tôi không làm được việc đó: Max Mustermann chưa phải người nhận đã lưu.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_card_that_cannot_be_carried_out_says_why_in_the_window_language(
    qtbot: QtBot, window: MainWindow, context: AppContext, speaking: str, refused: str
) -> None:
    window.conversation.send("pay Max Mustermann 40.50 euros for rent")
    card = window.conversation.open_card
    assert card is not None and card.proposal.problems
    reply = confirm(context, card.proposal)
    assert reply.said is not None
    assert shown_phrase(reply.said).startswith(refused)
    assert reply.text.startswith("I could not do that: Max Mustermann")


@pytest.mark.parametrize(
    ("speaking", "empty"),
    [("fr", "receipt.jpg est vide (0 octet). La copie ou le téléchargement a sans doute échoué ; "
            "reprenez la photo ou copiez à nouveau le fichier."),
     ("vi", "receipt.jpg trống (0 byte). Có lẽ việc sao chép hoặc tải xuống đã thất bại; hãy chụp "
            "lại ảnh hoặc sao chép tệp thêm lần nữa.")],
    indirect=["speaking"],
)  # fmt: skip
def test_an_empty_photo_is_refused_in_the_window_language(
    speaking: str, empty: str, tmp_path: Path
) -> None:
    path = tmp_path / "receipt.jpg"
    path.write_bytes(b"")
    with pytest.raises(UnreadableImage) as error:
        load_image(path)
    assert shown_error(error.value) == empty
    assert str(error.value).startswith("receipt.jpg is empty (0 bytes).")


@pytest.mark.parametrize(
    ("speaking", "which", "kind"),
    [("fr", "Quel commerçant faut-il toujours classer là ?",
      "« bank » n’est pas un type de compte ; utilisez "),
     ("vi", "Cửa hàng nào luôn được xếp vào đó?",
      "“bank” không phải là loại tài khoản; hãy dùng ")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_rule_without_a_merchant_and_an_unknown_account_kind_in_the_window_language(
    context: AppContext, speaking: str, which: str, kind: str
) -> None:
    with pytest.raises(UserFacingError) as no_merchant:
        always_for_merchant(context, " ", "coffee")
    with pytest.raises(UserFacingError) as no_kind:
        add_account(context, "Piggy bank", "bank")
    assert shown_error(no_merchant.value) == which
    assert shown_error(no_kind.value).startswith(kind)


@pytest.mark.parametrize(
    ("speaking", "not_a_file"),
    [("fr", "{path} n’est pas un fichier."), ("vi", "{path} không phải là tệp.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_backup_that_is_a_folder_is_refused_in_the_window_language(
    speaking: str, not_a_file: str, tmp_path: Path
) -> None:
    with pytest.raises(UserFacingError) as error:
        read_backup(tmp_path)
    assert shown_error(error.value) == not_a_file.format(path=tmp_path)


@pytest.mark.parametrize(
    ("speaking", "no_payment"),
    [("fr", "Il n’existe aucun paiement n° 99."), ("vi", "Không có khoản thanh toán số 99.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_payment_that_is_not_there_is_said_in_the_window_language(
    context: AppContext, speaking: str, no_payment: str
) -> None:
    with pytest.raises(UserFacingError) as error:
        pending_payment(context, 99)
    assert shown_error(error.value) == no_payment


@pytest.mark.parametrize(
    ("speaking", "silent", "empty"),
    [("fr", "L’enregistrement ne contient aucun son.",
      "note.wav est vide (0 octet) : enregistrez-le à nouveau."),
     ("vi", "Bản ghi âm hoàn toàn không có âm thanh.", "note.wav trống (0 byte): hãy ghi âm lại.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_recording_without_sound_is_refused_in_the_window_language(
    speaking: str, silent: str, empty: str, tmp_path: Path
) -> None:
    (tmp_path / "note.wav").write_bytes(b"")
    with pytest.raises(UnreadableAudio) as no_sound:
        clip_from_pcm16(b"")
    with pytest.raises(UnreadableAudio) as no_bytes:
        decode_audio(tmp_path / "note.wav")
    assert shown_error(no_sound.value) == silent
    assert shown_error(no_bytes.value) == empty
    assert str(no_sound.value) == "The recording contains no sound at all."
