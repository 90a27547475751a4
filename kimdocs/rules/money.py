"""KIM-105/106 (Höchstbeträge), KIM-107 (keine Overheadkosten), KIM-108 (Summen stimmig),
KIM-115 (Finanzierungsplan ausgeglichen).

The two caps are limits (kimdocs.rules.registry): each gives the most that may be granted on
its line in one Haushaltsjahr, from the staff and the period the facts name; the calculator
grants the least of request, spending and these limits, and the checker judges the
document's amounts against the same (kimdocs.rules.limits). KIM-107 judges the overhead items
and limits the Sachkosten to the items without them."""

from __future__ import annotations

import calendar
from dataclasses import fields, replace
from datetime import date
from decimal import Decimal

from kimdocs.facts import Fakten
from kimdocs.facts.staff_match import read_once_for_several
from kimdocs.findings import Befund
from kimdocs.formatting import format_date, format_eur, format_vzae
from kimdocs.guideline import Regel, Richtlinie
from kimdocs.model import Zeitraum
from kimdocs.rules.caps import Anteil, full_months, personnel_cap, sach_cap
from kimdocs.rules.common import not_found, total
from kimdocs.rules.limits import NichtPruefbar, Obergrenze
from kimdocs.rules.registry import implements, limit
from kimdocs.rules.staff import successive

MELDUNGEN = {
    "keine_stelle": "Ohne Stellenanteil lässt sich der Höchstbetrag für {posten} nicht berechnen.",
    "ohne_anteile": "Im Dokument ist kein Stellenanteil zu lesen. Die Personalkosten liegen "
                    "innerhalb des Höchstbetrags für {vzae}; ob sie für die beantragten Anteile "
                    "zulässig sind, ist so nicht prüfbar. Bitte die Stellenanteile angeben.",
    "overhead": "Overhead- oder Gemeinkosten werden geltend gemacht; sie werden nicht "
                "übernommen: {liste}.",
    "kein_overhead": "Kein Kostenposten nennt Overhead- oder Gemeinkosten.",
    "summe_falsch": "Summe stimmt nicht – {liste}.",
    "summe_posten": "{bezeichnung}: angegeben {angegeben}, Summe der Posten {posten}",
    "summen_stimmen": "{anzahl} {summen} nachgerechnet: stimmig.",
    "keine_summe": "Das Dokument gibt keine Summe an; es gibt nichts nachzurechnen.",
    "keine_bilanz": "Eine Gegenüberstellung von Gesamtausgaben und Gesamtfinanzierung",
    "kein_monat": "Kein gelesener Stellenanteil besteht in {jahr} einen vollen Monat, das "
                  "Dokument nennt aber Personalkosten für {jahr}; Beginn und Ende der Stellen "
                  "passen nicht zu den Beträgen – bitte die Daten je Person prüfen.",
    "ungelesen": "Der Stellenanteil von {wer} steht im Text, ist aber nicht lesbar; der "
                 "Höchstbetrag der gelesenen Anteile allein wird überschritten, mit dem "
                 "ungelesenen Anteil vielleicht nicht. Bitte den Anteil je Person angeben.",
    "gesamt_mehr": "Das Dokument nennt zusammen {gesamt}, die gelesenen Stellenanteile ergeben "
                   "nur {gelesen}; der Höchstbetrag hängt davon ab. Bitte den Anteil je Person "
                   "angeben.",
    "vielleicht_wiederholt": "Ein Stellenanteil ohne Namen kann den Anteil einer genannten Person "
                             "wiederholen oder eine Stelle für sich sein; davon hängt der "
                             "Höchstbetrag ab. Bitte die Anteile je Person angeben.",
    "personen_in_einem": "Ein Stellenanteil von {vzae} wurde aus den Zeilen mehrerer Personen "
                         "({namen}) nur einmal gelesen; ob er je Person gilt, ist so nicht "
                         "bestimmbar, und davon hängt der Höchstbetrag ab. Bitte den Anteil je "
                         "Person angeben.",
    "wechsel_unklar": "Das Dokument nennt einen Wechsel in der Besetzung ohne Daten („{text}“); "
                      "ob die Stellenanteile nacheinander oder zugleich bestehen, ist nicht "
                      "bestimmbar, und davon hängt der Höchstbetrag ab: bitte Beginn und Ende je "
                      "Person angeben.",
    "sach_ab_stelle": "Das Dokument nennt keinen Förderzeitraum, und die Stellen sind erst ab "
                      "dem {beginn} besetzt: ab dann gerechnet betragen die Sachkosten {jahr} "
                      "höchstens {sicher}, für das ganze Jahr {voll}. Welcher Höchstbetrag gilt, "
                      "hängt vom Beginn der Förderung ab; bitte den Förderzeitraum angeben.",
    "unausgeglichen": "Finanzierungsplan nicht ausgeglichen (Eigenanteil und Drittmittel "
                      "angeben) – {liste}.",
    "unausgeglichen_jahr": "{jahr}: Gesamtausgaben {ausgaben}, Gesamtfinanzierung {finanzierung}",
    "ausgeglichen": "Gesamtausgaben und Gesamtfinanzierung stimmen in jedem Haushaltsjahr "
                    "überein.",
}


