"""Receipt reading on our own rendered receipts: layouts and currencies the dev sets have few of.

    .venv/bin/python bench/receipts_rendered.py                 # 60 receipts, seed 15, 1 worker
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

Each receipt is written as a PNG to `bench/results/rendered/` (ignored by git) and read by
the same function as `bench/receipts.py` (`run_ours`: `load_image` -> `read_draft`, the
app's pipeline with the third reader). Home settings: GBP, en_GB (as wild-dev), so a right
currency comes from the receipt itself. Fields are judged as in `bench/receipts.py`
(`same`); confident precision is the share of right fields among those shown confident.
"""

from __future__ import annotations

import argparse
import json
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

from PIL import Image, ImageDraw, ImageFilter, ImageFont

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


def generate(seed: int, folder: Path, only: set[str]) -> list[dict[str, Any]]:
    """Write every receipt's picture; their truths, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for country, layout in LAYOUTS.items():
        for number in range(PER_LAYOUT):
            rng = random.Random(f"{seed}-{country}-{number}")
            cues = number % 2 == 0 or rng.random() < 0.3
            lines, truth = layout(rng, cues)
            view = VIEWS[(number + len(rows)) % len(VIEWS)]
            name = f"{country}-{number}-{view}.png"
            if only and country not in only:
                continue
            picture(lines, view, rng).save(folder / name)
            rows.append(
                {
                    "file": name,
                    "country": country,
                    "view": view,
                    "cues": cues,
                    "total": str(truth.total),
                    "currency": truth.currency,
                    "date": truth.date.isoformat(),
                    "merchant": truth.merchant,
                }
            )
    return rows


def read_one(path: str) -> dict[str, Any]:
    parse = make_parse(HOME_CURRENCY, HOME_LOCALE)
    return run_ours(path, parse, HOME_LOCALE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--only", default="", help="countries, e.g. CH,PL")
    parser.add_argument("--out", type=Path, default=OUT / "receipts-rendered.json")
    args = parser.parse_args(argv)
    only = {c.strip().upper() for c in args.only.split(",") if c.strip()}
    folder = OUT / "rendered"
    rows = generate(args.seed, folder, only)
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        readings = list(pool.map(read_one, [str(folder / row["file"]) for row in rows]))
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
