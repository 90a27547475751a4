"""KIM-105/106 (Höchstbeträge), KIM-107 (keine Overheadkosten), KIM-108 (Summen stimmig)."""

from __future__ import annotations

import calendar
from dataclasses import fields, replace
from datetime import date

from kimdocs.facts import Fakten
from kimdocs.findings import Befund
from kimdocs.formatting import format_eur, round_cents
from kimdocs.guideline import Regel, Richtlinie
from kimdocs.model import Zeitraum
from kimdocs.rules.caps import Anteil, full_months, personnel_cap, sach_cap
from kimdocs.rules.common import amounts, not_found
from kimdocs.rules.registry import implements

MELDUNGEN = {
    "kein_hoechstbetrag": "Die Richtlinie legt keinen Höchstbetrag für {posten} fest.",
    "keine_stelle": "Ohne Stellenanteil lässt sich der Höchstbetrag für {posten} nicht berechnen.",
    "zeitraum_unklar": "{grund} Der Höchstbetrag hängt vom Zeitraum ab.",
    "ueber": "{posten} über dem Höchstbetrag – {liste}.",
    "ueber_posten": "{jahr}: {betrag} {rolle}, höchstens {hoechstbetrag}",
    "innerhalb": "{posten} in jedem Haushaltsjahr innerhalb des Höchstbetrags.",
    "ohne_rolle": "{posten} {betrag} ({bezeichnung}) liegt über dem Höchstbetrag von "
                  "{hoechstbetrag}, doch das Dokument sagt nicht, ob der Betrag die beantragte "
                  "Zuwendung oder die Gesamtausgaben sind (es nennt auch einen Eigenanteil).",
    "overhead": "Overhead- oder Gemeinkosten werden geltend gemacht; sie werden nicht "
                "übernommen: {liste}.",
    "kein_overhead": "Kein Kostenposten nennt Overhead- oder Gemeinkosten.",
    "summe_falsch": "Summe stimmt nicht – {liste}.",
    "summe_posten": "{bezeichnung}: angegeben {angegeben}, Summe der Posten {posten}",
    "summen_stimmen": "{anzahl} Summe(n) nachgerechnet: stimmig.",
    "keine_summe": "Das Dokument gibt keine Summe an; es gibt nichts nachzurechnen.",
    "keine_bilanz": "Eine Gegenüberstellung von Gesamtausgaben und Gesamtfinanzierung",
    "unausgeglichen": "Finanzierungsplan nicht ausgeglichen (Eigenanteil und Drittmittel "
                      "angeben) – {liste}.",
    "unausgeglichen_jahr": "{jahr}: Gesamtausgaben {ausgaben}, Gesamtfinanzierung {finanzierung}",
    "ausgeglichen": "Gesamtausgaben und Gesamtfinanzierung stimmen in jedem Haushaltsjahr "
                    "überein.",
}
_ROLE_TEXT = {"beantragt": "beantragt", "zuwendung": "Zuwendung", "bewilligt": "bewilligt",
              "verausgabt": "verausgabt", None: ""}
_LABEL = {"personal": "Personalkosten", "sach": "Sachkosten"}


def cap(f: Fakten, posten: str, jahr: int, r: Richtlinie):
    """The cap of one line and Haushaltsjahr (rounded), from the calculator's cap functions:
    the stated funding period where it has full months in that year, else the whole year."""
    whole = Zeitraum.model_construct(beginn=date(jahr, 1, 1), ende=date(jahr, 12, 31))
    stated = f.zeitraum()
    zeitraum = whole
    if stated is not None:
        period = Zeitraum.model_construct(beginn=stated.beginn, ende=stated.ende)
        if full_months(period, jahr):
            zeitraum = period
    if posten == "sach":
        return round_cents(sach_cap(zeitraum, jahr, r))
    # successive holders by their own dates (a month held for part of it counts whole: the
    # Kommune gets the benefit of the doubt); a vacancy between two of them is a gap, no post
    staff = [anteil(_whole_months(x)) for p in f.stellen for x in p.abschnitte
             if x.besetzt or x.ende is None]
    staff += [anteil(p) for p in f.stellen if not p.abschnitte]
    if not staff:
        staff = [anteil(p) for p in f.stellen]
    if not staff and f.stellen_gesamt is not None:
        staff = [Anteil(f.stellen_gesamt)]
    if not staff:
        if r.parameter.vzae_hoechstens is None:
            return None
        staff = [Anteil(r.parameter.vzae_hoechstens)]
    return round_cents(personnel_cap(staff, zeitraum, jahr, r))


def _whole_months(p):
    """A holder's part from the first of its first month to the last of its last month."""
    beginn = p.beginn.replace(day=1) if p.beginn else None
    ende = p.ende.replace(day=calendar.monthrange(p.ende.year, p.ende.month)[1]) if p.ende \
        else None
    return replace(p, beginn=beginn, ende=ende)


def anteil(p):
    """A staff part as the calculator's caps take it (a vacancy counts from its start)."""
    names = {x.name for x in fields(Anteil)}
    extra = {k: v for k, v in (("besetzt", p.besetzt), ("bezeichnung", p.wer)) if k in names}
    return Anteil(p.vzae, p.beginn, p.ende, **extra)


