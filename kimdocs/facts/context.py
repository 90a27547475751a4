"""What the families of facts share while one document is read: the indexes built once per
document (figures per block, the section and the caption of each block, the header of each
table column), the guideline's words, and the pieces the driver offers (a labelled value, a
passage of text). A family keeps its own state; it reads the document only through these."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from kimdocs.facts.model import Fakten
from kimdocs.facts.text import is_label_line
from kimdocs.findings import Fundstelle
from kimdocs.guideline import Richtlinie
from kimdocs.readers.document import Document, Figure, Heading, Location, Paragraph, Table

_ITEM_MARKS = ("•", "-", "–", "▪", "◦", "·")


class Context:
    """One document's indexes, one pass each."""

    def __init__(self, document: Document, r: Richtlinie, art: str):
        self.document = document
        self.art = art
        self.richtlinie = r  # its lists: the eligible bodies' names (kimdocs.facts.applicant)
        self.terms = tuple(t.casefold() for t in r.parameter.overhead_begriffe)
        self.central = tuple(t.casefold() for t in r.parameter.overhead_stellen)
        self.fulltime: Decimal | int = r.parameter.vollzeit_wochenstunden
        blocks = document.blocks
        self.by_block: dict[int, list[Figure]] = {}
        # figures of no block, or not in the order of the blocks (a Document built by hand)
        self.orphans: list[Figure] = []
        self.in_order = True
        last = -1
        for f in document.figures:
            index = f.location.block_index if f.location else -1
            self.by_block.setdefault(index, []).append(f)
            if not 0 <= index < len(blocks):
                self.orphans.append(f)
                self.in_order = False
            elif index < last:
                self.in_order = False
            last = index
        self.section: list[str] = []
        self.caption: list[str] = []
        self.heading: list[bool] = []  # a heading, or a label line that opens a part as one
        current = lead = ""
        for i, b in enumerate(blocks):
            label_line = is_label_line(b)
            if isinstance(b, Heading):
                current = b.title
            elif label_line:  # "Anbindung in der Verwaltung:" alone on its line
                current = b.text.strip().rstrip(":").strip()
            self.section.append(current)
            self.heading.append(isinstance(b, Heading) or label_line)
            prev = blocks[i - 1] if i else None
            # a list's items take the line that leads into them as their caption ("Davon
            # entfallen auf die beantragte Zuwendung je Haushaltsjahr:" / "• 2026: Personalkosten
            # EUR 45.000,-", blind22)
            item = isinstance(b, Paragraph) and b.text[:1] in _ITEM_MARKS
            if isinstance(b, Paragraph) and not item:
                text = b.text.strip()
                lead = text if text.endswith(":") and len(text) < 160 else ""
            elif not item:
                lead = ""
            self.caption.append(prev.text if isinstance(b, Table) and prev is not None
                                and not isinstance(prev, Table) and len(prev.text) < 160
                                else lead if item else "")
        self._headers: dict[int, list[str]] = {}  # table block -> header text per column
        self.unsure = unsure_figures(document)

    def at(self, location, text: str) -> Fundstelle:
        """Where a fact stands; `unsicher` set when the figure it quotes was read by OCR
        without certainty (kimdocs.readers.trust) and no sure reading confirms it."""
        where = Fundstelle.at(location, " ".join(text.split())[:200])
        if self.unsure and location is not None:
            quoted = " ".join(text.split())
            for fig in self.unsure.get(location.block_index, ()):
                if location.cell is not None and fig.location.cell != location.cell:
                    continue
                if " ".join(fig.text.split()) in quoted:
                    return replace(where, unsicher=doubt(fig))
        return where

    def column_header(self, index: int, table: Table, col: int) -> str:
        """All header rows over a column (multi-row and merged headers): the rows before the
        first row that holds a figure, going left past merged (empty) cells."""
        if index not in self._headers:
            rows = table.rows
            with_figures = {f.location.cell[0] for f in self.by_block.get(index, [])
                            if f.location and f.location.cell
                            and f.kind in ("betrag", "vzae", "stunden", "prozent")}
            first_data = max(1, min((k for k in with_figures if k < len(rows)), default=1))
            if any(f.kind == "betrag" and f.location.cell[:1] == (0,) and f.location.cell[1]
                   for f in self.by_block.get(index, []) if f.location and f.location.cell):
                first_data = 0  # an amount in the first row: a table without a header row
            width = max((len(row) for row in rows), default=0)
            cols = []
            for c in range(width):
                parts = []
                for row in rows[:first_data]:
                    k = min(c, len(row) - 1)
                    while k > 0 and not row[k].strip():
                        k -= 1
                    text = " ".join(row[k].split()) if k >= 0 and row else ""
                    if text and text not in parts:
                        parts.append(text)
                cols.append(" ".join(parts))
            self._headers[index] = cols
        cols = self._headers[index]
        return cols[col] if col < len(cols) else ""


