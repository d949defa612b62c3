"""Payments: payees, IBAN/BIC checks, payment drafts checked against ledger facts, EPC QR
codes and SEPA pain.001 files. LingAssist prepares payments; it never sends money.

This package knows nothing of the ledger or of Qt: the services fill `LedgerFacts` from SQL
and pass them in.
"""
