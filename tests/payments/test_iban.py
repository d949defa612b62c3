"""IBAN and BIC checks: every kind of mistake gets its own problem and a helpful message."""

from __future__ import annotations

import pytest

from lingassist.payments.iban import (
    bic_problems,
    describe_layout,
    format_iban,
    iban_problems,
    is_valid_iban,
    normalize_bic,
    normalize_iban,
)
from lingassist.payments.problems import ProblemCode

VALID = [
    ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00"),
    ("FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606", None),
    ("NL91ABNA0417164300", "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"),
    ("GB29 NWBK 6016 1331 9268 19", "GB29NWBK60161331926819", "GB29 NWBK 6016 1331 9268 19"),
    ("de89370400440532013000", "DE89370400440532013000", None),
    ("  de89 3704-0044 0532 0130 00 ", "DE89370400440532013000", None),
    ("IBAN DE89 3704 0044 0532 0130 00", "DE89370400440532013000", None),
]


@pytest.mark.parametrize(("text", "compact", "grouped"), VALID)
def test_valid_ibans_normalize_and_group(text: str, compact: str, grouped: str | None) -> None:
    assert iban_problems(text) == []
    assert is_valid_iban(text)
    assert normalize_iban(text) == compact
    if grouped:
        assert format_iban(text) == grouped


INVALID = [
    ("", ProblemCode.IBAN_MISSING, "IBAN is needed"),
    ("   ", ProblemCode.IBAN_MISSING, "IBAN is needed"),
    ("DE88 3704 0044 0532 0130 00", ProblemCode.IBAN_CHECKSUM, "check digits"),
    ("DE89 3704 0044 0532 0130 01", ProblemCode.IBAN_CHECKSUM, "mistyped"),
    ("DE89 3704 0044 0532 0130 0", ProblemCode.IBAN_LENGTH, "from DE has 22 characters"),
    ("DE89 3704 0044 0532 0130 000", ProblemCode.IBAN_LENGTH, "this one has 23"),
    ("GB29 NWBK 6016 1331 9268 1", ProblemCode.IBAN_LENGTH, "from GB has 22"),
    ("NL91ABNA041716430", ProblemCode.IBAN_LENGTH, "from NL has 18"),
    ("XX89 3704 0044 0532 0130 00", ProblemCode.IBAN_COUNTRY, "'XX' is not the code"),
    ("GB29 1WBK 6016 1331 9268 19", ProblemCode.IBAN_STRUCTURE, "4 capital letters"),
    ("12345678", ProblemCode.IBAN_STRUCTURE, "two-letter country code"),
    ("DE89+3704", ProblemCode.IBAN_CHARACTERS, "'+'"),
]


@pytest.mark.parametrize(("text", "code", "words"), INVALID)
def test_invalid_ibans_say_what_is_wrong(text: str, code: ProblemCode, words: str) -> None:
    problems = iban_problems(text)
    assert [p.code for p in problems] == [code]
    assert problems[0].blocking
    assert words in problems[0].message
    assert not is_valid_iban(text)


def test_iban_outside_sepa_is_valid_with_a_warning() -> None:
    problems = iban_problems("EG380019000500000000263180002")
    assert [(p.code, p.blocking) for p in problems] == [(ProblemCode.IBAN_NOT_SEPA, False)]
    assert is_valid_iban("EG380019000500000000263180002")


BICS = [
    ("", "", []),
    ("COBADEFFXXX", "DE89370400440532013000", []),
    ("cobade ff xxx", "DE89370400440532013000", []),
    ("ABNANL2A", "NL91ABNA0417164300", []),
    ("ABNANL2A", "", []),
    ("COBA", "", [ProblemCode.BIC_INVALID]),
    ("COBADEF", "", [ProblemCode.BIC_INVALID]),
    ("ABNANL2A", "DE89370400440532013000", [ProblemCode.BIC_COUNTRY]),
    ("DEUTDEFF", "DE89370400440532013000", [ProblemCode.BIC_OTHER_BANK]),
    ("COBADEFFXXX", "DE88370400440532013000", []),  # the IBAN's own problem is reported there
]


@pytest.mark.parametrize(("bic", "iban", "codes"), BICS)
def test_bic_checks(bic: str, iban: str, codes: list[ProblemCode]) -> None:
    assert [p.code for p in bic_problems(bic, iban)] == codes


def test_bic_messages_are_specific() -> None:
    (length,) = bic_problems("COBADEF")
    assert "8 or 11 characters" in length.message and "has 7" in length.message
    (country,) = bic_problems("ABNANL2A", "DE89370400440532013000")
    assert "from NL" in country.message and "from DE" in country.message and country.blocking
    (other,) = bic_problems("DEUTDEFF", "DE89370400440532013000")
    assert not other.blocking and "COBADEFFXXX" in other.message


def test_normalize_bic_and_layout_description() -> None:
    assert normalize_bic(" abna nl2a ") == "ABNANL2A"
    assert describe_layout("8!n10!n") == "8 digits, then 10 digits"
    assert describe_layout("4!a6!n8!n") == "4 capital letters, then 6 digits, then 8 digits"
