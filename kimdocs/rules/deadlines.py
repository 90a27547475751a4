"""KIM-109 (Berichtsfrist), KIM-110 (Fragebogen beigefügt), KIM-111 (Antragsfrist)."""

from __future__ import annotations

from ..findings import Befund
from ..formatting import format_date
from ..guideline import Regel, Richtlinie
from .common import not_found
from .facts import Fakten
from .registry import implements

MELDUNGEN = {
    "keine_berichtsfrist": "Die Richtlinie legt keine Berichtsfrist fest.",
    "nach_frist": "{quelle} {datum} nach der Frist {frist}.",
    "in_frist": "{quelle} {datum}, Frist {frist}.",
    "fragebogen_nicht": "Der Fragebogen ist nach dem Text nicht beigefügt.",
    "fragebogen_ja": "Der Fragebogen wird als beigefügt genannt.",
    "fragebogen_fehlt": "Der Fragebogen des Ministeriums wird weder als Anlage noch als "
                        "beigefügt genannt. Bitte beifügen und in den Anlagen aufführen.",
    "keine_antragsfrist": "Die Richtlinie legt keine Antragsfrist fest.",
    "vor_beginn": "{quelle} {datum} liegt vor dem Programmbeginn ({beginn}).",
    "nach_ende": "{quelle} {datum} liegt nach dem Ende der Antragsfrist ({ende}).",
    "in_antragsfrist": "{quelle} {datum} innerhalb der Antragsfrist.",
}


@implements("jahresbericht-frist")
def report_deadline(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    frist = r.parameter.jahresbericht_frist
    if frist is None:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["keine_berichtsfrist"])
    if f.berichtsjahr is None:
        return not_found(regel, f, "Das Berichtsjahr")
    deadline = frist.im_jahr(f.berichtsjahr)
    if f.eingang:
        when, quelle, where = f.eingang, "Eingang", []
    elif f.datum:
        when, quelle = f.datum.wert, "Datum des Berichts"
        where = [f.datum.fundstelle] if f.datum.fundstelle else []
    else:
        return not_found(regel, f, "Ein Datum des Berichts (oder --eingang)")
    values = {"quelle": quelle, "datum": format_date(when), "frist": format_date(deadline)}
    if when > deadline:
        return Befund.of(regel, "verletzt", MELDUNGEN["nach_frist"].format(**values), where)
    return Befund.of(regel, "erfuellt", MELDUNGEN["in_frist"].format(**values), where)


@implements("fragebogen-beigefuegt")
def questionnaire(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    e = f.fragebogen
    if e is None:
        return Befund.of(regel, "verletzt", MELDUNGEN["fragebogen_fehlt"])
    where = [e.fundstelle] if e.fundstelle else []
    if e.verneint:
        return Befund.of(regel, "verletzt", MELDUNGEN["fragebogen_nicht"], where)
    return Befund.of(regel, "erfuellt", MELDUNGEN["fragebogen_ja"], where)


@implements("antragsfrist")
def application_deadline(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    start, end = r.parameter.programm_beginn, r.parameter.antragsfrist_ende
    if start is None and end is None:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["keine_antragsfrist"])
    # An application counts when it is received: the Eingang, where known, decides (an
    # Antrag dated in December but received in January is late), else the Antrag's date.
    if f.eingang:
        datum, quelle, where = f.eingang, "Eingang am", []
    elif f.datum:
        datum, quelle = f.datum.wert, "Antrag vom"
        where = [f.datum.fundstelle] if f.datum.fundstelle else []
    else:
        return not_found(regel, f, "Ein Datum des Antrags (oder --eingang)")
    values = {"quelle": quelle, "datum": format_date(datum)}
    if start and datum < start:
        return Befund.of(regel, "verletzt", MELDUNGEN["vor_beginn"].format(
            **values, beginn=format_date(start)), where)
    if end and datum > end:
        return Befund.of(regel, "verletzt", MELDUNGEN["nach_ende"].format(
            **values, ende=format_date(end)), where)
    return Befund.of(regel, "erfuellt", MELDUNGEN["in_antragsfrist"].format(**values), where)
