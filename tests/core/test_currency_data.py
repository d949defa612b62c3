"""The committed currency module must match the Babel data it was generated from."""

from lingassist.core import currency_data
from lingassist.tools.currency_data import minor_units, symbol_table


def test_minor_units_match_babel() -> None:
    assert minor_units() == currency_data.MINOR_UNITS, (
        "run `python -m lingassist.tools.currency_data` to regenerate"
    )


def test_symbols_match_babel() -> None:
    assert symbol_table() == currency_data.SYMBOLS, (
        "run `python -m lingassist.tools.currency_data` to regenerate"
    )
