"""The domain model: the four documents of the programme as validated data (pydantic v2).

Input comes as YAML or JSON through one guarded loader (`read_mapping`): only regular files
up to a size limit, few YAML aliases, bounded nesting, floats read as Decimal (no float ever
touches money), dates left as text for our own parser, and every number checked for range
and finiteness before any Decimal arithmetic. German numbers and dates in strings ("0,5",
"60.000,00", 01.12.2025) are accepted with the same parser the table reader uses. Validation
errors are turned into one German message naming the file, the field path and the bad value
(shortened: a 10 MB value is never echoed).

Whether an applicant is eligible or a figure is within the caps is *not* decided here: that
is the guideline's business (kimdocs.guideline, kimdocs.calculator), so that a rule break is
reported by its code instead of being refused as malformed input.
"""

from __future__ import annotations

import json
import os
import re
import stat
import typing
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from kimdocs.errors import InputError, os_reason
from kimdocs.formatting import CENT, format_date, parse_number, round_cents

# --- limits of the guarded loader -------------------------------------------------------------
# Far above any real data file, far below what hurts: a KIM Antrag is a few KB.
MAX_DATA_BYTES = 2 * 1024 * 1024
MAX_ALIASES = 10  # YAML aliases per file (an alias bomb needs many)
MAX_DEPTH = 30  # nesting of mappings and lists
MAX_DIGITS = 30  # significant digits of a number
MAX_MAGNITUDE = Decimal(10) ** 12  # no amount or share reaches a trillion
MAX_TEXT = 20_000  # characters of one text field
MAX_NAME = 200  # names become file names and DOCX title/author (255 at most, with type and year)
YEARS = (1980, 2100)  # a DOCX (zip) cannot date a file before 1980
_NAME_FIELDS = {"name", "bezeichnung", "aktenzeichen", "amt", "nummer", "betreff", "ort"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def number_from_input(value: Any) -> Decimal:
    """A number from data or a table cell: Decimal, int, "60000.50", German "60.000,00" or
    "0,5" (formatting.parse_number, the parser of submitted documents), with "€"/"EUR".
    Checked for finiteness, digits and magnitude before anything computes with it; raises
    ValueError with a German reason."""
    if isinstance(value, bool):
        raise ValueError("ist keine Zahl")
    if isinstance(value, float):  # only from XLSX cells; YAML floats are Decimal already
        value = repr(value)
    if isinstance(value, int):
        if abs(value) >= MAX_MAGNITUDE:
            raise ValueError("ist zu groß")
        return Decimal(value)
    if isinstance(value, str):
        text = value.replace("€", "").replace("EUR", "").replace("\u00a0", "").strip()
        if len(text) > 2 * MAX_DIGITS:
            raise ValueError("ist zu lang für eine Zahl")
        try:
            value = parse_number(text) if "," in text else Decimal(text.replace("_", ""))
        except (InvalidOperation, ValueError):
            raise ValueError("ist keine Zahl") from None
    if not isinstance(value, Decimal):
        raise ValueError("ist keine Zahl")
    if not value.is_finite():
        raise ValueError("ist keine endliche Zahl")
    if len(value.as_tuple().digits) > MAX_DIGITS or abs(value) >= MAX_MAGNITUDE:
        raise ValueError("ist zu groß")
    return value


def date_from_input(value: Any) -> date:
    """A date from data or a table cell: date, TT.MM.JJJJ or JJJJ-MM-TT; impossible dates
    (31.02.) and years outside YEARS raise ValueError with a German reason."""
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        text = str(value).strip()
        y = mo = d = 0
        if m := _DMY.match(text):
            d, mo, y = (int(g) for g in m.groups())
        elif m := _ISO.match(text):
            y, mo, d = (int(g) for g in m.groups())
        else:
            raise ValueError("ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT)")
        try:
            value = date(y, mo, d)
        except ValueError:
            raise ValueError(f"ist kein gültiges Datum: den {d:02d}.{mo:02d}.{y:04d} gibt es "
                             "nicht") from None
    result: date = value
    if not YEARS[0] <= result.year <= YEARS[1]:
        raise ValueError(f"Jahr {result.year} liegt außerhalb von {YEARS[0]} bis {YEARS[1]}")
    return result


def clean_text(value: str, name: str) -> str:
    """Refuse control characters (Word cannot hold them) and overlong texts."""
    if _CONTROL.search(value):
        raise ValueError("enthält Steuerzeichen (unsichtbare Sonderzeichen), bitte entfernen")
    limit = MAX_NAME if name in _NAME_FIELDS else MAX_TEXT
    if len(value) > limit:
        raise ValueError(f"ist zu lang ({len(value)} Zeichen, höchstens {limit})")
    return value


def _kinds(annotation: Any) -> set[Any]:
    """The plain types inside an annotation: Money | None -> {Decimal, NoneType}."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) is Annotated:
        return _kinds(args[0])
    if args and typing.get_origin(annotation) is not Literal:
        return set().union(*(_kinds(a) for a in args)) | {typing.get_origin(annotation)}
    return {annotation}

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

_IBAN_FORM = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$")
_BBAN_PART = re.compile(r"(\d+)!([nac])")
_BBAN_CHARS = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}
_COUNTRY_ADJECTIVE = {"DE": "deutsche"}


def group_iban(value: str) -> str:
    """An IBAN in groups of four, as DIN 5008 and the banks print it: DE89 3704 0044 …"""
    compact = re.sub(r"\s", "", value).upper()
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def check_iban(value: str) -> str:
    """An IBAN checked by ISO 13616: the form, the country's length and BBAN layout from the
    IBAN registry (python-stdnum keeps it current), and the mod-97 check digits. Spaces (and
    '-', '.') are allowed in the input; returns the compact form (DE89370400440532013000).
    Raises ValueError with a German sentence naming the IBAN and what is wrong."""
    from stdnum import iban as stdnum_iban
    from stdnum import numdb
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.iso7064 import mod_97_10

    compact = stdnum_iban.compact(value)
    shown = group_iban(compact) if len(compact) <= 40 else f"{compact[:40]}…"
    if not _IBAN_FORM.match(compact):
        raise ValueError(f"Die IBAN {shown} hat nicht die Form einer IBAN (zwei Buchstaben für "
                         "das Land, zwei Prüfziffern, dann höchstens 30 Buchstaben und Ziffern)")
    country = compact[:2]
    info = numdb.get("iban").info(compact)
    structure = info[0][1].get("bban") if info and info[0][0] == country else None
    if not structure:
        raise ValueError(f"Die IBAN {shown} beginnt mit „{country}“: für dieses Länderkürzel "
                         "gibt es keine IBAN")
    parts = [(int(n), kind) for n, kind in _BBAN_PART.findall(str(structure))]
    length = 4 + sum(n for n, _ in parts)
    adjective = _COUNTRY_ADJECTIVE.get(country)
    which = f"eine {adjective} IBAN" if adjective else f"eine IBAN aus {country}"
    if len(compact) != length:
        raise ValueError(f"Die IBAN {shown} hat {len(compact)} Stellen, {which} hat {length}")
    if not re.fullmatch("".join(f"{_BBAN_CHARS[k]}{{{n}}}" for n, k in parts), compact[4:]):
        kinds = {k for _, k in parts}
        hint = " (nach den Prüfziffern nur Ziffern)" if kinds == {"n"} else ""
        raise ValueError(f"Die IBAN {shown} ist nicht wie {which} aufgebaut{hint}")
    if not mod_97_10.is_valid(compact[4:] + compact[:4]):
        raise ValueError(f"Die IBAN {shown} hat eine falsche Prüfziffer (Tippfehler? Bitte mit "
                         "dem Kontoauszug vergleichen)")
    try:  # the country's own checks where python-stdnum knows them (e.g. Spain, Belgium)
        stdnum_iban.validate(compact)
    except StdnumError:
        raise ValueError(f"Die IBAN {shown} besteht die Prüfung für {country} nicht (Bank- "
                         "oder Kontonummer ungültig)") from None
    return compact


Iban = Annotated[str, AfterValidator(check_iban),
                 Field(description="IBAN, Leerzeichen erlaubt, z. B. DE89 3704 0044 0532 0130 00",
                       json_schema_extra={"pattern": r"^[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{11,36}$"})]


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)

    @field_validator("*", mode="before")
    @classmethod
    def _guard(cls, value: Any, info: ValidationInfo) -> Any:
        """Every field passes here first: German numbers and dates, range, control chars."""
        name = info.field_name or ""
        kinds = _kinds(cls.model_fields[name].annotation)
        if isinstance(value, str):
            value = clean_text(value, name)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    clean_text(item, name)
        if value is None or (value == "" and type(None) in kinds):
            return None if value == "" else value
        if date in kinds and str not in kinds and not isinstance(value, (dict, list)):
            return date_from_input(value)
        if Decimal in kinds and not isinstance(value, (dict, list)):
            return number_from_input(value)
        if int in kinds and isinstance(value, str) and len(value) > MAX_DIGITS:
            raise ValueError("ist keine ganze Zahl")
        return value


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

# Any of the four documents, as load_data and validate return them.
Dokument = Antrag | Bewilligungsbescheid | Unterrichtungsvorlage | Jahresbericht

DOCUMENT_TITLES = {
    "antrag": "Antrag",
    "bescheid": "Bewilligungsbescheid",
    "vorlage": "Unterrichtungsvorlage",
    "jahresbericht": "Jahresbericht",
}


# --- loading -------------------------------------------------------------------------------

class _Refused(Exception):
    """The guarded loader refuses the file (message German)."""


_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _GuardedLoader(yaml.SafeLoader):
    """SafeLoader with bounds: floats as Decimal (`60000.50` never passes through a float),
    no timestamp resolution (dates are ours to parse, with German errors: PyYAML raises on
    2025-02-31), few aliases, bounded nesting, long integers kept as text."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML's own class attribute
        first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise _Refused(f"enthält mehr als {MAX_ALIASES} YAML-Verweise (Aliase *…); "
                               "bitte die Werte ausschreiben")
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refused(f"ist tiefer als {MAX_DEPTH} Ebenen verschachtelt")
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal | str:
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    try:
        return Decimal(text.replace("_", ""))
    except InvalidOperation:  # .inf, .nan: left as text, refused by the field's validator
        return text


def _construct_int(loader: yaml.SafeLoader, node: yaml.Node) -> int | str:
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    if len(text) > MAX_DIGITS:  # int() of 5,000 digits raises; the field says "zu groß"
        return text
    return int(yaml.SafeLoader.construct_yaml_int(loader, node))  # type: ignore[arg-type]


_GuardedLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_GuardedLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)

