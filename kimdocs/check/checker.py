"""Checking a read document against the guideline: every applicable rule, a verdict.

Every rule ends *erfuellt*, *verletzt* or *nicht_pruefbar* (with the reason). A rule whose
figure is not in the document is never *erfuellt*. The verdict:
`einreichungsfaehig` (no Fehler, every Fehler rule checked), `maengel` (at least one Fehler
verletzt), `nicht_pruefbar` (unreadable, or a Fehler rule could not be checked).

Cross-document rules (art: quer) apply only when a Bescheid is given or the document itself
names the grant (a Verwendungsnachweis's Festbeträge); portfolio rules apply
to batches (kimdocs.calculator / erstellen --tabelle), not to a single document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from kimdocs import errors
from kimdocs.check.bescheid import Bewilligung, apply_bescheid
from kimdocs.check.sections import find_sections, normalize
from kimdocs.facts import from_document
from kimdocs.findings import Befund, Fundstelle
from kimdocs.guideline import Richtlinie
from kimdocs.model import DOCUMENT_TITLES
from kimdocs.readers import unread_text
from kimdocs.readers.document import Document, Table
from kimdocs.rules import CONTENT, load_guideline, rule
from kimdocs.version import __version__

VERDICT_EXIT = {"einreichungsfaehig": errors.EXIT_OK, "maengel": errors.EXIT_FINDINGS,
                "nicht_pruefbar": errors.EXIT_INPUT}
VERDICT_TEXT = {"einreichungsfaehig": "einreichungsfähig", "maengel": "Mängel",
                "nicht_pruefbar": "nicht prüfbar"}


@dataclass
class Pruefbericht:
    """The outcome for one file; `to_dict()` is the published JSON contract
    (kimdocs/schemas/pruefbericht.schema.json)."""

    datei: str
    art: str | None
    richtlinie: str
    urteil: str
    ergebnisse: list[Befund] = field(default_factory=list)
    fehler: str | None = None
    art_erkannt: bool = False  # recognised from the content (not given with --art)
    # what the report was made from and with (kimdocs.check.files.stamp fills them in)
    richtlinie_version: str | None = None
    sha256: str | None = None
    groesse: int | None = None
    # a Verwendungsnachweis that is a Zwischennachweis: the finished Haushaltsjahr it proves
    zwischennachweis_jahr: int | None = None
    # the eligible Kommune's Kreisschlüssel (KIM-101 erfüllt) and a Jahresbericht's
    # Berichtsjahr: facts for the register, which never reads them out of a message
    kreisschluessel: str | None = None
    berichtsjahr: int | None = None
    # pages read by OCR: (page, mean word confidence 0-100); pages not read (over the limit of
    # pages recognised per file) and why – then the verdict is never einreichungsfähig
    texterkennung: list[tuple[int, float]] = field(default_factory=list)
    leere_seiten: list[int] = field(default_factory=list)  # of those: blank, not recognised
    nicht_gelesen: list[int] = field(default_factory=list)
    nicht_gelesen_grund: str | None = None

    def ocr_text(self) -> str | None:
        """„Texterkennung (OCR): S. 1 (91 %), S. 2 (88 %), S. 3 (leer); im Mittel 90 %“, or
        None. A blank page (no ink, not recognised) has no confidence and no part in the mean."""
        if not self.texterkennung:
            return None
        pages = ", ".join(f"S. {p} (leer)" if p in self.leere_seiten else f"S. {p} ({c:.0f} %)"
                          for p, c in self.texterkennung)
        return (f"Texterkennung (OCR) auf {len(self.texterkennung)} Seite"
                f"{'n' if len(self.texterkennung) != 1 else ''}, Sicherheit je Seite: {pages}; "
                f"im Mittel {self.ocr_mean():.0f} %")

    def ocr_mean(self) -> float:
        """The mean confidence of the pages read by OCR that hold text (0 if none does)."""
        read = [c for p, c in self.texterkennung if p not in self.leere_seiten]
        return sum(read) / len(read) if read else 0.0

    @property
    def exit_code(self) -> int:
        return VERDICT_EXIT[self.urteil]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kimdocs_version": __version__, "datei": self.datei,
                               "art": self.art, "richtlinie": self.richtlinie}
        for key in ("zwischennachweis_jahr", "kreisschluessel", "berichtsjahr",
                    "richtlinie_version", "sha256", "groesse"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        out["urteil"] = self.urteil
        if self.fehler is not None:
            out["fehler"] = self.fehler
        if self.texterkennung:
            out["texterkennung"] = {
                "seiten": [{"seite": p, "sicherheit": round(c, 1),
                            **({"leer": True} if p in self.leere_seiten else {})}
                           for p, c in self.texterkennung],
                "sicherheit": round(self.ocr_mean(), 1)}
        if self.nicht_gelesen:
            out["nicht_gelesen"] = {"seiten": list(self.nicht_gelesen),
                                    "grund": self.nicht_gelesen_grund}
        out["ergebnisse"] = [b.to_dict() for b in self.ergebnisse]
        return out


def verdict(befunde: list[Befund], *, unread: bool = False) -> str:
    """`unread`: pages of the document were not read (Pruefbericht.nicht_gelesen), so it is
    never einreichungsfähig."""
    fehler = [b for b in befunde if b.schwere == "fehler"]
    if any(b.status == "verletzt" for b in fehler):
        return "maengel"
    if unread or any(b.status == "nicht_pruefbar" for b in fehler):
        return "nicht_pruefbar"
    return "einreichungsfaehig"


# --- entry points ---------------------------------------------------------------------------

def check_document(document: Document, *, art: str | None = None,
                   richtlinie: Richtlinie | str | None = None, eingang: date | None = None,
                   granted: dict[int, dict[str, Decimal]] | Bewilligung | None = None
                   ) -> Pruefbericht:
    """Check an already read document: its facts are read once (kimdocs.facts) and
    every rule judges them. `granted`: the Bescheid (`load_bescheid`) or its amounts per year
    ({2026: {"personalkosten": …, "sachkosten": …}}) for the cross-document rules."""
    r = guideline_of(richtlinie)
    recognised = art is None
    cache: dict = {}  # the document's heading index, shared by recognising and checking
    if art is None:
        art = recognise(document, r, cache)
        if art is None:
            return Pruefbericht(document.path, None, r.id, "nicht_pruefbar",
                                fehler=f"{document.path}: Dokumentart nicht erkannt (weder Antrag, "
                                       "Bescheid, Vorlage noch Jahresbericht); bitte mit --art angeben")
    fakten = from_document(document, r, art, eingang=eingang)
    if granted is not None:
        apply_bescheid(fakten, granted)
    befunde = []
    sections = {m.regel.code: m for m in find_sections(document, r.abschnitte(art), fakten=fakten,
                                                          cache=cache)}
    previous = None  # the last part found, in catalogue order: a missing one belongs after it
    for regel in r.regeln_fuer(art):
        if regel.art == "abschnitt":
            match = sections[regel.code]
            befunde.append(_section_finding(match, document, previous))
            unsigned = _unsupported(match, fakten)
            if unsigned is not None:
                befunde[-1] = unsigned
            judge = CONTENT.get(regel.name)
            why = judge(document, match.block, r) if judge and match.found else None
            if why:  # the part is there but says the wrong thing
                befunde[-1] = Befund.of(regel, "verletzt", why, befunde[-1].fundstellen)
            previous = match.block or previous
        elif regel.art == "portfolio" or (regel.art == "quer" and fakten.bewilligt is None
                                          and granted is None):
            continue  # not applicable to one document on its own (a Verwendungsnachweis
            # names the granted Festbeträge itself, kimdocs.facts.reading)
        else:
            befunde.append(rule(regel.name)(fakten, regel, r))
    # what was not read is not checked: never einreichungsfähig
    unread = list(document.unread_pages)
    return Pruefbericht(document.path, art, r.id, verdict(befunde, unread=bool(unread)), befunde,
                        art_erkannt=recognised,
                        zwischennachweis_jahr=getattr(fakten, "zwischennachweis_jahr", None),
                        kreisschluessel=_kreisschluessel(befunde),
                        berichtsjahr=fakten.berichtsjahr if art == "jahresbericht" else None,
                        texterkennung=[(p.page, p.confidence) for p in document.ocr_pages],
                        leere_seiten=[p.page for p in document.ocr_pages if p.blank],
                        nicht_gelesen=unread, nicht_gelesen_grund=unread_text(
                            unread, len(document.ocr_pages)) if unread else None)


def _kreisschluessel(befunde: list[Befund]) -> str | None:
    """The Kreisschlüssel of the eligible Kommune, where KIM-101 found it eligible."""
    return next((w["wert"] for b in befunde if b.status == "erfuellt" for w in b.werte
                 if w.get("art") == "kreisschluessel"), None)


def guideline_of(richtlinie) -> Richtlinie:
    if isinstance(richtlinie, Richtlinie):
        return richtlinie
    return load_guideline(richtlinie) if richtlinie else load_guideline()


# --- recognising the document type ----------------------------------------------------------

_TITLE_WORDS = {"antrag": ["antrag auf", "antrag"], "bescheid": ["bewilligungsbescheid",
                "zuwendungsbescheid", "bescheid"], "vorlage": ["unterrichtungsvorlage",
                "beschlussvorlage", "vorlage"], "jahresbericht": ["jahresbericht", "sachbericht"],
                "verwendungsnachweis": ["verwendungsnachweis", "zwischennachweis"]}


def recognise(document: Document, r: Richtlinie, cache: dict | None = None) -> str | None:
    """The document type whose required parts are best present; the title breaks ties.
    A type is scored by the share of its parts found (at most 1) plus a bonus for its word
    in the opening; the type with the highest score wins, the first in DOCUMENT_TITLES on a
    tie. Types with the larger bonus are scored first, and a type that cannot reach the best
    score so far even with all its parts is not looked at (the same result, less work)."""
    opening = " ".join(normalize(b.text) for b in document.blocks[:6] if not isinstance(b, Table))

    def bonus(kind: str) -> float:
        words = _TITLE_WORDS[kind]
        if any(re.search(rf"\b{w}\b", opening) for w in words[:1]):
            return 0.5
        if any(re.search(rf"\b{w}\b", opening) for w in words[1:]):
            return 0.2
        return 0.0

    bonuses = {kind: bonus(kind) for kind in DOCUMENT_TITLES}
    scores: dict[str, float] = {}
    for kind in sorted(DOCUMENT_TITLES, key=lambda k: -bonuses[k]):
        if scores and 1.0 + bonuses[kind] < max(scores.values()):
            continue
        rules = r.abschnitte(kind)
        matches = find_sections(document, rules, tolerant=False, cache=cache)
        scores[kind] = (sum(m.found for m in matches) / len(rules) if rules else 0.0) \
            + bonuses[kind]
    best_score = max(scores.values(), default=0.0)
    best = next((k for k in DOCUMENT_TITLES if scores.get(k) == best_score), None)
    return best if best_score >= 0.4 else None


# --- section rules --------------------------------------------------------------------------

MELDUNG_UNBELEGT = ("„{zeile}“ steht im Dokument, doch keine Unterschrift ist zu lesen (kein Name, "
                    "kein „gez.“ oder „i. A.“ daneben oder darunter). Eine handschriftliche oder "
                    "als Bild eingefügte Unterschrift liest die Prüfung nicht: bitte von Hand "
                    "prüfen, ob das Dokument unterschrieben ist.")


def _unsupported(match, fakten) -> Befund | None:
    """A part found by its heading or line whose facts are not there (`belegt_durch`: the
    line „Ort, Datum, Unterschrift“ with no signer beside or under it): nicht prüfbar, never
    erfüllt on the label alone (issue 19)."""
    regel = match.regel
    if not match.found or not regel.belegt_durch or all(
            getattr(fakten, name, None) for name in regel.belegt_durch):
        return None
    return Befund.of(regel, "nicht_pruefbar", MELDUNG_UNBELEGT.format(
        zeile=" ".join(match.block.text.split())[:80]),
        [Fundstelle.at(match.block.location, match.block.text[:200])])


def _section_finding(match, document: Document, previous) -> Befund:
    regel = match.regel
    if match.found:
        block = match.block
        where = {"ueberschrift": "Überschrift", "alternative": "Überschrift (andere Wortwahl)",
                 "text": "Zeile im Text", "inhalt": "am Inhalt erkannt unter"}[match.how]
        return Befund.of(regel, "erfuellt", f"{regel.titel}: {where} „{block.text[:80]}“.",
                         [Fundstelle.at(block.location, block.text[:200])])
    if match.vielleicht is not None:
        block = match.vielleicht
        return Befund.of(regel, "nicht_pruefbar",
                         f"Abschnitt „{regel.ueberschrift}“ nicht sicher gefunden: die Überschrift "
                         f"„{' '.join(block.text.split())[:80]}“ könnte ihn in anderer Wortwahl "
                         f"meinen. Bitte von Hand prüfen, ob dort steht, was der Abschnitt verlangt: "
                         f"{regel.beschreibung}", [Fundstelle.at(block.location, block.text[:200])])
    alts = ", ".join(f"„{a}“" for a in regel.alternativen[:4])
    where = (Fundstelle.at(previous.location, f"erwartet nach „{previous.text[:80]}“")
             if previous is not None else Fundstelle(1 if document.pages else None,
                                                     "erwartet am Anfang des Dokuments"))
    return Befund.of(regel, "verletzt",
                     f"Abschnitt „{regel.ueberschrift}“ fehlt. Bitte einen Abschnitt mit dieser "
                     f"Überschrift ergänzen{' (auch: ' + alts + ')' if alts else ''}: "
                     f"{regel.beschreibung}", [where])
