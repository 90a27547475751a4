"""Lines -> blocks: the page geometry every page reader shares, with no PDF library.

A page reader (kimdocs.readers.pdf from pdfium's text layer, kimdocs.readers.scan from
Tesseract's words) hands over the lines of each page as `Line` objects: text, position as
the user sees the page (PageFrame: after /Rotate, inside the crop box, origin top left),
type size and boldness, columns set with wide gaps, the ruled table a line stands in. Here
they become paragraphs (vertical gaps, short lines that end a sentence, hyphenation),
borderless tables (aligned columns), tables continued across a page and headings (font size,
bold, numbering; kimdocs.readers.outline) -- one layout engine for born-digital and scanned
pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kimdocs.readers.document import (
    TYPED_NUMBER,
    Block,
    Document,
    Heading,
    Location,
    Paragraph,
    Table,
)
from kimdocs.readers.outline import Candidate, assign_levels

_HYPHENS = ("-", "\u00ad", "\x02", "\u2010")

_PAGE_NUMBER = re.compile(
    r"^(?:Seite\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:von|/)\s*\d{1,4})?$", re.IGNORECASE
)
# a page number inside a running line: "Stadtverwaltung Worms · Seite 2", "Seite 2 von 3"
_PAGE_NUMBER_IN = re.compile(r"\bSeite\s*\d{1,4}(?:\s*(?:von|/)\s*\d{1,4})?\b", re.IGNORECASE)
_LIST_MARKER = re.compile(
    r"^(?:[•\-–·▪◦]|\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|[a-zA-Z][.)]|[IVX]{1,4}\.)$"
)
_BULLET = re.compile(r"^[•\-–·▪◦]\s")


def _flush_right(ln: Line, left: float, right: float) -> bool:
    return ln.x0 > left + 0.4 * (right - left) and ln.x1 > right - 15


# a line starting with a date ("19. März 2026 · Anlage: …", "1.12.2025 …") is numbered by none
_DATE_START = re.compile(r"^\d{1,2}\.\s?(?:\d{1,2}\.|(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|"
                         r"Dez)[a-zä]*\.?(?:\s|$))")


def _typed_heading(text: str) -> bool:
    """A heading typed as a plain line (no style, no bold): numbered by hand ("II.", "1.)",
    "a.", "3.2") or set in capitals ("ANTRAGSTELLER"), short, no sentence's end."""
    if len(text) > 60 or text.endswith((".", ",", ";")) or _DATE_START.match(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(TYPED_NUMBER.match(text)) or (len(letters) >= 4 and text.upper() == text)


@dataclass
class Line:
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
class Para:
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return _join_lines([ln.text for ln in self.lines])


# a line beginning with a conjunction after a line ending in a hyphen: the hyphen is an
# Ergänzungsstrich ("Personal-" / "und Sachkosten"), not a word broken at the line end (issue 19,
# probe round 6)
_CONJUNCTION = re.compile(r"(?:und|oder|sowie|bzw\.|bis)(?:\s|$)")


def _join_lines(lines: list[str]) -> str:
    """Rejoin lines: "Ver-" + "waltung" -> "Verwaltung", "Süd-" + "Württemberg" stays hyphenated."""
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
        elif out.endswith(("-", "\u2010")) and _CONJUNCTION.match(line):
            out = f"{out} {line}"  # "Personal-" / "bzw. Sachausgaben": an Ergänzungsstrich
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



def table_of(ln: Line, found) -> int | None:
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


def clean_cell(value: str | None) -> str:
    return _join_lines(_rejoin_cut_numbers(value.split("\n"))) if value else ""


# a cell too narrow for an amount: Word breaks it where the line is full ("5.000,0" / "0 €",
# "30.000," / "00 €") – the first part ends inside the number, the second goes on with digits
_CUT_HEAD = re.compile(r"(?<![\w.,])[-\u2212]?\d{1,3}(?:\.\d{3})*(?:\.\d{0,2}|,\d?)?$")
_CUT_TAIL = re.compile(r"^[.,]?\d[\d.,]*")
_WHOLE_AMOUNT = re.compile(r"[-\u2212]?\d{1,3}(?:(?:\.\d{3})*,\d{2}|(?:\.\d{3})+)")


def _rejoin_cut_numbers(lines: list[str]) -> list[str]:
    """The lines of one table cell with an amount cut at a line end joined again (issue 19,
    probe round 5: a Finanzierungsplan with the months as columns printed "5.000,0 0 €", read
    as 0 €). Only where the two parts make a whole amount ("5.000,00", "30.000") and the first
    is none ("5.000,0", "30.000,"): two amounts on two lines ("2.500,00" / "1.500,00") stay."""
    out: list[str] = []
    for line in lines:
        line = line.strip()
        head = _CUT_HEAD.search(out[-1]) if out and line else None
        tail = _CUT_TAIL.match(line) if head else None
        if head and tail:
            joined = head.group(0) + tail.group(0)
            whole = _WHOLE_AMOUNT.fullmatch(joined)
            if whole and not _WHOLE_AMOUNT.fullmatch(head.group(0)):
                out[-1] = out[-1] + line
                continue
        out.append(line)
    return out



def _mark_furniture(pages: list[list[Line]]) -> None:
    """Running headers and footers: the same text near the same height on many pages
    (page numbers "Seite 3 von 9", also after a sender "Stadtverwaltung Worms · Seite 1",
    count as the same text). A two-page letter repeats its letterhead on page 2: there only
    the first and last two lines of a page may count, or more where both pages begin (or
    end) with the same lines at the same heights, one after another (a letterhead of three
    lines: sender, office, address)."""
    if len(pages) < 2:
        return

    def key(ln: Line):
        text = "#" if _PAGE_NUMBER.match(ln.text) else _PAGE_NUMBER_IN.sub("Seite #", ln.text)
        return text, round(ln.top / 4)

    top, bottom = 2, 2
    if len(pages) == 2:  # a letterhead, not a page printed twice: a few lines at most
        first, second = ([key(ln) for ln in lines] for lines in pages)
        top = max(top, min(_common_run(first, second), _LETTERHEAD))
        bottom = max(bottom, min(_common_run(first[::-1], second[::-1]), _LETTERHEAD))

    def candidates(lines: list[Line]) -> list[Line]:
        return lines if len(pages) > 2 else lines[:top] + lines[top:][-bottom:]

    seen = Counter(k for lines in pages for k in {key(ln) for ln in candidates(lines)})
    threshold = max(2 if len(pages) == 2 else 3, len(pages) // 2)
    for lines in pages:
        for ln in candidates(lines):
            if seen[key(ln)] >= threshold:
                ln.furniture = True


_LETTERHEAD = 6  # lines: the most a repeated letterhead (or footer) of a letter takes


def _common_run(a: list, b: list) -> int:
    """How many items two sequences share from their start."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


_ALIGN = 6.0  # points: column starts closer than this are one column


def _column_of(columns: list[float], x: float) -> int | None:
    best = min(range(len(columns)), key=lambda i: abs(columns[i] - x))
    return best if abs(columns[best] - x) <= _ALIGN else None


def _blocks(lines: list[Line], body_size: float) -> list[tuple[str, object]]:
    """Lines of one page (ruled tables removed) -> paragraphs and tables without borders.

    Two or more consecutive lines set in aligned columns (a letterhead's "Mein Aktenzeichen /
    3321-…", a key/value block) form a table, as the DOCX they came from has one; a wrapped
    cell continues on lines that start at its column."""
    out: list[tuple[str, object]] = []
    plain: list[Line] = []
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


def _borderless_table(run: list[Line], columns: list[float]):
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


def _paragraphs(lines: list[Line], body_size: float) -> list[Para]:
    """Group the lines of one page (tables removed) into paragraphs."""
    paras: list[Para] = []
    right = max((ln.x1 for ln in lines), default=0)
    left = min((ln.x0 for ln in lines), default=0)
    prev: Line | None = None
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
                # A short line ending a sentence closes its paragraph; a short line typed as
                # a heading ("II. Ansprechperson", "1.) PERSONAL", "b. …") stands alone.
                or (prev.x1 < right - max(40, 4 * size) and (
                    prev.text.endswith((".", ":", "!", "?"))
                    or _typed_heading(prev.text) or _typed_heading(ln.text)))
                or (_typed_heading(ln.text) and ln.x1 < right - max(40, 4 * size))
                # a line set flush right ("Landau, 03.12.2026") is no part of its neighbours
                or _flush_right(ln, left, right) or _flush_right(prev, left, right)
            )
        if new:
            paras.append(Para())
        paras[-1].lines.append(ln)
        prev = ln
    return paras



def assemble(path, fmt: str, metadata: dict, pages: int,
             page_lines: list[list[Line]], page_tables: list[list]) -> Document:
    """The lines and ruled tables (bbox, rows) of every page -> a Document."""

    _mark_furniture(page_lines)
    weights = Counter()
    for lines in page_lines:
        for ln in lines:
            weights[ln.size] += len(ln.text)
    body_size = weights.most_common(1)[0][0]

    # Per page: lines outside tables become paragraphs; each table stands where it begins.
    items: list[tuple[str, object]] = []
    for lines, found in zip(page_lines, page_tables):
        pending: list[Line] = []
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
        para: Para = item  # type: ignore[assignment]
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
    return Document(str(path), fmt, metadata, blocks, [], pages)


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
                rest = _rest_of_row(first_rows[-1], more[0]) if more else None
                if rest is not None:  # a row the page broke: its rest is no row of its own
                    first_rows, more = [*first_rows[:-1], rest], more[1:]
                out[last_table] = ("t", (first_page, first_bbox, first_rows + more))
                ends_on = page
                continue
        last_table, ends_on = len(out), page
        out.append((kind, item))
    return out


_UNIT_FIRST = re.compile(r"(?:VZÄ|%|€|EUR\b|Euro\b|Std\b|Stunden\b|Wochenstunden\b)")
# a cell's text that cannot end there: a comma, a word broken at its hyphen, an article, a
# preposition or a conjunction ("Anteilige Kosten von" | "Personalamt, Kämmerei …")
_OPEN_END = re.compile(
    r"(?:,|[^\W\d_]-|\b(?:von|vom|und|oder|sowie|bzw\.|der|die|das|des|dem|den|ein|eine|einer|"
    r"eines|einem|einen|für|mit|zu|zum|zur|im|in|an|am|auf|aus|bei|nach|über|unter|je|pro))$",
    re.IGNORECASE)

# "(1) …", "(b) …": a new item
_ENUMERATOR = re.compile(r"\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)")


def _runs_on(a: str, b: str) -> bool:
    """Does text `b` at the top of a page go on with `a` that the page broke in its middle: a
    bracket `a` opened and `b` closes ("(pauschal" | "8 %) ein Betrag …"), a number and its
    unit, `a` ending in a comma, article, preposition or conjunction?"""
    return bool(a and b and (
        (a.count("(") > a.count(")") and ")" in b.split("(", 1)[0])
        or (a[-1].isdigit() and _UNIT_FIRST.match(b))
        or _OPEN_END.search(a)))


def _broken_cell(a: str, b: str) -> bool:
    """Does cell text `b` on the next page go on with `a`, the same cell the page broke? (Also
    a bracket opening the rest, an addition to the label above: "Personalkosten" |
    "(1,0 VZÄ + 0,5 VZÄ)", and a rest in lower case.)"""
    return bool(a and b and (
        _runs_on(a, b)
        or (b[0] == "(" and not _ENUMERATOR.match(b))
        or (b[0].islower() and not a.endswith((".", ":", "!", "?", ";")))))


def _rest_of_row(last: list[str], first: list[str]) -> list[str] | None:
    """The last row of a table's part and the first of its next page's part joined, when the
    page broke that row (LibreOffice splits a row across pages: "Personalkosten (1,0" on one,
    "VZÄ + 0,5 VZÄ)" on the next; "Anteilige Kosten von" | "Personalamt, …"): a cell the page
    broke in its middle (`_broken_cell`), and no column filled on both sides but such a cell.
    None: two rows."""
    broken = [i for i, (a, b) in enumerate(zip(last, first)) if _broken_cell(a, b)]
    if not broken or any(a and b for i, (a, b) in enumerate(zip(last, first))
                         if i not in broken):
        return None
    return [f"{a} {b}" if i in broken else a or b for i, (a, b) in enumerate(zip(last, first))]


def _merge_across_pages(items: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A paragraph that runs on from one page to the next (next page starts lowercase, the
    previous did not end a sentence; or the page broke it in a bracket, between a number and
    its unit, after a comma or a preposition: `_runs_on`) is one paragraph; running
    headers/footers stay apart."""
    out: list[tuple[str, object]] = []
    last_body: Para | None = None
    for kind, item in items:
        if kind == "p":
            para: Para = item  # type: ignore[assignment]
            first = para.lines[0]
            if first.furniture:
                out.append((kind, item))
                continue
            if (
                last_body is not None
                and first.page == last_body.lines[-1].page + 1
                and ((first.text[:1].islower()
                      and not last_body.text.endswith((".", ":", "!", "?")))
                     or _runs_on(last_body.text, para.text))
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


def _mark_title(cands: list[Candidate], paras: list[Para], body_size: float) -> None:
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
