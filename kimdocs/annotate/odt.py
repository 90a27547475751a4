"""ODF annotations in an ODT: an office:annotation (dc:creator "kimdocs") at the start of the
paragraph or table cell of each finding, its office:annotation-end after it, and one summary
annotation at the start.

Only content.xml changes (and styles.xml when a finding stands in a running header or
footer, or an earlier kimdocs note stood there); every other member of the zip is copied as
it is, with its own entry (mimetype stays first and stored, as ODF requires). Annotations sit
in the paragraph and keep its text where it was: the reader skips them, so the copy reads
the same.

Headers and footers: ODF allows an annotation in a paragraph of a master page's header or
footer, and LibreOffice (7.4 tried) shows it, keeps it when it saves the file and exports it
as a note of the first page; so a finding there gets its annotation there.

Marking a marked copy again: kimdocs's own annotations (dc:creator "kimdocs" with the
initials "KD", meta:creator-initials as LibreOffice writes it; or, from before the initials,
a name "kimdocs-…") are taken out first with their annotation-end; a person's stay.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from kimdocs.annotate.anchors import anchor_block, needles
from kimdocs.annotate.text import AUTHOR, INITIALS, is_own, marks, summary_text
from kimdocs.readers.odt import NS, _q, block_elements, table_cells

_PARAGRAPHS = (_q("text:p"), _q("text:h"))
_RUNNING = (_q("style:header"), _q("style:header-first"), _q("style:footer"),
            _q("style:footer-first"))
_NOT_OWN_TEXT = {_q("office:annotation"), _q("text:note"), _q("text:tracked-changes"),
                 _q("draw:frame")}


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
    remove_own_annotations(content)
    styles_changed = styles is not None and remove_own_annotations(styles) > 0
    elements = block_elements(content, styles)
    running = list(styles.iter(*_RUNNING)) if styles is not None else []

    placed, unplaced = [], []
    for mark in marks(bericht):
        target = _target(mark, elements, body, running, document)
        (placed if target is not None else unplaced).append((mark, target))
    first = next((p for p in body.iter(*_PARAGRAPHS) if _has_text(p)), None)
    if first is None:
        raise ValueError("Das Dokument hat keinen Text, an dem ein Kommentar stehen kann")
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    # The summary last: each annotation goes to the front of its paragraph, so the summary
    # ends up first in the first paragraph.
    for n, (mark, (start, end)) in enumerate(placed, 1):
        _annotate(start, end, f"kimdocs-{n}", mark.text, now)
        styles_changed = styles_changed or start.getroottree().getroot() is styles
    _annotate(first, first, "kimdocs-0", summary_text(bericht, [m for m, _ in unplaced]), now)

    members["content.xml"] = etree.tostring(content, xml_declaration=True, encoding="UTF-8")
    if styles_changed:
        members["styles.xml"] = etree.tostring(styles, xml_declaration=True, encoding="UTF-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in infos:
            zf.writestr(info, members[info.filename])
    return out.getvalue()


def _target(mark, elements: list, body, running: list, document):
    """(first paragraph, last paragraph) to annotate, in the body or in a running header or
    footer; None if there is none."""
    index = anchor_block(document, mark)
    if index is not None and 0 <= index < len(elements):
        element = elements[index]
        cell = mark.fundstelle.zelle
        if isinstance(element, list):  # a table of tab-aligned lines: the line of the row
            element = element[min(cell[0], len(element) - 1) if cell is not None else 0]
        elif element.tag == _q("table:table"):
            grid = table_cells(element)
            row, column = cell if cell is not None else (0, 0)
            if row < len(grid) and column < len(grid[row]):
                element = grid[row][column]
        if any(a is body or a.tag in _RUNNING for a in element.iterancestors()):
            if element.tag in _PARAGRAPHS:
                return element, element
            paragraphs = [p for p in element.iter(*_PARAGRAPHS) if _has_text(p)]
            if paragraphs:
                return paragraphs[0], paragraphs[-1]
    for root in (body, *running):
        for needle in needles(mark.fundstelle.text):
            for p in root.iter(*_PARAGRAPHS):
                if needle in " ".join(own_text(p).split()):
                    return p, p
    return None


def own_text(p) -> str:
    """A paragraph's own text: without annotations, notes, tracked changes and frames."""
    parts = [p.text or ""]
    for child in p:
        if child.tag not in _NOT_OWN_TEXT:
            parts.append(own_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def remove_own_annotations(root) -> int:
    """Take kimdocs's own annotations (and their annotation-end) out of a parsed content.xml
    or styles.xml, keeping the text around them where it was. Returns how many."""
    names = set()
    count = 0
    for note in list(root.iter(_q("office:annotation"))):
        name = note.get(_q("office:name"))
        creator = note.findtext(f"{{{NS['dc']}}}creator")
        initials = note.findtext(_q("meta:creator-initials"))
        if is_own(creator, initials) or (creator == AUTHOR and (name or "").startswith("kimdocs-")):
            if name:
                names.add(name)
            _drop(note)
            count += 1
    for end in list(root.iter(_q("office:annotation-end"))):
        if end.get(_q("office:name")) in names:
            _drop(end)
    # A person's reply to one of them (newer LibreOffice names the parent in an attribute
    # "parent-name" of its own namespace) stands on its own.
    for note in root.iter(_q("office:annotation")):
        for attribute, value in list(note.attrib.items()):
            if attribute.endswith("}parent-name") and value in names:
                del note.attrib[attribute]
    return count


def _drop(element) -> None:
    """Remove an element; its tail (the text after it) stays in the paragraph."""
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _has_text(p) -> bool:
    return bool(own_text(p).strip())


def _annotate(start, end, name: str, text: str, when: str) -> None:
    note = etree.Element(_q("office:annotation"), nsmap={"office": NS["office"], "dc": NS["dc"],
                                                        "text": NS["text"], "meta": NS["meta"]})
    note.set(_q("office:name"), name)
    etree.SubElement(note, f"{{{NS['dc']}}}creator").text = AUTHOR
    etree.SubElement(note, f"{{{NS['dc']}}}date").text = when
    etree.SubElement(note, _q("meta:creator-initials")).text = INITIALS  # ODF 1.3, as LibreOffice
    for line in text.split("\n"):
        etree.SubElement(note, _q("text:p")).text = line
    # At the very front: the paragraph's leading text becomes the annotation's tail.
    note.tail, start.text = start.text, None
    start.insert(0, note)
    close = etree.SubElement(end, _q("office:annotation-end"))
    close.set(_q("office:name"), name)
