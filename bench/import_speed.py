"""Import benchmark: `lingassist import` of a 100k-line bank statement (CSV and OFX), against
the raw insert of the same transactions; re-import; undo; matching precision and recall.

The statement is generated (seeded): about 60 merchants written as banks print them (card
payments with a store number and a date, direct debits, transfers, salary), amounts
log-normal per merchant, five years of days, 5% money in. Card payments carry a store
number and the day, so most descriptions are distinct, as on real statements: the
categorizer cannot answer them from its cache. The CSV has signed amounts and no
reference column (duplicates are found by date, amount and description); the OFX has a
FITID per line.

For each format and repeat, on a fresh home: **read** (`read_bank_file`), **preview**
(`preview_import`, of which **categorize** is the advisor's part), **apply**
(`apply_import`: backup, one change set, bulk insert). The baselines, measured in the
same rounds: **raw insert** (the ledger benchmark's hand-written stdlib sqlite3 insert of
the same transactions, postings and journal entries into a copy of an empty ledger) and
**bulk path** (`bulk_add_transactions` of the same transactions: the ledger's own 100k
import). Then, once per format: the same file imported again (must add 0) and one undo of
the whole import.

Matching: a ledger with captured entries (receipts, typed and spoken expenses, 15% of
them in USD on a dollar account) and a statement in which some of them appear, booked 0-3
days later under the bank's wording (the USD ones with their original amount), among
lines that are not them: the same merchant at another amount, the same amount at another
merchant, two identical purchases where only one was captured, and (5%) two identical
captured purchases a day apart where only one is on the statement (which one cannot be
told: the preview should ask, not guess). Precision: matches
that are right / matches made; recall: right matches / lines that are a captured entry.

Run: ``.venv/bin/python bench/import_speed.py [--size 100000] [--repeat 3]
[--out bench/results/import.json]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ledger import make_template, orm_import, plain_import  # noqa: E402
from ledger_data import CURRENCY, new_home  # noqa: E402

from lingassist.bank_files import read_bank_file  # noqa: E402
from lingassist.core.accounts import AccountKind, AccountType  # noqa: E402
from lingassist.core.bank_lines import BankLine, BankStatement  # noqa: E402
from lingassist.core.money import Money  # noqa: E402
from lingassist.core.transactions import NewTransaction, Posting, TransactionSource  # noqa: E402
from lingassist.ledger.journal import begin_change  # noqa: E402
from lingassist.ledger.repository import (  # noqa: E402
    create_account,
    find_account,
    resolve_category,
    transaction_count,
)
from lingassist.services import imports  # noqa: E402
from lingassist.services.context import AppContext  # noqa: E402
from lingassist.services.entries import EntryRequest, record_entry, undo_last  # noqa: E402

SEED = 20261202
FIRST_DAY = date(2021, 12, 1)
DAYS = 5 * 365
ACCOUNT = "Giro"
# (how the bank prints it, typical cents, kind): "card" lines get a store number and the day
MERCHANTS = [
    ("REWE SAGT DANKE", 4500, "card"),
    ("LIDL DIENSTL", 3200, "card"),
    ("ALDI SUED", 2800, "card"),
    ("EDEKA CENTER", 3900, "card"),
    ("DM DROGERIE MARKT", 1900, "card"),
    ("ROSSMANN", 1500, "card"),
    ("SQ *BLUE BOTTLE", 450, "card"),
    ("STARBUCKS", 520, "card"),
    ("MCDONALDS", 890, "card"),
    ("BURGER KING", 950, "card"),
    ("SHELL", 6000, "card"),
    ("ARAL STATION", 5800, "card"),
    ("DB VERTRIEB GMBH", 3900, "card"),
    ("BVG TICKET", 350, "card"),
    ("IKEA", 8900, "card"),
    ("MEDIA MARKT", 12900, "card"),
    ("SATURN", 9900, "card"),
    ("H&M", 4900, "card"),
    ("ZARA", 5900, "card"),
    ("APOTHEKE AM MARKT", 1800, "card"),
    ("DOUGLAS", 3500, "card"),
    ("THALIA", 2200, "card"),
    ("CINEMAXX", 2400, "card"),
    ("TESCO STORES", 3100, "card"),
    ("UBER *TRIP", 1700, "card"),
    ("AMZN Mktp DE", 3300, "card"),
    ("PAYPAL *EBAY", 2700, "card"),
    ("HORNBACH", 7600, "card"),
    ("OBI MARKT", 5400, "card"),
    ("BACKWERK", 600, "card"),
    ("VAPIANO", 2300, "card"),
    ("DECATHLON", 4400, "card"),
    ("NETFLIX.COM", 1299, "debit"),
    ("SPOTIFY", 999, "debit"),
    ("VODAFONE GMBH", 3999, "debit"),
    ("TELEKOM DEUTSCHLAND", 4495, "debit"),
    ("VATTENFALL EUROPE", 8900, "debit"),
    ("ALLIANZ VERSICHERUNG", 6200, "debit"),
    ("FITX GYM", 1999, "debit"),
    ("RUNDFUNK ARD ZDF", 1836, "debit"),
    ("HAUSVERWALTUNG MIETE", 95000, "debit"),
    ("STADTWERKE WASSER", 3100, "debit"),
    ("HUK COBURG", 5300, "debit"),
    ("SEPA UEBERWEISUNG AN ANNA SCHMIDT", 5000, "transfer"),
    ("SEPA UEBERWEISUNG AN SPARKONTO", 20000, "transfer"),
    ("BARGELDAUSZAHLUNG GELDAUTOMAT", 10000, "card"),
]
INCOME = [("GEHALT ACME GMBH", 320000), ("ZINSEN", 1200), ("ERSTATTUNG FINANZAMT", 45000)]
CITIES = ("BERLIN", "MUENCHEN", "HAMBURG", "KOELN", "LEIPZIG")


# --------------------------------------------------------------------------- statement


def statement_lines(size: int) -> list[tuple[date, Decimal, str, str]]:
    """(booking date, signed amount, description, reference) in date order."""
    rng = random.Random(SEED)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(MERCHANTS))]
    lines = []
    for n in range(size):
        day = FIRST_DAY + timedelta(days=DAYS * n // size)
        if rng.random() < 0.05:
            name, cents = rng.choice(INCOME)
            text, sign = f"{name} {day:%m/%Y}", 1
        else:
            name, cents, kind = rng.choices(MERCHANTS, weights)[0]
            sign = -1
            if kind == "card":
                store = rng.randint(1, 9999)
                text = f"KARTENZAHLUNG {name} {store:04d} {rng.choice(CITIES)} {day:%d.%m}"
            else:
                text = name if kind == "debit" else f"{name} {rng.choice(('MIETE', 'DANKE', ''))}"
        amount = Decimal(max(1, round(cents * rng.lognormvariate(0, 0.4)))).scaleb(-2)
        lines.append((day, sign * amount, " ".join(text.split()), f"F{SEED}-{n:07d}"))
    return lines


def write_csv(path: Path, lines: list[tuple[date, Decimal, str, str]]) -> Path:
    """Signed amounts, ISO dates, no reference column."""
    rows = (f'{day.isoformat()},"{text}",{amount}\n' for day, amount, text, _ in lines)
    path.write_text("Date,Description,Amount\n" + "".join(rows), encoding="utf-8")
    return path


def write_ofx(path: Path, lines: list[tuple[date, Decimal, str, str]]) -> Path:
    """OFX 1 (SGML) with a FITID per line."""
    body = "".join(
        f"<STMTTRN><TRNTYPE>{'CREDIT' if amount > 0 else 'DEBIT'}<DTPOSTED>{day:%Y%m%d}"
        f"<TRNAMT>{amount}<FITID>{ref}<NAME>{text[:32]}<MEMO>{text}</STMTTRN>\n"
        for day, amount, text, ref in lines
    )
    head = (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:UTF-8\n"
        "CHARSET:NONE\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX>\n"
        "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n"
        f"<STMTRS><CURDEF>{CURRENCY}<BANKACCTFROM><BANKID>1<ACCTID>42<ACCTTYPE>CHECKING"
        f"</BANKACCTFROM>\n<BANKTRANLIST><DTSTART>{lines[0][0]:%Y%m%d}"
        f"<DTEND>{lines[-1][0]:%Y%m%d}\n"
    )
    tail = "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    path.write_text(head + body + tail, encoding="utf-8")
    return path


def baseline_items(ctx: AppContext, lines: list[tuple[date, Decimal, str, str]]) -> list:
    """The same money movements as `NewTransaction`s on the starter account of a fresh home
    (the same ids in the raw insert's template); building them is setup."""
    with ctx.database.sessions() as session:
        account = find_account("Checking", session=session)
        other = resolve_category("OTHER_OTHER", session=session).account_id
    return [
        NewTransaction(
            date=day,
            description=text,
            postings=(
                Posting(other, Money(-amount, CURRENCY)),
                Posting(account.id, Money(amount, CURRENCY)),
            ),
            source=TransactionSource.IMPORT,
        )
        for day, amount, text, _ in lines
    ]


# --------------------------------------------------------------------------- speed


def import_once(ctx: AppContext, path: Path) -> dict[str, Any]:
    """Seconds of each phase of one import of `path` into `ACCOUNT`."""
    spent: dict[str, float] = {}
    real_categorize = imports.categorize

    def categorize(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return real_categorize(*args, **kwargs)
        finally:
            spent["categorize"] = time.perf_counter() - start

    gc.collect()
    imports.categorize = categorize  # type: ignore[assignment]
    try:
        start, cpu = time.perf_counter(), time.process_time()
        statement = read_bank_file(path, currency_hint=CURRENCY)
        read = time.perf_counter()
        preview = imports.preview_import(ctx, statement, ACCOUNT, file_name=path.name)
        previewed = time.perf_counter()
        result = imports.apply_import(ctx, preview)
        done, cpu = time.perf_counter(), time.process_time() - cpu
    finally:
        imports.categorize = real_categorize  # type: ignore[assignment]
    counts = preview.counts
    return {
        "read": read - start,
        "preview": previewed - read,
        "categorize": spent.get("categorize", 0.0),
        "apply": done - previewed,
        "total": done - start,
        "total_cpu": cpu,
        "added": len(result.added),
        "counts": [counts.new, counts.duplicate, counts.matched, counts.rejected],
        "distinct_descriptions": len({line.description for line in statement.lines}),
    }


def reimport_and_undo(ctx: AppContext, path: Path) -> dict[str, Any]:
    """The same file again (adds nothing), then one undo of the first import."""
    again = import_once(ctx, path)
    with ctx.database.sessions() as session:
        before = transaction_count(session=session)
    start = time.perf_counter()
    undo_last(ctx)
    undo = time.perf_counter() - start
    with ctx.database.sessions() as session:
        after = transaction_count(session=session)
    return {
        "reimport_total": again["total"],
        "reimport_added": again["added"],
        "reimport_counts": again["counts"],
        "undo": undo,
        "undo_removed": before - after,
    }


def bench_speed(size: int, repeat: int, work: Path) -> dict[str, Any]:
    """Medians of the phases per format, the baselines, re-import and undo."""
    lines = statement_lines(size)
    files = {
        "csv": write_csv(work / "statement.csv", lines),
        "ofx": write_ofx(work / "statement.ofx", lines),
    }
    template = make_template(work / "template")
    runs: dict[str, list[dict[str, Any]]] = {"csv": [], "ofx": [], "raw": [], "bulk": []}
    for round_ in range(repeat):
        for name in ("raw", "bulk", "csv", "ofx"):
            home = work / f"{name}-{round_}"
            ctx = new_home(home)
            if name in files:
                runs[name].append(import_once(ctx, files[name]))
            else:
                items = baseline_items(ctx, lines)
                if name == "bulk":
                    cpu = time.process_time()
                    seconds = orm_import(ctx, items)
                    runs[name].append({"total": seconds, "total_cpu": time.process_time() - cpu})
                else:
                    copy = work / f"plain-{round_}.sqlite3"
                    shutil.copy(template, copy)
                    cpu = time.process_time()
                    seconds = plain_import(copy, items)[0]
                    runs[name].append({"total": seconds, "total_cpu": time.process_time() - cpu})
            ctx.database.close()
            shutil.rmtree(home, ignore_errors=True)
    raw = statistics.median(r["total"] for r in runs["raw"])
    report: dict[str, Any] = {
        "size": size,
        "raw_insert_s": raw,
        "bulk_path_s": statistics.median(r["total"] for r in runs["bulk"]),
        "raw_insert_cpu_s": statistics.median(r["total_cpu"] for r in runs["raw"]),
        "bulk_path_cpu_s": statistics.median(r["total_cpu"] for r in runs["bulk"]),
    }
    for name, path in files.items():
        phases = {
            phase: statistics.median(r[phase] for r in runs[name])
            for phase in ("read", "preview", "categorize", "apply", "total", "total_cpu")
        }
        ctx = new_home(work / f"again-{name}")
        import_once(ctx, path)
        report[name] = {
            **{f"{k}_s": v for k, v in phases.items()},
            "ratio_to_raw_insert": phases["total"] / raw,
            "cpu_ratio_to_raw_insert": phases["total_cpu"]
            / statistics.median(r["total_cpu"] for r in runs["raw"]),
            "ratio_without_reading_to_raw": (phases["total"] - phases["read"]) / raw,
            "counts_first": runs[name][0]["counts"],
            "distinct_descriptions": runs[name][0]["distinct_descriptions"],
            **reimport_and_undo(ctx, path),
        }
        ctx.database.close()
    return report


# --------------------------------------------------------------------------- matching


CAPTURED = [  # (merchant as the person typed or a receipt read it, bank wording, cents)
    ("Blue Bottle", "SQ *BLUE BOTTLE", 450),
    ("Rewe", "REWE SAGT DANKE", 4200),
    ("Lidl", "LIDL DIENSTL", 2300),
    ("Shell", "SHELL", 6100),
    ("Ikea", "IKEA", 8900),
    ("Thalia", "THALIA", 1999),
    ("Starbucks", "STARBUCKS", 520),
    ("dm", "DM DROGERIE MARKT", 1900),
    ("Uber", "UBER *TRIP", 1700),
    ("Amazon", "AMZN Mktp DE", 3300),
    ("Apotheke am Markt", "APOTHEKE AM MARKT", 1800),
    ("Vapiano", "VAPIANO", 2300),
    ("Decathlon", "DECATHLON", 4400),
    ("Douglas", "DOUGLAS", 3500),
]
ABROAD = [
    ("Books Inc", "BOOKS INC NEW YORK", 4999),
    ("Whole Foods", "WHOLEFDS MKT NYC", 6340),
    ("Trader Joe's", "TRADER JOE S #552", 2875),
    ("Walgreens", "WALGREENS #1234", 1549),
]


def bench_matching(work: Path, entries: int = 400) -> dict[str, Any]:
    """Precision and recall of matching on a generated ledger and statement."""
    rng = random.Random(SEED + 1)
    ctx = new_home(work / "matching")
    with ctx.database.sessions.begin() as session:
        change = begin_change(session, "Dollar account")
        create_account(
            "Dollars", AccountType.ASSET, AccountKind.CASH, "USD", session=session, change=change
        )
        checking = find_account("Checking", session=session).name
    truth: dict[int, int] = {}  # line number -> the entry it is
    identical: set[int] = set()  # second identical purchases that nobody captured
    twins = 0  # entries captured twice (two purchases), one of them on the statement
    lines: list[BankLine] = []
    day0 = date(2026, 6, 1)
    for _ in range(entries):
        abroad = rng.random() < 0.15
        name, bank, cents = rng.choice(ABROAD if abroad else CAPTURED)
        cents = max(1, round(cents * rng.lognormvariate(0, 0.5)))
        day = day0 + timedelta(days=rng.randint(0, 150))
        amount = Decimal(cents).scaleb(-2)
        source = rng.choice(
            (TransactionSource.RECEIPT, TransactionSource.TEXT, TransactionSource.VOICE)
        )
        entry = record_entry(
            ctx,
            EntryRequest(
                f"{amount} {'USD' if abroad else CURRENCY}",
                merchant=name,
                date=day.isoformat(),
                account="Dollars" if abroad else checking,
                source=source,
            ),
        ).row.id
        twin = rng.random() < 0.05
        if twin:  # the same again the next day, paid in cash: which one is the bank's?
            twins += 1
            record_entry(
                ctx,
                EntryRequest(
                    f"{amount} {'USD' if abroad else CURRENCY}",
                    merchant=name,
                    date=(day + timedelta(days=1)).isoformat(),
                    account="Dollars" if abroad else checking,
                    source=source,
                ),
            )
        elif rng.random() < 0.2:
            continue  # paid in cash: never on the statement
        booked = day + timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)))
        paid = Money(-amount, CURRENCY)
        original = None
        if abroad:
            rate = Decimal("0.9") + Decimal(rng.randint(0, 400)).scaleb(-4)
            paid = Money(-(amount * rate).quantize(Decimal("0.01")), CURRENCY)
            original = Money(-amount, "USD")
        number = len(lines) + 1
        lines.append(
            BankLine(
                number, booked, paid, f"KARTENZAHLUNG {bank} {booked:%d.%m}", original=original
            )
        )
        truth[number] = entry
        kind = rng.random()
        if kind < 0.3:  # the same merchant again, another amount
            other = Money(-(amount + Decimal(rng.randint(1, 900)).scaleb(-2)), CURRENCY)
            lines.append(BankLine(len(lines) + 1, booked, other, f"KARTENZAHLUNG {bank}"))
        elif kind < 0.55:  # the same amount at another merchant
            stranger = rng.choice([m for m in MERCHANTS if m[0] != bank])[0]
            lines.append(BankLine(len(lines) + 1, booked, paid, f"KARTENZAHLUNG {stranger}"))
        elif kind < 0.65:  # an identical second purchase nobody captured
            identical.add(len(lines) + 1)
            lines.append(
                BankLine(len(lines) + 1, booked, paid, lines[-1].description, original=original)
            )
    preview = imports.preview_import(
        ctx, BankStatement(tuple(lines), format="bench", currency=CURRENCY), checking
    )
    made = {x.number: x.match.transaction_id for x in preview.lines if x.match is not None}
    right = sum(1 for number, entry in made.items() if truth.get(number) == entry)
    unsure = sum(1 for x in preview.lines if x.could_be)
    ctx.database.close()
    return {
        "entries": entries,
        "statement_lines": len(lines),
        "lines_that_are_entries": len(truth),
        "matches_made": len(made),
        "right": right,
        "precision": right / len(made) if made else None,
        "recall": right / len(truth) if truth else None,
        "unsure_asked": unsure,
        "entries_captured_twice": twins,
        "abroad_right": sum(
            1 for n, e in made.items() if truth.get(n) == e and lines[n - 1].original
        ),
        "abroad_total": sum(1 for n in truth if lines[n - 1].original),
        "identical_seconds": len(identical),
        "identical_seconds_left_new": len(identical - set(made)),
    }


