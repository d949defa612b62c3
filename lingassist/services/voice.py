"""Speech to words: transcribing a recording or a sound file (vocabulary.py has the words).

The words that come back go to the assistant exactly as typed text does, and stay visible
and editable; a transcript is never acted on by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lingassist.engines.audio import clip_from_pcm16, decode_audio
from lingassist.engines.speech import SpeechEngine, Transcript

Progress = Callable[[float, str], None]


def transcribe_recording(
    engine: SpeechEngine,
    pcm: bytes,
    vocabulary: list[str],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Transcript:
    """Transcribe 16 kHz mono 16-bit PCM from the microphone."""
    return engine.transcribe(
        clip_from_pcm16(pcm), vocabulary=vocabulary, progress=progress, cancel=cancelled
    )


def transcribe_file(
    engine: SpeechEngine,
    path: Path,
    vocabulary: list[str],
    *,
    max_seconds: float | None,
    progress: Progress | None = None,
) -> Transcript:
    """Transcribe a sound file (WAV, FLAC, MP3, OGG, M4A …).

    `progress` gets the share of the file done and the position ("3:20 of 14:02"): at the
    start, then as each piece is transcribed.

    Raises:
        UnreadableAudio: not audio, corrupt, empty, or longer than `max_seconds`.
    """
    clip = decode_audio(path, max_seconds=max_seconds)
    return engine.transcribe(clip, vocabulary=vocabulary, progress=progress)
