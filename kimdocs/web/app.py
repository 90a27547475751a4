"""`kimdocs web`: the pages for people and the HTTP API under /api (FastAPI on uvicorn).

FastAPI because it gives the API its OpenAPI description from the code (served at
/api/openapi.json, described offline at /api/docs) and runs on Starlette, whose multipart
parser streams uploads to spooled temporary files; we only add a per-file byte limit to it.

Safety, in order of a request: the Guard (ASGI middleware) adds the security headers,
checks the token (if one is set) and refuses cross-site posts and oversized bodies before a
byte is parsed; the Gate admits at most `workers + queue` requests (503 with Retry-After
beyond that) and lets `workers` of them work at once; the work itself (kimdocs.web.work) runs
in a thread, reads every document in the sandboxed child and keeps files only in a temporary
folder that is removed when the response is done.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException, MultiPartParser

import kimdocs
from kimdocs import errors
from kimdocs.guideline import DEFAULT_GUIDELINE, available
from kimdocs.model import DOCUMENT_TITLES, DOCUMENT_TYPES, json_schema
from kimdocs.register import web as register_web
from kimdocs.rules import load_guideline
from kimdocs.web import work

MAX_FILES = 20  # per request
MAX_JSON_BYTES = 2 * 1024 * 1024
RETRY_AFTER_S = 5
TOKEN_COOKIE = "kimdocs_token"
FORMATS = ("docx", "pdf", "pdfa")

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]


@dataclass
class Settings:
    token: str | None = None
    max_upload_mb: float = 20
    workers: int = 2  # requests working at once
    queue: int = 8  # requests waiting for a worker; beyond that: 503
    timeout: float = 60  # seconds for reading one document
    richtlinie: str = DEFAULT_GUIDELINE
    warm_office: bool = False  # keep one LibreOffice per worker running (kimdocs web: on)
    # Host names the server answers to (None: any). On a loopback address only the loopback
    # names: a foreign site that rebinds its DNS name to 127.0.0.1 gets no answer.
    allowed_hosts: list[str] | None = None
    register: str | None = None  # issue 22: the register behind the page "Übersicht"

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def max_request_bytes(self) -> int:
        return self.max_upload_bytes * (MAX_FILES + 1) + 1024 * 1024


class ApiError(Exception):
    """An answer other than 200, with a German message (and the fields it concerns)."""

    def __init__(self, status: int, message: str, felder: list[tuple[str, str]] | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.felder, self.headers = status, message, felder, headers

    def body(self) -> dict:
        out: dict[str, Any] = {"fehler": self.message}
        if self.felder:
            out["felder"] = [{"pfad": p, "meldung": m} for p, m in self.felder]
        return out


def _busy() -> ApiError:
    return ApiError(503, "Der Server ist ausgelastet. Bitte in einigen Sekunden erneut "
                         "versuchen.", headers={"Retry-After": str(RETRY_AFTER_S)})


def _too_large(limit_mb: float) -> ApiError:
    shown = f"{limit_mb:g}".replace(".", ",")
    return ApiError(413, f"Die Datei ist zu groß: höchstens {shown} MB je Datei.")


# --- admission --------------------------------------------------------------------------------

@dataclass
class Gate:
    """At most `workers + queue` requests inside, `workers` of them working at once."""

    workers: int
    queue: int
    _inside: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _slots: threading.Semaphore = field(init=False)

    def __post_init__(self) -> None:
        self._slots = threading.BoundedSemaphore(self.workers)

    @property
    def capacity(self) -> int:
        return self.workers + self.queue

    def try_enter(self) -> bool:
        with self._lock:
            if self._inside >= self.capacity:
                return False
            self._inside += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self._inside -= 1

    def work(self, func: Callable, *args, **kwargs):
        """Run in a worker thread once a slot is free."""
        with self._slots:
            return func(*args, **kwargs)


class _Admitted:
    def __init__(self, gate: Gate):
        self.gate = gate

    async def __aenter__(self):
        if not self.gate.try_enter():
            raise _busy()
        return self.gate

    async def __aexit__(self, *exc):
        self.gate.leave()


# --- uploads ----------------------------------------------------------------------------------

class _LimitedParser(MultiPartParser):
    """Starlette's streaming multipart parser with a byte limit per file, checked as the
    bytes arrive (a 2 GB upload is cut off after the limit, not read to the end)."""

    def __init__(self, *args, max_file_bytes: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_file_bytes = max_file_bytes
        self._sizes: dict[int, int] = {}

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        part = self._current_part
        if part.file is not None:
            size = self._sizes.get(id(part), 0) + (end - start)
            self._sizes[id(part)] = size
            if size > self.max_file_bytes:
                raise _TooLarge("upload too large")
        super().on_part_data(data, start, end)


class _TooLarge(MultiPartException):
    pass


async def read_form(request: Request) -> FormData:
    settings: Settings = request.app.state.settings
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("multipart/form-data"):
        raise ApiError(415, "Bitte die Dateien als multipart/form-data senden.")
    parser = _LimitedParser(request.headers, request.stream(), max_files=MAX_FILES,
                            max_fields=50, max_file_bytes=settings.max_upload_bytes)
    try:
        return await parser.parse()
    except _TooLarge:
        raise _too_large(settings.max_upload_mb) from None
    except MultiPartException as exc:
        raise ApiError(400, f"Die Anfrage ist kein gültiges Formular ({exc.message}).") from None


def _files(form: FormData, name: str) -> list[UploadFile]:
    return [f for f in form.getlist(name) if isinstance(f, UploadFile) and f.filename]


def _text(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return (value.strip() or None) if isinstance(value, str) else None


async def read_json(request: Request) -> Any:
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_JSON_BYTES:
            raise ApiError(413, f"Die Daten sind zu groß: höchstens "
                                f"{MAX_JSON_BYTES // (1024 * 1024)} MB.")
    return work.parse_json(bytes(body))


# --- the guard (ASGI middleware) --------------------------------------------------------------

class Guard:
    """Security headers on every answer; token; cross-site posts; body size from the header."""

    def __init__(self, app, settings: Settings):
        self.app, self.settings = app, settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        path = scope["path"]
        is_api = path.startswith("/api/")

        async def send_secure(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        problem = self._problem(scope, headers, path, is_api)
        if problem is not None:
            return await problem(scope, receive, send_secure)
        return await self.app(scope, receive, send_secure)

    def _problem(self, scope, headers: dict[str, str], path: str, is_api: bool):
        token = self.settings.token
        bearer = headers.get("authorization", "")
        has_bearer = bool(token) and bearer.startswith("Bearer ") and hmac.compare_digest(
            bearer[7:].strip().encode(), token.encode())
        if token and not has_bearer and not _public(path):
            cookie = _cookie(headers.get("cookie", ""))
            if cookie is None or not hmac.compare_digest(cookie.value.encode(), token.encode()):
                if is_api:
                    return _error_response(ApiError(401, "Zugangsschlüssel fehlt oder ist "
                                                         "falsch (Authorization: Bearer …)."),
                                           True, {"WWW-Authenticate": "Bearer"})
                return Response(status_code=303, headers={"Location": "/anmelden"})
        if scope["method"] not in ("GET", "HEAD", "OPTIONS") and not has_bearer:
            if _cross_site(headers):
                return _error_response(ApiError(403, "Anfrage von einer fremden Seite "
                                                     "abgelehnt."), is_api)
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > self.settings.max_request_bytes:
            return _error_response(_too_large(self.settings.max_upload_mb), is_api)
        return None


def _cookie(header: str):
    try:
        return SimpleCookie(header).get(TOKEN_COOKIE)
    except CookieError:  # a malformed Cookie header is no token
        return None


def _public(path: str) -> bool:
    return path.startswith("/static/") or path in ("/anmelden", "/favicon.ico")


def _cross_site(headers: dict[str, str]) -> bool:
    """A browser's post from another site: Sec-Fetch-Site says so, or Origin is foreign."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc != headers.get("host", "")
    return origin == "null"


