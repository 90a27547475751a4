"""Documents typed in Word without its structure tools (issue 19, blind18): headings as plain
lines ("II. Ansprechperson", "1.) PERSONAL"), a place-and-date line set flush right, a cost plan
aligned by tabs or runs of spaces instead of a table.

- In a PDF such lines carry no style and no bold. Before, the reader ran them into the text
  around them, so required parts were reported missing: false Fehler.
- In a DOCX or ODT the aligned plan was one line of prose per cost line, so the amounts had no
  year column: KIM-105/106 nicht prüfbar, a wrong sum passed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from kimdocs.annotate import annotate
from kimdocs.check import check_file
from kimdocs.readers import read_document_unsandboxed
from kimdocs.readers.document import Table
from kimdocs.readers.docx import block_elements
from kimdocs.readers.outline import aligned_cells

INTRO = ("Sehr geehrte Damen und Herren, hiermit beantragen wir die Förderung der Stelle einer "
         "Integrationsmanagerin nach dem Konzept KIM. Die Angaben im Einzelnen:")
WRAPPED = ("Die Bestandsaufnahme der Angebote für Zugewanderte im Kreis ist abgeschlossen; Lücken "
           "bestehen vor allem bei der Kinderbetreuung während der Sprachkurse und bei den "
           "Beratungsangeboten in den ländlichen Verbandsgemeinden des Kreises.")
PLAN = [("Position", "2025", "2026"), ("Personalkosten", "5.000,--", "60.000,--"),
        ("Sachkosten", "1.500,--", "18.000,--"), ("Gesamtausgaben", "6.500,--", "78.000,--")]


def _typed(path: Path, separator: str) -> None:
    d = docx.Document()
    d.add_paragraph("Kreisverwaltung Bad Dürkheim")
    d.add_paragraph("Bad Dürkheim, 9. Februar 2026").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph(INTRO)
    for heading, text in (("I. Antragsteller", "Landkreis Bad Dürkheim, Kreisschlüssel 07332"),
                          ("II. Ansprechperson", "Frau Jana Schmitt, Tel. 06322 961-412"),
                          ("2.) INTEGRATIONSINFRASTRUKTUR", WRAPPED)):
        d.add_paragraph(heading)
        d.add_paragraph(text)
    d.add_paragraph("a. Bestandsaufnahme der Integrationsangebote im Kreis")
    d.add_paragraph("b. Aufbau einer Steuerungsgruppe Integration mit Jobcenter, Ausländerbehörde "
                    "und Migrationsberatung")
    d.add_paragraph("c. Koordinierung im Einzelfall")
    d.add_paragraph("Die Kosten stellen sich wie folgt dar:")
    for row in PLAN:
        d.add_paragraph(separator.join(row))
    d.save(path)


def _convert(source: Path, fmt: str, tmp_path: Path) -> Path:
    assert shutil.which("soffice"), "LibreOffice (soffice) is required for this test"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profil'}",
                    "--headless", "--convert-to", fmt, "--outdir", str(tmp_path / fmt),
                    str(source)], check=True, capture_output=True, timeout=180,
                   start_new_session=True)
    return tmp_path / fmt / f"{source.stem}.{fmt}"


def test_aligned_cells():
    assert aligned_cells("Personalkosten\t\t60.000,00 €", str.strip) == (
        "Personalkosten", "60.000,00 €")
    assert aligned_cells("Summe                65.200,--", str.strip) == ("Summe", "65.200,--")
    assert aligned_cells("Personalkosten 60.000,00 €", str.strip) == ()  # one space: prose
    assert aligned_cells("Anlage\t", str.strip) == ()  # one part: nothing to align


def test_typed_headings_in_a_pdf_stand_alone(tmp_path: Path):
    _typed(tmp_path / "getippt.docx", "\t")
    document = read_document_unsandboxed(_convert(tmp_path / "getippt.docx", "pdf", tmp_path))
    texts = [b.text for b in document.blocks]
    for line in ("I. Antragsteller", "II. Ansprechperson", "2.) INTEGRATIONSINFRASTRUKTUR",
                 "Bad Dürkheim, 9. Februar 2026", "c. Koordinierung im Einzelfall"):
        assert line in texts, texts
    assert WRAPPED in texts, texts  # a wrapped paragraph stays one


@pytest.mark.parametrize("separator", ["\t", "\t\t", "      "])
def test_aligned_lines_of_a_docx_are_a_table(tmp_path: Path, separator: str):
    _typed(tmp_path / "plan.docx", separator)
    document = read_document_unsandboxed(tmp_path / "plan.docx")
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert [t.rows for t in tables] == [[list(row) for row in PLAN]]
    # the annotator finds each block's element: a table of lines is the list of its lines
    elements = block_elements(docx.Document(str(tmp_path / "plan.docx")))
    assert len(elements) == len(document.blocks)
    k = document.blocks.index(tables[0])
    assert [docx.text.paragraph.Paragraph(e, None).text for e in elements[k]] == [
        separator.join(row) for row in PLAN]


def test_aligned_lines_of_an_odt_are_a_table(tmp_path: Path):
    _typed(tmp_path / "plan.docx", "\t\t")
    document = read_document_unsandboxed(_convert(tmp_path / "plan.docx", "odt", tmp_path))
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert [t.rows for t in tables] == [[list(row) for row in PLAN]]
    assert not any("60.000" in b.text for b in document.blocks if b not in tables)


def test_an_aligned_plan_is_checked_and_annotated(tmp_path: Path):
    """The plan's wrong total (78.000 for 60.000 + 15.000) is found, and the annotated copy
    puts the comment on the line of the total."""
    d = docx.Document()
    d.add_heading("Antrag auf Förderung – Kommunales Integrationsmanagement", 0)
    d.add_paragraph("8.) FINANZIERUNGSPLAN")
    for row in (("Position", "2026"), ("Personalkosten", "60.000,00 €"),
                ("Sachkosten", "15.000,00 €"), ("Gesamtausgaben", "78.000,00 €")):
        d.add_paragraph("\t".join(row))
    source = tmp_path / "summe.docx"
    d.save(source)
    bericht = check_file(source, art="antrag")
    summe = next(b for b in bericht.ergebnisse if b.code == "KIM-108")
    assert summe.status == "verletzt", summe.meldung
    marked = docx.Document(str(annotate(source, bericht, tmp_path / "kommentiert.docx")))
    commented = [p.text for p in marked.paragraphs if p._p.xpath(".//w:commentRangeStart")]
    assert "Gesamtausgaben\t78.000,00 €" in commented, commented
