"""Audio in: any common file or raw microphone samples -> 16 kHz mono float32, checked.

`decode_audio` is the only way the app reads a sound file for speech recognition. It uses
PyAV (FFmpeg, installed with faster-whisper), so WAV, FLAC, MP3, OGG/Opus, M4A/AAC and
the audio track of most videos all work. Every bad input becomes an `UnreadableAudio`
whose message says what happened and what to do.

Length policy (decided here, used by every caller):

- A voice *command* is at most `MAX_COMMAND_SECONDS` (60 s). `decode_audio` refuses a
  longer file by default with a clear message, before decoding all of it (the container's
  duration is checked first, and decoding stops as soon as the limit is passed), so a
  10-minute file costs milliseconds and never reaches Whisper by accident.
- A caller that really wants a long recording transcribed (the `transcribe` CLI on a
  dictation) passes ``max_seconds=None`` or a larger limit. `WhisperSpeech` then
  transcribes it in Whisper's 30-second windows, cut at pauses by the VAD, with progress
  and cancel callbacks; nothing else changes.

Silence is not an error: a clip whose loudest frames stay below `SILENCE_DBFS` is flagged
`is_silent`, and `WhisperSpeech` answers it with an empty transcript without running the
model, so the caller can say "I heard nothing".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from lingassist.core.errors import UnreadableAudio
from lingassist.core.phrases import phrase

SAMPLE_RATE = 16_000
"""Samples per second of every `AudioClip` (what Whisper expects)."""

MAX_COMMAND_SECONDS = 60.0
"""Longest voice command accepted by default; longer files are refused with a message."""

SILENCE_DBFS = -40.0
"""A 30 ms frame quieter than this (RMS, dB below full scale) holds no speech.

