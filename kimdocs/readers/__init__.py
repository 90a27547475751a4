"""Reading submitted documents (PDF, DOCX, ODT; scans as PDF, TIFF, PNG, JPEG) into one
neutral `Document`.

    read_document(path)               the safe entry: parses in a child process with a time
                                      and memory limit; Document or ReadError (German)
    read_document_unsandboxed(path)   the same in this process, for trusted files and benchmarks
    pages_to_recognise(path)          how many pages need OCR (to scale a time limit)
    render_text(document)             the German text view of `kimdocs lesen`

The format is judged by content, not by extension (kimdocs.readers.sniff). Each format has
its modules and only they import its library: pdf.py and pdf_pages.py (pypdfium2,
pdfplumber), docx.py (python-docx), odt.py (lxml), images.py and scan.py (Pillow). Pages
without a usable text layer and image files are recognised by Tesseract (ocr.py, the one
module that runs it) and laid out like born-digital pages (layout.py). Form fields
(forms_pdf.py, forms_docx.py, forms_odt.py) are read as their values with their labels.
`ocr`: 'auto' (only where needed), 'immer', 'nie'.
"""

from __future__ import annotations

import functools
from pathlib import Path

from kimdocs import formatting
from kimdocs.errors import ReadError
from kimdocs.limits import (
    COUNT_TIMEOUT,
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_PARAGRAPHS,
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    Limits,
    limits_of,
)
from kimdocs.readers import sniff
from kimdocs.readers.document import Document, Figure, Paragraph, make_plain
from kimdocs.readers.figures import extract_figures
from kimdocs.readers.sandbox import run_isolated
from kimdocs.readers.trust import mark_uncertain

# libxml2's limit for one text node without XML_PARSE_HUGE (which stays off, see odt.py).
XML_MAX_TEXT = 10_000_000

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_PARAGRAPHS",
    "DEFAULT_MEMORY_MB",
    "DEFAULT_TIMEOUT",
    "detect_format",
    "read_document",
    "read_document_unsandboxed",
    "render_text",
]


def detect_format(path: Path | str) -> str:
    """'pdf', 'docx' or 'odt', judged by the bytes; ReadError for anything else."""
    return sniff.detect_format(Path(path))


def read_document_unsandboxed(
    path: Path | str,
    *,
    limits: Limits | None = None,
    max_pages: int | None = None,
    max_paragraphs: int | None = None,
    ocr: str = "auto",
    progress=None,
) -> Document:
    """Read `path` in this process. Only for trusted files: no time or memory limit, only
    the pages and paragraphs of `limits` (or of the single keywords).
    `ocr`: 'auto' (pages without usable text and image files), 'immer', 'nie';
    `progress(page, total)` before each page recognised (kimdocs.readers.images)."""
    limits = limits_of(limits, max_pages=max_pages, max_paragraphs=max_paragraphs)
    max_pages, max_paragraphs = limits.max_pages, limits.max_paragraphs
    path = Path(path)
    if ocr not in ("auto", "immer", "nie"):
        raise ReadError(f"Unbekannte Einstellung für die Texterkennung: „{ocr}“ (erlaubt: "
                        "auto, immer, nie).", path=path)
    fmt = sniff.detect_format(path, images=True)
    try:
        # lazy: each format module imports its heavy library at the top; only the one the
        # file needs is loaded, in the reading child (test_architektur.LAZY)
        if fmt == "pdf":
            from kimdocs.readers.pdf import read_pdf  # pypdfium2

            document = read_pdf(path, max_pages=max_pages, ocr=ocr, progress=progress,
                                max_ocr_pages=limits.max_ocr_pages)
        elif fmt in ("tiff", "png", "jpeg"):
            from kimdocs.readers.images import read_image  # Pillow, Tesseract

            document = read_image(path, fmt, max_pages=max_pages, ocr=ocr, progress=progress,
                                  max_ocr_pages=limits.max_ocr_pages)
        elif fmt == "docx":
            sniff.check_zip(path)
            from kimdocs.readers.docx import read_docx  # python-docx

            document = read_docx(path, max_pages=max_pages, max_paragraphs=max_paragraphs)
        else:
            sniff.check_zip(path)
            from kimdocs.readers.odt import read_odt  # lxml

            document = read_odt(path, max_pages=max_pages, max_paragraphs=max_paragraphs)
    except ReadError:
        raise
    except MemoryError:
        raise
    except Exception as exc:
        raise ReadError(_failure(exc, fmt), path=path) from exc
    make_plain(document)
    document.figures = extract_figures(document)
    if document.ocr_pages:
        mark_uncertain(document)
    return document


