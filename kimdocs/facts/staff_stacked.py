"""Several holders stacked in one row of a staff table (issue 19, probe round 6): the name
cell holds two people one line below the other and the share cell their two shares ("Frau A
/ Frau B | 0,6 VZÄ / 0,4 VZÄ" – in a PDF the lines come as one text, "0,6 VZÄ 0,4 VZÄ"). The
row is one part per holder, paired in the order they stand; where the number of shares and
of named people differ, it is unknown whose share is whose, and the row is unreadable (never
the first share read as the row's and the others dropped)."""

from __future__ import annotations

from kimdocs.facts.staff_notation import PERSON, week_in_cell
from kimdocs.facts.text import PROSE_CELL


def stacked_shares(row: list[str], found: list) -> list | None:
    """The share figures of a row whose one cell holds two or more shares of one kind (VZÄ,
    or hours that are not the regular week), or None for an ordinary row."""
    by_cell: dict[tuple[int, str], list] = {}
    for g in found:
        if g.kind not in ("vzae", "stunden") or g.location is None or not g.location.cell:
            continue
        if g.kind == "stunden" and week_in_cell(row, g):
            continue
        by_cell.setdefault((g.location.cell[1], g.kind), []).append(g)
    stacked = [gs for gs in by_cell.values() if len(gs) >= 2]
    return stacked[0] if len(stacked) == 1 else None


def stacked_holders(row: list[str], shares: list) -> list[str] | None:
    """The holders named in the row's cells (in order), one per share, or None when their
    number is not the number of shares."""
    names = [m.group(0) for cell in row if len(cell) <= PROSE_CELL for m in PERSON.finditer(cell)]
    names = list(dict.fromkeys(" ".join(n.split()) for n in names))
    return names if len(names) == len(shares) else None