Room noise and a microphone's floor sit around -60 to -45 dBFS; quiet speech at a
laptop microphone is around -35 to -20 dBFS.
"""

MIN_VOICED_SECONDS = 0.15
"""A clip needs at least this much audio above `SILENCE_DBFS` to count as not silent."""

_FRAME = 480  # 30 ms at 16 kHz
_FLOAT32 = npt.NDArray[np.float32]


@dataclass(frozen=True, eq=False)
class AudioClip:
    """Mono audio at `SAMPLE_RATE`, ready for speech recognition.

    Attributes:
        samples: float32 samples in [-1, 1], mono, at `SAMPLE_RATE` (read-only array).
        duration: length in seconds.
        rms_dbfs: loudness of the whole clip, dB relative to full scale (-inf for zeros).
        peak_dbfs: loudness of the loudest sample, dB relative to full scale.
        voiced_seconds: how much of the clip is louder than `SILENCE_DBFS` (30 ms frames).
        source: the file it came from, or None for microphone samples.
    """

    samples: _FLOAT32
    duration: float
    rms_dbfs: float
    peak_dbfs: float
    voiced_seconds: float
    source: Path | None = None

    @property
    def is_silent(self) -> bool:
        """True when there is (almost) nothing louder than the noise floor to transcribe."""
        return self.voiced_seconds < MIN_VOICED_SECONDS

    @property
    def sample_rate(self) -> int:
        """Always `SAMPLE_RATE`."""
        return SAMPLE_RATE


def decode_audio(path: Path | str, *, max_seconds: float | None = MAX_COMMAND_SECONDS) -> AudioClip:
    """Read a sound file as a 16 kHz mono `AudioClip`.

    Accepts anything FFmpeg reads: WAV, FLAC, MP3, OGG (Vorbis/Opus), M4A/AAC, WebM ...
    Multichannel audio is mixed down to mono and resampled to `SAMPLE_RATE`.

    Args:
        path: the file to read.
        max_seconds: refuse longer audio (default `MAX_COMMAND_SECONDS`); None for no limit.

    Raises:
        UnreadableAudio: missing or empty file, a folder, not audio, corrupt data, no sound
            data at all, or longer than `max_seconds`.
    """
    path = Path(path)
    _check_file(path)
    samples = _decode(path, max_seconds)
    return clip_from_samples(samples, SAMPLE_RATE, source=path)


def clip_from_samples(
    samples: npt.ArrayLike, sample_rate: int = SAMPLE_RATE, *, source: Path | None = None
) -> AudioClip:
    """An `AudioClip` from float samples in [-1, 1] (mono; any rate, resampled linearly).

    Raises:
        UnreadableAudio: no samples at all.
    """
    data = np.asarray(samples, dtype=np.float32).reshape(-1)
    if data.size == 0:
        raise UnreadableAudio(
            phrase("{name} contains no sound at all.", name=source.name)
            if source is not None
            else phrase("The recording contains no sound at all.")
        )
    if sample_rate != SAMPLE_RATE:
        data = _resample(data, sample_rate)
    data = np.ascontiguousarray(data)
    data.setflags(write=False)
    return AudioClip(
        samples=data,
        duration=data.size / SAMPLE_RATE,
        rms_dbfs=_dbfs(float(np.sqrt(np.mean(np.square(data, dtype=np.float64))))),
        peak_dbfs=_dbfs(float(np.max(np.abs(data)))),
        voiced_seconds=_voiced_seconds(data),
        source=source,
    )


def clip_from_pcm16(data: bytes, sample_rate: int = SAMPLE_RATE, channels: int = 1) -> AudioClip:
    """An `AudioClip` from raw little-endian signed 16-bit PCM (what a microphone gives).

    Raises:
        UnreadableAudio: no samples at all.
    """
    usable = len(data) - len(data) % (2 * channels)
    pcm = np.frombuffer(data[:usable], dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        pcm = pcm.reshape(-1, channels).mean(axis=1)
    return clip_from_samples(pcm, sample_rate)


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise UnreadableAudio(phrase("{path} is a folder, not a sound file.", path=str(path)))
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableAudio(
            phrase("There is no file {path}: check the name and the folder.", path=str(path))
        ) from None
    except OSError as error:
        raise UnreadableAudio(
            phrase("{name} cannot be read: {error}.", name=path.name, error=str(error.strerror))
        ) from error
    if size == 0:
        raise UnreadableAudio(phrase("{name} is empty (0 bytes): record it again.", name=path.name))


def _decode(path: Path, max_seconds: float | None) -> _FLOAT32:
    import av  # PyAV comes with faster-whisper; imported here to keep start-up light

    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise UnreadableAudio(phrase("{name} has no sound track.", name=path.name))
            _refuse_long(path, _container_seconds(container), max_seconds)
            chunks = _read_frames(container, path, max_seconds)
    except UnreadableAudio:
        raise
    except (av.FFmpegError, OSError, ValueError, IndexError, EOFError) as error:
        raise UnreadableAudio(
            phrase(
                "{name} is not a sound file LingAssist can read, or it is damaged ({error}). Use "
                "WAV, FLAC, MP3, OGG or M4A.",
                name=path.name,
                error=type(error).__name__,
            )
        ) from error
    if not chunks:
        raise UnreadableAudio(
            phrase("{name} contains no sound data (it may be cut short).", name=path.name)
        )
    samples = np.concatenate(chunks).astype(np.float32) / 32768.0
    return samples


def _read_frames(container: Any, path: Path, max_seconds: float | None) -> list[np.ndarray]:
    import av

    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    limit = None if max_seconds is None else int(max_seconds * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    count = 0
    stream = container.streams.audio[0]
    for frame in container.decode(stream):
        for out in [*resampler.resample(frame)]:
            array = out.to_ndarray().reshape(-1)
            chunks.append(array)
            count += array.size
        if limit is not None and count > limit:
            _refuse_long(path, count / SAMPLE_RATE, max_seconds)
    for out in resampler.resample(None):  # flush what the resampler still holds
        chunks.append(out.to_ndarray().reshape(-1))
    return chunks


def _container_seconds(container: Any) -> float | None:
    duration = container.duration  # microseconds (AV_TIME_BASE), or None when unknown
    return None if duration is None else duration / 1_000_000


def _refuse_long(path: Path, seconds: float | None, max_seconds: float | None) -> None:
    if seconds is None or max_seconds is None or seconds <= max_seconds + 0.5:
        return
    raise UnreadableAudio(
        phrase(
            "{name} is {length} long; a voice command can be at most {most}. Record a shorter "
            "command, or transcribe the file on its own (lingassist transcribe).",
            name=path.name,
            length=_minutes(seconds),
            most=_minutes(max_seconds),
        )
    )


def _voiced_seconds(samples: _FLOAT32) -> float:
    whole = samples.size // _FRAME
    if whole == 0:
        loud = _dbfs(float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))))
        return samples.size / SAMPLE_RATE if loud >= SILENCE_DBFS else 0.0
    frames = samples[: whole * _FRAME].reshape(whole, _FRAME).astype(np.float64)
    rms = np.sqrt(np.mean(np.square(frames), axis=1))
    threshold = 10 ** (SILENCE_DBFS / 20)
    return int(np.count_nonzero(rms >= threshold)) * _FRAME / SAMPLE_RATE


def _resample(samples: _FLOAT32, rate: int) -> _FLOAT32:
    if rate <= 0:
        raise ValueError(f"sample rate must be positive, got {rate}")
    target = max(1, round(samples.size * SAMPLE_RATE / rate))
    positions = np.linspace(0, samples.size - 1, num=target)
    return np.interp(positions, np.arange(samples.size), samples).astype(np.float32)


def _dbfs(level: float) -> float:
    return 20 * math.log10(level) if level > 0 else -math.inf


def _minutes(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.1f} min"
