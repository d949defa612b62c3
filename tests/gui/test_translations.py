"""The window speaks French and Vietnamese: the .ts files hold every marked string of
lingassist/gui, translated, and the committed .qm files are built from them; with the
translator installed, no page shows a string of the window's own source code in English."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from lingassist.config import window_language
from lingassist.core.phrases import Amount, phrase
from lingassist.gui.category_picker import CategoryPicker
from lingassist.gui.main_window import MainWindow
from lingassist.gui.settings_dialog import LOCALES
from lingassist.gui.translation import (
    LANGUAGE_NAMES,
    install_language,
    remove_translation,
    shown_phrase,
)
from lingassist.services.demo import open_demo
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import drop, fake_reader

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "lingassist" / "gui"
I18N = ROOT / "resources" / "i18n"
TOOLS = Path(sys.executable).parent
LUPDATE = [str(TOOLS / "pyside6-lupdate"), "-locations", "none", "-no-obsolete"]
LANGUAGES = ("fr", "vi")
NOT_WINDOW_TEXT = {"screenshots.py"}  # commands typed to the assistant for the pictures
NAMES = {  # the same in every language: names, codes, an example IBAN, the demo's account
    "LingAssist",
    "IBAN",
    "BIC",
    "DE89 3704 0044 0532 0130 00",
    "Checking",
    "eng",  # Tesseract's code for English
    *LANGUAGE_NAMES.values(),  # each language in its own words
    *LOCALES,  # locale codes (Settings → Locale)
}
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|<[^>]+>")


def messages(ts_file: Path) -> dict[tuple[str, str], list[str] | None]:
    """(context, source) -> its translations (plural forms), None while unfinished."""
    found: dict[tuple[str, str], list[str] | None] = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            done = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            finished = done and all(forms)
            found[(name, message.findtext("source", ""))] = forms if finished else None
    return found


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_ts_files_hold_every_marked_string_translated(language: str, tmp_path: Path) -> None:
    """pyside6-lupdate run on the sources adds nothing and drops nothing: every string
    marked in lingassist/gui is in the .ts, translated (English: only plural forms)."""
    committed = I18N / f"lingassist_{language}.ts"
    updated = tmp_path / committed.name
    shutil.copy(committed, updated)
    plural_only = ["-pluralonly"] if language == "en" else []
    subprocess.run(
        [*LUPDATE, *plural_only, "-extensions", "py", str(GUI), "-ts", str(updated)],
        check=True,
        capture_output=True,
    )
    before, after = messages(committed), messages(updated)
    assert sorted(set(after) - set(before)) == [], "new strings: run make translations"
    assert sorted(set(before) - set(after)) == [], "strings gone: run make translations"
    unfinished = sorted(key for key, forms in after.items() if forms is None)
    assert unfinished == [], f"not yet translated into {language}"


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_committed_qm_files_are_built_from_the_ts_files(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"lingassist_{language}.qm"
    ts_file = I18N / f"lingassist_{language}.ts"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(built)],
        check=True,
    )
    assert built.read_bytes() == (I18N / built.name).read_bytes(), "run make translations"


def test_the_window_language_follows_the_choice_then_the_locale() -> None:
    from lingassist.config import Settings

    assert window_language(Settings(locale="fr_BE")) == "fr"
    assert window_language(Settings(locale="vi_VN")) == "vi"
    assert window_language(Settings(locale="de_DE")) == "en"
    assert window_language(Settings(locale="vi_VN", language="en")) == "en"
    assert window_language(Settings(locale="en_US", language="fr")) == "fr"


@cache
def source_templates() -> tuple[str, ...]:
    """The strings written in the window's code that a person could read, not docstrings:
    constants as written, f-strings with "{}" where their values go."""
    found: list[str] = []
    for path in sorted(GUI.glob("*.py")):
        if path.name in NOT_WINDOW_TEXT:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                skipped.update(id(part) for part in node.values)
                found.append("".join(_template_part(part) for part in node.values))
            elif isinstance(node, ast.Constant) and id(node) not in skipped:
                found.append(node.value) if isinstance(node.value, str) else None
    return tuple(found)


def _template_part(part: ast.expr) -> str:
    return part.value if isinstance(part, ast.Constant) else "{}"


def shown_as(template: str) -> re.Pattern[str] | None:
    """A pattern matching the whole text a template shows, whatever its values (each on
    one line); None for templates with no word of their own ("{} ({})")."""
    pieces = PLACEHOLDER.split(template.replace("&", ""))
    if not re.search(r"[A-Za-z]{2}", "".join(pieces)):
        return None
    return re.compile("[^\n]+?".join(re.escape(piece) for piece in pieces))


def mostly_its_own(template: str, shown: str) -> bool:
    """True when the template's own letters are at least a third of the text's: a value
    ("{} to {}" around a long reply) does not make a text the template's."""
    letters = re.compile(r"[^\W\d_]")
    own = len(letters.findall(PLACEHOLDER.sub("", template)))
    return 3 * own >= len(letters.findall(shown))


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each text the person can see on the shown page and around it (or
    in a dialog), its menus too."""
    if window.windowTitle():
        yield "title", window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield where + " tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield where, widget.tabText(index)
        if isinstance(widget, QComboBox) and not isinstance(widget, CategoryPicker):  # data
            for index in range(widget.count()):
                yield where, widget.itemText(index)
        if isinstance(widget, QTableView) and widget.horizontalHeader().isVisible():
            model = widget.model()
            for column in range(model.columnCount()):
                yield where + " header", str(model.headerData(column, _horizontal()) or "")
    menus = window.menuBar().actions() if isinstance(window, MainWindow) else []
    for action in menus:
        yield "menu", action.text()
        for item in action.menu().actions() if action.menu() else []:
            yield "menu item", item.text()


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@cache
def english_templates(language: str) -> dict[str, tuple[re.Pattern[str], list]]:  # type: ignore[type-arg]
    """Each English template of the window's code -> its pattern and its translations'."""
    ts_file = I18N / f"lingassist_{language}.ts"
    translations = {source: forms for (_c, source), forms in messages(ts_file).items()}
    english = {}
    for template in set(source_templates()) - NAMES:
        pattern = shown_as(template)
        if pattern is not None:
            english[template] = (pattern, [shown_as(t) for t in translations.get(template) or []])
    return english


@pytest.fixture(scope="module", params=LANGUAGES)
def translated_window(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, MainWindow]]:
    """A window on the demo ledger built with a language's translators installed."""
    language = request.param
    translators = install_language(qapp, language)
    assert translators, "LingAssist's translation loads"
    home = tmp_path_factory.mktemp(f"demo-{language}")
    context = open_demo(home)
    window = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    window.resize(1366, 768)
    window.show()
    window.run_command("coffee 4.5 at Brew Lab")
    window.run_command("pay Landlord Ltd 950 for rent")
    receipt = home / "lidl.png"
    receipt.write_bytes(b"")  # the fake reader makes the draft
    drop(window, receipt)
    window.jobs.wait(5000)
    QApplication.processEvents()
    window.receipts.inbox.setCurrentRow(0)
    yield language, window
    window.jobs.wait()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    remove_translation(qapp, translators)


