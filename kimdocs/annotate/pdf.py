"""Highlights in a PDF: a highlight annotation over each passage with a finding, with a
pop-up note of the comment; a note where a missing part is expected; a note with the
verdict at the top of the first page.

pypdf writes the annotations (kimdocs adds no PDF syntax of its own). The readers give
boxes in points with the origin at the top left of the page; PDF user space has its origin
at the bottom left, so y is turned over against the height of the crop box (the part of the
page that is shown), exactly as the reader turned it (see `_user_box`). A table cell's box is not kept
by the reader, so the cell is found again by its text inside the table's box, with pdfium's
text search (the library the reader itself uses for text and positions).
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Popup, Text
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

from kimdocs.annotate.anchors import anchor_block, needles
from kimdocs.annotate.text import AUTHOR, marks, summary_text
from kimdocs.readers.document import Table

YELLOW = "ffeb3b"
NOTE = 18  # size of a note icon, points
_PAD = 1.5  # a highlight reaches a little beyond the glyphs


def annotate_pdf(path: Path, bericht, document=None) -> bytes:
    import pypdfium2 as pdfium

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        # Only an owner password lets kimdocs read it at all; a copy with notes would have
        # to drop the author's protection, which is not ours to drop.
        raise ValueError("das PDF ist verschlüsselt (geschützt); in ein geschütztes PDF "
                         "schreibt kimdocs keine Anmerkungen")
    writer = PdfWriter(clone_from=reader)
    unplaced = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        found = [(mark, _place(mark, document, _Pages(pdf))) for mark in marks(bericht)]
    finally:
        pdf.close()
    for mark, (page_no, _) in found:
        if page_no is None or not 1 <= page_no <= len(writer.pages):
            unplaced.append(mark)
    page = writer.pages[0]
    left, top = float(page.cropbox.left), float(page.cropbox.top)  # the shown corner
    _note(writer, 0, (left + 4, top - 4 - NOTE, left + 4 + NOTE, top - 4),
          summary_text(bericht, unplaced), open_=False)
    for mark, (page_no, box) in found:
        if mark in unplaced:
            continue
        index = page_no - 1
        if mark.missing:
            # In the left margin, just below the part after which the missing one belongs:
            # the icon covers no text, however narrow the gap to the next part.
            x0, y0, _, _ = _user_box(writer.pages[index], box)
            x0 = max(x0 - NOTE - 4, float(writer.pages[index].cropbox.left))
            _note(writer, index, (x0, y0 - NOTE, x0 + NOTE, y0), mark.text)
        else:
            _highlight(writer, index, _user_box(writer.pages[index], box), mark.text)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class _Pages:
    """Text search on the pages with pdfium, as the reader sees them (boxes top-left)."""

    def __init__(self, pdf):
        self.pdf = pdf
        self.count = len(pdf)

    def search(self, page_no: int, text: str) -> list[tuple[float, float, float, float]]:
        page = self.pdf[page_no - 1]
        height = page.get_height()
        textpage = page.get_textpage()
        hits = []
        searcher = textpage.search(" ".join(text.split()), match_case=True)
        while (hit := searcher.get_next()) is not None:
            rects = [textpage.get_rect(k) for k in range(textpage.count_rects(*hit))]
            if rects:
                hits.append((min(r[0] for r in rects), height - max(r[3] for r in rects),
                             max(r[2] for r in rects), height - min(r[1] for r in rects)))
        return hits


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


def _user_box(page, box) -> tuple[float, float, float, float]:
    """Reader box (top-left points) -> PDF user space (x0, y0, x1, y1 with y0 < y1).

    The exact inverse of kimdocs.readers.pdf, which takes x as pdfium gives it (user space)
    and top = height of the crop box - y; tests/test_annotate.py checks it on a page whose
    crop box does not start at the origin."""
    height = float(page.cropbox.height)
    x0, t, x1, b = box
    return (x0 - _PAD, height - b - _PAD, x1 + _PAD, height - t + _PAD)


def _highlight(writer, index: int, rect, text: str) -> None:
    x0, y0, x1, y1 = rect
    quad = ArrayObject([FloatObject(v) for v in (x0, y1, x1, y1, x0, y0, x1, y0)])
    annotation = Highlight(rect=rect, quad_points=quad, highlight_color=YELLOW, printing=True)
    _describe(annotation, text)
    added = writer.add_annotation(index, annotation)
    _popup(writer, index, added, rect)


def _note(writer, index: int, rect, text: str, open_: bool = False) -> None:
    annotation = Text(rect=rect, text=text, open=open_)
    _describe(annotation, text)
    writer.add_annotation(index, annotation)


def _describe(annotation, text: str) -> None:
    annotation[NameObject("/T")] = TextStringObject(AUTHOR)
    annotation[NameObject("/Contents")] = TextStringObject(text)


def _popup(writer, index: int, parent, rect) -> None:
    page = writer.pages[index]
    right = float(page.cropbox.right)
    x1 = min(rect[2] + 220, right)
    popup = Popup(rect=(max(x1 - 220, 0), rect[1] - 120, x1, rect[1]), parent=parent)
    added = writer.add_annotation(index, popup)
    parent[NameObject("/Popup")] = added.indirect_reference
