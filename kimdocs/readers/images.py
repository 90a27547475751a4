"""Image files (TIFF with one or many pages, PNG, JPEG) -> Document, by OCR.

Pillow opens the image (frame by frame for a multi-page TIFF); each frame is one page,
recognised like a scanned PDF page (kimdocs.readers.scan) and laid out like any page
(kimdocs.readers.layout). The resolution is the one the file states; a photo or a file
without one (or with an implausible one) is taken as 300 dpi for A4 width.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps

from kimdocs.errors import ReadError
from kimdocs.readers.document import Document
from kimdocs.readers.layout import assemble
from kimdocs.readers.scan import attach, recognise_all

MAX_PIXELS = 60_000_000  # one page; an A4 page at 600 dpi has 35 million
_A4_WIDTH_INCH = 8.27


def count_frames(path: Path) -> int:
    """How many pages an image file has (0 when Pillow cannot open it)."""
    try:
        with Image.open(path) as im:
            return getattr(im, "n_frames", 1)
    except Exception:
        return 0


def _dpi(image) -> int:
    stated = image.info.get("dpi")
    try:
        dpi = round(float(stated[0])) if stated else 0
    except (TypeError, ValueError, IndexError):
        dpi = 0
    if 100 <= dpi <= 1200:
        return dpi
    # No or an implausible resolution (a photo says 72): as if the page were A4 wide.
    return max(int(min(image.size) / _A4_WIDTH_INCH), 70)


def read_image(path: Path, fmt: str, *, max_pages: int = 2000, ocr: str = "auto",
               progress=None, max_ocr_pages: int | None = None) -> Document:
    """Every page (frame) of the image recognised by OCR, at most `max_ocr_pages` of them
    (the others are Document.unread_pages)."""
    if ocr == "nie":
        raise ReadError("Die Datei ist ein Bild; ohne Texterkennung (--ocr nie) enthält sie "
                        "keinen lesbaren Text.", path=path)
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(path)
    except Image.DecompressionBombError:
        raise ReadError(f"Das Bild ist größer als {MAX_PIXELS // 1_000_000} Millionen "
                        "Bildpunkte je Seite und wird nicht gelesen.", path=path) from None
    except Exception:
        raise ReadError("Das Bild ist beschädigt und kann nicht gelesen werden.",
                        path=path) from None
    with image:
        frames = getattr(image, "n_frames", 1)
        if frames > max_pages:
            raise ReadError(f"Das Bild hat {frames} Seiten; gelesen werden höchstens "
                            f"{max_pages} Seiten.", path=path)

        read = frames if max_ocr_pages is None else min(frames, max_ocr_pages)

        def pages():
            for index in range(read):
                try:
                    image.seek(index)
                    if image.width * image.height > MAX_PIXELS:
                        raise ReadError(f"Seite {index + 1} des Bildes ist größer als "
                                        f"{MAX_PIXELS // 1_000_000} Millionen Bildpunkte.",
                                        path=path)
                    page = ImageOps.exif_transpose(image).convert("L")  # a photo's own turn
                    dpi = _dpi(image)
                except ReadError:
                    raise
                except Exception:
                    raise ReadError(f"Seite {index + 1} des Bildes ist beschädigt und kann "
                                    "nicht gelesen werden.", path=path) from None
                yield page, dpi, index + 1

        scans = recognise_all(pages(), read, path=path, progress=progress)
    page_lines = [s.lines for s in scans] + [[] for _ in range(frames - read)]
    if not any(page_lines):
        raise ReadError("Die Texterkennung hat in dem Bild keinen Text gefunden (leer, sehr "
                        "blass oder unscharf?).", path=path)
    document = assemble(path, fmt, {}, frames, page_lines,
                        [s.tables for s in scans] + [[] for _ in range(frames - read)])
    attach(document, scans)
    document.unread_pages = list(range(read + 1, frames + 1))
    return document
