"""Long recordings: progress as Whisper's segments arrive, and no repetition loops.

A fake model yields a 14-minute stream of segments (fast, exact); the real tiny.en
transcribes a 75 s recording made here (espeak-ng speech, silences, background talk).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from lingassist.core.errors import Cancelled
from lingassist.engines.audio import SAMPLE_RATE, AudioClip, clip_from_samples, decode_audio
from lingassist.engines.speech import WhisperSpeech, bundled_model_dir
from lingassist.engines.speech_readings import ReadingRecorder
from lingassist.engines.speech_repeats import longest_repeat

LONG = 14 * 60 + 2.0  # "14:02"


class FakeWhisper:
    """Stands in for faster_whisper.WhisperModel: a lazy stream of segments, as it yields."""

    def __init__(self, texts: list[str], duration: float) -> None:
        self.model = ReadingRecorder(SimpleNamespace(is_multilingual=False))
        self.hf_tokenizer = SimpleNamespace(decode=lambda ids: "")
        self.texts = texts
        self.duration = duration
        self.options: dict[str, Any] = {}
        self.yielded = 0

    def transcribe(self, _samples: Any, **options: Any) -> tuple[Iterator[Any], Any]:
        self.options = options
        return self._segments(), SimpleNamespace(language="en", duration=self.duration)

    def _segments(self) -> Iterator[Any]:
        step = self.duration / len(self.texts)
        for index, text in enumerate(self.texts):
            self.yielded += 1
            yield SimpleNamespace(
                start=index * step, end=(index + 1) * step, text=f" {text}",
                avg_logprob=-0.3, no_speech_prob=0.1,
            )  # fmt: skip


def engine_with(model: FakeWhisper) -> WhisperSpeech:
    engine = WhisperSpeech(warm_up=False)
    engine._model = model  # type: ignore[assignment]  # loaded: load() returns at once
    return engine


def loud_clip(seconds: float) -> AudioClip:
    """A clip that claims `seconds` of sound without holding them (the fake never reads it)."""
    return AudioClip(np.zeros(16, np.float32), seconds, -20.0, -3.0, seconds)


def test_progress_follows_the_segments_as_they_arrive() -> None:
    model = FakeWhisper([f"Sentence number {n}." for n in range(4)], LONG)
    seen: list[tuple[float, str, int]] = []
    engine = engine_with(model)

    engine.transcribe(
        loud_clip(LONG), progress=lambda f, message: seen.append((f, message, model.yielded))
    )

    fractions = [fraction for fraction, _message, _yielded in seen]
    assert fractions == pytest.approx([0.0, 0.25, 0.5, 0.75, 1.0])
    assert [message for _f, message, _y in seen] == [
        "0:00 of 14:02",
        "3:30 of 14:02",
        "7:01 of 14:02",
        "10:31 of 14:02",
        "14:02 of 14:02",
    ]
    # shown before Whisper starts, then after each segment, while later ones are undecoded
    assert [yielded for _f, _m, yielded in seen] == [0, 1, 2, 3, 4]


def test_progress_ends_at_the_end_when_the_last_words_come_before_it() -> None:
    model = FakeWhisper(["Hello."], 30.0)
    seen: list[tuple[float, str]] = []
    engine_with(model).transcribe(loud_clip(95.0), progress=lambda *step: seen.append(step))
    assert seen == [(0.0, "0:00 of 1:35"), (30 / 95, "0:30 of 1:35"), (1.0, "1:35 of 1:35")]


def test_an_hour_reads_as_hours() -> None:
    seen: list[str] = []
    engine_with(FakeWhisper(["Hello."], 3725.0)).transcribe(
        loud_clip(3725.0), progress=lambda _f, message: seen.append(message)
    )
    assert seen[-1] == "1:02:05 of 1:02:05"


def test_cancel_stops_between_segments() -> None:
    model = FakeWhisper(["One.", "Two.", "Three."], LONG)
    with pytest.raises(Cancelled):
        engine_with(model).transcribe(loud_clip(LONG), cancel=lambda: model.yielded >= 2)
    assert model.yielded == 2


def test_loops_are_collapsed_in_the_text_and_each_segment() -> None:
    looping = ["Rent is $1,500.", "It's not just that. " * 5, "That is all. That is all."]
    model = FakeWhisper(looping + ["That is all."] * 2, LONG)

    transcript = engine_with(model).transcribe(loud_clip(LONG))

    assert [segment.text for segment in transcript.segments] == [
        "Rent is $1,500.", "It's not just that.", "That is all. That is all.",
        "That is all.", "That is all.",
    ]  # fmt: skip
    # four "That is all." in a row across segments: kept once in the joined text
    assert transcript.text == "Rent is $1,500. It's not just that. That is all."


def test_whisper_is_asked_not_to_carry_one_window_into_the_next() -> None:
    model = FakeWhisper(["Hello."], 60.0)
    engine_with(model).transcribe(loud_clip(60.0), vocabulary=["Alice Martin"])
    assert model.options["condition_on_previous_text"] is False
    assert model.options["vad_filter"] is True  # drops silence and music before Whisper
    assert "Alice Martin" in model.options["initial_prompt"]


def test_the_vad_model_ships_inside_faster_whisper() -> None:
    """vad_filter needs Silero's ONNX model; it comes in the wheel, nothing is downloaded."""
    from faster_whisper.utils import get_assets_path

    assert any(Path(get_assets_path()).glob("silero_vad*.onnx"))


