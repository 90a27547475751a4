"""Realistic test documents, written the way municipalities write them.

An outline (the same form as the rule cases: h1/h2 headings, p paragraphs, tabelle rows)
becomes a Word file: with heading styles, with bold body paragraphs only (no heading styles,
as in many municipal templates), or exported to PDF by LibreOffice.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.shared import Pt

JAHRESBERICHT = [
    {"h1": "Jahresbericht 2026 – Kommunales Integrationsmanagement der Stadt Trier"},
    {"p": "Berichtsjahr: 2026. Datum: 01.12.2026"},
    {"h1": "1. Personal"},
    {"tabelle": [["Name", "Stellenanteil", "seit"], ["Anna Schmidt", "0,5 VZÄ", "01.01.2026"],
                 ["Ben Koch", "19,5 Std./Woche", "01.01.2026"]]},
    {"h1": "2. Integrationsinfrastruktur"},
    {"p": "Die Bestandsaufnahme der Angebote in den Handlungsfeldern Wohnen, Sprache und "
          "Bildung ist abgeschlossen. Lücken bestehen bei Sprachkursen mit Kinderbetreuung."},
    # parts of Konzept Nr. 2 the report should cover (KIM-510..513, Warnung)
    {"h2": "Steuerungsgremien"},
    {"p": "Die Steuerungsgruppe Integration unter Leitung der Sozialdezernentin tagt viermal."},
    {"h2": "Koordinierung im Einzelfall"},
    {"p": "Für zwölf neu zugewanderte Familien wurden Wohnraum, Kitaplatz und Sprachkurs "
          "abgestimmt."},
    {"h1": "3. Vernetzung in der Kommune"},
    {"p": "Eine ämterübergreifende Arbeitsgruppe Integration tagt vierteljährlich."},
    {"h1": "4. Interkommunale Vernetzung"},
    {"p": "Austausch mit dem Landkreis Trier-Saarburg zu gemeinsamen Angeboten."},
    {"h1": "5. Öffentlichkeitsarbeit"},
    {"p": "Pressegespräch, Tag der offenen Tür und ein mehrsprachiger Wegweiser."},
    {"h1": "6. Kooperation mit dem Land"},
    {"p": "Teilnahme an den Jours fixes des MFFKI und an den Fachtagen der DBKI."},
    {"h2": "Maßnahmenplanung und Zielerreichung"},
    {"p": "Von sechs geplanten Maßnahmen sind vier umgesetzt."},
    {"h2": "Interkulturelle Öffnung"},
    {"p": "Zwei Schulungen zur interkulturellen Kompetenz im Bürgeramt."},
    {"h1": "7. Integrationskonzept"},
    {"p": "Die Fortschreibung des Integrationskonzepts hat begonnen."},
    {"h1": "8. Mittelverwendung"},
    {"tabelle": [["Position", "bewilligt", "verausgabt"],
                 ["Personalkosten", "60.000,00 EUR", "58.200,00 EUR"],
                 ["Sachkosten", "20.000,00 EUR", "17.850,40 EUR"],
                 ["Summe", "80.000,00 EUR", "76.050,40 EUR"]]},
    {"h1": "9. Ausblick"},
    {"p": "2027 soll das Integrationskonzept beschlossen werden."},
    {"h1": "Anlagen"},
    {"p": "Fragebogen des MFFKI zur Evaluierung des KIM (beigefügt)"},
]


def without(outline: list[dict], heading_words: str) -> list[dict]:
    """The outline without the section whose heading contains `heading_words`."""
    out, skipping = [], False
    for item in outline:
        if "h1" in item:
            skipping = heading_words in item["h1"]
        if not skipping:
            out.append(item)
    return out


def replace_cell(outline: list[dict], old: str, new: str) -> list[dict]:
    return [{"tabelle": [[new if c == old else c for c in row] for row in item["tabelle"]]}
            if "tabelle" in item else item for item in outline]


def write_docx(outline: list[dict], path: Path, *, headings: str = "styles") -> Path:
    """headings: 'styles' (Heading 1/2), 'bold' (bold body paragraphs, no heading styles)."""
    doc = WordDocument()
    for item in outline:
        (kind, value), = item.items()
        if kind in ("h1", "h2"):
            if headings == "styles":
                doc.add_heading(value, level=int(kind[1]))
            else:
                run = doc.add_paragraph().add_run(value)
                run.bold = True
                run.font.size = Pt(13 if kind == "h1" else 12)
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "tabelle":
            table = doc.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    doc.save(path)
    return path


def to_pdf(docx_paths: list[Path], out_dir: Path) -> list[Path]:
    from kimdocs.generate.libreoffice import convert_to_pdf

    result = convert_to_pdf(docx_paths, out_dir)
    assert not result.failed, result.failed
    return [result.converted[p] for p in docx_paths]


def stored_turned(source: Path, target: Path, rotation: int) -> Path:
    """The same pages as the user sees them, stored turned: the content turned back into a
    page of the other orientation and /Rotate set (as scanners and Word exports store a
    landscape page)."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import NameObject, NumberObject, RectangleObject

    writer = PdfWriter(clone_from=str(source))
    for page in writer.pages:
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        back = Transformation().translate(-float(box.left), -float(box.bottom)).rotate(rotation)
        back, size = {0: (back, (width, height)),
                      90: (back.translate(height, 0), (height, width)),
                      180: (back.translate(width, height), (width, height)),
                      270: (back.translate(0, width), (height, width))}[rotation]
        page.add_transformation(back)
        page.mediabox = page.cropbox = RectangleObject([0, 0, *size])
        page[NameObject("/Rotate")] = NumberObject(rotation)
    with open(target, "wb") as fh:
        writer.write(fh)
    return target


def write_odt(path: Path, content_xml: str) -> Path:
    """A minimal ODT by hand: the mimetype first (stored), then content.xml as given."""
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml", content_xml)
    return path
