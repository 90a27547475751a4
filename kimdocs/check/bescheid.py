"""The Bescheid for the cross-checks KIM-112/113: what it grants per Haushaltsjahr and line,
read once per run from a data file (through the calculator) or a PDF/DOCX/ODT (through the
reader and the fact layer), then handed to each document's facts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from kimdocs import errors
from kimdocs.calculator import calculate_bescheid
from kimdocs.facts import from_document
from kimdocs.guideline import Richtlinie
from kimdocs.limits import Limits, limits_of
from kimdocs.model import load_data
from kimdocs.readers import read_document
from kimdocs.rules.common import amounts

LINES = {"personal": "personalkosten", "sach": "sachkosten"}


@dataclass(frozen=True)
class Bewilligung:
    """What a Bescheid grants, per Haushaltsjahr and line ({2026: {"personalkosten": …}}),
    or why it could not be read; with the Kommune and Aktenzeichen where known."""

    betraege: dict[int, dict[str, Decimal]] | None
    problem: str | None = None
    kommune: str | None = None
    aktenzeichen: str | None = None


def load_bescheid(path: Path | str, r: Richtlinie, *, limits: Limits | None = None,
                  **one_limit: float | None) -> Bewilligung:
    """Read a Bescheid once: a data file (computed by the calculator) or a PDF/DOCX/ODT
    (read in the sandbox under the run's `limits`; timeout= etc. on their own are folded in).
    Never raises for a bad file: the reason goes into `problem`, so only the cross-checks
    become nicht prüfbar."""
    limits = limits_of(limits, **one_limit)
    path = Path(path)
    try:
        if path.suffix.lower() in (".yaml", ".yml", ".json"):

            bescheid = load_data(path, "bescheid")
            result = calculate_bescheid(bescheid, r)  # over the Bescheid's own period
            granted = {j.jahr: {"personalkosten": j.personalkosten, "sachkosten": j.sachkosten}
                       for j in result.jahre}
            return Bewilligung(granted, None, bescheid.antrag.antragsteller.name,
                               bescheid.aktenzeichen)

        facts = from_document(read_document(path, limits=limits), r, "bescheid")
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


def apply_bescheid(fakten, granted) -> None:
    fakten.bewilligt_genannt = False  # the Bescheid's amounts, not the document's own
    if isinstance(granted, Bewilligung):
        fakten.bewilligt = granted.betraege
        fakten.bescheid_problem = granted.problem
        fakten.bescheid_kommune = granted.kommune
        fakten.bescheid_aktenzeichen = granted.aktenzeichen
    else:
        fakten.bewilligt = granted


