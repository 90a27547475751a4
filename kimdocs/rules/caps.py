"""The caps of the personnel and Sachkosten lines per Haushaltsjahr, from the guideline's
parameters: month by month from the staff parts that cover a whole month, pro rata for the
period. One place: the cap rules (KIM-105/106) judge with them and the calculator grants
the least of request, spending and these caps."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kimdocs.guideline import Richtlinie
from kimdocs.model import Zeitraum


def full_months(zeitraum: Zeitraum, jahr: int) -> int:
    """Full calendar months of the period in `jahr` (a month counts only if wholly covered)."""
    return sum(1 for first, last in _months(jahr) if _in_period(zeitraum, first, last))


def _share(richtlinie: Richtlinie, monate: int) -> Decimal:
    if richtlinie.parameter.anteilig == "keine":
        return Decimal(1)
    return Decimal(monate) / Decimal(12)


@dataclass(frozen=True)
class Anteil:
    """A staff part as the caps see it, from Antrag data or from a read document: its VZÄ
    and, where known, when it starts and ends (None: with the funding period). `besetzt`
    False: a vacancy, `beginn` its planned start."""

    vzae: Decimal
    beginn: date | None = None
    ende: date | None = None
    besetzt: bool = True
    bezeichnung: str = ""


def _months(jahr: int) -> list[tuple[date, date]]:
    """Each month's first and last day. February ends on the 28th in a leap year too: a
    period "bis 28.02.2028" covers February, as writers mean it (blind15, blind21; the
    guideline's note `anteilig` says so)."""
    return [(date(jahr, m, 1), date(jahr, m, 28 if m == 2 else calendar.monthrange(jahr, m)[1]))
            for m in range(1, 13)]


def _covers(a: Anteil, first: date, last: date, richtlinie: Richtlinie) -> bool:
    """Does the part count in the whole month first..last? A vacancy counts from its planned
    start, or from the period's start where the guideline funds vacancy months."""
    beginn = a.beginn if (a.besetzt or richtlinie.parameter.leerstand != "gefoerdert") else None
    return (beginn is None or beginn <= first) and (a.ende is None or last <= a.ende)


def _in_period(zeitraum: Zeitraum, first: date, last: date) -> bool:
    return zeitraum.beginn <= first and last <= zeitraum.ende


def part_months(a: Anteil, zeitraum: Zeitraum, jahr: int, richtlinie: Richtlinie) -> int:
    """Full calendar months in `jahr` in which the part counts within the period."""
    return sum(1 for first, last in _months(jahr)
               if _in_period(zeitraum, first, last) and _covers(a, first, last, richtlinie))


def vzae_months(anteile: list[Anteil], zeitraum: Zeitraum, jahr: int,
                 richtlinie: Richtlinie) -> list[Decimal]:
    """Per part, its VZÄ-months in the year within the period; in a month where the parts
    together exceed the maximum, each part counts in proportion (so the parts add up to the
    capped total)."""
    maximum = richtlinie.parameter.vzae_hoechstens
    out = [Decimal(0)] * len(anteile)
    for first, last in _months(jahr):
        if not _in_period(zeitraum, first, last):
            continue
        covering = [i for i, a in enumerate(anteile) if _covers(a, first, last, richtlinie)]
        total = sum((anteile[i].vzae for i in covering), Decimal(0))
        factor = min(Decimal(1), maximum / total) if maximum is not None and total else 1
        for i in covering:
            out[i] += anteile[i].vzae * factor
    return out


def personnel_cap(anteile: list[Anteil], zeitraum: Zeitraum, jahr: int,
                  richtlinie: Richtlinie) -> Decimal:
    """The Personalkosten cap of one Haushaltsjahr, unrounded: the guideline's amount per VZÄ
    and year for the VZÄ counted in each full month of the period (never above the maximum),
    one twelfth per month. Without pro-rating (`anteilig: keine`) the whole year's amount for
    the VZÄ of the parts that count in the year at all. The one place both the calculator and
    the checker take this cap from."""
    maximum = richtlinie.parameter.vzae_hoechstens
    rate = richtlinie.need("personalkosten_je_vzae")
    if richtlinie.parameter.anteilig == "keine":
        year = Zeitraum(beginn=date(jahr, 1, 1), ende=date(jahr, 12, 31))
        total = sum((a.vzae for a in anteile if part_months(a, year, jahr, richtlinie)),
                    Decimal(0))
        return rate * (min(total, maximum) if maximum is not None else total)
    return rate * sum(vzae_months(anteile, zeitraum, jahr, richtlinie), Decimal(0)) / 12


def sach_cap(zeitraum: Zeitraum, jahr: int, richtlinie: Richtlinie) -> Decimal:
    """The Sachkosten cap of one Haushaltsjahr, unrounded, pro rata for the period."""
    return richtlinie.need("sachkosten_je_jahr") * _share(richtlinie, full_months(zeitraum, jahr))
