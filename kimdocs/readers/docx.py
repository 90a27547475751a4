"""DOCX -> Document. The only module that imports python-docx.

python-docx opens the package and resolves the parts (styles, headers, footers); the body
is walked on the XML level because the high-level API hides what submitted files contain:
content controls (w:sdt), text boxes, tracked changes (w:ins counts, w:del does not),
footnotes (their text follows the citing paragraph); comments are not the document's text.
Pages are known only where Word saved its layout (w:lastRenderedPageBreak); otherwise a DOCX
has no pages and locations carry the block index alone. The zip has already been checked
for bombs and DTDs (kimdocs.readers.sniff) before we get here.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.oxml.ns import qn

from kimdocs.limits import DEFAULT_MAX_PAGES, DEFAULT_MAX_PARAGRAPHS
from kimdocs.readers.document import Document, FormField
from kimdocs.readers.forms_docx import EMPTY_FORMTEXT, content_control, legacy_field
from kimdocs.readers.outline import (
    Candidate,
    aligned_cells,
    aligned_table_groups,
    assemble_blocks,
    group_aligned_tables,
)
from kimdocs.readers.sniff import check_extent

_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|ueberschrift)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|titel)$", re.IGNORECASE)

# Elements whose text is not part of the running text.
_SKIP = {
    qn("w:del"),
    qn("w:moveFrom"),
    qn("w:delText"),
    qn("w:instrText"),
    qn("w:fldData"),
    qn("w:pPr"),
    qn("w:rPr"),
    qn("w:sdtPr"),
    qn("w:txbxContent"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
}
_TXBX = qn("w:txbxContent")
_SDT = qn("w:sdt")
_FLD_CHAR = qn("w:fldChar")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


class _Styles:
    """Style lookups by id, following w:basedOn: heading level, bold, size."""

    def __init__(self, document):
        self.by_id = {}
        for style in document.styles:
            self.by_id[style.style_id] = style
        self.default_size = None
        defaults = document.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            sz = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
            if sz is not None:
                self.default_size = int(sz.get(qn("w:val"))) / 2
        self._cache: dict = {}

    def _chain(self, style_id):
        style = self.by_id.get(style_id)
        seen = 0
        while style is not None and seen < 20:  # a basedOn loop must not hang us
            yield style
            style = style.base_style
            seen += 1

    def level(self, style_id) -> int | None:
        for style in self._chain(style_id):
            name = style.name or ""
            m = _HEADING_STYLE.match(name.strip()) or _HEADING_STYLE.match(style.style_id or "")
            if m:
                return int(m.group(1))
            if _TITLE_STYLE.match(name.strip()):
                return 0
            lvl = style.element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            if lvl is not None:
                value = int(lvl.get(qn("w:val")))
                return value + 1 if value < 9 else None
        return None

    def bold(self, style_id) -> bool | None:
        for style in self._chain(style_id):
            try:
                if style.font.bold is not None:
                    return style.font.bold
            except AttributeError:  # table/numbering styles have no font
                return None
        return None

    def size(self, style_id) -> float | None:
        for style in self._chain(style_id):
            try:
                if style.font.size is not None:
                    return style.font.size.pt
            except AttributeError:
                return None
        return self.default_size


def _on(el) -> bool:
    """A toggle property like <w:b/> or <w:b w:val="false"/>."""
    return el.get(qn("w:val"), "true").lower() not in ("0", "false", "off", "none")


def _text(el, fields: list | None = None) -> str:
    """Visible text below `el`, without deleted runs, text boxes and field codes. Form
    controls read as their value (kimdocs.readers.forms_docx); `fields` collects them."""
    out: list[str] = []
    pending: list[tuple[str, int]] = []  # legacy text fields open: (label, start in out)

    def walk(node):
        for child in node:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == qn("w:t"):
                out.append(child.text or "")
            elif tag in (qn("w:tab"), qn("w:ptab")):
                out.append("\t")
            elif tag in (qn("w:br"), qn("w:cr")):
                out.append("\n")
            elif tag == qn("w:noBreakHyphen"):
                out.append("-")
            elif tag == _SDT:
                text, field = content_control(child, "".join(out), _text)
                if field is not None and fields is not None:
                    fields.append(field)
                if text is None:
                    walk(child)
                else:
                    out.append(text)
            elif tag == _FLD_CHAR:
                _field_char(child)
            else:
                walk(child)

    def _field_char(fld):
        kind = fld.get(qn("w:fldCharType"))
        if kind == "begin":
            glyph, field = legacy_field(fld, "".join(out))
            if glyph is not None:
                out.append(glyph)
                if fields is not None:
                    fields.append(field)
            elif fld.find(f"{qn('w:ffData')}/{qn('w:textInput')}") is not None:
                name = fld.find(f"{qn('w:ffData')}/{qn('w:name')}")
                label = name.get(qn("w:val"), "") if name is not None else ""
                pending.append((label or "".join(out).strip()[-80:], len(out)))
        elif kind == "end" and pending:
            label, start = pending.pop()
            value = "".join(out[start:]).replace(EMPTY_FORMTEXT, "").strip()
            del out[start:]
            out.append(value)
            if fields is not None:
                fields.append(FormField(label.rstrip(":").strip(), value, "text", "formfield"))

    walk(el)
    return "".join(out)


def _clean(text: str) -> str:
    return re.sub(r"[ \t\u00a0]*\n[ \t\u00a0]*", "\n", re.sub(r"[ \t]+", " ", text)).strip()


_TEXT = qn("w:t")
_RENDERED_BREAK = qn("w:lastRenderedPageBreak")
_BREAK = qn("w:br")
_PARAGRAPH = qn("w:p")


_NOTE_REF = qn("w:footnoteReference")
_ENDNOTE_REF = qn("w:endnoteReference")


def _notes(source) -> dict:
    """(reference tag, id) → w:footnote / w:endnote element of the document's notes parts."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    out: dict = {}
    for rel in source.part.rels.values():
        kind = {RT.FOOTNOTES: ("w:footnote", _NOTE_REF),
                RT.ENDNOTES: ("w:endnote", _ENDNOTE_REF)}.get(rel.reltype)
        if kind is None or rel.is_external:
            continue
        part = rel.target_part
        element = getattr(part, "element", None)
        if element is None:
            try:
                element = parse_xml(part.blob)
            except Exception:  # a broken notes part is not worth failing the document for
                continue
        for note in element.iter(qn(kind[0])):
            if note.get(qn("w:type")) in (None, "normal"):
                out[(kind[1], note.get(qn("w:id")))] = note
    return out


