"""How far to trust a figure read by OCR.

A figure (amount, VZÄ, date …) on a page read by OCR takes the lowest confidence of the
recognised words it is made of. It is `uncertain` when one of them was read with low
confidence (kimdocs.readers.document.UNCERTAIN_BELOW) or needed a misreading undone
("6O.000,00" read as 60.000,00: letters O/o, I/l, S, B inside a digit group); then `raw`
keeps the reading as Tesseract gave it. The value stays what the text most likely means, so
a rule can still compare it, but a rule must not call a document defective on an uncertain
figure alone (see the report of issue 18).
"""

from __future__ import annotations

import re

from kimdocs.readers.document import Document, Figure, OcrWord, Table

_EDGE = re.compile(r"^[^\w€%]+|[^\w€%]+$")


def _overlaps(a, b, slack: float = 2.0) -> bool:
    return a[0] < b[2] + slack and a[2] > b[0] - slack and a[1] < b[3] + slack \
        and a[3] > b[1] - slack


def _words_of(figure: Figure, words: list[OcrWord], area) -> list[OcrWord]:
    """The words of the figure's page (inside its block's box, if known) whose text is part
    of the figure's text ("60.000,00" and "EUR" of "60.000,00 EUR")."""
    text = " ".join(figure.text.split())
    found = []
    for w in words:
        core = _EDGE.sub("", w.text)
        if not core or core not in text:
            continue
        if area is not None and not _overlaps(w.box, area):
            continue
        if any(c.isdigit() for c in core) or len(core) > 2:
            found.append(w)
    return found


def mark_uncertain(document: Document) -> None:
    """Set confidence, uncertain and raw on every figure of a page read by OCR (in place)."""
    pages = {p.page: p for p in document.ocr_pages}
    for figure in document.figures:
        loc = figure.location
        if loc is None or loc.page not in pages:
            continue
        block = document.blocks[loc.block_index] if 0 <= loc.block_index < len(
            document.blocks) else None
        area = block.location.bbox if block is not None else None
        if isinstance(block, Table):
            area = block.location.bbox
        words = _words_of(figure, pages[loc.page].words, area)
        digits = [w for w in words if any(c.isdigit() for c in w.text)]
        if not digits:
            continue
        figure.confidence = min(w.conf for w in digits)
        doubtful = [w for w in digits if w.uncertain]
        if doubtful:
            figure.uncertain = True
            raw = figure.text
            for w in doubtful:
                if w.raw is not None:
                    raw = raw.replace(w.text.strip("€%.,:;()"), w.raw.strip("€%.,:;()"), 1)
            figure.raw = raw
