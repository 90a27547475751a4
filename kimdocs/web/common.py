"""What the pages, the API and the guard share: the settings, the error answer with its stable
`code`, admission (Gate), reading uploads with a byte limit, the templates, and the small
helpers that turn a client's choice (guideline, document type, format) into a checked value."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from kimdocs import errors
from kimdocs.guideline import DEFAULT_GUIDELINE, available
from kimdocs.limits import DEFAULT_LIMITS, Limits
from kimdocs.model import DOCUMENT_TYPES
from kimdocs.rules import load_guideline
from kimdocs.web import work

MAX_FILES = 20  # per request
MAX_JSON_BYTES = 2 * 1024 * 1024
RETRY_AFTER_S = 5
FORMATS = ("docx", "pdf", "pdfa")
MEDIA = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "odt": "application/vnd.oasis.opendocument.text", "pdf": "application/pdf"}


@dataclass
class Settings:
    token: str | None = None
    max_upload_mb: float = 20
    workers: int = 2  # requests working at once
    queue: int = 8  # requests waiting for a worker; beyond that: 503
    # time, memory, pages, paragraphs for reading one document: one object, passed unchanged
    limits: Limits = DEFAULT_LIMITS
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


# --- errors -----------------------------------------------------------------------------------

# Every code an error answer of the web can carry (besides those of kimdocs.errors), and what
# it means; listed in the OpenAPI description. A code is never reused for another meaning.
CODES = {
    "daten_ungueltig": "Daten passen nicht zum Modell oder sind kein gültiges YAML/JSON",
    "datei_unlesbar": "ein Dokument kann nicht gelesen werden",
    "falscher_dateityp": "die Datei ist nicht die erwartete Art (z. B. keine Tabelle)",
    "zu_gross": "Datei oder Anfrage über der Grenze",
    "ausgelastet": "alle Plätze belegt; nach Retry-After Sekunden erneut versuchen",
    "nicht_angemeldet": "Zugangsschlüssel fehlt oder ist falsch",
    "fremde_seite": "Anfrage von einer fremden Seite (Cross-Site) abgelehnt",
    "nicht_gefunden": "Seite, Dokumentart oder Download gibt es nicht (mehr)",
    "methode_nicht_erlaubt": "HTTP-Methode hier nicht erlaubt",
    "anfrage_ungueltig": "Formular oder Parameter der Anfrage ungültig",
    "keine_datei": "das Feld mit der Datei ist leer",
    "richtlinie_unbekannt": "Richtlinie ist nicht mitgeliefert",
    "budget_erschoepft": "das Programmbudget des Haushaltsjahres reicht nicht (KIM-114, Register)",
    "auswahl_unbekannt": "Dokumentart oder Format unbekannt",
    "kein_register": "kein Register eingerichtet (kimdocs web --register)",
    "register_fehler": "das Register ist nicht erreichbar oder nicht lesbar",
    "umwandlung_fehlgeschlagen": "LibreOffice fehlt oder die PDF-Umwandlung scheiterte",
    "erstellen_fehlgeschlagen": "das Dokument konnte nicht erzeugt werden",
    "richtlinie_fehlerhaft": "die Richtliniendatei ist fehlerhaft",
    "aufruf_ungueltig": "falscher Aufruf",
    "fehler": "sonstiger Fehler",
}


class ApiError(Exception):
    """An answer other than 200: a stable `code`, a German message, the fields it concerns."""

    def __init__(self, status: int, code: str, message: str,
                 felder: list[tuple[str, str]] | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.felder, self.headers = felder, headers

    def body(self) -> dict:
        out: dict[str, Any] = {"code": self.code, "meldung": self.message}
        if self.felder:
            out["felder"] = [{"pfad": p, "meldung": m} for p, m in self.felder]
        return out


# The body of every error answer (documented for every status in OpenAPI).
ERROR_SCHEMA = {
    "type": "object", "required": ["code", "meldung"], "additionalProperties": False,
    "properties": {
        "code": {"type": "string", "enum": sorted(CODES),
                 "description": "; ".join(f"{k}: {v}" for k, v in CODES.items())},
        "meldung": {"type": "string", "description": "deutscher Text für Menschen"},
        "felder": {"type": "array", "items": {
            "type": "object", "required": ["pfad", "meldung"], "additionalProperties": False,
            "properties": {"pfad": {"type": "string"}, "meldung": {"type": "string"}}}}}}


def busy() -> ApiError:
    return ApiError(503, "ausgelastet", "Der Server ist ausgelastet. Bitte in einigen Sekunden "
                    "erneut versuchen.", headers={"Retry-After": str(RETRY_AFTER_S)})


def too_large(limit_mb: float) -> ApiError:
    shown = f"{limit_mb:g}".replace(".", ",")
    return ApiError(413, "zu_gross", f"Die Datei ist zu groß: höchstens {shown} MB je Datei.")


def error_response(exc: ApiError, is_api: bool, extra: dict[str, str] | None = None):
    hdrs = {**(exc.headers or {}), **(extra or {})}
    if is_api:
        return JSONResponse(exc.body(), status_code=exc.status, headers=hdrs)
    html = TEMPLATES.get_template("fehler.html").render(
        titel="Fehler", aktiv="", meldung=exc.message, felder=exc.felder or [])
    return HTMLResponse(html, status_code=exc.status, headers=hdrs)


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


class Admitted:
    def __init__(self, gate: Gate):
        self.gate = gate

    async def __aenter__(self):
        if not self.gate.try_enter():
            raise busy()
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
        raise ApiError(415, "falscher_dateityp", "Bitte die Dateien als multipart/form-data "
                                                 "senden.")
    parser = _LimitedParser(request.headers, request.stream(), max_files=MAX_FILES,
                            max_fields=50, max_file_bytes=settings.max_upload_bytes)
    try:
        return await parser.parse()
    except _TooLarge:
        raise too_large(settings.max_upload_mb) from None
    except MultiPartException as exc:
        raise ApiError(400, "anfrage_ungueltig",
                       f"Die Anfrage ist kein gültiges Formular ({exc.message}).") from None


def files(form: FormData, name: str) -> list[UploadFile]:
    """The uploads of a field; a file chosen with an empty name still counts (it is shown as
    „Datei n“), only an empty file field of a form without a choice does not."""
    return [f for f in form.getlist(name) if isinstance(f, UploadFile)
            and (f.filename or (f.size or 0) > 0)]


def text(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return (value.strip() or None) if isinstance(value, str) else None


async def read_json(request: Request) -> Any:
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_JSON_BYTES:
            raise ApiError(413, "zu_gross", f"Die Daten sind zu groß: höchstens "
                                            f"{MAX_JSON_BYTES // (1024 * 1024)} MB.")
    return work.parse_json(bytes(body))


# --- choices ----------------------------------------------------------------------------------

HERE = resources.files("kimdocs.web")
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
    undefined=jinja2.StrictUndefined)


def guidelines() -> dict[str, Any]:
    return {name: load_guideline(name) for name in sorted(available())}


def guideline(name: str | None, settings: Settings):
    """Only shipped guidelines by id (any case): a client never names a file on the server."""
    name = (name or settings.richtlinie).strip()
    known = {k.lower(): k for k in available()}
    if name.lower() not in known:
        raise ApiError(400, "richtlinie_unbekannt",
                       f"Richtlinie {name!r} ist nicht verfügbar; verfügbar: "
                       f"{', '.join(sorted(available()))}.")
    return load_guideline(known[name.lower()])


def choose_art(value: str | None, *, required: bool = False) -> str | None:
    """A document type, case-insensitive; 'auto' or nothing: recognise it (unless required)."""
    value = (value or "").strip().lower()
    if value in ("", "auto") and not required:
        return None
    if value not in DOCUMENT_TYPES:
        raise ApiError(400 if not required else 404, "auswahl_unbekannt" if not required
                       else "nicht_gefunden",
                       f"Unbekannte Dokumentart {value!r}; erlaubt: "
                       f"{', '.join(DOCUMENT_TYPES)}.")
    return value


def output_format(value: str | None) -> str:
    value = (value or "docx").strip().lower()
    if value not in FORMATS:
        raise ApiError(400, "auswahl_unbekannt",
                       f"Unbekanntes Format {value!r}; erlaubt: {', '.join(FORMATS)}.")
    return value


def download(name: str, data: bytes, media: str) -> Response:
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "")
    return Response(data, media_type=media, headers={
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; "
                               f"filename*=UTF-8''{quote(name)}"})


# --- progress as NDJSON -----------------------------------------------------------------------

async def progress_lines(gate: Gate, form: FormData, run: Callable[[Callable[[dict], None]], Any],
                         end: Callable[[Any], dict], first: dict | None = None,
                         failed: Callable[[dict], dict] = lambda e: e) -> AsyncIterator[str]:
    """NDJSON while `run(report)` works inside the gate (the batch's notices, a scan's pages):
    `first`, then each item `run` reports, then `end(its result)` – or `failed({"code",
    "meldung"})` when it fails. The admission taken by the route is left, and the form closed, only when
    the work is done (the uploads and temp folder stay until then)."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()

    def report(item: dict) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, item)

    future = loop.run_in_executor(None, gate.work, lambda: run(report))
    try:
        if first is not None:
            yield json.dumps(first) + "\n"
        while not future.done() or not queue.empty():
            try:
                item = await asyncio.wait_for(queue.get(), 0.2)
            except TimeoutError:
                continue
            yield json.dumps(item, ensure_ascii=False) + "\n"
        try:
            last = end(future.result())
        except ApiError as exc:
            last = failed({"code": exc.code, "meldung": exc.message})
        except errors.KimdocsError as exc:
            last = failed({"code": exc.code, "meldung": str(exc)})
        yield json.dumps(last, ensure_ascii=False) + "\n"
    finally:
        if not future.done():
            await asyncio.wait([future])
        await form.close()
        gate.leave()