def _error_response(exc: ApiError, is_api: bool, extra: dict[str, str] | None = None):
    hdrs = {**(exc.headers or {}), **(extra or {})}
    if is_api:
        return JSONResponse(exc.body(), status_code=exc.status, headers=hdrs)
    html = TEMPLATES.get_template("fehler.html").render(
        titel="Fehler", aktiv="", meldung=exc.message, felder=exc.felder or [])
    return HTMLResponse(html, status_code=exc.status, headers=hdrs)


# --- templates --------------------------------------------------------------------------------

_HERE = resources.files("kimdocs.web")
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(_HERE / "templates")), autoescape=True,
    undefined=jinja2.StrictUndefined)


def _guidelines() -> dict[str, Any]:
    return {name: load_guideline(name) for name in sorted(available())}


def _guideline(name: str | None, settings: Settings):
    """Only shipped guidelines by id: a client never names a file on the server."""
    name = name or settings.richtlinie
    if name not in available():
        raise ApiError(400, f"Richtlinie {name!r} ist nicht verfügbar; verfügbar: "
                            f"{', '.join(sorted(available()))}.")
    return load_guideline(name)


def _art(value: str | None, *, required: bool = False) -> str | None:
    if value in (None, "", "auto") and not required:
        return None
    if value not in DOCUMENT_TYPES:
        raise ApiError(400 if not required else 404,
                       f"Unbekannte Dokumentart {value!r}; erlaubt: "
                       f"{', '.join(DOCUMENT_TYPES)}.")
    return value


