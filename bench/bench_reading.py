"""Benchmark of the readers: seconds per page and peak memory.

    python bench/bench_reading.py [--runs 5]      (writes its section of bench/RESULTS.md)

Makes a 10-page and a 100-page document (headings, paragraphs with amounts, a ruled table on
every page) with python-docx, converts them once with LibreOffice, then times
  kimdocs   read_document_unsandboxed (full Document: outline, tables, figures)
  sandboxed read_document (the same in a child process with limits)
  pdfplumber  bare extract_text per page (page.close() after each)
  pdftotext   poppler, whole file to stdout
and the DOCX reader. Each figure is the median of several runs in this process; peak memory
(max RSS) is measured in a fresh interpreter per reader, so imports are included.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_docx(path: Path, pages: int) -> None:
    import docx
    from docx.shared import Mm

    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.header.paragraphs[0].text = "Jahresbericht 2026 – Kommunales Integrationsmanagement"
    sentence = (
        "Im Berichtsjahr wurden Netzwerktreffen mit Trägern der Migrationsberatung, "
        "den Sprachkursträgern und der Ausländerbehörde durchgeführt. "
    )
    for n in range(1, pages + 1):
        d.add_heading(f"{n}. Abschnitt {n}", 1)
        d.add_paragraph(sentence * 3 + f"Die Sachkosten betrugen {n}.000,00 EUR.")
        d.add_heading(f"{n}.1 Mittelverwendung", 2)
        t = d.add_table(rows=4, cols=3)
        t.style = "Table Grid"
        for r, row in enumerate(
            [
                ["Posten", "Bewilligt", "Verausgabt"],
                ["Personalkosten", "60.000,00 €", "55.000,00 €"],
                ["Sachkosten", "20.000,00 €", "18.500,00 €"],
                ["Summe", "80.000,00 €", "73.500,00 €"],
            ]
        ):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        d.add_paragraph(sentence * 4)
        if n < pages:
            d.add_page_break()
    d.save(path)


def convert(files: list[Path], outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                *map(str, files),
            ],
            check=True,
            capture_output=True,
            timeout=600,
            start_new_session=True,
        )


def median_time(fn, runs: int) -> float:
    fn()  # warm up: imports, page cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def kimdocs_read(path):
    from kimdocs.readers import read_document_unsandboxed

    return read_document_unsandboxed(path)


def kimdocs_sandboxed(path):
    from kimdocs.readers import read_document

    return read_document(path)


def plumber_text(path):
    import pdfplumber

    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            out.append(page.extract_text())
            page.close()
    return out


def pdftotext(path):
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True
    ).stdout


READERS = {
    "kimdocs": kimdocs_read,
    "kimdocs (Sandbox)": kimdocs_sandboxed,
    "pdfplumber extract_text": plumber_text,
    "pdftotext": pdftotext,
}

_PEAK = """
import resource, sys
sys.path.insert(0, {root!r})
sys.argv = ["x"]
import bench_reading as b
b.READERS[{name!r}]({path!r})
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_mb(name: str, path: Path) -> float:
    """Max RSS of a fresh interpreter running one reader (the sandbox child counted too)."""
    code = _PEAK.format(root=str(Path(__file__).parent), name=name, path=str(path))
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import pdfplumber
    import pypdfium2

    work = Path(tempfile.mkdtemp(prefix="kimdocs-bench-"))
    docs = {}
    for pages in (10, 100):
        docs[pages] = work / f"bericht_{pages}.docx"
        make_docx(docs[pages], pages)
    convert(list(docs.values()), work)
    pdfs = {}
    for pages, d in docs.items():
        pdfs[pages] = d.with_suffix(".pdf")

    from kimdocs.readers import read_document_unsandboxed

    rows = []
    for pages, pdf in pdfs.items():
        real_pages = read_document_unsandboxed(pdf).pages
        for name, fn in READERS.items():
            t = median_time(
                lambda fn=fn, pdf=pdf: fn(pdf),
                args.runs if pages == 10 or name != "pdfplumber extract_text" else 3,
            )
            rows.append(("PDF", real_pages, name, t, t / real_pages, peak_mb(name, pdf)))
            print(rows[-1], flush=True)
    for pages, d in docs.items():
        real_pages = read_document_unsandboxed(pdfs[pages]).pages
        for name in ("kimdocs", "kimdocs (Sandbox)"):
            t = median_time(lambda name=name, d=d: READERS[name](d), args.runs)
            rows.append(("DOCX", real_pages, name, t, t / real_pages, peak_mb(name, d)))
            print(rows[-1], flush=True)

    document = read_document_unsandboxed(pdfs[100])
    from bench.results import machine

    load = f"{os.getloadavg()[0]:.2f}".replace(".", ",")
    lines = [
        "## Lesen (kimdocs.readers)",
        "",
        (f"{machine()} Systemlast (loadavg 1 min) bei Messende {load}; "
        f"pdfplumber {pdfplumber.__version__}, pypdfium2 {pypdfium2.PYPDFIUM_INFO if hasattr(pypdfium2, 'PYPDFIUM_INFO') else ''}."),
        "",
        (f"Befehl: `python bench/bench_reading.py --runs {args.runs}`. Zeiten: Median von {args.runs} Läufen "
        "(pdfplumber bei 100 Seiten: 3) nach einem Aufwärmlauf; Speicher: max. RSS eines frischen "
        "Interpreters mit diesem einen Leser (inkl. Importe, bei der Sandbox inkl. Kindprozess)."),
        "",
        ("Testdokument: je Seite zwei Überschriften, zwei Absätze, eine Tabelle mit Rahmenlinien "
        "(4 × 3), laufende Kopfzeile; PDF von LibreOffice."),
        "",
        "| Datei | Seiten | Leser | Sekunden gesamt | ms pro Seite | Spitze MB |",
        "|---|---:|---|---:|---:|---:|",
    ]
    for kind, pages, name, total, per_page, mb in rows:
        lines.append(
            f"| {kind} | {pages} | {name} | {total:.3f} | {per_page * 1000:.1f} | {mb:.0f} |".replace(
                ".", ","
            )
        )
    lines += [
        "",
        (f"Ergebnis des kimdocs-Lesers für 100 Seiten: {len(document.headings())} Überschriften, "
        f"{len(document.tables())} Tabellen, {len(document.figures)} Zahlen."),
        "",
        "Ziele: 10 Seiten < 0,5 s, 100 Seiten < 3 s und < 300 MB.",
        "",
        ("Anmerkungen: DOCX-Seiten = Seiten des daraus erzeugten PDF (python-docx kennt keine Seiten). "
        "Der kimdocs-PDF-Leser holt Text, Zeilenlage und Schrift aus pypdfium2 und findet Tabellen aus "
        "den Rahmenlinien (pypdfium2-Pfadobjekte, kimdocs/readers/grid.py); pdfplumber wird nur für "
        "Seiten geöffnet, deren Rahmen als ein einziger Pfad gezeichnet sind. Der Sandbox-Zuschlag "
        "(fork, Limits setzen, Document zurückpickeln) liegt bei rund 10–40 ms je Datei."),
        "",
    ]
    from bench.results import write_section

    write_section("bench_reading", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