# --------------------------------------------------------------------------- main


def print_report(speed: dict[str, Any], matching: dict[str, Any]) -> None:
    """The figures as a small table."""
    print(
        f"\n{speed['size']:,} lines; raw insert {speed['raw_insert_s']:.2f} s, "
        f"bulk path {speed['bulk_path_s']:.2f} s (medians, wall); CPU: raw insert "
        f"{speed['raw_insert_cpu_s']:.2f} s, bulk path {speed['bulk_path_cpu_s']:.2f} s"
    )
    print(
        f"{'format':<6} {'read':>6} {'preview':>8} {'(categ.)':>9} {'apply':>6} {'total':>6} "
        f"{'×raw':>6} {'cpu s':>6} {'×raw':>6} {'again':>6} {'added':>6} {'undo':>6}"
    )
    for name in ("csv", "ofx"):
        r = speed[name]
        print(
            f"{name:<6} {r['read_s']:6.2f} {r['preview_s']:8.2f} {r['categorize_s']:9.2f} "
            f"{r['apply_s']:6.2f} {r['total_s']:6.2f} {r['ratio_to_raw_insert']:6.2f} "
            f"{r['total_cpu_s']:6.2f} {r['cpu_ratio_to_raw_insert']:6.2f} "
            f"{r['reimport_total']:6.2f} {r['reimport_added']:6d} {r['undo']:6.2f}"
        )
    print(
        f"\nmatching: {matching['matches_made']} made of {matching['lines_that_are_entries']} "
        f"lines that are captured entries; precision {matching['precision']:.3f}, "
        f"recall {matching['recall']:.3f}; abroad {matching['abroad_right']}/"
        f"{matching['abroad_total']}; unsure (asked) {matching['unsure_asked']}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the figures and write the JSON results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent / "results" / "import.json"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="lingassist-bench-import-"))
    try:
        speed = bench_speed(args.size, args.repeat, work)
        matching = bench_matching(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_report(speed, matching)
    meta = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "repeat": args.repeat,
        "seed": SEED,
        "wall_time_s": time.perf_counter() - started,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"meta": meta, "speed": speed, "matching": matching}, indent=2) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
