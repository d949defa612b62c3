"""A stand-in speech engine for GUI tests that must not wait for Whisper."""

from __future__ import annotations

from lingassist.engines.speech import Transcript


class FakeSpeech:
    """Answers every clip with the same words and runner-up readings (records what it
    was given)."""

    def __init__(self, words: str = "", alternatives: tuple[str, ...] = ()) -> None:
        self.words = words
        self.alternatives = alternatives
        self.clips: list[object] = []

    def transcribe(self, clip, *, vocabulary=(), progress=None, cancel=None) -> Transcript:  # type: ignore[no-untyped-def]
        self.clips.append(clip)
        return Transcript(self.words, "en", clip.duration, 0.01, alternatives=self.alternatives)