PAGES = ("conversation", "ledger", "receipts", "payments", "dashboard")


@pytest.mark.parametrize("page", PAGES)
def test_no_page_shows_the_windows_english(
    translated_window: tuple[str, MainWindow], page: str
) -> None:
    """Every text shown (labels, buttons, tooltips, placeholders, headers, menus) that comes
    from the window's own code is translated: none equals an English source string, and
    none holds an English piece of a template, unless its translation keeps that piece
    (names like "LingAssist", words that are the same in both languages)."""
    language, window = translated_window
    window.show_page(getattr(window, page))
    QApplication.processEvents()
    left = english_left(window, language)
    assert left == [], "\n".join(left)


def english_left(widget: QWidget, language: str) -> list[str]:
    """What `widget` shows that is an English string of the window's code, untranslated."""
    english = english_templates(language)
    left = []
    for where, text in visible_texts(widget):
        shown = text.replace("&", "").strip()
        if not re.search(r"[A-Za-z]{2}", shown):
            continue
        for template, (pattern, translated) in english.items():
            if not (pattern.fullmatch(shown) and mostly_its_own(template, shown)):
                continue
            if not any(t and t.fullmatch(shown) for t in translated):
                left.append(f"{where}: {shown!r} is {template!r}")
    return left


def test_no_dialog_shows_the_windows_english(
    translated_window: tuple[str, MainWindow],
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """The dialogs too: Settings (each tab), the first start, the categorization rules."""
    from lingassist.gui.first_start_dialog import FirstStartDialog
    from lingassist.gui.rules_dialog import RulesDialog
    from lingassist.gui.settings_dialog import SettingsDialog

    language, window = translated_window
    context = window._context
    settings = SettingsDialog(context, window)
    dialogs = [settings, FirstStartDialog(context.settings, window), RulesDialog(context, window)]
    left = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        tabs = range(settings.tabs.count()) if dialog is settings else [None]
        for tab in tabs:
            if tab is not None:
                settings.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            left += english_left(dialog, language)
        dialog.close()
    assert left == [], "\n".join(left)


def test_the_language_is_chosen_in_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Settings → Language saves the choice (it applies from the next start); the window
    then speaks it whatever the locale; "Automatic" follows the locale again."""
    from lingassist.config import load_settings
    from lingassist.gui.settings_dialog import SettingsDialog
    from tests.conftest import make_home

    context = make_home(tmp_path, locale="en_IE")
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # automatic: English for en_IE
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    assert dialog.save()
    saved = load_settings(context.paths)
    assert (saved.language, window_language(saved)) == ("vi", "vi")
    assert [dialog.language.itemText(i) for i in range(1, 4)] == [
        "English",
        "Français",
        "Tiếng Việt",
    ]


def test_a_language_the_window_does_not_speak_is_refused(tmp_path: Path) -> None:
    from lingassist.core.errors import UserFacingError
    from lingassist.services.settings import update_settings
    from tests.conftest import make_home

    context = make_home(tmp_path)
    with pytest.raises(UserFacingError, match="not 'de'"):
        update_settings(context, language="de")
    assert update_settings(context, language="fr").language == "fr"


@pytest.mark.parametrize(
    ("system", "language"), [("fr_FR", "fr"), ("vi_VN", "vi"), ("de_DE", "en"), ("C", "en")]
)
def test_the_first_start_speaks_the_systems_language(
    system: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new home's settings come from the system locale, and the window's language with
    them (the first-start dialog is shown in it)."""
    from lingassist.config import system_defaults

    monkeypatch.setattr("locale.getlocale", lambda: (system, "UTF-8"))
    assert window_language(system_defaults()) == language


def test_a_negative_amount_in_a_sentence_never_wraps_after_its_sign(qapp: QApplication) -> None:
    said = phrase(
        "{account} has {balance}; paying {amount} would leave it at {after}.",
        account="Checking",
        balance=Amount(Decimal("12089.55"), "EUR", "12,089.55 EUR"),
        amount=Amount(Decimal("3500000"), "EUR", "3,500,000.00 EUR"),
        after=Amount(Decimal("-3487910.45"), "EUR", "-3,487,910.45 EUR"),
    )
    text = shown_phrase(said)
    for width in range(120, 640, 10):
        layout = QTextLayout(text, QFont())
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            shown = text[line.textStart() : line.textStart() + line.textLength()]
            assert not shown.rstrip().endswith(("-", "-\u2060")), (width, shown)
        layout.endLayout()
