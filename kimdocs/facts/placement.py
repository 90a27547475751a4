"""Where the post sits (Ansiedlung): inside the administration (an Amt, a Fachbereich) or at
an outside body (a Verein, a gGmbH, a Wohlfahrtsverband), and that body's name."""

from __future__ import annotations

import re
from functools import lru_cache

from kimdocs.facts.context import Family, Pair, Passage
from kimdocs.facts.model import Fakten
from kimdocs.facts.text import SENTENCE

# The placement words, once: a verb that places the post, and the words for its employer.
_PLACING = ("angesiedelt", "eingerichtet", "angestellt", "beschäftigt", "verortet")
_EMPLOYER = ("anstellungsträger", "trägerschaft")  # and "Träger" itself
# a sentence that places the post ("… ist beim Caritasverband angesiedelt", "Träger ist …")
_PLACES = re.compile("|".join((*_PLACING, *_EMPLOYER, r"\bträger\b")), re.IGNORECASE)
# a sentence is read for a placement only with one of these words ("Träger" only as a label:
# "Träger der Migrationsberatung" is a partner) or under a heading about the post
_HINTS = (*_PLACING, *_EMPLOYER, "träger:")
_TOPIC = ("anbindung", "ansiedlung", "einbindung")  # a heading about where the post sits
_PLACEMENT_SECTION = re.compile("|".join((*_TOPIC, "organisation", "stelle")), re.IGNORECASE)
# a heading whose whole part is about where the post sits ("Einbindung in die Verwaltung")
_PLACEMENT_HEADING = re.compile("|".join((*_TOPIC, "organisatorisch", "organisationseinheit")),
                                re.IGNORECASE)
# form labels: the employer, or the unit of the administration
_EMPLOYER_KEYS = ("träger", *_EMPLOYER)
_UNIT_KEYS = ("amt", "abteilung", "organisationseinheit", "fachbereich", "referat", "ansiedlung",
              "organisatorische anbindung", "dienststelle")
_EXTERNAL = re.compile(r"(e\.\s?V\.|\bgGmbH\b|\bGmbH\b|verein\b|verband\b|freie[nrm]?\s+träger|"
                       r"\bcaritas|\bdiakoni|\bawo\b|\bdrk\b|\bstiftung\b|wohlfahrt)",
                       re.IGNORECASE)
_INTERNAL = re.compile(r"verwaltung|(?<!ges)amt\b|referat|abteilung|fachbereich|stabsstelle|"
                       r"dezernat|fachdienst|geschäftsbereich|büro", re.IGNORECASE)
_NOT_OUTSIDE = re.compile(r"\b(nicht|kein\w*)\b[^.]{0,40}(träger|verein|verband|e\.\s?v)")
_PARTNER = re.compile(r"(zusammenarbeit|kooperation|partner|vertreten|beteiligt|netzwerk)")
_AT_BODY = re.compile(rf"\bbei(?:m| dem| der| einem| einer)?\s+(.+?)(?:\s+(?:{'|'.join(_PLACING)})"
                      r"\b|$)")


@lru_cache(maxsize=1024)  # a section's title comes back for every passage under it
def _section_about(section: str) -> tuple[bool, bool]:
    """Is the section about the post, and is all of it about where the post sits?"""
    return bool(_PLACEMENT_SECTION.search(section)), bool(_PLACEMENT_HEADING.search(section))


class Placement(Family):
    def pair(self, f: Fakten, pair: Pair) -> None:
        key, value = pair.key, pair.value
        if key in _EMPLOYER_KEYS and value.strip(" –-"):
            self._place(f, f"Träger: {value}", pair.where)
        elif key in _UNIT_KEYS and value.strip(" –-"):
            if f.ansiedlung.einheit is None:
                f.ansiedlung.einheit = value.strip()
                f.ansiedlung.fundstelle = f.ansiedlung.fundstelle or self.ctx.at(
                    pair.where, f"{pair.label}: {value}")
            self._place(f, value, pair.where, label=True)

    def passage(self, f: Fakten, p: Passage) -> None:
        low, text = p.low, p.text
        about_post, about_place = _section_about(p.section)
        if (any(w in low for w in _HINTS) or about_post) and (
                _PLACES.search(text) or (_INTERNAL.search(text) and (
                    "angesiedelt" in low or (p.kind != "heading" and about_place)))):
            self._place(f, text, p.location)

    def _place(self, f: Fakten, text: str, location, label: bool = False) -> None:
        a = f.ansiedlung
        for sentence in SENTENCE.split(text):
            low = sentence.casefold()
            outside = _EXTERNAL.search(sentence)
            placing = label or _PLACES.search(sentence) or "angesiedelt" in low
            if outside and placing and not _NOT_OUTSIDE.search(low) and not _PARTNER.search(low):
                a.extern = True
                a.traeger = a.traeger or _body_named(sentence)
                a.fundstelle = self.ctx.at(location, sentence)
                return
            if _INTERNAL.search(sentence) and a.extern is None and (
                    label or "angesiedelt" in low or "verwaltung" in low or "anbindung" in low):
                a.extern = False
                a.fundstelle = self.ctx.at(location, sentence)


def _body_named(sentence: str) -> str:
    """The outside body a placement sentence names: after its colon, or after "bei(m)"."""
    text = " ".join(sentence.split())
    if ":" in text:
        text = text.rsplit(":", 1)[1]
    else:
        m = _AT_BODY.search(text)
        text = m.group(1) if m else text
    return text.strip(" .")[:120] + ("." if text.strip(" .").endswith(("e. V", "e.V")) else "")
