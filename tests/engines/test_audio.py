"""decode_audio: formats, silence, length limit and every bad input as UnreadableAudio."""

from __future__ import annotations

import shutil
import subprocess
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from lingassist.core.errors import UnreadableAudio, UserFacingError
from lingassist.engines.audio import (
    MAX_COMMAND_SECONDS,
    SAMPLE_RATE,
    clip_from_pcm16,
    clip_from_samples,
    decode_audio,
)


def write_wav(path: Path, samples: np.ndarray, rate: int = SAMPLE_RATE, channels: int = 1) -> Path:
    """A 16-bit PCM WAV of float samples (shape (n,) or (n, channels))."""
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return path


def tone(seconds: float, rate: int = SAMPLE_RATE, level: float = 0.3) -> np.ndarray:
    """A 440 Hz sine."""
    t = np.arange(int(seconds * rate)) / rate
    return (level * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def encode_with_pyav(source: Path, target: Path, codec: str) -> Path:
    """Re-encode a WAV with PyAV (MP3, AAC in M4A)."""
    import av

    with av.open(str(source)) as inp, av.open(str(target), "w") as out:
        stream = out.add_stream(codec, rate=SAMPLE_RATE)
        for frame in inp.decode(audio=0):
            frame.pts = None
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return target


def test_wav_decodes_to_16k_mono_float32(tmp_path: Path) -> None:
    clip = decode_audio(write_wav(tmp_path / "a.wav", tone(2.0)))
    assert clip.samples.dtype == np.float32
    assert clip.samples.ndim == 1
    assert clip.duration == pytest.approx(2.0, abs=0.01)
    assert clip.sample_rate == SAMPLE_RATE
    assert not clip.is_silent
    assert clip.peak_dbfs == pytest.approx(20 * np.log10(0.3), abs=0.5)
    assert clip.source == tmp_path / "a.wav"
    assert not clip.samples.flags.writeable


def test_stereo_44k_is_mixed_down_and_resampled(tmp_path: Path) -> None:
    stereo = np.stack([tone(1.5, 44_100), tone(1.5, 44_100)], axis=1)
    clip = decode_audio(write_wav(tmp_path / "s.wav", stereo, rate=44_100, channels=2))
    assert clip.duration == pytest.approx(1.5, abs=0.02)
    assert clip.samples.size == pytest.approx(1.5 * SAMPLE_RATE, abs=400)


@pytest.mark.parametrize(("suffix", "codec"), [(".mp3", "libmp3lame"), (".m4a", "aac")])
def test_compressed_formats_made_with_pyav_decode(tmp_path: Path, suffix: str, codec: str) -> None:
    source = write_wav(tmp_path / "a.wav", tone(1.0))
    clip = decode_audio(encode_with_pyav(source, tmp_path / f"a{suffix}", codec))
    assert clip.duration == pytest.approx(1.0, abs=0.1)
    assert not clip.is_silent


@pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")
@pytest.mark.parametrize("suffix", [".ogg", ".flac"])
def test_formats_made_with_sox_decode(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"a{suffix}"
    subprocess.run(
        ["sox", "-n", "-r", "44100", "-c", "2", str(target), "synth", "1.2", "sine", "300"],
        check=True,
    )
    clip = decode_audio(target)
    assert clip.duration == pytest.approx(1.2, abs=0.1)
    assert not clip.is_silent


@pytest.mark.parametrize(
    "samples",
    [np.zeros(48_000), np.random.default_rng(1).normal(0, 0.001, 48_000)],  # -60 dBFS hiss
    ids=["digital silence", "quiet room noise"],
)
def test_silence_and_quiet_noise_are_flagged(tmp_path: Path, samples: np.ndarray) -> None:
    clip = decode_audio(write_wav(tmp_path / "quiet.wav", samples))
    assert clip.is_silent
    assert clip.duration == pytest.approx(3.0)


def test_a_short_word_in_silence_is_not_silent() -> None:
    samples = np.concatenate([np.zeros(32_000), tone(0.3), np.zeros(32_000)])
    assert not clip_from_samples(samples).is_silent


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(np.random.default_rng(2).bytes(5000)), "not a sound file"),
        (lambda p: p.write_text("pay Alice 40 euros"), "not a sound file"),
        (lambda p: None, "There is no file"),
        (lambda p: p.mkdir(), "folder"),
    ],
    ids=["empty", "random bytes", "text", "missing", "folder"],
)
def test_bad_inputs_raise_unreadable_audio(tmp_path: Path, make, words: str) -> None:
    path = tmp_path / "bad.wav"
    make(path)
    with pytest.raises(UnreadableAudio, match=words) as caught:
        decode_audio(path)
    assert isinstance(caught.value, UserFacingError)


def test_a_wav_header_with_no_samples_has_no_sound(tmp_path: Path) -> None:
    with pytest.raises(UnreadableAudio, match="no sound"):
        decode_audio(write_wav(tmp_path / "header.wav", np.zeros(0)))


def test_a_ten_minute_file_is_refused_quickly_unless_asked(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "long.wav", np.zeros(600 * 8000), rate=8000)
    started = time.perf_counter()
    with pytest.raises(UnreadableAudio, match=r"10\.0 min long.*at most 60 s"):
        decode_audio(path)
    assert time.perf_counter() - started < 0.5
    assert decode_audio(path, max_seconds=None).duration == pytest.approx(600.0)


def test_the_limit_is_checked_while_decoding_too(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "a.wav", tone(3.0))
    with pytest.raises(UnreadableAudio, match="at most 2 s"):
        decode_audio(path, max_seconds=2.0)
    assert decode_audio(path, max_seconds=MAX_COMMAND_SECONDS).duration == pytest.approx(3.0)


def test_microphone_pcm16_becomes_a_clip() -> None:
    pcm = (tone(1.0, 48_000) * 32767).astype("<i2")
    stereo = np.repeat(pcm, 2).tobytes() + b"\x01"  # a stray byte is ignored
    clip = clip_from_pcm16(stereo, sample_rate=48_000, channels=2)
    assert clip.duration == pytest.approx(1.0, abs=0.001)
    assert clip.source is None
    assert not clip.is_silent


def test_no_samples_is_unreadable() -> None:
    with pytest.raises(UnreadableAudio, match="no sound"):
        clip_from_pcm16(b"")
