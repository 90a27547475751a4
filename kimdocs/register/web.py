"""The page "Übersicht" of `kimdocs web` (an APIRouter the app includes): one row per Kommune
with the state of each document, the amounts, filters, links to the findings, and the budget
per Haushaltsjahr as an inline SVG chart (no script: the app's CSP allows none inline). Also
`GET /api/uebersicht` (JSON) and `/uebersicht.xlsx`. The app's Guard protects all of it with
the token like every other page.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from kimdocs.errors import KimdocsError
from kimdocs.formatting import format_date, format_decimal, format_eur
from kimdocs.register import overview as ov
from kimdocs.register.commands import parse_date
from kimdocs.register.fehler import NoRegister
from kimdocs.register.hooks import ENV, book_all, book_bescheid, cached, record_reports
from kimdocs.register.models import Dokument

router = APIRouter()
_TEMPLATES = jinja2.Environment(
    loader=jinja2.ChoiceLoader([
        jinja2.FileSystemLoader(str(resources.files("kimdocs.register") / "templates")),
        jinja2.FileSystemLoader(str(resources.files("kimdocs.web") / "templates"))]),
    autoescape=True, undefined=jinja2.StrictUndefined)
_TEMPLATES.filters.update(eur=format_eur, datum=lambda d: format_date(d) if d else "–")
_CSS = (resources.files("kimdocs.register") / "static" / "uebersicht.css").read_bytes()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STATUS_KLASSE = {"überfällig": "rot", "Mängel": "rot", "nicht prüfbar": "gelb", "fällig": "gelb",
                 "eingegangen": "grau", "bewilligt": "blau", "geprüft": "gruen", "offen": "grau"}


def _url(request: Request) -> str | None:
    return _configured(request.app.state.settings)


def _stichtag(value: str | None) -> date:
    try:
        return parse_date(value or None) or date.today()  # "today" only at this edge
    except Exception:  # click.BadParameter: a wrong date in the address is no 500
        return date.today()


def chart(budget: list[dict]) -> list[dict]:
    """Bars of the SVG: per Haushaltsjahr committed against available, in per mille of the
    width (the numbers are written beside, so nobody has to read the bar)."""
    out = []
    for b in budget:
        total = b["budget"]
        gebunden = b["gebunden"]
        anteil = (gebunden / total) if total else Decimal(0)
        out.append({"jahr": b["jahr"], "budget": total, "gebunden": gebunden,
                    "verbleibend": b["verbleibend"],
                    "breite": int(min(anteil, Decimal(1)) * 1000),
                    "ueber": total is not None and gebunden > total,
                    "prozent": format_decimal((anteil * 100).quantize(Decimal("0.1")))})
    return out


def _page(name: str, **context) -> HTMLResponse:
    return HTMLResponse(_TEMPLATES.get_template(name).render(**context))


@router.get("/uebersicht/stil.css", include_in_schema=False)
async def stil() -> Response:
    return Response(_CSS, media_type="text/css")


@router.get("/uebersicht", include_in_schema=False)
async def seite(request: Request, stichtag: str | None = None, zustand: str | None = None,
                suche: str | None = None) -> HTMLResponse:
    url = _url(request)
    tag = _stichtag(stichtag)
    zustand = zustand if zustand in ov.ZUSTAENDE else None
    context = {"titel": "Übersicht", "aktiv": "uebersicht", "stichtag": tag,
               "stichtag_iso": tag.isoformat(), "zustand": zustand or "", "suche": suche or "",
               "zustaende": ov.ZUSTAENDE, "klasse": STATUS_KLASSE, "art_text": ov.ART_TEXT,
               "pflicht_text": ov.pflicht_text, "fehler": None, "u": None, "zeilen": [],
               "balken": [], "jahre": []}
    if not url:
        context["fehler"] = ("Kein Register eingerichtet: kimdocs web --register DATEI|URL, "
                             f"`register = …` in kimdocs.toml oder {ENV}.")
        return _page("uebersicht.html", **context)
    try:
        u = await run_in_threadpool(lambda: ov.overview(cached(url), tag))
    except KimdocsError as exc:
        context["fehler"] = exc.message
        return _page("uebersicht.html", **context)
    zeilen = ov.filter_rows(u.zeilen, zustand=zustand, suche=suche)
    context.update(u=u, zeilen=zeilen, balken=chart(u.budget),
                   jahre=[b["jahr"] for b in u.budget],
                   faellig=[p for p in u.faellige()
                            if not suche or p["kommune"] in {z["kommune"] for z in zeilen}],
                   query=f"stichtag={tag.isoformat()}")
    return _page("uebersicht.html", **context)


@router.get("/uebersicht.xlsx", include_in_schema=False)
async def xlsx(request: Request, stichtag: str | None = None) -> Response:
    url = _required(request)
    tag = _stichtag(stichtag)
    data = await run_in_threadpool(lambda: ov.as_xlsx(ov.overview(cached(url), tag)))
    name = f"Uebersicht_{tag.isoformat()}.xlsx"
    return Response(data, media_type=XLSX, headers={
        "Content-Disposition": f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(name)}"})


async def overview_data(request: Request, stichtag: str | None = None) -> dict:
    """The overview as JSON (like `kimdocs uebersicht --format json`); the API serves it at
    /api/v1/uebersicht. Errors are raised (NoRegister, RegisterError): the app answers them in
    the one error shape with their code."""
    url = _required(request)
    u = await run_in_threadpool(lambda: ov.overview(cached(url), _stichtag(stichtag)))
    return u.to_dict()


def _required(request: Request) -> str:
    url = _url(request)
    if not url:
        raise NoRegister("Kein Register eingerichtet: kimdocs web --register DATEI|URL oder "
                         "register = … in kimdocs.toml.")
    return url


@router.get("/uebersicht/dokument/{dokument_id}", include_in_schema=False)
async def dokument(request: Request, dokument_id: int) -> HTMLResponse:
    """The findings of one recorded document (the overview links here)."""
    url = _url(request)

    def load():
        with cached(url).lesen() as s:
            d = s.get(Dokument, dokument_id)
            return None if d is None else {
                "art": d.art, "datei": d.dateiname, "urteil": d.urteil,
                "eingang": d.eingang, "datum": d.datum, "sha256": d.sha256,
                "befunde": list(d.befunde or []), "ersetzt": d.ersetzt_durch_id}

    d = await run_in_threadpool(load) if url else None
    if d is None:
        response = _page("fehler.html", titel="Fehler", aktiv="uebersicht",
                         meldung="Dokument nicht im Register.", felder=[])
        response.status_code = 404
        return response
    return _page("dokument.html", titel="Befunde", aktiv="uebersicht", d=d)


# --- recording from the other pages and the API (one call each from kimdocs/web/app.py) ------

def _configured(settings) -> str | None:
    return getattr(settings, "register", None) or os.environ.get(ENV) or None


def record_uploads(settings, reports: list, eingang: date | None) -> None:
    """`POST /pruefen` and `/api/pruefen`: each checked upload into the register."""
    url = _configured(settings)
    if url and reports:
        record_reports(url, reports, eingang=eingang, wer="kimdocs web")


def batch_approver(settings, r) -> tuple[Any, list[str]]:
    """`POST /api/stapel` with a register: the last gate of the batch (as `kimdocs erstellen
    --tabelle --register`) books each Bescheid against the budget, one at a time; a refused
    one is not made. Returns the gate (None without a register) and the list its German
    lines go into."""
    url = _configured(settings)
    lines: list[str] = []
    if not url:
        return None, lines

    def approve(auftraege: list) -> list:
        keep, out = book_all(url, auftraege, r, wer="kimdocs web")
        lines.extend(out)
        return keep
    return approve, lines


def book(settings, doc, r) -> str | None:
    """`POST /api/erstellen/bescheid`: book the Bescheid against the budget before it is made.
    None: booked (or no register); else the KIM-114 finding, and nothing is booked."""
    url = _configured(settings)
    if not url or getattr(doc, "art", None) != "bescheid":
        return None
    buchung = book_bescheid(url, doc, r, wer="kimdocs web")
    if buchung.eingetragen:
        return None
    return f"{buchung.befund['code']}: {buchung.befund['meldung']}"
