"""In a French or Vietnamese window, a dropped bill whose payment code cannot be used says
why in the conversation in the window's language (it was the English text), and columns
chosen for a CSV file that it does not have are refused in the window's language. The
command line keeps the English text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pytestqt.qtbot import QtBot

from lingassist.bank_files import read_bank_file
from lingassist.bank_files.csv_layout import CsvMapping
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import phrase
from lingassist.gui.conversation_view import ConversationView
from lingassist.gui.message_bubble import MessageBubble
from lingassist.gui.translation import shown_error
from lingassist.payments.vietqr import DamagedVietQr
from lingassist.services import bill_codes
from lingassist.services.context import AppContext

DAMAGED = "This VietQR code's checksum is wrong: it is damaged or was altered."


def _bill(path: Path) -> Path:
    image = Image.new("RGB", (120, 120), "white")
    ImageDraw.Draw(image).rectangle((20, 20, 100, 100), fill="black")
    image.save(path)
    return path


def _damaged(_context: object, _image: object) -> None:
    raise DamagedVietQr(
        phrase(
            "This VietQR code's checksum is wrong: it is damaged or was altered. Ask the "
            "payee for a new code."
        )
    )


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", "La somme de contrôle de ce code VietQR est fausse"),
     ("vi", "Mã kiểm tra của mã VietQR này sai")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_bill_whose_code_cannot_be_used_says_why_in_the_window_language(
    qtbot: QtBot,
    context: AppContext,
    speaking: str,
    said: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bill_codes, "draft_from_bill_image", _damaged)
    reading = bill_codes.read_bill(context, _bill(tmp_path / "bill.png"))
    assert reading.problem.startswith(DAMAGED)
    view = ConversationView(context)
    qtbot.addWidget(view)
    view.show_bill(reading)
    shown = view.findChildren(MessageBubble)[-1].full_text
    assert said in shown and "checksum" not in shown, shown


def _three_column_file(folder: Path) -> Path:
    """A giro CSV with three columns: date, text, amount."""
    path = folder / "giro.csv"
    path.write_text("Datum;Text;Betrag\n02.11.2026;REWE Markt;-52,10\n03.11.2026;Bakery;-3,10\n")
    return path


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", "Le fichier a 3 colonnes ; celles-ci n’existent pas : montant (colonne 7)."),
     ("vi", "Tệp có 3 cột; các cột này không tồn tại: số tiền (cột 7).")],
    indirect=["speaking"],
)  # fmt: skip
def test_columns_a_csv_file_does_not_have_are_refused_in_the_window_language(
    speaking: str, said: str, tmp_path: Path
) -> None:
    """The column's role is said in the window's language ("amount" was its code name)."""
    path = _three_column_file(tmp_path)
    mapping = CsvMapping(date=0, amount=6, description=(1,), header_row=0)
    with pytest.raises(UserFacingError) as raised:
        read_bank_file(path, currency_hint="EUR", mapping=mapping)
    assert shown_error(raised.value) == said
    assert str(raised.value) == "The file has 3 columns; not: amount (column 7)."


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("en", "The file has 3 columns; not: value date (column 5), amount in the other currency "
            "(column 9), description (column 4)."),
     ("fr", "Le fichier a 3 colonnes ; celles-ci n’existent pas : date de valeur (colonne 5), "
            "montant dans l’autre devise (colonne 9), libellé (colonne 4)."),
     ("vi", "Tệp có 3 cột; các cột này không tồn tại: ngày hiệu lực (cột 5), số tiền theo loại "
            "tiền kia (cột 9), mô tả (cột 4).")],
    indirect=["speaking"],
)  # fmt: skip
def test_several_missing_columns_are_named_in_words_not_code_names(
    speaking: str, said: str, tmp_path: Path
) -> None:
    path = _three_column_file(tmp_path)
    mapping = CsvMapping(
        date=0, amount=2, value_date=4, original_amount=8, description=(1, 3), header_row=0
    )
    with pytest.raises(UserFacingError) as raised:
        read_bank_file(path, currency_hint="EUR", mapping=mapping)
    assert shown_error(raised.value) == said
    assert "_" not in str(raised.value)
