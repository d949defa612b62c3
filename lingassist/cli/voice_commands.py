"""``transcribe``: sound files to words with the local Whisper model."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lingassist.cli.progress import ProgressBar
from lingassist.core.errors import UserFacingError
from lingassist.services.context import AppContext

if TYPE_CHECKING:
    from lingassist.engines.speech import SpeechEngine, Transcript, WhisperSpeech


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``transcribe`` to the command line."""
    transcribe = commands.add_parser(
        "transcribe",
        help="turn recordings into text (WAV, FLAC, MP3, OGG, M4A)",
        description=(
            "Transcribe each file with the local Whisper model, biased toward the ledger's "
            "names. --json prints one object per file: file, text (as heard), language, "
            "duration, seconds, and command (what the assistant would read: the reading "
            "that names most of what the ledger knows, with mishearings repaired)."
        ),
    )
    transcribe.add_argument("audio", nargs="+", type=Path, metavar="AUDIO")
    transcribe.add_argument("--json", action="store_true", help="one JSON object per file per line")
    transcribe.add_argument(
        "--model",
        type=Path,
        default=None,
        help="another faster-whisper model folder (default: the settings' speech model, "
        "else the bundled tiny.en)",
    )
    transcribe.set_defaults(handler=_transcribe)


def _transcribe(context: AppContext, arguments: argparse.Namespace) -> int:
    from lingassist.services.assistant import spoken_command_words
    from lingassist.services.vocabulary import speech_vocabulary

    engine = one_shot_engine(arguments.model or _settings_model(context))
    vocabulary = speech_vocabulary(context)
    failures = 0
    for path in arguments.audio:
        try:
            transcript = _transcribe_showing_progress(engine, path, vocabulary)
        except UserFacingError as error:
            failures += 1
            _print({"file": str(path), "error": str(error)}, arguments.json)
            continue
        record: dict[str, object] = {"file": str(path), **transcript.as_dict()}
        if transcript.heard_nothing:
            record["note"] = "silence: nothing was heard"
        else:
            record["command"] = spoken_command_words(context, transcript)
        _print(record, arguments.json)
    return 2 if failures else 0


def one_shot_engine(model: Path | None) -> WhisperSpeech:
    """Whisper for one run of the command: without the warm-up decode, which only makes
    a window's first recording quick and here would add its second to every run."""
    from lingassist.engines.speech import WhisperSpeech

    return WhisperSpeech(model, warm_up=False)


def _transcribe_showing_progress(
    engine: SpeechEngine, path: Path, vocabulary: list[str]
) -> Transcript:
    """Transcribe one file of any length, with "3:20 of 14:02 (24%)" on standard error."""
    from lingassist.services.voice import transcribe_file

    bar = ProgressBar(1, f"Transcribing {path.name}")
    try:
        return transcribe_file(engine, path, vocabulary, max_seconds=None, progress=bar.update)
    finally:
        bar.close()


def _settings_model(context: AppContext) -> Path | None:
    """The speech model folder chosen in the settings (as the app uses), or None for the
    bundled tiny.en."""
    folder = context.settings.speech_model
    return Path(folder).expanduser() if folder else None


def _print(record: dict[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(record, ensure_ascii=False))
    elif "error" in record:
        print(f"{record['file']}: {record['error']}", file=sys.stderr)
    else:
        name, text = Path(str(record["file"])).name, record["text"] or "(nothing heard)"
        command = record.get("command")
        read_as = f"\n  as a command: {command}" if command and command != text else ""
        print(f"{name}: {text}{read_as}")
