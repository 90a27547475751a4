"""The administrative batch: one document per row of a table, with an overview for the
budget office and the e-Akte — the one run behind `kimdocs erstellen ART --tabelle` and the
web's Stapel page.

A run reads the table (kimdocs.generate.tables), makes the documents (kimdocs.generate.output)
and reports progress per document ("Bescheid 17 von 36 – Mainz"), never per internal step. It
writes beside the documents an overview, `uebersicht.json` and `uebersicht.xlsx`: per document
the row, Kommune, Aktenzeichen, period, the amounts per Haushaltsjahr, the file and its
SHA-256; the failed rows by row number; for Bescheide the budget per Haushaltsjahr (KIM-114):
what the notices commit, what remains, and what the failed rows would add.

The overview is of the output folder: a later run into the same folder keeps the entries of
files it did not make (and whose files still exist). With `nur_fehlende` a run makes only the
rows whose files the previous overview does not list unchanged (same name, same SHA-256 on
disk): a failed row once fixed, a deleted file; every other file is left as it is.

The run's date (`datum`) is given by the caller (the day of the run, for the overview and the
ZIP's name); nothing here reads the clock.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kimdocs.calculator import calculate
from kimdocs.errors import InputError, UsageError, os_reason
from kimdocs.formatting import format_eur
from kimdocs.generate.context import document_kommune
from kimdocs.generate.output import Auftrag, atomic_write, file_stem, kommune_label, produce
from kimdocs.generate.tables import Zeile, read_table
from kimdocs.guideline import Richtlinie
from kimdocs.guideline.kommunen import unknown_body
from kimdocs.rules import budget as kim114
from kimdocs.version import __version__

OVERVIEW_JSON = "uebersicht.json"
OVERVIEW_XLSX = "uebersicht.xlsx"
MAX_OVERVIEW_BYTES = 20 * 1024 * 1024

# singular, plural, dative plural ("17 von 36 Bescheiden")
NOUNS = {"bescheid": ("Bescheid", "Bescheide", "Bescheiden"),
         "antrag": ("Antrag", "Anträge", "Anträgen"),
         "vorlage": ("Vorlage", "Vorlagen", "Vorlagen"),
         "jahresbericht": ("Jahresbericht", "Jahresberichte", "Jahresberichten"),
         "verwendungsnachweis": ("Verwendungsnachweis", "Verwendungsnachweise",
                                 "Verwendungsnachweisen")}
# what the amounts of an entry are, by type
AMOUNTS = {"bescheid": "bewilligt", "antrag": "berechnete Zuwendung",
           "jahresbericht": "verausgabt", "verwendungsnachweis": "zustehend", "vorlage": ""}


def count(n: int, one: str, many: str) -> str:
    """„1 Zeile“, „2 Zeilen“."""
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class Fortschritt:
    """One document of the run is done (made or failed)."""

    nummer: int
    von: int
    kommune: str
    art: str = "bescheid"

    def text(self) -> str:
        """„Bescheid 17 von 36 – Mainz“."""
        head = f"{NOUNS[self.art][0]} {self.nummer} von {self.von}"
        return f"{head} – {self.kommune}" if self.kommune else head

    def to_dict(self) -> dict[str, Any]:
        return {"fortschritt": self.nummer, "von": self.von, "kommune": self.kommune,
                "text": self.text()}


@dataclass
class Stapel:
    """The outcome of a batch run."""

    art: str
    zeilen: int  # data rows of the table
    erstellt: list[dict] = field(default_factory=list)  # entries of the documents made now
    vorhanden: list[dict] = field(default_factory=list)  # nur_fehlende: kept, not made again
    fehler: list[dict] = field(default_factory=list)  # {"zeile": int, "kommune", "meldung"}
    haushalt: list[dict] = field(default_factory=list)  # per Haushaltsjahr (Bescheide)
    budget: list[str] = field(default_factory=list)  # the same as lines for people
    dateien: list[Path] = field(default_factory=list)  # files written now
    abgelehnt: int = 0  # refused by the register (KIM-114 across time)
    uebersicht: dict = field(default_factory=dict)  # what uebersicht.json holds

    @property
    def exit_code(self) -> int:
        return 1 if self.fehler or self.abgelehnt else 0

    def lines(self) -> list[str]:
        """The summary for people: made, kept, failed rows, budget."""
        _one, many, dative = NOUNS[self.art]
        made = len(self.erstellt)
        head = (f"{made} von {self.zeilen} {dative if self.zeilen != 1 else _one} erstellt"
                if not self.vorhanden else
                f"{count(made, _one, many)} erstellt, {len(self.vorhanden)} schon vorhanden "
                f"(unverändert gelassen)")
        out = [head + "."]
        out += [f"Fehler Zeile {f['zeile']}" + (f" ({f['kommune']})" if f["kommune"] else "")
                + f": {f['meldung']}" if f["zeile"] is not None else f"Fehler: {f['meldung']}"
                for f in self.fehler]
        if self.fehler:
            out.append(f"{count(len(self.fehler), 'Zeile', 'Zeilen')} fehlerhaft.")
        return out + self.budget


# --- the overview -----------------------------------------------------------------------------

def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _amounts(doc: Any, r: Richtlinie) -> list[dict]:
    """The amounts per Haushaltsjahr of one document (see AMOUNTS for what they are)."""
    kind = doc.art
    if kind in ("antrag", "bescheid"):
        return [{"jahr": j.jahr, "personalkosten": j.personalkosten, "sachkosten": j.sachkosten,
                 "gesamt": j.gesamt} for j in calculate(doc, r).jahre]
    if kind == "jahresbericht":
        return [{"jahr": m.jahr, "personalkosten": m.personalkosten_verausgabt,
                 "sachkosten": m.sachkosten_verausgabt, "gesamt": m.verausgabt_gesamt}
                for m in doc.mittelverwendung]
    if kind == "verwendungsnachweis":
        return [{"jahr": j.jahr, "personalkosten": j.personalkosten.zustehend,
                 "sachkosten": j.sachkosten.zustehend,
                 "gesamt": j.personalkosten.zustehend + j.sachkosten.zustehend}
                for j in doc.jahre]
    return []


def _period(doc: Any) -> tuple[date | None, date | None]:
    zeitraum = getattr(doc, "bewilligungszeitraum", None) if doc.art == "verwendungsnachweis" \
        else getattr(doc, "zeitraum", None)
    if doc.art == "jahresbericht":
        return date(doc.berichtsjahr, 1, 1), date(doc.berichtsjahr, 12, 31)
    return (zeitraum.beginn, zeitraum.ende) if zeitraum is not None else (None, None)


def entry(zeile: Zeile, doc: Any, files: list[Path], r: Richtlinie) -> dict:
    """The overview entry of one document made: the main file is the PDF where one was made."""
    beginn, ende = _period(doc)
    files = sorted(files, key=lambda f: f.suffix != ".pdf")
    kommune = document_kommune(doc)
    out = {"zeile": zeile.nummer, "kommune": kommune_label(kommune, r),
           "kreisschluessel": kommune.kreisschluessel,
           "aktenzeichen": getattr(doc, "aktenzeichen", None)
           or getattr(doc, "bescheid_aktenzeichen", None),
           "beginn": beginn, "ende": ende, "jahre": _amounts(doc, r),
           "datei": files[0].name, "sha256": sha256(files[0])}
    out["gesamt"] = sum((j["gesamt"] for j in out["jahre"]), Decimal("0.00"))
    if len(files) > 1:
        out["weitere_dateien"] = [{"datei": f.name, "sha256": sha256(f)} for f in files[1:]]
    return out


def _file_names(e: dict) -> list[str]:
    return [e["datei"], *(w["datei"] for w in e.get("weitere_dateien", ()))]


def _intact(e: dict, folder: Path) -> bool:
    """Every file of the entry is still in the folder with the same SHA-256."""
    pairs = [(e["datei"], e["sha256"]),
             *((w["datei"], w["sha256"]) for w in e.get("weitere_dateien", ()))]
    return all((folder / n).is_file() and sha256(folder / n) == h for n, h in pairs)


def read_overview(folder: Path) -> dict | None:
    """The overview a previous run left in `folder`, or None; a broken one is an InputError."""
    path = Path(folder) / OVERVIEW_JSON
    if not path.is_file():
        return None
    try:
        if path.stat().st_size > MAX_OVERVIEW_BYTES:
            raise ValueError("zu groß")
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("dokumente"), list) or not all(
                _entry_ok(e) for e in data["dokumente"]):
            raise ValueError("unerwarteter Aufbau")
    except json.JSONDecodeError as exc:
        reason = f"kein gültiges JSON, Zeile {exc.lineno}"
    except UnicodeDecodeError:
        reason = "nicht UTF-8-kodiert"
    except OSError as exc:
        reason = os_reason(exc)
    except ValueError as exc:  # our own German reasons above
        reason = str(exc)
    else:
        return data
    raise InputError(f"Übersicht des früheren Laufs nicht lesbar ({reason})", path=path)


def _file_ok(item: Any) -> bool:
    """A file of an entry: a plain name in the folder (never a path elsewhere) and a hash."""
    return (isinstance(item, dict) and isinstance(item.get("datei"), str)
            and isinstance(item.get("sha256"), str) and item["datei"] not in ("", ".", "..")
            and Path(item["datei"]).name == item["datei"] and "\\" not in item["datei"])


def _entry_ok(e: Any) -> bool:
    """An entry as `entry` writes it, as far as a later run reads it."""
    try:
        return (_file_ok(e) and all(_file_ok(w) for w in e.get("weitere_dateien", []))
                and all(isinstance(j["jahr"], int) and Decimal(str(j["gesamt"])).is_finite()
                        for j in e.get("jahre", [])))
    except (TypeError, KeyError, ArithmeticError, AttributeError):
        return False


def plain(value: Any) -> Any:
    """JSON-ready: Decimal as text (money never passes through a float), dates ISO."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def as_json(uebersicht: dict) -> str:
    return json.dumps(uebersicht, ensure_ascii=False, indent=2, default=plain) + "\n"


