"""The rules of the Verwendungsnachweis (issue 20): the Festbetrag reduction — charged to
the grant per line and year at most what was spent (KIM-116) —, the deadline from the
Bescheid's period (KIM-117) and the Bestätigung of the vertretungsberechtigte Person
(KIM-118), judged on its facts — from the data (`facts_of_nachweis`) or from a submitted
document. That no line is charged beyond its Festbetrag is KIM-113's (kimdocs.rules.cross),
as for the Jahresbericht.

The amounts per Haushaltsjahr and line (posten personal/sach): the Festbetrag
(`Fakten.bewilligt`: the Bescheid's where one is given, else the column the Nachweis names),
the actual eligible spending (role `verausgabt`; in a document the column „Ausgaben (Ist)“)
and the part charged to the grant (role `zuwendung`; the column „davon aus der
Zuwendung“)."""

from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal
from typing import Any

from kimdocs.facts import Antragsteller, Betrag, Datum, Erwaehnung, Fakten, Zeitraum
from kimdocs.findings import Befund
from kimdocs.formatting import format_date, format_eur
from kimdocs.guideline import Regel, Richtlinie
from kimdocs.guideline.textbausteine import load_textbausteine
from kimdocs.model import Verwendungsnachweis
from kimdocs.model import Zeitraum as Periode
from kimdocs.rules.common import not_found
from kimdocs.rules.registry import REGISTRY, implements

_LABEL = {"personal": "Personalkosten", "sach": "Sachkosten"}
_POSTEN = {"personalkosten": "personal", "sachkosten": "sach"}
FRIST_FEHLT = ("Die Richtlinie nennt keine Frist für den {was} (Textbausteine: {feld}); "
               "die Regel kann nicht geprüft werden.")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def frist_feld(zwischen_jahr: int | None) -> tuple[str, str]:
    """(what is due, the Textbausteine's setting of its deadline)."""
    return (("Zwischennachweis", "zwischennachweis_frist") if zwischen_jahr is not None
            else ("Verwendungsnachweis", "verwendungsnachweis_frist_monate"))


def nachweis_frist(zeitraum: Periode, zwischen_jahr: int | None,
                   tb: dict[str, Any]) -> date | None:
    """The deadline from the guideline's Textbausteine: the Zwischennachweis by the configured
    day of the next year, the Verwendungsnachweis the configured months after the end of the
    period (last day); None where the guideline sets none (`frist_feld` names the setting)."""
    setting = tb.get(frist_feld(zwischen_jahr)[1])
    if setting is None:
        return None
    if zwischen_jahr is not None:
        return date(zwischen_jahr + 1, int(setting["monat"]), int(setting["tag"]))
    y, m = divmod(zeitraum.ende.month - 1 + int(setting), 12)
    return _month_end(zeitraum.ende.year + y, m + 1)


def facts_of_nachweis(v: Verwendungsnachweis, tb: dict[str, Any]) -> Fakten:
    """The facts of a Verwendungsnachweis's data, for KIM-113 and KIM-116…118."""
    f = Fakten("verwendungsnachweis", quelle="daten")
    f.antragsteller = Antragsteller(v.kommune.name, v.kommune.art, v.kommune.kreisschluessel)
    f.datum = Datum(v.datum)
    f.aktenzeichen = v.bescheid_aktenzeichen
    f.zeitraeume.append(Zeitraum("bewilligung", v.bewilligungszeitraum.beginn,
                                 v.bewilligungszeitraum.ende))
    for j in v.jahre:
        for key, z in j.zeilen:
            posten = _POSTEN[key]
            f.betraege += [Betrag(z.festbetrag, posten, "bewilligt", j.jahr, _LABEL[posten]),
                           Betrag(z.ausgaben, posten, "verausgabt", j.jahr, _LABEL[posten]),
                           Betrag(z.verausgabt, posten, "zuwendung", j.jahr, _LABEL[posten])]
    f.name_own_grant()
    b = v.bestaetigung
    f.zeichnung = Erwaehnung(f"{v.unterschrift.zusatz}: {v.unterschrift.name}",
                             verneint=not b.vollstaendig)
    f.zwischennachweis_jahr = v.zwischennachweis_jahr
    frist = nachweis_frist(v.bewilligungszeitraum, v.zwischennachweis_jahr, tb)
    if frist is not None:
        f.zeitraeume.append(Zeitraum("nachweisfrist", v.bewilligungszeitraum.ende, frist))
    return f


# a document's columns, where its reader gives no role of our own
_IST = re.compile(r"\(ist\)|\bist\b|tatsächlich", re.IGNORECASE)
_AUS_ZUWENDUNG = re.compile(r"aus der zuwendung|verausgabt", re.IGNORECASE)


def _line_amounts(f: Fakten) -> tuple[dict, dict, dict]:
    """(Festbetrag, spending, charged to the grant) per (year, posten)."""
    fest, ist, zuw = {}, {}, {}
    for b in f.betraege:
        if not b.jahr or b.posten not in _LABEL:
            continue
        key = (b.jahr, b.posten)
        if (f.quelle == "dokument" and _IST.search(b.bezeichnung)) or \
                (f.quelle == "daten" and b.rolle == "verausgabt"):
            ist[key] = b.wert
        elif b.rolle == "zuwendung" or (f.quelle == "dokument"
                                        and _AUS_ZUWENDUNG.search(b.bezeichnung)):
            zuw[key] = b.wert
        elif b.rolle == "bewilligt":
            fest[key] = b.wert
    for jahr, lines in (f.bewilligt or {}).items():  # the Bescheid's Festbeträge win
        for line, betrag in lines.items():
            fest[jahr, _POSTEN.get(line, line)] = betrag
    return fest, ist, zuw


