"""The grant calculator as a table of cases."""

from datetime import date
from decimal import Decimal

import pytest

from kimdocs.calculator import calculate_grant, full_months
from kimdocs.model import Zeitraum, validate
from kimdocs.rules import load_guideline

D = Decimal


def antrag(*, beginn="2026-01-01", ende="2026-12-31", stellen=((0.5, "2026-01-01"),),
           plan=None, kommune=None, datum="2025-11-01", organisation=None):
    """A small valid Antrag; `plan` maps year -> (personalausgaben, sachausgaben,
    beantragt_personal, beantragt_sach)."""
    plan = plan or {2026: ("100000.00", "30000.00", "60000.00", "20000.00")}
    return validate("antrag", {
        "antragsteller": kommune or {"name": "Koblenz", "kreisschluessel": "07111"},
        "ansprechperson": {"name": "Erika Muster"},
        "stellen": [{"person": f"P{i}", "vzae": D(str(v)), "entgeltgruppe": "E 11", "beginn": b}
                    for i, (v, b) in enumerate(stellen)],
        "organisation": organisation or {"in_kommunalverwaltung": True, "amt": "Sozialamt"},
        "aufgaben": ["Koordinierung"],
        "integrationskonzept": {"vorhanden": True},
        "zeitraum": {"beginn": beginn, "ende": ende},
        "finanzierungsplan": [
            {"jahr": y, "personalausgaben": p, "sachausgaben": [{"bezeichnung": "Netzwerk",
                                                                  "betrag": s}],
             "beantragt_personalkosten": bp, "beantragt_sachkosten": bs}
            for y, (p, s, bp, bs) in plan.items()],
        "erklaerungen": {"keine_doppelfoerderung": True, "kein_vorzeitiger_beginn": True},
        "unterschrift": {"ort": "Koblenz", "datum": datum, "name": "Erika Muster"},
    })


def status(result, code):
    return next(b.status for b in result.befunde if b.code == code)


# (case id, antrag kwargs, year, expected personal, expected sach)
CASES = [
    ("volles-jahr-halbe-stelle", {}, 2026, "30000.00", "20000.00"),
    ("volles-jahr-volle-stelle", {"stellen": ((1.0, "2026-01-01"),)}, 2026, "60000.00", "20000.00"),
    ("koblenz-dezember", {"beginn": "2025-12-01", "stellen": ((0.5, "2025-12-01"), (0.5, "2025-12-01")),
                          "plan": {2025: ("9000.00", "3000.00", "9000.00", "3000.00"),
                                   2026: ("90000.00", "30000.00", "60000.00", "20000.00")}},
     2025, "5000.00", "1666.67"),
    ("koblenz-folgejahr", {"beginn": "2025-12-01", "stellen": ((0.5, "2025-12-01"), (0.5, "2025-12-01")),
                           "plan": {2025: ("9000.00", "3000.00", "9000.00", "3000.00"),
                                    2026: ("90000.00", "30000.00", "60000.00", "20000.00")}},
     2026, "60000.00", "20000.00"),
    # 7 full months (Jun-Dec): 60000*0.5*7/12 = 17500; 20000*7/12 = 11666.666.. -> 11666.67
    ("sieben-monate", {"beginn": "2026-06-01", "plan": {2026: ("90000.00", "30000.00", "60000.00", "20000.00")}},
     2026, "17500.00", "11666.67"),
    # starts mid-month: June is not a full month -> 6 months
    ("beginn-monatsmitte", {"beginn": "2026-06-15", "stellen": ((1.0, "2026-06-15"),),
                            "plan": {2026: ("90000.00", "30000.00", "60000.00", "20000.00")}},
     2026, "30000.00", "10000.00"),
    # 0,75 VZÄ * 60000 * 5/12 = 18750; Sachkosten 20000*5/12 = 8333.333.. -> 8333.33
    ("rundung-abwaerts", {"beginn": "2026-08-01", "stellen": ((0.75, "2026-08-01"),),
                          "plan": {2026: ("90000.00", "30000.00", "60000.00", "20000.00")}},
     2026, "18750.00", "8333.33"),
    # cost below the cap: never more than planned spending or requested
    ("unter-hoechstbetrag", {"plan": {2026: ("12345.67", "999.99", "12345.67", "999.99")}},
     2026, "12345.67", "999.99"),
    ("weniger-beantragt-als-ausgaben", {"plan": {2026: ("50000.00", "30000.00", "20000.00", "5000.00")}},
     2026, "20000.00", "5000.00"),
]


@pytest.mark.parametrize("case,kwargs,year,personal,sach", CASES, ids=[c[0] for c in CASES])
def test_grant_table(case, kwargs, year, personal, sach):
    result = calculate_grant(antrag(**kwargs), load_guideline())
    line = result.jahr(year)
    assert (line.personalkosten, line.sachkosten) == (D(personal), D(sach))
    assert line.gesamt == D(personal) + D(sach)


def test_half_up_rounding_of_a_half_cent():
    from kimdocs.formatting import round_cents
    # 2.675 as a float is 2.67499…; as Decimal it rounds half up to 2.68
    assert round_cents(D("2.675")) == D("2.68")
    assert round_cents(D("0.005")) == D("0.01")
    assert round_cents(D("1666.6649")) == D("1666.66")


def test_totals_are_summed_from_rounded_lines():
    result = calculate_grant(antrag(beginn="2025-12-01", stellen=((1.0, "2025-12-01"),),
                                    plan={2025: ("9000.00", "3000.00", "9000.00", "3000.00"),
                                          2026: ("90000.00", "30000.00", "60000.00", "20000.00")}),
                             load_guideline())
    assert result.gesamt == D("6666.67") + D("80000.00")
    assert result.to_dict()["2025"] == {"personalkosten": "5000.00", "sachkosten": "1666.67",
                                        "gesamt": "6666.67"}