def _number(value: Any) -> Any:
    return Decimal(value) if isinstance(value, str) else value


def _day(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) and value else value


def as_xlsx(uebersicht: dict) -> bytes:
    """The overview as a workbook: one row per document and Haushaltsjahr (amounts as
    numbers, dates as dates), the failed rows, the budget per year."""
    import openpyxl  # third-party, only when an overview is written

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = NOUNS.get(uebersicht.get("art", ""), ("", "Dokumente"))[1][:31]
    what = AMOUNTS.get(uebersicht.get("art", ""), "")
    suffix = f" ({what})" if what else ""
    sheet.append(["Zeile", "Kommune", "Kreisschlüssel", "Aktenzeichen", "Beginn", "Ende",
                  "Haushaltsjahr",
                  f"Personalkosten{suffix}", f"Sachkosten{suffix}", f"Zusammen{suffix}",
                  "Datei", "SHA-256"])
    for e in uebersicht["dokumente"]:
        for j in e["jahre"] or [{"jahr": None}]:
            sheet.append([e.get("zeile"), e["kommune"], e.get("kreisschluessel"),
                          e.get("aktenzeichen"),
                          _day(e.get("beginn")), _day(e.get("ende")), j["jahr"],
                          _number(j.get("personalkosten")), _number(j.get("sachkosten")),
                          _number(j.get("gesamt")), e["datei"], e["sha256"]])
    for row in sheet.iter_rows(min_row=2):
        for cell in row[7:10]:
            cell.number_format = "#,##0.00"
        for cell in row[4:6]:
            cell.number_format = "DD.MM.YYYY"
    fehler = book.create_sheet("Fehlerhafte Zeilen")
    fehler.append(["Zeile", "Kommune", "Meldung"])
    for f in uebersicht["fehler"]:
        fehler.append([f["zeile"], f["kommune"], f["meldung"]])
    if uebersicht.get("haushalt"):
        sheet = book.create_sheet("Haushalt")
        sheet.append(["Haushaltsjahr", "Bewilligt", "Programmbudget", "Frei",
                      "Fehlerhafte Zeilen (beantragt)", "Frei nach den fehlerhaften Zeilen"])
        for h in uebersicht["haushalt"]:
            sheet.append([h["jahr"], *(_number(h[k]) for k in (
                "bewilligt", "budget", "frei", "fehlerhafte_zeilen", "frei_danach"))])
        for row in sheet.iter_rows(min_row=2):
            for cell in row[1:]:
                cell.number_format = "#,##0.00"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- the budget (KIM-114) ---------------------------------------------------------------------

