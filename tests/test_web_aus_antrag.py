"""A Bescheid starts from the received Antrag, in the browser (issue 21): the PDF of
beispiele/koblenz/antrag.yaml (made here) fills the Bescheid form, every value marked with its
place in the Antrag, every value it cannot give marked „bitte eintragen“; the Bescheid made
equals the one from beispiele/koblenz/bescheid.yaml. And the API's answer and errors."""

from __future__ import annotations

import io
import json
import urllib.error
import urllib.request
import uuid

import docx
import jsonschema
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select
from test_web_browser import (  # noqa: F401 (fixtures)
    AXE,
    BEISPIELE,
    _axe,
    _downloaded,
    _shot,
    _wait,
    browser,
    server,
)

import kimdocs
from kimdocs.generate.libreoffice import convert_to_pdf
from kimdocs.model import load_data, read_mapping
from kimdocs.rules import load_guideline


@pytest.fixture(scope="module")
def antrag_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("antrag")
    source = folder / "Antrag_Koblenz_2025.docx"
    source.write_bytes(kimdocs.render_document(load_data(BEISPIELE / "koblenz" / "antrag.yaml"),
                                               load_guideline()))
    return next(iter(convert_to_pdf([source], folder / "pdf").converted.values()))


@pytest.fixture(autouse=True)
def _no_draft_left(server, browser):  # noqa: F811
    yield
    browser.get(server + "/static/style.css")
    browser.execute_script("localStorage.clear()")


def _note(driver, path: str) -> str:
    field = driver.find_element(By.CSS_SELECTOR, f"[data-pfad='{path}']")
    return field.find_element(By.XPATH, "./ancestor::div[contains(@class,'feld')][1]") \
        .find_element(By.CSS_SELECTOR, ".herkunft").text


def _type(driver, path: str, value: str) -> None:
    field = driver.find_element(By.CSS_SELECTOR, f"[data-pfad='{path}']")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
    if field.get_attribute("type") == "date":  # Chromium's date field takes the German order
        y, m, d = value.split("-")
        value = f"{d}{m}{y}"
    field.clear()
    field.send_keys(value)


def test_the_bescheid_form_is_filled_from_the_antrag_pdf(server, browser, antrag_pdf):  # noqa: F811
    browser.get(server + "/erstellen?art=bescheid")
    _wait(browser).until(EC.presence_of_element_located(
        (By.CSS_SELECTOR, "[data-pfad='antrag.stellen[0].vzae']")))
    assert "Antrag übernehmen" in browser.find_element(By.CSS_SELECTOR,
                                                       "label[for=antragsdatei]").text
    browser.find_element(By.ID, "antragsdatei").send_keys(str(antrag_pdf))
    browser.find_element(By.CSS_SELECTOR, "#antrag-laden-form button").click()
    _wait(browser).until(EC.text_to_be_present_in_element((By.ID, "laden-meldung"),
                                                          "übernommen"))
    assert "4 noch einzutragen" in browser.find_element(By.ID, "laden-meldung").text

    def value(path):
        return browser.find_element(By.CSS_SELECTOR, f"[data-pfad='{path}']").get_attribute(
            "value")

    # the Antrag's values, German, each with its place
    assert value("antrag.stellen[1].vzae") == "0,5"
    assert value("antrag.finanzierungsplan[1].beantragt_sachkosten") == "20.000,00"
    assert _note(browser, "antrag.finanzierungsplan[1].beantragt_sachkosten") == \
        "aus dem Antrag, Seite 3: „2026 / Sachkosten: 20.000,00 EUR“"
    assert _note(browser, "antrag.stellen[0].entgeltgruppe") == \
        "aus dem Antrag, Seite 1: „Beate Oster: E 11“"
    assert _note(browser, "antrag.antragsteller.art").startswith("aus der Liste der Richtlinie")
    picker = Select(browser.find_element(By.CSS_SELECTOR,
                                         "[data-auswahl='antrag.antragsteller']"))
    assert picker.first_selected_option.text == "Koblenz (kreisfreie Stadt, 07111)"
    notes = browser.find_elements(By.CSS_SELECTOR, ".herkunft")
    assert len(notes) > 60
    # what no Antrag holds: marked, and the first of it has the focus
    open_ = browser.find_elements(By.CSS_SELECTOR, ".herkunft.offen")
    assert {n.text.split(" (")[0] for n in open_} == {"bitte eintragen"} and len(open_) == 4
    az = browser.find_element(By.CSS_SELECTOR, "[data-pfad='aktenzeichen']")
    assert browser.switch_to.active_element == az
    assert _note(browser, "aktenzeichen").startswith("bitte eintragen")
    _wait(browser).until(EC.text_to_be_present_in_element((By.ID, "betraege"),
                                                          "86.666,67 EUR"))
    _shot(browser, "13-bescheid-aus-antrag-feld")  # the first field to enter, in view
    browser.execute_script("window.scrollTo(0, 0)")
    _shot(browser, "13-bescheid-aus-antrag-pdf")  # the top: what was taken
    if AXE.exists():
        assert _axe(browser) == []

    # the clerk enters the Bescheid's own values (those of beispiele/koblenz/bescheid.yaml)
    own = read_mapping(BEISPIELE / "koblenz" / "bescheid.yaml")
    for path, given in (("aktenzeichen", own["aktenzeichen"]), ("datum", str(own["datum"])),
                        ("ihr_zeichen", own["ihr_zeichen"])):
        _type(browser, path, given)
    for part in ("sachbearbeitung", "zeichnung"):
        for key, given in own[part].items():
            _type(browser, f"{part}.{key}", given)
    browser.find_element(By.ID, "erstellen-knopf").click()
    link = _wait(browser).until(EC.element_to_be_clickable((By.ID, "download-link")))
    name = link.get_attribute("download")
    assert name == "Bewilligungsbescheid_Koblenz_2025.docx"
    link.click()
    made = _downloaded(browser, name)
    expected = kimdocs.render_document(load_data(BEISPIELE / "koblenz" / "bescheid.yaml"),
                                       load_guideline())
    # the same Bescheid: every paragraph and table cell (amounts per year, the parts with
    # their Festbeträge, recipient, tenor)
    assert _text(made) == _text(io.BytesIO(expected))
    made.unlink()


