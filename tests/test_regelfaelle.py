"""Rule cases: per rule a YAML file of small pass and fail cases, run by one harness.

A case is a document outline (headings, paragraphs, tables) — no binary needed. The harness
builds the neutral Document from it, extracts the figures as the readers do, and checks it.
Test ids carry the rule code, so `pytest -k KIM-105` runs one rule.

Case file (tests/regelfaelle/<richtlinie>/<CODE>.yaml):

    regel: KIM-105
    art: antrag
    faelle:
      - name: unter-hoechstbetrag
        erwartet: erfuellt            # erfuellt | verletzt | nicht_pruefbar
        eingang: 2026-12-01           # optional (--eingang)
        bescheid: {2026: {personalkosten: "60000.00", sachkosten: "20000.00"}}  # optional
        dokument:
          - h1: Finanzierungsplan     # h1..h3 heading, p paragraph, tabelle rows
          - p: Beantragt werden 30.000,00 EUR Personalkosten.
          - tabelle: [[Jahr, Sachkosten beantragt], ["2026", "20.000,00 EUR"]]
Portfolio rules take `bewilligungen: [{2026: "80000.00"}, …]` instead of `dokument`.
"""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from kimdocs.calculator import Berechnung, Jahresbetrag, check_programme_budget
from kimdocs.check import check_document
from kimdocs.guideline import available
from kimdocs.rules import load_guideline
from kimdocs.model import Zeitraum
from kimdocs.readers.document import Document, Heading, Location, Paragraph, Table, make_plain
from kimdocs.readers.figures import extract_figures

CASES_DIR = Path(__file__).resolve().parent / "regelfaelle"


def _load_cases():
    out = []
    for path in sorted(CASES_DIR.glob("*/*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in spec["faelle"]:
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


def _portfolio(richtlinie, spec, case):
    berechnungen = [
        Berechnung(richtlinie.id, Zeitraum(beginn=date(2025, 1, 1), ende=date(2026, 12, 31)),
                   tuple(Jahresbetrag(int(y), 12, Decimal(str(v)), Decimal("0.00"), Decimal(0),
                                      Decimal(0)) for y, v in grant.items()))
        for grant in case["bewilligungen"]]
    return check_programme_budget(berechnungen, richtlinie)


@pytest.mark.parametrize("guideline,spec,case", CASES)
def test_rule_case(guideline, spec, case):
    richtlinie = load_guideline(guideline)
    if "bewilligungen" in case:
        befund = _portfolio(richtlinie, spec, case)
    else:
        granted = case.get("bescheid")
        if granted:
            granted = {int(y): {k: Decimal(str(v)) for k, v in lines.items()}
                       for y, lines in granted.items()}
        report = check_document(build_document(case["dokument"]), art=spec["art"],
                                richtlinie=richtlinie, eingang=case.get("eingang"),
                                granted=granted)
        befund = next((b for b in report.ergebnisse if b.code == spec["regel"]), None)
    assert befund is not None, f"{spec['regel']} wurde nicht ausgewertet"
    assert befund.status == case["erwartet"], befund.meldung
    for text in case.get("meldung_enthaelt", []):
        assert text in befund.meldung


@pytest.mark.parametrize("guideline", sorted(available()))
def test_every_rule_has_a_passing_and_a_failing_case(guideline):
    outcomes: dict[str, set[str]] = {}
    for path in (CASES_DIR / guideline).glob("*.yaml"):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        outcomes.setdefault(spec["regel"], set()).update(c["erwartet"] for c in spec["faelle"])
    missing = [r.code for r in load_guideline(guideline).regeln
               if not {"erfuellt", "verletzt"} <= outcomes.get(r.code, set())]
    assert not missing, f"ohne erfüllten und verletzten Fall: {missing}"
