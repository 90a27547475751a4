"""Issue 17, "rules say what they read; the calculator asks the rules": a new number rule is
the guideline entry, one function and one case file — and the grant honours it; the overhead
pair gives one answer from data and from the generated document; a rule reads only the
settings it declares, and a guideline that leaves one open says so in one message."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from test_regelfaelle import check_case, load_case_file
from test_szenarien import docx_lines

import kimdocs
from kimdocs.calculator import (
    Berechnung,
    Jahresbetrag,
    calculate_grant,
    check_programme_budget,
    limits,
)
from kimdocs.check import check_document
from kimdocs.errors import GuidelineError
from kimdocs.facts import from_document
from kimdocs.facts.from_data import from_antrag
from kimdocs.generate.output import file_stem
from kimdocs.guideline import available
from kimdocs.guideline.kommunen import eligible_list
from kimdocs.model import Zeitraum, load_data
from kimdocs.rules import REGISTRY, load_guideline, rule
from kimdocs.rules.budget import budget_lines, by_year
from kimdocs.rules.common import amounts
from kimdocs.rules.registry import UndeclaredSetting, implements

ROOT = Path(__file__).resolve().parent.parent
KOBLENZ = ROOT / "beispiele" / "koblenz" / "antrag.yaml"
D = Decimal

# --- the one function: a number rule, registered where it is written --------------------

NAME = "sachkosten-anteil-personalkosten"


@implements(NAME, liest=("anteil",), begrenzt="sachkosten")
def sachkosten_anteil(f, regel, r, jahr, zeile):
    """Sachkosten höchstens `anteil` der Personalkosten desselben Haushaltsjahres."""
    personal = [b.wert for b in amounts(f, "personal")[0] if b.jahr == jahr]
    return r.parameter.anteil * max(personal) if personal else None


# --- the guideline entry, on a copy of the guideline ---------------------------------------

ENTRY = {
    "code": "KIM-199", "name": NAME, "titel": "Sachkosten höchstens 25 % der Personalkosten",
    "klausel": "Versuch (Issue 17)", "schwere": "fehler", "art": "zahl", "dokumente": ["antrag"],
    "beschreibung": "Die Sachkosten eines Haushaltsjahres betragen höchstens ein Viertel der "
                    "Personalkosten.",
    "pruefung": "Sachkosten je Haushaltsjahr ≤ 25 % der Personalkosten desselben Jahres.",
    "parameter": {"anteil": "0.25"},
}

# --- the one case file ----------------------------------------------------------------------

CASES = """\
regel: KIM-199
art: antrag
faelle:
- name: ein-viertel
  erwartet: erfuellt
  dokument:
  - h1: Finanzierungsplan
  - tabelle: [[Haushaltsjahr, Personalkosten beantragt, Sachkosten beantragt],
              ['2026', '60.000,00 EUR', '15.000,00 EUR']]
- name: ein-drittel
  erwartet: verletzt
  meldung_enthaelt: ['20.000,00', '15.000,00']
  dokument:
  - h1: Finanzierungsplan
  - tabelle: [[Haushaltsjahr, Personalkosten beantragt, Sachkosten beantragt],
              ['2026', '60.000,00 EUR', '20.000,00 EUR']]
- name: koblenz-daten
  erwartet: verletzt
  daten: {}
  zuwendung: {2025: {sachkosten: "1250.00"}, 2026: {sachkosten: "15000.00"}}
  gekuerzt_durch: {2025: {sachkosten: KIM-199}, 2026: {sachkosten: KIM-199}}
- name: ein-zehntel-je-fall
  erwartet: verletzt
  parameter: {anteil: "0.1"}
  daten: {}
  zuwendung: {2026: {sachkosten: "6000.00"}}
