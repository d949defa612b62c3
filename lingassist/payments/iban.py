"""IBAN and BIC: normalize, check with schwifty, and say exactly what is wrong.

`iban_problems` and `bic_problems` return a list of `Problem`s (empty when all is well)
rather than raising, so that a payee form or a draft card can show every problem at once.
"""

from __future__ import annotations

import re

from schwifty import BIC, IBAN
from schwifty import exceptions as schwifty_errors
from schwifty.registry import get_iban_spec

from lingassist.core.phrases import Phrase, phrase, quoted
from lingassist.payments.problems import Problem, ProblemCode, said_problem

_SEPARATORS = re.compile(r"[\s\-.\u00a0\u202f]+")
_SPEC_PART = re.compile(r"(\d+)(!?)([nace])")
_KINDS = {  # a part of an IBAN's layout, by its kind in the registry's spec
    "n": "{count} digits",
    "a": "{count} capital letters",
    "c": "{count} letters or digits",
    "e": "{count} spaces",
}
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
        return [
            said_problem(
                ProblemCode.IBAN_MISSING, "An IBAN is needed, e.g. {example}.", example=_EXAMPLE
            )
        ]
    wrong = sorted({c for c in compact if not ("A" <= c <= "Z" or "0" <= c <= "9")})
    if wrong:
        shown = " ".join(repr(c) for c in wrong)
        return [
            said_problem(
                ProblemCode.IBAN_CHARACTERS,
                "An IBAN has only letters and digits; {shown} cannot be part of one.",
                shown=shown,
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
            said_problem(
                ProblemCode.BIC_INVALID,
                "A BIC has 8 or 11 characters (e.g. COBADEFFXXX); {bic} has {count}.",
                bic=compact,
                count=str(len(compact)),
            )
        ]
    except schwifty_errors.SchwiftyException as error:
        said = phrase("{bic} is not a valid BIC: {error}.", bic=compact, error=str(error))
        return [Problem(ProblemCode.BIC_INVALID, said.text, phrase=said)]
    return _bic_against_iban(bic, iban)


def _country_and_length(compact: str) -> list[Problem]:
    country = compact[:2]
    if len(compact) < 4 or not country.isalpha() or not compact[2:4].isdigit():
        return [
            said_problem(
                ProblemCode.IBAN_STRUCTURE,
                "An IBAN starts with a two-letter country code and two check digits, "
                "e.g. {example}.",
                example=_EXAMPLE,
            )
        ]
    try:
        spec = get_iban_spec(country)
    except (KeyError, schwifty_errors.SchwiftyException):
        return [
            said_problem(
                ProblemCode.IBAN_COUNTRY,
                "{country} is not the code of a country that uses IBANs "
                "(an IBAN starts with one, e.g. DE, FR, NL, GB).",
                country=quoted(country),
            )
        ]
    if len(compact) != spec.iban_length:
        return [
            said_problem(
                ProblemCode.IBAN_LENGTH,
                "An IBAN from {country} has {length} characters; this one has {count}. "
                "A character is missing or one too many was typed.",
                country=country,
                length=str(spec.iban_length),
                count=str(len(compact)),
            )
        ]
    return []


def _schwifty_problems(compact: str) -> list[Problem]:
    try:
        iban = IBAN(compact)
    except schwifty_errors.InvalidChecksumDigits:
        return [
            said_problem(
                ProblemCode.IBAN_CHECKSUM,
                "The check digits of {iban} do not match the rest: a character is probably "
                "mistyped or two are swapped.",
                iban=format_iban(compact),
            )
        ]
    except schwifty_errors.SchwiftyException:
        spec = get_iban_spec(compact[:2])
        return [
            said_problem(
                ProblemCode.IBAN_STRUCTURE,
                "After {start}, an IBAN from {country} has {layout}; {iban} does not.",
                start=compact[:4],
                country=compact[:2],
                layout=said_layout(spec.bban_spec),
                iban=format_iban(compact),
            )
        ]
    if not get_iban_spec(iban.country_code).in_sepa_zone:
        return [
            said_problem(
                ProblemCode.IBAN_NOT_SEPA,
                "{country} is outside the SEPA zone: the bank may not accept a SEPA transfer "
                "or an EPC QR code to this account.",
                blocking=False,
                country=iban.country_code,
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
            said_problem(
                ProblemCode.BIC_COUNTRY,
                "The BIC {bic} is from {country} but the IBAN is from {iban_country}; check "
                "both with the payee.",
                bic=bic.compact,
                country=bic.country_code,
                iban_country=iban.country_code,
            )
        ]
    known = iban.bic
    if known is not None and known.compact[:6] != bic.compact[:6]:
        return [
            said_problem(
                ProblemCode.BIC_OTHER_BANK,
                "The IBAN belongs to the bank with BIC {known}, not {bic}; check the BIC with "
                "the payee (or leave it empty).",
                blocking=False,
                known=known.compact,
                bic=bic.compact,
            )
        ]
    return []


def describe_layout(bban_spec: str) -> str:
    """ "8!n10!n" -> "8 digits, then 10 digits" (the layout after the check digits)."""
    return str(said_layout(bban_spec))


def said_layout(bban_spec: str) -> Phrase | str:
    """`describe_layout` as a phrase (the spec itself when it cannot be read)."""
    parts = [phrase(_KINDS[kind], count=count) for count, _, kind in _SPEC_PART.findall(bban_spec)]
    if not parts:
        return bban_spec
    said = parts[0]
    for part in parts[1:]:
        said = phrase("{layout}, then {part}", layout=said, part=part)
    return said
