"""A Bescheid starts from the received Antrag (issue 21): the PDF of beispiele/koblenz/antrag.yaml,
made here by the generator, is read back into Bescheid data with the place of every value; from
the reviewed data file the same Bescheid comes out as from beispiele/koblenz/bescheid.yaml."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

import kimdocs
from kimdocs import errors
from kimdocs.calculator import calculate_bescheid
from kimdocs.cli.commands import main
from kimdocs.facts.model import Betrag, Fakten
from kimdocs.findings import Fundstelle
from kimdocs.generate.antrag_lesen import Formular
from kimdocs.generate.aus_antrag import _Lesung, bescheid_aus_antrag
from kimdocs.generate.bescheid import bescheid_context
from kimdocs.generate.libreoffice import convert_to_pdf
from kimdocs.model import load_data, read_mapping
from kimdocs.readers.document import Document, Location, OcrPage, Paragraph
from kimdocs.rules import load_guideline

BEISPIEL = Path(__file__).resolve().parent.parent / "beispiele" / "koblenz"
# what a Bescheid needs and no Antrag holds: the clerk enters these, nothing else
OWN = {"aktenzeichen", "datum", "sachbearbeitung.name", "zeichnung.name"}


@pytest.fixture(scope="module")
def antrag_pdf(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("antrag")
    source = folder / "Antrag_Koblenz_2025.docx"
    source.write_bytes(kimdocs.render_document(load_data(BEISPIEL / "antrag.yaml"),
                                               load_guideline()))
    return next(iter(convert_to_pdf([source], folder / "pdf").converted.values()))


def reviewed(data: dict) -> dict:
    """What the clerk enters: the Bescheid's own values, as beispiele/koblenz/bescheid.yaml."""
    own = read_mapping(BEISPIEL / "bescheid.yaml")
    return {**data, **{k: own[k] for k in ("aktenzeichen", "datum", "ihr_zeichen",
                                           "sachbearbeitung", "zeichnung")}}


def equal_bescheide(made, expected) -> None:
    """Same amounts (per Haushaltsjahr and line, months, total) and the same parts (each
    Stellenanteil with its months and Festbetrag per year), the same recipient."""
    r = load_guideline()
    got, want = calculate_bescheid(made, r), calculate_bescheid(expected, r)
    assert [(j.jahr, j.monate, j.personalkosten, j.sachkosten, j.gesamt) for j in got.jahre] \
        == [(j.jahr, j.monate, j.personalkosten, j.sachkosten, j.gesamt) for j in want.jahre]
    assert got.gesamt == want.gesamt == Decimal("86666.67")
    ctx, exp = bescheid_context(made, r), bescheid_context(expected, r)
    assert ctx["stellen"] == exp["stellen"] and len(ctx["stellen"]) == 4  # 2 parts × 2 years
    assert ctx["empfaenger"] == exp["empfaenger"]


def test_the_pdf_gives_every_value_of_the_antrag_with_its_page(antrag_pdf):
    u = bescheid_aus_antrag(antrag_pdf, load_guideline())
    assert {q.pfad for q in u.offen if q.pflicht} == OWN
    betrag = u.quelle("antrag.finanzierungsplan[1].beantragt_sachkosten")
    assert betrag.art == "gelesen" and betrag.seite == 3 and "20.000,00 EUR" in betrag.zitat
    assert betrag.text() == "aus dem Antrag, Seite 3: „2026 / Sachkosten: 20.000,00 EUR“"
    assert u.daten["antrag"]["finanzierungsplan"][1]["beantragt_sachkosten"] == "20000.00"
    # the kind and key of the Kommune come from the guideline's list, and say so
    assert u.quelle("antrag.antragsteller.art").text().startswith("aus der Liste der Richtlinie")
    assert u.quelle("aktenzeichen").text().startswith("bitte eintragen")
    read = [q for q in u.quellen if q.pfad.startswith("antrag.")]
    assert read and all(q.seite for q in read if q.art == "gelesen")
    made = load_data_dict(reviewed(u.daten))
    expected = load_data(BEISPIEL / "bescheid.yaml")
    assert made.antrag == expected.antrag  # the whole Antrag, not only its amounts
    equal_bescheide(made, expected)


