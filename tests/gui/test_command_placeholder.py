"""The command line's placeholder is never cut off: the longest wording that fits the line
is shown, in every language, as the window narrows."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from lingassist.gui.command_bar import CommandBar
from lingassist.gui.style import LIGHT, stylesheet


def _styled_bar(qtbot: QtBot) -> CommandBar:
    """A command bar with the app's style sheet (its padding decides the room), set on the
    bar alone so the other tests keep the suite's style."""
    bar = CommandBar()
    qtbot.addWidget(bar)
    bar.setStyleSheet(stylesheet(LIGHT))
    return bar


def _room(bar: CommandBar) -> int:
    """The line's width without its padding, border and clear button (the app's style)."""
    return bar.input.width() - 2 * (10 + 1) - 40


@pytest.mark.parametrize("speaking", ["en", "fr", "vi"], indirect=True)
@pytest.mark.parametrize("width", [420, 560, 760, 1000, 1400])  # the bar at 1024 px is ~560
def test_the_placeholder_shown_fits_the_line(qtbot: QtBot, speaking: str, width: int) -> None:
    bar = _styled_bar(qtbot)
    bar.resize(width, 60)
    bar.show()
    qtbot.waitExposed(bar)
    shown = bar.input.placeholderText()
    assert bar.input.fontMetrics().horizontalAdvance(shown) <= _room(bar)
    assert "(Ctrl+K)" in shown


@pytest.mark.parametrize("speaking", ["fr"], indirect=True)
def test_the_long_example_comes_back_when_the_line_widens(qtbot: QtBot, speaking: str) -> None:
    bar = _styled_bar(qtbot)
    bar.resize(420, 60)
    bar.show()
    qtbot.waitExposed(bar)
    narrow = bar.input.placeholderText()
    bar.resize(1600, 60)
    qtbot.waitUntil(lambda: bar.input.placeholderText() != narrow)
    assert "Blue Bottle" in bar.input.placeholderText()
