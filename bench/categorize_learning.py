"""Corrected once -> right next time, through the real command line (issue 16).

Each merchant of `bench/data/merchant_forms.jsonl` arrives in several forms: bank lines
("POS 4411 WOOLWORTHS CAPE TOWN"), a receipt header ("WOOLWORTHS (PTY) LTD"), a spoken
name ("woolworths") and a typed one ("Woolworths"). For each merchant, in a fresh home:

- ``add``: the person adds one bank line with the category of their choice
  (``lingassist add AMOUNT --merchant LINE --category CODE``);
- ``typed``: the person adds the typed name with their category;
- ``say``: a bank line is added without a category (the suggestion files it), then the
  person says "move <typed name> to <category word>" (``lingassist say ... --yes``);
  only for categories the assistant has an everyday word for.

Then ``lingassist categorize -`` asks for every *other* form of that merchant; a form is
right when it comes back under the person's category. The merchants are split by a hash
of their name (`lingassist.tools.dev_splits`) into a part to tune on and a held-out part;
report the held-out part.

`bench/data/merchant_forms_2.jsonl` (`--data`) is a second set, written after the first
held-out run and kept wholly for measuring (`--part all`).

Usage: .venv/bin/python bench/categorize_learning.py [--data PATH] [--part held-out|tune|all]
       [--jobs N] [--misses] [--out bench/results/categorize_learning.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lingassist.tools.dev_splits import select  # noqa: E402

DATA = ROOT / "bench" / "data" / "merchant_forms.jsonl"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
# An everyday word the assistant reads as each category (categories without one skip "say").
SAY_WORDS = {
    "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES": "clothing",
    "FOOD_AND_DRINK_COFFEE": "coffee",
    "FOOD_AND_DRINK_RESTAURANT": "restaurants",
    "FOOD_AND_DRINK_FAST_FOOD": "fast food",
    "FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR": "drinks",
    "FOOD_AND_DRINK_GROCERIES": "groceries",
    "FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK": "bakery",
    "GENERAL_SERVICES_INSURANCE": "insurance",
    "HOME_IMPROVEMENT_FURNITURE": "furniture",
    "GENERAL_MERCHANDISE_ELECTRONICS": "electronics",
    "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS": "books",
    "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS": "gym",
    "RENT_AND_UTILITIES_INTERNET_AND_CABLE": "internet",
    "ENTERTAINMENT_TV_AND_MOVIES": "movies",
    "ENTERTAINMENT_OTHER_ENTERTAINMENT": "entertainment",
    "TRAVEL_LODGING": "hotels",
    "TRAVEL_OTHER_TRAVEL": "travel",
    "TRANSPORTATION_TAXIS_AND_RIDE_SHARES": "taxis",
}


def load(part: str, data: Path = DATA) -> list[dict]:
    """The merchants of one part (split by the hash of the merchant's name)."""
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line]
    return [dict(row) for row in select([{**row, "id": row["family"]} for row in rows], part)]


def cli(home: str, *arguments: str, stdin: str | None = None, check: bool = True) -> str:
    """Run one `lingassist` command in `home`; its standard output (with `check`, a
    failure stops the run; without, its message is the output)."""
    done = subprocess.run(
        [PYTHON, "-m", "lingassist", "--home", home, *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0 and not check:
        return f"failed: {done.stderr.strip() or done.stdout.strip()}"
    if done.returncode != 0:
        raise RuntimeError(f"lingassist {' '.join(arguments)}: {done.stderr.strip()}")
    return done.stdout


def typed_name(row: dict) -> str:
    return next(text for kind, text in row["forms"] if kind == "typed")


def first_bank_line(row: dict) -> str:
    return next(text for kind, text in row["forms"] if kind == "bank")


def scenario(row: dict, how: str) -> list[dict]:
    """File the merchant once in a fresh home (`how`), then ask for every other form."""
    code, amount = row["code"], row["amount"]
    said = ""
    with tempfile.TemporaryDirectory() as home:
        if how == "add":
            filed = first_bank_line(row)
            cli(home, "add", amount, "--merchant", filed, "--category", code)
        elif how == "typed":
            filed = typed_name(row)
            cli(home, "add", amount, "--merchant", filed, "--category", code)
        else:
            filed = first_bank_line(row)
            cli(home, "add", amount, "--merchant", filed)
            words = f"move {typed_name(row)} to {SAY_WORDS[code]}"
            said = cli(home, "say", words, "--yes", check=False).strip()
        asked = [(kind, text) for kind, text in row["forms"] if text != filed]
        stdin = "".join(
            json.dumps({"description": text, "amount": f"-{amount}"}) + "\n" for _, text in asked
        )
        output = cli(home, "categorize", "-", stdin=stdin)
        answers = [json.loads(line) for line in output.splitlines()]
    return [
        {
            "family": row["family"],
            "how": how,
            "filed": filed,
            "kind": kind,
            "asked": text,
            "right": (answer["detailed"] or answer["primary"]) == code,
            "answer": answer["detailed"] or answer["primary"],
            "reason": answer["reason"] + (f" (said: {said})" if said else ""),
        }
        for (kind, text), answer in zip(asked, answers, strict=True)
    ]


def run(rows: list[dict], jobs: int) -> list[dict]:
    """Every scenario of every merchant, `jobs` at a time."""
    work = [(row, how) for row in rows for how in ("add", "typed", "say")]
    work = [(row, how) for row, how in work if how != "say" or row["code"] in SAY_WORDS]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(lambda item: scenario(*item), work)
        return [answer for answers in results for answer in answers]


def summary(answers: list[dict]) -> dict:
    """Share right overall, per way of filing, and per form of the asked name."""

    def share(items: list[dict]) -> dict:
        right = sum(item["right"] for item in items)
        return {"right": right, "n": len(items), "share": right / max(1, len(items))}

    return {
        "all": share(answers),
        "by_filing": {
            how: share([a for a in answers if a["how"] == how]) for how in ("add", "typed", "say")
        },
        "by_asked_form": {
            kind: share([a for a in answers if a["kind"] == kind])
            for kind in ("bank", "receipt", "spoken", "typed")
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--part", default="held-out", choices=("held-out", "tune", "all"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--misses", action="store_true", help="list the forms that came back wrong")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "categorize_learning.json"
    )
    args = parser.parse_args()
    rows = load(args.part, args.data)
    answers = run(rows, args.jobs)
    result = {"data": str(args.data), "part": args.part, "merchants": len(rows)}
    result |= summary(answers)
    every = result["all"]
    print(
        f"{args.part}: {len(rows)} merchants; corrected once -> right next time "
        f"{every['right']}/{every['n']} = {every['share']:.1%}"
    )
    for group in ("by_filing", "by_asked_form"):
        print(
            f"  {group}: "
            + ", ".join(f"{k} {v['right']}/{v['n']}" for k, v in result[group].items() if v["n"])
        )
    if args.misses:
        for answer in answers:
            if not answer["right"]:
                print(
                    f"  miss [{answer['how']}] filed {answer['filed']!r}, asked {answer['asked']!r}"
                    f" -> {answer['answer']}: {answer['reason']}"
                )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({**result, "answers": answers}, indent=2) + "\n", "utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