def test_the_docx_gives_the_same_antrag(antrag_pdf):
    docx_file = antrag_pdf.parent.parent / "Antrag_Koblenz_2025.docx"
    u = bescheid_aus_antrag(docx_file, load_guideline())
    assert {q.pfad for q in u.offen if q.pflicht} == OWN
    assert load_data_dict(reviewed(u.daten)).antrag == load_data(BEISPIEL / "antrag.yaml")


@pytest.mark.parametrize("beispiel", ["drei-halbe", "germersheim", "gestaffelt", "verkuerzt",
                                      "vorzeitig"])
def test_every_example_antrag_as_docx_gives_the_same_amounts_and_parts(beispiel, tmp_path):
    """Vacant parts, staggered starts, a Landkreis signed "In Vertretung", a shorter period,
    an early start: read back from the Antrag's DOCX, the Bescheid grants the same."""
    folder = BEISPIEL.parent / beispiel
    r = load_guideline()
    source = tmp_path / "antrag.docx"
    source.write_bytes(kimdocs.render_document(load_data(folder / "antrag.yaml"), r))
    u = bescheid_aus_antrag(source, r)
    own = read_mapping(folder / "bescheid.yaml")
    assert {q.pfad for q in u.offen if q.pflicht} == OWN
    made = load_data_dict({**u.daten, **{k: v for k, v in own.items()
                                         if k not in ("antrag", "art")}})
    expected = load_data(folder / "bescheid.yaml")
    got, want = calculate_bescheid(made, r), calculate_bescheid(expected, r)
    assert [(j.jahr, j.monate, j.personalkosten, j.sachkosten) for j in got.jahre] == \
        [(j.jahr, j.monate, j.personalkosten, j.sachkosten) for j in want.jahre]
    assert bescheid_context(made, r)["stellen"] == bescheid_context(expected, r)["stellen"]
    if beispiel == "vorzeitig":  # "Funktion / Schwerpunkt: Integrationsmanagerin": which one?
        assert made.antrag.stellen[0].funktion is None
        assert u.quelle("antrag.stellen[0].funktion").text() == "nicht gelesen – bitte prüfen"
        assert made.antrag.vorzeitiger_beginn == expected.antrag.vorzeitiger_beginn
    else:
        assert made.antrag.stellen == expected.antrag.stellen


def load_data_dict(data: dict, folder: Path | None = None):
    from kimdocs.model import Bewilligungsbescheid

    return Bewilligungsbescheid.model_validate(data)


def test_a_data_file_antrag_is_taken_whole():
    u = bescheid_aus_antrag(BEISPIEL / "antrag.yaml", load_guideline())
    assert u.quelle("antrag.stellen[0].vzae").text() == "aus der Antragsdatei"
    assert {q.pfad for q in u.offen if q.pflicht} == OWN
    equal_bescheide(load_data_dict(reviewed(u.daten)), load_data(BEISPIEL / "bescheid.yaml"))


def test_an_unclear_amount_stays_empty_and_says_why():
    """Two different amounts for one line: none of them is taken."""
    where = Fundstelle(3, "2025 / Personalkosten: 5.000,00 EUR")
    facts = Fakten("antrag", betraege=[
        Betrag(Decimal("5000.00"), "personal", "beantragt", 2025, "Personalkosten", where),
        Betrag(Decimal("4000.00"), "personal", "beantragt", 2025, "Personalkosten",
               Fundstelle(2, "Personalkosten 4.000,00 EUR"))])
    u = _Lesung(facts, Formular(Document("x.pdf", "pdf")), load_guideline()).run()
    q = u.quelle("antrag.finanzierungsplan[0].beantragt_personalkosten")
    assert q.art == "nicht_gelesen" and q.pflicht
    grund = q.grund.replace("\xa0", " ")
    assert "5.000,00 EUR (Seite 3)" in grund and "4.000,00 EUR (Seite 2)" in grund
    assert u.daten["antrag"]["finanzierungsplan"][0]["beantragt_personalkosten"] is None
    # nothing in the document: each value the Antrag must give is marked, none invented
    assert u.quelle("antrag.zeitraum.beginn").text() == "nicht gelesen – bitte eintragen"
    assert u.daten["antrag"]["zeitraum"] == {"beginn": None, "ende": None}


