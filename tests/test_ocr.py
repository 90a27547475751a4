"""OCR (issue 18), reader side: the Tesseract module, trust in figures, bounds, progress,
orientation, stamps and the searchable marked copy. Small pages drawn with Pillow (no
LibreOffice): one page takes Tesseract about a second."""

from __future__ import annotations

import io
import pickle
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

import kimdocs
from kimdocs.errors import ReadError
from kimdocs.readers import ocr, pages_to_recognise, read_document, read_document_unsandboxed
from kimdocs.readers.document import Document, Location, OcrPage, OcrWord, Paragraph
from kimdocs.readers.figures import extract_figures
from kimdocs.readers.pdf_pages import pages_needing_ocr
from kimdocs.readers.scan import _repaired, repair_digits, skew_angle
from kimdocs.readers.trust import mark_uncertain

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
BOLD = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
DPI = 200
LINES = [  # (text, bold, size in pt)
    ("Eingegangen am 19.12.2026", True, 11),
    ("Jahresbericht 2026", True, 18),
    ("1. Personal", True, 14),
    ("Die Stelle ist mit 0,5 VZÄ besetzt.", False, 12),
    ("2. Mittelverwendung", True, 14),
    ("Personalausgaben verausgabt: 58.200,00 EUR", False, 12),
    ("Sachausgaben verausgabt: 17.850,40 EUR", False, 12),
]


def page_image(lines=LINES, turn: float = 0.0) -> Image.Image:
    """An A4 page at 200 dpi with the lines typed on it, a little crooked."""
    width, height = int(8.27 * DPI), int(11.69 * DPI)
    image = Image.new("L", (width, height), 246)
    draw = ImageDraw.Draw(image)
    y = int(1.2 * DPI)
    for text, bold, size in lines:
        font = ImageFont.truetype(BOLD if bold else FONT, int(size * DPI / 72))
        draw.text((int(1.0 * DPI), y), text, fill=25, font=font)
        y += int(size * DPI / 72 * 2.2)
    return image.rotate(turn, resample=Image.BICUBIC, fillcolor=246) if turn else image


def as_pdf(images, path: Path) -> Path:
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=DPI)
    return path


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    return as_pdf([page_image(turn=0.8)], tmp_path_factory.mktemp("ocr") / "scan.pdf")


@pytest.fixture(scope="module")
def scanned(scan) -> Document:
    return read_document(scan)


def test_tesseract_version_is_known():
    assert ocr.version() and ocr.version()[0].isdigit()


def test_scan_reads_as_text_with_outline_and_figures(scanned):
    assert [h.text for h in scanned.headings()][:3] == [
        "Jahresbericht 2026", "1. Personal", "2. Mittelverwendung"]
    amounts = {(f.label, f.value) for f in scanned.figures_of("betrag")}
    assert amounts == {("Personalausgaben", Decimal("58200.00")),
                       ("Sachausgaben", Decimal("17850.40"))}
    page = scanned.ocr_pages[0]
    assert page.page == 1 and page.dpi == 300 and page.confidence > 80  # 200 dpi read at 300
    assert abs(page.skew + 0.8) <= 0.15  # straightened: turned back by as much
    assert all(f.confidence is not None and not f.uncertain for f in scanned.figures)


def test_receipt_stamp_in_the_text_near_the_top(scanned):
    assert [(s.date, s.source, s.page) for s in scanned.stamps] == [
        (date(2026, 12, 19), "text", 1)]


def test_document_of_a_scan_survives_the_sandbox(scanned):
    again = pickle.loads(pickle.dumps(scanned))
    assert again.ocr_pages == scanned.ocr_pages and again.stamps == scanned.stamps
    assert again.to_dict()["ocr_pages"][0]["words"] == len(scanned.ocr_pages[0].words)


def test_ocr_nie_keeps_the_old_answer(scan):
    with pytest.raises(ReadError, match="kein Textlayer"):
        read_document(scan, ocr="nie")


def test_pages_needing_ocr(tmp_path, scan):
    path = as_pdf([page_image(LINES[1:4]), page_image(LINES[4:])], tmp_path / "zwei.pdf")
    assert pages_needing_ocr(path) == 2 and pages_needing_ocr(path, "nie") == 0
    assert pages_to_recognise(path) == 2 and pages_to_recognise(scan, ocr="immer") == 1


def test_missing_tesseract_is_a_german_message_with_the_install_command(scan, monkeypatch):
    monkeypatch.setattr(ocr, "_program", lambda: (None, "", ()))
    with pytest.raises(ReadError) as info:
        read_document_unsandboxed(scan)
    assert "Tesseract ist nicht installiert" in str(info.value)
    assert "apt-get install tesseract-ocr tesseract-ocr-deu" in str(info.value)
    assert str(scan) in str(info.value)