@implements("festbetrag-kuerzung")
def festbetrag_reduction(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    """Festbetragsfinanzierung: where a line's spending stays below its Festbetrag, the grant
    of that line is cut to the spending (the cut is named); charged to the grant is then at
    most what was spent. Charged beyond the Festbetrag is KIM-113's."""
    fest, ist, zuw = _line_amounts(f)
    keys = sorted(set(fest) & set(ist) & set(zuw))
    if not keys:
        return not_found(regel, f, "Festbetrag, Ausgaben und Zuwendung je Zeile und Jahr")
    wrong, cut = [], []
    for jahr, posten in keys:
        kuerzung = fest[jahr, posten] - min(fest[jahr, posten], ist[jahr, posten])
        if kuerzung:
            cut.append(f"{jahr} {_LABEL[posten]}: Kürzung {format_eur(kuerzung)}")
        if zuw[jahr, posten] > ist[jahr, posten]:
            wrong.append(f"{jahr} {_LABEL[posten]}: aus der Zuwendung "
                         f"{format_eur(zuw[jahr, posten])} über den Ausgaben, der Festbetrag "
                         f"ist zu kürzen (Festbetrag {format_eur(fest[jahr, posten])}, Ausgaben "
                         f"{format_eur(ist[jahr, posten])}, Kürzung {format_eur(kuerzung)})")
    if wrong:
        return Befund.of(regel, "verletzt", "; ".join(wrong) + ".")
    summe = sum((fest[k] - min(fest[k], ist[k]) for k in keys), Decimal(0))
    text = (f"{'; '.join(cut)}; Kürzung insgesamt {format_eur(summe)}" if cut
            else "keine Kürzung: die Ausgaben erreichen jeden Festbetrag")
    return Befund.of(regel, "erfuellt", f"Aus der Zuwendung höchstens die Ausgaben ({text}).")


@implements("verwendungsnachweis-frist")
def nachweis_deadline(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    """The deadline from the Bescheid's period and the guideline's Textbausteine — for a
    Zwischennachweis the configured day of the year after its Haushaltsjahr."""
    frist = next((z.ende for z in f.zeitraeume if z.art == "nachweisfrist"), None)
    periode = next((z for z in f.zeitraeume if z.art.startswith("bewilligung")), None)
    if frist is None and periode is not None:  # from the period it names
        frist = nachweis_frist(Periode(beginn=periode.beginn, ende=periode.ende),
                               f.zwischennachweis_jahr, load_textbausteine(r.id))
        if frist is None:
            was, feld = frist_feld(f.zwischennachweis_jahr)
            return Befund.of(regel, "nicht_pruefbar", FRIST_FEHLT.format(was=was, feld=feld))
    tag = f.eingang or (f.datum.wert if f.datum else None)
    if frist is None or tag is None:
        return not_found(regel, f, "Bewilligungszeitraum oder Datum des Nachweises")
    was = (f"Zwischennachweis {f.zwischennachweis_jahr}" if f.zwischennachweis_jahr
           else "Verwendungsnachweis")
    if tag > frist:
        return Befund.of(regel, "verletzt", f"{was} vorgelegt am {format_date(tag)}, Frist war "
                                            f"der {format_date(frist)}.")
    return Befund.of(regel, "erfuellt", f"{was} vorgelegt am {format_date(tag)}, innerhalb der "
                                        f"Frist bis {format_date(frist)}.")


@implements("verwendungsnachweis-bestaetigung")
def confirmation(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    if f.bestaetigung_offen:  # a document: a box of the Bestätigung not ticked
        return Befund.of(regel, "verletzt", "Nicht bestätigt (nicht angekreuzt): " + "; ".join(
            f"„{e.text.lstrip('☐□[] ').rstrip(',')}“" for e in f.bestaetigung_offen) + ".",
            [e.fundstelle for e in f.bestaetigung_offen if e.fundstelle])
    z = f.zeichnung
    if z is None:
        return not_found(regel, f, "Eine Zeichnungszeile der Bestätigung")
    if z.verneint:
        return Befund.of(regel, "verletzt", "Die Bestätigung ist nicht vollständig abgegeben "
                         "(Zweck, Wirtschaftlichkeit, Bücher und Belege, Nebenbestimmungen).")
    if re.match(r"\s*(im auftrag|i\.\s?a\.)", z.text, re.IGNORECASE):
        return Befund.of(regel, "verletzt", "Die Bestätigung ist „Im Auftrag“ unterschrieben; "
                         "sie gibt die vertretungsberechtigte Person selbst oder „In "
                         "Vertretung“ ab.")
    return Befund.of(regel, "erfuellt", "Bestätigung vollständig, von der "
                                        "vertretungsberechtigten Person unterschrieben.")


def check_nachweis(v: Verwendungsnachweis, r: Richtlinie,
                   bewilligt: dict[int, dict[str, Decimal]] | None = None) -> list[Befund]:
    """Every rule of the guideline for a Verwendungsnachweis, on its data; `bewilligt`: the
    Bescheid's amounts per year and line ({2026: {"personalkosten": …}}), which then stand
    for the Festbeträge."""
    f = facts_of_nachweis(v, load_textbausteine(r.id))
    if bewilligt is not None:
        f.bewilligt, f.bewilligt_genannt = bewilligt, False
    return [REGISTRY[regel.name](f, regel, r) for regel in r.regeln_fuer("verwendungsnachweis")
            if regel.art in ("zahl", "frist", "quer")]
