"""Batch input: one Bescheid per row of a CSV or XLSX table.

A row holds what a notice needs: the Kommune, the position(s), the period, the amounts
requested per Haushaltsjahr and the notice's own fields (Aktenzeichen, date, clerk, signer).
It becomes an Antrag and a Bewilligungsbescheid validated by kimdocs.model, so a table row
passes exactly the checks a YAML file does. A bad row gives a German message with its row
number (as the spreadsheet shows it: the header is row 1) and does not stop the others.

Columns (header names, case-insensitive; order free; see vorlagen/README.md):
  kommune, kreisschluessel, art, bezeichnung, strasse, plz, ort,
  ansprechperson, telefon, email, person, vzae, entgeltgruppe, amt, abteilung,
  beginn, ende, antragsdatum, personalkosten_JJJJ, sachkosten_JJJJ (one pair per year),
  aktenzeichen, bescheiddatum, ihr_zeichen, sachbearbeitung, sachbearbeitung_telefon,
  sachbearbeitung_fax, sachbearbeitung_email, zeichnung, zeichnung_funktion.
Several positions: person, vzae and entgeltgruppe hold values separated by ';'.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .errors import InputError, KimdocsError
from .model import validate

REQUIRED = ("kommune", "person", "vzae", "entgeltgruppe", "amt", "beginn", "ende", "antragsdatum",
            "aktenzeichen", "bescheiddatum", "sachbearbeitung", "zeichnung")
_YEAR_COLUMN = re.compile(r"^(personalkosten|sachkosten)_(\d{4})$")
# What a table does not say about the Antrag, filled in neutrally: the notice only needs
# the applicant, the positions, the period and the amounts.
_AUFGABE = "Kommunales Integrationsmanagement nach der Förderrichtlinie"


@dataclass
class Zeile:
    """One data row: its number in the sheet, a label, and the Bescheid or what is wrong."""

    nummer: int
    kommune: str
    bescheid: Any = None
    fehler: str | None = None

    @property
    def label(self) -> str:
        return f"Zeile {self.nummer}" + (f" ({self.kommune})" if self.kommune else "")


class _RowError(Exception):
    pass


class _Semicolon(csv.excel):
    delimiter = ";"  # the German Excel default when the header gives no clue


# --- reading the file -------------------------------------------------------------------------

def _read_csv(path: Path) -> list[list[Any]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")  # Excel's "CSV (Trennzeichen-getrennt)"
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=";,\t")
    except csv.Error:
        dialect = _Semicolon
    return list(csv.reader(io.StringIO(text), dialect))


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, InvalidFileException) as exc:
        raise InputError(f"Tabelle kann nicht gelesen werden ({type(exc).__name__})",
                         path=path) from None
    try:
        return [list(row) for row in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()


def read_rows(path: Path | str) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """Header and the non-empty data rows as (sheet row number, {column: value})."""
    path = Path(path)
    if not path.is_file():
        raise InputError("Tabelle nicht gefunden", path=path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        rows = _read_xlsx(path)
    else:
        raise InputError("Tabelle muss eine .csv- oder .xlsx-Datei sein", path=path)
    if not rows:
        raise InputError("Tabelle ist leer", path=path)
    header = [str(c or "").strip().lower() for c in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(f"Spalten fehlen: {', '.join(missing)}", path=path)
    if not any(_YEAR_COLUMN.match(c) for c in header):
        raise InputError("keine Betragsspalten (personalkosten_JJJJ, sachkosten_JJJJ)", path=path)
    data = []
    for number, row in enumerate(rows[1:], start=2):
        values = {h: (row[i] if i < len(row) else None) for i, h in enumerate(header) if h}
        if any(v not in (None, "") for v in values.values()):
            data.append((number, values))
    return header, data


# --- cell values ------------------------------------------------------------------------------

def _cell(values: dict, column: str, required: bool = True) -> str:
    value = values.get(column)
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise _RowError(f"Spalte {column!r} ist leer")
    return text


def _value(values: dict, column: str) -> Any:
    """The raw cell (XLSX keeps dates and numbers typed); empty is an error."""
    value = values.get(column)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _RowError(f"Spalte {column!r} ist leer")
    return value


def _number(value: Any, column: str) -> Decimal:
    """German or plain numbers: '60.000,00', '60000.00', '0,5'; XLSX numbers as they come."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Decimal(str(value))
    text = str(value).strip().replace("€", "").replace("EUR", "").replace("\u00a0", "").strip()
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise _RowError(f"Spalte {column!r}: {value!r} ist keine Zahl") from None


def _date(value: Any, column: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise _RowError(f"Spalte {column!r}: {value!r} ist kein Datum (TT.MM.JJJJ)")


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";")]


# --- a row as Antrag + Bescheid ---------------------------------------------------------------

