"""The neutral structure every reader produces: one Document, whatever the file format.

PDF, DOCX and ODT readers (kimdocs.readers) all turn a file into the same plain
dataclasses, so the checker never needs to know where a heading or an amount came from.
Everything here is picklable (the sandbox sends a Document back from a child process)
and JSON-able through `to_dict()`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

FORMATS = ("pdf", "docx", "odt", "tiff", "png", "jpeg")  # images are read by OCR


@dataclass(frozen=True)
class Location:
    """Where a block sits: page (1-based; always for PDF, for DOCX/ODT only where Word or
    LibreOffice saved its page layout, else None), bounding box in PDF points (x0, top, x1,
    bottom; origin top left, as pdfplumber; PDF only), its index in `Document.blocks` and,
    for a figure read from a table, the cell (row, column) it stands in."""

    page: int | None
    bbox: tuple[float, float, float, float] | None
    block_index: int
    cell: tuple[int, int] | None = None

    def in_cell(self, row: int, column: int) -> Location:
        return Location(self.page, self.bbox, self.block_index, (row, column))

    def to_dict(self) -> dict:
        out = {
            "page": self.page,
            "bbox": [round(v, 1) for v in self.bbox] if self.bbox else None,
            "block_index": self.block_index,
        }
        if self.cell is not None:
            out["cell"] = list(self.cell)
        return out


# The number a heading or a form label starts with: "1." "1.2" "1.2.3." (parts of one or two
# digits), "II." roman, "A." or "a)" a letter. The one pattern for it: a heading's title here,
# the outline (kimdocs.readers.outline), the sections (kimdocs.check.sections) and the form
# labels (kimdocs.facts) strip or read it; the number is not part of the title.
HEADING_NUMBER = re.compile(
    r"(?:(?P<arabic>\d{1,2}(?:\.\d{1,2})*)(?P<dot>\.)?|(?P<roman>[IVXLC]{1,6})\.|"
    r"(?P<letter>[A-Za-z])(?P<close>[.)]))"
)
_NUMBER_PREFIX = re.compile(rf"^\s*(?:{HEADING_NUMBER.pattern})\s+")
# a number typed by hand before a heading typed as a plain line: "II.", "1.)", "a.", "3.2"
# a form's numbered field typed as a line, which a PDF reader may take for a heading: "10.1 Ort,
# Datum: Cochem, 14.11.2025", "7.1 Beginn: 01.06.2026" (an online portal's printout)
FIELD_LINE = re.compile(r"\s*\d{1,2}\.\d{1,2}\.?\s+[^:]{2,60}:\s*\S")
TYPED_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\)?|[IVXLC]{1,6}\.|[A-Za-z][.)])\s+(?=\S)")


@dataclass
class Heading:
    text: str
    level: int  # 0 = document title, 1 = top level, 2, ...
    location: Location

    @property
    def title(self) -> str:
        """The heading without its number: "2.1 Sachkosten" -> "Sachkosten"."""
        return _NUMBER_PREFIX.sub("", self.text, count=1).strip()

    def to_dict(self) -> dict:
        return {
            "type": "heading",
            "text": self.text,
            "level": self.level,
            "location": self.location.to_dict(),
        }


@dataclass
class Paragraph:
    text: str
    location: Location

    def to_dict(self) -> dict:
        return {"type": "paragraph", "text": self.text, "location": self.location.to_dict()}


@dataclass
class Table:
    """Rows of cell texts. A merged cell keeps its text in its first (top left) position;
    the positions it covers are empty strings, so every row has the same length."""

    rows: list[list[str]]
    location: Location

    @property
    def text(self) -> str:
        return "\n".join(" | ".join(row) for row in self.rows)

    def to_dict(self) -> dict:
        return {"type": "table", "rows": self.rows, "location": self.location.to_dict()}


Block = Heading | Paragraph | Table

FIGURE_KINDS = ("betrag", "vzae", "prozent", "stunden", "datum")


@dataclass
class Figure:
    """A figure found in the text: an amount (betrag, EUR), VZÄ, percent, weekly working
    hours (stunden) or a date (datum). `text` is the original spelling, `label` the words
    it belongs to ("Sachkosten", "Sachkosten / Verausgabt" for a table cell)."""

    kind: str
    value: Decimal | date
    text: str
    label: str
    location: Location | None = None
    # Read by OCR: `confidence` is the lowest word confidence (0-100) of its characters;
    # `uncertain` when that is low or a typical misreading was involved (O/0, l/1, S/5, B/8
    # inside a digit group), then `raw` is the reading as Tesseract gave it ("6O.000,00 €")
    # while `value` holds the digits the text most likely means. Born-digital: None/False.
    confidence: float | None = None
    uncertain: bool = False
    raw: str | None = None

    def vzae(self, full_time_hours: Decimal | int = 39) -> Decimal | None:
        """The figure as VZÄ: itself for kind vzae, hours / full time for kind stunden."""
        if self.kind == "vzae":
            return self.value  # type: ignore[return-value]
        if self.kind == "stunden":
            return (self.value / Decimal(full_time_hours)).quantize(Decimal("0.0001")).normalize()  # type: ignore[operator]
        return None

    def to_dict(self) -> dict:
        value = self.value.isoformat() if isinstance(self.value, date) else str(self.value)
        out = {
            "kind": self.kind,
            "value": value,
            "text": self.text,
            "label": self.label,
            "location": self.location.to_dict() if self.location else None,
        }
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 1)
            out["uncertain"] = self.uncertain
            if self.raw is not None:
                out["raw"] = self.raw
        return out


@dataclass
class OcrWord:
    """A word read by OCR: `text` as kimdocs uses it, `raw` as Tesseract read it (differs only
    where a misreading inside a digit group was undone: "6O.000" -> "60.000"), its box in
    points on the page as displayed (x0, top, x1, bottom), confidence 0-100."""

    text: str
    box: tuple[float, float, float, float]
    conf: float
    raw: str | None = None

    @property
    def uncertain(self) -> bool:
        return self.raw is not None or self.conf < UNCERTAIN_BELOW


UNCERTAIN_BELOW = 60.0  # word confidence (0-100) under which an OCR figure is unsure


@dataclass
class OcrPage:
    """A page read by OCR: its number, the mean word confidence (0-100, weighted by length),
    the turn (clockwise degrees, 0/90/180/270) and skew (degrees) that were corrected, the
    resolution it was read at, and its words (for a searchable copy and highlights); `blank`
    when the page holds no ink and was not recognised (kimdocs.readers.paper)."""

    page: int
    confidence: float
    turn: int = 0
    skew: float = 0.0
    dpi: int = 300
    words: list[OcrWord] = field(default_factory=list)
    blank: bool = False

    def to_dict(self) -> dict:
        return {"page": self.page, "confidence": round(self.confidence, 1), "turn": self.turn,
                "skew": self.skew, "dpi": self.dpi, "words": len(self.words),
                **({"blank": True} if self.blank else {})}


@dataclass
class Stamp:
    """A receipt stamp: its date, the text it was read from, where it came from (`source`:
    'annotation' for a PDF stamp or free-text annotation, 'text' for a line near the top of
    page 1), the page and box (points, page as displayed) where known."""

    date: date
    text: str
    source: str
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None

    def to_dict(self) -> dict:
        return {"date": self.date.isoformat(), "text": self.text, "source": self.source,
                "page": self.page,
                "bbox": [round(v, 1) for v in self.bbox] if self.bbox else None}


@dataclass
class FormField:
    """A form field's value as filled in: its label (field name, tooltip or the text beside
    it), the value ('' when empty or still showing its placeholder; for a check box '☒' or
    '☐'), the kind ('text', 'checkbox', 'radio', 'choice', 'date') and where it came from
    ('acroform', 'sdt', 'formfield', 'odf-control'); `name` the field's own name; `option`
    a PDF box's export value (the radio option it stands for: "ja", "nein")."""

    label: str
    value: str
    kind: str
    source: str
    page: int | None = None
    name: str = ""
    option: str = ""

    def to_dict(self) -> dict:
        return {"label": self.label, "value": self.value, "kind": self.kind,
                "source": self.source, "page": self.page, "name": self.name,
                "option": self.option}


