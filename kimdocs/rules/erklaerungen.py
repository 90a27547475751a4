"""Declarations with check boxes (issue 18): a declaration part (KIM-209 Erklärungen, KIM-603
Bestätigung) is given only where its boxes are ticked.

Every reader writes a check box as its glyph – ☒ ticked, ☐ empty – whether typed ([x], ✔, □),
a Word content control or legacy check box, a PDF AcroForm box (/Off is empty) or a
LibreOffice control, or seen on a scan; a Word content control still showing its placeholder
is read as empty text. So the part's lines are enough: a line that opens with an empty box
(its one box), or whose boxes are all empty, is a declaration not given, and the part is
*verletzt* quoting that line. A line with a ticked box among others ("☐ ja ☒ nein") is an
answer, not judged here.

One exception, from the form itself: the declaration that the measure has not begun may stay
empty where the same document asks for consent to an early start (VV Nr. 1.3 zu § 44 LHO) –
then the ministry decides on that request.
"""

from __future__ import annotations

import re

from kimdocs.guideline import Richtlinie
from kimdocs.readers.document import Block, Document, Heading, Table, boxes_unticked

MELDUNG = "Erklärung nicht abgegeben – das Kästchen ist nicht angekreuzt: {zeilen}."
MELDUNG_NEIN = "Erklärung nicht abgegeben – mit „Nein“ beantwortet: {zeilen}."
# a declaration answered "Nein" (an online portal's printout, a form's Ja/Nein column): a
# statement, never a question – "Wurde bereits begonnen? Nein" answers well
_NO = re.compile(r"(?P<decl>[^?]{10,}?)\s*[:|]?\s*nein\.?\s*", re.IGNORECASE)
_BEGUN = re.compile(r"\bbegonnen\b|\bbeginn", re.IGNORECASE)
_EARLY_START_REQUEST = re.compile(r"zustimmung\s+zum\s+vorzeitigen\s+maßnahmebeginn",
                                  re.IGNORECASE)
_MAX_BLOCKS = 40  # a declarations part is short; beyond that it is the next part


def unticked(document: Document, heading: Block, r: Richtlinie) -> str | None:
    """Why the declarations under `heading` are not given (the empty boxes, quoted), or
    None."""
    part = _part(document, heading)
    lines = [line for block in part for line in _lines(block)]
    empty = [line for line in lines if boxes_unticked(line)]
    declined = [line for block in part for line in _answered_no(block)]
    if (empty or declined) and _EARLY_START_REQUEST.search(" ".join(document.full_text().split())):
        empty = [x for x in empty if not _BEGUN.search(x)]
        declined = [x for x in declined if not _BEGUN.search(x)]
    said = [text.format(zeilen="; ".join(f"„{_short(x)}“" for x in found))
            for text, found in ((MELDUNG, empty), (MELDUNG_NEIN, declined)) if found]
    return " ".join(said) or None


def _answered_no(block: Block) -> list[str]:
    """The declarations of `block` answered "Nein": a table row whose last cell says it, a
    line "…: Nein"."""
    if isinstance(block, Table):
        rows = [[c.strip() for c in row if c.strip()] for row in block.rows]
        return [" ".join(row) for row in rows if len(row) >= 2 and  # (never a header "Ja | Nein")
                row[-1].casefold().rstrip(".") == "nein" and _NO.fullmatch(" ".join(row))
                and not any(c.casefold() == "ja" for c in row)]
    return [x.strip() for x in _lines(block) if ":" in x and _NO.fullmatch(x)]


def _part(document: Document, heading: Block) -> list[Block]:
    """The blocks of the part in reading order, and on a PDF page also those that stand
    between its heading and the next one but come later in the page's text (LibreOffice
    writes the labels of form controls after the page body)."""
    blocks = document.blocks
    start = next((k for k, b in enumerate(blocks) if b is heading), None)
    if start is None:
        return []
    if isinstance(heading, Heading):
        out = document.blocks_under(heading)[:_MAX_BLOCKS]
    else:
        out = [heading]
        for b in blocks[start + 1:start + 1 + _MAX_BLOCKS]:
            if isinstance(b, Heading):
                break
            out.append(b)
    return out + _beside(blocks, start, out)


def _beside(blocks: list[Block], start: int, part: list[Block]) -> list[Block]:
    where = blocks[start].location
    if where is None or where.bbox is None or where.page is None:
        return []
    top = where.bbox[1]
    below = [b.location.bbox[1] for b in blocks if isinstance(b, Heading) and b.location
             and b.location.page == where.page and b.location.bbox
             and b.location.bbox[1] > top + 1]
    end = min(below, default=float("inf"))
    return [b for b in blocks[start + 1:] if b not in part and b.location is not None
            and b.location.page == where.page and b.location.bbox is not None
            and top < b.location.bbox[1] < end]


# a box that opens a declaration of its own after a sentence's end: two box lines a PDF reader
# joined ("☒ Eine Doppelförderung … besteht nicht. ☐ Mit der Maßnahme wurde …", blind28) – never
# the boxes of one answer ("☐ ja ☒ nein")
_NEXT_BOX = re.compile(r"(?<=[.!?])\s+(?=[☐☒])")


def _lines(block: Block) -> list[str]:
    if isinstance(block, Table):
        return [" ".join(c.strip() for c in row if c.strip()) for row in block.rows]
    return [part for x in block.text.split("\n") if x.strip() for part in _NEXT_BOX.split(x)]


def _short(line: str) -> str:
    line = " ".join(line.split())
    return line if len(line) <= 160 else line[:157] + " …"