# a report's period that ends this many days or fewer before the report's own date ends
# where the bookings stood when it was written ("Stand"), not where the funding ends
_CUTOFF_DAYS = 31


def period_of(f: Fakten, jahr: int) -> Zeitraum:
    """The period a cap of `jahr` is computed over: the stated funding period where it has
    full months in that year, else the whole year. A Berichtszeitraum that ends shortly
    before the report's own date in the running Haushaltsjahr ("01.03.2026 – 30.11.2026",
    dated 04.12.2026) ends where the report was written, not the funding: its months run on
    to the year's end (the staff parts' own ends still count)."""
    stated = f.zeitraum()
    if stated is not None:
        ende = stated.ende
        written = f.datum.wert if f.datum else None
        if stated.art == "bericht" and written is not None and written.year == ende.year \
                and 0 <= (written - ende).days <= _CUTOFF_DAYS:
            ende = date(ende.year, 12, 31)
        period = Zeitraum.model_construct(beginn=stated.beginn, ende=ende)
        if full_months(period, jahr):
            return period
    return Zeitraum.model_construct(beginn=date(jahr, 1, 1), ende=date(jahr, 12, 31))


def staff(f: Fakten, r: Richtlinie) -> list[Anteil]:
    """The staff parts the personnel cap counts: successive holders by their own dates (a
    month held for part of it counts whole: the Kommune gets the benefit of the doubt; a
    vacancy between two of them is a gap, no post); else the stated total, else the
    guideline's maximum."""
    if f.stellen_unklar:  # the cap depends on the shares
        raise NichtPruefbar(f.stellen_unklar)
    parts = [anteil(_whole_months(x)) for p in f.stellen for x in p.abschnitte
             if x.besetzt or x.ende is None]
    # holders named as predecessor and successor without dates held one post (issue 19)
    stellen = successive(f.stellen, f.stellen_wechsel)[0] if f.stellen_wechsel else f.stellen
    parts += [anteil(p) for p in stellen if not p.abschnitte]
    if not parts:
        parts = [anteil(p) for p in f.stellen]
    if not parts and f.stellen_gesamt is not None:
        parts = [Anteil(f.stellen_gesamt)]
    if not parts:
        raise NichtPruefbar(MELDUNGEN["keine_stelle"].format(posten="Personalkosten"))
    return parts


def _whole_months(p):
    """A holder's part from the first of its first month to the last of its last month."""
    beginn = p.beginn.replace(day=1) if p.beginn else None
    ende = p.ende.replace(day=calendar.monthrange(p.ende.year, p.ende.month)[1]) if p.ende \
        else None
    return replace(p, beginn=beginn, ende=ende)


def anteil(p):
    """A staff part as the caps take it (a vacancy counts from its start; a share from weekly
    hours unrounded, where that is still the share read)."""
    names = {x.name for x in fields(Anteil)}
    extra = {k: v for k, v in (("besetzt", p.besetzt), ("bezeichnung", p.wer)) if k in names}
    exact = p.genau
    vzae = exact if exact is not None and exact.quantize(Decimal("0.0001")) == p.vzae else p.vzae
    return Anteil(vzae, p.beginn, p.ende, **extra)


@implements("personalkosten-hoechstbetrag", begrenzt="personalkosten",
            liest=("personalkosten_je_vzae", "anteilig", "leerstand"),
            wenn_gesetzt=("vzae_hoechstens",))
