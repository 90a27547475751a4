"""The draft back with the findings on it (issue 12): Word comments, ODF annotations and PDF
highlights at the place of each finding, a summary at the start, the text unchanged.

Two drafts with known defects, each as DOCX, ODT and PDF (LibreOffice converts them once for
the whole module): the shipped negative example rendered by kimdocs, and a foreign-style
Jahresbericht written with python-docx (bold lines instead of heading styles) that lacks a
section, overspends Sachkosten, has a wrong total and no questionnaire.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from dokumente import JAHRESBERICHT, replace_cell, without, write_docx
from lxml import etree
from pypdf import PdfReader

import kimdocs
from kimdocs.annotate import annotate
from kimdocs.checker import check_file
from kimdocs.cli import main
from kimdocs.errors import ReadError
from kimdocs.guideline import load_guideline
from kimdocs.libreoffice import find_soffice
from kimdocs.model import load_data
from kimdocs.readers import read_document

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"

MISSING_AFTER = "Eine ämterübergreifende Arbeitsgruppe Integration tagt vierteljährlich."
# rule -> the text of the paragraph or cell each one must be anchored to (at least these)
EXPECTED = {
    "negativ": {"KIM-103": {"0,9 VZÄ", "0,3 VZÄ"}, "KIM-104": {"0,3 VZÄ"},
                "KIM-106": {"25.000,00 EUR"}, "KIM-107": {"Sachausgaben: Verwaltungskostenpauschale 15 %"}},
    "fremd": {"KIM-106": {"24.000,00 EUR"}, "KIM-108": {"76.050,40 EUR"},
              "KIM-504": {MISSING_AFTER}},
}
IN_SUMMARY = {"negativ": set(), "fremd": {"KIM-110"}}  # a rule about the whole document


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def compact(text: str) -> str:
    return "".join(text.split())


def soffice(paths: list[Path], outdir: Path, target: str) -> None:
    """One LibreOffice start for several files, with its own profile."""
    with tempfile.TemporaryDirectory(prefix="kimdocs-test-lo-") as profile:
        subprocess.run([find_soffice(), f"-env:UserInstallation={Path(profile).as_uri()}",
                        "--headless", "--norestore", "--convert-to", target, "--outdir",
                        str(outdir), *map(str, paths)],
                       check=True, capture_output=True, timeout=180)


NOTES_FILTER = ('pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},'
                '"ExportNotesInMargin":{"type":"boolean","value":"true"}}')


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    """name -> format -> (original, report, annotated copy). Two LibreOffice starts in all:
    one makes the ODTs, one the PDFs of the drafts and of the annotated DOCX copies."""
    base = tmp_path_factory.mktemp("annotate")
    for folder in ("docx", "odt", "pdf", "markiert", "markiert-pdf"):
        (base / folder).mkdir()
    r = load_guideline()
    antrag = load_data(ROOT / "beispiele" / "negativ-kaiserslautern" / "antrag.yaml")
    (base / "docx" / "negativ.docx").write_bytes(kimdocs.render_document(antrag, r))
    outline = replace_cell(without(JAHRESBERICHT, "Interkommunale"), "17.850,40 EUR",
                           "24.000,00 EUR")
    outline = [i for i in outline if "Fragebogen" not in i.get("p", "")]
    write_docx(outline, base / "docx" / "fremd.docx", headings="bold")
    names = ("negativ", "fremd")
    result: dict = {name: {} for name in names}

    def mark(name: str, fmt: str) -> None:
        original = base / fmt / f"{name}.{fmt}"
        report = check_file(original)
        copy = annotate(original, report, base / "markiert" / f"{name}.geprueft.{fmt}")
        result[name][fmt] = (original, report, copy)

    sources = [base / "docx" / f"{name}.docx" for name in names]
    soffice(sources, base / "odt", "odt")
    copies = []
    for name in names:
        mark(name, "docx")
        mark(name, "odt")
        for fmt in ("docx", "odt"):  # one name per copy: soffice names its PDFs by stem
            copies.append(base / "markiert-pdf" / f"{name}-{fmt}.{fmt}")
            copies[-1].write_bytes(result[name][fmt][2].read_bytes())
    soffice(sources + copies, base / "pdf", NOTES_FILTER)
    for copy in copies:
        (base / "pdf" / f"{copy.stem}.pdf").rename(copy.with_suffix(".pdf"))
    for name in names:
        mark(name, "pdf")
        for fmt in ("docx", "odt"):
            result[name][f"{fmt}-in-libreoffice"] = base / "markiert-pdf" / f"{name}-{fmt}.pdf"
    return result


def violated(report) -> set[str]:
    return {b.code for b in report.ergebnisse if b.verletzt}


def test_the_drafts_have_the_known_defects(drafts):
    for name in ("negativ", "fremd"):
        for fmt in ("docx", "odt", "pdf"):
            _, report, _ = drafts[name][fmt]
            assert report.urteil == "maengel", (name, fmt)
            assert set(EXPECTED[name]) | IN_SUMMARY[name] <= violated(report), (name, fmt)


# --- DOCX -------------------------------------------------------------------------------------

def docx_comments(path: Path) -> list[dict]:
    """Each w:comment with its author, text and the text it is anchored to (between its
    commentRangeStart and commentRangeEnd), in the order of the comments part."""
    with zipfile.ZipFile(path) as zf:
        body = etree.fromstring(zf.read("word/document.xml"))
        comments = etree.fromstring(zf.read("word/comments.xml"))
    running: dict[str, list[str]] = {}
    anchored: dict[str, str] = {}
    for el in body.iter(f"{W}commentRangeStart", f"{W}commentRangeEnd", f"{W}t", f"{W}p"):
        cid = el.get(f"{W}id")
        if el.tag == f"{W}commentRangeStart":
            running[cid] = []
        elif el.tag == f"{W}commentRangeEnd":
            anchored[cid] = norm(" ".join(running.pop(cid)))
        else:
            for parts in running.values():
                parts.append(el.text or "" if el.tag == f"{W}t" else " ")
    out = []
    for c in comments.iter(f"{W}comment"):
        text = "\n".join("".join(p.itertext()) for p in c.iter(f"{W}p"))
        out.append({"author": c.get(f"{W}author"), "text": text,
                    "anchor": anchored.get(c.get(f"{W}id"))})
    return out


def anchors_by_rule(comments: list[dict]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in comments:
        code = c["text"].split(" ", 1)[0]
        out.setdefault(code, set()).add(c["anchor"])
    return out


@pytest.mark.parametrize("name", ["negativ", "fremd"])
def test_docx_comments_stand_at_the_paragraph_or_cell_of_each_finding(drafts, name):
    original, report, copy = drafts[name]["docx"]
    comments = docx_comments(copy)
    assert {c["author"] for c in comments} == {"kimdocs"}
    anchors = anchors_by_rule(comments)
    for code, expected in EXPECTED[name].items():
        assert expected <= anchors.get(code, set()), (code, anchors.get(code))
    # every violated rule is a comment of its own or named in the summary
    summary = comments[0]
    assert summary["text"].startswith("kimdocs-Prüfung") and "Mängel" in summary["text"]
    for code in violated(report):
        assert code in anchors or code in summary["text"], code
    for code in IN_SUMMARY[name]:
        assert code not in anchors and code in summary["text"]
    # the summary stands at the start: the first paragraph with text
    first = next(b for b in read_document(original).blocks if b.text.strip())
    assert summary["anchor"] == norm(first.text)
    # a comment says what is wrong, the clause and what to do, in German
    kim106 = next(c["text"] for c in comments if c["text"].startswith("KIM-106"))
    assert "Was nicht stimmt:" in kim106 and "Konzept Nr. 5 Abs. 4" in kim106
    assert "Was zu tun ist:" in kim106


def test_a_missing_section_is_commented_where_it_is_expected(drafts):
    comments = docx_comments(drafts["fremd"]["docx"][2])
    kim504 = next(c for c in comments if c["text"].startswith("KIM-504"))
    # after the whole section before it ("3. Vernetzung in der Kommune"), not at its heading
    assert kim504["anchor"] == MISSING_AFTER
    assert "Interkommunale Vernetzung" in kim504["text"] and "ergänzen" in kim504["text"]


# --- ODT --------------------------------------------------------------------------------------

_NOT_TEXT = {f"{OFFICE}annotation", f"{TEXT}note", f"{TEXT}tracked-changes",
             "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame"}


def _paragraph_text(p) -> str:
    """The paragraph's own text, without comments, notes and text boxes (as the reader)."""
    parts = [p.text or ""]
    for child in p:
        if child.tag not in _NOT_TEXT:
            parts.append(_paragraph_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def odt_annotations(path: Path) -> list[dict]:
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("content.xml"))
    ends = {e.get(f"{OFFICE}name"): e.getparent() for e in root.iter(f"{OFFICE}annotation-end")}
    out = []
    for note in root.iter(f"{OFFICE}annotation"):
        start = note.getparent()
        end = ends.get(note.get(f"{OFFICE}name"))
        paragraphs = [start] if end is start else [start, end]
        cell = next(start.iterancestors(f"{TABLE}table-cell"), None)
        out.append({
            "author": note.findtext(f"{DC}creator"),
            "text": "\n".join("".join(p.itertext()) for p in note.iter(f"{TEXT}p")),
            "anchor": norm(" ".join(_paragraph_text(p) for p in paragraphs)),
            "cell": None if cell is None else norm(_paragraph_text(cell)),
        })
    return out


