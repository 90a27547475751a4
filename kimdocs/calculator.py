"""Grant calculator: what may be granted per Haushaltsjahr for an Antrag under a guideline.

Per year and per line (Personalkosten, Sachkosten): the least of what was requested, what
is planned to be spent, and the guideline's cap, pro rata by full calendar months of the
grant period in that year. Each line is rounded to cents half up; totals are summed from
the rounded lines. Every rule the Antrag breaks is reported as a finding by its code:
nothing is capped away silently.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .findings import Befund
from .formatting import round_cents
from .guideline import Richtlinie, load_guideline
from .model import Antrag, Jahresplan, Zeitraum


@dataclass(frozen=True)
class Jahresbetrag:
    """The grant of one Haushaltsjahr."""

    jahr: int
    monate: int  # full calendar months of the grant period in this year
    personalkosten: Decimal
    sachkosten: Decimal
    personal_hoechstbetrag: Decimal  # the cap for this year, unrounded pro rata
    sach_hoechstbetrag: Decimal

    @property
    def gesamt(self) -> Decimal:
        return self.personalkosten + self.sachkosten

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

    @property
    def gesamt(self) -> Decimal:
        return sum((j.gesamt for j in self.jahre), Decimal("0.00"))

    @property
    def verstoesse(self) -> list[Befund]:
        return [b for b in self.befunde if b.verletzt]

    def jahr(self, jahr: int) -> Jahresbetrag | None:
        return next((j for j in self.jahre if j.jahr == jahr), None)

    def to_dict(self) -> dict[str, dict[str, str]]:
        return {str(j.jahr): j.to_dict() for j in self.jahre}


def full_months(zeitraum: Zeitraum, jahr: int) -> int:
    """Full calendar months of the period in `jahr` (a month counts only if wholly covered)."""
    count = 0
    for month in range(1, 13):
        first = date(jahr, month, 1)
        last = date(jahr, month, calendar.monthrange(jahr, month)[1])
        if zeitraum.beginn <= first and last <= zeitraum.ende:
            count += 1
    return count


def _share(richtlinie: Richtlinie, monate: int) -> Decimal:
    if richtlinie.parameter.anteilig == "keine":
        return Decimal(1)
    return Decimal(monate) / Decimal(12)


def is_overhead(bezeichnung: str, richtlinie: Richtlinie) -> bool:
    text = bezeichnung.casefold()
    return any(t.casefold() in text for t in richtlinie.parameter.overhead_begriffe)


def eligible_sachausgaben(plan: Jahresplan, richtlinie: Richtlinie) -> Decimal:
    """Sachausgaben without overhead items: those are not zuwendungsfähig (and reported)."""
    return sum((p.betrag for p in plan.sachausgaben if not is_overhead(p.bezeichnung, richtlinie)),
               Decimal("0.00"))


def funded_vzae(antrag: Antrag, richtlinie: Richtlinie) -> Decimal:
    """VZÄ the cap is computed on: the total, but never above the guideline's maximum."""
    total = antrag.vzae_gesamt
    maximum = richtlinie.parameter.vzae_hoechstens
    return min(total, maximum) if maximum is not None else total


@dataclass(frozen=True)
class Anteil:
    """A staff part as the caps see it, from Antrag data or from a read document: its VZÄ
    and, where known, when it starts and ends (None: with the funding period)."""

    vzae: Decimal
    beginn: date | None = None
    ende: date | None = None


def personnel_cap(anteile: list[Anteil], zeitraum: Zeitraum, jahr: int,
                  richtlinie: Richtlinie) -> Decimal:
    """The Personalkosten cap of one Haushaltsjahr, unrounded: the guideline's amount per VZÄ
    for the funded VZÄ (never above the maximum), pro rata for the months of the period.
    The one place both the calculator and the checker take this cap from."""
    total = sum((a.vzae for a in anteile), Decimal(0))
    maximum = richtlinie.parameter.vzae_hoechstens
    vzae = min(total, maximum) if maximum is not None else total
    share = _share(richtlinie, full_months(zeitraum, jahr))
    return richtlinie.need("personalkosten_je_vzae") * vzae * share


def sach_cap(zeitraum: Zeitraum, jahr: int, richtlinie: Richtlinie) -> Decimal:
    """The Sachkosten cap of one Haushaltsjahr, unrounded, pro rata for the period."""
    return richtlinie.need("sachkosten_je_jahr") * _share(richtlinie, full_months(zeitraum, jahr))


def staff_parts(antrag: Antrag) -> list[Anteil]:
    return [Anteil(s.vzae, s.beginn, getattr(s, "ende", None)) for s in antrag.stellen]


def yearly_caps(antrag: Antrag, richtlinie: Richtlinie, jahr: int) -> tuple[int, Decimal, Decimal]:
    """(months, personnel cap, Sachkosten cap) of one year, unrounded."""
    monate = full_months(antrag.zeitraum, jahr)
    return (monate, personnel_cap(staff_parts(antrag), antrag.zeitraum, jahr, richtlinie),
            sach_cap(antrag.zeitraum, jahr, richtlinie))


def calculate_grant(antrag: Antrag, richtlinie: Richtlinie | str | None = None) -> Berechnung:
    """The grant per Haushaltsjahr, with every rule the Antrag breaks as a finding."""
    if not isinstance(richtlinie, Richtlinie):
        richtlinie = load_guideline(richtlinie) if richtlinie else load_guideline()
    jahre = []
    for plan in sorted(antrag.finanzierungsplan, key=lambda p: p.jahr):
        monate, cap_p, cap_s = yearly_caps(antrag, richtlinie, plan.jahr)
        personal = round_cents(min(plan.beantragt_personalkosten, plan.personalausgaben, cap_p))
        sach = round_cents(min(plan.beantragt_sachkosten, eligible_sachausgaben(plan, richtlinie),
                               cap_s))
        jahre.append(Jahresbetrag(plan.jahr, monate, personal, sach, cap_p, cap_s))
    return Berechnung(richtlinie.id, antrag.zeitraum, tuple(jahre),
                      tuple(check_antrag(antrag, richtlinie)))


# --- the rules an Antrag's data can break ---------------------------------------------------
# The same rule functions as for documents (kimdocs.rules.registry), judged on the facts of
# the data; the numbers come from the guideline's parameters.

def check_antrag(antrag: Antrag, richtlinie: Richtlinie) -> list[Befund]:
    from .rules.from_data import from_antrag
    from .rules.registry import rule

    fakten = from_antrag(antrag, richtlinie)
    return [rule(regel.name)(fakten, regel, richtlinie) for regel in richtlinie.regeln_fuer("antrag")
            if regel.art in ("zahl", "frist")]


def budget_by_year(berechnungen: list[Berechnung], richtlinie: Richtlinie
                   ) -> list[tuple[int, Decimal, Decimal | None]]:
    """(Haushaltsjahr, sum of the grants, programme budget or None) for a batch."""
    from .rules.budget import budget_by_year as by_year

    return by_year(berechnungen, richtlinie)


def check_programme_budget(berechnungen: list[Berechnung], richtlinie: Richtlinie) -> Befund | None:
    """Portfolio rule: the grants of a batch per Haushaltsjahr within the programme budget."""
    from .rules.registry import rule

    regel = next((r for r in richtlinie.regeln if r.art == "portfolio"), None)
    if regel is None:
        return None
    return rule(regel.name)(berechnungen, regel, richtlinie)
