"""Recorder: 16 kHz mono speech from a microphone (or a stand-in) while a key is held.

QtMultimedia is imported at the first recording, not at start-up. The source is anything
with ``start(sink)``, ``stop()`` and ``error()`` — the real `QtMicrophone`, or a file-backed
fake in tests — writing 16-bit little-endian PCM into the sink.
"""

from __future__ import annotations

import array
import math
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QTimer,
    Signal,
)

SAMPLE_RATE = 16_000
BYTES_PER_SECOND = SAMPLE_RATE * 2
MAX_SECONDS = 30
LEVEL_INTERVAL_MS = 50


class AudioSource(Protocol):
    """Where sound comes from."""

    def start(self, sink: QIODevice) -> None:
        """Begin writing PCM into `sink`."""

    def stop(self) -> None:
        """Stop writing."""

    def error(self) -> str:
        """A sentence for the person when the source cannot record, else ""."""


class QtMicrophone:
    """The default input device through QAudioSource (16 kHz, mono, 16-bit)."""

    def __init__(self) -> None:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSource, QMediaDevices

        audio_format = QAudioFormat()
        audio_format.setSampleRate(SAMPLE_RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._has_input = bool(QMediaDevices.audioInputs())
        self._source = QAudioSource(audio_format)

    def start(self, sink: QIODevice) -> None:
        self._source.start(sink)

    def stop(self) -> None:
        self._source.stop()

    def error(self) -> str:
        from PySide6.QtMultimedia import QtAudio

        if not self._has_input:
            return QCoreApplication.translate(
                "Recorder",
                "No microphone found. Connect one (or check the sound settings), or type instead.",
            )
        if self._source.error() != QtAudio.Error.NoError:
            return microphone_problem(self._source.error().name)
        return ""


MICROPHONE_PROBLEMS = {  # QtAudio.Error's name -> what it means for the person
    "OpenError": QT_TRANSLATE_NOOP(
        "Recorder",
        "The microphone could not be opened: another program may be using it, or it is "
        "switched off. Close that program or choose another input in the sound settings, then "
        "try again; or type instead.",
    ),
    "IOError": QT_TRANSLATE_NOOP(
        "Recorder",
        "Recording from the microphone failed: it stopped sending sound. Check that it is "
        "still connected and try again, or type instead.",
    ),
    "UnderrunError": QT_TRANSLATE_NOOP(
        "Recorder",
        "The microphone's sound came too slowly to be recorded. Try again, or type instead.",
    ),
    "FatalError": QT_TRANSLATE_NOOP(
        "Recorder",
        "The sound system stopped the recording. Try again, or type instead.",
    ),
}


def microphone_problem(name: str) -> str:
    """What a microphone's error (`QtAudio.Error` named `name`) means, in the window's
    language."""
    known = MICROPHONE_PROBLEMS.get(name)
    if known is not None:
        return QCoreApplication.translate("Recorder", known)
    return QCoreApplication.translate(
        "Recorder", "The microphone could not be used ({problem}). Type instead."
    ).format(problem=name)


class Recorder(QObject):
    """Records while asked to; says how loud it is; stops by itself after MAX_SECONDS."""

    level = Signal(float)  # loudness 0..1 of the last moment
    finished = Signal(bytes)  # the recording: 16 kHz mono 16-bit PCM
    failed = Signal(str)  # a sentence for the person
    cancelled = Signal()  # no payload

    def __init__(
        self, make_source: Callable[[], AudioSource] = QtMicrophone, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._make_source = make_source
        self._source: AudioSource | None = None
        self._buffer = QBuffer()
        self._meter = QTimer(self, interval=LEVEL_INTERVAL_MS)
        self._meter.timeout.connect(self._measure)

    @property
    def recording(self) -> bool:
        """True between start() and stop()/cancel()."""
        return self._source is not None

    def start(self) -> None:
        """Start recording (does nothing when already recording)."""
        if self.recording:
            return
        self._source = self._make_source()
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray())
        self._buffer.open(QIODevice.OpenModeFlag.ReadWrite)
        self._source.start(self._buffer)
        problem = self._source.error()
        if problem:
            self._end()
            self.failed.emit(problem)
            return
        self._meter.start()

    def stop(self) -> None:
        """Stop and hand over what was recorded."""
        if not self.recording:
            return
        pcm = self._end()
        self.finished.emit(pcm)

    def cancel(self) -> None:
        """Stop and throw the recording away."""
        if self.recording:
            self._end()
            self.cancelled.emit()

    def _end(self) -> bytes:
        self._meter.stop()
        if self._source is not None:
            self._source.stop()
        self._source = None
        pcm = bytes(self._buffer.data().data())
        self._buffer.close()
        return pcm

    def _measure(self) -> None:
        data = self._buffer.data()
        if data.size() >= MAX_SECONDS * BYTES_PER_SECOND:
            self.stop()
            return
        recent = bytes(data.right(min(data.size(), BYTES_PER_SECOND // 10)).data())
        self.level.emit(loudness(recent))


def loudness(pcm: bytes) -> float:
    """RMS of 16-bit PCM on a 0..1 scale that makes speech visible (-50 dBFS .. 0)."""
    samples = array.array("h", pcm[: len(pcm) - len(pcm) % 2])
    if not samples:
        return 0.0
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768
    decibels = 20 * math.log10(max(rms, 1e-6))
    return max(0.0, min(1.0, (decibels + 50) / 50))
