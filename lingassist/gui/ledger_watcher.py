"""LedgerWatcher: polls the ledger's change counter and says when someone else (another
window, another person's computer on a shared ledger) changed the ledger."""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from lingassist.services.context import AppContext
from lingassist.services.watch import ledger_version

log = logging.getLogger(__name__)
POLL_MS = 2_000  # a new entry from the other computer shows within about this long


class LedgerWatcher(QObject):
    """Emits `changed` when the ledger's version moved since the last look (own changes
    included: a reload after one's own write costs one extra query, which is cheap).

    Each look runs on a thread of its own, never on the UI thread: a shared ledger's
    server that is slow or away (a connection attempt waits up to its timeout) must not
    freeze the window. One look at a time; its answer comes back as a queued signal."""

    changed = Signal()  # no payload: views reload from the ledger
    _looked = Signal(object)  # the version one look read (None: it could not)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._seen = self._version()
        self._looking = False
        self._looked.connect(self._compare)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Look at the counter once, in the background; `changed` follows if it moved."""
        if self._looking:
            return
        self._looking = True
        threading.Thread(target=self._look, name="ledger-watch", daemon=True).start()

    def _look(self) -> None:
        version = self._version()
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nobody to tell
            self._looked.emit(version)

    def _compare(self, version: int | None) -> None:
        self._looking = False
        if version is not None and version != self._seen:
            self._seen = version
            self.changed.emit()

    def _version(self) -> int | None:
        try:
            return ledger_version(self._context)
        except Exception:  # noqa: BLE001 - a server away for a moment: look again later
            log.warning("could not read the ledger's version", exc_info=True)
            return None