def test_missing_german_model_is_named(scan, monkeypatch):
    monkeypatch.setattr(ocr, "_program", lambda: ("/usr/bin/tesseract", "5", ("eng", "osd")))
    with pytest.raises(ReadError, match="kein deutsches Sprachmodell"):
        read_document_unsandboxed(scan)


def test_sideways_photo_is_turned_upright(tmp_path):
    path = tmp_path / "quer.png"
    page_image().rotate(90, expand=True).save(path, dpi=(DPI, DPI))  # the top on the left
    document = read_document(path)
    assert document.format == "png" and document.ocr_pages[0].turn == 90
    assert "1. Personal" in [h.text for h in document.headings()]
    # boxes are on the page as displayed (landscape): the heading is in the left part
    heading = next(h for h in document.headings() if h.text == "1. Personal")
    x0, top, x1, bottom = heading.location.bbox
    assert x1 < 842 / 2 and bottom - top > x1 - x0  # a line of text standing upright


def test_multipage_tiff_with_progress(tmp_path):
    path = tmp_path / "bericht.tif"
    first, second = page_image(LINES[:4]), page_image(LINES[4:])
    first.save(path, save_all=True, append_images=[second], dpi=(DPI, DPI),
               compression="tiff_lzw")
    assert pages_to_recognise(path) == 2
    calls = []
    document = read_document_unsandboxed(path, progress=lambda n, total: calls.append((n, total)))
    assert calls == [(1, 2), (2, 2)]  # "Texterkennung Seite 1 von 2", …
    assert document.format == "tiff" and document.pages == 2
    assert [p.page for p in document.ocr_pages] == [1, 2]
    assert "2. Mittelverwendung" in [h.text for h in document.headings()]


def test_check_boxes_on_a_scan_are_seen_ticked_or_empty(tmp_path):
    """Tesseract reads no box glyph; the reader looks at the square left of the line."""
    image = page_image([("Der Antragsteller erklärt:", False, 12),
                        ("Die Angaben sind vollständig und richtig.", False, 12),
                        ("Mit der Maßnahme wurde noch nicht begonnen.", False, 12),
                        ("Keine Doppelförderung.", False, 12)])
    draw = ImageDraw.Draw(image)
    line = int(12 * DPI / 72 * 2.2)
    for n, ticked in ((1, True), (2, False), (3, True)):
        top = int(1.2 * DPI) + n * line + 4
        x0, side = int(1.0 * DPI) - 45, 30
        draw.rectangle((x0, top, x0 + side, top + side), outline=20, width=3)
        if ticked:
            draw.line((x0 + 6, top + 6, x0 + side - 6, top + side - 6), fill=20, width=3)
            draw.line((x0 + 6, top + side - 6, x0 + side - 6, top + 6), fill=20, width=3)
    path = tmp_path / "erklaerung.png"
    image.save(path, dpi=(DPI, DPI))
    lines = read_document(path).full_text().split("\n")
    assert "Der Antragsteller erklärt:" in lines
    assert "\u2612 Die Angaben sind vollständig und richtig." in lines
    assert "\u2610 Mit der Maßnahme wurde noch nicht begonnen." in lines
    assert "\u2612 Keine Doppelförderung." in lines


@pytest.mark.parametrize("data, what", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "beschädigt"),
    (b"II*\x00" + b"\xff" * 50, "beschädigt"),
])
def test_broken_images_are_german_messages(tmp_path, data, what):
    path = tmp_path / ("kaputt.png" if data.startswith(b"\x89") else "kaputt.tif")
    path.write_bytes(data)
    with pytest.raises(ReadError, match=what):
        read_document(path)


def test_skew_is_measured_both_ways():
    for turn in (-1.4, 0.6):
        assert abs(skew_angle(page_image(turn=turn)) + turn) <= 0.15  # the turn back


# --- trust ------------------------------------------------------------------------------------

@pytest.mark.parametrize("word, expected", [
    ("6O.000,00", "60.000,00"), ("l5.12.2026", "15.12.2026"), ("2S.000,00", "25.000,00"),
    ("1B.500,00€", "18.500,00€"), ("60.000,00", None), ("SOLL", None), ("Bl", None),
    ("O,5", None),  # one digit is too little to call the O a zero
])
def test_repair_digits(word, expected):
    assert repair_digits(word) == expected


def _ocr_document(words: list[OcrWord], text: str) -> Document:
    document = Document("x.pdf", "pdf", blocks=[Paragraph(text, Location(1, (70, 90, 400, 110), 0))],
                        pages=1)
    document.ocr_pages = [OcrPage(1, 90.0, words=words)]
    document.figures = extract_figures(document)
    mark_uncertain(document)
    return document


