"""The Kommune's reports: the Unterrichtungsvorlage for a council committee and the
Jahresbericht with its Mittelverwendung."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import Field

from kimdocs.model.common import VZAE, Kommune, Money, Unterschrift, _Base

# --- Unterrichtungsvorlage -----------------------------------------------------------------

class Beratung(_Base):
    """One step of the Gremienweg (OParl `consultation`)."""

    datum: date
    gremium: str
    zustaendigkeit: Literal["Kenntnisnahme", "Vorberatung", "Entscheidung"] = "Kenntnisnahme"
    oeffentlich: bool = True
    top: str | None = None


class Unterrichtungsvorlage(_Base):
    art: Literal["vorlage"] = "vorlage"
    kommune: Kommune
    nummer: str = Field(..., description="z. B. UV/0084/2026")
    datum: date
    dezernat: str
    verfasser: str = Field(..., description="Amt, z. B. '50-Sozialamt'")
    aktenzeichen: str
    betreff: str
    gremienweg: list[Beratung] = Field(..., min_length=1)
    hintergrund: str
    umsetzung: str
    sachstand: str
    anlagen: list[str] = Field([])


# --- Jahresbericht -------------------------------------------------------------------------

class Personalstand(_Base):
    name: str | None = Field(None, description="leer = unbesetzt")
    vzae: VZAE
    seit: date | None = None
    funktion: str | None = None
    schwerpunkt: str | None = None


class Mittelverwendung(_Base):
    """Spending of one Haushaltsjahr against the grant."""

    jahr: int = Field(..., ge=2000, le=2100)
    personalkosten_bewilligt: Money
    personalkosten_verausgabt: Money
    sachkosten_bewilligt: Money
    sachkosten_verausgabt: Money
    overheadkosten: Money = Decimal("0.00")
    eigenanteil_verausgabt: Money | None = Field(
        None, description="aus Eigenmitteln getragene Ausgaben, zusätzlich zu den verausgabten "
        "Beträgen der Zuwendung")
    erhalten: Money | None = Field(None, description="im Jahr ausgezahlte Zuwendung")

    @property
    def bewilligt_gesamt(self) -> Decimal:
        return self.personalkosten_bewilligt + self.sachkosten_bewilligt

    @property
    def verausgabt_gesamt(self) -> Decimal:
        return self.personalkosten_verausgabt + self.sachkosten_verausgabt


class Aufgabenbereiche(_Base):
    """One text per task area of Konzept Nr. 2; they become the report's parts."""

    integrationsinfrastruktur: str
    bestandsaufnahme: str
    handlungsfelder: list[str] = Field([])
    vernetzung_kommune: str
    netzwerkrunden: list[str] = Field([])
    interkommunale_vernetzung: str
    oeffentlichkeitsarbeit: str
    kooperation_land: str
    # further parts of Konzept Nr. 2 (optional, so older reports stay valid)
    einbindung_gemeinden: str | None = Field(
        None, description="Einbindung der kreisangehörigen Gemeinden (nur Landkreise)")
    steuerungsgremien: str | None = None
    fallkoordination: str | None = Field(None, description="Koordinierung von Einzelfällen")
    interkulturelle_oeffnung: str | None = None
    massnahmenplanung: str | None = Field(None, description="Maßnahmenplanung")
    zielerreichung: str | None = None


class Jahresbericht(_Base):
    art: Literal["jahresbericht"] = "jahresbericht"
    kommune: Kommune
    berichtsjahr: int = Field(..., ge=2000, le=2100)
    datum: date
    personal: list[Personalstand] = Field(..., min_length=1)
    aufgabenbereiche: Aufgabenbereiche
    integrationskonzept: str
    mittelverwendung: list[Mittelverwendung] = Field(..., min_length=1)
    ausblick: str
    fragebogen_beigefuegt: bool
    anlagen: list[str] = Field([])
    unterschrift: Unterschrift
    bescheid_aktenzeichen: str | None = Field(None, description="Aktenzeichen des Bescheids")
    bescheid_datum: date | None = None
    wirtschaftlich_sparsam: bool | None = Field(
        None, description="Erklärung: Mittel wirtschaftlich und sparsam verwendet")
