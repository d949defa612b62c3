"""Receipt reading on our own rendered receipts: layouts and currencies the dev sets have few of.

    .venv/bin/python bench/receipts_rendered.py                 # 145 receipts, seed 15, 1 worker
    .venv/bin/python bench/receipts_rendered.py --kinds classic,varied   # the 105 of before
    .venv/bin/python bench/receipts_rendered.py --workers 2 --seed 15
    .venv/bin/python bench/receipts_rendered.py --only CH,PL    # some countries only

Every receipt is invented here and drawn with Pillow and the DejaVu fonts (names, addresses,
ids and numbers are made up); the same seed draws the same receipts. Twelve layouts, five
receipts each: Swiss (CHF, "Fr.", MWST/TVA), Polish (PLN, zł, SUMA, PTU), Spanish (IVA),
Italian (TOTALE, IVA), Dutch (TOTAAL, BTW), Canadian ($ with a province and postcode, GST,
HST, PST), Quebec ("11,20 $", TPS/TVQ), Australian (AUD, GST, ABN), South African (R,
VAT), British (£, VAT, BALANCE DUE), American (sales tax, tip, card slips), Vietnamese (VND,
Tổng cộng, Thành tiền, 1.250.000đ, Khách phải trả). Some print subtotal, tax, tip, cash
and change, deposit or card-slip lines;
each layout's five receipts are seen five ways: a flat scan, turned 90° and 180°, a photo
on a table (slightly turned, uneven light, blur) and a photo taken at an angle (perspective
warp, blur). Country cues (postcodes, VAT ids, provinces) are printed on some receipts and
not on others.

A third kind, "implied" (`--kinds implied`; 40 receipts), prints the currency mostly not at
all, so that only the country's cues tell it: German (MwSt 19%/7%, USt-IdNr./St.Nr., `49074
Osnabrück`, +49, `.de`), French (TVA 5,5%/20%, SIRET, N° TVA FR, `69002 LYON`, `04 78 …`),
US (sales tax, `Dayton, OH 45402`, `(937) 555-0188`, a tip written on the slip), British
(`VAT Reg No`, `VAT @ 20%`, `LS1 4DY`, £ on the total only or nowhere), Canadian (GST/PST/HST,
`GST/HST #… RT0001`, province and postcode), South African (VAT 15%, a VAT number, `(Pty)
Ltd`, `011 …` phones, rand signs on some), Swiss (CHE-… MWST/TVA, 8.1%, `8002 Zürich`,
`Fr.`, 5-Rappen rounding) and Vietnamese (`Tổng tiền`, dots as thousands, VND/đ on some,
MST, Quận) — one to three of each country's cues per receipt, a card-terminal slip printed
under some (`AMOUNT 12.34 EUR`), totals with a currency code after on some. They are seen as
hand-held photos (turned 5-10° and taken from one side, curled paper, low light with noise,
besides the varied views) and each is read with a home chosen from `HOMES` (GBP, USD, EUR,
CAD, CHF, VND, ZAR), often not the receipt's currency. The classic and varied receipts of a
seed are drawn exactly as before this kind was added.

Each receipt is written as a PNG to `bench/results/rendered/` (ignored by git) and read by
the same function as `bench/receipts.py` (`run_ours`: `load_image` -> `read_draft`, the
app's pipeline with the third reader). Home settings: GBP, en_GB (as wild-dev), so a right
currency comes from the receipt itself. Fields are judged as in `bench/receipts.py`
(`same`); confident precision is the share of right fields among those shown confident.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import statistics
import sys
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from receipts import FIELDS, make_parse, run_ours, same  # noqa: E402

FONTS = Path("/usr/share/fonts/truetype/dejavu")
OUT = ROOT / "bench" / "results"
HOME_CURRENCY, HOME_LOCALE = "GBP", "en_GB"
VIEWS = ("flat", "rot90", "photo", "rot180", "angle")
CENT = Decimal("0.01")
Line = tuple[str, str, bool]  # (kind: center/left/pair/rule, text "left|right", bold)


@dataclass(frozen=True)
class Truth:
    total: Decimal
    currency: str
    date: date
    merchant: str


# --- amounts -----------------------------------------------------------------------------


def money(value: Decimal, comma: bool = False) -> str:
    text = f"{value.quantize(CENT):.2f}"
    return text.replace(".", ",") if comma else text


def dong(value: Decimal) -> str:
    return f"{int(value):,}".replace(",", ".")


def _items(rng: random.Random, names: list[str], low: int, high: int) -> list[tuple[str, Decimal]]:
    chosen = rng.sample(names, rng.randint(2, min(5, len(names))))
    return [(name, Decimal(rng.randint(low, high)) / 100) for name in chosen]


def _vat_in(total: Decimal, rate: Decimal) -> Decimal:
    return (total * rate / (100 + rate)).quantize(CENT, ROUND_HALF_UP)


def _cash(
    rng: random.Random, total: Decimal, notes: tuple[int, ...] = (10, 20, 50, 100)
) -> Decimal:
    bigger = [Decimal(n) for n in notes if n > total]
    return rng.choice(bigger[:2]) if bigger else (total // 100 + 1) * 100


def _date(rng: random.Random) -> date:
    return date(2026, 1, 1) + timedelta(days=rng.randint(0, 320))


# --- layouts -----------------------------------------------------------------------------
# each returns (lines, truth); `cues` says whether the receipt prints a country id/postcode


def swiss(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["CAFE ALPENBLICK", "BÄCKEREI HUBER AG", "MIGROLINO BERN", "LA FROMAGERIE"])
    french = name == "LA FROMAGERIE"
    items = _items(
        rng, ["Gipfeli", "Kaffee Creme", "Bürli", "Milch 1L", "Käse 200g", "Apfelsaft"], 150, 1290
    )
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [("center", name, True)]
    lines.append(
        ("center", "Rue du Rhône 12, 1204 Genève" if french else "Marktgasse 7, 3011 Bern", False)
    )
    if cues:
        lines.append(
            ("center", "CHE-123.456.789 MWST" if not french else "CHE-987.654.321 TVA", False)
        )
    lines.append(("rule", "", False))
    lines += [("pair", f"{n}|{money(p)}", False) for n, p in items]
    lines.append(("rule", "", False))
    if rng.random() < 0.4:
        lines.append(
            ("pair", f"{'Consigne' if french else 'Depot'}|{money(Decimal('0.50'))}", False)
        )
        total += Decimal("0.50")
    style = rng.randint(0, 4)
    label = ["TOTAL CHF", "Total Fr.", "TOTAL", "Total", "Summe"][style]
    shown = [money(total), money(total), f"CHF {money(total)}", f"{money(total)} Fr.", money(total)]
    lines.append(("pair", f"{label}|{shown[style]}", True))
    cash = _cash(rng, total)
    lines.append(("pair", f"{'Espèces' if french else 'Bar'}|{money(cash)}", False))
    lines.append(("pair", f"{'Rendu' if french else 'Rückgeld'}|{money(cash - total)}", False))
    rate = rng.choice([Decimal("2.6"), Decimal("8.1"), Decimal("7.7"), Decimal("2.5")])
    tax = _vat_in(total, rate)
    lines.append(("pair", f"{'TVA' if french else 'MWST'} {rate}% inkl.|{money(tax)}", False))
    lines.append(("left", f"{when:%d.%m.%Y} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False))
    return lines, Truth(total, "CHF", when, name)


def polish(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["SKLEP SPOŻYWCZY ANNA", "PIEKARNIA WARSKA", "KAWIARNIA MOKKA"])
    items = _items(rng, ["Chleb", "Masło", "Mleko 2%", "Jabłka", "Kawa", "Ser żółty"], 199, 2499)
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [("center", name, True), ("center", "ul. Długa 5, 00-238 Warszawa", False)]
    if cues:
        lines.append(("center", "NIP 525-123-45-67", False))
    lines.append(("center", "PARAGON FISKALNY", True))
    lines += [("pair", f"{n} 1 x{money(p, True)}|{money(p, True)} A", False) for n, p in items]
    lines.append(("pair", f"SPRZEDAŻ OPODATK. A|{money(total, True)}", False))
    lines.append(("pair", f"PTU A 23%|{money(_vat_in(total, Decimal(23)), True)}", False))
    lines.append(("pair", f"SUMA PTU|{money(_vat_in(total, Decimal(23)), True)}", False))
    style = rng.randint(0, 2)
    label = ["SUMA PLN", "SUMA", "DO ZAPŁATY"][style]
    lines.append(("pair", f"{label}|{money(total, True)}{' zł' if style else ''}", True))
    if rng.random() < 0.5:
        cash = _cash(rng, total)
        lines.append(("pair", f"Gotówka|{money(cash, True)}", False))
        lines.append(("pair", f"Reszta|{money(cash - total, True)}", False))
    else:
        lines.append(("pair", f"Karta płatnicza|{money(total, True)}", False))
    lines.append(("left", f"{when:%Y-%m-%d} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False))
    return lines, Truth(total, "PLN", when, name)


def spanish(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["BAR LA PLAZA", "PANADERÍA SOL", "FARMACIA CENTRAL"])
    items = _items(
        rng, ["Café con leche", "Tostada", "Zumo naranja", "Agua", "Croissant"], 120, 950
    )
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [("center", name, True), ("center", "C/ Mayor 12, 28013 Madrid", False)]
    if cues:
        lines.append(("center", "CIF: B12345678", False))
    lines.append(("center", "FACTURA SIMPLIFICADA", False))
    lines += [("pair", f"{n}|{money(p, True)}", False) for n, p in items]
    base = total - _vat_in(total, Decimal(10))
    lines.append(("pair", f"Base imponible|{money(base, True)}", False))
    lines.append(("pair", f"IVA 10%|{money(total - base, True)}", False))
    lines.append(
        (
            "pair",
            f"TOTAL|{money(total, True)} €"
            if rng.random() < 0.5
            else f"TOTAL (EUR)|{money(total, True)}",
            True,
        )
    )
    cash = _cash(rng, total)
    lines.append(("pair", f"Entregado|{money(cash, True)}", False))
    lines.append(("pair", f"Cambio|{money(cash - total, True)}", False))
    lines.append(
        ("left", f"Fecha: {when:%d/%m/%Y} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False)
    )
    return lines, Truth(total, "EUR", when, name)


def italian(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["BAR PASTICCERIA ROSA", "TRATTORIA DA MARIO", "ALIMENTARI BIANCHI"])
    items = _items(rng, ["Caffè", "Cornetto", "Cappuccino", "Acqua nat.", "Panino"], 100, 1200)
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [("center", name, True), ("center", "Via Roma 21, 20121 Milano", False)]
    if cues:
        lines.append(("center", "P.IVA 01234567890", False))
    lines.append(("center", "DOCUMENTO COMMERCIALE", False))
    lines += [("pair", f"{n}|{money(p, True)}", False) for n, p in items]
    label = rng.choice(["TOTALE COMPLESSIVO", "TOTALE EURO", "TOTALE"])
    lines.append(("pair", f"{label}|{money(total, True)}", True))
    lines.append(("pair", f"DI CUI IVA|{money(_vat_in(total, Decimal(10)), True)}", False))
    if rng.random() < 0.5:
        cash = _cash(rng, total)
        lines.append(("pair", f"CONTANTI|{money(cash, True)}", False))
        lines.append(("pair", f"RESTO|{money(cash - total, True)}", False))
    else:
        lines.append(("pair", f"PAGAMENTO ELETTRONICO|{money(total, True)}", False))
        lines.append(("pair", f"IMPORTO PAGATO|{money(total, True)}", False))
    lines.append(("left", f"{when:%d-%m-%Y} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False))
    return lines, Truth(total, "EUR", when, name)


def dutch(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["BAKKERIJ DE VRIES", "CAFÉ HET HOEKJE", "TOKO SARI"])
    items = _items(
        rng, ["Koffie", "Appeltaart", "Broodje kaas", "Jus d'orange", "Stroopwafel"], 150, 950
    )
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [
        ("center", name, True),
        ("center", "Kalverstraat 10, 1012 NX Amsterdam", False),
    ]
    if cues:
        lines.append(("center", "BTW nr NL123456789B01", False))
    lines += [("pair", f"{n}|{money(p, True)}", False) for n, p in items]
    if rng.random() < 0.5:
        lines.append(("pair", f"Statiegeld|{money(Decimal('0.15'), True)}", False))
        total += Decimal("0.15")
    label = rng.choice(["TOTAAL", "Te betalen", "Totaal EUR"])
    lines.append(("pair", f"{label}|{money(total, True)}", True))
    lines.append(("pair", f"PIN|{money(total, True)}", False))
    lines.append(("pair", f"BTW 9%|{money(_vat_in(total, Decimal(9)), True)}", False))
    lines.append(("left", f"{when:%d-%m-%Y} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False))
    lines.append(("center", "Bedankt en tot ziens!", False))
    return lines, Truth(total, "EUR", when, name)


def canadian(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["MAPLE LEAF DINER", "NORTHERN GROCERS", "TIM'S COFFEE BAR"])
    where, taxes = rng.choice(
        [
            ("123 King St W, Toronto, ON M5V 2T6", [("HST 13%", Decimal(13))]),
            (
                "88 Granville St, Vancouver, BC V6B 1A1",
                [("GST 5%", Decimal(5)), ("PST 7%", Decimal(7))],
            ),
            ("9 Jasper Ave, Edmonton, AB T5J 0N3", [("GST 5%", Decimal(5))]),
        ]
    )
    if not cues:
        where = where.rsplit(",", 1)[0] + (", Ontario" if "ON" in where else ", Canada")
    items = _items(rng, ["Coffee", "Bagel", "Muffin", "Soup", "Poutine", "Sandwich"], 199, 1499)
    if rng.random() < 0.5:
        items.append((rng.choice(["Bottle deposit", "Deposit", "ECO FEE"]), Decimal("0.10")))
    sub = sum((p for _, p in items), Decimal(0))
    tax_lines = [(label, (sub * rate / 100).quantize(CENT, ROUND_HALF_UP)) for label, rate in taxes]
    total = sub + sum((t for _, t in tax_lines), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [("center", name, True), ("center", where, False)]
    lines += [("pair", f"{n}|{money(p)}", False) for n, p in items]
    lines.append(("pair", f"SUBTOTAL|{money(sub)}", False))
    lines += [("pair", f"{label}|{money(t)}", False) for label, t in tax_lines]
    lines.append(("pair", f"TOTAL|${money(total)}", True))
    if rng.random() < 0.5:
        cash = _cash(rng, total)
        lines.append(("pair", f"CASH|${money(cash)}", False))
        lines.append(("pair", f"CHANGE|${money(cash - total)}", False))
    else:
        lines.append(("pair", f"DEBIT|${money(total)}", False))
    lines.append(("left", f"{when:%Y-%m-%d} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False))
    return lines, Truth(total, "CAD", when, name)


def quebec(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["DÉPANNEUR CHEZ LOUIS", "BOULANGERIE ST-DENIS", "CAFÉ DU PLATEAU"])
    items = _items(rng, ["Café", "Croissant", "Pain baguette", "Lait 2L", "Fromage"], 199, 1299)
    sub = sum((p for _, p in items), Decimal(0))
    tps = (sub * 5 / Decimal(100)).quantize(CENT, ROUND_HALF_UP)
    tvq = (sub * Decimal("9.975") / 100).quantize(CENT, ROUND_HALF_UP)
    total = sub + tps + tvq
    when = _date(rng)
    where = "4321 rue St-Denis, Montréal, QC H2J 2L1" if cues else "4321 rue St-Denis, Montréal"
    lines: list[Line] = [("center", name, True), ("center", where, False)]
    lines += [("pair", f"{n}|{money(p, True)} $", False) for n, p in items]
    lines.append(("pair", f"SOUS-TOTAL|{money(sub, True)} $", False))
    lines.append(("pair", f"TPS 5%|{money(tps, True)} $", False))
    lines.append(("pair", f"TVQ 9,975%|{money(tvq, True)} $", False))
    lines.append(("pair", f"TOTAL|{money(total, True)} $", True))
    lines.append(("pair", f"INTERAC|{money(total, True)} $", False))
    lines.append(("left", f"{when:%Y-%m-%d} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False))
    lines.append(("center", "Merci et à bientôt!", False))
    return lines, Truth(total, "CAD", when, name)


def australian(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["BONDI BEACH CAFE", "OUTBACK HARDWARE", "HARBOUR NEWSAGENCY"])
    items = _items(
        rng, ["Flat white", "Banana bread", "Smashed avo", "Paint brush", "Tape"], 350, 2499
    )
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [
        ("center", name, True),
        ("center", "12 Campbell Pde, Bondi NSW 2026", False),
    ]
    if cues:
        lines.append(("center", "ABN 12 345 678 901", False))
    lines.append(("center", "TAX INVOICE", False))
    if rng.random() < 0.5:
        lines.append(("pair", "Container deposit|$0.10", False))
        total += Decimal("0.10")
    lines += [("pair", f"{n}|${money(p)}", False) for n, p in items]
    lines.append(
        ("pair", f"{rng.choice(['TOTAL', 'TOTAL AUD', 'Total (inc GST)'])}|${money(total)}", True)
    )
    lines.append(("pair", f"GST included|${money(_vat_in(total, Decimal(10)))}", False))
    lines.append(("pair", f"EFTPOS|${money(total)}", False))
    lines.append(("left", f"{when:%d/%m/%Y} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False))
    return lines, Truth(total, "AUD", when, name)


def south_african(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["KAROO FARM STALL", "TABLE BAY SPAR", "BRAAI MASTERS"])
    items = _items(
        rng, ["Boerewors 1kg", "Rusks", "Biltong 250g", "Rooibos tea", "Pap 2.5kg"], 1599, 14999
    )
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [
        ("center", name, True),
        ("center", "14 Long Street, Cape Town, 8001", False),
    ]
    if cues:
        lines.append(("center", "VAT No: 4123456789", False))
    lines += [("pair", f"{n}|{money(p)}", False) for n, p in items]
    rand = rng.random() < 0.5
    lines.append(("pair", f"TOTAL|{'R ' if rand else ''}{money(total)}", True))
    lines.append(("pair", f"VAT 15% incl|{money(_vat_in(total, Decimal(15)))}", False))
    cash = _cash(rng, total, (100, 200, 500, 1000))
    lines.append(("pair", f"CASH|{'R ' if rand else ''}{money(cash)}", False))
    lines.append(("pair", f"CHANGE|{'R ' if rand else ''}{money(cash - total)}", False))
    lines.append(("left", f"{when:%Y/%m/%d} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False))
    return lines, Truth(total, "ZAR", when, name)


def british(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["THE RED LION", "CORNER NEWS LTD", "PRIMROSE BAKERY"])
    items = _items(rng, ["Pint of bitter", "Fish & chips", "Crisps", "Tea", "Scone"], 120, 1450)
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [
        ("center", name, True),
        ("center", "3 High St, London SW1A 1AA" if cues else "3 High Street, London", False),
    ]
    lines += [("pair", f"{n}|£{money(p)}", False) for n, p in items]
    lines.append(("pair", f"BALANCE DUE|£{money(total)}", True))
    lines.append(("pair", f"VAT 20% incl|£{money(_vat_in(total, Decimal(20)))}", False))
    if rng.random() < 0.5:
        lines.append(("pair", f"CARD PAYMENT|£{money(total)}", False))
    else:
        cash = _cash(rng, total)
        lines.append(("pair", f"CASH|£{money(cash)}", False))
        lines.append(("pair", f"CHANGE DUE|£{money(cash - total)}", False))
    if cues:
        lines.append(("center", "VAT Reg No. GB 123 4567 89", False))
    lines.append(("left", f"{when:%d/%m/%Y} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False))
    return lines, Truth(total, "GBP", when, name)


def american(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["SUNSET GRILL", "BLUE MOON DINER", "LUCKY'S TACOS"])
    items = _items(
        rng, ["Burger", "Fries", "Iced tea", "Pancakes", "Coffee", "Tacos x2"], 250, 1599
    )
    sub = sum((p for _, p in items), Decimal(0))
    tax = (sub * Decimal("8.25") / 100).quantize(CENT, ROUND_HALF_UP)
    tip = (sub * Decimal(rng.choice([15, 18, 20])) / 100).quantize(CENT, ROUND_HALF_UP)
    total = sub + tax + tip
    when = _date(rng)
    where = "250 Main St, Austin, TX 78701" if cues else "250 Main St, Austin"
    lines: list[Line] = [("center", name, True), ("center", where, False)]
    lines += [("pair", f"{n}|{money(p)}", False) for n, p in items]
    lines.append(("pair", f"Subtotal|{money(sub)}", False))
    lines.append(("pair", f"Sales Tax 8.25%|{money(tax)}", False))
    style = rng.randint(0, 2)
    if style == 2:  # the card slip printed before the tip: its tip and total lines are blank
        total = sub + tax
        lines.append(("pair", f"Amount|${money(total)}", True))
        lines.append(("left", "VISA ****1234  APPROVED", False))
        lines.append(("left", "TIP: ___________", False))
        lines.append(("left", "TOTAL: _________", False))
        lines.append(("left", "Signature ______________", False))
    elif style == 1:  # the card slip: amount, then the tip and total written in
        lines.append(("pair", f"Amount|${money(sub + tax)}", True))
        lines.append(("left", "VISA ****1234  APPROVED", False))
        lines.append(("pair", f"Tip|{money(tip)}", False))
        lines.append(("pair", f"Total|${money(total)}", True))
        lines.append(("left", "Signature ______________", False))
    else:
        lines.append(("pair", f"Tip|{money(tip)}", False))
        lines.append(("pair", f"TOTAL|${money(total)}", True))
        cash = _cash(rng, total)
        lines.append(("pair", f"CASH|{money(cash)}", False))
        lines.append(("pair", f"CHANGE|{money(cash - total)}", False))
    lines.append(("left", f"{when:%m/%d/%Y} {rng.randint(1, 12)}:{rng.randint(10, 59)} PM", False))
    return lines, Truth(total, "USD", when, name)


def vietnamese(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["QUÁN PHỞ HÀ NỘI", "CƠM TẤM SÀI GÒN", "TRÀ SỮA MÂY"])
    items = _items(rng, ["Phở bò", "Trà đá", "Cơm tấm", "Chả giò", "Bánh flan"], 15, 120)
    items = [(n, p * 100000) for n, p in items]  # 15.000 .. 120.000 đ
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [("center", name, True), ("center", "12 Nguyễn Huệ, Quận 1, TP.HCM", False)]
    if cues:
        lines.append(("center", "MST: 0312345678", False))
    lines.append(("center", "HÓA ĐƠN THANH TOÁN", True))
    lines.append(
        ("left", f"Ngày: {when:%d/%m/%Y} {rng.randint(7, 20)}:{rng.randint(10, 59)}", False)
    )
    lines.append(("pair", "Tên món|Thành tiền", False))
    lines += [("pair", f"{n}|{dong(p)}", False) for n, p in items]
    if rng.random() < 0.5:
        discount = Decimal(rng.choice([5, 10, 20])) * 1000
        lines.append(("pair", f"Tổng tiền hàng|{dong(total)}", False))
        lines.append(("pair", f"Giảm giá|-{dong(discount)}", False))
        total -= discount
        lines.append(("pair", f"Khách phải trả|{dong(total)}đ", True))
    else:
        lines.append(("pair", f"Tổng cộng:|{dong(total)}đ", True))
    given = (total // 100000 + 1) * 100000
    lines.append(("pair", f"Tiền khách đưa|{dong(given)}", False))
    lines.append(("pair", f"Tiền thừa|{dong(given - total)}", False))
    return lines, Truth(total, "VND", when, name)


LAYOUTS: dict[str, Callable[[random.Random, bool], tuple[list[Line], Truth]]] = {
    "CH": swiss, "PL": polish, "ES": spanish, "IT": italian, "NL": dutch, "CA": canadian,
    "QC": quebec, "AU": australian, "ZA": south_african, "GB": british, "US": american,
    "VN": vietnamese,
}  # fmt: skip
PER_LAYOUT = 5


# --- pictures ----------------------------------------------------------------------------


def draw(lines: list[Line], rng: random.Random) -> Image.Image:
    """A receipt drawn line by line on a narrow paper strip (monospaced, as till printers)."""
    size = rng.choice([20, 22, 24])
    width = 34 * size * 6 // 10 + 60
    regular = ImageFont.truetype(str(FONTS / "DejaVuSansMono.ttf"), size)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSansMono-Bold.ttf"), size + 2)
    step = round(size * 1.7)
    image = Image.new("L", (width, 60 + step * len(lines)), rng.randint(235, 255))
    pen = ImageDraw.Draw(image)
    ink = rng.randint(10, 60)
    y = 30
    for kind, text, strong in lines:
        font = bold if strong else regular
        if kind == "rule":
            pen.line((20, y + step // 2, width - 20, y + step // 2), fill=ink, width=2)
        elif kind == "center":
            pen.text(((width - pen.textlength(text, font=font)) / 2, y), text, font=font, fill=ink)
        elif kind == "left":
            pen.text((20, y), text, font=font, fill=ink)
        else:
            left, _, right = text.partition("|")
            pen.text((20, y), left, font=font, fill=ink)
            pen.text((width - 20 - pen.textlength(right, font=font), y), right, font=font, fill=ink)
        y += step
    return image.filter(ImageFilter.GaussianBlur(0.5))


def on_table(receipt: Image.Image, rng: random.Random, angle: float) -> Image.Image:
    """The receipt on a darker table, turned `angle` degrees, unevenly lit, a little blurred."""
    margin = receipt.width // 3
    size = (receipt.width + 2 * margin, receipt.height + 2 * margin)
    table = Image.linear_gradient("L").resize(size).point(lambda v: 60 + v // 5)
    paper = receipt.rotate(angle, expand=True, fillcolor=0, resample=Image.Resampling.BICUBIC)
    mask = Image.new("L", receipt.size, 255).rotate(angle, expand=True, fillcolor=0)
    table.paste(paper, ((size[0] - paper.width) // 2, (size[1] - paper.height) // 2), mask)
    light = Image.linear_gradient("L").rotate(90).resize(size)  # falls off to the left
    shaded = Image.composite(table, table.point(lambda v: v * 7 // 10), light)
    blur = rng.choice([0.8, 1.0, 1.2])
    return Image.merge("RGB", (shaded, shaded, shaded.point(lambda v: v * 9 // 10))).filter(
        ImageFilter.GaussianBlur(blur)
    )


def at_an_angle(receipt: Image.Image, rng: random.Random) -> Image.Image:
    """The receipt photographed from below its bottom edge: the top looks narrower."""
    photo = on_table(receipt, rng, rng.uniform(-2, 2))
    w, h = photo.size
    squeeze = rng.uniform(0.06, 0.12) * w
    # PIL's QUAD maps the output rectangle from this quadrilateral of the input
    quad = (-squeeze, 0, -squeeze * 0.1, h, w + squeeze * 0.1, h, w + squeeze, 0)
    return photo.transform((w, h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)


def picture(lines: list[Line], view: str, rng: random.Random) -> Image.Image:
    flat = draw(lines, rng)
    if view == "rot90":
        return flat.rotate(90, expand=True)
    if view == "rot180":
        return flat.rotate(180)
    if view == "photo":
        return on_table(flat, rng, rng.uniform(-5, 5))
    if view == "angle":
        return at_an_angle(flat, rng)
    return flat


# --- varied layouts: the countries of the real receipts, with the header and footer lines
# real tills print (a logo line, address, phone, opening hours, VAT ids, slogans; card
# slips, change, tips, deposits, discounts, several VAT rates; each country's date forms)

GERMAN_MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")
FRENCH_MONTHS = (
    "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc",
)  # fmt: skip
ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"


def _grouped(value: Decimal, thousands: str, decimal: str) -> str:
    """1250.5 -> "1.250,50" (thousands ".", decimal ",")."""
    whole, _, cents = f"{value.quantize(CENT):.2f}".partition(".")
    groups = f"{int(whole):,}".replace(",", thousands)
    return f"{groups}{decimal}{cents}"


def _vat_parts(
    rng: random.Random, items: list[tuple[str, Decimal, str]], rates: dict[str, Decimal]
):
    """Per VAT class: (class, rate, net, tax, gross), tax included in the prices."""
    parts = []
    for code, rate in rates.items():
        gross = sum((p for _, p, c in items if c == code), Decimal(0))
        if gross:
            tax = _vat_in(gross, rate)
            parts.append((code, rate, gross - tax, tax, gross))
    return parts


def _priced(rng: random.Random, names: list[str], low: int, high: int) -> list[tuple[str, Decimal]]:
    """Two to five of `names`, each priced between `low` and `high` cents."""
    return [
        (n, Decimal(rng.randint(low, high)) / 100) for n in rng.sample(names, rng.randint(2, 5))
    ]


def _pick_items(rng: random.Random, names: list[tuple[str, str]], low: int, high: int):
    chosen = rng.sample(names, rng.randint(2, min(6, len(names))))
    return [(n, Decimal(rng.randint(low, high)) / 100, c) for n, c in chosen]


def german(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(
        ["BÄCKEREI KORNBLUME", "Café Lindenhof", "GETRÄNKE WAGNER", "Hofladen Brinkmann",
         "Drogerie Sonnenschein", "METZGEREI HOLZER"]
    )  # fmt: skip
    c = lambda v: money(v, True)  # noqa: E731
    items = _pick_items(
        rng,
        [("Brötchen", "B"), ("Vollkornbrot", "B"), ("Milch 3,5%", "B"), ("Kaffee", "A"),
         ("Apfelschorle", "A"), ("Butter", "B"), ("Waschmittel", "A"), ("Bananen", "B")],
        45, 899,
    )  # fmt: skip
    when = _date(rng)
    lines: list[Line] = []
    if rng.random() < 0.3:
        lines.append(("center", "Willkommen bei", False))
    lines.append(("logo", name, True))
    if rng.random() < 0.4:
        lines.append(("center", "Inh. Petra Kranz e.K.", False))
    street = rng.choice(["Hauptstraße 12", "Am Markt 3", "Lindenweg 27a", "Bahnhofstr. 5"])
    town = rng.choice(["10115 Berlin", "33098 Paderborn", "80331 München", "50667 Köln"])
    lines += [("center", street, False), ("center", town, False)]
    if rng.random() < 0.6:
        lines.append(("center", rng.choice(["Tel. 030 / 1234567", "Tel.: 05251 87 43 21"]), False))
    if rng.random() < 0.4:
        lines.append(("center", "Mo-Sa 7:00-20:00 Uhr", False))
    if cues:
        lines.append(
            ("center", rng.choice(["USt-IdNr.: DE123456789", "St.-Nr. 339/5012/3456"]), False)
        )
    lines.append(("rule", "", False))
    if rng.random() < 0.5:
        lines.append(("pair", "|EUR", False))
    extra = Decimal(0)
    for n, p, code in items:
        lines.append(("pair", f"{n}|{c(p)} {code}", False))
    if rng.random() < 0.5:
        pfand = Decimal("0.25") * rng.randint(1, 4)
        lines.append(("pair", f"Pfand|{c(pfand)} A", False))
        items.append(("Pfand", pfand, "A"))
    if rng.random() < 0.3:
        leergut = Decimal("-0.75")
        lines.append(("pair", f"Leergut|{c(leergut)} A", False))
        items.append(("Leergut", leergut, "A"))
    if rng.random() < 0.3:
        off = Decimal("-0.50")
        lines.append(("pair", "Rabatt 10%|" + c(off) + " B", False))
        items.append(("Rabatt", off, "B"))
    total = sum((p for _, p, _ in items), extra)
    lines.append(("rule", "", False))
    label = rng.choice(["SUMME", "SUMME EUR", "Summe", "ZU ZAHLEN", "Gesamtbetrag", "SUMME [4]"])
    shown = c(total) + (" EUR" if rng.random() < 0.3 else "")
    lines.append(("tall" if rng.random() < 0.5 else "pair", f"{label}|{shown}", True))
    card = rng.random() < 0.5
    if card:
        lines.append(
            (
                "pair",
                f"{rng.choice(['Kartenzahlung', 'EC-Karte', 'Geg. girocard'])}|{c(total)}",
                False,
            )
        )
    else:
        cash = _cash(rng, total, (5, 10, 20, 50, 100))
        lines.append(("pair", f"{rng.choice(['Bar', 'Gegeben BAR', 'Bargeld'])}|{c(cash)}", False))
        lines.append(
            (
                "pair",
                f"{rng.choice(['Rückgeld', 'Zurück', 'Wechselgeld'])}|{c(cash - total)}",
                False,
            )
        )
    parts = _vat_parts(rng, items, {"A": Decimal(19), "B": Decimal(7)})
    lines.append(("pair", "MwSt%    Netto  MwSt|Brutto", False))
    for code, rate, net, tax, gross in parts:
        lines.append(("pair", f"{code} {rate}%  {c(net)}  {c(tax)}|{c(gross)}", False))
    if rng.random() < 0.5:
        lines.append(
            (
                "pair",
                f"Gesamt  {c(sum((p[2] for p in parts), Decimal(0)))}  "
                f"{c(sum((p[3] for p in parts), Decimal(0)))}|{c(total)}",
                False,
            )
        )
    stamp = rng.randint(0, 3)
    day = [
        f"{when:%d.%m.%y} {_clock(rng)}",
        f"{when:%d.%m.%Y} {_clock(rng)} Uhr",
        f"Datum: {when:%d.%m.%Y}  Zeit: {_clock(rng)}",
        f"{when.day:02d}. {GERMAN_MONTHS[when.month - 1]} {when.year}  {_clock(rng)}",
    ][stamp]
    lines.append(("left", f"Bon {rng.randint(1000, 9999)}  Kasse {rng.randint(1, 5)}", False))
    lines.append(("left", day, False))
    if card:
        lines += [
            ("rule", "", False),
            ("center", "Kundenbeleg", True),
            ("left", "girocard", False),
            ("left", f"Terminal-ID {rng.randint(10000000, 99999999)}", False),
            ("pair", f"Betrag EUR|{c(total)}", False),
            ("center", "Zahlung erfolgt", False),
        ]
    lines.append(
        ("center", rng.choice(["Vielen Dank für Ihren Einkauf!", "Danke und bis bald!"]), False)
    )
    return lines, Truth(total, "EUR", when, name)


def french(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(
        ["BOULANGERIE DU MARCHÉ", "Le Petit Bistrot", "PHARMACIE DES LILAS", "Épicerie Martin",
         "FROMAGERIE DUPONT", "Librairie La Plume"]
    )  # fmt: skip
    c = lambda v: money(v, True)  # noqa: E731
    items = _pick_items(
        rng,
        [("Baguette", "1"), ("Croissant", "1"), ("Café crème", "2"), ("Eau minérale", "1"),
         ("Comté 250g", "1"), ("Vin rouge", "2"), ("Savon", "2"), ("Pain au chocolat", "1")],
        90, 1890,
    )  # fmt: skip
    when = _date(rng)
    lines: list[Line] = [("logo", name, True)]
    if rng.random() < 0.3:
        lines.append(
            ("center", rng.choice(["Artisan depuis 1952", "Votre commerce de proximité"]), False)
        )
    lines.append(
        (
            "center",
            rng.choice(["12 rue de la Paix", "4, place du Marché", "87 avenue Jean Jaurès"]),
            False,
        )
    )
    lines.append(("center", rng.choice(["75002 PARIS", "69003 Lyon", "33000 BORDEAUX"]), False))
    if rng.random() < 0.6:
        lines.append(("center", rng.choice(["Tél : 01 42 12 34 56", "Tel. 04.78.12.34.56"]), False))
    if cues:
        lines.append(
            ("center", rng.choice(["SIRET 123 456 789 00012", "N° TVA FR12345678901"]), False)
        )
    if rng.random() < 0.3:
        lines.append(("center", "Ouvert du lundi au samedi 7h-20h", False))
    lines.append(("rule", "", False))
    euro = rng.random() < 0.5
    for n, p, code in items:
        lines.append(("pair", f"{n}|{c(p)}{' €' if euro else ''} {code}", False))
    if rng.random() < 0.3:
        off = Decimal("-1.00")
        lines.append(("pair", f"Remise fidélité|{c(off)}", False))
        items.append(("Remise", off, "1"))
    total = sum((p for _, p, _ in items), Decimal(0))
    lines.append(("rule", "", False))
    label = rng.choice(["TOTAL TTC", "MONTANT TTC", "NET A PAYER", "TOTAL EUR", "TOTAL", "A PAYER"])
    lines.append(
        (
            "tall" if rng.random() < 0.4 else "pair",
            f"{label}|{c(total)} €" if rng.random() < 0.6 else f"{label}|{c(total)}",
            True,
        )
    )
    card = rng.random() < 0.55
    if card:
        lines.append(
            ("pair", f"{rng.choice(['CB', 'Carte bancaire', 'CB SANS CONTACT'])}|{c(total)}", False)
        )
    else:
        cash = _cash(rng, total, (5, 10, 20, 50))
        lines.append(("pair", f"Espèces|{c(cash)}", False))
        lines.append(
            ("pair", f"{rng.choice(['Rendu', 'Monnaie rendue'])}|{c(cash - total)}", False)
        )
    parts = _vat_parts(rng, items, {"1": Decimal("5.5"), "2": Decimal(20)})
    lines.append(("pair", "TVA      HT     TVA|TTC", False))
    for code, rate, net, tax, gross in parts:
        lines.append(("pair", f"{code} {money(rate, True)}%  {c(net)}  {c(tax)}|{c(gross)}", False))
    stamp = rng.randint(0, 3)
    day = [
        f"{when:%d/%m/%Y} {_clock(rng)}",
        f"Le {when:%d/%m/%y} à {rng.randint(7, 21)}h{rng.randint(10, 59)}",
        f"{when.day:02d}-{FRENCH_MONTHS[when.month - 1]}-{when.year} {_clock(rng)}",
        f"{when:%d.%m.%Y} {_clock(rng)}",
    ][stamp]
    lines.append(("left", f"Ticket {rng.randint(100, 9999)}  Caisse {rng.randint(1, 4)}", False))
    lines.append(("left", day, False))
    if card:
        lines += [
            ("rule", "", False),
            ("center", "CARTE BANCAIRE", True),
            ("left", "CB SANS CONTACT", False),
            ("left", "A0000000421010", False),
            ("pair", "MONTANT|" + c(total) + " EUR", False),
            ("center", "DEBIT", False),
            ("center", "TICKET CLIENT A CONSERVER", False),
        ]
    lines.append(("center", rng.choice(["Merci de votre visite !", "À bientôt !"]), False))
    return lines, Truth(total, "EUR", when, name)


def american_more(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(
        ["GREEN VALLEY MARKET", "Joe's Hardware", "PINE STREET PHARMACY", "Main St Deli",
         "HARBOR BOOKS", "SUNRISE CAFE"]
    )  # fmt: skip
    items = _pick_items(
        rng,
        [("ORGANIC MILK", "N"), ("BREAD WHT", "N"), ("PAPER TOWELS", "T"), ("BATTERIES AA", "T"),
         ("COFFEE 12OZ", "N"), ("SHAMPOO", "T"), ("APPLES", "N"), ("LIGHT BULB", "T")],
        99, 1999,
    )  # fmt: skip
    when = _date(rng)
    lines: list[Line] = [("logo", name, True)]
    if rng.random() < 0.3:
        lines.append(("center", rng.choice(["Your neighborhood store", "Since 1978"]), False))
    lines.append(("center", rng.choice(["1420 Oak Ave", "77 W Lake St", "3100 Broadway"]), False))
    city = rng.choice(["Springfield, IL 62704", "Portland, OR 97205", "Albany, NY 12207"])
    lines.append(("center", city if cues else city.rsplit(" ", 1)[0].rsplit(",", 1)[0], False))
    if rng.random() < 0.7:
        lines.append(("center", rng.choice(["(217) 555-0142", "Tel 503-555-0199"]), False))
    if rng.random() < 0.4:
        lines.append(("center", "Store #0423  Open 7am-10pm", False))
    lines.append(("left", f"CASHIER: {rng.choice(['MARIA', 'TOM', '04'])}", False))
    for n, p, code in items:
        lines.append(("pair", f"{n}|{money(p)} {code}", False))
    sub = sum((p for _, p, _ in items), Decimal(0))
    saved = Decimal(0)
    if rng.random() < 0.3:
        saved = Decimal("1.50")
        lines.append(("pair", "  COUPON|-1.50", False))
        sub -= saved
    taxable = sum((p for _, p, c in items if c == "T"), Decimal(0))
    rate = rng.choice([Decimal("6.25"), Decimal("8.875"), Decimal("7")])
    tax = (taxable * rate / 100).quantize(CENT, ROUND_HALF_UP)
    total = sub + tax
    lines.append(("pair", f"SUBTOTAL|{money(sub)}", False))
    lines.append(("pair", f"TAX {rate}%|{money(tax)}", False))
    lines.append(
        (
            "tall" if rng.random() < 0.4 else "pair",
            f"{rng.choice(['TOTAL', '**** TOTAL', 'BALANCE DUE', 'TOTAL DUE'])}|${money(total)}",
            True,
        )
    )
    card = rng.random() < 0.6
    if card:
        lines.append(
            (
                "pair",
                f"{rng.choice(['VISA TEND', 'MASTERCARD', 'DEBIT TEND'])}|{money(total)}",
                False,
            )
        )
        lines.append(("pair", "CHANGE DUE|0.00", False))
    else:
        cash = _cash(rng, total)
        lines.append(("pair", f"CASH TEND|{money(cash)}", False))
        lines.append(("pair", f"CHANGE DUE|{money(cash - total)}", False))
    if saved:
        lines.append(("center", f"YOU SAVED ${money(saved)}", False))
    stamp = rng.randint(0, 3)
    day = [
        f"{when:%m/%d/%y} {rng.randint(1, 12)}:{rng.randint(10, 59)} PM",
        f"{when:%m/%d/%Y} {_clock(rng)}",
        f"{ENGLISH_MONTHS[when.month - 1]} {when.day:02d}, {when.year} "
        f"{rng.randint(1, 12)}:{rng.randint(10, 59)}AM",
        f"{when:%m-%d-%Y}  {_clock(rng)}",
    ][stamp]
    lines.append(("left", day, False))
    if card:
        lines += [
            ("left", "VISA ************4821", False),
            ("left", "AUTH CODE: 04217B", False),
            ("pair", "AMOUNT:|$" + money(total), False),
            ("left", "APPROVED - THANK YOU", False),
        ]
    lines.append(("center", "Thank you for shopping with us!", False))
    return lines, Truth(total, "USD", when, name)


def american_diner(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["ROSIE'S KITCHEN", "The Brass Tap", "EL SOMBRERO", "Golden Wok"])
    items = _priced(
        rng,
        [
            "Cheeseburger",
            "Caesar Salad",
            "Iced Tea",
            "Fish Tacos",
            "Draft Beer",
            "Lo Mein",
            "Wings",
        ],
        399,
        2499,
    )
    sub = sum((p for _, p in items), Decimal(0))
    tax = (sub * Decimal("8.5") / 100).quantize(CENT, ROUND_HALF_UP)
    when = _date(rng)
    lines: list[Line] = [("logo", name, True), ("center", "512 Elm Street", False)]
    lines.append(("center", "Dallas, TX 75201" if cues else "Dallas", False))
    lines.append(("center", "(214) 555-0133", False))
    lines.append(
        ("left", f"Server: {rng.choice(['Jess', 'Mike'])}   Table {rng.randint(1, 30)}", False)
    )
    lines.append(("left", f"{when:%m/%d/%Y} {rng.randint(1, 12)}:{rng.randint(10, 59)} PM", False))
    lines += [("pair", f"{n}|{money(p)}", False) for n, p in items]
    lines.append(("pair", "Subtotal|" + money(sub), False))
    lines.append(("pair", "Tax|" + money(tax), False))
    base = sub + tax
    lines.append(("pair", "Total|" + money(base), True))
    tip = (sub * Decimal(rng.choice([15, 18, 20, 22])) / 100).quantize(Decimal("1"))
    total = base + tip
    lines += [
        ("left", "VISA XXXXXXXXXXXX1234", False),
        ("pair", "Amount:|" + money(base), False),
        ("pair", "+ Tip:|" + money(tip), False),
        ("pair", "= Total:|" + money(total), True),
        ("left", "x____________________", False),
        ("center", "Suggested tip: 18% " + money(sub * Decimal("0.18")), False),
    ]
    return lines, Truth(total, "USD", when, name)


def british_more(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(
        [
            "THE OLD BAKEHOUSE",
            "Hillside Pharmacy",
            "CORNER STORES",
            "The Crown & Anchor",
            "Bookends of York",
        ]
    )
    items = _pick_items(
        rng,
        [("Sausage roll", "Z"), ("Latte", "S"), ("Paracetamol", "S"), ("Milk 2pt", "Z"),
         ("Sandwich", "Z"), ("Greetings card", "S"), ("Pint lager", "S")],
        85, 1450,
    )  # fmt: skip
    when = _date(rng)
    lines: list[Line] = [("logo", name, True)]
    lines.append(
        (
            "center",
            rng.choice(["12 Market Square", "Unit 4, Riverside Walk", "88 High Street"]),
            False,
        )
    )
    lines.append(
        (
            "center",
            rng.choice(["York YO1 7HH", "Leeds LS1 4DY", "Bristol BS1 5TR"]) if cues else "York",
            False,
        )
    )
    if rng.random() < 0.6:
        lines.append(("center", rng.choice(["Tel: 01904 123456", "T: 0113 496 0123"]), False))
    if cues and rng.random() < 0.6:
        lines.append(("center", rng.choice(["VAT No: 123 4567 89", "VAT Reg: GB123456789"]), False))
    lines.append(("rule", "", False))
    for n, p, code in items:
        lines.append(("pair", f"{n}|£{money(p)} {code}", False))
    if rng.random() < 0.3:
        lines.append(("pair", "Multibuy saving|-£1.00", False))
        items.append(("saving", Decimal("-1.00"), "Z"))
    total = sum((p for _, p, _ in items), Decimal(0))
    lines.append(("pair", f"{len(items)} items", False))
    lines.append(
        (
            "tall" if rng.random() < 0.4 else "pair",
            f"{rng.choice(['TOTAL', 'TOTAL TO PAY', 'Balance to pay', 'TOTAL GBP'])}"
            f"|£{money(total)}",
            True,
        )
    )
    card = rng.random() < 0.6
    if card:
        lines.append(
            ("pair", f"{rng.choice(['CONTACTLESS', 'VISA DEBIT', 'Card'])}|£{money(total)}", False)
        )
    else:
        cash = _cash(rng, total, (5, 10, 20, 50))
        lines.append(("pair", f"Cash|£{money(cash)}", False))
        lines.append(("pair", f"Change|£{money(cash - total)}", False))
    parts = _vat_parts(rng, items, {"S": Decimal(20), "Z": Decimal(0)})
    for code, rate, net, tax, _gross in parts:
        if rate:
            lines.append(("pair", f"VAT {code} {rate}%  Net £{money(net)}|£{money(tax)}", False))
    stamp = rng.randint(0, 3)
    day = [
        f"{when:%d/%m/%Y} {_clock(rng)}",
        f"{when.day:02d} {ENGLISH_MONTHS[when.month - 1]} {when.year} {_clock(rng)}",
        f"{when.day:02d}-{ENGLISH_MONTHS[when.month - 1].upper()}-{when:%y} {_clock(rng)}",
        f"Date: {when:%d/%m/%y}  Time: {_clock(rng)}",
    ][stamp]
    lines.append(("left", day, False))
    if card:
        lines += [
            ("center", "CUSTOMER COPY", True),
            ("left", "VISA DEBIT ************7788", False),
            ("pair", "AMOUNT|£" + money(total), False),
            ("center", "PLEASE RETAIN RECEIPT", False),
        ]
    lines.append(
        ("center", rng.choice(["Thank you for shopping local!", "See you again soon"]), False)
    )
    return lines, Truth(total, "GBP", when, name)


def canadian_more(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["LAKESIDE MARKET", "Prairie Hardware", "Café Boréal", "WEST END PHARMACY"])
    items = _priced(
        rng,
        ["MILK 4L", "EGGS DOZEN", "MAPLE SYRUP", "BATTERIES", "COFFEE", "BREAD", "SOAP"],
        149,
        2499,
    )
    when = _date(rng)
    lines: list[Line] = [("logo", name, True)]
    lines.append(
        ("center", rng.choice(["455 Portage Ave", "1200 Rue Ste-Catherine", "22 Water St"]), False)
    )
    lines.append(
        (
            "center",
            rng.choice(["Winnipeg, MB R3B 2E9", "Halifax NS B3J 1S9"]) if cues else "Winnipeg",
            False,
        )
    )
    if rng.random() < 0.6:
        lines.append(("center", "(204) 555-0175", False))
    if cues and rng.random() < 0.6:
        lines.append(("center", "GST/HST # 123456789 RT0001", False))
    lines += [("pair", f"{n}|{money(p)}", False) for n, p in items]
    deposit = Decimal("0.10") * rng.randint(0, 3)
    if deposit:
        lines.append(("pair", "BOTTLE DEP|" + money(deposit), False))
    sub = sum((p for _, p in items), deposit)
    gst = (sub * 5 / Decimal(100)).quantize(CENT, ROUND_HALF_UP)
    pst = (sub * 7 / Decimal(100)).quantize(CENT, ROUND_HALF_UP)
    total = sub + gst + pst
    lines += [
        ("pair", "SUBTOTAL|" + money(sub), False),
        ("pair", "GST 5%|" + money(gst), False),
        ("pair", "PST 7%|" + money(pst), False),
        ("tall" if rng.random() < 0.4 else "pair", "TOTAL|$" + money(total), True),
    ]
    card = rng.random() < 0.6
    if card:
        lines += [
            ("pair", "INTERAC|" + money(total), False),
            ("left", "DEBIT  ACCT: CHEQUING", False),
            ("pair", "PURCHASE|$" + money(total), False),
            ("left", "00 APPROVED - THANK YOU", False),
        ]
    else:
        cash = _cash(rng, total)
        lines += [
            ("pair", "CASH|" + money(cash), False),
            ("pair", "CHANGE|" + money(cash - total), False),
        ]
    stamp = rng.randint(0, 2)
    day = [
        f"{when:%Y-%m-%d} {_clock(rng)}",
        f"{when:%d/%m/%Y} {_clock(rng)}",
        f"{ENGLISH_MONTHS[when.month - 1]} {when.day}, {when.year} {_clock(rng)}",
    ][stamp]
    lines.append(("left", day, False))
    lines.append(("center", "Thank you / Merci", False))
    return lines, Truth(total, "CAD", when, name)


def south_african_more(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(
        ["KLOOF STREET DELI", "Mama Afrika Store", "JACARANDA PHARMACY", "Highveld Hardware"]
    )
    items = _priced(
        rng,
        [
            "Boerewors",
            "Coke 2L",
            "Maize meal 5kg",
            "Rooibos",
            "Bread",
            "Chakalaka",
            "Drill bits",
        ],
        1299,
        29999,
    )
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    big = rng.random() < 0.4
    if big:
        items.append(("Gas braai", Decimal(rng.randint(100000, 250000)) / 100))
        total += items[-1][1]
    gap = "" if rng.random() < 0.5 else " "
    comma = rng.random() < 0.5

    def r(value: Decimal) -> str:
        return f"R{gap}{_grouped(value, ',', '.') if comma else money(value)}"

    lines: list[Line] = [("logo", name, True)]
    lines.append(
        (
            "center",
            rng.choice(["Shop 4, Long Street", "12 Church St", "Cnr Main & Voortrekker Rd"]),
            False,
        )
    )
    lines.append(("center", rng.choice(["Cape Town, 8001", "Pretoria 0002", "Durban 4001"]), False))
    lines.append(("center", rng.choice(["Tel: 021 123 4567", "Tel (012) 345 6789"]), False))
    if cues:
        lines.append(("center", "VAT No: 4123456789", False))
    lines.append(("center", "TAX INVOICE", True))
    lines += [("pair", f"{n}|{money(p)}", False) for n, p in items]
    lines.append(
        (
            "tall" if rng.random() < 0.4 else "pair",
            f"{rng.choice(['TOTAL', 'TOTAL DUE', 'AMOUNT DUE'])}|{r(total)}",
            True,
        )
    )
    card = rng.random() < 0.5
    if card:
        lines.append(("pair", "CARD|" + r(total), False))
        lines.append(("left", "MASTERCARD ****5511  APPROVED", False))
    else:
        cash = _cash(rng, total, (100, 200, 500, 1000, 2000, 5000))
        lines += [("pair", "CASH|" + r(cash), False), ("pair", "CHANGE|" + r(cash - total), False)]
    lines.append(("pair", "VAT 15% incl|" + money(_vat_in(total, Decimal(15))), False))
    stamp = rng.randint(0, 2)
    day = [
        f"{when:%Y/%m/%d} {_clock(rng)}",
        f"{when:%d/%m/%Y} {_clock(rng)}",
        f"{when:%Y-%m-%d} {_clock(rng)}",
    ][stamp]
    lines.append(("left", day, False))
    lines.append(
        (
            "center",
            rng.choice(["Thank you for your support!", "Goods cannot be exchanged without slip"]),
            False,
        )
    )
    return lines, Truth(total, "ZAR", when, name)


def swiss_more(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    french = rng.random() < 0.35
    name = rng.choice(
        ["Boulangerie du Lac", "CAFÉ BELLEVUE"]
        if french
        else ["Bäckerei-Konditorei Steiner", "METZGEREI FREI", "Café Rosengarten", "DROGERIE WYSS"]
    )
    items = _pick_items(
        rng,
        [("Gipfeli", "1"), ("Zopf 500g", "1"), ("Cappuccino", "2"), ("Bündnerfleisch", "1"),
         ("Mineral 5dl", "2"), ("Croissant", "1"), ("Rivella", "2")],
        120, 2450,
    )  # fmt: skip
    raw = sum((p for _, p, _ in items), Decimal(0))
    total = (raw * 20).quantize(Decimal(1), ROUND_HALF_UP) / 20  # 5-Rappen rounding
    total = total.quantize(CENT)
    when = _date(rng)
    lines: list[Line] = [("logo", name, True)]
    lines.append(
        (
            "center",
            "Rue du Lac 8, 1003 Lausanne"
            if french
            else rng.choice(["Bahnhofstrasse 21, 8001 Zürich", "Marktgasse 7", "Spitalgasse 33"]),
            False,
        )
    )
    if rng.random() < 0.5:
        lines.append(("center", rng.choice(["Tel. 044 211 22 33", "+41 31 311 22 33"]), False))
    if cues:
        lines.append(("center", "CHE-123.456.789 " + ("TVA" if french else "MWST"), False))
    lines.append(("rule", "", False))
    for n, p, code in items:
        lines.append(("pair", f"{n}|{money(p)} {code}", False))
    if total != raw:
        lines.append(("pair", f"{'Arrondi' if french else 'Rundung'}|{money(total - raw)}", False))
    style = rng.randint(0, 3)
    label = ["Total CHF", "TOTAL", "Zu bezahlen" if not french else "A payer", "Total"][style]
    shown = [money(total), f"CHF {money(total)}", f"CHF {money(total)}", f"{money(total)} Fr."][
        style
    ]
    lines.append(("tall" if rng.random() < 0.4 else "pair", f"{label}|{shown}", True))
    card = rng.random() < 0.5
    if card:
        lines.append(
            (
                "pair",
                f"{rng.choice(['Debit Mastercard', 'TWINT', 'Postcard'])}|CHF {money(total)}",
                False,
            )
        )
    else:
        cash = _cash(rng, total)
        lines += [
            ("pair", f"{'Espèces' if french else 'Bar'}|{money(cash)}", False),
            ("pair", f"{'Rendu' if french else 'Rückgeld'}|{money(cash - total)}", False),
        ]
    parts = _vat_parts(rng, items, {"1": Decimal("2.6"), "2": Decimal("8.1")})
    for code, rate, _net, tax, gross in parts:
        lines.append(
            (
                "pair",
                f"{code} {'TVA' if french else 'MWST'} {rate}%  {money(gross)}|{money(tax)}",
                False,
            )
        )
    stamp = rng.randint(0, 2)
    day = [
        f"{when:%d.%m.%Y} {_clock(rng)}",
        f"{when:%d.%m.%y} {_clock(rng)}",
        f"{when:%d/%m/%Y} {_clock(rng)}",
    ][stamp]
    lines.append(("left", day, False))
    lines.append(
        ("center", "Merci pour votre visite" if french else "Danke für Ihren Besuch", False)
    )
    return lines, Truth(total, "CHF", when, name)


def vietnamese_more(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(
        [
            "NHÀ HÀNG BIỂN ĐÔNG",
            "Tiệm Bánh Mì Hoà",
            "CỬA HÀNG TIỆN LỢI XANH",
            "Cà Phê Góc Phố",
            "LẨU DÊ 404",
        ]
    )
    items = [
        (n, Decimal(rng.randint(15, 450)) * 1000)
        for n in rng.sample(
            [
                "Lẩu thái",
                "Bia Sài Gòn",
                "Gỏi cuốn",
                "Cà phê sữa đá",
                "Bánh mì thịt",
                "Nước suối",
                "Mì xào",
            ],
            rng.randint(2, 5),
        )
    ]
    sub = sum((p for _, p in items), Decimal(0))
    comma = rng.random() < 0.35
    d = (lambda v: f"{int(v):,}") if comma else dong  # noqa: E731
    when = _date(rng)
    lines: list[Line] = [("logo", name, True)]
    lines.append(
        (
            "center",
            rng.choice(
                [
                    "Đ/c: 45 Lê Lợi, P. Bến Thành, Q.1, TP.HCM",
                    "Địa chỉ: 18 Hàng Bài, Hoàn Kiếm, Hà Nội",
                ]
            ),
            False,
        )
    )
    if rng.random() < 0.7:
        lines.append(("center", rng.choice(["ĐT: 028 3822 1234", "Hotline: 0909 123 456"]), False))
    if cues:
        lines.append(("center", "MST: 0312345678", False))
    lines.append(("center", rng.choice(["HÓA ĐƠN BÁN HÀNG", "PHIẾU THANH TOÁN", "HÓA ĐƠN"]), True))
    stamp = rng.randint(0, 2)
    day = [
        f"Ngày: {when:%d/%m/%Y}",
        f"Giờ vào: {_clock(rng)} {when:%d/%m/%Y}",
        f"{when:%d/%m/%Y} {_clock(rng)}",
    ][stamp]
    lines.append(("left", day, False))
    lines.append(("left", f"Bàn: {rng.randint(1, 20)}   Thu ngân: Lan", False))
    lines.append(("pair", "Tên món    SL|T.Tiền", False))
    lines += [("pair", f"{n}  1|{d(p)}", False) for n, p in items]
    lines.append(("pair", "Thành tiền|" + d(sub), False))
    total = sub
    if rng.random() < 0.4:
        fee = (sub * 5 / 100).quantize(Decimal(1))
        lines.append(("pair", "Phí phục vụ 5%|" + d(fee), False))
        total += fee
    if rng.random() < 0.4:
        vat = (total * 8 / 100).quantize(Decimal(1))
        lines.append(("pair", "Thuế VAT 8%|" + d(vat), False))
        total += vat
    label = rng.choice(["Tổng cộng", "TỔNG TIỀN", "Thanh toán", "Khách phải trả", "TỔNG CỘNG"])
    unit = rng.choice(["", "đ", " VND", " đ"])
    lines.append(("tall" if rng.random() < 0.4 else "pair", f"{label}|{d(total)}{unit}", True))
    if rng.random() < 0.6:
        given = (total // 100000 + 1) * 100000
        lines += [
            ("pair", "Tiền khách đưa|" + d(given), False),
            ("pair", rng.choice(["Tiền thừa", "Tiền thối lại"]) + "|" + d(given - total), False),
        ]
    else:
        lines.append(("pair", "Chuyển khoản|" + d(total), False))
    lines.append(("center", rng.choice(["Xin cảm ơn quý khách!", "Hẹn gặp lại!"]), False))
    lines.append(("center", "Wifi: cafe2026  Pass: 12345678", False))
    return lines, Truth(total, "VND", when, name)


VARIED: dict[str, Callable[[random.Random, bool], tuple[list[Line], Truth]]] = {
    "DE": german, "FR": french, "US2": american_more, "USR": american_diner, "GB2": british_more,
    "CA2": canadian_more, "ZA2": south_african_more, "CH2": swiss_more, "VN2": vietnamese_more,
}  # fmt: skip
HARD_VIEWS = ("flat", "photo", "dim", "rot90", "shadow", "angle", "crumple", "scan")


# --- "implied" receipts: the currency only the country's cues tell (tax names, postcodes,
# phones, VAT ids, words), a card-terminal slip under some, totals with a code after, and a
# reader whose home currency is often not the receipt's


def _slip(rng: random.Random, amount: str, code: str, english: bool = True) -> list[Line]:
    """A card terminal's slip printed under the receipt: its own amount line, sometimes
    with the currency code, never the shop's total label."""
    brand = rng.choice(["VISA", "MASTERCARD", "DEBIT MASTERCARD", "MAESTRO"])
    lines: list[Line] = [("rule", "", False)]
    lines.append(("center", "CUSTOMER COPY" if english else "KUNDENBELEG", False))
    lines.append(("left", f"{brand}  ************{rng.randint(1000, 9999)}", False))
    lines.append(
        (
            "left",
            f"TID {rng.randint(10000000, 99999999)}  AUTH {rng.randint(100000, 999999)}",
            False,
        )
    )
    shown = rng.choice([amount, f"{code} {amount}", f"{amount} {code}"])
    lines.append(("pair", f"{'AMOUNT' if english else 'BETRAG'}|{shown}", False))
    lines.append(("center", rng.choice(["APPROVED", "CONTACTLESS", "PIN VERIFIED"]), False))
    return lines


