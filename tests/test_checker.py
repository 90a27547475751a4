"""Checking realistic documents: Word with heading styles, bold headings only, other wording,
PDF exported by LibreOffice; verdicts, exit codes, JSON contract, batches."""

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from dokumente import JAHRESBERICHT, replace_cell, to_pdf, without, write_docx

import kimdocs
from kimdocs.check import check_bytes, check_file
from kimdocs.cli.commands import main

SCHEMA = json.loads((Path(kimdocs.__file__).parent / "schemas" /
                     "pruefbericht.schema.json").read_text(encoding="utf-8"))


def status(report, code):
    return next(b for b in report.ergebnisse if b.code == code)


@pytest.fixture(scope="module")
def reports_dir(tmp_path_factory):
    """The same Jahresbericht in several forms, plus two faulty ones, as DOCX and PDF."""
    d = tmp_path_factory.mktemp("berichte")
    docs = {
        "styles": write_docx(JAHRESBERICHT, d / "bericht_formatvorlagen.docx"),
        "bold": write_docx(JAHRESBERICHT, d / "bericht_fett.docx", headings="bold"),
        "wording": write_docx([{k: (v.replace("Öffentlichkeitsarbeit", "Presse- und "
                                               "Öffentlichkeitsarbeit").replace(
                                    "Mittelverwendung", "Verwendung der Mittel"))
                                if isinstance(v, str) else v for k, v in i.items()}
                               for i in JAHRESBERICHT], d / "bericht_andere_worte.docx"),
        "no_pr": write_docx(without(JAHRESBERICHT, "Öffentlichkeitsarbeit"),
                            d / "bericht_ohne_oeffentlichkeitsarbeit.docx"),
        "sach": write_docx(replace_cell(JAHRESBERICHT, "17.850,40 EUR", "24.000,00 EUR"),
                           d / "bericht_sachkosten_zu_hoch.docx"),
    }
    pdfs = to_pdf([docs["styles"], docs["no_pr"], docs["sach"]], d)
    docs.update(pdf_styles=pdfs[0], pdf_no_pr=pdfs[1], pdf_sach=pdfs[2])
    return docs


@pytest.mark.parametrize("form", ["styles", "bold", "wording", "pdf_styles"])
def test_complete_report_is_einreichungsfaehig_in_every_form(reports_dir, form):
    report = check_file(reports_dir[form])
    assert report.art == "jahresbericht" and report.art_erkannt
    assert report.urteil == "einreichungsfaehig", [b.zeile() for b in report.ergebnisse
                                                   if b.status != "erfuellt"]
    assert status(report, "KIM-103").status == "erfuellt"  # 0,5 VZÄ + 19,5 h = 1,0


@pytest.mark.parametrize("form", ["no_pr", "pdf_no_pr"])
def test_missing_oeffentlichkeitsarbeit(reports_dir, form):
    report = check_file(reports_dir[form])
    befund = status(report, "KIM-505")
    assert report.urteil == "maengel" and befund.status == "verletzt"
    assert befund.klausel.startswith("Konzept Nr. 2")
    assert "Öffentlichkeitsarbeit" in befund.meldung
    # where it belongs: after the part before it, with that part's page
    assert befund.fundstellen and "Interkommunale Vernetzung" in befund.fundstellen[0].text
    if form == "pdf_no_pr":
        assert befund.fundstellen[0].seite == 1


def test_sachkosten_over_cap_names_rule_clause_and_page(reports_dir):
    report = check_file(reports_dir["pdf_sach"])
    befund = status(report, "KIM-106")
    assert befund.status == "verletzt" and report.urteil == "maengel"
    assert "24.000,00" in befund.meldung and befund.klausel == "Konzept Nr. 5 Abs. 4"
    # the page is the one the Mittelverwendung table stands on in the PDF
    from kimdocs.readers import read_document
    document = read_document(reports_dir["pdf_sach"])
    table_page = next(t.location.page for t in document.tables()
                      if any("24.000,00 EUR" in cell for row in t.rows for cell in row))
    assert befund.fundstellen[0].seite == table_page
    assert "24.000,00 EUR" in befund.fundstellen[0].text