def personnel(f: Fakten, regel: Regel, r: Richtlinie, jahr: int, zeile: str) -> Decimal:
    """The guideline's amount per VZÄ and year for the VZÄ counted in each full month of
    the period (never above the maximum), one twelfth per month (kimdocs.rules.caps)."""
    try:
        parts = staff(f, r)
    except NichtPruefbar:
        maximum = r.parameter.vzae_hoechstens
        if f.stellen_unklar or maximum is None:
            raise
        cap = personnel_cap([Anteil(maximum)], period_of(f, jahr), jahr, r)
        if f.art == "bescheid":
            # a Bescheid grants for the post named in its Antrag and need not repeat the
            # shares: its amounts are held to the cap of the whole post (the Antrag is
            # compared with --bescheid, KIM-112)
            return cap
        # no share read in an Antrag or a report, which must state them: the cap for the
        # guideline's maximum bounds it from above only
        raise Obergrenze(cap, MELDUNGEN["ohne_anteile"].format(vzae=format_vzae(maximum))) from None
    cap = personnel_cap(parts, period_of(f, jahr), jahr, r)
    if cap == 0 and any(p.vzae for p in parts):
        # staff read, yet none in a full month of the year that states Personalkosten: the
        # staff's dates and the amounts do not reconcile – no Fehler on that (blind7)
        raise NichtPruefbar(MELDUNGEN["kein_monat"].format(jahr=jahr))
    if f.stellen_ungelesen and r.parameter.vzae_hoechstens is not None:
        # a person's share in the text not read (issue 19): the read parts bound the cap from
        # below only; with the unread at the maximum it is the most it can be
        high = personnel_cap(parts + [Anteil(r.parameter.vzae_hoechstens)] * len(
            f.stellen_ungelesen), period_of(f, jahr), jahr, r)
        if high > cap:
            raise Obergrenze(high, MELDUNGEN["ungelesen"].format(
                wer=", ".join(f.stellen_ungelesen)), sicher=cap)
    total, read = f.stellen_gesamt, sum(p.vzae for p in f.stellen)
    if total is not None and f.stellen and read < total:
        # the document states more VZÄ in all than the parts read add up to ("Frau A (0,5 VZÄ)
        # und Herrn B (0,5 VZÄ), zusammen 1,0 VZÄ" with B not read; blind27/28): the read
        # parts' cap is sure, the stated total's the most it can be
        high = personnel_cap([Anteil(total)], period_of(f, jahr), jahr, r)
        if high > cap:
            raise Obergrenze(high, MELDUNGEN["gesamt_mehr"].format(
                gesamt=format_vzae(total), gelesen=format_vzae(read)),
                sicher=cap)
    maybe = [p for p in f.stellen if p.vielleicht_wiederholt]
    if maybe:  # an unnamed share that may only restate a holder's: the cap without it is sure
        try:
            low = personnel_cap(staff(replace(f, stellen=[
                p for p in f.stellen if not p.vielleicht_wiederholt]), r), period_of(f, jahr), jahr, r)
        except NichtPruefbar:
            low = Decimal(0)
        if low < cap:
            raise Obergrenze(cap, MELDUNGEN["vielleicht_wiederholt"], sicher=low)
    several = read_once_for_several(f.stellen)
    if several:
        # one share read from the lines of two persons ("Fr. N. Haddad – 0,5 VZÄ" and "Hr. P.
        # Wirtz – 0,5 VZÄ", blind32): the cap with the share once is sure, once per person the
        # most it can be – never a Fehler on the reading that counts it once
        high = personnel_cap(parts + [Anteil(p.vzae, p.beginn, p.ende) for p, names in several
                                      for _ in names[1:]], period_of(f, jahr), jahr, r)
        if high > cap:
            p, names = several[0]
            raise Obergrenze(high, MELDUNGEN["personen_in_einem"].format(
                vzae=format_vzae(p.vzae), namen=", ".join(names)), sicher=cap)
    open_ = successive(f.stellen, f.stellen_wechsel)[2] if f.stellen_wechsel else []
    if open_:
        # a change of holder without dates that leaves open who ran at the same time
        # (issue 19): the cap of the least favourable reading keeps the rule for certain, the
        # cap with all parts at once breaks it for certain; between the two it is unclear
        low = personnel_cap(_one_after_another(parts, open_), period_of(f, jahr), jahr, r)
        if low < cap:
            raise Obergrenze(cap, MELDUNGEN["wechsel_unklar"].format(
                text=open_[0].text[:160]), sicher=low)
    return cap


def _one_after_another(parts: list[Anteil], open_) -> list[Anteil]:
    """The undated parts as if each change of holder the document tells without dates had
    replaced one part by another (the smaller one of the two it names; of all, when it names
    fewer): the smallest personnel cap the text allows."""
    dated = [a for a in parts if a.beginn or a.ende]
    undated = [a for a in parts if not (a.beginn or a.ende)]
    for w in open_:
        named = [a for a in undated if any(a.bezeichnung == p.wer and a.vzae == p.vzae
                                           for p in w.teile)]
        pool = named if len(named) >= 2 else undated
        if len(pool) >= 2:
            smaller = min(pool, key=lambda a: a.vzae)
            undated = [a for a in undated if a is not smaller]
    return dated + undated