def test_misread_digit_makes_the_figure_uncertain_with_its_raw_reading():
    words = [OcrWord("Personalausgaben:", (72, 95, 160, 108), 96),
             OcrWord("60.000,00", (165, 95, 215, 108), 91, raw="6O.000,00"),
             OcrWord("EUR", (218, 95, 240, 108), 95)]
    (figure,) = _ocr_document(words, "Personalausgaben: 60.000,00 EUR").figures
    assert figure.value == Decimal("60000.00")  # what it most likely says …
    assert figure.uncertain and figure.raw == "6O.000,00 EUR"  # … but not for certain
    assert figure.to_dict()["raw"] == "6O.000,00 EUR"


def test_low_confidence_makes_the_figure_uncertain():
    words = [OcrWord("Sachausgaben:", (72, 95, 150, 108), 95),
             OcrWord("17.850,40", (155, 95, 205, 108), 41), OcrWord("EUR", (208, 95, 230, 108), 93)]
    (figure,) = _ocr_document(words, "Sachausgaben: 17.850,40 EUR").figures
    assert figure.uncertain and figure.confidence == 41 and figure.raw == "17.850,40 EUR"


def test_confident_figure_is_certain():
    words = [OcrWord("Sachausgaben:", (72, 95, 150, 108), 95),
             OcrWord("17.850,40", (155, 95, 205, 108), 93), OcrWord("EUR", (208, 95, 230, 108), 93)]
    (figure,) = _ocr_document(words, "Sachausgaben: 17.850,40 EUR").figures
    assert not figure.uncertain and figure.confidence == 93 and figure.raw is None


# --- stamps as annotations --------------------------------------------------------------------

def test_receipt_stamp_annotation_gives_its_date(tmp_path):
    plain = as_pdf([page_image(LINES[1:])], tmp_path / "ohne.pdf")
    writer = PdfWriter(clone_from=str(plain))
    writer.add_annotation(0, DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Stamp"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (400, 760, 560, 810)]),
        NameObject("/Contents"): TextStringObject("Eingegangen 19.12.2026")}))
    writer.add_annotation(0, FreeText(text="Bitte Rücksprache", rect=(50, 50, 250, 80)))
    path = tmp_path / "gestempelt.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    stamps = read_document(path).stamps
    assert [(s.date, s.source, s.text, s.page) for s in stamps] == [
        (date(2026, 12, 19), "annotation", "Eingegangen 19.12.2026", 1)]
    x0, top, _, _ = stamps[0].bbox  # as displayed: near the top right
    assert top < 100 and x0 >= 400


# --- the marked copy of a scan ----------------------------------------------------------------

def test_marked_copy_of_a_scan_is_searchable_and_marked_on_the_words(scan, tmp_path):
    report = kimdocs.check_file(scan)
    copy = kimdocs.annotate_file(scan, report, tmp_path / "scan.geprueft.pdf")
    reader = PdfReader(str(copy))
    text = reader.pages[0].extract_text()
    assert "Personalausgaben" in text and "58.200,00" in text
    annotations = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    assert any(a["/Subtype"] == "/Text" for a in annotations)  # the verdict note
    # the copy reads like the scan (its own text layer now), and is marked again cleanly
    again = read_document(copy)
    assert not again.ocr_pages
    assert "Personalausgaben verausgabt: 58.200,00 EUR" in again.full_text()
    second = kimdocs.annotate_file(copy, kimdocs.check_file(copy), tmp_path / "zwei.pdf")
    assert PdfReader(str(second)).pages[0].extract_text().count("Personalausgaben") == 1
    assert io.BytesIO(second.read_bytes()).getbuffer().nbytes > 0


def test_lost_comma_of_a_share_is_undone_but_kept_uncertain():
    line = ocr.OcrLine((0, 0, 100, 10), 9.0, 10.0, (
        ocr.Word("Beispiel", (0, 0, 40, 10), 96), ocr.Word("05VZÄ", (45, 0, 70, 10), 62),
        ocr.Word("05", (75, 0, 85, 10), 90), ocr.Word("VZA", (88, 0, 100, 10), 80),
        ocr.Word("05", (0, 20, 10, 30), 95), ocr.Word("Stück", (12, 20, 30, 30), 95)))
    fixed = _repaired(line).words
    assert [(w.text, w.raw) for w in fixed] == [
        ("Beispiel", None), ("0,5 VZÄ", "05VZÄ"), ("0,5", "05"), ("VZA", None),
        ("05", None), ("Stück", None)]  # "05 Stück" is no share of a position
