"""Benchmark of reading scans (issue 18): kimdocs against the plain tesseract CLI.

    python bench/bench_ocr.py [--runs 3] [--pages 20]   (writes its section of bench/RESULTS.md)

Makes the Koblenz Antrag (4 pages: three of text, then the signature page) as a user gets it
(DOCX from the template, PDF by LibreOffice), scans it like a copier (tests/test_ocr_scans.py:
300 dpi, turned ~1°, paper tone and noise, stored as an image-only PDF), and times in the
same run, alternating:
  tesseract      the CLI on the same page images (rendered from the scan at the 300 dpi the
                 reader uses), `tesseract page.png - -l deu --dpi 300 tsv`, one process per
                 page, as installed (OpenMP threads as Tesseract chooses them) and with
                 OMP_THREAD_LIMIT=1 (as kimdocs runs it)
  kimdocs lesen  read_document_unsandboxed: render, straighten, find the rules, recognise,
                 lay out into the Document (outline, tables, figures)
  kimdocs prüfen check_file: the same plus the rules, in the sandboxed child
Both for the whole Antrag and for its three pages of text alone (the must-show of issue 18
names a 3-page Antrag; the signature page is the one that was slow, kimdocs.readers.paper).
Then a 20-page scan (the Antrag's pages repeated): check_file's time with the default time
limit, and the peak memory of reading it (the reader's process and the largest tesseract),
each measured in a fresh process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

DPI = 300


def make_scan(base: Path, pages: int | None = None) -> Path:
    from test_ocr_scans import VARIANTS, save_scan, scan_pages

    import kimdocs
    from kimdocs.generate.libreoffice import convert_to_pdf

    source = base / "antrag.docx"
    data = kimdocs.load_data(ROOT / "beispiele" / "koblenz" / "antrag.yaml")
    source.write_bytes(kimdocs.render_document(data, kimdocs.load_guideline()))
    pdf = convert_to_pdf([source], base).converted[source]
    dpi, turn, bw, _ = VARIANTS["grau300"]
    images = scan_pages(pdf, dpi, turn, bw)
    if pages:
        images = [images[i % len(images)] for i in range(pages)]
    return save_scan(images, dpi, "pdf", base / f"scan{pages or len(images)}")


def page_images(scan: Path, base: Path) -> list[Path]:
    """The scan's pages as the reader renders them (pypdfium2, grey, 300 dpi), as PNG."""
    import pypdfium2 as pdfium

    out = []
    pdf = pdfium.PdfDocument(str(scan))
    for i in range(len(pdf)):
        path = base / f"seite{i + 1}.png"
        pdf[i].render(scale=DPI / 72, grayscale=True).to_pil().save(path)
        out.append(path)
    pdf.close()
    return out


def tesseract(images: list[Path], env: dict, each: list | None = None) -> float:
    """Seconds for all pages; each page's seconds appended to `each` if given."""
    start = time.perf_counter()
    for image in images:
        page = time.perf_counter()
        subprocess.run(["tesseract", str(image), "-", "-l", "deu", "--dpi", str(DPI), "tsv"],
                       check=True, capture_output=True, env=env)
        if each is not None:
            each.append(time.perf_counter() - page)
    return time.perf_counter() - start


def load() -> str:
    """The load average (1, 5, 15 minutes) as `uptime` shows it."""
    return ", ".join(f"{v:.1f}" for v in os.getloadavg())


def read(scan: Path) -> float:
    from kimdocs.readers import read_document_unsandboxed

    start = time.perf_counter()
    document = read_document_unsandboxed(scan)
    assert document.ocr_pages, "nicht per OCR gelesen"
    return time.perf_counter() - start


def check(scan: Path, **kwargs) -> tuple[float, str]:
    import kimdocs

    start = time.perf_counter()
    report = kimdocs.check_file(scan, **kwargs)
    seconds = time.perf_counter() - start
    if report.fehler:  # over the time limit, say, rather than a verdict on the content
        return seconds, f"{report.urteil} ({report.fehler})"
    return seconds, report.urteil


