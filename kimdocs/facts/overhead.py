"""Overhead (Gemeinkosten, Verwaltungskostenpauschale, …): the one test whether a text names
overhead, with the guideline's words (`parameter.overhead_begriffe`). The fact layer reads
overhead items with it and the calculator leaves the same items out of the eligible
Sachausgaben, so the finding (KIM-107) and the grant always agree. Below the test, the family
of facts that collects the overhead a document claims (a row or a sentence with an amount)."""

from __future__ import annotations

import re
from functools import lru_cache

from kimdocs.facts.context import Family, Passage
from kimdocs.facts.model import Erwaehnung, Fakten
from kimdocs.facts.text import SENTENCE, holds_any
from kimdocs.guideline import Richtlinie
from kimdocs.readers.document import Table


@lru_cache(maxsize=8192)  # the same section titles, captions and labels come back per amount
def compact(text: str) -> str:
    """Without spaces and hyphens: "Verwaltungskostenuml age" (a PDF cell broken mid-word)."""
    return squeezed(text.casefold())


def squeezed(low: str) -> str:
    """A casefolded text without spaces and hyphens (`str.split()` drops the same white space
    as the pattern `\\s` – both ask `str.isspace` –, at a third of its cost)."""
    return "".join(low.replace("-", "").replace("\u00ad", "").split())


@lru_cache(maxsize=64)
def overhead_search(terms: tuple[str, ...]):
    """Does a text in compact form hold any of the terms? A substring test per term, the
    terms grouped by their first six letters: a group whose six letters the text does not
    hold is passed over whole (cheaper than one search for all the terms)."""
    groups: dict[str, list[str]] = {}
    for word in sorted({compact(t) for t in terms if compact(t)}, key=len):
        groups.setdefault(word[:6], []).append(word)
    wanted = tuple((head, tuple(words)) for head, words in groups.items())

    def search(text: str) -> bool:
        for head, words in wanted:
            if head in text:
                for word in words:
                    if word in text:
                        return True
        return False
    return search


def is_overhead_text(text: str, terms: list[str] | tuple[str, ...]) -> bool:
    return overhead_search(tuple(terms))(compact(text))


# a cost of central units charged to the post: "anteilige Kosten von Personalamt, Kämmerei und
# IT (pauschal 8 %)", "Umlage Hauptamt" (issue 19, probe); the units are the guideline's
# parameter.overhead_stellen. One unit with a share of the post ("Personalkosten der Stelle im
# Hauptamt, anteilig 0,5 VZÄ") is the post's place, not overhead: it takes an allocation word
# or several units
_CHARGED = re.compile(r"\banteilig|\bpauschal|umlage|umgelegt|verrechn|zuschlag|"
                      r"\banteil\s+(?:an|der|des)\b", re.IGNORECASE)
_CHARGED_WORDS = ("anteil", "pauschal", "umlage", "umgelegt", "verrechn", "zuschlag")
_ALLOCATED = re.compile(r"umlage|umgelegt|verrechn|zuschlag", re.IGNORECASE)
_COSTS = re.compile(r"kosten|ausgaben|umlage|zuschlag|verrechn", re.IGNORECASE)


def charges_central(text: str, units: tuple[str, ...], low: str | None = None) -> bool:
    """Does `text` charge the post a share of central units' costs? ("Die Stelle ist zu 50 %
    anteilig dem Hauptamt zugeordnet" names no cost.) `low`: the text casefolded, where the
    caller has it."""
    if not units or not holds_any(text.casefold() if low is None else low, _CHARGED_WORDS):
        return False
    if not _CHARGED.search(text) or not _COSTS.search(text):
        return False
    low = compact(text)
    named = sum(compact(u) in low for u in units)
    return named >= 2 or (named == 1 and bool(_ALLOCATED.search(text)))


def is_overhead(text: str, richtlinie: Richtlinie) -> bool:
    """Does `text` (a cost item's label) name overhead under this guideline?"""
    p = richtlinie.parameter
    return is_overhead_text(text, tuple(t.casefold() for t in p.overhead_begriffe)) or \
        charges_central(text, tuple(t.casefold() for t in p.overhead_stellen))


# --- the overhead a document claims --------------------------------------------------------

_NEGATION = re.compile(r"\b(nicht|kein\w*|ohne|entf[aä]ll\w*)\b", re.IGNORECASE)
_NON_ZERO = re.compile(r"[1-9]")
_CLOSED = (".", "!", "?", ":", ";", ")")  # at the end of a text, before white space


class Overhead(Family):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.search = overhead_search(ctx.terms)  # any overhead word, in compact form
        # the overhead sentence at the end of the last paragraph, without an amount and
        # without closing punctuation: a reader may have broken it (issue 19 class 6)
        self.open: tuple[int, str] | None = None

    def passage(self, f: Fakten, p: Passage) -> None:
        pending, self.open = self.open, None
        if pending and p.kind == "paragraph" and p.index == pending[0] + 1:
            first = SENTENCE.split(p.text, 1)[0]
            money = [g.text for g in p.figures if g.kind in ("betrag", "prozent")]
            whole = f"{pending[1]} {first}"
            if any(m in first for m in money) and not _NEGATION.search(whole):
                f.overhead.append(Erwaehnung(whole, self.ctx.at(p.location, whole)))
        if self.search(squeezed(p.low)) or charges_central(p.text, self.ctx.central, p.low):
            money = [g.text for g in p.figures if g.kind in ("betrag", "prozent")]
            last = SENTENCE.split(p.text)[-1]
            if p.kind == "paragraph" and not last.rstrip().endswith(_CLOSED) \
                    and self._names(last) and not any(m in last for m in money):
                self.open = (p.index, last)
            for sentence in SENTENCE.split(p.text):
                # claimed only with an amount or a rate: "Fachbereich 1 (Querschnittsdienste)"
                # or "seit 2024" is no cost
                # one denied ("… wird nicht geltend gemacht") is kept as such: its amount is
                # no claim either (kimdocs.rules.money)
                if self._names(sentence) and any(m in sentence for m in money):
                    f.overhead.append(Erwaehnung(sentence, self.ctx.at(p.location, sentence),
                                                 verneint=bool(_NEGATION.search(sentence))))

    def _names(self, text: str) -> bool:
        """Overhead in the guideline's words, or central units' costs charged to the post."""
        return is_overhead_text(text, self.ctx.terms) or charges_central(text, self.ctx.central)

    def row(self, f: Fakten, i: int, table: Table, r: int, cells) -> None:
        # an overhead row with a non-zero amount or rate
        row = table.rows[r]
        if row and (is_overhead_text(row[0], self.ctx.terms) or charges_central(
                row[0], self.ctx.central)) and not _NEGATION.search(" ".join(row)):
            if any(g.kind in ("betrag", "prozent") and g.value != 0
                   for c in range(len(row)) for g in cells.get((r, c), [])) or any(
                    _NON_ZERO.search(c) for c in row[1:]):
                text = " | ".join(row)
                f.overhead.append(Erwaehnung(text, self.ctx.at(table.location.in_cell(r, 0), text)))
