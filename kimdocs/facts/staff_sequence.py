"""Holders whose own sentences date them one after another (issue 19, probe round 6): "Frau A
(1,0 VZÄ) ist zum 31.12.2025 ausgeschieden. … Seit dem 01.03.2026 ist Herr B mit 0,8 VZÄ
tätig." With equal shares staff_extent.merge_successive joins such parts into one; with different
shares they stay two parts – but their dates still say that they did not run at the same time,
so the dates are kept (KIM-103 counts the moments, the caps the months of each) instead of
leaving it open which parts ran together."""

from __future__ import annotations

from kimdocs.facts.model import Stellenanteil


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
