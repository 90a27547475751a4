"""The check page's OCR progress in a real headless Chromium (issue 18): while a two-page scan
is checked, the status line says "Texterkennung Seite 1 von 2", then "2 von 2", then the
result page comes as after the plain post. The server and the browser as in
tests/test_web_browser.py."""

from __future__ import annotations

import json

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from test_ocr import as_pdf, page_image
from test_web_browser import _csp_violations, _wait, browser, server  # noqa: F401 (fixtures)

# every text the status line shows, kept in sessionStorage (the result page replaces the page)
WATCH = """
sessionStorage.setItem("gesehen", "[]");
const status = document.getElementById("pruefen-status");
new MutationObserver(() => {
  const seen = JSON.parse(sessionStorage.getItem("gesehen"));
  seen.push(status.textContent);
  sessionStorage.setItem("gesehen", JSON.stringify(seen));
}).observe(status, {childList: true, characterData: true, subtree: true});
"""


def test_progress_lines_appear_while_a_two_page_scan_is_checked(server, browser, tmp_path):  # noqa: F811
    scan = as_pdf([page_image(), page_image()], tmp_path / "scan.pdf")
    browser.get(server + "/")
    browser.execute_script(WATCH)
    browser.find_element(By.ID, "dateien").send_keys(str(scan))
    browser.find_element(By.ID, "pruefen-knopf").click()
    result = _wait(browser).until(EC.presence_of_element_located((By.ID, "ergebnis")))
    seen = json.loads(browser.execute_script('return sessionStorage.getItem("gesehen")'))
    pages = [s for s in seen if "Texterkennung" in s]
    assert pages == ["scan.pdf: Texterkennung Seite 1 von 2",
                     "scan.pdf: Texterkennung Seite 2 von 2"], seen
    assert "Texterkennung (OCR) auf 2 Seiten" in result.text
    assert browser.find_element(By.ID, "zusammenfassung").text.startswith("1 Datei geprüft")
    assert _csp_violations(browser) == []
