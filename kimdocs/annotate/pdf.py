"""Highlights in a PDF: a highlight annotation over each passage with a finding, with a
pop-up note of the comment; a note where a missing part is expected; a note with the
verdict at the top of the first page.

pypdf writes the annotations (kimdocs adds no PDF syntax of its own). Annotation rectangles
are in PDF user space: the page as stored, before its /Rotate turns it for display. The
reader's boxes are in the page as the user sees it (kimdocs.readers.pdf.PageFrame); the same
frame turns them back, so a landscape page stored turned is marked where the user reads. A
table cell's box is not kept by the reader, so the cell is found again by its text inside
the table's box. Notes and pop-ups are placed as the user sees the page (left margin, below,
to the right) and turned back into user space.

Marking a marked copy again: kimdocs's own annotations (author /T "kimdocs" and a name /NM
"kimdocs-…") and their pop-ups are taken out first; a person's stay.

A scan read by OCR (Document.ocr_pages): passages are found among the recognised words, so a
highlight sits on the word boxes; and the copy gets the recognised text as an invisible text
layer (text render mode 3, the way OCR software makes a scan searchable), written by pypdf
as one more content stream per page in the standard font Helvetica (WinAnsi: German letters
and the euro sign; no font is embedded, none is needed for text nobody sees). Each word is
stretched (Tz) over its box, so a search or a selection finds it where it stands. reportlab
could draw the same layer, but would be a new dependency for twenty lines of PDF operators.
A copy marked again reads its own text layer like a born-digital page and gets no second.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Popup, Text
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

from kimdocs.annotate.anchors import anchor_block, needles
from kimdocs.annotate.text import AUTHOR, PDF_NAME, is_own, marks, summary_text
from kimdocs.readers.document import Table
from kimdocs.readers.pdf import PageFrame

YELLOW = "ffeb3b"
NOTE = 18  # size of a note icon, points
_PAD = 1.5  # a highlight reaches a little beyond the glyphs


def annotate_pdf(path: Path, bericht, document=None) -> bytes:
    if document is not None and document.format != "pdf":
        raise ValueError("ein Bild (TIFF, PNG, JPEG) bekommt keine markierte Kopie; bitte "
                         "als PDF einreichen")
    reader = PdfReader(str(path))
    if reader.is_encrypted:
        # Only an owner password lets kimdocs read it at all; a copy with notes would have
        # to drop the author's protection, which is not ours to drop.
        raise ValueError("das PDF ist verschlüsselt (geschützt); in ein geschütztes PDF "
                         "schreibt kimdocs keine Anmerkungen")
    writer = PdfWriter(clone_from=reader)
    remove_own_annotations(writer)
    unplaced = []
    pdf = pdfium.PdfDocument(str(path))
    ocr_pages = {p.page: p for p in getattr(document, "ocr_pages", None) or []}
    try:
        pages = _Pages(pdf, ocr_pages)
        found = [(mark, _place(mark, document, pages)) for mark in marks(bericht)]
        frames = {n: pages.frame(n) for n in {1, *(p for _, (p, _) in found if p)}
                  if 1 <= n <= pages.count}
    finally:
        pdf.close()
    for mark, (page_no, _) in found:
        if page_no is None or not 1 <= page_no <= len(writer.pages):
            unplaced.append(mark)
    names = _Names()
    _note(writer, 0, frames[1].stored_box(4, 4, 4 + NOTE, 4 + NOTE),
          summary_text(bericht, unplaced), names.next(1))
    for mark, (page_no, box) in found:
        if mark in unplaced:
            continue
        index = page_no - 1
        frame = frames[page_no]
        if mark.missing:
            # In the left margin, just below the part after which the missing one belongs:
            # the icon covers no text, however narrow the gap to the next part.
            x0, _, _, bottom = box
            x0 = max(x0 - NOTE - 4, 0)
            _note(writer, index, frame.stored_box(x0, bottom, x0 + NOTE, bottom + NOTE),
                  mark.text, names.next(page_no))
        else:
            _highlight(writer, index, frame, box, mark.text, names.next(page_no))
    for page_no, scanned in ocr_pages.items():
        if 1 <= page_no <= len(writer.pages):
            add_text_layer(writer, page_no - 1, pages.frame(page_no), scanned.words)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class _Names:
    """/NM of each annotation kimdocs adds: "kimdocs-<page>-<n>", unique on its page."""

    def __init__(self):
        self.count = 0

    def next(self, page_no: int) -> str:
        self.count += 1
        return f"{PDF_NAME}{page_no}-{self.count}"


class _Pages:
    """Text search on the pages with pdfium; boxes as the reader gives them (the page as
    displayed, top left)."""

    def __init__(self, pdf, ocr_pages: dict | None = None):
        self.pdf = pdf
        self.count = len(pdf)
        self.ocr_pages = ocr_pages or {}
        self._frames: dict[int, PageFrame] = {}

    def frame(self, page_no: int) -> PageFrame:
        if page_no not in self._frames:
            self._frames[page_no] = PageFrame.of(self.pdf[page_no - 1])
        return self._frames[page_no]

    def search(self, page_no: int, text: str) -> list[tuple[float, float, float, float]]:
        if page_no in self.ocr_pages:
            return ocr_search(self.ocr_pages[page_no].words, text)
        page = self.pdf[page_no - 1]
        frame = self.frame(page_no)
        textpage = page.get_textpage()
        hits = []
        searcher = textpage.search(" ".join(text.split()), match_case=True)
        while (hit := searcher.get_next()) is not None:
            rects = [textpage.get_rect(k) for k in range(textpage.count_rects(*hit))]
            if rects:
                hits.append(_union([frame.seen_box(*r) for r in rects]))
        return hits


def _union(boxes) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _place(mark, document, pages: _Pages) -> tuple[int | None, tuple | None]:
    """(page, box in top-left points) of a mark, or (None, None)."""
    f = mark.fundstelle
    index = anchor_block(document, mark)
    block = (document.blocks[index]
             if document is not None and index is not None and 0 <= index < len(document.blocks)
             else None)
    if block is not None and block.location.page and block.location.bbox:
        page_no, box = block.location.page, block.location.bbox
        if isinstance(block, Table) and f.zelle is not None:
            box = _cell_box(pages, page_no, block, f.zelle) or box
        return page_no, box
    if f.seite and f.bbox:
        return f.seite, f.bbox
    candidates = [f.seite] if f.seite else range(1, pages.count + 1)
    for needle in needles(f.text):
        for page_no in candidates:
            hits = pages.search(page_no, needle)
            if hits:
                return page_no, hits[0]
    return None, None


def _cell_box(pages: _Pages, page_no: int, table: Table, cell: tuple[int, int]):
    """The box of the text of one cell, looked up inside the table's box: the match in the
    line of the row's first cell when the same text occurs more than once."""
    row, column = cell
    if row >= len(table.rows) or column >= len(table.rows[row]):
        return None
    text = table.rows[row][column]
    if not text.strip():
        return None
    area = table.location.bbox
    hits = [h for h in pages.search(page_no, text) if _inside(h, area)]
    if not hits:
        return None
    label = table.rows[row][0]
    rows = ([h for h in pages.search(page_no, label) if _inside(h, area)]
            if label.strip() and column else [])
    if rows:
        middle = (rows[0][1] + rows[0][3]) / 2
        hits.sort(key=lambda h: abs((h[1] + h[3]) / 2 - middle))
    return hits[0]


