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
from kimdocs.cli.commands import main
from kimdocs.errors import InputError
from kimdocs.rules import load_guideline
from kimdocs.model import load_data
from kimdocs.generate.tables import read_bescheide

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
    from kimdocs.generate.output import budget_lines

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


# --- optional columns: a row says what a YAML Antrag/Bescheid says ---------------------------

def _de(value) -> str:
    """A table cell as a clerk types it: 6.800,00 / 01.12.2025."""
    from kimdocs.formatting import format_date, format_number

    return format_date(value) if hasattr(value, "year") else format_number(value)


def _row_of(bescheid) -> dict[str, str]:
    """The table row that says what a YAML Bescheid and its Antrag say about the notice:
    every figure and date the calculation and the Bescheid use, in the optional columns."""
    a = bescheid.antrag
    k = a.antragsteller
    row = {
        "kommune": k.name, "kreisschluessel": k.kreisschluessel or "", "art": k.art or "",
        "bezeichnung": k.bezeichnung or "", "strasse": k.anschrift.strasse,
        "plz": k.anschrift.plz, "ort": k.anschrift.ort, "ansprechperson": a.ansprechperson.name,
        "person": "; ".join(s.person or "" for s in a.stellen),
        "vzae": "; ".join(_de(s.vzae) for s in a.stellen),
        "entgeltgruppe": "; ".join(s.entgeltgruppe for s in a.stellen),
        "stelle_beginn": "; ".join(_de(s.beginn) for s in a.stellen),
        "stelle_ende": "; ".join(_de(s.ende) if s.ende else "" for s in a.stellen),
        "amt": a.organisation.amt, "abteilung": a.organisation.abteilung or "",
        "beginn": _de(a.zeitraum.beginn), "ende": _de(a.zeitraum.ende),
        "antragsdatum": _de(a.unterschrift.datum), "aktenzeichen": bescheid.aktenzeichen,
        "bescheiddatum": _de(bescheid.datum), "sachbearbeitung": bescheid.sachbearbeitung.name,
        "zeichnung": bescheid.zeichnung.name,
        "zeichnung_funktion": bescheid.zeichnung.funktion or "",
    }
    if bescheid.bewilligungszeitraum:
        row["bewilligung_beginn"] = _de(bescheid.bewilligungszeitraum.beginn)
        row["bewilligung_ende"] = _de(bescheid.bewilligungszeitraum.ende)
    for p in a.finanzierungsplan:
        row |= {f"personalkosten_{p.jahr}": _de(p.beantragt_personalkosten),
                f"sachkosten_{p.jahr}": _de(p.beantragt_sachkosten),
                f"personalausgaben_{p.jahr}": _de(p.personalausgaben),
                f"sachausgaben_{p.jahr}": _de(p.sachausgaben_summe)}
        if p.eigenanteil is not None:
            row[f"eigenanteil_{p.jahr}"] = _de(p.eigenanteil)
        if p.drittmittel:
            row[f"drittmittel_{p.jahr}"] = _de(p.drittmittel_summe)
            row["drittmittel_bezeichnung"] = p.drittmittel[0].bezeichnung
    return row


def _one_row_table(tmp_path: Path, row: dict[str, str]) -> Path:
    header = list(row)
    return _write_csv(tmp_path / "eine.csv", [header, [row[h] for h in header]])


def _notice_data(bescheid):
    """What the calculation and the Bescheid make of the data: every year with its
    positions, months, caps and cuts, the refused years, each rule's result, and the
    Bescheid's figures and texts that rest on them."""
    from kimdocs.calculator import calculate_bescheid
    from kimdocs.generate.context import build_context

    r = load_guideline()
    b = calculate_bescheid(bescheid, r)
    ctx = build_context(bescheid, r)
    texts = {k: ctx["tb"][k] for k in ("zuwendungszweck", "bedingung", "verwendungsnachweis")}
    return (b.zeitraum, b.jahre, b.abgelehnte_jahre, [(f.code, f.status) for f in b.befunde],
            {k: ctx[k] for k in ("jahre", "stellen", "summe", "zeitraum", "vzae",
                                 "beantragt_gesamt", "teilablehnung", "ablehnung")}, texts)


def _with_end_and_third_party_funds():
    """Gestaffelt, with the first position ending 30.09.2026 and Drittmittel in the plan."""
    yaml = load_data(BEISPIELE / "gestaffelt" / "bescheid.yaml")
    data = yaml.model_dump()
    data["antrag"]["stellen"][0]["ende"] = "2026-09-30"
    plan = data["antrag"]["finanzierungsplan"][0]
    plan["eigenanteil"] = Decimal("3000.00")
    plan["drittmittel"] = [{"bezeichnung": "Stiftung", "betrag": Decimal("2000.00")}]
    from kimdocs.model import validate

    return validate("bescheid", data)


@pytest.mark.parametrize("beispiel", ["koblenz", "germersheim", "gestaffelt", "verkuerzt",
                                      "stelle-ende-drittmittel"])
