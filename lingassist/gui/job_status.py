"""JobStatus: what is running in the background, in the status bar, with Cancel."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from lingassist.gui.worker import Jobs

READING = "Reading "  # how ReceiptsView names a receipt's job (not shown as is)


class JobStatus(QWidget):
    """“Reading 2 receipts · Transcribing” with a busy bar; hidden when nothing runs."""

    def __init__(self, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self.label = QLabel(objectName="jobLabel")
        self.bar = QProgressBar(objectName="jobBar", textVisible=False)
        self.bar.setRange(0, 0)  # busy: jobs report their own progress on their cards
        self.bar.setFixedSize(80, 8)
        self.cancel = QPushButton(
            self.tr("Cancel"),
            flat=True,
            objectName="linkButton",
            toolTip=self.tr("Stop the background jobs"),
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.cancel)
        self.cancel.clicked.connect(jobs.cancel_all)
        jobs.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the running jobs, grouped by what they do."""
        labels = Counter(_kind(worker.label) for worker in self._jobs.running)
        self.label.setText(
            " · ".join(f"{kind} ({n})" if n > 1 else kind for kind, n in labels.items())
        )
        self.setVisible(bool(labels))


def _kind(label: str) -> str:
    """“Reading a.jpg” and “Reading b.jpg” are both “Reading receipts”."""
    if label.startswith(READING):
        return QCoreApplication.translate("JobStatus", "Reading receipts")
    return label