def _text(source) -> list[str]:
    d = docx.Document(source)
    return [p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows
                                             for c in row.cells]


def _post(url: str, filename: str, content: bytes):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"datei\"; "
            f"filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            ).encode() + content + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(
        url + "/api/v1/bescheid-aus-antrag", data=body, method="POST",
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    try:
        with urllib.request.urlopen(request, timeout=120) as res:
            return res.status, json.load(res)
    except urllib.error.HTTPError as exc:
        return exc.code, json.load(exc)


def test_the_api_answers_with_sources_and_its_errors_with_a_code(server, antrag_pdf):  # noqa: F811
    with urllib.request.urlopen(server + "/api/openapi.json") as res:
        spec = json.load(res)
    route = spec["paths"]["/api/v1/bescheid-aus-antrag"]["post"]["responses"]
    schemas = spec["components"]["schemas"]
    status, answer = _post(server, "Antrag Koblenz.pdf", antrag_pdf.read_bytes())
    assert status == 200
    jsonschema.validate(answer, schemas["bescheid_aus_antrag"])
    assert route["200"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "bescheid_aus_antrag")
    assert answer["datei"] == "Antrag Koblenz.pdf" and answer["offen"] == 4
    vzae = next(q for q in answer["quellen"] if q["pfad"] == "antrag.stellen[0].vzae")
    assert vzae["art"] == "gelesen" and vzae["seite"] == 1
    status, answer = _post(server, "antrag.yaml",
                           (BEISPIELE / "koblenz" / "antrag.yaml").read_bytes())
    assert status == 200 and answer["daten"]["antrag"]["stellen"][0]["vzae"] == "0.5"
    bescheid_docx = kimdocs.render_document(load_data(BEISPIELE / "koblenz" / "bescheid.yaml"),
                                            load_guideline())
    for name, content, code in (("foto.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 200, "datei_unlesbar"),
                                ("bescheid.docx", bescheid_docx, "falscher_dateityp"),
                                ("leer.pdf", b"", "datei_unlesbar"),
                                ("kaputt.pdf", b"%PDF-1.4\nkaputt", "datei_unlesbar"),
                                ("bescheid.yaml", b"art: bescheid\n", "daten_ungueltig")):
        status, answer = _post(server, name, content)
        assert status == 400, (name, answer)
        jsonschema.validate(answer, schemas["fehler"])
        assert answer["code"] == code, (name, answer)
        assert "/tmp" not in answer["meldung"] and "kimdocs-web" not in answer["meldung"]
