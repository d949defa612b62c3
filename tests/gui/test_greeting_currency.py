"""First start: the currency guessed from the system, the greeting's examples and the
assistant's help all name the same currency."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lingassist.config import system_defaults
from lingassist.gui.conversation_view import ConversationView
from lingassist.gui.message_bubble import MessageBubble
from tests.conftest import make_home


@pytest.mark.parametrize(
    ("currency", "locale", "budget", "helped"),
    [
        ("USD", "en_US", "$200", "Set a $200 budget"),
        ("EUR", "de_DE", "200 €", "Set a 200 € budget"),
        # (a word of no language is answered in the window's: Vietnamese, its money in "k")
        ("VND", "vi_VN", "5.000.000 ₫", "“hôm qua ăn phở 45k”"),
    ],
)
def test_the_greeting_speaks_the_home_currency(
    qtbot: QtBot, tmp_path: Path, currency: str, locale: str, budget: str, helped: str
) -> None:
    context = make_home(tmp_path / "home", currency=currency, locale=locale)
    view = ConversationView(context)
    qtbot.addWidget(view)
    greeting = view.findChildren(MessageBubble)[0].full_text
    assert f"Set a {budget} budget for restaurants" in greeting
    assert ("euro" in greeting) is False
    view.send("help")
    reply = view.findChildren(MessageBubble)[-1].full_text
    assert helped in reply


def test_the_first_guess_follows_the_system_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("locale.getlocale", lambda *_: ("en_US", "UTF-8"))
    guess = system_defaults()
    assert (guess.default_currency, guess.locale) == ("USD", "en_US")
    monkeypatch.setattr("locale.getlocale", lambda *_: ("de_DE", "UTF-8"))
    assert system_defaults().default_currency == "EUR"
