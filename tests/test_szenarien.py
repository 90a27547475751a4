"""Scenarios of the grant calculator, each against figures computed by hand.

Rates of kim-rlp-2025: 60.000 € per VZÄ and year, 20.000 € Sachkosten per year, at most
1,0 VZÄ, pro rata by full calendar months (1/12 per month: 5.000 € per VZÄ-month, 1.666,666…
€ Sachkosten per month), vacancy months not funded. The comment in each row is the hand
computation; the code never computes the expected figure.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document as WordDocument

from kimdocs.calculator import calculate_grant
from kimdocs.errors import RenderError
from kimdocs.generate.render import render_document
from kimdocs.generate.tables import read_bescheide
from kimdocs.model import Zeitraum, load_data, validate
from kimdocs.rules import load_guideline

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"

D = Decimal
RICHLY = ("200000.00", "50000.00")  # planned spending above every cap


def antrag(beginn, ende, stellen, beantragt):
    """`stellen`: (vzae, beginn, ende or None, besetzt); `beantragt`: year -> (P, S)."""
    return validate("antrag", {
        "antragsteller": {"name": "Koblenz", "kreisschluessel": "07111"},
        "ansprechperson": {"name": "Erika Muster"},
        "stellen": [{"person": "P" if besetzt else None, "vzae": D(v), "entgeltgruppe": "E 11",
                     "beginn": b, "ende": e} for v, b, e, besetzt in stellen],
        "organisation": {"in_kommunalverwaltung": True, "amt": "Sozialamt"},
        "aufgaben": ["Koordinierung"],
        "integrationskonzept": {"vorhanden": True},
        "zeitraum": {"beginn": beginn, "ende": ende},
        "finanzierungsplan": [
            {"jahr": y, "personalausgaben": RICHLY[0],
             "sachausgaben": [{"bezeichnung": "Netzwerk", "betrag": RICHLY[1]}],
             "beantragt_personalkosten": p, "beantragt_sachkosten": s}
            for y, (p, s) in beantragt.items()],
        "erklaerungen": {"keine_doppelfoerderung": True, "kein_vorzeitiger_beginn": True},
        "unterschrift": {"ort": "Koblenz", "datum": "2025-09-01", "name": "Erika Muster"},
    })


FULL = ("60000.00", "20000.00")
Y26 = ("2026-01-01", "2026-12-31")

# (id, period, stellen, requested, Bescheid period or None, {year: (P, S)} expected, total)
SZENARIEN = [
    # 1,0 VZÄ × 12 × 5.000 = 60.000; Sach 12 × 1.666,67 = 20.000
    ("volle-stelle-volles-jahr", Y26, [("1.0", "2026-01-01", None, True)], {2026: FULL}, None,
     {2026: ("60000.00", "20000.00")}, "80000.00"),
    # 0,5 × 12 × 5.000 = 30.000
    ("halbe-stelle", Y26, [("0.5", "2026-01-01", None, True)], {2026: FULL}, None,
     {2026: ("30000.00", "20000.00")}, "50000.00"),
    # issue Nr. 3: 0,5 × 12 + 0,5 × 6 = 9 VZÄ-Monate × 5.000 = 45.000
    ("gestaffelt", Y26, [("0.5", "2026-01-01", None, True), ("0.5", "2026-07-01", None, True)],
     {2026: FULL}, None, {2026: ("45000.00", "20000.00")}, "65000.00"),
    # vacancy planned from 01.10.: 0,5 × 12 + 0,5 × 3 = 7,5 × 5.000 = 37.500
    ("vakanz-ab-oktober", Y26, [("0.5", "2026-01-01", None, True),
                                ("0.5", "2026-10-01", None, False)],
     {2026: FULL}, None, {2026: ("37500.00", "20000.00")}, "57500.00"),
    # position ends 30.04.: 1,0 × 4 × 5.000 = 20.000
    ("stelle-endet-april", Y26, [("1.0", "2026-01-01", "2026-04-30", True)], {2026: FULL}, None,
     {2026: ("20000.00", "20000.00")}, "40000.00"),
    # person A Jan–Jun, successor B from 01.08. (July vacant): (6 + 5) × 5.000 = 55.000
    ("wechsel-mit-luecke", Y26, [("1.0", "2026-01-01", "2026-06-30", True),
                                 ("1.0", "2026-08-01", None, True)],
     {2026: FULL}, None, {2026: ("55000.00", "20000.00")}, "75000.00"),
    # 1,5 VZÄ capped at 1,0: 12 × 5.000 = 60.000 (KIM-103 reports it)
    ("ueber-hoechst-vzae", Y26, [("1.0", "2026-01-01", None, True),
                                 ("0.5", "2026-01-01", None, True)],
     {2026: FULL}, None, {2026: ("60000.00", "20000.00")}, "80000.00"),
    # start 15.06.: June not full → July–Dec 6 months: 30.000; Sach 6/12 × 20.000 = 10.000
    ("beginn-monatsmitte", ("2026-06-15", "2026-12-31"), [("1.0", "2026-06-15", None, True)],
     {2026: FULL}, None, {2026: ("30000.00", "10000.00")}, "40000.00"),
    # Koblenz: Dec 2025 1 month: 1,0 × 5.000; Sach 20.000/12 = 1.666,666… → 1.666,67
    ("koblenz-dezember", ("2025-12-01", "2026-12-31"),
     [("0.5", "2025-12-01", None, True), ("0.5", "2025-12-01", None, True)],
     {2025: ("5000.00", "1666.67"), 2026: FULL}, None,
     {2025: ("5000.00", "1666.67"), 2026: ("60000.00", "20000.00")}, "86666.67"),
    # issue Nr. 2: Bescheid 01.12.2025–30.06.2026: 2025 1 month 5.000 + 1.666,67;
    # 2026 6 months 30.000 + 10.000 → 46.666,67
    ("bescheid-verkuerzt", ("2025-11-01", "2026-12-31"), [("1.0", "2025-11-01", None, True)],
     {2025: ("10000.00", "3333.33"), 2026: FULL}, ("2025-12-01", "2026-06-30"),
     {2025: ("5000.00", "1666.67"), 2026: ("30000.00", "10000.00")}, "46666.67"),
    # Bescheid only for 2026 of a 2025–2026 Antrag: the 2025 year is refused, not 0,00
    ("bescheid-ohne-erstes-jahr", ("2025-11-01", "2026-12-31"),
     [("1.0", "2025-11-01", None, True)], {2025: ("10000.00", "3333.33"), 2026: FULL},
     ("2026-01-01", "2026-12-31"), {2026: ("60000.00", "20000.00")}, "80000.00"),
    # requested less than the cap: the request binds: 25.000 + 5.000
    ("antrag-unter-hoechstbetrag", Y26, [("1.0", "2026-01-01", None, True)],
     {2026: ("25000.00", "5000.00")}, None, {2026: ("25000.00", "5000.00")}, "30000.00"),
    # 0,75 VZÄ Mar–Dec: 0,75 × 10 × 5.000 = 37.500; Sach 10/12 × 20.000 = 16.666,666… →
    # 16.666,67
    ("dreiviertel-ab-maerz", ("2026-03-01", "2026-12-31"), [("0.75", "2026-03-01", None, True)],
     {2026: FULL}, None, {2026: ("37500.00", "16666.67")}, "54166.67"),
    # three years Oct 2025–Mar 2027, 0,5 VZÄ: 2025 3 × 2.500 = 7.500, Sach 3/12 = 5.000;
    # 2026 30.000 + 20.000; 2027 3 × 2.500 = 7.500 + 5.000 → 75.000
    ("drei-haushaltsjahre", ("2025-10-01", "2027-03-31"), [("0.5", "2025-10-01", None, True)],
     {2025: FULL, 2026: FULL, 2027: FULL}, None,
     {2025: ("7500.00", "5000.00"), 2026: ("30000.00", "20000.00"),
      2027: ("7500.00", "5000.00")}, "75000.00"),
    # vacancy planned only from 01.01.2027 inside a 2026 Bescheid: 0,5 × 12 = 30.000
    ("vakanz-nach-zeitraum", Y26, [("0.5", "2026-01-01", None, True),
                                   ("0.5", "2027-01-01", None, False)],
     {2026: FULL}, None, {2026: ("30000.00", "20000.00")}, "50000.00"),
    # 1 month, 0,5 VZÄ (Dec 2026): 2.500 + 1.666,67 = 4.166,67
    ("ein-monat-halbe-stelle", ("2026-12-01", "2026-12-31"), [("0.5", "2026-12-01", None, True)],
     {2026: FULL}, None, {2026: ("2500.00", "1666.67")}, "4166.67"),
]


@pytest.mark.parametrize("sid,period,stellen,beantragt,bescheid,expected,total",
                         SZENARIEN, ids=[s[0] for s in SZENARIEN])
def test_szenario(sid, period, stellen, beantragt, bescheid, expected, total):
    a = antrag(*period, stellen, beantragt)
    zeitraum = Zeitraum(beginn=bescheid[0], ende=bescheid[1]) if bescheid else None
    result = calculate_grant(a, load_guideline(), zeitraum)
    got = {j.jahr: (j.personalkosten, j.sachkosten) for j in result.jahre}
    assert got == {y: (D(p), D(s)) for y, (p, s) in expected.items()}
    assert result.gesamt == D(total)
    assert all(j.gesamt > 0 for j in result.jahre)  # never a 0,00 € year


def test_at_least_15_scenarios():
    assert len(SZENARIEN) >= 15


def test_refused_amount_and_reason_per_year():
    # bescheid-verkuerzt: requested 13.333,33 (2025) and 80.000 (2026); granted 6.666,67 and
    # 40.000 → refused 6.666,66 and 40.000, both because of the pro-rata cap
    a = antrag("2025-11-01", "2026-12-31", [("1.0", "2025-11-01", None, True)],
               {2025: ("10000.00", "3333.33"), 2026: FULL})
    result = calculate_grant(a, load_guideline(), Zeitraum(beginn="2025-12-01",
                                                           ende="2026-06-30"))
    assert [(j.jahr, j.abgelehnt) for j in result.jahre] == [(2025, D("6666.66")),
                                                              (2026, D("40000.00"))]
    assert {k.grund for j in result.jahre for k in j.kuerzungen} == {"hoechstbetrag"}
    assert result.abgelehnt == D("46666.66")


def test_year_outside_bescheid_is_refused_with_reason():
    a = antrag("2025-11-01", "2026-12-31", [("1.0", "2025-11-01", None, True)],
               {2025: ("10000.00", "3333.33"), 2026: FULL})
    result = calculate_grant(a, load_guideline(), Zeitraum(beginn="2026-01-01",
                                                           ende="2026-12-31"))
    (leer,) = result.abgelehnte_jahre
    assert leer.jahr == 2025 and leer.abgelehnt == D("13333.33")
    assert {k.grund for k in leer.kuerzungen} == {"zeitraum"}


def test_vacancy_months_funded_when_the_guideline_says_so():
    # leerstand: gefoerdert → the vacancy counts from the period start: 1,0 × 12 = 60.000
    r = load_guideline()
    r2 = r.model_copy(update={"parameter": r.parameter.model_copy(
        update={"leerstand": "gefoerdert"})})
    a = antrag(*Y26, [("0.5", "2026-01-01", None, True), ("0.5", "2026-10-01", None, False)],
               {2026: FULL})
    assert calculate_grant(a, r2).jahr(2026).personalkosten == D("60000.00")
    assert calculate_grant(a, r).jahr(2026).personalkosten == D("37500.00")


def test_cli_examples_gestaffelt_and_verkuerzt():
    """The two examples of issue 9, through `kimdocs berechnen`."""
    import json
    from pathlib import Path

    from click.testing import CliRunner

    from kimdocs.cli.commands import main

    beispiele = Path(__file__).resolve().parent.parent / "beispiele"
    run = CliRunner().invoke
    gestaffelt = run(main, ["berechnen", str(beispiele / "gestaffelt" / "antrag.yaml")])
    assert gestaffelt.exit_code == 0, gestaffelt.output
    assert "45.000,00" in gestaffelt.output.split("2026", 1)[1].splitlines()[0]
    verkuerzt = run(main, ["berechnen", str(beispiele / "verkuerzt" / "bescheid.yaml"),
                           "--format", "json"])
    assert verkuerzt.exit_code == 0, verkuerzt.output
    report = json.loads(verkuerzt.output)
    assert sum(D(y["gesamt"]) for y in report["jahre"].values()) == D("46666.67")
    assert D(report["gesamt"]) == D("46666.67")


def test_position_shares_add_up_to_the_capped_cap():
    # 1,0 + 0,5 VZÄ all year, capped at 1,0: each month 1,0 × 5.000; shares 2/3 and 1/3 →
    # 40.000 and 20.000, together the 60.000 granted; 12 capped VZÄ-months
    a = antrag(*Y26, [("1.0", "2026-01-01", None, True), ("0.5", "2026-01-01", None, True)],
               {2026: FULL})
    j = calculate_grant(a, load_guideline()).jahr(2026)
    assert [round(s.hoechstbetrag, 2) for s in j.stellen] == [D("40000.00"), D("20000.00")]
    assert j.vzae_monate == D(12) and j.personalkosten == D("60000.00")


# --- the Bescheid of each scenario (issue 20) -------------------------------------------------
# Tenor, the table per Haushaltsjahr, the Festbetrag table (which Nr. 2 refers to) and the
# Teilablehnung, read from the generated DOCX and compared with figures computed by hand in
# the comments; nothing here calls the calculator for an expected value.

NBSP = "\u00a0"
# a decimal with more places than money has: "11,99999999…", "0,333", "11.9999"
UNROUNDED = re.compile(r"\d,\d{3,}|\d\.\d{5,}")


def docx_lines(data: bytes) -> str:
    """The text of a DOCX, paragraph by paragraph, table rows as cells joined by " | "."""
    doc = WordDocument(io.BytesIO(data))
    lines = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    lines.append(" | ".join(
                        "".join(t.text or "" for t in c.iter() if t.tag.endswith("}t"))
                        for c in row if c.tag.endswith("}tc")))
    return "\n".join(lines).replace(NBSP, " ")


def eur(text: str) -> str:
    return f"{text} EUR"


def plan_antrag(beginn, ende, stellen, plan, datum="2025-09-01"):
    """`stellen`: (person or None, vzae, beginn, ende or None); `plan`: year -> (planned P,
    planned S, requested P, requested S)."""
    return validate("antrag", {
        "antragsteller": {"name": "Koblenz", "kreisschluessel": "07111",
                          "art": "kreisfreie_stadt"},
        "ansprechperson": {"name": "Erika Muster"},
        "stellen": [{"person": p, "vzae": D(v), "entgeltgruppe": "E 11", "beginn": b,
                     "ende": e} for p, v, b, e in stellen],
        "organisation": {"in_kommunalverwaltung": True, "amt": "Sozialamt"},
        "aufgaben": ["Koordinierung"],
        "integrationskonzept": {"vorhanden": True},
        "zeitraum": {"beginn": beginn, "ende": ende},
        "finanzierungsplan": [
            {"jahr": y, "personalausgaben": gp,
             "sachausgaben": [{"bezeichnung": "Netzwerk", "betrag": gs}],
             "beantragt_personalkosten": bp, "beantragt_sachkosten": bs}
            for y, (gp, gs, bp, bs) in plan.items()],
        "erklaerungen": {"keine_doppelfoerderung": True, "kein_vorzeitiger_beginn": True},
        "unterschrift": {"ort": "Koblenz", "datum": datum, "name": "Erika Muster"},
    })


def bescheid_of(antrag_, datum, **fields):
    return validate("bescheid", {"antrag": antrag_, "aktenzeichen": "3321-0001#2025/0001-0701",
                                 "datum": datum, "sachbearbeitung": {"name": "A. Beispiel"},
                                 "zeichnung": {"name": "B. Beispiel"}, **fields})


VOLL = ("200000.00", "50000.00", "60000.00", "20000.00")  # planned above the caps, full request
DREI_HALBE = [("A", "0.5", "2026-01-01", None), ("B", "0.5", "2026-01-01", None),
              ("C", "0.5", "2026-01-01", None)]

# id, Antrag (period, stellen, plan), Bescheid (date, own fields), expected:
#   tenor total; per year (P, S, total); Festbetrag rows (year, part, months, amount,
#   per month); refused per year; requested total
BESCHEIDE = [
    # 1,0 VZÄ from 01.04.2026: 9 months × 5.000 = 45.000; Sach 9/12 × 20.000 = 15.000;
    # refused 15.000 + 5.000 = 20.000 of 80.000
    ("volle-stelle-ab-april", ("2026-04-01", "2026-12-31", [("P", "1.0", "2026-04-01", None)],
                               {2026: VOLL}), ("2026-03-20", {}),
     "60.000,00", {2026: ("45.000,00", "15.000,00", "60.000,00")},
     [("2026", "P, 1,0 VZÄ", "9", "45.000,00", "5.000,00")], {2026: "20.000,00"}, "80.000,00"),
    # 0,5 from 01.10.2025 and 0,5 from 01.04.2026: 2025 3 × 2.500 = 7.500, Sach 3/12 = 5.000;
    # 2026 12 × 2.500 + 9 × 2.500 = 30.000 + 22.500 = 52.500, Sach 20.000;
    # requested 7.500 + 5.000 and 60.000 + 20.000 → refused 2026 7.500
    ("gestaffelt-zwei-jahre", ("2025-10-01", "2026-12-31",
                               [("A", "0.5", "2025-10-01", None), ("B", "0.5", "2026-04-01", None)],
                               {2025: ("20000.00", "6000.00", "7500.00", "5000.00"), 2026: VOLL}),
     ("2025-09-25", {}), "85.000,00",
     {2025: ("7.500,00", "5.000,00", "12.500,00"), 2026: ("52.500,00", "20.000,00", "72.500,00")},
     [("2025", "A, 0,5 VZÄ", "3", "7.500,00", "2.500,00"),
      ("2026", "A, 0,5 VZÄ", "12", "30.000,00", "2.500,00"),
      ("2026", "B, 0,5 VZÄ", "9", "22.500,00", "2.500,00")], {2026: "7.500,00"}, "92.500,00"),
    # Antrag 2026, Bescheid 01.01.–30.09.2026: 9 × 5.000 = 45.000, Sach 15.000; refused 20.000
    ("kuerzerer-bescheid", ("2026-01-01", "2026-12-31", [("P", "1.0", "2026-01-01", None)],
                            {2026: VOLL}),
     ("2025-12-10", {"bewilligungszeitraum": {"beginn": "2026-01-01", "ende": "2026-09-30"},
                     "begruendung_zeitraum": "Die Fortsetzung ist noch nicht entschieden."}),
     "60.000,00", {2026: ("45.000,00", "15.000,00", "60.000,00")},
     [("2026", "P, 1,0 VZÄ", "9", "45.000,00", "5.000,00")], {2026: "20.000,00"}, "80.000,00"),
    # Sach requested 25.000 (planned 30.000) over the cap 20.000: refused 5.000
    ("sachkosten-ueber-hoechstbetrag", ("2026-01-01", "2026-12-31",
                                        [("P", "1.0", "2026-01-01", None)],
                                        {2026: ("70000.00", "30000.00", "60000.00", "25000.00")}),
     ("2025-12-10", {}), "80.000,00", {2026: ("60.000,00", "20.000,00", "80.000,00")},
     [("2026", "P, 1,0 VZÄ", "12", "60.000,00", "5.000,00")], {2026: "5.000,00"}, "85.000,00"),
    # Personalausgaben planned at 52.000 (below the cap 60.000), 60.000 requested: granted
    # 52.000, the Festbetrag is 52.000 (not 60.000), 52.000 / 12 = 4.333,33 per month;
    # refused 8.000
    ("geplant-unter-hoechstbetrag", ("2026-01-01", "2026-12-31",
                                     [("P", "1.0", "2026-01-01", None)],
                                     {2026: ("52000.00", "20000.00", "60000.00", "20000.00")}),
     ("2025-12-10", {}), "72.000,00", {2026: ("52.000,00", "20.000,00", "72.000,00")},
     [("2026", "P, 1,0 VZÄ", "12", "52.000,00", "4.333,33")], {2026: "8.000,00"}, "80.000,00"),
    # 50.000 requested (below the cap) for 2 × 0,5: each part half, 25.000 (2.083,33 a month);
    # nothing refused
    ("beantragt-unter-hoechstbetrag", ("2026-01-01", "2026-12-31",
                                       [("A", "0.5", "2026-01-01", None),
                                        ("B", "0.5", "2026-01-01", None)],
                                       {2026: ("70000.00", "20000.00", "50000.00", "20000.00")}),
     ("2025-12-10", {}), "70.000,00", {2026: ("50.000,00", "20.000,00", "70.000,00")},
     [("2026", "A, 0,5 VZÄ", "12", "25.000,00", "2.083,33"),
      ("2026", "B, 0,5 VZÄ", "12", "25.000,00", "2.083,33")], {}, "70.000,00"),
    # 3 × 0,5 VZÄ, part 3 refused with its reason: 2 × 0,5 × 12 × 5.000 = 60.000 + 20.000;
    # requested 90.000 + 20.000 → refused 30.000
    ("drei-halbe", ("2026-01-01", "2026-12-31", DREI_HALBE,
                    {2026: ("96000.00", "20000.00", "90000.00", "20000.00")}),
     ("2025-12-10", {"nicht_gefoerdert": [{"stelle": 3, "grund": "höchstens 1,0 VZÄ"}]}),
     "80.000,00", {2026: ("60.000,00", "20.000,00", "80.000,00")},
     [("2026", "A, 0,5 VZÄ", "12", "30.000,00", "2.500,00"),
      ("2026", "B, 0,5 VZÄ", "12", "30.000,00", "2.500,00")], {2026: "30.000,00"}, "110.000,00"),
    # start 15.03.2026: March not full → April–December 9 months: 45.000 + 15.000
    ("beginn-am-15", ("2026-03-15", "2026-12-31", [("P", "1.0", "2026-03-15", None)],
                      {2026: VOLL}), ("2026-03-01", {}),
     "60.000,00", {2026: ("45.000,00", "15.000,00", "60.000,00")},
     [("2026", "P, 1,0 VZÄ", "9", "45.000,00", "5.000,00")], {2026: "20.000,00"}, "80.000,00"),
    # 01.07.2025–31.03.2027 (21 months): 2025 6 × 5.000 = 30.000 + 10.000; 2026 60.000 +
    # 20.000; 2027 3 × 5.000 = 15.000 + 5.000 → 140.000; 2027 is beyond the budget years
    ("ueber-18-monate", ("2025-07-01", "2027-03-31", [("P", "1.0", "2025-07-01", None)],
                         {2025: ("40000.00", "12000.00", "30000.00", "10000.00"), 2026: VOLL,
                          2027: ("20000.00", "6000.00", "15000.00", "5000.00")}),
     ("2025-06-20", {}), "140.000,00",
     {2025: ("30.000,00", "10.000,00", "40.000,00"), 2026: ("60.000,00", "20.000,00", "80.000,00"),
      2027: ("15.000,00", "5.000,00", "20.000,00")},
     [("2025", "P, 1,0 VZÄ", "6", "30.000,00", "5.000,00"),
      ("2026", "P, 1,0 VZÄ", "12", "60.000,00", "5.000,00"),
      ("2027", "P, 1,0 VZÄ", "3", "15.000,00", "5.000,00")], {}, "140.000,00"),
    # 0,75 VZÄ from 01.02.2026: 0,75 × 11 × 5.000 = 41.250 (3.750 a month); Sach 11/12 ×
    # 20.000 = 18.333,333… → 18.333,33; refused 18.750 + 1.666,67 = 20.416,67
    ("dreiviertel-ab-februar", ("2026-02-01", "2026-12-31", [("P", "0.75", "2026-02-01", None)],
                                {2026: VOLL}), ("2026-01-20", {}),
     "59.583,33", {2026: ("41.250,00", "18.333,33", "59.583,33")},
     [("2026", "P, 0,75 VZÄ", "11", "41.250,00", "3.750,00")], {2026: "20.416,67"}, "80.000,00"),
    # A 1,0 until 30.06.2026, the post vacant from July, filled from 01.09.2026 (planned):
    # 6 × 5.000 + 4 × 5.000 = 50.000; Sach 20.000; refused 10.000
    ("wechsel-und-vakanz", ("2026-01-01", "2026-12-31",
                            [("A", "1.0", "2026-01-01", "2026-06-30"),
                             (None, "1.0", "2026-09-01", None)], {2026: VOLL}),
     ("2025-12-10", {}), "70.000,00", {2026: ("50.000,00", "20.000,00", "70.000,00")},
     [("2026", "A, 1,0 VZÄ", "6", "30.000,00", "5.000,00"),
      ("2026", "unbesetzt, 1,0 VZÄ", "4", "20.000,00", "5.000,00")], {2026: "10.000,00"},
     "80.000,00"),
    # Antrag 01.11.2025–31.12.2026, Bescheid for 2026 only: 60.000 + 20.000; 2025 (10.000 +
    # 3.333,33 requested) refused as a whole: 13.333,33
    ("jahr-ausserhalb", ("2025-11-01", "2026-12-31", [("P", "1.0", "2025-11-01", None)],
                         {2025: ("12000.00", "4000.00", "10000.00", "3333.33"), 2026: VOLL}),
     ("2025-10-20", {"bewilligungszeitraum": {"beginn": "2026-01-01", "ende": "2026-12-31"},
                     "begruendung_zeitraum": "Für 2025 sind die Mittel ausgeschöpft."}),
     "80.000,00", {2026: ("60.000,00", "20.000,00", "80.000,00")},
     [("2026", "P, 1,0 VZÄ", "12", "60.000,00", "5.000,00")], {2025: "13.333,33"}, "93.333,33"),
]


def _cents(text: str) -> int:
    return int(text.replace(".", "").replace(",", ""))


def _scenario_bescheid(antrag_spec, bescheid_spec):
    beginn, ende, stellen, plan = antrag_spec
    datum, fields = bescheid_spec
    return bescheid_of(plan_antrag(beginn, ende, stellen, plan), datum, **fields)


@pytest.mark.parametrize("sid,antrag_spec,bescheid_spec,tenor,jahre,fest,abgelehnt,beantragt",
                         BESCHEIDE, ids=[s[0] for s in BESCHEIDE])
def test_bescheid_tenor_table_nr2_and_refusal_agree(sid, antrag_spec, bescheid_spec, tenor,
                                                     jahre, fest, abgelehnt, beantragt):
    text = docx_lines(render_document(_scenario_bescheid(antrag_spec, bescheid_spec),
                                      load_guideline()))
    # the hand figures agree among themselves: Festbeträge add up to the Personalkosten of
    # their year, the years to the tenor, tenor + refused to the request
    for jahr, (p, s, g) in jahre.items():
        assert sum(_cents(r[3]) for r in fest if r[0] == str(jahr)) == _cents(p)
        assert _cents(p) + _cents(s) == _cents(g)
    assert sum(_cents(g) for _, _, g in jahre.values()) == _cents(tenor)
    assert _cents(tenor) + sum(_cents(a) for a in abgelehnt.values()) == _cents(beantragt)
    # … and the document says exactly them
    assert f"in Höhe von insgesamt {eur(tenor)}." in text
    for jahr, (p, s, g) in jahre.items():
        assert f"\n{jahr} | {eur(p)} | {eur(s)} | {eur(g)}\n" in text
    rows = [line for line in text.splitlines() if line.count(" | ") == 4
            and line[:4].isdigit()]
    assert rows == [" | ".join((j, part, m, eur(b), eur(mb))) for j, part, m, b, mb in fest]
    # Nr. 2 names the amounts granted (the table), never a second amount per VZÄ
    assert "Festbeträge sind die in Nr. 1 bewilligten Beträge" in text
    assert "je voll besetztem Kalendermonat ein Zwölftel" not in text
    if abgelehnt:
        assert (f"Beantragt waren insgesamt {eur(beantragt)}, bewilligt werden {eur(tenor)}."
                in text)
        for jahr, betrag in abgelehnt.items():
            assert f"\n{jahr}: {eur(betrag)} – " in text
    else:
        assert "Im Übrigen wird der Antrag abgelehnt" not in text


def test_at_least_the_12_scenarios_of_issue_20():
    assert len(BESCHEIDE) >= 12


def test_three_halves_without_a_refused_part_gives_no_bescheid():
    b = _scenario_bescheid(BESCHEIDE[6][1], ("2025-12-10", {}))
    with pytest.raises(RenderError, match=r"zusammen mehr als 1,0\xa0VZÄ besetzt \(KIM-103\)"
                                          r".*nicht_gefoerdert"):
        render_document(b, load_guideline())


def test_the_refused_part_is_named_with_its_reason():
    _, antrag_spec, bescheid_spec, *_ = BESCHEIDE[6]
    text = docx_lines(render_document(_scenario_bescheid(antrag_spec, bescheid_spec),
                                      load_guideline()))
    assert "Stellenanteil Nr. 3 (C, 0,5 VZÄ) wird nicht gefördert: höchstens 1,0 VZÄ." in text
    assert "Umfang von 1,0 VZÄ" in text and "C, 0,5 VZÄ ab" not in text  # Zweck: funded parts


def test_shorter_period_prints_the_reasons_and_the_haushaltsvorbehalt_names_the_ve():
    kurz = docx_lines(render_document(_scenario_bescheid(*BESCHEIDE[2][1:3]), load_guideline()))
    assert ("ist kürzer als der beantragte Förderzeitraum (01.01.2026 bis 31.12.2026). Dafür "
            "waren folgende Erwägungen maßgebend: Die Fortsetzung ist noch nicht entschieden."
            in kurz)
    lang = docx_lines(render_document(_scenario_bescheid(*BESCHEIDE[8][1:3]), load_guideline()))
    assert "Die Bewilligung für das Haushaltsjahr 2027 ergeht zulasten der" in lang
    assert "Verpflichtungsermächtigung" in lang
    assert "(2025 und 2026) ist bis zum 30.04. des Folgejahres ein Zwischennachweis" in lang


def _every_generated_document():
    """(label, document, DOCX text) of every example in beispiele/, every row of the example
    table and every scenario above."""
    richtlinie = load_guideline()
    docs = [(str(p.relative_to(BEISPIELE)), load_data(p))
            for p in sorted(BEISPIELE.glob("*/*.yaml"))]
    docs += [(f"antraege.csv Zeile {z.nummer}", z.bescheid)
             for z in read_bescheide(BEISPIELE / "antraege.csv")]
    docs += [(s[0], _scenario_bescheid(s[1], s[2])) for s in BESCHEIDE]
    for label, doc in docs:
        yield label, doc, docx_lines(render_document(doc, richtlinie))


def test_no_document_holds_an_assumption_an_unrounded_number_or_an_automatic_consent():
    seen = 0
    for label, doc, text in _every_generated_document():
        seen += 1
        assert "Annahme" not in text, label
        assert not UNROUNDED.search(text), (label, UNROUNDED.search(text))
        assert "wird insoweit zugestimmt" not in text, label
        consent = getattr(doc, "vorzeitiger_beginn", None)
        early = doc.art == "bescheid" and doc.zeitraum.beginn < doc.datum
        # a consent to an early start appears only as the citation of the recorded letter
        assert ("vorzeitigen Maßnahmebeginn hat das MFFKI mit Schreiben vom" in text) == (
            early and consent is not None), label
    assert seen >= 30
