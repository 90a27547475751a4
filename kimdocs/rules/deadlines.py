"""KIM-109 (Berichtsfrist), KIM-110 (Fragebogen beigefügt), KIM-111 (Antragsfrist)."""

from __future__ import annotations

from datetime import date

from kimdocs.facts import Fakten
from kimdocs.findings import Befund
from kimdocs.formatting import MONATE, format_date
from kimdocs.guideline import Regel, Richtlinie
from kimdocs.rules.common import not_found
from kimdocs.rules.registry import implements

MELDUNGEN = {
    "nach_frist": "{quelle} {datum} nach der Frist {frist}.",
    "in_frist": "{quelle} {datum}, Frist {frist}.",
    "fragebogen_nicht": "Der Fragebogen ist nach dem Text nicht beigefügt.",
    "fragebogen_ja": "Der Fragebogen wird als beigefügt genannt.",
    "fragebogen_fehlt": "Der Fragebogen des Ministeriums wird weder als Anlage noch als "
                        "beigefügt genannt. Bitte beifügen und in den Anlagen aufführen.",
    "vor_beginn": "{quelle} {datum} liegt vor dem Programmbeginn ({beginn}).",
    "nach_ende": "{quelle} {datum} liegt nach dem Ende der Antragsfrist ({ende}).",
    "in_antragsfrist": "{quelle} {datum} innerhalb der Antragsfrist.",
    "ueber_jahreswechsel": "Der Berichtszeitraum {zeitraum} läuft über den Jahreswechsel; {quelle} "
                           "{datum} liegt nach dem {frist}, dem spätesten Termin, zu dem ein "
                           "Bericht über ihn im Dezember fällig sein kann. Ob er verspätet ist, "
                           "hängt vom Berichtsjahr ab, das das Dokument nicht nennt: bitte das "
                           "Berichtsjahr angeben.",
    "nur_monat": "Das Dokument ist nur mit dem Monat datiert ({monat}); ob die Frist gewahrt "
                 "ist, hängt vom Tag ab. Bitte das Datum (oder --eingang) angeben.",
    "daten_uneins": "Das Dokument nennt als sein Datum {daten}; welches gilt, ist nicht "
                    "eindeutig, und davon hängt die Frist ab. Bitte das Datum (oder --eingang) "
                    "angeben.",
}


def _disagree(f: Fakten, late) -> tuple[str, list] | None:
    """Where the document's own dates disagree (f.datum_andere) and no Eingang decides, the
    verdict must be the same for all of them; `late(d)` is the verdict for one date. The
    message and the places when they do not; None when they agree (or nothing disagrees)."""
    if f.eingang or f.eingangsstempel or not f.datum or not (f.datum_andere or f.datum.bis):
        return None
    dates = [f.datum, *f.datum_andere]
    if len({late(day) for d in dates for day in (d.wert, d.bis or d.wert)}) == 1:
        return None
    if not f.datum_andere:  # one date, known to the month only
        where = [f.datum.fundstelle] if f.datum.fundstelle else []
        return MELDUNGEN["nur_monat"].format(monat=_shown(f.datum.wert, f)), where
    text = ", ".join(format_date(d.wert) for d in dates)
    return MELDUNGEN["daten_uneins"].format(daten=text), [d.fundstelle for d in dates
                                                           if d.fundstelle]


def _shown(day: date, f: Fakten) -> str:
    """A date as the message names it: the month alone where the document names no day."""
    if f.datum and f.datum.bis and day == f.datum.wert and not (f.eingang or f.eingangsstempel):
        return f"{MONATE[day.month - 1]} {day.year}"
    return format_date(day)


def _dated(f: Fakten, eingang: str, dokument: str) -> tuple[date, str, list] | None:
    """The date a deadline is judged by, how to name it, and where it stands: a document
    counts when it is received, so the Eingang (--eingang, else a receipt stamp on the
    document) decides where it is known, else the document's own date. None when none is
    known."""
    if f.eingang:
        return f.eingang, eingang, []
    if f.eingangsstempel:  # no --eingang: the receipt stamp on the document says it
        s = f.eingangsstempel
        return s.wert, f"{eingang} (Eingangsstempel)", [s.fundstelle] if s.fundstelle else []
    if f.datum:
        return f.datum.wert, dokument, [f.datum.fundstelle] if f.datum.fundstelle else []
    return None


