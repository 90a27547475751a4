"""What a table column says of the roles of its amounts (issue 19): a column whose stated
total adds up its items and whose rows name a grant is a grant column (blind19), and in a
report a column of the plan beside a column of what was spent ("Plan | Ist", blind25) holds
the plan, whatever its rows' labels say of the grant."""

from __future__ import annotations

import re
from decimal import Decimal

from kimdocs.facts.amounts_parts import spent_header
from kimdocs.facts.model import Betrag, Fakten
from kimdocs.facts.table_parts import is_part_row
from kimdocs.readers.document import Table

# a column of the plan: "Plan", "Soll", "Plan 2026", "Ansatz", "Haushaltsansatz", "Planwerte"
_PLAN_HEADER = re.compile(r"\s*(?:plan(?:[- ]?werte?|ansatz)?|soll(?:[- ]?werte?)?|"
                          r"(?:haushalts)?ansatz)\s*((19|20)\d{2})?\s*:?\s*", re.IGNORECASE)
_SPENT_WORDS = re.compile(r"verausgabt|ist-ausgaben|ist-kosten|tatsächlich", re.IGNORECASE)
_REPORTS = ("jahresbericht", "verwendungsnachweis")


def plan_beside_spent(ctx, index: int, table: Table, cell: tuple[int, int]) -> bool:
    """A report's column headed "Plan" (or "Soll", "Ansatz") in a table that has a column of
    what was spent ("Ist", "verausgabt"): its amounts are the plan, not the grant a row label
    names ("Sachkosten (aus Fördermitteln) | Plan | Ist": the 20.000 € of the plan are neither
    the Zuwendung nor spent; blind25). Not a row that splits the one above it ("davon
    Zuwendung des Landes"): that is the grant's part of the line."""
    header = ctx.column_header(index, table, cell[1])
    row = table.rows[cell[0]]
    if ctx.art not in _REPORTS or not header or not _PLAN_HEADER.fullmatch(header) or \
            (row and is_part_row(row[0])):
        return False
    headers = [ctx.column_header(index, table, c) for c in range(1, max(map(len, table.rows)))]
    return any(h != header and (spent_header(h) or _SPENT_WORDS.search(h)) for h in headers)


def _row_label(table: Table, b: Betrag) -> str:
    r = b.fundstelle.zelle[0] if b.fundstelle and b.fundstelle.zelle else -1
    return table.rows[r][0] if 0 <= r < len(table.rows) and table.rows[r] else ""


def column_roles(blocks, f: Fakten, classify_role) -> None:
    """A column whose stated total adds up its items and whose rows name a grant
    ("Personalkostenzuschuss", "Beantragte Zuweisung gesamt") is a grant column: its items
    without a role word of their own are grant items too (not planned costs).
    `classify_role`: kimdocs.facts.amounts' reading of role words (amounts imports this
    module)."""
    by_cell: dict[tuple[int, int], list[Betrag]] = {}
    for b in f.betraege:
        fs = b.fundstelle
        if fs is not None and fs.zelle is not None and fs.block is not None:
            by_cell.setdefault((fs.block, fs.zelle[1]), []).append(b)
    for (index, _col), column in by_cell.items():
        table = blocks[index]
        if not isinstance(table, Table):
            continue
        totals = [b for b in column if b.summe]  # the last is the whole, those above
        items = [b for b in column if not b.summe]  # it subtotals ("Zwischensumme", blind19)
        if not totals or len(items) < 2 or \
                totals[-1].wert != sum((b.wert for b in items), Decimal(0)):
            continue
        items += totals[:-1]
        own = {classify_role(_row_label(table, b)) for b in column}
        grant = [x for x in ("beantragt", "zuwendung") if x in own]
        if not grant:
            continue
        for b in items:
            if b.rolle in (None, "geplant") and classify_role(_row_label(table, b)) is None:
                b.rolle = grant[0]
