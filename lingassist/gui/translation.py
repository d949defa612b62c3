"""The window's language: Qt translators for LingAssist's strings and Qt's own.

The window's strings are marked with ``self.tr()`` / ``QCoreApplication.translate()``;
``make translations`` extracts them with ``pyside6-lupdate`` into
``resources/i18n/lingassist_<language>.ts`` and builds the ``.qm`` files beside them with
``pyside6-lrelease`` (both committed, so every way of starting the app has them; a test
checks the ``.qm`` match the ``.ts`` and the ``.ts`` match the sources). The English
file holds only plural forms ("1 transaction", "2 transactions"). Qt's own
``qtbase_<language>.qm`` translates the standard buttons (Save, Close, Cancel) and dialogs.
Translators are installed before any window is built; a language chosen in Settings applies
from the next start, or at once when the window is built again (``switch_translation``).
"""

from __future__ import annotations

import logging
import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lingassist.categorize.taxonomy import primary_of
from lingassist.config import WINDOW_LANGUAGES, Settings, window_language
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import (
    AccountName,
    Amount,
    CategoryName,
    MidSentence,
    Phrase,
    PhraseValue,
    lower_first,
)
from lingassist.core.resources import resource_path
from lingassist.core.shown_names import account_shown, category_shown
from lingassist.services.formatting import date_text, money_text

log = logging.getLogger(__name__)
INSTALLED = "lingassistLanguage"  # application property: the language installed
_shown = {"language": "en"}  # the language LingAssist's installed translator shows (not a Qt
# property: reading an unset one hands back a None PySide forgot to count, see shown_language)
SEPARATOR = " › "  # between a primary and a detailed category's name in a choice
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "vi": "Tiếng Việt"}
"""Each window language in its own words, for the Settings choice."""


QT_BUTTONS = (  # Qt has no qtbase_vi.qm: the standard buttons LingAssist shows, for lupdate
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
)


def translations_folder() -> str:
    """Where the window's .ts and .qm files live."""
    return str(resource_path("i18n"))


def install_translation(app: QCoreApplication, settings: Settings) -> list[QTranslator]:
    """Install the translators for the settings' window language and
    make Qt's default locale the settings' locale; return them. Once per application:
    the first start's dialog and the window after it share one."""
    if app.property(INSTALLED) is not None:
        return []
    QLocale.setDefault(QLocale(settings.locale))
    language = window_language(settings)
    app.setProperty(INSTALLED, language)
    return install_language(app, language)


def switch_translation(app: QCoreApplication, settings: Settings) -> list[QTranslator]:
    """Replace the translators installed (all are the application's children) with those
    of `settings` (Settings → Language, "Switch now": the next window is built in the new
    language); return the new ones."""
    remove_translation(app, app.findChildren(QTranslator))
    app.setProperty(INSTALLED, None)
    return install_translation(app, settings)


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install LingAssist's translator for `language` and Qt's own where Qt has one (it
    has none for Vietnamese: QT_BUTTONS are in LingAssist's); return those loaded."""
    if language not in WINDOW_LANGUAGES:
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(f"lingassist_{language}", translations_folder()):
        app.installTranslator(ours)
        installed.append(ours)
        _shown["language"] = language
    else:
        log.warning(
            "no lingassist_%s.qm in %s: the window stays in English",
            language,
            translations_folder(),
        )
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)  # installed last, so asked first for Qt's strings
        installed.append(qt_own)
    return installed


def remove_translation(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Take installed translators out again (tests, screenshots in several languages)."""
    for translator in translators:
        app.removeTranslator(translator)
    if translators:
        _shown["language"] = "en"


def shown_language() -> str:
    """The language the window is shown in ("en" when no translator was installed). Kept
    in Python: QObject.property() on an unset name returns a None whose reference PySide
    does not count, and the table asks for every cell (Python then aborts, "deallocating
    None")."""
    return _shown["language"]


TRANSFER = "Transfer"  # the ledger's name for a transfer between own accounts (no code)
SPLIT = re.compile(r"Split \((\d+)\)")  # the ledger's name for a split ("SPLIT" code)
ARROW = " → "  # a transfer's accounts: "Checking → Visa"


def shown_category(code: str, stored: str) -> str:
    """A category's name in the window's language (the ledger keeps `code` and the English
    `stored` name); a transfer's and a split's names too ("Transfer", "Split (2)")."""
    split = SPLIT.fullmatch(stored) if code == "SPLIT" else None
    if split is not None:
        text = QCoreApplication.translate("ShownNames", "Split ({count})")
        return text.format(count=split.group(1))
    if not code and stored == TRANSFER:
        return QCoreApplication.translate("ShownNames", "Transfer")
    return category_shown(code, stored, shown_language())


def shown_account(name: str) -> str:
    """An account's name in the window's language, for the accounts LingAssist names
    itself ("Checking"); the person's own names as they wrote them; both accounts of a
    transfer ("Checking → Visa")."""
    language = shown_language()
    return ARROW.join(account_shown(part, language) for part in name.split(ARROW))


def shown_choices(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(code, "Primary › Name") category choices with both names in the window's language."""
    language = shown_language()
    shown = []
    for code, name in choices:
        group, separator, detail = name.partition(SEPARATOR)
        if separator:
            primary = category_shown(primary_of(code), group, language)
            name = f"{primary}{SEPARATOR}{category_shown(code, detail, language)}"
        else:
            name = category_shown(code, name, language)
        shown.append((code, name))
    return shown


PHRASES = "Phrase"  # the translation context of the texts services write (gui/service_phrases.py)


def shown_phrase(said: Phrase, **instead: str) -> str:
    """A phrase a service wrote, in the window's language: its template translated, its
    categories and LingAssist's accounts named, its days written as the window's locale
    writes them, phrases inside it said in their turn; `instead` gives values the window
    writes itself (the amount in words in its language)."""
    if not said.values:
        return QCoreApplication.translate(PHRASES, said.template)
    values = {key: _shown_value(value) for key, value in said.values}
    return QCoreApplication.translate(PHRASES, said.template).format(**(values | instead))


def shown_error(error: BaseException) -> str:
    """A problem the person can fix, in the window's language when it was raised as a
    phrase (`UserFacingError.said`); any other error as its own text."""
    if isinstance(error, UserFacingError):
        return shown_phrase(error.said)
    return str(error)


_WORD_JOINER = "\u2060"  # no line break here


def _kept_whole(money: str) -> str:
    """`money` with its sign glued to the rest, so a sentence that wraps never leaves "-" at
    the end of one line and "€3,487,910.45" alone on the next, which reads as money left."""
    if money[:1] in "-−":
        return money[0] + _WORD_JOINER + money[1:]
    return money


def _shown_value(value: PhraseValue) -> str:
    if isinstance(value, Phrase):
        return shown_phrase(value)
    if isinstance(value, MidSentence):
        return lower_first(shown_phrase(value.said))
    if isinstance(value, CategoryName):
        return shown_category(value.code, value.name)
    if isinstance(value, AccountName):
        return shown_account(value.name)
    if isinstance(value, Amount):
        return _kept_whole(money_text(value.value, value.currency, QLocale().name()))
    if isinstance(value, date):
        return date_text(value, QLocale().name())
    return value
