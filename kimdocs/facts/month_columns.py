"""A plan with the months (or quarters) as columns, on a landscape page in narrow cells
(issue 19, probe round 5): "Kostenart | Jan. | Feb. | … | Dez. | Summe 2026". A month's amount
is a part of its row's line, never the year's amount of the line: the rules weigh per year the
largest amount of a line, so a month of 1.800 € would stand for Sachkosten of 21.600 € a year.
The month amounts become parts ("anteil", a role no rule reads as the line); a row without its
own total gets one, the sum of its months per Haushaltsjahr, as the year's amount. Such narrow
cells also break the line's word without a hyphen ("Persona lausgab en"): `line_of_cut_word`
reads it with the breaks closed."""

from __future__ import annotations

import re
from decimal import Decimal

from kimdocs.facts.model import Betrag, Fakten
from kimdocs.formatting import MONATE
from kimdocs.readers.document import Figure, Table

_MONTH_WORDS = sorted({m.casefold() for m in MONATE} | {m[:3].casefold() for m in MONATE}
                      | {"sept", "mär", "maerz"}, key=len, reverse=True)
# a column header that is one month, with a year where it has one: "Jan.", "März 2026",
# "Juli '26", "07/2026"
_MONTH_HEADER = re.compile(r"^\s*(?:(?:" + "|".join(map(re.escape, _MONTH_WORDS)) +
                           r")\.?(?:\s*['’]?\d{2,4})?|(?:0?[1-9]|1[0-2])\s*/\s*\d{2,4}|"
                           # a quarter: "I. Quartal 2026", "1. Qu.", "Q1/2026", "Quartal II"
                           r"(?:[IV]{1,3}|[1-4])\.\s*(?:quartal|qu\.?)(?:\s*\d{2,4})?|"
                           r"q[1-4](?:\s*/?\s*\d{2,4})?|quartal\s+(?:[IV]{1,3}|[1-4])(?:\s*\d{2,4})?)"
                           r"\s*$", re.IGNORECASE)
MIN_MONTHS = 2  # a row with fewer month columns is no monthly plan


def _in_table(ctx, fig: Figure):
    """An amount's place and its table, where it stands in a table cell right of the first
    column; else (its place, None)."""
    loc = fig.location
    if loc is None or loc.cell is None or not loc.cell[1]:
        return loc, None
    blocks = ctx.document.blocks
    table = blocks[loc.block_index] if 0 <= loc.block_index < len(blocks) else None
    return loc, table if isinstance(table, Table) else None


def month_rows(ctx, f: Fakten, made: list[tuple[Figure, Betrag]]) -> None:
    """The same for a plan with the months (or quarters) as rows ("Juli 2026 | 5.000,00 € |
    1.600,00 €"): per column and Haushaltsjahr the month amounts become parts, and a column
    without a total row gets the sum of its months."""
    columns: dict[tuple[int, int], list[tuple[Betrag, bool]]] = {}
    for fig, b in made:
        loc, table = _in_table(ctx, fig)
        if table is None or not table.rows[loc.cell[0]]:
            continue
        columns.setdefault((loc.block_index, loc.cell[1]), []).append(
            (b, bool(_MONTH_HEADER.match(table.rows[loc.cell[0]][0]))))
    for entries in columns.values():
        _to_parts(f, entries, -1)  # the sum is named by its column ("Personalausgaben")


def _to_parts(f: Fakten, entries: list[tuple[Betrag, bool]], named_by: int) -> None:
    """Amounts of one row (or column) of which those marked True are months: these become
    parts, and the months of a year without a total of their own get their sum, named by the
    part `named_by` of their label ("row / column")."""
    months = [b for b, is_month in entries if is_month and b.rolle != "anteil"]
    if len(months) < MIN_MONTHS:
        return
    totals = {b.jahr for b, is_month in entries if not is_month and b.summe}
    roles = {b.rolle for b in months}
    role = roles.pop() if len(roles) == 1 else None
    for b in months:
        b.rolle = "anteil"
    by_year: dict[int | None, list[Betrag]] = {}
    for b in months:
        by_year.setdefault(b.jahr, []).append(b)
    others = {b.rolle for b, is_month in entries if not is_month}
    for jahr, items in by_year.items():
        if jahr in totals or (None in totals and len(by_year) == 1) or role in others:
            continue  # the row states its total (or its own column of that role)
        first = items[0]
        label = first.bezeichnung.split(" / ")[named_by]
        f.betraege.append(Betrag(sum((b.wert for b in items), Decimal(0)), first.posten, role,
                                 jahr, f"{label} (Summe der Monate)", first.fundstelle, True))


def month_columns(ctx, f: Fakten, made: list[tuple[Figure, Betrag]]) -> None:
    """Turn the month amounts of each table row into parts and give a row without a total of
    its own the sum of its months per Haushaltsjahr (appended to `f.betraege`)."""
    rows: dict[tuple[int, int], list[tuple[Betrag, bool]]] = {}
    for fig, b in made:
        loc, table = _in_table(ctx, fig)
        if table is None:
            continue
        header = ctx.column_header(loc.block_index, table, loc.cell[1])
        rows.setdefault((loc.block_index, loc.cell[0]), []).append(
            (b, bool(_MONTH_HEADER.match(header))))
    for entries in rows.values():
        _to_parts(f, entries, 0)  # the sum is named by its row ("Sachausgaben")


_FRAGMENT = re.compile(r"(?<!\S)[a-zäöüß]{1,8}(?!\S)")


def closed_cut_words(label: str) -> str | None:
    """A label read with the breaks of a narrow cell closed ("Zuschus s Personal" →
    "zuschussspersonal"), where it shows such a break; else None."""
    if " " not in label or not any(m.start() for m in _FRAGMENT.finditer(label)):
        return None
    return label.casefold().replace(" ", "")


def line_of_cut_word(label: str, lines) -> str | None:
    """The line (of `lines`: (posten, words)) of a label whose word a narrow cell broke
    without a hyphen ("Persona lausgab en / Summe 2026", "Sachau sgaben") – before its total's
    word, as "Sachausgaben / Summe 2026" is the line's total: read with the breaks closed,
    only where a lower-case piece of at most eight letters after the first word shows such a
    break."""
    closed = closed_cut_words(label)
    if closed is None:
        return None
    for posten, words in lines:
        if any(w in closed for w in words):
            return posten
    return None
