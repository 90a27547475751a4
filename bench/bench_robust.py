"""Benchmark of the bound per file: checking documents far larger than any real submission.

    python bench/bench_robust.py [--zeitlimit 60]      (writes its section of bench/RESULTS.md)

Generates
  an 8,000-position DOCX: 8,000 paragraphs "Stelle k: Integrationsmanagerin mit 0,5 VZÄ"
      (issue 13: 207 s to check before the bound, the rules' VZÄ de-duplication is quadratic)
  a 2,000-page PDF: 20 lines per page, one staff line and one amount among them
      (issue 13: a real 1,999-page PDF ran past 340 s)
and times, with the default limits (or --zeitlimit),
  read      kimdocs.readers.read_document (bounded child, reading only)
  check     kimdocs.check.check_file (reading AND rules in one bounded child)
  folder    check_files over both and a small good report, 2 workers: when is the good one
            reported, and when is the whole folder done.
Peak memory is the largest child's max RSS (getrusage of the children).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def make_docx(path: Path, positions: int) -> None:
    lines = ["Antrag auf Förderung des Kommunalen Integrationsmanagements", "Personal"]
    lines += [f"Stelle {k}: Integrationsmanagerin mit 0,5 VZÄ" for k in range(1, positions + 1)]
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in lines)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/document.xml",
                    f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>')


def _pdf_text(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(path: Path, pages: int) -> None:
    """A plain text PDF written by hand (Helvetica, WinAnsi): fast and deterministic."""
    objects: list[bytes] = []
    kids = []
    for n in range(1, pages + 1):
        lines = [f"Jahresbericht 2026 - Seite {n}",
                 f"Stelle {n}: Integrationsmanagerin mit 0,5 VZÄ",
                 f"Sachkosten Position {n}: 1.234,56 EUR"]
        lines += [f"Im Berichtsjahr fanden Netzwerktreffen mit Trägern statt (Absatz {k})."
                  for k in range(17)]
        stream = b"BT /F1 10 Tf 14 TL 56 790 Td " + b" T* ".join(
            _pdf_text(t) + b" Tj" for t in lines) + b" ET"
        content = len(objects) + 4
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append(content + 1)
    head = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
                pages, b" ".join(b"%d 0 R" % k for k in kids)),
            (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
             b"/Encoding /WinAnsiEncoding >>")]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(head + objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1, xref)
    path.write_bytes(bytes(out))


def _peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def _de(x: float, digits: int = 1) -> str:
    return f"{x:.{digits}f}".replace(".", ",")


def main() -> None:
    from dokumente import JAHRESBERICHT, write_docx

    from bench.results import machine, write_section
    from kimdocs.check import check_file, check_files
    from kimdocs.errors import ReadError
    from kimdocs.readers import read_document

    parser = argparse.ArgumentParser()
    parser.add_argument("--zeitlimit", type=float, default=60.0)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ordner"
        folder.mkdir()
        docx_path, pdf_path = folder / "a-8000-stellen.docx", folder / "b-2000-seiten.pdf"
        make_docx(docx_path, 8000)
        make_pdf(pdf_path, 2000)
        good = write_docx(JAHRESBERICHT, folder / "c-gut.docx")
        for label, path in (("DOCX, 8.000 Positionen", docx_path),
                            ("PDF, 2.000 Seiten", pdf_path)):
            size = f"{path.stat().st_size / 1024:,.0f}".replace(",", ".")
            start = time.monotonic()
            try:
                document = read_document(path, timeout=args.zeitlimit)
                read_outcome = f"{len(document.blocks)} Blöcke, {len(document.figures)} Zahlen"
            except ReadError as exc:
                read_outcome = "nicht lesbar: " + str(exc).split(": ", 1)[1]
            read_s = time.monotonic() - start
            start = time.monotonic()
            report = check_file(path, timeout=args.zeitlimit)
            check_s = time.monotonic() - start
            reason = (report.fehler or "").split(": ", 1)[-1]
            rows.append(f"| {label} ({size} KB) | {_de(read_s)} | {read_outcome} | "
                        f"{_de(check_s)} | {report.urteil}{': ' + reason if reason else ''} |")
            print(rows[-1], flush=True)
        done: dict[str, float] = {}
        start = time.monotonic()
        reports = check_files([folder], jobs=2, timeout=args.zeitlimit,
                              progress=lambda p: done.setdefault(p.name, time.monotonic() - start))
        total = time.monotonic() - start
    folder_line = ("Ordner mit beiden und einem kleinen guten Bericht (`check_files`, 2 Worker): "
                   + ", ".join(f"{Path(r.datei).name} nach {_de(done[Path(r.datei).name])} s "
                               f"({r.urteil})" for r in reports)
                   + f"; ganzer Ordner {_de(total)} s. Spitze eines Kindprozesses: "
                   f"{_peak_mb()} MB (Grenze 1024 MiB Adressraum).")
    print(folder_line)
    del good
    write_section("bench_robust", f"""
## Grenze je Datei: Lesen und Prüfen (issue 13)

{machine()}

Befehl: `python bench/bench_robust.py --zeitlimit {args.zeitlimit:g}`. Ein Lauf je Zeile
(die Grenze ist der Punkt, nicht der Median). Die Dokumente erzeugt das Skript: 8.000 Absätze
„Stelle k: Integrationsmanagerin mit 0,5 VZÄ“ als DOCX; ein Text-PDF mit 2.000 Seiten zu je
20 Zeilen (eine Stelle und ein Betrag je Seite).

| Dokument | Lesen s | Lesen ergibt | Lesen + Prüfen s | Urteil |
|---|---:|---|---:|---|
{chr(10).join(rows)}

{folder_line}

Mit 2 Workern belegen die beiden großen Dateien beide Plätze, der kleine Bericht kommt danach:
der ganze Ordner braucht eine Zeitgrenze, nicht die Summe. Lesen allein ist für beide Dateien in
Sekunden fertig; die Zeit geht in die Regeln (die lineare Neufassung der Regeln ist issue 8).

Vorher (issue 13): 8.000-Positionen-DOCX 207 s, 2.000-Seiten-PDF über 340 s, ein Ordner
wartete 144 s. Jetzt endet jede Datei spätestens an ihrer Zeitgrenze (`--zeitlimit`, Standard
60 s) mit Urteil oder „nicht prüfbar“ samt Grund; die anderen Dateien eines Ordners warten
nicht darauf.
""")


if __name__ == "__main__":
    main()
