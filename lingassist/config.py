"""The one home of paths and settings.

Data lives in the platform's user data folder (``platformdirs``) unless ``--home`` or the
``LINGASSIST_HOME`` variable points elsewhere (tests, portable use, the demo). Settings are
declared once here, typed and with defaults, and stored as JSON in the home folder.
"""

from __future__ import annotations

import json
import locale
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from platformdirs import user_data_dir

from lingassist.core.currency import is_currency_code, normalize_code
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import phrase, quoted
from lingassist.core.private_files import make_private, private_file, private_folder, write_private

APP_NAME = "LingAssist"
HOME_VARIABLE = "LINGASSIST_HOME"
FALLBACK_CURRENCY = "EUR"
WINDOW_LANGUAGES = ("en", "fr", "vi")
"""Languages the window is translated into (resources/i18n/lingassist_<code>.ts)."""


@dataclass(frozen=True)
class AppPaths:
    """Where one LingAssist home keeps its files.

    Attributes:
        home: the data folder.
    """

    home: Path

    @property
    def database(self) -> Path:
        """The SQLite ledger."""
        return self.home / "ledger.sqlite3"

    @property
    def attachments(self) -> Path:
        """Content-addressed copies of receipt images and bills."""
        return self.home / "attachments"

    @property
    def logs(self) -> Path:
        """Log files."""
        return self.home / "logs"

    @property
    def cache(self) -> Path:
        """Rebuildable files (model conversions, thumbnails)."""
        return self.home / "cache"

    @property
    def settings(self) -> Path:
        """The settings file."""
        return self.home / "settings.json"

    @property
    def database_files(self) -> tuple[Path, Path, Path]:
        """The SQLite ledger and its write-ahead log and shared-memory index."""
        return (self.database, Path(f"{self.database}-wal"), Path(f"{self.database}-shm"))

    def ensure(self) -> AppPaths:
        """Create the folders, private to their owner (0700); return self."""
        for folder in (self.home, self.attachments, self.logs, self.cache):
            private_folder(folder)
        return self

    def prepare_database_file(self) -> Path:
        """Create the SQLite ledger file 0600 before SQLite opens it (SQLite gives the
        ``-wal`` and ``-shm`` files the database file's mode) and make existing ledger
        files private; return the database path."""
        private_file(self.database)
        for companion in self.database_files[1:]:
            make_private(companion)
        return self.database


def default_home() -> Path:
    """``$LINGASSIST_HOME`` if set, else the platform's user data folder."""
    override = os.environ.get(HOME_VARIABLE)
    return (
        Path(override).expanduser() if override else Path(user_data_dir(APP_NAME, appauthor=False))
    )


def demo_home() -> Path:
    """The separate home the demo ledger lives in (never the person's own data)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "demo"


@dataclass(frozen=True)
class Settings:
    """A person's preferences.

    Attributes:
        default_currency: ISO 4217 code used when text names no currency.
        default_account: account that pays when a command names none.
        locale: language and region for numbers and dates ("en_US", "de_DE").
        database_url: another database (e.g. PostgreSQL for a shared household ledger);
            empty means the SQLite file in the home folder.
        demo_generated_on: ISO date the demo data was made (demo homes only).
        speech_model: folder of another faster-whisper model; empty for the bundled tiny.en.
        ocr_languages: Tesseract languages joined by "+" ("eng", "eng+deu").
        second_backup_folder: another folder (another disk) that receives a copy of every
            automatic backup; empty for none.
        person: who enters changes from this computer, recorded with each change set and
            transaction of a shared ledger (undo takes back one's own); empty for the login
            name at the computer's name.
        language: the window's language, one of WINDOW_LANGUAGES ("en", "fr", "vi");
            empty for the language of `locale` (so first start follows the system).
    """

    default_currency: str = FALLBACK_CURRENCY
    default_account: str = "Checking"
    locale: str = "en_US"
    database_url: str = ""
    demo_generated_on: str = ""
    speech_model: str = ""
    ocr_languages: str = "eng"
    second_backup_folder: str = ""
    person: str = ""
    language: str = ""

    def with_changes(self, **changes: str) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)


def load_settings(paths: AppPaths) -> Settings:
    """Settings from the home folder; first use guesses currency and locale from the system.

    Raises:
        UserFacingError: the settings file is not a JSON object, or names a currency that
            ISO 4217 does not know (the message names the file).
    """
    if not paths.settings.exists():
        return system_defaults()
    try:
        stored = json.loads(paths.settings.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserFacingError(
            phrase(
                "The settings file {path} is damaged ({error}). Fix or delete it.",
                path=str(paths.settings),
                error=str(exc),
            )
        ) from exc
    if not isinstance(stored, dict):
        raise UserFacingError(
            phrase(
                "The settings file {path} is damaged (it holds no JSON object). Fix or delete it.",
                path=str(paths.settings),
            )
        )
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: str(v) for k, v in stored.items() if k in known})
    if not is_currency_code(settings.default_currency):
        raise UserFacingError(
            phrase(
                "The settings file {path} names the currency {currency}, which is not an ISO "
                "4217 code. Change {field} or delete the file.",
                path=str(paths.settings),
                currency=quoted(settings.default_currency),
                field='default_currency (e.g. to "EUR")',
            )
        )
    return settings.with_changes(default_currency=normalize_code(settings.default_currency))


def save_settings(paths: AppPaths, settings: Settings) -> None:
    """Write the settings atomically (a crash never leaves half a file), readable by the
    owner only."""
    private_folder(paths.home)
    temporary = paths.settings.with_suffix(".json.tmp")
    write_private(temporary, json.dumps(asdict(settings), indent=2).encode("utf-8"))
    temporary.replace(paths.settings)


def system_defaults() -> Settings:
    """Settings guessed from the system locale (en_GB -> GBP); EUR when it tells nothing."""
    name = locale.getlocale()[0] or os.environ.get("LANG", "").split(".")[0]
    if not name or "_" not in name or name in ("C", "POSIX"):
        return Settings()
    from babel.numbers import get_territory_currencies  # only on first use of a home

    territory = name.split("_")[1].upper()
    currencies = [c for c in get_territory_currencies(territory) if is_currency_code(c)]
    currency = normalize_code(currencies[0]) if currencies else FALLBACK_CURRENCY
    return Settings(default_currency=currency, locale=name)


def window_language(settings: Settings) -> str:
    """The window's language: the chosen one, else the locale's when the window speaks it
    ("fr_BE" -> "fr"), else English."""
    if settings.language in WINDOW_LANGUAGES:
        return settings.language
    spoken = settings.locale.replace("-", "_").split("_")[0].lower()
    return spoken if spoken in WINDOW_LANGUAGES else "en"
