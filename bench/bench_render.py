"""Benchmark: the 36 Bewilligungsbescheide (one per Kommune of kommunen-rlp, synthetic Anträge).

    python bench/bench_render.py [--runs 3]      (writes its section of bench/RESULTS.md)

Measures (median of --runs runs each):
  1. render 36 notices as DOCX (docxtpl, including the atomic write),
  2. convert the 36 DOCX to PDF in ONE LibreOffice batch (kimdocs.generate.libreoffice),
  3. convert them with one LibreOffice start per document, for comparison.
Writes the figures with the machine (nproc, CPU model, LibreOffice version) into its
section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kimdocs.rules import load_guideline  # noqa: E402 - after the sys.path line
from kimdocs.guideline.kommunen import Eintrag, load_list  # noqa: E402
from kimdocs.model import validate  # noqa: E402


def synthetic_bescheid(e: Eintrag, index: int):
    """A plausible Bescheid for Kommune `e`: 1,0 VZÄ for 2026, the maximum amounts."""
    antrag = validate("antrag", {
        "antragsteller": {"name": e.name, "kreisschluessel": e.kreisschluessel, "art": e.art,
                          "anschrift": {"strasse": "Rathausplatz 1", "plz": "55116",
                                        "ort": e.name}},
        "ansprechperson": {"name": f"Person {index + 1}", "email": "integration@example.org"},
        "stellen": [{"person": f"Person {index + 1}", "vzae": "1.0", "entgeltgruppe": "E 11",
                     "beginn": date(2026, 1, 1)}],
        "organisation": {"in_kommunalverwaltung": True, "amt": "Sozialamt"},
        "aufgaben": ["Bestandsaufnahme und Vernetzung der Integrationsangebote"],
        "integrationskonzept": {"vorhanden": False},
        "zeitraum": {"beginn": date(2026, 1, 1), "ende": date(2026, 12, 31)},
        "finanzierungsplan": [{"jahr": 2026, "personalausgaben": "70000.00",
                               "sachausgaben": [{"bezeichnung": "Netzwerkarbeit",
                                                 "betrag": "20000.00"}],
                               "beantragt_personalkosten": "60000.00",
                               "beantragt_sachkosten": "20000.00"}],
        "erklaerungen": {"keine_doppelfoerderung": True, "kein_vorzeitiger_beginn": True},
        "unterschrift": {"ort": e.name, "datum": date(2025, 11, 3), "name": f"Person {index + 1}"},
    })
    return validate("bescheid", {
        "antrag": antrag, "aktenzeichen": f"3321-0001#2025/{index + 1:04d}-0701",
        "datum": date(2025, 12, 8), "sachbearbeitung": {"name": "Anna Beispiel"},
        "zeichnung": {"name": "Dr. Jana Muster", "funktion": "Referatsleiterin"},
    })


def _timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor() or "unbekannt")
    try:
        from kimdocs.generate.libreoffice import find_soffice

        lo = subprocess.run([find_soffice(), "--version"], capture_output=True, text=True,
                            timeout=60, check=False).stdout.strip()
    except Exception as exc:
        lo = f"nicht ermittelt ({exc})"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"- nproc: {os.cpu_count()}, CPU: {cpu}\n- Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}\n- {lo}\n"
            f"- Last (loadavg 1/5/15 min) beim Schreiben: {load}; andere Prozesse liefen "
            "mit, die Zeiten schwanken daher von Lauf zu Lauf")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-single", action="store_true",
                        help="ohne die langsame Messung mit einem LibreOffice-Start je Dokument")
    args = parser.parse_args()

    from kimdocs.generate.libreoffice import convert_to_pdf
    from kimdocs.generate.output import Auftrag, produce

    richtlinie = load_guideline("kim-rlp-2025")
    docs = [synthetic_bescheid(e, i) for i, e in enumerate(load_list("kommunen-rlp").eintraege)]
    jobs = [Auftrag(d.antrag.antragsteller.name, d) for d in docs]
    times: dict[str, list[float]] = {"docx": [], "batch": [], "single": []}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docx_dir = tmp / "docx"
        for run in range(args.runs):
            out = tmp / f"docx{run}"
            times["docx"].append(_timed(lambda out=out: produce(jobs, out, richtlinie, fmt="docx")))
            docx_dir = out
            print(f"Lauf {run + 1}: DOCX {times['docx'][-1]:.2f} s", flush=True)
        sources = sorted(docx_dir.glob("*.docx"))
        assert len(sources) == 36, len(sources)
        for run in range(args.runs):
            out = tmp / f"batch{run}"
            start = time.perf_counter()
            result = convert_to_pdf(sources, out)
            times["batch"].append(time.perf_counter() - start)
            assert len(result.converted) == 36, result.failed
            print(f"Lauf {run + 1}: PDF, ein Stapel {times['batch'][-1]:.2f} s", flush=True)
        if not args.skip_single:
            for run in range(args.runs):
                out = tmp / f"single{run}"
                times["single"].append(_timed(
                    lambda out=out: [convert_to_pdf([s], out) for s in sources]))
                print(f"Lauf {run + 1}: PDF, je Dokument ein Start {times['single'][-1]:.2f} s",
                      flush=True)

    def row(label, key, aim):
        if not times[key]:
            return f"| {label} | nicht gemessen | | {aim} |"
        med = statistics.median(times[key])
        runs = ", ".join(f"{t:.2f}" for t in times[key])
        return f"| {label} | {med:.2f} s | {runs} | {aim} |"

    text = f"""## Erstellen: 36 Bewilligungsbescheide

Befehl: `python bench/bench_render.py --runs {args.runs}` (am {date.today():%d.%m.%Y}).
36 synthetische Anträge, einer je Kommune aus `kimdocs/guideline/listen/kommunen-rlp.yaml` (1,0 VZÄ, 2026).
Median aus {args.runs} Läufen.

Maschine:
{_machine()}

| Messung | Median | Läufe (s) | Ziel |
|---|---|---|---|
{row("36 × DOCX (docxtpl, atomar geschrieben)", "docx", "< 2 s")}
{row("36 × PDF, ein LibreOffice-Stapel", "batch", "< 10 s")}
{row("36 × PDF, ein LibreOffice-Start je Dokument", "single", "Vergleich")}
"""
    from bench.results import write_section

    write_section("bench_render", text)
    print(text)


if __name__ == "__main__":
    main()