def test_row_with_the_optional_columns_gives_what_the_yaml_gives(tmp_path, beispiel):
    yaml = (_with_end_and_third_party_funds() if beispiel == "stelle-ende-drittmittel"
            else load_data(BEISPIELE / beispiel / "bescheid.yaml"))
    (zeile,) = read_bescheide(_one_row_table(tmp_path, _row_of(yaml)))
    assert zeile.fehler is None, zeile.fehler
    row, data = zeile.bescheid, yaml
    assert _notice_data(row) == _notice_data(data)
    for p_row, p_yaml in zip(row.antrag.finanzierungsplan, data.antrag.finanzierungsplan,
                             strict=True):
        assert (p_row.ausgaben_gesamt, p_row.finanzierung_gesamt, p_row.eigenanteil,
                p_row.drittmittel_summe) == (p_yaml.ausgaben_gesamt, p_yaml.finanzierung_gesamt,
                                             p_yaml.eigenanteil, p_yaml.drittmittel_summe)
    assert [(s.beginn, s.ende, s.person) for s in row.antrag.stellen] == \
        [(s.beginn, s.ende, s.person) for s in data.antrag.stellen]


def test_the_comparison_sees_a_difference(tmp_path):
    # the same helper, one Stelle end left out: the Bescheid data differ (the test can fail)
    yaml = _with_end_and_third_party_funds()
    row = _row_of(yaml)
    row["stelle_ende"] = ""
    (zeile,) = read_bescheide(_one_row_table(tmp_path, row))
    assert _notice_data(zeile.bescheid) != _notice_data(yaml)


def test_gestaffelt_row_funds_the_vacancy_from_its_own_start(tmp_path):
    yaml = load_data(BEISPIELE / "gestaffelt" / "bescheid.yaml")
    (zeile,) = read_bescheide(_one_row_table(tmp_path, _row_of(yaml)))
    from kimdocs.calculator import calculate_bescheid

    (jahr,) = calculate_bescheid(zeile.bescheid, load_guideline()).jahre
    assert [(s.bezeichnung, s.monate) for s in jahr.stellen] == [("Lena Beispiel", 12),
                                                                  ("unbesetzt", 6)]
    assert jahr.personalkosten == Decimal("45000.00")


def test_shipped_koblenz_row_has_the_yaml_finanzierungsplan():
    row = next(z for z in read_bescheide(TABLE) if z.kommune == "Koblenz").bescheid
    yaml = load_data(BEISPIELE / "koblenz" / "bescheid.yaml")
    assert [(p.jahr, p.ausgaben_gesamt, p.eigenanteil, p.finanzierung_gesamt)
            for p in row.antrag.finanzierungsplan] == \
        [(p.jahr, p.ausgaben_gesamt, p.eigenanteil, p.finanzierung_gesamt)
         for p in yaml.antrag.finanzierungsplan]
    assert _notice_data(row) == _notice_data(yaml)


def test_row_without_the_optional_columns_behaves_as_before():
    # the table with errors keeps the old columns only
    assert "eigenanteil_2026" not in _rows(BAD_TABLE)[0]
    row = next(z for z in read_bescheide(BAD_TABLE) if z.kommune == "Germersheim").bescheid
    (plan,) = row.antrag.finanzierungsplan
    assert plan.personalausgaben == plan.beantragt_personalkosten == Decimal("60000.00")
    assert plan.sachausgaben_summe == plan.beantragt_sachkosten == Decimal("20000.00")
    assert plan.eigenanteil is None and plan.drittmittel == []
    assert plan.ausgaben_gesamt == plan.finanzierung_gesamt
    (stelle,) = row.antrag.stellen
    assert stelle.beginn == row.antrag.zeitraum.beginn and stelle.ende is None
    assert row.bewilligungszeitraum is None


@pytest.mark.parametrize("change, message", [
    ({"eigenanteil_2025": "1.000,00"},
     "Spalte eigenanteil_2025 ist gefüllt, aber für 2025 ist nichts beantragt"),
    ({"stelle_beginn": "01.01.2026; 01.07.2026; 01.08.2026"},
     "Spalte 'stelle_beginn' nennt 3 Werte für 2 Stellen"),
    ({"stelle_ende": "31.06.2026"}, "Spalte 'stelle_ende': „31.06.2026“ ist kein gültiges Datum"),
    ({"drittmittel_2026": "viel"}, "Spalte 'drittmittel_2026': „viel“ ist keine Zahl"),
    ({"stelle_ende": "; 01.03.2026"}, "Ende der Stelle liegt vor ihrem Beginn"),
    ({"bewilligung_ende": "31.12.2027"},
     "Bewilligungszeitraum liegt nicht im beantragten Förderzeitraum"),
])
def test_wrong_optional_columns_are_named(tmp_path, change, message):
    row = _row_of(load_data(BEISPIELE / "gestaffelt" / "bescheid.yaml"))
    row |= {"personalkosten_2025": "", "sachkosten_2025": ""} | change
    (zeile,) = read_bescheide(_one_row_table(tmp_path, row))
    assert zeile.fehler is not None and message in zeile.fehler, zeile.fehler
