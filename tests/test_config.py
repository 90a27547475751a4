"""The configuration file (kimdocs.toml, [tool.kimdocs] in pyproject.toml, --config): default
guideline, per-rule severity the way sqlfluff and Vale allow — and a changed severity is
always visible in the report."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import jsonschema
import pytest
from click.testing import CliRunner

import kimdocs
from kimdocs.cli.commands import main
from kimdocs.config import load_config
from kimdocs.errors import InputError

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
SCHEMA = json.loads((Path(kimdocs.__file__).parent / "schemas" / "pruefbericht.schema.json")
                    .read_text(encoding="utf-8"))


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def draft(tmp_path_factory) -> Path:
    """The Koblenz Antrag as generated, with its 'Ansprechperson' section renamed: a draft
    whose only problem is KIM-202."""
    d = tmp_path_factory.mktemp("entwurf")
    assert run("erstellen", "antrag", BEISPIELE / "koblenz" / "antrag.yaml", "-o", d) \
        .exit_code == 0
    path = d / "Antrag_Koblenz_2025.docx"
    document = docx.Document(str(path))
    heading = next(p for p in document.paragraphs if p.text.endswith("Ansprechperson"))
    heading.text = "2. Sonstige Angaben"
    cells = [c.paragraphs[0] for t in document.tables for r in t.rows for c in r.cells]
    for p in [*document.paragraphs, *cells]:  # no keyword may point to the section either
        for word in ("Telefon", "E-Mail", "Ansprechperson"):
            if word in p.text:
                p.text = p.text.replace(word, "Kontaktweg")
    document.save(str(path))
    return path


def _broken(result_json: dict) -> dict[str, dict]:
    [bericht] = result_json["berichte"]
    return {b["code"]: b for b in bericht["ergebnisse"] if b["status"] != "erfuellt"}


def test_draft_has_only_kim_202(draft, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = json.loads(run("pruefen", draft, "--format", "json").output)
    assert list(_broken(data)) == ["KIM-202"]
    assert _broken(data)["KIM-202"]["schwere"] == "warnung"


@pytest.mark.parametrize("schwere, urteil, code", [("fehler", "maengel", 1),
                                                    ("hinweis", "einreichungsfaehig", 0)])
def test_severity_from_kimdocs_toml_changes_verdict_and_says_so(draft, tmp_path, monkeypatch,
                                                                 schwere, urteil, code):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kimdocs.toml").write_text(f'[regeln]\n"KIM-202" = "{schwere}"\n',
                                           encoding="utf-8")
    result = run("pruefen", draft, "--format", "json")
    data = json.loads(result.output)
    jsonschema.validate(data, SCHEMA)
    befund = _broken(data)["KIM-202"]
    assert befund["schwere"] == schwere
    assert befund["schwere_geaendert_durch"] == "kimdocs.toml"
    assert data["berichte"][0]["urteil"] == urteil and result.exit_code == code
    text = run("pruefen", draft).output
    assert "Schwere geändert durch kimdocs.toml" in text
    html = run("pruefen", draft, "--format", "html").output
    assert "Schwere geändert durch kimdocs.toml" in html


def test_without_config_nothing_is_marked(draft, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = json.loads(run("pruefen", draft, "--format", "json").output)
    assert "schwere_geaendert_durch" not in _broken(data)["KIM-202"]


def test_pyproject_and_explicit_config(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.kimdocs]\nrichtlinie = "bw-integrationsmanagement-2017"\n'
        '[tool.kimdocs.regeln]\n"kim-105" = "warnung"\n', encoding="utf-8")
    config = load_config(cwd=tmp_path)
    assert config.quelle == "pyproject.toml" and config.regeln == {"KIM-105": "warnung"}
    monkeypatch.chdir(tmp_path)
    assert "BW-104" in run("regeln").output  # the configured default guideline
    other = tmp_path / "andere.toml"
    other.write_text('richtlinie = "kim-rlp-2025"\nausgabe = "bescheide"\n', encoding="utf-8")
    assert "KIM-114" in run("--config", other, "regeln").output
    made = run("--config", other, "erstellen", "antrag", BEISPIELE / "koblenz" / "antrag.yaml")
    assert made.exit_code == 0, made.output
    assert (tmp_path / "bescheide" / "Antrag_Koblenz_2025.docx").is_file()


@pytest.mark.parametrize("text, fragment", [
    ('[regeln]\n"KIM-202" = "egal"\n', "erlaubt sind fehler, warnung, hinweis"),
    ("farbe = 'blau'\n", "unbekannte Einstellung"),
    ("richtlinie = \n", "kein gültiges TOML"),
])
def test_bad_config_is_a_german_error(tmp_path, text, fragment):
    path = tmp_path / "kimdocs.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_config(path)
    assert fragment in str(info.value) and info.value.path == path
    result = run("--config", path, "regeln")
    assert result.exit_code == 2 and fragment in result.stderr and "Traceback" not in \
        result.output


def test_letterhead_and_signatory_from_config(tmp_path, monkeypatch):
    """[behoerde] replaces the guideline's letterhead; [zeichnung] signs a Bescheid whose
    data leaves `zeichnung` out (the data file wins where it has one)."""
    import yaml

    data = yaml.safe_load((BEISPIELE / "koblenz" / "bescheid.yaml").read_text(encoding="utf-8"))
    del data["zeichnung"]
    data["antrag"] = str(BEISPIELE / "koblenz" / "antrag.yaml")
    (tmp_path / "bescheid.yaml").write_text(yaml.safe_dump(data, allow_unicode=True),
                                            encoding="utf-8")
    (tmp_path / "kimdocs.toml").write_text(
        '[behoerde]\nname = "Landesamt für Integration Musterstadt"\n'
        '[zeichnung]\nname = "Dr. Konfig Zeichner"\nfunktion = "Abteilungsleiter"\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("erstellen", "bescheid", "bescheid.yaml", "-o", "aus")
    assert result.exit_code == 0, result.output
    [made] = (tmp_path / "aus").glob("*.docx")
    document = docx.Document(str(made))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert "Landesamt für Integration Musterstadt" in text
    assert "Dr. Konfig Zeichner" in text
    (tmp_path / "kimdocs.toml").unlink()
    without = run("erstellen", "bescheid", "bescheid.yaml", "-o", "aus2")
    assert without.exit_code == 2 and "zeichnung: Pflichtfeld fehlt" in without.stderr
