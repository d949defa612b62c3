"""Recording: a file-backed source streams real speech; no microphone gives a clear message."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from lingassist.gui.recorder import Recorder, loudness
from tests.gui.fake_audio import FileAudioSource, spoken_wav


def test_records_what_the_source_streams_and_meters_it(qtbot: QtBot, tmp_path: Path) -> None:
    wav = spoken_wav("pay Alice forty euros", tmp_path)
    recorder = Recorder(lambda: FileAudioSource(wav))
    levels: list[float] = []
    recorder.level.connect(levels.append)
    recorder.start()
    assert recorder.recording
    qtbot.wait(800)
    with qtbot.waitSignal(recorder.finished, timeout=2000) as finished:
        recorder.stop()
    pcm = finished.args[0]
    assert 0.6 * 32000 < len(pcm) < 1.2 * 32000  # about 0.8 s of 16 kHz 16-bit audio
    assert max(levels) > 0.3
    assert not recorder.recording


def test_cancel_throws_the_recording_away(qtbot: QtBot, tmp_path: Path) -> None:
    wav = spoken_wav("twelve fifty", tmp_path)
    recorder = Recorder(lambda: FileAudioSource(wav))
    recorder.start()
    with qtbot.waitSignal(recorder.cancelled, timeout=2000):
        recorder.cancel()
    with qtbot.assertNotEmitted(recorder.finished):
        recorder.stop()


def test_no_microphone_is_a_clear_message_not_a_crash(qtbot: QtBot) -> None:
    recorder = Recorder()  # the real QAudioSource: this machine has no audio input
    with qtbot.waitSignal(recorder.failed, timeout=2000) as failed:
        recorder.start()
    assert "microphone" in failed.args[0].lower()
    assert not recorder.recording


def test_loudness_scale() -> None:
    assert loudness(b"") == 0.0
    assert loudness(b"\x00\x00" * 1600) == 0.0
    assert loudness(b"\xff\x7f" * 1600) > 0.99
