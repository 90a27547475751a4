"""The Bewilligungsbescheid: the Antrag it decides, the letterhead, the period granted."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, field_validator, model_validator

from kimdocs.formatting import format_date
from kimdocs.model.antrag import Antrag
from kimdocs.model.common import Person, Zeichnende, Zeitraum, _Base


class VorzeitigerBeginn(_Base):
    """The prior written consent to an early start (VV Nr. 1.3 zu § 44 LHO): a consent is
    given on application and before the start, never by the Bescheid after the fact."""

    zugestimmt_am: date = Field(..., description="Datum des Zustimmungsschreibens")
    aktenzeichen: str | None = Field(None, description="Aktenzeichen des Zustimmungsschreibens")


class NichtGefoerdert(_Base):
    """A Stellenanteil of the Antrag the Bescheid does not fund, with the reason (§ 39 Abs. 1
    VwVfG): so the funded parts stay within the guideline's VZÄ maximum."""

    stelle: int = Field(..., ge=1, le=50, description="Nummer des Stellenanteils im Antrag "
                        "(1 = erster Eintrag unter `stellen`)")
    grund: str = Field(..., min_length=1, description="Begründung der Ablehnung")


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
    vorzeitiger_beginn: VorzeitigerBeginn | None = Field(
        None, description="vorherige Zustimmung zum vorzeitigen Maßnahmebeginn; Pflicht, wenn "
        "der Bewilligungszeitraum vor dem Datum des Bescheids beginnt")
    begruendung_zeitraum: str | None = Field(
        None, description="Ermessenserwägungen, wenn der Bewilligungszeitraum kürzer ist als "
        "der beantragte (§ 39 Abs. 1 Satz 3 VwVfG); dann Pflicht")
    nicht_gefoerdert: list[NichtGefoerdert] = Field(
        [], description="Stellenanteile des Antrags, die nicht gefördert werden, mit Grund")

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
        if isinstance(a, Antrag):
            self._check_early_start()
            self._check_reasons(a)
        return self

    def _check_early_start(self) -> None:
        """No consent to an early start printed after the fact: a period that begins before
        the Bescheid needs the recorded prior consent, given no later than that beginning."""
        beginn, vb = self.zeitraum.beginn, self.vorzeitiger_beginn
        if beginn >= self.datum:
            return
        if vb is None:
            raise ValueError(
                f"vorzeitiger_beginn: Der Bewilligungszeitraum beginnt am {format_date(beginn)}, "
                f"vor dem Datum des Bescheids ({format_date(self.datum)}). Eine Zustimmung zum "
                "vorzeitigen Maßnahmebeginn erteilt der Bescheid nicht nachträglich: bitte die "
                "vorherige Zustimmung angeben (vorzeitiger_beginn.zugestimmt_am, "
                "vorzeitiger_beginn.aktenzeichen) oder den Bewilligungszeitraum frühestens mit "
                "dem Datum des Bescheids beginnen lassen (bewilligungszeitraum.beginn)")
        if vb.zugestimmt_am > beginn:
            raise ValueError(
                f"vorzeitiger_beginn.zugestimmt_am: Die Zustimmung vom "
                f"{format_date(vb.zugestimmt_am)} liegt nach dem Beginn des "
                f"Bewilligungszeitraums ({format_date(beginn)}); sie muss vorher erteilt sein")

    def _check_reasons(self, antrag: Antrag) -> None:
        """A shorter period than requested is the Ministry's choice: its reasons are needed
        (§ 39 Abs. 1 Satz 3 VwVfG); so is a part of the Antrag that is not funded."""
        if self.zeitraum != antrag.zeitraum and not self.begruendung_zeitraum:
            raise ValueError(
                "begruendung_zeitraum: Der Bewilligungszeitraum "
                f"({format_date(self.zeitraum.beginn)} bis {format_date(self.zeitraum.ende)}) "
                "ist kürzer als der beantragte Förderzeitraum "
                f"({format_date(antrag.zeitraum.beginn)} bis "
                f"{format_date(antrag.zeitraum.ende)}); bitte die Gründe dafür angeben "
                "(Ermessenserwägungen, § 39 Abs. 1 Satz 3 VwVfG)")
        for n in self.nicht_gefoerdert:
            if n.stelle > len(antrag.stellen):
                raise ValueError(
                    f"nicht_gefoerdert: Stellenanteil Nr. {n.stelle} gibt es im Antrag nicht "
                    f"(er nennt {len(antrag.stellen)})")
        if len({n.stelle for n in self.nicht_gefoerdert}) != len(self.nicht_gefoerdert):
            raise ValueError("nicht_gefoerdert: ein Stellenanteil ist mehrfach genannt")

    @field_validator("aktenzeichen")
    @classmethod
    def _az(cls, v: str) -> str:
        if not v:
            raise ValueError("Aktenzeichen darf nicht leer sein")
        return v
