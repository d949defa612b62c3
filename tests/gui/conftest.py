"""GUI tests run with the English translation installed, as the app does: it holds only
the plural forms ("1 purchase", "2 purchases") of the strings marked with %n."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from lingassist.gui.translation import install_language, remove_translation, shown_language


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> Iterator[None]:
    translators = install_language(qapp, "en")
    assert translators, "resources/i18n/lingassist_en.qm loads"
    yield
    remove_translation(qapp, translators)


@pytest.fixture
def speaking(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The window's language for one test, given as the test's parameter ("en", "fr", "vi";
    English is the language the app starts in)."""
    translators = install_language(qapp, request.param) if request.param != "en" else []
    assert shown_language() == request.param
    yield request.param
    remove_translation(qapp, translators)
