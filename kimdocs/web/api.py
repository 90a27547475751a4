"""The HTTP API: one router, served under /api/v1 (described in /api/openapi.json) and, the
same routes, under /api as the old paths (aliases, not in the description).

Every answer other than 200 has the one error body (common.ERROR_SCHEMA: a stable `code`, the
German `meldung`, the `felder` it concerns), documented for each status of each route.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from kimdocs import errors
from kimdocs.check import check_ocr
from kimdocs.generate.libreoffice import find_soffice
from kimdocs.guideline.kommunen import eligible_list
from kimdocs.model import DOCUMENT_TYPES, json_schema
from kimdocs.register import web as register_web
from kimdocs.report.catalogue import rules_as_dict
from kimdocs.report.formats import as_dict
from kimdocs.version import __version__
from kimdocs.web import aus_antrag, work
from kimdocs.web.common import (
    ERROR_SCHEMA,
    MAX_JSON_BYTES,
    MEDIA,
    TEMPLATES,
    Admitted,
    ApiError,
    Gate,
    Settings,
    busy,
    choose_art,
    download,
    files,
    guideline,
    guidelines,
    output_format,
    progress_lines,
    read_form,
    read_json,
    text,
)


def _published_schemas() -> dict[str, dict]:
    """The JSON Schemas kimdocs publishes (kimdocs/schemas), as OpenAPI components: each file
    under its name ("pruefbericht"), its $defs beside it ("pruefbericht_ergebnis"), every
    reference pointed at the components, so the description shows what the CLI promises."""
    out: dict[str, dict] = {}
    folder = resources.files("kimdocs") / "schemas"
    for name in ("pruefbericht", "berechnung"):
        text = (folder / f"{name}.schema.json").read_text(encoding="utf-8")
        text = re.sub(r'"(?:(\w+)\.schema\.json)?#/\$defs/(\w+)"',
                      lambda m, own=name: f'"#/components/schemas/{m[1] or own}_{m[2]}"',
                      text)
        schema = json.loads(text)
        for key, sub in schema.pop("$defs", {}).items():
            out[f"{name}_{key}"] = sub
        schema.pop("$schema", None)
        schema.pop("$id", None)
        out[name] = schema
    out["fehler"] = ERROR_SCHEMA
    out["bescheid_aus_antrag"] = aus_antrag.SCHEMA  # issue 21
    return out


COMPONENTS = _published_schemas()


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def openapi_with_components(app) -> dict:
    """FastAPI's description with the published schemas added as components."""
    if app.openapi_schema is None:
        spec = FastAPI.openapi(app)
        spec.setdefault("components", {}).setdefault("schemas", {}).update(COMPONENTS)
    return app.openapi_schema


_STATUS_TEXT = {400: "Ungültige Anfrage", 401: "Nicht angemeldet", 403: "Fremde Seite",
                404: "Nicht gefunden", 409: "Programmbudget erschöpft (Register)",
                413: "Zu groß", 415: "Falscher Dateityp",
                422: "Ungültige Daten", 503: "Ausgelastet oder LibreOffice nicht bereit"}


def _errors(*statuses: int) -> dict:
    """The documented error answers of a route (with the answers every route can give)."""
    return {s: {"description": _STATUS_TEXT[s],
                "content": {"application/json": {"schema": _ref("fehler")}}}
            for s in sorted({401, 403, 422, *statuses})}


_MULTIPART = {"requestBody": {"required": True, "content": {"multipart/form-data": {
    "schema": {"type": "object", "required": ["dateien"], "properties": {
        "dateien": {"type": "array", "items": {"type": "string", "format": "binary"},
                    "description": "PDF, DOCX, ODT oder ein Scan als TIFF, PNG, JPEG (per "
                                   "Texterkennung gelesen; Art am Inhalt erkannt); andere "
                                   "Dateien stehen unter „uebersprungen“ mit dem Grund"},
        "art": {"type": "string", "enum": list(DOCUMENT_TYPES),
                "description": "Groß-/Kleinschreibung egal; „auto“ oder leer: erkennen"},
        "eingang": {"type": "string", "description": "TT.MM.JJJJ oder JJJJ-MM-TT"},
        "ocr": {"type": "string", "enum": ["auto", "immer", "nie"],
                "description": "Texterkennung: auto (Standard; nur Seiten ohne brauchbaren Text "
                               "und Bilder), immer (jede Seite), nie; Groß-/Kleinschreibung "
                               "egal"},
        "bescheid": {"type": "string", "format": "binary"},
        "richtlinie": {"type": "string"}}}}}}}
