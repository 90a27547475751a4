"""The pages for people: check drafts (verdict first), make documents, batches, the rules, the
login, and the downloads a check leaves for a few minutes (kimdocs.web.downloads)."""

from __future__ import annotations

import functools
import hmac
import re
from pathlib import Path
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kimdocs.annotate import annotated_name
from kimdocs.check import VERDICT_TEXT
from kimdocs.findings import SEVERITY_TEXT, STATUS_TEXT
from kimdocs.formatting import format_date, format_eur, format_vzae
from kimdocs.generate.table_fields import columns
from kimdocs.guideline import available
from kimdocs.model import DOCUMENT_TITLES
from kimdocs.report.catalogue import KIND_TEXT
from kimdocs.report.formats import as_html, as_json, ordered
from kimdocs.rules import load_guideline
from kimdocs.web import work
from kimdocs.web.api import checked_uploads
from kimdocs.web.common import MEDIA, TEMPLATES, ApiError, choose_art, download, guideline
from kimdocs.web.downloads import Downloads
from kimdocs.web.guard import TOKEN_COOKIE

router = APIRouter(include_in_schema=False)


def page(request: Request, name: str, **context) -> HTMLResponse:
    settings = request.app.state.settings
    return HTMLResponse(TEMPLATES.get_template(name).render(
        arten=DOCUMENT_TITLES, richtlinien=guideline_names(),
        standard=settings.richtlinie, anzahl=count, **context))


@functools.cache
def guideline_names() -> dict[str, str]:
    """Each shipped guideline by id, as a clerk names it: „Kommunales Integrationsmanagement
    Rheinland-Pfalz (KIM), Stand 11.08.2025“ (the id stays the value a form sends)."""
    names = {}
    for rid in sorted(available()):
        r = load_guideline(rid)
        names[rid] = f"{r.titel}, Stand {format_date(r.stand)}"
    return names


def count(n: int, one: str, many: str) -> str:
    """„1 Regel“, „2 Regeln“."""
    return f"{n} {one if n == 1 else many}"


@router.get("/")
async def start(request: Request):
    return page(request, "pruefen.html", titel="Entwurf prüfen", aktiv="pruefen",
                ergebnisse=None)


@router.get("/pruefen")
async def pruefen_reload():
    """A reload or bookmark of the result page: back to the start page (303, no 405)."""
    return RedirectResponse("/", status_code=303)


@router.post("/pruefen")
async def pruefen(request: Request):
    results, skipped = await checked_uploads(request, "Bitte mindestens eine Datei auswählen.",
                                             pages=True)
    return result_page(request, results, skipped)


def result_page(request: Request, results: list[work.Geprueft],
                skipped: list[tuple[str, str]]) -> HTMLResponse:
    """The page with the reports of a check (also the end of kimdocs.web.fortschritt)."""
    held: Downloads = request.app.state.downloads
    reports = [g.bericht for g in results]
    titles = _titles(reports)
    berichte = {
        "html": held.put("pruefbericht.html", "text/html; charset=utf-8",
                         as_html(reports, skipped=skipped).encode("utf-8")),
        "json": held.put("pruefbericht.json", "application/json",
                         as_json(reports, skipped=skipped).encode("utf-8"))}
    return page(request, "pruefen.html", titel="Prüfergebnis", aktiv="pruefen",
                ergebnisse=[_view(g, held, titles) for g in results],
                uebersprungen=[{"datei": n, "grund": why, "was_jetzt": remedy(why)}
                               for n, why in skipped],
                zusammenfassung=summary(reports, len(skipped)), berichte=berichte)


@router.get("/download/{key}")
async def fetch(request: Request, key: str):
    """A file a check left: once, within a few minutes (see kimdocs.web.downloads)."""
    held = request.app.state.downloads.take(key) if re.fullmatch(r"[0-9a-f]{32}", key) \
        else None
    if held is None:
        raise ApiError(404, "nicht_gefunden", "Dieser Download ist nicht mehr verfügbar: "
                       "Dateien werden nach dem Herunterladen oder nach 10 Minuten gelöscht. "
                       "Bitte die Datei erneut prüfen.")
    return download(held.name, held.data, held.media)


@router.get("/erstellen")
async def erstellen(request: Request, art: str = "antrag"):
    return page(request, "erstellen.html", titel="Dokument erstellen", aktiv="erstellen",
                art=choose_art(art, required=True))


@router.get("/stapel")
async def stapel(request: Request):
    return page(request, "stapel.html", titel="Bescheide im Stapel", aktiv="stapel")


