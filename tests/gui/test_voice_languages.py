"""Push-to-talk in the window's language: English is acted on, French is left to check."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from lingassist.gui.app import LazySpeech
from lingassist.services.context import AppContext
from tests.gui.fake_audio import spoken_wav
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_push_to_talk import hold_and_speak, window_with

CHECK_MESSAGE = "transcribed for you to check before it is used"


def test_in_french_a_transcript_waits_in_the_command_line_unsent(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    french = replace(context, settings=replace(context.settings, language="fr"))
    speech = FakeSpeech("j'ai dépensé 12 euros au café")
    window = window_with(qtbot, french, speech, spoken_wav("douze euros", tmp_path))
    hold_and_speak(qtbot, window, 0.6)
    qtbot.waitUntil(lambda: window.command_bar.input.text() != "", timeout=5000)
    assert window.command_bar.input.text() == "j'ai dépensé 12 euros au café"
    assert CHECK_MESSAGE in window.command_bar.feedback_text
    qtbot.wait(200)
    assert window.conversation.open_card is None  # nothing was sent


def test_in_english_a_transcript_is_sent_as_before(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    english = replace(context, settings=replace(context.settings, language="en"))
    speech = FakeSpeech("I spent 12.50 at Lidl")
    window = window_with(qtbot, english, speech, spoken_wav("twelve fifty at Lidl", tmp_path))
    hold_and_speak(qtbot, window, 0.6)
    qtbot.waitUntil(lambda: window.conversation.open_card is not None, timeout=5000)
    assert window.command_bar.input.text() == ""
    assert CHECK_MESSAGE not in window.command_bar.feedback_text


def test_whisper_is_told_the_window_language(tmp_path: Path) -> None:
    speech = LazySpeech(None, tmp_path, "vi")
    assert speech._get().language == "vi"
    assert not speech._get().use_prompt  # its English example leaks into other languages
    speech.use_language("en")
    assert speech._get().language == "en" and speech._get().use_prompt
