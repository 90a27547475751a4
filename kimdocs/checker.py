"""Checking a read document against the guideline: every applicable rule, a verdict.

Every rule ends *erfuellt*, *verletzt* or *nicht_pruefbar* (with the reason). A rule whose
figure is not in the document is never *erfuellt*. The verdict:
`einreichungsfaehig` (no Fehler, every Fehler rule checked), `maengel` (at least one Fehler
verletzt), `nicht_pruefbar` (unreadable, or a Fehler rule could not be checked).

Cross-document rules (art: quer) apply only when a Bescheid is given; portfolio rules apply
to batches (kimdocs.calculator / erstellen --tabelle), not to a single document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from . import errors
from .findings import Befund, Fundstelle
from .guideline import Richtlinie, load_guideline
from .model import DOCUMENT_TITLES
from .readers.document import Document, Table
from .rules.cross import Bewilligung, load_bescheid
from .rules.facts import from_document
from .rules.registry import rule
from .sections import find_sections, normalize

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

    @property
    def exit_code(self) -> int:
        return VERDICT_EXIT[self.urteil]

    def to_dict(self) -> dict:
        out = {"datei": self.datei, "art": self.art, "richtlinie": self.richtlinie,
               "urteil": self.urteil}
        if self.fehler is not None:
            out["fehler"] = self.fehler
        out["ergebnisse"] = [b.to_dict() for b in self.ergebnisse]
        return out


def verdict(befunde: list[Befund]) -> str:
    fehler = [b for b in befunde if b.schwere == "fehler"]
    if any(b.status == "verletzt" for b in fehler):
        return "maengel"
    if any(b.status == "nicht_pruefbar" for b in fehler):
        return "nicht_pruefbar"
    return "einreichungsfaehig"


# --- entry points ---------------------------------------------------------------------------

def check_file(path: Path | str, *, art: str | None = None,
               richtlinie: Richtlinie | str | None = None, eingang: date | None = None,
               bescheid: Path | str | Bewilligung | None = None, timeout: float = 60,
               memory_mb: int = 1024) -> Pruefbericht:
    """Read a PDF/DOCX/ODT file (in a bounded child process) and check it."""
    from .readers import read_document

    r = _guideline(richtlinie)
    try:
        document = read_document(path, timeout=timeout, memory_mb=memory_mb)
    except errors.ReadError as exc:
        return Pruefbericht(str(path), art, r.id, "nicht_pruefbar", fehler=str(exc))
    granted = bescheid if isinstance(bescheid, Bewilligung) or not bescheid else \
        load_granted(bescheid, r, timeout=timeout, memory_mb=memory_mb)
    return check_document(document, art=art, richtlinie=r, eingang=eingang, granted=granted)


def check_bytes(data: bytes, name: str, **kwargs) -> Pruefbericht:
    """The same for a file held in memory (e.g. an upload); `name` gives the extension."""
    import tempfile

    suffix = Path(name).suffix
    with tempfile.TemporaryDirectory(prefix="kimdocs-") as tmp:
        path = Path(tmp) / f"dokument{suffix}"
        path.write_bytes(data)
        report = check_file(path, **kwargs)
    report.datei = name
    if report.fehler:
        report.fehler = report.fehler.replace(str(path), name)
    return report


def check_document(document: Document, *, art: str | None = None,
                   richtlinie: Richtlinie | str | None = None, eingang: date | None = None,
                   granted: dict[int, dict[str, Decimal]] | Bewilligung | None = None
                   ) -> Pruefbericht:
    """Check an already read document: its facts are read once (kimdocs.rules.facts) and
    every rule judges them. `granted`: the Bescheid (`load_granted`) or its amounts per year
    ({2026: {"personalkosten": …, "sachkosten": …}}) for the cross-document rules."""
    r = _guideline(richtlinie)
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
        _apply_bescheid(fakten, granted)
    befunde = []
    sections = {m.regel.code: m for m in find_sections(document, r.abschnitte(art), fakten=fakten,
                                                          cache=cache)}
    previous = None  # the last part found, in catalogue order: a missing one belongs after it
    for regel in r.regeln_fuer(art):
        if regel.art == "abschnitt":
            match = sections[regel.code]
            befunde.append(_section_finding(match, document, previous))
            previous = match.block or previous
        elif regel.art == "portfolio" or (regel.art == "quer" and granted is None):
            continue  # not applicable to one document on its own
        else:
            befunde.append(rule(regel.name)(fakten, regel, r))
    return Pruefbericht(document.path, art, r.id, verdict(befunde), befunde,
                        art_erkannt=recognised)


def _guideline(richtlinie) -> Richtlinie:
    if isinstance(richtlinie, Richtlinie):
        return richtlinie
    return load_guideline(richtlinie) if richtlinie else load_guideline()


# --- recognising the document type ----------------------------------------------------------

_TITLE_WORDS = {"antrag": ["antrag auf", "antrag"], "bescheid": ["bewilligungsbescheid",
                "zuwendungsbescheid", "bescheid"], "vorlage": ["unterrichtungsvorlage",
                "beschlussvorlage", "vorlage"], "jahresbericht": ["jahresbericht", "sachbericht"]}


def recognise(document: Document, r: Richtlinie, cache: dict | None = None) -> str | None:
    """The document type whose required parts are best present; the title breaks ties."""
    opening = " ".join(normalize(b.text) for b in document.blocks[:6] if not isinstance(b, Table))
    best, best_score = None, 0.0
    for kind in DOCUMENT_TITLES:
        rules = r.abschnitte(kind)
        matches = find_sections(document, rules, tolerant=False, cache=cache)
        score = sum(m.found for m in matches) / len(rules) if rules else 0.0
        words = _TITLE_WORDS[kind]
        if any(re.search(rf"\b{w}\b", opening) for w in words[:1]):
            score += 0.5
        elif any(re.search(rf"\b{w}\b", opening) for w in words[1:]):
            score += 0.2
        if score > best_score:
            best, best_score = kind, score
    return best if best_score >= 0.4 else None


# --- section rules --------------------------------------------------------------------------

def _section_finding(match, document: Document, previous) -> Befund:
    regel = match.regel
    if match.found:
        block = match.block
        where = {"ueberschrift": "Überschrift", "alternative": "Überschrift (andere Wortwahl)",
                 "text": "Zeile im Text", "inhalt": "am Inhalt erkannt unter"}[match.how]
        return Befund.of(regel, "erfuellt", f"{regel.titel}: {where} „{block.text[:80]}“.",
                         [Fundstelle.at(block.location, block.text[:200])])
    alts = ", ".join(f"„{a}“" for a in regel.alternativen[:4])
    where = (Fundstelle.at(previous.location, f"erwartet nach „{previous.text[:80]}“")
             if previous is not None else Fundstelle(1 if document.pages else None,
                                                     "erwartet am Anfang des Dokuments"))
    return Befund.of(regel, "verletzt",
                     f"Abschnitt „{regel.ueberschrift}“ fehlt. Bitte einen Abschnitt mit dieser "
                     f"Überschrift ergänzen{' (auch: ' + alts + ')' if alts else ''}: "
                     f"{regel.beschreibung}", [where])


# --- the Bescheid for cross-checks -----------------------------------------------------------

def load_granted(path: Path | str, r: Richtlinie, *, timeout: float = 60,
                 memory_mb: int = 1024) -> Bewilligung:
    """What a Bescheid (data file or PDF/DOCX/ODT) grants, read once; an unreadable one
    carries its reason, so only the cross-checks become nicht prüfbar."""
    return load_bescheid(path, r, timeout=timeout, memory_mb=memory_mb)


def _apply_bescheid(fakten, granted) -> None:
    if isinstance(granted, Bewilligung):
        fakten.bewilligt = granted.betraege
        fakten.bescheid_problem = granted.problem
        fakten.bescheid_kommune = granted.kommune
        fakten.bescheid_aktenzeichen = granted.aktenzeichen
    else:
        fakten.bewilligt = granted


# --- several files ------------------------------------------------------------------------

SUFFIXES = (".pdf", ".docx", ".odt")


def collect(paths: list[Path | str]) -> list[Path]:
    """Files to check: the files given, and every PDF/DOCX/ODT inside a given folder."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                          and not f.name.startswith((".", "~$")))
        else:
            out.append(p)
    return out


def check_files(paths: list[Path | str], *, jobs: int | None = None, progress=None,
                **kwargs) -> list[Pruefbericht]:
    """Check several files in parallel (each read runs in its own child process, so threads
    are enough to keep every core busy). One broken file never stops the others; the
    reports come back in the order of `paths`."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    files = collect(paths)
    r = _guideline(kwargs.pop("richtlinie", None))
    if kwargs.get("bescheid") and not isinstance(kwargs["bescheid"], Bewilligung):
        kwargs["bescheid"] = load_granted(kwargs["bescheid"], r, timeout=kwargs.get("timeout", 60),
                                          memory_mb=kwargs.get("memory_mb", 1024))

    def one(path: Path) -> Pruefbericht:
        try:
            return check_file(path, richtlinie=r, **kwargs)
        except errors.KimdocsError as exc:  # e.g. a --bescheid that cannot be read
            return Pruefbericht(str(path), kwargs.get("art"), r.id, "nicht_pruefbar",
                                fehler=str(exc))
        finally:
            if progress:
                progress(path)

    with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
        return list(pool.map(one, files))
