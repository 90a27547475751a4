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


# --- issue 20: what a Bescheid's data must say ------------------------------------------------

def _bescheid(antrag=None, **fields):
    return validate("bescheid", {"antrag": antrag or _antrag(), "aktenzeichen": "1",
                                 "datum": "2025-11-20", "sachbearbeitung": {"name": "A"},
                                 "zeichnung": {"name": "B"}, **fields})


def test_early_start_without_a_recorded_consent_is_refused_naming_the_field():
    # Koblenz asks for 01.12.2025; a Bescheid of 10.12.2025 begins before its own date
    with pytest.raises(InputError) as caught:
        _bescheid(datum="2025-12-10")
    assert caught.value.details == [{
        "feld": "vorzeitiger_beginn",
        "meldung": caught.value.details[0]["meldung"]}]
    assert "beginnt am 01.12.2025, vor dem Datum des Bescheids (10.12.2025)" in str(
        caught.value)
    assert "Traceback" not in str(caught.value)


def test_consent_must_come_before_the_start():
    with pytest.raises(InputError, match=r"vorzeitiger_beginn.zugestimmt_am: Die Zustimmung vom "
                                         r"05.12.2025 liegt nach dem Beginn"):
        _bescheid(datum="2025-12-10", vorzeitiger_beginn={"zugestimmt_am": "2025-12-05"})
    ok = _bescheid(datum="2025-12-10", vorzeitiger_beginn={"zugestimmt_am": "2025-11-25"})
    assert ok.vorzeitiger_beginn.zugestimmt_am.isoformat() == "2025-11-25"


def test_a_shorter_period_needs_its_reasons():
    kurz = {"beginn": "2026-01-01", "ende": "2026-06-30"}
    with pytest.raises(InputError, match="begruendung_zeitraum: Der Bewilligungszeitraum "
                                         r"\(01.01.2026 bis 30.06.2026\) ist kürzer"):
        _bescheid(bewilligungszeitraum=kurz)
    assert _bescheid(bewilligungszeitraum=kurz, begruendung_zeitraum="Haushalt").zeitraum.ende \
        .month == 6


def test_a_refused_part_must_exist_and_be_named_once():
    with pytest.raises(InputError, match="Stellenanteil Nr. 3 gibt es im Antrag nicht"):
        _bescheid(nicht_gefoerdert=[{"stelle": 3, "grund": "x"}])
    with pytest.raises(InputError, match="mehrfach"):
        _bescheid(nicht_gefoerdert=[{"stelle": 1, "grund": "x"}, {"stelle": 1, "grund": "y"}])
    with pytest.raises(InputError, match=r"nicht_gefoerdert\[0\].grund"):
        _bescheid(nicht_gefoerdert=[{"stelle": 1, "grund": ""}])
