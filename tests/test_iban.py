"""IBAN of the Bankverbindung: ISO 13616 check digits (mod 97) and the country's length and
layout, German messages through the usual validation path, groups of four in documents."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from kimdocs.cli.commands import main
from kimdocs.errors import EXIT_INPUT, InputError
from kimdocs.rules import load_guideline
from kimdocs.model import check_iban, group_iban, read_mapping, validate
from kimdocs.generate.render import render_document

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
GOOD = "DE89 3704 0044 0532 0130 00"  # the usual sample IBAN; its check digits are right
BAD = "DE89 3704 0044 0532 0130 01"  # one digit changed


def _antrag(iban: str):
    data = read_mapping(BEISPIELE / "koblenz" / "antrag.yaml")
    data["bankverbindung"] = {"kontoinhaber": "Stadtkasse Koblenz", "iban": iban}
    return validate("antrag", data)


def _problem(iban: str) -> dict:
    with pytest.raises(InputError) as info:
        _antrag(iban)
    (problem,) = info.value.details
    return problem


@pytest.mark.parametrize("written", [GOOD, GOOD.replace(" ", ""), GOOD.lower(),
                                     f"  {GOOD}  ", "GB82 WEST 1234 5698 7654 32",
                                     "AT61 1904 3002 3457 3201"])
def test_valid_iban_passes_in_any_spacing_and_is_kept_compact(written):
    iban = _antrag(written).bankverbindung.iban
    assert iban == written.replace(" ", "").upper()


def test_one_changed_digit_fails_with_german_message_naming_field_and_iban():
    problem = _problem(BAD)
    assert problem["feld"] == "bankverbindung.iban"
    assert problem["meldung"].startswith(f"Die IBAN {BAD} hat eine falsche Prüfziffer")


def test_every_single_digit_change_is_caught():
    compact = GOOD.replace(" ", "")
    for pos in range(2, len(compact)):
        for digit in "0123456789":
            if digit == compact[pos]:
                continue
            changed = compact[:pos] + digit + compact[pos + 1:]
            with pytest.raises(ValueError, match="falsche Prüfziffer"):
                check_iban(changed)


def test_two_swapped_neighbours_are_caught():
    # 3704 -> 7304: a transposition, the other common typing error
    with pytest.raises(ValueError, match="falsche Prüfziffer"):
        check_iban("DE89 7304 0044 0532 0130 00")


@pytest.mark.parametrize(("iban", "says"), [
    ("DE89 3704 0044 0532 0130 0", "hat 21 Stellen, eine deutsche IBAN hat 22"),
    ("DE89 3704 0044 0532 0130 000", "hat 23 Stellen, eine deutsche IBAN hat 22"),
    ("AT61 1904 3002 3457 3201 1", "hat 21 Stellen, eine IBAN aus AT hat 20"),
    ("DE89 3704 0044 0532 0130 0A",
     "nicht wie eine deutsche IBAN aufgebaut (nach den Prüfziffern nur Ziffern)"),
    ("XX89 3704 0044 0532 0130 00", "beginnt mit „XX“: für dieses Länderkürzel gibt es keine"),
    ("12345", "hat nicht die Form einer IBAN"),
    ("DE8X 3704 0044 0532 0130 00", "hat nicht die Form einer IBAN"),
    ("DE89 3704", "hat 8 Stellen, eine deutsche IBAN hat 22"),
])
def test_wrong_length_layout_or_country_is_named(iban, says):
    problem = _problem(iban)
    assert problem["feld"] == "bankverbindung.iban"
    assert says in problem["meldung"], problem["meldung"]
    assert problem["meldung"].startswith("Die IBAN ")


def test_the_one_line_message_does_not_repeat_the_value():
    with pytest.raises(InputError) as info:
        _antrag(BAD)
    assert info.value.message.count(BAD) == 1
    assert "bankverbindung.iban: Die IBAN" in info.value.message


def test_group_iban_makes_groups_of_four():
    assert group_iban("DE89370400440532013000") == GOOD
    assert group_iban("de89 3704 0044 0532 0130 00") == GOOD


def test_document_prints_the_iban_in_groups_of_four():
    antrag = _antrag(GOOD.replace(" ", ""))
    doc = Document(io.BytesIO(render_document(antrag, load_guideline("kim-rlp-2025"))))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert GOOD in cells
    assert GOOD.replace(" ", "") not in "\n".join(cells)


def _write_bad_antrag(tmp_path: Path) -> Path:
    text = (BEISPIELE / "koblenz" / "antrag.yaml").read_text(encoding="utf-8")
    assert GOOD in text
    bad = tmp_path / "antrag.yaml"
    bad.write_text(text.replace(GOOD, BAD), encoding="utf-8")
    return bad


def test_validieren_reports_the_wrong_iban_with_exit_2(tmp_path):
    bad = _write_bad_antrag(tmp_path)
    result = CliRunner().invoke(main, ["validieren", str(bad)])
    assert result.exit_code == EXIT_INPUT == 2
    assert f"bankverbindung.iban: Die IBAN {BAD} hat eine falsche Prüfziffer" in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(main, ["validieren", "--format", "json", str(bad)])
    assert result.exit_code == 2
    fehler = json.loads(result.stdout)["dateien"][0]["fehler"]
    assert fehler["datei"] == str(bad) and fehler["exit_code"] == 2
    assert fehler["probleme"][0]["feld"] == "bankverbindung.iban"
    assert "falsche Prüfziffer" in fehler["probleme"][0]["meldung"]


def test_erstellen_refuses_the_wrong_iban_and_writes_nothing(tmp_path):
    bad = _write_bad_antrag(tmp_path)
    out = tmp_path / "aus"
    result = CliRunner().invoke(main, ["erstellen", "antrag", str(bad), "-o", str(out)])
    assert result.exit_code == 2
    assert "falsche Prüfziffer" in result.output and str(bad) in result.output
    assert not out.exists() or not any(out.iterdir())
