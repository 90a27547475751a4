"""The document types by name, their validation with German messages, and load_data."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from kimdocs.errors import InputError
from kimdocs.formatting import format_date
from kimdocs.model.antrag import Antrag
from kimdocs.model.berichte import Jahresbericht, Unterrichtungsvorlage
from kimdocs.model.bescheid import Bewilligungsbescheid
from kimdocs.model.common import _CONTROL, _Base
from kimdocs.model.loader import read_mapping
from kimdocs.model.verwendung import Verwendungsnachweis

DOCUMENT_TYPES: dict[str, type[_Base]] = {
    "antrag": Antrag,
    "bescheid": Bewilligungsbescheid,
    "vorlage": Unterrichtungsvorlage,
    "jahresbericht": Jahresbericht,
    "verwendungsnachweis": Verwendungsnachweis,
}

# Any of the four documents, as load_data and validate return them.
Dokument = (Antrag | Bewilligungsbescheid | Unterrichtungsvorlage | Jahresbericht
            | Verwendungsnachweis)

DOCUMENT_TITLES = {
    "antrag": "Antrag",
    "bescheid": "Bewilligungsbescheid",
    "vorlage": "Unterrichtungsvorlage",
    "jahresbericht": "Jahresbericht",
    "verwendungsnachweis": "Verwendungsnachweis",
}


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


_NAMED_FIELD = re.compile(r"^([a-z_]+(?:\.[a-z_]+)*): (.+)$", re.DOTALL)


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
    named = _NAMED_FIELD.match(text) if not path else None
    if named:  # a check over several fields names the one to change: "feld: Meldung"
        return {"feld": named.group(1), "meldung": named.group(2)}
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
            "Dokumentart unbekannt: Feld 'art' fehlt (antrag, bescheid, vorlage, jahresbericht, "
            "verwendungsnachweis)",
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
    "verwendungsnachweis": {"sachbericht", "bestaetigung", "bewilligungszeitraum"},
}
_ARTIKEL = {"antrag": "einen", "bescheid": "einen", "vorlage": "eine", "jahresbericht": "einen",
            "verwendungsnachweis": "einen"}
_KEIN = {"antrag": "keinen", "bescheid": "keinen", "vorlage": "keine", "jahresbericht": "keinen",
         "verwendungsnachweis": "keinen"}
_COMMAND = {
    "antrag": "dafür passen `kimdocs erstellen antrag DATEI` und `kimdocs berechnen DATEI`",
    "bescheid": "dafür passt `kimdocs erstellen bescheid DATEI` (als --bescheid bei "
                "`kimdocs pruefen`)",
    "vorlage": "dafür passt `kimdocs erstellen vorlage DATEI`",
    "jahresbericht": "dafür passt `kimdocs erstellen jahresbericht DATEI`",
    "verwendungsnachweis": "dafür passt `kimdocs erstellen verwendungsnachweis DATEI`",
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
