"""LedgerWatcher: polls the ledger's change counter and says when someone else (another
window, another person's computer on a shared ledger) changed the ledger."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from lingassist.services.context import AppContext
from lingassist.services.watch import ledger_version

log = logging.getLogger(__name__)
POLL_MS = 2_000  # a new entry from the other computer shows within about this long


class LedgerWatcher(QObject):
    """Emits `changed` when the ledger's version moved since the last look (own changes
    included: a reload after one's own write costs one extra query, which is cheap)."""

    changed = Signal()  # no payload: views reload from the ledger

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._seen = self._version()
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Look at the counter once; emit `changed` if it moved."""
        version = self._version()
        if version is not None and version != self._seen:
            self._seen = version
            self.changed.emit()

    def _version(self) -> int | None:
        try:
            return ledger_version(self._context)
        except Exception:  # noqa: BLE001 - a server away for a moment: look again later
            log.warning("could not read the ledger's version", exc_info=True)
            return None
