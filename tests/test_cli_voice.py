"""``lingassist transcribe``: real Whisper on speech the test makes, silence and bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lingassist.engines.speech import bundled_model_dir
from lingassist.services.context import open_home
from lingassist.services.entries import EntryRequest, record_entry
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
