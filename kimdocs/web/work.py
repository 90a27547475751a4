"""The blocking work behind the web pages and the API: checking uploads, marking pages,
making documents and batches. No HTTP here; every function runs in a worker thread.

Uploads live only inside a temporary folder that the caller removes (`scratch()`); files get
names made here (`1.pdf`), never the client's. The kind of a file is decided by its bytes
(kimdocs.readers.sniff); every document is read in the sandboxed child (check_file,
run_isolated), never in the server process.
"""

from __future__ import annotations

import base64
import dataclasses
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import pypdfium2 as pdfium
import yaml
from pydantic import ValidationError

from kimdocs import errors
from kimdocs.annotate import annotated_bytes
from kimdocs.calculator import calculate
from kimdocs.check import Bewilligung, Pruefbericht, check_file, check_ocr, load_bescheid
from kimdocs.formatting import read_date
from kimdocs.generate.batch import NOUNS, OVERVIEW_JSON, OVERVIEW_XLSX, plain, run_batch
from kimdocs.generate.context import document_kommune
from kimdocs.generate.output import Auftrag, file_stem, produce
from kimdocs.generate.render import render_document
from kimdocs.generate.tables import NOT_A_TABLE_HINT, table_kind
from kimdocs.guideline import Richtlinie
from kimdocs.guideline.kommunen import unknown_body
from kimdocs.limits import DEFAULT_LIMITS, Limits
from kimdocs.model import (
    DOCUMENT_TITLES,
    DOCUMENT_TYPES,
    german_validation_message,
    load_data,
    read_mapping,
)
from kimdocs.readers.sandbox import run_isolated
from kimdocs.readers.sniff import detect_format
from kimdocs.report.formats import calculation_dict, ordered

PAGE_WIDTH_PX = 900  # rendered page images: readable at 1280 px, small enough to embed
MAX_MARKED_PAGES = 6  # per file: the pages with the first marked findings


class WrongType(errors.WrongTypeError):
    """An upload that is not what the form asks for (answered 415)."""


class BadData(errors.InputError):
    """Data that does not fit the model; `felder` = [(path, message)] (answered 422)."""

    def __init__(self, message: str, felder: list[tuple[str, str]]):
        super().__init__(message)
        self.felder = felder


@contextmanager
def scratch() -> Iterator[Path]:
    """A private temporary folder, removed on the way out, error or not. An error message
    never shows the server's folder: `…/kimdocs-web-x/bescheid.yaml` becomes `bescheid.yaml`."""
    tmp = Path(tempfile.mkdtemp(prefix="kimdocs-web-"))
    try:
        yield tmp
    except errors.KimdocsError as exc:
        exc.args = (str(exc).replace(f"{tmp}{os.sep}", "").replace(str(tmp), ""),)
        raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def display_name(filename: str | None, fallback: str) -> str:
    """The client's file name for display only: its last part, no control characters."""
    name = re.split(r"[\\/]", filename or "")[-1]
    name = "".join(c for c in name if c.isprintable()).strip()
    return name[:120] or fallback


def store(upload: BinaryIO, folder: Path, stem: str, *, images: bool = False) -> tuple[Path, str]:
    """Copy an upload into `folder` and name it by its content: (path, 'pdf'|'docx'|'odt',
    with `images` also 'tiff'|'png'|'jpeg': a scan, read by OCR)."""
    raw = folder / stem
    with raw.open("wb") as out:
        shutil.copyfileobj(upload, out)
    fmt = detect_format(raw, images=images)  # ReadError with the German reason for the rest
    path = raw.with_name(f"{stem}.{fmt}")
    raw.rename(path)
    return path, fmt


# --- checking ---------------------------------------------------------------------------------

@dataclass
class Seite:
    """A page image with the boxes of the findings on it (PDF points, origin top left)."""

    nummer: int
    png_base64: str
    breite: float
    hoehe: float
    marken: list[dict] = field(default_factory=list)  # {"x","y","w","h","codes","nrs"}


@dataclass
class Geprueft:
    bericht: Pruefbericht
    format: str | None = None
    seiten: list[Seite] = field(default_factory=list)
    markiert: bytes | None = None  # the draft with the findings on it (kimdocs.annotate)


