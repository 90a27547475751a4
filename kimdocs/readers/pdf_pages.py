"""What a PDF page holds besides its text layer: is it a scan (and at what resolution to
recognise it), which annotations (receipt stamps, form fields) does it carry, and which of its
lines are bold. With kimdocs.readers.pdf the only module that calls pypdfium2; the page is
opened there.
"""

from __future__ import annotations

import ctypes
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from kimdocs.readers import forms_pdf
from kimdocs.readers.layout import PageFrame

OCR_MODES = ("auto", "immer", "nie")
USABLE_CHARS = 20  # a page with fewer letters and digits in its text layer is a scan
_SCAN_SHARE = 0.4  # … when an image covers this much of it
OCR_MIN_DPI, OCR_MAX_DPI = 300, 400
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|fett", re.IGNORECASE)
_FORCE_BOLD = 0x40000  # PDF font descriptor flag


def page_needs_ocr(page, mode: str) -> bool:
    """auto: an image covers much of the page and its text layer has hardly any letters or
    digits (a scan, perhaps with a stamp's or a scanner's few words); immer: every page;
    nie: none."""
    if mode == "nie":
        return False
    if mode == "immer":
        return True
    # the image first: a born-digital page has no page-sized image, and its text layer is
    # then not loaded twice (the reader loads it for its lines)
    width, height = page.get_size()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        try:
            left, bottom, right, top = obj.get_bounds()
        except Exception:
            continue
        if (right - left) * (top - bottom) >= _SCAN_SHARE * width * height:
            break  # a page-sized image: a scan, unless its text layer says enough
    else:
        return False  # no page-sized image (a logo on a cover page is not one)
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count > 0 else ""
    finally:
        textpage.close()
    return sum(c.isalnum() for c in text) < USABLE_CHARS


def pages_needing_ocr(path: Path, mode: str = "auto") -> int:
    """How many pages of a PDF the reader will recognise by OCR (for a caller that scales
    its time limit); 0 when the file cannot be opened (the reader will say why)."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return 0
    try:
        return sum(page_needs_ocr(pdf[i], mode) for i in range(len(pdf)))
    finally:
        pdf.close()


def _ocr_dpi(page) -> int:
    """The resolution to recognise a page at: that of its largest image, at least 300 dpi
    (Tesseract misreads small type below: "1,0 VZÄ" in 9 pt at 200 dpi became "10 VZÄ";
    measured, 300 instead of 200 dpi costs it about 15 % more time), at most 400."""
    best, area = OCR_MIN_DPI, 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        try:
            left, bottom, right, top = obj.get_bounds()
            pixels = max(obj.get_px_size())
        except Exception:
            continue
        extent = (right - left) * (top - bottom)
        if extent > area and right > left:  # long side against long side: turned or not
            area, best = extent, int(pixels * 72 / max(right - left, top - bottom))
    return max(OCR_MIN_DPI, min(best, OCR_MAX_DPI))


def recognise_pages(pdf, indexes: list[int], path: Path, progress=None) -> list:
    """ScanPages of the pages at `indexes`: each rendered here (pdfium is not thread-safe) at
    its resolution, recognised by kimdocs.readers.scan, several at once."""
    from kimdocs.readers.scan import recognise_all  # Pillow and OCR only for scanned pages

    def images():
        for index in indexes:
            page = pdf[index]
            try:
                dpi = _ocr_dpi(page)
                image = page.render(scale=dpi / 72, grayscale=True,
                                    may_draw_forms=False).to_pil()
            finally:
                page.close()
            yield image, dpi, index + 1

    return recognise_all(images(), len(indexes), path=path, progress=progress)


_ANNOT_FREETEXT, _ANNOT_STAMP, _ANNOT_WIDGET = (
    pdfium_c.FPDF_ANNOT_FREETEXT, pdfium_c.FPDF_ANNOT_STAMP, pdfium_c.FPDF_ANNOT_WIDGET)


def page_annotations(page, page_no: int, stamps: list) -> bool:
    """Receipt stamps among a page's stamp and free-text annotations (appended to `stamps`);
    whether the page has form fields."""
    raw = page.raw
    count = pdfium_c.FPDFPage_GetAnnotCount(raw)
    if count <= 0:
        return False
    widgets = False
    frame = None
    for i in range(count):
        annot = pdfium_c.FPDFPage_GetAnnot(raw, i)
        if not annot:
            continue
        try:
            kind = pdfium_c.FPDFAnnot_GetSubtype(annot)
            if kind == _ANNOT_WIDGET:
                widgets = True
            elif kind in (_ANNOT_FREETEXT, _ANNOT_STAMP):
                text = " ".join(_annot_string(annot, key) for key in (b"Contents", b"Subj"))
                rect = pdfium_c.FS_RECTF()
                pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect))
                frame = frame or PageFrame.of(page)
                box = frame.seen_box(rect.left, rect.bottom, rect.right, rect.top)
                found = forms_pdf.stamp_of(text, page_no, box, "annotation")
                if found is not None:
                    stamps.append(found)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return widgets


def _annot_string(annot, key: bytes) -> str:
    size = pdfium_c.FPDFAnnot_GetStringValue(annot, key, None, 0)
    if size <= 2:
        return ""
    buf = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAnnot_GetStringValue(annot, key, ctypes.cast(buf, ctypes.POINTER(
        pdfium_c.FPDF_WCHAR)), size)
    return buf.raw[: size - 2].decode("utf-16-le", "replace")


def is_bold(textpage, index: int, buf, flags) -> bool:
    n = pdfium_c.FPDFText_GetFontInfo(textpage, index, buf, len(buf), ctypes.byref(flags))
    name = buf.value[: max(n - 1, 0)].decode("latin-1", "replace") if n else ""
    return bool(
        _BOLD_NAME.search(name)
        or flags.value & _FORCE_BOLD
        or pdfium_c.FPDFText_GetFontWeight(textpage, index) >= 600
    )


_NOT_STYLED = frozenset("0123456789.,:;-")  # set in the body font even in a bold line


def bold_sample(text: str, sample: set[int], first: int, last: int) -> list[int]:
    """The characters whose font says whether a line is bold: the sampled ones that are no
    digit, punctuation or space; none of them ("8 %) ein Betrag von 2.400,00 € angesetzt."):
    the line's first such character (else, as `all` of nothing, the line counted as bold and
    began a paragraph of its own, cutting a sentence a page had broken; issue 19); none in the
    whole line: its first character."""
    chosen = [i for i in sample if not text[i].isspace() and text[i] not in _NOT_STYLED]
    if chosen:
        return chosen
    return next(([i] for i in range(first, last + 1)
                 if not text[i].isspace() and text[i] not in _NOT_STYLED), [first])
