"""Holders whose own sentences date them one after another (issue 19, probe round 6): "Frau A
(1,0 VZÄ) ist zum 31.12.2025 ausgeschieden. … Seit dem 01.03.2026 ist Herr B mit 0,8 VZÄ
tätig." With equal shares staff_extent.merge_successive joins such parts into one; with different
shares they stay two parts – but their dates still say that they did not run at the same time,
so the dates are kept (KIM-103 counts the moments, the caps the months of each) instead of
leaving it open which parts ran together."""

from __future__ import annotations

import re
from datetime import date

from kimdocs.facts.model import Stellenanteil

# a staff table's column of dates ("von", "bis", "Beginn", "befristet bis"); a remark's dates
# ("ab 01.03.2027 Elternzeit bis 29.02.2028") say what happens later, not the part's own dates
_DATE_COLUMN = re.compile(r"^\W*(?:von|bis|ab|seit|beginn|ende|eintritt|austritt|befristet|"
                          r"besetzt\s+(?:ab|seit|bis)|zeitraum|laufzeit)\b", re.IGNORECASE)


def successive_by_sentence(parts: list[Stellenanteil], dated: set[int]) -> set[int]:
    """The ids of the parts dated by a sentence (`dated`) of which one ends before another
    begins: each such pair is kept with its dates. A part dated only at one end and joined to
    no other keeps no date (as before)."""
    own = [p for p in parts if id(p) in dated and not p.abschnitte]
    keep: set[int] = set()
    for p in own:
        for q in own:
            if p is not q and p.ende and q.beginn and p.ende < q.beginn:
                keep.update((id(p), id(q)))
    return keep


def in_date_columns(dates: list, header) -> tuple[list, list]:
    """A staff row's own dates – those in its date columns when the table has any, else all –
    and the others (issue 19, probe: a remark beside them, "ab 01.03.2027 Elternzeit bis
    29.02.2028", names a later leave or a successor)."""
    own = [g for g in dates if _DATE_COLUMN.search(header(g.location.cell[1]) or "")]
    return (own, [g for g in dates if g not in own]) if own else (dates, [])


def dates_from(known: Stellenanteil, again: Stellenanteil, prose: list[Stellenanteil]) -> None:
    """A holder named twice in sentences, once without dates ("Frau Kaya trat die Stelle
    (1,0 VZÄ) am 01.08.2026 an", two dates in one sentence), once with ("Aylin Kaya ist seit dem
    01.08.2026 … mit 1,0 VZÄ beschäftigt"): the dated sentence dates the part, so that it is
    told apart from the predecessor whose part ended before (blind17: a change of holder with
    a vacant month counted as two posts at once). A table's part keeps its own dates."""
    if known.beginn or known.ende or not any(known is q for q in prose):
        return
    known.beginn, known.ende = again.beginn, again.ende


def inside_period(part: Stellenanteil, fakten) -> bool:
    """A part's own date lies inside the document's period, after its start or before its end
    ("Frau Jule Sommer, 1,0 VZÄ, seit 01.04.2026" in the report for 2026, blind18): a post with
    no other part was held for part of the period only, so the date stays. The period is the
    document's, else the years its amounts are for."""
    period = fakten.zeitraum()
    if period is not None:
        first, last = period.beginn, period.ende
    else:
        years = [b.jahr for b in fakten.betraege if b.jahr]
        if not years:
            return False
        first, last = date(min(years), 1, 1), date(max(years), 12, 31)
    return bool((part.beginn and first < part.beginn <= last)
                or (part.ende and first <= part.ende < last))
