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

from . import limits
from .findings import Befund
from .formatting import format_eur, format_vzae, round_cents
from .guideline import Richtlinie, load_guideline
from .kommunen import load_list, lookup
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
# Each check is keyed by the rule *name*; a guideline that has no such rule skips it, and the
# numbers come from the guideline's parameters.

def check_antrag(antrag: Antrag, richtlinie: Richtlinie) -> list[Befund]:
    befunde = []
    for name, check in _CHECKS.items():
        regel = richtlinie.regel(name)
        if regel is None or "antrag" not in regel.dokumente:
            continue
        status, meldung = check(antrag, richtlinie)
        befunde.append(Befund.of(regel, status, meldung))
    return befunde


def _eligible(antrag: Antrag, r: Richtlinie):
    if r.parameter.berechtigte is None:
        return "nicht_pruefbar", "Die Richtlinie hinterlegt keine Liste berechtigter Kommunen."
    treffer = lookup(load_list(r.parameter.berechtigte), antrag.antragsteller)
    if treffer.eintrag:
        e = treffer.eintrag
        return "erfuellt", f"{e.name} ({e.art_text}, {e.kreisschluessel}) ist antragsberechtigt."
    return ("nicht_pruefbar" if treffer.mehrdeutig else "verletzt"), treffer.problem


def _in_administration(antrag: Antrag, r: Richtlinie):
    org = antrag.organisation
    if org.in_kommunalverwaltung and not org.traeger:
        return "erfuellt", f"Die Stelle ist in der Kommunalverwaltung angesiedelt ({org.amt})."
    where = org.traeger or org.amt
    return "verletzt", (f"Die Stelle soll außerhalb der Kommunalverwaltung angesiedelt werden "
                        f"({where}); sie muss in der Kommunalverwaltung liegen.")


def _vzae_max(antrag: Antrag, r: Richtlinie):
    status, text = limits.vzae_total(antrag.vzae_gesamt, r)
    if status == "verletzt":  # say what the grant is computed with instead
        text += f" Berechnet wird mit {format_vzae(r.parameter.vzae_hoechstens)}."
    return status, text


def _vzae_min(antrag: Antrag, r: Richtlinie):
    parts = [(s.person or "unbesetzte Stelle", s.vzae) for s in antrag.stellen]
    status, text, _ = limits.vzae_parts(parts, r)
    return status, text


def _cap_check(antrag: Antrag, r: Richtlinie, *, personal: bool):
    label = "Personalkostenzuschuss" if personal else "Sachkosten"
    param = "personalkosten_je_vzae" if personal else "sachkosten_je_jahr"
    if getattr(r.parameter, param) is None:
        return "nicht_pruefbar", f"Die Richtlinie legt keinen Höchstbetrag für {label} fest."
    over = []
    for plan in antrag.finanzierungsplan:
        _, cap_p, cap_s = yearly_caps(antrag, r, plan.jahr)
        cap = round_cents(cap_p if personal else cap_s)
        asked = plan.beantragt_personalkosten if personal else plan.beantragt_sachkosten
        if asked > cap:
            over.append(f"{plan.jahr}: {format_eur(asked)} beantragt, höchstens {format_eur(cap)}")
    if over:
        return "verletzt", f"{label} über dem Höchstbetrag – " + "; ".join(over) + "."
    return "erfuellt", f"{label} in jedem Haushaltsjahr innerhalb des Höchstbetrags."


def _no_overhead(antrag: Antrag, r: Richtlinie):
    hits = [f"{p.jahr}: {posten.bezeichnung} ({format_eur(posten.betrag)})"
            for p in antrag.finanzierungsplan for posten in p.sachausgaben
            if is_overhead(posten.bezeichnung, r)]
    if hits:
        return "verletzt", "Overheadkosten werden nicht übernommen: " + "; ".join(hits) + "."
    return "erfuellt", "Kein Kostenposten nennt Overhead- oder Gemeinkosten."


def _sums(antrag: Antrag, r: Richtlinie):
    wrong = []
    for p in antrag.finanzierungsplan:
        items = p.beantragt_personalkosten + p.beantragt_sachkosten
        if p.beantragt_gesamt is not None and p.beantragt_gesamt != items:
            wrong.append(f"{p.jahr}: angegeben {format_eur(p.beantragt_gesamt)}, "
                         f"Summe der Posten {format_eur(items)}")
    if wrong:
        return "verletzt", "Summe stimmt nicht – " + "; ".join(wrong) + "."
    return "erfuellt", "Die angegebenen Summen stimmen mit den Posten überein."


def _deadline(antrag: Antrag, r: Richtlinie):
    return limits.application_date(antrag.unterschrift.datum, r)


_CHECKS = {
    "antragsteller-berechtigt": _eligible,
    "stelle-in-verwaltung": _in_administration,
    "vzae-hoechstens": _vzae_max,
    "vzae-mindestanteil": _vzae_min,
    "personalkosten-hoechstbetrag": lambda a, r: _cap_check(a, r, personal=True),
    "sachkosten-hoechstbetrag": lambda a, r: _cap_check(a, r, personal=False),
    "keine-overheadkosten": _no_overhead,
    "summen-stimmig": _sums,
    "antragsfrist": _deadline,
}


def budget_by_year(berechnungen: list[Berechnung], richtlinie: Richtlinie
                   ) -> list[tuple[int, Decimal, Decimal | None]]:
    """(Haushaltsjahr, sum of the grants, programme budget or None) for a batch."""
    totals: dict[int, Decimal] = {}
    for b in berechnungen:
        for j in b.jahre:
            totals[j.jahr] = totals.get(j.jahr, Decimal("0.00")) + j.gesamt
    budget = richtlinie.parameter.budget_je_jahr
    return [(y, t, budget.get(y)) for y, t in sorted(totals.items())]


def check_programme_budget(berechnungen: list[Berechnung], richtlinie: Richtlinie) -> Befund | None:
    """Portfolio rule: the grants of a batch per Haushaltsjahr within the programme budget."""
    regel = richtlinie.regel("programmbudget")
    if regel is None:
        return None
    years = budget_by_year(berechnungen, richtlinie)
    over = [f"{y}: {format_eur(t)} bewilligt, Budget {format_eur(b)}"
            for y, t, b in years if b is not None and t > b]
    unknown = [str(y) for y, _, b in years if b is None]
    if over:
        return Befund.of(regel, "verletzt", "Programmbudget überschritten – " + "; ".join(over) + ".")
    if unknown:
        return Befund.of(regel, "nicht_pruefbar",
                         f"Für {', '.join(unknown)} ist kein Budget hinterlegt.")
    return Befund.of(regel, "erfuellt", "Im Programmbudget – " + "; ".join(
        f"{y}: {format_eur(t)} von {format_eur(b)}" for y, t, b in years) + ".")
