"""Measure the assistant's command parser.

1. The utterance dev set (CLINC150 + BANKING77 questions mapped to our intents): accuracy on
   the mapped intents and the false-action rate on out-of-scope rows.
2. The voice-dev transcripts (`text` and the `spoken` words): amount, currency, merchant,
   payee and date.
3. Messages people write (`commands_natural_dev.jsonl`, scored by `bench/natural.py`):
   intent, amounts in actions, dates, periods, filters, split names, repetition, names.
4. Parse time per utterance (median) and for the whole file.

Each dev set is split once, by a hash of the row id (`lingassist.tools.dev_splits`), into a
part the rules and the intent model were tuned and trained on and a part kept back;
`--part held-out` (the default) scores the part nobody tuned on.

With `--lang fr|vi` it scores the French or Vietnamese dev set instead
(`bench/data/commands_{fr,vi}_dev.jsonl`, split by each row's `part`: "held", about 30%,
never looked at while tuning, is `--part held-out`).

Run: .venv/bin/python bench/assistant.py [--part held-out|tune|all] [--errors] [--lang fr|vi]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from natural import score_natural

from lingassist.assistant import Intent, ParsedCommand, parse
from lingassist.tools.dev_splits import PARTS, select

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
UTTERANCES = SHARED / "utterances-dev" / "utterances_dev.jsonl"
VOICE = SHARED / "voice-dev" / "truth.jsonl"
NATURAL = SHARED / "utterances-dev" / "commands_natural_dev.jsonl"
TODAY = date(2026, 11, 23)
MAPPED = {"query_spending", "show_transactions", "balance", "draft_payment"}


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _accepted(row: dict[str, object], got: Intent) -> bool:
    if got.value == row["intent"]:
        return True
    if row["intent"] == "query_spending" and got == Intent.QUERY_BREAKDOWN:
        return True  # "where did my money go": a ranking of the spending asked about
    return row["source_intent"] == "transfer" and got == Intent.TRANSFER


def score_utterances(rows: list[dict[str, object]]) -> tuple[dict[str, object], list[str]]:
    """Accuracy on mapped rows, false actions on `other` rows, and timings."""
    times, errors = [], []
    per_intent: Counter[str] = Counter()
    per_intent_ok: Counter[str] = Counter()
    other = actions = 0
    confusion: Counter[str] = Counter()
    start_all = time.perf_counter()
    for row in rows:
        start = time.perf_counter()
        command = parse(str(row["text"]), today=TODAY, default_currency="USD")
        times.append(time.perf_counter() - start)
        expected = str(row["intent"])
        if expected in MAPPED:
            per_intent[expected] += 1
            if _accepted(row, command.intent):
                per_intent_ok[expected] += 1
            else:
                confusion[f"{expected}->{command.intent.value}"] += 1
                errors.append(
                    f"MISS {row['source_intent']:>16} -> {command.intent.value:<17} {row['text']}"
                )
        elif expected == "other":
            other += 1
            if command.is_action:
                actions += 1
                errors.append(
                    f"FALSE {row['source_intent']:>15} -> {command.intent.value:<17} {row['text']}"
                )
    total_s = time.perf_counter() - start_all
    mapped = sum(per_intent.values())
    result = {
        "file": str(UTTERANCES),
        "rows": len(rows),
        "mapped_rows": mapped,
        "mapped_accuracy": round(sum(per_intent_ok.values()) / mapped, 4) if mapped else None,
        "per_intent": {
            k: {"rows": per_intent[k], "right": per_intent_ok[k]} for k in sorted(per_intent)
        },
        "confusions": dict(confusion.most_common()),
        "other_rows": other,
        "false_actions": actions,
        "false_action_rate": round(actions / other, 4) if other else None,
        "median_parse_ms": round(statistics.median(times) * 1000, 3),
        "p90_parse_ms": round(sorted(times)[int(len(times) * 0.9)] * 1000, 3),
        "total_s": round(total_s, 3),
    }
    return result, errors


def _name(value: object) -> str:
    """Names compare without case, and "&" equals "and" (the spoken form says "and")."""
    return " ".join(str(value or "").lower().replace("&", " and ").split())


def _expected_date(word: object) -> date | None:
    if not word:
        return None
    text = str(word).lower()
    if text == "today":
        return TODAY
    if text in ("yesterday", "last night"):
        return TODAY - timedelta(days=1)
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    if text in weekdays:
        return TODAY - timedelta(days=(TODAY.weekday() - weekdays.index(text)) % 7)
    return None


def _check_voice(row: dict[str, object], command: ParsedCommand) -> dict[str, bool]:
    checks = {
        "amount": (command.amount is None)
        if row["amount"] is None
        else (command.amount is not None and command.amount == Decimal(str(row["amount"])))
    }
    if row["currency"] is not None:
        checks["currency"] = command.currency == row["currency"]
    for name in ("merchant", "payee"):
        if row[name] is not None:
            checks[name] = _name(getattr(command, name)) == _name(row[name])
    expected = _expected_date(row["date"])
    if expected is not None:
        checks["date"] = command.date == expected or (
            command.period is not None and command.period.start == expected == command.period.end
        )
    elif row["date"] == "this week":
        checks["date"] = command.period is not None and command.period.label == "this week"
    return checks


def score_voice(rows: list[dict[str, object]]) -> tuple[dict[str, object], list[str]]:
    """Slot accuracy on the voice-dev reference transcripts and spoken words."""
    result: dict[str, object] = {}
    errors = []
    for field in ("text", "spoken"):
        right: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        for row in rows:
            command = parse(str(row[field]), today=TODAY, default_currency="USD")
            for name, ok in _check_voice(row, command).items():
                seen[name] += 1
                right[name] += ok
                if not ok:
                    errors.append(
                        f"VOICE {field} {name}: {row[field]!r} -> {getattr(command, name, None)!r}"
                    )
        result[field] = {name: f"{right[name]}/{seen[name]}" for name in sorted(seen)}
    return result, errors


def language_rows(lang: str, part: str) -> list[dict[str, object]]:
    """The French or Vietnamese dev set's rows of one part: each row's `part` ("held" or
    "tune") was fixed by a hash of its id when the set was written."""
    rows = _read_jsonl(ROOT / "bench" / "data" / f"commands_{lang}_dev.jsonl")
    if part == "all":
        return rows
    want = "held" if part == "held-out" else "tune"
    return [row for row in rows if row.get("part") == want]


def score_language(lang: str, part: str, out: Path | None, errors: bool) -> None:
    """Score one language's dev set (`--lang`): intent, amounts, dates, periods, names."""
    result, missed = score_natural(language_rows(lang, part))
    report = {"language": lang, "part": part, "today": "2026-11-18", "natural": result}
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if errors:
        print("\n".join(sorted(missed)))
    print(json.dumps(report, indent=2, ensure_ascii=False))


def main() -> None:
    """Run both measurements and write the JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--errors", action="store_true", help="print every miss")
    parser.add_argument("--part", choices=PARTS, default="held-out", help="which part to score")
    parser.add_argument(
        "--lang", choices=("fr", "vi"), help="score bench/data/commands_LANG_dev.jsonl instead"
    )
    args = parser.parse_args()
    if args.lang:
        out = args.out or ROOT / "bench" / "results" / f"assistant-{args.lang}.json"
        score_language(args.lang, args.part, out, args.errors)
        return
    args.out = args.out or ROOT / "bench" / "results" / "assistant.json"
    utterances, errors = score_utterances(select(_read_jsonl(UTTERANCES), args.part))
    natural, natural_errors = score_natural(select(_read_jsonl(NATURAL), args.part))
    voice, voice_errors = score_voice(_read_jsonl(VOICE))
    errors += natural_errors
    report = {
        "today": TODAY.isoformat(),
        "part": args.part,
        "utterances": utterances,
        "natural": natural,
        "voice_dev": voice,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        print("\n".join(sorted(errors) + voice_errors))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
