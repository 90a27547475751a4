"""Readers: the same document as styled DOCX, bold-only DOCX, numbered DOCX, and as PDF and ODT
made from them by LibreOffice, must give the same outline, tables and figures."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from dokumente import write_odt

from kimdocs.readers import read_document, read_document_unsandboxed, render_text
from kimdocs.readers.document import Heading, Paragraph, Table
from kimdocs.readers.pdf import _join_lines

# (level, title): the outline every variant must yield.
OUTLINE = [
    (1, "Bewilligung"),
    (2, "Zuwendungszweck"),
    (2, "Finanzierung"),
    (1, "Nebenbestimmungen"),
    (1, "Begründung"),
]
TEXT = {
    "Bewilligung": "Der Stadt Koblenz wird für das Haushaltsjahr 2026 eine Zuweisung in Höhe von "
    "80.000,00 EUR bewilligt. Der Bewilligungszeitraum endet am 31.12.2026.",
    "Zuwendungszweck": "Gefördert wird eine halbe Stelle im Kommunalen Integrationsmanagement "
    "mit 19,5 Std./Woche.",
    "Finanzierung": "Die Sachkosten betragen 20.000 €. Die Personalkosten 2026: 60.000 Euro.",
    "Nebenbestimmungen": "Der Jahresbericht ist bis zum 15. Dezember 2026 vorzulegen.",
    "Begründung": "Es handelt sich um eine freiwillige Leistung ohne Rechtsanspruch.",
}
TABLE = [
    ["Posten", "Bewilligt", "Verausgabt"],
    ["Personalkosten", "60.000,00 €", "55.000,00 €"],
    ["Sachkosten", "20.000,00 €", "18.500,00 €"],
    ["Summe", "80.000,00 €", ""],
]
NUMBERS = {
    "Bewilligung": "1.",
    "Zuwendungszweck": "1.1",
    "Finanzierung": "1.2",
    "Nebenbestimmungen": "2.",
    "Begründung": "3.",
}


def _set_a4(d):
    section = d.sections[0]
    section.page_width, section.page_height = docx.shared.Mm(210), docx.shared.Mm(297)


def _add_table(d):
    t = d.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    t.cell(3, 1).merge(t.cell(3, 2))  # "Summe" spans two columns
    t.cell(3, 1).text = "80.000,00 €"


def make_docx(path: Path, variant: str) -> Path:
    """variant: 'styled' (Heading styles), 'bold' (bold body paragraphs), 'numbered' (1. / 1.1)."""
    d = docx.Document()
    _set_a4(d)
    d.sections[0].header.paragraphs[0].text = "Az. 3321-0001#2021/0032-0701"
    d.sections[0].footer.paragraphs[
        0
    ].text = "Ministerium für Familie, Frauen, Kultur und Integration"
    for level, title in OUTLINE:
        if variant == "styled":
            d.add_heading(title, level)
        elif variant == "bold":
            run = d.add_paragraph().add_run(title)
            run.bold = True
            run.font.size = Pt(14 if level == 1 else 12)
        else:
            d.add_paragraph(f"{NUMBERS[title]} {title}")
        d.add_paragraph(TEXT[title])
        if title == "Finanzierung":
            _add_table(d)
    d.save(path)
    return path


def _soffice(target: str, files: list[Path], outdir: Path, profile: Path) -> None:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        start_new_session=True,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """All test files, made once: three DOCX variants, their PDFs and ODTs (one soffice call each)."""
    assert shutil.which("soffice"), "LibreOffice (soffice) is required for the reader tests"
    base = tmp_path_factory.mktemp("corpus")
    files = {v: make_docx(base / f"{v}.docx", v) for v in ("styled", "bold", "numbered")}
    files["hyphen"] = make_hyphen_docx(base / "hyphen.docx")
    files["long"] = make_long_docx(base / "long.docx")
    files["keyvalue"] = make_keyvalue_docx(base / "keyvalue.docx")
    files["tabs"] = make_tabbed_list_docx(base / "tabs.docx")
    profile = tmp_path_factory.mktemp("lo-profile")
    docx_files = list(files.values())
    _soffice("pdf", docx_files, base, profile)
    _soffice("odt", [files["styled"], files["bold"], files["numbered"]], base, profile)
    out = {}
    for name, path in files.items():
        out[f"{name}.docx"] = path
        out[f"{name}.pdf"] = path.with_suffix(".pdf")
        if path.with_suffix(".odt").exists():
            out[f"{name}.odt"] = path.with_suffix(".odt")
    return out


def make_hyphen_docx(path: Path) -> Path:
    d = docx.Document()
    _set_a4(d)
    p = d.add_paragraph()
    for i, part in enumerate(
        ["Die Ver-", "waltung in Süd-", "Württemberg prüft 60.000,00", "EUR."]
    ):
        run = p.add_run(part)
        if i < 3:
            run.add_break()
    d.add_paragraph("Zweiter Absatz.")
    d.save(path)
    return path


def make_long_docx(path: Path) -> Path:
    """Three pages with a running header: headings and figures must carry their page."""
    d = docx.Document()
    _set_a4(d)
    d.sections[0].header.paragraphs[0].text = "Jahresbericht 2026 – Stadt Koblenz"
    for n in range(1, 4):
        d.add_heading(f"Abschnitt {n}", 1)
        d.add_paragraph(f"Im Abschnitt {n} wurden Sachkosten von {n}.000,00 EUR verausgabt.")
        if n < 3:
            d.add_page_break()
    d.save(path)
    return path


KEY_VALUE = [
    ["Mein Aktenzeichen", "3321-0001#2025/0084-0701"],
    ["Ihr Schreiben vom", "15.10.2025"],
    [
        "Zuwendungszweck",
        ("Förderung der Stelle einer Integrationsmanagerin im Umfang von 1 VZÄ in der "
        "Kommunalverwaltung nach dem Programm Kommunales Integrationsmanagement"),
    ],
    ["Bewilligungszeitraum", "01.12.2025 bis 31.12.2026"],
]


def make_keyvalue_docx(path: Path) -> Path:
    """A letterhead-style block: a table without borders, as many templates have."""
    d = docx.Document()
    _set_a4(d)
    d.add_paragraph("Sehr geehrte Damen und Herren,")
    t = d.add_table(rows=len(KEY_VALUE), cols=2)  # python-docx's default table has no borders
    for r, row in enumerate(KEY_VALUE):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    d.add_paragraph("Mit freundlichen Grüßen")
    d.save(path)
    return path


TABBED = [
    "1.\tDie ANBest-K sind Bestandteil dieses Bescheides.",
    "2.\tDer Jahresbericht ist bis zum 15.12.2026 vorzulegen.",
    "3.\tNicht verbrauchte Mittel sind zu erstatten.",
]


def make_tabbed_list_docx(path: Path) -> Path:
    """A numbered list typed with tabs: wide gaps, but no table."""
    d = docx.Document()
    _set_a4(d)
    for line in TABBED:
        d.add_paragraph(line)
    d.save(path)
    return path


def outline(document) -> list[tuple[int, str]]:
    return [(h.level, h.title) for h in document.headings()]


# --- outline ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "styled.docx",
        "bold.docx",
        "numbered.docx",
        "styled.pdf",
        "bold.pdf",
        "numbered.pdf",
        "styled.odt",
        "bold.odt",
        "numbered.odt",
    ],
)
def test_every_variant_yields_the_same_outline(corpus, name):
    document = read_document_unsandboxed(corpus[name])
    assert outline(document) == OUTLINE


@pytest.mark.parametrize("name", ["styled.docx", "styled.pdf", "styled.odt", "numbered.pdf"])
def test_text_under_heading(corpus, name):
    document = read_document_unsandboxed(corpus[name])
    assert "freiwillige Leistung" in document.text_under("Begründung")
    # Level-1 section includes its level-2 subsections, up to the next level-1 heading.
    under = document.text_under("Bewilligung")
    assert "80.000,00 EUR" in under and "Sachkosten" in under
    assert "Jahresbericht" not in under
    assert document.text_under("Gibt es nicht") == ""


@pytest.mark.parametrize("name", ["styled.docx", "styled.pdf", "styled.odt"])
def test_table_with_merged_cell(corpus, name):
    document = read_document_unsandboxed(corpus[name])
    tables = document.tables()
    assert len(tables) == 1
    assert tables[0].rows == TABLE
    # Table text is not repeated as paragraphs.
    assert not any(
        "Personalkosten 60.000" in b.text for b in document.blocks if isinstance(b, Paragraph)
    )


@pytest.mark.parametrize("name", ["styled.docx", "styled.pdf", "styled.odt"])
def test_figures_with_labels(corpus, name):
    document = read_document_unsandboxed(corpus[name])
    found = {(f.kind, f.label, f.value) for f in document.figures}
    assert ("betrag", "Zuweisung", Decimal("80000.00")) in found
    assert ("betrag", "Sachkosten", Decimal(20000)) in found
    assert ("betrag", "Personalkosten 2026", Decimal(60000)) in found
    assert ("vzae", "Stelle", Decimal("0.5")) in found or any(
        f.kind == "vzae" and f.value == Decimal("0.5") for f in document.figures
    )
    assert (
        "stunden",
        "Stelle im Kommunalen Integrationsmanagement",
        Decimal("19.5"),
    ) in found or any(f.kind == "stunden" and f.vzae() == Decimal("0.5") for f in document.figures)
    assert ("betrag", "Sachkosten / Verausgabt", Decimal("18500.00")) in found
    assert ("betrag", "Summe / Bewilligt", Decimal("80000.00")) in found
    assert any(f.kind == "datum" and f.value == date(2026, 12, 15) for f in document.figures)
    assert any(f.kind == "datum" and f.value == date(2026, 12, 31) for f in document.figures)


def test_pdf_locations_carry_pages(corpus):
    document = read_document_unsandboxed(corpus["long.pdf"])
    assert document.pages == 3
    pages = {h.title: h.location.page for h in document.headings()}
    assert pages == {"Abschnitt 1": 1, "Abschnitt 2": 2, "Abschnitt 3": 3}
    amounts = {f.value: f.location.page for f in document.figures if f.kind == "betrag"}
    assert amounts == {Decimal("1000.00"): 1, Decimal("2000.00"): 2, Decimal("3000.00"): 3}
    assert all(f.label == "Sachkosten" for f in document.figures if f.kind == "betrag")
    # The running header is read, but never taken for a heading.
    assert any("Jahresbericht 2026" in b.text for b in document.blocks if isinstance(b, Paragraph))
    heading = document.headings()[0]
    assert heading.location.bbox is not None and heading.location.bbox[0] < heading.location.bbox[2]


def test_pdf_rejoins_lines_and_hyphenation(corpus):
    document = read_document_unsandboxed(corpus["hyphen.pdf"])
    texts = [b.text for b in document.blocks]
    assert "Die Verwaltung in Süd-Württemberg prüft 60.000,00 EUR." in texts
    assert "Zweiter Absatz." in texts
    assert [f.value for f in document.figures] == [Decimal("60000.00")]


def test_join_lines_rules():
    assert _join_lines(["Ver-", "waltung"]) == "Verwaltung"
    assert _join_lines(["Süd-", "Württemberg"]) == "Süd-Württemberg"
    assert _join_lines(["60.000,00", "EUR"]) == "60.000,00 EUR"
    assert _join_lines(["Kreis\u00ad", "verwaltung"]) == "Kreisverwaltung"
    assert _join_lines(["2025-", "2026"]) == "2025- 2026"


def test_suspended_hyphen_before_a_conjunction_stays():
    # issue 19, probe round 6: "Personal-" at a line end, "bzw. Sachausgaben" on the next is an
    # Ergänzungsstrich – joined, "Personalbzw." named no cost line
    from kimdocs.readers.pdf import _unmark_hyphens

    assert _join_lines(["Personal-", "bzw. Sachausgaben"]) == "Personal- bzw. Sachausgaben"
    assert _join_lines(["Personal-", "und Sachkosten"]) == "Personal- und Sachkosten"
    assert _join_lines(["Ver-", "undung"]) == "Verundung"  # a syllable, no conjunction
    assert _unmark_hyphens("Personal\ufffebzw. Sach") == "Personal- bzw. Sach"
    assert _unmark_hyphens("Personal\ufffe und Sach") == "Personal- und Sach"
    assert _unmark_hyphens("Ver\ufffewaltung") == "Verwaltung"


def test_bold_is_read_from_a_letter_when_the_samples_are_digits():
    # issue 19 (generator seed 50496): first, middle and last character of "8 %) ein Betrag von
    # 2.400,00 € angesetzt." are a digit, a digit and a full stop; with none of them asked,
    # the line counted as bold and began a paragraph of its own
    from kimdocs.readers.pdf_pages import bold_sample

    text = "8 %) ein Betrag von 2.400,00 € angesetzt."
    sample = {0, (len(text) - 1) // 2, len(text) - 1}
    assert bold_sample(text, sample, 0, len(text) - 1) == [2]  # "%"
    assert bold_sample("Finanzierungsplan", {0, 8, 16}, 0, 16) == [0, 8, 16]
    assert bold_sample("2026", {0, 1, 3}, 0, 3) == [0]  # only digits: the first


@pytest.mark.parametrize("before, after, joined", [
    ("Zusätzlich wird für Anteilige Kosten (pauschal", "8 %) ein Betrag angesetzt.", True),
    ("Beantragt werden Personalkosten von 2.400,00", "€ für 2026.", True),
    ("Kosten von Personalamt, Kämmerei und", "IT-Service werden angesetzt.", True),
    ("Die Kosten tragen Personalamt,", "Kämmerei und IT-Service.", True),
    ("und weiter auf der nächsten", "seite geht es klein weiter.", True),  # lower case, as before
    ("Der Antrag ist vollständig.", "Die Stelle ist besetzt.", False),
    ("Der Antrag wird gestellt", "Die Stelle ist besetzt.", False),  # no sign of a break
])
def test_paragraph_broken_by_a_page_is_one_paragraph(before, after, joined):
    from kimdocs.readers.layout import Line, Para, _merge_across_pages

    def para(text: str, page: int) -> tuple[str, Para]:
        return "p", Para([Line(text, page, 60, 300, 100, 112, 110, 110, 10, False)])

    header = para("Stadtverwaltung Worms", 2)
    header[1].lines[0].furniture = True
    items = _merge_across_pages([para(before, 1), header, para(after, 2)])
    texts = [item.text for kind, item in items if not item.lines[0].furniture]
    assert texts == ([f"{before} {after}"] if joined else [before, after])


def test_docx_headers_footers_are_read_but_not_headings(corpus):
    document = read_document_unsandboxed(corpus["styled.docx"])
    assert document.blocks[0].text == "Az. 3321-0001#2021/0032-0701"
    assert isinstance(document.blocks[-1], Paragraph) and "Ministerium" in document.blocks[-1].text


def test_sandboxed_read_equals_unsandboxed(corpus):
    for name in ("styled.docx", "styled.pdf", "styled.odt"):
        assert read_document(corpus[name]) == read_document_unsandboxed(corpus[name])


def test_to_dict_is_json_and_render_text_is_german(corpus):
    document = read_document_unsandboxed(corpus["styled.pdf"])
    data = json.loads(json.dumps(document.to_dict()))
    assert data["format"] == "pdf" and data["pages"] == 1
    assert {"type": "heading", "text": "Bewilligung", "level": 1} == {
        k: v for k, v in data["blocks"][1].items() if k != "location"
    }
    assert any(f["kind"] == "betrag" and f["value"] == "80000.00" for f in data["figures"])
    text = render_text(document)
    assert "Gliederung (5 Überschriften):" in text
    assert "[1] Bewilligung (S. 1)" in text
    assert "Sachkosten / Verausgabt: 18.500,00\u00a0EUR" in text
    assert "Stunden:" in text and "0,5\u00a0VZÄ" in text


# --- DOCX specifics: content controls, text boxes, tracked changes, outline level ------------

W = nsdecls("w")


def _body_append(d, xml: str):
    d.element.body.insert(len(d.element.body) - 1, parse_xml(xml))  # before w:sectPr


def test_docx_sdt_textbox_tracked_changes_outline_level(tmp_path):
    d = docx.Document()
    d.add_paragraph("Vorher.")
    # Content control (Word form field) around a paragraph.
    _body_append(
        d,
        f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Antragsteller: Stadt Trier"
        f"</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    # Tracked changes: inserted text counts, deleted does not.
    _body_append(
        d,
        f'<w:p {W}><w:r><w:t xml:space="preserve">Sachkosten </w:t></w:r>'
        f'<w:del w:id="1" w:author="A"><w:r><w:delText>30.000 €</w:delText></w:r></w:del>'
        f'<w:ins w:id="2" w:author="A"><w:r><w:t>20.000 €</w:t></w:r></w:ins></w:p>',
    )
    # A paragraph made a heading by w:outlineLvl only (0 = level 1).
    _body_append(
        d, f'<w:p {W}><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Ausblick</w:t></w:r></w:p>'
    )
    # A text box (DrawingML with VML fallback: its text must appear once).
    box = (
        f'<w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        f'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        f"<w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Textfeld: 0,5 VZÄ</w:t></w:r></w:p>"
        f"</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
        f"<w:txbxContent><w:p><w:r><w:t>Textfeld: 0,5 VZÄ</w:t></w:r></w:p></w:txbxContent>"
        f"</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    _body_append(d, box)
    path = tmp_path / "sonder.docx"
    d.save(path)
    document = read_document(path)
    texts = [b.text for b in document.blocks]
    assert "Antragsteller: Stadt Trier" in texts
    assert "Sachkosten 20.000 €" in texts
    assert "30.000" not in document.full_text()
    assert document.full_text().count("Textfeld: 0,5 VZÄ") == 1
    assert outline(document) == [(1, "Ausblick")]
    assert [(f.label, f.value) for f in document.figures if f.kind == "betrag"] == [
        ("Sachkosten", Decimal(20000))
    ]


def test_docx_german_heading_style_names(tmp_path):
    d = docx.Document()
    style = d.styles.add_style("Überschrift 1", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    style.font.bold = True
    d.add_paragraph("Sachbericht", style="Überschrift 1")
    d.add_paragraph("Text.")
    path = tmp_path / "de.docx"
    d.save(path)
    assert outline(read_document_unsandboxed(path)) == [(1, "Sachbericht")]


def test_roman_numbering_puts_arabic_below(tmp_path):
    d = docx.Document()
    for line in [
        "I. Bewilligung",
        "1. Zuwendungszweck",
        "2. Höhe",
        "II. Begründung",
        "1. Die Stelle ist besetzt.",
    ]:
        d.add_paragraph(line)
    path = tmp_path / "roman.docx"
    d.save(path)
    assert outline(read_document_unsandboxed(path)) == [
        (1, "Bewilligung"),
        (2, "Zuwendungszweck"),
        (2, "Höhe"),
        (1, "Begründung"),
    ]


def test_amounts_and_dates_are_not_numbered_headings(tmp_path):
    d = docx.Document()
    for line in [
        "60.000 EUR Personalkosten",
        "15.12.2026 Frist",
        "2026 Haushaltsjahr und weitere Dinge",
        "3 Personen nahmen an der Sitzung des Ausschusses teil",
    ]:
        d.add_paragraph(line)
    path = tmp_path / "nohead.docx"
    d.save(path)
    assert read_document_unsandboxed(path).headings() == []


def test_bold_sentence_is_not_a_heading(tmp_path):
    d = docx.Document()
    d.add_paragraph().add_run("Bitte beachten Sie die Frist.").bold = True
    d.add_paragraph().add_run("Hinweis").bold = True
    path = tmp_path / "boldsentence.docx"
    d.save(path)
    assert outline(read_document_unsandboxed(path)) == [(1, "Hinweis")]


def test_heading_helpers(corpus):
    document = read_document_unsandboxed(corpus["numbered.docx"])
    h = document.find_heading("finanzierung")
    assert isinstance(h, Heading) and h.text == "1.2 Finanzierung" and h.title == "Finanzierung"
    blocks = document.blocks_under(h)
    assert isinstance(blocks[0], Paragraph) and isinstance(blocks[1], Table)
    assert document.text_under(h) == document.text_under("Finanzierung")
    assert "80.000,00 EUR" in document.full_text()


# --- PDF tables: the fast grid finder and the pdfplumber fallback -----------------------------


def test_grid_finds_vertically_and_horizontally_merged_cells():
    from kimdocs.readers.grid import find_tables

    # 3 columns (x 0/100/200/300) x 3 rows (y 0/20/40/60); cell (1,0)-(2,0) merged vertically,
    # cell (0,1)-(0,2) merged horizontally: the inner borders are missing there.
    horizontal = [(0, 0, 300), (60, 0, 300), (20, 0, 300), (40, 100, 300)]
    vertical = [(0, 0, 60), (300, 0, 60), (100, 0, 60), (200, 20, 60)]
    [table] = find_tables(horizontal, vertical)
    assert table.bbox == (0, 0, 300, 60)
    cells = sorted((table.position(c), (c.x0, c.top, c.x1, c.bottom)) for c in table.cells)
    assert cells == [
        ((0, 0), (0, 0, 100, 20)),
        ((0, 1), (100, 0, 300, 20)),
        ((1, 0), (0, 20, 100, 60)),
        ((1, 1), (100, 20, 200, 40)),
        ((1, 2), (200, 20, 300, 40)),
        ((2, 1), (100, 40, 200, 60)),
        ((2, 2), (200, 40, 300, 60)),
    ]
    assert (
        find_tables([(0, 0, 100), (20, 0, 100)], [(0, 0, 20), (100, 0, 20)]) == []
    )  # one framed box


def _pdf_with_one_path_table(path: Path) -> Path:
    """A table whose borders are one path object (as some generators draw them): the fast grid
    finder leaves it to pdfplumber."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    document = pdfium.PdfDocument.new()
    page = document.new_page(595, 842)
    grid = c.FPDFPageObj_CreateNewPath(72, 700)
    for y in (700, 680, 660):
        c.FPDFPath_MoveTo(grid, 72, y)
        c.FPDFPath_LineTo(grid, 372, y)
    for x in (72, 222, 372):
        c.FPDFPath_MoveTo(grid, x, 700)
        c.FPDFPath_LineTo(grid, x, 660)
    c.FPDFPageObj_SetStrokeColor(grid, 0, 0, 0, 255)
    c.FPDFPageObj_SetStrokeWidth(grid, 0.5)
    c.FPDFPath_SetDrawMode(grid, 0, True)
    c.FPDFPage_InsertObject(page, grid)
    for text, x, y in [
        ("Posten", 76, 686),
        ("Betrag", 226, 686),
        ("Sachkosten", 76, 666),
        ("20.000 EUR", 226, 666),
        ("Darunter ein Satz.", 72, 600),
    ]:
        obj = c.FPDFPageObj_NewTextObj(document, b"Helvetica", 10.0)
        encoded = (text + "\x00").encode("utf-16-le")
        c.FPDFText_SetText(obj, (c.FPDF_WCHAR * (len(encoded) // 2)).from_buffer_copy(encoded))
        c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        c.FPDFPage_InsertObject(page, obj)
    page.gen_content()
    document.save(path)
    return path


def test_pdfplumber_fallback_for_tables_drawn_in_one_path(tmp_path):
    document = read_document_unsandboxed(_pdf_with_one_path_table(tmp_path / "einpfad.pdf"))
    [table] = document.tables()
    assert table.rows == [["Posten", "Betrag"], ["Sachkosten", "20.000 EUR"]]
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)] == ["Darunter ein Satz."]
    assert [(f.label, f.value) for f in document.figures] == [
        ("Sachkosten / Betrag", Decimal(20000))
    ]


# --- ODT specifics -------------------------------------------------------------------------

ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
   <text:p>Sachkosten 30.000 EUR</text:p></text:deletion></text:changed-region></text:tracked-changes>
  <text:h text:outline-level="1">Mittelverwendung</text:h>
  <text:p>Die Sachkosten<text:s text:c="2"/>betragen <text:change text:change-id="c1"/>20.000 EUR.</text:p>
  <text:h text:outline-level="2">Einzelposten</text:h>
  <text:list><text:list-item><text:p>Personalkosten 2026: 60.000 EUR</text:p></text:list-item></text:list>
  <table:table>
   <table:table-row><table:table-cell><text:p>Posten</text:p></table:table-cell>
    <table:table-cell table:number-columns-spanned="2"><text:p>Betrag</text:p></table:table-cell>
    <table:covered-table-cell/></table:table-row>
   <table:table-row><table:table-cell><text:p>Sachkosten</text:p></table:table-cell>
    <table:table-cell><text:p>20.000 €</text:p></table:table-cell>
    <table:table-cell><text:p>bewilligt</text:p></table:table-cell></table:table-row>
  </table:table>
  <text:p>Text <draw:frame><draw:text-box><text:p>Im Textfeld: 0,5 VZÄ</text:p></draw:text-box></draw:frame>davor.</text:p>
 </office:text></office:body>
</office:document-content>"""


def test_odt_tracked_changes_lists_tables_text_boxes(tmp_path):

    path = tmp_path / "hand.odt"
    write_odt(path, ODT_CONTENT)
    document = read_document(path)
    assert outline(document) == [(1, "Mittelverwendung"), (2, "Einzelposten")]
    texts = [b.text for b in document.blocks]
    assert "Die Sachkosten betragen 20.000 EUR." in texts
    assert "30.000" not in document.full_text()
    assert "Personalkosten 2026: 60.000 EUR" in texts
    assert document.tables()[0].rows == [
        ["Posten", "Betrag", ""],
        ["Sachkosten", "20.000 €", "bewilligt"],
    ]
    assert "Text davor." in texts and "Im Textfeld: 0,5 VZÄ" in texts
    labels = {(f.label, f.value) for f in document.figures}
    assert {
        ("Sachkosten", Decimal(20000)),
        ("Personalkosten 2026", Decimal(60000)),
        ("Sachkosten / Betrag", Decimal(20000)),
        ("Textfeld", Decimal("0.5")),
    } <= labels


@pytest.mark.parametrize("name", ["keyvalue.docx", "keyvalue.pdf"])
def test_table_without_borders(corpus, name):
    document = read_document_unsandboxed(corpus[name])
    assert [t.rows for t in document.tables()] == [KEY_VALUE]
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)] == [
        "Sehr geehrte Damen und Herren,",
        "Mit freundlichen Grüßen",
    ]
    labels = [(f.label, f.value) for f in document.figures]
    assert labels == [
        ("Ihr Schreiben vom", date(2025, 10, 15)),
        ("Zuwendungszweck", Decimal(1)),
        ("Bewilligungszeitraum", date(2025, 12, 1)),
        ("Bewilligungszeitraum", date(2026, 12, 31)),
    ]


def test_tabbed_list_is_not_a_table(corpus):
    document = read_document_unsandboxed(corpus["tabs.pdf"])
    assert document.tables() == [] and document.headings() == []
    assert [b.text for b in document.blocks] == [t.replace("\t", " ") for t in TABBED]


def test_docx_pages_from_words_last_layout(tmp_path):
    """Word records where it broke pages when it saved (w:lastRenderedPageBreak)."""
    d = docx.Document()
    d.add_heading("Bewilligung", 1)
    d.add_paragraph("Die Sachkosten betragen 20.000 €.")
    p = d.add_paragraph()
    p._p.append(
        parse_xml(f"<w:r {W}><w:lastRenderedPageBreak/><w:t>Seite zwei beginnt.</w:t></w:r>")
    )
    p = d.add_paragraph("Ein Absatz über den Seitenwechsel ")
    p._p.append(parse_xml(f"<w:r {W}><w:lastRenderedPageBreak/><w:t>hinweg.</w:t></w:r>"))
    d.add_heading("Begründung", 1)
    d.add_paragraph("Personalkosten 60.000 €.")
    path = tmp_path / "word.docx"
    d.save(path)
    document = read_document_unsandboxed(path)
    assert document.pages == 3
    assert [(b.text[:12], b.location.page) for b in document.blocks] == [
        ("Bewilligung", 1),
        ("Die Sachkost", 1),
        ("Seite zwei b", 2),
        ("Ein Absatz ü", 2),
        ("Begründung", 3),
        ("Personalkost", 3),
    ]
    assert {f.value: f.location.page for f in document.figures} == {20000: 1, 60000: 3}
    # Without Word's layout a DOCX has no page numbers.
    assert read_document_unsandboxed(corpus_free_docx(tmp_path)).pages is None


def corpus_free_docx(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Text.")
    d.save(tmp_path / "plain.docx")
    return tmp_path / "plain.docx"


def test_odt_pages_from_saved_layout(tmp_path):
    """LibreOffice saves where pages ended (text:soft-page-break) and hard breaks are styles."""

    content = (
        ODT_CONTENT.replace(
            "<office:automatic-styles>",
            '<office:automatic-styles><style:style style:name="PB" style:family="paragraph">'
            '<style:paragraph-properties fo:break-before="page"/></style:style>',
        )
        .replace(
            '<text:h text:outline-level="2">Einzelposten</text:h>',
            '<text:soft-page-break/><text:h text:outline-level="2">Einzelposten</text:h>',
        )
        .replace("<text:p>Text <draw:frame>", '<text:p text:style-name="PB">Text <draw:frame>')
    )
    path = tmp_path / "seiten.odt"
    write_odt(path, content)
    document = read_document_unsandboxed(path)
    assert document.pages == 3
    pages = {b.text[:14]: b.location.page for b in document.blocks}
    assert pages["Mittelverwendu"] == 1 and pages["Einzelposten"] == 2
    assert pages["Text davor."] == 3


def test_two_page_letter_repeats_its_letterhead_as_furniture():
    """Page 2 of a letter repeats the letterhead ("Landau in der Pfalz, 03.11.2025"): that is
    a running header, not a second date in the body; a sentence that happens to stand on
    both pages is body text."""
    from kimdocs.readers.pdf import _Line, _mark_furniture

    def line(text: str, top: float, page: int) -> _Line:
        return _Line(text, page, 60, 300, top, top + 12, top + 10, top + 10, 10, False)

    pages = [[line("Stadtverwaltung Landau, 03.11.2025", 40, p),
              line("Antrag" if p == 1 else "Finanzierungsplan", 100, p),
              line("Die Stelle ist besetzt.", 300, p),  # the same words, mid-page
              line(f"Absatz {p}", 500, p),
              line("Mit freundlichen Grüßen", 600 if p == 1 else 640, p),  # not at one height
              line(f"Seite {p} von 2", 800, p)] for p in (1, 2)]
    _mark_furniture(pages)
    marked = {ln.text for lines in pages for ln in lines if ln.furniture}
    assert marked == {"Stadtverwaltung Landau, 03.11.2025", "Seite 1 von 2", "Seite 2 von 2"}


def test_letterhead_of_three_lines_and_sender_footer_are_furniture():
    """Blind6 (b6-a02): a two-page letter repeats a letterhead of three lines (sender, office,
    address) and ends each page with "Stadtverwaltung Worms · Seite n": all of it is running
    header and footer, so a cost table broken across the page is joined again and its rows
    on page 2 keep the column header ("HJ 2026", "in EUR"). The first lines of the body,
    which differ, stay body text."""
    from kimdocs.readers.pdf import _Line, _mark_furniture

    def line(text: str, top: float, page: int) -> _Line:
        return _Line(text, page, 60, 300, top, top + 12, top + 10, top + 10, 10, False)

    head = ["Stadtverwaltung Worms", "Amt für Soziales und Integration",
            "Marktplatz 2, 67547 Worms"]
    pages = [[*(line(t, 37 + 12 * k, p) for k, t in enumerate(head)),
              line("An das Ministerium" if p == 1 else "Sachausgaben: Öffentlichkeitsarbeit",
                   97, p),
              line("Die Stelle ist besetzt.", 300, p),  # the same words, mid-page
              line(f"Absatz {p}", 500, p),
              line(f"Stadtverwaltung Worms · Seite {p}", 795, p)] for p in (1, 2)]
    _mark_furniture(pages)
    marked = {ln.text for lines in pages for ln in lines if ln.furniture}
    assert marked == {*head, "Stadtverwaltung Worms · Seite 1", "Stadtverwaltung Worms · Seite 2"}


def test_plain_text_makes_odd_producer_text_plain():
    """OCR and odd PDF producers: decomposed umlauts, ligatures, soft hyphens, an em dash as
    zero cents and a thin space between digit groups (third blind corpus)."""
    from kimdocs.readers.document import plain_text
    from kimdocs.readers.figures import find_figures

    assert plain_text("1,0 VZA\u0308 Kreisschlu\u0308ssel") == "1,0 VZÄ Kreisschlüssel"
    assert plain_text("Gesamt\ufb01nanzierung O\u0308\ufb00entlichkeit") == \
        "Gesamtfinanzierung Öffentlichkeit"
    assert plain_text("Finanzierungs\u00adplan") == "Finanzierungsplan"
    assert plain_text("60.000,\u2014 EUR \u2014 bewilligt") == "60.000,\u2013 EUR \u2014 bewilligt"
    assert [f.value for f in find_figures(plain_text("60.000,\u2014 EUR"))] == [60000]
    assert [f.value for f in find_figures(plain_text("64\u2009500,00 €"))] == [64500]
    assert plain_text("1\u20092 3") == "1\u20092 3"  # no digit group: left alone
    assert plain_text("schon schlicht") == "schon schlicht"
