"""Highlights in a PDF: a highlight annotation over each passage with a finding, with a
pop-up note of the comment; a note where a missing part is expected; a note with the
verdict at the top of the first page.

pypdf writes the annotations (kimdocs adds no PDF syntax of its own). The readers give
boxes in points with the origin at the top left of the page; PDF user space has its origin
at the bottom left of the page box, so y is turned over against the crop box (the part of
the page that is shown) and both are shifted by its origin. A table cell's box is not kept
by the reader, so the cell is found again by its text inside the table's box (pdfplumber).
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfWriter
from pypdf.annotations import Highlight, Popup, Text
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

from kimdocs.annotate.anchors import anchor_block, needles
from kimdocs.annotate.text import AUTHOR, marks, summary_text
from kimdocs.readers.document import Table

YELLOW = "ffeb3b"
NOTE = 18  # size of a note icon, points
_PAD = 1.5  # a highlight reaches a little beyond the glyphs


def annotate_pdf(path: Path, bericht, document=None) -> bytes:
    import pdfplumber

    writer = PdfWriter(clone_from=str(path))
    unplaced = []
    with pdfplumber.open(str(path)) as plumber:
        found = [(mark, _place(mark, document, plumber)) for mark in marks(bericht)]
    for mark, (page_no, _) in found:
        if page_no is None or not 1 <= page_no <= len(writer.pages):
            unplaced.append(mark)
    page = writer.pages[0]
    left, top = _origin(page)
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


def _place(mark, document, plumber) -> tuple[int | None, tuple | None]:
    """(page, box in top-left points) of a mark, or (None, None)."""
    f = mark.fundstelle
    index = anchor_block(document, mark)
    block = (document.blocks[index]
             if document is not None and index is not None and 0 <= index < len(document.blocks)
             else None)
    if block is not None and block.location.page and block.location.bbox:
        page_no, box = block.location.page, block.location.bbox
        if isinstance(block, Table) and f.zelle is not None:
            box = _cell_box(plumber.pages[page_no - 1], block, f.zelle) or box
        return page_no, box
    if f.seite and f.bbox:
        return f.seite, f.bbox
    pages = [f.seite] if f.seite else range(1, len(plumber.pages) + 1)
    for needle in needles(f.text):
        for page_no in pages:
            hits = plumber.pages[page_no - 1].search(needle, regex=False)
            if hits:
                h = hits[0]
                return page_no, (h["x0"], h["top"], h["x1"], h["bottom"])
    return None, None


def _cell_box(page, table: Table, cell: tuple[int, int]):
    """The box of the text of one cell, looked up inside the table's box: the match in the
    line of the row's first cell when the same text occurs more than once."""
    row, column = cell
    if row >= len(table.rows) or column >= len(table.rows[row]):
        return None
    text = " ".join(table.rows[row][column].split())
    if not text:
        return None
    region = page.crop(_clip(page, table.location.bbox))
    hits = region.search(text, regex=False)
    if not hits:
        return None
    label = " ".join(table.rows[row][0].split())
    rows = region.search(label, regex=False) if label and column else []
    if rows:
        middle = (rows[0]["top"] + rows[0]["bottom"]) / 2
        hits.sort(key=lambda h: abs((h["top"] + h["bottom"]) / 2 - middle))
    h = hits[0]
    return h["x0"], h["top"], h["x1"], h["bottom"]


def _clip(page, box):
    x0, top, x1, bottom = page.bbox
    return (max(box[0] - 2, x0), max(box[1] - 2, top), min(box[2] + 2, x1),
            min(box[3] + 2, bottom))


def _origin(page) -> tuple[float, float]:
    box = page.cropbox
    return float(box.left), float(box.top)


def _user_box(page, box) -> tuple[float, float, float, float]:
    """Top-left points -> PDF user space (x0, y0, x1, y1 with y0 < y1)."""
    left, top = _origin(page)
    x0, t, x1, b = box
    return (left + x0 - _PAD, top - b - _PAD, left + x1 + _PAD, top - t + _PAD)


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
