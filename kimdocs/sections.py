"""Finding a guideline's required parts in a read document.

Municipal documents word their headings in many ways. A part counts as present when a
heading (or, for `fundort: text`, a line of text) matches the expected heading or one of the
accepted alternatives from the guideline data — tolerant of numbering, case, `ö`/`oe`,
hyphenation and small typos. Exact matches are assigned first, so that a heading claimed by
one rule ("Interkommunale Vernetzung") is not taken by a looser match of another
("Vernetzung"). Where wording cannot decide, the content under a heading may: a heading
under which the rule's key words (`stichworte`) stand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from .guideline import Regel
from .readers.document import Block, Document, Heading, Paragraph, Table

_NUMBER = re.compile(r"^\s*(?:(?:\d{1,2}\.)+\d{0,2}|\d{1,2}|[IVXLC]{1,6}\.|[A-Za-z][.)])\s+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
TYPO_RATIO = 0.86  # "Öffentlichkeitsarbiet" still matches, "Ausblick" vs "Rückblick" does not


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Comparable form: no numbering, lower case, umlauts spelled out, hyphenation joined,
    punctuation dropped, white space folded."""
    text = unicodedata.normalize("NFC", text).strip()
    text = _NUMBER.sub("", text)
    text = text.casefold().translate(_UMLAUTS)
    text = re.sub(r"(\w)-\s+(\w)", r"\1\2", text)  # "Öffentlichkeits- arbeit"
    text = re.sub(r"[^\w\s/-]", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.split(r"[\s/-]+", text)) - {""}


@lru_cache(maxsize=65536)
def similar(candidate: str, wanted: str) -> bool:
    """Same wording, up to a small typo."""
    if candidate == wanted:
        return True
    shorter, longer = sorted((len(candidate), len(wanted)))
    # the ratio is at most 2·shorter/(shorter+longer): skip pairs that cannot reach it; and a
    # typo rarely hits the first letter, which spares most pairs the costly comparison
    if shorter < 6 or 2 * shorter < TYPO_RATIO * (shorter + longer) \
            or candidate[0] != wanted[0]:
        return False
    matcher = SequenceMatcher(None, candidate, wanted)
    return matcher.quick_ratio() >= TYPO_RATIO and matcher.ratio() >= TYPO_RATIO


def contains(candidate: str, wanted: str) -> bool:
    """The wanted words all stand in the candidate: "Öffentlichkeitsarbeit und Presse"."""
    return bool(_words(wanted)) and _words(wanted) <= _words(candidate)


@dataclass(frozen=True)
class SectionMatch:
    regel: Regel
    block: Block | None  # the heading or line that stands for the part; None = missing
    how: str  # "ueberschrift", "alternative", "text", "inhalt", ""

    @property
    def found(self) -> bool:
        return self.block is not None


_LABEL_LINE = re.compile(r"^[^:\n.]{2,60}:")


def _candidates(document: Document, regel: Regel, cache: dict) -> list[Block]:
    """Headings and heading-like lines: a bold "Label:" line, a short line standing alone
    (Word numbering without heading style), a label cell of a form table; for parts that
    may stand in the text, short lines of text as well. Built once per document."""
    key = regel.fundort
    if key in cache:
        return cache[key]
    out: list[Block] = list(document.headings())
    for block in document.blocks:
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if (key == "text" and len(text) <= 200) or _LABEL_LINE.match(text) or (
                    len(text) <= 60 and not text.endswith((".", ",", ";")) and "\n" not in text):
                out.append(block)
        elif isinstance(block, Table):  # a form: headings and labels in cells ("Betreff:")
            limit = 200 if key == "text" else 80
            out += [Paragraph(cell, block.location.in_cell(r, c))
                    for r, row in enumerate(block.rows) for c, cell in enumerate(row)
                    if cell.strip() and len(cell) <= limit and (key == "text" or c == 0
                                                                 or _LABEL_LINE.match(cell))]
    cache[key] = out
    return out


def _line_start(block: Block) -> str:
    """A text line counts by its start: "Betreff: Kommunales …" -> "betreff"."""
    text = block.text if isinstance(block, Heading) else re.split(r"[:\n]", block.text)[0]
    return normalize(text)


_COMBINED = re.compile(r"\b(und|sowie)\b|[&/,]")


def find_sections(document: Document, regeln: list[Regel], *,
                  tolerant: bool = True, fakten=None) -> list[SectionMatch]:
    """One SectionMatch per rule, in the order of `regeln`. `tolerant=False` skips typo
    matching and recognition by content: a quick look, enough to tell document types apart.
    `fakten` (kimdocs.rules.facts): a part is present where its facts (`erkannt_an`) are."""
    claimed: set[int] = set()
    result: dict[str, SectionMatch] = {}
    cache: dict = {}

    def take(regel: Regel, test, how_for, combined: bool = False) -> None:
        for block in _candidates(document, regel, cache):
            if id(block) in claimed and isinstance(block, Heading) and not (
                    combined and _COMBINED.search(block.text)):
                continue
            line = _line_start(block)
            for i, wanted in enumerate(regel.headings):
                if test(line, normalize(wanted)):
                    claimed.add(id(block))
                    result[regel.code] = SectionMatch(regel, block, how_for(i, block))
                    return

    def how(i: int, block: Block) -> str:
        if not isinstance(block, Heading):
            return "text"
        return "ueberschrift" if i == 0 else "alternative"

    for regel in regeln:  # pass 1: exact wording (up to typos)
        take(regel, similar if tolerant else str.__eq__, how)
    for regel in regeln:  # pass 2: the wording inside a longer or combined heading
        if regel.code not in result:
            take(regel, contains, how, combined=True)
    for regel in regeln:  # pass 3: the content under an unclaimed heading
        if tolerant and regel.code not in result and regel.stichworte:
            match = _by_content(document, regel, claimed)
            result[regel.code] = match
            if match.block is not None:
                claimed.add(id(match.block))
    for regel in regeln:  # pass 4: the facts the part is made of, wherever they stand
        if tolerant and fakten is not None and not (result.get(regel.code) or
                                                    SectionMatch(regel, None, "")).found:
            block = _by_facts(document, regel, fakten)
            if block is not None:
                result[regel.code] = SectionMatch(regel, block, "inhalt")
    return [result.get(r.code) or SectionMatch(r, None, "") for r in regeln]


def _by_content(document: Document, regel: Regel, claimed: set[int]) -> SectionMatch:
    keys = [normalize(k) for k in regel.stichworte]
    need = max(1, (len(keys) + 1) // 2)
    for heading in document.headings():
        if id(heading) in claimed:
            continue
        body = normalize(document.text_under(heading))
        if sum(1 for k in keys if k in body) >= need:
            return SectionMatch(regel, heading, "inhalt")
    return SectionMatch(regel, None, "")


def _by_facts(document: Document, regel: Regel, fakten) -> Block | None:
    for name in regel.erkannt_an:
        value = getattr(fakten, name, None)
        if name == "zeitraum":
            value = fakten.zeitraum()
        items = value if isinstance(value, list) else [value] if value is not None else []
        for item in items:
            where = getattr(item, "fundstelle", None) or next(
                iter(getattr(item, "fundstellen", []) or []), None)
            if name == "antragsteller" and not (item.name or item.schluessel):
                continue
            if where is not None and where.block is not None \
                    and 0 <= where.block < len(document.blocks):
                return document.blocks[where.block]
    return None
