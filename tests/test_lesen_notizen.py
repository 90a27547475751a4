"""What a submitted Word or LibreOffice file holds besides its running text (found by the
second held-out corpus, tests/korpus/manifest_blind2.yaml): footnotes are the document's text
(b2-antrag-pirmasens-overhead-fussnote, b2-jb-cochem-zell-fragebogen-fussnote), a Word text box
that LibreOffice saved as a drawing shape is too (b2-antrag-bad-duerkheim-briefkopf-textfeld),
a reviewer's comment and a tracked deletion are not."""

from __future__ import annotations

import sys
import zipfile
from decimal import Decimal
from pathlib import Path

from kimdocs.readers import read_document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dokumente import write_odt
from korpus import bauen


def _texts(document) -> list[str]:
    return [b.text for b in document.blocks if hasattr(b, "text")]


def test_docx_fussnote_ist_text_kommentar_und_loeschung_nicht(tmp_path):
    path = bauen.write_docx([
        {"h1": "Finanzierungsplan"},
        {"fussnote": ["Erläuterungen siehe Fußnote.",
                      "In den Sachkosten ist eine Verwaltungskostenpauschale enthalten."]},
        {"kommentar": ["Mit der Kämmerei abgestimmt.", "Overheadpauschale 10 % ansetzen?"]},
        {"p": "Beantragt werden {-75.000,00 €-}{+60.000,00 €+} Personalkosten."},
        {"h1": "Anlagen"},
        {"fussnote": ["Verwendungsnachweis", "Der ausgefüllte Fragebogen ist beigefügt."]},
    ], tmp_path / "notizen.docx", "formatvorlagen")
    document = read_document(path)
    texts = _texts(document)
    # each note follows the paragraph that cites it
    at = texts.index("Erläuterungen siehe Fußnote.")
    assert texts[at + 1] == "In den Sachkosten ist eine Verwaltungskostenpauschale enthalten."
    assert texts[texts.index("Verwendungsnachweis") + 1] == \
        "Der ausgefüllte Fragebogen ist beigefügt."
    full = document.full_text()
    assert "Overheadpauschale" not in full and "75.000" not in full
    assert [f.value for f in document.figures if f.kind == "betrag"] == [Decimal("60000.00")]


def test_docx_geloeschte_fussnote_zaehlt_nicht(tmp_path):
    path = bauen.write_docx([{"fussnote": ["Text.", "Gemeinkosten 5 %"]}],
                            tmp_path / "geloescht.docx", "formatvorlagen")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    ref = b'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    assert ref in parts["word/document.xml"]
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        ref, b'<w:del w:id="9" w:author="X" w:date="2026-01-01T00:00:00Z">' + ref + b"</w:del>")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert "Gemeinkosten" not in read_document(path).full_text()


_ODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3">
 <office:body><office:text>
  <text:p><draw:custom-shape text:anchor-type="as-char" svg:width="3in" svg:height="1in"><text:p>Kreisverwaltung Bad Dürkheim</text:p><text:p>Philipp-Fauth-Straße 11</text:p><draw:enhanced-geometry draw:type="rectangle"/></draw:custom-shape></text:p>
  <text:h text:outline-level="1">Anlagen</text:h>
  <text:p>Verwendungsnachweis<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Der ausgefüllte Fragebogen ist beigefügt.</text:p></text:note-body></text:note></text:p>
  <text:p>Ende<office:annotation><text:p>Kommentar: Gemeinkosten ansetzen?</text:p></office:annotation>.</text:p>
 </office:text></office:body>
</office:document-content>"""


def test_odt_form_fussnote_ja_kommentar_nein(tmp_path):
    path = tmp_path / "hand.odt"
    write_odt(path, _ODT)
    texts = _texts(read_document(path))
    assert texts[:2] == ["Kreisverwaltung Bad Dürkheim", "Philipp-Fauth-Straße 11"]
    assert texts[texts.index("Verwendungsnachweis") + 1] == \
        "Der ausgefüllte Fragebogen ist beigefügt."
    assert "Ende." in texts and not any("Gemeinkosten" in t for t in texts)