def _inside(box, area, slack: float = 2) -> bool:
    return (box[0] >= area[0] - slack and box[1] >= area[1] - slack
            and box[2] <= area[2] + slack and box[3] <= area[3] + slack)


def _highlight(writer, index: int, frame: PageFrame, box, text: str, name: str) -> None:
    x0, y0, x1, y1 = frame.stored_box(*box)
    rect = (x0 - _PAD, y0 - _PAD, x1 + _PAD, y1 + _PAD)
    x0, y0, x1, y1 = rect
    # QuadPoints in the order of the text's reading direction (upper left, upper right,
    # lower left, lower right as the user sees it), so a turned page's highlight is drawn
    # the right way round.
    corners = {0: ((x0, y1), (x1, y1), (x0, y0), (x1, y0)),
               90: ((x0, y0), (x0, y1), (x1, y0), (x1, y1)),
               180: ((x1, y0), (x0, y0), (x1, y1), (x0, y1)),
               270: ((x1, y1), (x1, y0), (x0, y1), (x0, y0))}[frame.rotation]
    quad = ArrayObject([FloatObject(v) for point in corners for v in point])
    annotation = Highlight(rect=rect, quad_points=quad, highlight_color=YELLOW, printing=True)
    _describe(annotation, text, name)
    added = writer.add_annotation(index, annotation)
    _popup(writer, index, frame, added, rect)


def _note(writer, index: int, rect, text: str, name: str) -> None:
    annotation = Text(rect=rect, text=text, open=False)
    _describe(annotation, text, name)
    writer.add_annotation(index, annotation)


def _describe(annotation, text: str, name: str) -> None:
    annotation[NameObject("/T")] = TextStringObject(AUTHOR)
    annotation[NameObject("/NM")] = TextStringObject(name)
    annotation[NameObject("/Contents")] = TextStringObject(text)