@implements("sachkosten-hoechstbetrag", begrenzt="sachkosten",
            liest=("sachkosten_je_jahr", "anteilig"))
def sach(f: Fakten, regel: Regel, r: Richtlinie, jahr: int, zeile: str) -> Decimal:
    """The guideline's Sachkosten per year, pro rata for the full months of the period. Where
    the document names no period and the posts begin only during the year, the funding may
    have begun with them or before: the cap from their start is the safe one (issue 19,
    blind23 j05: 14.300 € passed against the whole year's 20.000 €, begun 01.06.)."""
    cap = sach_cap(period_of(f, jahr), jahr, r)
    start = _staff_start(f, jahr) if f.zeitraum() is None else None
    if start is not None:
        # (a month held for part of it counts whole, as for the personnel cap)
        low = sach_cap(Zeitraum.model_construct(beginn=start.replace(day=1),
                                                ende=date(jahr, 12, 31)), jahr, r)
        if low < cap:
            raise Obergrenze(cap, MELDUNGEN["sach_ab_stelle"].format(
                beginn=format_date(start), jahr=jahr, sicher=format_eur(low),
                voll=format_eur(cap)), sicher=low)
    return cap


def _staff_start(f: Fakten, jahr: int) -> date | None:
    """The first day the posts are held, where every read part begins during `jahr`."""
    starts = [x.beginn for p in f.stellen for x in (p.abschnitte or [p])]
    if not starts or any(b is None or b <= date(jahr, 1, 1) or b.year != jahr for b in starts):
        return None
    return min(starts)


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
             if _claimed_overhead(b) and not (b.fundstelle and b.fundstelle.block in seen)]
    if hits:
        return Befund.of(regel, "verletzt", MELDUNGEN["overhead"].format(
            liste="; ".join(" ".join(t.split())[:120] for t, _ in hits)),
            [w for _, w in hits if w])
    return Befund.of(regel, "erfuellt", MELDUNGEN["kein_overhead"])


def _claimed_overhead(b) -> bool:
    """An overhead amount the document claims: not the guideline's caps it quotes in a
    sentence on overhead ("Die Höchstbeträge nach Nr. 5 Abs. 1 (60.000 Euro) … werden
    beachtet; Overheadkosten werden nicht geltend gemacht", blind33)."""
    return b.posten == "overhead" and b.wert > 0 and b.rolle != "hoechstbetrag"


@limit("keine-overheadkosten", grund="overhead")
def without_overhead(f: Fakten, regel: Regel, r: Richtlinie, jahr: int,
                     zeile: str) -> Decimal | None:
    """Sachkosten, in a year with overhead items: at most the planned Sachausgaben without
    them (the facts read overhead with the one test, kimdocs.facts.overhead). None (no limit)
    in a year without overhead, or where a document lists no items for the year."""
    if zeile != "sachkosten" or not any(_claimed_overhead(b) and b.jahr == jahr
                                        for b in f.betraege):
        return None
    items = [b.wert for b in f.betraege if b.posten == "sach" and b.rolle == "geplant"
             and b.jahr == jahr and not b.summe]
    if not items and f.quelle != "daten":
        return None
    return total(items)


@implements("summen-stimmig")
def sums(f: Fakten, regel: Regel, r: Richtlinie) -> Befund:
    wrong = [s for s in f.summen if not s.stimmt]
    if wrong:
        liste = "; ".join(MELDUNGEN["summe_posten"].format(
            bezeichnung=s.bezeichnung, angegeben=format_eur(s.angegeben),
            posten=format_eur(s.lesarten[0])) for s in wrong)
        return Befund.of(regel, "verletzt", MELDUNGEN["summe_falsch"].format(liste=liste),
                         [s.fundstelle for s in wrong if s.fundstelle],
                         [{"art": "summe", "was": s.bezeichnung, "ist": s.angegeben,
                           "soll": s.lesarten[0]} for s in wrong])
    if not f.summen:
        return Befund.of(regel, "erfuellt", MELDUNGEN["keine_summe"])
    return Befund.of(regel, "erfuellt", MELDUNGEN["summen_stimmen"].format(
        anzahl=len(f.summen), summen="Summe" if len(f.summen) == 1 else "Summen"),
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
            [x.fundstelle for _, a, g in wrong for x in (a, g) if x.fundstelle],
            [{"art": "bilanz", "jahr": y, "ausgaben": a.wert, "finanzierung": g.wert}
             for y, a, g in wrong])
    return Befund.of(regel, "erfuellt", MELDUNGEN["ausgeglichen"],
                     [x.fundstelle for _, a, g in pairs for x in (a, g) if x.fundstelle])