@pytest.mark.parametrize("name", ["negativ", "fremd"])
def test_odt_annotations_stand_at_the_paragraph_or_cell_of_each_finding(drafts, name):
    _, report, copy = drafts[name]["odt"]
    notes = odt_annotations(copy)
    assert {n["author"] for n in notes} == {"kimdocs"}
    anchors = anchors_by_rule(notes)
    for code, expected in EXPECTED[name].items():
        assert expected <= anchors.get(code, set()), (code, anchors.get(code))
    cells = {n["cell"] for n in notes if n["text"].startswith("KIM-106")}
    assert cells <= {"25.000,00 EUR", "24.000,00 EUR"} and cells  # the cell, not the table
    summary = notes[0]
    assert summary["text"].startswith("kimdocs-Prüfung") and "Mängel" in summary["text"]
    for code in violated(report):
        assert code in anchors or code in summary["text"], code


def test_odt_copy_keeps_every_other_member_and_mimetype_first(drafts):
    original, _, copy = drafts["negativ"]["odt"]
    with zipfile.ZipFile(original) as a, zipfile.ZipFile(copy) as b:
        assert [i.filename for i in a.infolist()] == [i.filename for i in b.infolist()]
        first = b.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        for info in a.infolist():
            if info.filename != "content.xml":
                assert a.read(info) == b.read(info.filename), info.filename
        assert a.read("content.xml") != b.read("content.xml")


