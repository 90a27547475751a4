"""Wholes and their parts in a cost table (issue 19, probe round): a whole stated before its
"davon" rows ("Gesamtausgaben 82.000 / davon Personalausgaben 60.000 / davon Sachausgaben
20.000"), a "davon" row that names a role under the line it splits ("Personalausgaben gesamt /
davon Zuwendung des Landes"), and a total named by a role ("Zuwendung insgesamt") that adds up
the rows of that role; the items of a line subtotal ("Summe Sachkosten"). Pure functions over
a table's rows; the amounts family (kimdocs.facts.amounts) passes its own readers of amounts,
totals and lines."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from kimdocs.readers.document import Heading, Table

# a total row named by a compound of what it totals: "Gesamtausgaben", "Gesamtkosten" (probe
# round 7: a plan without a "Gesamt" column whose only total is such a row)
_COST_TOTAL = re.compile(r"\bgesamt(?:ausgaben|kosten|aufwand|aufwendungen)\b", re.IGNORECASE)


_YEAR_CELL = re.compile(r"\s*(?:(?:Haushalts)?jahr\s+)?20\d{2}\s*", re.IGNORECASE)


def year_header(row: list[str]) -> bool:
    """A first row "Position (in EUR) | 2026 | Gesamt": its years are column names, no amounts
    (the bare "2026" under "in EUR" is no 2.026 EUR to add into a column's total)."""
    figures = [c for c in row[1:] if any(ch.isdigit() for ch in c)]
    return bool(figures) and all(_YEAR_CELL.fullmatch(c) for c in figures)


# a position column: "Pos.", "Nr.", "lfd. Nr." over "1", "2.1", "" (blind16)
_POSITION_HEAD = re.compile(r"\s*(?:pos(?:ition)?\.?|nr\.?|lfd\.\s*nr\.?|ziffer)\s*", re.IGNORECASE)
_POSITION = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\))?\s*")


def labelled_rows(rows: list[list[str]]) -> list[list[str]]:
    """The rows with each label in the first cell: a table whose first column only numbers its
    rows ("Pos. | Bez. | Betrag": "1 | PK | 60.000", " | Zwischensumme SK | 14.000") has its
    labels in the second; else the rows as they are."""
    if not rows or len(rows[0]) < 3 or not _POSITION_HEAD.fullmatch(rows[0][0]) or not all(
            _POSITION.fullmatch(row[0]) for row in rows[1:] if row):
        return rows
    return [[row[1], *row[1:]] if row and len(row) > 1 else row for row in rows]


def cost_total(label: str) -> bool:
    """A table row "Gesamtausgaben | 80.000,00 €": the sum of the cost items above it."""
    return bool(_COST_TOTAL.search(label))

# a total named by who pays, not by what is paid: "Zuwendung insgesamt", "Eigenmittel gesamt"
_ROLE_WORD = re.compile(r"zuwendung|zuschuss|förderung|eigenmittel|eigenanteil|drittmittel",
                        re.IGNORECASE)
_DAVON = re.compile(r"^\W*(?:davon|hiervon|darunter)\b", re.IGNORECASE)
_COST_LINES = ("personal", "sach", "overhead")


def is_part_row(head: str) -> bool:
    """A row that splits the row above it: "davon Sachausgaben", "hiervon Eigenmittel"."""
    return bool(_DAVON.match(head))


def corner_line(rows: list[list[str]], corner: str,
                line_of: Callable[[str], str | None]) -> str | None:
    """The cost line of a table whose corner cell names it ("Sachkosten | verausgabt") and
    whose rows name no line, only its items and their sum ("Fortbildung", "Sprachmittlung",
    "Summe"): every row is of that line, the "Summe" its total (blind7). Not where another
    header cell names a line ("Personalkosten | Sachkosten | Summe": the corner is a column's)."""
    line = line_of(corner)
    if line not in ("personal", "sach") or not rows or any(line_of(c) for c in rows[0][1:]) \
            or any(row and line_of(row[0]) not in (None, "gesamt") for row in rows[1:]):
        return None
    return line


