"""ODT -> Document, straight from content.xml with lxml.

The parser resolves no entities, loads no DTD, touches no network and keeps libxml2's
huge-tree protection on; the zip was checked for bombs and DTDs before (kimdocs.readers.sniff).
Tracked deletions live in text:tracked-changes, outside the running text, so they are skipped
by skipping that element; insertions are ordinary text. Text in frames, drawing shapes (a
Word text box) and footnotes follows the paragraph that anchors or cites it; comments
(office:annotation) are not the document's text.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from kimdocs.limits import DEFAULT_MAX_PAGES, DEFAULT_MAX_PARAGRAPHS
from kimdocs.readers.document import Document, FormField
from kimdocs.readers.forms_odt import at_anchor, controls
from kimdocs.readers.outline import (
    Candidate,
    aligned_cells,
    aligned_table_groups,
    assemble_blocks,
    group_aligned_tables,
)
from kimdocs.readers.sniff import check_extent

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


_SKIP = {
    _q("text:note"),
    _q("office:annotation"),
    _q("office:annotation-end"),
    _q("draw:frame"),
    _q("text:tracked-changes"),
}
_TITLE = re.compile(r"^(title|titel)$", re.IGNORECASE)
_HEADING_NAME = re.compile(r"^(heading|überschrift)[ _]*(?:_20_)?(\d)$", re.IGNORECASE)


def safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )


def _parse(zf: zipfile.ZipFile, name: str):
    try:
        data = zf.read(name)
    except KeyError:
        return None
    return etree.fromstring(data, safe_parser())


def _pt(value: str | None) -> float | None:
    """ "12pt" -> 12.0; other units (rare for fonts) are converted roughly."""
    if not value:
        return None
    m = re.match(r"([\d.]+)(pt|in|cm|mm|px)?$", value.strip())
    if not m:
        return None
    number, unit = float(m.group(1)), m.group(2) or "pt"
    return number * {"pt": 1, "in": 72, "cm": 28.35, "mm": 2.835, "px": 0.75}[unit]


class _Styles:
    def __init__(self, *roots):
        self.styles: dict[tuple[str, str], etree._Element] = {}
        for root in roots:
            if root is None:
                continue
            for el in root.iter(_q("style:style")):
                self.styles[(el.get(_q("style:family")), el.get(_q("style:name")))] = el
        self.default_size = None
        for root in roots:
            if root is None:
                continue
            for el in root.iter(_q("style:default-style")):
                if el.get(_q("style:family")) == "paragraph":
                    tp = el.find(_q("style:text-properties"))
                    if tp is not None:
                        self.default_size = _pt(tp.get(_q("fo:font-size")))

    def _chain(self, family: str, name: str | None):
        seen = 0
        while name and seen < 20:
            el = self.styles.get((family, name))
            if el is None:
                return
            yield el
            name = el.get(_q("style:parent-style-name"))
            seen += 1

    def _text_prop(self, family, name, attr):
        for el in self._chain(family, name):
            tp = el.find(_q("style:text-properties"))
            if tp is not None and tp.get(attr) is not None:
                return tp.get(attr)
        return None

    def breaks(self, name: str | None, where: str) -> bool:
        """Does paragraph style `name` force a page break before/after the paragraph?"""
        for el in self._chain("paragraph", name):
            pp = el.find(_q("style:paragraph-properties"))
            if pp is not None and pp.get(_q(f"fo:break-{where}")) is not None:
                return pp.get(_q(f"fo:break-{where}")) == "page"
        return False

    def bold(self, family, name) -> bool | None:
        value = self._text_prop(family, name, _q("fo:font-weight"))
        return None if value is None else value in ("bold", "600", "700", "800", "900")

    def size(self, family, name) -> float | None:
        return _pt(self._text_prop(family, name, _q("fo:font-size")))

    def level(self, name) -> int | None:
        for el in self._chain("paragraph", name):
            for label in (el.get(_q("style:display-name")), el.get(_q("style:name"))):
                if label and _TITLE.match(label):
                    return 0
                m = label and _HEADING_NAME.match(label)
                if m:
                    return int(m.group(2))
            lvl = el.get(_q("style:default-outline-level"))
            if lvl:
                return int(lvl) if int(lvl) > 0 else None
        return None


_SOFT_BREAK = _q("text:soft-page-break")
_ANNOTATION = _q("office:annotation")


def _clean(text) -> str:
    return re.sub(r"[ \t]+", " ", "".join(text)).strip()


class _Reader:
    def __init__(self, styles: _Styles, page: int | None = None, controls: dict | None = None):
        self.styles = styles
        self.controls = controls or {}  # form controls by id (kimdocs.readers.forms_odt)
        self.fields: list[FormField] = []
        self.items: list[tuple[str, object, int | None]] = []  # (kind, item, page)
        self.boxes: list = []
        # LibreOffice saves its layout: text:soft-page-break where a page ended, and a hard
        # break is a paragraph style with fo:break-before/after="page".
        self.page = page

    def _pages(self, el) -> int | None:
        """The page `el` starts on, and move the counter past the breaks inside it."""
        if self.page is None:
            return None
        name = el.get(_q("text:style-name"))
        leading = 1 if self.styles.breaks(name, "before") and self.items else 0
        inside, seen_text = 0, bool((el.text or "").strip())
        for node in el.iter():
            if node.tag == _SOFT_BREAK:
                if seen_text:
                    inside += 1
                else:
                    leading += 1
            elif node is not el:
                seen_text = seen_text or bool((node.text or "").strip())
            seen_text = seen_text or (node is not el and bool((node.tail or "").strip()))
        start = self.page + leading
        self.page = start + inside + (1 if self.styles.breaks(name, "after") else 0)
        return start

    def text(self, el, spans: list, raw: bool = False) -> str:
        """Text of a paragraph; `spans` collects (text, bold, size) per span for the bold test.
        `raw`: with its tabs and runs of spaces as written."""
        out: list[str] = []
        pstyle = el.get(_q("text:style-name"))
        pbold = bool(self.styles.bold("paragraph", pstyle))
        psize = self.styles.size("paragraph", pstyle) or self.styles.default_size

        def walk(node, bold, size):
            if node.text:
                out.append(node.text)
                spans.append((node.text, bold, size))
            for child in node:
                tag = child.tag
                if tag == _q("draw:frame"):
                    self.boxes.extend(child.iter(_q("draw:text-box")))
                elif tag == _q("draw:custom-shape"):
                    # a Word text box becomes a drawing shape with text: its paragraphs follow
                    self.boxes.append(child)
                elif tag == _q("text:note"):
                    # a footnote or endnote is part of the document: its text follows the
                    # paragraph that cites it (the citation number itself is not text)
                    self.boxes.extend(child.iter(_q("text:note-body")))
                elif tag in _SKIP:
                    pass
                elif tag == _q("text:s"):
                    out.append(" " * int(child.get(_q("text:c"), "1")))
                elif tag == _q("text:tab"):
                    out.append("\t")
                elif tag == _q("text:line-break"):
                    out.append("\n")
                elif tag == _q("text:soft-page-break"):
                    pass
                elif tag == _q("draw:control"):
                    found = self.controls.get(child.get(_q("draw:control")) or "")
                    if found is not None:
                        text, field = at_anchor(found, "".join(out))
                        out.append(text)
                        self.fields.append(field)
                else:
                    sname = child.get(_q("text:style-name"))
                    cb = self.styles.bold("text", sname) if sname else None
                    cs = self.styles.size("text", sname) if sname else None
                    walk(child, bold if cb is None else cb, cs or size)
                if child.tail:
                    out.append(child.tail)
                    spans.append((child.tail, bold, size))

        walk(el, pbold, psize)
        return "".join(out) if raw else _clean(out)

    def paragraph(self, el, heading: bool):
        page = self._pages(el)
        spans: list = []
        raw = self.text(el, spans, raw=True)
        text = _clean(raw)
        if text:
            visible = [(b, s) for t, b, s in spans if t.strip()]
            bold = bool(visible) and all(b for b, _ in visible)
            sizes = [s for _, s in visible if s]
            style = el.get(_q("text:style-name"))
            level = None
            if heading:
                level = int(el.get(_q("text:outline-level"), "1") or 1)
            else:
                level = self.styles.level(style)
            self.items.append(
                (
                    "p",
                    Candidate(
                        text, bold=bold, size=max(sizes) if sizes else None, style_level=level,
                        cells=aligned_cells(raw, _clean),
                    ),
                    page,
                )
            )
        boxes, self.boxes = self.boxes, []
        for box in boxes:
            self.container(box)

    def table(self, el):
        page = self._pages(el)
        rows: list[list[str]] = []
        for tr in el.iter(_q("table:table-row")):
            if next(tr.iterancestors(_q("table:table"))) is not el:
                continue
            row: list[str] = []
            for cell in tr:
                if cell.tag not in (_q("table:table-cell"), _q("table:covered-table-cell")):
                    continue
                repeat = min(int(cell.get(_q("table:number-columns-repeated"), "1")), 1000)
                if cell.tag == _q("table:covered-table-cell"):
                    row.extend([""] * repeat)
                    continue
                known = len(self.fields)
                text = " ".join(
                    self.text(p, []) for p in cell.iter(_q("text:p"), _q("text:h"))
                    if not any(a.tag == _ANNOTATION for a in p.iterancestors())  # a comment
                ).strip()
                for field in self.fields[known:]:  # a control in a cell: its row's label
                    if not field.label and row:
                        field.label = row[0]
                span = int(cell.get(_q("table:number-columns-spanned"), "1"))
                for _ in range(repeat):
                    row.append(text)
                    row.extend([""] * (span - 1))
            repeat_rows = min(int(tr.get(_q("table:number-rows-repeated"), "1")), 1000)
            rows.extend([list(row) for _ in range(repeat_rows)])
        # Trailing empty columns and rows (spreadsheet-style repeats) carry nothing.
        while rows and not any(rows[-1]):
            rows.pop()
        width = max((len(r) for r in rows), default=0)
        while width and all(len(r) < width or not r[width - 1] for r in rows):
            width -= 1
        rows = [(r + [""] * width)[:width] for r in rows]
        if rows and width:
            self.items.append(("t", rows, page))

    def container(self, el):
        for child in el:
            tag = child.tag
            if tag == _SOFT_BREAK and self.page is not None:
                self.page += 1
            elif tag == _q("text:p"):
                self.paragraph(child, heading=False)
            elif tag == _q("text:h"):
                self.paragraph(child, heading=True)
            elif tag == _q("table:table"):
                self.table(child)
            elif tag in (
                _q("text:list"),
                _q("text:list-item"),
                _q("text:list-header"),
                _q("text:section"),
                _q("text:index-body"),
                _q("text:table-of-content"),
                _q("table:table-header-rows"),
                _q("draw:text-box"),
                _q("draw:custom-shape"),
                _q("text:note-body"),
            ):
                self.container(child)


def read_odt(path: Path, *, max_pages: int = DEFAULT_MAX_PAGES,
             max_paragraphs: int = DEFAULT_MAX_PARAGRAPHS) -> Document:
    with zipfile.ZipFile(path) as zf:
        content = _parse(zf, "content.xml")
        styles_root = _parse(zf, "styles.xml")
        meta = _parse(zf, "meta.xml")
    if content is None:
        raise ValueError("content.xml fehlt")
    styles = _Styles(styles_root, content)
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")

    paged = body is not None and next(body.iter(_SOFT_BREAK), None) is not None
    if body is not None:
        check_extent(path, "odt", paragraphs=sum(1 for _ in body.iter(_q("text:p"), _q("text:h"))),
                     pages=sum(1 for _ in body.iter(_SOFT_BREAK)) + 1,
                     max_paragraphs=max_paragraphs, max_pages=max_pages)
    reader = _Reader(styles, page=1 if paged else None, controls=controls(content))
    if body is not None:
        reader.container(body)

    # Running headers and footers of the master pages (styles.xml): before / after the body.
    header_items, footer_items = [], []
    if styles_root is not None:
        for tag, target in (
            (("style:header", "style:header-first"), header_items),
            (("style:footer", "style:footer-first"), footer_items),
        ):
            for name in tag:
                for el in styles_root.iter(_q(name)):
                    sub = _Reader(styles)
                    sub.container(el)
                    for item in sub.items:
                        if item not in target:
                            target.append(item)

    blocks = assemble_blocks(header_items, group_aligned_tables(reader.items), footer_items)
    document = Document(str(path), "odt", _metadata(meta), blocks, [], reader.page)
    for field in reader.fields:
        field.label = field.label or field.name
    document.form_fields = reader.fields
    return document


def _metadata(meta) -> dict:
    def find(tag):
        if meta is None:
            return None
        el = meta.find(f".//{_q(tag)}")
        return el.text.strip() if el is not None and el.text else None

    return {
        "title": find("dc:title"),
        "author": find("meta:initial-creator") or find("dc:creator"),
        "created": find("meta:creation-date"),
        "modified": find("dc:date"),
    }


# --- where each block stands in the XML (kimdocs.annotate marks findings there) -------------


class _ElementReader(_Reader):
    """The reader's own traversal, remembering which element gave each item."""

    def __init__(self, styles: _Styles):
        super().__init__(styles)
        self.elements: dict[int, object] = {}

    def paragraph(self, el, heading: bool):
        n = len(self.items)
        super().paragraph(el, heading)  # text boxes inside register themselves after it
        if len(self.items) > n:
            self.elements.setdefault(n, el)

    def table(self, el):
        n = len(self.items)
        super().table(el)
        if len(self.items) > n:
            self.elements[n] = el


