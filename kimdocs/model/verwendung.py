"""The Verwendungsnachweis (and the Zwischennachweis for a finished Haushaltsjahr inside a
longer period): the Kommune's proof of how the grant was used, demanded by every Bescheid.

A Sachbericht, a zahlenmäßiger Nachweis along the lines of the Finanzierungsplan per
Haushaltsjahr (plan, Festbetrag, actual spending, the part charged to the grant), the
Einnahmen (Zuwendung received, Eigenmittel, Drittmittel), and the Bestätigung of the
vertretungsberechtigte Person. What is reduced under the Festbetragsfinanzierung is computed
(kimdocs.generate.verwendung, kimdocs.rules.verwendung), never typed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import Field, model_validator

from kimdocs.model.antrag import Sachkostenposten
from kimdocs.model.common import Kommune, Money, Unterschrift, Zeitraum, _Base


class Nachweiszeile(_Base):
    """One line of the Finanzierungsplan in one Haushaltsjahr: plan against actual."""

    festbetrag: Money = Field(..., description="bewilligter Festbetrag der Zeile (Bescheid)")
    geplant: Money | None = Field(None, description="geplante Ausgaben (Finanzierungsplan)")
    ausgaben: Money = Field(..., description="tatsächliche zuwendungsfähige Ausgaben (Ist)")
    verausgabt: Money = Field(..., description="davon aus der Zuwendung verausgabt")

    @property
    def zustehend(self) -> Decimal:
        """Festbetragsfinanzierung: the grant of the line is reduced only where its eligible
        spending falls below the Festbetrag."""
        return min(self.festbetrag, self.ausgaben)

    @property
    def kuerzung(self) -> Decimal:
        return self.festbetrag - self.zustehend


class Nachweisjahr(_Base):
    """The zahlenmäßiger Nachweis of one Haushaltsjahr."""

    jahr: int = Field(..., ge=2000, le=2100)
    personalkosten: Nachweiszeile
    sachkosten: Nachweiszeile
    zuwendung_erhalten: Money = Field(..., description="im Jahr ausgezahlte Zuwendung")
    eigenmittel: Money = Field(Decimal("0.00"), description="eingesetzte Eigenmittel")
    drittmittel: list[Sachkostenposten] = Field([], description="Mittel Dritter")

    @property
    def zeilen(self) -> tuple[tuple[str, Nachweiszeile], ...]:
        return (("personalkosten", self.personalkosten), ("sachkosten", self.sachkosten))

    @property
    def drittmittel_summe(self) -> Decimal:
        return sum((d.betrag for d in self.drittmittel), Decimal("0.00"))


class Bestaetigung(_Base):
    """What the vertretungsberechtigte Person confirms (ANBest-K Nr. 6)."""

    zweckentsprechend: bool = Field(..., description="für den Zuwendungszweck verwendet")
    wirtschaftlich_sparsam: bool
    buecher_belege: bool = Field(..., description="Angaben stimmen mit Büchern und Belegen")
    nebenbestimmungen: bool = Field(..., description="Nebenbestimmungen beachtet")

    @property
    def vollstaendig(self) -> bool:
        return all((self.zweckentsprechend, self.wirtschaftlich_sparsam, self.buecher_belege,
                    self.nebenbestimmungen))


class Verwendungsnachweis(_Base):
    art: Literal["verwendungsnachweis"] = "verwendungsnachweis"
    kommune: Kommune
    bescheid_aktenzeichen: str
    bescheid_datum: date
    bewilligungszeitraum: Zeitraum
    zwischennachweis_jahr: int | None = Field(
        None, description="Zwischennachweis für dieses abgeschlossene Haushaltsjahr; leer = "
        "Verwendungsnachweis über den ganzen Bewilligungszeitraum")
    datum: date
    sachbericht: str = Field(..., min_length=1, description="Sachbericht, gemessen am Zweck")
    jahre: list[Nachweisjahr] = Field(..., min_length=1)
    bestaetigung: Bestaetigung
    unterschrift: Unterschrift

    @model_validator(mode="after")
    def _years(self) -> Verwendungsnachweis:
        years = [j.jahr for j in self.jahre]
        if len(set(years)) != len(years):
            raise ValueError("jahre: ein Haushaltsjahr ist mehrfach genannt")
        outside = sorted(set(years) - set(self.bewilligungszeitraum.jahre()))
        if outside:
            raise ValueError(f"jahre: {', '.join(map(str, outside))} liegt außerhalb des "
                             "Bewilligungszeitraums")
        z = self.zwischennachweis_jahr
        if z is not None:
            if z not in self.bewilligungszeitraum.jahre()[:-1]:
                raise ValueError(
                    f"zwischennachweis_jahr: {z} ist kein abgeschlossenes Haushaltsjahr vor dem "
                    "letzten Jahr des Bewilligungszeitraums")
            if years != [z]:
                raise ValueError(f"jahre: ein Zwischennachweis nennt nur das Jahr {z}")
        return self

    @property
    def titel_art(self) -> str:
        return "Zwischennachweis" if self.zwischennachweis_jahr else "Verwendungsnachweis"