class _Reader:
    def __init__(self, styles: _Styles, page: int | None = None, notes: dict | None = None):
        self.styles = styles
        self.notes = notes or {}
        self.fields: list[FormField] = []  # form controls met, with their labels
        # ("p", Candidate, page) or ("t", rows, page)
        self.items: list[tuple[str, object, int | None]] = []
        # Page numbers come from Word's last layout (w:lastRenderedPageBreak), when it left one.
        self.page = page

    def _pages(self, el) -> int | None:
        """The page `el` starts on, and move the counter past the breaks inside it."""
        if self.page is None:
            return None
        leading, inside, seen_text = 0, 0, False
        for node in el.iter(_TEXT, _RENDERED_BREAK):
            if node.tag == _TEXT:
                seen_text = seen_text or bool((node.text or "").strip())
            elif seen_text:
                inside += 1
            else:
                leading += 1
        start = self.page + leading
        self.page = start + inside
        return start

    def paragraph(self, p):
        page = self._pages(p)
        raw = _text(p, self.fields)
        text = _clean(raw)
        style_id = None
        ppr = p.find(qn("w:pPr"))
        own_level = None
        if ppr is not None:
            ps = ppr.find(qn("w:pStyle"))
            style_id = ps.get(qn("w:val")) if ps is not None else None
            lvl = ppr.find(qn("w:outlineLvl"))
            if lvl is not None:
                value = int(lvl.get(qn("w:val")))
                own_level = value + 1 if value < 9 else None
        if style_id is None:
            style_id = getattr(self.styles.by_id.get("Normal"), "style_id", None)
        level = own_level if own_level is not None else self.styles.level(style_id)
        if text:
            bold, size = self._runs_format(p, style_id)
            self.items.append(
                (
                    "p",
                    Candidate(
                        text, bold=bold, size=size, style_level=level if level is not None else None,
                        cells=aligned_cells(raw, _clean),
                    ),
                    page,
                )
            )
        # Text boxes anchored in this paragraph follow it as paragraphs of their own.
        for box in p.iter(_TXBX):
            if any(a.tag == _FALLBACK for a in box.iterancestors()):
                continue  # the VML fallback repeats the DrawingML text box
            self.container(box)
        # So do the footnotes and endnotes it cites (they are the document's text; a tracked
        # deletion of the citation removes the note with it).
        for ref in p.iter(_NOTE_REF, _ENDNOTE_REF):
            if any(a.tag in _SKIP for a in ref.iterancestors()):
                continue
            note = self.notes.get((ref.tag, ref.get(qn("w:id"))))
            if note is not None:
                self.container(note)

    def _runs_format(self, p, style_id) -> tuple[bool, float | None]:
        """Whole paragraph bold? Largest font size of its text."""
        style_bold = bool(self.styles.bold(style_id))
        style_size = self.styles.size(style_id)
        all_bold, sizes, any_text = True, [], False
        for r in p.iter(qn("w:r")):
            if any(a.tag in _SKIP for a in r.iterancestors()):
                continue
            t = "".join(x.text or "" for x in r.findall(qn("w:t")))
            if not t.strip():
                continue
            any_text = True
            rpr = r.find(qn("w:rPr"))
            bold, size = style_bold, style_size
            if rpr is not None:
                rs = rpr.find(qn("w:rStyle"))
                if rs is not None:
                    cb = self.styles.bold(rs.get(qn("w:val")))
                    bold = cb if cb is not None else bold
                    size = self.styles.size(rs.get(qn("w:val"))) or size
                b = rpr.find(qn("w:b"))
                if b is not None:
                    bold = _on(b)
                sz = rpr.find(qn("w:sz"))
                if sz is not None:
                    try:
                        size = int(sz.get(qn("w:val"))) / 2
                    except (TypeError, ValueError):
                        pass
            all_bold = all_bold and bold
            if size:
                sizes.append(size)
        return (any_text and all_bold), (max(sizes) if sizes else style_size)

    def table(self, tbl):
        page = self._pages(tbl)
        rows: list[list[str]] = []
        for tr in tbl.iter(qn("w:tr")):
            if next(tr.iterancestors(qn("w:tbl"))) is not tbl:
                continue  # a nested table's rows belong to its cell's text
            row: list[str] = []
            for tc in tr.findall(qn("w:tc")) + [
                c for sdt in tr.findall(qn("w:sdt")) for c in sdt.iter(qn("w:tc"))
            ]:
                tcpr = tc.find(qn("w:tcPr"))
                span, continued = 1, False
                if tcpr is not None:
                    gs = tcpr.find(qn("w:gridSpan"))
                    if gs is not None:
                        span = max(1, int(gs.get(qn("w:val"), "1")))
                    vm = tcpr.find(qn("w:vMerge"))
                    # <w:vMerge/> without val continues the cell above; val="restart" opens it.
                    continued = vm is not None and vm.get(qn("w:val"), "continue") == "continue"
                known = len(self.fields)
                cell_text = (
                    ""
                    if continued
                    else _clean(
                        " ".join(_clean(_text(p, self.fields))
                                 for p in tc.iter(qn("w:p"))).replace("\n", " ")
                    )
                )
                for field in self.fields[known:]:  # a control in a cell: its row's label
                    if not field.label and row:
                        field.label = row[0]
                row.append(cell_text)
                row.extend([""] * (span - 1))
            rows.append(row)
        width = max((len(r) for r in rows), default=0)
        rows = [r + [""] * (width - len(r)) for r in rows]
        if any(any(c for c in r) for r in rows):
            self.items.append(("t", rows, page))

    def container(self, el):
        """Body, cell, header, footer, text box or content control: blocks in document order."""
        for child in el:
            tag = child.tag
            if tag == qn("w:p"):
                self.paragraph(child)
            elif tag == qn("w:tbl"):
                self.table(child)
            elif tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                pr = child.find(qn("w:sdtPr"))
                if pr is not None and pr.find(qn("w:showingPlcHdr")) is not None:
                    continue  # a block control still showing its prompt: nothing written
                if content is not None:
                    self.container(content)
            elif tag in (qn("w:ins"), qn("w:customXml"), qn("w:smartTag")):
                self.container(child)  # block-level insertions and wrappers keep their content