@dataclass
class Document:
    path: str
    format: str  # 'pdf' | 'docx' | 'odt'
    metadata: dict = field(default_factory=dict)  # title, author, created, modified (str|None)
    blocks: list[Block] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    pages: int | None = None
    ocr_pages: list[OcrPage] = field(default_factory=list)  # pages read by OCR
    # pages that needed OCR beyond the limit of pages recognised per file (Limits.max_ocr_pages):
    # not read, so nothing on them is checked
    unread_pages: list[int] = field(default_factory=list)
    stamps: list[Stamp] = field(default_factory=list)  # receipt stamps (Eingang)
    form_fields: list[FormField] = field(default_factory=list)  # filled-in form fields

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def find_heading(self, title: str) -> Heading | None:
        """First heading whose title contains `title` (case-insensitive)."""
        needle = title.casefold()
        for heading in self.headings():
            if needle in heading.text.casefold():
                return heading
        return None

    def blocks_under(self, heading: Heading | str) -> list[Block]:
        """The blocks after `heading` up to the next heading of the same or a higher level."""
        if isinstance(heading, str):
            found = self.find_heading(heading)
            if found is None:
                return []
            heading = found
        start = next((i for i, b in enumerate(self.blocks) if b is heading), None)
        if start is None:  # an equal heading from a copy of this document
            start = next((i for i, b in enumerate(self.blocks) if b == heading), None)
        if start is None:
            return []
        out: list[Block] = []
        for block in self.blocks[start + 1 :]:
            if isinstance(block, Heading) and block.level <= heading.level:
                break
            out.append(block)
        return out

    def text_under(self, heading: Heading | str) -> str:
        """Text of the section below `heading` (a Heading or the words of its title);
        empty if there is no such heading."""
        return "\n".join(_block_text(b) for b in self.blocks_under(heading))

    def full_text(self) -> str:
        return "\n".join(_block_text(b) for b in self.blocks)

    def figures_of(self, kind: str) -> list[Figure]:
        return [f for f in self.figures if f.kind == kind]

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "format": self.format,
            "pages": self.pages,
            "metadata": dict(self.metadata),
            "blocks": [b.to_dict() for b in self.blocks],
            "figures": [f.to_dict() for f in self.figures],
            **({"ocr_pages": [p.to_dict() for p in self.ocr_pages]} if self.ocr_pages else {}),
            **({"unread_pages": self.unread_pages} if self.unread_pages else {}),
            **({"stamps": [s.to_dict() for s in self.stamps]} if self.stamps else {}),
            **({"form_fields": [f.to_dict() for f in self.form_fields]}
               if self.form_fields else {}),
        }