def pages_to_recognise(path: Path | str, *, ocr: str = "auto",
                       timeout: float | None = None) -> int:
    """How many pages of `path` the reader would recognise by OCR (0 for DOCX/ODT, or when
    the file cannot be opened: reading will say why), counted in a child process like any
    untrusted file. A caller scales its time limit by it (kimdocs.readers.ocr.SECONDS_PER_PAGE)."""
    try:
        return run_isolated(_count_ocr_pages, Path(path), ocr=ocr, limits=limits_of(
            None, timeout=timeout or COUNT_TIMEOUT, memory_mb=DEFAULT_MEMORY_MB))
    except ReadError:
        return 0


def _count_ocr_pages(path: Path, *, ocr: str = "auto") -> int:
    fmt = sniff.detect_format(path, inspect_zip=False, images=True)
    if fmt == "pdf":
        from kimdocs.readers.pdf_pages import pages_needing_ocr  # pypdfium2

        return pages_needing_ocr(path, ocr)
    if fmt in ("tiff", "png", "jpeg") and ocr != "nie":
        from kimdocs.readers.images import count_frames  # Pillow

        return count_frames(path)
    return 0


def _failure(exc: Exception, fmt: str) -> str:
    """Why reading failed, in German: a limit we keep on purpose, or a damaged file."""
    text = str(exc)
    if type(exc).__name__ == "XMLSyntaxError" and ("XML_PARSE_HUGE" in text or "huge" in text):
        limit = f"{XML_MAX_TEXT:,}".replace(",", ".")
        return (
            f"Die Datei ist {sniff.describe(fmt)} mit einem einzelnen Textabschnitt von mehr "
            f"als {limit} Zeichen; gelesen werden höchstens {limit} Zeichen am Stück. Das ist "
            "für einen Antrag oder Bericht unplausibel viel."
        )
    return (
        f"Die Datei ist {sniff.describe(fmt)}, aber beschädigt und kann nicht "
        f"gelesen werden (technische Ursache: {type(exc).__name__})."
    )


def read_document(
    path: Path | str,
    *,
    limits: Limits | None = None,
    timeout: float | None = None,
    memory_mb: int | None = None,
    max_pages: int | None = None,
    max_paragraphs: int | None = None,
    ocr: str = "auto",
    progress=None,
) -> Document:
    """Read an untrusted file in a child process under `limits` (kimdocs.limits.Limits: at
    most `timeout` seconds and `memory_mb` MiB of address space, at most `max_pages` pages and
    (DOCX/ODT) `max_paragraphs` paragraphs; each may also be given on its own by keyword).
    Each page recognised by OCR adds OCR_SECONDS_PER_PAGE to the time; `progress(n, total)`
    before each of them. Document or ReadError."""
    limits = limits_of(limits, timeout=timeout, memory_mb=memory_mb, max_pages=max_pages,
                       max_paragraphs=max_paragraphs)
    path = Path(path)
    # Only a stat here: the file is opened in the child alone, and only if it is a regular
    # file (a FIFO would block, /dev/zero never ends).
    problem = sniff.not_regular(path)
    if problem:
        raise ReadError(problem, path=path)
    # the child reads under the same pages and paragraphs; the sandbox keeps time and memory
    # (and gives each page recognised by OCR its own time: kimdocs.limits.OCR_SECONDS_PER_PAGE)
    return run_isolated(functools.partial(read_document_unsandboxed, limits=limits, ocr=ocr),
                        path, limits=limits, progress=progress or True)


# ---------------------------------------------------------------------------------------------
# Text view

_FORMAT_NAMES = {"pdf": "PDF", "docx": "DOCX", "odt": "ODT", "tiff": "TIFF-Bild",
                 "png": "PNG-Bild", "jpeg": "JPEG-Bild"}
_KIND_NAMES = {
    "betrag": "Betrag",
    "vzae": "VZÄ",
    "prozent": "Prozent",
    "stunden": "Stunden",
    "datum": "Datum",
}


def format_figure(figure: Figure) -> str:
    """The value after DIN 5008: 60.000,00 EUR, 0,5 VZÄ, 50 %, 19,5 Std./Woche, 15.12.2026."""
    if figure.kind == "betrag":
        return formatting.format_eur(figure.value)
    if figure.kind == "vzae":
        return formatting.format_vzae(figure.value)
    if figure.kind == "prozent":
        return formatting.format_percent(figure.value)
    if figure.kind == "stunden":
        hours = formatting.format_decimal(figure.value)
        return f"{hours}{formatting.NBSP}Std./Woche (= {formatting.format_vzae(figure.vzae())})"
    return formatting.format_date(figure.value)


