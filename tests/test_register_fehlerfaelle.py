"""The register under load and faults, on SQLite and on PostgreSQL: eight processes book at
once against room for five; a process killed (SIGKILL) in the middle of a booking; a register
made by schema revision 1 upgraded with its data; export and import (JSON lines)."""

from __future__ import annotations

import multiprocessing
import os
import signal
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from register_hilfen import (
    KOMMUNEN,
    antrag,
    bescheid,
    guideline_with_budget,
    register_url,  # noqa: F401  (fixture)
)
from sqlalchemy import MetaData, func, select, text

import kimdocs
from kimdocs.cli import main
from kimdocs.register import RegisterError, open_register, store
from kimdocs.register.db import HEAD_REVISION, current_revision, head_revision, make_engine, migrate
from kimdocs.register.models import Base, Bewilligung, Dokument, Ereignis
from kimdocs.register.overview import overview
from kimdocs.register.schnell import record_checks
from kimdocs.register.transfer import export_lines, import_lines, reset_sequences

FORK = multiprocessing.get_context("fork")


def _issue(url: str, nr: int, budget: str, barrier, results) -> None:
    """One clerk: open the register (all at once, cold), then book a Bescheid (all at once)."""
    try:
        r = guideline_with_budget(jahr_2026=budget)
        a = antrag(*KOMMUNEN[nr])
        b = bescheid(a, nr + 1)
        berechnung = kimdocs.calculate_grant(a, r, b.zeitraum)
        reg = open_register(url)
        barrier.wait(30)
        buchung = reg.record_bescheid(b, berechnung, r)
        results.put((nr, buchung.status, buchung.befund["status"], buchung.befund["meldung"]))
    except BaseException as exc:  # the parent asserts on it
        results.put((nr, "fehler", repr(exc), ""))


def test_race_eight_clerks_room_for_five(register_url):  # noqa: F811
    budget = str(5 * 80000)
    barrier, results = FORK.Barrier(8), FORK.Queue()
    procs = [FORK.Process(target=_issue, args=(register_url, nr, budget, barrier, results))
             for nr in range(8)]
    for p in procs:
        p.start()
    got = sorted(results.get(timeout=90) for _ in procs)
    for p in procs:
        p.join(30)
    assert [g for g in got if g[1] == "fehler"] == []
    assert sum(g[1] == "bewilligt" for g in got) == 5
    refused = [g for g in got if g[1] == "abgelehnt"]
    assert len(refused) == 3
    assert all(g[2] == "verletzt" and "KIM-114" not in g[3] for g in refused)
    assert all("gebunden 400.000,00\u00a0EUR" in g[3] and "verbleibend 0,00\u00a0EUR" in g[3]
               for g in refused)
    reg = open_register(register_url)
    with reg.lesen() as s:  # nothing lost, nothing doubled
        assert s.scalar(select(func.count()).select_from(Dokument)) == 5
        assert s.scalar(select(func.count()).select_from(Bewilligung)) == 5
        assert s.scalar(select(func.sum(Bewilligung.gesamt))) == Decimal("400000.00")
        assert s.scalar(select(func.count()).where(Ereignis.was == "abgelehnt")) == 3
    assert reg.budget()[1]["verbleibend"] == Decimal("0.00")


def _killed_mid_booking(url: str, inside) -> None:
    r = guideline_with_budget()
    reg = open_register(url)

    def pause():
        inside.set()
        signal.pause()  # until SIGKILL

    store._zwischenschritt = pause
    a = antrag(*KOMMUNEN[1])
    b = bescheid(a, 2)
    reg.record_bescheid(b, kimdocs.calculate_grant(a, r, b.zeitraum), r)


def test_kill_during_booking_leaves_register_consistent(register_url):  # noqa: F811
    r = guideline_with_budget()
    reg = open_register(register_url)
    a0 = antrag(*KOMMUNEN[0])
    b0 = bescheid(a0, 1)
    assert reg.record_bescheid(b0, kimdocs.calculate_grant(a0, r, b0.zeitraum), r).status \
        == "bewilligt"
    inside = FORK.Event()
    child = FORK.Process(target=_killed_mid_booking, args=(register_url, inside))
    child.start()
    assert inside.wait(30), "Kindprozess kam nicht in die Buchung"
    os.kill(child.pid, signal.SIGKILL)  # the document row is written, its amounts not yet
    child.join(10)
    assert child.exitcode == -signal.SIGKILL

    with reg.lesen() as s:
        assert s.scalar(select(func.count()).select_from(Dokument)) == 1
        assert s.scalar(select(func.count()).select_from(Bewilligung)) == 1
        docs_without_amounts = s.scalar(select(func.count()).select_from(Dokument).where(
            Dokument.art == "bescheid", ~Dokument.id.in_(select(Bewilligung.dokument_id))))
        assert docs_without_amounts == 0
        if reg.dialect == "sqlite":
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    # the next run works, and the killed Bescheid is not "known": it was never booked
    a1 = antrag(*KOMMUNEN[1])
    b1 = bescheid(a1, 2)
    assert reg.record_bescheid(b1, kimdocs.calculate_grant(a1, r, b1.zeitraum), r).status \
        == "bewilligt"
    assert reg.budget()[1]["gebunden"] == Decimal("160000.00")


