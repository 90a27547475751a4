"""Checking a read document against the guideline: every applicable rule, a verdict.

Every rule ends *erfuellt*, *verletzt* or *nicht_pruefbar* (with the reason). A rule whose
figure is not in the document is never *erfuellt*. The verdict:
`einreichungsfaehig` (no Fehler, every Fehler rule checked), `maengel` (at least one Fehler
verletzt), `nicht_pruefbar` (unreadable, or a Fehler rule could not be checked).

Cross-document rules (art: quer) apply only when a Bescheid is given; portfolio rules apply
to batches (kimdocs.calculator / erstellen --tabelle), not to a single document.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import errors
from .findings import Befund, Fundstelle
from .guideline import Richtlinie, load_guideline
from .model import DOCUMENT_TITLES
from .readers import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT
from .readers.document import Document, Table
from .rules.belehrung import CONTENT
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
    # what the report was made from and with (kimdocs.report.stamp fills them in)
    richtlinie_version: str | None = None
    sha256: str | None = None
    groesse: int | None = None

    @property
    def exit_code(self) -> int:
        return VERDICT_EXIT[self.urteil]

    def to_dict(self) -> dict[str, Any]:
        from . import __version__

        out: dict[str, Any] = {"kimdocs_version": __version__, "datei": self.datei,
                               "art": self.art, "richtlinie": self.richtlinie}
        for key in ("richtlinie_version", "sha256", "groesse"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        out["urteil"] = self.urteil
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
               bescheid: Path | str | Bewilligung | None = None,
               timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
               **read_limits) -> Pruefbericht:
    """Read a PDF/DOCX/ODT file and check it, both in one bounded child process: at most
    `timeout` seconds and `memory_mb` MiB for the whole check; over it, nicht_pruefbar.
    `bescheid`: a Bescheid file, or what `load_granted` read from one.
    `read_limits`: max_pages, max_paragraphs (kimdocs.readers.read_document)."""
    return check_files(Sammlung([Path(path)]), jobs=1, art=art, richtlinie=richtlinie,
                       eingang=eingang, bescheid=bescheid, timeout=timeout,
                       memory_mb=memory_mb, **read_limits)[0]


def check_bytes(data: bytes, name: str, **kwargs) -> Pruefbericht:
    """The same for a file held in memory (e.g. an upload); `name` gives the extension."""
    from .interrupts import temporary_directory

    suffix = Path(name).suffix
    try:
        with temporary_directory("check") as tmp:
            path = tmp / f"dokument{suffix}"
            path.write_bytes(data)
            report = check_file(path, **kwargs)
    except (errors.KimdocsError, OSError) as exc:
        reason = exc.message if isinstance(exc, errors.KimdocsError) else (
            f"Die Datei kann im temporären Ordner nicht abgelegt werden "
            f"({errors.os_reason(exc)}).")
        r = _guideline(kwargs.get("richtlinie"))
        return Pruefbericht(name, kwargs.get("art"), r.id, "nicht_pruefbar", fehler=reason)
    report.datei = name
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
            judge = CONTENT.get(regel.name)
            why = judge(document, match.block, r) if judge and match.found else None
            if why:  # the part is there but says the wrong thing
                befunde[-1] = Befund.of(regel, "verletzt", why, befunde[-1].fundstellen)
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


class Sammlung(list):
    """The files to check (a list of Path, in order), and `uebersprungen`: what a folder held
    that is not checked, as (Path, German reason). A path that is not a regular file but has
    a document suffix, or was named directly, stays in the list: its report says why it could
    not be checked (check_files), so every path a user gave shows up."""

    def __init__(self, files=(), uebersprungen=()):
        super().__init__(files)
        self.uebersprungen: list[tuple[Path, str]] = list(uebersprungen)


def collect(paths: list[Path | str]) -> Sammlung:
    """Files to check: the paths given, and every PDF/DOCX/ODT inside a given folder. Folders
    are walked without following links to folders (no loops); nothing is opened here."""
    from .report import skip_reason

    out = Sammlung()
    for p in map(Path, paths):
        if not p.is_dir() or p.suffix.lower() in SUFFIXES:  # "x.pdf" meant a file: say why not
            out.append(p)
            continue
        for root, dirs, names in os.walk(p):
            dirs.sort()
            base = Path(root)
            for name in sorted(names + [d for d in dirs if Path(d).suffix.lower() in SUFFIXES
                                        or (base / d).is_symlink()]):
                f = base / name
                if f.is_symlink() and f.is_dir() and f.suffix.lower() not in SUFFIXES:
                    out.uebersprungen.append(
                        (f, "Verknüpfung auf einen Ordner; wird nicht durchsucht"))
                elif reason := skip_reason(f):
                    out.uebersprungen.append((f, reason))
                else:
                    out.append(f)
    return out


def _check_in_child(path: Path, *, art, richtlinie, eingang, bescheid,
                    limits: dict) -> Pruefbericht:
    """Runs in the bounded child: read and check, one budget."""
    from .readers import read_document_unsandboxed

    document = read_document_unsandboxed(path, **limits)
    return check_document(document, art=art, richtlinie=richtlinie, eingang=eingang,
                          granted=bescheid)


def check_files(paths: list[Path | str], *, jobs: int | None = None, progress=None,
                timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
                **kwargs) -> list[Pruefbericht]:
    """Check several files, each read AND checked in its own child process with its own
    deadline (`timeout` seconds) and memory limit, up to `jobs` at once. A file over its bound
    gets nicht_pruefbar with the reason, without holding up the others; one broken file never
    stops the others; anything that is not a regular file is never opened. The reports come
    back in the order of `paths`. Keywords: art, richtlinie, eingang, bescheid as for
    check_file; max_pages, max_paragraphs as for kimdocs.readers.read_document."""
    from .readers.sandbox import Task, run_each
    from .readers.sniff import not_regular

    # A Sammlung is already collected: walking it again would open up a folder named x.pdf.
    files = paths if isinstance(paths, Sammlung) else collect(paths)
    r = _guideline(kwargs.pop("richtlinie", None))
    art = kwargs.get("art")
    bescheid = kwargs.get("bescheid")
    # The Bescheid is read once for the run, under the same limits; when it cannot be read,
    # only the cross-checks (KIM-112/113) become nicht prüfbar, with the reason.
    if bescheid and not isinstance(bescheid, Bewilligung):
        bescheid = load_granted(bescheid, r, timeout=timeout, memory_mb=memory_mb)
    options = {"art": art, "richtlinie": r, "eingang": kwargs.get("eingang"),
               "bescheid": bescheid,
               "limits": {k: kwargs[k] for k in ("max_pages", "max_paragraphs") if k in kwargs}}
    reports: list[Pruefbericht | None] = [None] * len(files)
    tasks, where = [], []
    for i, path in enumerate(files):
        problem = not_regular(path)
        if problem:
            # the report names the file; `fehler` holds the reason alone
            reports[i] = Pruefbericht(str(path), art, r.id, "nicht_pruefbar", fehler=problem)
            if progress:
                progress(path)
        else:
            tasks.append(Task(_check_in_child, path, options))
            where.append(i)

    def done(n: int, result) -> None:
        if not isinstance(result, Pruefbericht):
            reason = result.message if isinstance(result, errors.KimdocsError) else str(result)
            result = Pruefbericht(str(files[where[n]]), art, r.id, "nicht_pruefbar",
                                  fehler=reason)
        reports[where[n]] = result
        if progress:
            progress(files[where[n]])

    run_each(tasks, timeout=timeout, memory_mb=memory_mb, verb="geprüft",
             jobs=jobs or os.cpu_count() or 1, on_done=done)
    from .report import stamp

    # every report names the guideline version and the file's hash and size (the contract)
    return [stamp(report) for report in reports]  # type: ignore[arg-type]