def parse_date(text: str | None) -> date | None:
    """A date from a form: JJJJ-MM-TT (date input) or TT.MM.JJJJ."""
    if not text or not text.strip():
        return None
    found = read_date(text)
    if found is None:
        raise errors.InputError(f"„{text}“ ist kein Datum (TT.MM.JJJJ)")
    return found


def _refuse_aliases(data: bytes, what: str) -> None:
    """YAML anchors and aliases let a few hundred bytes stand for gigabytes once the data is
    walked (billion laughs); a data file from a browser has no use for them."""
    try:
        events = yaml.parse(data.decode("utf-8"), Loader=yaml.SafeLoader)
        if any(isinstance(e, yaml.AliasEvent) for e in events):
            raise errors.InputError(f"{what}: YAML-Verweise (*anker) sind nicht erlaubt")
    except (UnicodeDecodeError, yaml.YAMLError):
        pass  # the loader that follows gives the German message


def bescheid_upload(upload: BinaryIO, folder: Path) -> Path | None:
    """The Bescheid for the cross-checks, stored in `folder`: a document (PDF/DOCX/ODT, read
    later in the sandbox) or a data file (YAML/JSON) that contains its Antrag (a path to an
    Antrag would be a client-given path: refused)."""
    data = upload.read()
    if not data.strip():
        return None
    if b"%PDF-" in data[:1024] or data.startswith(b"PK\x03\x04"):
        return store(io.BytesIO(data), folder, "bescheid")[0]
    _refuse_aliases(data, "Bescheid")
    try:
        mapping = yaml.safe_load(data.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError):
        raise WrongType("Bescheid: weder PDF/DOCX/ODT noch gültiges YAML/JSON") from None
    if not isinstance(mapping, dict):
        raise WrongType("Bescheid: die Datei enthält keine Zuordnung von Feldern")
    if not isinstance(mapping.get("antrag"), dict):
        raise errors.InputError("Bescheid: die Datendatei muss den Antrag enthalten "
                                "(Feld 'antrag' mit den Antragsdaten, kein Dateiverweis)")
    path = folder / "bescheid.yaml"
    path.write_bytes(data)
    try:  # invalid data is the caller's mistake (400), as `pruefen --bescheid` says at once
        load_data(path, "bescheid")
    except errors.InputError as exc:
        raise errors.InputError(f"Bescheid: {exc.message}") from None
    return path


def read_limits(limits: Limits) -> dict[str, Any]:
    """The limits as the keywords of check_file / run_isolated take them (same names)."""
    return dataclasses.asdict(limits)


def check_uploads(uploads: list[tuple[str, BinaryIO]], folder: Path, *, r: Richtlinie,
                  art: str | None, eingang: date | None, bescheid: Path | None = None,
                  pages: bool = False, ocr: str = "auto", limits: Limits = DEFAULT_LIMITS,
                  on_page=None) -> tuple[list[Geprueft], list[tuple[str, str]]]:
    """Check each upload (name for display, file object) in `folder`: the reports, and the
    uploads that are no PDF/DOCX/ODT at all as (name, German reason), skipped as the CLI
    skips them (`uebersprungen`). A document that cannot be read gets a nicht_pruefbar
    report with the reason; the others keep their results either way.

    The Bescheid is read once for all uploads, under the same limits. `ocr`: 'auto', 'immer'
    or 'nie' (any case) as `kimdocs pruefen --ocr`; images (TIFF, PNG, JPEG) are checked too.
    `on_page(name, n, total)` before the n-th page of an upload is recognised by OCR."""
    ocr = check_ocr(ocr)
    granted: Bewilligung | None = None
    if bescheid is not None:
        granted = load_bescheid(bescheid, r, timeout=limits.timeout,
                                memory_mb=limits.memory_mb)
        if granted.problem:  # the reason names the upload, never the server's folder
            granted = dataclasses.replace(granted, problem=granted.problem.replace(
                f"{folder}{os.sep}", ""))
    results, skipped = [], []
    for i, (name, upload) in enumerate(uploads, start=1):
        try:
            path, fmt = store(upload, folder, f"dokument-{i}", images=True)
        except errors.ReadError as exc:
            skipped.append((name, exc.message))
            continue
        report = check_file(path, art=art, richtlinie=r, eingang=eingang, bescheid=granted,
                            ocr=ocr, **read_limits(limits), on_page=on_page and (
                                lambda _path, n, total, name=name: on_page(name, n, total)))
        _rename(report, str(path), name)
        done = Geprueft(report, fmt)
        if pages and fmt == "pdf":
            done.seiten = marked_pages(path, report, limits=limits)
        if pages and report.ergebnisse and fmt in _MARKABLE:  # read: offer it back marked
            done.markiert = marked_copy(path, report, limits=limits)
        results.append(done)
    return results, skipped