def read_docx(path: Path, *, max_pages: int = DEFAULT_MAX_PAGES,
              max_paragraphs: int = DEFAULT_MAX_PARAGRAPHS) -> Document:
    source = docx.Document(str(path))
    styles = _Styles(source)
    body = source.element.body
    rendered = next(body.iter(_RENDERED_BREAK), None) is not None
    # Counting is cheap (lxml iteration); walking a huge body and checking it is not.
    breaks = sum(1 for _ in body.iter(_RENDERED_BREAK)) if rendered else sum(
        1 for br in body.iter(_BREAK) if br.get(qn("w:type")) == "page")
    check_extent(path, "docx", paragraphs=sum(1 for _ in body.iter(_PARAGRAPH)), pages=breaks + 1,
                 max_paragraphs=max_paragraphs, max_pages=max_pages)
    reader = _Reader(styles, page=1 if rendered else None, notes=_notes(source))

    # Headers first, then the body, then footers: the order a reader of the page meets them.
    header_items, footer_items = [], []
    for element, is_header in _header_footer_parts(source):
        sub = _Reader(styles)
        sub.container(element)
        (header_items if is_header else footer_items).extend(sub.items)

    reader.container(body)
    body_items = group_aligned_tables(reader.items)

    blocks = assemble_blocks(header_items, body_items, footer_items)

    props = source.core_properties
    metadata = {
        "title": props.title or None,
        "author": props.author or None,
        "created": props.created.isoformat() if props.created else None,
        "modified": props.modified.isoformat() if props.modified else None,
    }
    document = Document(str(path), "docx", metadata, blocks, [], reader.page)
    document.form_fields = reader.fields
    return document