def parent_line(rows: list[list[str]], r_index: int,
                line_of: Callable[[str], str | None]) -> str | None:
    """The cost line a "davon" row without a line of its own splits: "Personalausgaben gesamt
    71.200 / davon Zuwendung des Landes 60.000" – the 60.000 are Personalausgaben."""
    if not (0 <= r_index < len(rows)) or not rows[r_index] or not is_part_row(rows[r_index][0]):
        return None
    for k in range(r_index - 1, -1, -1):
        head = rows[k][0] if rows[k] else ""
        if not is_part_row(head):
            line = line_of(head)
            return line if line in _COST_LINES else None
    return None


# words that make a "davon" row the grant's part ("davon gefördert", "davon Zuwendung")
_GRANT = re.compile(r"zuwendung|zuweisung|zuschuss|förder|kim-mittel|landesmittel|bewillig",
                    re.IGNORECASE)


def whole_of_line_part(rows: list[list[str]], r_index: int) -> str | None:
    """The label of the whole a "davon <line>" row splits by cost line ("Gesamtausgaben /
    davon Personalausgaben"): that row has the whole's role, not the grant's (issue 19,
    probe). None where the row is no such part or names the grant itself."""
    head = rows[r_index][0] if 0 <= r_index < len(rows) and rows[r_index] else ""
    if not is_part_row(head) or _GRANT.search(head):
        return None
    for k in range(r_index - 1, -1, -1):
        parent = rows[k][0] if rows[k] else ""
        if not is_part_row(parent):
            return None if _GRANT.search(parent) else parent
    return None


def role_items(rows, values, totals, header_rows: int, r_index: int, c: int) -> Decimal | None:
    """A total named by a role ("Zuwendung insgesamt") adds up the rows above it of that role,
    also a "davon Zuwendung" under a whole ("Personalausgaben gesamt 71.200 / davon Zuwendung
    60.000 / davon Eigenmittel 11.200 / Sachausgaben (Zuwendung) 20.000" → 80.000); None where
    the total names no role or fewer than two rows carry it."""
    role = _ROLE_WORD.search(rows[r_index][0]) if rows[r_index] else None
    if role is None:
        return None
    word = role.group(0).casefold()
    items = [values[k][c] for k in range(header_rows, r_index) if not totals[k]
             and values[k][c] is not None and rows[k] and word in rows[k][0].casefold()]
    return sum(items, Decimal(0)) if len(items) >= 2 else None


def sums_before_parts(rows: list[list[str]], values: list[list[Decimal | None]],
                      is_total: Callable[[str], bool], line_of: Callable[[str], str | None]
                      ) -> list[tuple[int, int, Decimal, Decimal]]:
    """Wholes stated before their parts: (row, column, the whole, the sum of its parts). Only
    where two or more "davon" rows right under the whole are all cost lines (Personal-, Sach-,
    Overhead): a breakdown by line adds up to the whole; one by who pays or by what is eligible
    need not."""
    out = []
    width = max((len(r) for r in rows), default=0)
    for r_index, row in enumerate(rows):
        if not row or is_part_row(row[0]) or not is_total(row[0]):
            continue
        parts = []
        for k in range(r_index + 1, len(rows)):
            if not rows[k] or not is_part_row(rows[k][0]):
                break
            parts.append(k)
        if len(parts) < 2 or any(line_of(rows[k][0]) not in _COST_LINES for k in parts):
            continue
        for c in range(1, width):
            stated = values[r_index][c]
            items = [values[k][c] for k in parts]
            if stated is not None and all(v is not None for v in items):
                out.append((r_index, c, stated, sum(items, Decimal(0))))  # type: ignore[arg-type]
    return out


def loose_items(ctx, i: int) -> list[Decimal]:
    """The amounts of the paragraphs between the heading before table `i` and the table (a
    line that is only an amount is no heading, however a PDF reader took it)."""
    out: list[Decimal] = []
    k = i - 1
    while k >= 0 and not isinstance(ctx.document.blocks[k], Table):
        block = ctx.document.blocks[k]
        found = [g for g in ctx.by_block.get(k, ()) if g.kind == "betrag"]
        if isinstance(block, Heading) and not (
                len(found) == 1 and found[0].text.strip() == block.text.strip()):
            break
        out += [g.value for g in found]
        k -= 1
    return out