_STAPEL = {"requestBody": {"required": True, "content": {"multipart/form-data": {
    "schema": {"type": "object", "required": ["tabelle"], "properties": {
        "tabelle": {"type": "string", "format": "binary",
                    "description": "CSV oder XLSX, eine Zeile je Dokument; eine Word-, PDF- oder "
                                   "Bilddatei wird mit 415 (falscher_dateityp) abgewiesen"},
        "art": {"type": "string", "enum": list(DOCUMENT_TYPES), "default": "bescheid",
                "description": "Groß-/Kleinschreibung egal"},
        "format": {"type": "string", "enum": ["docx", "pdf", "pdfa"], "default": "docx"},
        "richtlinie": {"type": "string"}}}}}}}
_JSON_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": {"type": "object"}}}}}
_OBJECT = {"application/json": {"schema": {"type": "object"}}}

router = APIRouter(tags=["api"])


@router.post("/pruefen", openapi_extra=_MULTIPART, responses={
    200: {"description": "wie „kimdocs pruefen --format json“ (pruefbericht.schema.json)",
          "content": {"application/json": {"schema": _ref("pruefbericht")}}},
    **_errors(400, 413, 415, 503)},
    summary="Dokumente prüfen (Antwort wie „kimdocs pruefen --format json“)")
async def api_pruefen(request: Request):
    reports, skipped = await checked_uploads(request, "Keine Datei im Feld 'dateien'.",
                                             pages=False)
    return JSONResponse(as_dict([g.bericht for g in reports], skipped))


@router.post("/berechnen", openapi_extra=_JSON_BODY, responses={
    200: {"description": "wie „kimdocs berechnen --format json“",
          "content": {"application/json": {"schema": _ref("berechnung")}}},
    **_errors(400, 413, 503)},
    summary="Zuwendung je Haushaltsjahr und Befunde eines Antrags (Antwort wie "
            "„kimdocs berechnen --format json“)")
async def api_berechnen(request: Request, richtlinie: str | None = None):
    settings, gate = _state(request)
    async with Admitted(gate):
        data = await read_json(request)
        r = guideline(richtlinie, settings)
        # like the CLI: a Bescheid (art: bescheid) over its own Bewilligungszeitraum
        kind = "bescheid" if isinstance(data, dict) and \
            str(data.get("art", "")).lower() == "bescheid" else "antrag"
        doc = work.validated(kind, data)
        return await run_in_threadpool(gate.work, work.calculation, doc, r)


@router.post("/erstellen/{art}", openapi_extra=_JSON_BODY, responses={
    200: {"description": "das Dokument als Download", "content": {
        MEDIA["docx"]: {"schema": {"type": "string", "format": "binary"}},
        MEDIA["pdf"]: {"schema": {"type": "string", "format": "binary"}}}},
    **_errors(400, 404, 409, 413, 503)},
    summary="Dokument aus JSON-Daten erstellen (DOCX, PDF oder PDF/A)")
async def api_erstellen(request: Request, art: str, format: str = "docx",
                        richtlinie: str | None = None):
    settings, gate = _state(request)
    kind = choose_art(art, required=True)
    fmt = output_format(format)
    office = request.app.state.office
    async with Admitted(gate):
        data = await read_json(request)
        r = guideline(richtlinie, settings)
        doc = work.validated(kind, data)
        problem = await run_in_threadpool(register_web.book, settings, doc, r)  # issue 22
        if problem:
            raise ApiError(409, "budget_erschoepft", problem)

        def make():
            with work.scratch() as tmp:
                return work.make_document(doc, r, fmt, tmp, office)

        name, content = await run_in_threadpool(gate.work, make)
    return download(name, content, MEDIA["docx" if fmt == "docx" else "pdf"])


@router.get("/regeln", responses={200: {"description": "der Regelkatalog", "content": _OBJECT},
                                  **_errors(400)},
            summary="Regelkatalog einer Richtlinie")
async def api_regeln(request: Request, richtlinie: str | None = None):
    return rules_as_dict(guideline(richtlinie, request.app.state.settings))


@router.get("/status", responses={200: {"description": "Version, Richtlinien, LibreOffice",
                                        "content": _OBJECT}, **_errors()},
            summary="Version, Richtlinien, LibreOffice bereit")
