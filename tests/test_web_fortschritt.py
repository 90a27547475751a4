"""The check page's progress while a scan is read (issue 18): /pruefen/fortschritt answers the
check page's form as NDJSON, "Texterkennung Seite n von m" for each page recognised, then the
result page as /pruefen renders it; the page loads the script that uses it."""

from __future__ import annotations

import json
import warnings

import pytest
from test_ocr import as_pdf, page_image

with warnings.catch_warnings():  # Starlette's note that it prefers httpx2 for its test client
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from kimdocs.web.app import Settings, create_app


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings())) as c:
        yield c


def _lines(res) -> list[dict]:
    assert res.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in res.text.splitlines() if line.strip()]


def test_a_two_page_scan_reports_each_page_then_the_result_page(client, tmp_path):
    scan = as_pdf([page_image(), page_image()], tmp_path / "scan.pdf").read_bytes()
    res = client.post("/pruefen/fortschritt", data={"art": "auto", "ocr": "auto"},
                      files={"dateien": ("Scan Jahresbericht.pdf", scan, "application/pdf")})
    assert res.status_code == 200
    lines = _lines(res)
    assert [item.get("text") for item in lines[:-1]] == [
        "Scan Jahresbericht.pdf: Texterkennung Seite 1 von 2",
        "Scan Jahresbericht.pdf: Texterkennung Seite 2 von 2"]
    assert lines[0] == {"datei": "Scan Jahresbericht.pdf", "seite": 1, "von": 2,
                        "text": "Scan Jahresbericht.pdf: Texterkennung Seite 1 von 2"}
    page = lines[-1]["html"]
    assert 'id="zusammenfassung"' in page and "Scan Jahresbericht.pdf" in page
    assert "Texterkennung (OCR) auf 2 Seiten" in page


def test_without_a_file_the_usual_error_before_any_line(client):
    res = client.post("/pruefen/fortschritt", data={"art": "auto"},
                      files={"leer": ("x.txt", b"", "text/plain")})
    assert res.status_code == 400  # the error page, as /pruefen answers; the script then
    assert "Bitte mindestens eine Datei auswählen." in res.text  # posts the plain way
    assert not res.headers["content-type"].startswith("application/x-ndjson")


def test_the_check_page_loads_the_progress_script(client):
    page = client.get("/").text
    assert '<script src="/static/pruefen-fortschritt.js" defer></script>' in page
    script = client.get("/static/pruefen-fortschritt.js")
    assert script.status_code == 200
    assert '"/pruefen/fortschritt"' in script.text
    assert 'action="/pruefen"' in page  # without JavaScript the plain post stays
