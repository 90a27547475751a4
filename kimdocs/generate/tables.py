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
Optional, so that a row says what a YAML Antrag/Bescheid says: stelle_beginn, stelle_ende
(per position), personalausgaben_JJJJ, sachausgaben_JJJJ (planned spending; default: the
amounts requested), eigenanteil_JJJJ, drittmittel_JJJJ, drittmittel_bezeichnung (Einnahmen),
bewilligung_beginn, bewilligung_ende (the Bescheid's own Bewilligungszeitraum) with
bewilligung_begruendung (its reasons, needed when it is shorter), vorzeitig_zugestimmt_am and
vorzeitig_aktenzeichen (the prior consent to an early start, needed when the period begins
before the Bescheid's date).
Several positions: person, vzae, entgeltgruppe, stelle_beginn and stelle_ende hold values
separated by ';' (entgeltgruppe, stelle_beginn and stelle_ende: one value for all).

The other document types take one row per document with the data file's field paths as
columns (kimdocs.generate.table_fields); `read_table` picks the reader by type. A Word, PDF or
image file given as the table is refused by its content ("Die Datei ist keine Tabelle, sondern
ein Word-Dokument (DOCX). …", WrongTypeError), whatever its name says.

Tables are read behind the same guards as data files: regular files only, size limited;
CSV in UTF-8 (with or without BOM), UTF-16 or Windows-1252, a row that cannot be decoded or
parsed is its own error; XLSX in openpyxl's read-only streaming mode with caps on rows,
columns and unpacked size, and a broken or hostile XML part is a German error.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kimdocs.errors import InputError, KimdocsError, WrongTypeError, os_reason
from kimdocs.generate import table_fields
from kimdocs.model import (
    check_regular_file,
    date_from_input,
    number_from_input,
    read_bytes_guarded,
    show_value,
    validate,
)

MAX_TABLE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 100 * 1024 * 1024  # all parts of an XLSX, unpacked
MAX_ROWS = 5000  # data rows per table: far above the 36 bodies of the programme
MAX_COLUMNS = 200
MAX_CELL = 10_000  # characters of one CSV cell (csv's own limit is 128 KiB)

REQUIRED = ("kommune", "person", "vzae", "entgeltgruppe", "amt", "beginn", "ende", "antragsdatum",
            "aktenzeichen", "bescheiddatum", "sachbearbeitung", "zeichnung")
_YEAR_COLUMN = re.compile(r"^(personalkosten|sachkosten)_(\d{4})$")
# per Haushaltsjahr besides the request: planned spending and Einnahmen (optional)
_PLAN_KINDS = ("personalkosten", "sachkosten", "personalausgaben", "sachausgaben", "eigenanteil",
               "drittmittel")
_PLAN_COLUMN = re.compile(rf"^({'|'.join(_PLAN_KINDS)})_(\d{{4}})$")
_SACHAUSGABEN = "Sachausgaben laut Antrag"
_DRITTMITTEL = "Mittel Dritter"
# What a table does not say about the Antrag, filled in neutrally: the notice only needs
# the applicant, the positions, the period and the amounts.
_AUFGABE = "Kommunales Integrationsmanagement nach der Förderrichtlinie"


@dataclass
class Zeile:
    """One data row: its number in the sheet, a label, and the document or what is wrong;
    for a failed Bescheid row what it asks per Haushaltsjahr, as far as its cells say (the
    budget line names what the failed rows would add)."""

    nummer: int
    kommune: str
    doc: Any = None
    fehler: str | None = None
    beantragt: dict[int, Decimal] = field(default_factory=dict)

    @property
    def bescheid(self) -> Any:
        return self.doc

    @property
    def label(self) -> str:
        return f"Zeile {self.nummer}" + (f" ({self.kommune})" if self.kommune else "")


class _RowError(Exception):
    pass


class _Semicolon(csv.excel):
    delimiter = ";"  # the German Excel default when the header gives no clue


# --- reading the file -------------------------------------------------------------------------

def _decode(raw: bytes, path: Path) -> str:
    """CSV text in UTF-8 (BOM or not), UTF-16 (BOM, or NUL bytes every other byte) or
    Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)"); a byte none of them knows is an
    error naming its row."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif raw[1:200:2].count(0) > 50 or (len(raw) < 100 and raw[1::2] and not any(raw[1::2])):
        encodings = ["utf-16-le"]
    elif raw[0:200:2].count(0) > 50:
        encodings = ["utf-16-be"]
    else:
        encodings = ["utf-8-sig", "cp1252"]
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as exc:
            error = exc
    row = raw[:error.start].count(b"\n") + 1
    raise InputError(f"Zeile {row}: Zeichen (Byte 0x{raw[error.start]:02X}) in keiner bekannten "
                     "Kodierung (UTF-8, UTF-16, Windows-1252); bitte als „CSV UTF-8“ speichern",
                     path=path)


def _read_csv(path: Path) -> list[list[Any] | str]:
    text = _decode(read_bytes_guarded(path, MAX_TABLE_BYTES, "Tabelle"), path)
    if "\x00" in text:
        raise InputError("Tabelle enthält NUL-Bytes: keine Textdatei", path=path)
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0][:5000], delimiters=";,\t")
    except csv.Error:
        dialect = _Semicolon
    reader = csv.reader(io.StringIO(text), dialect)
    rows: list[list[Any] | str] = []
    while True:
        line = reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            return rows
        except csv.Error:  # e.g. a cell over csv's field limit: this row only
            rows.append(f"Zeile {line + 1}: Zelle zu groß oder Zeile nicht lesbar")
            continue
        if len(row) > MAX_COLUMNS:
            raise InputError(f"Tabelle hat mehr als {MAX_COLUMNS} Spalten", path=path)
        long_cell = next((c for c in row if len(c) > MAX_CELL), None)
        rows.append(f"Zeile {reader.line_num}: Zelle mit {len(long_cell)} Zeichen ist zu lang "
                    f"(höchstens {MAX_CELL})" if long_cell is not None else row)
        if len(rows) > MAX_ROWS + 1:
            raise InputError(f"Tabelle hat mehr als {MAX_ROWS} Zeilen", path=path)


def _read_xlsx(path: Path) -> list[list[Any] | str]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    check_regular_file(path, MAX_TABLE_BYTES, "Tabelle")
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except (OSError, zipfile.BadZipFile, ValueError):
        raise InputError("Tabelle ist keine gültige XLSX-Datei (beschädigt?)", path=path) from None
    if unpacked > MAX_UNPACKED:
        raise InputError(f"Tabelle ist entpackt zu groß ({unpacked // 2**20} MB, höchstens "
                         f"{MAX_UNPACKED // 2**20} MB)", path=path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types, XML ParseError among them
        raise InputError(f"Tabelle kann nicht gelesen werden ({_xlsx_reason(exc)})",
                         path=path) from None
    try:
        # Bounded even when the sheet claims a cell at row 1,000,000, column 16,000.
        rows = [list(row) for row in wb.worksheets[0].iter_rows(
            max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS, values_only=True)]
    except Exception as exc:  # the sheet XML is parsed while streaming
        raise InputError(f"Tabelle kann nicht gelesen werden ({_xlsx_reason(exc)})",
                         path=path) from None
    finally:
        wb.close()
    if len(rows) > MAX_ROWS + 1 and any(v not in (None, "") for v in rows[-1]):
        raise InputError(f"Tabelle hat mehr als {MAX_ROWS} Zeilen", path=path)
    return [[(v[:MAX_CELL + 1] if isinstance(v, str) else v) for v in row] for row in rows]


def _xlsx_reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "amplification" in text or "entit" in text:
        return "unzulässige XML-Entitäten"
    if isinstance(exc, (zipfile.BadZipFile, KeyError)):
        return "beschädigt oder keine XLSX-Datei"
    return "beschädigt oder unzulässiger Inhalt"


# What a file is when it is no table, by its first bytes (the upload's name may say .csv).
_NOT_A_TABLE = [
    (b"%PDF-", "ein PDF-Dokument"),
    (b"\xd0\xcf\x11\xe0", "eine Datei im alten Office-Format (.doc/.xls)"),
    (b"{\\rtf", "ein Word-Dokument (RTF)"),
    (b"\x89PNG", "ein Bild (PNG)"),
    (b"\xff\xd8\xff", "ein Bild (JPEG)"),
    (b"GIF8", "ein Bild (GIF)"),
    (b"II*\x00", "ein Bild (TIFF)"),
    (b"MM\x00*", "ein Bild (TIFF)"),
]
_ZIP_KINDS = [("word/", "ein Word-Dokument (DOCX)"), ("ppt/", "eine PowerPoint-Präsentation"),
              ("application/vnd.oasis.opendocument.text", "ein Textdokument (ODT)"),
              ("application/vnd.oasis.opendocument.spreadsheet",
               "eine OpenDocument-Tabelle (ODS)")]
NOT_A_TABLE_HINT = ("Bitte eine CSV- oder Excel-Tabelle (XLSX) mit einer Zeile je Dokument "
                    "hochladen; aus Excel oder Calc mit „Speichern unter“ als .xlsx oder .csv.")


def table_kind(head: bytes, names: list[str] | None = None, mimetype: bytes = b"") -> str | None:
    """'xlsx', 'csv' or what the file is instead, from its first bytes (and, for a ZIP, the
    names and mimetype inside): e.g. 'ein Word-Dokument (DOCX)'."""
    for magic, what in _NOT_A_TABLE:
        if head.startswith(magic) or (magic == b"%PDF-" and magic in head[:1024]):
            return what
    if head.startswith(b"PK\x03\x04"):
        inside = " ".join(names or []) + " " + mimetype.decode("ascii", "replace")
        if "xl/" in inside:
            return "xlsx"
        return next((what for key, what in _ZIP_KINDS if key in inside),
                    "ein ZIP-Archiv, keine Tabelle")
    return "csv"


def sniff_table(path: Path) -> str:
    """'xlsx' or 'csv' by the content; a Word/PDF/image file is a WrongTypeError: "Die Datei
    ist keine Tabelle, sondern ein Word-Dokument (DOCX). Bitte …"."""
    check_regular_file(path, MAX_TABLE_BYTES, "Tabelle")
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise InputError(f"Tabelle kann nicht gelesen werden ({os_reason(exc)})",
                         path=path) from None
    names: list[str] = []
    mimetype = b""
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()[:MAX_COLUMNS]
                if "mimetype" in names:
                    mimetype = zf.read("mimetype")[:100]
        except (OSError, zipfile.BadZipFile, ValueError, KeyError):
            raise InputError("Tabelle ist keine gültige XLSX-Datei (beschädigt?)",
                             path=path) from None
    kind = table_kind(head, names, mimetype)
    if kind not in ("xlsx", "csv"):
        raise WrongTypeError(f"Die Datei ist keine Tabelle, sondern {kind}. {NOT_A_TABLE_HINT}",
                             path=path)
    return kind


def read_rows(path: Path | str, kind: str = "bescheid",
              ) -> tuple[list[str], list[tuple[int, dict[str, Any] | str]]]:
    """Header and the non-empty data rows as (sheet row number, {column: value}), or
    (number, German error) for a row that could not be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml", ".json"):
        raise InputError("Die Datei ist eine Datendatei, keine Tabelle; dafür passt "
                         f"`kimdocs erstellen {kind} DATEI` ohne --tabelle", path=path)
    content = sniff_table(path)
    if content == "xlsx":
        rows = _read_xlsx(path)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        raise InputError("Tabelle ist keine gültige XLSX-Datei (beschädigt?)", path=path)
    else:
        raise InputError("Tabelle muss eine .csv- oder .xlsx-Datei sein", path=path)
    if not rows:
        raise InputError("Tabelle ist leer", path=path)
    if isinstance(rows[0], str):
        raise InputError(f"Kopfzeile nicht lesbar ({rows[0]})", path=path)
    header = [str(c or "").strip().lower()[:100] for c in rows[0]]
    if kind == "bescheid":
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise InputError(f"Spalten fehlen: {', '.join(missing)}", path=path)
        if not any(_YEAR_COLUMN.match(c) for c in header):
            raise InputError("keine Betragsspalten (personalkosten_JJJJ, sachkosten_JJJJ)",
                             path=path)
    else:
        try:
            table_fields.check_header(kind, header)
        except InputError as exc:
            raise InputError(exc.message, path=path) from None
    data: list[tuple[int, dict[str, Any] | str]] = []
    for number, row in enumerate(rows[1:], start=2):
        if isinstance(row, str):
            data.append((number, row))
            continue
        values = {h: (row[i] if i < len(row) else None) for i, h in enumerate(header) if h}
        if any(v not in (None, "") for v in values.values()):
            data.append((number, values))
    return header, data


# --- cell values ------------------------------------------------------------------------------

def _cell(values: dict[str, Any], column: str, required: bool = True) -> str:
    value = values.get(column)
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise _RowError(f"Spalte {column!r} ist leer")
    return text


def _value(values: dict[str, Any], column: str) -> Any:
    """The raw cell (XLSX keeps dates and numbers typed); empty is an error."""
    value = values.get(column)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _RowError(f"Spalte {column!r} ist leer")
    return value


def _number(value: Any, column: str) -> Decimal:
    """German or plain numbers: '60.000,00', '60000.00', '0,5'; XLSX numbers as they come
    (the one parser of kimdocs.model, bounded and finite)."""
    try:
        return number_from_input(value)
    except ValueError as exc:
        raise _RowError(f"Spalte {column!r}: {show_value(value)} {exc}") from None


def _date(value: Any, column: str) -> date:
    try:
        return date_from_input(value)
    except ValueError as exc:
        raise _RowError(f"Spalte {column!r}: {show_value(value)} {exc}") from None


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";")]


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _per_position(v: dict[str, Any], column: str, count: int) -> list[Any]:
    """The values of an optional per-position column: empty, one for all, or one per
    position (';'); an empty part is None. XLSX date cells come typed."""
    value = v.get(column)
    if not _filled(value):
        return [None] * count
    parts: list[Any] = _split(value) if isinstance(value, str) else [value]
    if len(parts) == 1:
        parts = parts * count
    if len(parts) != count:
        raise _RowError(f"Spalte {column!r} nennt {len(parts)} Werte für {count} Stellen "
                        "(Trennzeichen ';')")
    return [p if _filled(p) else None for p in parts]


# --- a row as Antrag + Bescheid ---------------------------------------------------------------

def _stellen(v: dict[str, Any], beginn: date) -> list[dict[str, Any]]:
    personen = _split(_cell(v, "person"))
    anteile = _split(_cell(v, "vzae"))
    gruppen = _split(_cell(v, "entgeltgruppe"))
    if len(gruppen) == 1:
        gruppen = gruppen * len(personen)
    if not len(personen) == len(anteile) == len(gruppen):
        raise _RowError("Spalten 'person', 'vzae' und 'entgeltgruppe' nennen unterschiedlich "
                        "viele Stellen (Trennzeichen ';')")
    starts = _per_position(v, "stelle_beginn", len(personen))
    ends = _per_position(v, "stelle_ende", len(personen))
    return [{"person": p or None, "vzae": _number(a, "vzae"), "entgeltgruppe": g,
             "beginn": _date(b, "stelle_beginn") if b is not None else beginn,
             "ende": _date(e, "stelle_ende") if e is not None else None}
            for p, a, g, b, e in zip(personen, anteile, gruppen, starts, ends)]


def _plan(v: dict[str, Any], header: list[str]) -> list[dict[str, Any]]:
    """The Finanzierungsplan per year: the amounts requested; planned spending (default: the
    request) and Einnahmen (Eigenanteil, Drittmittel) where their columns are filled."""
    years = sorted({int(m.group(2)) for c in header if (m := _PLAN_COLUMN.match(c))})
    plan = []
    for year in years:
        cells = {kind: v.get(f"{kind}_{year}") for kind in _PLAN_KINDS}
        amounts = {k: _number(c, f"{k}_{year}") for k, c in cells.items() if _filled(c)}
        if not any(k in amounts for k in ("personalkosten", "sachkosten")):
            if amounts:
                raise _RowError(f"Spalte {next(iter(amounts))}_{year!s} ist gefüllt, aber für "
                                f"{year} ist nichts beantragt (personalkosten_{year}, "
                                f"sachkosten_{year})")
            continue  # no grant asked for this year
        p = amounts.get("personalkosten", Decimal(0))
        s = amounts.get("sachkosten", Decimal(0))
        sach = amounts.get("sachausgaben", s)
        entry: dict[str, Any] = {
            "jahr": year, "personalausgaben": amounts.get("personalausgaben", p),
            "sachausgaben": [{"bezeichnung": _SACHAUSGABEN, "betrag": sach}] if sach else [],
            "beantragt_personalkosten": p, "beantragt_sachkosten": s}
        if "eigenanteil" in amounts:
            entry["eigenanteil"] = amounts["eigenanteil"]
        if amounts.get("drittmittel"):
            entry["drittmittel"] = [{"bezeichnung": _cell(v, "drittmittel_bezeichnung", False)
                                     or _DRITTMITTEL, "betrag": amounts["drittmittel"]}]
        plan.append(entry)
    if not plan:
        raise _RowError("keine Beträge (personalkosten_JJJJ, sachkosten_JJJJ) angegeben")
    return plan


def row_to_data(v: dict[str, Any], header: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
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
    own = {k: v.get(f"bewilligung_{k}") for k in ("beginn", "ende")}
    if any(_filled(c) for c in own.values()):  # the Bescheid's own Bewilligungszeitraum
        bescheid["bewilligungszeitraum"] = {
            k: _date(c, f"bewilligung_{k}") if _filled(c) else default
            for (k, c), default in zip(own.items(), (beginn, ende))}
    if grund := _cell(v, "bewilligung_begruendung", False):
        bescheid["begruendung_zeitraum"] = grund
    if _filled(v.get("vorzeitig_zugestimmt_am")):
        bescheid["vorzeitiger_beginn"] = {
            "zugestimmt_am": _date(v["vorzeitig_zugestimmt_am"], "vorzeitig_zugestimmt_am"),
            "aktenzeichen": _cell(v, "vorzeitig_aktenzeichen", False) or None}
    return antrag, bescheid


def read_bescheide(path: Path | str) -> list[Zeile]:
    """Every data row of the table as a validated Bewilligungsbescheid, or its error."""
    header, rows = read_rows(path)
    result = []
    for number, values in rows:
        if isinstance(values, str):
            result.append(Zeile(number, "", fehler=values))
            continue
        zeile = Zeile(number, str(values.get("kommune") or "").strip()[:80])
        try:
            antrag_data, bescheid_data = row_to_data(values, header)
            antrag = validate("antrag", antrag_data)
            zeile.doc = validate("bescheid", {**bescheid_data, "antrag": antrag})
        except _RowError as exc:
            zeile.fehler = str(exc)
        except KimdocsError as exc:
            zeile.fehler = exc.message
        except Exception as exc:  # one bad row never stops the others
            zeile.fehler = f"Zeile nicht verarbeitbar ({type(exc).__name__})"
        if zeile.fehler:
            zeile.beantragt = _requested(values)
        result.append(zeile)
    return result


def _requested(values: dict[str, Any]) -> dict[int, Decimal]:
    """What a failed row asks per Haushaltsjahr, from the amount cells that can be read."""
    out: dict[int, Decimal] = {}
    for column, value in values.items():
        m = _YEAR_COLUMN.match(column)
        if m and _filled(value):
            try:
                amount = number_from_input(value)
            except ValueError:
                continue
            out[int(m.group(2))] = out.get(int(m.group(2)), Decimal("0.00")) + amount
    return dict(sorted(out.items()))


def read_table(path: Path | str, kind: str = "bescheid") -> list[Zeile]:
    """Every data row of a table as a validated document of `kind`, or its error: the
    Bescheid by its own columns (read_bescheide), the other types by field paths
    (kimdocs.generate.table_fields)."""
    if kind == "bescheid":
        return read_bescheide(path)
    header, rows = read_rows(path, kind)
    types = table_fields.check_header(kind, header)
    result = []
    for number, values in rows:
        if isinstance(values, str):
            result.append(Zeile(number, "", fehler=values))
            continue
        doc, fehler = table_fields.read_row(kind, types, values)
        result.append(Zeile(number, table_fields.body_name(values), doc, fehler))
    return result