def block_elements(content, styles_root) -> list:
    """The element (text:p, text:h or table:table) of each block of `read_odt` for the same
    parsed content.xml and styles.xml, by block index: headers, body, footers."""
    styles = _Styles(styles_root, content)
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    reader = _ElementReader(styles)
    if body is not None:
        reader.container(body)
    running: dict[str, tuple[list, list]] = {"header": ([], []), "footer": ([], [])}
    if styles_root is not None:
        for kind, names in (("header", ("style:header", "style:header-first")),
                            ("footer", ("style:footer", "style:footer-first"))):
            items, elements = running[kind]
            for name in names:
                for el in styles_root.iter(_q(name)):
                    sub = _ElementReader(styles)
                    sub.container(el)
                    for i, item in enumerate(sub.items):
                        if item not in items:  # read_odt drops repeats the same way
                            items.append(item)
                            elements.append(sub.elements[i])
    # a table of tab-aligned lines: the list of its lines' text:p
    body_elements = [reader.elements[g[0]] if len(g) == 1 else [reader.elements[k] for k in g]
                     for g in aligned_table_groups(reader.items)]
    return running["header"][1] + body_elements + running["footer"][1]


def table_cells(el) -> list[list[object]]:
    """The cell element at each (row, column) of the Table read from `el`, counted as
    `_Reader.table` counts them (repeats, spans and covered cells)."""
    grid: list[list[object]] = []
    for tr in el.iter(_q("table:table-row")):
        if next(tr.iterancestors(_q("table:table"))) is not el:
            continue
        row: list[object] = []
        for cell in tr:
            if cell.tag not in (_q("table:table-cell"), _q("table:covered-table-cell")):
                continue
            repeat = min(int(cell.get(_q("table:number-columns-repeated"), "1")), 1000)
            span = 1 if cell.tag == _q("table:covered-table-cell") else int(
                cell.get(_q("table:number-columns-spanned"), "1"))
            row.extend([cell] * (repeat * span))
        grid.extend([row] * min(int(tr.get(_q("table:number-rows-repeated"), "1")), 1000))
    return grid
