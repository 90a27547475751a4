"""The columns of a table whose bare numbers are money though no header names a unit (issue
19): whole euros with a dash for the cents ("63.500,--"), grouped thousands with cents
("10.000,00"), and a year's column of a terse plan's cost lines ("PK | 55.000" under "2026").
A column found so reads its other bare amounts as money too ("36.912,40" beside "36.000,--")."""

from __future__ import annotations

import re

UNIT_IN_HEADER = re.compile(r"(T€|TEUR|Tsd\.)|(€|\bEUR\b|\bEuro\b)|(VZÄ|VZA\b)|(%)", re.IGNORECASE)
# whole euros written with a dash for the cents ("63.500,--", "12.000,–"): money, in any column
MONEY_DASH = re.compile(r"\d,(?:-{1,2}|\u2013)[\s\u00a0]*$")
# grouped thousands and cents: no share, hours or percent is written so
_GROUPED_CENTS = re.compile(r"[\s\u00a0]*\d{1,3}(?:\.\d{3})+,\d{2}[\s\u00a0]*$")

# a terse plan without any unit: cost lines ("PK", "SK", "Summe") under Haushaltsjahre
# ("| mtl. | Mon. | 2026" over "PK | 5.000 | 11 | 55.000", blind32); only a year's column holds
# the year's amounts (a monthly amount or a count of months beside it stays unread)
_YEAR_HEAD = re.compile(r"[\s\u00a0]*(?:HHJ\s*|Haushaltsjahr\s*)?(?:19|20)\d{2}\b[^\d]{0,25}$", re.IGNORECASE)
_COST_ROW = re.compile(r"^\W*(?:PK|SK|EM)\b|personal|sach|summe|gesamt", re.IGNORECASE)
_GROUPED = re.compile(r"[\s\u00a0]*\d{1,3}(?:\.\d{3})+(?:,\d{2})?[\s\u00a0]*$")


def _cost_year_columns(rows: list[list[str]]) -> set[int]:
    """The columns under a year whose cells in cost lines are grouped bare amounts (two at
    least in the table, and a Personal- or Sachkosten line among the rows)."""
    if len(rows) < 3 or UNIT_IN_HEADER.search(" ".join(rows[0])):
        return set()
    years = {c for c, head in enumerate(rows[0]) if c and _YEAR_HEAD.match(head)}
    lines = [row for row in rows[1:] if row and _COST_ROW.search(row[0])]
    if not years or not any(re.search(r"^\W*(?:PK|SK)\b|personal|sach", row[0], re.IGNORECASE)
                            for row in lines):
        return set()
    hits = [c for row in lines for c in years if c < len(row) and _GROUPED.match(row[c])]
    return set(hits) if len(hits) >= 2 else set()


def money_columns(rows: list[list[str]]) -> set[int]:
    """The columns that hold money by their cells' notation (see the module's head)."""
    # a column with whole euros written "36.000,--" holds money: its "36.912,40" too (blind9)
    found = {c for row in rows for c, cell in enumerate(row) if MONEY_DASH.search(cell)}
    # so does a column of bare amounts with grouped thousands and cents ("10.000,00" under a
    # corner without unit: "| 2025 | 2026" over "PK | 10.000,00 | 50.000,00", blind32); two
    # such cells at least
    grouped = [c for row in rows[1:] for c, cell in enumerate(row) if c and _GROUPED_CENTS.match(cell)]
    if len(grouped) >= 2:
        found |= set(grouped)
    return found | _cost_year_columns(rows)
