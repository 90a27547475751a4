"""The Antrag of a Kommune: its positions, the Finanzierungsplan per Haushaltsjahr, the
declarations and the signature."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import Field, model_validator

from kimdocs.model.common import (
    VZAE,
    Iban,
    Kommune,
    Money,
    Person,
    Unterschrift,
    Zeitraum,
    _Base,
)


class Stelle(_Base):
    """One funded position or part of it; `person` empty means the post is still vacant and
    `beginn` is its planned start. `ende` empty: with the funding period."""

    person: str | None = None
    vzae: VZAE
    entgeltgruppe: str = Field(..., description="TVöD, z. B. 'E 11'")
    beginn: date = Field(..., description="Beginn; bei einer unbesetzten Stelle der geplante")
    ende: date | None = Field(None, description="leer = bis zum Ende des Förderzeitraums")
    funktion: str | None = None
    schwerpunkt: str | None = None
    # the calculation of the personnel costs the Antrag rests on (per year, for this part)
    entgelt_jahr: Money | None = Field(
        None, description="Jahresentgelt (brutto) des Stellenanteils nach der Entgeltgruppe")
    arbeitgeberanteile_jahr: Money | None = Field(
        None, description="Arbeitgeberanteile (Sozialversicherung, Zusatzversorgung) je Jahr")

    @property
    def besetzt(self) -> bool:
        return bool(self.person)

    @model_validator(mode="after")
    def _order(self) -> Stelle:
        if self.ende is not None and self.ende < self.beginn:
            raise ValueError("Ende der Stelle liegt vor ihrem Beginn")
        return self


class Organisation(_Base):
    """Where the position sits; the guideline demands the municipal administration."""

    in_kommunalverwaltung: bool
    amt: str
    abteilung: str | None = None
    traeger: str | None = Field(None, description="nur wenn nicht die Kommunalverwaltung selbst")


class Sachkostenposten(_Base):
    bezeichnung: str
    betrag: Money


class Jahresplan(_Base):
    """Finanzierungsplan of one Haushaltsjahr: planned spending and the grant requested."""

    jahr: int = Field(..., ge=2000, le=2100)
    personalausgaben: Money
    sachausgaben: list[Sachkostenposten] = Field([])
    beantragt_personalkosten: Money
    beantragt_sachkosten: Money
    beantragt_gesamt: Money | None = Field(
        None, description="angegebene Summe; wird gegen die Einzelposten geprüft (KIM-108)")
    # Einnahmen: what covers the spending besides the grant requested
    eigenanteil: Money | None = Field(
        None, description="Eigenmittel der Kommune; leer = nicht angegeben")
    drittmittel: list[Sachkostenposten] = Field(
        [], description="Mittel Dritter (Bezeichnung, Betrag), z. B. andere Förderprogramme")

    @property
    def sachausgaben_summe(self) -> Decimal:
        return sum((p.betrag for p in self.sachausgaben), Decimal("0.00"))

    @property
    def ausgaben_gesamt(self) -> Decimal:
        return self.personalausgaben + self.sachausgaben_summe

    @property
    def beantragt_summe(self) -> Decimal:
        return self.beantragt_personalkosten + self.beantragt_sachkosten

    @property
    def drittmittel_summe(self) -> Decimal:
        return sum((p.betrag for p in self.drittmittel), Decimal("0.00"))

    @property
    def finanzierung_gesamt(self) -> Decimal:
        """Gesamtfinanzierung: requested grant + Eigenanteil + Drittmittel."""
        return self.beantragt_summe + (self.eigenanteil or Decimal("0.00")) \
            + self.drittmittel_summe


class Integrationskonzept(_Base):
    vorhanden: bool
    beschreibung: str | None = None


class Erklaerungen(_Base):
    keine_doppelfoerderung: bool
    kein_vorzeitiger_beginn: bool
    richtigkeit: bool = True
    eigenmittel_gesichert: bool | None = Field(
        None, description="Eigenmittel und übrige Einnahmen sind gesichert (Gesamtfinanzierung)")


class VorzeitigerBeginnAntrag(_Base):
    """The application for consent to an early start: from when, and why."""

    ab: date = Field(..., description="gewünschter Beginn vor der Bewilligung")
    begruendung: str = Field(..., min_length=1)


class Bankverbindung(_Base):
    kontoinhaber: str
    iban: Iban
    bic: str | None = None
    kreditinstitut: str | None = None


class Antrag(_Base):
    """Application of a Kommune for KIM funding."""

    art: Literal["antrag"] = "antrag"
    antragsteller: Kommune
    ansprechperson: Person
    stellen: list[Stelle] = Field(..., min_length=1)
    organisation: Organisation
    aufgaben: list[str] = Field(..., min_length=1, description="Aufgaben und Schwerpunkte")
    integrationskonzept: Integrationskonzept
    zeitraum: Zeitraum
    finanzierungsplan: list[Jahresplan] = Field(..., min_length=1)
    erklaerungen: Erklaerungen
    unterschrift: Unterschrift
    bankverbindung: Bankverbindung | None = None
    vorsteuerabzugsberechtigt: bool | None = Field(
        None, description="ja: Ausgaben netto, ohne abziehbare Vorsteuer")
    vorzeitiger_beginn: VorzeitigerBeginnAntrag | None = Field(
        None, description="Antrag auf Zustimmung zum vorzeitigen Maßnahmebeginn")

    @property
    def vzae_gesamt(self) -> Decimal:
        return sum((s.vzae for s in self.stellen), Decimal(0))

    @model_validator(mode="after")
    def _plan_matches_period(self) -> Antrag:
        years = [p.jahr for p in self.finanzierungsplan]
        if len(set(years)) != len(years):
            raise ValueError("Finanzierungsplan nennt ein Haushaltsjahr mehrfach")
        outside = sorted(set(years) - set(self.zeitraum.jahre()))
        if outside:
            raise ValueError(
                f"Finanzierungsplan nennt Jahre außerhalb des Förderzeitraums: {outside}")
        return self

    def plan(self, jahr: int) -> Jahresplan | None:
        return next((p for p in self.finanzierungsplan if p.jahr == jahr), None)


