"""``lingassist transcribe``: real Whisper on speech the test makes, silence and bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lingassist.config import AppPaths, load_settings, save_settings
from lingassist.engines.speech import WhisperSpeech, bundled_model_dir
from lingassist.services.context import open_home
from lingassist.services.entries import EntryRequest, record_entry
from tests.engines.test_speech_long import LONG, FakeWhisper, loud_clip
from tests.gui.fake_audio import silent_wav, spoken_wav
from tests.test_cli import home, run  # noqa: F401 - the fixture

pytestmark = [
    pytest.mark.skipif(bundled_model_dir() is None, reason="tiny.en not installed"),
    pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng"),
]


def test_transcribe_json_one_line_per_file(
    home: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    context = open_home(home)
    record_entry(context, EntryRequest("9", merchant="Alice Martin"))  # a name the ledger knows
    context.database.engine.dispose()
    speech = spoken_wav("Pay Alice Martin fifty euros for dinner.", tmp_path)
    silence = silent_wav(tmp_path, seconds=2.0, name="quiet.wav")
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really")

    status, out, _err = run(
        home, capsys, "transcribe", str(speech), str(silence), str(broken), "--json"
    )

    said, quiet, bad = (json.loads(line) for line in out.splitlines())
    assert status == 2  # one file could not be read
    assert set(said) == {"file", "text", "language", "duration", "seconds", "command"}
    assert "Alice" in said["text"] and "50" in said["command"]
    assert said["language"] == "en" and said["duration"] > 1 and said["seconds"] > 0
    assert quiet["text"] == "" and "nothing was heard" in quiet["note"]
    assert bad["file"] == str(broken) and "not a sound file" in bad["error"]


def test_transcribe_prints_the_words_for_people(
    home: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    speech = spoken_wav("How much did I spend on coffee last month?", tmp_path)
    status, out, _err = run(home, capsys, "transcribe", str(speech))
    assert status == 0
    assert out.startswith("speech.wav: ") and "coffee" in out


def test_progress_goes_to_standard_error_and_json_stays_clean(
    home: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    speech = spoken_wav("Spent twelve dollars on lunch.", tmp_path)
    status, out, err = run(home, capsys, "transcribe", str(speech), "--json")
    assert status == 0
    assert [set(json.loads(line)) >= {"file", "text"} for line in out.splitlines()] == [True]
    steps = err.splitlines()  # not a terminal: one plain line per step
    assert steps[0].startswith("Transcribing speech.wav [") and steps[0].endswith(" (0%)")
    assert steps[-1].endswith(" (100%)") and "0:0" in steps[-1]


def test_a_long_file_shows_where_whisper_is(
    home: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    long_wav = silent_wav(tmp_path, name="long.wav")  # read as 14:02 of sound below
    model = FakeWhisper(["Rent is $1,500.", "Lunch $12.", "Taxi $20.", "That is all."], LONG)
    monkeypatch.setattr(WhisperSpeech, "_construct", lambda _self, _folder: model)
    monkeypatch.setattr("lingassist.services.voice.decode_audio", lambda *_a, **_k: loud_clip(LONG))

    status, out, err = run(home, capsys, "transcribe", str(long_wav), "--json")

    assert status == 0 and json.loads(out)["text"].startswith("Rent is $1,500.")
    assert err.splitlines() == [
        "Transcribing long.wav [........................] 0:00 of 14:02 (0%)",
        "Transcribing long.wav [######..................] 3:30 of 14:02 (25%)",
        "Transcribing long.wav [############............] 7:01 of 14:02 (50%)",
        "Transcribing long.wav [##################......] 10:31 of 14:02 (75%)",
        "Transcribing long.wav [########################] 14:02 of 14:02 (100%)",
    ]


def test_the_settings_speech_model_is_the_one_used(
    home: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    paths = AppPaths(home)
    save_settings(paths, load_settings(paths).with_changes(speech_model=str(tmp_path / "mine")))
    speech = spoken_wav("Coffee four fifty.", tmp_path)

    status, out, _err = run(home, capsys, "transcribe", str(speech), "--json")

    assert status == 2 and str(tmp_path / "mine") in json.loads(out)["error"]
    bundled = str(bundled_model_dir())  # --model wins over the settings
    status, out, _err = run(home, capsys, "transcribe", str(speech), "--json", "--model", bundled)
    assert status == 0 and json.loads(out)["text"]
