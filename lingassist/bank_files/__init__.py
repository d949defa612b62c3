"""Bank statement files read into `BankStatement`s: CSV (any bank's columns), OFX/QFX, QIF
and ISO 20022 CAMT.053/052/054.

A lower layer like `engines/`: it imports `core` only, never the ledger, services or GUI.
`read_bank_file` is the one entry point; a CSV whose columns are unclear raises
`CsvMappingNeeded` with a `CsvLayout` for a mapping dialog, and the person's `CsvMapping` is
remembered by the import under `header_fingerprint(layout.header)` (`layout.fingerprint`).
"""

from lingassist.bank_files.csv_layout import (
    CsvColumn,
    CsvLayout,
    CsvMapping,
    CsvMappingNeeded,
    header_fingerprint,
)
from lingassist.bank_files.reading import detect_format, inspect_bank_csv, read_bank_file

__all__ = [
    "CsvColumn",
    "CsvLayout",
    "CsvMapping",
    "CsvMappingNeeded",
    "detect_format",
    "header_fingerprint",
    "inspect_bank_csv",
    "read_bank_file",
]
