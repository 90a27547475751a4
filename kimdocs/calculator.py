"""Grant calculator: what may be granted per Haushaltsjahr for an Antrag under a guideline.

Per year and per line (Personalkosten, Sachkosten): the least of what was requested, what
is planned to be spent, and the guideline's cap. The period that governs is the Bescheid's
Bewilligungszeitraum where one is given, else the Antrag's. The Personalkosten cap is summed
month by month: in each full calendar month of the period, the VZÄ of the positions that
cover the whole month (from their `beginn` — for a vacancy the planned start, unless the
guideline's `leerstand` funds vacancy months — to their `ende`), never above the maximum.
Each line is rounded to cents half up; totals are summed from the rounded lines. Every rule
the Antrag breaks is reported as a finding by its code: nothing is capped away silently, and
whatever is granted below the request is listed per year with its reason (`Kuerzung`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kimdocs.facts.from_data import from_antrag
from kimdocs.facts.overhead import is_overhead
from kimdocs.findings import Befund
from kimdocs.formatting import round_cents
from kimdocs.guideline import Richtlinie
from kimdocs.model import Antrag, Jahresplan, Zeitraum
from kimdocs.rules import load_guideline, rule
from kimdocs.rules.caps import (
    Anteil,
    full_months,
    part_months,
    personnel_cap,
    sach_cap,
    vzae_months,
)


@dataclass(frozen=True)
class Stellenjahr:
    """One position in one Haushaltsjahr: its funded full months and its own cap share."""

    bezeichnung: str  # the person, or "unbesetzt"
    vzae: Decimal
    monate: int
    hoechstbetrag: Decimal  # its share of the year's cap (rate × VZÄ-months / 12), unrounded
    besetzt: bool = True
    vzae_monate: Decimal = Decimal(0)  # VZÄ × months, in proportion where over the maximum


@dataclass(frozen=True)
class Kuerzung:
    """Why one line of one year is granted below the request (for the Teilablehnung)."""

    zeile: str  # "personalkosten" | "sachkosten"
    grund: str  # "hoechstbetrag" | "ausgaben" | "overhead" | "zeitraum"
    beantragt: Decimal
    bewilligt: Decimal

    @property
    def differenz(self) -> Decimal:
        return self.beantragt - self.bewilligt


@dataclass(frozen=True)
class Jahresbetrag:
    """The grant of one Haushaltsjahr."""

    jahr: int
    monate: int  # full calendar months of the grant period in this year
    personalkosten: Decimal
    sachkosten: Decimal
    personal_hoechstbetrag: Decimal  # the cap for this year, unrounded pro rata
    sach_hoechstbetrag: Decimal
    stellen: tuple[Stellenjahr, ...] = ()
    beantragt: Decimal = Decimal("0.00")  # requested for this year (both lines)
    kuerzungen: tuple[Kuerzung, ...] = ()

    @property
    def gesamt(self) -> Decimal:
        return self.personalkosten + self.sachkosten

    @property
    def abgelehnt(self) -> Decimal:
        """What of this year's request is refused (never negative)."""
        return max(self.beantragt - self.gesamt, Decimal("0.00"))

    @property
    def vzae_monate(self) -> Decimal:
        """VZÄ-months the personnel cap rests on (within the VZÄ maximum)."""
        return sum((s.vzae_monate for s in self.stellen), Decimal(0))

    def to_dict(self) -> dict[str, str]:
        # strings, so no float ever touches money on the way through JSON
        return {"personalkosten": str(self.personalkosten), "sachkosten": str(self.sachkosten),
                "gesamt": str(self.gesamt)}


@dataclass(frozen=True)
class Berechnung:
    richtlinie: str
    zeitraum: Zeitraum
    jahre: tuple[Jahresbetrag, ...]
    befunde: tuple[Befund, ...] = field(default_factory=tuple)
    # requested years that get nothing (outside the period, or nothing grantable): refused
    abgelehnte_jahre: tuple[Jahresbetrag, ...] = ()

    @property
    def gesamt(self) -> Decimal:
        return sum((j.gesamt for j in self.jahre), Decimal("0.00"))

    @property
    def beantragt(self) -> Decimal:
        return sum((j.beantragt for j in (*self.jahre, *self.abgelehnte_jahre)),
                   Decimal("0.00"))

    @property
    def abgelehnt(self) -> Decimal:
        return sum((j.abgelehnt for j in (*self.jahre, *self.abgelehnte_jahre)),
                   Decimal("0.00"))

    @property
    def verstoesse(self) -> list[Befund]:
        return [b for b in self.befunde if b.verletzt]

    def jahr(self, jahr: int) -> Jahresbetrag | None:
        return next((j for j in self.jahre if j.jahr == jahr), None)

    def to_dict(self) -> dict[str, dict[str, str]]:
        return {str(j.jahr): j.to_dict() for j in self.jahre}


def eligible_sachausgaben(plan: Jahresplan, richtlinie: Richtlinie) -> Decimal:
    """Sachausgaben without overhead items: those are not zuwendungsfähig (and reported)."""
    return sum((p.betrag for p in plan.sachausgaben if not is_overhead(p.bezeichnung, richtlinie)),
               Decimal("0.00"))


def funded_vzae(antrag: Antrag, richtlinie: Richtlinie) -> Decimal:
    """VZÄ the cap is computed on: the total, but never above the guideline's maximum."""
    total = antrag.vzae_gesamt
    maximum = richtlinie.parameter.vzae_hoechstens
    return min(total, maximum) if maximum is not None else total


