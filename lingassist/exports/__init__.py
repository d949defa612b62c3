"""Writing a ledger snapshot as files other programs read: CSV for spreadsheets, a
beancount file, an hledger journal and an evidence zip (the CSV with the receipt photos).

The writers are pure: they take a `LedgerSnapshot` (read by ``ledger.export_queries``) and
a file handle, and never touch the ledger. They import only ``core`` and the standard
library.
"""
