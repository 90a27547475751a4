"""The examples of issue 20 end to end: every Verwendungsnachweis in beispiele/ (spending under
the Festbetrag, spending over it, the Zwischennachweis for a finished year) becomes DOCX and
PDF with `kimdocs erstellen verwendungsnachweis`, and `kimdocs pruefen` of both against the
matching Bescheid — as data, as Word and as PDF — is einreichungsfähig, with KIM-113 checked
against that Bescheid and the reduction and deadline the example's comment calculates by
hand. The 3 × 0,5 VZÄ Antrag and the early start with recorded consent are examples too."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_szenarien import docx_lines

from kimdocs.check import check_file
from kimdocs.check.bescheid import load_bescheid
from kimdocs.cli.commands import main
from kimdocs.generate.render import render_document
from kimdocs.model import load_data
from kimdocs.rules import load_guideline

D = Decimal
BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"

# (example, its Bescheid, file stem, the reduction by hand, deadline by hand)
NACHWEISE = [
    # Sach 2025: 1.666,67 − 1.200,00 = 466,67; Sach 2026: 20.000,00 − 17.850,40 = 2.149,60;
    # Personal above both Festbeträge: no cut. Due six months after 31.12.2026.
    ("koblenz", "koblenz", "Verwendungsnachweis_Koblenz_2026",
     (D("1666.67") - D("1200.00")) + (D("20000.00") - D("17850.40")), "30.06.2027"),
    # spending over both Festbeträge (74.000 > 60.000, 22.000 > 20.000): nothing cut
    ("germersheim", "germersheim", "Verwendungsnachweis_Germersheim_2026", D("0.00"),
     "30.06.2027"),
    # the finished year 2025 of 01.12.2025–31.12.2026: due 30.04.2026 (zwischennachweis_frist)
    ("zwischennachweis", "koblenz", "Zwischennachweis_Koblenz_2025",
     D("1666.67") - D("1200.00"), "30.04.2026"),
]


def _eur(value: Decimal) -> str:
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + f",{cents}\xa0EUR"


@pytest.fixture(scope="module")
def bescheide(tmp_path_factory):
    """Each example Bescheid as data, as Word and as PDF."""
    out = tmp_path_factory.mktemp("bescheide")
    found = {}
    for name in {b for _, b, *_ in NACHWEISE}:
        data = BEISPIELE / name / "bescheid.yaml"
        made = CliRunner().invoke(main, ["erstellen", "bescheid", str(data), "-o",
                                         str(out / name), "--format", "beide"])
        assert made.exit_code == 0, made.output
        docx = next((out / name).glob("*.docx"))
        found[name] = [data, docx, docx.with_suffix(".pdf")]
    return found


@pytest.mark.parametrize("beispiel,bescheid,stem,kuerzung,frist", NACHWEISE,
                         ids=[n[0] for n in NACHWEISE])
def test_example_nachweis_is_made_and_passes_against_its_bescheid(
        tmp_path, bescheide, beispiel, bescheid, stem, kuerzung, frist):
    data = BEISPIELE / beispiel / "verwendungsnachweis.yaml"
    text = docx_lines(render_document(load_data(data), load_guideline())).replace("\xa0", " ")
    assert f"Die Festbeträge werden insgesamt um {_eur(kuerzung)}".replace("\xa0", " ") in text
    assert f"Vorzulegen bis | {frist}" in text
    made = CliRunner().invoke(main, ["erstellen", "verwendungsnachweis", str(data), "-o",
                                     str(tmp_path), "--format", "beide"])
    assert made.exit_code == 0, made.output
    files = [tmp_path / f"{stem}.docx", tmp_path / f"{stem}.pdf"]
    assert all(f.is_file() for f in files), sorted(p.name for p in tmp_path.iterdir())
    for given in bescheide[bescheid]:
        ok = CliRunner().invoke(main, ["pruefen", *map(str, files), "--bescheid", str(given)])
        assert ok.exit_code == 0, (given.name, ok.output)
        assert ok.output.count("EINREICHUNGSFÄHIG") == 2, (given.name, ok.output)
    granted = load_bescheid(bescheide[bescheid][2], load_guideline())  # the Bescheid's PDF
    assert granted.problem is None, granted.problem
    for f in files:
        report = check_file(f, bescheid=granted)
        found = {b.code: b for b in report.ergebnisse}
        assert report.urteil == "einreichungsfaehig", (f.name, found)
        assert found["KIM-113"].meldung == "Die Beträge passen zum Bescheid.", f.name
        expected = (f"Kürzung insgesamt {_eur(kuerzung)}" if kuerzung
                    else "keine Kürzung")
        assert expected in found["KIM-116"].meldung, (f.name, found["KIM-116"].meldung)
        assert f"Frist bis {frist}" in found["KIM-117"].meldung, f.name
        assert found["KIM-118"].status == "erfuellt", (f.name, found["KIM-118"].meldung)


def test_the_other_examples_of_issue_20_exist_and_say_what_they_are_for():
    """The 3 × 0,5 VZÄ Antrag (its Bescheid funds two parts and refuses the third) and the
    early start with the consent recorded before it (its Bescheid cites the letter)."""
    drei = load_data(BEISPIELE / "drei-halbe" / "antrag.yaml")
    assert [s.vzae for s in drei.stellen] == [D("0.5")] * 3
    vorzeitig = load_data(BEISPIELE / "vorzeitig" / "bescheid.yaml")
    assert vorzeitig.zeitraum.beginn < vorzeitig.datum
    assert vorzeitig.vorzeitiger_beginn.zugestimmt_am < vorzeitig.zeitraum.beginn
    text = docx_lines(render_document(vorzeitig, load_guideline()))
    assert "vorzeitigen Maßnahmebeginn hat das MFFKI mit Schreiben vom 22.09.2025" in text
    refused = docx_lines(render_document(load_data(BEISPIELE / "drei-halbe" / "bescheid.yaml"),
                                         load_guideline()))
    assert "Stellenanteil Nr. 3 (Carla Beispiel, 0,5 VZÄ) wird nicht gefördert: Gefördert " \
        "wird eine Stelle im Umfang von höchstens 1,0 VZÄ" in refused
    # 2 × 0,5 VZÄ × 12 × 5.000 + 20.000 Sachausgaben
    assert "bewilligt werden 80.000,00 EUR" in refused
