"""Worker: runs a plain function off the UI thread and reports back through signals.

The function knows nothing of Qt: it receives ``progress(fraction, message)`` and
``cancelled() -> bool`` callbacks. `Jobs` keeps a strong reference to every running worker
(a QRunnable that Python frees mid-run takes its signals with it) and lists them for the
status bar.

Signals cross threads only into `Jobs`' own ``@Slot`` methods (queued, in the GUI thread),
which then call the Python callbacks: PySide6 can crash when a signal emitted in a worker
thread is connected straight to a lambda (PYSIDE-3124).

While a worker runs Python, the window waits for the interpreter lock at every virtual call
PySide checks for a Python override (each paint, event and size hint of every widget). At
the interpreter's default 5 ms switch interval a busy worker made the first paint of the
import dialog take 0.7-0.9 s (a 20,000-line bank file, two slow cores); `Jobs` shortens
the interval to `SWITCH_INTERVAL_S` for the whole process.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from lingassist.core.errors import Cancelled

log = logging.getLogger("lingassist")
Progress = Callable[[float, str], None]
JobFunction = Callable[[Progress, Callable[[], bool]], Any]
_job_numbers = itertools.count(1)
SWITCH_INTERVAL_S = 0.001  # how long a worker may hold the interpreter lock while the window waits


class WorkerSignals(QObject):
    """The signals of the workers (a QRunnable cannot carry signals itself)."""

    progress = Signal(int, float, str)  # job number, fraction 0..1, message
    finished = Signal(int, object)  # job number, the function's result
    failed = Signal(int, object)  # job number, the exception (Cancelled when cancelled)


class Worker(QRunnable):
    """One background job."""

    def __init__(
        self, number: int, label: str, function: JobFunction, signals: WorkerSignals
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.number = number
        self.label = label
        self._signals = signals
        self._function = function
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the job to stop at its next check; it then fails with `Cancelled`."""
        self._cancelled = True

    def run(self) -> None:
        number = self.number
        try:
            result = self._function(
                lambda fraction, message: self._signals.progress.emit(number, fraction, message),
                lambda: self._cancelled,
            )
        except Cancelled as error:
            self._signals.failed.emit(number, error)
        except Exception as error:  # noqa: BLE001 - reported to the UI, logged here
            log.error("job %r failed", self.label, exc_info=error)
            self._signals.failed.emit(number, error)
        else:
            if self._cancelled:
                self._signals.failed.emit(number, Cancelled(self.label))
            else:
                self._signals.finished.emit(number, result)


@dataclass
class _Callbacks:
    worker: Worker
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[float, str], None] | None


class Jobs(QObject):
    """Starts workers on a thread pool and holds them until they end."""

    changed = Signal()  # no payload: the set of running jobs changed

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._pool = pool or QThreadPool.globalInstance()
        self._jobs: dict[int, _Callbacks] = {}
        self._signals = WorkerSignals()
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.progress.connect(self._progressed, queued)
        self._signals.finished.connect(self._finished, queued)
        self._signals.failed.connect(self._failed, queued)

    def start(
        self,
        label: str,
        function: JobFunction,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
    ) -> Worker:
        """Run `function` in the background; callbacks run on the UI thread."""
        worker = Worker(next(_job_numbers), label, function, self._signals)
        self._jobs[worker.number] = _Callbacks(worker, on_done, on_error, on_progress)
        self.changed.emit()
        self._pool.start(worker)
        return worker

    @property
    def running(self) -> list[Worker]:
        """Jobs still running, oldest first."""
        return [callbacks.worker for callbacks in self._jobs.values()]

    def cancel_all(self) -> None:
        """Ask every running job to stop."""
        for worker in self.running:
            worker.cancel()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until the pool is idle (tests and shutdown only)."""
        return self._pool.waitForDone(milliseconds)

    @Slot(int, float, str)
    def _progressed(self, number: int, fraction: float, message: str) -> None:
        callbacks = self._jobs.get(number)
        if callbacks and callbacks.on_progress:
            callbacks.on_progress(fraction, message)

    @Slot(int, object)
    def _finished(self, number: int, result: object) -> None:
        callbacks = self._jobs.pop(number, None)
        self.changed.emit()
        if callbacks and callbacks.on_done:
            callbacks.on_done(result)

    @Slot(int, object)
    def _failed(self, number: int, error: object) -> None:
        callbacks = self._jobs.pop(number, None)
        self.changed.emit()
        if callbacks and callbacks.on_error and isinstance(error, BaseException):
            callbacks.on_error(error)
