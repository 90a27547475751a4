"""Word comments in a DOCX: a real w:comment (word/comments.xml) per finding, anchored to
the paragraph, table or table cell it is about, and one summary comment at the start.

python-docx (>= 1.2) writes the comments part and the range markers (`add_comment`); which
element a block came from is told by the reader itself (kimdocs.readers.docx.block_elements),
so block indexes and elements cannot drift apart.

Marking a marked copy again: kimdocs's own comments (author "kimdocs" with the initials
"KD", see text.is_own) are taken out first, with their range markers, references and their
entries in Word's side parts; a person's comment and its replies stay.

Headers and footers: Word ignores comment ranges there ([MS-OI29500] 2.1.315: "Word ignores
this element if it is under a header, footer, text box, footnote, or endnote"; python-docx
says the same), so a finding whose place is in a header or footer goes into the summary,
which names the place ("in der Kopfzeile, Seite 1"); one in a text box is commented on at
the paragraph that holds the box.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.run import Run
from lxml import etree

from kimdocs.annotate.anchors import anchor_block, needles
from kimdocs.annotate.text import AUTHOR, INITIALS, is_own, marks, summary_text
from kimdocs.readers.docx import block_elements, paragraph_text, table_cells

_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
_W16CEX = "http://schemas.microsoft.com/office/word/2018/wordml/cex"
_COMMENT_MARKERS = (qn("w:commentRangeStart"), qn("w:commentRangeEnd"),
                    qn("w:commentReference"))

# Runs inside these belong to something else (deleted text, a text box, the VML copy).
_NOT_OWN = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"),
            "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def annotate_docx(path: Path, bericht, document=None) -> bytes:
    source = docx.Document(str(path))
    remove_own_comments(source)
    body = source.element.body
    elements = block_elements(source)
    places = _running_places(source)
    placed, unplaced, where = [], [], {}
    for mark in marks(bericht):
        target = _target(mark, elements, body, document, places)
        if target is not None:
            target = _outside_text_boxes(target)
        runs = _anchor_runs(target) if target is not None and _inside(target, body) else []
        (placed if runs else unplaced).append((mark, runs))
        if not runs and target is not None:
            where[id(mark)] = _place(target, places)
    # The summary first, so it is the first comment in Word's review pane.
    first = next((r for el in body.iter(qn("w:p")) if (r := _runs(el))), None)
    if first is None:
        raise ValueError("Das Dokument hat keinen Text, an dem ein Kommentar stehen kann")
    _comment(source, first, summary_text(bericht, [m for m, _ in unplaced], where))
    for mark, runs in placed:
        _comment(source, runs, mark.text)
    out = io.BytesIO()
    source.save(out)
    return out.getvalue()


def _comment(source, runs: list, text: str) -> None:
    source.add_comment([Run(runs[0], None), Run(runs[-1], None)], text=text, author=AUTHOR,
                       initials=INITIALS)


def _target(mark, elements: list, body, document, places: dict):
    """The w:p, w:tbl or w:tc of a finding: in the body (to comment on) or in a header or
    footer (one of `places`, to name in the summary); None if there is none."""
    index = anchor_block(document, mark)
    if index is not None and 0 <= index < len(elements):
        element = elements[index]
        cell = mark.fundstelle.zelle
        if isinstance(element, list):  # a table of tab-aligned lines: the line of the row
            element = element[min(cell[0], len(element) - 1) if cell is not None else 0]
        elif cell is not None and element.tag == qn("w:tbl"):
            grid = table_cells(element)
            row, column = cell
            if row < len(grid) and column < len(grid[row]):
                element = grid[row][column]
        if _inside(element, body) or _running(element, places) is not None:
            return element
    for root in (body, *places):
        for needle in needles(mark.fundstelle.text):
            for p in root.iter(qn("w:p")):
                if needle in " ".join(paragraph_text(p).split()):
                    return p
    return None


def _running_places(source) -> dict:
    """w:hdr / w:ftr element -> where it shows, in German ("in der Kopfzeile, Seite 1"): the
    first page it stands on where that is known without a layout (the first section)."""
    places: dict = {}
    for number, section in enumerate(source.sections, 1):
        title_page = section.different_first_page_header_footer
        for owner, kind, first in ((section.first_page_header, "Kopfzeile", True),
                                   (section.header, "Kopfzeile", False),
                                   (section.first_page_footer, "Fußzeile", True),
                                   (section.footer, "Fußzeile", False)):
            try:
                if owner.is_linked_to_previous:
                    continue
                element = owner._element
            except Exception:  # a missing or broken part: the reader skipped it too
                continue
            if number > 1:  # its first page is known only from Word's layout
                text = f"in der {kind} von Abschnitt {number}"
            elif first or not title_page:
                text = f"in der {kind}, Seite 1"
            else:  # the first page has a header of its own
                text = f"in der {kind} ab Seite 2"
            places.setdefault(element, text)
    return places


def _running(element, places: dict):
    return next((a for a in element.iterancestors() if a in places), None)


def _place(element, places: dict) -> str:
    part = _running(element, places)
    return places[part] if part is not None else "nicht im Haupttext"


def _outside_text_boxes(element):
    """Word ignores comment ranges in a text box ([MS-OI29500] 2.1.315), so a finding in
    one is commented on at the paragraph that holds the box."""
    boxes = [a for a in element.iterancestors() if a.tag == qn("w:txbxContent")]
    if not boxes:
        return element
    return next((a for a in boxes[-1].iterancestors() if a.tag == qn("w:p")), element)


def _anchor_runs(element) -> list:
    """The runs a comment spans: the element's own runs with text; for a paragraph that
    holds only a text box, the run of the box."""
    runs = _runs(element)
    if runs or element.tag != qn("w:p"):
        return runs
    return [r for r in element.iter(qn("w:r"))
            if next(r.iter(qn("w:txbxContent")), None) is not None][:1]


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
        # w:t is a run's child; deeper ones belong to a text box drawn in the run
        if own and any((t.text or "").strip() for t in r.findall(qn("w:t"))):
            out.append(r)
    return out


# --- kimdocs's own comments out, a person's in ------------------------------------------------

def remove_own_comments(source) -> int:
    """Take kimdocs's own comments out of a python-docx document: the w:comment, its range
    markers and reference wherever they stand, and its entries in commentsExtended,
    commentsIds and commentsExtensible. A reply a person wrote to one of them stays, as a
    comment of its own. Returns how many were taken out."""
    comments_part = next((rel.target_part for rel in source.part.rels.values()
                          if rel.reltype.endswith("/comments") and not rel.is_external), None)
    if comments_part is None:
        return 0
    root = comments_part.element
    own = [c for c in root.findall(qn("w:comment"))
           if is_own(c.get(qn("w:author")), c.get(qn("w:initials")))]
    if not own:
        return 0
    ids = {c.get(qn("w:id")) for c in own}
    para_ids = {p.get(f"{{{_W14}}}paraId") for c in own for p in c.iter(qn("w:p"))} - {None}
    for c in own:
        root.remove(c)
    for part in source.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is None or part is comments_part:
            continue
        for marker in list(element.iter(*_COMMENT_MARKERS)):
            if marker.get(qn("w:id")) in ids:
                parent = marker.getparent()
                parent.remove(marker)
                if (marker.tag == qn("w:commentReference") and parent.tag == qn("w:r")
                        and all(child.tag == qn("w:rPr") for child in parent)):
                    parent.getparent().remove(parent)
    _clean_side_parts(source, para_ids)
    return len(own)


def _clean_side_parts(source, para_ids: set) -> None:
    """Word's side parts of the comments (Word 2013+): drop what belongs to a removed
    comment, and let a reply to one stand on its own."""
    if not para_ids:
        return
    parts = {rel.reltype.rsplit("/", 1)[-1]: rel.target_part
             for rel in source.part.rels.values() if not rel.is_external}
    durable: set = set()

    def edit(name: str, change) -> None:
        part = parts.get(name)
        if part is None:
            return
        element = getattr(part, "element", None)
        if element is not None:
            change(element)
            return
        try:
            root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False,
                                                               no_network=True))
        except etree.XMLSyntaxError:
            return
        change(root)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True)

    def extended(root) -> None:
        for ex in list(root.iter(f"{{{_W15}}}commentEx")):
            if ex.get(f"{{{_W15}}}paraId") in para_ids:
                root.remove(ex)
            elif ex.get(f"{{{_W15}}}paraIdParent") in para_ids:
                del ex.attrib[f"{{{_W15}}}paraIdParent"]

    def ids(root) -> None:
        for cid in list(root.iter(f"{{{_W16CID}}}commentId")):
            if cid.get(f"{{{_W16CID}}}paraId") in para_ids:
                durable.add(cid.get(f"{{{_W16CID}}}durableId"))
                root.remove(cid)

    def extensible(root) -> None:
        for cex in list(root.iter(f"{{{_W16CEX}}}commentExtensible")):
            if cex.get(f"{{{_W16CEX}}}durableId") in durable:
                root.remove(cex)

    edit("commentsExtended", extended)
    edit("commentsIds", ids)
    edit("commentsExtensible", extensible)