def _block_text(block: Block) -> str:
    return block.text


# Text as odd producers and OCR deliver it, made plain before anything reads it: composed
# umlauts (NFC: "a\u0308" -> "ä"), typographic ligatures spelt out ("\ufb01" -> "fi"), soft
# hyphens dropped, an em dash as the zero cents of an amount read as the en dash
# ("60.000,\u2014 EUR" -> "60.000,\u2013 EUR"), a thin space between digit groups read as the
# narrow no-break space ("60\u2009000 €").
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "ft", "\ufb06": "st", "\u00ad": None})
_EM_DASH_CENTS = re.compile(r"(?<=\d,)\u2014")
_THIN_GROUP = re.compile(r"(?<=\d)\u2009(?=\d{3}(?!\d))")
_ODD = re.compile("[\u0300-\u036f\ufb00-\ufb06\u00ad\u2014\u2009]")
# The two glyphs every reader gives a check box (typed, a form field, a control, a scan).
TICKED, EMPTY = "\u2612", "\u2610"


def boxes_unticked(line: str) -> bool:
    """A line with its check boxes all empty: what it declares is not given ("☐ ja ☒ nein"
    is an answer, not this)."""
    return EMPTY in line and TICKED not in line


# Check boxes as people type them, read as the two glyphs the readers give form fields:
# ☑ ✔ ✓ ✗ ✘ ⊠ and [x] (x) standing before a word are ☒; □ ❑ ◻ and [ ] ( ) are ☐.
_TICKED_SIGNS = re.compile("(?:(?<=^)|(?<=[\\s:|]))(?:[\u2611\u2714\u2713\u2717\u2718\u22a0]"
                           "|\\[[xX]\\]|\\([xX]\\))(?=\\s)", re.MULTILINE)
_EMPTY_SIGNS = re.compile("(?:(?<=^)|(?<=[\\s:|]))(?:[\u25a1\u2751\u25fb]|\\[ \\]|\\( \\))"
                          "(?=\\s)", re.MULTILINE)
_SIGNS = re.compile("[\u2611\u2714\u2713\u2717\u2718\u22a0\u25a1\u2751\u25fb]|\\[[ xX]\\]|"
                    "\\([ xX]\\)")


def plain_text(text: str) -> str:
    """`text` with the odd characters above made plain (unchanged if it has none)."""
    if _SIGNS.search(text):
        text = _EMPTY_SIGNS.sub("\u2610", _TICKED_SIGNS.sub("\u2612", text))
    if not _ODD.search(text):
        return text
    text = unicodedata.normalize("NFC", text).translate(_LIGATURES)
    return _THIN_GROUP.sub("\u202f", _EM_DASH_CENTS.sub("\u2013", text))


def make_plain(document: Document) -> Document:
    """Every heading, paragraph and table cell of `document` as plain_text (in place)."""
    for block in document.blocks:
        if isinstance(block, Table):
            block.rows = [[plain_text(cell) for cell in row] for row in block.rows]
        else:
            block.text = plain_text(block.text)
    return document