def test_revision_1_register_upgraded_with_its_data(register_url):  # noqa: F811
    engine = make_engine(register_url)
    migrate(engine, "0001")
    assert current_revision(engine) == "0001"
    meta = MetaData()
    with engine.begin() as conn:
        meta.reflect(conn)
        assert "archiv" not in meta.tables["dokument"].c
        t = meta.tables
        jetzt = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        conn.execute(t["programm"].insert(), [{"id": 1, "richtlinie": "kim-rlp-2025",
                                               "version": "1.0", "titel": "KIM"}])
        conn.execute(t["haushaltsjahr"].insert(), [
            {"id": 1, "programm_id": 1, "jahr": 2026, "budget": 300000000}])  # cents
        conn.execute(t["kommune"].insert(), [{"id": 1, "kreisschluessel": "07111",
                                              "name": "Koblenz", "art": "kreisfreie_stadt"}])
        conn.execute(t["vorgang"].insert(), [{"id": 1, "programm_id": 1, "kommune_id": 1,
                                              "beginn": date(2026, 1, 1),
                                              "ende": date(2026, 12, 31)}])
        conn.execute(t["dokument"].insert(), [{
            "id": 1, "programm_id": 1, "kommune_id": 1, "vorgang_id": 1, "art": "bescheid",
            "richtung": "ausgang", "datum": date(2025, 12, 1), "aktenzeichen": "3321-0001#1",
            "dateiname": "Bewilligungsbescheid_Koblenz_2026.docx", "sha256": "a" * 64,
            "befunde": [], "fakten": {"fristen": {"verwendungsnachweis": "2027-06-30"}},
            "zeitraum_beginn": date(2026, 1, 1), "zeitraum_ende": date(2026, 12, 31),
            "erfasst": jetzt}])
        conn.execute(t["bewilligung"].insert(), [{
            "id": 1, "dokument_id": 1, "vorgang_id": 1, "jahr": 2026,
            "personalkosten": 6000000, "sachkosten": 2000000, "gesamt": 8000000}])
        conn.execute(t["ereignis"].insert(), [{"id": 1, "zeit": jetzt, "wer": "alt",
                                               "was": "bewilligt", "text": "Bescheid",
                                               "dokument_id": 1, "vorgang_id": 1}])
        reset_sequences(conn)  # as rows made through the sequences would have left them
    engine.dispose()

    reg = open_register(register_url)  # upgrades to the newest revision
    assert current_revision(reg.engine) == HEAD_REVISION == head_revision()
    u = overview(reg, date(2026, 12, 16))
    assert [(z["kommune"], z["bewilligt"]) for z in u.zeilen] == [
        ("Koblenz", {2026: Decimal("80000.00")})]
    assert [p["status"] for p in u.zeilen[0]["pflichten"]] == ["überfällig", "offen"]
    with reg.lesen() as s:
        d = s.get(Dokument, 1)
        assert (d.archiv, d.sha256, d.erfasst.year) == (None, "a" * 64, 2026)
        assert s.get(Ereignis, 1).wer == "alt"
    # the old commitment counts for the next Bescheid, and new rows get new ids
    r = guideline_with_budget(jahr_2026="120000.00")
    a = antrag(*KOMMUNEN[1])
    b = bescheid(a, 2)
    buchung = reg.record_bescheid(b, kimdocs.calculate_grant(a, r, b.zeitraum), r)
    assert buchung.status == "abgelehnt"
    assert "gebunden 80.000,00\u00a0EUR" in buchung.befund["meldung"]


def test_models_are_what_the_migrations_build(register_url):  # noqa: F811
    reg = open_register(register_url)
    with reg.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def _filled(url: str) -> None:
    r = guideline_with_budget()
    reg = open_register(url)
    for nr in range(3):
        a = antrag(*KOMMUNEN[nr])
        reg.record_antrag(a, kimdocs.calculate_grant(a, r), r, eingang=date(2025, 10, 20))
        b = bescheid(a, nr + 1)
        reg.record_bescheid(b, kimdocs.calculate_grant(a, r, b.zeitraum), r)
    reg.record_receipt("07111", "jahresbericht", eingang=date(2026, 12, 1), sha256="b" * 64,
                       berichtsjahr=2026, richtlinie=r)
    reg.record_receipt("07111", "jahresbericht", eingang=date(2026, 12, 3), sha256="c" * 64,
                       berichtsjahr=2026, richtlinie=r)  # supersedes the first
    reg.close()


