"""The pages of `kimdocs web` in a real headless Chromium (Debian's chromium + chromedriver,
no browser download), against the server started as a user starts it. Screenshots of each
page go to tests/screenshots/."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

import kimdocs
from kimdocs.rules import load_guideline
from kimdocs.generate.libreoffice import convert_to_pdf
from kimdocs.model import load_data

ROOT = Path(__file__).resolve().parent.parent
BEISPIELE = ROOT / "beispiele"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
KIMDOCS = Path(sys.executable).parent / "kimdocs"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
WAIT = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("entwuerfe")
    r = load_guideline()
    out = {}
    for name in ("negativ-kaiserslautern", "koblenz"):
        path = folder / f"{name}.docx"
        path.write_bytes(kimdocs.render_document(load_data(BEISPIELE / name / "antrag.yaml"), r))
        out[name] = path
    pdf = convert_to_pdf([out["negativ-kaiserslautern"]], folder / "pdf")
    out["negativ-pdf"] = next(iter(pdf.converted.values()))
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`kimdocs web --port N`, with its own temp folder so we can see that nothing is left."""
    tmp = tmp_path_factory.mktemp("servertmp")
    port = _free_port()
    proc = subprocess.Popen([str(KIMDOCS), "web", "--port", str(port)],
                            env={**os.environ, "TMPDIR": str(tmp)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url + "/api/status", timeout=2) as res:
                assert json.load(res)["version"] == kimdocs.__version__
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("kimdocs web startete nicht: " + proc.stderr.read().decode())
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(15)
    left = [p.name for p in tmp.iterdir() if not p.name.startswith("pymp-")]
    assert left == [], f"Temporäre Dateien übrig: {left}"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profil")
    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1280,900", f"--user-data-dir={profile}",
                 "--lang=de-DE"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    yield driver
    driver.quit()


def _shot(driver, name: str) -> None:
    """A full-page screenshot at 1280 px width."""
    SCREENSHOTS.mkdir(exist_ok=True)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height + 120, 900), 6000))
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    driver.set_window_size(1280, 900)


def _csp_violations(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser")
            if "Content Security Policy" in e["message"] or "Refused to" in e["message"]]


def _wait(driver):
    return WebDriverWait(driver, WAIT)


def test_pruefen_names_the_defect_and_marks_it_on_the_page(server, browser, files):
    browser.get(server + "/")
    assert browser.find_element(By.CSS_SELECTOR, "label[for=dateien]").is_displayed()
    browser.find_element(By.ID, "dateien").send_keys(str(files["negativ-pdf"]))
    browser.find_element(By.ID, "pruefen-knopf").click()
    result = _wait(browser).until(EC.presence_of_element_located((By.ID, "ergebnis")))
    verdict = result.find_element(By.CSS_SELECTOR, ".urteil")
    assert "Mängel" in verdict.text and "maengel" in verdict.get_attribute("class")
    text = result.text
    assert "KIM-103" in text and "höchstens 1,0" in text
    assert "Konzept Nr. 5 Abs. 1" in text  # the clause
    assert result.find_elements(By.CSS_SELECTOR, "svg rect.markierung")  # the spot on the page
    links = [a.get_attribute("download") for a in result.find_elements(By.CSS_SELECTOR, ".downloads a")]
    assert links[:2] == ["pruefbericht.html", "pruefbericht.json"]
    # the draft back with the findings on it (issue 12): a PDF whose notes name the rules
    marked = result.find_element(By.CSS_SELECTOR, "a.markiert")
    assert marked.get_attribute("download").endswith(".geprueft.pdf")
    import base64
    import io

    from pypdf import PdfReader

    data = base64.b64decode(marked.get_attribute("href").split("base64,", 1)[1])
    notes = [str(a.get_object().get("/Contents", "")) for page in PdfReader(io.BytesIO(data)).pages
             for a in page.get("/Annots", [])]
    assert any("KIM-103" in n for n in notes) and any("KIM-107" in n for n in notes)
    _shot(browser, "1-pruefen-maengel")
    assert _csp_violations(browser) == []


def test_pruefen_a_correct_draft_is_einreichungsfaehig(server, browser, files):
    browser.get(server + "/")
    _shot(browser, "0-pruefen-formular")
    browser.find_element(By.ID, "dateien").send_keys(str(files["koblenz"]))
    browser.find_element(By.ID, "pruefen-knopf").click()
    result = _wait(browser).until(EC.presence_of_element_located((By.ID, "ergebnis")))
    assert "einreichungsfähig" in result.find_element(By.CSS_SELECTOR, ".urteil").text
    _shot(browser, "2-pruefen-einreichungsfaehig")


