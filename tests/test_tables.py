"""Batch input: a CSV/XLSX table of Anträge becomes one Bewilligungsbescheid per row."""

from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from kimdocs.calculator import calculate_grant
from kimdocs.cli import main
from kimdocs.errors import InputError
from kimdocs.guideline import load_guideline
from kimdocs.model import load_data
from kimdocs.tables import read_bescheide

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
TABLE = BEISPIELE / "antraege.csv"
BAD_TABLE = BEISPIELE / "antraege_mit_fehler.csv"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def test_every_row_of_the_example_table_is_a_valid_bescheid():
    zeilen = read_bescheide(TABLE)
    assert [z.fehler for z in zeilen] == [None] * len(zeilen)
    assert len(zeilen) >= 6
    names = [z.bescheid.antrag.antragsteller.name for z in zeilen]
    assert {"Koblenz", "Germersheim", "Kaiserslautern"} <= set(names)


def test_koblenz_row_grants_what_the_yaml_example_grants():
    r = load_guideline()
    row = next(z for z in read_bescheide(TABLE) if z.kommune == "Koblenz")
    yaml = load_data(BEISPIELE / "koblenz" / "bescheid.yaml")
    assert calculate_grant(row.bescheid.antrag, r).to_dict() == \
        calculate_grant(yaml.antrag, r).to_dict()
    assert [s.vzae for s in row.bescheid.antrag.stellen] == [Decimal("0.5"), Decimal("0.5")]
    assert row.bescheid.aktenzeichen == yaml.aktenzeichen


def test_bad_row_is_named_with_its_number_and_problem():
    zeilen = read_bescheide(BAD_TABLE)
    bad = [z for z in zeilen if z.fehler]
    assert len(bad) == 1
    assert bad[0].label == "Zeile 4 (Mainz)"
    assert "beginn" in bad[0].fehler and "31.02.2026" in bad[0].fehler


def test_model_errors_carry_the_row(tmp_path):
    rows = _rows(TABLE)
    header = rows[0]
    rows[2][header.index("vzae")] = "3"  # above the model's maximum
    rows[3][header.index("kreisschluessel")] = "12345"
    zeilen = read_bescheide(_write_csv(tmp_path / "t.csv", rows[:4]))
    assert zeilen[0].fehler is None
    assert zeilen[1].nummer == 3 and "vzae" in zeilen[1].fehler and "zu groß" in zeilen[1].fehler
    assert zeilen[2].nummer == 4 and "kreisschluessel" in zeilen[2].fehler


def test_xlsx_gives_the_same_notices(tmp_path):
    rows = _rows(TABLE)
    wb = Workbook()
    ws = wb.active
    ws.append(rows[0])
    for row in rows[1:]:
        cells = []
        for name, value in zip(rows[0], row):
            if name in ("beginn", "ende", "antragsdatum", "bescheiddatum"):
                cells.append(datetime.strptime(value, "%d.%m.%Y"))  # Excel date cells
            elif name.startswith(("personalkosten_", "sachkosten_")) and value:
                cells.append(float(value.replace(".", "").replace(",", ".")))  # number cells
            else:
                cells.append(value or None)
        ws.append(cells)
    path = tmp_path / "antraege.xlsx"
    wb.save(path)
    from_xlsx = [z.bescheid.model_dump() for z in read_bescheide(path)]
    from_csv = [z.bescheid.model_dump() for z in read_bescheide(TABLE)]
    assert from_xlsx == from_csv


@pytest.mark.parametrize("content, message", [
    ("kommune;vzae\nKoblenz;1\n", "Spalten fehlen"),
    ("", "leer"),
])
def test_unusable_tables_are_input_errors(tmp_path, content, message):
    path = tmp_path / "t.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_bescheide(path)


def test_wrong_suffix_is_refused(tmp_path):
    path = tmp_path / "t.ods"
    path.write_bytes(b"x")
    with pytest.raises(InputError, match=".csv"):
        read_bescheide(path)


def test_batch_with_one_bad_row_makes_the_others(tmp_path):
    result = run("erstellen", "bescheid", "--tabelle", BAD_TABLE, "-o", tmp_path)
    assert result.exit_code == 1, result.output
    made = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert len(made) == len(read_bescheide(BAD_TABLE)) - 1
    assert "Bewilligungsbescheid_Koblenz_2025.docx" in made
    # two Kaiserslauterns, two files
    assert "Bewilligungsbescheid_Stadt-Kaiserslautern_2026.docx" in made
    assert "Bewilligungsbescheid_Landkreis-Kaiserslautern_2026.docx" in made
    assert "Zeile 4 (Mainz)" in result.output and "31.02.2026" in result.output
    assert "6 von 7 Bescheiden erstellt" in result.output
    assert "KIM-114" in result.output


def test_batch_budget_warning(tmp_path):
    # one row repeated for many Kommunen would exceed nothing; a tiny budget file does
    r = load_guideline()
    from kimdocs.output import budget_lines

    notices = [z.bescheid for z in read_bescheide(TABLE)]
    lines = budget_lines(notices, r)
    assert any("2026" in line and "Programmbudget" in line for line in lines)
    small = r.model_copy(update={"parameter": r.parameter.model_copy(
        update={"budget_je_jahr": {2026: Decimal("100000.00")}})})
    lines = budget_lines(notices, small)
    assert any(line.startswith("Warnung KIM-114") and "überschritten" in line for line in lines)
    assert any(line.startswith("Hinweis KIM-114") and "2025" in line for line in lines)


def test_batch_good_table_exit_0(tmp_path):
    result = run("erstellen", "bescheid", "--tabelle", TABLE, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert len(list(tmp_path.glob("*.docx"))) == len(read_bescheide(TABLE))


def test_batch_does_not_overwrite_without_force(tmp_path):
    assert run("erstellen", "bescheid", "--tabelle", TABLE, "-o", tmp_path).exit_code == 0
    target = tmp_path / "Bewilligungsbescheid_Germersheim_2026.docx"
    before = target.read_bytes()
    target.write_bytes(b"bearbeitet")
    result = run("erstellen", "bescheid", "--tabelle", TABLE, "-o", tmp_path)
    assert result.exit_code == 2 and "existiert bereits" in result.output
    assert target.read_bytes() == b"bearbeitet"
    assert run("erstellen", "bescheid", "--tabelle", TABLE, "-o", tmp_path,
               "--force").exit_code == 0
    assert target.read_bytes() == before  # same data, same bytes
