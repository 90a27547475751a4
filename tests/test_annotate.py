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

import docx
import pdfplumber
import pytest
from click.testing import CliRunner
from docx.enum.section import WD_ORIENT
from dokumente import JAHRESBERICHT, replace_cell, stored_turned, without, write_docx, write_odt
from lxml import etree
from pypdf import PdfReader

import kimdocs
from kimdocs.annotate import annotate
from kimdocs.check import check_file
from kimdocs.cli.commands import main
from kimdocs.errors import ReadError
from kimdocs.rules import load_guideline
from kimdocs.generate.libreoffice import find_soffice
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
LETTERHEAD = "Stadt Trier – Az. 3321-0001 – Berichtsjahr: 2026. Datum: 18.12.2026"


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
    # A letterhead: the date (after the deadline) and the Aktenzeichen in the running header.
    kopf = write_docx([i for i in JAHRESBERICHT if not i.get("p", "").startswith("Berichtsjahr")],
                      base / "docx" / "kopf.docx")
    word = docx.Document(str(kopf))
    word.sections[0].header.paragraphs[0].text = LETTERHEAD
    word.save(str(kopf))
    # The negative example on landscape pages (a Finanzierungsplan as scanners and Word turn it)
    word = docx.Document(str(base / "docx" / "negativ.docx"))
    for section in word.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    word.save(str(base / "quer.docx"))
    names = ("negativ", "fremd", "kopf")
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
    soffice(sources + copies + [base / "quer.docx"], base / "pdf", NOTES_FILTER)
    for copy in copies:
        (base / "pdf" / f"{copy.stem}.pdf").rename(copy.with_suffix(".pdf"))
    result["quer"] = (base / "pdf" / "quer.pdf").rename(base / "quer.pdf")
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

def _paragraph_text(p) -> str:
    """The paragraph's own text, without comments, notes and text boxes (as the reader)."""
    from kimdocs.annotate.odt import own_text

    return own_text(p)


def odt_annotations(path: Path) -> list[dict]:
    """The annotations of content.xml, then those of styles.xml (running headers, footers)."""
    out = []
    with zipfile.ZipFile(path) as zf:
        for member in ("content.xml", "styles.xml"):
            if member in zf.namelist():
                out += _annotations(etree.fromstring(zf.read(member)), member)
    return out


