"""The Bewilligungsbescheid: the Antrag it decides, the letterhead, the period granted."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, field_validator, model_validator

from kimdocs.model.antrag import Antrag
from kimdocs.model.common import Person, Zeichnende, Zeitraum, _Base


class Bewilligungsbescheid(_Base):
    """Approval notice. The amounts are never typed here: they come from the Antrag through
    the calculator, so the notice cannot disagree with the guideline."""

    art: Literal["bescheid"] = "bescheid"
    antrag: Antrag | str = Field(
        ..., description="das Antrag-Objekt oder der Pfad zur Antragsdatei (relativ zu dieser)")
    aktenzeichen: str = Field(..., description="Mein Aktenzeichen, z. B. 3321-0001#2025/0084-0701")
    datum: date
    ihr_schreiben_vom: date | None = None
    ihr_zeichen: str | None = None
    sachbearbeitung: Person
    zeichnung: Zeichnende = Field(
        ..., description="wer den Bescheid zeichnet (§ 37 Abs. 3 VwVfG), mit Zeichnungszusatz")
    bewilligungszeitraum: Zeitraum | None = Field(
        None, description="Standard: der beantragte Zeitraum; muss in ihm liegen")
    auszahlung_hinweis: str | None = None
    haushaltsstelle: str | None = Field(
        None, description="z. B. 'Kapitel 0702, Titel 633 01'; nicht veröffentlicht")

    @property
    def zeitraum(self) -> Zeitraum:
        """The period granted: the Bescheid's own, else the Antrag's."""
        if self.bewilligungszeitraum is not None or not isinstance(self.antrag, Antrag):
            return self.bewilligungszeitraum  # type: ignore[return-value]
        return self.antrag.zeitraum

    @model_validator(mode="after")
    def _within_antrag(self) -> Bewilligungsbescheid:
        z, a = self.bewilligungszeitraum, self.antrag
        if z is not None and isinstance(a, Antrag) and (
                z.beginn < a.zeitraum.beginn or z.ende > a.zeitraum.ende):
            raise ValueError("Bewilligungszeitraum liegt nicht im beantragten Förderzeitraum")
        return self

    @field_validator("aktenzeichen")
    @classmethod
    def _az(cls, v: str) -> str:
        if not v:
            raise ValueError("Aktenzeichen darf nicht leer sein")
        return v
