"""ODF annotations in an ODT: an office:annotation (dc:creator "kimdocs") at the start of the
paragraph or table cell of each finding, its office:annotation-end after it, and one summary
annotation at the start.

Only content.xml changes; every other member of the zip is copied as it is, with its own
entry (mimetype stays first and stored, as ODF requires). Annotations sit in the paragraph
and keep its text where it was: the reader skips them, so the copy reads the same.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from kimdocs.annotate.anchors import anchor_block, needles
from kimdocs.annotate.text import AUTHOR, marks, summary_text
from kimdocs.readers.odt import NS, _q, block_elements, table_cells

_PARAGRAPHS = (_q("text:p"), _q("text:h"))


def _parser() -> etree.XMLParser:
    # As the reader's: no entities, no DTD, no network; but keep XML comments in the copy.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False)


def annotate_odt(path: Path, bericht, document=None) -> bytes:
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        members = {info.filename: zf.read(info) for info in infos}
    if "content.xml" not in members:
        raise ValueError("content.xml fehlt")
    content = etree.fromstring(members["content.xml"], _parser())
    styles = (etree.fromstring(members["styles.xml"], _parser())
              if "styles.xml" in members else None)
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise ValueError("kein Textdokument")
    elements = block_elements(content, styles)

    placed, unplaced = [], []
    for mark in marks(bericht):
        target = _target(mark, elements, body, document)
        (placed if target is not None else unplaced).append((mark, target))
    first = next((p for p in body.iter(*_PARAGRAPHS) if _has_text(p)), None)
    if first is None:
        raise ValueError("Das Dokument hat keinen Text, an dem ein Kommentar stehen kann")
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    # The summary last: each annotation goes to the front of its paragraph, so the summary
    # ends up first in the first paragraph.
    for n, (mark, (start, end)) in enumerate(placed, 1):
        _annotate(start, end, f"kimdocs-{n}", mark.text, now)
    _annotate(first, first, "kimdocs-0", summary_text(bericht, [m for m, _ in unplaced]), now)

    members["content.xml"] = etree.tostring(content, xml_declaration=True, encoding="UTF-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in infos:
            zf.writestr(info, members[info.filename])
    return out.getvalue()


def _target(mark, elements: list, body, document):
    """(first paragraph, last paragraph) to annotate, in the body; None if there is none."""
    index = anchor_block(document, mark)
    if index is not None and 0 <= index < len(elements):
        element = elements[index]
        cell = mark.fundstelle.zelle
        if element.tag == _q("table:table"):
            grid = table_cells(element)
            row, column = cell if cell is not None else (0, 0)
            if row < len(grid) and column < len(grid[row]):
                element = grid[row][column]
        if any(a is body for a in element.iterancestors()):
            if element.tag in _PARAGRAPHS:
                return element, element
            paragraphs = [p for p in element.iter(*_PARAGRAPHS) if _has_text(p)]
            if paragraphs:
                return paragraphs[0], paragraphs[-1]
    for needle in needles(mark.fundstelle.text):
        for p in body.iter(*_PARAGRAPHS):
            if needle in " ".join("".join(p.itertext()).split()):
                return p, p
    return None


def _has_text(p) -> bool:
    return bool("".join(p.itertext()).strip())


def _annotate(start, end, name: str, text: str, when: str) -> None:
    note = etree.Element(_q("office:annotation"), nsmap={"office": NS["office"], "dc": NS["dc"],
                                                        "text": NS["text"]})
    note.set(_q("office:name"), name)
    etree.SubElement(note, f"{{{NS['dc']}}}creator").text = AUTHOR
    etree.SubElement(note, f"{{{NS['dc']}}}date").text = when
    for line in text.split("\n"):
        etree.SubElement(note, _q("text:p")).text = line
    # At the very front: the paragraph's leading text becomes the annotation's tail.
    note.tail, start.text = start.text, None
    start.insert(0, note)
    close = etree.SubElement(end, _q("office:annotation-end"))
    close.set(_q("office:name"), name)
