"""A line's amounts judged against a limit per Haushaltsjahr: the Befund of every rule that
gives a limit (KIM-105, KIM-106, a guideline's own number rules), so such a rule is one
function, its limit.

No clock: the Haushaltsjahr of an amount the document states without one is read from the
document itself — the year under which the same line shows the same amount, else the years of
the stated funding period, else the years its other amounts name, else the year of the
Eingang (or the document's own date) and the years in which its staff parts begin. Where those years give different verdicts, the amount
is ambiguous and the rule *nicht prüfbar* with the reason; it is never judged by the day the
check runs.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from kimdocs.facts import Betrag, Fakten
from kimdocs.findings import Befund
from kimdocs.formatting import format_date, format_eur, round_cents
from kimdocs.guideline import Regel, Richtlinie
from kimdocs.model import Zeitraum
from kimdocs.rules.caps import full_months
from kimdocs.rules.common import amounts, not_found

MELDUNGEN = {
    "zeitraum_unklar": "{grund} Der Höchstbetrag hängt vom Zeitraum ab.",
    "ueber": "{posten} über dem Höchstbetrag – {liste}.",
    "ueber_posten": "{jahr}: {betrag}{rolle}, höchstens {hoechstbetrag}",
    "innerhalb": "{posten} in jedem Haushaltsjahr innerhalb des Höchstbetrags.",
    "ohne_rolle": "{posten} {betrag} ({bezeichnung}) liegt über dem Höchstbetrag von "
                  "{hoechstbetrag}, doch das Dokument sagt nicht, ob der Betrag die beantragte "
                  "Zuwendung oder die Gesamtausgaben sind (es nennt auch einen Eigenanteil).",
    "ohne_grenze": "Der Höchstbetrag für {posten} {jahr} lässt sich nicht berechnen.",
    "ohne_jahr": "{posten} {betrag} ({bezeichnung}) steht ohne Haushaltsjahr, und das Dokument "
                 "nennt weder Förderzeitraum noch Datum; der Höchstbetrag hängt vom Jahr ab.",
    "mehrdeutig": "{posten} {betrag} ({bezeichnung}) steht ohne Haushaltsjahr; {woher} kommen "
                  "{jahre} in Frage, und der Höchstbetrag ist nicht in allen eingehalten "
                  "({grenzen}). Bitte das Haushaltsjahr zum Betrag angeben.",
    "summe_unstimmig": "{posten} {betrag} ({bezeichnung}): die Posten darüber ergeben "
                       "{posten_summe}; der Höchstbetrag von {hoechstbetrag} ist nur nach einer "
                       "der beiden Angaben eingehalten. Bitte Summe und Posten abgleichen "
                       "(KIM-108).",
    "geplant_ueber": "Der Finanzierungsplan nennt nur die Ausgaben, keine beantragte Zuweisung je "
                     "Posten; {posten} {liste} liegen über dem Höchstbetrag. Ob die beantragte "
                     "Zuweisung ihn einhält, ist so nicht prüfbar: bitte die beantragte Zuweisung "
                     "je Posten und Haushaltsjahr angeben.",
    "geplant_innerhalb": "{posten}: der Finanzierungsplan nennt nur die Ausgaben, und sie liegen "
                         "in jedem Haushaltsjahr innerhalb des Höchstbetrags; eine Zuweisung "
                         "darüber kann es nicht geben.",
    "woher_zeitraum": "im Förderzeitraum {beginn} bis {ende}",
    "woher_betraege": "nach den übrigen Beträgen des Dokuments",
    "woher_datum": "nach Datum und Stellenbeginn",
}
ROLE_TEXT = {"beantragt": "beantragt", "zuwendung": "Zuwendung", "bewilligt": "bewilligt",
             "verausgabt": "verausgabt", None: ""}
LABEL = {"personalkosten": "Personalkosten", "sachkosten": "Sachkosten"}
POSTEN = {"personalkosten": "personal", "sachkosten": "sach"}


class NichtPruefbar(Exception):
    """Raised by a limit when the facts do not allow it (the staff shares are unclear, …):
    the rule is *nicht prüfbar* with this reason."""


class Obergrenze(NichtPruefbar):
    """Raised by a limit that the facts only bound from above (no staff share read: the
    guideline's maximum stands in): an amount over `wert` breaks the rule for certain, one
    below it is *nicht prüfbar* with the reason – never *erfüllt* on a guess; an amount at or
    below `sicher` (the limit in the least favourable reading, when the facts give one) keeps
    the rule in every reading."""

    def __init__(self, wert: Decimal, grund: str, sicher: Decimal | None = None):
        super().__init__(grund)
        self.wert = wert
        self.sicher = sicher


def years_of(b: Betrag, f: Fakten) -> tuple[list[int], str]:
    """The Haushaltsjahre an amount may belong to, and how they were found (for the
    message); no year when the document gives none."""
    if b.jahr:
        return [b.jahr], ""
    same = {x.jahr for x in f.betraege if x.jahr and x.posten == b.posten and x.wert == b.wert}
    if len(same) == 1:  # the table shows this amount under one year
        return [same.pop()], ""
    period = f.zeitraum()
    if period is not None:
        span = range(period.beginn.year, period.ende.year + 1)
        z = Zeitraum.model_construct(beginn=period.beginn, ende=period.ende)
        return ([y for y in span if full_months(z, y)] or list(span),
                MELDUNGEN["woher_zeitraum"].format(beginn=format_date(period.beginn),
                                                   ende=format_date(period.ende)))
    named = sorted({x.jahr for x in f.betraege if x.jahr})
    if named:  # the Haushaltsjahre the document's other amounts speak of
        return named, MELDUNGEN["woher_betraege"]
    stichtag = f.eingang or (f.datum.wert if f.datum else None)
    years = {stichtag.year} if stichtag else set()
    if years:  # a part that begins in another year may be what the amount is for
        years |= {p.beginn.year for p in f.stellen if p.beginn}
    return sorted(years), MELDUNGEN["woher_datum"]


def items_reading(f: Fakten, b: Betrag) -> Decimal | None:
    """The sum of the items under a stated sum that does not add up (issue 19: items and
    their subtotal must reconcile before a number rule judges), else None."""
    fs = b.fundstelle
    if not b.summe or fs is None or fs.zelle is None:
        return None
    for s in f.summen:
        where = s.fundstelle
        if where is not None and (where.block, where.zelle) == (fs.block, fs.zelle):
            return None if s.stimmt else s.lesarten[0]
    return None


def judge_limit(f: Fakten, regel: Regel, r: Richtlinie, zeile: str,
                grenze: Callable[..., Decimal | None]) -> Befund:
    """The amounts of the line, per year, against the limit `grenze(f, regel, r, jahr,
    zeile)`; an amount without a year against the limit of every year it may belong to."""
    label = LABEL[zeile]
    found, fallback = amounts(f, POSTEN[zeile])
    planned_only = False  # an Antrag's plan of Ausgaben only: they bound the request from above
    if not found and f.art == "antrag":
        found, fallback = amounts(f, POSTEN[zeile], roles=("geplant",))
        planned_only = bool(found)
    if not found:
        return not_found(regel, f, f"Ein Betrag für {label}")
    unclear = f.zeitraum_unklar()
    if unclear:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["zeitraum_unklar"].format(grund=unclear))
    over, checked, unsure = [], [], None
    try:
        for b in sorted(found, key=lambda b: b.jahr or 0):
            years, woher = years_of(b, f)
            values = {"posten": label, "betrag": format_eur(b.wert), "bezeichnung": b.bezeichnung}
            if not years:
                return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["ohne_jahr"].format(**values),
                                 [b.fundstelle] if b.fundstelle else [])
            limits = {}
            for jahr in years:
                try:
                    limit = grenze(f, regel, r, jahr, zeile)
                except Obergrenze as bound:
                    limit = bound.wert
                    if bound.sicher is None or b.wert > round_cents(bound.sicher):
                        unsure = str(bound)
                if limit is None:
                    return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["ohne_grenze"].format(
                        posten=label, jahr=jahr))
                limits[jahr] = round_cents(limit)
            if len({b.wert > v for v in limits.values()}) > 1:  # the year decides: ambiguous
                return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["mehrdeutig"].format(
                    **values, woher=woher, jahre=" und ".join(map(str, years)),
                    grenzen="; ".join(f"{y}: {format_eur(v)}" for y, v in limits.items())),
                    [b.fundstelle] if b.fundstelle else [])
            items = items_reading(f, b)
            if items is not None and (items > max(limits.values())) != (
                    b.wert > max(limits.values())):  # the sum and its items disagree
                return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["summe_unstimmig"].format(
                    **values, posten_summe=format_eur(items),
                    hoechstbetrag=format_eur(max(limits.values()))),
                    [b.fundstelle] if b.fundstelle else [])
            checked.append(b)
            if b.wert > max(limits.values()):
                over.append((b, max(limits.values())))
    except NichtPruefbar as exc:
        return Befund.of(regel, "nicht_pruefbar", str(exc))
    if planned_only and over:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["geplant_ueber"].format(
            posten=label, liste="; ".join(MELDUNGEN["ueber_posten"].format(
                jahr=b.jahr or "ohne Jahr", betrag=format_eur(b.wert), rolle="",
                hoechstbetrag=format_eur(limit)) for b, limit in over)),
            [b.fundstelle for b, _ in over if b.fundstelle])
    if planned_only and not unsure:
        return Befund.of(regel, "erfuellt", MELDUNGEN["geplant_innerhalb"].format(posten=label),
                         [b.fundstelle for b in checked if b.fundstelle])
    if over and fallback and _net_of_own_funds(f, over):
        over = []
    # an Eigenanteil of 0 (a plan's row "Eigenanteil der Kommune | 0,00 €") leaves the
    # Ausgaben as the request: only one above 0 makes the role of a line's amount unclear
    if over and fallback and any(b.posten == "eigenanteil" and b.wert > 0 for b in f.betraege):
        b, limit = over[0]
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["ohne_rolle"].format(
            posten=label, betrag=format_eur(b.wert), bezeichnung=b.bezeichnung,
            hoechstbetrag=format_eur(limit)), [b.fundstelle] if b.fundstelle else [])
    if over:
        liste = "; ".join(MELDUNGEN["ueber_posten"].format(
            jahr=b.jahr or "ohne Jahr", betrag=format_eur(b.wert),
            rolle=f" {ROLE_TEXT[b.rolle]}" if ROLE_TEXT.get(b.rolle) else "",
            hoechstbetrag=format_eur(limit)) for b, limit in over)
        return Befund.of(regel, "verletzt", MELDUNGEN["ueber"].format(posten=label, liste=liste),
                         [b.fundstelle for b, _ in over if b.fundstelle],
                         [{"art": "hoechstbetrag", "posten": label, "jahr": b.jahr,
                           "rolle": ROLE_TEXT.get(b.rolle, ""), "ist": b.wert, "grenze": limit}
                          for b, limit in over])
    if unsure:  # within a bound only: not enough to say the rule is kept
        return Befund.of(regel, "nicht_pruefbar", unsure,
                         [b.fundstelle for b in checked if b.fundstelle])
    return Befund.of(regel, "erfuellt", MELDUNGEN["innerhalb"].format(posten=label),
                     [b.fundstelle for b in checked if b.fundstelle])


def _net_of_own_funds(f: Fakten, over: list[tuple[Betrag, Decimal]]) -> bool:
    """Every amount over its limit is a line's Ausgaben of which the plan pays a part from
    Eigenmittel of the same year, and the plan's Zuwendung of that year is exactly the rest plus
    the Sachausgaben (the Vordruck's columns: Personalausgaben 74.000, Eigenmittel 14.000,
    beantragte Zuwendung 80.000; issue 19, probe round 2): the Zuschuss is within the limit.
    Anything that does not reconcile stays *nicht prüfbar*."""
    def year(posten: str, jahr: int | None, zuwendung: bool = False) -> list[Decimal]:
        return [x.wert for x in f.betraege if x.jahr == jahr and (
            "zuwendung" in x.bezeichnung.casefold() if zuwendung else x.posten == posten)]
    for b, limit in over:
        eigen, sach, zuwendung = year("eigenanteil", b.jahr), year("sach", b.jahr), \
            year("", b.jahr, zuwendung=True)
        if b.jahr is None or len(eigen) != 1 or len(sach) != 1 or len(set(zuwendung)) != 1:
            return False
        rest = b.wert - eigen[0]
        if rest > limit or zuwendung[0] != rest + sach[0]:
            return False
    return True