def _annotations(root, member: str) -> list[dict]:
    ends = {e.get(f"{OFFICE}name"): e.getparent() for e in root.iter(f"{OFFICE}annotation-end")}
    out = []
    for note in root.iter(f"{OFFICE}annotation"):
        start = note.getparent()
        end = ends.get(note.get(f"{OFFICE}name"))
        paragraphs = [start] if end is None or end is start else [start, end]  # a point
        cell = next(start.iterancestors(f"{TABLE}table-cell"), None)
        out.append({
            "author": note.findtext(f"{DC}creator"),
            "text": "\n".join("".join(p.itertext()) for p in note.iter(f"{TEXT}p")),
            "anchor": norm(" ".join(_paragraph_text(p) for p in paragraphs)),
            "cell": None if cell is None else norm(_paragraph_text(cell)),
            "member": member,
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
@pytest.mark.parametrize("name", ["negativ", "fremd", "kopf"])
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
    write_odt(path, ODT_CONTENT)
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
    from kimdocs.check import check_bytes

    data = drafts["negativ"]["odt"][0].read_bytes()
    report = check_bytes(data, "antrag.odt")
    copy = annotate_upload(data, "antrag.odt", report)
    with zipfile.ZipFile(io.BytesIO(copy)) as zf:
        assert b"office:annotation" in zf.read("content.xml")
    with pytest.raises(ReadError) as info:
        annotate_upload(b"PK\x03\x04kaputt", "kaputt.docx", report)
    assert str(info.value).startswith("kaputt.docx: ") and "dokument" not in str(info.value)


# --- marking a marked copy again --------------------------------------------------------------

PERSON = "Frau Becker (Kämmerei)"
PERSON_SAYS = "Bitte die Sachkosten mit der Kämmerei abstimmen."


def with_a_persons_comment(original: Path, target: Path) -> Path:
    """The draft with a comment a person wrote, as Word, LibreOffice or a PDF viewer saves it."""
    if target.suffix == ".docx":
        word = docx.Document(str(original))
        paragraph = next(p for p in word.paragraphs if p.runs and p.text.strip())
        word.add_comment(paragraph.runs, text=PERSON_SAYS, author=PERSON, initials="FB")
        word.save(str(target))
    elif target.suffix == ".odt":
        with zipfile.ZipFile(original) as zf:
            infos = zf.infolist()
            members = {i.filename: zf.read(i) for i in infos}
        root = etree.fromstring(members["content.xml"])
        paragraph = next(p for p in root.iter(f"{TEXT}p") if norm(_paragraph_text(p)))
        note = etree.Element(f"{OFFICE}annotation")
        etree.SubElement(note, f"{DC}creator").text = PERSON
        etree.SubElement(note, f"{DC}date").text = "2026-11-20T09:00:00"
        etree.SubElement(note, f"{TEXT}p").text = PERSON_SAYS
        note.tail, paragraph.text = paragraph.text, None
        paragraph.insert(0, note)
        members["content.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        with zipfile.ZipFile(target, "w") as zf:
            for info in infos:
                zf.writestr(info, members[info.filename])
    else:
        from pypdf import PdfWriter
        from pypdf.annotations import Text
        from pypdf.generic import NameObject, TextStringObject

        writer = PdfWriter(clone_from=str(original))
        note = Text(rect=(300, 500, 318, 518), text=PERSON_SAYS)
        note[NameObject("/T")] = TextStringObject(PERSON)
        writer.add_annotation(0, note)
        with open(target, "wb") as fh:
            writer.write(fh)
    return target


def comments_of(path: Path) -> list[dict]:
    """author, text and where, in a form to compare between rounds."""
    if path.suffix == ".docx":
        return [{"author": c["author"], "text": c["text"], "at": c["anchor"]}
                for c in docx_comments(path)]
    if path.suffix == ".odt":
        return [{"author": n["author"], "text": n["text"], "at": (n["anchor"], n["member"])}
                for n in odt_annotations(path)]
    return [{"author": n["author"], "text": n["text"],
             "at": (n["type"], n["page"], tuple(round(v, 1) for v in n["box"]))}
            for n in pdf_annotations(path)]


def same_findings(report, again) -> None:
    assert again.urteil == report.urteil
    assert [b.to_dict() for b in again.ergebnisse] == [b.to_dict() for b in report.ergebnisse]


@pytest.mark.parametrize(("name", "fmt"), [("negativ", "docx"), ("negativ", "odt"),
                                           ("negativ", "pdf"), ("kopf", "docx"), ("kopf", "odt")])
def test_marking_a_marked_copy_again_replaces_kimdocs_notes_and_keeps_a_persons(drafts, name,
                                                                              fmt, tmp_path):
    draft = with_a_persons_comment(drafts[name][fmt][0], tmp_path / f"entwurf.{fmt}")
    report = check_file(draft)
    copies = [draft]
    for n in (1, 2, 3):  # the user works in the marked copy and checks it again, three times
        again = check_file(copies[-1])
        same_findings(report, again)  # kimdocs's notes (and the person's) change no finding
        copies.append(annotate(copies[-1], again, tmp_path / f"runde{n}.geprueft.{fmt}"))
    rounds = [comments_of(c) for c in copies]
    persons = [[c for c in r if c["author"] == PERSON] for r in rounds]
    assert len(persons[0]) == 1 and persons[0][0]["text"] == PERSON_SAYS
    assert persons[1] == persons[2] == persons[3] == persons[0]  # the person's, unchanged
    ours = [sorted((c["text"], repr(c["at"])) for c in r if c["author"] == "kimdocs")
            for r in rounds]
    assert not ours[0] and ours[1]
    assert ours[1] == ours[2] == ours[3]  # replaced, not piled up
    assert sum(t.startswith("kimdocs-Prüfung") for t, _ in ours[3]) == 1
    if name == "kopf" and fmt == "odt":  # the one in the running header, too
        assert sum(t.startswith("KIM-109") for t, _ in ours[3]) == 1
    assert {c["author"] for c in rounds[3]} == {"kimdocs", PERSON}


def test_a_reply_to_a_kimdocs_note_in_a_pdf_stays_on_its_own(drafts, tmp_path):
    from pypdf import PdfWriter
    from pypdf.annotations import Text
    from pypdf.generic import NameObject, TextStringObject

    copy = drafts["negativ"]["pdf"][2]
    writer = PdfWriter(clone_from=str(copy))
    page = writer.pages[1]
    ours = next(ref for ref in page["/Annots"] if ref.get_object()["/Subtype"] == "/Highlight")
    reply = Text(rect=(10, 10, 28, 28), text="Ist geändert.")
    reply[NameObject("/T")] = TextStringObject(PERSON)
    reply[NameObject("/IRT")] = ours  # the reference to the kimdocs highlight
    writer.add_annotation(1, reply)
    answered = tmp_path / "beantwortet.pdf"
    with open(answered, "wb") as fh:
        writer.write(fh)
    again = annotate(answered, check_file(answered), tmp_path / "beantwortet.geprueft.pdf")
    replies = [ref.get_object() for p in PdfReader(str(again)).pages for ref in p.get("/Annots", [])
               if ref.get_object().get("/T") == PERSON]
    assert [str(r["/Contents"]) for r in replies] == ["Ist geändert."]
    assert "/IRT" not in replies[0]  # its kimdocs note is gone: no reference into nothing
    assert sorted(c["text"] for c in comments_of(again) if c["author"] == "kimdocs") == \
        sorted(c["text"] for c in comments_of(copy))


def test_kimdocs_notes_are_recognised_after_libreoffice_saved_the_marked_copy(drafts, tmp_path):
    """The user opens the marked copy in LibreOffice, edits, saves (as DOCX or as ODT)."""
    saved = tmp_path / "gespeichert"
    marked = {fmt: drafts["negativ"][fmt][2] for fmt in ("docx", "odt")}
    sources = []
    for fmt, path in marked.items():
        sources.append(tmp_path / f"aus-{fmt}.{fmt}")
        sources[-1].write_bytes(path.read_bytes())
    soffice(sources, saved, "docx")
    soffice(sources, saved, "odt")
    expected = sorted(c["text"] for c in comments_of(marked["docx"]))
    assert sorted(c["text"] for c in comments_of(marked["odt"])) == expected
    for resaved in sorted(saved.iterdir()):
        assert len(comments_of(resaved)) == len(expected), resaved.name  # LibreOffice kept them
        again = annotate(resaved, check_file(resaved), tmp_path / f"neu-{resaved.name}")
        notes = comments_of(again)
        assert {c["author"] for c in notes} == {"kimdocs"}, resaved.name
        assert sorted(c["text"] for c in notes) == expected, resaved.name  # none twice


def test_word_side_parts_of_a_removed_comment_go_with_it(tmp_path):
    """Word 2013+ keeps per-comment data in commentsExtended/-Ids/-Extensible: entries of a
    kimdocs comment go, a person's reply to it becomes a comment of its own."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    from kimdocs.annotate.docx import remove_own_comments

    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    word = docx.Document()
    paragraph = word.add_paragraph("Sachkosten 25.000,00 EUR")
    ours = word.add_comment(paragraph.runs, text="KIM-106 …", author="kimdocs", initials="KD")
    theirs = word.add_comment(paragraph.runs, text="Erledigt.", author=PERSON, initials="FB")
    ids = {}
    for comment, para_id in ((ours, "1A2B3C4D"), (theirs, "5E6F7A8B")):
        comment._comment_elm.findall(f"{W}p")[-1].set(f"{{{w14}}}paraId", para_id)
        ids[comment.author] = para_id
    side = {
        "commentsExtended": ('<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/'
                             'word/2012/wordml"><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/>'
                             '<w15:commentEx w15:paraId="5E6F7A8B" w15:paraIdParent="1A2B3C4D" '
                             'w15:done="0"/></w15:commentsEx>'),
        "commentsIds": ('<w16cid:commentsIds xmlns:w16cid="http://schemas.microsoft.com/office/'
                        'word/2016/wordml/cid"><w16cid:commentId w16cid:paraId="1A2B3C4D" '
                        'w16cid:durableId="11111111"/><w16cid:commentId w16cid:paraId="5E6F7A8B" '
                        'w16cid:durableId="22222222"/></w16cid:commentsIds>'),
        "commentsExtensible": ('<w16cex:commentsExtensible xmlns:w16cex="http://schemas.'
                               'microsoft.com/office/word/2018/wordml/cex"><w16cex:'
                               'commentExtensible w16cex:durableId="11111111"/><w16cex:'
                               'commentExtensible w16cex:durableId="22222222"/>'
                               '</w16cex:commentsExtensible>'),
    }
    for name, xml in side.items():
        part = Part(PackURI(f"/word/{name}.xml"), "application/xml", xml.encode(), word.part.package)
        word.part.relate_to(part, f"http://schemas.microsoft.com/office/2011/relationships/{name}")
    assert remove_own_comments(word) == 1
    path = tmp_path / "seitenteile.docx"
    word.save(str(path))
    with zipfile.ZipFile(path) as zf:
        parts = {name: zf.read(f"word/{name}.xml").decode() for name in side}
        body = zf.read("word/document.xml").decode()
    assert [c["author"] for c in docx_comments(path)] == [PERSON]
    assert "1A2B3C4D" not in parts["commentsExtended"] + parts["commentsIds"]
    assert "5E6F7A8B" in parts["commentsExtended"] and "paraIdParent" not in parts["commentsExtended"]
    assert "11111111" not in parts["commentsExtensible"] and "22222222" in parts["commentsExtensible"]
    assert body.count("commentRangeStart") == body.count("commentReference") == 1


# --- findings in a running header -------------------------------------------------------------

def test_a_finding_in_the_running_header_is_named_in_word_and_annotated_in_odf(drafts):
    _, report, copy = drafts["kopf"]["docx"]
    assert "KIM-109" in violated(report)
    # Word ignores comment ranges in headers: the summary names the place
    summary = docx_comments(copy)[0]["text"]
    assert f"In der Kopfzeile, Seite 1 („{LETTERHEAD}“) – KIM-109 Fehler" in summary
    assert "Ohne feste Stelle – KIM-109" not in summary
    with zipfile.ZipFile(copy) as zf:
        headers = [zf.read(n) for n in zf.namelist() if n.startswith("word/header")]
    assert headers and not any(b"commentRange" in h for h in headers)
    # ODF: the annotation stands in the header paragraph (styles.xml)
    _, report, copy = drafts["kopf"]["odt"]
    notes = odt_annotations(copy)
    kim109 = [n for n in notes if n["text"].startswith("KIM-109")]
    assert [(n["anchor"], n["member"]) for n in kim109] == [(norm(LETTERHEAD), "styles.xml")]
    assert "KIM-109" not in notes[0]["text"]  # not in the summary as well
    # LibreOffice shows it: its PDF export carries the note on page 1
    pdf = drafts["kopf"]["odt-in-libreoffice"]
    lo_notes = [n for n in pdf_annotations(pdf) if "KIM-109" in n["text"]]
    assert lo_notes and lo_notes[0]["page"] == 1
    # PDF: the highlight lies over the letterhead on page 1
    original, _, copy = drafts["kopf"]["pdf"]
    where = next(box for page, box in find_text(original, "Az. 3321-0001") if page == 1)
    hits = [n for n in pdf_annotations(copy) if n["text"].startswith("KIM-109")]
    assert hits and hits[0]["page"] == 1 and overlaps(hits[0]["box"], where)


def test_a_finding_in_a_header_that_starts_on_page_two(tmp_path):
    from dataclasses import replace

    from kimdocs.findings import Befund, Fundstelle

    word = docx.Document()
    section = word.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Stadt Trier – Der Oberbürgermeister"
    section.header.paragraphs[0].text = "Az. 3321-0001, Seite 2 ff."
    section.footer.paragraphs[0].text = "Bankverbindung: DE02 1203 0000 0000 2020 51"
    word.add_paragraph("Jahresbericht 2026")
    path = tmp_path / "brief.docx"
    word.save(str(path))
    report = check_file(path)
    extra = replace(report, ergebnisse=[*report.ergebnisse, *(
        Befund(code, "x", "verletzt", "fehler", "Stimmt nicht.", "Nr. 1", (Fundstelle(None, text),))
        for code, text in (("KIM-901", "Az. 3321-0001"), ("KIM-902", "DE02 1203"),
                           ("KIM-903", "Der Oberbürgermeister")))])
    copy = annotate(path, extra, tmp_path / "brief.geprueft.docx")
    summary = docx_comments(copy)[0]["text"]
    assert "In der Kopfzeile ab Seite 2 („Az. 3321-0001“) – KIM-901" in summary
    assert "In der Fußzeile ab Seite 2 („DE02 1203“) – KIM-902" in summary  # page 1: none
    assert "In der Kopfzeile, Seite 1 („Der Oberbürgermeister“) – KIM-903" in summary


# --- turned PDF pages -------------------------------------------------------------------------

def render(pdf: Path, page: int, dpi: int):
    from PIL import Image

    stem = pdf.with_name(f"{pdf.stem}-{page}")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True, capture_output=True,
                   timeout=60)
    return Image.open(f"{stem}.png").convert("RGB")


def compact_text(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and c not in "-\u00ad\ufffe\x02")


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_pdf_highlight_lies_over_the_text_of_a_turned_page(drafts, tmp_path, rotation):
    from dataclasses import replace

    import pypdfium2 as pdfium
    from PIL import ImageChops, ImageFilter

    from kimdocs.annotate.anchors import anchor_block
    from kimdocs.annotate.text import marks
    from kimdocs.findings import Befund, Fundstelle
    from kimdocs.readers.document import Table

    landscape = drafts["quer"]
    stored = stored_turned(landscape, tmp_path / f"quer{rotation}.pdf", rotation)
    # the user sees the same page; only the storage is turned
    blur = ImageFilter.BoxBlur(2)  # the glyphs' edges fall on other pixels when turned
    difference = ImageChops.difference(render(landscape, 3, 30).convert("L").filter(blur),
                                       render(stored, 3, 30).convert("L").filter(blur))
    shares = difference.histogram()
    assert sum(shares[48:]) / sum(shares) < 0.03  # a page upside down differs in a third
    # What pdfium says of such a page (found by trying): the height it reports is the
    # displayed one, its text rectangles are in user space (the stored page, unturned).
    pdf = pdfium.PdfDocument(str(stored))
    try:
        page = pdf[2]
        assert page.get_rotation() == rotation
        assert round(page.get_height()) == 595  # landscape as displayed, whatever is stored
        textpage = page.get_textpage()
        hit = textpage.search("25.000,00 EUR", match_case=True).get_next()
        rects = [textpage.get_rect(k) for k in range(textpage.count_rects(*hit))]
        glyphs = (min(r[0] for r in rects), min(r[1] for r in rects),
                  max(r[2] for r in rects), max(r[3] for r in rects))
        along = glyphs[2] - glyphs[0] if rotation in (0, 180) else glyphs[3] - glyphs[1]
        assert along > 40  # the figure runs along x, or (turned a quarter) along y
    finally:
        pdf.close()

    report = check_file(stored)
    figure = Befund("KIM-901", "zahl", "verletzt", "fehler", "Diese Zahl.", "Nr. 1",
                    (Fundstelle(None, "25.000,00 EUR"),))
    extra = replace(report, ergebnisse=[*report.ergebnisse, figure])
    copy = annotate(stored, extra, tmp_path / f"quer{rotation}.geprueft.pdf")
    highlights = [(n, ref.get_object()) for n, p in enumerate(PdfReader(str(copy)).pages, 1)
                  for ref in p.get("/Annots", []) if ref.get_object()["/Subtype"] == "/Highlight"]
    # the /Rect of the figure's highlight holds the glyphs, with no more than its padding
    (_, ours), = [(n, a) for n, a in highlights if str(a["/Contents"]).startswith("KIM-901")]
    rect = [float(v) for v in ours["/Rect"]]
    assert all(abs(a - b) <= 3 for a, b in zip(rect, glyphs)), (rect, glyphs)
    # every highlight lies over the text of its finding, as pdfium reads it under the /Rect
    document = read_document(stored)
    expected: dict[str, list[str]] = {}
    for mark in marks(extra):
        index = anchor_block(document, mark)
        block = document.blocks[index] if index is not None else None
        if isinstance(block, Table) and mark.fundstelle.zelle:
            row, column = mark.fundstelle.zelle
            text = block.rows[row][column]
        else:
            text = block.text if block is not None else mark.fundstelle.text
        expected.setdefault(mark.text, []).append(compact_text(text)[:30])
    pdf = pdfium.PdfDocument(str(copy))
    try:
        for number, annotation in highlights:
            x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
            under = compact_text(pdf[number - 1].get_textpage().get_text_bounded(x0, y0, x1, y1))
            assert any(under.startswith(e) for e in expected[str(annotation["/Contents"])]), \
                (under, expected[str(annotation["/Contents"])])
    finally:
        pdf.close()
    # and the user sees it there: yellow where the figure stands on the landscape page
    (_, where), = [h for h in find_text(landscape, "25.000,00 EUR") if h[0] == 3]
    dpi = 60
    image = render(copy, 3, dpi)
    x0, top, x1, bottom = (v * dpi / 72 for v in where)
    pixels = [image.getpixel((x, y)) for x in range(int(x0) + 1, int(x1))
              for y in range(int(top) + 1, int(bottom))]
    assert sum(r > 180 and g > 160 and b < 140 for r, g, b in pixels) / len(pixels) > 0.3


def test_a_finding_in_a_text_box_is_commented_at_the_paragraph_holding_the_box(tmp_path):
    """Word ignores comment ranges inside a text box ([MS-OI29500] 2.1.315)."""
    from dataclasses import replace

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from kimdocs.findings import Befund, Fundstelle

    word = docx.Document()
    word.add_paragraph("Stellenplan")
    body = word.element.body
    for holder in ("Vor dem Textfeld", ""):  # with text of its own, and only the box
        own = f"<w:r><w:t>{holder}</w:t></w:r>" if holder else ""
        body.insert(len(body) - 1, parse_xml(
            f'<w:p {nsdecls("w")} xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
            f'wordprocessingShape">{own}<w:r><w:drawing><wps:txbx><w:txbxContent><w:p><w:r>'
            f"<w:t>Im Textfeld{len(holder)}: 0,5 VZÄ</w:t></w:r></w:p></w:txbxContent>"
            f"</wps:txbx></w:drawing></w:r></w:p>"))
    path = tmp_path / "textfeld.docx"
    word.save(str(path))
    document = read_document(path)
    report = check_file(path)
    found = [b.location.block_index for b in document.blocks if b.text.startswith("Im Textfeld")]
    assert len(found) == 2
    extra = replace(report, ergebnisse=[*report.ergebnisse, *(
        Befund(f"KIM-90{n}", "x", "verletzt", "fehler", "Stimmt nicht.", "Nr. 1",
               (Fundstelle(None, "Im Textfeld", block=index),)) for n, index in enumerate(found))])
    copy = annotate(path, extra, tmp_path / "textfeld.geprueft.docx")
    with zipfile.ZipFile(copy) as zf:
        xml = etree.fromstring(zf.read("word/document.xml"))
    starts = list(xml.iter(f"{W}commentRangeStart"))
    assert len(starts) == 3  # the summary and the two findings
    assert not any(a.tag == f"{W}txbxContent" for s in starts for a in s.iterancestors())
    anchors = anchors_by_rule(docx_comments(copy))
    assert anchors["KIM-900"] == {"Vor dem Textfeld"}  # the holder's own text, not the box's
    assert "KIM-901" in anchors  # the holder has no text: the comment spans the box's run


def test_cli_marks_a_marked_copy_again_under_its_own_name(drafts, tmp_path):
    first = tmp_path / "markiert"
    runner = CliRunner()
    source = tmp_path / "entwurf.odt"
    source.write_bytes(drafts["negativ"]["odt"][0].read_bytes())
    assert runner.invoke(main, ["pruefen", str(source), "--markieren", str(first)]).exit_code == 1
    copy = first / "entwurf.geprueft.odt"
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    # into another folder: the same name, not entwurf.geprueft.geprueft.odt
    result = runner.invoke(main, ["pruefen", str(copy), "--markieren", str(tmp_path / "neu")])
    assert result.exit_code == 1, result.output
    assert os.listdir(tmp_path / "neu") == ["entwurf.geprueft.odt"]
    assert comments_of(tmp_path / "neu" / "entwurf.geprueft.odt") == comments_of(copy)
    # into the folder it stands in: the working copy itself is never written over
    result = runner.invoke(main, ["pruefen", str(copy), "--markieren", str(first)])
    assert result.exit_code == 1, result.output
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest
    assert sorted(os.listdir(first)) == ["entwurf.geprueft.geprueft.odt", "entwurf.geprueft.odt"]
    assert "Traceback" not in result.output


def test_a_persons_reply_to_a_kimdocs_annotation_in_an_odt_stands_on_its_own(drafts, tmp_path):
    loext = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
    copy = drafts["negativ"]["odt"][2]
    with zipfile.ZipFile(copy) as zf:
        infos = zf.infolist()
        members = {i.filename: zf.read(i) for i in infos}
    root = etree.fromstring(members["content.xml"])
    ours = next(n for n in root.iter(f"{OFFICE}annotation") if n.get(f"{OFFICE}name") == "kimdocs-1")
    reply = etree.Element(f"{OFFICE}annotation", nsmap={"loext": loext})
    reply.set(f"{{{loext}}}parent-name", "kimdocs-1")
    etree.SubElement(reply, f"{DC}creator").text = PERSON
    etree.SubElement(reply, f"{TEXT}p").text = "Ist geändert."
    ours.addnext(reply)
    members["content.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    answered = tmp_path / "beantwortet.odt"
    with zipfile.ZipFile(answered, "w") as zf:
        for info in infos:
            zf.writestr(info, members[info.filename])
    again = annotate(answered, check_file(answered), tmp_path / "beantwortet.geprueft.odt")
    with zipfile.ZipFile(again) as zf:
        root = etree.fromstring(zf.read("content.xml"))
    replies = [n for n in root.iter(f"{OFFICE}annotation") if n.findtext(f"{DC}creator") == PERSON]
    assert len(replies) == 1 and not replies[0].get(f"{{{loext}}}parent-name")
    assert sorted(c["text"] for c in comments_of(again) if c["author"] == "kimdocs") == \
        sorted(c["text"] for c in comments_of(copy))
