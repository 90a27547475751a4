"""Nearly empty and empty scan pages (issue 18): the grain of the paper is cleaned away before
Tesseract binarises a page that has too little ink for its threshold, and a page with no ink
is recorded as blank without recognition. Pages drawn with Pillow, grain as a copier adds it."""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageChops
from test_ocr import DPI, LINES, as_pdf, page_image

import kimdocs
from kimdocs.readers import ocr, paper, read_document, scan

SIGNATURE = [("Erik Beispielmann", False, 12), ("Oberbürgermeister", False, 12)]


def grainy(image: Image.Image, seed: int = 7) -> Image.Image:
    """The page on grey-yellowish paper with copier grain (as tests/test_ocr_scans.py)."""
    rnd = random.Random(seed)
    tile = Image.frombytes("L", (251, 241), bytes(int(rnd.gauss(128, 22)) & 0xFF
                                                  for _ in range(251 * 241)))
    grain = Image.new("L", image.size)
    for x in range(0, image.width, tile.width):
        for y in range(0, image.height, tile.height):
            grain.paste(tile, (x, y))
    return ImageChops.add(image.point(lambda v: int(v * 0.86) + 22), grain, offset=-118)


def test_otsu_splits_two_peaks_between_them():
    hist = [0] * 256
    hist[30], hist[240] = 100, 900
    assert 30 <= paper.otsu(hist) < 240


def test_threshold_of_a_signature_page_falls_into_the_grain_and_is_cleaned():
    signature = grainy(page_image(SIGNATURE))
    text = grainy(page_image(LINES * 3))  # a page of text: 21 lines
    cleaned, was_grainy, empty = paper.clean(signature)
    assert was_grainy and not empty
    assert paper.otsu(cleaned.histogram()) < 200  # now between paper and ink
    assert paper.clean(text)[1:] == (False, False)  # a page of text is left as it is
    assert paper.clean(text)[0] is text


def test_signature_page_is_read_once_without_the_orientation_check(monkeypatch):
    asked = []
    monkeypatch.setattr(ocr, "orientation", lambda *a, **k: asked.append(1) or (0, 0.0))
    page = scan.read_scan_page(grainy(page_image(SIGNATURE)), DPI, 4)
    words = [w.text for w in page.words]
    assert "Oberbürgermeister" in words and "Beispielmann" in words, words
    assert page.confidence > 75 and not page.blank
    assert not asked  # read well at the first go: no second reading


@pytest.mark.parametrize("make", [lambda: grainy(page_image([])),
                                  lambda: Image.new("L", (1654, 2339), 255)],
                         ids=["grain", "white"])
def test_empty_page_is_blank_and_not_recognised(monkeypatch, make):
    def never(*args, **kwargs):
        raise AssertionError("Tesseract asked about an empty page")
    monkeypatch.setattr(ocr, "recognise", never)
    monkeypatch.setattr(ocr, "orientation", never)
    page = scan.read_scan_page(make(), DPI, 2)
    assert page.blank and page.words == [] and page.lines == []


def test_a_single_short_word_is_not_blank():
    assert not paper.clean(grainy(page_image([("Ja", False, 10)])))[2]


def test_blank_back_page_is_named_in_the_document_and_the_report(tmp_path):
    pdf = as_pdf([grainy(page_image()), grainy(page_image([]))], tmp_path / "scan.pdf")
    document = read_document(pdf, timeout=120)
    assert [(p.page, p.blank) for p in document.ocr_pages] == [(1, False), (2, True)]
    report = kimdocs.check_file(pdf, timeout=120)
    assert report.leere_seiten == [2]
    assert "S. 2 (leer)" in report.ocr_text()
    seiten = report.to_dict()["texterkennung"]
    assert seiten["seiten"][1] == {"seite": 2, "sicherheit": 0.0, "leer": True}
    assert seiten["sicherheit"] == round(document.ocr_pages[0].confidence, 1)  # blank not counted