def _download(name: str, data: bytes, media: str) -> Response:
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "")
    return Response(data, media_type=media, headers={
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; "
                               f"filename*=UTF-8''{quote(name)}"})


MEDIA = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "pdf": "application/pdf"}


# --- the app ----------------------------------------------------------------------------------

def _office(settings: Settings):
    """The warm LibreOffice pool, or None (then each PDF starts its own LibreOffice)."""
    if not settings.warm_office:
        return None
    from kimdocs.web.warm import WarmOffice, uno_available

    try:
        return WarmOffice(settings.workers) if uno_available() else None
    except errors.ConversionError:  # no LibreOffice at all: PDF requests say so themselves
        return None


def create_app(settings: Settings | None = None) -> FastAPI:
    from contextlib import asynccontextmanager

    settings = settings or Settings()
    office = _office(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if office is not None:  # warm up in the background; the first PDF waits if needed
            threading.Thread(target=_warm_up, args=(office,), daemon=True).start()
        yield
        if office is not None:
            await run_in_threadpool(office.close)

    app = FastAPI(title="kimdocs", version=kimdocs.__version__, lifespan=lifespan,
                  description="Dokumente des Kommunalen Integrationsmanagements (KIM) "
                              "Rheinland-Pfalz erstellen und prüfen.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.gate = Gate(settings.workers, settings.queue)
    app.state.office = office
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")
    if settings.allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.add_middleware(Guard, settings=settings)  # added last: outermost

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return _error_response(exc, request.url.path.startswith("/api/"))

    @app.exception_handler(errors.KimdocsError)
    async def _kimdocs_error(request: Request, exc: errors.KimdocsError):
        status = {work.WrongType: 415, work.BadData: 422}.get(type(exc), 400)
        if isinstance(exc, errors.ConversionError):
            status = 503
        felder = getattr(exc, "felder", None)
        return _error_response(ApiError(status, str(exc), felder),
                               request.url.path.startswith("/api/"))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        text = {404: "Seite nicht gefunden.", 405: "Diese Methode ist hier nicht erlaubt."}
        return _error_response(ApiError(exc.status_code, text.get(exc.status_code, str(exc.detail))),
                               request.url.path.startswith("/api/"))

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def _param_error(request: Request, exc: RequestValidationError):
        felder = [(work.field_path(e["loc"]), e["msg"]) for e in exc.errors()]
        return _error_response(ApiError(422, "Ungültige Angabe in der Anfrage.", felder),
                               request.url.path.startswith("/api/"))

    _api(app, settings)
    _pages(app, settings)
    app.include_router(register_web.router)  # issue 22: the page "Übersicht"
    return app


def _warm_up(office) -> None:
    try:
        office.warm_up()
    except errors.ConversionError:
        pass  # the next PDF request starts it again and reports what goes wrong


def _api(app: FastAPI, settings: Settings) -> None:
    gate: Gate = app.state.gate
    office = app.state.office
    multipart_doc = {"requestBody": {"required": True, "content": {"multipart/form-data": {
        "schema": {"type": "object", "required": ["dateien"], "properties": {
            "dateien": {"type": "array", "items": {"type": "string", "format": "binary"},
                        "description": "PDF, DOCX oder ODT (Art am Inhalt erkannt)"},
            "art": {"type": "string", "enum": list(DOCUMENT_TYPES)},
            "eingang": {"type": "string", "description": "TT.MM.JJJJ oder JJJJ-MM-TT"},
            "bescheid": {"type": "string", "format": "binary"},
            "richtlinie": {"type": "string"}}}}}}}
    json_doc = {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"type": "object"}}}}}

    @app.post("/api/pruefen", tags=["api"], openapi_extra=multipart_doc,
              summary="Dokumente prüfen (Antwort wie „kimdocs pruefen --format json“)")
    async def api_pruefen(request: Request):
        reports = await _checked_uploads(gate, settings, request,
                                         "Keine Datei im Feld 'dateien'.", pages=False,
                                         strict=True)
        from kimdocs.report.formats import as_dict

        return JSONResponse(as_dict([g.bericht for g in reports]))  # as `pruefen --format json`

    @app.post("/api/berechnen", tags=["api"], openapi_extra=json_doc,
              summary="Zuwendung je Haushaltsjahr und Befunde eines Antrags (Antwort wie "
                      "„kimdocs berechnen --format json“)")
    async def api_berechnen(request: Request, richtlinie: str | None = None):
        async with _Admitted(gate):
            data = await read_json(request)
            r = _guideline(richtlinie, settings)
            # like the CLI: a Bescheid (art: bescheid) over its own Bewilligungszeitraum
            kind = "bescheid" if isinstance(data, dict) and data.get("art") == "bescheid" \
                else "antrag"
            doc = work.validated(kind, data)
            return await run_in_threadpool(gate.work, work.calculation, doc, r)

    @app.post("/api/erstellen/{art}", tags=["api"], openapi_extra=json_doc,
              summary="Dokument aus JSON-Daten erstellen (DOCX, PDF oder PDF/A)")
    async def api_erstellen(request: Request, art: str, format: str = "docx",
                            richtlinie: str | None = None):
        art = _art(art, required=True)
        if format not in FORMATS:
            raise ApiError(400, f"Unbekanntes Format {format!r}; erlaubt: {', '.join(FORMATS)}.")
        async with _Admitted(gate):
            data = await read_json(request)
            r = _guideline(richtlinie, settings)
            doc = work.validated(art, data)
            problem = await run_in_threadpool(register_web.book, settings, doc, r)  # issue 22
            if problem:
                raise ApiError(409, problem)

            def make():
                with work.scratch() as tmp:
                    return work.make_document(doc, r, format, tmp, office)

            name, content = await run_in_threadpool(gate.work, make)
        return _download(name, content, MEDIA["docx" if format == "docx" else "pdf"])

    @app.get("/api/regeln", tags=["api"], summary="Regelkatalog einer Richtlinie")
    async def api_regeln(richtlinie: str | None = None):
        from kimdocs.report.catalogue import rules_as_dict

        return rules_as_dict(_guideline(richtlinie, settings))

    @app.get("/api/status", tags=["api"], summary="Version, Richtlinien, LibreOffice bereit")
    async def api_status():
        from kimdocs.generate.libreoffice import find_soffice

        try:
            soffice = find_soffice()
        except errors.ConversionError:
            soffice = None
        return {"version": kimdocs.__version__,
                "richtlinien": {k: {"version": r.version, "stand": r.stand.isoformat(),
                                    "titel": r.titel} for k, r in _guidelines().items()},
                "standard_richtlinie": settings.richtlinie,
                "libreoffice": {"bereit": soffice is not None, "programm": soffice,
                                "warm": office is not None,
                                "instanzen": len(office.pids()) // 2 if office else 0},
                "grenzen": {"max_upload_mb": settings.max_upload_mb,
                            "gleichzeitig": settings.workers, "warteschlange": settings.queue}}

    @app.get("/api/schema/{art}", tags=["api"], summary="JSON Schema der Daten einer Dokumentart")
    async def api_schema(art: str):
        return json_schema(_art(art, required=True))

    @app.post("/api/daten/{art}", tags=["api"], summary="YAML/JSON-Datendatei als JSON lesen")
    async def api_daten(request: Request, art: str):
        art = _art(art, required=True)
        async with _Admitted(gate):
            form = await read_form(request)
            try:
                files = _files(form, "datei")
                if not files:
                    raise ApiError(400, "Keine Datei im Feld 'datei'.")
                if files[0].size and files[0].size > MAX_JSON_BYTES:
                    raise ApiError(413, f"Die Datendatei ist zu groß: höchstens "
                                        f"{MAX_JSON_BYTES // (1024 * 1024)} MB.")

                def load():
                    with work.scratch() as tmp:
                        return work.data_file(files[0].file, tmp, art)

                return await run_in_threadpool(gate.work, load)
            finally:
                await form.close()

    @app.post("/api/stapel", tags=["api"],
              summary="Bescheide aus einer CSV/XLSX-Tabelle (NDJSON: Fortschritt, dann Ergebnis)")
    async def api_stapel(request: Request):
        if not gate.try_enter():
            raise _busy()
        try:
            form = await read_form(request)
            tables = _files(form, "tabelle")
            if not tables:
                raise ApiError(400, "Keine Tabelle im Feld 'tabelle'.")
            fmt = _text(form, "format") or "docx"
            if fmt not in FORMATS:
                raise ApiError(400, f"Unbekanntes Format {fmt!r}.")
            r = _guideline(_text(form, "richtlinie"), settings)
        except BaseException:
            gate.leave()
            raise
        return StreamingResponse(_batch_stream(gate, form, tables[0], r, fmt),
                                 media_type="application/x-ndjson")

    @app.get("/api/docs", include_in_schema=False, response_class=HTMLResponse)
    async def api_docs():
        spec = app.openapi()
        ops = [(path, method.upper(), op.get("summary", ""))
               for path, item in spec["paths"].items() for method, op in item.items()]
        return TEMPLATES.get_template("api.html").render(titel="API", aktiv="api", ops=ops,
                                                         token=bool(settings.token))


async def _batch_stream(gate: Gate, form: FormData, table: UploadFile, r, fmt: str):
    """NDJSON lines: {"fortschritt": n, "von": m} while it runs, then the result."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()

    def progress(done: int, total: int) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, {"fortschritt": done, "von": total})

    def run():
        with work.scratch() as tmp:
            return work.batch(table.file, work.display_name(table.filename, "Tabelle"), tmp, r,
                              fmt, progress)

    future = loop.run_in_executor(None, gate.work, run)
    try:
        yield json.dumps({"fortschritt": 0, "von": None}) + "\n"
        while not future.done() or not queue.empty():
            try:
                item = await asyncio.wait_for(queue.get(), 0.2)
            except TimeoutError:
                continue
            yield json.dumps(item) + "\n"
        try:
            result = future.result()
        except errors.KimdocsError as exc:
            result = {"fehler": str(exc)}
        yield json.dumps({"ergebnis": result}, ensure_ascii=False) + "\n"
    finally:
        if not future.done():
            await asyncio.wait([future])  # the temp folder goes only when the work is done
        await form.close()
        gate.leave()


def _check(form: FormData, uploads: list[UploadFile], settings: Settings, *, pages: bool,
           strict: bool) -> list[work.Geprueft]:
    r = _guideline(_text(form, "richtlinie"), settings)
    art = _art(_text(form, "art"))
    eingang = work.parse_date(_text(form, "eingang"))
    bescheid = form.get("bescheid")
    with work.scratch() as tmp:
        bpath = (work.bescheid_upload(bescheid.file, tmp)
                 if isinstance(bescheid, UploadFile) and bescheid.filename else None)
        named = [(work.display_name(u.filename, f"Datei {i}"), u.file)
                 for i, u in enumerate(uploads, start=1)]
        results = work.check_uploads(named, tmp, r=r, art=art, eingang=eingang,
                                     bescheid=bpath, pages=pages, timeout=settings.timeout,
                                     strict_type=strict)
    register_web.record_uploads(settings, [g.bericht for g in results], eingang)  # issue 22
    return results


# --- pages ------------------------------------------------------------------------------------

async def _checked_uploads(gate: Gate, settings: Settings, request: Request, none_given: str,
                           *, pages: bool, strict: bool):
    """The uploads of the field 'dateien', checked inside the gate (API and page alike)."""
    async with _Admitted(gate):
        form = await read_form(request)
        try:
            uploads = _files(form, "dateien")
            if not uploads:
                raise ApiError(400, none_given)
            return await run_in_threadpool(gate.work, _check, form, uploads, settings,
                                           pages=pages, strict=strict)
        finally:
            await form.close()


def _pages(app: FastAPI, settings: Settings) -> None:
    gate: Gate = app.state.gate

    def page(name: str, **context) -> HTMLResponse:
        return HTMLResponse(TEMPLATES.get_template(name).render(
            arten=DOCUMENT_TITLES, richtlinien=sorted(available()),
            standard=settings.richtlinie, **context))

    @app.get("/", include_in_schema=False)
    async def start():
        return page("pruefen.html", titel="Entwurf prüfen", aktiv="pruefen", ergebnisse=None)

    @app.post("/pruefen", include_in_schema=False)
    async def pruefen(request: Request):
        from kimdocs.report.formats import as_html, as_json

        results = await _checked_uploads(gate, settings, request,
                                         "Bitte mindestens eine Datei auswählen.", pages=True,
                                         strict=False)
        reports = [g.bericht for g in results]
        return page("pruefen.html", titel="Prüfergebnis", aktiv="pruefen",
                    ergebnisse=[_view(g) for g in results],
                    bericht_html=_b64(as_html(reports)), bericht_json=_b64(as_json(reports)))

    @app.get("/erstellen", include_in_schema=False)
    async def erstellen(art: str = "antrag"):
        return page("erstellen.html", titel="Dokument erstellen", aktiv="erstellen",
                    art=_art(art, required=True))

    @app.get("/stapel", include_in_schema=False)
    async def stapel():
        return page("stapel.html", titel="Bescheide im Stapel", aktiv="stapel")

    @app.get("/regeln", include_in_schema=False)
    async def regeln(richtlinie: str | None = None):
        from kimdocs.findings import SEVERITY_TEXT
        from kimdocs.report.catalogue import KIND_TEXT

        r = _guideline(richtlinie, settings)
        return page("regeln.html", titel="Regeln", aktiv="regeln", r=r, gewaehlt=r.id,
                    schwere=SEVERITY_TEXT, arttext=KIND_TEXT)

    @app.get("/anmelden", include_in_schema=False)
    async def anmelden_form():
        return page("anmelden.html", titel="Anmelden", aktiv="", falsch=False)

    @app.post("/anmelden", include_in_schema=False)
    async def anmelden(request: Request):
        body = (await request.body())[:4096].decode("utf-8", "replace")
        from urllib.parse import parse_qs

        given = parse_qs(body).get("token", [""])[0]
        if not settings.token or not hmac.compare_digest(given.encode(), settings.token.encode()):
            response = page("anmelden.html", titel="Anmelden", aktiv="", falsch=True)
            response.status_code = 401
            return response
        response = Response(status_code=303, headers={"Location": "/"})
        response.set_cookie(TOKEN_COOKIE, given, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")
        return response


def _b64(text: str) -> str:
    import base64

    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _view(g: work.Geprueft) -> dict:
    """What the result page shows of one report: Fehler first, page images with marks."""
    from kimdocs.check import VERDICT_TEXT
    from kimdocs.findings import SEVERITY_TEXT, STATUS_TEXT
    from kimdocs.report.formats import ordered

    r = g.bericht
    befunde = [{**b.to_dict(), "schwere_text": SEVERITY_TEXT[b.schwere],
                "status_text": STATUS_TEXT[b.status]}
               for b in ordered(r.ergebnisse)]
    offen = [b for b in befunde if b["status"] != "erfuellt"]
    for nr, b in enumerate(offen, start=1):
        b["nr"] = nr
    return {"datei": r.datei, "art": DOCUMENT_TITLES.get(r.art or "", "unbekannt"),
            "erkannt": r.art_erkannt, "urteil": r.urteil, "urteil_text": VERDICT_TEXT[r.urteil],
            "fehler": r.fehler, "offen": offen,
            "erfuellt": [b for b in befunde if b["status"] == "erfuellt"], "seiten": g.seiten,
            "id": secrets.token_hex(4), **_marked(g)}


_MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "odt": "application/vnd.oasis.opendocument.text", "pdf": "application/pdf"}


def _marked(g: work.Geprueft) -> dict:
    """The download of the marked draft (a data: URL, so nothing stays on the server)."""
    if g.markiert is None or g.format not in _MIME:
        return {}
    import base64

    from kimdocs.annotate import annotated_name

    return {"markiert_name": annotated_name(f"{Path(g.bericht.datei).stem}.{g.format}"),
            "markiert_url": f"data:{_MIME[g.format]};base64,"
                            f"{base64.b64encode(g.markiert).decode('ascii')}"}


def static_path() -> Path:
    return Path(str(_HERE / "static"))
