"""Receipt texts made up for the tests that read rendered receipts with real OCR."""

from __future__ import annotations

# A name of business words only (doubtful), while the date and the total are sure
CORNER_SHOP = (
    "MINI MART",
    "No 8, Jalan Bunga Raya 3",
    "43000 Kajang, Selangor",
    "Date: 25/12/2025 14:03",
    "Teh Tarik  2           5.00",
    "Roti Canai  3          4.50",
    "TOTAL              RM 9.50",
    "CASH              RM 10.00",
    "CHANGE             RM 0.50",
)