def staff_parts(antrag: Antrag) -> list[Anteil]:
    return [Anteil(s.vzae, s.beginn, s.ende, s.besetzt, s.person or "unbesetzt")
            for s in antrag.stellen]


def yearly_caps(antrag: Antrag, richtlinie: Richtlinie, jahr: int,
                zeitraum: Zeitraum | None = None) -> tuple[int, Decimal, Decimal]:
    """(months, personnel cap, Sachkosten cap) of one year, unrounded; `zeitraum` defaults
    to the Antrag's period (a Bescheid passes its own)."""
    zeitraum = zeitraum or antrag.zeitraum
    monate = full_months(zeitraum, jahr)
    return (monate, personnel_cap(staff_parts(antrag), zeitraum, jahr, richtlinie),
            sach_cap(zeitraum, jahr, richtlinie))


def _cut(zeile: str, beantragt: Decimal, bewilligt: Decimal, cap: Decimal,
         overhead: bool) -> tuple[Kuerzung, ...]:
    """The reason a line is granted below the request: the binding limit."""
    if bewilligt >= beantragt:
        return ()
    if round_cents(cap) == bewilligt:
        grund = "hoechstbetrag"
    elif overhead:
        grund = "overhead"
    else:
        grund = "ausgaben"
    return (Kuerzung(zeile, grund, beantragt, bewilligt),)


def calculate_grant(antrag: Antrag, richtlinie: Richtlinie | str | None = None,
                    zeitraum: Zeitraum | None = None) -> Berechnung:
    """The grant per Haushaltsjahr, with every rule the Antrag breaks as a finding.

    `zeitraum` is the Bescheid's Bewilligungszeitraum (default: the Antrag's period). A
    requested year that gets nothing appears only in `abgelehnte_jahre`, never as 0,00 €."""
    if not isinstance(richtlinie, Richtlinie):
        richtlinie = load_guideline(richtlinie) if richtlinie else load_guideline()
    zeitraum = zeitraum or antrag.zeitraum
    parts = staff_parts(antrag)
    rate = richtlinie.parameter.personalkosten_je_vzae or Decimal(0)
    jahre, leer = [], []
    for plan in sorted(antrag.finanzierungsplan, key=lambda p: p.jahr):
        monate, cap_p, cap_s = yearly_caps(antrag, richtlinie, plan.jahr, zeitraum)
        sach_ok = eligible_sachausgaben(plan, richtlinie)
        personal = round_cents(min(plan.beantragt_personalkosten, plan.personalausgaben, cap_p))
        sach = round_cents(min(plan.beantragt_sachkosten, sach_ok, cap_s))
        stellen = tuple(
            Stellenjahr(a.bezeichnung, a.vzae, part_months(a, zeitraum, plan.jahr, richtlinie),
                        rate * share / Decimal(12), a.besetzt, share)
            for a, share in zip(parts, vzae_months(parts, zeitraum, plan.jahr, richtlinie),
                                strict=True))
        if monate == 0:
            kuerzungen = tuple(Kuerzung(z, "zeitraum", b, Decimal("0.00")) for z, b in (
                ("personalkosten", plan.beantragt_personalkosten),
                ("sachkosten", plan.beantragt_sachkosten)) if b)
        else:
            kuerzungen = (
                _cut("personalkosten", plan.beantragt_personalkosten, personal, cap_p, False)
                + _cut("sachkosten", plan.beantragt_sachkosten, sach, cap_s,
                       sach_ok < plan.sachausgaben_summe))
        betrag = Jahresbetrag(plan.jahr, monate, personal, sach, cap_p, cap_s, stellen,
                              plan.beantragt_summe, kuerzungen)
        (jahre if betrag.gesamt > 0 else leer).append(betrag)
    return Berechnung(richtlinie.id, zeitraum, tuple(jahre),
                      tuple(check_antrag(antrag, richtlinie)), tuple(leer))


def calculate_bescheid(bescheid, richtlinie: Richtlinie | str | None = None) -> Berechnung:
    """The grant of a Bescheid: its Antrag, over the Bescheid's own Bewilligungszeitraum."""
    return calculate_grant(bescheid.antrag, richtlinie, bescheid.zeitraum)


def calculate(doc, richtlinie: Richtlinie | str | None = None) -> Berechnung:
    """What `kimdocs berechnen` and `POST /api/berechnen` compute: an Antrag over its own
    period, a Bewilligungsbescheid over its Bewilligungszeitraum."""
    if getattr(doc, "art", None) == "bescheid":
        return calculate_bescheid(doc, richtlinie)
    return calculate_grant(doc, richtlinie)


# --- the rules an Antrag's data can break ---------------------------------------------------
# The same rule functions as for documents (kimdocs.rules.registry), judged on the facts of
# the data; the numbers come from the guideline's parameters.

def check_antrag(antrag: Antrag, richtlinie: Richtlinie) -> list[Befund]:
    fakten = from_antrag(antrag, richtlinie)
    return [rule(regel.name)(fakten, regel, richtlinie) for regel in richtlinie.regeln_fuer("antrag")
            if regel.art in ("zahl", "frist")]


def check_programme_budget(berechnungen: list[Berechnung], richtlinie: Richtlinie) -> Befund | None:
    """Portfolio rule: the grants of a batch per Haushaltsjahr within the programme budget."""
    regel = next((r for r in richtlinie.regeln if r.art == "portfolio"), None)
    if regel is None:
        return None
    return rule(regel.name)(berechnungen, regel, richtlinie)
