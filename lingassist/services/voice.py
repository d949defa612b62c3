"""Speech to words: the person's vocabulary for Whisper, and transcribing a recording or file.

The words that come back go to the assistant exactly as typed text does, and stay visible
and editable; a transcript is never acted on by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lingassist.engines.audio import clip_from_pcm16, decode_audio
from lingassist.engines.speech import SpeechEngine, Transcript
from lingassist.ledger.queries import merchant_names
from lingassist.ledger.repository import money_accounts
from lingassist.ledger.tables import payees
from lingassist.services.context import AppContext

VOCABULARY_SIZE = 60
Progress = Callable[[float, str], None]


def speech_vocabulary(context: AppContext) -> list[str]:
    """Names Whisper should expect: payees, the most used merchants, account names."""
    with context.database.sessions() as session:
        known_payees = list(session.scalars(payees.select().with_only_columns(payees.c.name)))
        merchants = merchant_names(session=session, limit=VOCABULARY_SIZE)
        accounts = [account.name for account in money_accounts(session=session)]
    return list(dict.fromkeys([*known_payees, *merchants, *accounts]))[:VOCABULARY_SIZE]


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
    engine: SpeechEngine, path: Path, vocabulary: list[str], *, max_seconds: float | None
) -> Transcript:
    """Transcribe a sound file (WAV, FLAC, MP3, OGG, M4A …).

    Raises:
        UnreadableAudio: not audio, corrupt, empty, or longer than `max_seconds`.
    """
    return engine.transcribe(decode_audio(path, max_seconds=max_seconds), vocabulary=vocabulary)
