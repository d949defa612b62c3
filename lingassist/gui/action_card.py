"""ActionCard: a proposed change with each field and the words it came from."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lingassist.services.actions import Proposal


class ActionCard(QFrame):
    """Confirm (Enter) carries it out; Edit (Esc) puts the words back in the input line."""

    confirm_clicked = Signal()  # no payload
    edit_clicked = Signal()  # no payload
    undo_clicked = Signal()  # no payload

    def __init__(self, proposal: Proposal, parent: QFrame | None = None) -> None:
        super().__init__(parent, objectName="actionCard")
        self.proposal = proposal
        self._decided = False
        self.title = QLabel(proposal.title, objectName="cardTitle", wordWrap=True)
        self.status = QLabel(objectName="cardStatus", wordWrap=True)
        self.confirm_button = QPushButton(
            "Confirm  ⏎",
            objectName="primaryButton",
            toolTip="Carry it out (Enter in the empty command line)",
        )
        self.edit_button = QPushButton(
            "Edit  Esc",
            objectName="secondaryButton",
            toolTip="Put the words back in the command line to change them (Esc)",
        )
        self.undo_button = QPushButton(
            "Undo", objectName="linkButton", flat=True, toolTip="Take it back (Ctrl+Z)"
        )
        self.undo_button.hide()
        grid = QGridLayout()
        for row, field in enumerate(proposal.fields):
            grid.addWidget(QLabel(field.label, objectName="cardLabel"), row, 0)
            grid.addWidget(QLabel(field.value, objectName="cardValue"), row, 1)
            source = QLabel(
                f"from “{field.source}”" if field.source else "", objectName="cardSource"
            )
            grid.addWidget(source, row, 2)
        grid.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        for problem in proposal.problems:
            layout.addWidget(QLabel(f"⚠ {problem}", objectName="cardProblem", wordWrap=True))
        for warning in proposal.warnings:
            layout.addWidget(QLabel(f"Check: {warning}", objectName="cardWarning", wordWrap=True))
        layout.addLayout(buttons)
        self.confirm_button.setEnabled(not proposal.problems)
        self.confirm_button.clicked.connect(self.confirm_clicked)
        self.edit_button.clicked.connect(self.edit_clicked)
        self.undo_button.clicked.connect(self.undo_clicked)

    def focus_chain(self) -> list[QWidget]:
        """Its buttons in Tab order, as they stand left to right."""
        return [self.undo_button, self.edit_button, self.confirm_button]

    @property
    def open(self) -> bool:
        """True while it waits for a decision (even one it cannot take: it has problems)."""
        return not self._decided

    def mark_done(self, message: str, *, undoable: bool) -> None:
        """Show what happened; offer Undo."""
        self._decided = True
        self.status.setText(f"✓ {message}")
        self.confirm_button.hide()
        self.edit_button.hide()
        self.undo_button.setVisible(undoable)

    def mark_closed(self, message: str) -> None:
        """The card was edited away, undone or replaced."""
        self._decided = True
        self.status.setText(message)
        self.confirm_button.hide()
        self.edit_button.hide()
        self.undo_button.hide()
