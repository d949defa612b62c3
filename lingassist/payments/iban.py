"""IBAN and BIC: normalize, check with schwifty, and say exactly what is wrong.

`iban_problems` and `bic_problems` return a list of `Problem`s (empty when all is well)
rather than raising, so that a payee form or a draft card can show every problem at once.
"""

from __future__ import annotations

import re

from schwifty import BIC, IBAN
from schwifty import exceptions as schwifty_errors
from schwifty.registry import get_iban_spec

from lingassist.payments.problems import Problem, ProblemCode

_SEPARATORS = re.compile(r"[\s\-.\u00a0\u202f]+")
_SPEC_PART = re.compile(r"(\d+)(!?)([nace])")
_KINDS = {"n": "digits", "a": "capital letters", "c": "letters or digits", "e": "spaces"}
_EXAMPLE = "DE89 3704 0044 0532 0130 00"


def normalize_iban(text: str) -> str:
    """`text` without spaces, dashes or dots, in capitals ("de89 3704…" -> "DE893704…").

    No validation: pass the result to `iban_problems`.
    """
    return _SEPARATORS.sub("", text.removeprefix("IBAN").removeprefix("iban")).upper()


def format_iban(text: str) -> str:
    """The IBAN in groups of four for display: "DE89 3704 0044 0532 0130 00"."""
    compact = normalize_iban(text)
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def normalize_bic(text: str) -> str:
    """`text` without spaces, in capitals ("cobade ff" -> "COBADEFF")."""
    return _SEPARATORS.sub("", text).upper()


def is_valid_iban(text: str) -> bool:
    """True when `text` is an IBAN with a known country, the right length and check digits
    (an IBAN outside the SEPA zone is valid; `iban_problems` warns about it)."""
    return not any(problem.blocking for problem in iban_problems(text))


def iban_problems(text: str) -> list[Problem]:
    """What is wrong with an IBAN (empty list when it is valid).

    Checks, in order: present, only letters and digits, a country that uses IBANs, that
    country's length and layout, the check digits. A valid IBAN outside the SEPA zone gives
    a warning (SEPA files and EPC QR codes are for SEPA accounts).
    """
    compact = normalize_iban(text)
    if not compact:
        return [_problem(ProblemCode.IBAN_MISSING, f"An IBAN is needed, e.g. {_EXAMPLE}.")]
    wrong = sorted({c for c in compact if not ("A" <= c <= "Z" or "0" <= c <= "9")})
    if wrong:
        shown = " ".join(repr(c) for c in wrong)
        return [
            _problem(
                ProblemCode.IBAN_CHARACTERS,
                f"An IBAN has only letters and digits; {shown} cannot be part of one.",
            )
        ]
    return _country_and_length(compact) or _schwifty_problems(compact)


def bic_problems(text: str, iban: str = "") -> list[Problem]:
    """What is wrong with a BIC (optional: an empty BIC has no problems).

    Checks the BIC's own format and country; with a valid `iban`, also that both name the
    same country (blocking) and, when schwifty knows the IBAN's bank, the same bank
    (a warning: banks sometimes route through another BIC).
    """
    compact = normalize_bic(text)
    if not compact:
        return []
    try:
        bic = BIC(compact)
    except schwifty_errors.InvalidLength:
        return [
            _problem(
                ProblemCode.BIC_INVALID,
                f"A BIC has 8 or 11 characters (e.g. COBADEFFXXX); {compact} has {len(compact)}.",
            )
        ]
    except schwifty_errors.SchwiftyException as error:
        return [_problem(ProblemCode.BIC_INVALID, f"{compact} is not a valid BIC: {error}.")]
    return _bic_against_iban(bic, iban)


def _country_and_length(compact: str) -> list[Problem]:
    country = compact[:2]
    if len(compact) < 4 or not country.isalpha() or not compact[2:4].isdigit():
        return [
            _problem(
                ProblemCode.IBAN_STRUCTURE,
                "An IBAN starts with a two-letter country code and two check digits, "
                f"e.g. {_EXAMPLE}.",
            )
        ]
    try:
        spec = get_iban_spec(country)
    except (KeyError, schwifty_errors.SchwiftyException):
        return [
            _problem(
                ProblemCode.IBAN_COUNTRY,
                f"{country!r} is not the code of a country that uses IBANs "
                "(an IBAN starts with one, e.g. DE, FR, NL, GB).",
            )
        ]
    if len(compact) != spec.iban_length:
        return [
            _problem(
                ProblemCode.IBAN_LENGTH,
                f"An IBAN from {country} has {spec.iban_length} characters; this one has "
                f"{len(compact)}. A character is missing or one too many was typed.",
            )
        ]
    return []


def _schwifty_problems(compact: str) -> list[Problem]:
    try:
        iban = IBAN(compact)
    except schwifty_errors.InvalidChecksumDigits:
        return [
            _problem(
                ProblemCode.IBAN_CHECKSUM,
                f"The check digits of {format_iban(compact)} do not match the rest: a character "
                "is probably mistyped or two are swapped.",
            )
        ]
    except schwifty_errors.SchwiftyException:
        spec = get_iban_spec(compact[:2])
        return [
            _problem(
                ProblemCode.IBAN_STRUCTURE,
                f"After {compact[:4]}, an IBAN from {compact[:2]} has "
                f"{describe_layout(spec.bban_spec)}; {format_iban(compact)} does not.",
            )
        ]
    if not get_iban_spec(iban.country_code).in_sepa_zone:
        return [
            _problem(
                ProblemCode.IBAN_NOT_SEPA,
                f"{iban.country_code} is outside the SEPA zone: the bank may not accept a SEPA "
                "transfer or an EPC QR code to this account.",
                blocking=False,
            )
        ]
    return []


def _bic_against_iban(bic: BIC, iban_text: str) -> list[Problem]:
    compact_iban = normalize_iban(iban_text)
    if not is_valid_iban(compact_iban):
        return []
    iban = IBAN(compact_iban)
    if bic.country_code != iban.country_code:
        return [
            _problem(
                ProblemCode.BIC_COUNTRY,
                f"The BIC {bic.compact} is from {bic.country_code} but the IBAN is from "
                f"{iban.country_code}; check both with the payee.",
            )
        ]
    known = iban.bic
    if known is not None and known.compact[:6] != bic.compact[:6]:
        return [
            _problem(
                ProblemCode.BIC_OTHER_BANK,
                f"The IBAN belongs to the bank with BIC {known.compact}, not {bic.compact}; "
                "check the BIC with the payee (or leave it empty).",
                blocking=False,
            )
        ]
    return []


def describe_layout(bban_spec: str) -> str:
    """ "8!n10!n" -> "8 digits, then 10 digits" (the layout after the check digits)."""
    parts = [f"{count} {_KINDS[kind]}" for count, _, kind in _SPEC_PART.findall(bban_spec)]
    return ", then ".join(parts) if parts else bban_spec


def _problem(code: ProblemCode, message: str, *, blocking: bool = True) -> Problem:
    return Problem(code, message, blocking)
