"""KIM-114: the grants of a batch per Haushaltsjahr within the programme budget — the one
place the budget is summed and judged (calculator.check_programme_budget calls it)."""

from __future__ import annotations

from decimal import Decimal

from kimdocs.findings import Befund
from kimdocs.formatting import format_eur
from kimdocs.guideline import Regel, Richtlinie
from kimdocs.rules.registry import implements

MELDUNGEN = {
    "ueber": "Programmbudget überschritten – {liste}.",
    "ueber_jahr": "{jahr}: {summe} bewilligt, Budget {budget}",
    "ohne_budget": "Für {jahre} ist kein Budget hinterlegt.",
    "im_budget": "Im Programmbudget – {liste}.",
    "im_budget_jahr": "{jahr}: {summe} von {budget}",
}


def budget_by_year(berechnungen, richtlinie: Richtlinie
                   ) -> list[tuple[int, Decimal, Decimal | None]]:
    """(Haushaltsjahr, sum of the grants, programme budget or None) for a batch."""
    totals: dict[int, Decimal] = {}
    for b in berechnungen:
        for j in b.jahre:
            totals[j.jahr] = totals.get(j.jahr, Decimal("0.00")) + j.gesamt
    budget = richtlinie.parameter.budget_je_jahr
    return [(y, t, budget.get(y)) for y, t in sorted(totals.items())]


@implements("programmbudget")
def programme_budget(berechnungen, regel: Regel, r: Richtlinie) -> Befund:
    years = budget_by_year(berechnungen, r)
    over = [MELDUNGEN["ueber_jahr"].format(jahr=y, summe=format_eur(t), budget=format_eur(b))
            for y, t, b in years if b is not None and t > b]
    unknown = [str(y) for y, _, b in years if b is None]
    if over:
        return Befund.of(regel, "verletzt", MELDUNGEN["ueber"].format(liste="; ".join(over)))
    if unknown:
        return Befund.of(regel, "nicht_pruefbar", MELDUNGEN["ohne_budget"].format(
            jahre=", ".join(unknown)))
    return Befund.of(regel, "erfuellt", MELDUNGEN["im_budget"].format(liste="; ".join(
        MELDUNGEN["im_budget_jahr"].format(jahr=y, summe=format_eur(t), budget=format_eur(b))
        for y, t, b in years)))