def _header_footer_parts(source):
    """(w:hdr / w:ftr element, is it a header) of every section, each part once, in the
    order read_docx and block_elements both use."""
    seen: set[int] = set()
    for section in source.sections:
        for part_owner, is_header in ((section.header, True), (section.first_page_header, True),
                                      (section.footer, False), (section.first_page_footer, False)):
            try:
                if part_owner.is_linked_to_previous:
                    continue
                element = part_owner._element
            except Exception:  # a missing or broken header part is not worth failing for
                continue
            if id(element) not in seen:
                seen.add(id(element))
                yield element, is_header


# --- where each block stands in the XML (kimdocs.annotate marks findings there) -------------


class _ElementReader(_Reader):
    """The reader's own traversal, remembering which element gave each item."""

    def __init__(self, styles: _Styles, notes: dict | None = None):
        super().__init__(styles, notes=notes)
        self.elements: dict[int, object] = {}

    def paragraph(self, p):
        n = len(self.items)
        super().paragraph(p)  # text boxes inside register themselves first (n+1, ...)
        if len(self.items) > n:
            self.elements.setdefault(n, p)

    def table(self, tbl):
        n = len(self.items)
        super().table(tbl)
        if len(self.items) > n:
            self.elements[n] = tbl

    def ordered(self) -> list:
        return [self.elements[i] for i in range(len(self.items))]


def block_elements(source) -> list:
    """The XML element (w:p or w:tbl) of each block of `read_docx` for the same python-docx
    document, by block index: headers, body, footers, in the order read_docx uses."""
    styles = _Styles(source)
    headers: list = []
    footers: list = []
    for element, is_header in _header_footer_parts(source):
        sub = _ElementReader(styles)
        sub.container(element)
        (headers if is_header else footers).extend(sub.ordered())
    body = _ElementReader(styles, notes=_notes(source))
    body.container(source.element.body)
    ordered = body.ordered()  # a table of tab-aligned lines: the list of its lines' w:p
    grouped = [ordered[g[0]] if len(g) == 1 else [ordered[k] for k in g]
               for g in aligned_table_groups(body.items)]
    return headers + grouped + footers


def table_cells(tbl) -> list[list[object]]:
    """The w:tc element at each (row, column) of the Table read from `tbl`, as `_Reader.table`
    counts them (a cell spanning n grid columns fills n positions)."""
    grid = []
    for tr in tbl.iter(qn("w:tr")):
        if next(tr.iterancestors(qn("w:tbl"))) is not tbl:
            continue
        row: list[object] = []
        for tc in tr.findall(qn("w:tc")) + [
            c for sdt in tr.findall(qn("w:sdt")) for c in sdt.iter(qn("w:tc"))
        ]:
            tcpr = tc.find(qn("w:tcPr"))
            gs = tcpr.find(qn("w:gridSpan")) if tcpr is not None else None
            row.extend([tc] * (max(1, int(gs.get(qn("w:val"), "1"))) if gs is not None else 1))
        grid.append(row)
    return grid


def paragraph_text(p) -> str:
    """A paragraph's visible text as the reader sees it."""
    return _clean(_text(p))
