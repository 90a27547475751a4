"""Benchmark of the checker: what the rules add to reading, at 10, 100 and 300 pages, the
whole `kimdocs pruefen` against `pdftotext`, and batches on all cores.

    python bench/bench_check.py [--runs 5]

A generated Jahresbericht (all required parts; every page with a subheading, prose with
dates and amounts, and a small table) as PDF from LibreOffice, at about 10, 100 and 300
pages. All measured in the same run:
  lesen          read_document_unsandboxed (the Document with figures): least CPU time
  Regeln         check_document on the read Document (facts once, every rule of
                 kim-rlp-2025), caches emptied before each run (not timed): least CPU time
  kimdocs pruefen  the command line tool as a user runs it (new Python, sandboxed read):
                 median wall and CPU time, alternating with
  pdftotext      poppler's pdftotext on the same file (the yardstick for reading at all)
  36 Berichte    check_files over 36 copies of the 10-page report (each read in its own
                 child process), with 1 worker and with one worker per core.
Goals: the rules at most 20 % of the reading time at every size; `kimdocs pruefen` of the
300-page PDF at most 5 × pdftotext. Writes its section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

SIZES = (10, 100, 300)
FILLER = ("Im Berichtsjahr wurden Netzwerktreffen mit Trägern der Migrationsberatung, den "
          "Sprachkursträgern und der Ausländerbehörde durchgeführt. ") * 3


def page(n: int) -> list[dict]:
    """About one page of a report: a subheading, prose with a date and an amount, a table."""
    return [
        {"h2": f"Maßnahme {n}"},
        {"p": f"Am {1 + n % 28:02d}.{1 + n % 12:02d}.2026 fand das Treffen Nr. {n} statt. " + FILLER},
        {"p": f"Für Dolmetschleistungen wurden dabei {100 + n % 50},00 EUR aus Eigenmitteln "
              "getragen. " + FILLER},
        {"tabelle": [["Termin", "Teilnehmende", "Ort"],
                     [f"{1 + n % 28:02d}.{1 + n % 12:02d}.2026", str(10 + n % 30), "Rathaus"],
                     [f"{1 + (n + 7) % 28:02d}.{1 + n % 12:02d}.2026", str(12 + n % 20), "Bürgerhaus"]]},
        {"p": FILLER},
    ]


def _parts() -> list[int]:
    from dokumente import JAHRESBERICHT

    return [i for i, item in enumerate(JAHRESBERICHT) if "h1" in item
            and not item["h1"].startswith(("Jahresbericht", "Anlagen", "1.", "8."))]


def units(wanted: int) -> int:
    """How many generated pages `report(wanted)` really holds (whole pages per part)."""
    return (wanted // len(_parts())) * len(_parts())


def report(wanted: int) -> list[dict]:
    """The Jahresbericht of tests/dokumente.py with about `wanted` generated pages of text
    spread over its parts."""
    from dokumente import JAHRESBERICHT

    parts = _parts()
    per_part = wanted // len(parts)
    out, n = [], 0
    for i, item in enumerate(JAHRESBERICHT):
        out.append(item)
        if i in parts:
            for _ in range(per_part):
                n += 1
                out += page(n)
    return out


def median_time(func, runs: int) -> tuple[float, object]:
    result = func()  # warm up: imports, caches
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def best_cpu_time(func, runs: int, setup=None) -> tuple[float, object]:
    """The least CPU time of `runs` runs in this process (after a warm-up): for the share
    of the rules in the reading time, the estimate least moved by other work on the
    machine (as timeit takes the minimum). `setup` runs before each run, not timed."""
    if setup:
        setup()
    result = func()
    times = []
    for _ in range(runs):
        if setup:
            setup()
        t = time.process_time()
        result = func()
        times.append(time.process_time() - t)
    return min(times), result


def empty_caches() -> None:
    """Every lru_cache of facts, rules and checker emptied, as in a new process: the next
    check_document gets no help from the runs before it (fair timing). Not part of the
    time measured: looking for the caches through all modules is the benchmark's work."""
    for name, module in list(sys.modules.items()):
        if name.startswith(("kimdocs.facts", "kimdocs.rules", "kimdocs.check")):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def run(command: list[str]) -> float:
    """Run a command; returns the CPU seconds (user + system) it and its children used: a
    second yardstick beside wall time, less moved by other work on a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of a command."""
    t = time.perf_counter()
    cpu = run(command)
    return time.perf_counter() - t, cpu


