"""BillCodeReader: dropped or opened images are first looked at for a bill's payment code.

An image holding an EPC QR or VietQR code becomes a payment card in the conversation (the
person confirms it, as any payment); the others go on to the receipts. The looking runs
in a worker (`services.bill_codes.read_bills`); the images wait for it, in order.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lingassist.core.errors import Cancelled
from lingassist.gui.worker import Jobs
from lingassist.services.context import AppContext


class BillCodeReader(QObject):
    """Sorts images into bills with a payment code and receipts."""

    bill_read = Signal(object)  # a services.bill_codes.BillReading (a card or a problem)
    receipts = Signal(list)  # list[Path]: the images without a payment code

    def __init__(self, context: AppContext, jobs: Jobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._jobs = jobs
        self._waiting = 0  # batches being looked at

    @property
    def busy(self) -> bool:
        """True while dropped images are being looked at."""
        return self._waiting > 0

    def add(self, paths: list[Path]) -> None:
        """Look for a payment code in each image, in the background."""
        if not paths:
            return
        from lingassist.services.bill_codes import read_bills

        self._waiting += 1
        self._jobs.start(
            self.tr("Looking for a payment code"),
            lambda progress, cancelled: read_bills(self._context, paths, progress, cancelled),
            on_done=self._sorted,
            on_error=lambda error: self._unsorted(paths, error),
        )

    def _sorted(self, readings: list) -> None:  # type: ignore[type-arg]
        self._waiting -= 1
        receipts = []
        for reading in readings:
            if reading.proposal is not None or reading.problem:
                self.bill_read.emit(reading)
            else:
                receipts.append(reading.path)
        if receipts:
            self.receipts.emit(receipts)

    def _unsorted(self, paths: list[Path], error: BaseException) -> None:
        """Looking failed (logged by the worker): the images are read as receipts."""
        self._waiting -= 1
        if not isinstance(error, Cancelled):
            self.receipts.emit(paths)
