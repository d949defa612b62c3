"""Make a larger set of spoken finance commands with espeak-ng, in voice-dev's format.

Run: ``.venv/bin/python bench/voice_synth.py [--count 48] [--out DIR]`` then
``.venv/bin/python bench/voice.py --data DIR``. The dev set has 12 clips, where one clip
is 8 points of accuracy; this set gives the same kinds of command (expenses, payments,
budgets) with other names, other amounts and other voices, so a change can be judged on
more than the dev clips. Like the dev set: 16 kHz mono WAV, 0.4 s of silence before and
0.6 s after, peak-normalised to -3 dBFS, a faint pink-noise floor (sox). Deterministic
for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lingassist.payments.words import number_in_words  # noqa: E402

VOICES = (
    "en-us", "en-gb", "en-gb-scotland", "en-us+m3", "en-us+f2", "en+klatt",
    "en-gb-x-rp", "en-us-nyc", "en-gb-x-gbclan+m5", "en+f3", "en-029", "en-gb-x-gbcwmd",
)  # fmt: skip
MERCHANTS = (
    "Trader Joe's", "Starbucks", "Home Depot", "Target", "Costco", "Whole Foods",
    "Best Buy", "Shell", "Netflix", "Uber", "Kroger", "Panera Bread", "Dunkin",
    "Safeway", "Walgreens", "Subway", "Ikea", "Delta",
)  # fmt: skip
PAYEES = ("Alice Martin", "Sam Lee", "Dr. Patel", "Maria", "John Carter", "Lucas", "Nina Brown")
SPOKEN_NAMES = {"Dr. Patel": "Doctor Patel"}  # how a written name is said
CURRENCIES = {"USD": ("dollar", "dollars"), "EUR": ("euro", "euros"), "GBP": ("pound", "pounds")}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}


def words(n: int) -> str:
    """English words as people say a number: "one hundred and five", "thirty four"."""
    if n > 100 and n % 100:
        return f"{words(n - n % 100)} and {words(n % 100)}"
    return number_in_words(n).replace("-", " ")


def spoken_amount(rng: random.Random, currency: str) -> tuple[str, Decimal]:
    """An amount as people say it, in one of the common shapes, and its value."""
    one, many = CURRENCIES[currency]
    shape = rng.choice(("whole", "whole", "price", "units_and_cents", "hundreds"))
    if shape == "whole":
        n = rng.choice((rng.randint(2, 99), rng.randint(2, 99), rng.randint(100, 2500)))
        return f"{words(n)} {many}", Decimal(n)
    if shape == "price":  # "twelve fifty": whole part and cents as two numbers
        n, cents = rng.randint(2, 99), rng.choice((10, 20, 25, 40, 50, 75, 80, 95, 99))
        return f"{words(n)} {words(cents)}", Decimal(n) + Decimal(cents) / 100
    if shape == "units_and_cents":
        n, cents = rng.randint(1, 60), rng.choice((5, 15, 30, 45, 60, 85))
        return f"{words(n)} {many if n != 1 else one} and {words(cents)} cents", Decimal(
            n
        ) + Decimal(cents) / 100
    n = rng.randint(1, 9) * 100 + rng.choice((0, 20, 50, 75))
    return f"{words(n)} {many}", Decimal(n)


def written(value: Decimal, currency: str) -> str:
    """The amount as a transcript would write it ("$12.50")."""
    text = f"{value:,.2f}".removesuffix(".00")
    return SYMBOLS[currency] + text


TEMPLATES = (
    ("expense", "merchant", "I spent {amount} at {name} {when}"),
    ("expense", "merchant", "Add {amount} for {what} at {name}"),
    ("expense", "merchant", "Paid {amount} at {name} for {what}"),
    ("expense", "merchant", "Log {amount} at {name} {when}"),
    ("payment", "payee", "Pay {name} {amount} for {what}"),
    ("payment", "payee", "Send {name} {amount} for the {what}"),
    ("budget", None, "Set a budget of {amount} for {category}"),
)
WHAT = ("lunch", "groceries", "coffee", "the tickets", "dinner", "a gift", "supplies", "fuel")
WHEN = ("today", "yesterday", "this morning", "last night", "on Friday")
CATEGORIES = ("groceries", "dining", "transport", "travel", "health", "shopping")


def command(rng: random.Random, index: int) -> dict[str, object]:
    """One command: the words to speak, the written reference and the expected entities."""
    intent, role, template = rng.choice(TEMPLATES)
    currency = rng.choice(("USD", "USD", "USD", "EUR", "GBP"))
    said, value = spoken_amount(rng, currency)
    name = rng.choice(MERCHANTS if role == "merchant" else PAYEES) if role else None
    fields = {
        "what": rng.choice(WHAT),
        "when": rng.choice(WHEN),
        "category": rng.choice(CATEGORIES),
    }
    spoken = template.format(amount=said, name=SPOKEN_NAMES.get(name or "", name), **fields)
    text = template.format(amount=written(value, currency), name=name, **fields)
    price_without_currency = " cents" not in said and not said.endswith(CURRENCIES[currency])
    return {
        "id": f"s{index:02d}_en",
        "file": f"s{index:02d}_en.wav",
        "lang": "en",
        "spoken": spoken,
        "text": text,
        "intent": intent,
        "amount": float(value),
        "currency": None if price_without_currency else currency,
        "numbers": [float(value)],
        "merchant": name if role == "merchant" else None,
        "payee": name if role == "payee" else None,
    }


def synthesize(text: str, voice: str, speed: int, pitch: int, out: Path) -> float:
    """Speak `text` with espeak-ng into `out` (16 kHz mono, padded, normalised, noise floor)."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(raw), text],
            check=True,
        )
        speech = Path(tmp) / "speech.wav"
        subprocess.run(
            ["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(speech),
             "pad", "0.4", "0.6", "gain", "-n", "-3"],
            check=True,
        )  # fmt: skip
        duration = float(subprocess.check_output(["soxi", "-D", str(speech)], text=True))
        noise = Path(tmp) / "noise.wav"
        subprocess.run(
            ["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(noise),
             "synth", f"{duration}", "pinknoise", "vol", "0.004"],
            check=True,
        )  # fmt: skip
        subprocess.run(["sox", "-m", str(speech), str(noise), str(out)], check=True)
    return duration


def main(argv: list[str] | None = None) -> None:
    """Write COUNT clips and truth.jsonl into OUT."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=48)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "voice-synth")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    truths = []
    for index in range(1, args.count + 1):
        truth = command(rng, index)
        voice, speed, pitch = rng.choice(VOICES), rng.randint(140, 190), rng.randint(35, 65)
        seconds = synthesize(str(truth["spoken"]), voice, speed, pitch, args.out / truth["file"])
        truths.append({**truth, "voice": voice, "speed": speed, "duration_s": round(seconds, 3)})
    lines = [json.dumps(t, ensure_ascii=False) for t in truths]
    (args.out / "truth.jsonl").write_text("\n".join(lines) + "\n")
    print(f"wrote {len(truths)} clips to {args.out}")


if __name__ == "__main__":
    main()