@dataclass
class _Jahr:
    jahr: int
    gesamt: Decimal


@dataclass
class _Summe:
    jahre: list[_Jahr]


def _budget(entries: list[dict], failed: list[Zeile], r: Richtlinie
            ) -> tuple[list[dict], list[str]]:
    """Per Haushaltsjahr: committed by the notices of the overview, the programme budget,
    what remains, what the failed rows would add (their grant where the row was valid, else
    the amounts they request) and what would remain then; and the same as lines."""
    grants = [_Summe([_Jahr(j["jahr"], Decimal(str(j["gesamt"]))) for j in e["jahre"]])
              for e in entries]
    extra: dict[int, Decimal] = {}
    rows: dict[int, int] = {}
    for z in failed:
        asked = ({j.jahr: j.gesamt for j in calculate(z.doc, r).jahre} if z.doc is not None
                 else z.beantragt)
        for year, amount in asked.items():
            extra[year] = extra.get(year, Decimal("0.00")) + amount
            rows[year] = rows.get(year, 0) + 1
    years = {j.jahr: j for j in kim114.by_year(grants, r)}
    budgets = r.parameter.budget_je_jahr
    haushalt, lines = [], kim114.budget_lines(grants, r)
    for year in sorted(set(years) | set(extra)):
        committed = years[year].summe if year in years else Decimal("0.00")
        total = budgets.get(year)
        frei = total - committed if total is not None else None
        add = extra.get(year, Decimal("0.00"))
        haushalt.append({"jahr": year, "bewilligt": committed, "budget": total, "frei": frei,
                         "fehlerhafte_zeilen": add,
                         "frei_danach": frei - add if frei is not None else None})
        if frei is None:
            continue
        line = (f"{year}: nach diesem Stapel noch {format_eur(frei)} frei" if frei >= 0 else
                f"{year}: Programmbudget um {format_eur(-frei)} überschritten")
        if add:
            after = frei - add
            line += ("; " + ("die fehlerhafte Zeile brächte" if rows[year] == 1 else
                             f"die {rows[year]} fehlerhaften Zeilen brächten")
                     + f" bis zu {format_eur(add)} hinzu, danach "
                     + (f"noch {format_eur(after)} frei" if after >= 0 else
                        f"um {format_eur(-after)} überschritten"))
        lines.append(line + ".")
    return haushalt, lines


