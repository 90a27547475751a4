"""Grant calculator: what may be granted per Haushaltsjahr for an Antrag under a guideline.

Per year and per line (Personalkosten, Sachkosten): the least of what was requested, what
is planned to be spent, and the limit of every rule of the guideline that gives one
(kimdocs.rules.registry: the caps KIM-105/106, KIM-107 without the overhead items, and any
number rule a guideline adds) — the calculator writes no cap itself, it asks the rules, on the
same facts they judge (kimdocs.facts.from_data). The period that governs is the Bescheid's
Bewilligungszeitraum where one is given, else the Antrag's; a year without a full month in it
gets nothing. Each line is rounded to cents half up; totals are summed from the rounded lines.
Every rule the Antrag breaks is reported as a finding by its code: nothing is capped away
silently, and whatever is granted below the request is listed per year with its reason and
the rule that cut it (`Kuerzung`). A rule whose limit the guideline leaves open (Baden-
Württemberg publishes no amount per VZÄ) stops the calculation: no guessed grant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kimdocs.errors import GuidelineError, InputError
from kimdocs.facts import Fakten
from kimdocs.facts import Zeitraum as Periode
from kimdocs.facts.from_data import from_antrag
from kimdocs.findings import Befund
from kimdocs.formatting import round_cents
from kimdocs.guideline import Regel, Richtlinie
from kimdocs.model import Antrag, Zeitraum
from kimdocs.rules import load_guideline, rule, unset
from kimdocs.rules.caps import Anteil, full_months, part_months, vzae_months
from kimdocs.rules.limits import NichtPruefbar


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
    regel: str | None = None  # the code of the rule whose limit cut the line

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
    personal_hoechstbetrag: Decimal | None  # the least limit of the rules, unrounded;
    sach_hoechstbetrag: Decimal | None  # None: no rule limits the line
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


def funded_vzae(antrag: Antrag, richtlinie: Richtlinie) -> Decimal:
    """VZÄ the cap is computed on: the total, but never above the guideline's maximum."""
    total = antrag.vzae_gesamt
    maximum = richtlinie.parameter.vzae_hoechstens
    return min(total, maximum) if maximum is not None else total


def staff_parts(antrag: Antrag) -> list[Anteil]:
    return [Anteil(s.vzae, s.beginn, s.ende, s.besetzt, s.person or "unbesetzt")
            for s in antrag.stellen]


@dataclass(frozen=True)
class Grenze:
    """One rule's limit of one line in one Haushaltsjahr (unrounded)."""

    betrag: Decimal
    regel: Regel
    grund: str  # Kuerzung.grund when it binds


def limits(fakten: Fakten, richtlinie: Richtlinie, jahr: int, zeile: str) -> list[Grenze]:
    """The limits the guideline's Antrag rules give a line in a year, in catalogue order.
    A limit rule whose settings the guideline leaves open refuses: the calculator does not
    guess a cap (the one message: kimdocs.rules.unset)."""
    out = []
    for regel in richtlinie.regeln_fuer("antrag"):
        p = rule(regel.name)
        if p is None or p.grenze is None:
            continue
        why = unset(p, regel, richtlinie)
        if why:
            raise GuidelineError(f"{regel.code} „{regel.name}“: {why}; ohne diesen Wert "
                                 "berechnet kimdocs keine Zuwendung")
        try:
            betrag = p.limit(fakten, regel, richtlinie, jahr, zeile)
        except NichtPruefbar as exc:
            raise InputError(f"{regel.code}: {exc}") from None
        if betrag is not None:
            out.append(Grenze(betrag, regel, p.grund))
    return out


def _cut(zeile: str, beantragt: Decimal, bewilligt: Decimal,
         grenzen: list[Grenze]) -> tuple[Kuerzung, ...]:
    """The reason a line is granted below the request: the first rule whose limit binds,
    else the planned spending."""
    if bewilligt >= beantragt:
        return ()
    binding = next((g for g in grenzen if round_cents(g.betrag) == bewilligt), None)
    if binding is None:
        return (Kuerzung(zeile, "ausgaben", beantragt, bewilligt),)
    return (Kuerzung(zeile, binding.grund, beantragt, bewilligt, binding.regel.code),)


def _least(grenzen: list[Grenze]) -> Decimal | None:
    return min((g.betrag for g in grenzen), default=None)


