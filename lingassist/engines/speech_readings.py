"""Runner-up readings: the other transcripts Whisper's beam search nearly chose.

A beam search ends with several finished readings of the audio; faster-whisper keeps the
best and drops the rest. For a spoken command the runners-up are worth keeping: when the
best reading garbles a name the person knows ("Pay him a $15" for "Pay Emma $50"), a close
runner-up often has it ("Pay Emma $15"), and the assistant can prefer it
(`assistant.spoken.choose_reading`). Asking CTranslate2 for the beam's top readings costs
nothing extra: the beam holds them anyway.

`ReadingRecorder` stands in for faster-whisper's CTranslate2 model object (`WhisperModel.model`)
and records the readings of the first beam search made while `recording()` is open.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

READINGS = 5
"""How many finished readings to ask the beam for (at most the beam size)."""

MARGIN = 0.3
"""Runner-ups scoring more than this below the best (CTranslate2's length-normalized
log-probability) are left out: measured on the bench, wider adds nothing."""


class ReadingRecorder:
    """Wraps a CTranslate2 Whisper model; everything but `generate` passes through."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self._local = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)

    @contextmanager
    def recording(self) -> Iterator[list[tuple[list[int], float]]]:
        """Collect (token ids, score) of each reading of the first beam search run in this
        thread until the block ends; best first."""
        found: list[tuple[list[int], float]] = []
        self._local.found = found
        try:
            yield found
        finally:
            self._local.found = None

    def generate(self, *args: Any, **kwargs: Any) -> Any:
        """Like the model's own, with the beam's readings recorded (see `recording`)."""
        found = getattr(self._local, "found", None)
        beam = int(kwargs.get("beam_size", 1))
        if found is None or found or beam < 2:  # not recording, done, or sampling
            return self._model.generate(*args, **kwargs)
        results = self._model.generate(*args, num_hypotheses=min(READINGS, beam), **kwargs)
        first = results[0]
        found.extend(zip(first.sequences_ids, first.scores, strict=True))
        return results


def close_readings(readings: Sequence[tuple[str, float]], best_text: str) -> tuple[str, ...]:
    """The runners-up worth offering: distinct texts other than the best, scored within
    `MARGIN` of it. Empty when the recorded best is not the text the transcript kept
    (the temperature fallback replaced it, or the audio took more than one window)."""
    if not readings or readings[0][0] != best_text:
        return ()
    best_score = readings[0][1]
    kept: list[str] = []
    for text, score in readings[1:]:
        if best_score - score <= MARGIN and text and text != best_text and text not in kept:
            kept.append(text)
    return tuple(kept)
