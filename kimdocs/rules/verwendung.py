"""The rules of the Verwendungsnachweis (issue 20): the Festbetrag reduction and spending
within the grant per line and year (KIM-116), the deadline from the Bescheid's period
(KIM-117) and the Bestätigung of the vertretungsberechtigte Person (KIM-118), judged on its
facts — from the data (`facts_of_nachweis`) or from a submitted document.

The amounts per Haushaltsjahr and line (posten personal/sach): the Festbetrag (role
`bewilligt`; the Bescheid's, `Fakten.bewilligt`, where one is given), the actual eligible
spending (role `ausgaben`; in a document the column „Ausgaben (Ist)“) and the part charged
to the grant (role `verausgabt`; in a document the column „davon aus der Zuwendung“)."""

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
VN_FRIST_MONATE = 6  # used where a guideline ships no Textbausteine


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def nachweis_frist(zeitraum: Periode, zwischen_jahr: int | None, tb: dict[str, Any]) -> date:
    """The deadline: the Zwischennachweis by the configured day of the next year, the
    Verwendungsnachweis the configured months after the end of the period (last day)."""
    if zwischen_jahr is not None:
        frist = tb.get("zwischennachweis_frist") or {"tag": 30, "monat": 4}
        return date(zwischen_jahr + 1, int(frist["monat"]), int(frist["tag"]))
    months = int(tb.get("verwendungsnachweis_frist_monate", VN_FRIST_MONATE))
    y, m = divmod(zeitraum.ende.month - 1 + months, 12)
    return _month_end(zeitraum.ende.year + y, m + 1)


def facts_of_nachweis(v: Verwendungsnachweis, tb: dict[str, Any]) -> Fakten:
    """The facts of a Verwendungsnachweis's data, for KIM-116…118."""
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
                           Betrag(z.ausgaben, posten, "ausgaben", j.jahr, _LABEL[posten]),
                           Betrag(z.verausgabt, posten, "verausgabt", j.jahr, _LABEL[posten])]
    b = v.bestaetigung
    f.zeichnung = Erwaehnung(f"{v.unterschrift.zusatz}: {v.unterschrift.name}",
                             verneint=not b.vollstaendig)
    frist = nachweis_frist(v.bewilligungszeitraum, v.zwischennachweis_jahr, tb)
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
        if b.rolle == "ausgaben" or (f.quelle == "dokument" and _IST.search(b.bezeichnung)):
            ist[key] = b.wert
        elif b.rolle == "verausgabt" or (f.quelle == "dokument"
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
    """Charged to the grant per line and year at most min(Festbetrag, spending): below the
    Festbetrag the grant is reduced to the spending, above it the saving stays, and never
    more than granted."""
    fest, ist, zuw = _line_amounts(f)
    keys = sorted(set(fest) & set(ist) & set(zuw))
    if not keys:
        return not_found(regel, f, "Festbetrag, Ausgaben und Zuwendung je Zeile und Jahr")
    wrong, cut = [], []
    for jahr, posten in keys:
        zustehend = min(fest[jahr, posten], ist[jahr, posten])
        if fest[jahr, posten] > zustehend:
            cut.append(f"{jahr} {_LABEL[posten]}: Kürzung "
                       f"{format_eur(fest[jahr, posten] - zustehend)}")
        if zuw[jahr, posten] > zustehend:
            why = ("über dem Festbetrag" if zuw[jahr, posten] > fest[jahr, posten]
                   else "über den Ausgaben, der Festbetrag ist zu kürzen")
            wrong.append(f"{jahr} {_LABEL[posten]}: aus der Zuwendung "
                         f"{format_eur(zuw[jahr, posten])} {why} (Festbetrag "
                         f"{format_eur(fest[jahr, posten])}, Ausgaben "
                         f"{format_eur(ist[jahr, posten])}, zustehend höchstens "
                         f"{format_eur(zustehend)})")
    if wrong:
        return Befund.of(regel, "verletzt", "; ".join(wrong) + ".")
    text = "; ".join(cut) if cut else "keine Kürzung: die Ausgaben erreichen jeden Festbetrag"
    return Befund.of(regel, "erfuellt", f"Festbeträge richtig angewandt ({text}).")


@implements("verwendungsnachweis-frist")
def nachweis_deadline(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    frist = next((z.ende for z in f.zeitraeume if z.art == "nachweisfrist"), None)
    periode = next((z for z in f.zeitraeume if z.art.startswith("bewilligung")), None)
    if frist is None and periode is not None:  # a document: from the period it names
        frist = nachweis_frist(Periode(beginn=periode.beginn, ende=periode.ende), None,
                               load_textbausteine(r.id))
    tag = f.eingang or (f.datum.wert if f.datum else None)
    if frist is None or tag is None:
        return not_found(regel, f, "Bewilligungszeitraum oder Datum des Nachweises")
    if tag > frist:
        return Befund.of(regel, "verletzt", f"Vorgelegt am {format_date(tag)}, Frist war der "
                                            f"{format_date(frist)}.")
    return Befund.of(regel, "erfuellt", f"Vorgelegt am {format_date(tag)}, innerhalb der Frist "
                                        f"bis {format_date(frist)}.")


@implements("verwendungsnachweis-bestaetigung")
def confirmation(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
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
    f.bewilligt = bewilligt
    return [REGISTRY[regel.name](f, regel, r) for regel in r.regeln_fuer("verwendungsnachweis")
            if regel.art in ("zahl", "frist")]