# --- PDF --------------------------------------------------------------------------------------

def pdf_annotations(path: Path) -> list[dict]:
    """Markup annotations with their page (1-based) and box in top-left points."""
    reader = PdfReader(str(path))
    out = []
    for number, page in enumerate(reader.pages, 1):
        top = float(page.cropbox.top)
        for ref in page.get("/Annots", []):
            a = ref.get_object()
            if a["/Subtype"] == "/Popup":
                continue
            x0, y0, x1, y1 = (float(v) for v in a["/Rect"])
            out.append({"type": a["/Subtype"], "page": number, "author": a.get("/T"),
                        "text": str(a.get("/Contents", "")),
                        "box": (x0, top - y1, x1, top - y0),
                        "popup": "/Popup" in a})
    return out


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def find_text(pdf: Path, text: str) -> list[tuple[int, tuple]]:
    with pdfplumber.open(str(pdf)) as doc:
        return [(n, (h["x0"], h["top"], h["x1"], h["bottom"]))
                for n, page in enumerate(doc.pages, 1) for h in page.search(text, regex=False)]


@pytest.mark.parametrize("name", ["negativ", "fremd"])
def test_pdf_highlights_lie_over_each_passage(drafts, name):
    original, report, copy = drafts[name]["pdf"]
    notes = pdf_annotations(copy)
    assert {n["author"] for n in notes} == {"kimdocs"}
    highlights = [n for n in notes if n["type"] == "/Highlight"]
    assert all(h["popup"] for h in highlights)  # each with its pop-up note
    for code, expected in EXPECTED[name].items():
        for text in expected - {MISSING_AFTER}:
            places = find_text(original, text)
            assert places, text
            hits = [h for h in highlights if h["text"].startswith(code)
                    and any(p == h["page"] and overlaps(h["box"], box) for p, box in places)]
            assert hits, (code, text)
            # a figure in a table cell: a highlight on the cell's line, not only the table
            assert any(h["box"][3] - h["box"][1] < 20 for h in hits), hits
    summary = [n for n in notes if n["text"].startswith("kimdocs-Prüfung")]
    assert len(summary) == 1 and summary[0]["page"] == 1 and summary[0]["type"] == "/Text"
    codes = {n["text"].split(" ", 1)[0] for n in notes}
    for code in violated(report):
        assert code in codes or code in summary[0]["text"], code