_KIND_WORDS = {"betrag": "Betrag", "vzae": "Stellenanteil", "prozent": "Prozentangabe",
               "stunden": "Wochenstunden", "datum": "Datum"}


def unsure_figures(document: Document) -> dict[int, list[Figure]]:
    """The figures read by OCR without certainty, per block – but not one whose value the
    document states elsewhere with certainty (of the same kind): a second, sure reading
    confirms it (a sum that adds up confirms its items too: kimdocs.facts.reading)."""
    doubtful = [f for f in document.figures if f.uncertain and f.location is not None]
    if not doubtful:
        return {}
    sure = {(f.kind, f.value) for f in document.figures if not f.uncertain}
    out: dict[int, list[Figure]] = {}
    for f in doubtful:
        if (f.kind, f.value) not in sure:
            out.setdefault(f.location.block_index, []).append(f)  # type: ignore[union-attr]
    return out


def doubt(figure: Figure) -> str:
    """„Betrag auf Seite 2 unsicher erkannt: „6O.000,00 €““."""
    page = f" auf Seite {figure.location.page}" if figure.location and figure.location.page \
        else ""
    reading = " ".join((figure.raw or figure.text).split())
    sure = f" (Sicherheit {figure.confidence:.0f} %)" if figure.raw in (None, figure.text) \
        and figure.confidence is not None else ""
    return f"{_KIND_WORDS.get(figure.kind, 'Zahl')}{page} unsicher erkannt: „{reading}“{sure}"


class Pair:
    """A labelled value: a form's table row ("Antragsteller | Stadt Mainz") or a line
    "Label: value". `key` is the label without number, colon and case; `label` as written;
    `section`: the heading it stands under ("" where unknown)."""

    __slots__ = ("figures", "key", "label", "section", "value", "where")

    def __init__(self, key: str, value: str, label: str, where: Location | None,
                 figures: list[Figure], section: str = ""):
        self.section = section
        self.key = key
        self.value = value
        self.label = label
        self.where = where
        self.figures = figures  # of the value


class Passage:
    """A text to read sentence by sentence: a paragraph, a heading or a label line, or a long
    table cell (a form's answer field) under its row's label. `section`: the heading (or the
    row's label) it stands under; `kind`: "paragraph", "heading" (also a label line) or
    "cell"; `index`: its block."""

    __slots__ = ("figures", "index", "kind", "location", "low", "section", "text")

    def __init__(self, text: str, location: Location | None, section: str, kind: str,
                 figures: list[Figure], index: int):
        self.text = text
        self.low = text.casefold()
        self.location = location
        self.section = section
        self.kind = kind
        self.figures = figures
        self.index = index


class Family:
    """One kind of fact. The driver (kimdocs.facts.reading) offers every block, in one pass, to
    the families that override a hook for it, in this order per block:
      figures(f, i, block, figures)  the figures of a block that has any
      text_block(f, p)               a text block, before its label and its sentences
      pair(f, pair)                  a labelled value (a table row or a paragraph "Label: …")
      passage(f, p)                  a paragraph, heading or long cell, after its label
      row(f, i, table, r, cells)     a table row, after its label and its long cells
      table(f, i, table, cells)      a table, after its rows
    and then `finish(f)`, in the order of the families. `cells` maps (row, column) to the
    figures of that cell."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    def figures(self, f: Fakten, i: int, block, figures: list[Figure]) -> None: ...

    def text_block(self, f: Fakten, p: Passage) -> None: ...

    def pair(self, f: Fakten, pair: Pair) -> None: ...

    def passage(self, f: Fakten, p: Passage) -> None: ...

    def row(self, f: Fakten, i: int, table: Table, r: int, cells) -> None: ...

    def table(self, f: Fakten, i: int, table: Table, cells) -> None: ...

    def finish(self, f: Fakten) -> None: ...


HOOKS = ("figures", "text_block", "pair", "passage", "row", "table", "finish")


def hooks_of(kind: type[Family]) -> frozenset[str]:
    """The hooks a family overrides: the driver calls only these."""
    return frozenset(h for h in HOOKS if getattr(kind, h) is not getattr(Family, h))
