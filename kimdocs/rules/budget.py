"""KIM-114: the grants of a batch per Haushaltsjahr within the programme budget — the one
place the budget is summed and judged. The rule's Befund (calculator.check_programme_budget)
and the lines a batch run prints (generate.output.budget_lines) both come from `by_year`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kimdocs.findings import Befund, Status
from kimdocs.formatting import format_eur
from kimdocs.guideline import Regel, Richtlinie
from kimdocs.rules.registry import implements

MELDUNGEN = {
    "ueber": "Programmbudget überschritten – {liste}.",
    "ueber_jahr": "{jahr}: {summe} bewilligt, Budget {budget}",
    "ohne_budget": "Für {jahre} ist kein Budget hinterlegt.",
    "im_budget": "Im Programmbudget – {liste}.",
    "im_budget_jahr": "{jahr}: {summe} von {budget}",
    # one line per year for a batch run (erstellen --tabelle, the web's Stapel)
    "zeile_ohne_budget": "Hinweis {code}: für {jahr} ist kein Programmbudget hinterlegt "
                         "(bewilligt in diesem Stapel: {summe}).",
    "zeile_ueber": "Warnung {code}: Bewilligungen {jahr} zusammen {summe}, Programmbudget "
                   "{budget} – überschritten um {differenz}.",
    "zeile_im_budget": "{code}: Bewilligungen {jahr} zusammen {summe} von {budget} "
                       "Programmbudget.",
}


@dataclass(frozen=True)
class Budgetjahr:
    """One Haushaltsjahr of a batch: the sum of its grants against the programme budget."""

    jahr: int
    summe: Decimal
    budget: Decimal | None  # None: the guideline gives no budget for this year

    @property
    def status(self) -> Status:
        if self.budget is None:
            return "nicht_pruefbar"
        return "verletzt" if self.summe > self.budget else "erfuellt"


def by_year(berechnungen, richtlinie: Richtlinie) -> list[Budgetjahr]:
    """The grants of a batch (calculator.Berechnung) summed per Haushaltsjahr, each judged."""
    totals: dict[int, Decimal] = {}
    for b in berechnungen:
        for j in b.jahre:
            totals[j.jahr] = totals.get(j.jahr, Decimal("0.00")) + j.gesamt
    budget = richtlinie.parameter.budget_je_jahr
    return [Budgetjahr(y, t, budget.get(y)) for y, t in sorted(totals.items())]


@implements("programmbudget", liest=("budget_je_jahr",))
def programme_budget(berechnungen, regel: Regel, r: Richtlinie) -> Befund:
    years = by_year(berechnungen, r)
    over = [MELDUNGEN["ueber_jahr"].format(jahr=j.jahr, summe=format_eur(j.summe),
                                           budget=format_eur(j.budget))
            for j in years if j.status == "verletzt"]
    unknown = [str(j.jahr) for j in years if j.status == "nicht_pruefbar"]
    if over:
        return Befund.of(regel, "verletzt", MELDUNGEN["ueber"].format(liste="; ".join(over)))
    if unknown:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["ohne_budget"].format(
            jahre=", ".join(unknown)))
    return Befund.of(regel, "erfuellt", MELDUNGEN["im_budget"].format(liste="; ".join(
        MELDUNGEN["im_budget_jahr"].format(jahr=j.jahr, summe=format_eur(j.summe),
                                           budget=format_eur(j.budget)) for j in years)))


def budget_lines(berechnungen, richtlinie: Richtlinie) -> list[str]:
    """One line per Haushaltsjahr of a batch for the run's summary; none when the guideline
    has no budget rule or no budget at all."""
    regel = richtlinie.regel("programmbudget")
    if regel is None or not richtlinie.parameter.budget_je_jahr:
        return []
    key = {"nicht_pruefbar": "zeile_ohne_budget", "verletzt": "zeile_ueber",
           "erfuellt": "zeile_im_budget"}
    return [MELDUNGEN[key[j.status]].format(
        code=regel.code, jahr=j.jahr, summe=format_eur(j.summe),
        budget=format_eur(j.budget) if j.budget is not None else "",
        differenz=format_eur(j.summe - j.budget) if j.budget is not None else "")
        for j in by_year(berechnungen, richtlinie)]