def test_export_import_moves_a_register(register_url, tmp_path):  # noqa: F811
    quelle = str(tmp_path / "quelle.sqlite")
    _filled(quelle)
    lines = list(export_lines(open_register(quelle)))
    assert len(lines) == 1 + 1 + 2 + 3 + 3 + 8 + 3 + 9  # head + rows of each table
    ziel = open_register(register_url)
    counts = import_lines(ziel, lines)
    assert counts["dokument"] == 8 and counts["bewilligung"] == 3
    tag = date(2026, 12, 16)
    assert overview(ziel, tag).to_dict() == overview(open_register(quelle), tag).to_dict()
    # ids go on after the imported ones
    a = antrag(*KOMMUNEN[5])
    r = guideline_with_budget()
    assert ziel.record_antrag(a, kimdocs.calculate_grant(a, r), r).dokument_id == 9
    with pytest.raises(RegisterError, match="nicht leer"):
        import_lines(ziel, lines)
    with pytest.raises(RegisterError, match="Zeile 2: kein gültiges JSON"):
        import_lines(open_register(str(tmp_path / "leer.sqlite")), [lines[0], "{kaputt"])


def test_export_import_commands(tmp_path):
    quelle, ziel = str(tmp_path / "q.sqlite"), str(tmp_path / "z.sqlite")
    _filled(quelle)
    runner = CliRunner()
    sicherung = tmp_path / "sicherung.jsonl"
    res = runner.invoke(main, ["register", "export", "--register", quelle, "-o", str(sicherung)])
    assert res.exit_code == 0, res.output
    assert sicherung.read_text(encoding="utf-8").startswith('{"format": "kimdocs-register"')
    res = runner.invoke(main, ["register", "import", str(sicherung), "--register", ziel])
    assert res.exit_code == 0 and "29 Zeilen eingelesen" in res.output, res.output
    res = runner.invoke(main, ["register", "import", str(tmp_path / "fehlt.jsonl"),
                               "--register", ziel])
    assert res.exit_code == 2 and "fehlt.jsonl: nicht lesbar (nicht gefunden)" in res.output


def test_fast_sqlite_path_writes_what_the_full_path_writes(tmp_path):
    """`kimdocs pruefen --register` into SQLite uses sqlite3 alone: the same rows as the
    SQLAlchemy path, for new, known, superseding and unassigned reports."""
    r = kimdocs.load_guideline()
    jetzt = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
    mangel = {"code": "KIM-110", "name": "fragebogen-beigefuegt", "status": "verletzt",
              "schwere": "fehler", "klausel": "Nr. 5", "meldung": "Fragebogen fehlt.",
              "fundstellen": [{"seite": 3, "text": "x"}]}
    frist = {"code": "KIM-109", "name": "jahresbericht-frist", "status": "erfuellt",
             "meldung": "Datum des Berichts 01.12.2026, Frist 15.12.2026."}
    berichte = [
        {"datei": "Jahresbericht_Koblenz_2026.pdf", "art": "jahresbericht", "sha256": "1" * 64,
         "groesse": 10, "urteil": "maengel", "richtlinie": r.id, "richtlinie_version": "1.0",
         "berichtsjahr": 2026, "ergebnisse": [frist, mangel]},
        {"datei": "Jahresbericht_Koblenz_2026.pdf", "art": "jahresbericht", "sha256": "1" * 64,
         "urteil": "maengel", "berichtsjahr": 2026, "ergebnisse": [frist, mangel]},
        {"datei": "Jahresbericht_Koblenz_2026_neu.pdf", "art": "jahresbericht",
         "sha256": "2" * 64, "urteil": "einreichungsfaehig", "berichtsjahr": 2026,
         "ergebnisse": [frist]},
        {"datei": "antrag.docx", "art": "antrag", "sha256": "3" * 64, "urteil": "maengel",
         "kreisschluessel": "07318",
         "ergebnisse": [{"code": "KIM-101", "name": "antragsteller-berechtigt",
                         "status": "erfuellt", "meldung": "Speyer (kreisfreie Stadt, 07318) "
                                                          "ist antragsberechtigt."}, mangel]},
        {"datei": "scan.pdf", "art": None, "sha256": "4" * 64, "urteil": "nicht_pruefbar",
         "ergebnisse": []}]
    voll, schnell = open_register(tmp_path / "voll.sqlite"), open_register(tmp_path / "s.sqlite")
    for reg in (voll, schnell):  # a Vorgang for Koblenz, so documents are assigned to it
        a = antrag(*KOMMUNEN[0])
        reg.record_antrag(a, kimdocs.calculate_grant(a, r), r, jetzt=jetzt)
    a_eintraege = [voll.record_check(b, richtlinie=r, eingang=date(2026, 12, 2), wer="t",
                                     jetzt=jetzt) for b in berichte]
    b_eintraege = record_checks(str(tmp_path / "s.sqlite"), berichte, richtlinie=r,
                                eingang=date(2026, 12, 2), wer="t", jetzt=jetzt)
    assert [e.status for e in a_eintraege] == ["neu", "bekannt", "ersetzt", "neu", "neu"]
    assert a_eintraege == b_eintraege
    assert list(export_lines(voll)) == list(export_lines(schnell))
    assert record_checks(str(tmp_path / "fehlt.sqlite"), berichte, richtlinie=r) is None
