"""Typed errors. The GUI and the CLI show them in one place; nobody matches on their text."""

from __future__ import annotations

from lingassist.core.phrases import Phrase


class LingAssistError(Exception):
    """Base class of every error LingAssist raises on purpose."""


class UserFacingError(LingAssistError):
    """Something the person can fix; the message is shown to them as it is.

    Raised with a `Phrase` instead of a text, it keeps it (`said`) for a window in another
    language while `str()` is the English sentence, as for the command line and logs.
    """

    def __init__(self, message: object = "", *args: object) -> None:
        self._said = message if isinstance(message, Phrase) else None
        super().__init__(message.text if isinstance(message, Phrase) else message, *args)

    @property
    def said(self) -> Phrase:
        """The message as a phrase (an English-only one when it was raised as a text)."""
        return getattr(self, "_said", None) or Phrase(str(self))


class InvalidAmount(UserFacingError):
    """Text that should be an amount of money but cannot be read as one."""


class UnknownCurrency(UserFacingError):
    """A currency code that ISO 4217 does not know."""


class InvalidPeriod(UserFacingError):
    """A period such as "2026-13" or "last-fortnight" that cannot be understood."""


class InvalidDate(UserFacingError):
    """A date that does not exist or cannot be read."""


class NotFound(UserFacingError):
    """A named account, category or transaction that does not exist."""


class Ambiguous(UserFacingError):
    """A name that matches more than one thing; the message lists the candidates."""


class Unbalanced(LingAssistError):
    """Postings that do not sum to zero per currency: a programming error, never stored."""


class NothingToUndo(UserFacingError):
    """Undo (or redo) was asked for but the journal has nothing in that direction."""


class ChangedMeanwhile(UserFacingError):
    """A confirmation came for something the ledger no longer matches (a card showed one
    change to undo, but another change is newest now); nothing was done."""


class Cancelled(LingAssistError):
    """A long job was cancelled by the person; shown silently."""


class UnreadableImage(UserFacingError):
    """A file that cannot be read as a receipt image; the message says why and what to do."""


class UnreadableAudio(UserFacingError):
    """A sound file that cannot be used: missing, empty, not audio, damaged or too long."""


class DamagedLedger(UserFacingError):
    """The ledger file exists but cannot be read as a ledger (the message says what to do)."""


class ServerUnavailable(UserFacingError):
    """The ledger's database server cannot be used: it cannot be reached, or it refused the
    login. The message names the server (never the password) and says what to do.

    Attributes:
        login_refused: the server answered but refused the user name or password.
    """

    def __init__(self, message: object, *, login_refused: bool = False) -> None:
        super().__init__(message)
        self.login_refused = login_refused


class ReadOnlyLedger(UserFacingError):
    """A change was asked of a ledger opened read-only (the local backup shown while the
    server cannot be used); nothing was changed."""