async def api_status(request: Request):
    settings: Settings = request.app.state.settings
    office = request.app.state.office
    try:
        soffice = find_soffice()
    except errors.ConversionError:
        soffice = None
    return {"version": __version__,
            "richtlinien": {k: {"version": r.version, "stand": r.stand.isoformat(),
                                "titel": r.titel} for k, r in guidelines().items()},
            "standard_richtlinie": settings.richtlinie,
            "libreoffice": {"bereit": soffice is not None, "programm": soffice,
                            "warm": office is not None,
                            "instanzen": len(office.pids()) // 2 if office else 0},
            "grenzen": {"max_upload_mb": settings.max_upload_mb,
                        "gleichzeitig": settings.workers, "warteschlange": settings.queue,
                        "zeitlimit_s": settings.limits.timeout}}


@router.get("/kommunen", responses={200: {"description": "die Kommunen der Liste",
                                          "content": _OBJECT}, **_errors(400)},
            summary="Die antragsberechtigten Kommunen der Richtlinie (für die Auswahl im Formular)")
async def api_kommunen(request: Request, richtlinie: str | None = None):
    r = guideline(richtlinie, request.app.state.settings)
    liste = eligible_list(r)
    if liste is None:  # the guideline names no list of eligible bodies
        return {"liste": None, "kommunen": []}
    return {"liste": liste.id, "kommunen": [
        {"name": e.name, "kreisschluessel": e.kreisschluessel, "art": e.art,
         "verwaltungsgericht": e.verwaltungsgericht} for e in liste.eintraege]}


@router.get("/uebersicht", responses={200: {"description": "Haushalt je Jahr, eine Zeile je "
                                                            "Kommune, fällige Nachweise",
                                            "content": _OBJECT}, **_errors(404, 503)},
            summary="Übersicht des Registers (wie „kimdocs uebersicht --format json“)")
async def api_uebersicht(request: Request, stichtag: str | None = None):
    return await register_web.overview_data(request, stichtag)


@router.get("/schema/{art}", responses={200: {"description": "JSON Schema",
                                              "content": _OBJECT}, **_errors(404)},
            summary="JSON Schema der Daten einer Dokumentart")
async def api_schema(art: str):
    return json_schema(choose_art(art, required=True))


@router.post("/bescheid-aus-antrag", openapi_extra={"requestBody": {
    "required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["datei"], "properties": {
            "datei": {"type": "string", "format": "binary",
                      "description": "der eingegangene Antrag: PDF, DOCX, ODT, YAML oder JSON"},
            "richtlinie": {"type": "string"}}}}}}},
    responses={200: {"description": "die Daten des Bescheids und je Wert seine Fundstelle",
                     "content": {"application/json": {"schema": _ref("bescheid_aus_antrag")}}},
               **_errors(400, 413, 415, 503)},
    summary="Bescheid aus dem Antrag: die Werte des Antrags mit Fundstelle (Seite, Zitat) "
            "für das Bescheid-Formular")
async def api_bescheid_aus_antrag(request: Request):  # issue 21
    settings, gate = _state(request)
    async with Admitted(gate):
        form = await read_form(request)
        try:
            given = files(form, "datei")
            if not given:
                raise ApiError(400, "keine_datei", "Keine Datei im Feld 'datei'.")
            r = guideline(text(form, "richtlinie"), settings)
            name = work.display_name(given[0].filename, "Antrag")

            def read():
                with work.scratch() as tmp:
                    return aus_antrag.from_upload(given[0].file, name, tmp, r, settings.limits)

            return await run_in_threadpool(gate.work, read)
        finally:
            await form.close()


@router.post("/daten/{art}", responses={200: {"description": "die Daten als JSON",
                                              "content": _OBJECT},
                                        **_errors(400, 404, 413, 415, 503)},
             summary="YAML/JSON-Datendatei als JSON lesen")
async def api_daten(request: Request, art: str):
    kind = choose_art(art, required=True)
    _, gate = _state(request)
    async with Admitted(gate):
        form = await read_form(request)
        try:
            given = files(form, "datei")
            if not given:
                raise ApiError(400, "keine_datei", "Keine Datei im Feld 'datei'.")
            if given[0].size and given[0].size > MAX_JSON_BYTES:
                raise ApiError(413, "zu_gross", f"Die Datendatei ist zu groß: höchstens "
                                                f"{MAX_JSON_BYTES // (1024 * 1024)} MB.")

            def load():
                with work.scratch() as tmp:
                    return work.data_file(given[0].file, tmp, kind)

            return await run_in_threadpool(gate.work, load)
        finally:
            await form.close()


@router.post("/stapel", openapi_extra=_STAPEL, responses={
    200: {"description": "NDJSON: {fortschritt, von, kommune, text} je Dokument, dann "
                         "{ergebnis} (fehler[].zeile als Zahl)",
          "content": {"application/x-ndjson": {"schema": {"type": "string"}}}},
    **_errors(400, 413, 415, 503)},
    summary="Bescheide aus einer CSV/XLSX-Tabelle (NDJSON: Fortschritt, dann Ergebnis)")
