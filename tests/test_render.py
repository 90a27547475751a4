"""Generating the four documents: DOCX from the templates, PDF through LibreOffice.

Golden files: tests/golden/<beispiel>_<art>.txt hold the text of each rendered example
(paragraph by paragraph, table rows as cells joined by " | "). After an intended change to a
template or the context, regenerate them and review the diff:

    KIMDOCS_GOLDEN=update python -m pytest tests/test_render.py -k golden

LibreOffice runs few times: all examples are converted in ONE batch by a module fixture.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from docx import Document

from kimdocs.cli.commands import main
from kimdocs.generate.context import build_context, data_hash
from kimdocs.errors import RenderError
from kimdocs.rules import load_guideline
from kimdocs.generate.libreoffice import read_pdfa_claim
from kimdocs.model import load_data
from kimdocs.generate.output import Auftrag, file_stem, produce, safe_name
from kimdocs.generate.render import (
    TEMPLATE_FILES,
    render_document,
    render_template,
    template_path,
    template_variables,
)

ROOT = Path(__file__).resolve().parent.parent
BEISPIELE = ROOT / "beispiele"
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLES = sorted(p for p in BEISPIELE.glob("*/*.yaml"))
NBSP = "\u00a0"


def docx_text(source) -> str:
    """Readable text of a DOCX: body paragraphs and table rows in document order."""
    doc = Document(source)
    lines = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in block.iter() if t.tag.endswith("}t"))
            lines.append(text)
        elif tag == "tbl":
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = ["".join(t.text or "" for t in c.iter() if t.tag.endswith("}t"))
                             for c in row if c.tag.endswith("}tc")]
                    lines.append(" | ".join(cells))
    return "\n".join(lines).replace(NBSP, " ") + "\n"


def headings(source) -> list[str]:
    return [p.text for p in Document(source).paragraphs if p.style.name.startswith("Heading")]


def strip_number(text: str) -> str:
    return re.sub(r"^\d+\.\s*", "", text)


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        parts = []
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            page.close()
    return " ".join(" ".join(parts).replace(NBSP, " ").split())


def example_id(path: Path) -> str:
    return f"{path.parent.name}_{path.stem}"


@pytest.fixture(scope="module")
def richtlinie():
    return load_guideline("kim-rlp-2025")


@pytest.fixture(scope="module")
def made(tmp_path_factory, richtlinie):
    """Every example as DOCX and PDF, the PDFs from one LibreOffice batch."""
    out = tmp_path_factory.mktemp("beispiele")
    jobs = [Auftrag(example_id(p), load_data(p)) for p in EXAMPLES]
    result = produce(jobs, out, richtlinie, fmt="beide")
    assert not result.fehler, result.fehler
    return {a.label: out / file_stem(a.doc, richtlinie) for a in jobs}


# --- every example ----------------------------------------------------------------------------

@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_example_matches_golden_text(example, made):
    text = docx_text(made[example_id(example)].with_suffix(".docx"))
    golden = GOLDEN / f"{example_id(example)}.txt"
    if os.environ.get("KIMDOCS_GOLDEN") == "update":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"{golden} fehlt: KIMDOCS_GOLDEN=update setzen"
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_example_has_the_guideline_headings(example, made, richtlinie):
    doc = load_data(example)
    found = [strip_number(h) for h in headings(made[example_id(example)].with_suffix(".docx"))]
    text = docx_text(made[example_id(example)].with_suffix(".docx"))
    for rule in richtlinie.abschnitte(doc.art):
        if rule.fundort == "ueberschrift":
            assert rule.ueberschrift in found, rule.code
        else:
            assert any(strip_number(line).startswith(rule.ueberschrift)
                       for line in text.splitlines()), rule.code
        for word in rule.stichworte:
            assert word in text or word in {"Klage", "Widerspruch"}, (rule.code, word)


@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_example_pdf_holds_the_same_amounts(example, made):
    pdf = made[example_id(example)].with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    docx = docx_text(made[example_id(example)].with_suffix(".docx"))
    text = pdf_text(pdf)
    assert " ".join(docx.splitlines()[0].split()) in text
    amounts = re.findall(r"\d{1,3}(?:\.\d{3})*,\d{2} EUR", docx)
    assert amounts or "vorlage" in example.name
    for amount in amounts:
        assert amount in text, amount


# --- the Koblenz Bescheid ---------------------------------------------------------------------

KOBLENZ_ROWS = ["2025 | 5.000,00 EUR | 1.666,67 EUR | 6.666,67 EUR",
                "2026 | 60.000,00 EUR | 20.000,00 EUR | 80.000,00 EUR",
                "Summe | 65.000,00 EUR | 21.666,67 EUR | 86.666,67 EUR"]


def test_koblenz_bescheid_amounts_in_docx_and_pdf(made):
    stem = made["koblenz_bescheid"]
    assert stem.name == "Bewilligungsbescheid_Koblenz_2025"
    text = docx_text(stem.with_suffix(".docx"))
    for row in KOBLENZ_ROWS:
        assert row in text
    pdf = pdf_text(stem.with_suffix(".pdf"))
    for row in KOBLENZ_ROWS:
        assert row.replace(" |", "") in pdf


def test_koblenz_bescheid_parts(made):
    text = docx_text(made["koblenz_bescheid"].with_suffix(".docx"))
    assert [strip_number(h) for h in headings(made["koblenz_bescheid"].with_suffix(".docx"))] == [
        "Bewilligung", "Finanzierungsart und zuwendungsfähige Ausgaben", "Auszahlung",
        "Jahresbericht und Verwendungsnachweis", "Nebenbestimmungen", "Begründung",
        "Rechtsbehelfsbelehrung"]
    # Informationsblock beside the address field (DIN 5008 Form B): label, then value
    for expected in ("Mein Aktenzeichen3321-0001#2025/0084-0701", "Ihr Schreiben vom15.10.2025",
                     "Ansprechpartner/-inAnna Beispiel", "E-Mailkim@mffki.example",
                     "Telefon06131 00-0000", "Fax06131 00-0001", "Zuwendungszweck",
                     "Bewilligungszeitraum | 01.12.2025 bis 31.12.2026", "Zuweisung",
                     "Festbetragsfinanzierung", "Höchstbetrag", "bis zum 15.12.", "§ 36 VwVfG",
                     "§ 49a", "freiwillige Leistung", "Rechtsanspruch", "pflichtgemäßem Ermessen",
                     "im Rahmen der verfügbaren Haushaltsmittel", "§§ 23 und 44 der Landeshaushaltsordnung",
                     ("innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht "
                     "Koblenz, Deinhardpassage 1, 56068 Koblenz"),
                     "§ 55d", "als elektronisches Dokument", "i. V. m. § 1 Abs. 1 LVwVfG",
                     "§§ 44, 91 LHO", "insbesondere für Vernetzung", "Verwendungsnachweis",
                     "Im Auftrag\n\nDr. Jana Muster"):
        assert expected in text, expected
    assert "Widerspruch erhoben" not in text
    assert "schriftlich oder zur Niederschrift" not in text  # electronic filing, § 55d VwGO
    assert "beigefügt" not in text  # the ANBest are not sent with it


def test_court_follows_the_kommune(made):
    text = docx_text(made["germersheim_bescheid"].with_suffix(".docx"))
    assert "Klage beim Verwaltungsgericht Neustadt an der Weinstraße" in text


def test_widerspruch_when_the_authority_is_not_a_top_authority(richtlinie):
    b = richtlinie.parameter.bewilligungsbehoerde
    lower = b.model_copy(update={"name": "Aufsichts- und Dienstleistungsdirektion",
                                 "kurz": "ADD", "anschrift": ["Willy-Brandt-Platz 3",
                                                              "54290 Trier"],
                                 "oberste_landesbehoerde": False})
    r = richtlinie.model_copy(update={"parameter": richtlinie.parameter.model_copy(
        update={"bewilligungsbehoerde": lower})})
    text = docx_text(io.BytesIO(render_document(load_data(BEISPIELE / "koblenz/bescheid.yaml"), r)))
    assert ("innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden" in text
            and "Aufsichts- und Dienstleistungsdirektion, Willy-Brandt-Platz 3, 54290 Trier" in text)
    assert "Klage beim" not in text


def test_no_notice_for_an_antrag_that_breaks_a_blocking_rule(richtlinie):
    bescheid = load_data(BEISPIELE / "koblenz/bescheid.yaml")
    bad = load_data(BEISPIELE / "negativ-kaiserslautern/antrag.yaml")
    with pytest.raises(RenderError, match="KIM-102"):
        render_document(bescheid.model_copy(update={"antrag": bad}), richtlinie)


def test_negative_example_shows_its_violations(made):
    antrag = docx_text(made["negativ-kaiserslautern_antrag"].with_suffix(".docx"))
    assert "2026 | 60.000,00 EUR | 25.000,00 EUR | 90.000,00 EUR" in antrag  # wrong sum kept
    assert "Verwaltungskostenpauschale" in antrag and "0,3 VZÄ" in antrag
    bericht = docx_text(made["negativ-kaiserslautern_jahresbericht"].with_suffix(".docx"))
    assert "Sachkosten | 20.000,00 EUR | 24.000,00 EUR" in bericht
    assert "Fragebogen" not in bericht


def test_jahresbericht_parts_and_mittelverwendung(made):
    text = docx_text(made["koblenz_jahresbericht"].with_suffix(".docx"))
    assert "Summe |  | 80.000,00 EUR | 77.850,40 EUR" in text
    assert "Fragebogen des MFFKI" in text and "als Anlage beigefügt" in text


def test_vorlage_header_and_gremienweg(made):
    text = docx_text(made["koblenz_vorlage"].with_suffix(".docx"))
    for expected in ("Vorlage: UV/0084/2026 | Datum: 24.03.2026", "Verfasser: 50-Sozialamt | Az.: 503001",
                     "22.04.2026 | Sozialausschuss | ☐ einstimmig | ☐ mehrheitl.",
                     "☐ Enthaltungen | ☐ Gegenstimmen", "☒ öffentlich", "☐ nichtöffentlich",
                     "Gremienweg:", "Förderrichtlinie KIM"):
        assert expected in text, expected


# --- traceability -----------------------------------------------------------------------------

def test_core_properties_and_reproducible_bytes(made, richtlinie):
    doc = load_data(BEISPIELE / "koblenz/bescheid.yaml")
    path = made["koblenz_bescheid"].with_suffix(".docx")
    props = Document(path).core_properties
    assert props.title == "Bewilligungsbescheid Stadt Koblenz 2025"
    assert props.author == "Ministerium für Familie, Frauen, Kultur und Integration Rheinland-Pfalz"
    assert props.identifier == data_hash(doc) and props.identifier.startswith("sha256:")
    assert props.created.date().isoformat() == "2025-11-20" == props.modified.date().isoformat()
    assert "kim-rlp-2025" in props.comments
    again = render_document(load_data(BEISPIELE / "koblenz/bescheid.yaml"), richtlinie)
    assert hashlib.sha256(again).digest() == hashlib.sha256(path.read_bytes()).digest()


# --- templates --------------------------------------------------------------------------------

@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_template_lint_every_variable_is_provided(example, richtlinie):
    doc = load_data(example)
    used = template_variables(template_path(doc.art))
    assert used, "Vorlage ohne Variablen?"
    assert used <= set(build_context(doc, richtlinie)), used - set(build_context(doc, richtlinie))


def test_templates_are_a4_with_metric_fonts():
    for name in TEMPLATE_FILES.values():
        d = Document(ROOT / "vorlagen" / name)
        section = d.sections[0]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
        assert d.styles["Normal"].font.name == "Liberation Sans"
        assert d.styles["Heading 1"].font.name == "Liberation Sans"


def _template(tmp_path: Path, *paragraphs: str) -> Path:
    d = Document()
    for text in paragraphs:
        d.add_paragraph(text)
    path = tmp_path / "kaputt.docx"
    d.save(path)
    return path


def test_missing_value_is_an_error_naming_variable_and_line(tmp_path):
    path = _template(tmp_path, "Erste Zeile", "Betrag: {{ betrag }}", "Empfänger: {{ empfaenger.name }}")
    with pytest.raises(RenderError) as err:
        render_template(path, {"betrag": "1,00"})
    message = str(err.value)
    assert "kaputt.docx" in message and "'empfaenger'" in message and "Zeile" in message
    assert "Empfänger:" in message  # the paragraph is quoted
    with pytest.raises(RenderError, match="'name'"):
        render_template(path, {"betrag": "1,00", "empfaenger": {}})


def test_broken_template_names_template_and_line(tmp_path):
    path = _template(tmp_path, "Gut", "Auch gut", "Kaputt: {{ betrag ", "Danach")
    with pytest.raises(RenderError) as err:
        render_template(path, {"betrag": "1"})
    assert re.search(r"kaputt\.docx, Zeile \d+", str(err.value)), str(err.value)
    assert "Syntaxfehler" in str(err.value)


def test_special_characters_are_escaped(richtlinie, tmp_path):
    doc = load_data(BEISPIELE / "koblenz/vorlage.yaml")
    kommune = doc.kommune.model_copy(update={"bezeichnung": "Stadt & Land <Test> \"GmbH\""})
    doc = doc.model_copy(update={"kommune": kommune,
                                 "betreff": "KIM & Co. <b>fett</b> {{ nicht_auswerten }}"})
    data = render_document(doc, richtlinie)
    text = docx_text(io.BytesIO(data))
    assert "Stadt & Land <Test> \"GmbH\"" in text
    assert "KIM & Co. <b>fett</b> {{ nicht_auswerten }}" in text
    zipfile.ZipFile(io.BytesIO(data)).testzip()


# --- file names -------------------------------------------------------------------------------

def test_file_names_are_safe_and_unique_for_all_36(richtlinie):
    from kimdocs.guideline.kommunen import load_list

    synthetic_bescheid = _bench().synthetic_bescheid
    stems = [file_stem(synthetic_bescheid(e, i), richtlinie)
             for i, e in enumerate(load_list("kommunen-rlp").eintraege)]
    assert len(set(stems)) == 36
    assert "Bewilligungsbescheid_Stadt-Kaiserslautern_2026" in stems
    assert "Bewilligungsbescheid_Landkreis-Kaiserslautern_2026" in stems
    for stem in stems:
        assert not re.search(r"[\s/\\:*?\"<>|]", stem), stem
    assert safe_name("A & B / <C> ") == "A-B-C"
    assert safe_name("Frankenthal (Pfalz)") == "Frankenthal-Pfalz"


def _bench():
    """bench/bench_render.py as a module: its synthetic notices for all 36 Kommunen."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_render", ROOT / "bench" / "bench_render.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- CLI --------------------------------------------------------------------------------------