def test_cli_pruefen_exit_1_and_json_validates(reports_dir):
    result = CliRunner().invoke(main, ["pruefen", str(reports_dir["sach"]), "--format", "json"])
    assert result.exit_code == 1
    envelope = json.loads(result.stdout)  # stderr: "Texterkennung Seite 1 von 1"
    jsonschema.validate(envelope, SCHEMA)
    [data] = envelope["berichte"]  # always one object with a list, even for one file
    assert data["urteil"] == "maengel" and data["art"] == "jahresbericht"
    assert "fehler" not in data


def test_cli_text_report_lists_fehler_first_with_clause_and_page(reports_dir):
    result = CliRunner().invoke(main, ["pruefen", str(reports_dir["pdf_no_pr"])])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    first_rule = next(line for line in lines if line.strip().startswith("["))
    assert "KIM-505" in first_rule and "Konzept Nr. 2 (Öffentlichkeitsarbeit)" in first_rule
    assert "S. 1" in result.output
    assert "Jahresbericht (am Inhalt erkannt)" in result.output


def test_eingang_after_deadline(reports_dir):
    from datetime import date
    report = check_file(reports_dir["styles"], eingang=date(2026, 12, 16))
    assert status(report, "KIM-109").status == "verletzt"


def test_cross_check_with_bescheid_data(reports_dir, tmp_path):
    bescheid = Path(__file__).resolve().parent.parent / "beispiele" / "koblenz" / "bescheid.yaml"
    report = check_file(reports_dir["sach"], bescheid=bescheid)
    assert status(report, "KIM-113").status == "verletzt"  # 24.000 spent, 20.000 granted
    assert status(check_file(reports_dir["styles"], bescheid=bescheid), "KIM-113").status \
        == "erfuellt"


def test_check_bytes_from_python(reports_dir):
    report = check_bytes(reports_dir["styles"].read_bytes(), "upload.docx")
    assert report.datei == "upload.docx" and report.urteil == "einreichungsfaehig"
    jsonschema.validate(report.to_dict(), SCHEMA)


def _scan_pdf(path: Path, text: str | None = "Jahresbericht 2026") -> Path:
    from PIL import Image, ImageDraw
    image = Image.new("RGB", (600, 800), "white")
    if text:
        ImageDraw.Draw(image).text((50, 50), text, fill="black")
    image.save(path, "PDF")
    return path


def test_scan_is_read_by_text_recognition(tmp_path):
    """An image-only PDF is read by OCR (issue 18): this one is a Jahresbericht with no parts."""
    scan = _scan_pdf(tmp_path / "scan.pdf")
    result = CliRunner().invoke(main, ["pruefen", str(scan), "--format", "json"])
    assert result.exit_code == 1
    envelope = json.loads(result.stdout)  # stderr: "Texterkennung Seite 1 von 1"
    jsonschema.validate(envelope, SCHEMA)
    [data] = envelope["berichte"]
    assert (data["art"], data["urteil"]) == ("jahresbericht", "maengel")


def test_blank_scan_is_nicht_pruefbar_exit_2(tmp_path):
    scan = _scan_pdf(tmp_path / "leer.pdf", text=None)
    result = CliRunner().invoke(main, ["pruefen", str(scan), "--format", "json"])
    assert result.exit_code == 2
    [data] = json.loads(result.stdout)["berichte"]
    assert data["urteil"] == "nicht_pruefbar" and "Texterkennung" in data["fehler"]


def test_password_protected_pdf_is_nicht_pruefbar(tmp_path, reports_dir):
    import subprocess
    docx = reports_dir["styles"]
    profile = tmp_path / "profil"
    export = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
              '"DocumentOpenPassword":{"type":"string","value":"geheim"}}')
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", export,
                    "--outdir", str(tmp_path), str(docx)], check=True, capture_output=True,
                   timeout=120)
    result = CliRunner().invoke(main, ["pruefen", str(tmp_path / (docx.stem + ".pdf"))])
    assert result.exit_code == 2
    assert "NICHT PRÜFBAR" in result.output and "passwortgeschützt" in result.output


