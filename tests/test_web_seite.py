"""The result page as a clerk needs it (issue 21): the verdict first with "Was jetzt?" and
fixes with the case's numbers, downloads by link (once, for a few minutes), and the small
things: GET /pruefen, the focus ring's contrast, "1 Regel"/"2 Regeln", no rule slugs, no "API"
in the clerk's navigation."""

from __future__ import annotations

import re
import warnings
from decimal import Decimal
from pathlib import Path

import pytest

with warnings.catch_warnings():  # Starlette's note that it prefers httpx2 for its test client
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

import kimdocs
from kimdocs.model import load_data
from kimdocs.rules import load_guideline
from kimdocs.web.app import Settings, create_app
from kimdocs.web.downloads import Downloads
from kimdocs.web.pages import count, fix_hint, next_step, remedy, summary

ROOT = Path(__file__).resolve().parent.parent
STYLE = ROOT / "kimdocs" / "web" / "static" / "style.css"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings())) as c:
        yield c


@pytest.fixture(scope="module")
def negativ(client) -> str:
    draft = kimdocs.render_document(
        load_data(ROOT / "beispiele" / "negativ-kaiserslautern" / "antrag.yaml"),
        load_guideline())
    res = client.post("/pruefen", files={"dateien": ("entwurf.docx", draft, DOCX)})
    assert res.status_code == 200
    return res.text


def test_the_verdict_comes_first_with_what_to_do(negativ):
    summary_at = negativ.index('id="zusammenfassung"')
    assert summary_at < negativ.index('id="pruefen-form"')  # above the form
    assert re.search(r'id="zusammenfassung"[^>]*>1 Datei geprüft: mit Mängeln\.<', negativ)
    assert "<strong>Was jetzt?</strong> 6 Mängel beheben" in negativ


def test_fix_hints_carry_the_numbers_of_the_case(negativ):
    negativ = negativ.replace("\xa0", " ")  # amounts are written with a no-break space
    assert ("So beheben:</strong> Sachkosten 2026 von 25.000,00 EUR auf höchstens "
            "20.000,00 EUR senken.") in negativ
    assert "Die Stellenanteile zusammen von 1,2 auf höchstens 1,0 VZÄ senken." in negativ
    assert "2026: 10.000,00 EUR Finanzierung ergänzen" in negativ


def test_codes_stand_with_titles_not_slugs(negativ):
    slugs = [regel.name for regel in load_guideline().regeln]
    assert not [s for s in slugs if f"</span> {s}<" in negativ or f" {s}:" in negativ]
    assert "KIM-106</span> Sachkosten höchstens" in negativ


def test_downloads_are_links_fetched_once(client, negativ):
    assert "data:application" not in negativ and "data:text" not in negativ
    links = re.findall(r'href="(/download/[0-9a-f]{32})"', negativ)
    assert len(links) == 3  # the marked copy, the report as HTML and as JSON
    first = client.get(links[0])
    assert first.status_code == 200 and first.content[:2] == b"PK"
    assert "entwurf.geprueft.docx" in first.headers["content-disposition"]
    again = client.get(links[0])
    assert again.status_code == 404 and "nicht mehr verfügbar" in again.text
    assert client.get("/download/" + "0" * 32).status_code == 404
    assert client.get("/download/../../etc/passwd").status_code == 404


def test_downloads_expire_after_a_few_minutes():
    now = [0.0]
    held = Downloads(ttl=600, clock=lambda: now[0])
    key = held.put("a.pdf", "application/pdf", b"%PDF")
    assert len(key) == 32 and len(held) == 1
    now[0] = 599
    other = held.put("b.pdf", "application/pdf", b"%PDF")
    now[0] = 601
    assert held.take(key) is None  # expired
    assert held.take(other).name == "b.pdf" and held.take(other) is None  # once


def test_downloads_keep_a_bounded_amount_oldest_first():
    held = Downloads(max_bytes=10)
    first = held.put("a", "x", b"123456")
    second = held.put("b", "x", b"123456")
    assert held.take(first) is None and held.take(second).data == b"123456"


