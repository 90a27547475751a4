"""The CLI through click's test runner: output, JSON contract, exit codes."""

import hashlib
import json
from pathlib import Path

from click.testing import CliRunner

import kimdocs
from kimdocs.cli.commands import main

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _schema(name):
    import jsonschema
    from referencing import Registry, Resource

    folder = Path(kimdocs.__file__).parent / "schemas"
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}
    registry = Registry().with_resources(
        (f"kimdocs/{n}", Resource.from_contents(s)) for n, s in schemas.items())
    return jsonschema.Draft202012Validator(schemas[name], registry=registry)


def test_berechnen_koblenz_json_has_amounts_findings_versions_and_validates():
    path = BEISPIELE / "koblenz" / "antrag.yaml"
    result = run("berechnen", path, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    _schema("berechnung.schema.json").validate(data)
    assert data["jahre"] == {
        "2025": {"personalkosten": "5000.00", "sachkosten": "1666.67", "gesamt": "6666.67",
                 "monate": 1},
        "2026": {"personalkosten": "60000.00", "sachkosten": "20000.00", "gesamt": "80000.00",
                 "monate": 12},
    }
    assert data["gesamt"] == "86666.67" and data["kimdocs_version"] == kimdocs.__version__
    assert data["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert data["groesse"] == path.stat().st_size and data["richtlinie_version"]
    assert {b["code"] for b in data["befunde"]} >= {"KIM-101", "KIM-106"}


def test_berechnen_json_carries_the_broken_rules():
    result = run("berechnen", BEISPIELE / "negativ-kaiserslautern" / "antrag.yaml", "--format",
                 "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    _schema("berechnung.schema.json").validate(data)
    broken = {b["code"] for b in data["befunde"] if b["status"] == "verletzt"}
    assert {"KIM-102", "KIM-106", "KIM-108"} <= broken


def test_berechnen_text_is_german_din5008():
    result = run("berechnen", BEISPIELE / "koblenz" / "antrag.yaml")
    assert result.exit_code == 0
    assert "1.666,67\u00a0EUR" in result.output and "86.666,67\u00a0EUR" in result.output


def test_berechnen_negative_example_names_rules_and_exits_1():
    result = run("berechnen", BEISPIELE / "negativ-kaiserslautern" / "antrag.yaml")
    assert result.exit_code == 1
    for code in ("KIM-102", "KIM-103", "KIM-104", "KIM-106", "KIM-107", "KIM-108"):
        assert code in result.output
    assert "KIM-105 " not in result.output


def test_broken_file_gives_german_error_with_field_path_and_exit_2(tmp_path):
    text = (BEISPIELE / "koblenz" / "antrag.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "antrag.yaml"
    bad.write_text(text.replace("vzae: 0.5", "vzae: null", 1), encoding="utf-8")
    result = run("berechnen", bad)
    assert result.exit_code == 2
    assert "stellen[0].vzae" in result.output and str(bad) in result.output
    assert "Traceback" not in result.output


def test_regeln_json_lists_all_codes_and_sections():
    result = run("regeln", "--format", "json")
    assert result.exit_code == 0
    rules = json.loads(result.output)["regeln"]
    codes = [r["code"] for r in rules]
    assert [c for c in codes if c.startswith("KIM-1")] == [f"KIM-{n}" for n in range(101, 116)]
    kinds = {d for r in rules if r["art"] == "abschnitt" for d in r["dokumente"]}
    assert kinds == {"antrag", "bescheid", "vorlage", "jahresbericht"}
    assert all(r["pruefung"] for r in rules)


def test_regeln_other_guideline_by_name_and_by_path():
    by_name = run("regeln", "--richtlinie", "bw-integrationsmanagement-2017")
    assert by_name.exit_code == 0 and "BW-104" in by_name.output and "0,25" in by_name.output
    path = Path(__file__).resolve().parent.parent / "kimdocs" / "guideline" / "richtlinien" / "kim-rlp-2025.yaml"
    assert "KIM-114" in run("regeln", "--richtlinie", path).output


def test_regeln_unknown_guideline_exit_2():
    result = run("regeln", "--richtlinie", "gibt-es-nicht")
    assert result.exit_code == 2 and "nicht gefunden" in result.output


def test_schema_prints_json_schema():
    result = run("schema", "antrag")
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert "finanzierungsplan" in schema["properties"]


def test_validieren_good_and_bad(tmp_path):
    bad = tmp_path / "vorlage.yaml"
    bad.write_text("art: vorlage\nnummer: UV/1\n", encoding="utf-8")
    result = run("validieren", BEISPIELE / "koblenz" / "vorlage.yaml", bad)
    assert result.exit_code == 2
    assert "gültig (Unterrichtungsvorlage)" in result.output
    assert "gremienweg: Pflichtfeld fehlt" in result.output


def test_usage_error_exit_2():
    assert run("berechnen").exit_code == 2
