"""PDF -> Document. The only module that imports pypdfium2 and pdfplumber.

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
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from kimdocs.errors import ReadError
from kimdocs.readers.document import Block, Document, Heading, Location, Paragraph, Table
from kimdocs.readers.grid import find_tables
from kimdocs.readers.outline import Candidate, assign_levels

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|fett", re.IGNORECASE)
_FORCE_BOLD = 0x40000  # PDF font descriptor flag
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_HYPHENS = ("-", "\u00ad", "\x02", "\u2010")
_PAGE_NUMBER = re.compile(
    r"^(?:Seite\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:von|/)\s*\d{1,4})?$", re.IGNORECASE
)
_LIST_MARKER = re.compile(
    r"^(?:[•\-–·▪◦]|\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|[a-zA-Z][.)]|[IVX]{1,4}\.)$"
)
_BULLET = re.compile(r"^[•\-–·▪◦]\s")


@dataclass
class _Line:
    text: str
    page: int
    x0: float
    x1: float
    top: float  # top-origin, like pdfplumber
    bottom: float
    baseline: float  # of the line's first character
    last_baseline: float  # of its last (pdfium may join hyphenated lines into one)
    size: float
    bold: bool
    furniture: bool = False  # running header/footer, repeated on many pages
    # Text set in columns with a wide gap (tab stops, a table without borders): (x0, text) each.
    cells: list[tuple[float, str]] | None = None
    span: tuple[int, int] | None = None  # first char index and count, where columns may be
    table: int | None = None  # index of the ruled table of its page the line stands in


@dataclass
class _Para:
    lines: list[_Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return _join_lines([ln.text for ln in self.lines])


def _join_lines(lines: list[str]) -> str:
    """Rejoin lines: "Ver-" + "waltung" -> "Verwaltung", "Süd-" + "Württemberg" stays hyphenated."""
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
        elif out.endswith(_HYPHENS) and len(out) > 1 and out[-2].isalpha() and line[:1].isalpha():
            if out[-1] in ("\u00ad", "\x02") or line[0].islower():
                out = out[:-1] + line  # a hyphen set only for the line break
            else:
                out = out[:-1] + "-" + line  # a real hyphen: compound with a capitalised part
        else:
            out = f"{out} {line}"
    return out.replace("\u00ad", "").replace("\x02", "")


class PageFrame:
    """A page's two spaces: PDF user space (points as stored, y up), where pdfium gives every
    character, line and rectangle, and the page as the user sees it: after /Rotate, inside
    the crop box, origin top left, y down (as pdfplumber counts). Every box of a Document is
    in the seen space, so a landscape page stored turned (/Rotate 90, as scanners and Word
    exports store it) reads like any other, and kimdocs.annotate turns boxes back with the
    same frame."""

    def __init__(self, rotation: int, crop: tuple[float, float, float, float]):
        self.rotation = rotation % 360
        self.crop = crop

    @classmethod
    def of(cls, page) -> PageFrame:
        return cls(page.get_rotation(), tuple(page.get_cropbox()))

    def seen(self, x: float, y: float) -> tuple[float, float]:
        """A point of user space -> the displayed page (x, top)."""
        cx0, cy0, cx1, cy1 = self.crop
        if self.rotation == 90:
            return y - cy0, x - cx0
        if self.rotation == 180:
            return cx1 - x, y - cy0
        if self.rotation == 270:
            return cy1 - y, cx1 - x
        return x - cx0, cy1 - y

    def stored(self, x: float, top: float) -> tuple[float, float]:
        """A point of the displayed page -> user space (the inverse of `seen`)."""
        cx0, cy0, cx1, cy1 = self.crop
        if self.rotation == 90:
            return cx0 + top, cy0 + x
        if self.rotation == 180:
            return cx1 - x, cy0 + top
        if self.rotation == 270:
            return cx1 - top, cy1 - x
        return cx0 + x, cy1 - top

    def seen_box(self, x0: float, y0: float, x1: float, y1: float):
        """A rectangle of user space -> (x0, top, x1, bottom) as displayed."""
        return _bounds((self.seen(x0, y0), self.seen(x1, y1)))

    def stored_box(self, x0: float, top: float, x1: float, bottom: float):
        """A displayed rectangle (x0, top, x1, bottom) -> user space (x0, y0, x1, y1)."""
        return _bounds((self.stored(x0, top), self.stored(x1, bottom)))

    @property
    def size(self) -> tuple[float, float]:
        """Width and height as displayed."""
        cx0, cy0, cx1, cy1 = self.crop
        w, h = cx1 - cx0, cy1 - cy0
        return (h, w) if self.rotation in (90, 270) else (w, h)


def _bounds(points) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _unmark_hyphens(text: str) -> str:
    """pdfium joins a line ending in a hyphen with the next and marks the spot with U+FFFE:
    drop it before a lowercase letter ("Ver-waltung"), keep a hyphen before a capital."""
    if "\ufffe" not in text:
        return text
    return re.sub(
        r"\ufffe\s*(.?)", lambda m: m.group(1) if m.group(1).islower() else "-" + m.group(1), text
    )


def _is_bold(textpage, index: int, buf, flags) -> bool:
    n = pdfium_c.FPDFText_GetFontInfo(textpage, index, buf, len(buf), ctypes.byref(flags))
    name = buf.value[: max(n - 1, 0)].decode("latin-1", "replace") if n else ""
    return bool(
        _BOLD_NAME.search(name)
        or flags.value & _FORCE_BOLD
        or pdfium_c.FPDFText_GetFontWeight(textpage, index) >= 600
    )


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
    if turned and exact:
        spans = _turned_lines(raw, text, spans, frame)
    for start, end in spans:
        raw_line = text[start:end]
        stripped = raw_line.strip()
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
            all(
                _is_bold(raw, i, buf, flags)
                for i in sample
                if not text[i].isspace() and text[i] not in "0123456789.,:;-"
            )
            if exact
            else _is_bold(raw, first, buf, flags)
        )
        line = _Line(
            _unmark_hyphens(" ".join(stripped.split())),
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


def _grid_tables(bounded: _Bounded, horizontal, vertical):
    """Tables from ruling lines, cell text straight from pdfium's text layer."""
    found = []
    for table in find_tables(horizontal, vertical):
        rows = [[""] * len(table.columns) for _ in table.rows]
        for cell in table.cells:
            r, c = table.position(cell)
            text = bounded(cell.x0, cell.top, cell.x1, cell.bottom)
            rows[r][c] = _clean_cell(_unmark_hyphens(text.replace("\r\n", "\n")))
        if any(any(row) for row in rows):
            found.append((table.bbox, rows))
    return found