def _popup(writer, index: int, frame: PageFrame, parent, rect) -> None:
    """The pop-up to the right of the highlight and below it, as the user sees the page."""
    width, _ = frame.size
    _, _, dx1, dbottom = frame.seen_box(*rect)
    x1 = min(dx1 + 220, width)
    popup = Popup(rect=frame.stored_box(max(x1 - 220, 0), dbottom, x1, dbottom + 120),
                  parent=parent)
    added = writer.add_annotation(index, popup)
    parent[NameObject("/Popup")] = added.indirect_reference


# --- kimdocs's own annotations out, a person's in ---------------------------------------------

def remove_own_annotations(writer) -> int:
    """Take kimdocs's own annotations and their pop-ups off every page of `writer`; a
    person's reply to one of them stays, as a note of its own. Returns how many."""
    removed = 0
    for page in writer.pages:
        if "/Annots" not in page:
            continue
        annots = page["/Annots"].get_object()
        own = set()
        for ref in annots:
            a = ref.get_object()
            if is_own(_string(a.get("/T")), _string(a.get("/NM"))):
                own.add(id(a))
        if not own:
            continue
        keep = ArrayObject()
        for ref in annots:
            a = ref.get_object()
            parent = a.get("/Parent")
            if id(a) in own or (a.get("/Subtype") == "/Popup" and parent is not None
                                and id(parent.get_object()) in own):
                continue
            reply_to = a.get("/IRT")
            if reply_to is not None and id(reply_to.get_object()) in own:
                del a[NameObject("/IRT")]
            keep.append(ref)
        removed += len(own)
        page[NameObject("/Annots")] = keep
    return removed


def _string(value) -> str | None:
    return None if value is None else str(value.get_object())


# --- scans: where the recognised words stand, and a searchable copy ---------------------------

def _token(text: str) -> str:
    return text.strip(".,;:()[]„“\"'").casefold()


def ocr_search(words, text: str) -> list[tuple[float, float, float, float]]:
    """Boxes of the runs of recognised words that spell `text` (word by word, punctuation
    at their ends aside), like a text search on a born-digital page."""
    needle = [_token(t) for t in text.split() if _token(t)]
    if not needle:
        return []
    tokens = [_token(w.text) for w in words]
    hits = []
    for i in range(len(words) - len(needle) + 1):
        if tokens[i:i + len(needle)] == needle:
            hits.append(_union([w.box for w in words[i:i + len(needle)]]))
    return hits


_FONT = "/KDOCR"
_AVERAGE_WIDTH = 0.5  # Helvetica: average advance per character, in type sizes


def _pdf_string(text: str) -> str:
    raw = text.encode("cp1252", "replace").decode("latin-1")
    return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def add_text_layer(writer, index: int, frame: PageFrame, words) -> None:
    """The recognised words as invisible text on page `index`, each over its box (boxes as
    the reader gives them: the page as displayed; turned back into user space)."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject

    page = writer.pages[index]
    ops = ["BT", "3 Tr"]
    for w in words:
        x0, top, x1, bottom = w.box
        size = max(bottom - top, 1.0)
        if not w.text.strip() or x1 <= x0:
            continue
        # the displayed x axis and the displayed upward direction, in user space
        ox, oy = frame.stored(x0, bottom - size * 0.2)
        ax, ay = frame.stored(x0 + 1, bottom - size * 0.2)
        ux, uy = frame.stored(x0, bottom - size * 0.2 - 1)
        dx, dy, vx, vy = ax - ox, ay - oy, ux - ox, uy - oy
        stretch = 100 * (x1 - x0) / max(len(w.text) * size * _AVERAGE_WIDTH, 0.1)
        ops.append(f"{_FONT} {size:.2f} Tf {stretch:.1f} Tz "
                   f"{dx:.4f} {dy:.4f} {vx:.4f} {vy:.4f} {ox:.2f} {oy:.2f} Tm "
                   f"{_pdf_string(w.text + ' ')} Tj")  # a space: words stay apart
    ops.append("ET")
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else DictionaryObject()
    fonts = resources.get("/Font")
    fonts = fonts.get_object() if fonts is not None else DictionaryObject()
    fonts[NameObject(_FONT)] = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    resources[NameObject("/Font")] = fonts
    page[NameObject("/Resources")] = resources
    streams = []
    for data in (b"q\n", b"\nQ\n" + "\n".join(ops).encode("latin-1")):
        stream = DecodedStreamObject()
        stream.set_data(data)
        streams.append(writer._add_object(stream))
    contents = page.get("/Contents")
    existing = [] if contents is None else list(contents.get_object()) if isinstance(
        contents.get_object(), ArrayObject) else [contents]
    page[NameObject("/Contents")] = ArrayObject([streams[0], *existing, streams[1]])
