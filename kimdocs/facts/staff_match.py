"""Whether two staff parts stand in one place, or two names name one person."""

from __future__ import annotations

import re

from kimdocs.facts.model import Stellenanteil

_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w\-]+")


def same_place(p: Stellenanteil, q: Stellenanteil) -> bool:
    a, b = p.fundstellen[:1], q.fundstellen[:1]
    return bool(a and b) and (a[0].block, a[0].zelle) == (b[0].block, b[0].zelle)


def same_person(a: str, b: str) -> bool:
    generic = {"Frau", "Herr", "Herrn", "Dr", "Stelle", "Vakanz", "N"}
    wa = {w for w in _NAME_WORD.findall(a) if w not in generic}
    wb = {w for w in _NAME_WORD.findall(b) if w not in generic}
    return bool(wa & wb)
