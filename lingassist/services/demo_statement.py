"""A German bank's CSV export for the demo and the screenshots of the import preview.

`demo_statement` writes 60 lines as a Sparkasse-like export (semicolons, day.month.year,
decimal comma, Windows-1252) covering the last six weeks, and prepares the ledger so that
its preview shows every kind of line: 2 lines already imported from an earlier statement,
2 that are entries captured earlier (a receipt and a spoken expense), 1 with an impossible
date, and the rest new.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from lingassist.bank_files import read_bank_file
from lingassist.core.transactions import TransactionSource
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from lingassist.services.imports import apply_import, preview_import

HEADER = "Buchungstag;Valutadatum;Auftraggeber / Empfänger;Verwendungszweck;Betrag (EUR)"
# (days before today, counterparty, purpose, amount): a month and a half of a Girokonto
LINES = (
    (44, "REWE Markt GmbH", "Kartenzahlung REWE SAGT DANKE 44812", "-52,10"),
    (43, "DB Vertrieb GmbH", "Fahrkarte 9384 Hamburg-Berlin", "-49,90"),
    (42, "Lidl Dienstleistung", "Kartenzahlung LIDL SAGT DANKE", "-23,61"),
    (41, "Stadtwerke München", "Abschlag Strom Kd-Nr 2201934", "-64,00"),
    (40, "ACME Software GmbH", "Gehalt Oktober", "3.850,00"),
    (40, "Hausverwaltung Brandt", "Miete Wohnung 3.OG links", "-950,00"),
    (39, "Netflix International", "Netflix.com Abo", "-13,99"),
    (38, "dm-drogerie markt", "Kartenzahlung dm Filiale 1123", "-18,45"),
    (37, "Shell Deutschland", "Tankstelle 4711 Kartenzahlung", "-71,30"),
    (36, "Spotify AB", "Spotify P1F2C3 Premium", "-10,99"),
    (36, "Bäckerei Rischart", "Kartenzahlung", "-3,85"),
    (35, "Amazon EU S.a.r.l.", "AMZN Mktp DE 302-4471", "-34,98"),
    (34, "EDEKA Center", "Kartenzahlung EDEKA CENTER 0815", "-41,27"),
    (33, "Apotheke am Markt", "Kartenzahlung", "-12,80"),
    (32, "Vodafone GmbH", "Mobilfunk Rechnung 11/2026", "-29,99"),
    (31, "Cafe Luitpold", "Kartenzahlung", "-8,40"),
    (30, "REWE Markt GmbH", "Kartenzahlung REWE SAGT DANKE 44813", "-37,55"),
    (29, "Techniker Krankenkasse", "Erstattung Zahnreinigung", "80,00"),
    (28, "ALDI SUED", "Kartenzahlung ALDI SUED 112", "-26,13"),
    (27, "MVG München", "Monatskarte Isarcard", "-57,00"),
    (26, "IKEA Deutschland", "Kartenzahlung IKEA Eching", "-89,95"),
    (26, "Sparkasse München", "Kontoführungsentgelt", "-4,95"),
    (25, "Bäckerei Rischart", "Kartenzahlung", "-4,60"),
    (24, "Allianz Versicherung", "Haftpflicht Beitrag", "-6,58"),
    (23, "Restaurant Zum Franziskaner", "Kartenzahlung", "-46,20"),
    (22, "Lidl Dienstleistung", "Kartenzahlung LIDL SAGT DANKE", "-19,87"),
    (21, "PayPal Europe", "PayPal Zalando SE", "-59,95"),
    (20, "Sparkasse München", "Bargeldauszahlung GA 0412", "-100,00"),
    (19, "REWE Markt GmbH", "Kartenzahlung REWE SAGT DANKE 44814", "-61,02"),
    (18, "Stadtbibliothek", "Jahresgebühr", "-20,00"),
    (17, "Anna Schmidt", "Anteil Geburtstagsgeschenk", "25,00"),
    (16, "Shell Deutschland", "Tankstelle 4711 Kartenzahlung", "-64,85"),
    (15, "Fitnessstudio Kraftwerk", "Mitgliedsbeitrag", "-34,90"),
    (15, "Tom Berger", "Rückzahlung Konzertkarte", "59,00"),
    (14, "dm-drogerie markt", "Kartenzahlung dm Filiale 1123", "-9,75"),
    (13, "Thalia Bücher", "Kartenzahlung Thalia 22", "-22,99"),
    (12, "EDEKA Center", "Kartenzahlung EDEKA CENTER 0815", "-33,48"),
    (11, "Deutsche Telekom", "Festnetz Internet 11/2026", "-39,95"),
    (10, "Kino Mathäser", "Kartenzahlung", "-24,00"),
    (10, "ALDI SUED", "Kartenzahlung ALDI SUED 112", "-17,42"),
    (9, "Apple Services", "APPLE.COM/BILL iCloud", "-2,99"),
    (9, "Cafe Luitpold", "Kartenzahlung", "-6,90"),
    (8, "REWE Markt GmbH", "Kartenzahlung REWE SAGT DANKE 44815", "-44,36"),
    (8, "Rundfunk ARD ZDF", "Rundfunkbeitrag Q4", "-55,08"),
    (7, "Deutsche Bahn", "BahnCard 25 Verlaengerung", "-59,90"),
    (7, "Lidl Dienstleistung", "Kartenzahlung LIDL SAGT DANKE", "-28,03"),
    (6, "Uber BV", "UBER *TRIP HELP.UBER.COM", "-18,70"),
    (6, "Hofpfisterei", "Kartenzahlung", "-7,35"),
    (5, "Amazon EU S.a.r.l.", "AMZN Mktp DE 302-9930", "-15,49"),
    (5, "Stadtwerke München", "Abschlag Wasser", "-22,00"),
    (4, "Pizzeria Da Mario", "Kartenzahlung", "-31,50"),
    (4, "dm-drogerie markt", "Kartenzahlung dm Filiale 1123", "-14,20"),
    (3, "REWE Markt GmbH", "Kartenzahlung REWE SAGT DANKE 44816", "-48,77"),
    (3, "Ticketmaster", "Konzertkarten Olympiahalle", "-118,00"),
    (2, "Bäckerei Rischart", "Kartenzahlung", "-5,10"),
    (2, "Blue Bottle Coffee", "SQ *BLUE BOTTLE 0417", "-12,50"),
    (1, "Shell Deutschland", "Tankstelle 4711 Kartenzahlung", "-58,40"),
    (1, "ACME Software GmbH", "Reisekostenerstattung", "212,40"),
    (0, "REWE Markt GmbH", "Kartenzahlung REWE SAGT DANKE 44817", "-27,14"),
)
MATCHED = (  # captured earlier: (days before today, merchant, amount, source, category)
    (13, "Edeka", "33.48", TransactionSource.RECEIPT, "FOOD_AND_DRINK_GROCERIES"),
    (3, "Blue Bottle", "12.50", TransactionSource.VOICE, "FOOD_AND_DRINK_COFFEE"),
)
ALREADY_IMPORTED = 2  # the first lines came with last month's statement
BAD_DATE = (20, "Café Kraus", "Kartenzahlung", "-3,90")  # booked on the 31st of February


def demo_statement(context: AppContext, folder: Path, name: str = "Umsaetze_Girokonto.csv") -> Path:
    """Write the demo statement into `folder` and prepare the ledger (see the module's
    docstring); return the file's path."""
    today = context.today()
    rows = [_row(today, *line) for line in LINES]
    rows.insert(len(rows) // 2, _bad_row(today))
    for days, merchant, amount, source, category in MATCHED:
        day = (today - timedelta(days=days)).isoformat()
        request = EntryRequest(
            amount, merchant=merchant, date=day, source=source, category=category
        )
        record_entry(context, request)
    _import_earlier(context, today, folder)
    path = folder / name
    path.write_bytes(("\n".join([HEADER, *rows]) + "\n").encode("cp1252"))
    return path


def _row(today: date, days: int, who: str, purpose: str, amount: str) -> str:
    day = (today - timedelta(days=days)).strftime("%d.%m.%Y")
    return f"{day};{day};{who};{purpose};{amount}"


def _bad_row(today: date) -> str:
    days, who, purpose, amount = BAD_DATE
    year = (today - timedelta(days=days)).year
    return f"31.02.{year};31.02.{year};{who};{purpose};{amount}"


def _import_earlier(context: AppContext, today: date, folder: Path) -> None:
    """Import the statement's first lines as last month's file did."""
    earlier = folder / "Umsaetze_Vormonat.csv"
    rows = [_row(today, *line) for line in LINES[:ALREADY_IMPORTED]]
    earlier.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    statement = read_bank_file(earlier, currency_hint="EUR")
    apply_import(context, preview_import(context, statement, "Checking", file_name=earlier.name))
