"""A file-backed stand-in for the microphone: streams a 16 kHz mono WAV into the sink."""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

from PySide6.QtCore import QIODevice, QTimer

CHUNK_MS = 20


class FileAudioSource:
    """Writes the WAV's PCM into the sink in real time, 20 ms at a time."""

    def __init__(self, wav: Path) -> None:
        with wave.open(str(wav), "rb") as reader:
            assert reader.getframerate() == 16000 and reader.getnchannels() == 1
            self._pcm = reader.readframes(reader.getnframes())
        self._position = 0
        self._sink: QIODevice | None = None
        self._timer = QTimer(interval=CHUNK_MS)
        self._timer.timeout.connect(self._push)

    def start(self, sink: QIODevice) -> None:
        self._sink = sink
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def error(self) -> str:
        return ""

    def _push(self) -> None:
        step = 16000 * 2 * CHUNK_MS // 1000
        chunk = self._pcm[self._position : self._position + step]
        if chunk and self._sink is not None:
            self._sink.write(chunk)
        self._position += step


def spoken_wav(text: str, folder: Path, name: str = "speech.wav") -> Path:
    """Speech made with espeak-ng, resampled to 16 kHz mono with sox."""
    raw, wav = folder / f"{name}.raw.wav", folder / name
    subprocess.run(
        ["espeak-ng", "-s", "150", "-w", str(raw), text], check=True, capture_output=True
    )
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav)], check=True)
    return wav


def silent_wav(folder: Path, seconds: float = 1.0, name: str = "silence.wav") -> Path:
    """`seconds` of digital silence as a 16 kHz mono 16-bit WAV."""
    path = folder / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\x00\x00" * int(16000 * seconds))
    return path