def test_get_pruefen_leads_to_the_start_page(client):
    res = client.get("/pruefen", follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"] == "/"


def test_the_clerks_navigation_has_no_api(client):
    page = client.get("/").text
    nav = re.search(r"<nav.*?</nav>", page, re.S).group(0)
    assert "API" not in nav and "/api/" not in nav
    assert 'href="/api/docs"' in page  # still linked, in the footer


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_focus_ring_has_at_least_3_to_1_contrast():
    css = STYLE.read_text(encoding="utf-8")
    ring = re.search(r"^:focus-visible \{ outline: 3px solid (#[0-9a-f]{6})", css, re.M).group(1)
    assert _contrast(ring, "#ffffff") >= 3
    blue = re.search(r"--blau: (#[0-9a-f]{6})", css).group(1)
    header = re.search(r"^header :focus-visible \{ outline-color: (#[0-9a-f]{3,6})", css, re.M)
    colour = header.group(1) if len(header.group(1)) == 7 else "#ffffff"
    assert _contrast(colour, blue) >= 3
    # the ring stands outside the element, on whatever box it sits in: every background of
    # the page (a finding, a verdict, the amounts box, the drop zone)
    for background in set(re.findall(r"background: (#[0-9a-f]{6})", css)):
        assert _contrast(ring, background) >= 3, background


def test_no_issue_numbers_where_people_read(client):
    """Notes for developers („issue 22“) stay in the code, out of pages and the API's
    description."""
    for path in ("/", "/stapel", "/regeln", "/api/docs", "/api/openapi.json",
                 "/api/v1/uebersicht"):
        text = client.get(path).text
        assert not re.search(r"(?i)\bissue \d+", text), path


def test_counts_in_german():
    assert count(1, "Regel", "Regeln") == "1 Regel"
    assert count(2, "Regel", "Regeln") == "2 Regeln"
    assert count(0, "Datei", "Dateien") == "0 Dateien"


def test_summary_of_several_files():
    class R:
        def __init__(self, urteil):
            self.urteil = urteil

    assert summary([R("einreichungsfaehig"), R("maengel")], 0) == \
        "2 Dateien geprüft: 1 einreichungsfähig, 1 mit Mängeln."
    assert summary([], 1) == "0 Dateien geprüft; 1 Datei nicht lesbar."


def test_a_fix_hint_takes_the_findings_figures_not_its_words():
    cap = {"art": "hoechstbetrag", "posten": "Sachkosten", "jahr": 2026, "rolle": "",
           "ist": Decimal("23000.00"), "grenze": Decimal("20000.00")}
    hint = fix_hint({"status": "verletzt", "meldung": "anders formuliert", "werte": [cap]})
    assert hint.replace("\xa0", " ") == ("Sachkosten 2026 von 23.000,00 EUR auf höchstens "
                                         "20.000,00 EUR senken.")
    assert fix_hint({"status": "erfuellt", "meldung": "", "werte": [cap]}) is None
    # a message with figures but no structured values gets no guessed hint
    assert fix_hint({"status": "verletzt", "werte": [],
                     "meldung": "Sachkosten über dem Höchstbetrag – 2026: 23.000,00 EUR "
                                "beantragt, höchstens 20.000,00 EUR"}) is None


def test_a_cap_finding_has_no_space_before_its_comma(negativ):
    from kimdocs.rules.limits import MELDUNGEN

    line = MELDUNGEN["ueber_posten"].format(jahr=2026, betrag="23.000,00 EUR", rolle="",
                                             hoechstbetrag="20.000,00 EUR")
    assert line == "2026: 23.000,00 EUR, höchstens 20.000,00 EUR"
    text = negativ.replace("\xa0", " ")
    assert "höchstens 20.000,00 EUR" in text and " , höchstens" not in text


def test_what_now_names_notes_only_where_there_are_some():
    assert next_step("einreichungsfaehig", [], None) == "Der Entwurf kann eingereicht werden."
    note = {"status": "verletzt", "schwere": "warnung"}
    assert "Hinweise unten" in next_step("einreichungsfaehig", [note], None)


def test_a_broken_photo_is_told_to_scan_again_not_to_use_ocr():
    assert remedy("Das Bild ist beschädigt und kann nicht gelesen werden.").startswith(
        "Das Bild neu scannen")
    assert "Texterkennung" in remedy("Die PDF-Datei hat keine Textebene (Scan).")