def _cap_rule(f: Fakten, regel: Regel, r: Richtlinie, posten: str) -> Befund:
    label = _LABEL[posten]
    param = "personalkosten_je_vzae" if posten == "personal" else "sachkosten_je_jahr"
    if getattr(r.parameter, param) is None:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["kein_hoechstbetrag"].format(
            posten=label))
    found, fallback = amounts(f, posten)
    if not found:
        return not_found(regel, f, f"Ein Betrag für {label}")
    unclear = f.zeitraum_unklar()
    if unclear:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["zeitraum_unklar"].format(grund=unclear))
    if posten == "personal" and f.stellen_unklar:  # the cap depends on the shares
        return Befund.of(regel, "nicht_pruefbar", f.stellen_unklar)
    over, checked = [], []
    today = date.today().year
    for b in sorted(found, key=lambda b: b.jahr or 0):
        limit = cap(f, posten, b.jahr or today, r)
        if limit is None:
            return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["keine_stelle"].format(posten=label))
        checked.append(b)
        if b.wert > limit:
            over.append((b, limit))
    if over and fallback and any(b.posten == "eigenanteil" for b in f.betraege):
        b, limit = over[0]
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["ohne_rolle"].format(
            posten=label, betrag=format_eur(b.wert), bezeichnung=b.bezeichnung,
            hoechstbetrag=format_eur(limit)), [b.fundstelle] if b.fundstelle else [])
    if over:
        liste = "; ".join(MELDUNGEN["ueber_posten"].format(
            jahr=b.jahr or "ohne Jahr", betrag=format_eur(b.wert), rolle=_ROLE_TEXT.get(b.rolle, ""),
            hoechstbetrag=format_eur(limit)).replace("  ", " ") for b, limit in over)
        return Befund.of(regel, "verletzt", MELDUNGEN["ueber"].format(posten=label, liste=liste),
                         [b.fundstelle for b, _ in over if b.fundstelle])
    return Befund.of(regel, "erfuellt", MELDUNGEN["innerhalb"].format(posten=label),
                     [b.fundstelle for b in checked if b.fundstelle])


@implements("personalkosten-hoechstbetrag")
def personnel(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    return _cap_rule(f, regel, r, "personal")


@implements("sachkosten-hoechstbetrag")
def sach(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    return _cap_rule(f, regel, r, "sach")


@implements("keine-overheadkosten")
def no_overhead(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    hits, rows = [], set()
    for e in f.overhead:  # a long cell is read as prose and as a row: name it once
        fs = e.fundstelle
        row = (fs.block, fs.zelle[0] if fs.zelle else None) if fs and fs.block is not None else None
        if not e.verneint and (row is None or row not in rows):
            hits.append((e.text, fs))
            rows.add(row)
    seen = {e.fundstelle.block for e in f.overhead if e.fundstelle}
    hits += [(f"{b.bezeichnung}: {format_eur(b.wert)}", b.fundstelle) for b in f.betraege
             if b.posten == "overhead" and b.wert > 0
             and not (b.fundstelle and b.fundstelle.block in seen)]
    if hits:
        return Befund.of(regel, "verletzt", MELDUNGEN["overhead"].format(
            liste="; ".join(" ".join(t.split())[:120] for t, _ in hits)),
            [w for _, w in hits if w])
    return Befund.of(regel, "erfuellt", MELDUNGEN["kein_overhead"])


@implements("summen-stimmig")
def sums(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    wrong = [s for s in f.summen if not s.stimmt]
    if wrong:
        liste = "; ".join(MELDUNGEN["summe_posten"].format(
            bezeichnung=s.bezeichnung, angegeben=format_eur(s.angegeben),
            posten=format_eur(s.lesarten[0])) for s in wrong)
        return Befund.of(regel, "verletzt", MELDUNGEN["summe_falsch"].format(liste=liste),
                         [s.fundstelle for s in wrong if s.fundstelle])
    if not f.summen:
        return Befund.of(regel, "erfuellt", MELDUNGEN["keine_summe"])
    return Befund.of(regel, "erfuellt", MELDUNGEN["summen_stimmen"].format(anzahl=len(f.summen)),
                     [s.fundstelle for s in f.summen if s.fundstelle])


@implements("finanzierungsplan-ausgeglichen")
def balanced(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    """Per year, the stated Gesamtausgaben equal the Gesamtfinanzierung (Zuwendung,
    Eigenanteil, Drittmittel)."""
    by_year: dict = {}
    for b in f.betraege:
        low = b.bezeichnung.casefold()
        key = ("ausgaben" if "gesamtausgaben" in low else
               "finanzierung" if "gesamtfinanzierung" in low else None)
        if key:
            by_year.setdefault(b.jahr, {}).setdefault(key, b)
    pairs = [(y, v["ausgaben"], v["finanzierung"]) for y, v in sorted(
        by_year.items(), key=lambda i: i[0] or 0) if len(v) == 2]
    if not pairs:
        return not_found(regel, f, MELDUNGEN["keine_bilanz"])
    wrong = [(y, a, g) for y, a, g in pairs if a.wert != g.wert]
    if wrong:
        return Befund.of(regel, "verletzt", MELDUNGEN["unausgeglichen"].format(liste="; ".join(
            MELDUNGEN["unausgeglichen_jahr"].format(jahr=y or "ohne Jahr", ausgaben=format_eur(
                a.wert), finanzierung=format_eur(g.wert)) for y, a, g in wrong)),
            [x.fundstelle for _, a, g in wrong for x in (a, g) if x.fundstelle])
    return Befund.of(regel, "erfuellt", MELDUNGEN["ausgeglichen"],
                     [x.fundstelle for _, a, g in pairs for x in (a, g) if x.fundstelle])
