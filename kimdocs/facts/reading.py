"""Reading the facts of a Document in one pass over its blocks.

Each block is offered to the families of facts that want it (kimdocs.facts.context.Family):
its figures, a text block before its parts, a labelled value, a passage of text, a table row,
a whole table. Every family keeps its own state and writes its own facts, so the order of the
families does not matter within a block; at the end each family finishes (the Berichtsjahr
before the amounts, whose year may come from it)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kimdocs.facts.amounts import Amounts
from kimdocs.facts.applicant import Applicant
from kimdocs.facts.attachments import Attachments
from kimdocs.facts.context import HOOKS, Context, Family, Pair, Passage, doubt, hooks_of
from kimdocs.facts.dates import Dates
from kimdocs.facts.model import Datum, Erwaehnung, Fakten
from kimdocs.facts.overhead import Overhead
from kimdocs.facts.periods import Periods
from kimdocs.facts.placement import Placement
from kimdocs.facts.request import Request
from kimdocs.facts.signature import Signature
from kimdocs.facts.staff import Staff
from kimdocs.facts.staff_reduced import ReducedShare
from kimdocs.facts.text import PROSE_CELL, label_key
from kimdocs.findings import Fundstelle
from kimdocs.guideline import Richtlinie
from kimdocs.readers.document import EMPTY, FIELD_LINE, Document, Heading, Table, boxes_unticked

FAMILIES: tuple[type[Family], ...] = (Applicant, Placement, Periods, Dates, Amounts, Staff,
                                      ReducedShare, Overhead, Attachments, Signature, Request)
_NONE: tuple = ()  # the figures of a block without any
# per hook, the families (by position) that want it: a block costs only the calls that read it
_WANTS = {hook: [k for k, kind in enumerate(FAMILIES) if hook in hooks_of(kind)] for hook in HOOKS}


def _field_section(ctx: Context, i: int) -> str:
    """The part a field taken for a heading stands in: that of the heading above its run of
    fields ("1 Antragstellende Stelle" over "1.1 Name der Körperschaft: …")."""
    blocks = ctx.document.blocks
    k = i - 1
    while k > 0 and ctx.heading[k] and FIELD_LINE.match(blocks[k].text):
        k -= 1
    return ctx.section[k] if k >= 0 else ""


def from_document(document: Document, r: Richtlinie, art: str, *,
                  eingang: date | None = None) -> Fakten:
    ctx = Context(document, r, art)
    families = [kind(ctx) for kind in FAMILIES]
    on = {hook: [getattr(families[k], hook) for k in wanted] for hook, wanted in _WANTS.items()}
    on_figures, on_text, on_pair, on_passage = (on["figures"], on["text_block"], on["pair"],
                                                on["passage"])
    f = Fakten(art, eingang=eingang)
    if document.stamps:  # "Eingegangen 19.12.2026": when the document was received
        stamp = min(document.stamps, key=lambda s: s.date)
        place = ("als Stempel-Anmerkung" if stamp.source == "annotation" else "im Text")
        where = f"Seite {stamp.page}, {place}" if stamp.page else place
        f.eingangsstempel = Datum(stamp.date, Fundstelle(stamp.page, f"{stamp.text} ({where})",
                                                         bbox=stamp.bbox))
    for i, block in enumerate(document.blocks):
        figures = ctx.by_block.get(i, _NONE)
        if figures:
            for hook in on_figures:
                hook(f, i, block, figures)
        if isinstance(block, Table):
            _table(ctx, on, f, i, block, figures)
            continue
        text = block.text
        kind = "heading" if ctx.heading[i] else "paragraph"
        p = Passage(text, block.location, ctx.section[i], kind, figures, i)
        for hook in on_text:
            hook(f, p)
        # "Antragsteller: Stadt Mainz"; a PDF reader may take a form's numbered field for a
        # heading ("10.1 Ort, Datum: Cochem, 14.11.2025", a portal's printout)
        if ":" in text[:60] and (kind == "paragraph" or FIELD_LINE.match(text)):
            key, _, value = text.partition(":")
            label = label_key(key)  # (a form's field number does not count: "10.2 Name …")
            if value.strip() and len(label) <= 40:
                pair = Pair(label, value.strip(), key.strip(), block.location, figures,
                            ctx.section[i] if kind == "paragraph" else _field_section(ctx, i))
                for hook in on_pair:
                    hook(f, pair)
        for hook in on_passage:
            hook(f, p)
    for hook in on["finish"]:
        hook(f)
    if art == "verwendungsnachweis":  # it names the granted Festbeträge (KIM-113, KIM-116)
        f.name_own_grant()
        f.zwischennachweis_jahr = _interim_year(document)
        f.bestaetigung_offen = [
            Erwaehnung(b.text, Fundstelle.at(b.location, b.text[:200]))
            for b in document.blocks if not isinstance(b, Table)
            and b.text.lstrip().startswith(EMPTY) and boxes_unticked(b.text.split("\n", 1)[0])]
    if ctx.unsure:
        _trust_sums(ctx, f)
        _trust_staff_total(f)
    if document.ocr_pages:
        _doubt_one_glyph_off(ctx, f)
    return f


_INTERIM = re.compile(r"\bzwischennachweis\b\D{0,60}?\b(20\d\d)\b", re.IGNORECASE)


def _interim_year(document: Document) -> int | None:
    """A Zwischennachweis names itself and its Haushaltsjahr in its opening, up to the line
    after its title („Zwischennachweis 2025“, „Zwischennachweis über das abgeschlossene
    Haushaltsjahr 2025“); the body may speak of an earlier one."""
    title = next((i for i, b in enumerate(document.blocks[:30]) if isinstance(b, Heading)), 6)
    for block in document.blocks[:title + 3]:
        found = None if isinstance(block, Table) else _INTERIM.search(block.text)
        if found:
            return int(found.group(1))
    return None


def _trust_staff_total(f: Fakten) -> None:
    """Two or more staff shares that add up to the stated total share confirm each other's
    reading (a misreading would have to break the sum exactly where another undoes it)."""
    if f.stellen_gesamt is None or len(f.stellen) < 2 or \
            sum(p.vzae for p in f.stellen) != f.stellen_gesamt:
        return
    for p in f.stellen:
        p.fundstellen = [replace(w, unsicher=None) if w.unsicher else w for w in p.fundstellen]


# a scan's sum that misses by one digit ("83.000,00" for 88.000,00, a 3 read for an 8) is unsure
# when a figure of its line was read with less confidence than this (a clean print: 95-96 %)
SUM_SURE_FROM = 90.0


def _doubt_one_glyph_off(ctx: Context, f: Fakten) -> None:
    """A stated sum on a page read by OCR that misses its items by one digit (the difference
    is d·10^k: one glyph of the sum or of an item misread) is unsure when the least sure
    figure of its line was read below SUM_SURE_FROM – a rule does not call the document
    defective on it, nor is the sum read as the items say (a printed slip stays possible)."""
    pages = {p.page for p in ctx.document.ocr_pages}
    for k, s in enumerate(f.summen):
        where = s.fundstelle
        if s.stimmt or where is None or where.unsicher or where.seite not in pages or \
                where.block is None or where.zelle is None or \
                not any(_one_digit(s.angegeben - x) for x in s.lesarten):
            continue
        r, c = where.zelle
        line = [g for g in ctx.by_block.get(where.block, ()) if g.kind == "betrag"
                and g.confidence is not None and g.location is not None and g.location.cell
                and (g.location.cell[1] == c or g.location.cell[0] == r)]
        weakest = min(line, key=lambda g: g.confidence or 0.0, default=None)
        if weakest is not None and (weakest.confidence or 0.0) < SUM_SURE_FROM:
            f.summen[k] = replace(s, fundstelle=replace(where, unsicher=doubt(weakest)))


def _one_digit(difference) -> bool:
    """d·10^k for one digit d: what one misread glyph changes (cents included)."""
    digits = format(abs(difference), "f").replace(".", "").strip("0")
    return len(digits) == 1


def _trust_sums(ctx: Context, f: Fakten) -> None:
    """A stated sum that adds up confirms the unsure readings of its column (or row) and its
    own (kimdocs.facts.context.unsure_figures: the same value read sure elsewhere does too); one that does not is unsure when any of them was read unsure – the misreading may be
    why it does not add up."""
    confirmed: set[tuple[int, tuple[int, int]]] = set()
    for k, s in enumerate(f.summen):
        where = s.fundstelle
        if where is None or where.block is None or where.zelle is None:
            continue
        r, c = where.zelle
        line = [g for g in ctx.unsure.get(where.block, ()) if g.location.cell  # type: ignore[union-attr]
                and (g.location.cell[1] == c or g.location.cell[0] == r)]  # type: ignore[union-attr]
        if s.stimmt:
            confirmed |= {(where.block, g.location.cell) for g in line}  # type: ignore[union-attr,misc]
            confirmed.add((where.block, where.zelle))
        elif line and where.unsicher is None:
            f.summen[k] = replace(s, fundstelle=replace(where, unsicher=doubt(line[0])))
    if not confirmed:
        return
    for b in f.betraege:
        fs = b.fundstelle
        if fs is not None and fs.unsicher and (fs.block, fs.zelle) in confirmed:
            b.fundstelle = replace(fs, unsicher=None)
    for k, s in enumerate(f.summen):
        fs = s.fundstelle
        if fs is not None and fs.unsicher and s.stimmt and (fs.block, fs.zelle) in confirmed:
            f.summen[k] = replace(s, fundstelle=replace(fs, unsicher=None))


def _table(ctx: Context, on, f: Fakten, i: int, table: Table, figures) -> None:
    rows = table.rows
    if not rows:
        return
    cells: dict[tuple[int, int], list] = {}
    for fig in figures:
        if fig.location and fig.location.cell:
            cells.setdefault(fig.location.cell, []).append(fig)
    on_pair, on_passage, on_row = on["pair"], on["passage"], on["row"]
    for r, row in enumerate(rows):
        key = label_key(row[0]) if row else ""
        if key and len(row) >= 2:  # a form's row: label | value
            rest = " ".join(c for c in row[1:] if c.strip())
            if rest:
                pair = Pair(key, rest, row[0], table.location.in_cell(r, 1),
                            [g for c in range(1, len(row)) for g in cells.get((r, c), [])],
                            ctx.section[i])
                for hook in on_pair:
                    hook(f, pair)
        for c, cell in enumerate(row):  # a form: a long cell is prose under its row's label
            if len(cell) > PROSE_CELL:
                p = Passage(cell, table.location.in_cell(r, c), row[0] if c else ctx.section[i],
                            "cell", cells.get((r, c), _NONE), i)
                for hook in on_passage:
                    hook(f, p)
        for hook in on_row:
            hook(f, i, table, r, cells)
    for hook in on["table"]:
        hook(f, i, table, cells)