def test_antrag_form_error_beside_the_field_then_docx_that_pruefen_accepts(server, browser):
    browser.get(server + "/erstellen?art=antrag")
    _wait(browser).until(EC.presence_of_element_located(
        (By.CSS_SELECTOR, "[data-pfad='stellen[0].vzae']")))
    browser.find_element(By.ID, "datendatei").send_keys(str(BEISPIELE / "koblenz" / "antrag.yaml"))
    browser.find_element(By.CSS_SELECTOR, "#laden-form button").click()
    _wait(browser).until(EC.text_to_be_present_in_element((By.ID, "betraege"), "86.666,67 EUR"))
    # the amounts follow what the clerk types
    sach = browser.find_element(By.CSS_SELECTOR,
                                "[data-pfad='finanzierungsplan[1].beantragt_sachkosten']")
    sach.clear()
    sach.send_keys("10.000,00")
    _wait(browser).until(EC.text_to_be_present_in_element((By.ID, "betraege"), "76.666,67 EUR"))
    sach.clear()
    sach.send_keys("20000")
    _wait(browser).until(EC.text_to_be_present_in_element((By.ID, "betraege"), "86.666,67 EUR"))

    vzae = browser.find_element(By.CSS_SELECTOR, "[data-pfad='stellen[1].vzae']")
    vzae.clear()
    vzae.send_keys("viel")
    browser.find_element(By.ID, "erstellen-knopf").click()
    beside = vzae.find_element(By.XPATH, "./parent::div").find_element(By.CSS_SELECTOR,
                                                                       ".feldfehler")
    _wait(browser).until(lambda d: "keine Zahl" in beside.text)
    assert vzae.get_attribute("aria-invalid") == "true"
    assert browser.switch_to.active_element == vzae  # the cursor goes to the wrong field
    _shot(browser, "3-erstellen-fehler-am-feld")

    vzae.clear()
    vzae.send_keys("0,5")
    browser.find_element(By.ID, "erstellen-knopf").click()
    link = _wait(browser).until(EC.element_to_be_clickable((By.ID, "download-link")))
    assert beside.text == ""
    assert link.get_attribute("download") == "Antrag_Koblenz_2025.docx"
    link.click()
    target = browser.downloads / "Antrag_Koblenz_2025.docx"
    _wait(browser).until(lambda d: target.exists() and target.stat().st_size > 0)
    _shot(browser, "4-erstellen-fertig")
    done = subprocess.run([str(KIMDOCS), "pruefen", str(target)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "EINREICHUNGSFÄHIG" in done.stdout


def test_stapel_names_the_bad_row_and_offers_the_zip(server, browser):
    browser.get(server + "/stapel")
    browser.find_element(By.ID, "tabelle").send_keys(str(BEISPIELE / "antraege_mit_fehler.csv"))
    browser.find_element(By.CSS_SELECTOR, "#stapel-form button").click()
    section = _wait(browser).until(EC.visibility_of_element_located((By.ID, "stapel-ergebnis")))
    assert "Zeile 4 (Mainz)" in browser.find_element(By.ID, "stapel-fehler").text
    assert "KIM-114" in browser.find_element(By.ID, "stapel-budget").text
    link = section.find_element(By.ID, "zip-link")
    assert link.get_attribute("href").startswith("blob:") and link.is_displayed()
    _shot(browser, "5-stapel")


def test_bescheid_amounts_follow_its_own_bewilligungszeitraum(server, browser, tmp_path):
    """The live amounts of a Bescheid with a shorter Bewilligungszeitraum are those of the
    notice (46.666,67 EUR, as `kimdocs berechnen beispiele/verkuerzt/bescheid.yaml`), not
    those of the whole Antrag (93.333,33 EUR)."""
    from kimdocs.model import read_mapping
    from kimdocs.web import work

    data = read_mapping(BEISPIELE / "verkuerzt" / "bescheid.yaml")
    data["antrag"] = read_mapping(BEISPIELE / "verkuerzt" / data["antrag"])
    path = tmp_path / "bescheid.json"
    path.write_text(json.dumps(data, default=work._plain), encoding="utf-8")
    browser.get(server + "/erstellen?art=bescheid")
    _wait(browser).until(EC.presence_of_element_located(
        (By.CSS_SELECTOR, "[data-pfad='antrag.stellen[0].vzae']")))
    browser.find_element(By.ID, "datendatei").send_keys(str(path))
    browser.find_element(By.CSS_SELECTOR, "#laden-form button").click()
    _wait(browser).until(EC.text_to_be_present_in_element((By.ID, "betraege"), "46.666,67 EUR"))
    text = browser.find_element(By.ID, "betraege").text
    assert "93.333,33" not in text and "2026 (6 Mon.)" in text.replace("\n", " ")


@pytest.mark.parametrize(("art", "feld"), [("bescheid", "antrag.stellen[0].vzae"),
                                           ("vorlage", "betreff"),
                                           ("jahresbericht", "berichtsjahr")])
def test_every_document_type_gets_its_form(server, browser, art, feld):
    browser.get_log("browser")  # only this page's messages count
    browser.get(f"{server}/erstellen?art={art}")
    _wait(browser).until(EC.presence_of_element_located(
        (By.CSS_SELECTOR, f"[data-pfad='{feld}']")))
    if art == "bescheid":
        _shot(browser, "8-erstellen-bescheid")
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_regeln_and_api_pages(server, browser):
    browser.get(server + "/regeln")
    assert "KIM-103" in browser.find_element(By.CSS_SELECTOR, "table.regeln").text
    _shot(browser, "6-regeln")
    browser.get(server + "/api/docs")
    assert "/api/pruefen" in browser.page_source
    _shot(browser, "7-api")
    assert _csp_violations(browser) == []


@pytest.fixture(scope="module", autouse=True)
def _tools():
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.fail("Chromium und chromedriver fehlen: bash .ci/install")


def test_laptop_width_needs_no_sideways_scrolling(server, browser):
    browser.set_window_size(1024, 768)
    try:
        for path in ("/", "/erstellen?art=antrag", "/stapel", "/regeln"):
            browser.get(server + path)
            _wait(browser).until(lambda d: d.execute_script("return document.readyState")
                                 == "complete")
            width, view = browser.execute_script(
                "const e = document.documentElement; return [e.scrollWidth, e.clientWidth]")
            assert width <= view, f"{path}: {width} px breit, sichtbar {view} px"
        browser.save_screenshot(str(SCREENSHOTS / "9-laptop-regeln.png"))
    finally:
        browser.set_window_size(1280, 900)
