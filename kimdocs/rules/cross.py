"""KIM-112 (bewilligt nicht über beantragt) and KIM-113 (verausgabt nicht über bewilligt):
the document's facts against the Bescheid's, read once per run (`load_bescheid`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .. import errors
from ..findings import Befund
from ..formatting import format_eur
from ..guideline import Regel, Richtlinie
from ..kommunen import normalize_name
from .common import amounts, not_found
from .facts import Fakten
from .registry import implements

MELDUNGEN = {
    "unlesbar": "Der Bescheid konnte nicht gelesen werden: {grund}",
    "andere_kommune": "Der Bescheid gehört zu {bescheid}, das Dokument zu {dokument}; der "
                      "Abgleich ist so nicht möglich. Bitte den Bescheid dieser Kommune angeben.",
    "anderes_az": "Der Bescheid hat das Aktenzeichen {bescheid}, das Dokument nennt {dokument}; "
                  "der Abgleich ist so nicht möglich.",
    "ueber": "{liste}.",
    "posten": "{jahr} {posten}: {verb} {betrag}, bewilligt {bewilligt}",
    "passt": "Die Beträge passen zum Bescheid.",
}
LINES = {"personal": "personalkosten", "sach": "sachkosten"}
_LABEL = {"personal": "Personalkosten", "sach": "Sachkosten"}


@dataclass(frozen=True)
class Bewilligung:
    """What a Bescheid grants, per Haushaltsjahr and line ({2026: {"personalkosten": …}}),
    or why it could not be read; with the Kommune and Aktenzeichen where known."""

    betraege: dict[int, dict[str, Decimal]] | None
    problem: str | None = None
    kommune: str | None = None
    aktenzeichen: str | None = None


def load_bescheid(path: Path | str, r: Richtlinie, *, timeout: float = 60,
                  memory_mb: int = 1024) -> Bewilligung:
    """Read a Bescheid once: a data file (computed by the calculator) or a PDF/DOCX/ODT
    (read in the sandbox under the run's limits). Never raises for a bad file: the reason
    goes into `problem`, so only the cross-checks become nicht prüfbar."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".yaml", ".yml", ".json"):
            from ..calculator import calculate_bescheid
            from ..model import load_data

            bescheid = load_data(path, "bescheid")
            result = calculate_bescheid(bescheid, r)  # over the Bescheid's own period
            granted = {j.jahr: {"personalkosten": j.personalkosten, "sachkosten": j.sachkosten}
                       for j in result.jahre}
            return Bewilligung(granted, None, bescheid.antrag.antragsteller.name,
                               bescheid.aktenzeichen)
        from ..readers import read_document
        from .facts import from_document

        facts = from_document(read_document(path, timeout=timeout, memory_mb=memory_mb), r,
                              "bescheid")
    except errors.KimdocsError as exc:
        return Bewilligung(None, str(exc))
    granted: dict[int, dict[str, Decimal]] = {}
    for posten, line in LINES.items():
        for b in amounts(facts, posten)[0]:
            if b.jahr:
                granted.setdefault(b.jahr, {}).setdefault(line, b.wert)
    if not granted:
        return Bewilligung(None, f"{path}: im Bescheid keine Beträge je Haushaltsjahr gefunden")
    return Bewilligung(granted, None, facts.antragsteller.name, facts.aktenzeichen)


def _cross(f: Fakten, regel: Regel, *, spent: bool) -> Befund:
    g = f.bewilligt
    if f.bescheid_problem:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["unlesbar"].format(
            grund=f.bescheid_problem))
    if f.bescheid_kommune and f.antragsteller.name and \
            normalize_name(f.bescheid_kommune) not in normalize_name(f.antragsteller.name) and \
            normalize_name(f.antragsteller.name) not in normalize_name(f.bescheid_kommune):
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["andere_kommune"].format(
            bescheid=f.bescheid_kommune, dokument=f.antragsteller.name))
    if f.bescheid_aktenzeichen and f.aktenzeichen and \
            f.bescheid_aktenzeichen.replace(" ", "") != f.aktenzeichen.replace(" ", "") and \
            "#" in f.aktenzeichen:  # only an Aktenzeichen in the ministry's form is compared
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["anderes_az"].format(
            bescheid=f.bescheid_aktenzeichen, dokument=f.aktenzeichen))
    wrong, checked = [], []
    for posten, line in LINES.items():
        for b in amounts(f, posten)[0]:
            granted = (g.get(b.jahr) or {}).get(line) if (g and b.jahr) else None
            if granted is None:
                continue
            checked.append(b)
            if (b.wert > granted) if spent else (granted > b.wert):
                wrong.append((b, granted))
    if not checked:
        return not_found(regel, f, "Ein Betrag mit Haushaltsjahr, der zum Bescheid passt,")
    if wrong:
        verb = "verausgabt" if spent else "beantragt"
        return Befund.of(regel, "verletzt", MELDUNGEN["ueber"].format(liste="; ".join(
            MELDUNGEN["posten"].format(jahr=b.jahr, posten=_LABEL[b.posten], verb=verb,
                                       betrag=format_eur(b.wert), bewilligt=format_eur(granted))
            for b, granted in wrong)), [b.fundstelle for b, _ in wrong if b.fundstelle])
    return Befund.of(regel, "erfuellt", MELDUNGEN["passt"],
                     [b.fundstelle for b in checked if b.fundstelle])


@implements("bewilligung-nicht-ueber-antrag")
def granted_within_requested(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    return _cross(f, regel, spent=False)


@implements("verwendung-nicht-ueber-bewilligung")
def spent_within_granted(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    return _cross(f, regel, spent=True)
