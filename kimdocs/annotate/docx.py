"""Word comments in a DOCX: a real w:comment (word/comments.xml) per finding, anchored to
the paragraph, table or table cell it is about, and one summary comment at the start.

python-docx (>= 1.2) writes the comments part and the range markers (`add_comment`); which
element a block came from is told by the reader itself (kimdocs.readers.docx.block_elements),
so block indexes and elements cannot drift apart.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.run import Run

from kimdocs.annotate.anchors import anchor_block, needles
from kimdocs.annotate.text import AUTHOR, INITIALS, marks, summary_text
from kimdocs.readers.docx import block_elements, paragraph_text, table_cells

# Runs inside these belong to something else (deleted text, a text box, the VML copy).
_NOT_OWN = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"),
            "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def annotate_docx(path: Path, bericht, document=None) -> bytes:
    source = docx.Document(str(path))
    body = source.element.body
    elements = block_elements(source)
    placed, unplaced = [], []
    for mark in marks(bericht):
        target = _target(mark, elements, body, document)
        runs = _runs(target) if target is not None else []
        (placed if runs else unplaced).append((mark, runs))
    # The summary first, so it is the first comment in Word's review pane.
    first = next((r for el in body.iter(qn("w:p")) if (r := _runs(el))), None)
    if first is None:
        raise ValueError("Das Dokument hat keinen Text, an dem ein Kommentar stehen kann")
    _comment(source, first, summary_text(bericht, [m for m, _ in unplaced]))
    for mark, runs in placed:
        _comment(source, runs, mark.text)
    out = io.BytesIO()
    source.save(out)
    return out.getvalue()


def _comment(source, runs: list, text: str) -> None:
    source.add_comment([Run(runs[0], None), Run(runs[-1], None)], text=text, author=AUTHOR,
                       initials=INITIALS)


def _target(mark, elements: list, body, document):
    """The w:p, w:tbl or w:tc to comment on, in the document body (comments cannot stand in
    headers or footers); None if there is none."""
    index = anchor_block(document, mark)
    if index is not None and 0 <= index < len(elements):
        element = elements[index]
        cell = mark.fundstelle.zelle
        if cell is not None and element.tag == qn("w:tbl"):
            grid = table_cells(element)
            row, column = cell
            if row < len(grid) and column < len(grid[row]):
                element = grid[row][column]
        if _inside(element, body):
            return element
    for needle in needles(mark.fundstelle.text):
        for p in body.iter(qn("w:p")):
            if needle in " ".join(paragraph_text(p).split()):
                return p
    return None


def _inside(element, body) -> bool:
    return any(a is body for a in element.iterancestors())


def _runs(element) -> list:
    """The element's own runs that carry text, in document order."""
    out = []
    for r in element.iter(qn("w:r")):
        own = True
        for ancestor in r.iterancestors():
            if ancestor is element:
                break
            if ancestor.tag in _NOT_OWN:
                own = False
                break
        if own and any((t.text or "").strip() for t in r.iter(qn("w:t"))):
            out.append(r)
    return out