_MARKABLE = ("pdf", "docx", "odt")  # an image has no marked copy (the findings name the page)


def _rename(report: Pruefbericht, internal: str, name: str) -> None:
    """The report names the upload as the user knows it, never the server's temp path;
    `fehler` holds the reason alone, in the words of the form (not of the command line)."""
    report.datei = name
    if report.fehler:
        reason = report.fehler.removeprefix(f"{internal}: ").replace(internal, name)
        report.fehler = reason.replace("bitte mit --art angeben",
                                       "bitte die Dokumentart im Formular wählen")


def marked_copy(path: Path, report: Pruefbericht, *, limits: Limits) -> bytes | None:
    """The draft with the findings as comments or highlights, read in the sandbox; None
    where no copy can be made (e.g. a protected PDF): the page then offers none."""
    try:
        return run_isolated(annotated_bytes, path, timeout=limits.timeout,
                            memory_mb=limits.memory_mb, bericht=report, progress=True)
    except errors.KimdocsError:
        return None


def marked_pages(path: Path, report: Pruefbericht, *, limits: Limits) -> list[Seite]:
    """Images of the pages where a problem has a box, each with its boxes."""
    marks: dict[int, dict[tuple, dict]] = {}  # page -> box -> mark (one box, all its numbers)
    nr = 0
    for b in ordered(report.ergebnisse):
        if b.status == "erfuellt":
            continue
        nr += 1
        for f in b.fundstellen:
            if not (f.seite and f.bbox):
                continue
            if f.seite not in marks and len(marks) >= MAX_MARKED_PAGES:
                continue
            box = tuple(round(v) for v in f.bbox)
            mark = marks.setdefault(f.seite, {}).setdefault(box, {
                "x": f.bbox[0], "y": f.bbox[1], "w": max(f.bbox[2] - f.bbox[0], 4),
                "h": max(f.bbox[3] - f.bbox[1], 4), "codes": [], "nrs": []})
            if nr not in mark["nrs"]:
                mark["nrs"].append(nr)
                mark["codes"].append(b.code)
    if not marks:
        return []
    try:
        images = run_isolated(render_pages, path, timeout=limits.timeout,
                              memory_mb=limits.memory_mb, pages=sorted(marks),
                              width_px=PAGE_WIDTH_PX)
    except errors.ReadError:
        return []  # the findings stand on their own; only the picture is missing
    return [Seite(n, base64.b64encode(png).decode("ascii"), w, h, list(marks[n].values()))
            for n, png, w, h in images]


def render_pages(path: Path, *, pages: list[int], width_px: int) -> list[tuple]:
    """In the sandboxed child: (page, PNG bytes, width pt, height pt) for each page."""
    out = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for n in pages:
            if not 1 <= n <= len(pdf):
                continue
            page = pdf[n - 1]
            w, h = page.get_size()
            image = page.render(scale=width_px / w).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", optimize=True)
            out.append((n, buffer.getvalue(), w, h))
            page.close()
    finally:
        pdf.close()
    return out


# --- data for documents -----------------------------------------------------------------------

# pydantic's names for validator steps and union branches in an error location
# ("function-after[_plan_matches_period(), Antrag]", "constrained-str"): not field names
_STEP = re.compile(r"^[a-z]+(-[a-z]+)+(\[.*\])?$|^[a-z-]+\[.*\]$", re.DOTALL)


def field_path(loc: tuple | list) -> str:
    """`stellen[0].vzae`: the same path the model's German messages use."""
    path = ""
    for part in loc:
        if isinstance(part, str) and _STEP.match(part):
            continue
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def parse_json(body: bytes) -> Any:
    """Request JSON with numbers as Decimal (money never passes through a float)."""
    try:
        return json.loads(body.decode("utf-8"), parse_float=Decimal)
    except UnicodeDecodeError:
        raise errors.InputError("Die Anfrage ist nicht UTF-8-kodiert.") from None
    except json.JSONDecodeError as exc:
        raise errors.InputError(f"Die Anfrage ist kein gültiges JSON (Zeile {exc.lineno}, "
                                f"Spalte {exc.colno}).") from None


