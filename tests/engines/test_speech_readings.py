"""Runner-up readings: recorded from the first beam search only, offered within a margin."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lingassist.engines.speech_readings import MARGIN, ReadingRecorder, close_readings


@dataclass
class Result:
    sequences_ids: list[list[int]]
    scores: list[float]


@dataclass
class FakeModel:
    """Answers `generate` with as many readings as asked for; remembers the calls."""

    is_multilingual: bool = False
    calls: list[dict[str, Any]] = field(default_factory=list)

    def generate(self, features: object, prompts: object, **kwargs: Any) -> list[Result]:
        self.calls.append(kwargs)
        count = kwargs.get("num_hypotheses", 1)
        return [Result([[n] for n in range(count)], [-0.1 * (n + 1) for n in range(count)])]


def test_the_first_beam_search_of_a_recording_keeps_its_readings() -> None:
    model = FakeModel()
    recorder = ReadingRecorder(model)
    assert recorder.is_multilingual is False  # everything else passes through
    with recorder.recording() as found:
        first = recorder.generate("f", ["p"], beam_size=5)
        recorder.generate("f", ["p"], beam_size=5)  # a second window: not recorded
    assert len(first[0].sequences_ids) == 5
    assert found == [([n], -0.1 * (n + 1)) for n in range(5)]
    assert [call.get("num_hypotheses") for call in model.calls] == [5, None]


def test_nothing_is_recorded_outside_a_recording_or_when_sampling() -> None:
    model = FakeModel()
    recorder = ReadingRecorder(model)
    recorder.generate("f", ["p"], beam_size=5)
    with recorder.recording() as found:
        recorder.generate("f", ["p"], sampling_temperature=0.4)  # fallback: best_of sampling
    assert found == []
    assert all("num_hypotheses" not in call for call in model.calls)


def test_close_readings_are_distinct_and_within_the_margin() -> None:
    readings = [
        ("Log 46.75 at some way.", -0.20),
        ("Log 46.75 at Subway.", -0.25),
        ("Log 46.75 at Subway.", -0.26),
        ("Log 46.75 at some way.", -0.30),
        ("Log 46.75 at Sub way.", -0.20 - MARGIN - 0.01),
    ]
    assert close_readings(readings, "Log 46.75 at some way.") == ("Log 46.75 at Subway.",)


def test_no_runners_up_when_the_transcript_kept_another_text() -> None:
    readings = [("first window only", -0.2), ("first window, only", -0.25)]
    assert close_readings(readings, "first window only. And a second one.") == ()
    assert close_readings([], "anything") == ()