@router.get("/stapel/spalten/{name}")
async def stapel_spalten(name: str):
    """The header row of a table for a document type other than the Bescheid (its sample is
    /static/beispiel-stapel.csv): the field paths, ';'-separated, UTF-8 with BOM for Excel."""
    kind = choose_art(name.removesuffix(".csv"), required=True)
    header = ";".join(columns(kind)) + "\r\n"
    return download(f"spalten-{kind}.csv", ("\ufeff" + header).encode("utf-8"),
                    "text/csv; charset=utf-8")


@router.get("/regeln")
async def regeln(request: Request, richtlinie: str | None = None):
    r = guideline(richtlinie, request.app.state.settings)
    return page(request, "regeln.html", titel="Regeln", aktiv="regeln", r=r, gewaehlt=r.id,
                schwere=SEVERITY_TEXT, arttext=KIND_TEXT)


@router.get("/anmelden")
async def anmelden_form(request: Request):
    return page(request, "anmelden.html", titel="Anmelden", aktiv="", falsch=False)


@router.post("/anmelden")
async def anmelden(request: Request):
    settings = request.app.state.settings
    body = (await request.body())[:4096].decode("utf-8", "replace")
    given = parse_qs(body).get("token", [""])[0]
    if not settings.token or not hmac.compare_digest(given.encode(), settings.token.encode()):
        response = page(request, "anmelden.html", titel="Anmelden", aktiv="", falsch=True)
        response.status_code = 401
        return response
    response = Response(status_code=303, headers={"Location": "/"})
    response.set_cookie(TOKEN_COOKIE, given, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


# --- the result of a check --------------------------------------------------------------------

def summary(reports, skipped: int) -> str:
    """„2 Dateien geprüft: 1 einreichungsfähig, 1 mit Mängeln“ (and what was skipped)."""
    parts = []
    for urteil, text in (("einreichungsfaehig", "einreichungsfähig"),
                         ("maengel", "mit Mängeln"), ("nicht_pruefbar", "nicht prüfbar")):
        n = sum(r.urteil == urteil for r in reports)
        if n:
            parts.append(f"{n} {text}")
    out = count(len(reports), "Datei", "Dateien") + " geprüft"
    if len(reports) == 1 and parts:
        out = "1 Datei geprüft: " + parts[0].split(" ", 1)[1]
    elif parts:
        out += ": " + ", ".join(parts)
    if skipped:
        out += f"; {count(skipped, 'Datei', 'Dateien')} nicht lesbar"
    return out + "."


# What a clerk can do when a file could not be read, by a word of the reason.
_REMEDIES = [  # the first that fits; an old .doc's reason also names password protection
    (re.compile(r"\.doc\b|alten Office", re.I),
     ("Die Datei in Word mit „Speichern unter“ als Word-Dokument (.docx) speichern; ist sie "
     "mit Passwort geschützt, ohne Passwort speichern.")),
    (re.compile(r"passwort|verschlüssel", re.I),
     ("Die Datei ohne Passwortschutz speichern (im Programm „Schutz entfernen“) und erneut "
     "hochladen.")),
    (re.compile(r"bild\b.*beschädigt", re.I),  # a broken photo: no text to recognise
     ("Das Bild neu scannen oder speichern – besser das Original als PDF, DOCX oder ODT "
      "hochladen.")),
    (re.compile(r"textebene|gescannt|scan|kein(en)? text|bild", re.I),
     ("Das Dokument enthält keinen lesbaren Text (Scan): bitte das Original aus Word/Writer "
     "hochladen oder den Scan mit Texterkennung (OCR) als PDF speichern.")),
    (re.compile(r"Dokumentart nicht erkannt", re.I),
     ("Die Dokumentart im Formular wählen und erneut prüfen; enthält die Datei keinen Text, "
     "die richtige Datei wählen.")),
    (re.compile(r"leer", re.I), "Die richtige Datei wählen: diese enthält nichts."),
    (re.compile(r"beschädigt|defekt", re.I),
     "Die Datei im Programm öffnen und neu speichern oder als PDF exportieren."),
]


def remedy(reason: str | None) -> str:
    for pattern, text in _REMEDIES:
        if reason and pattern.search(reason):
            return text
    return "Als PDF (mit Text), Word (DOCX) oder OpenDocument (ODT) speichern und erneut prüfen."


def next_step(urteil: str, offen: list[dict], fehler: str | None) -> str:
    """„Was jetzt?“ in one line."""
    if urteil == "einreichungsfaehig":
        # the notes below are named only where there are some
        return ("Der Entwurf kann eingereicht werden. Die Hinweise unten bitte trotzdem "
                "ansehen." if offen else "Der Entwurf kann eingereicht werden.")
    if urteil == "maengel":
        n = sum(b["status"] == "verletzt" and b["schwere"] == "fehler" for b in offen)
        return (f"{count(n, 'Mangel', 'Mängel')} beheben (die markierte Kopie zeigt, wo), "
                f"dann die Datei erneut prüfen.")
    if fehler:
        return remedy(fehler)
    return ("Die als „nicht prüfbar“ genannten Punkte von Hand prüfen; das ist kein Urteil "
            "„in Ordnung“.")


def _vzae(value) -> str:
    """`1,2` for a hint that names the unit once ("von 1,2 auf höchstens 1,0 VZÄ")."""
    return format_vzae(value).removesuffix("\xa0VZÄ")


def _hint(w: dict) -> str | None:
    """The fix for one item of a broken rule, from the finding's own figures (Befund.werte),
    never read back out of its message."""
    art = w.get("art")
    if art == "hoechstbetrag":
        jahr = f" {w['jahr']}" if w.get("jahr") else ""
        return (f"{w['posten']}{jahr} von {format_eur(w['ist'])} auf höchstens "
                f"{format_eur(w['grenze'])} senken.")
    if art == "vzae_summe":
        return (f"Die Stellenanteile zusammen von {_vzae(w['ist'])} auf höchstens "
                f"{format_vzae(w['grenze'])} senken.")
    if art == "vzae_mindest":
        return (f"Den Stellenanteil von {w['wer']} von {_vzae(w['ist'])} auf mindestens "
                f"{format_vzae(w['grenze'])} erhöhen oder die Stelle nicht beantragen.")
    if art == "summe":
        return (f"{w['was']} von {format_eur(w['ist'])} auf {format_eur(w['soll'])} (die Summe "
                f"der Posten) berichtigen.")
    if art == "bilanz":
        jahr = w["jahr"] or "ohne Jahr"
        gap = w["ausgaben"] - w["finanzierung"]
        if gap > 0:
            return (f"{jahr}: {format_eur(gap)} Finanzierung ergänzen (Eigenanteil oder "
                    f"Drittmittel), damit sie die Ausgaben von {format_eur(w['ausgaben'])} deckt.")
        return (f"{jahr}: die Finanzierung um {format_eur(-gap)} auf die Ausgaben von "
                f"{format_eur(w['ausgaben'])} senken.")
    return None


def fix_hint(b: dict) -> str | None:
    """A concrete fix with the case's numbers where the finding gives them (its `werte`)."""
    if b["status"] != "verletzt":
        return None
    hints = [h for w in b.get("werte", ()) if (h := _hint(w))]
    return " ".join(hints) or None


def _titles(reports) -> dict[str, str]:
    """Each rule's title by code: shown beside the code instead of its slug."""
    ids = {r.richtlinie for r in reports} & set(available())
    return {regel.code: regel.titel for i in ids for regel in load_guideline(i).regeln}


def _view(g: work.Geprueft, held: Downloads, titles: dict[str, str]) -> dict:
    """What the result page shows of one report: Fehler first, page images with marks."""
    r = g.bericht
    befunde = []
    for b in ordered(r.ergebnisse):
        d = b.to_dict()
        befunde.append({**d, "werte": b.werte, "titel": titles.get(b.code, ""),
                        "schwere_text": SEVERITY_TEXT[b.schwere],
                        "status_text": STATUS_TEXT[b.status]})
    offen = [b for b in befunde if b["status"] != "erfuellt"]
    for nr, b in enumerate(offen, start=1):
        b["nr"] = nr
        b["korrektur"] = fix_hint(b)
    markiert = None
    if g.markiert is not None and g.format in MEDIA:
        name = annotated_name(f"{Path(r.datei).stem}.{g.format}")
        markiert = {"name": name, "id": held.put(name, MEDIA[g.format], g.markiert)}
    return {"datei": r.datei, "art": DOCUMENT_TITLES.get(r.art or "", "unbekannt"),
            "erkannt": r.art_erkannt, "urteil": r.urteil, "urteil_text": VERDICT_TEXT[r.urteil],
            "fehler": r.fehler, "offen": offen, "was_jetzt": next_step(r.urteil, offen, r.fehler),
            "erfuellt": [b for b in befunde if b["status"] == "erfuellt"], "seiten": g.seiten,
            "markiert": markiert, "texterkennung": r.ocr_text(),
            "nicht_gelesen": r.nicht_gelesen_grund}
