"""`kimdocs web`: the pages for people and the HTTP API under /api/v1 (FastAPI on uvicorn).

FastAPI because it gives the API its OpenAPI description from the code (served at
/api/openapi.json, described offline at /api/docs) and runs on Starlette, whose multipart
parser streams uploads to spooled temporary files; we only add a per-file byte limit to it.

Safety, in order of a request: the Guard (kimdocs.web.guard, ASGI middleware) adds the
security headers, checks the token (if one is set) and refuses cross-site posts and oversized
bodies before a byte is parsed; the Gate (kimdocs.web.common) admits at most `workers + queue`
requests (503 with Retry-After beyond that) and lets `workers` of them work at once; the work
itself (kimdocs.web.work) runs in a thread, reads every document in the sandboxed child and
keeps files only in a temporary folder that is removed when the response is done. Results a
clerk downloads afterwards stay in memory for a few minutes at most (kimdocs.web.downloads).

The routes: kimdocs.web.api (one router, under /api/v1 and its old paths /api) and
kimdocs.web.pages. A further page comes as its own APIRouter, included in create_app.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from kimdocs import errors
from kimdocs.register import web as register_web
from kimdocs.register.fehler import NoRegister, RegisterError
from kimdocs.version import __version__
from kimdocs.web import api, fortschritt, pages, work
from kimdocs.web.common import HERE, ApiError, Gate, Settings, error_response
from kimdocs.web.downloads import Downloads
from kimdocs.web.guard import Guard
from kimdocs.web.warm import WarmOffice, uno_available

__all__ = ["Settings", "create_app"]

API_PREFIX = "/api/v1"


def _office(settings: Settings):
    """The warm LibreOffice pool, or None (then each PDF starts its own LibreOffice)."""
    if not settings.warm_office:
        return None
    try:
        return WarmOffice(settings.workers) if uno_available() else None
    except errors.ConversionError:  # no LibreOffice at all: PDF requests say so themselves
        return None


def _status_of(exc: errors.KimdocsError) -> int:
    if isinstance(exc, errors.WrongTypeError):
        return 415
    if isinstance(exc, work.BadData):
        return 422
    if isinstance(exc, NoRegister):
        return 404
    if isinstance(exc, errors.ConversionError | RegisterError):
        return 503
    return 400


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    office = _office(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if office is not None:  # warm up in the background; the first PDF waits if needed
            threading.Thread(target=_warm_up, args=(office,), daemon=True).start()
        yield
        if office is not None:
            await run_in_threadpool(office.close)

    app = FastAPI(title="kimdocs", version=__version__, lifespan=lifespan,
                  description="Dokumente des Kommunalen Integrationsmanagements (KIM) "
                              "Rheinland-Pfalz erstellen und prüfen. Pfade unter /api/v1; "
                              "die alten Pfade unter /api gelten weiter. Jede Fehlerantwort "
                              "trägt einen festen `code` und eine deutsche `meldung`.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.openapi = lambda: api.openapi_with_components(app)  # type: ignore[method-assign]
    app.state.settings = settings
    app.state.gate = Gate(settings.workers, settings.queue)
    app.state.office = office
    app.state.downloads = Downloads()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    if settings.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.add_middleware(Guard, settings=settings)  # added last: outermost

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc, is_api(request))

    @app.exception_handler(errors.KimdocsError)
    async def _kimdocs_error(request: Request, exc: errors.KimdocsError):
        return error_response(ApiError(_status_of(exc), exc.code, str(exc),
                                        getattr(exc, "felder", None)), is_api(request))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        known = {404: ("nicht_gefunden", "Seite nicht gefunden."),
                 405: ("methode_nicht_erlaubt", "Diese Methode ist hier nicht erlaubt.")}
        code, text = known.get(exc.status_code, ("anfrage_ungueltig", str(exc.detail)))
        return error_response(ApiError(exc.status_code, code, text), is_api(request))

    @app.exception_handler(RequestValidationError)
    async def _param_error(request: Request, exc: RequestValidationError):
        felder = [(work.field_path(e["loc"]), e["msg"]) for e in exc.errors()]
        return error_response(ApiError(422, "anfrage_ungueltig",
                                       "Ungültige Angabe in der Anfrage.", felder),
                              is_api(request))

    app.include_router(api.router, prefix=API_PREFIX)
    app.include_router(api.router, prefix="/api", include_in_schema=False)  # the old paths

    @app.get("/api/docs", include_in_schema=False)
    async def api_docs():
        return api.docs_page(app, settings)

    app.include_router(pages.router)
    app.include_router(fortschritt.router)  # the check page's OCR progress (NDJSON)
    # issue 22: the page "Übersicht" and its export (its JSON is /api/v1/uebersicht)
    app.include_router(register_web.router, include_in_schema=False)
    return app


def _warm_up(office) -> None:
    try:
        office.warm_up()
    except errors.ConversionError:
        pass  # the next PDF request starts it again and reports what goes wrong

