"""The template context of the Verwendungsnachweis and the Zwischennachweis: per Haushaltsjahr
and line the Festbetrag against the actual spending, the reduction the Festbetragsfinanzierung
makes where the spending stays below it (computed here, never typed), the Einnahmen, the
amount to refund or still to be paid, and the deadline from the Bescheid's period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kimdocs.errors import GuidelineError
from kimdocs.formatting import format_date, format_eur
from kimdocs.generate.parts import (
    CHECKED,
    UNCHECKED,
    common_of,
    kommune_of,
    paragraphs,
    period_of,
    zusatz_text,
)
from kimdocs.guideline import Richtlinie
from kimdocs.guideline.textbausteine import load_textbausteine
from kimdocs.model import Verwendungsnachweis
from kimdocs.rules.verwendung import frist_feld, nachweis_frist

ZEILEN = {"personalkosten": "Personalkosten", "sachkosten": "Sachkosten"}
ZERO = Decimal("0.00")


def _zeile(label: str, z, jahr: int) -> dict[str, str]:
    return {"jahr": str(jahr), "zeile": label,
            "geplant": format_eur(z.geplant) if z.geplant is not None else "",
            "festbetrag": format_eur(z.festbetrag), "ausgaben": format_eur(z.ausgaben),
            "verausgabt": format_eur(z.verausgabt), "kuerzung": format_eur(z.kuerzung),
            "zustehend": format_eur(z.zustehend)}


def verwendung_context(v: Verwendungsnachweis, richtlinie: Richtlinie) -> dict:
    tb = load_textbausteine(richtlinie.id)
    rows, jahre = [], []
    summe = dict.fromkeys(("festbetrag", "ausgaben", "verausgabt", "kuerzung", "zustehend",
                           "erhalten"), ZERO)
    for j in sorted(v.jahre, key=lambda j: j.jahr):
        zustehend = sum((z.zustehend for _, z in j.zeilen), ZERO)
        for key, z in j.zeilen:
            rows.append(_zeile(ZEILEN[key], z, j.jahr))
            for field in ("festbetrag", "ausgaben", "verausgabt", "kuerzung", "zustehend"):
                summe[field] += getattr(z, field)
        summe["erhalten"] += j.zuwendung_erhalten
        ausgaben = sum((z.ausgaben for _, z in j.zeilen), ZERO)
        saldo = j.zuwendung_erhalten - zustehend
        jahre.append({
            "jahr": str(j.jahr),
            "ausgaben": format_eur(ausgaben),
            "zuwendung": format_eur(j.zuwendung_erhalten),
            "eigenmittel": format_eur(j.eigenmittel),
            "drittmittel": [{"bezeichnung": d.bezeichnung, "betrag": format_eur(d.betrag)}
                            for d in j.drittmittel],
            "einnahmen": format_eur(j.zuwendung_erhalten + j.eigenmittel + j.drittmittel_summe),
            "zustehend": format_eur(zustehend),
            "saldo_text": "zu erstatten" if saldo > 0 else "noch auszuzahlen" if saldo < 0
            else "ausgeglichen",
            "saldo": format_eur(abs(saldo)),
        })
    saldo = summe["erhalten"] - summe["zustehend"]
    b = v.bestaetigung
    frist = nachweis_frist(v.bewilligungszeitraum, v.zwischennachweis_jahr, tb)
    if frist is None:
        was, feld = frist_feld(v.zwischennachweis_jahr)
        raise GuidelineError(f"Richtlinie {richtlinie.id}: keine Frist für den {was} "
                             f"(Textbausteine: {feld})")
    return {
        **common_of("verwendungsnachweis", richtlinie),
        "titel": v.titel_art,
        "zwischennachweis": v.zwischennachweis_jahr is not None,
        "zwischennachweis_jahr": str(v.zwischennachweis_jahr or ""),
        "kommune": kommune_of(v.kommune),
        "absender": ", ".join([v.kommune.anzeigename, *(
            v.kommune.anschrift.zeilen() if v.kommune.anschrift else [])]),
        "bescheid": {"aktenzeichen": v.bescheid_aktenzeichen,
                     "datum": format_date(v.bescheid_datum)},
        "zeitraum": period_of(v.bewilligungszeitraum),
        "datum": format_date(v.datum),
        "frist": format_date(frist),
        "sachbericht": paragraphs(v.sachbericht),
        "zeilen": rows,
        "jahre": jahre,
        "summe": {k: format_eur(s) for k, s in summe.items()},
        "kuerzung": summe["kuerzung"] > 0,
        "saldo_text": "Zu erstatten" if saldo > 0 else "Noch auszuzahlen" if saldo < 0
        else "Erstattung",
        "saldo": format_eur(abs(saldo)),
        "bestaetigung": {name: CHECKED if getattr(b, name) else UNCHECKED for name in (
            "zweckentsprechend", "wirtschaftlich_sparsam", "buecher_belege",
            "nebenbestimmungen")},
        "unterschrift": {"ort": v.unterschrift.ort, "datum": format_date(v.unterschrift.datum),
                         "name": v.unterschrift.name, "funktion": v.unterschrift.funktion or "",
                         "zusatz": zusatz_text(v.unterschrift.zusatz)},
    }


def verwendung_year(v: Verwendungsnachweis) -> int:
    """The year in the file name: the Zwischennachweis's year, else the period's last."""
    return v.zwischennachweis_jahr or v.bewilligungszeitraum.ende.year


def verwendung_date(v: Verwendungsnachweis) -> date:
    return v.datum
