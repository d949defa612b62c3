"""The statement's own account, found in the lines a bank prints above a CSV table
("IBAN;DE10 5001 0517 1234 5678 90", "Girokonto";"DE12 1203 0000 ...")."""

from __future__ import annotations

import re
from collections.abc import Iterable

_ASCII_ALNUM = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30})\b")


def find_iban(texts: Iterable[str]) -> str:
    """The first IBAN with a valid checksum in `texts`, without spaces; "" when none."""
    for text in texts:
        for match in _IBAN.finditer(text.upper()):
            candidate = match.group(1).replace(" ", "")
            if iban_checksum_ok(candidate):
                return candidate
    return ""


def iban_checksum_ok(iban: str) -> bool:
    """True when `iban` (no spaces) passes the ISO 13616 mod-97 check."""
    if not 15 <= len(iban) <= 34 or not _ASCII_ALNUM.fullmatch(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return int(digits) % 97 == 1