def _read_page(page, index: int, tables: _Tables):
    textpage = page.get_textpage()
    try:
        frame = PageFrame.of(page)
        lines = _page_lines(textpage, frame, index + 1)
        found = []
        if lines:
            bounded = _Bounded(textpage, textpage.count_chars(), frame)
            horizontal, vertical, complex_paths = _ruling_edges(page, frame)
            found = _grid_tables(bounded, horizontal, vertical)
            if not found and complex_paths:
                found = tables.find(index)  # borders drawn in one piece: let pdfplumber look
            # Columns only matter outside ruled tables (a line inside one only places it).
            for ln in lines:
                ln.table = _table_of(ln, found)
                if ln.span and ln.table is None:
                    ln.cells = _columns(textpage, bounded, *ln.span, ln.size)
        return lines, found
    finally:
        textpage.close()


def _table_of(ln: _Line, found) -> int | None:
    """The index of the table (bbox, rows) whose box holds the line, if any."""
    mid = (ln.top + ln.bottom) / 2
    return next(
        (
            i
            for i, (bbox, _) in enumerate(found)
            if bbox[1] - 2 <= mid <= bbox[3] + 2 and ln.x0 < bbox[2] and ln.x1 > bbox[0]
        ),
        None,
    )


def _clean_cell(value: str | None) -> str:
    return _join_lines(value.split("\n")) if value else ""


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
                rows = [[_clean_cell(c) for c in row] for row in table.extract()]
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


