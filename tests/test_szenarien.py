"""Scenarios of the grant calculator, each against figures computed by hand.

Rates of kim-rlp-2025: 60.000 € per VZÄ and year, 20.000 € Sachkosten per year, at most
1,0 VZÄ, pro rata by full calendar months (1/12 per month: 5.000 € per VZÄ-month, 1.666,666…
€ Sachkosten per month), vacancy months not funded. The comment in each row is the hand
computation; the code never computes the expected figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kimdocs.calculator import calculate_grant
from kimdocs.rules import load_guideline
from kimdocs.model import Zeitraum, validate

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
