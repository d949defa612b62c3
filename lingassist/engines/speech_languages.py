"""Which spoken languages are acted on, and which are only transcribed for review.

Measured by ``bench/voice_languages.py`` (``make bench-voice-languages``; figures in
bench/README.md): Whisper ``base``, the largest complete multilingual model on PyPI, with
the language forced from the person's setting, got amounts right end to end (transcript ->
assistant) on too few French and Vietnamese commands to send them unseen. English commands
are acted on (cards to confirm, as typed ones). In any other language the transcript is put
in the command line for the person to check and send, and the window says why. A language
moves into `ACTED_ON` only when a measurement shows about 90% of amounts right end to end.
"""

from __future__ import annotations

ACTED_ON = frozenset({"en"})
"""Languages whose spoken commands go to the assistant as soon as they are heard."""


def voice_acts_on(language: str) -> bool:
    """True when a spoken command in `language` ("en", "fr", "vi") is sent as it is heard;
    False when it is only put in the command line for the person to check first."""
    return language in ACTED_ON


def whisper_language(language: str) -> str:
    """The language Whisper is told to transcribe: the window's (the person's setting).

    Forcing it beats auto-detection on short commands (which took French and Vietnamese for
    other languages and doubles the CPU time)."""
    return language or "en"