def _mark_furniture(pages: list[list[_Line]]) -> None:
    """Running headers and footers: the same text near the same height on many pages
    (page numbers "Seite 3 von 9" count as the same text). A two-page letter repeats its
    letterhead on page 2: there only the first and last two lines of a page may count."""
    if len(pages) < 2:
        return

    def key(ln: _Line):
        text = "#" if _PAGE_NUMBER.match(ln.text) else ln.text
        return text, round(ln.top / 4)

    def candidates(lines: list[_Line]) -> list[_Line]:
        return lines if len(pages) > 2 else lines[:2] + lines[2:][-2:]

    seen = Counter(k for lines in pages for k in {key(ln) for ln in candidates(lines)})
    threshold = max(2 if len(pages) == 2 else 3, len(pages) // 2)
    for lines in pages:
        for ln in candidates(lines):
            if seen[key(ln)] >= threshold:
                ln.furniture = True


_ALIGN = 6.0  # points: column starts closer than this are one column


def _column_of(columns: list[float], x: float) -> int | None:
    best = min(range(len(columns)), key=lambda i: abs(columns[i] - x))
    return best if abs(columns[best] - x) <= _ALIGN else None


def _blocks(lines: list[_Line], body_size: float) -> list[tuple[str, object]]:
    """Lines of one page (ruled tables removed) -> paragraphs and tables without borders.

    Two or more consecutive lines set in aligned columns (a letterhead's "Mein Aktenzeichen /
    3321-…", a key/value block) form a table, as the DOCX they came from has one; a wrapped
    cell continues on lines that start at its column."""
    out: list[tuple[str, object]] = []
    plain: list[_Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not ln.cells or ln.furniture:
            plain.append(ln)
            i += 1
            continue
        columns = [x for x, _ in ln.cells]
        run = [ln]
        j = i + 1
        while j < len(lines):
            nxt, prev = lines[j], run[-1]
            if nxt.furniture or nxt.baseline - prev.last_baseline > max(nxt.size, prev.size) * 3:
                break
            if nxt.cells:
                if _column_of(columns, nxt.cells[0][0]) != 0 or any(
                    _column_of(columns, x) is None for x, _ in nxt.cells
                ):
                    break
            elif _column_of(columns, nxt.x0) in (None, 0):
                break
            run.append(nxt)
            j += 1
        rows = sum(1 for r in run if r.cells)
        if rows < 2:
            plain.append(ln)
            i += 1
            continue
        out.extend(("p", p) for p in _paragraphs(plain, body_size))
        plain = []
        out.append(("t", _borderless_table(run, columns)))
        i = j
    out.extend(("p", p) for p in _paragraphs(plain, body_size))
    return out


def _borderless_table(run: list[_Line], columns: list[float]):
    table: list[list[list[str]]] = []
    for ln in run:
        if ln.cells:
            row = [[] for _ in columns]
            for x, text in ln.cells:
                row[_column_of(columns, x)].append(text)  # type: ignore[index]
            table.append(row)
        else:
            table[-1][_column_of(columns, ln.x0)].append(ln.text)  # type: ignore[index]
    rows = [[_join_lines(parts) for parts in row] for row in table]
    bbox = (min(ln.x0 for ln in run), run[0].top, max(ln.x1 for ln in run), run[-1].bottom)
    return run[0].page, bbox, rows


def _paragraphs(lines: list[_Line], body_size: float) -> list[_Para]:
    """Group the lines of one page (tables removed) into paragraphs."""
    paras: list[_Para] = []
    right = max((ln.x1 for ln in lines), default=0)
    prev: _Line | None = None
    for ln in lines:
        new = prev is None
        if prev is not None:
            step = ln.baseline - prev.last_baseline
            size = max(ln.size, prev.size, 1.0)
            new = (
                step > size * 1.55
                or step < 0  # a paragraph gap, or a new column
                or abs(ln.size - prev.size) > 0.6
                or ln.bold != prev.bold
                or ln.furniture
                or prev.furniture
                or bool(_BULLET.match(ln.text))
                # A short line ending a sentence closes its paragraph.
                or (
                    prev.text.endswith((".", ":", "!", "?")) and prev.x1 < right - max(40, 4 * size)
                )
            )
        if new:
            paras.append(_Para())
        paras[-1].lines.append(ln)
        prev = ln
    return paras


def read_pdf(path: Path, *, max_pages: int = 2000) -> Document:
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
        for index in range(pages):
            page = pdf[index]
            try:
                lines, found = _read_page(page, index, tables)
            finally:
                page.close()
            page_lines.append(lines)
            page_tables.append(found)
        metadata = _metadata(pdf)
    finally:
        tables.close()
        pdf.close()

    if not any(ln.text for lines in page_lines for ln in lines):
        raise ReadError(
            "Die PDF-Datei enthält kein Textlayer (vermutlich ein Scan), bitte mit "
            "Texterkennung (OCR) speichern und erneut einreichen.",
            path=path,
        )

    _mark_furniture(page_lines)
    weights = Counter()
    for lines in page_lines:
        for ln in lines:
            weights[ln.size] += len(ln.text)
    body_size = weights.most_common(1)[0][0]

    # Per page: lines outside tables become paragraphs; each table stands where it begins.
    items: list[tuple[str, object]] = []
    for lines, found in zip(page_lines, page_tables):
        pending: list[_Line] = []
        placed = set()
        for ln in lines:
            inside = ln.table
            if inside is None:
                pending.append(ln)
                continue
            if inside not in placed:
                items.extend(_blocks(pending, body_size))
                pending = []
                bbox, rows = found[inside]
                items.append(("t", (ln.page, bbox, rows)))
                placed.add(inside)
        items.extend(_blocks(pending, body_size))
        for i, (bbox, rows) in enumerate(found):
            if i not in placed:  # a table found without any text line of ours in it
                items.append(("t", (lines[0].page if lines else None, bbox, rows)))

    items = _join_split_tables(items)
    items = _merge_across_pages(items)
    paras = [p for kind, p in items if kind == "p"]
    cands = [
        Candidate(p.text, bold=all(ln.bold for ln in p.lines), size=max(ln.size for ln in p.lines))
        for p in paras
    ]
    _mark_title(cands, paras, body_size)
    levels = assign_levels(cands, body_size)
    level_of = {id(p): lvl for p, lvl in zip(paras, levels)}

    blocks: list[Block] = []
    for kind, item in items:
        if kind == "t":
            page_no, bbox, rows = item  # type: ignore[misc]
            blocks.append(Table(rows, Location(page_no, tuple(bbox), len(blocks))))
            continue
        para: _Para = item  # type: ignore[assignment]
        first = para.lines[0]
        bbox = (
            min(ln.x0 for ln in para.lines),
            first.top,
            max(ln.x1 for ln in para.lines),
            para.lines[-1].bottom,
        )
        if para.lines[-1].page != first.page:
            bbox = None
        loc = Location(first.page, bbox, len(blocks))
        level = level_of.get(id(para))
        if level is not None and not any(ln.furniture for ln in para.lines):
            blocks.append(Heading(para.text, level, loc))
        else:
            blocks.append(Paragraph(para.text, loc))
    return Document(str(path), "pdf", metadata, blocks, [], pages)


_SAME_EDGE = 3.0  # points: a continued table starts and ends where the first part did


def _join_split_tables(items: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A table broken across a page (a browser or LibreOffice printing a long table) is one
    table: when the last body item of a page and the first of the next are tables with the
    same number of columns and the same left and right edges, the rows of the second part
    follow the first, so the amounts on the next page keep their column header (the year,
    "beantragt", "verausgabt") and a "Summe" row adds up all items. A header row the printer
    repeated on the next page is dropped. The joined table keeps the first part's page and
    box: that is where a reader finds it."""
    out: list[tuple[str, object]] = []
    last_table: int | None = None  # index in `out` of a table with no body text after it
    ends_on: int | None = None  # the page that table (or its last joined part) ends on
    for kind, item in items:
        if kind == "p":
            if not item.lines[0].furniture:  # type: ignore[attr-defined]
                last_table = None
            out.append((kind, item))
            continue
        page, bbox, rows = item  # type: ignore[misc]
        if last_table is not None and rows and page is not None and ends_on is not None:
            first_page, first_bbox, first_rows = out[last_table][1]  # type: ignore[misc]
            if (page == ends_on + 1 and len(rows[0]) == len(first_rows[0])
                    and abs(bbox[0] - first_bbox[0]) <= _SAME_EDGE
                    and abs(bbox[2] - first_bbox[2]) <= _SAME_EDGE):
                more = rows[1:] if rows[0] == first_rows[0] else rows
                out[last_table] = ("t", (first_page, first_bbox, first_rows + more))
                ends_on = page
                continue
        last_table, ends_on = len(out), page
        out.append((kind, item))
    return out


def _merge_across_pages(items: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A paragraph that runs on from one page to the next (next page starts lowercase, the
    previous did not end a sentence) is one paragraph; running headers/footers stay apart."""
    out: list[tuple[str, object]] = []
    last_body: _Para | None = None
    for kind, item in items:
        if kind == "p":
            para: _Para = item  # type: ignore[assignment]
            first = para.lines[0]
            if first.furniture:
                out.append((kind, item))
                continue
            if (
                last_body is not None
                and first.page == last_body.lines[-1].page + 1
                and first.text[:1].islower()
                and not last_body.text.endswith((".", ":", "!", "?"))
                and first.size == last_body.lines[-1].size
                and not first.bold
            ):
                last_body.lines.extend(para.lines)
                continue
            last_body = para
        else:
            last_body = None
        out.append((kind, item))
    return out


def _mark_title(cands: list[Candidate], paras: list[_Para], body_size: float) -> None:
    """The one paragraph in the largest type, on page 1 and well above body size, is the title."""
    sized = [(c.size or 0, i) for i, c in enumerate(cands)]
    if not sized:
        return
    biggest = max(s for s, _ in sized)
    at_biggest = [i for s, i in sized if s == biggest]
    if (
        len(at_biggest) == 1
        and biggest >= body_size * 1.4
        and paras[at_biggest[0]].lines[0].page == 1
        and len(cands[at_biggest[0]].text) <= 120
    ):
        cands[at_biggest[0]].style_level = 0


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
