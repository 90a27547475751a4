"""The administrative batch (issue 21): progress per notice, the overview for the budget office
and the e-Akte, the budget line, `--nur-fehlende`, every document type, and one error code for
library, command line (`--format json`) and API."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import warnings
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

import kimdocs
from kimdocs import errors
from kimdocs.cli.commands import main
from kimdocs.cli.stapel import Anzeige
from kimdocs.generate.batch import Fortschritt, run_batch
from kimdocs.generate.table_fields import columns
from kimdocs.generate.tables import read_table
from kimdocs.model import load_data, read_mapping
from kimdocs.rules import load_guideline

BEISPIELE = Path(__file__).resolve().parent.parent / "beispiele"
BAD_TABLE = BEISPIELE / "antraege_mit_fehler.csv"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _files(folder: Path) -> dict[str, tuple[int, str]]:
    """Each document in the folder: (mtime in ns, sha256)."""
    return {p.name: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in folder.glob("*.docx")}


# --- the table with a bad row -----------------------------------------------------------------

def test_batch_writes_the_overview_and_shows_progress_per_notice(tmp_path):
    out = tmp_path / "aus"
    result = run("erstellen", "bescheid", "--tabelle", BAD_TABLE, "-o", out)
    assert result.exit_code == 1, result.output
    # without a terminal: one line per notice on stderr, counted in notices, never in steps
    progress = [line for line in result.stderr.splitlines() if line.startswith("Bescheid ")]
    assert progress[0] == "Bescheid 1 von 6 – Koblenz"
    assert progress[-1] == "Bescheid 6 von 6 – Trier-Saarburg"
    assert "Bescheid 3 von 6 – Stadt Kaiserslautern" in progress  # the two are told apart
    assert len(progress) == 6 and "Schritt" not in result.output
    assert "1 Zeile fehlerhaft." in result.stderr and "Zeile(n)" not in result.output
    assert "6 von 7 Bescheiden erstellt" in result.stdout

    overview = json.loads((out / "uebersicht.json").read_text(encoding="utf-8"))
    assert overview["art"] == "bescheid" and overview["tabelle"] == BAD_TABLE.name
    entries = overview["dokumente"]
    assert [e["zeile"] for e in entries] == [2, 3, 5, 6, 7, 8]
    for e in entries:
        path = out / e["datei"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == e["sha256"]
        assert e["aktenzeichen"] and e["beginn"] and e["jahre"]
        assert Decimal(e["gesamt"]) == sum(Decimal(j["gesamt"]) for j in e["jahre"])
    koblenz = entries[0]
    assert koblenz["kommune"] == "Koblenz" and [j["jahr"] for j in koblenz["jahre"]] == [2025,
                                                                                        2026]
    assert overview["fehler"] == [{"zeile": 4, "kommune": "Mainz", "meldung": overview[
        "fehler"][0]["meldung"]}] and "31.02.2026" in overview["fehler"][0]["meldung"]

    # the budget: committed, what remains, what the failed row would add
    (h2026,) = [h for h in overview["haushalt"] if h["jahr"] == 2026]
    committed = sum(Decimal(j["gesamt"]) for e in entries for j in e["jahre"] if j["jahr"] == 2026)
    assert Decimal(h2026["bewilligt"]) == committed
    assert Decimal(h2026["frei"]) == Decimal(h2026["budget"]) - committed
    assert Decimal(h2026["fehlerhafte_zeilen"]) == Decimal("80000.00")  # Mainz asks 60k + 20k
    assert Decimal(h2026["frei_danach"]) == Decimal(h2026["frei"]) - Decimal("80000.00")
    assert "2026: nach diesem Stapel noch" in result.stdout
    assert "die fehlerhafte Zeile brächte bis zu 80.000,00\xa0EUR hinzu" in result.stdout, \
        result.stdout

    # the same as a workbook: one row per notice and year, amounts as numbers
    book = load_workbook(out / "uebersicht.xlsx")
    rows = list(book["Bescheide"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Zeile", "Kommune", "Kreisschlüssel", "Aktenzeichen")
    assert len(rows) - 1 == sum(len(e["jahre"]) for e in entries)
    first = rows[1]
    assert first[:3] == (2, "Koblenz", "07111")
    assert first[6] == 2025 and Decimal(str(first[9])) == Decimal("6666.67")
    assert first[10] == koblenz["datei"] and first[11] == koblenz["sha256"]
    assert {e["kommune"] for e in entries} >= {"Stadt Kaiserslautern", "Landkreis Kaiserslautern"}
    assert list(book["Fehlerhafte Zeilen"].iter_rows(values_only=True))[1][:2] == (4, "Mainz")
    assert [r[0] for r in book["Haushalt"].iter_rows(min_row=2, values_only=True)] == [2025, 2026]


def test_nur_fehlende_builds_only_the_fixed_rows(tmp_path):
    out = tmp_path / "aus"
    assert run("erstellen", "bescheid", "--tabelle", BAD_TABLE, "-o", out).exit_code == 1
    before = _files(out)
    assert len(before) == 6
    fixed = tmp_path / "antraege_korrigiert.csv"
    text = BAD_TABLE.read_text(encoding="utf-8")
    assert "31.02.2026" in text
    fixed.write_text(text.replace("31.02.2026", "01.02.2026"), encoding="utf-8")

    result = run("erstellen", "bescheid", "--tabelle", fixed, "-o", out, "--nur-fehlende")
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("Bescheid")] == [
        "Bescheid 1 von 1 – Mainz"]
    assert "1 Bescheid erstellt, 6 schon vorhanden" in result.stdout
    after = _files(out)
    assert set(after) - set(before) == {"Bewilligungsbescheid_Mainz_2026.docx"}
    assert {n: after[n] for n in before} == before  # untouched: same mtime, same sha256
    overview = json.loads((out / "uebersicht.json").read_text(encoding="utf-8"))
    assert overview["fehler"] == []
    assert [e["zeile"] for e in overview["dokumente"]] == [2, 3, 4, 5, 6, 7, 8]

    # nothing missing any more: a third run makes nothing and touches nothing
    again = run("erstellen", "bescheid", "--tabelle", fixed, "-o", out, "--nur-fehlende")
    assert again.exit_code == 0 and "0 Bescheide erstellt, 7 schon vorhanden" in again.stdout
    assert _files(out) == after

    # a file deleted by hand is missing: only it is made again
    (out / "Bewilligungsbescheid_Germersheim_2026.docx").unlink()
    third = run("erstellen", "bescheid", "--tabelle", fixed, "-o", out, "--nur-fehlende")
    assert "Bescheid 1 von 1 – Germersheim" in third.stderr
    assert {n: v for n, v in _files(out).items() if "Germersheim" not in n} == {
        n: v for n, v in after.items() if "Germersheim" not in n}


def test_nur_fehlende_needs_a_previous_run(tmp_path):
    result = run("erstellen", "bescheid", "--tabelle", BAD_TABLE, "-o", tmp_path,
                 "--nur-fehlende")
    assert result.exit_code == 2 and "uebersicht.json" in result.stderr
    assert not list(tmp_path.glob("*.docx"))
    usage = run("erstellen", "bescheid", BEISPIELE / "koblenz" / "bescheid.yaml", "-o", tmp_path,
                "--nur-fehlende")
    assert usage.exit_code == 2 and "nur mit --tabelle" in usage.output


def test_a_broken_overview_stops_only_nur_fehlende(tmp_path):
    out = tmp_path / "aus"
    out.mkdir()
    (out / "uebersicht.json").write_text("[kaputt", encoding="utf-8")
    result = run("erstellen", "bescheid", "--tabelle", BAD_TABLE, "-o", out, "--nur-fehlende")
    assert result.exit_code == 2 and "Übersicht des früheren Laufs nicht lesbar" in result.stderr
    assert run("erstellen", "bescheid", "--tabelle", BAD_TABLE, "-o", out).exit_code == 1
    assert len(json.loads((out / "uebersicht.json").read_text(encoding="utf-8"))[
        "dokumente"]) == 6
    # an entry naming a file outside the folder is no overview of it
    overview = json.loads((out / "uebersicht.json").read_text(encoding="utf-8"))
    overview["dokumente"][0]["datei"] = "../../etc/passwd"
    (out / "uebersicht.json").write_text(json.dumps(overview), encoding="utf-8")
    result = run("erstellen", "bescheid", "--tabelle", BAD_TABLE, "-o", out, "--nur-fehlende")
    assert result.exit_code == 2 and "unerwarteter Aufbau" in result.stderr


def test_terminal_bar_reaches_100_percent():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    anzeige = Anzeige("bescheid", screen)
    for n, name in enumerate(["Koblenz", "Mainz", "Trier"], start=1):
        anzeige(Fortschritt(n, 3, name))
    anzeige.close()
    shown = screen.getvalue()
    assert "100%" in shown and "Bescheid 3 von 3 – Trier" in shown
    assert "Bescheide erstellen" in shown and "Schritt" not in shown


def test_a_row_with_an_unknown_kommune_fails_with_a_suggestion(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text(BAD_TABLE.read_text(encoding="utf-8").replace("Koblenz;07111", "Koblentz;07111",
                                                                   1), encoding="utf-8")
    stapel = run_batch(table, tmp_path / "aus", load_guideline(), datum=date(2026, 1, 5))
    (koblentz,) = [f for f in stapel.fehler if f["zeile"] == 2]
    assert "Koblenz" in koblentz["meldung"]  # Meinten Sie Koblenz?
    assert [f["zeile"] for f in stapel.fehler] == [2, 4]
    assert not (tmp_path / "aus" / "Bewilligungsbescheid_Koblentz_2025.docx").exists()


# --- every document type ----------------------------------------------------------------------

def _flatten(value, prefix: str = "") -> dict[str, str]:
    """A data file as one table row: field paths as columns, lists numbered from 1 (a list of
    texts as one cell with ';'), German numbers and dates, ja/nein."""
    out: dict[str, str] = {}
    if isinstance(value, dict):
        for key, sub in value.items():
            if not prefix and key == "art":
                continue
            out.update(_flatten(sub, f"{prefix}.{key}" if prefix else key))
    elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        out[prefix] = "; ".join(value)
    elif isinstance(value, list):
        for i, sub in enumerate(value, start=1):
            out.update(_flatten(sub, f"{prefix}.{i}"))
    elif isinstance(value, bool):
        out[prefix] = "ja" if value else "nein"
    elif isinstance(value, date):
        out[prefix] = value.strftime("%d.%m.%Y")
    elif isinstance(value, (Decimal, float)):
        out[prefix] = f"{Decimal(str(value)):,.2f}".replace(",", "X").replace(".", ",").replace(
            "X", ".")
    elif value is not None:
        out[prefix] = str(value)
    return out


def _table(path: Path, rows: list[dict[str, str]]) -> Path:
    header = list(dict.fromkeys(k for row in rows for k in row))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(h, "") for h in header])
    return path


@pytest.mark.parametrize("art", ["antrag", "vorlage", "jahresbericht", "verwendungsnachweis"])
def test_batch_makes_every_document_type_from_field_columns(tmp_path, art):
    """A row per document, the columns the data file's field paths: the document made from the
    row is the one of the data file; a bad row is named by its number, the other is made."""
    source = BEISPIELE / "koblenz" / f"{art}.yaml"
    good = _flatten(read_mapping(source))
    bad = {**good, next(k for k in good if k.endswith("datum")): "31.02.2027"}
    table = _table(tmp_path / f"{art}.csv", [good, bad])
    # every column is a field of the type's list of columns (first list item numbered 1)
    known = set(columns(art))
    assert {re.sub(r"\.\d+(?=\.|$)", ".1", c) for c in good} <= known

    (made, failed) = read_table(table, art)
    assert made.fehler is None, made.fehler
    assert made.doc.model_dump() == load_data(source).model_dump()
    assert failed.nummer == 3 and "31.02.2027" in failed.fehler

    out = tmp_path / "aus"
    seen: list[str] = []
    stapel = run_batch(table, out, load_guideline(), art=art, datum=date(2026, 1, 5),
                       progress=lambda f: seen.append(f.text()))
    assert seen == [f"{Fortschritt(1, 1, '', art).text()} – Koblenz"]
    assert len(stapel.erstellt) == 1 and [f["zeile"] for f in stapel.fehler] == [3]
    (entry,) = json.loads((out / "uebersicht.json").read_text(encoding="utf-8"))["dokumente"]
    assert (out / entry["datei"]).is_file() and entry["kommune"] == "Koblenz"
    if art == "verwendungsnachweis":  # what is due per year under the Festbetragsfinanzierung
        assert [(j["jahr"], j["gesamt"]) for j in entry["jahre"]] == [(2025, "6200.00"),
                                                                     (2026, "77850.40")]
        assert entry["aktenzeichen"] == "3321-0001#2025/0084-0701"


def test_cli_batch_of_verwendungsnachweise(tmp_path):
    good = _flatten(read_mapping(BEISPIELE / "koblenz" / "verwendungsnachweis.yaml"))
    table = _table(tmp_path / "vn.csv", [good])
    result = run("erstellen", "verwendungsnachweis", "--tabelle", table, "-o", tmp_path / "aus")
    assert result.exit_code == 0, result.output
    assert "Verwendungsnachweis 1 von 1 – Koblenz" in result.stderr
    assert "1 von 1 Verwendungsnachweis erstellt" in result.stdout
    assert (tmp_path / "aus" / "Verwendungsnachweis_Koblenz_2026.docx").is_file()


def test_a_column_that_names_no_field_stops_the_table(tmp_path):
    table = _table(tmp_path / "t.csv", [{"kommune.name": "Koblenz", "kommune.nmae": "x"}])
    with pytest.raises(errors.InputError, match="kommune.nmae"):
        read_table(table, "vorlage")


@pytest.mark.parametrize(("content", "what"), [
    (b"%PDF-1.7\n", "ein PDF-Dokument"), (b"\x89PNG\r\n\x1a\n", "ein Bild (PNG)"),
    ("docx", "ein Word-Dokument (DOCX)")])
def test_a_file_that_is_no_table_is_named(tmp_path, content, what):
    if content == "docx":
        content = kimdocs.render_document(load_data(BEISPIELE / "koblenz" / "antrag.yaml"),
                                          load_guideline())
    path = tmp_path / "antraege.csv"
    path.write_bytes(content)
    with pytest.raises(errors.WrongTypeError, match=re.escape(f"keine Tabelle, sondern {what}")) as caught:
        read_table(path)
    assert caught.value.code == "falscher_dateityp"
    result = run("erstellen", "bescheid", "--tabelle", path, "-o", tmp_path / "aus")
    assert result.exit_code == 2 and "Die Datei ist keine Tabelle" in result.stderr


# --- one error code: library, command line, API -----------------------------------------------

def _api_client():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from kimdocs.web.app import Settings, create_app

    return TestClient(create_app(Settings()))


def test_the_same_error_has_the_same_code_in_library_cli_and_api(tmp_path):
    from kimdocs.web import work

    data = json.loads(json.dumps(read_mapping(BEISPIELE / "koblenz" / "antrag.yaml"),
                                 default=work.plain))
    data["stellen"][0]["vzae"] = "viel"
    bad = tmp_path / "antrag.json"
    bad.write_text(json.dumps({"art": "antrag", **data}), encoding="utf-8")
    unreadable = tmp_path / "antrag.pdf"
    unreadable.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)

    # invalid data
    with pytest.raises(errors.KimdocsError) as library:
        kimdocs.load_data(bad)
    cli = run("berechnen", bad, "--format", "json")
    assert cli.exit_code == 2
    from_cli = json.loads(cli.stdout)
    assert set(from_cli) >= {"code", "meldung", "datei", "feld"}
    assert from_cli["datei"] == str(bad) and "vzae" in from_cli["meldung"]
    with _api_client() as client:
        res = client.post("/api/v1/berechnen", json=data)
        assert res.status_code == 422
        from_api = res.json()
        assert library.value.code == from_cli["code"] == from_api["code"] == "daten_ungueltig"

        # an unreadable file
        with pytest.raises(errors.KimdocsError) as library:
            kimdocs.read_document(unreadable)
        cli = run("lesen", unreadable, "--format", "json")
        assert cli.exit_code == 2
        # a file that is no table
        with pytest.raises(errors.KimdocsError) as no_table:
            read_table(unreadable)
        res = client.post("/api/v1/stapel", files={"tabelle": ("t.csv", unreadable.read_bytes())})
    assert library.value.code == json.loads(cli.stdout)["code"] == "datei_unlesbar"
    assert json.loads(cli.stdout)["meldung"] == library.value.message
    assert res.status_code == 415
    assert no_table.value.code == res.json()["code"] == "falscher_dateityp"
    assert library.value.to_dict()["code"] == library.value.code and "fehler" not in \
        library.value.to_dict()
