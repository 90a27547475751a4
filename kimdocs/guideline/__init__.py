"""The Förderrichtlinie as data: schema, loader and rule catalogue.

A guideline is one versioned YAML file per programme (kimdocs/guideline/richtlinien/*.yaml). The
generator reads its caps and texts, the checker its rules: no cap, deadline or section list
lives in code. A malformed file is refused with a message that names the rule and the field.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kimdocs.errors import GuidelineError, InputError
from kimdocs.model import Money, read_mapping

DEFAULT_GUIDELINE = "kim-rlp-2025"

DocumentKind = Literal["antrag", "bescheid", "vorlage", "jahresbericht", "verwendungsnachweis"]
Severity = Literal["fehler", "warnung", "hinweis"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Quelle(_Strict):
    kurz: str
    titel: str
    datei: str | None = None


class Frist(_Strict):
    monat: int = Field(..., ge=1, le=12)
    tag: int = Field(..., ge=1, le=31)

    def im_jahr(self, jahr: int) -> date:
        return date(jahr, self.monat, self.tag)


class Behoerde(_Strict):
    name: str
    kurz: str
    anschrift: list[str]
    oberste_landesbehoerde: bool = Field(
        ..., description="oberste Landesbehörde: Klage statt Widerspruch (§ 68 VwGO)")


class Parameter(_Strict):
    """The programme's numbers. `None` means: not published; a note in `hinweise` says so,
    and whatever needs the number refuses to guess."""

    personalkosten_je_vzae: Money | None
    sachkosten_je_jahr: Money | None
    vzae_hoechstens: Decimal | None
    vzae_mindestanteil: Decimal | None
    anteilig: Literal["volle_kalendermonate", "keine"]
    leerstand: Literal["nicht_gefoerdert", "gefoerdert"] = Field(
        "nicht_gefoerdert", description="Monate, in denen ein Stellenanteil unbesetzt ist: "
        "nicht gefördert (Förderung ab Besetzung) oder mitgefördert (ganzer Zeitraum)")
    foerderdauer_monate: int | None = None
    jahresbericht_frist: Frist | None
    bericht_frist_nach_ende_monate: int | None = Field(
        None, description="Bericht fällig N Monate nach Ende der letzten geförderten Stelle")
    programm_beginn: date | None
    antragsfrist_ende: date | None
    budget_je_jahr: dict[int, Money] = {}
    finanzierungsart: str
    zuwendungsform: str
    berechtigte: str | None = Field(None, description="Referenzliste in kimdocs/guideline/listen/")
    overhead_begriffe: list[str] = []
    overhead_stellen: list[str] = Field(
        [], description="Zentrale Stellen der Verwaltung; ein Kostenanteil, der ihnen anteilig, "
        "pauschal oder per Umlage zugerechnet wird, ist Overhead")
    vollzeit_wochenstunden: Decimal
    rechtsgrundlagen: list[str]
    bewilligungsbehoerde: Behoerde
    hinweise: dict[str, str] = {}


# A rule's own setting: a number ("0.25" is read as Decimal), a date, a yes/no, words or text
Einstellung = Annotated[Decimal | date | bool | list[str] | str | None,
                        Field(union_mode="left_to_right")]


class Regel(_Strict):
    code: str = Field(..., pattern=r"^[A-Z][A-Z-]*-\d{3}$")
    name: str = Field(..., pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    titel: str
    klausel: str
    schwere: Severity
    art: Literal["zahl", "frist", "quer", "portfolio", "abschnitt"]
    dokumente: list[DocumentKind] = Field(..., min_length=1)
    beschreibung: str
    pruefung: str
    # only for section rules (art: abschnitt)
    ueberschrift: str | None = None
    alternativen: list[str] = []
    stichworte: list[str] = Field([], description="Wörter, an denen der Inhalt erkannt wird")
    anzeichen: list[str] = Field(
        [], description="Wörter im Text unter einer Überschrift in eigenen Worten, an denen der "
                        "Teil vielleicht zu erkennen ist: dann nicht prüfbar statt „fehlt“")
    erkannt_an: list[Literal["antragsteller", "ansiedlung", "stellen", "zeitraum", "betraege",
                             "datum", "zeichnung", "anlagen", "fragebogen"]] = Field(
        [], description="Fakten, an denen der Teil auch ohne Überschrift erkannt wird")
    belegt_durch: list[Literal["zeichnung"]] = Field(
        [], description="Fakten, ohne die Überschrift oder Zeile allein den Teil nicht belegen "
                        "(eine Zeile „Ort, Datum, Unterschrift“ ohne Unterschrift)")
    fundort: Literal["ueberschrift", "text"] = Field(
        "ueberschrift", description="text: darf auch als Zeile im Fließtext stehen")
    sperrt_bescheid: bool = Field(
        False, description="ein Verstoß im Antrag schließt einen Bescheid aus (nicht heilbar)")
    parameter: dict[str, Einstellung] = Field(
        {}, description="die eigenen Werte der Regel (ihre Prüfung nennt sie in `liest`)")

    @model_validator(mode="after")
    def _section_fields(self) -> Regel:
        shadowed = sorted(set(self.parameter) & set(Parameter.model_fields))
        if shadowed:
            raise ValueError(f"parameter {', '.join(shadowed)} ist ein Parameter der Richtlinie; "
                             "eigene Werte einer Regel brauchen eigene Namen")
        if self.art == "abschnitt":
            if not self.ueberschrift:
                raise ValueError("Abschnittsregel ohne 'ueberschrift'")
            if len(self.dokumente) != 1:
                raise ValueError("Abschnittsregel muss genau ein Dokument nennen")
        elif self.ueberschrift or self.alternativen:
            raise ValueError("'ueberschrift'/'alternativen' gibt es nur bei Abschnittsregeln")
        return self

    @property
    def headings(self) -> list[str]:
        """Expected heading first, then the accepted alternative wordings."""
        return [self.ueberschrift, *self.alternativen] if self.ueberschrift else []


class Richtlinie(_Strict):
    id: str
    version: str
    titel: str
    land: str
    stand: date
    quellen: list[Quelle] = []
    parameter: Parameter
    regeln: list[Regel]

    @model_validator(mode="after")
    def _unique(self) -> Richtlinie:
        for attr in ("code", "name"):
            seen: set[str] = set()
            for regel in self.regeln:
                value = getattr(regel, attr)
                if value in seen:
                    raise ValueError(f"Regel {value}: {attr} kommt mehrfach vor")
                seen.add(value)
        return self

    def regel(self, key: str) -> Regel | None:
        """A rule by code (`KIM-105`) or name (`personalkosten-hoechstbetrag`)."""
        return next((r for r in self.regeln if key in (r.code, r.name)), None)

    def regeln_fuer(self, kind: str) -> list[Regel]:
        return [r for r in self.regeln if kind in r.dokumente]

    def abschnitte(self, kind: str) -> list[Regel]:
        """The section rules of one document type, in catalogue order."""
        return [r for r in self.regeln if r.art == "abschnitt" and kind in r.dokumente]

    def heading(self, name: str) -> str:
        """The expected heading of a section rule, by rule name: templates use this."""
        regel = self.regel(name)
        if regel is None or regel.ueberschrift is None:
            raise GuidelineError(f"Richtlinie {self.id}: keine Abschnittsregel {name!r}")
        return regel.ueberschrift

    def need(self, parameter: str):
        """A parameter the caller cannot do without; refuses when it is not published."""
        value = getattr(self.parameter, parameter)
        if value is None:
            note = self.parameter.hinweise.get(parameter, "nicht festgelegt")
            raise GuidelineError(
                f"Richtlinie {self.id}: Parameter '{parameter}' fehlt ({note})")
        return value


def _location(error: dict, data: dict) -> str:
    """`Regel KIM-105, Feld schwere` for errors inside the rule list, else the field path."""
    loc = list(error["loc"])
    if len(loc) >= 2 and loc[0] == "regeln" and isinstance(loc[1], int):
        rules = data.get("regeln") or []
        rule = rules[loc[1]] if loc[1] < len(rules) and isinstance(rules[loc[1]], dict) else {}
        label = rule.get("code") or f"Nr. {loc[1] + 1}"
        field = ".".join(str(p) for p in loc[2:]) or "(Regel)"
        return f"Regel {label}, Feld {field}"
    return "Feld " + ".".join(str(p) for p in loc) if loc else "(Datei)"


def available() -> dict[str, Path]:
    """The guideline files shipped with kimdocs, by id (file stem)."""
    folder = resources.files("kimdocs.guideline") / "richtlinien"
    # beside each guideline lie its texts (<id>.textbausteine.yaml) and its page (<id>.md)
    return {Path(str(p)).stem: Path(str(p)) for p in folder.iterdir()
            if str(p).endswith(".yaml") and "." not in Path(str(p)).stem}


def _resolve(name_or_path: str | Path) -> Path:
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml", ".json") or path.exists():
        return path
    shipped = available()
    if str(name_or_path) in shipped:
        return shipped[str(name_or_path)]
    raise GuidelineError(
        f"Richtlinie {name_or_path!r} nicht gefunden; mitgeliefert: {', '.join(sorted(shipped))}")


def read_guideline(name_or_path: str | Path = DEFAULT_GUIDELINE) -> Richtlinie:
    """Read a guideline by shipped id (`kim-rlp-2025`) or by file path: the data alone, not
    yet bound to the rule implementations (that is `kimdocs.rules.load_guideline`). Cached by
    path, modification time and size, so an edited file is read anew; each caller gets its
    own copy (the model is frozen, its lists and dicts are not), so none can change the
    guideline for the others."""
    path = _resolve(name_or_path).resolve()
    try:
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None  # _load reports the missing file in German
    return _load(str(path), stamp).model_copy(deep=True)


@lru_cache(maxsize=16)
def _load(path: str, stamp: tuple[int, int] | None) -> Richtlinie:
    try:
        data = read_mapping(Path(path))
    except InputError as exc:
        raise GuidelineError(exc.message, path=path) from None
    try:
        richtlinie = Richtlinie.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors()[:5]:
            msg = str(err.get("ctx", {}).get("error", err["msg"]))
            if err["type"] == "missing":
                msg = "Pflichtfeld fehlt"
            problems.append(f"{_location(err, data)}: {msg}")
        raise GuidelineError("ungültige Richtlinie: " + "; ".join(problems), path=path) from None
    return richtlinie