# The data shipped inside the package (guidelines, Kommunen, text blocks) is ours: it is read
# with libyaml's parser (about ten times faster; every `kimdocs` call loads it) and the same
# resolvers and constructors, but without the alias and depth counting meant for user files.
_PACKAGE = Path(__file__).resolve().parent.parent  # the kimdocs package: shipped data
_TrustedLoader: type[yaml.SafeLoader] | None = None
if getattr(yaml, "__with_libyaml__", False):
    class _Trusted(yaml.CSafeLoader):
        yaml_implicit_resolvers = _GuardedLoader.yaml_implicit_resolvers

    _Trusted.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
    _Trusted.add_constructor("tag:yaml.org,2002:int", _construct_int)
    _TrustedLoader = _Trusted  # type: ignore[assignment]


def _loader_for(path: Path) -> type[yaml.SafeLoader]:
    if _TrustedLoader is not None and path.resolve().is_relative_to(_PACKAGE):
        return _TrustedLoader
    return _GuardedLoader


def _json_int(text: str) -> int | str:
    return text if len(text) > MAX_DIGITS else int(text)


def _depth(data: Any) -> int:
    """Nesting depth, iteratively (the data may be too deep for recursion)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            if deepest > MAX_DEPTH:
                return deepest
            stack.extend((v, level + 1) for v in (item.values() if isinstance(item, dict)
                                                  else item))
    return deepest


# What a file that is not a data file is, by its first bytes or its suffix, and which
# command takes it.
_NOT_DATA = (
    (b"%PDF", "ein PDF-Dokument"),
    (b"PK\x03\x04", "ein Word-, OpenDocument- oder Excel-Dokument (Zip)"),
    (b"\xd0\xcf\x11\xe0", "ein altes Office-Dokument (.doc/.xls)"),
)
_BY_SUFFIX = {".docx": "ein Word-Dokument (DOCX)", ".odt": "ein OpenDocument-Text (ODT)",
              ".doc": "ein altes Word-Dokument (.doc)", ".pdf": "ein PDF-Dokument"}
_DOCUMENT_HINT = "eingereichte Dokumente prüft `kimdocs pruefen DATEI`"
_TABLE_HINT = ("eine Tabelle, keine Datendatei (YAML/JSON); einen Bescheid je Zeile erstellt "
               "`kimdocs erstellen bescheid --tabelle DATEI`")


def check_regular_file(path: Path, limit: int = MAX_DATA_BYTES, what: str = "Datei") -> int:
    """The size of a regular file no larger than `limit`; FIFOs, devices, folders and larger
    files are refused with a German InputError without opening them."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise InputError(f"{what} {os_reason(exc)}", path=path) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"ist ein Ordner, keine {what}", path=path)
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"ist keine gewöhnliche {what} (Gerät, Pipe oder Socket)", path=path)
    if st.st_size > limit:
        raise InputError(f"{what} ist zu groß ({st.st_size // 1024} KB, höchstens "
                         f"{limit // 1024} KB)", path=path)
    return st.st_size