def test_pdf_missing_section_is_noted_where_it_is_expected(drafts):
    original, _, copy = drafts["fremd"]["pdf"]
    note = next(n for n in pdf_annotations(copy) if n["text"].startswith("KIM-504"))
    assert note["type"] == "/Text"
    (page, before), = find_text(original, MISSING_AFTER[:40])
    (next_page, after), = find_text(original, "5. Öffentlichkeitsarbeit")
    assert note["page"] == page == next_page
    # in the left margin, starting just below the paragraph the missing part belongs after
    assert before[3] - 2 <= note["box"][1] < after[1]
    assert note["box"][2] <= before[0]


def test_pdf_screenshot_shows_the_highlight(drafts):
    original, _, copy = drafts["negativ"]["pdf"]
    note = next(n for n in pdf_annotations(copy) if n["text"].startswith("KIM-106"))
    SCREENSHOTS.mkdir(exist_ok=True)
    dpi = 60
    shots = {}
    for label, pdf in (("annotate_pdf", copy), ("original", original)):
        stem = Path(tempfile.mkdtemp()) / label if label == "original" else SCREENSHOTS / label
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(note["page"]), "-l",
                        str(note["page"]), "-singlefile", str(pdf), str(stem)],
                       check=True, capture_output=True, timeout=60)
        shots[label] = Path(f"{stem}.png")
    from PIL import Image

    def yellow_share(png: Path) -> float:
        image = Image.open(png).convert("RGB")
        x0, top, x1, bottom = (v * dpi / 72 for v in note["box"])
        pixels = [image.getpixel((x, y)) for x in range(int(x0) + 1, int(x1))
                  for y in range(int(top) + 1, int(bottom))]
        return sum(r > 180 and g > 160 and b < 140 for r, g, b in pixels) / len(pixels)

    assert yellow_share(shots["annotate_pdf"]) > 0.3
    assert yellow_share(shots["original"]) < 0.05


# --- the copy reads as the original -----------------------------------------------------------

