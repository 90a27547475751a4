"""Issue 20 in the other documents: the Jahresbericht's totals, the Antrag's data-protection
notice and early-start application, the file name of a Bescheid, the text blocks' sources."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from kimdocs.calculator import Stellenjahr
from kimdocs.generate.bescheid import bescheid_context, festbetraege
from kimdocs.generate.context import antrag_context, document_year, jahresbericht_context
from kimdocs.guideline.textbausteine import load_textbausteine
from kimdocs.model import load_data, read_mapping, validate
from kimdocs.rules import load_guideline

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
TEXTBAUSTEINE = (Path(__file__).resolve().parent.parent / "kimdocs" / "guideline" / "richtlinien"
                 / "kim-rlp-2025.textbausteine.yaml")


def _jahresbericht(**mittel):
    data = read_mapping(BEISPIELE / "koblenz" / "jahresbericht.yaml")
    data["mittelverwendung"] = [dict(data["mittelverwendung"][0], **mittel)]
    return validate("jahresbericht", data)


def test_jahresbericht_total_says_what_it_holds():
    # with Eigenmittel: 60.000 + 17.850,40 + 21.600 = 99.450,40 "insgesamt"
    (mit,) = jahresbericht_context(_jahresbericht(), load_guideline())["nachweis"]
    assert mit["ausgaben_text"] == "Ausgaben insgesamt (einschließlich Eigenmittel)"
    assert mit["ausgaben"] == "99.450,40\xa0EUR"
    # without: 77.850,40 from the grant, and the line does not claim to be the total
    (ohne,) = jahresbericht_context(_jahresbericht(eigenanteil_verausgabt=None),
                                    load_guideline())["nachweis"]
    assert ohne["ausgaben_text"] == "Ausgaben aus der Zuwendung (Eigenmittel nicht angegeben)"
    assert ohne["ausgaben"] == "77.850,40\xa0EUR" and "insgesamt" not in ohne["ausgaben_text"]


def test_jahresbericht_before_the_year_ends_is_provisional():
    (n,) = jahresbericht_context(_jahresbericht(), load_guideline())["nachweis"]
    assert n["stand"] == "Stand 01.12.2026 (vorläufig)"  # dated 01.12.2026 for 2026


def test_antrag_has_the_data_protection_notice_and_the_early_start_application():
    data = read_mapping(BEISPIELE / "koblenz" / "antrag.yaml")
    data["vorzeitiger_beginn"] = {"ab": "2025-11-01", "begruendung": "Die Stelle ist besetzt."}
    data["erklaerungen"] = dict(data["erklaerungen"], eigenmittel_gesichert=True)
    ctx = antrag_context(validate("antrag", data), load_guideline())
    text = " ".join(ctx["datenschutz"])
    for part in ("Verantwortlich", "Ministerium für Familie, Frauen, Kultur und Integration",
                 "Art. 6 Abs. 1 Buchst. e DSGVO", "Rechnungshof Rheinland-Pfalz",
                 "zehn Jahre nach Ablauf", "Art. 14 DSGVO", "Art. 77 DSGVO"):
        assert part in text, part
    assert ctx["vorzeitiger_beginn"] == {"ab": "01.11.2025",
                                         "begruendung": "Die Stelle ist besetzt."}
    assert "Gesamtfinanzierung ist sichergestellt" in ctx["eigenmittel_gesichert"]


def test_bescheid_file_year_is_the_first_year_granted():
    koblenz = load_data(BEISPIELE / "koblenz" / "bescheid.yaml")
    assert document_year(koblenz) == 2025
    nur_2026 = koblenz.model_copy(update={
        "bewilligungszeitraum": koblenz.zeitraum.model_copy(
            update={"beginn": koblenz.zeitraum.beginn.replace(year=2026, month=1)}),
        "begruendung_zeitraum": "x"})
    assert document_year(nur_2026) == 2026


def test_festbetraege_add_up_to_the_amount_granted():
    parts = [Stellenjahr("A", Decimal("0.5"), 12, Decimal("30000")),
             Stellenjahr("B", Decimal("0.5"), 12, Decimal("30000")),
             Stellenjahr("C", Decimal("0.5"), 12, Decimal("30000"))]
    # 50.000,00 over three equal parts: 16.666,67 + 16.666,67 + 16.666,66
    assert festbetraege(Decimal("50000.00"), parts) == [
        Decimal("16666.67"), Decimal("16666.67"), Decimal("16666.66")]


def test_first_short_year_is_reported_with_the_next():
    ctx = bescheid_context(load_data(BEISPIELE / "koblenz" / "bescheid.yaml"), load_guideline())
    assert "Für das Haushaltsjahr 2026 legen Sie" in ctx["tb"]["jahresbericht"]
    assert ctx["tb"]["jahresbericht_mitberichtet"] == (
        "Das Haushaltsjahr 2025 umfasst weniger als drei volle Monate; es wird im "
        "Jahresbericht 2026 mitberichtet.")


def test_every_assumption_is_in_the_data_and_every_changed_block_names_its_source():
    tb = load_textbausteine("kim-rlp-2025")
    assert any("ohne Stand" in a for a in tb["annahmen"])
    assert not any("Annahme" in g for g in tb["rechtsgrundlagen"])
    raw = TEXTBAUSTEINE.read_text(encoding="utf-8")
    for source in ("§ 37 Abs. 1 VwVfG", "VV Nr. 1.3 zu § 44 LHO", "§ 39 Abs. 1 Satz 3 VwVfG",
                   "Art. 13 und 14 DSGVO"):
        assert re.search(r"#.*" + re.escape(source), raw), source


def test_antrag_shows_the_calculation_of_the_personnel_costs():
    ctx = antrag_context(load_data(BEISPIELE / "vorzeitig" / "antrag.yaml"), load_guideline())
    # 55.300 + 12.700 = 68.000 (the Personalausgaben planned for 2026)
    assert ctx["personalkosten_berechnung"] == [{
        "person": "Miriam Beispiel", "entgeltgruppe": "E 11", "vzae": "1,0\xa0VZÄ",
        "entgelt": "55.300,00\xa0EUR", "arbeitgeberanteile": "12.700,00\xa0EUR",
        "summe": "68.000,00\xa0EUR"}]
    assert ctx["vorzeitiger_beginn"]["ab"] == "01.10.2025"
    koblenz = antrag_context(load_data(BEISPIELE / "koblenz" / "antrag.yaml"), load_guideline())
    assert koblenz["personalkosten_berechnung"] == []  # not given: no table