def read_bytes_guarded(path: Path, limit: int = MAX_DATA_BYTES, what: str = "Datei") -> bytes:
    """The bytes of a regular file up to `limit` (see check_regular_file)."""
    check_regular_file(path, limit, what)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{what} kann nicht gelesen werden ({os_reason(exc)})",
                         path=path) from None
    if len(data) > limit:
        raise InputError(f"{what} ist zu groß (höchstens {limit // 1024} KB)", path=path)
    return data


def _decode(raw: bytes, path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx", ".xlsm", ".xls", ".ods"):
        raise InputError(f"Die Datei ist {_TABLE_HINT}.", path=path)
    for magic, what in _NOT_DATA:
        if raw.startswith(magic):
            what = _BY_SUFFIX.get(suffix, what)
            raise InputError(f"Die Datei ist {what}, keine Datendatei (YAML/JSON); "
                             f"{_DOCUMENT_HINT}.", path=path)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise InputError(f"Datei ist nicht UTF-8-kodiert (Zeile {line}); bitte als UTF-8 "
                         "speichern", path=path) from None


def read_mapping(path: Path | str) -> dict[str, Any]:
    """Read a YAML or JSON file into a dict through the guarded loader, with a German
    error for every failure."""
    path = Path(path)
    text = _decode(read_bytes_guarded(path), path)
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text, parse_float=Decimal, parse_int=_json_int,
                              parse_constant=str)
        else:
            data = yaml.load(text, Loader=_loader_for(path))
    except _Refused as exc:
        raise InputError(f"Datei {exc}", path=path) from None
    except RecursionError:
        raise InputError(f"Datei ist tiefer als {MAX_DEPTH} Ebenen verschachtelt",
                         path=path) from None
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" in Zeile {mark.line + 1}" if mark else (
            f" in Zeile {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "")
        raise InputError(f"Datei ist kein gültiges YAML/JSON{where}", path=path) from None
    if not isinstance(data, dict):
        raise InputError("Datei enthält keine Zuordnung von Feldern (Schlüssel: Wert)", path=path)
    if _depth(data) > MAX_DEPTH:
        raise InputError(f"Datei ist tiefer als {MAX_DEPTH} Ebenen verschachtelt", path=path)
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


def show_value(value: Any, limit: int = 60, *, quote: bool = True) -> str:
    """A value for a message, as a user wrote it: no Python reprs (Decimal('0.5')), dates
    as TT.MM.JJJJ, long texts shortened (a 10 MB value is never echoed)."""

    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, date):
        return format_date(value) if hasattr(value, "year") else str(value)
    if isinstance(value, dict):
        return "eine Zuordnung von Feldern"
    if isinstance(value, list):
        return f"eine Liste mit {len(value)} Einträgen"
    if isinstance(value, BaseModel):
        return f"ein {DOCUMENT_TITLES.get(getattr(value, 'art', ''), 'Datensatz')}"
    text = str(value)
    text = _CONTROL.sub("?", text)
    if len(text) > limit:
        text = f"{text[:limit]}… ({len(text)} Zeichen)"
    return f"„{text}“" if quote and isinstance(value, str) else text