@implements("jahresbericht-frist", liest=("jahresbericht_frist",))
def report_deadline(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    frist = r.parameter.jahresbericht_frist
    across = _across_new_year(f) if f.berichtsjahr is None else None
    if f.berichtsjahr is None and across is None:
        return not_found(regel, f, "Das Berichtsjahr")
    deadline = frist.im_jahr(f.berichtsjahr or across.ende.year)
    unclear = _disagree(f, lambda d: d > deadline)
    if unclear:
        return Befund.of(regel, "nicht_pruefbar", *unclear)
    dated = _dated(f, "Eingang", "Datum des Berichts")
    if dated is None:
        return not_found(regel, f, "Ein Datum des Berichts (oder --eingang)")
    when, quelle, where = dated
    values = {"quelle": quelle, "datum": _shown(when, f), "frist": format_date(deadline)}
    if when > deadline and across is not None:  # late only under one reading of the year
        text = MELDUNGEN["ueber_jahreswechsel"].format(
            zeitraum=f"{format_date(across.beginn)} – {format_date(across.ende)}", **values)
        return Befund.of(regel, "nicht_pruefbar", text, where)
    if when > deadline:
        return Befund.of(regel, "verletzt", MELDUNGEN["nach_frist"].format(**values), where)
    return Befund.of(regel, "erfuellt", MELDUNGEN["in_frist"].format(**values), where)


def _across_new_year(f: Fakten):
    """A Berichtszeitraum of at most twelve months running across the new year ("01.07.2025 bis
    30.06.2026"; issue 19, probe round 6), or None. A report on it can be given only after it
    ends, so the 15.12. of the year it ends in is the latest December it can be due: a report
    dated by then is in time under every reading of its year; one dated later is late only
    under some (nicht prüfbar)."""
    period = next((z for z in f.zeitraeume if z.art == "bericht"), None)
    if period is None:
        return None
    b, e = period.beginn, period.ende
    if e.year == b.year + 1 and (e.month, e.day) < (b.month, b.day):
        return period
    return None


@implements("fragebogen-beigefuegt")
def questionnaire(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    e = f.fragebogen
    if e is None:
        return Befund.of(regel, "verletzt", MELDUNGEN["fragebogen_fehlt"])
    where = [e.fundstelle] if e.fundstelle else []
    if e.verneint:
        return Befund.of(regel, "verletzt", MELDUNGEN["fragebogen_nicht"], where)
    return Befund.of(regel, "erfuellt", MELDUNGEN["fragebogen_ja"], where)


@implements("antragsfrist", liest=(("programm_beginn", "antragsfrist_ende"),))
def application_deadline(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    start, end = r.parameter.programm_beginn, r.parameter.antragsfrist_ende  # one may be open
    # An Antrag dated in December but received in January is late.
    unclear = _disagree(f, lambda d: (bool(start and d < start), bool(end and d > end)))
    if unclear:
        return Befund.of(regel, "nicht_pruefbar", *unclear)
    dated = _dated(f, "Eingang am", "Antrag vom")
    if dated is None:
        return not_found(regel, f, "Ein Datum des Antrags (oder --eingang)")
    datum, quelle, where = dated
    values = {"quelle": quelle, "datum": _shown(datum, f)}
    if start and datum < start:
        return Befund.of(regel, "verletzt", MELDUNGEN["vor_beginn"].format(
            **values, beginn=format_date(start)), where)
    if end and datum > end:
        return Befund.of(regel, "verletzt", MELDUNGEN["nach_ende"].format(
            **values, ende=format_date(end)), where)
    return Befund.of(regel, "erfuellt", MELDUNGEN["in_antragsfrist"].format(**values), where)
