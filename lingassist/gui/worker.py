"""Worker: runs a plain function off the UI thread and reports back through signals.

The function knows nothing of Qt: it receives ``progress(fraction, message)`` and
``cancelled() -> bool`` callbacks. `Jobs` keeps a strong reference to every running worker
(a QRunnable that Python frees mid-run takes its signals with it) and lists them for the
status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from lingassist.core.errors import Cancelled

log = logging.getLogger("lingassist")
Progress = Callable[[float, str], None]
JobFunction = Callable[[Progress, Callable[[], bool]], Any]


class WorkerSignals(QObject):
    """The signals of one worker (a QRunnable cannot carry signals itself)."""

    started = Signal()  # no payload
    progress = Signal(float, str)  # fraction 0..1, message
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception (Cancelled when cancelled)


class Worker(QRunnable):
    """One background job."""

    def __init__(self, label: str, function: JobFunction) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.label = label
        self.signals = WorkerSignals()
        self._function = function
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the job to stop at its next check; it then fails with `Cancelled`."""
        self._cancelled = True

    def run(self) -> None:
        self.signals.started.emit()
        try:
            result = self._function(self.signals.progress.emit, lambda: self._cancelled)
        except Cancelled as error:
            self.signals.failed.emit(error)
        except Exception as error:  # noqa: BLE001 - reported to the UI, logged there
            log.error("job %r failed", self.label, exc_info=error)
            self.signals.failed.emit(error)
        else:
            if self._cancelled:
                self.signals.failed.emit(Cancelled(self.label))
            else:
                self.signals.finished.emit(result)


class Jobs(QObject):
    """Starts workers on a thread pool and holds them until they end."""

    changed = Signal()  # no payload: the set of running jobs changed

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: list[Worker] = []

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
        worker = Worker(label, function)
        if on_done:
            worker.signals.finished.connect(on_done)
        if on_error:
            worker.signals.failed.connect(on_error)
        if on_progress:
            worker.signals.progress.connect(on_progress)
        worker.signals.finished.connect(lambda _result: self._forget(worker))
        worker.signals.failed.connect(lambda _error: self._forget(worker))
        self._running.append(worker)
        self.changed.emit()
        self._pool.start(worker)
        return worker

    @property
    def running(self) -> list[Worker]:
        """Jobs still running, oldest first."""
        return list(self._running)

    def cancel_all(self) -> None:
        """Ask every running job to stop."""
        for worker in self._running:
            worker.cancel()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until the pool is idle (tests and shutdown only)."""
        return self._pool.waitForDone(milliseconds)

    def _forget(self, worker: Worker) -> None:
        if worker in self._running:
            self._running.remove(worker)
            self.changed.emit()