def _problem(item: Any, *, quote: bool) -> dict[str, str]:
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
    problem = {"feld": path or "(Dokument)", "meldung": text}
    if item["type"] != "missing":
        problem["wert"] = show_value(item.get("input"), quote=quote)
    return problem


def validation_problems(error: ValidationError, *, limit: int = 10) -> list[dict[str, str]]:
    """Each problem apart: `{"feld": "stellen[0].vzae", "meldung": "ist zu groß (Grenze: 2)",
    "wert": "3"}` (no `wert` for a missing field; long values shortened)."""
    return [_problem(item, quote=False) for item in error.errors()[:limit]]


def german_validation_message(error: ValidationError, *, limit: int = 10) -> str:
    """One line per problem: `stellen[0].vzae: ist zu groß (Wert: 3)`."""
    lines = []
    for item in error.errors()[:limit]:
        p = _problem(item, quote=True)
        # a message that names the value itself (the IBAN checks) does not repeat it
        echoed = "wert" in p and p["wert"].strip("„“") in p["meldung"]
        lines.append(f"{p['feld']}: {p['meldung']}" + (f" (Wert: {p['wert']})" if "wert" in p
                                                      and not echoed else ""))
    more = len(error.errors()) - limit
    if more > 0:
        lines.append(f"… und {more} weitere Fehler")
    return "; ".join(lines)