@pytest.mark.parametrize(("beantragt", "offen"), [("20000.00", True), ("0.00", False)])
def test_sachkosten_requested_without_items_are_not_taken_as_none(beantragt, offen):
    """The grant is the least of request and planned spending: an empty list of Sachausgaben
    would refuse the Sachkosten, so it is only taken where none are requested."""
    facts = Fakten("antrag", betraege=[
        Betrag(Decimal(beantragt), "sach", "beantragt", 2026, "Sachkosten", Fundstelle(2, "x"))])
    u = _Lesung(facts, Formular(Document("x.pdf", "pdf")), load_guideline()).run()
    q = u.quelle("antrag.finanzierungsplan[0].sachausgaben")
    if offen:
        assert q.art == "nicht_gelesen" and q.pflicht and "keine Sachausgaben" in q.grund
        assert u.daten["antrag"]["finanzierungsplan"][0]["sachausgaben"] is None
    else:
        assert q is None and u.daten["antrag"]["finanzierungsplan"][0]["sachausgaben"] == []


def test_items_that_do_not_add_up_to_the_stated_total_are_marked():
    def planned(wert, posten, summe=False):
        return Betrag(Decimal(wert), posten, "geplant", 2026, posten, Fundstelle(2, "x"),
                      summe=summe)
    facts = Fakten("antrag", betraege=[planned("60000.00", "personal"),
                                       planned("5000.00", "sach"),
                                       planned("80000.00", "gesamt", summe=True)])
    u = _Lesung(facts, Formular(Document("x.pdf", "pdf")), load_guideline()).run()
    q = u.quelle("antrag.finanzierungsplan[0].sachausgaben")
    assert q.art == "pruefen" and "65.000,00" in q.grund and "80.000,00" in q.grund
    assert u.quelle("antrag.finanzierungsplan[0].drittmittel") is None  # none named
    assert u.daten["antrag"]["finanzierungsplan"][0]["sachausgaben"][0]["betrag"] == "5000.00"


def test_drittmittel_named_in_the_antrag_are_marked_to_enter():
    facts = Fakten("antrag", betraege=[
        Betrag(Decimal("0.00"), "sach", "beantragt", 2026, "Sachkosten", Fundstelle(2, "x"))])
    named = Document("x.pdf", "pdf", blocks=[Paragraph("Drittmittel: Bundesprogramm 5.000 EUR",
                                                       Location(2, None, 0))])
    u = _Lesung(facts, Formular(named), load_guideline()).run()
    q = u.quelle("antrag.finanzierungsplan[0].drittmittel")
    assert q.art == "pruefen" and "Mittel Dritter" in q.grund


def test_a_value_from_a_recognised_scan_page_says_so():
    where = Fundstelle(2, "2025 / Personalkosten: 5.000,00 EUR")
    facts = Fakten("antrag", betraege=[
        Betrag(Decimal("5000.00"), "personal", "beantragt", 2025, "Personalkosten", where)])
    scan = Document("scan.pdf", "pdf", ocr_pages=[OcrPage(page=2, confidence=91.0)])
    u = _Lesung(facts, Formular(scan), load_guideline()).run()
    q = u.quelle("antrag.finanzierungsplan[0].beantragt_personalkosten")
    assert q.art == "gelesen" and q.text().endswith(
        "(per Texterkennung gelesen, bitte besonders prüfen)")


def test_an_unreadable_file_is_a_read_error(tmp_path):
    bad = tmp_path / "antrag.pdf"
    bad.write_text("kein PDF", encoding="utf-8")
    with pytest.raises(errors.ReadError) as caught:
        bescheid_aus_antrag(bad, load_guideline())
    assert caught.value.code == "datei_unlesbar"


