"""The same facts from YAML data (Antrag, Bescheid, Jahresbericht), so a rule is written once
and judges data and documents alike."""

from __future__ import annotations

from decimal import Decimal

from kimdocs.facts import (
    Ansiedlung,
    Antragsteller,
    Betrag,
    Datum,
    Erwaehnung,
    Fakten,
    Stellenanteil,
    Summe,
    Zeitraum,
)
from kimdocs.facts.overhead import is_overhead_text
from kimdocs.guideline import Richtlinie


def from_antrag(antrag, r: Richtlinie) -> Fakten:
    terms = [t.casefold() for t in r.parameter.overhead_begriffe]
    k = antrag.antragsteller
    org = antrag.organisation
    f = Fakten("antrag", quelle="daten")
    f.antragsteller = Antragsteller(k.name, k.art, k.kreisschluessel or k.ags)
    f.ansiedlung = Ansiedlung(org.amt, not org.in_kommunalverwaltung or bool(org.traeger),
                              org.traeger)
    f.stellen = [Stellenanteil(s.person or "unbesetzte Stelle", s.vzae, s.beginn, s.ende,
                               besetzt=s.besetzt)
                 for s in antrag.stellen]
    f.zeitraeume = [Zeitraum("foerder", antrag.zeitraum.beginn, antrag.zeitraum.ende)]
    f.datum = Datum(antrag.unterschrift.datum)
    for p in antrag.finanzierungsplan:
        f.betraege += [
            Betrag(p.beantragt_personalkosten, "personal", "beantragt", p.jahr,
                   f"{p.jahr} Personalkosten beantragt"),
            Betrag(p.beantragt_sachkosten, "sach", "beantragt", p.jahr,
                   f"{p.jahr} Sachkosten beantragt"),
            Betrag(p.personalausgaben, "personal", "geplant", p.jahr, f"{p.jahr} Personalausgaben"),
        ]
        for posten in p.sachausgaben:
            overhead = is_overhead_text(posten.bezeichnung, terms)
            f.betraege.append(Betrag(posten.betrag, "overhead" if overhead else "sach", "geplant",
                                     p.jahr, posten.bezeichnung))
            if overhead:
                from kimdocs.formatting import format_eur

                f.overhead.append(Erwaehnung(
                    f"{p.jahr}: {posten.bezeichnung} ({format_eur(posten.betrag)})"))
        # the balance rule (KIM-115): Gesamtausgaben against Gesamtfinanzierung
        f.betraege += [Betrag(p.ausgaben_gesamt, "gesamt", "geplant", p.jahr,
                              f"{p.jahr} Gesamtausgaben"),
                       Betrag(p.finanzierung_gesamt, "gesamt", None, p.jahr,
                              f"{p.jahr} Gesamtfinanzierung")]
        if p.beantragt_gesamt is not None:
            f.summen.append(Summe(p.beantragt_gesamt,
                                  [p.beantragt_personalkosten + p.beantragt_sachkosten],
                                  f"{p.jahr}"))
    return f


def from_jahresbericht(bericht, r: Richtlinie) -> Fakten:
    """A Jahresbericht's data: staff, spending per year (bewilligt and verausgabt)."""
    f = Fakten("jahresbericht", quelle="daten")
    f.antragsteller = Antragsteller(bericht.kommune.name, bericht.kommune.art,
                                    bericht.kommune.kreisschluessel)
    f.berichtsjahr = bericht.berichtsjahr
    f.datum = Datum(bericht.datum)
    f.fragebogen = Erwaehnung("Fragebogen", verneint=not bericht.fragebogen_beigefuegt)
    f.anlagen = list(bericht.anlagen)
    for s in bericht.personal:
        f.stellen.append(Stellenanteil(s.name or "unbesetzte Stelle", s.vzae, s.seit,
                                       besetzt=s.name is not None))
    for m in bericht.mittelverwendung:
        f.betraege += [
            Betrag(m.personalkosten_verausgabt, "personal", "verausgabt", m.jahr, "Personalkosten"),
            Betrag(m.sachkosten_verausgabt, "sach", "verausgabt", m.jahr, "Sachkosten"),
            Betrag(m.personalkosten_bewilligt, "personal", "bewilligt", m.jahr, "Personalkosten"),
            Betrag(m.sachkosten_bewilligt, "sach", "bewilligt", m.jahr, "Sachkosten"),
        ]
        if m.overheadkosten > Decimal(0):
            f.overhead.append(Erwaehnung(f"{m.jahr}: Overheadkosten {m.overheadkosten}"))
    return f
