"""Tables of case numbers (issue 19, probe round 4): a Jahresbericht counts Beratungsfälle per
Verbandsgemeinde, the topics of its counselling with Mehrfachnennungen, the share of women
among the counselled ("Anteil | 46 %"). Their figures are neither money nor staff: a "Gesamt"
row of counted persons need not be the sum of its rows (one person, several topics), and a
percent column is a share of the cases, not of a post. A table is one of them only where
nothing in it, over it or in the heading of its part speaks of money, and its columns or its
caption say what is counted."""

from __future__ import annotations

import re

# a column that counts: "Anzahl", "Beratungsfälle 2026", "Teilnehmende", "Nennungen"
_COUNTS = re.compile(r"anzahl|fälle\b|fallzahl|personen\b|teilnehmend|teilnehmer|nennungen|"
                     r"beratungen\b|kontakte\b|\bzahl\b", re.IGNORECASE)
# a caption or part heading of statistics
_STATISTICS = re.compile(r"mehrfachnennung|fallzahl|kennzahl|statistik|beratungsfälle|"
                         r"beratungsthemen|zahlen und fakten", re.IGNORECASE)
# any word of money: such a table's figures may be amounts (bare figures under "in EUR")
# (searched in lower case: a third of the cost of a search that ignores case)
_MONEY = re.compile(r"eur\b|€|euro|betrag|beträge|kosten|ausgaben|\bmittel|zuwendung|"
                    r"bewillig|verausgab|haushalt|finanz|zuschuss|förder|etat|budget")


def counts_column(header: str) -> bool:
    """The column's header names something counted, nothing of money."""
    return bool(_COUNTS.search(header)) and not _MONEY.search(header.lower())


def statistics_table(ctx, i: int, table, cells) -> bool:
    """A table of counted cases (see the module): no amount read in any cell, no word of
    money in a cell, its caption or its part's heading; a column header that counts, or a
    caption or part heading of statistics."""
    if any(g.kind == "betrag" for gs in cells.values() for g in gs):
        return False
    around = f"{ctx.section[i]} {ctx.caption[i]}"
    # (the cells joined by line breaks: one search, and no word of money spans two cells)
    cells_text = "\n".join(c for row in table.rows for c in row)
    if _MONEY.search(around.lower()) or _MONEY.search(cells_text.lower()):
        return False
    width = max((len(row) for row in table.rows), default=0)
    return bool(_STATISTICS.search(around)) or any(
        counts_column(ctx.column_header(i, table, c)) for c in range(1, width))
