"""PDF -> Document. With kimdocs.readers.pdf_pages (scans, annotations) the only module that
imports pypdfium2 and pdfplumber.

Two speeds (measured: pypdfium2 about 1.3 ms per page, pdfplumber 30-80 ms): the text, line
positions, fonts and ruling lines of every page come from pypdfium2, and tables are found from
those lines (kimdocs.readers.grid) or from text set in aligned columns (tables without borders).
pdfplumber is opened only for a page whose borders are drawn as one complex path, which the
fast finder cannot take apart.

Every position is taken as the user sees the page (PageFrame: after /Rotate, inside the
crop box, origin top left), so a landscape page stored turned (/Rotate 90, as scanners and
Word exports store a Finanzierungsplan) reads like any other page; there pdfium's line
breaks are remade from where the characters stand.

Lines become paragraphs by their vertical gaps and by short lines that end a sentence, and
are rejoined across hyphenation. Headings are decided like in DOCX (kimdocs.readers.outline)
from the font size, bold font names and numbering.
"""

from __future__ import annotations

import ctypes
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from kimdocs.errors import ReadError
from kimdocs.readers import forms_pdf
from kimdocs.readers.document import Document
from kimdocs.readers.grid import find_tables

# The shared page geometry lives in layout; the names tests and older callers import from
# here (PageFrame, _Line, _Para, _join_lines, _join_split_tables, _mark_furniture) stay.
from kimdocs.readers.layout import (  # noqa: F401
    _LIST_MARKER,
    PageFrame,
    _join_lines,
    _join_split_tables,
    _mark_furniture,
    assemble,
    clean_cell,
    table_of,
)
from kimdocs.readers.layout import Line as _Line
from kimdocs.readers.layout import Para as _Para  # noqa: F401
from kimdocs.readers.pdf_pages import (
    USABLE_CHARS,
    bold_sample,
    is_bold,
    page_annotations,
    page_needs_ocr,
    recognise_pages,
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


# a compound's first part cut off by a hyphen before a conjunction (Ergänzungsstrich: "Personal-
# bzw. Sachausgaben", "Personal- und Sachkosten") at a line end: the hyphen stays, with its
# space – joined, "Personalbzw." would name no line (issue 19, probe round 6)
SUSPENDED_HYPHEN = re.compile(r"\ufffe\s*(?=(?:und|oder|sowie|bzw\.|bis)(?:\s|$))")


def _unmark_hyphens(text: str) -> str:
    """pdfium joins a line ending in a hyphen with the next and marks the spot with U+FFFE:
    drop it before a lowercase letter ("Ver-waltung"), keep a hyphen before a capital."""
    if "\ufffe" not in text:
        return text
    text = SUSPENDED_HYPHEN.sub("- ", text)  # "Personal-" / "bzw. Sachausgaben"
    return re.sub(
        r"\ufffe\s*(.?)", lambda m: m.group(1) if m.group(1).islower() else "-" + m.group(1), text
    )


# list bullets a word processor draws from a symbol font (Symbol, Wingdings): pdfium gives the
# font's private-use code (U+F0B7 "", U+F0A7 "", U+F076 …), not "•" – as "•" a bulleted
# line begins a paragraph of its own (layout._BULLET) instead of running into the item above
# (a slide's bullets read as one line: "… 58.750 € (bewilligt: 60.000 €)  Sachkosten: …",
# issue 19 probe round 4)
_SYMBOL_BULLETS = re.compile("[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf0e0\uf0f0]")


def _plain_bullets(text: str) -> str:
    return _SYMBOL_BULLETS.sub("•", text)


def _page_lines(textpage, frame: PageFrame, page_no: int) -> list[_Line]:
    """Lines of one page with position, size and boldness, sampled at a few characters.
    This runs for every line of every page: the pdfium functions, the raw page handle and the
    out-parameters are looked up once (each costs a little in Python, per call)."""
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    exact = len(text) == count  # else (surrogate pairs) indices are approximate
    raw = textpage.raw
    origin, box, font_size = (
        pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_GetFontSize
    )
    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    le, ri, bo, to = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    ple, pri, pbo, pto = ctypes.byref(le), ctypes.byref(ri), ctypes.byref(bo), ctypes.byref(to)
    turned = frame.rotation != 0
    seen = frame.seen
    left, top_edge = frame.crop[0], frame.crop[3]
    lines: list[_Line] = []
    pos = 0
    spans: list[tuple[int, int]] = []
    for m in [*_LINE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        spans.append((pos, end))
        pos = m.end() if m else len(text)
    joined: dict[int, str] = {}
    if turned and exact:
        spans = _turned_lines(raw, text, spans, frame)
    elif exact:
        spans, joined = _rejoin_letters(raw, text, spans)
    for start, end in spans:
        raw_line = text[start:end]
        stripped = joined.get(start) or raw_line.strip()
        if not stripped:
            continue
        first = start + (len(raw_line) - len(raw_line.lstrip()))
        last = start + len(raw_line.rstrip()) - 1
        if not exact:
            first, last = min(first, count - 1), min(last, count - 1)
        # x0, base, last_base as displayed (top-origin); an unturned page needs no turning
        origin(raw, first, px, py)
        x0, base = seen(x.value, y.value) if turned else (x.value - left, top_edge - y.value)
        box(raw, last, ple, pri, pbo, pto)
        # the far end of the last glyph (on a turned page its right side as displayed)
        x1 = max(seen(ri.value, bo.value)[0], seen(le.value, to.value)[0], x0) if turned \
            else max(ri.value - left, x0)
        origin(raw, last, px, py)
        last_base = seen(x.value, y.value)[1] if turned else top_edge - y.value
        sample = {first, (first + last) // 2, last}
        size = round(max(font_size(raw, i) for i in sample), 1)
        bold = (
            all(is_bold(raw, i, buf, flags) for i in bold_sample(text, sample, first, last))
            if exact
            else is_bold(raw, first, buf, flags)
        )
        line = _Line(
            _plain_bullets(_unmark_hyphens(" ".join(stripped.split()))),
            page_no,
            x0,
            x1,
            base - size * 0.8,
            last_base + size * 0.25,
            base,
            last_base,
            size,
            bold,
        )
        if base == last_base and " " in stripped:
            line.span = (first, last - first + 1)
        lines.append(line)
    return lines


def _rejoin_letters(raw, text: str, spans: list[tuple[int, int]]
                    ) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """pdfium breaks some lines letter by letter: text a browser draws with a scaled text
    matrix (Chromium: 13,33 px at 0,75, as "10 pt") sometimes gets a line break pdfium makes up
    between every few glyphs („K“ / „r“ / „eis“ …, issue 19 neu-4). A made-up break between
    two glyphs on the same baseline, the second right after the first, is no line end: the
    pieces are one line again, with a space only where the gap is a word space. Returns the
    spans and, for each rejoined one (by its start), its text."""
    generated, origin, box = (pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_GetCharOrigin,
                              pdfium_c.FPDFText_GetCharBox)
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    le, ri, bo, to = (ctypes.c_double() for _ in range(4))
    edges = [ctypes.byref(v) for v in (le, ri, bo, to)]
    matrix = pdfium_c.FS_MATRIX()
    out: list[tuple[int, int]] = []
    joined: dict[int, str] = {}
    pieces: list[str] = []  # the text of the span being rejoined

    def glyph(i: int, step: int) -> int:
        while 0 <= i < len(text) and text[i].isspace():
            i += step
        return i

    for start, end in spans:
        prev = glyph(out[-1][1] - 1, -1) if out else -1
        here = glyph(start, 1)
        space = None
        if out and 0 <= prev < here < end and all(
                generated(raw, k) == 1 for k in range(out[-1][1], start)
                if text[k] in "\r\n"):
            origin(raw, prev, px, py)
            before_x, before_y = x.value, y.value
            origin(raw, here, px, py)
            if abs(y.value - before_y) < 1.0 and x.value > before_x:  # one baseline, onwards
                pdfium_c.FPDFText_GetMatrix(raw, prev, ctypes.byref(matrix))
                size = (pdfium_c.FPDFText_GetFontSize(raw, prev) or 10.0) * max(
                    abs(matrix.d), abs(matrix.a), 0.1)
                box(raw, prev, *edges)
                gap = x.value - ri.value
                if -0.2 * size < gap < 0.6 * size:
                    space = gap > 0.15 * size or " " in text[prev + 1:here]
        if space is None:
            if len(pieces) > 1:
                joined[out[-1][0]] = "".join(pieces)
            out.append((start, end))
            pieces = [text[start:end].strip()]
            continue
        pieces.append((" " if space else "") + text[start:end].strip())
        out[-1] = (out[-1][0], end)
    if len(pieces) > 1:
        joined[out[-1][0]] = "".join(pieces)
    return out, joined


def _turned_lines(raw, text: str, spans: list[tuple[int, int]],
                  frame: PageFrame) -> list[tuple[int, int]]:
    """On a page stored turned, pdfium's line breaks are not to be trusted: it runs several
    lines into one ("Kaiserslautern, 01.12.2025", the signature line and "Seite 3 von 4")
    and breaks one line into pieces ("Seite" / "4 von" / "4"). So the lines are made again
    from where the characters stand as displayed: a line ends where the baseline jumps by
    more than half the type size, and pieces on one baseline, each starting right of the
    one before, are one line."""
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    pieces: list[list] = []  # [start, end, first x, baseline, last x, size]
    for start, end in spans:
        piece = None
        for i in range(start, end):
            if text[i].isspace():
                continue
            pdfium_c.FPDFText_GetCharOrigin(raw, i, px, py)
            here_x, here = frame.seen(x.value, y.value)
            size = pdfium_c.FPDFText_GetFontSize(raw, i) or 10.0
            if piece is not None and abs(here - piece[3]) > size / 2:
                piece[1] = i
                pieces.append(piece)
                piece = None
            if piece is None:
                piece = [i, end, here_x, here, here_x, size]
            piece[4] = here_x
        if piece is not None:
            pieces.append(piece)
    out: list[list] = []
    for piece in pieces:
        last = out[-1] if out else None
        if last is not None and abs(piece[3] - last[3]) <= min(piece[5], last[5]) / 2 \
                and piece[2] > last[4]:
            last[1], last[4] = piece[1], piece[4]
        else:
            out.append(piece)
    return [(p[0], p[1]) for p in out]


class _Bounded:
    """Text inside a rectangle of one page. pypdfium2's get_text_bounded asks pdfium twice
    (length, then text) and pdfium walks every character of the page each time: with one
    buffer as large as the page's text, one call does (a ruled table asks once per cell)."""

    def __init__(self, textpage, count: int, frame: PageFrame):
        self.raw = textpage.raw
        self.frame = frame
        self.size = 2 * count + 16  # UTF-16 units: a character may take two
        self.buf = (ctypes.c_ushort * self.size)()

    def __call__(self, x0: float, top: float, x1: float, bottom: float) -> str:
        """The text inside a box of the page as displayed (x0, top, x1, bottom)."""
        left, low, right, high = self.frame.stored_box(x0, top, x1, bottom)
        n = pdfium_c.FPDFText_GetBoundedText(
            self.raw, left, high, right, low, self.buf, self.size
        )
        if n <= 0:
            return ""
        # pdfium counts and writes a terminating NUL when the buffer has room for it
        text = ctypes.string_at(self.buf, 2 * min(n, self.size)).decode("utf-16-le", "ignore")
        return text.rstrip("\x00")


def _columns(textpage, bounded: _Bounded, first: int, count: int,
             size: float) -> list[tuple[float, str]] | None:
    """Split a line at gaps wider than two font sizes: "Mein Aktenzeichen      3321-0001".
    pdfium already groups a line's characters into rectangles, so this costs one call per
    line, plus one per rectangle where there are several."""
    n = pdfium_c.FPDFText_CountRects(textpage, first, count)
    if n < 2:
        return None
    le, to, ri, bo = (ctypes.c_double() for _ in range(4))
    boxes = []
    for i in range(n):
        pdfium_c.FPDFText_GetRect(
            textpage, i, ctypes.byref(le), ctypes.byref(to), ctypes.byref(ri), ctypes.byref(bo)
        )
        boxes.append(bounded.frame.seen_box(le.value, bo.value, ri.value, to.value))
    boxes.sort()  # left to right as displayed
    segments: list[list[float]] = []
    for x0, top, x1, bottom in boxes:
        if segments and x0 - segments[-1][2] < max(2 * size, 14):
            segments[-1][2] = max(segments[-1][2], x1)
            segments[-1][1] = min(segments[-1][1], top)
            segments[-1][3] = max(segments[-1][3], bottom)
        else:
            segments.append([x0, top, x1, bottom])
    if len(segments) < 2:
        return None
    cells = []
    for x0, top, x1, bottom in segments:
        text = bounded(x0 - 0.5, top, x1 + 0.5, bottom)
        cells.append((x0, " ".join(_unmark_hyphens(text).split())))
    if not all(text for _, text in cells) or _LIST_MARKER.match(cells[0][1]):
        return None  # "1.<tab>Bewilligung", "•<tab>Punkt": a list item, not a row of columns
    return cells


def _ruling_edges(page, frame: PageFrame):
    """Thin horizontal and vertical lines of a page (top-origin), and whether the page also has
    complex paths (many segments) that might be table borders drawn in one piece."""
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    complex_paths = False
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(pdfium_c.FPDFPage_CountObjects(page)):
        obj = pdfium_c.FPDFPage_GetObject(page, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(
            obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
        ):
            continue
        x0, t, x1, b = frame.seen_box(left.value, bottom.value, right.value, top.value)
        w, h = x1 - x0, b - t
        if h < 3 and w > 5:
            horizontal.append(((t + b) / 2, x0, x1))
        elif w < 3 and h > 5:
            vertical.append(((x0 + x1) / 2, t, b))
        elif w > 5 and h > 5:
            if pdfium_c.FPDFPath_CountSegments(obj) <= 5:  # a rectangle: cell shading or frame
                horizontal += [(t, x0, x1), (b, x0, x1)]
                vertical += [(x0, t, b), (x1, t, b)]
            else:
                complex_paths = True
    return horizontal, vertical, complex_paths


def _grid_tables(bounded: _Bounded, horizontal, vertical, cells: list):
    """Tables from ruling lines, cell text straight from pdfium's text layer; `cells` gets
    each table's {(row, column): box} (form fields are put into their cell)."""
    found = []
    for table in find_tables(horizontal, vertical):
        rows = [[""] * len(table.columns) for _ in table.rows]
        boxes = {}
        for cell in table.cells:
            r, c = table.position(cell)
            text = bounded(cell.x0, cell.top, cell.x1, cell.bottom)
            rows[r][c] = clean_cell(_unmark_hyphens(text.replace("\r\n", "\n")))
            boxes[(r, c)] = (cell.x0, cell.top, cell.x1, cell.bottom)
        if any(any(row) for row in rows):
            found.append((table.bbox, rows))
            cells.append(boxes)
    return found


def _read_page(page, index: int, tables: _Tables, cells: list | None = None):
    """Lines and ruled tables (bbox, rows) of a page; `cells`, if given, gets each table's
    cell boxes (empty for tables pdfplumber found)."""
    cells = [] if cells is None else cells
    textpage = page.get_textpage()
    try:
        frame = PageFrame.of(page)
        lines = _page_lines(textpage, frame, index + 1)
        found = []
        if lines:
            bounded = _Bounded(textpage, textpage.count_chars(), frame)
            horizontal, vertical, complex_paths = _ruling_edges(page, frame)
            found = _grid_tables(bounded, horizontal, vertical, cells)
            if not found and complex_paths:
                found = tables.find(index)  # borders drawn in one piece: let pdfplumber look
                cells[:] = [{} for _ in found]
            # Columns only matter outside ruled tables (a line inside one only places it).
            for ln in lines:
                ln.table = table_of(ln, found)
                if ln.span and ln.table is None:
                    ln.cells = _columns(textpage, bounded, *ln.span, ln.size)
        return lines, found
    finally:
        textpage.close()


class _Tables:
    """pdfplumber, opened only when a page needs it; every page closed after use."""

    def __init__(self, path: Path):
        self.path = path
        self.pdf = None

    def find(self, index: int) -> list[tuple[tuple[float, float, float, float], list[list[str]]]]:
        try:
            if self.pdf is None:
                import pdfplumber

                self.pdf = pdfplumber.open(self.path)
            page = self.pdf.pages[index]
        except Exception:  # pdfminer may choke on a file pdfium repaired: no tables then
            return []
        try:
            found = []
            for table in page.find_tables():
                rows = [[clean_cell(c) for c in row] for row in table.extract()]
                if len(rows) >= 1 and max(len(r) for r in rows) >= 2 and any(any(r) for r in rows):
                    width = max(len(r) for r in rows)
                    found.append((table.bbox, [r + [""] * (width - len(r)) for r in rows]))
            return found
        except Exception:
            return []
        finally:
            page.close()

    def close(self):
        if self.pdf is not None:
            self.pdf.close()


def _open(path: Path):
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc)
        if "password" in text.lower():
            raise ReadError(
                "Die PDF-Datei ist passwortgeschützt und kann nicht gelesen werden. "
                "Bitte ohne Kennwort (Öffnen-Passwort) speichern und erneut einreichen.",
                path=path,
            ) from None
        raise ReadError(
            "Die PDF-Datei ist beschädigt oder unvollständig (z. B. abgebrochene "
            "Übertragung) und kann nicht gelesen werden.",
            path=path,
        ) from None


def read_pdf(path: Path, *, max_pages: int = 2000, ocr: str = "auto",
             progress=None, max_ocr_pages: int | None = None) -> Document:
    """`ocr`: 'auto' recognises pages without a usable text layer, 'immer' every page, 'nie'
    none; `progress(n, total)` is called before the n-th page to be recognised. At most
    `max_ocr_pages` pages are recognised; the others are Document.unread_pages."""
    pdf = _open(path)
    tables = _Tables(path)
    try:
        pages = len(pdf)
        if pages == 0:
            raise ReadError("Die PDF-Datei enthält keine Seiten.", path=path)
        if pages > max_pages:
            raise ReadError(
                f"Die PDF-Datei hat {pages} Seiten; gelesen werden höchstens "
                f"{max_pages} Seiten. Das ist für einen Antrag oder Bericht unplausibel viel.",
                path=path,
            )
        page_lines: list[list[_Line]] = []
        page_tables: list[list] = []
        stamps: list = []
        fields: list = []
        widgets: list = []  # read with pypdf at the first page that has any
        todo: list[int] = []  # pages to recognise: each page is loaded once for both tests

        def annotations(page, index: int, lines, found, cells) -> None:
            if page_annotations(page, index + 1, stamps):
                if not widgets:
                    widgets.extend(forms_pdf.read_widgets(path))
                mine = [w for w in widgets if w.page == index]
                if mine:
                    fields.extend(forms_pdf.place(mine, PageFrame.of(page), lines, found,
                                                  cells or [{} for _ in found], index + 1))

        for index in range(pages):
            page = pdf[index]
            try:
                cells: list = []
                if ocr == "immer":
                    lines, found = [], []
                else:  # the text layer first: a page with text is no scan (no image test)
                    lines, found = _read_page(page, index, tables, cells)
                if ocr == "immer" or (ocr == "auto" and not _has_text(lines)
                                      and page_needs_ocr(page, ocr)):
                    todo.append(index)
                    lines, found = [], []
                else:
                    annotations(page, index, lines, found, cells)
            finally:
                page.close()
            page_lines.append(lines)
            page_tables.append(found)
        unread = todo[max_ocr_pages:] if max_ocr_pages is not None else []
        todo = todo[:len(todo) - len(unread)]
        # the scanned pages, recognised several at once (kimdocs.readers.scan)
        scans = recognise_pages(pdf, todo, path, progress) if todo else []
        for scan in scans:
            index = scan.number - 1
            page_lines[index], page_tables[index] = scan.lines, scan.tables
            page = pdf[index]
            try:
                annotations(page, index, scan.lines, scan.tables, [])
            finally:
                page.close()
        fields.sort(key=lambda f: f.page or 0)  # in page order, scanned pages among the others
        stamps.sort(key=lambda s: s.page or 0)
        metadata = _metadata(pdf)
    finally:
        tables.close()
        pdf.close()

    if not any(ln.text for lines in page_lines for ln in lines):
        if scans:
            raise ReadError(
                "Die PDF-Datei enthält kein Textlayer (vermutlich ein Scan), und die "
                "Texterkennung (OCR) hat auf keiner Seite Text gefunden (leere, sehr blasse "
                "oder unscharfe Seiten?).", path=path)
        raise ReadError(
            "Die PDF-Datei enthält kein Textlayer (vermutlich ein Scan), bitte mit "
            "Texterkennung (OCR) speichern und erneut einreichen.",
            path=path,
        )
    document = assemble(path, "pdf", metadata, pages, page_lines, page_tables)
    document.form_fields = fields
    document.unread_pages = [index + 1 for index in unread]
    document.stamps = stamps + forms_pdf.text_stamps(document)
    if scans:
        from kimdocs.readers.scan import attach  # loaded already by recognise_pages

        attach(document, scans)
    return document


def _has_text(lines: list[_Line]) -> bool:
    """Enough letters and digits for a page with a usable text layer (stops counting early)."""
    count = 0
    for ln in lines:
        count += sum(c.isalnum() for c in ln.text)
        if count >= USABLE_CHARS:
            return True
    return False


def _metadata(pdf) -> dict:
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
    except Exception:
        meta = {}
    return {
        "title": meta.get("Title") or None,
        "author": meta.get("Author") or None,
        "created": _pdf_date(meta.get("CreationDate")),
        "modified": _pdf_date(meta.get("ModDate")),
    }


def _pdf_date(value: str | None) -> str | None:
    """D:20261215093000+01'00' -> 2026-12-15T09:30:00+01:00."""
    if not value:
        return None
    m = re.match(
        r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+\-])?(\d{2})?'?(\d{2})?", value
    )
    if not m:
        return value
    y, mo, d, h, mi, s, tz, tzh, tzm = m.groups()
    out = f"{y}-{mo or '01'}-{d or '01'}T{h or '00'}:{mi or '00'}:{s or '00'}"
    if tz in ("Z", "z"):
        out += "+00:00"
    elif tz and tzh:
        out += f"{tz}{tzh}:{tzm or '00'}"
    return out
