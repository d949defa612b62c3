"""PushToTalk: hold the button (or F8) to speak; release to transcribe; Esc cancels."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from lingassist.core.errors import Cancelled, UserFacingError
from lingassist.gui.recorder import AudioSource, QtMicrophone, Recorder
from lingassist.gui.translation import shown_error
from lingassist.gui.worker import Jobs

if TYPE_CHECKING:  # NumPy and the engines load at the first recording
    from lingassist.engines.speech import SpeechEngine, Transcript

IDLE_TEXT = QT_TRANSLATE_NOOP("PushToTalk", "Hold to talk (F8)")


class PushToTalk(QWidget):
    """A talk button with a live level meter; transcribes off the UI thread."""

    heard = Signal(str)  # the transcript's words
    problem = Signal(str)  # a sentence for the person
    busy = Signal(str)  # what is happening ("Listening…", "Transcribing…"), "" when idle

    def __init__(
        self,
        engine: SpeechEngine,
        jobs: Jobs,
        vocabulary: Callable[[], list[str]],
        make_source: Callable[[], AudioSource] = QtMicrophone,
        parent: QWidget | None = None,
        choose: Callable[[Transcript], str] | None = None,
    ) -> None:
        """`choose` picks the words to send from a transcript and its runner-up readings
        (run in the worker, after transcribing); by default Whisper's best reading."""
        super().__init__(parent)
        self._engine = engine
        self._jobs = jobs
        self._vocabulary = vocabulary
        self._choose = choose or _best_reading
        self.recorder = Recorder(make_source, self)
        self.button = QPushButton(
            self.tr(IDLE_TEXT),
            objectName="talkButton",
            toolTip=self.tr(
                "Hold this button (or F8) while you speak; release to send. Esc cancels."
            ),
        )
        self.meter = QProgressBar(
            maximum=100,
            textVisible=False,
            objectName="levelMeter",
            toolTip=self.tr("Microphone level"),
        )
        self.meter.setFixedSize(60, 6)
        self.meter.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.meter)
        row.addWidget(self.button)
        self.button.pressed.connect(self.start)
        self.button.released.connect(self.stop)
        self.recorder.level.connect(lambda level: self.meter.setValue(int(level * 100)))
        self.recorder.finished.connect(self._transcribe)
        self.recorder.failed.connect(self._failed)
        self.recorder.cancelled.connect(lambda: self._idle(self.tr("Cancelled.")))

    def focus_chain(self) -> list[QWidget]:
        """Its one control that takes focus: the button (Space held down talks too)."""
        return [self.button]

    def start(self) -> None:
        """Begin listening."""
        self.button.setText(self.tr("Listening… release to send"))
        self.meter.show()
        self.busy.emit(self.tr("Listening…"))
        self.recorder.start()

    def stop(self) -> None:
        """Stop listening and transcribe what was said."""
        self.recorder.stop()

    def cancel(self) -> bool:
        """Throw the recording away (Esc); False when not recording."""
        if not self.recorder.recording:
            return False
        self.recorder.cancel()
        return True

    def warm_up(self) -> None:
        """Load the speech model in the background, before the first use."""
        load = getattr(self._engine, "load", None)
        if load is not None:
            self._jobs.start(
                self.tr("Loading the speech model"),
                lambda progress, _cancelled: load(progress),
                on_error=self._load_failed,
            )

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        if isinstance(error, UserFacingError):
            self.problem.emit(shown_error(error))
            return
        self.problem.emit(  # the speech engine's own words, in a sentence of the window's
            self.tr("The speech model could not be loaded ({error}). Please type instead.").format(
                error=error
            )
        )

    def _transcribe(self, pcm: bytes) -> None:
        self.button.setText(self.tr("Transcribing…"))
        self.meter.hide()
        self.busy.emit(self.tr("Transcribing…"))
        from lingassist.services.voice import transcribe_recording

        vocabulary = self._vocabulary()

        def transcribe(
            progress: Callable[[float, str], None], cancelled: Callable[[], bool]
        ) -> tuple[Transcript, str]:
            transcript = transcribe_recording(self._engine, pcm, vocabulary, progress, cancelled)
            return transcript, "" if transcript.heard_nothing else self._choose(transcript)

        self._jobs.start(
            self.tr("Transcribing"), transcribe, on_done=self._done, on_error=self._job_failed
        )

    def _done(self, result: tuple[Transcript, str]) -> None:
        transcript, words = result
        if transcript.heard_nothing or not words:
            self._idle(self.tr("I heard nothing. Hold the button while you speak."))
            return
        self._idle("")
        self.heard.emit(words)

    def _job_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._idle(self.tr("Cancelled."))
        elif isinstance(error, UserFacingError):
            self._idle(shown_error(error))
        else:
            self._idle(
                self.tr("Speech recognition failed ({error}). Please type instead.").format(
                    error=error
                )
            )

    def _failed(self, message: str) -> None:
        self._idle(message)

    def _idle(self, message: str) -> None:
        self.button.setText(self.tr(IDLE_TEXT))
        self.meter.hide()
        self.busy.emit("")
        if message:
            self.problem.emit(message)


def _best_reading(transcript: Transcript) -> str:
    return transcript.text
