"""Generate the committed receipt images used by the real-Tesseract tests.

    .venv/bin/python tests/receipts/make_fixtures.py

The receipts are invented (names, addresses and numbers are made up) and drawn with the
DejaVu fonts, so the images may be committed. Deterministic: same output every run.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FOLDER = Path(__file__).resolve().parent / "fixtures"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
WIDTH = 640

EUR_SUPERMARKET = [
    ("center", "GREEN LEAF MARKET GMBH", True),
    ("center", "Hauptstrasse 12, 10115 Berlin", False),
    ("center", "Tel 030 1234567", False),
    ("rule", "", False),
    ("pair", "Bio Milk 1L|1,49", False),
    ("pair", "2 x Rye Bread|5,98", False),
    ("pair", "Apples 1.2 kg|3,36", False),
    ("pair", "Olive Oil|7,95", False),
    ("rule", "", False),
    ("pair", "SUBTOTAL|17,55", False),
    ("pair", "VAT 7%|1,23", False),
    ("pair", "TOTAL EUR|18,78", True),
    ("pair", "VISA|18,78", False),
    ("rule", "", False),
    ("center", "Date: 14.03.2026  Time: 18:42", False),
    ("center", "Thank you for shopping!", False),
]
RM_CASH = [
    ("center", "KEDAI MAJU JAYA SDN BHD", True),
    ("center", "(123456-X)", False),
    ("center", "NO 8, JALAN BUNGA RAYA 3", False),
    ("center", "43000 KAJANG, SELANGOR", False),
    ("center", "TAX INVOICE", False),
    ("left", "Date: 25/12/2025 14:03", False),
    ("left", "Cashier: AMINAH", False),
    ("rule", "", False),
    ("pair", "Description  Qty  Amount (RM)", False),
    ("pair", "TEH TARIK    2|5.00", False),
    ("pair", "ROTI CANAI   3|4.50", False),
    ("pair", "NASI LEMAK   1|8.90", False),
    ("rule", "", False),
    ("pair", "SUB TOTAL|18.40", False),
    ("pair", "SST 6%|1.10", False),
    ("pair", "ROUNDING ADJ|0.00", False),
    ("pair", "TOTAL|RM 19.50", True),
    ("pair", "CASH|50.00", False),
    ("pair", "CHANGE|30.50", False),
    ("center", "THANK YOU, PLEASE COME AGAIN", False),
]
PHARMACY = [
    ("center", "SUNRISE PHARMACY LTD", True),
    ("center", "221 High Street, Leeds", False),
    ("left", "Receipt 0042   2026-02-07 09:15", False),
    ("rule", "", False),
    ("pair", "Vitamin C 1000mg|6.49", False),
    ("pair", "Plasters x20|2.99", False),
    ("rule", "", False),
    ("pair", "TOTAL|9.48", True),
    ("pair", "CARD MASTERCARD|9.48", False),
]


def render(lines: list[tuple[str, str, bool]], ink: int = 20, paper: int = 250) -> Image.Image:
    """A receipt drawn line by line on a narrow greyscale paper strip."""
    regular = ImageFont.truetype(str(FONTS / "DejaVuSansMono.ttf"), 22)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSansMono-Bold.ttf"), 24)
    height = 60 + 38 * len(lines)
    image = Image.new("L", (WIDTH, height), paper)
    draw = ImageDraw.Draw(image)
    y = 30
    for kind, text, strong in lines:
        font = bold if strong else regular
        if kind == "rule":
            draw.line((30, y + 14, WIDTH - 30, y + 14), fill=ink, width=2)
        elif kind == "center":
            width = draw.textlength(text, font=font)
            draw.text(((WIDTH - width) / 2, y), text, font=font, fill=ink)
        elif kind == "left":
            draw.text((30, y), text, font=font, fill=ink)
        else:
            left, _, right = text.partition("|")
            draw.text((30, y), left, font=font, fill=ink)
            width = draw.textlength(right, font=font)
            draw.text((WIDTH - 30 - width, y), right, font=font, fill=ink)
        y += 38
    return image.filter(ImageFilter.GaussianBlur(0.6))


def rotated_by_exif(image: Image.Image, path: Path) -> None:
    """Store the receipt turned on its side, with EXIF saying how to turn it back."""
    sideways = image.rotate(90, expand=True)  # counter-clockwise; orientation 6 undoes it
    exif = Image.Exif()
    exif[0x0112] = 6
    sideways.convert("RGB").save(path, "JPEG", quality=90, exif=exif.tobytes())


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    render(EUR_SUPERMARKET).save(FOLDER / "eur_supermarket.png", optimize=True)
    render(RM_CASH).save(FOLDER / "rm_cash.png", optimize=True)
    rotated_by_exif(render(PHARMACY), FOLDER / "rotated_exif.jpg")
    render(RM_CASH, ink=150, paper=205).save(FOLDER / "low_contrast.png", optimize=True)


if __name__ == "__main__":
    main()