needs_model = pytest.mark.skipif(bundled_model_dir() is None, reason="tiny.en not installed")
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng")

SAID = (
    "On Monday I spent twelve dollars at Blue Bottle.",
    "Then I paid Alice Martin fifty euros for dinner.",
    "Groceries at Kroger came to eighty seven dollars.",
    "Rent is fifteen hundred dollars, due on the first.",
)


def long_recording(folder: Path) -> AudioClip:
    """About 75 s: four sentences apart, between silence, room noise and backwards talk."""
    rng = np.random.default_rng(4)
    spoken = []
    for index, text in enumerate(SAID):
        wav = folder / f"said{index}.wav"
        subprocess.run(["espeak-ng", "-s", "150", "-w", str(wav), text], check=True)
        spoken.append(np.array(decode_audio(wav).samples))
    talk = np.concatenate([s[::-1] for s in spoken] * 2)[: 20 * SAMPLE_RATE]
    gaps = [
        np.zeros(20 * SAMPLE_RATE, np.float32),
        rng.normal(0, 10 ** (-55 / 20), 20 * SAMPLE_RATE).astype(np.float32),
        talk,
    ]
    parts = [spoken[0], gaps[0], spoken[1], gaps[1], spoken[2], gaps[2], spoken[3]]
    return clip_from_samples(np.concatenate(parts))


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> AudioClip:
    return long_recording(tmp_path_factory.mktemp("long"))


@pytest.mark.engine
@needs_model
@needs_espeak
def test_real_whisper_on_a_long_recording_reports_progress_and_does_not_loop(
    recording: AudioClip,
) -> None:
    seen: list[tuple[float, str]] = []
    transcript = WhisperSpeech().transcribe(
        recording, vocabulary=["Alice Martin", "Blue Bottle", "Kroger"],
        progress=lambda fraction, message: seen.append((fraction, message)),
    )  # fmt: skip

    assert recording.duration > 60
    fractions = [fraction for fraction, _message in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions) and len(set(fractions)) >= 3, seen
    end = f"1:{int(recording.duration) - 60:02d}"
    assert seen[-1][1] == f"{end} of {end}"
    assert "Alice" in transcript.text and "Kroger" in transcript.text, transcript.text
    assert longest_repeat(transcript.text)[1] < 3, transcript.text
