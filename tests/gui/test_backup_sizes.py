"""Settings → Backups writes a backup's size in the window's words: a French window showed
'828 KB' (dialog-settings-backups-fr.png); it says '828 Ko' and '12,4 Mo'."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from lingassist.gui.backups_panel import _size
from lingassist.gui.translation import install_language, remove_translation

EXPECTED = {
    "en": ("en_IE", "828 KB", "12.4 MB"),
    "fr": ("fr_FR", "828 Ko", "12,4 Mo"),
    "vi": ("vi_VN", "828 KB", "12,4 MB"),
}


@pytest.fixture
def speaking(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    translators = install_language(qapp, request.param) if request.param != "en" else []
    before = QLocale()
    QLocale.setDefault(QLocale(EXPECTED[request.param][0]))
    yield request.param
    QLocale.setDefault(before)
    remove_translation(qapp, translators)


@pytest.mark.parametrize("speaking", ["en", "fr", "vi"], indirect=True)
def test_a_backups_size_in_the_windows_words(speaking: str) -> None:
    _, kilobytes, megabytes = EXPECTED[speaking]
    assert _size(828 * 1024) == kilobytes
    assert _size(int(12.4 * 1024 * 1024)) == megabytes
