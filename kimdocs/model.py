"""The domain model: the four documents of the programme as validated data (pydantic v2).

Input comes as YAML or JSON. YAML floats are read as Decimal (see `_DecimalLoader`), so no
float ever touches money. Validation errors are turned into one German message naming the
file, the field path and the bad value.

Whether an applicant is eligible or a figure is within the caps is *not* decided here: that
is the guideline's business (kimdocs.guideline, kimdocs.calculator), so that a rule break is
reported by its code instead of being refused as malformed input.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from .errors import InputError
from .formatting import CENT, round_cents

# --- value types ---------------------------------------------------------------------------

def _money(value: Decimal) -> Decimal:
    if value != round_cents(value):
        raise ValueError("Betrag hat mehr als zwei Nachkommastellen")
    return value.quantize(CENT)


# Euro amount, two places, never negative. Strings and ints are accepted; floats only from
# YAML, where the loader already made them Decimal.
Money = Annotated[Decimal, Field(ge=0, allow_inf_nan=False), AfterValidator(_money)]

# Vollzeitäquivalent: 0 < x <= 2 (the guideline's own maximum is checked as a rule).
VZAE = Annotated[Decimal, Field(gt=0, le=2, decimal_places=2, allow_inf_nan=False)]

Kreisschluessel = Annotated[str, Field(pattern=r"^07\d{3}$")]


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)


class Zeitraum(_Base):
    beginn: date
    ende: date

    @model_validator(mode="after")
    def _order(self) -> Zeitraum:
        if self.ende < self.beginn:
            raise ValueError("Ende liegt vor dem Beginn")
        return self

    def jahre(self) -> list[int]:
        return list(range(self.beginn.year, self.ende.year + 1))


class Anschrift(_Base):
    strasse: str
    plz: Annotated[str, Field(pattern=r"^\d{5}$")]
    ort: str

    def zeilen(self) -> list[str]:
        return [self.strasse, f"{self.plz} {self.ort}"]


class Person(_Base):
    name: str
    funktion: str | None = None
    telefon: str | None = None
    fax: str | None = None
    email: str | None = None


# How a signatory signs: for the body itself (head of the authority / vertretungsberechtigte
# Person), "Im Auftrag" or "In Vertretung". Data, never fixed in a template.
Zeichnungszusatz = Literal["ohne Zusatz", "Im Auftrag", "In Vertretung"]


class Zeichnende(Person):
    """Who signs a Bescheid (§ 37 Abs. 3 VwVfG) and with which Zeichnung."""

    zusatz: Zeichnungszusatz = "Im Auftrag"


class Kommune(_Base):
    """The applicant body. `name` and `kreisschluessel` identify it (two Kaiserslauterns!)."""

    name: str
    kreisschluessel: Kreisschluessel | None = None
    art: Literal["landkreis", "kreisfreie_stadt"] | None = None
    bezeichnung: str | None = Field(None, description="z. B. 'Stadtverwaltung Koblenz'")
    anschrift: Anschrift | None = None
    ags: Annotated[str, Field(pattern=r"^\d{8}$")] | None = None

    @property
    def anzeigename(self) -> str:
        return self.bezeichnung or self.name


# --- Antrag --------------------------------------------------------------------------------

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
    sachausgaben: list[Sachkostenposten] = []
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


class Unterschrift(_Base):
    ort: str
    datum: date
    name: str
    funktion: str | None = None
    # An Antrag is signed rechtsverbindlich by the vertretungsberechtigte Person (§ 47 GemO,
    # § 41 LKO): without a Zusatz, or "In Vertretung" by the deputy.
    zusatz: Zeichnungszusatz = "ohne Zusatz"


class Bankverbindung(_Base):
    kontoinhaber: str
    iban: Annotated[str, Field(pattern=r"^[A-Z]{2}\d{2}[A-Z0-9 ]{11,36}$")]
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


# --- Bewilligungsbescheid ------------------------------------------------------------------

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
    anlagen: list[str] = []


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
    handlungsfelder: list[str] = []
    vernetzung_kommune: str
    netzwerkrunden: list[str] = []
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
    anlagen: list[str] = []
    unterschrift: Unterschrift
    bescheid_aktenzeichen: str | None = Field(None, description="Aktenzeichen des Bescheids")
    bescheid_datum: date | None = None
    wirtschaftlich_sparsam: bool | None = Field(
        None, description="Erklärung: Mittel wirtschaftlich und sparsam verwendet")


DOCUMENT_TYPES: dict[str, type[_Base]] = {
    "antrag": Antrag,
    "bescheid": Bewilligungsbescheid,
    "vorlage": Unterrichtungsvorlage,
    "jahresbericht": Jahresbericht,
}

DOCUMENT_TITLES = {
    "antrag": "Antrag",
    "bescheid": "Bewilligungsbescheid",
    "vorlage": "Unterrichtungsvorlage",
    "jahresbericht": "Jahresbericht",
}


# --- loading -------------------------------------------------------------------------------

class _DecimalLoader(yaml.SafeLoader):
    """SafeLoader that reads floats as Decimal: `60000.50` must not pass through a float."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    return Decimal(loader.construct_scalar(node).replace("_", ""))


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