# --- line subtotals ("Summe Sachkosten") -----------------------------------------------------

LINES = ("personal", "sach", "eigenanteil", "overhead")  # the lines a subtotal may name


def line_items(rows: list[list[str]], values: list[list[Decimal | None]], totals: list[bool],
               header_rows: int, r_index: int, c: int,
               line_of: Callable[[str], str | None]) -> list[Decimal]:
    """The items of the line a subtotal names ("Summe Sachkosten"), since the last sum above
    it: rows of that line or of no line (a Sachkosten item without a line word), never a row
    of another line (the Personalkosten row over the Sachkosten items). Overhead counts with
    the Sachkosten it is claimed among."""
    line = line_of(rows[r_index][0])
    if line not in LINES:
        return []
    own = {line, None, "overhead"} if line == "sach" else {line, None}
    out = []
    for k in range(r_index - 1, header_rows - 1, -1):
        if totals[k]:
            break
        if values[k][c] is not None and rows[k] and line_of(rows[k][0]) in own:
            out.append(values[k][c])
    return out


def outside_subtotals(rows: list[list[str]], values: list[list[Decimal | None]],
                      totals: list[bool], header_rows: int, r_index: int, c: int,
                      line_of: Callable[[str], str | None],
                      is_subtotal: Callable[[str], bool]) -> Decimal:
    """The items above a total that no subtotal of their own line sums up (a Personalkosten
    row above "Sachkosten zusammen" in a column where only the subtotals are filled in): with
    the subtotals, what a grand total adds (blind6, after its first run)."""
    out, below = Decimal(0), None  # the line of the first subtotal under the row
    for k in range(r_index - 1, header_rows - 1, -1):
        if totals[k]:
            below = line_of(rows[k][0]) if is_subtotal(rows[k][0]) else None
            continue
        line = line_of(rows[k][0]) if rows[k] else None
        if values[k][c] is not None and (below is None or line not in (below, None)):
            out += values[k][c]
    return out


_SUM_WORD = re.compile(r"gesamt|summe", re.IGNORECASE)


def grand_total(bezeichnung: str, summe: bool) -> bool:
    """Is an amount a plan's total of its costs (not its financing)? Its row names a sum
    ("Gesamtausgaben / 2026", "Summe der Ausgaben"), a year's row names it in its column
    ("2026 / Gesamt"), or it is a stated sum of a line of text; a row of one position in the
    column "Gesamt" ("Stelle 4-50-113 (S 12/4) / Gesamt", issue 19 probe round 5) is no total
    of the plan."""
    if "finanzierung" in bezeichnung.casefold():
        return False
    row, cell, column = bezeichnung.partition(" / ")
    if not cell:
        return summe or bool(_SUM_WORD.search(row))
    # a year's row ("2026 | Personal | Sach | Gesamt"): its total stands in the column
    return bool(_SUM_WORD.search(row) or (_YEAR_ROW.search(row) and _SUM_WORD.search(column)))


_YEAR_ROW = re.compile(r"\b(?:19|20)\d{2}\b")


# a column of differences between two others ("bewilligt | verausgabt | Abweichung", blind31):
# each of its cells is derived from its row, and a row may leave it out ("–" where a line has
# no Bescheid amount) – its total is the difference of the other columns' totals
_DIFFERENCE_HEAD = re.compile(r"abweichung|differenz|\bdiff\.|mehr-?\s*/\s*minder|\+\s*/\s*[-–]|"
                              r"veränderung|unterschied", re.IGNORECASE)


def difference_readings(head: str, row: list[Decimal | None], c: int) -> set[Decimal]:
    """For a total in a difference column `c` (its header `head`): the differences of the
    totals beside it in the same row, either way round; none for any other column."""
    if not _DIFFERENCE_HEAD.search(head):
        return set()
    others = [v for k, v in enumerate(row) if k and k != c and v is not None]
    return {a - b for a in others for b in others if a is not b}