@pytest.mark.parametrize("fmt", ["docx", "odt", "pdf"])
@pytest.mark.parametrize("name", ["negativ", "fremd"])
def test_the_copy_reads_the_same_and_gets_the_same_verdict(drafts, name, fmt):
    original, report, copy = drafts[name][fmt]
    before, after = read_document(original).to_dict(), read_document(copy).to_dict()
    for key in ("blocks", "figures", "pages"):
        assert after[key] == before[key], key
    again = check_file(copy)
    assert again.urteil == report.urteil
    assert [b.to_dict() for b in again.ergebnisse] == [b.to_dict() for b in report.ergebnisse]


# --- LibreOffice keeps the comments -----------------------------------------------------------

@pytest.mark.parametrize("fmt", ["docx", "odt"])
@pytest.mark.parametrize("name", ["negativ", "fremd"])
def test_libreoffice_opens_the_annotated_copy_and_keeps_the_comments(drafts, name, fmt):
    pdf = drafts[name][f"{fmt}-in-libreoffice"]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    # LibreOffice >= 7.5 prints comments in the margin; older ones (7.4 here) export them
    # as PDF notes. Either way each comment must come through with its text.
    lo_notes = pdf_annotations(pdf)
    kept = norm(text + "\n" + "\n".join(n["text"] for n in lo_notes))
    for code in EXPECTED[name]:
        assert f"{code} (Fehler, verletzt)" in kept, code
    assert "kimdocs-Prüfung" in kept
    # the page of LibreOffice's note for a cell is the page the cell is on
    pages = ({n["page"] for n in lo_notes if "KIM-106" in n["text"]}
             or {p for p, _ in find_text(pdf, "KIM-106 (Fehler")})
    cell = next(iter(EXPECTED[name]["KIM-106"]))
    assert pages and pages <= {p for p, _ in find_text(pdf, cell)}


# --- bad input, the command line --------------------------------------------------------------

def test_corrupt_input_gets_no_copy_and_a_german_message(drafts, tmp_path):
    _, report, _ = drafts["negativ"]["docx"]
    broken = tmp_path / "kaputt.docx"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document")
    truncated = tmp_path / "halb.pdf"
    truncated.write_bytes(drafts["negativ"]["pdf"][0].read_bytes()[:700])
    out = tmp_path / "out"
    out.mkdir()
    for bad in (broken, truncated):
        with pytest.raises(ReadError) as info:
            annotate(bad, report, out / f"{bad.stem}.geprueft{bad.suffix}")
        assert str(bad) in str(info.value) and "Datei" in str(info.value)
    assert os.listdir(out) == []  # nothing half-written, no temporary files


def test_the_original_is_never_the_target(drafts):
    original, report, _ = drafts["negativ"]["docx"]
    with pytest.raises(ReadError, match="Original"):
        annotate(original, report, original)


def test_cli_pruefen_markieren_writes_the_copy_next_to_the_report(drafts, tmp_path):
    source = tmp_path / "entwurf.docx"
    source.write_bytes(drafts["fremd"]["docx"][0].read_bytes())
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    broken = tmp_path / "kaputt.pdf"
    broken.write_bytes(b"%PDF-1.7\n kaputt")
    out = tmp_path / "markiert"
    runner = CliRunner()
    result = runner.invoke(main, ["pruefen", str(source), "--markieren", str(out)])
    assert result.exit_code == 1, result.output
    copy = out / "entwurf.geprueft.docx"
    assert f"Markierte Kopie geschrieben: {copy}" in result.output
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest  # original untouched
    assert "KIM-504" in {c["text"].split(" ", 1)[0] for c in docx_comments(copy)}
    # a second run replaces the derived copy (it holds nothing of the user's)
    copy.write_bytes(b"alt")
    result = runner.invoke(main, ["pruefen", str(source), str(broken), "--markieren", str(out)])
    assert result.exit_code == 2, result.output
    assert docx_comments(copy)
    assert "kaputt.pdf: keine markierte Kopie" in result.output
    assert sorted(os.listdir(out)) == ["entwurf.geprueft.docx"]
    assert "Traceback" not in result.output