def _stellen(v: dict, beginn: date) -> list[dict]:
    personen = _split(_cell(v, "person"))
    anteile = _split(_cell(v, "vzae"))
    gruppen = _split(_cell(v, "entgeltgruppe"))
    if len(gruppen) == 1:
        gruppen = gruppen * len(personen)
    if not len(personen) == len(anteile) == len(gruppen):
        raise _RowError("Spalten 'person', 'vzae' und 'entgeltgruppe' nennen unterschiedlich "
                        "viele Stellen (Trennzeichen ';')")
    return [{"person": p or None, "vzae": _number(a, "vzae"), "entgeltgruppe": g, "beginn": beginn}
            for p, a, g in zip(personen, anteile, gruppen)]


def _plan(v: dict, header: list[str]) -> list[dict]:
    years = sorted({int(m.group(2)) for c in header if (m := _YEAR_COLUMN.match(c))})
    plan = []
    for year in years:
        cells = {kind: v.get(f"{kind}_{year}") for kind in ("personalkosten", "sachkosten")}
        if all(c in (None, "") for c in cells.values()):
            continue  # no grant asked for this year
        p, s = (_number(cells[k] if cells[k] not in (None, "") else 0, f"{k}_{year}")
                for k in ("personalkosten", "sachkosten"))
        plan.append({"jahr": year, "personalausgaben": p,
                     "sachausgaben": [{"bezeichnung": "Sachausgaben laut Antrag", "betrag": s}]
                     if s else [],
                     "beantragt_personalkosten": p, "beantragt_sachkosten": s})
    if not plan:
        raise _RowError("keine Beträge (personalkosten_JJJJ, sachkosten_JJJJ) angegeben")
    return plan


def row_to_data(v: dict, header: list[str]) -> tuple[dict, dict]:
    """(Antrag mapping, Bescheid mapping without its 'antrag') of one row."""
    beginn, ende = _date(_value(v, "beginn"), "beginn"), _date(_value(v, "ende"), "ende")
    antragsdatum = _date(_value(v, "antragsdatum"), "antragsdatum")
    if isinstance(v.get("kreisschluessel"), int):  # a number cell lost the leading zero
        v = {**v, "kreisschluessel": f"{v['kreisschluessel']:05d}"}
    anschrift = None
    if any(_cell(v, c, False) for c in ("strasse", "plz", "ort")):
        anschrift = {"strasse": _cell(v, "strasse"), "plz": _cell(v, "plz"), "ort": _cell(v, "ort")}
    kommune = {"name": _cell(v, "kommune"), "kreisschluessel": _cell(v, "kreisschluessel", False)
               or None, "art": _cell(v, "art", False) or None,
               "bezeichnung": _cell(v, "bezeichnung", False) or None, "anschrift": anschrift}
    antrag = {
        "antragsteller": kommune,
        "ansprechperson": {"name": _cell(v, "ansprechperson", False) or _cell(v, "person"),
                           "telefon": _cell(v, "telefon", False) or None,
                           "email": _cell(v, "email", False) or None},
        "stellen": _stellen(v, beginn),
        "organisation": {"in_kommunalverwaltung": True, "amt": _cell(v, "amt"),
                         "abteilung": _cell(v, "abteilung", False) or None},
        "aufgaben": [_AUFGABE],
        "integrationskonzept": {"vorhanden": False},
        "zeitraum": {"beginn": beginn, "ende": ende},
        "finanzierungsplan": _plan(v, header),
        "erklaerungen": {"keine_doppelfoerderung": True, "kein_vorzeitiger_beginn": True},
        "unterschrift": {"ort": _cell(v, "ort", False) or _cell(v, "kommune"),
                         "datum": antragsdatum, "name": _cell(v, "ansprechperson", False)
                         or _cell(v, "person")},
    }
    bescheid = {
        "aktenzeichen": _cell(v, "aktenzeichen"),
        "datum": _date(_value(v, "bescheiddatum"), "bescheiddatum"),
        "ihr_schreiben_vom": antragsdatum,
        "ihr_zeichen": _cell(v, "ihr_zeichen", False) or None,
        "sachbearbeitung": {"name": _cell(v, "sachbearbeitung"),
                            "telefon": _cell(v, "sachbearbeitung_telefon", False) or None,
                            "fax": _cell(v, "sachbearbeitung_fax", False) or None,
                            "email": _cell(v, "sachbearbeitung_email", False) or None},
        "zeichnung": {"name": _cell(v, "zeichnung"),
                      "funktion": _cell(v, "zeichnung_funktion", False) or None},
    }
    return antrag, bescheid


def read_bescheide(path: Path | str) -> list[Zeile]:
    """Every data row of the table as a validated Bewilligungsbescheid, or its error."""
    header, rows = read_rows(path)
    result = []
    for number, values in rows:
        zeile = Zeile(number, str(values.get("kommune") or "").strip())
        try:
            antrag_data, bescheid_data = row_to_data(values, header)
            antrag = validate("antrag", antrag_data)
            zeile.bescheid = validate("bescheid", {**bescheid_data, "antrag": antrag})
        except _RowError as exc:
            zeile.fehler = str(exc)
        except KimdocsError as exc:
            zeile.fehler = str(exc)
        result.append(zeile)
    return result
