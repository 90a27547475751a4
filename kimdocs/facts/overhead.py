"""Overhead (Gemeinkosten, Verwaltungskostenpauschale, …): the one test whether a text names
overhead, with the guideline's words (`parameter.overhead_begriffe`). The fact layer reads
overhead items with it and the calculator leaves the same items out of the eligible
Sachausgaben, so the finding (KIM-107) and the grant always agree."""

from __future__ import annotations

import re
from functools import lru_cache

from kimdocs.guideline import Richtlinie

_SPACES_AND_HYPHENS = re.compile(r"[\s\u00ad-]+")


@lru_cache(maxsize=8192)  # the same section titles, captions and labels come back per amount
def compact(text: str) -> str:
    """Without spaces and hyphens: "Verwaltungskostenuml age" (a PDF cell broken mid-word)."""
    return _SPACES_AND_HYPHENS.sub("", text.casefold())


@lru_cache(maxsize=64)
def overhead_search(terms: tuple[str, ...]):
    """One search for any of the terms in compact form (faster than testing them in turn)."""
    words = sorted({compact(t) for t in terms if compact(t)}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))).search if words else (lambda _: None)


def is_overhead_text(text: str, terms: list[str] | tuple[str, ...]) -> bool:
    return overhead_search(tuple(terms))(compact(text)) is not None


def is_overhead(text: str, richtlinie: Richtlinie) -> bool:
    """Does `text` (a cost item's label) name overhead under this guideline?"""
    return is_overhead_text(text, tuple(t.casefold() for t in richtlinie.parameter.overhead_begriffe))
