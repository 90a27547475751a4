"""Every file gets an answer, on the page and in the API (issue 21): each kind of file kimdocs
cannot read, alone and together with a good DOCX — never a 5xx, the German reason per file
(and on the page what to do), the good file's result intact. Images are read by OCR (issue
18): one without text says so; a JPEG of a text page is checked like a document."""

from __future__ import annotations

import io
import json
import re
import warnings
from importlib import resources
from pathlib import Path

import docx
import jsonschema
import pytest
from PIL import Image
from pypdf import PdfWriter

with warnings.catch_warnings():  # Starlette's note that it prefers httpx2 for its test client
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

import kimdocs
from kimdocs.model import load_data
from kimdocs.rules import load_guideline
from kimdocs.web.app import Settings, create_app

ROOT = Path(__file__).resolve().parent.parent
BEISPIELE = ROOT / "beispiele"
SCHEMA = json.loads((resources.files("kimdocs") / "schemas" /
                     "pruefbericht.schema.json").read_text(encoding="utf-8"))
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def _jpg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(buffer, format="JPEG")
    return buffer.getvalue()


def _image_pdf() -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (600, 800), "white")
    image.save(buffer, format="PDF")
    return buffer.getvalue()


def _empty_pdf(password: str | None = None) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _empty_docx() -> bytes:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


def unreadable() -> dict[str, tuple[str, bytes]]:
    """kind -> (file name as the client sends it, bytes)."""
    return {
        "jpg": ("foto.jpg", _jpg()),
        "png": ("bild.png", _png()),
        "leeres_pdf": ("leer.pdf", _empty_pdf()),
        "leeres_docx": ("leer.docx", _empty_docx()),
        "jpg_als_pdf": ("scan.pdf", _jpg()),
        "nur_bild_pdf": ("gescannt.pdf", _image_pdf()),
        "passwort_pdf": ("geschuetzt.pdf", _empty_pdf("geheim")),
        "kaputtes_docx": ("kaputt.docx", b"PK\x03\x04" + b"\x00kaputt" * 50),
        "doc": ("alt.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048),
        "null_bytes": ("nichts.pdf", b""),
        "pfad_unicode": ("../../Entwürfe/Ärger ✓ 😀.jpg", _jpg()),
    }


UNREADABLE = unreadable()
# what the answer must say of each (a word of the German reason)
REASON = {"jpg": "Texterkennung", "png": "Texterkennung", "leeres_pdf": "Textlayer",
          "leeres_docx": "Dokumentart nicht erkannt", "jpg_als_pdf": "Texterkennung",
          "nur_bild_pdf": "Texterkennung", "passwort_pdf": "passwortgeschützt",
          "kaputtes_docx": "beschädigt", "doc": "alten Office-Format", "null_bytes": "leer",
          "pfad_unicode": "Texterkennung"}
SHOWN = {"pfad_unicode": "Ärger ✓ 😀.jpg"}  # the last part of the name only, never a path


@pytest.fixture(scope="module")
def good() -> bytes:
    return kimdocs.render_document(load_data(BEISPIELE / "koblenz" / "antrag.yaml"),
                                   load_guideline())


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings())) as c:
        yield c


def _files(kinds: list[str], good: bytes | None):
    out = [("dateien", (UNREADABLE[k][0], UNREADABLE[k][1], "application/octet-stream"))
           for k in kinds]
    if good is not None:
        out.append(("dateien", ("gut.docx", good, DOCX)))
    return out


def _answers(data: dict) -> dict[str, str]:
    """file name -> its reason (a skipped file's grund, a nicht prüfbar report's fehler)."""
    out = {u["datei"]: u["grund"] for u in data["uebersprungen"]}
    out |= {b["datei"]: b["fehler"] for b in data["berichte"] if b.get("fehler")}
    return out


