"""`load_image`: every accepted format, and a clear `UnreadableImage` for every bad input."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from lingassist.core.errors import UnreadableImage, UserFacingError
from lingassist.engines.images import MAX_SIDE, image_sha256, load_image

FIXTURES = Path(__file__).resolve().parents[1] / "receipts" / "fixtures"


def receipt_like(size: tuple[int, int] = (300, 400)) -> Image.Image:
    """A small picture with enough contrast not to count as blank."""
    image = Image.new("RGB", size, "white")
    for y in range(20, size[1] - 20, 30):
        image.paste((30, 30, 30), (20, y, size[0] - 20, y + 8))
    return image


def png_header_only(path: Path, width: int, height: int) -> None:
    """A tiny PNG whose header claims a gigantic size: a decompression bomb."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 1024)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("suffix", ["png", "jpeg", "webp", "tiff", "bmp"])
def test_common_formats_open_as_rgb_or_grey(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"receipt.{suffix}"
    receipt_like().save(path)
    image = load_image(path)
    assert image.size == (300, 400)
    assert image.mode in ("RGB", "L")


def test_transparent_png_becomes_white_paper(tmp_path: Path) -> None:
    path = tmp_path / "receipt.png"
    receipt_like().convert("RGBA").save(path)
    assert load_image(path).mode == "RGB"


def test_exif_orientation_is_applied() -> None:
    stored = Image.open(FIXTURES / "rotated_exif.jpg")
    assert stored.width < stored.height  # lying on its side on disk
    assert load_image(FIXTURES / "rotated_exif.jpg").size == (stored.height, stored.width)


def test_heic_is_read(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    path = tmp_path / "receipt.heic"
    pillow_heif.from_pillow(receipt_like()).save(path, quality=80)
    assert load_image(path).size == (300, 400)


def test_pdf_first_page_is_rendered_at_200_dpi(tmp_path: Path) -> None:
    path = tmp_path / "receipt.pdf"
    receipt_like((144, 288)).save(path, resolution=72.0)  # 2 x 4 inches
    image = load_image(path)
    assert abs(image.width - 400) <= 2 and abs(image.height - 800) <= 2


def test_giant_photo_is_downscaled_early(tmp_path: Path) -> None:
    path = tmp_path / "huge.jpg"
    huge = Image.new("L", (7000, 7200), 255)  # ~50 megapixels
    for y in range(500, 7000, 700):
        huge.paste(20, (300, y, 6700, y + 60))
    huge.save(path, quality=50)
    image = load_image(path)
    assert max(image.size) <= MAX_SIDE
    assert image.width / image.height == pytest.approx(7000 / 7200, rel=0.01)


def write_text_as_jpeg(path: Path) -> None:
    path.write_text("these are my notes, not a photo\n", encoding="utf-8")


def write_truncated_jpeg(path: Path) -> None:
    receipt_like((800, 1000)).save(path, quality=95)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def write_blank(path: Path) -> None:
    Image.new("RGB", (800, 1000), (246, 246, 244)).save(path)


def write_pdf_without_pages(path: Path) -> None:
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )


@pytest.mark.parametrize(
    ("name", "write", "words"),
    [
        ("empty.jpg", lambda p: p.write_bytes(b""), "empty (0 bytes)"),
        ("notes.jpg", write_text_as_jpeg, "not an image"),
        ("cut.jpg", write_truncated_jpeg, "damaged or incomplete"),
        ("bomb.png", lambda p: png_header_only(p, 40_000, 40_000), "decompression bomb"),
        ("blank.png", write_blank, "blank"),
        ("nothing.pdf", write_pdf_without_pages, "PDF"),
        ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n garbage"), "PDF"),
    ],
)
def test_bad_inputs_raise_a_clear_user_facing_error(
    tmp_path: Path, name: str, write, words: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    write(path)
    with pytest.raises(UnreadableImage) as caught:
        load_image(path)
    assert isinstance(caught.value, UserFacingError)
    assert name in str(caught.value) and words in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableImage, match="does not exist"):
        load_image(tmp_path / "gone.jpg")


def test_sha256_identifies_the_same_bytes(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a.png", tmp_path / "b.png", tmp_path / "c.png"
    receipt_like().save(first)
    second.write_bytes(first.read_bytes())
    receipt_like((310, 400)).save(other)
    assert image_sha256(first) == image_sha256(second) != image_sha256(other)
    assert len(image_sha256(first)) == 64