async def api_stapel(request: Request):
    settings, gate = _state(request)
    if not gate.try_enter():
        raise busy()
    form: FormData | None = None
    try:
        form = await read_form(request)
        tables = files(form, "tabelle")
        if not tables:
            raise ApiError(400, "keine_datei", "Keine Tabelle im Feld 'tabelle'.")
        fmt = output_format(text(form, "format"))
        r = guideline(text(form, "richtlinie"), settings)
        kind = choose_art(text(form, "art")) or "bescheid"
        head = tables[0].file.read(4096)
        tables[0].file.seek(0)
        problem = work.table_problem(head)
        if problem:  # a Word/PDF/image file as the table: 415 before any work
            raise ApiError(415, "falscher_dateityp",
                           f"{work.display_name(tables[0].filename, 'Tabelle')}: {problem}")
    except BaseException:
        if form is not None:
            await form.close()
        gate.leave()
        raise
    return StreamingResponse(_batch_stream(gate, form, tables[0], r, fmt, kind,
                                           register_web.batch_approver(settings, r)),
                             media_type="application/x-ndjson")


def docs_page(app, settings: Settings) -> HTMLResponse:
    """The offline description of the API (no CDN): every route of /api/openapi.json."""
    spec = app.openapi()
    ops = [(path, method.upper(), op.get("summary", ""))
           for path, item in spec["paths"].items() for method, op in item.items()]
    return HTMLResponse(TEMPLATES.get_template("api.html").render(
        titel="API", aktiv="api", ops=ops, token=bool(settings.token)))


def _state(request: Request) -> tuple[Settings, Gate]:
    return request.app.state.settings, request.app.state.gate


def _batch_stream(gate: Gate, form: FormData, table: UploadFile, r, fmt: str,
                  kind: str = "bescheid", booking: tuple = (None, [])):
    """NDJSON lines: {"fortschritt": n, "von": m, ...} while it runs, then the result."""
    approve, notes = booking  # issue 22: the register books each Bescheid (or None)

    def run(progress):
        with work.scratch() as tmp:
            return work.batch(table.file, work.display_name(table.filename, "Tabelle"), tmp, r,
                              fmt, progress, art=kind, approve=approve, notes=notes)

    def ergebnis(result: dict) -> dict:  # a failure, too, is the batch's result
        return {"ergebnis": result}

    return progress_lines(gate, form, run, ergebnis, first={"fortschritt": 0, "von": None},
                          failed=ergebnis)


def choose_ocr(value: str | None) -> str:
    """The field 'ocr': auto (also when empty), immer, nie – any case; 400 for the rest."""
    try:
        return check_ocr(value)
    except errors.UsageError as exc:
        raise ApiError(400, "auswahl_unbekannt", exc.message) from None


def _check(form: FormData, uploads: list[UploadFile], settings: Settings, *,
           pages: bool, on_page=None) -> tuple[list[work.Geprueft], list[tuple[str, str]]]:
    r = guideline(text(form, "richtlinie"), settings)
    kind = choose_art(text(form, "art"))
    eingang = work.parse_date(text(form, "eingang"))
    bescheid = form.get("bescheid")
    with work.scratch() as tmp:
        bpath = (work.bescheid_upload(bescheid.file, tmp)
                 if isinstance(bescheid, UploadFile) and bescheid.filename else None)
        named = [(work.display_name(u.filename, f"Datei {i}"), u.file)
                 for i, u in enumerate(uploads, start=1)]
        results = work.check_uploads(named, tmp, r=r, art=kind, eingang=eingang,
                                     bescheid=bpath, pages=pages, limits=settings.limits,
                                     ocr=choose_ocr(text(form, "ocr")), on_page=on_page)
    register_web.record_uploads(settings, [g.bericht for g in results[0]], eingang)  # issue 22
    return results


async def checked_uploads(request: Request, none_given: str, *, pages: bool):
    """The uploads of the field 'dateien', checked inside the gate (API and page alike):
    (reports, skipped uploads as (name, reason))."""
    settings, gate = _state(request)
    async with Admitted(gate):
        form = await read_form(request)
        try:
            uploads = files(form, "dateien")
            if not uploads:
                raise ApiError(400, "keine_datei", none_given)
            return await run_in_threadpool(gate.work, _check, form, uploads, settings,
                                           pages=pages)
        finally:
            await form.close()