def test_a_bescheid_is_no_antrag(tmp_path):
    bescheid = tmp_path / "bescheid.docx"
    bescheid.write_bytes(kimdocs.render_document(load_data(BEISPIEL / "bescheid.yaml"),
                                                 load_guideline()))
    with pytest.raises(errors.InputError) as caught:
        bescheid_aus_antrag(bescheid, load_guideline())
    assert caught.value.code == "falscher_dateityp"
    assert "kein Antrag, sondern ein Bewilligungsbescheid" in str(caught.value)


def test_the_bescheid_values_of_kimdocs_toml_are_taken_and_said():
    vorgaben = {"zeichnung": {"name": "Dr. Jana Muster", "funktion": "Referatsleiterin"}}
    u = bescheid_aus_antrag(BEISPIEL / "antrag.yaml", load_guideline(), vorgaben=vorgaben)
    assert u.daten["zeichnung"] == vorgaben["zeichnung"]
    assert u.quelle("zeichnung.name").text() == "aus der Konfiguration (kimdocs.toml)"
    assert {q.pfad for q in u.offen if q.pflicht} == OWN - {"zeichnung.name"}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_cli_writes_the_data_file_for_review_first_then_the_bescheid(antrag_pdf, tmp_path):
    daten = tmp_path / "bescheid-daten.yaml"
    result = run("erstellen", "bescheid", "--aus-antrag", antrag_pdf, "-o", daten)
    assert result.exit_code == 0, result.output
    text = daten.read_text(encoding="utf-8")
    line = "beantragt_sachkosten: 20000.00  # aus dem Antrag, Seite 3: „2026 / Sachkosten: "
    assert line + "20.000,00 EUR“" in text
    assert "\naktenzeichen:  # bitte eintragen" in text
    assert list(tmp_path.iterdir()) == [daten]  # no Bescheid yet
    # unreviewed: refused, naming what is missing
    result = run("erstellen", "bescheid", daten, "-o", tmp_path / "out")
    assert result.exit_code == errors.EXIT_INPUT and "aktenzeichen" in result.output
    # reviewed (the clerk fills in the Bescheid's own values): the Bescheid of the example
    filled = tmp_path / "geprueft.json"
    filled.write_text(json.dumps(reviewed(read_mapping(daten)), default=_plain),
                      encoding="utf-8")
    result = run("erstellen", "bescheid", filled, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    made_file = tmp_path / "out" / "Bewilligungsbescheid_Koblenz_2025.docx"
    equal_bescheide(load_data(filled), load_data(BEISPIEL / "bescheid.yaml"))
    expected = kimdocs.render_document(load_data(BEISPIEL / "bescheid.yaml"), load_guideline())
    assert _text(made_file) == _text(io.BytesIO(expected))


def test_cli_refuses_clearly(antrag_pdf, tmp_path):
    result = run("erstellen", "antrag", "--aus-antrag", antrag_pdf)
    assert result.exit_code == 2 and "nur für 'bescheid'" in result.output
    result = run("erstellen", "bescheid", "--aus-antrag", tmp_path / "fehlt.pdf")
    assert result.exit_code == 2 and "Antrag nicht gefunden" in result.output
    bad = tmp_path / "kaputt.pdf"
    bad.write_bytes(b"%PDF-1.4 kaputt")
    result = run("erstellen", "bescheid", "--aus-antrag", bad, "-o", tmp_path)
    assert result.exit_code == 2 and result.output.startswith("Fehler: ")
    assert "Traceback" not in result.output
    first = run("erstellen", "bescheid", "--aus-antrag", antrag_pdf, "-o", tmp_path)
    assert first.exit_code == 0
    again = run("erstellen", "bescheid", "--aus-antrag", antrag_pdf, "-o", tmp_path)
    assert again.exit_code == 2 and "--force" in again.output


def _plain(value):
    if isinstance(value, Decimal | date):
        return str(value)
    raise TypeError(type(value).__name__)


def _text(source) -> list[str]:
    d = docx.Document(source)
    return [p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows
                                             for c in row.cells]
