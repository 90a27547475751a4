"""The configuration file: `kimdocs.toml` in the working folder, `[tool.kimdocs]` in a
pyproject.toml there, or a file given with `kimdocs --config DATEI`.

    richtlinie = "kim-rlp-2025"          # default guideline
    ausgabe = "bescheide"                # default output folder of `erstellen`
    [behoerde]                           # the authority's letterhead (overrides the guideline's)
    name = "Ministerium für Familie, Frauen, Kultur und Integration"
    kurz = "MFFKI"
    anschrift = ["Kaiser-Friedrich-Straße 5a", "55116 Mainz"]
    [zeichnung]                          # who signs a Bescheid whose data does not say
    name = "Dr. Jana Muster"
    funktion = "Referatsleiterin"
    [sachbearbeitung]                    # the same for the clerk (name, telefon, fax, email)
    name = "Anna Beispiel"
    [regeln]                             # per-rule severity, as sqlfluff and Vale allow
    "KIM-202" = "hinweis"

A changed severity is never silent: each affected finding carries
`schwere_geaendert_durch` (the file's name) and the text and HTML reports say so.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kimdocs.check import Pruefbericht, verdict
from kimdocs.errors import InputError, os_reason

if TYPE_CHECKING:
    from kimdocs.calculator import Berechnung
    from kimdocs.findings import Befund
    from kimdocs.guideline import Richtlinie

FILE_NAME = "kimdocs.toml"
Schwere = Literal["fehler", "warnung", "hinweis"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Behoerde(_Strict):
    name: str | None = None
    kurz: str | None = None
    anschrift: list[str] | None = None


class _Person(_Strict):
    name: str
    funktion: str | None = None
    telefon: str | None = None
    fax: str | None = None
    email: str | None = None


class _Settings(_Strict):
    richtlinie: str | None = None
    ausgabe: str | None = None
    behoerde: _Behoerde = Field(default_factory=_Behoerde)
    zeichnung: _Person | None = None
    sachbearbeitung: _Person | None = None
    regeln: dict[str, Schwere] = Field(default_factory=dict)
    # issue 22: SQLite file or postgresql+psycopg:// URL ("register" is taken by ABCMeta)
    register_url: str | None = Field(None, alias="register")
    archiv: str | None = None  # issue 22: folder for copies of the recorded received files


@dataclasses.dataclass(frozen=True)
class Config:
    """The settings in effect, and the file they came from (None: no file, all defaults)."""

    quelle: str | None = None
    richtlinie: str | None = None
    ausgabe: str | None = None
    behoerde: dict[str, Any] = dataclasses.field(default_factory=dict)
    regeln: dict[str, str] = dataclasses.field(default_factory=dict)
    # defaults for a Bescheid's data: {"zeichnung": {...}, "sachbearbeitung": {...}}
    bescheid: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)
    register: str | None = None  # issue 22 (kimdocs.register)
    archiv: str | None = None  # issue 22: copies of recorded received files (else none kept)

    def default_map(self) -> dict[str, dict[str, Any]]:
        """Option defaults for click: the config's guideline and output folder."""
        out: dict[str, dict[str, Any]] = {}
        if self.richtlinie:
            for command in ("berechnen", "regeln", "validieren", "erstellen", "pruefen"):
                out.setdefault(command, {})["richtlinie"] = self.richtlinie
        if self.ausgabe:
            out.setdefault("erstellen", {})["ordner"] = self.ausgabe
        return out

    def apply(self, befunde: Iterable[Befund]) -> list[Befund]:
        """The findings with the configured severities, each change marked with its source."""
        out = []
        for b in befunde:
            wanted = self.regeln.get(b.code)
            if wanted and wanted != b.schwere:
                b = dataclasses.replace(b, schwere=wanted, schwere_geaendert_durch=self.quelle)
            out.append(b)
        return out

    def apply_to_report(self, report: Pruefbericht) -> Pruefbericht:
        if not self.regeln or not report.ergebnisse:
            return report
        befunde = self.apply(report.ergebnisse)
        return dataclasses.replace(report, ergebnisse=befunde,
                                   urteil=verdict(befunde, unread=bool(report.nicht_gelesen)))

    def apply_to_guideline(self, richtlinie: Richtlinie) -> Richtlinie:
        """The guideline with the configured letterhead of the approving authority."""
        if not self.behoerde:
            return richtlinie
        p = richtlinie.parameter
        behoerde = p.bewilligungsbehoerde.model_copy(update=self.behoerde)
        return richtlinie.model_copy(
            update={"parameter": p.model_copy(update={"bewilligungsbehoerde": behoerde})})

    def apply_to_calculation(self, result: Berechnung) -> Berechnung:
        if not self.regeln:
            return result
        return dataclasses.replace(result, befunde=tuple(self.apply(result.befunde)))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise InputError("Konfigurationsdatei nicht gefunden", path=path) from None
    except OSError as exc:
        raise InputError(f"Konfigurationsdatei kann nicht gelesen werden ({os_reason(exc)})",
                         path=path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"Konfigurationsdatei ist kein gültiges TOML ({_toml_where(exc)})",
                         path=path) from None


def _toml_where(exc: Exception) -> str:
    m = re.search(r"line (\d+), column (\d+)", str(exc))
    return f"Zeile {m[1]}, Spalte {m[2]}" if m else "Aufbau fehlerhaft"


def load_config(path: Path | str | None = None, cwd: Path | str | None = None) -> Config:
    """The configuration from `path`, else from kimdocs.toml or pyproject.toml in `cwd`."""
    folder = Path(cwd) if cwd is not None else Path.cwd()
    if path is not None:
        source = Path(path)
        data = _read_toml(source)
        if source.name == "pyproject.toml":
            data = data.get("tool", {}).get("kimdocs", {})
    elif (folder / FILE_NAME).is_file():
        source = folder / FILE_NAME
        data = _read_toml(source)
    elif (folder / "pyproject.toml").is_file():
        source = folder / "pyproject.toml"
        data = _read_toml(source).get("tool", {}).get("kimdocs")
        if data is None:
            return Config()
    else:
        return Config()
    try:
        settings = _Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        reason = ("unbekannte Einstellung" if first["type"] == "extra_forbidden"
                  else "erlaubt sind fehler, warnung, hinweis" if first["type"] == "literal_error"
                  else "ungültiger Wert")
        raise InputError(f"Konfiguration: {reason}", path=source, field=where) from None
    people = {key: person.model_dump(exclude_none=True)
              for key in ("zeichnung", "sachbearbeitung")
              if (person := getattr(settings, key)) is not None}
    return Config(source.name, settings.richtlinie, settings.ausgabe,
                  settings.behoerde.model_dump(exclude_none=True),
                  {code.upper(): schwere for code, schwere in settings.regeln.items()}, people,
                  register=settings.register_url, archiv=settings.archiv)