def run(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


@pytest.mark.parametrize("art", ["antrag", "bescheid", "vorlage", "jahresbericht"])
def test_cli_docx_for_all_koblenz_types(art, tmp_path):
    result = run("erstellen", art, BEISPIELE / "koblenz" / f"{art}.yaml", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    (docx,) = tmp_path.glob("*.docx")
    assert docx.name.endswith(("_Koblenz_2025.docx", "_Koblenz_2026.docx"))
    assert "erstellt:" in result.output


def test_cli_pdfa_claims_pdfa_2b(tmp_path):
    result = run("erstellen", "bescheid", BEISPIELE / "koblenz/bescheid.yaml", "-o", tmp_path,
                 "--format", "beide", "--pdfa")
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "Bewilligungsbescheid_Koblenz_2025.pdf"
    assert read_pdfa_claim(pdf) == ("2", "B")
    assert "60.000,00 EUR 20.000,00 EUR 80.000,00 EUR" in pdf_text(pdf)
    assert (tmp_path / "Bewilligungsbescheid_Koblenz_2025.docx").exists()


def test_cli_existing_file_needs_force(tmp_path):
    args = ("erstellen", "antrag", BEISPIELE / "koblenz/antrag.yaml", "-o", tmp_path)
    assert run(*args).exit_code == 0
    target = tmp_path / "Antrag_Koblenz_2025.docx"
    target.write_bytes(b"von Hand bearbeitet")
    result = run(*args)
    assert result.exit_code == 2
    assert "existiert bereits" in result.output and "--force" in result.output
    assert target.read_bytes() == b"von Hand bearbeitet"
    assert run(*args, "--force").exit_code == 0
    assert target.read_bytes().startswith(b"PK")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp files left


def test_cli_without_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setenv("KIMDOCS_SOFFICE", str(tmp_path / "gibt-es-nicht"))
    out = tmp_path / "aus"
    result = run("erstellen", "bescheid", BEISPIELE / "koblenz/bescheid.yaml", "-o", out,
                 "--format", "beide")
    assert result.exit_code == 2
    assert "LibreOffice" in result.output and "apt-get install" in result.output
    assert not out.exists() or not list(out.iterdir())  # nothing half done
    result = run("erstellen", "bescheid", BEISPIELE / "koblenz/bescheid.yaml", "-o", out)
    assert result.exit_code == 0 and (out / "Bewilligungsbescheid_Koblenz_2025.docx").exists()


def test_cli_usage_errors(tmp_path):
    assert run("erstellen", "bescheid", "-o", tmp_path).exit_code == 2
    assert run("erstellen", "antrag", "--tabelle", BEISPIELE / "antraege.csv").exit_code == 2
    result = run("erstellen", "antrag", BEISPIELE / "koblenz/antrag.yaml", "--format", "docx",
                 "--pdfa")
    assert result.exit_code == 2 and "--pdfa" in result.output


def test_cli_own_template_folder(tmp_path):
    own = tmp_path / "meine-vorlagen"
    own.mkdir()
    result = run("erstellen", "antrag", BEISPIELE / "koblenz/antrag.yaml", "-o", tmp_path,
                 "--vorlagen", own)
    assert result.exit_code == 2 and "Vorlage nicht gefunden" in result.output
    (own / "antrag.docx").write_bytes((ROOT / "vorlagen" / "antrag.docx").read_bytes())
    result = run("erstellen", "antrag", BEISPIELE / "koblenz/antrag.yaml", "-o", tmp_path,
                 "--vorlagen", own)
    assert result.exit_code == 0, result.output


def test_cli_bad_data_is_exit_2(tmp_path):
    bad = tmp_path / "bescheid.yaml"
    bad.write_text("art: bescheid\nantrag: fehlt.yaml\n", encoding="utf-8")
    result = run("erstellen", "bescheid", bad, "-o", tmp_path)
    assert result.exit_code == 2 and "Fehler:" in result.output


# --- issue 9: what the legal department must see in the PDFs (text as pdftotext reads it) ---

def pdftotext(path: Path) -> str:
    import subprocess

    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         check=True, text=True).stdout
    return " ".join(out.replace("\xa0", " ").split())


def test_bescheid_pdf_pages_deadlines_and_refusal(made):
    text = pdftotext(made["verkuerzt_bescheid"].with_suffix(".pdf"))
    assert "Seite 1 von" in text
    # granted over the Bescheid's own period, not the Antrag's (93.333,33)
    assert "insgesamt 46.666,67 EUR" in text
    # Verwendungsnachweis: own deadline (6 months after 30.06.2026), apart from the 15.12.
    assert "bis zum 15.12. des jeweiligen Jahres" in text
    assert "er ersetzt den Verwendungsnachweis nicht" in text
    assert "also bis zum 31.12.2026, mit einem Verwendungsnachweis" in text
    # Teilablehnung: refused amount per year and why (which cap, which months)
    assert "2025: 6.666,66 EUR – Personalkosten über dem anteiligen Höchstbetrag" in text
    assert "2026: 40.000,00 EUR – Personalkosten über dem anteiligen Höchstbetrag" in text
    assert "für 6 VZÄ-Monate im Bewilligungszeitraum" in text
    assert "Sachkosten über dem anteiligen Höchstbetrag nach Nr. 2 für 6 Monate" in text
    assert "Verwaltungsgericht Trier" in text and "§ 55d" in text


def test_bescheid_vacancy_gets_a_bedingung():
    from kimdocs.generate.context import bescheid_context
    from kimdocs.model import validate

    antrag = load_data(BEISPIELE / "gestaffelt" / "antrag.yaml")
    b = validate("bescheid", {"antrag": antrag, "aktenzeichen": "1", "datum": "2025-12-15",
                              "sachbearbeitung": {"name": "A"}, "zeichnung": {"name": "B"}})
    ctx = bescheid_context(b, load_guideline())
    assert "§ 36 Abs. 2 Nr. 2 VwVfG" in ctx["tb"]["bedingung"]
    assert "0,5 VZÄ, geplanter Beginn 01.07.2026" in ctx["tb"]["bedingung"]
    assert ctx["summe"]["personalkosten"] == "45.000,00\xa0EUR"
    assert ctx["haushaltsjahre_text"] == "das Haushaltsjahr 2026"
    assert not ctx["tb"]["vorzeitiger_beginn"] and not ctx["tb"]["haushaltsvorbehalt"]
    # a period starting before the Bescheid's date, and a year beyond the budget years
    late = validate("bescheid", {"antrag": antrag, "aktenzeichen": "1", "datum": "2026-02-01",
                                 "sachbearbeitung": {"name": "A"}, "zeichnung": {"name": "B"}})
    assert "VV Nr. 1.3 zu § 44 LHO" in bescheid_context(late, load_guideline())["tb"][
        "vorzeitiger_beginn"]


def test_bescheid_pdf_of_a_vacancy_states_the_bedingung(made):
    text = pdftotext(made["gestaffelt_bescheid"].with_suffix(".pdf"))
    assert "unter der Bedingung bewilligt, dass er besetzt wird (§ 36 Abs. 2 Nr. 2 VwVfG" in text
    assert "0,5 VZÄ, geplanter Beginn 01.07.2026" in text
    assert "Zuwendung für das Haushaltsjahr 2026" in text


def test_antrag_pdf_shows_gesamtfinanzierung(made):
    text = pdftotext(made["koblenz_antrag"].with_suffix(".pdf"))
    for expected in ("Finanzierung im Haushaltsjahr 2025", "Gesamtausgaben 9.000,00 EUR",
                     "Einnahmen: Eigenanteil 2.333,33 EUR", "Gesamtfinanzierung 9.000,00 EUR",
                     "Finanzierung im Haushaltsjahr 2026", "Gesamtausgaben 105.600,00 EUR",
                     "Einnahmen: Eigenanteil 25.600,00 EUR", "Gesamtfinanzierung 105.600,00 EUR",
                     "Bankverbindung", "Rechtsverbindliche Unterschrift"):
        assert expected in text, expected


def _koblenz_bescheid(**antrag_changes):
    from kimdocs.model import read_mapping, validate

    data = read_mapping(BEISPIELE / "koblenz" / "antrag.yaml")
    data.update(antrag_changes)
    return validate("bescheid", {"antrag": validate("antrag", data), "aktenzeichen": "1",
                                 "datum": "2025-11-20", "sachbearbeitung": {"name": "A"},
                                 "zeichnung": {"name": "B", "zusatz": "In Vertretung"}})


def test_haushaltsvorbehalt_for_a_year_beyond_the_budget_years():
    from kimdocs.generate.context import bescheid_context
    from kimdocs.model import read_mapping

    plan = read_mapping(BEISPIELE / "koblenz" / "antrag.yaml")["finanzierungsplan"]
    plan = [*plan, dict(plan[1], jahr=2027)]
    b = _koblenz_bescheid(zeitraum={"beginn": "2025-12-01", "ende": "2027-12-31"},
                          finanzierungsplan=plan)
    ctx = bescheid_context(b, load_guideline())
    assert "das Haushaltsjahr 2027" in ctx["tb"]["haushaltsvorbehalt"]  # budget: 2025, 2026
    assert ctx["zeichnung"]["zusatz"] == "In Vertretung"


def test_verwendungsnachweis_says_abweichend_where_it_deviates(monkeypatch):
    import kimdocs.generate.context as context

    tb = context.load_textbausteine("kim-rlp-2025")
    changed = dict(tb, verwendungsnachweis_frist_monate=3)
    monkeypatch.setattr(context, "load_textbausteine", lambda _id: changed)
    text = context.bescheid_context(_koblenz_bescheid(), load_guideline())["tb"][
        "verwendungsnachweis"]
    assert "innerhalb von 3 Monaten" in text and "bis zum 31.03.2027" in text
    assert "(abweichend von Nr. 6.1 ANBest-K)" in text
    monkeypatch.undo()
    same = context.bescheid_context(_koblenz_bescheid(), load_guideline())
    assert "abweichend" not in same["tb"]["verwendungsnachweis"]  # 6 = ANBest's 6 months


def test_bescheid_outside_the_antrag_period_is_refused_as_input():
    from kimdocs.errors import InputError
    from kimdocs.model import validate

    antrag = load_data(BEISPIELE / "verkuerzt" / "antrag.yaml")
    with pytest.raises(InputError, match="Bewilligungszeitraum liegt nicht im beantragten"):
        validate("bescheid", {"antrag": antrag, "aktenzeichen": "1", "datum": "2025-11-20",
                              "sachbearbeitung": {"name": "A"}, "zeichnung": {"name": "B"},
                              "bewilligungszeitraum": {"beginn": "2025-10-01",
                                                       "ende": "2026-06-30"}})
