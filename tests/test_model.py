"""Domain model: good and bad input, German messages with the field path and bad value."""

from decimal import Decimal
from pathlib import Path

import pytest

from kimdocs.errors import InputError
from kimdocs.model import Antrag, json_schema, load_data, read_mapping, validate

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
ALL_EXAMPLES = sorted(BEISPIELE.glob("*/*.yaml"))


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_example_validates(path):
    doc = load_data(path)
    assert doc.art == path.stem


def test_yaml_floats_become_decimal_without_float_noise(tmp_path):
    antrag = load_data(BEISPIELE / "koblenz" / "antrag.yaml")
    plan = antrag.plan(2025)
    assert plan.beantragt_sachkosten == Decimal("1666.67")
    assert isinstance(plan.beantragt_sachkosten, Decimal)
    assert antrag.vzae_gesamt == Decimal("1.0")


def test_bescheid_loads_its_antrag_relative_to_itself():
    bescheid = load_data(BEISPIELE / "koblenz" / "bescheid.yaml")
    assert isinstance(bescheid.antrag, Antrag)
    assert bescheid.antrag.antragsteller.kreisschluessel == "07111"


def _antrag_data():
    return read_mapping(BEISPIELE / "koblenz" / "antrag.yaml")


def test_bad_value_names_field_path_and_value(tmp_path):
    data = _antrag_data()
    data["stellen"][1]["vzae"] = Decimal(3)
    with pytest.raises(InputError) as err:
        validate("antrag", data, source="antrag.yaml")
    message = str(err.value)
    assert "antrag.yaml" in message
    assert "stellen[1].vzae" in message
    assert "zu groß" in message and "3" in message


def test_missing_field_and_unknown_field_are_german():
    data = _antrag_data()
    del data["zeitraum"]
    data["unbekannt"] = 1
    with pytest.raises(InputError) as err:
        validate("antrag", data)
    assert "zeitraum: Pflichtfeld fehlt" in str(err.value)
    assert "unbekannt: unbekanntes Feld" in str(err.value)


def test_money_with_three_decimals_is_refused():
    data = _antrag_data()
    data["finanzierungsplan"][0]["personalausgaben"] = Decimal("100.005")
    with pytest.raises(InputError, match=r"finanzierungsplan\[0\]\.personalausgaben"):
        validate("antrag", data)


def test_plan_year_outside_period_is_refused():
    data = _antrag_data()
    data["finanzierungsplan"][0]["jahr"] = 2024
    with pytest.raises(InputError, match="außerhalb des Förderzeitraums"):
        validate("antrag", data)


def test_period_end_before_start_is_refused():
    data = _antrag_data()
    data["zeitraum"] = {"beginn": "2026-12-31", "ende": "2025-12-01"}
    with pytest.raises(InputError, match="Ende liegt vor dem Beginn"):
        validate("antrag", data)


def test_broken_yaml_names_file_and_line(tmp_path):
    bad = tmp_path / "kaputt.yaml"
    bad.write_text("art: antrag\nstellen: [\n  - x: 1\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_data(bad)
    assert "kaputt.yaml" in str(err.value) and "Zeile" in str(err.value)


def test_missing_file_and_non_mapping(tmp_path):
    with pytest.raises(InputError, match="Datei nicht gefunden"):
        load_data(tmp_path / "fehlt.yaml")
    (tmp_path / "liste.yaml").write_text("- 1\n- 2\n", encoding="utf-8")
    with pytest.raises(InputError, match="keine Zuordnung"):
        load_data(tmp_path / "liste.yaml")


def test_json_input_keeps_decimals(tmp_path):
    import json

    from kimdocs.model import read_mapping as rm
    data = rm(BEISPIELE / "koblenz" / "antrag.yaml")
    path = tmp_path / "antrag.json"
    path.write_text(json.dumps(data, default=str), encoding="utf-8")
    antrag = load_data(path)
    assert antrag.plan(2025).beantragt_sachkosten == Decimal("1666.67")


def test_unknown_kind_is_refused(tmp_path):
    with pytest.raises(InputError, match="unbekannte Dokumentart"):
        json_schema("rechnung")


@pytest.mark.parametrize("kind", ["antrag", "bescheid", "vorlage", "jahresbericht",
                                  "verwendungsnachweis"])
def test_json_schema_per_kind(kind):
    schema = json_schema(kind)
    assert schema["type"] == "object" and schema["required"]
