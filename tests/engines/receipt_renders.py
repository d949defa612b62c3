"""Receipts rendered with Pillow for the engine tests: shop layouts of several countries, and
the ways real pictures differ from a flat scan (turned, skewed, photographed on a table in
uneven light). Everything is made here; nothing is read from disk but the DejaVu fonts."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path("/usr/share/fonts/truetype/dejavu")

GERMAN = (
    "BÄCKEREI MÜLLER",
    "Hauptstraße 12, 33098 Paderborn",
    "Brötchen 6x            2,40",
    "Käsekuchen             3,20",
    "Pfand                  0,25",
    "SUMME EUR             23,47",
    "Bar                   30,00",
    "Rückgeld               6,53",
    "Datum: 14.03.2026 10:21",
)
FRENCH = (
    "BOULANGERIE DU MARCHÉ",
    "12 rue de la Paix, 75002 Paris",
    "Pain de campagne       3,50",
    "Croissant x3           4,20",
    "Café crème             1,80",
    "TOTAL TTC              9,50",
    "Payé par carte bancaire",
    "Le 11/12/2025 à 09:14",
)
AMERICAN = (
    "CORNER DINER",
    "250 Main St, Springfield, IL 62701",
    "Pancakes              $8.50",
    "Coffee                $2.75",
    "SUBTOTAL             $11.25",
    "TIP                   $2.00",
    "TOTAL                $13.25",
    "11/08/2026 08:42 AM",
)
VIETNAMESE = (
    "CÀ PHÊ SÀI GÒN",
    "12 Nguyễn Huệ, Quận 1",
    "Cà phê sữa đá        35.000",
    "Bánh mì thịt         28.000",
    "TỔNG CỘNG            63.000",
    "Tiền mặt            100.000",
    "Ngày 05/10/2026",
)


def render(lines: tuple[str, ...], *, size: int = 24, width: int = 560) -> Image.Image:
    """A flat, upright receipt scan: dark monospaced print on white paper."""
    font = ImageFont.truetype(str(FONTS / "DejaVuSansMono.ttf"), size)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSansMono-Bold.ttf"), size + 6)
    line_height = round(size * 1.6)
    image = Image.new("L", (width, 40 + line_height * (len(lines) + 1)), 255)
    draw = ImageDraw.Draw(image)
    for index, text in enumerate(lines):
        draw.text((24, 24 + index * line_height), text, fill=20, font=bold if index == 0 else font)
    return image


def photographed(receipt: Image.Image, *, angle: float = 4.0) -> Image.Image:
    """`receipt` laid on a dark wooden table, slightly turned, photographed with light
    falling off to one side (RGB, as a phone would give it)."""
    margin = receipt.width // 2
    size = (receipt.width + 2 * margin, receipt.height + 2 * margin)
    table = Image.linear_gradient("L").resize(size).point(lambda v: 70 + v // 6)
    grain = Image.effect_noise(size, 18).point(lambda v: v // 8)
    table = Image.blend(table, grain.resize(size), 0.25)
    paper = receipt.rotate(angle, expand=True, fillcolor=0, resample=Image.Resampling.BICUBIC)
    mask = Image.new("L", receipt.size, 255).rotate(angle, expand=True, fillcolor=0)
    left, top = (size[0] - paper.width) // 2, (size[1] - paper.height) // 2
    table.paste(paper, (left, top), mask)
    light = Image.linear_gradient("L").rotate(90).resize(size).point(lambda v: 150 + v * 105 // 255)
    lit = Image.composite(table, table, light)
    lit = Image.fromarray(_multiply(lit, light))
    return Image.merge("RGB", (lit, lit, lit.point(lambda v: v * 9 // 10))).filter(
        ImageFilter.GaussianBlur(0.6)
    )


def _multiply(image: Image.Image, light: Image.Image):  # type: ignore[no-untyped-def]
    import numpy as np

    pixels = np.asarray(image, dtype=np.float32) * np.asarray(light, dtype=np.float32) / 255.0
    return pixels.clip(0, 255).astype(np.uint8)
