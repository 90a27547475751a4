"""The dates of a staff table's row (issue 19): when its part begins and ends ("ab", "bis", a
span "01.01.2026 – 30.06.2026" in one cell), and a leave the row names with its span ("31.12.2026
(Elternzeit 01.05.–31.10.2026)", blind25). A holder on parental leave is not paid from the post
while away: her part is the time before the leave and the time after it, and the stand-in who
holds the share during the leave follows her on it (staff_extent.merge_successive) – never the
two added up over the same months, and the leave's end is not the end of her part."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kimdocs.facts.model import Stellenanteil
from kimdocs.facts.staff_notation import yearless_start

_ENDS_BEFORE = re.compile(r"\b(ende|bis|befristet|austritt)\W*$")
_RANGE_BEFORE = re.compile(r"\d\s*[–—-]\s*$")
_BEGINS_BEFORE = re.compile(r"\b(ab|seit|beginn)\W*$")
_END_LABEL = re.compile(r"\b(ende|bis|befristet|austritt)")
# a leave with its span in one cell: "Elternzeit 01.05.–31.10.2026", "(in Elternzeit vom
# 01.05.2026 bis 31.10.2026)", "Mutterschutz/Elternzeit: 01.05.2026 - 31.10.2026"; a clerk's
# "EZ 01.04.–30.09." beside "01.01.–31.03.26, 01.10.–31.12.26" (blind32: the year from the row)
_D = r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2}(?!\d))?"
_LEAVE_SPAN = re.compile(r"(?:\b(?:elternzeit|mutterschutz|beurlaubung|beurlaubt|sonderurlaub)\b|"
                         r"(?-i:\bEZ\b)(?!-))"
                         r"[^\d()]{0,20}?" + _D + r"\s*(?:[–—-]|bis(?:\s+zum)?)\s*" + _D,
                         re.IGNORECASE)


def row_dates(dates: list, header, row: list[str]) -> tuple[date | None, date | None]:
    """A staff row's begin and end among `dates`: "bis 30.06.2026" or an end column ends
    the part, "ab 01.02.2026" begins it. `header(c)`: the header of column c, if any."""
    beginn = ende = None
    for g in dates:
        # the column's header where it has one: another cell's words ("unbesetzt
        # (Ausschreibung bis 15.12.2025)") do not make a "Beginn" date an end (blind7)
        label = (header(g.location.cell[1]) or g.label).casefold()
        cell = row[g.location.cell[1]]
        just_before = cell[:cell.find(g.text)][-16:].casefold()
        # "01.01.2026 – 30.06.2026" in one cell: the second date ends the part
        if _ENDS_BEFORE.search(just_before) or (
                beginn is not None and _RANGE_BEFORE.search(just_before)) or (
                not _BEGINS_BEFORE.search(just_before) and _END_LABEL.search(label)):
            ende = g.value
        elif yearless_start(just_before, g.value):  # "01.01.–31.12.2026"
            beginn, ende = beginn or yearless_start(just_before, g.value), g.value
        else:
            beginn = beginn or g.value
    return beginn, ende


_ROW_YEAR = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?(\d{4}|\d{2})(?!\d)")


def _year(written: str | None, row: list[str]) -> int | None:
    """A year as written ("2026", "26"), else the one year the row's other dates name."""
    if written is None:
        years = {y for cell in row for y in _ROW_YEAR.findall(cell)}
        years = {int(y) % 100 for y in years}
        if len(years) != 1:
            return None
        written = str(years.pop())
    return int(written) + (2000 if len(written) <= 2 else 0)


def leave_in_row(row: list[str]) -> tuple[date, date, int, int] | None:
    """The leave a row's cell names with its span: (first day, last day, column, where its
    text begins in the cell), or None."""
    for c, cell in enumerate(row):
        m = _LEAVE_SPAN.search(cell)
        if m is None:
            continue
        if (end_year := _year(m.group(6), row)) is None:
            return None
        try:
            end = date(end_year, int(m.group(5)), int(m.group(4)))
            start = date(_year(m.group(3), row) if m.group(3) else end.year,
                         int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
        return (start, end, c, m.start()) if start <= end else None
    return None


def outside_leave(dates: list, row: list[str], leave) -> list:
    """The date figures of a row that are not the leave's own (those in its cell after the
    leave's word)."""
    if leave is None:
        return dates
    _, _, col, at = leave
    return [g for g in dates if not (g.location.cell[1] == col
                                     and row[col].find(g.text) >= at)]


def around_leave(part: Stellenanteil, leave) -> list[Stellenanteil]:
    """The part before the leave and the part after it (each where the part runs then)."""
    if leave is None:
        return [part]
    start, end = leave[0], leave[1]
    if (part.beginn and part.beginn > end) or (part.ende and part.ende < start):
        return [part]  # the leave lies outside the part's own time
    out = []
    if part.beginn is None or part.beginn < start:
        out.append(replace(part, ende=start - timedelta(days=1),
                           fundstellen=list(part.fundstellen)))
    if part.ende is None or part.ende > end:
        out.append(replace(part, beginn=end + timedelta(days=1),
                           fundstellen=list(part.fundstellen)))
    return out or [part]
