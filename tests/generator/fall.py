"""A case with known facts: drawn from a seeded random generator, with what a careful reviewer
says of it — computed here from the guideline's numbers, independently of kimdocs's calculator
and rules (the property test compares the two).

A case is an Antrag: an applicant (eligible or not), one or two staff parts, a funding period
of twelve months, the requested Personal- and Sachkosten per Haushaltsjahr, perhaps an overhead
item, the date of the Antrag, where the post sits (in the administration or, rarely, at an
outside employer). Amounts are drawn clearly inside or clearly over a cap (at least
500 € either side), so rounding never decides a verdict.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
GUIDELINE = ROOT / "kimdocs" / "guideline" / "richtlinien" / "kim-rlp-2025.yaml"
KOMMUNEN = ROOT / "kimdocs" / "guideline" / "listen" / "kommunen-rlp.yaml"

# not eligible: municipal bodies below the 36 Kommunen (Konzept Nr. 1 Fußnote 1)
NOT_ELIGIBLE = ["Verbandsgemeinde Maxdorf", "Verbandsgemeinde Bitburger Land",
                "Ortsgemeinde Mutterstadt", "Verbandsgemeinde Montabaur"]
PEOPLE = ["Frau Miriam Held", "Herr Jonas Reuter", "Frau Dr. Aylin Demir", "Herr Paul Weber",
          "Frau Sofia Brandt", "Herr Malik Yilmaz"]


@dataclass(frozen=True)
class Part:
    person: str
    vzae: Decimal


@dataclass
class Case:
    seed: int
    name: str  # as the document writes it: "Stadt Koblenz", "Landkreis Kusel"
    key: str  # Kreisschlüssel ("" for a body that has none in the list)
    eligible: bool
    parts: list[Part]
    beginn: date
    ende: date
    requested: dict[int, dict[str, Decimal]]  # {2026: {"personal": …, "sach": …}}
    overhead: tuple[str, Decimal] | None
    datum: date
    expected: dict[str, str] = field(default_factory=dict)  # rule code -> erfuellt | verletzt
    extern: bool = False  # the post at an outside employer (a Verein), not in the administration

    @property
    def vzae(self) -> Decimal:
        return sum((p.vzae for p in self.parts), Decimal(0))

    @property
    def correct(self) -> bool:
        return all(v == "erfuellt" for v in self.expected.values())


def _guideline() -> dict:
    return yaml.safe_load(GUIDELINE.read_text(encoding="utf-8"))


def _kommunen() -> list[dict]:
    return yaml.safe_load(KOMMUNEN.read_text(encoding="utf-8"))["kommunen"]


def full_months(beginn: date, ende: date, year: int) -> int:
    return sum(1 for m in range(1, 13)
               if beginn <= date(year, m, 1)
               and date(year, m, calendar.monthrange(year, m)[1]) <= ende)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1)


def draw(seed: int) -> Case:
    """One case; the same seed gives the same case on any day."""
    rnd = random.Random(seed)
    g = _guideline()["parameter"]
    rate = Decimal(str(g["personalkosten_je_vzae"]))
    sach_cap_year = Decimal(str(g["sachkosten_je_jahr"]))
    maximum = Decimal(str(g["vzae_hoechstens"]))
    minimum = Decimal(str(g["vzae_mindestanteil"]))
    deadline = g["antragsfrist_ende"]

    eligible = rnd.random() > 0.15
    if eligible:
        k = rnd.choice(_kommunen())
        name = (f"Stadt {k['name']}" if k["art"] == "kreisfreie_stadt"
                else k["name"] if k["name"].endswith("kreis") or k["name"].startswith("Eifelkreis")
                else f"Landkreis {k['name']}")
        key = k["kreisschluessel"]
    else:
        name, key = rnd.choice(NOT_ELIGIBLE), ""

    shape = rnd.choice(["1.0", "0.5+0.5", "0.75", "0.5", "over", "under"])
    people = rnd.sample(PEOPLE, 3)
    shares = {"1.0": ["1.0"], "0.5+0.5": ["0.5", "0.5"], "0.75": ["0.75"], "0.5": ["0.5"],
              "over": ["1.0", "0.5"], "under": ["0.75", "0.25"]}[shape]
    parts = [Part(people[i], Decimal(s)) for i, s in enumerate(shares)]

    beginn = _add_months(date(2025, 12, 1), rnd.randrange(0, 7))
    ende = date.fromordinal(_add_months(beginn, 12).toordinal() - 1)  # twelve full months
    funded = min(sum((p.vzae for p in parts), Decimal(0)), maximum)

    requested: dict[int, dict[str, Decimal]] = {}
    over_personal = rnd.random() < 0.2
    over_sach = rnd.random() < 0.2
    for year in range(beginn.year, ende.year + 1):
        months = full_months(beginn, ende, year)
        if not months:
            continue
        cap_p = rate * funded * months / 12
        cap_s = sach_cap_year * months / 12
        personal = (cap_p + rnd.choice([1000, 2500, 6000]) if over_personal
                    else cap_p - rnd.choice([0, 500, 1200, 3000]))
        sach = (cap_s + rnd.choice([1000, 2000, 5000]) if over_sach
                else cap_s - rnd.choice([0, 500, 1000, 2500]))
        requested[year] = {"personal": _whole(max(personal, Decimal(1000))),
                           "sach": _whole(max(sach, Decimal(500)))}
    overhead = None
    if rnd.random() < 0.15:
        overhead = (rnd.choice(["Verwaltungskostenpauschale", "Gemeinkostenzuschlag",
                                "Overheadpauschale"]), Decimal(rnd.choice([800, 1500, 2400])))
    late = rnd.random() < 0.1
    datum = (date(2027, 1, rnd.randrange(5, 28)) if late
             else date.fromordinal(beginn.toordinal() - rnd.randrange(20, 60)))
    case = Case(seed, name, key, eligible, parts, beginn, ende, requested, overhead, datum)
    case.extern = rnd.random() < 0.1  # drawn last: the draws before stay those of a seed

    # what a careful reviewer says, from the guideline's numbers alone
    e = case.expected
    e["KIM-101"] = "erfuellt" if eligible else "verletzt"
    e["KIM-102"] = "verletzt" if case.extern else "erfuellt"
    e["KIM-103"] = "erfuellt" if case.vzae <= maximum else "verletzt"
    e["KIM-104"] = "erfuellt" if all(p.vzae >= minimum for p in parts) else "verletzt"
    e["KIM-105"] = "verletzt" if any(
        v["personal"] > rate * funded * full_months(beginn, ende, y) / 12
        for y, v in requested.items()) else "erfuellt"
    e["KIM-106"] = "verletzt" if any(
        v["sach"] > sach_cap_year * full_months(beginn, ende, y) / 12
        for y, v in requested.items()) else "erfuellt"
    e["KIM-107"] = "verletzt" if overhead else "erfuellt"
    e["KIM-111"] = "verletzt" if datum > deadline else "erfuellt"
    return case


def _whole(amount: Decimal) -> Decimal:
    """To whole hundreds of euros: applications rarely ask for cents."""
    return (amount / 100).to_integral_value(rounding="ROUND_FLOOR") * 100