def validated(kind: str, data: Any):
    """The model for `data`, or BadData with one German message per field."""
    model = DOCUMENT_TYPES.get(kind)
    if model is None:
        raise errors.InputError(f"unbekannte Dokumentart {kind!r}; erlaubt: "
                                f"{', '.join(DOCUMENT_TYPES)}")
    if not isinstance(data, dict):
        raise BadData("Die Daten müssen ein JSON-Objekt sein.", [("(Dokument)", "kein Objekt")])
    if isinstance(data.get("art"), str):  # a choice, in any case, as everywhere in the web
        data = {**data, "art": data["art"].strip().lower()}
    if kind == "bescheid" and isinstance(data.get("antrag"), str):
        raise BadData("Der Bescheid muss die Antragsdaten selbst enthalten.",
                      [("antrag", "Antragsdaten statt eines Dateiverweises angeben")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        felder = []
        for item in exc.errors():
            if item["type"] == "string_type" and isinstance(item.get("input"), dict):
                continue  # the other branch of "data or file name" (Bescheid.antrag)
            one = ValidationError.from_exception_data(exc.title, [item])  # type: ignore[list-item]
            text = german_validation_message(one).split(": ", 1)[-1]
            felder.append((field_path(item["loc"]) or "(Dokument)", text))
        summary = "; ".join(f"{p}: {t}" for p, t in felder[:10])
        raise BadData(f"ungültige Daten für {DOCUMENT_TITLES[kind]}: {summary}", felder) from None


def check_body(doc, r: Richtlinie) -> None:
    """As the command line does before it makes a document: the Kommune must be on the
    guideline's list, a near miss gets "Meinten Sie …?" (no Antrag_Koblentz_2025.docx that the
    checker then calls nicht prüfbar). An ambiguous name is left to the rules (KIM-101)."""
    text = unknown_body(r, document_kommune(doc))
    if text is None:
        return
    where = {"antrag": "antragsteller.name", "bescheid": "antrag.antragsteller.name"}
    raise BadData(f"ungültige Daten: {text}", [(where.get(doc.art, "kommune.name"), text)])


def calculation(doc, r: Richtlinie) -> dict:
    """The answer of POST /api/berechnen: exactly `kimdocs berechnen --format json` (one
    envelope, kimdocs.report.formats.calculation_dict) for an Antrag or a Bescheid sent as JSON."""
    return calculation_dict(calculate(doc, r), r)


def make_document(doc, r: Richtlinie, fmt: str, folder: Path,
                  office=None) -> tuple[str, bytes]:
    """One document as (file name, bytes); fmt docx, pdf or pdfa. PDFs through the warm
    LibreOffice pool (kimdocs.web.warm) if given, else one LibreOffice start."""
    check_body(doc, r)
    stem = file_stem(doc, r)
    if fmt == "docx":
        return f"{stem}.docx", render_document(doc, r)
    if office is not None:
        source, target = folder / "dokument.docx", folder / "dokument.pdf"
        source.write_bytes(render_document(doc, r))
        office.convert(source, target, pdfa=fmt == "pdfa")
        return f"{stem}.pdf", target.read_bytes()
    result = produce([Auftrag("Daten", doc)], folder, r, fmt="pdf", pdfa=fmt == "pdfa",
                     force=True)
    if result.fehler:
        raise errors.ConversionError(result.fehler[0].meldung)
    pdf = result.dateien[0]
    return pdf.name, pdf.read_bytes()


def data_file(upload: BinaryIO, folder: Path, kind: str) -> dict:
    """An uploaded YAML/JSON data file as JSON-ready data, for filling the form."""
    data = upload.read()
    _refuse_aliases(data, "Datendatei")
    path = folder / ("daten.json" if data.lstrip().startswith(b"{") else "daten.yaml")
    path.write_bytes(data)
    mapping = read_mapping(path)
    if kind == "bescheid" and isinstance(mapping.get("antrag"), str):
        del mapping["antrag"]  # a file on the clerk's disk: the page asks for it ("Antrag laden")
    mapping.pop("art", None)
    return json.loads(json.dumps(mapping, default=plain))


# --- batches ----------------------------------------------------------------------------------

def table_problem(head: bytes) -> str | None:
    """Why an upload given as the table is none ("Die Datei ist keine Tabelle, sondern ein
    Word-Dokument (DOCX). Bitte …"), from its first bytes; None for what may be a table."""
    names: list[str] = []
    if head.startswith(b"PK\x03\x04"):
        # the local file headers at the start name the parts: [Content_Types].xml, word/...
        names = [m.decode("ascii", "replace") for m in re.findall(rb"(?:word|xl|ppt)/", head)]
        mime = re.search(rb"mimetypeapplication/vnd\.oasis\.opendocument\.\w+", head)
        if mime:
            names.append(mime.group().decode("ascii").removeprefix("mimetype"))
        if not names:
            return None  # a ZIP whose first part says nothing: the reader decides
    kind = table_kind(head, names)
    if kind in ("xlsx", "csv"):
        if b"\x00" in head and kind == "csv" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "Die Datei ist keine Tabelle (weder CSV noch XLSX). " + NOT_A_TABLE_HINT
        return None
    return f"Die Datei ist keine Tabelle, sondern {kind}. {NOT_A_TABLE_HINT}"


def batch(table: BinaryIO, name: str, folder: Path, r: Richtlinie, fmt: str,
          progress: Callable[[dict], None], *, art: str = "bescheid",
          datum: date | None = None, approve: Callable | None = None,
          notes: list[str] | None = None) -> dict:
    """Documents for every row of a CSV/XLSX table, as `kimdocs erstellen ART --tabelle`
    makes them (kimdocs.generate.batch): the summary, the failed rows by row number (a
    number), the budget per Haushaltsjahr, the overview of the documents made (for the budget
    office and the e-Akte) and a ZIP (base64) of the files, the overview (JSON and XLSX) and
    the summary, named with the table and the day of the run. `progress` gets one item per
    document: {"fortschritt": n, "von": total, "kommune": ..., "text": "Bescheid n von …"}.
    `approve`: the register's last gate (kimdocs.register.web.batch_approver), which writes
    its lines into `notes` (they end the summary)."""
    head = table.read(4096)
    table.seek(0)
    problem = table_problem(head)
    if problem:
        raise WrongType(f"{name}: {problem}")
    path = folder / ("tabelle.xlsx" if head.startswith(b"PK\x03\x04") else "tabelle.csv")
    with path.open("wb") as out:
        shutil.copyfileobj(table, out)
    out_dir = folder / "ausgabe"
    datum = datum or date.today()  # the day of the run: the overview's and the ZIP's date
    try:
        stapel = run_batch(path, out_dir, r, art=art, fmt="docx" if fmt == "docx" else "pdf",
                           pdfa=fmt == "pdfa", force=True, datum=datum, tabelle_name=name,
                           progress=lambda f: progress(f.to_dict()), approve=approve)
    except errors.KimdocsError as exc:  # name the upload, not the server's temp file
        text = str(exc).replace(str(path), name)
        raise (WrongType(text) if isinstance(exc, errors.WrongTypeError)
               else errors.InputError(text)) from None
    lines = [line.replace(str(path), name) for line in [*stapel.lines(), *(notes or [])]]
    stem = re.sub(r"[^\w.-]+", "_", Path(name).stem)[:60] or "tabelle"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(stapel.dateien):
            z.write(f, f.name)
        for extra in (OVERVIEW_JSON, OVERVIEW_XLSX):
            if (out_dir / extra).is_file():
                z.write(out_dir / extra, extra)
        z.writestr("zusammenfassung.txt", "\n".join(lines) + "\n")
    return {"art": art, "erstellt": len(stapel.erstellt), "zeilen": stapel.zeilen,
            "fehler": stapel.fehler, "budget": stapel.budget, "zusammenfassung": lines,
            "haushalt": json.loads(json.dumps(stapel.haushalt, default=plain)),
            "uebersicht": json.loads(json.dumps(stapel.uebersicht["dokumente"], default=plain)),
            "zip_name": f"{NOUNS[art][1]}_{stem}_{datum.isoformat()}.zip",
            "zip": base64.b64encode(buffer.getvalue()).decode("ascii")}