def test_findings_without_a_block_are_found_by_their_text_or_go_into_the_summary(drafts,
                                                                              tmp_path):
    from dataclasses import replace

    from kimdocs.findings import Befund, Fundstelle

    original, report, _ = drafts["fremd"]["docx"]
    quoted = Befund("KIM-901", "zitat", "verletzt", "fehler", "Zitierte Stelle.", "Nr. 1",
                    (Fundstelle(None, "Lücken bestehen bei Sprachkursen"),))
    nowhere = Befund("KIM-902", "nirgends", "verletzt", "fehler", "Nicht im Text.", "Nr. 2",
                     (Fundstelle(None, "Diesen Satz gibt es nicht"),))
    extra = replace(report, ergebnisse=[*report.ergebnisse, quoted, nowhere])
    copy = annotate(original, extra, tmp_path / "extra.geprueft.docx")
    comments = docx_comments(copy)
    anchors = anchors_by_rule(comments)
    assert anchors["KIM-901"] == {norm(next(b.text for b in read_document(original).blocks
                                            if "Lücken bestehen" in b.text))}
    assert "KIM-902" not in anchors
    assert "Ohne feste Stelle – KIM-902" in comments[0]["text"]


def test_public_api(drafts, tmp_path):
    import kimdocs.annotate  # the subpackage must not hide the function

    original, report, _ = drafts["negativ"]["pdf"]
    out = kimdocs.annotate_file(original, report, tmp_path / "x.geprueft.pdf")
    assert out == tmp_path / "x.geprueft.pdf"
    assert any(a["type"] == "/Highlight" for a in pdf_annotations(out))
    assert kimdocs.annotate.annotated_name("a/Antrag.PDF") == "Antrag.geprueft.pdf"


def test_a_protected_pdf_gets_no_copy(drafts, tmp_path):
    from pypdf import PdfWriter

    original, _, _ = drafts["fremd"]["pdf"]
    writer = PdfWriter(clone_from=str(original))
    writer.encrypt(user_password="", owner_password="geheim", algorithm="RC4-128")
    protected = tmp_path / "geschuetzt.pdf"
    with open(protected, "wb") as fh:
        writer.write(fh)
    report = check_file(protected)  # readable: an owner password does not lock the text
    assert report.fehler is None and "KIM-106" in violated(report)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ReadError, match="verschlüsselt"):
        annotate(protected, report, out / "geschuetzt.geprueft.pdf")
    assert os.listdir(out) == []


def test_pdf_highlight_lies_over_the_text_when_the_crop_box_is_shifted(drafts, tmp_path):
    import pypdfium2 as pdfium
    from pypdf import PdfWriter
    from pypdf.generic import RectangleObject

    original, _, _ = drafts["negativ"]["pdf"]
    writer = PdfWriter(clone_from=str(original))
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        page.cropbox = RectangleObject([30, 40, width - 10, height - 20])
    shifted = tmp_path / "verschoben.pdf"
    with open(shifted, "wb") as fh:
        writer.write(fh)
    copy = annotate(shifted, check_file(shifted), tmp_path / "verschoben.geprueft.pdf")
    # where the glyphs really are, in user space
    pdf = pdfium.PdfDocument(str(shifted))
    try:
        textpage = pdf[1].get_textpage()
        hit = textpage.search("25.000,00 EUR", match_case=True).get_next()
        textpage.count_rects(*hit)
        left, bottom, right, top = textpage.get_rect(0)
    finally:
        pdf.close()
    rects = [[float(v) for v in ref.get_object()["/Rect"]]
             for ref in PdfReader(str(copy)).pages[1]["/Annots"]
             if ref.get_object()["/Subtype"] == "/Highlight"
             and str(ref.get_object()["/Contents"]).startswith("KIM-106")]
    assert any(overlaps(r, (left, bottom, right, top)) and r[3] - r[1] < 20 for r in rects)


# --- the block -> element map follows the readers ---------------------------------------------

