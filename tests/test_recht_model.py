"""Model fields of issue 9: position end, Einnahmen, Zeichnung, the Bescheid's own period."""

from decimal import Decimal
from pathlib import Path

import pytest

from kimdocs.errors import InputError
from kimdocs.model import read_mapping, validate

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"


def _antrag(**changes):
    data = read_mapping(BEISPIELE / "koblenz" / "antrag.yaml")
    data.update(changes)
    return validate("antrag", data)


def test_position_may_not_end_before_it_starts():
    stelle = {"vzae": "0.5", "entgeltgruppe": "E 11", "beginn": "2026-07-01",
              "ende": "2026-06-30"}
    with pytest.raises(InputError, match=r"stellen\[0\].*Ende der Stelle liegt vor ihrem Beginn"):
        _antrag(stellen=[stelle])


def test_gesamtfinanzierung_is_grant_plus_einnahmen():
    plan = _antrag().plan(2026)
    # 60.000 + 20.000 requested + 25.600 Eigenanteil = 105.600 = 81.600 + 24.000 spending
    assert plan.finanzierung_gesamt == Decimal("105600.00") == plan.ausgaben_gesamt
    plan2 = validate("antrag", dict(read_mapping(BEISPIELE / "koblenz" / "antrag.yaml"),
                                    finanzierungsplan=[dict(
                                        read_mapping(BEISPIELE / "koblenz" / "antrag.yaml")
                                        ["finanzierungsplan"][1],
                                        drittmittel=[{"bezeichnung": "Stiftung",
                                                      "betrag": "1000.00"}])])).plan(2026)
    assert plan2.finanzierung_gesamt == Decimal("106600.00")


def test_zeichnung_is_one_of_three_forms():
    a = _antrag()
    assert a.unterschrift.zusatz == "ohne Zusatz"
    with pytest.raises(InputError, match="unterschrift.zusatz"):
        _antrag(unterschrift=dict(a.unterschrift.model_dump(mode="json"), zusatz="i. A."))


def test_iban_has_the_iban_form():
    with pytest.raises(InputError, match="bankverbindung.iban"):
        _antrag(bankverbindung={"kontoinhaber": "Stadtkasse", "iban": "12345"})


def test_bescheid_period_defaults_to_the_antrag():
    b = validate("bescheid", {"antrag": _antrag(), "aktenzeichen": "1", "datum": "2025-11-20",
                              "sachbearbeitung": {"name": "A"}, "zeichnung": {"name": "B"}})
    assert b.zeitraum == b.antrag.zeitraum
    assert b.zeichnung.zusatz == "Im Auftrag"
