"""Whether two staff parts stand in one place, or two names name one person."""

from __future__ import annotations

import re

from kimdocs.facts.model import Stellenanteil

_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w\-]+")
# capitalised words of a part's `wer` that name no one
_NO_NAME = frozenset({"Frau", "Herr", "Herrn", "Dr", "Stelle", "Vakanz", "N"})
# the `wer` of a part read without a holder (kimdocs.facts.staff)
UNNAMED = ("Stelle", "unbesetzte Stelle")


def same_place(p: Stellenanteil, q: Stellenanteil) -> bool:
    a, b = p.fundstellen[:1], q.fundstellen[:1]
    return bool(a and b) and (a[0].block, a[0].zelle) == (b[0].block, b[0].zelle)


def same_person(a: str, b: str) -> bool:
    wa = {w for w in _NAME_WORD.findall(a) if w not in _NO_NAME}
    wb = {w for w in _NAME_WORD.findall(b) if w not in _NO_NAME}
    return bool(wa & wb)


# a passage that counts the posts it names ("mit zwei Stellen besetzt: …", "eine weitere
# halbe Stelle", "eine Vollzeitstelle und eine halbe Stelle"): each share in it is a post
_COUNTED = re.compile(r"\b(?:zwei|drei|vier|beide[n]?|[234])\s+(?:[\w\-]+\s+){0,2}(?:\w*stellen|"
                      r"Stellenanteile|Personen|Kräfte|Fachkräfte|Beschäftigte|Integrations"
                      r"manager\w*)\b|\b(?:weitere|zusätzliche)[nrs]?\s+(?:[\w\-]+\s+)?\w*stelle|"
                      r"\bund\s+(?:eine[nr]?|einer)\s+(?:[\w\-]+\s+)?\w*stelle", re.IGNORECASE)
_NUMBERED = re.compile(r"Stelle \d+ von \d+")  # a count the reader made of "zwei Stellen"
_TITLED = re.compile(r"\b(?:Frau|Herrn?|Fr\.|Hr\.)\s+(?:Dr\.\s+)?([A-ZÄÖÜ][\w\-]*\.?)")
_WRITER = re.compile(r"\b(?:ich|meine[rmn]?)\b", re.IGNORECASE)  # "Ich arbeite in Vollzeit …"


def post_of(p: Stellenanteil, index: int) -> tuple | None:
    """The post a part is shown to be (issue 19): its holder (a name, "Frau A.", the writer
    who says "ich"), its table row, or its place in a passage that counts the posts; None for
    a share told without any of these, which may repeat another part of its passage or tell
    a change of its extent."""
    generic = _NO_NAME | {"Vertretung", "Nachfolge", "Anteil"}
    wer = re.sub(r"\([^)]*\)", "", p.wer)
    names = frozenset(w for w in _NAME_WORD.findall(wer) if w not in generic) or frozenset(
        m.group(1).rstrip(".") for m in _TITLED.finditer(wer))
    where = p.fundstellen[0] if p.fundstellen else None
    text = where.text or "" if where is not None else ""
    if names:
        return ("name", names)
    if _NUMBERED.fullmatch(p.wer):
        return ("nummer", p.wer)
    if where is not None and where.zelle is not None:
        return ("zeile", where.block, where.zelle[0])
    if _COUNTED.search(text):
        return ("gezaehlt", index)
    if _WRITER.search(text):
        return ("ich",)
    return None


def persons_named(text: str) -> int:
    """How many people a passage names by title ("Frau A. …, Herr B. …")."""
    return len({m.group(1).rstrip(".") for m in _TITLED.finditer(text or "")})


# a line that begins with a person: "Fr. N. Haddad – 0,5 VZÄ – ab 01.11.25", "Herr Kai Neumann …"
_PERSON_LINE = re.compile(r"^\W*(?:Fr\.|Frau|Hr\.|Herr)\s+((?:[A-ZÄÖÜ]\.\s*)*[A-ZÄÖÜ][\w-]+)")


def read_once_for_several(stellen: list[Stellenanteil]) -> list[tuple[Stellenanteil, list[str]]]:
    """The parts whose passages are the lines of two persons or more, each with its names
    (not successive holders merged into one post on purpose: their `abschnitte`)."""
    out = []
    for p in stellen:
        if p.abschnitte:
            continue
        names = list(dict.fromkeys(m.group(1) for fs in p.fundstellen
                                   if (m := _PERSON_LINE.match(fs.text or ""))))
        if len(names) >= 2:
            out.append((p, names))
    return out
