"""Common value types of the documents: guarded numbers, dates and texts, Money, VZÄ, IBAN,
the base model every document part derives from, and the parts several documents share
(Zeitraum, Anschrift, Person, Kommune, Unterschrift).

German numbers and dates in strings ("0,5", "60.000,00", 01.12.2025) are accepted with the
same parser the table reader uses; every number is checked for range and finiteness before
any Decimal arithmetic.
"""

from __future__ import annotations

import re
import typing
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from stdnum import iban as stdnum_iban
from stdnum import numdb
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.iso7064 import mod_97_10

from kimdocs.formatting import CENT, parse_number, round_cents

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


class Unterschrift(_Base):
    ort: str
    datum: date
    name: str
    funktion: str | None = None
    # An Antrag is signed rechtsverbindlich by the vertretungsberechtigte Person (§ 47 GemO,
    # § 41 LKO): without a Zusatz, or "In Vertretung" by the deputy.
    zusatz: Zeichnungszusatz = "ohne Zusatz"