def median_run(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall and median CPU seconds of `runs` runs of a command (after one warm-up)."""
    run(command)
    walls, cpus = zip(*(timed(command) for _ in range(runs)))
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from dokumente import to_pdf, write_docx

    from bench.results import machine, write_section
    from kimdocs.check import check_document, check_files
    from kimdocs.readers import read_document_unsandboxed
    from kimdocs.rules import load_guideline

    r = load_guideline()
    kimdocs_cli = [sys.executable, "-m", "kimdocs", "pruefen"]
    rows, limits = [], []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # calibrate: how many generated pages of text make one PDF page
        base = to_pdf([write_docx(report(0), tmp / "basis.docx")], tmp)[0]
        probe = to_pdf([write_docx(report(40), tmp / "probe.docx")], tmp)[0]
        grown = read_document_unsandboxed(probe).pages - read_document_unsandboxed(base).pages
        units_per_page = units(40) / max(1, grown)
        files = {}
        for size in SIZES:
            docx = write_docx(report(round((size - 2) * units_per_page)),
                              tmp / f"bericht_{size}.docx")
            files[size] = to_pdf([docx], tmp)[0]
        for size, pdf in files.items():
            runs = args.runs if size < 300 else max(3, args.runs // 2)
            # more runs where a run is short: the least time of many is the steady one
            tries = max(2 * runs, 300 // size)
            read, document = best_cpu_time(lambda p=pdf: read_document_unsandboxed(p), tries)
            rules, verdict = best_cpu_time(
                lambda d=document: check_document(d, richtlinie=r), tries, setup=empty_caches)
            # the tool and its yardstick alternate, so both see the same load
            tool, yardstick = [*kimdocs_cli, str(pdf)], ["pdftotext", str(pdf), "-"]
            run(tool), run(yardstick)  # warm-up: page cache, Python's bytecode cache
            cli_runs, ref_runs = [], []
            for _ in range(runs):
                cli_runs.append(timed(tool))
                ref_runs.append(timed(yardstick))
            cli, cli_cpu = (statistics.median(x) for x in zip(*cli_runs))
            pdftotext, ref_cpu = (statistics.median(x) for x in zip(*ref_runs))
            share = 100 * rules / read
            rows.append(f"| {document.pages} | {len(document.blocks)} | {len(document.figures)} | "
                        f"{read:.3f} | {rules:.3f} | {share:.0f} % | {cli:.2f} | {pdftotext:.3f} | "
                        f"{cli / pdftotext:.1f} | {cli_cpu / ref_cpu:.1f} | {verdict.urteil} |")
            limits.append((document.pages, share, cli / pdftotext, cli_cpu / ref_cpu))
        folder = tmp / "eingang"
        folder.mkdir()
        ten_docx = tmp / "bericht_10.docx"
        for i in range(36):
            source = files[10] if i % 2 else ten_docx
            shutil.copy(source, folder / f"bericht_{i:02d}{source.suffix}")
        cores = os.cpu_count() or 1
        batch_runs = max(1, args.runs // 2)
        serial, _ = median_time(lambda: check_files([folder], richtlinie=r, jobs=1), batch_runs)
        parallel, _ = median_time(lambda: check_files([folder], richtlinie=r, jobs=cores),
                                  batch_runs)
        # as a user runs it: a new process that imports the readers once, then forks per file
        folder_cli, folder_cpu = median_run([*kimdocs_cli, str(folder)], batch_runs)

    worst_share = max(s for _, s, _, _ in limits)
    _, _, big, big_cpu = max(limits)  # the largest document
    write_section("bench_check", f"""
## Prüfen (kimdocs.check.checker): Fakten einmal lesen, Regeln darauf

{machine()} Befehl: `python bench/bench_check.py --runs {args.runs}`.
Last (loadavg 1/5/15 min) am Ende: {", ".join(f"{x:.2f}" for x in os.getloadavg())}; bei
Last neben 2 Kernen schwanken die Wanduhr-Zeiten (`kimdocs pruefen`, Stapel) stark, die
kleinsten CPU-Zeiten von „lesen“ und „Regeln“ wenig.

Ein erzeugter Jahresbericht mit allen Pflichtabschnitten; jede Seite mit Zwischenüberschrift,
Absätzen mit Datum und Betrag und einer kleinen Tabelle; PDF von LibreOffice. Sekunden, alles
im selben Lauf gemessen: „lesen“ und „Regeln“ als kleinste CPU-Zeit aus mindestens
{2 * args.runs} Läufen im selben Prozess (bei 10 Seiten 30); `kimdocs pruefen` und `pdftotext` als
Median von {args.runs} Läufen (300 Seiten: {max(3, args.runs // 2)}), abwechselnd gestartet.
„Regeln“ = `check_document` auf dem gelesenen Dokument (Fakten in einem Durchgang, dann jede
Regel von kim-rlp-2025; die Zwischenspeicher vor jedem Lauf geleert, ungemessen);
„kimdocs pruefen“ = das Kommandozeilenwerkzeug als neuer Prozess
(Python-Start, Lesen im Kindprozess, Regeln, Bericht); `pdftotext` = poppler auf derselben Datei.

| Seiten | Blöcke | Zahlen | lesen | Regeln | Regeln/lesen | kimdocs pruefen | pdftotext | pruefen/pdftotext | dito CPU-Zeit | Urteil |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
{chr(10).join(rows)}

Ziele: Regeln höchstens 20 % der Lesezeit bei jeder Größe (gemessen: höchstens {worst_share:.0f} %);
`kimdocs pruefen` der größten PDF höchstens 5 × `pdftotext` (gemessen: {big:.1f} × Wanduhr,
{big_cpu:.1f} × CPU-Zeit). `kimdocs pruefen` und `pdftotext` laufen abwechselnd; die CPU-Zeit
(Benutzer + System, mit Kindprozessen) schwankt weniger mit der Last anderer Prozesse.

36 Berichte (18 PDF, 18 DOCX, je rund 10 Seiten) als Stapel über `check_files`, jede Datei in
ihrem eigenen Kindprozess gelesen (Zeitlimit, Speichergrenze):

| Arbeiter | Sekunden | Berichte pro Sekunde |
|---:|---:|---:|
| 1 | {serial:.2f} | {36 / serial:.1f} |
| {cores} | {parallel:.2f} | {36 / parallel:.1f} |

Beschleunigung mit {cores} Kernen: {serial / parallel:.2f}-fach (ideal {cores}-fach).
Derselbe Ordner mit `kimdocs pruefen ORDNER` (neuer Prozess, liest die Leser-Bibliotheken
einmal vor dem Aufteilen): {folder_cli:.2f} s, CPU-Zeit {folder_cpu:.2f} s.
""")
    print((ROOT / "bench" / "RESULTS.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
