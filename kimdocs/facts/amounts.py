"""An amount in a table cell: a figure with its unit, or a bare number under a header."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kimdocs.formatting import parse_number
from kimdocs.readers.figures import find_figures

_BARE = re.compile(r"\s*-?[\d.]+(,\d+)?(,-{1,2})?\s*")


def cell_amount(cell: str) -> Decimal | None:
    found = [m for m in find_figures(cell) if m.kind == "betrag"]
    return found[0].value if found else bare_amount(cell)


def bare_amount(cell: str) -> Decimal | None:
    """A number without unit (the header names it), never a year."""
    if not _BARE.fullmatch(cell) or re.fullmatch(r"\s*(19|20)\d{2}\s*", cell):  # a year, not an amount
        return None
    if re.search(r"\d", cell):
        try:
            return parse_number(cell.strip().rstrip("-").rstrip(","))
        except (InvalidOperation, ValueError):
            return None
    return None
