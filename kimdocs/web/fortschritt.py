"""The check page's progress while a scan is read: "Texterkennung Seite n von m".

The form on the check page posts to /pruefen and waits for the result page. With JavaScript
(static/pruefen-fortschritt.js), an upload that may hold a scan (a PDF or an image) is posted
here instead: the same check, answered as NDJSON lines like /api/v1/stapel's batch,
  {"datei": name, "seite": n, "von": m, "text": "name: Texterkennung Seite n von m"}
before each page recognised by OCR (from the reading child through its pipe, as the
terminal shows them), then {"html": the result page, exactly as /pruefen renders it}.
A request that cannot start (busy, no file, a form that is not multipart) gets the usual
error answer before any line; the script then posts the form the plain way, which shows the
error page. A failure during the check ends the stream with {"code", "meldung"}.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.datastructures import FormData, UploadFile

from kimdocs.web import api, pages
from kimdocs.web.common import ApiError, Gate, busy, files, progress_lines, read_form

router = APIRouter(include_in_schema=False)


def page_text(name: str, n: int, total: int) -> dict:
    return {"datei": name, "seite": n, "von": total,
            "text": f"{name}: Texterkennung Seite {n} von {total}"}


@router.post("/pruefen/fortschritt")
async def pruefen_fortschritt(request: Request):
    settings, gate = request.app.state.settings, request.app.state.gate
    if not gate.try_enter():
        raise busy()
    form: FormData | None = None
    try:
        form = await read_form(request)
        uploads = files(form, "dateien")
        if not uploads:
            raise ApiError(400, "keine_datei", "Bitte mindestens eine Datei auswählen.")
    except BaseException:
        if form is not None:
            await form.close()
        gate.leave()
        raise
    return StreamingResponse(_stream(request, gate, form, uploads, settings),
                             media_type="application/x-ndjson")


def _stream(request: Request, gate: Gate, form: FormData, uploads: list[UploadFile],
            settings):
    def run(report):
        def on_page(name: str, n: int, total: int) -> None:
            report(page_text(name, n, total))
        return api._check(form, uploads, settings, pages=True, on_page=on_page)

    def end(checked) -> dict:
        results, skipped = checked
        return {"html": pages.result_page(request, results, skipped).body.decode("utf-8")}

    return progress_lines(gate, form, run, end)
