"""Start-up imports only what the command (or the window) uses.

Each case runs the real command line in a fresh process on a home made by an earlier run,
then lists the modules that process imported. A small command must not pay for the
categorizer's NumPy, the assistant, receipts, payments, speech, Qt, Alembic or SQLAlchemy's
ORM; ``--help`` not even for the database layer. (``bench/startup.py`` measures the times.)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lingassist.cli import build_parser
from lingassist.cli.command_index import COMMANDS, command_modules

NOT_FOR_SMALL_COMMANDS = (
    "numpy",
    "sqlmodel",
    "sqlalchemy.orm",  # the ledger is Core tables and statements: ~0.08 s to import
    "pydantic",
    "PySide6",
    "alembic",
    "faster_whisper",
    "pytesseract",
    "PIL",
    "schwifty",
    "segno",
    "lingassist.assistant",
    "lingassist.receipts",
    "lingassist.payments",
    "lingassist.engines",
    "lingassist.gui",
    "lingassist.categorize.model",
    "lingassist.services.assistant",
    "lingassist.services.receipts",
    "lingassist.services.payments",
)
OTHER_COMMAND_MODULES = tuple(
    f"lingassist.cli.{module}" for module in command_modules() if module != "ledger_commands"
)
NOT_FOR_THE_WINDOW = (
    "numpy",
    "sqlmodel",
    "sqlalchemy.orm",
    "pydantic",
    "alembic",
    "faster_whisper",
    "pytesseract",
    "PySide6.QtMultimedia",
    "lingassist.assistant",
    "lingassist.payments",
    "lingassist.engines",
    "lingassist.categorize.model",
    "lingassist.cli.ledger_commands",
    "lingassist.services.payments",
    "lingassist.gui.settings_dialog",
    "lingassist.gui.rules_dialog",
    "lingassist.receipts.parse",
    "lingassist.categorize.memory",  # the advisor loads in the warm-up worker
    "rapidfuzz",
)
SHOW_MODULES = """
import json, sys
from lingassist.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def imported_by(*argv: str) -> set[str]:
    """The modules a fresh ``lingassist ARGV`` process has imported when it ends."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SHOW_MODULES, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def found(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    """The forbidden packages (or their submodules) among `modules`."""
    return sorted(
        name for name in forbidden if any(m == name or m.startswith(f"{name}.") for m in modules)
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home made (and migrated) by a first run."""
    folder = tmp_path_factory.mktemp("home")
    imported_by("--home", str(folder), "add", "4.20", "--merchant", "Blue Bottle Coffee")
    return folder


def test_list_imports_only_the_ledger(home: Path) -> None:
    modules = imported_by("--home", str(home), "list", "--limit", "1")
    assert "lingassist.cli.ledger_commands" in modules  # the check sees the command's own
    assert found(modules, NOT_FOR_SMALL_COMMANDS + OTHER_COMMAND_MODULES) == []
    suggesting = ("lingassist.categorize.memory", "rapidfuzz", "babel")
    assert found(modules, suggesting) == []  # listing suggests nothing, formats nothing


def test_add_imports_only_the_ledger_and_the_categories_it_suggests(home: Path) -> None:
    modules = imported_by("--home", str(home), "add", "3.50", "--merchant", "Corner Cafe")
    assert "lingassist.categorize.memory" in modules  # it did suggest a category
    assert found(modules, NOT_FOR_SMALL_COMMANDS + OTHER_COMMAND_MODULES) == []
    assert found(modules, ("babel",)) == []  # its answer writes amounts with core.money


def test_help_imports_no_command_and_no_database() -> None:
    modules = imported_by("--help")
    assert found(modules, (*NOT_FOR_SMALL_COMMANDS, "lingassist.cli.ledger_commands")) == []
    assert found(modules, ("sqlalchemy", "sqlmodel", "lingassist.ledger")) == []


def test_first_window_leaves_speech_assistant_and_payments_for_later(
    home: Path, tmp_path: Path
) -> None:
    modules = imported_by("--home", str(home), "--screenshot", str(tmp_path / "window.png"))
    assert "lingassist.gui.main_window" in modules
    assert found(modules, NOT_FOR_THE_WINDOW) == []


def test_the_command_index_names_every_command_with_its_module_and_help() -> None:
    registered: dict[str, tuple[str, str | None]] = {}
    for module in command_modules():
        parser = build_parser([module])
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        for choice in commands._choices_actions:
            if commands.choices[choice.dest].add_help:  # not one of the index's placeholders
                registered[choice.dest] = (module, choice.help)
    assert registered == {name: (entry.module, entry.help) for name, entry in COMMANDS.items()}


def test_a_mistyped_command_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser([]).parse_args(["lst"])
    error = capsys.readouterr().err
    assert "invalid choice: 'lst'" in error
    assert all(f"'{name}'" in error for name in COMMANDS)


def test_transcribe_skips_the_warm_up_decode_in_one_shot_use() -> None:
    from lingassist.cli.voice_commands import one_shot_engine
    from lingassist.engines.speech import WhisperSpeech

    assert WhisperSpeech(None).warm_up  # the window's engine warms up ...
    assert one_shot_engine(None).warm_up is False  # ... the command's does not
