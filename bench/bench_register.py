"""Benchmark of the register (issue 22), both measurements in the same run:

    python bench/bench_register.py [--runs 7] [--postgresql URL|auto]

1. What recording adds to `kimdocs pruefen` of a 10-page PDF (the generated Jahresbericht of
   bench_check.py): the command as a user runs it, without and with `--register` (an SQLite
   file made beforehand, one per run, so each run really writes a new entry), alternating,
   median wall and CPU time. Goal: at most 5 % more.
2. The overview of 1,000 Vorgänge (the size of the Baden-Württemberg programme: about 1,000
   Integrationsmanager) against reading the same rows with one SELECT: median of the runs,
   alternating. Goal: at most 3 ×.
Writes its section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_check import page, report, timed  # noqa: E402
from dokumente import to_pdf, write_docx  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from results import machine, write_section  # noqa: E402
from sqlalchemy import select  # noqa: E402

from kimdocs.register import open_register  # noqa: E402
from kimdocs.register.models import (  # noqa: E402
    Bewilligung,
    Dokument,
    Haushaltsjahr,
    Kommune,
    Programm,
    Vorgang,
)
from kimdocs.register.overview import overview  # noqa: E402

VORGAENGE = 1000


def recording_overhead(runs: int, tmp: Path) -> dict:
    # report(16) holds 9 pages; one more generated page makes the 10
    pdf = to_pdf([write_docx(report(16) + page(1000), tmp / "bericht.docx")], tmp)[0]
    pages = len(PdfReader(pdf).pages)
    registers = []
    for i in range(runs + 1):
        path = tmp / f"register_{i}.sqlite"
        reg = open_register(path)  # made, migrated and in use beforehand, as in daily use
        reg.record_check({"datei": "vorher.pdf", "art": "antrag", "sha256": f"{i:064d}",
                          "richtlinie": "kim-rlp-2025", "urteil": "maengel", "ergebnisse": []})
        reg.close()
        registers.append(path)
    cli = [sys.executable, "-m", "kimdocs", "pruefen", str(pdf)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    os.environ.update(env)
    timed(cli)  # warm the disk cache
    timed([*cli, "--register", str(registers[-1])])
    ohne, mit = [], []
    for i in range(runs):
        ohne.append(timed(cli))
        mit.append(timed([*cli, "--register", str(registers[i])]))
    for path in registers[:runs]:  # each run recorded its entry
        with open_register(path).lesen() as s:
            assert len(s.scalars(select(Dokument.id)).all()) == 2, path
    wall = (statistics.median(w for w, _ in ohne), statistics.median(w for w, _ in mit))
    cpu = (statistics.median(c for _, c in ohne), statistics.median(c for _, c in mit))
    return {"seiten": pages, "wall": wall, "cpu": cpu}


def fill(url: str) -> None:
    """1,000 Vorgänge: Antrag, Bescheid over 2025/2026, and for 700 a Jahresbericht."""
    reg = open_register(url)
    jetzt = datetime(2026, 1, 1, tzinfo=UTC)

    def work(s):
        p = Programm(richtlinie="kim-rlp-2025", version="1.0", titel="Bench")
        s.add(p)
        s.flush()
        s.add_all([Haushaltsjahr(programm_id=p.id, jahr=2025, budget=Decimal("1.5e8")),
                   Haushaltsjahr(programm_id=p.id, jahr=2026, budget=Decimal("1.5e8"))])
        kommunen = [Kommune(kreisschluessel=f"B{i:04d}", name=f"Kommune {i:04d}",
                            art="landkreis") for i in range(VORGAENGE)]
        s.add_all(kommunen)
        s.flush()
        vorgaenge = [Vorgang(programm_id=p.id, kommune_id=k.id, beginn=date(2025, 12, 1),
                             ende=date(2026, 12, 31)) for k in kommunen]
        s.add_all(vorgaenge)
        s.flush()
        docs = []
        for i, (k, v) in enumerate(zip(kommunen, vorgaenge, strict=True)):
            common = {"programm_id": p.id, "kommune_id": k.id, "vorgang_id": v.id,
                      "erfasst": jetzt, "befunde": [], "fakten": {}}
            docs.append(Dokument(art="antrag", richtung="eingang", datum=date(2025, 10, 1),
                                 eingang=date(2025, 10, 3), sha256=f"a{i:063d}",
                                 urteil="einreichungsfaehig", **common))
            docs.append(Dokument(art="bescheid", richtung="ausgang", datum=date(2025, 11, 20),
                                 aktenzeichen=f"3321-0001#2025/{i:04d}-0701",
                                 sha256=f"b{i:063d}", zeitraum_beginn=date(2025, 12, 1),
                                 zeitraum_ende=date(2026, 12, 31), **{
                                     **common, "fakten": {"fristen": {
                                         "verwendungsnachweis": "2027-06-30"}}}))
            if i % 10 < 7:
                docs.append(Dokument(art="jahresbericht", richtung="eingang", berichtsjahr=2026,
                                     eingang=date(2026, 12, 1), sha256=f"j{i:063d}",
                                     urteil="maengel" if i % 10 == 0 else "einreichungsfaehig",
                                     **common))
        s.add_all(docs)
        s.flush()
        s.add_all([Bewilligung(dokument_id=d.id, vorgang_id=d.vorgang_id, jahr=jahr,
                               personalkosten=Decimal(pk), sachkosten=Decimal(sk),
                               gesamt=Decimal(pk) + Decimal(sk))
                   for d in docs if d.art == "bescheid"
                   for jahr, pk, sk in ((2025, "5000.00", "1666.67"),
                                        (2026, "60000.00", "20000.00"))])

    reg.schreiben(work)
    reg.close()


def one_select(reg) -> int:
    """The same rows the overview reads, with one SELECT (documents with Kommune, Vorgang and
    amounts), fetched into Python."""
    q = (select(Dokument.id, Dokument.art, Dokument.richtung, Dokument.datum, Dokument.eingang,
                Dokument.aktenzeichen, Dokument.urteil, Dokument.berichtsjahr,
                Dokument.zeitraum_beginn, Dokument.zeitraum_ende, Dokument.fakten,
                Dokument.befunde, Dokument.dateiname, Kommune.name, Kommune.kreisschluessel,
                Vorgang.beginn, Vorgang.ende, Bewilligung.jahr, Bewilligung.gesamt)
         .join(Kommune, Kommune.id == Dokument.kommune_id)
         .join(Vorgang, Vorgang.id == Dokument.vorgang_id)
         .outerjoin(Bewilligung, Bewilligung.dokument_id == Dokument.id)
         .where(Dokument.ersetzt_durch_id.is_(None)))
    with reg.lesen() as s:
        return len(s.execute(q).all())


def overview_against_select(url: str, runs: int) -> dict:
    fill(url)
    reg = open_register(url)
    stichtag = date(2026, 12, 16)
    u = overview(reg, stichtag)
    assert len(u.zeilen) == VORGAENGE
    assert sum(p["art"] == "jahresbericht" and p["jahr"] == 2026 for p in u.faellige()) == 300
    one_select(reg)
    t_over, t_sel = [], []
    for _ in range(runs):
        t = time.perf_counter()
        overview(reg, stichtag)
        t_over.append(time.perf_counter() - t)
        t = time.perf_counter()
        rows = one_select(reg)
        t_sel.append(time.perf_counter() - t)
    return {"zeilen": rows, "overview": statistics.median(t_over),
            "select": statistics.median(t_sel), "dialect": reg.dialect}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--postgresql", metavar="URL",
                        help="auch die Übersicht auf diesem (leeren) PostgreSQL-Register messen; "
                             "„auto“: ein Wegwerf-Cluster wie in den Tests")
    parser.add_argument("--nicht-schreiben", action="store_true",
                        help="bench/RESULTS.md nicht ändern")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kimdocs-bench-register-") as name:
        tmp = Path(name)
        rec = recording_overhead(args.runs, tmp)
        views = [overview_against_select(str(tmp / "gross.sqlite"), args.runs)]
        if args.postgresql:
            url = args.postgresql
            if url == "auto":
                from register_hilfen import cluster

                url = cluster().new_database()
            views.append(overview_against_select(url, args.runs))
    (w0, w1), (c0, c1) = rec["wall"], rec["cpu"]
    befehl = f"python bench/bench_register.py --runs {args.runs}" + (
        " --postgresql auto" if args.postgresql == "auto" else "")
    lines = [
        "## Register (issue 22)", "",
        f"`{befehl}` – {machine()}", "",
        (f"**Eintragen beim Prüfen:** `kimdocs pruefen` einer PDF mit {rec['seiten']} Seiten "
         "(erzeugter Jahresbericht), ohne und mit `--register` (je Lauf ein eigenes SQLite-"
         "Register, vorher angelegt und mit einem Eintrag in Gebrauch, also ein neuer Eintrag "
         f"je Lauf), abwechselnd, Median aus {args.runs} Läufen:"), "",
        "| | ohne Register | mit Register | Mehraufwand |", "|---|---|---|---|",
        f"| Wanduhr | {w0:.3f} s | {w1:.3f} s | {100 * (w1 / w0 - 1):+.1f} % |",
        f"| CPU-Zeit | {c0:.3f} s | {c1:.3f} s | {100 * (c1 / c0 - 1):+.1f} % |", "",
        (f"**Übersicht von {VORGAENGE} Vorgängen** (Antrag, Bescheid über 2025/2026, 700 "
         "Jahresberichte) gegen einen SELECT derselben Zeilen, Median aus "
         f"{args.runs} Läufen:"), "",
        "| Datenbank | Zeilen | ein SELECT | Übersicht | Verhältnis |", "|---|---|---|---|---|"]
    for v in views:
        lines.append(f"| {v['dialect']} | {v['zeilen']} | {v['select'] * 1000:.0f} ms | "
                     f"{v['overview'] * 1000:.0f} ms | {v['overview'] / v['select']:.2f} × |")
    lines += ["", "Ziele: Eintragen höchstens 5 % mehr; Übersicht höchstens 3 × der SELECT."]
    text = "\n".join(lines)
    print(text)
    if not args.nicht_schreiben:
        write_section("register", text)


if __name__ == "__main__":
    main()