def _pick(rng: random.Random, cues: list[list[Line]], least: int = 1) -> list[Line]:
    """Some of a country's cue lines (at least `least`), in their order."""
    chosen = sorted(rng.sample(range(len(cues)), rng.randint(least, min(len(cues), 3))))
    return [line for i in chosen for line in cues[i]]


def implied_de(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["Backstube Albers", "KIOSK AM RING", "Blumen Vogt", "SCHUHHAUS KLEE"])
    c = lambda v: money(v, True)  # noqa: E731
    items = _pick_items(rng, [("Brezel", "B"), ("Kaffee to go", "A"), ("Zeitung", "B"),
                              ("Wasser 0,5l", "A"), ("Blumenstrauss", "B"), ("Socken", "A")],
                        60, 1999)  # fmt: skip
    total = sum((p for _, p, _ in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [("logo", name, True), ("center", "Kirchstr. 14", False)]
    cue_lines = [
        [("center", rng.choice(["49074 Osnabrück", "04109 Leipzig", "90402 Nürnberg"]), False)],
        [("center", rng.choice(["USt-IdNr. DE 287 654 321", "St.Nr. 65/123/45678"]), False)],
        [("center", "Tel. +49 541 123456", False)],
        [("center", "www.beispiel-laden.de", False)],
    ]
    lines += _pick(rng, cue_lines)
    lines.append(("rule", "", False))
    lines += [("pair", f"{n}|{c(p)} {k}", False) for n, p, k in items]
    lines.append(("rule", "", False))
    label = rng.choice(["SUMME", "Summe", "Zu zahlen", "Gesamt"])
    code = rng.random() < 0.3
    lines.append(
        (
            "tall" if rng.random() < 0.4 else "pair",
            f"{label}|{c(total)}{' EUR' if code else ''}",
            True,
        )
    )
    for k, rate in (("A", Decimal(19)), ("B", Decimal(7))):
        gross = sum((p for _, p, kk in items if kk == k), Decimal(0))
        if gross:
            lines.append(("pair", f"{k} MwSt {rate}%|{c(_vat_in(gross, rate))}", False))
    card = rng.random() < 0.5
    if card:
        lines.append(("pair", f"EC-Cash|{c(total)}", False))
    else:
        cash = _cash(rng, total, (5, 10, 20, 50))
        lines += [("pair", f"Bar|{c(cash)}", False), ("pair", f"Rückgeld|{c(cash - total)}", False)]
    lines.append(("left", f"{when:%d.%m.%Y}  {_clock(rng)}", False))
    if card:
        lines += _slip(rng, c(total), "EUR", english=False)
    return lines, Truth(total, "EUR", when, name)


def implied_fr(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(
        ["BOUCHERIE MOREAU", "Tabac de la Gare", "LA CAVE A FROMAGES", "Fleurs Lucie"]
    )
    c = lambda v: money(v, True)  # noqa: E731
    items = _pick_items(rng, [("Jambon blanc", "1"), ("Journal", "1"), ("Eau gazeuse", "1"),
                              ("Vin blanc", "2"), ("Bouquet", "2"), ("Briquet", "2")],
                        80, 2499)  # fmt: skip
    total = sum((p for _, p, _ in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [("logo", name, True), ("center", "12 rue Victor Hugo", False)]
    cue_lines = [
        [("center", rng.choice(["69002 LYON", "33000 Bordeaux", "75011 PARIS"]), False)],
        [
            (
                "center",
                "SIRET " + " ".join(str(rng.randint(100, 999)) for _ in range(3)) + " 00012",
                False,
            )
        ],
        [("center", "Tél : 04 78 12 34 56", False)],
        [("center", "N° TVA FR 12 345678901", False)],
    ]
    lines += _pick(rng, cue_lines)
    lines.append(("rule", "", False))
    lines += [("pair", f"{n}|{c(p)}", False) for n, p, _ in items]
    label = rng.choice(["TOTAL TTC", "TOTAL", "NET A PAYER", "A PAYER"])
    code = rng.random() < 0.3
    lines.append(
        (
            "tall" if rng.random() < 0.4 else "pair",
            f"{label}|{c(total)}{' EUR' if code else ''}",
            True,
        )
    )
    for k, rate in (("1", Decimal("5.5")), ("2", Decimal(20))):
        gross = sum((p for _, p, kk in items if kk == k), Decimal(0))
        if gross:
            lines.append(
                ("pair", f"TVA {str(rate).replace('.', ',')}%|{c(_vat_in(gross, rate))}", False)
            )
    card = rng.random() < 0.5
    lines.append(("pair", f"{'CB' if card else 'ESPECES'}|{c(total)}", False))
    lines.append(("left", f"Le {when:%d/%m/%Y} à {_clock(rng)}", False))
    if card:
        lines += _slip(rng, c(total), "EUR")
    lines.append(("center", "Merci de votre visite", False))
    return lines, Truth(total, "EUR", when, name)


def implied_us(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["CORNER MART", "Bayside Pizza", "ACE FEED & SUPPLY", "Lakeview Laundry"])
    items = _pick_items(rng, [("SODA 20OZ", "T"), ("CHIPS", "T"), ("LG PIZZA", "T"),
                              ("DOG FOOD", "T"),
                              ("MILK GAL", "N"), ("EGGS DZ", "N")], 99, 2499)  # fmt: skip
    sub = sum((p for _, p, _ in items), Decimal(0))
    rate = rng.choice([Decimal("6.25"), Decimal("7"), Decimal("8.875"), Decimal("5.3")])
    taxable = sum((p for _, p, k in items if k == "T"), Decimal(0))
    tax = (taxable * rate / 100).quantize(CENT, ROUND_HALF_UP)
    when = _date(rng)
    lines: list[Line] = [
        ("logo", name, True),
        ("center", rng.choice(["410 N Main St", "2200 Shore Rd"]), False),
    ]
    cue_lines = [
        [("center", rng.choice(["Dayton, OH 45402", "Tampa, FL 33602", "Boise, ID 83702"]), False)],
        [("center", rng.choice(["(937) 555-0188", "813-555-0127"]), False)],
        [("pair", f"SALES TAX {rate}%|{money(tax)}", False)],
    ]
    picked = _pick(rng, cue_lines)
    has_tax = any("SALES TAX" in t for _, t, _ in picked)
    lines += [line for line in picked if "SALES TAX" not in line[1]]
    lines += [("pair", f"{n} {k}|{money(p)}", False) for n, p, k in items]
    lines.append(("pair", f"SUBTOTAL|{money(sub)}", False))
    lines.append(
        ("pair", f"{'SALES TAX ' + str(rate) + '%' if has_tax else 'TAX'}|{money(tax)}", False)
    )
    total = sub + tax
    tip = Decimal(0)
    style = rng.randint(0, 2)
    lines.append(("pair", f"TOTAL|{money(total)}", True))
    if style == 0:
        cash = _cash(rng, total)
        lines += [
            ("pair", "CASH TEND|" + money(cash), False),
            ("pair", "CHANGE|" + money(cash - total), False),
        ]
    else:
        lines.append(("pair", "CREDIT CARD|" + money(total), False))
    lines.append(("left", f"{when:%m/%d/%Y} {rng.randint(1, 12)}:{rng.randint(10, 59)} PM", False))
    if style == 2:  # a restaurant slip under it, the tip written in
        tip = (total * Decimal(rng.choice([15, 18, 20])) / 100).quantize(CENT, ROUND_HALF_UP)
        lines += _slip(rng, money(total), "USD")
        lines += [
            ("pair", f"TIP|{money(tip)}", False),
            ("pair", f"TOTAL|{money(total + tip)}", True),
            ("left", "X_____________________", False),
        ]
    return lines, Truth(total + tip, "USD", when, name)


_GB_VAT_GROUPS = ((100, 999), (1000, 9999), (10, 99))


def implied_gb(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["THE KINGS ARMS", "Hollis Hardware", "BRIGHTON NEWS", "Oakleaf Pharmacy"])
    items = _pick_items(rng, [("Sausage roll", "A"), ("Lager pint", "A"), ("Newspaper", "Z"),
                              ("Paracetamol", "A"), ("Milk 2pt", "Z"), ("Screws", "A")],
                        80, 1599)  # fmt: skip
    total = sum((p for _, p, _ in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [
        ("logo", name, True),
        ("center", rng.choice(["22 Church Lane", "5 Market Sq"]), False),
    ]
    cue_lines = [
        [("center", rng.choice(["Leeds LS1 4DY", "Bristol BS1 5TR", "Brighton BN1 1AE"]), False)],
        [
            (
                "center",
                "VAT Reg No "
                + " ".join(str(rng.randint(low, high)) for low, high in _GB_VAT_GROUPS),
                False,
            )
        ],
        [("center", rng.choice(["Tel: 0113 496 0123", "Tel 01273 555 012"]), False)],
        [("pair", f"VAT @ 20%|{money(_vat_in(total, Decimal(20)))}", False)],
    ]
    picked = _pick(rng, cue_lines)
    vat = [line for line in picked if line[1].startswith("VAT @")]
    lines += [line for line in picked if not line[1].startswith("VAT @")]
    lines += [("pair", f"{n}|{money(p)} {k}", False) for n, p, k in items]
    sign = rng.choice(["£", "", ""])
    lines.append(
        (
            "tall" if rng.random() < 0.4 else "pair",
            f"{rng.choice(['TOTAL', 'BALANCE DUE', 'Total to pay'])}|{sign}{money(total)}",
            True,
        )
    )
    lines += vat
    card = rng.random() < 0.6
    if card:
        lines.append(("pair", "CARD|" + money(total), False))
    else:
        cash = _cash(rng, total)
        lines += [
            ("pair", "CASH|" + money(cash), False),
            ("pair", "CHANGE|" + money(cash - total), False),
        ]
    lines.append(("left", f"{when:%d/%m/%Y} {_clock(rng)}", False))
    if card:
        lines += _slip(rng, money(total), "GBP")
    return lines, Truth(total, "GBP", when, name)


def implied_ca(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(
        ["PRAIRIE PANTRY", "Harbourfront Books", "NORTH SHORE PHARMACY", "Loonie Mart"]
    )
    items = _pick_items(rng, [("COFFEE LG", "T"), ("DONUT", "N"), ("MAGAZINE", "T"), ("BREAD", "N"),
                              ("TOQUE", "T"), ("SYRUP 500ML", "N")], 99, 2999)  # fmt: skip
    sub = sum((p for _, p, _ in items), Decimal(0))
    taxable = sum((p for _, p, k in items if k == "T"), Decimal(0))
    province, taxes = rng.choice([
        ("Winnipeg, MB R3C 4T3", [("GST 5%", Decimal(5)), ("PST 7%", Decimal(7))]),
        ("Halifax, NS B3H 1A1", [("HST 15%", Decimal(15))]),
        ("Calgary, AB T2P 1J9", [("GST 5%", Decimal(5))]),
        ("Ottawa, ON K1P 5G3", [("HST 13%", Decimal(13))]),
    ])  # fmt: skip
    tax_lines = [(lab, (taxable * r / 100).quantize(CENT, ROUND_HALF_UP)) for lab, r in taxes]
    total = sub + sum((t for _, t in tax_lines), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [("logo", name, True), ("center", "150 Portage Ave", False)]
    cue_lines = [
        [("center", province if rng.random() < 0.6 else province.rsplit(" ", 2)[0], False)],
        [("center", f"GST/HST # {rng.randint(100000000, 999999999)} RT0001", False)],
        [("center", rng.choice(["(204) 555-0163", "902-555-0110"]), False)],
    ]
    lines += _pick(rng, cue_lines)
    lines += [("pair", f"{n}|{money(p)} {'' if k == 'N' else 'G'}", False) for n, p, k in items]
    lines.append(("pair", f"SUBTOTAL|{money(sub)}", False))
    lines += [("pair", f"{lab}|{money(t)}", False) for lab, t in tax_lines]
    code = rng.random() < 0.3
    lines.append(("pair", f"TOTAL|{money(total)}{' CAD' if code else ''}", True))
    card = rng.random() < 0.6
    if card:
        lines.append(("pair", "INTERAC|" + money(total), False))
    else:
        cash = _cash(rng, total)
        lines += [
            ("pair", "CASH|" + money(cash), False),
            ("pair", "CHANGE|" + money(cash - total), False),
        ]
    lines.append(("left", f"{when:%Y/%m/%d} {_clock(rng)}", False))
    if card:
        lines += _slip(rng, money(total), "CAD")
    return lines, Truth(total, "CAD", when, name)


def implied_za(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["FYNBOS PHARMACY", "Highveld Butchery", "KWIKSHOP DURBAN", "Protea Books"])
    items = _pick_items(rng, [("Wors 500g", "S"), ("Bread white", "Z"), ("Coke 2L", "S"),
                              ("Airtime R29", "S"), ("Panado 24", "S"), ("Mielie meal", "Z")],
                        999, 18999)  # fmt: skip
    total = sum((p for _, p, _ in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [
        ("logo", name, True),
        ("center", rng.choice(["Shop 4, Sandton City", "81 Smith St"]), False),
    ]
    cue_lines = [
        [("center", f"VAT No: 4{rng.randint(100000000, 999999999)}", False)],
        [("center", rng.choice(["Tel: 011 555 0134", "Tel 031 555 0190"]), False)],
        [("center", rng.choice(["Durban, 4001", "Sandton 2196", "Pretoria 0002"]), False)],
        [("center", "Fynbos Trading (Pty) Ltd", False)],
    ]
    picked = _pick(rng, cue_lines)
    lines += picked
    lines += [("pair", f"{n}|{money(p)}{' *' if k == 'Z' else ''}", False) for n, p, k in items]
    rand = rng.random() < 0.4
    lines.append(("pair", f"TOTAL|{'R' if rand else ''}{money(total)}", True))
    lines.append(("pair", f"VAT 15%|{money(_vat_in(total, Decimal(15)))}", False))
    card = rng.random() < 0.5
    if card:
        lines.append(("pair", "CARD|" + money(total), False))
    else:
        cash = _cash(rng, total, (50, 100, 200))
        lines += [
            ("pair", "CASH|" + money(cash), False),
            ("pair", "CHANGE|" + money(cash - total), False),
        ]
    lines.append(("left", f"{when:%Y-%m-%d} {_clock(rng)}", False))
    if card:
        lines += _slip(rng, money(total), "ZAR")
    return lines, Truth(total, "ZAR", when, name)


def implied_ch(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(["Confiserie Baumann", "KIOSK BAHNHOF", "Papeterie du Lac", "VELO FLURY"])
    french = name == "Papeterie du Lac"
    items = _pick_items(rng, [("Schoggi", "2"), ("Zeitung", "1"), ("Mineral", "2"), ("Stift", "2"),
                              ("Brot", "1"), ("Veloschlauch", "2")], 120, 3999)  # fmt: skip
    raw = sum((p for _, p, _ in items), Decimal(0))
    total = (raw * 20).quantize(Decimal(1), ROUND_HALF_UP) / 20
    total = total.quantize(CENT)
    when = _date(rng)
    lines: list[Line] = [
        ("logo", name, True),
        ("center", "Seestrasse 4" if not french else "Quai du Mont-Blanc 2", False),
    ]
    cue_lines = [
        [("center", "8002 Zürich" if not french else "1201 Genève", False)],
        [
            (
                "center",
                "CHE-"
                + ".".join(str(rng.randint(100, 999)) for _ in range(3))
                + (" TVA" if french else " MWST"),
                False,
            )
        ],
        [("center", rng.choice(["Tel. 044 555 12 34", "+41 22 555 12 34"]), False)],
        [
            (
                "pair",
                f"{'TVA' if french else 'MWST'} 8.1% inkl.|{money(_vat_in(total, Decimal('8.1')))}",
                False,
            )
        ],
    ]
    picked = _pick(rng, cue_lines)
    vat = [line for line in picked if "inkl." in line[1]]
    lines += [line for line in picked if "inkl." not in line[1]]
    lines += [("pair", f"{n}|{money(p)}", False) for n, p, _ in items]
    if total != raw:
        lines.append(("pair", f"{'Arrondi' if french else 'Rundung'}|{money(total - raw)}", False))
    shown = rng.choice([money(total), money(total), f"{money(total)} Fr.", f"Fr. {money(total)}"])
    lines.append(("pair", f"{'Total' if french else rng.choice(['Total', 'Summe'])}|{shown}", True))
    lines += vat
    lines.append(("pair", f"{rng.choice(['Karte', 'TWINT', 'Bar'])}|{money(total)}", False))
    lines.append(("left", f"{when:%d.%m.%Y} {_clock(rng)}", False))
    return lines, Truth(total, "CHF", when, name)


def implied_vn(rng: random.Random, cues: bool) -> tuple[list[Line], Truth]:
    name = rng.choice(
        ["BÚN CHẢ ĐẮC KIM", "Tạp Hoá Minh Anh", "ĐIỆN MÁY PHƯƠNG NAM", "Quán Nhậu Đức"]
    )
    items = [(n, Decimal(rng.randint(12, 380)) * 1000)
             for n in rng.sample(["Bún chả", "Nem rán", "Trà đá", "Bia Hà Nội", "Nước ngọt",
                                  "Khăn lạnh"],
                                 rng.randint(2, 5))]  # fmt: skip
    total = sum((p for _, p in items), Decimal(0))
    when = _date(rng)
    lines: list[Line] = [("logo", name, True)]
    cue_lines = [
        [
            (
                "center",
                rng.choice(["Số 1 Hàng Mành, Q. Hoàn Kiếm, Hà Nội", "88 Võ Văn Tần, Quận 3"]),
                False,
            )
        ],
        [("center", f"MST: 0{rng.randint(100000000, 999999999)}", False)],
        [("center", rng.choice(["ĐT: 024 3826 5678", "SĐT: 0912 345 678"]), False)],
    ]
    lines += _pick(rng, cue_lines)
    lines.append(("center", "HÓA ĐƠN BÁN LẺ", True))
    lines.append(("left", f"Ngày {when:%d/%m/%Y}", False))
    lines += [("pair", f"{n}|{dong(p)}", False) for n, p in items]
    unit = rng.choice(["", "", " VND", "đ"])
    lines.append(
        (
            "tall" if rng.random() < 0.4 else "pair",
            f"{rng.choice(['Tổng tiền', 'TỔNG TIỀN', 'Tổng thanh toán'])}|{dong(total)}{unit}",
            True,
        )
    )
    given = (total // 50000 + 1) * 50000
    lines += [
        ("pair", "Tiền mặt|" + dong(given), False),
        ("pair", "Trả lại|" + dong(given - total), False),
    ]
    lines.append(("center", "Cảm ơn quý khách", False))
    return lines, Truth(total, "VND", when, name)


IMPLIED: dict[str, Callable[[random.Random, bool], tuple[list[Line], Truth]]] = {
    "DE3": implied_de, "FR3": implied_fr, "US3": implied_us, "GB3": implied_gb,
    "CA3": implied_ca, "ZA3": implied_za, "CH3": implied_ch, "VN3": implied_vn,
}  # fmt: skip
PHONE_VIEWS = ("tilt", "curl", "lowlight", "photo", "shadow", "scan", "flat", "angle")
HOMES = (("GBP", "en_GB"), ("USD", "en_US"), ("EUR", "de_DE"), ("CAD", "en_CA"),
         ("EUR", "fr_FR"), ("CHF", "de_CH"), ("VND", "vi_VN"), ("ZAR", "en_ZA"))  # fmt: skip
"""The homes an "implied" receipt is read with (one chosen per receipt): often not the
receipt's, so a right currency comes from its cues."""


def _logo(text: str, width: int, ink: int, rng: random.Random) -> Image.Image:
    """The shop's name as a logo-ish line: a proportional bold face, larger, fit to the paper."""
    face = rng.choice(
        ["DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSansCondensed-Bold.ttf"]
    )
    size = rng.randint(34, 48)
    font = ImageFont.truetype(str(FONTS / face), size)
    while (
        size > 20
        and ImageDraw.Draw(Image.new("L", (1, 1))).textlength(text, font=font) > width - 40
    ):
        size -= 2
        font = ImageFont.truetype(str(FONTS / face), size)
    strip = Image.new("L", (width, round(size * 1.4)), 255)
    pen = ImageDraw.Draw(strip)
    pen.text(((width - pen.textlength(text, font=font)) / 2, size * 0.1), text, font=font, fill=ink)
    return strip


def draw_varied(lines: list[Line], rng: random.Random) -> Image.Image:
    """`draw`, with a logo line and double-height lines (the total on many tills)."""
    size = rng.choice([19, 21, 23])
    width = 38 * size * 6 // 10 + 60
    regular = ImageFont.truetype(str(FONTS / "DejaVuSansMono.ttf"), size)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSansMono-Bold.ttf"), size + 1)
    step = round(size * rng.uniform(1.45, 1.75))
    paper = rng.randint(225, 255)
    ink = rng.randint(10, 70)
    strips: list[Image.Image] = []
    for kind, text, strong in lines:
        if kind == "logo":
            strips.append(_logo(text, width, ink, rng))
            continue
        font = bold if strong else regular
        strip = Image.new("L", (width, step), 255)
        pen = ImageDraw.Draw(strip)
        if kind == "rule":
            pen.line((20, step // 2, width - 20, step // 2), fill=ink, width=2)
        elif kind == "center":
            pen.text(((width - pen.textlength(text, font=font)) / 2, 0), text, font=font, fill=ink)
        elif kind == "left":
            pen.text((20, 0), text, font=font, fill=ink)
        else:
            left, _, right = text.partition("|")
            pen.text((20, 0), left, font=font, fill=ink)
            pen.text((width - 20 - pen.textlength(right, font=font), 0), right, font=font, fill=ink)
        if kind == "tall":  # double height
            strip = strip.resize((width, step * 2), Image.Resampling.BICUBIC)
        strips.append(strip)
    image = Image.new("L", (width, 60 + sum(s.height for s in strips)), 255)
    y = 30
    for strip in strips:
        image.paste(strip, (0, y))
        y += strip.height
    image = image.point(lambda v: paper * v // 255)
    return image.filter(ImageFilter.GaussianBlur(0.5))


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert(image.mode)


def _low_contrast(receipt: Image.Image, rng: random.Random) -> Image.Image:
    """Faded thermal print on greyish paper: ink and paper closer together."""
    dark, light = rng.randint(80, 120), rng.randint(185, 215)
    return receipt.point(lambda v: dark + (light - dark) * v // 255)


def _shadow(photo: Image.Image, rng: random.Random) -> Image.Image:
    """A phone's or hand's shadow over part of the receipt: a soft dark band."""
    w, h = photo.size
    mask = Image.new("L", (w, h), 0)
    pen = ImageDraw.Draw(mask)
    x = rng.uniform(0.3, 0.7) * w
    slant = rng.uniform(-0.4, 0.4) * w
    pen.polygon([(x, 0), (w, 0), (w, h), (x + slant, h)], fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(w / 25))
    darker = photo.point(lambda v: v * rng.randint(45, 60) // 100)
    return Image.composite(darker, photo, mask)


def _crumple(receipt: Image.Image, rng: random.Random) -> Image.Image:
    """A slightly crumpled receipt: lines wave a little, creases shade the paper."""
    w, h = receipt.size
    cells = 8
    mesh = []
    amplitude = rng.uniform(2.0, 4.0)
    phase = rng.uniform(0, 6.28)
    for row in range(cells):
        for col in range(cells):
            x0, x1 = col * w // cells, (col + 1) * w // cells
            y0, y1 = row * h // cells, (row + 1) * h // cells

            def shift(x: float, y: float) -> tuple[float, float]:
                return (
                    x + amplitude * math.sin(y / h * 9 + phase),
                    y + amplitude * math.sin(x / w * 7 + phase),
                )

            quad = (*shift(x0, y0), *shift(x0, y1), *shift(x1, y1), *shift(x1, y0))
            mesh.append(((x0, y0, x1, y1), quad))
    waved = receipt.transform(
        (w, h), Image.Transform.MESH, mesh, Image.Resampling.BICUBIC, fillcolor=255
    )
    creases = Image.new("L", (w, h), 255)
    pen = ImageDraw.Draw(creases)
    for _ in range(rng.randint(2, 4)):
        y = rng.uniform(0.1, 0.9) * h
        pen.line(
            (0, y, w, y + rng.uniform(-0.1, 0.1) * h),
            fill=rng.randint(170, 210),
            width=rng.randint(6, 14),
        )
    creases = creases.filter(ImageFilter.GaussianBlur(8))
    return ImageChops.multiply(waved, creases)


def _curl(receipt: Image.Image, rng: random.Random) -> Image.Image:
    """Paper curling up at its sides (as a receipt fresh off the roll): the columns near the
    edges are squeezed and darker, the middle flat."""
    w, h = receipt.size
    k = rng.uniform(0.8, 0.95)  # how far round the paper bends
    mesh = []
    strips = 32
    for i in range(strips):
        x0, x1 = i * w // strips, (i + 1) * w // strips

        def source(x: float) -> float:  # the paper column seen at output column x
            return (1 + math.asin(k * (2 * x / w - 1)) / math.asin(k)) * w / 2

        mesh.append(((x0, 0, x1, h), (source(x0), 0, source(x0), h, source(x1), h, source(x1), 0)))
    bent = receipt.transform(
        (w, h), Image.Transform.MESH, mesh, Image.Resampling.BICUBIC, fillcolor=255
    )
    shade = Image.new("L", (w, 1))
    shade.putdata([round(255 - 90 * k * (2 * x / w - 1) ** 2) for x in range(w)])
    return ImageChops.multiply(bent, shade.resize((w, h)))


def _low_light(photo: Image.Image, rng: random.Random) -> Image.Image:
    """An evening photo: darker, less contrast, sensor noise, blur, a heavy JPEG."""
    scale = rng.randint(45, 60)
    dark = photo.convert("L").point(lambda v: 20 + v * scale // 100)
    noise = Image.effect_noise(dark.size, rng.uniform(8, 14))
    noisy = ImageChops.add(dark, noise, 1.0, -128)
    return _jpeg(noisy.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1))), rng.randint(35, 55))


def _tilted(receipt: Image.Image, rng: random.Random) -> Image.Image:
    """A hand-held photo: turned 5-10°, taken from one side (keystone) and a little out of
    focus."""
    photo = on_table(receipt, rng, rng.choice([-1, 1]) * rng.uniform(5, 10))
    w, h = photo.size
    side = rng.uniform(0.05, 0.1) * h
    if rng.random() < 0.5:  # the left edge nearer the camera
        quad = (0, -side, 0, h + side, w, h - side * 0.2, w, side * 0.2)
    else:
        quad = (0, side * 0.2, 0, h - side * 0.2, w, h + side, w, -side)
    warped = photo.transform((w, h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)
    return _jpeg(
        warped.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0))), rng.randint(55, 80)
    )


def picture_phone(lines: list[Line], view: str, rng: random.Random) -> Image.Image:
    """The "implied" receipts' views: `picture_varied`'s, and hand-held photos tilted and
    taken from one side, curled paper, low light."""
    if view == "tilt":
        return _tilted(draw_varied(lines, rng), rng)
    if view == "curl":
        return _jpeg(on_table(_curl(draw_varied(lines, rng), rng), rng, rng.uniform(-3, 3)), 70)
    if view == "lowlight":
        return _low_light(on_table(draw_varied(lines, rng), rng, rng.uniform(-4, 4)), rng)
    return picture_varied(lines, view, rng)


def picture_varied(lines: list[Line], view: str, rng: random.Random) -> Image.Image:
    flat = draw_varied(lines, rng)
    if view == "rot90":
        return flat.rotate(rng.choice([90, 270]), expand=True)
    if view == "rot180":
        return flat.rotate(180)
    if view == "photo":
        return _jpeg(on_table(flat, rng, rng.uniform(-5, 5)), rng.randint(50, 80))
    if view == "angle":
        return _jpeg(at_an_angle(flat, rng), rng.randint(50, 80))
    if view == "dim":
        return _jpeg(
            on_table(_low_contrast(flat, rng), rng, rng.uniform(-3, 3)), rng.randint(30, 50)
        )
    if view == "shadow":
        return _jpeg(_shadow(on_table(flat, rng, rng.uniform(-4, 4)), rng), rng.randint(50, 75))
    if view == "crumple":
        return _jpeg(on_table(_crumple(flat, rng), rng, rng.uniform(-3, 3)), rng.randint(50, 75))
    if view == "scan":  # a grey office scan, saved as a small JPEG
        scanned = flat.resize(
            (flat.width * 3 // 4, flat.height * 3 // 4), Image.Resampling.BILINEAR
        )
        return _jpeg(
            scanned.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=235), rng.randint(35, 60)
        )
    return flat


def generate(
    seed: int,
    folder: Path,
    only: set[str],
    kinds: tuple[str, ...] = ("classic", "varied", "implied"),
) -> list[dict[str, Any]]:
    """Write every receipt's picture; their truths, in order. "classic" are the twelve first
    layouts (drawn as before, so earlier seeds give the same receipts), "varied" the
    countries of the real receipts with richer headers and footers, seen also in harder
    photos (faded print, a shadow, a crumpled receipt, a small grey JPEG scan); "implied"
    receipts whose currency only the country's cues tell, with card slips under some, seen
    as hand-held photos (tilted, curled, in low light) and read with a home chosen per
    receipt (`HOMES`, often not the receipt's currency)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    plans: list[tuple[str, str, Any, Any, int]] = []
    if "classic" in kinds:
        plans += [("classic", c, layout, picture, 0) for c, layout in LAYOUTS.items()]
    if "varied" in kinds:
        plans += [
            ("varied", c, layout, picture_varied, i) for i, (c, layout) in enumerate(VARIED.items())
        ]
    if "implied" in kinds:
        plans += [
            ("implied", c, layout, picture_phone, i)
            for i, (c, layout) in enumerate(IMPLIED.items())
        ]
    for kind, country, layout, draw_view, place in plans:
        for number in range(PER_LAYOUT):
            rng = random.Random(f"{seed}-{country}-{number}")
            cues = number % 2 == 0 or rng.random() < 0.3
            lines, truth = layout(rng, cues)
            home = (HOME_CURRENCY, HOME_LOCALE)
            if kind == "classic":
                view = VIEWS[(number + len(rows)) % len(VIEWS)]
            elif kind == "implied":
                view = PHONE_VIEWS[(number + PER_LAYOUT * place + seed) % len(PHONE_VIEWS)]
                home = random.Random(f"{seed}-{country}-{number}-home").choice(HOMES)
            else:
                view = HARD_VIEWS[(number + PER_LAYOUT * place + seed) % len(HARD_VIEWS)]
            name = f"{country}-{number}-{view}.png"
            if only and country not in only:
                continue
            draw_view(lines, view, rng).save(folder / name)
            rows.append(
                {
                    "file": name,
                    "kind": kind,
                    "country": country,
                    "view": view,
                    "cues": cues,
                    "total": str(truth.total),
                    "currency": truth.currency,
                    "date": truth.date.isoformat(),
                    "merchant": truth.merchant,
                    "home": list(home),
                }
            )
    return rows


def read_one(job: tuple[str, str, str]) -> dict[str, Any]:
    path, home_currency, home_locale = job
    parse = make_parse(home_currency, home_locale)
    return run_ours(path, parse, home_locale)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--only", default="", help="countries, e.g. CH,PL")
    parser.add_argument(
        "--kinds", default="classic,varied,implied", help="classic, varied, implied (any of them)"
    )
    parser.add_argument("--folder", type=Path, default=OUT / "rendered")
    parser.add_argument("--out", type=Path, default=OUT / "receipts-rendered.json")
    args = parser.parse_args(argv)
    only = {c.strip().upper() for c in args.only.split(",") if c.strip()}
    folder = args.folder
    kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    rows = generate(args.seed, folder, only, kinds)
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        readings = list(
            pool.map(read_one, [(str(folder / row["file"]), *row["home"]) for row in rows])
        )
    files = []
    for row, got in zip(rows, readings, strict=True):
        ok = {f: same(f, got[f], row[f]) for f in FIELDS}
        files.append({**row, "read": got, "ok": ok})
    summary = _summary(files)
    _print(files, summary, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"seed": args.seed, "summary": summary, "files": files}, indent=2, default=str)
        + "\n"
    )
    print(f"written to {args.out}")
    return 0


def _summary(files: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(files)
    shown = [(e["read"]["confident"][f], e["ok"][f]) for e in files for f in FIELDS]
    confident = [ok for sure, ok in shown if sure]
    summary: dict[str, Any] = {"receipts": n}
    summary |= {f: sum(e["ok"][f] for e in files) / n for f in FIELDS}
    summary["confident_precision"] = sum(confident) / len(confident) if confident else None
    summary["confident_share"] = len(confident) / len(shown)
    summary["median_cpu_s"] = statistics.median(e["read"]["cpu_s"] for e in files)
    return summary


def _print(files: list[dict[str, Any]], summary: dict[str, Any], seed: int) -> None:
    print(f"== rendered receipts, seed {seed}, home {HOME_CURRENCY} {HOME_LOCALE}")
    keys = [*FIELDS, "confident_precision", "confident_share"]
    print(f"{'group':8} {'n':>3} " + " ".join(f"{k[:10]:>10}" for k in keys))
    groups: dict[str, list[dict[str, Any]]] = {"all": files}
    for entry in files:
        groups.setdefault(entry["country"], []).append(entry)
        groups.setdefault(entry["view"], []).append(entry)
        groups.setdefault(entry.get("kind", "classic"), []).append(entry)
    for name, chosen in groups.items():
        s = _summary(chosen)
        cells = [f"{'—':>10}" if s[k] is None else f"{100 * s[k]:>9.0f}%" for k in keys]
        print(f"{name:8} {s['receipts']:>3} " + " ".join(cells))
    print(f"median CPU {summary['median_cpu_s']:.2f} s per receipt")
    wrong_sure: Counter[str] = Counter()
    print("misses (field: read / truth; * = shown confident):")
    for entry in files:
        for field in FIELDS:
            if not entry["ok"][field]:
                sure = entry["read"]["confident"][field]
                wrong_sure[field] += sure
                print(
                    f"  {entry['file']:22} {field:8} {'*' if sure else ' '} "
                    f"{entry['read'][field]!s:28} / {entry[field]}"
                )
    print("wrong but confident:", dict(wrong_sure))


if __name__ == "__main__":
    raise SystemExit(main())