@pytest.mark.parametrize("with_good", [False, True], ids=["allein", "mit_gutem_docx"])
@pytest.mark.parametrize("kind", list(UNREADABLE))
def test_api_answers_every_file(client, good, kind, with_good):
    res = client.post("/api/v1/pruefen", files=_files([kind], good if with_good else None))
    assert res.status_code == 200
    data = res.json()
    jsonschema.validate(data, SCHEMA)
    name = SHOWN.get(kind, UNREADABLE[kind][0])
    reason = _answers(data)[name]
    assert REASON[kind] in reason and "/tmp" not in reason and "kimdocs-web" not in reason
    verdicts = {b["datei"]: b["urteil"] for b in data["berichte"]}
    if name in verdicts:
        assert verdicts[name] == "nicht_pruefbar"
    if with_good:
        assert verdicts["gut.docx"] == "einreichungsfaehig"


@pytest.mark.parametrize("with_good", [False, True], ids=["allein", "mit_gutem_docx"])
@pytest.mark.parametrize("kind", list(UNREADABLE))
def test_page_answers_every_file(client, good, kind, with_good):
    res = client.post("/pruefen", files=_files([kind], good if with_good else None))
    assert res.status_code == 200
    page = res.text
    name = SHOWN.get(kind, UNREADABLE[kind][0])
    assert f">{name}<" in page
    assert REASON[kind] in page and "Was jetzt?" in page
    assert "/tmp" not in page and "Traceback" not in page
    summary = re.search(r'id="zusammenfassung"[^>]*>([^<]*)<', page).group(1)
    if with_good:
        assert re.match(r"1 Datei geprüft: einreichungsfähig; 1 Datei nicht lesbar\.$", summary) \
            or re.match(r"2 Dateien geprüft: 1 einreichungsfähig, 1 nicht prüfbar\.$", summary)
        assert "Einreichungsfähig" in page or "einreichungsfähig" in page
    else:
        assert "nicht" in summary  # nicht prüfbar or nicht lesbar


def test_all_kinds_together_with_a_good_docx(client, good):
    files = _files(list(UNREADABLE), good)
    data = client.post("/api/pruefen", files=files).json()
    answers = _answers(data)
    for kind in UNREADABLE:
        assert REASON[kind] in answers[SHOWN.get(kind, UNREADABLE[kind][0])]
    assert {b["datei"]: b["urteil"] for b in data["berichte"]}["gut.docx"] == \
        "einreichungsfaehig"
    page = client.post("/pruefen", files=files)
    assert page.status_code == 200
    assert "12 Dateien" not in page.text  # skipped files are counted apart
    summary = re.search(r'id="zusammenfassung"[^>]*>([^<]*)<', page.text).group(1)
    # the four images are read by OCR (and found empty): checked, not skipped
    assert summary == ("9 Dateien geprüft: 1 einreichungsfähig, 8 nicht prüfbar; "
                       "3 Dateien nicht lesbar.")


def test_a_jpeg_of_a_text_page_is_checked_with_its_ocr_pages(client):
    from test_ocr import page_image

    buffer = io.BytesIO()
    page_image().convert("RGB").save(buffer, format="JPEG", quality=85, dpi=(200, 200))
    files = [("dateien", ("bericht.jpg", buffer.getvalue(), "image/jpeg"))]
    data = client.post("/api/v1/pruefen", files=files,
                       data={"art": "jahresbericht", "ocr": "AUTO"}).json()
    jsonschema.validate(data, SCHEMA)
    (report,) = data["berichte"]
    assert "fehler" not in report and report["urteil"] == "maengel"
    assert [p["seite"] for p in report["texterkennung"]["seiten"]] == [1]
    assert report["texterkennung"]["sicherheit"] > 75
    # 58.200,00 EUR Personalausgaben for 0,5 VZÄ: over the cap, read from the image
    kim105 = next(b for b in report["ergebnisse"] if b["code"] == "KIM-105")
    assert kim105["status"] == "verletzt" and "58.200,00" in kim105["meldung"]
    page = client.post("/pruefen", files=files, data={"art": "jahresbericht"}).text
    assert "Texterkennung (OCR) auf 1 Seite" in page
    # "nie": the image stays unread, with the German reason; an unknown choice is a 400
    nie = client.post("/api/v1/pruefen", files=files, data={"ocr": "Nie"}).json()
    assert "ohne Texterkennung" in nie["berichte"][0]["fehler"]
    wrong = client.post("/api/v1/pruefen", files=files, data={"ocr": "manchmal"})
    assert wrong.status_code == 400 and "auto, immer, nie" in wrong.json()["meldung"]
