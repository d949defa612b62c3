"""The window never freezes: a real receipt read by Tesseract and a real clip transcribed
by Whisper at the same time, while a 20 ms timer in the GUI thread keeps ticking."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from lingassist.engines.speech import WhisperSpeech
from lingassist.gui.main_window import MainWindow
from lingassist.services.context import AppContext
from lingassist.services.receipt_reading import make_receipt_reader
from tests.gui.fake_audio import FileAudioSource, spoken_wav

RECEIPT = Path(__file__).parents[1] / "receipts" / "fixtures" / "eur_supermarket.png"
MAX_GAP_SECONDS = 0.100


@pytest.mark.engine
def test_ui_thread_stays_responsive_during_ocr_and_speech(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    wav = spoken_wav("I spent twenty dollars at Target", tmp_path)
    window = MainWindow(
        context,
        receipt_reader=make_receipt_reader(context),
        speech=WhisperSpeech(),
        audio_source=lambda: FileAudioSource(wav),
    )
    qtbot.addWidget(window)
    window.show()
    window.warm_up()  # as the app does right after start
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60_000)
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    window.receipts.add_files([RECEIPT])
    window.talk.start()
    qtbot.wait(1500)
    window.talk.stop()
    qtbot.waitUntil(
        lambda: (
            window.receipts.entries[0].status in ("Ready", "Check")
            and window.conversation.open_card is not None
        ),
        timeout=90_000,
    )
    timer.stop()
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 50
    print(f"\nlongest UI-thread gap {max(gaps) * 1000:.0f} ms over {len(ticks)} ticks")
    assert max(gaps) < MAX_GAP_SECONDS, f"the UI thread froze for {max(gaps) * 1000:.0f} ms"
