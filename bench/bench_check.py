"""Benchmark of the checker: what the rules add to reading, and batches on all cores.

    python bench/bench_check.py [--runs 5]

A 10-page Jahresbericht (all required parts, tables with amounts) as DOCX and as PDF from
LibreOffice. Times, median of several runs:
  lesen        read_document_unsandboxed (the Document with figures)
  lesen+regeln the same plus check_document (every rule of kim-rlp-2025)
  36 Berichte  check_files over 36 copies (each read in its own child process), with 1 worker
               and with one worker per core.
Writes its section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def ten_pages() -> list[dict]:
    from dokumente import JAHRESBERICHT

    filler = ("Im Berichtsjahr wurden Netzwerktreffen mit Trägern der Migrationsberatung, den "
              "Sprachkursträgern und der Ausländerbehörde durchgeführt. ") * 7
    out = []
    for item in JAHRESBERICHT:
        out.append(item)
        if "h1" in item and not item["h1"].startswith(("Jahresbericht", "Anlagen")):
            out += [{"p": filler}] * 3
    return out


def median_time(func, runs: int) -> float:
    func()  # warm up: imports, caches
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        func()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def fresh_check(document, richtlinie):
    """check_document without the help of caches filled by earlier runs (fair timing)."""
    from kimdocs import sections
    from kimdocs.checker import check_document

    for cached in (sections.normalize, sections.similar, sections._words):
        cached.cache_clear()
    return check_document(document, richtlinie=richtlinie)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from dokumente import to_pdf, write_docx

    from bench.results import machine, write_section
    from kimdocs.checker import check_document, check_files
    from kimdocs.guideline import load_guideline
    from kimdocs.readers import read_document_unsandboxed

    r = load_guideline()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docx = write_docx(ten_pages(), tmp / "bericht.docx")
        pdf = to_pdf([docx], tmp)[0]
        pages = read_document_unsandboxed(pdf).pages
        rows = []
        for path in (pdf, docx):
            read = median_time(lambda p=path: read_document_unsandboxed(p), args.runs)
            both = median_time(lambda p=path: fresh_check(read_document_unsandboxed(p), r),
                               args.runs)
            verdict = check_document(read_document_unsandboxed(path), richtlinie=r).urteil
            rows.append(f"| {path.suffix[1:].upper()} ({pages} Seiten im PDF) | {read:.3f} | "
                        f"{both:.3f} | {100 * (both - read) / read:+.0f} % | {verdict} |")
        folder = tmp / "eingang"
        folder.mkdir()
        for i in range(36):
            shutil.copy(pdf if i % 2 else docx, folder / f"bericht_{i:02d}{(pdf if i % 2 else docx).suffix}")
        cores = os.cpu_count() or 1
        serial = median_time(lambda: check_files([folder], richtlinie=r, jobs=1), max(1, args.runs // 2))
        parallel = median_time(lambda: check_files([folder], richtlinie=r, jobs=cores),
                               max(1, args.runs // 2))

    write_section("bench_check", f"""
## Prüfen (kimdocs.checker)

{machine()} Befehl: `python bench/bench_check.py --runs {args.runs}`.

Ein Jahresbericht von rund 10 Seiten mit allen Pflichtabschnitten; Sekunden, Median von {args.runs} Läufen.

| Datei | nur lesen | lesen + alle Regeln | Aufschlag der Regeln | Urteil |
|---|---:|---:|---:|---|
{chr(10).join(rows)}

36 Berichte (18 PDF, 18 DOCX) als Stapel über `check_files`, jede Datei in ihrem eigenen
Kindprozess gelesen (Zeitlimit, Speichergrenze):

| Arbeiter | Sekunden | Berichte pro Sekunde |
|---:|---:|---:|
| 1 | {serial:.2f} | {36 / serial:.1f} |
| {cores} | {parallel:.2f} | {36 / parallel:.1f} |

Beschleunigung mit {cores} Kernen: {serial / parallel:.2f}-fach (ideal {cores}-fach).
Ziele: Regeln < 20 % Aufschlag auf das Lesen; der Stapel skaliert nahezu linear mit den Kernen.
""")
    print((ROOT / "bench" / "RESULTS.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
