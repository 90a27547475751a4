"""A bulleted list in a PDF from a word processor (issue 19, probe round 4): LibreOffice draws
the bullets of Word's "List Bullet" from the Symbol font and pdfium gives them as the private-use
code U+F0B7. Read as "•", each item is a paragraph of its own – before, a slide's items ran into
one line ("• Personalkosten: 58.750 € verausgabt (bewilligt: 60.000 €)  Sachkosten: …") and the
Sachkosten took the Personalkosten's 60.000 € (s-jb-folien-ahrweiler: a false KIM-106)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx

from kimdocs.readers import read_document_unsandboxed
from kimdocs.readers.pdf import _plain_bullets

ITEMS = ["Personalkosten: 58.750 € verausgabt (bewilligt: 60.000 €)",
         "Sachkosten: 17.900 € verausgabt (bewilligt: 20.000 €)",
         "insgesamt 76.650 € von 80.000 €"]


def test_symbol_bullets_become_bullets():
    assert _plain_bullets("\uf0b7 Sachkosten: 17.900 €") == "• Sachkosten: 17.900 €"
    assert _plain_bullets("\uf0a7 Wohnen") == "• Wohnen"
    assert _plain_bullets("Sachkosten 17.900 €") == "Sachkosten 17.900 €"


def test_each_bullet_of_a_libreoffice_pdf_is_a_paragraph(tmp_path: Path):
    assert shutil.which("soffice"), "LibreOffice (soffice) is required for this test"
    d = docx.Document()
    d.add_heading("Mittelverwendung", level=1)
    for item in ITEMS:
        d.add_paragraph(item, style="List Bullet")
    source = tmp_path / "folie.docx"
    d.save(source)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profil'}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180, start_new_session=True)
    document = read_document_unsandboxed(tmp_path / "folie.pdf")
    texts = [b.text.lstrip("• ").strip() for b in document.blocks]
    for item in ITEMS:
        assert item in texts, texts
    assert not any("\uf0b7" in b.text for b in document.blocks)