PEAK = """
import resource, sys
from kimdocs.readers import read_document_unsandboxed
read_document_unsandboxed(sys.argv[1])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_memory(scan: Path) -> tuple[float, float]:
    """MiB: the reading process, the largest tesseract it started (a fresh interpreter)."""
    out = subprocess.run([sys.executable, "-c", PEAK, str(scan)], check=True,
                         capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    own, child = (int(v) / 1024 for v in out.stdout.split())
    return own, child


def _table(images: list[Path], m: dict, runs: int) -> str:
    """The medians of one set of pages as a Markdown table, and tesseract's time per page."""
    from kimdocs.readers import ocr

    med = {k: statistics.median(v) for k, v in m.items() if k != "each"}
    n = len(images)
    per_page = ", ".join(f"S. {i + 1}: {statistics.median(m['each'][i::n]):.2f} s"
                         for i in range(n))
    return (
        f"Tesseract {ocr.version()}, Deutsch (deu), {DPI} dpi, Koblenzer Antrag als Scan "
        f"({n} Seiten), Median aus {runs} Läufen, abwechselnd gemessen.\n\n"
        "| Messung | Sekunden | je Seite | Faktor zu `tesseract` (wie installiert) | "
        "Faktor zu `tesseract` (1 Thread) |\n|---|---|---|---|---|\n"
        + "\n".join(
            f"| {name} | {med[key]:.2f} | {med[key] / n:.2f} | "
            f"{med[key] / med['plain']:.2f} | {med[key] / med['one']:.2f} |"
            for name, key in (("`tesseract` CLI, wie installiert (OpenMP)", "plain"),
                              ("`tesseract` CLI, OMP_THREAD_LIMIT=1", "one"),
                              ("kimdocs lesen (read_document_unsandboxed)", "ours"),
                              ("kimdocs prüfen (check_file, Kindprozess)", "checked")))
        + f"\n\n`tesseract` CLI (1 Thread) je Seite: {per_page}.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    from bench.results import machine, write_section
    from kimdocs.limits import DEFAULT_TIMEOUT, OCR_SECONDS_PER_PAGE

    load_before = load()
    single = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="kimdocs-bench-ocr-") as tmp:
        base = Path(tmp)
        # the whole Antrag (three pages of text and the signature page), and its three pages
        # of text alone: the must-show of issue 18 names a 3-page Antrag
        sets = {}
        for pages in (None, 3):
            scan = make_scan(base, pages)
            folder = base / scan.stem
            folder.mkdir()
            sets[scan.stem] = (scan, page_images(scan, folder),
                               {"plain": [], "one": [], "ours": [], "checked": [], "each": []})
        for _ in range(args.runs):  # alternating, so load on the machine hits all alike
            for scan, images, m in sets.values():
                m["plain"].append(tesseract(images, dict(os.environ)))
                m["one"].append(tesseract(images, single, m["each"]))
                m["ours"].append(read(scan))
                m["checked"].append(check(scan)[0])
        big = make_scan(base, args.pages)
        big_time, verdict = check(big)
        big_read = read(big)
        own, child = peak_memory(big)

    load_after = load()
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    table = "\n\n".join(_table(images, m, args.runs) for _, images, m in sets.values()) + (
        f"\n\n{args.pages}-seitiger Scan (die Seiten des Antrags wiederholt): `check_file` "
        f"{big_time:.1f} s (Zeitlimit {DEFAULT_TIMEOUT:g} s und {OCR_SECONDS_PER_PAGE:g} s je "
        f"erkannter Seite: {DEFAULT_TIMEOUT + OCR_SECONDS_PER_PAGE * args.pages:g} s), Urteil "
        f"{verdict}; gelesen ohne Kindprozess in {big_read:.1f} s ({big_read / args.pages:.2f} "
        f"s je Seite); Spitzenspeicher beim Lesen {own:.0f} MiB im lesenden Prozess, "
        f"{child:.0f} MiB im größten Tesseract-Prozess (Grenze je Prozess 1024 MiB)."
        f" CPU-Zeit aller Kindprozesse: {cpu.ru_utime + cpu.ru_stime:.0f} s."
    )
    print(table)
    write_section("bench_ocr", f"## Scans lesen (bench/bench_ocr.py)\n\n{machine()} "
                  f"Last (load average 1/5/15 min, wie `uptime`) vor der Messung {load_before}, "
                  f"danach {load_after}: der Rechner war mit anderen Prozessen belegt, wenn "
                  "diese Werte über 2 liegen; die Faktoren gelten, weil alles abwechselnd im "
                  "selben Lauf gemessen ist.\n\n"
                  f"`python bench/bench_ocr.py --runs {args.runs} --pages {args.pages}`\n\n"
                  + table)


if __name__ == "__main__":
    main()
