"""Benchmark of the marked copies (kimdocs.annotate, `pruefen --markieren`).

    python bench/bench_annotate.py [--runs 5]

The 10-page Jahresbericht of bench_check with two defects (Sachkosten over the cap, a section
missing) as DOCX, ODT and PDF (LibreOffice). Times, median of several runs:
  prüfen     check_file (read in the sandbox + every rule)
  markieren  annotate (the same file read again in the sandbox, marked, written atomically)
  erneut     annotate of the marked copy itself (the user works on in it and checks it again):
             kimdocs's earlier notes taken out, the new ones put in
Writes its section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from dokumente import replace_cell, without, write_docx

    from bench.bench_check import median_time
    from bench.bench_check import report as jahresbericht
    from bench.results import machine, write_section
    from kimdocs.annotate import annotate
    from kimdocs.check import check_file
    from kimdocs.generate.libreoffice import find_soffice

    outline = replace_cell(without(jahresbericht(10), "Interkommunale"), "17.850,40 EUR",
                           "24.000,00 EUR")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docx = write_docx(outline, tmp / "bericht.docx")
        for fmt in ("odt", "pdf"):
            subprocess.run([find_soffice(), f"-env:UserInstallation={(tmp / 'lo').as_uri()}",
                            "--headless", "--convert-to", fmt, "--outdir", str(tmp), str(docx)],
                           check=True, capture_output=True, timeout=300)
        for path in (docx, tmp / "bericht.odt", tmp / "bericht.pdf"):
            report = check_file(path)
            out = tmp / f"bericht.geprueft{path.suffix}"
            check, _ = median_time(lambda p=path: check_file(p), args.runs)
            mark, _ = median_time(lambda p=path, b=report, o=out: annotate(p, b, o),
                                  args.runs)
            marked = tmp / f"bericht.markiert{path.suffix}"
            marked.write_bytes(out.read_bytes())
            again = tmp / f"bericht.markiert.geprueft{path.suffix}"
            marked_report = check_file(marked)
            remark, _ = median_time(lambda m=marked, b=marked_report, o=again:
                                    annotate(m, b, o), args.runs)
            marks = sum(len(b.fundstellen) for b in report.ergebnisse if b.verletzt)
            rows.append(f"| {path.suffix[1:].upper()} | {check:.3f} | {mark:.3f} | {remark:.3f} "
                        f"| {marks} | {report.urteil} |")

    load = os.getloadavg()[0]
    write_section("bench_annotate", f"""
## Markierte Kopien (kimdocs.annotate, `pruefen --markieren`)

{machine()} Befehl: `python bench/bench_annotate.py --runs {args.runs}`.
Systemlast beim Messen (load average, 1 min): {load:.1f}.

Der Jahresbericht von rund 10 Seiten aus bench_check mit zwei Mängeln (Sachkosten über dem
Höchstbetrag, ein Abschnitt fehlt, dazu die Summe); Sekunden, Median von {args.runs} Läufen.

| Datei | prüfen | markierte Kopie schreiben | die Kopie erneut markieren | markierte Stellen | Urteil |
|---|---:|---:|---:|---:|---|
{chr(10).join(rows)}

Die Kopie liest die Datei im Kindprozess ein zweites Mal (Zeit- und Speichergrenze wie beim
Prüfen); das kostet etwa so viel wie das Lesen beim Prüfen. „Erneut markieren“: die markierte
Kopie selbst wird wieder markiert (wer in ihr weiterarbeitet); die früheren Anmerkungen von
kimdocs werden dabei entfernt und ersetzt, die eines Menschen bleiben.
""")
    print((ROOT / "bench" / "RESULTS.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
