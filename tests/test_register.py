"""The register (issue 22): a programme year on SQLite and on a real PostgreSQL server —
Anträge arrive and are checked, Bescheide are booked against the budget one at a time, the
17th is refused with KIM-114, Jahresberichte arrive, and on 16.12.2026 the overview (text,
JSON, XLSX) names the four that are overdue."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import openpyxl
import pytest
from click.testing import CliRunner
from register_hilfen import (
    KOBLENZ,
    KOMMUNEN,
    antrag,
    bescheid,
    guideline_with_budget,
    register_url,  # noqa: F401  (fixture)
    report_for,
)

import kimdocs
from kimdocs.cli import main
from kimdocs.register import open_register
from kimdocs.register.overview import as_xlsx, overview

JAHRESBERICHT_BERICHT: dict = {}


@pytest.fixture(scope="module")
def jahresbericht_bericht() -> dict:
    """A real check of a real Jahresbericht (Koblenz 2026), once per module."""
    r = kimdocs.load_guideline()
    doc = kimdocs.load_data(KOBLENZ / "jahresbericht.yaml")
    rep = kimdocs.check_bytes(kimdocs.render_document(doc, r), "Jahresbericht.docx").to_dict()
    assert rep["urteil"] == "einreichungsfaehig"
    return rep


def test_programme_year(register_url, jahresbericht_bericht, tmp_path):  # noqa: F811
    anteile = [(ks, name, art) for ks, name, art in KOMMUNEN[:17]]
    # the 2026 budget leaves room for 16 full grants and half of a 17th
    r = guideline_with_budget(jahr_2026=str(16 * 80000 + 40000))
    reg = open_register(register_url)

    # 16 Anträge arrive from September to December 2025, each checked and recorded
    antraege = []
    for i, (ks, name, art) in enumerate(anteile):
        a = antrag(ks, name, art, datum=date(2025, 9, 1) + timedelta(days=7 * i))
        berechnung = kimdocs.calculate_grant(a, r)
        assert berechnung.verstoesse == [], name
        e = reg.record_antrag(a, berechnung, r, eingang=a.unterschrift.datum + timedelta(days=2))
        assert e.status == "neu"
        antraege.append(a)
    assert reg.record_antrag(antraege[0], kimdocs.calculate_grant(antraege[0], r), r).status \
        == "bekannt"  # the same Antrag twice is one entry

    # 16 Bescheide, one at a time
    for nr, a in enumerate(antraege[:16], start=1):
        b = bescheid(a, nr, datum=date(2025, 12, 1) + timedelta(days=nr))
        buchung = reg.record_bescheid(b, kimdocs.calculate_grant(a, r, b.zeitraum), r)
        assert buchung.status == "bewilligt", buchung.befund
        assert buchung.befund["status"] == "erfuellt"
    budget = {row["jahr"]: row for row in reg.budget()}
    assert budget[2026]["gebunden"] == Decimal("1280000.00")
    assert budget[2026]["verbleibend"] == Decimal("40000.00")

    # the 17th would pass the 2026 budget: KIM-114 names committed, this notice, remaining
    b17 = bescheid(antraege[16], 17)
    buchung = reg.record_bescheid(b17, kimdocs.calculate_grant(antraege[16], r, b17.zeitraum), r)
    assert buchung.status == "abgelehnt" and not buchung.eingetragen
    assert buchung.befund["code"] == "KIM-114" and buchung.befund["status"] == "verletzt"
    meldung = buchung.befund["meldung"].replace("\u00a0", " ")
    for text in ("2026", "gebunden 1.280.000,00 EUR", "dieser Bescheid 80.000,00 EUR",
                 "Budget 1.320.000,00 EUR", "verbleibend 40.000,00 EUR", "nicht eingetragen"):
        assert text in meldung, meldung
    assert reg.budget()[1]["gebunden"] == Decimal("1280000.00")  # nothing booked

    # 12 of the 16 Jahresberichte 2026 arrive and are checked (report dicts of a real check)
    for ks, name, _ in anteile[:12]:
        e = reg.record_check(report_for(jahresbericht_bericht, name), kommune=ks,
                             eingang=date(2026, 12, 10), richtlinie=r)
        assert e.status == "neu" and e.kommune == name

    u = overview(reg, date(2026, 12, 16))
    faellig = u.faellige()
    assert [(p["kommune"], p["art"], p["jahr"], p["status"], p["tage_ueberfaellig"])
            for p in faellig] == sorted(
        [(name, "jahresbericht", 2026, "überfällig", 1) for _, name, _ in anteile[12:16]])
    zeilen = {z["kommune"]: z for z in u.zeilen}
    assert zeilen["Koblenz"]["zustand"] == "bewilligt"
    assert zeilen["Koblenz"]["bewilligt"] == {2026: Decimal("80000.00")}
    assert zeilen[anteile[15][1]]["zustand"] == "überfällig"
    assert zeilen[anteile[16][1]]["bescheid"] is None  # refused: applied, not granted
    assert zeilen[anteile[16][1]]["antrag"]["status"] == "geprüft"
    # a day before the deadline nothing is overdue; the report is "fällig"
    frueher = overview(reg, date(2026, 12, 14))
    assert {p["status"] for p in frueher.faellige()} == {"fällig"}

    # the command: text names the four, JSON carries them, XLSX holds those rows
    runner = CliRunner()
    res = runner.invoke(main, ["uebersicht", "--register", register_url,
                               "--stichtag", "16.12.2026"])
    assert res.exit_code == 1, res.output  # something is overdue
    text = res.output.replace("\u00a0", " ")
    assert "Fällig und überfällig (4):" in text
    for _, name, _ in anteile[12:16]:
        assert f"{name}: Jahresbericht 2026: überfällig seit 15.12.2026 (1 Tag)" in text
    assert "2026: gebunden 1.280.000,00 EUR von 1.320.000,00 EUR, verbleibend 40.000,00 EUR" \
        in text
    res = runner.invoke(main, ["uebersicht", "--register", register_url, "--stichtag",
                               "16.12.2026", "--format", "json"])
    data = json.loads(res.output)
    assert sorted(p["kommune"] for p in data["faellig"]) == sorted(n for _, n, _ in anteile[12:16])
    assert data["budget"][1]["gebunden"] == "1280000.00"
    out = tmp_path / "uebersicht.xlsx"
    res = runner.invoke(main, ["uebersicht", "--register", register_url, "--stichtag",
                               "16.12.2026", "--format", "xlsx", "-o", str(out)])
    assert res.exit_code == 1, res.output
    wb = openpyxl.load_workbook(out)
    rows = list(wb["Fällig"].iter_rows(min_row=2, values_only=True))
    assert sorted((row[0], row[2], row[3], row[5], row[6]) for row in rows) == sorted(
        (name, "Jahresbericht", 2026, "überfällig", 1) for _, name, _ in anteile[12:16])
    assert all(row[4].date() == date(2026, 12, 15) for row in rows)
    uebersicht = list(wb["Übersicht"].iter_rows(min_row=2, values_only=True))
    assert len(uebersicht) == 17
    assert wb["Budget"]["C3"].value == Decimal("1280000.00") or \
        Decimal(str(wb["Budget"]["C3"].value)) == Decimal("1280000.00")
    assert as_xlsx(u)[:2] == b"PK"


def test_same_file_once_corrected_file_supersedes(register_url, jahresbericht_bericht):  # noqa: F811
    reg = open_register(register_url)
    erste = report_for(jahresbericht_bericht, "Koblenz")
    erste["urteil"] = "maengel"
    erste["ergebnisse"] = [{"code": "KIM-110", "name": "fragebogen-beigefuegt",
                            "status": "verletzt", "schwere": "fehler", "klausel": "Nr. 5",
                            "meldung": "Der Fragebogen fehlt."}]
    e1 = reg.record_check(erste, kommune="07111", eingang=date(2026, 12, 1))
    assert reg.record_check(erste, kommune="07111").status == "bekannt"
    u = overview(reg, date(2026, 12, 2))
    assert [b["code"] for b in u.zeilen[0]["befunde"]] == ["KIM-110"]
    korrigiert = report_for(jahresbericht_bericht, "Koblenz korrigiert")
    e2 = reg.record_check(korrigiert, kommune="07111", eingang=date(2026, 12, 5))
    assert (e2.status, e2.ersetzt) == ("ersetzt", e1.dokument_id)
    u = overview(reg, date(2026, 12, 6))
    assert u.zeilen[0]["befunde"] == []  # the corrected one counts; the history stays
    with reg.lesen() as s:
        from kimdocs.register.models import Dokument, Ereignis

        alt = s.get(Dokument, e1.dokument_id)
        assert alt.ersetzt_durch_id == e2.dokument_id
        assert [x.was for x in s.query(Ereignis).order_by(Ereignis.id)] == [
            "geprueft", "ersetzt", "geprueft"]


def test_cli_records_where_the_work_happens(tmp_path):
    """`kimdocs erstellen bescheid` and `kimdocs pruefen` with --register (SQLite)."""
    url = str(tmp_path / "r.sqlite")
    runner = CliRunner()
    res = runner.invoke(main, ["erstellen", "bescheid", str(KOBLENZ / "bescheid.yaml"),
                               "-o", str(tmp_path / "aus"), "--register", url])
    assert res.exit_code == 0, res.output
    assert "Register: " in res.output and "eingetragen (86.666,67" in res.output
    res = runner.invoke(main, ["erstellen", "bescheid", str(KOBLENZ / "bescheid.yaml"),
                               "-o", str(tmp_path / "aus"), "--register", url, "--force"])
    assert "schon eingetragen" in res.output
    docx = next((tmp_path / "aus").glob("*.docx"))
    res = runner.invoke(main, ["pruefen", str(docx), "--register", url,
                               "--eingang", "01.12.2025"])
    assert "(Koblenz): eingetragen" in res.output
    reg = open_register(url)
    u = overview(reg, date(2026, 12, 16))
    z = u.zeilen[0]
    assert (z["kommune"], z["bewilligt"]) == ("Koblenz", {2025: Decimal("6666.67"),
                                                           2026: Decimal("80000.00")})
    # 2025 has one full month (December): the Bescheid has it reported with 2026
    # (jahresbericht_mindestmonate), so no Jahresbericht 2025 is due
    assert [(p["art"], p["jahr"], p["status"]) for p in z["pflichten"]] == [
        ("jahresbericht", 2026, "überfällig"), ("zwischennachweis", 2025, "überfällig"),
        ("verwendungsnachweis", None, "offen")]
    assert z["pflichten"][-1]["frist"] == date(2027, 6, 30)  # as the Bescheid names it
    assert z["pflichten"][1]["frist"] == date(2026, 4, 30)  # zwischennachweis_frist


def test_no_register_no_traceback(tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["uebersicht"], env={"KIMDOCS_REGISTER": ""})
    assert res.exit_code == 2
    assert "Kein Register angegeben" in res.output and "Traceback" not in res.output
    res = runner.invoke(main, ["uebersicht", "--register", str(tmp_path / "fehlt" / "r.db")])
    assert res.exit_code == 2 and "Ordner des Registers fehlt" in res.output
    res = runner.invoke(main, ["uebersicht", "--register",
                               "postgresql://kimdocs:geheim@127.0.0.1:1/x"])
    assert res.exit_code == 2 and "Register nicht erreichbar" in res.output
    assert "geheim" not in res.output
    res = runner.invoke(main, ["uebersicht", "--register", str(tmp_path / "r.db"),
                               "--stichtag", "31.02.2026"])
    assert res.exit_code == 2 and "kein Datum" in res.output


def test_archive_folder_keeps_a_copy_only_when_configured(tmp_path, monkeypatch):
    """`archiv = …` in kimdocs.toml: each recorded received file is copied there, named by its
    sha256, and the register notes where; the same file twice is one copy. Without it the
    register keeps no file (only facts and the hash)."""
    import hashlib

    from kimdocs.register.models import Dokument

    runner = CliRunner()
    res = runner.invoke(main, ["erstellen", "bescheid", str(KOBLENZ / "bescheid.yaml"),
                               "-o", str(tmp_path / "aus")])
    assert res.exit_code == 0, res.output
    docx = next((tmp_path / "aus").glob("*.docx"))
    sha = hashlib.sha256(docx.read_bytes()).hexdigest()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KIMDOCS_ARCHIV", raising=False)
    ohne = str(tmp_path / "ohne.sqlite")
    runner.invoke(main, ["pruefen", str(docx), "--register", ohne])
    with open_register(ohne).lesen() as s:
        assert [d.archiv for d in s.query(Dokument)] == [None]
    (tmp_path / "kimdocs.toml").write_text('archiv = "archiv"\n', encoding="utf-8")
    url = str(tmp_path / "r.sqlite")
    for _ in range(2):
        res = runner.invoke(main, ["pruefen", str(docx), "--register", url])
        assert "Traceback" not in res.output
    kopien = list((tmp_path / "archiv").rglob("*.docx"))
    assert [k.name for k in kopien] == [f"{sha}.docx"]
    assert kopien[0].read_bytes() == docx.read_bytes()
    with open_register(url).lesen() as s:
        assert [d.archiv for d in s.query(Dokument)] == [str(kopien[0].absolute())]


def test_a_received_zwischennachweis_is_recorded_as_one(tmp_path):
    """A Verwendungsnachweis the checker recognises as a Zwischennachweis is recorded as the
    Zwischennachweis of its year: that one is no longer due, the Verwendungsnachweis still is."""
    runner = CliRunner()
    url = str(tmp_path / "r.sqlite")
    res = runner.invoke(main, ["erstellen", "bescheid", str(KOBLENZ / "bescheid.yaml"),
                               "-o", str(tmp_path / "aus"), "--register", url])
    assert res.exit_code == 0, res.output
    beispiel = KOBLENZ.parent / "zwischennachweis" / "verwendungsnachweis.yaml"
    res = runner.invoke(main, ["erstellen", "verwendungsnachweis", str(beispiel),
                               "-o", str(tmp_path / "zn")])
    assert res.exit_code == 0, res.output
    docx = next((tmp_path / "zn").glob("Zwischennachweis_*.docx"))
    res = runner.invoke(main, ["pruefen", str(docx), "--register", url,
                               "--eingang", "20.04.2026", "--format", "json"])
    assert json.loads(res.stdout)["berichte"][0]["zwischennachweis_jahr"] == 2025
    z = overview(open_register(url), date(2026, 6, 1)).zeilen[0]
    stand = {(p["art"], p["jahr"]): p["status"] for p in z["pflichten"]}
    assert stand[("zwischennachweis", 2025)] not in ("fällig", "überfällig")
    assert stand[("verwendungsnachweis", None)] == "offen"


def test_the_register_reads_the_reports_fields_not_its_messages(jahresbericht_bericht):
    """The Kreisschlüssel and the Berichtsjahr come from the report's fields
    (`kreisschluessel`, `berichtsjahr`, issue 19); a message that names other ones is for
    people and changes nothing."""
    from kimdocs.register import facts as F

    r = kimdocs.load_guideline()
    doc = kimdocs.load_data(KOBLENZ / "antrag.yaml")
    antrag_bericht = kimdocs.check_bytes(kimdocs.render_document(doc, r), "a.docx").to_dict()
    assert antrag_bericht["kreisschluessel"] == "07111" and "berichtsjahr" not in antrag_bericht
    rep = jahresbericht_bericht
    assert rep["berichtsjahr"] == 2026 and "kreisschluessel" not in rep  # no KIM-101 there
    assert F.kind_and_year(rep, "jahresbericht") == ("jahresbericht", 2026)
    # the messages say Speyer and 2030: the fields still decide
    lies = json.loads(json.dumps(rep | {"kreisschluessel": "07111", "datei": "bericht.docx"}))
    for b in lies["ergebnisse"]:
        b["meldung"] = "Speyer (kreisfreie Stadt, 07318) ist antragsberechtigt. Frist 15.12.2030."
        b["name"] = "antragsteller-berechtigt" if b["code"] == "KIM-110" else b["name"]
    assert F.kommune_from_report(lies).name == "Koblenz"
    assert F.year_from_report(lies) == 2026
    # without the fields, a message alone names nothing
    for key in ("kreisschluessel", "berichtsjahr"):
        del lies[key]
    assert F.kommune_from_report(lies) is None and F.year_from_report(lies) is None