def _where(location) -> str:
    return (
        f"S. {location.page}"
        if location and location.page
        else f"Block {location.block_index + 1}"
        if location
        else ""
    )


def render_text(document: Document) -> str:
    """A German overview: outline, tables and figures, each with where it stands."""
    lines = [f"Datei: {document.path}"]
    kind = _FORMAT_NAMES.get(document.format, document.format)
    pages = (
        f", {document.pages} Seite{'n' if document.pages != 1 else ''}" if document.pages else ""
    )
    lines.append(f"Format: {kind}{pages}")
    meta = document.metadata
    for key, name in (
        ("title", "Titel"),
        ("author", "Autor"),
        ("created", "Erstellt"),
        ("modified", "Geändert"),
    ):
        if meta.get(key):
            lines.append(f"{name}: {meta[key]}")

    headings = document.headings()
    lines += ["", f"Gliederung ({len(headings)} Überschriften):"]
    if not headings:
        lines.append("  (keine Überschriften erkannt)")
    for h in headings:
        lines.append(f"  {'  ' * max(h.level - 1, 0)}[{h.level}] {h.text} ({_where(h.location)})")

    tables = document.tables()
    lines += ["", f"Tabellen ({len(tables)}):"]
    if not tables:
        lines.append("  (keine Tabellen erkannt)")
    for n, t in enumerate(tables, 1):
        cols = max((len(r) for r in t.rows), default=0)
        lines.append(
            f"  Tabelle {n} ({_where(t.location)}), {len(t.rows)} Zeilen × {cols} Spalten:"
        )
        for row in t.rows:
            lines.append("    " + " | ".join(cell.replace("\n", " ") for cell in row))

    lines += ["", f"Zahlen ({len(document.figures)}):"]
    if not document.figures:
        lines.append("  (keine Beträge, Stellenanteile oder Daten erkannt)")
    for fig in document.figures:
        label = fig.label or "(ohne Bezeichnung)"
        unsure = f", unsicher erkannt: „{fig.raw}“" if fig.uncertain and fig.raw else (
            ", unsicher erkannt" if fig.uncertain else "")
        lines.append(
            f"  {_KIND_NAMES[fig.kind]}: {label}: {format_figure(fig)} "
            f"[„{' '.join(fig.text.split())}“, {_where(fig.location)}{unsure}]"
        )
    lines += _extras(document)
    paragraphs = sum(isinstance(b, Paragraph) for b in document.blocks)
    lines += ["", f"Absätze: {paragraphs}"]
    return "\n".join(lines) + "\n"


def unread_text(pages: list[int], limit: int) -> str:
    """Why pages of a scan were not read: the limit of pages recognised per file."""
    first, last = pages[0], pages[-1]
    which = (f"Seite {first}" if first == last else f"Seiten {first} bis {last}"
             if last - first + 1 == len(pages) else "Seiten " + ", ".join(map(str, pages)))
    return (f"{which} nicht gelesen: die Texterkennung liest höchstens {limit} Seiten je "
            "Datei; was dort steht, ist nicht geprüft.")


def _extras(document: Document) -> list[str]:
    """Texterkennung, Eingangsstempel, Formularfelder: only where the document has them."""
    lines = []
    if document.ocr_pages:
        pages = ", ".join(f"S. {p.page} ({'leer' if p.blank else f'{p.confidence:.0f} %'})"
                          for p in document.ocr_pages)
        lines += ["", f"Texterkennung (Tesseract), mittlere Sicherheit je Seite: {pages}"]
    if document.unread_pages:
        lines.append(unread_text(document.unread_pages, len(document.ocr_pages)))
    if document.stamps:
        lines.append("")
    for stamp in document.stamps:
        where = "Anmerkung" if stamp.source == "annotation" else "Text"
        page = f", S. {stamp.page}" if stamp.page else ""
        lines.append(f"Eingangsstempel: {stamp.date:%d.%m.%Y} [„{stamp.text}“, {where}{page}]")
    if document.form_fields:
        lines += ["", f"Formularfelder ({len(document.form_fields)}):"]
        for field in document.form_fields:
            lines.append(f"  {field.label or field.name}: {field.value or '(leer)'}")
    return lines