"""


def _copy(tmp_path: Path, entry: dict | None) -> Path:
    data = yaml.safe_load(available()["kim-rlp-2025"].read_text(encoding="utf-8"))
    if entry is not None:
        data["regeln"].append(entry)
    path = tmp_path / "kim-rlp-2025-versuch.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _stamp(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_a_number_rule_is_an_entry_a_function_and_a_case_file(tmp_path):
    before = _stamp(ROOT / "kimdocs") | _stamp(ROOT / "tests" / "regelfaelle")
    r = load_guideline(_copy(tmp_path, ENTRY))
    cases_file = tmp_path / "KIM-199.yaml"
    cases_file.write_text(CASES, encoding="utf-8")
    spec, cases = load_case_file(cases_file)
    for case in cases:  # the same harness as tests/regelfaelle, document and data path
        check_case(r, spec, case)

    # the grant honours the new rule: 25 % of 60.000 (2026) and of 5.000 (2025), named
    result = calculate_grant(load_data(KOBLENZ), r)
    assert (result.jahr(2025).sachkosten, result.jahr(2026).sachkosten) == (
        D("1250.00"), D("15000.00"))
    cut = next(k for k in result.jahr(2026).kuerzungen if k.zeile == "sachkosten")
    assert (cut.regel, cut.grund, cut.beantragt) == ("KIM-199", "hoechstbetrag", D("20000.00"))
    assert next(b for b in result.befunde if b.code == "KIM-199").status == "verletzt"
    # the Bescheid gives the new rule's reason, from its entry – not the cap's Textbaustein
    bescheid = load_data(ROOT / "beispiele" / "koblenz" / "bescheid.yaml")
    text = docx_lines(kimdocs.render_document(bescheid, r)).replace("\xa0", " ")
    assert ("Sachkosten gekürzt nach „Sachkosten höchstens 25 % der Personalkosten“ (Versuch "
            "(Issue 17)); beantragt 20.000,00 EUR, bewilligt 15.000,00 EUR") in text
    assert "Sachkosten über dem anteiligen Höchstbetrag" not in text
    # the shipped guideline, without the entry, grants as before
    assert calculate_grant(load_data(KOBLENZ)).jahr(2026).sachkosten == D("20000.00")
    assert _stamp(ROOT / "kimdocs") | _stamp(ROOT / "tests" / "regelfaelle") == before


def test_an_own_setting_the_entry_lacks_refuses_the_guideline(tmp_path):
    entry = {k: v for k, v in ENTRY.items() if k != "parameter"}
    with pytest.raises(GuidelineError, match=r"legt „anteil“ nicht fest.*KIM-199"):
        load_guideline(_copy(tmp_path, entry))
    misspelt = {**ENTRY, "parameter": {"anteil": "0.25", "antiel": "0.3"}}
    with pytest.raises(GuidelineError, match="parameter antiel liest ihre Prüfung nicht"):
        load_guideline(_copy(tmp_path, misspelt))
    shadow = {**ENTRY, "parameter": {"anteil": "0.25", "sachkosten_je_jahr": "1.00"}}
    with pytest.raises(GuidelineError, match="sachkosten_je_jahr ist ein Parameter der Richtlinie"):
        load_guideline(_copy(tmp_path, shadow))


def test_an_own_setting_left_open_makes_the_rule_nicht_pruefbar_and_stops_the_grant(tmp_path):
    r = load_guideline(_copy(tmp_path, {**ENTRY, "parameter": {"anteil": None}}))
    regel = r.regel("KIM-199")
    befund = rule(NAME)(from_antrag(load_data(KOBLENZ), r), regel, r)
    assert befund.status == "nicht_pruefbar"
    assert befund.meldung.startswith("Die Richtlinie kim-rlp-2025 legt „anteil“ nicht fest")
    with pytest.raises(GuidelineError, match="KIM-199.*legt „anteil“ nicht fest"):
        calculate_grant(load_data(KOBLENZ), r)


def test_bw_cap_is_nicht_pruefbar_with_the_guidelines_reason_and_the_grant_refused():
    bw = load_guideline("bw-integrationsmanagement-2017")  # bound: the guideline is accepted
    regel = bw.regel("BW-105")
    fakten = from_antrag(load_data(KOBLENZ), bw)
    befund = rule(regel.name)(fakten, regel, bw)
    assert befund.status == "nicht_pruefbar"
    assert ("„personalkosten_je_vzae“ nicht fest (Der Festbetrag je Stelle ist in den "
            "vorliegenden Quellen nicht veröffentlicht") in befund.meldung


def test_a_rule_reads_only_what_it_declares():
    r = load_guideline()
    regel = r.regel("KIM-104")  # vzae-mindestanteil declares vzae_mindestanteil only

    def sneaky(f, regel, r):
        return r.parameter.sachkosten_je_jahr

    p = REGISTRY["vzae-mindestanteil"]
    with pytest.raises(UndeclaredSetting, match="liest „sachkosten_je_jahr“, ohne es zu erklären"):
        type(p)(p.name, sneaky, p.liest)(None, regel, r)


def test_every_shipped_rule_declares_what_it_reads():
    """Every rule runs on the example data with its declared settings only (an undeclared
    read raises), and the settings it declares exist."""
    for name in available():
        r = load_guideline(name)
        fakten = from_antrag(load_data(KOBLENZ), r)
        for regel in r.regeln_fuer("antrag"):
            if regel.art in ("zahl", "frist"):
                assert rule(regel.name)(fakten, regel, r).code == regel.code


# --- the overhead pair (issue 17): one answer from data and from the generated document ---

def _overhead_pair():
    a = load_data(KOBLENZ)
    plan = a.finanzierungsplan[1]
    item = plan.sachausgaben[0]
    items = [item.model_copy(update={"bezeichnung": "Netzwerkrunden", "betrag": D("2000.00")}),
             item.model_copy(update={"bezeichnung": "Verwaltungs-Kostenpauschale",
                                     "betrag": D("3000.00")})]
    plan = plan.model_copy(update={"sachausgaben": items, "eigenanteil": D("6600.00")})
    return a.model_copy(update={"finanzierungsplan": [a.finanzierungsplan[0], plan]})


def test_overhead_pair_from_data_and_from_the_generated_antrag(tmp_path):
    r = load_guideline()
    antrag = _overhead_pair()
    result = calculate_grant(antrag, r)
    assert next(b for b in result.befunde if b.code == "KIM-107").status == "verletzt"
    assert result.jahr(2026).sachkosten == D("2000.00")
    (cut,) = [k for k in result.jahr(2026).kuerzungen if k.zeile == "sachkosten"]
    assert (cut.grund, cut.regel) == ("overhead", "KIM-107")

    data = kimdocs.render_document(antrag, r)
    report = kimdocs.check_bytes(data, "antrag.docx", richtlinie=r)
    befund = next(b for b in report.ergebnisse if b.code == "KIM-107")
    assert befund.status == "verletzt" and "Verwaltungs-Kostenpauschale" in befund.meldung
    # the same limits, asked on the facts the checker read from the document
    path = tmp_path / "antrag.docx"
    path.write_bytes(data)
    fakten = from_document(kimdocs.read_document(path), r, "antrag")
    requested = max(b.wert for b in amounts(fakten, "sach")[0] if b.jahr == 2026)
    granted = min([requested, *(g.betrag for g in limits(fakten, r, 2026, "sachkosten"))])
    assert granted == D("2000.00")
    assert check_document(kimdocs.read_document(path), art="antrag", richtlinie=r
                                  ).urteil == report.urteil == "maengel"


# --- one place each: the programme budget verdict, the list of eligible Kommunen -------------

def test_budget_befund_and_batch_lines_say_the_same_per_year():
    r = load_guideline()
    small = r.model_copy(update={"parameter": r.parameter.model_copy(
        update={"budget_je_jahr": {2026: D("100000.00")}})})
    batch = [Berechnung(r.id, Zeitraum(beginn="2025-12-01", ende="2026-12-31"), (
        Jahresbetrag(2025, 1, D("5000.00"), D("1666.67"), None, None),
        Jahresbetrag(2026, 12, D("60000.00"), D("20000.00"), None, None)))] * 2
    years = {j.jahr: j.status for j in by_year(batch, small)}
    assert years == {2025: "nicht_pruefbar", 2026: "verletzt"}
    assert check_programme_budget(batch, small).status == "verletzt"
    lines = budget_lines(batch, small)
    assert lines[0].startswith("Hinweis KIM-114: für 2025")
    assert lines[1].startswith("Warnung KIM-114: Bewilligungen 2026 zusammen 160.000,00")


def test_the_eligible_list_is_the_one_the_guideline_names_or_none():
    assert len(eligible_list(load_guideline()).eintraege) == 36
    bw = load_guideline("bw-integrationsmanagement-2017")
    assert eligible_list(bw) is None  # no fallback to the list of another programme
    # KIM-101's counterpart is absent in BW; the file name needs no list either
    assert file_stem(load_data(KOBLENZ), bw) == "Antrag_Koblenz_2025"
