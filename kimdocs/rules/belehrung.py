"""KIM-307: what the Rechtsbehelfsbelehrung says, once its part is found.

A Belehrung that names the wrong remedy or the wrong court is as good as none: the period for
a Klage then runs for a year (§ 58 Abs. 2 VwGO). Two checks, both from data, never a guess:
- the issuing authority is an oberste Landesbehörde (guideline `bewilligungsbehoerde`): there
  is no Widerspruch (§ 68 Abs. 1 Satz 2 Nr. 1 VwGO), the Belehrung must not offer one;
- the court named must be the one of the recipient's seat (§ 52 Nr. 3 VwGO; the list of
  Kommunen gives each its court). The recipient is taken from the notice only where every
  Kommune it names belongs to the same court; otherwise the court is not judged.
"""

from __future__ import annotations

import re

from kimdocs.guideline import Richtlinie
from kimdocs.guideline.kommunen import Liste, eligible_list
from kimdocs.readers.document import Block, Document, Heading, Table

MELDUNGEN = {
    "widerspruch": "Rechtsbehelfsbelehrung unrichtig: sie nennt den Widerspruch, doch gegen den "
                   "Bescheid einer obersten Landesbehörde ({behoerde}) findet kein Widerspruch "
                   "statt (§ 68 Abs. 1 Satz 2 Nr. 1 VwGO), sondern unmittelbar die Klage. Eine "
                   "unrichtige Belehrung lässt die Frist ein Jahr laufen (§ 58 Abs. 2 VwGO).",
    "gericht": "Rechtsbehelfsbelehrung unrichtig: sie nennt das {genannt}, zuständig für "
               "{empfaenger} ist das {zustaendig} (§ 52 Nr. 3 VwGO). Eine unrichtige Belehrung "
               "lässt die Frist ein Jahr laufen (§ 58 Abs. 2 VwGO).",
}

_COURT = re.compile(r"(?<![Oo]ber)(?:Verwaltungsgericht|\bVG)\s+(?:in\s+)?"
                    r"(Koblenz|Mainz|Neustadt|Trier)\b")
_OBJECTION = re.compile(r"\bWiderspruch\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:nicht|kein\w*|ohne|entfällt|unzulässig|ausgeschlossen)\b",
                       re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.;!?])\s+")


def problem(document: Document, heading: Block, r: Richtlinie) -> str | None:
    """Why the Belehrung under `heading` is wrong, or None (right, or not decidable)."""
    text = _part_text(document, heading)
    if not text:
        return None
    behoerde = r.parameter.bewilligungsbehoerde
    offered = [x for x in _SENTENCES.split(text) if _OBJECTION.search(x)
               and not _NEGATION.search(x)]  # "Ein Widerspruch findet nicht statt" is right
    if behoerde is not None and behoerde.oberste_landesbehoerde and offered:
        return MELDUNGEN["widerspruch"].format(behoerde=behoerde.kurz or behoerde.name)
    liste = eligible_list(r)
    if liste is None:
        return None
    named = {m.group(1) for m in _COURT.finditer(text)}
    if len(named) != 1:
        return None
    recipient = _recipient(document, heading, liste)
    if recipient is None:
        return None
    name, court_key = recipient
    court = liste.gerichte.get(court_key)
    city = court_key.split()[-1]
    said = named.pop()
    if court is None or said == city:
        return None
    return MELDUNGEN["gericht"].format(genannt=f"Verwaltungsgericht {said}", empfaenger=name,
                                       zustaendig=court.name)


def _part_text(document: Document, heading: Block) -> str:
    """The text under the heading up to the next heading or label line (or the closing)."""
    blocks = document.blocks
    try:
        start = next(k for k, b in enumerate(blocks) if b is heading)
    except StopIteration:
        return ""
    parts = [heading.text]
    for b in blocks[start + 1:start + 12]:
        if isinstance(b, Heading) or re.match(r"^\s*(mit freundlichen|im auftrag|in vertretung|"
                                              r"gez\.)", b.text, re.IGNORECASE):
            break
        if not isinstance(b, Table):
            parts.append(b.text)
    return " ".join(" ".join(parts).split())


def _recipient(document: Document, heading: Block, liste: Liste) -> tuple[str, str] | None:
    """The Kommune the notice is addressed to, with its court key; None when the text before
    the Belehrung names none, or Kommunen of different courts."""
    found: dict[str, str] = {}
    for b in document.blocks:
        if b is heading:
            break
        for name, pattern, court in _patterns(liste):
            if court and pattern.search(b.text):
                found[name] = court
    if not found or len(set(found.values())) != 1:
        return None
    name = sorted(found, key=len)[-1]
    return name, next(iter(found.values()))


_CACHE: dict[str, tuple] = {}


def _patterns(liste: Liste) -> tuple[tuple[str, re.Pattern, str | None], ...]:
    if liste.id in _CACHE:
        return _CACHE[liste.id]
    out = []
    for e in liste.eintraege:
        # "Frankenthal (Pfalz)" is often written "Frankenthal"
        base, _, extra = e.name.partition(" (")
        name = re.escape(base).replace(r"\ ", r"\s+") + (
            rf"(?:\s*\({re.escape(extra.rstrip(')'))}\))?" if extra else "")
        if e.art == "landkreis":
            body = (rf"\b{name}(?!\w)" if "kreis" in e.name.casefold() else
                    rf"\b(?:Landkreis(?:es)?|Kreisverwaltung|Kreis)\s+{name}(?![\w-])")
            label = e.name if "kreis" in e.name.casefold() else f"Landkreis {e.name}"
        else:
            body = rf"\b(?:Stadt|Stadtverwaltung|Landeshauptstadt)\s+{name}(?![\w-])"
            label = f"Stadt {e.name}"
        out.append((label, re.compile(body), e.verwaltungsgericht))
    _CACHE[liste.id] = tuple(out)
    return _CACHE[liste.id]
