"""CommandBar: the input line at the bottom of the window, with history and feedback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from lingassist.gui.clearable import make_clearable
from lingassist.gui.long_words import breakable, unbroken
from lingassist.gui.style import show_kind

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "CommandBar", "Tell me or ask: “spent 12.50 at Blue Bottle”, “groceries last month?” (Ctrl+K)"
)
# Shorter placeholders for a narrower line (a longer language, a smaller window): the longest
# that fits is shown, never one cut off
SHORTER_PLACEHOLDERS = (
    QT_TRANSLATE_NOOP("CommandBar", "Tell me what you spent or ask a question (Ctrl+K)"),
    QT_TRANSLATE_NOOP("CommandBar", "Tell me or ask (Ctrl+K)"),
)
RULE_TIP = QT_TRANSLATE_NOOP("CommandBar", "Make a rule: file this merchant there from now on")
INPUT_TIP = QT_TRANSLATE_NOOP(
    "CommandBar",
    "Type what you spent or ask a question, then Enter (Ctrl+K comes here).\n"
    "Enter on an empty line confirms the waiting card; Esc discards it; ↑/↓ recall earlier lines.\n"
    "Ctrl+Z undoes your typing while there is some, else the last change to the ledger;\n"
    "Ctrl+Shift+Z (or Ctrl+Y) redoes.",
)


_CLEAR_BUTTON = 40  # px the clear button, its margins and the cursor take beside the text


class CommandLine(QLineEdit):
    """A line edit that walks through earlier commands with Up and Down."""

    escape_pressed = Signal()  # no payload

    def __init__(self, parent: QWidget | None = None, **properties: object) -> None:
        super().__init__(parent, **properties)
        self._history: list[str] = []
        self._position = 0
        self._placeholders: tuple[str, ...] = ()

    def set_placeholders(self, *texts: str) -> None:
        """Placeholders from the longest to the shortest; the longest that fits is shown."""
        self._placeholders = texts
        self._fit_placeholder()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        if not self._placeholders:
            return
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        room = contents.width() - margins.left() - margins.right() - _CLEAR_BUTTON
        metrics = self.fontMetrics()
        fitting = [t for t in self._placeholders if metrics.horizontalAdvance(t) <= room]
        self.setPlaceholderText(fitting[0] if fitting else self._placeholders[-1])

    def remember(self, text: str) -> None:
        """Add a submitted command to the history."""
        if text and (not self._history or self._history[-1] != text):
            self._history.append(text)
        self._position = len(self._history)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        elif event.key() == Qt.Key.Key_Up and self._history:
            self._position = max(0, self._position - 1)
            self.setText(self._history[self._position])
        elif event.key() == Qt.Key.Key_Down and self._history:
            self._position = min(len(self._history), self._position + 1)
            self.setText(
                self._history[self._position] if self._position < len(self._history) else ""
            )
        else:
            super().keyPressEvent(event)


class CommandBar(QWidget):
    """Where the person types; shows what happened and offers Undo right there."""

    submitted = Signal(str)  # the command text
    undo_requested = Signal()  # no payload
    confirm_requested = Signal()  # no payload: Enter on an empty line
    escape_pressed = Signal()  # no payload

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = CommandLine(
            placeholderText=self.tr(PLACEHOLDER),
            objectName="commandInput",
            toolTip=self.tr(INPUT_TIP),
        )
        self.input.set_placeholders(
            self.tr(PLACEHOLDER), *(self.tr(text) for text in SHORTER_PLACEHOLDERS)
        )
        make_clearable(self.input, self.tr("Clear the command line"))
        self.input.returnPressed.connect(self._submit)
        self.input.escape_pressed.connect(self.escape_pressed)
        self.send = send = QPushButton(
            self.tr("Add"),
            objectName="primaryButton",
            toolTip=self.tr("Send it to the assistant (Enter)"),
        )
        send.clicked.connect(self._submit)
        self._feedback = QLabel(objectName="feedback", wordWrap=True)
        self._feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._undo = QPushButton(
            self.tr("Undo"),
            objectName="linkButton",
            flat=True,
            toolTip=self.tr(
                "Undo this change to the ledger (Ctrl+Z, also in an empty command line)"
            ),
        )
        self._undo.clicked.connect(self.undo_requested)
        self._undo.hide()
        self.follow_up = QPushButton(
            objectName="followUpButton",
            flat=True,
            toolTip=self.tr(RULE_TIP),
        )
        self.follow_up.hide()
        self._follow_up_action: Callable[[], None] | None = None
        self.follow_up.clicked.connect(self._run_follow_up)
        feedback_row = QHBoxLayout()
        feedback_row.addWidget(self._feedback, 1)
        feedback_row.addWidget(self.follow_up)
        feedback_row.addWidget(self._undo)
        self._extra: list[QWidget] = []
        self._input_row = input_row = QHBoxLayout()
        input_row.addWidget(self.input, 1)
        input_row.addWidget(send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(feedback_row)
        layout.addLayout(input_row)

    def add_to_input_row(self, widget: QWidget) -> None:
        """Put a widget (the talk button) at the end of the input row."""
        self._input_row.addWidget(widget)
        self._extra.append(widget)

    def focus_chain(self) -> list[QWidget]:
        """Its controls in Tab order: the input, Add, the added widgets, then the offers."""
        added = [getattr(w, "focus_chain", lambda w=w: [w])() for w in self._extra]
        return [self.input, self.send, *(w for chain in added for w in chain)] + [
            self.follow_up,
            self._undo,
        ]

    def show_success(
        self,
        message: str,
        *,
        undoable: bool = True,
        follow_up: tuple[str, Callable[[], None]] | None = None,
        follow_up_tip: str = "",
    ) -> None:
        """Confirm what was done; the input is cleared for the next command. A `follow_up`
        (label, action) offers one more step beside Undo ("Always file Lidl there…"), with
        `follow_up_tip` as its tooltip (a rule's, unless told)."""
        self._show(message, "success")
        self._undo.setVisible(undoable)
        self._follow_up_action = follow_up[1] if follow_up else None
        self.follow_up.setText(follow_up[0] if follow_up else "")
        self.follow_up.setToolTip(follow_up_tip or self.tr(RULE_TIP))
        self.follow_up.setVisible(follow_up is not None)
        self.input.clear()

    def show_error(self, message: str) -> None:
        """Say what went wrong; the typed text stays so it can be fixed."""
        self._show(message, "error")
        self.follow_up.hide()
        self._undo.hide()

    @property
    def feedback_text(self) -> str:
        """The message shown (for tests and accessibility)."""
        return unbroken(self._feedback.text())

    def _show(self, message: str, kind: str) -> None:
        self._feedback.setText(breakable(message))  # a long file name must not widen the window
        show_kind(self._feedback, kind)

    def _run_follow_up(self) -> None:
        action, self._follow_up_action = self._follow_up_action, None
        self.follow_up.hide()
        if action is not None:
            action()

    def _submit(self) -> None:
        text = self.input.text().strip()
        if not text:
            self.confirm_requested.emit()
            return
        self.input.remember(text)
        self.submitted.emit(text)
