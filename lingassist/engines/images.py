"""Open a receipt image safely: any common format, HEIC and PDF, upright, modest in size.

`load_image` is the only way the app opens a picture for OCR. It keeps Pillow's
decompression-bomb protection on, downscales giant photos early (JPEG draft mode), applies
the EXIF orientation, and turns every bad input into an `UnreadableImage` whose message
says what happened and what to do. OCR boxes are given in the coordinates of the image it
returns.
"""

from __future__ import annotations

import functools
import hashlib
import warnings
from pathlib import Path

from PIL import Image, ImageOps, ImageStat, UnidentifiedImageError

from lingassist.core.errors import UnreadableImage
from lingassist.core.phrases import Phrase, phrase

MAX_SIDE = 4096
"""Longest side kept after loading; a 50 MP photo is reduced to about 12 MP."""

PDF_DPI = 200
"""Resolution at which the first page of a PDF is rendered."""

BLANK_STDDEV = 4.0
"""Below this grey-level standard deviation an image is treated as blank."""

_PDF_MAGIC = b"%PDF-"
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError)


def load_image(path: Path) -> Image.Image:
    """Open `path` as an upright RGB or greyscale image, ready for OCR.

    Accepts JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC/HEIF and PDF (first page, rendered at
    `PDF_DPI`). Giant photos are downscaled so that the longest side is at most `MAX_SIDE`.

    Raises:
        UnreadableImage: missing or empty file, not an image, truncated or corrupt data,
            a decompression bomb, a PDF without pages, or a blank (uniform) picture.
    """
    path = Path(path)
    head = _read_head(path)
    image = _render_pdf(path) if head.startswith(_PDF_MAGIC) else _open_picture(path)
    image = _to_ocr_mode(image)
    _reject_blank(image, path)
    return image


def image_sha256(path: Path) -> str:
    """Hex SHA-256 of the file's bytes, to recognise a receipt captured twice.

    Raises:
        UnreadableImage: the file cannot be read.
    """
    try:
        with Path(path).open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError as exc:
        raise UnreadableImage(
            phrase("Could not read {name}: {error}.", name=Path(path).name, error=str(exc.strerror))
        ) from exc


def _read_head(path: Path) -> bytes:
    """The first bytes of the file, after checking that it exists and is not empty."""
    try:
        with path.open("rb") as stream:
            head = stream.read(16)
    except FileNotFoundError as exc:
        raise UnreadableImage(
            phrase("{name} does not exist (was it moved or deleted?).", name=path.name)
        ) from exc
    except OSError as exc:
        raise UnreadableImage(
            phrase("Could not read {name}: {error}.", name=path.name, error=str(exc.strerror))
        ) from exc
    if not head:
        raise UnreadableImage(
            phrase(
                "{name} is empty (0 bytes). The copy or download probably failed; take the "
                "photo again or copy the file once more.",
                name=path.name,
            )
        )
    return head


def _open_picture(path: Path) -> Image.Image:
    """Decode a raster image, shrinking it while decoding when the format allows."""
    _register_heif_opener()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(path)
            opened.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at 1/2, 1/4 or 1/8
            opened.load()
            image = ImageOps.exif_transpose(opened)
    except Image.DecompressionBombError as exc:
        raise UnreadableImage(_too_large_message(path)) from exc
    except UnidentifiedImageError as exc:
        raise UnreadableImage(
            phrase(
                "{name} is not an image LingAssist can read. Use a photo or scan in JPEG, PNG, "
                "WebP, TIFF, BMP, HEIC or PDF format.",
                name=path.name,
            )
        ) from exc
    except _DECODE_ERRORS as exc:
        raise UnreadableImage(
            phrase(
                "{name} is damaged or incomplete (truncated or corrupt data). Open it in an "
                "image viewer to check it, or export or photograph it again.",
                name=path.name,
            )
        ) from exc
    return _shrink(image)


def _render_pdf(path: Path) -> Image.Image:
    """Render the first page of a PDF at `PDF_DPI`, capped like any other image."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as exc:
        raise UnreadableImage(
            phrase(
                "{name} looks like a PDF but cannot be opened (damaged or password protected). "
                "Save or print it to a new PDF, or take a photo of the receipt.",
                name=path.name,
            )
        ) from exc
    try:
        if len(document) == 0:
            raise UnreadableImage(
                phrase("{name} is a PDF with no pages; nothing to read.", name=path.name)
            )
        page = document[0]
        width, height = page.get_size()  # points, 1/72 inch
        scale = min(PDF_DPI / 72, MAX_SIDE / max(width, height, 1))
        return page.render(scale=scale).to_pil()
    except pypdfium2.PdfiumError as exc:
        raise UnreadableImage(
            phrase("The first page of {name} cannot be rendered.", name=path.name)
        ) from exc
    finally:
        document.close()


@functools.cache
def _register_heif_opener() -> None:
    """Teach Pillow to open HEIC/HEIF photos (iPhone); done once, on first use."""
    try:
        import pillow_heif
    except ImportError:  # pragma: no cover - it is a declared dependency
        return
    pillow_heif.register_heif_opener()


def _shrink(image: Image.Image) -> Image.Image:
    """Downscale so that the longest side is at most `MAX_SIDE`."""
    if max(image.size) <= MAX_SIDE:
        return image
    factor = MAX_SIDE / max(image.size)
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _to_ocr_mode(image: Image.Image) -> Image.Image:
    """RGB or L; transparent parts become white paper."""
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = Image.new("RGB", rgba.size, "white")
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    if image.mode in ("1", "I;16", "I;16B", "I;16L", "I", "F"):
        return image.convert("L")
    return image.convert("RGB")


def _reject_blank(image: Image.Image, path: Path) -> None:
    """Raise when the picture is (nearly) one uniform colour: nothing to read."""
    sample = image.convert("L")
    sample.thumbnail((512, 512))
    if ImageStat.Stat(sample).stddev[0] < BLANK_STDDEV:
        raise UnreadableImage(
            phrase(
                "{name} is blank (almost a single colour); there is no receipt to read. Check "
                "the photo was taken with the lens uncovered and the receipt in view.",
                name=path.name,
            )
        )


def _too_large_message(path: Path) -> Phrase:
    return phrase(
        "{name} is far too large to open safely (more than {pixels} pixels; it may be a "
        "decompression bomb). Use a normal photo or scan of the receipt.",
        name=path.name,
        pixels=f"{2 * (Image.MAX_IMAGE_PIXELS or 0):,}",
    )