def validate(kind: str, data: dict[str, Any], *, source: Path | str | None = None) -> Dokument:
    """Validate a mapping as document type `kind`; German InputError on failure."""
    model = DOCUMENT_TYPES.get(kind) if isinstance(kind, str) else None
    if model is None:
        raise InputError(f"unbekannte Dokumentart {show_value(kind)}; erlaubt: "
                         f"{', '.join(DOCUMENT_TYPES)}", path=source, field="art")
    try:
        document: Dokument = model.model_validate(data)  # type: ignore[assignment]
        return document
    except ValidationError as exc:
        raise InputError(
            f"ungültige Daten für {DOCUMENT_TITLES[kind]}: {german_validation_message(exc)}",
            path=source, details=validation_problems(exc)) from None


def load_data(path: Path | str, kind: str | None = None, *,
              defaults: dict[str, Any] | None = None) -> Dokument:
    """Load a YAML/JSON data file as one of the four document types.

    `kind` defaults to the file's own `art:` field. A Bescheid's `antrag:` path is resolved
    relative to the Bescheid file and loaded as well. `defaults` fill top-level fields the
    file leaves out (e.g. a Bescheid's `zeichnung` from kimdocs.toml); the file wins.
    """
    path = Path(path)
    data = {**(defaults or {}), **read_mapping(path)}
    found = guess_kind(data)
    kind = kind or data.get("art") or found
    if kind is None:
        raise InputError(
            "Dokumentart unbekannt: Feld 'art' fehlt (antrag, bescheid, vorlage, jahresbericht)",
            path=path)
    if found and kind in DOCUMENT_TITLES and found != kind:
        raise InputError(
            f"Die Datei enthält {_ARTIKEL[found]} {DOCUMENT_TITLES[found]}, {_KEIN[kind]} "
            f"{DOCUMENT_TITLES[kind]}; {_COMMAND[found]}.", path=path)
    if kind == "bescheid" and isinstance(data.get("antrag"), str):
        target = path.parent / data["antrag"]
        try:
            data = dict(data, antrag=load_data(target, "antrag"))
        except InputError as exc:  # name the Bescheid, its field, and what it points to
            raise InputError(f"{target}: {exc.message}", path=path, field="antrag") from None
    return validate(kind, data, source=path)


# Keys only one document type has: enough to say what a file is when `art` is missing.
_SIGNATURES = {
    "bescheid": {"aktenzeichen", "zeichnung", "sachbearbeitung"},
    "antrag": {"antragsteller", "stellen", "finanzierungsplan"},
    "vorlage": {"gremienweg", "dezernat", "hintergrund"},
    "jahresbericht": {"berichtsjahr", "mittelverwendung", "aufgabenbereiche"},
}
_ARTIKEL = {"antrag": "einen", "bescheid": "einen", "vorlage": "eine", "jahresbericht": "einen"}
_KEIN = {"antrag": "keinen", "bescheid": "keinen", "vorlage": "keine", "jahresbericht": "keinen"}
_COMMAND = {
    "antrag": "dafür passen `kimdocs erstellen antrag DATEI` und `kimdocs berechnen DATEI`",
    "bescheid": "dafür passt `kimdocs erstellen bescheid DATEI` (als --bescheid bei "
                "`kimdocs pruefen`)",
    "vorlage": "dafür passt `kimdocs erstellen vorlage DATEI`",
    "jahresbericht": "dafür passt `kimdocs erstellen jahresbericht DATEI`",
}


def guess_kind(data: dict[str, Any]) -> str | None:
    """The document type a mapping holds: its `art` field, else the type whose typical
    keys it has (at least two of three), else None."""
    art = data.get("art")
    if isinstance(art, str) and art in DOCUMENT_TYPES:
        return art
    keys = set(data)
    fits = [k for k, sig in _SIGNATURES.items() if len(keys & sig) >= 2]
    return fits[0] if len(fits) == 1 else None


def json_schema(kind: str) -> dict[str, Any]:
    model = DOCUMENT_TYPES.get(kind)
    if model is None:
        raise InputError(f"unbekannte Dokumentart {kind!r}; erlaubt: {', '.join(DOCUMENT_TYPES)}")
    return model.model_json_schema()