# --- the run ----------------------------------------------------------------------------------

def run_batch(table: Path | str, out_dir: Path | str, r: Richtlinie, *, art: str = "bescheid",
              fmt: str = "docx", pdfa: bool = False, force: bool = False,
              nur_fehlende: bool = False, datum: date, tabelle_name: str | None = None,
              vorlagen: Path | None = None,
              progress: Callable[[Fortschritt], None] | None = None,
              approve: Callable[[list[Auftrag]], list[Auftrag]] | None = None) -> Stapel:
    """Make one document of `art` per row of `table` in `out_dir` and write the overview.

    Raises (nothing written) what `produce` raises before its first file: LibreOffice missing
    for PDF, a target that exists without `force`; with `nur_fehlende` also a folder without
    the overview of a previous run."""
    out_dir = Path(out_dir)
    try:
        previous = read_overview(out_dir)
    except InputError:
        if nur_fehlende:  # nothing to compare with: say so
            raise
        previous = None  # a broken overview is replaced by this run's
    if nur_fehlende and previous is None:
        raise UsageError(f"--nur-fehlende vergleicht mit der Übersicht {OVERVIEW_JSON} eines "
                         f"früheren Laufs; in {out_dir} gibt es keine", path=out_dir,
                         field="--nur-fehlende")
    zeilen = read_table(table, art)
    known = {n: e for e in (previous or {}).get("dokumente", []) for n in _file_names(e)}
    kept: list[dict] = []
    todo: list[Zeile] = []
    for z in zeilen:
        if z.doc is not None and (problem := unknown_body(r, document_kommune(z.doc))):
            if art == "bescheid":  # what it would add to the budget, as a valid row would
                z.beantragt = {j.jahr: j.gesamt for j in calculate(z.doc, r).jahre}
            z.doc, z.fehler = None, problem  # as `erstellen` says for one file: "Meinten Sie …?"
        if nur_fehlende and z.doc is not None:
            stem = file_stem(z.doc, r)
            old = known.get(f"{stem}.pdf" if fmt != "docx" else f"{stem}.docx")
            if old is not None and _intact(old, out_dir):
                kept.append({**old, "zeile": z.nummer})
                continue
        todo.append(z)
    by_label = {z.label: z for z in todo}
    total = 0

    def planned(items: list[Auftrag]) -> None:
        nonlocal total
        total = len(items)

    done = 0

    def one(a: Auftrag) -> None:
        nonlocal done
        done += 1
        if progress:
            name = kommune_label(document_kommune(a.doc), r) if a.doc is not None \
                else by_label[a.label].kommune
            progress(Fortschritt(done, total, name, art))

    result = produce([Auftrag(z.label, z.doc, z.fehler) for z in todo], out_dir, r, fmt=fmt,
                     pdfa=pdfa, force=force, vorlagen=vorlagen, on_planned=planned,
                     on_done=one, approve=approve)
    stems: dict[str, list[Path]] = {}
    for f in result.dateien:
        stems.setdefault(f.stem, []).append(f)
    row_of = {id(z.doc): z for z in todo if z.doc is not None}
    made = [entry(row_of[id(doc)], doc, stems[file_stem(doc, r)], r) for doc in result.gemacht]
    failed_labels = {f.label for f in result.fehler}
    fehler = sorted(({"zeile": by_label[f.label].nummer if f.label in by_label else None,
                      "kommune": by_label[f.label].kommune if f.label in by_label else "",
                      "meldung": f.meldung} for f in result.fehler),
                    key=lambda f: (f["zeile"] is None, f["zeile"] or 0, f["meldung"]))
    # the folder's notices: those made now, those kept, and those of earlier runs still there
    names = {n for e in made + kept for n in _file_names(e)}
    earlier = [e for e in (previous or {}).get("dokumente", [])
               if not set(_file_names(e)) & names
               and all((out_dir / n).is_file() for n in _file_names(e))]
    entries = sorted(made + kept, key=lambda e: (e.get("zeile") or 0, e["datei"])) + earlier
    stapel = Stapel(art, len(zeilen), made, kept, fehler, dateien=list(result.dateien),
                    abgelehnt=len(result.abgelehnt))
    if art == "bescheid":
        failed = [z for z in todo if z.label in failed_labels]
        stapel.haushalt, stapel.budget = _budget(entries, failed, r)
    stapel.uebersicht = {
        "kimdocs_version": __version__, "art": art, "richtlinie": r.id,
        "tabelle": tabelle_name or Path(table).name, "datum": datum,
        "betraege": AMOUNTS[art], "dokumente": entries, "fehler": fehler,
        "haushalt": stapel.haushalt}
    if out_dir.is_dir():
        atomic_write(out_dir / OVERVIEW_JSON, as_json(stapel.uebersicht).encode("utf-8"),
                     force=True)
        atomic_write(out_dir / OVERVIEW_XLSX, as_xlsx(stapel.uebersicht), force=True)
    return stapel
