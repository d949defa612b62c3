"""WhisperSpeech with the real bundled tiny.en model on speech made here with espeak-ng."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from pathlib import Path

import numpy as np
import pytest

from lingassist.core.errors import Cancelled, UserFacingError
from lingassist.engines.audio import AudioClip, clip_from_samples, decode_audio
from lingassist.engines.speech import (
    EXAMPLE_SENTENCE,
    SpeechEngine,
    Transcript,
    WhisperSpeech,
    build_prompt,
    bundled_model_dir,
)

needs_model = pytest.mark.skipif(bundled_model_dir() is None, reason="tiny.en not installed")
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng")


def speak(text: str, path: Path) -> AudioClip:
    """Synthesize `text` with espeak-ng (22 kHz WAV) and decode it."""
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path), text], check=True)
    return decode_audio(path)


@pytest.fixture(scope="module")
def engine() -> WhisperSpeech:
    """One real tiny.en engine for the module; it loads on first use."""
    return WhisperSpeech()


@pytest.fixture(scope="module")
def alice(tmp_path_factory: pytest.TempPathFactory) -> AudioClip:
    # espeak-ng's "forty" comes out as "for the" from tiny.en; "fifty" is heard reliably.
    return speak("Pay Alice fifty euros for dinner.", tmp_path_factory.mktemp("speech") / "a.wav")


def test_build_prompt_keeps_order_drops_duplicates_and_ends_with_the_example() -> None:
    prompt = build_prompt(["Alice Martin", " alice  martin ", "", "Blue Bottle", "groceries"])
    assert prompt == f"Alice Martin, Blue Bottle, groceries. {EXAMPLE_SENTENCE}"
    assert build_prompt([]) == EXAMPLE_SENTENCE
    many = build_prompt([f"Shop {i}" for i in range(500)], max_chars=100)
    assert len(many) < 100 + len(EXAMPLE_SENTENCE) + 2
    assert many.startswith("Shop 0, Shop 1,")


def test_whisper_speech_is_a_speech_engine() -> None:
    engine: SpeechEngine = WhisperSpeech()
    assert engine is not None


def test_missing_model_is_a_user_facing_error(tmp_path: Path) -> None:
    engine = WhisperSpeech(tmp_path)
    with pytest.raises(UserFacingError, match="incomplete"):
        engine.load()
    assert not engine.loaded


def test_silence_is_answered_without_loading_the_model() -> None:
    engine = WhisperSpeech()
    transcript = engine.transcribe(clip_from_samples(np.zeros(32_000)))
    assert transcript.silent and transcript.heard_nothing
    assert transcript.duration == pytest.approx(2.0)
    assert not engine.loaded


@needs_model
def test_load_is_lazy_and_happens_once_across_threads() -> None:
    engine = WhisperSpeech(warm_up=False)
    calls: list[Path] = []
    construct = engine._construct

    def counting(folder: Path):  # type: ignore[no-untyped-def]
        calls.append(folder)
        return construct(folder)

    engine._construct = counting  # type: ignore[method-assign]
    assert not engine.loaded
    threads = [threading.Thread(target=engine.load) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    steps: list[tuple[float, str]] = []
    engine.load(lambda fraction, message: steps.append((fraction, message)))
    assert engine.loaded and len(calls) == 1
    assert steps == [(1.0, "Speech model ready")]
    assert engine.load_seconds is not None and engine.load_seconds < 10


@needs_model
@needs_espeak
def test_real_model_hears_a_payee_and_an_amount(engine: WhisperSpeech, alice: AudioClip) -> None:
    transcript = engine.transcribe(alice, vocabulary=["Alice Martin", "Blue Bottle", "euros"])
    assert isinstance(transcript, Transcript)
    assert "Alice" in transcript.text
    assert re.search(r"\b50\b|fifty", transcript.text, re.IGNORECASE), transcript.text
    assert transcript.language == "en"
    assert transcript.duration == pytest.approx(alice.duration)
    assert 0 < transcript.seconds < 10
    assert transcript.segments and transcript.avg_logprob is not None
    assert set(transcript.as_dict()) == {"text", "language", "duration", "seconds"}
    # the beam's close runners-up come along, each a different reading of the same words
    assert transcript.alternatives and transcript.text not in transcript.alternatives
    assert len(transcript.alternatives) <= 4
    assert all("Alice" in reading for reading in transcript.alternatives)


@needs_model
@needs_espeak
def test_progress_is_reported_and_cancel_stops(engine: WhisperSpeech, alice: AudioClip) -> None:
    fractions: list[float] = []
    engine.transcribe(alice, progress=lambda fraction, _message: fractions.append(fraction))
    assert fractions and all(0 <= f <= 1 for f in fractions)
    with pytest.raises(Cancelled):
        engine.transcribe(alice, cancel=lambda: True)


@needs_model
def test_loud_noise_gives_no_words(engine: WhisperSpeech) -> None:
    noise = np.random.default_rng(3).normal(0, 0.1, 48_000)
    transcript = engine.transcribe(clip_from_samples(noise))
    assert not transcript.silent
    assert transcript.heard_nothing, transcript.text