def read_mapping(path: Path) -> dict[str, Any]:
    """Read a YAML or JSON file into a dict, with a German error for every failure."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("Datei nicht gefunden", path=path) from None
    except UnicodeDecodeError:
        raise InputError("Datei ist nicht UTF-8-kodiert", path=path) from None
    except OSError as exc:
        raise InputError(f"Datei kann nicht gelesen werden ({exc.strerror})", path=path) from None
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text, parse_float=Decimal)
        else:
            data = yaml.load(text, Loader=_DecimalLoader)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" in Zeile {mark.line + 1}" if mark else (
            f" in Zeile {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "")
        raise InputError(f"Datei ist kein gültiges YAML/JSON{where}", path=path) from None
    if not isinstance(data, dict):
        raise InputError("Datei enthält keine Zuordnung von Feldern (Schlüssel: Wert)", path=path)
    return data


_MESSAGES = {
    "missing": "Pflichtfeld fehlt",
    "extra_forbidden": "unbekanntes Feld",
    "string_pattern_mismatch": "hat nicht das erwartete Format",
    "date_from_datetime_parsing": "ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)",
    "date_parsing": "ist kein gültiges Datum (JJJJ-MM-TT)",
    "date_type": "ist kein Datum",
    "decimal_parsing": "ist keine Zahl",
    "decimal_type": "ist keine Zahl",
    "greater_than_equal": "ist zu klein",
    "greater_than": "ist zu klein",
    "less_than_equal": "ist zu groß",
    "too_short": "ist leer",
    "bool_parsing": "ist kein Wahrheitswert (ja/nein)",
    "bool_type": "ist kein Wahrheitswert (ja/nein)",
    "int_parsing": "ist keine ganze Zahl",
    "literal_error": "hat einen nicht erlaubten Wert",
    "string_type": "ist kein Text",
    "list_type": "ist keine Liste",
    "model_type": "ist keine Zuordnung von Feldern",
    "decimal_max_places": "hat zu viele Nachkommastellen",
}


def german_validation_message(error: ValidationError, *, limit: int = 10) -> str:
    """One line per problem: `stellen[0].vzae: ist zu groß (Wert: 3)`."""
    lines = []
    for item in error.errors()[:limit]:
        path = ""
        for part in item["loc"]:
            path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
        text = _MESSAGES.get(item["type"])
        if text is None or item["type"] in ("value_error", "assertion_error"):
            text = str(item.get("ctx", {}).get("error", item["msg"]))
        elif item["type"] in ("greater_than_equal", "greater_than", "less_than_equal"):
            bound = next(iter(item.get("ctx", {}).values()), None)
            if bound is not None:
                text += f" (Grenze: {bound})"
        value = "" if item["type"] == "missing" else f" (Wert: {item.get('input')!r})"
        lines.append(f"{path or '(Dokument)'}: {text}{value}")
    more = len(error.errors()) - limit
    if more > 0:
        lines.append(f"… und {more} weitere Fehler")
    return "; ".join(lines)


def validate(kind: str, data: dict[str, Any], *, source: Path | str | None = None):
    """Validate a mapping as document type `kind`; German InputError on failure."""
    model = DOCUMENT_TYPES.get(kind)
    if model is None:
        raise InputError(
            f"unbekannte Dokumentart {kind!r}; erlaubt: {', '.join(DOCUMENT_TYPES)}", path=source)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError(
            f"ungültige Daten für {DOCUMENT_TITLES[kind]}: {german_validation_message(exc)}",
            path=source) from None


def load_data(path: Path | str, kind: str | None = None):
    """Load a YAML/JSON data file as one of the four document types.

    `kind` defaults to the file's own `art:` field. A Bescheid's `antrag:` path is resolved
    relative to the Bescheid file and loaded as well.
    """
    path = Path(path)
    data = read_mapping(path)
    kind = kind or data.get("art")
    if kind is None:
        raise InputError(
            "Dokumentart unbekannt: Feld 'art' fehlt (antrag, bescheid, vorlage, jahresbericht)",
            path=path)
    if kind == "bescheid" and isinstance(data.get("antrag"), str):
        data = dict(data, antrag=load_data(path.parent / data["antrag"], "antrag"))
    return validate(kind, data, source=path)


def json_schema(kind: str) -> dict[str, Any]:
    model = DOCUMENT_TYPES.get(kind)
    if model is None:
        raise InputError(f"unbekannte Dokumentart {kind!r}; erlaubt: {', '.join(DOCUMENT_TYPES)}")
    return model.model_json_schema()