def test_docx_block_elements_follow_the_reader(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from kimdocs.readers.docx import block_elements, paragraph_text, table_cells

    w = nsdecls("w")
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Az. 3321-0001"
    d.sections[0].footer.paragraphs[0].text = "Seite 1"
    d.add_paragraph("Vorher.")
    d.add_paragraph("")  # no text: no block
    body = d.element.body
    for xml in (
        (f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Im Formularfeld</w:t></w:r></w:p>"
        f"</w:sdtContent></w:sdt>"),
        (f'<w:p {w}><w:r><w:t xml:space="preserve">Sachkosten </w:t></w:r><w:del w:id="1" '
        f'w:author="A"><w:r><w:delText>30.000 €</w:delText></w:r></w:del><w:ins w:id="2" '
        f'w:author="A"><w:r><w:t>20.000 €</w:t></w:r></w:ins></w:p>'),
        (f'<w:p {w} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<w:r><w:t>Vor dem Textfeld</w:t></w:r><w:r><w:drawing><wps:txbx><w:txbxContent><w:p>"
        f"<w:r><w:t>Im Textfeld: 0,5 VZÄ</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
        f"</w:drawing></w:r></w:p>"),
    ):
        body.insert(len(body) - 1, parse_xml(xml))
    table = d.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Posten über zwei Spalten"
    table.cell(0, 2).text = "Betrag"
    for c, text in enumerate(["Sachkosten", "verausgabt", "18.000,00 EUR"]):
        table.cell(1, c).text = text
    d.add_paragraph("Nachher.")
    path = tmp_path / "sonder.docx"
    d.save(path)

    document = read_document(path)
    elements = block_elements(docx.Document(str(path)))
    assert len(elements) == len(document.blocks)
    for block, element in zip(document.blocks, elements):
        if element.tag.endswith("}tbl"):
            grid = table_cells(element)
            for r, row in enumerate(block.rows):
                for c, text in enumerate(row):
                    if text:  # the cell a text stands in
                        assert norm(" ".join(paragraph_text(p) for p in
                                             grid[r][c].iter(f"{W}p"))) == norm(text)
        else:
            assert norm(paragraph_text(element)) == norm(block.text)
    texts = [b.text for b in document.blocks]
    assert texts[0] == "Az. 3321-0001" and texts[-1] == "Seite 1"
    assert "Im Textfeld: 0,5 VZÄ" in texts and "Im Formularfeld" in texts


def test_odt_block_elements_follow_the_reader(tmp_path):
    from test_readers import ODT_CONTENT

    from kimdocs.readers.odt import block_elements, table_cells

    path = tmp_path / "hand.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml", ODT_CONTENT)
    document = read_document(path)
    elements = block_elements(etree.fromstring(ODT_CONTENT.encode()), None)
    assert len(elements) == len(document.blocks)
    for block, element in zip(document.blocks, elements):
        if element.tag == f"{TABLE}table":
            grid = table_cells(element)
            for r, row in enumerate(block.rows):
                for c, text in enumerate(row):
                    if text:
                        assert compact(_paragraph_text(grid[r][c])) == compact(text)
        else:  # text:s (runs of spaces) aside, the element holds the block's text
            assert compact(_paragraph_text(element)) == compact(block.text)


def test_an_upload_gets_its_marked_copy_as_bytes(drafts):
    from kimdocs.annotate import annotate_upload
    from kimdocs.checker import check_bytes

    data = drafts["negativ"]["odt"][0].read_bytes()
    report = check_bytes(data, "antrag.odt")
    copy = annotate_upload(data, "antrag.odt", report)
    with zipfile.ZipFile(io.BytesIO(copy)) as zf:
        assert b"office:annotation" in zf.read("content.xml")
    with pytest.raises(ReadError) as info:
        annotate_upload(b"PK\x03\x04kaputt", "kaputt.docx", report)
    assert str(info.value).startswith("kaputt.docx: ") and "dokument" not in str(info.value)
