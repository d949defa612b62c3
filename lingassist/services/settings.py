"""Changing settings (checked before they are saved) and backing up the ledger."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from babel import Locale, UnknownLocaleError

from lingassist.config import WINDOW_LANGUAGES, Settings, save_settings
from lingassist.core.accounts import AccountKind, AccountType
from lingassist.core.currency import normalize_code
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import AccountName, Phrase, phrase, quoted
from lingassist.core.private_files import private_folder
from lingassist.ledger.journal import begin_change
from lingassist.ledger.repository import create_account, find_account
from lingassist.services.backups import make_backup
from lingassist.services.context import AppContext

MODEL_FILES = ("model.bin", "config.json", "tokenizer.json")


def update_settings(context: AppContext, **changes: str) -> Settings:
    """Check and save changed settings; return them (they apply from the next start).

    Raises:
        UserFacingError: an unknown currency, locale or account, or a speech model folder
            without a faster-whisper model in it (every problem is named).
    """
    proposed = replace(context.settings, **{k: v.strip() for k, v in changes.items()})
    problems = _problems(context, proposed)
    if problems:
        said = problems[0]
        for problem in problems[1:]:  # the English text joins them with a space
            said = phrase("{first} {then}", first=said, then=problem)
        raise UserFacingError(said)
    proposed = replace(proposed, default_currency=normalize_code(proposed.default_currency))
    save_settings(context.paths, proposed)
    return proposed


def back_up(context: AppContext) -> Path:
    """Back up the ledger and its photos into the home's backups; return the file."""
    return make_backup(context).path


def _problems(context: AppContext, settings: Settings) -> list[Phrase]:
    found = []
    try:
        normalize_code(settings.default_currency)
    except UserFacingError as error:
        found.append(error.said)
    try:
        Locale.parse(settings.locale)
    except (ValueError, UnknownLocaleError):
        found.append(
            phrase(
                "{locale} is not a locale; use one like en_US or de_DE.",
                locale=quoted(settings.locale),
            )
        )
    if settings.language and settings.language not in WINDOW_LANGUAGES:
        found.append(
            phrase(
                "The window speaks {languages}, not {language}.",
                languages=", ".join(WINDOW_LANGUAGES),
                language=quoted(settings.language),
            )
        )
    with context.database.sessions() as session:
        try:
            find_account(settings.default_account, session=session)
        except UserFacingError as error:
            found.append(error.said)
    found.extend(_second_folder_problems(context, settings.second_backup_folder))
    model = Path(settings.speech_model).expanduser() if settings.speech_model else None
    if model is not None and not all((model / name).exists() for name in MODEL_FILES):
        found.append(
            phrase(
                "{folder} holds no faster-whisper model (model.bin, config.json, tokenizer.json).",
                folder=str(model),
            )
        )
    return found


def _second_folder_problems(context: AppContext, folder: str) -> list[Phrase]:
    """A second backup folder must be outside the home (another disk, ideally) and
    writable now (it is created, private, when missing)."""
    if not folder:
        return []
    path = Path(folder).expanduser()
    if not path.is_absolute():
        return [
            phrase(
                "The second backup folder {folder} must be a full path (/media/disk/backups).",
                folder=quoted(folder),
            )
        ]
    if path.resolve().is_relative_to(context.paths.home.resolve()):
        return [
            phrase(
                "The second backup folder {folder} is inside the data folder; choose one on "
                "another disk, so one failure cannot take both.",
                folder=str(path),
            )
        ]
    try:
        private_folder(path)
    except OSError as error:
        return [
            phrase(
                "Cannot write backups to {folder}: {error}.",
                folder=str(path),
                error=str(error.strerror),
            )
        ]
    return []


ACCOUNT_KINDS = {
    "checking": (AccountType.ASSET, AccountKind.CHECKING),
    "savings": (AccountType.ASSET, AccountKind.SAVINGS),
    "cash": (AccountType.ASSET, AccountKind.CASH),
    "card": (AccountType.LIABILITY, AccountKind.CARD),
}


def add_account(context: AppContext, name: str, kind: str, currency: str = "") -> str:
    """Open another account (checking, savings, cash or a credit card), undoable.

    Raises:
        UserFacingError: no name, a taken name, an unknown kind or currency.
    """
    if kind not in ACCOUNT_KINDS:
        raise UserFacingError(
            phrase(
                "{kind} is not a kind of account; use {kinds}.",
                kind=quoted(kind),
                kinds=", ".join(ACCOUNT_KINDS),
            )
        )
    account_type, account_kind = ACCOUNT_KINDS[kind]
    code = normalize_code(currency or context.settings.default_currency)
    with context.database.sessions.begin() as session:
        change = begin_change(
            session, phrase("Open account {account}", account=AccountName(name.strip()))
        )
        account = create_account(
            name, account_type, account_kind, code, session=session, change=change
        )
    return f"Opened {account.name} ({kind}, {code})."
