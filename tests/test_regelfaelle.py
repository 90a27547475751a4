"""Rule cases: per rule a YAML file of small pass and fail cases, run by one harness.

A case is a document outline (headings, paragraphs, tables) — no binary needed — or a data
file with a few fields changed, or both. The harness builds the neutral Document from the
outline, extracts the figures as the readers do, and checks it; it loads the data and judges
it as the calculator does (`calculate_grant` for an Antrag, its facts from the data), so one
case file covers the document path and the data path. Test ids carry the rule code, so
`pytest -k KIM-105` runs one rule.

Case file (tests/regelfaelle/<richtlinie>/<CODE>.yaml):

    regel: KIM-105
    art: antrag                       # antrag | bescheid | vorlage | jahresbericht
    parameter: {anteilig: keine}      # optional: settings changed for every case of the file
    faelle:
      - name: unter-hoechstbetrag
        erwartet: erfuellt            # erfuellt | verletzt | nicht_pruefbar
        meldung_enthaelt: ["30.000,00"]   # optional: words the message must contain
        parameter:                    # optional: this case under changed settings – a parameter
          personalkosten_je_vzae: "50000.00"  # of the guideline or one of the rule's own
        eingang: 2026-12-01           # optional (--eingang)
        bescheid: {2026: {personalkosten: "60000.00", sachkosten: "20000.00"}}  # optional
        dokument:                     # the document path
          - h1: Finanzierungsplan     # h1..h3 heading, p paragraph, tabelle rows
          - p: Beantragt werden 30.000,00 EUR Personalkosten.
          - tabelle: [[Jahr, Sachkosten beantragt], ["2026", "20.000,00 EUR"]]
        daten:                        # the data path (antrag, jahresbericht)
          datei: beispiele/koblenz/antrag.yaml   # optional; default beispiele/koblenz/<art>.yaml
          setze:                      # field path (as in the error messages) -> new value
            finanzierungsplan[1].beantragt_personalkosten: "70000.00"
        zuwendung: {2026: {personalkosten: "60000.00"}}   # optional, Antrag data: the grant
        gekuerzt_durch: {2026: {personalkosten: KIM-105}}  # optional: the rule that cut it

A case with `dokument` and `daten` must give `erwartet` on both paths. Portfolio rules take
`bewilligungen: [{2026: "80000.00"}, …]` instead of `dokument`.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from kimdocs.calculator import Berechnung, Jahresbetrag, calculate_grant, check_programme_budget
from kimdocs.check import check_document
from kimdocs.facts.from_data import from_jahresbericht
from kimdocs.guideline import Parameter, Regel, Richtlinie, available
from kimdocs.model import Zeitraum, validate
from kimdocs.readers.document import Document, Heading, Location, Paragraph, Table, make_plain
from kimdocs.readers.figures import extract_figures
from kimdocs.rules import load_guideline, rule

ROOT = Path(__file__).resolve().parent.parent
CASES_DIR = Path(__file__).resolve().parent / "regelfaelle"
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def load_case_file(path: Path) -> tuple[dict, list[dict]]:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return spec, spec["faelle"]


def _load_cases():
    out = []
    for path in sorted(CASES_DIR.glob("*/*.yaml")):
        spec, cases = load_case_file(path)
        for case in cases:
            out.append(pytest.param(path.parent.name, spec, case,
                                    id=f"{spec['regel']}-{case['name']}"))
    return out


CASES = _load_cases()


def build_document(outline: list[dict]) -> Document:
    blocks = []
    for i, item in enumerate(outline):
        (kind, value), = item.items()
        where = Location(page=1, bbox=None, block_index=i)
        if kind in ("h1", "h2", "h3"):
            blocks.append(Heading(str(value), int(kind[1]), where))
        elif kind == "p":
            blocks.append(Paragraph(str(value), where))
        elif kind == "tabelle":
            blocks.append(Table([[str(c) for c in row] for row in value], where))
        else:
            raise ValueError(f"unbekannter Baustein {kind!r}")
    document = Document(path="fall.docx", format="docx", blocks=blocks, pages=1)
    make_plain(document)  # as kimdocs.readers does after every format's reader
    document.figures = extract_figures(document)
    return document


def with_settings(richtlinie: Richtlinie, code: str, settings: dict) -> Richtlinie:
    """The guideline with some settings changed, validated as the file would be: a name of
    the guideline's `parameter` changes it for every rule, any other name is an own setting
    of the rule `code`."""
    if not settings:
        return richtlinie
    common = {k: v for k, v in settings.items() if k in Parameter.model_fields}
    own = {k: v for k, v in settings.items() if k not in common}
    parameter = Parameter.model_validate({**richtlinie.parameter.model_dump(), **common})
    regeln = [Regel.model_validate({**r.model_dump(), "parameter": {**r.parameter, **own}})
              if r.code == code and own else r for r in richtlinie.regeln]
    return richtlinie.model_copy(update={"parameter": parameter, "regeln": regeln})


def set_path(data: dict, path: str, value) -> None:
    """Set `finanzierungsplan[1].sachausgaben` in a loaded mapping."""
    steps = [int(i) if i else key for key, i in _STEP.findall(path)]
    target = data
    for step in steps[:-1]:
        target = target[step]
    target[steps[-1]] = value


def load_changed(art: str, spec: dict):
    """The data of a case: a data file (default: the Koblenz example) with fields changed."""
    path = ROOT / spec.get("datei", f"beispiele/koblenz/{art}.yaml")
    data = copy.deepcopy(yaml.safe_load(path.read_text(encoding="utf-8")))
    for field, value in (spec.get("setze") or {}).items():
        set_path(data, field, value)
    data.pop("art", None)
    return validate(art, data, source=path)


def _portfolio(richtlinie, spec, case):
    berechnungen = [
        Berechnung(richtlinie.id, Zeitraum(beginn=date(2025, 1, 1), ende=date(2026, 12, 31)),
                   tuple(Jahresbetrag(int(y), 12, Decimal(str(v)), Decimal("0.00"), Decimal(0),
                                      Decimal(0)) for y, v in grant.items()))
        for grant in case["bewilligungen"]]
    return check_programme_budget(berechnungen, richtlinie)


def _document_finding(richtlinie, spec, case):
    granted = case.get("bescheid")
    if granted:
        granted = {int(y): {k: Decimal(str(v)) for k, v in lines.items()}
                   for y, lines in granted.items()}
    report = check_document(build_document(case["dokument"]), art=spec["art"],
                            richtlinie=richtlinie, eingang=case.get("eingang"), granted=granted)
    return next((b for b in report.ergebnisse if b.code == spec["regel"]), None)


def _data_finding(richtlinie, spec, case):
    """The data path: the Befund as the calculator reports it, and the grant checked."""
    art = spec["art"]
    data = load_changed(art, case["daten"])
    if art == "jahresbericht":
        regel = richtlinie.regel(spec["regel"])
        return rule(regel.name)(from_jahresbericht(data, richtlinie), regel, richtlinie)
    assert art == "antrag", f"Datenpfad für {art} gibt es nicht"
    result = calculate_grant(data, richtlinie)
    for jahr, lines in (case.get("zuwendung") or {}).items():
        line = result.jahr(int(jahr))
        for zeile, expected in lines.items():
            got = getattr(line, zeile) if line else Decimal("0.00")
            assert got == Decimal(str(expected)), f"{jahr} {zeile}: {got}"
    for jahr, lines in (case.get("gekuerzt_durch") or {}).items():
        cuts = {k.zeile: k.regel for j in (*result.jahre, *result.abgelehnte_jahre)
                if j.jahr == int(jahr) for k in j.kuerzungen}
        for zeile, code in lines.items():
            assert cuts.get(zeile) == code, f"{jahr} {zeile}: gekürzt durch {cuts.get(zeile)}"
    return next((b for b in result.befunde if b.code == spec["regel"]), None)


def check_case(richtlinie: Richtlinie, spec: dict, case: dict) -> None:
    """One case on every path it names; the Befund of each must be the expected one."""
    richtlinie = with_settings(richtlinie, spec["regel"],
                               {**(spec.get("parameter") or {}), **(case.get("parameter") or {})})
    paths = {"bewilligungen": _portfolio, "dokument": _document_finding, "daten": _data_finding}
    run = [(key, judge) for key, judge in paths.items() if key in case]
    assert run, f"Fall {case['name']}: weder dokument noch daten noch bewilligungen"
    for key, judge in run:
        befund = judge(richtlinie, spec, case)
        assert befund is not None, f"{spec['regel']} wurde nicht ausgewertet ({key})"
        assert befund.status == case["erwartet"], f"{key}: {befund.meldung}"
        for text in case.get("meldung_enthaelt", []):
            assert text in befund.meldung, f"{key}: {befund.meldung}"


@pytest.mark.parametrize("guideline,spec,case", CASES)
def test_rule_case(guideline, spec, case):
    check_case(load_guideline(guideline), spec, case)


@pytest.mark.parametrize("guideline", sorted(available()))
def test_every_rule_has_a_passing_and_a_failing_case(guideline):
    outcomes: dict[str, set[str]] = {}
    for path in (CASES_DIR / guideline).glob("*.yaml"):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        outcomes.setdefault(spec["regel"], set()).update(c["erwartet"] for c in spec["faelle"])
    missing = [r.code for r in load_guideline(guideline).regeln
               if not {"erfuellt", "verletzt"} <= outcomes.get(r.code, set())]
    assert not missing, f"ohne erfüllten und verletzten Fall: {missing}"


def test_a_case_can_change_a_setting_and_the_harness_sees_it():
    """The same document, two settings: the override reaches the rule (and is validated)."""
    r = load_guideline()
    spec = {"regel": "KIM-104", "art": "antrag"}
    outline = [{"h1": "Stelle"}, {"p": "Frau K. mit 0,3 VZÄ."}]
    check_case(r, spec, {"name": "a", "erwartet": "verletzt", "dokument": outline})
    check_case(r, spec, {"name": "b", "erwartet": "erfuellt", "dokument": outline,
                         "parameter": {"vzae_mindestanteil": "0.25"}})
    with pytest.raises(ValueError, match="vzae_mindestanteil"):
        with_settings(r, "KIM-104", {"vzae_mindestanteil": "ein Viertel"})


def test_set_path_changes_one_field():
    data = {"finanzierungsplan": [{"jahr": 2025}, {"jahr": 2026, "sachausgaben": []}]}
    set_path(data, "finanzierungsplan[1].sachausgaben", [{"bezeichnung": "x", "betrag": 1}])
    assert data["finanzierungsplan"][1]["sachausgaben"] == [{"bezeichnung": "x", "betrag": 1}]
    assert data["finanzierungsplan"][0] == {"jahr": 2025}
