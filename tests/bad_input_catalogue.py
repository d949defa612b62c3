"""The bad-input catalogue: what the ``lingassist`` command must answer to amounts, dates,
names, files, audio, text and homes that are wrong, odd or hostile — a message that says
what happened and what to do, never a traceback, and nothing else changed.

Each `Case` runs through the real command line in this process (``lingassist.cli.main``,
as the other CLI tests do) against its own copy of one prepared home that holds some data.
`fingerprint` reads a home without touching it: every ledger table's row count and hash,
and every file and folder with its mode. ``tests/test_bad_input_catalogue.py`` checks each
case; this module also prints the catalogue from real runs as a markdown table::

    .venv/bin/python -m tests.bad_input_catalogue          # input → exit → message
    .venv/bin/python -m tests.bad_input_catalogue --raw    # and every case's whole output
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import logging
import os
import re
import shlex
import shutil
import sqlite3
import struct
import tempfile
import wave
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lingassist.cli import main
from lingassist.config import AppPaths, Settings, save_settings

FIXTURES = Path(__file__).parent / "receipts" / "fixtures"
IBAN = "DE89370400440532013000"  # the standard German example IBAN
BAD_IBAN = "DE89370400440532013001"  # one digit off: the check digits do not match
COFFEE = "FOOD_AND_DRINK_COFFEE"
LONG = "N" * 10_000
TEXT_100_KB = "spent 4 at Lidl " * 6_400


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims `width` × `height` pixels (a decompression bomb's size)
    and whose one row of data is all there is."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * (width + 1))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


CORRUPT_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\xff" * 64
BROKEN_PDF = b"%PDF-1.4\n%no objects, no cross-reference table\n%%EOF\n"
TEXT = b"just some notes\n"

# What accepted input may change: one new entry (and the journal that can undo it).
ENTRY_TABLES = ("transactions", "postings", "merchants", "change_sets", "journal_entries")
DRAFT_TABLES = ("payment_drafts", "change_sets", "journal_entries")
# Characters that steer a terminal or reorder text: never printed, never stored.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

PROGRESS_BAR = re.compile(r"\[[#.]+\]")  # "scanning [####....] 1/2", "Transcribing … [##..]"

Setup = Callable[[Path, Path], None]  # (the case's home, its scratch folder)


@dataclass(frozen=True)
class Case:
    """One bad input and what the command line must answer.

    Attributes:
        label: what is given, in a few words (the table's first column).
        words: the command line after ``--home HOME``; ``{dir}`` stands for the case's
            scratch folder (also the working folder), ``{home}`` for its home.
        says: fragments the output (stdout and stderr) must all contain: what happened
            and, for a refusal, what to do.
        exit: the expected exit status (2: refused with a message; 0: done, or nothing
            to do, with a message).
        files: made in the scratch folder first: relative name → bytes, or None for a
            folder.
        setup: changes the case's home (or scratch folder) before the run; the
            fingerprint "before" is taken after it.
        home: the ``--home`` given instead of the case's home (may use ``{dir}``; None:
            the case's home); the case's home must then be untouched too.
        changes: ledger tables accepted input may change; everything else must not.
        xfail: why the case fails today (strict: it must fail until fixed).
    """

    label: str
    words: tuple[str, ...]
    says: tuple[str, ...]
    exit: int = 2
    files: dict[str, bytes | None] = field(default_factory=dict)
    setup: Setup | None = None
    home: str | None = None
    changes: tuple[str, ...] = ()
    xfail: str = ""


def silent_wav(seconds: float = 2.0) -> bytes:
    """`seconds` of digital silence as a 16 kHz mono 16-bit WAV."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(b"\x00\x00" * int(16_000 * seconds))
    return buffer.getvalue()


def noise_wav(seconds: float = 2.0) -> bytes:
    """A well-formed WAV of loud pseudo-random noise: sound, but no words."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(bytes(hashlib.shake_256(b"noise").digest(int(32_000 * seconds))))
    return buffer.getvalue()


def _sqlite_file(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def _foreign_database(home: Path, folder: Path) -> None:
    """Another program's SQLite database where the ledger should be."""
    (folder / "other").mkdir()
    _sqlite_file(
        folder / "other" / "ledger.sqlite3",
        "CREATE TABLE recipes (name TEXT)",
        "INSERT INTO recipes VALUES ('soup')",
    )


def _newer_ledger(home: Path, folder: Path) -> None:
    """The ledger as a newer LingAssist would leave it (a schema revision ahead)."""
    _sqlite_file(home / "ledger.sqlite3", "UPDATE alembic_version SET version_num = '9999'")


def _settings(content: bytes) -> Setup:
    def write(home: Path, folder: Path) -> None:
        (home / "settings.json").write_bytes(content)

    return write


def _ledger_folder(home: Path, folder: Path) -> None:
    """A folder where the ledger file should be (its companions gone)."""
    for name in ("ledger.sqlite3", "ledger.sqlite3-wal", "ledger.sqlite3-shm"):
        (home / name).unlink(missing_ok=True)
    (home / "ledger.sqlite3").mkdir()


def _copy_receipt(name: str) -> Setup:
    def copy(home: Path, folder: Path) -> None:
        shutil.copyfile(FIXTURES / name, folder / name)

    return copy


CASES: list[Case] = [
    # ── amounts ────────────────────────────────────────────────────────────────────────
    Case("add ''", ("add", ""), says=("How much was it?", "such as 12.50")),
    Case("add abc", ("add", "abc"), says=("Could not read 'abc'", "Write it like 12.50")),
    Case("add 99999999999999999999", ("add", "99999999999999999999"), says=("too large",)),
    Case(
        "add 92233720368547758.07 (the int64 limit in cents)",
        ("add", "92233720368547758.07"),
        says=("too large", "up to 1,000,000,000,000", "Check the amount"),
    ),
    Case("add 0", ("add", "0"), says=("zero", "nothing to record")),
    Case("add -0", ("add", "--", "-0"), says=("zero", "nothing to record")),
    Case("add 0.001", ("add", "0.001"), says=("more decimals than EUR allows (2)",)),
    Case("add 1e5", ("add", "1e5"), says=("Could not read '1e5'", "Write it like")),
    Case("add NaN", ("add", "NaN"), says=("Could not read 'NaN'", "Write it like")),
    Case("add inf", ("add", "inf"), says=("Could not read 'inf'", "Write it like")),
    Case("add -inf", ("add", "--", "-inf"), says=("Could not read '-inf'",)),
    Case("add 12,34,56", ("add", "12,34,56"), says=("Could not read '12,34,56'", "Write it like")),
    Case("add 1.2.3", ("add", "1.2.3"), says=("Could not read '1.2.3'",)),
    Case("add --5", ("add", "--", "--5"), says=("more than one sign", "Write the amount once")),
    Case("add -5", ("add", "--", "-5"), says=("is negative", "use --income")),
    Case("add '5 XYZ'", ("add", "5 XYZ"), says=("Could not read '5 XYZ'",)),
    Case(
        "add ٥ (an Arabic-Indic five)",
        ("add", "٥"),
        exit=0,
        says=("Added expense 5.00 EUR",),
        changes=ENTRY_TABLES,
    ),
    Case(
        "categorize coffee --amount NaN",
        ("categorize", "coffee", "--amount", "NaN"),
        says=("Could not read 'NaN'",),
    ),
    Case(
        "rule add … --min abc",
        ("rule", "add", "Odd", "--category", COFFEE, "--min", "abc"),
        says=("Could not read 'abc'",),
    ),
    # ── dates and periods ──────────────────────────────────────────────────────────────
    Case(
        "add 5 --date 0001-01-01",
        ("add", "5", "--date", "0001-01-01"),
        says=("before 1900-01-01", "check the year"),
    ),
    Case(
        "add 5 --date 9999-12-31",
        ("add", "5", "--date", "9999-12-31"),
        says=("more than 10 years ahead", "check the year"),
    ),
    Case(
        "add 5 --date 2026-02-30",
        ("add", "5", "--date", "2026-02-30"),
        says=("'2026-02-30' is not a date", "Use YYYY-MM-DD"),
    ),
    Case(
        "add 5 --date 'next blursday'",
        ("add", "5", "--date", "next blursday"),
        says=("is not a date", "Use YYYY-MM-DD"),
    ),
    Case("list --period 2026-13", ("list", "--period", "2026-13"), says=("not a period", "Use a")),
    Case(
        "list --period 2026-12-01..2026-01-01",
        ("list", "--period", "2026-12-01..2026-01-01"),
        says=("ends (2026-01-01) before it starts (2026-12-01)",),
    ),
    Case(
        "list --period 0001-01-01..9999-12-31",
        ("list", "--period", "0001-01-01..9999-12-31"),
        exit=0,
        says=("5 of 5 transactions",),
    ),
    Case("report --period 9999", ("report", "--period", "9999"), exit=0, says=("9999",)),
    Case(
        "report --period 9999-12",
        ("report", "--period", "9999-12"),
        exit=0,
        says=("Spending by category, December 9999",),
    ),
    Case("report --period 0001", ("report", "--period", "0001"), exit=0, says=("0001",)),
    Case(
        "ask … --today 2026-02-30",
        ("ask", "coffee 3", "--today", "2026-02-30"),
        says=("is not a date", "Use YYYY-MM-DD"),
    ),
    Case(
        "ask 'spent 5 last month' --today 0001-01-01",
        ("ask", "spent 5 last month", "--today", "0001-01-01"),
        says=("before 1900-01-01",),
    ),
    Case(
        "ask 'spent 5 tomorrow' --today 9999-12-31",
        ("ask", "spent 5 tomorrow", "--today", "9999-12-31"),
        says=("more than 10 years ahead",),
    ),
    Case(
        "say 'spent 5 at Lidl on 9999-12-31'",
        ("say", "spent 5 at Lidl on 9999-12-31"),
        exit=0,
        says=("9999",),
    ),
    Case(
        "say 'spent 5 at Lidl on 9999-12-31' --yes",
        ("say", "spent 5 at Lidl on 9999-12-31", "--yes"),
        says=("I could not do that", "more than 10 years ahead", "check the year"),
    ),
    Case(
        "say 'spent 5 at Lidl in 10000 years'",
        ("say", "spent 5 at Lidl in 10000 years"),
        exit=0,
        says=("Lidl",),
    ),
    Case(
        "say 'spent 5 at Lidl on February 31'",
        ("say", "spent 5 at Lidl on February 31"),
        exit=0,
        says=("That day does not exist", "which day was it?"),
    ),
    # ── names and notes ────────────────────────────────────────────────────────────────
    Case(
        "add 5 --merchant with ESC, BEL and CR",
        ("add", "5", "--merchant", "Evil\x1b[2J\x07Shop\rX"),
        exit=0,
        says=("Added expense 5.00 EUR at Evil[2JShop X",),
        changes=ENTRY_TABLES,
    ),
    Case(
        "add 5 --merchant with a right-to-left override",
        ("add", "5", "--merchant", "Shop\u202egpj.exe"),
        exit=0,
        says=("Added expense 5.00 EUR at Shopgpj.exe",),
        changes=ENTRY_TABLES,
    ),
    Case(
        "add 5 --merchant with a lone surrogate",
        ("add", "5", "--merchant", "Bad\udcedShop"),
        exit=0,
        says=("Added expense 5.00 EUR at Bad\ufffdShop",),
        changes=ENTRY_TABLES,
    ),
    Case(
        "add 5 --merchant of 10,000 characters",
        ("add", "5", "--merchant", LONG),
        says=("10,000 characters", "at most 200", "Shorten it"),
    ),
    Case(
        "add 5 --description of 10,000 characters",
        ("add", "5", "--description", LONG),
        says=("10,000 characters", "at most 200"),
    ),
    Case(
        "add 5 --memo of 10,000 characters",
        ("add", "5", "--memo", LONG),
        says=("10,000 characters", "at most 1,000"),
    ),
    Case(
        "add 5 --merchant ''",
        ("add", "5", "--merchant", ""),
        exit=0,
        says=("Added expense 5.00 EUR (",),
        changes=ENTRY_TABLES,
    ),
    Case(
        "add 5 --merchant '   '",
        ("add", "5", "--merchant", "   "),
        exit=0,
        says=("Added expense 5.00 EUR (",),
        changes=ENTRY_TABLES,
    ),
    Case(
        "add 5 --account Nowhere",
        ("add", "5", "--account", "Nowhere"),
        says=("no account called 'Nowhere'", "Accounts: Checking, Cash"),
    ),
    Case(
        "add 5 --category INCOME_WAGES",
        ("add", "5", "--category", "INCOME_WAGES"),
        says=("no category 'INCOME_WAGES'", "Use a code such as"),
    ),
    Case(
        "list --account Nowhere",
        ("list", "--account", "Nowhere"),
        says=("no account called 'Nowhere'", "Accounts:"),
    ),
    Case(
        "list --category NOPE",
        ("list", "--category", "NOPE"),
        says=("no category 'NOPE'", "Use a code such as"),
    ),
    Case("list --search %", ("list", "--search", "%"), exit=0, says=("0 of 0 transactions",)),
    Case("list --search _", ("list", "--search", "_"), exit=0, says=("0 of 0 transactions",)),
    Case(
        "list --search with ESC",
        ("list", "--search", "\x1b[2J"),
        exit=0,
        says=("0 of 0 transactions",),
    ),
    Case("list --limit abc", ("list", "--limit", "abc"), says=("invalid int value: 'abc'",)),
    Case(
        "payee add with ESC in the name",
        ("payee", "add", "Bob\x1b[31m", "--iban", IBAN),
        exit=0,
        says=("Saved payee Bob[31m",),
        changes=("payees", "change_sets", "journal_entries"),
    ),
    Case(
        "payee add '' --iban …",
        ("payee", "add", "", "--iban", IBAN),
        says=("A payee needs a name",),
    ),
    Case(
        "payee add with a name of 10,000 characters",
        ("payee", "add", LONG, "--iban", IBAN),
        says=("10,000 characters", "at most 200"),
    ),
    Case(
        "rule add with ESC in the name",
        ("rule", "add", "Evil\x1b[2J", "--category", COFFEE, "--contains", "bean"),
        exit=0,
        says=("Added rule #2 'Evil[2J'",),
        changes=("categorization_rules", "change_sets", "journal_entries"),
    ),
    Case(
        "rule add with a name of 10,000 characters",
        ("rule", "add", LONG, "--category", COFFEE, "--contains", "bean"),
        says=("10,000 characters", "at most 200"),
    ),
    Case(
        "account set Nowhere --holder …",
        ("account", "set", "Nowhere", "--holder", "Me"),
        says=("no account called 'Nowhere'",),
    ),
    # ── payments ───────────────────────────────────────────────────────────────────────
    Case(
        "payee add Bob --iban with a wrong check digit",
        ("payee", "add", "Bob", "--iban", BAD_IBAN),
        says=("check digits", "probably mistyped"),
    ),
    Case(
        "payee add Bob --iban x",
        ("payee", "add", "Bob", "--iban", "x"),
        says=("An IBAN starts with a two-letter country code",),
    ),
    Case(
        "account set Checking --iban DE00",
        ("account", "set", "Checking", "--iban", "DE00"),
        says=("has 22 characters; this one has 4",),
    ),
    Case(
        "say 'pay Bob 40 euros to <bad IBAN>'",
        ("say", f"pay Bob 40 euros to {BAD_IBAN}"),
        exit=0,
        says=("not a saved payee", "Save them with their IBAN first", "cannot be confirmed"),
        changes=DRAFT_TABLES,
    ),
    Case(
        "say 'pay Alice Martin 99999999999999999999 euros'",
        ("say", "pay Alice Martin 99999999999999999999 euros"),
        says=("too large", "Check the amount"),
    ),
    Case(
        "draft confirm 999", ("draft", "confirm", "999"), says=("no payment draft #999", "drafts")
    ),
    Case("draft confirm abc", ("draft", "confirm", "abc"), says=("not a draft number", "drafts")),
    Case("draft export 1 (no file)", ("draft", "export", "1"), says=("--qr FILE.png",)),
    Case(
        "draft export 1 --qr into a missing folder",
        ("draft", "export", "1", "--qr", "{dir}/no/such/dir/qr.png"),
        says=("Could not write", "Choose a folder that exists"),
    ),
    Case(
        "draft export T999 --qr …",
        ("draft", "export", "T999", "--qr", "{dir}/qr.png"),
        says=("999",),
    ),
    Case(
        "draft export T1 --qr … (not a payment)",
        ("draft", "export", "T1", "--qr", "{dir}/qr.png"),
        says=("#1",),
    ),
    Case("draft paid 999", ("draft", "paid", "999"), says=("no payment draft #999",)),
    Case("draft cancel T1 (not a payment)", ("draft", "cancel", "T1"), says=("#1",)),
    Case(
        "payee add Bob --bic XYZ",
        ("payee", "add", "Bob", "--iban", IBAN, "--bic", "XYZ"),
        says=("BIC",),
    ),
    Case(
        "account set Checking --holder with ESC",
        ("account", "set", "Checking", "--holder", "Me\x1b]0;pwned\x07"),
        exit=0,
        says=("Checking: Me]0;pwned",),
        changes=("accounts", "change_sets", "journal_entries"),
    ),
    Case(
        "draft export 1 --sepa (Checking has no IBAN)",
        ("draft", "export", "1", "--sepa", "{dir}/pay.xml"),
        says=("IBAN", "account set"),
    ),
    # ── rules ──────────────────────────────────────────────────────────────────────────
    Case(
        "rule add … --regex '('",
        ("rule", "add", "Broken", "--category", COFFEE, "--regex", "("),
        says=("'(' is not a valid regular expression",),
    ),
    Case(
        "rule add … --regex '(' --apply",
        ("rule", "add", "Broken", "--category", COFFEE, "--regex", "(", "--apply"),
        says=("'(' is not a valid regular expression",),
    ),
    Case(
        "rule add … with no condition",
        ("rule", "add", "Empty", "--category", COFFEE),
        says=("needs at least one condition",),
    ),
    Case(
        "rule add … --category NOPE",
        ("rule", "add", "Nope", "--category", "NOPE", "--contains", "x"),
        says=("no category 'NOPE'", "Use a code such as"),
    ),
    Case("rule remove 999", ("rule", "remove", "999"), says=("There is no rule #999",)),
    Case("rule move 999 up", ("rule", "move", "999", "up"), says=("There is no rule #999",)),
    Case("rule preview 999", ("rule", "preview", "999"), says=("There is no rule #999",)),
    Case("rule remove abc", ("rule", "remove", "abc"), says=("invalid int value: 'abc'",)),
    # ── receipt files ──────────────────────────────────────────────────────────────────
    Case(
        "scan a missing file",
        ("scan", "{dir}/gone.jpg"),
        says=("There is no file", "check the name and the folder"),
    ),
    Case(
        "scan a folder",
        ("scan", "{dir}/folder"),
        says=("is a folder", "give the receipt files in it"),
        files={"folder": None},
    ),
    Case(
        "scan an empty file",
        ("scan", "{dir}/empty.jpg"),
        says=("is empty (0 bytes)", "take the photo again"),
        files={"empty.jpg": b""},
    ),
    Case(
        "scan a corrupt PNG",
        ("scan", "{dir}/corrupt.png"),
        says=("is not an image LingAssist can read", "Use a photo or scan"),
        files={"corrupt.png": CORRUPT_PNG},
    ),
    Case(
        "scan a text file named .jpg",
        ("scan", "{dir}/notes.jpg", "--add"),
        says=("is not an image LingAssist can read",),
        files={"notes.jpg": TEXT},
    ),
    Case(
        "scan a broken PDF",
        ("scan", "{dir}/bill.pdf"),
        says=("cannot be opened", "print it to a new PDF"),
        files={"bill.pdf": BROKEN_PDF},
    ),
    Case(
        "scan --add --account Nowhere",
        ("scan", "{dir}/rm_cash.png", "--add", "--account", "Nowhere"),
        says=("no account called 'Nowhere'", "Accounts: Checking, Cash"),
        setup=_copy_receipt("rm_cash.png"),
    ),
    Case(
        "scan --add a receipt in MYR into a EUR account",
        ("scan", "{dir}/rm_cash.png", "--add"),
        says=("19.50 MYR", "not added"),
        setup=_copy_receipt("rm_cash.png"),
    ),
    Case(
        "scan a PNG claiming 60,000 × 60,000 pixels",
        ("scan", "{dir}/huge.png"),
        says=("huge.png",),
        files={"huge.png": _png_claiming(60_000, 60_000)},
    ),
    # ── sound files ────────────────────────────────────────────────────────────────────
    Case(
        "transcribe a missing file",
        ("transcribe", "{dir}/gone.wav"),
        says=("There is no file", "gone.wav", "check the name"),
    ),
    Case(
        "transcribe a folder",
        ("transcribe", "{dir}/folder"),
        says=("is a folder, not a sound file",),
        files={"folder": None},
    ),
    Case(
        "transcribe a 0-byte .wav",
        ("transcribe", "{dir}/empty.wav"),
        says=("is empty (0 bytes)", "record it again"),
        files={"empty.wav": b""},
    ),
    Case(
        "transcribe a text file named .wav",
        ("transcribe", "{dir}/notes.wav"),
        says=("is not a sound file LingAssist can read", "Use WAV"),
        files={"notes.wav": TEXT},
    ),
    Case(
        "transcribe a PNG",
        ("transcribe", "{dir}/photo.png"),
        says=("has no sound track",),
        files={"photo.png": CORRUPT_PNG},
    ),
    Case(
        "transcribe 2 s of silence",
        ("transcribe", "{dir}/quiet.wav"),
        exit=0,
        says=("quiet.wav: (nothing heard)",),
        files={"quiet.wav": silent_wav()},
    ),
    Case(
        "transcribe 2 s of noise",
        ("transcribe", "{dir}/noise.wav"),
        exit=0,
        says=("noise.wav: (nothing heard)",),
        files={"noise.wav": noise_wav()},
    ),
    # ── sentences ──────────────────────────────────────────────────────────────────────
    Case("say ''", ("say", ""), exit=0, says=("Sorry, I didn't get that", "Type “help”")),
    Case("say '   '", ("say", "   "), exit=0, says=("Sorry, I didn't get that",)),
    Case("ask ''", ("ask", ""), says=("Nothing to understand", "give a sentence")),
    Case("ask '   '", ("ask", "   "), says=("Nothing to understand",)),
    Case(
        "say 100 KB of text",
        ("say", TEXT_100_KB),
        exit=0,
        says=("I read only the first 500 characters", "not done"),
    ),
    Case(
        "ask 100 KB of text",
        ("ask", TEXT_100_KB),
        exit=0,
        says=("I read only the first 500 characters", "intent=add_expense"),
    ),
    Case(
        "say 'spent 4 at Evil<ESC>[2J<BEL>Shop'",
        ("say", "spent 4 at Evil\x1b[2J\x07Shop"),
        exit=0,
        says=("not done. Add --yes to confirm",),
    ),
    Case("categorize ''", ("categorize", ""), exit=0, says=("OTHER_OTHER", "Not sure")),
    # ── homes ──────────────────────────────────────────────────────────────────────────
    Case(
        "--home a file",
        ("list",),
        says=("is a file, not a folder", "give the folder"),
        files={"a-file": b"x"},
        home="{dir}/a-file",
    ),
    Case(
        "--home inside a file",
        ("list",),
        says=("Cannot use", "a-file/home", "Not a directory", "--home"),
        files={"a-file": b"x"},
        home="{dir}/a-file/home",
    ),
    Case(
        "--home where no folder can be made (/proc)",
        ("list",),
        says=("Cannot use /proc/lingassist-home", "--home"),
        home="/proc/lingassist-home",
    ),
    Case("--home ''", ("list",), says=("argument --home: it is empty", "give the folder"), home=""),
    Case(
        "--home with a damaged ledger",
        ("list",),
        says=("is damaged", "nothing was changed", "backup"),
        files={"damaged/ledger.sqlite3": b"not a database at all" * 100},
        home="{dir}/damaged",
    ),
    Case(
        "--home with another program's database",
        ("list",),
        says=("not a LingAssist ledger", "nothing was changed"),
        setup=_foreign_database,
        home="{dir}/other",
    ),
    Case(
        "a ledger from a newer LingAssist",
        ("list",),
        says=("newer LingAssist", "nothing was changed"),
        setup=_newer_ledger,
    ),
    Case(
        "ledger.sqlite3 is a folder",
        ("list",),
        says=("Cannot use", "ledger.sqlite3", "Is a directory", "Give a folder"),
        setup=_ledger_folder,
    ),
    Case(
        "settings.json is not JSON",
        ("list",),
        says=("settings.json", "is damaged", "Fix or delete it"),
        setup=_settings(b"{not json"),
    ),
    Case(
        "settings.json names currency XYZ",
        ("add", "5"),
        says=("settings.json", "'XYZ', which is not an ISO 4217 code", "Change"),
        setup=_settings(b'{"default_currency": "XYZ"}'),
    ),
    Case(
        "settings.json is a JSON list",
        ("list",),
        says=("settings.json", "holds no JSON object", "Fix or delete it"),
        setup=_settings(b"[]"),
    ),
    Case(
        "a new home whose settings.json names currency XYZ",
        ("list",),
        says=("settings.json", "'XYZ', which is not an ISO 4217 code"),
        files={"new/settings.json": b'{"default_currency": "XYZ"}'},
        home="{dir}/new",
    ),
    # ── backups ────────────────────────────────────────────────────────────────────────
    Case(
        "restore a text file",
        ("restore", "{dir}/notes.sqlite3"),
        says=("is not a readable LingAssist ledger", "nothing was changed"),
        files={"notes.sqlite3": TEXT},
    ),
    Case(
        "restore a text file --yes",
        ("restore", "{dir}/notes.sqlite3", "--yes"),
        says=("is not a readable LingAssist ledger", "nothing was changed"),
        files={"notes.sqlite3": TEXT},
    ),
    Case(
        "restore a missing file --yes",
        ("restore", "{dir}/gone.sqlite3", "--yes"),
        says=("There is no file", "gone.sqlite3", "nothing was changed"),
    ),
    Case(
        "restore a folder --yes",
        ("restore", "{dir}/folder", "--yes"),
        says=("is not a file", "nothing was changed"),
        files={"folder": None},
    ),
    Case(
        "restore another program's database --yes",
        ("restore", "{dir}/other/ledger.sqlite3", "--yes"),
        says=("not a LingAssist ledger", "nothing was changed"),
        setup=_foreign_database,
    ),
    Case(
        "restore the ledger over itself --yes",
        ("restore", "{home}/ledger.sqlite3", "--yes"),
        says=("is the ledger itself", "lingassist backups", "nothing was changed"),
    ),
    Case(
        "backup --to a file",
        ("backup", "--to", "{dir}/a-file"),
        says=("a-file is a file, not a folder", "give a folder"),
        files={"a-file": b"x"},
    ),
]


# ── running ────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Outcome:
    """What one run printed and returned.

    Attributes:
        exit: the exit status.
        out: what went to stdout.
        err: what went to stderr.
    """

    exit: int
    out: str
    err: str

    @property
    def text(self) -> str:
        """Everything printed."""
        return self.out + self.err

    def message(self, width: int = 240) -> str:
        """The output on one line (progress bars left out), shortened for a table."""
        lines = [line for line in self.text.splitlines() if not PROGRESS_BAR.search(line)]
        shown = " ".join(" ".join(lines).split())
        return shown if len(shown) <= width else shown[: width - 1] + "…"


@dataclass(frozen=True)
class Run:
    """One case's run with the home before and after.

    Attributes:
        case: what was given.
        outcome: what the command line answered.
        before: the home's fingerprint before the run (after the case's setup).
        after: the fingerprint after the run.
        unsafe: text stored in the ledger afterwards that holds terminal controls.
    """

    case: Case
    outcome: Outcome
    before: Fingerprint
    after: Fingerprint
    unsafe: list[str]

    def unchanged(self) -> bool:
        """The home is as it was, but for the tables the case may change."""
        changes = self.case.changes
        return self.before.without(changes) == self.after.without(changes)

    def differences(self) -> list[str]:
        """What changed that the case may not change, one line each."""
        before, after = (
            self.before.without(self.case.changes),
            self.after.without(self.case.changes),
        )
        found = []
        for part, was, now in (
            ("file", before.files, after.files),
            ("table", before.tables, after.tables),
        ):
            for key in sorted(set(was) | set(now)):
                if was.get(key) != now.get(key):
                    found.append(f"{part} {key}: {was.get(key)} → {now.get(key)}")
        return found


def prepare_home(home: Path) -> Path:
    """A home with some data: three entries (#1–#3), a payee, a rule, a payment to Alice
    Martin drafted and confirmed (draft 1, transaction #4) and a scanned receipt (#5) with
    its photo."""
    paths = AppPaths(home).ensure()
    save_settings(paths, Settings(default_currency="EUR", locale="en_IE"))
    for line in (
        f"add 12.50 --merchant 'Blue Bottle' --category {COFFEE} --date 2026-11-20",
        "add 1234,56 --merchant Landlord --category Rent --date 2026-11-01 --account Cash",
        "add 3850 --income --category INCOME_SALARY --merchant ACME --date 2026-11-25",
        f"payee add 'Alice Martin' --iban {IBAN}",
        f"rule add Coffee --category {COFFEE} --contains coffee",
        "say 'pay Alice Martin 40 euros for dinner'",
        "draft confirm 1",
        f"scan {FIXTURES / 'eur_supermarket.png'} --add --workers 1",
    ):
        outcome = run_words(home, tuple(shlex.split(line)), home)
        if outcome.exit != 0:
            raise RuntimeError(f"Could not prepare {home}: {line!r} gave {outcome}")
    return home


def run_words(home: Path | str, words: tuple[str, ...], folder: Path) -> Outcome:
    """``lingassist --home HOME WORDS…`` in this process, in `folder`, logging into the
    home it opens (the CLI's logger keeps the first home's handler otherwise)."""
    logger = logging.getLogger("lingassist")
    earlier = logger.handlers[:]
    logger.handlers.clear()
    out, err = io.StringIO(), io.StringIO()
    try:
        with (
            _working_folder(folder),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            try:
                status = main(["--home", str(home), *words])
            except SystemExit as stop:  # argparse refusing the words
                status = stop.code if isinstance(stop.code, int) else 2
    finally:
        for handler in logger.handlers:
            handler.close()
        logger.handlers[:] = earlier
    return Outcome(status, out.getvalue(), err.getvalue())


@contextlib.contextmanager
def _working_folder(folder: Path) -> Iterator[None]:
    earlier = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(earlier)


def run_case(case: Case, prepared: Path, scratch: Path) -> Run:
    """Run `case` against a fresh copy of `prepared` made in `scratch`."""
    home, folder = scratch / "home", scratch / "files"
    shutil.copytree(prepared, home)
    folder.mkdir()
    for name, content in case.files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if content is None:
            target.mkdir()
        else:
            target.write_bytes(content)
    if case.setup is not None:
        case.setup(home, folder)
    before = fingerprint(home)
    given = home if case.home is None else _filled(case.home, folder, home)
    outcome = run_words(given, tuple(_filled(w, folder, home) for w in case.words), folder)
    return Run(case, outcome, before, fingerprint(home), unsafe_text(home))


def _filled(word: str, folder: Path, home: Path) -> str:
    return word.replace("{dir}", str(folder)).replace("{home}", str(home))


# ── fingerprints ───────────────────────────────────────────────────────────────────────

LEDGER_FILES = ("ledger.sqlite3", "ledger.sqlite3-wal", "ledger.sqlite3-shm")


@dataclass(frozen=True)
class Fingerprint:
    """A home as far as a bad input must leave it alone.

    Attributes:
        files: every file and folder (relative path) → its mode, and for files that are
            neither the ledger nor a log, the mode and a hash of the contents.
        tables: every ledger table → (row count, hash of its rows).
    """

    files: dict[str, object]
    tables: dict[str, tuple[int, str]]

    def without(self, tables: tuple[str, ...]) -> Fingerprint:
        """The same without `tables` (those accepted input may change; any accepted change
        also counts up the ledger's version in ``ledger_state``, which other windows poll)."""
        changed = (*tables, "ledger_state") if tables else ()
        kept = {name: value for name, value in self.tables.items() if name not in changed}
        return Fingerprint(self.files, kept)


def fingerprint(home: Path) -> Fingerprint:
    """What a bad input must leave as it was: each ledger table's row count and hash, and
    each file and folder in the home with its mode (and the contents of the files that are
    neither the ledger, compared as tables, nor a log)."""
    files: dict[str, object] = {}
    for path in sorted(home.rglob("*")):
        relative = path.relative_to(home).as_posix()
        if path.name == "ledger.sqlite3-shm":
            continue  # SQLite makes and drops it as it needs
        mode = oct(path.stat().st_mode)
        if path.is_file() and path.name not in LEDGER_FILES and path.parent.name != "logs":
            files[relative] = (mode, hashlib.sha256(path.read_bytes()).hexdigest())
        else:
            files[relative] = mode
    return Fingerprint(files, {name: _digest(rows) for name, rows in _rows(home)})


def unsafe_text(home: Path) -> list[str]:
    """Every text stored in the ledger that holds a control, bidi or surrogate character."""
    return [
        f"{name}: {value!r}"
        for name, rows in _rows(home)
        for row in rows
        for value in row
        if isinstance(value, str) and UNSAFE.search(value)
    ]


def _rows(home: Path) -> Iterator[tuple[str, list[tuple[object, ...]]]]:
    """Each table's rows, read from a copy (reading the ledger in place would make files)."""
    if not (home / "ledger.sqlite3").is_file():
        return
    with tempfile.TemporaryDirectory() as temporary:
        for name in LEDGER_FILES[:2]:
            if (home / name).is_file():
                shutil.copyfile(home / name, Path(temporary) / name)
        with contextlib.closing(sqlite3.connect(Path(temporary) / "ledger.sqlite3")) as db:
            db.text_factory = lambda raw: raw.decode("utf-8", "surrogateescape")
            try:
                names = [
                    n
                    for (n,) in db.execute(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                    )
                ]
            except sqlite3.DatabaseError:
                return  # a damaged ledger: compared as a file
            for name in names:
                yield name, db.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()


def _digest(rows: list[tuple[object, ...]]) -> tuple[int, str]:
    text = repr(rows).encode("utf-8", "surrogateescape")
    return len(rows), hashlib.sha256(text).hexdigest()


# ── the table ──────────────────────────────────────────────────────────────────────────


def run_all(raw: bool = False, match: str = "") -> list[Run]:
    """Every case (whose label has `match`), each against its own copy of one prepared
    home."""
    runs = []
    with tempfile.TemporaryDirectory() as temporary:
        prepared = prepare_home(Path(temporary) / "prepared")
        for number, case in enumerate(c for c in CASES if match in c.label):
            scratch = Path(temporary) / f"case-{number}"
            scratch.mkdir()
            runs.append(run_case(case, prepared, scratch))
            if raw:
                print(f"── {case.label}: exit {runs[-1].outcome.exit}")
                print(runs[-1].outcome.text[:3000])
                for line in runs[-1].differences() + runs[-1].unsafe:
                    print(f"   changed or stored unsafely: {line[:200]}")
            shutil.rmtree(scratch, ignore_errors=True)
    return runs


def markdown(runs: list[Run]) -> str:
    """The catalogue as a markdown table: input → exit → message (temporary paths shown
    as …/)."""
    lines = ["| input | exit | message | home unchanged |", "|---|---|---|---|"]
    for run in runs:
        message = re.sub(r"/\S*?/case-\d+/(files|home)/", r"…/", run.outcome.message())
        unchanged = "yes" if run.unchanged() else "**no**"
        if run.case.changes and run.unchanged():
            what = "the new entry" if run.case.changes == ENTRY_TABLES else run.case.changes[0]
            unchanged = f"yes, but for its one change ({what})"
        known = " (known: xfail)" if run.case.xfail else ""
        lines.append(
            f"| {_cell(run.case.label)} | {run.outcome.exit} | {_cell(message)}{known} | "
            f"{unchanged} |"
        )
    return "\n".join(lines)


def _cell(text: str) -> str:
    """Text for a markdown table cell: control characters shown as escapes, no pipes."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return shown.replace("|", "\\|")


if __name__ == "__main__":
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--raw", action="store_true", help="print every case's whole output")
    options.add_argument("--match", default="", help="only the cases whose label has this text")
    given = options.parse_args()
    print(markdown(run_all(given.raw, given.match)))
