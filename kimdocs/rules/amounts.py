"""An amount in a table cell: a figure with its unit, or a bare number under a header."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation


def cell_amount(cell: str) -> Decimal | None:
    from ..readers.figures import find_figures, parse_number

    found = [m for m in find_figures(cell) if m.kind == "betrag"]
    if found:
        return found[0].value
    if re.fullmatch(r"\s*(19|20)\d{2}\s*", cell):  # a year, not an amount
        return None
    bare = re.fullmatch(r"\s*-?[\d.]+(,\d+)?(,-{1,2})?\s*", cell)
    if bare and re.search(r"\d", cell):
        try:
            return parse_number(cell.strip().rstrip("-").rstrip(","))
        except (InvalidOperation, ValueError):
            return None
    return None
