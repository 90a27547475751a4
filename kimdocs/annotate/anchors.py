"""Where a mark goes, in terms of the read Document: shared by the three formats.

A Fundstelle names a block (index in `Document.blocks`), perhaps a table cell. A missing
part's Fundstelle names the part before it ("erwartet nach „2. Personal“"): the part is
expected at the end of that part's section, so the mark goes on the section's last block.
"""

from __future__ import annotations

from kimdocs.readers.document import Document, Heading


def anchor_block(document: Document | None, mark) -> int | None:
    """The block index to mark, or None (then the formats look for the quoted text)."""
    f = mark.fundstelle
    if f.block is None or document is None or not 0 <= f.block < len(document.blocks):
        return f.block
    if not mark.missing:
        return f.block
    block = document.blocks[f.block]
    if isinstance(block, Heading):
        under = document.blocks_under(block)
        if under:
            return under[-1].location.block_index
    return f.block


def needles(text: str) -> list[str]:
    """What to look for when a Fundstelle has no block: the quoted text, and for a figure
    ("Sachkosten: 25.000,00 EUR") the figure alone."""
    text = " ".join(text.split())
    out = [text] if text else []
    if ": " in text:
        tail = text.rsplit(": ", 1)[1]
        if len(tail) >= 4:
            out.append(tail)
    return out
