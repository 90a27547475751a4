"""The page "Übersicht" of `kimdocs web` (issue 22): protected by the token like the other
pages, filters, findings, XLSX and JSON; in a real headless Chromium at 1366×768 with a
screenshot (tests/screenshots/uebersicht.png), axe-core without violations, and no CSP
violation (the budget chart is inline SVG, no script)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
import yaml
from fastapi.testclient import TestClient
from register_hilfen import (
    KOBLENZ,
    KOMMUNEN,
    antrag,
    bescheid,
    guideline_with_budget,
    report_for,
)
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import kimdocs
from kimdocs.register import hooks, open_register
from kimdocs.register.overview import overview
from kimdocs.web.app import Settings, create_app

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
# .ci/install puts axe-core here (npm install --prefix .ci/axe axe-core@4), as for the other pages
AXE = Path(os.environ.get("KIMDOCS_AXE", Path(__file__).resolve().parent.parent / ".ci" / "axe" /
                          "node_modules" / "axe-core" / "axe.min.js"))
TOKEN = "geheim-123"


@pytest.fixture(scope="module")
def url(tmp_path_factory) -> str:
    """A programme year: 16 Bescheide, a 17th refused, 12 Jahresberichte, one with Mängel."""
    path = str(tmp_path_factory.mktemp("register") / "register.sqlite")
    r = guideline_with_budget(jahr_2026=str(16 * 80000 + 40000))
    reg = open_register(path)
    for i, (ks, name, art) in enumerate(KOMMUNEN[:17]):
        a = antrag(ks, name, art, datum=date(2025, 9, 1) + timedelta(days=7 * i))
        reg.record_antrag(a, kimdocs.calculate_grant(a, r), r, eingang=a.unterschrift.datum)
        b = bescheid(a, i + 1)
        reg.record_bescheid(b, kimdocs.calculate_grant(a, r, b.zeitraum), r)
    template = {"datei": "x.docx", "art": "jahresbericht", "richtlinie": r.id,
                "urteil": "einreichungsfaehig", "berichtsjahr": 2026, "ergebnisse": [
                    {"code": "KIM-109", "name": "jahresbericht-frist", "status": "erfuellt",
                     "meldung": "Datum des Berichts 01.12.2026, Frist 15.12.2026."}]}
    for ks, name, _ in KOMMUNEN[:12]:
        rep = report_for(template, name)
        if name == "Trier":
            rep["urteil"] = "maengel"
            rep["ergebnisse"].append({"code": "KIM-110", "name": "fragebogen-beigefuegt",
                                      "status": "verletzt", "schwere": "fehler",
                                      "klausel": "Konzept Nr. 5 Abs. 5",
                                      "meldung": "Der Fragebogen ist weder beigefügt noch "
                                                 "genannt."})
        reg.record_check(rep, kommune=ks, eingang=date(2026, 12, 10), richtlinie=r)
    reg.close()
    yield path
    hooks.cached.cache_clear()


@pytest.fixture(scope="module")
def client(url):
    return TestClient(create_app(Settings(token=TOKEN, register=url)),
                      base_url="http://127.0.0.1")


def test_overview_needs_the_token(client):
    res = client.get("/uebersicht", follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"] == "/anmelden"
    assert client.get("/api/uebersicht").status_code == 401
    assert client.get("/uebersicht.xlsx", follow_redirects=False).status_code == 303


def test_overview_page_rows_filters_chart(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    res = client.get("/uebersicht?stichtag=2026-12-16", headers=auth)
    assert res.status_code == 200
    html = res.text.replace("\u00a0", " ")
    assert "script-src 'self'" in res.headers["content-security-policy"]
    assert "<script" not in html and 'style="' not in html
    assert html.count('<th scope="row">') == 17
    assert "<svg" in html and "gebunden 1.280.000,00 EUR von 1.320.000,00 EUR" in html
    assert "Fällig und überfällig am 16.12.2026 (4)" in html
    res = client.get("/uebersicht?stichtag=2026-12-16&zustand=überfällig", headers=auth)
    rows = res.text.count('<th scope="row">')
    assert rows == 4, res.text
    res = client.get("/uebersicht?stichtag=2026-12-16&suche=trier", headers=auth)
    assert res.text.count('<th scope="row">') == 1 and "/uebersicht/dokument/" in res.text
    link = res.text.split('href="/uebersicht/dokument/')[1].split('"')[0]
    befunde = client.get(f"/uebersicht/dokument/{link}", headers=auth)
    assert "KIM-110" in befunde.text and "Fragebogen" in befunde.text
    assert client.get("/uebersicht/dokument/99999", headers=auth).status_code == 404
    data = client.get("/api/uebersicht?stichtag=16.12.2026", headers=auth).json()
    assert len(data["faellig"]) == 4 and data["budget"][1]["verbleibend"] == "40000.00"
    xlsx = client.get("/uebersicht.xlsx?stichtag=2026-12-16", headers=auth)
    assert xlsx.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert xlsx.content[:2] == b"PK"


def test_without_register_the_page_says_so():
    with TestClient(create_app(Settings()), base_url="http://127.0.0.1") as c:
        os.environ.pop(hooks.ENV, None)
        res = c.get("/uebersicht")
    assert res.status_code == 200 and "Kein Register eingerichtet" in res.text


def test_overview_json_is_documented_and_errors_have_a_code():
    """/api/v1/uebersicht stands in the OpenAPI document; without a register it answers 404 in
    the one error shape (code `kein_register`), valid against the documented schema."""
    os.environ.pop(hooks.ENV, None)
    with TestClient(create_app(Settings()), base_url="http://127.0.0.1") as c:
        spec = c.get("/api/openapi.json").json()
        route = spec["paths"]["/api/v1/uebersicht"]["get"]
        assert {"200", "404", "503"} <= set(route["responses"])
        for alt in ("/api/v1/uebersicht", "/api/uebersicht", "/uebersicht.xlsx"):
            res = c.get(alt)
            assert res.status_code == 404, alt
        res = c.get("/api/v1/uebersicht")
    body = res.json()
    assert body["code"] == "kein_register" and "Kein Register" in body["meldung"]
    schema = route["responses"]["404"]["content"]["application/json"]["schema"]
    ref = schema["$ref"].rsplit("/", 1)[1]
    jsonschema.validate(body, spec["components"]["schemas"][ref])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_overview_in_chromium(url, tmp_path):
    if not AXE.is_file():
        pytest.fail(f"axe-core fehlt ({AXE}); .ci/install installiert es mit npm")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kimdocs", "web", "--port", str(port),
                             "--token", TOKEN, "--register", url, "--kalt"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--window-size=1366,768", f"--user-data-dir={tmp_path / 'profil'}",
                 "--lang=de-DE", "--disable-background-networking"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = None
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                probe = urllib.request.Request(base + "/api/status",
                                               headers={"Authorization": f"Bearer {TOKEN}"})
                with urllib.request.urlopen(probe, timeout=2) as res:
                    assert json.load(res)["version"] == kimdocs.__version__
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    pytest.fail("kimdocs web startete nicht: " + proc.stderr.read().decode())
                time.sleep(0.2)
        # Chromium's own strings and the date field's order in German (TT.MM.JJJJ), as in
        # test_web_browser: --lang alone leaves them English
        german = {**os.environ, "LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER, env=german), options=options)
        driver.set_window_size(1366, 768)
        driver.get(base + "/uebersicht")
        assert driver.current_url.endswith("/anmelden")  # the token, like every page
        driver.find_element(By.NAME, "token").send_keys(TOKEN)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        WebDriverWait(driver, 20).until(lambda d: not d.current_url.endswith("/anmelden"))
        WebDriverWait(driver, 20).until(
            lambda d: d.execute_script("return document.readyState") == "complete")
        driver.get(base + "/uebersicht?stichtag=2026-12-16")
        assert driver.find_element(By.TAG_NAME, "h1").text == "Übersicht"
        bars = driver.find_elements(By.CSS_SELECTOR, ".budget svg rect")
        assert len(bars) == 4  # two years, background and committed each
        widths = [b.get_attribute("width") for b in bars]
        assert widths == ["1000", "0", "1000", "969"]  # 2026: 1,28 of 1,32 Mio. €
        svg = driver.find_element(By.CSS_SELECTOR, ".budget svg")
        assert svg.size["width"] > 600  # the chart is wide enough to read
        SCREENSHOTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(SCREENSHOTS / "uebersicht.png"))  # 1366×768 as seen
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1366, min(height + 120, 6000))  # and the whole page
        driver.save_screenshot(str(SCREENSHOTS / "uebersicht_ganz.png"))
        driver.set_window_size(1366, 768)
        driver.execute_script(AXE.read_text(encoding="utf-8"))
        violations = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document).then(r => done(r.violations.map("
            "v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));")
        assert violations == []
        csp = [e["message"] for e in driver.get_log("browser")
               if "Content Security Policy" in e["message"] or "Refused" in e["message"]]
        assert csp == []
    finally:
        if driver is not None:
            driver.quit()
        proc.terminate()
        proc.wait(15)


def _data(path: Path) -> dict:
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


def test_web_pages_and_api_record(tmp_path):
    """With a register, `POST /api/pruefen` records each checked upload and
    `POST /api/erstellen/bescheid` books the Bescheid (once) before making it."""
    path = str(tmp_path / "web.sqlite")
    r = kimdocs.load_guideline()
    antrag_docx = kimdocs.render_document(kimdocs.load_data(KOBLENZ / "antrag.yaml"), r)
    with TestClient(create_app(Settings(register=path)), base_url="http://127.0.0.1") as c:
        res = c.post("/api/pruefen", files={"dateien": ("antrag.docx", antrag_docx)},
                     data={"eingang": "20.10.2025"})
        assert res.status_code == 200, res.text
        bescheid_data = _data(KOBLENZ / "bescheid.yaml")
        bescheid_data["antrag"] = _data(KOBLENZ / "antrag.yaml")
        for _ in range(2):  # the same notice twice is booked once
            res = c.post("/api/erstellen/bescheid", json=bescheid_data)
            assert res.status_code == 200 and res.content[:2] == b"PK", res.text
    hooks.cached.cache_clear()
    reg = open_register(path)
    z = overview(reg, date(2026, 12, 16)).zeilen
    assert [(x["kommune"], x["antrag"]["status"], x["antrag"]["eingang"]) for x in z] == [
        ("Koblenz", "geprüft", date(2025, 10, 20))]
    assert z[0]["bewilligt"] == {2025: Decimal("6666.67"), 2026: Decimal("80000.00")}
    assert reg.budget()[1]["gebunden"] == Decimal("80000.00")


def test_web_batch_books_each_bescheid(tmp_path):
    """/api/stapel with a register books each Bescheid against the budget before it is made
    (as `kimdocs erstellen --tabelle --register`); the same table again books nothing twice."""
    from kimdocs.register.models import Bewilligung, Dokument

    os.environ.pop(hooks.ENV, None)
    url = str(tmp_path / "stapel.sqlite")
    table = (Path(__file__).parent.parent / "beispiele" / "antraege.csv").read_bytes()
    with TestClient(create_app(Settings(register=url)), base_url="http://127.0.0.1") as c:
        for runde in range(2):
            res = c.post("/api/v1/stapel", files={"tabelle": ("t.csv", table, "text/csv")},
                         data={"format": "docx"})
            assert res.status_code == 200
            result = json.loads(res.text.splitlines()[-1])["ergebnis"]
            text = "\n".join(result["zusammenfassung"])
            assert ("eingetragen (" if runde == 0 else "schon eingetragen") in text, text
    reg = open_register(url)
    with reg.lesen() as s:
        bescheide = s.query(Dokument).filter(Dokument.art == "bescheid").count()
        assert bescheide == result["erstellt"] > 0
        assert s.query(Bewilligung).count() >= bescheide
    hooks.cached.cache_clear()
