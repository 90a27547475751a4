"""What kimdocs writes into a draft: the German text of each comment and of the summary.

One place for the wording, so a Word comment, an ODF annotation and a PDF note say the same.
Which findings get a mark of their own: every rule that is *verletzt* and has a place in the
document. Violations without a place (a rule about the whole document) and rules that could
not be checked go into the summary at the start, so nothing is left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from kimdocs.check import VERDICT_TEXT
from kimdocs.findings import SEVERITY_TEXT, STATUS_TEXT, Befund, Fundstelle
from kimdocs.rules import load_guideline

AUTHOR = "kimdocs"
INITIALS = "KD"
# A comment is kimdocs's own when it carries both the author and the marker: the initials in
# Word and ODF (Word and LibreOffice keep both when they save), the annotation name (/NM) in a
# PDF. Only those are replaced when a marked copy is marked again; a person's comment never.
PDF_NAME = "kimdocs-"
MISSING_PREFIX = "erwartet "  # a Fundstelle of a missing part: "erwartet nach „…“"


@dataclass(frozen=True)
class Mark:
    """One place to mark: the finding, where it stands, and the comment text."""

    befund: Befund
    fundstelle: Fundstelle
    text: str

    @property
    def missing(self) -> bool:
        """A part that is missing: noted where it is expected, nothing to highlight."""
        return self.fundstelle.text.startswith(MISSING_PREFIX)


def comment_text(befund: Befund, bericht=None) -> str:
    """Rule code, what is wrong, the clause and what to do."""
    regel = _regel(bericht, befund.code)
    lines = [(f"{befund.code} ({SEVERITY_TEXT.get(befund.schwere, befund.schwere)}, "
             f"{STATUS_TEXT[befund.status]}): {regel.titel if regel else befund.name}"),
             f"Was nicht stimmt: {befund.meldung}",
             f"Fundstelle in der Richtlinie: {befund.klausel}"
             + (f" – {regel.beschreibung}" if regel and regel.beschreibung else "")]
    if regel is not None and regel.art == "abschnitt":
        lines.append(f"Was zu tun ist: Den Abschnitt „{regel.ueberschrift}“ an dieser Stelle "
                     "ergänzen.")
    elif regel is not None:
        lines.append(f"Was zu tun ist: Die Angabe so ändern, dass gilt: {regel.titel}.")
    return "\n".join(lines)


def marks(bericht) -> list[Mark]:
    """The placed marks of a Pruefbericht, in the order of its findings."""
    out = []
    for befund in bericht.ergebnisse:
        if not befund.verletzt:
            continue
        text = comment_text(befund, bericht)
        out += [Mark(befund, f, text) for f in befund.fundstellen if _placed(f)]
    return out


def _placed(f: Fundstelle) -> bool:
    return f.block is not None or f.bbox is not None or bool(f.text.strip())


def is_own(author: str | None, marker: str | None) -> bool:
    """Is a comment with this author and marker (initials, or a PDF annotation's name) one
    that kimdocs wrote?"""
    return author == AUTHOR and marker is not None and (
        marker == INITIALS or marker.startswith(PDF_NAME))


def summary_text(bericht, unplaced: list[Mark] | None = None,
                 where: dict[int, str] | None = None) -> str:
    """The verdict, the counts, every finding without a place of its own and every rule that
    could not be checked. `unplaced`: marks the format could not anchor; `where`: for some of
    them (by id) the place to name instead, "in der Kopfzeile, Seite 1" (Word shows no
    comment in a header or footer)."""
    verletzt = [b for b in bericht.ergebnisse if b.verletzt]
    offen = [b for b in bericht.ergebnisse if b.status == "nicht_pruefbar"]
    lines = [(f"kimdocs-Prüfung gegen {bericht.richtlinie}: "
             f"{VERDICT_TEXT.get(bericht.urteil, bericht.urteil)}"),
             (f"{len(verletzt)} {'Regel' if len(verletzt) == 1 else 'Regeln'} verletzt, "
              f"{len(offen)} nicht prüfbar, "
              f"{sum(b.status == 'erfuellt' for b in bericht.ergebnisse)} erfüllt.")]
    unplaced = unplaced or []
    where = where or {}
    placed = {id(m.befund) for m in marks(bericht) if m not in unplaced}
    named = {id(m.befund) for m in unplaced if id(m) in where}
    whole = [b for b in verletzt if id(b) not in placed | named]
    if verletzt and len(whole) < len(verletzt) and placed:
        lines.append("Die Mängel sind an den betroffenen Stellen kommentiert.")
    for befund in whole:
        lines.append(f"Ohne feste Stelle – {befund.zeile()}")
    for mark in unplaced:
        quoted = f"„{_short(mark.fundstelle.text)}“"
        if id(mark) in where:
            place = where[id(mark)]
            lines.append(f"{place[0].upper()}{place[1:]} ({quoted}) – {mark.befund.zeile()}")
        elif id(mark.befund) in placed:
            lines.append(f"Nicht markierbar ({quoted}) – {mark.befund.zeile()}")
    for befund in offen:
        lines.append(f"Nicht prüfbar – {befund.code}: {befund.meldung}")
    if bericht.urteil == "einreichungsfaehig" and not verletzt:
        lines.append("Keine Mängel gefunden.")
    return "\n".join(lines)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _regel(bericht, code: str):
    if bericht is None:
        return None
    try:
        return load_guideline(bericht.richtlinie).regel(code)
    except Exception:  # a guideline given as a path that is gone: the finding says enough
        return None
