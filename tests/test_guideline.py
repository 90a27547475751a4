"""Every shipped guideline loads; a broken one is refused with the rule and the field."""

import pytest
import yaml

from kimdocs.report.catalogue import rules_as_markdown
from kimdocs.errors import GuidelineError
from kimdocs.guideline import available
from kimdocs.rules import load_guideline

SHIPPED = sorted(available())


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_guideline_loads(name):
    r = load_guideline(name)
    assert r.id == name
    assert r.regeln
    for regel in r.regeln:
        if regel.art == "abschnitt":
            assert regel.ueberschrift


def test_rlp_catalogue_is_complete():
    r = load_guideline("kim-rlp-2025")
    codes = {regel.code for regel in r.regeln}
    assert {f"KIM-{n}" for n in range(101, 115)} <= codes
    for kind, prefix in [("antrag", "KIM-2"), ("bescheid", "KIM-3"), ("vorlage", "KIM-4"),
                         ("jahresbericht", "KIM-5")]:
        sections = r.abschnitte(kind)
        assert sections and all(s.code.startswith(prefix) for s in sections)
    assert r.heading("bescheid-rechtsbehelfsbelehrung") == "Rechtsbehelfsbelehrung"


def test_bw_differs_where_the_programme_differs():
    bw = load_guideline("bw-integrationsmanagement-2017")
    assert str(bw.parameter.vzae_mindestanteil) == "0.25"
    assert bw.parameter.foerderdauer_monate == 24
    with pytest.raises(GuidelineError, match="personalkosten_je_vzae"):
        bw.need("personalkosten_je_vzae")


@pytest.mark.parametrize("name", SHIPPED)
def test_markdown_page_is_generated_from_data(name):
    page = available()[name].with_suffix(".md")
    assert page.read_text(encoding="utf-8") == rules_as_markdown(load_guideline(name)), (
        f"{page.name} ist veraltet: mit `kimdocs regeln --richtlinie {name} --format markdown` "
        "neu erzeugen")


def _broken(tmp_path, mutate):
    data = yaml.safe_load(available()["kim-rlp-2025"].read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "kaputt.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_bad_severity_names_rule_and_field(tmp_path):
    def mutate(d):
        next(r for r in d["regeln"] if r["code"] == "KIM-105")["schwere"] = "katastrophe"
    with pytest.raises(GuidelineError) as err:
        load_guideline(_broken(tmp_path, mutate))
    assert "Regel KIM-105, Feld schwere" in str(err.value)
    assert "kaputt.yaml" in str(err.value)


def test_section_rule_without_heading_is_refused(tmp_path):
    def mutate(d):
        del next(r for r in d["regeln"] if r["code"] == "KIM-505")["ueberschrift"]
    with pytest.raises(GuidelineError, match="Regel KIM-505.*ohne 'ueberschrift'"):
        load_guideline(_broken(tmp_path, mutate))


def test_duplicate_code_is_refused(tmp_path):
    def mutate(d):
        d["regeln"][1]["code"] = d["regeln"][0]["code"]
    with pytest.raises(GuidelineError, match="kommt mehrfach vor"):
        load_guideline(_broken(tmp_path, mutate))


def test_missing_parameter_is_refused(tmp_path):
    with pytest.raises(GuidelineError, match="parameter.sachkosten_je_jahr: Pflichtfeld fehlt"):
        load_guideline(_broken(tmp_path, lambda d: d["parameter"].pop("sachkosten_je_jahr")))


def test_unknown_guideline_name():
    with pytest.raises(GuidelineError, match="nicht gefunden; mitgeliefert"):
        load_guideline("kim-saarland-2030")


def test_shipped_data_reads_the_same_with_the_fast_loader(tmp_path):
    """Package data goes through libyaml; a user's copy through the guarded loader: same data."""
    import shutil
    from pathlib import Path

    from kimdocs import model

    shipped = model._PACKAGE / "guideline" / "richtlinien" / "kim-rlp-2025.yaml"
    copy = shutil.copy(shipped, tmp_path / "kopie.yaml")
    assert model._loader_for(Path(copy)) is model._GuardedLoader
    if yaml.__with_libyaml__:  # PyYAML's wheels carry libyaml; then shipped data takes it
        assert model._loader_for(shipped) is model._TrustedLoader
    assert model.read_mapping(shipped) == model.read_mapping(copy)
