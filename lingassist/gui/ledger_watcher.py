"""LedgerWatcher: polls the ledger's change counter and says when someone else (another
window, another person's computer on a shared ledger) changed the ledger."""

from __future__ import annotations

import logging
import queue
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from lingassist.services.context import AppContext
from lingassist.services.watch import ledger_version

log = logging.getLogger(__name__)
POLL_MS = 2_000  # a new entry from the other computer shows within about this long
ANSWER_POLL_MS = 50  # how often the window looks whether a look came back


class LedgerWatcher(QObject):
    """Emits `changed` when the ledger's version moved since the last look (own changes
    included: a reload after one's own write costs one extra query, which is cheap).

    Each look runs on a thread of its own, never on the UI thread: a shared ledger's
    server that is slow or away (a connection attempt waits up to its timeout) must not
    freeze the window. One look at a time.

    The look's thread never touches Qt, nor holds the watcher: it puts the version it
    read in a queue, and a timer on the UI thread takes it from there. A signal emitted
    from that thread could meet the watcher while the window was being deleted on the UI
    thread, which crashed the process (a segmentation fault, not a Python error)."""

    changed = Signal()  # no payload: views reload from the ledger

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._seen = _version(context)
        self._answers: queue.SimpleQueue[int | None] = queue.SimpleQueue()
        self._looking = False
        self._answer_timer = QTimer(self, interval=ANSWER_POLL_MS)
        self._answer_timer.timeout.connect(self._take_answer)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Look at the counter once, in the background; `changed` follows if it moved."""
        if self._looking:
            return
        self._looking = True
        threading.Thread(
            target=_look, args=(self._context, self._answers), name="ledger-watch", daemon=True
        ).start()
        self._answer_timer.start()

    def _take_answer(self) -> None:
        """On the UI thread: the look's answer, if it came back; `changed` if it moved."""
        try:
            version = self._answers.get_nowait()
        except queue.Empty:
            return
        self._answer_timer.stop()
        self._looking = False
        if version is not None and version != self._seen:
            self._seen = version
            self.changed.emit()


def _look(context: AppContext, answers: queue.SimpleQueue[int | None]) -> None:
    """On the look's own thread: read the counter and leave it for the UI thread."""
    answers.put(_version(context))


def _version(context: AppContext) -> int | None:
    """The ledger's change counter, or None when it could not be read just now."""
    try:
        return ledger_version(context)
    except Exception:  # noqa: BLE001 - a server away for a moment: look again later
        log.warning("could not read the ledger's version", exc_info=True)
        return None
