"""Issue 18: a receipt stamp on a PDF (an e-Akte's stamp annotation "Eingegangen 19.12.2026")
is the Eingang where none is given: a report received after 15.12. is late (KIM-109), and the
finding names the stamp. A given --eingang still decides."""

from __future__ import annotations

from datetime import date

import pytest
from dokumente import JAHRESBERICHT, to_pdf, write_docx
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

from kimdocs.check import check_file


@pytest.fixture(scope="module")
def bericht_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stempel")
    return to_pdf([write_docx(JAHRESBERICHT, folder / "bericht.docx")], folder)[0]


def _stamped(source, target, text: str):
    writer = PdfWriter(clone_from=str(source))
    writer.add_annotation(0, DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Stamp"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (400, 760, 560, 810)]),
        NameObject("/Contents"): TextStringObject(text)}))
    with target.open("wb") as fh:
        writer.write(fh)
    return target


def _kim109(report):
    return next(b for b in report.ergebnisse if b.code == "KIM-109")


def test_a_late_receipt_stamp_makes_the_report_late_and_is_named(bericht_pdf, tmp_path):
    on_time = _kim109(check_file(bericht_pdf))
    assert on_time.status == "erfuellt"  # its own date, 01.12.2026
    late = _kim109(check_file(_stamped(bericht_pdf, tmp_path / "spaet.pdf",
                                       "Eingegangen 19.12.2026")))
    assert late.status == "verletzt"
    assert "Eingangsstempel" in late.meldung and "19.12.2026" in late.meldung
    assert any("Eingegangen 19.12.2026" in f.text for f in late.fundstellen)


def test_a_timely_stamp_passes_and_a_given_eingang_decides(bericht_pdf, tmp_path):
    stamped = _stamped(bericht_pdf, tmp_path / "rechtzeitig.pdf", "Eingegangen 10.12.2026")
    assert _kim109(check_file(stamped)).status == "erfuellt"
    given = _kim109(check_file(stamped, eingang=date(2026, 12, 20)))
    assert given.status == "verletzt" and "Eingangsstempel" not in given.meldung