@pytest.mark.parametrize("beginn,ende,year,months", [
    ("2025-12-01", "2026-12-31", 2025, 1), ("2025-12-01", "2026-12-31", 2026, 12),
    ("2025-12-02", "2026-12-31", 2025, 0), ("2026-02-01", "2026-02-28", 2026, 1),
    ("2026-01-01", "2026-06-29", 2026, 5),
])
def test_full_months(beginn, ende, year, months):
    assert full_months(Zeitraum(beginn=beginn, ende=ende), year) == months


def test_requested_above_cap_is_reported_not_silently_capped():
    result = calculate_grant(antrag(plan={2026: ("90000.00", "30000.00", "45000.00", "25000.00")}),
                             load_guideline())
    assert result.jahr(2026).personalkosten == D("30000.00")
    assert status(result, "KIM-105") == "verletzt"
    assert status(result, "KIM-106") == "verletzt"
    assert "25.000,00" in next(b.meldung for b in result.befunde if b.code == "KIM-106")


def test_body_not_among_the_36_is_reported():
    result = calculate_grant(antrag(kommune={"name": "Verbandsgemeinde Musterhausen"}),
                             load_guideline())
    assert status(result, "KIM-101") == "verletzt"


def test_wrong_kreisschluessel_for_name_is_reported():
    result = calculate_grant(antrag(kommune={"name": "Trier", "kreisschluessel": "07111"}),
                             load_guideline())
    assert status(result, "KIM-101") == "verletzt"


@pytest.mark.parametrize("kommune,expected", [
    ({"name": "Kaiserslautern"}, "nicht_pruefbar"),  # city or district? undecidable
    ({"name": "Kaiserslautern", "kreisschluessel": "07312"}, "erfuellt"),
    ({"name": "Kaiserslautern", "kreisschluessel": "07335"}, "erfuellt"),
    ({"name": "Kaiserslautern", "art": "landkreis"}, "erfuellt"),
    ({"name": "Landkreis Kaiserslautern", "art": "landkreis"}, "erfuellt"),
])
def test_the_two_kaiserslauterns(kommune, expected):
    assert status(calculate_grant(antrag(kommune=kommune), load_guideline()), "KIM-101") == expected


def test_vzae_rules():
    result = calculate_grant(antrag(stellen=((0.9, "2026-01-01"), (0.3, "2026-01-01"))),
                             load_guideline())
    assert status(result, "KIM-103") == "verletzt"
    assert status(result, "KIM-104") == "verletzt"
    # computed with the fundable maximum of 1.0 VZÄ, not 1.2
    assert result.jahr(2026).personalkosten == D("60000.00")


def test_position_outside_administration_and_deadline():
    result = calculate_grant(antrag(organisation={"in_kommunalverwaltung": False, "amt": "x",
                                                  "traeger": "Verein e. V."},
                                    datum="2027-01-05"), load_guideline())
    assert status(result, "KIM-102") == "verletzt"
    assert status(result, "KIM-111") == "verletzt"


def test_overhead_item_is_reported_and_not_granted():
    a = antrag(plan={2026: ("90000.00", "30000.00", "60000.00", "20000.00")})
    a.finanzierungsplan[0].sachausgaben = [
        a.finanzierungsplan[0].sachausgaben[0].model_copy(update={"betrag": D("5000.00")}),
        a.finanzierungsplan[0].sachausgaben[0].model_copy(
            update={"bezeichnung": "Gemeinkosten 10 %", "betrag": D("9000.00")}),
    ]
    result = calculate_grant(a, load_guideline())
    assert status(result, "KIM-107") == "verletzt"
    assert result.jahr(2026).sachkosten == D("5000.00")


def test_koblenz_example_has_no_violation():
    from pathlib import Path

    from kimdocs.model import load_data
    path = Path(__file__).resolve().parent.parent / "beispiele" / "koblenz" / "antrag.yaml"
    result = calculate_grant(load_data(path))
    assert result.verstoesse == []
    assert date(2025, 12, 1) == result.zeitraum.beginn


def test_bw_guideline_refuses_to_guess_an_unpublished_cap():
    from kimdocs.errors import GuidelineError
    with pytest.raises(GuidelineError, match="nicht veröffentlicht"):
        calculate_grant(antrag(), load_guideline("bw-integrationsmanagement-2017"))


def test_a_kommune_of_the_wrong_kind_is_no_eligible_applicant():
    """Issue 21: "Landkreis Bernkastel-Wittlich" entered as kreisfreie Stadt with its own key
    passed KIM-101. The list knows the kind: the key belongs to a Landkreis."""
    from pathlib import Path

    from kimdocs.guideline.kommunen import unknown_body
    from kimdocs.model import load_data

    antrag = load_data(Path(__file__).parent.parent / "beispiele" / "koblenz" / "antrag.yaml")
    r = load_guideline()
    right = antrag.antragsteller
    assert unknown_body(r, right) is None
    wrong = right.model_copy(update={"art": "landkreis"})
    problem = unknown_body(r, wrong)
    assert problem and "einer kreisfreien Stadt, nicht zu einem Landkreis" in problem
    befunde = calculate_grant(antrag.model_copy(update={"antragsteller": wrong}), r).befunde
    kim101 = next(b for b in befunde if b.code == "KIM-101")
    assert kim101.status == "verletzt" and "Art der Kommune" in kim101.meldung
