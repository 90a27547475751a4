"""Score of the checker on the development corpus (tests/korpus, issue 8).

    python bench/bench_korpus.py [--frisch] [--abweichungen] [--blind [NAME] [--erster-lauf]]

Builds the corpus (from the cache unless --frisch: then into a temporary folder, timed), checks
every document with kimdocs.check_file as tests/test_korpus.py does, and counts against the
expectations of tests/korpus/manifest.yaml:
  falscher Fehler     correct documents (expected einreichungsfähig) with at least one Fehler
                      reported as verletzt
  nicht einreichungsf. correct documents not judged einreichungsfähig (Mängel or nicht prüfbar)
  übersehen           expected violated codes the checker did not report as verletzt
  Mangel übersehen    defective documents judged einreichungsfähig
  genau               verdict and set of violated codes exactly as expected
per document type and per producer. Writes its section of bench/RESULTS.md.
--abweichungen prints the current deviations in the form of tests/korpus/abweichungen.yaml.
--blind [NAME] scores a held-out corpus instead (bauen.ZURUECKGEHALTEN: "blind" =
tests/korpus/manifest_blind.yaml, the default; "blind2" = manifest_blind2.yaml; "blind3" =
manifest_blind3.yaml; "blind4" = manifest_blind4.yaml; "blind5" = manifest_blind5.yaml; "blind6" =
manifest_blind6.yaml; "blind7" = manifest_blind7.yaml; "blind8" = manifest_blind8.yaml;
"blind9" = manifest_blind9.yaml; "blind10" = manifest_blind10.yaml; "blind11" = manifest_blind11.yaml;
"blind12" = manifest_blind12.yaml; "blind13" = manifest_blind13.yaml; "blind14" =
manifest_blind14.yaml; "blind15" = manifest_blind15.yaml; "blind16" =
manifest_blind16.yaml; "blind17" = manifest_blind17.yaml; "blind18" =
manifest_blind18.yaml; "blind19" = manifest_blind19.yaml;
"blind20" = manifest_blind20.yaml; "blind21" = manifest_blind21.yaml;
"blind22" = manifest_blind22.yaml;
"blind23" = manifest_blind23.yaml;
"blind24" = manifest_blind24.yaml;
"blind25" = manifest_blind25.yaml;
"blind26" = manifest_blind26.yaml;
"blind27" = manifest_blind27.yaml;
"blind28" = manifest_blind28.yaml;
"blind29" = manifest_blind29.yaml;
"blind30" = manifest_blind30.yaml;
"blind31" = manifest_blind31.yaml;
"blind32" = manifest_blind32.yaml;
"blind33" = manifest_blind33.yaml;
"blind34" = manifest_blind34.yaml;
"blind35" = manifest_blind35.yaml;
"blind36" = manifest_blind36.yaml;
"blind37" = manifest_blind37.yaml), each in its own section
with every deviating document listed;
--erster-lauf writes that corpus's score before any fix into a section of its own that later
runs leave alone.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

COMMAND = "python bench/bench_korpus.py --frisch"
COMMAND_BLIND = "python bench/bench_korpus.py --blind {name} --frisch"


def check(entries, files) -> dict:
    from korpus.bauen import pruefen

    def one(e):
        return e.name, pruefen(e, files)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(pool.map(one, entries))


def violated(report) -> frozenset[str]:
    from korpus.bauen import verletzt

    return verletzt(report)


def reason(e, report) -> str:
    """A short German description of how the checker deviates."""
    got = violated(report)
    by_code = {b.code: b for b in report.ergebnisse}

    def said(code: str) -> str:  # the checker's own words, shortened
        b = by_code.get(code)
        if not b or b.status != "verletzt":
            return ""
        first = b.meldung.split(". ", 1)[0]
        return f" ({first[:90]}…)" if len(first) > 90 else f" ({first})"

    def status(code: str) -> str:
        b = by_code.get(code)
        return {"erfuellt": "als erfüllt", "nicht_pruefbar": "als nicht prüfbar"}.get(
            b.status if b else "", "nicht") + " gemeldet"

    parts = [f"{c} falsch verletzt{said(c)}" for c in sorted(got - e.verletzt)]
    parts += [f"{c} übersehen, {status(c)}" for c in sorted(e.verletzt - got)]
    unclear = sorted(b.code for b in report.ergebnisse
                     if b.status == "nicht_pruefbar" and b.schwere == "fehler")
    if report.urteil != e.erwartet:
        parts.append(f"Urteil {report.urteil} statt {e.erwartet}")
    if unclear and report.urteil == "nicht_pruefbar":
        parts.append("nicht prüfbar: " + ", ".join(unclear))
    if report.fehler:
        parts.append(report.fehler.split(": ", 1)[-1][:80])
    return "; ".join(parts)


def score(entries, reports) -> dict:
    rows: dict[tuple[str, str], dict] = defaultdict(lambda: defaultdict(int))
    for e in entries:
        report = reports[e.name]
        got_fehler = any(b.status == "verletzt" and b.schwere == "fehler"
                         for b in report.ergebnisse)
        for key in (("gesamt", "alle"), ("art", e.art), ("erzeuger", e.erzeuger)):
            r = rows[key]
            r["dokumente"] += 1
            r["korrekt"] += e.korrekt
            if e.korrekt:
                r["falscher_fehler"] += bool(got_fehler)
                r["nicht_einreichungsfaehig"] += report.urteil != "einreichungsfaehig"
            else:
                r["maengel_dokumente"] += 1
                r["mangel_uebersehen"] += report.urteil == "einreichungsfaehig"
            r["erwartete_verstoesse"] += len(e.verletzt)
            r["uebersehen"] += len(e.verletzt - violated(report))
            r["genau"] += (report.urteil, violated(report)) == (e.erwartet, e.verletzt)
    return rows


def de(value: float, places: int = 1) -> str:
    return f"{value:.{places}f}".replace(".", ",")


def markdown(rows, build_seconds, check_seconds, n, kopf: tuple[str, str] | None = None,
             quelle: str = "manifest.yaml") -> str:
    from results import machine

    def table(kind: str, title: str) -> list[str]:
        out = [(f"| {title} | Dokumente | korrekt | falscher Fehler | nicht einreichungsfähig | "
               "mit Mängeln | Mangel übersehen | erwartete Verstöße | übersehen | genau |"),
               "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for (k, name), r in sorted(rows.items()):
            if k == kind:
                out.append(f"| {name} | {r['dokumente']} | {r['korrekt']} | "
                           f"{r['falscher_fehler']} | {r['nicht_einreichungsfaehig']} | "
                           f"{r['maengel_dokumente']} | {r['mangel_uebersehen']} | "
                           f"{r['erwartete_verstoesse']} | {r['uebersehen']} | {r['genau']} |")
        return out

    g = rows[("gesamt", "alle")]
    titel, befehl = kopf or ("## Korpus fremder Dokumente (tests/korpus, issue 8)", COMMAND)
    lines = [
        titel,
        "",
        machine(),
        "",
        (f"Befehl: `{befehl}`. Der Korpus: {n} Dokumente aus tests/korpus/{quelle}, "
        "gebaut von tests/korpus/bauen.py (python-docx mit Formatvorlagen, nur fetten Zeilen "
        "und Word-Nummerierung; LibreOffice PDF und ODT; HTML im Stil eines "
        "Ratsinformationssystems, mit Chromium gedruckt). Erwartung je Dokument: Urteil und "
        "die Menge der verletzten Fehler-/Warnungs-Codes, wie sie ein sorgfältiger Prüfer "
        "nach kim-rlp-2025 gibt."),
        "",
        (f"Bauzeit (frisch; ein soffice-Aufruf je Format und ein Chromium für alle HTML-Dateien, nebeneinander): "
         f"{de(build_seconds)} s; " if build_seconds else "Korpus aus dem Zwischenspeicher; ")
        + (f"Prüfen aller Dokumente (check_file, {os.cpu_count()} Threads): "
           f"{de(check_seconds)} s. Systemlast (loadavg 1 min) bei Messende "
           f"{de(os.getloadavg()[0], 2)} (der Rechner wird geteilt)."),
        "",
        (f"**Gesamt: {g['genau']} von {g['dokumente']} genau richtig; von {g['korrekt']} "
        f"korrekten Dokumenten bekommen {g['falscher_fehler']} einen falschen Fehler und "
        f"{g['nicht_einreichungsfaehig']} kein „einreichungsfähig“; von "
        f"{g['erwartete_verstoesse']} erwarteten Verstößen werden {g['uebersehen']} übersehen, "
        f"{g['mangel_uebersehen']} von {g['maengel_dokumente']} mangelhaften Dokumenten gelten "
        "als einreichungsfähig.**"),
        "",
        *table("art", "Dokumentart"),
        "",
        *table("erzeuger", "Erzeuger"),
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    from korpus import bauen
    from results import write_section

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frisch", action="store_true",
                        help="Korpus neu bauen (in einen temporären Ordner) und die Bauzeit messen")
    parser.add_argument("--abweichungen", action="store_true",
                        help="die heutigen Abweichungen im Format von abweichungen.yaml ausgeben")
    parser.add_argument("--nicht-schreiben", action="store_true",
                        help="bench/RESULTS.md nicht ändern")
    parser.add_argument("--blind", nargs="?", const="blind", default=None, metavar="NAME",
                        help="einen zurückgehaltenen Korpus bewerten (blind = manifest_blind.yaml, "
                             "blind2 = manifest_blind2.yaml, blind3 = manifest_blind3.yaml, "
                             "blind4 = manifest_blind4.yaml, blind5 = manifest_blind5.yaml, "
                             "blind6 = manifest_blind6.yaml, blind7 = manifest_blind7.yaml, "
                             "blind8 = manifest_blind8.yaml, blind9 = manifest_blind9.yaml, "
                             "blind10 = manifest_blind10.yaml, blind11 = manifest_blind11.yaml, "
                             "blind12 = manifest_blind12.yaml, "
                             "blind13 = manifest_blind13.yaml, "
                             "blind14 = manifest_blind14.yaml, "
                             "blind15 = manifest_blind15.yaml, "
                             "blind16 = manifest_blind16.yaml, "
                             "blind17 = manifest_blind17.yaml, "
                             "blind18 = manifest_blind18.yaml, "
                             "blind19 = manifest_blind19.yaml, "
                             "blind20 = manifest_blind20.yaml, "
                             "blind21 = manifest_blind21.yaml, "
                             "blind22 = manifest_blind22.yaml, "
                             "blind23 = manifest_blind23.yaml, "
                             "blind24 = manifest_blind24.yaml, "
                             "blind25 = manifest_blind25.yaml, "
                             "blind26 = manifest_blind26.yaml, "
                             "blind27 = manifest_blind27.yaml, "
                             "blind28 = manifest_blind28.yaml, "
                             "blind29 = manifest_blind29.yaml, "
                             "blind30 = manifest_blind30.yaml, "
                             "blind31 = manifest_blind31.yaml, "
                             "blind32 = manifest_blind32.yaml, "
                             "blind33 = manifest_blind33.yaml, "
                             "blind34 = manifest_blind34.yaml, "
                             "blind35 = manifest_blind35.yaml, "
                             "blind36 = manifest_blind36.yaml, "
                             "blind37 = manifest_blind37.yaml)")
    parser.add_argument("--erster-lauf", action="store_true",
                        help="mit --blind: als Score vor allen Korrekturen festhalten")
    args = parser.parse_args(argv)
    korpus = bauen.ENTWICKLUNG
    if args.blind:
        korpora = {k.name: k for k in bauen.ZURUECKGEHALTEN}
        if args.blind not in korpora:
            parser.error(f"unbekannter zurückgehaltener Korpus: {args.blind} "
                         f"(bekannt: {', '.join(korpora)})")
        korpus = korpora[args.blind]
    entries = bauen.manifest(korpus.manifest)
    with tempfile.TemporaryDirectory(prefix="korpus-bench-") as tmp:
        if args.frisch:
            start = time.perf_counter()
            files = bauen.build(Path(tmp), korpus)
            build_seconds = time.perf_counter() - start
        else:
            files, build_seconds = bauen.gebaut(korpus=korpus)
        start = time.perf_counter()
        reports = check(entries, files)
        check_seconds = time.perf_counter() - start
    rows = score(entries, reports)
    deviations = {e.name: reason(e, reports[e.name]) for e in entries
                  if (reports[e.name].urteil, violated(reports[e.name])) != (e.erwartet, e.verletzt)}
    if args.blind:
        name = korpus.name
        section = f"bench_korpus_{name}_erstlauf" if args.erster_lauf else f"bench_korpus_{name}"
        runde = "" if name == "blind" else f" {name.removeprefix('blind')}"
        titel = (f"### Zurückgehaltener Korpus{runde} ({name}): Score vor allen Korrekturen, "
                 "erster Lauf" if args.erster_lauf else
                 f"### Zurückgehaltener Korpus{runde} ({name}) nach Korrekturen – ab jetzt "
                 "Entwicklungs-Score")
        befehl = COMMAND_BLIND.format(name=name).replace("--blind blind ", "--blind ")
        text = markdown(rows, build_seconds, check_seconds, len(entries), (titel, befehl),
                        korpus.manifest.name)
        text += ("\n\n" + ("Erwartungen aus dem Richtlinientext, vor dem ersten Lauf festgelegt "
                            "(Commit „Blind corpus …“); diese Zahlen sind der ehrliche Score auf "
                            "fremden Dokumenten." if args.erster_lauf else
                            "Die Dokumente waren vor den Korrekturen unbekannt; seit den "
                            "Korrekturen sind sie Entwicklungskorpus und sagen über fremde "
                            "Dokumente nicht mehr als der Score vor den Korrekturen."))
        if deviations:
            text += "\n\nAbweichungen:\n\n" + "\n".join(
                f"- `{name}`: {why}" for name, why in deviations.items())
    else:
        section = "bench_korpus"
        text = markdown(rows, build_seconds, check_seconds, len(entries))
    print(text)
    if args.abweichungen:
        import json

        print()
        for name, why in deviations.items():
            # a JSON string is a valid double-quoted YAML scalar
            print(f"{name}: {json.dumps(why, ensure_ascii=False)}")
    if not args.nicht_schreiben:
        write_section(section, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