def grant_facts(antrag: Antrag, richtlinie: Richtlinie, zeitraum: Zeitraum) -> Fakten:
    """The Antrag's facts for the limits, over the period that governs (a Bescheid's own
    Bewilligungszeitraum comes first: Fakten.zeitraum)."""
    fakten = from_antrag(antrag, richtlinie)
    if zeitraum != antrag.zeitraum:
        fakten.zeitraeume.insert(0, Periode("bewilligung", zeitraum.beginn, zeitraum.ende))
    return fakten


def calculate_grant(antrag: Antrag, richtlinie: Richtlinie | str | None = None,
                    zeitraum: Zeitraum | None = None) -> Berechnung:
    """The grant per Haushaltsjahr, with every rule the Antrag breaks as a finding.

    `zeitraum` is the Bescheid's Bewilligungszeitraum (default: the Antrag's period). A
    requested year that gets nothing appears only in `abgelehnte_jahre`, never as 0,00 €."""
    if not isinstance(richtlinie, Richtlinie):
        richtlinie = load_guideline(richtlinie) if richtlinie else load_guideline()
    zeitraum = zeitraum or antrag.zeitraum
    fakten = grant_facts(antrag, richtlinie, zeitraum)
    parts = staff_parts(antrag)
    rate = richtlinie.parameter.personalkosten_je_vzae or Decimal(0)  # the shares shown per Stelle
    jahre, leer = [], []
    for plan in sorted(antrag.finanzierungsplan, key=lambda p: p.jahr):
        monate = full_months(zeitraum, plan.jahr)
        stellen = tuple(
            Stellenjahr(a.bezeichnung, a.vzae, part_months(a, zeitraum, plan.jahr, richtlinie),
                        rate * share / Decimal(12), a.besetzt, share)
            for a, share in zip(parts, vzae_months(parts, zeitraum, plan.jahr, richtlinie),
                                strict=True))
        if monate == 0:  # outside the period: nothing is grantable, whatever the limits
            zero = Decimal("0.00")
            kuerzungen = tuple(Kuerzung(z, "zeitraum", b, zero) for z, b in (
                ("personalkosten", plan.beantragt_personalkosten),
                ("sachkosten", plan.beantragt_sachkosten)) if b)
            betrag = Jahresbetrag(plan.jahr, 0, zero, zero, Decimal(0), Decimal(0), stellen,
                                  plan.beantragt_summe, kuerzungen)
            leer.append(betrag)
            continue
        grenzen_p = limits(fakten, richtlinie, plan.jahr, "personalkosten")
        grenzen_s = limits(fakten, richtlinie, plan.jahr, "sachkosten")
        personal = round_cents(min(plan.beantragt_personalkosten, plan.personalausgaben,
                                   *(g.betrag for g in grenzen_p)))
        sach = round_cents(min(plan.beantragt_sachkosten, plan.sachausgaben_summe,
                               *(g.betrag for g in grenzen_s)))
        kuerzungen = (_cut("personalkosten", plan.beantragt_personalkosten, personal, grenzen_p)
                      + _cut("sachkosten", plan.beantragt_sachkosten, sach, grenzen_s))
        betrag = Jahresbetrag(plan.jahr, monate, personal, sach, _least(grenzen_p),
                              _least(grenzen_s), stellen, plan.beantragt_summe, kuerzungen)
        (jahre if betrag.gesamt > 0 else leer).append(betrag)
    # the findings judge the Antrag as filed, over its own period
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
    return judge(from_antrag(antrag, richtlinie), richtlinie)


def judge(fakten: Fakten, richtlinie: Richtlinie) -> list[Befund]:
    """The number and deadline rules of an Antrag on its facts."""
    return [rule(regel.name)(fakten, regel, richtlinie) for regel in richtlinie.regeln_fuer("antrag")
            if regel.art in ("zahl", "frist")]


def check_programme_budget(berechnungen: list[Berechnung], richtlinie: Richtlinie) -> Befund | None:
    """Portfolio rule: the grants of a batch per Haushaltsjahr within the programme budget."""
    regel = next((r for r in richtlinie.regeln if r.art == "portfolio"), None)
    if regel is None:
        return None
    return rule(regel.name)(berechnungen, regel, richtlinie)