def test_unrecognisable_document_asks_for_art(tmp_path):
    path = write_docx([{"p": "Einkaufsliste: Brot, Milch."}], tmp_path / "liste.docx")
    report = check_file(path)
    assert report.urteil == "nicht_pruefbar" and "--art" in report.fehler


def test_folder_of_36_with_one_broken_file(tmp_path, reports_dir):
    import shutil
    folder = tmp_path / "eingang"
    folder.mkdir()
    for i in range(35):
        shutil.copy(reports_dir["styles"], folder / f"bericht_{i:02d}.docx")
    (folder / "kaputt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    result = CliRunner().invoke(main, ["pruefen", str(folder), "--format", "json"])
    envelope = json.loads(result.stdout if hasattr(result, "stdout") else result.output)
    jsonschema.validate(envelope, SCHEMA)
    data = envelope["berichte"]
    assert len(data) == 36
    broken = [d for d in data if "fehler" in d]
    assert [Path(d["datei"]).name for d in broken] == ["kaputt.pdf"]
    assert sum(d["urteil"] == "einreichungsfaehig" for d in data) == 35
    assert result.exit_code == 2
    text = CliRunner().invoke(main, ["pruefen", str(folder)])
    assert "Zusammenfassung: 36 Dateien – 35 einreichungsfähig, 0 mit Mängeln, 1 nicht prüfbar" \
        in text.output
    assert "kaputt.pdf" in text.output


@pytest.mark.parametrize("fmt,marker", [("html", "<!DOCTYPE html>"), ("junit", "<testsuites")])
def test_html_and_junit_output_to_file(reports_dir, tmp_path, fmt, marker):
    out = tmp_path / f"bericht.{fmt}"
    result = CliRunner().invoke(main, ["pruefen", str(reports_dir["no_pr"]), "--format", fmt,
                                       "-o", str(out)])
    assert result.exit_code == 1
    content = out.read_text(encoding="utf-8")
    assert marker in content and "KIM-505" in content
    if fmt == "junit":
        from xml.etree import ElementTree as ET
        suite = ET.fromstring(content).find("testsuite")
        assert suite.get("failures") == "1"


def test_fundstelle_carries_block_cell_and_box():
    from kimdocs.findings import Fundstelle
    from kimdocs.readers.document import Location

    where = Fundstelle.at(Location(3, (10.0, 20.0, 30.0, 40.0), 7).in_cell(2, 1), "Sachkosten")
    assert (where.seite, where.block, where.zelle, where.bbox) == (3, 7, (2, 1),
                                                                   (10.0, 20.0, 30.0, 40.0))
    assert where.to_dict() == {"seite": 3, "text": "Sachkosten", "block": 7, "zelle": [2, 1],
                               "bbox": [10.0, 20.0, 30.0, 40.0]}
    assert Fundstelle.at(None, "x").to_dict() == {"seite": None, "text": "x"}


# --- facts and the one rule registry (issue 8) ---------------------------------------------

# the published text of the real Vorlage (fachwissen: quellen/003), kept with the tests
KOBLENZ_UV = Path(__file__).resolve().parent / "quellen" / "koblenz_uv_0084_2026.txt"


def _koblenz_docx(path: Path) -> Path:
    """The real Unterrichtungsvorlage UV/0084/2026 as the council system writes it: plain
    paragraphs, bold "Label:" lines, no heading styles."""
    import docx

    doc = docx.Document()
    for line in KOBLENZ_UV.read_text(encoding="utf-8").splitlines():
        line = line.replace('<input type="checkbox"/>', "☐").strip()
        if not line:
            continue
        run = doc.add_paragraph().add_run(line)
        run.bold = line.endswith(":")
    doc.save(path)
    return path


def test_real_koblenz_unterrichtungsvorlage_is_einreichungsfaehig(tmp_path):
    path = _koblenz_docx(tmp_path / "UV_0084_2026.docx")
    report = check_file(path)
    assert report.art == "vorlage"
    for code in ("KIM-401", "KIM-402", "KIM-403", "KIM-404", "KIM-405", "KIM-406"):
        assert status(report, code).status == "erfuellt", status(report, code).zeile()
    assert report.urteil == "einreichungsfaehig"


def test_guideline_with_misspelt_rule_name_fails_to_load(tmp_path):
    import yaml

    from kimdocs.errors import GuidelineError
    from kimdocs.guideline import available
    from kimdocs.rules import load_guideline

    data = yaml.safe_load(available()["kim-rlp-2025"].read_text(encoding="utf-8"))
    next(r for r in data["regeln"] if r["code"] == "KIM-105")["name"] = "personalkosten-hoechtsbetrag"
    path = tmp_path / "vertippt.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(GuidelineError, match="KIM-105 „personalkosten-hoechtsbetrag“"):
        load_guideline(path)


def test_one_registry_serves_data_and_documents():
    """The calculator and the checker judge a rule by the same function."""
    from kimdocs.calculator import check_antrag
    from kimdocs.rules import load_guideline
    from kimdocs.model import load_data
    from kimdocs.rules import REGISTRY, rule

    r = load_guideline()
    antrag = load_data(Path(__file__).resolve().parent.parent / "beispiele"
                       / "negativ-kaiserslautern" / "antrag.yaml")
    codes = {b.code: b for b in check_antrag(antrag, r)}
    assert {"KIM-102", "KIM-103", "KIM-104", "KIM-106", "KIM-107", "KIM-108"} <= {
        c for c, b in codes.items() if b.status == "verletzt"}
    assert all(rule(regel.name) is REGISTRY[regel.name] for regel in r.regeln
               if regel.art != "abschnitt")


def test_unreadable_bescheid_leaves_only_cross_checks_nicht_pruefbar(reports_dir, tmp_path):
    broken = tmp_path / "bescheid.pdf"
    broken.write_bytes(b"%PDF-1.4 kaputt")
    report = check_file(reports_dir["styles"], bescheid=broken)
    assert status(report, "KIM-113").status == "nicht_pruefbar"
    assert "Bescheid konnte nicht gelesen werden" in status(report, "KIM-113").meldung
    others = [b for b in report.ergebnisse if b.code != "KIM-113"]
    assert others and all(b.status == "erfuellt" for b in others)


def test_bescheid_is_read_once_for_a_batch(reports_dir, tmp_path, monkeypatch):
    import shutil

    from kimdocs.check import files as checker
    from kimdocs.check import check_files

    calls = []
    real = checker.load_bescheid
    monkeypatch.setattr(checker, "load_bescheid",
                        lambda *a, **k: calls.append(a) or real(*a, **k))
    for i in range(3):
        shutil.copy(reports_dir["styles"], tmp_path / f"b{i}.docx")
    bescheid = Path(__file__).resolve().parent.parent / "beispiele" / "koblenz" / "bescheid.yaml"
    reports = check_files([tmp_path], bescheid=bescheid, jobs=2)
    assert len(calls) == 1 and len(reports) == 3
    assert all(status(r, "KIM-113").status == "erfuellt" for r in reports)


def test_jahresbericht_data_and_its_document_break_the_same_rules(tmp_path):
    """The facts of the data and of the generated document, judged by the same functions."""
    from kimdocs.rules import load_guideline
    from kimdocs.model import load_data
    from kimdocs.facts.from_data import from_jahresbericht
    from kimdocs.rules import rule

    data = Path(__file__).resolve().parent.parent / "beispiele" / "negativ-kaiserslautern" \
        / "jahresbericht.yaml"
    r = load_guideline()
    fakten = from_jahresbericht(load_data(data), r)
    from_data = {regel.code: rule(regel.name)(fakten, regel, r).status
                 for regel in r.regeln_fuer("jahresbericht") if regel.art in ("zahl", "frist")}
    result = CliRunner().invoke(main, ["erstellen", "jahresbericht", str(data), "-o",
                                       str(tmp_path)])
    assert result.exit_code == 0, result.output
    report = check_file(next(tmp_path.glob("*.docx")))
    from_document = {b.code: b.status for b in report.ergebnisse if b.code in from_data}
    assert from_data["KIM-106"] == from_document["KIM-106"] == "verletzt"
    assert from_data["KIM-110"] == from_document["KIM-110"] == "verletzt"
    assert from_data == from_document


@pytest.mark.parametrize(
    "datum, eingang, expected, words",
    [
        ("2026-12-20", "2027-01-05", "verletzt", "Eingang am 05.01.2027 liegt nach dem Ende"),
        ("2026-12-20", "2026-12-22", "erfuellt", "Eingang am 22.12.2026 innerhalb"),
        ("2026-12-20", None, "erfuellt", "Antrag vom 20.12.2026 innerhalb"),
        ("2027-01-04", None, "verletzt", "Antrag vom 04.01.2027 liegt nach dem Ende"),
    ],
)
def test_antragsfrist_counts_the_eingang_where_known(datum, eingang, expected, words):
    """KIM-111: an Antrag dated in December but received in January is late."""
    from datetime import date as d

    from kimdocs.rules import load_guideline
    from kimdocs.facts import Datum, Fakten
    from kimdocs.rules import rule

    r = load_guideline()
    regel = next(x for x in r.regeln if x.code == "KIM-111")
    fakten = Fakten("antrag", datum=Datum(d.fromisoformat(datum)),
                    eingang=d.fromisoformat(eingang) if eingang else None)
    befund = rule(regel.name)(fakten, regel, r)
    assert (befund.status, words in befund.meldung) == (expected, True), befund.meldung


def _brute_force_recognise(document, r):
    """Every type scored, as recognise did before it skipped hopeless types."""
    import re as _re

    from kimdocs.check.checker import _TITLE_WORDS
    from kimdocs.model import DOCUMENT_TITLES
    from kimdocs.readers.document import Table
    from kimdocs.check.sections import find_sections, normalize

    opening = " ".join(normalize(b.text) for b in document.blocks[:6] if not isinstance(b, Table))
    best, best_score = None, 0.0
    for kind in DOCUMENT_TITLES:
        rules = r.abschnitte(kind)
        score = sum(m.found for m in find_sections(document, rules, tolerant=False)) / len(rules)
        words = _TITLE_WORDS[kind]
        if any(_re.search(rf"\b{w}\b", opening) for w in words[:1]):
            score += 0.5
        elif any(_re.search(rf"\b{w}\b", opening) for w in words[1:]):
            score += 0.2
        if score > best_score:
            best, best_score = kind, score
    return best if best_score >= 0.4 else None


@pytest.mark.parametrize("title", ["", "Jahresbericht 2026", "Antrag auf Förderung",
                                   "Unterrichtungsvorlage", "Bewilligungsbescheid"])
@pytest.mark.parametrize("parts_of", [(), ("jahresbericht",), ("antrag", "jahresbericht"),
                                      ("vorlage", "bescheid"), ("antrag", "bescheid", "vorlage",
                                                                "jahresbericht")])
def test_recognise_skips_only_types_that_cannot_win(title, parts_of):
    from kimdocs.check import recognise
    from kimdocs.rules import load_guideline
    from kimdocs.readers.document import Document, Heading, Location

    r = load_guideline()
    headings = ([title] if title else []) + [regel.ueberschrift for kind in parts_of
                                             for regel in r.abschnitte(kind)]
    document = Document("x.pdf", "pdf", {}, [Heading(h, 1, Location(1, None, i))
                                             for i, h in enumerate(headings)])
    assert recognise(document, r) == _brute_force_recognise(document, r)


def test_recognise_tie_goes_to_the_first_type_even_when_scored_later():
    """A Bescheid title (bonus 0.5) with half its parts ties with a full Antrag (1.0): the
    Antrag, first in the list of types, wins as before, though it is scored second."""
    from kimdocs.check import recognise
    from kimdocs.rules import load_guideline
    from kimdocs.readers.document import Document, Heading, Location

    r = load_guideline()
    bescheid = [regel.ueberschrift for regel in r.abschnitte("bescheid")]
    headings = ["Bewilligungsbescheid"] + [regel.ueberschrift for regel in r.abschnitte("antrag")]
    headings += [h for h in bescheid if h not in headings][: len(bescheid) // 2]
    document = Document("x.pdf", "pdf", {}, [Heading(h, 1, Location(1, None, i))
                                             for i, h in enumerate(headings)])
    assert _brute_force_recognise(document, r) == recognise(document, r)
