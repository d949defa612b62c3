"""The languages the assistant understands besides English, one data module each
(`LanguagePack`): add a module and a line here to add a language."""

from __future__ import annotations

from lingassist.assistant.langs import fr, vi
from lingassist.assistant.language_pack import LanguagePack

PACKS: dict[str, LanguagePack] = {pack.code: pack for pack in (fr.PACK, vi.PACK)}


def language_pack(code: str) -> LanguagePack | None:
    """The pack for the language `code`, or None (English, or a language not known)."""
    return PACKS.get(code)
